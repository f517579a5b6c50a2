package batch

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/internal/generate"
	"github.com/briefing-dev/briefing/templates"
)

// generateEpisodes writes n generated episode folders under dir.
func generateEpisodes(tb testing.TB, dir string, n int) {
	tb.Helper()
	if err := generate.Episodes(dir, n); err != nil {
		tb.Fatal(err)
	}
}

// builtin returns the built-in templates.
func builtin(tb testing.TB) *briefing.Templates {
	tb.Helper()
	tpl, err := briefing.LoadTemplates(templates.FS, templates.Name, "")
	if err != nil {
		tb.Fatal(err)
	}
	return tpl
}

func writeFile(tb testing.TB, path, data string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// testReport is a batch's report with every sheet's, as Options.Sheet
// told them.
type testReport struct {
	*Report
	Sheets []*SheetReport
}

func runBatch(t testing.TB, tpl *briefing.Templates, eps, out string, force bool) testReport {
	t.Helper()
	sheets, probs := Discover([]string{eps}, out)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	var rep testReport
	o := Options{Options: briefing.Options{Templates: tpl}, Out: out, Jobs: 2, Force: force, Tool: "test",
		Sheet: func(r *SheetReport) { rep.Sheets = append(rep.Sheets, r) }}
	var err error
	if rep.Report, err = Run(context.Background(), sheets, o, nil); err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestGeneratedSheetIsValid(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "episode.yaml"), generate.Sheet(7))
	res := briefing.Compile(context.Background(), filepath.Join(dir, "episode.yaml"), briefing.Options{Templates: builtin(t)})
	if res.Failed(false) {
		t.Fatalf("generated sheet fails:\n%v", res.Problems)
	}
	ep := res.Episodes[0]
	if len(ep.Segments) != 12 || len(ep.Sheet.Facts) != 40 || len(ep.Sheet.Quotes) != 10 {
		t.Errorf("generated sheet has %d segments, %d facts, %d quotes", len(ep.Segments), len(ep.Sheet.Facts), len(ep.Sheet.Quotes))
	}
}

// TestCopiesAgainstBaseline builds two copies of the example episode (the
// -corpus example of the benchmarks) with briefing and with the naive
// baseline: briefing builds each as one episode, and the baseline writes
// the same files for it.
func TestCopiesAgainstBaseline(t *testing.T) {
	root := t.TempDir()
	eps := filepath.Join(root, "episodes")
	if err := generate.Copies(eps, example, 2); err != nil {
		t.Fatal(err)
	}
	outB, outN := filepath.Join(root, "briefing"), filepath.Join(root, "naive")
	if rep := runBatch(t, builtin(t), eps, outB, false); rep.Built != 2 || rep.Failed != 0 {
		t.Fatalf("built %d, failed %d", rep.Built, rep.Failed)
	}
	if built := naiveBuild(t, eps, outN); built != 2 {
		t.Fatalf("naive built %d", built)
	}
	names := func(dir string) []string {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			if !strings.HasPrefix(e.Name(), ".") {
				names = append(names, e.Name())
			}
		}
		return names
	}
	for _, slug := range []string{"isis-k-russia-0000", "isis-k-russia-0001"} {
		b, n := names(filepath.Join(outB, slug)), names(filepath.Join(outN, slug))
		if strings.Join(b, " ") != strings.Join(n, " ") {
			t.Errorf("%s: briefing writes %v, the baseline %v", slug, b, n)
		}
	}
	if got := names(outB); len(got) != 4 { // two episodes, index.html and index.json
		t.Errorf("briefing wrote %v", got)
	}
}

// TestBatchThousand builds 1,000 generated episodes, rebuilds them as
// unchanged, rebuilds them all after one template change, and builds them

