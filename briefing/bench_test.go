package briefing

import (
	"strings"
	"testing"
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
		if res := Compile(examplePath, Options{Templates: tpl}); len(res.Episodes) != 2 {
			b.Fatal(res.Problems)
		}
	}
}
