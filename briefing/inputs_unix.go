//go:build unix

package briefing

import "syscall"

// openFlags open an input without blocking (a named pipe swapped in after
// the check would otherwise wait for a writer) and without following a
// link (the path was resolved and checked first).
const openFlags = syscall.O_NONBLOCK | syscall.O_NOFOLLOW
