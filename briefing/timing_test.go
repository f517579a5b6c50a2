package briefing

import (
	"math"
	"testing"
	"time"
)

// TestTimeSaturates checks that an episode's total stops at the largest
// duration instead of wrapping to a negative one. ParseDuration refuses
// such cues; the cues here are made directly, as a library caller could.
func TestTimeSaturates(t *testing.T) {
	huge := 2562047 * time.Hour
	ep := &Episode{
		Sheet:   &FactSheet{Path: "ep.yaml"},
		Edition: &Edition{Format: "explainer", Target: time.Minute},
		Segments: []*TimedSegment{{
			Segment: &Segment{ID: "s1"},
			Cues:    []*Cue{{Kind: Music, Stated: huge}, {Kind: Music, Stated: huge}, {Kind: Sting, Stated: huge}},
		}},
	}
	ep.time()
	if ep.Total != math.MaxInt64 {
		t.Errorf("total = %v, want the largest duration", ep.Total)
	}
	if ts := ep.Segments[0]; ts.Duration <= 0 || ts.End() <= 0 || ep.Over() <= 0 {
		t.Errorf("segment runs %v and ends at %v, episode over by %v; want all positive", ts.Duration, ts.End(), ep.Over())
	}
	if len(ep.Problems) != 1 || ep.Problems[0].Severity != SeverityWarning {
		t.Errorf("problems = %v, want one warning that the episode runs over", ep.Problems)
	}
}
