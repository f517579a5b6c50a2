package briefing

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Options are the settings of compiling fact sheets. The zero value renders
// every edition with no template set, so Templates must be set.
type Options struct {
	Templates *Templates
	// Format, when set, renders only the edition of that format.
	Format string
	// Strict makes warnings fail like errors.
	Strict bool
	// MaxInput bounds the size in bytes of a fact sheet and of each source
	// file; zero means DefaultMaxInput.
	MaxInput int64
	// Unchecked skips checking the sheet against its sources' texts (its
	// quotes' words and attributions, its facts' sources): for comparing
	// what two versions would read (diff), never for building.
	Unchecked bool
	// Target, when set, replaces each edition's target running time.
	Target time.Duration
	// Fit fits every edition to its target (see Fit), as an edition's
	// fit: true does for that edition.
	Fit bool
	// Inputs reads the input files, sharing each read between the calls
	// that use the same Inputs, and holds the folders besides each fact
	// sheet's own that its sources and voice files may be in (--inputs).
	// Nil allows only the sheet's folder and shares nothing between calls.
	Inputs *Inputs
}

// Result is one fact sheet compiled: its episodes (one per edition) with
// their rendered files, and every problem found. When Problems holds an
// error (or, strict, a warning), Episodes and Files are empty.
type Result struct {
	Path     string
	Episodes []*Episode
	Files    [][]OutputFile // Files[i] are the outputs of Episodes[i]
	// Contracts[i] is what Episodes[i]'s episode.json holds (nil when it
	// was not rendered), built once for the file and for a batch's index.
	Contracts []*EpisodeJSON
	Problems  Problems
}

// Failed reports whether the result must not be written.
func (r *Result) Failed(strict bool) bool { return r.Problems.Err(strict) != nil }

// Compile loads a fact sheet, renders and times each of its editions and
// renders their output files, all in memory. The templates of all its
// editions run under one deadline (opts.Templates.Timeout) and stop when
// ctx is cancelled.
func Compile(ctx context.Context, path string, opts Options) *Result {
	sheet, probs := Load(path, opts)
	if sheet == nil {
		return &Result{Path: path, Problems: probs}
	}
	return CompileSheet(ctx, sheet, probs, opts)
}

// CompileSheet is Compile for a sheet already loaded: it renders and times
// each of its editions (or those opts.Format selects) and renders their
// output files. probs are the problems Load returned with the sheet; the
// result holds them with the rest. A batch loads the sheet itself, to
// record what was read (FactSheet.Inputs), and compiles it with this.
func CompileSheet(ctx context.Context, sheet *FactSheet, probs Problems, opts Options) *Result {
	return compileSheet(ctx, sheet, probs, opts, nil)
}

// compileSheet is CompileSheet rendering only the outputs named (all of
// them when names is nil).
func compileSheet(ctx context.Context, sheet *FactSheet, probs Problems, opts Options, names []string) *Result {
	res := &Result{Path: sheet.Path, Problems: probs}
	editions := sheet.Editions
	if opts.Format != "" {
		eds, err := sheet.Select(opts.Format)
		if err != nil {
			res.Problems = append(res.Problems, Problem{Path: sheet.Path, Message: err.Error()})
			return res
		}
		editions = eds
	}
	// One deadline for the whole sheet, however many editions it has.
	ctx, cancel := withTimeout(ctx, opts.Templates.Timeout)
	defer cancel()
	for _, ed := range editions {
		ep, files, contract, probs := compileEdition(ctx, sheet, ed, opts, names)
		res.Problems = append(res.Problems, probs...)
		if ep == nil {
			continue
		}
		res.Episodes = append(res.Episodes, ep)
		res.Files = append(res.Files, files)
		res.Contracts = append(res.Contracts, contract)
	}
	if opts.Format == "" && len(res.Episodes) == len(sheet.Editions) {
		res.Problems = append(res.Problems, unused(sheet, res.Episodes)...)
	}
	res.Problems.Sort()
	if res.Failed(opts.Strict) {
		res.Episodes, res.Files, res.Contracts = nil, nil, nil
	}
	return res
}

