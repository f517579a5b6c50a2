package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"
)

type templatesOptions struct {
	io        *iostreams
	templates string
	arg       string
	force     bool
}

func newTemplatesCmd(ios *iostreams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "templates",
		Short: "List, show or export the templates",
		Long: `Templates are text/template files: FORMAT/KIND.tmpl renders a segment of that
kind, FORMAT/_NAME.tmpl and _NAME.tmpl are partials, outputs/*.tmpl render
script.md and rundown.txt. A file in the --templates folder replaces the
built-in file of the same path.`,
		Args: args(1, 1),
		RunE: func(cmd *cobra.Command, a []string) error {
			return usageError{fmt.Errorf("unknown templates command %q (list, show or export)", a[0])}
		},
	}
	cmd.AddCommand(
		templatesSub(ios, "list", "List every template and where it comes from", 0, templatesListRun),
		templatesSub(ios, "show PATH", "Print a template, e.g. explainer/expert.tmpl", 1, templatesShowRun),
		templatesSub(ios, "export DIR", "Copy the templates into DIR to start your own", 1, templatesExportRun),
	)
	return cmd
}

func templatesSub(ios *iostreams, use, short string, n int, runF func(*templatesOptions) error) *cobra.Command {
	opts := &templatesOptions{io: ios}
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  args(n, n),
		RunE: func(cmd *cobra.Command, a []string) error {
			if n == 1 {
				opts.arg = a[0]
			}
			return runF(opts)
		},
	}
	cmd.Flags().StringVar(&opts.templates, "templates", "", "folder of templates that override or add to the built-in ones")
	if use == "export DIR" {
		cmd.Flags().BoolVar(&opts.force, "force", false, "overwrite files that differ from the templates")
	}
	return cmd
}

func templatesListRun(opts *templatesOptions) error {
	tpl, err := loadTemplates(opts.templates)
	if err != nil {
		return failIf(opts.io.err, err)
	}
	for _, f := range tpl.Files() {
		from := "built-in"
		switch {
		case f.Replaces:
			from = "overridden by " + f.Name
		case f.User:
			from = "added by " + f.Name
		}
		fmt.Fprintf(opts.io.out, "%-28s %s\n", f.Rel, from)
	}
	return nil
}

func templatesShowRun(opts *templatesOptions) error {
	tpl, err := loadTemplates(opts.templates)
	if err != nil {
		return failIf(opts.io.err, err)
	}
	f, err := tpl.File(filepath.ToSlash(opts.arg))
	if err != nil {
		return err
	}
	_, err = fmt.Fprint(opts.io.out, f.Source)
	return err
}

func templatesExportRun(opts *templatesOptions) error {
	tpl, err := loadTemplates(opts.templates)
	if err != nil {
		return failIf(opts.io.err, err)
	}
	if err := tpl.Export(opts.arg, opts.force); err != nil {
		return failIf(opts.io.err, err)
	}
	fmt.Fprintf(opts.io.out, "exported %d templates to %s\n", len(tpl.Files()), opts.arg)
	return nil
}
