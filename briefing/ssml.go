package briefing

import (
	"encoding/xml"
	"fmt"
	"html"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/briefing-dev/briefing/briefing/article"
	"github.com/briefing-dev/briefing/briefing/speech"
)

// SSML is the cue's words as W3C SSML 1.1 for a speech synthesizer: each
// sentence an <s> element, in the spoken form (numbers, dates and symbols
// as they are said), a pronouncer's word as <sub alias="RESPELLING">,
// escaped for XML. It is meant to go inside a <p> of a <voice>.
func (c *Cue) SSML() string {
	var b strings.Builder
	for _, sent := range article.Sentences(c.Text) {
		spoken := xmlEscape(speech.Spoken(sent))
		if c.sheet != nil {
			spoken = subAliases(spoken, c.sheet)
		}
		b.WriteString("<s>" + spoken + "</s>")
	}
	return b.String()
}

// SSMLTime writes a duration as an SSML time: whole milliseconds, "700ms".
func SSMLTime(d time.Duration) string { return fmt.Sprintf("%dms", d.Milliseconds()) }

// xmlEscape escapes text for XML, in content or in a double-quoted
// attribute.
func xmlEscape(s string) string {
	if plainASCII(s) {
		return s // nothing to escape: most text
	}
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// plainASCII tells text that XML escaping leaves as it is: printable
// ASCII without quotes, ampersands or angle brackets.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\'' || c == '&' || c == '<' || c == '>' {
			return false
		}
	}
	return true
}

// subAliases wraps each pronouncer's word, where it stands as a word, in
// <phoneme alphabet="ipa" ph="…"> when the sheet gives its IPA and in
// <sub alias="…"> otherwise, in one pass, so that no replacement is
// wrapped again.
func subAliases(escaped string, s *FactSheet) string {
	re := s.pronouncerRE()
	if re == nil || !slices.ContainsFunc(s.pronounceWords, func(w string) bool { return strings.Contains(escaped, w) }) {
		return escaped // most sentences name none: the expression need not run
	}
	return re.ReplaceAllStringFunc(escaped, func(w string) string {
		word := html.UnescapeString(w)
		if ph, ok := s.PronounceIPA[word]; ok {
			return `<phoneme alphabet="ipa" ph="` + xmlEscape(ph) + `">` + w + `</phoneme>`
		}
		return `<sub alias="` + xmlEscape(s.Pronounce[word]) + `">` + w + `</sub>`
	})
}

// pronouncerRE matches, in XML-escaped text, any word the sheet has a
// pronouncer for, longest first; built once for the sheet, nil when it
// has none.
func (s *FactSheet) pronouncerRE() *regexp.Regexp {
	s.pronounceOnce.Do(func() {
		words := make([]string, 0, len(s.Pronounce))
		for w := range s.Pronounce {
			s.pronounceWords = append(s.pronounceWords, xmlEscape(w))
			words = append(words, regexp.QuoteMeta(xmlEscape(w)))
		}
		if len(words) == 0 {
			return
		}
		sort.Slice(words, func(i, j int) bool {
			return len(words[i]) > len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j]
		})
		s.pronounceRE = regexp.MustCompile(`\b(?:` + strings.Join(words, "|") + `)\b`)
	})
	return s.pronounceRE
}
