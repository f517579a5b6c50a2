package article

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// headlineQuotes reads the quotations of the headline ("French interior
// minister blames protest violence on ‘thugs’", "Moyes rues United
// 'sickener'", "Government 'not doing enough' for nature, say
// charities"). A headline speaks in shorthand and names its speaker, if
// at all, as the story under it does later, so a quotation there is
// someone's only when the story says whose: the story quotes the same
// words, or the headline names, by name, surname or title, a person or
// a body the story has named, before the quotation ("Moyes rues"), as
// a label ("Chris Cassidy: SpaceX launch is …") or after it ("…, say
// charities"). Anything else in marks there is left out. They come
// first, in the order of the text.
func (r *reader) headlineQuotes() []Quote {
	t := r.t
	h := t.Title
	if t.titleLine == 0 || h == "" || slices.ContainsFunc(t.Body, func(p Para) bool { return p.Line == t.titleLine }) {
		return nil // no headline, or one the story reads as a paragraph of its own
	}
	spans := findSpans(h)
	if !strings.ContainsFunc(h, isMark) {
		spans = singleSpansOf(h, 1) // headlines quote in single marks, a word at a time
	}
	var out []Quote
	for _, s := range spans {
		said := strings.TrimSpace(h[s.start:s.end])
		partial := isPartial(said, h[:s.open])
		sp, att := r.sameWordsInStory(said)
		if s.unclosed || !strings.ContainsFunc(said, unicode.IsLetter) || (titleCased([]string{said}, partial) || partial && allCapitalised(said)) && !r.capitalisedByHeadline(said, h, spans, sp) {
			continue // (nor is a title in marks: “I’m A Celebrity…Get Me Out Of Here!”)
		}
		via := ByName
		if sp == nil {
			sp, via, att = r.headlineSpeaker(h, s)
		}
		if sp == nil {
			continue
		}
		q := Quote{Text: said, Parts: []string{said}, Speaker: sp, Via: via, Attribution: att,
			Para: -1, Line: t.titleLine, Headline: true, Partial: partial}
		if partial {
			// the headline's words it completes, after any label
			before := h[:s.open]
			if i := strings.LastIndex(before, ": "); i >= 0 {
				before = before[i+2:]
			}
			q.Before = strings.TrimSpace(before)
		}
		out = append(out, q)
	}
	return out
}

// capitalisedByHeadline tells a quotation of a headline in title case
// that the headline's style capitalised: the story quotes the same words
// (sp is whom it gives them), printed in small letters ("US Federal
// Coronavirus Guidelines ‘Fading Out’ as Focus Turns to Reopening" over
// "… will be “fading out,”"), not as the name they are ("… Historic Site
// “Saratoga National Battlefield Park”").
func (r *reader) capitalisedByHeadline(said, h string, spans []span, sp *Speaker) bool {
	return sp != nil && titleCased([]string{outsideMarks(h, spans)}, false) &&
		!slices.ContainsFunc(r.t.Body, func(p Para) bool { return strings.Contains(p.Text, said) })
}

// sameWordsInStory finds the story's quote that holds the words of a
// headline's quotation, in the same order, and gives its speaker and
// where the story says it: "the same words, line 12".
func (r *reader) sameWordsInStory(said string) (*Speaker, string) { return r.sameWordsAfter(said, -1) }

// sameWordsAfter is sameWordsInStory among the quotes of paragraphs after
// paragraph pi.
func (r *reader) sameWordsAfter(said string, pi int) (*Speaker, string) {
	w := foldedWords(said)
	if len(w) == 0 {
		return nil, ""
	}
	for _, q := range r.out {
		if q.Para <= pi {
			continue
		}
		// (a word must be all the story's quote says: "Deepfake" is a
		// word of many quotes; two words the most of a short phrase:
		// "‘meaningful progress’" of "“the most meaningful progress”")
		if qw := foldedWords(q.Text); len(w) < 3 && slices.Equal(qw, w) || len(w) == 2 && len(qw) <= 4 && containsRun(qw, w) || len(w) >= 3 && containsRun(qw, w) {
			return q.Speaker, fmt.Sprintf("the same words, line %d", q.Line)
		}
	}
	return nil, ""
}

