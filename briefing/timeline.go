package briefing

import (
	"math"
	"time"
)

// Timeline is the shape of an episode at a glance, in units of a drawing
// 1,000 wide, rounded to a tenth: one bar a segment, the target marked, the overrun
// shaded, and a tick a minute (or finer for short episodes).
type Timeline struct {
	Bars    []TimelineBar
	TargetX float64
	// OverX and OverW cover the part of the episode past its target;
	// OverW is zero when the episode fits.
	OverX, OverW float64
	Ticks        []TimelineTick
}

// TimelineBar is one segment's bar; Mid is its centre, for its label.
type TimelineBar struct {
	X, W, Mid float64
	Number    int
	Title     string
	Over      bool // the segment runs over its own target
}

// TimelineTick is a time mark on the axis.
type TimelineTick struct {
	X     float64
	Label string
}

// Timeline lays out the episode's segments on a scale from zero to the
// longer of its total and its target.
func (e *Episode) Timeline() Timeline {
	span := max(e.Total, e.Target())
	var tl Timeline
	if span <= 0 {
		return tl
	}
	pct := func(d time.Duration) float64 { return math.Round(float64(d)/float64(span)*10000) / 10 }
	for _, ts := range e.Segments {
		x, w := pct(ts.Start), pct(ts.Duration)
		tl.Bars = append(tl.Bars, TimelineBar{X: x, W: w, Mid: math.Round((x+w/2)*10) / 10, Number: ts.Number, Title: ts.Title, Over: ts.Over() > 0})
	}
	tl.TargetX = pct(e.Target())
	if e.Total > e.Target() {
		tl.OverX, tl.OverW = tl.TargetX, pct(e.Total-e.Target())
	}
	step := tickStep(span)
	for t := time.Duration(0); t <= span; t += step {
		tl.Ticks = append(tl.Ticks, TimelineTick{X: pct(t), Label: Clock(t)})
	}
	return tl
}

// tickStep picks a tick interval that gives between about 4 and 12 marks.
func tickStep(span time.Duration) time.Duration {
	for _, s := range []time.Duration{10 * time.Second, 15 * time.Second, 30 * time.Second, time.Minute, 2 * time.Minute, 5 * time.Minute, 10 * time.Minute} {
		if span/s <= 12 {
			return s
		}
	}
	return 15 * time.Minute
}

// PagePerSegment tells the printed script to start each segment on a new
// page: worth it when segments run 45 seconds or more on average (an
// explainer), not for a bulletin of short items.
func (e *Episode) PagePerSegment() bool {
	return len(e.Segments) > 0 && e.Total/time.Duration(len(e.Segments)) >= 45*time.Second
}
