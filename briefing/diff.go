package briefing

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefing-dev/briefing/briefing/speech"
)

// Changes is what changed on air between two timed editions of a story:
// per segment, the words read, the quotes and their speakers, the figures
// and the length, never the start times that merely moved.
type Changes struct {
	Segments []SegmentChange `json:"segments"`
	// Figures are the figures whose reports changed, with the copy of the
	// new edition that states them.
	Figures []FigureChange `json:"figures"`
	// TotalBefore and TotalAfter are the editions' lengths, in seconds.
	TotalBefore float64 `json:"total_before_seconds"`
	TotalAfter  float64 `json:"total_after_seconds"`
}

// Empty reports whether nothing read on air changed.
func (c *Changes) Empty() bool { return len(c.Segments) == 0 && len(c.Figures) == 0 }

// SegmentChange is one segment's changes. Status is "added", "removed" or
// "changed".
type SegmentChange struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Status string `json:"status"`
	// Removed and Added are the runs of words read that went and came, in
	// order, each with a few words of context around it.
	Removed []string `json:"removed"`
	Added   []string `json:"added"`
	// Quotes lists quotes added, removed or given to another speaker:
	// "added q1 (Barton)", "re-attributed q1: Barton → Kugelman".
	Quotes        []string `json:"quotes"`
	BeforeSeconds float64  `json:"before_seconds"`
	AfterSeconds  float64  `json:"after_seconds"`
}

// FigureChange is a figure whose reports changed.
type FigureChange struct {
	ID     string   `json:"id"`
	Before string   `json:"before"`
	After  string   `json:"after"`
	Copy   []string `json:"copy"`
}

// Diff compares two timed editions by what is read on air.
func Diff(before, after *Episode) *Changes {
	ch := &Changes{TotalBefore: secs(before.Total), TotalAfter: secs(after.Total)}
	old := map[string]*TimedSegment{}
	for _, ts := range before.Segments {
		old[ts.ID] = ts
	}
	seen := map[string]bool{}
	for _, ts := range after.Segments {
		seen[ts.ID] = true
		prev, ok := old[ts.ID]
		if !ok {
			ch.Segments = append(ch.Segments, SegmentChange{ID: ts.ID, Title: ts.Title, Status: "added",
				Added: nonEmpty(spokenCopy(ts)), Quotes: quoteList("added", quotesOf(ts)), AfterSeconds: secs(ts.Duration), Removed: []string{}})
			continue
		}
		sc := SegmentChange{ID: ts.ID, Title: ts.Title, Status: "changed", BeforeSeconds: secs(prev.Duration), AfterSeconds: secs(ts.Duration)}
		sc.Removed, sc.Added = wordChanges(copyWords(prev), copyWords(ts))
		sc.Quotes = quoteChanges(quotesOf(prev), quotesOf(ts))
		if len(sc.Removed)+len(sc.Added)+len(sc.Quotes) > 0 || prev.Duration != ts.Duration {
			ch.Segments = append(ch.Segments, sc)
		}
	}
	for _, ts := range before.Segments {
		if !seen[ts.ID] {
			ch.Segments = append(ch.Segments, SegmentChange{ID: ts.ID, Title: ts.Title, Status: "removed",
				Removed: nonEmpty(spokenCopy(ts)), Added: []string{}, Quotes: quoteList("removed", quotesOf(ts)), BeforeSeconds: secs(ts.Duration)})
		}
	}
	for _, f := range after.Sheet.Figures {
		g, ok := before.Sheet.figures[f.ID]
		if !ok || reportsOf(g) == reportsOf(f) {
			continue
		}
		fc := FigureChange{ID: f.ID, Before: reportsOf(g), After: reportsOf(f), Copy: []string{}}
		for _, ts := range after.Segments {
			for _, c := range ts.Cues {
				if slices.Contains(c.Facts, f.ID) {
					fc.Copy = append(fc.Copy, ts.ID+": "+c.Text)
				}
			}
		}
		ch.Figures = append(ch.Figures, fc)
	}
	if ch.Segments == nil {
		ch.Segments = []SegmentChange{}
	}
	if ch.Figures == nil {
		ch.Figures = []FigureChange{}
	}
	return ch
}

