package draft

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/article"
	"github.com/briefing-dev/briefing/briefing/internal/lazy"
	"github.com/briefing-dev/briefing/briefing/internal/space"
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
	Meta        article.Meta
	Body        []string // paragraphs, boilerplate removed
	Captions    []string // photo captions and editor's notes
	Headings    []string
	copyDomain  string // from "Source: example.co.uk"
	text        *article.Text
	finder      func() *briefing.QuoteFinder // the text as check reads it
}

// Quote is a direct quotation found in an article.
type Quote struct {
	Speaker *Speaker
	Text    string
	Source  string // Article ID
	Partial bool   // part of a sentence, not a whole one
	Cut     bool   // the article's text stops before the quote closes
	// Via is how the article attributes it; anything but a name is for a
	// producer to confirm. Attribution is the words that do it.
	Via         article.Via
	Attribution string
	Line        int
	// From is, for a paragraph that goes on with a quotation over
	// paragraphs, the line the quotation opens on, whose attribution it
	// shares; 0 otherwise.
	From int
	// Headline: the quotation is in the article's headline, given its
	// speaker by the story (Attribution says how).
	Headline bool
	// Also lists the other articles that print the quote (or its own
	// again, as a headline may), AlsoLine the line of each, and Wording
	// the words of each where they differ.
	Also     []string
	AlsoLine []int
	Wording  []string
	// LeadIn is the article's own words before a partial quote, which
	// the draft offers as the quote's lead_in.
	LeadIn string
	// Said is how the article says the words were said, when it says it
	// beside the attribution: "in a statement", "at a news conference".
	Said string
	// Unmarked: the article prints the words without quotation marks
	// (a transcript's turn, a statement set off after "X said:").
	Unmarked bool
	// Signed is, for a paragraph of a letter the article reprints in
	// full, the names the letter is signed with.
	Signed string
}

// Speaker is someone quoted in the articles: a person, an organisation
// or a person the articles do not name.
type Speaker struct {
	Name, Honorific, Title, Affiliation, Note string
	Kind                                      article.Kind
	Sources                                   []string
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

// looksLikeHTML tells a saved web page from an article's text: it opens
// with a doctype or an <html> or <head> tag, or most of its lines are
// tags.
func looksLikeHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	for _, open := range []string{"<!doctype html", "<html", "<head", "<?xml"} {
		if bytes.HasPrefix(head, []byte(open)) {
			return true
		}
	}
	lines, tagged := 0, 0
	for ln := range bytes.Lines(data) {
		ln = bytes.TrimSpace(ln)
		if len(ln) == 0 {
			continue
		}
		lines++
		if ln[0] == '<' && bytes.HasSuffix(ln, []byte(">")) {
			tagged++
		}
	}
	return lines >= 5 && tagged*2 > lines
}

// ReadArticle reads an article (briefing/article does: wrapping undone,
// furniture, captions and crossheads set apart, what the text says about
// itself noted). id names it in the draft.
func ReadArticle(id, path string, data []byte) (*Article, error) {
	data, err := briefing.DecodeText(data)
	var ps briefing.Problems
	if errors.As(err, &ps) {
		ps[0].Path = path
		return nil, ps
	}
	if looksLikeHTML(data) {
		return nil, fmt.Errorf("%s: this is a web page's HTML, not its text; save the article as plain text (copy it from the page, or from the browser's reader view) and draft that", path)
	}
	t := article.Parse(string(data))
	if strings.TrimSpace(briefing.PlainLine(t.Title)) == "" {
		return nil, fmt.Errorf("%s: no text", path)
	}
	a := &Article{ID: id, Path: path, Title: t.Title, Outlet: t.Outlet, Via: t.Via, Meta: t.Meta, copyDomain: t.CopyDomain, text: t}
	a.finder = sync.OnceValue(func() *briefing.QuoteFinder {
		f, _ := briefing.NewQuoteFinder(data) // (decoded above: it does not fail)
		return f
	})
	if a.Via == "" {
		a.Via = t.Meta.Agency
	}
	for _, p := range t.Body {
		a.Body = append(a.Body, p.Text)
	}
	for _, p := range t.Captions {
		a.Captions = append(a.Captions, p.Text)
	}
	for _, p := range t.Headings {
		a.Headings = append(a.Headings, p.Text)
	}
	return a, nil
}

