package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkQuotes reads every article of the draft's development corpus
// and finds its quotes: the work check does for each source text.
func BenchmarkQuotes(b *testing.B) {
	files, _ := filepath.Glob("../draft/testdata/corpus/dev/*.txt")
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Parse(t).Quotes()
		}
	}
}

// BenchmarkLongArticle reads a 1 MB text of short quoted paragraphs: the
// reader stays linear in the length of a paragraph and of the text.
func BenchmarkLongArticle(b *testing.B) {
	text := "Title\n" + strings.Repeat("“We are here,” she said. Ann Lee of the Group spoke.\n", 1<<20/56)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text).Quotes()
	}
}

// BenchmarkManyLetters reads a 1 MB text of letters reprinted in full,
// each signed by two people: finding the letters and their signers stays
// linear in the number of letters.
func BenchmarkManyLetters(b *testing.B) {
	letter := "Dear Ann Lee:\nWe write about the floods in the valley.\nAnd more about them.\nSincerely,\nTom Okoro\nAnn Reed\n"
	text := "Letters\n" + strings.Repeat(letter, 1<<20/len(letter))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text).Quotes()
	}
}
