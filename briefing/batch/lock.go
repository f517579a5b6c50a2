package batch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/briefing-dev/briefing/briefing/internal/atomicfile"
)

// lockFile, in the output folder, serialises builds into it: a build holds
// an exclusive lock on it from its first write to its last. The file stays
// (empty) after the build: removing a lock file that another build may
// have just opened would let two builds hold "the" lock at once.
const lockFile = ".briefing-lock"

// lockPoll is how often a waiting build tries the lock again; polling
// keeps the wait cancellable.
const lockPoll = 100 * time.Millisecond

// outLock is a held lock on an output folder.
type outLock struct{ f *os.File }

// lockOut takes the lock of the output folder out, which must exist. When
// another build holds it, waiting (if not nil) is called once and lockOut
// waits until the lock is free or ctx is done.
func lockOut(ctx context.Context, out string, waiting func()) (*outLock, error) {
	path := filepath.Join(out, lockFile)
	if fi, err := os.Lstat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s exists and is not a file (a link or a folder); move it away", lockFile)
	}
	// Read-only is enough for a lock, and lets anyone who may write the
	// output folder lock it, whoever made the lock file.
	f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("locking the output folder: %w", atomicfile.WithoutPath(err))
	}
	tick := time.NewTicker(lockPoll)
	defer tick.Stop()
	for told := false; ; told = true {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("locking the output folder: %w", err)
		}
		if ok {
			return &outLock{f: f}, nil
		}
		if !told && waiting != nil {
			waiting()
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, ctx.Err()
		case <-tick.C:
		}
	}
}

// unlock releases the lock.
func (l *outLock) unlock() {
	unlockFile(l.f)
	l.f.Close()
}