// TestBatchOutputReplaced builds three episodes, then changes the output
// of one in each way a folder can stop being the one built (removed,
// replaced by an older copy, episode.json rewritten in place), and checks
// that a rebuild builds exactly those and skips the untouched one.
func TestBatchOutputReplaced(t *testing.T) {
	root := t.TempDir()
	eps, out := filepath.Join(root, "episodes"), filepath.Join(root, "out")
	generateEpisodes(t, eps, 4)
	tpl := builtin(t)
	if rep := runBatch(t, tpl, eps, out, false); rep.Built != 4 {
		t.Fatalf("built %d", rep.Built)
	}
	old := filepath.Join(root, "old")
	if err := os.Rename(filepath.Join(out, "gen-0002"), old); err != nil {
		t.Fatal(err)
	}
	if rep := runBatch(t, tpl, eps, out, false); rep.Built != 1 || rep.Unchanged != 3 {
		t.Fatalf("after removing a folder: built %d, unchanged %d", rep.Built, rep.Unchanged)
	}
	os.RemoveAll(filepath.Join(out, "gen-0002"))
	if err := os.Rename(old, filepath.Join(out, "gen-0002")); err != nil { // an older copy put back
		t.Fatal(err)
	}
	path := filepath.Join(out, "gen-0003", "episode.json")
	data, _ := os.ReadFile(path)
	if err := os.WriteFile(path, append(data, ' '), 0o644); err != nil { // rewritten in place
		t.Fatal(err)
	}
	rep := runBatch(t, tpl, eps, out, false)
	var built []string
	for _, r := range rep.Sheets {
		if r.Status == Built {
			built = append(built, filepath.Base(filepath.Dir(r.Path)))
		}
	}
	if strings.Join(built, " ") != "gen-0002 gen-0003" || rep.Unchanged != 2 {
		t.Errorf("rebuilt %v (unchanged %d), want gen-0002 gen-0003 (unchanged 2)", built, rep.Unchanged)
	}
	if entries, _ := os.ReadDir(filepath.Join(out, "gen-0001")); len(entries) != len(tpl.OutputNames()) {
		t.Errorf("an episode folder holds %d files, want its %d outputs and nothing else", len(entries), len(tpl.OutputNames()))
	}
}

// with one malformed among them.
func TestBatchThousand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 1,000 episodes")
	}
	const n = 1000
	root := t.TempDir()
	eps, out := filepath.Join(root, "episodes"), filepath.Join(root, "out")
	generateEpisodes(t, eps, n)
	tpl := builtin(t)

	count := func(name string, rep testReport, built, unchanged, failed int) {
		t.Helper()
		if rep.Built != built || rep.Unchanged != unchanged || rep.Failed != failed {
			t.Fatalf("%s: built %d, unchanged %d, failed %d; want %d, %d, %d", name, rep.Built, rep.Unchanged, rep.Failed, built, unchanged, failed)
		}
	}
	count("cold build", runBatch(t, tpl, eps, out, false), n, 0, 0)
	for _, f := range []string{"gen-0001/script.md", "gen-0500/rundown.html", "gen-1000/episode.json", "index.html", "index.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing output: %v", err)
		}
	}
	count("no-change rebuild", runBatch(t, tpl, eps, out, false), 0, n, 0)
	count("forced rebuild", runBatch(t, tpl, eps, out, true), n, 0, 0)

	// One template changes: every episode that renders with it rebuilds.
	user := filepath.Join(root, "tpl")
	writeFile(t, filepath.Join(user, "explainer", "sign-off.tmpl"), "{{ .Segment.Host.ID }}: Goodbye.\n")
	changed, err := briefing.LoadTemplates(templates.FS, templates.Name, user)
	if err != nil {
		t.Fatal(err)
	}
	count("after a template change", runBatch(t, changed, eps, out, false), n, 0, 0)
	count("and again", runBatch(t, changed, eps, out, false), 0, n, 0)

	// One malformed episode: it is reported, the other 999 are written.
	before, _ := os.ReadFile(filepath.Join(out, "gen-0042", "script.md"))
	writeFile(t, filepath.Join(eps, "gen-0042", "episode.yaml"), strings.Replace(generate.Sheet(42), "target: 9m", "target: 9", 1))
	rep := runBatch(t, changed, eps, out, true)
	count("with one malformed", rep, n-1, 0, 1)
	for _, r := range rep.Sheets {
		if r.Status == Failed {
			if got := r.Problems.Error(); !strings.HasSuffix(got, `gen-0042/episode.yaml:6:9: target: "9": missing unit (write "9s" or "9m")`) {
				t.Errorf("failure reported as %q", got)
			}
		}
	}
	after, _ := os.ReadFile(filepath.Join(out, "gen-0042", "script.md"))
	if string(before) != string(after) || len(after) == 0 {
		t.Errorf("the malformed episode's previous output changed")
	}
	leftovers, _ := filepath.Glob(filepath.Join(out, ".gen-*"))
	if len(leftovers) > 0 {
		t.Errorf("staging folders left behind: %v", leftovers[:min(3, len(leftovers))])
	}
}

