package batch

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/internal/atomicfile"
	"github.com/briefing-dev/briefing/briefing/internal/lazy"
)

// A build replaces and deletes only what briefing made. An episode folder
// is briefing's when it holds nothing but the files briefing writes there
// and its episode.json is briefing's contract for that very folder: it
// opens with the folder's name as its slug. That proof travels with the
// folder (a copied or restored output folder stays replaceable) and costs
// no file of its own, while a list in the state file would be lost with
// that one file and would then make every episode folder look foreign. OUT/index.html and OUT/index.json are
// briefing's when OUT holds .briefing-state.json, which briefing writes
// with them; otherwise only when they are absent. And OUT must be apart
// from every input, so that an output can never land on or among them.

// foreignFolder is the message for an episode folder briefing did not make.
const foreignFolder = "exists and was not made by briefing (no episode.json of briefing's naming it); move it away or choose another -o"

// legacyMarker is the file in which builds before this one marked their
// episode folders; a folder holding it is replaced with the rest.
const legacyMarker = ".briefing-hash"

// checkOwned returns an error unless dir is absent or an episode folder
// that briefing made (see ownedContract), holding only files named as
// outputs (names), which a build may replace.
func checkOwned(dir string, names []string) error {
	fi, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return atomicfile.WithoutPath(err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s exists and is not a folder (a link or a file); move it away", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return atomicfile.WithoutPath(err)
	}
	var other string
	contract := false // an episode.json that is a regular file
	for _, e := range entries {
		if !e.Type().IsRegular() || !slices.Contains(names, e.Name()) && e.Name() != legacyMarker {
			if other == "" {
				other = e.Name()
			}
			continue
		}
		contract = contract || e.Name() == "episode.json"
	}
	if !contract || !ownedContract(dir) {
		return errors.New(foreignFolder)
	}
	if other != "" {
		return fmt.Errorf("holds %s, which briefing did not write; move it away or choose another -o", other)
	}
	return nil
}

// ownedContract tells whether dir/episode.json, a regular file (a link
// is not followed), opens as briefing writes it for the folder: `{`, then `"slug": "NAME",` with the
// folder's name.
func ownedContract(dir string) bool {
	f, err := os.OpenFile(filepath.Join(dir, "episode.json"), readFlags, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	slug, _ := json.Marshal(filepath.Base(dir))
	want := "{\n  \"slug\": " + string(slug) + ",\n"
	head := make([]byte, len(want))
	_, err = io.ReadFull(f, head)
	return err == nil && string(head) == want
}

// indexFiles are the files of a batch at the top of the output folder,
// beside the state file.
var indexFiles = []string{"index.json", "index.html"}

// checkIndex refuses an output folder whose index.html or index.json
// briefing did not write: each must be absent, or the folder must hold the
// state file briefing writes with them.
func checkIndex(out string) briefing.Problems {
	if fi, err := os.Lstat(filepath.Join(out, stateFile)); err == nil && fi.Mode().IsRegular() {
		return nil
	}
	var probs briefing.Problems
	for _, name := range indexFiles {
		p := filepath.Join(out, name)
		if _, err := os.Lstat(p); err == nil {
			probs = append(probs, briefing.Problem{Path: p,
				Message: "exists and was not written by briefing (no " + stateFile + " beside it); move it away or choose another -o"})
		}
	}
	return probs
}

// outInput is a folder a build reads: kind names it in messages ("the
// episode folder"), path is as the user gave it or absolute.
type outInput struct {
	kind, path string
}

// checkApart refuses an output folder that is, contains or lies inside one
// of the input folders: writing there would put outputs among the inputs
// or, replacing an episode folder, delete them. Paths are compared after
// resolving links; out need not exist yet. Only the first overlap is
// reported, since the fix for all of them is the same.
func checkApart(out string, inputs []outInput) briefing.Problems {
	real := resolvePath(out)
	for _, in := range inputs {
		dir := resolvePath(in.path)
		var rel string
		switch {
		case real == dir:
			rel = "is"
		case insideDir(real, dir):
			rel = "is inside"
		case insideDir(dir, real):
			rel = "contains"
		default:
			continue
		}
		return briefing.Problems{{Path: out, Message: fmt.Sprintf("output folder %s %s %s; choose an -o outside the episode, source, voice and template folders", rel, in.kind, shownPath(in.path))}}
	}
	return nil
}

// resolvePath returns the absolute path of p with every link resolved. A
// part of the path that does not exist yet is kept as written, after its
// nearest existing parent is resolved.
func resolvePath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	var rest []string
	for dir := abs; ; {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(append([]string{real}, rest...)...)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return abs
		}
		rest = append([]string{filepath.Base(dir)}, rest...)
		dir = parent
	}
}

// insideDir reports whether p lies strictly inside dir; both are clean
// absolute paths.
func insideDir(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// ownStaging matches the names whose staging folders a build clears (see
// atomicfile.Clean): an episode folder's (a slug), and the files a batch
// writes at the top of the output folder.
var ownStaging = lazy.Regexp(`^([a-z0-9]+(-[a-z0-9]+)*|index\.html|index\.json|briefing-state\.json)$`)

// cleanStaging clears what builds that were killed midway left in out. It
// must run only under the output folder's lock, so that no live build's
// folders are taken. Only folders named as briefing names its staging
// folders are touched, never links; a replaced episode folder whose
// replacement never arrived is put back in place.
func cleanStaging(out string) { atomicfile.Clean(out, ownStaging().MatchString) }

// shownPath returns a path for messages: an absolute path inside the
// working folder relative to it, any other as it is.
func shownPath(abs string) string {
	if wd, err := os.Getwd(); err == nil && insideDir(abs, wd) {
		if rel, err := filepath.Rel(wd, abs); err == nil {
			return rel
		}
	}
	return abs
}
