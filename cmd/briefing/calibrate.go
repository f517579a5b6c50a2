package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/speech"
	"github.com/spf13/cobra"
)

type calibrateOptions struct {
	io       *iostreams
	reads    string
	out      string
	maxInput int64
}

func newCalibrateCmd(ios *iostreams, runF func(*calibrateOptions) error) *cobra.Command {
	opts := &calibrateOptions{io: ios}
	cmd := &cobra.Command{
		Use:   "calibrate READS.yaml",
		Short: "Fit a voice (pace and pauses) to a host's timed reads",
		Long: `calibrate fits a voice to measured reads, listed in READS.yaml as
  - text: The copy as read.
    seconds: 12.4
and reports how well it fits. It needs at least 5 reads and 30 seconds of
speech. With -o it writes the voice file, which time --voice and a fact
sheet speaker's voice: accept; without it the voice file goes to stdout.`,
		Args: args(1, 1),
		RunE: func(cmd *cobra.Command, a []string) error {
			opts.reads = a[0]
			return runF(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.out, "out", "o", "", "voice file to write")
	cmd.Flags().Int64Var(&opts.maxInput, "max-input", briefing.DefaultMaxInput, "largest reads file to read, in bytes")
	return cmd
}

func calibrateRun(opts *calibrateOptions) error {
	data, err := readInput(opts.io.in, opts.reads, opts.maxInput)
	if err != nil {
		return err
	}
	reads, probs := briefing.ParseReads(opts.reads, []byte(data))
	if reads == nil {
		return failIf(opts.io.err, probs)
	}
	v, fit, err := speech.Calibrate(reads, nil)
	if err != nil {
		return err
	}
	report := opts.io.out
	if opts.out == "" {
		report = opts.io.err
	}
	fmt.Fprintf(report, "fitted %d reads (%s of speech)\n", fit.Reads, briefing.Clock(secondsDuration(fit.Seconds)))
	fmt.Fprintf(report, "  pace       %s wpm, pauses included, on typical copy\n", speech.FormatNumber(v.WPM))
	fmt.Fprintf(report, "  comma      %s\n  sentence   %s\n  paragraph  %s\n", v.Comma, v.Sentence, v.Paragraph)
	switch len(fit.Kept) {
	case 0:
	case 1:
		fmt.Fprintf(report, "  note       the reads cannot show the %s pause (too few reads, or too alike); it stays near its default\n", fit.Kept[0])
	default:
		fmt.Fprintf(report, "  note       the reads cannot show the %s pauses (too few reads, or too alike); they stay near their defaults\n", briefing.AndList(fit.Kept))
	}
	fmt.Fprintf(report, "  error      %.1f%% on each read left out of the fit (default voice: %.1f%%; written words at one rate: %.1f%%)\n",
		100*fit.HeldOutError, 100*fit.DefaultError, 100*fit.WordRateError)
	if !fit.Better() {
		fmt.Fprintf(report, "  warning    this voice predicts these reads no better than the default voice; keep the default, or time more reads\n")
	}
	comment := fmt.Sprintf("Voice fitted by briefing calibrate to %d reads of %s (%.1f s of speech).\n"+
		"Error on each read left out of the fit: %.1f%%; the default voice on the same reads: %.1f%%.",
		fit.Reads, filepath.Base(opts.reads), fit.Seconds, 100*fit.HeldOutError, 100*fit.DefaultError)
	if len(fit.Kept) > 0 {
		comment += "\nPauses kept near their defaults (the reads cannot show them): " + strings.Join(fit.Kept, ", ") + "."
	}
	file := briefing.FormatVoice(v, comment, &fit)
	if opts.out == "" {
		_, err := opts.io.out.Write(file)
		return err
	}
	if err := briefing.WriteFile(opts.out, file); err != nil {
		return err
	}
	fmt.Fprintf(report, "wrote %s\n", opts.out)
	return nil
}
