package briefing

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"
)

// SegmentData is what a segment template is executed with.
type SegmentData struct {
	Sheet   *FactSheet
	Edition *Edition
	Segment *Segment
	// Number is the segment's 1-based position; Count the number of
	// segments in the edition.
	Number int
	Count  int
	// Prev and Next are the neighbouring segments, nil at either end.
	Prev *Segment
	Next *Segment
}

// maxSegmentOutput caps what one segment template may write, and
// maxScript what the segments of an edition may write together. A segment
// of an hour of copy is about 60 KB; a template that writes more is broken.
const (
	maxSegmentOutput = 1 << 20
	maxScript        = 4 << 20
)

// Render executes the segment templates of an edition, parses the script
// markup they write into cues and times the episode. The templates run
// under one budget for the whole edition: ctx and tpl.Timeout end it, and
// what it writes and makes is bounded. Errors are positioned in the
// template or fact-sheet line that caused them; the episode is nil when
// there are any.
func Render(ctx context.Context, sheet *FactSheet, ed *Edition, tpl *Templates) (*Episode, Problems) {
	return render(ctx, sheet, ed, tpl, false)
}

// render is Render; fitted episodes leave the warning about the total
// against the target to Fit.
func render(ctx context.Context, sheet *FactSheet, ed *Edition, tpl *Templates, fitted bool) (*Episode, Problems) {
	ep := &Episode{Sheet: sheet, Edition: ed, Fitted: fitted}
	var probs Problems
	err := tpl.run(ctx, func(set *templateSet) error {
		written := 0
		failed := map[string]bool{} // kinds whose template failed
		for i, sg := range ed.Segments {
			if failed[sg.Kind] {
				continue // a broken template is reported once, not per segment
			}
			script, tmpl, prob := renderSegment(sheet, ed, i, set, tpl, maxScript-written)
			if prob != nil {
				probs = append(probs, *prob)
				if set.budget.check() != nil {
					break // out of time: the other segments would fail the same way
				}
				failed[sg.Kind] = true
				continue
			}
			written += len(script)
			cues, errs := parseScript(script, sheet, sg.Host)
			markPronouncers(cues, sheet.Pronounce)
			if tmpl == nil && len(errs) > 0 {
				tmpl, _ = set.kind(tpl, ed.Format, sg.Kind) // written in Go: the template finds the errors' places
			}
			for _, e := range errs {
				probs = append(probs, locate(e, sg, sheet, tmpl, tpl))
			}
			ep.Segments = append(ep.Segments, &TimedSegment{Segment: sg, Number: i + 1, Cues: cues, Script: script})
		}
		return nil
	})
	if err != nil {
		return nil, asProblems(err)
	}
	if len(probs) > 0 {
		return nil, probs
	}
	ep.time()
	ep.lint()
	return ep, ep.Problems
}

// withTimeout bounds ctx by timeout, when there is one.
func withTimeout(ctx context.Context, timeout time.Duration) (context.Context, context.CancelFunc) {
	if timeout <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, timeout)
}

// renderSegment writes the script of segment i of ed: in Go when the
// set renders its format and kind so (see nativeSegment), otherwise
// through its template, with at most left bytes more for the edition. It
// returns the segment's template when it ran it (nil when the script was
// written in Go), for positioning the errors of the script.
func renderSegment(sheet *FactSheet, ed *Edition, i int, set *templateSet, tpl *Templates, left int) (string, *template.Template, *Problem) {
	sg := ed.Segments[i]
	fail := func(err error) (string, *template.Template, *Problem) {
		return "", nil, &Problem{Path: sheet.Path, Line: sg.Pos.Line, Col: sg.Pos.Col, Field: "segment " + sg.ID, Message: err.Error()}
	}
	if err := set.hasKind(tpl, ed.Format, sg.Kind); err != nil {
		return fail(err)
	}
	data := &SegmentData{Sheet: sheet, Edition: ed, Segment: sg, Number: i + 1, Count: len(ed.Segments)}
	if i > 0 {
		data.Prev = ed.Segments[i-1]
	}
	if i+1 < len(ed.Segments) {
		data.Next = ed.Segments[i+1]
	}
	limit := maxSegmentOutput
	if left < limit {
		limit = max(left, 0)
	}
	if fn := tpl.segments[ed.Format][sg.Kind]; fn != nil && set.budget.check() == nil {
		// Rendered in Go; what it leaves to the template (and a
		// render out of time) runs the template, for its error.
		if out, ok := renderNativeSegment(fn, &set.segment, data, limit); ok {
			return out, nil, nil // its template is parsed only if its script has errors to find
		}
	}
	tmpl, err := set.kind(tpl, ed.Format, sg.Kind)
	if err != nil {
		return fail(err)
	}
	out, err := execute(tmpl, data, limit, set.budget)
	if err != nil {
		if left < maxSegmentOutput && errors.As(err, new(*outputLimitError)) {
			err = fmt.Errorf("the segments of this edition write more than the limit of %d bytes together (a loop that does not end?)", maxScript)
		}
		return "", nil, execProblem(err, sheet, sg)
	}
	return string(out), tmpl, nil
}