// buildDuplicates builds three sheets in a new folder, a/ and b/ with the
// same slug, into its out/.
func buildDuplicates(t *testing.T) (root, out string, rep testReport) {
	t.Helper()
	root = t.TempDir()
	writeFile(t, filepath.Join(root, "a", "episode.yaml"), generate.Sheet(1))
	writeFile(t, filepath.Join(root, "b", "episode.yaml"), generate.Sheet(1))
	writeFile(t, filepath.Join(root, "c", "episode.yaml"), generate.Sheet(3))
	out = filepath.Join(root, "out")
	rep = runBatch(t, builtin(t), root, out, false)
	if rep.Built != 1 || rep.Failed != 2 || len(rep.Sheets) != 3 {
		t.Fatalf("built %d, failed %d, %d sheets told; want 1, 2, 3", rep.Built, rep.Failed, len(rep.Sheets))
	}
	return root, out, rep
}

func TestBatchDuplicateSlugs(t *testing.T) {
	root, out, rep := buildDuplicates(t)
	a, b := filepath.Join(root, "a", "episode.yaml"), filepath.Join(root, "b", "episode.yaml")
	for _, r := range rep.Sheets {
		if r.Status != Failed {
			continue
		}
		msg := r.Problems.Error()
		if !strings.Contains(msg, `"gen-0001" is also the slug of`) || !strings.Contains(msg, a) && !strings.Contains(msg, b) {
			t.Errorf("duplicate reported as %q", msg)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "gen-0001")); err == nil {
		t.Errorf("a duplicate slug was written")
	}
}

// TestBatchSpool builds sheets whose reports wait in the spool: with a
// temporary file, which is gone once the batch ends (removed as soon as it
// is made), and with none to be made, in memory. Each sheet is reported
// with what it had (warnings, entries) and what the batch found after it
// rendered (a slug another sheet also uses), in the report, the index and
// the state file alike.
func TestBatchSpool(t *testing.T) {
	for _, tmp := range []string{"empty", "missing"} {
		t.Run(tmp, func(t *testing.T) {
			dir := t.TempDir()
			if tmp == "missing" {
				dir = filepath.Join(dir, "missing")
			}
			t.Setenv("TMPDIR", dir)
			root, out, rep := buildDuplicates(t)
			if left, _ := os.ReadDir(dir); len(left) > 0 {
				t.Errorf("left in the temporary folder: %v", left)
			}
			var idx briefing.Index
			data, _ := os.ReadFile(filepath.Join(out, "index.json"))
			if err := json.Unmarshal(data, &idx); err != nil {
				t.Fatal(err)
			}
			var failed []string
			for _, e := range idx.Episodes {
				if e.Status == "failed" {
					failed = append(failed, strings.Join(e.Errors, "\n"))
				}
			}
			for i, r := range rep.Sheets {
				switch {
				case r.Status == Failed && !strings.Contains(r.Problems.Error(), `"gen-0001" is also the slug of`):
					t.Errorf("sheet %d reported as %q", i, r.Problems.Error())
				case r.Status == Built && (len(r.Problems.Warnings()) == 0 || len(r.Entries) != 1):
					t.Errorf("built sheet reported with %d warnings, %d entries", len(r.Problems.Warnings()), len(r.Entries))
				case r.Status == Built && !slices.EqualFunc(r.Entries, idx.Episodes[:1], func(a, b briefing.IndexEntry) bool { return reflect.DeepEqual(a, b) }):
					t.Errorf("reported entry %+v, index entry %+v", r.Entries[0], idx.Episodes[0])
				}
			}
			if len(failed) != 2 || !strings.Contains(failed[0], "is also the slug of") || !strings.Contains(failed[1], "is also the slug of") {
				t.Errorf("the index lists the failures as %q", failed)
			}
			st := readState(out)
			c, _ := filepath.Abs(filepath.Join(root, "c", "episode.yaml"))
			if s := st.sheet(c); len(st.Sheets) != 1 || s == nil || len(s.Episodes) != 1 || len(s.Built) != 1 || s.Built[0] == (briefing.Stamp{}) {
				t.Errorf("state file: %d sheets, the built one %+v", len(st.Sheets), s)
			}
		})
	}
}

