package batch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/internal/atomicfile"
)

// Discover finds the fact sheets that args name: a fact-sheet file, an
// episode folder (holding episode.yaml), or a folder of episode folders at
// any depth. A pattern the shell did not expand ("episodes/*") is
// expanded here. Hidden folders and the output folder out are skipped.
// The sheets come back in a stable order, each once.
func Discover(args []string, out string) ([]string, briefing.Problems) {
	var sheets []string
	var probs briefing.Problems
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
				probs = append(probs, briefing.Problem{Path: m, Message: atomicfile.WithoutPath(err).Error()})
			case !fi.IsDir():
				add(m)
			default:
				found := 0
				walkErr := filepath.WalkDir(m, func(p string, d fs.DirEntry, err error) error {
					if err != nil {
						probs = append(probs, briefing.Problem{Path: p, Message: atomicfile.WithoutPath(err).Error()})
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
					probs = append(probs, briefing.Problem{Path: m, Message: walkErr.Error()})
				}
				if found == 0 {
					probs = append(probs, briefing.Problem{Path: m, Message: "no episode.yaml in this folder or below it"})
				}
			}
		}
	}
	return sheets, probs
}

// Options are the settings of a batch build.
type Options struct {
	briefing.Options
	// Out is the output folder; each episode is written to Out/<slug>/.
	Out string
	// Jobs is how many fact sheets render at once; zero or less means one.
	Jobs int
	// Force rebuilds every episode, changed or not.
	Force bool
	// Sheet, when not nil, is called for each sheet in the order given,
	// with its problems and its episodes' entries, once the batch's
	// episodes are in place (before the index is written), or once every
	// sheet has failed; r is the callee's to keep. It is not called when
	// the batch writes nothing because it was refused or interrupted.
	Sheet func(r *SheetReport)
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
	Problems briefing.Problems
	// Entries describe the sheet's episodes (one per edition), as the
	// index lists them.
	Entries []briefing.IndexEntry

	staged []*atomicfile.Folder
	// state is what the state file is to say of the sheet: what it was
	// built from, or, for an unchanged sheet whose inputs were read
	// again, their new stamps; nil when it is to stay as it is.
	state *sheetState

	// Once the sheet has rendered, its problems, entries and state are
	// in the spool (rec), and it holds only what the rest of the batch
	// needs of every sheet at once: the slugs and dates of its episodes, whether
	// the state file is to say anything new of it (fresh), and the stamps
	// of its committed folders (built); Problems holds only problems
	// found since.
	rec          record
	slugs, dates []string
	fresh        bool
	built        []briefing.Stamp
}

// Report is the outcome of a batch: the episodes built and unchanged, and
// the fact sheets that failed (Options.Sheet tells of each sheet).
type Report struct {
	Built, Unchanged, Failed int
}

// stateFile keeps, in the output folder, what each fact sheet was last
// built from, so that an unchanged sheet is skipped without being parsed.
const stateFile = ".briefing-state.json"

// stateVersion changes whenever the state file's meaning does; a state
// file of another version is ignored (everything is rebuilt once).
const stateVersion = 3

type batchState struct {
	Version int `json:"version"`
	// Sheets holds the state of each sheet (a sheetState) as the file
	// has it, by the sheet's absolute path: read when the sheet is looked
	// up (sheet), and written again as it is unless the batch built the
	// sheet, so that a season's state is held as its text.
	Sheets map[string]json.RawMessage `json:"sheets"`
	// Index identifies what OUT/index.html was last rendered from (see
	// indexKey), so that an unchanged index is not rendered again; it is
	// set only once the page is written.
	Index string `json:"index,omitempty"`
}

// sheet returns the state of the sheet at abs, or nil when there is none
// that can be read.
func (st *batchState) sheet(abs string) *sheetState {
	raw, ok := st.Sheets[abs]
	if !ok {
		return nil
	}
	var s sheetState
	if json.Unmarshal(raw, &s) != nil {
		return nil
	}
	return &s
}

type sheetState struct {
	stateHead
	Episodes []briefing.IndexEntry `json:"episodes"`
	// Built holds, for each of Episodes, the stamp of its episode.json as
	// committed: the folder is still the one built while it is the same.
	Built []briefing.Stamp `json:"built"`
}

// inputState is one file a sheet was built from: where, its stamp when it
// was read and the hash of what was read.
type inputState struct {
	Path string `json:"path"`
	briefing.Stamp
	Sum string `json:"sha256"`
}

