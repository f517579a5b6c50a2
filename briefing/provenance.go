package briefing

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/briefing-dev/briefing/briefing/article"
	"github.com/briefing-dev/briefing/briefing/internal/space"
	"github.com/briefing-dev/briefing/briefing/speech"
)

// sourceText is a source's words, split as a quote's are (speech.Words)
// and folded (foldWord), each with the line it is on. Words are numbered
// (vocab) so that matching compares numbers.
type sourceText struct {
	raw   string
	ids   []int32          // each word's number in vocab
	vocab map[string]int32 // word → number
	lines []int
	spans [][2]int // each word's byte offsets in raw, for quoting a passage back
	// quotes are the text's quotations as an article reader finds them,
	// with their words, for who each is attributed to: read once, when a
	// fact sheet's quote is first checked against the text.
	quotes func() []sourceQuote
}

// sourceQuote is a quotation of a source text and its words.
type sourceQuote struct {
	*article.Quote
	words []string
}

// splitSource splits a source file's text into words.
func splitSource(data []byte) (*sourceText, error) {
	data, err := DecodeText(data)
	if err != nil {
		return nil, err
	}
	st := &sourceText{raw: string(data), vocab: map[string]int32{}}
	st.quotes = sync.OnceValue(func() []sourceQuote {
		qs := article.Parse(st.raw).Quotes()
		out := make([]sourceQuote, 0, len(qs))
		var run []string // the words of a quotation over paragraphs so far
		first := 0
		for i := range qs {
			w := words(qs[i].Text)
			out = append(out, sourceQuote{Quote: &qs[i], words: w})
			if i > 0 && qs[i].GoesOnFrom > 0 {
				// a paragraph that goes on with the quotation before
				// it: a fact sheet may quote across them, as the
				// speaker said them, attributed where the run starts
				run = append(slices.Clip(run), w...)
				out = append(out, sourceQuote{Quote: &qs[first], words: run})
				continue
			}
			run, first = w, i
		}
		return out
	})
	// about one word in six bytes of news copy: room for all of them,
	// rather than copies as the slices grow
	n := len(st.raw)/6 + 16
	st.spans, st.ids, st.lines = make([][2]int, 0, n), make([]int32, 0, n), make([]int, 0, n)
	line, prev := 1, 0
	read := apostrophes(st.raw) // (of the same length: its offsets are the text's)
	for start, end := range speech.Words(read) {
		line += strings.Count(st.raw[prev:start], "\n")
		prev = end
		w := foldWord(read[start:end])
		id, ok := st.vocab[w]
		if !ok {
			id = int32(len(st.vocab))
			st.vocab[w] = id
		}
		st.spans = append(st.spans, [2]int{start, end})
		st.ids = append(st.ids, id)
		st.lines = append(st.lines, line)
	}
	return st, nil
}

// numbers maps a quote's words to the source's word numbers; a word the
// source does not have is -1, which matches nothing.
func (st *sourceText) numbers(q []string) []int32 {
	out := make([]int32, len(q))
	for i, w := range q {
		id, ok := st.vocab[w]
		if !ok {
			id = -1
		}
		out[i] = id
	}
	return out
}

// QuoteGap is how many words an attribution may put between two parts of
// a quote ("…,” Barton says. “…") while its words still count as one
// quote, and QuoteGaps how many such gaps one quote may have: check finds
// a quote in its source within these, and the draft writes no quote it
// could not find.
const (
	QuoteGap  = 8
	QuoteGaps = 2
)

// findBudget bounds the work of find to this many word comparisons per
// word of source and quote. Real text stays far below it (a start that
// does not lead to the quote fails within a few words); a source that
// repeats the quote's opening thousands of times would otherwise make the
// search quadratic.
const findBudget = 64

// find looks for the quote's words in order in the source, allowing at most
// QuoteGaps gaps of up to QuoteGap words (an attribution splitting the
// quote). It
// returns the index of the first word, or -1; checked is false when the
// search gave up (findBudget) before it could tell.
func (st *sourceText) find(q []string) (at int, checked bool) {
	if len(q) == 0 {
		return -1, true
	}
	qi := st.numbers(q)
	words := st.ids
	budget := findBudget * (len(words) + len(q))
	for i, w := range words {
		if w != qi[0] {
			continue
		}
		k, gaps := i+1, 0
		j := 1
		for j < len(qi) && k < len(words) {
			if budget--; budget < 0 {
				return -1, false
			}
			if words[k] == qi[j] {
				j++
				k++
				continue
			}
			// Skip an attribution: find the next quote word within
			// QuoteGap, where the word after it goes on with the quote
			// too if one does ("…,” said the Governor. “The federal …"
			// lands on "The federal", not on the attribution's "the").
			if gaps >= QuoteGaps {
				break
			}
			land := -1
			for g := 1; g <= QuoteGap && k+g < len(words); g++ {
				if words[k+g] != qi[j] {
					continue
				}
				if land < 0 {
					land = g
				}
				if j+1 >= len(qi) || k+g+1 < len(words) && words[k+g+1] == qi[j+1] {
					land = g
					break
				}
			}
			if land < 0 {
				break
			}
			k += land
			gaps++
		}
		if j == len(qi) {
			return i, true
		}
	}
	return -1, true
}

