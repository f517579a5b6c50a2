//go:build unix

package atomicfile

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestStageModes stages a folder under a umask that clears bits of the
// modes Stage promises, and under one that clears none, and checks the
// modes: 0755 for the folder, 0644 for its files, either way.
func TestStageModes(t *testing.T) {
	saved := umask
	t.Cleanup(func() { umask = saved })
	for _, mask := range []int{0o077, 0o022, 0o002} {
		old := syscall.Umask(mask)
		umask = func() int { return mask }
		dir := t.TempDir()
		f, err := Stage(dir, "ep", []File{{"a.txt", []byte("A")}})
		syscall.Umask(old)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Commit(); err != nil {
			t.Fatal(err)
		}
		for path, want := range map[string]fs.FileMode{filepath.Join(dir, "ep"): 0o755, filepath.Join(dir, "ep", "a.txt"): 0o644} {
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != want {
				t.Errorf("umask %03o: %s has mode %v, want %v", mask, path, fi.Mode().Perm(), want)
			}
		}
	}
}

// TestReadUmask checks that the umask read from the system is the
// process's.
func TestReadUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	if m := readUmask(); m != -1 && m != 0o027 {
		t.Errorf("readUmask() = %03o, want 027", m)
	}
}
