package draft

import (
	"math"
	"os"
	"path/filepath"
	"strings"
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

// FuzzDraftPassesCheck drafts any text as an article: whatever the draft
// quotes must pass check, its words found in the source as printed (a
// quotation stitched from lines the reader skipped would not be), and
// whatever it writes must be a fact sheet the core accepts.
func FuzzDraftPassesCheck(f *testing.F) {
	for _, s := range []string{
		"Storm hits coast\n\n“The water came in fast,” said Mayor Ann Lee. “We lost everything.”\n",
		"Figures\n\nMinister Shatter said \"The reduction in crime\n\nin the last quarter is very encouraging. While the figures show that the\n\nGarda strategies in place are working, both the\n\nGarda Commissioner and I are determined\n\nthat they will not lead to any complacency.\"\n",
		"TREASURER:\nWell, unemployment is 5.8 per cent, the lowest since 1990.\nJOURNALIST:\nHow low can it go?\nTREASURER:\nWell, we were below 6 per cent in the late 80s.\n",
		"Ghana\n\nAll of Africa is behind you, writes Gayle Smith:\n\nGood luck, because all of Africa is behind you.\n\nHome-made barricades. By bbc, used under a Creative Commons Licence.\n",
		"Senator Murray released the following statement:\n\n“Today jobs are on their way.\n\nI voted twice this week.\n\nWe still have much work to do.”\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
			return
		}
		if _, err := ReadArticle("a", "a.txt", []byte(text)); err != nil {
			return // no text to draft: an error, which draft reports
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "a.txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		draftPassesCheck(t, []string{path})
	})
}
