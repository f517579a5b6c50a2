package briefing

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// Episode is a fact sheet's edition rendered and timed: its segments in
// order, each with its cues, start, length and back time.
type Episode struct {
	Sheet    *FactSheet
	Edition  *Edition
	Segments []*TimedSegment
	Total    time.Duration
	// Problems are the warnings found while rendering and timing (a
	// segment over its target, the episode over or well under its target).
	Problems Problems
	// Fitted says the edition was fitted to its target (Fit), and Cuts
	// is what fitting left out, in the order it was cut.
	Fitted bool
	Cuts   []Cut
}

// TimedSegment is one rendered segment with its timing.
type TimedSegment struct {
	*Segment
	Number int // 1-based position in the rundown
	Cues   []*Cue
	// Start is the front time: when the segment begins, from the top.
	Start time.Duration
	// Duration is the sum of the segment's cues.
	Duration time.Duration
	// Back is the back time: what is left of the episode's target when the
	// segment starts (negative once the show is past its target).
	Back time.Duration
	// Estimate is the length its cues are estimated to run; Duration is
	// the segment's Actual length instead once it is recorded.
	Estimate time.Duration
	// Script is the segment's rendered script markup.
	Script string
}

// End is when the segment ends, from the top of the show.
func (ts *TimedSegment) End() time.Duration { return ts.Start + ts.Duration }

// Speakers lists who is heard in the segment, in order of first cue.
func (ts *TimedSegment) Speakers() []*Speaker {
	var out []*Speaker
	seen := map[*Speaker]bool{}
	for _, c := range ts.Cues {
		if c.Speaker != nil && !seen[c.Speaker] && c.Kind != Note {
			seen[c.Speaker] = true
			out = append(out, c.Speaker)
		}
	}
	return out
}

// Over is how far the segment runs over its target (negative: under).
// It is zero when the segment has no target.
func (ts *TimedSegment) Over() time.Duration {
	if ts.Target == 0 {
		return 0
	}
	return ts.Duration - ts.Target
}

// Target is the edition's target running time.
func (e *Episode) Target() time.Duration { return e.Edition.Target }

// Over is how far the episode runs over its target (negative: under).
func (e *Episode) Over() time.Duration { return e.Total - e.Edition.Target }

// Speakers lists everyone heard or quoted in the episode, in order of
// first cue.
func (e *Episode) Speakers() []*Speaker {
	var out []*Speaker
	seen := map[*Speaker]bool{}
	add := func(sp *Speaker) {
		if sp != nil && !seen[sp] {
			seen[sp] = true
			out = append(out, sp)
		}
	}
	for _, s := range e.Segments {
		for _, c := range s.Cues {
			if c.Kind != Note {
				add(c.Speaker)
			}
			if c.Quote != nil {
				add(c.Quote.Speaker)
			}
		}
	}
	return out
}

// underTolerance is how far under target an episode may run before a
// warning: a short show is easier to fill than a long one is to cut, but a
// tenth of the running time missing needs a producer's decision.
const underTolerance = 0.10

