package draft

import (
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/briefing"
)

// Article is one source text as the draft reads it.
type Article struct {
	ID    string
	Path  string
	Title string
	// Outlet is who published the text, when it says so; Via is where
	// syndicated copy was taken from; CopyOf names the article this one
	// rewrites (an ID of another Article), with why.
	Outlet, Via string
	CopyOf, Why string
	Body        []string // paragraphs, boilerplate removed
	Captions    []string // photo captions and editor's notes
	copyDomain  string   // from "Source: example.co.uk"
	Headings    []string
	mentions    []mention
}

// Quote is a direct quotation found in an article.
type Quote struct {
	Speaker string // the speaker's full name
	Text    string
	Source  string // Article ID
	Partial bool   // part of a sentence, not a whole one
	Also    []string
}

// Speaker is a person quoted in the articles.
type Speaker struct {
	Name, Honorific, Title, Affiliation string
	Sources                             []string
}

// Report is one article's value for a figure.
type Report struct {
	Value     float64
	Qualifier string
	Source    string
	Caption   bool // found in a photo caption
	Line      string
}

// Figure is a quantity the articles report: killed, injured…
type Figure struct {
	ID, Label string
	Reports   []Report
}

// Disagree reports whether the figure will read as disputed once it is in
// the fact sheet: the core's Figure.Disagree decides, from every report's
// value and qualifier, copies' reports included.
func (f *Figure) Disagree() bool {
	fig := briefing.Figure{Reports: make([]*briefing.Report, len(f.Reports))}
	for i, r := range f.Reports {
		fig.Reports[i] = &briefing.Report{Value: r.Value, Qualifier: r.Qualifier}
	}
	return fig.Disagree()
}

// Spelling is a name written differently by different articles.
type Spelling struct {
	Forms   []string
	Sources [][]string // the articles of each form
}

// Result is everything Analyze found.
type Result struct {
	Articles  []*Article
	Speakers  []*Speaker
	Quotes    []*Quote
	Figures   []*Figure
	Spellings []Spelling
}

// ReadArticle splits an article into title, body and captions and notes
// what it says about where it came from. id names it in the draft.
func ReadArticle(id, path string, data []byte) (*Article, error) {
	data, err := briefing.DecodeText(data)
	var ps briefing.Problems
	if errors.As(err, &ps) {
		ps[0].Path = path
		return nil, ps
	}
	a := &Article{ID: id, Path: path}
	var paras []string
	for _, ln := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
		ln = strings.Join(strings.Fields(ln), " ")
		if ln == "" {
			continue
		}
		paras = append(paras, splitGlued(ln)...)
	}
	for _, p := range paras {
		if a.Title == "" {
			if isCredit(p) {
				continue
			}
			a.Title = p
			if m := titleSuffixRE().FindStringSubmatch(p); m != nil {
				a.Title, a.Outlet = m[1], m[2]
			}
			continue
		}
		if p == a.Title {
			continue
		}
		a.notice(p)
		switch {
		case isCaption(p):
			a.Captions = append(a.Captions, p)
		case isBoilerplate(p):
		case isHeading(p):
			a.Headings = append(a.Headings, p)
		default:
			a.Body = append(a.Body, p)
		}
	}
	if a.Title == "" {
		return nil, fmt.Errorf("%s: no text", path)
	}
	return a, nil
}

// lazyRegexp returns a function that compiles expr the first time it is
// called and then returns the same Regexp: the draft's patterns cost
// nothing to a run that never drafts (briefing time, build).
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

