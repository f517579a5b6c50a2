package main

import (
	"context"
	"fmt"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/pdf"
	"github.com/spf13/cobra"
)

type printOptions struct {
	io      *iostreams
	ctx     context.Context
	path    string
	out     string
	paper   string
	browser string
	compileFlags
}

func newPrintCmd(ios *iostreams, runF func(*printOptions) error) *cobra.Command {
	opts := &printOptions{io: ios}
	cmd := &cobra.Command{
		Use:   "print EPISODE",
		Short: "Print an episode's rundown and script to PDF with a local Chromium or Chrome",
		Long: `print lays out rundown.html for paper (A4 or letter) in a headless Chromium or
Chrome found on PATH (or named with --browser) and writes the PDF.`,
		Args: args(1, 1),
		RunE: func(cmd *cobra.Command, a []string) error {
			opts.path, opts.ctx = a[0], cmd.Context()
			return runF(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.out, "out", "o", "", "PDF file to write (default <slug>.pdf)")
	cmd.Flags().StringVar(&opts.paper, "paper", "A4", "paper size: A4 or letter")
	cmd.Flags().StringVar(&opts.browser, "browser", "", "Chromium or Chrome executable (default: found on PATH)")
	opts.register(cmd)
	return cmd
}

func printRun(opts *printOptions) error {
	paper, err := pdf.PaperName(opts.paper)
	if err != nil {
		return usageError{err}
	}
	browserPath, err := pdf.FindBrowser(opts.browser)
	if err != nil {
		return err
	}
	o, err := opts.options()
	if err != nil {
		return failIf(opts.io.err, err)
	}
	ep, probs := briefing.CompileEpisode(opts.ctx, opts.path, o)
	printProblems(opts.io.err, probs)
	if ep == nil {
		return errFailed
	}
	html, err := briefing.RenderOutput(opts.ctx, ep, o.Templates, "rundown.html", paper)
	if err != nil {
		return failIf(opts.io.err, err)
	}
	b, err := pdf.StartBrowser(opts.ctx, browserPath)
	if err != nil {
		return err
	}
	defer b.Close()
	doc, err := b.Print(html, paper)
	if err != nil {
		return err
	}
	out := opts.out
	if out == "" {
		out = ep.Edition.Slug + ".pdf"
	}
	if err := briefing.WriteFile(out, doc); err != nil {
		return err
	}
	fmt.Fprintf(opts.io.out, "wrote %s (%d pages, %s)\n", out, pdf.Pages(doc), paper)
	return nil
}
