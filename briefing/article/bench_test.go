package article

import (
	"fmt"
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

// BenchmarkRunOn reads one paragraph of 1 MB in each of the shapes that
// once made the reader quadratic: quotations one after another, each
// attributed by a pronoun; a colon after every verb of speech; words and
// marks with no sentence end; names with no sentence end; "it" after "the
// statement" or "the company" in every sentence, each sending the reader
// back to the sentence that named it. Each stays linear
// in the length of the paragraph (compare -benchtime runs of the sizes).
func BenchmarkRunOn(b *testing.B) {
	shapes := map[string]string{
		"pronouns":  "“A,” she said. ",
		"colons":    "He said: ",
		"marks":     "‘ word said Ann “ Lee ” ’ ",
		"names":     "Ann Lee, Bob Smith of the Group said Mr Dr. (AP) who ",
		"documents": "The statement said so. It also says “our officers care.” ",
		"companies": "Acme Corp makes tools. “We care about it,” the company said. ",
	}
	for _, size := range []int{1 << 18, 1 << 20} {
		for name, unit := range shapes {
			text := "Title\n\n" + strings.Repeat(unit, size/len(unit)) + "\n"
			b.Run(fmt.Sprintf("%s/%dKB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Parse(text).Quotes()
				}
			})
		}
	}
}