var (
	gluedRE        = lazyRegexp(`([a-z0-9][.!?])([A-Z][a-z])`)
	titleSuffixRE  = lazyRegexp(`^(.+?)\s+[–—|-]\s+((?:The )?[A-Z][\w&.']*(?: (?:of|the|and|for|on|[A-Z][\w&.']*)){0,4})$`)
	publishedByRE  = lazyRegexp(`(?i)^this (?:story|article) (?:was|is) (?:originally )?(?:published|written) by ([^.]+?)\.?$`)
	viaRE          = lazyRegexp(`(?i)^according to (?:the news on|a report (?:by|on)) ([^.]+?)\.?$`)
	sourceLineRE   = lazyRegexp(`(?i)^source:\s*(?:https?://)?(?:www\.)?([a-z0-9-]+)\.[a-z.]+/?\S*$`)
	selfOutletRE   = lazyRegexp(`\b((?:The )?[A-Z][a-z]+(?: [A-Z][a-z]+)?) is (?:trusted by|on the ground)\b|\b(?:Subscribe to|In this episode of) (The [A-Z][a-z]+(?: [A-Z][a-z]+)?)[,.:;]`)
	firstPersonRE  = lazyRegexp(`(?i)\b(we|our|us)\b`)
	appealWordsRE  = lazyRegexp(`(?i)support|donat|journalis|reporters|paywall|subscri|documentary|on the ground`)
	boilerplateRE  = lazyRegexp(`(?i)^(related( news)?:?.*|latest news|comments|leave a reply|back to top( button)?|advertisement|share( this)?( article)?|read more.*|\(with inputs from agencies\))$|your support|commenting forum|thought-provoking conversations|email address will not be published|required fields are marked|sign up|newsletter|all rights reserved|subscribe to|follow us`)
	captionRE      = lazyRegexp(`(?i)\((?:photo|picture|image)s? (?:by|:)[^)]*\)\s*$|/ ?(?:AFP|AP|Getty Images|Reuters)\)\s*$|^editors?['’]? note\b`)
	creditRE       = lazyRegexp(`^(?:Getty Images|AFP|AP|Reuters|Shutterstock|Photo|Image)(?:\s*/\s*\w+)?$`)
	quoteSpanRE    = lazyRegexp(`“([^”]*)(”|$)|"([^"]*)("|$)`)
	yearRE         = lazyRegexp(`\b(1[89]\d\d|20\d\d)\b`)
	speechVerbRE   = lazyRegexp(`\b(said|says|say|added|adds|told|tells|wrote|writes|explained|explains|warned|warns|argued|argues|noted|notes|predicted|predicts|stated|states|asked|insisted|claimed|continued|believes|announced|acknowledged|admitted|replied|recalled|urged|stressed|emphasised|emphasized|cautioned|tweeted|posted|conceded|declared|[Aa]ccording to)\b`)
	honorificWords = map[string]bool{"General": true, "Gen.": true, "President": true, "Minister": true, "Senator": true, "Dr": true, "Dr.": true,
		"Professor": true, "Prof.": true, "Colonel": true, "Lieutenant": true, "Admiral": true, "Secretary": true, "Ambassador": true,
		"Mr": true, "Mr.": true, "Mrs": true, "Ms": true, "Judge": true, "Justice": true, "Governor": true, "Mayor": true, "Chief": true,
		"Commander": true, "Sheikh": true, "King": true, "Queen": true, "Prince": true, "Pope": true, "Rev.": true, "Sir": true, "Dame": true, "Major": true, "Captain": true}
	orgWords = map[string]bool{"State": true, "Center": true, "Centre": true, "Command": true, "Congress": true, "Council": true, "Group": true,
		"Ministry": true, "Department": true, "Agency": true, "Army": true, "Police": true, "Kremlin": true, "Taliban": true, "Reuters": true,
		"Institute": true, "University": true, "Party": true, "News": true, "Times": true, "Hall": true, "City": true, "Union": true,
		"Nations": true, "Forces": true, "Office": true, "Court": true, "Bank": true, "Embassy": true, "Channel": true, "Media": true,
		"House": true, "Islamic": true, "United": true, "States": true, "Central": true, "Company": true, "Corporation": true, "Committee": true,
		"Commission": true, "Service": true, "Services": true, "Foundation": true, "Association": true, "Network": true, "Briefing": true,
		"Independent": true, "Guardian": true, "Post": true, "Journal": true, "Radio": true, "Television": true, "Press": true, "Wilson": false}
)

// splitGlued splits sentences that lost the space between them
// ("difference.In the weeks…"), which pasted web copy often has.
func splitGlued(p string) []string {
	idx := gluedRE().FindAllStringSubmatchIndex(p, -1)
	if idx == nil {
		return []string{p}
	}
	var out []string
	last := 0
	for _, m := range idx {
		cut := m[3]
		out = append(out, strings.TrimSpace(p[last:cut]))
		last = cut
	}
	return append(out, strings.TrimSpace(p[last:]))
}

func isCredit(p string) bool { return creditRE().MatchString(p) }

func isCaption(p string) bool { return captionRE().MatchString(p) }

// isBoilerplate tells site furniture from copy: navigation and comment
// prompts, and the publisher's appeals, which speak in the first person
// plural about support, journalism or subscriptions outside any quote.
func isBoilerplate(p string) bool {
	if boilerplateRE().MatchString(p) || isCredit(p) {
		return true
	}
	outside := quoteSpanRE().ReplaceAllString(p, "")
	return firstPersonRE().MatchString(outside) && appealWordsRE().MatchString(outside)
}

// isHeading tells a crosshead ("Who are ISIS-K?") from copy.
func isHeading(p string) bool {
	last, _ := utf8.DecodeLastRuneInString(p)
	return len(strings.Fields(p)) <= 9 && !strings.ContainsRune("“\"", firstRune(p)) &&
		(last == '?' || !strings.ContainsRune(".”\"!:’", last))
}

