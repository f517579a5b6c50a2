package atomicfile

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
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

// atEnd tells whether err, from io.ReadFull, says the file has ended.
func atEnd(err error) bool {
	return err == nil || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}

// writeNew creates a new file with mode 0644 (whatever the umask) and
// writes data to it; it never follows or replaces an existing file.
func writeNew(path string, data []byte) error {
	return writeNewWith(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeNewWith is writeNew with what write writes to the file.
func writeNewWith(path string, write func(w io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return WithoutPath(err)
	}
	if err := write(f); err != nil {
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
	fs, err := NewFiles(dir)
	if err != nil {
		return err
	}
	defer fs.Discard()
	for _, f := range files {
		if err := fs.Write(f.Name, f.Data); err != nil {
			return err
		}
	}
	return fs.Commit()
}

// Files is a set of files of one folder written one at a time beside
// their places, then put in place together with one barrier, as
// WriteFiles does, so that the caller need not hold them all at once.
type Files struct {
	// SkipSame leaves a file whose place already holds the same bytes as
	// it is, instead of writing it again.
	SkipSame bool

	dir         string
	names, tmps []string
}

// NewFiles begins writing files into dir, making the folder when it is
// missing. Discard must be called once the set is committed or dropped.
func NewFiles(dir string) (*Files, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &Files{dir: dir}, nil
}

// Write writes data as the file name, beside its place, and syncs it.
func (s *Files) Write(name string, data []byte) error {
	return s.WriteWith(name, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteWith writes the file name with what write writes to it, through a
// buffer, beside its place, and syncs it; the content is never held whole.
func (s *Files) WriteWith(name string, write func(w io.Writer) error) error {
	path := filepath.Join(s.dir, name)
	if fi, err := os.Lstat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%s is a folder", path)
	}
	tmp, err := os.MkdirTemp(s.dir, "."+strings.TrimPrefix(name, ".")+".new-")
	if err != nil {
		return WithoutPath(err)
	}
	data := filepath.Join(tmp, "data")
	err = writeNewWith(data, func(f io.Writer) error {
		b := bufio.NewWriterSize(f, 64<<10)
		if err := write(b); err != nil {
			return err
		}
		return b.Flush()
	})
	if err == nil && s.SkipSame && sameContent(data, path) {
		return os.RemoveAll(tmp)
	}
	if err == nil {
		err = syncPath(data)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return err
	}
	s.names, s.tmps = append(s.names, name), append(s.tmps, tmp)
	return nil
}

// Commit puts the files written in place, those named in first in that
// order (a name not written is passed over), then the others in the order
// they were written, and syncs the folder once when any was. A failure
// midway leaves the files before it in place.
func (s *Files) Commit(first ...string) error {
	order := make([]int, 0, len(s.names))
	for _, name := range first {
		if i := slices.Index(s.names, name); i >= 0 && !slices.Contains(order, i) {
			order = append(order, i)
		}
	}
	for i := range s.names {
		if !slices.Contains(order, i) {
			order = append(order, i)
		}
	}
	for _, i := range order {
		if err := os.Rename(filepath.Join(s.tmps[i], "data"), filepath.Join(s.dir, s.names[i])); err != nil {
			return WithoutPath(err)
		}
	}
	s.Discard() // the emptied folders
	if len(order) == 0 {
		return nil
	}
	return syncPath(s.dir)
}

// Discard removes what the set wrote that is not in place, if anything.
func (s *Files) Discard() {
	for _, t := range s.tmps {
		os.RemoveAll(t)
	}
	s.names, s.tmps = nil, nil
}

// sameContent tells whether the regular files at a and b hold the same
// bytes, read a block at a time. A link at b is not followed.
func sameContent(a, b string) bool {
	if fi, err := os.Lstat(b); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	fa, err := os.Open(a)
	if err != nil {
		return false
	}
	defer fa.Close()
	fb, err := os.Open(b)
	if err != nil {
		return false
	}
	defer fb.Close()
	sa, err1 := fa.Stat()
	sb, err2 := fb.Stat()
	if err1 != nil || err2 != nil || !sa.Mode().IsRegular() || !sb.Mode().IsRegular() || sa.Size() != sb.Size() {
		return false
	}
	ba, bb := make([]byte, 64<<10), make([]byte, 64<<10)
	for {
		na, erra := io.ReadFull(fa, ba)
		nb, errb := io.ReadFull(fb, bb)
		if na != nb || !bytes.Equal(ba[:na], bb[:nb]) {
			return false
		}
		if erra != nil || errb != nil {
			return atEnd(erra) && atEnd(errb)
		}
	}
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
