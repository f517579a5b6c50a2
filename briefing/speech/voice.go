package speech

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// Voice is how a speaker reads: a pace and the pauses left at commas,
// sentence ends and paragraph ends.
//
// WPM is the pace the way a stopwatch measures it: the written words of a
// whole read of typical copy divided by the read's length, all its pauses
// included, from its first word to the start of what follows it. That is
// the figure producers quote ("our host reads at 160"). The model turns it
// into a time per letter of the spoken form by taking typical copy's
// pauses out of it once, and puts back the pauses the copy at hand
// actually has: copy with longer words, more numbers, commas or sentence
// ends than typical copy reads slower than WPM, copy with fewer reads
// faster. The pauses are never counted twice. The zero value is not
// usable; start from DefaultVoice, or fit one with Calibrate.
type Voice struct {
	WPM       float64
	Comma     time.Duration
	Sentence  time.Duration
	Paragraph time.Duration
}

// Typical copy, the yardstick that turns a pace in words per minute into a
// time per letter: what the development reads (testdata/reads/dev, 106
// broadcast reads) hold per written word, as the model counts it.
const (
	typicalLettersPerWord    = 4.979
	typicalCommasPerWord     = 1 / 20.6
	typicalSentencesPerWord  = 1 / 22.9
	typicalParagraphsPerWord = 1 / 68.3
)

// Default paces, in words per minute, pauses included (see Voice). The
// host's default is where the published figures for broadcast copy
// (about 150–190 words per minute) meet what was measured: the
// development reads (whose newsreaders read slowly) and a trial on which
// an earlier model ran 5.2% long on newsreaders while right overall; this
// pace puts both within 3% (testdata/reads and the README's Timing
// section say how it was measured and where it is off). Reporters read scripts at the same
// pace; an interviewed voice is heard in its own clip, whose length a
// fact sheet states, and is estimated slower. Calibrate a host to replace
// the default with the host's own pace.
const (
	DefaultHostWPM     = 163.5
	DefaultReporterWPM = 163.5
	DefaultGuestWPM    = 150
)

// Default pauses: a short pause at a comma, colon, semicolon or dash, a
// longer one at a sentence end, and the gap after a paragraph (a cue),
// before whatever follows: the lengths that predict the development reads
// best when each show's pace is fitted on the other shows (a broad
// optimum; a comma is often read without a pause at all, and a short
// sentence pause keeps copy transcribed with few full stops from reading
// short; the README gives the measurement).
const (
	DefaultComma     = 100 * time.Millisecond
	DefaultSentence  = 300 * time.Millisecond
	DefaultParagraph = 1000 * time.Millisecond
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

// typicalPauseSeconds is the time the voice's pauses take in one written
// word of typical copy.
func (v Voice) typicalPauseSeconds() float64 {
	return typicalCommasPerWord*v.Comma.Seconds() + typicalSentencesPerWord*v.Sentence.Seconds() +
		typicalParagraphsPerWord*v.Paragraph.Seconds()
}

// typicalWordSeconds is the time one written word of typical copy takes at
// letter seconds a letter with v's pauses.
func typicalWordSeconds(letter float64, v Voice) float64 {
	return typicalLettersPerWord*letter + v.typicalPauseSeconds()
}

// LetterSeconds is the time the voice takes per letter of the spoken form,
// pauses aside: what is left of a typical word's time once its share of
// pauses is taken out, spread over its letters.
func (v Voice) LetterSeconds() float64 {
	return (60/v.WPM - v.typicalPauseSeconds()) / typicalLettersPerWord
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
	case v.LetterSeconds() < 0.01:
		return fmt.Errorf("at %s words per minute, pauses of %s at commas and %s at sentence ends leave no time for the words; shorten them", FormatNumber(v.WPM), v.Comma, v.Sentence)
	}
	return nil
}

// Estimate is what the model sees in a text and the time it gives.
type Estimate struct {
	Seconds     float64 `json:"seconds"`
	Words       int     `json:"words"`
	SpokenWords int     `json:"spoken_words"`
	Letters     int     `json:"letters"`
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

// features counts what drives a read's length: the letters of the spoken
// form, short pauses, inner sentence ends and paragraphs (the last sentence
// of a paragraph ends in the paragraph pause), and, for the reader, words
// and syllables. The spoken text is read token by token, a token being what
// lies between spaces: a token that holds a word is one spoken word, and
// its letters and syllables are counted whole ("KOO-gul-mun").
func features(text string, p Pronunciations, syllables bool) Estimate {
	var e Estimate
	var spoken []string
	for _, para := range paragraphs(text) {
		s := p.Spoken(para)
		spoken = append(spoken, s)
		e.Paragraphs++
		e.Words += countWords(para)
		for w := range strings.FieldsSeq(s) {
			if hasWord(w) {
				e.SpokenWords++
				e.Letters += letters(w)
				if syllables {
					e.Syllables += Syllables(w)
				}
			}
		}
		c, st := pauses(s)
		e.Commas += c
		e.Sentences += st
	}
	e.Spoken = strings.Join(spoken, "\n\n")
	return e
}

// letters counts the letters and digits of a spoken word. Letters predict
// a read's length better than syllables do (longer syllables have more of
// them): the README's Timing section gives the measurement.
func letters(w string) int {
	n := 0
	for _, r := range w {
		if isWordRune(r) {
			n++
		}
	}
	return n
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
// each letter of the spoken form at the voice's letter time, plus its
// pauses.
func (v Voice) Estimate(text string, p Pronunciations) Estimate {
	return v.Time(features(text, p, true))
}

// Features is what the model sees in text, read with the pronunciations
// p: everything of an Estimate but its Seconds, which a voice's Time
// gives, and its Syllables, which no time depends on (counting them is
// more than half the work). It depends on no voice, so that copy read by
// several voices, or timed again, is read once.
func Features(text string, p Pronunciations) Estimate {
	return features(text, p, false)
}

// Time completes the Features of a text with the time the voice takes to
// read it.
func (v Voice) Time(e Estimate) Estimate {
	if e.SpokenWords == 0 {
		return e
	}
	e.Seconds = float64(e.Letters)*v.LetterSeconds() +
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
	pending := false // the token before ends a sentence, unless it is the last
	for w := range strings.FieldsSeq(spoken) {
		if pending {
			long++
			pending = false
		}
		w = strings.TrimRight(w, "\"'”’)")
		switch {
		case w == "–" || w == "—" || w == "-":
			short++
		case strings.HasSuffix(w, ".") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!"):
			pending = true
		case strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":"):
			short++
		}
	}
	return short, long
}