// time computes cue lengths, segment front and back times and totals, and
// adds warnings for targets missed.
func (e *Episode) time() {
	var at time.Duration
	for _, ts := range e.Segments {
		ts.Start = at
		ts.Back = e.Edition.Target - at
		for _, c := range ts.Cues {
			c.Start = at
			// Whole seconds, as a rundown counts: every start shown is then
			// the sum of the lengths shown before it. The rounding errs
			// either way and evens out over a script.
			c.Duration = e.cueLength(c).Round(time.Second)
			if c.Duration == 0 && c.Kind != Note {
				c.Duration = time.Second
			}
			at = addSaturating(at, c.Duration)
		}
		ts.Estimate = at - ts.Start
		ts.Duration = ts.Estimate
		if ts.Actual > 0 {
			// Recorded: its real length replaces the estimate in every
			// total and every start after it.
			ts.Duration = ts.Actual
			at = addSaturating(ts.Start, ts.Actual)
		}
		if ts.Target > 0 && ts.Duration > ts.Target && !e.Edition.retargeted {
			e.Problems = append(e.Problems, Problem{Path: e.Sheet.Path, Line: ts.Pos.Line, Col: ts.Pos.Col, Severity: SeverityWarning,
				Field:   "segment " + ts.ID,
				Message: "runs " + Clock(ts.Duration) + ", over its target of " + Clock(ts.Target) + " by " + Clock(ts.Duration-ts.Target)})
		}
	}
	e.Total = at
	over := e.Over()
	switch {
	case e.Fitted:
		// Fit says how the fitted total stands against the target.
	case over > 0:
		e.Problems = append(e.Problems, Problem{Path: e.Sheet.Path, Line: e.Edition.Pos.Line, Col: e.Edition.Pos.Col, Severity: SeverityWarning,
			Field: e.Edition.Name, Message: "runs " + Clock(e.Total) + ", over its target of " + Clock(e.Edition.Target) + " by " + Clock(over)})
	case float64(-over) > underTolerance*float64(e.Edition.Target):
		e.Problems = append(e.Problems, Problem{Path: e.Sheet.Path, Line: e.Edition.Pos.Line, Col: e.Edition.Pos.Col, Severity: SeverityWarning,
			Field: e.Edition.Name, Message: "runs " + Clock(e.Total) + ", under its target of " + Clock(e.Edition.Target) + " by " + Clock(-over)})
	}
}

// addSaturating adds two non-negative durations, stopping at the largest
// duration instead of overflowing into a negative one. Each cue is at most
// MaxDuration, so only a script of about a hundred thousand day-long cues
// gets there; its total is then absurd and says so, rather than wrong.
func addSaturating(a, b time.Duration) time.Duration {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}

// cueLength is a cue's running time: stated for music and stings, stated or
// estimated at the speaker's voice in this edition for clips, read time
// otherwise.
func (e *Episode) cueLength(c *Cue) time.Duration {
	switch c.Kind {
	case Note:
		return 0
	case Music, Sting:
		return c.Stated
	case Clip:
		if c.Stated > 0 {
			return c.Stated
		}
	}
	return e.Edition.VoiceOf(e.Sheet, c.Speaker).Time(e.Sheet.features(c.Text)).Duration()
}

// OnAir reports whether the edition gives its on-air time, so that the
// rundown can show clock times.
func (e *Episode) OnAir() bool { return e.Edition.OnAir != nil }

// ClockTime is the time of day d into the show, as a studio clock shows
// it ("07:04:32"); empty when the edition gives no on-air time.
func (e *Episode) ClockTime(d time.Duration) string {
	if e.Edition.OnAir == nil {
		return ""
	}
	t := (*e.Edition.OnAir + d) % (24 * time.Hour)
	if t < 0 {
		t += 24 * time.Hour
	}
	return fmt.Sprintf("%02d:%02d:%02d", int(t.Hours()), int(t.Minutes())%60, int(t.Seconds())%60)
}

// OffAir is the time of day the edition must end: its on-air time plus
// its target; empty when it gives no on-air time.
func (e *Episode) OffAir() string { return e.ClockTime(e.Edition.Target) }

// Hit is the time of day by which the segment must end for the show to
// end at its off-air time: the off-air time less what runs after it (the
// back-timed hit time); empty when the edition gives no on-air time.
func (e *Episode) Hit(ts *TimedSegment) string {
	return e.ClockTime(e.Edition.Target - (e.Total - ts.End()))
}

// CitedSources lists the sources behind what the episode reads on air, in
// order of first citation: facts' and figures' sources and quotes'. A
// source that is a copy of another is listed, and says so (CopyOf).
func (e *Episode) CitedSources() []*Source {
	var out []*Source
	seen := map[string]bool{}
	for _, ts := range e.Segments {
		for _, c := range ts.Cues {
			ids := c.Sources
			if c.Quote != nil && c.Quote.Source != nil {
				ids = append(slices.Clone(ids), c.Quote.Source.ID)
			}
			for _, id := range ids {
				if src, ok := e.Sheet.sources[id]; ok && !seen[id] {
					seen[id] = true
					out = append(out, src)
				}
			}
		}
	}
	return out
}
