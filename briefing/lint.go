package briefing

import (
	"fmt"
	"strings"
	"time"

	"github.com/briefing-dev/briefing/briefing/speech"
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
		case ts.Target > 0 && float64(ts.Duration) < farUnder*float64(ts.Target) && !e.Edition.retargeted:
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
			for _, id := range c.Facts {
				if fg, ok := e.Sheet.figures[id]; ok {
					if said, ok := contradicts(c.Text, fg); ok {
						warn(ts.Pos, field, "a cue says %q of figure %q, which its reports put at %s: is the copy out of date?", said, fg.ID, reportValues(fg))
					}
				}
			}
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

// numberWords are the spoken words that state a number; "one" is left
// out, since it is as often a pronoun ("one of the deadliest").
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true,
	"seventeen": true, "eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	"sixty": true, "seventy": true, "eighty": true, "ninety": true, "hundred": true, "thousand": true, "million": true,
	"billion": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true,
}

// contradicts reports whether a cue that cites a figure states numbers
// none of which is a value the figure's reports give, and the first such
// number word. Text and values are compared as they are said, so that
// "Two people" and a report of 2 agree, and "Two" and a report of 3 do not.
func contradicts(text string, fg *Figure) (string, bool) {
	spoken := " " + strings.ToLower(speech.Spoken(text)) + " "
	first := ""
	for start, end := range speech.Words(spoken) {
		if w := spoken[start:end]; numberWords[w] {
			first = w
			break
		}
	}
	if first == "" {
		return "", false
	}
	for _, r := range fg.Reports {
		v := " " + strings.ToLower(speech.Spoken(speech.FormatNumber(r.Value))) + " "
		if strings.Contains(wordsOnly(spoken), wordsOnly(v)) {
			return "", false
		}
	}
	return first, true
}

// wordsOnly is text's words joined by single spaces, with a space at each
// end, for whole-word matching.
func wordsOnly(text string) string {
	var b strings.Builder
	b.WriteByte(' ')
	for start, end := range speech.Words(text) {
		b.WriteString(text[start:end])
		b.WriteByte(' ')
	}
	return b.String()
}

// reportValues lists a figure's distinct values as copy writes them: "2",
// "2 and 3".
func reportValues(fg *Figure) string {
	var vs []string
	seen := map[float64]bool{}
	for _, r := range fg.Reports {
		if !seen[r.Value] {
			seen[r.Value] = true
			vs = append(vs, speech.FormatNumber(r.Value))
		}
	}
	return AndList(vs)
}
