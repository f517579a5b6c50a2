package briefing

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/templates"
	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite golden files and txtar wants with the current output")

// TestGolden renders every example episode in every edition with the
// built-in templates and compares each output file with its golden copy in
// testdata/golden/<slug>/. Every built-in format must be covered.
func TestGolden(t *testing.T) {
	tpl := builtin(t)
	sheets, err := filepath.Glob("../episodes/*/episode.yaml")
	if err != nil || len(sheets) == 0 {
		t.Fatalf("no example episodes: %v", err)
	}
	covered := map[string]bool{}
	for _, path := range sheets {
		res := Compile(context.Background(), path, Options{Templates: tpl})
		if res.Failed(true) {
			t.Fatalf("%s does not compile cleanly:\n%v", path, res.Problems)
		}
		for i, ep := range res.Episodes {
			covered[ep.Edition.Format] = true
			for _, f := range res.Files[i] {
				golden := filepath.Join("testdata", "golden", ep.Edition.Slug, f.Name)
				t.Run(ep.Edition.Slug+"/"+f.Name, func(t *testing.T) { compareGolden(t, golden, f.Data) })
			}
		}
	}
	for _, format := range tpl.Formats() {
		if !covered[format] {
			t.Errorf("built-in format %q has no example episode edition, so no golden test", format)
		}
	}
}

func compareGolden(t *testing.T, path string, have []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, have, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./briefing -run TestGolden -update)", err)
	}
	if !bytes.Equal(have, want) {
		t.Errorf("%s differs from the rendered output:\n%s\n(if the change is intended: go test ./briefing -run TestGolden -update, and review the diff)", path, firstDiff(string(have), string(want)))
	}
}

// firstDiff shows the first differing line.
func firstDiff(have, want string) string {
	hl, wl := strings.Split(have, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(hl) || i < len(wl); i++ {
		var h, w string
		if i < len(hl) {
			h = hl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if h != w {
			return fmt.Sprintf("line %d\n have %q\n want %q", i+1, h, w)
		}
	}
	return "(no line differs)"
}

// TestDeterministic renders the example twice and compares every byte.
func TestDeterministic(t *testing.T) {
	tpl := builtin(t)
	a := Compile(context.Background(), examplePath, Options{Templates: tpl})
	b := Compile(context.Background(), examplePath, Options{Templates: tpl})
	for i := range a.Files {
		for j := range a.Files[i] {
			if !bytes.Equal(a.Files[i][j].Data, b.Files[i][j].Data) {
				t.Errorf("%s differs between two renders", a.Files[i][j].Name)
			}
		}
	}
}

// TestRender runs the txtar cases of testdata/render: each holds an
// episode.yaml, optional template overrides under templates/, and a want
// section: the cues of every rendered edition, or the problems. The
// folders of files a case puts outside the episode folder ("../voices/…")
// are allowed, as --inputs allows them.
func TestRender(t *testing.T) {
	cases, _ := filepath.Glob("testdata/render/*.txtar")
	if len(cases) == 0 {
		t.Fatal("no render cases")
	}
	for _, file := range cases {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			wantIdx := -1
			var allow []string
			for i, f := range ar.Files {
				if f.Name == "want" {
					wantIdx = i
					continue
				}
				path := filepath.Join(dir, f.Name)
				writeFile(t, path, string(f.Data))
				if strings.HasPrefix(f.Name, "../") {
					allow = append(allow, filepath.Dir(path))
				}
			}
			if wantIdx < 0 {
				t.Fatal("no want section")
			}
			userDir := ""
			if _, err := os.Stat(filepath.Join(dir, "templates")); err == nil {
				userDir = filepath.Join(dir, "templates")
			}
			have := renderDump(dir, userDir, allow)
			if *update {
				ar.Files[wantIdx].Data = []byte(have)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want := string(ar.Files[wantIdx].Data); have != want {
				t.Errorf("have:\n%s\nwant:\n%s", have, want)
			}
		})
	}
}

// renderDump compiles dir/episode.yaml and describes the result: the cues
// of each edition, one a line, then every problem, with dir taken out of
// paths. Sources and voice files may also be in the folders allow.
func renderDump(dir, userDir string, allow []string) string {
	var b strings.Builder
	tpl, err := LoadTemplates(templates.FS, templates.Name, userDir)
	if err != nil {
		return strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "") + "\n"
	}
	in, err := NewInputs(allow)
	if err != nil {
		return err.Error() + "\n"
	}
	res := Compile(context.Background(), filepath.Join(dir, "episode.yaml"), Options{Templates: tpl, Inputs: in})
	for _, ep := range res.Episodes {
		fmt.Fprintf(&b, "edition %s %s: runs %s of %s\n", ep.Edition.Format, ep.Edition.Slug, Clock(ep.Total), Clock(ep.Target()))
		for _, ts := range ep.Segments {
			fmt.Fprintf(&b, "segment %s %s+%s\n", ts.ID, Clock(ts.Start), Clock(ts.Duration))
			for _, c := range ts.Cues {
				who := "-"
				if c.Speaker != nil {
					who = c.Speaker.ID
				}
				fmt.Fprintf(&b, "  %s %s %s: %s", c.Kind, who, c.Duration.Round(100*time.Millisecond), c.Text)
				if len(c.Facts)+len(c.Sources) > 0 {
					fmt.Fprintf(&b, " {%s|%s}", strings.Join(c.Facts, ","), strings.Join(c.Sources, ","))
				}
				b.WriteByte('\n')
			}
		}
	}
	for _, p := range res.Problems {
		b.WriteString(strings.ReplaceAll(p.String(), dir+string(filepath.Separator), ""))
		b.WriteByte('\n')
	}
	return b.String()
}

