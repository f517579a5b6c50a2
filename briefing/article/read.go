package article

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/briefing/internal/lazy"
	"github.com/briefing-dev/briefing/briefing/internal/marks"
	"github.com/briefing-dev/briefing/briefing/internal/space"
)

// Text is an article as Parse reads it. Its zero value is an empty
// article.
type Text struct {
	Meta     Meta
	Title    string
	Body     []Para // the story's paragraphs, hard wrapping undone
	Captions []Para // photo captions, credits and editor's notes
	Headings []Para // crossheads ("Who are ISIS-K?")
	// Outlet is the publisher when the text names itself ("This story was
	// originally published by …", "Subscribe to The Times"); Via is where
	// syndicated copy says it came from; CopyDomain is the site a copy
	// names as its source ("Source: example.co.uk").
	Outlet, Via, CopyDomain string

	letters    []letter // reprinted in full, without marks
	signatures []Para   // embedded posts' signatures on lines of their own: "— Daniel Sais (@danielsais) April 17, 2016"
	titleLine  int      // the line of the headline, 0 when the text prints none
	printed    string   // the headline as printed, when a suffix was cut from it as its outlet
	quotesOnce sync.Once
	quotes     []Quote
}

// Meta is what an article's text says about itself. A field is empty
// when the text does not give it.
type Meta struct {
	URL      string // from a "# source: URL", "URL: …" or bare URL line
	Date     string // the date as printed ("May 27, 2024")
	Byline   string // the writer(s) as printed after "By"
	Agency   string // a wire agency the copy credits: "The Associated Press"
	Dateline string // the place the story is filed from: "SEOUL/TOKYO"
}

// Para is one paragraph, its source lines joined with single spaces.
type Para struct {
	Text string
	Line int // the line of the paragraph's first character, from 1
	// breaks are the offsets in Text where a later source line starts,
	// with that line's number.
	breaks []lineAt
}

type lineAt struct{ off, line int }

// LineAt returns the source line of the byte at off in the paragraph.
func (p Para) LineAt(off int) int {
	i := sort.Search(len(p.breaks), func(i int) bool { return p.breaks[i].off > off })
	if i == 0 {
		return p.Line
	}
	return p.breaks[i-1].line
}

// rawLine is one line of the input, without its end.
type rawLine struct {
	text   string
	n      int // from 1
	indent int // the spaces before its first word, as printed
}

// Parse reads an article's text: UTF-8, decoded by the caller. It never
// fails; a text with no words gives an empty Text.
func Parse(text string) *Text {
	t := &Text{}
	paras := colonlessLabels(splitWikiTurns(splitGlued(splitPosts(reflow(splitLines(text))))))
	kinds := make([]kind, len(paras))
	titled, fromLabel := false, false
	bodyStarted := false
	for i, p := range paras {
		kinds[i] = t.classify(p.Text, !titled && !bodyStarted)
		if kinds[i] == kindHeading && i > 0 && kinds[i-1] == kindBody && strings.HasSuffix(strings.TrimSpace(paras[i-1].Text), ":") {
			// what a paragraph announces with a colon is not a crosshead:
			// "Culture Secretary Lucy Frazer said:\nWe are committed to
			// levelling up access to sp" is her quotation, cut off
			kinds[i] = kindBody
		}
		if i > 0 && kinds[i] == kindBody && strings.HasPrefix(paras[i-1].Text, "About ") && authorBox(paras[i-1].Text) && countFields(p.Text) <= 12 {
			kinds[i] = kindFurniture // the writer's line under the box's heading: "About Mohammed Yusuf" / "Broadcast Journalist."
		}
		bodyStarted = bodyStarted || kinds[i] == kindBody && !siteToReader(paras, i) // ("See all those languages up there? We translate Global Voices stories …" over the headline)
		if t.Title != "" && !titled {
			titled, fromLabel = true, true // from a "Title:" line
			t.titleLine = p.Line
		}
		if kinds[i] == kindTitle {
			titled = true
			t.setTitle(p.Text)
			t.titleLine = p.Line
		}
	}
	backMatter(paras, kinds)
	captionsTwice(paras, kinds)
	joinCutSentences(paras, kinds)
	kept := -1 // a paragraph of the body that is the headline
	if titled && !fromLabel {
		kept = t.betterTitle(paras, kinds)
	}
	if !titled {
		// no headline: the text starts with its story; name it by its
		// first words
		for i, p := range paras {
			if kinds[i] == kindBody && !isOwnLineLabel(p.Text) {
				t.Title = firstSentence(withoutDateline(p.Text))
				break
			}
		}
	}
	t.letters = findLetters(paras)
	for i, p := range paras {
		switch kinds[i] {
		case kindBody:
			if p.Text == t.Title && titled && i != kept {
				continue
			}
			if len(t.Body) == 0 {
				t.dateline(p.Text)
			}
			t.notice(p.Text)
			t.Body = append(t.Body, p)
		case kindCaption:
			t.notice(p.Text)
			t.Captions = append(t.Captions, p)
		case kindHeading:
			t.notice(p.Text)
			t.Headings = append(t.Headings, p)
		case kindFurniture:
			t.notice(p.Text)
			if _, ok := postSignature(p.Text); ok {
				t.signatures = append(t.signatures, p)
			}
		}
	}
	unnumbered(t.Body)
	if t.printed != "" && t.Outlet != "" && strings.HasSuffix(t.printed, t.Outlet) && t.namesSurname(t.Outlet) {
		// the suffix is the minister whose words the release gives, no
		// outlet: "Clonakilty Flooding to be addressed - Hayes" over
		// "Brian Hayes TD, Minister of State …"
		t.Title, t.Outlet = t.printed, ""
	}
	if !t.quotesInApostrophes() && !t.quotesInDoubledSingles() && !t.quotesInBackticks() {
		// copy that prints some of its double marks as pairs of
		// apostrophes: what is read around a quotation sees the marks
		// they stand for (same offsets)
		for i := range t.Body {
			t.Body[i].Text = pairedApostrophes(t.Body[i].Text)
		}
	}
	return t
}

// unnumbered takes off the numbers a language-learning site sets before
// each paragraph or sentence of a story, in brackets ("(4)“There is
// special sugar cane …”") or glued to its first word ("14He said the
// report is …"), when three paragraphs or more are numbered so, in order
// (glued, each the one after the last: "3M said" is a name).
func unnumbered(body []Para) {
	cuts := make([]int, len(body)) // the length of each paragraph's number, 0 for none
	numbered, last := 0, 0
	for i, p := range body {
		if m := paraNumberRE().FindStringSubmatch(p.Text); m != nil {
			n, _ := strconv.Atoi(m[1] + m[2])
			if n <= last || m[2] != "" && n != last+1 {
				return
			}
			last, cuts[i] = n, len(m[0])
			if m[2] != "" {
				cuts[i] = len(m[2]) // (the word's capital stays)
			}
			numbered++
		}
	}
	if numbered < 3 {
		return
	}
	for i, cut := range cuts {
		body[i].Text = body[i].Text[cut:]
		for j := range body[i].breaks {
			body[i].breaks[j].off -= cut
		}
	}
}

var paraNumberRE = lazy.Regexp(`^\((\d{1,3})\) ?|^(\d{1,3})\p{Lu}`)

// backMatter marks as furniture what follows a story's back matter
// heading, once the story has begun: Wikinews's "== Sources ==", a
// page's "References" or "External links", whose lines cite other
// pages by their quoted titles ("“WHO declares swine flu pandemic” — BBC
// News Online") and say nothing anyone said.
func backMatter(paras []Para, kinds []kind) {
	body := false
	for i, p := range paras {
		if body && backMatterHeadings.Has(strings.ToLower(strings.TrimRight(strings.Trim(p.Text, "= "), ":"))) {
			for j := i; j < len(kinds); j++ {
				kinds[j] = kindFurniture
			}
			return
		}
		body = body || kinds[i] == kindBody
	}
}

// backMatterHeadings head what comes after a story (see backMatter).
// ("Related articles" is not one: Wikinews prints its box of them
// beside the story's opening.)
// (A blog's "Related post" box and a page's "You may also like" list
// are teasers of other stories, after the story.)
var backMatterHeadings = lazy.Of(`sources`, `references`, `external links`, `see also`, `further reading`, `bibliography`,
	`related post`, `related posts`, `you may also like`, `you might also like`, `more stories`, `recommended for you`, `popular posts`, `latest posts`)

// Headlined reports whether the text prints a headline; when it prints
// none, Title is the first words of its story.
func (t *Text) Headlined() bool { return t.titleLine > 0 }

// firstSentence is a paragraph's first sentence, at most fifteen words.
func firstSentence(p string) string {
	starts := sentenceStarts(p)
	if len(starts) > 1 {
		p = strings.TrimSpace(p[:starts[1]])
	}
	if f := strings.Fields(p); len(f) > 15 {
		p = strings.Join(f[:15], " ") + "…"
	}
	return p
}

// splitLines splits text into lines, tabs and no-break spaces made plain
// spaces and each line trimmed.
func splitLines(text string) []rawLine {
	var out []rawLine
	for i, ln := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		ln = strings.Map(func(r rune) rune {
			switch r {
			case '\t', '\u00a0', '\u2007', '\u202f', '\r', '\f', '\v':
				return ' '
			case '\u200b', '\ufeff':
				return -1
			}
			return r
		}, ln)
		out = append(out, rawLine{text: space.Collapse(spaceOrdinals(spaceMarks(ln))), n: i + 1, indent: len(ln) - len(strings.TrimLeft(ln, " "))})
	}
	return out
}

// doubleSpaced tells copy printed with a blank line after every line,
// so that a blank line also falls inside sentences: most of its lines
// stand alone between blank lines, and many of them stop mid-sentence
// ("… While the figures show that the" / "" / "Garda strategies in
// place …").
func doubleSpaced(lines []rawLine) bool {
	alone, cut, text := 0, 0, 0
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		text++
		if (i == 0 || lines[i-1].text == "") && (i+1 == len(lines) || lines[i+1].text == "") {
			alone++
			if i+2 < len(lines) && lines[i+1].text == "" && lines[i+2].text != "" && len(l.text) >= 40 && midSentence(l.text) &&
				(startsLower(lines[i+2].text) || endsOnFunctionWord(l.text)) {
				cut++ // a long line that stops mid-sentence, the sentence going on after the blank
			}
		}
	}
	return alone >= 6 && 5*alone >= 4*text && cut >= 3 && 5*cut >= 2*alone
}

// spaceMarks puts back the spaces scraped copy loses around curly
// quotation marks: "we can.”Said Governor Scott:“I appreciate" reads
// "we can.” Said Governor Scott: “I appreciate".
func spaceMarks(ln string) string {
	if !strings.ContainsAny(ln, "“”") {
		return ln
	}
	var b strings.Builder
	prev, at := rune(0), 0 // the rune before r, and where it is
	opens := -1            // where a ” typed for an opening mark is
	inside := false        // a quotation is open before r
	for i, r := range ln {
		switch {
		case prev == '”' && marks.Apostrophe(ln, at):
			// (findSpans reads it so)
		case prev == '”' && (unicode.IsLetter(r) || r == '“') && !typedOpen(ln, at) && at != opens:
			b.WriteByte(' ')
		case r == '”' && !inside && closeTypedForOpen(ln, i, prev):
			b.WriteByte(' ') // "in September.”We have …": the space before the mark that opens
			opens = i
		case r == '“' && (prev == ':' || prev == ',' || prev == '.' || unicode.IsLetter(prev)):
			b.WriteByte(' ')
		}
		switch {
		case r == '“' || i == opens:
			inside = true
		case r == '”' && !marks.Apostrophe(ln, i):
			inside = false
		}
		b.WriteRune(r)
		prev, at = r, i
	}
	return b.String()
}

