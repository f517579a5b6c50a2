package briefing

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/briefing/internal/lazy"
	"github.com/briefing-dev/briefing/briefing/internal/marks"
	"github.com/briefing-dev/briefing/briefing/internal/space"
	"github.com/briefing-dev/briefing/briefing/speech"
)

// CueKind says what a cue is on air.
type CueKind string

// The cue kinds of script markup.
const (
	// Read is copy read by a speaker (usually the host).
	Read CueKind = "read"
	// QuoteRead is a quote read aloud by the host, attributed.
	QuoteRead CueKind = "quote"
	// Clip is a recording of the quoted speaker's own voice.
	Clip CueKind = "clip"
	// Music is a bed, theme or transition of fixed length.
	Music CueKind = "music"
	// Sting is a short jingle or sound of fixed length.
	Sting CueKind = "sting"
	// Note is a production note: neither read nor timed.
	Note CueKind = "note"
)

// Cue is one item of a script: a paragraph read by a speaker, a quote, a
// clip, music or a note, with the research behind it and, once timed, its
// start and length.
type Cue struct {
	Kind CueKind
	// Speaker reads the cue, or is heard in a clip; nil for music, stings
	// and notes.
	Speaker *Speaker
	// Quote is the fact-sheet quote of a quote or clip cue.
	Quote *Quote
	// Text is what is said (or, for music and notes, the description),
	// with provenance markers removed.
	Text string
	// In and Out are a clip's first and last words, as a studio cues it.
	In, Out string
	// Facts are the fact and figure ids behind the cue, in order of first
	// mention; Sources are the source ids behind those.
	Facts   []string
	Sources []string
	// Stated is the length written in the script or the fact sheet for a
	// clip, music or sting; zero when the length is estimated.
	Stated time.Duration
	// Line is the cue's first line in the segment's rendered script.
	Line int

	Start    time.Duration // from the top of the show
	Duration time.Duration

	sheet *FactSheet // whose pronouncers the host's copy prints
	// pronounce are the pronouncers the host's copy prints in this cue:
	// each word's first use in its segment (markPronouncers).
	pronounce speech.Pronunciations
}

// The cue as output templates print it, computed when asked, never
// stored: output templates print rather than compute.

// At is the cue's start as m:ss.
func (c *Cue) At() string { return Clock(c.Start) }

// Length is the cue's running time as m:ss.
func (c *Cue) Length() string { return Clock(c.Duration) }

// Label names the cue in a rundown: "SIEBERT", "CLIP BARTON", "QUOTE
// KURILLA" (the host reads Kurilla's words), "MUSIC", "NOTE".
func (c *Cue) Label() string {
	switch c.Kind {
	case Music, Sting, Note:
		return strings.ToUpper(string(c.Kind))
	case Clip:
		return "CLIP " + strings.ToUpper(c.Speaker.ShortName())
	case QuoteRead:
		// The host reads someone else's words: whose, as a clip says.
		if c.Quote != nil && c.Quote.Speaker != nil && c.Quote.Speaker != c.Speaker {
			return "QUOTE " + strings.ToUpper(c.Quote.Speaker.ShortName())
		}
	}
	return strings.ToUpper(c.Speaker.ShortName())
}

// Copy is the text as the host's copy prints it: what the host reads has
// the fact sheet's pronouncers after the first use of each word.
func (c *Cue) Copy() string {
	if c.Kind == Read || c.Kind == QuoteRead {
		return c.pronounce.Annotate(c.Text)
	}
	return c.Text
}

// markPronouncers gives each read cue of a segment the pronouncers its
// copy prints: a word's respelling is printed at its first use in the
// segment, not in every cue that says it again.
func markPronouncers(cues []*Cue, p speech.Pronunciations) {
	done := map[string]bool{}
	for _, c := range cues {
		if c.Kind != Read && c.Kind != QuoteRead {
			continue
		}
		for _, word := range p.Used(c.Text) {
			if !done[word] {
				done[word] = true
				if c.pronounce == nil {
					c.pronounce = speech.Pronunciations{}
				}
				c.pronounce[word] = p[word]
			}
		}
	}
}