// notice records what a line says about the article's origin.
func (a *Article) notice(p string) {
	if m := publishedByRE().FindStringSubmatch(p); m != nil {
		a.Outlet = m[1]
	}
	if m := viaRE().FindStringSubmatch(p); m != nil {
		a.Via = m[1]
	}
	if m := sourceLineRE().FindStringSubmatch(p); m != nil {
		a.copyDomain = m[1]
	}
	if a.Outlet == "" {
		if m := selfOutletRE().FindStringSubmatch(p); m != nil {
			a.Outlet = m[1] + m[2]
		}
	}
}

// mention is a person named in an article, with how the article
// introduces them.
type mention struct {
	name, honorific, title, affiliation string
	para, at                            int
}

var nameRE = lazyRegexp(`\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)((?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})\b`)

// findMentions lists the people an article names: two or three
// capitalised words that are not an organisation, with a rank or title
// before the name, an appositive after it ("…, the commander of US Central
// Command,") and an affiliation ("of the Washington-based Wilson Center").
func (a *Article) findMentions() {
	for pi, p := range a.Body {
		plain := quoteSpanRE().ReplaceAllStringFunc(p, func(s string) string { return strings.Repeat(" ", len(s)) })
		for _, m := range nameRE().FindAllStringIndex(plain, -1) {
			words := strings.Fields(plain[m[0]:m[1]])
			honorific := ""
			if honorificWords[words[0]] {
				honorific, words = words[0], words[1:]
			}
			if len(words) < 2 || isOrg(words) {
				continue
			}
			lead := ""
			if len(words) == 3 && honorific == "" && atSentenceStart(plain[:m[0]]) {
				// "Economist Lee Park said…": a capitalised common noun
				// opening the sentence, not a first name.
				lead, words = strings.ToLower(words[0]), words[1:]
			}
			mt := mention{name: strings.Join(words, " "), honorific: honorific, title: lead, para: pi, at: m[0]}
			before := strings.Fields(plain[:m[0]])
			if n := len(before); n > 0 && honorificWords[before[n-1]] && mt.honorific == "" {
				mt.honorific = before[n-1]
				before = before[:n-1]
			}
			if mt.title == "" {
				mt.title = titleBefore(before)
			}
			mt.title, mt.affiliation = afterName(p[m[1]:], mt.title)
			a.mentions = append(a.mentions, mt)
		}
	}
}

// atSentenceStart tells whether text before a position ends a sentence.
func atSentenceStart(before string) bool {
	t := strings.TrimRight(before, " ")
	return t == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "”") || strings.HasSuffix(t, "\"")
}

func isOrg(words []string) bool {
	for _, w := range words {
		if orgWords[w] {
			return true
		}
	}
	return false
}

// titleBefore takes the lower-case description right before a name:
// "speaks to terrorism expert Greg Barton" → "terrorism expert".
func titleBefore(before []string) string {
	stop := map[string]bool{"to": true, "by": true, "with": true, "the": true, "a": true, "an": true, "and": true, "of": true,
		"says": true, "said": true, "that": true, "from": true, "for": true, "as": true, "in": true, "on": true, "at": true, "told": true}
	var t []string
	for i := len(before) - 1; i >= 0 && len(t) < 3; i-- {
		w := before[i]
		if stop[w] || w != strings.ToLower(w) || strings.ContainsAny(w, ",.;:“”\"") {
			break
		}
		t = append([]string{w}, t...)
	}
	return strings.Join(t, " ")
}

// afterName reads what follows a name: an appositive title, an "of …"
// affiliation, up to a speech verb or the end of the clause.
func afterName(rest, title string) (string, string) {
	beforeVerb := func(s string) string {
		if loc := speechVerbRE().FindStringIndex(s); loc != nil {
			s = s[:loc[0]]
		}
		return strings.Trim(strings.TrimSpace(s), ",;:")
	}
	switch {
	case strings.HasPrefix(rest, ", the ") || strings.HasPrefix(rest, ", a "):
		app := rest[2:]
		if i := strings.IndexAny(app, ",;.“\""); i >= 0 {
			app = app[:i]
		}
		if title == "" {
			return beforeVerb(app), ""
		}
	case strings.HasPrefix(rest, " of "):
		aff := rest[4:]
		end := len(aff)
		if loc := speechVerbRE().FindStringIndex(aff); loc != nil {
			end = loc[0]
		}
		if i := strings.IndexAny(aff[:end], "“\""); i >= 0 {
			end = i
		}
		aff = strings.TrimRight(strings.TrimSpace(aff[:end]), ",.;: ")
		if i := strings.Index(aff, ". "); i >= 0 {
			aff = aff[:i]
		}
		return title, aff
	}
	return title, ""
}

