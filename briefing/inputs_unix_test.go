//go:build unix

package briefing

import (
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
