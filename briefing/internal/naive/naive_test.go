package naive

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestBuildExample(t *testing.T) {
	out := t.TempDir()
	sheets, err := Sheets([]string{"../../../episodes/isis-k-russia"})
	if err != nil || len(sheets) != 1 {
		t.Fatalf("Sheets: %v %v", sheets, err)
	}
	if err := Build(context.Background(), sheets, out, 2); err != nil {
		t.Fatal(err)
	}
	for _, name := range Outputs {
		fi, err := os.Stat(filepath.Join(out, "isis-k-russia", name))
		if err != nil {
			t.Error(err)
		} else if fi.Size() == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	if len(Outputs) != 10 {
		t.Errorf("%d outputs, want 10", len(Outputs))
	}
}

func TestBuildStopsAtError(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "episode.yaml")
	if err := os.WriteFile(bad, []byte("slug: [unclosed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Build(context.Background(), []string{bad}, t.TempDir(), 2); err == nil {
		t.Error("built a malformed sheet")
	}
}