// speakerFor finds the person a name in an attribution refers to: a full
// name, or a surname introduced earlier in the article.
func (a *Article) speakerFor(name string) *mention {
	name = strings.TrimSpace(name)
	var best *mention
	for i := range a.mentions {
		m := &a.mentions[i]
		if m.name == name || strings.HasSuffix(m.name, " "+name) || strings.HasSuffix(name, " "+m.name) {
			if best == nil || richer(m, best) {
				best = m
			}
		}
	}
	return best
}

func richer(a, b *mention) bool {
	score := func(m *mention) int {
		n := 0
		for _, s := range []string{m.honorific, m.title, m.affiliation} {
			if s != "" {
				n++
			}
		}
		return n
	}
	return score(a) > score(b)
}

// attribVerbs are the verbs that attribute a quote right after it:
// "“…,” said X", "“…,” X added".
const attribVerbs = `said|says|added|adds|wrote|writes|explained|warned|argued|noted|asked|continued|insisted|replied|recalled|urged|stressed|cautioned|tweeted|conceded|declared|admitted|acknowledged|announced`

var (
	attribAfterRE  = lazyRegexp(`^[,.]?\s*(?:(?:` + attribVerbs + `)\s+((?:[A-Z][\w’'-]+\s*){1,4})|(he|she|they|He|She|They|(?:[A-Z][\w’'-]+\s*){1,3})\s+(?:` + attribVerbs + `|told|tells)\b)`)
	subjectVerbRE  = lazyRegexp(`(?:^|[.!?]\s)((?:He|She|They)\b)`)
	sentenceEndRE  = lazyRegexp(`[.!?]["”’]?\s+[A-Z“"]`)
	pronounSubject = map[string]bool{"he": true, "she": true, "they": true, "He": true, "She": true, "They": true}
)

// extractQuotes finds the direct quotations of the article's body.
func (a *Article) extractQuotes() []*Quote {
	var out []*Quote
	var last *Quote // the last quote, for spans that continue it
	lastSpeaker := ""
	open := false // the last paragraph ended inside a quotation
	for _, p := range a.Body {
		spans := quoteSpanRE().FindAllStringSubmatchIndex(p, -1)
		paraSpeaker := ""
		continued := open
		open = false
		for si, m := range spans {
			start, end := m[0], m[1]
			var text string
			if m[2] >= 0 {
				text = p[m[2]:m[3]]
			} else {
				text = p[m[6]:m[7]]
			}
			text = strings.TrimSpace(text)
			if len(strings.Fields(text)) == 0 {
				continue
			}
			unclosed := (m[2] >= 0 && m[5] == m[4]) || (m[6] >= 0 && m[9] == m[8])
			if si == len(spans)-1 && unclosed {
				open = true // the quotation runs on into the next paragraph
			}
			if si == 0 && start == 0 && continued && last != nil {
				last.Text = joinQuote(last.Text, text)
				paraSpeaker = last.Speaker
				continue
			}
			sentStart := lastSentenceStart(p[:start])
			before := p[sentStart:start]
			after := p[end:]
			if i := sentenceEndRE().FindStringIndex(after); i != nil {
				after = after[:i[0]+1]
			}
			who := ""
			if am := attribAfterRE().FindStringSubmatch(after); am != nil {
				who = strings.TrimSpace(am[1] + am[2])
			}
			if who == "" {
				who = subjectBefore(before)
			}
			switch {
			case who != "" && pronounSubject[who]:
				who = lastSpeaker
			case who != "":
				if mt := a.speakerFor(who); mt != nil {
					who = mt.name
				} else if w := strings.Fields(who); len(w) < 2 || isOrg(w) {
					who = ""
				}
			}
			words := len(strings.Fields(text))
			switch {
			case who == "" && paraSpeaker != "" && (words > 3 || adjacent(p, spans, si)):
				who = paraSpeaker // a quote split by its attribution goes on
			case who == "" && si == 0 && start == 0 && last != nil && words > 3 && lastSpeaker != "":
				who = lastSpeaker // a paragraph of quotation continues the last speaker
			}
			if who == "" {
				continue // a scare quote or a term, not a person's words
			}
			partial := !unicode.IsUpper(firstRune(text))
			if last != nil && last.Speaker == who && paraSpeaker == who && last.Source == a.ID && adjacent(p, spans, si) {
				last.Text = joinQuote(last.Text, text)
			} else {
				last = &Quote{Speaker: who, Text: strings.TrimSpace(text), Source: a.ID, Partial: partial}
				out = append(out, last)
			}
			paraSpeaker, lastSpeaker = who, who
		}
	}
	for _, q := range out {
		q.Text = strings.TrimRight(q.Text, ", ")
		switch {
		case q.Partial:
			q.Text = strings.TrimRight(q.Text, ".")
		case !strings.ContainsAny(q.Text[len(q.Text)-1:], ".?!"):
			q.Text += "." // the comma before an attribution ends the sentence
		}
	}
	return out
}

