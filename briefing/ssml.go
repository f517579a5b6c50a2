package briefing

import (
	"encoding/xml"
	"fmt"
	"regexp"
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
			spoken = subAliases(spoken, c.sheet.Pronounce, c.sheet.PronounceIPA)
		}
		b.WriteString("<s>" + spoken + "</s>")
	}
	return b.String()
}

// SSMLTime writes a duration as an SSML time: whole milliseconds, "700ms".
func SSMLTime(d time.Duration) string { return fmt.Sprintf("%dms", d.Milliseconds()) }

// attrEscape escapes text for an XML attribute in double quotes (and for
// a regexp replacement, where $ is special).
func attrEscape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(xmlEscape(s), `"`, "&quot;"), "$", "$$")
}

func xmlEscape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// subAliases wraps each pronouncer's word, where it stands as a word, in
// <phoneme alphabet="ipa" ph="…"> when the sheet gives its IPA and in
// <sub alias="…"> otherwise, longest words first so that one never splits
// another.
func subAliases(escaped string, p speech.Pronunciations, ipa map[string]string) string {
	words := make([]string, 0, len(p))
	for w := range p {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		return len(words[i]) > len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j]
	})
	for _, w := range words {
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(xmlEscape(w)) + `\b`)
		if ph, ok := ipa[w]; ok {
			escaped = re.ReplaceAllString(escaped, `<phoneme alphabet="ipa" ph="`+attrEscape(ph)+`">$0</phoneme>`)
		} else {
			escaped = re.ReplaceAllString(escaped, `<sub alias="`+attrEscape(p[w])+`">$0</sub>`)
		}
	}
	return escaped
}
