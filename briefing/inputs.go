package briefing

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"github.com/briefing-dev/briefing/briefing/internal/atomicfile"
	"github.com/briefing-dev/briefing/briefing/speech"
	"go.yaml.in/yaml/v3"
)

// maxVoiceFile bounds a voice file's size: a voice is four lines, so
// anything near this is the wrong file.
const maxVoiceFile = 1 << 20

// Inputs reads the files a run takes in (fact sheets, their sources and
// voice files) and says which folders besides each fact sheet's own its
// sources and voice files may be in.
//
// Each file is opened and read once and shared: sources that name the same
// file, a season's voice file that every episode names, and a batch's
// change check before the build it leads to all use one read, keyed by the
// file's real path and Stamp. What was read is kept only while
// something still uses it (the cache holds weak references), so a long
// batch does not accumulate the files of the episodes it has finished.
//
// An Inputs is safe for concurrent use. The zero value allows only each
// fact sheet's own folder; NewInputs allows more.
type Inputs struct {
	allow []string // real, absolute folders besides a fact sheet's own

	mu    sync.Mutex
	files map[fileKey]weak.Pointer[inputFile]
	texts map[[sha256.Size]byte]weak.Pointer[sourceText] // by content: copies of one article share its reading
	reads atomic.Int64                                   // files read from disk, for tests
}

// NewInputs returns an Inputs that also allows sources and voice files in
// dirs (the folders named with --inputs), links resolved. Every folder
// must exist.
func NewInputs(dirs []string) (*Inputs, error) {
	in := &Inputs{}
	var probs Problems
	for _, d := range dirs {
		real, err := realPath(d)
		if err == nil {
			if fi, serr := os.Stat(real); serr != nil {
				err = atomicfile.WithoutPath(serr)
			} else if !fi.IsDir() {
				err = errors.New("not a folder")
			}
		}
		if err != nil {
			probs = append(probs, Problem{Path: d, Message: fmt.Sprintf("--inputs: %v", err)})
			continue
		}
		in.allow = append(in.allow, real)
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return in, nil
}

// fileKey identifies one version of a file.
type fileKey struct {
	real  string
	stamp Stamp
}

// Stamp tells one version of a file from another without reading it:
// two equal stamps of a path taken at different times mean that, as far
// as the file system can tell, the file was neither written nor replaced
// in between. The zero Stamp stands for none: it vouches for nothing.
type Stamp struct {
	Size int64 `json:"size"`
	// ModTime is the modification time, in nanoseconds since 1970.
	ModTime int64 `json:"mtime"`
	// Inode is the file's number on its file system; zero where the
	// system has none (Windows, Plan 9).
	Inode uint64 `json:"inode"`
}

func stampOf(fi fs.FileInfo) Stamp {
	return Stamp{Size: fi.Size(), ModTime: fi.ModTime().UnixNano(), Inode: inode(fi)}
}

// StampOf returns the Stamp of the file at path, links followed, as it is
// now; compare it with an Input's Stamp to tell whether the file changed
// since it was read.
func StampOf(path string) (Stamp, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return Stamp{}, atomicfile.WithoutPath(err)
	}
	return stampOf(fi), nil
}

// racyWindow is how long after a file's modification time a write can
// still leave the time unchanged: file systems keep it in ticks of up to a
// few milliseconds (FAT: two seconds). The Stamp of a file read within it
// cannot vouch for the content read.
const racyWindow = 2 * time.Second

// inputFile is one file as read, shared by everything that names it.
type inputFile struct {
	once  sync.Once
	data  []byte
	err   error
	stamp Stamp       // zero when read within racyWindow of its writing
	ready atomic.Bool // read without error: later reads need not open it

	sumOnce sync.Once
	sum     [sha256.Size]byte

	textOnce sync.Once
	text     *sourceText
	textErr  error
}

