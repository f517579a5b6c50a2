package marks

import (
	"strings"
	"testing"
)

func TestApostrophe(t *testing.T) {
	for _, c := range []struct {
		s    string // the mark tested is the last double mark of s
		want bool
	}{
		{`Mahatma Gandhi”s footsteps`, true},
		{`Gandhi”s, then`, true},
		{`what they"re saying`, true},
		{`I don"t know`, true},
		{`I"ve heard`, true},
		{`I"d love`, true},
		{`we"ll see`, true},
		{`I"m sure`, true},
		{`the Norfolk"s future.`, true},
		{`he said, “They’re here”s`, true},
		{`He said "yes" and left`, false}, // a space after it
		{`the "Yes"sir`, false},           // a letter after the s
		{`Gandhi”sa`, false},
		{`"stop"that`, false}, // no contraction's end
		{`cat"t`, false},      // n't needs its n
		{`a 36" pipe`, false}, // no letter before it
		{`a word“s`, false},   // an opening mark
		{`"Yes"`, false},      // nothing after it
		{`"`, false},
	} {
		i := max(strings.LastIndex(c.s, `"`), strings.LastIndex(c.s, "”"), strings.LastIndex(c.s, "“"))
		if got := Apostrophe(c.s, i); got != c.want {
			t.Errorf("Apostrophe(%q, %d) = %v, want %v", c.s, i, got, c.want)
		}
	}
}

func FuzzApostrophe(f *testing.F) {
	for _, s := range []string{`Gandhi”s`, `they"re`, `"`, `a"`, "\xff\"s"} {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if Apostrophe(s, i) && s[i] != '"' && !strings.HasPrefix(s[i:], "”") {
			t.Errorf("Apostrophe(%q, %d) is true at no double mark", s, i)
		}
	})
}
