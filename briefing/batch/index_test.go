package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"maps"
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
func indexFixture() briefing.Index {
	return briefing.Index{Episodes: []briefing.IndexEntry{
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

// entriesOf gives the entries of idx as a batch's spool gives them.
func entriesOf(idx briefing.Index) func(int) (briefing.IndexEntry, error) {
	return func(i int) (briefing.IndexEntry, error) { return idx.Episodes[i], nil }
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
		index  briefing.Index
	}{
		{"testdata/index.html", indexFixture()},
		{"testdata/index-empty.html", briefing.Index{Episodes: []briefing.IndexEntry{}}},
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
				t.Errorf("the template's index.html differs from %s\nhave:\n%s", tt.golden, have)
			}
			// The page as a batch writes it, in Go, an entry at a time.
			var native bytes.Buffer
			if err := tpl.WriteIndex(context.Background(), &native, len(tt.index.Episodes), entriesOf(tt.index)); err != nil {
				t.Fatal(err)
			}
			if native.String() != string(want) {
				t.Errorf("the Go rendering of index.html differs from %s\nhave:\n%s", tt.golden, native.String())
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
	idx := indexFixture()
	var have bytes.Buffer
	if err := tpl.WriteIndex(context.Background(), &have, len(idx.Episodes), entriesOf(idx)); err != nil {
		t.Fatal(err)
	}
	want := `<p>Over &lt;b&gt;time&lt;/b&gt; 9:21</p><p>Over &lt;b&gt;time&lt;/b&gt; 0:58</p><p>Under 1:00</p><p>Long 1:02:06</p><p> 0:00</p>`
	if have.String() != want {
		t.Errorf("have %s\nwant %s", have.String(), want)
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
	for _, idx := range []briefing.Index{full, {Episodes: full.Episodes[:1]}, {Episodes: []briefing.IndexEntry{}}} {
		want, err := json.MarshalIndent(idx, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		var have bytes.Buffer
		if err := writeIndexJSON(&have, len(idx.Episodes), entriesOf(idx)); err != nil {
			t.Fatal(err)
		}
		if have.String() != string(want)+"\n" {
			t.Errorf("%d episodes: have\n%s\nwant\n%s", len(idx.Episodes), have.String(), want)
		}
	}
}

// TestStateWrittenAsMarshal holds the state file, written a sheet at a
// time, to json.Marshal's bytes with a newline, with and without the
// index's key, and with no sheets, whether the sheets' states are the
// previous build's or this batch's, kept in a spool's file or in memory.
func TestStateWrittenAsMarshal(t *testing.T) {
	entries := indexFixture().Episodes
	sheets := map[string]*sheetState{
		"/b/<episode>.yaml": {stateHead: stateHead{Hash: "h2", Inputs: []inputState{{Path: "/b/x & y.txt", Sum: "s"}}, Formats: []string{"bulletin"}}, Episodes: entries[1:2], Built: []briefing.Stamp{{}}},
		"/a/episode.yaml":   {stateHead: stateHead{Hash: "h1", Formats: []string{"explainer"}}, Episodes: entries[:1]},
	}
	st := &batchState{Version: stateVersion, Sheets: map[string]json.RawMessage{}}
	for name, s := range sheets {
		raw, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		st.Sheets[name] = raw
	}
	// fresh moves the states of the sheets named into a spool, as a batch
	// that built them would.
	fresh := func(sp *spool, names ...string) (*batchState, map[string]*SheetReport) {
		old := &batchState{Version: st.Version, Sheets: maps.Clone(st.Sheets)}
		out := map[string]*SheetReport{}
		for _, name := range names {
			s := sheets[name]
			r := &SheetReport{Path: name, Status: Built, Problems: briefing.Problems{{Path: name, Message: "a warning"}},
				Entries: s.Episodes, state: &sheetState{stateHead: s.stateHead, Episodes: s.Episodes}}
			if err := sp.keep(r); err != nil {
				t.Fatal(err)
			}
			r.built = s.Built
			delete(old.Sheets, name)
			out[name] = r
		}
		return old, out
	}
	file := newSpool()
	defer file.close()
	if file.f == nil {
		t.Fatal("no temporary file for the spool")
	}
	for _, index := range []string{"", "k\"ey"} {
		for _, sp := range []*spool{file, {}} {
			for _, names := range [][]string{nil, {"/a/episode.yaml"}, {"/a/episode.yaml", "/b/<episode>.yaml"}} {
				want, err := json.Marshal(&batchState{Version: st.Version, Sheets: st.Sheets, Index: index})
				if err != nil {
					t.Fatal(err)
				}
				old, fresh := fresh(sp, names...)
				old.Index = index
				var have bytes.Buffer
				if err := writeState(&have, old, fresh, sp); err != nil {
					t.Fatal(err)
				}
				if have.String() != string(want)+"\n" {
					t.Errorf("%d sheets fresh: have\n%s\nwant\n%s", len(names), have.String(), want)
				}
			}
		}
		empty := &batchState{Version: st.Version, Sheets: map[string]json.RawMessage{}, Index: index}
		want, _ := json.Marshal(empty)
		var have bytes.Buffer
		if err := writeState(&have, empty, nil, file); err != nil || have.String() != string(want)+"\n" {
			t.Errorf("no sheets: have\n%s\nwant\n%s (%v)", have.String(), want, err)
		}
	}
}
