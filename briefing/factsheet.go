package briefing

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/briefing-dev/briefing/briefing/speech"
)

// Pos is where something was written in a file: 1-based line and column.
// The zero value means the position is unknown.
type Pos struct {
	Line int
	Col  int
}

// Ref is a reference by id from one entry of a fact sheet to another, with
// where it was written so that a dangling reference can be reported there.
type Ref struct {
	ID  string
	Pos Pos
}

// FactSheet is one episode's research: who speaks, what the sources say,
// and the segments the script is built from. Build one with Parse or Load;
// every reference in a loaded fact sheet is resolved.
type FactSheet struct {
	// Path is the file as named by the caller; problems are reported
	// against it. Dir is its folder, which source files are relative to.
	Path string
	Dir  string

	Show  string
	Title string
	// Summary is a sentence or two on what the episode is about, for show
	// notes; empty when the sheet gives none.
	Summary string
	// QuoteStyle is how the host reads a quote: "marks" (the default: the
	// words are simply read, attributed) or "spoken" (inside "quote … End
	// quote."), a show's choice.
	QuoteStyle string
	Slug       string
	Date       string // YYYY-MM-DD
	// Pronounce holds pronouncers: how names and words are said, used for
	// timing and printed in the host's copy.
	Pronounce speech.Pronunciations
	// PronounceIPA holds the IPA a pronouncer gives beside its respelling
	// (pronounce: {Kugelman: {say: KOO-gul-mun, ipa: ˈkuːɡəlmən}}), for
	// speech synthesizers: script.ssml's <phoneme>.
	PronounceIPA map[string]string
	// pronounceRE finds the pronounced words for script.ssml, built once,
	// and pronounceWords are those words as XML escapes them.
	pronounceRE    *regexp.Regexp
	pronounceWords []string
	pronounceOnce  sync.Once
	// Hosts are the speakers who present the show; a segment without a
	// host of its own is presented by the first one.
	Hosts    []*Speaker
	Speakers []*Speaker
	Sources  []*Source
	Facts    []*Fact
	Quotes   []*Quote
	Figures  []*Figure
	// Editions are the renderings the sheet defines. Editions[0] is the
	// sheet's own format, target and segments; the others come from its
	// editions block.
	Editions []*Edition

	speakers map[string]*Speaker
	sources  map[string]*Source
	facts    map[string]*Fact
	quotes   map[string]*Quote
	figures  map[string]*Figure

	// inputs are the files Load read for the sheet: the sheet, its
	// sources' texts and its voice files, each once.
	inputs []Input

	// read holds what the timing model sees in each text timed, read
	// once however many editions, voices or fittings time it.
	readMu sync.Mutex
	read   map[string]speech.Estimate
}

// features returns what the timing model sees in text read with the
// sheet's pronunciations, reading it only the first time.
func (s *FactSheet) features(text string) speech.Estimate {
	s.readMu.Lock()
	e, ok := s.read[text]
	s.readMu.Unlock()
	if ok {
		return e
	}
	e = speech.Features(text, s.Pronounce)
	s.readMu.Lock()
	if s.read == nil {
		s.read = map[string]speech.Estimate{}
	}
	s.read[text] = e
	s.readMu.Unlock()
	return e
}

// Edition is the fact sheet rendered in one format: the segment plan, the
// target running time and the slug its outputs are written under.
type Edition struct {
	// Name names the edition: its key in the editions block ("bulletin-60"),
	// or its Format for the sheet's own.
	Name     string
	Format   string
	Slug     string
	Target   time.Duration
	Segments []*Segment
	// Fit asks for the edition to be fitted to its target: material cut by
	// priority until it ends within the target (see Fit).
	Fit bool
	// Outputs names the files the edition writes (its episode.json
	// always); nil means every output the templates have.
	Outputs   []string
	outputPos Pos
	// OnAir is the time of day the edition goes on air, from midnight;
	// nil when the sheet does not say. The rundown then shows clock times.
	OnAir *time.Duration
	// retargeted says the target is another than the sheet's (--target):
	// its segments' targets are then scaled shares, shown but not warned
	// about.
	retargeted bool
	// sharesWith is the earlier edition of the same format whose segments
	// this one reads, when it lists none of its own.
	sharesWith *Edition
	// Host presents the edition: segments without a host of their own are
	// presented by it. Nil means the sheet's first host.
	Host    *Speaker
	HostRef *Ref
	// WPM is the pace the edition's presenter reads it at, in place of the
	// presenter's own (a bulletin read faster than the explainer); the
	// presenter's pauses are kept. Zero means the presenter's own pace.
	WPM float64
	Pos Pos
}