// closeTypedForOpen tells a closing mark at i of a line, which the
// caller has found outside any quotation, typed where an opening one
// belongs: after a sentence's end and before a capital, run together as
// a page that lost its spaces runs them, and closed by the next mark, a
// closing one after a word ("in September.”We have about 48 schools
// …,” Ndong told reporters").
func closeTypedForOpen(ln string, i int, prev rune) bool {
	rest := ln[i+len("”"):]
	if !strings.ContainsRune(".!?", prev) || !unicode.IsUpper(firstRune(rest)) {
		return false
	}
	j := strings.IndexFunc(rest, isMark)
	if j <= 0 || !strings.HasPrefix(rest[j:], "”") {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(rest[:j])
	return !unicode.IsSpace(before)
}

// spaceOrdinals puts back the space a typing slip leaves out between a
// rank's ordinal and its rank word: "Petty Officer 2ndClass Lindsey
// Green" reads "2nd Class" (but "the 21stCentury Cures Act", which may
// be quoted, stays as printed).
func spaceOrdinals(ln string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(ln); i++ {
		if ln[i] < '0' || ln[i] > '9' || i > 0 && ln[i-1] >= '0' && ln[i-1] <= '9' {
			continue
		}
		j := i
		for j < len(ln) && ln[j] >= '0' && ln[j] <= '9' {
			j++
		}
		if (i == 0 || ln[i-1] == ' ') && j+3 <= len(ln) && isOrdinal(ln[i:j+2]) && honorifics.Has(strings.TrimRightFunc(strings.SplitN(ln[j+2:], " ", 2)[0], isEdgePunct)) {
			b.WriteString(ln[last : j+2])
			b.WriteByte(' ')
			last = j + 2
		}
		i = j
	}
	if last == 0 {
		return ln
	}
	return b.String() + ln[last:]
}

// wrapWidth finds the column a hard-wrapped text was wrapped at, or 0
// when its lines are not wrapped. Only lines that another line follows
// without a blank one are measured: the last line of a paragraph is as
// long as its words make it, and news paragraphs are short, so in wire
// copy those are as many as the wrapped ones. Wrapped lines fill up to
// nearly the same width, so three in five of the measured lines are
// within a few columns of the longest usual line, and most of them stop
// in the middle of a sentence; lines of web copy, one paragraph each,
// vary far more and end their sentences.
func wrapWidth(lines []rawLine) int {
	var lens []int
	open := 0 // measured lines that stop mid-sentence
	for i, l := range lines {
		if l.text != "" && i+1 < len(lines) && lines[i+1].text != "" {
			lens = append(lens, utf8.RuneCountInString(l.text))
			if !strings.ContainsRune(".!?:”\"’)", lastRune(l.text)) {
				open++
			}
		}
	}
	if len(lens) < 3 || open*2 < len(lens) {
		// lines that end their sentences are paragraphs of their own
		return 0
	}
	// a few unwrapped lines among wrapped ones (a dateline paragraph, a
	// caption pasted whole) say nothing of the width
	var kept []int
	for _, n := range lens {
		if n <= 120 {
			kept = append(kept, n)
		}
	}
	if len(kept) >= 3 && (len(lens)-len(kept))*10 < len(lens)*3 {
		lens = kept
	}
	sorted := append([]int(nil), lens...)
	sort.Ints(sorted)
	w := sorted[len(sorted)*95/100]
	if len(sorted) < 20 {
		w = sorted[len(sorted)-1]
	}
	if w < 30 || w > 120 {
		return 0
	}
	near := 0
	for _, n := range lens {
		if n >= w-w/6 && n <= w {
			near++
		}
	}
	if near*5 < len(lens)*3 {
		return 0
	}
	return w
}

// reflow joins the lines of each paragraph. A blank line always ends a
// paragraph. Without one, a line break ends a paragraph unless the text is
// hard-wrapped and the next line's first word would not have fitted on
// this line (the writer did not choose the break), or this line stops in
// the middle of a sentence and the next goes on in lower case, or this
// line ends with a mark that opens a quotation (". “"), or the
// paragraph is inside a quotation that one of the next four lines closes,
// the lines before that one having no marks (verse, or a wrapped quote
// whose sentence ended at the end of a line).
func reflow(lines []rawLine) []Para {
	w := wrapWidth(lines)
	closes := closingAhead(lines, w > 0)
	spaced := doubleSpaced(lines)
	bridged := false // a blank line of double-spaced copy was passed inside a sentence
	var out []Para
	var text strings.Builder // the paragraph being joined
	open := false
	quoted := false // the paragraph so far ends inside a quotation
	prev := ""
	flush := func() {
		if open {
			out[len(out)-1].Text = text.String()
			text.Reset()
		}
		open = false
	}
	for i, l := range lines {
		if l.text == "" {
			if spaced && open && midSentence(prev) && i+1 < len(lines) && lines[i+1].text != "" {
				bridged = true // double-spaced copy: the sentence goes on after the blank line
				continue
			}
			flush()
			prev = ""
			quoted = false
			continue
		}
		if open && !(quoted && reopens(prev, l.text)) && (bridged || continues(prev, l.text, w) || quoted && closes[i] > 0 && closes[i] <= 4 || centredOn(lines[i-1], l)) {
			bridged = false
			// a quotation a later line closes goes on over the lines
			// between, which have no marks: verse, or a wrapped quote
			// that ended a sentence at the end of a line
			quoted = stillQuoted(l.text, quoted)
			sep := " "
			if strings.HasSuffix(prev, "-") && startsLower(l.text) && len(prev) > 1 && unicode.IsLetter(lastRune(prev[:len(prev)-1])) {
				sep = "" // a word broken at its hyphen: "well-\nknown"
			}
			cur := &out[len(out)-1]
			cur.breaks = append(cur.breaks, lineAt{off: text.Len() + len(sep), line: l.n})
			text.WriteString(sep)
			text.WriteString(l.text)
			prev = l.text
			continue
		}
		flush()
		out = append(out, Para{Line: l.n})
		text.WriteString(l.text)
		open, prev = true, l.text
		quoted = stillQuoted(l.text, false)
	}
	flush()
	return out
}

// reopens tells a line that opens a quotation again after a line that
// ended a sentence inside one: the quotation's next paragraph, as a
// quotation over paragraphs repeats its opening mark ("…for decades to
// come.\n\"Passengers want …"), though hard-wrapped copy sets no blank
// line between them.
func reopens(line, next string) bool {
	t := strings.TrimRight(line, " ")
	r, size := utf8.DecodeRuneInString(next)
	return stopRune(lastRune(t)) && (r == '"' || isOpenMark(r)) && unicode.IsUpper(firstRune(next[size:]))
}

// centredOn tells a line set in from the margin, as a plain-text
// release centres its headline, that ends on a word no headline ends on
// and goes on in the indented line after it: "    Ultralight-led Sandhill
// Cranes Return to\n      Necedah National Wildlife Refuge".
func centredOn(line, next rawLine) bool {
	return line.indent >= 2 && next.indent >= 2 && danglingWords.Has(lastWord(line.text)) && countFields(line.text) >= 3
}

// closingAhead gives, for each line, how many lines on (counting itself
// as one) the next line whose first quotation mark closes a quotation
// (or, in hard-wrapped copy, opens its next paragraph, see reopens) is,
// when every line before that one has no marks at all; 0 when there is
// none.
func closingAhead(lines []rawLine, wrapped bool) []int {
	out := make([]int, len(lines))
	next := 0 // for the line after: 0, or how far its closing line is
	for i := len(lines) - 1; i >= 0; i-- {
		m := strings.IndexFunc(lines[i].text, isMark)
		switch {
		case lines[i].text == "":
			next = 0
		case m < 0 && next > 0:
			next++
		case m < 0:
			next = 0
		case closingMark(lines[i].text, m) || wrapped && m == 0 && i > 0 && reopens(lines[i-1].text, lines[i].text):
			next = 1 // (or, in hard-wrapped copy, opens the quotation's next paragraph: it goes on to there)
		default:
			next = 0
		}
		out[i] = next
	}
	return out
}

// closingMark tells whether the mark at m closes a quotation: a closing
// mark, or a straight one right after a word or a stop: `every year."`.
func closingMark(line string, m int) bool {
	r, _ := utf8.DecodeRuneInString(line[m:])
	if isCloseMark(r) {
		return !typedOpen(line, m)
	}
	prev, _ := utf8.DecodeLastRuneInString(line[:m])
	return r == '"' && m > 0 && !unicode.IsSpace(prev)
}

// typedOpen tells a closing mark at byte i of s that opens a quotation,
// as copy typed with one kind of mark has it ("”I promised …”"): one at
// the start or after a space, before a capital or a digit.
func typedOpen(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+size:])
	return isCloseMark(r) && (i == 0 || unicode.IsSpace(prev)) && (unicode.IsUpper(next) || unicode.IsDigit(next))
}

// stillQuoted tells whether a paragraph ends inside a quotation once line
// is added to it, given whether it did before.
func stillQuoted(line string, quoted bool) bool {
	if quoted {
		m := strings.IndexFunc(line, isMark)
		if m < 0 {
			return true
		}
		_, size := utf8.DecodeRuneInString(line[m:])
		line = line[m+size:] // the mark that closes it
	}
	// the marks read as findSpans reads them, without keeping the spans
	inside, start := false, 0
	for i, r := range line {
		if !isMark(r) {
			continue
		}
		size := utf8.RuneLen(r)
		prev, _ := utf8.DecodeLastRuneInString(line[:i])
		next, _ := utf8.DecodeRuneInString(line[i+size:])
		switch {
		case i > 0 && isMark(prev):
			// a doubled mark
		case !inside && isCloseMark(r) && !(i == 0 || unicode.IsSpace(prev)):
			// a stray closing mark
		case !inside:
			inside, start = true, i+size
		case isOpenMark(r) && unicode.IsSpace(prev) && next != utf8.RuneError && !unicode.IsSpace(next):
			start = i + size // a new quotation; the last one was left open
		default:
			inside = false
		}
	}
	return inside && strings.TrimSpace(line[start:]) != ""
}

// startsQuote tells text that opens with a quotation mark, after
// spaces.
func startsQuote(s string) bool { return isMark(firstRune(strings.TrimLeft(s, " "))) }

var gluedRE = lazy.Regexp(`[a-z0-9][.!?]([A-Z][a-z])`)

// tightCommaRE finds a comma with a word right after it, between words.
var tightCommaRE = lazy.Regexp(`\pL,\pL`)

// splitGlued splits paragraphs that lost the break between them
// ("…all the difference.In the weeks…"), as pasted web copy often has:
// a full stop with a capitalised word right after it.
func splitGlued(paras []Para) []Para {
	var out []Para
	for i, p := range paras {
		if i+1 < len(paras) {
			if _, ok := postSignature(paras[i+1].Text); ok {
				// "19page fabricated charges but no mention of Zone9 by
				// name.Not even once.The brand …" over "— Yoseph Mulugeta
				// (@YosephMulugeta) July 18, 2014": a post, written
				// tight to fit, not paragraphs run together
				out = append(out, p)
				continue
			}
		}
		for _, label := range []string{"Media caption", "Image caption", "Hide Ad"} {
			// "Media captionJeremy Hunt: 'Discussions …'": a player's
			// label glued to the caption it labels; "Hide Ad“They’re
			// idiots …”": an advert's button glued to the paragraph after
			// the advert
			if rest, ok := strings.CutPrefix(p.Text, label); ok && (unicode.IsUpper(firstRune(rest)) || label == "Hide Ad" && startsQuote(rest)) {
				at := len(p.Text) - len(strings.TrimLeft(rest, " "))
				out = append(out, Para{Text: label, Line: p.Line})
				p = Para{Text: p.Text[at:], Line: p.LineAt(at), breaks: p.breaksFrom(at, len(p.Text))}
			}
		}
		if blockStops(p.Text, 0) >= 0 && blockStops(p.Text, blockStops(p.Text, 0)+3) >= 0 {
			// "…, writes: . 54 minutes and 22 seconds … . Syrian
			// Khaldoun Jarbou too …": a page flattened to one line, a
			// full stop standing alone where each block ended
			last := 0
			for last < len(p.Text) {
				end := blockStops(p.Text, last) - last
				if end < 0 {
					end = len(p.Text) - last
				}
				if piece := strings.TrimSpace(p.Text[last : last+end]); piece != "" && piece != "." {
					at := last + strings.Index(p.Text[last:], piece)
					for _, s := range flatBreaks(piece) {
						out = append(out, Para{Text: piece[s[0]:s[1]], Line: p.LineAt(at + s[0]), breaks: p.breaksFrom(at+s[0], at+s[1])})
					}
				}
				last += end + len(" . ")
			}
			continue
		}
		idx := gluedRE().FindAllStringSubmatchIndex(p.Text, -1)
		if tightCommaRE().MatchString(p.Text) {
			idx = nil // "C'est un honneur pour le Mali.Bonne suite pour vous,petit coulibaly!": a comment written tight, its commas too, not paragraphs run together
		}
		last := 0
		for _, m := range idx {
			if isAbbrev(lastWord(p.Text[last:m[2]])) {
				continue // "U.S.Army"
			}
			if insideQuotation(p.Text[last:m[2]]) {
				continue // "Baykal said, "… to stop it.The economy is shrinking …": a space lost inside the quotation, no paragraph
			}
			out = append(out, Para{Text: strings.TrimSpace(p.Text[last:m[2]]), Line: p.LineAt(last), breaks: p.breaksFrom(last, m[2])})
			last = m[2]
		}
		if last == 0 {
			out = append(out, p)
			continue
		}
		out = append(out, Para{Text: p.Text[last:], Line: p.LineAt(last), breaks: p.breaksFrom(last, len(p.Text))})
	}
	return out
}

// flatBreaks cuts a piece of a page flattened to one line where a
// paragraph that ended in a colon, a question or a cry lost its break to a
// full stop ("…predicted his death away from his subjects:. The greatest
// indictment …", "…for the slightest sign of discomfort?. This is …"),
// giving the spans of its paragraphs.
func flatBreaks(piece string) [][2]int {
	var spans [][2]int
	start := 0
	for i := 0; i+3 < len(piece); i++ {
		if strings.IndexByte(":?!", piece[i]) >= 0 && piece[i+1:i+3] == ". " && piece[i+3] != ' ' {
			spans = append(spans, [2]int{start, i + 1})
			start = i + 3
		}
	}
	return append(spans, [2]int{start, len(piece)})
}

// insideQuotation tells text that ends inside a quotation it opened:
// more opening marks than closing ones, or an odd number of straight
// double marks.
func insideQuotation(s string) bool {
	return strings.Count(s, "“") > strings.Count(s, "”") || strings.Count(s, `"`)%2 == 1
}

// blockStops finds, from offset from, a full stop standing alone
// between spaces (" . ") that is not part of an ellipsis spaced out
// (" . . . "); -1 when there is none.
func blockStops(p string, from int) int {
	for from < len(p) {
		i := strings.Index(p[from:], " . ")
		if i < 0 {
			return -1
		}
		i += from
		if (i < 2 || p[i-2:i] != " .") && (i+3 >= len(p) || p[i+3] != '.') {
			return i
		}
		from = i + 2
	}
	return -1
}

// wikiTurnRE finds where a turn of an interview opens in a wiki page's
// source whose lines were joined with spaces: a label of up to four words
// in bold (after three apostrophes), perhaps indented (after a colon), as
// in "DS: What kind of crowd is there?" and then the answer "AN: From what
// I could tell, …", each label in bold.
var wikiTurnRE = lazy.Regexp(` (:{0,2}'''[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,3}(?::|'''))`)

// colonlessLabels gives back their colons to a transcript's labels that
// lost them with their bold type: two labels that each open two
// paragraphs or more, then a capital. A label is a person's full name as
// names are written ("Sabra Lane Can you move …", "Simon Birmingham I am
// confident …"), or in capitals, a name of two words or more or the
// floor's ("JULIE BISHOP In fact my meeting …", "JOURNALIST Can you …"),
// before a word in small letters after its capital; a body's initials
// ("USGS scientists", "U.S. Geological Survey") are no label. The space
// after the label becomes the colon, keeping every offset ("Simon
// Birmingham:I am …", read as a label whose colon lost its space).
func colonlessLabels(paras []Para) []Para {
	name := func(p string) string {
		f := strings.SplitN(p, " ", 4)
		if len(f) < 3 || !capWords(f[0]+" "+f[1], 2, unicode.IsUpper, unicode.IsLetter) || sentenceWords.Has(f[0]) || !unicode.IsUpper(firstRune(f[2])) ||
			strings.ToUpper(f[0]) == f[0] || strings.ToUpper(f[1]) == f[1] {
			// (a name as names are written: "SENIOR ADMINISTRATION
			// OFFICIAL" in capitals keeps the colon it has)
			return capitalsLabel(p)
		}
		return f[0] + " " + f[1]
	}
	count := map[string]int{}
	for _, p := range paras {
		if n := name(p.Text); n != "" {
			count[n]++
		}
	}
	names, turns := 0, 0
	for _, c := range count {
		if c >= 2 {
			names++
			turns += c
		}
	}
	if names < 2 || turns < 4 {
		return paras
	}
	for i, p := range paras {
		if n := name(p.Text); count[n] >= 2 {
			paras[i].Text = n + ":" + p.Text[len(n)+1:]
		}
	}
	return paras
}

