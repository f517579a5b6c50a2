package briefing

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// closestByWindowScan is closest as it was first written: a fresh count
// of every window. TestClosestMatchesWindowScan holds the sliding window
// to its results.
func closestByWindowScan(st *sourceText, q []string) (string, int) {
	if len(st.ids) == 0 {
		return "", 0
	}
	words := make([]string, len(st.spans))
	for i, sp := range st.spans {
		words[i] = strings.ToLower(strings.ReplaceAll(st.raw[sp[0]:sp[1]], "’", "'"))
	}
	want := map[string]int{}
	for _, w := range q {
		want[w]++
	}
	n := min(len(q)+4, len(words))
	best, bestAt := -1, 0
	for i := 0; i+n <= len(words); i++ {
		have := map[string]int{}
		score := 0
		for _, w := range words[i : i+n] {
			if have[w] < want[w] {
				score++
			}
			have[w]++
		}
		if score > best {
			best, bestAt = score, i
		}
	}
	return st.passage(bestAt, bestAt+n-1, func(i int) bool { return want[words[i]] > 0 })
}

// randomText draws n words from a small vocabulary, so that windows tie
// and repeat, with line breaks and punctuation between them.
func randomText(r *rand.Rand, n int) string {
	vocab := []string{"the", "people", "were", "killed", "Kabul", "attack", "it’s", "ISIS-K", "said", "137", "of", "a"}
	seps := []string{" ", " ", " ", ", ", ".\n", " “", "” "}
	var b strings.Builder
	for range n {
		b.WriteString(vocab[r.IntN(len(vocab))])
		b.WriteString(seps[r.IntN(len(seps))])
	}
	return b.String()
}

func TestClosestMatchesWindowScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 500 {
		src := randomText(r, 1+r.IntN(60))
		st, err := splitSource([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		q := words(randomText(r, r.IntN(12)) + " unknownword")
		if r.IntN(4) == 0 {
			q = nil
		}
		have, haveLine := st.closest(q)
		want, wantLine := closestByWindowScan(st, q)
		if have != want || haveLine != wantLine {
			t.Fatalf("case %d: source %q, quote %q:\nhave %q, line %d\nwant %q, line %d", i, src, q, have, haveLine, want, wantLine)
		}
	}
}

func TestFindAllowsAttributionGaps(t *testing.T) {
	st, _ := splitSource([]byte("Before. “We will stay,” the minister told reporters on Friday, “until it is done.” After."))
	tests := []struct {
		quote string
		want  int
	}{
		{"We will stay until it is done.", 1},
		{"We will stay.", 1},
		{"We will leave.", -1},
		{"", -1},
	}
	for _, tt := range tests {
		if at, checked := st.find(words(tt.quote)); at != tt.want || !checked {
			t.Errorf("find(%q) = %d, %v; want %d, true", tt.quote, at, checked, tt.want)
		}
	}
}

// TestFindSkipsAttributionsThatShareAWord: an attribution that holds the
// word the quote goes on with ("said the Governor. “The federal …") is
// skipped whole, so that a quote split twice is still found.
func TestFindSkipsAttributionsThatShareAWord(t *testing.T) {
	st, _ := splitSource([]byte("“We need a change,” said the Governor. “The federal share is too big. “This is a first step,” he continued. “Taxes cannot be levied.”"))
	q := "We need a change. The federal share is too big. This is a first step. Taxes cannot be levied."
	if at, checked := st.find(words(q)); at != 0 || !checked {
		t.Errorf("find(%q) = %d, %v; want 0, true", q, at, checked)
	}
}

// TestFindGivesUpOnRepetitiveSource checks that a source repeating a long
// quote's opening cannot make find quadratic: it stops within its budget
// and says the quote could not be checked.
func TestFindGivesUpOnRepetitiveSource(t *testing.T) {
	st, _ := splitSource([]byte(strings.Repeat("a ", 200_000)))
	q := words(strings.Repeat("a ", 5_000) + "b")
	if at, checked := st.find(q); at != -1 || checked {
		t.Errorf("find = %d, %v; want -1, false (gave up)", at, checked)
	}
}

// fourMB is a generated source of about 4 MB: varied words, so that every
// window scores and the best one is near the end.
func fourMB() string {
	r := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	for b.Len() < 4<<20 {
		b.WriteString(randomText(r, 1000))
	}
	return b.String()
}

// BenchmarkClosest4MB times ten misquotes against a 4 MB source; the
// sliding window makes it linear in the source (run with -benchmem: the
// allocations do not grow with the number of windows).
func BenchmarkClosest4MB(b *testing.B) {
	st, err := splitSource([]byte(fourMB()))
	if err != nil {
		b.Fatal(err)
	}
	q := words("The people of Kabul were not killed in the attack, it said, and ISIS-K said nothing")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for range 10 {
			if at, _ := st.find(q); at >= 0 {
				b.Fatal("the misquote was found")
			}
			st.closest(q)
		}
	}
}

