package lazy

import (
	"regexp"
	"strings"
	"sync"
)

// Regexp returns a function that compiles expr the first time it is
// called and returns the same expression after that. Like
// regexp.MustCompile it panics if expr does not compile, on first use
// rather than at start-up; a test of the package that uses it must call
// it.
func Regexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// Set is a set of words, built the first time it is asked. Its zero value
// is an empty set.
type Set struct {
	once  sync.Once
	text  string   // words separated by white space, or
	words []string // the words
	m     map[string]bool
}

// Words returns the set of the words of text, split at white space (a
// package's word lists are long strings that wrap like prose).
func Words(text string) *Set {
	return &Set{text: text}
}

// Of returns the set of the given words.
func Of(words ...string) *Set {
	return &Set{words: words}
}

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool {
	return s.set()[w]
}

// set returns the set as a map, built on the first call and shared
// after it.
func (s *Set) set() map[string]bool {
	s.once.Do(func() {
		if s.text != "" {
			s.words = strings.Fields(s.text)
		}
		s.m = make(map[string]bool, len(s.words))
		for _, w := range s.words {
			s.m[w] = true
		}
	})
	return s.m
}
