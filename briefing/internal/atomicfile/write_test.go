package atomicfile

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// TestWriteFileReplacesALink writes over a link: the link is replaced,
// its target left as it was, and no temporary file is left behind.
func TestWriteFileReplacesALink(t *testing.T) {
	dir := t.TempDir()
	target, link := filepath.Join(dir, "target"), filepath.Join(dir, "sub", "file")
	os.WriteFile(target, []byte("kept"), 0o644)
	os.MkdirAll(filepath.Dir(link), 0o755)
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	if err := WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); !fi.Mode().IsRegular() || read(t, link) != "new" || read(t, target) != "kept" {
		t.Errorf("link %v holds %q, target %q", fi.Mode(), read(t, link), read(t, target))
	}
	if have := names(t, filepath.Dir(link)); !slices.Equal(have, []string{"file"}) {
		t.Errorf("left %v", have)
	}
}

// TestStageAndCommit stages a folder, commits it over an existing one and
// discards another: the final folder holds exactly the staged files, and
// nothing hidden is left.
func TestStageAndCommit(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "ep", "old-only"), 0o755)
	f, err := Stage(dir, "ep", []File{{"a.txt", []byte("A")}, {"b.txt", []byte("B")}})
	if err != nil {
		t.Fatal(err)
	}
	g, err := Stage(dir, "other", []File{{"c.txt", []byte("C")}})
	if err != nil {
		t.Fatal(err)
	}
	if err := SyncAll(dir, []*Folder{f, g}); err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	g.Discard()
	if have := names(t, filepath.Join(dir, "ep")); !slices.Equal(have, []string{"a.txt", "b.txt"}) {
		t.Errorf("ep holds %v", have)
	}
	if have := names(t, dir); !slices.Equal(have, []string{"ep"}) {
		t.Errorf("left %v", have)
	}
	for _, name := range []string{"", ".", "..", "a/b"} {
		if _, err := Stage(dir, name, nil); err == nil {
			t.Errorf("Stage(%q) staged", name)
		}
	}
}

// TestClean clears what a killed writer left: staging folders of its
// names go, a folder moved aside comes back when nothing replaced it, and
// other names, files and links stay.
func TestClean(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{".ep.new-1", ".gone.new-2.old", ".ep.new-3.old", "ep", ".theirs.new-4", ".ep.new-x"} {
		os.MkdirAll(filepath.Join(dir, d), 0o755)
	}
	os.WriteFile(filepath.Join(dir, ".ep.new-5"), nil, 0o644)
	os.Symlink("ep", filepath.Join(dir, ".ep.new-6"))
	Clean(dir, func(name string) bool { return name != "theirs" })
	want := []string{".ep.new-5", ".ep.new-6", ".ep.new-x", ".theirs.new-4", "ep", "gone"}
	if have := names(t, dir); !slices.Equal(have, want) {
		t.Errorf("have %v\nwant %v", have, want)
	}
}

// TestWriteFiles writes three files with one barrier and checks them, then
// checks that a failure before the renames (a folder where a file goes)
// changes none of them and leaves no temporary folder.
func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	if err := WriteFiles(dir, []File{{"a", []byte("A")}, {"b", []byte("B")}, {".c", []byte("C")}}); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"a": "A", "b": "B", ".c": "C"} {
		if got := read(t, filepath.Join(dir, name)); got != want {
			t.Errorf("%s holds %q, want %q", name, got, want)
		}
	}
	os.Mkdir(filepath.Join(dir, "d"), 0o755)
	if err := WriteFiles(dir, []File{{"a", []byte("A2")}, {"d", []byte("D")}}); err == nil {
		t.Fatal("a folder in a file's place was replaced")
	}
	if got := read(t, filepath.Join(dir, "a")); got != "A" {
		t.Errorf("a failed write changed a to %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Errorf("the folder holds %d entries after a failed write, want a, b, .c and d", len(entries))
	}
}
