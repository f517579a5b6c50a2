package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/templates"
)

var update = flag.Bool("update", false, "rewrite testdata/index*.html with the current output")

// indexFixture is an index with what a page must show and escape: an
// episode over its target with warnings and a second edition, one under,
// one over an hour, and a failed sheet, with markup in titles, warnings
// and errors.
func indexFixture() Index {
	return Index{Episodes: []IndexEntry{
		{Summary: briefing.Summary{Slug: "over-time", Show: "Show <One> & \"Two\"", Title: "Over <b>time</b>", Date: "2024-05-02", Edition: "explainer", Format: "explainer", TargetSeconds: 540, TotalSeconds: 561.4, OverSeconds: 21.4},
			Sheet: "season/over/episode.yaml", Status: "ok", Warnings: []string{"segments.s1: over its target by 0:12", "<script>alert(1)</script>"}, Errors: []string{}, Outputs: []string{"over-time/script.md", "over-time/rundown.txt", "over-time/rundown.html", "over-time/episode.json"}},
		{Summary: briefing.Summary{Slug: "over-time-bulletin-60", Show: "Show <One> & \"Two\"", Title: "Over <b>time</b>", Date: "2024-05-02", Edition: "bulletin-60", Format: "bulletin", TargetSeconds: 60, TotalSeconds: 58, OverSeconds: -2},
			Sheet: "season/over/episode.yaml", Status: "ok", Warnings: []string{}, Errors: []string{}, Outputs: []string{"over-time-bulletin-60/script.md"}},
		{Summary: briefing.Summary{Slug: "under", Show: "S", Title: "Under", Date: "2024-05-01", Edition: "bulletin", Format: "bulletin", TargetSeconds: 90, TotalSeconds: 60, OverSeconds: -30},
			Sheet: "season/under/episode.yaml", Status: "ok", Warnings: []string{}, Errors: []string{}, Outputs: []string{"under/script.md", "under/a b?c=&d.html"}},
		{Summary: briefing.Summary{Slug: "long", Show: "S", Title: "Long", Date: "2024-04-30", Edition: "explainer", Format: "explainer", TargetSeconds: 3600, TotalSeconds: 3725.6, OverSeconds: 125.6},
			Sheet: "season/long/episode.yaml", Status: "ok", Warnings: []string{}, Errors: []string{}, Outputs: []string{"long/script.md"}},
		{Sheet: "season/broken/episode.yaml", Status: "failed", Warnings: []string{}, Errors: []string{"season/broken/episode.yaml:5:9: target: \"1\": missing unit (write \"1s\" or \"1m\")", "a <tag> & \"quote\""}, Outputs: []string{}},
	}}
}

// TestIndexHTML renders index pages through the built-in template
// outputs/index.html.tmpl: the bytes are those the page had when it was a
// template inline in Go (testdata/index*.html were written by it), with
// an episode's editions grouped under its title since; -update rewrites
// them, for review in the diff.
func TestIndexHTML(t *testing.T) {
	tpl := builtin(t)
	for _, tt := range []struct {
		golden string
		index  Index
	}{
		{"testdata/index.html", indexFixture()},
		{"testdata/index-empty.html", Index{Episodes: []IndexEntry{}}},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			have, err := tpl.Execute(context.Background(), briefing.IndexOutput, tt.index)
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.WriteFile(tt.golden, have, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(tt.golden)
			if err != nil {
				t.Fatal(err)
			}
			if string(have) != string(want) {
				t.Errorf("index.html differs from %s\nhave:\n%s", tt.golden, have)
			}
		})
	}
}

// TestIndexTemplateOverride renders the index through a user's template
// of the same path.
func TestIndexTemplateOverride(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/outputs/index.html.tmpl", `{{ range .Episodes }}<p>{{ .Title }} {{ clock .TotalSeconds }}</p>{{ end }}`)
	tpl, err := briefing.LoadTemplates(templates.FS, templates.Name, dir)
	if err != nil {
		t.Fatal(err)
	}
	have, err := tpl.Execute(context.Background(), briefing.IndexOutput, indexFixture())
	if err != nil {
		t.Fatal(err)
	}
	want := `<p>Over &lt;b&gt;time&lt;/b&gt; 9:21</p><p>Over &lt;b&gt;time&lt;/b&gt; 0:58</p><p>Under 1:00</p><p>Long 1:02:06</p><p> 0:00</p>`
	if string(have) != want {
		t.Errorf("have %s\nwant %s", have, want)
	}
}

