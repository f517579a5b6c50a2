// Package cases runs one list of inputs through a check both as a test
// and as the seeds of a fuzz target, as the tests that hold a hand-written
// scanner to the expression it replaces do: the table test checks the
// cases every run, and the fuzz target starts from them.
//
// It imports only the standard library, and the tests of every package of
// briefing may import it.
package cases

import "testing"

// Each checks every input.
func Each(t *testing.T, inputs []string, check func(*testing.T, string)) {
	t.Helper()
	for _, s := range inputs {
		check(t, s)
	}
}

// Fuzz seeds f with the inputs and fuzzes check.
func Fuzz(f *testing.F, inputs []string, check func(*testing.T, string)) {
	for _, s := range inputs {
		f.Add(s)
	}
	f.Fuzz(check)
}