var (
	yearRE = lazy.Regexp(`\b(1[89]\d\d|20\d\d)\b`)
)

// sayingPhrases open the words that say how something was said, after
// its attribution: "said in a statement", "told reporters at a news
// conference", "wrote on social media".
var sayingPhrases = []string{"in ", "on ", "at ", "during ", "via ", "through ", "from ", "after "}

// howSaid is how a paragraph says its quote was said: the phrase right
// after the attribution, up to the quotation or the sentence's end, when
// it opens as such phrases do and is short ("Lukonde said in a statement,
// “…”" gives "in a statement"); empty otherwise.
func howSaid(para, attribution string) string {
	i := strings.Index(para, attribution)
	if attribution == "" || i < 0 {
		return ""
	}
	rest := strings.TrimLeft(para[i+len(attribution):], " ")
	end := strings.IndexAny(rest, "\"“”«.;:")
	if end < 0 {
		end = len(rest)
	}
	how := strings.Trim(rest[:end], " ,—–-")
	lower := strings.ToLower(how)
	n := len(strings.Fields(how))
	if n < 2 || n > 8 {
		return ""
	}
	if strings.HasPrefix(lower, "on ") && n > 4 {
		return "" // "said on party disparity among …" is what, not how
	}
	for _, p := range sayingPhrases {
		if strings.HasPrefix(lower, p) {
			return how
		}
	}
	return ""
}

// quotes lists the article's quotations as the draft writes them: a
// trailing comma (the attribution followed it) becomes a full stop.
func (a *Article) quotes(speakers *speakerSet) []*Quote {
	var out []*Quote
	for _, q := range a.text.Quotes() {
		sp := speakers.add(q.Speaker, a.ID)
		chunks := a.findable(checkable(q.Parts, q.Gaps))
		for i, parts := range chunks {
			text := strings.TrimSpace(briefing.PlainLine(joinParts(parts)))
			sentence := text
			if text != "" && strings.HasSuffix(strings.TrimSpace(parts[len(parts)-1]), ",") && !strings.ContainsAny(text[len(text)-1:], ".?!…") {
				sentence += "." // "It's overdue," said X: the comma stands for the full stop
			}
			cut := q.Cut && i == len(chunks)-1
			// (a cut quote keeps no full stop for its comma, so its words
			// are judged as written: "“A a," at the text's end is a phrase)
			partial := i == 0 && q.Partial || i > 0 && unicode.IsLower(firstRune(text)) || briefing.LooksPartial(sentence) != "" || cut && briefing.LooksPartial(text) != ""
			switch {
			case text == "":
				continue
			case partial:
				text = strings.TrimRight(text, ".")
			case !cut && !strings.ContainsRune(".?!…—–:", lastRune(text)):
				text += "." // but "So —" broke off, and "… to the following:" leads into what follows
			}
			dq := &Quote{Speaker: sp, Text: text, Source: a.ID, Partial: partial, Cut: cut, Via: q.Via, Attribution: space.Collapse(q.Attribution), Line: q.Line, From: q.GoesOnFrom, Headline: q.Headline, Unmarked: q.Unmarked, Signed: q.Signed}
			if i == 0 {
				dq.LeadIn = leadIn(q.Before)
				if q.Para >= 0 && q.Para < len(a.text.Body) {
					dq.Said = howSaid(a.text.Body[q.Para].Text, q.Attribution)
				}
			}
			out = append(out, dq)
		}
	}
	return out
}

// checkable cuts a quote's parts into runs that check can find in the
// source as one quote each: no more than briefing.QuoteGaps attributions
// inside one, none longer than briefing.QuoteGap words ("…,” said Russell
// Callender, Ph.D., assistant NOAA administrator for the National Ocean
// Service. “…" makes two quotes).
func checkable(parts []string, gaps []int) [][]string {
	var out [][]string
	cur := []string{parts[0]}
	inside := 0
	for i, p := range parts[1:] {
		if i < len(gaps) && gaps[i] > 0 && (gaps[i] > briefing.QuoteGap || inside == briefing.QuoteGaps) {
			out = append(out, cur)
			cur, inside = []string{p}, 0
			continue
		}
		if i < len(gaps) && gaps[i] > 0 {
			inside++
		}
		cur = append(cur, p)
	}
	return append(out, cur)
}

