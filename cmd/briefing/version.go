package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func newVersionCmd(ios *iostreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print briefing's version, the commit it was built from and the Go version",
		Args:  args(0, 0),
		RunE: func(cmd *cobra.Command, a []string) error {
			_, err := fmt.Fprintln(ios.out, version())
			return err
		},
	}
}

// version describes the build: the module version (or "devel" for a build
// from a checkout), the VCS revision and time when Go recorded them, and the
// Go version, e.g. "briefing devel (a1b2c3d4e5f6, 2026-12-03T18:00:00Z, modified) go1.26".
func version() string {
	v, rev := "devel", ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		var commit, when, dirty string
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value[:min(12, len(s.Value))]
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = ", modified"
				}
			}
		}
		if commit != "" {
			rev = fmt.Sprintf(" (%s, %s%s)", commit, when, dirty)
		}
	}
	return fmt.Sprintf("briefing %s%s %s", v, rev, runtime.Version())
}
