package briefing

import (
	"bytes"
	"path"
	"strings"
	"unicode/utf8"
)

// A nativeSegment renders one built-in segment template in Go, writing
// exactly the script markup the template writes for the same data (its
// kind file with the shared partials "lines", "facts", "figures" and
// "quote", and its blocks' built-in text). It returns false, having
// written anything or nothing, for a case it leaves to the template: the
// cases in which the template fails (a partial quote without a lead_in, a
// segment without a host…) and sizes at which the template's budget
// could fail. The caller then executes the template as always, so errors
// stay exactly as the template gives them.
//
// They exist for speed, as the outputs rendered in Go do (see
// nativeOutput): TestGolden checks them against the golden files and
// TestNativeSegmentsMatchTemplates compares them with the templates on
// every test sheet.
type nativeSegment func(b *bytes.Buffer, d *SegmentData) bool

// nativeSegments are the segment kinds rendered in Go, by format and kind.
var nativeSegments = map[string]map[string]nativeSegment{
	"explainer": {
		"cold-open":      nativeColdOpen,
		"intro":          nativeIntro,
		"background":     nativeBackground,
		"expert":         nativeExpert,
		"why-it-matters": nativeWhyItMatters,
		"sign-off":       nativeSignOff,
	},
	"bulletin": {
		"headline": nativeHeadline,
		"read":     nativeRead,
		"quote":    nativeBulletinQuote,
		"close":    nativeClose,
	},
}

// nativeSegmentsFor returns the Go segment renderings the set may use, by
// format and kind: those of a format whose folder holds no file of the
// user's, when no shared partial is the user's either (any of them could
// redefine a partial or a block the kinds use), and whose kind file is
// the built-in one.
func (t *Templates) nativeSegmentsFor() map[string]map[string]nativeSegment {
	userDir := map[string]bool{} // folder → it holds a user file
	for _, f := range t.files {
		if f.User {
			userDir[path.Dir(f.Rel)] = true
		}
	}
	if userDir["."] {
		return nil
	}
	out := map[string]map[string]nativeSegment{}
	for format, kinds := range nativeSegments {
		if userDir[format] {
			continue
		}
		for kind, fn := range kinds {
			if f, ok := t.files[format+"/"+kind+".tmpl"]; ok && !f.User {
				if out[format] == nil {
					out[format] = map[string]nativeSegment{}
				}
				out[format][kind] = fn
			}
		}
	}
	return out
}

// renderNativeSegment renders a segment with fn into buf, and returns its
// text, or false when the template must render it: fn leaves it to the
// template, or what it wrote is more than limit bytes or is text the
// template's output would be refused for (see execute).
func renderNativeSegment(fn nativeSegment, buf *bytes.Buffer, d *SegmentData, limit int) (string, bool) {
	buf.Reset()
	if !fn(buf, d) || buf.Len() > limit {
		return "", false
	}
	out := buf.Bytes()
	if !utf8.Valid(out) {
		return "", false
	}
	if off, _, _ := rawControl(out); off >= 0 {
		return "", false
	}
	return string(out), true
}

// nativeMaxVoices is the most voices nativeIntro names: the template
// builds the list of their names one append at a time, and every list it
// makes counts against the render's budget, which a list of thousands of
// voices could spend.
const nativeMaxVoices = 100

// usable tells whether a segment's data is what the built-in templates
// render without failing: it has a host, and no list a template function
// takes is longer than the budget lets a function take (maxCount).
func usable(d *SegmentData) bool {
	sg := d.Segment
	if sg.Host == nil || len(sg.Facts) > maxCount || len(d.Sheet.Sources) > maxCount {
		return false
	}
	for _, f := range sg.Facts {
		if f == nil {
			return false
		}
	}
	for _, s := range d.Sheet.Sources {
		if s == nil {
			return false
		}
	}
	for _, q := range sg.Quotes {
		if q == nil {
			return false
		}
	}
	return true
}

// nativeLines is the "lines" partial: each hand-written paragraph on a
// line of its own, after an empty one.
func nativeLines(b *bytes.Buffer, d *SegmentData) {
	for _, l := range d.Segment.Lines {
		b.WriteByte('\n')
		b.WriteString(l)
		b.WriteByte('\n')
	}
}

// nativeFacts is the "facts" partial: the facts three to a paragraph, as
// sprig's chunk 3 groups them, each marked [#id].
func nativeFacts(b *bytes.Buffer, d *SegmentData) {
	facts := d.Segment.Facts
	for start := 0; start < len(facts); start += 3 {
		b.WriteByte('\n')
		for i, f := range facts[start:min(start+3, len(facts))] {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(capFirst(f.Text))
			b.WriteString(" [#")
			b.WriteString(f.ID)
			b.WriteByte(']')
		}
		b.WriteByte('\n')
	}
}