// capitalsLabel reads the label in capitals that opens p without its
// colon, before a word in small letters after its capital: a name of two
// to four words of two letters or more ("JULIE BISHOP In fact …"), or one
// word of the floor's ("JOURNALIST Can you …"); "" when there is none.
func capitalsLabel(p string) string {
	f := strings.SplitN(p, " ", 6)
	for n := 1; n <= 4 && n < len(f); n++ {
		w := f[n]
		if r, size := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && size < len(w) && strings.IndexFunc(w[size:], unicode.IsLower) == 0 || n >= 2 && firstPersonOpeners.Has(w) { // (the turn may open with "I": "NEIL MITCHELL I'm afraid …")
			label := strings.Join(f[:n], " ")
			if n == 1 && !questioner.Has(label) || !capWords(label, n, unicode.IsUpper, isUpperLetter) || strings.IndexFunc(label, func(r rune) bool { return r != ' ' && !unicode.IsLetter(r) }) >= 0 {
				return ""
			}
			for _, w := range f[:n] {
				if utf8.RuneCountInString(w) < 2 {
					return ""
				}
			}
			return label
		}
		if !isUpperWord(w) {
			return ""
		}
	}
	return ""
}

// captionsTwice marks as captions the lines a page prints twice in a
// row inside its story, a photograph's alternative text and then its
// caption ("Robert Snodgrass of Scotland celebrates his goal with Barry
// Bannan"), so that they break no quotation running over paragraphs and
// name no speaker. (A headline printed twice comes before the story.)
func captionsTwice(paras []Para, kinds []kind) {
	body := false // the story has started before the pair
	for i := 1; i < len(paras); i++ {
		p := paras[i].Text
		if body && p == paras[i-1].Text && (kinds[i] == kindBody || kinds[i] == kindHeading) && countFields(p) <= 40 &&
			!strings.ContainsFunc(p, isMark) && !strings.ContainsAny(p, "'‘’") {
			kinds[i-1], kinds[i] = kindCaption, kindCaption
		}
		body = body || opensStory(paras[i-1], kinds[i-1])
	}
}

// opensStory tells a paragraph that can open the story, not a line of
// the page's head: one of the body's, of three words or more set apart
// by spaces (not a copying site's watermark, "-xE!t%J](N.7or"), that
// cannot be a headline (see headlineLike) and is no item of a list's
// bullets without a sentence's end, as a page's head lists what an item
// is, who published it and how long it takes to read ("• Directorate-
// General for Mobility and Transport", "• 1 min read").
func opensStory(p Para, k kind) bool {
	return k == kindBody && wordsIn(p.Text) >= 3 && countFields(p.Text) >= 3 && !headlineLike(p.Text) && !(dotBullet(p.Text) && !stopRune(lastRune(strings.TrimSpace(p.Text))))
}

// dotBullet tells a paragraph that opens with a list's bullet that is
// no dash: "• 2 October 2020".
func dotBullet(p string) bool {
	return bulletItem(p) && !strings.ContainsRune("-–—", firstRune(strings.TrimSpace(p)))
}

// betterTitle chooses the headline among the lines before the story (see
// opensStory; a site's words to its reader open none, see siteToReader),
// where a scraped page sets its banners, section names and captions
// around the headline ("An official website of the United States
// government", "You are here", "FROM: U.S. JUSTICE DEPARTMENT"):
// the first line that shares with the story's opening at least half as
// many words as the line that shares the most (two at least), since a
// headline tells what the story tells and a banner does not, and a
// standfirst after it tells more; or else the last heading of four words
// or more, right above the story. The line above a photograph's credit is
// its caption. A page with none of these keeps its first short line. It
// returns the paragraph chosen when that is one of the body's, which it
// stays, or -1.
func (t *Text) betterTitle(paras []Para, kinds []kind) (kept int) {
	end, head := 0, 0 // (head: the page's lines up to an item's stamp are the site's, not the item's)
	for end < len(paras) && end < 40 {
		if gluedStamp(paras[end].Text) {
			head = end + 1 // an item's stamp is the page's head
		} else if opensStory(paras[end], kinds[end]) && !siteToReader(paras, end) && !(head == end && head > 0 && !strings.HasSuffix(paras[end].Text, ".")) {
			break // (and the line under the stamp is the item's headline)
		}
		end++
	}
	opening := map[string]bool{}
	n := 0
	for i := end; i < len(paras) && n < 300; i++ {
		if kinds[i] == kindBody {
			for w := range strings.FieldsSeq(paras[i].Text) {
				if k := contentKey(w); k != "" {
					opening[k] = true
				}
				n++
			}
		}
	}
	fallback, labelled := -1, -1
	shares := make([]int, end)
	for i := head; i < end; i++ {
		if kinds[i] == kindCaption || kinds[i] == kindFurniture {
			continue
		}
		p := strings.TrimSpace(paras[i].Text)
		if m := labelLineRE.find(p); labelled < 0 && m != nil && headlineLabel(m[1]) && countFields(m[2]) >= 3 {
			labelled = i
		}
		f := strings.Fields(p)
		if len(f) < 3 || len(f) > 30 || strings.HasSuffix(p, ".") || creditLine(p) || i+1 < len(paras) && creditLine(paras[i+1].Text) || contentsHeading(p) {
			continue // (the line above a photograph's credit is its caption; "Index for Today's Briefing" heads a list of subjects)
		}
		if len(f) >= 4 && kinds[i] != kindBody {
			fallback = i
		}
		shared := map[string]bool{}
		for _, w := range f {
			if k := contentKey(w); opening[k] {
				shared[k] = true
			}
		}
		shares[i] = len(shared)
	}
	// the first line that tells the story about as well as the one that
	// tells it best: a standfirst or a caption after the headline may
	// share more of the story's words
	most := max(slices.Max(append(shares, 0)), 2)
	best := slices.IndexFunc(shares, func(n int) bool { return n >= 2 && 2*n >= most })
	if best < 0 {
		best = fallback
	}
	if labelled >= 0 {
		best = labelled // the line a script's header labels the headline, under its slug: "HEAD: New NASA Spacecraft Nearly Ready for Asteroid Mission"
	}
	if best >= 0 {
		best = extendedTitle(paras, kinds, end, best)
	}
	if rec := fullRecordTitle(paras, kinds, end); rec >= 0 && rec != best && (best < 0 || !namesRecord(paras[best].Text)) {
		best = rec // the record's own title over a transcript, "Transcript of interview, ABC Far North Queensland", under the archive's ("Transcripts from the Prime Ministers of Australia")
	}
	if best < 0 || strings.TrimSpace(paras[best].Text) == t.Title {
		return -1
	}
	for i := range paras {
		if kinds[i] == kindTitle {
			kinds[i] = kindHeading // the line first taken for the title stays as a heading: "Transcript"
		}
	}
	t.setTitle(strings.TrimSpace(paras[best].Text))
	t.titleLine = paras[best].Line
	if kinds[best] == kindBody {
		// a headline first read as the story's opening paragraph stays
		// one, read for the people it names: "John Grunsfeld Announces
		// Retirement from NASA"
		return best
	}
	return -1
}

// extendedTitle is the head line before end that goes on from line
// best after a colon, the post's title under the blog's name ("Home
// Office in the media" / "Home Office in the media: Monday 2
// September"), or best. (After a dash what goes on is the outlet's
// name: "… – Wikinews, the free news source".)
func extendedTitle(paras []Para, kinds []kind, end, best int) int {
	b := strings.TrimSpace(paras[best].Text)
	for i := range end {
		if i == best || kinds[i] == kindFurniture || kinds[i] == kindCaption {
			continue
		}
		if rest, ok := strings.CutPrefix(strings.TrimSpace(paras[i].Text), b); ok && countFields(rest) >= 2 && strings.HasPrefix(rest, ": ") {
			return i
		}
	}
	return best
}

// fullRecordTitle is the line of the page's head that titles a record
// of what was said (see recordTitle) in the most words, the first of
// them on a tie, or -1: before the story opens at end, or after a list
// of the record's subjects in bullets that seemed to open it, up to the
// first long paragraph.
func fullRecordTitle(paras []Para, kinds []kind, end int) int {
	for end < len(paras) && end < 60 && wordsIn(paras[end].Text) <= 25 && (kinds[end] != kindBody || bulletItem(paras[end].Text) || !opensWithLabel(paras[end].Text) && recordTitle(paras[end].Text)) {
		end++ // ("Subject(s):" / "• Visit to Strategic Border Command" / … / "Joint Doorstop Interview, Canberra")
	}
	best := -1
	for i := range end {
		if kinds[i] != kindFurniture && kinds[i] != kindCaption && recordTitle(paras[i].Text) && (best < 0 || wordsIn(paras[i].Text) > wordsIn(paras[best].Text)) {
			best = i // ("Press Conference in Bishkek", then "Press Conference" again over the speaker's name; a PDF's copy of the title, cut over its lines, under the page's)
		}
	}
	return best
}

// recordTitle tells the title of one record of what was said, by its
// kind: "Transcript of interview, ABC Far North Queensland", "Doorstop
// Interview, Calamvale", "Press Conference - Sydney", "Radio interview
// with Luke Grant" (not an archive's "Transcripts from …").
func recordTitle(p string) bool {
	p = strings.TrimSpace(p)
	f := strings.Fields(strings.ToLower(p))
	if len(f) < 2 || len(f) > 30 || strings.HasSuffix(p, ":") {
		return false // (a field's label, "Transcript ID:")
	}
	w := strings.Trim(f[0], ",:-–")
	if recordKinds.Has(w) {
		return true
	}
	two := w + " " + strings.Trim(f[1], ",:-–")
	return recordPairs.Has(two)
}

// namesRecord tells a line that names a record of what was said
// anywhere in it: "Full Transcript of VOA Interview with …".
func namesRecord(p string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(p)) {
		if recordKinds.Has(strings.Trim(w, ",:-–")) {
			return true
		}
	}
	return false
}

var (
	recordKinds = lazy.Words(`transcript interview doorstop remarks`)
	recordPairs = lazy.Of("press conference", "news conference", "media conference", "joint doorstop", "joint press", "radio interview", "television interview", "tv interview", "podcast interview", "daily press", "department press")
)

// contentsHeading tells the heading of a page's table of contents, which
// lists what the page holds and is not its headline: "Index for Today's
// Briefing", "Table of Contents", "In This Issue".
func contentsHeading(p string) bool {
	l := strings.ToLower(p)
	return hasAnyPrefix(l, "index for ", "table of contents", "in this issue") // (not "Index of Consumer Sentiment Falls")
}

// headlineLike tells a paragraph that may be a headline set as a line
// of the page's head, not the story's first paragraph: three to 30 words
// from a capital, ending in no stop or colon (a question mark only in a
// line of up to 15 words), quotation marks aside, and no transcript's
// label.
func headlineLike(p string) bool {
	p = strings.TrimSpace(p)
	f := strings.Fields(p)
	// (a headline may open or end with a quotation: "'The work is not
	// done, it just started': Police share new info", "… on ‘thugs’")
	words := strings.TrimFunc(p, func(r rune) bool { return isMark(r) || r == '\'' })
	if len(f) < 3 || len(f) > 30 || !unicode.IsUpper(firstRune(words)) || strings.ContainsRune(".!:;,…)", lastRune(words)) || lastRune(words) == '?' && len(f) > 15 {
		return false
	}
	if label, at, ok := turnLabel(p); ok && !quotedKicker(p[at:]) && (!headlineAfterLabel(p[at:]) || listingLabels.Has(strings.ToLower(label))) {
		return false
	}
	if _, _, ok := ownLineLabel(p); ok {
		return false
	}
	return true
}

// headlineAfterLabel tells what follows a headline's label when it is a
// headline's words, not a speaker's: ending in no stop ("Coronavirus: EU
// supports Member States with transport of essential supplies", "Clean
// Air: Case Highlights"), where a speaker's turn ends its sentence.
func headlineAfterLabel(rest string) bool {
	r := lastRune(strings.TrimSpace(rest))
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// listingLabels head a page's lists and notes, not its headline:
// "SUBJECTS: Budget; Leadership", "Presenter: Rear Adm. Victor
// Guillory", "Summary: Raw or undercooked Asian swamp eels could …",
// "TEASER: America’s youngest voters help get out the vote".
var listingLabels = lazy.Words(`subject subjects topic topics presenter presenters participant participants speaker speakers
location venue source sources summary teaser dateline byline contributor contributors`)

// quotedKicker tells what follows a headline's label when it is a
// quotation and then, after a dash, who said it ("EPL: ‘It was painful’ –
// Graham Potter reacts"), which no speaker's turn in a transcript is.
func quotedKicker(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" || !strings.ContainsRune("“‘\"'«", firstRune(rest)) {
		return false
	}
	for _, dash := range spacedDashes {
		if i := strings.Index(rest, dash); i > 1 && strings.ContainsRune("”’\"'»", lastRune(rest[:i])) && isCap(strings.TrimSpace(rest[i+len(dash):])) {
			return true
		}
	}
	return false
}

// headStop are the words too common to tell a headline from a banner.
var headStop = lazy.Words(`the and for with from that this are was were has have its his her their will into over
after about new news says said more than not but who what`)

// contentKey is the form of a word a headline and its story share: in
// small letters, its punctuation trimmed, its first six letters
// ("announces" and "announced"); "" for a short or common word.
func contentKey(w string) string {
	w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	if utf8.RuneCountInString(w) < 3 || headStop.Has(w) {
		return ""
	}
	if r := []rune(w); len(r) > 6 {
		w = string(r[:6])
	}
	return w
}

// crumbSeps separate the links of a breadcrumb trail: "Home » Media
// Centre » Press Conference", "首页 > VOA慢速英语 > AS IT IS".
var crumbSeps = []string{" » ", " › ", " >> ", " > "}

// capsLabelCrumb tells a breadcrumb's first link that is a section's
// label in capitals: "TOP STORY".
func capsLabelCrumb(c string) bool {
	c = strings.ReplaceAll(strings.TrimSpace(c), " ", "")
	return utf8.RuneCountInString(c) >= 2 && isUpperWord(c)
}

