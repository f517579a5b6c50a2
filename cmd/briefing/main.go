// Command briefing turns a producer's fact sheet into a timed, attributed
// script, a printed rundown and episode.json. See the README.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	// The first Ctrl-C cancels the work, which stops cleanly; a second one
	// ends the process at once (a later build cleans what it leaves).
	context.AfterFunc(ctx, stop)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