// nativeFigures is the "figures" partial: each figure as its sources
// report it, conflicting reports named one by one, and a [#figure@source]
// for each distinct report. It returns false for a figure the template
// fails on (no report, or a report without a source).
func nativeFigures(b *bytes.Buffer, d *SegmentData) bool {
	for _, f := range d.Segment.Figures {
		if f == nil || len(f.Reports) == 0 || len(f.Reports) > maxCount {
			return false
		}
		for _, r := range f.Reports {
			if r == nil || r.Source == nil {
				return false
			}
		}
		b.WriteByte('\n')
		if f.Disagree() {
			b.WriteString("Reports of the number of ")
			b.WriteString(f.Label)
			b.WriteString(" differ: ")
			b.WriteString(reports(f))
			b.WriteByte('.')
		} else {
			src := outlets(f.Sources())
			b.WriteString(src)
			if strings.Contains(src, " and ") {
				b.WriteString(" report ")
			} else {
				b.WriteString(" reports ")
			}
			b.WriteString(f.Reports[0].String())
			b.WriteByte(' ')
			b.WriteString(f.Label)
			b.WriteByte('.')
		}
		for _, r := range f.Distinct() {
			b.WriteString(" [#")
			b.WriteString(f.ID)
			b.WriteByte('@')
			b.WriteString(r.Source.ID)
			b.WriteByte(']')
		}
		b.WriteByte('\n')
	}
	return true
}

// nativeQuote is the "quote" partial for one quote: a partial quote read
// inside the host's sentence, a clip after its lead-in, or a read quote
// after its lead-in, in quote … End quote. when the sheet's quote_style
// is spoken. It returns false where the template fails: a partial quote
// without a lead_in (the template's own error), or a quote without a
// speaker that needs one.
func nativeQuote(b *bytes.Buffer, d *SegmentData, q *Quote) bool {
	host := d.Segment.Host.ID
	switch {
	case q.Partial:
		if q.LeadIn == "" {
			return false
		}
		phrase := strings.TrimRight(q.Text, ",;:") // regexReplaceAll "[,;:]+$"
		if !endsSentence(phrase) {
			phrase += "."
		}
		writeQuoteCue(b, host, q.ID)
		b.WriteString(capFirst(q.LeadIn))
		b.WriteByte(' ')
		b.WriteString(quoted(phrase))
		b.WriteByte('\n')
	case q.Airs == "clip":
		if q.Speaker == nil {
			return false
		}
		b.WriteByte('\n')
		if q.LeadIn != "" {
			b.WriteString(capFirst(q.LeadIn))
		} else {
			b.WriteString(d.Attribute(q))
		}
		b.WriteString("\n\nCLIP ")
		b.WriteString(q.Speaker.ID)
		b.WriteByte(' ')
		b.WriteString(q.ID)
		b.WriteString(": ")
		b.WriteString(q.Text)
		b.WriteByte('\n')
	default:
		lead := q.LeadIn
		if lead == "" {
			if q.Speaker == nil {
				return false
			}
			lead = d.Attribute(q)
		}
		words := q.Text
		if !endsSentence(words) {
			words += "."
		}
		writeQuoteCue(b, host, q.ID)
		if d.Sheet.QuoteStyle == "spoken" {
			b.WriteString(capFirst(strings.TrimSuffix(lead, ":")))
			b.WriteString(", quote, ")
			b.WriteString(quoted(words))
			b.WriteString(" End quote.\n")
		} else {
			b.WriteString(capFirst(lead))
			b.WriteByte(' ')
			b.WriteString(quoted(words))
			b.WriteByte('\n')
		}
	}
	return true
}

// writeQuoteCue starts a quote read by the host: "\nQUOTE host id: ".
func writeQuoteCue(b *bytes.Buffer, host, id string) {
	b.WriteString("\nQUOTE ")
	b.WriteString(host)
	b.WriteByte(' ')
	b.WriteString(id)
	b.WriteString(": ")
}

// endsSentence tells whether s ends with a full stop, a question mark or
// an exclamation mark, as regexMatch "[.!?]$" does.
func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// nativeQuotes renders every quote of the segment, as {{ range
// .Segment.Quotes }}{{ template "quote" … }}{{ end }} does.
func nativeQuotes(b *bytes.Buffer, d *SegmentData) bool {
	for _, q := range d.Segment.Quotes {
		if !nativeQuote(b, d, q) {
			return false
		}
	}
	return true
}

// nativeFirstQuote renders the segment's first quote, when it has one,
// as {{ with .Segment.Quotes }}{{ template "quote" … (index . 0) }}{{ end }}
// does.
func nativeFirstQuote(b *bytes.Buffer, d *SegmentData) bool {
	if len(d.Segment.Quotes) == 0 {
		return true
	}
	return nativeQuote(b, d, d.Segment.Quotes[0])
}