func TestDiscover(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"season/ep1/episode.yaml", "season/ep2/episode.yaml", "season/.hidden/episode.yaml", "single.yaml", "out/x/episode.yaml"} {
		writeFile(t, filepath.Join(root, p), "show: x\n")
	}
	got, probs := Discover([]string{filepath.Join(root, "season"), filepath.Join(root, "single.yaml"), filepath.Join(root, "season", "ep1"), filepath.Join(root, "s*n")}, filepath.Join(root, "out"))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	var rel []string
	for _, g := range got {
		r, _ := filepath.Rel(root, g)
		rel = append(rel, filepath.ToSlash(r))
	}
	if want := "season/ep1/episode.yaml season/ep2/episode.yaml single.yaml"; strings.Join(rel, " ") != want {
		t.Errorf("Discover = %v, want %s", rel, want)
	}
	_, probs = Discover([]string{filepath.Join(root, "nothing-here")}, "out")
	if len(probs) != 1 {
		t.Errorf("a missing path: %v", probs)
	}
	empty := filepath.Join(root, "empty")
	os.MkdirAll(empty, 0o755)
	if _, probs := Discover([]string{empty}, "out"); len(probs) != 1 || !strings.Contains(probs[0].Message, "no episode.yaml") {
		t.Errorf("an empty folder: %v", probs)
	}
}

// staging matches the folders a build stages its files in.
var staging = regexp.MustCompile(`^\..*\.new-[0-9]+(\.old)?$`)

// stagingLeft lists what builds left in out beside its outputs.
func stagingLeft(t *testing.T, out string) []string {
	t.Helper()
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, e := range entries {
		if staging.MatchString(e.Name()) {
			left = append(left, e.Name())
		}
	}
	return left
}

// TestBatchConcurrent runs three batches into one output folder at once:
// they take turns, all succeed and leave no staging folder behind.
func TestBatchConcurrent(t *testing.T) {
	root := t.TempDir()
	eps, out := filepath.Join(root, "episodes"), filepath.Join(root, "out")
	generateEpisodes(t, eps, 3)
	sheets, probs := Discover([]string{eps}, out)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	tpl := builtin(t)
	errs := make(chan error, 3)
	for range 3 {
		go func() {
			var probs briefing.Problems
			o := Options{Options: briefing.Options{Templates: tpl}, Out: out, Jobs: 2, Force: true, Tool: "test",
				Sheet: func(r *SheetReport) { probs = append(probs, r.Problems...) }}
			rep, err := Run(context.Background(), sheets, o, nil)
			if err == nil && (rep.Built != 3 || rep.Failed != 0) {
				err = fmt.Errorf("built %d, failed %d; want 3, 0: %v", rep.Built, rep.Failed, probs)
			}
			errs <- err
		}()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if left := stagingLeft(t, out); len(left) > 0 {
		t.Errorf("staging folders left behind: %v", left)
	}
	for _, f := range []string{"gen-0001/script.md", "gen-0003/episode.json", "index.json", ".briefing-state.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing output: %v", err)
		}
	}
}

