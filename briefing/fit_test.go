package briefing

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestFitExample fits the example's editions to a range of targets: each
// ends within its target and no more than the tolerance under it (or says
// why not), cuts no must material and keeps the segments its format
// requires, and reports every cut with the time it would have run.
func TestFitExample(t *testing.T) {
	tpl := builtin(t)
	for _, tt := range []struct {
		format string
		target time.Duration
	}{
		{"explainer", 5 * time.Minute}, {"explainer", 6*time.Minute + 30*time.Second}, {"explainer", 8 * time.Minute},
		{"bulletin", 60 * time.Second}, {"bulletin", 75 * time.Second},
	} {
		t.Run(fmt.Sprintf("%s-%s", tt.format, tt.target), func(t *testing.T) {
			res := Compile(context.Background(), examplePath, Options{Templates: tpl, Format: tt.format, Target: tt.target, Fit: true})
			if len(res.Episodes) != 1 {
				t.Fatalf("no episode:\n%v", res.Problems)
			}
			ep := res.Episodes[0]
			if ep.Total > tt.target {
				t.Errorf("runs %s, over its target %s", Clock(ep.Total), Clock(tt.target))
			}
			if under := tt.target - ep.Total; under > FitTolerance(tt.target) && !strings.Contains(res.Problems.Error(), "putting back the shortest cut would run over") {
				t.Errorf("runs %s, %s under its target %s, and says nothing", Clock(ep.Total), Clock(under), Clock(tt.target))
			}
			if len(ep.Cuts) == 0 {
				t.Errorf("nothing cut")
			}
			for _, c := range ep.Cuts {
				if c.Priority == Must || c.Length <= 0 {
					t.Errorf("cut %+v: a must item, or no length", c)
				}
			}
			kinds := map[string]bool{}
			for _, ts := range ep.Segments {
				kinds[ts.Kind] = true
			}
			for _, k := range requiredKinds[tt.format] {
				if !kinds[k] {
					t.Errorf("the %s segment the format requires was cut", k)
				}
			}
			for _, f := range ep.Sheet.Facts {
				if f.Priority == Must && !usedIn(ep, f.ID) && plannedIn(ep.Sheet, tt.format, f.ID) {
					t.Errorf("must fact %s is not read", f.ID)
				}
			}
		})
	}
}

// usedIn reports whether a cue of the episode reads the fact.
func usedIn(ep *Episode, id string) bool {
	for _, ts := range ep.Segments {
		for _, c := range ts.Cues {
			for _, f := range c.Facts {
				if f == id {
					return true
				}
			}
		}
	}
	return false
}

// plannedIn reports whether the sheet's edition of the format plans the
// fact in a segment.
func plannedIn(s *FactSheet, name, id string) bool {
	eds, _ := s.Select(name)
	for _, ed := range eds {
		for _, sg := range ed.Segments {
			for _, f := range sg.Facts {
				if f.ID == id {
					return true
				}
			}
		}
	}
	return false
}

// TestCuttableOrder: could before should, items before whole segments,
// taken in turns from the end of the running order; must items, and the
// segments a format requires, never.
func TestCuttableOrder(t *testing.T) {
	f := func(id string, p Priority) *Fact { return &Fact{ID: id, Priority: p} }
	ed := &Edition{Format: "bulletin", Segments: []*Segment{
		{ID: "head", Kind: "headline", Optional: true, Priority: Could, Facts: []*Fact{f("a", Must), f("b", Could)}},
		{ID: "body", Kind: "read", Facts: []*Fact{f("c", Should), f("d", Could), f("e", Could)}},
		{ID: "extra", Kind: "read", Optional: true, Priority: Could, Facts: []*Fact{f("g", Should)}},
		{ID: "close", Kind: "close", Facts: []*Fact{f("h", Should)}},
	}}
	var have []string
	for _, u := range cuttable(ed) {
		have = append(have, u.kind[:1]+":"+u.id)
	}
	want := "f:e f:b f:d s:extra f:h f:g f:c"
	if got := strings.Join(have, " "); got != want {
		t.Errorf("cut order %s, want %s", got, want)
	}
}

// TestFitSegmentCutLength checks that a segment cut whole, whose items
// were cut before it, is reported with what it would have run with all of
// it put back, not with an empty segment's nothing.
func TestFitSegmentCutLength(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "episode.yaml"), textSheets()[0].text)
	ep, probs := CompileEpisode(context.Background(), filepath.Join(dir, "episode.yaml"), Options{Templates: builtin(t), Format: "short"})
	if ep == nil {
		t.Fatal(probs)
	}
	found := false
	for _, c := range ep.Cuts {
		if c.Kind == "segment" && c.ID == "more" {
			found = true
			if c.Length < time.Second {
				t.Errorf("segment %q cut with a length of %s; it runs a few seconds with its fact", c.ID, c.Length)
			}
		}
	}
	if !found {
		t.Fatalf("segment more was not cut: %+v", ep.Cuts)
	}
}
