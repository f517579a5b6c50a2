package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Exit codes, documented in the README.
const (
	exitOK       = 0
	exitFailed   = 1 // input, render or output error
	exitUsage    = 2 // bad command line
	exitInternal = 3 // a bug
)

// iostreams are the streams a command reads and writes; only main touches
// the real ones.
type iostreams struct {
	in       io.Reader
	out, err io.Writer
}

// usageError is a mistake on the command line.
type usageError struct{ error }

// failedError means the command ran and reported its problems already.
var errFailed = errors.New("failed")

// run executes the command line and returns the exit code. A panic is a
// bug: it is reported in one line, with a request to report it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// A command allocates tens of megabytes and keeps a few: collecting
	// garbage at five times what is kept, not twice, spares a one-episode
	// command most of its collections (a quarter of its time) for a few
	// megabytes more. build collects by how far the heap has grown instead
	// (boundHeap).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	return guard(stderr, func() int { return execute(ctx, args, stdin, stdout, stderr) })
}

// guard runs f and turns a panic into one line and exit code 3.
func guard(stderr io.Writer, f func() int) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "briefing: internal error: %v (please report this, with the command and input that caused it)\n", r)
			code = exitInternal
		}
	}()
	return f()
}

func execute(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ios := &iostreams{in: stdin, out: stdout, err: stderr}
	root := newRootCmd(ios, args)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFailed):
		return exitFailed
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "briefing: %v\nRun 'briefing help' for usage.\n", ue.error)
		return exitUsage
	}
	fmt.Fprintf(stderr, "briefing: %v\n", err)
	return exitFailed
}

func newRootCmd(ios *iostreams, args []string) *cobra.Command {
	root := &cobra.Command{
		Version: version(),
		Use:     "briefing",
		Short:   "Turn a fact sheet into a timed, attributed script and a printed rundown",
		Long: `briefing keeps a news story's research as a YAML fact sheet (sources, speakers,
facts, quotes, conflicting figures, segments) and renders it through templates
into a timed script, a rundown for the host and episode.json.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, a []string) error {
			if len(a) == 0 {
				return cmd.Help()
			}
			msg := fmt.Sprintf("unknown command %q", a[0])
			if s := cmd.SuggestionsFor(a[0]); len(s) > 0 {
				msg += fmt.Sprintf(" (did you mean %q?)", s[0])
			}
			return usageError{errors.New(msg)}
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.SetVersionTemplate("{{.Version}}\n")
	// A command line that names a command needs only that one made: the
	// others' flags and help are built only for help, completion and
	// mistakes.
	for _, c := range commands {
		if len(args) > 0 && args[0] == c.name {
			root.AddCommand(c.make(ios))
			return root
		}
	}
	for _, c := range commands {
		root.AddCommand(c.make(ios))
	}
	return root
}

// commands are briefing's commands, by name, in the order help lists them.
var commands = []struct {
	name string
	make func(*iostreams) *cobra.Command
}{
	{"build", func(ios *iostreams) *cobra.Command { return newBuildCmd(ios, buildRun) }},
	{"check", func(ios *iostreams) *cobra.Command { return newCheckCmd(ios, checkRun) }},
	{"rundown", func(ios *iostreams) *cobra.Command { return newRundownCmd(ios, rundownRun) }},
	{"new", func(ios *iostreams) *cobra.Command { return newNewCmd(ios, newRun) }},
	{"templates", newTemplatesCmd},
	{"time", func(ios *iostreams) *cobra.Command { return newTimeCmd(ios, timeRun) }},
	{"calibrate", func(ios *iostreams) *cobra.Command { return newCalibrateCmd(ios, calibrateRun) }},
	{"print", func(ios *iostreams) *cobra.Command { return newPrintCmd(ios, printRun) }},
	{"draft", func(ios *iostreams) *cobra.Command { return newDraftCmd(ios, draftRun) }},
	{"version", newVersionCmd},
	{"diff", func(ios *iostreams) *cobra.Command { return newDiffCmd(ios, diffRun) }},
	{"schema", newSchemaCmd},
}

// args checks the number of positional arguments as a usage error.
func args(min, max int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		switch {
		case len(a) < min:
			return usageError{fmt.Errorf("%s: missing argument (usage: %s)", cmd.CommandPath(), cmd.UseLine())}
		case max >= 0 && len(a) > max:
			return usageError{fmt.Errorf("%s: too many arguments (usage: %s)", cmd.CommandPath(), cmd.UseLine())}
		}
		return nil
	}
}