// String writes the changes as a producer reads them.
func (c *Changes) String() string {
	var b strings.Builder
	for _, s := range c.Segments {
		fmt.Fprintf(&b, "segment %s (%s): %s", s.ID, s.Title, s.Status)
		if s.Status == "changed" && s.BeforeSeconds != s.AfterSeconds {
			fmt.Fprintf(&b, ", %s → %s (%s)", Clock(seconds(s.BeforeSeconds)), Clock(seconds(s.AfterSeconds)), OverUnder(seconds(s.AfterSeconds-s.BeforeSeconds)))
		}
		b.WriteString("\n")
		for _, q := range s.Quotes {
			fmt.Fprintf(&b, "  quote %s\n", q)
		}
		for _, w := range s.Removed {
			fmt.Fprintf(&b, "  - %s\n", w)
		}
		for _, w := range s.Added {
			fmt.Fprintf(&b, "  + %s\n", w)
		}
	}
	for _, f := range c.Figures {
		fmt.Fprintf(&b, "figure %s: %s → %s\n", f.ID, f.Before, f.After)
		for _, cp := range f.Copy {
			fmt.Fprintf(&b, "  read in %s\n", cp)
		}
	}
	if c.TotalBefore != c.TotalAfter {
		fmt.Fprintf(&b, "total %s → %s (%s)\n", Clock(seconds(c.TotalBefore)), Clock(seconds(c.TotalAfter)), OverUnder(seconds(c.TotalAfter-c.TotalBefore)))
	}
	return b.String()
}

func seconds(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// copyWords are the words read in a segment, in order (the host's copy and
// clips' words); music, stings and notes are not read.
func copyWords(ts *TimedSegment) []string {
	var out []string
	for _, c := range ts.Cues {
		if c.Kind == Note || c.Kind == Music || c.Kind == Sting {
			continue
		}
		out = append(out, strings.Fields(c.Text)...)
	}
	return out
}

func spokenCopy(ts *TimedSegment) string { return strings.Join(copyWords(ts), " ") }

func nonEmpty(s string) []string {
	if s == "" {
		return []string{}
	}
	return []string{s}
}

// context is how many words of unchanged copy a change is shown with.
const diffContext = 3

// wordChanges aligns two runs of words (longest common subsequence, words
// compared as spoken words, punctuation aside) and returns the runs that
// went and came, each with a few words of context.
func wordChanges(a, b []string) (removed, added []string) {
	norm := func(w string) string {
		var s strings.Builder
		for st, en := range speech.Words(w) {
			s.WriteString(strings.ToLower(w[st:en]))
		}
		return s.String()
	}
	na, nb := make([]string, len(a)), make([]string, len(b))
	for i, w := range a {
		na[i] = norm(w)
	}
	for j, w := range b {
		nb[j] = norm(w)
	}
	n, m := len(a), len(b)
	l := make([][]int32, n+1)
	for i := range l {
		l[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if na[i] == nb[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	removed, added = []string{}, []string{}
	i, j := 0, 0
	for i < n || j < m {
		if i < n && j < m && na[i] == nb[j] {
			i, j = i+1, j+1
			continue
		}
		si, sj := i, j
		for i < n || j < m {
			if i < n && j < m && na[i] == nb[j] {
				break
			}
			if j < m && (i == n || l[i][j+1] >= l[i+1][j]) {
				j++
			} else {
				i++
			}
		}
		show := func(words []string, from, to int) string {
			lo, hi := max(0, from-diffContext), min(len(words), to+diffContext)
			s := strings.Join(words[from:to], " ")
			if lo < from {
				s = "…" + strings.Join(words[lo:from], " ") + " [" + s + "]"
			} else {
				s = "[" + s + "]"
			}
			if to < hi {
				s += " " + strings.Join(words[to:hi], " ") + "…"
			}
			return s
		}
		if i > si {
			removed = append(removed, show(a, si, i))
		}
		if j > sj {
			added = append(added, show(b, sj, j))
		}
	}
	return removed, added
}

// quotesOf maps the quotes a segment reads to their speakers' ids.
func quotesOf(ts *TimedSegment) map[string]string {
	out := map[string]string{}
	for _, c := range ts.Cues {
		if c.Quote != nil && c.Quote.Speaker != nil {
			out[c.Quote.ID] = c.Quote.Speaker.ID
		}
	}
	return out
}

func quoteList(verb string, q map[string]string) []string {
	out := []string{}
	for id, sp := range q {
		out = append(out, fmt.Sprintf("%s %s (%s)", verb, id, sp))
	}
	slices.Sort(out)
	return out
}

// quoteChanges lists quotes added, removed or given to another speaker.
func quoteChanges(before, after map[string]string) []string {
	out := []string{}
	for id, sp := range after {
		old, ok := before[id]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("added %s (%s)", id, sp))
		case old != sp:
			out = append(out, fmt.Sprintf("re-attributed %s: %s → %s", id, old, sp))
		}
	}
	for id, sp := range before {
		if _, ok := after[id]; !ok {
			out = append(out, fmt.Sprintf("removed %s (%s)", id, sp))
		}
	}
	slices.Sort(out)
	return out
}

// reportsOf writes a figure's reports: "toi at least 60, reuters over 100".
func reportsOf(f *Figure) string {
	var parts []string
	for _, r := range f.Reports {
		src := ""
		if r.Source != nil {
			src = r.Source.ID + " "
		}
		parts = append(parts, src+r.String())
	}
	return strings.Join(parts, ", ")
}
