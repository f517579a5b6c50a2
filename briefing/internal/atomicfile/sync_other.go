//go:build !linux

package briefing

// syncStaged makes every staged folder durable before any is committed,
// one file at a time.
func syncStaged(out string, st []*staged) error {
	for _, s := range st {
		if err := s.sync(); err != nil {
			return err
		}
	}
	return nil
}
