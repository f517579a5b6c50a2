package briefing

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
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Discover finds the fact sheets that args name: a fact-sheet file, an
// episode folder (holding episode.yaml), or a folder of episode folders at
// any depth. A pattern the shell did not expand ("episodes/*") is
// expanded here. Hidden folders and the output folder out are skipped.
// The sheets come back in a stable order, each once.
func Discover(args []string, out string) ([]string, Problems) {
	var sheets []string
	var probs Problems
	seen := map[string]bool{}
	add := func(p string) {
		abs, err := filepath.Abs(p)
		if err != nil || seen[abs] {
			return
		}
		seen[abs] = true
		sheets = append(sheets, p)
	}
	outAbs, _ := filepath.Abs(out)
	for _, arg := range args {
		matches := []string{arg}
		if _, err := os.Stat(arg); err != nil && strings.ContainsAny(arg, "*?[") {
			if m, gerr := filepath.Glob(arg); gerr == nil && len(m) > 0 {
				matches = m
			}
		}
		for _, m := range matches {
			fi, err := os.Stat(m)
			switch {
			case err != nil:
				probs = append(probs, Problem{Path: m, Message: cleanPathError(err).Error()})
			case !fi.IsDir():
				add(m)
			default:
				found := 0
				walkErr := filepath.WalkDir(m, func(p string, d fs.DirEntry, err error) error {
					if err != nil {
						probs = append(probs, Problem{Path: p, Message: cleanPathError(err).Error()})
						return nil
					}
					if !d.IsDir() {
						return nil
					}
					if abs, _ := filepath.Abs(p); abs == outAbs || (p != m && strings.HasPrefix(d.Name(), ".")) {
						return filepath.SkipDir
					}
					sheet := filepath.Join(p, "episode.yaml")
					if fi, err := os.Stat(sheet); err == nil && fi.Mode().IsRegular() {
						add(sheet)
						found++
						return filepath.SkipDir
					}
					return nil
				})
				if walkErr != nil {
					probs = append(probs, Problem{Path: m, Message: walkErr.Error()})
				}
				if found == 0 {
					probs = append(probs, Problem{Path: m, Message: "no episode.yaml in this folder or below it"})
				}
			}
		}
	}
	return sheets, probs
}

// BatchOptions are the settings of a batch build.
type BatchOptions struct {
	Options
	// Out is the output folder; each episode is written to Out/<slug>/.
	Out string
	// Jobs is how many fact sheets render at once; zero or less means one.
	Jobs int
	// Force rebuilds every episode, changed or not.
	Force bool
	// Tool identifies the briefing build (e.g. a hash of its executable):
	// a new build of the tool rebuilds everything.
	Tool string
	// Waiting, when not nil, is called once if the batch has to wait for
	// another build into Out to finish.
	Waiting func()
}

// Status is what a batch did with a fact sheet.
type Status string

// The statuses of a fact sheet in a batch.
const (
	Built     Status = "built"
	Unchanged Status = "unchanged"
	Failed    Status = "failed"
)

// SheetReport is what happened to one fact sheet of a batch.
type SheetReport struct {
	Path     string
	Status   Status
	Problems Problems
	// Entries describe the sheet's episodes (one per edition), as the
	// index lists them.
	Entries []IndexEntry

	staged []*staged
	state  *sheetState
}

// BatchReport is the outcome of a batch: every sheet in the order given,
// the episodes built and unchanged, and the fact sheets that failed.
type BatchReport struct {
	Sheets                   []*SheetReport
	Built, Unchanged, Failed int
}

// IndexEntry is one episode in OUT/index.json.
type IndexEntry struct {
	Summary
	Sheet    string   `json:"sheet"`
	Status   string   `json:"status"`
	Warnings []string `json:"warnings"`
	Errors   []string `json:"errors"`
	Outputs  []string `json:"outputs"`
}

// stateFile keeps, in the output folder, what each fact sheet was last
// built from, so that an unchanged sheet is skipped without being parsed.
const stateFile = ".briefing-state.json"

// markerFile, in each episode folder, holds the hash of what built it.
const markerFile = ".briefing-hash"

type batchState struct {
	Version int                    `json:"version"`
	Sheets  map[string]*sheetState `json:"sheets"`
}

type sheetState struct {
	Hash     string       `json:"hash"`
	Inputs   []string     `json:"inputs"`
	Formats  []string     `json:"formats"`
	Episodes []IndexEntry `json:"episodes"`
}