// TestBatchWaitsForAnotherProcess holds the output folder's lock in
// another process (flock(1)): the batch says it waits, writes nothing
// until the lock is free, then builds.
func TestBatchWaitsForAnotherProcess(t *testing.T) {
	flock, err := exec.LookPath("flock")
	if err != nil {
		t.Skip("no flock(1)")
	}
	root := t.TempDir()
	eps, out := filepath.Join(root, "episodes"), filepath.Join(root, "out")
	generateEpisodes(t, eps, 1)
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	holder := exec.Command(flock, filepath.Join(out, lockFile), "sh", "-c", "echo locked; read x")
	stdin, _ := holder.StdinPipe()
	stdout, _ := holder.StdoutPipe()
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Wait()
	defer stdin.Close()
	if line, err := bufio.NewReader(stdout).ReadString('\n'); err != nil || line != "locked\n" {
		t.Fatalf("flock(1) said %q (%v)", line, err)
	}

	waiting := make(chan struct{})
	done := make(chan error, 1)
	sheets, _ := Discover([]string{eps}, out)
	go func() {
		_, err := Run(context.Background(), sheets, Options{Options: briefing.Options{Templates: builtin(t)}, Out: out, Tool: "test",
			Waiting: func() { close(waiting) }}, nil)
		done <- err
	}()
	select {
	case <-waiting:
	case err := <-done:
		t.Fatalf("the batch did not wait for the lock (err %v)", err)
	case <-time.After(time.Minute):
		t.Fatal("the batch neither waited nor finished")
	}
	if _, err := os.Stat(filepath.Join(out, "gen-0001")); err == nil {
		t.Error("the batch wrote while another process held the lock")
	}
	stdin.Close()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the batch did not go ahead once the lock was free")
	}
	if _, err := os.Stat(filepath.Join(out, "gen-0001", "script.md")); err != nil {
		t.Errorf("not built: %v", err)
	}
}

// TestBatchWaitCancelled interrupts a batch waiting for the lock: it
// returns at once and writes nothing.
func TestBatchWaitCancelled(t *testing.T) {
	root := t.TempDir()
	eps, out := filepath.Join(root, "episodes"), filepath.Join(root, "out")
	generateEpisodes(t, eps, 2)
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	held, err := lockOut(context.Background(), out, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer held.unlock()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sheets, _ := Discover([]string{eps}, out)
	_, err = Run(ctx, sheets, Options{Options: briefing.Options{Templates: builtin(t)}, Out: out, Tool: "test", Waiting: cancel}, nil)
	if err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Fatalf("err = %v, want interrupted", err)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 1 || entries[0].Name() != lockFile {
		t.Errorf("the interrupted batch left %v", entries)
	}
}

// TestBatchFailedTakesNoLock runs a batch in which every sheet fails while
// another build holds the lock: it does not wait, and a first build does
// not even make the output folder.
func TestBatchFailedTakesNoLock(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "bad", "episode.yaml"), strings.Replace(generate.Sheet(1), "target: 9m", "target: 9", 1))
	sheets := []string{filepath.Join(root, "bad", "episode.yaml")}
	o := Options{Options: briefing.Options{Templates: builtin(t)}, Out: filepath.Join(root, "out"), Tool: "test",
		Waiting: func() { t.Error("a batch that writes nothing waited for the lock") }}
	if rep, err := Run(context.Background(), sheets, o, nil); err != nil || rep.Failed != 1 {
		t.Fatalf("failed %d, err %v; want 1, nil", rep.Failed, err)
	}
	if _, err := os.Stat(o.Out); err == nil {
		t.Error("a batch that failed made the output folder")
	}
	os.MkdirAll(o.Out, 0o755)
	held, err := lockOut(context.Background(), o.Out, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer held.unlock()
	if rep, err := Run(context.Background(), sheets, o, nil); err != nil || rep.Failed != 1 {
		t.Fatalf("failed %d, err %v; want 1, nil", rep.Failed, err)
	}
}

