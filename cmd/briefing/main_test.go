package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"briefing": func() {
			// As main does: Ctrl-C cancels the context.
			ctx, _ := signal.NotifyContext(context.Background(), os.Interrupt)
			os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
		},
	})
}

// TestScript runs the CLI end to end: testdata/script/*.txtar, each in a
// fresh folder holding a copy of the example episodes (episodes/) and of the
// golden outputs (golden/).
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			if err := copyTree("../../episodes", filepath.Join(env.WorkDir, "episodes")); err != nil {
				return err
			}
			return copyTree("../../briefing/testdata/golden", filepath.Join(env.WorkDir, "golden"))
		},
	})
}

func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}

// TestExitCodes pins the documented exit codes.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("show: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	hostile := filepath.Join(dir, "hostile")
	if err := os.MkdirAll(filepath.Join(hostile, "explainer"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(hostile, "explainer", "intro.tmpl"), []byte(`{{ env "HOME" }}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"help", []string{"help"}, exitOK},
		{"check ok", []string{"check", "../../episodes/isis-k-russia"}, exitOK},
		{"invalid fact sheet", []string{"check", bad}, exitFailed},
		{"build of an invalid fact sheet", []string{"build", "-o", out, bad}, exitFailed},
		{"template calling env", []string{"build", "-o", out, "--templates", hostile, "../../episodes/isis-k-russia"}, exitFailed},
		{"missing file", []string{"check", filepath.Join(dir, "nope.yaml")}, exitFailed},
		{"missing argument", []string{"build"}, exitUsage},
		{"unknown flag", []string{"build", "--nope", "x"}, exitUsage},
		{"unknown command", []string{"bild"}, exitUsage},
		{"bad slug for new", []string{"new", "Bad Slug"}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, errb bytes.Buffer
			if got := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &errb); got != tt.want {
				t.Errorf("briefing %s: exit %d, want %d\nstderr: %s", strings.Join(tt.args, " "), got, tt.want, errb.String())
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("briefing %s wrote %s", strings.Join(tt.args, " "), out)
			}
		})
	}
}

// TestFlagsReachOptions checks that build's flags land in its options,
// through the runF seam, without rendering anything.
func TestFlagsReachOptions(t *testing.T) {
	var got *buildOptions
	cmd := newBuildCmd(&iostreams{}, func(o *buildOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"-o", "dist", "--format", "bulletin", "--templates", "mine", "--strict", "--max-input", "99", "a.yaml", "b"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.out != "dist" || got.format != "bulletin" || got.templates != "mine" || !got.strict || got.maxInput != 99 ||
		strings.Join(got.paths, ",") != "a.yaml,b" {
		t.Errorf("options = %+v", *got)
	}
}

func TestPanicIsOneLineAndExit3(t *testing.T) {
	var errb bytes.Buffer
	code := guard(&errb, func() int { panic("boom") })
	if code != exitInternal {
		t.Errorf("exit %d, want %d", code, exitInternal)
	}
	if got, want := errb.String(), "briefing: internal error: boom (please report this, with the command and input that caused it)\n"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
}

// TestBuildProgressOnATerminal checks the live count: on a terminal the
// build shows "building N/M" in place instead of a line per episode.
func TestBuildProgressOnATerminal(t *testing.T) {
	var stdout, stderr bytes.Buffer
	ios := &iostreams{in: strings.NewReader(""), out: &stdout, err: &stderr}
	cmd := newBuildCmd(ios, func(o *buildOptions) error {
		o.isTerm = func(io.Writer) bool { return true }
		return buildRun(o)
	})
	cmd.SetArgs([]string{"-o", t.TempDir(), "../../episodes/isis-k-russia"})
	cmd.SetContext(context.Background())
	if err := cmd.Execute(); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "\r\033[Kbuilding 1/1") {
		t.Errorf("no live count on stderr: %q", stderr.String())
	}
	if strings.Contains(stdout.String(), "built out") || !strings.HasPrefix(stdout.String(), "built 4, unchanged 0, failed 0 in ") {
		t.Errorf("stdout = %q, want only the summary", stdout.String())
	}
}

// syncBuffer is a bytes.Buffer that a build may write from one goroutine
// while the test reads it from another.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestBuildSaysItWaits holds the output folder's lock in another process
// (flock(1)): build says on stderr that it waits, then builds once the
// lock is free.
func TestBuildSaysItWaits(t *testing.T) {
	flock, err := exec.LookPath("flock")
	if err != nil {
		t.Skip("no flock(1)")
	}
	out := filepath.Join(t.TempDir(), "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	holder := exec.Command(flock, filepath.Join(out, ".briefing-lock"), "sh", "-c", "echo locked; read x")
	stdin, _ := holder.StdinPipe()
	stdout, _ := holder.StdoutPipe()
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Wait()
	defer stdin.Close()
	if line, err := bufio.NewReader(stdout).ReadString('\n'); err != nil || line != "locked\n" {
		t.Fatalf("flock(1) said %q (%v)", line, err)
	}
	var outb, errb syncBuffer
	code := make(chan int, 1)
	go func() {
		code <- run(context.Background(), []string{"build", "-o", out, "../../episodes/isis-k-russia"}, strings.NewReader(""), &outb, &errb)
	}()
	want := "waiting for another build into " + out + " to finish\n"
	for deadline := time.Now().Add(time.Minute); errb.String() != want; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("stderr = %q, want %q", errb.String(), want)
		}
	}
	stdin.Close()
	select {
	case c := <-code:
		if c != exitOK {
			t.Fatalf("exit %d\n%s", c, errb.String())
		}
	case <-time.After(time.Minute):
		t.Fatal("the build did not go ahead once the lock was free")
	}
	if !strings.HasPrefix(outb.String(), "built "+filepath.Join(out, "isis-k-russia")) {
		t.Errorf("stdout = %q", outb.String())
	}
}

// TestToolHash checks that a binary without a clean checkout's commit is
// told by its Go build ID, read from its first pages, and not by hashing
// the whole file.
func TestToolHash(t *testing.T) {
	h := toolHash()
	if !strings.HasPrefix(h, "buildid:") && !strings.HasPrefix(h, "build:") && !strings.HasPrefix(h, "module:") {
		t.Errorf("toolHash() = %q: the test binary's identity should come from its build ID", h)
	}
	for _, tc := range []struct{ head, want string }{
		{"junk\xff Go build ID: \"abc/def\"\n \xffmore", "abc/def"},
		{"no id here", ""},
		{"\xff Go build ID: \"unterminated", ""},
		{"\xff Go build ID: \"\"", ""},
		{"ELF...\x04\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00Go\x00\x00a/b...", "a/b"},
		{"ELF...\x00\x00\x00\x04\x00\x00\x00\x03\x00\x00\x00\x04Go\x00\x00a/b...", "a/b"},
		{"Go\x00\x00 too early", ""},
	} {
		if got := goBuildID([]byte(tc.head)); got != tc.want {
			t.Errorf("goBuildID(%q) = %q, want %q", tc.head, got, tc.want)
		}
	}
}
