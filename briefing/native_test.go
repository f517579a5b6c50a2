package briefing

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/briefing/internal/generate"
	"github.com/briefing-dev/briefing/templates"
	"github.com/rogpeppe/go-internal/txtar"
)

// templatesOnly returns the built-in templates with every output and
// every segment rendered through its template, none in Go.
func templatesOnly(tb testing.TB) *Templates {
	tb.Helper()
	tpl := builtin(tb)
	tpl.native = nil
	tpl.segments = nil
	tpl.free = nil // parsed without the outputs rendered in Go
	return tpl
}

// TestGoldenTemplates renders the example episodes through the built-in
// output templates alone and compares every file with the golden copies
// TestGolden holds the Go renderings to: both paths make the same bytes.
func TestGoldenTemplates(t *testing.T) {
	tpl := templatesOnly(t)
	sheets, err := filepath.Glob("../episodes/*/episode.yaml")
	if err != nil || len(sheets) == 0 {
		t.Fatalf("no example episodes: %v", err)
	}
	for _, path := range sheets {
		res := Compile(context.Background(), path, Options{Templates: tpl})
		if res.Failed(true) {
			t.Fatalf("%s does not compile cleanly:\n%v", path, res.Problems)
		}
		for i, ep := range res.Episodes {
			for _, f := range res.Files[i] {
				golden := filepath.Join("testdata", "golden", ep.Edition.Slug, f.Name)
				t.Run(ep.Edition.Slug+"/"+f.Name, func(t *testing.T) {
					want, err := os.ReadFile(golden)
					if err != nil {
						t.Fatal(err)
					}
					if !bytes.Equal(f.Data, want) {
						t.Errorf("the template of %s renders differently from %s:\n%s", f.Name, golden, firstDiff(string(f.Data), string(want)))
					}
				})
			}
		}
	}
}

// TestNativeMatchesTemplates renders every output that has a Go rendering
// both ways, for every edition of every sheet the tests hold (the
// examples, every render case that compiles, generated sheets), on every
// paper, and compares the bytes.
func TestNativeMatchesTemplates(t *testing.T) {
	if len(nativeOutputs) == 0 {
		t.Skip("no output is rendered in Go")
	}
	fast, slow := builtin(t), templatesOnly(t)
	if len(fast.native) != len(nativeOutputs) {
		t.Fatalf("the built-in templates use %d Go renderings of %d", len(fast.native), len(nativeOutputs))
	}
	sheets := testSheets(t)
	compared := 0
	for _, sh := range sheets {
		res := Compile(context.Background(), sh.path, Options{Templates: fast, Inputs: sh.in})
		if len(res.Episodes) == 0 && !strings.HasSuffix(sh.name, ".txtar") {
			t.Errorf("%s does not compile:\n%v", sh.name, res.Problems)
		}
		for _, ep := range res.Episodes {
			for name := range nativeOutputs {
				for _, paper := range []string{"", "A4", "letter"} {
					have, herr := RenderOutput(context.Background(), ep, fast, name, paper)
					want, werr := RenderOutput(context.Background(), ep, slow, name, paper)
					if herr != nil || werr != nil {
						t.Errorf("%s %s %s: Go: %v, template: %v", sh.name, ep.Edition.Slug, name, herr, werr)
						continue
					}
					compared++
					if !bytes.Equal(have, want) {
						t.Errorf("%s, edition %s, %s on paper %q: the Go rendering differs from the template's:\n%s", sh.name, ep.Edition.Slug, name, paper, firstDiff(string(have), string(want)))
					}
				}
			}
		}
	}
	t.Logf("%d sheets, %d renderings compared", len(sheets), compared)
}

// testSheet is a fact sheet written for a test, with the inputs that may
// read it (nil for the default).
type testSheet struct {
	name, path string
	in         *Inputs
}

