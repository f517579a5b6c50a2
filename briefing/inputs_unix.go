//go:build unix

package briefing

import (
	"io/fs"
	"syscall"
)

// openFlags open an input without blocking (a named pipe swapped in after
// the check would otherwise wait for a writer) and without following a
// link (the path was resolved and checked first).
const openFlags = syscall.O_NONBLOCK | syscall.O_NOFOLLOW

// inode returns the file's inode number.
func inode(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino)
	}
	return 0
}
