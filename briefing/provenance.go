package briefing

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sourceText is a source's words, lower case, each with the line it is on.
type sourceText struct {
	raw   string
	words []string
	lines []int
	spans [][2]int // each word's byte offsets in raw, for quoting a passage back
}

// readSourceText reads and splits a source file.
func readSourceText(path string, max int64) (*sourceText, error) {
	data, err := readLimited(path, max)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("not valid UTF-8; save it as UTF-8")
	}
	st := &sourceText{raw: string(data)}
	line := 1
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := string(data[start:end])
		st.spans = append(st.spans, [2]int{start, end})
		st.words = append(st.words, strings.ToLower(strings.ReplaceAll(w, "’", "'")))
		st.lines = append(st.lines, line)
		start = -1
	}
	for i, r := range string(data) {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) ||
			((r == '\'' || r == '’') && start >= 0 && i+utf8.RuneLen(r) < len(data) && isWordByte(data[i+utf8.RuneLen(r):]))
		if inWord {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		if r == '\n' {
			line++
		}
	}
	flush(len(data))
	return st, nil
}

func isWordByte(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// maxGap is how many words an attribution may put inside a quote ("…,”
// Barton says. “…") while its words still count as one quote.
const maxGap = 8

// find looks for the quote's words in order in the source, allowing at most
// two gaps of up to maxGap words (an attribution splitting the quote). It
// returns the index of the first word, or -1.
func (st *sourceText) find(q []string) int {
	if len(q) == 0 {
		return -1
	}
	for i, w := range st.words {
		if w != q[0] {
			continue
		}
		k, gaps := i+1, 0
		j := 1
		for j < len(q) && k < len(st.words) {
			if st.words[k] == q[j] {
				j++
				k++
				continue
			}
			// Skip an attribution: find the next quote word within maxGap.
			found := false
			if gaps < 2 {
				for g := 1; g <= maxGap && k+g < len(st.words); g++ {
					if st.words[k+g] == q[j] {
						k += g
						gaps++
						found = true
						break
					}
				}
			}
			if !found {
				break
			}
		}
		if j == len(q) {
			return i
		}
	}
	return -1
}

// closest returns the passage of the source that shares the most words
// with the quote, with its line.
func (st *sourceText) closest(q []string) (string, int) {
	if len(st.words) == 0 {
		return "", 0
	}
	want := map[string]int{}
	for _, w := range q {
		want[w]++
	}
	// The window is a little longer than the quote, for an attribution
	// that splits it.
	n := min(len(q)+4, len(st.words))
	best, bestAt := -1, 0
	for i := 0; i+n <= len(st.words); i++ {
		have := map[string]int{}
		score := 0
		for _, w := range st.words[i : i+n] {
			if have[w] < want[w] {
				score++
			}
			have[w]++
		}
		if score > best {
			best, bestAt = score, i
		}
	}
	first, last := bestAt, bestAt+n-1
	for first < last && want[st.words[first]] == 0 {
		first++
	}
	for last > first && want[st.words[last]] == 0 {
		last--
	}
	passage := st.raw[st.spans[first][0]:st.spans[last][1]]
	return strings.Join(strings.Fields(passage), " "), st.lines[first]
}

// checkProvenance reads each source's text file (a file that cannot be read
// is a problem) and verifies the sheet against them: every quote whose
// source has a text file appears in it word for word, and every fact rests
// on at least one source that is not a copy of another.
func checkProvenance(s *FactSheet, max int64) Problems {
	var probs Problems
	texts := map[*Source]*sourceText{}
	for _, src := range s.Sources {
		if src.File == "" {
			continue
		}
		st, err := readSourceText(filepath.Join(s.Dir, filepath.FromSlash(src.File)), max)
		if err != nil {
			probs = append(probs, Problem{Path: s.Path, Line: src.Pos.Line, Col: src.Pos.Col,
				Field: "sources." + src.ID + ".file", Message: fmt.Sprintf("cannot read %q: %v", src.File, err)})
			continue
		}
		texts[src] = st
	}
	for i, q := range s.Quotes {
		field := fmt.Sprintf("quotes[%d]", i)
		st := texts[q.Source]
		if st == nil {
			continue // no text to check against: an interview, a recording
		}
		qw := words(q.Text)
		if st.find(qw) >= 0 {
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
