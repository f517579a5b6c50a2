//go:build !linux

package atomicfile

import (
	"os"
	"path/filepath"
)

// SyncAll makes every staged folder, all in parent, durable before any is
// committed, one file at a time.
func SyncAll(parent string, folders []*Folder) error {
	for _, f := range folders {
		if err := f.sync(); err != nil {
			return err
		}
	}
	return nil
}

// sync makes a staged folder's files durable, one by one.
func (f *Folder) sync() error {
	entries, err := os.ReadDir(f.dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := syncPath(filepath.Join(f.dir, e.Name())); err != nil {
			return err
		}
	}
	return syncPath(f.dir)
}

// readUmask cannot read the umask here without changing it: every file is
// given its mode after creation.
func readUmask() int { return -1 }
