package speech

import "testing"

func TestLakhGroups(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{",40,000", 7},
		{",40,000 people", 7},
		{",34,567.5", 7},
		{",50,00,000", 10},
		{",000", 0},        // thousands, as most of the world groups them
		{",40", 0},         // a list, "1,40"
		{",40,00", 0},      // no last group of three
		{",40,0000", 0},    // four digits at the end
		{",40,000,000", 0}, // a group of three then another
		{",4,000", 0},      // a group of one
		{"", 0},
		{",", 0},
	} {
		if got := LakhGroups(tc.s); got != tc.want {
			t.Errorf("LakhGroups(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func FuzzLakhGroups(f *testing.F) {
	for _, s := range []string{",40,000", ",50,00,000", ",000", ",40"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := LakhGroups(s)
		if n < 0 || n > len(s) || n > 0 && (n < 7 || s[n-4] != ',' || (n-1)%3 != 0) {
			t.Fatalf("LakhGroups(%q) = %d", s, n)
		}
	})
}
