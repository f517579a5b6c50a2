package generate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWithoutEditions(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"a: 1\neditions:\n  b:\n    target: 1m\n\n# note\n  # more\nc: 2\n", "a: 1\nc: 2\n"},
		{"a: 1\neditions:   # trailing\n  b: {}\n", "a: 1\n"},
		{"a: 1\neditions_x: 2\nb:\n  editions:\n    x: 1\n", "a: 1\neditions_x: 2\nb:\n  editions:\n    x: 1\n"},
		{"editions:\n  x: 1\r\nslug: s\r\n", "slug: s\r\n"},
		{"a: 1\n", "a: 1\n"},
	} {
		if got := WithoutEditions(tt.in); got != tt.want {
			t.Errorf("WithoutEditions(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCopies(t *testing.T) {
	const example = "../../../episodes/isis-k-russia"
	dir := t.TempDir()
	if err := Copies(dir, example, 3); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadDir(filepath.Join(example, "sources"))
	if err != nil {
		t.Fatal(err)
	}
	slugs := map[string]bool{}
	for _, ep := range []string{"ep0000", "ep0001", "ep0002"} {
		data, err := os.ReadFile(filepath.Join(dir, ep, "episode.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		sheet := string(data)
		if strings.Contains(sheet, "\neditions:") || strings.Contains(sheet, "bulletin-3m") {
			t.Errorf("%s keeps its editions", ep)
		}
		if !strings.Contains(sheet, "\nsegments:") || !strings.Contains(sheet, "id: sign-off") {
			t.Errorf("%s lost its segments", ep)
		}
		for _, l := range strings.Split(sheet, "\n") {
			if s, ok := strings.CutPrefix(l, "slug: "); ok {
				slugs[s] = true
			}
		}
		for _, e := range src {
			if _, err := os.Stat(filepath.Join(dir, ep, "sources", e.Name())); err != nil {
				t.Error(err)
			}
		}
	}
	if len(slugs) != 3 || !slugs["isis-k-russia-0001"] {
		t.Errorf("slugs %v, want three, isis-k-russia-0001 among them", slugs)
	}
	if _, err := os.Stat(filepath.Join(dir, "ep0003")); err == nil {
		t.Error("wrote a fourth copy")
	}
}
