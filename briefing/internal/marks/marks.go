// Package marks tells a double quotation mark that copy sets for an
// apostrophe inside a word: "Mahatma Gandhi”s footsteps", a transcript's
// "they"re saying". The article reader must not open or close a quotation
// there, the word splitter must not split the word there, and a script
// must print it as an apostrophe; all three ask Apostrophe.
//
// It imports only the standard library, and every package of briefing may
// import it.
package marks

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Apostrophe reports whether the closing or straight double mark at byte
// i of s stands for an apostrophe: a letter before it and, after it, the
// end of a possessive or of a contraction ("s", "n't", "re", "ve", "ll",
// "d", "m") that no letter follows.
func Apostrophe(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return false
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	if r != '”' && r != '"' || !unicode.IsLetter(before) {
		return false
	}
	rest := s[i+size:]
	for _, end := range contractionEnds {
		if strings.HasPrefix(rest, end) {
			if after, _ := utf8.DecodeRuneInString(rest[len(end):]); unicode.IsLetter(after) {
				continue
			}
			return end != "t" || before == 'n' || before == 'N'
		}
	}
	return false
}

// contractionEnds are what follows an apostrophe at a word's end: a
// possessive's s and the verbs run into a word ("n't" after its n).
var contractionEnds = []string{"s", "t", "re", "ve", "ll", "d", "m"}