// adjacent tells whether span si follows span si-1 with only an
// attribution between them ("…,” Barton says. “…").
func adjacent(p string, spans [][]int, si int) bool {
	if si == 0 {
		return false
	}
	between := p[spans[si-1][1]:spans[si][0]]
	return len(strings.Fields(between)) <= 6 && speechVerbRE().MatchString(between)
}

func joinQuote(a, b string) string {
	a = strings.TrimRight(a, ", ")
	if unicode.IsUpper(firstRune(b)) && !strings.HasSuffix(a, ".") {
		a += "."
	}
	return a + " " + b
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lastSentenceStart finds where the sentence holding the end of s starts.
func lastSentenceStart(s string) int {
	idx := sentenceEndRE().FindAllStringIndex(s, -1)
	if len(idx) == 0 {
		return 0
	}
	return idx[len(idx)-1][1] - 1
}

// subjectBefore finds who speaks in the clause before a quote: the person
// named before the last speech verb ("Michael Kugelman of … said ISIS-K
// “…”", "General Michael Kurilla, …, told Congress … “…”"), or a pronoun
// subject ("He predicted … “…”").
func subjectBefore(before string) string {
	locs := speechVerbRE().FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return ""
	}
	verb := locs[len(locs)-1]
	clause := before[:verb[0]]
	if strings.HasPrefix(strings.ToLower(before[verb[0]:]), "according to") {
		rest := before[verb[1]:]
		if m := nameRE().FindString(rest); m != "" {
			return m
		}
		return ""
	}
	if m := subjectVerbRE().FindStringSubmatch(" " + clause); m != nil && len(strings.Fields(clause)) <= 2 {
		return m[1]
	}
	names := nameRE().FindAllString(clause, -1)
	for i := len(names) - 1; i >= 0; i-- {
		w := strings.Fields(names[i])
		if honorificWords[w[0]] {
			w = w[1:]
		}
		if len(w) >= 2 && !isOrg(w) {
			return strings.Join(w, " ")
		}
	}
	first := strings.Fields(clause)
	if len(first) > 0 && pronounSubject[first[0]] {
		return first[0]
	}
	return ""
}

// Figures ---------------------------------------------------------------

type figureKind struct {
	id, label string
	re        func() *regexp.Regexp
}

var figureKinds = []figureKind{
	{"killed", "people killed", lazyRegexp(`(?i)\b(killed|dead|deaths?|death toll|fatalities|died|lives)\b`)},
	{"injured", "people injured", lazyRegexp(`(?i)\b(injured|wounded|hurt|injuries)\b`)},
	{"attendees", "people attending", lazyRegexp(`(?i)\b(concertgoers|crowd|attending|attendees|spectators|gathered)\b`)},
	{"arrested", "people arrested", lazyRegexp(`(?i)\b(arrested|detained|apprehended|in custody)\b`)},
}