// navPrefixRE finds what a page sets before its headline on the same
// line: a link in brackets of a few words, "[<< wikinews]", a record's
// field and its number, "RecordID=49329" (not "E=mc2"), and a mailing
// list's tag and the mark of a forwarded message, "[env-trinity] Fw:".
var navPrefixRE = lazy.Regexp(`^(?:(?:\[[^\]\s]*(?:\s[^\]\s]*){0,3}\]|[A-Za-z]\w*=\d+|(?i:fwd?|re):)\s+)+`)

// listNumbered is line without the number a list set before it (see
// numberedItem), when a title of three words or more follows ("3. Study
// of Cousins Who Marry" → "Study of Cousins Who Marry"; not "1. FC Köln
// …", a club's name).
func listNumbered(line string) (string, bool) {
	_, rest, ok := numberedItem(line)
	if f := strings.Fields(rest); !ok || len(f) < 3 || !isCap(f[0]) || isAcronym(f[0]) {
		return line, false
	}
	return rest, true
}

// setTitle makes line the headline, and the outlet a suffix names in it
// ("… - VOA") the publisher.
func (t *Text) setTitle(line string) {
	line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "•"))                                      // a breadcrumb's bullet: "• PRESS RELEASE : …"
	line = strings.TrimLeftFunc(line, func(r rune) bool { return unicode.Is(unicode.So, r) || unicode.IsSpace(r) }) // a site's rating or badge: "★☆☆Life Not So Sweet …"
	if m := navPrefixRE().FindStringSubmatchIndex(line); m != nil && countFields(line[m[1]:]) >= 3 {
		line = line[m[1]:] // a link or a field the page set before the headline: "[<< wikinews] Pope Benedict XVI resigns …", "RecordID=49329 Secretary Jewell Announces …"
	}
	if rest, ok := listNumbered(line); ok {
		line = rest // a list's number: "3. Study of Cousins Who Marry"
	}
	for _, sep := range crumbSeps {
		// a breadcrumb trail that ends with the page's own title: "Home
		// » Media Centre » Press Conference - Sydney CPO, NSW", or a
		// section's label in capitals before it: "TOP STORY >> One
		// family’s first deployment"
		if crumbs := strings.Split(line, sep); len(crumbs) >= 3 || len(crumbs) == 2 && (strings.EqualFold(strings.TrimSpace(crumbs[0]), "home") || capsLabelCrumb(crumbs[0])) {
			line = strings.TrimSpace(crumbs[len(crumbs)-1])
		}
	}
	if m := labelLineRE.find(line); m != nil && m[2] != "" && headlineLabel(m[1]) {
		line = m[2] // a script's header: "HEADLINE: Gen Z voters step up", "HEAD: Curling: …"
	}
	line = withoutHanLabel(line)
	if head, date, ok := stampedTitle(line); ok {
		line = head
		if t.Meta.Date == "" {
			t.Meta.Date = date
		}
	}
	t.Title, t.Outlet = line, ""
	if m := titleSuffixRE().FindStringSubmatch(line); m != nil && (!recordTitle(line) || strings.Contains(line, "|")) { // (not where a record was made: "Press conference - Canberra")
		t.Title, t.Outlet, t.printed = m[1], m[2], line
		if n := titleSuffixRE().FindStringSubmatch(t.Title); n != nil && (strings.Contains(m[2], initials(n[2], true)) || strings.Contains(n[2], initials(m[2], true))) {
			t.Title, t.Outlet = n[1], n[2] // the outlet twice, by name and by its initials: "… – Voice of America – VOA News"
		}
	}
}

// namesSurname tells a word that the story's first paragraphs give as
// the surname of a person named in full: "Hayes" in "Brian Hayes TD,
// Minister of State …".
func (t *Text) namesSurname(w string) bool {
	if countFields(w) != 1 || !isCap(w) {
		return false
	}
	for _, p := range t.Body[:min(len(t.Body), 3)] {
		f := strings.Fields(p.Text)
		for i := 1; i < len(f); i++ {
			if strings.TrimRight(f[i], ",.;:") == w && isGivenName(f[i-1]) {
				return true
			}
		}
	}
	return false
}

// stampedTitle is a headline without the date a page's copy ran into
// it, before it with the programme's or the field's label ("AS IT IS
// 2016-09-09 U.S. Presidential Race Tightens", "date 2021-07-18
// Government Commits $600,000 To Flood Recovery") or after it with
// nothing between ("Hundreds of state homes already under construction
// 19 May 2016"), and the date. A date the title sets off with a dash
// ("UN to Expand Measles Vaccination Campaign - 2003-10-26") is the
// page's own title, kept.
func stampedTitle(line string) (head, date string, ok bool) {
	if m := stampBeforeRE().FindStringSubmatch(line); m != nil && countFields(m[2]) >= 2 {
		return m[2], m[1], true
	}
	if m := stampAfterRE().FindStringSubmatch(line); m != nil && countFields(m[1]) >= 3 && !strings.ContainsRune("-–—|:,", lastRune(m[1])) {
		return m[1], m[2], true
	}
	return line, "", false
}

// gluedStamp tells the line a scraped page sets over an item's headline
// to say what the item is and when it ran, its fields run together: "News
// article9 March 2023Directorate-General for …2 min read". The site's
// lines above it (its section's name: "Research and innovation") are no
// headline.
func gluedStamp(line string) bool {
	return gluedStampRE().MatchString(strings.TrimSpace(line))
}

var (
	gluedStampRE  = lazy.Regexp(`^\p{Lu}[\p{L} ]{0,30}\p{Ll}\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}`)
	stampBeforeRE = lazy.Regexp(`^(?:date|[A-Z][A-Z]+(?: [A-Z]+){0,3}) (\d{4}-\d{2}(?:-\d{2})?) (\S.*)$`)
	stampAfterRE  = lazy.Regexp(`^(.*\S) (\d{4}-\d{2}-\d{2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})$`)
)

// withoutHanLabel is a headline without the label in Chinese a
// language-learning site sets before the story's own title, up to a
// colon or dash or in 【】: "VOA常速英语:Midwest Farmers Battling Worst
// Drought in Generation", "VOA标准英语2011--Tropical Storm Lee …",
// "【VOA常速听力】Timor-Leste Parliamentary Elections".
func withoutHanLabel(line string) string {
	if head, ok := hanNoteAfter(line); ok {
		line = head
	}
	if rest, ok := strings.CutPrefix(line, "【"); ok {
		if _, title, ok := strings.Cut(rest, "】"); ok {
			if !strings.ContainsFunc(title, isHan) && countFields(title) >= 3 {
				return strings.TrimSpace(title)
			}
			line = strings.TrimSpace(title) // "【AS IT IS】菲律宾火山释放烟雾… Thousands Flee as …": the translation is read below
		}
	}
	if isHan(firstRune(line)) {
		// "菲律宾火山释放烟雾,灰烬时成千上万的人逃亡 Thousands Flee as
		// Philippine Volcano Releases Smoke, Ash": the title in Chinese,
		// then the story's own
		i := strings.LastIndexFunc(line, isHan)
		_, size := utf8.DecodeRuneInString(line[i:])
		if title := strings.TrimLeft(line[i+size:], " :-–—,，"); countFields(title) >= 3 && unicode.IsUpper(firstRune(title)) {
			return title
		}
	}
	if h := strings.IndexFunc(line, isHan); h > 0 && !strings.ContainsFunc(line[h:], isLatinLetter) {
		// "“Green Loans” Help Kenya’s Farmers “绿色贷款” 帮助肯尼亚农民":
		// the story's own title, then its translation
		if title := strings.TrimRightFunc(line[:h], func(r rune) bool {
			return unicode.IsSpace(r) || isMark(r) && !strings.ContainsRune("”’»", r) || strings.ContainsRune(":-–—|/(（", r)
		}); countFields(title) >= 3 {
			return title
		}
	}
	i := strings.IndexAny(line, ":-")
	if i <= 0 {
		return line
	}
	label := strings.TrimRightFunc(line[:i], func(r rune) bool { return unicode.IsDigit(r) || r == '年' })
	if !isHan(lastRune(label)) {
		return line // (a dash inside the title: "Timor-Leste")
	}
	title := strings.TrimLeft(line[i:], ":-–— ")
	if strings.ContainsFunc(title, isHan) || countFields(title) < 3 {
		return line
	}
	return title
}

// hanNoteAfter splits off the note in Chinese a language-learning site
// sets in brackets after the story's own title, and the bars after it:
// "Oil Price Hits $100 Per Barrel(在线收听) |" ("listen online"), its
// closing bracket sometimes cut off with the title's end.
func hanNoteAfter(line string) (head string, ok bool) {
	trimmed := strings.TrimRight(line, "| ")
	i := strings.LastIndexAny(trimmed, "(（")
	if i <= 0 {
		return line, false
	}
	note := strings.TrimRight(trimmed[i:], ")）")
	note = note[utf8.RuneLen(firstRune(note)):]
	if note == "" || strings.ContainsFunc(note, func(r rune) bool { return !isHan(r) }) {
		return line, false
	}
	return strings.TrimSpace(trimmed[:i]), true
}

// isHan tells a Chinese character, as a Chinese site's labels are written.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// isLatinLetter tells a letter of the Latin script.
func isLatinLetter(r rune) bool { return unicode.Is(unicode.Latin, r) }

// flatTurnRE finds where a turn opens in a transcript stored as one line:
// after a sentence's end, a label in capitals and a colon, or a
// reporter's "Q." ("… to coach these guys. THE MODERATOR: Questions? Q.
// Coach, can you … COACH BROWNELL: You know, …").
var flatTurnRE = lazy.Regexp(`[.?!"”] ((?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z.'’-]+: |Q\. )`)

// splitWikiTurns splits a paragraph that holds a whole interview, its
// lines joined, at the turns' labels: a wiki page's source, whose labels
// are bold, or a transcript that opens with a label in capitals; it
// takes three labels or more, the opening one among them, to tell one.
func splitWikiTurns(paras []Para) []Para {
	var out []Para
	for _, p := range paras {
		idx := [][]int(nil)
		need := 3
		if strings.Contains(p.Text, "'''") {
			idx = wikiTurnRE().FindAllStringSubmatchIndex(p.Text, -1)
		} else if l, _, ok := turnLabel(p.Text); ok && strings.ToUpper(l) == l && len(p.Text) > 200 {
			idx, need = flatTurnRE().FindAllStringSubmatchIndex(p.Text, -1), 2
		}
		if len(idx) < need {
			out = append(out, p)
			continue
		}
		cut := func(from, to int) {
			out = append(out, Para{Text: strings.TrimSpace(p.Text[from:to]), Line: p.LineAt(from), breaks: p.breaksFrom(from, to)})
		}
		last := 0
		for i, m := range idx {
			// a question set on a line of its own, with no label, ends
			// the turn before it: "… on my behalf! Are you intending to
			// go there yourself? ::'''MD''' I would love to."
			if q := questionAtEnd(strings.TrimRight(p.Text[last:m[2]], " ")); i > 0 && q > 0 {
				cut(last, last+q)
				last += q
			}
			cut(last, m[2])
			last = m[2]
		}
		cut(last, len(p.Text))
	}
	return out
}

// questionAtEnd is where the question that ends s starts, after a
// sentence that does not ask; 0 when s ends otherwise.
func questionAtEnd(s string) int {
	if lastRune(s) != '?' {
		return 0
	}
	q := strings.TrimRight(s, "?")
	i := strings.LastIndexAny(q, ".!?")
	for i >= 0 && (i+1 >= len(q) || q[i+1] != ' ') {
		i = strings.LastIndexAny(q[:i], ".!?") // "U.S." and "3.5" end no sentence
	}
	if i < 0 || q[i] == '?' {
		return 0 // (a turn that asks twice is a turn: "Is it really one or the other? Can I just go gay?")
	}
	return i + 2
}

// breaksFrom are the line breaks of p between from and to, as offsets
// from from.
func (p Para) breaksFrom(from, to int) []lineAt {
	var out []lineAt
	for _, b := range p.breaks {
		if b.off > from && b.off < to {
			out = append(out, lineAt{off: b.off - from, line: b.line})
		}
	}
	return out
}

func continues(line, next string, width int) bool {
	if strings.EqualFold(strings.TrimSpace(next), "please wait") {
		return false // a video player's notice under its title: "VOA Persian Interview: Sec of State Mike Pompeo" / "please wait"
	}
	if r := firstRune(next); unicode.IsLower(r) {
		return true // no paragraph starts in lower case: "“…,”\nsaid Sen. Lee."
	}
	if t := strings.TrimRight(line, " "); strings.ContainsRune("”\"", lastRune(t)) && strings.HasSuffix(strings.TrimRight(t, "”’\"'"), ",") && !reportsThat(next) {
		// a quotation that closes on a comma goes on with its
		// attribution: "“…,”\nLee said\n. “…”" (but not into a
		// sentence that reports something else: "…,"\nNASA said that
		// “…”")
		return true
	}
	if w := lastWord(strings.TrimRight(line, " ")); strings.HasSuffix(w, ".") && honorifics.Has(w) && unicode.IsUpper(firstRune(next)) {
		return true // a rank broken from its name: "said Lt. Col.\nRichard Dickens"
	}
	if t := strings.TrimRight(line, " "); isSpeechVerb(strings.ToLower(lastWord(t))) && strings.ContainsRune("”\"’", lastRune(strings.TrimRight(strings.TrimSuffix(t, lastWord(t)), " "))) {
		// an attribution broken after its verb: "“…,” said\nSenator
		// Hawley."
		return true
	}
	if strings.Trim(line, "“„«\"‘( ") == "" || strings.ContainsRune(",.;:!?”’»)", firstRune(next)) && !typedOpen(next, 0) || opensAtEnd(line) || opensNearEnd(line) {
		// marks and stops a scraped page broke onto lines of their own:
		// an opening mark goes with the line after it, a closing one or
		// a stop with the line before ("“\nBy …\n,”\nsaid Lee.\n. “\nB")
		return true
	}
	if r := firstRune(next); (unicode.IsDigit(r) || strings.ContainsRune("$£€", r)) && danglingWords.Has(lastWord(strings.TrimRight(line, " "))) {
		return true // no sentence ends on "with", and no paragraph opens with a sum: "… the $2 billion fund is now committed, with\n$1 billion already …"
	}
	if width == 0 {
		return false
	}
	if l, _, ok := turnLabel(next); ok && (strings.ToUpper(l) == l) {
		return false // a transcript's next turn: "MR. MORRELL: …", "Q How did he like it?"
	}
	if listItem(next) {
		return false // a numbered list, an item a line: "1. Optimism …\n2. Internet gaming: …"
	}
	first, _, _ := strings.Cut(next, " ")
	n := utf8.RuneCountInString(line)
	if n*10 >= width*7 && !strings.ContainsRune(".?!:;\"”’»)…", lastRune(strings.TrimSpace(line))) && !strings.ContainsRune("•*-–—·", firstRune(next)) {
		return true // a long line that stops mid-sentence: "…, responsible for the Internal\nMarket said:"
	}
	return n+1+utf8.RuneCountInString(first) > width
}

