// Command naivebuild runs the naive baseline (package naive) so that it
// can be timed beside briefing build:
//
//	go run ./briefing/internal/naive/naivebuild -o OUT -j 2 EPISODES...
//
// EPISODES are fact sheets, folders holding episode.yaml, or folders of
// such folders.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/briefing-dev/briefing/briefing/internal/naive"
)

func main() {
	out := flag.String("o", "out", "output folder")
	jobs := flag.Int("j", 2, "sheets built at a time")
	flag.Parse()
	sheets, err := naive.Sheets(flag.Args())
	if err == nil {
		err = naive.Build(context.Background(), sheets, *out, *jobs)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "naivebuild:", err)
		os.Exit(1)
	}
	fmt.Printf("built %d\n", len(sheets))
}
