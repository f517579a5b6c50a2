package speech

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSpoken checks that the normalizer never panics, keeps valid UTF-8 and
// never loses a word of plain text, and that the word scanner it walks
// with splits text exactly as strings.Fields does.
func FuzzSpoken(f *testing.F) {
	for _, s := range []string{"\u00a0a\u0085b\u2003 c\v\fd\xff e\r\n", "At least 137 people were killed in 2024, up 21% on 2017.", "$5bn and £3.2m", "March 22", "22/03/2024", "10:30pm", "ISIS-K", "1990s", "2014–2018", "-0.5", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var fields []string
		for f, at := nextField(in, 0); f != ""; f, at = nextField(in, at) {
			fields = append(fields, f)
		}
		if want := strings.Fields(in); !slices.Equal(fields, want) {
			t.Fatalf("nextField splits %q into %q, strings.Fields into %q", in, fields, want)
		}
		out := Spoken(in)
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("Spoken(%q) = %q is not valid UTF-8", in, out)
		}
		if countWords(in) > 0 && SpokenWords(in) == 0 {
			t.Fatalf("Spoken(%q) = %q lost every word", in, out)
		}
	})
}