// Presenter is who presents the edition: its own host, or the sheet's
// first host.
func (e *Edition) Presenter(s *FactSheet) *Speaker {
	if e.Host != nil {
		return e.Host
	}
	if len(s.Hosts) > 0 {
		return s.Hosts[0]
	}
	return nil
}

// VoiceOf is how sp reads in the edition: the presenter at the edition's
// pace when it sets one, everyone else (and the presenter otherwise) in
// their own voice.
func (e *Edition) VoiceOf(s *FactSheet, sp *Speaker) speech.Voice {
	v := sp.VoiceOrDefault()
	if e.WPM != 0 && sp == e.Presenter(s) {
		v.WPM = e.WPM
	}
	return v
}

// Speaker is a person heard or quoted on air.
type Speaker struct {
	ID string
	// Name is the full name without rank, as first printed: "Michael Kurilla".
	Name string
	// Honorific is a rank or courtesy title said before the name: "General".
	Honorific string
	// Title is what the person is: "terrorism expert", or an appositive
	// such as "the commander of US Central Command".
	Title string
	// Affiliation is the organisation, as printed: "the Washington-based
	// Wilson Center".
	Affiliation string
	// Short is the name on second reference; the zero value means the
	// last word of Name.
	Short string
	// Role is host, expert, official, reporter or guest.
	Role string
	// WPM is the speaker's pace in words per minute on typical copy; zero
	// means the default for the role.
	WPM float64
	// Voice is the speaker's full voice (pace and pauses), given inline or
	// from a voice file; nil means the default for the role, at WPM.
	Voice *speech.Voice
	// TTSVoice is the synthesizer voice script.ssml reads the speaker's
	// cues with ("en-US-Neural2-D"); empty means the synthesizer's default.
	TTSVoice string
	// VoiceFile is the voice file the Voice was read from, relative to the
	// fact sheet's folder; empty when inline or default.
	VoiceFile string
	voicePos  Pos
	Pos       Pos
}

// Source is one article or recording the research comes from.
type Source struct {
	ID        string
	Outlet    string
	Title     string
	URL       string
	Published string
	// File is the article's text, relative to the fact sheet's folder.
	File string
	// Via names the outlet a syndicated story was republished by, when the
	// text was taken from there rather than from the originating Outlet.
	Via string
	// CopyOf is the source this one rewrites or copies; a copy never
	// counts as a second confirmation.
	CopyOf    *Source
	CopyOfRef *Ref
	Pos       Pos
}

// Fact is one statement the script may make, with the sources that back it.
type Fact struct {
	ID         string
	Text       string
	Sources    []*Source
	SourceRefs []Ref
	Tags       []string
	// Priority says what fitting to time may cut: never Must, Could
	// before Should.
	Priority Priority
	Pos      Pos
}

// Priority is how much an item of research must be heard, on a scale of
// three: must (never cut to fit a target), should (the default: cut when
// the could material is not enough) and could (cut first). A fact sheet
// writes it as must, should or could, or as 1, 2 or 3.
type Priority int

// The priorities, most important first.
const (
	Must Priority = 1 + iota
	Should
	Could
)

// String is the priority as a fact sheet writes it.
func (p Priority) String() string {
	switch p {
	case Must:
		return "must"
	case Could:
		return "could"
	}
	return "should"
}

