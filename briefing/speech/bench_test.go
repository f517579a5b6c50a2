package speech

import (
	"strings"
	"testing"
)

// scriptText is about twenty minutes of copy: the example episode's facts
// and quotes repeated to some 3,400 words.
func scriptText(tb testing.TB) string {
	copy := exampleCopy(tb)
	var b strings.Builder
	for b.Len() < 20_000 {
		for _, text := range copy {
			b.WriteString(text)
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
	v := DefaultVoice("host")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		v.ReadTime(text)
	}
}

func BenchmarkWords(b *testing.B) {
	text := scriptText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for range Words(text) {
		}
	}
}