var (
	numberRE    = lazyRegexp(`(?i)\b(?:(at least|more than|over|nearly|almost|about|around|approximately|some|up to|fewer than|under)\s+)?(\d{1,3}(?:,\d{3})+|\d+|a hundred|a thousand|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b`)
	numberWordV = map[string]float64{"a hundred": 100, "a thousand": 1000, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
)

// leadParagraphs is how much of an article's start describes the main
// event: figures further down are usually about other events.
const leadParagraphs = 5

// extractFigures finds counts of the main event in the lead and in
// captions dated no earlier than the latest year the article mentions.
func (a *Article) extractFigures() map[string]Report {
	found := map[string]Report{}
	latest := 0
	for _, p := range append(append([]string{}, a.Body...), a.Captions...) {
		for _, y := range yearRE().FindAllString(p, -1) {
			latest = max(latest, year(y))
		}
	}
	var texts []struct {
		s       string
		caption bool
	}
	for i, p := range a.Body {
		if i < leadParagraphs {
			texts = append(texts, struct {
				s       string
				caption bool
			}{p, false})
		}
	}
	for _, c := range a.Captions {
		old := false
		for _, y := range yearRE().FindAllString(c, -1) {
			if year(y) < latest {
				old = true
			}
		}
		if !old {
			texts = append(texts, struct {
				s       string
				caption bool
			}{c, true})
		}
	}
	for _, t := range texts {
		for _, sent := range sentences(t.s) {
			for _, m := range numberRE().FindAllStringSubmatchIndex(sent, -1) {
				numText := strings.ToLower(sent[m[4]:m[5]])
				v, ok := numberWordV[numText]
				if !ok {
					n, err := strconv.ParseFloat(strings.ReplaceAll(numText, ",", ""), 64)
					if err != nil {
						continue
					}
					v = n
				}
				if v >= 1000 && v <= 2100 && !strings.Contains(numText, ",") {
					continue // a year
				}
				qual := ""
				if m[2] >= 0 {
					qual = strings.ToLower(sent[m[2]:m[3]])
				}
				kind := classify(sent, m[0], m[1])
				if kind == nil {
					continue
				}
				if _, dup := found[kind.id]; dup {
					continue
				}
				found[kind.id] = Report{Value: v, Qualifier: qual, Source: a.ID, Caption: t.caption, Line: sent}
			}
		}
	}
	return found
}

// classify names what a number in a sentence counts, from the words just
// after it (or, failing that, just before it).
func classify(sent string, start, end int) *figureKind {
	after := strings.Fields(sent[end:])
	before := strings.Fields(sent[:start])
	window := func(ws []string) string { return strings.Join(ws, " ") }
	aft := after[:min(5, len(after))]
	if len(after) > 0 {
		for i, w := range aft {
			if strings.ContainsAny(w, "0123456789") && i > 0 {
				aft = aft[:i] // stop at the next number
				break
			}
		}
	}
	for _, k := range figureKinds {
		if k.re().MatchString(window(aft)) {
			kk := k
			return &kk
		}
	}
	bef := before[max(0, len(before)-5):]
	for _, k := range figureKinds {
		if k.re().MatchString(window(bef)) {
			kk := k
			return &kk
		}
	}
	return nil
}

// year reads a year yearRE matched.
func year(s string) int {
	y, _ := strconv.Atoi(s)
	return y
}

func sentences(p string) []string {
	var out []string
	last := 0
	for _, loc := range sentenceEndRE().FindAllStringIndex(p, -1) {
		out = append(out, p[last:loc[1]-1])
		last = loc[1] - 1
	}
	return append(out, p[last:])
}

// Copies ---------------------------------------------------------------

// numberSequence lists the numbers an article mentions, in order: a
// rewrite keeps its original's numbers even when every sentence changes.
func (a *Article) numberSequence() []string {
	var out []string
	for _, p := range a.Body {
		for _, m := range digitsRE().FindAllString(p, -1) {
			out = append(out, strings.ReplaceAll(m, ",", ""))
		}
	}
	return out
}

var digitsRE = lazyRegexp(`\d[\d,.]*\d|\d`)

func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// findCopies marks articles that copy another: one that names its source
// ("Source: independent.co.uk") is a copy of the article from that outlet;
// one that repeats another's crossheads and its sequence of numbers is a
// rewrite of the one given first.
func findCopies(arts []*Article) {
	for _, a := range arts {
		if a.copyDomain == "" {
			continue
		}
		for _, b := range arts {
			if b != a && b.Outlet != "" && strings.Contains(strings.ToLower(strings.ReplaceAll(b.Outlet, " ", "")), strings.ToLower(a.copyDomain)) {
				a.CopyOf, a.Why = b.ID, fmt.Sprintf("it names its source: %s", a.copyDomain)
			}
		}
	}
	for i, a := range arts {
		if a.CopyOf != "" {
			continue
		}
		for _, b := range arts[:i] {
			if b.CopyOf != "" {
				continue
			}
			na, nb := a.numberSequence(), b.numberSequence()
			shared := 0
			for _, h := range a.Headings {
				for _, g := range b.Headings {
					if strings.EqualFold(h, g) {
						shared++
					}
				}
			}
			if len(na) >= 5 && len(nb) >= 5 && float64(lcs(na, nb)) >= 0.8*float64(min(len(na), len(nb))) && shared >= 2 {
				a.CopyOf, a.Why = b.ID, fmt.Sprintf("it repeats %s's crossheads and numbers in order", b.ID)
			}
		}
	}
}

// Spellings --------------------------------------------------------------

// findSpellings finds proper names written two ways across articles:
// capitalised mid-sentence words alike but for one or two letters
// ("Picnic"/"Piknik", "Center"/"Centre"), neither a form of the other.
func findSpellings(arts []*Article) []Spelling {
	where := map[string]map[string]bool{}
	for _, a := range arts {
		for _, p := range append(append([]string{}, a.Body...), a.Captions...) {
			ws := strings.Fields(p)
			for i, w := range ws {
				if i == 0 {
					continue
				}
				prev := ws[i-1]
				if strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "!") || strings.HasSuffix(prev, ":") {
					continue
				}
				w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
				w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
				if utf8.RuneCountInString(w) < 5 || !unicode.IsUpper(firstRune(w)) || strings.ToUpper(w) == w {
					continue
				}
				if where[w] == nil {
					where[w] = map[string]bool{}
				}
				where[w][a.ID] = true
			}
		}
	}
	names := slices.Sorted(maps.Keys(where))
	var out []Spelling
	for i, x := range names {
		for _, y := range names[i+1:] {
			if x[0] != y[0] || strings.HasPrefix(x, y) || strings.HasPrefix(y, x) || briefing.EditDistance(x, y) > 2 || len(x) != len(y) && briefing.EditDistance(x, y) > 1 {
				continue
			}
			if sameSources(where[x], where[y]) {
				continue // one article using both is a different word, not a spelling
			}
			out = append(out, Spelling{Forms: []string{x, y}, Sources: [][]string{slices.Sorted(maps.Keys(where[x])), slices.Sorted(maps.Keys(where[y]))}})
		}
	}
	return out
}