// Provenance says what the cue rests on ("facts: a, b · sources: x, y"),
// empty when nothing.
func (c *Cue) Provenance() string {
	var parts []string
	if len(c.Facts) > 0 {
		parts = append(parts, "facts: "+strings.Join(c.Facts, ", "))
	}
	if len(c.Sources) > 0 {
		parts = append(parts, "sources: "+strings.Join(c.Sources, ", "))
	}
	return strings.Join(parts, " · ")
}

// scriptError is a problem in rendered script markup, with the line of the
// rendered script and the text that caused it, so that the caller can find
// where a template or a fact sheet wrote it.
type scriptError struct {
	line    int
	snippet string
	msg     string
}

var (
	refRE  = lazy.Regexp(`\[#([a-z0-9][a-z0-9_-]*)(?:@([a-z0-9][a-z0-9_-]*))?\]`)
	spanRE = lazy.Regexp(`“([^”]*)”|"([^"]*)"`)
)

// ParseScript reads script markup into cues. Paragraphs, separated by blank
// lines, are cues; a paragraph's first line says what it is:
//
//	siebert: Text read by the speaker with id siebert. [#fact-id]
//	QUOTE siebert quote-id: As Barton puts it, “the quote's exact words.”
//	CLIP barton quote-id 14s: The words heard in the clip.
//	MUSIC 8s: theme up, then under
//	STING 3s: news sting
//	NOTE: production note, not read and not timed
//
// A paragraph without a header is read by host. [#id] marks the fact or
// figure a sentence rests on, [#figure@source] the report of a figure it
// uses; markers are removed from the text. Problems are positioned at the
// script's lines (Path is empty: the script is text in memory).
func ParseScript(script string, sheet *FactSheet, host *Speaker) ([]*Cue, Problems) {
	cues, errs := parseScript(script, sheet, host)
	var probs Problems
	for _, e := range errs {
		probs = append(probs, Problem{Line: e.line, Message: e.msg})
	}
	return cues, probs
}

// parseScript is ParseScript, its problems carrying the text that caused
// them, so that Render can find where a template or a fact sheet wrote it.
func parseScript(script string, sheet *FactSheet, host *Speaker) ([]*Cue, []scriptError) {
	p := scriptParser{sheet: sheet, host: host}
	lines := strings.Split(script, "\n")
	start, para := 0, []string(nil)
	flush := func() {
		if len(para) > 0 {
			p.paragraph(start+1, para)
		}
		para = nil
	}
	for i, ln := range lines {
		ln = strings.TrimRightFunc(ln, unicode.IsSpace)
		if strings.TrimSpace(ln) == "" {
			flush()
			continue
		}
		if para == nil {
			start = i
		}
		para = append(para, strings.TrimSpace(ln))
	}
	flush()
	return p.cues, p.errs
}

type scriptParser struct {
	sheet *FactSheet
	host  *Speaker
	cues  []*Cue
	errs  []scriptError
}

func (p *scriptParser) fail(line int, snippet, format string, args ...any) {
	p.errs = append(p.errs, scriptError{line: line, snippet: snippet, msg: fmt.Sprintf(format, args...)})
}

func (p *scriptParser) paragraph(line int, para []string) {
	first := para[0]
	rest := strings.Join(para[1:], " ")
	c := &Cue{Line: line, sheet: p.sheet}
	if kw, header, ok := keywordLine(first); ok {
		args, text, ok := splitHeader(header)
		if !ok {
			p.fail(line, first, "%s needs a colon after its arguments, e.g. %q", kw, headerExample[kw])
			return
		}
		c.Text = joinText(text, rest)
		if !p.keyword(c, kw, args, first) {
			return
		}
	} else if id, text, ok := speakerLine(first); ok {
		c.Kind = Read
		c.Text = joinText(text, rest)
		sp, err := p.sheet.Speaker(id)
		if err != nil {
			p.fail(line, id+":", "unknown speaker %q%s", id, suggest(id, mapKeys(p.sheet.speakers)))
			return
		}
		c.Speaker = sp
	} else {
		c.Kind = Read
		c.Text = joinText(first, rest)
		c.Speaker = p.host
		if p.host == nil {
			p.fail(line, first, "a paragraph without a speaker needs a host (add hosts: to the fact sheet or start the paragraph with \"id:\")")
			return
		}
	}
	if !p.refs(c, first) {
		return
	}
	if c.Text == "" && c.Kind != Music && c.Kind != Sting {
		p.fail(line, first, "%s cue has no text", c.Kind)
		return
	}
	if c.Kind == Clip {
		c.In, c.Out = inOut(c.Text)
	}
	p.cues = append(p.cues, c)
}