// listItem tells a line that opens as an item of a numbered list: one to
// three digits, a full stop or a closing bracket, a space and a capital
// or a quotation mark ("2. Internet gaming", "10) “Why …”").
func listItem(line string) bool {
	line = strings.TrimLeft(line, " ")
	d := 0
	for d < len(line) && d < 4 && '0' <= line[d] && line[d] <= '9' {
		d++
	}
	if d == 0 || d > 3 || len(line) < d+3 || (line[d] != '.' && line[d] != ')') || line[d+1] != ' ' {
		return false
	}
	r := firstRune(line[d+2:])
	return unicode.IsUpper(r) || isMark(r)
}

// reportsThat tells a line that opens with a subject and a verb of
// speech followed by "that": it reports something of its own, and is no
// attribution of a quotation before it ("NASA said that “…”").
func reportsThat(line string) bool {
	f := firstWords(line, 6)
	for i := 1; i+1 < len(f); i++ {
		if isSpeechVerb(strings.ToLower(f[i])) && f[i+1] == "that" {
			return true
		}
	}
	return false
}

// danglingWords are words no sentence ends on, in small letters: a line
// that ends on one goes on in the next when that opens with a number.
var danglingWords = lazy.Words(`the a an of to with and or but for from by at in on into than that as`)

// opensAtEnd tells a line that ends with a quotation mark that opens:
// the quotation is on the next line (". “\nBy breaking down …").
func opensAtEnd(line string) bool {
	r, size := utf8.DecodeLastRuneInString(line)
	before := line[:len(line)-size]
	if !isOpenMark(r) && (r != '"' || before != "" && !strings.HasSuffix(before, " ")) {
		return false
	}
	// the mark opens when every quotation before it on the line is
	// closed ("„We accept the result.“" closes one)
	sp := findSpans(before)
	return len(sp) == 0 || !sp[len(sp)-1].unclosed
}

