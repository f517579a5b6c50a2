package main

import (
	"fmt"
	"path/filepath"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/spf13/cobra"
)

type buildOptions struct {
	io    *iostreams
	paths []string
	out   string
	compileFlags
}

func newBuildCmd(ios *iostreams, runF func(*buildOptions) error) *cobra.Command {
	opts := &buildOptions{io: ios}
	cmd := &cobra.Command{
		Use:   "build EPISODE...",
		Short: "Render fact sheets into OUT/<slug>/script.md, rundown.txt and episode.json",
		Long: `build renders each fact sheet (a file, or a folder holding episode.yaml) in every
edition it defines, and writes each edition's files into OUT/<slug>/. A fact
sheet with errors writes nothing and leaves its previous output as it was.`,
		Args: args(1, -1),
		RunE: func(cmd *cobra.Command, a []string) error {
			opts.paths = a
			return runF(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.out, "out", "o", "out", "output folder")
	opts.register(cmd)
	return cmd
}

func buildRun(opts *buildOptions) error {
	o, err := opts.options()
	if err != nil {
		return failIf(opts.io.err, err)
	}
	results := briefing.Build(opts.paths, opts.out, o)
	for _, r := range results {
		for i, ep := range r.Episodes {
			fmt.Fprintf(opts.io.out, "wrote %s (%s): %s\n", filepath.Join(opts.out, ep.Edition.Slug), fileNames(r.Files[i]), summary(ep))
		}
	}
	return report(opts.io.err, results, opts.strict)
}