// sourceText splits the file into words once, however many sources name
// it; files with the same content (the same article saved beside several
// episodes) share one split and one reading while something holds it.
func (f *inputFile) sourceText(in *Inputs) (*sourceText, error) {
	f.textOnce.Do(func() {
		key := f.digest()
		in.mu.Lock()
		st := in.texts[key].Value()
		in.mu.Unlock()
		if st != nil {
			f.text = st
			return
		}
		if f.text, f.textErr = splitSource(f.data); f.textErr != nil {
			return
		}
		in.mu.Lock()
		defer in.mu.Unlock()
		if st := in.texts[key].Value(); st != nil {
			f.text = st // split at the same time by another sheet
			return
		}
		if in.texts == nil {
			in.texts = map[[sha256.Size]byte]weak.Pointer[sourceText]{}
		}
		wp := weak.Make(f.text)
		in.texts[key] = wp
		runtime.AddCleanup(f.text, func(key [sha256.Size]byte) {
			in.mu.Lock()
			defer in.mu.Unlock()
			if in.texts[key] == wp {
				delete(in.texts, key)
			}
		}, key)
	})
	return f.text, f.textErr
}

// digest is the SHA-256 of the content read, computed once.
func (f *inputFile) digest() [sha256.Size]byte {
	f.sumOnce.Do(func() { f.sum = sha256.Sum256(f.data) })
	return f.sum
}

// Input is a file that loading a fact sheet read (the sheet, a source, a
// voice file), with what was read, so that a later run can tell whether it
// changed: first from its Stamp, without reading it, then from its Sum.
type Input struct {
	// Path is the file's absolute path as named, links not resolved (so
	// that a link pointed elsewhere is a change).
	Path string

	file *inputFile
}

// Stamp describes the file as it was read. It is zero when the file had
// been written so shortly before that a later write could leave the same
// stamp (see racyWindow): then only the content can tell.
func (i Input) Stamp() Stamp { return i.file.stamp }

// Sum is the SHA-256 of the content read, in hex; it is computed once
// for every sheet that read the file.
func (i Input) Sum() string {
	h := i.file.digest()
	return hex.EncodeToString(h[:])
}

// errOutside marks a file outside the allowed folders; it is not read.
var errOutside = errors.New("outside the allowed folders")

// ReadFile reads a file the user named (an article, a reads file, a text
// to time): a regular file of at most max bytes. A named pipe, a device or
// a folder is refused without being read, so that a wrong path never
// blocks.
func ReadFile(path string, max int64) ([]byte, error) {
	f, err := new(Inputs).read(path, max)
	if err != nil {
		return nil, err
	}
	return f.data, nil
}

// maxInputHint says how to raise the limit of a fact sheet or source file.
const maxInputHint = " (raise it with --max-input)"

// Read reads the file at path, links followed, wherever it is, through
// the cache, as Load reads a fact sheet: a later Load of the same version
// of the file, while the Input is in use, neither opens nor reads it
// again. max bounds its size in bytes.
func (in *Inputs) Read(path string, max int64) (Input, error) {
	f, err := in.read(path, max)
	if err != nil {
		return Input{}, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return Input{}, err
	}
	return Input{Path: abs, file: f}, nil
}

// read reads the file at path, following links, wherever it is.
func (in *Inputs) read(path string, max int64) (*inputFile, error) {
	real, err := realPath(path)
	if err != nil {
		return nil, err
	}
	return in.readReal(real, max, maxInputHint)
}

// readInside reads the file at filepath.Join(base, rel) if, links
// followed, it lies inside dir (base's real folder, a fact sheet's) or a
// folder the Inputs allows. A file outside is not opened: errOutside. hint
// follows the message of a file over max bytes.
func (in *Inputs) readInside(base, rel, dir string, max int64, hint string) (*inputFile, error) {
	real, err := realUnder(base, rel, dir)
	if err != nil {
		return nil, err
	}
	if !inFolder(real, dir) && !in.allowed(real) {
		return nil, errOutside
	}
	return in.readReal(real, max, hint)
}

func (in *Inputs) allowed(real string) bool {
	for _, d := range in.allow {
		if inFolder(real, d) {
			return true
		}
	}
	return false
}

// inFolder tells whether the real path p lies inside the real folder dir.
func inFolder(p, dir string) bool {
	r, err := filepath.Rel(dir, p)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) && !filepath.IsAbs(r)
}

// realPath makes path absolute and follows its links. A path that does not
// resolve is reported as the open that would have failed.
func realPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return "", fmt.Errorf("open: %w", pe.Err)
		}
		return "", err
	}
	return real, nil
}

