package briefing

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"text/template"
	"time"
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

// maxSegmentOutput caps what one segment template may write. A segment of
// an hour of copy is about 60 KB; a template that writes more is broken.
const maxSegmentOutput = 1 << 20

// Render executes the segment templates of an edition, parses the script
// markup they write into cues and times the episode. Errors are positioned
// in the template or fact-sheet line that caused them; the episode is nil
// when there are any.
func Render(sheet *FactSheet, ed *Edition, tpl *Templates) (*Episode, Problems) {
	ep := &Episode{Sheet: sheet, Edition: ed}
	var probs Problems
	for i, sg := range ed.Segments {
		script, tmpl, prob := renderSegment(sheet, ed, i, tpl)
		if prob != nil {
			probs = append(probs, *prob)
			continue
		}
		cues, errs := ParseScript(script, sheet, sg.Host)
		for _, e := range errs {
			probs = append(probs, locate(e, sg, sheet, tmpl, tpl))
		}
		ep.Segments = append(ep.Segments, &TimedSegment{Segment: sg, Number: i + 1, Cues: cues, Script: script})
	}
	if len(probs) > 0 {
		return nil, probs
	}
	ep.time()
	return ep, ep.Problems
}

func renderSegment(sheet *FactSheet, ed *Edition, i int, tpl *Templates) (string, *template.Template, *Problem) {
	sg := ed.Segments[i]
	field := fmt.Sprintf("segment %s", sg.ID)
	tmpl, err := tpl.kind(ed.Format, sg.Kind)
	if err != nil {
		return "", nil, &Problem{Path: sheet.Path, Line: sg.Pos.Line, Col: sg.Pos.Col, Field: field, Message: err.Error()}
	}
	data := &SegmentData{Sheet: sheet, Edition: ed, Segment: sg, Number: i + 1, Count: len(ed.Segments)}
	if i > 0 {
		data.Prev = ed.Segments[i-1]
	}
	if i+1 < len(ed.Segments) {
		data.Next = ed.Segments[i+1]
	}
	out, err := execute(tmpl, data, maxSegmentOutput, tpl.Timeout)
	if err != nil {
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

// execute runs tmpl with data into memory, failing when it writes more
// than max bytes or, with a timeout, runs longer than that. A template
// that runs over its time is abandoned, and its next write fails, which
// stops it; one that loops without writing runs on until the process
// ends, but its episode has already failed.
func execute(tmpl executor, data any, max int, timeout time.Duration) ([]byte, error) {
	lw := &limitWriter{n: max}
	if timeout <= 0 {
		err := tmpl.Execute(lw, data)
		return lw.buf.Bytes(), err
	}
	done := make(chan error, 1)
	go func() { done <- tmpl.Execute(lw, data) }()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case err := <-done:
		return lw.buf.Bytes(), err
	case <-timer.C:
		lw.stopped.Store(true)
		return nil, fmt.Errorf("template ran longer than %s (a loop that does not end?); raise the limit with --timeout", timeout)
	}
}

// limitWriter collects a template's output and fails once more than n
// bytes are written, or once stopped.
type limitWriter struct {
	buf     bytes.Buffer
	n       int
	stopped atomic.Bool
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if l.stopped.Load() {
		return 0, errors.New("stopped: the template ran out of time")
	}
	if l.buf.Len()+len(p) > l.n {
		return 0, fmt.Errorf("template output is larger than the limit of %d bytes (a loop that does not end?)", l.n)
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
		for _, f := range tpl.sources(tmpl) {
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

// Host is the segment's host.
func (d *SegmentData) Host() *Speaker { return d.Segment.Host }
