// Package space normalises the white space of text that the fact sheet
// decoder, the article reader and the drafter all read: one function,
// Collapse, so that each normalises a line the same way and none pays for
// text that is already clean.
//
// It imports only the standard library, and every package of briefing may
// import it.
package space

import (
	"strings"
	"unicode"
)

// Collapse returns s with each run of white space made one space and none
// at either end, as strings.Join(strings.Fields(s), " ") does; text that
// is already so (most of it) is returned as it is, unallocated.
func Collapse(s string) string {
	prevSpace := true // at the start, a space would be leading
	for _, r := range s {
		isSpace := unicode.IsSpace(r)
		if isSpace && (prevSpace || r != ' ') {
			return join(s)
		}
		prevSpace = isSpace
	}
	if prevSpace && s != "" {
		return join(s) // a trailing space
	}
	return s
}

// join joins the fields of s with single spaces.
func join(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}
