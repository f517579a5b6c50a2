package batch

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/templates"
)

var (
	benchEpisodes = flag.Int("episodes", 1000, "episodes BenchmarkBatch builds")
	generateTo    = flag.String("generate", "", "TestGenerate writes 1,000 generated episodes into this folder")
)

// TestGenerate writes generated episodes for timing the command by hand:
// go test ./briefing/batch -run TestGenerate -generate /tmp/season
func TestGenerate(t *testing.T) {
	if *generateTo == "" {
		t.Skip("no -generate folder")
	}
	generateEpisodes(t, *generateTo, 1000)
}

// BenchmarkBatch measures, on generated episodes of the example's size
// (-episodes of them), a cold build into an empty folder, a rebuild with
// nothing changed, and a rebuild after one template changed (every
// episode renders with it). Each reports its time per episode too.
func BenchmarkBatch(b *testing.B) {
	n := *benchEpisodes
	root := b.TempDir()
	eps := filepath.Join(root, "episodes")
	generateEpisodes(b, eps, n)
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
