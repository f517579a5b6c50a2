package briefing

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"path"
	"slices"
	"strings"
	"text/template"
	"time"
)

// OutputFile is one rendered file of an episode, named relative to the
// episode's output folder.
type OutputFile struct {
	Name string
	Data []byte
}

// outputNames are the files Outputs renders, in order; the last is
// episode.json, which no template renders.
var outputNames = [...]string{"script.md", "rundown.txt", "rundown.html", "episode.json"}

// OutputNames returns the names of the files an episode's outputs are
// written as with these templates, in order: script.md, rundown.txt and
// rundown.html, then every other output template (outputs/NAME.EXT.tmpl,
// but the batch index and partials) by name, then episode.json.
func (t *Templates) OutputNames() []string { return slices.Clone(t.outputs) }

// outputNames works out OutputNames from the set's files.
func (t *Templates) outputNames() []string {
	var extra []string
	for _, f := range t.Files() {
		if path.Dir(f.Rel) != OutputsDir || isPartial(f.Rel) {
			continue
		}
		name := strings.TrimSuffix(path.Base(f.Rel), ".tmpl")
		if name != IndexOutput && !slices.Contains(outputNames[:], name) {
			extra = append(extra, name)
		}
	}
	slices.Sort(extra)
	out := slices.Clone(outputNames[:len(outputNames)-1])
	out = append(out, extra...)
	return append(out, "episode.json")
}

// maxOutput caps one rendered output file of an episode, and
// maxExecuteOutput what Execute renders: an index lists a batch's episodes
// in some 600 bytes each, so it may be far larger than an episode's file.
const (
	maxOutput        = 8 << 20
	maxExecuteOutput = 256 << 20
)

// Outputs renders an episode's files in memory: script.md, rundown.txt,
// rundown.html and every other output template through the templates,
// under one budget (ctx and tpl.Timeout end it), and episode.json from the
// Episode contract.
func Outputs(ctx context.Context, ep *Episode, tpl *Templates) ([]OutputFile, error) {
	files, _, err := renderOutputs(ctx, ep, tpl, tpl.OutputNames())
	return files, err
}

