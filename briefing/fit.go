package briefing

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Cut is research that fitting an edition to its target left out.
type Cut struct {
	// Kind is what was cut: "fact", "figure", "quote" (with its lead-in),
	// or "segment" (a whole optional segment).
	Kind string
	ID   string
	// Segment is the segment it was cut from (a cut segment's own id), and
	// Title that segment's title.
	Segment  string
	Title    string
	Priority Priority
	// Length is how long it would have run: the edition's length with it
	// put back, less the length without it.
	Length time.Duration
	seg    *Segment // the segment as the edition plans it
}

// requiredKinds are the segment kinds each built-in format needs: fitting
// never drops them, even when a sheet marks one optional.
var requiredKinds = map[string][]string{
	"explainer": {"intro", "sign-off"},
	"bulletin":  {"headline", "close"},
}

// Required reports whether the format needs segments of the kind: fitting
// never drops one.
func Required(format, kind string) bool { return slices.Contains(requiredKinds[format], kind) }

// FitTolerance is how far under its target a fitted edition may end: 2% of
// the target or 5 seconds, whichever is more. It never ends over.
func FitTolerance(target time.Duration) time.Duration {
	return max(target/50, 5*time.Second)
}

// piece names one thing fitting may cut: a fact, figure or quote of a
// segment, or the segment itself (id its own).
type piece struct {
	kind, id string
	seg      *Segment
}

// unit is a piece with its priority.
type unit struct {
	piece
	priority Priority
}

// cuttable lists what fitting may cut from an edition, in the order it
// cuts: could before should; within each, material inside segments before
// whole segments (a segment is shortened before it is dropped), taken in
// turns from each segment, the end of the running order first, a
// segment's last item before its first, so that segments shorten evenly
// rather than the last ones emptying. Must material, hand-written lines and
// the segments a format requires are never cut.
func cuttable(ed *Edition) []unit {
	var out []unit
	for _, p := range []Priority{Could, Should} {
		// Each segment's items of this priority, its last one first.
		queues := make([][]unit, len(ed.Segments))
		for i, sg := range ed.Segments {
			var q []unit
			for _, fc := range sg.Facts {
				if fc.Priority == p {
					q = append(q, unit{piece{"fact", fc.ID, sg}, p})
				}
			}
			for _, fg := range sg.Figures {
				if fg.Priority == p {
					q = append(q, unit{piece{"figure", fg.ID, sg}, p})
				}
			}
			for _, qt := range sg.Quotes {
				if qt.Priority == p {
					q = append(q, unit{piece{"quote", qt.ID, sg}, p})
				}
			}
			slices.Reverse(q)
			queues[i] = q
		}
		for left := true; left; {
			left = false
			for i := len(queues) - 1; i >= 0; i-- {
				if len(queues[i]) > 0 {
					out = append(out, queues[i][0])
					queues[i] = queues[i][1:]
					left = true
				}
			}
		}
		for i := len(ed.Segments) - 1; i >= 0; i-- {
			if sg := ed.Segments[i]; sg.Optional && sg.Priority == p && !Required(ed.Format, sg.Kind) {
				out = append(out, unit{piece{"segment", sg.ID, sg}, p})
			}
		}
	}
	return out
}

// retarget is the edition aimed at another running time: its segments'
// own targets scale with it, since they share out the edition's.
func (e *Edition) retarget(target time.Duration) *Edition {
	c := *e
	c.Target = target
	c.retargeted = true
	if e.Target > 0 {
		c.Segments = make([]*Segment, len(e.Segments))
		for i, sg := range e.Segments {
			s := *sg
			s.Target = (time.Duration(float64(sg.Target) * float64(target) / float64(e.Target))).Round(time.Second)
			c.Segments[i] = &s
		}
	}
	return &c
}

