//go:build unix

package briefing

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/briefing-dev/briefing/templates"
)

// TestNamedPipesAreRefused checks that a named pipe is refused wherever an
// input is read, without waiting for a writer (the test would hang).
func TestNamedPipesAreRefused(t *testing.T) {
	const msg = "not a regular file (a named pipe); give the path of a text file"
	dir := t.TempDir()
	mkfifo := func(p string) string {
		t.Helper()
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		return p
	}
	pipe := mkfifo(filepath.Join(dir, "pipe"))

	if _, err := ReadFile(pipe, 1<<20); err == nil || err.Error() != msg {
		t.Errorf("ReadFile: have %v, want %s", err, msg)
	}
	if _, probs := LoadVoice(pipe); len(probs) != 1 || probs[0].Message != msg {
		t.Errorf("LoadVoice: have %v, want %s", probs, msg)
	}
	if _, probs := Load(pipe, Options{}); len(probs) != 1 || probs[0].Message != msg {
		t.Errorf("Load: have %v, want %s", probs, msg)
	}

	ep := filepath.Join(dir, "ep")
	writeFile(t, ep+"/episode.yaml", strings.Replace(minimal, "role: host}", "role: host, voice: voice.yaml}", 1))
	mkfifo(ep + "/voice.yaml")
	want := ep + "/episode.yaml:8:46: speakers.anna.voice: voice.yaml: " + msg
	if _, probs := Load(ep, Options{}); probs.Error() != want {
		t.Errorf("voice: have\n%v\nwant\n%s", probs, want)
	}

	tpl := filepath.Join(dir, "tpl")
	writeFile(t, tpl+"/explainer/_p.tmpl", "")
	mkfifo(tpl + "/explainer/intro.tmpl")
	want = tpl + "/explainer/intro.tmpl: " + msg
	if _, err := LoadTemplates(templates.FS, templates.Name, tpl); err == nil || err.Error() != want {
		t.Errorf("template: have %v\nwant %s", err, want)
	}
}

// TestRealUnder checks that resolving a file under a sheet's real folder
// gives what resolving its whole path gives, links and failures included.
func TestRealUnder(t *testing.T) {
	root := t.TempDir()
	real := filepath.Join(root, "real")
	for _, d := range []string{"real/ep/sources", "elsewhere"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"real/ep/sources/a.md", "real/ep/b.md", "elsewhere/c.md"} {
		if err := os.WriteFile(filepath.Join(root, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"link":              "real",               // a linked folder above the sheet's
		"real/ep/sources/l": "../../../elsewhere", // a linked folder under it
		"real/ep/c.md":      "../../elsewhere/c.md",
		"real/ep/dangling":  "nowhere",
	}
	for name, to := range links {
		if err := os.Symlink(to, filepath.Join(root, name)); err != nil {
			t.Skipf("symlink: %v", err)
		}
	}
	base := filepath.Join(root, "link", "ep") // the sheet's folder as given
	dir, err := realPath(base)
	if err != nil || dir != filepath.Join(real, "ep") {
		t.Fatalf("realPath(%s) = %s, %v", base, dir, err)
	}
	for _, rel := range []string{"sources/a.md", "b.md", "c.md", "sources/l/c.md", "../b.md", "dangling", "missing.md", "b.md/x", "./sources/../b.md"} {
		want, werr := realPath(filepath.Join(base, rel))
		got, gerr := realUnder(base, rel, dir)
		if got != want || fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Errorf("realUnder(%q) = %q, %v; realPath gives %q, %v", rel, got, gerr, want, werr)
		}
	}
}
