package speech

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The timing scorer: testdata/reads holds real broadcast reads, each the
// words one voice read and how long the read took, from the start of the
// read to the start of whatever followed it (see its README for where each
// comes from). dev is what the defaults were chosen on; heldout is a
// separate set of whole shows, measured and never fitted to.
//
//	go test ./briefing/speech -run TestReads -v                 # both parts
//	go test ./briefing/speech -run TestReads/heldout -v -reads.detail
var readsDetail = flag.Bool("reads.detail", false, "print every read's error")

// A show's reads are one reader on one programme.
type readsFile struct {
	Show, Reader, Role, Licence, Timing string
	ASR                                 bool
	Reads                               []struct {
		ID, URL, Date, Start, End string
		Headline, Text            string
		Seconds                   float64
	}
}

// corpusRead is one read of the corpus.
type corpusRead struct {
	ID, Show, Role string
	Text           string
	Seconds        float64
}

// newsreader reports whether the read is a newsreader's or a reporter's,
// whom the issue measures apart from hosts and narrators.
func (r corpusRead) newsreader() bool { return r.Role == "newsreader" || r.Role == "reporter" }

func loadReads(tb testing.TB, part string) []corpusRead {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "reads", part, "*.yaml"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no reads in testdata/reads/%s (%v)", part, err)
	}
	var out []corpusRead
	seen := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var rf readsFile
		if err := yaml.Unmarshal(data, &rf); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		// A file is one reader of one show: show--reader.yaml. Calibration
		// is per show, as a producer calibrates a programme's host chair.
		show, _, _ := strings.Cut(strings.TrimSuffix(filepath.Base(f), ".yaml"), "--")
		for _, r := range rf.Reads {
			if seen[r.ID] || r.ID == "" {
				tb.Fatalf("%s: read id %q is empty or not unique", f, r.ID)
			}
			seen[r.ID] = true
			if r.Seconds <= 0 || strings.TrimSpace(r.Text) == "" {
				tb.Fatalf("%s: read %s has no text or no length", f, r.ID)
			}
			out = append(out, corpusRead{ID: r.ID, Show: show, Role: rf.Role, Text: r.Text, Seconds: r.Seconds})
		}
	}
	return out
}

// errorStats summarises a predictor's errors over reads, as fractions of
// each read's measured length: the mean absolute error, the mean signed
// error (positive runs long) and the worst read.
type errorStats struct {
	n           int
	mape, bias  float64
	worst       float64
	worstID     string
	sumAbs, sum float64
}

func (s *errorStats) add(id string, predicted, measured float64) {
	e := (predicted - measured) / measured
	s.n++
	s.sumAbs += math.Abs(e)
	s.sum += e
	s.mape, s.bias = s.sumAbs/float64(s.n), s.sum/float64(s.n)
	if math.Abs(e) > math.Abs(s.worst) {
		s.worst, s.worstID = e, id
	}
}

func (s errorStats) String() string {
	if s.n == 0 {
		return "no reads"
	}
	return fmt.Sprintf("%3d reads  MAPE %5.1f%%  bias %+5.1f%%  worst %+5.1f%% (%s)", s.n, 100*s.mape, 100*s.bias, 100*s.worst, s.worstID)
}

// groups are the subsets the scorer reports apart.
var groups = []struct {
	name string
	in   func(corpusRead) bool
}{
	{"all", func(corpusRead) bool { return true }},
	{"newsreaders", corpusRead.newsreader},
	{"hosts", func(r corpusRead) bool { return !r.newsreader() }},
}

// score runs predict over reads, by group.
func score(reads []corpusRead, predict func(i int) (float64, bool)) map[string]errorStats {
	out := map[string]errorStats{}
	for i, r := range reads {
		p, ok := predict(i)
		if !ok {
			continue
		}
		for _, g := range groups {
			if g.in(r) {
				s := out[g.name]
				s.add(r.ID, p, r.Seconds)
				out[g.name] = s
			}
		}
	}
	return out
}

// looCalibrated predicts each read of a show with at least minShowReads
// reads by a voice calibrated on the show's other reads.
func looCalibrated(reads []corpusRead) func(i int) (float64, bool) {
	return leaveOneOut(reads, func(i int, others []int) (float64, bool) {
		var train []MeasuredRead
		for _, j := range others {
			train = append(train, MeasuredRead{Text: reads[j].Text, Seconds: reads[j].Seconds})
		}
		v, _, err := Calibrate(train, nil)
		if err != nil {
			return 0, false
		}
		return v.Estimate(reads[i].Text, nil).Seconds, true
	})
}

// leaveOneOut predicts each read of a show with at least minShowReads
// reads from the show's other reads.
func leaveOneOut(reads []corpusRead, predict func(i int, others []int) (float64, bool)) func(i int) (float64, bool) {
	byShow := map[string][]int{}
	for i, r := range reads {
		byShow[r.Show] = append(byShow[r.Show], i)
	}
	return func(i int) (float64, bool) {
		idx := byShow[reads[i].Show]
		if len(idx) < minShowReads {
			return 0, false
		}
		others := make([]int, 0, len(idx)-1)
		for _, j := range idx {
			if j != i {
				others = append(others, j)
			}
		}
		return predict(i, others)
	}
}