// Quote is a person's exact words from a source.
type Quote struct {
	ID         string
	Speaker    *Speaker
	SpeakerRef Ref
	Text       string
	Source     *Source
	SourceRef  Ref
	// Airs is "clip" (the speaker's own voice is played) or "read" (the
	// host reads the words, attributed). The zero value means read.
	Airs string
	// Length is a clip's running time when it is known; zero means it is
	// estimated from the speaker's voice.
	Length time.Duration
	// LeadIn is the producer's line that sets the quote up on air ("Barton
	// says the attack does not fit a Ukrainian motive."); empty means the
	// template's generic lead-in. A partial quote's LeadIn is the start of
	// the sentence that the quoted phrase completes.
	LeadIn string
	// Priority says what fitting to time may cut; see Priority.
	Priority Priority
	// Said is how the words were said, as copy puts it: "in a statement",
	// "told reporters in the capital", "told Reuters". Empty means the
	// templates choose a plain attribution.
	Said string
	// Partial says the quote is a phrase quoted inside a writer's sentence
	// ("in as little as six months and with little to no warning"), not
	// a whole sentence of the speaker's: it is read only inside a sentence
	// of the host's, after its LeadIn, and never played as a clip. The zero
	// value means a whole sentence.
	Partial bool
	Pos     Pos
	// where text, airs and lead_in were written, for problems about them
	textPos, airsPos, leadInPos Pos
}

// Figure is a quantity that sources report, perhaps differently.
type Figure struct {
	ID       string
	Label    string
	Reports  []*Report
	Priority Priority
	Pos      Pos
}

// Report is one source's value for a figure.
type Report struct {
	Value float64
	// Qualifier is how the source hedges the value: "at least", "over",
	// "nearly"; empty for an exact figure.
	Qualifier string
	Source    *Source
	SourceRef Ref
	Pos       Pos
}

// Segment is one part of the rundown, rendered by the template named after
// its Kind.
type Segment struct {
	ID    string
	Title string
	Kind  string
	// Host presents the segment; nil in a parsed sheet means the sheet's
	// first host.
	Host       *Speaker
	HostRef    *Ref
	Facts      []*Fact
	FactRefs   []Ref
	Quotes     []*Quote
	QuoteRefs  []Ref
	Figures    []*Figure
	FigureRefs []Ref
	// Target is the segment's own running time target; zero means none.
	Target time.Duration
	// Lines are hand-written script paragraphs in script markup.
	Lines   []string
	linePos []Pos
	// Status is where the segment is in production: "draft", "approved"
	// or "recorded" (empty when the sheet does not say). Actual is a
	// recorded segment's real length, which replaces the estimate in every
	// total; zero when it is not known.
	Status string
	Actual time.Duration
	// Optional says fitting to time may drop the whole segment (unless
	// its kind is one the format requires); Priority orders it among the
	// other cuts.
	Optional bool
	Priority Priority
	Pos      Pos
	TitlePos Pos
}

// Speaker returns the speaker with the given id.
func (s *FactSheet) Speaker(id string) (*Speaker, error) {
	return lookup(s.speakers, "speaker", id)
}

// Source returns the source with the given id.
func (s *FactSheet) Source(id string) (*Source, error) {
	return lookup(s.sources, "source", id)
}

// Fact returns the fact with the given id.
func (s *FactSheet) Fact(id string) (*Fact, error) {
	return lookup(s.facts, "fact", id)
}

// Quote returns the quote with the given id.
func (s *FactSheet) Quote(id string) (*Quote, error) {
	return lookup(s.quotes, "quote", id)
}

// Figure returns the figure with the given id.
func (s *FactSheet) Figure(id string) (*Figure, error) {
	return lookup(s.figures, "figure", id)
}

// Select returns the editions that name picks: the edition of that name,
// or else every edition of that format, in the sheet's order.
func (s *FactSheet) Select(name string) ([]*Edition, error) {
	var byFormat []*Edition
	for _, e := range s.Editions {
		if e.Name == name {
			return []*Edition{e}, nil
		}
		if e.Format == name {
			byFormat = append(byFormat, e)
		}
	}
	if len(byFormat) > 0 {
		return byFormat, nil
	}
	var have []string
	for _, e := range s.Editions {
		have = append(have, e.Name)
	}
	return nil, fmt.Errorf("%s has no edition or format %q (its editions: %s); add one under `editions`", s.Path, name, strings.Join(have, ", "))
}