// findable keeps of a quote's runs of parts what check finds in the
// article's text: a run it does not find (a quotation the reader joined
// over lines it set aside as a caption or a heading, which the source
// prints between its words) is cut into its parts, and a part into its
// sentences, each kept when found; a piece found nowhere is left out, for
// the draft quotes nothing its source does not print.
func (a *Article) findable(chunks [][]string) [][]string {
	f := a.finder
	if f == nil || f() == nil {
		return chunks
	}
	var out [][]string
	for _, c := range chunks {
		if f().Finds(joinParts(c)) {
			out = append(out, c)
			continue
		}
		for _, p := range c {
			if f().Finds(p) {
				out = append(out, []string{p})
				continue
			}
			for _, s := range article.Sentences(p) {
				if s = strings.TrimSpace(s); s != "" && f().Finds(s) {
					out = append(out, []string{s})
				}
			}
		}
	}
	return out
}

// leadIn makes the article's words before a partial quote a lead_in: no
// quotation marks (a lead-in holding another quote would read as that
// quote) and no stop at its end.
func leadIn(before string) string {
	s := strings.Map(func(r rune) rune {
		switch r {
		case '“', '”', '"', '«', '»', '„':
			return -1
		}
		return r
	}, before)
	s = strings.TrimRight(space.Collapse(s), ",:;.!? —–-'’")
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return ""
	}
	return s
}

// joinParts joins the parts of a quote split by its attribution or run
// over paragraphs as the script reads them: "A," and "B." make "A. B."
// when B starts a sentence; a space before a stop goes.
func joinParts(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if i > 0 {
			prev := strings.TrimRight(b.String(), ", ")
			b.Reset()
			b.WriteString(prev)
			if prev != "" && unicode.IsUpper(firstRune(p)) && !strings.ContainsAny(prev[len(prev)-1:], ".?!…") {
				b.WriteString(".")
			}
			if prev != "" {
				b.WriteString(" ")
			}
		}
		b.WriteString(p)
	}
	return strings.TrimRight(spaceBeforeStopRE().ReplaceAllString(b.String(), "$1"), ", ")
}

// spaceBeforeStopRE finds a space a scraped page left before a comma or
// a full stop ("too long , Our legislation").
var spaceBeforeStopRE = lazy.Regexp(`\s+([,.;:!?])`)

// speakerSet merges the speakers of all the articles: the same name and
// kind is one speaker, the title and affiliation taken from the first
// article that gives them.
type speakerSet struct {
	byKey map[string]*Speaker
	list  []*Speaker
}

func (s *speakerSet) add(sp *article.Speaker, source string) *Speaker {
	key := sp.Kind.String() + "|" + strings.ToLower(sp.Name)
	if s.byKey == nil {
		s.byKey = map[string]*Speaker{}
	}
	d := s.byKey[key]
	if d == nil && sp.Kind == article.Person {
		// "Kurilla" in one article is "Michael Kurilla" in another
		for _, o := range s.list {
			if o.Kind == article.Person && (strings.HasSuffix(o.Name, " "+sp.Name) || strings.HasSuffix(sp.Name, " "+o.Name)) {
				d = o
				if len(sp.Name) > len(o.Name) {
					o.Name = sp.Name
				}
				break
			}
		}
	}
	if d == nil {
		d = &Speaker{Name: sp.Name, Kind: sp.Kind}
		s.byKey[key] = d
		s.list = append(s.list, d)
	}
	if d.Honorific == "" {
		d.Honorific = sp.Honorific
	}
	if d.Title == "" && d.Affiliation == "" {
		d.Title, d.Affiliation = sp.Title, sp.Affiliation
	}
	if d.Note == "" {
		d.Note = sp.Note
	}
	if !slices.Contains(d.Sources, source) {
		d.Sources = append(d.Sources, source)
	}
	return d
}

// Figures ---------------------------------------------------------------

// eventKinds are the kinds of figure that count what happened to people:
// two articles' counts of one of them are reports of the same figure.
// Their labels read on air ("Reports of the number of people killed
// differ").
var eventKinds = []struct{ kind, label string }{
	{"killed", "people killed"},
	{"injured", "people injured"},
	{"missing", "people missing"},
	{"arrested", "people arrested"},
	{"displaced", "people displaced"},
	{"rescued", "people rescued"},
	{"cases", "cases"},
	{"hospitalised", "people in hospital"},
	{"vaccinated", "doses given"},
}