// execProblem reports a template execution error with the template
// position text/template gives, and the segment it was rendering.
func execProblem(err error, sheet *FactSheet, sg *Segment) *Problem {
	var ee template.ExecError
	if errors.As(err, &ee) {
		p := templateProblem(ee.Err)
		p.Message += fmt.Sprintf(" (rendering segment %s, %s:%d)", sg.ID, sheet.Path, sg.Pos.Line)
		return &p
	}
	return &Problem{Path: sheet.Path, Line: sg.Pos.Line, Col: sg.Pos.Col, Field: "segment " + sg.ID, Message: err.Error()}
}

// execute runs tmpl with data into memory, under b, failing when it writes
// more than max bytes. It runs in the caller's goroutine: a template that
// runs out of time or is cancelled stops at its next write, function call
// or loop, so nothing keeps running after a render has failed.
func execute(tmpl executor, data any, max int, b *budget) ([]byte, error) {
	lw := &limitWriter{n: max, budget: b}
	err := tmpl.Execute(lw, data)
	if err != nil {
		if berr := b.check(); berr != nil && !b.overMade.Load() {
			// Out of time or cancelled: the cause, whatever
			// text/template wrapped it in. A render that made too
			// much keeps the position of the call that did.
			return nil, berr
		}
		return nil, err
	}
	out := lw.buf.Bytes()
	if !utf8.Valid(out) {
		line, _ := lineCol(out, firstInvalidUTF8(out))
		return nil, fmt.Errorf("the template wrote bytes that are not UTF-8 (line %d of what it wrote); write text", line)
	}
	if off, r, _ := rawControl(out); off >= 0 {
		line, _ := lineCol(out, off)
		return nil, fmt.Errorf("the template wrote the control character %s (line %d of what it wrote); write plain text", runeName(r), line)
	}
	return out, nil
}

// limitWriter collects a template's output and fails once more than n
// bytes are written, or once the budget is spent.
type limitWriter struct {
	buf    bytes.Buffer
	n      int
	budget *budget
}

// outputLimitError is a write past a limitWriter's size.
type outputLimitError struct{ n int }

func (e *outputLimitError) Error() string {
	return fmt.Sprintf("template output is larger than the limit of %d bytes (a loop that does not end?)", e.n)
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if err := l.budget.check(); err != nil {
		return 0, err
	}
	if l.buf.Len()+len(p) > l.n {
		return 0, &outputLimitError{l.n}
	}
	return l.buf.Write(p)
}

// locate finds where rendered script text was written: in the segment's
// hand-written lines, in a template file, or failing both at the segment.
func locate(e scriptError, sg *Segment, sheet *FactSheet, tmpl *template.Template, tpl *Templates) Problem {
	msg := fmt.Sprintf("%s (segment %s, script line %d)", e.msg, sg.ID, e.line)
	if e.snippet != "" {
		for i, ln := range sg.Lines {
			if strings.Contains(ln, e.snippet) {
				p := sg.linePos[i]
				return Problem{Path: sheet.Path, Line: p.Line, Col: p.Col, Field: fmt.Sprintf("segment %s.lines[%d]", sg.ID, i), Message: e.msg}
			}
		}
		for _, f := range tpl.sources(tmpl) { // none when there is no template
			if off := strings.Index(f.Source, e.snippet); off >= 0 {
				line := 1 + strings.Count(f.Source[:off], "\n")
				col := off - strings.LastIndex(f.Source[:off], "\n")
				return Problem{Path: f.Name, Line: line, Col: col, Message: msg}
			}
		}
	}
	return Problem{Path: sheet.Path, Line: sg.Pos.Line, Col: sg.Pos.Col, Field: "segment " + sg.ID,
		Message: fmt.Sprintf("%s (in the script that kind %q writes, line %d)", e.msg, sg.Kind, e.line)}
}