// TestIndexPageRenderedWhenItChanges rebuilds a batch: with nothing
// changed the page is left as it is; edited by hand, it is written again;
// with another index template, it is rendered with it.
func TestIndexPageRenderedWhenItChanges(t *testing.T) {
	root := t.TempDir()
	eps, out := filepath.Join(root, "episodes"), filepath.Join(root, "out")
	generateEpisodes(t, eps, 2)
	tpl := builtin(t)
	runBatch(t, tpl, eps, out, false)
	page := filepath.Join(out, "index.html")
	before, err := os.Stat(page)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(page)

	runBatch(t, tpl, eps, out, false)
	if after, _ := os.Stat(page); !os.SameFile(before, after) {
		t.Error("an unchanged index page was written again")
	}

	writeFile(t, page, "edited by hand")
	runBatch(t, tpl, eps, out, false)
	if have, _ := os.ReadFile(page); string(have) != string(want) {
		t.Errorf("an edited index page was not written again: %q", have)
	}

	dir := filepath.Join(root, "tpl")
	writeFile(t, filepath.Join(dir, "outputs", "index.html.tmpl"), "{{ len .Episodes }} episodes\n")
	other, err := briefing.LoadTemplates(templates.FS, templates.Name, dir)
	if err != nil {
		t.Fatal(err)
	}
	if rep := runBatch(t, other, eps, out, false); rep.Unchanged != 2 {
		t.Errorf("another index template rebuilt episodes: built %d", rep.Built)
	}
	if have, _ := os.ReadFile(page); string(have) != "2 episodes\n" {
		t.Errorf("index page with another template: %q", have)
	}
}

// TestIndexJSONWrittenAsMarshalIndent holds index.json, written an
// episode at a time, to the bytes json.MarshalIndent gives the whole
// index, for the fixture, one episode and none.
func TestIndexJSONWrittenAsMarshalIndent(t *testing.T) {
	full := indexFixture()
	for _, idx := range []Index{full, {Episodes: full.Episodes[:1]}, {Episodes: []IndexEntry{}}} {
		want, err := json.MarshalIndent(idx, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		var have bytes.Buffer
		if err := writeIndexJSON(&have, idx); err != nil {
			t.Fatal(err)
		}
		if have.String() != string(want)+"\n" {
			t.Errorf("%d episodes: have\n%s\nwant\n%s", len(idx.Episodes), have.String(), want)
		}
	}
}

// TestStateWrittenAsMarshal holds the state file, written a sheet at a
// time, to json.Marshal's bytes with a newline, with and without the
// index's key, and with no sheets.
func TestStateWrittenAsMarshal(t *testing.T) {
	entries := indexFixture().Episodes
	st := &batchState{Version: stateVersion, Sheets: map[string]*sheetState{
		"/b/<episode>.yaml": {Hash: "h2", Inputs: []inputState{{Path: "/b/x & y.txt", Sum: "s"}}, Formats: []string{"bulletin"}, Episodes: entries[1:2], Built: []briefing.Stamp{{}}},
		"/a/episode.yaml":   {Hash: "h1", Formats: []string{"explainer"}, Episodes: entries[:1]},
	}}
	for _, index := range []string{"", "k\"ey"} {
		for _, sheets := range []map[string]*sheetState{st.Sheets, {}} {
			st := &batchState{Version: st.Version, Sheets: sheets, Index: index}
			want, err := json.Marshal(st)
			if err != nil {
				t.Fatal(err)
			}
			var have bytes.Buffer
			if err := writeState(&have, st); err != nil {
				t.Fatal(err)
			}
			if have.String() != string(want)+"\n" {
				t.Errorf("have\n%s\nwant\n%s", have.String(), want)
			}
		}
	}
}