// TestReattributedQuoteFails gives each quote of each example episode to
// every other speaker in turn: check must fail, naming the quote, the
// speaker its source gives the words to and the line.
func TestReattributedQuoteFails(t *testing.T) {
	for _, ep := range []string{"isis-k-russia", "kinshasa-power-cable"} {
		dir := filepath.Join("..", "episodes", ep)
		data, err := os.ReadFile(filepath.Join(dir, "episode.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		sheet, probs := Parse(filepath.Join(dir, "episode.yaml"), data)
		if len(probs.Errors()) > 0 {
			t.Fatal(probs)
		}
		speakerLine := regexp.MustCompile(`(?m)^    speaker: (\S+)$`)
		locs := speakerLine.FindAllSubmatchIndex(data, -1)
		if len(locs) != len(sheet.Quotes) {
			t.Fatalf("%s: %d speaker lines for %d quotes", ep, len(locs), len(sheet.Quotes))
		}
		for i, q := range sheet.Quotes {
			if q.Source == nil || q.Source.File == "" {
				continue
			}
			for _, other := range sheet.Speakers {
				if other.ID == q.Speaker.ID || other.Role == "host" {
					continue
				}
				t.Run(ep+"/"+q.ID+"→"+other.ID, func(t *testing.T) {
					changed := append(append(append([]byte{}, data[:locs[i][2]]...), other.ID...), data[locs[i][3]:]...)
					tmp := t.TempDir()
					if err := os.CopyFS(tmp, os.DirFS(dir)); err != nil {
						t.Fatal(err)
					}
					path := filepath.Join(tmp, "episode.yaml")
					if err := os.WriteFile(path, changed, 0o644); err != nil {
						t.Fatal(err)
					}
					res := Compile(context.Background(), path, Options{Templates: builtin(t)})
					errs := res.Problems.Errors().Error()
					want := []string{fmt.Sprintf("quote %q", q.ID), q.Speaker.Name, "line "}
					for _, w := range want {
						if !strings.Contains(errs, w) {
							t.Errorf("giving %q to %s: the errors do not name %q:\n%s", q.ID, other.ID, w, errs)
						}
					}
				})
			}
		}
	}
}

// TestCheckAttribution covers each answer the attribution check gives: the
// source's speaker agrees (by name, by surname, through a pronoun), names
// someone else (an error naming them and the line), or gives the words to
// no one it can find (a warning).
func TestCheckAttribution(t *testing.T) {
	src := `Flood warning for the valley
“Nobody knows what happens next.”
Mayor Ann Lee spoke on Monday. “The water is rising fast,” she said.
Engineer Tom Ward disagreed. “The levee will hold,” Ward said.
Ward called the plan “too late.” Lee also called it “too late.”
“The pumps are ready,” Lee said. “They ran all night.
“We will not stop them until the river falls.”
`
	st, err := splitSource([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	lee := &Speaker{ID: "lee", Name: "Ann Lee", Title: "mayor"}
	ward := &Speaker{ID: "ward", Name: "Tom Ward"}
	source := &Source{ID: "s", File: "s.txt"}
	tests := []struct {
		name, text string
		speaker    *Speaker
		want       string // "" passes; otherwise the problem, with its severity
	}{
		{"a pronoun that refers to the speaker", "The water is rising fast.", lee, ""},
		{"a surname", "The levee will hold.", ward, ""},
		{"someone else", "The levee will hold.", lee, `error: quote "q": source "s" (s.txt), line 4, gives these words to Tom Ward, not Ann Lee: "Ward said"`},
		{"someone else through a pronoun", "The water is rising fast.", ward, `warning: quote "q": source "s" (s.txt), line 3, attributes these words only by a pronoun, which refers to Ann Lee, not Tom Ward: "she said"; check who said them`},
		{"words the source gives to two people, the second of them", "too late", lee, ""},
		{"words the source gives to two people, the first of them", "too late", ward, ""},
		{"a quote over two of the source's paragraphs", "They ran all night. We will not stop them until the river falls.", lee, ""},
		{"no attribution", "Nobody knows what happens next.", lee, `warning: quote "q": source "s" (s.txt) prints these words but no attribution to Ann Lee could be found for them; check who said them`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := checkAttribution(&Quote{ID: "q", Text: tc.text, Speaker: tc.speaker, Source: source}, st)
			have := ""
			if !ok {
				sev := "error"
				if p.Severity == SeverityWarning {
					sev = "warning"
				}
				have = sev + ": " + p.Message
			}
			if have != tc.want {
				t.Errorf("have %s\nwant %s", have, tc.want)
			}
		})
	}
}
