//go:build !linux

package batch

import "time"

// cpuTime reports that this system's process CPU time is not measured.
func cpuTime() (user, sys time.Duration, ok bool) { return 0, 0, false }