func stateOf(in briefing.Input) inputState {
	return inputState{Path: in.Path, Stamp: in.Stamp(), Sum: in.Sum()}
}

// Run builds many fact sheets into o.Out, Jobs at a time. A sheet whose
// inputs (the sheet, its sources and voice files, its templates, the tool
// and the options) are unchanged since it was last built is skipped: a
// file whose Stamp is the one recorded is not read, another is read once
// (for the build too, if it changed) and compared by content.
// A sheet that fails writes nothing and leaves its previous output as it
// was; the others are written all the same. Two sheets with the same slug
// both fail. Nothing is put in place until every sheet has rendered, so an
// interrupted batch (ctx cancelled) changes no output, and a batch in
// which every sheet fails does not touch the output folder at all.
// progress, when not nil, is called after each sheet, from one goroutine.
//
// Only what briefing made is replaced. A sheet whose episode folder exists
// but was not made by briefing (its episode.json is not briefing's for it,
// or it holds other files) fails. The whole batch fails with Problems, writing nothing,
// when o.Out is, contains or lies inside an input's folder (a sheet's,
// the templates', a source's or voice file's), or holds an index.html or
// index.json without the state file briefing writes beside them. Builds
// into one output folder take turns: the first write waits for the
// folder's lock, calling o.Waiting, then clears what killed builds left.
func Run(ctx context.Context, sheets []string, o Options, progress func(done, total int, r *SheetReport)) (*Report, error) {
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
		o.Inputs = new(briefing.Inputs)
	}
	b := &batch{o: o, state: readState(o.Out), tplHash: map[string]string{}}
	defer b.release()
	for _, f := range o.Templates.Formats() {
		b.tplHash[f] = o.Templates.Hash(f)
	}
	report := &Report{}
	all := make([]*SheetReport, len(sheets))
	sp := newSpool()
	defer sp.close()
	jobs := make(chan int)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < max(o.Jobs, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				all[i] = b.sheet(ctx, sheets[i])
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
	var spoolErr error
	for i := range results {
		done++
		if progress != nil {
			progress(done, len(sheets), all[i])
		}
		if err := sp.keep(all[i]); err != nil && spoolErr == nil {
			spoolErr = err
		}
	}
	if spoolErr != nil {
		discardAll(all)
		return nil, spoolErr
	}
	if b.refused != nil {
		discardAll(all)
		return nil, b.refused
	}
	if err := ctx.Err(); err != nil {
		discardAll(all)
		return nil, fmt.Errorf("interrupted: no output was changed")
	}
	failDuplicateSlugs(all)
	var st []*atomicfile.Folder
	for _, r := range all {
		st = append(st, r.staged...)
	}
	if err := atomicfile.SyncAll(o.Out, st); err != nil {
		discardAll(all)
		return nil, err
	}
	// Commits of different episodes are independent; replacing a folder
	// means removing the previous one, file by file, which the kernel
	// does faster several at a time.
	var cw sync.WaitGroup
	sem := make(chan struct{}, 4)
	names := o.Templates.OutputNames()
	for _, r := range all {
		cw.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; cw.Done() }()
			for _, s := range r.staged {
				if err := commit(s, names); err != nil {
					r.fail(briefing.Problem{Path: s.Path(), Message: err.Error()})
					continue
				}
				st, err := briefing.StampOf(filepath.Join(s.Path(), "episode.json"))
				if err != nil {
					st = briefing.Stamp{} // matches nothing: built again next time
				}
				if r.fresh {
					r.built = append(r.built, st)
				}
			}
			r.staged = nil
		}()
	}
	cw.Wait()
	if len(st) > 0 {
		if err := atomicfile.SyncDir(o.Out); err != nil {
			return nil, err
		}
	}
	var buf []byte
	for _, r := range all {
		switch r.Status {
		case Built:
			report.Built += len(r.slugs)
		case Unchanged:
			report.Unchanged += len(r.slugs)
		case Failed:
			report.Failed++
		}
		if o.Sheet != nil {
			full, err := sp.report(r, &buf)
			if err != nil {
				return report, err
			}
			o.Sheet(full)
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
	// The state as read when the lock was taken, which no other build has
	// written since: its sheets are kept, this batch's built and
	// refreshed sheets updated.
	fresh := map[string]*SheetReport{}
	for _, r := range all {
		if r.Status != Failed && r.fresh {
			abs, _ := filepath.Abs(r.Path)
			fresh[abs] = r
		}
	}
	// The index's entries are read back from the spool in its order, a
	// sheet's at a time.
	order := indexOrder(all)
	var at, full *SheetReport // the sheet read back last, and what it read
	entry := func(i int) (briefing.IndexEntry, error) {
		if r := all[order[i][0]]; r != at {
			var err error
			if full, err = sp.report(r, &buf); err != nil {
				return briefing.IndexEntry{}, err
			}
			at = r
		}
		if full.Status == Failed {
			return failedEntry(full), nil
		}
		return full.Entries[order[i][1]], nil
	}
	return report, writeIndex(ctx, o.Out, o.Templates, len(order), entry, b.state, func(w io.Writer) error { return writeState(w, b.state, fresh, sp) })
}

// commit puts a staged episode folder in place, if the folder there is
// still one briefing made (something else may have put a folder there
// since it was staged).
func commit(f *atomicfile.Folder, names []string) error {
	if err := checkOwned(f.Path(), names); err != nil {
		f.Discard()
		return err
	}
	return f.Commit()
}

type batch struct {
	o       Options
	state   *batchState
	reads   int // readings of the state file after the first (by acquire)
	tplHash map[string]string

	mu      sync.Mutex
	lock    *outLock // held from the first write on
	lockErr error    // why the lock could not be taken
	// refused is set when a sheet's source or voice folder turns out to
	// hold or lie inside the output folder: the batch writes nothing.
	refused briefing.Problems
}

// skip reports the sheet at abs unchanged, and true, when what it was last
// built from is as it was and its output is in place. It also returns what
// the check read, for the load that follows to find in the cache.
func (b *batch) skip(r *SheetReport, abs string) (bool, any) {
	if b.o.Force {
		return false, nil
	}
	b.mu.Lock()
	st := b.state
	b.mu.Unlock()
	prev := st.sheet(abs)
	if prev == nil {
		return false, nil
	}
	now, read, same := b.unchanged(prev)
	if !same || !b.outputsMatch(prev) {
		return false, read
	}
	r.Status, r.Entries = Unchanged, prev.Episodes
	if !slices.Equal(now, prev.Inputs) {
		r.state = &sheetState{stateHead: stateHead{Hash: prev.Hash, Inputs: now, Formats: prev.Formats}, Episodes: prev.Episodes, Built: prev.Built}
	}
	var paths []string
	for _, in := range prev.Inputs {
		paths = append(paths, in.Path)
	}
	if !b.checkInputs(paths) {
		r.Status = Failed
	}
	return true, read
}

// turn waits, before a sheet renders, for a build that holds the output
// folder's lock, taking the lock itself (which reads the state file
// again): a build that waited for another skips what that one built. It
// only takes a lock that exists already (nothing is made for a sheet that
// may fail).
func (b *batch) turn(ctx context.Context) error {
	b.mu.Lock()
	taken := b.lock != nil || b.lockErr != nil || b.refused != nil
	b.mu.Unlock()
	if taken {
		return nil
	}
	if fi, err := os.Lstat(filepath.Join(b.o.Out, lockFile)); err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	return b.acquire(ctx)
}

// acquire readies the output folder for the batch's first write, once:
// it makes the folder, takes its lock (waiting for another build to
// finish), clears what killed builds left and reads the state file again
// (counted in b.reads), since the build it waited for may have written
// it. The lock and the new state appear together, under b.mu: a sheet
// that finds the lock taken finds the state read under it. A batch that
// writes nothing never calls it, so it never makes or locks the folder.
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
		b.lockErr = fmt.Errorf("output folder: %w", atomicfile.WithoutPath(err))
		return b.lockErr
	}
	l, err := lockOut(ctx, b.o.Out, b.o.Waiting)
	if err != nil {
		b.lockErr = err
		return err
	}
	b.lock = l
	cleanStaging(b.o.Out)
	b.state = readState(b.o.Out)
	b.reads++
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

