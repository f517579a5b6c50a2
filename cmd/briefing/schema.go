package main

import (
	"fmt"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/spf13/cobra"
)

func newSchemaCmd(ios *iostreams) *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the fact sheet (or of episode.json)",
		Long: `schema prints the JSON Schema (draft 2020-12) of a fact sheet, for editors
that complete and check YAML keys (new and draft name it on a sheet's first
line; save it with "briefing schema > episode.schema.json" to point at a local
copy). --output episode prints the schema of episode.json, the contract.`,
		Args: args(0, 0),
		RunE: func(cmd *cobra.Command, a []string) error {
			switch output {
			case "", "factsheet":
				_, err := ios.out.Write(briefing.MarshalSchema(briefing.FactSheetSchema()))
				return err
			case "episode":
				_, err := ios.out.Write(briefing.MarshalSchema(briefing.EpisodeSchema()))
				return err
			}
			return usageError{fmt.Errorf("--output %q: want factsheet or episode", output)}
		},
	}
	cmd.Flags().StringVar(&output, "output", "", "episode: the schema of episode.json instead")
	return cmd
}
