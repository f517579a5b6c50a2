package briefing

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	data := []byte(mustRead(b, examplePath))
	b.ReportAllocs()
	for b.Loop() {
		if s, _ := Parse(examplePath, data); s == nil {
			b.Fatal("parse failed")
		}
	}
}

// BenchmarkCompile renders every edition of the example with its outputs,
// from parsed templates.
func BenchmarkCompile(b *testing.B) {
	tpl := builtin(b)
	b.ReportAllocs()
	for b.Loop() {
		if res := Compile(context.Background(), examplePath, Options{Templates: tpl}); len(res.Episodes) != 2 {
			b.Fatal(res.Problems)
		}
	}
}

var (
	benchEpisodes = flag.Int("episodes", 200, "episodes BenchmarkBatch builds")
	generateTo    = flag.String("generate", "", "TestGenerate writes 1,000 generated episodes into this folder")
)

// TestGenerate writes generated episodes for timing the command by hand:
// go test ./briefing -run TestGenerate -generate /tmp/season
func TestGenerate(t *testing.T) {
	if *generateTo == "" {
		t.Skip("no -generate folder")
	}
	generateEpisodes(t, *generateTo, 1000)
}

// BenchmarkBatch measures a cold build and a no-change rebuild of
// generated episodes of the example's size, per episode.
func BenchmarkBatch(b *testing.B) {
	n := *benchEpisodes
	root := b.TempDir()
	eps := filepath.Join(root, "episodes")
	generateEpisodes(b, eps, n)
	tpl := builtin(b)
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
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/episode")
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
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/episode")
	})
}

// BenchmarkRenderOutput measures each output of one generated episode,
// from parsed templates and a timed episode.
func BenchmarkRenderOutput(b *testing.B) {
	dir := b.TempDir()
	writeFile(b, filepath.Join(dir, "episode.yaml"), generateSheet(1))
	tpl := builtin(b)
	res := Compile(context.Background(), filepath.Join(dir, "episode.yaml"), Options{Templates: tpl})
	ep := res.Episodes[0]
	for _, name := range []string{"script.md", "rundown.txt", "rundown.html"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := RenderOutput(context.Background(), ep, tpl, name, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("episode.json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := MarshalEpisode(ep); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("segments", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if ep, probs := Render(context.Background(), ep.Sheet, ep.Edition, tpl); ep == nil {
				b.Fatal(probs)
			}
		}
	})
	data, _ := os.ReadFile(filepath.Join(dir, "episode.yaml"))
	b.Run("parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Parse("episode.yaml", data)
		}
	})
}