// realUnder is realPath(filepath.Join(base, rel)) where dir is base's real
// path (or "" if it has none): a local rel none of whose parts is a link
// is dir joined with rel, which spares looking up every part of base again
// for each file of a sheet. Anything else is resolved in full.
func realUnder(base, rel, dir string) (string, error) {
	if dir != "" && filepath.IsLocal(rel) {
		p := dir
		for part := range strings.SplitSeq(filepath.Clean(rel), string(filepath.Separator)) {
			p = filepath.Join(p, part)
			if fi, err := os.Lstat(p); err != nil || fi.Mode()&fs.ModeSymlink != 0 {
				return realPath(filepath.Join(base, rel))
			}
		}
		return p, nil
	}
	return realPath(filepath.Join(base, rel))
}

// readReal reads the regular file at real, a path without links, through
// the cache: a version of the file read before is not opened again. The
// file is checked before it is opened (a named pipe or a device is never
// opened) and again once open, without following a link and without
// blocking (openFlags), so that swapping it in between cannot make the
// read block or leave the folder. A file over max bytes is refused before
// it is read; hint says how to raise the limit.
func (in *Inputs) readReal(real string, max int64, hint string) (*inputFile, error) {
	before, err := os.Lstat(real)
	if err != nil {
		return nil, atomicfile.WithoutPath(err)
	}
	if err := regular(before, max, hint); err != nil {
		return nil, err
	}
	if f := in.cached(fileKey{real, stampOf(before)}); f != nil {
		if int64(len(f.data)) > max {
			return nil, tooLarge(max, hint)
		}
		return f, nil
	}
	fh, err := os.OpenFile(real, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, atomicfile.WithoutPath(err)
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return nil, atomicfile.WithoutPath(err)
	}
	if err := regular(fi, max, hint); err != nil {
		return nil, err
	}
	if !os.SameFile(before, fi) {
		return nil, errors.New("the file changed while it was being opened; try again")
	}
	stamp := stampOf(fi)
	f := in.entry(fileKey{real, stamp})
	f.once.Do(func() {
		in.reads.Add(1)
		if time.Since(fi.ModTime()) < racyWindow {
			stamp = Stamp{}
		}
		f.data, f.err = io.ReadAll(io.LimitReader(fh, max+1))
		f.err = atomicfile.WithoutPath(f.err)
		f.stamp = stamp
		f.ready.Store(f.err == nil)
	})
	if f.err != nil {
		return nil, f.err
	}
	if int64(len(f.data)) > max {
		return nil, tooLarge(max, hint)
	}
	return f, nil
}

// cached returns the entry of key when it has been read without error.
func (in *Inputs) cached(key fileKey) *inputFile {
	in.mu.Lock()
	defer in.mu.Unlock()
	if f := in.files[key].Value(); f != nil && f.ready.Load() {
		return f
	}
	return nil
}

// entry returns the shared entry of key, making it when no one holds it.
func (in *Inputs) entry(key fileKey) *inputFile {
	in.mu.Lock()
	defer in.mu.Unlock()
	if f := in.files[key].Value(); f != nil {
		return f
	}
	if in.files == nil {
		in.files = map[fileKey]weak.Pointer[inputFile]{}
	}
	f := &inputFile{}
	wp := weak.Make(f)
	in.files[key] = wp
	runtime.AddCleanup(f, func(key fileKey) {
		in.mu.Lock()
		defer in.mu.Unlock()
		if in.files[key] == wp {
			delete(in.files, key)
		}
	}, key)
	return f
}

// regular refuses what is not a regular file of at most max bytes.
func regular(fi fs.FileInfo, max int64, hint string) error {
	if !fi.Mode().IsRegular() {
		return notRegular(fi.Mode())
	}
	if fi.Size() > max {
		return tooLarge(max, hint)
	}
	return nil
}

func notRegular(m fs.FileMode) error {
	return fmt.Errorf("not a regular file (%s); give the path of a text file", fileKind(m))
}

func tooLarge(max int64, hint string) error {
	return fmt.Errorf("file is larger than the limit of %d bytes%s", max, hint)
}

// fileKind names what a path is when it is not a regular file.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a folder"
	case m&fs.ModeSymlink != 0:
		return "a link"
	}
	return "a special file"
}

// realDir resolves a fact sheet's folder, the one its sources and voice
// files must be in unless the Inputs allows another.
func realDir(s *FactSheet) string {
	dir, err := realPath(s.Dir)
	if err != nil {
		return "" // nothing is within it: every file is checked against the allowed folders alone
	}
	return dir
}

