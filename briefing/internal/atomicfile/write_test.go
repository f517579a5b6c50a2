package atomicfile

import (
	"bytes"
	"io"
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

// TestFilesSkipSame writes a set of files with SkipSame: a file that
// already holds the bytes is left as it is (the same file), one that
// differs or is a link is replaced, a new one is made, and a written
// function's output arrives whole.
func TestFilesSkipSame(t *testing.T) {
	dir := t.TempDir()
	if err := WriteFiles(dir, []File{{"same", []byte("S")}, {"other", []byte("O")}}); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(t.TempDir(), "target")
	os.WriteFile(target, []byte("L"), 0o644)
	if err := os.Symlink(target, filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(filepath.Join(dir, "same"))
	fs, err := NewFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer fs.Discard()
	fs.SkipSame = true
	big := bytes.Repeat([]byte("0123456789"), 20000)
	for _, f := range []File{{"same", []byte("S")}, {"other", []byte("O2")}, {"link", []byte("L")}, {"new", big}} {
		if err := fs.WriteWith(f.Name, func(w io.Writer) error {
			_, err := w.Write(f.Data)
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := fs.Commit("new", "missing"); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.Stat(filepath.Join(dir, "same")); !os.SameFile(before, after) {
		t.Error("a file holding the same bytes was written again")
	}
	for name, want := range map[string]string{"same": "S", "other": "O2", "link": "L", "new": string(big)} {
		if got := read(t, filepath.Join(dir, name)); got != want {
			t.Errorf("%s holds %d bytes, want %d", name, len(got), len(want))
		}
	}
	if fi, _ := os.Lstat(filepath.Join(dir, "link")); fi.Mode()&os.ModeSymlink != 0 {
		t.Error("a link holding the same bytes was left in place")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Errorf("the folder holds %d entries, want same, other, link and new", len(entries))
	}
}

// TestSameContent compares files of equal and unequal content across
// block boundaries.
func TestSameContent(t *testing.T) {
	dir := t.TempDir()
	block := bytes.Repeat([]byte("x"), 64<<10)
	for _, tc := range []struct {
		a, b []byte
		same bool
	}{
		{nil, nil, true},
		{[]byte("a"), []byte("a"), true},
		{[]byte("a"), []byte("b"), false},
		{block, block, true},
		{append(block, 'a'), append(block, 'a'), true},
		{append(block, 'a'), append(block, 'b'), false},
		{append(block, 'a'), block, false},
	} {
		a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
		os.WriteFile(a, tc.a, 0o644)
		os.WriteFile(b, tc.b, 0o644)
		if got := sameContent(a, b); got != tc.same {
			t.Errorf("%d and %d bytes: same %v, want %v", len(tc.a), len(tc.b), got, tc.same)
		}
	}
}