// without is the edition with the cut units left out.
func (e *Edition) without(cut map[piece]bool) *Edition {
	if len(cut) == 0 {
		return e
	}
	c := *e
	c.Segments = nil
	for _, sg := range e.Segments {
		if cut[piece{"segment", sg.ID, sg}] {
			continue
		}
		s := *sg
		s.Facts = slices.DeleteFunc(slices.Clone(sg.Facts), func(f *Fact) bool { return cut[piece{"fact", f.ID, sg}] })
		s.Figures = slices.DeleteFunc(slices.Clone(sg.Figures), func(f *Figure) bool { return cut[piece{"figure", f.ID, sg}] })
		s.Quotes = slices.DeleteFunc(slices.Clone(sg.Quotes), func(q *Quote) bool { return cut[piece{"quote", q.ID, sg}] })
		if len(s.Facts)+len(s.Figures)+len(s.Quotes)+len(s.Lines) == 0 && !Required(e.Format, s.Kind) {
			continue // every piece of it cut: nothing is left to say
		}
		c.Segments = append(c.Segments, &s)
	}
	return &c
}

// Fit renders an edition fitted to its target: when it runs over, it cuts
// what may be cut (see cuttable) until it ends within the target, then
// puts back, most important first, whatever still fits, so that it ends
// as close under the target as the material allows (FitTolerance); every
// cut is in Episode.Cuts with how long it would have run. When what may
// not be cut runs over on its own, it fails, saying by how much and what
// is left. When the edition runs short with everything in, it warns by how
// much and lists the research the sheet has that the edition does not use.
func Fit(ctx context.Context, sheet *FactSheet, ed *Edition, tpl *Templates) (*Episode, Problems) {
	ep, probs := render(ctx, sheet, ed, tpl, true)
	if ep == nil {
		return nil, probs
	}
	target, tol := ed.Target, FitTolerance(ed.Target)
	if ep.Total <= target {
		if target-ep.Total > tol {
			ep.Problems = append(ep.Problems, shortProblem(ep))
		}
		return ep, ep.Problems
	}
	units := cuttable(ed)
	try := func(c map[piece]bool) (*Episode, Problems) {
		return render(ctx, sheet, ed.without(c), tpl, true)
	}
	first := func(k int) map[piece]bool {
		c := map[piece]bool{}
		for _, u := range units[:k] {
			c[u.piece] = true
		}
		return c
	}
	// The fewest cuts, in order, that bring the edition within its target.
	all, probs := try(first(len(units)))
	if all == nil {
		return nil, probs
	}
	if all.Total > target {
		return nil, Problems{overProblem(all, target)}
	}
	lo, hi := 0, len(units) // lo runs over, hi fits
	best := all
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		e, probs := try(first(mid))
		if e == nil {
			return nil, probs
		}
		if e.Total <= target {
			hi, best = mid, e
		} else {
			lo = mid
		}
	}
	cut := first(hi)
	// Put back what still fits, the most important first.
	for i := hi - 1; i >= 0 && target-best.Total > tol; i-- {
		delete(cut, units[i].piece)
		e, probs := try(cut)
		if e == nil {
			return nil, probs
		}
		if e.Total <= target {
			best = e
		} else {
			cut[units[i].piece] = true
		}
	}
	// What each cut would have run: the edition with it put back (a
	// segment with everything of it that was cut).
	for _, u := range units {
		if !cut[u.piece] || u.kind != "segment" && cut[piece{"segment", u.seg.ID, u.seg}] {
			continue // not cut, or cut with its whole segment
		}
		back := []piece{u.piece}
		for _, v := range units {
			if u.kind == "segment" && v.kind != "segment" && v.seg == u.seg && cut[v.piece] {
				back = append(back, v.piece)
			}
		}
		for _, p := range back {
			delete(cut, p)
		}
		e, probs := try(cut)
		for _, p := range back {
			cut[p] = true
		}
		if e == nil {
			return nil, probs
		}
		best.Cuts = append(best.Cuts, Cut{Kind: u.kind, ID: u.id, Segment: u.seg.ID, Title: u.seg.Title, Priority: u.priority,
			Length: e.Total - best.Total, seg: u.seg})
	}
	if target-best.Total > tol {
		best.Problems = append(best.Problems, Problem{Path: sheet.Path, Line: ed.Pos.Line, Col: ed.Pos.Col, Severity: SeverityWarning, Field: ed.Name,
			Message: fmt.Sprintf("fitted to %s, %s under its target of %s: putting back the shortest cut would run over", Clock(best.Total), Clock(target-best.Total), Clock(target))})
	}
	return best, best.Problems
}

