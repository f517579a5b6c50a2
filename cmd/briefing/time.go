package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/speech"
	"github.com/spf13/cobra"
)

type timeOptions struct {
	io       *iostreams
	file     string
	voice    string
	wpm      float64
	spoken   bool
	json     bool
	maxInput int64
}

func newTimeCmd(ios *iostreams, runF func(*timeOptions) error) *cobra.Command {
	opts := &timeOptions{io: ios}
	cmd := &cobra.Command{
		Use:   "time [FILE|-]",
		Short: "Estimate how long a piece of copy takes to read",
		Long: `time estimates the read time of a text (standard input when no file is given,
or "-"): the letters of its spoken form, at the voice's pace, plus its
pauses.
--spoken prints the text as it is said first.`,
		Args: args(0, 1),
		RunE: func(cmd *cobra.Command, a []string) error {
			if len(a) == 1 {
				opts.file = a[0]
			}
			return runF(opts)
		},
	}
	cmd.Flags().StringVar(&opts.voice, "voice", "", "voice file (as briefing calibrate writes it)")
	cmd.Flags().Float64Var(&opts.wpm, "wpm", 0, fmt.Sprintf("pace in words per minute, pauses included, on typical copy (default %s, or the voice file's)", speech.FormatNumber(speech.DefaultHostWPM)))
	cmd.Flags().BoolVar(&opts.spoken, "spoken", false, "print the text as it is said")
	cmd.Flags().BoolVar(&opts.json, "json", false, "print the estimate as JSON")
	cmd.Flags().Int64Var(&opts.maxInput, "max-input", briefing.DefaultMaxInput, "largest text to read, in bytes")
	return cmd
}

func timeRun(opts *timeOptions) error {
	v := speech.DefaultVoice("host")
	if opts.voice != "" {
		lv, probs := briefing.LoadVoice(opts.voice)
		if lv == nil {
			return failIf(opts.io.err, probs)
		}
		v = *lv
	}
	if opts.wpm != 0 {
		v.WPM = opts.wpm
	}
	if err := v.Check(); err != nil {
		return usageError{fmt.Errorf("--wpm: %v", err)}
	}
	text, err := readInput(opts.io.in, opts.file, opts.maxInput)
	if err != nil {
		return err
	}
	e := v.Estimate(text, nil)
	e.Seconds = e.Duration().Seconds()
	if opts.json {
		enc := json.NewEncoder(opts.io.out)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			speech.Estimate
			WPM float64 `json:"wpm"`
		}{e, v.WPM})
	}
	if opts.spoken {
		fmt.Fprintln(opts.io.out, e.Spoken)
	}
	fmt.Fprintf(opts.io.out, "%.1fs (%s) · %d words, %d as spoken, %d letters · %s wpm\n",
		e.Seconds, briefing.Clock(e.Duration()), e.Words, e.SpokenWords, e.Letters, speech.FormatNumber(v.WPM))
	return nil
}

// readInput reads a file, or standard input for "" and "-", up to max
// bytes. A file must be a regular file: a named pipe is refused, not
// waited on.
func readInput(stdin io.Reader, file string, max int64) (string, error) {
	if file != "" && file != "-" {
		data, err := briefing.ReadFile(file, max)
		if err != nil {
			return "", fmt.Errorf("%s: %w", file, err)
		}
		return string(data), nil
	}
	data, err := io.ReadAll(io.LimitReader(stdin, max+1))
	if err != nil {
		return "", fmt.Errorf("standard input: %w", err)
	}
	if int64(len(data)) > max {
		return "", fmt.Errorf("standard input: larger than the limit of %d bytes (raise it with --max-input)", max)
	}
	return string(data), nil
}
