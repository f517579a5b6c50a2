// Package lazy builds a package's tables the first time they are used.
//
// Go runs every linked package's initialisers before main, so a table
// built at package level is paid for by every command, and on a machine
// where page faults are dear that cost is most of a short command's run:
// `briefing time` does not need the drafting rules' word lists or the
// fact sheet decoder's expressions. Regexp and Set defer the work to the
// first use and do it once, safely from several goroutines.
//
// It imports only the standard library, and every package of briefing may
// import it.
package lazy