func (r *SheetReport) fail(p briefing.Problem) {
	r.Status = Failed
	r.Problems = append(r.Problems, p)
	r.discard()
	r.Entries, r.slugs, r.dates = nil, nil, nil
}

// discardAll removes the staged folders of every sheet that rendered.
func discardAll(all []*SheetReport) {
	for _, r := range all {
		if r != nil {
			r.discard()
		}
	}
}

func (r *SheetReport) discard() {
	for _, s := range r.staged {
		s.Discard()
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
	b.mu.Lock()
	seen := b.reads // which reading of the state file skip sees
	b.mu.Unlock()
	skipped, read := b.skip(r, abs)
	if skipped {
		return r
	}
	// What the check read is what the load below will use: keep it.
	defer runtime.KeepAlive(read)
	sheet, probs := briefing.Load(path, b.o.Options)
	if sheet == nil {
		r.Status, r.Problems = Failed, probs
		return r
	}
	// Another build into the same folder may be building this very sheet:
	// wait for it before rendering, and look again at what it left.
	if err := b.turn(ctx); err != nil {
		r.fail(briefing.Problem{Path: b.o.Out, Message: err.Error()})
		return r
	}
	b.mu.Lock()
	again := b.reads != seen
	b.mu.Unlock()
	if again {
		if skipped, _ := b.skip(r, abs); skipped {
			return r
		}
	}
	res := briefing.CompileSheet(ctx, sheet, probs, b.o.Options)
	// Kept until the batch ends: without the room the slice grew into.
	r.Problems = slices.Clone(res.Problems)
	if res.Failed(b.o.Strict) || len(res.Episodes) == 0 {
		r.Status = Failed
		return r
	}
	var inputs []inputState
	var paths, formats []string
	for _, in := range sheet.Inputs() {
		inputs = append(inputs, stateOf(in))
		paths = append(paths, in.Path)
	}
	for _, ep := range res.Episodes {
		formats = append(formats, ep.Edition.Format)
	}
	if !b.checkInputs(paths) {
		r.Status = Failed
		return r
	}
	// Checked before the lock, so that a batch that can write nothing
	// does not lock (or make) the output folder; commit checks again.
	for _, ep := range res.Episodes {
		if err := checkOwned(filepath.Join(b.o.Out, ep.Edition.Slug), b.o.Templates.OutputNames()); err != nil {
			r.fail(briefing.Problem{Path: filepath.Join(b.o.Out, ep.Edition.Slug), Message: err.Error()})
			return r
		}
	}
	if err := b.acquire(ctx); err != nil {
		r.fail(briefing.Problem{Path: b.o.Out, Message: err.Error()})
		return r
	}
	h, ok := b.hash(inputs, formats)
	if !ok {
		h = "unhashable"
	}
	r.state = &sheetState{stateHead: stateHead{Hash: h, Inputs: inputs, Formats: formats}}
	for i, ep := range res.Episodes {
		files := make([]atomicfile.File, 0, len(res.Files[i])+1)
		for _, f := range res.Files[i] {
			files = append(files, atomicfile.File{Name: f.Name, Data: f.Data})
		}
		s, err := atomicfile.Stage(b.o.Out, ep.Edition.Slug, files)
		if err != nil {
			r.fail(briefing.Problem{Path: filepath.Join(b.o.Out, ep.Edition.Slug), Message: err.Error()})
			return r
		}
		r.staged = append(r.staged, s)
		r.Entries = append(r.Entries, indexEntry(path, res.Contracts[i], res.Files[i]))
	}
	r.state.Episodes = r.Entries
	r.Status = Built
	return r
}

// unchanged tells whether a sheet's inputs are as its previous build read
// them, with the tool, options and templates the same. An input whose
// Stamp is the recorded one is taken as it was, unread; another is read,
// through the batch's Inputs so that a build that follows reads it no
// more, and compared by its hash. now is the inputs' state as found (new
// stamps for those read again); read holds what was read, which the
// caller keeps while it may load the sheet.
func (b *batch) unchanged(prev *sheetState) (now []inputState, read []briefing.Input, same bool) {
	if h, ok := b.hash(prev.Inputs, prev.Formats); !ok || h != prev.Hash {
		return nil, nil, false // the tool, the options or the templates changed
	}
	now = make([]inputState, len(prev.Inputs))
	for i, in := range prev.Inputs {
		if st, err := briefing.StampOf(in.Path); err == nil && in.Stamp != (briefing.Stamp{}) && st == in.Stamp {
			now[i] = in
			continue
		}
		f, err := b.o.Inputs.Read(in.Path, b.maxInput())
		if err != nil {
			return nil, read, false // gone or unreadable: a change
		}
		read = append(read, f)
		if now[i] = stateOf(f); now[i].Sum != in.Sum {
			return nil, read, false
		}
	}
	return now, read, true
}

// hash combines everything an output depends on: the tool, the options,
// the templates of the formats and the inputs' paths and content.
func (b *batch) hash(inputs []inputState, formats []string) (string, bool) {
	h := sha256.New()
	fmt.Fprintf(h, "briefing-batch-2\x00%s\x00%s\x00%v\x00%v\x00%v\x00", b.o.Tool, b.o.Format, b.o.Strict, b.o.Target, b.o.Fit)
	for _, f := range formats {
		th, ok := b.tplHash[f]
		if !ok {
			return "", false
		}
		fmt.Fprintf(h, "%s\x00%s\x00", f, th)
	}
	for _, in := range inputs {
		fmt.Fprintf(h, "%s\x00%s\x00", in.Path, in.Sum)
	}
	return hex.EncodeToString(h.Sum(nil)), true
}

func (b *batch) maxInput() int64 {
	if b.o.MaxInput > 0 {
		return b.o.MaxInput
	}
	return briefing.DefaultMaxInput
}

// outputsMatch checks that each episode folder of a previous build is still
// the one it committed: its episode.json has the stamp recorded then (a
// folder replaced, restored or rewritten has another).
func (b *batch) outputsMatch(prev *sheetState) bool {
	if len(prev.Episodes) == 0 || len(prev.Built) != len(prev.Episodes) {
		return false
	}
	for i, e := range prev.Episodes {
		st, err := briefing.StampOf(filepath.Join(b.o.Out, e.Slug, "episode.json"))
		if err != nil || st == (briefing.Stamp{}) || st != prev.Built[i] {
			return false
		}
	}
	return true
}

// failDuplicateSlugs fails every sheet whose episode slug another sheet of
// the batch also uses, naming both.
func failDuplicateSlugs(all []*SheetReport) {
	owner := map[string]*SheetReport{}
	var dups []*SheetReport
	var msgs []briefing.Problem
	for _, r := range all {
		if r.Status == Failed {
			continue
		}
		for _, slug := range r.slugs {
			if o, ok := owner[slug]; ok && o != r {
				msgs = append(msgs,
					briefing.Problem{Path: r.Path, Field: "slug", Message: fmt.Sprintf("%q is also the slug of %s; slugs name output folders and must differ", slug, o.Path)},
					briefing.Problem{Path: o.Path, Field: "slug", Message: fmt.Sprintf("%q is also the slug of %s; slugs name output folders and must differ", slug, r.Path)})
				dups = append(dups, r, o)
				continue
			}
			owner[slug] = r
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

func readState(out string) *batchState {
	st := &batchState{Version: stateVersion, Sheets: map[string]json.RawMessage{}}
	data, err := os.ReadFile(filepath.Join(out, stateFile))
	if err != nil {
		return st
	}
	var read batchState
	if json.Unmarshal(data, &read) == nil && read.Version == stateVersion && read.Sheets != nil {
		return &read
	}
	return st
}

// writeState writes the state file's content, as json.Marshal would with
// a newline (compact: the file is briefing's own), a sheet at a time, so
// that a season's megabytes of state are never held as text: st's sheets,
// with those of fresh (by absolute path) as the spool kept them instead.
func writeState(w io.Writer, st *batchState, fresh map[string]*SheetReport, sp *spool) error {
	if _, err := fmt.Fprintf(w, `{"version":%d,"sheets":{`, st.Version); err != nil {
		return err
	}
	keys := slices.AppendSeq(slices.Collect(maps.Keys(st.Sheets)), maps.Keys(fresh))
	slices.Sort(keys)
	var buf []byte
	for i, key := range slices.Compact(keys) {
		k, err := json.Marshal(key)
		if err != nil {
			return err
		}
		sep := ","
		if i == 0 {
			sep = ""
		}
		if _, err := fmt.Fprintf(w, "%s%s:", sep, k); err != nil {
			return err
		}
		if r := fresh[key]; r != nil {
			if buf, err = sp.writeState(w, r, buf); err != nil {
				return err
			}
			continue
		}
		if _, err := w.Write(st.Sheets[key]); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(w, "}"); err != nil {
		return err
	}
	if st.Index != "" {
		idx, _ := json.Marshal(st.Index)
		if _, err := fmt.Fprintf(w, `,"index":%s`, idx); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "}\n")
	return err
}