// TestHTMLEscapesFactSheetText checks that rundown.html escapes what a fact
// sheet says: a title or a line with markup prints as text.
func TestHTMLEscapesFactSheetText(t *testing.T) {
	src := strings.Replace(minimal, "title: A test", `title: "<script>alert(1)</script> & co"`, 1)
	src = strings.Replace(src, "kind: intro,", `kind: intro, lines: ["<img src=x onerror=alert(2)>"],`, 1)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "episode.yaml"), src)
	res := Compile(context.Background(), filepath.Join(dir, "episode.yaml"), Options{Templates: builtin(t)})
	if len(res.Episodes) == 0 {
		t.Fatal(res.Problems)
	}
	var html string
	for _, f := range res.Files[0] {
		if f.Name == "rundown.html" {
			html = string(f.Data)
		}
	}
	for _, bad := range []string{"<script>alert", "<img src=x"} {
		if strings.Contains(html, bad) {
			t.Errorf("rundown.html contains %q unescaped", bad)
		}
	}
	if !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co") {
		t.Errorf("rundown.html does not show the title as text")
	}
}

// TestRundownHeaderNamesShow checks that the printed page's header names
// a show whose name has a colon, which html/template would take for a
// link's scheme and print as #ZgotmplZ, both ways of rendering it.
func TestRundownHeaderNamesShow(t *testing.T) {
	src := strings.Replace(minimal, "show: Test Show", `show: "Radio: Tonight"`, 1)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "episode.yaml"), src)
	for _, tpl := range []*Templates{builtin(t), templatesOnly(t)} {
		ep, probs := CompileEpisode(context.Background(), filepath.Join(dir, "episode.yaml"), Options{Templates: tpl})
		if ep == nil {
			t.Fatal(probs)
		}
		html, err := RenderOutput(context.Background(), ep, tpl, "rundown.html", "A4")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(html, []byte(`@top-left { content: "Radio\3a  Tonight · A test";`)) || bytes.Contains(html, []byte("ZgotmplZ")) {
			i := bytes.Index(html, []byte("@top-left"))
			t.Errorf("the header does not name the show: %s", html[i:i+80])
		}
	}
}
