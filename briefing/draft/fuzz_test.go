package draft

import (
	"math"
	"testing"
	"unicode/utf8"
)

// FuzzFindCounts reads any paragraph for figures: it never panics, and
// every count has a finite value and covers text of the paragraph.
func FuzzFindCounts(f *testing.F) {
	for _, s := range []string{
		"At least 137 people were killed and 145 wounded, officials said.",
		"The economy created two-hundred-forty-eight-thousand jobs; unemployment fell to five-point-six percent.",
		"$1.2bn, £3m, 40 km, 2,700 acres, 9.1% and a crowd of about 5,000.",
		"one-point- two-- -three four-hundred-and-",
		"a Ksh 9,000-10,000 fee and USD 5-6 million",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if !utf8.ValidString(p) {
			return
		}
		for _, c := range findCounts(p) {
			if math.IsNaN(c.Value) || math.IsInf(c.Value, 0) {
				t.Fatalf("count %+v has no finite value", c)
			}
			if c.Start < 0 || c.End > len(p) || c.Start > c.End {
				t.Fatalf("count %+v covers %d..%d of %d bytes", c, c.Start, c.End, len(p))
			}
		}
	})
}