// Voices lists the speakers heard in clips anywhere in the edition, other
// than its hosts, in order of first clip.
func (d *SegmentData) Voices() []*Speaker {
	var out []*Speaker
	seen := map[*Speaker]bool{}
	for _, h := range d.Sheet.Hosts {
		seen[h] = true
	}
	for _, sg := range d.Edition.Segments {
		for _, q := range sg.Quotes {
			if q.Airs == "clip" && q.Speaker != nil && !seen[q.Speaker] {
				seen[q.Speaker] = true
				out = append(out, q.Speaker)
			}
		}
	}
	return out
}

// Mention names a quote's speaker as copy does: the full attribution on the
// speaker's first quote in the edition, the short name after that.
func (d *SegmentData) Mention(q *Quote) string {
	for _, sg := range d.Edition.Segments {
		for _, other := range sg.Quotes {
			if other.Speaker == q.Speaker {
				if other == q {
					return q.Speaker.Attribution()
				}
				return q.Speaker.ShortName()
			}
		}
	}
	return q.Speaker.Attribution()
}

// Attribute is the sentence that introduces a quote on air, up to its
// colon, as newsroom copy varies it: the speaker's full attribution on
// first mention and the surname after; how the words were said when the
// fact sheet says so ("said in a statement", "told reporters in the
// capital"); "added" for a speaker's next quote in the same segment;
// "according to" the outlet on the first quote taken from it, plain
// "said" after. A source with no outlet is never named. The first letter
// is a capital.
func (d *SegmentData) Attribute(q *Quote) string {
	name := d.Mention(q)
	if strings.Contains(name, ", ") {
		name += "," // close the appositive: "Ana Lima, the army spokeswoman, said"
	}
	prev, outletSeen := d.before(q)
	outlet := ""
	if q.Source != nil {
		outlet = strings.TrimSpace(q.Source.Outlet)
	}
	var s string
	switch how := strings.TrimSpace(q.Said); {
	case how != "" && startsWithVerb(how):
		s = name + " " + how
	case how != "":
		s = name + " said " + how
	case prev != nil && prev.Speaker == q.Speaker:
		s = name + " added"
	case outlet != "" && !outletSeen:
		s = "According to " + outlet + ", " + lowerFirst(name) + " said"
	default:
		s = name + " said"
	}
	return capFirst(s) + ":"
}

// before finds what the edition reads before q: the quote just before it
// in its segment (nil when it is the segment's first), and whether an
// earlier quote was taken from the same outlet.
func (d *SegmentData) before(q *Quote) (prev *Quote, outletSeen bool) {
	for _, sg := range d.Edition.Segments {
		for _, other := range sg.Quotes {
			if other == q {
				return prev, outletSeen
			}
			if sg == d.Segment {
				prev = other
			}
			if q.Source != nil && other.Source != nil && other.Source.Outlet == q.Source.Outlet {
				outletSeen = true
			}
		}
	}
	return prev, outletSeen
}

// startsWithVerb reports whether a quote's said: already has its verb
// ("told Reuters", "wrote on X", "said in a statement").
func startsWithVerb(how string) bool {
	first, _, _ := strings.Cut(how, " ")
	switch strings.ToLower(first) {
	case "told", "said", "says", "wrote", "writes", "posted", "added", "tweeted", "stated", "declared", "announced", "explained", "warned", "argued":
		return true
	}
	return false
}

// lowerFirst lower-cases the first letter of an attribution that follows
// other words ("According to Reuters, terrorism expert …"), unless it
// begins a name: an attribution that starts with a capitalised word other
// than a title stays as it is.
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || !unicode.IsUpper(r) {
		return s
	}
	first, _, _ := strings.Cut(s, " ")
	if titleWords[strings.ToLower(first)] {
		return string(unicode.ToLower(r)) + s[size:]
	}
	return s
}

// titleWords are the common words that open an attribution before a name
// ("Economist Bo Expert", "Terrorism expert Greg Barton"): lower case in
// the middle of a sentence.
var titleWords = map[string]bool{
	"economist": true, "terrorism": true, "security": true, "analyst": true, "expert": true, "professor": true,
	"researcher": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"former": true, "senior": true, "the": true, "a": true, "an": true, "lawyer": true, "historian": true,
	"scientist": true, "doctor": true, "witness": true, "resident": true, "engineer": true, "reporter": true,
	"correspondent": true, "editor": true, "director": true, "chief": true, "head": true, "deputy": true,
}

// Host is the segment's host.
func (d *SegmentData) Host() *Speaker { return d.Segment.Host }
