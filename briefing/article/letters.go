package article

import (
	"sort"
	"strings"
	"unicode"
)

// A letter is one a release reprints in full, without quotation marks,
// as offices print the letters they send: an address or a salutation
// ("The Honorable …", "Dear Acting Administrator Gaynor:"), the body,
// then a valediction ("Sincerely,") and the signatures. Every paragraph
// of the body is a quotation of whoever signed it.
type letter struct {
	from, to int      // the source lines the body lies between, both included
	signed   []string // the lines under the valediction: names, and titles

	// who signed it, once read (see signer), the words that say so, and
	// the signers' names joined with commas
	read  bool
	by    *Speaker
	att   string
	names string
}

// letterSearch is how many paragraphs above a valediction the letter's
// address or salutation is looked for.
const letterSearch = 60

// findLetters finds the letters in an article's paragraphs, of every
// kind (a valediction and a signature are read as crossheads): a
// valediction with something signed under it, below an address or a
// salutation with at least one paragraph between them.
func findLetters(paras []Para) []letter {
	var out []letter
	start := 0 // a letter starts below the last one
	for v, p := range paras {
		rest, ok := valediction(p.Text)
		if !ok {
			continue
		}
		var signed []string
		if rest != "" {
			signed = append(signed, rest) // "Best regards,Jane Doe": a scraped page glued the signature on
		}
		for j := v + 1; j < len(paras) && j <= v+8; j++ {
			s := strings.TrimSpace(paras[j].Text)
			if countFields(s) > 8 || strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "Jr.") && !strings.HasSuffix(s, "Sr.") {
				break // the release goes on
			}
			signed = append(signed, s)
		}
		top := -1
		for j := v - 1; j >= start && j >= v-letterSearch; j-- {
			if salutation(paras[j].Text) || addressed(paras[j].Text) {
				top = j
				break
			}
		}
		if len(signed) == 0 || top < 0 || top == v-1 {
			continue
		}
		out = append(out, letter{from: paras[top+1].Line, to: paras[v].Line - 1, signed: signed})
		start = v + 1
	}
	return out
}

// valediction tells a paragraph that closes a letter ("Sincerely,",
// "Yours faithfully"), returning what follows it when a scraped page
// glued the signature to it.
func valediction(p string) (rest string, ok bool) {
	p = strings.TrimSpace(p)
	if len(p) > 80 {
		return "", false
	}
	for _, v := range valedictions {
		if after, found := cutPrefixFold(p, v); found {
			after = strings.TrimLeft(after, ",.")
			if after != "" && unicode.IsLetter(firstRune(after)) && !unicode.IsUpper(firstRune(after)) {
				continue // "Regardless of …"
			}
			if after == "" || p[len(v)] == ',' {
				return strings.TrimSpace(after), true
			}
		}
	}
	return "", false
}

// valedictions close a letter, longest first so that "Sincerely yours"
// is not taken for "Sincerely".
var valedictions = []string{"Very truly yours", "Yours very truly", "Sincerely yours", "Yours sincerely",
	"Respectfully submitted", "Respectfully yours", "Yours respectfully", "Yours faithfully", "Yours truly",
	"With best wishes", "Warmest regards", "Warm regards", "Kind regards", "Best regards", "With gratitude",
	"With appreciation", "Best wishes", "Respectfully", "Sincerely", "Faithfully", "Cordially", "Regards"}

// salutation tells the line that opens a letter's body: "Dear Acting
// Administrator Gaynor:", "Dear Colleague,", "To whom it may concern:".
func salutation(p string) bool {
	p = strings.TrimSpace(p)
	if !strings.HasSuffix(p, ":") && !strings.HasSuffix(p, ",") {
		return false
	}
	if _, ok := cutPrefixFold(p, "To whom it may concern"); ok {
		return true
	}
	return strings.HasPrefix(p, "Dear ") && countFields(p) <= 10
}

// addressed tells a letter's inside address, which opens with the
// addressee's style: "The Honorable James W. Carroll Jr.".
func addressed(p string) bool {
	p = strings.TrimSpace(p)
	for _, style := range []string{"The Honorable ", "Honorable ", "The Hon. ", "The Rt. Hon. ", "The Right Honourable "} {
		if strings.HasPrefix(p, style) {
			return true
		}
	}
	return false
}

// letterAt is the letter whose body holds source line line, if any. The
// letters are in order and apart, so the one to look at is the last that
// starts at or before the line.
func (t *Text) letterAt(line int) *letter {
	i := sort.Search(len(t.letters), func(i int) bool { return t.letters[i].from > line }) - 1
	if i >= 0 && line <= t.letters[i].to {
		return &t.letters[i]
	}
	return nil
}

// signer is who a letter whose body opens at paragraph pi is from: the
// one person who signed it, or, when several did, whoever the article
// has just quoted as writing (the group it names, "the lawmakers
// write") or else the first of them. A
// signature is a name line, then perhaps a title line under it ("Josh
// Hawley", "U.S. Senator") or after a comma.
func (r *reader) signer(l *letter, pi int) (*Speaker, string) {
	if !l.read {
		l.by, l.att = r.readSigner(l, pi)
		l.read = true
	}
	return l.by, l.att
}

// readSigner reads who signed a letter whose body opens at paragraph pi,
// for signer; the group that wrote it is looked for in the paragraphs just
// before.
func (r *reader) readSigner(l *letter, pi int) (*Speaker, string) {
	type signature struct{ name, title string }
	var sigs []signature
	for _, s := range l.signed {
		s = strings.TrimRight(s, ",")
		name, title, _ := strings.Cut(s, ",")
		name, title = strings.TrimSpace(name), strings.TrimSpace(title)
		if r.signatureName(name) {
			sigs = append(sigs, signature{name, title})
		} else if len(sigs) > 0 && sigs[len(sigs)-1].title == "" {
			sigs[len(sigs)-1].title = s
		}
	}
	var names []string
	for _, sg := range sigs {
		names = append(names, sg.name)
	}
	l.names = strings.Join(names, ", ")
	switch {
	case len(sigs) == 0:
		return nil, ""
	case len(sigs) > 1:
		for i := len(r.out) - 1; i >= 0 && r.out[i].Para >= pi-letterSearch; i-- {
			if att := strings.ToLower(r.out[i].Attribution); strings.Contains(att, "writ") || strings.Contains(att, "wrote") {
				return r.out[i].Speaker, r.out[i].Attribution
			}
		}
	}
	sp := r.cast.person(sigs[0].name, true)
	if sp.Title == "" && len(sigs) == 1 {
		sp.Title = sigs[0].title
	}
	return sp, sigs[0].name
}

// signatureName tells a line that is a signer's name: two to four
// capitalised words, no office among them, the first a given name or the
// name of someone the article has named.
func (r *reader) signatureName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !isCap(w) || offices.Has(w) || honorifics.Has(w) {
			return false
		}
	}
	return isGivenName(words[0]) || r.cast.person(s, false) != nil
}

// sentenceEnd tells a paragraph that ends as a sentence does, with its
// closing mark or bracket after the stop if any.
func sentenceEnd(p string) bool {
	p = strings.TrimRight(strings.TrimSpace(p), "”’\"')")
	return p != "" && strings.ContainsRune(".?!:;", lastRune(p))
}