// QuoteFinder finds a quote's words in one source text as check does, so
// that the draft writes no quote check would not find.
type QuoteFinder struct{ st *sourceText }

// NewQuoteFinder reads a source's text (as check reads it) for Finds.
func NewQuoteFinder(data []byte) (*QuoteFinder, error) {
	st, err := splitSource(data)
	if err != nil {
		return nil, err
	}
	return &QuoteFinder{st}, nil
}

// Finds reports whether check finds text in the source word for word,
// with no more attributions inside it than QuoteGaps of QuoteGap words.
func (f *QuoteFinder) Finds(text string) bool {
	at, _ := f.st.find(words(text))
	return at >= 0
}

// closest returns the passage of the source that shares the most words
// with the quote, with its line: of the windows a little longer than the
// quote, the first with the most of the quote's words (each counted at
// most as often as the quote has it). The window slides one word at a time
// and its score is updated from the word that leaves and the word that
// enters, so the search is linear in the source's length.
func (st *sourceText) closest(q []string) (string, int) {
	if len(st.ids) == 0 {
		return "", 0
	}
	// want[id] counts the quote's words; have[id] those in the window.
	want := make([]int32, len(st.vocab))
	for _, id := range st.numbers(q) {
		if id >= 0 {
			want[id]++
		}
	}
	have := make([]int32, len(st.vocab))
	words := st.ids
	// The window is a little longer than the quote, for an attribution
	// that splits it.
	n := min(len(q)+4, len(words))
	enter := func(id int32) int {
		have[id]++
		if have[id] <= want[id] {
			return 1
		}
		return 0
	}
	leave := func(id int32) int {
		have[id]--
		if have[id] < want[id] {
			return -1
		}
		return 0
	}
	score := 0
	for _, id := range words[:n] {
		score += enter(id)
	}
	best, bestAt := score, 0
	for i := 1; i+n <= len(words); i++ {
		score += leave(words[i-1]) + enter(words[i+n-1])
		if score > best {
			best, bestAt = score, i
		}
	}
	return st.passage(bestAt, bestAt+n-1, func(i int) bool { return want[words[i]] > 0 })
}

// passage returns the words first to last of the source, trimmed to the
// ones in the quote (inQuote tells), on one line, with the line it starts
// on.
func (st *sourceText) passage(first, last int, inQuote func(i int) bool) (string, int) {
	for first < last && !inQuote(first) {
		first++
	}
	for last > first && !inQuote(last) {
		last--
	}
	passage := st.raw[st.spans[first][0]:st.spans[last][1]]
	return space.Collapse(passage), st.lines[first]
}

// checkProvenance verifies the sheet against the texts of its sources, as
// the loader read them: every quote whose source has a text appears in it
// word for word, and every fact rests on at least one source that is not
// a copy of another.
func checkProvenance(s *FactSheet, texts map[*Source]*sourceText) Problems {
	var probs Problems
	for i, q := range s.Quotes {
		field := fmt.Sprintf("quotes[%d]", i)
		st := texts[q.Source]
		if st == nil {
			continue // no text to check against: an interview, a recording
		}
		qw := words(q.Text)
		at, checked := st.find(qw)
		if at >= 0 {
			if p, ok := checkAttribution(q, st); !ok {
				p.Path, p.Line, p.Col, p.Field = s.Path, q.Pos.Line, q.Pos.Col, field+".speaker"
				probs = append(probs, p)
			}
			continue
		}
		if !checked {
			probs = append(probs, Problem{Path: s.Path, Line: q.Pos.Line, Col: q.Pos.Col, Field: field,
				Message: fmt.Sprintf("quote %q could not be checked against source %q (%s): the source repeats the quote's words too often; shorten the quote", q.ID, q.Source.ID, q.Source.File)})
			continue
		}
		passage, line := st.closest(qw)
		probs = append(probs, Problem{Path: s.Path, Line: q.Pos.Line, Col: q.Pos.Col, Field: field,
			Message: fmt.Sprintf("quote %q is not in source %q (%s) word for word; the closest passage, line %d: %q", q.ID, q.Source.ID, q.Source.File, line, passage)})
	}
	for i, f := range s.Facts {
		if len(f.Sources) == 0 {
			continue
		}
		original := false
		for _, src := range f.Sources {
			if src.CopyOf == nil {
				original = true
			}
		}
		if !original {
			var copies []string
			for _, src := range f.Sources {
				copies = append(copies, fmt.Sprintf("%s is a copy of %s", src.ID, src.CopyOf.ID))
			}
			probs = append(probs, Problem{Path: s.Path, Line: f.Pos.Line, Col: f.Pos.Col, Field: fmt.Sprintf("facts[%d].sources", i),
				Message: fmt.Sprintf("fact %q rests only on copies (%s); cite the original", f.ID, strings.Join(copies, ", "))})
		}
	}
	return probs
}