func lookup[T any](m map[string]*T, kind, id string) (*T, error) {
	if v, ok := m[id]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("no %s %q in the fact sheet", kind, id)
}

// FullName is the name with its honorific: "General Michael Kurilla".
func (sp *Speaker) FullName() string {
	if sp.Honorific == "" {
		return sp.Name
	}
	return sp.Honorific + " " + sp.Name
}

// VoiceOrDefault is how the speaker reads: the speaker's own Voice when
// the fact sheet gives one, otherwise the default voice for the Role, at
// the speaker's WPM when it is set.
func (sp *Speaker) VoiceOrDefault() speech.Voice {
	if sp.Voice != nil {
		return *sp.Voice
	}
	v := speech.DefaultVoice(sp.Role)
	if sp.WPM > 0 {
		v.WPM = sp.WPM
	}
	return v
}

// ShortName is the name on second reference: Short, or the last word of Name.
func (sp *Speaker) ShortName() string {
	if sp.Short != "" {
		return sp.Short
	}
	f := strings.Fields(sp.Name)
	if len(f) == 0 {
		return sp.ID
	}
	return f[len(f)-1]
}

// Attribution names the speaker the way a newsroom introduces a voice:
// "terrorism expert Greg Barton", "General Michael Kurilla, the commander of
// US Central Command", "Michael Kugelman of the Washington-based Wilson
// Center". A title that starts with an article is set after the name as an
// appositive; any other title goes before the name.
func (sp *Speaker) Attribution() string {
	name := sp.FullName()
	title := sp.Title
	appositive := hasArticle(title)
	var b strings.Builder
	if title != "" && !appositive {
		b.WriteString(title)
		b.WriteByte(' ')
	}
	b.WriteString(name)
	if appositive {
		b.WriteString(", ")
		b.WriteString(title)
	}
	if sp.Affiliation != "" {
		if appositive {
			b.WriteString(" at ")
		} else {
			b.WriteString(" of ")
		}
		b.WriteString(sp.Affiliation)
	}
	return b.String()
}

func hasArticle(s string) bool {
	for _, a := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(strings.ToLower(s), a) {
			return true
		}
	}
	return false
}

// String gives the reported value with its qualifier: "at least 137".
func (r *Report) String() string {
	v := speech.FormatNumber(r.Value)
	if r.Qualifier == "" {
		return v
	}
	return r.Qualifier + " " + v
}

// Report returns the report of the figure by the given source.
func (f *Figure) Report(sourceID string) (*Report, error) {
	for _, r := range f.Reports {
		if r.Source != nil && r.Source.ID == sourceID {
			return r, nil
		}
	}
	return nil, fmt.Errorf("figure %q has no report from source %q", f.ID, sourceID)
}

// Distinct returns the figure's reports without those of sources that
// copy another reporting source, so that a rewrite is not cited as a second
// report.
func (f *Figure) Distinct() []*Report {
	reporting := map[*Source]bool{}
	for _, r := range f.Reports {
		reporting[r.Source] = true
	}
	var out []*Report
	for _, r := range f.Reports {
		if r.Source != nil && r.Source.CopyOf != nil && reporting[r.Source.CopyOf] {
			continue
		}
		out = append(out, r)
	}
	return out
}

// Sources lists the sources of the figure's reports.
func (f *Figure) Sources() []*Source {
	out := make([]*Source, 0, len(f.Reports))
	for _, r := range f.Reports {
		out = append(out, r.Source)
	}
	return out
}

// Disagree reports whether the figure's sources give different values.
func (f *Figure) Disagree() bool {
	for _, r := range f.Reports {
		if r.Value != f.Reports[0].Value || r.Qualifier != f.Reports[0].Qualifier {
			return true
		}
	}
	return false
}
