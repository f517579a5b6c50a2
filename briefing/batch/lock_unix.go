//go:build unix

package batch

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// tryLock takes an exclusive flock(2) on f without waiting; it reports
// false when another open file (in this process or another) holds it. The
// kernel releases the lock when the holder exits, killed or not.
func tryLock(f *os.File) (bool, error) {
	err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
	if errors.Is(err, unix.EWOULDBLOCK) {
		return false, nil
	}
	return err == nil, err
}

func unlockFile(f *os.File) { unix.Flock(int(f.Fd()), unix.LOCK_UN) }

// readFlags open a file of an episode folder to read without following a
// link or waiting on a pipe put in its place.
const readFlags = os.O_RDONLY | unix.O_NOFOLLOW | unix.O_NONBLOCK