// compileEdition renders and times one edition, at opts.Target and fitted
// to it when asked, and renders its outputs, under ctx's deadline.
func compileEdition(ctx context.Context, sheet *FactSheet, ed *Edition, opts Options, names []string) (*Episode, []OutputFile, *EpisodeJSON, Problems) {
	tpl := opts.Templates
	if opts.Target > 0 {
		ed = ed.retarget(opts.Target)
	}
	var ep *Episode
	var probs Problems
	if opts.Fit || ed.Fit {
		ep, probs = Fit(ctx, sheet, ed, tpl)
	} else {
		ep, probs = Render(ctx, sheet, ed, tpl)
	}
	if ep == nil {
		return nil, nil, nil, probs
	}
	if names == nil {
		var err error
		if names, err = ed.outputNames(tpl); err != nil {
			return nil, nil, nil, append(probs, Problem{Path: sheet.Path, Line: ed.outputPos.Line, Col: ed.outputPos.Col, Field: ed.Name + ".outputs", Message: err.Error()})
		}
	}
	files, contract, err := renderOutputs(ctx, ep, tpl, names)
	if err != nil {
		return nil, nil, nil, append(probs, asProblems(err)...)
	}
	return ep, files, contract, probs
}

// outputNames are the outputs the edition writes: those it names, in the
// templates' order, and episode.json; every output when it names none.
func (e *Edition) outputNames(tpl *Templates) ([]string, error) {
	all := tpl.OutputNames()
	if e.Outputs == nil {
		return all, nil
	}
	for _, n := range e.Outputs {
		if !slices.Contains(all, n) {
			return nil, fmt.Errorf("no output %q (the templates write: %s)", n, strings.Join(all, ", "))
		}
	}
	return slices.DeleteFunc(all, func(n string) bool { return n != "episode.json" && !slices.Contains(e.Outputs, n) }), nil
}

func asProblems(err error) Problems {
	var ps Problems
	if errors.As(err, &ps) {
		return ps
	}
	return Problems{{Message: err.Error()}}
}

// CompileEpisode compiles one fact sheet and returns its episode of the given
// format (its own format when empty), timed, rendering no output file;
// nil when there are errors.
func CompileEpisode(ctx context.Context, path string, opts Options) (*Episode, Problems) {
	res, ok := compileOne(ctx, path, opts, []string{})
	if !ok {
		return nil, res.Problems
	}
	return res.Episodes[0], res.Problems
}

// Rundown compiles one fact sheet and returns the rundown of its edition
// of the given format (its own format when empty), rendering no other
// output.
func Rundown(ctx context.Context, path string, opts Options) ([]byte, Problems) {
	res, ok := compileOne(ctx, path, opts, []string{"rundown.txt"})
	if !ok {
		return nil, res.Problems
	}
	for _, f := range res.Files[0] {
		if f.Name == "rundown.txt" {
			return f.Data, res.Problems
		}
	}
	return nil, append(res.Problems, Problem{Path: path, Message: fmt.Sprintf("no rundown among %d outputs", len(res.Files[0]))})
}

// compileOne compiles the one edition of a sheet that opts.Format selects
// (by name, or by a format only it has), or its own, rendering the outputs
// named.
func compileOne(ctx context.Context, path string, opts Options, names []string) (*Result, bool) {
	sheet, probs := Load(path, opts)
	if sheet == nil {
		return &Result{Path: path, Problems: probs}, false
	}
	if opts.Format == "" {
		opts.Format = sheet.Editions[0].Name
	}
	if eds, err := sheet.Select(opts.Format); err == nil && len(eds) > 1 {
		var have []string
		for _, e := range eds {
			have = append(have, e.Name)
		}
		return &Result{Path: path, Problems: append(probs, Problem{Path: path, Message: fmt.Sprintf(
			"%d editions have the format %q (%s); name one with --format", len(eds), opts.Format, strings.Join(have, ", "))})}, false
	}
	res := compileSheet(ctx, sheet, probs, opts, names)
	return res, len(res.Episodes) > 0
}

// unused warns of quotes and facts that no cue of any edition uses: research
// that was gathered but did not make it to air, or a typo'd reference.
func unused(sheet *FactSheet, eps []*Episode) Problems {
	used := map[string]bool{}
	for _, ep := range eps {
		ep.markResearch(used, false)
	}
	var probs Problems
	for i, q := range sheet.Quotes {
		if !used["quote "+q.ID] {
			probs = append(probs, Problem{Path: sheet.Path, Line: q.Pos.Line, Col: q.Pos.Col, Severity: SeverityWarning,
				Field: fmt.Sprintf("quotes[%d]", i), Message: fmt.Sprintf("quote %q is not used in any script", q.ID)})
		}
	}
	for i, f := range sheet.Facts {
		if !used["fact "+f.ID] {
			probs = append(probs, Problem{Path: sheet.Path, Line: f.Pos.Line, Col: f.Pos.Col, Severity: SeverityWarning,
				Field: fmt.Sprintf("facts[%d]", i), Message: fmt.Sprintf("fact %q is not used in any script", f.ID)})
		}
	}
	return probs
}
