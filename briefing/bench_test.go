package briefing

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/briefing/internal/generate"
)

// scriptText is about twenty minutes of copy: the example episode's
// facts, quotes and lines repeated to some 3,400 words.
func scriptText(tb testing.TB) string {
	s := loadExample(tb)
	var b strings.Builder
	for b.Len() < 20_000 {
		for _, f := range s.Facts {
			b.WriteString(f.Text)
			b.WriteString(" ")
		}
		for _, q := range s.Quotes {
			b.WriteString(q.Text)
			b.WriteString(" ")
		}
	}
	return b.String()
}

func BenchmarkSpoken(b *testing.B) {
	text := scriptText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Spoken(text)
	}
}

func BenchmarkReadTime(b *testing.B) {
	text := scriptText(b)
	v := DefaultVoice(nil)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		v.ReadTime(text)
	}
}

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

// BenchmarkRenderOutput measures each output of one generated episode,
// from parsed templates and a timed episode.
func BenchmarkRenderOutput(b *testing.B) {
	dir := b.TempDir()
	writeFile(b, filepath.Join(dir, "episode.yaml"), generate.Sheet(1))
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
