package batch

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/internal/atomicfile"
)

// Index is OUT/index.json: the episodes of the last batch, newest first.
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

// indexEntry describes an episode built from sheet, with its files.
func indexEntry(sheet string, ep *briefing.Episode, files []briefing.OutputFile) IndexEntry {
	c := briefing.Contract(ep)
	e := IndexEntry{Summary: c.Summary, Sheet: filepath.ToSlash(sheet), Status: "ok", Warnings: c.Warnings, Errors: []string{}}
	for _, f := range files {
		e.Outputs = append(e.Outputs, c.Slug+"/"+f.Name)
	}
	return e
}

// writeIndex writes OUT/index.json and OUT/index.html for the batch, the
// page through tpl's index template. It runs once the episodes are in
// place, so it is not interrupted: the index then lists what is there.
func writeIndex(ctx context.Context, out string, tpl *briefing.Templates, all []*SheetReport) error {
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
	sort.SliceStable(idx.Episodes, func(i, j int) bool {
		a, b := idx.Episodes[i], idx.Episodes[j]
		if a.Date != b.Date {
			return a.Date > b.Date
		}
		if a.Slug != b.Slug {
			return a.Slug < b.Slug
		}
		return a.Sheet < b.Sheet
	})
	data, err := json.MarshalIndent(idx, "", "  ")
	if err != nil {
		return err
	}
	if err := writeIfChanged(filepath.Join(out, "index.json"), append(data, '\n')); err != nil {
		return err
	}
	html, err := tpl.Execute(context.WithoutCancel(ctx), briefing.IndexOutput, idx)
	if err != nil {
		return err
	}
	return writeIfChanged(filepath.Join(out, "index.html"), html)
}

// writeIfChanged writes a file atomically unless it already holds data.
func writeIfChanged(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && string(old) == string(data) {
		return nil
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return atomicfile.WriteFile(path, data)
}
