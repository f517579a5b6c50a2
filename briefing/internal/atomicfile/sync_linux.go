//go:build linux

package briefing

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// syncStaged makes every staged folder durable before any is committed.
// On Linux one syncfs of the output's file system does it for the whole
// batch, instead of a sync per file.
func syncStaged(out string, st []*staged) error {
	if len(st) == 0 {
		return nil
	}
	f, err := os.Open(out)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err != nil {
		return fmt.Errorf("syncing %s: %w", out, err)
	}
	return nil
}
