package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnwritableOutput builds into an output folder the user may not write
// to: the build fails with a clear error and the previous output is left
// as it was. Root may write anywhere, so the second build runs as nobody
// through setpriv, from a copy of this binary in a folder nobody can read.
func TestUnwritableOutput(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("runs as root, dropping to nobody with setpriv")
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("no setpriv")
	}
	root, err := os.MkdirTemp("", "briefing-unwritable-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(root)
	if err := os.Chmod(root, 0o755); err != nil {
		t.Fatal(err)
	}
	ep := filepath.Join(root, "ep")
	if err := copyTree("../../episodes/isis-k-russia", ep); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "out")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"build", ep, "-o", out}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, stderr.String())
	}
	before, err := os.ReadFile(filepath.Join(out, "isis-k-russia", "script.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.Chmod(p, 0o555)
		}
		return os.Chmod(p, 0o444)
	}); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(root, "bin", "briefing")
	if err := copyFile(os.Args[0], bin); err != nil {
		t.Skipf("cannot copy the test binary: %v", err)
	}
	cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", bin, "build", "--force", ep, "-o", out)
	cmd.Env = append(os.Environ(), "HOME="+root)
	outb, err := cmd.CombinedOutput()
	exit, ok := err.(*exec.ExitError)
	if !ok {
		t.Skipf("setpriv did not run the build as nobody (%v): %s", err, outb)
	}
	t.Logf("as nobody: %s", outb)
	if exit.ExitCode() != exitFailed {
		t.Errorf("exit %d, want %d\n%s", exit.ExitCode(), exitFailed, outb)
	}
	if !strings.Contains(string(outb), "permission denied") {
		t.Errorf("the error does not say why:\n%s", outb)
	}
	after, err := os.ReadFile(filepath.Join(out, "isis-k-russia", "script.md"))
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("the previous output changed (%v)", err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(out, ".isis-k-russia*"))
	if len(leftovers) > 0 {
		t.Errorf("left behind: %v", leftovers)
	}
}

func copyFile(from, to string) error {
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
