package speech

import (
	"fmt"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"punctuation only", " – , . ", nil},
		{"letters and digits", "In 2014, 7,000 fled.", []string{"In", "2014", "7", "000", "fled"}},
		{"hyphen separates", "ISIS-K", []string{"ISIS", "K"}},
		{"inner apostrophes", "don't Kabul’s rock'n'roll", []string{"don't", "Kabul’s", "rock'n'roll"}},
		{"outer apostrophes", "'80s the Smiths' 'quoted'", []string{"80s", "the", "Smiths", "quoted"}},
		{"apostrophe before a space", "don' t", []string{"don", "t"}},
		{"two apostrophes", "a''b", []string{"a", "b"}},
		{"other letters", "Crocus Сити 東京 café", []string{"Crocus", "Сити", "東京", "café"}},
		{"combining mark separates", "cafe\u0301s", []string{"cafe", "s"}},
		{"invalid UTF-8 separates", "ab\xffcd\xe2\x80", []string{"ab", "cd"}},
		{"quotation marks", "“It matters,” he said", []string{"It", "matters", "he", "said"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for start, end := range Words(tt.in) {
				got = append(got, tt.in[start:end])
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("Words(%q)\n have %q\n want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWordsStopsEarly(t *testing.T) {
	n := 0
	for range Words("one two three") {
		n++
		break
	}
	if n != 1 {
		t.Errorf("the loop ran %d times after a break, want 1", n)
	}
}

func TestWordsAllocatesNothing(t *testing.T) {
	text := scriptText(t)
	if n := testing.AllocsPerRun(10, func() { countWords(text) }); n != 0 {
		t.Errorf("countWords allocates %v times a call, want 0", n)
	}
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"one two three", 3},
		{"7,000 people", 2},
		{"rock-and-roll – again", 2},
		{"“It matters,” he said .", 4},
		{"U.S. troops", 2},
		{"a\u00a0b\tc\nd", 4},
	}
	for _, tt := range tests {
		if got := countWords(tt.in); got != tt.want {
			t.Errorf("countWords(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