// RunBatch builds many fact sheets into o.Out, Jobs at a time. A sheet
// whose inputs (the sheet, its sources and voice files, its templates, the
// tool and the options) are unchanged since it was last built is skipped.
// A sheet that fails writes nothing and leaves its previous output as it
// was; the others are written all the same. Two sheets with the same slug
// both fail. Nothing is put in place until every sheet has rendered, so an
// interrupted batch (ctx cancelled) changes no output, and a batch in
// which every sheet fails does not touch the output folder at all.
// progress, when not nil, is called after each sheet, from one goroutine.
//
// Only what briefing made is replaced. A sheet whose episode folder exists
// but was not made by briefing (it lacks .briefing-hash, or holds other
// files) fails. The whole batch fails with Problems, writing nothing,
// when o.Out is, contains or lies inside an input's folder (a sheet's,
// the templates', a source's or voice file's), or holds an index.html or
// index.json without the state file briefing writes beside them. Builds
// into one output folder take turns: the first write waits for the
// folder's lock, calling o.Waiting, then clears what killed builds left.
func RunBatch(ctx context.Context, sheets []string, o BatchOptions, progress func(done, total int, r *SheetReport)) (*BatchReport, error) {
	var inputs []outInput
	if dir := o.Templates.Dir(); dir != "" {
		inputs = append(inputs, outInput{"the template folder", dir})
	}
	for _, sh := range sheets {
		inputs = append(inputs, outInput{"the episode folder", filepath.Dir(sh)})
	}
	if probs := append(checkApart(o.Out, inputs), checkIndex(o.Out)...); len(probs) > 0 {
		return nil, probs
	}
	if o.Inputs == nil {
		// One Inputs for the batch, so that its sheets share what they read.
		o.Inputs = new(Inputs)
	}
	b := &batch{o: o, state: readState(o.Out), tplHash: map[string]string{}}
	defer b.release()
	for _, f := range o.Templates.Formats() {
		b.tplHash[f] = o.Templates.Hash(f)
	}
	report := &BatchReport{Sheets: make([]*SheetReport, len(sheets))}
	jobs := make(chan int)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < max(o.Jobs, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				report.Sheets[i] = b.sheet(ctx, sheets[i])
				results <- i
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range sheets {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	done := 0
	for i := range results {
		done++
		if progress != nil {
			progress(done, len(sheets), report.Sheets[i])
		}
	}
	all := report.Sheets
	if b.refused != nil {
		for _, r := range all {
			if r != nil {
				r.discard()
			}
		}
		return nil, b.refused
	}
	if err := ctx.Err(); err != nil {
		for _, r := range all {
			if r != nil {
				r.discard()
			}
		}
		return nil, fmt.Errorf("interrupted: no output was changed")
	}
	failDuplicateSlugs(all)
	var st []*staged
	for _, r := range all {
		st = append(st, r.staged...)
	}
	if err := syncStaged(o.Out, st); err != nil {
		for _, r := range all {
			r.discard()
		}
		return nil, err
	}
	for _, r := range all {
		for _, s := range r.staged {
			if err := s.commit(); err != nil {
				r.fail(Problem{Path: filepath.Join(o.Out, s.slug), Message: err.Error()})
			}
		}
		r.staged = nil
	}
	if len(st) > 0 {
		if err := syncPath(o.Out); err != nil {
			return nil, err
		}
	}
	for _, r := range all {
		switch r.Status {
		case Built:
			report.Built += len(r.Entries)
		case Unchanged:
			report.Unchanged += len(r.Entries)
		case Failed:
			report.Failed++
		}
	}
	if report.Built+report.Unchanged == 0 {
		// Nothing was built: the output folder is left as it was (or not
		// made at all), index included.
		return report, nil
	}
	if err := b.acquire(ctx); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("interrupted: no output was changed")
		}
		return report, err
	}
	if probs := checkIndex(o.Out); len(probs) > 0 {
		return report, probs
	}
	// Another build may have written the state since this one read it:
	// its sheets are kept, this batch's built sheets updated.
	state := readState(o.Out)
	for _, r := range all {
		if r.Status == Built {
			abs, _ := filepath.Abs(r.Path)
			state.Sheets[abs] = r.state
		}
	}
	if err := writeState(o.Out, state); err != nil {
		return report, err
	}
	return report, writeIndex(o.Out, all)
}

type batch struct {
	o       BatchOptions
	state   *batchState
	tplHash map[string]string

	mu      sync.Mutex
	lock    *outLock // held from the first write on
	lockErr error    // why the lock could not be taken
	// refused is set when a sheet's source or voice folder turns out to
	// hold or lie inside the output folder: the batch writes nothing.
	refused Problems
}

