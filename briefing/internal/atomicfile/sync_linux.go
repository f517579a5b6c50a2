//go:build linux

package atomicfile

import (
	"bytes"
	"fmt"
	"os"
	"strconv"

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

// readUmask reads the umask from /proc/self/status (Linux 4.7 and later):
// umask(2) can only read it by setting it, which would race with files
// created meanwhile.
func readUmask() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for line := range bytes.Lines(data) {
		if v, ok := bytes.CutPrefix(line, []byte("Umask:")); ok {
			m, err := strconv.ParseUint(string(bytes.TrimSpace(v)), 8, 32)
			if err != nil {
				return -1
			}
			return int(m)
		}
	}
	return -1
}