// renderOutputs renders the outputs named, in that order, under one
// budget: a command that needs one output renders only that one. It also
// returns the contract when it wrote episode.json from it, so that it is
// built once.
func renderOutputs(ctx context.Context, ep *Episode, tpl *Templates, names []string) ([]OutputFile, *EpisodeJSON, error) {
	files := make([]OutputFile, 0, len(names))
	var contract *EpisodeJSON
	page := Page{Episode: ep}
	err := tpl.run(ctx, func(set *templateSet) error {
		for _, name := range names {
			var data []byte
			var err error
			if name == "episode.json" {
				contract = Contract(ep)
				data = marshalContract(contract)
			} else {
				data, err = set.output(page, name)
			}
			if err != nil {
				return err
			}
			files = append(files, OutputFile{Name: name, Data: data})
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return files, contract, nil
}

// Page is what an output template runs with: the timed episode, and the
// paper the page is for ("A4", "letter"; empty when it must fit both).
type Page struct {
	*Episode
	Paper string
}

// RenderOutput renders one output template (e.g. "rundown.txt") for ep,
// laid out for paper (see Page), under a budget as Outputs does.
func RenderOutput(ctx context.Context, ep *Episode, tpl *Templates, name, paper string) ([]byte, error) {
	var out []byte
	err := tpl.run(ctx, func(set *templateSet) (err error) {
		out, err = set.output(Page{Episode: ep, Paper: paper}, name)
		return err
	})
	return out, err
}

// Execute renders the output template name (e.g. "index.html") with
// data, under a budget as Outputs does: for an output that is not an
// episode's, such as a batch's index. A problem the template causes is
// positioned in it.
func (t *Templates) Execute(ctx context.Context, name string, data any) ([]byte, error) {
	var out []byte
	err := t.run(ctx, func(set *templateSet) (err error) {
		out, err = set.execute(name, data, maxExecuteOutput, name)
		return err
	})
	return out, err
}

// run calls render with a free template set whose budget ends with ctx or
// after t.Timeout.
func (t *Templates) run(ctx context.Context, render func(*templateSet) error) error {
	set, err := t.acquire()
	if err != nil {
		return err
	}
	defer t.release(set)
	ctx, cancel := withTimeout(ctx, t.Timeout)
	defer cancel()
	defer set.budget.begin(ctx, t.Timeout)()
	return render(set)
}

// maxSizeHint caps the buffer a Go rendering starts with: one huge
// episode must not make every later one start with a huge buffer.
const maxSizeHint = 1 << 20

// output renders one output of the set for an episode: in Go when the
// output is a built-in one that has a Go rendering, else through its
// template.
func (s *templateSet) output(page Page, name string) ([]byte, error) {
	nr := s.native[name]
	if nr == nil {
		return s.execute(name, page, maxOutput, page.Sheet.Path)
	}
	if err := s.budget.check(); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.Grow(int(nr.size.Load()) + 512)
	nr.render(&b, page)
	if n := int64(b.Len()); n > nr.size.Load() && n <= maxSizeHint {
		nr.size.Store(n) // a race between two sets loses only a hint
	}
	if b.Len() > maxOutput {
		return nil, Problems{{Path: page.Sheet.Path, Field: name, Message: (&outputLimitError{maxOutput}).Error()}}
	}
	return b.Bytes(), nil
}

// execute renders one output template of the set with data, up to max
// bytes; a problem that is not the template's is reported at path.
func (s *templateSet) execute(name string, data any, max int, path string) ([]byte, error) {
	tmpl, ok := s.outputs[name]
	if !ok {
		return nil, fmt.Errorf("no output template %s/%s.tmpl", OutputsDir, name)
	}
	if tmpl == nil { // built in, not parsed until now
		var probs Problems
		if tmpl, probs = s.parseOutput(s.files[OutputsDir+"/"+name]); len(probs) > 0 {
			return nil, probs // a built-in template: the tests parse every one
		}
		s.outputs[name] = tmpl
	}
	out, err := execute(tmpl, data, max, s.budget)
	if err != nil {
		var ee template.ExecError
		if errors.As(err, &ee) {
			return nil, Problems{templateProblem(ee.Err)}
		}
		return nil, Problems{{Path: path, Field: name, Message: err.Error()}}
	}
	return out, nil
}

// EpisodeJSON is the machine-readable contract of an episode; see the
// README for every field. Keys are snake_case; times are seconds rounded to
// a tenth.
type EpisodeJSON struct {
	Summary
	Speakers []SpeakerJSON `json:"speakers"`
	Sources  []SourceJSON  `json:"sources"`
	Segments []SegmentJSON `json:"segments"`
	// Fitted says the edition was fitted to its target, and Cut lists
	// what fitting left out, with how long each would have run.
	Fitted   bool      `json:"fitted"`
	Cut      []CutJSON `json:"cut"`
	Warnings []string  `json:"warnings"`
}

// CutJSON is research cut to fit the target.
type CutJSON struct {
	Kind     string  `json:"kind"`
	ID       string  `json:"id"`
	Segment  string  `json:"segment"`
	Priority string  `json:"priority"`
	Seconds  float64 `json:"seconds"`
}

// Summary is what episode.json and the batch index both say of an
// episode.
type Summary struct {
	Slug          string  `json:"slug"`
	Show          string  `json:"show"`
	Title         string  `json:"title"`
	Date          string  `json:"date"`
	Edition       string  `json:"edition"`
	Format        string  `json:"format"`
	TargetSeconds float64 `json:"target_seconds"`
	TotalSeconds  float64 `json:"total_seconds"`
	OverSeconds   float64 `json:"over_seconds"`
	// OnAir and OffAir are the edition's clock times ("07:00:00"), empty
	// when it gives no on-air time.
	OnAir  string `json:"on_air"`
	OffAir string `json:"off_air"`
}

// SpeakerJSON is a speaker heard in the episode.
type SpeakerJSON struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Honorific   string `json:"honorific"`
	Title       string `json:"title"`
	Affiliation string `json:"affiliation"`
	Role        string `json:"role"`
	Attribution string `json:"attribution"`
}

// SourceJSON is a source of the fact sheet.
type SourceJSON struct {
	ID        string `json:"id"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Via       string `json:"via"`
	CopyOf    string `json:"copy_of"`
}

// SegmentJSON is a timed segment.
type SegmentJSON struct {
	ID            string  `json:"id"`
	Number        int     `json:"number"`
	Title         string  `json:"title"`
	Kind          string  `json:"kind"`
	Host          string  `json:"host"`
	StartSeconds  float64 `json:"start_seconds"`
	Seconds       float64 `json:"seconds"`
	TargetSeconds float64 `json:"target_seconds"`
	BackSeconds   float64 `json:"back_seconds"`
	// Status is the segment's production status; Actual says Seconds is
	// its recorded length, EstimateSeconds what its cues were estimated to
	// run. OnAir and Hit are the clock times it starts and must end by.
	Status          string    `json:"status"`
	Actual          bool      `json:"actual"`
	EstimateSeconds float64   `json:"estimate_seconds"`
	OnAir           string    `json:"on_air"`
	Hit             string    `json:"hit"`
	Cues            []CueJSON `json:"cues"`
}

// CueJSON is a timed cue with the research behind it.
type CueJSON struct {
	Kind    CueKind `json:"kind"`
	Speaker string  `json:"speaker"`
	Quote   string  `json:"quote"`
	// QuoteSpeaker is whose words a quote or clip cue carries (the
	// quote's speaker), whoever reads them.
	QuoteSpeaker string   `json:"quote_speaker"`
	Text         string   `json:"text"`
	In           string   `json:"in"`
	Out          string   `json:"out"`
	StartSeconds float64  `json:"start_seconds"`
	Seconds      float64  `json:"seconds"`
	Facts        []string `json:"facts"`
	Sources      []string `json:"sources"`
}

func secs(d time.Duration) float64 { return math.Round(d.Seconds()*10) / 10 }

// Contract builds the episode.json document of ep.
func Contract(ep *Episode) *EpisodeJSON {
	s := ep.Sheet
	out := &EpisodeJSON{
		Summary: Summary{Slug: ep.Edition.Slug, Show: s.Show, Title: s.Title, Date: s.Date, Edition: ep.Edition.Name, Format: ep.Edition.Format,
			TargetSeconds: secs(ep.Target()), TotalSeconds: secs(ep.Total), OverSeconds: secs(ep.Over()),
			OnAir: ep.ClockTime(0), OffAir: ep.OffAir()},
		Speakers: []SpeakerJSON{}, Sources: []SourceJSON{}, Segments: []SegmentJSON{}, Warnings: []string{},
		Fitted: ep.Fitted, Cut: []CutJSON{},
	}
	for _, c := range ep.Cuts {
		out.Cut = append(out.Cut, CutJSON{Kind: c.Kind, ID: c.ID, Segment: c.Segment, Priority: c.Priority.String(), Seconds: secs(c.Length)})
	}
	for _, sp := range ep.Speakers() {
		out.Speakers = append(out.Speakers, SpeakerJSON{ID: sp.ID, Name: sp.Name, Honorific: sp.Honorific, Title: sp.Title,
			Affiliation: sp.Affiliation, Role: sp.Role, Attribution: sp.Attribution()})
	}
	for _, src := range s.Sources {
		sj := SourceJSON{ID: src.ID, Outlet: src.Outlet, Title: src.Title, URL: src.URL, Published: src.Published, Via: src.Via}
		if src.CopyOf != nil {
			sj.CopyOf = src.CopyOf.ID
		}
		out.Sources = append(out.Sources, sj)
	}
	for _, ts := range ep.Segments {
		sj := SegmentJSON{ID: ts.ID, Number: ts.Number, Title: ts.Title, Kind: ts.Kind,
			StartSeconds: secs(ts.Start), Seconds: secs(ts.Duration), TargetSeconds: secs(ts.Target), BackSeconds: secs(ts.Back),
			Status: ts.Status, Actual: ts.Actual > 0, EstimateSeconds: secs(ts.Estimate), OnAir: ep.ClockTime(ts.Start), Hit: ep.Hit(ts),
			Cues: []CueJSON{}}
		if ts.Host != nil {
			sj.Host = ts.Host.ID
		}
		for _, c := range ts.Cues {
			cj := CueJSON{Kind: c.Kind, Text: c.Text, In: c.In, Out: c.Out, StartSeconds: secs(c.Start), Seconds: secs(c.Duration),
				Facts: append([]string{}, c.Facts...), Sources: append([]string{}, c.Sources...)}
			if c.Speaker != nil {
				cj.Speaker = c.Speaker.ID
			}
			if c.Quote != nil {
				cj.Quote = c.Quote.ID
				if c.Quote.Speaker != nil {
					cj.QuoteSpeaker = c.Quote.Speaker.ID
				}
			}
			sj.Cues = append(sj.Cues, cj)
		}
		out.Segments = append(out.Segments, sj)
	}
	for _, p := range ep.Problems {
		out.Warnings = append(out.Warnings, p.Field+": "+p.Message)
	}
	return out
}

// MarshalEpisode renders the episode.json file of ep, indented, ending in
// a newline.
func MarshalEpisode(ep *Episode) []byte { return marshalContract(Contract(ep)) }

// marshalContract is episode.json's bytes (see appendContract).
func marshalContract(c *EpisodeJSON) []byte {
	return append(appendContract(make([]byte, 0, 32<<10), c), '\n')
}
