package speech

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words yields the words of text in order, as the byte offsets where each
// starts and ends. A word is a run of letters and digits; an apostrophe
// (' or ’) between two of them belongs to the word ("don't", "Kabul’s").
// Anything else separates words: spaces, punctuation, hyphens ("ISIS-K" is
// two words), symbols and bytes that are not UTF-8. Checking a quote
// against a script or a source and counting words all split text here, so
// that they agree. Words allocates nothing.
func Words(text string) iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		start := -1
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case isWordRune(r):
				if start < 0 {
					start = i
				}
			case start >= 0 && (r == '\'' || r == '’') && startsWord(text[i+size:]):
			case start >= 0:
				if !yield(start, i) {
					return
				}
				start = -1
			}
			i += size
		}
		if start >= 0 {
			yield(start, len(text))
		}
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// startsWord reports whether text begins with a letter or a digit.
func startsWord(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return isWordRune(r)
}

// hasWord reports whether text holds a word.
func hasWord(text string) bool {
	for range Words(text) {
		return true
	}
	return false
}

// countWords counts the written words of text as a newsroom counts them:
// the space-separated tokens that hold a word, so that "7,000" and
// "rock-and-roll" count once each.
func countWords(text string) int {
	n, prev := 0, -1
	for start, end := range Words(text) {
		if prev < 0 || strings.ContainsFunc(text[prev:start], unicode.IsSpace) {
			n++
		}
		prev = end
	}
	return n
}
