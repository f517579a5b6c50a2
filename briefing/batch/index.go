package batch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/internal/atomicfile"
)

// Index is OUT/index.json: the episodes of the last batch, newest first,
// the editions of one fact sheet together in the sheet's order.
// OUT/index.html renders it through the output template
// outputs/index.html.tmpl.
type Index struct {
	Episodes []IndexEntry `json:"episodes"`
}

// IndexEntry is one episode in OUT/index.json, or a fact sheet that
// failed (Status "failed", with its Errors).
type IndexEntry struct {
	briefing.Summary
	Sheet    string   `json:"sheet"`
	Status   string   `json:"status"`
	Warnings []string `json:"warnings"`
	Errors   []string `json:"errors"`
	Outputs  []string `json:"outputs"`
}

// indexEntry describes an episode built from sheet, with its contract
// (what its episode.json holds) and its files.
func indexEntry(sheet string, c *briefing.EpisodeJSON, files []briefing.OutputFile) IndexEntry {
	e := IndexEntry{Summary: c.Summary, Sheet: filepath.ToSlash(sheet), Status: "ok", Warnings: c.Warnings, Errors: []string{}}
	for _, f := range files {
		e.Outputs = append(e.Outputs, c.Slug+"/"+f.Name)
	}
	return e
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
func writeIndex(ctx context.Context, out string, tpl *briefing.Templates, all []*SheetReport, state *batchState) error {
	idx := Index{Episodes: []IndexEntry{}}
	for _, r := range all {
		if r.Status == Failed {
			e := IndexEntry{Sheet: filepath.ToSlash(r.Path), Status: "failed", Warnings: []string{}, Errors: []string{}, Outputs: []string{}}
			for _, p := range r.Problems.Errors() {
				e.Errors = append(e.Errors, p.String())
			}
			idx.Episodes = append(idx.Episodes, e)
			continue
		}
		idx.Episodes = append(idx.Episodes, r.Entries...)
	}
	// Newest first; an episode's editions together, in the sheet's order.
	sort.SliceStable(idx.Episodes, func(i, j int) bool {
		a, b := idx.Episodes[i], idx.Episodes[j]
		if a.Date != b.Date {
			return a.Date > b.Date
		}
		return a.Sheet < b.Sheet
	})
	data, err := json.MarshalIndent(idx, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	page := filepath.Join(out, "index.html")
	current := false
	if fi, err := os.Lstat(page); err == nil && fi.Mode().IsRegular() {
		old, err := os.ReadFile(page)
		current = err == nil && state.Index == indexKey(data, tpl, old)
	}
	var html []byte
	var herr error // a page that fails to render fails the build, after the state and index.json are written
	if !current {
		html, herr = tpl.Execute(context.WithoutCancel(ctx), briefing.IndexOutput, idx)
		state.Index = ""
		if herr == nil {
			state.Index = indexKey(data, tpl, html)
		}
	}
	st, err := stateData(state)
	if err != nil {
		return err
	}
	files := []atomicfile.File{{Name: stateFile, Data: st}, {Name: "index.json", Data: data}}
	if !current && herr == nil {
		files = append(files, atomicfile.File{Name: "index.html", Data: html})
	}
	var changed []atomicfile.File
	for _, f := range files {
		same, err := holds(filepath.Join(out, f.Name), f.Data)
		if err != nil {
			return err
		}
		if !same {
			changed = append(changed, f)
		}
	}
	if err := atomicfile.WriteFiles(out, changed); err != nil {
		return err
	}
	return herr
}

// indexKey identifies index.html as written, with what it was rendered
// from: the index (as index.json holds it) and the templates, all of
// them, since which partials the index template uses is the template
// set's business.
func indexKey(index []byte, tpl *briefing.Templates, page []byte) string {
	h := sha256.New()
	fmt.Fprintf(h, "%d\x00%s%d\x00%s", len(index), index, len(page), page)
	for _, f := range tpl.Files() {
		fmt.Fprintf(h, "\x00%s\x00%d\x00%s", f.Rel, len(f.Source), f.Source)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// holds tells whether the file at path holds data already. A file of
// another size is not read.
func holds(path string, data []byte) (bool, error) {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, err
	case !fi.Mode().IsRegular() || fi.Size() != int64(len(data)):
		return false, nil
	}
	old, err := os.ReadFile(path)
	return err == nil && string(old) == string(data), nil
}
