package main

import (
	"context"
	"github.com/briefing-dev/briefing/briefing"
	"github.com/spf13/cobra"
)

type rundownOptions struct {
	ctx  context.Context
	io   *iostreams
	path string
	compileFlags
}

func newRundownCmd(ios *iostreams, runF func(*rundownOptions) error) *cobra.Command {
	opts := &rundownOptions{io: ios}
	cmd := &cobra.Command{
		Use:   "rundown EPISODE",
		Short: "Print an episode's rundown for the host",
		Long: `rundown prints the rundown of the fact sheet's own edition, or of the edition
given with --format: the segment table with start, duration, target,
over/under and back time, then every cue with its start.`,
		Args: args(1, 1),
		RunE: func(cmd *cobra.Command, a []string) error {
			opts.path, opts.ctx = a[0], cmd.Context()
			return runF(opts)
		},
	}
	opts.register(cmd)
	return cmd
}

func rundownRun(opts *rundownOptions) error {
	o, err := opts.options()
	if err != nil {
		return failIf(opts.io.err, err)
	}
	data, probs := briefing.Rundown(opts.ctx, opts.path, o)
	printProblems(opts.io.err, probs)
	if data == nil {
		return errFailed
	}
	_, err = opts.io.out.Write(data)
	return err
}
