package article

import (
	"bytes"
	"cmp"
	"iter"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/briefing-dev/briefing/briefing/internal/lazy"
	"github.com/briefing-dev/briefing/briefing/internal/marks"
	"github.com/briefing-dev/briefing/briefing/internal/space"
)

// Via says how a text attributes a quote, from the most to the least
// certain.
type Via int

const (
	// ByName: the speaker's name (or surname) is given with the quote.
	ByName Via = iota
	// Continued: the quote goes on from one attributed just before it,
	// in the next paragraph or after the speaker's own narration.
	Continued
	// ByRole: a title or description refers back ("the minister said").
	ByRole
	// ByPronoun: "she said", resolved to the latest speaker who agrees.
	ByPronoun
	// Nearby: no attribution; the latest speaker of the paragraphs
	// around it.
	Nearby
)

func (v Via) String() string {
	return [...]string{"name", "continued", "role", "pronoun", "nearby"}[v]
}

// Describe says in words how a quote was attributed, for a message that
// asks a producer to confirm it: "a pronoun", "a title".
func (v Via) Describe() string {
	return [...]string{"a name", "continuing the quote before it", "a title", "a pronoun", "its place in the text"}[v]
}

// Quote is one direct quotation: its words, who the text gives them to
// and how.
type Quote struct {
	// Text is the quoted words; the parts of a quote split by its
	// attribution, or running over paragraphs, joined by a space.
	Text  string
	Parts []string
	// Gaps are the number of words the source puts between each part and
	// the one before it (an attribution, or nothing): Gaps[i] precedes
	// Parts[i+1].
	Gaps    []int
	Speaker *Speaker
	Via     Via
	// Partial: a phrase quoted inside the writer's sentence, not a
	// sentence of the speaker's own.
	Partial bool
	// Cut: the text stops before the quotation closes (a clipped copy).
	Cut bool
	// Para is the index in Body of the paragraph the quote opens in;
	// Line its line in the source text; Attribution the words that give
	// the quote its speaker ("Barton says"), when there are any.
	Para, Line  int
	Attribution string
	// Before is the writer's words before a partial quote in its
	// sentence ("He predicted it would strike"), which it completes.
	Before string
	// Unmarked: the text prints the words without quotation marks, as a
	// block quotation after "X said:" or as a transcript's turn after
	// the speaker's label ("MR PRICE: …").
	Unmarked bool
	// Signed is, for a paragraph of a letter the text reprints in full,
	// the names the letter is signed with ("Josh Hawley, Roy Blunt").
	Signed string
	// GoesOnFrom is, for a paragraph that goes on with the quotation of
	// the one before it (its opening mark repeated with none closing it
	// before, or a block quotation's next paragraph), the line that
	// quotation opens on; 0 otherwise. Each such paragraph is a quote of
	// its own, whose speaker, Via and Attribution are the quotation's.
	GoesOnFrom int
	// Headline: the quotation is in the headline, on Line, and its
	// Attribution says how the story gives it its speaker ("the same
	// words, line 12", or the headline's words that name them).
	Headline bool
}

// span is one quotation in a paragraph: its words between open and
// close marks (start, end), the marks' offsets (open, close: the offset
// after the closing mark), and whether the paragraph ended first.
type span struct {
	open, start, end, close int
	unclosed                bool
}

func isOpenMark(r rune) bool  { return r == '“' || r == '„' || r == '«' || r == '‟' }
func isCloseMark(r rune) bool { return r == '”' || r == '»' || r == '″' } // (″, the double prime a site's typesetting puts after a digit: “Revolution 2.0″)
func isMark(r rune) bool      { return isOpenMark(r) || isCloseMark(r) || r == '"' }

// singleOpensDouble reads as a double opening mark a single one that a
// double closing mark closes, the typing slip of "said: ‘This is my
// fifth time bringing up anti-social behaviour.”": a ‘ after a space and
// before a word, outside any quotation, with no ’, “ or ” after it until
// a ” after a word. The two marks are the same length, so every offset
// stays. It reads the paragraph once.
func singleOpensDouble(p string) string {
	var out []byte
	var pending []int // the ‘ that may open, since the last ’, “ or ”
	opened := 0       // double marks opened and not closed before here
	prev := ' '
	for i, c := range p {
		switch c {
		case '‘':
			next, _ := utf8.DecodeRuneInString(p[i+len("‘"):])
			if unicode.IsSpace(prev) && unicode.IsLetter(next) && opened <= 0 {
				pending = append(pending, i)
			}
		case '’':
			pending = pending[:0]
		case '“':
			opened++
			pending = pending[:0]
		case '”':
			if !unicode.IsSpace(prev) && len(pending) > 0 {
				if out == nil {
					out = []byte(p)
				}
				for _, j := range pending {
					copy(out[j:], "“")
				}
			}
			opened--
			pending = pending[:0]
		}
		prev = c
	}
	if out == nil {
		return p
	}
	return string(out)
}

// singleClosesDouble reads as a double closing mark a single one that
// ends a quotation a double mark opened, the slip of "this earthquake
// reminds us “the Day of Judgement’." or "one of them is showing “Down
// with USA’ [slogan]": a “ before a word with no double mark after it
// in the paragraph, closed by the ’ that singleCloser finds. The two
// marks are the same length, so every offset stays.
func singleClosesDouble(p string) string {
	var out []byte
	for i := 0; i < len(p); {
		open := strings.Index(p[i:], "“")
		if open < 0 {
			break
		}
		i += open + len("“")
		rest := p[i:]
		if next, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(next) && !unicode.IsDigit(next) || strings.ContainsFunc(rest, isMark) {
			continue
		}
		if j := singleCloser(rest); j >= 0 {
			if out == nil {
				out = []byte(p)
			}
			copy(out[i+j:], "”")
			i += j + len("’")
		}
	}
	if out == nil {
		return p
	}
	return string(out)
}

// singleCloser is the offset in s of the first ’ after a word and before
// no word (not an apostrophe, as in "don’t", "farmers’ union" or
// "Attorneys’ Offices") with no ‘ open before it, or -1.
func singleCloser(s string) int {
	singles := 0 // ‘ open before here
	for j, c := range s {
		switch c {
		case '‘':
			singles++
		case '’':
			prev, _ := utf8.DecodeLastRuneInString(s[:j])
			next, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[j+len("’"):], " "))
			switch {
			case !unicode.IsLetter(prev) && !unicode.IsDigit(prev) && !strings.ContainsRune(".,!?", prev) || unicode.IsLetter(next) || unicode.IsDigit(next):
				// an apostrophe
			case singles > 0:
				singles--
			default:
				return j
			}
		}
	}
	return -1
}

// findSpans finds the quotations of a paragraph. Curly, straight and
// angled marks are read alike, since copy mixes them ("“…\""): a mark
// opens a quotation when none is open, and closes it otherwise, unless it
// is an opening mark standing before a word, which means the writer left
// the last one unclosed. Doubled marks count once. When a paragraph has
// no double marks, single ones (‘…’) are read the same way, where they
// stand at word edges.
func findSpans(p string) []span {
	var out []span
	p = pairedApostrophes(p) // "“We believe … than anticipated,'' Ibach told analysts": two apostrophes for a double mark
	if !strings.ContainsFunc(p, isMark) {
		return singleSpansOf(p, 2) // (a word alone in single marks may be an apostrophe's: "rock 'n' roll")
	}
	if strings.ContainsRune(p, '‘') && strings.ContainsRune(p, '”') {
		p = singleOpensDouble(p) // "said: ‘This is my fifth time bringing up anti-social behaviour.”"
	}
	if strings.ContainsRune(p, '“') && strings.ContainsRune(p, '’') {
		p = singleClosesDouble(p) // "reminds us “the Day of Judgement’."
	}
	if strings.ContainsRune(p, '‘') || strings.HasPrefix(strings.TrimLeft(p, " "), "'") {
		// British copy quotes in single marks and quotes inside a
		// quotation in double ones: "‘… the scientific “mysteries”. …,’
		// said Mariya Gabriel", "'… As Her Majesty's Inspectorate of
		// Constabulary has said, "the front line is being protected"."
		if singles := singleSpans(p); len(singles) > 0 && marksWithin(p, singles) {
			return singles
		}
	}
	inside := false
	var cur span
	skip := 0 // the end of a quotation inside the open one
	for i, r := range p {
		if !isMark(r) || i < skip || marks.Apostrophe(p, i) {
			continue // (a mark set for an apostrophe: "Mahatma Gandhi”s footsteps", "they"re saying")
		}
		size := utf8.RuneLen(r)
		prev, _ := utf8.DecodeLastRuneInString(p[:i])
		next, _ := utf8.DecodeRuneInString(p[i+size:])
		beforeWord := next != utf8.RuneError && !unicode.IsSpace(next) && !unicode.IsPunct(next) || isMark(next)
		if isMark(prev) && i > 0 {
			if inside && cur.start == i {
				cur.start = i + size // a doubled opening mark: ““We…
			}
			before, _ := utf8.DecodeLastRuneInString(p[:i-utf8.RuneLen(prev)])
			if glued := !inside && len(out) > 0 && out[len(out)-1].close == i && beforeWord && !isMark(next) && !unicode.IsSpace(before); !glued {
				continue // a doubled mark
			}
			// paragraphs run together where a page lost the space
			// between them: `… homelessness.""I'm pleased …,"said Pocan.`
			// (one quotation closes, the next opens)
		}
		afterSpace := i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([—–-/", prev)
		if !inside {
			if isCloseMark(r) && !afterSpace {
				continue // a stray closing mark
			}
			if r == '"' && unicode.IsDigit(prev) {
				continue // inches: "a 36" x 20' section of pipe"
			}
			if r == '»' && afterSpace && (next == utf8.RuneError || unicode.IsSpace(next)) {
				continue // a separator between links, no mark: "….html » Subscribe to VOA News: https://… » Watch more"
			}
			inside = true
			cur = span{open: i, start: i + size}
			continue
		}
		if (isOpenMark(r) || straightReopens(p, cur.start, i, r)) && afterSpace && beforeWord && i > cur.start {
			if end := nestedQuote(p, i+size); end > 0 {
				// “… terms such as “egg” in their marketing. …,”: a
				// word quoted inside the quotation in the same marks
				skip = end
				continue
			}
			// a new quotation opens: the last one was left unclosed
			cur.end, cur.close, cur.unclosed = trimEnd(p, cur.start, i), i, true
			if at := reportedFrom(p[cur.start:i]); at > 0 {
				cur.end = trimEnd(p, cur.start, cur.start+at)
			}
			out = append(out, cur)
			cur = span{open: i, start: i + size}
			continue
		}
		cur.end, cur.close = i, i+size
		if opener := p[cur.open:cur.start]; utf8.RuneCountInString(opener) > 1 && !strings.ContainsFunc(opener, func(r rune) bool { return !isMark(r) }) {
			// a quotation opened with a doubled mark closes with one:
			// "“”Clearly, …,”” said Sgt. Fabian Pacheco"
			cur.close += len(p[cur.close:]) - len(strings.TrimLeftFunc(p[cur.close:], func(r rune) bool { return isCloseMark(r) || r == '"' }))
		}
		out = append(out, cur)
		inside = false
	}
	if inside {
		cur.end, cur.close, cur.unclosed = len(p), len(p), true
		out = append(out, cur)
	}
	kept := out[:0]
	for _, s := range out {
		if in := strings.TrimSpace(p[s.start:s.end]); in != "" && !(s.open > 0 && p[s.open-1] == '=') && !webAddress(in) {
			kept = append(kept, s) // (not the value of a page's markup, href="https://…", nor an address)
		}
	}
	return kept
}

// straightReopens tells a straight mark at i, inside the quotation whose
// words start at start, that opens the next quotation after one left
// unclosed, as the typing slip of `"It's been 18 years working towards
// this goal. "This is hopefully the first step," the founder said`
// leaves it: the words before it end a sentence, and the paragraph's
// straight marks are odd in number, one missing.
func straightReopens(p string, start, i int, r rune) bool {
	if r != '"' {
		return false
	}
	return strings.ContainsRune(".!?", lastRune(strings.TrimRight(p[start:i], " "))) && strings.Count(p, `"`)%2 == 1
}

// webAddress tells a web address standing alone: "https://www.chalkbeat.org/chicago/".
func webAddress(s string) bool {
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")) && !strings.ContainsAny(s, " \t\n")
}

// pairedApostrophes writes as double marks the pairs of apostrophes,
// ASCII or curly, that some papers' systems print for them, keeping
// every offset. A pair after a space (or a bracket, or at the start)
// and before a word may open a quotation (Majhi said: [pair]There was no
// demand …[pair]; said, ‘’As of September …’’), and a pair after a word
// and before a space, a stop or the end may close one (“We believe …
// than anticipated,[pair] Ibach told analysts). A pair is read as a mark
// only where it opens or closes, with another mark (a pair or a double
// one), a quotation of three words or more that is not a title in
// capitals, or opens one that runs on unclosed to the next opening or the
// paragraph's end: a wiki's doubled apostrophes are italics (under
// [pair]fair use[pair]; Speaker John Boehner [pair](pictured)[pair]; the
// title [pair]Encouraging People to Contribute Knowledge[pair]), and a
// text with three in a row (a wiki's bold) is left as it is. An opening
// pair becomes a space and the mark, a closing one the mark and a space
// (curly ones, three bytes each, the mark and three spaces).
func pairedApostrophes(p string) string {
	if !strings.Contains(p, "''") && !strings.Contains(p, "’’") && !strings.Contains(p, "‘‘") && !strings.Contains(p, "‘’") || strings.Contains(p, "'''") {
		return p
	}
	type mark struct {
		at, n         int // where it is and its length; n is 0 for a double mark
		opens, closes bool
	}
	var marks []mark
	for i, r := range p {
		prev, _ := utf8.DecodeLastRuneInString(p[:i])
		afterSpace := i == 0 || unicode.IsSpace(prev) || prev == '('
		n := 0
		switch {
		case strings.HasPrefix(p[i:], "''"):
			n = 2
		case strings.HasPrefix(p[i:], "’’") || strings.HasPrefix(p[i:], "‘‘") || strings.HasPrefix(p[i:], "‘’"):
			n = 6
		case isMark(r):
			next, _ := utf8.DecodeRuneInString(p[i+utf8.RuneLen(r):])
			marks = append(marks, mark{at: i, opens: isOpenMark(r) || r == '"' && afterSpace && !unicode.IsSpace(next), closes: isCloseMark(r) || r == '"' && !afterSpace})
			continue
		default:
			continue
		}
		if len(marks) > 0 && marks[len(marks)-1].n > 0 && marks[len(marks)-1].at+marks[len(marks)-1].n > i {
			continue // (the second half of a pair already read)
		}
		next, _ := utf8.DecodeRuneInString(p[i+n:])
		opens := afterSpace && (unicode.IsLetter(next) || unicode.IsDigit(next)) && p[i:i+n] != "’’"
		closes := !afterSpace && (i+n == len(p) || unicode.IsSpace(next) || unicode.IsPunct(next) && next != '\'' && next != '’')
		marks = append(marks, mark{at: i, n: n, opens: opens, closes: closes})
	}
	var b []byte
	write := func(m mark, opening bool) {
		if b == nil {
			b = []byte(p)
		}
		switch {
		case opening && m.n == 2:
			copy(b[m.at:], " \"")
		case opening:
			copy(b[m.at:], "   “")
		case m.n == 2:
			copy(b[m.at:], "\" ")
		default:
			copy(b[m.at:], "”   ")
		}
	}
	open := -1
	for k, m := range marks {
		switch {
		case open >= 0 && m.closes:
			o := marks[open]
			least := 3 // (two apostrophes about a word or two may be markup's italics)
			if m.n == 0 && strings.HasPrefix(p[m.at:], "”") {
				least = 1 // "accused … of ‘’politicking”": a real mark closes it
			}
			if in := p[o.at+max(o.n, 1) : m.at]; (o.n > 0 || m.n > 0) && wordsIn(in) >= least && !titleCased([]string{in}, false) {
				if o.n > 0 {
					write(o, true)
				}
				if m.n > 0 {
					write(m, false)
				}
			}
			open = -1
		case m.opens:
			if open >= 0 && marks[open].n > 0 && wordsIn(p[marks[open].at+marks[open].n:m.at]) >= 3 {
				write(marks[open], true) // a pair that opened a quotation left unclosed before the next opens
			}
			open = k
		}
	}
	if open >= 0 && marks[open].n > 0 && wordsIn(p[marks[open].at+marks[open].n:]) >= 3 {
		write(marks[open], true) // one that runs to the paragraph's end, to go on in the next
	}
	if b == nil {
		return p
	}
	return string(b)
}

// quotesInApostrophes tells a text that sets its quotations in doubled
// apostrophes, two ASCII apostrophes for each mark, as some papers'
// systems print double marks: it has them, and no quotation marks of any
// kind, nor the bold of a wiki's markup (three apostrophes), whose
// doubled apostrophes are italics, nor the openers of the doubled grave
// accents quotesInBackticks reads.
func (t *Text) quotesInApostrophes() bool {
	return t.marksAll(func(p string) bool {
		return strings.ContainsFunc(p, isMark) || strings.Contains(p, "'''") || strings.Contains(p, "``")
	}, "''")
}

// marksAll tells a text that sets its quotations in one set of marks:
// a paragraph has one of markers, and none has a mark of another set
// (other).
func (t *Text) marksAll(other func(string) bool, markers ...string) bool {
	found := false
	for _, p := range t.Body {
		if other(p.Text) {
			return false
		}
		found = found || slices.ContainsFunc(markers, func(m string) bool { return strings.Contains(p.Text, m) })
	}
	return found
}

// doubleMarks tells a paragraph with a double quotation mark in it.
func doubleMarks(p string) bool { return strings.ContainsAny(p, "“”\"") }

// apostropheSpans finds the quotations of a paragraph set in doubled
// apostrophes: each pair opens a quotation or closes the open one; one
// left open runs to the paragraph's end.
func apostropheSpans(p string) []span { return doubledSpans(p, "''", "''") }

// doubledSpans finds the quotations of a paragraph whose marks are each
// a pair of single marks, opener and closer (see apostropheSpans,
// curlySpans); one left open runs to the paragraph's end.
func doubledSpans(p, opener, closer string) []span {
	var out []span
	open := -1
	for i := 0; i < len(p); i++ {
		switch {
		case open < 0 && strings.HasPrefix(p[i:], opener):
			open = i
			i += len(opener) - 1
		case open >= 0 && strings.HasPrefix(p[i:], closer):
			if strings.TrimSpace(p[open+len(opener):i]) != "" {
				out = append(out, span{open: open, start: open + len(opener), end: i, close: i + len(closer)})
			}
			open = -1
			i += len(closer) - 1
		}
	}
	if open >= 0 && strings.TrimSpace(p[open+len(opener):]) != "" {
		out = append(out, span{open: open, start: open + len(opener), end: trimEnd(p, open+len(opener), len(p)), close: len(p), unclosed: true})
	}
	return out
}

// quotesInDoubledSingles tells a text that sets its quotations in pairs
// of curly single marks, ‘‘…’’, as some papers' pages print double
// marks: it has them, and no double marks.
func (t *Text) quotesInDoubledSingles() bool { return t.marksAll(doubleMarks, "‘‘", "’’") }

// quotesInBackticks tells a text that sets its quotations in doubled
// grave accents (two U+0060 for each mark, the closing one two more, two
// apostrophes or a double prime), as archives of old wire copy print its
// marks: it has them, and no double marks.
func (t *Text) quotesInBackticks() bool { return t.marksAll(doubleMarks, "``") }

// backtickSpans finds the quotations of a paragraph set in doubled grave
// accents, closed by two more, by two apostrophes or by a double prime
// (AP's archive opens "This observation pushes back the clock,″ Terebey
// said." with two grave accents).
func backtickSpans(p string) []span {
	switch {
	case strings.Contains(p, "''"):
		return doubledSpans(p, "``", "''")
	case strings.Contains(p, "″"):
		return doubledSpans(p, "``", "″")
	}
	return doubledSpans(p, "``", "``")
}

// curlySpans finds the quotations of a paragraph set in pairs of curly
// single marks.
func curlySpans(p string) []span { return doubledSpans(p, "‘‘", "’’") }

// nestedQuote reads a few words quoted inside a quotation in its own
// marks, from offset from just after their opening mark: they close
// within four words, the sentence goes on after them in small letters,
// and a closing mark follows later for the quotation around them, or no
// mark at all: a block quotation goes on over paragraphs, unclosed. It
// gives the offset after their closing mark, or 0.
func nestedQuote(p string, from int) int {
	j := strings.IndexFunc(p[from:], isMark)
	if j < 0 {
		return 0
	}
	j += from
	r, size := utf8.DecodeRuneInString(p[j:])
	if !isCloseMark(r) || wordsIn(p[from:j]) > 4 {
		return 0
	}
	rest := strings.TrimLeft(p[j+size:], ",;") // (“… in an “over-abundance of caution”, indicated …”)
	if !strings.HasPrefix(rest, " ") || !unicode.IsLower(firstRune(strings.TrimLeft(rest, " "))) {
		return 0
	}
	k := strings.IndexFunc(rest, isMark)
	if k < 0 {
		return j + size // (the quotation around them goes on into the next paragraph, as a block quotation does)
	}
	if r, _ := utf8.DecodeRuneInString(rest[k:]); !isCloseMark(r) {
		return 0
	}
	return j + size
}

// missingOpener reads a quotation whose opening mark the copy left out:
// a paragraph that opens with the words and closes them with a curly
// mark and its attribution, "From restoring estuaries … economies,” said
// Russell Callender". The words run from the paragraph's start to the
// first closing mark, four words or more with no mark among them, and a
// speech verb must follow within a few words. A paragraph that closes a
// quotation the one before left open reads the same, as its end: "“Our
// galaxy has at least 100 billion planets in it." / "And we didn’t know
// that five years ago,” said Mountain." A
// straight mark, which opens and closes alike, is read so only when it is
// the paragraph's one mark and stands where a quotation closes, after a
// comma or a sentence's end: "When the Council Executive recommended …
// in that property," he said.
func missingOpener(p string) (span, bool) {
	i := strings.IndexAny(p, "”»")
	if i < 0 {
		i = strings.IndexByte(p, '"')
		if i <= 0 || strings.Count(p, `"`)%2 == 0 || !strings.ContainsRune(",.?!", rune(p[i-1])) {
			return span{}, false // (an odd count: the first mark has no opening one, "… mission," said X. "Equally …")
		}
	}
	if strings.IndexFunc(p[:i], isMark) >= 0 {
		return span{}, false
	}
	start := len(p) - len(strings.TrimLeft(p, perlSpace))
	for _, m := range []string{"‘", "’", "'"} {
		// "‘Regions hardest hit …,” says Ms Kaye": a single mark opened
		// it, or two ("‘’The magistrate is with us …,” the police boss
		// said")
		for range 2 {
			if strings.HasPrefix(p[start:], m) {
				start += len(m)
			}
		}
	}
	if start >= i || wordsIn(p[start:i]) < 4 || strings.IndexFunc(p[start:i], unicode.IsLetter) < 0 {
		return span{}, false
	}
	_, size := utf8.DecodeRuneInString(p[i:])
	after := strings.Fields(head(p[i+size:], 80))
	if !slices.ContainsFunc(after[:min(len(after), 6)], speechWord) {
		return span{}, false // "… out to the polls.”": a stray mark, no quotation
	}
	return span{open: start, start: start, end: trimEnd(p, start, i), close: i + size}, true
}

// unquoted blanks the quotations of a clause's words, and one whose
// opening mark the copy left out (see missingOpener), so that no one
// named inside them is taken for the clause's subject: "The United States
// have also humiliated the European Union …,” Koštunica added, and warned".
func unquoted(s string) string {
	s = blankSpans(s, findSpans(s))
	if sp, ok := missingOpener(s); ok {
		s = blankSpans(s, []span{sp})
	}
	return s
}

// missingCloser reads a paragraph that opens a quotation, never closes
// it, and names its speaker after a comma as a quotation's end would:
// "“Six Moroccans … will face the death penalty, Colonel Ali Ibrahim
// Osman, the deputy chairman of the court, told VOA Somali. He said …".
// The quotation ends at that comma. sp is the paragraph's spans: one,
// unclosed, opening the paragraph, its only mark.
func missingCloser(p string, sp []span) (span, bool) {
	if len(sp) != 1 || !sp[0].unclosed || strings.TrimSpace(p[:sp[0].open]) != "" || strings.Count(p, "\"")+strings.Count(p, "“")+strings.Count(p, "”") != 1 {
		return span{}, false
	}
	// (within the quotation's first 2,000 bytes, and four words after its
	// start, so that a hostile paragraph of commas is read in linear time)
	end := min(len(p), sp[0].start+2000)
	from := sp[0].start
	for range 4 {
		rest := strings.TrimLeft(p[from:end], " ")
		i := strings.IndexByte(rest, ' ')
		if i < 0 {
			return span{}, false
		}
		from = end - len(rest) + i
	}
	for k := from; k < end; {
		i := strings.Index(p[k:end], ", ")
		if i < 0 {
			break
		}
		k += i + 2
		clause, _ := clauseToStop(head(p[k:], 400))
		f := strings.Fields(clause)
		if len(f) == 0 || len(f) > 24 || !unicode.IsUpper(firstRune(f[0])) && !pronouns.Has(f[0]) && !closingVerbs.Has(f[0]) {
			continue
		}
		if slices.ContainsFunc(f[:min(len(f), 12)], func(w string) bool { return closingVerbs.Has(strings.ToLower(strings.Trim(w, ",.;:"))) }) {
			return span{open: sp[0].open, start: sp[0].start, end: k - 1, close: k - 1}, true
		}
	}
	return span{}, false
}

// droppedCloser reads a paragraph of two quoted parts around their
// attribution whose first part lost its closing mark: "“This team has
// been clean …, he said. “We anticipate … off.”" (its three marks pair
// the attribution into the first part). The first part ends at the comma
// before the attribution, the second runs from the second mark to the
// third.
func droppedCloser(p string) ([]span, bool) {
	t := strings.TrimRight(p, " ")
	if !strings.HasPrefix(t, "\"") || !strings.HasSuffix(t, "\"") || strings.Count(t, "\"") != 3 || strings.ContainsAny(t, "“”") {
		return nil, false
	}
	second := 1 + strings.IndexByte(t[1:], '"')
	first := strings.TrimRight(t[1:second], " ")
	if !strings.HasSuffix(first, ".") {
		return nil, false
	}
	comma := strings.LastIndex(first, ", ")
	if comma < 0 {
		return nil, false
	}
	f := strings.Fields(first[comma+2:])
	if len(f) == 0 || len(f) > 6 {
		return nil, false
	}
	// "he said." or "said Shrestha."
	named := (pronouns.Has(f[0]) || unicode.IsUpper(firstRune(f[0]))) && closingVerbs.Has(strings.Trim(f[len(f)-1], "."))
	if said := closingVerbs.Has(f[0]) && len(f) > 1 && unicode.IsUpper(firstRune(f[len(f)-1])); !named && !said {
		return nil, false
	}
	end := 1 + comma + len(",") // (the comma a closing mark would have followed)
	return []span{
		{open: 0, start: 1, end: end, close: end},
		{open: second, start: second + 1, end: len(t) - 1, close: len(t)},
	}, true
}

// closingVerbs attribute a quotation whose closing mark was left out
// (missingCloser): finite verbs only, not "saying", which goes on with
// the quotation's own words.
var closingVerbs = lazy.Words(`said says told tells added adds`)

func trimEnd(p string, start, end int) int {
	for end > start && p[end-1] == ' ' {
		end--
	}
	return end
}

// reportedFrom is where, in the words of a quotation left unclosed, a
// sentence begins that reports who speaks ("He said “The tightening is
// natural. Sabato said it is because the “bounce” …"): the writer's own
// sentence, after the words, where the quotation ended unmarked. It is
// 0 when no sentence does. The sentence opens with a name or a pronoun
// of a word or up to three capitalised ones and a verb of speech.
func reportedFrom(words string) int {
	for _, at := range pieceStarts(words) {
		if at == 0 {
			continue
		}
		f := strings.Fields(words[at:min(len(words), at+80)])
		for n := 1; n <= 3 && n < len(f); n++ {
			if !isCap(f[n-1]) || strings.ContainsAny(f[n-1], ",.;:") {
				break
			}
			if isSpeechVerb(f[n]) {
				return at
			}
		}
	}
	return 0
}

// marksWithin tells whether every double mark of p lies inside one of
// spans.
func marksWithin(p string, spans []span) bool {
	for i, r := range p {
		if isMark(r) && !slices.ContainsFunc(spans, func(s span) bool { return s.start <= i && i < s.end }) {
			return false
		}
	}
	return true
}

// singleSpans reads ‘single’ quotation marks, for copy that uses them as
// its main marks: an opening mark after a space, a closing one before a
// space or punctuation, and three words or more between them (shorter
// ones are scare quotes, and apostrophes are never at a word's start).
func singleSpans(p string) []span { return singleSpansOf(p, 3) }

// singleSpansOf is singleSpans for quotations of at least least words
// (a headline's may be one: "Moyes rues United 'sickener'").
func singleSpansOf(p string, least int) []span {
	var out []span
	open := -1
	for i, r := range p {
		if r != '‘' && r != '’' && r != '\'' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(p[:i])
		next, _ := utf8.DecodeRuneInString(p[i+utf8.RuneLen(r):])
		switch {
		case open < 0 && r != '’' && (i == 0 || unicode.IsSpace(prev) || prev == '(') && unicode.IsLetter(next):
			open = i
		case open >= 0 && !unicode.IsSpace(prev) && (next == utf8.RuneError || unicode.IsSpace(next) || unicode.IsPunct(next)):
			// (an opening mark after a word closes too, as a slip of the
			// keyboard sets it: "‘Investment in libraries … backgrounds‘.")
			if pluralPossessive(p, i, prev, next) {
				continue // "'The ball is firmly back in the employers' court. …,' he said."
			}
			start := open + utf8.RuneLen(firstRune(p[open:]))
			if countFields(p[start:i]) >= least {
				out = append(out, span{open: open, start: start, end: i, close: i + utf8.RuneLen(r)})
			}
			open = -1
		}
	}
	if before := strings.TrimSpace(p[:max(open, 0)]); open >= 0 && (open == 0 || strings.HasSuffix(before, ":")) && strings.IndexFunc(before, isMark) < 0 && pairedMarks(p[open:]) {
		// "‘We have learned lessons … in the affected area.": a
		// paragraph that opens a quotation and leaves it open, to go on
		// in the next or to end with the text, as does one announced by
		// a colon ("the credit belonged to the players saying: 'It was a
		// nice way to finish the week."), its quotations inside it in
		// double marks ("'… As Her Majesty's Inspectorate of
		// Constabulary has said, "the front line is being protected".")
		// (but "‘Regions hardest hit …,” says Ms Kaye." closes it with
		// another mark)
		start := open + utf8.RuneLen(firstRune(p[open:]))
		if countFields(p[start:]) >= 3 {
			out = append(out, span{open: open, start: start, end: trimEnd(p, start, len(p)), close: len(p), unclosed: true})
		}
	}
	return out
}

// pairedMarks tells text whose double marks, if any, each close a
// quotation one before them opened: quotations inside a quotation, none
// left open and none closing what the text did not open.
func pairedMarks(s string) bool {
	inside := false
	for _, r := range s {
		switch {
		case r == '"':
			inside = !inside
		case isOpenMark(r):
			if inside {
				return false
			}
			inside = true
		case isCloseMark(r):
			if !inside {
				return false
			}
			inside = false
		}
	}
	return !inside
}

// pluralPossessive tells the apostrophe at offset i of p, after an s and
// before a noun in small letters, that makes a plural possessive ("the
// employers' court") rather than closing a quotation in single marks,
// when a mark that may close it comes later in the paragraph (a small
// word after it goes on the sentence: "‘in tears’ at town's flooding").
func pluralPossessive(p string, i int, prev, next rune) bool {
	if prev != 's' || next != ' ' {
		return false
	}
	rest := p[i+utf8.RuneLen(firstRune(p[i:])):]
	word := strings.Join(firstWords(rest, 1), "")
	return unicode.IsLower(firstRune(word)) && !titleSmallWords.Has(strings.TrimFunc(word, unicode.IsPunct)) && strings.ContainsAny(rest, "'’")
}

// sentenceStarts lists where the sentences of p start: after a full
// stop, question or exclamation mark (and any closing mark or bracket)
// followed by a space and a capital, a digit or an opening mark, unless
// the stop ends an abbreviation ("Dr. Lee"); also where copy lost the
// space between two sentences ("difference.In"). Text that runs on for
// more than maxSentence bytes without an end is read as sentences of at
// most that length, split at spaces: every reading of a sentence then
// stays linear in its paragraph, however a page runs on.
func sentenceStarts(p string) []int {
	if len(p) < memoFrom {
		return splitLong(p, markedStarts(p))
	}
	startsMemo.Lock()
	defer startsMemo.Unlock()
	for _, m := range startsMemo.texts {
		if len(m.text) == len(p) && unsafe.StringData(m.text) == unsafe.StringData(p) {
			return m.starts // the same string (equal text elsewhere is read again)
		}
	}
	st := slices.Clip(splitLong(p, markedStarts(p)))
	startsMemo.texts[startsMemo.next] = memoStarts{p, st}
	startsMemo.next = (startsMemo.next + 1) % len(startsMemo.texts)
	return st
}

// pieceStarts is sentenceStarts of a piece of a paragraph, never kept:
// a piece is read once, and keeping it would push the paragraph's own out
// of the memo. The slice is the caller's.
func pieceStarts(p string) []int { return splitLong(p, markedStarts(p)) }

// memoFrom is the length from which a paragraph's sentence starts are
// kept: the rules ask again for those of the paragraph they are reading
// at each quotation and pronoun, and a long paragraph would make that
// quadratic.
const memoFrom = 1024

// startsMemo holds the sentence starts of the last long paragraphs read.
var startsMemo struct {
	sync.Mutex
	texts [4]memoStarts
	next  int
}

type memoStarts struct {
	text   string
	starts []int // never written to by a caller
}

// maxSentence is longer than any sentence of the draft's corpus (the
// longest, a list run together, is 1,998 bytes).
const maxSentence = 2500

// splitLong adds starts to the sentence starts of p so that no sentence
// is longer than maxSentence bytes, each added start after the last space
// in the second half of the sentence so far, when there is one.
func splitLong(p string, starts []int) []int {
	if len(p) <= maxSentence {
		return starts
	}
	out := make([]int, 0, len(starts))
	for i, s := range starts {
		end := len(p)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		out = append(out, s)
		for end-s > maxSentence {
			cut := s + maxSentence
			if k := strings.LastIndexByte(p[s+maxSentence/2:cut], ' '); k >= 0 {
				cut = s + maxSentence/2 + k + 1
			}
			for cut < end && !utf8.RuneStart(p[cut]) {
				cut++
			}
			if cut >= end {
				break
			}
			s = cut
			out = append(out, s)
		}
	}
	return out
}

// markedStarts are the sentence starts that punctuation marks.
func markedStarts(p string) []int {
	out := []int{0}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(p) {
			r, size := utf8.DecodeRuneInString(p[j:])
			if isCloseMark(r) || r == '"' || r == ')' || r == '’' || r == '\'' {
				j += size
				continue
			}
			break
		}
		if j < len(p) && p[j] != ' ' {
			// "difference.In": a lower-case letter, a stop and a capital
			// with a lower-case letter after it
			if c == '.' && i > 0 && j == i+1 && unicode.IsLower(rune(p[i-1])) && j+1 < len(p) && unicode.IsUpper(rune(p[j])) && unicode.IsLower(rune(p[j+1])) {
				out = append(out, j)
			}
			continue
		}
		k := j
		for k < len(p) && p[k] == ' ' {
			k++
		}
		if k >= len(p) {
			break
		}
		r, _ := utf8.DecodeRuneInString(p[k:])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || isMark(r) || r == '‘') {
			continue
		}
		if w := lastWord(p[:i+1]); c == '.' && j == i+1 && unicode.IsDigit(r) && strings.HasSuffix(w, ".") && months.Has(strings.TrimSuffix(w, ".")) {
			continue // "in a Jan. 20 letter": a date, not a sentence's end
		}
		if w := strings.ToLower(lastWord(p[:i+1])); c == '.' && j == i+1 && (w == "a.m." || w == "p.m." || w == "vs.") {
			next, _, _ := strings.Cut(p[k:], " ")
			if next = strings.TrimRight(next, ",.;:)"); weekdays.Has(next) || months.Has(next) || timeZones.Has(next) || w == "vs." {
				continue // "at 1:30 a.m. Wednesday", "7 p.m. ET", "Leeds vs. Chelsea": the clock's or the fixture's, no sentence's end
			}
		}
		if c == '.' && j == i+1 && rankGrades.Has(strings.TrimLeft(lastWord(p[:i+1]), "(")) {
			continue // "Lt. j.g. Eric Majeska": a grade of the rank before the name
		}
		bracketed := strings.HasPrefix(lastWord(p[:i+1]), "(") && p[i+1:j] == ")" // "(Capt.) James"
		if c == '.' && (j == i+1 || bracketed) && isAbbrev(lastWord(p[:i+1])) && !strings.HasSuffix(lastWord(p[:i+1]), "..") {
			w := abbrevWord(lastWord(p[:i+1]))
			if w == "X." && platformPreps.Has(lastWord(strings.TrimSpace(p[:i-1]))) {
				out = append(out, k) // "he wrote on X. Shortly after": the platform, no initial
				continue
			}
			if honorifics.Has(w) || offices.Has(w) || len(strings.TrimSuffix(w, ".")) == 1 || w == "St." {
				continue // "Dr. Lee", "John F. Kennedy"
			}
			next, _, _ := strings.Cut(p[k:], " ")
			if strings.Count(w, ".") > 1 && !sentenceWords.Has(next) {
				continue // "U.S. Health Secretary", not "the U.S. The"
			}
		}
		out = append(out, k)
	}
	return out
}

// platformPreps come before a platform's name: "posted on X".
var platformPreps = lazy.Words(`on to via from`)

// mindVerbs say what someone thought or felt, as a blogger's round-up
// introduces the post it quotes: "Guanaguanare was worried “…”:".
var mindVerbs = lazy.Words(`worried worries fears feared hopes hoped thinks thought believes believed feels felt wonders
wondered reflects reflected muses mused`)

// plainThought tells the plain form of a verb of thought, as it follows
// "didn't" or "doesn't": "didn't believe".
func plainThought(w string) bool {
	return w == "believe" || w == "think" || w == "agree"
}

// perceptionVerbs take someone heard or seen doing something as their
// object: "he heard a man yelling".
var perceptionVerbs = lazy.Words(`heard hear hears hearing saw see sees seeing watched watch noticed notice recalled`)

// timeZones follow a clock time: "7 p.m. ET", "10 a.m. Eastern".
var timeZones = lazy.Words(`ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST GMT UTC BST CET CEST EET AEST AEDT ACST AWST
NZST NZDT IST JST KST HKT SGT WAT EAT CAT Eastern Central Mountain Pacific Atlantic`)

// Sentence is the sentence of paragraph p that holds the byte at offset
// at, by the rules the reader splits sentences with (a stop, a space and a
// capital; not "Dr. Lee"; "difference.In").
func Sentence(p string, at int) string {
	s, e := sentenceAt(sentenceStarts(p), at, len(p))
	return strings.TrimSpace(p[s:e])
}

// Sentences splits paragraph p into its sentences, by the same rules.
func Sentences(p string) []string {
	starts := sentenceStarts(p)
	var out []string
	for i, st := range starts {
		end := len(p)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		if s := strings.TrimSpace(p[st:end]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// sentenceAt returns the bounds of the sentence that holds offset at.
func sentenceAt(starts []int, at, n int) (int, int) {
	i := sort.SearchInts(starts, at+1) - 1 // the last start at or before at
	if i < 0 {
		return 0, n
	}
	if i+1 < len(starts) {
		return starts[i], starts[i+1]
	}
	return starts[i], n
}

// Quotes lists the article's direct quotations in order. Each quote has
// the speaker the text gives it, by the first of these rules that
// applies:
//
//  1. An attribution right after the quote, in its sentence ("“…,”
//     said X", "“…,” X said", "“…,” she added", "“…,” police spokesman
//     John Doe said"), a press release's signature ("— Jane Doe,
//     Director, Office of …") after it or on the next line (or a next
//     line that is only a title and a name: "Senator Josh Hawley"), or
//     the attribution between the parts of a split quote ("“A,” X said.
//     “B.”": one quote of both parts; but "“A.”“B,” said Y" is two, the
//     second Y's).
//  2. The subject of the speech verb before it in its sentence ("X said:
//     “…”", "X told reporters “…”", "According to X, “…”", "X called
//     the plan “…”", "X emphasised the need, saying “…”", "he was told by
//     X of “…”"; when the words right before the verb name no one, the
//     subject of its clause: "Some of the protesters Wikinews interviewed
//     said"), an interview's label ("Fugate: “…”"; one in capitals that
//     says what the speakers are, "STUDENTS:", is unnamed speakers), or
//     the sentence or paragraph before when that ends in a colon ("When
//     asked by reporters, Major said:").
//  3. A paragraph that opens with a quote and names no one continues the
//     quote before it (one quote when the quote before was left open, or
//     broke off at a comma; the same speaker's next quote otherwise).
//  4. A quote of four words or more with no attribution is given to the
//     speaker or person its paragraph has just heard or named (or, if it
//     opens its paragraph, the speaker of the paragraph before), flagged
//     as given by nearness.
//
// A name resolves to the person introduced with it (a surname to the
// latest person of that surname; a given name, alone or after a title,
// to the one person whose full name starts with it; "The Gambia's
// Justice Minister Abubacarr Tambadou" to the person, not the country).
// "he"/"she" resolve to the latest speaker heard in this paragraph or the
// one before whose sex, where the text shows it, agrees; failing that to
// the latest person named there (by full name, surname or given name);
// failing that to the latest speaker who agrees. "the minister" resolves
// to the latest person whose title has that noun, the secretary before
// the assistant secretary for a bare "the Secretary" (or, for a new
// description of the person just heard, "The Wooster professor added", to
// that person); "the ministry" to the latest organisation whose name has
// it; "the statement" to the body that issued it; "a young woman", "one of
// the children", "the inspectors" are unnamed speakers, but a phrase
// whose nouns name no one ("some controversial remarks") is no speaker;
// "police", "the agency", an acronym or an organisation's name an
// organisation. A
// one-word quote (said once or over again: "Wake. Wake."), a phrase of
// three words or fewer with no attribution in its sentence, a phrase whose
// every word is capitalised, and a title set in marks ("Show Restraint in
// Ferguson") are not quotes; nor is a word glossed in brackets part of the
// quote before it ("MDMA (“ecstasy”)").
func (t *Text) Quotes() []Quote {
	t.quotesOnce.Do(func() { t.quotes = t.findQuotes() })
	return t.quotes
}

type reader struct {
	t    *Text
	cast cast
	// catalogued is the one person the page files itself under, by an
	// inverted name in a heading ("Howard, John"), or nil
	catalogued  *Speaker
	honoured    []honour   // the people a heading names with "the Hon" (see honouredLine)
	speakers    []*Speaker // subjects of speech verbs, latest last
	chairsNamed []*Speaker // the people whose labels are a chair's, "MODERATOR:" (see label)
	heardIn     []int      // the paragraph each of speakers was heard in
	heardAt     []int      // and where in it
	heardFirst  []int      // and where in it first, when heard again in a row
	folded      [][]string // each paragraph's words as foldedWords gives them, once asked for (see repeatedLater)
	out         []Quote
	para        int // the paragraph being read
	roundups    int // the headings that are a round-up's lines (see roundupLine)
	// mononym is mononymLead, read once
	mononym func() *Speaker
	// addresses is questionAddresses, read once
	addresses func() []address
	// leadBody is leadBodyMention, read once
	leadBody func() (mention, bool)
	// turns is turnsOf, read once
	turns  func() []string
	tokens []token // room for readSpeech's tokens (see tokenizeInto)
}

func (t *Text) findQuotes() []Quote {
	r := &reader{t: t, folded: make([][]string, len(t.Body))}
	if t.Title != "" && (len(t.Body) == 0 || t.Body[0].Text != t.Title) {
		// "Remarks by President Trump in Briefing with …": the people a
		// headline names with their titles, so that "THE PRESIDENT:"
		// finds its president
		r.cast.introduceTitled(t.Title)
	}
	r.catalogued = r.cataloguedPerson()
	for _, h := range t.Headings {
		if _, _, ok := roundupLine(h.Text); ok {
			r.roundups++
		}
	}
	r.mononym = sync.OnceValue(r.mononymLead)
	r.addresses = sync.OnceValue(r.questionAddresses)
	r.leadBody = sync.OnceValues(r.leadBodyMention)
	r.turns = sync.OnceValue(r.turnsOf)
	for i, h := range t.Headings {
		// a profile's heading: "Murtaja El-Hajj, 38, UNRWA sanitation
		// officer", over what the text then says of and quotes from him
		r.describedSignature(h.Text)
		next := ""
		if i+1 < len(t.Headings) && t.Headings[i+1].Line == h.Line+1 {
			next = t.Headings[i+1].Text
		}
		r.honouredLine(h, next)
	}
	spans := make([][]span, len(t.Body))
	apostrophes, curly, backticks := t.quotesInApostrophes(), t.quotesInDoubledSingles(), t.quotesInBackticks()
	for i, p := range t.Body {
		spans[i] = findSpans(p.Text)
		if citationLine(p.Text) {
			spans[i] = nil // a source cited by its title: "“Fire breaks out …” — The Associated Press, February 18, 2012"
			continue
		}
		switch {
		case apostrophes:
			spans[i] = apostropheSpans(p.Text)
		case backticks || len(spans[i]) == 0 && strings.Contains(p.Text, "``"):
			// (and a paragraph that sets its quotations so where other
			// paragraphs use double marks: "``The aftermath is much
			// worse,'' Ma said.")
			spans[i] = backtickSpans(p.Text)
		case curly || len(spans[i]) == 0 && strings.Contains(p.Text, "‘‘") && strings.Contains(p.Text, "’’"):
			// (and a paragraph that sets its quotation so where other
			// paragraphs use double marks)
			spans[i] = curlySpans(p.Text)
		}
		if sp, ok := missingOpener(p.Text); ok {
			// (what single marks set off inside it is part of it:
			// "… a new ‘public health’ approach …")
			// and a straight mark closing it is not an opening one
			spans[i] = slices.DeleteFunc(spans[i], func(in span) bool { return in.open >= sp.start && in.open < sp.close })
			if p.Text[sp.close-1] == '"' {
				// (the straight marks after it pair among themselves:
				// "… mission," said X. "Equally important …")
				spans[i] = nil
				for _, in := range findSpans(p.Text[sp.close:]) {
					in.open, in.start, in.end, in.close = in.open+sp.close, in.start+sp.close, in.end+sp.close, in.close+sp.close
					spans[i] = append(spans[i], in)
				}
			}
			if len(spans[i]) == 0 || spans[i][0].open >= sp.close {
				spans[i] = append([]span{sp}, spans[i]...)
			}
		}
		if sp, ok := droppedCloser(p.Text); ok {
			spans[i] = sp
		}
		if sp, ok := missingCloser(p.Text, spans[i]); ok && (i+1 == len(t.Body) || !strings.ContainsFunc(head(t.Body[i+1].Text, 8), isMark)) {
			// (not a quotation that goes on into the next paragraph)
			spans[i] = []span{sp}
		}
		if i == 0 && p.Text == t.Title && titleCased([]string{p.Text}, false) {
			// a headline in title case kept as the first paragraph: its
			// capitals are no names ("Newcastle United Confirm Signing of
			// Striker Joselu"), save a title's before one
			r.cast.introduceTitled(p.Text)
			continue
		}
		if l, ok := labelLine(p.Text); ok && furnitureLabel(l) {
			continue // a header field's label, its value lost: "Release Date:", "Transcript ID:"
		}
		r.cast.introduce(p.Text, spans[i], i, questionTurn(t.Body, i))
	}
	var orphans []Quote // quotations alone in their paragraphs that no one said
	var last *Quote     // the latest quote, for one that goes on
	lastEnd := -1       // the paragraph it ends in
	lastClose := 0      // and where in that paragraph
	// the paragraphs without marks in the first person singular, counted
	// once, when a paragraph might be a speaker's words that lost their
	// marks: it is, when no other is the writer's
	firstPersonProse := sync.OnceValue(t.firstPersonProse)
	asker, paired := introducedPair(t.Body)
	says := t.saysTranscript() // the page calls itself a transcript
	declared := paired || says
	transcript, asks, turns := isTranscript(t.Body, declared)
	if asker != "" {
		asks[asker] = true // "Onnik Krikorian spoke to Giga Paitchadze": the first asks
	}
	for _, name := range t.presenters() {
		asks[strings.ToUpper(name)] = true // "Presenters Eddie McGuire, …" over "Eddie Mcguire: …"
	}
	if transcript {
		r.interviewers(asks, turns)
		r.headedSpeakers()
	}
	voices := scriptVoices(t.Body, spans, transcript)
	ownLabels := t.ownLineLabels(declared)
	guests := t.ownLineGuests(ownLabels)
	transcript = transcript || ownLabels != nil
	block, blockEnd := -1, -1 // the quotation printed without marks (in r.out) and the paragraph it ends in
	headed := false           // the block is the statement the headline says the text prints
	held := false             // the block is the opening statement of the one whose transcript the page is
	impersonal := 0           // the paragraphs in a row it went on over without the first person
	reopenTo := -1            // the paragraph that opens again a quotation left open (see reopenedAt)
	// in a transcript whose labels stop after the first exchange, the
	// question asked (in paragraph askedAt) of the one who answered
	// before, who answers it in the next paragraph
	var answerer *Speaker
	askedAt := -1
	var short Quote     // a labelled turn too short to be a quote alone (see below)
	shortAt := -1       // its paragraph
	questioned := false // a labelled turn has asked a question: an interview
	// addWhole adds a quote that is all of paragraph pi; openBlock adds a
	// quotation printed without marks that opens in paragraph pi, and
	// extendBlock adds paragraph pi to it.
	// signedPost is paragraph pi, an embedded post, as the words of the
	// one its signature under it names.
	signedPost := func(pi int, name string) Quote {
		who, via := r.resolve(name, pi, len(t.Body[pi].Text))
		if who == nil || who.Kind == Unnamed || who.Kind == Organisation && !strings.Contains(FoldName(who.Name), FoldName(name)) {
			who, via = r.cast.person(name, true), ByName // the name as the account prints it: "— Only in Tajikistan (@onlytajikistan)", not "in Tajikistan"
		}
		return Quote{Para: pi, Line: t.Body[pi].Line, Parts: []string{strings.TrimSpace(t.Body[pi].Text)}, Speaker: who, Via: via, Attribution: "— " + name, Unmarked: true}
	}
	addWhole := func(q Quote, pi int) {
		q.Text = strings.Join(q.Parts, " ")
		q.Cut = pi == len(t.Body)-1 && unfinished(q.Text)
		r.heard(q.Speaker, len(t.Body[pi].Text))
		r.out = append(r.out, q)
		last, lastEnd, lastClose = &r.out[len(r.out)-1], pi, len(t.Body[pi].Text)
	}
	openBlock := func(q Quote, pi int) {
		addWhole(q, pi)
		block, blockEnd, impersonal = len(r.out)-1, pi, 0
	}
	// continued is paragraph pi, printed without marks, as the latest
	// quote's speaker going on
	continued := func(pi int) Quote {
		return Quote{Para: pi, Line: t.Body[pi].Line, Parts: []string{strings.TrimSpace(t.Body[pi].Text)}, Speaker: last.Speaker, Via: Continued, Attribution: last.Attribution, Unmarked: true, GoesOnFrom: cmp.Or(last.GoesOnFrom, last.Line)}
	}
	extendBlockWith := func(pi int, parts []string, gaps []int) {
		b := &r.out[block]
		switch {
		case len(parts) == 0:
		case transcript:
			// a turn goes on
			b.Gaps = append(append(b.Gaps, 0), gaps...)
			b.Parts = append(b.Parts, parts...)
			b.Text = strings.Join(b.Parts, " ")
			b.Cut = pi == len(t.Body)-1 && unfinished(b.Text)
		default:
			// a paragraph of its own, even the one the copy cuts off
			q := Quote{Para: pi, Line: t.Body[pi].Line, Speaker: b.Speaker, Via: b.Via, Attribution: b.Attribution, Unmarked: true, Parts: parts, Gaps: gaps, Signed: b.Signed, GoesOnFrom: cmp.Or(b.GoesOnFrom, b.Line)}
			q.Text = strings.Join(q.Parts, " ")
			q.Cut = pi == len(t.Body)-1 && unfinished(q.Text)
			r.heard(q.Speaker, len(t.Body[pi].Text))
			r.out = append(r.out, q)
			block = len(r.out) - 1
		}
		blockEnd = pi
	}
	extendBlock := func(pi int) {
		parts, gaps := turnParts(withoutStrayCloser(unbulleted(t.Body[pi].Text)))
		extendBlockWith(pi, parts, gaps)
	}
	blockStart := func() int { // the paragraph the block opened in
		b := r.out[block]
		return slices.IndexFunc(t.Body, func(p Para) bool { return p.Line == cmp.Or(b.GoesOnFrom, b.Line) })
	}
	handleOwners := map[string]*Speaker{} // a posting handle's owner, as a paragraph before one of its posts named them
	// handlePost is paragraph pi, a post printed under its author's
	// handle, as the words of the handle's owner (or of the person the
	// paragraph before names: "one Twitter user, Andre Thomas,
	// commented:" over "@dre7413: …").
	handlePost := func(pi int, handle, words string) Quote {
		q := Quote{Para: pi, Line: t.Body[pi].Line, Parts: []string{words}, Speaker: r.cast.person(handle, true), Via: ByName, Attribution: handle + ":", Unmarked: true}
		if at, name := handleAndOwner(handle); name != "" {
			q.Speaker = r.cast.person(name, true) // "@mooninanfield (Moonmoon Ghosh): …": the owner the handle names
			handleOwners[strings.ToLower(at)] = q.Speaker
		} else if who, via, att := r.announced(pi, false); who != nil && who.Kind == Person && via == ByName {
			q.Speaker, q.Attribution = who, att
			handleOwners[strings.ToLower(handle)] = who
		} else if who := handleOwners[strings.ToLower(handle)]; who != nil {
			q.Speaker = who // "He adds:" over "@acarvin: …": whose the handle was found to be above
		} else if who := r.cast.handleNamed(handle); who != nil {
			q.Speaker = who // "@AngusBlair1: …", after "… resident Angus Blair pointed fingers:": a handle made of a name
		}
		return q
	}
	for pi, p := range t.Body {
		r.para = pi
		text := p.Text
		starts := sentenceStarts(text)
		sp := spans[pi]
		if ownLabels != nil {
			if _, _, ok := ownLineLabel(text); ok {
				blockEnd = -1 // a label on its line: the next paragraph is its turn
				continue
			}
			if l, ok := ownLabels[pi]; ok && (len(sp) == 0 || strings.IndexFunc(text[:sp[0].open], unicode.IsLetter) >= 0) {
				// (a turn may quote words in marks, "when people will
				// say, ‘Hey, yeah, …’, will be …": they are its own)
				name, title := l.name, l.title
				blockEnd = -1
				if up := strings.ToUpper(name); questioner.Has(up) || presenters.Has(up) || presenters.Has(lastWord(up)) || asks[up] || ownVoice(title) || signsOn(text, labelName(name)) {
					asks[up] = true // (a presenter who signs on in this turn presents in the next too)
					r.readSpeech(text, 0, pi, starts)
					continue // the programme's own voice ("DORIAN JONES, Reporting for VOA:"), a question
				}
				// Only a voice the label says something of is read: a
				// sound bite ("Selim, Earthquake Survivor:",
				// "Unidentified Rescue Worker:"), an office ("PRIME
				// MINISTER:", whom the hosts interview by name); a bare
				// name may be an interviewer's as well as a guest's, and
				// the page does not say which. The bite is its paragraph.
				var who *Speaker
				answers := guests[lastWord(strings.ToUpper(name))] || officeLabel(name) || honoured(l.line) // a guest, an office, or a member of parliament (never the interviewer's label)
				if rest, ok := cutPrefixFold(name, "Unidentified "); ok {
					who = &Speaker{Name: strings.ToLower(rest), Kind: Unnamed}
				} else if f := strings.Fields(name); title != "" || len(f) <= 4 && seats.Has(strings.ToLower(f[len(f)-1])) || answers || len(ownLabels) == 1 { // (one voice's page: no interviewer to tell apart)
					if who, _ = r.label(labelName(name), pi, text); (who == nil || who.Kind == Organisation) && !strings.Contains(name, " ") {
						who = r.cast.person(name, true) // a given name alone
					}
				}
				if who != nil && who.Kind != Organisation {
					if who.Title == "" {
						who.Title = title
					}
					if parts, gaps := turnParts(text); len(parts) > 0 && wordsIn(text) >= 4 {
						openBlock(Quote{Para: pi, Line: p.Line, Speaker: who, Via: ByName, Attribution: l.line, Unmarked: true, Parts: parts, Gaps: gaps}, pi)
						if !answers && len(ownLabels) > 1 {
							blockEnd = -1 // a sound bite is its paragraph; a guest's answer, or one voice's page, goes on to the next label
						}
					}
					continue
				}
			}
		}
		if who, label := r.soundBite(pi, sp); who != nil {
			// a television script's sound bite: "((Deepa McCauley,
			// Volunteer ESL Teacher, Intercambio))" and then her words
			q := Quote{Para: pi, Line: p.Line, Speaker: who, Via: ByName, Attribution: label, Unmarked: true}
			bite := withoutClipTime(text)
			if sp := spans[pi]; len(sp) == 1 {
				bite, q.Unmarked = text[sp[0].start:sp[0].end], false // the bite set in marks: “…”
			}
			if q.Parts, q.Gaps = turnParts(bite); len(q.Parts) > 0 {
				openBlock(q, pi)
				continue
			}
		}
		if l := t.letterAt(p.Line); l != nil {
			// a paragraph of a letter reprinted in full: its signer's,
			// the words it quotes included; a paragraph the page broke
			// off mid-sentence goes on in the next
			if block >= 0 && blockEnd == pi-1 && r.out[block].Unmarked && t.letterAt(t.Body[pi-1].Line) == l &&
				(!sentenceEnd(t.Body[pi-1].Text) || !unicode.IsUpper(firstRune(strings.TrimSpace(text)))) {
				extendBlock(pi)
				last, lastEnd, lastClose = &r.out[block], pi, len(text)
				continue
			}
			if who, att := r.signer(l, pi); who != nil {
				openBlock(Quote{Para: pi, Line: p.Line, Parts: []string{unbulleted(text)}, Speaker: who, Via: ByName, Attribution: att, Unmarked: true, Signed: l.names}, pi)
				continue
			}
		}
		labelled := false
		if transcript {
			l, at, ok := turnLabel(text)
			if ok && furnitureLabel(l) {
				continue // "SCRIPT EDITORS: Newhouse, Reifenrath": a script's header, no one speaking
			}
			if labelled = ok; ok {
				blockEnd = -1 // a new turn
				questioned = questioned || lastRune(strings.TrimSpace(text)) == '?'
			}
			if ok && len(sp) == 1 && sp[0].open <= at && (sp[0].unclosed || sp[0].close >= len(strings.TrimRightFunc(text, unicode.IsSpace))-len("”.")) && asks[strings.ToUpper(l)] {
				continue // an interviewer's turn printed in marks, "AA: “Why a ballpark?”": their own question
			}
			if ok && (len(sp) == 0 || sp[0].open > at) {
				// a transcript's turn: "MR PRICE: Good afternoon."; one
				// that is all a quotation in marks ("DAVIES: “…”") is
				// read as copy, and so are the quotations inside a turn
				if up := strings.ToUpper(l); questioner.Has(up) || presenters.Has(up) || presenters.Has(lastWord(up)) || asks[up] || voices[up] || ownVoice(r.labelledTitle(l)) {
					if len(sp) == 0 {
						r.readSpeech(text, 0, pi, starts)
						continue // a question from the floor, the programme's own voice ("PATRICIA KARVELAS HOST:"), an interviewer's turn
					}
				} else if who, _ := r.label(labelName(l), pi, text[at:]); who != nil && who.Kind != Organisation {
					// (every turn of a label that mostly asks is the
					// interviewer's, whose words are not the story's
					// quotes; a briefer's "How are you today?" is theirs)
					if t := labelTitle(text); t != "" && (who.Title == "" || hasPrefixFold(t, who.Title+" ") || strings.EqualFold(t, who.Title)) {
						who.Title = t // "ROB MITCHELL, MEMBER FOR MCEWEN:"; "Minister" said in full; one read in capitals written as titles are
					}
					q := Quote{Para: pi, Line: p.LineAt(at), Speaker: who, Via: ByName, Attribution: l, Unmarked: true}
					if q.Parts, q.Gaps = turnParts(text[at:]); len(q.Parts) > 0 && wordsIn(text[at:]) >= 4 {
						openBlock(q, pi)
					} else if len(q.Parts) > 0 && slices.ContainsFunc(strings.Fields(text[at:]), func(w string) bool { return unicode.IsLower(firstRune(w)) }) {
						// "Good afternoon, everyone." is no quote, unless
						// the turn goes on in the next paragraph (not a
						// caption's name: "Bill HammonsImage: Bill Hammons.")
						short, shortAt = q, pi
					}
				}
				if len(sp) == 0 {
					continue
				}
			}
		}
		if prev, _ := t.lineBefore(pi); transcript && !labelled && len(sp) == 0 && (blockEnd < 0 || blockEnd != pi-1) && !isOwnLineLabel(prev) &&
			!strings.HasPrefix(strings.TrimLeft(text, ": "), "Welcome to") { // ("Welcome to THIS IS AMERICA … I'm Steve Ember": the programme's own voice)
			if name, att := selfNamed(text, 2); name != "" && !asks[strings.ToUpper(name)] { // (not a presenter's sign-on: "I'm Doug Johnson.")
				// ": I'm Andrew Charlton, Member for Parramatta. I want
				// to …": a turn whose label the stored page lost, its
				// speaker naming themselves
				q := Quote{Para: pi, Line: p.Line, Speaker: r.cast.person(name, true), Via: ByName, Attribution: att, Unmarked: true}
				if q.Parts, q.Gaps = turnParts(strings.TrimLeft(text, ": ")); len(q.Parts) > 0 {
					openBlock(q, pi)
					continue
				}
			}
		}
		if transcript && questioned && !labelled && block >= 0 && blockEnd == pi-1 && r.out[block].Unmarked && lastRune(strings.TrimSpace(text)) == '?' {
			// "Is it just small, opportunistic drug companies that are
			// “gaming” the system …?": the interviewer's question, whose
			// label the page dropped; the next paragraph answers it
			answerer, askedAt, blockEnd = r.out[block].Speaker, pi, -1
			r.readSpeech(text, 0, pi, starts)
			continue
		}
		if transcript && !labelled && askedAt >= 0 && askedAt == pi-1 && !r.headingBefore(pi) && (len(sp) == 0 || sp[0].open > 0) {
			if parts, gaps := turnParts(text); len(parts) > 0 {
				openBlock(Quote{Para: pi, Line: p.Line, Speaker: answerer, Via: Continued, Unmarked: true, Parts: parts, Gaps: gaps}, pi)
				continue
			}
		}
		if transcript && !labelled && len(sp) > 0 && block >= 0 && blockEnd == pi-1 && !r.headingBefore(pi) {
			// a turn goes on over a paragraph that quotes someone: "As
			// General McKenzie said …, “…”"; the quotation is read too
			extendBlock(pi)
		}
		if len(sp) == 0 && last != nil && lastEnd == pi-1 && (r.openAtEnd(pi-1, spans) || pi == reopenTo) && !labelled {
			// "“Britain needs … we can and must do better.\n\nThe key to
			// … future growth and entrepreneurship”.": a quotation left
			// open goes on over a paragraph that only closes it
			body := strings.TrimSpace(text)
			if end := strings.TrimRight(body, ".,;:!? "); end != "" && isCloseMark(lastRune(end)) && strings.IndexFunc(end[:len(end)-utf8.RuneLen(lastRune(end))], isMark) < 0 && wordsIn(end) >= 4 {
				words := strings.TrimSpace(end[:len(end)-utf8.RuneLen(lastRune(end))])
				last.Gaps = append(last.Gaps, 0)
				last.Parts = append(last.Parts, words)
				last.Text = strings.Join(last.Parts, " ")
				lastEnd, lastClose = pi, len(text)
				continue
			}
		}
		if len(sp) > 0 && sp[0].open > 0 && !transcript && strings.IndexFunc(text[:sp[0].open], unicode.IsLetter) >= 0 {
			if handle, words, ok := handleLine(text); ok && sp[0].open >= len(text)-len(words) {
				// "@clarissecarnets: Un vol Air France … dérouté sur Amman
				// “Conditions de sécurité pas entières …”": a post that
				// quotes words in marks, all of it the handle's
				addWhole(handlePost(pi, handle, words), pi)
				continue
			}
			if name, ok := t.signedBelow(pi); ok {
				// "Os fazedores de memes … “O satélite levou chip da
				// Movicel …” …" over "— LUATY BEIRÃO (@LuatyBeirao) 27
				// décembre 2017": a post that sets words in marks, all of
				// it its author's
				openBlock(signedPost(pi, name), pi)
				continue
			}
		}
		if len(sp) > 0 && block >= 0 && blockEnd == pi-1 && !transcript && r.out[block].Unmarked && phrasesInMarks(text, sp) && !r.headingBefore(pi) && r.translated(blockStart(), pi) {
			// "Lamentablemente … los responsables “políticos” e
			// “ideológicos” …" / "Unfortunately … those “political” and
			// “ideological” individuals …": a post's translation keeps
			// the words the post set in marks
			extendBlockWith(pi, []string{withoutStrayCloser(unbulleted(text))}, []int{})
			continue
		}
		phrases := sp
		if n := len(sp); n > 0 && pi == len(t.Body)-1 && sp[n-1].unclosed && unfinished(text) &&
			!slices.ContainsFunc(r.mentionsOf(pi), func(m mention) bool { return m.subject && m.sp.Kind == Person }) {
			// "… quartiers de Goma : “Trop c'est trop ! Laisse entendre un
			// p": the page stops inside a phrase the block sets in marks
			// (but "Jimmy Cliff's daughter, music executive Odessa
			// Chambers, paid tribute to her “U" is the writer's, of her)
			phrases = sp[:n-1]
		}
		afterColon := pi > 0 && strings.HasSuffix(strings.TrimSpace(t.Body[pi-1].Text), ":")
		lostBefore := pi > 0 && notEnglish(text) && endsLosingColon(strings.TrimSpace(blankLinkMarks(t.Body[pi-1].Text))) // "Eduardo Castro of Elefante News writes [pt] [2]" over his post in Portuguese
		if len(sp) > 0 && pi > 0 && !transcript && (sp[0].open > 0 && strings.IndexFunc(text[:sp[0].open], unicode.IsLetter) >= 0 || opensWithPhrase(text, sp)) && wordsIn(text) >= 12 &&
			(phrasesInMarks(text, phrases) && (!innerQuotesAttributed(text, sp) || afterColon) || (afterColon || lostBefore) && quotesWithin(text, sp)) {
			// a block quotation that quotes words of its own in marks:
			// "On the speech itself, Al Yousif adds:" / "Regardless, he
			// touched … Somehow a “shared interest” creeps in …"
			if who, via, att := r.announced(pi, true); who != nil {
				openBlock(Quote{Para: pi, Line: p.Line, Parts: []string{withoutStrayCloser(unbulleted(text))}, Speaker: who, Via: via, Attribution: att, Unmarked: true}, pi)
				continue
			}
		}
		if len(sp) == 0 && pi > 0 && !transcript && last != nil && !last.Partial && lastEnd == pi-1 {
			// "“Our enquiries are ongoing …" / "Officers are in the area
			// …" / "This is a busy road …" / "“We are particularly keen
			// …”": a quotation left open goes on over paragraphs printed
			// without its mark until one that opens and closes it
			if pi >= reopenTo && r.openAtEnd(pi-1, spans) {
				reopenTo = r.reopenedAt(pi, spans)
				// (announced as the following statement, or by a colon
				// right before it, the copy stopping in the paragraph
				// after: "The Tánaiste said:" / "“This funding will help
				// … a priority for Ireland" / "In South Sudan, … one out
				// of eve")
				announced := announcesFollowing(last.Attribution) || pi == len(t.Body)-1 && last.Para == pi-1 && last.Para > 0 && strings.HasSuffix(strings.TrimSpace(t.Body[last.Para-1].Text), ":")
				if reopenTo < 0 && r.openToCut(pi, spans, announced) {
					reopenTo = len(t.Body) // "… with the following statement:" / "“Three years into …" / … / "to healthcare professionals,": the copy stops inside it
				}
			}
			if pi < reopenTo {
				addWhole(continued(pi), pi)
				continue
			}
		}
		if transcript && !labelled && len(sp) == 0 && shortAt >= 0 && shortAt == pi-1 && !r.headingBefore(pi) && lastRune(strings.TrimSpace(text)) != '?' {
			openBlock(short, shortAt) // the short turn goes on: "DANA WHITE: Good afternoon, everyone." then "Joining me today is …"
		}
		if len(sp) == 0 && len(r.out) == 0 && !transcript && prose(text) && !slices.ContainsFunc(t.Body[:pi], func(b Para) bool { return prose(b.Text) }) {
			// "Statement by the Tánaiste on the death of Queen Elizabeth"
			// over "I pay tribute to Queen Elizabeth …": the statement
			// the headline says the text prints, without marks, unless
			// the paragraph before announces who speaks it ("The Rt. Hon
			// Alan Duncan, Minister of State …, said:")
			if who, att := r.statementHeading(p.Line, pi); who != nil && r.speaksUnnamed(pi, who) && !r.announcesSpeaker(pi) {
				openBlock(Quote{Para: pi, Line: p.Line, Parts: []string{strings.TrimSpace(text)}, Speaker: who, Via: ByName, Attribution: att, Unmarked: true}, pi)
				headed = true
				continue
			}
		}
		if len(sp) == 0 && len(r.out) == 0 && !transcript && prose(text) {
			// "The Hon Greg Hunt MP" / "Former Minister for Health and
			// Aged Care" over "Good afternoon everyone. I’m pleased to be
			// able to give you an update …": the opening statement of the
			// one whose transcript the page is, printed without a label
			if who, att := r.transcriptHolder(p.Line, says); who != nil && r.speaksUnnamed(pi, who) {
				openBlock(Quote{Para: pi, Line: p.Line, Parts: []string{strings.TrimSpace(text)}, Speaker: who, Via: ByName, Attribution: att, Unmarked: true}, pi)
				headed, held = true, true
				continue
			}
		}
		if len(sp) == 0 && pi > 0 {
			// a block quotation, printed without marks
			goesOn, firstPerson := false, false
			if blockEnd == pi-1 && !transcript {
				run := impersonal
				if announcesFollowing(r.out[block].Attribution) || headed && block == 0 {
					run = 0 // "issued the following statement:": all that follows is the statement
				}
				goesOn, firstPerson = r.speaksOn(pi, r.out[block].Speaker, run, blockStart())
				if held && cmp.Or(r.out[block].GoesOnFrom, r.out[block].Line) == r.out[0].Line && !goesOn {
					// the opening statement goes on to the first label,
					// in the first person or not ("That is the capacity to
					// have sovereign domestic manufacturing …")
					goesOn = (r.proseAt(pi) || prose(text)) && !opensWithLabel(text) && !r.headingBefore(pi)
				}
				if _, signed := t.signedBelow(pi - 1); signed {
					goesOn = false // a post ends with the signature under it (its translation may follow)
				}
				if goesOn && numberedLinks(text) >= 2 && !slices.ContainsFunc(t.Body[blockStart():pi], func(p Para) bool { return numberedLinks(p.Text) > 0 }) {
					goesOn = false // "Conspiracy theory [8], shock [9] and …": the writer's links again, after a post that had none
				}
				if !goesOn && !r.headingBefore(pi) {
					goesOn = r.translated(blockStart(), pi)
				}
			}
			if blockEnd == pi-1 && (transcript && !r.headingBefore(pi) && (lastRune(strings.TrimSpace(text)) != '?' || len(starts) > 2) || goesOn) {
				// (in a transcript, a question with no label is the
				// interviewer's: "And you're from Canada, eh?")
				if impersonal++; firstPerson {
					impersonal = 0
				}
				// the block, or the turn, goes on
				extendBlock(pi)
				last, lastEnd, lastClose = &r.out[block], pi, len(text)
				continue
			}
			if name, ok := t.signedBelow(pi); ok && !transcript && wordsIn(text) >= 3 {
				// "Cuando hay un terremoto en tu pais …" over "— Daniel
				// Sais (@danielsais) April 17, 2016": an embedded post
				// and its author's signature
				openBlock(signedPost(pi, name), pi)
				continue
			}
			if name, ok := t.creditAfter(pi); ok && !transcript && wordsIn(text) >= 6 {
				// "Unfortunately I have to inform the public …" over
				// "—Superintendent Gary Knowles": a pull quote and its
				// credit
				// (one that repeats words quoted above is no new quote:
				// "Cquote1.svg Under the clear presumption … Cquote2.svg")
				if who := r.dashAttribution(t.Body[pi+1].Text); who != nil && !t.repeated(pi) {
					addWhole(Quote{Para: pi, Line: p.Line, Parts: []string{strings.TrimSpace(text)}, Speaker: who, Via: ByName, Attribution: "—" + name, Unmarked: true}, pi)
					continue
				}
			}
			if handle, words, ok := handleLine(text); ok && !transcript {
				// "@oilandmusic76: did we really implement a state of
				// emergency …": a post printed under its author's handle
				// (or the person the paragraph before names: "one Twitter
				// user, Andre Thomas, commented:" over "@dre7413: …")
				addWhole(handlePost(pi, handle, words), pi)
				continue
			}
			if who, via, att := r.announced(pi, false); who != nil {
				openBlock(Quote{Para: pi, Line: p.Line, Parts: []string{withoutStrayCloser(unbulleted(text))}, Speaker: who, Via: via, Attribution: att, Unmarked: true}, pi)
				continue
			}
			if who := r.translatedPostOf(pi); who != nil && !transcript {
				// "Colombian student Juan Pablo Ramírez blogs his opinions
				// … He shared his farewell to the World Cup …" / "En fin,
				// el que terminó ayer …" / "Anyway, the World Cup that
				// ended yesterday …": a post in its own language and its
				// translation, under a paragraph about the one person who
				// wrote it
				openBlock(Quote{Para: pi, Line: p.Line, Parts: []string{strings.TrimSpace(text)}, Speaker: who, Via: Nearby, Unmarked: true}, pi)
				continue
			}
			if !transcript && (last == nil || lastEnd < pi-1) && prose(text) && firstPersonParagraph(text) && firstPersonProse() == 1 {
				// "Health Minister Simon Harris today welcomed the
				// Government approval …, saying that it would allow …" /
				// "My top priority is addressing …": the one paragraph in
				// the first person, right after one that reports the
				// person's speech, is their words, printed without marks
				if who, att := r.reportedBefore(pi); who != nil {
					openBlock(Quote{Para: pi, Line: p.Line, Parts: []string{strings.TrimSpace(text)}, Speaker: who, Via: ByName, Attribution: att, Unmarked: true}, pi)
					continue
				}
			}
			if !transcript && (last == nil || lastEnd < pi-1) && prose(text) && !strings.ContainsFunc(text, isMark) && inFirstPerson(text) {
				// "Speaking after the vote, Minister Howlin said:" / "…" /
				// "Minister Howlin noted that …" / "Ireland appreciates …
				// and we worked hard …": a release that prints a person's
				// words without marks goes back to them after a paragraph
				// that reports them
				if who, via, att := r.reportedAgain(pi); who != nil {
					openBlock(Quote{Para: pi, Line: p.Line, Parts: []string{strings.TrimSpace(text)}, Speaker: who, Via: via, Attribution: att, Unmarked: true}, pi)
					continue
				}
			}
			if !transcript && last != nil && lastEnd == pi-1 && !last.Partial && last.Speaker.Kind == Person && opensFirstPerson(text) && firstPersonProse() == b2i(firstPersonParagraph(text)) {
				// "“…,” she said." / "I hope that things may start to
				// improve …": the speaker goes on in the first person,
				// the page having lost the marks
				openBlock(continued(pi), pi)
				continue
			}
		}
		if len(sp) == 0 && !transcript {
			if who, att, words := r.saidInline(pi); who != nil {
				// "Deputy Head of Fraud …, Andrew Penhale, said: Steven
				// Newell's fraud started before …": the words after a
				// named person's verb of speech and a colon, printed
				// without marks
				openBlock(Quote{Para: pi, Line: p.Line, Parts: []string{words}, Speaker: who, Via: ByName, Attribution: att, Unmarked: true}, pi)
				continue
			}
		}
		if len(sp) > 0 && sp[0].open > 0 && block >= 0 && blockEnd == pi-1 && !transcript && r.out[block].Unmarked && !r.headingBefore(pi) &&
			(r.goesOnQuoting(pi, text, sp, r.out[block].Speaker, impersonal, blockStart()) || r.translated(blockStart(), pi)) {
			// "I couldn't say anything and Mark just said: ‘She's having
			// a moment.’": a block quotation goes on in the first person,
			// quoting someone inside it, or setting a phrase off ("we
			// are consulting on a new ‘public health’ approach")
			extendBlock(pi)
			last, lastEnd, lastClose = &r.out[block], pi, len(text)
			continue
		}
		if len(sp) == 1 && sp[0].open == 0 && sp[0].unclosed && strings.HasPrefix(text, "‘") && block >= 0 && blockEnd == pi-1 && !transcript {
			// "Nick Herbert said:\n\nToday’s crime figures show …\n\n‘There
			// are areas of concern …": the block goes on in a paragraph
			// opened with a mark, as British copy opens each of a
			// quotation's paragraphs
			extendBlockWith(pi, []string{strings.TrimSpace(text[sp[0].start:sp[0].end])}, nil)
			last, lastEnd, lastClose = &r.out[block], pi, len(text)
			continue
		}
		// Group the spans into quotes: spans with only an attribution
		// (or nothing) between them are parts of one quote.
		consumed := 0 // offset up to which speech verbs were read
		for si := 0; si < len(sp); si++ {
			first := sp[si]
			consumed = min(consumed, first.open) // (an attribution read past the next quotation's mark does not swallow it)
			group := []span{first}
			var between []string
			for si+1 < len(sp) {
				gap := text[sp[si].close:sp[si+1].open]
				if named := strings.TrimSpace(text[sp[si+1].start:sp[si+1].end]); allCapitalised(named) && nameSlot(gap) && !sp[si+1].unclosed {
					// "“…,” said Hem Krainh Tony, …, as a guest on “Hello
					// VOA.” “We know it’s greater.”": a programme's name in
					// marks is part of what stands between the parts
					if si+2 < len(sp) && strings.TrimSpace(text[sp[si+1].close:sp[si+2].open]) == "" {
						sp = slices.Delete(slices.Clone(sp), si+1, si+2)
						continue
					}
					break
				}
				if !isAttributionOnly(gap) || sp[si].unclosed || !continuesAfter(text[sp[si].start:sp[si].end], gap) || strings.HasSuffix(strings.TrimSpace(gap), "(") {
					break // the writer's sentence, or an aside in brackets: "MDMA (“ecstasy”)"
				}
				if strings.TrimSpace(gap) == "" && strings.ContainsRune(".?!", lastRune(strings.TrimSpace(text[sp[si].start:sp[si].end]))) && r.attributedAfter(text, starts, sp[si+1], pi) {
					break // "…tough too.”“It’s been …,” said Sen. Welch: the next speaker's
				}
				if strings.TrimSpace(gap) != "" {
					// "“A,” said Rita McCarthy, CEO of … . “B,” said Curt
					// Crandall": the next quote names a speaker of its own
					if next := r.speakerAfter(text, starts, sp[si+1], pi); next != nil {
						if this, _, _ := r.subjectOf(gap, pi, sp[si].close); this != nil && this != next {
							break
						}
					}
				}
				if namesWhatWasSaid(gap) {
					break // "… comment that “A”, calling it “B”": the caller's words about A
				}
				if unicode.IsLower(firstRune(strings.TrimSpace(text[sp[si].start:sp[si].end]))) && strings.HasSuffix(strings.TrimSpace(gap), ":") {
					break // "talks which he described as “very tough and complex”, told reporters: “A roadmap …”": a phrase, then a quotation the colon announces
				}
				if next := strings.TrimSpace(text[sp[si+1].start:sp[si+1].end]); !strings.ContainsAny(lastWord(next), ".,!?") && titleCased([]string{next}, true) {
					break // "“…,” he said on WTOP-FM's “Ask the Governor”": a programme's name
				}
				if determiners.Has(strings.ToLower(lastWord(strings.TrimSpace(gap)))) {
					break // "“I do not make this decision lightly”, calling it a “difficult and painful decision”": the writer's phrase
				}
				if s0, _ := sentenceAt(starts, sp[si].open, len(text)); si == 0 && strings.TrimSpace(gap) != "" && unicode.IsUpper(firstRune(text[sp[si+1].start:])) &&
					isPartial(text[sp[si].start:sp[si].end], text[s0:sp[si].open]) {
					break // "Calling it a “culture of death” the archbishop said “We need to pray…”": a phrase, then a sentence
				}
				between = append(between, gap)
				si++
				group = append(group, sp[si])
			}
			lastSpan := group[len(group)-1]
			q := Quote{Para: pi, Line: p.LineAt(first.open)}
			for i, g := range group {
				q.Parts = append(q.Parts, strings.TrimSpace(text[g.start:g.end]))
				if i > 0 {
					q.Gaps = append(q.Gaps, wordsIn(text[group[i-1].close:g.open]))
				}
			}
			// A paragraph that opens inside a quote left open at the end
			// of the last one goes on with it.
			if last != nil && lastEnd == pi-1 && bulletOnly(text[:first.open]) && r.openAtEnd(pi-1, spans) && !r.otherSpeaker(text, starts, first, last.Speaker, pi) {
				q.Speaker, q.Via, q.Attribution, q.GoesOnFrom = last.Speaker, last.Via, last.Attribution, cmp.Or(last.GoesOnFrom, last.Line)
				q.Text = strings.Join(q.Parts, " ")
				// (a paragraph the copy cuts off is a quote of its own, as
				// every paragraph of a quotation is, and says it is cut:
				// "“But transparency i")
				q.Cut = lastSpan.unclosed && pi == len(t.Body)-1 && cutOff(q.Text)
				r.readSpeech(text[consumed:first.open], consumed, pi, starts)
				r.heard(q.Speaker, lastSpan.close)
				r.out = append(r.out, q)
				last, lastEnd, lastClose = &r.out[len(r.out)-1], pi, lastSpan.close
				consumed = lastSpan.close
				continue
			}
			r.readSpeech(text[consumed:first.open], consumed, pi, starts)
			sentS, sentE := sentenceAt(starts, first.open, len(text))
			before := text[sentS:first.open]
			// "SB(0:07:25): “…”": a script's cue for a sound bite, not
			// who speaks it
			cue := timeCue(text[:first.open])
			if cue {
				sentS, before = first.open, ""
			}
			_, endE := sentenceAt(starts, max(lastSpan.close-1, 0), len(text))
			after := text[lastSpan.close:max(endE, lastSpan.close)]
			if strings.TrimSpace(after) == "" && endE < len(text) {
				// "“… ask for it?” Mr Byrne asked.": a sentence of a few
				// words after the quote's own may say who spoke
				if _, e := sentenceAt(starts, endE, len(text)); (wordsIn(text[endE:e]) <= 6 || wordsIn(text[endE:e]) <= 16 && endsWithSpeech(text[endE:e])) && strings.HasSuffix(strings.TrimSpace(text[endE:e]), ".") ||
					e == len(text) && signature(text[endE:e], '.') {
					after = text[lastSpan.close:e] // (or the signature that ends a pull quote's paragraph)
				}
			}
			if i := strings.IndexFunc(after, isMark); i >= 0 {
				after = after[:i]
			}
			_ = sentE
			q.Partial = isPartial(q.Parts[0], before)
			closedWith := lastRune(strings.TrimSpace(text[lastSpan.start:lastSpan.end]))

			var who *Speaker
			via := ByName
			attribution := ""
			for _, gap := range between {
				if who == nil {
					who, via, attribution = r.subjectOf(afterEndingPhrase(gap), pi, first.open)
				}
			}
			if who == nil && bulletOnly(text[:first.open]) {
				who, via, attribution = r.authorAfterColon(after, pi, lastSpan.close)
			}
			if who == nil {
				if s, v, a := r.attributionAfter(after, closedWith, pi, lastSpan.close); s != nil {
					who, via, attribution = s, v, a
					if l := strings.ToLower(a); s.Kind == Organisation && (strings.HasPrefix(l, "according to") || strings.HasSuffix(l, " reported") || strings.HasSuffix(l, " reports")) {
						// "Pelosi called Trump's conduct a “…,” according to
						// NBC", "Her daughters said she was “…”, Sky News
						// reported": the outlet reports what the person said
						if p, pv, pa := r.attributionBefore(text, starts, sentS, first.open, pi); p != nil && p.Kind != Organisation {
							who, via, attribution = p, pv, pa
						}
					}
				}
			}
			if who == nil && closedWith == ',' && strings.TrimSpace(text[lastSpan.close:]) == "" && pi+1 < len(t.Body) && attributionAlone(t.Body[pi+1].Text) {
				// "“A,”", then "said Associate Attorney General West." as a
				// paragraph of its own
				who, via, attribution = r.attributionAfter(t.Body[pi+1].Text, closedWith, pi, lastSpan.close)
			}
			if who == nil && closedWith == ',' {
				// "“…,” Sheila McGrath, an analyst at Evercore ISI who
				// covers Forest City" and the verb lost to the page's
				// layout: the name set off after the comma says who
				if sp, att := r.namedAfterComma(text[lastSpan.close:], pi, lastSpan.close); sp != nil {
					who, via, attribution = sp, ByName, att
				}
			}
			if who == nil {
				// (the clause since the quotation before it in the same
				// sentence, if that names a speaker: "X, the leader, told
				// MSNBC Y “…,” while Trump noted his “…”" is Trump's;
				// else the whole sentence's)
				if consumed > sentS && ownSubject(text[consumed:first.open]) {
					who, via, attribution = r.attributionBefore(text, starts, consumed, first.open, pi)
				}
				if s, v, a := r.attributionBefore(text, starts, sentS, first.open, pi); who == nil && s != nil && !cue {
					who, via, attribution = s, v, a
				}
			}
			if rest, ok := strings.CutPrefix(strings.TrimLeft(after, ",.;—– "), "by "); ok && (who == nil && passiveSpeech(before) || speechParticiple(strings.Join(lastFields(before, 6), " "))) {
				// "Lukashenko has been referred to as “the last dictator in
				// Europe,” by Washington": the agent of a verb of speech in
				// the passive (before the sentence's subject, when the verb
				// is right before the quotation: "The committee said … an
				// outing called the festival's “best ever” by acting
				// Premier Michael Ferguson")
				if np := npAfter(rest); (isCap(np) || describedAgent(np)) && !pronouns.Has(np) {
					if s, v := r.resolve(np, pi, lastSpan.close); s != nil {
						who, via, attribution = s, v, "by "+np
					}
				}
			}
			if a := strings.TrimSpace(after); who == nil && si+1 < len(sp) && (q.Partial && a == "and" || a == "and that") {
				// "… was a “warrior mum” and “a true friend”, her daughters
				// said": phrases joined by "and" share the attribution
				// after the last of them
				k := si + 1
				for k+1 < len(sp) && sp[k+1].open < endE && (strings.TrimSpace(text[sp[k].close:sp[k+1].open]) == "and" || strings.TrimSpace(text[sp[k].close:sp[k+1].open]) == "and that") {
					k++
				}
				// (the last one ends its clause: not "the “phony” and “nasty” Harris attacked")
				closed := lastRune(strings.TrimSpace(text[sp[k].start:sp[k].end]))
				if _, e := sentenceAt(starts, max(sp[k].close-1, 0), len(text)); sp[k].close <= e && (strings.HasPrefix(strings.TrimSpace(text[sp[k].close:e]), ",") || closed == ',') {
					if s, v, a := r.attributionAfter(text[sp[k].close:e], closed, pi, sp[k].close); s != nil {
						who, via, attribution = s, v, a
					}
				}
			}
			if who == nil && q.Partial && si+1 < len(sp) && sp[si+1].open < endE {
				// "cases are once again showing a “steep incline,” and …
				// it will be “a very hard winter ahead,” Dr. Sarah Moyer
				// said Tuesday.": the sentence's phrases are the speaker's
				// its end names
				k := si + 1
				for k+1 < len(sp) && sp[k+1].open < endE {
					k++
				}
				closed := lastRune(strings.TrimSpace(text[sp[k].start:sp[k].end]))
				if _, e := sentenceAt(starts, max(sp[k].close-1, 0), len(text)); sp[k].close <= e && e == endE && (strings.HasPrefix(strings.TrimSpace(text[sp[k].close:e]), ",") || closed == ',') {
					if s, v, a := r.attributionAfter(text[sp[k].close:e], closed, pi, sp[k].close); s != nil {
						who, via, attribution = s, v, a
					}
				}
			}
			headed := func(signs bool) {
				// a name line above a paragraph that is a quotation, as a
				// page of statements heads each with its speaker:
				// "Ursula von der Leyen, President of the European
				// Commission"; unless (signs) the line may sign the
				// quotation before it instead
				if who != nil || strings.TrimSpace(text[:first.open]) != "" || strings.TrimSpace(text[lastSpan.close:]) != "" {
					return
				}
				prev, k := t.lineBefore(pi)
				if topicLine(prev) {
					prev, k = t.lineAbove(pi, prev) // "HEAD COACH Tom Penders / Opening statement:"
				}
				if l, ok := labelLine(prev); ok && !signs && countFields(l) >= 2 && !furnitureLabel(l) {
					// "Ochieng Waneno Dan:" over the words quoted next, as a
					// page of readers' comments prints them: a speaker's
					// label on a line of its own
					if sp, v := r.label(l, pi, ""); sp != nil {
						who, via, attribution = sp, v, prev
						return
					}
				}
				if prev != "" && (signs || k < 0 || !endsQuoting(t.Body[k].Text)) {
					if sp := r.signature(prev); sp != nil {
						who, via, attribution = sp, ByName, prev
					}
				}
				if sp := r.roundupHeading(prev); who == nil && sp != nil {
					who, via, attribution = sp, ByName, prev // "Gary Megson (Bolton)" over each manager's words
				}
			}
			headed(false)
			// (a body the line above names, "From NOAA:", gives way to
			// the person who signs the words below)
			bodyAbove := who != nil && who.Kind == Organisation
			if (who == nil || bodyAbove) && strings.TrimSpace(text[lastSpan.close:]) == "" {
				// the signature on the next line: "— Maria Perez,
				// Director", or without the dash, right under a quotation
				// that is all its paragraph: "Dr. Jane Lubchenco, NOAA
				// administrator"
				var signer *Speaker
				if pi+1 < len(t.Body) {
					signer = r.dashAttribution(t.Body[pi+1].Text)
				}
				if signer != nil {
					who, via, attribution = signer, ByName, t.Body[pi+1].Text
				} else if sp := r.creditBelow(pi); sp != nil && bulletOnly(before) && sentS == 0 && countFields(strings.Join(q.Parts, " ")) >= 4 {
					who, via, attribution = sp, ByName, strings.TrimSpace(t.lineAfter(pi))
				}
			}
			if who == nil && strings.TrimSpace(text[lastSpan.close:]) == "" {
				// or a title and a name alone, which the reader set apart
				// as a line of its own: "Senator Josh Hawley"
				if next := t.lineAfter(pi); next != "" && !strings.HasSuffix(strings.TrimSpace(next), ":") {
					// (a line that ends with a colon introduces what
					// follows it: "Governor Francis Shawn:" over the next
					// reader's comment)
					if sp := r.signature(next); sp != nil {
						who, via, attribution = sp, ByName, next
					} else if sp := r.namedAlone(next); sp != nil {
						who, via, attribution = sp, ByName, next // "Geoffrey Fowler" under a pull quote: someone the text has introduced
					}
				}
			}
			headed(true)
			if n := len(r.speakers); who == nil && (sentS == 0 || sentS == first.open && (n == 0 || r.heardIn[n-1] < pi)) && bulletOnly(before) && pi > 0 {
				// (not when a sentence of the paragraph before the
				// quotation heard its speaker: "But city officials denied
				// the action was an eviction:" over "Deputy Governor Mann
				// Chhoeun said the action was not an eviction. “…”")
				prev := colonFor(strings.TrimSpace(t.Body[pi-1].Text))
				if p, ok := strings.CutSuffix(prev, "."); ok && announcesFollowing(prev) {
					prev = p + ":" // "Chairman Hal Rogers gave the following statement on the House floor tonight …."
				}
				if strings.HasSuffix(prev, ":") && !topicLine(t.Body[pi-1].Text) {
					s0, _ := sentenceAt(sentenceStarts(prev), len(prev)-1, len(prev))
					who, via, attribution = r.introducer(prev[s0:], pi-1, s0)
				}
			}
			if who == nil && (sentS == 0 || sentS == first.open) && bulletOnly(before) {
				if sp, att := r.headingSpeaker(pi); sp != nil {
					who, via, attribution = sp, ByName, att // a press conference's transcript, speaker by speaker
				}
			}
			said := strings.Join(q.Parts, " ") // the words so far
			quoteOnly := bulletOnly(before) && strings.TrimSpace(text[lastSpan.close:]) == ""
			crosshead := quoteOnly && r.repeatedLater(said, pi)
			if who == nil && bulletOnly(before) && sentS == 0 && last != nil && !last.Partial && !q.Partial &&
				(lastEnd >= pi-1 || lastEnd == pi-2 && (r.openAtEnd(lastEnd, spans) || attributionAlone(t.Body[pi-1].Text))) &&
				(pi+1 >= len(t.Body) || !attributionAlone(t.Body[pi+1].Text)) {
				// (or the quotation went on over paragraphs, left open, and
				// one paragraph printed without marks came between, or the
				// paragraph that said who spoke: "“A,”", "said Sen. Lee.",
				// "“B.”"; but not a quotation whose own speaker the next
				// paragraph names). It is a quote of its own, as every
				// paragraph of a quotation is, even when the one before
				// broke off at a comma for its attribution ("“A,” said
				// McCullum." / "“B.”").
				who, via = last.Speaker, Continued
				if lastSpan.unclosed {
					// but a quotation this paragraph opens and leaves open
					// is the one whose close names someone else: "“A,” the
					// Deputy Prime Minister said." / "“B." / "“C,” Minister
					// Littleproud said."
					if sp, att := r.closerAhead(pi, first.open, spans); sp != nil && sp != last.Speaker {
						who, attribution = sp, att
					}
				}
			}
			if prev, k := t.lineBefore(pi); who == nil && bulletOnly(before) && sentS == 0 && last != nil && !last.Partial && !q.Partial && lastEnd == k && topicLine(prev) {
				// the next answer under a line that says what it is about
				// ("On bouncing back:"): the same speaker's
				who, via = last.Speaker, Continued
			}
			words := countFields(said)
			// a quote the stored text cuts off ("“Challeng") is as long
			// as the speaker made it, not as the copy left it: no test
			// of its length applies
			cut := lastSpan.unclosed && pi == len(t.Body)-1 && cutOff(said) && utf8.RuneCountInString(said) >= 3 // (not "“T", a letter the copy stops at)
			if q.Partial {
				// "The 45-year-old, described at the time as a “bloody
				// champion” by one mate, …": the agent after the phrase
				// said it, whoever the sentence is about
				if sp, att := r.agentAfter(before, text[lastSpan.close:], pi, lastSpan.close); sp != nil {
					who, via, attribution = sp, ByName, att
				}
			}
			if who == nil && !q.Partial && lastSpan.unclosed && bulletOnly(before) && sentS == 0 {
				// a quotation that runs on over paragraphs, each opened
				// with a mark, and says whose it is where it closes
				if sp, att := r.closerAhead(pi, first.open, spans); sp != nil {
					who, via, attribution = sp, Continued, att
				}
			}
			if who == nil && !q.Partial && (words >= 4 || cut) && !crosshead {
				// no attribution: the person this paragraph has just
				// heard or named (but a paragraph that is only words the
				// story quotes again later is a crosshead or a pull quote
				// of whoever says them there: see orphans)
				who, via = r.nearby(pi, first.open), Nearby
				if n := len(r.speakers); who == nil && (cut || lastSpan.unclosed && bulletOnly(before) && sentS == 0) && n > 0 && r.heardIn[n-1] >= pi-3 && !slices.ContainsFunc(r.cast.mentions, func(m mention) bool {
					return m.para > r.heardIn[n-1] && m.para < pi && m.sp.Kind == Person && m.sp != r.speakers[n-1]
				}) {
					// the copy stops before it says whose the words are,
					// or a paragraph opens a quotation it leaves open, as
					// a statement run over paragraphs does: the one heard
					// last, a paragraph or two before, when no one else is
					// named since
					who = r.speakers[n-1]
				}
				if who != nil && (who.Kind == Organisation || manyPeople(who)) && inFirstPersonSingular(said) {
					// "The report in The Sunday Times states …" / "“For
					// obvious reasons, I don’t comment …”": a paper does
					// not say "I", nor do "her parents"; the person heard
					// just before does
					if sp := r.personHeardSince(pi - 3); sp != nil {
						who = sp
					}
				}
			}
			if who == nil && !q.Partial && words >= 4 && bulletOnly(before) && sentS == 0 && strings.TrimSpace(text[lastSpan.close:]) == "" {
				// a paragraph that is a quotation and nothing more, after
				// one that opens with the person it speaks of ("BCG
				// analyst Colin Gillis shared his perspective …"), no one
				// heard since
				if m, ok := r.openerBefore(pi, 0, true); ok && m.para == pi-1 && m.sp.Title != "" {
					who, via = m.sp, Nearby
				}
			}
			if who == nil && q.Partial && words >= 4 && last != nil && lastEnd == pi && r.heardIn[len(r.speakers)-1] == pi && max(lastClose, consumed) <= first.open && continuesSpeech(text[max(lastClose, consumed):first.open]) &&
				unicode.IsLower(firstRune(q.Parts[0])) && !strings.ContainsAny(said, "#{}<>=") {
				// a phrase of the speaker this paragraph has just quoted,
				// after a few words that name no one else: "…,” he said.
				// But in Cambodia, “the Assembly has no right to dismiss
				// …” (in lower case: not a title in marks, nor a page's
				// markup, "background-color:#C4E0FF;"); not a phrase inside a
				// transcript's turn, which already holds it
				who, via = last.Speaker, Continued
			}
			if lead := strings.TrimSpace(text[:first.open]); who == nil && q.Partial && words >= 4 && last != nil && lastEnd == pi-1 && sentS == 0 && lead != "" && continuesSpeech(lead) &&
				len(r.speakers) > 0 && r.speakers[len(r.speakers)-1] == last.Speaker && r.heardIn[len(r.speakers)-1] == pi-1 &&
				unicode.IsLower(firstRune(q.Parts[0])) && strings.TrimSpace(r.t.Body[pi-1].Text[lastClose:]) == "" {
				// and one that opens the next paragraph after a connective,
				// when the paragraph before ended with the speaker's words:
				// "…, Surrey RCMP says “…”" / "However, “we want to …”"
				who, via = last.Speaker, Continued
			}
			if who == nil && q.Partial && inFirstPerson(said) {
				// and a phrase in the writer's sentence when it speaks in
				// the first person, as only a speaker does: her “passion”
				// for the hobby “stemmed through my love for Halloween”;
				// a person's, named or not, unless it says only "we"
				if sp := r.nearby(pi, first.open); sp != nil && (sp.Kind != Organisation || !inFirstPersonSingular(said)) {
					who, via = sp, Nearby
				}
			}
			if who == nil && q.Partial && words >= 2 && !cut {
				// "McCaw rated the game as one of the toughest after
				// “having to get out of second gear”": the words of the
				// sentence's subject, someone the text has already quoted
				if np := leadingSubject(before); np != "" && isCap(np) {
					if sp := r.cast.known(np); sp != nil && slices.Contains(r.speakers, sp) {
						who, via, attribution = sp, ByName, np
					}
				}
			}
			if who == nil && q.Partial && !cut && !slices.ContainsFunc(strings.Fields(before), speechWord) {
				// "An “extremely violent weekend” in the city culminated …
				// when an officer shot a man, interim police chief James
				// White said.": the sentence's own last clause says whose
				// phrase it is (but in "The pair told Polis in a Jan. 20
				// letter that “…”, The Denver Post reported." the pair
				// said it: a verb of speech in the words before)
				if sp, v, att := r.sentenceEndSpeaker(text, starts, lastSpan.close, pi); sp != nil {
					who, via, attribution = sp, v, att
				}
			}
			short := !cut && (words <= 3 && via >= Continued && attribution == "" || oneWord(q.Parts) && !(q.Partial && attribution != "" && via <= ByPronoun && !termInMarks(before, text[lastSpan.close:])) ||
				q.Partial && words <= 3 && len(group) == 1 && namesThing(before, text[lastSpan.close:]))
			goesOnToCut := cut && pi == len(t.Body)-1 && len(orphans) > 0 && orphans[len(orphans)-1].Para == pi-1
			if who == nil && !q.Partial && (!cut || goesOnToCut) && words >= 4 && bulletOnly(before) && strings.TrimSpace(text[lastSpan.close:]) == "" && !titleCased(q.Parts, false) {
				// a paragraph that is a quotation and nothing more, said by
				// no one yet: a pull quote, whose words the story may
				// quote again with its speaker (read when every
				// paragraph has been); or the last paragraph of such a
				// quotation, reopened, where the copy stops
				q.Text, q.Cut = strings.Join(q.Parts, " "), cut
				orphans = append(orphans, q)
			}
			// (a quotation inside a speaker's turn that no name or role
			// attributes is the turn's: "PRIME MINISTER: … they're
			// actually even asking, “Why haven't they got back to us?”";
			// but "THE PRESIDENT: I say, “God bless you all.”" quotes the
			// turn's speaker)
			inTurn := labelled && via >= ByPronoun && block >= 0 && r.out[block].Para == pi && !(who == r.out[block].Speaker && inFirstPerson(before+" "+attribution))
			if who == nil || short || inTurn || allCapitalised(q.Parts[0]) && (q.Partial || len(q.Parts) == 1 && nameSlot(before)) && !properAdjective(q.Parts[0]) || titleCased(q.Parts, q.Partial || namingVerbs.Has(strings.ToLower(lastWord(strings.TrimSpace(before))))) && !saidAfter(q, attribution) || strings.HasPrefix(q.Parts[0], "#") && (words < 4 || strings.HasSuffix(strings.TrimSpace(q.Parts[len(q.Parts)-1]), "#")) {
				// (nor is a hashtag in marks: “#we want freedom of speech#”;
				// but a post may open with one: “#Singapore is leaving no
				// stone unturned, …,” the WHO chief said in a tweet)
				r.readSpeech(text[first.open:lastSpan.close], first.open, pi, starts) // nothing quoted
				consumed = lastSpan.close
				continue
			}
			// "“A.” Dittmar went on to add, “B.”": a quote whose
			// attribution names the same speaker goes on
			for si+1 < len(sp) && !sp[si].unclosed && !(q.Partial && unicode.IsLower(firstRune(q.Parts[0]))) {
				// (a phrase quoted in the writer's sentence is not the
				// start of the speaker's own sentences that follow)
				gap := text[sp[si].close:sp[si+1].open]
				if !speakingOn(gap) { // ("“A,” adding, “B”": the same speaker's)
					if !isAttributionOnly(gap) || !continuing(gap) {
						break
					}
					next, _, _ := r.subjectOf(gap, pi, sp[si].close)
					if next == nil {
						next, _, _ = r.lastSubject(strings.TrimRight(strings.TrimSpace(gap), ",:"), pi, sp[si].close)
					}
					if next != who {
						break
					}
				}
				si++
				lastSpan = sp[si]
				q.Parts = append(q.Parts, strings.TrimSpace(text[lastSpan.start:lastSpan.end]))
				q.Gaps = append(q.Gaps, wordsIn(gap))
			}
			q.Speaker, q.Via, q.Attribution = who, via, attribution
			if q.Partial {
				q.Before = strings.TrimSpace(before)
			}
			q.Text = strings.Join(q.Parts, " ")
			q.Cut = cut
			r.heard(who, lastSpan.close)
			r.out = append(r.out, q)
			last, lastEnd, lastClose = &r.out[len(r.out)-1], pi, lastSpan.close
			consumed = lastSpan.close
			if attribution != "" {
				if i := strings.Index(text[consumed:], attribution); i >= 0 && i < 3 {
					consumed += i + len(attribution)
				}
			}
		}
		if consumed < len(text) {
			r.readSpeech(text[consumed:], consumed, pi, starts)
		}
	}
	var unsaid []Quote // orphans no one is found to say
	for _, q := range orphans {
		// "“The lack of financial support, the industry has been put in
		// this position …”" under the headline, then "…,” he said. “The
		// lack of financial support, …”": whoever says the words later
		sp, att := r.sameWordsAfter(q.Text, q.Para)
		if sp == nil {
			sp, att = r.statementHeading(q.Line, q.Para) // or the one whose message the heading above says it is
		}
		if sp != nil {
			q.Speaker, q.Via, q.Attribution = sp, ByName, att
			r.insertAtPara(q)
		} else {
			unsaid = append(unsaid, q)
		}
	}
	r.quotesThenNames(unsaid)
	r.oneVoiceGoesOn(unsaid)
	tried := map[*Speaker]bool{}
	for _, q := range r.out {
		if tried[q.Speaker] {
			continue // (a description quoted twice is named later once)
		}
		tried[q.Speaker] = true
		if sp := r.namedLater(q); sp != nil {
			// the person a story's opening describes without a name,
			// whom it names later (see namedLater)
			unnamed := q.Speaker
			if sp.Title == "" {
				sp.Title = unnamed.Name
			}
			for k := range r.out {
				if r.out[k].Speaker == unnamed {
					r.out[k].Speaker, r.out[k].Via = sp, ByRole
				}
			}
		}
	}
	for i, q := range r.out {
		if q.Speaker.Kind == Unnamed && !q.Partial {
			// "Her daughter told KALW: “I’m Lucy - …”": someone the text
			// describes, who gives their name
			if name, _ := selfNamed(q.Text, 1); name != "" {
				r.out[i].Speaker = r.cast.person(name, true)
			}
		}
		if q.Speaker.Kind == Unnamed {
			// "Headset “doesn’t make sense to me as an Apple product,”
			// says former senior marketing director" / "…, according to
			// Michael Gartenberg, a former Apple senior director of
			// worldwide marketing": the person the story names later
			// with the same words and the description's role
			if sp, att := r.sameWordsAfter(q.Text, q.Para); sp != nil && sp.Kind == Person && slices.Contains(strings.Fields(strings.ToLower(sp.Title)), headNoun(strings.ToLower(q.Speaker.Name))) {
				r.out[i].Speaker, r.out[i].Via, r.out[i].Attribution = sp, ByName, att
			}
		}
	}
	if hq := r.headlineQuotes(); len(hq) > 0 {
		return append(hq, r.out...)
	}
	return r.out
}

// oneVoiceGoesOn gives the quotations alone in their paragraphs that no
// one is found to say (unsaid) to the one voice a release has quoted
// before them, when they speak in the first person as it did: "“Our top
// priority continues to be …,” says … Director Sarah Stuart-Black." / …
// / "Local authorities are also meeting people …" / "“We know that water,
// food and fuel are required …": a release quotes its spokesperson on,
// after its own paragraphs. Two voices before, and the words are no
// one's the text says.
//
// A quotation that goes on over paragraphs, each reopened and none
// closed, is one voice's throughout, so one of its paragraphs in the
// first person stands for all of them ("“These changes are estimated …"
// / "“There will also be a small increase …" / "“At the same time we
// must exercise caution …").
func (r *reader) oneVoiceGoesOn(unsaid []Quote) {
	voiced := make([]bool, len(unsaid))
	for i := 0; i < len(unsaid); {
		j := i + 1
		for j < len(unsaid) && unsaid[j].Para == unsaid[j-1].Para+1 && !endsQuoting(r.t.Body[unsaid[j-1].Para].Text) {
			j++
		}
		first := slices.ContainsFunc(unsaid[i:j], func(q Quote) bool { return inFirstPerson(q.Text) })
		for k := i; k < j; k++ {
			voiced[k] = first
		}
		i = j
	}
	for i, q := range unsaid {
		if !voiced[i] || q.Partial || slices.ContainsFunc(r.out, func(o Quote) bool { return o.Para == q.Para }) {
			continue // (or read as a round-up's)
		}
		var voice *Speaker
		one := true
		for _, o := range r.out {
			if o.Para >= q.Para {
				break
			}
			if voice != nil && o.Speaker != voice {
				one = false
			}
			voice = o.Speaker
		}
		if voice == nil || !one || voice.Kind == Unnamed {
			continue
		}
		q.Speaker, q.Via, q.Attribution = voice, Nearby, ""
		r.insertAtPara(q)
	}
}

// insertAtPara puts q among the quotes read, after every quote of its
// paragraph and those before it.
func (r *reader) insertAtPara(q Quote) {
	at, _ := slices.BinarySearchFunc(r.out, q.Para, func(o Quote, pi int) int { return cmp.Compare(o.Para, pi+1) })
	r.out = slices.Insert(r.out, at, q)
}

// repeatedLater tells whether a paragraph after pi holds the words said,
// in order: a crosshead's or a pull quote's words that the story quotes
// again where it says who said them.
func (r *reader) repeatedLater(said string, pi int) bool {
	w := foldedWords(said)
	if len(w) < 3 {
		return false
	}
	// (within the next paragraphs, as a page sets its crossheads and pull
	// quotes near the words: a text of a thousand such paragraphs reads
	// each against a few)
	for k := pi + 1; k < min(len(r.t.Body), pi+1+repeatReach); k++ {
		if r.folded[k] == nil {
			r.folded[k] = foldedWords(r.t.Body[k].Text)
		}
		if containsRun(r.folded[k], w) {
			return true
		}
	}
	return false
}

// repeatReach is how many paragraphs after a crosshead or a pull quote
// the story may quote the same words again.
const repeatReach = 40

// namedLater is the person a story's opening describes without a name
// and quotes, when the story then names someone by surname alone, as if
// the reader knew them already, as the subject of a sentence of the
// next few paragraphs: "A Labour former minister has urged … after he saw
// MPs being “physically manhandled”" and then "… with Bryant later
// urging": the minister is Bryant. A surname alone that the story never
// gives in full names no one new.
func (r *reader) namedLater(q Quote) *Speaker {
	un := q.Speaker
	if un.Kind != Unnamed || q.Para < 0 || q.Para > 2 || q.Headline {
		return nil
	}
	text := r.t.Body[q.Para].Text
	role := headNoun(strings.ToLower(un.Name))
	if len(text) > 2000 || !isRoleNoun(role) || pluralPeople(role) || strings.HasSuffix(role, "s") {
		return nil // (a story's opening is a paragraph of a few sentences)
	}
	// titled is a person named in full, opening a sentence of the next
	// two paragraphs, whose title has the role, or who "is also"
	// something else
	titled := func(m mention, also bool) bool {
		return m.para > q.Para && m.para <= q.Para+2 && m.opens && m.sp.Kind == Person && strings.Contains(m.sp.Name, " ") &&
			(also && strings.HasPrefix(m.sp.Note, "who is also ") || slices.Contains(strings.Fields(strings.ToLower(m.sp.Title)), role))
	}
	if !strings.Contains(text, "A "+un.Name) && !strings.Contains(text, "An "+un.Name) {
		// (an indefinite description: "A Labour former minister has
		// urged"); a definite one is the person whose name opens one of
		// the next paragraphs, who "is also" something else
		// ("British Columbia’s solicitor general says … “…”" then "Mike
		// Farnworth, who is also minister of public safety, says")
		_, owned := roleOfOwner(un.Name)
		if !owned && !strings.Contains(strings.ToLower(text), "the "+strings.ToLower(un.Name)) {
			return nil
		}
		seen := map[*Speaker]bool{}
		for _, m := range r.cast.mentions {
			if m.para > q.Para+2 {
				break
			}
			if titled(m, true) {
				return m.sp
			}
			if m.para == q.Para+1 && !seen[m.sp] && m.sp.Kind == Person && strings.Contains(m.sp.Name, " ") && m.sp.Title != "" &&
				sharesWord(un.Name, m.sp.Title+" "+m.sp.Affiliation) && r.quotedIn(m.sp, m.para) {
				// "The United Nations humanitarian chief … told the
				// council that he is “very concerned”" and then "“…,”
				// UN Undersecretary-General for Humanitarian Affairs …
				// Mark Lowcock told the council": the person the next
				// paragraph quotes by name, whose title says what the
				// description did
				return m.sp
			}
			if m.para == q.Para+1 && owned && m.at == 0 && !seen[m.sp] && m.sp.Kind == Person && m.sp.Title == "" && strings.Contains(m.sp.Name, " ") &&
				saidNext(r.t.Body[m.para].Text, m.sp.Name) {
				// "Turkey's foreign minister says … “…”" and then
				// "Mevlut Cavusoglu said …": a body's one holder of an
				// office, named in full, with nothing else said of him,
				// at the head of the next paragraph
				return m.sp
			}
			if m.para == q.Para {
				seen[m.sp] = true
			}
		}
		return nil
	}
	// the person the next paragraphs name in full with the role in their
	// title: "A hospital chief has apologised …" / "Matthew Trainer, chief
	// executive of …, commented"
	for _, m := range r.cast.mentions {
		if m.para > q.Para+2 {
			break
		}
		if titled(m, false) {
			return m.sp
		}
	}
	// the first word of the next paragraphs that is the whole name of a
	// person the story gives by one name, and that no paragraph before
	// gives
	alone := map[string]*Speaker{}
	for _, sp := range r.cast.people {
		if !strings.Contains(sp.Name, " ") {
			alone[sp.Name] = sp
		}
	}
	seen := map[*Speaker]bool{}
	for k := 0; k <= q.Para+3 && k < len(r.t.Body); k++ {
		for w := range strings.FieldsFuncSeq(head(r.t.Body[k].Text, 4096), func(c rune) bool { return !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' }) {
			if sp := alone[w]; sp != nil && k <= q.Para {
				seen[sp] = true
			} else if sp != nil && !seen[sp] {
				return sp
			}
		}
	}
	return nil
}

// sharesWord tells a description and a title that share a word of
// more than two letters, "the", "for" and "and" aside: "UN humanitarian
// chief" and "UN Undersecretary-General for Humanitarian Affairs".
func sharesWord(desc, title string) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) })
	for w := range strings.FieldsFuncSeq(strings.ToLower(desc), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > 2 && w != "the" && w != "for" && w != "and" && slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// quotedIn tells whether paragraph pi holds a quote of sp.
func (r *reader) quotedIn(sp *Speaker, pi int) bool {
	return slices.ContainsFunc(r.out, func(q Quote) bool { return q.Para == pi && q.Speaker == sp })
}

// saidNext tells whether paragraph p opens with name and a verb of
// speech after it: "Mevlut Cavusoglu said …".
func saidNext(p, name string) bool {
	rest, ok := strings.CutPrefix(p, name+" ")
	if !ok {
		return false
	}
	v, _, _ := strings.Cut(rest, " ")
	return isSpeechVerb(v)
}

// listOpeners end a clause that announces a list, not anyone's words:
// "The bill will:", "The grants include:".
var listOpeners = lazy.Words(`will would shall include includes including are is were was following below`)

// announced gives who speaks paragraph pi when it is a quotation printed
// without marks, as releases print a block quotation: prose after a
// paragraph that announces a speaker with a colon ("Defence Secretary
// John Healey said:", "In a statement, the ministry said:", "Chairwoman
// Maloney issued the following statement:"), or a comma or a semicolon
// after its verb ("the Minister said,"). The colon must end the speech:
// "He said the measures include:" announces a list.
func (r *reader) announced(pi int, marked bool) (*Speaker, Via, string) {
	a := pi - 1
	if a > 0 && (stampLine(r.t.Body[a].Text) || handleOnly(r.t.Body[a].Text) || slices.Contains(elisions, strings.TrimSpace(r.t.Body[a].Text))) {
		a-- // ("[…]" alone, the mark of what the excerpt left out before it); "LJ user merienn wrote this from Tbilisi:" over "Aug. 11, 2008 – 10:46 AM:" over the post: when it was written, between; or whose account posted it ("@alnagar80 [3]")
	}
	prev := strings.TrimSpace(blankLinkMarks(r.t.Body[a].Text))
	body := r.t.Body[pi].Text
	if _, _, ok := ownLineLabel(strings.TrimSpace(body)); ok {
		return nil, 0, "" // "Here’s what the State Department says:" over "Matthew Miller, State Department Spokesperson:": a label, whose turn follows
	}
	if marked {
		// (a block quotation that sets a phrase of its own in marks is
		// prose all the same)
		body = strings.Map(func(c rune) rune {
			if isMark(c) {
				return ' '
			}
			return c
		}, body)
	}
	if (strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ";") || asNameVerb(prev) || sayVerbs.Has(lastWord(prev)) && len(sentenceStarts(prev)) == 1) && isSpeechVerb(strings.ToLower(strings.TrimRight(lastWord(prev), ",;"))) ||
		strings.HasSuffix(prev, " that,") && strings.Contains(prev, " (@") {
		prev = strings.TrimRight(prev, ",;") + ":" // "Speaking afterwards, the Minister said,", "Minister Byrne continued;", "Commenting on the figures, Minister Murphy said", "VTV … on its Twitter account (@vtvcanal8) informs that,", "… as Carlos Serra [pt] observes"
	}
	if v, ok := strings.CutSuffix(prev, " that"); ok && isSpeechVerb(strings.ToLower(lastWord(v))) && unicode.IsUpper(firstRune(strings.TrimSpace(body))) {
		prev = v + ":" // "In his address, An Taoiseach said that" over "It is a great pleasure for me …": the page lost the colon
	}
	if s0, _ := sentenceAt(sentenceStarts(prev), len(prev)-1, len(prev)); strings.HasSuffix(prev, ",") && countFields(prev[s0:]) <= 5 && hasPrefixFold(prev[s0:], "according to ") {
		prev = strings.TrimSuffix(prev, ",") + ":" // "… the particularities behind the climate phenomenon. According to him," over his post
	}
	prev = colonFor(prev)
	if endsLosingColon(prev) && (inFirstPerson(body) || notEnglish(body)) && prose(body) {
		prev += ":" // "Samiuela LV Taufa on, a community site in Tonga posted this email" over "Today we finally hit …"
	}
	if t := strings.TrimRight(prev, "-–— "); t != prev && !strings.HasSuffix(t, " ") && strings.ContainsAny(prev[len(t):], " ") && isSpeechVerb(strings.ToLower(lastWord(t))) {
		prev = t + ":" // "An Indonesian student in Delhi writes [7]-": a dash for the colon
	}
	if _, words, ok := handleLine(body); ok {
		body = words // "@acarvin: I need to unplug for a bit …": the post's words
	}
	post := postLike(body) // ("… right now. #homs #syria": a post that ends with its hashtags)
	if owner := postsBelow(prev); owner != "" && (prose(body) || post) {
		// "Below are some of her tweets that rapidly went viral." over
		// "Yesterday I took part in …": the posts of the one it names
		s0, _ := sentenceAt(sentenceStarts(prev), len(prev)-1, len(prev))
		if sp, via := r.resolve(owner, a, s0); sp != nil && sp.Kind == Person {
			return sp, via, strings.TrimSpace(prev[s0:])
		}
	}
	if wrote, recount := wroteOf(prev); strings.HasSuffix(prev, ".") && (announcesFollowing(prev) || wrote && (inFirstPersonSingular(body) || recount && inFirstPerson(body))) {
		// "… has issued the following statement in response to the
		// crash.", "Vicknesharajan wrote about why they are supporting
		// this cause." / "Today I will be there …"
		prev = prev[:len(prev)-1] + ":"
	}
	if !strings.HasSuffix(prev, ":") || !r.proseAt(pi) && !prose(unbulleted(body)) && !(numberedProse(body) && isSpeechVerb(strings.ToLower(strings.TrimSuffix(lastWord(prev), ":")))) && !sentenceLike(body) && !shortSentence(body) && !notEnglish(body) && !post && !lowerCasePost(body) && !(bulletItem(body) && r.listedOn(pi)) && !(sayVerbs.Has(strings.TrimSuffix(lastWord(prev), ":")) && unstoppedLine(body)) || r.headingBefore(pi) {
		return nil, 0, ""
	}
	s0, _ := sentenceAt(sentenceStarts(prev), len(prev)-1, len(prev))
	clause := prev[s0 : len(prev)-1]
	saying := sayingAfterPhrase(clause) // "Tallawah called the three sprinters “the dream team”, saying:"
	if strings.IndexFunc(clause, isMark) == 0 && !isLabelLine(prev[s0:]) {
		// "“Rest in Peace Mama Africa,” says Susan:", "“Is Crimea
		// referendum a good model for Africa?” asks Richard Dowden:": a
		// quotation, its speaker, and then more of their words
		open := utf8.RuneLen(firstRune(clause))
		if c := strings.IndexFunc(clause[open:], isCloseMark); c >= 0 {
			_, size := utf8.DecodeRuneInString(clause[open+c:])
			gap := clause[open+c+size:]
			if g := strings.TrimSpace(gap); (strings.HasPrefix(g, ",") || strings.ContainsRune(",?!", lastRune(clause[:open+c]))) && countFields(g) <= 6 {
				if sp, via, att := r.subjectOf(g, a, s0+len(clause)-len(gap)); sp != nil {
					return sp, via, att
				}
			}
		}
		return nil, 0, ""
	}
	if sp, via := r.handleOwner(clause, a, s0); sp != nil && !isLabelLine(prev[s0:]) {
		return sp, via, strings.TrimSpace(clause) // (a term in marks too: "Victor Madariaga (@vmadariaga) comments on the “gendarmería,” the penal institution:")
	}
	if i := strings.IndexFunc(clause, isMark); i >= 0 && !(i > 0 && isCloseMark(lastRune(clause)) && (strings.Count(clause, "“") == 1 || phrasesInMarks(clause, findSpans(clause)))) && !saying && !namesInMarks(clause) || isLabelLine(prev[s0:]) {
		return nil, 0, "" // a quotation of its own (but "Guanaguanare was worried “that [it] will amount to nothing”:" ends with a phrase, and "… a couple of things that he learned “On War” and “On Needs”:" with titles), or a transcript's label
	}
	if name := honouredName(clause); name != "" {
		// "Minister for Foreign Affairs, Senator the Hon Penny Wong:": a
		// joint release's heading over each minister's words
		if sp, via := r.resolve(name, a, s0+strings.LastIndex(clause, name)); sp != nil && sp.Kind == Person {
			return sp, via, strings.TrimSpace(clause)
		}
	}
	if k := strings.IndexFunc(clause, isMark); k > 0 {
		if sp, via := r.resolve(leadingSubject(clause[:k]), a, s0); sp != nil && via == ByName && sp.Kind != Unnamed && slices.ContainsFunc(strings.Fields(strings.ToLower(clause[:k])), mindVerbs.Has) {
			return sp, via, strings.TrimSpace(clause) // the blogger's worry, in a phrase of theirs, then their post
		}
	}
	// the clause's subject, read once for the readings below that take it
	// whatever its verb, and resolved once, when a reading first needs it
	subject := leadingSubject(clause)
	named := sync.OnceValues(func() (*Speaker, Via) { return r.resolve(subject, a, s0) })
	if f := strings.Fields(strings.ToLower(clause)); slices.ContainsFunc(f[:min(len(f), 8)], func(w string) bool { return mindVerbs.Has(w) || plainThought(w) }) && !strings.ContainsFunc(clause, isMark) {
		// "Maureen Miles, for instance, didn't believe Asafa Powell would
		// suddenly start doping:" / "this is a whole set up …": what the
		// one named thought, then their words
		if sp, via := named(); sp != nil && via == ByName && sp.Kind == Person {
			return sp, via, strings.TrimSpace(clause)
		}
	}
	if verb := writingVerbOn(clause); writingVerbs.Has(verb) && !isSpeechVerb(verb) {
		// "Garrick’s daughter Naomi shared:": a verb of posting that
		// is no verb of speech elsewhere ("shared the prize"), right
		// before the colon, or before what it is about ("Aandishe
		// reflects on the tragedy, wondering why …:")
		if subject != "" {
			if sp, via := named(); sp != nil && via == ByName && sp.Kind != Unnamed {
				return r.oneNameWriter(sp, via, subject, verb), via, strings.TrimSpace(clause)
			}
		}
	}
	if post {
		// "Muneer Saifi referenced the end-of-year timing:" / "Happy new
		// year with 9% raise in feul prices, enjoy 2011 #JO": a post,
		// after a colon, is the post of the one the sentence before it is
		// about, whatever its verb
		if sp, via := named(); sp != nil && via == ByName && sp.Kind == Person {
			return sp, via, strings.TrimSpace(clause)
		}
	}
	if f := strings.Fields(strings.ToLower(clause)); len(f) >= 3 {
		// "Fellow diaspora blogger Uncommon Sense echoed his concern:": a
		// feeling someone named voiced, or echoed, and then their words
		// (the verb no verb of speech elsewhere: "voiced the role")
		if j := slices.IndexFunc(f, feelingVerbs.Has); j > 1 && (f[j-1] == "was" || f[j-1] == "were") && j+1 < len(f) && f[j+1] == "by" && namesFeeling(f[:j-1]) {
			// "The same thought was echoed by Hisham Maged on his blog,
			// playing the What if game:": the one who voiced it
			if k := strings.Index(strings.ToLower(clause), " "+f[j]+" by "); k >= 0 {
				if agent := npAfter(clause[k+len(f[j])+5:]); agent != "" {
					if sp, via := r.resolve(agent, a, s0+k); sp != nil && via == ByName && sp.Kind == Person {
						return sp, via, strings.TrimSpace(clause)
					}
				}
			}
		}
		if j := slices.IndexFunc(f, feelingVerbs.Has); j > 0 && !isSpeechVerb(f[j]) && len(f)-j <= 10 {
			if subject != "" && namesFeeling(f[j+1:]) {
				sp, via := named()
				if sp = r.oneNameWriter(sp, via, subject, f[j]); sp != nil && via == ByName && sp.Kind == Person {
					return sp, via, strings.TrimSpace(clause)
				}
			}
		}
	}
	if sp, via, att := r.lastSubject(clause, a, s0); sp != nil {
		sp = r.oneNameWriter(sp, via, strings.TrimSpace(strings.TrimSuffix(att, lastWord(att))), lastWord(att)) // ("Taabu notes that …:")
		i := strings.LastIndex(clause, att)
		if i < 0 || reportsOwn(sp, att) {
			return nil, 0, ""
		}
		rest := strings.Fields(strings.ToLower(clause[i+len(att):]))
		if saying && via == ByName {
			return sp, via, att
		}
		if after := strings.TrimSpace(clause[i+len(att):]); after != "" && countFields(after) <= 5 && FoldName(lastWord(after)) == FoldName(lastWord(sp.Name)) {
			return sp, via, att + " " + after // the verb, then its subject: "All of Africa is behind you, writes Gayle:"
		}
		if object := plainObject(clause[i+len(att):]); len(object) >= 2 && len(object) <= 3 && len(rest) <= 16 && (nounDeterminers.Has(object[0]) || object[0] == "this") && !sayVerbs.Has(strings.ToLower(lastWord(att))) {
			// "Rick Lowe posted this update yesterday, (Wednesday, August
			// 24) “before the electricity went off permanently”:" — what
			// he posted, when, and a phrase of it
			return sp, via, att
		}
		if r := strings.Join(rest, " "); len(rest) <= 10 && (strings.HasPrefix(r, "it this way") || strings.HasPrefix(r, "it like this") || strings.HasPrefix(r, "this way") || strings.HasPrefix(r, "it thus")) {
			return sp, via, att // "explained it this way on Twitter this morning:"
		}
		if n := len(rest); n >= 3 && n <= 16 && rest[n-3] == "with" && (nounDeterminers.Has(rest[n-2]) || rest[n-2] == "this") &&
			(statementNouns.Has(rest[n-1]) || rest[n-1] == "caption" || rest[n-1] == "words") {
			return sp, via, att // "posted a collage of photographs on Facebook with the message:"
		}
		if len(rest) >= 2 && len(rest) <= 16 && rest[0] == "this" && speechAdjuncts.Has(strings.Trim(rest[1], ",")) {
			return sp, via, att // "said this at a closed meeting with members of his parliamentary faction:": what they said, pointed to, then where
		}
		if len(rest) == 0 || len(rest) <= 6 && (speechAdjuncts.Has(strings.Trim(rest[0], ",")) || listenerVerbs.Has(strings.ToLower(lastWord(att))) ||
			strings.HasPrefix(clause[i+len(att):], ", ")) || len(rest) <= 2 && strings.HasSuffix(strings.Trim(rest[0], ","), "ly") {
			return sp, via, att // "said in a statement on Monday:", "told reporters:", "commented, tongue firmly in cheek:", "stated emphatically:"
		}
		if sayVerbs.Has(strings.ToLower(lastWord(att))) && len(rest) <= 8 && sp.Kind != Organisation && (inFirstPerson(body) || notEnglish(body)) {
			// "He deplores the lifestyle and says it is anti-Malawi:" /
			// "I don't think you would do this in the village.": what the
			// speaker says it is, in a word, and then their own words
			return sp, via, att
		}
		if listenerVerbs.Has(strings.ToLower(lastWord(att))) && sp.Kind == Person && (inFirstPerson(r.t.Body[pi].Text) || hasWordOf(r.t.Body[pi].Text, secondPersonWords)) {
			// "He told Joseph Harris, the country's Roman Catholic
			// archbishop …:" / "Archbishop, mind your own damn business.":
			// what someone told another, to them
			return sp, via, att
		}
		if verb := strings.ToLower(lastWord(att)); len(rest) >= 2 && (nounDeterminers.Has(rest[0]) || writingVerbs.Has(verb) && bareObject(rest[0])) && !sayVerbs.Has(verb) && !listenerVerbs.Has(verb) &&
			(len(rest) <= 4 || len(rest) <= 8 && sp.Kind == Person && (inFirstPerson(r.t.Body[pi].Text) || r.firstPersonNext(pi)) ||
				len(rest) <= 14 && sp.Kind == Person && writingVerbs.Has(verb) && !r.namesIn(pi, sp)) {
			// what a verb other than "say" took up: "recalled the storm
			// experience:", and at more length when the words after are
			// the speaker's own, in the first person: "writes a personal
			// memory of Wangari Maathai:" / "A week ago I was asked …"
			return sp, via, att
		}
		if verb := strings.ToLower(lastWord(att)); len(rest) >= 2 && len(rest) <= 14 && (rest[0] == "about" || rest[0] == "on" || rest[0] == "of") && (writingVerbs.Has(verb) || verb == "blogged" || verb == "blogs") &&
			sp.Kind != Unnamed && (via == ByName || via == ByPronoun && sp.Kind == Person && (inFirstPerson(body) || notEnglish(body))) {
			// (or "He writes [fr] about his silent anger at the situation
			// there :" / "Tant qu’il ne sera pas possible …")
			// what someone wrote about, and then what they wrote: "This
			// is what White African wrote about the role of technology in
			// the crisis:"
			return sp, via, att
		}
		if verb := strings.ToLower(lastWord(att)); len(rest) <= 16 && isSpeechVerb(verb) && !sayVerbs.Has(verb) && !listenerVerbs.Has(verb) &&
			sp.Kind == Person && via == ByName && inFirstPerson(r.t.Body[pi].Text) {
			// "Ernest Bazanye cautions against jumping to conclusions
			// about who set off the bombs too soon:" / "It’s too early to
			// say … We should know by now …": a verb of speech, whatever
			// it is about, and words in the first person after it
			return sp, via, att
		}
		if len(rest) <= 10 && feelingVerbs.Has(strings.ToLower(lastWord(att))) && namesFeeling(rest) {
			// "Jinny, the author of the blog The Jinny Show, expressed
			// joy at the positive news:", "voiced his frustration with
			// the delays:": a feeling put in words, the words after
			return sp, via, att
		}
		if len(rest) >= 2 && (rest[0] == "why" || rest[0] == "how" || rest[0] == "what" || rest[0] == "whether") && sp.Kind == Person && (inFirstPerson(r.t.Body[pi].Text) || via == ByName && len(sentenceStarts(r.t.Body[pi].Text)) >= 2) {
			// "fellow Bahraini Esra'a explains why she did not tune into
			// the speech:" and then her words, in the first person
			return sp, via, att
		}
		if len(rest) >= 2 && rest[0] == "that" && sp.Kind == Person && (inFirstPersonSingular(r.t.Body[pi].Text) || via == ByName && len(sentenceStarts(r.t.Body[pi].Text)) >= 2 ||
			via == ByName && r.firstPersonNext(pi) || via == ByName && pi == len(r.t.Body)-1 && unfinished(body) && wordsIn(body) >= 4) {
			// "Liza from Puerto Rico said that the voting process was
			// emotional for her:" and then her words, in the first person
			return sp, via, att
		}
		return r.namedAfter(clause, body, a, s0)
	}
	for w := range strings.FieldsSeq(strings.ToLower(clause)) {
		if w = strings.Trim(w, ",.;"); statementNouns.Has(w) || w == "quotes" {
			return r.introducer(prev[s0:], a, s0)
		}
	}
	if discourseNouns.Has(strings.ToLower(strings.Trim(lastWord(clause), ",.;"))) {
		// "Afra Raymond, whose blog keeps a close eye on politics,
		// provided some disturbing financial context:": a person named,
		// and what they gave is words of theirs, which follow
		if sp, via := named(); sp != nil && via == ByName && sp.Kind == Person {
			return sp, via, strings.TrimSpace(clause)
		}
	}
	if subject != "" {
		// "Blogger Adilski takes a sharp look at the sentencing:",
		// "Blogger Ariniaina provides a brief factsheet on the background
		// of the turmoil:": one named as a blogger, then what they posted,
		// whatever the verb
		if sp, via := named(); sp != nil && via == ByName && sp.Kind == Person && onlineRoles.Has(sp.Title) {
			return sp, via, strings.TrimSpace(clause)
		}
	}
	if sp, via, att := r.namedAfter(clause, body, a, s0); sp != nil {
		return sp, via, att
	}
	if subject == "" {
		return nil, 0, ""
	}
	if sp, via := named(); sp != nil && via == ByName && sp.Kind == Person && countFields(sp.Name) >= 2 && countFields(clause) >= 5 &&
		slices.ContainsFunc(strings.Fields(strings.TrimPrefix(clause, subject)), func(w string) bool { return unicode.IsLower(firstRune(w)) }) && !bulletItem(body) &&
		unicode.IsUpper(firstRune(strings.TrimSpace(body))) && !listOpeners.Has(strings.ToLower(strings.Trim(lastWord(clause), ":"))) &&
		!slices.ContainsFunc(strings.Fields(strings.ToLower(clause)), feelingVerbs.Has) {
		// "Uncommon Sense chose Ferrer as this week's “Cuba Political
		// Prisoner of the Week”:" / "Jose Daniel Ferrer Garcia knew the
		// risk …": a person named in full, then prose their sentence
		// announces, whatever its verb (not a list a bill "will:" bring in,
		// nor a label without a verb, nor a role an actor "voiced", which
		// the reading of feelings above leaves out)
		return sp, via, strings.TrimSpace(clause)
	}
	return nil, 0, ""
}

// namedAfter is whom clause, the sentence before a colon in paragraph pi
// at offset at, names as its subject when the words after the colon are
// theirs: in the first person (firstPersonAfter), or prose after a
// sentence that opens with a person named in full and a verb of theirs,
// whatever the verb ("Laila Lalami offers up information:", "Khoo Kay
// Peng articulated [4] this opinion in his blog:") — a writer sets
// another's words after a colon, in a paragraph of their own, to quote
// them.
func (r *reader) namedAfter(clause, body string, pi, at int) (*Speaker, Via, string) {
	if sp, via, att := r.firstPersonAfter(clause, body, pi, at); sp != nil {
		return sp, via, att
	}
	if f := strings.Fields(clause); len(f) >= 4 && ownerPronoun[strings.ToLower(f[0])] != "" && mediumNouns.Has(strings.ToLower(strings.Trim(f[1], ","))) && prose(body) {
		// "His blog, Meskel Square, is currently filled with harrowing
		// stories and images:": what the owner's blog holds, their words
		if sp, via := r.resolve(ownerPronoun[strings.ToLower(f[0])], pi, at); sp != nil && sp.Kind == Person {
			return sp, via, strings.TrimSpace(clause)
		}
	}
	np := leadingSubject(clause)
	i := strings.Index(clause, np)
	if np == "" || i < 0 || strings.ContainsFunc(clause, isMark) || !prose(body) && !lowerCasePost(body) || inFirstPerson(clause) {
		return nil, 0, ""
	}
	rest := strings.Fields(pastAside(clause[i+len(np):]))
	for len(rest) > 0 && (strings.HasPrefix(rest[0], "[") || strings.HasPrefix(rest[0], "(") || rest[0] == "also") {
		rest = rest[1:] // "articulated [4]", "described (RUS)"
	}
	if len(rest) < 2 || len(rest) > 16 || !unicode.IsLower(firstRune(rest[0])) || !strings.HasSuffix(rest[0], "s") && !strings.HasSuffix(rest[0], "ed") || feelingVerbs.Has(rest[0]) {
		return nil, 0, "" // (a verb whose object says whether it speaks, "voiced the role", is read by announced's test of feelings)
	}
	sp, via := r.resolve(np, pi, at+i)
	if sp == nil || via != ByName || !strings.Contains(sp.Name, " ") || sp.Kind != Person && (sp.Kind != Organisation || !writingVerbs.Has(rest[0])) {
		return nil, 0, "" // (a body's, a blog's, when it writes: "Burma News describes the situation …:")
	}
	return sp, via, strings.TrimSpace(clause[i:]) // (not "On his blog and on Twitter," before the name)
}

// pastAside is what follows a name, after, past an aside that commas set
// off right after it: "Andrew King, senior lecturer in Climate Science at
// the University of Melbourne, explored …" and "Vics, an English girl
// living in the South of France, summarises …" go on at the verb.
func pastAside(after string) string {
	if a, ok := strings.CutPrefix(after, ", "); ok {
		if _, verb, ok := strings.Cut(a, ", "); ok && !strings.Contains(verb, ", ") {
			return verb
		}
	}
	return after
}

// lowerCasePost tells a paragraph written as comments and posts often
// are, all in small letters and with no full stop at the end, that no
// writer's narration is: "who hired this guy again, his background
// should have been checked … something is up".
func lowerCasePost(p string) bool {
	p = strings.TrimSpace(p)
	return wordsIn(p) >= 12 && unicode.IsLower(firstRune(p)) && !strings.ContainsFunc(p, isMark)
}

// mediumNouns name where someone publishes their words: "His blog, …,
// is filled with …:".
var mediumNouns = lazy.Words(`blog blogs post posts column website site page feed account timeline newsletter diary`)

// saidInline reads a paragraph printed without marks that opens with a
// named person's verb of speech and a colon, then their words: a
// sentence or more of five words or more, opening with a capital
// ("Dr Daud Saba, Governor of Herat says: Our security forces are trying
// their best …"). The verb must end the clause, right before the colon:
// "said the measures include: …" announces a list. It gives the speaker,
// the attribution and the words.
func (r *reader) saidInline(pi int) (*Speaker, string, string) {
	text := r.t.Body[pi].Text
	c := strings.Index(text, ": ")
	if c < 0 || strings.IndexFunc(text, isMark) >= 0 {
		return nil, "", ""
	}
	words := strings.TrimSpace(text[c+1:])
	if wordsIn(words) < 5 || !unicode.IsUpper(firstRune(words)) || !stopRune(lastRune(words)) || !sentenceLike(words) {
		return nil, "", ""
	}
	s0, _ := sentenceAt(sentenceStarts(text[:c+1]), c, c+1)
	clause := text[s0:c]
	sp, via, att := r.lastSubject(clause, pi, s0)
	if sp == nil || via != ByName || sp.Kind != Person || !strings.HasSuffix(clause, att) || !isSpeechVerb(strings.ToLower(lastWord(att))) || reportsOwn(sp, att) {
		return nil, "", ""
	}
	return sp, strings.TrimSpace(att), words
}

// endsLosingColon tells a paragraph whose last sentence lost its colon
// (lostColon).
func endsLosingColon(p string) bool {
	s0, _ := sentenceAt(sentenceStarts(p), len(p)-1, len(p))
	return lostColon(p[s0:])
}

// lostColon tells a paragraph of one sentence that ends on a word, with
// no stop, after a verb of posting or a post it names ("this email",
// "another post"): a colon lost
// before the post it introduces ("… posted this email", "Nomoa has
// another post earlier that tried to figure out the mob's objective").
func lostColon(p string) bool {
	if p == "" || !unicode.IsLetter(lastRune(p)) || len(sentenceStarts(p)) > 1 || countFields(p) > 30 || strings.ContainsFunc(p, isMark) {
		return false
	}
	f := strings.Fields(p)
	small := 0
	for _, w := range f {
		small += b2i(unicode.IsLower(firstRune(w)))
	}
	for i, w := range f {
		switch w = strings.Trim(w, ",;"); w {
		case "wrote", "writes", "posted", "posts", "blogged", "blogs", "shared":
			return small >= 3 || i == len(f)-1 // (or it ends the paragraph: "Eduardo Castro of Elefante News writes [pt] [2]")
		case "post", "email", "e-mail", "message", "entry":
			if i > 0 && (nounDeterminers.Has(f[i-1]) || f[i-1] == "this" || f[i-1] == "another" || possessives.Has(f[i-1])) {
				return small >= 3
			}
		}
	}
	return false
}

// asNameVerb tells a paragraph that ends, with no stop, on "as" and a
// name and a verb in small letters: "Other newspapers were apparently
// out of circulation today, as Carlos Serra [pt] observes" — a colon
// lost before the post it introduces.
func asNameVerb(p string) bool {
	f := lastFields(p, 6)
	if len(f) < 3 || !unicode.IsLower(lastRune(p)) || !unicode.IsLower(firstRune(f[len(f)-1])) {
		return false
	}
	i := slices.Index(f, "as")
	return i >= 0 && i+2 < len(f) && isCap(f[i+1])
}

// handleOwner is whom clause, the sentence before a colon in paragraph
// pi at offset at, names with a social-media handle in brackets, whatever
// it says they did: "Joce Taboada (@Jocetaboada) reacts to that day's
// number of reported cases:", "Friorella Di Fiore (@fioredifiore) links
// to the most recent news:" — the post follows.
func (r *reader) handleOwner(clause string, pi, at int) (*Speaker, Via) {
	i := strings.Index(clause, " (@")
	if i <= 0 {
		return nil, 0
	}
	j := strings.IndexByte(clause[i:], ')')
	if j < 0 || strings.ContainsAny(clause[i+3:i+j], " ,") {
		return nil, 0
	}
	np, _ := trailingNP(clause[:i])
	if f := strings.Fields(strings.ToLower(np)); len(f) >= 2 && ownerPronoun[f[0]] != "" {
		np = leadingSubject(clause) // "VTV … on its Twitter account (@vtvcanal8)": whose the account is
	}
	if np == "" || !isCap(np) {
		return nil, 0
	}
	if sp, via := r.resolve(np, pi, at+strings.LastIndex(clause[:i], np)); sp != nil && sp.Kind != Unnamed {
		return sp, via
	}
	return nil, 0
}

// firstPersonAfter is the person named as the subject of clause, the
// sentence before a colon in paragraph pi at offset at, when body, after
// the colon, speaks in the first person and clause does not: "Dr Hsu also
// attended the demonstration:" / "I was at the masjid Jamek area from 12
// noon …" is Dr Hsu's. A post in another language is as plainly someone's
// words set out ("Samantha Michelle Martínez [es] expresses her
// excitement …, remembers … and invites readers …:" / "Fuera de la
// polémica …").
func (r *reader) firstPersonAfter(clause, body string, pi, at int) (*Speaker, Via, string) {
	if !inFirstPersonSingular(body) && !notEnglish(body) || inFirstPersonSingular(clause) || strings.ContainsFunc(clause, isMark) {
		return nil, 0, ""
	}
	if _, _, ok := ownLineLabel(strings.TrimSpace(clause) + ":"); ok {
		return nil, 0, "" // "GUY RAZ, host:": a transcript's label, read as such
	}
	np := leadingSubject(clause)
	if name, _, ok := strings.Cut(strings.TrimSpace(clause), " who "); np == "" && ok && countFields(name) <= 4 && !slices.ContainsFunc(strings.Fields(name), func(w string) bool { return !isCap(w) }) {
		np = name // "Dawlatshah Poyesh who is currently in India wishes he was in Afghanistan to vote:": a name, then a relative clause its commas left out
	}
	sp, via := r.resolve(np, pi, at)
	if f := strings.Fields(pastAside(strings.TrimPrefix(clause, np))); len(f) > 0 {
		if len(f) > 1 && (f[0] == "also" || f[0] == "too") {
			f = f[1:] // "Zeinobia also was going to cry twice:"
		}
		// "Vicknesharajan wrote about why …" / "Today I will be there
		// …": one name, whom "I" shows to be a person, as bloggers go by
		sp = r.oneNameWriter(sp, via, np, f[0])
	}
	if sp != nil && via == ByName && (sp.Kind == Person || sp.Kind == Organisation && notEnglish(body)) {
		return sp, via, strings.TrimSpace(clause) // (a body's post too: "PROVEA, an NGO …, published a recap of the protests on April 4:" / "Además de detener, …")
	}
	return nil, 0, ""
}

// oneNameWriter is sp, a speaker found by name, or the person of that
// name when sp is a body named in one word that is no acronym or common
// word and the verb after it writes or speaks: bloggers go by one name
// ("Taabu notes that …", "Vicknesharajan wrote about …"), or is moved to
// them ("Zeinobia was going to cry twice:" before words in the first
// person).
func (r *reader) oneNameWriter(sp *Speaker, via Via, name, verb string) *Speaker {
	verb = strings.ToLower(verb)
	if sp == nil || via != ByName || sp.Kind != Organisation || name != sp.Name || strings.Contains(name, " ") || isAcronym(name) || englishCommon.Has(strings.ToLower(name)) ||
		!writingVerbs.Has(verb) && !isSpeechVerb(verb) && !moodVerbs.Has(verb) || slices.ContainsFunc(r.out, func(q Quote) bool { return q.Speaker == sp }) {
		return sp // (and a body already quoted stays one: "Tallawah called the three sprinters “the dream team”, saying:")
	}
	return r.cast.person(name, true)
}

// moodVerbs say how a writer is before their words in the first person:
// "Zeinobia was going to cry twice:", "Nomad is furious:".
var moodVerbs = lazy.Words(`is was feels felt seems seemed`)

// discourseNouns name a piece of someone's words that a clause may end
// with before a colon, announcing them: "provided some disturbing
// financial context:", "offers this analysis:".
var discourseNouns = lazy.Words(`context analysis explanation perspective take reflection reflections account summary overview
insight insights observation observations assessment reaction response description impressions thoughts view views opinion`)

// feelingVerbs put a feeling into words, and feelings are what they
// put: "expressed joy at the news:", "voiced concern over the plan:".
var (
	feelingVerbs = lazy.Words(`expressed expresses voiced voices echoed echoes shared shares`)
	feelings     = lazy.Words(`joy relief anger concern concerns frustration sadness sorrow grief hope hopes outrage dismay
disappointment gratitude pride doubt doubts scepticism skepticism support solidarity sympathy condolences shock surprise
fear fears optimism pessimism regret indignation delight satisfaction dissatisfaction happiness excitement alarm worry worries
sentiment sentiments thought thoughts`)
)

// writingVerbOn gives the verb a clause ends with, or the verb of
// writing that what the clause ends with is about, or that posted with
// what follows: "reflects" of "Aandishe reflects on the tragedy,
// wondering why mistakes are never learning experiences", "updates" of
// "Zelalem updates his Facebook status with".
func writingVerbOn(clause string) string {
	f := strings.Fields(clause)
	for j := max(len(f)-15, 1); j+2 < len(f); j++ {
		if w := f[j]; writingVerbs.Has(w) && (f[j+1] == "on" || f[j+1] == "about" ||
			j+3 < len(f) && f[j+1] == "with" && (f[j+2] == "us" || f[j+2] == "readers")) {
			return w // (or "Dr Rami Zurayk shares with us a couple of things that he learned")
		}
	}
	if n := len(f); n >= 3 && f[n-1] == "with" {
		// "Zelalem updates his Facebook status with:": what the verb
		// posted with, after the colon
		for j := n - 2; j >= max(n-6, 1); j-- {
			if writingVerbs.Has(f[j]) {
				return f[j]
			}
		}
	}
	return lastWord(clause)
}

// namesFeeling tells the words after a verb (lower case) naming a
// feeling as its object: "his frustration", "joy at the news", "similar
// sentiments", "the same concerns" — a possessive or a determiner, at
// most two words that open no clause, then one of feelings.
func namesFeeling(rest []string) bool {
	if len(rest) > 1 && (possessives.Has(rest[0]) || nounDeterminers.Has(rest[0])) {
		rest = rest[1:]
	}
	for i, w := range rest[:min(len(rest), 3)] {
		if w = strings.Trim(w, ","); feelings.Has(w) {
			return true
		}
		if clauseOpeners.Has(w) || i == 2 || strings.HasSuffix(rest[i], ",") {
			return false
		}
	}
	return false
}

// firstPersonNext tells a paragraph after pi, of prose under no heading
// (a sentence though it lost its full stop: "… close this notebook and
// start a new one"), in the first person singular: the speaker's words
// going on from pi.
func (r *reader) firstPersonNext(pi int) bool {
	return pi+1 < len(r.t.Body) && inFirstPersonSingular(r.t.Body[pi+1].Text) && (r.proseAt(pi+1) || sentenceLike(r.t.Body[pi+1].Text)) && !r.headingBefore(pi+1)
}

// writingVerbs say what a writer's words, set out after a colon, are:
// "Elit writes a scathing critique of the government's response to the
// tragedy:", "Omar Basawad describes the lasting toll the disaster will
// take on the country:".
var writingVerbs = lazy.Words(`writes wrote describes described explains explained argues argued reflects reflected offers
offered shares shared posts posted observes observed underscores underscored underlines underlined highlights highlighted
summarizes summarized summarises summarised updates updated`)

// bareObject tells a word that may open a verb's object without a
// determiner, a plural or a mass noun: "describes streets of the city
// after the first warnings:", not "describes how …" or "writes about …".
func bareObject(w string) bool {
	return unicode.IsLower(firstRune(w)) && !clauseOpeners.Has(strings.Trim(w, ",;")) && !nounDeterminers.Has(w)
}

// clauseOpeners open a clause or a phrase after a verb, not its object.
var clauseOpeners = lazy.Words(`that how why what whether when where who whom which to about on in at with for from as if of
by into over after before during while because since though although than so and or but not`)

// namesIn tells paragraph pi naming sp by surname, as the writer's words
// about sp do and sp's own rarely do.
func (r *reader) namesIn(pi int, sp *Speaker) bool {
	s := lastWord(sp.Name)
	return s != "" && slices.Contains(strings.FieldsFunc(r.t.Body[pi].Text, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }), s)
}

// whenWords say when, after a verb's object: "posted this update
// yesterday".
var whenWords = lazy.Words(`yesterday today tonight earlier later on at`)

// repeated tells whether paragraph pi, a pull quote, repeats words
// another paragraph prints, as a pull quote often repeats a quotation of
// the story ("Cquote1.svg Under the clear presumption … Cquote2.svg").
func (t *Text) repeated(pi int) bool {
	words := foldedWords(strings.Join(slices.DeleteFunc(strings.Fields(t.Body[pi].Text), func(w string) bool { return strings.HasSuffix(w, ".svg") }), " "))
	// (near it: a pull quote is set beside the paragraphs it repeats,
	// and a window keeps a text of many credit lines linear)
	for i := max(0, pi-20); i < min(len(t.Body), pi+21); i++ {
		if i != pi && len(words) > 0 && containsRun(foldedWords(t.Body[i].Text), words) {
			return true
		}
	}
	return false
}

// creditAfter reads the credit line set right under paragraph pi, a
// pull quote's ("—Superintendent Gary Knowles", "—Mike DeWine,
// Twitter"): the name, without where it was said.
func (t *Text) creditAfter(pi int) (string, bool) {
	if pi+1 >= len(t.Body) || t.Body[pi+1].Line-t.Body[pi].Line > 2 {
		return "", false
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(t.Body[pi+1].Text), "—")
	if !ok {
		return "", false
	}
	name, _, _ := strings.Cut(strings.TrimSpace(rest), ",")
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 6 || slices.ContainsFunc(f, func(w string) bool { return !isCap(w) && !particles.Has(w) }) || strings.ContainsAny(name, "!?:;") || strings.HasSuffix(name, ".") {
		return "", false
	}
	return name, true
}

// signedBelow is the author an embedded post's signature names on the
// line right under paragraph pi (see postSignature).
func (t *Text) signedBelow(pi int) (string, bool) {
	end := t.Body[pi].LineAt(len(t.Body[pi].Text))
	// (a signature on the line the words end on was run into them: see
	// splitPosts)
	i := sort.Search(len(t.signatures), func(i int) bool { return t.signatures[i].Line >= end })
	if i == len(t.signatures) || t.signatures[i].Line > end+2 || pi+1 < len(t.Body) && t.Body[pi+1].Line <= t.signatures[i].Line {
		return "", false
	}
	return postSignature(t.signatures[i].Text)
}

// creditBelow is the person a credit line with no dash names, set right
// under paragraph pi: a name and what the person is, after a comma, and
// no sentence ("Dr. Jane Lubchenco, NOAA administrator"); or nil.
func (r *reader) creditBelow(pi int) *Speaker {
	l := strings.TrimSpace(r.t.lineAfter(pi))
	if l == "" || wordsIn(l) > 12 || !strings.Contains(l, ", ") || strings.ContainsAny(l, "“”\"") || strings.ContainsRune(".!?:;", lastRune(l)) {
		return nil
	}
	if sp := r.signedBy(l); sp != nil && sp.Kind == Person {
		return sp
	}
	return nil
}

// handleLine reads a post printed under its author's handle, a
// paragraph that opens with "@name:" and goes on for four words or more:
// the handle and the words.
func handleLine(p string) (handle, words string, ok bool) {
	h, rest, ok := handlePrefix(p)
	if rest = strings.TrimSpace(rest); !ok || wordsIn(rest) < 4 {
		return "", "", false
	}
	return h, rest, true
}

// handlePrefix splits a line that opens with a social-media handle and
// a colon into the handle and the rest: "@nagoul1 [4]: A massacre is
// taking place …" (the link's number after the handle dropped). The
// owner's name may follow the handle in parentheses, and the colon may
// lose its space after a link's number: "@ArvindKejriwal7 (Arvind
// Kejriwal) [11]:635 rapes …" gives "@ArvindKejriwal7 (Arvind
// Kejriwal)", which handleAndOwner reads.
func handlePrefix(p string) (handle, rest string, ok bool) {
	h, rest, found := strings.Cut(p, ": ")
	if c := strings.IndexByte(p, ':'); c > 0 && (!found || c < len(h)) && strings.HasSuffix(p[:c], "]") {
		h, rest, found = p[:c], p[c+1:], true
	}
	h = space.Collapse(blankLinkMarks(h))
	at, name := handleAndOwner(h)
	if !found || !isHandle(at) || name == "" && at != h {
		return "", "", false
	}
	return h, rest, true
}

// isHandle tells a social-media handle: "@" and one to fifteen letters,
// digits or underscores.
func isHandle(at string) bool {
	if len(at) < 2 || len(at) > 16 || at[0] != '@' {
		return false
	}
	return !strings.ContainsFunc(at[1:], func(c rune) bool {
		return !(c == '_' || c < utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c)))
	})
}

// handleAndOwner splits a handle that names its owner after it into the
// two: "@mooninanfield (Moonmoon Ghosh)" → "@mooninanfield", "Moonmoon
// Ghosh". A name is two to four words in capitals.
func handleAndOwner(h string) (handle, name string) {
	at, paren, ok := strings.Cut(h, " (")
	n, closed := strings.CutSuffix(paren, ")")
	if !ok || !closed || countFields(n) < 2 || countFields(n) > 4 || slices.ContainsFunc(strings.Fields(n), func(w string) bool { return !isCap(w) }) {
		return h, ""
	}
	return at, n
}

// honoured tells a label that names its speaker "the Honourable", as a
// minister's office prints its transcripts: "THE HON DAN TEHAN MP,
// MINISTER FOR SOCIAL SERVICES".
func honoured(label string) bool {
	name, _, _ := strings.Cut(label, ", ")
	return honouredName(name) != ""
}

// honours are the ways "the Honourable" is printed before a name.
var honours = []string{"the Hon ", "The Hon ", "THE HON ", "the Hon. ", "The Hon. ", "THE HON. "}

// honouredName is the name a heading gives after "the Hon", with its
// letters dropped: "Minister for International Development and The
// Pacific, the Hon Pat Conroy MP" → "Pat Conroy"; and a transcript's
// label in capitals, "THE HON. WILL HODGMAN MP" → "WILL HODGMAN".
func honouredName(clause string) string {
	i, n := -1, 0
	for _, hon := range honours {
		if j := strings.LastIndex(clause, hon); j > i {
			i, n = j, len(hon)
		}
	}
	if i < 0 || i > 0 && !strings.HasSuffix(strings.TrimRight(clause[:i], " "), ",") && !strings.HasSuffix(clause[:i], "Senator ") {
		return ""
	}
	f := strings.Fields(clause[i+n:])
	for len(f) > 0 && honorifics.Has(f[0]) {
		f = f[1:] // "the Hon Dr Anne Aly"
	}
	for len(f) > 0 && postNominals.Has(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	if len(f) < 2 || len(f) > 4 || slices.ContainsFunc(f, func(w string) bool { return !isCap(w) && !particles.Has(w) }) {
		return ""
	}
	return strings.Join(f, " ")
}

// plainObject is what follows a verb without its asides: the words in
// brackets and in quotation marks, the times ("yesterday", "on
// Wednesday, August 24") and the commas dropped, in small letters.
func plainObject(s string) []string {
	var out []string
	depth, quoted := 0, false
	for w := range strings.FieldsSeq(s) {
		open, close := strings.HasPrefix(w, "("), strings.HasSuffix(strings.TrimRight(w, ".,;:"), ")")
		opensQuote := strings.IndexFunc(w, isOpenMark) == 0 || strings.HasPrefix(w, "\"")
		closesQuote := strings.ContainsFunc(w, isCloseMark) || len(w) > 1 && strings.HasSuffix(strings.TrimRight(w, ".,;:"), "\"")
		switch {
		case open || depth > 0:
			if open {
				depth++
			}
			if close {
				depth--
			}
		case opensQuote || quoted:
			quoted = !closesQuote
		default:
			lw := strings.ToLower(strings.Trim(w, ".,;:"))
			if lw == "" || whenWords.Has(lw) || weekdays.Has(strings.Trim(w, ".,;:")) || months.Has(strings.Trim(w, ".,;:")) || strings.IndexFunc(lw, unicode.IsDigit) >= 0 {
				continue
			}
			out = append(out, lw)
		}
	}
	return out
}

// reportsOwn tells the outlet's own journalist announcing their report
// ("ITV News correspondent Dan Rivers reports from the village:"): what
// follows is the page's narration, not someone's quotation.
func reportsOwn(sp *Speaker, att string) bool {
	v := strings.ToLower(lastWord(att))
	if v != "reports" && v != "reported" {
		return false
	}
	t := strings.ToLower(sp.Title)
	return strings.Contains(t, "correspondent") || strings.Contains(t, "reporter") || strings.Contains(t, "editor")
}

// blankLinkMarks blanks out the marks a printed web page leaves for its
// links, a language code or a number in brackets ("Aida Elkashef says
// [ar]:", "Attillah Springer [1]") or the numbers of several links in
// parentheses ("@mariaramitas writes (1, 2) [es]:"), keeping every other
// offset. Letters in brackets joined to a word are the writer's
// ("deplore[s]"), not a link's.
func blankLinkMarks(s string) string {
	if !strings.ContainsAny(s, "[(") {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		open := b[i]
		if open != '[' && open != '(' {
			continue
		}
		j := i + 1
		for j < len(b) && j-i <= 12 && linkMarkByte(open, b[j]) {
			j++
		}
		if j == len(b) || open == '[' && b[j] != ']' || open == '(' && b[j] != ')' {
			continue
		}
		if in := s[i+1 : j]; open == '[' && in != "" && len(in) <= 3 && !(unicode.IsLetter(lastRune(s[:i])) && unicode.IsLetter(rune(in[0]))) || open == '(' && strings.Contains(in, ", ") && strings.Count(in, ",") == strings.Count(in, ", ") { // (not "(1,000)")
			copy(b[i:j+1], bytes.Repeat([]byte{' '}, j+1-i))
			i = j
		} else if open == '(' && j == i+1 && languageTag(s[i:]) {
			j = i + strings.IndexByte(s[i:], ')') // "LJ user merienn wrote this (RUS) from Tbilisi:"
			copy(b[i:j+1], bytes.Repeat([]byte{' '}, j+1-i))
			i = j
		}
	}
	return string(b)
}

// handleOnly tells a paragraph that is only a posting handle, with the
// number of its link at most, as a post's credit over its words:
// "@alnagar80 [3]".
func handleOnly(p string) bool {
	return isHandle(strings.TrimSpace(space.Collapse(blankLinkMarks(p))))
}

// stampLine tells a paragraph that only says when: a date, a clock time
// or both, as a blog prints over each entry ("Aug. 11, 2008 – 10:46
// AM:", "12:30 pm").
func stampLine(p string) bool {
	p = strings.TrimSuffix(strings.TrimSpace(p), ":")
	f := strings.Fields(p)
	if len(f) == 0 || len(f) > 8 || !strings.ContainsFunc(p, unicode.IsDigit) {
		return false
	}
	for _, w := range f {
		w = strings.TrimRight(w, ",.")
		switch l := strings.ToLower(w); {
		case l == "am" || l == "pm" || l == "a.m" || l == "p.m" || l == "gmt" || l == "utc" || l == "–" || l == "—" || l == "-":
		case strings.Trim(w, "0123456789:/.") == "":
		case isCap(w) && (weekdays.Has(strings.Trim(w, ",.")) || monthAbbrev(w)):
		case strings.Trim(strings.TrimRight(l, "apm."), "0123456789:") == "" && strings.ContainsAny(l, "ap"):
		default:
			return false
		}
	}
	return true
}

// userHandle is the handle at the end of np when np names a user of a
// site by it, the way blogs name bloggers: "LJ user merienn", "Twitter
// user jdoe_77", "user kotya1975", "Blogger pilgrim-67" — the word
// "user" or a word for one who writes online, and a handle set in
// small letters or with a digit or an underscore (a capitalised name
// after it, "Flickr user Marcel Bertoldi", is a name as any other).
func userHandle(np string) string {
	f := strings.Fields(np)
	if len(f) < 2 || len(f) > 3 || f[len(f)-2] != "user" && !onlineRoles.Has(capitalised(f[len(f)-2])) || len(f) == 3 && !isCap(f[0]) {
		return ""
	}
	h := strings.TrimRight(f[len(f)-1], ",.;:")
	if h == "" || strings.ContainsFunc(h, func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '_' && c != '.' && c != '-'
	}) {
		return ""
	}
	if !unicode.IsLower(firstRune(h)) && !strings.ContainsFunc(h, func(c rune) bool { return unicode.IsDigit(c) || c == '_' }) {
		return ""
	}
	if englishCommon.Has(h) || sentenceWords.Has(h) || f[len(f)-2] != "user" && !strings.ContainsAny(h, "0123456789_-") {
		return "" // "users who", "user in", "blogger took": words, no handle
	}
	return h
}

// handleWord tells a word in small letters that is a site's handle and
// no word of a language: letters joined by a hyphen or an underscore, or
// with digits ("japanese-aliav", "kotya1975", "blue_bird").
func handleWord(w string) bool {
	if len(w) < 5 || !unicode.IsLower(firstRune(w)) || strings.ContainsFunc(w, func(c rune) bool {
		return !unicode.IsLower(c) && !unicode.IsDigit(c) && c != '_' && c != '-'
	}) || !strings.ContainsFunc(w, func(c rune) bool { return unicode.IsDigit(c) || c == '_' || c == '-' }) {
		return false
	}
	parts := strings.FieldsFunc(w, func(c rune) bool { return c == '-' || c == '_' })
	if len(parts) == 0 || !unicode.IsLetter(lastRune(w)) {
		return false
	}
	for _, p := range parts {
		if englishCommon.Has(p) || sentenceWords.Has(p) || len(p) < 2 {
			return false // ("well-known", "e-mail", "x-ray": words joined)
		}
	}
	return !strings.Contains(w, "-") || len(parts) == 2 && !unicode.IsDigit(firstRune(parts[1]))
}

// languageCodes are the codes of languages that a page prints in
// brackets after a link to copy in that language: ISO 639's three
// letters, in capitals or small letters ("(RUS)", "(ukr)"), or its two,
// in small letters ("(es)"), as capitals are as often a place or a body
// ("(UK)", "(UN)"); none that is also a word or a party ("(IND)", "(it)").
var languageCodes = lazy.Words(`rus ukr bel eng spa fra fre por ara chi zho ger deu ita jpn kor pol ces cze slk srp hrv bos mkd bul rum ron hun tur fas urd hin
kaz kir uzb tgk tuk aze hye geo kat est lav lit swe isl nld dut ell gre heb amh swa mlg mya khm tha vie msa tgl
ru uk en es fr pt ar zh de ja ko pl cs sk sr hr bs mk bg ro hu tr fa ur hi bn kk ky uz tg az hy ka et lv lt fi sv da nl sw th vi`)

// languageTag tells s, which opens with a bracket, opens with a language
// code in brackets: "(RUS)", "(es)".
func languageTag(s string) bool {
	in, _, ok := strings.Cut(s[1:], ")")
	if !ok || len(in) < 2 || len(in) > 3 || in != strings.ToLower(in) && (len(in) == 2 || in != strings.ToUpper(in)) {
		return false
	}
	return languageCodes.Has(strings.ToLower(in))
}

// withoutTags is a post's words without the hashtags that end them:
// "I just can't take this right now." of "I just can't take this right
// now. #homs #syria".
func withoutTags(s string) string {
	s = strings.TrimSpace(s)
	for strings.HasPrefix(lastWord(s), "#") && len(lastWord(s)) < len(s) {
		s = strings.TrimSpace(strings.TrimSuffix(s, lastWord(s)))
	}
	return s
}

// postLike tells words that read as a post, though they end with no
// stop: five words or more, among them a hashtag or a handle ("Happy new
// year with 9% raise in feul prices, enjoy 2011 #JO", "@AliDahmash We are
// energy importing country. … @PrimeMinistry #Jo").
func postLike(s string) bool {
	if wordsIn(s) < 5 || strings.ContainsFunc(s, isMark) || strings.HasSuffix(s, ":") {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		if len(w) > 2 && (w[0] == '#' || w[0] == '@') && unicode.IsLetter(rune(w[1])) {
			return true
		}
	}
	return false
}

// numberedLinks counts the numbered marks a page put for its links:
// "shock [9]".
func numberedLinks(s string) int {
	n := 0
	for i := strings.IndexByte(s, '['); i >= 0; i = strings.IndexByte(s, '[') {
		s = s[i+1:]
		j := strings.IndexFunc(s, func(c rune) bool { return c < '0' || c > '9' })
		if j > 0 && s[j] == ']' {
			n++
		}
	}
	return n
}

// linkMarkByte tells a byte that may stand inside a link's mark opened
// with open: a language code's letters or a number in brackets, link
// numbers and their commas in parentheses.
func linkMarkByte(open, c byte) bool {
	if open == '[' {
		return 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
	}
	return '0' <= c && c <= '9' || c == ',' || c == ' '
}

// sayVerbs are the forms of "say", which a clause may follow before a
// colon: "said the measures include:".
var sayVerbs = lazy.Words(`say says said saying`)

// speechAdjuncts open what may follow a verb of speech before a colon
// that announces the words: "said in a statement:", "added today:",
// never "said the measures include:".
var speechAdjuncts = lazy.Words(`in on at during after before from to via through when while as today aloud out up about here there
yesterday tonight this last earlier later then again also afterwards recently`)

// labelAt finds a transcript's speaker label at the start of a
// paragraph, and the words after it: "MR PRICE: Good afternoon.",
// "SECRETARY BLINKEN:  Great to be with you.", "Fugate: No." The label,
// p[:end], is up to six words in capitals, and may say after commas what
// the speaker is in up to three parts of six more ("ROB MITCHELL, MEMBER
// FOR MCEWEN"; see capsLabel),
// or up to three capitalised words; what the speaker is may follow in
// brackets ("Paul Fulton (Moderator)", 1 to 60 characters); a colon and
// white space follow, and the words start at p[at]. (It is written out
// rather than a regular expression, whose Unicode classes cost a command
// that reads articles a tenth of its start; TestLabelMatchers holds it to
// the expression.)
func labelAt(p string) (end, at int, ok bool) {
	colon := strings.IndexByte(p, ':')
	if colon <= 0 {
		return 0, 0, false
	}
	end = colon
	if role := labelRole(p[:colon]); role != "" {
		end = colon - len(role) - 3 // " (" and ")"
	}
	if i := strings.Index(p[:end], " — "); i > 0 {
		end = i // "Dr JEFF AYTON — CHIEF MEDICAL OFFICER, AAD:": the name, then what the speaker is
	}
	label := p[:end]
	if strings.TrimSpace(label) != label || strings.Contains(label, "  ") {
		return 0, 0, false // a label's words stand one space apart, the colon after the last ("Aa A, Prime : 0" is none)
	}
	mixed := capWords(label, 4, isUpperLetter, isLabelLetter) // "State Department Official One"
	// a full name and what the speaker is, in capitals and small
	// letters: "Anthony Albanese, Prime Minister:", "Katherine Murphy,
	// Host:"
	name, role, named := strings.Cut(label, ", ")
	if hn := honouredName(name); hn != "" {
		name = hn // "The Hon Michael McCormack MP, Deputy Prime Minister:"
	}
	if r := []rune(name); !named || len(r) < 2 || !unicode.Is(unicode.Ll, r[1]) || !capWords(name, 4, isUpperLetter, isLabelLetter) || strings.IndexByte(name, ' ') < 0 ||
		!capWords(role, 4, isUpperLetter, isLabelLetter) && !officePhrase(role) && !(countFields(role) <= 2 && ownVoice(role)) { // ("Greg Jennett, host:")
		// or the office first: "Minister for International
		// Development and the Pacific, Pat Conroy:"
		named = named && officePhrase(name) && strings.IndexByte(role, ' ') > 0 && capWords(role, 4, isUpperLetter, isLabelLetter) && !hasOffice(role)
	}
	if !capsLabel(label) && !mixed && !named && !titleOffice(label) {
		return 0, 0, false
	}
	at = colon + 1
	for at < len(p) && strings.IndexByte(perlSpace, p[at]) >= 0 {
		at++
	}
	if at == colon+1 && at < len(p) && (mixed && strings.IndexByte(label, ' ') > 0 || capsLabel(label)) && unicode.IsUpper(firstRune(p[at:])) {
		return end, at, true // a full name, or a label in capitals, whose colon lost its space: "Greg Smith:Look, if we …", "PM:Best of my advice …"
	}
	if at == colon+1 || at == len(p) {
		return 0, 0, false
	}
	return end, at, true
}

// titleOffice tells a label that is an office in title case, as a
// minister's transcripts print the speaker's label: "Prime Minister:",
// "Minister for Trade:", "Minister for Health and Aged Care:".
func titleOffice(label string) bool {
	f := strings.Fields(label)
	if len(f) == 0 || len(f) > 8 {
		return false
	}
	for i, w := range f {
		if !unicode.IsUpper(firstRune(w)) && (i == 0 || !titleJoiners.Has(w)) || strings.IndexFunc(w, func(r rune) bool { return !isLabelLetter(r) || r == '.' }) >= 0 || isGivenName(w) {
			return false
		}
	}
	// the office last ("Deputy Prime Minister"), or first and then its
	// field ("Minister for Trade"); not an office before a surname,
	// "Secretary Blinken"
	if len(f) >= 4 && officeQualifiers.Has(f[0]) && offices.Has(f[1]) {
		f = f[1:] // "Assistant Minister for Foreign Affairs:"
	}
	return offices.Has(f[len(f)-1]) && len(f) <= 3 || len(f) >= 3 && offices.Has(f[0]) && titleJoiners.Has(f[1])
}

// officeQualifiers say which holder of an office, before it: "Assistant
// Minister", "Shadow Treasurer".
var officeQualifiers = lazy.Words(`Assistant Associate Shadow Acting Deputy Junior Special Parliamentary`)

// capsLabel tells a label in capitals: a name of up to nine words, an
// office's included ("SECRETARY OF DEFENSE LLOYD J. AUSTIN III"), then
// up to three parts that say what the speaker is, each after a comma and
// of up to six words besides its joining words ("DR. JOE BRESEE, BRANCH
// CHIEF, BRANCH OF EPIDEMIOLOGY AND PREVENTION, CDC INFLUENZA DIVISION";
// "REBECCA WHITE, ASSISTANT MINISTER FOR HEALTH AND AGED CARE").
func capsLabel(label string) bool {
	parts := strings.Split(capsPrefixRE().ReplaceAllStringFunc(label, strings.ToUpper), ", ")
	if len(parts) > 4 {
		return false
	}
	for i, part := range parts {
		most := capsLabelWords[min(i, 1)]
		if i > 0 {
			for _, w := range strings.Fields(part) {
				if titleJoiners.Has(strings.ToLower(w)) {
					most++
				}
			}
		}
		if !capWords(part, most, isUpperLetter, isLabelUpper) {
			return false
		}
	}
	return true
}

// capsPrefixRE finds a surname in capitals whose prefix keeps its small
// letters, as labels print them: "ANDREW McPHEE", "MacDONALD",
// "DeSANTIS", "LaHOOD" (labelName writes it McPhee).
var capsPrefixRE = lazy.Regexp(`\b(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)\p{Lu}{2,}\b`)

// capsLabelWords are the most words of a label's name and of each part
// after it.
var capsLabelWords = [2]int{9, 6}

// labelRole is what a label says its speaker is in brackets at its end,
// "Moderator" in "Paul Fulton (Moderator)" or "ASSISTANT MINISTER" in
// "ANTHONY CHISHOLM [ASSISTANT MINISTER]", or "".
func labelRole(label string) string {
	body, ok := strings.CutSuffix(label, ")")
	i := strings.LastIndex(body, " (")
	if !ok {
		// "ANTHONY CHISHOLM [ASSISTANT MINISTER]:"
		body, ok = strings.CutSuffix(label, "]")
		i = strings.LastIndex(body, " [")
	}
	if !ok || i < 0 {
		return ""
	}
	role := body[i+2:]
	if n := utf8.RuneCountInString(role); n < 1 || n > 60 || strings.ContainsAny(role, "()[]") {
		return ""
	}
	return role
}

// capWords reports whether s is one to max words, each separated from the
// next by one space, whose first letter is first and whose others are
// more.
func capWords(s string, max int, first, more func(rune) bool) bool {
	for n := 1; n <= max; n++ {
		w, rest, found := strings.Cut(s, " ")
		r, size := utf8.DecodeRuneInString(w)
		if size == 0 || !first(r) {
			return false
		}
		for _, r := range w[size:] {
			if !more(r) {
				return false
			}
		}
		if !found {
			return true
		}
		s = rest
	}
	return false
}

func isUpperLetter(r rune) bool { return unicode.Is(unicode.Lu, r) }
func isASCIIUpper(r rune) bool  { return 'A' <= r && r <= 'Z' }

// isLabelUpper and isLabelLetter are what may follow a label word's first
// letter: capitals or letters, and the full stop, apostrophes and hyphen
// of "MR.", "O'BRIEN" and "JEAN-PIERRE".
func isLabelUpper(r rune) bool  { return unicode.Is(unicode.Lu, r) || isNamePunct(r) }
func isLabelLetter(r rune) bool { return unicode.Is(unicode.L, r) || isNamePunct(r) }
func isNamePunct(r rune) bool   { return r == '.' || r == '\'' || r == '’' || r == '-' }

// bareLabelRE finds the label of a question or an answer that US
// government transcripts print without a colon: "Q    Sure, Josh.",
// "Q Does the secretary …", "A  We did."
var bareLabelRE = lazy.Regexp(`^(Q|A)(?:\s{2,}|\t|(?:\s)(?:\p{Lu}\p{Ll}|I\s))`)

// labelTitle is what a transcript's label says its speaker is, after a
// comma or in brackets: "Member for McEwen" in "ROB MITCHELL, MEMBER FOR
// MCEWEN:", "Moderator" in "Paul Fulton (Moderator):".
func labelTitle(p string) string {
	end, _, ok := labelAt(p)
	if !ok {
		return ""
	}
	if role := labelRole(p[:strings.IndexByte(p, ':')]); role != "" {
		if strings.ToUpper(role) == role {
			return labelName(role) // "[ASSISTANT MINISTER]"
		}
		return role
	}
	_, title := labelParts(p[:end])
	if title == "" {
		return ""
	}
	return labelName(title)
}

// labelParts splits a label that says what its speaker is after a comma
// into the name and that: "ROB MITCHELL, MEMBER FOR MCEWEN". A label may
// put the office first, "MINISTER FOR HEALTH AND AGED CARE, MARK
// BUTLER": when only the first part has an office's word in it and the
// one after is two to four words, that one is the name.
func labelParts(label string) (name, title string) {
	name, title, _ = strings.Cut(label, ", ")
	if n, t, ok := strings.Cut(label, ". "); title == "" && ok && strings.ToUpper(t) == t && ownVoice(t) {
		return n, t // a full stop for the comma: "RAF EPSTEIN. HOST"
	}
	if n := len(strings.Fields(title)); n >= 2 && n <= 4 && !strings.Contains(title, ",") && hasOffice(name) && !hasOffice(title) {
		return title, name
	}
	return name, title
}

// officePhrase tells an office's name in capitals and small letters, of
// up to ten words, its joining words small: "Minister for International
// Development and the Pacific".
func officePhrase(s string) bool {
	f := strings.Fields(s)
	if len(f) >= 3 && (officeQualifiers.Has(f[0]) || f[0] == "Federal") && offices.Has(f[1]) {
		f = f[1:] // "Federal Member for Reid", "Assistant Minister for Defence"
	}
	if len(f) == 0 || len(f) > 10 || !offices.Has(f[0]) {
		return false
	}
	for _, w := range f {
		if !titleJoiners.Has(w) && !capWords(w, 1, isUpperLetter, isLabelLetter) {
			return false // (a word of letters: "Prime A0" is none)
		}
	}
	return true
}

// hasOffice tells words with an office's word among them, in capitals or
// not: "MEMBER FOR BOOTHBY", "Chief Minister".
func hasOffice(s string) bool {
	return slices.ContainsFunc(strings.Fields(s), func(w string) bool { return offices.Has(w) || offices.Has(capitalised(strings.ToLower(w))) })
}

// opensWithLabel tells a paragraph that opens with a transcript's label.
func opensWithLabel(p string) bool {
	_, _, ok := turnLabel(p)
	return ok
}

// turnLabel splits a transcript's turn into its label and the offset of
// the words after it.
func turnLabel(p string) (label string, at int, ok bool) {
	if rest, ok := strings.CutPrefix(p, wikinewsLeft); ok {
		// "Wikinews waves Left.pngLaura HaleWikinews waves Right.png
		// You were …": the pictures Wikinews sets around its
		// interviewer's name, which print as their file names
		if i := strings.Index(rest, wikinewsRight); i > 0 && i <= 60 {
			at := len(p) - len(rest) + i + len(wikinewsRight)
			at += len(p[at:]) - len(strings.TrimLeft(p[at:], " \t"))
			if at < len(p) {
				return "WIKINEWS", at, true
			}
		}
	}
	if rest, ok := wikiBold(p); ok {
		// a wiki page's source, which sets the label in bold and
		// indents the answers: "'''DS: Poughkeepsie, huh?",
		// ":'''AN:''' Yeah!"
		skip := len(p) - len(rest)
		if i := strings.Index(rest, "'''"); i > 0 && i <= 60 {
			switch colon := strings.IndexByte(rest[:i], ':'); {
			case colon == i-1:
				rest = rest[:i] + "   " + rest[i+3:] // "AN:''' Yeah!": the bold's end, after the label
			case colon < 0 && strings.HasPrefix(rest[i+3:], ":"):
				rest = rest[:i] + ":   " + rest[i+4:] // "Marymegan Daly''': Frank": the colon after the bold
			case colon < 0:
				rest = rest[:i] + ":  " + rest[i+3:] // "MD''' I was amazed": a label in bold without a colon
			}
		}
		if l, at, ok := turnLabel(rest); ok {
			return l, skip + at, true
		}
	}
	if end, at, ok := labelAt(p); ok {
		// a label in capitals may say what the speaker is after a
		// comma, "ROB MITCHELL, MEMBER FOR MCEWEN:", and names the
		// speaker before it (but "Humanitarian Emergency: U.S. Efforts
		// to Save Lives in Syria and Around the World" is a title, unless
		// its label is a header field's: "SUBJECTS: Budget; Leadership")
		if label, _ := labelParts(p[:end]); !titleWords3(p[at:]) || furnitureLabel(label) {
			return label, at, true
		}
	}
	if rest, ok := strings.CutPrefix(p, "Q. "); ok && strings.TrimSpace(rest) != "" {
		return "Q", len(p) - len(strings.TrimLeft(rest, " ")), true // a reporter's question in a sports transcript: "Q. I think …"
	}
	if l, at, ok := hearingLabel(p); ok {
		return l, at, true
	}
	if l, at, ok := capsNameLabel(p); ok {
		return l, at, true
	}
	if rest, ok := strings.CutPrefix(p, "A. "); ok && strings.TrimSpace(rest) != "" && unicode.IsUpper(firstRune(rest)) && !isGivenName(strings.Trim(firstWord(rest), ",")) && !isInitial(firstWord(rest)) {
		return "A", len(p) - len(strings.TrimLeft(rest, " ")), true // and its answer: "A. The insurgents are responsible …" (not "A. Philip Randolph", "A. J. Ayer")
	}
	if m := bareLabelRE().FindStringSubmatchIndex(p); m != nil && (p[:1] == "Q" || strings.HasPrefix(p, "A  ") || strings.HasPrefix(p, "A\t")) {
		if at := len(p) - len(strings.TrimLeft(p[1:], " \t")); strings.TrimSpace(p[at:]) != "" {
			return p[:1], at, true
		}
		return "", 0, false // "A" and nothing said
	}
	return bracketLabel(p)
}

// hearingLabel reads the label a congressional hearing's record gives a
// member's turn, a title and a surname closed by a full stop: "Mr.
// Linder. The meeting will come to order.", "Chairman Hyde. Thank you."
func hearingLabel(p string) (label string, at int, ok bool) {
	f := strings.SplitN(p, " ", 4)
	if len(f) < 3 || !hearingTitles.Has(f[0]) || !strings.HasSuffix(f[1], ".") {
		return "", 0, false
	}
	surname := strings.TrimSuffix(f[1], ".")
	if len([]rune(surname)) < 3 || !isCap(surname) || strings.ToUpper(surname) == surname || !letterWord(surname) || !unicode.IsUpper(firstRune(f[2])) {
		return "", 0, false
	}
	return f[0] + " " + surname, len(f[0]) + 1 + len(f[1]) + 1, true
}

// capsNameLabel reads a label in capitals that lost its colon: a full
// name of two or three words, the first a given name, then the turn in
// small letters, "JULIE BISHOP There are two matters …".
func capsNameLabel(p string) (label string, at int, ok bool) {
	f := strings.SplitN(p, " ", 5)
	for n := 2; n <= 3 && n < len(f); n++ {
		name := f[:n]
		if slices.ContainsFunc(name, func(w string) bool {
			return len(w) < 2 || strings.ToUpper(w) != w || !letterWord(w)
		}) {
			return "", 0, false
		}
		next := f[n]
		if r := []rune(next); len(r) >= 2 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) || next == "I" || next == "A" {
			if !isGivenName(capitalised(strings.ToLower(name[0]))) {
				return "", 0, false
			}
			l := strings.Join(name, " ")
			return l, len(l) + 1, true
		}
	}
	return "", 0, false
}

// letterWord tells a word of letters, hyphens and straight apostrophes
// only, as a name is spelt: "O'BRIEN", "Diaz-Balart".
func letterWord(w string) bool {
	return !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
}

// hearingTitles open a member's label in a hearing's record.
var hearingTitles = lazy.Words(`Mr. Mrs. Ms. Dr. Chairman Chairwoman Senator`)

// titleWords3 tells words set as a title: three or more, every word in
// small letters one that titles keep small, and no stop at the end.
func titleWords3(s string) bool {
	s = strings.TrimSpace(s)
	f := strings.Fields(s)
	if len(f) < 3 || strings.ContainsRune(".!?…:", lastRune(s)) {
		return false
	}
	for _, w := range f {
		if unicode.IsLower(firstRune(w)) && !titleSmallWords.Has(w) {
			return false
		}
	}
	return true
}

// timeCue tells a script's cue that opens a paragraph with a time code:
// "SB(0:07:25):", "SOT (0:12)", "[00:01:23]".
func timeCue(s string) bool {
	// (the cheap tests first: this runs on the words before every
	// quotation, which stop at their first lower-case letter)
	s = strings.TrimSpace(s)
	if strings.IndexFunc(s, func(r rune) bool {
		return !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(" ():[].-", r)
	}) >= 0 || !timeCodeRE().MatchString(s) {
		return false
	}
	f := strings.Fields(s)
	return len(f) > 0 && len(f) <= 3
}

var timeCodeRE = lazy.Regexp(`\d{1,2}:\d\d`)

// postalStates are the US states' postal codes, which follow a town:
// "another Vermonter from Williamstown, VT".
var postalStates = lazy.Words(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC`)

// attributionAlone tells a paragraph that only says who spoke the
// quotation before it, split from it: "said Associate Attorney General
// West."
func attributionAlone(p string) bool {
	first := strings.TrimLeftFunc(p, unicode.IsSpace)
	if i := strings.IndexFunc(first, unicode.IsSpace); i >= 0 {
		first = first[:i]
	}
	if !isSpeechVerb(first) {
		return false // (before the paragraph's words are split: most paragraphs stop here)
	}
	f := strings.Fields(p)
	return len(f) >= 2 && len(f) <= 12 && !strings.ContainsAny(p, "\"“”«»") && strings.ContainsAny(lastWord(p), ".,")
}

// wikiBold is p without the wiki markup that opens a turn of an
// interview in a page's source: the three apostrophes that set the label
// in bold, perhaps after the colons that indent an answer.
func wikiBold(p string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimLeft(p, ":"), "'''")
	return rest, ok && !strings.HasPrefix(rest, "'")
}

// wikinewsLeft and wikinewsRight are what a Wikinews interview prints
// around its interviewer's name.
const (
	wikinewsLeft  = "Wikinews waves Left.png"
	wikinewsRight = "Wikinews waves Right.png"
)

// bracketLabel reads a label in double brackets before the words of a
// turn, as interviews on Wikinews print them: "((Aparna Garg))  There
// were fifteen of them.", "((WN)) : Why did you decide to join?". The
// label is one to four capitalised words (a name or initials); a colon
// may follow it, and words must. A label alone on its line is a
// television script's sound bite (see soundBite), not a turn.
func bracketLabel(p string) (label string, at int, ok bool) {
	inner, found := strings.CutPrefix(p, "((")
	end := strings.Index(inner, "))")
	if !found || end <= 0 || end > 60 {
		return "", 0, false
	}
	label = strings.TrimSpace(inner[:end])
	if !capWords(label, 4, isUpperLetter, isLabelLetter) {
		return "", 0, false
	}
	at = 2 + end + 2
	rest := strings.TrimLeft(p[at:], perlSpace)
	rest = strings.TrimLeft(strings.TrimPrefix(rest, ":"), perlSpace)
	if rest == "" || len(rest) == len(p)-at {
		return "", 0, false // nothing said, or no space after the label
	}
	return label, len(p) - len(rest), true
}

// soundBite gives who speaks paragraph pi when a television script's
// label for a sound bite stands right before it, as a paragraph or a line
// of its own: "((Anwan “Big G” Glover, Singer/Bandleader, The Backyard
// Band))". The paragraph must be prose without quotation marks; the
// label must give a person's name, then what they are.
func (r *reader) soundBite(pi int, sp []span) (*Speaker, string) {
	text := r.t.Body[pi].Text
	if wordsIn(text) < 4 || strings.HasPrefix(strings.TrimSpace(text), "((") {
		return nil, ""
	}
	if len(sp) > 0 && (len(sp) > 1 || strings.TrimSpace(text[:sp[0].open]) != "" || strings.Trim(text[sp[0].close:], " .,") != "") {
		return nil, "" // a quotation inside the writer's words: read as copy
	}
	label := ""
	if pi > 0 {
		label = r.t.Body[pi-1].Text
	}
	hs := r.t.headingsBefore(r.t.Body[pi].Line)
	if len(hs) > 0 && (pi == 0 || hs[len(hs)-1].Line > r.t.Body[pi-1].Line) {
		label = hs[len(hs)-1].Text // the nearest line before, set apart as a heading
		if n := len(hs); n > 1 && hs[n-2].Line == hs[n-1].Line-1 && strings.HasPrefix(hs[n-2].Text, "((") && !strings.Contains(hs[n-2].Text, "))") &&
			!strings.HasPrefix(label, "((") && strings.HasSuffix(label, "))") {
			label = hs[n-2].Text + ", " + label // a label over two lines: "((Amelie Diamant-Holmstrom", "Holocaust Survivor))"
		}
	}
	name, title, ok := biteLabel(label)
	if !ok && len(hs) > 1 && label == hs[len(hs)-1].Text && biteCue(label) && hs[len(hs)-2].Line == hs[len(hs)-1].Line-1 &&
		!strings.ContainsAny(hs[len(hs)-2].Text, "?!:,()[]") && plainName(strings.Fields(hs[len(hs)-2].Text)) {
		// "Wyclef Jean" over "((SOT))" over the bite: a name on a line of
		// its own, the banner the script sets over the voice's cue
		name, ok = strings.TrimSpace(hs[len(hs)-2].Text), true
	}
	if w := loneBiteName(label); !ok && w != "" && (firstPersonParagraph(text) || prose(text) && (isGivenName(w) || r.cast.known(w) != nil || r.t.labelsAgain(label))) {
		// "((YONAS))" over "If you come out here …": a voice the script
		// calls by one name (a given name, a name the script gives in
		// full, one whose label comes back or whose words are in the
		// first person): the person of that name
		if who := r.cast.known(w); who != nil && who.Kind == Person {
			return who, strings.TrimSpace(label)
		}
		return r.cast.person(w, true), strings.TrimSpace(label)
	}
	if !ok {
		if name, title, label, ok = r.clipLabel(pi); !ok {
			return nil, ""
		}
	}
	who := r.cast.person(name, true)
	aff := ""
	if i := strings.LastIndex(title, ", "); i >= 0 && unicode.IsUpper(firstRune(title[i+2:])) {
		title, aff = title[:i], title[i+2:] // "Volunteer ESL Teacher, Intercambio"
	}
	if who.Title == "" {
		who.Title = title
	}
	if who.Affiliation == "" {
		who.Affiliation = aff
	}
	return who, strings.TrimSpace(label)
}

// biteCue tells a script's cue for a sound bite alone in double
// brackets, "((SOT))": someone's voice is heard next, not whose.
func biteCue(label string) bool {
	inner, ok := strings.CutPrefix(strings.TrimSpace(label), "((")
	inner, ok2 := strings.CutSuffix(inner, "))")
	switch strings.ToUpper(strings.TrimSpace(inner)) {
	case "SOT", "SOUNDBITE", "SOUND BITE", "BITE":
		return ok && ok2
	}
	return false
}

// playLine tells a player's button printed as a line: "› Play Now".
func playLine(p string) bool {
	return strings.HasSuffix(strings.ToLower(strings.TrimSpace(p)), "play now")
}

// clipLabel reads who speaks a timed clip, as an audio file's page prints
// them: "Bill Gerstenmaier, Associate Administrator for Space Operations"
// on a line of its own, then "(:17) This is turning out …" and perhaps
// more clips of the same voice, each after a "› Play Now" or the like.
func (r *reader) clipLabel(pi int) (name, title, label string, ok bool) {
	if withoutClipTime(r.t.Body[pi].Text) == strings.TrimSpace(r.t.Body[pi].Text) {
		if hs := r.t.headingsBefore(r.t.Body[pi].Line); pi > 0 && len(hs) > 0 && hs[len(hs)-1].Line > r.t.Body[pi-1].Line && playLine(hs[len(hs)-1].Text) &&
			withoutClipTime(r.t.Body[pi-1].Text) != strings.TrimSpace(r.t.Body[pi-1].Text) {
			return r.clipLabel(pi - 1) // "Cut 1 (:07): …" / "› Play Now" / "The team is in great spirits …": the same voice's next clip, its time lost
		}
		return "", "", "", false // no "(:17)": not a clip
	}
	// the lines before, body and headings together, nearest first
	hs := r.t.headingsBefore(r.t.Body[pi].Line)
	before := append(slices.Clone(hs[max(len(hs)-6, 0):]), r.t.Body[max(pi-6, 0):pi]...)
	slices.SortFunc(before, func(a, b Para) int { return b.Line - a.Line })
	for k := 0; k < len(before) && k < 6; k++ {
		p := strings.TrimSpace(before[k].Text)
		if withoutClipTime(p) != p || wordsIn(p) < 3 {
			continue // another clip of the same voice, or "› Play Now"
		}
		if np, desc, ok := namedLine(p); ok && !strings.ContainsRune(".!?", lastRune(p)) {
			return np.name, desc, p, true
		}
		if k+1 < len(before) && before[k+1].Line == before[k].Line-1 && !strings.ContainsRune(".!?,", lastRune(p)) {
			// the name on one line, what they are on the next: "Mike
			// Suffredini" / "International Space Station Program Manager"
			name := strings.TrimSpace(before[k+1].Text)
			two := name + ", " + p
			if np, desc, ok := namedLine(two); ok {
				return np.name, desc, two, true
			}
			if f := strings.Fields(name); len(f) >= 2 && len(f) <= 3 && !slices.ContainsFunc(f, func(w string) bool { return !isCap(w) || sentenceWords.Has(w) }) {
				if np, ok := parseRun(f); ok && !np.org && np.name == name && isCap(firstWord(p)) {
					return np.name, p, two, true // (a given name the lists do not hold: "Courtenay McMillan")
				}
			}
		}
		return "", "", "", false
	}
	return "", "", "", false
}

// namedLine reads a line that is a person's name and what they are, set
// off by a comma: "Bill Renfroe, Air Force veteran and beginning farmer".
// The name has two to four capitalised words and starts with a given
// name.
func namedLine(p string) (np nameParts, desc string, ok bool) {
	name, desc, found := strings.Cut(strings.TrimSpace(p), ", ")
	words := strings.Fields(name)
	aged := false // "Murtaja El-Hajj, 38, UNRWA sanitation officer": an age says a person
	if age, rest, ok := strings.Cut(desc, ","); ok && isNumber(age) && len(age) <= 3 {
		desc, aged = strings.TrimSpace(rest), true
	}
	if !found || len(words) < 2 || len(words) > 4 || !isGivenName(words[0]) && !aged ||
		slices.ContainsFunc(words, func(w string) bool { return !isCap(w) && !particles.Has(w) }) {
		return np, "", false
	}
	np, ok = parseRun(words)
	return np, desc, ok && !np.org && np.name != ""
}

// withoutClipTime is a paragraph without the length of the clip it opens
// with: "(:17) This is …", "(0:26) We told …".
func withoutClipTime(p string) string {
	p = strings.TrimSpace(p)
	q := p
	if f := strings.Fields(q); len(f) >= 3 && f[0] == "Cut" && strings.Trim(f[1], "0123456789") == "" {
		q = strings.TrimSpace(q[len(f[0])+1+len(f[1]):]) // "Cut 1 (:07): T-C and wheels just completed …": the clip's number first
	}
	if !strings.HasPrefix(q, "(") {
		return p
	}
	inner, rest, ok := strings.Cut(q[1:], ")")
	if !ok || !strings.Contains(inner, ":") || strings.Trim(inner, "0123456789:") != "" {
		return p
	}
	return strings.TrimSpace(strings.TrimPrefix(rest, ":"))
}

// labelsAgain tells a label set on a line of its own that the text sets
// so more than once.
func (t *Text) labelsAgain(label string) bool {
	label = strings.TrimSpace(label)
	n := 0
	for _, ps := range [][]Para{t.Headings, t.Body} { // (not a copy of the page for each label)
		for _, p := range ps {
			if strings.TrimSpace(p.Text) == label {
				if n++; n == 2 {
					return true
				}
			}
		}
	}
	return false
}

// loneBiteName is the one name a sound bite's label gives, "((YONAS))"
// → "Yonas", or "" for a label that is no name: a script's cue
// ("((NARRATOR))", "((SLATE))", "((SOTs))") or more than one word.
func loneBiteName(label string) string {
	inner, ok := strings.CutPrefix(strings.TrimSpace(label), "((")
	if inner, ok = strings.CutSuffix(inner, "))"); !ok || !capWords(inner, 1, unicode.IsUpper, unicode.IsLetter) || len(inner) < 3 || scriptCues.Has(strings.ToUpper(inner)) {
		return ""
	}
	w := capitalised(strings.ToLower(inner))
	if strings.ToUpper(inner) == inner && !strings.ContainsAny(inner, "AEIOUY") {
		return "" // ("((SFX))", "((VTR))")
	}
	return w
}

// scriptCues are the one-word cues of a television script set in double
// parentheses, which name no voice.
var scriptCues = lazy.Words(`NARRATOR NARRATION ANNOUNCER SLATE BANNER SOT SOTS NAT NATS MUSIC GRAPHIC GRAPHICS GFX ANIMATION
MONTAGE TAG STANDUP STAND-UP INTRO OUTRO OPEN CLOSE BREAK BUMPER TEASE ANCHOR REPORTER HOST PRESENTER VO VOICEOVER CUT FADE END TRANSITION
TRANSCRIPT TITLE TITLES SUPER CREDITS INTERVIEW`)

// biteLabel reads a sound bite's label, "((Name, what they are))": the
// name without a nickname in marks, and the rest.
func biteLabel(label string) (name, title string, ok bool) {
	l := strings.TrimSpace(label)
	inner, found := strings.CutPrefix(l, "((")
	if !found {
		return "", "", false
	}
	if !strings.HasSuffix(inner, "))") {
		return "", "", false
	}
	inner, _, _ = strings.Cut(inner, "))")                           // "((Bogdan, Ukrainian combat soldier)) ((Young male in Ukrainian))": the first names the voice
	name, title, comma := strings.Cut(strings.TrimSpace(inner), ",") // "((President Joe Biden))" has no comma
	var words []string
	nick := false
	for w := range strings.FieldsSeq(name) {
		if r := firstRune(w); r == '“' || r == '"' {
			nick = true
		}
		if !nick {
			words = append(words, w)
		}
		if r := lastRune(w); r == '”' || r == '"' {
			nick = false
		}
	}
	if len(words) == 1 && comma && isCap(words[0]) && !isAcronym(words[0]) && isRoleNoun(strings.ToLower(headNoun(strings.TrimSpace(title)))) {
		// "((Bogdan, Ukrainian combat soldier))": a first name alone,
		// as war reporting gives a soldier's
		return words[0], strings.TrimSpace(title), true
	}
	if t := strings.TrimSpace(title); len(words) == 1 && comma && len(words[0]) >= 3 && strings.ToUpper(l) == l && strings.ContainsAny(words[0], "AEIOUY") &&
		isRoleNoun(strings.ToLower(headNoun(strings.ToLower(t)))) {
		// "((CARLOS, TATTOO ARTIST))": the same, the label in capitals
		return capitalised(strings.ToLower(words[0])), strings.ToLower(t), true
	}
	if len(words) < 2 || len(words) > 4 || slices.ContainsFunc(words, func(w string) bool { return !isCap(w) }) {
		return "", "", false
	}
	np, ok := parseRun(words)
	if !ok || np.org || np.name == "" || countFields(np.name) < 2 ||
		!comma && np.title == "" && np.honorific == "" && !isGivenName(words[0]) {
		return "", "", false // ("((Animation Transition))")
	}
	if np.title != "" {
		if title = strings.TrimSpace(title); title != "" {
			return np.name, np.title + ", " + title, true
		}
		return np.name, np.title, true
	}
	return strings.Join(words, " "), strings.TrimSpace(title), true
}

// bareAttribution tells a subject and its verb alone that end the
// sentence a quote closed with a comma opened: "“This is what we call a
// flat line,” he demonstrates.", "“…,” Miller shrugs.": whatever the
// verb, the words are theirs.
func bareAttribution(toks []token, i int) bool {
	if i != 1 || len(toks) < 2 || toks[0].tail != "" || !(pronouns.Has(toks[0].core) && toks[0].core != "it" || isCap(toks[0].core)) {
		return false
	}
	v := toks[1].core
	return unicode.IsLower(firstRune(v)) && len(v) > 3 && (strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ed")) && (strings.HasPrefix(toks[1].tail, ".") || len(toks) == 2)
}

// afterQuoteVerbs attribute the quote they follow ("“…,” the party
// informed the press", "“…,” Kay remembered", "“…,” Katash began", "“…,”
// Swift shared", "“…?” posed Peter Otieno")
// though before a quote or in narration they report no words.
var afterQuoteVerbs = lazy.Words(`informed informs remembered remembers reflected reflects began begins concluded concludes shared shares posed poses`)

// scriptVoices finds the programme's own voices in a broadcast script
// that sets its clips in marks after their labels ("PAUL HERTZ: “Stars,
// nebulae …”"): a label none of whose turns is a clip, one of whose turns
// introduces its speaker ("CHRISTOPHER CRUISE: This is SCIENCE IN THE
// NEWS in VOA Special English. I’m Christopher Cruise.", "JUNE SIMMS: And
// I’m June Simms."), is a presenter's, and its turns are the programme's
// narration. (A reporter's package, "BERMAN: Scientists mapped …", is
// hers to quote.) A transcript whose turns are never wholly in marks has
// none.
func scriptVoices(body []Para, spans [][]span, transcript bool) map[string]bool {
	if !transcript {
		return nil
	}
	clips, voices := map[string]bool{}, map[string]bool{}
	for pi, p := range body {
		l, at, ok := turnLabel(p.Text)
		if !ok {
			continue
		}
		up := strings.ToUpper(l)
		text := strings.TrimRightFunc(p.Text, unicode.IsSpace)
		if sp := spans[pi]; len(sp) > 0 && sp[0].open >= at && strings.TrimSpace(text[at:sp[0].open]) == "" && (sp[0].unclosed || sp[0].close >= len(text)-len("”.")) {
			clips[up] = true
		} else if m := presenterIntroRE().FindStringSubmatch(text[at:]); m != nil && strings.EqualFold(lastWord(m[1]), lastWord(l)) {
			voices[up] = true
		}
	}
	if len(clips) == 0 {
		return nil
	}
	for l := range clips {
		delete(voices, l)
	}
	return voices
}

// isTranscript tells a transcript from copy that has a "Note:" or two: its
// paragraphs open with speaker labels, at least three of them, one of
// which comes back or two of which are in capitals ("MR. ACOSTA:",
// "MR. GERSTENMAIER:"); or a question from the floor and a speaker's
// label in capitals ("Q:", "MR. KIRBY:"); or two names in capitals
// ("BARBARA REYNOLDS:", "TOM FRIEDEN:"); or, in a text that says it is a
// transcript (declared), one label of a person. asks are the labels, in
// capitals, that mostly ask: the interviewer's, or are the programme's
// own; turns counts each label's turns and those that end in a question.
func isTranscript(body []Para, declared bool) (transcript bool, asks map[string]bool, turns labelTurns) {
	seen := map[string]int{}
	questions := map[string]int{} // turns of each label that end in a question
	upper := map[string]bool{}    // labels in capitals, as official transcripts print them
	persons := map[string]bool{}  // labels that are a person's name: "Glen Nowak:", "Dr. Redfield:"
	n := 0
	again, asked, office, voiced := false, false, false, false
	type label struct {
		l  string
		at int
		ok bool
	}
	labels := make([]label, len(body)) // each paragraph's turn label, read once
	for i, p := range body {
		l, at, ok := turnLabel(p.Text)
		labels[i] = label{l, at, ok}
	}
	for i, p := range body {
		if l, at, ok := labels[i].l, labels[i].at, labels[i].ok; ok && !notLabels.Has(strings.ToLower(l)) && !furnitureLabel(l) {
			n++
			if head := p.Text[:at]; strings.ToUpper(head) == head && strings.Contains(l, " ") && labelTitle(p.Text) != "" && strings.Contains(head, ", ") {
				office = true // "ANTHONY ALBANESE, PRIME MINISTER:": a name and an office in capitals, as only transcripts print them
			} else if name, title := labelParts(strings.TrimSuffix(strings.TrimSpace(head), ":")); honouredName(name) != "" && hasOffice(title) {
				office = true // "The Hon Michael McCormack MP, Deputy Prime Minister:", as a minister's office prints its transcripts
			}
			if lastRune(strings.TrimSpace(p.Text)) == '?' {
				questions[strings.ToUpper(l)]++
				voiced = true
			}
			voiced = voiced || inFirstPerson(p.Text[at:]) || hasWordOf(p.Text[at:], secondPersonWords)
			if f := strings.Fields(l); len(f) >= 2 && len(f) <= 3 && (isGivenName(f[0]) || honorifics.Has(f[0])) || anonymousLabel(l) || titleOffice(l) {
				persons[strings.ToUpper(l)] = true // "Glen Nowak:", "Dr. Redfield:", "State Department Official One:", "Prime Minister:"
			}
			seen[strings.ToUpper(l)]++
			again = again || seen[strings.ToUpper(l)] > 1
			if questioner.Has(strings.ToUpper(l)) || chairs.Has(strings.ToUpper(l)) {
				asked = true
			} else if strings.ToUpper(l) == l && len(l) > 1 {
				upper[l] = true
			}
		}
	}
	named := 0  // labels that are full names in capitals: "TOM FRIEDEN:"
	titled := 0 // and an honorific or office with a name: "MS ORTAGUS:", "SECRETARY POMPEO:"
	for l := range upper {
		if strings.Contains(l, " ") {
			named++
			if first, _, _ := strings.Cut(labelName(l), " "); honorifics.Has(first) || offices.Has(first) {
				titled++
			}
		}
	}
	// the interviewer's labels, however named ("WIKINEWS:", "LAURA
	// HALE:"): most of their turns end in a question
	answers := map[string]bool{} // the surnames of labels that speak again and never ask: guests'
	for l, k := range seen {
		if (k >= 2 || officeLabel(l)) && questions[l] == 0 {
			answers[lastWord(l)] = true // (an office answers from its first turn: "PRIME MINISTER:")
		}
	}
	// (or a host who asks a guest who only answers by the guest's given
	// name, though the host's other turns ask nothing: "MEL: Jenny we
	// had a couple of businesses …, do you think …?" beside "JENNY
	// MACKLIN:")
	asksGuest := map[string]bool{}
	for i, p := range body {
		l := strings.ToUpper(labels[i].l)
		if !labels[i].ok || seen[l] < 2 || answers[lastWord(l)] || lastRune(strings.TrimSpace(p.Text)) != '?' {
			continue
		}
		for g := range seen {
			if f := strings.Fields(g); len(f) >= 2 && answers[lastWord(g)] && isGivenName(f[0]) && strings.EqualFold(firstWord(p.Text[labels[i].at:]), f[0]) {
				asksGuest[l] = true
			}
		}
	}
	asks = map[string]bool{}
	for l, k := range seen {
		// (or a reporter's initials that ask in every turn: "((RS))
		// Does YouTube …?"; a briefer's one turn may end "How are you?";
		// or, beside a guest who answers, a host who asks in each of
		// his turns, "NICK MCCALLUM: So, Minister, … isn't it?", but
		// not the guest under another label, "SEC. SHANAHAN:")
		asks[l] = questions[l] >= 2 && 2*questions[l] >= k || questions[l] == k && len(l) <= 4 && isAcronym(l) ||
			questions[l] == k && len(answers) > 0 && !answers[lastWord(l)] || asksGuest[l]
	}
	for l := range seen {
		if s := lastWord(l); s != l && asks[s] {
			asks[l] = true // "SANDY ALOISI: …to fight the bushfires …", then "ALOISI: … why?"
		}
	}
	// and the programme's own voices, whose turns are its script: "BOBBY
	// ALLYN, BYLINE:", "GUY RAZ, HOST:", and then "ALLYN:"
	for i, p := range body {
		if label, name, ok := reportingLabel(p.Text); ok {
			// "DAVID FABER reporting:", "JOE KERNENreporting:", then "FABER:"
			asks[strings.ToUpper(label)], asks[name], asks[lastWord(name)] = true, true, true
			continue
		}
		l, ok := labels[i].l, labels[i].ok
		if ok && !ownVoice(labelTitle(p.Text)) {
			continue
		}
		if !ok {
			// ("GUY RAZ, host:" on a line of its own)
			var title string
			if l, title, ok = ownLineLabel(p.Text); !ok || !ownVoice(title) {
				continue
			}
		}
		name, _ := labelParts(strings.ToUpper(l))
		name, _, _ = strings.Cut(name, ",")
		asks[strings.ToUpper(l)], asks[strings.TrimSpace(name)], asks[lastWord(strings.TrimSpace(name))] = true, true, true
	}
	// and the reporters the programme hands over to: "Faith Lapidus has
	// our report." over "FAITH LAPIDUS: The National Museum …"
	for _, p := range body {
		for _, name := range handedOver(p.Text) {
			asks[strings.ToUpper(name)], asks[strings.ToUpper(lastWord(name))] = true, true
		}
	}
	// and the presenters who sign on by name in their first turn: "BARBARA
	// KLEIN: Welcome to American Mosaic in VOA Special English." / "I'm
	// Barbara Klein.", "BOB DOUGHTY: And I’m Bob Doughty."
	for i, p := range body {
		l := labels[i].l
		if !labels[i].ok || asks[strings.ToUpper(l)] {
			continue
		}
		turn := p.Text[labels[i].at:]
		if i+1 < len(body) {
			if !labels[i+1].ok {
				turn += " " + body[i+1].Text // ("(MUSIC)" between)
				if i+2 < len(body) && strings.HasPrefix(body[i+1].Text, "(") {
					turn += " " + body[i+2].Text
				}
			}
		}
		if signsOn(turn, labelName(l)) {
			asks[strings.ToUpper(l)], asks[lastWord(strings.ToUpper(l))] = true, true
		}
	}
	// and the presenters the first turn of all names as it opens the
	// programme, "AA:" / "I'm Avi Arditti with Rosanne Skirble, and this
	// week on WORDMASTER …": both present, under their initials ("RS:")
	// or surnames too
	for i, p := range body {
		l, turn := labels[i].l, ""
		if labels[i].ok && !furnitureLabel(l) {
			turn = p.Text[labels[i].at:]
		} else if name, _, ok := ownLineLabel(p.Text); ok && i+1 < len(body) && !labels[i+1].ok {
			l, turn = name, body[i+1].Text
		} else {
			continue
		}
		if names := opensProgramme(turn); len(names) == 2 && labelFits(names[0], labelName(l)) {
			for _, name := range names {
				up := strings.ToUpper(name)
				asks[up], asks[lastWord(up)], asks[nameInitials(name)] = true, true, true
			}
		} else if up := strings.ToUpper(l); greetsGuest(turn, up, seen) {
			// "MARK LEVY: Prime Minister Scott Morrison, good morning." /
			// "PRIME MINISTER: G'day, Mark.": who opens by greeting
			// another of the labels is the host, in every turn (as
			// "LEVY:" too), whether or not the turns end in questions
			asks[up], asks[lastWord(up)] = true, true
		}
		break
	}

	// a text that opens with a person's or an office's label and their
	// words in the first person is a transcript of them, however few its
	// turns ("JULIA GILLARD: Well I'm here today …", "PM: …")
	opens, k := false, 0
	for k < len(body) && k < 3 && (labels[k].ok && furnitureLabel(labels[k].l) || !labels[k].ok && !prose(body[k].Text)) {
		k++ // past the page's fields: "• Transcript, E&OE", "Subjects: Women’s World Cup 2023 …"
	}
	if k < len(body) {
		if l, at, ok := labels[k].l, labels[k].at, labels[k].ok; ok && !notLabels.Has(strings.ToLower(l)) && !furnitureLabel(l) && inFirstPerson(body[k].Text[at:]) {
			name, _ := labelParts(strings.TrimSuffix(strings.TrimSpace(body[k].Text[:at]), ":"))
			f := strings.Fields(name)
			opens = persons[strings.ToUpper(l)] || titleOffice(unabbreviated(l)) || // (but not a headline's "Welsh Secretary: Funding for new train stations is …")
				len(f) >= 3 && len(f) <= 5 && honorifics.Has(f[0]) && isGivenName(f[1]) || // "Dr Fiona Martin MP, Federal Member for Reid: Well, I’m …"
				declared && len(f) >= 2 && len(f) <= 3 && name == l && capWords(l, 3, unicode.IsUpper, unicode.IsLetter) && !slices.ContainsFunc(f, sentenceWords.Has) // "Marise Payne: Good morning everybody …" on a page that says it is a transcript
		}
	}
	// (two labels in capitals, each once, over copy in which no one says
	// "I", "we" or "you" or asks, are a wire script's slugs, "CHILE
	// EARTHQUAKE: Chileans fearful of aftershocks slept outside …",
	// "EARTHQUAKE REACT: The international community …", not two
	// people's turns)
	// (one label again and again, no other and no person's name, is a gallery's caption,
	// "LITTLE VENICE: Chancellor Dr residents …", not a conversation)
	return opens || n >= 3 && (again && (len(seen) >= 2 || len(persons) >= 1) || len(upper) >= 2 || len(persons) >= 2) || asked && len(upper)+len(persons) >= 1 || named >= 2 && (n >= 3 || voiced) || titled >= 1 || office ||
		declared && (len(upper)+len(persons) >= 1 || n >= 2), asks, labelTurns{seen, questions}
}

// handedOver are the reporters a programme's paragraph hands over to, at
// its end: "Faith Lapidus has our report.", "Mario Ritter has more.",
// "Brian Wagner has this report."; or in a sentence of theirs that says
// they tell the story: "Bob Doughty and Faith Lapidus tell about some
// of the winners.", "Jim Tedder tells us more."
func handedOver(p string) []string {
	p = strings.TrimSpace(p)
	for _, m := range tellsRE().FindAllStringSubmatchIndex(p, -1) {
		if s0, _ := sentenceAt(sentenceStarts(p), m[0], len(p)); s0 == m[0] {
			names := []string{p[m[2]:m[3]]}
			if m[4] >= 0 {
				names = append(names, p[m[4]:m[5]])
			}
			return names
		}
	}
	if name := hasReport(p); name != "" {
		return []string{name}
	}
	return nil
}

// tellsRE finds a programme's reporters, one or two full names, who tell
// the story next (see handedOver).
var tellsRE = lazy.Regexp(`([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?: and ([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}))? tells? (?:us )?(?:about|more)\b`)

// hasReport is the reporter a paragraph hands over to at its end, "Faith
// Lapidus has our report." (see handedOver).
func hasReport(p string) string {
	if !strings.HasSuffix(p, ".") {
		return ""
	}
	s0, _ := sentenceAt(sentenceStarts(p), len(p)-1, len(p))
	f := strings.Fields(strings.TrimSuffix(p[s0:], "."))
	if len(f) < 4 || len(f) > 6 || f[len(f)-3] != "has" && f[len(f)-2] != "has" {
		return ""
	}
	k := len(f) - 3
	if f[len(f)-2] == "has" {
		k = len(f) - 2
		if f[len(f)-1] != "more" {
			return ""
		}
	} else if d, n := f[len(f)-2], f[len(f)-1]; (d != "our" && d != "this" && d != "the") || (n != "report" && n != "story") {
		return ""
	}
	name := f[:k]
	if len(name) < 2 || len(name) > 3 || slices.ContainsFunc(name, func(w string) bool { return !isCap(w) }) {
		return ""
	}
	return strings.Join(name, " ")
}

// meetingNouns name the call or meeting a moderator opens, where a
// programme's presenter names the programme.
var meetingNouns = lazy.Words(`briefing briefings telebriefing conference teleconference call meeting hearing session`)

// signsOn tells a presenter's turn that names the programme or hands
// over, and says who is speaking: "Welcome to American Mosaic … I'm
// Barbara Klein.", "This is SCIENCE IN THE NEWS … I’m Barbara Klein.",
// "And I’m Bob Doughty.", "Hi, I’m VOA Press Freedom Editor Jessica
// Jerreat. Welcome to The Inside Story" (what they are, between).
func signsOn(turn, name string) bool {
	if countFields(name) < 2 {
		return false
	}
	t := strings.ReplaceAll(turn, "’", "'")
	i := strings.Index(strings.ToUpper(t), strings.ToUpper(name))
	if i < 0 {
		return false
	}
	m := strings.LastIndex(t[:i], "I'm ")
	if m < 0 || countFields(t[m:i]) > 6 || strings.ContainsAny(t[m:i], ".,;:!?") {
		return false
	}
	if strings.HasPrefix(strings.TrimSpace(t), "And I'm ") {
		return true
	}
	for _, opener := range []string{"Welcome to ", "This is "} {
		if j := strings.Index(t, opener); j >= 0 && isCap(firstWord(t[j+len(opener):])) {
			if _, end := sentenceAt(sentenceStarts(t), j, len(t)); hasWordOf(t[j:end], meetingNouns) {
				continue // a call a moderator opens, "Welcome to CDC's media briefing on influenza", whose words are quoted
			}
			return true // (a programme's name, not "Welcome to this briefing")
		}
	}
	return false
}

// labelTurns counts a transcript's turns by label, in capitals: all of
// them, and those that end in a question.
type labelTurns struct{ all, questions map[string]int }

// presenters are the names a programme's header lists as its presenters,
// in a heading or a paragraph before the first turn of its transcript.
// headedSpeakers meets the people a transcript's head names with their
// offices, a full name on one line and the office on the next ("Mark C.
// Toner" / "Deputy Spokesperson"), so that a label ("MR. TONER:") is
// the person with the office.
func (r *reader) headedSpeakers() {
	hs := r.t.Headings
	for i := 0; i+1 < len(hs); i++ {
		name, office := strings.TrimSpace(hs[i].Text), strings.TrimSpace(hs[i+1].Text)
		if hs[i+1].Line != hs[i].Line+1 || !titleOffice(office) {
			continue
		}
		f := strings.Fields(name)
		if np, ok := parseRun(f); !ok || np.org || np.name != name || len(f) < 2 || len(f) > 4 || !isGivenName(f[0]) {
			continue
		}
		if sp := r.cast.person(name, true); sp.Title == "" {
			sp.Title = office
		}
		i++
	}
}

func (t *Text) presenters() []string {
	var out []string
	for _, h := range t.Headings {
		out = append(out, presenterNames(h.Text)...)
	}
	for _, p := range t.Body {
		if _, _, ok := turnLabel(p.Text); ok {
			break
		}
		out = append(out, presenterNames(p.Text)...)
	}
	return out
}

// presenterNames are the names a programme's header line lists after
// "Presenters" or "Hosts", with or without a colon: "Presenters Eddie
// McGuire, Luke Darcy, Tony Moclair, Mieke Buchan"; none unless every
// item of the list is a name of two to four capitalised words.
func presenterNames(line string) []string {
	rest := ""
	for _, head := range []string{"Presenters", "Presenter", "Hosts", "Host"} {
		if r, ok := strings.CutPrefix(strings.TrimSpace(line), head); ok && (strings.HasPrefix(r, " ") || strings.HasPrefix(r, ":")) {
			rest = strings.TrimSpace(strings.TrimPrefix(r, ":"))
			break
		}
	}
	if rest == "" {
		return nil
	}
	names := strings.Split(strings.ReplaceAll(rest, " and ", ", "), ", ")
	for _, n := range names {
		if f := strings.Fields(n); len(f) < 2 || !capWords(n, 4, isUpperLetter, isLabelLetter) {
			return nil
		}
	}
	return names
}

// withoutGloss is s without the words in brackets that spell out the
// initials a few words into it: "the SDJ (Society of Journalists) of the
// channel" is read as "the SDJ of the channel". (Not a party and state,
// "(R-Texas)", nor an agency, "(Reuters)".)
func withoutGloss(s string) string {
	i := strings.Index(s, " (")
	if i < 0 || countFields(s[:i]) > 4 {
		return s
	}
	j := strings.IndexByte(s[i:], ')')
	if j < 2 || j > 60 {
		return s
	}
	if in := s[i+2 : i+j]; countFields(in) < 2 || !unicode.IsUpper(firstRune(in)) || strings.ContainsAny(in, "-–0123456789") || !isAcronym(lastWord(s[:i])) {
		return s
	}
	return s[:i] + s[i+j+1:]
}

// namedAfterComma reads the person named right after a quotation that
// closes with a comma, when the name is all the sentence keeps of its
// attribution: a full name whose first word is a given name (perhaps
// after a title), then a comma or the paragraph's end.
func (r *reader) namedAfterComma(after string, pi, at int) (*Speaker, string) {
	np, _, _ := strings.Cut(strings.TrimSpace(after), ",")
	f := strings.Fields(np)
	if len(f) < 2 || len(f) > 5 || slices.ContainsFunc(f, func(w string) bool { return !isCap(w) }) || strings.ContainsAny(np, ".;:!?") && !honorifics.Has(f[0]) {
		return nil, ""
	}
	parts, ok := parseRun(f)
	name := strings.Fields(parts.name)
	if !ok || parts.org || len(name) < 2 || givenSex(strings.ToLower(name[0])) == 0 {
		return nil, ""
	}
	if sp, _ := r.resolve(np, pi, at); sp != nil && sp.Kind == Person {
		return sp, np
	}
	return nil, ""
}

// reportingLabel reads the label a broadcaster's transcript gives its
// own reporter, a name in capitals and "reporting", perhaps glued to it:
// "DAVID FABER reporting: Thanks, Joe.", "JOE KERNENreporting: It
// finally happened." It gives the label as printed and the name.
func reportingLabel(p string) (label, name string, ok bool) {
	label, _, found := strings.Cut(head(p, 60), ":")
	name, cut := strings.CutSuffix(strings.TrimSpace(label), "reporting")
	f := strings.Fields(name)
	if !found || !cut || len(f) == 0 || len(f) > 4 || slices.ContainsFunc(f, func(w string) bool { return !isUpperWord(w) || !strings.ContainsFunc(w, unicode.IsLetter) }) {
		return "", "", false
	}
	return label, strings.Join(f, " "), true
}

// anonymousLabel tells the label of someone a briefing on background
// does not name, by role and perhaps a number: "State Department
// Official One", "Senior Administration Official 2".
func anonymousLabel(l string) bool {
	f := strings.Fields(strings.ToLower(l))
	if n := len(f); n >= 2 && countWord(f[n-1]) {
		f = f[:n-1]
	}
	return len(f) >= 2 && (f[len(f)-1] == "official" || f[len(f)-1] == "officials")
}

// smallNumbers are the numbers copy spells out: they tell apart the
// anonymous speakers of a briefing ("Official One") and count a
// parent's children ("the father of four").
var smallNumbers = lazy.Words(`one two three four five six seven eight nine ten eleven twelve`)

// countWord tells a word that is a number, in figures or spelt out.
func countWord(w string) bool { return isNumber(w) || smallNumbers.Has(w) }

// saysTranscript tells a text that calls itself a transcript: in its
// title, or in a short heading or line of its own that is no turn and
// has the word ("Transcript", "Transcript of the press conference",
// "Press Briefing Transcripts"), as a government's page of a press
// conference does, or names the briefing it prints (briefingNames).
func (t *Text) saysTranscript() bool {
	if l := strings.ToLower(t.Title); strings.Contains(l, "transcript") || slices.ContainsFunc(briefingNames, func(n string) bool { return strings.Contains(l, n) }) {
		return true
	}
	for _, paras := range [][]Para{t.Headings, t.Body} {
		for _, p := range paras {
			if _, _, ok := turnLabel(p.Text); ok {
				continue
			}
			if l := strings.ToLower(strings.TrimSpace(p.Text)); wordsIn(l) <= 6 && slices.ContainsFunc(strings.Fields(l), func(w string) bool {
				w = strings.Trim(w, ".:;,")
				return w == "transcript" || w == "transcripts" || w == "q&a"
			}) {
				return true // "Transcript", "Transcript of the press conference", "Press Briefing Transcripts", "Wikinews Q&A"
			}
			if l := strings.ToLower(strings.TrimSpace(p.Text)); wordsIn(l) <= 14 && !endsSentence(l) && strings.Trim(lastWord(l), ".:;,") == "transcript" {
				return true // a page's title that ends with the word: "The Inside Story - A Free Press Matters | 150 TRANSCRIPT"
			}
			if l := strings.ToLower(p.Text); len(l) < 1000 && slices.ContainsFunc(editedNotes, func(n string) bool { return strings.Contains(l, n) }) {
				return true // "The following is an edited transcript of their conversation."
			}
			if l := strings.ToLower(strings.TrimSpace(p.Text)); wordsIn(l) <= 40 && strings.HasPrefix(l, "read the transcript of ") {
				return true // a page's standfirst: "Read the transcript of the press conference with Minister Hunt on 5 July 2021 about …"
			}
			if l := strings.ToLower(p.Text); wordsIn(l) <= 30 && !endsSentence(strings.TrimSpace(p.Text)) && slices.ContainsFunc(briefingNames, func(n string) bool { return strings.Contains(l, n) }) {
				return true // "Department of Defense Press Briefing by Pentagon Chief Spokesperson Dana W. White …"
			}
		}
	}
	return false
}

// introducedPair tells an interview whose two voices a paragraph before
// their first turns names: "Global Voices Online's Caucasus Regional
// Editor Onnik Krikorian spoke to Giga Paitchadze, a veteran local
// blogger." over "Onnik Krikorian: When the conflict …?" and "Giga
// Paitchadze: It's mainly young people …" — the first two labels, each
// a name of two or more words, both in one paragraph of prose above.
// asker is the label, in capitals, of the one the paragraph says spoke
// to, or interviewed, the other, if it says so.
func introducedPair(body []Para) (asker string, ok bool) {
	var names []string
	first := -1
	for i, p := range body {
		l, _, ok := turnLabel(p.Text)
		if !ok {
			continue
		}
		if first < 0 {
			first = i
		}
		if countFields(l) < 2 || !isCap(l) || strings.ToUpper(l) == l || slices.Contains(names, l) {
			return "", false
		}
		if names = append(names, l); len(names) == 2 {
			break
		}
	}
	if len(names) < 2 {
		return "", false
	}
	for _, p := range body[:first] {
		if !endsSentence(strings.TrimSpace(p.Text)) || !strings.Contains(p.Text, names[0]) || !strings.Contains(p.Text, names[1]) {
			continue
		}
		for k, name := range names {
			other := names[1-k]
			between, _, found := strings.Cut(p.Text[strings.Index(p.Text, name)+len(name):], other)
			if f := strings.Fields(between); found && len(f) >= 1 && len(f) <= 3 && interviewVerbs.Has(f[0]) {
				return strings.ToUpper(name), true // "Onnik Krikorian spoke to Giga Paitchadze"
			}
		}
		return "", true
	}
	return "", false
}

// interviewVerbs say that one person put questions to another: "spoke
// to", "interviewed".
var interviewVerbs = lazy.Words(`spoke talked talks speaks interviewed interviews chatted chats asked asks caught sat met`)

// briefingNames name, in a page's heading, an occasion whose words the
// page prints as they were spoken: "Press Briefing by …", "Post-Cabinet
// Press Conference: Monday, 31 July 2023".
var briefingNames = []string{"press briefing", "news briefing", "media briefing", "special briefing", "background briefing", "telephonic briefing", "press conference", "news conference", "press gaggle", "doorstop interview", "hearings of the", "hearing of the"}

// editedNotes are what a page says of the conversation it prints below:
// "The following is an edited transcript of their conversation", "This
// interview has been edited for length and clarity".
var editedNotes = []string{"edited transcript", "transcript of their conversation", "transcript of our conversation",
	"transcript of the conversation", "transcript of the interview", "edited for length", "edited for clarity",
	"condensed for clarity", "condensed and edited", "lightly edited"}

// notLabels open a paragraph with a colon without naming a speaker.
var notLabels = lazy.Words(`note editor's note update source photo related read more watch listen see also correction
disclaimer warning caption credit`)

// furnitureLabel tells the label of a script's or a page's header field
// ("HEADLINE:", "BYLINE:", "SCRIPT EDITORS:", "VIDEO SOURCE (S):"): every
// word of it is one of labelFurniture.
func furnitureLabel(l string) bool {
	f := strings.Fields(strings.ToLower(l))
	return len(f) > 0 && !slices.ContainsFunc(f, func(w string) bool { return !labelFurniture.Has(strings.Trim(w, "().,")) })
}

// labelFurniture are the words of a header field's label.
var labelFurniture = lazy.Words(`teaser headline headlines published at on byline bylines producer producers dateline
videographer videographers camera photographer photographers script scripts editor editors video audio source sources
s platforms platform slug format length runtime duration intro outro super supers graphic graphics nat nats sot vo
tape date time tags keywords category categories language languages head subhead trt type note notes vid approved by
playbook show open close episode music sound sfx theme text ad ads advert advertisement sponsored promoted
release released public transcript id subject subjects topic topics contact contacts air number no location venue media event
audience main`)

// questioner labels mark a question from the floor, which is not quoted
// ("J:", a journalist, in the Prime Minister's transcripts).
// presenters label the programme's own voices in a broadcast script,
// which read its copy and quote no one: "VOICE ONE:", "NARRATOR:".
var presenters = lazy.Of("VOICE ONE", "VOICE TWO", "VOICE THREE", "NARRATOR", "ANNOUNCER", "ANCHOR", "PRESENTER", "HOST", "COMPERE")

var questioner = lazy.Words(`Q J QUESTION QUESTIONER REPORTER REPORTERS JOURNALIST JOURNALISTS AUDIENCE MEMBER PARTICIPANT
WN WIKINEWS`)

// chairs label who runs a call or a briefing, whose turns are quoted as
// any speaker's ("Operator: Welcome, and thank you all for standing
// by.") and who show a transcript as a questioner does.
var chairs = lazy.Words(`OPERATOR MODERATOR`)

// questionTurn tells the body's paragraph i to be a question from the
// floor: its label, on the line before or opening it, is a questioner's
// ("JOURNALIST:" / "Prime Minister, Peter Costello mentioned …").
func questionTurn(body []Para, i int) bool {
	if l, _, ok := turnLabel(body[i].Text); ok {
		return questioner.Has(strings.ToUpper(l))
	}
	l, ok := "", false
	if i > 0 {
		l, ok = labelLine(body[i-1].Text)
	}
	return ok && questioner.Has(strings.ToUpper(l))
}

// labelName is a label as a name: "MR PRICE" → "Mr Price", "ACTING
// SECRETARY OF DEFENSE PATRICK SHANAHAN" → "Acting Secretary of Defense
// Patrick Shanahan"; a label in mixed case is left alone.
func labelName(l string) string {
	if t := capitalised(strings.ToLower(l)); strings.ToUpper(l) == l && !strings.ContainsRune(l, ' ') && offices.Has(t) {
		return t // "TREASURER": an office in one word
	}
	if parts := strings.Split(l, "-"); len(parts) > 1 && strings.ToUpper(l) == l && !strings.ContainsRune(l, ' ') && seats.Has(strings.ToLower(l)) {
		for i, p := range parts {
			parts[i] = capitalised(strings.ToLower(p))
		}
		return strings.Join(parts, "-") // "ATTORNEY-GENERAL": Attorney-General
	}
	if strings.ToUpper(l) != capsPrefixRE().ReplaceAllStringFunc(l, strings.ToUpper) || !strings.ContainsRune(l, ' ') {
		return l
	}
	as := strings.Fields(l)
	f := strings.Fields(strings.ToLower(l))
	for i, w := range f {
		switch {
		case capsPrefixRE().MatchString(as[i]):
			// "McPHEE": McPhee
			n := strings.IndexFunc(as[i][1:], unicode.IsUpper) + 1
			f[i] = as[i][:n] + capitalised(w[n:])
		case i > 0 && titleJoiners.Has(w):
			// "Secretary of Defense"
		case len(w) <= 4 && !strings.ContainsAny(w, "aeiouy") && !honorifics.Has(capitalised(w)) && !honorifics.Has(capitalised(w)+"."),
			i > 0 && nameSuffix(w) == "number":
			f[i] = strings.ToUpper(w) // an initialism, which no vowel lets one say: "CDC", "NHS"; a name's number: "III"
		default:
			parts := strings.Split(w, "-")
			for j, part := range parts {
				if part != "" {
					parts[j] = capitalised(part) // "MILLER-FROST": Miller-Frost
				}
			}
			f[i] = strings.Join(parts, "-")
		}
	}
	return strings.Join(f, " ")
}

// unfinished tells words printed without marks that stop mid-sentence,
// as a clipped copy does at its end: "and that is we".
func unfinished(s string) bool {
	return !strings.ContainsRune(".?!…—–-)\"”’'", lastRune(withoutTags(s))) // (a post's hashtags after its last stop end nothing)
}

// stageDirections are what a transcript puts in brackets inside a turn.
var stageDirections = lazy.Words(`laughter applause inaudible crosstalk cross-talk pause break off-mic off mic technical difficulties
audio break`)

// stageDirection tells what a transcript puts in brackets that no one
// says: "(Laughter.)", "(In Arabic.)", "(Via interpreter)".
func stageDirection(s string) bool {
	s = strings.ToLower(strings.Trim(s, ". "))
	if stageDirections.Has(s) || strings.Contains(s, "interpret") {
		return true
	}
	lang, ok := strings.CutPrefix(s, "in ")
	return ok && !strings.Contains(lang, " ") && strings.HasSuffix(lang, "ic") || ok && languages.Has(lang)
}

// sayingAfterPhrase tells a clause that quotes a phrase and then, after a
// comma, says that its subject went on speaking, before the colon:
// "Tallawah called the three sprinters “the dream team”, saying".
func sayingAfterPhrase(clause string) bool {
	i := strings.LastIndexFunc(clause, isCloseMark)
	if i <= 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(clause[i:])
	after, ok := strings.CutPrefix(strings.TrimSpace(clause[i+size:]), ",")
	f := strings.Fields(after)
	return ok && len(f) == 1 && strings.HasSuffix(f[0], "ing") && isSpeechVerb(f[0])
}

// opensWithPhrase tells a paragraph that opens with a short phrase in
// marks and goes on in prose of its own, no verb of speech after the
// phrase: a post that quotes words it answers ("“Por la condena”..
// todavía no puedo creer que algunos … pronuncien esta frase.").
func opensWithPhrase(text string, sp []span) bool {
	if sp[0].open != 0 || sp[0].unclosed || wordsIn(text[sp[0].start:sp[0].end]) > 6 {
		return false
	}
	after := strings.Fields(head(text[sp[0].close:], 80))
	return wordsIn(text[sp[0].close:]) >= 8 && !slices.ContainsFunc(after[:min(len(after), 4)], speechWord)
}

// colonFor is paragraph p with the comma that ends it read as a colon
// when its last sentence says someone had this to say: "Major Mark
// Mauberret, had this to say about the training," over his words.
func colonFor(p string) string {
	if !strings.HasSuffix(p, ",") {
		return p
	}
	if s0, _ := sentenceAt(sentenceStarts(p), len(p)-1, len(p)); strings.Contains(strings.ToLower(p[s0:]), " this to say") {
		return strings.TrimSuffix(p, ",") + ":"
	}
	return p
}

// directionOnly tells a paragraph that is only a stage direction in
// brackets: "[Laughter]", "(Applause.)".
func directionOnly(p string) bool {
	p = strings.TrimSpace(p)
	if len(p) < 3 || !(p[0] == '[' && p[len(p)-1] == ']' || p[0] == '(' && p[len(p)-1] == ')') {
		return false
	}
	return stageDirection(p[1 : len(p)-1])
}

// languages a speaker may switch to in a transcript.
var languages = lazy.Words(`arabic french spanish german russian chinese mandarin cantonese japanese korean portuguese
italian turkish persian farsi dari pashto urdu hindi hebrew ukrainian polish dutch greek swahili amharic somali`)

// turnParts are the words of a turn or a block quotation as parts, with
// a transcript's stage directions ("(Laughter.)") left out between them.
func turnParts(s string) (parts []string, gaps []int) {
	gap := 0
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s[max(i, 0):], ')')
		if i < 0 || j < 0 || !stageDirection(s[i+1:i+j]) {
			break
		}
		if p := strings.TrimSpace(s[:i]); p != "" {
			if len(parts) > 0 {
				gaps = append(gaps, gap)
			}
			parts, gap = append(parts, p), 0
		}
		gap += wordsIn(s[i : i+j+1])
		s = s[i+j+1:]
	}
	if p := strings.TrimSpace(s); p != "" && strings.ContainsFunc(p, unicode.IsLetter) {
		if len(parts) > 0 {
			gaps = append(gaps, gap)
		}
		parts = append(parts, p)
	}
	return parts, gaps
}

// statementNouns name what a person issues that a release then prints:
// "issued the following statement:", "in a message to staff:".
// personalNouns are what one writer posts or sends, rather than what a
// body issues.
var personalNouns = lazy.Words(`post blog tweet email message`)

// statementNouns name what a person or a body issues in words: a
// statement, a message, a press release.
var statementNouns = lazy.Words(`statement statements message messages remarks comment comments words letter email tweet tweets post posts release releases note notes`)

// quotesThenNames reads a round-up of quotations that prints each one
// first, in a paragraph of its own, and then a paragraph that names who
// said it ("“To have done what he’s done is just immense.” / All-Ireland
// SHC winning Tipperary manager Liam Sheedy took his hat off to …"). A
// text is such a round-up when its first quotation is such a one, at its
// start or after lines that introduce the round-up and name no one, and
// at least three of them, and half of all its unattributed paragraph-long
// quotations, are each followed by a paragraph without quotation marks
// that gives them to someone (see namer); then each of those is that
// person's, not the one named before it (the "nearby" reading, which
// gives every quotation of such a page to the wrong person). unsaid are
// the paragraph-long quotations no one was found to say.
func (r *reader) quotesThenNames(unsaid []Quote) {
	type cand struct {
		q   *Quote // in r.out, or nil for one of unsaid
		u   int    // its index in unsaid
		who *Speaker
	}
	whole := func(pi int) bool {
		p := strings.TrimSpace(r.t.Body[pi].Text)
		return p != "" && isMark(firstRune(p)) && isMark(lastRune(p))
	}
	// namer is the one the paragraph after pi gives the quotation to: the
	// one it hears ("…, according to chairman Sean Stanley"), or else the
	// person who opens one of its sentences ("Henry Shefflin paid tribute
	// to …"), or else the only person it names
	namer := func(pi int) *Speaker {
		next := pi + 1
		if next >= len(r.t.Body) || strings.ContainsFunc(r.t.Body[next].Text, isMark) {
			return nil
		}
		text := r.t.Body[next].Text
		for _, phrase := range []string{"according to ", "in the opinion of ", "in the view of "} {
			if i := strings.LastIndex(text, phrase); i >= 0 {
				for _, m := range r.mentionsOf(next) {
					if m.at > i && m.sp.Kind == Person {
						return m.sp // "…, according to chairman Sean Stanley"
					}
				}
			}
		}
		// (the speakers are heard in the order of their paragraphs)
		lo, hi := r.heardRange(next)
		for i := hi - 1; i >= lo; i-- {
			if r.speakers[i].Kind == Person {
				return r.speakers[i]
			}
		}
		var only *Speaker
		people := 0
		for _, m := range r.mentionsOf(next) {
			if m.sp.Kind != Person {
				continue
			}
			if m.opens {
				return m.sp
			}
			if m.sp != only {
				only, people = m.sp, people+1
			}
		}
		if people == 1 {
			return only
		}
		return nil
	}
	cands := map[int]cand{}
	for i := range r.out {
		if q := &r.out[i]; q.Via == Nearby && !q.Partial && q.Para >= 0 && whole(q.Para) {
			cands[q.Para] = cand{q: q}
		}
	}
	for k, q := range unsaid {
		if _, ok := cands[q.Para]; !ok && q.Para >= 0 && whole(q.Para) {
			cands[q.Para] = cand{u: k}
		}
	}
	opening := slices.IndexFunc(r.t.Body, func(p Para) bool { return strings.ContainsFunc(p.Text, isMark) })
	if _, ok := cands[opening]; !ok || opening > 0 && slices.ContainsFunc(r.mentionsOf(opening-1), func(m mention) bool { return m.sp.Kind == Person }) {
		// (a text whose first quotation is not one, or follows someone
		// introduced, "Stephen Williams, a ward 1 resident, says he's
		// worried about …", is no such round-up)
		return
	}
	named := 0
	for pi, c := range cands {
		if c.who = namer(pi); c.who != nil {
			cands[pi] = c
			named++
		}
	}
	if first, ok := cands[opening]; !ok || first.who == nil || named < 3 || 2*named < len(cands) {
		return
	}
	for _, pi := range slices.Sorted(maps.Keys(cands)) { // (in order: resolve may introduce people)
		c := cands[pi]
		if c.who == nil && pi+1 < len(r.t.Body) && !strings.ContainsFunc(r.t.Body[pi+1].Text, isMark) {
			// in a round-up, the paragraph after a quotation that names
			// several people opens with who said it: "1992 Donegal
			// All-Ireland winner Donal Reid … was fulsome in his praise
			// of Jim McGuinness."
			if sp, _ := r.resolve(leadingSubject(r.t.Body[pi+1].Text), pi+1, 0); sp != nil && sp.Kind == Person {
				c.who = sp
				cands[pi] = c
			}
		}
		if c.who != nil && c.q != nil {
			c.q.Speaker, c.q.Attribution = c.who, "" // (before any insertion moves r.out)
		}
	}
	for _, pi := range slices.Sorted(maps.Keys(cands)) {
		if c := cands[pi]; c.who != nil && c.q == nil {
			q := unsaid[c.u]
			q.Speaker, q.Via = c.who, Nearby
			r.insertAtPara(q)
		}
	}
}

// statementKinds say what kind of statement a heading names, before the
// word for it: "Floor Statement", "Opening Statement".
var statementKinds = lazy.Words(`Floor Opening Closing Joint Press Written Keynote Prepared Official`)

// statementHeading is the one whose statement the nearest heading above
// line says the text prints, and that heading: "First Minister’s New
// Year message", "Premier's statement on the floods", "Statement by the
// Tánaiste on …", "Foreign Secretary statement on …" (after a site's
// kind of page: "Government response: …"), over paragraphs that are
// quotations, or a statement without marks, and name no one; nil when
// that heading (or the headline, when no heading comes between) is no
// such line. The owner is one to five capitalised words, with a
// possessive, before "statement", or after "Statement by" or "from"; a
// word for what is said (a message, a statement, a speech, an address,
// remarks, a tribute, a letter) ends the heading or comes before "on",
// "to", "for" or "at".
func (r *reader) statementHeading(line, pi int) (*Speaker, string) {
	h := r.t.Title
	if hs := r.t.headingsBefore(line); len(hs) > 0 && hs[len(hs)-1].Line > r.t.titleLine {
		h = hs[len(hs)-1].Text
	} else if r.t.titleLine == 0 || r.t.titleLine > line {
		return nil, ""
	}
	if pi > 0 && statementByLine(r.t.Body[pi-1].Text) {
		h = r.t.Body[pi-1].Text // the standfirst under the headline: "Statement by Government Chief Whip …, Joe McHugh TD"
	}
	f := strings.Fields(h)
	if k := slices.IndexFunc(f, func(w string) bool { return strings.HasSuffix(w, ":") }); k >= 0 && k < 3 && k+1 < len(f) {
		f = f[k+1:] // "Government response: Foreign Secretary statement on …": the site's kind of page, then the heading
	}
	if len(f) > 2 && statementNouns.Has(strings.ToLower(f[0])) && (f[1] == "by" || f[1] == "from") {
		// "Statement by the Tánaiste on the death of Queen Elizabeth":
		// the owner after "by", to the word that says what it is on
		owner := f[2:]
		if owner[0] == "the" {
			owner = owner[1:]
		}
		joined := strings.Join(owner, " ")
		office, holder := "", joined
		if i := strings.LastIndex(joined, ", "); i >= 0 {
			// "Statement by Government Chief Whip and Minister of State
			// for the Irish Language, the Gaeltacht and the Islands, Joe
			// McHugh TD": the office, then its holder after the last comma
			office, holder = joined[:i], joined[i+2:]
		}
		name := strings.Fields(holder)
		post := len(name) > 0 && postNominals.Has(name[len(name)-1])
		if post {
			name = name[:len(name)-1]
		}
		if office != "" || post {
			if !plainName(name) {
				// "Statement by Minister for Justice, Home Affairs and
				// Migration Jim O’Callaghan TD": the holder is the name
				// that ends the line, from a given name on, and the
				// words before it are the rest of the office
				k := slices.IndexFunc(name, isGivenName)
				if !post || k < 1 || !plainName(name[k:]) {
					return nil, ""
				}
				office = strings.TrimPrefix(office+", "+strings.Join(name[:k], " "), ", ")
				name = name[k:]
			}
			sp := r.cast.person(strings.Join(name, " "), true)
			if strings.Contains(office, sp.Title) {
				sp.Title = office // (the whole office, of which the headline gave a part: "Minister of State McHugh welcomes …")
			}
			return sp, strings.TrimSpace(h)
		}
		end := slices.IndexFunc(owner, func(w string) bool { return slices.Contains([]string{"on", "to", "for", "at"}, w) })
		if end < 0 {
			end = len(owner)
		}
		if owner = owner[:end]; len(owner) == 0 || len(owner) > 5 || slices.ContainsFunc(owner, func(w string) bool { return !isCap(w) }) {
			return nil, ""
		}
		return r.statementOwner(owner, h)
	}
	for k := 0; k < len(f) && k < 5; k++ {
		t := makeToken(f[k], 0)
		if !isCap(t.core) || t.tail != "" && !t.possessive {
			return nil, ""
		}
		if !t.possessive && k+2 < len(f) && strings.ToLower(f[k+1]) == "statement" && slices.Contains([]string{"on", "to", "for", "at"}, f[k+2]) {
			// "Foreign Secretary statement on the fall of Daesh": the
			// owner set before the word, without a possessive, and
			// before the kind of statement ("Chairman Hal Rogers Floor
			// Statement on …")
			if k > 0 && statementKinds.Has(f[k]) {
				return r.statementOwner(f[:k], h)
			}
			return r.statementOwner(f[:k+1], h)
		}
		if !t.possessive {
			continue
		}
		for j := k + 1; j < len(f) && j <= k+4; j++ {
			w := strings.ToLower(strings.Trim(f[j], ":,.;"))
			if !statementNouns.Has(w) && w != "speech" && w != "address" && w != "tribute" {
				continue
			}
			if j+1 < len(f) && !slices.Contains([]string{"on", "to", "for", "at"}, f[j+1]) {
				return nil, ""
			}
			return r.statementOwner(append(slices.Clone(f[:k]), t.core), h)
		}
		return nil, ""
	}
	return nil, ""
}

// plainName tells words that are a person's name and nothing else, in
// two words or more: "Joe McHugh", not "Migration Jim O’Callaghan".
func plainName(words []string) bool {
	np, ok := parseRun(words)
	return ok && !np.org && countFields(np.name) >= 2 && np.name == strings.Join(words, " ")
}

// statementByLine tells a line, not a sentence, that says whose statement
// the text is: "Statement by Government Chief Whip …, Joe McHugh TD".
func statementByLine(p string) bool {
	p = strings.TrimSpace(p)
	return (strings.HasPrefix(p, "Statement by ") || strings.HasPrefix(p, "Statement from ")) && !stopRune(lastRune(p)) && strings.IndexFunc(p, isMark) < 0
}

// transcriptHolder is the one person a page that says it is a transcript
// (says) is of: the one its header honours on a line before line (see
// honouredLine), "The Hon Greg Hunt MP", with the office on the line
// under it, "Former Minister for Health and Aged Care"; nil when the
// header honours no one, or more than one.
func (r *reader) transcriptHolder(line int, says bool) (*Speaker, string) {
	if !says || len(r.honoured) != 1 || r.honoured[0].heading.Line >= line {
		return nil, ""
	}
	h := r.honoured[0]
	if hasOffice(h.under) && strings.Contains(h.under, h.sp.Title) {
		h.sp.Title = strings.TrimSpace(h.under) // (the whole office, of which "Minister Hunt" gave a part)
	}
	return h.sp, strings.TrimSpace(h.heading.Text)
}

// speaksUnnamed tells the paragraphs pi and pi+1 to be who's own words,
// as a statement under a heading that names its author prints them: in
// the first person ("I pay tribute …", "We pay tribute …"), and never
// naming who, as a release's narration does ("Mr. Eoghan Murphy, Minister
// for Housing, published his Department’s report").
func (r *reader) speaksUnnamed(pi int, who *Speaker) bool {
	voiced := false
	for k := pi; k <= pi+1 && k < len(r.t.Body); k++ {
		text := r.t.Body[k].Text
		if slices.ContainsFunc(r.mentionsOf(k), func(m mention) bool { return m.sp == who }) || strings.Contains(text, who.Name) {
			return false // ("The Government approved proposals by the Tánaiste …" under "Statement by the Tánaiste")
		}
		voiced = voiced || inFirstPerson(text) && strings.IndexFunc(text, isMark) < 0
	}
	return voiced
}

// announcesSpeaker tells paragraph pi to follow one that announces who
// speaks it, with a colon or a comma after the verb (see announced).
func (r *reader) announcesSpeaker(pi int) bool {
	if pi == 0 {
		return false
	}
	who, _, _ := r.announced(pi, false)
	return who != nil
}

// statementOwner is the one whose statement heading h says it is, named
// by the words owner, and the heading.
func (r *reader) statementOwner(owner []string, h string) (*Speaker, string) {
	np, ok := parseRun(owner)
	switch {
	case !ok:
		return nil, ""
	case np.org:
		return r.cast.org(np.name), strings.TrimSpace(h)
	case np.name == "":
		// "First Minister’s New Year message": the office, whose
		// holder the text may not name (and "First Minister" is
		// not every minister it names)
		return &Speaker{Name: strings.Join(owner, " "), Kind: Unnamed, Title: np.title}, strings.TrimSpace(h)
	}
	sp := r.cast.person(np.name, true)
	if sp.Title == "" {
		sp.Title = np.title
	}
	return sp, strings.TrimSpace(h)
}

// ownedStatement tells an attribution that is a possessive and a
// statement noun: "Pritam Singh’s comment".
func ownedStatement(att string) bool {
	f := strings.Fields(att)
	n := len(f)
	return n >= 2 && statementNouns.Has(strings.ToLower(f[n-1])) && makeToken(f[n-2], 0).possessive
}

// titledNext finds the person a description with "a" ("a High Court
// judge has declared") introduces when the text names them only after
// it, as a story's first lines do: the first person named after at, in
// this paragraph or the next, whose title holds the description's noun
// ("Mr Justice McLaughlin set out …"), and whose body, if the text gives
// one, is the one the description names ("a hospital spokesperson" is
// not "Dedi Prasetyo, a spokesperson for the Indonesian National
// Police"). desc is the description after its "a", noun its noun; reach
// is how many paragraphs after pi the name may wait (ledeReach).
// ledeReach is how far the name of a description in paragraph pi may
// wait: the next paragraph, or one more after the lede.
func ledeReach(pi int) int {
	if pi == 0 {
		return 2
	}
	return 1
}

func (r *reader) titledNext(desc, noun string, pi, at, reach int) *Speaker {
	words := append([]string{noun}, sameRoles[noun]...)
	mods, _, _ := strings.Cut(strings.ToLower(desc), noun)
	var before []string // the description's words before its noun
	for _, w := range strings.Fields(desc) {
		if strings.EqualFold(w, noun) {
			break
		}
		before = append(before, w)
	}
	named := properModifiers(strings.Join(before, " ")) // the body the description names
	for _, m := range r.cast.mentions {
		if m.para < pi || m.para == pi && m.at <= at || m.sp.Kind != Person {
			continue
		}
		if m.para > pi+reach {
			break
		}
		held := strings.Fields(strings.ToLower(m.sp.Honorific + " " + m.sp.Title))
		if !slices.ContainsFunc(words, func(w string) bool { return slices.Contains(held, w) }) {
			continue
		}
		body := strings.ToLower(m.sp.Title + " " + m.sp.Affiliation)
		if m.sp.Affiliation != "" && slices.ContainsFunc(strings.Fields(mods), func(w string) bool { return !strings.Contains(body, w) }) {
			continue
		}
		if held := titleBodyWords(m.sp.Title + " " + m.sp.Affiliation); len(named) > 0 && len(held) > 0 && !slices.ContainsFunc(named, func(w string) bool { return slices.Contains(held, w) }) {
			continue // (nor is "a State Department spokesperson" the "White House national security spokesperson John Kirby")
		}
		return m.sp
	}
	return nil
}

// titleBodyWords are the words of the name of a body a title holds,
// folded: those of its runs of two capitalised words or more that are
// neither honorifics nor roles ("White House national security
// spokesperson" → [white house]; "Mr Justice" and "Armed forces
// minister" name none).
func titleBodyWords(title string) []string {
	var out, run []string
	for w := range strings.FieldsSeq(title + " .") {
		if w = strings.Trim(w, ",.;:()"); isCap(w) && !honorifics.Has(w) && !isRoleNoun(strings.ToLower(w)) {
			run = append(run, strings.ToLower(w))
			continue
		}
		if len(run) >= 2 {
			out = append(out, run...)
		}
		run = run[:0]
	}
	return out
}

// sameRoles are the titles a role noun may be written as before a name,
// if others: a judge is "Mr Justice X" or "Recorder X", a captain
// "skipper X".
var sameRoles = map[string][]string{
	"judge":        {"justice", "recorder"},
	"spokesperson": {"spokesman"},
	"lawmaker":     {"senator"},
	"legislator":   {"representative"},
	"captain":      {"skipper"}, // "Australian skipper Pat Cummins" is the captain
	"skipper":      {"captain"},
	"boss":         {"manager"}, // "Bournemouth boss Eddie Howe" is the manager
	"manager":      {"boss"},
	"chief":        {"leader", "head", "secretary-general", "director-general"}, // "‘…’: opposition chief" is the opposition leader; "the U.N. chief" its Secretary-General
}

// namedNext finds the person a description of the one who leads a body
// ("the top official at the Centers for Disease Control and Prevention
// (CDC)", "the head of the agency") refers to when the text names them
// only after it: the first person named in this paragraph after at, or
// in the next, whose title or affiliation holds the body's short name
// or its name ("CDC Director Dr. Tom Frieden told …"). rest is the
// description in small letters, after its "the".
func (r *reader) namedNext(rest string, pi, at int) *Speaker {
	head, body, ok := strings.Cut(rest, " at ")
	if !ok {
		head, body, ok = strings.Cut(rest, " of ")
	}
	if !ok || !leadingRole(head) {
		return nil
	}
	keys := []string{}
	if i, j := strings.LastIndex(body, "("), strings.LastIndex(body, ")"); i >= 0 && j > i {
		keys = append(keys, strings.ToLower(body[i+1:j])) // "(cdc)"
		body = body[:i]
	}
	keys = append(keys, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(body), "the ")))
	for _, m := range r.cast.mentions {
		if m.para < pi || m.para == pi && m.at <= at || m.sp.Kind != Person {
			continue
		}
		if m.para > pi+1 {
			break
		}
		held := strings.ToLower(m.sp.Title + " " + m.sp.Affiliation)
		for _, k := range keys {
			if k != "" && strings.Contains(" "+held+" ", " "+k+" ") {
				return m.sp
			}
		}
	}
	return nil
}

// bodyHead is the person a description of a body's head means, "WHO
// chief" (desc, whose last word is head): the latest person named before
// paragraph pi's offset at whose title is a leading role (see
// leadingRoles) and whose title or affiliation names the body, "WHO's
// director general".
func (r *reader) bodyHead(desc, head string, pi, at int) *Speaker {
	body := strings.TrimSpace(strings.TrimSuffix(desc, head))
	if !leadingRoles.Has(head) || body == "" || !isCap(body) || strings.ContainsAny(body, ",;") {
		return nil
	}
	body = " " + strings.ToLower(body) + " "
	for i, seen := len(r.cast.mentions)-1, 0; i >= 0 && seen < bodyHeadReach; i-- {
		m := r.cast.mentions[i]
		if m.para > pi || m.para == pi && m.at >= at || m.sp.Kind != Person {
			continue
		}
		seen++
		held := " " + strings.ToLower(possessiveEndings.Replace(m.sp.Title+" "+m.sp.Affiliation)) + " "
		if strings.Contains(held, body) && slices.ContainsFunc(strings.Fields(strings.ToLower(m.sp.Title)), func(w string) bool { return leadingRoles.Has(w) || w == "executive" || w == "general" }) {
			return m.sp
		}
	}
	return nil
}

// possessiveEndings drops the "'s" of a possessive: "WHO's director
// general" names WHO.
var possessiveEndings = strings.NewReplacer("'s", "", "’s", "")

// describedHeard is the speaker the text described, not named, with the
// role noun head, heard last: "a senior U.S. official" for "the official".
// desc is the description without its "the", which must differ from the
// speaker's own words.
func (r *reader) describedHeard(desc, head string) *Speaker {
	for i := len(r.speakers) - 1; i >= 0; i-- {
		if sp := r.speakers[i]; sp.Kind == Unnamed && !strings.EqualFold(sp.Name, desc) {
			if h := headNoun(strings.ToLower(sp.Name)); h == head || slices.Contains(sameRoles[h], head) || slices.Contains(sameRoles[head], h) {
				return sp
			}
		}
	}
	return nil
}

// bodyHeadReach is how many mentions back bodyHead looks: more than a
// story names, and a text that names thousands is read in linear time.
const bodyHeadReach = 200

// leadingRole tells a description of the one who leads a body: "top
// official", "head", "chief", "director", "leader".
func leadingRole(head string) bool { return leadingRoles.Has(lastWord(strings.TrimSpace(head))) }

// leadingRoles are the last words of leadingRole's descriptions.
var leadingRoles = lazy.Words(`official head chief director leader boss commander chairman chairwoman chair president
administrator commissioner secretary minister`)

// orgRun tells a run of capitalised words that names a body or a place
// ("Salt Lake City"), not a person.
func orgRun(np string) bool {
	p, ok := parseRun(strings.Fields(np))
	return ok && p.org
}

// namesWhatWasSaid tells the words between two quotations that say the
// second names the first: ", calling it", ", describing it as".
func namesWhatWasSaid(gap string) bool {
	f := strings.Fields(strings.ToLower(strings.Trim(strings.TrimSpace(gap), ",")))
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	switch f[0] {
	case "calling", "describing", "labelling", "labeling", "dubbing", "branding", "terming", "deeming":
	default:
		return false
	}
	switch f[1] {
	case "it", "them", "this", "that", "him", "her":
	default:
		return false
	}
	return len(f) == 2 || f[2] == "as"
}

// ownersWords reads whose words a quotation is when the words before it
// say so with a possessive or "by" and "that" (or "to" after a call):
// "slammed Pritam Singh’s comment that “…”", "Schieffer’s claims that
// health authorities are treating it “…”", "Trump's call to ‘fire’
// protesters", "a request by Donald Trump to have NFL players “fired”"
// (but "opposed Macron's statement: “…”" quotes the one who opposed it).
// Between "that" and the quotation the words may go on, but say nothing
// more of speech. It gives the owner, if the text names one, and the
// words that say it.
func (r *reader) ownersWords(before string, pi, at int) (*Speaker, string) {
	name, att, possessive := ownerPhrase(before)
	if name == "" {
		return nil, ""
	}
	var sp *Speaker
	if f := strings.Fields(name); possessive {
		// the owner's possessive: the person its last word names
		// ("Leader of the Opposition Pritam Singh’s"), else the name
		sp = r.cast.known(f[len(f)-1])
		if sp == nil || len(f) > 1 && !strings.Contains(sp.Name, f[len(f)-2]) {
			sp = nil
		}
	}
	if sp == nil {
		sp, _ = r.resolve(name, pi, at)
	}
	if sp == nil || sp.Kind == Unnamed {
		return nil, ""
	}
	return sp, att
}

// ownerPhrase finds in the words before a quotation the name of the one
// whose words they say it is (see ownersWords), the words that say so,
// and whether the name was a possessive; or "".
func ownerPhrase(before string) (name, att string, possessive bool) {
	// (it reads the last fifteen words or so)
	f := strings.Fields(tail(before, 2*window))
	link := -1 // "that" or "to"
	for k := len(f) - 1; k >= 0 && k >= len(f)-15; k-- {
		w := strings.ToLower(f[k])
		if strings.ContainsAny(f[k], "“”\"‘’.;:") && !makeToken(f[k], 0).possessive || isSpeechVerb(w) {
			return "", "", false
		}
		if w == "that" || w == "to" {
			link = k
			break
		}
	}
	if link < 2 {
		return "", "", false
	}
	noun := strings.ToLower(f[link-1])
	if f[link] == "that" && !ownedNouns.Has(strings.TrimSuffix(noun, "s")) && !statementNouns.Has(noun) || f[link] == "to" && !callNouns.Has(noun) {
		// "a request by Donald Trump to": the noun before "by"
		k := link - 1
		for k > 0 && isCap(f[k]) && link-k <= 4 {
			k--
		}
		if k < 1 || k == link-1 || f[k] != "by" || !callNouns.Has(strings.ToLower(f[k-1])) && !ownedNouns.Has(strings.TrimSuffix(strings.ToLower(f[k-1]), "s")) {
			return "", "", false
		}
		return strings.Join(f[k+1:link], " "), strings.Join(f[k-1:link+1], " "), false
	}
	n := link
	for d := 0; d < 2 && n > 2 && !makeToken(f[n-2], 0).possessive && unicode.IsLower(firstRune(f[n-2])); d++ {
		n-- // "Trump's repeated call to": a word or two that describe the noun
	}
	tok := makeToken(f[n-2], 0)
	if !tok.possessive || !isCap(tok.core) {
		return "", "", false
	}
	name = tok.core
	k := n - 3
	for ; k >= 0 && k >= n-5 && isCap(f[k]) && !sentenceWords.Has(f[k]); k-- {
		name = f[k] + " " + name
	}
	return name, strings.Join(f[k+1:link+1], " "), true
}

// ownedNouns name what someone said, owned by a possessive before "that"
// (beside statementNouns; each also with an s); callNouns ask for
// something, before "to".
var (
	ownedNouns = lazy.Words(`remark claim warning assertion suggestion insistence argument view belief accusation allegation`)
	callNouns  = lazy.Words(`call calls plea pleas appeal appeals demand demands request requests promise promises pledge pledges threat threats vow vows
plan plans proposal proposals bid bids`)
)

// prose tells a paragraph of sentences from a list item or a heading: it
// ends a sentence and has a few words.
func prose(p string) bool {
	p = withoutElisions(withoutStrayCloser(p))
	if wordsIn(p) < 5 || strings.IndexFunc(p, isMark) >= 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(p); strings.ContainsRune("•*-–—·▪●◦", r) || unicode.IsDigit(r) && !countOpens(p) {
		return false
	}
	return stopRune(lastRune(p))
}

// stopRune tells a rune that ends a sentence: a full stop, question or
// exclamation mark or ellipsis, or the stops of other scripts that a post
// quoted in its own language ends with — the danda of Bengali and
// Devanagari ("।", "॥"), the ideographic and full-width stops ("。", "！",
// "？"), the Arabic question mark ("؟") and the Urdu ("۔"), Ethiopic
// ("።"), Myanmar ("။"), Khmer ("។") and Armenian ("։") full stops.
func stopRune(r rune) bool {
	return strings.ContainsRune(".!?…।॥。！？؟۔።။។։", r)
}

// countOpens tells a paragraph that opens with a number counting
// something, "17 days! Finally we have news …", not a list's number
// ("1. Preheat", "2) Stir", "3: Serve").
func countOpens(p string) bool {
	first, _, _ := strings.Cut(p, " ")
	return strings.TrimLeftFunc(first, unicode.IsDigit) == ""
}

// withoutStrayCloser is p without a closing mark that ends it after its
// last sentence's stop when p has no other mark: a block quotation whose
// copy kept the closing mark of a quotation it never opened ("… the
// Rohingya people.”").
func withoutStrayCloser(p string) string {
	p = strings.TrimSpace(p)
	r := lastRune(p)
	if r != '”' && r != '"' {
		return p
	}
	rest := strings.TrimSpace(p[:len(p)-utf8.RuneLen(r)])
	if strings.IndexFunc(rest, isMark) >= 0 || !strings.ContainsRune(".!?", lastRune(rest)) {
		return p
	}
	return rest
}

// withoutElisions is p without the marks of words left out that open
// or close an excerpt, "[…] I am having a hard time …", "(...)", and
// with one that closes it read as an ellipsis: "Give me some real
// news!!! […]" ends a sentence, as "… the protes […]" does not stop.
func withoutElisions(p string) string {
	p = strings.TrimSpace(p)
	for _, e := range elisions {
		if rest, ok := strings.CutPrefix(p, e); ok {
			p = strings.TrimSpace(rest)
			break
		}
	}
	for _, e := range elisions {
		if rest, ok := strings.CutSuffix(p, e); ok {
			if rest = strings.TrimSpace(rest); !stopRune(lastRune(rest)) {
				rest += "…"
			}
			return rest
		}
	}
	return p
}

// elisions are the marks of words left out of an excerpt.
var elisions = []string{"[…]", "[...]", "(…)", "(...)", "[..]"}

// sentenceLike tells a paragraph that reads as a sentence which lost its
// full stop, as a tweet quoted after "X says:" may: eight words or more,
// from a capital letter, with no quotation marks, and not announcing
// what follows with a colon.
func sentenceLike(p string) bool {
	p = withoutElisions(p)
	return wordsIn(p) >= 8 && (unicode.IsUpper(firstRune(p)) || unicode.IsDigit(firstRune(p)) && countOpens(p)) && strings.IndexFunc(p, isMark) < 0 && lastRune(p) != ':' // ("452 Venezuelans attended …")
}

// unstoppedLine tells a line of four to thirty words that is a sentence
// but for its stop, as a post quoted after "X says:" may be ("118
// afectados por cólera han recibido tratamiento"): no marks, opening with
// a capital or a figure, most of its words in small letters (not a
// title's), announcing nothing after a colon of its own.
func unstoppedLine(p string) bool {
	p = strings.TrimSpace(p)
	f := strings.Fields(p)
	if len(f) < 4 || len(f) > 30 || strings.IndexFunc(p, isMark) >= 0 || strings.HasSuffix(p, ":") || !unicode.IsUpper(firstRune(p)) && !unicode.IsDigit(firstRune(p)) {
		return false
	}
	lower := 0
	for _, w := range f[1:] {
		if unicode.IsLower(firstRune(w)) {
			lower++
		}
	}
	return 2*lower > len(f)-1
}

// shortSentence tells a paragraph of one short sentence, two to four
// words from a capital to its stop, without quotation marks: what a
// blogger's post may open with after "X says:" ("Mi glad bag buss!"); or
// of as few words in cries over more than one sentence ("Wow! Just wow!").
func shortSentence(p string) bool {
	p = strings.TrimSpace(p)
	n := wordsIn(p)
	return n >= 2 && n <= 4 && unicode.IsUpper(firstRune(p)) && strings.ContainsRune(".!?", lastRune(p)) && strings.IndexFunc(p, isMark) < 0 && (len(sentenceStarts(p)) == 1 || lastRune(p) == '!')
}

// bulletOnly tells whether s, the words before a quotation in its
// paragraph, is nothing or only a list's bullet ("• “There was …”").
func bulletOnly(s string) bool {
	switch strings.TrimSpace(s) {
	case "", "•", "·", "-", "–", "—", "*", "▪", "●":
		return true
	}
	return false
}

// unbulleted is a paragraph without the dash some copy sets before a
// block quotation ("- The dreadful events in London …"), or the bullet
// of a list's item ("• The death toll has become 25").
func unbulleted(p string) string {
	p = strings.TrimSpace(p)
	for _, b := range []string{"- ", "– ", "— ", "• ", "· ", "▪ ", "● "} {
		if rest, ok := strings.CutPrefix(p, b); ok {
			return strings.TrimSpace(rest)
		}
	}
	return p
}

// numberedProse tells a list's item whose words are prose (see
// numberedItem).
func numberedProse(p string) bool {
	_, text, ok := numberedItem(p)
	return ok && prose(text)
}

// numberedItem reads an item of a numbered list (see listItem): the
// number it opens with and its words after it, "3. It is important …" →
// 3, "It is important …", past the mark of words left out before it
// ("[…] 2. The country’s …").
func numberedItem(p string) (n int, text string, ok bool) {
	p = strings.TrimLeft(withoutElisions(p), " ")
	if !listItem(p) {
		return 0, "", false
	}
	d := strings.IndexAny(p, ".)")
	n, err := strconv.Atoi(p[:d])
	return n, p[d+2:], err == nil
}

// bulletItem tells a paragraph that opens with a list's bullet or a
// dash (see unbulleted).
func bulletItem(p string) bool { return unbulleted(p) != strings.TrimSpace(p) }

// proseAt tells whether paragraph pi is prose, or the start of it where
// the text stops in mid-sentence: a stored page cut off inside a block
// quotation ("A whole life order will now be the expectation for mur")
// still quotes the speaker, and the quote is marked cut.
func (r *reader) proseAt(pi int) bool {
	p := strings.TrimSpace(r.t.Body[pi].Text)
	if prose(p) {
		return true
	}
	return pi == len(r.t.Body)-1 && wordsIn(p) >= 3 && unfinished(p) && strings.IndexFunc(p, isMark) < 0 &&
		!strings.ContainsRune("•*-–—·▪●◦", firstRune(p))
}

// headingBefore tells whether a crosshead stands between paragraph pi
// and the one before it.
func (r *reader) headingBefore(pi int) bool {
	for _, h := range r.t.Headings {
		if h.Line > r.t.Body[pi-1].Line && h.Line < r.t.Body[pi].Line && !directionOnly(h.Text) {
			return true // (but not "[Laughter]" between two paragraphs of one turn)
		}
	}
	return false
}

// goesOnQuoting tells whether paragraph pi, text, which sets words in
// marks (spans) inside its prose, goes on with the block quotation of
// who's before it: in the first person singular, or as speaksOn tells.
func (r *reader) goesOnQuoting(pi int, text string, spans []span, who *Speaker, impersonal, from int) bool {
	// (the words outside its marks: a paragraph that reports someone's
	// speech, "Ann Lee said she was “… I am happy …”", is the writer's)
	outside := outsideMarks(text, spans)
	if inFirstPersonSingular(outside) {
		return true // "I couldn't say anything and Mark just said: ‘…’"
	}
	if slices.ContainsFunc(strings.Fields(outside), speechWord) {
		return false
	}
	goesOn, _ := r.speaksOn(pi, who, impersonal, from)
	return goesOn
}

// outsideMarks is text without the quotations spans finds in it.
func outsideMarks(text string, spans []span) string {
	var outside strings.Builder
	last := 0
	for _, s := range spans {
		outside.WriteString(text[last:s.open])
		last = s.close
	}
	outside.WriteString(text[last:])
	return outside.String()
}

// opensFirstPerson tells a paragraph of prose that opens in the first
// person singular ("I hope that …"): a speaker's words that lost their
// marks, when the writer does not speak so anywhere else (see
// firstPersonProse), not a first-person piece's narration.
func opensFirstPerson(p string) bool {
	f := firstWords(p, 1)
	return len(f) > 0 && firstPersonOpeners.Has(strings.Trim(f[0], ",")) && prose(p) && inFirstPersonSingular(p)
}

// firstPersonProse counts the paragraphs of the body that are
// firstPersonParagraphs.
func (t *Text) firstPersonProse() int {
	n := 0
	for _, b := range t.Body {
		n += b2i(firstPersonParagraph(b.Text))
	}
	return n
}

// firstPersonParagraph tells a paragraph without marks that speaks in the
// first person singular.
func firstPersonParagraph(p string) bool {
	return strings.IndexFunc(p, isMark) < 0 && inFirstPersonSingular(p)
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// firstPersonOpeners open a sentence in the first person singular.
var firstPersonOpeners = lazy.Words(`I I'm I’m I've I’ve I'd I’d I'll I’ll`)

// speaksOn tells whether paragraph pi, after a block quotation of who's,
// goes on with it, and whether in the first person: prose in the
// speaker's own voice, or at least not the writer's narration again,
// which names the speaker ("The Prime Minister has asked …"), reports
// someone's speech ("The Home Secretary announced …"), or is the second
// paragraph in a row (impersonal counts the ones before) without a word
// in the first person. A spokesperson's or a body's block that opened,
// in paragraph from, reporting speech ("A Downing Street spokesperson
// said:" / "The Prime Minister has agreed that …") goes on reporting it
// ("Both leaders agreed …").
func (r *reader) speaksOn(pi int, who *Speaker, impersonal, from int) (goesOn, firstPerson bool) {
	p := unbulleted(r.t.Body[pi].Text)
	words := strings.FieldsFunc(p, func(r rune) bool { return !isWordRune(r) })
	first := inFirstPerson(withoutListenerUs(p)) || thanks(p)
	if r.listedOn(pi) {
		return true, true // "Included in my plans for next year are:" / "An additional €1.4m to support …;": the speaker's list
	}
	if n, text, ok := numberedItem(p); ok && pi > 0 && prose(text) {
		if m, _, ok := numberedItem(r.t.Body[pi-1].Text); ok && n == m+1 {
			return true, inFirstPerson(p) // "2. The country’s disaster preparedness programme is very weak …" / "3. It is important to ensure …": the post's numbered list goes on
		}
	}
	if pi > 0 && (bulletItem(r.t.Body[pi-1].Text) && !bulletItem(r.t.Body[pi].Text) || lowerCasePost(r.t.Body[pi-1].Text) && !lowerCasePost(r.t.Body[pi].Text)) {
		return false, false // the list's bullets end, or the comment in small letters, and the writer goes on
	}
	if t := strings.TrimSpace(p); strings.HasSuffix(t, "!") && len(words) <= 10 && unicode.IsUpper(firstRune(t)) && strings.IndexFunc(t, isMark) < 0 && !r.headingBefore(pi) {
		return true, false // "Shame on Ws ALL!!!" / "May Peace be Up on You Alem!": a cry, no writer's prose
	}
	if !r.proseAt(pi) && !prose(p) && !(first && len(words) >= 8 && strings.IndexFunc(p, isMark) < 0 && unicode.IsUpper(firstRune(p))) || r.headingBefore(pi) {
		// (a sentence in the first person goes on with the speaker's
		// words though it lost its full stop: "I’d urge small groups
		// to come forward and bid for this cash")
		return false, false
	}
	if pageMedia(p) || someoneNew(p) || agedName(p) {
		// "The short video shows the volunteers in action.": the page's,
		// of its own pictures; "A British man was arrested …": the
		// writer's, of someone the story brings in
		return false, false
	}
	if ss := Sentences(p); strings.HasSuffix(strings.TrimSpace(p), ":") && len(ss) > 0 && !inFirstPersonSingular(ss[len(ss)-1]) {
		// a paragraph that ends announcing what comes next, not in the
		// speaker's "I": the writer's ("Many bloggers … keep them in our
		// thoughts. Tandra posts instructions for donating through
		// SMS:")
		return false, false
	}
	if first {
		return true, true
	}
	if reportsSaying(words) {
		return false, false // "That same day, officials said the outbreak was under control.": the writer's report of others' words
	}
	if impersonal > 0 && (pi+1 < len(r.t.Body) || unfinished(p)) && !(pi+1 < len(r.t.Body) && opensFirstPerson(r.t.Body[pi+1].Text) && r.proseAt(pi+1) && !r.headingBefore(pi+1)) {
		// a second paragraph in a row not in the first person: the
		// writer's again, unless the speaker's "I" comes back right
		// after it ("… The US achieved 4.3% annualised growth." / "I
		// want to fight tooth and nail …"), or it ends the whole text,
		// which the statement ran to (a page cut off in it may have gone
		// on with the writer's)
		return false, false
	}
	if f := lowered(firstWords(p, 3)); len(f) == 3 && (f[0] == "he" || f[0] == "she") && who.Kind == Person &&
		(f[1] == "is" && f[2] == "expected" || f[1] == "also" || f[2] == "also" || isSpeechVerb(f[1])) {
		return false, false // "He is expected to welcome …", "She also said", "He has also stopped tweeting": the writer's, of the speaker
	}
	if f0 := firstWords(p, 1); len(f0) == 1 {
		for _, m := range r.cast.mentions {
			if m.para == pi && m.at == 0 && m.opens && m.sp.Kind == Person && m.sp != who &&
				(honorifics.Has(f0[0]) || offices.Has(f0[0]) || strings.Contains(m.sp.Name, " ") && strings.HasPrefix(p, m.sp.Name)) {
				return false, false // "Sir John Mitting has been a High Court judge since 2001.": the writer's, of someone else
			}
		}
	}
	for _, m := range r.mentionsOf(pi) {
		if m.opens && m.subject && m.sp.Kind == Person && m.sp != who && strings.Contains(m.sp.Name, " ") && m.sp.Title != "" && r.firstMentioned(m) {
			return false, false // "A couple of days before the confinement started, Sierra Leonean President Enerst Bai Koroma addressed the nation": the writer's, bringing someone in
		}
	}
	office, _, _ := strings.Cut(who.Title, " of ") // (not its portfolio: "Police have to make instant decisions" in the Minister of Police's statement)
	office, _, _ = strings.Cut(office, " for ")
	name := strings.Fields(who.Name + " " + lastWord(office)) // (the office's word, not its portfolio's: "Staff from the Department of Social Protection" in the Social Protection Minister's statement)
	for _, w := range words {
		if isCap(w) && slices.Contains(name, w) && !sentenceWords.Has(w) {
			return false, false
		}
	}
	if r.reportedSpeaker(pi) != nil && (who.Kind == Person || !reportsPerson(r.reportedSpeaker(from))) {
		return false, false
	}
	return true, false
}

// reportsSaying tells words that report what someone said, told or
// says, in the active voice (not "cannot be said of").
func reportsSaying(words []string) bool {
	for k, w := range words {
		if (w == "said" || w == "says" || w == "told") && (k == 0 || !passiveAux.Has(strings.ToLower(words[k-1]))) {
			return true
		}
	}
	return false
}

// passiveAux are the forms of "be" a passive participle follows.
var passiveAux = lazy.Words(`is was are were be been being`)

// reportsPerson tells a reported speaker who is a person.
func reportsPerson(sp *Speaker) bool { return sp != nil && sp.Kind == Person }

// reportedSpeaker is the first speaker whose speech a sentence of
// paragraph pi reports, the writer's way of telling it: "The Home
// Secretary announced …" (not "sending a stark warning", nor "the
// engineers will add vital capacity"); or nil.
func (r *reader) reportedSpeaker(pi int) *Speaker {
	if pi < 0 {
		return nil
	}
	p := unbulleted(r.t.Body[pi].Text)
	for _, s := range Sentences(p) {
		if sp, _, att := r.lastSubject(s, pi, max(strings.Index(p, s), 0)); sp != nil && !strings.HasSuffix(strings.ToLower(lastWord(att)), "ing") && !modalVerb(s, lastWord(att)) {
			return sp
		}
	}
	return nil
}

// firstMentioned tells the first mention of its person in the text.
func (r *reader) firstMentioned(m mention) bool {
	for _, o := range r.cast.mentions {
		if o.sp == m.sp {
			return o.para == m.para && o.at == m.at
		}
	}
	return false
}

// listedOn tells paragraph pi to be an item of a list that a speaker's
// own sentence announced in the first person with a colon ("Included in
// my plans for next year are:"), the items short, none announcing
// another, with no heading and no marks among them.
func (r *reader) listedOn(pi int) bool {
	bulleted := true // every item from the list's first to pi is a bullet's
	for k := pi; k > 0 && pi-k < 12; k-- {
		p := strings.TrimSpace(r.t.Body[k].Text)
		if wordsIn(p) > 60 || strings.IndexFunc(p, isMark) >= 0 || r.headingBefore(k) || strings.HasSuffix(p, ":") && k < pi {
			return false
		}
		bulleted = bulleted && bulletItem(p)
		if prev := strings.TrimSpace(r.t.Body[k-1].Text); strings.HasSuffix(prev, ":") {
			ss := Sentences(prev)
			// (or a list of bullets announced as someone's: "She then
			// updated her post adding the following notes:")
			return len(ss) > 0 && (inFirstPerson(ss[len(ss)-1]) || bulleted && announcesFollowing(prev)) && strings.IndexFunc(prev, isMark) < 0
		}
	}
	return false
}

// someoneNew tells a paragraph that opens by bringing in someone
// undescribed before, whom it says something was done to or did: "A
// British man was arrested and the investigation passed to the NCA.",
// or another of those the story hears, or others: "Another lj user from
// Perm provides a long list of updates", "Other bloggers were more
// measured.".
func someoneNew(p string) bool {
	f := firstWords(p, 6)
	if plural := len(f) >= 3 && (f[0] == "Other" || f[0] == "Some" || f[0] == "Many" || f[0] == "Several"); plural || len(f) >= 3 && (f[0] == "Another" || f[0] == "One") {
		// "Another lj user from Perm kostyanus provides a long list of
		// updates", "Other bloggers were more measured.": the writer,
		// going on to the next one heard, or others
		return slices.ContainsFunc(f[1:min(len(f), 4)], func(w string) bool {
			one, s := strings.CutSuffix(w, "s")
			if !plural {
				one, s = w, true
			}
			return s && isRoleNoun(one) && !isCap(w)
		}) && !inFirstPerson(Sentence(p, 0))
	}
	if len(f) < 3 || f[0] != "A" && f[0] != "An" {
		return false
	}
	for i := 1; i < len(f)-1 && i <= 4; i++ {
		if isRoleNoun(f[i]) && !isCap(f[i]) {
			return f[i+1] == "was" || f[i+1] == "has" || f[i+1] == "had"
		}
	}
	return false
}

// agedName tells a paragraph whose first sentence gives someone's age
// after their name, as a writer brings people in and no speaker does:
// "Bosnian nationals Miodrag Ivankovic, 44, and Mile Pajic, 45, … were
// charged with …".
func agedName(p string) bool {
	parts := strings.Split(Sentence(p, 0), ", ")
	for k := 1; k+1 < len(parts); k++ {
		if w := lastWord(parts[k-1]); len(parts[k]) <= 3 && isNumber(parts[k]) && isCap(w) && !sentenceWords.Has(w) {
			return true
		}
	}
	return false
}

// pageMedia tells a paragraph that opens by pointing to the page's own
// video or pictures: "The short video shows the volunteers in action.",
// "Watch the video below."
func pageMedia(p string) bool {
	f := lowered(firstWords(p, 4))
	if len(f) >= 2 && f[0] == "watch" && (f[1] == "the" || f[1] == "our") {
		f = f[1:]
	}
	if len(f) < 3 || f[0] != "the" && f[0] != "this" && f[0] != "our" {
		return false
	}
	k := 1
	if len(f) > 3 && (f[1] == "short" || f[1] == "full" || f[1] == "following") {
		k = 2
	}
	if k+1 >= len(f) {
		return false
	}
	media, next := strings.Trim(f[k], ".,:"), strings.Trim(f[k+1], ".,:")
	return (media == "video" || media == "film" || media == "clip" || media == "photo" || media == "photos" || media == "gallery" || media == "footage") &&
		(next == "shows" || next == "below" || next == "above" || next == "features")
}

// translated tells paragraph pi going on with the block quotation that
// opens in paragraph start, as a blog roundup prints a post in another
// language and then its translation: more paragraphs in the language of
// the first, or, after them, as many in English.
func (r *reader) translated(start, pi int) bool {
	if start < 0 {
		return false
	}
	foreignRun, english := 0, 0
	for i := start; i < pi; i++ {
		switch foreign := notEnglish(r.t.Body[i].Text); {
		case foreign && english == 0:
			foreignRun++
		case foreignRun > 0 && !foreign:
			english++
		default:
			return false
		}
	}
	p := r.t.Body[pi].Text
	if foreignRun == 0 || wordsIn(p) < 8 {
		return false
	}
	if notEnglish(p) {
		return english == 0
	}
	return english < foreignRun && (r.proseAt(pi) || prose(p) || sentenceLike(p) || pi == len(r.t.Body)-1 && unfinished(p) || // (or the page stops in it; a post's translation may keep its lack of a full stop)
		sameLength(r.t.Body[start+english].Text, p)) // (or its words match the original's in number, as a translation's do: "Triste, indignado… un niño …" / "Sad, outraged… a 12 year old boy …")
}

// translatedPostOf is the one person paragraph pi-1 has as the subject
// of its sentences, when paragraph pi is in another language and the
// next is its translation: as long, and sharing a number or a name or
// speaking in the first person.
func (r *reader) translatedPostOf(pi int) *Speaker {
	if pi+1 >= len(r.t.Body) || r.headingBefore(pi) || r.headingBefore(pi+1) {
		return nil
	}
	p, next := r.t.Body[pi].Text, r.t.Body[pi+1].Text
	if !notEnglish(p) || notEnglish(next) || !sameLength(p, next) || strings.ContainsFunc(p+next, isMark) || !sharesToken(p, next) && !inFirstPerson(next) {
		return nil // (a translation shares the original's numbers and names, or speaks, as the post does, in the first person)
	}
	var who *Speaker // the one person the paragraph has as a subject ("Majcen said …, as it was clear that Smolnikar lacks …")
	for _, m := range r.mentionsOf(pi - 1) {
		if m.sp.Kind != Person || !m.subject {
			continue
		}
		if who != nil && m.sp != who {
			return nil
		}
		who = m.sp
	}
	return who
}

// sharesToken tells two paragraphs that have a number or a capitalised
// word (not the first of a sentence) in common, as a text and its
// translation have.
func sharesToken(a, b string) bool {
	tokens := func(p string) map[string]bool {
		m := map[string]bool{}
		f := strings.Fields(p)
		for i, w := range f {
			if w = strings.Trim(w, ".,;:!?()[]"); unicode.IsDigit(firstRune(w)) || i > 0 && isCap(w) && !endsSentence(f[i-1]) {
				m[w] = true
			}
		}
		return m
	}
	ta := tokens(a)
	for w := range tokens(b) {
		if ta[w] {
			return true
		}
	}
	return false
}

// sameLength tells a paragraph with about as many words as another, as a
// translation has of its original: from two thirds to one and a half
// times as many.
func sameLength(original, p string) bool {
	n, m := wordsIn(original), wordsIn(p)
	return 3*m >= 2*n && 2*m <= 3*n
}

// notEnglish tells a paragraph of eight words or more in another
// language: hardly any of its words are English's commonest, and no more
// than half of them are capitalised.
func notEnglish(p string) bool {
	n, hits, caps := 0, 0, 0
	for w := range strings.FieldsFuncSeq(p, func(r rune) bool { return !isWordRune(r) }) {
		n++
		if l := strings.ToLower(w); englishCommon.Has(l) && (l != "to" && l != "on" || n < 20) {
			hits++ // ("to" and "on" are Slavic words too, "a to su pitanja": in a paragraph of some length, not enough alone)
		}
		if unicode.IsUpper(firstRune(w)) {
			caps++
		}
	}
	return n >= 8 && hits*25 < n && 2*caps <= n // (a headline in capitals is no sentence of any language: "US Journalist's Death Highlights Profession's Danger please wait")
}

// englishCommon are English's commonest words, few of them words of the
// languages a roundup translates ("a", "no", "me" are).
var englishCommon = lazy.Words(`the and of to is in that it was for on with as are be this have from by not they we you he she
his her their will has had would said were been which there what about who when can all an or but our if its so than then
them these those more out up into just only also how very`)

// modalVerb tells a verb that follows a modal in sentence s: "will add
// vital capacity" says what something will do, not what anyone said.
func modalVerb(s, verb string) bool {
	f := strings.Fields(s)
	for i := 1; i < len(f); i++ {
		if strings.EqualFold(strings.Trim(f[i], ",.;:"), verb) {
			switch strings.ToLower(f[i-1]) {
			case "will", "would", "can", "could", "should", "may", "might", "must", "shall":
				return true
			}
		}
	}
	return false
}

// inFirstPerson tells text with a word of firstPersonWords, and
// inFirstPersonSingular one with a word of the singular ("I", "my").
func inFirstPerson(text string) bool { return hasWordOf(text, firstPersonWords) }

// withoutListenerUs is p without the "us" a verb of speech told things
// to ("Lawyer Alain Lushule … explained to us that", "told us"): the
// writer's outlet listening, no speaker's "we".
func withoutListenerUs(p string) string {
	for _, l := range []string{" to us", " told us", " tells us", " tell us", " telling us"} {
		p = strings.ReplaceAll(p, l, "")
	}
	return p
}

// thanks tells a paragraph that opens by thanking, the speaker's "I"
// understood: "Thank you to these countries for having relentlessly
// scoured the skies", "Thanks to all who came".
func thanks(p string) bool {
	f := firstWords(strings.TrimSpace(p), 2)
	return len(f) == 2 && (f[0] == "Thank" && strings.TrimRight(f[1], ",!.") == "you" || f[0] == "Thanks" && (f[1] == "to" || f[1] == "for"))
}

func inFirstPersonSingular(text string) bool { return hasWordOf(text, firstPersonSingular) }

// hasWordOf tells text with a word of set, in any case. A word of the set written with a capital inside a sentence, or all in
// capitals, is part of a name or an initialism, no one speaking of
// themselves: "Our Fish", "the US government" ("I" always has its
// capital).
func hasWordOf(text string, set *lazy.Set) bool {
	start := true // at a sentence's start
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			if strings.ContainsRune(".!?:;\"“”‘(—", r) {
				start = true
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			j += size
		}
		w := text[i:j]
		lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		if set.Has(lw) {
			named := unicode.IsUpper(firstRune(w)) && (!start || len(w) > 1 && strings.ToUpper(w) == w)
			if lw == "i" || strings.HasPrefix(lw, "i'") || !named {
				return true
			}
		}
		start = false
		i = j
	}
	return false
}

// isWordRune tells a letter or an apostrophe, which hasWordOf reads as
// part of a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }

// firstPersonSingular are a speaker's words for themselves alone.
var firstPersonSingular = lazy.Words(`i i'm i've i'd i'll me my mine myself`)

// secondPersonWords are a speaker's words for whom they speak to.
var secondPersonWords = lazy.Words(`you you're you've you'd you'll your yours yourself yourselves`)

// firstPersonWords are a speaker's words for themselves.
var firstPersonWords = lazy.Words(`i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours ourselves`)

// nearby is the latest speaker heard in paragraph pi, or else the latest
// person named in it before offset at, or else, for a quote that opens
// its paragraph, the latest speaker heard in the paragraph before.
// personHeardSince is the latest person the text has quoted in
// paragraph from or after it.
func (r *reader) personHeardSince(from int) *Speaker {
	for i := len(r.speakers) - 1; i >= 0 && r.heardIn[i] >= from; i-- {
		if r.speakers[i].Kind == Person {
			return r.speakers[i]
		}
	}
	return nil
}

// bridge tells a paragraph of the writer's that only links two
// quotations: a sentence or two, no quotation, no one named or spoken
// of ("The wētā are thriving too.", "The Ministry and its response
// partners are now deploying significant resources to respond to this
// localised detection.").
func (r *reader) bridge(pi int) bool {
	p := r.t.Body[pi].Text
	f := strings.Fields(p)
	if len(f) > 45 || strings.ContainsFunc(p, isMark) || len(sentenceStarts(p)) > 2 || honorifics.Has(f[0]) || offices.Has(f[0]) {
		return false // (nor one that opens with a title: "Mr Noel Brett Chief Executive Officer of the RSA , has made …")
	}
	// it names no one, or only as the object of a preposition: "a
	// century partnership between Rohit Sharma (57) and Shikhar Dhawan
	// (117)" is about them, not their voice
	// (but "U.S. Ambassador to Syria Tom Barrack" is a title's "to")
	return !slices.ContainsFunc(r.mentionsOf(pi), func(m mention) bool {
		head := strings.TrimRight(p[:m.at], " ")
		before := lastWord(head)
		object := objectWords.Has(before) || before == "between" || before == "and"
		return m.opens || !object || isCap(lastWord(strings.TrimRight(head[:len(head)-len(before)], " ")))
	})
}

// aboutSpeaker tells a paragraph of the writer's between two of a
// speaker's quotations that is about the speaker: its first "he" or "she"
// means them, and no one else is the subject of a sentence before it
// ("What irked the 41-year-old, however, was the fact that he had
// expected Cesar Ferrando's men to play the way they did").
func (r *reader) aboutSpeaker(pi int, sp *Speaker) bool {
	p := r.t.Body[pi].Text
	if sp.Kind != Person || len(p) > 600 || strings.ContainsFunc(p, isMark) {
		return false
	}
	at, pr := -1, ""
	for _, w := range []string{"he", "He", "she", "She"} {
		if k := wordAt(p, w); k >= 0 && (at < 0 || k < at) {
			at, pr = k, strings.ToLower(w)
		}
	}
	if at < 0 || slices.ContainsFunc(r.mentionsOf(pi), func(m mention) bool { return m.at < at && m.subject && m.sp != sp }) {
		return false
	}
	return r.pronoun(pr, pi, at) == sp
}

// mentionsOf is the mentions of paragraph para, which the cast holds in
// the order of their paragraphs.
func (r *reader) mentionsOf(para int) []mention { return paraMentions(r.cast.mentions, para) }

// paraMentions is the mentions of paragraph p among ms, which are in the
// order of their paragraphs.
func paraMentions(ms []mention, p int) []mention { return mentionsBetween(ms, p, p+1) }

// mentionsBetween is the mentions of paragraphs from to to (not to) among
// ms, which are in the order of their paragraphs.
func mentionsBetween(ms []mention, from, to int) []mention {
	lo := sort.Search(len(ms), func(i int) bool { return ms[i].para >= from })
	hi := sort.Search(len(ms), func(i int) bool { return ms[i].para >= to })
	return ms[lo:max(lo, hi)]
}

// reportedBefore is the person the paragraph before pi reports as
// speaking, by name, in its last sentence, and the words that say so:
// "Health Minister Simon Harris today welcomed the Government approval
// …, saying that it would allow …".
func (r *reader) reportedBefore(pi int) (*Speaker, string) {
	if pi == 0 {
		return nil, ""
	}
	prev := r.t.Body[pi-1].Text
	if strings.ContainsFunc(prev, isMark) || !endsSentence(strings.TrimSpace(prev)) {
		return nil, ""
	}
	s0, _ := sentenceAt(sentenceStarts(prev), len(prev)-1, len(prev))
	sp, via, att := r.lastSubject(prev[s0:], pi-1, s0)
	if sp == nil || via != ByName || sp.Kind != Person {
		return nil, ""
	}
	return sp, att
}

// reportedAgain is the person whose words printed without marks an
// earlier paragraph, after a colon, gave, when a sentence of paragraph pi-1
// reports them again as its subject, by name or by a pronoun ("Mr Howlin
// congratulated …. He also extended his congratulations …"), with no
// words in marks: the words in the first person that follow are theirs.
func (r *reader) reportedAgain(pi int) (*Speaker, Via, string) {
	if pi == 0 {
		return nil, 0, ""
	}
	prev := r.t.Body[pi-1].Text
	if strings.ContainsFunc(prev, isMark) || !endsSentence(strings.TrimSpace(prev)) {
		return nil, 0, ""
	}
	starts := sentenceStarts(prev)
	for k := len(starts) - 1; k >= 0; k-- {
		end := len(prev)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		sentence := strings.TrimSpace(prev[starts[k]:end])
		sp, via, att := r.lastSubject(sentence, pi-1, starts[k])
		if sp == nil {
			sp, via = r.resolve(leadingSubject(sentence), pi-1, starts[k])
			att = sentence
		}
		if sp == nil || sp.Kind != Person || via != ByName && via != ByPronoun {
			continue
		}
		if slices.ContainsFunc(r.out, func(q Quote) bool { return q.Unmarked && q.Speaker == sp && q.Via == ByName && q.Para < pi-1 }) {
			return sp, via, att
		}
		return nil, 0, ""
	}
	return nil, 0, ""
}

func (r *reader) nearby(pi, at int) *Speaker {
	if n := len(r.speakers); n > 0 && r.heardIn[n-1] == pi {
		if sp := r.introducedSince(pi, at, r.speakers[n-1]); sp != nil {
			return sp
		}
		return r.speakers[n-1]
	}
	for i := len(r.cast.mentions) - 1; i >= 0; i-- {
		m := r.cast.mentions[i]
		if m.para == pi && m.at < at {
			return m.sp
		}
		if m.para < pi {
			break
		}
	}
	// "Reath says she lost her home.\n“We need food.”": the speaker of
	// the paragraph before, when the quote opens its own
	if n := len(r.speakers); n > 0 && r.heardIn[n-1] == pi-1 && at == 0 {
		return r.speakers[n-1]
	}
	// "An Australian mother vacationing in Phuket watched the wave
	// swallow her son.\n“He was calling me. …”": someone the sentence
	// before brings in, described and not named, whose words follow
	if at == 0 && pi > 0 {
		prev := r.t.Body[pi-1].Text
		if np := leadingSubject(prev); len(sentenceStarts(prev)) == 1 && !strings.ContainsFunc(prev, isMark) &&
			(strings.HasPrefix(np, "A ") || strings.HasPrefix(np, "An ")) && isRoleNoun(strings.ToLower(lastWord(np))) {
			if sp, _ := r.resolve(np, pi-1, 0); sp != nil && sp.Kind == Unnamed {
				return sp
			}
		}
	}
	// "“… hatch right on time.”\nThen it’s a waiting game.\n“I guess
	// …”": or of the one before that, when the writer's words between
	// are a short bridge that names no one
	if n := len(r.speakers); n > 0 && r.heardIn[n-1] == pi-2 && at == 0 && (r.bridge(pi-1) || r.aboutSpeaker(pi-1, r.speakers[n-1])) {
		return r.speakers[n-1]
	}
	// "Tamara Nelsen is the Senior Director of Commodities …\n“The
	// numbers …”": broadcast copy names the voice, then plays it; a
	// sentence of the paragraph before opens with the person, perhaps
	// after an opening phrase ("For her part, Secretary Rice defended the
	// plan."), and no one spoke in it
	if at == 0 && pi > 0 && (len(r.speakers) == 0 || r.heardIn[len(r.speakers)-1] < pi-1) {
		for i := len(r.cast.mentions) - 1; i >= 0; i-- {
			m := r.cast.mentions[i]
			if m.para < pi-1 {
				break
			}
			if m.para == pi-1 && (m.opens || r.nameLine(m)) {
				return m.sp
			}
		}
		// or opens with "he" or "she" for the person, or "his" or
		// "her": "Jody Thomas … testified.\nShe cast doubt on …\n“There
		// is …,” T", "Her impromptu protest was intended as a message.\n“I
		// feel like you're not listening …”"
		// (or its last sentence does, after a "But": "England skipper
		// Heather Knight sounded pleased. But she reflected on one area
		// …" / "“It was a nail-biter …”")
		prev := r.t.Body[pi-1].Text
		last := 0
		if st := sentenceStarts(prev); len(st) > 0 {
			last = st[len(st)-1]
		}
		for _, at := range []int{0, last} {
			f := firstWords(prev[at:], 2)
			if len(f) == 2 && (f[0] == "But" || f[0] == "And" || f[0] == "So") && at > 0 {
				f = []string{capitalised(f[1])}
			}
			if _, rest, ok := strings.Cut(prev[at:], ", "); ok && at == last && len(f) > 0 && (subordinators.Has(strings.ToLower(f[0])) || framePreps.Has(strings.ToLower(f[0]))) {
				f = firstWords(capitalised(rest), 1) // "When he tested positive, he was taken to Monrovia …": after an opening clause
			}
			if len(f) == 0 {
				continue
			}
			if subj := subjectPronoun(f[0]); subj != "" {
				if sp := r.pronoun(subj, pi-1, at); sp != nil && sp.Kind == Person {
					return sp
				}
			}
		}
	}
	// "In an interview with Horizon Magazine, the Commissioner reflects
	// on … ‘…’": a sentence of the paragraph before the quote opens with
	// a description of someone the text has named
	if text := r.t.Body[pi].Text; at > 0 && at <= len(text) {
		starts := sentenceStarts(text)
		s0, _ := sentenceAt(starts, at-1, len(text))
		if strings.TrimSpace(text[s0:at]) == "" && s0 > 0 {
			s0, _ = sentenceAt(starts, s0-1, len(text))
		}
		if np := leadingSubject(text[s0:at]); strings.HasPrefix(np, "the ") && isRoleNoun(strings.ToLower(lastWord(np))) {
			if sp := r.byRole(lastWord(np), pi, s0); sp != nil {
				return sp
			}
		}
	}
	return nil
}

// introducedSince is the person the sentence right before offset at of
// paragraph pi opens with, when heard, the speaker last heard in the
// paragraph, is not named in it or after it: "The website AirHistory.org.uk
// says India received 60 of the aircraft. … Janice Black is the director
// of Britain’s Historic Aircraft Collection. “Sadly, …”" — the person
// introduced, then the quote, as broadcast copy runs; otherwise nil.
func (r *reader) introducedSince(pi, at int, heard *Speaker) *Speaker {
	text := r.t.Body[pi].Text
	if at <= 0 || at > len(text) {
		return nil
	}
	starts := sentenceStarts(text)
	s0, _ := sentenceAt(starts, at-1, len(text))
	if prev := strings.TrimSpace(text[s0:at]); prev == "" || !strings.ContainsRune(".!?", lastRune(prev)) || strings.ContainsFunc(prev, isMark) {
		return nil // (the quote opens a sentence, after one that quotes no one)
	}
	var opener *Speaker
	for _, m := range r.mentionsOf(pi) {
		switch {
		case m.at >= at:
		case m.sp == heard && m.at >= s0:
			return nil // the one heard, named again in the sentence
		case m.at >= s0 && (m.opens || m.subject) && m.sp.Kind == Person && opener == nil: // (or the first name in it: "But for Amarys Herndon, the love for making tasty food started much earlier.")
			opener = m.sp
		}
	}
	return opener
}

// nameLine tells a mention that ends a short line naming no one else,
// as broadcast copy names the voice it plays next: "CUPE
// representative, Belleville’s Laura Walton."
func (r *reader) nameLine(m mention) bool {
	p := strings.TrimRight(strings.TrimSpace(r.t.Body[m.para].Text), ".:")
	if wordsIn(p) > 10 || !strings.HasSuffix(p, lastWord(m.sp.Name)) || strings.ContainsFunc(p, isMark) {
		return false
	}
	return !slices.ContainsFunc(r.mentionsOf(m.para), func(o mention) bool { return o.sp != m.sp && o.sp.Kind == Person })
}

// attributedAfter tells whether the quote at span has an attribution of
// its own right after it ("…,” said X").
func (r *reader) attributedAfter(text string, starts []int, span span, pi int) bool {
	return r.speakerAfter(text, starts, span, pi) != nil
}

// speakerAfter is whom the attribution right after the quote at span
// names, if any.
func (r *reader) speakerAfter(text string, starts []int, span span, pi int) *Speaker {
	who, _, _ := r.attributionRightAfter(text, starts, span, pi)
	return who
}

// attributionRightAfter reads the attribution right after the quote at
// span of paragraph pi, up to its sentence's end or the next mark:
// whom it names, how, and its words.
func (r *reader) attributionRightAfter(text string, starts []int, span span, pi int) (*Speaker, Via, string) {
	_, endE := sentenceAt(starts, max(span.close-1, 0), len(text))
	after := text[span.close:max(endE, span.close)]
	if i := strings.IndexFunc(after, isMark); i >= 0 {
		after = after[:i]
	}
	return r.attributionAfter(after, lastRune(strings.TrimSpace(text[span.start:span.end])), pi, span.close)
}

// otherSpeaker tells whether the quote at span is attributed to someone
// other than sp right after it: then a paragraph that opens with it is a
// new quote even though the last one was left open (a missing mark).
func (r *reader) otherSpeaker(text string, starts []int, span span, sp *Speaker, pi int) bool {
	who := r.speakerAfter(text, starts, span, pi)
	return who != nil && who != sp
}

// wordsIn counts the words of s.
// wordsIn counts words as the core's quote check splits them (speech.Words:
// runs of letters and digits, an apostrophe between two of them inside
// the word), so that "said U.S. Secretary Gina M. Raimondo" is the eight
// words check skips, not six.
func wordsIn(s string) int {
	n, in := 0, false
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !in {
				n++
			}
			in = true
		case in && (r == '\'' || r == '’'):
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			in = unicode.IsLetter(next) || unicode.IsDigit(next)
		default:
			in = false
		}
	}
	return n
}

// closerAhead is whom a quotation left open at the end of paragraph pi is
// attributed to where it closes: the paragraphs after it each open with
// a mark, those before the last left open too, and the last closes it
// and says who spoke ("“A.", "“B.", "“C,” Senator Sadiq Umar said.", or
// "he said" of the person heard or named before the first).
func (r *reader) closerAhead(pi, at int, spans [][]span) (*Speaker, string) {
	for k := pi + 1; k < len(r.t.Body) && k <= pi+runReach; k++ {
		sp, text := spans[k], r.t.Body[k].Text
		if len(sp) == 0 || !bulletOnly(text[:sp[0].open]) {
			return nil, ""
		}
		if sp[0].unclosed {
			if len(sp) > 1 {
				return nil, ""
			}
			continue
		}
		who, via, att := r.attributionRightAfter(text, sentenceStarts(text), sp[0], k)
		if who == nil || via == Nearby {
			return nil, ""
		}
		if w := strings.ToLower(strings.Join(firstWords(att, 1), "")); via == ByPronoun && (w == "he" || w == "she") {
			// the pronoun of the paragraph that closes the quotation
			// goes back to whoever the text was about where it opened
			who = r.pronoun(w, pi, at)
		}
		return who, att
	}
	return nil, ""
}

// runReach is how many paragraphs on closerAhead looks for where a
// quotation closes: statements printed this way run to ten paragraphs and
// more, and a bound keeps a text of a thousand open paragraphs linear.
const runReach = 12

// openAtEnd tells whether paragraph pi ends inside a quotation.
func (r *reader) openAtEnd(pi int, spans [][]span) bool {
	sp := spans[pi]
	return len(sp) > 0 && sp[len(sp)-1].unclosed
}

// reopenedAt is the paragraph after pi, at most two on, that opens a
// quotation with a mark and closes it, attributed to no one, when the
// paragraphs from pi to it are prose without marks that name no one, one
// of them at least in the first person: the speaker's, whose quotation
// the paragraph before pi left open and the copy printed on without its
// marks. It is -1 when there is none.
func (r *reader) reopenedAt(pi int, spans [][]span) int {
	voiced := false // a paragraph between is in the first person, the speaker's
	for k := pi; k < len(r.t.Body) && k <= pi+2; k++ {
		text := r.t.Body[k].Text
		if end := strings.TrimRight(text, ".,;:!? "); len(spans[k]) == 0 && k > pi && end != "" && isCloseMark(lastRune(end)) && !strings.ContainsFunc(end[:len(end)-utf8.RuneLen(lastRune(end))], isMark) &&
			(voiced || inFirstPerson(text)) && len(r.mentionsOf(k)) == 0 {
			return k // a paragraph that only closes it: "… the funds and stability they need to move forward.”"
		}
		if len(spans[k]) == 0 {
			if wordsIn(text) < 4 || !sentenceLike(text) || slices.ContainsFunc(r.mentionsOf(k), func(m mention) bool { return m.sp.Kind == Person }) {
				return -1
			}
			voiced = voiced || inFirstPerson(text)
			continue
		}
		first, lastSpan := spans[k][0], spans[k][len(spans[k])-1]
		if k == pi || !voiced || strings.TrimSpace(text[:first.open]) != "" || lastSpan.unclosed || strings.Trim(text[lastSpan.close:], " .") != "" {
			return -1
		}
		return k
	}
	return -1
}

// openToCut tells a quotation left open before paragraph pi that runs to
// where the copy stops: every paragraph from pi on is prose printed
// without marks that names no person and no heading parts, and the last
// one breaks off; one of them at least is in the first person, unless
// the quotation is a statement the text announced ("Waters made the
// following statement:").
func (r *reader) openToCut(pi int, spans [][]span, statement bool) bool {
	body := r.t.Body
	if !unfinished(body[len(body)-1].Text) {
		return false
	}
	voiced := false // (one of them in the speaker's own voice: "We have been laying the foundations …")
	for k := pi; k < len(body); k++ {
		if len(spans[k]) > 0 || strings.ContainsFunc(body[k].Text, isMark) || wordsIn(body[k].Text) < 4 || r.headingBefore(k) ||
			slices.ContainsFunc(r.mentionsOf(k), func(m mention) bool { return m.sp.Kind == Person }) {
			return false
		}
		voiced = voiced || inFirstPerson(body[k].Text)
	}
	return voiced || statement
}

// cutOff tells a quotation the text stops inside from one merely left
// unclosed: it does not end a sentence, or ends in a broken word.
func cutOff(s string) bool {
	s = strings.TrimSpace(s)
	if t := strings.TrimRight(s, "?"); len(s)-len(t) >= 2 && unicode.IsLetter(lastRune(t)) {
		return true // "In the previous 14 occasions we??": a character the copy broke ("We???ve"), cut inside
	}
	return s == "" || !stopRune(lastRune(s))
}

func allCapitalised(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	for _, w := range f {
		w = strings.TrimFunc(w, unicode.IsPunct)
		if w != "" && !isCap(w) && !particles.Has(w) && w != "of" && w != "the" && w != "and" {
			return false
		}
	}
	return true
}

// agentAfter finds who said a phrase in marks that a verb in the passive
// calls something, by the agent after it: "described at the time as a
// “bloody champion” by one mate" is the mate's. before is the writer's
// words before the opening mark, after those after the closing one.
func (r *reader) agentAfter(before, after string, pi, at int) (*Speaker, string) {
	if credit, ok := strings.CutPrefix(strings.TrimLeft(after, ",”\"’' "), "("); ok {
		// "called “the first great horror movie of the year” (Eric
		// Kohn, Indiewire)": a critic's words, credited in brackets
		credit, _, _ = strings.Cut(credit, ")")
		name, _, _ := strings.Cut(credit, ",")
		if np, ok := parseRun(strings.Fields(name)); ok && !np.org && len(name) < 60 && countFields(np.name) >= 2 && np.name == strings.TrimSpace(name) {
			if sp, _ := r.resolve(np.name, pi, at); sp != nil && sp.Kind == Person {
				return sp, "(" + credit + ")"
			}
		}
		return nil, ""
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(after, ",”\"’' "), "by ")
	if !ok {
		return nil, ""
	}
	f := lastFields(before, 8)
	k := slices.IndexFunc(f, func(w string) bool { return passiveNamers.Has(strings.ToLower(w)) })
	if k < 0 || !slices.ContainsFunc(f[k:], func(w string) bool { return w == "as" }) {
		return nil, ""
	}
	np := npAfter(rest)
	if np == "" {
		return nil, ""
	}
	sp, _ := r.resolve(np, pi, at)
	if sp == nil {
		return nil, ""
	}
	return sp, strings.Join(f[k:], " ") + " … by " + np
}

// passiveNamers call something what a phrase in marks says, in the
// passive with its agent after: "was described as “…” by".
var passiveNamers = lazy.Words(`described labelled labeled branded dubbed hailed termed characterised characterized denounced criticised criticized condemned`)

// nameSlot tells the words before a quotation in capitals that make it a
// name, not words said: whom something was told or where it was heard,
// "told “Hello VOA”", "a guest on “Hello VOA.”".
func nameSlot(before string) bool {
	w := strings.ToLower(lastWord(strings.TrimSpace(before)))
	return listenerVerbs.Has(w) || w == "on" || w == "to" || w == "in" || w == "of" || w == "from"
}

// properAdjective tells one word made of a proper name and a word in
// small letters after a hyphen, a description rather than a name:
// "Soviet-style", "Nazi-era", "Trump-like".
func properAdjective(s string) bool {
	w := strings.TrimFunc(strings.TrimSpace(s), unicode.IsPunct)
	i := strings.LastIndexByte(w, '-')
	return i > 0 && !strings.ContainsAny(w, " ") && i+1 < len(w) && !strings.ContainsFunc(w[i+1:], func(r rune) bool { return !unicode.IsLower(r) })
}

// namesThing tells a few words in marks that name a thing in the
// writer's sentence rather than report anyone's words: inside a noun
// phrase, after an article and a word that describes, before the noun,
// "the tremendous “soft power” impact", "the anti-government “yellow
// vest” rallies". (Right after the article they may be words said: "an
// “emerging” leader", "the “immediate area”".) So do words in marks
// after a count or "such", before a word of the sentence: "over 370
// “jackal horns” seized", "the lack of such “open access” rules".
func namesThing(before, after string) bool {
	f := lowered(lastFields(before, 4))
	n := len(f)
	article := func(w string) bool { return w == "the" || w == "a" || w == "an" } // (not "said that “it’s hard” avoid")
	counted := n > 0 && (isNumber(f[n-1]) || f[n-1] == "such")
	next, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	next = strings.TrimRight(next, ".,;:!?")
	if n > 0 && (article(f[n-1]) || possessives.Has(f[n-1])) && strings.HasPrefix(after, " ") && schemeNouns.Has(strings.TrimSuffix(next, "s")) {
		return true // "through its “urban livelihoods” program", "a “clean finger” campaign": the name of what it is
	}
	if !counted && (n < 2 || !article(f[n-2]) || article(f[n-1]) || makeToken(f[n-1], 0).possessive) || !strings.HasPrefix(after, " ") ||
		slices.ContainsFunc(f[max(n-4, 0):], func(w string) bool {
			return w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been"
		}) {
		return false // (but "this is the government's “second significant error” affecting": what it is, said)
	}
	return next != "" && unicode.IsLower(firstRune(next)) && !strings.ContainsAny(next, "“”\"") &&
		!sentenceWords.Has(next) && !notThingNouns.Has(next) && (counted || !isSpeechVerb(next)) // ("the “yellow vest” protests" reads as a verb of speech; "such “open access” rules" is a noun there)
}

// workTitle tells a clause that ends with the title of a work, named by
// its kind: "starring in the 2000 tv series Dark Angel" (a title is no
// one who speaks).
func workTitle(clause string) bool {
	np := npBefore(clause)
	before := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(clause), np))
	return np != "" && workNouns.Has(strings.ToLower(lastWord(before)))
}

// workNouns name kinds of works, whose titles follow them, and
// blogNouns the kinds of pages a writer keeps: "the blog The Jinny Show".
var (
	workNouns = lazy.Words(`series show film movie album song single book novel play musical documentary podcast programme program sitcom drama opera`)
	blogNouns = lazy.Words(`blog weblog vlog website`)
)

// schemeNouns name an undertaking whose own name a phrase in marks before
// them may be: "its “urban livelihoods” program".
var schemeNouns = lazy.Words(`program programme project initiative campaign scheme plan policy strategy operation movement drive`)

// notThingNouns follow a phrase in marks without making it a name: "the
// “right thing” to do", "a “disaster” and a shame".
var notThingNouns = lazy.Words(`and or but nor to for in on at with as of from by that which who whom whose when while because
after before over about is was were are be been has have had will would could should may might can not than then so if
into onto upon since until unless though although whereas where why how`)

// oneWord tells a quote of one word, said once or over again ("Wake.
// Wake."), but not called out again and again as a chant ("Death!
// Death!").
func oneWord(parts []string) bool {
	var first string
	same, n := true, 0
	eachWord(parts, func(w string) bool {
		w = strings.TrimFunc(w, unicode.IsPunct)
		switch {
		case w == "":
		case first == "":
			first, n = w, 1
		case !strings.EqualFold(w, first):
			same = false
		default:
			n++
		}
		return same
	})
	return same && !(n >= 2 && slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, "!") }))
}

// termInMarks tells a word in marks that the writer sets off as a term
// rather than as what someone said: glossed in brackets ("MDMA
// (“ecstasy”)", "her “kuffar” (non-Muslim) parents") or named as a
// term ("the temporary designation “2019-nCoV”", "the issue of
// “packing” the court") or glossed ("which means “lash”"). before and
// after are the sentence's words on either side of it.
func termInMarks(before, after string) bool {
	b := strings.TrimSpace(before)
	if strings.HasSuffix(b, "(") || strings.HasPrefix(strings.TrimSpace(strings.TrimLeft(after, ".,;:")), "(") {
		return true
	}
	f := lowered(lastFields(b, 2))
	if n := len(f); n > 0 {
		if termNouns.Has(f[n-1]) || n > 1 && f[n-1] == "of" && termNouns.Has(f[n-2]) || f[n-1] == "means" || f[n-1] == "meaning" {
			return true // (or glossed: "Hagupit – which means “lash” in Filipino")
		}
	}
	return false
}

// termNouns name a word as a term: "the designation “2019-nCoV”", "the
// issue of “packing”".
var termNouns = lazy.Words(`term terms word words phrase name designation label slogan hashtag motto
issue concept practice notion idea`)

// eachWord calls f with each word of parts, in order, until f returns
// false.
func eachWord(parts []string, f func(string) bool) {
	for _, p := range parts {
		for p != "" {
			p = strings.TrimLeft(p, " ")
			w, rest, _ := strings.Cut(p, " ")
			if w != "" && !f(w) {
				return
			}
			p = rest
		}
	}
}

// titleCased tells the title of a work, a rule or a story set in marks
// ("Show Restraint in Ferguson", "Revisions in the WIC Food Packages."):
// every word capitalised but the short words of a title, three
// capitalised words or more, or two in a phrase inside the writer's
// sentence ("organised by the “Mothers for Peace” movement").
func titleCased(parts []string, partial bool) bool {
	caps, numbers := 0, 0
	eachWord(parts, func(w string) bool {
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '&' })
		switch {
		case isNumber(w):
			numbers++
		case w == "" || w == "&":
		case isCap(w):
			caps++
		case !titleSmallWords.Has(w) && !particles.Has(w):
			caps = -1
			return false
		}
		return true
	})
	return caps >= 3 || partial && (caps == 2 || caps == 1 && numbers > 0) // ("Towards 2010", "Vision 2030": a plan's name)
}

// saidAfter tells a quotation in title case that is words said all the
// same: a whole sentence its speaker follows, “Rest in Peace Mama
// Africa,” says Susan (not a title a writer names: "the film “Bright
// Lights”").
func saidAfter(q Quote, attribution string) bool {
	f := strings.Fields(attribution)
	return !q.Partial && len(q.Parts) > 0 && strings.HasSuffix(strings.TrimSpace(q.Parts[len(q.Parts)-1]), ",") &&
		len(f) >= 2 && isSpeechVerb(strings.ToLower(f[0])) && isCap(f[1]) // (not "“Health Journalism in Africa,” said that")
}

// namesInMarks tells a clause whose every quotation is a name a naming
// verb gives: "Zeinobia expressed her anger in a post titled “What If
// She Were A Lesbian“, and said" quotes no one's words.
func namesInMarks(clause string) bool {
	sp := findSpans(clause)
	return len(sp) > 0 && !slices.ContainsFunc(sp, func(s span) bool {
		return s.open == 0 || !namingVerbs.Has(strings.ToLower(lastWord(strings.TrimSpace(clause[:s.open])))) || !titleCased([]string{clause[s.start:s.end]}, true)
	})
}

// namingVerbs give a name, not words said, when a title in marks follows
// them: "an art exhibit called “Revealing Culture.”".
var namingVerbs = lazy.Words(`called named titled entitled dubbed`)

// titleSmallWords are the words a title keeps in lower case.
var titleSmallWords = lazy.Words(`a an and as at but by for from in into nor of on or over the to with vs`)

// isPartial tells a phrase quoted inside the writer's sentence from a
// quoted sentence: it starts in lower case, or the sentence runs into it
// without the colon, comma or speech verb that introduces a quotation.
func isPartial(text, before string) bool {
	if unicode.IsLower(firstRune(text)) {
		return true
	}
	b := strings.TrimSpace(before)
	if !strings.ContainsFunc(b, unicode.IsLetter) {
		return false // nothing, or a stray mark
	}
	switch lastRune(b) {
	case ':', ',', '—', '–', '-':
		return false
	}
	lw := strings.ToLower(strings.Trim(lastWord(b), ",.;:"))
	if isSpeechVerb(lw) || lw == "that" || lw == "saying" || lw == "read" || lw == "reads" {
		return false // ("the statement read “…”")
	}
	// a whole sentence after a verb of speech and its listener or time:
	// "told the court “Basic checks were not done.”"
	if t := strings.TrimSpace(text); unicode.IsUpper(firstRune(t)) && strings.ContainsRune(".?!", lastRune(strings.TrimRight(t, "”\"'’"))) {
		f := strings.Fields(strings.ToLower(b))
		for _, w := range f[max(len(f)-4, 0):] {
			if isSpeechVerb(strings.Trim(w, ",.;:")) {
				return false
			}
		}
	}
	return true
}

// continuing tells an attribution that carries a quote on ("Dittmar
// went on to add", "she added", "he continued") from one that brings a
// new one ("Charles told the Daily Mail").
func continuing(gap string) bool {
	g := strings.ToLower(gap)
	for _, w := range []string{"add", "continu", "went on", "further", "also"} {
		if strings.Contains(g, w) {
			return true
		}
	}
	return false
}

// continuesAfter tells whether the quotation goes on after gap: the part
// before it broke off at a comma ("“A,” she said, “b…”", "“A”, X said.
// “B.”"), or the gap is empty, or an attribution that is a sentence of
// its own stands between two of the speaker's sentences ("“We did it!”
// Thiam said. “I felt …”"). A part that ends its sentence before an
// attribution that goes on to the next ("“A.” X remarked, “B.”") leaves
// the gap to introduce the next quote.
func continuesAfter(part, gap string) bool {
	g := strings.TrimSpace(gap)
	if g == "" {
		return true
	}
	end := lastRune(strings.TrimSpace(part))
	return end == ',' || end == '—' || end == '–' || firstRune(g) == ',' || !strings.ContainsRune(".?!…", end) && unicode.IsLower(firstRune(g)) ||
		strings.ContainsRune(".?!", end) && strings.HasSuffix(g, ".") ||
		unicode.IsLetter(end) && unicode.IsUpper(firstRune(strings.TrimSpace(part))) && wordsIn(part) >= 3 // "“It’s hard to say what could happen” Auriemma said. “…”": a sentence whose comma was left out
}

// beForms are the forms of "be" a sentence goes on with after a quoted
// name.
var beForms = lazy.Words(`is was are were`)

// afterEndingPhrase is what follows a phrase of place or time that ends
// the quoted sentence in the writer's words, set off by a comma: in
// "“… after Tropical Storm Allison” in 2001, Walter said, “…”", the
// words from "Walter". Without such a phrase it is g.
func afterEndingPhrase(g string) string {
	t := strings.TrimSpace(g)
	first, _, _ := strings.Cut(t, " ")
	phrase, rest, ok := strings.Cut(t, ", ")
	if !ok || first != "in" && first != "on" && first != "at" && first != "since" || countFields(phrase) > 4 || strings.ContainsFunc(phrase, isMark) {
		return g
	}
	return rest
}

// isAttributionOnly tells whether the words between two quotations only
// attribute them ("…,” Barton says. “…"): a short clause with a speech
// verb, or nothing at all.
func isAttributionOnly(gap string) bool {
	g := strings.TrimSpace(gap)
	if g == "" {
		return true
	}
	g = strings.TrimLeft(g, ",;—– ")
	f := strings.Fields(g)
	if len(f) == 0 {
		return true
	}
	if lw := strings.ToLower(f[0]); unicode.IsLower(firstRune(f[0])) && !isSpeechVerb(lw) && !pronouns.Has(lw) && !determiners.Has(lw) && !auxiliaries.Has(lw) && !titledName(f) {
		if rest := afterEndingPhrase(g); rest != g {
			return isAttributionOnly(rest)
		}
		return false // "and denied…", "by pleading…": the writer's sentence goes on
	}
	if len(f) > 22 {
		return false
	}
	if len(f) > 1 && beForms.Has(strings.ToLower(f[0])) && !isSpeechVerb(strings.ToLower(f[1])) {
		// "Typhoon Rai, locally named “Odette,” is particularly strong,
		// with the agency warning of “…”": what the quoted word names
		// is, not who said it
		return false
	}
	verbs := 0
	for i, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if i == len(f)-1 && i > 0 && strings.HasSuffix(f[i-1], ",") && strings.HasSuffix(lw, "ing") {
			continue // how it was said: "Evans said, laughing."
		}
		if speechVerbBefore(lw, wordAfter(f, i)) || afterQuoteVerbs.Has(lw) { // (not "who hails from the municipality": where the speaker is from)
			verbs++
		}
	}
	if verbs != 1 || (strings.Contains(g+" ", ", who ") || strings.Contains(g+" ", ", which ")) && !strings.HasSuffix(g, ".") {
		// a relative clause says more than who spoke, even one that the
		// next quotation ends: ", who “pledged …”" (but one the writer
		// ends with a full stop says only who the speaker is: "said Sgt.
		// Lauren Hroblak, who was on her first relief mission. “…”")
		return false
	}
	// one sentence at most: the attribution's own full stop may end it
	inner := strings.TrimRight(g, ".,:; ")
	return !strings.ContainsAny(inner, "?!") && len(sentenceStarts(inner)) == 1
}

// titledName tells words that open with a role in small letters and
// then a name: "spokeswoman Rozanne Weissman said", "police spokesman
// John Lee said".
func titledName(f []string) bool {
	k := slices.IndexFunc(f, func(w string) bool { return !unicode.IsLower(firstRune(w)) })
	return k > 0 && k <= 3 && k+1 < len(f) && isRoleNoun(strings.Trim(f[k-1], ",")) && !strings.HasSuffix(f[k-1], ",") && isCap(f[k]) && isCap(strings.Trim(f[k+1], ","))
}

// attributionAfter reads "…,” said X" / "…,” X said" / "…,” she added"
// after a quote. After a quote that closes a sentence ("….”), only a
// short attribution sentence counts ("Smith said."), since a longer one
// is the writer's next sentence.
func (r *reader) attributionAfter(after string, closedWith rune, pi, at int) (*Speaker, Via, string) {
	after = head(after, 2*window)
	if sp := r.dashAttribution(after); sp != nil {
		return sp, ByName, strings.TrimSpace(after)
	}
	if signature(after, closedWith) {
		// "‘It would take a painful economic event …’ Orphe Divounguy,
		// senior economist at Zillow": a pull quote signed without a dash
		if sp := r.signedBy(after); sp != nil {
			return sp, ByName, strings.TrimSpace(after)
		}
	}
	if strings.HasPrefix(strings.TrimSpace(after), ";") {
		return nil, 0, "" // "… to ‘do it in a smart way’; Liberman calls for …": a clause of its own
	}
	orig := strings.TrimLeft(strings.TrimSpace(after), ",;—– ")
	if orig == "" {
		return nil, 0, ""
	}
	if i := strings.Index(orig, ", "); i > 0 && !strings.HasPrefix(strings.TrimSpace(after), ",") && unicode.IsLower(firstRune(orig)) && countFields(orig[:i]) <= 6 &&
		!strings.ContainsFunc(orig[:i], isMark) && !strings.ContainsAny(orig[:i], ".;:!?") {
		// "“[The building] is well worth the designation” as a historical
		// landmark, states Tim Tielman": a few words that finish the
		// writer's sentence, then the attribution
		if f := firstWords(orig[i+2:], 1); len(f) == 1 && isSpeechVerb(strings.ToLower(f[0])) {
			if sp, via, att := r.attributionAfter(orig[i:], closedWith, pi, at); sp != nil {
				return sp, via, att
			}
		}
	}
	if c, _, _ := strings.Cut(orig, ". "); strings.HasSuffix(strings.TrimSuffix(strings.TrimSpace(c), "."), " as saying") && !strings.ContainsFunc(c, isMark) {
		// "“…,” News 7 reported Superintendent Jody Nobbs as saying.":
		// whom the outlet quotes, as before a quotation
		if sp, via, att := r.lastSubject(strings.TrimSuffix(strings.TrimSpace(c), "."), pi, at); sp != nil {
			return sp, via, att
		}
	}
	if f := firstWords(orig, 3); len(f) == 3 && (f[0] == "read" || f[0] == "reads") && statementNouns.Has(strings.Trim(f[2], ".,;")) {
		// "“…” read his statement.", "“…,” reads the letter": whose the
		// document is
		switch f[1] {
		case "his", "her":
			if sp := r.pronoun(ownerPronoun[f[1]], pi, at); sp != nil {
				return sp, ByPronoun, strings.Join(f, " ")
			}
		case "the", "a", "their", "its":
			doc := f[1] + " " + strings.Trim(f[2], ".,;")
			if rest := strings.TrimSpace(orig[strings.Index(orig, f[2])+len(f[2]):]); !strings.ContainsAny(f[2], ".,;") {
				// "“…,” read a statement from SAS Group": whose it is
				for _, prep := range []string{"from ", "by "} {
					if after, ok := strings.CutPrefix(rest, prep); ok {
						if np := npAfter(after); np != "" {
							doc += " " + prep + np
						}
					}
				}
			}
			if sp, via := r.statementFrom(doc, pi, at); sp != nil {
				return sp, via, strings.Join(f, " ")
			}
		}
	}
	if w, rest, ok := strings.Cut(orig, " "); ok && isNumber(w) && isCap(rest) && slices.ContainsFunc(firstWords(rest, 4), func(w string) bool { return strings.HasSuffix(w, ",") }) {
		orig = rest // "“…,” 500 Programme Director, Superintendent Kelly Ryan says": a number in a programme's name
	}
	a := blankHometowns(blankQualifications(blankPartyStates(orig))) // "Congressman Eliot Engel (D-NY) said" reads as "Congressman Eliot Engel said"
	toks := tokenize(a, 0)
	// a name and what it is set off between commas may be long before
	// the verb: "Om Yentieng, an adviser to Prime Minister Hun Sen and
	// the head of the government's human rights committee, told VOA"
	if np := responseOf(toks); np != "" {
		if sp, via := r.resolve(np, pi, at); sp != nil {
			return sp, via, strings.TrimSpace(orig[:toks[min(len(toks)-1, countFields(np)+1)].coreEnd()])
		}
	}
	setOff := len(toks) > 2 && isCap(toks[0].core) && (strings.HasSuffix(toks[1].tail, ",") || strings.HasSuffix(toks[2].tail, ",") && isCap(toks[1].core) ||
		toks[0].tail == "," && toks[1].core == "who") // ("Shimna, who lives in …, told NDTV")
	for k := 1; !setOff && k < len(toks) && k < 8 && isCap(toks[k].core) && toks[k-1].tail == ""; k++ {
		// "National Disaster Response Force Inspector Rajesh Yawale, who
		// was coordinating …, told": a long name set off by a comma
		setOff = isCap(toks[0].core) && strings.HasSuffix(toks[k].tail, ",")
	}
	verb := -1
	for i, t := range toks {
		if i > 14 && (!setOff || i > 30) {
			break
		}
		if i > 14 && !strings.HasSuffix(toks[i-1].tail, ",") {
			continue
		}
		if i > 1 && toks[i-1].core == "who" && toks[i-1].tail == "" && toks[i-2].tail == "" {
			continue // "one of the traders who spoke to GhanaWeb said": the verb of a relative clause in the subject
		}
		if w := strings.ToLower(t.core); (reportsSpeech(toks, i) || afterQuoteVerbs.Has(w) || closedWith == ',' && bareAttribution(toks, i)) && !passive(toks, i) && (!nameWord(toks, i) || i == 1 && strings.HasPrefix(t.tail, ".")) {
			// (a name and a verb in capitals that end the sentence are a
			// typing slip: "…” Cornyn Said.")
			verb = i
			break
		}
		if strings.EqualFold(t.core, "according") && i+1 < len(toks) && toks[i+1].core == "to" {
			verb = i
			break
		}
	}
	if verb < 0 {
		return nil, 0, ""
	}
	if verb == 0 && strings.HasSuffix(strings.ToLower(toks[0].core), "ing") && !strings.EqualFold(toks[0].core, "according") {
		// "“…”, adding Iran will pursue it": a participle goes on with
		// the subject of the sentence, named before the quote
		return nil, 0, ""
	}
	if closedWith == '.' || closedWith == '…' {
		if len(toks)-verb > 10 && verb > 0 && !strings.HasSuffix(toks[verb].tail, ",") {
			return nil, 0, ""
		}
	}
	// the clause ends at the sentence's end
	var sp *Speaker
	var via Via
	if verb == 0 && listenerVerbs.Has(strings.ToLower(toks[0].core)) {
		// "…, told reporters: “…”": whom it was told to, not who told it
		return nil, 0, ""
	}
	if verb == 0 || strings.EqualFold(toks[verb].core, "according") {
		// inversion: "said X", "according to X"
		rest := a[toks[verb].end:]
		if strings.EqualFold(toks[verb].core, "according") {
			rest = strings.TrimPrefix(strings.TrimSpace(rest), "to")
		}
		np := setOffName(rest, npAfter(rest))
		if i := strings.Index(rest, np); np != "" && i >= 0 && strings.HasPrefix(rest[i+len(np):], " of ") {
			// "said the father of four": how many children, which says
			// the description is of the person, not of a relative
			if w := firstWords(rest[i+len(np)+4:], 1); len(w) == 1 && countWord(strings.Trim(w[0], ".,")) {
				np += " of " + strings.Trim(w[0], ".,")
			}
		}
		if f := strings.Fields(strings.ToLower(np)); len(f) > 1 && determiners.Has(f[0]) && reportingNouns.Has(strings.Trim(f[1], ",.")) {
			// "according to a tweet on Monday by US Secretary of State
			// Mike Pompeo": whose the statement is
			c, _ := clauseToStop(rest)
			for _, by := range []string{" by ", " from "} {
				if i := strings.Index(c, by); i >= 0 {
					np = npAfter(c[i+len(by):])
					break
				}
			}
		}
		if c, _ := clauseToStop(rest); pseudonym(c) != "" {
			np = c // "said a voter who gave her name as Fona": the name she goes by
		} else if f := strings.Fields(strings.TrimRight(c, ".,;:")); len(f) > countFields(np) && len(f) <= 8 && isCap(np) && (orgRun(np) || titleOpeners.Has(f[countFields(np)])) && endsWithPerson(f) {
			// "says Salt Lake City police Lt. Melody Gray": the name the
			// clause ends with, after the place and the body it serves;
			// or after the body and a title in small letters ("said EPA
			// New England acting Region Administrator Deb Szaro")
			if name, _ := trailingNP(strings.Join(f, " ")); name != "" && isCap(name) {
				np = strings.Join(f, " ")
			}
		}
		sp, via = r.resolve(np, pi, at)
		if sp != nil && sp.Kind == Organisation {
			// "said University of California, San Diego's chancellor,
			// Pradeep Khosla": the person the organisation introduces
			if p := r.personInClause(rest, pi, at); p != nil {
				sp, via = p, ByName
			}
		}
	} else {
		if toks[verb-1].tail != "" && !strings.HasSuffix(toks[verb-1].tail, ",") {
			return nil, 0, ""
		}
		if objectRelative(toks, verb) {
			return nil, 0, "" // "“get the job done right” if the mayor, who he described as": no attribution of the words before it
		}
		if strings.HasSuffix(toks[verb-1].tail, ",") && sayVerbs.Has(strings.ToLower(toks[verb].core)) {
			// "“squeezed” the Aussies in their win tonight, says captain
			// Richie McCaw.": the sentence's words are the speaker's
			// the end of it names, after the verb
			rest := a[toks[verb].end:]
			if c, _ := clauseToStop(rest); wordsIn(c) <= 8 || wordsIn(c) <= 24 && personRunAfter(rest) {
				// (a long clause when a person's name opens it: "…, said
				// Boulder County District Attorney Michael Dougherty, a
				// Democrat, and Mesa County District Attorney Dan
				// Rubinstein, a Republican.")
				if np := setOffName(rest, npAfter(rest)); np != "" && !pronouns.Has(strings.ToLower(np)) {
					if sp, via := r.resolve(np, pi, at); sp != nil {
						return sp, via, strings.TrimSpace(a[toks[verb].start:])
					}
				}
			}
		}
		np := npBefore(a[:toks[verb].start])
		if i := strings.Index(a[:toks[verb].start], ", "); i > 0 && whenOrWhere(a[:i]) {
			// "“…” late Sunday in Goma, mayor Thimotee Muissa Kense told
			// AFP": when and where, then who
			if n := npBefore(a[i+2 : toks[verb].start]); n != "" && !pronouns.Has(strings.ToLower(n)) {
				np, a = n, strings.Repeat(" ", i+2)+a[i+2:]
			}
		}
		if head := relativeHead(a[:toks[verb].start]); head != "" {
			np = head // "one of the traders who spoke to GhanaWeb (said)"
		}
		if np == "" && placeForce(a[:toks[verb].start]) {
			np = strings.TrimSpace(a[:toks[verb].start]) // "“…,” Berlin police tweeted"
		}
		if sp, via, _ := r.relativeSubject(a[:toks[verb].coreEnd()], pi, at); sp != nil {
			// "Goodale, on behalf of Amarjeet Sohi, Minister of
			// Infrastructure, said": the name, then an aside
			return sp, via, strings.TrimSpace(orig[:toks[verb].coreEnd()])
		}
		lead, _, found := strings.Cut(strings.TrimLeft(a, "“\"‘'("), np)
		lead = withoutCoSubject(lead) // "Giants owners John Mara and (Steve Tisch said)"
		if f := strings.Fields(strings.ToLower(lead)); len(f) == 3 && determiners.Has(f[0]) && statementNouns.Has(f[1]) && (f[2] == "from" || f[2] == "by") {
			lead = "" // "an email from Ticketmaster said": whose the words are
		}
		if np == "" || !found || !titleWords(lead) && !titleAppositive(lead) {
			if name := openingPerson(a[:toks[verb].start]); name != "" && closedWith == ',' {
				// "“…,” forecaster Glaiza Escullar of the Philippine
				// Atmospheric, Geophysical and Astronomical Services
				// Administration told AFP": the person the clause opens
				// with, whatever long body follows the name
				if sp, via := r.resolve(name, pi, at); sp != nil && sp.Kind == Person {
					return sp, via, strings.TrimSpace(orig[:toks[verb].coreEnd()])
				}
			}
			return nil, 0, "" // the writer's next clause, not an attribution
		}
		if r.outletReports(np, toks[verb].core) {
			return nil, 0, "" // the sentence's subject said it
		}
		sp, via = r.resolve(np, pi, at)
	}
	if sp == nil {
		return nil, 0, ""
	}
	end := toks[verb].coreEnd()
	if verb == 0 {
		// "said Colin Clarke of the Soufan Centre": the name belongs to it
		if np := npAfter(a[end:]); np != "" {
			if i := strings.Index(a[end:], np); i >= 0 {
				end += i + len(np)
			}
		}
	}
	return sp, via, strings.TrimSpace(orig[:end])
}

// authorAfterColon reads the author that a paragraph's opening quotation
// is set before, named after a colon as the subject of the sentence that
// follows: "“Trinidad is so small …”: Attillah Springer [1] is convinced
// that …", "“We are tired”: residents of Kibera protest …".
func (r *reader) authorAfterColon(after string, pi, at int) (*Speaker, Via, string) {
	rest, ok := strings.CutPrefix(after, ":")
	if !ok {
		return nil, 0, ""
	}
	np := npAfter(rest)
	if np == "" || pronouns.Has(np) {
		return nil, 0, ""
	}
	sp, via := r.resolve(np, pi, at)
	if sp == nil {
		return nil, 0, ""
	}
	return sp, via, strings.TrimSpace(rest[:strings.Index(rest, np)+len(np)])
}

// ageSpellings are how copy writes an age after its number, the
// hyphened form first.
var ageSpellings = []string{"-year-old", " year old", "-year old", " year-old"}

// hyphenedAge writes an age that ends a description as one word, as
// most copy prints it: "the 27 year old" is "the 27-year-old".
func hyphenedAge(np string) string {
	for _, age := range ageSpellings[1:] {
		rest, ok := strings.CutSuffix(np, age)
		if !ok {
			continue
		}
		digits := len(rest) - len(strings.TrimRight(rest, "0123456789"))
		if digits == 0 || digits > 3 || digits < len(rest) && rest[len(rest)-digits-1] != ' ' {
			return np
		}
		return rest + "-year-old"
	}
	return np
}

// possessiveRole tells what someone is to a body or a person, as an
// aside after a name gives it: "Hamas’ rival", "the company's chief
// executive".
func possessiveRole(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || !unicode.IsLower(firstRune(f[len(f)-1])) {
		return false
	}
	return slices.ContainsFunc(f[:len(f)-1], func(w string) bool { return makeToken(w, 0).possessive })
}

// skipAge returns s without the age that opens it ("17-year-old Micah
// Guthrie", "17 year old Micah Guthrie"), which is no part of a name.
func skipAge(s string) string {
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if digits == 0 || digits > 3 {
		return s
	}
	for _, age := range ageSpellings {
		if rest, ok := strings.CutPrefix(s[digits:], age+" "); ok {
			return rest
		}
	}
	return s
}

// personInClause finds the name of a person set off by a comma in the
// clause that starts s (before its full stop): ", San Diego's chancellor,
// Pradeep Khosla", or after a role that follows the body's initials.
func (r *reader) personInClause(s string, pi, at int) *Speaker {
	c, _ := clauseToStop(s)
	toks := tokenize(c, 0)
	for _, run := range capRuns(toks) {
		if run.possessive || run.start() == 0 {
			continue
		}
		before := strings.TrimSpace(c[:run.start()])
		if i := strings.LastIndex(before, ") "); !strings.HasSuffix(before, ",") && !(i >= 0 && lowerWords(before[i+2:], 3) && isRoleNoun(lastWord(before))) {
			// (or the role after the body's initials in brackets: "said
			// Zimbabwe Electoral Commission (ZEC) chairwoman Priscilla
			// Chigumba")
			continue
		}
		np, ok := parseRun(run.words())
		if ok && !np.org && np.name != "" && countFields(np.name) >= 2 {
			return r.cast.person(np.name, true)
		}
	}
	return nil
}

// clauseToStop is s up to its first sentence end.
func clauseToStop(s string) (string, string) {
	for i := 0; i < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && (i+1 == len(s) || s[i+1] == ' ') && !isAbbrev(lastWord(s[:i+1])) {
			return s[:i], s[i:]
		}
	}
	return s, ""
}

// titleWords tells whether the words before a name in an attribution
// are at most a short title ("police spokesman John Doe said"), not a
// clause of the writer's.
func titleWords(lead string) bool {
	f := slices.DeleteFunc(strings.Fields(lead), func(w string) bool {
		a, ok := strings.CutPrefix(w, "(")
		a, ok2 := strings.CutSuffix(a, ")")
		return ok && ok2 && isAcronym(a) // "Aam Aadmi Party (AAP) leader": the body's initials, no word of the title
	})
	lead = strings.Join(f, " ")
	if len(f) > 4 && len(f) <= 9 && determiners.Has(strings.ToLower(f[0])) && !strings.ContainsAny(lead, ",.;:\"“”") {
		// "a spokesman of the Taliban administration (Bilal Karimi
		// said)", "a senior official with the ministry": a role, then
		// the body it serves
		for k := 1; k <= 2; k++ {
			if isRoleNoun(strings.ToLower(f[k])) && attachPreps.Has(f[k+1]) {
				return true
			}
		}
	}
	if len(f) > 4 {
		// a longer title in capitals: "1st Fleet Command's Navy
		// Information Agency head"
		// ("Birmingham City University criminology professor": a field
		// before the role)
		// ("the United Party for National Development's lawyer": a
		// body's long name after "the", and its role)
		role := isRoleNoun(strings.ToLower(f[len(f)-1]))
		named := f
		if f[0] == "the" && role {
			named = f[1:]
		}
		return len(f) <= 8 && !slices.ContainsFunc(named, func(w string) bool {
			return !isCap(w) && !isOrdinal(w) && !isRoleNoun(strings.ToLower(w)) && !titleOpeners.Has(w) && w != "of" && w != "for" &&
				!(role && unicode.IsLower(firstRune(w)) && !stopBefore.Has(w) && !isSpeechVerb(w))
		}) && !strings.ContainsAny(lead, ",.;:\"“”")
	}
	for i, w := range f {
		if w == "of" && i > 0 && (offices.Has(f[i-1]) || roleNouns.Has(strings.ToLower(f[i-1]))) {
			continue // "Commander of the police (Colonel Isaq Ali Abdulle told)"
		}
		if w == "to" && i > 0 && i+1 < len(f) && isCap(f[i+1]) && (offices.Has(f[i-1]) || roleNouns.Has(strings.ToLower(f[i-1]))) {
			continue // "AU envoy to Somalia (Maman Sidikou said)": the place the office is to
		}
		if stopBefore.Has(w) && !determiners.Has(w) || isSpeechVerb(w) || strings.ContainsAny(w, ",.;:") && !(strings.Contains(w, ".") && isAcronym(w)) { // ("U.N. envoy")
			return false
		}
	}
	return true
}

// whenOrWhere tells a short phrase of when or where something was said,
// set before the attribution: "late Sunday in Goma", "on Monday",
// "yesterday at the airport". It opens with a word of time or a
// preposition of time or place, says a time (a day, a word of time) or
// a place (a name after "in" or "at"), and holds no verb of speech and
// no mark: not "on other cases".
func whenOrWhere(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 || strings.ContainsFunc(s, isMark) || strings.ContainsAny(s, ",.;:!?") {
		return false
	}
	if !whenOpeners.Has(f[0]) && !weekdays.Has(f[0]) {
		return false
	}
	says := false
	for i, w := range f {
		l := strings.ToLower(w)
		if isSpeechVerb(l) || pronouns.Has(l) {
			return false
		}
		says = says || weekdays.Has(w) || months.Has(w) || timeNouns.Has(l) || timeWords.Has(l) && l != "on" && l != "this" && l != "that" ||
			i > 0 && (f[i-1] == "in" || f[i-1] == "at") && isCap(w)
	}
	return says
}

// whenOpeners open a phrase of when or where: "late Sunday", "on
// Monday", "in Goma".
var whenOpeners = lazy.Words(`late early on in at last this yesterday today tonight earlier later overnight during after before`)

// titleAppositive tells a long title set off before the name it
// describes: "Liberal Leader and former Environment Minister under Jean
// Chrétien, Stéphane Dion, said": a phrase with no verb of speech and no
// sentence end, ending in a comma.
func titleAppositive(lead string) bool {
	lead = strings.TrimSpace(lead)
	f := strings.Fields(lead)
	if !strings.HasSuffix(lead, ",") || len(f) > 16 || strings.ContainsAny(lead, "!?;:") {
		return false
	}
	for _, w := range f {
		if strings.HasSuffix(strings.TrimRight(w, ","), ".") && !isAbbrev(strings.TrimRight(w, ",")) {
			return false // a sentence ends: not one phrase ("the U.N.'s high commissioner" is)
		}
	}
	for _, w := range f {
		if isSpeechVerb(strings.ToLower(strings.Trim(w, ","))) {
			return false
		}
	}
	switch strings.ToLower(f[0]) {
	case "the", "a", "an":
		return true
	}
	return isCap(f[0]) || titleOpeners.Has(f[0])
}

// lineAfter is the text of the paragraph, body or heading, that follows
// body paragraph pi in the source.
func (t *Text) lineAfter(pi int) string {
	end := t.Body[pi].LineAt(len(t.Body[pi].Text))
	next, at := "", 0
	if pi+1 < len(t.Body) {
		next, at = t.Body[pi+1].Text, t.Body[pi+1].Line
	}
	i := sort.Search(len(t.Headings), func(i int) bool { return t.Headings[i].Line > end })
	if i < len(t.Headings) && (at == 0 || t.Headings[i].Line < at) {
		return t.Headings[i].Text
	}
	return next
}

// lineBefore is the line just before body paragraph pi, a heading or the
// paragraph before it, and the body paragraph before that line (-1 when
// there is none).
func (t *Text) lineBefore(pi int) (line string, k int) {
	return t.lineAboveAt(pi, t.Body[pi].Line)
}

// lineAboveAt is the line above source line ln, which is body paragraph
// pi's or a heading's between paragraph pi-1 and pi: the latest heading
// above ln that comes after paragraph pi-1, else paragraph pi-1; with the
// index of the body paragraph before it (-1 for none).
func (t *Text) lineAboveAt(pi, ln int) (line string, k int) {
	prevEnd := 0
	if pi > 0 {
		prevEnd = t.Body[pi-1].LineAt(len(t.Body[pi-1].Text))
	}
	i := sort.Search(len(t.Headings), func(i int) bool { return t.Headings[i].Line >= ln }) - 1
	if i >= 0 && t.Headings[i].Line > prevEnd {
		return t.Headings[i].Text, pi - 1
	}
	if pi > 0 {
		return t.Body[pi-1].Text, pi - 2
	}
	return "", -1
}

// labelledTitle is the title the text has given the person a label
// names by full name ("Host Molly Wood" for "Molly Wood:"), or "".
func (r *reader) labelledTitle(l string) string {
	if !strings.Contains(l, " ") {
		return ""
	}
	if sp := r.namedAlone(l); sp != nil {
		return sp.Title
	}
	return ""
}

// namedAlone is the person a line names and says nothing else of, when
// the text has already introduced them by that full name.
func (r *reader) namedAlone(line string) *Speaker {
	f := strings.Fields(line)
	if len(f) < 2 || len(f) > 4 || !slices.ContainsFunc(f, isCap) || slices.ContainsFunc(f, func(w string) bool { return !isCap(w) && !particles.Has(w) }) {
		return nil
	}
	folded := FoldName(line)
	for _, sp := range r.cast.people {
		if sp.foldedName() == folded && slices.ContainsFunc(r.cast.mentions, func(m mention) bool { return m.sp == sp }) {
			return sp
		}
	}
	return nil
}

// phrasesInMarks tells a paragraph whose quotations are short phrases of
// a few words ("a “shared interest” creeps in"), not quotations that
// could be anyone's words.
func phrasesInMarks(text string, sp []span) bool {
	return !slices.ContainsFunc(sp, func(s span) bool { return s.unclosed || wordsIn(text[s.start:s.end]) > 4 })
}

// quotesWithin tells a paragraph that quotes a sentence or more in marks
// inside prose of its own, attributed to no one beside the marks: after
// a colon, a block quotation that quotes ("[…] even the state TV used
// this factor in its marketing campaign: “If there would be a revolution
// which TV station would You want to take over?”. I’m sure this was not
// the answer they were hoping to get."). Its prose outside the marks is
// at least twice its words inside them, and gives no source of its own
// ("according to").
func quotesWithin(text string, sp []span) bool {
	if slices.ContainsFunc(sp, func(s span) bool { return s.unclosed }) || innerQuotesAttributed(text, sp) {
		return false
	}
	prose := outsideMarks(text, sp)
	if strings.Contains(strings.ToLower(prose), "according to ") {
		return false // "According to his brother, Heap came … from “a very working class town in Lancashire.”": the writer's, quoting
	}
	outside := wordsIn(prose)
	return outside >= 12 && outside >= 2*(wordsIn(text)-outside)
}

// innerQuotesAttributed tells a paragraph whose quotations have a verb of
// speech beside them: the writer's, quoting someone, not a block
// quotation that holds a phrase in marks. One that speaks in the first
// person singular outside its marks is no writer's ("So I just read
// Mike’s call for help. … saying things like “shame, poor foreigners”").
func innerQuotesAttributed(text string, sp []span) bool {
	if inFirstPersonSingular(outsideMarks(text, sp)) {
		return false
	}
	for _, s := range sp {
		before, after := strings.Fields(text[:s.open]), strings.Fields(text[s.close:])
		around := append(before[max(len(before)-3, 0):], after[:min(len(after), 3)]...)
		if slices.ContainsFunc(around, func(w string) bool { return isSpeechVerb(strings.ToLower(strings.Trim(w, ",.;:"))) }) {
			return true
		}
	}
	return false
}

// lineAbove is the line above line, itself the line before body
// paragraph pi (a heading between paragraphs, or paragraph pi-1), with
// the index of the body paragraph before it, as lineBefore gives them.
func (t *Text) lineAbove(pi int, line string) (string, int) {
	if pi > 0 && t.Body[pi-1].Text == line {
		return t.lineBefore(pi - 1)
	}
	if i := sort.Search(len(t.Headings), func(i int) bool { return t.Headings[i].Line >= t.Body[pi].Line }) - 1; i >= 0 && t.Headings[i].Text == line {
		return t.lineAboveAt(pi, t.Headings[i].Line)
	}
	if pi > 0 {
		return t.Body[pi-1].Text, pi - 2
	}
	return "", -1
}

// topicLine tells a line of its own that heads the answers below it
// with what they are about, as a page of post-game quotes does (see
// topicLabel): "On handling the officials:", "Opening statement:". It
// names no speaker ("On Maurice McNeil:" is what the coach was asked
// about), and says nothing else ("On Tuesday, Smith said:" is no topic).
func topicLine(s string) bool {
	_, ok := topicLabel(s)
	f := strings.Fields(strings.TrimSuffix(strings.TrimSpace(s), ":"))
	return ok && len(f) <= 8 && !strings.ContainsAny(s, ",;") && !slices.ContainsFunc(f, func(w string) bool { return isSpeechVerb(strings.ToLower(w)) })
}

// endsQuoting tells a paragraph that ends with a quotation: its last
// character, before any full stop, is a closing or a straight mark.
func endsQuoting(p string) bool {
	end := strings.TrimRight(p, ".,;:!? ")
	return end != "" && (isCloseMark(lastRune(end)) || lastRune(end) == '"')
}

// describedSignature reads a line that is a person's name and what they
// do, as a feature signs a quote with: "Bill Renfroe, Air Force veteran
// and beginning farmer". The name must start with a given name and the
// description must name a role, so that "Washington, D.C." or a dateline
// is no one.
func (r *reader) describedSignature(p string) *Speaker {
	np, desc, ok := namedLine(p)
	dw := strings.Fields(desc)
	if !ok || len(dw) == 0 || len(dw) > 12 || strings.ContainsRune(".!?:", lastRune(desc)) ||
		!slices.ContainsFunc(dw, func(w string) bool { return isRoleNoun(strings.ToLower(strings.Trim(w, ",;"))) }) ||
		np.title != "" || countFields(np.name) < 2 {
		return nil
	}
	sp := r.cast.person(np.name, true)
	if sp.Title == "" {
		sp.Title = desc
	}
	return sp
}

// honour is a person a heading names with "the Hon", the heading, and
// the line right under it.
type honour struct {
	sp      *Speaker
	heading Para
	under   string
}

// honouredLine reads the line a government's release sets above its
// text with its minister's name, "Hon Chris Bishop", "The Hon Anthony
// Albanese MP": the person "Mr Bishop says" means, though the text names
// him no more (or names him with his portfolio run into his name, "Sport
// & Recreation Chris Bishop"). The line under it, when it is an office
// ("Minister of Sport & Recreation"), is the person's title.
func (r *reader) honouredLine(h Para, under string) {
	f := strings.Fields(h.Text)
	if k := slices.IndexFunc(f, postNominals.Has); k > 2 {
		// "THE HON WAYNE SWAN MP Deputy Prime Minister Treasurer": a line
		// in capitals reads as names are written, and the offices after
		// the post-nominal are the person's, as a line under it would be
		if head := strings.Join(f[:k], " "); strings.ToUpper(head) == head {
			f = append(strings.Fields(labelName(head)), f[k:]...)
		}
		if k+1 < len(f) {
			if under == "" {
				under = strings.Join(f[k+1:], " ")
			}
			f = f[:k+1]
		}
	}
	honorific, before := "Hon", ""
	if len(f) > 3 && isCap(f[0]) && f[1] == "the" && strings.TrimSuffix(f[2], ".") == "Hon" {
		honorific, before, f = f[0]+" the Hon", f[0], f[2:] // "Senator the Hon David Johnston", "Senator the Hon. Michael Ronaldson"
	}
	if len(f) > 0 && f[0] == "The" {
		f = f[1:]
	}
	if len(f) > 0 && strings.TrimSuffix(f[0], ".") == "Rt" {
		f = f[1:]
	}
	if len(f) < 3 || strings.TrimSuffix(f[0], ".") != "Hon" {
		return
	}
	if f = f[1:]; postNominals.Has(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	if len(f) < 2 || len(f) > 4 || !isGivenName(f[0]) || slices.ContainsFunc(f, func(w string) bool { return !isCap(w) || strings.ContainsAny(w, ",;:()") }) {
		return
	}
	sp := r.cast.person(strings.Join(f, " "), true)
	if sp.Honorific == "" || before != "" && sp.Title == before {
		sp.Honorific, sp.Title = honorific, "" // (not "Senator" for a title, when a line reads "Senator the Hon …")
	}
	r.honoured = append(r.honoured, honour{sp, h, under})
	if u := strings.Fields(under); sp.Title == "" && len(u) >= 2 && len(u) <= 8 && offices.Has(u[0]) && !strings.ContainsAny(under, ".!?:") {
		sp.Title = strings.Join(u, " ")
	}
	if office := pageOffice(r.t.Title); sp.Title == "" && office != "" && h.Line == r.t.titleLine+1 {
		sp.Title = office // "TRANSCRIPT OF THE PRIME MINISTER" over "THE HON JOHN HOWARD MP": whose office the page is
	}
}

// pageOffice is the office a transcript's page is of or with, "Prime
// Minister" in "TRANSCRIPT OF THE PRIME MINISTER", or "".
func pageOffice(title string) string {
	f, ok := pageSubject(strings.Fields(title), false)
	if !ok || len(f) > 4 || !seats.Has(strings.ToLower(f[len(f)-1])) && !offices.Has(f[len(f)-1]) {
		return ""
	}
	return strings.Join(f, " ")
}

// headingsBefore are the headings above line, in order.
func (t *Text) headingsBefore(line int) []Para {
	return t.Headings[:sort.Search(len(t.Headings), func(i int) bool { return t.Headings[i].Line >= line })]
}

// roundupHeading reads the line a round-up sets above each person's
// words, the name and in brackets what they belong to: "Gary Megson
// (Bolton)".
func (r *reader) roundupHeading(p string) *Speaker {
	name, body, ok := roundupLine(p)
	if !ok || !isGivenName(strings.Fields(name)[0]) && r.roundups < 2 {
		return nil // (a first name of no list, "Arsene Wenger (Arsenal)", where the page heads two people so at least)
	}
	sp := r.cast.person(name, true)
	if sp.Affiliation == "" {
		sp.Affiliation = body
	}
	return sp
}

// roundupLine reads a line of a name of two or three words and, in
// brackets, what the person belongs to.
func roundupLine(p string) (name, body string, ok bool) {
	name, body, ok = strings.Cut(strings.TrimSpace(p), " (")
	if !ok || !strings.HasSuffix(body, ")") || strings.ContainsAny(body[:len(body)-1], "()") || !capWords(name, 3, unicode.IsUpper, isLabelLetter) || countFields(name) < 2 {
		return "", "", false
	}
	return name, strings.TrimSuffix(body, ")"), true
}

// signature reads a line that is only a person's title and name, as a
// release signs a quote with: "Senator Josh Hawley".
func (r *reader) signature(p string) *Speaker {
	inner := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(p), "("), ")")
	for _, by := range []string{"Attributable to ", "Statement from ", "Statement by ", "Comment from ", "Comments from "} {
		if rest, ok := strings.CutPrefix(inner, by); ok {
			p = rest // "(Attributable to Pentagon Press Secretary John Kirby)", "Statement from Minister Finian McGrath TD", above a statement
			break
		}
	}
	if sp := r.describedSignature(p); sp != nil {
		return sp
	}
	if name, _, ok := strings.Cut(p, " on "); ok && countFields(p) <= 8 && capWords(name, 4, unicode.IsUpper, unicode.IsLetter) {
		// "Tim Henman on Andy Murray": a feature's heading over the
		// words of someone it has introduced
		if sp := r.cast.known(lastWord(name)); sp != nil && sp.Kind == Person && sp.foldedName() == FoldName(name) {
			return sp
		}
	}
	words := strings.Fields(strings.TrimSuffix(strings.TrimSpace(p), ":"))
	for i, w := range words {
		if t := capitalised(strings.ToLower(w)); len(w) > 1 && strings.ToUpper(w) == w && (offices.Has(t) || honorifics.Has(t)) {
			words[i] = t // "HEAD COACH Tom Penders": the office set in capitals
		}
	}
	if len(words) < 3 || len(words) > 8 || !slices.ContainsFunc(words, func(w string) bool { return honorifics.Has(w) || offices.Has(w) }) ||
		sentenceWords.Has(makeToken(words[0], 0).core) {
		return nil // (a sentence that names the speaker: "Here’s NASA Administrator Bill Nelson:")
	}
	for _, w := range words {
		if !isCap(w) && !particles.Has(w) && w != "of" && w != "for" {
			return nil
		}
	}
	np, ok := parseRun(words)
	if !ok || np.org || countFields(np.name) < 2 || np.title == "" && np.honorific == "" {
		return nil
	}
	sp := r.cast.person(np.name, true)
	if sp.Title == "" {
		sp.Title = np.title
	}
	if sp.Honorific == "" {
		sp.Honorific = np.honorific
	}
	return sp
}

// near is the part of s within n bytes of offset at.
func near(s string, at, n int) string {
	return s[max(0, min(at, len(s))-n):min(len(s), max(at, 0)+n)]
}

// relativeHead is the subject a relative clause describes, when the
// words before a verb are a description, a "who" and its clause:
// "one of the traders who spoke to GhanaWeb" → "one of the traders",
// "Speaking on the fare, a motorist who plies the Satellite Town axis,"
// → "a motorist"; "" otherwise.
func relativeHead(c string) string {
	c = tail(c, 2*window) // (the description and its clause are the last words before the verb: a long text is not read again at each verb)
	i := strings.LastIndex(c, " who ")
	if i < 0 || strings.ContainsAny(strings.TrimRight(c[i:], ", "), ",;:.“”\"") || strings.Contains(c[i:], " as ") {
		return "" // (nor "A man who gave his name only as Ahmet": whom the clause names)
	}
	head := c[:i]
	if k := strings.LastIndex(head, ", "); k >= 0 {
		if isCap(lastWord(head[:k])) {
			return "" // "Eric Bradly, a construction worker who lives in Spring Lake,": the name the description is set after
		}
		head = head[k+2:] // (after an opening phrase)
	}
	head = strings.TrimSpace(head)
	if n := countFields(head); n < 2 || n > 6 || !determiners.Has(strings.ToLower(firstWord(head))) || !strings.HasSuffix(head, npBefore(head)) {
		return ""
	}
	return head
}

// endsWithSpeech tells a sentence whose last words are a verb of speech
// and at most two more: "Shimna, who lives in Bengaluru's Horamavu
// neighbourhood, told NDTV.", "…, said on Monday."
func endsWithSpeech(s string) bool {
	words := lastFields(s, 3)
	return slices.ContainsFunc(words, func(w string) bool { return unicode.IsLower(firstRune(w)) && isSpeechVerb(strings.Trim(w, ".,")) }) // (not "the United States")
}

// signature tells the words after a quotation that closed its sentence
// that only sign it, as a pull quote is signed: a name, a comma and
// what the person is, in lower case, and nothing more ("Orphe
// Divounguy, senior economist at Zillow").
func signature(after string, closedWith rune) bool {
	a := strings.TrimSpace(after)
	name, what, ok := strings.Cut(a, ", ")
	if !ok || !strings.ContainsRune(".!?", closedWith) || len(a) > window || strings.ContainsAny(a, "“”\"") ||
		len(sentenceStarts(a)) > 1 || !unicode.IsLower(firstRune(what)) || countFields(name) > 4 {
		return false
	}
	return !slices.ContainsFunc(strings.Fields(strings.ToLower(a)), func(w string) bool { return isSpeechVerb(strings.Trim(w, ".,;:")) || auxiliaries.Has(w) })
}

// dashAttribution reads the signature a press release puts after a
// quote: "— Maria Perez, Director, Office of Rural Health": a dash, a
// name, then the title and the organisation.
func (r *reader) dashAttribution(after string) *Speaker {
	a := strings.TrimSpace(after)
	rest, ok := strings.CutPrefix(a, "—")
	if !ok {
		rest, ok = strings.CutPrefix(a, "–")
	}
	if !ok {
		rest, ok = strings.CutPrefix(a, "-- ")
	}
	if !ok {
		rest, ok = strings.CutPrefix(a, "- ")
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(a, "-")); !ok && strings.HasPrefix(a, "-") && unicode.IsLetter(r) {
		rest, ok = a[1:], true // "-senior Oumoul Thiam": the dash set against the name
	}
	if !ok {
		return nil
	}
	return r.signedBy(rest)
}

// signedBy reads the name that signs a quote, perhaps with the title
// before it in lower case and the title and the body after it: "Maria
// Perez, Director, Office of Rural Health", "senior Oumoul Thiam", "the
// words of U.S. Attorney General Loretta Lynch".
func (r *reader) signedBy(rest string) *Speaker {
	rest = strings.TrimSpace(rest)
	for _, lead := range []string{"the words of ", "words of ", "so said ", "said "} {
		// "“…” -- the words of U.S. Attorney General Loretta Lynch."
		if len(rest) > len(lead) && strings.EqualFold(rest[:len(lead)], lead) {
			rest = rest[len(lead):]
			break
		}
	}
	var parts []string // "Maria Perez, Director, Office …"; "Meek Mill, “Song”"
	for _, part := range strings.Split(strings.TrimRight(withoutBrackets(rest), ". "), ",") {
		if part = strings.TrimSpace(part); part != "" {
			parts = append(parts, part)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	// the title may come first, in lower case: "— senior Oumoul Thiam",
	// "— head coach Derek Dorris"
	f := strings.Fields(parts[0])
	k := 0
	for k < len(f) && k < 3 && unicode.IsLower(firstRune(f[k])) && (isRoleNoun(f[k]) || titleOpeners.Has(f[k]) || classYears.Has(f[k])) {
		k++
	}
	if k == len(f) || slices.ContainsFunc(f[k:], func(w string) bool { return !isCap(w) && !particles.Has(w) && !titleJoiners.Has(w) }) {
		// a signature is a name, perhaps with its title, not "a phrase
		// repeatedly used by President Donald Trump to attack the news
		// media"; but a body's title in small letters may come before
		// the name, and a phrase may say what the words were about: "-
		// Pentwater boys basketball coach Ashley Wojtas talking about
		// Tyler Plummer-Eisenlohr after the Falcons' win", "- Shelby coach
		// Rick Zoulek, after the Tigers' late-season loss"
		j := slices.IndexFunc(f, func(w string) bool { return unicode.IsLower(firstRune(w)) && strings.HasSuffix(w, "ing") })
		if j < 0 {
			j = len(f) // "- Shelby coach Rick Zoulek, after the Tigers' late-season loss"
		}
		if j >= 2 {
			head := strings.Join(f[:j], " ")
			if n := nameAfterTitle(tokenize(head, 0), head); n != "" {
				if np, ok := parseRun(strings.Fields(n)); ok && !np.org && countFields(np.name) >= 2 {
					sp := r.cast.person(np.name, true)
					if sp.Title == "" {
						sp.Title = strings.TrimSpace(strings.TrimSuffix(head, n))
					}
					return sp
				}
			}
		}
		return nil
	}
	np, ok := parseRun(f[k:])
	if !ok || np.org || np.name == "" {
		return nil
	}
	if countFields(np.name) < 2 {
		// "— Secretary Azar": a surname, of someone the text has
		// introduced with it
		if sp := r.cast.known(np.name); sp != nil && sp.Kind == Person && (np.title != "" || np.honorific != "") {
			return sp
		}
		return nil
	}
	sp := r.cast.person(np.name, true)
	title, aff := np.title, ""
	if k > 0 {
		title = strings.TrimSpace(strings.Join(f[:k], " ") + " " + np.title)
	}
	if len(parts) > 1 {
		title, aff = splitAffiliation(parts[1])
		if len(parts) > 2 && aff == "" {
			aff = strings.Join(parts[2:], ", ")
		}
	}
	if sp.Title == "" {
		sp.Title = title
	}
	if sp.Affiliation == "" {
		sp.Affiliation = aff
	}
	if sp.Honorific == "" {
		sp.Honorific = np.honorific // "Dr. Jane Lubchenco, NOAA administrator"
	}
	return sp
}

// attributionBefore reads the speech verb before a quote in its
// sentence, or in the sentence before it when that ends in a colon. A
// paragraph that opens with the title of a piece the page links
// ("Worrying signs in Kigali [1]: “…”") quotes that piece, whose writer
// it does not name, unless the title says who speaks ("…, writes Ana
// Maria Salazar [1]:") or opens with the person ("Mental Acrobatics
// marched last week with other Kenyan activists [1]:").
func (r *reader) attributionBefore(text string, starts []int, sentS, open, pi int) (*Speaker, Via, string) {
	sp, via, att := r.spokenBefore(text, starts, sentS, open, pi)
	if title, link, ok := linkedTitle(text[sentS:open]); ok && sentS == 0 && !namesItsSpeaker(title, sp) {
		return &Speaker{Name: "source linked as " + link, Kind: Unnamed}, ByName, title
	}
	return sp, via, att
}

// linkedTitle reads the words before a quotation that are the title of a
// piece the page links, with the link's number, as a print view marks
// its links: "Worrying signs in Kigali [1]:" → "Worrying signs in
// Kigali", "[1]".
func linkedTitle(before string) (title, link string, ok bool) {
	s, colon := strings.CutSuffix(strings.TrimSpace(before), ":")
	s = strings.TrimSpace(s)
	if !colon || !strings.HasSuffix(s, "]") || strings.ContainsFunc(s, isMark) {
		return "", "", false
	}
	i := strings.LastIndexByte(s, '[')
	if i <= 0 || strings.TrimLeft(s[i+1:len(s)-1], "0123456789") != "" || i+2 == len(s) {
		return "", "", false
	}
	title = strings.TrimSpace(s[:i])
	if n := countFields(title); n == 0 || n > 20 {
		return "", "", false
	}
	return title, s[i:], true
}

// namesItsSpeaker tells a linked piece's title that says who speaks, by
// a speech verb, or that opens with the name of sp, a person (not a
// nation's adjective: "African elections to watch").
func namesItsSpeaker(title string, sp *Speaker) bool {
	if slices.ContainsFunc(strings.Fields(title), func(w string) bool { return isSpeechVerb(strings.ToLower(strings.Trim(w, ",.;"))) }) {
		return true
	}
	return sp != nil && sp.Kind == Person && strings.HasPrefix(title, sp.Name) && !nationAdjective(sp.Name)
}

// spokenBefore is attributionBefore's reading of the words before a
// quote.
func (r *reader) spokenBefore(text string, starts []int, sentS, open, pi int) (*Speaker, Via, string) {
	before := text[sentS:open]
	if l, ok := strings.CutSuffix(strings.TrimSpace(before), ":"); ok && furnitureLabel(l) {
		return nil, 0, "" // "TEXT AD:“…”": the page's, no one's words
	}
	if topic, ok := topicLabel(text[:open]); ok {
		// "On his biggest regret: “…”": what the speaker of a page of
		// quotes was asked about, after "Quotes from coach Alain
		// Vigneault:" or the quotes before
		if sp, via := r.quotedOnTopics(pi); sp != nil {
			return sp, via, topic
		}
		return nil, 0, ""
	}
	if sp, att := r.ownersWords(before, pi, sentS); sp != nil {
		return sp, ByName, att
	}
	if l, ok := labelLine(before); ok && sentS == 0 && !furnitureLabel(l) {
		// an interview's speaker label: "Fugate: “No. Again…”"
		if sp, via := r.label(l, pi, text[open:]); sp != nil {
			return sp, via, strings.TrimSpace(before)
		}
	}
	if sp, via := r.quotingBefore(before, pi, sentS); sp != nil {
		return sp, via, strings.TrimSpace(before)
	}
	if strings.TrimSpace(before) == "" && sentS > 0 {
		ps, _ := sentenceAt(starts, sentS-1, len(text))
		prev := strings.TrimSpace(text[ps:sentS])
		if strings.HasSuffix(prev, ":") {
			return r.introducer(prev, pi, ps)
		}
		return nil, 0, ""
	}
	if sp := r.quotedPredicate(before, text[open:], pi, sentS); sp != nil {
		return sp, ByName, strings.TrimSpace(before)
	}
	return r.introducer(withoutAsides(before), pi, sentS)
}

// citationLine tells a line that cites a source by its title, as a
// wiki's list of sources does: the title in marks, maybe after its
// author ("Katie May."), then a dash and nothing, or the outlet with a
// date ("— Calgary Herald, February 16, 2012"). A line credited to a
// person without a date ("“We will rebuild.” — Mayor Ann Lee") is a
// quotation.
func citationLine(p string) bool {
	s := strings.TrimLeft(p, " \t-•*–")
	open := strings.IndexFunc(s, isMark)
	if open < 0 || countFields(s[:open]) > 6 || open > 0 && !strings.HasSuffix(strings.TrimSpace(s[:open]), ".") {
		return false
	}
	_, size := utf8.DecodeRuneInString(s[open:])
	end := strings.IndexFunc(s[open+size:], isMark)
	if end < 0 {
		return false
	}
	rest := strings.TrimLeft(s[open+size+end:], "\"“”'’. ")
	dash, size := utf8.DecodeRuneInString(rest)
	if dash != '—' && dash != '–' && dash != '-' {
		return false
	}
	rest = strings.TrimSpace(rest[size:])
	if rest == "" {
		return true
	}
	if countFields(rest) > 12 {
		return false
	}
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ",.()")
		if months.Has(w) || isYear(w) {
			return true
		}
	}
	return false
}

// quotedPredicate is whose own words a quotation is that opens right
// after its sentence's subject, with the subject's verb, no verb of
// speech between: "Further, the EPA “recommends increasing ventilation
// …”", "Dalit Freedom Network “partners with the Dalits …”" (a body's
// words about itself, as its page or report puts them); nil when before
// does not end with a subject so set, or opened holds no such verb.
func (r *reader) quotedPredicate(before, opened string, pi, at int) *Speaker {
	_, size := utf8.DecodeRuneInString(opened)
	verb, _, _ := strings.Cut(strings.TrimLeft(opened[size:], " "), " ")
	if !presentVerb(verb) {
		return nil
	}
	if !strings.HasSuffix(before, " ") {
		return nil
	}
	// the subject is among the last few words: a long sentence is read
	// from its last 200 bytes (a word before them then comes first)
	cut := len(before) > 200
	if cut {
		before = before[len(before)-200:]
	}
	f := strings.Fields(before)
	if cut && len(f) > 0 {
		f = f[1:]
	}
	if len(f) == 0 {
		return nil
	}
	k := len(f)
	for k > 0 && isCap(f[k-1]) && !strings.ContainsAny(f[k-1], ",;:.()’'\"“”") && !sentenceWords.Has(f[k-1]) {
		k--
	}
	if k == len(f) || k < len(f)-5 {
		return nil
	}
	start := k
	if k > 0 && strings.EqualFold(f[k-1], "the") {
		start--
	}
	if start == 0 && cut {
		return nil
	}
	if start > 0 {
		// the subject opens the sentence, or follows "and", or a comma
		// when "the" opens it ("Further, the EPA"; not the place after
		// a town's name, "in Butte, Montana “is big news …”")
		if p := f[start-1]; !(strings.HasSuffix(p, ",") && start < k) && p != "and" && p != "but" {
			return nil
		}
	}
	sp, _ := r.resolve(strings.Join(f[start:], " "), pi, at)
	if sp == nil || sp.Kind == Unnamed {
		return nil
	}
	return sp
}

// presentVerb tells a word in small letters that reads as a verb in the
// present, third person: "recommends", "brings", "is", "has".
func presentVerb(w string) bool {
	if w == "is" || w == "has" || w == "remains" {
		return true
	}
	if len(w) < 4 || !unicode.IsLower(firstRune(w)) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return false
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "ics")
}

// quotingBefore is the one whose words a writer or spokesman passes on
// when a quotation opens right after "quoting" and a name: "Ajayi
// stated, quoting Corps Marshal Olaniyi Cole, “…”", "the agency said,
// quoting a police chief as saying: “…”", "Quoting Ana Lima, the report
// said: “…”"; nil when before has no such phrase.
func (r *reader) quotingBefore(before string, pi, at int) (*Speaker, Via) {
	i := max(strings.LastIndex(before, "quoting "), strings.LastIndex(before, "Quoting "))
	if prev, _ := utf8.DecodeLastRuneInString(before[:max(i, 0)]); i < 0 || i > 0 && !unicode.IsSpace(prev) {
		return nil, 0
	}
	np := strings.TrimSpace(before[i+len("quoting "):])
	np = strings.TrimSpace(strings.TrimRight(np, ",:"))
	np = strings.TrimSuffix(np, " as saying")
	if np == "" || strings.ContainsAny(np, ".;!?\"“”") || countFields(np) > 10 || npAfter(np) == "" {
		return nil, 0
	}
	return r.resolve(npAfter(np), pi, at+i)
}

// groupBefore is the plural noun for people that paragraph pi names last
// before offset at, outside quotations ("The bureaucrats chuckled"), or
// one of the two paragraphs before names, when pi opens with the words
// that need it ("One said:"); or "".
func (r *reader) groupBefore(pi, at int) string {
	text := r.t.Body[pi].Text
	text = tail(text[:min(at, len(text))], 2*window) // (the group is named near: a long paragraph is not read again at each "one")
	if g := groupIn(text); g != "" || pi == 0 || wordsIn(text) > 2 {
		return g
	}
	// "Some residents were quick to condemn the decision." / "One said:
	// “…”": the paragraph before, or the one before that, when this one
	// opens with it
	for k := pi - 1; k >= 0 && k >= pi-2; k-- {
		if g := groupIn(tail(r.t.Body[k].Text, 2*window)); g != "" {
			return g
		}
	}
	return ""
}

// groupIn is the last plural of people that text names outside its
// quotations: "residents", "bureaucrats".
func groupIn(text string) string {
	f := strings.Fields(blankSpans(text, findSpans(text)))
	for k := len(f) - 1; k >= 0; k-- {
		if w := strings.ToLower(strings.Trim(f[k], ",.;:")); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && isRoleNoun(w) {
			return w
		}
	}
	return ""
}

// sentenceEndSpeaker reads the attribution that ends the sentence of
// text going on at offset at, after its last comma: ", interim police
// chief James White said." (a clause of one verb of speech and a few
// words, with no quotation in it).
func (r *reader) sentenceEndSpeaker(text string, starts []int, at, pi int) (*Speaker, Via, string) {
	_, end := sentenceAt(starts, at, len(text))
	s := text[at:end]
	i := strings.LastIndex(s, ", ")
	if i < 0 {
		return nil, 0, ""
	}
	clause := strings.TrimSpace(s[i+2:])
	if j := strings.Index(s, ", "); j < i {
		// or the clause before a participle that goes on from it: "The
		// police had “zero tolerance …” in the state, he said, calling on
		// local people to …"; or before a relative clause about what
		// went before: "The past year was “very important” for the
		// tribunal, a court spokesman said last week, in which …"
		if k := strings.Index(s[j+2:], ", "); k >= 0 {
			next := firstWords(s[j+2+k+2:], 2)
			if len(next) >= 1 && strings.HasSuffix(next[0], "ing") && !strings.ContainsFunc(next[0], unicode.IsUpper) ||
				len(next) >= 1 && (next[0] == "which" || next[0] == "where") || len(next) == 2 && next[0] == "in" && next[1] == "which" {
				i, clause = j, strings.TrimSpace(s[j+2:j+2+k])+"."
			}
		}
	}
	if strings.IndexFunc(clause, isMark) >= 0 || wordsIn(clause) > 12 || !strings.HasSuffix(clause, ".") {
		return nil, 0, ""
	}
	toks := tokenize(clause, 0)
	verb := slices.IndexFunc(toks, func(t token) bool { return isSpeechVerb(strings.ToLower(t.core)) })
	if verb < 1 || slices.ContainsFunc(toks[verb+1:], func(t token) bool { return isSpeechVerb(strings.ToLower(t.core)) }) {
		return nil, 0, "" // one verb of speech, after its subject
	}
	if after := toks[verb+1:]; len(after) > 3 || slices.ContainsFunc(after, func(t token) bool {
		w := strings.ToLower(t.core)
		return !timeWords.Has(w) && !timeNouns.Has(w) && !weekdays.Has(t.core)
	}) {
		return nil, 0, "" // the verb ends the clause, or when after it: "…, White said (Sunday)", "(last week)", "(on Monday)"
	}
	return r.lastSubject(strings.TrimSuffix(clause, "."), pi, at+i+2)
}

// personRunAfter tells words that open with a person's name of two
// words or more, after any title: "Boulder County District Attorney
// Michael Dougherty, a Democrat, …".
func personRunAfter(s string) bool {
	runs := capRuns(tokenize(strings.TrimSpace(s), 0))
	if len(runs) == 0 || runs[0].start() != 0 {
		return false
	}
	np, ok := parseRun(runs[0].words())
	return ok && !np.org && countFields(np.name) >= 2
}

// topicLabel reads the topic a paragraph of quotes opens with, before
// its quotation: "On his goaltending after starting Cory Schneider:",
// "Opening statement:".
func topicLabel(before string) (string, bool) {
	b := strings.TrimSpace(before)
	rest, ok := strings.CutPrefix(b, "On ")
	for _, opening := range []string{"Opening statement:", "Opening remarks:", "Closing statement:", "Closing remarks:"} {
		ok = ok || b == opening
	}
	if !ok || !strings.HasSuffix(b, ":") || len(rest) > 100 || strings.ContainsAny(rest, "“”\"") {
		return "", false
	}
	if _, clause, ok := strings.Cut(rest, ", "); ok && isSpeechVerb(strings.ToLower(lastWord(strings.TrimSuffix(clause, ":")))) {
		return "", false // "On his goal, McManamon added:": the topic, then who says it
	}
	return b, true
}

// quotedOnTopics is whose quotes a paragraph of topic and quotation
// (see topicLabel) gives: the speaker of the quotes before it, or the
// one a paragraph before announces ("Random Quotes from Canuck coach
// Alain Vigneault from Wednesday's conference call:", "Here's what
// Falcons coach Dan Quinn said after the win:").
func (r *reader) quotedOnTopics(pi int) (*Speaker, Via) {
	if n := len(r.out); n > 0 && r.out[n-1].Para >= pi-3 {
		return r.out[n-1].Speaker, Continued
	}
	for k := pi - 1; k >= 0 && k >= pi-2; k-- {
		p := strings.TrimSpace(r.t.Body[k].Text)
		if !strings.HasSuffix(p, ":") {
			continue
		}
		for _, from := range []string{"uotes from ", "omments from ", "emarks from ", "houghts from "} {
			if i := strings.Index(p, from); i >= 0 {
				if sp, _ := r.resolve(npAfter(p[i+len(from):]), k, i); sp != nil && sp.Kind != Unnamed {
					return sp, ByName
				}
			}
		}
		// "Here's what Falcons coach Dan Quinn said after the win on
		// Sunday:"
		if sp, _, _ := r.lastSubject(strings.TrimSuffix(p, ":"), k, 0); sp != nil && sp.Kind == Person {
			return sp, ByName
		}
	}
	return nil, 0
}

// headingSpeaker is the person a heading names ("Athletic Director Greg
// Byrne") when it stands over the quotation that opens paragraph pi with
// lines that end in a colon between, and nothing else ("Opening
// Statement:", "On the injury update:"), as a press conference's
// transcript is printed speaker by speaker; and the heading.
func (r *reader) headingSpeaker(pi int) (*Speaker, string) {
	line := r.t.Body[pi].Line
	var h *Para
	for i := range r.t.Headings {
		if r.t.Headings[i].Line < line {
			h = &r.t.Headings[i]
		}
	}
	if h == nil {
		return nil, ""
	}
	labels := 0 // (a name right over a quotation may be a byline)
	for k := pi - 1; k >= 0 && r.t.Body[k].Line > h.Line; k-- {
		if p := strings.TrimSpace(r.t.Body[k].Text); !strings.HasSuffix(p, ":") || countFields(p) > 12 || strings.ContainsFunc(p, isMark) {
			return nil, ""
		}
		labels++
	}
	if labels == 0 && !(strings.ToUpper(h.Text) == h.Text && r.t.scripted()) {
		return nil, ""
	}
	words := strings.Fields(h.Text)
	np, ok := parseRun(words)
	if !ok || np.org || countFields(np.name) < 2 || len(words) > 8 || slices.ContainsFunc(words, func(w string) bool { return !isCap(w) }) ||
		givenSex(strings.ToLower(firstWords(np.name, 1)[0])) == 0 {
		return nil, ""
	}
	sp := r.cast.person(np.name, true)
	if sp.Title == "" {
		sp.Honorific, sp.Title = np.honorific, np.title
	}
	return sp, h.Text
}

// scripted tells a television or radio script, which sets a cue in
// capitals on a line of its own over the words read ("NARRATOR"): there,
// a name in capitals on its line is the voice of the bite under it.
func (t *Text) scripted() bool {
	return slices.ContainsFunc(t.Headings, func(h Para) bool {
		return presenters.Has(strings.TrimSpace(h.Text)) || scriptCues.Has(strings.TrimSpace(h.Text))
	})
}

// introducer is who speaks the quotation a clause introduces: the subject
// of its last speech verb, or, for a clause that ends in a comma or a
// colon, its subject whatever the verb ("Trump, also on Twitter,
// defended his decision, “…”").
func (r *reader) introducer(clause string, pi, at int) (*Speaker, Via, string) {
	if l, ok := strings.CutSuffix(strings.TrimSpace(clause), ":"); ok && quoteLabels.Has(strings.ToLower(l)) {
		return nil, 0, "" // "Quote:" over the words, whose speaker the credit after them names
	}
	clause = blankLinkMarks(clause) // "Ignacio de los Reyes [es] from BBC World said:" (offsets kept)
	verbs := clause
	if i := followingStatement(clause); i > 0 {
		// "Senator Deb Fischer, …, released the following statement after
		// the Federal Aviation Administration announced …:": who released
		// it, not who announced what came after it
		verbs = clause[:i]
	}
	if sp, via, att := r.relativeSubject(verbs, pi, at); sp != nil {
		return sp, via, att
	}
	if sp, via, att := r.lastSubject(verbs, pi, at); sp != nil {
		return sp, via, att
	}
	b := withoutDateline(strings.TrimSpace(clause)) // "(Washington, D.C.) — Frank Jannuzi … issued the following statement …:"
	if !strings.HasSuffix(b, ",") && !strings.HasSuffix(b, ":") {
		return nil, 0, ""
	}
	if name := honouredName(strings.TrimSuffix(b, ":")); name != "" && strings.HasSuffix(b, ":") {
		// "Minister for Foreign Affairs, Senator the Hon Penny Wong:": a
		// joint release's heading over each minister's words
		if sp, via := r.resolve(name, pi, at+strings.LastIndex(clause, name)); sp != nil && sp.Kind == Person {
			return sp, via, b
		}
	}
	if strings.HasSuffix(b, ":") {
		// "The palace issued the following statement from the king:":
		// whose the statement is
		f := strings.Fields(strings.TrimSuffix(b, ":"))
		for k := len(f) - 2; k >= 0 && k >= len(f)-10; k-- {
			by := 1 // "statement from the king", "Quotes attributable to the Acting Prime Minister, Richard Marles"
			if f[k+1] == "attributable" && k+2 < len(f) && f[k+2] == "to" {
				by = 2
			}
			if w := strings.ToLower(f[k]); (statementNouns.Has(w) || w == "quotes") && (f[k+1] == "from" || f[k+1] == "by" || by == 2) && k+by+1 < len(f) {
				who := strings.Join(f[k+by+1:], " ")
				if sp, via := r.resolve(setOffName(who, npAfter(who)), pi, at); sp != nil && sp.Kind != Unnamed {
					return sp, via, b
				}
				break
			}
		}
	}
	lead := lastClause(strings.TrimRight(b, ",:"), "; ", ", but ", ", yet ")
	nps := []string{leadingSubject(lead)}
	if by, ok := strings.CutPrefix(lead[min(len(lead), strings.Index(lead, nps[0])+len(nps[0])):], " by "); ok && nps[0] != "" && reportingNouns.Has(headNoun(strings.ToLower(nps[0]))) {
		// "Research by Jesse Capecelatro … shows …:": whose the work is
		nps[0] = setOffName(by, npAfter(by))
	}
	if strings.HasSuffix(b, ":") {
		// a colon announces the quotation: the person the clause names
		// introduces it ("After the briefing, Chairwoman Maloney issued
		// the following statement:")
		nps = append(nps, openingName(b[:len(b)-1]), firstPerson(b[:len(b)-1]))
	}
	b = strings.TrimRight(b, ",:")
	var word *Speaker // a body named by one word the text has not named before
	var wordVia Via
	for _, np := range nps {
		if np == "" {
			continue
		}
		fresh := !strings.Contains(np, " ") && r.cast.known(np) == nil && !isGivenName(np)
		if sp, via := r.resolve(np, pi, at); sp != nil && sp.Kind != Unnamed {
			if fresh && sp.Kind == Organisation && word == nil && len(nps) > 1 {
				// "In his latest post, Dictatorship haunts Malawian
				// Politics, a media student, Pearson Nkhoma, looks at
				// …:": a post's title, not a body; the person the
				// clause names in full, if it names one
				word, wordVia = sp, via
				continue
			}
			if word != nil && (sp.Kind != Person || !strings.Contains(sp.Name, " ")) {
				break
			}
			return sp, via, b
		}
	}
	if word != nil {
		return word, wordVia, b
	}
	return nil, 0, ""
}

// relativeSubject reads a clause whose subject an aside set off by commas
// (a relative clause, where the person lives, a phrase that opens with a
// preposition or a participle; see asideOpeners) parts from its verb of
// speech:
// "Potter, who disclosed that Fernandes has the ability to improve the
// midfield, added:" is Potter's, whoever the relative clause names, and
// "Mrs Kensett, of Pulborough Close, Whitehawk, said:" is Mrs Kensett's.
func (r *reader) relativeSubject(clause string, pi, at int) (*Speaker, Via, string) {
	c := strings.TrimRight(strings.TrimSpace(clause), ":, ")
	for range 3 {
		// when, after the verb: "…, said last night:", "…, said on Monday:"
		if w := lastWord(c); (timeWords.Has(w) || weekdays.Has(w)) && len(w) < len(c) {
			c = strings.TrimRight(c[:len(c)-len(w)], " ")
		}
	}
	verb := lastWord(c)
	before := strings.TrimSpace(strings.TrimSuffix(c, verb))
	i := -1 // where the aside opens
	for k := 0; k < len(c); {
		j := strings.Index(c[k:], ", ")
		if j < 0 {
			break
		}
		k += j + 2
		if w := firstWords(c[k:], 1); len(w) == 1 && asideOpeners.Has(w[0]) || len(w) == 1 && framePreps.Has(w[0]) ||
			len(w) == 1 && appositiveOpeners.Has(w[0]) && isCap(lastWord(c[:k-2])) {
			i = k - 2
			break
		}
	}
	if i < 0 || !isSpeechVerb(strings.ToLower(verb)) || !strings.HasSuffix(before, ",") || len(before) <= i+5 {
		return nil, 0, ""
	}
	np := c[:i]
	if s := sentenceStarts(np); len(s) > 0 {
		np = np[s[len(s)-1]:] // (the sentence the clause is of)
	}
	if l := leadingSubject(np + ","); l != "" && strings.HasSuffix(np, l) {
		np = l // "Speaking outside court, Mrs Kensett": after a phrase that opens the sentence
	}
	if j := strings.LastIndex(np, ", "); j >= 0 && isCap(np[j+2:]) && npAfter(np[j+2:]) == np[j+2:] {
		// "Former head of the agency, Graeme Pearson": what the person
		// was, then the name; but "Josep Borrell, EU High
		// Representative/Vice-President": the name, then what the person is
		if first := strings.TrimSpace(np[strings.LastIndex(np[:j], ", ")+1 : j]); r.personNamed(first) {
			np = first
		} else {
			np = np[j+2:]
		}
	}
	if np == "" || npAfter(np) != np {
		return nil, 0, ""
	}
	sp, via := r.resolve(np, pi, at)
	if sp == nil {
		return nil, 0, ""
	}
	return sp, via, np
}

// quoteLabels head a quotation a release sets apart, and name no one.
var quoteLabels = lazy.Words(`quote quotes quotation quotations`)

// withoutSubordinate blanks the subordinate clause that follows "that"
// up to its comma ("that while police had decided …,"), keeping offsets.
func withoutSubordinate(clause string) string {
	i := strings.Index(clause, " that ")
	if i < 0 {
		return clause
	}
	w, rest, _ := strings.Cut(clause[i+len(" that "):], " ")
	comma := strings.Index(rest, ", ")
	if !subordinators.Has(w) || comma < 0 {
		return clause
	}
	from := i + len(" that ")
	to := from + len(w) + 1 + comma + 1
	return clause[:from] + strings.Repeat(" ", to-from) + clause[to:]
}

// withoutAsides blanks what a clause sets off between dashes, keeping
// offsets: "John Bercow commented on the matter — which the BBC noted as
// unusual — “…”" is Bercow's. It blanks too a subordinate clause that
// opens what was said, up to its comma: in "the Coroner noted that while
// police had decided there was not enough evidence, there was no charge
// for “…”" the coroner speaks, not the police.
func withoutAsides(clause string) string {
	clause = withoutSubordinate(clause)
	if !strings.Contains(clause, " — ") && !strings.Contains(clause, " – ") && !strings.Contains(clause, " -- ") {
		return clause // most clauses have no aside: no copy
	}
	out := []byte(clause)
	for _, dash := range []string{" — ", " – ", " -- "} {
		from := 0
		for {
			i := strings.Index(clause[from:], dash)
			if i < 0 {
				break
			}
			i += from
			j := strings.Index(clause[i+len(dash):], dash)
			if j < 0 {
				break
			}
			j += i + len(dash)
			for k := i + 1; k < j+len(dash)-1; k++ {
				out[k] = ' '
			}
			from = j + len(dash)
		}
	}
	return string(out)
}

// lastSubject finds who speaks in a clause: the subject of its last
// speech verb, or the person after "according to".
func (r *reader) lastSubject(clause string, pi, base int) (*Speaker, Via, string) {
	full := clause
	clause = tail(clause, 2*window)
	base += len(full) - len(clause) // offsets in paragraph pi
	toks := tokenize(clause, 0)
	quoted := sync.OnceValue(func() []span { return findSpans(clause) }) // (read only for a word that may attribute)
	for i := len(toks) - 1; i >= 0; i-- {
		w := strings.ToLower(toks[i].core)
		if (w == "according" || w == "read" || w == "reads" || reportsSpeech(toks, i)) &&
			slices.ContainsFunc(quoted(), func(s span) bool { return !s.unclosed && s.start <= toks[i].start && toks[i].start < s.end }) {
			continue // a verb inside a quotation the clause holds is the speaker's: "“… ‘Fall Guy’ continues to …”"
		}
		if w == "according" && i+1 < len(toks) && toks[i+1].core == "to" {
			np := setOffName(clause[toks[i+1].end:], npAfter(clause[toks[i+1].end:]))
			if subj, ok := objectPronouns[strings.ToLower(np)]; ok {
				np = subj // "According to him, …"
			}
			if rest := strings.TrimSpace(clause[toks[i+1].end:]); reportingNouns.Has(headNoun(strings.ToLower(np))) && strings.HasPrefix(rest, np+" ") {
				// "According to a report on the BBC, …": whose the report is
				if prep, after, _ := strings.Cut(strings.TrimSpace(rest[len(np):]), " "); prep == "on" || prep == "by" || prep == "from" || prep == "in" {
					if by := npAfter(after); by != "" && isCap(lastWord(by)) {
						np = by
					}
				}
			}
			if owner, _, _ := strings.Cut(strings.ToLower(np), " "); ownerPronoun[owner] != "" {
				// "According to its press release, the NBA was": whose
				// the possessive says, when the clause names it next
				rest := clause[toks[i+1].end:]
				if j := strings.Index(rest, np+", "); j >= 0 {
					f := strings.Fields(rest[j+len(np)+2:])
					if len(f) > 0 && strings.EqualFold(f[0], "the") {
						f = f[1:]
					}
					k := 0
					for k < len(f) && k < 6 && isCap(f[k]) && !pronouns.Has(f[k]) {
						k++
					}
					if next := strings.TrimRight(strings.Join(f[:k], " "), ",.;:"); next != "" {
						if sp, via := r.resolve(next, pi, base+toks[i].start); sp != nil {
							return sp, via, strings.TrimSpace(clause[toks[i].start:])
						}
					}
				}
			}
			sp, via := r.resolve(np, pi, base+toks[i].start)
			if sp != nil {
				return sp, via, strings.TrimSpace(clause[toks[i].start:])
			}
			continue
		}
		if (w == "read" || w == "reads") && toks[i].lead == "" {
			// "Facebook released a statement which read", "The decree
			// signed by the Pope read": a document speaks for its author
			if sp, via := r.documentAuthor(clause[:toks[i].start], pi, base+toks[i].start); sp != nil {
				return sp, via, strings.TrimSpace(clause[toks[max(i-6, 0)].start:toks[i].coreEnd()])
			}
			continue
		}
		if (w == "quotes" || w == "quoted" || w == "cites" || w == "cited") && toks[i].tail == "" && i > 0 && !passive(toks, i) && !auxiliaries.Has(strings.ToLower(toks[i-1].core)) {
			// "The New York Times quotes the United Nations, providing
			// another set of figures": the one quoted speaks
			if np := npAfter(clause[toks[i].end:]); np != "" && isCap(lastWord(np)) && !pronouns.Has(np) {
				if sp, via := r.resolve(np, pi, base+toks[i].end); sp != nil {
					return sp, via, strings.TrimSpace(clause[toks[i].start:toks[i].end]) + " " + np
				}
				if name := capitalisedTail(np); name != "" && name != np {
					// "quotes the daily newspaper Le Phare": the name
					// after what it is
					if sp, via := r.resolve(name, pi, base+toks[i].end+strings.LastIndex(np, name)); sp != nil {
						return sp, via, strings.TrimSpace(clause[toks[i].start:toks[i].end]) + " " + np
					}
				}
			}
		}
		if !reportsSpeech(toks, i) || nameWord(toks, i) {
			continue
		}
		if objectRelative(toks, i) {
			continue // "the mayor, who he described as “weak”": the pronoun's, whom a verb before names
		}
		if i > 0 && (toks[i-1].possessive || w == "talks" && isCap(toks[i-1].core)) && toks[i-1].tail == "" && (i+1 >= len(toks) || toks[i+1].core != "that") &&
			slices.ContainsFunc(toks[:i-1], func(t token) bool { return isSpeechVerb(strings.ToLower(t.core)) }) {
			// "Edwin Tong says Pritam Singh's comment on his case “…”",
			// "Poroshenko says Minsk talks ‘last chance’": the comment,
			// the talks, are what the subject speaks of
			continue
		}
		if strings.HasSuffix(w, "s") && toks[i].tail == "" && i+1 < len(toks) && pluralAuxiliaries.Has(toks[i+1].core) {
			continue // "coalition talks have narrowed “…”": a noun, the subject of a verb of its own
		}
		if whatCalled(toks, i) && strings.ContainsAny(clause[toks[i].end:], "”\"") {
			continue // "he performed what the Socialist Worker described as “a U-turn,” telling": a name for the deed, set in the clause, whose subject speaks next
		}
		if passive(toks, i) {
			// "he was told by Emergencies Minister Yevgeny Zinichev": the
			// agent speaks
			if j := i + 1; j < len(toks) && toks[j].core == "by" {
				if sp, via := r.resolve(npAfter(clause[toks[j].end:]), pi, base+toks[j].start); sp != nil {
					return sp, via, strings.TrimSpace(clause[toks[i].start:])
				}
			}
			continue
		}
		if w == "saying" && i > 1 && toks[i-1].core != "as" {
			// "The Associated Press quotes the Belgian Development Aid
			// minister saying": the one quoted, between the two verbs
			for j := i - 2; j >= 0 && j >= i-10; j-- {
				if q := strings.ToLower(toks[j].core); (q == "quotes" || q == "quoted" || q == "quoting") && toks[j].tail == "" {
					np := strings.TrimSpace(clause[toks[j].end:toks[i].start])
					if subj, ok := objectPronouns[strings.ToLower(np)]; ok {
						np = subj // "quoted him saying": he
					}
					if sp, via := r.resolve(np, pi, base+toks[j].start); sp != nil {
						return sp, via, strings.TrimSpace(clause[toks[j].start:toks[i].coreEnd()])
					}
					break
				}
			}
		}
		if w == "saying" && i > 1 && toks[i-1].core == "as" {
			// "Politico quoted Tim Manning, formerly a deputy
			// administrator, as saying": the one quoted
			for j := i - 2; j >= 0 && j >= i-14; j-- {
				if quotingVerbs.Has(strings.ToLower(toks[j].core)) && toks[j].tail == "" {
					np := npAfter(clause[toks[j].end:])
					if subj, ok := objectPronouns[strings.ToLower(np)]; ok {
						np = subj // "quoted her as saying": she
					}
					if j > 0 && passive(toks, j) {
						// "Huang Limin was quoted by the Chinese Xinhua
						// news service as saying": the one quoted is the
						// subject, the agent only printed it
						np = npBefore(clause[:toks[j-1].start])
					}
					if sp, via := r.resolve(np, pi, base+toks[j].start); sp != nil {
						return sp, via, strings.TrimSpace(clause[toks[j].start:toks[i].coreEnd()])
					}
					break
				}
			}
		}
		if strings.HasSuffix(w, "ing") && i > 0 && (strings.HasSuffix(strings.TrimRight(toks[i-1].tail, "”\"’"), ",") || participleOfSubject(toks, i) && (!r.personNamed(npBefore(clause[:toks[i].start])) || workTitle(clause[:toks[i].start]) || endsWithListeners(clause[:toks[i].start]))) {
			// "Riddell emphasized the need for boundaries, saying": the
			// subject of the clause before the comma
			sp, via, att := r.lastSubject(clause[:toks[i-1].end], pi, base)
			var source *Speaker // the source a report is "according to"
			var sourceVia Via
			sourceAtt := ""
			if sp != nil && strings.HasPrefix(strings.ToLower(att), "according to") {
				// "According to Reuters, Chan earlier sent out a letter
				// to WHO staff saying": the report's source, whose
				// subject speaks (read below), unless it names no one
				source, sourceVia, sourceAtt, sp = sp, via, att, nil
			}
			if sp != nil && !ownedStatement(att) {
				// (not the owner of what the clause quotes: "Tong
				// slammed Singh’s comment that “…”, calling it" is Tong's)
				if sp.Kind == Organisation {
					// "The Guardian, Express, Times and Metro further report
					// that Begum regrets speaking to the media, saying": the
					// person the papers report of
					lead := clause[:toks[i-1].end]
					if j := strings.LastIndex(lead, " that "); j >= 0 {
						if np := npAfter(lead[j+6:]); isCap(np) {
							if p, pv := r.resolve(np, pi, base+j+6); p != nil && p.Kind == Person {
								return p, pv, strings.TrimSpace(clause[j+1 : toks[i].coreEnd()])
							}
						}
					}
				}
				return sp, via, att
			}
			// "The largest opposition party, the Conservative Party,
			// greeted the release with scepticism, saying": the
			// sentence's subject, or the name set off after it (after
			// any dateline: "SINGAPORE: Law Minister Edwin Tong …")
			lead := lastClause(withoutDateline(clause[:toks[i-1].end]), "; ", ", but ", ", and ")
			lead = unquoted(lead) // (no one named inside a quotation: "“… ‘Fall Guy’ continues …,” while conceding")
			if source != nil {
				// the subject after the phrase: "According to Reuters, Chan …"
				if j := strings.Index(strings.ToLower(lead), "according to "); j >= 0 {
					if k := strings.Index(lead[j:], ", "); k >= 0 {
						lead = lead[j+k+2:]
					}
				}
			}
			if j := joinedIn(toks, i); j > 0 {
				// "The coalition joined Afghan President Hamid Karzai and
				// the Ministry of Interior in condemning the attacks,
				// saying": the subject of "joined" speaks, with those it
				// joined
				lead = clause[:toks[j].start]
			}
			for k, np := range []string{leadingSubject(lead), openingAppositive(lead), openingName(lead), firstPerson(lead)} {
				at := base + toks[i].start
				if pronouns.Has(np) {
					if j := wordAt(lead, np); j >= 0 {
						at = base + len(clause[:toks[i-1].end]) - len(lead) + j // "he" is who it meant where it stands, not after the names the clause goes on to
					}
				}
				if sp, via := r.resolve(np, pi, at); sp != nil && (sp.Kind != Unnamed || k == 0) {
					return sp, via, strings.TrimSpace(clause[toks[i].start:toks[i].coreEnd()])
				}
			}
			if source != nil {
				return source, sourceVia, sourceAtt // (no subject after it names anyone)
			}
			if listenerVerbs.Has(w) {
				continue // "telling the Nevada Independent:": who listened
			}
		}
		and := i - 1 // "and has accused": the auxiliaries between
		for and > 1 && auxiliaries.Has(strings.ToLower(toks[and].core)) && toks[and].tail == "" {
			and--
		}
		if and > 0 && (strings.EqualFold(toks[and].core, "and") || strings.EqualFold(toks[and].core, "but")) && toks[and].lead == "" {
			// "Secretary of State John Kerry, who had been in France to
			// celebrate Bastille Day, called the attack “horrendous,” and
			// said": a verb after "and" (or "but": "would not disclose
			// the size of the largest award, but said") shares the
			// sentence's subject
			// ("One of these groups, the Syrian Democratic Forces,
			// opposed the withdrawal and said": the one it names)
			lead := unquoted(withoutDateline(clause[:toks[and].start])) // (not "The United States have … upon,” Koštunica added, and warned")
			for k, np := range []string{leadingSubject(lead), openingAppositive(lead), openingName(lead)} {
				if sp, via := r.resolve(np, pi, base+toks[i].start); sp != nil && (sp.Kind != Unnamed || k == 0) {
					return sp, via, strings.TrimSpace(clause[toks[and].start:toks[i].coreEnd()])
				}
			}
		}
		sub := npBefore(clause[:toks[i].start])
		if head := relativeHead(clause[:toks[i].start]); head != "" {
			sub = head // "One resident who lived in the unit block (described)"
		} else if head := listHead(clause[:toks[i].start]); head != "" && sub != "" {
			sub = head // "the full congressional delegation, including Senators …, had called"
		}
		if k := strings.LastIndex(clause[:toks[i].start], sub); sub != "" && k > 2 && clause[k-2:k] == ", " && strings.Count(clause[:k], ", ") >= 2 {
			// "Geoff Southcote-Want, Specialist Fraud Prosecutor, Crown
			// Prosecution Service said": a name, what the person is, and
			// the body, the last set off by a comma but not closed by one
			if body, ok := parseRun(strings.Fields(sub)); ok && (body.org || orgNouns.Has(lastWord(sub))) {
				lead := strings.TrimSpace(clause[:k-2])
				first, _, _ := strings.Cut(lead, ", ")
				if np, ok := parseRun(strings.Fields(first)); ok && !np.org && countFields(np.name) >= 2 && np.name == first && isCap(first) {
					sub = first
				}
			}
		}
		if k := strings.LastIndex(clause[:toks[i].start], sub); sub != "" && k > 2 && clause[k-2:k] == ", " {
			// "Col. Timothy Miller, Commanding Officer for Marine Corps
			// Air Station Beaufort, said": the name a title is set off
			// from, when a person's that opens the clause (not "One
			// European observer, Richard Howitt, says")
			title, _ := parseRun(strings.Fields(sub))
			if name := npBefore(clause[:k-2]); (title.title != "" || possessiveRole(sub)) && isCap(name) && strings.TrimSpace(strings.TrimSuffix(clause[:k-2], name)) == "" {
				if np, ok := parseRun(strings.Fields(name)); ok && !np.org && countFields(np.name) >= 2 {
					sub = name
				}
			}
		}
		if lead := strings.TrimSpace(clause[:toks[i].start]); sub != "" && strings.HasSuffix(lead, ",") && !namesPersonAlone(sub) {
			// "Lord Tariq Ahmad of Wimbledon, Minister of State for South
			// and Central Asia, North Africa, UN and the Commonwealth,
			// said": a person's name, then an office whose own commas
			// leave a body or a place before the verb
			if first, rest, ok := strings.Cut(lead, ", "); ok && strings.Count(rest, ", ") >= 1 {
				name, _, _ := strings.Cut(first, " of ")
				f := strings.Fields(strings.TrimPrefix(rest, "the "))
				if np, ok := parseRun(strings.Fields(name)); ok && !np.org && strings.HasSuffix(name, np.name) && countFields(np.name) >= 2 && isCap(name) && len(f) > 0 && offices.Has(f[0]) {
					if sp := r.cast.known(lastWord(sub)); sp == nil || sp.Kind != Person {
						sub = name // (a peer's name without the place of the title: "of Wimbledon")
					}
				}
			}
		}
		if lead := strings.TrimSpace(clause[:toks[i].start]); sub != "" && sayVerbs.Has(w) && strings.HasSuffix(lead, ",") && i+1 < len(toks) {
			// "Turkey strives for stability and peace in the South
			// Caucasus, said Cavusoglu, adding": the reported words,
			// then the verb and its subject inverted
			// (the name set off by a comma: not "…, said Cummings “worked
			// until his last breath”" or "…, said Obreht was": what the
			// subject said of someone)
			rest := strings.TrimSpace(clause[toks[i].end:])
			if np := npAfter(rest); np != "" && isCap(np) && !pronouns.Has(np) && strings.HasPrefix(rest, np) {
				if after := strings.TrimSpace(rest[len(np):]); strings.HasPrefix(after, ",") {
					if sp := r.cast.known(lastWord(np)); sp != nil && sp.Kind == Person || namesPersonAlone(np) {
						sub = np
					}
				}
			}
		}
		if lead := strings.TrimSpace(clause[:toks[i].start]); sub == "" && i+1 < len(toks) && !listenerVerbs.Has(w) && !addresseeVerbs.Has(w) && (lead == "" || strings.ContainsRune(",:;“”\"", lastRune(lead))) &&
			!(lead == "" && strings.HasSuffix(w, "ing")) { // (not "Speaking during the first Prime Minister’s Questions, Mrs May …": a participle opens the sentence)
			// "said X:" inversion before a quote ("told X:" names who
			// listened); but in "A newscaster on state-run television
			// said Nelson Mandela “…”" the words before the verb are its
			// subject, and Mandela the one the newscaster spoke of
			sub = npAfter(clause[toks[i].end:])
		}
		if sub == "" && i > 1 && strings.EqualFold(toks[i-1].core, "to") && toks[i-1].tail == "" && toks[i-2].tail == "" &&
			!slices.ContainsFunc(toks[:i-1], func(t token) bool { return unsaid.Has(strings.ToLower(t.core)) }) {
			// "The outgoing mayor has used his last meeting to urge":
			// what the subject did to say it (but "is expected to
			// announce" says nothing yet)
			sub = leadingSubject(clause[:toks[i-1].start])
		}
		if sub == "" {
			sub = clauseSubject(clause[:toks[i].start])
		}
		if k := strings.LastIndex(clause[:toks[i].start], sub); sub != "" && k >= 0 && reportingNouns.Has(headNoun(strings.ToLower(sub))) {
			// "A statement from her family said": whose the statement is
			if rest := strings.TrimSpace(clause[k+len(sub) : toks[i].start]); (strings.HasPrefix(rest, "from ") || strings.HasPrefix(rest, "by ")) && !strings.ContainsAny(rest, ",;:") {
				sub = strings.TrimSpace(sub) + " " + rest
			}
		}
		if replyVerbs.Has(w) && (strings.EqualFold(sub, "he") || strings.EqualFold(sub, "she")) {
			// "Judge Shomon Khan asked prosecutor Tabitha Walker why …\nShe
			// replied:": who replies is who was asked
			if sp := r.askedOne(pi, base+toks[i].start, strings.ToLower(sub)); sp != nil {
				return sp, ByPronoun, strings.TrimSpace(clause[toks[i-1].start:toks[i].coreEnd()])
			}
		}
		sp, via := r.resolve(sub, pi, base+toks[i].start)
		if sp == nil && sub != "" {
			// the words right before the verb name no one: the clause's
			// subject speaks ("Some of the protesters Wikinews
			// interviewed said", "Francis Nath a UN Education Associate
			// who assisted with the training, said")
			if cs := clauseSubject(clause[:toks[i].start]); cs != "" && cs != sub {
				sub = cs
				sp, via = r.resolve(sub, pi, base+toks[i].start)
			}
		}
		if sp != nil {
			from := strings.LastIndex(clause[:toks[i].start], sub)
			if from < 0 {
				from = toks[i].start
			}
			return sp, via, strings.TrimSpace(clause[from:toks[i].coreEnd()])
		}
	}
	return nil, 0, ""
}

// joinedIn is the index of the verb "joined" (or "joins", "join") that
// the participle toks[i] completes after "in", with no comma between
// ("joined Afghan President Hamid Karzai and the Ministry of Interior in
// condemning"), or -1.
func joinedIn(toks []token, i int) int {
	if i < 3 || !strings.EqualFold(toks[i-1].core, "in") {
		return -1
	}
	for j := i - 2; j >= 1 && j >= i-14 && toks[j].tail == ""; j-- {
		switch strings.ToLower(toks[j].core) {
		case "joined", "joins", "join":
			return j
		}
	}
	return -1
}

// replyVerbs say someone answers what they were asked.
var replyVerbs = lazy.Words(`replied replies responded responds answered answers`)

// askedOne is the person paragraph pi before offset at, or the one
// before it, last asks something of ("Judge Shomon Khan asked prosecutor
// Tabitha Walker why …"), when the pronoun p may be theirs.
func (r *reader) askedOne(pi, at int, p string) *Speaker {
	for k, text := range r.textsBack(pi, at, 1) {
		i := strings.LastIndex(text, " asked ")
		if i < 0 {
			continue
		}
		np := npAfter(text[i+len(" asked "):])
		if !isCap(lastWord(np)) {
			return nil // "asked why", "asked the court": no one named
		}
		sp, _ := r.resolve(np, k, i)
		if sp == nil || sp.Kind != Person || p == "she" && sp.male || p == "he" && sp.female {
			return nil
		}
		return sp
	}
	return nil
}

// labelLine reads s as a speaker's label and nothing else: one to four
// words, each a capital A to Z and then letters, then a colon, with white
// space around them ("Fugate:").
func labelLine(s string) (string, bool) {
	label, ok := strings.CutSuffix(strings.Trim(s, perlSpace), ":")
	if !ok || !capWords(label, 4, isASCIIUpper, isLabelLetter) {
		return "", false
	}
	return label, true
}

// isLabelLine tells a line that is a speaker's label (see labelLine).
func isLabelLine(s string) bool {
	_, ok := labelLine(s)
	return ok
}

// perlSpace is the white space of a regular expression's \s.
const perlSpace = " \t\n\f\r"

// label resolves an interview's speaker label: a name ("Fugate", "DAVID
// BENNETT"), or, in capitals, what the speakers are ("TEACHER",
// "STUDENTS", "TEACHER AND STUDENTS"): the person introduced with that
// title, or else speakers the text does not name.
func (r *reader) label(l string, pi int, said string) (*Speaker, Via) {
	l = unabbreviated(l) // "PM: Of course St George has been on alert …"
	if anonymousLabel(l) {
		// "State Department Official One": someone the briefing does
		// not name, the same one in each of the label's turns
		for _, sp := range r.speakers {
			if sp.Kind == Unnamed && strings.EqualFold(sp.Name, l) {
				return sp, ByName
			}
		}
		return &Speaker{Name: labelName(l), Kind: Unnamed}, ByName
	}
	if chairs.Has(strings.ToUpper(l)) {
		// "Operator:", "MODERATOR:": who runs the call, the person they
		// say they are ("… my name is Doris Robinson and I am going to
		// be the moderator"), in every turn of theirs
		title := capitalised(strings.ToLower(l))
		for _, sp := range r.chairsNamed {
			if sp.Title == title {
				return sp, ByName
			}
		}
		if m := chairIntroRE().FindStringSubmatch(said); m != nil {
			sp := r.cast.person(m[1], true)
			if sp.Title == "" {
				sp.Title = title
			}
			r.chairsNamed = append(r.chairsNamed, sp)
			return sp, ByName
		}
		return &Speaker{Name: strings.ToLower(l), Kind: Unnamed}, ByName
	}
	if l == "A" {
		// "Q: … A: …": the answers are the interviewee's
		if sp := r.interviewee(); sp != nil {
			return sp, ByRole
		}
	}
	if sp := r.labelled(l, said); sp != nil {
		return sp, ByName
	}
	if sp := r.transliterated(l); sp != nil {
		return sp, ByName
	}
	if words := strings.Fields(l); (describes(words) || len(words) == 1 && roleNouns.Has(strings.ToLower(l))) && r.cast.known(l) == nil { // ("WITNESS:", "Passenger:")
		if len(words) == 1 {
			if sp := r.byRole(strings.ToLower(l), len(r.t.Body), 0); sp != nil { // a label may name whom the text introduces later
				return sp, ByRole
			}
			if held := r.holder(l); held != nil && seats.Has(strings.ToLower(l)) {
				return held, ByRole // "MINISTER:" on a release headed "Senator the Hon David Johnston" / "Minister for Defence"
			}
		}
		return &Speaker{Name: strings.ToLower(l), Kind: Unnamed}, ByName
	}
	if f := strings.Fields(l); (len(f) <= 4 && seats.Has(strings.ToLower(f[len(f)-1])) || titleOffice(l)) && strings.ToUpper(said) != said {
		// an office ("PRIME MINISTER:", "THE PRESIDENT:"): the person
		// given that title, or else the office itself; not whoever a
		// sentence of the turns opens with, as an office in the story's
		// own words may be ("The Prime Minister said:")
		if sp := r.addressedHolder(l); sp != nil {
			// "JOURNALIST: Mr Costello, tomorrow night's Budget …?" over
			// "TREASURER: …": the one the questions address by name,
			// before anyone the text gives the title to (the Prime
			// Minister of another country, named in one of the turns)
			if sp.Title == "" {
				sp.Title = labelName(strings.TrimPrefix(l, "The "))
			}
			return sp, ByRole
		}
		if sp := r.byRole(l, len(r.t.Body), 0); sp != nil && (len(f) == 1 || officeHeld(l, sp)) && !r.namedInTurnsOf(sp, l) {
			// ("PRIME MINISTER:" is not whoever is "Minister for
			// Agriculture", or the "Minister for Home Affairs Karen
			// Andrews" the Prime Minister's turn names, or the "acting
			// Prime Minister Wayne Swan" the Prime Minister says she
			// has spoken to)
			return sp, ByRole
		}
		if sp := r.holder(l); sp != nil {
			// "TREASURER:" on a page headed "THE HON WAYNE SWAN MP Deputy
			// Prime Minister Treasurer": the one the heading honours with
			// the office
			return sp, ByRole
		}
		if sp := r.introducedHolder(l); sp != nil {
			// "PRESENTER:" / "Malcolm Turnbull has called us – mate,
			// good morning to you?" over "PRIME MINISTER:": the one
			// person the turn before the office's first names
			if sp.Title == "" {
				sp.Title = labelName(strings.TrimPrefix(l, "The "))
			}
			return sp, ByRole
		}
		if sp := r.catalogued; sp != nil {
			// a page of the Prime Ministers' transcripts filed under
			// "Turnbull, Malcolm": the office's turns are his
			if sp.Title == "" {
				sp.Title = labelName(strings.TrimPrefix(l, "The "))
			}
			return sp, ByRole
		}
		// (whose title it is: "Prime Minister")
		office := strings.TrimPrefix(l, "The ")
		return &Speaker{Name: strings.ToLower(office), Title: labelName(office), Kind: Unnamed}, ByName
	}
	if rs := []rune(l); len(rs) > 2 && unicode.IsUpper(rs[0]) && !slices.ContainsFunc(rs[1:], func(c rune) bool { return !unicode.IsLower(c) && c != '-' && c != '\'' && c != '’' }) &&
		!orgNouns.Has(l) && !placeOpeners.Has(l) {
		if sp, via := r.resolve(l, pi, 0); sp != nil && sp.Kind != Organisation {
			return sp, via
		}
		if !r.placeName(l) && inFirstPerson(said) {
			// "Rhimes: I don’t think …": a surname alone, as a
			// round-table prints its guests, speaking for themselves
			// (not a page's "Timeline: Who Knew What and When?")
			return r.cast.person(l, true), ByName
		}
	}
	if len(l) >= 2 && len(l) <= 3 && capWords(l, 1, isUpperLetter, isUpperLetter) && inFirstPerson(said) && r.cast.known(l) == nil && !r.placeName(l) {
		// "SS: Well, I was not there …": the initials a printed
		// interview labels its guest by, when the text names no one
		// with them, and the turn speaks for its speaker
		return &Speaker{Name: l, Kind: Person}, ByName
	}
	return r.resolve(l, pi, 0)
}

// turnsOf is the label of the turn each paragraph is part of: the latest
// label at or before it, inline ("PM: On behalf of Australia …") or on a
// line of its own, as labelName writes it; "" before the first (a page's
// field, "Media type:", is no turn's).
func (r *reader) turnsOf() []string {
	out := make([]string, len(r.t.Body))
	cur := ""
	for i, p := range r.t.Body {
		if name, _, ok := ownLineLabel(p.Text); ok {
			cur = labelName(name)
		} else if l, _, ok := turnLabel(p.Text); ok && !furnitureLabel(l) {
			cur = labelName(l)
		}
		out[i] = cur
	}
	return out
}

// namedInTurnsOf tells a person the text names only inside the turns of
// label: someone that speaker talks about, as no one names themselves
// ("I've spoken this morning with the acting Prime Minister Wayne Swan",
// in a turn of "PM:").
func (r *reader) namedInTurnsOf(sp *Speaker, label string) bool {
	turns, named := r.turns(), false
	for _, m := range r.cast.mentions {
		if m.sp != sp {
			continue
		}
		if m.para < 0 || m.para >= len(turns) || !strings.EqualFold(unabbreviated(turns[m.para]), label) {
			return false
		}
		named = true
	}
	return named
}

// introducedHolder is the speaker of an office's label ("PRIME
// MINISTER:") when the office's first turn answers the transcript's
// first, another label's, and that turn names one person and no other
// by a full name, opening its sentence, with no title or the office's:
// the guest it introduces.
func (r *reader) introducedHolder(office string) *Speaker {
	labels := r.turns()
	first := slices.IndexFunc(labels, func(l string) bool { return l != "" })
	if first < 0 || strings.EqualFold(unabbreviated(labels[first]), office) {
		return nil
	}
	answer := first
	for answer < len(labels) && labels[answer] == labels[first] {
		answer++
	}
	if answer == len(labels) || !strings.EqualFold(unabbreviated(labels[answer]), office) {
		return nil
	}
	var who *Speaker
	for _, m := range r.cast.mentions {
		if m.para < first || m.para >= answer || m.sp.Kind != Person {
			continue
		}
		if who != nil && who != m.sp || !m.opens || countFields(m.sp.Name) < 2 || m.sp.Title != "" && !officeHeld(office, m.sp) {
			return nil
		}
		who = m.sp
	}
	return who
}

// holder is the one person a heading honours (see honouredLine) who
// holds the office label names, or nil.
func (r *reader) holder(label string) *Speaker {
	var who *Speaker
	for _, h := range r.honoured {
		if sp := h.sp; officeHeld(label, sp) {
			if who != nil && who != sp {
				return nil
			}
			who = sp
		}
	}
	return who
}

// officeHeld tells an office's label whose every word but "the",
// "affairs" and the joining words is a word of sp's title or
// affiliation: "FOREIGN MINISTER" is the "Minister for Foreign Affairs",
// "Minister for Trade" the "Trade Minister", "Assistant Minister for
// Foreign Affairs" the "Assistant Foreign Minister", but "PRIME
// MINISTER" no "Minister for Home Affairs".
func officeHeld(label string, sp *Speaker) bool {
	held := strings.Fields(strings.ToLower(sp.Honorific + " " + sp.Title + " " + sp.Affiliation)) // ("Penny Wong, Foreign Minister:" reads as a minister of Foreign)
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if w != "the" && w != "affairs" && !titleJoiners.Has(w) && !slices.Contains(held, w) { // ("Minister for Foreign Affairs" is the "Foreign Minister")
			return false
		}
	}
	return true
}

// unabbreviated writes out the office that Australian and British copy
// abbreviates, in a label ("PM:") or a sentence ("The PM said"): the
// Prime Minister.
func unabbreviated(np string) string {
	switch np {
	case "PM":
		return "Prime Minister"
	case "The PM", "the PM":
		return "the Prime Minister"
	case "The CS", "the CS":
		return "the Cabinet Secretary" // Kenya's ministers: "The CS told elders"
	}
	return np
}

// cataloguedPerson is the person a page files itself under: the one
// name its headings give inverted, "Surname, Given" ("Turnbull,
// Malcolm", "Howard, John"), as an archive's catalogue does; nil when
// they give none, or more than one person. The person also goes by the
// initials of the given names the fullest such heading gives: "Keating,
// Paul John" is Paul Keating, and "P J Keating" or "P.J. Keating".
func (r *reader) cataloguedPerson() *Speaker {
	name := ""
	var initials []string
	lines := make([]string, 0, len(r.t.Headings))
	for _, h := range r.t.Headings {
		lines = append(lines, h.Text)
	}
	for pi := range r.t.Body {
		if item, ok := r.t.tagAt(pi); ok {
			lines = append(lines, item) // an item of the page's furniture: "Released by:" / "• Keating, Paul John"
		}
	}
	for _, l := range lines {
		surname, given, ok := strings.Cut(strings.TrimSpace(l), ", ")
		g := strings.Fields(given)
		if !ok || strings.Contains(surname, " ") || !isCap(surname) || len(g) == 0 || len(g) > 3 || !isGivenName(g[0]) || slices.ContainsFunc(g, func(w string) bool { return !isCap(w) }) {
			continue
		}
		if n := g[0] + " " + surname; name == "" {
			name = n
		} else if n != name {
			return nil
		}
		if len(g) > len(initials) {
			initials = initials[:0]
			for _, w := range g {
				initials = append(initials, string(firstRune(w)))
			}
		}
	}
	if name == "" {
		return nil
	}
	p := r.cast.person(name, true)
	if len(initials) > 1 {
		surname := lastWord(name)
		r.cast.alias(strings.Join(initials, " ")+" "+surname, p)   // "P J Keating"
		r.cast.alias(strings.Join(initials, ". ")+". "+surname, p) // "P. J. Keating"
		r.cast.alias(strings.Join(initials, ".")+". "+surname, p)  // "P.J. Keating"
	}
	return p
}

// misspelt tells two words of five letters or more, in lower case, that
// differ only as a transcript's label may misspell a surname: two letters
// next to each other swapped ("URLICH" for Ulrich), one letter left out
// ("VVDENSKA" for VVedenska), or, in a name of six letters or more, one
// vowel inside it for another ("Sindomwo" for Sindimwo, "MILLAR" for
// Miller). Long names, of nine letters or more, that open with the same
// letter may differ by two such slips: "Kryzezewski" for Krzyzewski.
func misspelt(a, b string) bool {
	if a == b || min(len(a), len(b)) < 5 {
		return false
	}
	if min(len(a), len(b)) >= 9 && a[0] == b[0] {
		return slips(a, b) <= 2
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	switch len(a) - len(b) {
	case 0:
		if i > 0 && i+1 < len(a) && strings.ContainsRune("aeiouy", rune(a[i])) && strings.ContainsRune("aeiouy", rune(b[i])) && a[i+1:] == b[i+1:] {
			return len(a) >= 6 // one vowel for another inside a long name: "Sindomwo" for Sindimwo
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		return a[i+1:] == b[i:]
	case -1:
		return b[i+1:] == a[i:]
	}
	return false
}

// slips is the number of letters put in, left out, changed or swapped
// with the next that make a into b (the optimal string alignment
// distance, counted in bytes), or 3 when it is more than two.
func slips(a, b string) int {
	if d := len(a) - len(b); d > 2 || d < -2 {
		return 3
	}
	prev2, prev, cur := make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], 3)
}

// interviewee is the person a transcript's answers ("A: …") are given
// to: the one its title or a paragraph before its first turn says was
// interviewed ("Full Transcript of VOA Interview with U.S. Secretary of
// State John Kerry", "Masood Farivar interviewed Secretary of State John
// Kerry"), or nil.
func (r *reader) interviewee() *Speaker {
	texts := r.headerTexts()
	for _, text := range texts {
		l := strings.ToLower(text)
		if len(l) != len(text) {
			continue // offsets in the lower case would not be the text's
		}
		if sp := r.interviewedIn(text); sp != nil {
			return sp
		}
		for _, cue := range intervieweeCues {
			i := strings.Index(l, cue)
			if i < 0 {
				continue
			}
			if np := npAfter(text[i+len(cue):]); np != "" && isCap(np) && !pronouns.Has(np) {
				if sp := r.cast.known(np); sp != nil && sp.Kind == Person {
					return sp
				}
				if p, ok := parseRun(strings.Fields(np)); ok && !p.org && countFields(p.name) >= 2 {
					return r.cast.findTitled(p)
				}
			}
		}
	}
	return nil
}

// headerTexts are the title of a transcript and the paragraphs and
// headings before its first turn (not counting a header's "Subject: …").
func (r *reader) headerTexts() []string {
	texts := []string{r.t.Title}
	first := math.MaxInt // the line of the first turn
	for _, p := range r.t.Body {
		if l, _, ok := turnLabel(p.Text); ok && !furnitureLabel(l) {
			first = p.Line
			break
		}
		texts = append(texts, p.Text)
	}
	for _, h := range r.t.Headings {
		if h.Line < first && h.Text != r.t.Title {
			texts = append(texts, h.Text) // "Interview with John Stanley, 2GB" set as a heading over the turns
		}
	}
	return texts
}

// interviewedIn is the person a sentence says was interviewed, in the
// passive, "Minister for Industry, Science and Technology Karen Andrews
// was interviewed on Sky News AM Agenda.", or nil.
func (r *reader) interviewedIn(text string) *Speaker {
	i := strings.Index(strings.ToLower(text), " was interviewed")
	if i <= 0 || len(strings.ToLower(text)) != len(text) {
		return nil
	}
	if np := npBefore(text[:i]); np != "" && isCap(np) && !pronouns.Has(np) {
		if p, ok := parseRun(strings.Fields(np)); ok && !p.org && countFields(p.name) >= 2 {
			return r.cast.findTitled(p)
		}
	}
	return nil
}

// interviewers marks in asks the labels of a transcript that says, in
// the passive, whom it interviews ("Karen Andrews was interviewed on Sky
// News"; "Interview with Grant Denyer" may name either side): a label not
// the interviewee's that asks in half its turns or more is the
// interviewer's ("Annelise Nielsen: … Karen, thank you for joining us.",
// "Annelise Nielsen: … How many jobs can Australians expect?").
func (r *reader) interviewers(asks map[string]bool, turns labelTurns) {
	officeTurns := false // a turn under an office's label, "Assistant Minister for Foreign Affairs:": the minister's page, who answers
	for l := range turns.all {
		officeTurns = officeTurns || titleOffice(labelName(l))
	}
	// a page filed under the person who answers ("Morrison, Scott"), or
	// one whose answers are under an office's label, or one that names a
	// programme after the names, titled "Interview with Grant Denyer, Ed
	// Kavalee and Ash London, 2Day FM", "Transcript Interview with Lisa
	// Miller, ABC News, News Breakfast": the people it names are the hosts
	// (and a label that misspells one of them by a letter is theirs:
	// "Lisa Millar:")
	header := r.headerTexts()
	for _, text := range header {
		text = strings.TrimSpace(text)
		// (after up to three words that say what kind: "Transcript",
		// "Radio interview with Hamish Macdonald, ABC Radio National
		// Breakfast")
		at := strings.Index(strings.ToLower(text), "interview with ")
		if at < 0 || countFields(text[:at]) > 3 || strings.ContainsAny(text[:at], ",:;.") {
			continue
		}
		rest := text[at+len("interview with "):]
		var names []string
		outlet := false
		for _, name := range strings.Split(strings.ReplaceAll(rest, " and ", ", "), ", ") {
			if broadcastOutlet(name) {
				outlet = true
			} else if f := strings.Fields(name); len(f) >= 2 && len(f) <= 3 && capWords(name, 3, isUpperLetter, isLabelLetter) && (r.catalogued == nil || !strings.EqualFold(lastWord(name), lastWord(r.catalogued.Name))) {
				names = append(names, strings.ToUpper(name))
			}
		}
		if r.catalogued == nil && !officeTurns && !outlet {
			continue // "Interview with Madeleine Albright": whom the programme interviewed
		}
		for _, name := range names {
			asks[name], asks[lastWord(name)] = true, true
			for l := range turns.all {
				if f := strings.Fields(l); len(f) == 2 && f[0] == firstWord(name) && misspelt(strings.ToLower(f[1]), strings.ToLower(lastWord(name))) {
					asks[l] = true
				}
			}
		}
	}
	var iv *Speaker
	for _, text := range header {
		if iv = r.interviewedIn(text); iv != nil {
			break
		}
	}
	if iv == nil {
		return
	}
	surname := strings.ToUpper(lastWord(iv.Name))
	for l, n := range turns.all {
		if q := turns.questions[l]; lastWord(l) != surname && q >= 1 && 2*q >= n {
			asks[l] = true
		}
	}
}

// broadcastOutlet tells a programme or station a transcript's header
// names after its hosts: "ABC News", "News Breakfast", "Radio 2UE",
// "2GB", "Sky News Newsday", "Triple M The Border 105.7".
func broadcastOutlet(s string) bool {
	for _, w := range strings.Fields(s) {
		if broadcastWords.Has(strings.ToLower(w)) || callSign(w) {
			return true
		}
	}
	return false
}

// broadcastWords name a station or a programme.
var broadcastWords = lazy.Words(`news radio fm am tv television channel program programme breakfast today sunrise network
newsradio show drive agenda abc bbc sky`)

// callSign tells an Australian station's call sign: a digit and two or
// three capitals ("2GB", "3AW", "2UE").
func callSign(w string) bool {
	return len(w) >= 3 && len(w) <= 4 && w[0] >= '1' && w[0] <= '9' && strings.IndexFunc(w[1:], func(r rune) bool { return !isASCIIUpper(r) }) < 0
}

// intervieweeCues come before the name of the person interviewed.
var intervieweeCues = []string{"interview with ", "interviewed ", "conversation with ", "q&a with "}

// greetsGuest tells a first turn, of label l, that only greets someone
// another label of the transcript (seen, in capitals) stands for, by
// name or office: "Prime Minister Scott Morrison, good morning." under
// "MARK LEVY:", with "PRIME MINISTER:" after it; or that names another
// label in full and welcomes it by its given name.
func greetsGuest(turn, l string, seen map[string]int) bool {
	if wordsIn(turn) > 14 {
		return false
	}
	greets := containsAny(strings.ToLower(turn), greetings)
	up := " " + strings.Join(strings.FieldsFunc(strings.ToUpper(turn), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }), " ") + " "
	for o := range seen {
		if o == l || lastWord(o) == lastWord(l) || !strings.Contains(up, " "+o+" ") {
			continue
		}
		// ("Here’s Senator Michael Ronaldson. Welcome Michael.")
		if f := strings.Fields(o); greets || len(f) >= 2 && strings.Contains(up, " WELCOME "+f[0]+" ") {
			return true
		}
	}
	return false
}

// greetings open a host's first turn to a guest ("welcome" may welcome
// an audience: "So firstly welcome, everyone, especially the Prime
// Minister, to McKinlay Shire.").
var greetings = []string{"good morning", "good afternoon", "good evening", "thanks for joining", "thank you for joining", "g'day", "g’day"}

// opensProgramme are the two presenters a programme's first turn names
// as it opens: "I'm Avi Arditti with Rosanne Skirble, and this week on
// WORDMASTER", "Hello, I'm Jo Lee and Sam Ray." (the speaker first). One
// name alone may be a briefing's moderator or a minister at a doorstop
// ("I'm Julie Collins. I'm the federal Minister for Agriculture …"),
// whose words are quoted.
func opensProgramme(turn string) []string {
	m := signOnRE().FindStringSubmatch(strings.TrimSpace(turn))
	if m == nil || m[2] == "" {
		return nil
	}
	return []string{m[1], m[2]}
}

// signOnRE reads a programme's opening: a greeting at most, then "I'm"
// and a full name, and a co-presenter's after "with" or "and".
var signOnRE = lazy.Regexp(`^(?:(?:Hello|Hi|Good (?:morning|afternoon|evening)|Welcome)[^.!?]{0,40}?[,.!]\s+)?(?:I'm|I’m|I am)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,?\s+(?:with|and)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}))?\b`)

// nameInitials is a full name's initials, in capitals: "AA" for Avi
// Arditti.
func nameInitials(name string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(name) {
		b.WriteRune(unicode.ToUpper(firstRune(w)))
	}
	return b.String()
}

// labelFits tells a transcript's label that stands for the full name:
// its surname, or its initials ("AA" for Avi Arditti), or the name
// misspelt by a letter.
func labelFits(name, l string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	return strings.EqualFold(FoldName(f[len(f)-1]), FoldName(l)) || nameInitials(name) == l || strings.EqualFold(name, l) || misspelt(strings.ToLower(FoldName(f[len(f)-1])), strings.ToLower(FoldName(l)))
}

// labelled finds the person a transcript's label in capitals stands
// for: the one whose surname it is or whose initials ("AA" for Avi
// Arditti), or who introduces themselves in the words after it ("VVEDENSKA:
// “My name is Tetyana VVedenska …”").
func (r *reader) labelled(l, said string) *Speaker {
	if strings.ToUpper(l) != l || strings.ContainsRune(l, ' ') {
		return nil
	}
	for i := len(r.cast.people) - 1; i >= 0; i-- {
		if p := r.cast.people[i]; labelFits(p.Name, l) {
			return p
		}
	}
	if m := selfIntroRE().FindStringSubmatch(said); m != nil && labelFits(m[1], l) {
		return r.cast.person(m[1], true)
	}
	return nil
}

// transliterated is the one person introduced in full whose surname a
// one-word label spells another way, as names from other scripts are:
// "Kareem:" for Najmaldin Karim — the same first letter and the same
// consonants in the same order, the vowels aside.
func (r *reader) transliterated(l string) *Speaker {
	if strings.ContainsRune(l, ' ') || !isCap(l) || len(l) < 4 || r.cast.known(l) != nil {
		return nil
	}
	var found *Speaker
	for _, p := range r.cast.people {
		f := strings.Fields(p.Name)
		if p.Kind != Person || len(f) < 2 || !sameConsonants(strings.ToLower(FoldName(f[len(f)-1])), strings.ToLower(FoldName(l))) {
			continue
		}
		if found != nil && found != p {
			return nil // (two it may be)
		}
		found = p
	}
	return found
}

// sameConsonants tells two spellings of a name that open with the same
// letter and have the same consonants in the same order, a doubled one
// once, and as many runs of vowels ("karim", "kareem"; "mohammed",
// "muhamad"; not "miller", "mallory"), both of five letters or more (a
// short name's vowels are much of it: "Young", "Yang").
func sameConsonants(a, b string) bool {
	// skeleton is a name's consonants, a doubled one once, and how many
	// runs of vowels it has (its syllables, near enough)
	skeleton := func(s string) (string, int) {
		var out []rune
		prev, syllables := rune(0), 0
		for i, c := range s {
			vowel := strings.ContainsRune("aeiouy", c)
			if vowel && i > 0 && !strings.ContainsRune("aeiouy", prev) {
				syllables++
			}
			if !(i > 0 && (vowel || c == 'h' || c == 'w') || !unicode.IsLetter(c) || c == prev) {
				out = append(out, c)
			}
			prev = c
		}
		return string(out), syllables
	}
	sa, na := skeleton(a)
	sb, nb := skeleton(b)
	return a != b && len(a) >= 5 && len(b) >= 5 && a[0] == b[0] && sa == sb && na == nb && len(sa) >= 3
}

// presenterIntroRE reads a presenter naming themselves in the first two
// sentences of a turn: "This is SCIENCE IN THE NEWS in VOA Special
// English. I’m Christopher Cruise.", "And I'm Steve Ember."
var presenterIntroRE = lazy.Regexp(`^(?:[^.!?]{0,120}[.!?]\s+)?(?:And\s+)?(?:I'm|I’m|I am)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)`)

// chairIntroRE reads a call's chair naming themselves anywhere in a
// turn: "And as Greg mentioned, my name is Doris Robinson and I am going
// to be the moderator".
var chairIntroRE = lazy.Regexp(`\b[Mm]y name is\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,2}\p{Lu}[\p{L}'’-]*)`)

// selfIntroRE reads a speaker naming themselves: "I'm Avi Arditti", "My
// name is Tetyana VVedenska".
var selfIntroRE = lazy.Regexp(`^\W*(?:I'm|I’m|I am|[Mm]y name is|[Tt]his is)\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,2}\p{Lu}[\p{L}'’-]*)`)

// window is how much text around a verb the reader looks at for its
// subject: names, titles and appositives are short, and a bounded window
// keeps reading a paragraph of any length linear.
const window = 300

// tail is the end of s, at most n bytes, starting at a word.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[len(s)-n:]
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// head is the start of s, at most n bytes, ending at a word.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	return s
}

// passive tells a speech verb whose subject is spoken to, not speaking:
// "Congress was told", "with Congress told last March that", "was asked".
func passive(toks []token, i int) bool {
	w := strings.ToLower(toks[i].core)
	if infinitiveVerbs.Has(w) && i+2 < len(toks) && toks[i+1].core == "to" && toks[i].tail == "" && !determiners.Has(strings.ToLower(toks[i+2].core)) && !isCap(toks[i+2].core) && !strings.HasSuffix(toks[i+2].core, "s") &&
		(!sayVerbs.Has(w) || i > 0 && passiveBefore.Has(strings.ToLower(toks[i-1].core))) {
		return true // "continues to view", "is said to be" (but "Councillor Mike Sullivan said to open the meeting")
	}
	if w != "told" && !strings.HasSuffix(w, "ed") {
		return false // (a participle in -ed may be passive: "was told", "were denied three points")
	}
	if i > 0 && reducedPassive.Has(strings.ToLower(toks[i-1].core)) && toks[i-1].tail == "" {
		return true // "when asked to condemn them": the main clause's subject was asked
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		prev := strings.ToLower(toks[j].core)
		switch prev {
		case "was", "were", "been", "being", "is", "are", "be", "get", "got":
			return true // "was told", "was commonly called"
		}
		if !strings.HasSuffix(prev, "ly") && prev != "also" && prev != "then" && prev != "often" && prev != "now" && prev != "still" && prev != "sometimes" && prev != "once" {
			break // "what is now called the Tuol Sleng Genocide Museum"
		}
	}
	if w == "told" && i+1 < len(toks) {
		switch strings.ToLower(toks[i+1].core) {
		case "that", "last", "on", "in", "by", "during", "this", "earlier", "yesterday", "today":
			return true
		}
	}
	return false
}

// pastOwner extends a noun phrase of toks that ends (before end) in a
// possessive to what is owned: its words in small letters up to a role
// or a body ("the ministry's chief spokesman"), and the name set after
// them, which is then the phrase ("The government's environment
// department Defra" is Defra). It returns where the phrase starts and
// ends: 0 and end when it ends in no possessive.
// bodyThenRole reads, from toks[i], a body's name of capitalised words
// and the small words that join them ("and", "of", "for", "the"), at most
// eight, then a role noun in small letters: "Fire and Emergency New
// Zealand spokeswoman". It returns the index after the role noun, or 0.
func bodyThenRole(toks []token, i int) int {
	k := i
	for k < len(toks) && k < i+8 && toks[k].tail == "" && (isCap(toks[k].core) || k > i && titleJoiners.Has(toks[k].core) && k+1 < len(toks) && isCap(toks[k+1].core)) {
		k++
	}
	if k == i || k >= len(toks) || !isCap(toks[k-1].core) || !roleNouns.Has(toks[k].core) {
		return 0
	}
	return k + 1
}

func pastOwner(toks []token, end int) (int, int) {
	if !toks[end-1].possessive || toks[end-1].tail != "" {
		return 0, end
	}
	noun := -1
	for k := end; k < len(toks) && k < end+4 && toks[k-1].tail == "" && unicode.IsLower(firstRune(toks[k].core)); k++ {
		if w := strings.ToLower(toks[k].core); isRoleNoun(w) || orgRoleNouns.Has(w) {
			noun = k
		}
	}
	if noun < 0 {
		return 0, end
	}
	end = noun + 1
	for end < len(toks) && end < noun+4 && toks[end-1].tail == "" && isCap(toks[end].core) {
		end++
	}
	if end > noun+1 {
		return noun + 1, end
	}
	return 0, end
}

// reducedPassive open a clause whose participle is passive: "when asked",
// "if pressed".
var reducedPassive = lazy.Words(`when if after unless before until`)

// clauseSubject is the subject of the clause a speech verb ends, when
// the verb does not follow it directly: "Speaking about the crisis, the
// Secretary took the opportunity to stress" → "the Secretary". It is the
// noun phrase that opens the clause (after any opening phrase set off by
// a comma), with at most eight words and no relative pronoun between it
// and the verb.
func clauseSubject(clause string) string {
	c := strings.TrimSpace(tail(clause, window))
	if i := strings.LastIndex(c, ", "); i >= 0 {
		c = c[i+2:]
	}
	// "X a Y who assisted with the training, said": a description and a
	// relative clause the writer closed with a comma before the verb
	closed := strings.HasSuffix(c, ",")
	toks := tokenize(c, 0)
	if len(toks) < 2 {
		return ""
	}
	if len(toks) > 2 && quantityWords.Has(strings.ToLower(toks[0].core)) && toks[1].core == "of" && toks[0].tail == "" {
		// "Part of Trump's tweet included the statement": the tweet's
		return clauseSubject(c[toks[2].start:])
	}
	var np string
	var end int
	switch first := toks[0].core; {
	case pronouns.Has(first):
		np, end = first, 1
	case determiners.Has(strings.ToLower(first)) && len(toks) > 2 && (!isCap(toks[1].core) || toks[1].tail == "" && (isRoleNoun(strings.ToLower(toks[2].core)) || describedRole(toks, 2) > 0)) || strings.EqualFold(first, "the") && len(toks) > 2:
		// ("a Republican senator stood": a description whose adjective
		// is capitalised)
		end = 2
		if toks[1].core == "of" && toks[1].tail == "" {
			// "One of them", "one of the children"
			end = 3
			if determiners.Has(toks[2].core) && toks[2].tail == "" && len(toks) > 3 {
				end = 4
			}
		}
		for end < len(toks) && end < 4 && toks[end-1].tail == "" && (isCap(toks[end].core) || roleNouns.Has(strings.ToLower(toks[end].core)) || belongingNouns.Has(toks[end].core)) {
			end++
		}
		if end+1 < len(toks) && toks[end-1].tail == "" && toks[end].core == "of" && toks[end].tail == "" && orgNouns.Has(toks[end-1].core) && isCap(toks[end+1].core) {
			if runs := capRuns(toks[end+1:]); len(runs) > 0 && runs[0].start() == toks[end+1].start {
				end += 1 + len(runs[0].toks) // "The Bank of England issued": the body's whole name
			}
		}
		if k := bodyThenRole(toks, 1); k > end {
			end = k // "A Fire and Emergency New Zealand spokeswoman": the body's long name, then the role
		}
		if k := describedRole(toks, end); k > end && isCap(toks[end-1].core) {
			end = k // "A U.S. federal judge": a place's name, then words in small letters to the role
		}
		if end+1 < len(toks) && toks[end-1].tail == "" && toks[end].tail == "" && isCap(toks[end-1].core) && orgRoleNouns.Has(toks[end].core) && isCap(toks[end+1].core) && toks[end+1].lead == "" {
			// "The United States agency National Transportation Safety
			// Board said": a body's nation and what it is, then its name
			if runs := capRuns(toks[end+1:]); len(runs) > 0 && runs[0].start() == toks[end+1].start {
				named := end + 1
				end += 1 + len(runs[0].toks)
				np = c[toks[named].start:toks[end-1].coreEnd()]
				break // (out of the switch: the subject is the name)
			}
		}
		var from int
		from, end = pastOwner(toks, end)
		np = c[toks[from].start+len(toks[from].lead) : toks[end-1].coreEnd()]
		if timeNouns.Has(strings.ToLower(toks[end-1].core)) {
			return "" // "This week, …": when, not who
		}
	case isCap(first) && !sentenceWords.Has(first):
		runs := capRuns(toks)
		if len(runs) == 0 || runs[0].start() != toks[0].start {
			return ""
		}
		end = len(runs[0].toks)
		np = c[:runs[0].end()]
		if end == 1 && isDemonym(toks[0].core) && toks[0].tail == "" {
			// "Cambodian government officials declined": what the
			// people are, not a name
			for k := 1; k < len(toks) && k <= 4 && unicode.IsLower(firstRune(toks[k].core)) && toks[k-1].tail == ""; k++ {
				if w := strings.ToLower(toks[k].core); isRoleNoun(w) || orgRoleNouns.Has(strings.TrimSuffix(w, "s")) {
					end, np = k+1, c[:toks[k].coreEnd()]
				}
			}
		} else if !runs[0].possessive && end <= 3 && toks[end-1].tail == "" {
			// "Harvard pro-Palestine organizers slammed", "Memphis parents
			// are suing": people the name only says where or whose they are
			for k := end; k < len(toks) && k <= end+3 && unicode.IsLower(firstRune(toks[k].core)) && toks[k-1].tail == ""; k++ {
				w := strings.ToLower(toks[k].core)
				if isRoleNoun(w) && pluralPeople(w) || k == end && seats.Has(w) {
					// (or the office of the place, "North Carolina
					// governor")
					end, np = k+1, c[:toks[k].coreEnd()]
					break
				}
				if stopBefore.Has(w) || determiners.Has(w) || isSpeechVerb(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
					break // "Sanders shared with his supporters": a verb and its object
				}
			}
		}
		if runs[0].possessive && end == len(runs[0].toks) && len(runs) > 1 && runs[1].toks[0].start == runs[0].toks[end-1].end+1 {
			// "Congo's Information Minister Lambert Mende said he …
			// but added": the person the body's possessive introduces
			if p, ok := parseRun(runs[1].words()); ok && !p.org && p.name != "" && (p.title != "" || p.honorific != "") {
				end, np = end+len(runs[1].toks), c[runs[1].start()+len(runs[1].toks[0].lead):runs[1].end()]
			}
		}
		if runs[0].possessive && end == len(runs[0].toks) {
			// "Bristol's outgoing mayor has used": the role the
			// possessive is of, a word or two after it
			for k := end; k < len(toks) && k <= end+2 && unicode.IsLower(firstRune(toks[k].core)) && toks[k-1].tail == ""; k++ {
				if w := strings.ToLower(toks[k].core); isRoleNoun(w) && !strings.HasSuffix(w, "s") {
					end, np = k+1, c[:toks[k].coreEnd()]
					break
				}
			}
		}
		if name := nameAfterTitle(toks, c); name != "" && len(runs) > 1 {
			// "Assembly president Richard Ferrand …": the name after the
			// body and the role
			for k, t := range toks {
				if t.start+len(t.lead) == strings.Index(c, name) {
					np, end = name, k+countFields(name)
					break
				}
			}
		}
	case unicode.IsLower(firstRune(first)):
		// "diaspora blogger Labrish finds": a role in small letters, then
		// the name of the one who has it
		k := 0
		for k < len(toks) && k < 3 && unicode.IsLower(firstRune(toks[k].core)) && toks[k].tail == "" && toks[k].lead == "" {
			k++
		}
		if k == 0 || k == len(toks) || !isRoleNoun(strings.ToLower(toks[k-1].core)) {
			return ""
		}
		runs := capRuns(toks[k:])
		if len(runs) == 0 || runs[0].start() != toks[k].start {
			return ""
		}
		end = k + len(runs[0].toks)
		np = c[:runs[0].end()]
	default:
		return ""
	}
	rest := toks[end:]
	if len(rest) > 1 && (rest[0].core == "of" || rest[0].core == "from" || rest[0].core == "with") && rest[0].tail == "" {
		// "Mick Jagger of The Rolling Stones also reacted": the body a
		// person belongs to is not part of the clause
		k := 1
		for k < len(rest) && (isCap(rest[k].core) || rest[k].core == "the") && rest[k-1].tail == "" {
			k++
		}
		if k > 1 && isCap(rest[k-1].core) {
			rest = rest[k:]
		}
	}
	if len(rest) > 8 && !(closed && len(rest) <= 16) {
		return ""
	}
	for i, t := range rest {
		switch strings.ToLower(t.core) {
		case "and":
			if i == len(rest)-1 {
				continue // "The State Department gave … and said"
			}
			if next := rest[i+1].core; i > 1 && t.tail == "" && unicode.IsLower(firstRune(next)) && (strings.HasSuffix(next, "ed") || isSpeechVerb(next) || writingVerbs.Has(next)) && !strings.HasSuffix(rest[i-1].core, "ed") {
				continue // "Nick Nostitz covered the rally and shared": a second verb of the same subject, after the first's object (not "was respected and loved")
			}
			return ""
		case "who", "whom", "whose":
			if closed && i > 0 {
				return np
			}
			return ""
		case "which", "that", "but":
			return ""
		}
	}
	if len(rest) > 8 {
		return "" // a long clause closed with a comma, but no relative clause in it
	}
	return np
}

// nameWord tells a word spelled like a verb of speech that is not one: a
// capitalised word inside a name ("the United States is") or a noun
// after a determiner ("his remarks were").
func nameWord(toks []token, i int) bool {
	if i == 0 || toks[i-1].tail != "" {
		return false
	}
	// a noun after a determiner is no verb either: "his remarks", "the
	// talks", "their claims"
	return isCap(toks[i].core) && isCap(toks[i-1].core) || nounDeterminers.Has(strings.ToLower(toks[i-1].core))
}

// nounDeterminers come before nouns, never before verbs.
var nounDeterminers = lazy.Words(`the a an his her their its our my your these those such`)

// listenerVerbs take who listened as their object: "told the Nevada
// Independent", never "told Smith" for Smith speaking.
var listenerVerbs = lazy.Words(`tell tells told telling`)

// addresseeVerbs take whom the words were for as their object, never
// who said them: "…, advises Minister Moshe Arbel to ‘do it in a smart
// way’".
var addresseeVerbs = lazy.Words(`advise advises advised urge urges urged ask asks asked warn warns warned remind reminds reminded
implore implores implored encourage encourages encouraged instruct instructs instructed order orders ordered beg begs begged`)

// openingName is the name a sentence opens with, however long the
// clause after it: "Trump made a confusing statement about …, stating"
// → "Trump".
func openingName(clause string) string {
	toks := tokenize(clause, 0)
	np, ok := runAt(toks, 0)
	if !ok || np.name == "" {
		return ""
	}
	if w := toks[0].core; np.name == w && len(toks) > 1 && len(w) > 4 && strings.HasSuffix(w, "ing") && !isGivenName(w) && toks[0].tail == "" {
		if next := toks[1].core; openingPreps.Has(next) || attachPreps.Has(next) || determiners.Has(next) {
			return "" // "Standing with Ethiopia's jailed blogger [1]:", a post's title: a participle, no name
		}
	}
	return np.name
}

// runAt reads as a name the run of capitalised words that starts at
// token k of toks, the first of them (none before it is capitalised),
// unless it is a possessive ("Trump's").
func runAt(toks []token, k int) (nameParts, bool) {
	runs := capRuns(toks)
	if len(runs) == 0 || k >= len(toks) || runs[0].start() != toks[k].start || runs[0].possessive {
		return nameParts{}, false
	}
	return parseRun(runs[0].words())
}

// openingPerson is the full name of a person a clause opens with, after
// at most three words in small letters that say what the person is:
// "forecaster Glaiza Escullar of …", "National Disaster Response Force
// Inspector Rajesh Yawale, who …": a given name known as one, or a role
// or an office before the name.
func openingPerson(clause string) string {
	toks := tokenize(clause, 0)
	k := 0
	for k < len(toks) && k < 3 && unicode.IsLower(firstRune(toks[k].core)) && toks[k].tail == "" && !isSpeechVerb(toks[k].core) &&
		!determiners.Has(toks[k].core) && !clauseJoiners.Has(toks[k].core) && !subordinators.Has(toks[k].core) && !framePreps.Has(toks[k].core) &&
		!pronouns.Has(toks[k].core) && !attachPreps.Has(toks[k].core) && !strings.HasSuffix(toks[k].core, "ing") {
		k++ // (but "while Interior Minister Joachim Brudziński wrote", "with shadow Minister Tracy Davis saying" are clauses of their own)
	}
	np, ok := runAt(toks, k)
	if !ok || np.org || countFields(np.name) < 2 {
		return ""
	}
	if givenSex(strings.ToLower(firstWords(np.name, 1)[0])) == 0 && np.title == "" && (k == 0 || !isRoleNoun(strings.ToLower(toks[k-1].core))) {
		return ""
	}
	return strings.TrimSpace(np.title + " " + np.name)
}

// firstPerson is the first full name of a person in a clause: "Since
// then, a Republican, Mark Amodei, has voiced support" → "Mark Amodei".
func firstPerson(clause string) string {
	for _, run := range capRuns(tokenize(clause, 0)) {
		if np, ok := parseRun(run.words()); ok && !np.org && !run.possessive && countFields(np.name) >= 2 {
			return np.name
		}
	}
	return ""
}

// openingAppositive is the name set off after the phrase a sentence
// opens with: "The largest opposition party, the Conservative Party,
// greeted …" → "the Conservative Party".
func openingAppositive(sentence string) string {
	segs := strings.SplitN(sentence, ", ", 3)
	if len(segs) < 3 || countFields(segs[0]) > 6 {
		return ""
	}
	name := segs[1]
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") && isAcronym(name[i+2:len(name)-1]) {
		name = name[:i] // "the Syrian Democratic Forces (SDF)"
	}
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 6 {
		return ""
	}
	for i, w := range f {
		if !isCap(w) && !(i == 0 && strings.EqualFold(w, "the")) && !particles.Has(w) && w != "of" && w != "and" && w != "for" {
			return ""
		}
	}
	return name
}

// describedRole is the end of a role noun after words in small letters
// from toks[from], at most three of them, none set off by punctuation
// ("federal judge", "state senator"); 0 when there is none.
func describedRole(toks []token, from int) int {
	for k := from; k < len(toks) && k < from+3; k++ {
		t := toks[k]
		if !unicode.IsLower(firstRune(t.core)) || k > from && toks[k-1].tail != "" {
			return 0
		}
		if isRoleNoun(strings.ToLower(t.core)) {
			return k + 1
		}
	}
	return 0
}

// leadingSubject is the noun phrase a sentence opens with, the subject
// of its first clause, or of the clause after an opening phrase set off
// by a comma: "Trump, also on Twitter, defended his decision" → "Trump".
// However long the clause, only its opening words are read: "He provided
// Wikinews with the text of a message he sent to …" → "He".
func leadingSubject(sentence string) string {
	if f := firstWords(sentence, 3); len(f) == 3 && userHandle(strings.Join(f, " ")) != "" {
		return strings.TrimRight(strings.Join(f, " "), ",;:") // "LJ user mmpbel, 30, posted …": a site's user by the handle
	}
	segs := strings.Split(strings.TrimRight(sentence, ", "), ", ") // (the comma before "calling" ends no phrase)
	framed := 0                                                    // the phrases set off before the subject
	for i, seg := range segs {
		if i > framed+1 {
			break
		}
		if i == framed && i+1 < len(segs) && i < 3 && (i == 0 && openingPhrase(seg) || sentenceAdverbial(seg)) {
			framed++
			continue // "Chairing the council's meeting, he outlined", "Earlier this month, however, he performed": the subject after the phrases
		}
		if title, _ := appositiveTitle(seg + ","); i == framed && i+2 < len(segs) && title != "" {
			// "Commissioner for Health and Food Safety, Stella Kyriakides,
			// made the following statement", "Another user, Peter Khoo,
			// shared a similar view": the office or what the person is,
			// then who
			if np, ok := parseRun(strings.Fields(segs[i+1])); ok && !np.org && np.title == "" && countFields(np.name) >= 2 && np.name == segs[i+1] && !slices.ContainsFunc(strings.Fields(np.name), func(w string) bool { return !isCap(w) }) {
				return np.name
			}
		}
		if f := strings.Fields(seg); len(f) > 8 {
			seg = strings.Join(f[:8], " ")
		}
		if np := participleSubject(seg); np != "" && i == framed {
			return np
		}
		if np := clauseSubject(seg + " x"); np != "" {
			return np
		}
	}
	// no clause of the sentence reads as a subject and its verb alone,
	// as when the verb reports what follows it ("Taking a swipe at Amit
	// Shah, the Congress on Wednesday said that one of his …"): the
	// subject of the first verb of speech after the phrases
	for i := framed; i < len(segs) && i <= framed+1; i++ {
		f := strings.Fields(segs[i])
		if k := slices.IndexFunc(f, isSpeechVerb); k > 0 && k <= 8 {
			if np := clauseSubject(strings.Join(f[:k], " ") + " x"); np != "" {
				return np
			}
		}
	}
	return ""
}

// participleSubject is the subject after an opening phrase of a
// participle that no comma sets off: "Supporting Arild's call Arif
// Jebtik slammed …" is Arif Jebtik's sentence, and "In Israel, writing
// on his blog Gresghom Gorenberg notes …" his. The subject is the first
// run of capitalised words after a word in small letters (so a phrase
// that ends in a name, "writing at South Jerusalem Gresghom Gorenberg",
// runs the two together).
func participleSubject(seg string) string {
	f := strings.Fields(seg)
	if len(f) < 4 || len(f[0]) < 5 || !strings.HasSuffix(f[0], "ing") || isGivenName(f[0]) {
		return ""
	}
	for k := 2; k < len(f); k++ {
		if isCap(f[k]) && unicode.IsLower(firstRune(f[k-1])) {
			return clauseSubject(strings.Join(f[k:], " ") + " x")
		}
	}
	return ""
}

// readSpeech notes the subjects of the speech verbs in narration
// ("Smith said the fund would grow"), the candidates "she" may refer to.
func (r *reader) readSpeech(s string, base, pi int, starts []int) {
	toks := tokenizeInto(r.tokens, s, 0)
	r.tokens = nil // (taken while in use)
	defer func() { r.tokens = toks[:0] }()
	reported := false // in what a speech verb of this clause reports ("he added that …")
	for i, t := range toks {
		if i > 0 && strings.ContainsAny(toks[i-1].tail, ".?!,;") {
			reported = false // a new sentence or clause: "While Pilot said that …, Priyanka Gandhi accused"
		}
		if strings.EqualFold(t.core, "according") && i+1 < len(toks) && toks[i+1].core == "to" {
			if sp, _ := r.resolve(npAfter(s[toks[i+1].end:]), pi, base+t.start); sp != nil {
				r.heard(sp, base+t.start)
			}
			continue
		}
		if quotingVerbs.Has(strings.ToLower(t.core)) && t.tail == "" && !reported {
			// "KCNC-TV reported Longshore as saying.", "The Herald quoted
			// Mohadi as saying": the one quoted is heard, not the outlet
			if np, _, ok := strings.Cut(s[t.end:min(len(s), t.end+120)], " as saying"); ok && np != "" && !strings.ContainsAny(np, ",.;:“”\"") {
				if sp, _ := r.resolve(strings.TrimSpace(np), pi, base+t.end); sp != nil {
					r.heard(sp, base+t.end)
					reported = true // (what follows "saying" is what was said: "… the faction led by Morgan Tsvangirai asking for evidence" is no one heard)
					continue
				}
			}
		}
		if w := strings.ToLower(t.core); (w == "asked" || w == "questioned") && i >= 2 && !reported && passive(toks, i) && !strings.ContainsAny(toks[i-1].tail, ",;:") {
			// "Bolt was asked how his performance stood against Michael
			// Phelps": the one asked answers, and is heard
			if a := slices.IndexFunc(toks[max(0, i-3):i], func(t token) bool { w := strings.ToLower(t.core); return w == "was" || w == "were" }); a >= 0 {
				a += max(0, i-3)
				if sub := npBefore(s[:toks[a].start]); sub != "" {
					if sp, _ := r.resolve(sub, pi, base+toks[a].start); sp != nil && sp.Kind == Person {
						r.heard(sp, base+t.start)
					}
				}
			}
			continue
		}
		if !reportsSpeech(toks, i) || passive(toks, i) || nameWord(toks, i) || reported {
			// ("he added that a man reported for door knocking had a
			// reason to be there": he is heard, the man is what he said)
			continue
		}
		if i > 0 && toks[i-1].tail == "" && determiners.Has(strings.ToLower(toks[i-1].core)) && strings.HasSuffix(strings.ToLower(t.core), "ed") {
			continue // "another added task", "the stated aim": a word of the noun, no verb
		}
		if strings.HasSuffix(strings.ToLower(t.core), "ing") && i > 0 && (strings.HasSuffix(toks[i-1].tail, ",") || toks[i-1].core == "by" && toks[i-1].tail == "" && sayVerbs.Has(strings.ToLower(t.core))) {
			// "…, Gatland paid full respect to the All Blacks, saying",
			// "Jaiswal responded to a question on Trump's claims … by
			// saying": the subject of the clause before speaks
			// (not one that introduces a quotation, whose attribution says)
			if !strings.Contains(t.tail, ":") && i+1 < len(toks) {
				if sp, _, _ := r.lastSubject(s[:t.coreEnd()], pi, base); sp != nil && sp.Kind == Person {
					r.heard(sp, base+t.start)
				}
			}
			continue
		}
		if i > 0 && toks[i-1].core == "to" && toks[i-1].tail == "" {
			continue // "is expected to announce": nothing said yet
		}
		if i > 0 && i+1 < len(toks) && strings.HasSuffix(toks[i-1].tail, ",") && t.tail == "" && strings.HasSuffix(strings.ToLower(t.core), "ed") && participlePreps.Has(toks[i+1].core) {
			continue // "a press conference at Parliament, called with less than an hour's notice": what was done to it, no one speaking
		}
		if w := strings.ToLower(t.core); (strings.HasPrefix(w, "decid") || strings.HasPrefix(w, "determin")) && i+1 < len(toks) && toks[i+1].core == "to" {
			continue // "why the mayor had decided to cancel the race": a decision, not words
		}
		sub := npBefore(s[:t.start])
		if head := relativeHead(s[:t.start]); head != "" {
			sub = head // "a motorist who plies the Satellite Town axis, (said)"
		}
		if and := i - 1; and > 0 && (toks[and].core == "but" || toks[and].core == "and") && toks[and].lead == "" && toks[and].tail == "" && !strings.HasSuffix(toks[and-1].tail, ",") {
			// "The 36-year-old star, who … has compared himself to
			// Steve Jobs, also brushed off criticism but thinks": a
			// second verb of the sentence's subject
			from, _ := sentenceAt(starts, toks[and].start, len(s))
			if np := leadingSubject(s[from:toks[and].start]); np != "" {
				sub = np
			}
		}
		if k := strings.LastIndex(s[:t.start], sub); sub != "" && k > 0 && strings.HasSuffix(strings.ToLower(t.core), "ing") && perceptionVerbs.Has(strings.ToLower(lastWord(strings.TrimSpace(s[:k])))) {
			continue // "he heard a man yelling": someone the speaker heard, not one the text quotes
		}
		if f := strings.Fields(strings.ToLower(sub)); strings.HasSuffix(strings.ToLower(t.core), "ing") && len(f) > 1 && (f[0] == "a" || f[0] == "an") &&
			strings.HasSuffix(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s[:t.start]), sub)), ",") {
			continue // "said Susan Reese, a defense attorney speaking in favor of the bill": what she is, not someone else heard
		}
		if i > 0 && strings.HasSuffix(toks[i-1].tail, ",") && !listenerVerbs.Has(strings.ToLower(t.core)) {
			// "…, say Prime Minister John Key and Deputy Prime Minister
			// Bill English.": the subject after its verb, a person's name
			if after := npAfter(s[t.end:]); isCap(after) {
				if np, ok := parseRun(strings.Fields(after)); ok && !np.org && countFields(np.name) >= 2 {
					sub = after
				}
			}
		}
		if sub == "" {
			continue
		}
		if k := strings.LastIndex(s[:t.start], sub); k > 0 {
			if w := strings.ToLower(lastWord(strings.TrimSpace(s[:k]))); w == "what" || w == "whatever" {
				continue // "that was what the Taoiseach said he was going to do": what was said, reported, not a speaker heard
			}
			if f := lastFields(s[:k], 2); len(f) == 2 && strings.EqualFold(f[0], "the") && strings.EqualFold(f[1], "way") {
				continue // "He was pleased with the way his players had responded to the pressure": how they did, no one speaking
			}
		}
		if r.outletReports(sub, t.core) {
			continue
		}
		if sp, _ := r.resolve(sub, pi, base+t.start); sp != nil && !(sp.Kind != Person && strings.HasPrefix(strings.ToLower(t.core), "continu")) {
			r.heard(sp, base+t.start) // (but "as a murder probe continues" is no one speaking)
			// (what "said" reports goes on to the clause's end, with or
			// without "that": "Singh said the PM speaks whenever …")
			j := i + 1
			if j+1 < len(toks) && (toks[j].core == "out" || toks[j].core == "back") && toks[j].tail == "" {
				j++ // "pointed out that", "fired back that"
			}
			reported = t.tail == "" && j < len(toks) && (toks[j].core == "that" || sayVerbs.Has(strings.ToLower(t.core)) || listenerVerbs.Has(strings.ToLower(t.core))) // ("He told VOA Khmer the meeting … will help explain": what he told them)
		}
	}
}

// participlePreps follow a past participle set off after a noun, which
// says what was done to it: "…, called with less than an hour's notice",
// "…, issued by the ministry".
var participlePreps = lazy.Words(`with by for in at on after from during without`)

// outletReports tells a subject of "reported" or "reports" that is one
// capitalised word and no one the story has named: a paper or a
// channel ("…, Dawn reported"), which reports what someone else said,
// though its name may be a given name.
func (r *reader) outletReports(np, verb string) bool {
	v := strings.ToLower(verb)
	return (v == "reported" || v == "reports") && isCap(np) && !strings.Contains(np, " ") && !pronouns.Has(np) && r.cast.person(np, false) == nil
}

// heardRange is where in r.speakers those heard in paragraph p are, from
// lo up to hi: the speakers are heard in the order of their paragraphs.
func (r *reader) heardRange(p int) (lo, hi int) {
	return sort.SearchInts(r.heardIn, p), sort.SearchInts(r.heardIn, p+1)
}

func (r *reader) heard(sp *Speaker, at int) {
	if n := len(r.speakers); n > 0 && r.speakers[n-1] == sp {
		first := at
		if r.heardIn[n-1] == r.para {
			first = min(r.heardFirst[n-1], at)
		}
		r.heardIn[n-1], r.heardAt[n-1], r.heardFirst[n-1] = r.para, at, first
		return
	}
	r.speakers = append(r.speakers, sp)
	r.heardIn = append(r.heardIn, r.para)
	r.heardAt = append(r.heardAt, at)
	r.heardFirst = append(r.heardFirst, at)
}

// subjectOf reads the speaker in the attribution between two parts of a
// quote.
func (r *reader) subjectOf(gap string, pi, at int) (*Speaker, Via, string) {
	g := strings.TrimLeft(strings.TrimSpace(gap), ",;—– ")
	sp, via, _ := r.attributionAfter(g, ',', pi, at)
	if sp == nil {
		return nil, 0, ""
	}
	return sp, via, strings.TrimRight(g, ".,: ")
}

// openingPhrase tells words that open a sentence as a phrase of their
// own before its subject, not as a name an appositive follows:
// "Appearing on the BBC’s Radio Solent, (the Prime Minister said)", "In
// a statement, (the ministry said)".
func openingPhrase(s string) bool {
	if i := strings.LastIndex(s, ", "); i >= 0 {
		if f := strings.Fields(s[i+2:]); len(f) == 1 && isCap(f[0]) && townBefore(s[:i]) {
			// "In a note to a hospital in Santa Cruz, California": a
			// town and its state or country end the phrase
			if j := strings.LastIndex(s[:i], ", "); j >= 0 {
				i = j
			} else {
				i = -2
			}
		}
		s = s[i+2:] // "Echoing the comments of many Kurdish Iraqis, Mohammed Saleh": the name, after the phrase
	}
	two := firstWords(s, 2)
	first := strings.ToLower(strings.Join(two[:min(len(two), 1)], ""))
	if len(two) == 2 && timeNouns.Has(strings.TrimSuffix(first, "s")) && relativeTimes.Has(strings.ToLower(two[1])) {
		return true // "Hours before a tumultuous vote on …, (a Republican senator implored)"
	}
	agent := len(two) == 2 && len(first) > 4 && strings.HasSuffix(first, "ed") && two[1] == "by"            // "Introduced by BISG chair Andrew Savikas, Daunt opened"
	compound := len(two) == 2 && (first == "ahead" && two[1] == "of" || first == "prior" && two[1] == "to") // "Ahead of World Rare Disease Day on 28 February, (Commissioner …)"
	if !(len(first) > 4 && strings.HasSuffix(first, "ing") && first != "according" || framePreps.Has(first) || subordinators.Has(first) || agent || compound) {
		return false
	}
	// a person's name may end the phrase, its comma left out: "In the
	// blog post Chris Wright, the Chief Technological Officer of Red Hat
	// said"; but a name after "by" is the participle's agent
	runs := capRuns(tokenize(s, 0))
	if agent || len(runs) == 0 || runs[len(runs)-1].end() < len(strings.TrimRight(s, " ")) {
		return true
	}
	if governed(lastWord(strings.TrimSpace(s[:runs[len(runs)-1].start()]))) {
		return true // "On the office unveiled by Lai Mohammed": the name a preposition governs, not the sentence's subject
	}
	np, ok := parseRun(runs[len(runs)-1].words())
	return !ok || np.org || runs[len(runs)-1].possessive || countFields(np.name) < 2 || afterPossessive(s, runs[len(runs)-1].start())
}

// passiveSpeech tells a clause with a verb of speech in the passive: "has
// been referred to as", "was described as".
func passiveSpeech(clause string) bool {
	toks := tokenize(clause, 0)
	for i := range toks {
		if reportsSpeech(toks, i) && passive(toks, i) {
			return true
		}
	}
	return false
}

// startsInsideQuotation tells words that start inside a quotation and
// close it: more closing marks than opening ones, or an odd number of
// straight double marks (see insideQuotation, which ends inside one).
func startsInsideQuotation(seg string) bool {
	return strings.Count(seg, "”") > strings.Count(seg, "“") || strings.Count(seg, `"`)%2 == 1
}

// speechParticiple tells whether the words before a quotation hold a
// participle of a verb of speech that the quotation completes: "an
// outing called the festival's", "described as".
func speechParticiple(words string) bool {
	toks := tokenize(words, 0)
	for i := range toks {
		if reportsSpeech(toks, i) && strings.HasSuffix(strings.ToLower(toks[i].core), "ed") {
			return true
		}
	}
	return false
}

// litigants are the parties of a case, whom a court report sets against
// the counsel and the judge it hears: "the accused" who speaks after the
// prosecutor is not the prosecutor.
var litigants = lazy.Words(`accused defendant plaintiff complainant claimant respondent appellant`)

// laypeople are what the news calls people by what happened to them or
// where they were, not by their work: a police spokesperson just heard
// is not "the homeowner".
var laypeople = lazy.Words(`homeowner resident neighbour neighbor witness victim survivor passenger driver
customer shopper patient tenant visitor bystander onlooker motorist pedestrian worshipper fan spectator
eyewitness householder landlord parent`)

// pluralPeople tells a noun of people in the plural: "organizers",
// "parents", "women".
func pluralPeople(w string) bool {
	return w == "people" || w == "men" || w == "women" || w == "children" || w == "police" ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// listHead is the noun phrase that a list set off after "including" or
// "among them" belongs to, when the words before a verb end with that
// list and its closing comma: "the full congressional delegation" in
// "the full congressional delegation, including Senators Ben Cardin and
// Chris Van Hollen, and Congressmen Steny H. Hoyer and Jamie B. Raskin,
// (had called)"; or "".
func listHead(lead string) string {
	lead = strings.TrimSpace(lead)
	for w := lastWord(lead); w != "" && auxiliaries.Has(w); w = lastWord(lead) {
		lead = strings.TrimSpace(strings.TrimSuffix(lead, w)) // "…, had (called)"
	}
	if !strings.HasSuffix(lead, ",") {
		return ""
	}
	j := max(strings.LastIndex(lead, ", including "), strings.LastIndex(lead, ", among them "))
	if j < 0 || strings.ContainsAny(lead[j:], ";“”\"") {
		return ""
	}
	return npBefore(lead[:j])
}

// lastClause is the last of a sentence's clauses joined by one of seps
// that has a subject of its own ("Bird “had an inkling” …, but the prime
// minister’s statement still came as a shock", "Judd amended her
// complaint, and Gutierrez again dismissed the claim"), or the sentence.
func lastClause(sentence string, seps ...string) string {
	for _, sep := range seps {
		i := strings.LastIndex(sentence, sep)
		if i < 0 || strings.Contains(strings.ToLower(sentence[:i]), "not only") {
			continue // ("praise not only the forecasters, but the research community": one clause)
		}
		if np := leadingSubject(sentence[i+len(sep):]); np != "" && (isCap(np) || pronouns.Has(np) || strings.HasPrefix(np, "the ") && sep != ", and ") {
			return sentence[i+len(sep):]
		}
	}
	return sentence
}

// whatCalled tells a verb of speech in a clause that names a thing by
// what someone called it: "what the Socialist Worker described as",
// "what critics called".
func whatCalled(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if toks[j].tail != "" {
			return false
		}
		if strings.EqualFold(toks[j].core, "what") {
			return true
		}
	}
	return false
}

// sentenceAdverbial tells a phrase of a few words set off before a
// sentence's subject that says when or how the sentence follows on:
// "however", "Earlier this month", "Last week", "Meanwhile".
func sentenceAdverbial(seg string) bool {
	f := strings.Fields(seg)
	if len(f) == 0 || len(f) > 4 || !sentenceAdverbs.Has(strings.ToLower(f[0])) {
		return false
	}
	return !slices.ContainsFunc(f[1:], func(w string) bool { return isCap(w) && !sentenceWords.Has(w) }) // ("Last Monday", but not "Later Smith")
}

// sentenceAdverbs open a phrase that sets a sentence in time or in the
// argument.
var sentenceAdverbs = lazy.Words(`however meanwhile instead indeed still moreover furthermore also then now again
later earlier yesterday today last this next separately additionally finally previously recently subsequently
ultimately nevertheless nonetheless similarly likewise otherwise afterwards afterward`)

// afterPossessive tells a name that follows a possessive: "the BBC’s Radio
// Solent" is the BBC's, a programme, no person.
func afterPossessive(s string, at int) bool {
	b := strings.TrimRight(s[:at], " ")
	return strings.HasSuffix(b, "’s") || strings.HasSuffix(b, "'s")
}

// asidePreps open an aside of how, when or where, set off between a
// subject and its verb.
var asidePreps = lazy.Words(`with without despite after before during amid following`)

// partitive is the description of some of a group that s ends with:
// "one of the victims", "two of their neighbours", "some of the
// protesters" (the group in at most three words after its determiner).
func partitive(s string) string {
	f := strings.Fields(s)
	for n := 4; n <= 6 && n <= len(f); n++ {
		c := f[len(f)-n:]
		if !partitiveHeads.Has(strings.ToLower(c[0])) || c[1] != "of" || !determiners.Has(c[2]) && !possessives.Has(c[2]) {
			continue
		}
		if strings.ContainsAny(strings.Join(c, " "), ",.;:“”\"") || !pluralPeople(strings.ToLower(c[n-1])) {
			return ""
		}
		return strings.Join(c, " ")
	}
	return ""
}

// partitiveHeads open a description of some of a group.
var partitiveHeads = lazy.Words(`one two three some several many most few each another`)

// undescribedBody drops the words that say what kind of body a person's
// affiliation is: "Rob Callander of the group Jubilee for Climate" →
// "Rob Callander of Jubilee for Climate", as "Jo Reyes of WHO" is read.
func undescribedBody(s string) string {
	for _, prep := range []string{" of the ", " with the ", " from the ", " at the "} {
		i := strings.LastIndex(s, prep)
		if i <= 0 || !isCap(lastWord(s[:i])) {
			continue
		}
		if name, ok := describedName(s[i+len(prep)-4:]); ok && !strings.ContainsAny(strings.TrimSuffix(name, ","), ",;") {
			return s[:i] + prep[:len(prep)-4] + name
		}
	}
	return s
}

// describedName reads a body's name after the words that say what kind
// of body it is: "the campaign group Faith for Climate" → "Faith for
// Climate". One to three words in small letters after "the", the last of
// them a describing noun (see describing), then the name in capitals.
func describedName(s string) (string, bool) {
	f := strings.Fields(s)
	if len(f) < 3 || f[0] != "the" {
		return "", false
	}
	k := slices.IndexFunc(f, isCap)
	if k < 2 || k > 4 || !describing(f[k-1]) || slices.ContainsFunc(f[1:k], func(w string) bool { return !unicode.IsLower(firstRune(w)) || strings.ContainsAny(w, ",;") }) {
		return "", false
	}
	return strings.Join(f[k:], " "), true
}

// npBefore takes the noun phrase that ends a clause, the subject of the
// verb that follows it: "When asked by reporters, Major" → "Major";
// "Ann Smith, a professor at Y," → "Ann Smith"; "he also" → "he"; "Michael
// Kugelman of the Washington-based Wilson Center" → "Michael Kugelman".
// A passive ("Congress was told", "with Congress told last March") has no
// speaking subject: the caller passes the verb's next word.
func npBefore(s string) string {
	s = strings.TrimSpace(tail(s, window))
	if st := sentenceStarts(s); len(st) > 1 {
		s = s[st[len(st)-1]:] // the subject is in the verb's own sentence
	}
	s = unbracketName(s)
	s = undescribedBody(s)
	if f := firstWords(s, 2); len(f) == 2 && strings.HasSuffix(s, ",") && determiners.Has(strings.ToLower(f[0])) && strings.HasSuffix(f[1], ",") && statementNouns.Has(strings.ToLower(strings.TrimSuffix(f[1], ","))) {
		// "The statement, signed off by … and …, Alison Thompson,
		// (said)": the document speaks, whoever its aside names
		return f[0] + " " + strings.TrimSuffix(f[1], ",")
	}
	if i := strings.LastIndex(s, " and "); i > 0 && isCap(lastWord(s[:i])) {
		// "councillor Kelvin Squire and other councillors (fired back)":
		// the one named, for the others with them
		if f := strings.Fields(s[i+5:]); len(f) == 2 && (f[0] == "other" || f[0] == "fellow") && strings.HasSuffix(f[1], "s") || len(f) == 1 && (f[0] == "others" || f[0] == "colleagues") {
			s = s[:i]
		}
	}
	// skip adverbs and auxiliaries between subject and verb
	for {
		w := lastWord(s)
		lw := strings.ToLower(w)
		if auxiliaries.Has(lw) || strings.HasSuffix(lw, "ly") && len(lw) > 4 && !isCap(w) && !lyNouns.Has(strings.TrimSuffix(lw, ",")) {
			s = strings.TrimSpace(s[:len(s)-len(w)])
			continue
		}
		if rest := strings.TrimSpace(strings.TrimSuffix(s, w)); weekdays.Has(w) && lastWord(rest) == "on" && (isCap(lastWord(strings.TrimSpace(strings.TrimSuffix(rest, "on")))) || isRoleNoun(lastWord(strings.TrimSpace(strings.TrimSuffix(rest, "on")))) || orgRoleNouns.Has(lastWord(strings.TrimSpace(strings.TrimSuffix(rest, "on")))) || ownedBodies.Has(lastWord(strings.TrimSpace(strings.TrimSuffix(rest, "on"))))) {
			// "President Rodrigo Duterte on Thursday (said)", "The United
			// Nations humanitarian chief on Thursday (told)", "The
			// Zimbabwean opposition on Tuesday (accused)": when, not who
			s = strings.TrimSpace(strings.TrimSuffix(rest, "on"))
			continue
		}
		if rest := strings.TrimSpace(strings.TrimSuffix(s, w)); weekdays.Has(w) && (strings.HasSuffix(rest, ",") && isCap(lastWord(strings.TrimSuffix(rest, ","))) || isCap(lastWord(rest)) && !weekdays.Has(lastWord(rest))) {
			// "…, Danny Jordaan, Thursday (said)", "President Rodrigo
			// Duterte Thursday (said)": a day with no "on", when, not who
			s = strings.TrimSuffix(rest, ",")
			continue
		}
		if w == "who" || w == "that" && !strings.Contains(s, ",") {
			// "drafted by Alex Greenwich who said": the name before it
			s = strings.TrimSpace(s[:len(s)-len(w)])
			continue
		}
		if lw == "as" && strings.HasSuffix(strings.ToLower(strings.TrimSpace(s[:len(s)-2])), "quoted") {
			// "X was quoted as saying"
			s = strings.TrimSpace(s[:len(s)-2])
			s = strings.TrimSpace(s[:len(s)-len("quoted")])
			continue
		}
		break
	}
	if body, ok := strings.CutSuffix(s, ","); ok {
		// "All Blacks captain Richie McCaw, with several cuts and bruises
		// adorning his face, (said)": an aside of how or where, set off
		// after the name
		if i := strings.LastIndex(body, ", "); i > 0 && asidePreps.Has(firstWord(body[i+2:])) && isCap(lastWord(body[:i])) && !strings.ContainsAny(body[i+2:], ";:“”\"") {
			s = body[:i]
		}
	}
	if w := lastWord(s); w == "someone" || w == "somebody" || strings.EqualFold(s, "one") {
		return w // "…, and someone (yelled)", "“…,” one (wrote)"
	}
	if strings.EqualFold(s, "the other") {
		return s // "“…,” the other (added)"
	}
	if np := partitive(s); np != "" {
		return np // "“…,” one of the victims (said)": one of them, not all
	}
	if np := relativeSubject(s); np != "" {
		return np
	}
	if name := pseudonym(s); name != "" {
		// "an official surnamed Cao from the provincial government’s
		// news office (said)": the description that names the person,
		// and where the person works after it
		if i := strings.LastIndex(s, " "+name); i >= 0 {
			rest := strings.TrimSpace(s[i+1+len(name):])
			if rest == "" || hasAnyPrefix(rest, "from ", "of ", "at ", "with ", "in ") && !strings.ContainsAny(rest, ",;") {
				desc := s[:i+1+len(name)]
				if k := strings.LastIndex(desc, ", "); k >= 0 {
					desc = desc[k+2:]
				}
				return strings.TrimSpace(desc)
			}
		}
	}
	if np := placedDescription(s); np != "" {
		return np // "a female teacher in Takhar (told VOA)": the teacher
	}
	if rest, ok := cutSuffixAny(s, " and", " but"); ok {
		// "Trump refused to visit the cemetery and (referred)", "Syrian
		// Khaldoun Jarbou too wasn't impressed but (writes)": the
		// subject of the verb the "and" or "but" joins it to
		if i := strings.LastIndex(rest, ", "); i >= 0 {
			rest = rest[i+2:]
		}
		if np := leadingSubject(rest); np != "" && isCap(np) && !pronouns.Has(np) && countFields(np) <= 4 {
			return np
		}
	}
	closed := strings.HasSuffix(s, ",") // what stands between the name and the verb was set off
	s = strings.TrimSpace(strings.TrimSuffix(s, ","))
	if strings.HasSuffix(s, ")") {
		// "Mike Ryan of the World Health Organization (WHO)"
		if i := strings.LastIndex(s, " ("); i > 0 {
			s = strings.TrimSpace(strings.TrimSuffix(s[:i], ","))
		}
	}
	if np := chainHead(s); np != "" {
		return np
	}
	// drop what may stand between a name and its verb after a comma: an
	// age (", 45"), a relative clause (", who led the inquiry")
	for {
		i := strings.LastIndex(s, ", ")
		if i < 0 {
			break
		}
		seg := strings.Fields(s[i+2:])
		if len(seg) > 0 && nameSuffix(seg[0]) != "" && isCap(lastWord(s[:i])) {
			s = strings.TrimSpace(s[:i]) // "Jack Kelly, Jr. of the council": the name, its suffix and body aside
			continue
		}
		if len(seg) > 0 && (len(seg) == 1 && (isNumber(seg[0]) || isPartyState(seg[0]) || postNominals.Has(seg[0]) && isCap(lastWord(s[:i])) || (postalStates.Has(seg[0]) || seg[0] == "D" || seg[0] == "R") && isCap(lastWord(s[:i])) || isCap(seg[0]) && placedBefore(s[:i]) && !(isAcronym(seg[0]) && len(seg[0]) > 3)) || (seg[0] == "who" || seg[0] == "which" || seg[0] == "whose") && (closed || !isCap(seg[len(seg)-1])) ||
			len(seg) > 1 && (seg[0] == "of" || seg[0] == "from" || seg[0] == "at") && i > 0 && isCap(lastWord(s[:i])) && isCap(seg[len(seg)-1]) ||
			(gerundPhrase(seg) || framePreps.Has(seg[0]) && !(subordinators.Has(seg[0]) && !closed && isCap(seg[len(seg)-1]))) &&
				(closed || !endsWithPerson(seg))) {
			// an age, a party and state ("D-N.Y.") or a party alone
			// ("Mayor Bill de Blasio, D, said"), letters after a name
			// ("Keir Starmer, QC, said"), a town's state
			// ("Williamstown, VT"), an affiliation (", of
			// the Society for Acute Medicine,"), a relative clause,
			// "speaking by phone from Kabul",
			// "in a statement": what the name did or where, not who
			// (but "Meanwhile, in Brussels Leo Varadkar said": the
			// phrase ends with its sentence's subject)
			s = strings.TrimSpace(s[:i])
			continue
		}
		if len(seg) <= 3 && streetNouns.Has(strings.TrimRight(lastWord(s[:i]), ",")) && !slices.ContainsFunc(seg, func(w string) bool { return !isCap(w) }) {
			s = strings.TrimSpace(s[:i]) // "Mr Pascall, of David Drive, Harold Park,": the district after the street
			continue
		}
		if len(seg) <= 3 && !slices.ContainsFunc(seg, func(w string) bool { return !isCap(w) }) && campusOf(s[:i]) {
			s = strings.TrimSpace(s[:i]) // "Jo Anne Van Tilburg of the University of California, Los Angeles": the campus after the body
			continue
		}
		if f := strings.Fields(s[:i]); len(f) >= 3 && !strings.Contains(s[:i], ", ") && isCap(f[0]) && strings.HasSuffix(f[0], "ing") && unicode.IsLower(firstRune(f[1])) {
			s = strings.TrimSpace(s[i+2:]) // "Speaking ahead of his meeting with the UN Under-Secretary-General, the Tánaiste (said)": the phrase opens the sentence, its subject comes after
			break
		}
		// an appositive in lower case after a name: "Ny Chakrya, head
		// investigator for the rights group Adhoc", "Commissioner
		// Kyriakides, responsible for Health and Food Safety,"
		apposite := determiners.Has(seg[0]) || isRoleNoun(seg[0]) || titleOpeners.Has(seg[0]) ||
			offices.Has(seg[0]) || honorifics.Has(seg[0]) || slices.ContainsFunc(seg, func(w string) bool { return w == "that" || w == "who" || w == "which" }) ||
			unicode.IsLower(firstRune(seg[0])) && !attachPreps.Has(seg[0]) && seg[0] != "and" && seg[0] != "or" && seg[0] != "but" &&
				(closed || !pronouns.Has(seg[len(seg)-1]) && !framePreps.Has(seg[0]) && !subordinators.Has(seg[0]) && !strings.Contains(s[i:], ". "))
		if n := len(seg); n >= 3 && isCap(seg[n-1]) && isCap(seg[n-2]) && !isCap(seg[n-3]) && !orgNouns.Has(seg[n-1]) && !attachPreps.Has(seg[n-3]) && !titleJoiners.Has(seg[n-3]) {
			apposite = false // "an attendee Om Prakash": the segment ends with a name
		}
		if apposite && !closed && endsWithPerson(seg) {
			apposite = false // "…, new Prime Minister Hamza Abdi Barre spoke": the segment ends with its subject
		}
		if named := slices.DeleteFunc(slices.Clone(seg), func(w string) bool { return w == "the" }); !slices.ContainsFunc(named, func(w string) bool { return !isCap(w) }) {
			// "…, Prime Minister Tuilaepa", "…, Senator the Hon Penny
			// Wong": the name itself
			if np, ok := parseRun(named); ok && np.name != "" && !np.org {
				apposite = false
			} else if ok && np.name == "" && np.title != "" {
				apposite = true // "Dr Gwenllian Davies, Mudiad Meithrin Chief Executive added": a title after a name
			} else if ok && np.org && closed && len(seg) > 1 && i > 0 && isCap(lastWord(s[:i])) {
				apposite = true // "Councillor Mark Norris, Rhondda Cynon Taf Council, said": the body after a name
			}
		}
		if n := len(seg); n > 1 && closed && isCap(seg[0]) && isRoleNoun(seg[n-1]) && unicode.IsLower(firstRune(seg[n-1])) && i > 0 && isCap(lastWord(s[:i])) {
			apposite = true // "Phil Davies, Joint Unit for Waste Crime manager, added": a role after a name
		}
		if k := slices.IndexFunc(seg, func(w string) bool { return !isCap(w) }); k > 0 && k+1 < len(seg) && closed && isRoleNoun(seg[k]) && (attachPreps.Has(seg[k+1]) || seg[k+1] == "in") && i > 0 && isCap(lastWord(s[:i])) {
			apposite = true // "Cllr Peter Dowd, Labour leader from Sefton, (who added)": a role and where
		}
		if k := slices.IndexFunc(seg, func(w string) bool { return !isCap(w) }); k > 0 && closed && (attachPreps.Has(seg[k]) || seg[k] == "to") && slices.ContainsFunc(seg[:k], offices.Has) && i > 0 && isCap(lastWord(s[:i])) {
			apposite = true // "Mel Stride, Financial Secretary to the Treasury, said": an office and what it serves
		}
		if len(seg) == 1 && closed && epithet(seg[0]) && i > 0 && isCap(lastWord(s[:i])) {
			apposite = true // "Bhuvneshwar Kumar, Man-of-the-Series, said": what the name is, in one hyphened word
		}
		if apposite && !closed && theRole(seg) {
			apposite = false // "…, France and America, the Minister remarked": the role the text gave someone is the subject, not set off from a name
		}
		if (len(seg) > 1 || len(seg) == 1 && apposite && epithet(seg[0])) && apposite && !openingPhrase(s[:i]) && !sentenceAdverbial(s[:i]) {
			// (but "However, a villager (said)": the phrase before the
			// comma sets the sentence in the argument; the description
			// after it is the subject)
			head := strings.TrimSpace(s[:i])
			if j := strings.LastIndex(head, ", "); j >= 0 && isNumber(head[j+2:]) {
				head = head[:j] // "Ahmed Ali, 34, a taxi driver"
			}
			if np := roleAtBody(head); np != "" {
				return np // "A Typhoon pilot from 1(Fighter) Squadron, attached to …,": the pilot
			}
			if np, _ := trailingNP(strings.TrimSpace(blankPartyStates(head))); np != "" && isCap(np) && !pronouns.Has(np) {
				return np
			}
		}
		break
	}
	if head, examples, ok := strings.Cut(s, " such as "); ok && head != "" && strings.Contains(examples, " and ") && !strings.ContainsAny(examples, ",;") {
		s = head // "Political commentators such as Brit Hume and Chris Wallace": the people the examples are of
	}
	if i := strings.LastIndex(s, " in "); i > 0 && !strings.ContainsAny(s[i:], ",;()") && countFields(s[i+4:]) <= 3 && !slices.ContainsFunc(strings.Fields(s[i+4:]), func(w string) bool { return !isCap(w) }) {
		// a place in capitals after "in": "The Aam Aadmi Party in Goa", a
		// body and where it is; "Juan Cristobal in Caracas Chronicles
		// (reports)", "Juan Cristobal in Caracas (said)", a person by a
		// given name and where the person writes or is
		if f := strings.Fields(s[:i]); orgNouns.Has(lastWord(s[:i])) || len(f) >= 2 && isCap(f[len(f)-1]) && isCap(f[len(f)-2]) && givenSex(strings.ToLower(f[len(f)-2])) != 0 {
			s = s[:i]
		}
	}
	for w := lastWord(s); auxiliaries.Has(strings.ToLower(w)) && len(w) < len(s); w = lastWord(s) {
		// "The Emergencies Ministry has, in a statement, (called)": the
		// auxiliary before the aside
		s = strings.TrimSpace(s[:len(s)-len(w)])
	}
	for _, post := range []string{" responsible for ", " in charge of "} {
		// "The State Department official responsible for the Rewards for
		// Justice Program (told)": the role, whatever it is in charge of
		if i := strings.LastIndex(s, post); i > 0 && isRoleNoun(strings.ToLower(lastWord(s[:i]))) && !strings.ContainsAny(s[i:], ",;:") && countFields(s[i:]) <= 8 {
			if np, _ := trailingNP(s[:i]); np != "" {
				return np
			}
		}
	}
	if i := strings.Index(s, " who "); i > 0 && !strings.ContainsAny(s[i:], ",;:") {
		// "Dr. Kaleemullah Khan who is the deputy head of the program
		// (said)": a clause not set off by commas that says what the
		// named person is
		if f := firstWords(s[i+5:], 2); len(f) == 2 && (f[0] == "is" || f[0] == "was") && determiners.Has(f[1]) {
			if head, _ := trailingNP(s[:i]); isCap(head) && !pronouns.Has(head) && countFields(head) >= 2 {
				return head
			}
		}
	}
	np, at := trailingNP(s)
	if f, lead := strings.Fields(np), strings.Fields(s[:at]); isCap(np) && len(lead) >= 2 && officeToPlace(lead[len(lead)-2], lead[len(lead)-1], len(f)) {
		np = strings.Join(f[len(f)-2:], " ") // "AU envoy to Somalia Maman Sidikou": an office to a place, then the holder's name
	}
	if np := roleAtBody(s); np != "" {
		return np
	}
	if toks := tokenize(s, 0); np == "" && len(toks) > 2 && determiners.Has(strings.ToLower(toks[0].core)) && bodyThenRole(toks, 1) == len(toks) {
		return s[toks[0].start+len(toks[0].lead):] // "A Fire and Emergency New Zealand spokeswoman (told)"
	}
	if np != "" && !isCap(np) && !pronouns.Has(np) && (closed || !theRole(strings.Fields(np))) {
		// an appositive: "Ann Smith, a professor at Y", "General Michael
		// Kurilla, the commander of US Central Command"
		prefix := strings.TrimSpace(s[:at])
		if strings.HasSuffix(prefix, ",") && !openingPhrase(prefix) && !sentenceAdverbial(strings.TrimSuffix(prefix, ",")) {
			if head, _ := trailingNP(strings.TrimSpace(blankPartyStates(strings.TrimSuffix(prefix, ",")))); head != "" && isCap(head) && !pronouns.Has(head) {
				return head
			}
		}
	}
	return np
}

// gerundPhrase tells words that open with a verb's "-ing" form in small
// letters, or with an adverb and then one: "speaking by phone from
// Kabul", "also talking to Deewa Radio". Set off after a name, they say
// what the person was doing, not who.
func gerundPhrase(seg []string) bool {
	if len(seg) > 1 && sentenceAdverbs.Has(seg[0]) {
		seg = seg[1:]
	}
	return strings.HasSuffix(seg[0], "ing") && unicode.IsLower(firstRune(seg[0]))
}

// theRole tells words that are "the" and a role or an office alone,
// "the Minister", "the spokesman": how a text refers again to someone
// it has named, the subject of its own verb unless a comma closes it as
// an appositive ("Jo Lee, the minister, said").
func theRole(words []string) bool {
	return len(words) == 2 && strings.EqualFold(words[0], "the") && (isRoleNoun(strings.ToLower(words[1])) || offices.Has(words[1]))
}

// sexOfHonorific tells a courtesy title alone that says a man's or a
// woman's name follows it ("Mr", "Mrs.", "Ms", "Sir"; not "Dr"), as the
// words for men and for women say: he is true for a man's.
func sexOfHonorific(w string) (he, ok bool) {
	he = maleWords.Has(w)
	return he, courtesyTitles.Has(w) && (he || femaleWords.Has(w))
}

// officeToPlace tells a run of n capitalised words after a role and
// "to" that is a place and then the holder's name, its last two words:
// "AU envoy to Somalia Maman Sidikou".
func officeToPlace(role, prep string, n int) bool {
	return prep == "to" && n >= 3 && isRoleNoun(strings.ToLower(role))
}

// unitTitle tells words that may all be a title before a name: a unit's
// number, capitalised words, a role in small letters, a rank's ordinal,
// none set off by punctuation.
func unitTitle(toks []token) bool {
	for i, t := range toks {
		if i < len(toks)-1 && t.tail != "" && !strings.HasSuffix(t.core, ".") || !isCap(t.core) && !isOrdinal(t.core) && !isRoleNoun(strings.ToLower(t.core)) {
			return false // (the last word may end the sentence: "… Tate Ashton.")
		}
	}
	return true
}

// epithet tells a word made of words joined by hyphens, one of them a
// joiner in small letters: "Man-of-the-Match", "Editor-in-Chief",
// "Commander-in-Chief". It says what someone is, never who.
func epithet(w string) bool {
	parts := strings.Split(strings.Trim(w, ",.;:"), "-")
	if len(parts) < 3 || !isCap(parts[0]) {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if titleSmallWords.Has(p) {
			return true
		}
	}
	return false
}

// withoutCoSubject takes off the end of lead a name joined by "and" to
// the name that follows it, so that what is left is what stands before
// both: "Giants owners John Mara and " → "Giants owners ".
func withoutCoSubject(lead string) string {
	rest, ok := strings.CutSuffix(lead, " and ")
	if !ok {
		return lead
	}
	toks := tokenize(rest, 0)
	j := len(toks)
	for j > 0 && len(toks)-j < 4 && isCap(toks[j-1].core) && toks[j-1].tail == "" && !toks[j-1].possessive {
		j--
	}
	if j == len(toks) || j > 0 && toks[j-1].tail != "" {
		return lead
	}
	if j == 0 {
		return ""
	}
	return rest[:toks[j].start]
}

// responseOf reads the name in an attribution that calls the quote what
// someone said, after it: "“…,” was Hayes' response", "“…” came
// Smith’s reply", "“…” was the verdict from Smith". It gives the name,
// without its possessive, or "".
func responseOf(toks []token) string {
	if len(toks) < 3 || !copulas.Has(strings.ToLower(toks[0].core)) || toks[0].tail != "" {
		return ""
	}
	if len(toks) >= 5 && strings.EqualFold(toks[1].core, "the") && responseNouns.Has(strings.ToLower(toks[2].core)) && toks[2].tail == "" &&
		(toks[3].core == "from" || toks[3].core == "of") && toks[3].tail == "" && isCap(toks[4].core) {
		// "“He played really good” was the revelation from Guardiola"
		var name []string
		for _, t := range toks[4:] {
			if !isCap(t.core) || len(name) == 4 {
				break
			}
			name = append(name, t.core)
			if t.tail != "" || t.possessive {
				break
			}
		}
		return strings.Join(name, " ")
	}
	// (a plain apostrophe after an s is read as a quotation's close,
	// "Hayes'", but here a noun follows)
	owner := func(t token) bool {
		return t.possessive && t.tail == "" || strings.HasSuffix(t.core, "s") && (t.tail == "'" || t.tail == "’")
	}
	var name []string
	for _, t := range toks[1:] {
		if !isCap(t.core) || len(name) == 4 {
			return ""
		}
		name = append(name, t.core)
		if owner(t) {
			break
		}
		if t.tail != "" {
			return ""
		}
	}
	n := len(name)
	if n == 0 || !owner(toks[n]) || n+1 >= len(toks) || !responseNouns.Has(strings.ToLower(toks[n+1].core)) {
		return ""
	}
	return strings.Join(name, " ")
}

// copulas and responseNouns make the attribution responseOf reads.
var (
	copulas       = lazy.Words(`was is came comes`)
	responseNouns = lazy.Words(`response reply answer verdict reaction retort message assessment view take explanation advice warning comment words revelation admission confession insistence promise claim`)
)

// pluralNoun tells toks[i], a verb of speech in -s that is also a plural
// noun, to be the noun: after a number or "member" ("13 member states",
// "two reports"), before "such as" ("COVID-19 rules such as living in a
// bubble"), and "states" with a verb right after it ("member states
// agreed", "Gulf states have").
func pluralNoun(toks []token, i int) bool {
	w := strings.ToLower(toks[i].core)
	if !pluralSpeechNouns.Has(w) {
		return false
	}
	if i > 0 && toks[i-1].tail == "" && (strings.EqualFold(toks[i-1].core, "member") || countWord(strings.ToLower(toks[i-1].core))) {
		return true
	}
	if i+1 >= len(toks) || toks[i].tail != "" {
		return false
	}
	next := strings.ToLower(toks[i+1].core)
	return next == "such" || w == "states" && (finiteAfterStates.Has(next) || strings.HasSuffix(next, "ed"))
}

// pluralSpeechNouns are verbs of speech in -s that are plural nouns too.
var pluralSpeechNouns = lazy.Words(`states rules reports claims notes remarks comments answers replies questions tweets posts calls quotes`)

// finiteAfterStates are the verbs whose subject "states" is, right
// after it: "member states have agreed", "the states will".
var finiteAfterStates = lazy.Words(`has have had was were is are will would could can may might must should shall do did`)

// wordAfter is the word after f[i], or "" at the end.
func wordAfter(f []string, i int) string {
	if i+1 < len(f) {
		return f[i+1]
	}
	return ""
}

// speechVerbBefore tells w, with next the word right after it ("" for
// none), to be a verb of speech: not "hails from", "hailed from", where
// someone comes from.
func speechVerbBefore(w, next string) bool {
	return isSpeechVerb(w) && !((w == "hails" || w == "hailed" || w == "hail") && strings.EqualFold(next, "from"))
}

// reportsSpeech tells a verb at token i that reports what its subject
// said or holds: a verb of speech, or one that does with the word after
// it ("as X put it:", "pointed out that", "believes that").
func reportsSpeech(toks []token, i int) bool {
	w := strings.ToLower(toks[i].core)
	if isSpeechVerb(w) {
		next := ""
		if i+1 < len(toks) && toks[i].tail == "" {
			next = toks[i+1].core
		}
		return speechVerbBefore(w, next) && !pluralNoun(toks, i) // (not "who hails from", "the 13 member states agreed")
	}
	if i >= 2 && toks[i-1].core == "to" && strings.EqualFold(toks[i-2].core, "this") && (writingVerbs.Has(w+"s") || writingVerbs.Has(w+"d")) {
		return true // "had this to share", as "had this to say"
	}
	if i+1 >= len(toks) || toks[i].tail != "" {
		return false
	}
	switch next := strings.ToLower(toks[i+1].core); next {
	case "it":
		return w == "put"
	case "out":
		return pointVerbs.Has(w)
	case "that":
		// "was emphatic that": an adjective of how something was said,
		// after a form of "be"
		return beliefVerbs.Has(w) || speechAdjectives.Has(w) && i > 0 && beForms.Has(strings.ToLower(lastNonAdverb(toks[:i])))
	case "back":
		return retortVerbs.Has(w) // "fired back", "hit back", "shot back"
	case "the", "this", "these", "those", "his", "her", "their", "its", "he", "she", "they", "we":
		// "Police believe the death is “suspicious”", "Miley Cyrus
		// believes she has “given freedom”": what a belief verb
		// reports, without "that"
		return beliefVerbs.Has(w) && w != "found" && w != "find" && w != "finds" && w != "finding" && w != "felt" && w != "feel" && w != "feels"
	case "on":
		// "“…,” Krzyzewski went on." / "He went on: “…”": went on
		// speaking, the clause ending there
		return (w == "went" || w == "goes") && (i+2 == len(toks) || strings.ContainsAny(toks[i+1].tail, ".,:;"))
	}
	return false
}

// speechAdjectives say how a speaker put what follows "that": "Jeff
// Jonas was also emphatic that …".
var speechAdjectives = lazy.Words(`emphatic adamant insistent blunt candid frank unequivocal categorical`)

// lastNonAdverb is the last of toks' words that is no adverb in -ly or
// "also", "very", "equally": the verb an adjective follows.
func lastNonAdverb(toks []token) string {
	for k := len(toks) - 1; k >= 0; k-- {
		w := strings.ToLower(toks[k].core)
		if w != "also" && w != "very" && w != "equally" && w != "just" && w != "as" && !(strings.HasSuffix(w, "ly") && len(w) > 4) {
			return w
		}
	}
	return ""
}

// retortVerbs report speech with "back" after them.
var retortVerbs = lazy.Words(`fired fires fire firing hit hits hitting shot shoots shoot shooting`)

// pointVerbs report speech with "out"; beliefVerbs with "that", what
// follows being what the subject holds: "He believes that “…”".
var (
	pointVerbs  = lazy.Words(`point points pointed pointing`)
	beliefVerbs = lazy.Words(`believe believes believed think thinks feel feels felt find finds found finding`)
)

// publicNouns name public bodies, and a public body by any of them:
// "the authority" may be Kent County Council.
var publicNouns = lazy.Words(`authority council agency department ministry board commission administration
regulator watchdog office bureau service`)

// nationals are the nouns for a person of a country that isDemonym's
// endings do not tell: "the American", "the Briton".
var nationals = lazy.Words(`American African Mexican Briton Scot Dane Swede Finn Pole Turk Greek Kiwi Aussie Dutchman Frenchman Welshman Irishman Englishman Scotsman`)

// crowdNouns are people together, who chant or shout as one: "a crowd
// chanted “…”".
var crowdNouns = lazy.Words(`crowd crowds audience audiences mob mobs congregation chorus`)

// unsaid are the words before "to" and a verb of speech that say the
// subject does not say them: not yet, or not at all ("is expected to
// announce", "refused to comment"), or someone else does, whom the
// subject moved to ("prompted yet another to warn").
var unsaid = lazy.Words(`expected expects expect set due going plan plans planned want wants wanted hope hopes hoped
likely unlikely able unable scheduled poised aim aims aimed intend intends intended will would
try tries tried trying attempt attempts attempted refuse refuses refused decline declines declined
ready prepared preparing need needs needed asked urged called invited allowed permitted forced told
prompted prompts led leads caused causes encouraged encourages inspired inspires persuaded convinced`)

// speechWord tells a word of running text, in any case and with its
// punctuation, that is a verb of speech.
func speechWord(w string) bool { return isSpeechVerb(strings.ToLower(strings.Trim(w, ",.;:"))) }

// subjectPronoun is "he" or "she" for a word that opens a sentence about
// a person, as a pronoun or its possessive ("She", "His"), or "".
func subjectPronoun(w string) string {
	switch w {
	case "He", "His":
		return "he"
	case "She", "Her":
		return "she"
	}
	return ""
}

// sentenceOpensWith tells whether the sentence of text that holds
// offset at-1 opens with np, in small letters.
func sentenceOpensWith(text string, at int, np string) bool {
	if at <= 0 || at > len(text) {
		return false
	}
	s0, _ := sentenceAt(sentenceStarts(text), at-1, len(text))
	return strings.HasPrefix(strings.ToLower(strings.TrimLeft(text[s0:], "“\"‘' ")), np)
}

// lyNouns end as adverbs do and are nouns: "Her family said".
var lyNouns = lazy.Words(`family ally assembly supply monopoly rally bully anomaly homily folly tally`)

// pluralAuxiliaries follow a plural subject, never a verb in the third
// person: "talks have", "claims were".
var pluralAuxiliaries = lazy.Words(`have are were will would could should may might must can do`)

var auxiliaries = lazy.Words(`also later then has had have was were is are will would could may might
previously recently once earlier again further repeatedly separately publicly privately
already still even just quickly reportedly initially subsequently finally last this week
yesterday today tonight
has, had,`)

// namedAfterLede is the person a story introduces by description in its
// first paragraph about anyone ("A mother accused of giving her son a
// fatal dose of heroin told an Old Bailey jury …") and names in the
// next, which opens with the name ("Frances Inglis wept …"); or nil.
func (r *reader) namedAfterLede(det, head string, pi int) *Speaker {
	if det != "a" && det != "an" || anonymous(r.t.Body[pi].Text) {
		return nil // ("a witness told VOA by phone on the condition of anonymity": no one the next paragraph names)
	}
	for _, m := range r.cast.mentions {
		switch {
		case m.para < pi && m.sp.Kind == Person:
			return nil // someone named before: no lede's description
		case m.para == pi+1 && m.opens && m.sp.Kind == Person:
			if slices.ContainsFunc(r.cast.mentions, func(o mention) bool { return o.sp == m.sp && o.para <= pi }) {
				return nil
			}
			if t := roleWords(m.sp.Title); slices.ContainsFunc(t, isRoleNoun) && !slices.Contains(t, head) {
				return nil // "Mohamed Ibrahim Moalimuu, a government spokesman, …" is no witness
			}
			return m.sp
		case m.para > pi+1:
			return nil
		}
	}
	return nil
}

// anonymous tells a paragraph that says its speaker is not named:
// "on the condition of anonymity", "asked not to be named", "declined to
// be identified".
func anonymous(p string) bool { return containsAny(strings.ToLower(p), anonymityPhrases) }

var anonymityPhrases = []string{"anonymity", "not to be named", "not be named", "not to be identified", "declined to be identified", "declined to be named", "without being named"}

// openerBefore is the latest person who opened a sentence of paragraph pi
// before offset at, or of the paragraph before, when no one else has been
// heard since; with subject, also one who is the first person a sentence
// names after a phrase that opens it ("Speaking to Reuters, BCG analyst
// Colin Gillis shared …").
func (r *reader) openerBefore(pi, at int, subject bool) (mention, bool) {
	for m := range r.mentionsBack(pi, at) {
		if (m.opens || subject && m.subject) && m.sp.Kind == Person {
			if n := len(r.speakers); n > 0 && r.speakers[n-1] != m.sp && (r.heardIn[n-1] > m.para || r.heardIn[n-1] == m.para && r.heardAt[n-1] > m.at) {
				break // someone else spoke since
			}
			return m, true
		}
	}
	return mention{}, false
}

// storyLead is the one person named in the first paragraph that names
// anyone, the story's opening, if it names one and pi comes after it.
func (r *reader) storyLead(pi int) *Speaker {
	var lead *Speaker
	first := -1 // the opening's paragraph
	for _, m := range r.cast.mentions {
		if m.para < 0 || m.sp.Kind != Person {
			continue
		}
		if lead == nil {
			lead, first = m.sp, m.para
		}
		if m.para > first {
			break
		}
		if m.sp != lead {
			return nil
		}
	}
	if first >= pi {
		return nil
	}
	return lead
}

// leadOrg is the organisation the story is about, when it opens with one
// as the subject of its first sentence and names no one before it:
// "French luxury fashion group Hermes … said today …", and four paragraphs
// later "“…,” it said". Paragraph pi must come after the opening.
func (r *reader) leadOrg(pi int) *Speaker {
	if m, ok := r.leadBody(); ok && m.para < pi {
		return m.sp
	}
	return nil
}

// leadBodyMention is the mention leadOrg reads: the text's first
// organisation named, as its first sentence's subject, with no person
// named before it.
func (r *reader) leadBodyMention() (mention, bool) {
	if len(r.cast.orgMentions) == 0 {
		return mention{}, false
	}
	m := r.cast.orgMentions[0]
	if m.para < 0 || slices.ContainsFunc(r.cast.mentions, func(p mention) bool {
		return p.para >= 0 && (p.para < m.para || p.para == m.para && p.at < m.at)
	}) {
		return mention{}, false
	}
	text := r.t.Body[m.para].Text
	s0, _ := sentenceAt(sentenceStarts(text), m.at, len(text))
	if s0 != 0 {
		return mention{}, false
	}
	// nothing before it but "the" or what kind of body it is: "French
	// luxury fashion group" (but "Analysts at Barclays said" are the
	// subject)
	f := strings.Fields(withoutDateline(text[:m.at]))
	if len(f) == 0 || len(f) == 1 && strings.EqualFold(f[0], "the") {
		return m, true
	}
	if !describing(strings.ToLower(f[len(f)-1])) || slices.ContainsFunc(f[1:], func(w string) bool { return isCap(w) && !nationAdjective(w) }) {
		return mention{}, false
	}
	return m, true
}

// mentionsBack yields the people and bodies named in paragraph pi before
// offset at and in the paragraph before, the latest first.
func (r *reader) mentionsBack(pi, at int) iter.Seq[mention] {
	return func(yield func(mention) bool) {
		for i := len(r.cast.mentions) - 1; i >= 0; i-- {
			m := r.cast.mentions[i]
			if m.para > pi || m.para == pi && m.at >= at {
				continue
			}
			if m.para < pi-1 || !yield(m) {
				return
			}
		}
	}
}

// textsBack yields paragraph pi's text before offset at, then the whole
// texts of the back paragraphs before it, the latest first, with their
// indexes. (A pi past the body starts at its last paragraph, whole.)
func (r *reader) textsBack(pi, at, back int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for k := min(pi, len(r.t.Body)-1); k >= max(pi-back, 0); k-- {
			text := r.t.Body[k].Text
			if k == pi {
				text = text[:min(at, len(text))]
			}
			if !yield(k, text) {
				return
			}
		}
	}
}

// memberships are seats in a body that many hold beside another title:
// the energy spokesperson is also "the MSP".
var memberships = lazy.Words(`MP MSP MLA MEP MPP MHA TD Lawmaker Legislator Congressman Congresswoman Councillor Councilor`)

// possessor is whose the role of a description is, when it says so with
// a name or an office ("first minister" in "first minister’s official
// spokesperson"), or "": a body's generic noun ("the company's chief
// executive") names no one else.
func possessor(rest, head string) string {
	before, _, ok := strings.Cut(rest, " "+head)
	if !ok {
		return ""
	}
	before += " "
	i := max(strings.LastIndex(before, "'s "), strings.LastIndex(before, "’s "))
	if i < 0 {
		return ""
	}
	owner := before[:i]
	if f := strings.Fields(owner); len(f) == 0 || len(f) == 1 && (orgRoleNouns.Has(f[0]) || placeNouns.Has(f[0]) || genericOwners.Has(f[0])) {
		return ""
	}
	return owner
}

// genericOwners are what a role may belong to without naming anyone:
// "the city's police chief", "the country's president".
var genericOwners = lazy.Words(`city country state nation county town region province school university college
hospital club team company firm group agency department ministry government council party union network station`)

// ownsRole tells whether a speaker's title or affiliation holds every
// word of owner: the White House's press secretary is someone of the
// White House.
func ownsRole(sp *Speaker, owner string) bool {
	held := strings.ToLower(sp.Title + " " + sp.Affiliation)
	return !slices.ContainsFunc(strings.Fields(owner), func(w string) bool { return w != "the" && !strings.Contains(held, w) })
}

// selfDescribed tells a description that says where someone belongs,
// with a word before its noun: "the lifetime Seymour resident", "the
// 38-year-old member", "the longtime fan" describe the person just
// heard, where "the resident" or "the other member" may be anyone.
func selfDescribed(rest string) bool {
	f := strings.Fields(rest)
	if len(f) < 2 || !belongingNouns.Has(f[len(f)-1]) {
		return false
	}
	return !slices.ContainsFunc(f[:len(f)-1], func(w string) bool {
		return otherWords.Has(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
	})
}

// belongingNouns say where someone belongs or what they follow.
var belongingNouns = lazy.Words(`resident member fan native local parishioner`)

// otherWords make a description someone else's: "the other resident",
// "a fellow member".
var otherWords = lazy.Words(`other another fellow second third`)

// personsPossessive tells a word the text writes with a possessive
// that only a person has: "Bolt's first name", "Kohli's wife".
func (r *reader) personsPossessive(name string) bool {
	return r.anyWord(name, func(p string, i int) bool {
		rest := p[i+len(name):]
		for _, s := range []string{"'s ", "’s "} {
			if after, ok := strings.CutPrefix(rest, s); ok {
				w := strings.ToLower(strings.Trim(firstWord(after), ",.;:"))
				return kinNouns.Has(w) && !sharedKin.Has(w) || w == "first" && strings.HasPrefix(after, "first name")
			}
		}
		return false
	})
}

// sharedKin are the kinNouns a body may have too: "the party's members",
// "Arsenal's fans".
var sharedKin = lazy.Words(`member fan resident victim`)

// kinNouns describe who someone is to others, not what they do: "the
// father said" is not a new description of the last speaker.
var kinNouns = lazy.Words(`family father mother wife husband son daughter brother sister man woman boy girl
child parent relative friend neighbour neighbor resident victim witness survivor member
grandmother grandfather uncle aunt cousin partner fan mum mom dad mate pal`)

// subordinators open a clause with a subject of its own: in "said
// Zelensky, while Peskov said:" Peskov is the second verb's subject.
var subordinators = lazy.Words(`while when where whereas though although because since`)

// asideOpeners open what a writer sets off between a speaker's name and
// the verb, as prepositions do (framePreps): "Goodale, speaking for the
// minister, said", "Potter, who …, added", "Mrs Kensett, of Pulborough
// Close, Whitehawk, said".
var asideOpeners = lazy.Words(`who of speaking writing responding referring answering addressing asked also standing reading`)

// appositiveOpeners open what a person is, set off by commas after the
// name: "Graeme Pearson, now a Labour MSP, said", "Ann Lee, a nurse,
// said".
var appositiveOpeners = lazy.Words(`a an now formerly currently once himself herself`)

// framePreps open a phrase of time, place or manner set off by commas
// between a name and its verb: "Doe, in a statement, said".
var framePreps = lazy.Words(`in on at during after before from via through by over while when despite though although since`)

// titleOpeners start a title in lower case: "former minister", "senior
// fellow".
var titleOpeners = lazy.Words(`former then acting deputy chief senior lead junior interim outgoing
incoming longtime veteran retired assistant associate vice co-founder founding general`)

// classYears say which year of school or college a student is in, the
// title a student paper gives them: "senior Oumoul Thiam".
var classYears = lazy.Words(`freshman sophomore junior senior first-year second-year third-year fourth-year fifth-year graduate`)

var determiners = lazy.Words(`the a an one another two three several some many other this that his her their its`)

// passiveBefore make "said to" passive: "is said to be", "reportedly
// said to have".
var passiveBefore = lazy.Words(`is are was were be been being reportedly allegedly widely long often`)

// infinitiveVerbs report speech except before "to" and a verb: "continues
// to view", "promised to build".
var infinitiveVerbs = lazy.Words(`continue continues continued promise promises promised vow vows vowed
pledge pledges pledged agree agrees agreed claim claims claimed threaten threatens threatened
urge urges urged ask asks asked say says said tell tells told`)

// governed tells a preposition whose object the name after it is, not a
// sentence's subject: "unveiled by (Lai Mohammed)", "a question from".
func governed(w string) bool {
	w = strings.ToLower(w)
	return attachPreps.Has(w) || w == "by" || w == "to" || w == "about"
}

// attachPreps attach an affiliation to the name before them.
var attachPreps = lazy.Words(`of with at from for`)

// participleOfSubject tells a participle with no comma before it that
// still goes with the sentence's subject: "Trump issued a statement at
// his golf club outside Washington, D.C. saying", but not "with the
// ministry saying" or "was saying".
func participleOfSubject(toks []token, i int) bool {
	if toks[i-1].tail != "" || auxiliaries.Has(strings.ToLower(toks[i-1].core)) || pronouns.Has(toks[i-1].core) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if c := strings.ToLower(toks[k].core); c == "with" || c == "without" {
			return false
		}
		if toks[k].tail != "" && k < i-1 {
			break
		}
	}
	return true
}

// endsWithListeners tells whether lead ends with the names of those someone
// spoke to: "Rushanara Ali spoke to BBC News South Yorkshire and BBC
// Dorset" (saying …), who listened and did not speak.
func endsWithListeners(lead string) bool {
	lead = tail(lead, 120)
	for _, v := range []string{" spoke to ", " speaking to ", " talked to ", " talking to ", " wrote to ", " writing to "} {
		if i := strings.LastIndex(lead, v); i >= 0 {
			rest := strings.Fields(lead[i+len(v):])
			return len(rest) > 0 && !slices.ContainsFunc(rest, func(w string) bool { return !isCap(w) && w != "and" && w != "the" })
		}
	}
	return false
}

// personNamed tells whether np names a person: "a speech by Michelle
// Obama describing …" describes with her words.
func (r *reader) personNamed(np string) bool {
	if np == "" || !isCap(np) || pronouns.Has(np) {
		return false
	}
	if sp := r.cast.person(np, false); sp != nil {
		return true
	}
	return namesPersonAlone(np)
}

// quantityWords open a phrase that is part of what follows "of": "Part of
// Trump's tweet", "Some of the protesters".
var quantityWords = lazy.Words(`part parts much most half all each none portions`)

// timeNouns name a time, which opens a sentence as a phrase, never as
// its subject.
var timeNouns = lazy.Words(`week weekend year month day morning afternoon evening night time summer winter spring autumn
fall decade century season hour minute moment`)

// relativeTimes follow a span of time that opens a sentence as when, not
// who: "Hours before the vote", "Days after the attack".
var relativeTimes = lazy.Words(`before after later earlier ago into since`)

// facesOffice tells whether a sentence that names sp goes on to name the
// office as another's: "Mary Lou McDonald accused the Taoiseach of being
// “delusional”" is said to the Taoiseach, whom she is not.
func (r *reader) facesOffice(sp *Speaker, office string) bool {
	for _, m := range r.cast.mentions {
		if m.sp != sp || m.para >= len(r.t.Body) {
			continue
		}
		p := r.t.Body[m.para].Text
		_, end := sentenceAt(sentenceStarts(p), m.at, len(p))
		if wordAt(strings.ToLower(p[m.at:end]), "the "+office) >= 0 {
			return true
		}
	}
	return false
}

// leadPerson is whom an office held by one person ("The Prime Minister
// said:") refers to when no one has been given that title: the first
// person a sentence of the story opens with, named there without a title
// ("Theresa May today praised …").
func (r *reader) leadPerson(title string, pi int) *Speaker {
	office, _, _ := strings.Cut(strings.ToLower(title), " of ") // "Minister of Local Government"
	if office = lastWord(office); !seats.Has(office) {
		return nil
	}
	// facing reads whether a candidate faces the office, at most three
	// times a call: each reading goes over the cast's mentions, and a
	// hostile text may name thousands who do
	tries := 0
	facing := func(sp *Speaker) bool {
		if tries++; tries > 3 {
			return true
		}
		return r.facesOffice(sp, office)
	}
	if nationalOffices.Has(office) {
		// or, for a minister, a president, a premier, the latest person
		// heard in this paragraph or the three before, or in the lead,
		// if untitled: "…, Andrew Little says." / "“…,” the Health
		// Minister said" (someone heard since with another title cannot
		// hold it: no one holds this one)
		for i := len(r.speakers) - 1; i >= 0; i-- {
			if sp := r.speakers[i]; (r.heardIn[i] >= pi-3 || r.heardIn[i] == 0) && sp.Kind == Person && sp.Title == "" && sp.Honorific == "" && !facing(sp) {
				return sp
			}
		}
	}
	for _, m := range r.cast.mentions {
		if m.para > pi {
			break
		}
		if m.opens && m.sp.Kind == Person && m.sp.Title == "" && !facing(m.sp) {
			if slices.ContainsFunc(r.cast.mentions, func(o mention) bool {
				return o.para == m.para && o.sp != m.sp && o.sp.Kind == Person && o.sp.Title == ""
			}) {
				return nil // ("Theresa May … an attack on Labour’s Angela Rayner": the lead names two, and which of them holds the office the text does not say)
			}
			return m.sp
		}
	}
	// or the one a release's heading names, with an honorific and nothing
	// else ("Hon Sandra Lee" over "Minister of Local Government"), whom
	// the text names
	for _, h := range r.t.Headings {
		f := strings.Fields(h.Text)
		if len(f) < 3 || len(f) > 5 || !honorifics.Has(f[0]) {
			continue
		}
		if sp := r.namedAlone(strings.Join(f[1:], " ")); sp != nil && sp.Title == "" {
			return sp
		}
	}
	return nil
}

// characterised tells a description that says more of someone than a
// role, as writers vary a name they have just given: an age, a past ("The
// 31-year-old singer", "the former One Direction star", "the ex-minister"),
// what they belong to in capitals, or a compound epithet ("the super-fit
// singer", "the award-winning chef").
func characterised(desc, head string) bool {
	mods, _, _ := strings.Cut(desc, " "+head)
	for w := range strings.FieldsSeq(mods) {
		if strings.HasSuffix(w, "-year-old") || strings.EqualFold(w, "former") || strings.HasPrefix(strings.ToLower(w), "ex-") || isCap(w) ||
			strings.Count(w, "-") == 1 && !strings.HasPrefix(w, "-") && !strings.HasSuffix(w, "-") && strings.ToLower(w) == w {
			return true
		}
	}
	return false
}

// ownedBy tells a name that follows, within three words, the possessive
// of the pronoun p: "her ex-husband Russell Brand" is not "she", whose
// husband he is.
func ownedBy(before, p string) bool {
	var own string
	switch p {
	case "she":
		own = "her"
	case "he":
		own = "his"
	default:
		return false
	}
	f := strings.Fields(before)
	return slices.ContainsFunc(f[max(len(f)-3, 0):], func(w string) bool { return strings.EqualFold(w, own) })
}

// nationalOffices are the seats of government a story names its main
// person by after naming them without the title.
var nationalOffices = lazy.Words(`president minister premier chancellor taoiseach tánaiste`)

// seats are offices one person holds at a time, which a description of
// someone else just heard ("the group's lawyer") cannot be.
var seats = lazy.Words(`mayor governor president minister senator secretary chancellor premier ambassador commissioner
chairman chairwoman chair spokesman spokeswoman spokesperson prosecutor sheriff head chief director judge magistrate coroner
taoiseach tánaiste treasurer attorney-general solicitor-general secretary-general`)

// objectPreps take the noun after them as their object: "relaying the
// news to parliament said" is not parliament speaking.
var objectPreps = lazy.Words(`to in at from by with on for into about over under`)

// rolesJoined tells the "and" between two roles one person holds, in
// small letters before the name: "contestant and actor George Hamilton".
func rolesJoined(f []string, w string) bool {
	k := slices.Index(f, w)
	return w == "and" && k > 0 && k+1 < len(f) && isRoleNoun(f[k-1]) && isRoleNoun(f[k+1]) && !belongingNouns.Has(f[k+1]) // (not "company commander and native of Urbana": where from)
}

// titleJoiners are the small words inside an office's name: "Minister
// for Foreign Affairs", "Secretary of State for Health and Social Care".
var titleJoiners = lazy.Words(`of for and the on in &`)

// trailingNP is the noun phrase at the end of s and where it starts: a run
// of capitalised words (the person before an affiliation: "Sam Okafor of
// King's College London" → "Sam Okafor"), a pronoun, or a determiner and
// its nouns ("the minister", "a young woman", "police"), at most eight
// words, after the last clause boundary.
func trailingNP(s string) (string, int) {
	toks := tokenize(s, 0)
	if len(toks) == 0 {
		return "", 0
	}
	n := len(toks)
	last := toks[n-1]
	if last.tail != "" && !strings.HasSuffix(last.core, ".") {
		return "", 0
	}
	if pronouns.Has(last.core) {
		return last.core, last.start
	}
	if weekdays.Has(last.core) {
		if n > 1 && toks[n-2].tail == "" && isCap(toks[n-2].core) {
			return trailingNP(strings.TrimSpace(s[:last.start])) // "in St. Paul Tuesday": when, after the name
		}
		return "", 0 // "on Thursday": when, not who
	}
	if strings.HasSuffix(last.lead, "@") && last.core != "" {
		return "@" + last.core, last.start // a social-media handle
	}
	if n == 1 && handleWord(last.core) && last.lead == "" {
		return last.core, last.start // "japanese-aliav wrote about …": a user by the handle alone, all the subject
	}
	if n >= 2 && userHandle(toks[n-2].core+" "+last.core) != "" && toks[n-2].tail == "" {
		// "LJ user merienn", "user kotya1975": a user of a site, by
		// their handle
		at := toks[n-2].start
		if n >= 3 && toks[n-3].tail == "" && isCap(toks[n-3].core) {
			at = toks[n-3].start
		}
		return s[at:last.coreEnd()], at
	}
	if isCap(last.core) {
		i := n - 1
		for i > 0 && (toks[i-1].tail == "" || toks[i-1].tail == "," && listedPortfolio(toks, 0, i-1)) && (isCap(toks[i-1].core) || particles.Has(toks[i-1].core) || ampersand(toks, i-1, i-2) || (toks[i-1].core == "of" || toks[i-1].core == "for" || toks[i-1].core == "and") && i-2 >= 0 && isCap(toks[i-2].core) && (runIsTitled(toks[i-2:i-1]) || postGeneral(toks, i-2) || toks[i-1].core == "and" && portfolio(toks[:i-1])) ||
			toks[i-1].core == "the" && i-3 >= 0 && (toks[i-2].core == "of" || toks[i-2].core == "for") && toks[i-2].tail == "" && isCap(toks[i-3].core) && titledPerson(toks[i-3:]) ||
			officeInCharge(toks, i-1)) {
			// "of" joins an office or a body to what follows ("Secretary
			// of State", "Centers for Disease Control"), not a person to
			// where they work ("John Angus of Hospital Fermathe")
			i--
		}
		j := i
		for j > 0 && toks[j-1].tail == "" && (toks[j-1].core == "the" || strings.Contains(toks[j-1].core, "-") && !isCap(toks[j-1].core)) {
			j--
		}
		for k := j; k > 2 && j-k < 3 && toks[k-1].tail == "" && unicode.IsLower(firstRune(toks[k-1].core)) && !stopBefore.Has(toks[k-1].core); k-- {
			// "Peter Iseley of worldwide victim group Ending Clergy
			// Abuse": words that say what the body is
			if attachPreps.Has(toks[k-2].core) && toks[k-2].tail == "" && k > 2 && isCap(toks[k-3].core) {
				j = k - 1
				break
			}
			if k > 3 && toks[k-2].core == "the" && toks[k-2].tail == "" && attachPreps.Has(toks[k-3].core) && toks[k-3].tail == "" && isCap(toks[k-4].core) && blogNouns.Has(toks[k-1].core) {
				j = k - 2 // "Raúl Zepeda of the blog Banalidades y Algo de Teoría": the writer, not the blog
				break
			}
		}
		if j >= 3 && toks[j-1].core == "for" && toks[j-1].tail == "" && toks[j-2].tail == "" && isRoleNoun(strings.ToLower(toks[j-2].core)) && determiners.Has(strings.ToLower(toks[j-3].core)) {
			// "a spokesman for Pittsburgh’s Bishop Robert Duncan (told)":
			// someone speaking for the person, not the person
			at := toks[j-3].start + len(toks[j-3].lead)
			return s[at:], at
		}
		if j > 3 && (toks[j-1].core == "to" || toks[j-1].core == "for") && isRoleNoun(strings.ToLower(toks[j-2].core)) && toks[j-3].core == "and" && toks[j-4].tail == "" {
			// "Jennifer Daskal of American University and contributor to
			// Slate": a second role, of the person named before
			if np, at := trailingNP(s[:toks[j-3].start]); np != "" && isCap(np) {
				return strings.TrimSpace(np), at
			}
		}
		if k, end := bodyOf(toks, j); k >= 0 {
			// "The government of President Nicolas Maduro", "the Justice
			// and Development Party (AKP) of President Recep Tayyip
			// Erdogan": the body that belongs to the person, not the
			// person; a body named is its name
			at := toks[k].start + len(toks[k].lead)
			if end < 0 {
				return s[at:], at
			}
			return s[at:toks[end-1].end], at // (its short name, in brackets, the cast has)
		}
		if k := relativeOf(toks, j); k >= 0 {
			// "The husband of nurse Alison Howe", "the mother of murdered
			// teenager Jimmy Mizen": someone known by whose they are, not
			// the person named
			at := toks[k].start + len(toks[k].lead)
			return s[at:], at
		}
		if j > 1 && toks[j-1].core == "of" && toks[j-1].tail == "" && j == i-1 && n-i >= 3 && (offices.Has(toks[j-2].core) || isRoleNoun(strings.ToLower(lastHyphenPart(toks[j-2].core)))) &&
			!orgNouns.Has(toks[n-1].core) && !orgNouns.Has(toks[n-2].core) {
			// "Leader of the Opposition Pritam Singh": an office of a
			// body, then the name of who holds it, its last two words
			at := toks[n-2].start + len(toks[n-2].lead)
			return s[at:], at
		}
		if j > 1 && toks[j-1].core == "of" && j < i && i-j <= 3 && n-i >= 2 && offices.Has(toks[j-2].core) &&
			!slices.ContainsFunc(toks[j:i], func(t token) bool {
				return !unicode.IsLower(firstRune(t.core)) || t.tail != "" || determiners.Has(t.core)
			}) {
			// "VP of corporate communications Nancy Morrison": an office
			// over a part of a body, in lower case, then who holds it
			if np, ok := parseRun(capRun{toks: toks[i:]}.words()); ok && !np.org && countFields(np.name) >= 2 {
				at := toks[i].start + len(toks[i].lead)
				return s[at:], at
			}
		}
		if j > 1 && attachPreps.Has(toks[j-1].core) && toks[j-1].tail == "" && isCap(toks[j-2].core) {
			// "Sam Okafor of King's College London", not "agreeing
			// with Senator John McCain"
			if np, at := trailingNP(s[:toks[j-1].start]); np != "" {
				return np, at
			}
		}
		at := toks[i].start + len(toks[i].lead)
		return s[at:], at
	}
	// a determiner phrase: "the minister", "a young woman", "the
	// agency's spokesman", "police", "officials"
	for i := n - 1; i >= 0 && i >= n-8; i-- {
		w := smallWord(toks[i].core)
		// a name's plural possessive, its mark read as punctuation: "The
		// United Arab Emirates’ top diplomat"
		pluralOwner := i < n-1 && (toks[i].tail == "’" || toks[i].tail == "'") && strings.HasSuffix(toks[i].core, "s") && isCap(toks[i].core) && unicode.IsLower(firstRune(toks[i+1].core))
		if i < n-1 && toks[i].tail != "" && !pluralOwner {
			return "", 0
		}
		if (toks[i].possessive || pluralOwner) && i < n-1 {
			// "China's foreign ministry", "the agency's spokesman": a
			// possessive opens the phrase like a determiner, with the
			// rest of its name ("The First Minister’s spokesperson")
			for isCap(toks[i].core) && i > 0 && toks[i-1].tail == "" && isCap(toks[i-1].core) && !determiners.Has(strings.ToLower(toks[i-1].core)) {
				i--
			}
			if i > 0 && determiners.Has(strings.ToLower(toks[i-1].core)) {
				i--
			}
			if i >= 3 && toks[i-1].core == "of" && toks[i-1].tail == "" && toks[i-2].tail == "" && determiners.Has(strings.ToLower(toks[i-3].core)) {
				i -= 3 // "the head of the police's internal investigators"
			}
			at := toks[i].start + len(toks[i].lead)
			return s[at:], at
		}
		if determiners.Has(w) {
			// "the head of the police's internal investigators", "a
			// spokesperson for the ministry": the phrase the "of" or
			// "for" phrase belongs to
			if i >= 3 && (toks[i-1].core == "of" || toks[i-1].core == "for" && isRoleNoun(strings.ToLower(toks[i-2].core))) && toks[i-1].tail == "" && toks[i-2].tail == "" && determiners.Has(strings.ToLower(toks[i-3].core)) {
				i -= 3
			}
			if i > 0 && attachPreps.Has(toks[i-1].core) && toks[i-1].tail == "" {
				// "Crystal C'Bearing of the Northern Arapaho preservation
				// office told": the person the body is theirs
				if np, at := trailingNP(s[:toks[i-1].start]); np != "" && isCap(np) && !pronouns.Has(np) && (toks[i-1].core != "with" || namesPersonAlone(np)) {
					return np, at // (but "over the Union Budget with the opposition members saying": the members)
				}
			}
			at := toks[i].start + len(toks[i].lead)
			return s[at:], at
		}
		if i == n-1 && (roleNouns.Has(w) || orgRoleNouns.Has(w) || strings.HasSuffix(w, "s") && roleNouns.Has(strings.TrimSuffix(w, "s"))) {
			prev := ""
			if i > 0 {
				prev = smallWord(toks[i-1].core)
			}
			if !determiners.Has(prev) && (i == 0 || stopBefore.Has(prev) && !objectPreps.Has(prev) || toks[i-1].tail != "") {
				return toks[i].core, toks[i].start + len(toks[i].lead) // "police", "officials", not "to parliament"
			}
		}
		if stopBefore.Has(w) && !attachPreps.Has(w) {
			if w == "to" || auxiliaries.Has(w) {
				return "", 0 // "to offend journalists": a verb and its object
			}
			return describedPeople(s, toks[i+1:])
		}
	}
	if n <= 3 {
		return describedPeople(s, toks) // (what a quotation's attribution after it holds)
	}
	return "", 0
}

// ownedBodies are bodies a place's possessive names: "Guinea's
// opposition", "Zimbabwe's pro-democracy opposition".
var ownedBodies = lazy.Words(`opposition leadership junta`)

// smallWord is w in small letters, unless it is a body's initials that
// spell a small word: "WHO", "US" stay as they are.
func smallWord(w string) string {
	if len(w) >= 2 && isAcronym(w) {
		return w
	}
	return strings.ToLower(w)
}

// namesPersonAlone tells a run that reads as a person's name of two words
// or more, perhaps with a title: "Jo Reyes", "Dr Kwame Mensah", not a
// body's name ("Union Budget").
func namesPersonAlone(np string) bool {
	p, ok := parseRun(strings.Fields(np))
	return ok && !p.org && countFields(p.name) >= 2
}

// describedAgent tells a phrase in small letters that can be the agent of
// a verb of speech in the passive: people described ("by opposition
// politicians"), or a body or people with "the" ("by the opposition", "by
// the council").
func describedAgent(np string) bool {
	if p, _ := describedPeople(np, tokenize(np, 0)); p != "" {
		return true
	}
	rest, ok := strings.CutPrefix(np, "the ")
	head := lastWord(rest)
	return ok && countFields(rest) <= 3 && (isRoleNoun(head) || orgRoleNouns.Has(head) || head == "opposition")
}

// describedPeople reads toks, the end of s, as people described in small
// letters without a determiner, two or three words ending in a plural:
// "health officials", "local residents", "opposition politicians".
func describedPeople(s string, toks []token) (string, int) {
	n := len(toks)
	if n < 2 || n > 3 || !isRoleNoun(toks[n-1].core) || !pluralPeople(toks[n-1].core) {
		return "", 0
	}
	for _, t := range toks {
		if t.core != strings.ToLower(t.core) || t.tail != "" && t != toks[n-1] || t.lead != "" || t.possessive || strings.ContainsFunc(t.core, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) ||
			determiners.Has(t.core) || pronouns.Has(t.core) || isSpeechVerb(t.core) || stopBefore.Has(t.core) {
			return "", 0
		}
	}
	at := toks[0].start
	return s[at:], at
}

// capitalisedTail is the name that ends np after words in small letters
// that say what it is ("the daily newspaper Le Phare" gives "Le Phare"),
// or "" when np does not end in one.
func capitalisedTail(np string) string {
	f := strings.Fields(np)
	k := len(f)
	for k > 0 && (isCap(f[k-1]) || particles.Has(f[k-1]) && k < len(f)) {
		k--
	}
	if k == 0 || k == len(f) {
		return ""
	}
	return strings.Join(f[k:], " ")
}

// setOffName is the name a description np, as it opens rest, sets off
// after it, or else np: "said his father, Abdullah Kurdi,", "according
// to a representative of GSP, Lulu Tabanesku,".
func setOffName(rest, np string) string {
	if np == "" {
		return np
	}
	i := strings.Index(rest, np)
	if i < 0 {
		return np
	}
	after := rest[i+len(np):]
	field := fieldOfOffice(np, after)
	if f := strings.Fields(np); isCap(np) && strings.HasPrefix(after[field:], ", ") && officeOpens(f) {
		// "said Commissioner for Humanitarian Aid and Crisis
		// Management, Janez Lenarčič", "said WFP Regional Director for
		// Latin America and the Caribbean, Miguel Barreto": an office in
		// capitals, then who holds it
		if strings.Contains(np, " for ") || strings.Contains(np, " of ") { // an office of a field (not "Chaplain (Capt.) James Finley, 20th Fighter Wing …")
			if next := npAfter(after[field+2:]); next != "" && !strings.ContainsFunc(next, unicode.IsDigit) {
				if parts, ok := parseRun(strings.Fields(next)); ok && !parts.org && countFields(parts.name) >= 2 {
					return next
				}
			}
		}
	}
	if f := strings.Fields(np); isCap(np) && len(f) >= 2 && strings.HasPrefix(after, ", ") && !isGivenName(f[0]) && (isRoleNoun(strings.ToLower(f[len(f)-1])) || offices.Has(f[len(f)-1])) {
		// "According to USGS Surface Water Specialist, Robert Meyer, in
		// Sacramento,": a title in capitals, then who holds it
		if name := npAfter(after[2:]); name != "" && isCap(name) {
			if p, ok := parseRun(strings.Fields(name)); ok && !p.org && countFields(p.name) >= 2 && isGivenName(firstWord(p.name)) {
				return name
			}
		}
	}
	if isCap(np) {
		// "Lopez's deputy, Ana Ruiz": the person the role is of names
		// the role, and the name after it the speaker
		role, ok := strings.CutPrefix(after, "'s ")
		if !ok {
			role, ok = strings.CutPrefix(after, "’s ")
		}
		j := strings.Index(role, ", ")
		if !ok || j <= 0 || countFields(role[:j]) > 4 || !isRoleNoun(strings.ToLower(lastWord(role[:j]))) {
			return np
		}
		after = role[j:]
	}
	if of, ok := strings.CutPrefix(after, " of "); ok {
		// "a representative of GSP, …": the body the description names
		if j := strings.Index(of, ", "); j > 0 && j <= 60 && isCap(of[:j]) {
			after = of[j:]
		}
	}
	if !strings.HasPrefix(after, ", ") {
		return np
	}
	if name := npAfter(after[2:]); name != "" && isCap(name) {
		if p, ok := parseRun(strings.Fields(name)); ok && !p.org && countFields(p.name) >= 2 {
			return name
		}
	}
	return np
}

// officeOpens tells a phrase that opens with an office, after at most two
// words that say whose or which it is: "Commissioner", "WFP Regional
// Director", "Deputy Minister".
func officeOpens(f []string) bool {
	for i, w := range f[:min(3, len(f))] {
		if offices.Has(w) || isRoleNoun(strings.ToLower(lastHyphenPart(w))) {
			return true
		}
		if i+1 < len(f) && (f[i+1] == "for" || f[i+1] == "of") {
			return false
		}
	}
	return false
}

// fieldOfOffice measures what goes on an office's field after the phrase
// a reader took for it: " and the Caribbean" of "Director for Latin
// America and the Caribbean, …", up to the comma that sets off the name.
func fieldOfOffice(np, after string) int {
	if !strings.Contains(np, " for ") && !strings.Contains(np, " of ") {
		return 0
	}
	rest, ok := strings.CutPrefix(after, " and ")
	if !ok {
		return 0
	}
	rest = strings.TrimPrefix(rest, "the ")
	j := strings.Index(rest, ", ")
	if j <= 0 {
		return 0
	}
	f := strings.Fields(rest[:j])
	if len(f) > 4 || !slices.ContainsFunc(f, isCap) || slices.ContainsFunc(f, func(w string) bool { return !isCap(w) && !fieldLinks.Has(w) }) {
		return 0
	}
	return len(after) - len(rest) + j
}

// fieldLinks join the words of an office's field: "Minister for Trade and
// Investment", "Director for Latin America and the Caribbean".
var fieldLinks = lazy.Words(`of the and for on`)

// ownSubject tells a clause after a quotation that opens with a subject
// of its own, a name or a title, after a joining word: "while Republican
// President Trump noted his", not "and said this affects the" nor "she
// said, asking Cengiz to be", whose subject is the sentence's.
func ownSubject(clause string) bool {
	words := strings.Fields(strings.TrimLeft(clause, ",;:”’\"' "))
	for len(words) > 0 && clauseJoiners.Has(words[0]) {
		words = words[1:]
	}
	return len(words) > 0 && isCap(words[0]) && !pronouns.Has(words[0])
}

// clauseJoiners open a clause that goes on a sentence.
var clauseJoiners = lazy.Words(`and but while whereas as or yet`)

// withoutBrackets drops what a signature sets in brackets after a name,
// a place or a party: "Sheriff Grady Judd (Polk County, Fla.), President"
// is "Sheriff Grady Judd, President".
func withoutBrackets(s string) string {
	for {
		i := strings.Index(s, " (")
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s
		}
		s = s[:i] + s[i+j+1:]
	}
}

// unbracketName takes the brackets off a given name printed in them
// inside a name: "Lord (Tariq) Ahmad" → "Lord Tariq Ahmad".
func unbracketName(s string) string {
	for from := 0; ; {
		i := strings.Index(s[from:], " (")
		if i < 0 {
			return s
		}
		i += from
		j := strings.Index(s[i:], ") ")
		if j < 0 {
			return s
		}
		j += i
		in := s[i+2 : j]
		if isCap(in) && !isAcronym(in) && !strings.Contains(in, " ") && i > 0 && isCap(lastWord(s[:i])) && len(firstWords(s[j+2:], 1)) == 1 && isCap(firstWords(s[j+2:], 1)[0]) {
			s = s[:i+1] + in + s[j+1:]
		}
		from = i + 1
	}
}

// roleAtBody reads a clause's subject that is a role at a body, "The
// top official at the Centers for Disease Control and Prevention (CDC)
// (on Sunday)", "A Typhoon pilot from 1(Fighter) Squadron", "a soldier
// with the 101st Airborne Division": the one in the role, not the body
// they work for; "" for any other words. Only someone unnamed, after "a",
// may be described by a capitalised word ("Typhoon"), as "The Prime
// Minister of Spain" is a holder the text names; a unit's body may open
// with its number.
func roleAtBody(s string) string {
	f := strings.Fields(s)
	if n := len(f); n > 2 && f[n-2] == "on" && strings.HasSuffix(f[n-1], "day") && isCap(f[n-1]) {
		f = f[:n-2]
	}
	k := 1
	for k < len(f) && k <= 3 && !attachPreps.Has(f[k]) {
		k++
	}
	if len(f) < 4 || k >= len(f)-1 || k > 3 || !determiners.Has(strings.ToLower(f[0])) || !isRoleNoun(strings.ToLower(f[k-1])) {
		return ""
	}
	unnamed := unnamedRole(f[0], f[k-1])
	if slices.ContainsFunc(f[1:k], func(w string) bool { return isCap(w) && !unnamed || strings.ContainsAny(w, ",;:") }) {
		return ""
	}
	body := f[k+1:]
	if len(body) > 0 && strings.EqualFold(body[0], "the") {
		body = body[1:]
	}
	if len(body) > 1 && unitNumber(body[0]) {
		body = body[1:]
	}
	if len(body) == 0 || slices.ContainsFunc(body, func(w string) bool {
		return !isCap(strings.Trim(w, "()")) && !titleJoiners.Has(w)
	}) {
		return ""
	}
	return strings.Join(f, " ")
}

// unitNumber tells the number a unit's name opens with: "12 (Squadron)",
// "101st (Airborne Division)", "1(Fighter) (Squadron)".
func unitNumber(w string) bool {
	n, paren, _ := strings.Cut(w, "(")
	return (isNumber(n) || isOrdinal(n)) && (paren == "" || strings.HasSuffix(paren, ")") && isCap(paren))
}

// endsWithPerson tells words that end with a person's name of two words
// or more, with a title, an honorific or a given name the text shows as
// one: "in Brussels Leo Varadkar", "new Prime Minister Hamza Abdi Barre".
func endsWithPerson(seg []string) bool {
	k := len(seg)
	for k > 0 && (isCap(seg[k-1]) || particles.Has(seg[k-1])) {
		k--
	}
	for ; k <= len(seg)-2; k++ { // the name may follow a place: "in Brussels Leo Varadkar"
		np, ok := parseRun(seg[k:])
		if ok && !np.org && countFields(np.name) >= 2 &&
			(np.title != "" || np.honorific != "" || givenSex(strings.ToLower(strings.Fields(np.name)[0])) != 0) {
			return true
		}
	}
	return false
}

// placedDescription reads a subject that is a description of someone
// unnamed with the place they are in after it, "a female teacher in
// Takhar", as that someone: "a female teacher". The subject opens with "a",
// "an" or "one", the description ends with a noun for a person (see
// isRoleNoun), and the place is one to three capitalised words after
// "in", "from" or "at".
func placedDescription(s string) string {
	f := strings.Fields(s)
	n := len(f)
	k := n - 1
	for k > 0 && n-k <= 3 && isCap(f[k]) {
		k--
	}
	if k == n-1 || n-k > 4 || k < 2 || f[k] != "in" && f[k] != "from" && f[k] != "at" && (f[k] != "of" || !belongingNouns.Has(f[k-1])) {
		return "" // ("the native of Lake View, S.C.": where the person is from)
	}
	d := f[:k]
	// the description must be all the subject, opening with its
	// determiner: after a name it describes the name ("Caroline
	// Fitzsousa, a bar manager in …"); what the person is doing may
	// follow the noun ("the federal judge overseeing the trial in
	// Virginia (called)")
	isDet := func(w string) bool { w = strings.ToLower(w); return w == "a" || w == "an" || w == "one" || w == "the" }
	for len(d) > 1 && !isDet(d[0]) && (sentenceWords.Has(d[0]) || strings.HasSuffix(d[0], ",")) {
		d = d[1:] // "But the federal judge", "Meanwhile, a teacher"
	}
	if m := slices.IndexFunc(d, func(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ing") }); m >= 2 && len(d)-m <= 4 {
		d = d[:m]
	}
	if f[k] == "of" && (len(d) != k || !strings.EqualFold(d[0], "the")) {
		return "" // ("Moyses, a 62-year-old resident of Bordeaux,": a name's description)
	}
	if !isDet(d[0]) || len(d) < 2 || len(d) > 5 || slices.ContainsFunc(d[1:], func(w string) bool { return isCap(w) && !nationAdjective(w) || isDet(w) }) || // ("an Indonesian student in Delhi")
		!isRoleNoun(strings.ToLower(d[len(d)-1])) {
		return ""
	}
	return strings.Join(d, " ")
}

// objectPronouns map a pronoun after a preposition to the one that
// resolves it: "according to him" is "he".
var objectPronouns = map[string]string{"him": "he", "her": "she", "them": "they"}

// relativeSubject is the subject of a relative clause that ends right
// before a verb of speech: "on what President Barack Obama (described as)",
// "the novel Obsession, which the New York Times (called)", "what
// forecasters are (calling)", "the police service, which he (said)".
// Only a name counts, and a short one, or a pronoun, or after "what"
// people by role; "which was later (called)" has none.
func relativeSubject(s string) string {
	if strings.HasSuffix(s, ",") {
		return ""
	}
	f := strings.Fields(s)
	for k := len(f) - 2; k >= 0 && k >= len(f)-7; k-- {
		switch rel := strings.ToLower(f[k]); rel {
		case "what", "which", "whom":
			rest := f[k+1:]
			if slices.ContainsFunc(rest, func(w string) bool {
				return strings.ContainsAny(w, ",;:?!") || strings.HasSuffix(w, ".") && !isAbbrev(w)
			}) {
				return "" // (a clause that ends, or a sentence: "which Biden opposed as xenophobic. He (claimed)")
			}
			last := strings.TrimFunc(rest[len(rest)-1], unicode.IsPunct)
			if isCap(last) || len(rest) == 1 && pronouns.Has(last) || rel == "what" && len(rest) <= 3 && isRoleNoun(strings.ToLower(last)) ||
				rel != "what" && len(rest) >= 2 && len(rest) <= 3 && (determiners.Has(strings.ToLower(rest[0])) || manyOf.Has(strings.ToLower(rest[0]))) && (isRoleNoun(strings.ToLower(last)) || orgRoleNouns.Has(strings.ToLower(last))) {
				// ("what forecasters are calling", "what they call",
				// "San Cristobal, which some residents are describing as")
				return strings.Join(rest, " ")
			}
			return ""
		}
	}
	return ""
}

// chainHead is the person a chain of descriptions set off by commas
// belongs to: the full name that opens the clause, or that follows an
// opening phrase, when no later link names another person: "Jyrki Katainen,
// Vice-President of the Commission, responsible for Jobs, Growth,
// Investment and Competitiveness, currently also in charge of the Health
// & Food Safety portfolio" → "Jyrki Katainen".
func chainHead(s string) string {
	segs := strings.Split(s, ", ")
	if len(segs) < 3 {
		return ""
	}
	person := func(seg string) string {
		f := strings.Fields(seg)
		if slices.ContainsFunc(f, func(w string) bool { return !isCap(w) && !particles.Has(w) }) {
			return ""
		}
		if np, ok := parseRun(f); ok && !np.org && countFields(np.name) >= 2 {
			return seg
		}
		return ""
	}
	for k, seg := range segs[:2] {
		if person(seg) == "" {
			if f := strings.Fields(seg); k > 0 || len(f) == 0 || !framePreps.Has(strings.ToLower(f[0])) {
				return "" // the chain opens the clause, or follows an opening phrase: "At a press conference today in Brussels,"
			}
			continue
		}
		for _, later := range segs[k+1:] {
			if person(later) != "" || endsWithPerson(strings.Fields(later)) {
				return "" // (a later name is nearer the verb: "…, followed calls made by Professor Robert Winston, a Labour peer, who told")
			}
		}
		return seg
	}
	return ""
}

// isDemonym tells a word for the people of a place ("Cambodian",
// "Trinidadian", "Japanese", "Pakistani"), which may open a description
// but names no one.
func isDemonym(w string) bool {
	if len(w) < 5 || !isCap(w) || isGivenName(w) {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lastHyphenPart is the word after the last hyphen of w: "President" of
// "Vice-President".
func lastHyphenPart(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return w[i+1:]
	}
	return w
}

// relativeOf finds, before the name that starts at token j, a relative
// or a friend of that person and "of": up to two words in small letters
// that describe the person ("nurse", "murdered teenager"), "of", and a
// word for kin with its determiner ("The husband", "the mother", "a
// friend"). It gives where that phrase starts, or -1.
// bodyOf finds, before the name that starts at token j, a body "of" it:
// "the government of", "the ruling party of", "the Justice and Development
// Party (AKP) of". It returns where the body's words start and, for a body
// named, the token that ends its name (else -1); -1, -1 when there is none.
func bodyOf(toks []token, j int) (int, int) {
	k := j - 1
	if k < 2 || toks[k].core != "of" || toks[k].tail != "" {
		return -1, -1
	}
	end := k - 1
	if t := toks[end]; t.lead == "(" && t.tail == ")" && isAcronym(t.core) && end > 0 {
		// a named body's short name after it
		i := end - 1
		for i > 0 && toks[i-1].tail == "" && (isCap(toks[i-1].core) || toks[i-1].core == "and" || toks[i-1].core == "of") {
			i--
		}
		for toks[i].core == "and" || toks[i].core == "of" {
			i++
		}
		if toks[end-1].tail == "" && orgNouns.Has(toks[end-1].core) && i < end-1 {
			return i, end
		}
		return -1, -1
	}
	if toks[end].tail != "" || !bodyNouns.Has(toks[end].core) {
		return -1, -1
	}
	i := end
	for d := 0; d < 2 && i > 0 && toks[i-1].tail == "" && unicode.IsLower(firstRune(toks[i-1].core)) && !stopBefore.Has(toks[i-1].core); d++ {
		i-- // "the ruling party", "the outgoing administration"
	}
	if i > 0 && determiners.Has(strings.ToLower(toks[i-1].core)) && toks[i-1].tail == "" {
		return i - 1, -1
	}
	if i < end && determiners.Has(strings.ToLower(toks[i].core)) {
		return i, -1
	}
	return -1, -1
}

// bodyNouns are the bodies a text says belong to a person: "the
// government of President …", "the party of …".
var bodyNouns = lazy.Words(`government administration party regime cabinet campaign camp office ministry team
foundation`)

func relativeOf(toks []token, j int) int {
	k := j - 1
	for d := 0; d < 2 && k >= 0 && toks[k].tail == "" && unicode.IsLower(firstRune(toks[k].core)) && toks[k].core != "of" && !stopBefore.Has(toks[k].core); d++ {
		k--
	}
	if k < 1 || toks[k].core != "of" || toks[k].tail != "" || toks[k-1].tail != "" {
		return -1
	}
	noun := strings.ToLower(toks[k-1].core)
	if !kinNouns.Has(strings.TrimSuffix(noun, "s")) && noun != "friend" && noun != "friends" && noun != "widow" && noun != "fiancée" && noun != "fiance" && noun != "fiancé" {
		return -1
	}
	if k >= 2 && determiners.Has(strings.ToLower(toks[k-2].core)) && toks[k-2].tail == "" {
		return k - 2
	}
	return k - 1
}

// selfNamed reads the name a speaker gives themselves in the first two
// sentences of a turn: "I'm Nick Gales.", "My name's Joe Buffone.", "My
// name is Ann Lee, and …": a given name and at least least words in all.
// It gives the name and the words that give it.
func selfNamed(text string, least int) (name, att string) {
	text = strings.TrimLeft(text, ": ")
	starts := sentenceStarts(text)
	end := len(text)
	if len(starts) > 2 {
		end = starts[2]
	}
	head := text[:end]
	for _, intro := range []string{"I'm ", "I’m ", "I am ", "My name is ", "My name's ", "My name’s "} {
		i := strings.Index(head, intro)
		if i < 0 || i > 0 && !strings.ContainsAny(head[i-1:i], " ") {
			continue
		}
		var f []string
		for w := range strings.FieldsSeq(head[i+len(intro):]) {
			core := strings.TrimRight(w, ".,;:!")
			if !isCap(core) || len(f) == 3 {
				break
			}
			f = append(f, core)
			if core != w {
				break
			}
		}
		if len(f) >= least && isGivenName(f[0]) {
			return strings.Join(f, " "), strings.TrimSpace(intro) + " " + strings.Join(f, " ")
		}
	}
	return "", ""
}

// cutSuffixAny is strings.CutSuffix for the first of suffixes s ends
// with.
func cutSuffixAny(s string, suffixes ...string) (string, bool) {
	for _, suf := range suffixes {
		if rest, ok := strings.CutSuffix(s, suf); ok {
			return rest, true
		}
	}
	return s, false
}

// townBefore tells a phrase that ends with a place's name of one to
// three words after "in", "from", "near" or "at": "… in Santa Cruz".
func townBefore(s string) bool {
	f := strings.Fields(s)
	for k := len(f) - 2; k >= 0 && k >= len(f)-4; k-- {
		switch f[k] {
		case "in", "from", "near", "at":
			return !slices.ContainsFunc(f[k+1:], func(w string) bool { return !isCap(w) })
		}
		if !isCap(f[k]) {
			return false
		}
	}
	return false
}

// placedBefore tells a clause whose last part, after a comma, says
// where someone is from ("…, 44, from Royton"), so that a capitalised
// word after it is the place's region ("…, from Royton, Oldham"), not
// who speaks.
func placedBefore(s string) bool {
	seg := s
	if i := strings.LastIndex(s, ", "); i >= 0 {
		seg = s[i+2:]
	}
	f := strings.Fields(seg)
	if len(f) >= 2 && len(f) <= 4 && (f[0] == "from" || f[0] == "in") && isCap(f[len(f)-1]) {
		return true
	}
	// "…, who directs the European Spallation Source in Lund, (Sweden)":
	// a clause about the person that ends with where, a town of one to
	// three words (but "Referring to the crash in Manhattan, (Rosenker
	// said)" opens the sentence)
	for k := len(f) - 2; k >= 1 && k >= len(f)-4 && (f[0] == "who" || f[0] == "whose" || f[0] == "a" || f[0] == "an"); k-- {
		if (f[k] == "in" || f[k] == "from") && !slices.ContainsFunc(f[k+1:], func(w string) bool { return !isCap(w) || orgNouns.Has(w) }) {
			return true
		}
		if f[0] == "a" && f[k] == "at" && isCap(f[k+1]) {
			return true // "Lily, a pupil at Wyburns primary school, (Rayleigh)": where the place she is at is
		}
	}
	if len(f) >= 4 && isCap(f[0]) && isCap(f[1]) && townBefore(seg) {
		return true // "Capt. David Marciano of the Russian River Fire Department in Guerneville, (Calif.)": a name and where
	}
	// "Pastor Mike Law of Arlington, (Virginia)": a name, of a town
	i := slices.Index(f, "of")
	return i >= 2 && len(f)-i >= 2 && len(f)-i <= 3 && isCap(f[i-1]) && isCap(f[i-2]) && !slices.ContainsFunc(f[i+1:], func(w string) bool { return !isCap(w) || orgNouns.Has(w) })
}

// schoolYears are the words a pupil's year is given with: "Grade 12",
// "Year 10", "Form 4".
var schoolYears = lazy.Words(`Grade Year Form Class Standard Primary Secondary Level`)

// npAfter takes the noun phrase at the start of s: "Ann Smith, a
// professor at Y." → "Ann Smith"; "the minister" → "the minister".
func npAfter(s string) string {
	np := npAfter0(s)
	if i := strings.Index(s, np); np != "" && i >= 0 {
		for _, ap := range officeSuffixes {
			if rest, ok := strings.CutPrefix(s[i+len(np):], ap); ok && (rest == "" || !unicode.IsLetter(firstRune(rest))) {
				return np + ap // "a statement from Somali Prime Minister Mohamed Roble's office": the person's office speaks
			}
		}
	}
	return np
}

// npAfter0 is npAfter but for a person's office.
func npAfter0(s string) string {

	s = skipAge(withoutGloss(strings.TrimSpace(head(s, window))))
	if w, rest, ok := strings.Cut(s, " "); ok && formerly.Has(w) && isCap(rest) {
		s = rest // "said retired Navy Vice Admiral Conrad C. Lautenbacher": the name and its titles
	}
	if w, rest, ok := strings.Cut(s, " "); ok && unicode.IsLower(firstRune(w)) && !determiners.Has(w) && !stopBefore.Has(w) && !isRoleNoun(w) &&
		!isSpeechVerb(w) && !pronouns.Has(w) && isCap(rest) {
		// "said victorious Men’s President Seb Benzecry": how the
		// writer sees them, then the person's title and name
		if np := npAfter(rest); np != "" {
			if parts, ok := parseRun(strings.Fields(np)); ok && !parts.org && countFields(parts.name) >= 2 {
				return np
			}
		}
	}
	if w, rest, ok := strings.Cut(s, " "); ok && schoolYears.Has(w) {
		// "said Grade 12 student David Hickey": a pupil's year, what
		// they are, then their name
		if n, rest, ok := strings.Cut(rest, " "); ok && isNumber(n) {
			for w, more, ok := strings.Cut(rest, " "); ok && unicode.IsLower(firstRune(w)) && isRoleNoun(w) && isCap(more); w, more, ok = strings.Cut(more, " ") {
				if np := npAfter(more); np != "" {
					if parts, ok := parseRun(strings.Fields(np)); ok && !parts.org && countFields(parts.name) >= 2 {
						return np
					}
				}
			}
		}
	}
	toks := tokenize(s, 0)
	if len(toks) == 0 {
		return ""
	}
	if pronouns.Has(toks[0].core) {
		return toks[0].core
	}
	if k := slices.IndexFunc(toks[:min(len(toks), 5)], func(t token) bool { return t.possessive || t.tail != "" || t.lead != "" }); k > 0 && k+2 < len(toks) && toks[0].core == "the" && toks[k].possessive && toks[k].tail == "" {
		// "said the WHO's director Margaret Chan", "the agency's director
		// Margaret Chan": the person the body's possessive introduces
		if np := npAfter(s[toks[k].end:]); np != "" {
			// (a title before the name, or a given name: not "said the
			// courts’ Victims Unit has received")
			if parts, ok := parseRun(strings.Fields(np)); ok && !parts.org && countFields(parts.name) >= 2 && strings.HasSuffix(np, parts.name) &&
				(parts.title != "" || parts.honorific != "" || isGivenName(firstWord(parts.name))) {
				return parts.name
			}
		}
	}
	if name := nameAfterTitle(toks, s); name != "" {
		return name
	}
	if k := slices.IndexFunc(toks[:min(len(toks), 4)], func(t token) bool { return t.possessive || t.tail != "" }); k >= 0 && k+1 < len(toks) && toks[k].possessive && toks[k].tail == "" &&
		unicode.IsLower(firstRune(toks[k+1].core)) && toks[k+1].lead == "" && (kinNouns.Has(toks[k+1].core) || isRoleNoun(toks[k+1].core)) && strings.ContainsAny(toks[k+1].tail, ".,;") {
		// "said Susan's mother.", "said the girl's father,": the one the
		// possessive is kin to or works for, not its owner
		return s[toks[0].start+len(toks[0].lead) : toks[k+1].coreEnd()]
	}
	if isCap(toks[0].core) || rankOrdinal(toks, 0) {
		runs := capRuns(toks)
		if len(runs) > 1 && runs[0].start() == toks[0].start && runs[0].possessive && runs[1].toks[0].start == runs[0].toks[len(runs[0].toks)-1].end+1 {
			// "The Gambia's Justice Minister Abubacarr Tambadou": the
			// person the body's possessive introduces
			if np, ok := parseRun(runs[1].words()); ok && !np.org && np.name != "" && (np.title != "" || np.honorific != "") {
				r := runs[1]
				return s[r.start()+len(r.toks[0].lead) : r.end()]
			} else if ok && !np.org && countFields(np.name) >= 2 && isGivenName(strings.Fields(np.name)[0]) {
				// "NIH's Stephanie Dailey": the body and its person
				return s[runs[0].start()+len(runs[0].toks[0].lead) : runs[1].end()]
			} else if ok && np.org && np.name != "" && !runs[1].possessive {
				// "(According to) Ukraine's Health Ministry": the place's
				// body, not the place
				return s[runs[0].start()+len(runs[0].toks[0].lead) : runs[1].end()]
			}
		}
		if len(runs) > 0 && runs[0].start() == toks[0].start {
			r := runs[0]
			return strings.TrimSpace(s[r.start()+len(r.toks[0].lead) : r.toks[len(r.toks)-1].start+len(r.toks[len(r.toks)-1].lead)+len(r.toks[len(r.toks)-1].core)])
		}
	}
	// "the minister", "a spokesman for the ministry"
	end := 0
	for i, t := range toks {
		if i >= 8 && (i >= 14 || !unitTitle(toks[:i+1])) || i > 0 && (timeWords.Has(t.core) || weekdays.Has(t.core)) {
			break // ("by opposition politicians today": who, not when; but a unit's long name and a rank may run on: "391st Fighter Squadron Sortie Generation Flight commander 1st Lt. Tate Ashton")
		}
		end = t.start + len(t.lead) + len(t.core)
		if t.possessive && t.tail == "" && i+1 < len(toks) && isRoleNoun(t.core) && orgRoleNouns.Has(toks[i+1].core) && toks[i+1].lead == "" {
			continue // "the sheriff's office": the body, not the sheriff
		}
		if t.tail != "" || t.possessive {
			break
		}
		if t.core == "for" && i > 0 && isRoleNoun(strings.ToLower(toks[i-1].core)) {
			continue // "a spokesman for the ministry": whom the speaker speaks for
		}
		if i > 0 && (t.core == "for" || t.core == "of" || t.core == "at" || t.core == "who" || t.core == "in" || t.core == "as" || strings.IndexFunc(t.lead, isMark) >= 0) {
			// (and "described by the CBCP as “…”": the phrase ends
			// before what it is described as)
			end = toks[i-1].start + len(toks[i-1].lead) + len(toks[i-1].core)
			if t.core == "at" && isRoleNoun(strings.ToLower(toks[i-1].core)) {
				// (not "of": "the mother of victim Jane Doe" is the mother)
				if name := nameEndingTitle(toks[i:]); name != "" {
					return name // "said top Phoenix investigator at the University of Arizona in Tucson Peter Smith."
				}
			}
			break
		}
	}
	return s[:end]
}

// nameEndingTitle is the person's name that ends a title's phrase of
// where the person works, the clause ending with it: "at the University
// of Arizona in Tucson Peter Smith." → Peter Smith (the place before the
// name run into it).
func nameEndingTitle(toks []token) string {
	k := 0
	for k < len(toks) && k < 14 && toks[k].tail == "" && strings.IndexFunc(toks[k].lead, isMark) < 0 {
		k++
	}
	if k >= len(toks) || k == 14 || !strings.ContainsAny(toks[k].tail, ".,;") || strings.IndexFunc(toks[k].lead, isMark) >= 0 {
		return ""
	}
	runs := capRuns(toks[:k+1])
	if len(runs) == 0 {
		return ""
	}
	r := runs[len(runs)-1]
	if r.toks[len(r.toks)-1].start != toks[k].start || r.possessive {
		return ""
	}
	w := r.words()
	for len(w) > 2 && !isGivenName(w[0]) {
		w = w[1:]
	}
	if np, ok := parseRun(w); ok && !np.org && countFields(np.name) >= 2 && isGivenName(firstWord(np.name)) {
		return np.name
	}
	return ""
}

// nameAfterTitle reads a name after a title in lower case, with or
// without a body before it: "UCL astronomer Angelos Tsiaras", "resident
// Tom Okoro" → the name; or a body's name after what it is: "Train
// company South Western" → South Western.
func nameAfterTitle(toks []token, s string) string {
	i := 0
	for i < len(toks) && i < 10 && (isCap(toks[i].core) || i > 0 && titleJoiners.Has(toks[i].core)) && toks[i].tail == "" {
		i++ // "Center for Biological Diversity scientist Tierra Curry"
	}
	for i > 0 && titleJoiners.Has(toks[i-1].core) {
		i--
	}
	j := i
	for j < len(toks) && j-i < 5 && unicode.IsLower(firstRune(toks[j].core)) && toks[j].tail == "" &&
		(!stopBefore.Has(toks[j].core) || toks[j].core == "and" && j > i && isRoleNoun(toks[j-1].core)) {
		j++ // (two titles: "Tribeca programmer and managing director Nancy Schafer")
	}
	if j > i && j+1 < len(toks) && toks[j].core == "the" && toks[j].tail == "" && honorifics.Has(toks[j+1].core) && isRoleNoun(toks[j-1].core) {
		j++ // "Metropolitan AME pastor the Rev. William H. Lamar IV"
	}
	ofWhat := false // "chair of the judges Daisy Goodwin": a role of a group in small letters, then the name
	if j > i && j+2 < len(toks) && toks[j].core == "of" && toks[j].tail == "" && isRoleNoun(toks[j-1].core) {
		k := j + 1
		if toks[k].core == "the" && toks[k].tail == "" {
			k++
		}
		n := k
		for k < len(toks) && k-n < 3 && unicode.IsLower(firstRune(toks[k].core)) && toks[k].tail == "" && !stopBefore.Has(toks[k].core) {
			k++
		}
		if k > n && k < len(toks) && isCap(toks[k].core) {
			j, ofWhat = k, true
		}
	}
	if j == i || j >= len(toks) || !isCap(toks[j].core) || !ofWhat && !isRoleNoun(toks[j-1].core) && !orgRoleNouns.Has(toks[j-1].core) && toks[j-1].core != "the" && !(toks[j-1].core == "and" && offices.Has(toks[j].core)) {
		// "said Russell Zimmerman per ABC News": a source, not a title
		return ""
	}
	runs := capRuns(toks[j:])
	if len(runs) == 0 || len(runs[0].toks) < 2 && (timeNouns.Has(strings.ToLower(runs[0].toks[0].core)) || sentenceWords.Has(runs[0].toks[0].core) || isAcronym(runs[0].toks[0].core)) {
		return "" // (a surname alone names a person: "Sheffield Wednesday full-back Watson")
	}
	r := runs[0]
	return s[r.start()+len(r.toks[0].lead) : r.end()]
}

// latestOfName is, for one word that begins the names of two people or
// more and is no one's surname, the one of them named last before offset
// at of paragraph pi: "said Yang" after "Yang Wei added another gold",
// though "Yang Xiuli" is named further on; or nil.
func (r *reader) latestOfName(np string, pi, at int) *Speaker {
	if strings.ContainsRune(np, ' ') || !isCap(np) || r.cast.bySurname[FoldName(np)] != nil {
		return nil
	}
	ps := r.cast.byGiven[FoldName(np)]
	if len(ps) < 2 {
		return nil
	}
	for i := len(r.cast.mentions) - 1; i >= 0; i-- {
		if m := r.cast.mentions[i]; m.before(pi, at) && slices.Contains(ps, m.sp) {
			return m.sp
		}
	}
	return nil
}

// objectRelative tells a verb at toks[i] whose subject is a pronoun
// right after "who" or "whom": in "the mayor, who he described as", the
// one before "who" is the verb's object, not who speaks.
func objectRelative(toks []token, i int) bool {
	return i >= 2 && pronouns.Has(toks[i-1].core) && toks[i-1].tail == "" && (toks[i-2].core == "who" || toks[i-2].core == "whom")
}

// tagAt is paragraph pi as an item of a list of tags, without its
// bullet ("• David Carter"); ok is false for any other paragraph, or for
// pi outside the body.
func (t *Text) tagAt(pi int) (item string, ok bool) {
	if pi < 0 || pi >= len(t.Body) {
		return "", false
	}
	return strings.CutPrefix(strings.TrimSpace(t.Body[pi].Text), "• ")
}

// taggedSurname is, for a surname (after an honorific: "Mr Carter")
// whose first holder the text names only in a list of tags ("• David
// Carter" under an item of a page of releases), the other holder named
// last before offset at of paragraph pi: "Civil Defence Minister John
// Carter said today." then "“…,” Mr Carter said."; or nil.
func (r *reader) taggedSurname(np string, pi, at int) *Speaker {
	f := strings.Fields(np)
	if len(f) == 2 && honorifics.Has(strings.TrimSuffix(f[0], ".")) {
		f = f[1:]
	}
	if len(f) != 1 || !isCap(f[0]) {
		return nil
	}
	first := r.cast.bySurname[FoldName(f[0])]
	if first == nil {
		return nil
	}
	tagged := func(sp *Speaker) bool {
		seen := false
		for _, m := range r.cast.mentions {
			if m.sp == sp && m.before(pi, at) {
				if _, ok := r.t.tagAt(m.para); !ok {
					return false
				}
				seen = true
			}
		}
		return seen
	}
	if !tagged(first) {
		return nil
	}
	for i := len(r.cast.mentions) - 1; i >= 0; i-- {
		if m := r.cast.mentions[i]; m.before(pi, at) && m.sp != first && m.sp.Kind == Person && strings.EqualFold(m.sp.Surname(), f[0]) && !tagged(m.sp) {
			return m.sp
		}
	}
	return nil
}

// placeForce tells a body written in small letters after its place, a
// body and not someone surnamed Berlin: "Berlin police", "Kenyan police".
func placeForce(np string) bool {
	f := strings.Fields(np)
	return len(f) >= 2 && len(f) <= 3 && f[len(f)-1] == "police" &&
		!slices.ContainsFunc(f[:len(f)-1], func(w string) bool { return !isCap(w) || sentenceWords.Has(w) || givenSex(strings.ToLower(w)) != 0 })
}

// resolve finds the speaker a noun phrase names.
func (r *reader) resolve(np string, pi, at int) (*Speaker, Via) {
	if o := r.personsOffice(np, pi, at); o != nil {
		return o, ByName
	}
	np = hyphenedAge(strings.TrimSpace(np))
	if np == "" {
		return nil, 0
	}
	if pronouns.Has(np) {
		return r.pronoun(strings.ToLower(np), pi, at), ByPronoun
	}
	if he, ok := sexOfHonorific(np); ok {
		// an honorific whose name the copy cut off ("…,” said Mr"):
		// whom a pronoun of its sex would name
		if he {
			return r.pronoun("he", pi, at), ByPronoun
		}
		return r.pronoun("she", pi, at), ByPronoun
	}
	if placeForce(np) {
		return &Speaker{Name: np, Kind: Organisation}, ByName
	}
	if sp := r.titledBefore(np, pi, at); sp != nil {
		return sp, ByRole
	}
	if sp := r.cast.namedAtEnd(np); sp != nil {
		return sp, ByName // "Oceans and Fisheries Joanna Smith said": the last words of a title, then a person the text has named in full
	}
	if sp := r.latestOfName(np, pi, at); sp != nil {
		return sp, ByName
	}
	if sp := r.taggedSurname(np, pi, at); sp != nil {
		return sp, ByName
	}
	if epithet(np) {
		return nil, 0 // "Man-of-the-Series" alone: what someone is, not who
	}
	switch l := strings.ToLower(np); l {
	case "someone", "somebody":
		return &Speaker{Name: l, Kind: Unnamed}, ByName // "someone yelled “Thank you, Jesus.”"
	case "one", "the other":
		// "The bureaucrats chuckled … “…,” one wrote. “…,” the other
		// added.": one of the people the paragraph has just named
		if group := r.groupBefore(pi, at); group != "" {
			if l == "one" {
				return &Speaker{Name: "one of the " + group, Kind: Unnamed}, ByRole
			}
			return &Speaker{Name: "another of the " + group, Kind: Unnamed}, ByRole
		}
	}
	np = unabbreviated(np) // "The PM said Britain “stands ready …”"
	if reportingNouns.Has(strings.ToLower(lastWord(np))) && statementOwner(np) != "" {
		return r.statementFrom(np, pi, at) // "the sheriff's office statement said"
	}
	if rest, ok := roleOfOwner(np); ok {
		// "Bristol's outgoing mayor", "Canadian Pacific Railway's chief
		// operating officer": the one who holds that role there, named
		// before or, as a story's first lines do, next
		if head := lastWord(rest); isRoleNoun(head) && !strings.HasSuffix(head, "s") {
			if sp := r.byRole(head, pi, at); sp != nil {
				return sp, ByRole
			}
			if sp := r.titledNext(rest, head, pi, at, ledeReach(pi)); sp != nil {
				return sp, ByRole
			}
			return &Speaker{Name: np, Kind: Unnamed}, ByRole // "Trump's lawyer": not Trump
		}
		if ownedBodies.Has(strings.ToLower(lastWord(rest))) {
			return r.cast.org(np), ByName // "Guinea's opposition said": a body of the place, not the place
		}
	}
	if f := strings.Fields(np); len(f) > 1 && unicode.IsLower(firstRune(f[len(f)-1])) {
		if t := makeToken(f[len(f)-1], 0); t.possessive && t.tail == "" {
			// "(condemned) the president's (remarks)": the owner of
			// what was said, known by a description
			f[len(f)-1] = t.core
			np = strings.Join(f, " ")
		}
	}
	if nameSuffix(np) != "" {
		// "Jack Kelly, Jr. (R) of the council said": the name before
		// the suffix
		return nil, 0
	}
	if d := r.t.Meta.Dateline; d != "" && np == strings.ToUpper(np) && strings.HasPrefix(d, strings.TrimRight(np, ",")) {
		return nil, 0 // "MANILA, Philippines — …": where the story was filed, no one speaking
	}
	if f := strings.Fields(np); len(f) >= 2 && isDemonym(f[0]) && !slices.ContainsFunc(f[1:], isCap) {
		// "Cambodian government officials": people the text describes
		// by where they are from, not by name
		// (but "Saudi energy minister" is one person, whom the text
		// names with that title)
		head := strings.ToLower(f[len(f)-1])
		if strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && (isRoleNoun(head) || orgRoleNouns.Has(strings.TrimSuffix(head, "s"))) {
			return &Speaker{Name: np, Kind: Unnamed}, ByName
		}
		if isRoleNoun(head) {
			if sp := r.byRole(strings.ToLower(np), len(r.t.Body), 0); sp != nil {
				return sp, ByRole
			}
		}
	}
	if f := strings.Fields(np); len(f) >= 2 && len(f) <= 6 && isCap(f[0]) && !isCap(f[len(f)-1]) && isRoleNoun(f[len(f)-1]) && pluralPeople(f[len(f)-1]) &&
		!slices.ContainsFunc(f, func(w string) bool { return determiners.Has(strings.ToLower(w)) || isSpeechVerb(w) }) {
		// "Harvard pro-Palestine organizers", "Memphis parents": people
		// the name says only where or whose they are
		return &Speaker{Name: np, Kind: Unnamed}, ByName
	}
	if f := strings.Fields(np); len(f) >= 4 && (strings.EqualFold(f[0], "a") || strings.EqualFold(f[0], "an")) && isRoleNoun(strings.ToLower(f[1])) && f[2] == "for" && !strings.Contains(np, ",") {
		// "A spokesman for Bishop Robert Duncan said": someone speaking
		// for him, not he (but "A spokesman for UNICEF, James Elder,
		// says" names the spokesman)
		if o, _ := r.resolve(strings.Join(f[3:], " "), pi, at); o != nil && o.Kind == Person {
			return &Speaker{Name: f[1] + " for " + o.Name, Kind: Unnamed, Title: f[1], Affiliation: o.Name}, ByName
		}
	}
	if toks := tokenize(np, 0); len(toks) >= 4 && isCap(toks[len(toks)-1].core) {
		j := len(toks) - 1
		for j > 0 && isCap(toks[j-1].core) && toks[j-1].tail == "" {
			j--
		}
		name := np // the description without its article
		if f := strings.Fields(np); determiners.Has(strings.ToLower(f[0])) {
			name = strings.Join(f[1:], " ")
		}
		if k, end := bodyOf(toks, j); k == 0 && end < 0 {
			// "The government of President Nicolas Maduro said": the body
			// that is the person's, not the person
			return &Speaker{Name: name, Kind: Organisation}, ByName
		}
		if relativeOf(toks, j) == 0 {
			// "The husband of nurse Alison Howe told": her husband, not
			// her; the one of her surname the text names next, if it
			// does so soon ("Stephen Howe revealed"), or else someone
			// it does not name
			surname := FoldName(toks[len(toks)-1].core)
			for _, m := range r.cast.mentions {
				if m.para < pi || m.para == pi && m.at <= at {
					continue
				}
				if m.para > pi+1 {
					break
				}
				if f := strings.Fields(m.sp.Name); m.sp.Kind == Person && len(f) >= 2 && FoldName(f[len(f)-1]) == surname && !strings.HasSuffix(np, m.sp.Name) {
					return m.sp, ByRole
				}
			}
			for _, sp := range r.speakers {
				if sp.Kind == Unnamed && strings.EqualFold(sp.Name, name) {
					return sp, ByName
				}
			}
			return &Speaker{Name: name, Kind: Unnamed}, ByName
		}
	}
	if f := strings.Fields(np); len(f) == 2 && honorifics.Has(f[0]) && (offices.Has(f[1]) || surnameTitles.Has(f[1])) {
		// "said Dr King" after "Dr Elaine King", "Mr Bishop says" after
		// "Chris Bishop": a surname that is also an office or a title
		// names the person introduced with it
		if sp := r.cast.known(f[1]); sp != nil && sp.Kind == Person && lastWord(sp.Name) == f[1] {
			return sp, ByName
		}
	}
	if owner, doc, ok := strings.Cut(strings.ToLower(np), " "); ok && ownerPronoun[owner] != "" && reportingNouns.Has(headNoun(doc)) {
		// "according to its press release": whose the possessive says,
		// for "its" the body last named if none has spoken
		sp := r.pronoun(ownerPronoun[owner], pi, at)
		if sp == nil && owner == "its" {
			sp = r.latestOrg(pi, at)
		}
		return sp, ByPronoun
	}
	if owner, rest, ok := strings.Cut(np, " "); ok && ownerPronoun[strings.ToLower(owner)] != "" && !strings.ContainsAny(rest, ",;:") {
		// "her family said", "his lawyer said": someone the text does
		// not name, known by whose they are
		if head := headNoun(strings.ToLower(rest)); countFields(rest) <= 3 && (kinNouns.Has(strings.TrimSuffix(head, "s")) || isRoleNoun(head)) {
			whose := r.pronoun(ownerPronoun[strings.ToLower(owner)], pi, at)
			if sp := r.byRole(head, pi, at); sp != nil && (whose == nil || whose.Kind == Unnamed || strings.Contains(sp.Title+" "+sp.Affiliation, lastWord(whose.Name))) {
				return sp, ByRole // "Jane Doe, a lawyer for John Smith, … his lawyer said"
			}
			name := rest
			if whose != nil && whose.Kind != Unnamed {
				name = whose.Name + "’s " + rest // "Susan Hughes’s family"
			}
			return &Speaker{Name: name, Kind: Unnamed}, ByRole
		}
	}
	if f := strings.Fields(strings.ToLower(np)); len(f) > 2 && determiners.Has(f[0]) && reportingNouns.Has(f[1]) && (strings.Contains(np, " by ") || strings.Contains(np, " from ")) ||
		len(f) > 2 && reportingNouns.Has(f[0]) && f[1] == "by" {
		// "a memo posted online by Senator Juan Dalmau", "a statement
		// from the ministry", "Research by Jesse Capecelatro": whose the
		// document is
		return r.statementFrom(np, pi, at)
	}
	if l := strings.ToLower(np); l == "the latter" || l == "the former" {
		// "the Federal Aviation Administration and the National
		// Transportation Safety Board, with the latter confirming":
		// the second or the first of the two named just before
		if sp := r.formerLatter(l == "the latter", pi, at); sp != nil {
			return sp, ByRole
		}
		return nil, 0
	}
	if f := strings.Fields(strings.TrimRight(np, ".,;:")); len(f) >= 3 && unicode.IsLower(firstRune(f[0])) && !determiners.Has(f[0]) && !pronouns.Has(f[0]) {
		// "said defensive end Stephon Tuitt": a title in small letters,
		// then the person's name
		k := slices.IndexFunc(f, isCap)
		if k > 0 && k <= 4 && len(f)-k >= 2 && !slices.ContainsFunc(f[:k], func(w string) bool {
			return !unicode.IsLower(firstRune(w)) || strings.ContainsAny(w, ",;:") || isSpeechVerb(w) || attachPreps.Has(w) || titleJoiners.Has(w) && !rolesJoined(f[:k], w)
		}) {
			if p, ok := parseRun(f[k:]); ok && !p.org && countFields(p.name) >= 2 && givenSex(strings.ToLower(strings.Fields(p.name)[0])) != 0 {
				sp := r.cast.person(p.name, true)
				if title := strings.TrimSpace(strings.Join(f[:k], " ") + " " + p.title); sp.Title == "" || strings.HasSuffix(title, " "+sp.Title) {
					sp.Title = title // (the title in full: "contestant and actor", read before as "actor")
				}
				return sp, ByName
			}
		}
	}
	if f := strings.Fields(strings.TrimRight(np, ".,;:")); len(f) >= 2 && len(f) <= 4 && onlineRoles.Has(capitalised(f[len(f)-2])) && isCap(f[len(f)-1]) && !isAcronym(f[len(f)-1]) &&
		!slices.ContainsFunc(f[:len(f)-1], func(w string) bool { return !unicode.IsLower(firstRune(w)) || strings.ContainsAny(w, ",;:") }) {
		// "diaspora blogger Labrish": a title in small letters that says
		// the one after it writes online, by the one name they go by
		sp := r.cast.person(f[len(f)-1], true)
		if sp.Title == "" {
			sp.Title = strings.Join(f[:len(f)-1], " ")
		}
		return sp, ByName
	}
	if name := pseudonym(np); name != "" {
		// "a protester using the pseudonym Katya": the name is the person's
		return r.cast.person(name, true), ByName
	}
	if handle := userHandle(np); handle != "" {
		sp := r.cast.person(handle, true) // "LJ user merienn": the handle names its user
		if role := strings.ToLower(strings.TrimSuffix(np, " "+handle)); sp.Title == "" && onlineRoles.Has(capitalised(role)) {
			sp.Title = role // "Blogger pilgrim-67"
		}
		return sp, ByName
	}
	if handleWord(np) {
		return r.cast.person(np, true), ByName // "japanese-aliav wrote about the flash floods": a user by the handle alone
	}
	if strings.HasPrefix(np, "@") && len(np) > 1 {
		// "@mariasol": a handle names its user, and ends at a space
		// ("@harinatha with a video showing …")
		handle, _, _ := strings.Cut(np, " ")
		return r.cast.person(strings.TrimRight(handle, ",.;:"), true), ByName
	}
	f := strings.Fields(np)
	if i := slices.IndexFunc(f, func(w string) bool { return makeToken(w, 0).possessive }); i >= 0 && i <= 1 && len(f)-i >= 3 && len(f)-i <= 4 && !slices.ContainsFunc(f[i+1:], func(w string) bool { return !isCap(w) }) {
		// "NIH's Stephanie Dailey": a person of the body
		if parts, ok := parseRun(f[i+1:]); ok && !parts.org && countFields(parts.name) >= 2 {
			sp := r.cast.person(parts.name, true)
			if sp.Title == "" {
				sp.Title = parts.title
			}
			if sp.Affiliation == "" {
				owner := f[:i+1] // "Al Jazeera's Mohamed Fadel Fahmy"; not "But" or "The" before it
				for len(owner) > 1 && (sentenceWords.Has(owner[0]) || determiners.Has(strings.ToLower(owner[0]))) {
					owner = owner[1:]
				}
				sp.Affiliation = makeToken(strings.Join(owner, " "), 0).core
			}
			return sp, ByName
		}
	}
	if i := slices.IndexFunc(f, func(w string) bool { return makeToken(w, 0).possessive }); i >= 0 && i <= 1 && i < len(f)-1 && !isCap(f[len(f)-1]) {
		// "China's foreign ministry said", "the agency's spokesman said"
		head := headNoun(strings.ToLower(strings.Join(f[i+1:], " ")))
		name := strings.Join(f[i:], " ")
		if strings.EqualFold(f[0], "the") && i > 0 {
			name = strings.Join(f[1:], " ")
		}
		switch {
		case orgRoleNouns.Has(head):
			return r.cast.org(name), ByName
		case isRoleNoun(head):
			if sp := r.byRole(head, pi, at); sp != nil {
				return sp, ByRole
			}
			return &Speaker{Name: name, Kind: Unnamed}, ByRole
		}
		return nil, 0
	}
	if d := f[len(f)-1]; (len(f) == 1 || len(f) == 2 && strings.EqualFold(f[0], "the")) && (demonym(d) || strings.HasSuffix(strings.ToLower(d), "-year-old")) && r.cast.known(d) == nil ||
		len(f) <= 4 && partyMembers.Has(d) && givenSex(strings.ToLower(f[0])) == 0 {
		// "the Dutchman said", "the 24-year-old said", "the Indiana
		// Republican said": a new description of the person just named
		// in this paragraph, or else of the person just heard; an age
		// is the one the text gives with a name ("Jo Reyes, 24,")
		age, aged := strings.CutSuffix(strings.ToLower(d), "-year-old")
		if aged {
			if sp := r.aged(age, pi, at); sp != nil {
				return sp, ByRole
			}
		}
		for i := len(r.cast.mentions) - 1; i >= 0; i-- {
			if m := r.cast.mentions[i]; m.para == pi && m.at < at {
				return m.sp, ByRole
			} else if m.para < pi {
				break
			}
		}
		if n := len(r.speakers); n > 0 && r.speakers[n-1].Kind == Person {
			return r.speakers[n-1], ByRole
		}
		// or, for an age before anyone is heard, the person a sentence
		// of the paragraphs just before is about, if the text gives no one
		// that age: "When Eli arrived … “…,” the 42-year-old told
		// openDemocracy." (a nationality or a party may be anyone's)
		if aged && !r.agesGiven(age, pi) {
			for i := len(r.cast.mentions) - 1; i >= 0 && r.cast.mentions[i].para >= pi-2; i-- {
				if m := r.cast.mentions[i]; m.para < pi && m.subject && m.sp.Kind == Person && r.ageOf(m) == "" {
					return m.sp, ByRole // (not one of another age: "Maria Costa, 39,")
				}
			}
		}
		if partyMembers.Has(d) {
			// or the member of the party the story placed where the
			// description does: "Senate Majority Leader Harry Reid of
			// Nevada …" / "“…,” the Nevada Democrat told"
			if sp := r.byRole(strings.Join(slices.DeleteFunc(slices.Clone(f), func(w string) bool { return strings.EqualFold(w, "the") }), " "), pi, at); sp != nil {
				return sp, ByRole
			}
		}
		return nil, 0
	}
	if len(f) == 2 && strings.EqualFold(f[0], "the") && isCap(f[1]) && orgRoleNouns.Has(strings.ToLower(f[1])) {
		// "the Court", "the Ministry": the organisation named with it
		if o := r.cast.orgByNounAt(strings.ToLower(f[1]), pi, at); o != nil {
			return o, ByRole
		}
	}
	if len(f) == 2 && strings.EqualFold(f[0], "the") && (isDemonym(f[1]) || nationals.Has(f[1])) {
		// "The American then went on to discuss …": the person just
		// heard, described by their country
		if n := len(r.speakers); n > 0 && r.speakers[n-1].Kind == Person && r.heardIn[n-1] >= pi-2 {
			return r.speakers[n-1], ByRole
		}
	}
	if len(f) > 1 && strings.EqualFold(f[0], "the") && !slices.ContainsFunc(f[1:], func(w string) bool { return !isCap(w) && !particles.Has(w) && w != "of" && w != "and" && w != "for" }) {
		// "the Northeast Dairy Farmers Cooperatives": a name
		np, f = strings.Join(f[1:], " "), f[1:]
	}
	if len(f) == 1 {
		if sp := r.cast.known(makeToken(f[0], 0).core); sp != nil {
			return sp, ByName // a surname, even one that is also a rank, or a given name
		}
	}
	if n := len(f); n >= 2 && isCap(f[0]) && isCap(f[n-1]) && makeToken(f[n-2], 0).possessive {
		// "Al Jazeera's Fahmy": a person the text has named, by surname,
		// after the possessive of the body they work for
		if sp := r.cast.known(f[n-1]); sp != nil && sp.Kind == Person {
			return sp, ByName
		}
	}
	if n := nameAfterTitle(tokenize(np, 0), np); n != "" && n != np && isCap(f[0]) {
		// "Falcons coach Dan Quinn": a body and a role in small letters,
		// then the person
		if p, ok := parseRun(strings.Fields(n)); ok && !p.org && countFields(p.name) >= 2 {
			sp := r.cast.person(p.name, true)
			if sp.Title == "" {
				sp.Title = strings.TrimSpace(strings.TrimSuffix(np, n))
			}
			return sp, ByName
		}
	}
	if n := len(f); n >= 2 && n <= 4 && isCap(f[0]) && !sentenceWords.Has(f[0]) && seats.Has(f[n-1]) && isCap(f[n-2]) {
		// "North Carolina governor", "N.C. governor": the office of a
		// place, whoever the story says holds it
		if sp := r.byRole(f[n-1], pi, at); sp != nil {
			return sp, ByRole
		}
		return &Speaker{Name: np, Kind: Unnamed}, ByRole
	}
	if isCap(f[0]) && !sentenceWords.Has(f[0]) || len(f) > 1 && (sentenceWords.Has(f[0]) || isOrdinal(f[0])) && isCap(f[len(f)-1]) && !describedBody(f) {
		words := strings.Fields(strings.Map(func(r rune) rune {
			if r == ',' {
				return ' '
			}
			return r
		}, np))
		for i := range words {
			words[i] = makeToken(words[i], 0).core
		}
		if toks := tokenize(np, 0); strings.Contains(np, ", ") && len(toks) == len(words) {
			for i, t := range toks {
				if t.tail == "," && listedPortfolio(toks, 0, i) {
					words[i] += "," // "Department for Environment, Food and Rural Affairs": a list of its remit keeps its commas
				}
			}
		}
		parts, ok := parseRun(words)
		if !ok {
			return nil, 0
		}
		if parts.org {
			return r.cast.org(parts.name), ByName
		}
		if parts.name == "" {
			// a title alone: "Information Minister", "the President",
			// "One MP"
			if sp := r.byRole(parts.title, pi, at); sp != nil {
				return sp, ByRole
			}
			if sp := r.leadPerson(parts.title, pi); sp != nil {
				sp.Title = parts.title // what the text now calls them
				return sp, ByRole
			}
			if pi < len(r.t.Body) && (r.t.Body[pi].Text == r.t.Title || headlineLike(r.t.Body[pi].Text)) {
				// "‘…’ says HSE CEO as 638 patients wait": a headline's
				// office, held by whom the story's first lines name with it
				if sp := r.titledNext(parts.title, strings.ToLower(lastWord(parts.title)), pi, len(r.t.Body[pi].Text), 3); sp != nil {
					return sp, ByRole
				}
			}
			if m, ok := r.openerBefore(pi, at, false); ok && m.para == pi-1 && memberships.Has(lastWord(parts.title)) &&
				(sentenceOpensWith(r.t.Body[pi].Text, at, strings.ToLower(np)) || sentenceOpensWith(r.t.Body[pi].Text, at, "the "+strings.ToLower(np))) {
				return m.sp, ByRole // "Liam Kerr … raised the fact …" / "The MSP added:"
			}
			return &Speaker{Name: parts.title, Kind: Unnamed}, ByRole
		}
		if sp := r.cast.ofSex(r.cast.person(parts.name, false), parts); sp != nil {
			return sp, ByName
		}

		if parts.title != "" || parts.honorific != "" {
			// "Prime Minister Tuilaepa": a title and one name may give
			// the first of a full name introduced before
			if sp := r.cast.byFirstName(parts.name); sp != nil {
				return sp, ByName
			}
		}
		if countFields(parts.name) == 1 && parts.title == "" && parts.honorific == "" && strings.HasSuffix(strings.ToLower(parts.name), "ly") && !isAcronym(parts.name) && givenSex(strings.ToLower(parts.name)) == 0 {
			return nil, 0 // "Finally", "Additionally": an adverb opening a sentence (but "Lily", "Emily", "Kimberly")
		}
		if countFields(parts.name) == 1 && parts.title == "" && parts.honorific == "" && givenSex(strings.ToLower(parts.name)) != 0 && !isAcronym(parts.name) && !r.placeName(parts.name) && !placeNames.Has(parts.name) {
			if o := r.cast.bodyNamed(parts.name); o != nil {
				return o, ByName // "fashion group Hermes … Hermes said": a body introduced so, though "Hermes" is a given name too
			}
			return r.cast.person(parts.name, true), ByName // "Paul from Johnson, VT said": a person the text gives by first name only (not "Ireland will today pledge")
		}
		if n := parts.name; countFields(n) == 1 && parts.title == "" && parts.honorific == "" && strings.HasSuffix(n, "er") && len(n) > 5 && r.hasWord(n[:len(n)-2]) {
			return &Speaker{Name: n, Kind: Unnamed}, ByName // "another Vermonter from Williamstown": someone of a place the text names
		}
		if l := strings.ToLower(parts.name); countFields(l) == 1 && parts.title == "" && parts.honorific == "" && !isAcronym(parts.name) &&
			(crowdNouns.Has(l) || strings.HasSuffix(l, "s") && isRoleNoun(l) && !r.hasWord(parts.name[:len(parts.name)-1])) {
			return &Speaker{Name: l, Kind: Unnamed}, ByName // "Protesters chanted", opening the sentence: people, not a body
		}
		if countFields(parts.name) == 1 && parts.title == "" && parts.honorific == "" && !isAcronym(parts.name) && pi < len(r.t.Body) && strings.Contains(near(r.t.Body[pi].Text, at, 2*window), parts.name+", who ") {
			return r.cast.person(parts.name, true), ByName // "Shimna, who lives in Horamavu, told NDTV": one name, of a person
		}
		if countFields(parts.name) == 1 && parts.title == "" && parts.honorific == "" {
			// one word no one was introduced with: an acronym ("NASA"),
			// an organisation named in one word ("Gazprom"), or a
			// surname the text never gives in full, which it then
			// cannot show to be a person (unless the story opens with
			// it as a person: see mononymLead)
			if sp := r.mononym(); sp != nil && sp.Name == parts.name {
				return sp, ByName
			}
			if r.personsPossessive(parts.name) {
				return r.cast.person(parts.name, true), ByName // "how to pronounce Bolt's first name" / "…,” Bolt noted": a surname
			}
			return r.cast.org(parts.name), ByName
		}
		sp := r.cast.person(parts.name, true)
		if sp.Title == "" {
			sp.Title = parts.title
		}
		if sp.Honorific == "" {
			sp.Honorific = parts.honorific
		}
		return sp, ByName
	}
	// a determiner phrase
	lower := strings.ToLower(np)
	det, rest, _ := strings.Cut(lower, " ")
	switch det {
	case "the", "this", "that":
		head := headNoun(rest)
		if orgRoleNouns.Has(head) && det == "the" && slices.ContainsFunc(strings.Fields(np)[1:], func(w string) bool { return isCap(w) && !adjectiveCompound(w) && !nationAdjective(w) }) {
			return r.cast.org(np[len(det)+1:]), ByName // "the Aslef union": a name (but "the French brand" is one already named)
		}
		if mediaNouns.Has(head) && det == "the" {
			// "Physics World selected NIST's demonstrations … . The
			// magazine said": the publication the sentence before opens
			// with
			if o := r.subjectBefore(pi, at); o != nil {
				return o, ByRole
			}
		}
		if orgRoleNouns.Has(head) {
			if o := r.cast.orgByNounAt(head, pi, at); o != nil {
				return o, ByRole
			}
			if o := r.latestOrg(pi, at); o != nil && (head == "organisation" || head == "organization" || head == "group" || businessNouns.Has(head)) {
				return o, ByRole // "the group said": the organisation just named
			}
			if businessNouns.Has(head) {
				if o := r.subjectCompany(pi, at); o != nil {
					return o, ByRole
				}
				for i := len(r.speakers) - 1; i >= 0; i-- {
					if o := r.speakers[i]; o.Kind == Organisation && describing(o.noun) {
						return o, ByRole // "fashion group Hermes" heard before: "The traditional French brand said"
					}
				}
			}
			if o := r.latestOrg(pi, at); o != nil && publicNouns.Has(head) && slices.ContainsFunc(strings.Fields(o.Name), func(w string) bool { return publicNouns.Has(strings.ToLower(w)) }) {
				return o, ByRole // "Kent County Council … The authority says": a public body just named, whatever its name calls it
			}
			return r.cast.org(strings.TrimPrefix(np[len(det)+1:], "")), ByRole
		}
		if reportingNouns.Has(head) {
			return r.statementFrom(np, pi, at)
		}
		role := head
		if f := strings.Fields(rest); len(f) > 1 && len(f) <= 4 && f[len(f)-1] == head {
			role = np[len(det)+1:] // "the energy minister": the minister whose title says energy (as written: "the senior BJP leader")
		}
		if owner := possessor(rest, head); owner != "" {
			// "The First Minister’s spokesperson": someone who speaks for
			// another, not any spokesperson heard before
			if sp := r.byRole(role, pi, at); sp != nil && ownsRole(sp, owner) {
				return sp, ByRole
			}
			return &Speaker{Name: np[len(det)+1:], Kind: Unnamed}, ByName
		}
		if det == "the" && len(np) > len(det)+1 {
			if sp := r.bodyHead(np[len(det)+1:], head, pi, at); sp != nil {
				return sp, ByRole // "Dr. Margaret Chan, WHO's director general, …" / "The WHO chief said"
			}
		}
		if sp := r.byRole(role, pi, at); sp != nil {
			return sp, ByRole
		}
		if litigants.Has(head) {
			return &Speaker{Name: np[len(det)+1:], Kind: Unnamed}, ByRole // no new description of someone heard
		}
		if det == "the" && isRoleNoun(head) && !pluralPeople(head) && characterised(rest, head) {
			// "Louis Tomlinson felt a “pressure” …" / "The former One
			// Direction star has taken three years …": a description
			// of the person the sentence before opened with
			if m, ok := r.openerBefore(pi, at, false); ok {
				return m.sp, ByRole
			}
		}
		if head == "" || !unicode.IsLetter(firstRune(head)) {
			return nil, 0
		}
		if orgRoleNouns.Has(strings.TrimSuffix(head, "s")) || strings.HasSuffix(head, "ies") && orgRoleNouns.Has(strings.TrimSuffix(head, "ies")+"y") {
			// "the environment groups warned", "the agencies said":
			// bodies the text does not name one by one ("the groups",
			// the ones it has just heard)
			for i := len(r.speakers) - 1; i >= 0; i-- {
				if sp := r.speakers[i]; sp.Kind == Unnamed && strings.EqualFold(headNoun(sp.Name), head) {
					if strings.EqualFold(sp.Name, np[len(det)+1:]) {
						return sp, ByName // the same words again
					}
					return sp, ByRole
				}
			}
			return &Speaker{Name: np[len(det)+1:], Kind: Unnamed}, ByName
		}
		if !isRoleNoun(head) && !kinNouns.Has(head) {
			return nil, 0 // "the need for boundaries" is no one
		}
		plural := strings.HasSuffix(head, "s") && !roleNouns.Has(head) || head == "people" || head == "children"
		// ("the father of four" describes whoever was just heard, as
		// "the farmer" does; "the father" alone is someone's father)
		_, count, _ := strings.Cut(rest, " of ")
		described := !kinNouns.Has(head) || slices.ContainsFunc(firstWords(count, 1), countWord) || selfDescribed(rest)
		if det == "the" && isRoleNoun(head) && !plural {
			// "according to a senior U.S. official" / "…,” the
			// official told reporters": the one the text described so
			// and heard, though a person was heard since
			if sp := r.describedHeard(np[len(det)+1:], head); sp != nil {
				return sp, ByRole
			}
		}
		if isRoleNoun(head) && described && !plural && len(r.speakers) > 0 && r.speakers[len(r.speakers)-1].Kind == Person && !litigants.Has(head) && // ("the accused" who speaks after the prosecutor is not the prosecutor)
			!((seats.Has(head) || laypeople.Has(head)) && r.speakers[len(r.speakers)-1].Title != "") {
			// "said co-author Karen Alley. The Wooster professor added":
			// a new description of the person just heard (but "the
			// mayor" is an office, which a lawyer just heard does not
			// hold); one the text named without a title has it now:
			// "Jonathan Reynolds has mocked … . The business secretary
			// admitted"
			sp := r.speakers[len(r.speakers)-1]
			if sp.Title == "" && !kinNouns.Has(head) && head != "native" && slices.ContainsFunc(r.cast.mentions, func(m mention) bool { return m.sp == sp && m.para >= pi-1 && m.para <= pi }) {
				sp.Title = np[len(det)+1:] // (named just now, so the description is new)
			}
			return sp, ByRole
		}
		if sp := r.namedNext(rest, pi, at); sp != nil && !plural {
			return sp, ByRole
		}
		if isRoleNoun(head) && described && !plural && !kinNouns.Has(head) && sentenceOpensWith(r.t.Body[pi].Text, at, lower) {
			// "Len McCluskey is not a happy man. The Unite general
			// secretary is on the warpath": a new description, opening
			// its sentence, of the person who opened a sentence just
			// before, untitled till now
			if m, ok := r.openerBefore(pi, at, false); ok && m.sp.Title == "" {
				m.sp.Title = np[len(det)+1:]
				return m.sp, ByRole
			} else if ok && (m.para == pi-1 || m.para == pi && belongingNouns.Has(head)) && !seats.Has(head) {
				// "Liam Kerr, the Scottish Conservative energy
				// spokesperson, raised …" / "The MSP added:": the person
				// the paragraph before opened with, no one heard since
				// (or the sentence before: "Cpl. Kevin Jones said … The
				// native of Lake View admitted")
				return m.sp, ByRole
			}
		}
		if det == "the" && isRoleNoun(head) && !seats.Has(head) && !plural && characterised(np[len(det)+1:], head) {
			// the one person the story's opening names, whom it is
			// about, described by what they belong to: "Newcastle have
			// confirmed the signing of striker Joselu …" / "“…,” the
			// Spanish forward said."
			if sp := r.storyLead(pi); sp != nil {
				return sp, ByRole
			}
		}
		if det == "the" && isRoleNoun(head) && !plural {
			// "A Sydney Trains spokesperson says …" / "“…,” the
			// spokesman said": the one the text described so, heard last
			if sp := r.describedHeard(np[len(det)+1:], head); sp != nil {
				return sp, ByRole
			}
		}
		return &Speaker{Name: np[len(det)+1:], Kind: Unnamed}, ByRole
	case "a", "an", "one", "another", "some", "several", "many":
		// "a friend told me", "one mourner said", "one of the
		// children said": the subject of a speech verb is someone,
		// named or not
		name := np[min(len(det)+1, len(np)):]
		if of, ok := strings.CutPrefix(rest, "of "); ok {
			rest = strings.TrimPrefix(of, "the ")
			name = det + np[len(det):] // "one of the children" is the description, "of" and all
		}
		head := headNoun(rest)
		switch {
		case reportingNouns.Has(head):
			return r.statementFrom(np, pi, at)
		case head == "" && det == "another":
			// "“…,” said one woman. “…,” said another.": another of the
			// same description as the unnamed speaker before
			name := "another"
			if n := len(r.speakers); n > 0 && r.speakers[n-1].Kind == Unnamed {
				name += " " + headNoun(strings.ToLower(r.speakers[n-1].Name))
			}
			return &Speaker{Name: name, Kind: Unnamed}, ByName
		case head == "":
			return nil, 0
		case orgRoleNouns.Has(head):
			return r.cast.org(np[len(det)+1:]), ByName
		case isRoleNoun(head):
			// "a spokesperson for the ministry": someone speaking for
			// the organisation the text has named
			if _, whose, ok := strings.Cut(name, " for "); ok {
				if owner, who, ok := strings.Cut(whose, ", "); ok && isCap(owner) {
					// "a representative for Gul Agha, Khaled Pashtoon":
					// the name after the comma is the speaker's, the one
					// before it whom they speak for
					if p, ok := parseRun(strings.Fields(who)); ok && !p.org && p.title == "" && countFields(p.name) >= 2 && countFields(p.name) == countFields(who) {
						sp := r.cast.person(p.name, true)
						if sp.Title == "" {
							sp.Title, sp.Affiliation = headPhrase(name), owner
						}
						return sp, ByName
					}
				}
				if o, _ := r.resolve(whose, pi, at); o != nil && o.Kind == Organisation {
					return &Speaker{Name: headPhrase(name) + " for " + o.Name, Kind: Unnamed, Title: headPhrase(name), Affiliation: o.Name}, ByName
				}
			}
			if sp := r.titledNext(name, head, pi, at, ledeReach(pi)); sp != nil {
				return sp, ByRole
			}
		case !slices.ContainsFunc(strings.Fields(headPhrase(rest)), func(w string) bool {
			return isRoleNoun(w) || kinNouns.Has(w) || crowdNouns.Has(w) || w == "them" || w == "us" || w == "those"
		}):
			return nil, 0 // "after some controversial remarks": a noun, not someone speaking
		}
		if head := headNoun(headPhrase(rest)); kinNouns.Has(head) || laypeople.Has(head) {
			if sp := r.namedAfterLede(det, head, pi); sp != nil {
				return sp, ByRole
			}
		}
		return &Speaker{Name: name, Kind: Unnamed}, ByName
	}
	head := headNoun(lower)
	switch {
	case orgRoleNouns.Has(head) && possessives.Has(det):
		// "their union said": whose, the text has said before, if at all
		if o := r.latestOrg(pi, at); o != nil {
			return o, ByRole
		}
		return nil, 0
	case orgRoleNouns.Has(head):
		return r.cast.org(np), ByName
	case roleNouns.Has(head) || strings.HasSuffix(head, "s") && isRoleNoun(head) && !statementNouns.Has(head):
		// "officials said", "forecasters are calling"
		return &Speaker{Name: np, Kind: Unnamed}, ByName
	}
	return nil, 0
}

// formerLatter is the latter (or the former) of the last two people or
// bodies named in paragraph pi before at.
func (r *reader) formerLatter(latter bool, pi, at int) *Speaker {
	var named []mention
	for _, ms := range [][]mention{r.cast.mentions, r.cast.orgMentions} {
		for _, m := range ms {
			if m.para == pi && m.at < at {
				named = append(named, m)
			}
		}
	}
	slices.SortFunc(named, func(a, b mention) int { return a.at - b.at })
	named = slices.CompactFunc(named, func(a, b mention) bool { return a.sp == b.sp })
	if len(named) < 2 {
		return nil
	}
	if latter {
		return named[len(named)-1].sp
	}
	return named[len(named)-2].sp
}

// ownerPronoun gives the subject pronoun of a possessive one.
var ownerPronoun = map[string]string{"its": "it", "his": "he", "her": "she", "their": "they"}

// mediaNouns name a publication or a broadcaster by what it is.
var mediaNouns = lazy.Words(`magazine newspaper paper daily weekly journal broadcaster network channel station website site outlet publication`)

// subjectBefore is the body a sentence before at in paragraph pi opens
// with as its subject, named: "Physics World selected …" → Physics World.
func (r *reader) subjectBefore(pi, at int) *Speaker {
	text := r.t.Body[pi].Text[:at]
	starts := sentenceStarts(text)
	s0, _ := sentenceAt(starts, max(at-1, 0), len(text))
	if s0 == 0 {
		return nil
	}
	prev, _ := sentenceAt(starts, s0-1, len(text))
	np := leadingSubject(text[prev:s0])
	// "The Shreveport Times reported that a resident at a Bossier City,
	// La., nursing home went missing": a name, then its verb of speech,
	// however long what it said
	if toks := tokenize(text[prev:s0], 0); len(toks) > 0 {
		if runs := capRuns(toks); len(runs) > 0 && runs[0].start() == toks[0].start {
			if k := len(runs[0].toks); k < len(toks) && isSpeechVerb(strings.ToLower(toks[k].core)) {
				np = strings.TrimPrefix(strings.Join(runs[0].words(), " "), "The ")
			}
		}
	}
	if np == "" || !isCap(np) || pronouns.Has(np) {
		return nil
	}
	return r.cast.org(np)
}

// latestOrg is the latest organisation named in paragraph pi (before at)
// or the one before.
func (r *reader) latestOrg(pi, at int) *Speaker {

	for i := len(r.cast.orgMentions) - 1; i >= 0; i-- {
		m := r.cast.orgMentions[i]
		if m.para > pi || m.para == pi && m.at >= at {
			continue
		}
		if m.para < pi-1 {
			return nil
		}
		return m.sp
	}
	return nil
}

// roleOfOwner reads the lower-case words of a role after a possessive
// that opens np ("Bristol's outgoing mayor", one to three words), or
// after a body's name of several words (ownedRole: "Canadian Pacific
// Railway's chief operating officer"). A determiner opens no owner: "The
// First Minister’s official spokesperson" is read as a description.
func roleOfOwner(np string) (role string, ok bool) {
	f := strings.Fields(np)
	if len(f) < 2 || !isCap(f[0]) || determiners.Has(strings.ToLower(f[0])) {
		return "", false
	}
	if makeToken(f[0], 0).possessive {
		if len(f) > 4 || slices.ContainsFunc(f[1:], func(w string) bool { return !unicode.IsLower(firstRune(w)) }) {
			return "", false
		}
		return strings.Join(f[1:], " "), true
	}
	role, _ = ownedRole(np)
	return role, role != ""
}

// subjectCompany is what "the company" refers to when no organisation
// is known by its kind: the name that is the subject of the latest
// sentence, in paragraph pi before offset at or the two before, that
// names no person and no place ("AstraZeneca appeared to play down
// speculation …" / "The company … issued a statement saying").
func (r *reader) subjectCompany(pi, at int) *Speaker {
	for _, text := range r.textsBack(pi, at, 2) {
		base := max(len(text)-authorReach, 0) // (within reach, as author reads)
		starts := pieceStarts(text[base:])
		for j := len(starts) - 1; j >= 0; j-- {
			end := len(text)
			if j+1 < len(starts) {
				end = base + starts[j+1]
			}
			sentence := text[base+starts[j] : end]
			if base+starts[j] == 0 {
				sentence = withoutDateline(sentence) // (only a paragraph opens with one)
			}
			np := leadingSubject(sentence)
			f := strings.Fields(np)
			if len(f) == 0 || len(f) > 3 || !isCap(np) || slices.ContainsFunc(f, func(w string) bool { return !isCap(w) }) ||
				givenSex(strings.ToLower(f[0])) != 0 && r.cast.bodyNamed(np) == nil || pronouns.Has(np) || determiners.Has(strings.ToLower(f[0])) || isDemonym(f[0]) || placeNouns.Has(strings.ToLower(f[len(f)-1])) {
				continue
			}
			if sp := r.cast.known(np); sp != nil && sp.Kind != Organisation {
				continue
			}
			return r.cast.org(np)
		}
	}
	return nil
}

// subjectOrg is the latest organisation named as the subject of a
// sentence, in paragraph pi before offset at or in the paragraph before:
// one that opens its sentence ("NASA interrupted …", "The agency said").
func (r *reader) subjectOrg(pi, at int) *Speaker {
	for i := len(r.cast.orgMentions) - 1; i >= 0; i-- {
		m := r.cast.orgMentions[i]
		if m.para > pi || m.para == pi && m.at >= at || m.para < 0 {
			continue
		}
		if m.para < pi-1 {
			return nil
		}
		text := r.t.Body[m.para].Text
		s0, _ := sentenceAt(sentenceStarts(text), m.at, len(text))
		if before := strings.TrimSpace(text[s0:m.at]); before == "" || strings.EqualFold(before, "the") || passiveAgent(before) || describedBefore(before) {
			return m.sp
		}
	}
	return nil
}

// describedBefore tells the words before a name that describe it, set
// off by a dash or a comma, as the sentence's subject: "The medical aid
// group - (Doctors Without Borders) -", "The charity, (Oxfam),".
func describedBefore(before string) bool {
	desc := strings.TrimRight(before, "–—,")
	if desc == before {
		desc = strings.TrimSuffix(before, " -") // (a hyphen only with a space before it)
	}
	f := strings.Fields(desc)
	if desc == before || len(f) < 2 || len(f) > 5 || !strings.EqualFold(f[0], "the") {
		return false
	}
	return !slices.ContainsFunc(f[1:], func(w string) bool { return !unicode.IsLower(firstRune(w)) })
}

// passiveAgent tells the words before a name that make it the agent of a
// passive verb, the sentence's doer: "The same message was posted by
// (Thameslink)".
func passiveAgent(before string) bool {
	head, ok := strings.CutSuffix(before, " by")
	if !ok {
		return false
	}
	f := strings.Fields(head)
	n := len(f)
	return n >= 2 && strings.HasSuffix(f[n-1], "ed") && (f[n-2] == "was" || f[n-2] == "were" || f[n-2] == "been")
}

// documentAuthor is who wrote the document named right before "read":
// "Stardom's official statement yesterday" → Stardom, "the decree signed
// by the Pope" → the Pope, "Facebook released a statement which" →
// Facebook. The document must be named within the last few words, and
// its author must be a name, not a description.
func (r *reader) documentAuthor(before string, pi, at int) (*Speaker, Via) {
	f := strings.Fields(before)
	doc := -1
	for k := len(f) - 1; k >= 0 && k >= len(f)-8; k-- {
		if w := strings.ToLower(strings.TrimFunc(f[k], unicode.IsPunct)); reportingNouns.Has(w) || decrees.Has(w) {
			doc = k
			break
		}
	}
	if doc < 0 {
		return nil, 0
	}
	named := func(np string) (*Speaker, Via) {
		np = strings.TrimSpace(np)
		if np == "" || !isCap(lastWord(np)) {
			return nil, 0
		}
		if sp, via := r.resolve(np, pi, at); sp != nil && sp.Kind != Unnamed {
			return sp, via
		}
		return nil, 0
	}
	after := strings.Join(f[doc+1:], " ")
	for _, sep := range []string{"by ", "from ", "of "} {
		if i := strings.Index(after, sep); i >= 0 && (i == 0 || after[i-1] == ' ') {
			np, _, _ := strings.Cut(after[i+len(sep):], ",") // "of the Court, released on Wednesday,"
			return named(np)
		}
	}
	for k := doc - 1; k >= 0 && k >= doc-3; k-- {
		if t := makeToken(f[k], 0); t.possessive {
			if w := strings.ToLower(t.core); kinNouns.Has(w) || w == "family" {
				// "The family's statement on the death read:"
				return &Speaker{Name: w, Kind: Unnamed}, ByRole
			}
			return named(strings.Join(append(f[max(k-3, 0):k], t.core), " "))
		}
	}
	return named(leadingSubject(strings.Join(f[:doc], " ")))
}

// pseudonym is the name a description gives its unnamed person: "a
// protester using the pseudonym Katya", "a resident who gave her name as
// Mary", "a student identified only as Ahmed", "who identified himself as
// Leonard", "an official surnamed Cao". The name ends the description, so only its last words are
// read, however long the sentence before them.
func pseudonym(np string) string {
	np = tail(np, 80)
	for _, marker := range []string{" the pseudonym ", " the name ", " her name as ", " his name as ", " their name as ", " name only as ", " identified only as ", " known only as ", " named only as ",
		" himself as ", " herself as ", " themselves as ", " identified as ", " surnamed "} {
		if _, name, ok := strings.Cut(np, marker); ok {
			f := strings.Fields(name)
			k := 0 // the name's words, capitalised, before what the description goes on to say
			for k < len(f) && k < 3 && isCap(f[k]) && !strings.ContainsAny(f[k][:len(f[k])-1], ",.") {
				k++
				if strings.ContainsAny(f[k-1], ",.") {
					break
				}
			}
			if k > 0 && (k == len(f) || !isCap(f[k])) {
				return strings.TrimRight(strings.Join(f[:k], " "), ",.") // ("a man who gave his name only as Ahmet out of fear of retribution")
			}
		}
	}
	return ""
}

// decrees are documents that are read out as their author's words ("the
// decree signed by the Pope read") but whose author is no organisation to
// guess from the text, as "the statement said" is.
var decrees = lazy.Words(`decree decrees proclamation judgment judgement sign opinion`)

// statementSubject is the statement ("the statement", "the letter")
// that opens a sentence of paragraph pi before at, or of the paragraph
// before: what "it" says next. The latest such sentence counts.
func (r *reader) statementSubject(pi, at int) string {
	found := ""
	for k := max(pi-1, 0); k <= pi && k < len(r.t.Body); k++ {
		text := r.t.Body[k].Text
		if k == pi {
			text = text[:min(at, len(text))]
		}
		text = tail(text, 2*window) // (near the pronoun: a long paragraph is read once, not at each "it")
		for _, s0 := range pieceStarts(text) {
			f := firstWords(text[s0:], 2)
			if len(f) == 2 && f[0] == "The" && statementNouns.Has(f[1]) {
				found = "the " + f[1]
			}
		}
	}
	return found
}

// statementFrom finds who a statement speaks for: "a statement from the
// ministry" → the ministry.
func (r *reader) statementFrom(np string, pi, at int) (*Speaker, Via) {
	for _, sep := range []string{" from ", " by ", " of "} {
		if _, rest, ok := strings.Cut(np, sep); ok && (sep != " of " || isCap(strings.TrimPrefix(rest, "the "))) {
			if o := r.personsOffice(rest, pi, at); o != nil {
				return o, ByName // "a statement from Somali Prime Minister Mohamed Roble's office"
			}
			if np := npAfter(rest); np != "" {
				rest = np // "a letter from Lam on October 31": whose, not when
			}
			sp, via := r.resolve(rest, pi, at) // ("a different account of events" is no one's)
			if body, ok := strings.CutPrefix(strings.TrimRight(rest, ".,;:"), "the "); sp == nil && sep != " of " && ok && lowerWords(body, 5) {
				// "A statement from the armed forces general staff said":
				// a body the text describes in small letters, as "the
				// military" is
				return &Speaker{Name: body, Kind: Unnamed}, ByName
			}
			return sp, via
		}
	}
	if owner := statementOwner(np); owner != "" {
		if l := lastWord(owner); isCap(owner) && orgRoleNouns.Has(l) {
			return r.cast.org(owner), ByName // "a UAE foreign ministry statement": a body, named with what it is
		}
		if sp, via := r.resolve(owner, pi, at); sp != nil {
			return sp, via
		}
	}
	if sp := r.author(headNoun(strings.ToLower(np)), pi, at); sp != nil {
		return sp, ByRole
	}
	// "the statement said", "A statement said:", "according to a company
	// statement": the body that issued it, the latest organisation the
	// text has named
	if n := len(r.out); n > 0 && r.out[n-1].Speaker != nil && r.out[n-1].Para >= pi-3 && strings.HasPrefix(strings.ToLower(np), "the ") && personalNouns.Has(headNoun(strings.ToLower(np))) {
		// "Weblog Bahamas advised: … The post ended on a hopeful note":
		// a post, a tweet or an email is the last quoted writer's, not
		// the latest body's the text has named
		return r.out[n-1].Speaker, ByRole
	}
	if strings.HasPrefix(strings.ToLower(np), "the ") || issuedStatement(np) {
		var body *Speaker // the latest body named or heard
		bp, ba := -1, 0
		for i := len(r.cast.orgMentions) - 1; i >= 0; i-- {
			if m := r.cast.orgMentions[i]; m.before(pi, at) {
				body, bp, ba = m.sp, m.para, m.at
				break
			}
		}
		for i := len(r.speakers) - 1; i >= 0; i-- {
			if p, a := r.heardIn[i], r.heardAt[i]; p < pi || p == pi && a < at {
				if r.speakers[i].Kind == Organisation && (p > bp || p == bp && a > ba) {
					body = r.speakers[i] // one heard since, named in small letters: "the sheriff's office said"
				}
				break
			}
		}
		if body != nil {
			return body, ByRole
		}
		// or, when the text names no body, whoever was quoted last: "“…,”
		// the group wrote. … “…,” the statement continued."
		if n := len(r.out); n > 0 && r.out[n-1].Speaker != nil && r.out[n-1].Para >= pi-3 {
			return r.out[n-1].Speaker, ByRole
		}
	}
	return nil, 0
}

// titledBefore is the person the text named before offset at of
// paragraph pi with a title that np, an office in capitals and no name,
// opens: "the Minister of State said" after "Minister of State for
// Gaeltacht Affairs, Joe McHugh T.D., has announced". The latest such
// mention is the one meant; nil when there is none.
func (r *reader) titledBefore(np string, pi, at int) *Speaker {
	f := strings.Fields(np)
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:] // ("The Minister of State said, …")
		np = strings.Join(f, " ")
	}
	if len(f) < 2 || !offices.Has(f[0]) {
		return nil
	}
	for _, w := range f[1:] {
		if w != "of" && w != "for" && w != "and" && w != "the" && (!isCap(w) || isGivenName(w) || r.cast.known(w) != nil) {
			return nil // (a name's word: "Minister Costello" is known by name)
		}
	}
	opens := func(title string) bool { return strings.EqualFold(title, np) || hasPrefixFold(title, np+" ") }
	for i := len(r.cast.mentions) - 1; i >= 0; i-- {
		m := r.cast.mentions[i]
		if m.sp.Kind == Person && m.before(pi, at) && (opens(m.sp.Title) || slices.ContainsFunc(m.sp.alsoTitled, opens)) {
			return m.sp
		}
	}
	return nil
}

// personsOffice is the office of a person the text names, when s opens
// with the person and "'s office" ("Somali Prime Minister Mohamed
// Roble's office said", "a statement released by Erdogan's office"): a
// body that speaks for the person, whose words it issues, not the
// person; or nil.
func (r *reader) personsOffice(s string, pi, at int) *Speaker {
	for _, ap := range officeSuffixes {
		i := strings.Index(s, ap)
		if i <= 0 || strings.ContainsAny(s[:i], ",;:") || countFields(s[:i]) > 6 || !isCap(lastWord(s[:i])) {
			continue
		}
		if rest := s[i+len(ap):]; rest != "" && unicode.IsLetter(firstRune(rest)) {
			continue // "'s officer", "'s offices"
		}
		if sp, _ := r.resolve(s[:i], pi, at); sp != nil && sp.Kind == Person {
			return r.cast.org(sp.Name + ap)
		}
	}
	return nil
}

// officeSuffixes end a person's office: "Mohamed Roble's office".
var officeSuffixes = []string{"'s office", "’s office"}

// statementOwner is whose a statement is by the words before its noun:
// "the sheriff's office statement" → "the sheriff's office", "the police
// statement" → "the police", "the ministry's statement" → "the
// ministry", "the White House statement" → "White House", "a UAE foreign
// ministry statement" → "UAE foreign ministry"; "" for "the joint
// statement" or "a company statement".
func statementOwner(np string) string {
	f := strings.Fields(np)
	if len(f) < 3 || len(f) > 6 || !strings.EqualFold(f[0], "the") && f[0] != "a" && f[0] != "an" {
		return ""
	}
	mid := f[1 : len(f)-1]
	last := makeToken(mid[len(mid)-1], 0)
	switch {
	case strings.ContainsAny(np, ",;:"):
		return ""
	case f[0] == "a" || f[0] == "an":
		if isCap(mid[0]) && !last.possessive && orgRoleNouns.Has(last.core) {
			return strings.Join(mid, " ") // "a UAE foreign ministry statement" (but "a BBC News report" reports what others said)
		}
		return ""
	case last.possessive:
		mid[len(mid)-1] = last.core
		return "the " + strings.Join(mid, " ")
	case orgRoleNouns.Has(last.core) && !isCap(mid[0]):
		return "the " + strings.Join(mid, " ")
	case !slices.ContainsFunc(mid, func(w string) bool { return !isCap(w) }):
		return strings.Join(mid, " ")
	}
	return ""
}

// issuedStatement tells "a statement" or "a company statement": an
// indefinite statement, no one's by name, that its subject's body issued
// (not "a memo posted online by …" or "a BBC News report").
func issuedStatement(np string) bool {
	f := strings.Fields(np)
	return len(f) >= 2 && len(f) <= 3 && (f[0] == "a" || f[0] == "A") && strings.EqualFold(f[len(f)-1], "statement") && (len(f) == 2 || lowerWords(f[1], 1))
}

// lowerWords tells words all in small letters, one to max of them.
func lowerWords(s string, max int) bool {
	f := strings.Fields(s)
	return len(f) > 0 && len(f) <= max && !slices.ContainsFunc(f, func(w string) bool { return !unicode.IsLower(firstRune(w)) })
}

// author is whoever the text said wrote or issued the document a noun
// names ("the memo said"): in the latest sentence before that names the
// same document, the person or body it opens with, its subject, or else
// the one named nearest before the noun ("Assistant U.S. Attorney
// Brandon Helms wrote in a sentencing memo"), or else the first named
// after it ("A statement was issued on the MSF website").
func (r *reader) author(noun string, pi, at int) *Speaker {
	if noun == "" {
		return nil
	}
	// (within reach: the last authorReach bytes of a paragraph, and
	// authorParas paragraphs back, so that a text that says "the
	// statement" in every sentence is read in linear time)
	for p, text := range r.textsBack(pi, at, min(pi, authorParas)) {
		base := max(len(text)-authorReach, 0)
		starts := pieceStarts(text[base:])
		for k := range starts {
			starts[k] += base
		}
		people, orgs := paraMentions(r.cast.mentions, p), paraMentions(r.cast.orgMentions, p)
		for k := len(starts) - 1; k >= 0; k-- {
			end := len(text)
			if k+1 < len(starts) {
				end = starts[k+1]
			}
			n := wordAt(strings.ToLower(text[starts[k]:end]), noun)
			if n < 0 {
				continue
			}
			n += starts[k]
			// the one the sentence hears issue it, by name, with the
			// verb just before the noun: "…, the airline said in a
			// statement." (after "An American Airlines flight was
			// diverted to Kansas City International Airport")
			for i, hi := r.heardRange(p); i < hi; i++ {
				if a := r.heardAt[i]; a >= starts[k] && a < n && n-a <= 30 && r.speakers[i].Kind != Unnamed && isCap(r.speakers[i].Name) {
					return r.speakers[i]
				}
			}
			var before, after, opener *Speaker
			beforeAt, afterAt := -1, end
			for _, ms := range [][]mention{people, orgs} {
				for _, m := range ms {
					switch {
					case m.at < starts[k] || m.at >= end:
					case m.at < n && strings.TrimSpace(text[starts[k]:m.at]) == "":
						opener = m.sp // the sentence's subject: "SAG-AFTRA is putting its weight behind actress Ashley Judd in her battle with Harvey Weinstein in a filing"
					case m.at < n && m.at > beforeAt:
						before, beforeAt = m.sp, m.at
					case m.at > n && m.at < afterAt:
						after, afterAt = m.sp, m.at
					}
				}
			}
			if before != nil && opener != nil && objectWords.Has(strings.ToLower(lastWord(strings.TrimSpace(text[:beforeAt])))) {
				return opener // the one named nearest is an object ("… in her legal battle with Harvey Weinstein in a filing"): the sentence's subject issued it
			}
			if before != nil {
				return before
			}
			if opener != nil {
				return opener
			}
			if after != nil {
				return after // the sentence that names the document says who wrote it
			}
			// or it names no one ("The statement goes on to explain that
			// …"): an earlier sentence may
		}
	}
	return nil
}

// authorReach and authorParas bound where author looks for the sentence
// that names a document: the bytes of a paragraph before the noun, and
// the paragraphs back.
const (
	authorReach = 4 * window
	authorParas = 40
)

// campusOf tells words that end with the name of a university or the
// like a person is "of", whose campus may follow after a comma: "… of
// the University of California".
func campusOf(s string) bool {
	f := strings.Fields(s)
	for k := len(f) - 1; k >= 1 && k >= len(f)-6; k-- {
		if f[k-1] == "of" && (campusNouns.Has(f[k]) || f[k] == "the" && k+1 < len(f) && campusNouns.Has(f[k+1])) {
			return isCap(f[len(f)-1])
		}
	}
	return false
}

// campusNouns are the bodies whose campus may follow their name after a
// comma.
var campusNouns = lazy.Words(`University College Institute School Academy`)

// objectWords put the name after them in a clause's object, not its
// subject: "a battle with Harvey Weinstein".
var objectWords = lazy.Words(`with against behind to for from by of about on at over into toward towards between among`)

// wordAt is the offset of word w in s as a whole word (punctuation
// around it aside), or -1.
func wordAt(s, w string) int {
	if w == "" {
		return -1
	}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return -1
		}
		j += i
		e := j + len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[e:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return j
		}
		i = e
	}
	return -1
}

// formerly are words that may stand before a title and a name after a
// speech verb, saying when the person held it: "said retired Navy Vice
// Admiral …", "said former President …".
var formerly = lazy.Words(`retired former then outgoing incoming acting interim late`)

// speakingOn tells the words between two quotations that are only a
// participle of speech, which goes on with the speaker of the first:
// ", adding, ", " continuing: ".
func speakingOn(gap string) bool {
	f := strings.Fields(strings.Trim(gap, " ,:;"))
	return len(f) == 1 && strings.HasSuffix(f[0], "ing") && isSpeechVerb(f[0])
}

// continuesSpeech tells the few words between a speaker's quotation and
// a phrase after it that go on with the same speaker: no more than eight,
// each a connective, a preposition, "that", a place after a preposition
// or a participle of speech ("But in Cambodia,", ", adding that"). Any
// other word may be a new subject ("She typically chooses", "iKalyanam
// claims to be"), whose phrase this is not.
func continuesSpeech(gap string) bool {
	f := strings.Fields(gap)
	if len(f) > 8 {
		return false
	}
	prev := "" // the word before, in lower case
	for _, w := range f {
		w = strings.Trim(w, ".,;:()—–-")
		lw := strings.ToLower(w)
		switch {
		case w == "":
			continue
		case connectives.Has(lw), placePreps.Has(lw), lw == "that", strings.HasSuffix(lw, "ing") && isSpeechVerb(lw):
		case isCap(w) && placePreps.Has(prev):
		default:
			return false
		}
		prev = lw
	}
	return true
}

// connectives open a sentence that goes on with what was said before.
var connectives = lazy.Words(`but and yet still also however so then in at for on`)

// possessives open a noun phrase that refers back: "their union".
var possessives = lazy.Words(`their its his her our my your`)

// headNoun is the last word of a phrase before any "of"/"for" phrase:
// "spokesman for the ministry" → "spokesman".
func headNoun(s string) string {
	w := lastWord(headPhrase(s))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return strings.Trim(w, ",.;:")
}

// describedBody tells a person described by the body they are of, after
// a determiner: "An official with the U.S. Central Command", "the
// spokesman for the Justice Department" (not "The Justice Department",
// "the ruling Labour Party"). Someone unnamed, after "a", may be
// described by a capitalised word before a role in small letters: "A
// Typhoon pilot from the RAF".
func describedBody(f []string) bool {
	if len(f) < 3 || strings.Contains(strings.Join(f, " "), ",") {
		return false // (or a name set after it: "an official of the group, Muhammed Gava")
	}
	switch strings.ToLower(f[0]) {
	case "a", "an", "the", "one", "another":
		head := headNoun(strings.Join(f[1:], " "))
		return (!isCap(f[1]) || unnamedRole(f[0], head)) && isRoleNoun(strings.ToLower(head)) && !orgRoleNouns.Has(strings.ToLower(head))
	}
	return false
}

// unnamedRole tells a role in small letters after "a" or "an": someone
// the text does not name, whom capitalised words may describe ("A
// Typhoon pilot"), as they may not the holder of an office the text
// names ("The Prime Minister of Spain").
func unnamedRole(det, role string) bool {
	return (strings.EqualFold(det, "a") || strings.EqualFold(det, "an")) && !isCap(role)
}

// headPhrase is a noun phrase before any "of", "for", "at", "with",
// "from" or "in" phrase: "source familiar with the talks" → "source
// familiar".
func headPhrase(s string) string {
	for _, sep := range []string{" of ", " for ", " at ", " with ", " from ", " in ", " to "} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	return s
}

// roleAbbreviations are offices written by their initials in small
// news copy: "the CM", "the PM", Ghana's "the MCE" (a Municipal Chief
// Executive), Kenya's "the CS" (a Cabinet Secretary).
var roleAbbreviations = map[string]string{"cm": "chief minister", "pm": "prime minister", "dcm": "deputy chief minister", "vp": "vice president",
	"mce": "municipal chief executive", "dce": "district chief executive", "cs": "cabinet secretary", "ps": "principal secretary"}

// roleWords are the words of a title in small letters, its offices
// written by their initials spelled out: "CM" → "chief minister".
func roleWords(title string) []string {
	var out []string
	for w := range strings.FieldsSeq(strings.ToLower(title)) {
		w = strings.Trim(w, ",.")
		if full, ok := roleAbbreviations[w]; ok {
			out = append(out, strings.Fields(full)...)
			continue
		}
		out = append(out, w)
	}
	return out
}

// byRole finds the person "the minister" refers to: the latest speaker,
// then the latest person introduced, whose title has that word.
func (r *reader) byRole(title string, pi, at int) *Speaker {
	proper := properModifiers(title)
	title = strings.ToLower(title)
	words := strings.Fields(title)
	if len(words) == 0 {
		return nil
	}
	if i := slices.Index(words, "minster"); i >= 0 {
		words[i] = "minister" // "the Foreign Office Minster said": the slip of the keys parseRun mends in a name's title
	}
	if i := slices.IndexFunc(words, func(w string) bool { return w == "of" || w == "for" }); i > 0 {
		words = words[:i] // "the Minister of Local Government" is a minister
	}
	expanded := false
	if full, ok := roleAbbreviations[words[len(words)-1]]; ok {
		// "the Assam CM" is the Assam Chief Minister: every word of it
		// in the title of the one it means
		words, expanded = append(words[:len(words)-1:len(words)-1], strings.Fields(full)...), true
	}
	noun := words[len(words)-1]
	bare := len(words) == 1 || !subordinate.Has(words[len(words)-2])
	// match tells a person whose title has the noun; a bare "the
	// Secretary" is first taken to be the secretary, not the assistant
	// secretary (strict)
	match := func(sp *Speaker, strict bool) bool {
		if sp.Kind != Person {
			return false
		}
		prev := ""
		for _, w := range roleWords(strings.Join(append([]string{sp.Honorific, sp.Title}, sp.alsoTitled...), " ")) {
			if full := titleAbbreviations[w]; full != "" {
				w = full // "Sen." is a senator
			}
			if (w == noun || slices.Contains(sameRoles[noun], w)) && !(strict && bare && subordinate.Has(prev)) {
				return true // ("the judge" is Mr Justice McLaughlin)
			}
			prev = w
		}
		return false
	}
	// latest is the latest speaker heard who is ok, or else the latest
	// person named in this paragraph or before
	latest := func(ok func(*Speaker) bool) *Speaker {
		for i := len(r.speakers) - 1; i >= 0; i-- {
			if ok(r.speakers[i]) {
				return r.speakers[i]
			}
		}
		for i := len(r.cast.mentions) - 1; i >= 0; i-- {
			if m := r.cast.mentions[i]; m.para <= pi && ok(m.sp) {
				return m.sp
			}
		}
		return nil
	}
	// the words before the noun, when the title of someone who matches
	// has them all: "the energy minister" is the Energy Minister, not the
	// Commerce Minister heard since
	if mods := words[:len(words)-1]; len(mods) > 0 {
		if sp := latest(func(sp *Speaker) bool {
			t := roleWords(sp.Title)
			return match(sp, false) && !slices.ContainsFunc(mods, func(m string) bool { return !slices.Contains(t, m) })
		}); sp != nil {
			return sp
		}
	}
	if mods := words[:len(words)-1]; len(mods) > 0 && partyMembers.Has(capitalised(noun)) {
		// "the Nevada Democrat told": the member of a party the story
		// placed there, "Senate Majority Leader Harry Reid of Nevada"
		if sp := latest(func(sp *Speaker) bool {
			a := strings.Fields(strings.ToLower(sp.Affiliation))
			return sp.Kind == Person && len(a) > 0 && !slices.ContainsFunc(mods, func(m string) bool { return !slices.Contains(a, m) })
		}); sp != nil {
			return sp
		}
	}
	if expanded {
		return nil
	}
	for i := len(r.speakers) - 1; i >= 0 && r.heardIn[i] >= pi-1 && !match(r.speakers[i], false); i-- {
		// someone unnamed, described by their body and the noun, heard in
		// this paragraph or the one before since anyone who holds it
		// spoke: "“…,” a State Department spokesperson said. “…,” the
		// spokesperson continued" (not John Kirby, a spokesperson the
		// paragraph names later)
		if sp := r.speakers[i]; sp.Kind == Unnamed && headNoun(strings.ToLower(sp.Name)) == noun && !kinNouns.Has(noun) && len(titleBodyWords(sp.Name)) > 0 {
			return sp
		}
	}
	for _, strict := range []bool{true, false} {
		if sp := latest(func(sp *Speaker) bool { return match(sp, strict) && !otherBody(sp, proper) }); sp != nil {
			return sp
		}
	}
	if sex := parentSex(noun); sex != 0 && bare {
		if sp := r.familyMember(sex, pi); sp != nil {
			return sp
		}
		return r.parentOf(noun, sex, pi, at)
	}
	if seats.Has(noun) && bare {
		// "“…,” the president said." before the story names him:
		// "President Bush gave a voice to …" later on
		for _, m := range r.cast.mentions {
			if m.para > pi && match(m.sp, true) {
				return m.sp
			}
		}
	}
	return nil
}

// properModifiers are the capitalised words of a description in small
// letters, folded: "the senior BJP leader" → ["bjp"].
func properModifiers(desc string) []string {
	var out []string
	for i, w := range strings.Fields(desc) {
		if w = strings.Trim(w, ",.;:"); (i > 0 || nationAdjective(w)) && isCap(w) {
			out = append(out, strings.ToLower(w)) // (and "the Armenian minister": of a nation)
		}
	}
	return out
}

// otherBody tells a person whose title names a body of its own where a
// description names another: "the senior BJP leader" is not "Congress
// leader Rahul Gandhi".
func otherBody(sp *Speaker, proper []string) bool {
	if len(proper) == 0 || !slices.ContainsFunc(strings.Fields(sp.Title), func(w string) bool { return isCap(strings.Trim(w, ",.;:")) }) {
		return false
	}
	heldWords := strings.Fields(sp.Title + " " + sp.Affiliation)
	held := strings.Fields(strings.ToLower(sp.Title + " " + sp.Affiliation))
	return slices.ContainsFunc(proper, func(p string) bool {
		if nationAdjective(capitalised(p)) {
			// a nation's: another nation's holder ("the Armenian
			// minister" is not the Turkish Foreign Minister), but a title
			// that names none may be theirs
			return !slices.Contains(held, p) && slices.ContainsFunc(heldWords, nationAdjective)
		}
		return !slices.Contains(held, p)
	})
}

// parentSex is the sex a word for a parent or a spouse says, or 0.
func parentSex(noun string) byte {
	switch noun {
	case "father", "husband":
		return 'm'
	case "mother", "wife":
		return 'f'
	}
	return 0
}

// parentOf is the person "the father" or "the mother" means when the
// text has just named someone with their child: "Martin Dorey … shared a
// picture of his daughter Maggie" / "“…,” the father added".
func (r *reader) parentOf(noun string, sex byte, pi, at int) *Speaker {
	if noun != "father" && noun != "mother" {
		return nil
	}
	own := "his "
	if sex == 'f' {
		own = "her "
	}
	for m := range r.mentionsBack(pi, at) {
		if m.sp.Kind != Person || sex == 'm' && m.sp.female || sex == 'f' && m.sp.male {
			continue
		}
		text := strings.ToLower(r.t.Body[m.para].Text[m.at:])
		if m.para == pi {
			text = text[:max(min(at-m.at, len(text)), 0)]
		}
		text = text[:min(len(text), 200)]
		if slices.ContainsFunc([]string{"daughter", "son ", "son,", "children", "child ", "baby"}, func(c string) bool { return strings.Contains(text, own+c) }) {
			return m.sp
		}
	}
	return nil
}

// familyMember is the one person of sex, by their first name, among the
// people named up to paragraph pi who share a surname with another of
// them: "The father said" after "David and Louise Turpin" is David
// Turpin. Nil when there is no such family, or more than one such person.
func (r *reader) familyMember(sex byte, pi int) *Speaker {
	seen := map[*Speaker]bool{}
	bySurname := map[string][]*Speaker{}
	for _, m := range r.cast.mentions {
		if m.para > pi || seen[m.sp] || m.sp.Kind != Person {
			continue
		}
		seen[m.sp] = true
		if f := strings.Fields(m.sp.Name); len(f) >= 2 {
			last := strings.ToLower(FoldName(f[len(f)-1]))
			bySurname[last] = append(bySurname[last], m.sp)
		}
	}
	var found *Speaker
	for _, family := range bySurname {
		if len(family) < 2 {
			continue
		}
		for _, sp := range family {
			if sexOfName(sp.Name) == sex {
				if found != nil {
					return nil // two fathers: which one is not told
				}
				found = sp
			}
		}
	}
	return found
}

// hasWord tells whether the text has w as a word of its own.
func (r *reader) hasWord(w string) bool {
	return r.anyWord(w, func(string, int) bool { return true })
}

// placeName tells a word the text sets after a town's comma, as it sets
// a state or a country: "Alexandria, Virginia", "Amman, Jordan".
func (r *reader) placeName(w string) bool {
	return r.anyWord(w, func(p string, i int) bool {
		if !strings.HasSuffix(p[:i], ", ") {
			return false
		}
		before := lastWord(p[:i-2])
		return isCap(before) && !months.Has(before) && !weekdays.Has(before) // ("This past July, Singh was …": a time, then the subject)
	})
}

// anyWord tells whether w stands as a word of its own somewhere in the
// text's body where ok, given the paragraph and the offset, holds.
func (r *reader) anyWord(w string, ok func(p string, i int) bool) bool {
	for _, para := range r.t.Body {
		p := para.Text
		for at := 0; ; {
			i := strings.Index(p[at:], w)
			if i < 0 {
				break
			}
			i += at
			end := i + len(w)
			if (i == 0 || !unicode.IsLetter(lastRune(p[:i]))) && (end == len(p) || !unicode.IsLetter(firstRune(p[end:]))) && ok(p, i) {
				return true
			}
			at = end
		}
	}
	return false
}

// demonym tells a word that names a person by their nation: "Dutchman",
// "Frenchwoman", "Swede".
func demonym(w string) bool {
	if !isCap(w) || len(w) < 4 {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"man", "woman"} { // not "-ian": The Australian is a newspaper
		if strings.HasSuffix(lw, suf) && !orgNouns.Has(w) {
			return true
		}
	}
	return demonyms.Has(w)
}

// nationAdjective tells a word that says of which country something is,
// "the French brand", "the US firm": a demonym or an adjective of a
// nation, not a name.
func nationAdjective(w string) bool {
	w = strings.TrimRight(w, ",")
	return isDemonym(w) || demonyms.Has(w) || nationAdjectives.Has(w)
}

// nationAdjectives say of which country where isDemonym's endings do
// not show it.
var nationAdjectives = lazy.Words(`French Dutch Swiss German American Mexican Kenyan Moroccan Ugandan Rwandan Cuban
Venezuelan Angolan Tibetan African Dominican Jamaican Guatemalan Lankan Rican Libyan Samoan Tongan Welsh Irish
US U.S. UK U.K. EU British`)

// demonyms name people by nation where no ending shows it.
var demonyms = lazy.Words(`Swede Dane Finn Scot Briton Spaniard Pole Turk Czech Greek Argentine Thai Serb Croat
Pakistani Afghan Iraqi Israeli Kuwaiti Saudi Yemeni Omani Qatari Bangladeshi Nepali Filipino Kiwi Aussie`)

// partyMembers name a person by their party: "the Indiana Republican".
var partyMembers = lazy.Words(`Republican Democrat Conservative Tory Liberal Socialist Communist Labourite
Nationalist Unionist`)

// titleAbbreviations spell out the abbreviated titles and ranks
// written before names, lower case and without their stops, so that "the
// senator" finds "Sen. Maria Cantwell".
var titleAbbreviations = map[string]string{"sen": "senator", "sens": "senator", "rep": "representative",
	"reps": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant", "col": "colonel",
	"maj": "major", "capt": "captain", "sgt": "sergeant", "cmdr": "commander", "adm": "admiral",
	"dr": "doctor", "prof": "professor", "supt": "superintendent", "insp": "inspector", "det": "detective",
	"pres": "president", "sec": "secretary", "amb": "ambassador", "atty": "attorney", "rev": "reverend",
	"cpl": "corporal", "pvt": "private", "spc": "specialist", "dep": "deputy", "asst": "assistant",
	"cllr": "councillor", "clr": "councillor", "cr": "councillor", "coun": "councillor",
	"cpt": "captain", "ofc": "officer", "tpr": "trooper", "cst": "constable", "const": "constable", "cdr": "commander"}

// subordinate words make an office a lesser one: "assistant secretary",
// "deputy minister".
var subordinate = lazy.Words(`assistant deputy vice under associate`)

// pronoun resolves "he", "she" or "they" at offset at of paragraph pi
// to the first who agrees (a person of that sex, or of a sex the text does
// not show, for he and she; anyone for they) among: the latest speaker
// heard in this paragraph; the latest person named as the subject of a
// sentence of it; the latest speaker heard in the paragraph before; the
// latest person named in the two; the latest speaker heard at all.
// manyPeople tells speakers the text does not name who are more than
// one ("foreign ministers", "police"), whom "he" or "she" never means.
func manyPeople(sp *Speaker) bool {
	if sp.Kind != Unnamed {
		return false
	}
	lower := strings.ToLower(sp.Name)
	if q, _, ok := strings.Cut(lower, " of "); ok && manyOf.Has(q) {
		return true // "some of the people", "many of the residents"
	}
	w := headNoun(lower) // "head of the internal investigators" is one
	return w == "staff" || pluralPeople(w)
}

// manyOf are the words for more than one, before "of the …": "some of the
// people".
var manyOf = lazy.Words(`some many several most all few dozens hundreds thousands both two three four five`)

// aged is the person the text names with the given age, before
// paragraph pi's offset at: "Jo Reyes, 24, …" or "24-year-old Jo Reyes".
func (r *reader) aged(age string, pi, at int) *Speaker {
	for i := len(r.cast.mentions) - 1; i >= 0; i-- {
		m := r.cast.mentions[i]
		if m.para < pi-ageReach {
			break // (a story gives an age where it introduces someone, not pages before)
		}
		if m.para > pi || m.para == pi && m.at >= at || m.sp.Kind != Person {
			continue
		}
		if r.ageOf(m) == age {
			return m.sp
		}
	}
	return nil
}

// ageOf is the age the text gives with a mention of a person, if any:
// "Jo Reyes, 24," or "Jo Reyes (24)" or "24-year-old Jo Reyes".
func (r *reader) ageOf(m mention) string {
	p := r.t.Body[m.para].Text
	after := p[m.at:min(len(p), m.at+len(m.sp.Name)+24)]
	for _, open := range []string{", ", " ("} {
		if _, rest, ok := strings.Cut(after, open); ok {
			n := strings.IndexFunc(rest, func(c rune) bool { return c < '0' || c > '9' })
			if n > 0 && n <= 3 && (rest[n] == ',' || rest[n] == ')') {
				return rest[:n]
			}
		}
	}
	if before := strings.ToLower(p[max(0, m.at-16):m.at]); strings.HasSuffix(before, "-year-old ") {
		f := strings.Fields(before)
		return strings.TrimSuffix(f[len(f)-1], "-year-old")
	}
	return ""
}

// ageReach is how many paragraphs before a description by age ("the
// 24-year-old said") the person of that age may have been introduced.
const ageReach = 30

// agesGiven tells whether a paragraph before pi, within ageReach, gives
// the age as a person's: ", 24," or "24-year-old".
func (r *reader) agesGiven(age string, pi int) bool {
	for _, p := range r.t.Body[max(0, pi-ageReach):min(pi, len(r.t.Body))] {
		if strings.Contains(p.Text, ", "+age+",") || strings.Contains(p.Text, " ("+age+")") || strings.Contains(strings.ToLower(p.Text), age+"-year-old") {
			return true
		}
	}
	return false
}

// spokenToBefore is the one the sentence at at opens by speaking to
// ("Speaking with KCLR Live he said", "Talking to Jane Doe, she said"),
// whom its pronoun cannot mean; nil when it opens otherwise.
func (r *reader) spokenToBefore(pi, at int) *Speaker {
	if pi < 0 || pi >= len(r.t.Body) || at < 0 || at > len(r.t.Body[pi].Text) {
		return nil
	}
	text := r.t.Body[pi].Text
	s0, _ := sentenceAt(sentenceStarts(text), at, len(text))
	if sp := r.addressedIn(text, s0, at, pi); sp != nil {
		return sp
	}
	f := firstWords(text[s0:at], 2)
	if len(f) < 2 || f[0] != "Speaking" && f[0] != "Talking" || f[1] != "to" && f[1] != "with" {
		return nil
	}
	rest := strings.TrimSpace(strings.TrimSpace(text[s0:at])[len(f[0]):]) // (the words as firstWords read them, whatever spaces part them)
	if np := npAfter(strings.TrimSpace(rest[len(f[1]):])); isCap(np) {
		return r.cast.person(np, false) // (a body is no "he" or "she" anyway)
	}
	return nil
}

// addressedIn is the person a sentence's opening phrase says a message
// was sent to ("In an email to the chief executive of London Midland
// Patrick Verwer – shared with the Gazette – he said:"): the last person
// named between the sentence's start s0 and its pronoun at at.
func (r *reader) addressedIn(text string, s0, at, pi int) *Speaker {
	f := lowered(firstWords(text[s0:at], 4))
	if len(f) < 4 || f[0] != "in" || f[1] != "a" && f[1] != "an" && f[1] != "his" && f[1] != "her" && f[1] != "their" || !statementNouns.Has(strings.TrimSuffix(f[2], "s")) || f[3] != "to" {
		return nil
	}
	for i := len(r.cast.mentions) - 1; i >= 0; i-- {
		// (read back from the last mention: a long text's names are not
		// walked again for each pronoun)
		m := r.cast.mentions[i]
		if m.para < pi || m.para == pi && m.at <= s0 {
			break
		}
		if m.para == pi && m.at < at && m.sp.Kind == Person {
			return m.sp
		}
	}
	return nil
}

// listenerAfter is the person the words after pronoun p in paragraph pi
// say was spoken to, by the role they were named with: "he said to
// the judge", "she told the minister" (the judge heard it, so did not
// say it).
func (r *reader) listenerAfter(p string, pi, at int) *Speaker {
	if pi < 0 || pi >= len(r.t.Body) || at < 0 || at >= len(r.t.Body[pi].Text) {
		return nil
	}
	// the words after the pronoun's last use before the quotation, or
	// after at (which may be the verb's), within a window: a paragraph
	// of thousands of pronouns is read once, not once for each
	seg := head(r.t.Body[pi].Text[at:], window)
	if i := strings.IndexFunc(seg, isMark); i >= 0 {
		seg = seg[:i]
	}
	if i := strings.LastIndex(strings.ToLower(" "+seg), " "+p+" "); i >= 0 {
		seg = seg[i+len(p):]
	}
	f := lowered(firstWords(seg, 5))
	switch {
	case len(f) >= 3 && listenerVerbs.Has(f[0]) && f[1] == "the":
		f = f[2:]
	case len(f) >= 4 && isSpeechVerb(f[0]) && f[1] == "to" && f[2] == "the":
		f = f[3:]
	default:
		return nil
	}
	noun := strings.TrimRight(f[0], ".,:;")
	if !roleNouns.Has(noun) {
		return nil
	}
	for i := len(r.cast.mentions) - 1; i >= 0; i-- {
		m := r.cast.mentions[i]
		if m.para > pi || m.sp.Kind != Person {
			continue
		}
		if slices.Contains(strings.Fields(strings.ToLower(m.sp.Honorific+" "+m.sp.Title)), noun) {
			return m.sp
		}
	}
	return nil
}

func (r *reader) pronoun(p string, pi, at int) *Speaker {
	if p == "it" {
		// "The ministry called on drivers to … It also urged": the
		// organisation heard in this paragraph or the one before
		for i := len(r.speakers) - 1; i >= 0 && r.heardIn[i] >= pi-1; i-- {
			if r.speakers[i].Kind == Organisation {
				return r.speakers[i]
			}
		}
		if np := r.statementSubject(pi, at); np != "" {
			// "The statement goes on to say …" / "It also says “…”": the
			// statement, which speaks for whoever issued it
			if sp, _ := r.statementFrom(np, pi, at); sp != nil {
				return sp
			}
		}
		if o := r.subjectOrg(pi, at); o != nil {
			return o // "NASA interrupted its coverage … It also credited Leonov …, noting"
		}
		return r.leadOrg(pi)
	}
	soft := false // a sex guessed from a first name may be wrong ("Ola Källenius")
	listener := r.listenerAfter(p, pi, at)
	spokenTo := r.spokenToBefore(pi, at)
	agrees := func(sp *Speaker) bool {
		if sp == listener || sp == spokenTo {
			return false // "he said to the judge", "Speaking with KCLR Live he said": not the judge, not KCLR
		}
		switch p {
		case "he":
			return sp.Kind != Organisation && !manyPeople(sp) && (!sp.female || soft && sp.byName)
		case "she":
			return sp.Kind != Organisation && !manyPeople(sp) && (!sp.male || soft && sp.byName)
		}
		return true
	}
	mark := func(sp *Speaker) *Speaker {
		if sp.byName && (p == "he" || p == "she") {
			sp.female, sp.male, sp.byName = false, false, false // the text says better
		}
		switch p {
		case "he":
			sp.male = true
		case "she":
			sp.female = true
		}
		return sp
	}
	heardAt := -1 // where in this paragraph the speaker heard(pi) was
	heard := func(from int) *Speaker {
		for i := len(r.speakers) - 1; i >= 0 && r.heardIn[i] >= from; i-- {
			if r.heardIn[i] == pi && r.heardFirst[i] > at {
				continue // heard after the pronoun, which cannot mean them: "… he performed what the Socialist Worker described as “…”"
			}
			if agrees(r.speakers[i]) {
				if r.heardIn[i] == pi {
					heardAt = r.heardAt[i]
				}
				return r.speakers[i]
			}
		}
		return nil
	}
	// opened is the person who opens a sentence of this paragraph after
	// the latest speaker was heard: "…,” said Bill Blair. Mayor David
	// Miller interrupted the council. “…,” he said." is Miller's.
	opened := func() *Speaker {
		for i := len(r.cast.mentions) - 1; i >= 0; i-- {
			m := r.cast.mentions[i]
			if m.para > pi || m.para == pi && m.at > at {
				continue
			}
			if m.para < pi || m.at <= heardAt {
				return nil
			}
			if m.opens && agrees(m.sp) {
				return m.sp
			}
		}
		return nil
	}
	// a pronoun that says, after a comma, who said the sentence ("It was
	// not his job to rectify reports that misquoted Dr Mahathir Mohamad,
	// he said.") is not anyone the sentence's reported words name
	reportedFrom := math.MaxInt
	if pi >= 0 && pi < len(r.t.Body) && at > 2 && at < len(r.t.Body[pi].Text) {
		text := r.t.Body[pi].Text
		before := strings.TrimRight(text[:at], " ")
		if w := lastWord(before); strings.EqualFold(w, p) {
			before = strings.TrimRight(before[:len(before)-len(w)], " ") // (at may be the verb's)
		}
		if f := firstWords(text[at:], 2); strings.HasSuffix(before, ",") && len(f) > 0 && (isSpeechVerb(strings.ToLower(strings.Trim(f[0], ".,"))) || len(f) == 2 && isSpeechVerb(strings.ToLower(strings.Trim(f[1], ".,")))) {
			reportedFrom, _ = sentenceAt(sentenceStarts(text), at, len(text))
		}
	}
	named := func(from int, subjects bool) *Speaker {
		for i := len(r.cast.mentions) - 1; i >= 0; i-- {
			m := r.cast.mentions[i]
			if m.para > pi || m.para == pi && (m.at > at || m.at >= reportedFrom) {
				continue
			}
			if m.para < from {
				break
			}
			if (m.subject || !subjects) && agrees(m.sp) && !(soft && ownedBy(r.t.Body[m.para].Text[:m.at], p)) {
				return m.sp
			}
		}
		return nil
	}
	// the person a description opens the sentence with: "This week, the
	// president seemed to dismiss the Moon — “…,” he said"
	described := func() *Speaker {
		if pi < 0 || pi >= len(r.t.Body) {
			return nil
		}
		text := r.t.Body[pi].Text
		s0, _ := sentenceAt(sentenceStarts(text), min(at, len(text)), len(text))
		if seg := text[s0:min(at, len(text))]; isMark(firstRune(strings.TrimSpace(seg))) || startsInsideQuotation(seg) {
			// (a quotation's own words open the sentence: "“The Minister
			// of Finance has …,” he said", "“… reasons. The President, as
			// expected, asked …”, he said" is no description of him)
			return nil
		}
		// the sentence's subject, or the subject after an opening phrase
		// ("This week,")
		np := leadingSubject(text[s0:min(at, len(text))])
		if f := strings.Fields(strings.ToLower(np)); len(f) < 2 || f[0] != "the" || !isRoleNoun(f[len(f)-1]) {
			return nil
		}
		if sp, _ := r.resolve(np, pi, s0); sp != nil && sp.Kind == Person && agrees(sp) {
			return sp
		}
		return nil
	}
	// a speaker heard in this paragraph; the subject of a sentence of it
	// ("Crown Prince Mohammad bin Salman accepted responsibility … he
	// said"); a speaker of the paragraph before; anyone named in the two
	for _, sp := range []func() *Speaker{
		described,
		func() *Speaker {
			if s := heard(pi); s != nil {
				if o := opened(); o != nil {
					return o
				}
				return s
			}
			return nil
		},
		func() *Speaker { return named(pi, true) },
		func() *Speaker {
			// no one in this paragraph agrees but by a guess from a
			// first name: the guess gives way to the nearer person
			soft = true
			defer func() { soft = false }()
			if s := heard(pi); s != nil {
				return s
			}
			return named(pi, true)
		},
		func() *Speaker { return heard(pi - 1) },
		func() *Speaker { return named(pi-1, true) },
		func() *Speaker {
			// "Yaya Toshu Koma Benoit is a community leader …" / "He
			// blamed the problem …" / "“…,” he said.": the same pronoun
			// opens the paragraph before, and goes back to the subject
			// of the one before that, whoever else that paragraph
			// names ("He also took a stroll through Caulfeild Cove")
			if first, _, _ := strings.Cut(strings.TrimSpace(r.t.Body[max(pi-1, 0)].Text), " "); pi >= 2 && strings.EqualFold(first, p) {
				return named(pi-2, true)
			}
			return nil
		},
		func() *Speaker {
			// "Viola Vaughan took in her grandchildren." / "She moved
			// the family to Kaolack." / "That's when the real changes
			// started." / "“…” she said.": back over paragraphs that
			// name no one but by the same pronoun, to the subject before
			if heard(pi-3) != nil {
				return nil
			}
			for k := pi - 1; k >= 1 && k >= pi-3; k-- {
				first, _, _ := strings.Cut(strings.TrimSpace(r.t.Body[k].Text), " ")
				if slices.ContainsFunc(r.cast.mentions, func(m mention) bool { return m.para == k }) || !strings.EqualFold(first, p) && k < pi-1 {
					return nil
				}
				if strings.EqualFold(first, p) {
					return named(k-1, true)
				}
			}
			return nil
		},
		func() *Speaker { return named(pi-1, false) },
		func() *Speaker {
			soft = true // the paragraph before, a guess from a first name set aside
			defer func() { soft = false }()
			if s := heard(pi - 1); s != nil {
				return s
			}
			return named(pi-1, false)
		},
		func() *Speaker {
			// "Wedderburn farmer Cameron Turnbull is one of many …" / "The
			// round-trip takes its toll on the 45-year-old father of
			// two." / "“…,” he said.": the subject of the paragraph
			// before that, when the one between names no one and no one
			// spoke in either
			if pi < 2 || heard(pi-2) != nil || slices.ContainsFunc(r.cast.mentions, func(m mention) bool { return m.para == pi-1 }) {
				return nil
			}
			// (the one person that paragraph names, whom it opens with)
			var only *Speaker
			for _, m := range r.cast.mentions {
				switch {
				case m.para != pi-2:
				case only == nil && m.opens && m.sp.Kind == Person && agrees(m.sp):
					only = m.sp
				case m.sp != only:
					return nil
				}
			}
			return only
		},
		func() *Speaker {
			// "Paul Russell, 37, appeared in court." / "As soon as Judge
			// Olann Kelleher refused bail, …" / "…, he said to the
			// judge: “…”": the judge heard it; the subject before spoke
			if listener != nil && pi >= 2 {
				return named(pi-2, true)
			}
			return nil
		},
		func() *Speaker { return r.unnamedOpener(pi, at, agrees) },
	} {
		if s := sp(); s != nil {
			return mark(s)
		}
	}
	for i := len(r.speakers) - 1; i >= 0; i-- {
		if agrees(r.speakers[i]) {
			return mark(r.speakers[i])
		}
	}
	if (p == "he" || p == "she") && !slices.ContainsFunc(r.cast.mentions, func(m mention) bool {
		return m.sp.Kind == Person && m.before(pi, at)
	}) {
		if sp := r.mononym(); sp != nil {
			return mark(sp)
		}
	}
	return nil
}

// indefinites bring a new person into a story: "One eyewitness", "A
// neighbour", "Another resident".
var indefinites = lazy.Words(`a an one another`)

// unnamedOpener is a person the text does not name, brought in by an
// indefinite article, who opens one of the two paragraphs before
// paragraph pi, or pi itself before the pronoun's sentence at, after the
// last speaker was heard, when no one is named since, and agrees with
// its pronoun: "One eyewitness, who asked to remain anonymous, lives a
// stone’s throw away." / "He said he rushed outside …" / "“…,” he said."
// is the eyewitness's, not the police spokesman's quoted before; "A
// regular Malawian blogger on MMalawikutheba is shocked at … He deplores
// the lifestyle and says it is anti-Malawi:" is the blogger's.
func (r *reader) unnamedOpener(pi, at int, agrees func(*Speaker) bool) *Speaker {
	last := -1
	if n := len(r.heardIn); n > 0 {
		last = r.heardIn[n-1]
	}
	if slices.ContainsFunc(mentionsBetween(r.cast.mentions, last+1, pi), func(m mention) bool { return m.sp.Kind == Person }) {
		return nil // someone named since ("Wong added that …" / "He said the victim, …"): the story goes on with them
	}
	// the sentence that brings someone in: one that opens a paragraph,
	// or, in the pronoun's own paragraph, one before the pronoun's
	// (nearest first)
	type opening struct{ k, at int }
	var openings []opening
	if pi >= 0 && pi < len(r.t.Body) && last < pi {
		st := sentenceStarts(r.t.Body[pi].Text)
		for j := len(st) - 1; j >= 0; j-- {
			if j+1 < len(st) && at >= st[j+1] {
				openings = append(openings, opening{pi, st[j]})
			}
		}
	}
	if last >= pi-1 && len(openings) == 0 {
		return nil // (no paragraph between the last speaker and the pronoun)
	}
	for k := pi - 1; k >= 0 && k >= pi-2 && k > last; k-- {
		openings = append(openings, opening{k, 0})
	}
	for _, o := range openings {
		text := r.t.Body[o.k].Text[o.at:]
		np := leadingSubject(firstSentence(text))
		if np == "" || pronouns.Has(np) || o.k == pi && !indefinites.Has(strings.ToLower(firstWord(np))) {
			continue // (in the pronoun's paragraph, only a sentence that brings someone in counts)
		}
		if f := firstWords(np, 1); len(f) == 0 || !indefinites.Has(strings.ToLower(f[0])) {
			return nil // ("The other victim, the woman’s nephew, suffered …": someone the text has spoken of, no one it brings in)
		}
		if sp, _ := r.resolve(np, o.k, o.at); sp != nil && sp.Kind == Unnamed && !manyPeople(sp) && agrees(sp) {
			return sp
		}
		return nil // (a paragraph that opens with someone else's name)
	}
	return nil
}

// mononymLead is the person the story opens with when it names them by one
// name, as it does a singer, a footballer or someone it keeps private:
// "Tinashe has pulled the rest of her current world tour …" / "Taking to
// Facebook, she explains …"; "This past July, Singh was on a midnight run
// …" / "Singh, in his 40s, speaks …" / "“…,” he told Rest of World". It is
// a pronoun's last resort, when the text has named no one else: a word in
// capitals that opens a sentence of the story's first three paragraphs,
// or follows a phrase of when or where that opens it, before a verb in
// small letters ("Francomenz didn't make it to the Oval, but she
// followed it on the radio") (or before an aside set off by commas and then the
// verb); it is no plural ("Tensions are high …") nor a word the text also
// writes in small letters, and is no one's or anything's the text
// otherwise names.
func (r *reader) mononymLead() *Speaker {
	for pi := range min(len(r.t.Body), 3) {
		toks := tokenize(r.t.Body[pi].Text, 0)
		for s := 0; s < len(toks); s++ {
			if s > 0 && !strings.ContainsAny(toks[s-1].tail, ".?!") {
				continue // (not a sentence's first word)
			}
			i := s
			if openingPreps.Has(strings.ToLower(toks[s].core)) || timeOpeners.Has(strings.ToLower(toks[s].core)) {
				k := slices.IndexFunc(toks[s:min(len(toks), s+6)], func(t token) bool { return t.tail != "" })
				if k < 1 || toks[s+k].tail != "," {
					continue
				}
				i = s + k + 1 // "This past July, Singh was …"
			}
			if sp := r.mononymAt(toks, i); sp != nil {
				return sp
			}
		}
	}
	return nil
}

// timeOpeners open a phrase of when before a sentence's subject: "This
// past July,", "Last year,".
var timeOpeners = lazy.Words(`this last earlier later after before since yesterday`)

// mononymAt is the person named by one name at token i of toks, as
// mononymLead reads it.
func (r *reader) mononymAt(toks []token, i int) *Speaker {
	if len(toks)-i < 3 {
		return nil
	}
	c := toks[i]
	if c.possessive || !isCap(c.core) || isAcronym(c.core) || sentenceWords.Has(c.core) || orgNouns.Has(c.core) || r.placeName(c.core) ||
		strings.HasSuffix(c.core, "s") || r.hasWord(strings.ToLower(c.core)) {
		return nil
	}
	verb := i + 1
	switch c.tail {
	case "":
	case ",":
		// "Singh, in his 40s, speaks": an aside in small letters, then the verb
		verb = -1
		for j := i + 1; j < min(len(toks)-1, i+8); j++ {
			if isCap(toks[j].core) {
				return nil
			}
			if toks[j].tail == "," {
				verb = j + 1
				break
			}
		}
		if verb < 0 {
			return nil
		}
	default:
		return nil
	}
	if v := toks[verb].core; !unicode.IsLower(firstRune(v)) || !(auxiliaries.Has(v) || isSpeechVerb(v) || strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") || strings.HasSuffix(v, "n't") || strings.HasSuffix(v, "n’t")) {
		return nil
	}
	// and the sentence shows a person: "… of her current world tour",
	// "… when he was rammed" (not "Gazprom has raised its prices")
	for _, t := range toks[i+1:] {
		if personalPronouns.Has(strings.ToLower(t.core)) {
			return r.cast.person(c.core, true)
		}
		if strings.ContainsAny(t.tail, ".?!") {
			break
		}
	}
	return nil
}

// personalPronouns refer to one person, a man or a woman.
var personalPronouns = lazy.Words(`he she his her him himself herself`)

// isOwnLineLabel tells a line that is a speaker's label alone.
func isOwnLineLabel(s string) bool {
	_, _, ok := ownLineLabel(s)
	return ok
}

// ownLineLabel reads a speaker's label printed on a line of its own, as
// some transcripts print every turn's: "Unidentified Rescue Worker:",
// "ANITA POWELL, VOA White House Correspondent:", "Selim, Earthquake
// Survivor:", "Expedition leader, Dr Nick Gales:". The name is one to four
// capitalised words, five with an honorific; what the speaker is may
// follow it after a comma, or come before it.
func ownLineLabel(s string) (name, title string, ok bool) {
	l, found := strings.CutSuffix(strings.TrimSpace(s), ":")
	if !found {
		// or a name and what the speaker is after a dash, with no
		// colon: "Adrian Young — Project Manager"
		n, t, dash := strings.Cut(l, " — ")
		if !dash || !capWords(t, 8, isUpperLetter, isLabelLetter) {
			return "", "", false
		}
		l = n + ", " + t
	}
	if v := lastWord(l); countFields(l) > 12 || unicode.IsLower(firstRune(v)) && isSpeechVerb(v) {
		return "", "", false // ("Defence Secretary, John Healey said:" announces the words; no label)
	}
	name, title, _ = strings.Cut(l, ", ")
	if hn := honouredName(name); hn != "" {
		name = hn // "THE HON DAN TEHAN MP, MINISTER FOR SOCIAL SERVICES:"
	}
	if !capWords(name, 4, isUpperLetter, isLabelLetter) && title != "" && capWords(title, 5, isUpperLetter, isLabelLetter) && !strings.Contains(title, ", ") {
		name, title = title, name // what the speaker is, then the name: "Expedition leader, Dr Nick Gales:"
	}
	first, _, _ := strings.Cut(name, " ")
	if !capWords(name, 4, isUpperLetter, isLabelLetter) && !(honorifics.Has(first) && capWords(name, 5, isUpperLetter, isLabelLetter)) || furnitureLabel(name) {
		return "", "", false
	}
	return name, strings.TrimSpace(title), true
}

// givenFullName tells a name of two words or more whose first is a given
// name, of either sex or of both: "JIM CHALMERS", "Trent Zimmerman",
// "Pat Conroy".
func givenFullName(name string) bool {
	return countFields(name) >= 2 && isGivenName(firstWord(name))
}

// officeLabel tells a label that names an office, alone or before a
// surname, in capitals as transcripts print it: "PRIME MINISTER",
// "MINISTER REYNOLDS", "TREASURER".
func officeLabel(name string) bool {
	t := labelName(name)
	f := strings.Fields(t)
	return len(f) > 0 && (titleOffice(t) || len(f) == 2 && name == strings.ToUpper(name) && offices.Has(f[0]) && isCap(f[1]) && !offices.Has(f[1]))
}

// ownLabel is a label on a line of its own: the line without its colon,
// and the name and title ownLineLabel reads in it.
type ownLabel struct{ line, name, title string }

// ownLineLabels maps each paragraph of a transcript that prints its
// labels on lines of their own to the label above it: only a text that
// calls itself a transcript (declared), with at least three such labels,
// or two that say what their speakers are, is read so; otherwise it is
// nil.
func (t *Text) ownLineLabels(declared bool) map[int]ownLabel {
	out := map[int]ownLabel{}
	seen := map[string]int{}
	for pi := range t.Body {
		if line, _ := t.lineBefore(pi); line != "" {
			if name, title, ok := ownLineLabel(line); ok {
				l := strings.TrimSuffix(strings.TrimSpace(line), ":")
				out[pi] = ownLabel{l, name, title}
				seen[strings.ToUpper(l)]++
			}
		}
	}
	for pi, l := range out {
		// one office's label over the whole page, its words in the
		// first person ("PRIME MINISTER:" / "It’s good to be here …"),
		// under a page's furniture too ("Release Type: Interview" / … /
		// "PRIME MINISTER:" / "Well ladies and gentlemen, …")
		if len(out) > 1 {
			break
		}
		// (or, on a page that says it is a transcript or that opens
		// with the label, one person's: "Minister Hunt's Press
		// Conference …" / "GREG HUNT:" / "And good morning. I'm joined
		// by …"; "JIM CHALMERS:" / "Today we learned …")
		if pi >= 1 && (isLabelLine(t.Body[pi-1].Text) || isOwnLineLabel(t.Body[pi-1].Text)) && t.Body[pi-1].Line < t.Body[pi].Line &&
			(seats.Has(strings.ToLower(lastWord(l.name))) || officeLabel(l.name) || (declared || pi == 1) && givenFullName(l.name)) &&
			slices.ContainsFunc(t.Body[pi:min(len(t.Body), pi+3)], func(p Para) bool { return inFirstPerson(p.Text) }) {
			return out
		}
	}
	personal := false // a label that names a person or an office
	for _, l := range out {
		personal = personal || officeLabel(l.name) || givenFullName(l.name)
	}
	if l, ok := out[1]; ok && len(out) >= 2 && isLabelLine(t.Body[0].Text) && countFields(l.name) <= 4 && !ownVoice(l.line) && personal &&
		slices.ContainsFunc(t.Body[1:min(len(t.Body), 4)], func(p Para) bool { return !isOwnLineLabel(p.Text) && inFirstPerson(p.Text) }) {
		// a page that opens with a person's label, their words in the
		// first person, and another's label after: "TRENT ZIMMERMAN:" /
		// "(inaudible) because we know …" / "JOSH FRYDENBERG:" / "Thanks
		// very much, Trent."
		return out
	}
	if !declared {
		// a page that does not say it is a transcript is one when it
		// shows it: a conversation, two voices or more whose labels
		// come back, over four turns at least ("NEIL MITCHELL:",
		// "PRIME MINISTER:", …)
		again := 0
		for _, n := range seen {
			if n >= 2 {
				again++
			}
		}
		// or a page that opens with a label and whose other voice is
		// the floor's: "TREASURER:" / … / "JOURNALIST:" / "Where to from
		// here?" / "TREASURER:"
		_, opens := out[1]
		floor := false
		for l := range seen {
			floor = floor || questioner.Has(l)
		}
		if opens && floor && len(out) >= 3 && isLabelLine(t.Body[0].Text) {
			return out
		}
		if len(out) < 4 || again < 2 {
			return nil
		}
	}
	titled := 0
	for _, l := range out {
		if l.title != "" || officeLabel(l.name) {
			titled++
		}
	}
	if len(out) < 3 && (len(out) < 2 || titled < len(out)) {
		return nil // (two are enough when both say what their speakers are, an office's label by itself: "PRIME MINISTER:")
	}
	return out
}

// ownLineGuests finds who answers in an interview whose labels stand on
// their own lines: beside a label whose turns mostly ask ("KARVELAS: …
// could that be inflationary?"), the labels that come back and never ask
// ("CHALMERS:") are its guests', whose turns are quotes. Labels are
// matched by their last word ("JIM CHALMERS:", then "CHALMERS:").
func (t *Text) ownLineGuests(labels map[int]ownLabel) map[string]bool {
	turns, questions := map[string]int{}, map[string]int{}
	first, opener := len(t.Body), ""
	for pi, l := range labels {
		k := lastWord(strings.ToUpper(l.name))
		turns[k]++
		for j := pi; j < len(t.Body) && (j == pi || !isOwnLineLabel(t.Body[j].Text)); j++ {
			if lastRune(strings.TrimSpace(t.Body[j].Text)) == '?' {
				questions[k]++ // (a turn's question may end its second paragraph: "… joins us now from Sydney." / "Have you got any news …?")
				break
			}
		}
		if pi < first {
			first, opener = pi, k
		}
	}
	// the voice that opens by naming another label's speaker introduces
	// its guest: "LAURA JAYES:" / "Joining us live now is Peter Dutton,
	// our Defence Minister." over "PETER DUTTON:"
	introduces := false
	introduced := map[string]bool{} // the labels whose speakers it names
	if first < len(t.Body) {
		opening := strings.ToUpper(t.Body[first].Text)
		for _, l := range labels {
			if k := lastWord(strings.ToUpper(l.name)); k != opener && strings.Contains(l.name, " ") && strings.Contains(opening, strings.ToUpper(l.name)) {
				introduces, introduced[k] = true, true
			}
		}
	}
	asked := false
	for k, n := range turns {
		// (or half the turns of the voice that opens, when it opens
		// with a question: "LEON BYNER: Treasurer, thanks for joining
		// us today. … is it?", or with its guest's name)
		asked = asked || 2*questions[k] >= n && (questions[k] >= 2 || k == opener && (lastRune(strings.TrimSpace(t.Body[first].Text)) == '?' || introduces)) ||
			questioner.Has(k) && questions[k] >= 1 // "JOURNALIST:" / "Where to from here?"
	}
	if !asked {
		// (a chat that asks nothing: the voices the one that opens
		// introduces, "CARLY:" / "… it is the Prime Minister himself …"
		// over "PRIME MINISTER:", are its guests)
		if len(introduced) > 0 {
			return introduced
		}
		// (nor, when every voice is one person's by full name and no
		// turn asks, a joint appearance's: "TRENT ZIMMERMAN:" / "… Thank
		// you, Josh, for being here …" / "JOSH FRYDENBERG:" / "Thanks
		// very much, Trent.": each voice is quoted)
		all := map[string]bool{}
		for _, l := range labels {
			if countFields(l.name) < 2 || countFields(l.name) > 4 || l.name != strings.ToUpper(l.name) || ownVoice(l.line) || questions[lastWord(l.name)] > 0 || questioner.Has(lastWord(l.name)) {
				return nil
			}
			all[lastWord(l.name)] = true
		}
		return all
	}
	guests := map[string]bool{}
	for k, n := range turns {
		if n >= 2 && questions[k] == 0 {
			guests[k] = true
		}
	}
	return guests
}

// ownVoice tells what a label says its speaker is when that is one of
// the programme's own voices, whose turns are its script, not quotes:
// "VOA White House Correspondent", "Reporting for VOA", "Host", and
// "Byline", as NPR labels its reporter.
func ownVoice(title string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(title)) {
		switch lastHyphenPart(strings.Trim(w, ",.;")) { // ("CO-HOST")
		case "correspondent", "reporter", "reporting", "host", "anchor", "presenter", "narrator", "byline":
			return true
		}
	}
	return false
}

// announcesFollowing tells a paragraph whose last sentence says that what
// follows is someone's statement ("Minister of Police Stuart Nash has
// issued the following statement in response to the fatal crash."),
// which announces the words after it as a colon would.
func announcesFollowing(p string) bool {
	s0, _ := sentenceAt(sentenceStarts(p), len(p)-1, len(p))
	return followingStatement(p[s0:]) >= 0
}

// postsBelow is whose posts a paragraph's last sentence points to as
// what follows, or "": "Below are some of her tweets that rapidly went
// viral in Kyrgyzstan." gives "she", "Here is Amira’s post:" gives
// "Amira", and so does "Amira's posts are short:".
func postsBelow(p string) string {
	s0, _ := sentenceAt(sentenceStarts(p), len(p)-1, len(p))
	f := strings.Fields(p[s0:])
	if len(f) >= 4 && strings.HasSuffix(p, ":") && (f[2] == "are" || f[2] == "is" || f[2] == "were" || f[2] == "was") && (statementNouns.Has(strings.ToLower(f[1])) || f[1] == "updates") && !strings.ContainsFunc(p[s0:], isMark) {
		// "His updates are short and descriptive:": whose they are,
		// what they are like, and then them
		if owner := postOwner(f[0]); owner != "" {
			return owner
		}
	}
	if len(f) < 3 || f[0] != "Below" && f[0] != "Here" || f[1] != "are" && f[1] != "is" || strings.ContainsFunc(p[s0:], isMark) {
		return ""
	}
	for k := 2; k < len(f) && k <= 8; k++ {
		if !statementNouns.Has(strings.ToLower(strings.Trim(f[k], ".,:;"))) {
			continue
		}
		return postOwner(f[k-1])
	}
	return ""
}

// postOwner is whom a possessive before posts names: "she" for "her",
// "Amira" for "Amira’s"; or "".
func postOwner(w string) string {
	if pr := ownerPronoun[strings.ToLower(w)]; pr != "" {
		return pr
	}
	if t := makeToken(w, 0); t.possessive && isCap(t.core) {
		return t.core
	}
	return ""
}

// wroteOf tells a paragraph whose last sentence says someone wrote of
// something, or spoke of it, with no words of theirs in marks:
// "Vicknesharajan wrote about why they are supporting this cause as well
// as the turnout during the day.", "Hugs from Kuwait [4] complains about
// the coverage."; and whether it says they recounted it, as a witness
// may in the first person plural: "Joel recounted how he, too, was
// separated from his parents when he was a child.", "… Ali S. Novruzov,
// who yesterday recounted what happened on his personal blog, In
// Mutatione Fortitudo." over "We were around 20-30 youth, …".
func wroteOf(p string) (wrote, recount bool) {
	s0, _ := sentenceAt(sentenceStarts(p), len(p)-1, len(p))
	f := strings.Fields(p[s0:])
	if len(f) < 3 || strings.ContainsFunc(p[s0:], isMark) || !isCap(f[0]) {
		return false, false
	}
	for k, w := range f[1 : len(f)-1] {
		switch next := f[k+2]; {
		case recountVerbs.Has(w) && (next == "about" || next == "of" || next == "on" || next == "how" || next == "what"):
			return true, true
		case recountVerbs.Has(w) && k+3 < len(f) && (gerund(next) || (next == "first" || strings.HasSuffix(next, "ly")) && gerund(f[k+3])):
			return true, true // "Flying Carpets and Broken Pipelines remembers first hearing the news."
		case (writingVerbs.Has(w) || isSpeechVerb(w)) && (next == "about" || next == "of" || next == "on" || next == "how"):
			return true, false
		}
	}
	return false, false
}

// gerund tells a verb's -ing form of five letters or more ("hearing",
// not "king").
func gerund(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ing") && !unicode.IsUpper(firstRune(w))
}

// recountVerbs tell of something that happened to the speaker: "Joel
// recounted how he, too, was separated from his parents".
var recountVerbs = lazy.Words(`recounted recounts recalled recalls remembered remembers`)

// followingStatement is where s says "the following statement" (or
// "following remarks", any of statementNouns), or -1: "Senator Deb
// Fischer, …, released the following statement after the FAA
// announced …:" — the verb before it is the statement's, whatever verb
// of a later clause comes after it.
func followingStatement(s string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], "following ")
		if j < 0 {
			return -1
		}
		j += i
		i = j + len("following ")
		if (j == 0 || s[j-1] == ' ') && statementNouns.Has(strings.ToLower(strings.Trim(firstWord(s[i:]), ".,:;"))) {
			if w := lastWord(strings.TrimSpace(s[:j])); strings.EqualFold(w, "the") {
				return j - len("the ")
			}
			return j
		}
	}
}

// addressedHolder is the person an office's label in a transcript
// stands for when the text names them only as the questions before its
// turns address them: "Mr Costello, tomorrow night's Budget …?" over
// "TREASURER: What we will be doing …". Every question before one of the
// office's turns that opens with an honorific and a name must name the
// same person, and no other voice's turn may follow a question that names
// them; otherwise nil.
func (r *reader) addressedHolder(office string) *Speaker {
	var who nameParts
	for _, a := range r.addresses() {
		if strings.EqualFold(a.answer, office) {
			if who.name != "" && !strings.EqualFold(lastWord(who.name), lastWord(a.np.name)) {
				return nil // the questions address two people
			}
			who = a.np
		}
	}
	if who.name == "" {
		return nil
	}
	for _, a := range r.addresses() {
		if !strings.EqualFold(a.answer, office) && strings.EqualFold(lastWord(a.np.name), lastWord(who.name)) {
			return nil // another voice answers a question put to them
		}
	}
	return r.cast.findTitled(who)
}

// address is a question of a transcript that opens by addressing someone
// by name, and the label of the turn that answers it.
type address struct {
	np     nameParts
	answer string
}

// questionAddresses finds the transcript's questions that open by
// addressing someone by an honorific and a name, each with the label of
// the turn after it (see addressedHolder).
func (r *reader) questionAddresses() []address {
	labels := r.turns()
	var out []address
	for pi := 1; pi < len(r.t.Body); pi++ {
		q := pi - 1
		if labels[pi] == labels[q] || labels[q] == "" || isOwnLineLabel(r.t.Body[q].Text) {
			continue // not a new turn, or no question before it
		}
		text := r.t.Body[q].Text
		if _, at, ok := turnLabel(text); ok {
			text = text[at:]
		}
		if m := addressRE().FindStringSubmatch(strings.TrimSpace(text)); m != nil {
			if np, ok := parseRun(strings.Fields(m[1])); ok && !np.org {
				out = append(out, address{np, labels[pi]})
			}
		}
	}
	return out
}

// addressRE matches a question that opens by addressing someone by an
// honorific and their name: "Mr Costello, tomorrow night's Budget …".
var addressRE = lazy.Regexp(`^((?:Mr|Mrs|Ms|Miss|Dr|Senator|Sir|Dame)\.? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), `)
