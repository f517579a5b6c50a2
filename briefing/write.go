package briefing

import "github.com/briefing-dev/briefing/briefing/internal/atomicfile"

// WriteFile writes one file atomically: a reader sees the old file or the
// new one, never half of either, and a link at path is replaced, not
// followed. The commands write everything they make through it (a voice
// file, a draft, a new fact sheet, a PDF, exported templates).
func WriteFile(path string, data []byte) error { return atomicfile.WriteFile(path, data) }