// acquire readies the output folder for the batch's first write, once:
// it makes the folder, takes its lock (waiting for another build to
// finish) and clears what killed builds left. A batch that writes nothing
// never calls it, so it never makes or locks the folder.
func (b *batch) acquire(ctx context.Context) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case b.refused != nil:
		return b.refused
	case b.lock != nil || b.lockErr != nil:
		return b.lockErr
	}
	if err := os.MkdirAll(b.o.Out, 0o755); err != nil {
		b.lockErr = fmt.Errorf("output folder: %w", cleanPathError(err))
		return b.lockErr
	}
	l, err := lockOut(ctx, b.o.Out, b.o.Waiting)
	if err != nil {
		b.lockErr = err
		return err
	}
	b.lock = l
	cleanStaging(b.o.Out)
	return nil
}

// release lets the next build into the output folder go ahead.
func (b *batch) release() {
	if b.lock != nil {
		b.lock.unlock()
	}
}

// checkInputs refuses the batch when the output folder is, holds or lies
// inside the folder of one of a sheet's inputs (absolute paths; the sheet's
// own folder was checked before the batch began).
func (b *batch) checkInputs(inputs []string) bool {
	var dirs []outInput
	seen := map[string]bool{}
	for _, p := range inputs {
		if dir := filepath.Dir(p); !seen[dir] {
			seen[dir] = true
			dirs = append(dirs, outInput{"the input folder", dir})
		}
	}
	probs := checkApart(b.o.Out, dirs)
	if len(probs) == 0 {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.refused == nil {
		b.refused = probs
	}
	return false
}

func (r *SheetReport) fail(p Problem) {
	r.Status = Failed
	r.Problems = append(r.Problems, p)
	r.discard()
	r.Entries = nil
}

func (r *SheetReport) discard() {
	for _, s := range r.staged {
		s.discard()
	}
	r.staged = nil
}

// sheet builds one fact sheet, or finds it unchanged.
func (b *batch) sheet(ctx context.Context, path string) *SheetReport {
	r := &SheetReport{Path: path}
	if ctx.Err() != nil {
		r.Status = Failed
		return r
	}
	abs, _ := filepath.Abs(path)
	if prev := b.state.Sheets[abs]; prev != nil && !b.o.Force {
		files, ok := b.read(prev.Inputs)
		if ok {
			if h, ok := b.hash(files, prev.Formats); ok && h == prev.Hash && b.outputsMatch(prev) {
				r.Status, r.Entries = Unchanged, prev.Episodes
				if !b.checkInputs(prev.Inputs) {
					r.Status = Failed
				}
				return r
			}
		}
		// What the check read is what the load below will use: keep it.
		defer runtime.KeepAlive(files)
	}
	sheet, probs := Load(path, b.o.Options)
	if sheet == nil {
		r.Status, r.Problems = Failed, probs
		return r
	}
	res := compileSheet(ctx, sheet, probs, b.o.Options)
	r.Problems = res.Problems
	if res.Failed(b.o.Strict) || len(res.Episodes) == 0 {
		r.Status = Failed
		return r
	}
	inputs, formats := sheetInputs(sheet, res.Episodes)
	if !b.checkInputs(inputs) {
		r.Status = Failed
		return r
	}
	// Checked before the lock, so that a batch that can write nothing
	// does not lock (or make) the output folder; commit checks again.
	for _, ep := range res.Episodes {
		if err := checkOwned(filepath.Join(b.o.Out, ep.Edition.Slug)); err != nil {
			r.fail(Problem{Path: filepath.Join(b.o.Out, ep.Edition.Slug), Message: err.Error()})
			return r
		}
	}
	if err := b.acquire(ctx); err != nil {
		r.fail(Problem{Path: b.o.Out, Message: err.Error()})
		return r
	}
	h, ok := b.hash(sheet.inputs, formats)
	if !ok {
		h = "unhashable"
	}
	r.state = &sheetState{Hash: h, Inputs: inputs, Formats: formats}
	for i, ep := range res.Episodes {
		files := append(res.Files[i], OutputFile{Name: markerFile, Data: []byte(h + "\n")})
		s, err := stage(b.o.Out, ep.Edition.Slug, files)
		if err != nil {
			r.fail(Problem{Path: filepath.Join(b.o.Out, ep.Edition.Slug), Message: err.Error()})
			return r
		}
		r.staged = append(r.staged, s)
		r.Entries = append(r.Entries, indexEntry(path, ep, res.Files[i]))
	}
	r.state.Episodes = r.Entries
	r.Status = Built
	return r
}

// sheetInputs lists the files a sheet's output depends on (as the loader
// read them) and the formats it renders.
func sheetInputs(s *FactSheet, eps []*Episode) (inputs, formats []string) {
	for _, in := range s.inputs {
		inputs = append(inputs, in.path)
	}
	for _, ep := range eps {
		formats = append(formats, ep.Edition.Format)
	}
	return inputs, formats
}

// read reads the files a previous build listed, for its change check. It
// fails when one cannot be read (a source was deleted), which counts as a
// change.
func (b *batch) read(paths []string) ([]input, bool) {
	files := make([]input, 0, len(paths))
	for _, p := range paths {
		f, err := b.o.Inputs.read(p, b.maxInput())
		if err != nil {
			return nil, false
		}
		files = append(files, input{p, f})
	}
	return files, true
}

// hash combines everything an output depends on: the tool, the options,
// the templates of the formats and the files as read.
func (b *batch) hash(files []input, formats []string) (string, bool) {
	h := sha256.New()
	fmt.Fprintf(h, "briefing-batch-1\x00%s\x00%s\x00%v\x00", b.o.Tool, b.o.Format, b.o.Strict)
	for _, f := range formats {
		th, ok := b.tplHash[f]
		if !ok {
			return "", false
		}
		fmt.Fprintf(h, "%s\x00%s\x00", f, th)
	}
	for _, f := range files {
		fmt.Fprintf(h, "%s\x00", f.path)
		h.Write(f.file.data)
	}
	return hex.EncodeToString(h.Sum(nil)), true
}

func (b *batch) maxInput() int64 {
	if b.o.MaxInput > 0 {
		return b.o.MaxInput
	}
	return DefaultMaxInput
}

// outputsMatch checks that each episode folder of a previous build is still
// there, built from the same inputs.
func (b *batch) outputsMatch(prev *sheetState) bool {
	for _, e := range prev.Episodes {
		data, err := os.ReadFile(filepath.Join(b.o.Out, e.Slug, markerFile))
		if err != nil || strings.TrimSpace(string(data)) != prev.Hash {
			return false
		}
	}
	return len(prev.Episodes) > 0
}

// failDuplicateSlugs fails every sheet whose episode slug another sheet of
// the batch also uses, naming both.
func failDuplicateSlugs(all []*SheetReport) {
	owner := map[string]*SheetReport{}
	var dups []*SheetReport
	var msgs []Problem
	for _, r := range all {
		if r.Status == Failed {
			continue
		}
		for _, e := range r.Entries {
			if o, ok := owner[e.Slug]; ok && o != r {
				msgs = append(msgs,
					Problem{Path: r.Path, Field: "slug", Message: fmt.Sprintf("%q is also the slug of %s; slugs name output folders and must differ", e.Slug, o.Path)},
					Problem{Path: o.Path, Field: "slug", Message: fmt.Sprintf("%q is also the slug of %s; slugs name output folders and must differ", e.Slug, r.Path)})
				dups = append(dups, r, o)
				continue
			}
			owner[e.Slug] = r
		}
	}
	for _, p := range msgs {
		for _, r := range dups {
			if r.Path == p.Path {
				r.fail(p)
				break
			}
		}
	}
}

func indexEntry(sheet string, ep *Episode, files []OutputFile) IndexEntry {
	c := Contract(ep)
	e := IndexEntry{Summary: c.Summary, Sheet: filepath.ToSlash(sheet), Status: "ok", Warnings: c.Warnings, Errors: []string{}}
	for _, f := range files {
		e.Outputs = append(e.Outputs, c.Slug+"/"+f.Name)
	}
	return e
}

func readState(out string) *batchState {
	st := &batchState{Version: 1, Sheets: map[string]*sheetState{}}
	data, err := os.ReadFile(filepath.Join(out, stateFile))
	if err != nil {
		return st
	}
	var read batchState
	if json.Unmarshal(data, &read) == nil && read.Version == 1 && read.Sheets != nil {
		return &read
	}
	return st
}

func writeState(out string, st *batchState) error {
	data, err := json.MarshalIndent(st, "", " ")
	if err != nil {
		return err
	}
	return writeIfChanged(filepath.Join(out, stateFile), append(data, '\n'))
}

// writeIfChanged writes a file atomically unless it already holds data.
func writeIfChanged(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && string(old) == string(data) {
		return nil
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return WriteFile(path, data)
}

// Index is OUT/index.json: the episodes of the last batch, newest first.
type Index struct {
	Episodes []IndexEntry `json:"episodes"`
}

// writeIndex writes OUT/index.json and OUT/index.html for the batch.
func writeIndex(out string, all []*SheetReport) error {
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
	html, err := renderIndexHTML(idx)
	if err != nil {
		return err
	}
	return writeIfChanged(filepath.Join(out, "index.html"), html)
}
