package briefing

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/templates"
)

// TestLoadTemplatesRefusesOversizedFolders checks that a template over
// maxTemplateSize and a folder of more than maxTemplateFiles templates are
// refused with a message that says so.
func TestLoadTemplatesRefusesOversizedFolders(t *testing.T) {
	t.Run("large file", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, dir+"/explainer/intro.tmpl", strings.Repeat("x", maxTemplateSize+1))
		_, err := LoadTemplates(templates.FS, templates.Name, dir)
		want := dir + "/explainer/intro.tmpl: file is larger than the limit of 1048576 bytes for a template"
		if err == nil || err.Error() != want {
			t.Errorf("have %v\nwant %s", err, want)
		}
	})
	t.Run("many files", func(t *testing.T) {
		dir := t.TempDir()
		for i := range maxTemplateFiles + 1 {
			writeFile(t, fmt.Sprintf("%s/f%d/_p.tmpl", dir, i), "")
		}
		_, err := LoadTemplates(templates.FS, templates.Name, dir)
		want := dir + ": more than 1000 template files; a template folder holds a few dozen (is this the right folder?)"
		if err == nil || err.Error() != want {
			t.Errorf("have %v\nwant %s", err, want)
		}
	})
}
