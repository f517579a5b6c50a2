package briefing

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Writing an episode is three steps, so that a batch can share the costly
// middle one: stage (write the files into a new hidden folder beside the
// final one), sync (make them durable), commit (swap the new folder in for
// the old). A failure before commit leaves the previous output as it was.

// staged is an episode folder written but not yet in place.
type staged struct {
	out, slug, dir string
}

// stage writes files into a new folder in out, named after slug but
// hidden. out must exist, and be locked.
func stage(out, slug string, files []OutputFile) (*staged, error) {
	if !slugRE.MatchString(slug) {
		return nil, fmt.Errorf("slug %q cannot name an output folder", slug)
	}
	dir, err := os.MkdirTemp(out, "."+slug+".new-")
	if err != nil {
		return nil, fmt.Errorf("output folder: %w", cleanPathError(err))
	}
	for _, f := range files {
		if err := writeNew(filepath.Join(dir, f.Name), f.Data); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return &staged{out: out, slug: slug, dir: dir}, nil
}

// discard removes a staged folder that will not be committed.
func (s *staged) discard() { os.RemoveAll(s.dir) }

// sync makes a staged folder's files durable, one by one.
func (s *staged) sync() error {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := syncPath(filepath.Join(s.dir, e.Name())); err != nil {
			return err
		}
	}
	return syncPath(s.dir)
}

// commit puts a staged folder in place of out/slug. The old folder, which
// must be one briefing made (checked again: something else may have put a
// folder there since stage), is moved aside first and restored if the swap
// fails.
func (s *staged) commit() error {
	final := filepath.Join(s.out, s.slug)
	if err := checkOwned(final); err != nil {
		s.discard()
		return err
	}
	var old string
	if _, err := os.Lstat(final); err == nil {
		old = s.dir + ".old"
		if err := os.Rename(final, old); err != nil {
			s.discard()
			return fmt.Errorf("replacing %s: %w", final, err)
		}
	}
	if err := os.Rename(s.dir, final); err != nil {
		s.discard()
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

// writeNew creates a new file with mode 0644 (whatever the umask) and
// writes data to it; it never follows or replaces an existing file.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return cleanPathError(err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", filepath.Base(path), cleanPathError(err))
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", filepath.Base(path), cleanPathError(err))
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
		return fmt.Errorf("syncing %s: %w", path, cleanPathError(err))
	}
	return nil
}

// WriteFile writes one file atomically: a temporary file in the same
// folder, synced, then renamed over path, so that a reader sees the old
// file or the new one, never half of either. A link at path is replaced,
// not followed.
func WriteFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if fi, err := os.Lstat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%s is a folder", path)
	}
	tmp, err := os.MkdirTemp(dir, "."+strings.TrimPrefix(filepath.Base(path), ".")+".new-")
	if err != nil {
		return cleanPathError(err)
	}
	defer os.RemoveAll(tmp)
	file := filepath.Join(tmp, "data")
	if err := writeNew(file, data); err != nil {
		return err
	}
	if err := syncPath(file); err != nil {
		return err
	}
	if err := os.Rename(file, path); err != nil {
		return cleanPathError(err)
	}
	return syncPath(dir)
}
