//go:build !linux

package atomicfile

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