// loadSources reads the text of every source that names a file and
// records the files on the sheet. Sources naming the same file share one
// read and one split.
func (in *Inputs) loadSources(s *FactSheet, dir string, max int64) (map[*Source]*sourceText, Problems) {
	var probs Problems
	texts := map[*Source]*sourceText{}
	for _, src := range s.Sources {
		if src.File == "" {
			continue
		}
		fail := func(msg string) {
			probs = append(probs, Problem{Path: s.Path, Line: src.Pos.Line, Col: src.Pos.Col, Field: "sources." + src.ID + ".file", Message: msg})
		}
		rel := filepath.FromSlash(src.File)
		path := filepath.Join(s.Dir, rel)
		f, err := in.readInside(s.Dir, rel, dir, max, maxInputHint)
		if errors.Is(err, errOutside) {
			fail(outsideMessage(src.File))
			continue
		}
		if err != nil {
			fail(fmt.Sprintf("cannot read %q: %v", src.File, err))
			continue
		}
		st, err := f.sourceText(in)
		if err != nil {
			fail(fmt.Sprintf("cannot read %q: %v", src.File, err))
			continue
		}
		s.addInput(path, f)
		texts[src] = st
	}
	return texts, probs
}

// loadVoices reads the voice files the speakers name and records them on
// the sheet.
func (in *Inputs) loadVoices(s *FactSheet, dir string) Problems {
	var probs Problems
	for _, sp := range s.Speakers {
		if sp.VoiceFile == "" {
			continue
		}
		fail := func(msg string) {
			probs = append(probs, Problem{Path: s.Path, Line: sp.voicePos.Line, Col: sp.voicePos.Col, Field: "speakers." + sp.ID + ".voice", Message: msg})
		}
		rel := filepath.FromSlash(sp.VoiceFile)
		base, path := s.Dir, filepath.Join(s.Dir, rel)
		if filepath.IsAbs(rel) {
			base, path = "", rel
		}
		f, err := in.readInside(base, rel, dir, maxVoiceFile, " for a voice file")
		if errors.Is(err, errOutside) {
			fail(outsideMessage(sp.VoiceFile))
			continue
		}
		if err != nil {
			fail(fmt.Sprintf("%s: %v", sp.VoiceFile, err))
			continue
		}
		v, vprobs := parseVoiceFile(path, f.data)
		if len(vprobs) > 0 && vprobs[0].Line == 0 {
			fail(fmt.Sprintf("%s: %s", sp.VoiceFile, vprobs[0].Message))
			continue
		}
		probs = append(probs, vprobs...)
		s.addInput(path, f)
		sp.Voice = v
	}
	return probs
}

func outsideMessage(name string) string {
	return fmt.Sprintf("%q is outside the episode folder (after links); move it in or allow its folder with --inputs", name)
}

// addInput records a file the load read, once per path.
func (s *FactSheet) addInput(path string, f *inputFile) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	for _, i := range s.inputs {
		if i.Path == path {
			return
		}
	}
	s.inputs = append(s.inputs, Input{path, f})
}

// Inputs lists the files Load read for the sheet, each once: the sheet
// first, then its sources' files and its voice files.
func (s *FactSheet) Inputs() []Input { return s.inputs }

// LoadVoice reads a voice file: wpm, and optionally comma, sentence and
// paragraph pause lengths, as briefing calibrate writes it.
func LoadVoice(path string) (*speech.Voice, Problems) {
	real, err := realPath(path)
	if err != nil {
		return nil, Problems{{Path: path, Message: err.Error()}}
	}
	f, err := new(Inputs).readReal(real, maxVoiceFile, " for a voice file")
	if err != nil {
		return nil, Problems{{Path: path, Message: err.Error()}}
	}
	return parseVoiceFile(path, f.data)
}

// parseVoiceFile decodes a voice file read from disk. A file that is YAML
// but not a mapping (an .env file or an article named by mistake) is
// refused without quoting it: a voice file's content never reaches a
// message unless it is a voice file.
func parseVoiceFile(path string, data []byte) (*speech.Voice, Problems) {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) == nil && len(doc.Content) > 0 && doc.Content[0].Kind != yaml.MappingNode {
		return nil, Problems{{Path: path, Message: "not a voice file (a voice file is a mapping of wpm: and optional comma:, sentence:, paragraph:, as briefing calibrate writes it)"}}
	}
	return ParseVoice(path, data)
}