// keywordLine reads a cue's first line that opens with a keyword in
// capitals (QUOTE, CLIP, MUSIC, STING, NOTE): the keyword, and the rest of
// the line, which is empty or starts with white space or a colon.
func keywordLine(s string) (kw, header string, ok bool) {
	for _, kw := range cueKeywords {
		if rest, found := strings.CutPrefix(s, kw); found && (rest == "" || strings.IndexByte(":"+perlSpace, rest[0]) >= 0 && strings.IndexByte(rest[1:], '\n') < 0) {
			return kw, rest, true
		}
	}
	return "", "", false
}

// cueKeywords open the cues that are not read by a speaker.
var cueKeywords = [...]string{"QUOTE", "CLIP", "MUSIC", "STING", "NOTE"}

// speakerLine reads a cue's first line that opens with a speaker's id and
// a colon ("kugelman: The group…"): the id, and the words after the white
// space that follows the colon. There are none after a bare "id:".
func speakerLine(s string) (id, text string, ok bool) {
	id, rest, found := strings.Cut(s, ":")
	if !found || !validID(id) || id[0] < 'a' || id[0] > 'z' {
		return "", "", false
	}
	text = strings.TrimLeft(rest, perlSpace)
	if text == rest && rest != "" || strings.IndexByte(text, '\n') >= 0 {
		return "", "", false // "id:x", or a second line
	}
	return id, text, true
}

// perlSpace is the white space of a regular expression's \s.
const perlSpace = " \t\n\f\r"

var headerExample = map[string]string{
	"QUOTE": "QUOTE host-id quote-id: text", "CLIP": "CLIP speaker-id quote-id 14s: words",
	"MUSIC": "MUSIC 8s: theme", "STING": "STING 3s: sting", "NOTE": "NOTE: text",
}

// splitHeader splits "args: text" at the first colon that ends a word, so
// that clock lengths such as 1:30 stay in the arguments.
func splitHeader(s string) (args []string, text string, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t') {
			return strings.Fields(s[:i]), strings.TrimSpace(s[i+1:]), true
		}
	}
	return nil, "", false
}

// joinText joins two pieces of a cue's text with single spaces.
func joinText(a, b string) string {
	switch {
	case b == "":
		return space.Collapse(a)
	case a == "":
		return space.Collapse(b)
	}
	return space.Collapse(a + " " + b)
}

// keywordArgs is the fewest and most arguments each header takes.
var keywordArgs = map[string][2]int{"QUOTE": {2, 2}, "CLIP": {2, 3}, "MUSIC": {1, 1}, "STING": {1, 1}, "NOTE": {0, 0}}

// keyword fills a cue from a QUOTE, CLIP, MUSIC, STING or NOTE header.
func (p *scriptParser) keyword(c *Cue, kw string, args []string, first string) bool {
	line := c.Line
	want := keywordArgs[kw]
	if len(args) < want[0] || len(args) > want[1] {
		p.fail(line, first, "%s takes %s; write %q", kw, argCount(want), headerExample[kw])
		return false
	}
	switch kw {
	case "NOTE":
		c.Kind = Note
		return true
	case "MUSIC", "STING":
		c.Kind = Music
		if kw == "STING" {
			c.Kind = Sting
		}
		d, err := ParseDuration(args[0])
		if err != nil {
			p.fail(line, first, "%s length: %v", kw, err)
			return false
		}
		c.Stated = d
		return true
	}
	sp, err := p.sheet.Speaker(args[0])
	if err != nil {
		p.fail(line, args[0], "unknown speaker %q%s", args[0], suggest(args[0], mapKeys(p.sheet.speakers)))
		return false
	}
	q, err := p.sheet.Quote(args[1])
	if err != nil {
		p.fail(line, args[1], "unknown quote %q%s", args[1], suggest(args[1], mapKeys(p.sheet.quotes)))
		return false
	}
	c.Speaker, c.Quote = sp, q
	if kw == "QUOTE" {
		c.Kind = QuoteRead
		spoken := quotedWords(c.Text)
		if !SameWords(spoken, q.Text) {
			p.fail(line, c.Text, "quote %q does not match the fact sheet word for word: %s", q.ID, wordDiff(spoken, q.Text))
			return false
		}
		if q.Partial && !insideSentence(c.Text) {
			p.fail(line, c.Text, "quote %q is partial (a phrase, not a sentence): read it as the end of a sentence of the host's, after the words it completes and in quotation marks (not after a colon or a full stop), e.g. She said the plan would “in as little as six months.”", q.ID)
			return false
		}
		return true
	}
	c.Kind = Clip
	if q.Speaker != sp {
		p.fail(line, first, "quote %q is by %q, not %q; a clip plays the quoted speaker", q.ID, q.Speaker.ID, sp.ID)
		return false
	}
	if q.Airs != "clip" {
		p.fail(line, first, "quote %q airs as a read (no recording); use QUOTE, or set airs: clip in the fact sheet", q.ID)
		return false
	}
	if !SameWords(c.Text, q.Text) {
		p.fail(line, c.Text, "clip %q does not match the fact sheet word for word: %s", q.ID, wordDiff(c.Text, q.Text))
		return false
	}
	c.Stated = q.Length
	if len(args) == 3 {
		d, err := ParseDuration(args[2])
		if err != nil {
			p.fail(line, first, "CLIP length: %v", err)
			return false
		}
		c.Stated = d
	}
	return true
}