// testSheets writes every fact sheet the tests hold into temporary
// folders: the examples, every render case without templates of its own,
// a sheet of hostile text, the sheets of the plain-text outputs and the
// segments (textSheets, segmentSheets) and generated sheets.
func testSheets(t *testing.T) []testSheet {
	t.Helper()
	var sheets []testSheet
	examples, _ := filepath.Glob("../episodes/*/episode.yaml")
	for _, p := range examples {
		sheets = append(sheets, testSheet{filepath.Base(filepath.Dir(p)), p, nil})
	}
	cases, _ := filepath.Glob("testdata/render/*.txtar")
	for _, file := range cases {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		var allow []string
		user := false
		for _, f := range ar.Files {
			if f.Name == "want" {
				continue
			}
			user = user || strings.HasPrefix(f.Name, "templates/")
			writeFile(t, filepath.Join(dir, f.Name), string(f.Data))
			if strings.HasPrefix(f.Name, "../") {
				allow = append(allow, filepath.Dir(filepath.Join(dir, f.Name)))
			}
		}
		if user {
			continue // its own templates: not the built-in outputs
		}
		in, err := NewInputs(allow)
		if err != nil {
			t.Fatal(err)
		}
		sheets = append(sheets, testSheet{filepath.Base(file), filepath.Join(dir, "episode.yaml"), in})
	}
	// A sheet whose every text holds what HTML, CSV, JSON and Markdown
	// treat specially, with a recorded segment, a show name html/template
	// takes for a URL with a scheme (in CSS) and links it rewrites.
	hostile := `show: "Tom & Jerry's <Show>: live"
title: "<b>Tom & \"Jerry's\"</b>, 1+1 {{x}} ` + "`code`" + ` *star* <script>"
summary: "A, b; \"c\" & <d> 'e' +f"
slug: hostile
date: 2024-05-01
format: explainer
target: 2m
hosts: [anna]
speakers:
  anna: {name: "Anna <O'Host>", role: host}
  bo: {name: "Bo \"Expert\" & Co", title: "economist, <senior>", affiliation: "A&B 'Institute'", role: expert}
sources:
  wire: {outlet: "Wire & <Co>", title: "Story, \"quoted\"", url: "https://example.com/a?b=1+2&c=<2>%41%zz"}
  js: {outlet: "JS", title: "A link that runs code", url: "javascript:alert('x')"}
figures:
  - id: fig1
    label: "people, <counted> & \"more\""
    reports:
      - {value: 10, qualifier: at least, source: wire}
facts:
  - {id: f1, text: "Something <happened> & \"then\", 'more' +1.", sources: [wire]}
  - {id: f2, text: "Something else happened.", sources: [js]}
quotes:
  - {id: q1, speaker: bo, text: "It matters, <really> & \"truly\".", source: wire}
  - {id: q2, speaker: bo, text: "A clip's words & <tags>.", source: wire, airs: clip}
segments:
  - {id: s1, title: "Intro, <i>\"one\"</i> & 'two' +", kind: intro, lines: ["<img src=x onerror=alert(2)> & a, b; \"c\" 'd' +e"], facts: [f1], quotes: [q1]}
  - {id: s2, title: "Back & <forth>", kind: background, facts: [f2], figures: [fig1], status: recorded, actual: 40s}
  - {id: s3, title: "Expert: \"Bo\"", kind: expert, quotes: [q2], status: approved}
`
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "episode.yaml"), hostile)
	sheets = append(sheets, testSheet{"hostile", filepath.Join(dir, "episode.yaml"), nil})
	// Sheets for the branches of the plain-text outputs (native_text_test.go).
	for _, ts := range textSheets() {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "episode.yaml"), ts.text)
		sheets = append(sheets, testSheet{ts.name, filepath.Join(dir, "episode.yaml"), nil})
	}
	for n := range 3 {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "episode.yaml"), generate.Sheet(n))
		sheets = append(sheets, testSheet{fmt.Sprintf("generated-%d", n), filepath.Join(dir, "episode.yaml"), nil})
	}
	for _, ss := range segmentSheets() {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "episode.yaml"), ss.text)
		sheets = append(sheets, testSheet{ss.name, filepath.Join(dir, "episode.yaml"), nil})
	}
	return sheets
}

// TestNativeOnlyForBuiltins checks that a user's output template, or a
// user partial beside the outputs that could redefine a part of one,
// renders through the templates.
func TestNativeOnlyForBuiltins(t *testing.T) {
	for _, tc := range []struct {
		file, text string
		goneHTML   bool // the HTML outputs lose their Go rendering
		goneText   bool // the other outputs do
		gone       string
	}{
		{file: "outputs/chapters.json.tmpl", text: "mine\n", gone: "chapters.json"},
		{file: "outputs/_mine.tmpl", text: `{{ define "speaker-names" }}x{{ end }}`, goneText: true},
		{file: "outputs/_mine.html.tmpl", text: `{{ define "x" }}x{{ end }}`, goneHTML: true},
		{file: "outputs/index.html.tmpl", text: "mine\n", gone: IndexOutput},
		{file: "explainer/_mine.tmpl", text: `{{ define "x" }}x{{ end }}`},
	} {
		t.Run(tc.file, func(t *testing.T) {
			tpl := withUserFile(t, tc.file, tc.text)
			for name := range nativeOutputs {
				gone := name == tc.gone || isHTML(name+".tmpl") && tc.goneHTML || !isHTML(name+".tmpl") && tc.goneText
				if _, ok := tpl.native[name]; ok == gone {
					t.Errorf("%s rendered in Go: %v, want %v", name, ok, !gone)
				}
			}
			if gone := tc.gone == IndexOutput || tc.goneHTML; tpl.nativeIndex == gone {
				t.Errorf("the index page written in Go: %v, want %v", tpl.nativeIndex, !gone)
			}
		})
	}
}

// withUserFile loads the built-in templates with one file of the user's
// beside them, for tests of what a user's file takes away from the Go
// renderings.
func withUserFile(t *testing.T, file, text string) *Templates {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, file), text)
	tpl, err := LoadTemplates(templates.FS, templates.Name, dir)
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}