// TestBatchWriteInTheSameTick rewrites a fact sheet just after it was
// built, keeping its size and modification time, as a second write within
// one tick of the file system's clock does: the rebuild notices, since a
// stamp taken so soon after a write is not trusted.
func TestBatchWriteInTheSameTick(t *testing.T) {
	root := t.TempDir()
	eps, out := filepath.Join(root, "episodes"), filepath.Join(root, "out")
	sheet := filepath.Join(eps, "gen-0001", "episode.yaml")
	writeFile(t, sheet, generate.Sheet(1))
	fi, err := os.Stat(sheet)
	if err != nil {
		t.Fatal(err)
	}
	tpl := builtin(t)
	if rep := runBatch(t, tpl, eps, out, false); rep.Built != 1 {
		t.Fatalf("built %d, want 1", rep.Built)
	}
	writeFile(t, sheet, strings.Replace(generate.Sheet(1), "Anna Host", "Anna Hust", 1))
	if err := os.Chtimes(sheet, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if rep := runBatch(t, tpl, eps, out, false); rep.Built != 1 {
		t.Fatalf("built %d, unchanged %d; want the rewritten sheet built", rep.Built, rep.Unchanged)
	}
	if data, _ := os.ReadFile(filepath.Join(out, "gen-0001", "script.md")); !strings.Contains(string(data), "Anna Hust") {
		t.Error("the rebuild did not use the rewritten sheet")
	}
}

// TestBatchConcurrentBuildOnce runs three builds of the same season into one
// output folder that briefing has built into before: the one that gets the
// lock first renders the season; the others wait for it and find it
// unchanged instead of rendering it again.
func TestBatchConcurrentBuildOnce(t *testing.T) {
	root := t.TempDir()
	first, eps, out := filepath.Join(root, "first"), filepath.Join(root, "episodes"), filepath.Join(root, "out")
	generateEpisodes(t, first, 1)
	generateEpisodes(t, eps, 4)
	tpl := builtin(t)
	o := Options{Options: briefing.Options{Templates: tpl}, Out: out, Jobs: 2, Tool: "test"}
	before, _ := Discover([]string{first}, out)
	if _, err := Run(context.Background(), before, o, nil); err != nil {
		t.Fatal(err)
	}
	sheets, _ := Discover([]string{eps}, out)
	type result struct {
		rep *Report
		err error
	}
	results := make(chan result, 3)
	for range 3 {
		go func() {
			rep, err := Run(context.Background(), sheets, o, nil)
			results <- result{rep, err}
		}()
	}
	built, unchanged := 0, 0
	for range 3 {
		r := <-results
		if r.err != nil {
			t.Fatal(r.err)
		}
		built, unchanged = built+r.rep.Built, unchanged+r.rep.Unchanged
	}
	if built != 4 || unchanged != 8 {
		t.Errorf("built %d and unchanged %d in all; want 4 and 8 (the season rendered once)", built, unchanged)
	}
}

// TestAcquireReadsStateWithTheLock checks that the lock and the state read
// under it appear together: a sheet that finds the lock taken (and so
// does not wait for it) must not skip or build by a state read before
// another build wrote it. Reading it later, outside acquire, once let a
// second worker of the same batch render a sheet the build it waited for
// had built.
func TestAcquireReadsStateWithTheLock(t *testing.T) {
	root := t.TempDir()
	eps, out := filepath.Join(root, "episodes"), filepath.Join(root, "out")
	generateEpisodes(t, eps, 1)
	o := Options{Options: briefing.Options{Templates: builtin(t)}, Out: out, Jobs: 1, Tool: "test"}
	stale := readState(out) // read before the other build wrote it
	sheets, _ := Discover([]string{eps}, out)
	if _, err := Run(context.Background(), sheets, o, nil); err != nil {
		t.Fatal(err)
	}
	b := &batch{o: o, state: stale}
	defer b.release()
	if err := b.acquire(context.Background()); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(sheets[0])
	if b.state.Sheets[abs] == nil || b.reads != 1 {
		t.Errorf("after acquire: state has the built sheet %v, reads %d; want true and 1", b.state.Sheets[abs] != nil, b.reads)
	}
}
