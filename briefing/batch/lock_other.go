//go:build !unix && !windows

package batch

import "os"

// tryLock always succeeds: these systems (Plan 9, WebAssembly) have no
// advisory file lock, so builds into one output folder are not serialised
// there.
func tryLock(*os.File) (bool, error) { return true, nil }

func unlockFile(*os.File) {}

// readFlags open a file of an episode folder to read; the folder's entry
// was checked to be a regular file first.
const readFlags = os.O_RDONLY
