package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"time"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/batch"
	"github.com/spf13/cobra"
)

type buildOptions struct {
	io     *iostreams
	ctx    context.Context
	paths  []string
	out    string
	jobs   int
	force  bool
	quiet  bool
	json   bool
	now    func() time.Time
	isTerm func(io.Writer) bool
	compileFlags
}

func newBuildCmd(ios *iostreams, runF func(*buildOptions) error) *cobra.Command {
	opts := &buildOptions{io: ios, now: time.Now, isTerm: isTerminal}
	cmd := &cobra.Command{
		Use:   "build EPISODE...",
		Short: "Render fact sheets into OUT/<slug>/: script, rundowns, episode.json",
		Long: `build renders fact sheets, episode folders (holding episode.yaml) and folders of
episode folders, in every edition each sheet defines, into OUT/<slug>/, several
at a time. An episode whose fact sheet, sources, voices, templates and briefing
itself are unchanged since its last build is skipped (--force rebuilds it). A
sheet with errors writes nothing and leaves its previous output as it was; the
others are written all the same. OUT/index.html and OUT/index.json list the
episodes of the batch.

build replaces only what it made: an episode folder that holds only its own
files, with an episode.json of briefing's naming the folder, and an index.html or index.json beside its
.briefing-state.json. It refuses an OUT that is, holds or lies inside an episode
folder, the --templates folder or a voice file's folder. Builds into one OUT
take turns (OUT/.briefing-lock).`,
		Args: args(1, -1),
		RunE: func(cmd *cobra.Command, a []string) error {
			opts.paths, opts.ctx = a, cmd.Context()
			return runF(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.out, "out", "o", "out", "output folder")
	cmd.Flags().IntVarP(&opts.jobs, "jobs", "j", runtime.NumCPU(), "fact sheets to render at once")
	cmd.Flags().BoolVar(&opts.force, "force", false, "rebuild episodes that have not changed")
	cmd.Flags().BoolVarP(&opts.quiet, "quiet", "q", false, "print only problems")
	cmd.Flags().BoolVar(&opts.json, "json", false, "print one JSON object per fact sheet and a summary")
	opts.register(cmd)
	return cmd
}

func buildRun(opts *buildOptions) error {
	start := opts.now()
	// A batch allocates a megabyte or two per episode and keeps a few
	// hundred bytes of each (the rest of what it reports waits in the
	// batch's spool file): garbage is collected each time the heap has
	// grown 24 MiB past what is live (boundHeap), not at a multiple of it
	// as in other commands, so that the peak stays about the same from a
	// hundred episodes to ten thousand (at five times what is live and at
	// most 32 MiB past it, ten thousand took 45% more memory than a
	// hundred; 24 MiB is as fast, 16 MiB takes 10% more CPU).
	defer boundHeap(24 << 20)()
	if opts.jobs < 1 {
		return usageError{fmt.Errorf("-j %d: must be at least 1", opts.jobs)}
	}
	o, err := opts.options()
	if err != nil {
		return failIf(opts.io.err, err)
	}
	sheets, probs := batch.Discover(opts.paths, opts.out)
	if len(probs) > 0 {
		printProblems(opts.io.err, probs)
		return errFailed
	}
	live := !opts.quiet && !opts.json && opts.isTerm(opts.io.err)
	// What was written is known only once the batch is in place: a
	// sheet's lines and problems come after it, never for an episode that
	// was not written. A problem of a file that several sheets read (a
	// source, a template) is told once.
	told := map[briefing.Problem]bool{}
	cleared := false
	sheet := func(r *batch.SheetReport) {
		if !cleared {
			fmt.Fprint(opts.io.err, clearLine(live))
			cleared = true
		}
		switch {
		case opts.json:
			writeJSONLine(opts.io.out, sheetJSON(r))
		case !opts.quiet && !live:
			printSheet(opts.io.out, opts.out, r)
		}
		var probs briefing.Problems
		for _, p := range r.Problems {
			if p.Path != r.Path {
				if told[p] {
					continue
				}
				told[p] = true
			}
			probs = append(probs, p)
		}
		printProblems(opts.io.err, probs)
	}
	bo := batch.Options{Options: o, Out: opts.out, Jobs: opts.jobs, Force: opts.force, Tool: toolHash(), Sheet: sheet,
		Waiting: func() {
			fmt.Fprintf(opts.io.err, "%swaiting for another build into %s to finish\n", clearLine(live), opts.out)
		}}
	var progress func(done, total int, r *batch.SheetReport)
	if live {
		progress = func(done, total int, _ *batch.SheetReport) {
			fmt.Fprintf(opts.io.err, "\r\033[Kbuilding %d/%d", done, total)
		}
	}
	report, err := batch.Run(opts.ctx, sheets, bo, progress)
	fmt.Fprint(opts.io.err, clearLine(live))
	if err != nil {
		return failIf(opts.io.err, err)
	}
	elapsed := opts.now().Sub(start).Round(10 * time.Millisecond)
	switch {
	case opts.json:
		writeJSONLine(opts.io.out, map[string]any{"built": report.Built, "unchanged": report.Unchanged, "failed": report.Failed, "seconds": elapsed.Seconds()})
	case !opts.quiet || report.Failed > 0:
		fmt.Fprintf(opts.io.out, "built %d, unchanged %d, failed %d in %s\n", report.Built, report.Unchanged, report.Failed, elapsed)
	}
	if report.Failed > 0 {
		return errFailed
	}
	return nil
}

// boundHeap has garbage collected when the heap has grown room past
// what the last collection found live, and only then (the GC percentage
// is off meanwhile), by setting the soft memory limit now and ten times a
// second, until the function it returns is called (which puts both back).
// Between collections the limit stays where the last one put it.
func boundHeap(room uint64) (stop func()) {
	prevLimit := debug.SetMemoryLimit(-1)
	prevPercent := debug.SetGCPercent(-1)
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	bound := func() {
		metrics.Read(live)
		if live[0].Value.Kind() == metrics.KindUint64 {
			debug.SetMemoryLimit(int64(min(live[0].Value.Uint64()+room, math.MaxInt64)))
		}
	}
	bound()
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				bound()
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
		debug.SetGCPercent(prevPercent)
		debug.SetMemoryLimit(prevLimit)
	}
}

// clearLine returns what erases the live count, when there is one.
func clearLine(live bool) string {
	if live {
		return "\r\033[K"
	}
	return ""
}

// printSheet writes one plain line per episode of a sheet.
func printSheet(w io.Writer, out string, r *batch.SheetReport) {
	if r.Status == batch.Failed {
		fmt.Fprintf(w, "failed %s\n", r.Path)
		return
	}
	for _, e := range r.Entries {
		fmt.Fprintf(w, "%s %s: %s, runs %s of %s (%s)\n", r.Status, filepath.Join(out, e.Slug), e.Edition,
			briefing.Clock(secondsDuration(e.TotalSeconds)), briefing.Clock(secondsDuration(e.TargetSeconds)), briefing.OverUnder(secondsDuration(e.OverSeconds)))
	}
}

func sheetJSON(r *batch.SheetReport) map[string]any {
	probs := []string{}
	for _, p := range r.Problems {
		probs = append(probs, p.String())
	}
	slugs := []string{}
	for _, e := range r.Entries {
		slugs = append(slugs, e.Slug)
	}
	return map[string]any{"sheet": r.Path, "status": r.Status, "slugs": slugs, "problems": probs}
}

func writeJSONLine(w io.Writer, v any) {
	data, _ := json.Marshal(v)
	fmt.Fprintf(w, "%s\n", data)
}

// isTerminal reports whether w is a terminal, for the live progress line.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// toolHash identifies this build of briefing, so that a new version
// rebuilds every episode: the commit and build settings Go recorded for a
// build from a clean checkout, or a released module's version and sum,
// and otherwise the Go build ID the linker wrote near the start of the
// executable (it changes with any change to the code), read from its
// first 32 KB instead of hashing all 20 MB; a hash of the whole file only
// when there is none.
func toolHash() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		var settings []string
		clean, rev := false, ""
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.modified":
				clean = s.Value == "false"
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				continue
			}
			settings = append(settings, s.Key+"="+s.Value)
		}
		if clean && rev != "" {
			return "build:" + bi.GoVersion + "\x00" + strings.Join(settings, "\x00")
		}
		if v := bi.Main.Version; v != "" && v != "(devel)" && bi.Main.Sum != "" {
			return "module:" + bi.Main.Path + "@" + v + "\x00" + bi.Main.Sum + "\x00" + bi.GoVersion + "\x00" + strings.Join(settings, "\x00")
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	f, err := os.Open(exe)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	head := make([]byte, 32<<10)
	n, _ := io.ReadFull(f, head)
	if id := goBuildID(head[:n]); id != "" {
		return "buildid:" + id
	}
	h := sha256.New()
	h.Write(head[:n])
	if _, err := io.Copy(h, f); err != nil {
		return "unknown"
	}
	return hex.EncodeToString(h.Sum(nil))
}

// goBuildID finds the build ID the Go linker writes into an executable's
// first pages, as go tool buildid does: in an ELF file the note
// .note.go.buildid (name "Go", type 4), elsewhere the text
// `\xff Go build ID: "…"`. Empty when there is none.
func goBuildID(head []byte) string {
	for off := 0; ; {
		i := bytes.Index(head[off:], []byte("Go\x00\x00"))
		if i < 0 {
			break
		}
		i += off
		off = i + 4
		if i < 12 {
			continue
		}
		for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
			h := head[i-12 : i]
			size := int(order.Uint32(h[4:8]))
			if order.Uint32(h[0:4]) == 4 && order.Uint32(h[8:12]) == 4 && size > 0 && size <= 256 && i+4+size <= len(head) {
				return string(head[i+4 : i+4+size])
			}
		}
	}
	const prefix = "\xff Go build ID: \""
	i := bytes.Index(head, []byte(prefix))
	if i < 0 {
		return ""
	}
	rest := head[i+len(prefix):]
	j := bytes.IndexByte(rest, '"')
	if j <= 0 {
		return ""
	}
	return string(rest[:j])
}
