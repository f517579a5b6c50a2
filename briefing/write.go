package briefing

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// WriteEpisode replaces the folder out/slug with files, all together or not
// at all: the files are written and synced in a new folder beside it, which
// then takes the old folder's place. A previous good output stays intact
// when anything fails, and a link planted at out/slug is never followed.
func WriteEpisode(out, slug string, files []OutputFile) error {
	if !slugRE.MatchString(slug) {
		return fmt.Errorf("slug %q cannot name an output folder", slug)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	final := filepath.Join(out, slug)
	if fi, err := os.Lstat(final); err == nil && !fi.Mode().IsDir() {
		return fmt.Errorf("%s exists and is not a folder (a link or a file); move it away", final)
	}
	tmp, err := os.MkdirTemp(out, "."+slug+".new-")
	if err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	for _, f := range files {
		if err := writeSynced(filepath.Join(tmp, f.Name), f.Data); err != nil {
			return err
		}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := syncDir(tmp); err != nil {
		return err
	}
	var old string
	if _, err := os.Lstat(final); err == nil {
		old = tmp + ".old"
		if err := os.Rename(final, old); err != nil {
			return fmt.Errorf("replacing %s: %w", final, err)
		}
	}
	if err := os.Rename(tmp, final); err != nil {
		if old != "" {
			if rerr := os.Rename(old, final); rerr != nil {
				err = errors.Join(err, fmt.Errorf("the previous output is kept at %s", old))
			}
		}
		return fmt.Errorf("replacing %s: %w", final, err)
	}
	done = true
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("removing the previous output: %w", err)
		}
	}
	return syncDir(out)
}

// writeSynced writes a new file with mode 0644 and syncs it to disk.
func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("syncing %s: %w", dir, err)
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
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".new-")
	if err != nil {
		return err
	}
	tmp := f.Name()
	f.Close()
	os.Remove(tmp)
	if err := writeSynced(tmp, data); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return syncDir(dir)
}
