package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/draft"
	"github.com/spf13/cobra"
)

type draftOptions struct {
	io       *iostreams
	files    []string
	out      string
	maxInput int64
}

func newDraftCmd(ios *iostreams, runF func(*draftOptions) error) *cobra.Command {
	opts := &draftOptions{io: ios}
	cmd := &cobra.Command{
		Use:   "draft SOURCE.txt...",
		Short: "Draft a fact sheet from articles: speakers, quotes, figures, copies",
		Long: `draft reads plain-text articles and writes a fact-sheet draft: one source per
article (title, outlet, copies and syndication marked), every person quoted
with title and affiliation as printed, every direct quotation with its exact
words, the figures the articles report for the story (flagged where they
disagree) and names spelled two ways. Site boilerplate is left out. The draft
passes check; its TODOs are for the producer.`,
		Args: args(1, -1),
		RunE: func(cmd *cobra.Command, a []string) error {
			opts.files = a
			return runF(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.out, "out", "o", "", "fact sheet to write (default: standard output); it must not exist")
	cmd.Flags().Int64Var(&opts.maxInput, "max-input", briefing.DefaultMaxInput, "largest article to read, in bytes")
	return cmd
}

func draftRun(opts *draftOptions) error {
	taken := map[string]bool{}
	var arts []*draft.Article
	var files []string
	for _, f := range opts.files {
		// A pattern the shell left unexpanded ("sources/*.txt").
		if _, err := os.Stat(f); err != nil && strings.ContainsAny(f, "*?[") {
			if m, _ := filepath.Glob(f); len(m) > 0 {
				files = append(files, m...)
				continue
			}
		}
		files = append(files, f)
	}
	// Run again, "briefing draft * > draft.yaml" names the output of the
	// run before among the articles, which the shell has emptied before
	// draft starts: it is skipped, not read as an article.
	var stdout os.FileInfo
	if out, ok := opts.io.out.(*os.File); ok && opts.out == "" {
		if fi, err := out.Stat(); err == nil && fi.Mode().IsRegular() {
			stdout = fi
		}
	}
	for _, f := range files {
		if stdout != nil {
			if fi, err := os.Stat(f); err == nil && os.SameFile(fi, stdout) {
				fmt.Fprintf(opts.io.err, "briefing: %s skipped: it is the file the draft is written to\n", f)
				continue
			}
		}
		data, err := readInput(opts.io.in, f, opts.maxInput)
		if err != nil {
			return err
		}
		a, err := draft.ReadArticle(draft.ID(f, taken), f, []byte(data))
		if err != nil {
			return failIf(opts.io.err, err)
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 {
		return fmt.Errorf("no articles to draft from")
	}
	res := draft.Analyze(arts)
	dir := "."
	if opts.out != "" {
		dir = filepath.Dir(opts.out)
		if _, err := os.Lstat(opts.out); err == nil {
			return fmt.Errorf("%s exists; draft never overwrites a fact sheet (write to a new file)", opts.out)
		}
	}
	// Each source's file, as the sheet names it: relative to the
	// sheet's folder, which check and build read sources inside of.
	absDir, _ := filepath.Abs(dir)
	rel := func(a *draft.Article) string {
		abs, _ := filepath.Abs(a.Path)
		if r, err := filepath.Rel(absDir, abs); err == nil {
			return filepath.ToSlash(r)
		}
		return filepath.ToSlash(a.Path)
	}
	if opts.out != "" {
		var outside []string
		for _, a := range arts {
			if r := rel(a); r == ".." || strings.HasPrefix(r, "../") || filepath.IsAbs(r) {
				outside = append(outside, a.Path)
			}
		}
		if len(outside) > 0 {
			which := outside[0] + " is"
			if len(outside) > 1 {
				which = fmt.Sprintf("%s and %d more articles are", outside[0], len(outside)-1)
			}
			return fmt.Errorf("%s outside the fact sheet's folder %s, where check and build read sources: put the articles in it (e.g. in %s) or write the sheet beside them; nothing written",
				which, dir, filepath.Join(dir, "sources")+string(filepath.Separator))
		}
	}
	text := draft.Format(res, rel)
	if opts.out == "" {
		_, err := opts.io.out.Write(text)
		return err
	}
	if err := briefing.WriteFile(opts.out, text); err != nil {
		return err
	}
	fmt.Fprintf(opts.io.out, "wrote %s: %s\n", opts.out, res.Summary())
	return nil
}
