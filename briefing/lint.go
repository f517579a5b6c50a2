package briefing

import (
	"fmt"
	"strings"
	"time"
)

// farUnder is how far under its own target a segment may run before lint
// warns: a segment at less than half its target is missing its material.
const farUnder = 0.5

// lint adds the warnings a producer needs before air about the shape of a
// timed edition: an empty segment, or one far under its target; segment
// targets that do not add up to the edition's; a fact or quote that two
// segments list;
// a quote attributed to a source that has no outlet; and the back time
// going negative (a segment that starts after the show should have ended).
func (e *Episode) lint() {
	warn := func(p Pos, field, format string, args ...any) {
		e.Problems = append(e.Problems, Problem{Path: e.Sheet.Path, Line: p.Line, Col: p.Col, Severity: SeverityWarning,
			Field: field, Message: fmt.Sprintf(format, args...)})
	}
	var targets time.Duration
	all := true
	factAt := map[string]*TimedSegment{}
	quoteAt := map[string]*TimedSegment{}
	noOutlet := map[*Source]bool{}
	for _, ts := range e.Segments {
		field := "segment " + ts.ID
		switch {
		case !hasSpeech(ts):
			warn(ts.Pos, field, "is empty: nothing in it is read or played (give it facts, quotes, figures or lines, or remove it)")
		case ts.Target > 0 && float64(ts.Duration) < farUnder*float64(ts.Target):
			warn(ts.Pos, field, "runs %s of its target of %s: it is missing material", Clock(ts.Duration), Clock(ts.Target))
		}
		if ts.Back < 0 {
			warn(ts.Pos, field, "starts at %s, %s after the edition's %s target: its back time is negative", Clock(ts.Start), Clock(-ts.Back), Clock(e.Edition.Target))
		}
		if ts.Target == 0 {
			all = false
		}
		targets += ts.Target
		// A fact or quote that two segments list is read twice. A
		// hand-written line that cites one ([#id]) is the producer's own
		// recap or tease, and is not counted.
		for _, f := range ts.Facts {
			if prev, ok := factAt[f.ID]; ok {
				warn(ts.Pos, field, "fact %q is read twice: segment %s reads it too", f.ID, prev.ID)
			} else {
				factAt[f.ID] = ts
			}
		}
		for _, q := range ts.Quotes {
			if prev, ok := quoteAt[q.ID]; ok {
				warn(ts.Pos, field, "quote %q is read twice: segment %s reads it too", q.ID, prev.ID)
			} else {
				quoteAt[q.ID] = ts
			}
		}
		for _, c := range ts.Cues {
			if q := c.Quote; q != nil {
				if q.Source != nil && strings.TrimSpace(q.Source.Outlet) == "" && !noOutlet[q.Source] {
					noOutlet[q.Source] = true
					warn(q.Source.Pos, "sources."+q.Source.ID+".outlet", "quote %q is attributed to this source on air, which has no outlet to name; give it one", q.ID)
				}
			}
		}
	}
	if all && len(e.Segments) > 0 && e.Edition.Target > 0 && !e.Fitted {
		if d := targets - e.Edition.Target; d.Abs() > FitTolerance(e.Edition.Target) {
			warn(e.Edition.Pos, e.Edition.Name, "its segments' targets add up to %s, not the edition's target of %s", Clock(targets), Clock(e.Edition.Target))
		}
	}
}

// hasSpeech reports whether anything in the segment is said or played.
func hasSpeech(ts *TimedSegment) bool {
	for _, c := range ts.Cues {
		if c.Kind != Note && c.Duration > 0 {
			return true
		}
	}
	return false
}
