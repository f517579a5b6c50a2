package article

import (
	"strings"
	"testing"
)

// TestGivenNameLists checks what listed relies on, that each list is in
// byte order after its comments, and finds every name of the three lists
// and none of the words between them.
func TestGivenNameLists(t *testing.T) {
	for _, l := range []struct {
		name, text string
		sex        byte
	}{{"female", femaleNames, 'f'}, {"male", maleNames, 'm'}, {"unisex", unisexNames, 0}} {
		var prev string
		n := 0
		for _, ln := range strings.Split(strings.TrimSuffix(l.text, "\n"), "\n") {
			if strings.HasPrefix(ln, "#") {
				if n > 0 {
					t.Fatalf("%s: comment %q after the names", l.name, ln)
				}
				continue
			}
			if ln <= prev || ln != strings.ToLower(ln) || strings.TrimSpace(ln) != ln || ln == "" {
				t.Fatalf("%s: %q after %q: the list must be lower case, one name a line, in byte order", l.name, ln, prev)
			}
			if got := givenSex(ln); got != l.sex {
				t.Errorf("givenSex(%q) = %q, want %q", ln, got, l.sex)
			}
			if !isGivenName(ln) {
				t.Errorf("isGivenName(%q) = false", ln)
			}
			if w := prev + "a"; prev != "" && isGivenName(w) && !strings.Contains(femaleNames+maleNames+unisexNames, "\n"+w+"\n") {
				t.Errorf("isGivenName(%q) found a name that is not listed", prev+"a")
			}
			prev = ln
			n++
		}
		if n < 1000 {
			t.Errorf("%s: %d names", l.name, n)
		}
	}
	for _, w := range []string{"", "#", "a", "zzzz", "mary ", "Mary", "#source", "\n", "smith"} {
		if got := givenSex(w); got != 0 {
			t.Errorf("givenSex(%q) = %q, want 0", w, got)
		}
	}
	// a name of both sexes is a given name of neither; one that is
	// also a place or a word is none
	for w, want := range map[string]bool{"Eddie": true, "Chris": true, "Kelly": true, "Mary": true, "Dallas": false, "Young": false, "An": false, "Smith": false} {
		if got := isGivenName(w); got != want {
			t.Errorf("isGivenName(%q) = %v, want %v", w, got, want)
		}
	}
	// names rare in US records (fewer than 2,000 births) are listed
	// unless they are words or places too
	for w, want := range map[string]byte{"mary": 'f', "john": 'm', "aaliyah": 'f', "eddie": 0,
		"cate": 'f', "niamh": 'f', "hamish": 'm', "chinedu": 'm', "washington": 0, "season": 0, "champion": 0} {
		if got := givenSex(w); got != want {
			t.Errorf("givenSex(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestSyllabicGiven(t *testing.T) {
	for w, want := range map[string]bool{
		"Chan-dae": true, "Geun-hye": true, "Suk-yeol": true, "Won-shik": true,
		"Rees-Mogg": false, "Chan-Dae": false, "chan-dae": false, "Smith": false, "Al-Assad": false,
		"Jean-Pierre": false, "Ho-": false, "Há-jin": false, "A-b": false,
	} {
		if got := syllabicGiven(w); got != want {
			t.Errorf("syllabicGiven(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestThingNames checks that a name with a digit in it is a thing's or a
// body's, never a person's: a pronoun must not find a car in it.
func TestThingNames(t *testing.T) {
	for _, run := range []string{"Volvo XC90", "Windows 11", "Boeing 737 Max", "Point Therapeutics", "Refugee Action", "Human Rights Watch", "BBC Sport"} {
		if np, ok := parseRun(strings.Fields(run)); !ok || !np.org {
			t.Errorf("parseRun(%q) = %+v, %v; want a body's or a thing's name", run, np, ok)
		}
	}
	if np, _ := parseRun([]string{"Anne", "Sacoolas"}); np.org || np.name != "Anne Sacoolas" {
		t.Errorf("parseRun(Anne Sacoolas) = %+v", np)
	}
}

// TestRunEdges checks the words at the edges of a run of capitals that
// are no part of a name: a preposition opening the sentence, an article
// a caption's next sentence opens with; and a rank's first word with no
// rank after it, before one word, which names no one ("" wants no name),
// while a whole rank before a name still reads as one.
func TestRunEdges(t *testing.T) {
	for run, want := range map[string]string{
		"Throughout Dorothy":         "Dorothy",
		"Heather Townsend A":         "Heather Townsend",
		"Beyond John Smith":          "John Smith",
		"Janet Miller The":           "Janet Miller",
		"Alan A":                     "Alan A",
		"Second Life":                "",
		"Master Chef":                "",
		"Second Lieutenant Jane Doe": "Jane Doe",
		"Senior Airman Jane Doe":     "Jane Doe",
		"Master Sergeant Doe":        "Doe",
		"Minister Assisting":         "",
		"Minister Representing":      "",
	} {
		if np, ok := parseRun(strings.Fields(run)); np.name != want || want != "" && !ok {
			t.Errorf("parseRun(%q) = %+v, %v; want the name %q", run, np, ok, want)
		}
	}
}

// TestClipStamp checks the time a synchronised transcript glues to a
// word, and a bracket that is no such time.
func TestClipStamp(t *testing.T) {
	for w, want := range map[string]int{
		"[01:02.04]Sonya": 10,
		"[1:02]Sonya":     6,
		"[1]":             0,
		"[pt]":            0,
		"[They]":          0,
		"Sonya":           0,
	} {
		if got := clipStamp(w); got != want {
			t.Errorf("clipStamp(%q) = %d, want %d", w, got, want)
		}
	}
}
