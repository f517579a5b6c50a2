package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// startupBudget is the most that briefing's own packages may allocate
// before main runs. Every command pays it, and on a machine where page
// faults are dear it is most of a short command's run: the drafting
// rules' word lists and the decoders' expressions once took 540 KB here,
// and internal/lazy builds them on first use instead.
const startupBudget = 64 << 10

// TestStartupAllocations re-runs this test binary with the runtime's
// initialisation trace and adds up what the packages of briefing allocate
// before main. The packages are the same ones the command links.
func TestStartupAllocations(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, stderr.Bytes())
	}
	total, packages := 0, 0
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		// init PATH @T ms, C ms clock, B bytes, A allocs
		f := strings.Fields(sc.Text())
		if len(f) != 11 || f[0] != "init" || !strings.HasPrefix(f[1], "github.com/briefing-dev/briefing/") {
			continue
		}
		n, err := strconv.Atoi(f[7])
		if err != nil || f[8] != "bytes," {
			t.Fatalf("cannot read %q", sc.Text())
		}
		packages++
		total += n
		t.Logf("%s: %d bytes", f[1], n)
	}
	if packages < 5 {
		t.Fatalf("the trace names %d of briefing's packages, want at least 5:\n%s", packages, stderr.Bytes())
	}
	if total > startupBudget {
		t.Errorf("briefing's packages allocate %d bytes at start-up, more than %d: build tables on first use (internal/lazy)", total, startupBudget)
	}
}
