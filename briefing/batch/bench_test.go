package batch

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/internal/generate"
	"github.com/briefing-dev/briefing/briefing/internal/naive"
	"github.com/briefing-dev/briefing/templates"
)

var (
	benchEpisodes = flag.Int("episodes", 1000, "episodes the benchmarks build")
	benchCorpus   = flag.String("corpus", "generated", "episodes the benchmarks build: generated (generate.Episodes) or example (copies of "+example+", one edition each)")
	generateTo    = flag.String("generate", "", "TestGenerate writes -episodes episodes of the -corpus kind into this folder")
)

// example is the example episode's folder, which -corpus example copies.
const example = "../../episodes/isis-k-russia"

// corpus writes n episodes of the -corpus kind under dir.
func corpus(tb testing.TB, dir string, n int) {
	tb.Helper()
	switch *benchCorpus {
	case "generated":
		generateEpisodes(tb, dir, n)
	case "example":
		if err := generate.Copies(dir, example, n); err != nil {
			tb.Fatal(err)
		}
	default:
		tb.Fatalf("-corpus %q: want generated or example", *benchCorpus)
	}
}

// naiveBuild builds the episodes under eps with the naive baseline, as
// naivebuild does: finding the sheets, then two at a time, as runBatch.
func naiveBuild(tb testing.TB, eps, out string) int {
	tb.Helper()
	sheets, err := naive.Sheets([]string{eps})
	if err == nil {
		err = naive.Build(context.Background(), sheets, out, 2)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return len(sheets)
}

// TestGenerate writes the benchmarks' episodes (-episodes of the -corpus
// kind) for timing the commands by hand:
//
//	go test ./briefing/batch -run TestGenerate -generate /tmp/season
//	go test ./briefing/batch -run TestGenerate -generate /tmp/copies -corpus example
func TestGenerate(t *testing.T) {
	if *generateTo == "" {
		t.Skip("no -generate folder")
	}
	corpus(t, *generateTo, *benchEpisodes)
}

// BenchmarkBatch measures, on -episodes episodes of the -corpus kind
// (generated ones of the example's size, or copies of the example), a
// cold build into an empty folder, a rebuild with
// nothing changed, and a rebuild after one template changed (every
// episode renders with it). Each reports its time per episode too.
func BenchmarkBatch(b *testing.B) {
	n := *benchEpisodes
	root := b.TempDir()
	eps := filepath.Join(root, "episodes")
	corpus(b, eps, n)
	tpl := builtin(b)
	perEpisode := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/episode")
	}
	b.Run("cold", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			out := filepath.Join(root, fmt.Sprintf("out%d", i))
			if rep := runBatch(b, tpl, eps, out, false); rep.Built != n {
				b.Fatalf("built %d", rep.Built)
			}
			b.StopTimer()
			os.RemoveAll(out)
			b.StartTimer()
		}
		perEpisode(b)
	})
	out := filepath.Join(root, "warm")
	runBatch(b, tpl, eps, out, false)
	b.Run("unchanged", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if rep := runBatch(b, tpl, eps, out, false); rep.Unchanged != n {
				b.Fatalf("unchanged %d", rep.Unchanged)
			}
		}
		perEpisode(b)
	})
	// Two template sets that differ in one file, built in turn: each
	// build finds every episode's template changed.
	var sets [2]*briefing.Templates
	for i, line := range []string{"Goodbye.", "Goodbye for now."} {
		dir := filepath.Join(root, fmt.Sprintf("tpl%d", i))
		writeFile(b, filepath.Join(dir, "explainer", "sign-off.tmpl"), "{{ .Segment.Host.ID }}: "+line+"\n")
		set, err := briefing.LoadTemplates(templates.FS, templates.Name, dir)
		if err != nil {
			b.Fatal(err)
		}
		sets[i] = set
	}
	next := 0 // kept across calls of the sub-benchmark, which may run more than once
	b.Run("template-changed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			set := sets[next%2]
			next++
			if rep := runBatch(b, set, eps, out, false); rep.Built != n {
				b.Fatalf("built %d", rep.Built)
			}
		}
		perEpisode(b)
	})
}