func argCount(w [2]int) string {
	if w[0] == w[1] {
		return fmt.Sprintf("%d argument(s)", w[0])
	}
	return fmt.Sprintf("%d or %d arguments", w[0], w[1])
}

// refs takes the [#id] markers out of the text and resolves them.
func (p *scriptParser) refs(c *Cue, first string) bool {
	ok := true
	addSrc := func(id string) { // a cue names a few sources: a list is quicker than a set
		if !slices.Contains(c.Sources, id) {
			c.Sources = append(c.Sources, id)
		}
	}
	if c.Quote != nil && c.Quote.Source != nil {
		addSrc(c.Quote.Source.ID)
	}
	if !strings.Contains(c.Text, "[#") {
		return true
	}
	var rest strings.Builder // the text without its markers
	last := 0
	for _, ix := range refRE().FindAllStringSubmatchIndex(c.Text, -1) {
		rest.WriteString(c.Text[last:ix[0]])
		if openMarker(rest.String()) {
			rest.WriteByte(' ') // "[#[#f1]0]", "[[#f1]#0]": what is left around a marker must not join into another
		}
		last = ix[1]
		m := [3]string{c.Text[ix[0]:ix[1]], c.Text[ix[2]:ix[3]]}
		if ix[4] >= 0 {
			m[2] = c.Text[ix[4]:ix[5]]
		}
		id, src := m[1], m[2]
		if fc, err := p.sheet.Fact(id); err == nil {
			if src != "" {
				p.fail(c.Line, m[0], "%s: only a figure takes @source; fact %q lists its sources in the fact sheet", m[0], id)
				ok = false
				continue
			}
			for _, s := range fc.Sources {
				addSrc(s.ID)
			}
		} else if fg, err := p.sheet.Figure(id); err == nil {
			if src == "" && len(fg.Reports) > 1 {
				p.fail(c.Line, m[0], "%s: say which report of figure %q the script uses, e.g. [#%s@%s] (a marker for each report it gives)", m[0], id, id, fg.Reports[0].Source.ID)
				ok = false
				continue
			} else if src == "" {
				addSrc(fg.Reports[0].Source.ID)
			} else if _, err := fg.Report(src); err != nil {
				p.fail(c.Line, m[0], "%s: %v", m[0], err)
				ok = false
				continue
			} else {
				addSrc(src)
			}
		} else {
			known := append(mapKeys(p.sheet.facts), mapKeys(p.sheet.figures)...)
			p.fail(c.Line, m[0], "%s: no fact or figure %q%s", m[0], id, suggest(id, known))
			ok = false
			continue
		}
		if !slices.Contains(c.Facts, id) {
			c.Facts = append(c.Facts, id)
		}
	}
	rest.WriteString(c.Text[last:])
	c.Text = spaceBeforeStop.Replace(space.Collapse(rest.String()))
	return ok
}

