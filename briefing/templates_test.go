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

// TestBuiltinOutputTemplatesParsedOnUse checks that a built-in output
// template with no Go rendering (the index) is not parsed when the set is
// loaded, and is parsed when first executed, while a user's output
// template is parsed, and its errors reported, when the set is loaded.
func TestBuiltinOutputTemplatesParsedOnUse(t *testing.T) {
	tpl := builtin(t)
	if len(tpl.free) != 1 {
		t.Fatalf("LoadTemplates kept %d parsed sets, want 1", len(tpl.free))
	}
	set := tpl.free[0]
	if tmpl, ok := set.outputs[IndexOutput]; !ok || tmpl != nil {
		t.Fatalf("outputs[%s] = %v, %v; want listed and not yet parsed", IndexOutput, tmpl, ok)
	}
	// Executed with data it cannot render, it is parsed all the same.
	if _, err := set.execute(IndexOutput, struct{}{}, maxOutput, "index"); err == nil {
		t.Error("the index rendered a struct without its fields")
	}
	if set.outputs[IndexOutput] == nil {
		t.Errorf("outputs[%s] not parsed by its first execution", IndexOutput)
	}

	dir := t.TempDir()
	writeFile(t, dir+"/outputs/index.html.tmpl", "{{ .Episodes ")
	_, err := LoadTemplates(templates.FS, templates.Name, dir)
	if err == nil || !strings.Contains(err.Error(), dir+"/outputs/index.html.tmpl:1:") {
		t.Errorf("a user's broken index: have %v, want its error at load", err)
	}
}
