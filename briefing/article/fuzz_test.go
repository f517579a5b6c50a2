package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse reads any text as an article: it never panics, every quote
// has a speaker and words, and each line it names is a line of the text.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Title\n“A,” said Ann Lee. “B.”\n",
		"T\n\"x\" \"\" ““ ”” «» „“ ‘a b c’\n— Jo Doe, Director, Office\n",
		"Title: X\nDate: May 1, 2024\nContent:\nBy Jo Doe\nLONDON (AP) — “Hi there friend,”\nsaid he.\n",
		"a\n\n\nb c d e f g h i j k l m n o p q r s t u v w x y z\n“unclosed at the end of the te",
		"He said: \nShe said: “\n” they said, “\n",
		"Briefing\nMR KIRBY: Good afternoon. (Laughter.) We start now.\nQ: And Syria?\nMR KIRBY: As he said, “No.” So —\nQ    Next?\nTOM LEE: Yes",
		"Release\n\nMinister for Health, Jane Doe MP said:\n\nWe will act.\n\nThis is our plan.\n\nThe plan starts",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := Parse(text)
		lines := strings.Count(text, "\n") + 1
		for _, q := range a.Quotes() {
			if q.Speaker == nil || strings.TrimSpace(q.Text) == "" {
				t.Fatalf("quote %+v has no speaker or no words", q)
			}
			if q.Line < 1 || q.Line > lines {
				t.Fatalf("quote line %d outside 1..%d", q.Line, lines)
			}
		}
	})
}
