package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/spf13/cobra"
)

type checkOptions struct {
	ctx   context.Context
	io    *iostreams
	paths []string
	compileFlags
}

func newCheckCmd(ios *iostreams, runF func(*checkOptions) error) *cobra.Command {
	opts := &checkOptions{io: ios}
	cmd := &cobra.Command{
		Use:   "check EPISODE...",
		Short: "Validate fact sheets and lint their scripts without writing anything",
		Long: `check loads, validates and renders each fact sheet in memory and reports every
problem as path:line:col: field: message. It exits 1 on errors; warnings (a
segment over its target) fail only with --strict.`,
		Args: args(1, -1),
		RunE: func(cmd *cobra.Command, a []string) error {
			opts.paths, opts.ctx = a, cmd.Context()
			return runF(opts)
		},
	}
	opts.register(cmd)
	return cmd
}

func checkRun(opts *checkOptions) error {
	o, err := opts.options()
	if err != nil {
		return failIf(opts.io.err, err)
	}
	var results []*briefing.Result
	for _, p := range opts.paths {
		r := briefing.Compile(opts.ctx, p, o)
		results = append(results, r)
		if len(r.Episodes) > 0 {
			var parts []string
			for _, ep := range r.Episodes {
				parts = append(parts, summary(ep))
			}
			fmt.Fprintf(opts.io.out, "ok %s: %s\n", p, strings.Join(parts, "; "))
		}
	}
	return report(opts.io.err, results, opts.strict)
}