// markResearch marks in used what the episode takes of the sheet's
// research, as "fact ID", "figure ID" and "quote ID": what its cues cite,
// what fitting cut (which is reported as a cut, not as unused), and, with
// planned, what its segments list whether or not their templates read it.
func (e *Episode) markResearch(used map[string]bool, planned bool) {
	plan := func(sg *Segment) {
		for _, f := range sg.Facts {
			used["fact "+f.ID] = true
		}
		for _, f := range sg.Figures {
			used["figure "+f.ID] = true
		}
		for _, q := range sg.Quotes {
			used["quote "+q.ID] = true
		}
	}
	for _, ts := range e.Segments {
		if planned {
			plan(ts.Segment)
		}
		for _, c := range ts.Cues {
			for _, f := range c.Facts {
				used["fact "+f] = true
			}
			if c.Quote != nil {
				used["quote "+c.Quote.ID] = true
			}
		}
	}
	for _, c := range e.Cuts {
		used[c.Kind+" "+c.ID] = true
		if c.Kind == "segment" && c.seg != nil {
			plan(c.seg)
		}
	}
}

// overProblem says that what fitting may not cut runs over the target, by
// how much, and what it is.
func overProblem(ep *Episode, target time.Duration) Problem {
	var left []string
	for _, ts := range ep.Segments {
		left = append(left, fmt.Sprintf("%s %s", ts.ID, Clock(ts.Duration)))
	}
	ed := ep.Edition
	return Problem{Path: ep.Sheet.Path, Line: ed.Pos.Line, Col: ed.Pos.Col, Field: ed.Name,
		Message: fmt.Sprintf("cannot fit %s: what may not be cut (must material, hand-written lines, the segments the %s format requires and those not optional) runs %s, %s over; left: %s",
			Clock(target), ed.Format, Clock(ep.Total), Clock(ep.Total-target), strings.Join(left, ", "))}
}

// shortProblem says how far short of its target an edition runs with all
// its material in, and lists the research the sheet has that the edition
// does not use, must first, with how long each would take the presenter.
func shortProblem(ep *Episode) Problem {
	ed := ep.Edition
	used := map[string]bool{}
	ep.markResearch(used, true)
	type idea struct {
		text   string
		p      Priority
		length time.Duration
	}
	var ideas []idea
	voice := ed.VoiceOf(ep.Sheet, ed.Presenter(ep.Sheet))
	read := func(text string) time.Duration {
		return voice.Estimate(text, ep.Sheet.Pronounce).Duration().Round(time.Second)
	}
	for _, f := range ep.Sheet.Facts {
		if !used["fact "+f.ID] {
			ideas = append(ideas, idea{"fact " + f.ID, f.Priority, read(f.Text)})
		}
	}
	for _, f := range ep.Sheet.Figures {
		if !used["figure "+f.ID] {
			ideas = append(ideas, idea{"figure " + f.ID, f.Priority, read(f.Label)})
		}
	}
	for _, q := range ep.Sheet.Quotes {
		if !used["quote "+q.ID] {
			ideas = append(ideas, idea{"quote " + q.ID, q.Priority, read(q.Text)})
		}
	}
	slices.SortStableFunc(ideas, func(a, b idea) int { return int(a.p) - int(b.p) })
	msg := fmt.Sprintf("runs %s, %s short of its target of %s with all its material in", Clock(ep.Total), Clock(ed.Target-ep.Total), Clock(ed.Target))
	if len(ideas) == 0 {
		msg += "; the sheet has no research this edition does not use: add some, or shorten the target"
	} else {
		var parts []string
		for _, it := range ideas {
			parts = append(parts, fmt.Sprintf("%s (%s, about %s)", it.text, it.p, Clock(it.length)))
		}
		msg += "; research the sheet has and this edition does not use: " + strings.Join(parts, ", ")
	}
	return Problem{Path: ep.Sheet.Path, Line: ed.Pos.Line, Col: ed.Pos.Col, Severity: SeverityWarning, Field: ed.Name, Message: msg}
}
