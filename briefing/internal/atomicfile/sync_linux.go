//go:build linux

package atomicfile

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// SyncAll makes every staged folder, all in parent, durable before any is
// committed. On Linux one syncfs of parent's file system does it for all of
// them, instead of a sync per file.
func SyncAll(parent string, folders []*Folder) error {
	if len(folders) == 0 {
		return nil
	}
	f, err := os.Open(parent)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err != nil {
		return fmt.Errorf("syncing %s: %w", parent, err)
	}
	return nil
}