// BenchmarkBaseline measures the naive baseline (package naive) building
// the same episodes as BenchmarkBatch cold, into an empty folder, and
// reports its time per episode: BenchmarkBatch/cold's floor.
func BenchmarkBaseline(b *testing.B) {
	n := *benchEpisodes
	root := b.TempDir()
	eps := filepath.Join(root, "episodes")
	corpus(b, eps, n)
	b.Run("cold", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			out := filepath.Join(root, fmt.Sprintf("out%d", i))
			if built := naiveBuild(b, eps, out); built != n {
				b.Fatalf("built %d", built)
			}
			b.StopTimer()
			os.RemoveAll(out)
			b.StartTimer()
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/episode")
	})
}

// BenchmarkRatio builds the same episodes cold with briefing (batch.Run,
// as briefing build does) and with the naive baseline, in turn, each into
// a fresh folder, and reports the ratio of their costs, the figure issue
// 16 sets a bound on: the process CPU time (user and system) of each
// build, as getrusage counts it, and its wall time. Each side starts from
// the episode folders alone: briefing loads its templates and finds the
// sheets, the baseline parses its own and finds them, inside the
// measurement. The heap is collected before each build, outside it, so
// that neither pays for the other's garbage; the order of the two
// alternates between iterations. The machine should be otherwise idle.
//
// It reports per iteration briefing-cpu-ms and naive-cpu-ms (the CPU
// time of one build of all the episodes), their user and system parts,
// cpu-ratio (briefing's CPU over the baseline's), user-ratio and
// wall-ratio. Run it on copies of the example episode with:
//
//	go test ./briefing/batch -run XXX -bench Ratio -corpus example -episodes 1000 -benchtime 3x
//
// It needs getrusage (Linux); it is skipped elsewhere.
func BenchmarkRatio(b *testing.B) {
	if _, _, ok := cpuTime(); !ok {
		b.Skip("no process CPU time on this system")
	}
	n := *benchEpisodes
	root := b.TempDir()
	eps := filepath.Join(root, "episodes")
	corpus(b, eps, n)
	type cost struct{ user, sys, wall time.Duration }
	var brief, base cost
	measure := func(c *cost, build func()) {
		b.StopTimer()
		runtime.GC()
		b.StartTimer()
		u0, s0, _ := cpuTime()
		t0 := time.Now()
		build()
		c.wall += time.Since(t0)
		u1, s1, _ := cpuTime()
		c.user += u1 - u0
		c.sys += s1 - s0
	}
	for i := 0; b.Loop(); i++ {
		outB := filepath.Join(root, fmt.Sprintf("briefing%d", i))
		outN := filepath.Join(root, fmt.Sprintf("naive%d", i))
		runBriefing := func() {
			tpl, err := briefing.LoadTemplates(templates.FS, templates.Name, "")
			if err != nil {
				b.Fatal(err)
			}
			if rep := runBatch(b, tpl, eps, outB, false); rep.Built != n {
				b.Fatalf("briefing built %d", rep.Built)
			}
		}
		runNaive := func() {
			if built := naiveBuild(b, eps, outN); built != n {
				b.Fatalf("naive built %d", built)
			}
		}
		if i%2 == 0 {
			measure(&brief, runBriefing)
			measure(&base, runNaive)
		} else {
			measure(&base, runNaive)
			measure(&brief, runBriefing)
		}
		b.StopTimer()
		os.RemoveAll(outB)
		os.RemoveAll(outN)
		b.StartTimer()
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) / float64(b.N) }
	b.ReportMetric(ms(brief.user+brief.sys), "briefing-cpu-ms")
	b.ReportMetric(ms(base.user+base.sys), "naive-cpu-ms")
	b.ReportMetric(ms(brief.user), "briefing-user-ms")
	b.ReportMetric(ms(brief.sys), "briefing-sys-ms")
	b.ReportMetric(ms(base.user), "naive-user-ms")
	b.ReportMetric(ms(base.sys), "naive-sys-ms")
	b.ReportMetric(float64(brief.user+brief.sys)/float64(base.user+base.sys), "cpu-ratio")
	b.ReportMetric(float64(brief.user)/float64(base.user), "user-ratio")
	b.ReportMetric(float64(brief.wall)/float64(base.wall), "wall-ratio")
}