func sameSources(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// Analysis -------------------------------------------------------------

// Analyze reads articles and finds their speakers, quotes, figures, copies
// and spellings. The articles' IDs name them; they must be unique.
func Analyze(arts []*Article) *Result {
	res := &Result{Articles: arts}
	findCopies(arts)
	speakers := map[string]*Speaker{}
	for _, a := range arts {
		a.findMentions()
		for _, q := range a.extractQuotes() {
			sp := speakers[q.Speaker]
			if sp == nil {
				sp = &Speaker{Name: q.Speaker}
				speakers[q.Speaker] = sp
				res.Speakers = append(res.Speakers, sp)
			}
			if mt := a.speakerFor(q.Speaker); mt != nil {
				if sp.Honorific == "" {
					sp.Honorific = mt.honorific
				}
				if sp.Title == "" {
					sp.Title = mt.title
				}
				if sp.Affiliation == "" {
					sp.Affiliation = mt.affiliation
				}
			}
			if !contains(sp.Sources, a.ID) {
				sp.Sources = append(sp.Sources, a.ID)
			}
			if dup := findSameQuote(res.Quotes, q); dup != nil {
				dup.Also = append(dup.Also, a.ID)
				continue
			}
			res.Quotes = append(res.Quotes, q)
		}
	}
	figs := map[string]*Figure{}
	for _, a := range arts {
		found := a.extractFigures()
		for _, k := range figureKinds {
			r, ok := found[k.id]
			if !ok {
				continue
			}
			f := figs[k.id]
			if f == nil {
				f = &Figure{ID: k.id, Label: k.label}
				figs[k.id] = f
			}
			f.Reports = append(f.Reports, r)
		}
	}
	for _, k := range figureKinds {
		if f := figs[k.id]; f != nil {
			res.Figures = append(res.Figures, f)
		}
	}
	res.Spellings = findSpellings(arts)
	return res
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func findSameQuote(qs []*Quote, q *Quote) *Quote {
	for _, o := range qs {
		if o.Speaker == q.Speaker && briefing.SameWords(o.Text, q.Text) {
			return o
		}
	}
	return nil
}

// ID makes a fact-sheet id from a file name or a phrase, unique among
// taken, which it records: the base name without its extension, lower
// case, each run of other characters one hyphen, "source-" before an id
// that would not start with a letter, "-2", "-3"… after one already taken.
// Sources are named after their files ("reuters-rnz.txt" → "reuters-rnz"),
// speakers after their surnames ("Barton" → "barton") and quotes after
// their speaker and first words ("barton-Russia is seen" →
// "barton-russia-is-seen").
func ID(name string, taken map[string]bool) string {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	var b strings.Builder
	for _, r := range strings.ToLower(base) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	id := strings.Trim(b.String(), "-")
	if id == "" || id[0] < 'a' {
		// A speaker id must start with a letter, since script lines
		// begin with it; every id the draft makes does.
		id = "source-" + id
	}
	for n, cand := 2, id; ; n++ {
		if !taken[cand] {
			taken[cand] = true
			return cand
		}
		cand = fmt.Sprintf("%s-%d", id, n)
	}
}

// sortedSpeakers orders speakers by full name for a stable draft.
func sortedSpeakers(sp []*Speaker) []*Speaker {
	out := append([]*Speaker(nil), sp...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Format writes the draft as a fact sheet that check accepts, with
// comments and TODOs where a producer must decide. fileOf gives each
// article's path as the fact sheet should name it.
func Format(res *Result, fileOf func(*Article) string) []byte {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	q := func(s string) string { return strconv.Quote(s) }
	title := "TODO the question this episode answers"
	if len(res.Articles) > 0 {
		title = res.Articles[0].Title
	}
	w("# Drafted by briefing draft from %d articles. Check every TODO, then: briefing check\n", len(res.Articles))
	w("show: TODO show name\ntitle: %s\nslug: %s\nformat: explainer\ntarget: 10m   # TODO running time\nhosts: [host]\n\n", q(title), slugify(title))

	ids := map[*Speaker]string{}
	taken := map[string]bool{"host": true}
	w("speakers:\n  host: {name: TODO Host Name, role: host}\n")
	for _, sp := range sortedSpeakers(res.Speakers) {
		id := ID(surname(sp.Name), taken)
		ids[sp] = id
		w("  %s:\n    name: %s\n", id, q(sp.Name))
		if sp.Honorific != "" {
			w("    honorific: %s\n", q(sp.Honorific))
		}
		if sp.Title != "" {
			w("    title: %s\n", q(sp.Title))
		}
		if sp.Affiliation != "" {
			w("    affiliation: %s\n", q(sp.Affiliation))
		}
		if sp.Title == "" && sp.Affiliation == "" {
			w("    # TODO: the articles give no title or affiliation\n")
		}
		w("    role: expert   # TODO: expert, official, guest…\n")
	}

	w("\nsources:\n")
	for _, a := range res.Articles {
		w("  %s:\n    title: %s\n", a.ID, q(a.Title))
		if a.Outlet != "" {
			w("    outlet: %s\n", q(a.Outlet))
		} else {
			w("    # TODO: the text does not name its outlet\n")
		}
		if a.Via != "" {
			w("    via: %s   # syndicated copy\n", q(a.Via))
		}
		if a.CopyOf != "" {
			w("    copy_of: %s   # %s\n", a.CopyOf, a.Why)
		}
		w("    file: %s\n", q(fileOf(a)))
	}

	if len(res.Figures) > 0 {
		w("\nfigures:\n")
		for _, f := range res.Figures {
			w("  - id: %s\n    label: %s\n", f.ID, q(f.Label))
			if f.Disagree() {
				w("    # TODO: the reports disagree; say in the script which one it uses\n")
			}
			w("    reports:\n")
			for _, r := range f.Reports {
				w("      - {value: %s", strconv.FormatFloat(r.Value, 'f', -1, 64))
				if r.Qualifier != "" {
					w(", qualifier: %s", q(r.Qualifier))
				}
				w(", source: %s}", r.Source)
				if r.Caption {
					w("   # in a photo caption")
				}
				w("\n")
			}
		}
	}
	for _, sp := range res.Spellings {
		w("\n# TODO: a name is spelled two ways: %q (%s) and %q (%s); pick one for the script", sp.Forms[0], strings.Join(sp.Sources[0], ", "), sp.Forms[1], strings.Join(sp.Sources[1], ", "))
	}
	if len(res.Spellings) > 0 {
		w("\n")
	}

	w("\nfacts: []   # TODO: the facts the script may state, each with its sources\n")
	if len(res.Quotes) > 0 {
		w("\nquotes:\n")
	}
	byName := map[string]*Speaker{}
	for _, sp := range res.Speakers {
		byName[sp.Name] = sp
	}
	qids := map[string]bool{}
	var quoteIDs []string
	for _, dq := range res.Quotes {
		sid := ids[byName[dq.Speaker]]
		qid := ID(sid+"-"+firstWords(dq.Text, 3), qids)
		quoteIDs = append(quoteIDs, qid)
		w("  - id: %s\n    speaker: %s\n    text: %s\n    source: %s\n", qid, sid, q(dq.Text), dq.Source)
		if len(dq.Also) > 0 {
			w("    # also in: %s\n", strings.Join(dq.Also, ", "))
		}
		if dq.Partial {
			w("    # partial quote: part of a sentence\n")
		}
	}

	w("\nsegments:\n")
	w("  - {id: intro, title: Introduction, kind: intro, lines: [\"TODO the question, in the host's words.\"]}\n")
	if len(res.Figures) > 0 {
		w("  - id: what-happened\n    title: What happened\n    kind: background\n    figures: [")
		for i, f := range res.Figures {
			if i > 0 {
				w(", ")
			}
			w("%s", f.ID)
		}
		w("]\n")
	}
	for _, sp := range sortedSpeakers(res.Speakers) {
		var mine []string
		for i, dq := range res.Quotes {
			if dq.Speaker == sp.Name {
				mine = append(mine, quoteIDs[i])
			}
		}
		w("  - {id: %s, title: %s, kind: expert, quotes: [%s]}\n", ids[sp], q(sp.Name), strings.Join(mine, ", "))
	}
	w("  - {id: sign-off, title: Sign-off, kind: sign-off}\n")
	return []byte(b.String())
}

func surname(s string) string {
	f := strings.Fields(s)
	return f[len(f)-1]
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// slugify makes a slug from a title: "What is ISIS-K?" → "what-is-isis-k".
func slugify(title string) string {
	var parts []string
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		parts = append(parts, w)
		if len(parts) == 8 {
			break
		}
	}
	if len(parts) == 0 {
		return "episode"
	}
	return strings.Join(parts, "-")
}
