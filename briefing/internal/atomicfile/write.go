package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/briefing-dev/briefing/briefing/internal/lazy"
)

// Writing a folder is three steps, so that a caller writing many can
// share the costly middle one: Stage (write the files into a new hidden
// folder beside the final one), SyncAll (make them durable), Commit (swap
// the new folder in for the old). A failure before Commit leaves the
// previous folder as it was.

// File is one file of a staged folder: its name in the folder and its
// content.
type File struct {
	Name string
	Data []byte
}

// Folder is a folder written but not yet in place. The zero value is not
// usable; Stage makes one.
type Folder struct {
	parent, name, dir string
}

// Stage writes files into a new folder in parent, hidden and named after
// name (.NAME.new-N), to be put in place of parent/name by Commit. parent
// must exist; name must be one plain path element. Each file is new, with
// mode 0644, and the folder gets mode 0755.
func Stage(parent, name string, files []File) (*Folder, error) {
	if name == "" || name == "." || name == ".." || filepath.Base(name) != name {
		return nil, fmt.Errorf("%q cannot name a folder", name)
	}
	dir, err := mkdirNew(parent, "."+name+".new-")
	if err != nil {
		return nil, fmt.Errorf("output folder: %w", WithoutPath(err))
	}
	for _, f := range files {
		if err := writeNew(filepath.Join(dir, f.Name), f.Data); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	return &Folder{parent: parent, name: name, dir: dir}, nil
}

// mkdirNew makes a new folder in parent named prefix and a random number,
// with mode 0755 whatever the umask.
func mkdirNew(parent, prefix string) (string, error) {
	for try := 0; ; try++ {
		dir := filepath.Join(parent, prefix+strconv.FormatUint(uint64(rand.Uint32()), 10))
		err := os.Mkdir(dir, 0o755)
		if errors.Is(err, fs.ErrExist) && try < 10000 {
			continue
		}
		if err != nil {
			return "", err
		}
		if umaskClears(0o755) {
			if err := os.Chmod(dir, 0o755); err != nil {
				os.Remove(dir)
				return "", err
			}
		}
		return dir, nil
	}
}

// umask is the process's file mode creation mask, read once; -1 when it
// cannot be read without changing it (then every file is given its mode).
var umask = sync.OnceValue(readUmask)

// umaskClears tells whether a file created with mode may lose some of its
// bits to the umask, and must then be given its mode after creation.
func umaskClears(mode fs.FileMode) bool {
	m := umask()
	return m < 0 || fs.FileMode(m)&mode != 0
}

// Path is where Commit puts the folder: parent/name.
func (f *Folder) Path() string { return filepath.Join(f.parent, f.name) }

// Discard removes a staged folder that will not be committed.
func (f *Folder) Discard() { os.RemoveAll(f.dir) }

// Commit puts a staged folder in place of parent/name. The folder there,
// if any, is moved aside first (.NAME.new-N.old) and put back if the swap
// fails, then removed. On failure the staged folder is discarded. The
// caller decides beforehand whether what is there may be replaced.
func (f *Folder) Commit() error {
	final := f.Path()
	var old string
	if _, err := os.Lstat(final); err == nil {
		old = f.dir + ".old"
		if err := os.Rename(final, old); err != nil {
			f.Discard()
			return fmt.Errorf("replacing %s: %w", final, err)
		}
	}
	if err := os.Rename(f.dir, final); err != nil {
		f.Discard()
		if old != "" {
			if rerr := os.Rename(old, final); rerr != nil {
				err = errors.Join(err, fmt.Errorf("the previous output is kept at %s", old))
			}
		}
		return fmt.Errorf("replacing %s: %w", final, err)
	}
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("removing the previous output: %w", err)
		}
	}
	return nil
}

// staging matches the names of the hidden folders Stage and WriteFile
// make: .NAME.new-N, and .NAME.new-N.old for a folder Commit moved aside.
var staging = lazy.Regexp(`^\.(.+)\.new-[0-9]+(\.old)?$`)

// Clean clears what writers that were killed midway left in dir: the
// folders of Stage, Commit and WriteFile for the names ours accepts (a
// file written by WriteFile as .NAME is named NAME). It must run only when
// no writer is at work in dir (under the caller's lock), so that no live
// writer's folders are taken. Links are never touched; a folder moved
// aside whose replacement never arrived (.NAME.new-N.old with no NAME) is
// put back in place, the rest are removed. It does what it can: a
// leftover it cannot remove is harmless and is tried again by the next
// call.
func Clean(dir string, ours func(name string) bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		m := staging().FindStringSubmatch(e.Name())
		if m == nil || !e.IsDir() || !ours(m[1]) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if m[2] != "" {
			final := filepath.Join(dir, m[1])
			if _, err := os.Lstat(final); errors.Is(err, os.ErrNotExist) && os.Rename(p, final) == nil {
				continue
			}
		}
		os.RemoveAll(p)
	}
}

// writeNew creates a new file with mode 0644 (whatever the umask) and
// writes data to it; it never follows or replaces an existing file.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return WithoutPath(err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", filepath.Base(path), WithoutPath(err))
	}
	if umaskClears(0o644) {
		if err := f.Chmod(0o644); err != nil {
			f.Close()
			return err
		}
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", filepath.Base(path), WithoutPath(err))
	}
	return nil
}

// syncPath flushes a file or folder to disk.
func syncPath(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("syncing %s: %w", path, WithoutPath(err))
	}
	return nil
}

// SyncDir flushes a folder to disk, so that the renames of Commit and
// WriteFile into it survive a crash.
func SyncDir(dir string) error { return syncPath(dir) }

// WriteFile writes one file atomically: a temporary file in the same
// folder, synced, then renamed over path, so that a reader sees the old
// file or the new one, never half of either. A link at path is replaced,
// not followed. The folder is made when it is missing.
func WriteFile(path string, data []byte) error {
	return WriteFiles(filepath.Dir(path), []File{{Name: filepath.Base(path), Data: data}})
}

// WriteFiles writes files into dir atomically, each as WriteFile does,
// with one barrier for them all: every file is written beside its place
// and synced, then they are renamed into place in the order given, and
// the folder is synced once. A failure before the renames changes
// nothing; one during them leaves the files before it renamed.
func WriteFiles(dir string, files []File) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmps := make([]string, 0, len(files))
	defer func() {
		for _, t := range tmps {
			os.RemoveAll(t)
		}
	}()
	for _, f := range files {
		path := filepath.Join(dir, f.Name)
		if fi, err := os.Lstat(path); err == nil && fi.IsDir() {
			return fmt.Errorf("%s is a folder", path)
		}
		tmp, err := os.MkdirTemp(dir, "."+strings.TrimPrefix(f.Name, ".")+".new-")
		if err != nil {
			return WithoutPath(err)
		}
		tmps = append(tmps, tmp)
		if err := writeNew(filepath.Join(tmp, "data"), f.Data); err != nil {
			return err
		}
		if err := syncPath(filepath.Join(tmp, "data")); err != nil {
			return err
		}
	}
	for i, f := range files {
		if err := os.Rename(filepath.Join(tmps[i], "data"), filepath.Join(dir, f.Name)); err != nil {
			return WithoutPath(err)
		}
	}
	if len(files) == 0 {
		return nil
	}
	return syncPath(dir)
}

// WithoutPath drops the path from an *os.PathError ("open: permission
// denied"), for messages that already name the file.
func WithoutPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