// headlineSpeaker is whom a headline gives its quotation at s to: the
// label before a colon, the subject of its clause, or the speaker after
// the quotation ("…, say charities", "…: Barber's lawyer"), each only if
// the story has named them.
func (r *reader) headlineSpeaker(h string, s span) (*Speaker, Via, string) {
	before := h[:s.open]
	var candidates []string
	if name, _, _ := ownerPhrase(before); name != "" {
		candidates = append(candidates, name) // "NFL owners back players after Trump's call to ‘fire’ protesters"
	}
	// who the headline says said it, after a dash or a colon ("‘It was
	// painful’ – Graham Potter reacts …"), before a label that may only
	// say what the story is about ("EPL: ‘It was painful’ – …")
	after := strings.TrimSpace(h[s.close:])
	for _, lead := range []string{": ", "- ", "– ", "— "} {
		if rest, ok := strings.CutPrefix(after, lead); ok {
			rest = strings.TrimSpace(rest)
			candidates = append(candidates, rest)
			if f := strings.Fields(rest); len(f) > 2 {
				if k := slices.IndexFunc(f, func(w string) bool { return !isCap(w) }); k > 0 {
					candidates = append(candidates, strings.Join(f[:k], " "))
				}
			}
		}
	}
	if i := strings.LastIndex(before, ": "); i >= 0 {
		candidates = append(candidates, strings.TrimSpace(before[:i])) // "Chris Cassidy: SpaceX launch is"
		before = before[i+2:]
	}
	// the subject: the longest of the clause's first words that names
	// someone ("French interior minister blames", "Moyes rues")
	if i := strings.LastIndex(before, ", "); i > 0 {
		// "Afghan officials say air strike killed civilians, NATO says
		// ‘enemy’": the subject of the quotation's own clause, a body
		// the story names, though it quotes it under another name ("the
		// international coalition said")
		if g := strings.Fields(before[i+2:]); len(g) >= 2 && len(g) <= 4 && sayVerbs.Has(g[len(g)-1]) {
			np := strings.Join(g[:len(g)-1], " ")
			if sp, via := r.namedInStory(np); sp != nil {
				return sp, via, np
			}
			if isCap(np) && (isAcronym(np) || orgRun(np)) && slices.ContainsFunc(r.t.Body, func(p Para) bool { return wordAt(p.Text, np) >= 0 }) {
				return r.cast.org(np), ByName, np
			}
		}
	}
	f := strings.Fields(before)
	for k := min(len(f), 6); k > 0; k-- {
		if l := strings.ToLower(f[0]); k == 1 && (orgRoleNouns.Has(l) || isRoleNoun(l)) && !(len(f) > 1 && isSpeechVerb(strings.ToLower(f[1]))) {
			continue // "School goes into ‘lockdown’": a kind of body, no name, that says nothing
		}
		candidates = append(candidates, strings.Join(f[:k], " "))
	}
	for _, lead := range []string{", say ", ", says ", ", said "} {
		if i := strings.LastIndex(" "+after, lead); i >= 0 {
			// "Government ‘not doing enough’ for nature, say charities"
			candidates = append(candidates, strings.TrimSpace(after[max(i-1, 0)+len(lead):]))
		}
	}
	if i := strings.LastIndex(after, ", "); i >= 0 {
		// "Blades play ‘one of the worst games of the year’ against
		// Tigers, coach says", "…, police say": whom the headline says
		// said it, before anyone its clause names
		if f := strings.Fields(strings.TrimRight(after[i+2:], ".!? ")); len(f) >= 2 && len(f) <= 5 && sayVerbs.Has(f[len(f)-1]) {
			np := strings.Join(f[:len(f)-1], " ")
			if sp, via := r.namedInStory(np); sp != nil {
				return sp, via, np
			}
			if head := strings.ToLower(f[len(f)-2]); np == strings.ToLower(np) && isRoleNoun(head) {
				if sp := r.byRole(np, len(r.t.Body), 0); sp != nil {
					return sp, ByRole, np
				}
				return &Speaker{Name: np, Kind: Unnamed}, ByRole, np
			}
		}
	}
	for _, np := range candidates {
		if sp, via := r.namedInStory(np); sp != nil {
			return sp, via, np
		}
	}
	return nil, 0, ""
}

// namedInStory finds the person or body a headline's noun phrase names
// among those the story has named, without adding anyone: a name or a
// surname ("Moyes"), a title ("Saudi energy minister", "CDC chief"), an
// organisation's name, or a speaker the story describes the same way
// ("charities").
func (r *reader) namedInStory(np string) (*Speaker, Via) {
	np = strings.TrimSpace(strings.TrimRight(np, ".,;:!?"))
	np = strings.TrimPrefix(strings.TrimPrefix(np, "The "), "the ")
	f := strings.Fields(np)
	if len(f) == 0 || len(f) > 6 {
		return nil, 0
	}
	name := np
	if last := makeToken(f[len(f)-1], 0); last.possessive {
		name = strings.TrimSpace(strings.Join(f[:len(f)-1], " ") + " " + last.core) // "Moyes's"
	}
	for _, sp := range r.cast.people {
		if strings.EqualFold(sp.Name, name) {
			return sp, ByName
		}
	}
	if len(f) == 1 {
		if sp := r.cast.known(name); sp != nil {
			return sp, ByName
		}
	} else if sp := r.cast.known(lastWord(name)); sp != nil && isCap(f[0]) && strings.Contains(sp.Name, f[0]) {
		return sp, ByName // "Jeremy Hunt"
	}
	for _, sp := range r.speakers {
		if sp.Kind != Person && (strings.EqualFold(sp.Name, name) || r.cast.acronyms[name] == sp) {
			return sp, ByName // a body or a group the story quotes: "Labour", "charities"
		}
	}
	lower := strings.ToLower(name)
	if len(f) == 1 && name == lower && strings.HasSuffix(lower, "s") && (r.hasWord(lower) || r.hasWord(capitalised(lower))) {
		return &Speaker{Name: lower, Kind: Unnamed}, ByName // "…, say charities": those the story calls so
	}
	if head := headNoun(lower); isRoleNoun(head) || head == "chief" {
		if sp := r.byRole(lower, len(r.t.Body), 0); sp != nil && sp.Kind == Person {
			return sp, ByRole
		}
	}
	return nil, 0
}

// foldedWords are the words of s in lower case, letters and digits only.
func foldedWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// containsRun tells whether sub occurs in w as consecutive words.
func containsRun(w, sub []string) bool {
	for i := 0; i+len(sub) <= len(w); i++ {
		if slices.Equal(w[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
