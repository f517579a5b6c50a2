package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/spf13/cobra"
)

type newOptions struct {
	io   *iostreams
	slug string
	dir  string
}

func newNewCmd(ios *iostreams, runF func(*newOptions) error) *cobra.Command {
	opts := &newOptions{io: ios}
	cmd := &cobra.Command{
		Use:   "new SLUG",
		Short: "Start a fact sheet in DIR/SLUG/episode.yaml",
		Args:  args(1, 1),
		RunE: func(cmd *cobra.Command, a []string) error {
			opts.slug = a[0]
			return runF(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.dir, "dir", "d", "episodes", "folder to create the episode folder in")
	return cmd
}

func newRun(opts *newOptions) error {
	data, err := briefing.Scaffold(opts.slug)
	if err != nil {
		return usageError{err}
	}
	dir := filepath.Join(opts.dir, opts.slug)
	if _, err := os.Lstat(dir); err == nil {
		return fmt.Errorf("%s already exists; pick another slug or remove it", dir)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, "sources"), 0o755); err != nil {
		return err
	}
	path := filepath.Join(dir, "episode.yaml")
	if err := briefing.WriteFile(path, data); err != nil {
		return err
	}
	fmt.Fprintf(opts.io.out, "wrote %s; put the articles in %s and fill in the TODOs\n", path, filepath.Join(dir, "sources"))
	return nil
}
