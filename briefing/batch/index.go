package batch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/internal/atomicfile"
)

// indexEntry describes an episode built from sheet, with its contract
// (what its episode.json holds) and its files.
func indexEntry(sheet string, c *briefing.EpisodeJSON, files []briefing.OutputFile) briefing.IndexEntry {
	// Kept until the batch ends: slices of their length.
	e := briefing.IndexEntry{Summary: c.Summary, Sheet: filepath.ToSlash(sheet), Status: "ok", Warnings: slices.Clone(c.Warnings), Errors: []string{},
		Outputs: make([]string, 0, len(files))}
	for _, f := range files {
		e.Outputs = append(e.Outputs, c.Slug+"/"+f.Name)
	}
	return e
}

// failedEntry is what the index lists of r, which failed: its errors.
func failedEntry(r *SheetReport) briefing.IndexEntry {
	e := briefing.IndexEntry{Sheet: filepath.ToSlash(r.Path), Status: "failed", Warnings: []string{}, Errors: []string{}, Outputs: []string{}}
	for _, p := range r.Problems.Errors() {
		e.Errors = append(e.Errors, p.String())
	}
	return e
}

// indexOrder is the index's order of the entries of the sheets all (the
// batch's, as the spool left them): newest first, an episode's editions
// together in the sheet's order; a failed sheet is one entry, with no
// date. Each is a sheet's position in all and an entry's in the sheet.
func indexOrder(all []*SheetReport) [][2]int {
	type key struct {
		date, sheet string
		at          [2]int
	}
	var keys []key
	for i, r := range all {
		sheet := filepath.ToSlash(r.Path)
		if r.Status == Failed {
			keys = append(keys, key{"", sheet, [2]int{i, 0}})
			continue
		}
		for j, d := range r.dates {
			keys = append(keys, key{d, sheet, [2]int{i, j}})
		}
	}
	slices.SortStableFunc(keys, func(a, b key) int {
		if a.date != b.date {
			return strings.Compare(b.date, a.date)
		}
		return strings.Compare(a.sheet, b.sheet)
	})
	order := make([][2]int, len(keys))
	for i, k := range keys {
		order[i] = k.at
	}
	return order
}

// writeIndex writes the state file, OUT/index.json and OUT/index.html
// for the batch, the page through tpl's index template, with one
// durability barrier for the three. The page is rendered only when it,
// the index or the templates changed since it was last written, as the
// state records. The state file is put in place first, so that the index
// is never without it; it records the page it is written with (indexKey),
// which a later build checks against the page it finds, so that a crash
// before the page is in place only renders it again. Only the files whose
// content changed are written. It runs once the episodes are in place,
// so it is not interrupted: the index then lists what is there.
func writeIndex(ctx context.Context, out string, tpl *briefing.Templates, n int, entry func(i int) (briefing.IndexEntry, error), state *batchState, writeState func(io.Writer) error) error {
	files, err := atomicfile.NewFiles(out)
	if err != nil {
		return err
	}
	files.SkipSame = true
	defer files.Discard()
	sum := sha256.New()
	if err := files.WriteWith("index.json", func(w io.Writer) error {
		return writeIndexJSON(io.MultiWriter(w, sum), n, entry)
	}); err != nil {
		return err
	}
	indexSum := sum.Sum(nil)
	current := false
	if old, ok := fileSum(filepath.Join(out, "index.html")); ok {
		current = state.Index == indexKey(indexSum, tpl, old)
	}
	var herr error // a page that fails to render fails the build, after the state and index.json are written
	if !current {
		state.Index = ""
		page := sha256.New()
		err := files.WriteWith("index.html", func(w io.Writer) error {
			herr = tpl.WriteIndex(context.WithoutCancel(ctx), io.MultiWriter(w, page), n, entry)
			return herr
		})
		switch {
		case herr == nil && err != nil:
			return err
		case herr == nil:
			state.Index = indexKey(indexSum, tpl, page.Sum(nil))
		}
	}
	if err := files.WriteWith(stateFile, writeState); err != nil {
		return err
	}
	if err := files.Commit(stateFile, "index.json", "index.html"); err != nil {
		return err
	}
	return herr
}

// writeIndexJSON writes the index of n entries, which entry gives in
// order, as json.MarshalIndent(briefing.Index{…}, "", "  ") does, and a
// newline, an entry at a time.
func writeIndexJSON(w io.Writer, n int, entry func(i int) (briefing.IndexEntry, error)) error {
	if n == 0 {
		_, err := io.WriteString(w, "{\n  \"episodes\": []\n}\n")
		return err
	}
	if _, err := io.WriteString(w, "{\n  \"episodes\": ["); err != nil {
		return err
	}
	for i := range n {
		e, err := entry(i)
		if err != nil {
			return err
		}
		data, err := json.MarshalIndent(e, "    ", "  ")
		if err != nil {
			return err
		}
		sep := ",\n    "
		if i == 0 {
			sep = "\n    "
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n  ]\n}\n")
	return err
}

// indexKey identifies index.html as written, with what it was rendered
// from: the index (the SHA-256 of index.json) and the templates, all of
// them, since which partials the index template uses is the template
// set's business, and the page itself (its SHA-256).
func indexKey(index []byte, tpl *briefing.Templates, page []byte) string {
	h := sha256.New()
	fmt.Fprintf(h, "%x\x00%x", index, page)
	for _, f := range tpl.Files() {
		fmt.Fprintf(h, "\x00%s\x00%d\x00%s", f.Rel, len(f.Source), f.Source)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// fileSum is the SHA-256 of the regular file at path, read a block at a
// time, and whether it could be read.
func fileSum(path string) ([]byte, bool) {
	if fi, err := os.Lstat(path); err != nil || !fi.Mode().IsRegular() {
		return nil, false // a link is not followed
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return nil, false
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, false
	}
	return h.Sum(nil), true
}