// opensNearEnd tells a line that opens a quotation in its last words and
// stops before the sentence does: "… stated, “The\nFederal Bureau …".
func opensNearEnd(line string) bool {
	line = strings.TrimRight(line, " ")
	if strings.ContainsRune(".!?:;…", lastRune(line)) {
		return false
	}
	sp := findSpans(line)
	if len(sp) == 0 {
		return false
	}
	last := sp[len(sp)-1]
	return last.unclosed && isOpenMark(firstRune(line[last.open:])) && wordsIn(line[last.start:]) <= 3
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

type kind int

const (
	kindBody kind = iota
	kindTitle
	kindCaption
	kindHeading
	kindFurniture
	kindJoined // a paragraph joined to the one before it (joinCutSentences)
)

// attributionBegun tells a paragraph that ends with a quotation and the
// first words of who said it, in small letters, whose name the next
// paragraph, short and with a verb of speech, goes on with: "“…,” coach"
// / "Bruce Arians said."
func attributionBegun(p, next string) bool {
	i := strings.LastIndexAny(p, "”\"")
	if i < 0 {
		return false
	}
	r, size := utf8.DecodeRuneInString(p[i:])
	if r != '”' && r != '"' {
		return false
	}
	f := strings.Fields(p[i+size:])
	if len(f) == 0 || len(f) > 3 || slices.ContainsFunc(f, func(w string) bool { return !unicode.IsLower(firstRune(w)) || strings.ContainsAny(w, ".,;:!?") }) {
		return false
	}
	n := strings.Fields(next)
	return len(n) <= 10 && slices.ContainsFunc(n, func(w string) bool { return isSpeechVerb(strings.ToLower(strings.Trim(w, ".,;:"))) })
}

// joinCutSentences joins a paragraph of the body that stops in the middle
// of a sentence to the next one of the body, which goes on with it in
// small letters (or in capitals after "at", "the" …), over the captions,
// credits and headings a page set between them: "The husband of nurse Alison Howe … told how his family"
// / "VICTIM Olivia Campbell-Hardy" / "had been “destroyed” by her death."
func joinCutSentences(paras []Para, kinds []kind) {
	for i := 0; i < len(paras); i++ {
		if kinds[i] != kindBody || !midSentence(paras[i].Text) {
			continue
		}
		for j, seen := i+1, 0; j < len(paras) && seen < 3; j++ {
			if f := firstWords(paras[j].Text, 1); kinds[j] == kindHeading && endsOnFunctionWord(paras[i].Text) && unicode.IsLetter(firstRune(paras[j].Text)) &&
				len(f) == 1 && !functionWords.Has(strings.ToLower(f[0])) && !pronouns.Has(f[0]) { // (not "… generations of" / "The planetary missions selected …", a heading after lost words)
				kinds[j] = kindBody // no heading follows "… a greater use of": "Community Service Orders to the benefit of …"
			}
			switch kinds[j] {
			case kindJoined:
				continue
			case kindCaption, kindHeading, kindFurniture:
				seen++
				continue
			}
			seen++
			if kinds[j] == kindBody && unicode.IsUpper(firstRune(paras[j].Text)) && !endsOnFunctionWord(paras[i].Text) && captionShaped(paras[j].Text) && goesOnLower(paras, kinds, j+1, 3-seen) {
				// (but after "… that the" a capital goes on with the
				// sentence: "Garda strategies in place …")
				kinds[j] = kindCaption // the page's, set in the sentence ("ADORED Jane Tweddle, third from left, … Inset, Alison Howe")
				continue
			}
			if kinds[j] == kindBody && unicode.IsLetter(firstRune(paras[j].Text)) && (startsLower(paras[j].Text) || endsOnFunctionWord(paras[i].Text) || attributionBegun(paras[i].Text, paras[j].Text)) {
				a, b := &paras[i], paras[j]
				off := len(a.Text) + 1
				a.breaks = append(a.breaks, lineAt{off: off, line: b.Line})
				for _, br := range b.breaks {
					a.breaks = append(a.breaks, lineAt{off: off + br.off, line: br.line})
				}
				a.Text += " " + b.Text
				kinds[j] = kindJoined
				i-- // (it may stop in mid-sentence again)
			}
			break
		}
	}
}

// captionShaped tells a paragraph that may be a caption set inside a
// sentence: one sentence at most, not ending as a line that announces
// what follows does (",", ":"). "Thirteen (13) Venezuelans arrived sick
// … They were all hospitalized." and "… on its Twitter account
// (@vtvcanal8) informs that," are the story's, after a post printed
// without its full stop.
func captionShaped(p string) bool {
	p = strings.TrimSpace(p)
	return len(sentenceStarts(p)) <= 1 && !strings.HasSuffix(p, ",") && !strings.HasSuffix(p, ":")
}

// goesOnLower tells whether one of the next n paragraphs from j is of the
// body and starts in small letters: the sentence cut off before j goes on
// there, and what stands between is the page's.
func goesOnLower(paras []Para, kinds []kind, j, n int) bool {
	for ; j < len(paras) && n > 0; j++ {
		if kinds[j] == kindJoined {
			continue
		}
		n--
		if kinds[j] == kindBody && startsLower(paras[j].Text) {
			return true
		}
	}
	return false
}

// endsOnFunctionWord tells a paragraph that stops on a word no sentence
// ends with ("… managing director at" / "Simmons Energy in Houston."),
// so that the next goes on with it even in capitals.
func endsOnFunctionWord(p string) bool { return functionWords.Has(lastWord(strings.TrimSpace(p))) }

// clauseVerbs make a clause of the words around them, which a heading
// is not.
var clauseVerbs = lazy.Words(`will would can could must should may might is are was were has have had`)

// functionWords are the words endsOnFunctionWord knows no sentence ends
// with.
var functionWords = lazy.Words(`at of for in on to with by from the a an and or but`)

// midSentence tells a paragraph that stops where no sentence ends: on a
// word or a comma.
func midSentence(p string) bool {
	r := lastRune(strings.TrimSpace(p))
	return (unicode.IsLetter(r) || r == ',') && strings.ToUpper(p) != p // (a line in capitals is a byline or a label: "- MARC HINTON IN CARDIFF")
}

// wireAgencies are the agencies a dateline credits in brackets:
// "WASHINGTON (AP) —", "(Bloomberg) --".
const wireAgencies = `AP|Reuters|AFP|VOA|UPI|Xinhua|dpa|EFE|ANSA|Kyodo|Yonhap|Bloomberg|CNN|PTI|IANS|ANI|AAP|CP|PA|TASS|Anadolu|Bernama|Sputnik|RNS|CNS|JTA|KFF Health News|CalMatters`

var (
	dateRE   = lazy.Regexp(`(?i)\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|may \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{4}|\d{4}-\d{2}-\d{2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4})\b`)
	agencyRE = lazy.Regexp(`(?i)^(?:the )?(associated press|reuters|agence france-presse|afp|ap|upi|xinhua|dpa|efe|ansa|kyodo)(?: news)?\.?$`)
	// datelineRE is a place (and a date) and the wire agency in
	// brackets, or the agency alone ("(Bloomberg) -- A senior …"), or
	// the place alone in brackets, as releases set it ("(Washington,
	// D.C.) — Frank Jannuzi, …", "(Beirut) – Lebanese authorities …"),
	// before a dash (a hyphen only with a space after it, "SAG-AFTRA is"
	// being a word, unless an agency comes first: "LONDON (Reuters)
	// -AstraZeneca").
	datelineRE    = lazy.Regexp(`^(?:((?:[A-Z][A-Z.'’-]+|[A-Z][a-z]+\.?)(?:[ /,]+(?:[A-Z][A-Z.'’-]+|[A-Z][a-z]+\.?)){0,4})(?:,? ([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?))?(?:\s*\((` + wireAgencies + `)\)\s*(?:[—–]{1,2}|--|-)|\s*(?:[—–]{1,2}|--|-\s))|\((` + wireAgencies + `)\)\s*(?:[—–]{1,2}|--|-)|\(([A-Z][A-Za-z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})\)\s*(?:[—–]{1,2}|--|-\s))\s*\S`)
	titleSuffixRE = lazy.Regexp(`^(.+?)\s+[–—|-]\s+((?:The )?[A-Z][\w&.']*(?: (?:of|the|and|for|on|[A-Z][\w&.']*)){0,4})$`)
	// editionHourRE is the hour a bulletin's title gives before its
	// date: "1600 UTC", "10:30 GMT".
	editionHourRE = lazy.Regexp(`\s+(?:\d{4}|\d{1,2}:\d{2})\s+(?:UTC|GMT|EST|EDT|ET)$`)
	captionRE     = lazy.Regexp(`(?i)^in this\b[^.]{0,80}?\b(?:photo|image|picture|video|frame grab)\b[^.]{0,80}?,|\([^()]{0,60}?\b(?:photo|photograph|picture|image|video)s?(?: credit)? ?(?:by|:)[^)]*\)\s*$|/ ?(?:AFP|AP|Getty Images|Reuters|EPA|AP Photo)\)\s*$|^editors?['’]? note\b|^note\s*:|^(?:file|photo|image|caption|illustration|graphic|photograph|picture)\s*[-–—:]|\((?:AP|AFP|Reuters) Photo[^)]*\)\s*$|\b(?:photo|image|credit) (?:by|courtesy of)\b[^.]*$|^(?:credit|photo credit|image credit|courtesy)\s*:`)
	// creditTailRE is the last form of caption, a credit after the
	// sentence, "… in 2019. Photo: Jo Lee/VOA", "… Photo
	// courtesy:Lorenzo Gartorr": its words are 2 to 80 characters
	// without a colon (see isCaption).
	creditTailRE = lazy.Regexp(`(?i)[.)]\s*(?:Image|Photo|Picture|Credit|Source)s?(?: courtesy)?:\s*([^:]*)$`)
	creditRE     = lazy.Regexp(`^(?:Getty Images|AFP|AP|Reuters|Shutterstock|Photo|Image|EPA)(?:\s*/\s*[\w ]+)?$`)
)

// headlineLabel tells a label that names the headline: "Title",
// "Headline", and the newsroom's "Head" and "Hed" of a script's header.
func headlineLabel(label string) bool {
	switch strings.ToLower(label) {
	case "title", "headline", "head", "hed":
		return true
	}
	return false
}

// dashDated tells a page's own title that a dash or a colon sets off
// from its date, d, and the hour of its edition: "Daily Press Briefing -
// June 6, 2012", "Sky News Australia, AM Agenda—14 October 2014", "VOA
// English Newscast: 1600 UTC February 17, 2016" (its head three words or
// more: "Washington, DC - June 6, 2012" is a place and its date; nor is a
// release's label before a colon a title: "CDC Online Newsroom - Press
// Release: July 19, 2011").
func dashDated(p, d string) bool {
	head, ok := strings.CutSuffix(p, d)
	if !ok {
		return false
	}
	head = editionHourRE().ReplaceAllString(strings.TrimSpace(head), "")
	sep := lastRune(head)
	if sep != '-' && sep != '–' && sep != '—' && sep != ':' {
		return false
	}
	head = strings.TrimSpace(head[:len(head)-utf8.RuneLen(sep)])
	return countFields(head) >= 3 && (sep != ':' || !reportingNouns.Has(strings.ToLower(lastWord(head))))
}

// classify says what a paragraph is, noting metadata on the way. Until
// the title is found (beforeTitle), furniture and metadata may come
// first; the title is the first line that is neither.
//
// Each expression runs only on a paragraph holding words it cannot match
// without (a colon, " by ", "://"): most paragraphs are ruled out without
// one, and an expression no paragraph needs is never compiled.
func (t *Text) classify(p string, beforeTitle bool) kind {
	if m := labelLineRE.find(p); m != nil {
		// a scraped page's labels: "Title: …", "Date: …", "Content:"
		switch label := strings.ToLower(m[1]); {
		case headlineLabel(label):
			if beforeTitle && m[2] != "" {
				t.Title = m[2]
				return kindFurniture
			}
		case label == "date" || label == "published" || label == "posted" || label == "updated":
			if t.Meta.Date == "" {
				if d := dateRE().FindString(m[2]); d != "" {
					t.Meta.Date = d
				}
			}
			return kindFurniture
		case label == "byline" || label == "author":
			t.byline(m[2])
			return kindFurniture
		default:
			if m[2] == "" {
				return kindFurniture
			}
		}
	}
	if m := creditLineRE.find(p); m != nil {
		// a wire's credits at the end: "(Reporting by Jennifer Rigby;
		// Editing by Alison Williams)"
		t.byline(m[1])
		return kindFurniture
	}
	if m := urlLineRE.find(p); m != nil {
		if t.Meta.URL == "" {
			t.Meta.URL = m[1]
		}
		return kindFurniture
	}
	words := countFields(p)
	if words <= 14 && contactLine(p) {
		return kindFurniture
	}
	if words <= 14 {
		if m := bylineRE.find(p); m != nil && (!strings.ContainsAny(m[1], ".!?") || strings.Count(m[1], ".") <= 3 && words <= 8 || rankedByline(m[1])) {
			t.byline(m[1])
			return kindFurniture
		}
		if agencyRE().MatchString(p) {
			t.Meta.Agency = agencyName(p)
			return kindFurniture
		}
		// a date and five words at most besides, by fields or by words
		// (marks between them are no words: "• January 22, 2017   Published
		// ~ 7 years ago."), with no full stop unless the date opens it
		if d := dateRE().FindString(p); d != "" && words <= 10 && (!strings.HasSuffix(p, ".") || strings.HasPrefix(strings.TrimLeft(p, "•·-* "), d)) && (words-countFields(d) <= 5 || wordsIn(p)-wordsIn(d) <= 5) {
			if t.Meta.Date == "" {
				t.Meta.Date = d
			}
			if !beforeTitle || !dashDated(p, d) {
				return kindFurniture
			}
		}
	}
	switch {
	case words <= 6 && creditRE().MatchString(p), words <= 40 && isFurniture(p), words <= 80 && t.appeal(p), words <= 12 && siteBanner(p), words <= 40 && tagList(p):
		return kindFurniture
	case words <= 150 && mayBeCaption(p) && isCaption(p), words <= 60 && slashCredit(p), words <= 40 && licensedImage(p):
		return kindCaption
	case beforeTitle && words <= 30 && !endsSentence(p) && !isOwnLineLabel(p) && !dashDatelined(p):
		// a headline does not end with a full stop, nor is it a speaker's
		// label ("NEIL MITCHELL:") or a story's opening under its dateline
		// ("WASHINGTON, June 21, 2012- Agriculture Secretary Tom Vilsack
		// made the following statement on …:")
		return kindTitle
	case isHeading(p):
		return kindHeading
	}
	return kindBody
}

// tagList tells a page's line of tags: five items or more set off by
// commas, each of one to four capitalised words (small joining words
// between them) or a year, and no full stop: "Funding, Irish Aid,
// Minister Charles Flanagan, MoS Sean Sherlock, Press Releases, Africa,
// Ireland, 2015". Its names are the site's index, not the story's.
func tagList(p string) bool {
	items := strings.Split(strings.TrimSpace(p), ", ")
	if len(items) < 5 || endsSentence(p) {
		return false
	}
	for _, it := range items {
		f := strings.Fields(it)
		if len(f) == 0 || len(f) > 4 || !isCap(f[0]) && !(len(f) == 1 && isYear(f[0])) {
			return false
		}
		for _, w := range f[1:] {
			if !isCap(w) && !titleJoiners.Has(w) {
				return false
			}
		}
	}
	return true
}

// furniturePhrases mark a paragraph of page furniture wherever they are
// in it (isFurnitureLine knows the ones that are a whole line).
var furniturePhrases = []string{"your support", "commenting forum", "thought-provoking conversations",
	"email address will not be published", "required fields are marked", "sign up for our", "sign up to our",
	"sign up for email", "sign up to receive", "newsletter", "in your inbox", "to your inbox",
	"all rights reserved", "subscribe to", "cookie", "terms of use", "terms of service", "privacy policy",
	"forum has been closed", "there are no comments", "add a comment", "first to comment", "comments are closed",
	"play or pause", "arrows to seek",
	// an archive's notice over a page it keeps: "This page is a historical
	// archive and is no longer maintained.", "For current information,
	// please visit", "The links are no longer being updated."
	"is no longer maintained", "no longer being updated", "website is no longer updated", "for current information, please visit",
	"you are viewing archived content", "archived content:", "this is not the current",
	// a player's or a feed's notice: "No media source currently available", "Newer posts are loading."
	"no media source currently available", "posts are loading", "you are at the newest post",
	// a wiki's notice that a page is unreviewed, a blog's label index
	"there are no reviewed versions of this page", "showing posts with label",
	// a page's notice about the reader's browser: "Unsupported Browser
	// Detected", "please use a modern browser such as Chrome", "Your
	// browser doesn’t support HTML5", "Please enable JavaScript"
	"unsupported browser", "use a modern browser", "upgrade your browser", "browser is out of date",
	"browser does not support", "browser doesn’t support", "browser doesn't support",
	"enable javascript", "javascript is disabled", "javascript must be enabled"}

// isFurniture tells a paragraph of page furniture: a line such as
// "Related stories" or "Share this article", or one that speaks of
// newsletters, cookies or comments. The phrases are looked for as plain
// text, which is many times faster than one expression for both.
func isFurniture(p string) bool {
	l := strings.ToLower(strings.TrimSpace(p))
	return containsAny(l, furniturePhrases) && !quotesSomeone(p) || isFurnitureLine(p) || embeddedPost(p) || navigation(p) || bulletNumber(p) || syndicationNote(l)
}

// syndicationNote tells a copying site's note of where a story first ran
// and on what terms: "Originally posted by the Voice of America.",
// "Voice of America content is … in the public domain.", "Originally
// published by the Voice of America (www.voanews.com)." (not a story's
// "Originally published by Penguin in 1990, the book …").
// l is the paragraph in small letters, trimmed.
func syndicationNote(l string) bool {
	if strings.HasPrefix(l, "originally posted by ") || strings.HasPrefix(l, "originally published by ") {
		return countFields(l) <= 10 && strings.HasSuffix(l, ".") || containsAny(l, licenceTerms)
	}
	// or the terms alone: "Voice of America content is produced by … and
	// is in the public domain."
	return strings.Contains(l, "content") && (strings.Contains(l, "public domain") || strings.Contains(l, "creative commons")) && countFields(l) <= 50
}

// licenceTerms say on what terms a page may be copied.
var licenceTerms = []string{"public domain", "licence", "license", "creative commons"}

// bulletNumber tells a list item that is only a number, as a
// language-learning site numbers the sentences of a story between them:
// "• 6".
func bulletNumber(p string) bool {
	p = strings.TrimSpace(p)
	b := string(firstRune(p))
	if p == "" || !bulletOnly(b) {
		return false
	}
	n := strings.TrimSpace(p[len(b):])
	return n != "" && len(n) <= 3 && strings.IndexFunc(n, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// siteBanner tells a line that names a site and gives its address, no
// sentence: "- Global Voices - https://globalvoices.org -"; but not a
// post with its link, which a hashtag or Twitter's link shows ("Urgent
// looting in guayaquil ecuador – http://bit.ly/dycQoI #ireport").
func siteBanner(p string) bool {
	return strings.Contains(p, "://") && !endsSentence(p) && !strings.ContainsFunc(p, isMark) && !postLike(p) && !strings.Contains(p, "://t.co/")
}

// quotesSomeone tells a paragraph that quotes someone: words in marks,
// four or more, and a verb of speech among its words. Such a paragraph
// is the story's even when it speaks of a newsletter or of "your
// support" (“…,” said Dr. David Lafrenière, in a newsletter from the
// Gemini Observatory web page.), which page furniture never quotes.
func quotesSomeone(p string) bool {
	open := strings.IndexFunc(p, isMark)
	if open < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(p[open:])
	rest := p[open+size:]
	end := strings.IndexFunc(rest, isMark)
	if end < 0 || countFields(rest[:end]) < 4 {
		return false
	}
	for w := range strings.FieldsSeq(p) {
		if isSpeechVerb(strings.ToLower(strings.Trim(w, ".,;:!?\"“”'’"))) {
			return true
		}
	}
	return false
}

// embeddedPost tells a social-media post a page embeds, as its text
// prints: its picture's link ("… pic.twitter.com/E4IqkA080U") or its
// signature at the end ("— FC Goa (@FCGoaOfficial) November 1, 2018").
func embeddedPost(p string) bool {
	if f := lastFields(p, 1); len(f) > 0 && strings.HasPrefix(f[0], "pic.twitter.com/") {
		return true
	}
	i := strings.LastIndex(p, "(@")
	if i < 0 {
		return false
	}
	j := strings.IndexByte(p[i:], ')')
	if j < 0 {
		return false
	}
	date := strings.TrimSpace(p[i+j+1:])
	return date != "" && countFields(date) <= 3 && (dateRE().FindString(date) != "" || yearEnds(date)) && strings.ContainsAny(p[max(0, i-60):i], "—–-")
}

// yearEnds tells a date that ends with its year, in whatever language
// it names the month: "27 décembre 2017".
func yearEnds(date string) bool { return isYear(lastWord(date)) }

// isYear tells a year of the last two centuries written in figures.
func isYear(w string) bool {
	return len(w) == 4 && isNumber(w) && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// splitPosts parts an embedded post's words from the picture's link or
// the signature its copy ran into them, so that the words are read as a
// paragraph and the link is left out or the signature signs them: "… do
// administrador”? pic.twitter.com/cXVpanutQ8", "… com o satélite.— Bin
// Laden (@AqueleMortoVivo) December 27, 2017". A paragraph that is only
// the link or the signature is furniture, as isFurniture says.
func splitPosts(paras []Para) []Para {
	var out []Para
	for _, p := range paras {
		end, sig := postWords(p.Text)
		if end < 0 {
			out = append(out, p)
			continue
		}
		out = append(out, Para{Text: p.Text[:end], Line: p.Line, breaks: p.breaksFrom(0, end)})
		if sig >= 0 {
			out = append(out, Para{Text: p.Text[sig:], Line: p.LineAt(sig), breaks: p.breaksFrom(sig, len(p.Text))})
		}
	}
	return out
}

// postWords is where the words of an embedded post end in p, when they
// are four words or more (words with letters) before its picture's link
// or its signature, and where that signature starts (-1 for a link
// alone); -1, -1 when p is no such post.
func postWords(p string) (end, sig int) {
	if !embeddedPost(p) {
		return -1, -1
	}
	end, sig = len(p), -1
	if i := strings.LastIndex(p, "(@"); i > 0 && !strings.HasPrefix(lastWord(p), "pic.twitter.com/") {
		lead := max(0, i-60)
		d := -1
		for _, dash := range []string{"—", "–", " - "} {
			if k := strings.LastIndex(p[lead:i], dash); k >= 0 && lead+k > d {
				d = lead + k
			}
		}
		if d < 0 {
			return -1, -1
		}
		end, sig = d, d
		if p[d] == ' ' {
			sig = d + 1 // (" - Name (@handle) …": the signature from its dash)
		}
	}
	words := strings.TrimRight(p[:end], " ")
	if f := lastWord(words); strings.HasPrefix(f, "pic.twitter.com/") {
		words = strings.TrimRight(strings.TrimSuffix(words, f), " ")
	}
	if n := len(slices.DeleteFunc(strings.Fields(words), func(w string) bool { return !strings.ContainsFunc(w, unicode.IsLetter) })); n < 4 {
		return -1, -1 // (a score is no words: "JAM 4 - 1 GOA#NowWeRise pic.twitter.com/…")
	}
	return len(words), sig
}

// postSignature is the author's name that an embedded post's signature
// gives on a line of its own, under the post's words: "— Daniel Sais
// (@danielsais) April 17, 2016" → "Daniel Sais".
func postSignature(p string) (string, bool) {
	rest, ok := "", false
	for _, dash := range []string{"—", "–", "-"} {
		if rest, ok = strings.CutPrefix(strings.TrimSpace(p), dash); ok {
			break
		}
	}
	if !ok || !embeddedPost(p) {
		return "", false
	}
	name, _, _ := strings.Cut(rest, " (@")
	if name = strings.TrimSpace(name); name == "" || countFields(name) > 5 {
		return "", false
	}
	return name, true
}

// navigation tells a line of a page's links set between bars, "Match
// stats | Points table | Fixtures", or a breadcrumb trail of short
// links, the first of which may be its label: "Home > KarenAndrews >
// Transcripts > Interview", "您现在的位置: 广东快乐十分 > 在线广播 > VOA慢速英语
// > 正文". (A trail that ends with the page's own title is the title's
// line; see setTitle.)
func navigation(p string) bool {
	for _, sep := range append([]string{" | "}, crumbSeps...) {
		items := strings.Split(p, sep)
		if len(items) < 3 {
			continue
		}
		short := func(i int, it string) bool {
			if i == 0 && sep != " | " {
				if _, crumb, ok := strings.Cut(it, ":"); ok {
					it = crumb // "You are here: Home"
				}
			}
			n := countFields(it)
			return n > 0 && n <= 4 && !strings.ContainsAny(it, ".,;:!?\"“”")
		}
		all := true
		for i, it := range items {
			all = all && short(i, it)
		}
		if all {
			return true
		}
	}
	return false
}

// furnitureLines are lines of page furniture, matched whole and in any
// case, and furnitureOpeners lines that start so ("Related stories: …",
// "Read more about …").
var (
	furnitureLines = []string{"media caption", "media caption,", "image caption", "image caption,", "image source", "image source,", "latest news", "comment", "comments", "leave a reply", "back to top", "back to top button",
		"advertisement", "hide ad", "share", "share this", "share article", "share story", "share this article", "share this story",
		"(with inputs from agencies)", "accessibility links", "skip to content", "skip to main content", "breaking news",
		"print", "email", "toggle navigation", "menu", "search", "see all", "see all news", "embed", "connect with us", "xs", "sm", "md", "lg", "xl",
		"close", "jump to content"}
	furnitureOpeners = []string{"related", "audio by ", "listen to this article", "read more", "click here", "or login to", "or log in to", "compact version", "follow us", "more from ", "more:", "more news:", "see also:", "also read:", "read also:", "listen to the story", "watch the video", "click to play video",
		"skip directly to ", "skip to ", "jump to ", "from wikinews, the free news source", "donate today", "donate now", "category:", "categories:", "tag:", "tags:", "filed under:",
		// the banner over every US government site
		"an official website of the united states government", "here's how you know", "here’s how you know",
		"official websites use .gov", "secure .gov websites use https", "secure .mil websites use https",
		"a .gov website belongs to", "a .mil website belongs to", ".gov website belongs to", "a lock (",
		"you have accessed part of a historical collection"}
)

// isFurnitureLine tells a line that is page furniture as a whole: one of
// furnitureLines (a "Share" line may end in a colon), one that opens with
// one of furnitureOpeners, or "Share on" and a site's name. Cases are
// folded as Unicode folds them.
func isFurnitureLine(p string) bool {
	if strings.IndexByte(p, '\n') >= 0 {
		return false
	}
	for _, o := range furnitureOpeners {
		if _, ok := cutPrefixFold(p, o); ok {
			return true
		}
	}
	if site, ok := cutPrefixFold(p, "share on "); ok && site != "" && strings.IndexFunc(site, func(r rune) bool { return !isWordFold(r) }) < 0 {
		return true
	}
	for _, o := range []string{"find out more about ", "learn more about "} {
		if _, ok := cutPrefixFold(p, o); ok && countFields(p) <= 12 {
			return true // a link's line: "Find out more about the Open Government Licence [external website]" (not one glued to the story's first line)
		}
	}
	if rest, ok := cutPrefixFold(p, "read "); ok && countFields(p) <= 12 {
		rest = strings.TrimSuffix(rest, ".")
		if n := len(rest) - len(" here"); n >= 0 && strings.EqualFold(rest[n:], " here") {
			return true // a link's line: "Read the Taoiseach's full speech here."
		}
	}
	for _, l := range furnitureLines {
		if rest, ok := cutPrefixFold(p, l); ok && (rest == "" || rest == ":" && strings.HasPrefix(l, "share")) {
			return true
		}
	}
	return attachmentLine(p) || authorBox(p) || teaser(p)
}

// teaser tells a line cut off and linked to the page it teases, as a
// photo box sets its caption: "Photo By Tim Hipps | U.S. Army World Class
// Athlete Program Sgt. Justin "Harry" Lester wins his sixth...... read
// more read more".
func teaser(p string) bool {
	l := strings.ToLower(strings.TrimSpace(p))
	return strings.HasSuffix(l, "read more") && (strings.Contains(l, "...") || strings.Contains(l, "…"))
}

// authorBox tells a line of the box a blog sets about its writer: the
// picture's label, "Unknown's avatar", or its heading, "About Mohammed
// Yusuf" (a given name, then one or two more).
func authorBox(p string) bool {
	f := strings.Fields(p)
	if n := len(f); n >= 2 && n <= 4 && strings.EqualFold(f[n-1], "avatar") && (strings.HasSuffix(f[n-2], "'s") || strings.HasSuffix(f[n-2], "’s")) {
		return true
	}
	return len(f) >= 3 && len(f) <= 4 && f[0] == "About" && isGivenName(f[1]) && !slices.ContainsFunc(f[1:], func(w string) bool { return !isCap(w) })
}

// attachmentLine tells a short line that names a document file attached
// to the page: "00009358.pdf 2 Page(s)", "Download statement.docx
// (45 KB)".
func attachmentLine(p string) bool {
	f := strings.Fields(p)
	return len(f) <= 6 && slices.ContainsFunc(f, func(w string) bool {
		w = strings.ToLower(strings.Trim(w, "()[],;:"))
		return strings.HasSuffix(w, ".pdf") || strings.HasSuffix(w, ".doc") || strings.HasSuffix(w, ".docx") || strings.HasSuffix(w, ".rtf")
	})
}

// cutPrefixFold returns s without prefix when s starts
// with it in any case as Unicode folds it ("ſ" is an "s").
func cutPrefixFold(s, prefix string) (string, bool) {
	for _, pr := range prefix {
		r, size := utf8.DecodeRuneInString(s)
		if size == 0 || !equalFoldRune(r, pr) {
			return "", false
		}
		s = s[size:]
	}
	return s, true
}

// equalFoldRune tells two runes that are one letter in different cases.
func equalFoldRune(a, b rune) bool {
	for f := a; ; {
		if f == b {
			return true
		}
		if f = unicode.SimpleFold(f); f == a {
			return false
		}
	}
}

// isWordFold is a letter, a digit or an underscore of ASCII, or a letter
// that folds to one ("K", the Kelvin sign, is a "k").
func isWordFold(r rune) bool {
	return r < utf8.RuneSelf && (r == '_' || '0' <= r && r <= '9' || 'a' <= r|0x20 && r|0x20 <= 'z') ||
		r >= utf8.RuneSelf && (equalFoldRune(r, 'k') || equalFoldRune(r, 's'))
}

// publisherVoice tells text that speaks as "we", "our" or "us", in any
// case but the country's "US".
func publisherVoice(text string) bool {
	return slices.ContainsFunc(strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool {
		return w != "US" && (strings.EqualFold(w, "we") || strings.EqualFold(w, "our") || strings.EqualFold(w, "us"))
	})
}

// appealWords mark a publisher's appeal, in lower case: words about
// support for the publisher or about paying for it, never "support" or
// "on the ground" alone, which a minister's "supporting the work of our
// police" or "we will respond on the ground" use too (journalism, and
// giving, "donat", count only when the words ask something of the
// reader or speak of paying: see appeal).
var appealWords = []string{"your support", "support us", "paywall", "subscri"}

// containsAny tells whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isCaption tells a caption or a credit line by its form. The credit's
// length is counted here rather than by the expression, whose bounded
// repeat ({2,80}) would be most of what compiling captionRE costs.
func isCaption(p string) bool {
	if captionRE().MatchString(p) {
		return true
	}
	m := creditTailRE().FindStringSubmatch(p)
	if m == nil {
		return false
	}
	n := utf8.RuneCountInString(m[1])
	return n >= 2 && n <= 80
}

// licensedImage tells a caption that credits a picture under its
// licence, or used with permission: "Home-made barricades in West
// Kingston. By bbcworldservice, used under a Creative Commons Licence."
func licensedImage(p string) bool {
	l := strings.ToLower(p)
	if strings.ContainsFunc(p, isMark) {
		return false
	}
	if containsAny(l, []string{"with permission", "con permiso", "avec permission", "com permissão"}) && containsAny(l, []string{"photo", "foto", "image", "imagen", "picture"}) {
		return true // "Photo taken by photographer Gil Montaño (@gilmfoto), used with permission."
	}
	return strings.Contains(l, "creative commons") && (strings.Contains(l, "used under") || strings.Contains(l, "licen"))
}

// slashCredit tells a caption that ends with its photograph's credit,
// the photographer and the outlet set about a slash: "Mahoenui giant
// wētā come in two colour morphs. Robin Martin / RNZ", "… in a
// milk-bottle cap. RNZ/ Libby Kirkby-McLeod". Each side is one to four
// capitalised words.
func slashCredit(p string) bool {
	p = strings.TrimSpace(p)
	dot := strings.LastIndex(p, ". ")
	if dot < 0 || !strings.Contains(p[dot:], "/") {
		return false
	}
	a, b, _ := strings.Cut(p[dot+2:], "/")
	for _, side := range []string{a, b} {
		f := strings.Fields(side)
		if len(f) == 0 || len(f) > 4 {
			return false
		}
		for _, w := range f {
			if !unicode.IsUpper(firstRune(w)) || strings.ContainsAny(w, ".,;:!?\"“”") && !strings.HasSuffix(w, ".") {
				return false
			}
		}
	}
	return true
}

// creditLine tells a short line that credits a photograph or a
// recording: "Photo by Dr. Roger I. Glass", "Image: NASA", "Getty
// Images", "Audio by Cpl. Savannah Mosby".
func creditLine(p string) bool {
	p = strings.TrimSpace(p)
	if countFields(p) > 10 {
		return false
	}
	l := strings.ToLower(p)
	return creditRE().MatchString(p) || slices.ContainsFunc([]string{"photo by", "photo:", "photo credit", "photograph by", "photograph:", "image:", "image by", "image credit", "picture:", "picture by", "audio by", "video by", "credit:", "courtesy"},
		func(w string) bool { return strings.HasPrefix(l, w) })
}

// mayBeCaption is a cheap test that rules out most paragraphs before
// captionRE: a caption ends in a bracket, or names a photo, an image, a
// credit or an editor's note, or starts "FILE".
func mayBeCaption(p string) bool {
	if strings.HasSuffix(p, ")") || strings.HasPrefix(p, "FILE") || strings.HasPrefix(p, "File") {
		return true
	}
	l := strings.ToLower(p)
	for _, w := range []string{"photo", "image", "picture", "video", "credit", "courtesy", "editor", "caption", "source:", "illustration", "graphic", "note:"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// appeal tells a publisher's appeal ("Your support keeps our reporters
// on the ground") from copy: it speaks in the first person plural about
// support, journalism or subscriptions outside any quote.
func (t *Text) appeal(p string) bool {
	// (the rarer, cheaper tests first; giving is an appeal's only when it
	// asks the reader: a story tells of others "donating to relief
	// efforts")
	if _, _, post := handleLine(p); post {
		return false // "@acarvin: Killing reporters and citizen journalists won't stop us …": a post, its author's
	}
	if _, at, ok := turnLabel(p); ok {
		p = p[at:] // "JOURNALIST: … good morning to you. Can we get your reaction …": the label is no word about journalism
	}
	outside := blankSpans(p, findSpans(p))
	l := strings.ToLower(outside)
	asks := addressesReader(outside) || containsAny(l, []string{"support", " fund", "paid for", "afford"}) // (not "Journalism is not a crime. … we have been clear": words about journalists ask nothing)
	return (containsAny(l, appealWords) || strings.Contains(l, "journalis") && asks || strings.Contains(l, "donat") && addressesReader(outside)) && publisherVoice(outside)
}

// siteToReader tells paragraph i, a short one that is no speaker's turn,
// in which a site speaks of itself to its reader, outside any quotation:
// "we", "our" or "us", and "you" or an opening imperative ("To stay
// independent, free, and sustainable, our community needs the help of
// friends and readers like you.", "See all those languages up there? We
// translate …", "We report on 167 countries. … Watch the video »"). It
// opens no story.
func siteToReader(paras []Para, i int) bool {
	p := paras[i].Text
	if countFields(p) > 60 || i > 0 && isOwnLineLabel(strings.TrimSpace(paras[i-1].Text)) {
		return false
	}
	if _, _, ok := turnLabel(p); ok {
		return false
	}
	outside := blankSpans(p, findSpans(p))
	if !publisherVoice(outside) {
		return false
	}
	if addressesReader(outside) {
		return true
	}
	for _, at := range sentenceStarts(outside) {
		if w, _, _ := strings.Cut(outside[at:], " "); readerImperatives.Has(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// readerImperatives open a site's words to its reader: "See all those
// languages up there?", "Watch the video »".
var readerImperatives = lazy.Words(`see watch learn read click find`)

// addressesReader tells words that speak to the reader, as an appeal
// does: "you", "your", "please", or an opening imperative ("Donate",
// "Support", "Subscribe", "Help"), not a story that tells of others
// donating "to relief efforts" and keeping victims "in our thoughts".
func addressesReader(p string) bool {
	f := strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(f) > 0 && (f[0] == "donate" || f[0] == "support" || f[0] == "subscribe" || f[0] == "help" || f[0] == "join" || f[0] == "give") {
		return true
	}
	return slices.ContainsFunc(f, func(w string) bool { return w == "you" || w == "your" || w == "please" })
}

// phoneRE matches what may be a telephone number: "(202) 616-0189",
// "202-514-2007", "+44 20 7946 0958" (see contactLine).
var phoneRE = lazy.Regexp(`(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)|\d{2,4})[ .-]?\d{3,4}[ .-]\d{3,4}`)

// contactLine tells a press office's line of telephone numbers, with at
// most a few words of labels and names among them: "ENR (202) 616-0189
// TDD (202) 514-1888", "Press office: +44 20 7946 0958".
func contactLine(p string) bool {
	found := false
	rest := phoneRE().ReplaceAllStringFunc(p, func(m string) string {
		if countDigits(m) < 9 {
			return m // (a number in groups, "10 000 000", is no telephone's)
		}
		found = true
		return " "
	})
	return found && countFields(rest) <= 4 && !strings.ContainsAny(rest, ".!?")
}

// countDigits is how many digits s has.
func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// rankedByline tells the words after "By" that name a writer by rank,
// name and unit, every word in capitals or joining them and every full
// stop an abbreviation's: "Air Force Tech. Sgt. John Orrell National
// Guard Bureau" (not "the end of the day. Prices rose").
func rankedByline(who string) bool {
	f := strings.Fields(who)
	return len(f) >= 3 && !strings.ContainsAny(who, "!?;:") && !slices.ContainsFunc(f, func(w string) bool {
		return strings.HasSuffix(w, ".") && !isAbbrev(w) || !isCap(w) && !titleJoiners.Has(w)
	})
}

func (t *Text) byline(who string) {
	who = strings.TrimRight(strings.TrimSpace(who), ",.")
	if agencyRE().MatchString(who) {
		t.Meta.Agency = agencyName(who)
		return
	}
	if name, agency, ok := strings.Cut(who, ", "); ok && agencyRE().MatchString(agency) {
		t.Meta.Agency = agencyName(agency)
		who = name
	}
	if t.Meta.Byline == "" {
		t.Meta.Byline = who
	}
}

func agencyName(s string) string {
	m := agencyRE().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return strings.TrimSpace(s) // an agency of a dateline, as printed: "(VOA)", "(Bloomberg)"
	}
	switch strings.ToLower(m[1]) {
	case "ap", "associated press":
		return "The Associated Press"
	case "afp", "agence france-presse":
		return "Agence France-Presse"
	case "upi":
		return "United Press International"
	}
	return m[1]
}

// dateline reads the place a story is filed from at the start of its
// first paragraph ("SEOUL/TOKYO — North Korea said…", "WASHINGTON (AP) —
// …"), and the wire agency in brackets.
func (t *Text) dateline(p string) {
	m := datelineRE().FindStringSubmatch(p)
	if m == nil {
		if place, _, ok := colonDateline(p); ok {
			t.Meta.Dateline = place // "SINGAPORE: Law Minister Edwin Tong …"
		} else if place, _, ok := creditDateline(p); ok {
			t.Meta.Dateline = place // "ISLAMABAD, (UrduPoint / Pakistan Point News - 2nd Dec, 2022 ) :Minister …"
		} else if place, date, _, ok := datedDateline(p); ok {
			t.Meta.Dateline = place // "New Delhi, March 11 Taking a swipe …"
			if t.Meta.Date == "" {
				t.Meta.Date = date
			}
		}
		return
	}
	if m[5] != "" {
		t.Meta.Dateline = m[5] // "(Beirut) –"
		return
	}
	place := strings.TrimRight(m[1], " ,")
	city, _, _ := strings.Cut(place, ",")
	upper := strings.ToUpper(city) == city // "LAHAINA, Hawaii —"
	if !upper && m[3] == "" && m[4] == "" {
		return // "Police said — …" is a sentence, not a dateline
	}
	t.Meta.Dateline = place
	if m[2] != "" && t.Meta.Date == "" && monthAbbrev(m[2]) {
		t.Meta.Date = m[2] // "GENEVA, March 12 (Reuters) -"
	}
	if agency := cmp.Or(m[3], m[4]); agency != "" && t.Meta.Agency == "" {
		t.Meta.Agency = agencyName(agency)
	}
}

// monthAbbrev tells whether a date opens with a month's name or its
// abbreviation ("March 12", "Sept. 3").
func monthAbbrev(d string) bool {
	m := strings.ToLower(strings.TrimRight(strings.Fields(d)[0], "."))
	for _, month := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if len(m) >= 3 && strings.HasPrefix(month, m) || m == "sept" {
			return true
		}
	}
	return false
}

// datedDateline reads a dateline that gives a place and a date and no
// dash, as Indian wire copy sets it: "New Delhi, March 11 Taking a swipe
// at …". It returns the place, the date and where the story starts.
func datedDateline(p string) (place, date string, rest int, ok bool) {
	m := datedDatelineRE().FindStringSubmatchIndex(p)
	if m == nil || !monthAbbrev(p[m[4]:m[5]]) {
		return "", "", 0, false
	}
	return p[m[2]:m[3]], p[m[4]:m[5]], m[1] - 1, true
}

var datedDatelineRE = lazy.Regexp(`^((?:[A-Z][a-z]+|[A-Z]{2,})(?: (?:[A-Z][a-z]+|[A-Z]{2,})){0,2}), ([A-Z][a-z]{2,8}\.? \d{1,2}) [A-Z]`)

// withoutDateline is a first paragraph without its dateline: "WASHINGTON
// (AP) — The Senate …" → "The Senate …".
func withoutDateline(p string) string {
	if _, rest, ok := colonDateline(p); ok {
		return p[rest:]
	}
	if _, rest, ok := creditDateline(p); ok {
		return p[rest:]
	}
	if _, _, rest, ok := datedDateline(p); ok {
		return p[rest:]
	}
	if m := dashDateline(p); m != nil {
		return p[m[1]-1:] // the match ends with the paragraph's first letter
	}
	return p
}

// dashDatelined tells a paragraph that opens with a dateline set before a
// dash that gives a date or an agency: a story's first paragraph, never
// its headline ("WASHINGTON, June 21, 2012- Agriculture Secretary Tom
// Vilsack made the following statement …:"). A place alone before a dash
// may open a headline ("FLORIDA — …"), and so may a place in capitals
// before a colon ("REVEALED: …").
func dashDatelined(p string) bool {
	m := dashDateline(p)
	return m != nil && (m[4] >= 0 || m[6] >= 0 || m[8] >= 0)
}

// dashDateline matches the dateline set before a dash (see datelineRE)
// that p opens with: the indexes of datelineRE's match and groups, or nil.
func dashDateline(p string) []int {
	m := datelineRE().FindStringSubmatchIndex(p)
	if m == nil || m[3]-m[2] > 0 && strings.ToUpper(p[m[2]:m[3]]) != p[m[2]:m[3]] && m[6] < 0 && m[4] < 0 && !townInCapitals(p[m[2]:m[3]]) && !townAndCountry(p[m[2]:m[3]], p[m[3]:]) {
		// (a place in small letters before a dash is a dateline with a
		// date: "Washington, D.C., June 9, 2005 - Voice of America …")
		return nil
	}
	return m
}

// townAndCountry tells a dateline in small letters that gives a town and
// its country or state before a dash, as Al Jazeera sets its datelines:
// "Abuja, Nigeria – The main opposition …". (A place alone before a dash
// may open a headline: "Florida – …".)
func townAndCountry(place, after string) bool {
	town, country, ok := strings.Cut(place, ", ")
	a := strings.TrimLeft(after, " ")
	return ok && countFields(town) <= 3 && countFields(country) <= 2 && !strings.Contains(country, ",") &&
		(strings.HasPrefix(a, "–") || strings.HasPrefix(a, "—") || strings.HasPrefix(a, "- ")) // (a hyphen set as a dash: "Washington, D.C. - This evening, …")
}

// townInCapitals tells a dateline's place whose town is set in capitals
// and its country or state not, its comma lost: "MANILA Philippines".
func townInCapitals(place string) bool {
	f := strings.Fields(place)
	return len(f) >= 2 && len(f) <= 3 && len(f[0]) >= 3 && strings.ToUpper(f[0]) == f[0] && unicode.IsLetter(firstRune(f[0]))
}

// colonDateline reads the dateline some outlets set with a colon: a
// place in capitals, then the story's first sentence ("SINGAPORE: Law
// Minister Edwin Tong on Saturday slammed …", "NEW DELHI: …"). A
// transcript's label looks the same, so the place must not be a
// speaker's ("MR PRICE:", "QUESTION:", "ANTHONY ALBANESE:", "PRIME
// MINISTER:") and a long sentence must follow. It gives the place and
// the offset where the sentence starts. (Initials, "AA:", are a label.)
func colonDateline(p string) (place string, rest int, ok bool) {
	head, tail, found := strings.Cut(p, ": ")
	if len(head) > 100 {
		return "", 0, false // (no place of three words: not worth splitting a long sentence's words)
	}
	f := strings.Fields(head)
	if !found || len(f) == 0 || len(f) > 3 || len(head) < 3 || strings.ToUpper(head) != head || !strings.ContainsFunc(head, unicode.IsLetter) {
		return "", 0, false
	}
	for _, w := range f {
		if !isUpperWord(w) || isGivenName(w) || labelWords.Has(strings.Trim(w, ".")) {
			return "", 0, false
		}
	}
	if words := strings.Fields(tail); len(words) < 12 || !unicode.IsUpper(firstRune(tail)) {
		return "", 0, false
	}
	return head, len(head) + 2, true
}

// creditDateline reads a dateline of a place in capitals and a credit in
// brackets before a colon, as Pakistani wire copy sets it:
// "ISLAMABAD, (UrduPoint / Pakistan Point News - 2nd Dec, 2022 ) :Minister
// for Defense …" (the credit at most 80 bytes, the place three words).
// It returns the place and where the story starts.
func creditDateline(p string) (place string, rest int, ok bool) {
	head, tail, found := strings.Cut(p, ", (")
	f := strings.Fields(head)
	if !found || len(f) == 0 || len(f) > 3 || !slices.ContainsFunc(f, func(w string) bool { return isUpperWord(w) && len(w) > 1 }) ||
		slices.ContainsFunc(f, func(w string) bool { return !isUpperWord(w) || labelWords.Has(strings.Trim(w, ".")) }) {
		return "", 0, false
	}
	end := strings.IndexByte(tail, ')')
	if end < 0 || end > 80 || strings.IndexByte(tail[:end], '(') >= 0 {
		return "", 0, false
	}
	after := strings.TrimLeft(tail[end+1:], " ")
	story, ok := strings.CutPrefix(after, ":")
	if !ok {
		return "", 0, false
	}
	story = strings.TrimLeft(story, " ")
	if !unicode.IsUpper(firstRune(story)) {
		return "", 0, false
	}
	return head, len(p) - len(story), true
}

// isUpperWord tells a word of a place in capitals: letters, with dots,
// hyphens, apostrophes or a slash ("ST. LOUIS", "SEOUL/TOKYO").
func isUpperWord(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsUpper(r) && !strings.ContainsRune(".-'’/", r) }) < 0
}

// labelWords are the capitals a transcript's label may be made of, which
// no dateline's place is.
var labelWords = lazy.Words(`Q A QUESTION ANSWER MODERATOR OPERATOR HOST ANCHOR REPORTER INTERVIEWER MR MRS MS DR
SEN REP PRESIDENT SECRETARY MINISTER PRIME GOVERNOR SPEAKER CHAIRMAN CHAIR UPDATE BREAKING NOTE EDITOR
WATCH READ ALSO PHOTO VIDEO LIVE EXCLUSIVE OPINION ANALYSIS AUDIENCE PARTICIPANT NARRATOR THE`)

// endsSentence tells a paragraph that ends with a full stop, perhaps
// inside a quotation's closing mark: "… stay indoors after dark.”"
func endsSentence(p string) bool {
	return strings.HasSuffix(strings.TrimRight(p, "”\"’'"), ".") && (strings.HasSuffix(p, ".") || strings.ContainsAny(p, "“\"") && wordsIn(p) > 8)
}

// isHeading tells a crosshead ("Who are ISIS-K?") from copy: a short line
// that does not end a sentence, or asks a question.
func isHeading(p string) bool {
	if _, _, ok := turnLabel(p); ok {
		return false // a transcript's turn: "Jim Blake: Yes! (laughter)"
	}
	if _, _, ok := handlePrefix(strings.TrimSpace(p)); ok {
		return false // a post under its author's handle: "@nawaranegm [6]: Is the match over?"
	}
	if strings.Contains(p, ", ") && endsOnFunctionWord(p) {
		return false // a sentence a page broke off: "Caroline Abrahams CBE, charity director at" / "Age UK, said: …"
	}
	if i := strings.LastIndex(p, " ("); i > 0 && strings.HasSuffix(p, ")") {
		p = p[:i] // "… eh! (laughter)": the sentence before the bracket ends it
	}
	last := lastRune(p)
	if end := strings.TrimRight(p, "'’"); end != p && strings.ContainsRune(".!,", lastRune(end)) {
		return false // a sentence quoted in single marks: "'They should be really proud of themselves.'"
	}
	f := strings.Fields(p)
	if len(f) > 9 || strings.ContainsFunc(p, isMark) || strings.ContainsRune("—–-•*·▪●◦", firstRune(p)) {
		return false // a dash opens a quote's signature, and a bullet an item of a list, not a crosshead
	}
	for _, w := range f {
		if isSpeechVerb(strings.ToLower(strings.Trim(w, ",.:;"))) {
			return false // a sentence, perhaps cut short
		}
	}
	if strings.Contains(p, ", ") && slices.ContainsFunc(f, clauseVerbs.Has) {
		return false // a clause after an opening phrase, a sentence cut off at the page's end: "Without urgent action, our oceans will be irreversibly destroyed"
	}
	return last == '?' || !strings.ContainsRune(".”\"!:’»", last)
}

// guarded is an expression with a cheap test of what it cannot match
// without: may is false for every text re does not match. The test costs a
// fraction of running the expression, and an expression no paragraph
// passes the test for is never compiled. TestGuards holds each test to
// its expression.
type guarded struct {
	re  func() *regexp.Regexp
	may func(string) bool
}

// find returns the submatches of the expression in s, or nil.
func (g guarded) find(s string) []string {
	if !g.may(s) {
		return nil
	}
	return g.re().FindStringSubmatch(s)
}

// The guarded expressions of classify and notice.
var (
	labelLineRE = guarded{
		re:  lazy.Regexp(`^(?i)(title|headline|head|hed|date|published|posted|updated|byline|author|content|body|text|article|summary)\s*:\s*(.*)$`),
		may: func(s string) bool { return strings.Contains(s, ":") },
	}
	creditLineRE = guarded{
		re:  lazy.Regexp(`^\(?(?:Reporting|Writing|Reported|Written) by ([^;)]+?)(?:;[^)]*)?\)?\.?$`),
		may: func(s string) bool { return strings.Contains(s, " by ") },
	}
	urlLineRE = guarded{
		re:  lazy.Regexp(`(?i)^(?:#\s*)?(?:(?:source|url|link|from|original(?: article)?|canonical)\s*:\s*)?<?(https?://[^\s>]+)>?$`),
		may: func(s string) bool { return strings.Contains(s, "://") },
	}
	bylineRE = guarded{
		re:  lazy.Regexp(`^(?i:by)(?::\s*|\s+)([^|]+?)\s*(?:[|·•].*)?$`),
		may: func(s string) bool { return hasPrefixFold(s, "by") },
	}
	publishedByRE = guarded{
		re:  lazy.Regexp(`(?i)^this (?:story|article) (?:was|is) (?:originally )?(?:published|written) by ([^.]+?)\.?$`),
		may: func(s string) bool { return hasPrefixFold(s, "this ") },
	}
	viaRE = guarded{
		re:  lazy.Regexp(`(?i)^according to (?:the news on|a report (?:by|on)) ([^.]+?)\.?$`),
		may: func(s string) bool { return hasPrefixFold(s, "according to ") },
	}
	copyDomainRE = guarded{
		re:  lazy.Regexp(`(?i)^source:\s*(?:https?://)?(?:www\.)?([a-z0-9-]+)\.[a-z.]+/?\S*$`),
		may: func(s string) bool { return hasPrefixFold(s, "source:") },
	}
	selfOutletRE = guarded{
		re: lazy.Regexp(`\b((?:The )?[A-Z][a-z]+(?: [A-Z][a-z]+)?) is (?:trusted by|on the ground)\b|\b(?:Subscribe to|In this episode of) (The [A-Z][a-z]+(?: [A-Z][a-z]+)?)[,.:;]`),
		may: func(s string) bool {
			return containsAny(s, []string{" is trusted by", " is on the ground", "Subscribe to ", "In this episode of "})
		},
	}
)

// hasPrefixFold tells s that starts with prefix, which is ASCII, in any
// case as Unicode folds it.
func hasPrefixFold(s, prefix string) bool {
	_, ok := cutPrefixFold(s, prefix)
	return ok
}

// notice records what a line says about the article's origin.
func (t *Text) notice(p string) {
	if m := publishedByRE.find(p); m != nil {
		t.Outlet = m[1]
	}
	if m := viaRE.find(p); m != nil {
		t.Via = m[1]
	}
	if m := copyDomainRE.find(p); m != nil {
		t.CopyDomain = m[1]
	}
	if t.Outlet == "" {
		if m := selfOutletRE.find(p); m != nil {
			t.Outlet = m[1] + m[2]
		}
	}
}
