package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/spf13/cobra"
)

type diffOptions struct {
	ctx      context.Context
	io       *iostreams
	old, new string
	json     bool
	compileFlags
}

func newDiffCmd(ios *iostreams, runF func(*diffOptions) error) *cobra.Command {
	opts := &diffOptions{io: ios}
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Show what changed on air between two versions of a fact sheet",
		Long: `diff compares two fact sheets (files or episode folders) by what is read on
air, per segment: words removed and added, quotes added, removed or given to
another speaker, figures whose reports changed and the copy that states them,
and each segment's change in length; start times that merely moved are not
listed. Either may be a git revision of an episode: episodes/x@HEAD~1.
It compares the sheet's own edition, or the one --format names. Like diff, it
exits 1 when something changed and 0 when nothing did; --json prints the
changes as JSON.`,
		Args: args(2, 2),
		RunE: func(cmd *cobra.Command, a []string) error {
			opts.old, opts.new, opts.ctx = a[0], a[1], cmd.Context()
			return runF(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print the changes as JSON")
	opts.register(cmd)
	return cmd
}

func diffRun(opts *diffOptions) error {
	o, err := opts.options()
	if err != nil {
		return failIf(opts.io.err, err)
	}
	o.Unchecked = true // what would be read, whether or not the sources bear it out (check says that)
	var eps [2]*briefing.Episode
	for i, arg := range []string{opts.old, opts.new} {
		path, cleanup, err := atRevision(arg)
		if err != nil {
			return err
		}
		defer cleanup()
		ep, probs := briefing.CompileEpisode(opts.ctx, path, o)
		if ep == nil {
			printProblems(opts.io.err, probs.Errors())
			return errFailed
		}
		eps[i] = ep
	}
	ch := briefing.Diff(eps[0], eps[1])
	if opts.json {
		enc := json.NewEncoder(opts.io.out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(ch); err != nil {
			return err
		}
	} else {
		fmt.Fprint(opts.io.out, ch.String())
	}
	if !ch.Empty() {
		return errFailed
	}
	return nil
}

// atRevision resolves PATH@REV, an episode as git has it at a revision,
// into a temporary folder holding that revision of the episode's folder,
// and returns it with a function that removes it; any other argument is
// returned as it is.
func atRevision(arg string) (string, func(), error) {
	i := strings.LastIndex(arg, "@")
	if i <= 0 {
		return arg, func() {}, nil
	}
	if _, err := os.Stat(arg); err == nil {
		return arg, func() {}, nil // a path that holds an @
	}
	path, rev := arg[:i], arg[i+1:]
	dir := path
	if fi, err := os.Stat(path); err == nil && !fi.IsDir() || strings.HasSuffix(path, ".yaml") {
		dir = filepath.Dir(path)
	}
	top, err := exec.Command("git", "-C", dir, "rev-parse", "--show-prefix").Output()
	if err != nil {
		return "", nil, fmt.Errorf("%s: not in a git work tree, so %s has no revision %q", arg, path, rev)
	}
	prefix := strings.TrimSpace(string(top))
	files, err := exec.Command("git", "-C", dir, "ls-tree", "-r", "--name-only", rev, "--", ".").Output()
	if err != nil || len(files) == 0 {
		return "", nil, fmt.Errorf("%s: git has no %s at revision %q", arg, path, rev)
	}
	tmp, err := os.MkdirTemp("", "briefing-diff-")
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.RemoveAll(tmp) }
	for _, name := range strings.Split(strings.TrimSpace(string(files)), "\n") {
		rel := strings.TrimPrefix(name, prefix)
		data, err := exec.Command("git", "-C", dir, "show", rev+":./"+rel).Output()
		if err != nil {
			cleanup()
			return "", nil, fmt.Errorf("%s: reading %s at %s: %v", arg, rel, rev, err)
		}
		dst := filepath.Join(tmp, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			cleanup()
			return "", nil, err
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			cleanup()
			return "", nil, err
		}
	}
	if dir != path {
		return filepath.Join(tmp, filepath.Base(path)), cleanup, nil
	}
	return tmp, cleanup, nil
}
