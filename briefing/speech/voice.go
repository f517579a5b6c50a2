package speech

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// Voice is how a speaker reads: a pace and the pauses left at commas,
// sentence ends and paragraph ends. WPM is the pace on typical news copy,
// pauses included, the figure producers quote ("our host reads at 160");
// the time a text takes then follows from what is actually in it: its
// syllables as spoken, and its punctuation. The zero value is not usable;
// start from DefaultVoice, or fit one with Calibrate.
type Voice struct {
	WPM       float64
	Comma     time.Duration
	Sentence  time.Duration
	Paragraph time.Duration
}

// Typical news copy, the yardstick that turns a pace in words per minute
// into a time per syllable: about 1.5 syllables a word (readability
// studies put general English prose at roughly 1.4–1.5), a comma or other
// short pause every 12 words and a sentence end every 20.
const (
	typicalSyllablesPerWord = 1.5
	typicalCommasPerWord    = 1.0 / 12
	typicalSentencesPerWord = 1.0 / 20
)

// Default paces, in words per minute on typical copy. Broadcast news is
// read at about 150–190 words per minute: a host's default sits in the
// middle of that range, so that it is off by at most an eighth for any
// reader in it; reporters read a little faster, and interviewed voices
// speak conversationally, slower than any script. Calibrate a host to
// replace the guess with the host's own pace.
const (
	DefaultHostWPM     = 170
	DefaultReporterWPM = 175
	DefaultGuestWPM    = 150
)

// Default pauses: a short pause at a comma, colon, semicolon or dash, a
// longer one at a sentence end, and a breath between paragraphs (cues).
// They are starting points: calibrate a host to replace them with that
// host's own.
const (
	DefaultComma     = 200 * time.Millisecond
	DefaultSentence  = 450 * time.Millisecond
	DefaultParagraph = 700 * time.Millisecond
)

// DefaultVoice returns the default voice for a speaker's role: the
// default pauses, at DefaultReporterWPM for "reporter", DefaultGuestWPM for
// any other role, and DefaultHostWPM for "host" or no role.
func DefaultVoice(role string) Voice {
	v := Voice{WPM: DefaultHostWPM, Comma: DefaultComma, Sentence: DefaultSentence, Paragraph: DefaultParagraph}
	switch role {
	case "host", "":
	case "reporter":
		v.WPM = DefaultReporterWPM
	default:
		v.WPM = DefaultGuestWPM
	}
	return v
}

// SyllableSeconds is the time the voice takes per syllable, pauses aside:
// what is left of a typical word's time once its share of pauses is taken
// out, spread over its syllables.
func (v Voice) SyllableSeconds() float64 {
	perWord := 60 / v.WPM
	pauses := typicalCommasPerWord*v.Comma.Seconds() + typicalSentencesPerWord*v.Sentence.Seconds()
	return (perWord - pauses) / typicalSyllablesPerWord
}

// Check reports what makes a voice unusable: a pace outside 60–400 words
// per minute, a negative pause, or pauses so long that no time is left for
// the words at that pace.
func (v Voice) Check() error {
	switch {
	case math.IsNaN(v.WPM) || v.WPM < 60 || v.WPM > 400:
		return fmt.Errorf("%s words per minute is outside 60–400; broadcast reads run at about 150–190", FormatNumber(v.WPM))
	case v.Comma < 0 || v.Sentence < 0 || v.Paragraph < 0:
		return fmt.Errorf("pauses cannot be negative")
	case v.Comma > 3*time.Second || v.Sentence > 5*time.Second || v.Paragraph > 10*time.Second:
		return fmt.Errorf("pauses of %s, %s and %s are too long to be a read (comma at most 3s, sentence 5s, paragraph 10s)", v.Comma, v.Sentence, v.Paragraph)
	case v.SyllableSeconds() < 0.03:
		return fmt.Errorf("at %s words per minute, pauses of %s at commas and %s at sentence ends leave no time for the words; shorten them", FormatNumber(v.WPM), v.Comma, v.Sentence)
	}
	return nil
}

// Estimate is what the model sees in a text and the time it gives.
type Estimate struct {
	Seconds     float64 `json:"seconds"`
	Words       int     `json:"words"`
	SpokenWords int     `json:"spoken_words"`
	Syllables   int     `json:"syllables"`
	Commas      int     `json:"short_pauses"`
	Sentences   int     `json:"sentence_pauses"`
	Paragraphs  int     `json:"paragraphs"`
	Spoken      string  `json:"spoken"`
}

// Duration is the estimate as a duration, rounded to a tenth of a second.
func (e Estimate) Duration() time.Duration {
	return time.Duration(math.Round(e.Seconds*10)) * 100 * time.Millisecond
}

// features counts what drives a read's length: syllables as spoken, short
// pauses, inner sentence ends and paragraphs (the last sentence of a
// paragraph ends in the paragraph pause). The spoken text is read token by
// token, a token being what lies between spaces: a token that holds a word
// is one spoken word, and its syllables are counted whole ("KOO-gul-mun").
func features(text string, p Pronunciations) Estimate {
	var e Estimate
	var spoken []string
	for _, para := range paragraphs(text) {
		s := p.Spoken(para)
		spoken = append(spoken, s)
		e.Paragraphs++
		e.Words += countWords(para)
		for _, w := range strings.Fields(s) {
			if hasWord(w) {
				e.SpokenWords++
				e.Syllables += Syllables(w)
			}
		}
		c, st := pauses(s)
		e.Commas += c
		e.Sentences += st
	}
	e.Spoken = strings.Join(spoken, "\n\n")
	return e
}

// paragraphs splits text at blank lines, dropping empty ones.
func paragraphs(text string) []string {
	var out []string
	var cur []string
	for _, ln := range strings.Split(text, "\n") {
		if strings.TrimSpace(ln) == "" {
			if len(cur) > 0 {
				out = append(out, strings.Join(cur, " "))
				cur = nil
			}
			continue
		}
		cur = append(cur, ln)
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, " "))
	}
	return out
}

// Estimate times text read by the voice, with the pronouncers p applied:
// each syllable as spoken at the voice's syllable time, plus its pauses.
func (v Voice) Estimate(text string, p Pronunciations) Estimate {
	e := features(text, p)
	if e.SpokenWords == 0 {
		return e
	}
	e.Seconds = float64(e.Syllables)*v.SyllableSeconds() +
		float64(e.Commas)*v.Comma.Seconds() + float64(e.Sentences)*v.Sentence.Seconds() +
		float64(e.Paragraphs)*v.Paragraph.Seconds()
	return e
}

// ReadTime is how long the voice takes to read text, rounded to a tenth of
// a second.
func (v Voice) ReadTime(text string) time.Duration {
	return v.Estimate(text, nil).Duration()
}

// pauses counts the short (comma-like) and long (sentence-end) pauses in
// spoken text; the final sentence end is covered by the paragraph pause.
func pauses(spoken string) (short, long int) {
	f := strings.Fields(spoken)
	for i, w := range f {
		last := i == len(f)-1
		w = strings.TrimRight(w, "\"'”’)")
		switch {
		case w == "–" || w == "—" || w == "-":
			short++
		case strings.HasSuffix(w, ".") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!"):
			if !last {
				long++
			}
		case strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":"):
			short++
		}
	}
	return short, long
}