// nativeColdOpen is explainer/cold-open.tmpl.
func nativeColdOpen(b *bytes.Buffer, d *SegmentData) bool {
	if !usable(d) {
		return false
	}
	b.WriteString("MUSIC 4s: cold open bed, under\n")
	nativeLines(b, d)
	nativeFacts(b, d)
	if !nativeFirstQuote(b, d) {
		return false
	}
	b.WriteString("\nSTING 6s: show theme, up and out\n")
	return true
}

// nativeIntro is explainer/intro.tmpl.
func nativeIntro(b *bytes.Buffer, d *SegmentData) bool {
	if !usable(d) {
		return false
	}
	host := d.Segment.Host
	b.WriteString(host.ID)
	b.WriteString(": I'm ")
	b.WriteString(host.FullName())
	b.WriteString(", and this is ")
	b.WriteString(d.Sheet.Show)
	b.WriteString(".\n\n")
	nativeLines(b, d)
	nativeFacts(b, d)
	if voices := d.Voices(); len(voices) > 0 {
		if len(voices) > nativeMaxVoices {
			return false
		}
		names := make([]string, len(voices))
		for i, sp := range voices {
			names[i] = sp.Attribution()
		}
		b.WriteByte('\n')
		b.WriteString(host.ID)
		b.WriteString(": In this episode you'll hear from ")
		b.WriteString(AndList(names))
		b.WriteString(".\n")
	}
	b.WriteByte('\n')
	return true
}

// nativeBackground is explainer/background.tmpl.
func nativeBackground(b *bytes.Buffer, d *SegmentData) bool {
	return usable(d) && nativeFiguresThenQuotes(b, d)
}

// nativeFiguresThenQuotes is the body of background.tmpl and
// why-it-matters.tmpl: lines, facts, figures, then every quote.
func nativeFiguresThenQuotes(b *bytes.Buffer, d *SegmentData) bool {
	nativeLines(b, d)
	nativeFacts(b, d)
	if !nativeFigures(b, d) || !nativeQuotes(b, d) {
		return false
	}
	b.WriteByte('\n')
	return true
}

// nativeExpert is explainer/expert.tmpl.
func nativeExpert(b *bytes.Buffer, d *SegmentData) bool {
	if !usable(d) {
		return false
	}
	nativeLines(b, d)
	nativeFacts(b, d)
	if !nativeQuotes(b, d) || !nativeFigures(b, d) {
		return false
	}
	b.WriteByte('\n')
	return true
}

// nativeWhyItMatters is explainer/why-it-matters.tmpl.
func nativeWhyItMatters(b *bytes.Buffer, d *SegmentData) bool {
	if !usable(d) {
		return false
	}
	b.WriteString(d.Segment.Host.ID)
	b.WriteString(": So why does this matter?\n\n")
	return nativeFiguresThenQuotes(b, d)
}

// nativeSignOff is explainer/sign-off.tmpl.
func nativeSignOff(b *bytes.Buffer, d *SegmentData) bool {
	if !usable(d) {
		return false
	}
	host := d.Segment.Host
	nativeLines(b, d)
	nativeFacts(b, d)
	b.WriteByte('\n')
	b.WriteString(host.ID)
	b.WriteString(": This episode drew on reporting by ")
	b.WriteString(outlets(d.Sheet.Sources))
	b.WriteString(". I'm ")
	b.WriteString(host.FullName())
	b.WriteString(". Thanks for listening to ")
	b.WriteString(d.Sheet.Show)
	b.WriteString(".\n\nMUSIC 10s: show theme, up to end\n")
	return true
}

// nativeHeadline is bulletin/headline.tmpl.
func nativeHeadline(b *bytes.Buffer, d *SegmentData) bool {
	if !usable(d) {
		return false
	}
	b.WriteString("STING 3s: news sting\n")
	nativeLines(b, d)
	nativeFacts(b, d)
	b.WriteByte('\n')
	return true
}

// nativeRead is bulletin/read.tmpl.
func nativeRead(b *bytes.Buffer, d *SegmentData) bool {
	if !usable(d) {
		return false
	}
	nativeLines(b, d)
	nativeFacts(b, d)
	if !nativeFigures(b, d) {
		return false
	}
	b.WriteByte('\n')
	return true
}

// nativeBulletinQuote is bulletin/quote.tmpl.
func nativeBulletinQuote(b *bytes.Buffer, d *SegmentData) bool {
	if !usable(d) {
		return false
	}
	nativeLines(b, d)
	if !nativeFirstQuote(b, d) {
		return false
	}
	nativeFacts(b, d)
	b.WriteByte('\n')
	return true
}

// nativeClose is bulletin/close.tmpl.
func nativeClose(b *bytes.Buffer, d *SegmentData) bool {
	if !usable(d) {
		return false
	}
	host := d.Segment.Host
	nativeLines(b, d)
	nativeFacts(b, d)
	b.WriteByte('\n')
	b.WriteString(host.ID)
	b.WriteString(": ")
	b.WriteString(host.FullName())
	b.WriteString(", ")
	b.WriteString(d.Sheet.Show)
	b.WriteString(".\n")
	return true
}
