package speech

import (
	"go/build"
	"strings"
	"testing"
)

// TestStandardLibraryOnly keeps speech a leaf, as doc.go says: it imports
// the standard library and nothing else, briefing least of all.
func TestStandardLibraryOnly(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range pkg.Imports {
		if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
			t.Errorf("speech imports %s; it may import the standard library only", path)
		}
	}
}