// leadParagraphs is how much of an article's start describes the main
// event: figures further down are usually about other events, so each
// article's report of a figure is taken from its lead first.
const leadParagraphs = 5

// sighting is one figure an article gives, where it gives it.
type sighting struct {
	Count
	caption  bool
	lead     bool // in the lead or a current caption: about the story's event
	sentence string
	near     string // the count and the few words after it
}

// counts lists every figure the article gives: its lead, then its photo
// captions, then the rest of its body. Those of the lead and of captions
// dated no earlier than the latest year the article mentions are marked
// lead: they tell of the story's event (an older caption, or a paragraph
// further down, usually tells of another).
func (a *Article) counts() []sighting {
	latest := 0
	for _, p := range append(append([]string{}, a.Body...), a.Captions...) {
		for _, y := range yearRE().FindAllString(p, -1) {
			latest = max(latest, year(y))
		}
	}
	var out []sighting
	add := func(p string, caption, lead bool) {
		for _, c := range findCounts(p) {
			near := p[c.Start:min(len(p), c.End+40)]
			out = append(out, sighting{Count: c, caption: caption, lead: lead, sentence: article.Sentence(p, c.Start), near: near})
		}
	}
	lead := a.Body[:min(leadParagraphs, len(a.Body))]
	for _, p := range lead {
		add(p, false, true)
	}
	for _, c := range a.Captions {
		old := false
		for _, y := range yearRE().FindAllString(c, -1) {
			old = old || year(y) < latest
		}
		add(c, true, !old)
	}
	for _, p := range a.Body[len(lead):] {
		add(p, false, false)
	}
	for _, h := range a.Headings {
		add(h, false, false)
	}
	// and a headline's figures of what the story gives no figure for ("6
	// Killed, 15 Injured in Somalia Bombings"), which tell of its event
	// (a headline that rounds the story's own, "Toll Nears 350" over 343
	// killed, is not a second report of it; "5 Killed in House Fire" over
	// two killed a year before is)
	if a.Title != "" && (len(a.Body) == 0 || !strings.HasPrefix(a.Body[0], a.Title)) {
		for _, c := range findCounts(a.Title) {
			if !slices.ContainsFunc(out, func(o sighting) bool {
				return o.Kind == c.Kind && (o.Noun == c.Noun || c.Kind != "other" && c.Kind != "people" && roundsTo(o.Value, c.Value))
			}) {
				out = append(out, sighting{Count: c, lead: true, sentence: a.Title, near: a.Title[c.Start:min(len(a.Title), c.End+40)]})
			}
		}
	}
	return out
}

// roundsTo tells a value a headline may give for the story's: the same,
// or a round number within a tenth of it ("Toll Nears 350" over 343
// killed; but "26 Dead" over 28 is a report of its own).
func roundsTo(story, headline float64) bool {
	if story == headline || headline == 0 {
		return story == headline
	}
	step := 5 * math.Pow(10, math.Floor(math.Log10(math.Abs(headline)))-1) // 350 in fifties, 1,500 in five hundreds
	return math.Mod(headline, step) == 0 && math.Abs(story-headline) <= 0.1*math.Abs(story)
}

// figureKey says which figure a count reports: its kind for a count of
// what happened to people, "attendees" for a count of people at an event
// (the noun or its clause says so: "7,000 concertgoers", "a crowd of
// 7,000 people were attending"), else its kind and the noun it counts
// ("other homes", "money"), and a measure's unit ("other winds km/h"):
// two articles' counts with one key are reports of one figure. near is
// the text from the count to a few words after it.
func figureKey(c Count, near string) (key, label string) {
	if c.Kind == "vaccinated" && !doseNouns[strings.TrimSpace(c.Noun)] {
		// "1.3 million people vaccinated" and "2.9 million doses" are
		// two figures
		return "vaccinated people", "people vaccinated"
	}
	for _, k := range eventKinds {
		if c.Kind == k.kind {
			return k.kind, k.label
		}
	}
	noun := strings.TrimSpace(c.Noun)
	if c.Kind == "people" && (attendNouns[noun] || attendCueRE().MatchString(near)) {
		return "attendees", "people attending"
	}
	switch c.Kind {
	case "money":
		return "money", "money"
	case "percent":
		if noun == "" {
			return "percent", "per cent"
		}
		return "percent " + noun, noun + " (per cent)"
	}
	if noun == "" || c.Kind == "people" && (noun == "people" || noun == "persons" || noun == "others") {
		return "", "" // "4,000 people" of one story and "1,000 people" of another are not one figure
	}
	if c.Kind == "other" && c.Unit != "" && c.Unit != noun {
		// a measure in its unit: "195 km/h" and "120 mph" winds are
		// one speed, not two reports that disagree
		return c.Kind + " " + noun + " " + c.Unit, noun + " (" + c.Unit + ")"
	}
	return c.Kind + " " + noun, noun
}

