package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/templates"
	"github.com/spf13/cobra"
)

// compileFlags are the flags of every command that renders fact sheets.
type compileFlags struct {
	templates string
	format    string
	strict    bool
	maxInput  int64
	timeout   time.Duration
	inputs    []string
	target    string
	fit       bool
}

func (f *compileFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.templates, "templates", "", "folder of templates that override or add to the built-in ones")
	cmd.Flags().StringVar(&f.format, "format", "", "render only the edition of this name, or the editions of this format (default: every edition)")
	cmd.Flags().StringVar(&f.target, "target", "", "running time to aim for, in place of each edition's target (e.g. 5m, 60s, 1:30)")
	cmd.Flags().BoolVar(&f.fit, "fit", false, "fit each edition to its target: cut by priority until it ends within it")
	cmd.Flags().BoolVar(&f.strict, "strict", false, "treat warnings (a segment over its target…) as errors")
	cmd.Flags().Int64Var(&f.maxInput, "max-input", briefing.DefaultMaxInput, "largest fact sheet to read, in bytes")
	cmd.Flags().DurationVar(&f.timeout, "timeout", 10*time.Second, "longest one template may run for one segment or output")
	cmd.Flags().StringArrayVar(&f.inputs, "inputs", nil, "folder besides the fact sheet's own that sources and voice files may be in, e.g. a season's voices (repeatable)")
}

// options loads the template set, checks the --inputs folders and returns
// the library options.
func (f *compileFlags) options() (briefing.Options, error) {
	switch {
	case f.timeout <= 0:
		return briefing.Options{}, usageError{fmt.Errorf("--timeout %s: must be more than zero (templates need a deadline)", f.timeout)}
	case f.maxInput <= 0:
		return briefing.Options{}, usageError{fmt.Errorf("--max-input %d: must be more than zero", f.maxInput)}
	}
	var target time.Duration
	if f.target != "" {
		t, err := briefing.ParseDuration(f.target)
		if err != nil || t <= 0 {
			if err == nil {
				err = errors.New("must be more than zero")
			}
			return briefing.Options{}, usageError{fmt.Errorf("--target %s: %v", f.target, err)}
		}
		target = t
	}
	tpl, err := loadTemplates(f.templates)
	if err != nil {
		return briefing.Options{}, err
	}
	tpl.Timeout = f.timeout
	in, err := briefing.NewInputs(f.inputs)
	if err != nil {
		return briefing.Options{}, err
	}
	return briefing.Options{Templates: tpl, Format: f.format, Strict: f.strict, MaxInput: f.maxInput, Inputs: in, Target: target, Fit: f.fit}, nil
}

func loadTemplates(dir string) (*briefing.Templates, error) {
	return briefing.LoadTemplates(templates.FS, templates.Name, dir)
}

// printProblems writes problems one a line, sorted, each once: a voice
// file or partial shared by many fact sheets reports its error once.
func printProblems(w io.Writer, probs briefing.Problems) {
	if len(probs) > 0 {
		fmt.Fprintln(w, probs.Unique().Error())
	}
}

// failIf reports err's problems and turns it into errFailed.
func failIf(w io.Writer, err error) error {
	if err == nil {
		return nil
	}
	var ps briefing.Problems
	if errors.As(err, &ps) {
		printProblems(w, ps)
		return errFailed
	}
	return err
}

func secondsDuration(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// summary describes an episode's running time against its target.
func summary(ep *briefing.Episode) string {
	return fmt.Sprintf("%s, runs %s of %s (%s)", ep.Edition.Name, briefing.Clock(ep.Total), briefing.Clock(ep.Target()), briefing.OverUnder(ep.Over()))
}

// report prints every result's problems to w and returns errFailed when
// any result failed.
func report(w io.Writer, results []*briefing.Result, strict bool) error {
	var all briefing.Problems
	failed := false
	for _, r := range results {
		all = append(all, r.Problems...)
		failed = failed || r.Failed(strict)
	}
	printProblems(w, all)
	if failed {
		return errFailed
	}
	return nil
}