// checkAttribution verifies that the source gives the quote to its
// speaker, by briefing/article's rules (the draft's): the source's
// quotation holding the quote's words is attributed to a person of the
// same surname (or, for an organisation or an unnamed speaker, of the
// same name), however the source refers to them: by name, title or
// pronoun. A source that names someone else is an error naming both; one
// whose only attribution is a pronoun or a title that refers to someone
// else, or where no attribution can be found, is a warning.
func checkAttribution(q *Quote, st *sourceText) (Problem, bool) {
	qw := words(q.Text)
	var best *article.Quote
	bestShare := 0.0
	for _, aq := range st.quotes() {
		share := float64(CommonWords(qw, aq.words, nil)) / float64(len(qw))
		// words the source prints more than once ("natural born
		// citizen") are the speaker's if any printing gives them to them
		if share > bestShare || share == bestShare && best != nil && !sameSpeaker(q.Speaker, best.Speaker) && sameSpeaker(q.Speaker, aq.Speaker) {
			best, bestShare = aq.Quote, share
		}
	}
	where := fmt.Sprintf("source %q (%s)", q.Source.ID, q.Source.File)
	if best == nil || bestShare < 0.8 {
		return Problem{Severity: SeverityWarning, Message: fmt.Sprintf("quote %q: %s prints these words but no attribution to %s could be found for them; check who said them", q.ID, where, q.Speaker.FullName())}, false
	}
	if sameSpeaker(q.Speaker, best.Speaker) {
		return Problem{}, true
	}
	passage := best.Attribution
	if passage == "" {
		passage = clip(best.Text, 60)
	}
	switch best.Via {
	case article.ByName, article.Continued:
		return Problem{Message: fmt.Sprintf("quote %q: %s, line %d, gives these words to %s, not %s: %q", q.ID, where, best.Line, speakerWords(best.Speaker), q.Speaker.FullName(), passage)}, false
	}
	// a pronoun, a title or nearness: the rules' reading, for a human
	// to confirm
	return Problem{Severity: SeverityWarning, Message: fmt.Sprintf("quote %q: %s, line %d, attributes these words only by %s, which refers to %s, not %s: %q; check who said them",
		q.ID, where, best.Line, best.Via.Describe(), speakerWords(best.Speaker), q.Speaker.FullName(), passage)}, false
}

// CommonWords counts the words of a that b has in the same order (the
// length of their longest common subsequence), same deciding which words
// are the same; nil means equal strings. The check and the draft compare
// quotes with it.
func CommonWords(a, b []string, same func(x, y string) bool) int {
	if same == nil {
		same = func(x, y string) bool { return x == y }
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if same(a[i-1], b[j-1]) {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func speakerWords(sp *article.Speaker) string {
	switch sp.Kind {
	case article.Organisation:
		return sp.Name + " (an organisation)"
	case article.Unnamed:
		return "an unnamed " + sp.Name
	}
	return sp.Name
}

// sameSpeaker tells whether the source's speaker is the fact sheet's: a
// person of the same surname whose names agree (one's words all in the
// other's); an organisation or unnamed speaker whose name appears in the
// sheet speaker's name, title or affiliation (a spokesman for the
// ministry speaks for it).
func sameSpeaker(sp *Speaker, src *article.Speaker) bool {
	fold := func(s string) []string { return words(s) }
	a, b := fold(sp.Name), fold(src.Name)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if src.Kind == article.Person {
		if a[len(a)-1] != b[len(b)-1] {
			return false
		}
		return within(a, b) || within(b, a)
	}
	return within(b, fold(sp.Name+" "+sp.Title+" "+sp.Affiliation)) || within(b[len(b)-1:], fold(sp.Name+" "+sp.Title+" "+sp.Affiliation))
}

// within tells whether every word of a is in b.
func within(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, x := range b {
			if w == x {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
