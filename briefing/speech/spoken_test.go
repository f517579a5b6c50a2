package speech

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestSpoken(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"cardinal", "137 people", "one hundred thirty seven people"},
		{"thousands separator", "7,000 concertgoers", "seven thousand concertgoers"},
		{"lakhs and crores, grouped as India groups them", "1,40,000 people and 2,50,00,000 rupees", "one lakh forty thousand people and two crore fifty lakh rupees"},
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
		{"and/or", "and/or", "and or"},
		{"slash", "Israel/Gaza", "Israel or Gaza"},
		{"numbers slashed", "24/7 and 9/11", "twenty four seven and nine eleven"},
		{"unit apart from its number", "3,000 km at 55 mph, 200 lbs", "three thousand kilometres at fifty five miles per hour, two hundred pounds"},
		{"a lone m is not read as metres", "5 m", "five m"},
		{"money and a magnitude word", "$1.2 trillion and £3 billion", "one point two trillion dollars and three billion pounds"},
		{"about", "~50 people", "about fifty people"},
		{"minus", "at -40°C and −3", "at minus forty degrees Celsius and minus three"},
		{"times", "10x faster", "ten times faster"},
		{"capitals and digits", "the G7, COP28, H5N1, 5G and the A380 in Q3", "the G seven, COP twenty eight, H five N one, five G and the A three hundred eighty in Q three"},
		{"month abbreviated", "on Jan. 5 and Sept. 11th", "on January fifth and September eleventh"},
		{"month abbreviated ends a sentence", "in Dec. Then, in Feb. and Oct.", "in December. Then, in February and October."},
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
	v := DefaultVoice("host")
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

func TestEstimate(t *testing.T) {
	v := Voice{WPM: 120, Comma: time.Second, Sentence: time.Second, Paragraph: 500 * time.Millisecond}
	// 0.5 s a typical word, less its share of the pauses of typical copy,
	// over its letters.
	letter := (0.5 - 1.0/20.6 - 1.0/22.9 - 0.5/68.3) / 4.979
	if got := v.LetterSeconds(); math.Abs(got-letter) > 1e-12 {
		t.Fatalf("LetterSeconds = %v, want %v", got, letter)
	}
	tests := []struct {
		text                                                 string
		words, spoken, letters, syllables, commas, sentences int
		paragraphs                                           int
	}{
		{"One two, three. Four five, six.", 6, 6, 22, 6, 2, 1, 1},
		{"In 2014, seventeen.\n\nA new paragraph.", 6, 7, 38, 13, 1, 0, 2},
		{"Killed – wanted.", 2, 2, 12, 3, 1, 0, 1},
	}
	for _, tt := range tests {
		e := v.Estimate(tt.text, nil)
		have := []int{e.Words, e.SpokenWords, e.Letters, e.Syllables, e.Commas, e.Sentences, e.Paragraphs}
		want := []int{tt.words, tt.spoken, tt.letters, tt.syllables, tt.commas, tt.sentences, tt.paragraphs}
		if fmt.Sprint(have) != fmt.Sprint(want) {
			t.Errorf("Estimate(%q) counts words, spoken, letters, syllables, commas, sentences, paragraphs = %v, want %v", tt.text, have, want)
		}
		secs := float64(tt.letters)*letter + float64(tt.commas+tt.sentences) + 0.5*float64(tt.paragraphs)
		if math.Abs(e.Seconds-secs) > 1e-9 {
			t.Errorf("Estimate(%q).Seconds = %v, want %v", tt.text, e.Seconds, secs)
		}
	}
}

// TestTypicalCopyReadsAtWPM checks the meaning of WPM: copy with the
// typical shape of the development reads (4.955 letters a word as spoken,
// a comma every 23.2 words, a sentence end every 21.9, a paragraph every
// 71) reads at the voice's words per minute, its pauses included once.
func TestTypicalCopyReadsAtWPM(t *testing.T) {
	v := DefaultVoice("host")
	// 1,000 typical words: 4,955 letters, 43.1 commas, 45.7 sentence ends
	// and 14.1 paragraphs, as the model counts them.
	const words = 1000.0
	secs := words*typicalLettersPerWord*v.LetterSeconds() + words*typicalCommasPerWord*v.Comma.Seconds() +
		words*typicalSentencesPerWord*v.Sentence.Seconds() + words*typicalParagraphsPerWord*v.Paragraph.Seconds()
	if got := words / secs * 60; math.Abs(got-v.WPM) > 1e-9 {
		t.Errorf("typical copy reads at %.3f wpm, want %v", got, v.WPM)
	}
}

