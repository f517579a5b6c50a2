package briefing

import (
	"strings"
	"testing"
	"time"
)

func TestSpoken(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"cardinal", "137 people", "one hundred thirty seven people"},
		{"thousands separator", "7,000 concertgoers", "seven thousand concertgoers"},
		{"decimal", "1.5 million", "one point five million"},
		{"year", "in 2014.", "in twenty fourteen."},
		{"year two thousand", "in 2000", "in two thousand"},
		{"year oh", "in 2005 and 1905", "in two thousand five and nineteen oh five"},
		{"decade", "the 1990s and 2000s", "the nineteen nineties and two thousands"},
		{"year range", "2014–2018", "twenty fourteen to twenty eighteen"},
		{"ordinal", "the 21st century", "the twenty first century"},
		{"ordinal irregular", "2nd, 3rd, 12th", "second, third, twelfth"},
		{"percent", "87% of the vote", "eighty seven percent of the vote"},
		{"money magnitude", "$5bn", "five billion dollars"},
		{"pounds decimal magnitude", "£3.2m", "three point two million pounds"},
		{"money with cents", "$3.50", "three dollars fifty"},
		{"month day", "March 22, 2024", "March twenty second, twenty twenty four"},
		{"day month", "22 March", "the twenty second of March"},
		{"numeric date", "22/03/2024", "the twenty second of March twenty twenty four"},
		{"clock time", "at 10:30pm", "at ten thirty p m"},
		{"acronym letters", "the US and UN", "the U S and U N"},
		{"acronym as word", "NATO said", "NATO said"},
		{"hyphenated acronym", "ISIS-K", "ISIS K"},
		{"abbreviation", "Gen. Kurilla and Dr Smith", "General Kurilla and Doctor Smith"},
		{"saint", "St Petersburg", "Saint Petersburg"},
		{"ampersand", "Smith & Jones", "Smith and Jones"},
		{"slash", "and/or", "and or or"},
		{"measure", "a 5km walk", "a five kilometres walk"},
		{"punctuation kept", "Yes, 12.", "Yes, twelve."},
		{"plain prose unchanged", "Russia is at the top of their enemy list.", "Russia is at the top of their enemy list."},
		{"plural acronym", "MPs", "M Ps"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Spoken(tt.in); got != tt.want {
				t.Errorf("Spoken(%q)\n have %q\n want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCardinal(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{
		{0, "zero"}, {7, "seven"}, {13, "thirteen"}, {40, "forty"}, {99, "ninety nine"},
		{100, "one hundred"}, {169, "one hundred sixty nine"}, {1000, "one thousand"},
		{1001, "one thousand one"}, {2_500_000, "two million five hundred thousand"},
		{-3, "minus three"},
	}
	for _, tt := range tests {
		if got := cardinal(tt.in); got != tt.want {
			t.Errorf("cardinal(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadTimeCountsSpokenWords(t *testing.T) {
	v := DefaultVoice(nil)
	figures := "At least 137 people were killed and 145 wounded in 2024, up 21% on 2017."
	prose := "The crowd was large and the night was cold and people were afraid of it."
	if len(strings.Fields(figures)) != len(strings.Fields(prose)) {
		t.Fatalf("test texts must have the same written word count: %d vs %d", len(strings.Fields(figures)), len(strings.Fields(prose)))
	}
	if f, p := v.ReadTime(figures), v.ReadTime(prose); f <= p {
		t.Errorf("copy full of figures reads in %v, no longer than plain prose of the same length (%v)", f, p)
	}
	if got := v.ReadTime(""); got != 0 {
		t.Errorf("ReadTime(\"\") = %v, want 0", got)
	}
}

func TestReadTimeRate(t *testing.T) {
	// Sixty plain words with no punctuation at 120 wpm take 30 s plus the
	// paragraph pause.
	v := Voice{WPM: 120, Comma: time.Second, Sentence: time.Second, Paragraph: 500 * time.Millisecond}
	text := strings.TrimSpace(strings.Repeat("word ", 60))
	if got, want := v.ReadTime(text), 30500*time.Millisecond; got != want {
		t.Errorf("ReadTime = %v, want %v", got, want)
	}
	withPauses := "One two, three. Four five, six."
	// 6 words = 3 s, 2 commas, 1 inner sentence end, paragraph 0.5 s.
	if got, want := v.ReadTime(withPauses), 6500*time.Millisecond; got != want {
		t.Errorf("ReadTime(%q) = %v, want %v", withPauses, got, want)
	}
}