var (
	// doseNouns count doses, not the people given them.
	doseNouns   = map[string]bool{"dose": true, "doses": true, "shots": true, "jabs": true, "vaccines": true, "vaccinations": true, "boosters": true, "vaccine doses": true}
	attendNouns = map[string]bool{"concertgoers": true, "concert-goers": true, "spectators": true, "attendees": true, "fans": true,
		"visitors": true, "worshippers": true, "worshipers": true, "delegates": true, "participants": true, "marchers": true,
		"protesters": true, "protestors": true, "demonstrators": true, "pilgrims": true, "festivalgoers": true, "guests": true}
	attendCueRE = lazy.Regexp(`(?i)\b(attend(ing|ed|ance)?|gathered|crowd|audience|turnout|packed)\b`)
)

// year reads a year yearRE matched.
func year(s string) int {
	y, _ := strconv.Atoi(s)
	return y
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

var digitsRE = lazy.Regexp(`\d[\d,.]*\d|\d`)

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
			if len(na) >= 5 && len(nb) >= 5 && float64(briefing.CommonWords(na, nb, nil)) >= 0.8*float64(min(len(na), len(nb))) && shared >= 2 {
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
	speakers := &speakerSet{}
	for _, a := range arts {
		for _, q := range a.quotes(speakers) {
			if dup := findSameQuote(res.Quotes, q); dup != nil {
				dup.Also = append(dup.Also, a.ID)
				dup.AlsoLine = append(dup.AlsoLine, q.Line)
				wording := ""
				if !briefing.SameWords(dup.Text, q.Text) {
					wording = q.Text
				}
				dup.Wording = append(dup.Wording, wording)
				continue
			}
			res.Quotes = append(res.Quotes, q)
		}
	}
	res.Speakers = speakers.list
	res.Figures = groupFigures(arts)
	res.Spellings = findSpellings(arts)
	return res
}

// groupFigures makes the draft's figures: each article's first count of
// each figure (its lead first), one report per article; a count of what
// happened to people is always a figure, anything else only when two
// articles or more report it, since then the script must choose between
// them. Copies report too: the core's check keeps them from confirming.
func groupFigures(arts []*Article) []*Figure {
	byKey := map[string]*Figure{}
	var order []string
	for _, a := range arts {
		seen := map[string]bool{}
		for _, c := range a.counts() {
			if !c.lead {
				continue // beyond the lead, a count is usually of another event
			}
			key, label := figureKey(c.Count, c.near)
			if key == "" || seen[key] {
				continue
			}
			seen[key] = true
			f := byKey[key]
			if f == nil {
				f = &Figure{ID: key, Label: label}
				byKey[key] = f
				order = append(order, key)
			}
			f.Reports = append(f.Reports, Report{Value: c.Value, Qualifier: c.Qualifier, Source: a.ID, Caption: c.caption, Line: c.sentence})
		}
	}
	var out []*Figure
	for _, k := range eventKinds { // events first, in a fixed order
		if f := byKey[k.kind]; f != nil {
			out = append(out, f)
		}
	}
	taken := map[string]bool{}
	for _, f := range out {
		taken[f.ID] = true
	}
	for _, key := range order {
		f := byKey[key]
		if taken[key] || len(f.Reports) < 2 {
			continue
		}
		f.ID = ID(key, taken)
		out = append(out, f)
	}
	return out
}

// findSameQuote finds a quote of the same speaker that q repeats: the
// same words, allowing what two outlets change when they print one quote
// (a unit converted, a word respelled, a few words cut or added), judged
// by quoteWords.
func findSameQuote(qs []*Quote, q *Quote) *Quote {
	for _, o := range qs {
		if o.Speaker == q.Speaker && sameQuote(o.Text, q.Text) {
			return o
		}
	}
	return nil
}

// sameQuote tells two printings of one quote: after numbers and units
// are set aside, the words they share in order (a word and its respelling,
// one or two letters apart, count as one) are at least four in five of
// the shorter one's and two in three of the longer one's.
func sameQuote(a, b string) bool {
	wa, wb := quoteWords(a), quoteWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	shared := briefing.CommonWords(wa, wb, func(x, y string) bool {
		return x == y || len(x) >= 5 && len(y) >= 5 && x[0] == y[0] && briefing.EditDistance(x, y) <= 2
	})
	short, long := min(len(wa), len(wb)), max(len(wa), len(wb))
	return shared*5 >= short*4 && shared*3 >= long*2
}

// quoteWords are a quote's words, folded, without numbers and units.
func quoteWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }) {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 || units()[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// units are the words of measures an outlet may convert.
var units = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"km": true, "kilometres": true, "kilometers": true, "kilometre": true, "kilometer": true, "miles": true, "mile": true,
		"metres": true, "meters": true, "metre": true, "meter": true, "feet": true, "foot": true, "ft": true, "m": true, "kg": true, "kilograms": true,
		"pounds": true, "lb": true, "lbs": true, "tons": true, "tonnes": true, "celsius": true, "fahrenheit": true, "degrees": true, "c": true, "f": true,
		"hectares": true, "acres": true, "litres": true, "liters": true, "gallons": true, "mph": true, "kph": true, "km/h": true, "percent": true, "per": true, "cent": true}
})