func TestSyllables(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"a", 1}, {"the", 1}, {"cat", 1}, {"time", 1}, {"make", 1}, {"makes", 1}, {"killed", 1},
		{"planned", 1}, {"wanted", 2}, {"added", 2}, {"buses", 2}, {"boxes", 2}, {"churches", 2},
		{"table", 2}, {"little", 2}, {"people", 2}, {"attack", 2}, {"concert", 2}, {"gunmen", 2},
		{"opened", 2}, {"Moscow", 2}, {"Russia", 2}, {"Russian", 2}, {"Afghanistan", 4},
		{"responsibility", 6}, {"intelligence", 4}, {"media", 3}, {"radio", 3}, {"video", 3},
		{"nation", 2}, {"social", 2}, {"actual", 3}, {"quality", 3}, {"guard", 1}, {"medium", 3},
		{"seventeen", 3}, {"thousand", 2}, {"hundred", 2}, {"twenty", 2}, {"percent", 2},
		{"Islamic", 3}, {"Khorasan", 3}, {"terrorism", 4}, {"KOO-gul-mun", 3}, {"U", 1}, {"W", 3},
		{"eighty", 2}, {"forty", 2}, {"minus", 2}, {"brutality", 4}, {"civilians", 3}, {"Ukraine", 2},
	}
	for _, tt := range tests {
		if got := Syllables(tt.word); got != tt.want {
			t.Errorf("Syllables(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

func TestPronunciations(t *testing.T) {
	p := Pronunciations{"Kugelman": "KOO-gul-mun"}
	if got, want := p.Spoken("Kugelman's view, said Kugelman."), "KOO-gul-munz view, said KOO-gul-mun."; got != want {
		t.Errorf("Spoken = %q, want %q", got, want)
	}
	if got, want := p.Annotate("Kugelman said Kugelman's view."), "Kugelman (KOO-gul-mun) said Kugelman's view."; got != want {
		t.Errorf("Annotate = %q, want %q", got, want)
	}
	if got, want := p.Annotate("Ask Kugelman."), "Ask Kugelman (KOO-gul-mun)."; got != want {
		t.Errorf("Annotate = %q, want %q", got, want)
	}
	if got := (Pronunciations{"Kugelman": "KOO-gul-mun", "Amaq": "AH-mack"}).Used("Amaq said Kugelman’s view, and Amaq again."); fmt.Sprint(got) != "[Amaq Kugelman]" {
		t.Errorf("Used = %v, want [Amaq Kugelman]", got)
	}
}

func TestMonthOf(t *testing.T) {
	for _, w := range []string{"", "march", "March", "MARCH", "mar", "Sept", "september", "Septembers", "maY", "Mär", "İstanbul", "word", "K\u212aK", "ma", "Ma", "Xmar", "\u212aan", "ſept", "ＪＡＮ"} {
		want, wantOK := months[strings.ToLower(w)]
		if got, ok := monthOf(w); got != want || ok != wantOK {
			t.Errorf("monthOf(%q) = %q, %v; want %q, %v", w, got, ok, want, wantOK)
		}
	}
}

// TestIsNum holds isNum to the expression it replaces on every string of
// up to seven characters over the characters that matter.
func TestIsNum(t *testing.T) {
	re := regexp.MustCompile(`^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d{1,2}(,\d{2})+,\d{3}(\.\d+)?$|^-?\d+(\.\d+)?$`)
	const alphabet = "01,.-x"
	var walk func(s string)
	walk = func(s string) {
		if isNum(s) != re.MatchString(s) {
			t.Fatalf("isNum(%q) = %v, the expression says %v", s, isNum(s), re.MatchString(s))
		}
		if len(s) == 7 {
			return
		}
		for i := range alphabet {
			walk(s + alphabet[i:i+1])
		}
	}
	walk("")
	for _, s := range []string{"7,000", "1,234,567.89", "12,34", "1234,567", "-3.5", "--3", "3.", ".5", "٣", "1,40,000", "12,34,567.5", "2,50,00,000", "1,40,00", "1,40,000,000", "1,4,000", "123,45,678"} {
		if isNum(s) != re.MatchString(s) {
			t.Errorf("isNum(%q) = %v, the expression says %v", s, isNum(s), re.MatchString(s))
		}
	}
}

// TestMaxPlainAbbreviation checks that no abbreviation made of letters
// alone is longer than speakToken looks for.
func TestMaxPlainAbbreviation(t *testing.T) {
	for k := range abbreviations {
		if plainWord(k) && len(k) > maxPlainAbbreviation {
			t.Errorf("abbreviation %q is longer than maxPlainAbbreviation (%d)", k, maxPlainAbbreviation)
		}
	}
}
