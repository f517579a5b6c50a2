package batch

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/briefing"
	"golang.org/x/sys/unix"
)

// openCounter counts, through inotify, how often each file in some
// folders is opened, by anyone: what the batch does, not what it says.
type openCounter struct {
	fd   int
	dirs map[int32]string
}

func watchOpens(t *testing.T, dirs ...string) *openCounter {
	t.Helper()
	fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
	if err != nil {
		t.Skipf("inotify: %v", err)
	}
	t.Cleanup(func() { unix.Close(fd) })
	c := &openCounter{fd: fd, dirs: map[int32]string{}}
	for _, d := range dirs {
		// Closes are watched too, so that two opens of one file are two
		// events (inotify merges an event with an identical one before it).
		wd, err := unix.InotifyAddWatch(fd, d, unix.IN_OPEN|unix.IN_CLOSE_NOWRITE|unix.IN_CLOSE_WRITE)
		if err != nil {
			t.Fatalf("inotify %s: %v", d, err)
		}
		c.dirs[int32(wd)] = d
	}
	return c
}

// opens returns the files opened since the last call, with how often.
func (c *openCounter) opens(t *testing.T) map[string]int {
	t.Helper()
	n := map[string]int{}
	buf := make([]byte, 1<<16)
	for {
		k, err := unix.Read(c.fd, buf)
		if errors.Is(err, unix.EAGAIN) {
			return n
		}
		if err != nil {
			t.Fatal(err)
		}
		for b := buf[:k]; len(b) >= unix.SizeofInotifyEvent; {
			wd := int32(binary.NativeEndian.Uint32(b[0:]))
			mask := binary.NativeEndian.Uint32(b[4:])
			size := binary.NativeEndian.Uint32(b[12:])
			name := string(bytes.TrimRight(b[unix.SizeofInotifyEvent:unix.SizeofInotifyEvent+size], "\x00"))
			if mask&unix.IN_OPEN != 0 && mask&unix.IN_ISDIR == 0 {
				n[filepath.Join(c.dirs[wd], name)]++
			}
			b = b[unix.SizeofInotifyEvent+size:]
		}
	}
}

// TestBatchOpensEachInputOnce counts the opens of every input of a batch
// (fact sheets, sources, voice files): a build opens each once, the
// change check and the load sharing one read; a rebuild with nothing
// changed opens none; a rebuild after every input was touched (same
// content, new time) opens each once, for its hash, and builds nothing;
// one after a source changed opens it once and builds its sheet.
func TestBatchOpensEachInputOnce(t *testing.T) {
	root := t.TempDir()
	eps, out := filepath.Join(root, "episodes"), filepath.Join(root, "out")
	var dirs, inputs []string
	for i := 1; i <= 3; i++ {
		dir := filepath.Join(eps, fmt.Sprintf("ep%d", i))
		writeFile(t, filepath.Join(dir, "episode.yaml"), fmt.Sprintf(`show: Test Show
title: Episode %d
slug: ep%d
format: bulletin
target: 10s
hosts: [anna]
speakers:
  anna: {name: Anna Host, role: host, voice: voice.yaml}
sources:
  wire: {outlet: Wire, title: Story, file: sources/story.txt}
facts:
  - {id: f1, text: The story broke., sources: [wire]}
segments:
  - {id: s1, title: One, kind: read, facts: [f1]}
`, i, i))
		writeFile(t, filepath.Join(dir, "voice.yaml"), "wpm: 160\n")
		writeFile(t, filepath.Join(dir, "sources", "story.txt"), fmt.Sprintf("Story %d: the story broke.\n", i))
		dirs = append(dirs, dir, filepath.Join(dir, "sources"))
		inputs = append(inputs, filepath.Join(dir, "episode.yaml"), filepath.Join(dir, "voice.yaml"), filepath.Join(dir, "sources", "story.txt"))
	}
	// Written a minute ago: a stamp taken within two seconds of a write
	// cannot vouch for the content, and the batch would hash them all.
	past := time.Now().Add(-time.Minute)
	setTimes := func(at time.Time) {
		for _, p := range inputs {
			if err := os.Chtimes(p, at, at); err != nil {
				t.Fatal(err)
			}
		}
	}
	setTimes(past)
	tpl := builtin(t)
	opens := watchOpens(t, dirs...)
	build := func(name string, built, unchanged int, want map[string]int) {
		t.Helper()
		opens.opens(t) // the test's own writes
		sheets, probs := Discover([]string{eps}, out)
		if len(probs) > 0 {
			t.Fatal(probs)
		}
		var told briefing.Problems
		o := Options{Options: briefing.Options{Templates: tpl}, Out: out, Jobs: 2, Tool: "test",
			Sheet: func(r *SheetReport) { told = append(told, r.Problems...) }}
		rep, err := Run(context.Background(), sheets, o, nil)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Built != built || rep.Unchanged != unchanged || rep.Failed != 0 {
			t.Fatalf("%s: built %d, unchanged %d, failed %d; want %d, %d, 0: %v", name, rep.Built, rep.Unchanged, rep.Failed, built, unchanged, told)
		}
		have := opens.opens(t)
		for _, p := range inputs {
			if have[p] != want[p] {
				t.Errorf("%s: %s opened %d times, want %d", name, p, have[p], want[p])
			}
		}
	}
	each := func(n int) map[string]int {
		m := map[string]int{}
		for _, p := range inputs {
			m[p] = n
		}
		return m
	}
	build("cold build", 3, 0, each(1))
	build("no change", 0, 3, each(0))

	setTimes(past.Add(time.Second))
	build("touched", 0, 3, each(1))
	build("touched, then no change", 0, 3, each(0))

	// The changed source is opened once, for the check and the build;
	// the sheet and the voice file, unchanged, once for the build.
	ep2 := filepath.Join(eps, "ep2")
	story := filepath.Join(ep2, "sources", "story.txt")
	writeFile(t, story, "Story 2: the story broke again.\n")
	os.Chtimes(story, past, past)
	build("a source changed", 1, 2, map[string]int{story: 1, filepath.Join(ep2, "episode.yaml"): 1, filepath.Join(ep2, "voice.yaml"): 1})
}