// ID makes a fact-sheet id from a file name or a phrase, unique among
// taken, which it records: the base name without its extension, lower
// case and without accents ("Türk" → "turk"), each run of other
// characters one hyphen, "source-" before an id that would start with a
// digit, "id" for one with no Latin letters, "-2", "-3"… after one
// already taken.
// Sources are named after their files ("reuters-rnz.txt" → "reuters-rnz"),
// speakers after their surnames ("Barton" → "barton") and quotes after
// their speaker and first words ("barton-Russia is seen" →
// "barton-russia-is-seen").
func ID(name string, taken map[string]bool) string {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	var b strings.Builder
	for _, r := range article.FoldName(base) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	id := strings.Trim(b.String(), "-")
	if id == "" {
		id = "id" // a name in a script other than Latin
	} else if id[0] < 'a' {
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
	q := func(s string) string { return strconv.Quote(briefing.PlainLine(s)) }
	title := "TODO the question this episode answers"
	if len(res.Articles) > 0 {
		// the first headline the articles print, or else the first
		// article's opening words
		title = res.Articles[0].Title
		if i := slices.IndexFunc(res.Articles, func(a *Article) bool { return a.text != nil && a.text.Headlined() }); i >= 0 {
			title = res.Articles[i].Title
		}
	}
	w("%s\n", briefing.SchemaComment)
	w("# Drafted by briefing draft from %s. Check every TODO, then: briefing check\n", plural(len(res.Articles), "article"))
	w("show: TODO show name\ntitle: %s\nslug: %s\nformat: explainer\ntarget: 10m   # TODO running time\nhosts: [host]\n\n", q(title), slugYAML(slugify(title)))

	ids := map[*Speaker]string{}
	taken := map[string]bool{"host": true}
	w("speakers:\n  host: {name: TODO Host Name, role: host}\n")
	for _, sp := range sortedSpeakers(res.Speakers) {
		id := ID(speakerKey(sp), taken)
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
		if sp.Note != "" {
			w("    # the article adds: %s\n", sp.Note)
		}
		switch {
		case sp.Kind == article.Organisation:
			w("    # an organisation speaking (a statement, a spokesperson): name who spoke for it if the articles do\n")
		case sp.Kind == article.Unnamed:
			w("    # TODO: the articles do not name this speaker; say on air who they are\n")
		case sp.Title == "" && sp.Affiliation == "":
			w("    # TODO: the articles give no title or affiliation\n")
		}
		w("    role: %s   # TODO: expert, official, guest…\n", roleOf(sp))
	}

	w("\nsources:\n")
	for _, a := range res.Articles {
		w("  %s:\n    title: %s\n", a.ID, q(a.Title))
		if a.Outlet != "" {
			w("    outlet: %s\n", q(a.Outlet))
		} else {
			w("    # TODO: the text does not name its outlet\n")
		}
		if a.Meta.URL != "" {
			w("    url: %s\n", q(a.Meta.URL))
		}
		if d := isoDate(a.Meta.Date); d != "" {
			w("    published: %s\n", d)
		} else if a.Meta.Date != "" {
			w("    # dated %s\n", a.Meta.Date)
		}
		if a.Meta.Byline != "" {
			w("    # by %s\n", a.Meta.Byline)
		}
		if a.Meta.Dateline != "" {
			w("    # filed from %s\n", a.Meta.Dateline)
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
	qids := map[string]bool{}
	var quoteIDs []string
	for _, dq := range res.Quotes {
		sid := ids[dq.Speaker]
		qid := ID(sid+"-"+firstWords(dq.Text, 3), qids)
		quoteIDs = append(quoteIDs, qid)
		w("  - id: %s\n    speaker: %s\n    text: %s\n    source: %s\n", qid, sid, q(dq.Text), dq.Source)
		if dq.Partial {
			lead := dq.LeadIn
			if lead == "" {
				lead = "TODO the host's words that this phrase completes"
			}
			w("    partial: true   # a phrase inside the writer's sentence\n    lead_in: %s   # TODO: the article's words; put them in the host's\n", q(lead))
		}
		if dq.Said != "" {
			w("    said: %s   # TODO: how the article says it was said; confirm\n", q(dq.Said))
		}
		if dq.Cut {
			w("    # TODO: the article's text stops inside this quote (line %d); find the rest or cut it\n", dq.Line)
		}
		switch {
		case dq.Signed != "":
			w("    # TODO: a paragraph of a letter printed in full without quotation marks (line %d), signed by %s: confirm who wrote it\n", dq.Line, dq.Signed)
		case dq.Unmarked:
			w("    # TODO: printed without quotation marks (line %d, after %q): confirm where the speaker's words end\n", dq.Line, dq.Attribution)
		}
		switch {
		case dq.Headline:
			w("    # TODO: quoted in the headline (line %d), given to this speaker by %s: confirm who said it\n", dq.Line, q(dq.Attribution))
		case dq.Via == article.ByName:
		case dq.From > 0 && dq.Attribution == "":
			w("    # TODO: goes on from the quote on line %d, which has no attribution and is given to the speaker nearest it: confirm who said it\n", dq.From)
		case dq.From > 0:
			w("    # TODO: goes on from the quote on line %d, attributed by %s (%q): confirm who said it\n", dq.From, dq.Via.Describe(), dq.Attribution)
		case dq.Attribution == "":
			w("    # TODO: no attribution; given to the speaker nearest it (line %d): confirm who said it\n", dq.Line)
		default:
			w("    # TODO: attributed by %s (%q, line %d): confirm who said it\n", dq.Via.Describe(), dq.Attribution, dq.Line)
		}
		for i, also := range dq.Also {
			where := "in " + also
			if also == dq.Source {
				where = fmt.Sprintf("on line %d of the same article", dq.AlsoLine[i])
			}
			if dq.Wording[i] != "" {
				w("    # also %s, worded: %s\n", where, q(dq.Wording[i]))
			} else {
				w("    # also %s\n", where)
			}
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
			if dq.Speaker == sp {
				mine = append(mine, quoteIDs[i])
			}
		}
		w("  - {id: %s, title: %s, kind: expert, quotes: [%s]}\n", ids[sp], q(sp.Name), strings.Join(mine, ", "))
	}
	w("  - {id: sign-off, title: Sign-off, kind: sign-off}\n")
	return []byte(b.String())
}

// speakerKey is what a speaker's id is made from: a person's surname,
// an organisation's or an unnamed speaker's whole name.
func speakerKey(sp *Speaker) string {
	if sp.Kind != article.Person || strings.TrimSpace(sp.Name) == "" {
		return sp.Name
	}
	return article.NameKey(sp.Name) // "Elizabeth II": elizabeth-ii; "Robert Downey Jr.": downey
}

// roleOf guesses a speaker's role from the title: an organisation speaks
// through officials; a researcher's, analyst's or forecaster's title is an
// expert's; a title that says only where someone lives, what they own or
// what happened to them ("Sulphur business owner", "resident") is a
// guest's; any other title or rank is an official's; no title, a guest.
func roleOf(sp *Speaker) string {
	if sp.Kind == article.Organisation {
		return "official"
	}
	t := strings.ToLower(sp.Honorific + " " + sp.Title + " " + sp.Affiliation)
	for _, w := range []string{"professor", "expert", "analyst", "researcher", "scientist", "economist", "fellow", "historian", "scholar", "lecturer", "director of", "author", "specialist", "epidemiologist", "institute", "university", "centre", "center", "meteorologist", "forecaster", "climatologist", "ologist"} {
		if strings.Contains(t, w) {
			return "expert"
		}
	}
	if sp.Title != "" && sp.Honorific == "" && layTitle(strings.ToLower(sp.Title)) {
		return "guest"
	}
	if sp.Title != "" || sp.Honorific != "" {
		return "official"
	}
	return "guest"
}

// layTitle tells a title that names no office: its last word says where
// someone lives, what they own or do for themselves, or what happened to
// them ("Howard Street resident", "business owner", "witness").
func layTitle(title string) bool {
	f := strings.Fields(title)
	return len(f) > 0 && layNouns[f[len(f)-1]]
}

var layNouns = map[string]bool{"resident": true, "residents": true, "owner": true, "homeowner": true, "witness": true, "eyewitness": true,
	"passenger": true, "survivor": true, "victim": true, "parent": true, "mother": true, "father": true, "student": true, "fan": true,
	"neighbour": true, "neighbor": true, "customer": true, "shopper": true, "driver": true, "motorist": true, "commuter": true,
	"farmer": true, "volunteer": true, "voter": true, "tenant": true, "patient": true, "bystander": true, "villager": true,
	"worshipper": true, "pedestrian": true, "local": true, "mum": true, "mom": true, "dad": true, "grandmother": true, "grandfather": true}

// isoDate writes a printed date as YYYY-MM-DD, or "" when it is not one
// of the forms article.Meta reads.
func isoDate(s string) string {
	s = strings.ReplaceAll(s, ",", "")
	for _, layout := range []string{"January 2 2006", "Jan 2 2006", "Jan. 2 2006", "2 January 2006", "2 Jan 2006", "2006-01-02", "1/2/2006", "Sept. 2 2006", "Sept 2 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// slugify makes a slug from a title: "What is ISIS-K?" → "what-is-isis-k".
func slugify(title string) string {
	var parts []string
	for _, w := range strings.FieldsFunc(article.FoldName(title), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		parts = append(parts, w)
		if len(parts) == 8 {
			break
		}
	}
	if len(parts) == 0 {
		return "episode"
	}
	slug := strings.Join(parts, "-")
	for len(slug) > briefing.MaxSlug {
		// (a slug is at most 80 characters: cut at a hyphen, or else
		// in the word)
		if i := strings.LastIndexByte(slug[:briefing.MaxSlug], '-'); i > 0 {
			slug = slug[:i]
		} else {
			slug = slug[:briefing.MaxSlug]
		}
	}
	return slug
}

// slugYAML is a slug as the fact sheet writes it: bare, or quoted when
// YAML would read it as something other than text ("2024", "0b1010",
// "1e5", "true", "null").
func slugYAML(slug string) string {
	switch slug {
	case "true", "false", "yes", "no", "on", "off", "y", "n", "null":
		return strconv.Quote(slug)
	}
	if r := firstRune(slug); r >= '0' && r <= '9' {
		return strconv.Quote(slug)
	}
	return slug
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// Summary counts what the draft found: "5 sources, 5 speakers, 8
// quotes, 4 figures".
func (r *Result) Summary() string {
	return fmt.Sprintf("%s, %s, %s, %s", plural(len(r.Articles), "source"), plural(len(r.Speakers), "speaker"), plural(len(r.Quotes), "quote"), plural(len(r.Figures), "figure"))
}

// plural writes a count and its noun: "1 article", "5 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
