package briefing

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/briefing/internal/generate"
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

// BenchmarkLoad loads the example from disk as a build does: reading the
// sheet and its five sources, decoding the sheet (BenchmarkParse measures
// that alone) and checking its quotes and facts against the sources.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if s, probs := Load(examplePath, Options{}); s == nil {
			b.Fatal(probs)
		}
	}
}

// BenchmarkEpisode builds one episode end to end in memory, from the file
// on disk: the example's explainer edition alone, loaded, rendered, timed
// and with every output rendered (Compile renders them), from parsed
// templates. It is one episode of a batch of copies of the example, with
// no file written.
func BenchmarkEpisode(b *testing.B) {
	tpl := builtin(b)
	want := len(tpl.OutputNames())
	b.ReportAllocs()
	for b.Loop() {
		res := Compile(context.Background(), examplePath, Options{Templates: tpl, Format: "explainer"})
		if len(res.Episodes) != 1 || res.Failed(false) || len(res.Files[0]) != want {
			b.Fatal(res.Problems)
		}
	}
}

// BenchmarkCompile renders every edition of the example with its outputs,
// from parsed templates: four editions, two of them fitted to time.
func BenchmarkCompile(b *testing.B) {
	tpl := builtin(b)
	b.ReportAllocs()
	for b.Loop() {
		if res := Compile(context.Background(), examplePath, Options{Templates: tpl}); len(res.Episodes) != 4 || res.Failed(false) {
			b.Fatal(res.Problems)
		}
	}
}

// BenchmarkFit fits the example's explainer, 8:50 of research, to five
// minutes, rendering no output: the cost of fitting alone.
func BenchmarkFit(b *testing.B) {
	tpl := builtin(b)
	b.ReportAllocs()
	for b.Loop() {
		if ep, probs := CompileEpisode(context.Background(), examplePath, Options{Templates: tpl, Format: "explainer", Target: 5 * time.Minute, Fit: true}); ep == nil || len(ep.Cuts) == 0 {
			b.Fatal(probs)
		}
	}
}

// BenchmarkRenderOutput measures each output of one generated episode,
// every one the templates write (OutputNames, episode.json last), from
// parsed templates and a timed episode.
func BenchmarkRenderOutput(b *testing.B) {
	dir := b.TempDir()
	writeFile(b, filepath.Join(dir, "episode.yaml"), generate.Sheet(1))
	tpl := builtin(b)
	res := Compile(context.Background(), filepath.Join(dir, "episode.yaml"), Options{Templates: tpl})
	ep := res.Episodes[0]
	for _, name := range tpl.OutputNames() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var err error
				if name == "episode.json" {
					MarshalEpisode(ep)
				} else {
					_, err = RenderOutput(context.Background(), ep, tpl, name, "")
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
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