// looRate predicts each read of a show with at least minShowReads reads
// by one rate of a unit (units per second over the show's other reads,
// their units over their seconds): the simplest calibration a show could
// do, to compare Calibrate with.
func looRate(reads []corpusRead, units func(i int) float64) func(i int) (float64, bool) {
	return leaveOneOut(reads, func(i int, others []int) (float64, bool) {
		var u, secs float64
		for _, j := range others {
			u += units(j)
			secs += reads[j].Seconds
		}
		return units(i) * secs / u, true
	})
}

// minShowReads is the fewest reads a show needs for the calibrated
// prediction to be scored on it, as the issue measures it.
const minShowReads = 6

// readsFloors are the committed ceilings, per part and group: the default
// voice's MAPE and absolute bias, and the calibrated voice's MAPE. They are
// what each part measures now, rounded up; a change that loses ground
// fails. Never raise them to let a change through. (The held-out ones were
// set again when six Space to Ground reads joined that part, measured once
// with the model unchanged: the first show there with six reads, so the
// first calibrated number.)
var readsFloors = map[string]struct{ mape, bias, calibrated float64 }{
	"dev":     {0.095, 0.050, 0.070},
	"heldout": {0.105, 0.010, 0.075},
}

func TestReads(t *testing.T) {
	for _, part := range []string{"dev", "heldout"} {
		t.Run(part, func(t *testing.T) {
			reads := loadReads(t, part)
			shows := map[string]bool{}
			var secs float64
			for _, r := range reads {
				shows[r.Show] = true
				secs += r.Seconds
			}
			t.Logf("%s: %d reads, %d shows, %.0f s", part, len(reads), len(shows), secs)
			feats := make([]Estimate, len(reads))
			for i, r := range reads {
				feats[i] = features(r.Text, nil, true)
			}
			host := DefaultVoice("host")
			results := []struct {
				name string
				by   map[string]errorStats
			}{
				{"default voice", score(reads, func(i int) (float64, bool) { return host.Estimate(reads[i].Text, nil).Seconds, true })},
				{"calibrated (leave one out)", score(reads, looCalibrated(reads))},
				// the plain rates a show could fit to its own reads, as
				// calibration is scored: on the show's other reads
				{"syllable rate, per show", score(reads, looRate(reads, func(i int) float64 { return float64(feats[i].Syllables) }))},
				{"word rate, per show", score(reads, looRate(reads, func(i int) float64 { return float64(feats[i].Words) }))},
				{"words ÷ 160 wpm", score(reads, func(i int) (float64, bool) { return float64(feats[i].Words) * 60 / 160, true })},
				{"words ÷ 180 wpm", score(reads, func(i int) (float64, bool) { return float64(feats[i].Words) * 60 / 180, true })},
			}
			for _, res := range results {
				for _, g := range groups {
					t.Logf("%-28s %-12s %s", res.name, g.name, res.by[g.name])
				}
			}
			// Per show: does a show's own calibration beat the default?
			loo := looCalibrated(reads)
			byShow := map[string][2]errorStats{}
			for i, r := range reads {
				s := byShow[r.Show]
				s[0].add(r.ID, host.Estimate(r.Text, nil).Seconds, r.Seconds)
				if p, ok := loo(i); ok {
					s[1].add(r.ID, p, r.Seconds)
				}
				byShow[r.Show] = s
			}
			var names []string
			for name := range byShow {
				names = append(names, name)
			}
			slices.Sort(names)
			for _, name := range names {
				s := byShow[name]
				cal := "too few reads to calibrate"
				if s[1].n > 0 {
					cal = fmt.Sprintf("calibrated MAPE %4.1f%%", 100*s[1].mape)
				}
				t.Logf("  %-32s %3d reads  default MAPE %4.1f%% bias %+5.1f%%  %s", name, s[0].n, 100*s[0].mape, 100*s[0].bias, cal)
			}
			if *readsDetail {
				for _, r := range reads {
					p := host.Estimate(r.Text, nil).Seconds
					t.Logf("%-32s %6.1fs measured %6.1fs predicted %+6.1f%%", r.ID, r.Seconds, p, 100*(p-r.Seconds)/r.Seconds)
				}
			}
			f, ok := readsFloors[part]
			if !ok {
				return
			}
			def, cal := results[0].by, results[1].by
			for _, g := range []string{"all", "newsreaders"} {
				if def[g].mape > f.mape || math.Abs(def[g].bias) > f.bias {
					t.Errorf("%s %s: default voice %s; ceilings MAPE %.1f%%, |bias| %.1f%%", part, g, def[g], 100*f.mape, 100*f.bias)
				}
			}
			if cal["all"].mape > f.calibrated {
				t.Errorf("%s: calibrated %s; ceiling MAPE %.1f%%", part, cal["all"], 100*f.calibrated)
			}
		})
	}
}