// openMarker tells text that ends inside a marker's opening, a "[" or a
// "[#" and no space or "]" after it, which the text after a marker taken
// out could otherwise close into a marker of its own. It is asked of the
// text kept so far, so that markers taken out one after another
// ("[[#f1][#f1]#0]") cannot join either.
func openMarker(text string) bool {
	if strings.HasSuffix(text, "[") {
		return true
	}
	i := strings.LastIndex(text, "[#")
	return i >= 0 && !strings.ContainsAny(text[i:], " ]")
}

// spaceBeforeStop takes out the space a marker left before a full stop or
// a comma.
var spaceBeforeStop = strings.NewReplacer(" .", ".", " ,", ",")

// quotedWords returns the words inside quotation marks, or the whole text
// when it has none, so that "Barton says, “…”" checks only the quote.
func quotedWords(text string) string {
	spans := spanRE().FindAllStringSubmatch(text, -1)
	if len(spans) == 0 {
		return text
	}
	var parts []string
	for _, s := range spans {
		parts = append(parts, s[1]+s[2])
	}
	return strings.Join(parts, " ")
}

// insideSentence reports whether a quote cue's text reads its quotation
// as part of a sentence: the quotation marks open after words of the
// host's that do not end with a colon or a sentence end, so that a phrase
// is never presented as a statement of its own ("Kurilla said: “in as
// little as six months”").
func insideSentence(text string) bool {
	loc := spanRE().FindStringIndex(text)
	if loc == nil {
		return false
	}
	before := strings.TrimSpace(text[:loc[0]])
	return strings.IndexFunc(before, unicode.IsLetter) >= 0 && !endsStatement(before)
}

// endsStatement reports whether text ends with a colon or a sentence end,
// so that quoted words after it would stand as a statement of their own.
func endsStatement(text string) bool {
	return text != "" && strings.ContainsRune(".!?:", rune(text[len(text)-1]))
}

// words splits text into its words (speech.Words), each folded for
// matching.
func words(s string) []string {
	s = apostrophes(s)
	var ws []string
	for start, end := range speech.Words(s) {
		ws = append(ws, foldWord(s[start:end]))
	}
	return ws
}

// foldWord is a word as quote matching compares it: lower case, with ’
// written as '.
func foldWord(w string) string {
	return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
}

// apostrophes writes each double mark of s that copy set for an
// apostrophe inside a word ("they"re", "Gandhi”s"; see marks.Apostrophe)
// as an apostrophe of the same length in bytes (' for ", ’ for ”), so
// that speech.Words reads one word there, as the script prints it, and
// offsets into s still hold.
func apostrophes(s string) string {
	if !strings.ContainsAny(s, "\"”") {
		return s
	}
	var b []byte
	last := 0
	for i, r := range s {
		if (r == '"' || r == '”') && marks.Apostrophe(s, i) {
			b = append(b, s[last:i]...)
			if r == '"' {
				b = append(b, '\'')
			} else {
				b = append(b, "’"...)
			}
			last = i + utf8.RuneLen(r)
		}
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// SameWords reports whether two texts have the same words in the same
// order, ignoring case, punctuation and the style of quotation marks and
// apostrophes: "don’t stop." and "Don't stop" are the same. It is how a
// quote is checked against its source, and how package draft tells the
// same quotation in two articles.
func SameWords(a, b string) bool {
	wa, wb := words(a), words(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if wa[i] != wb[i] {
			return false
		}
	}
	return true
}

// wordDiff describes the first difference between the script's words and
// the fact sheet's.
func wordDiff(have, want string) string {
	wa, wb := words(have), words(want)
	i := 0
	for i < len(wa) && i < len(wb) && wa[i] == wb[i] {
		i++
	}
	switch {
	case i < len(wa) && i < len(wb):
		return fmt.Sprintf("word %d is %q, the fact sheet has %q", i+1, wa[i], wb[i])
	case i < len(wb):
		return fmt.Sprintf("the script stops after %q; the fact sheet goes on with %q", lastWord(wa), wb[i])
	default:
		return fmt.Sprintf("the script adds %q after the fact sheet's last word", wa[i])
	}
}

func lastWord(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// inOut returns a clip's in-words and out-words: its first and last few
// words, as written.
func inOut(text string) (string, string) {
	f := strings.Fields(text)
	const n = 4
	if len(f) <= n {
		return text, text
	}
	return strings.Join(f[:n], " "), strings.Join(f[len(f)-n:], " ")
}
