package briefing

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"text/template"
	"text/template/parse"
	"time"
)

// OutputsDir is the template folder of the output files (script.md,
// rundown.txt); every other folder is a format.
const OutputsDir = "outputs"

// TemplateFile is one template file of a set: its path inside the set
// (slash-separated, e.g. "explainer/expert.tmpl"), the name it is reported
// under, its text and whether it comes from the user's folder.
type TemplateFile struct {
	Rel    string
	Name   string
	Source string
	User   bool
	// Replaces tells that a user file takes the place of a built-in one.
	Replaces bool
}

// Templates is the built-in template set overlaid with a user's folder,
// parsed: a user file replaces the built-in file of the same path, and new
// user files add formats, kinds or partials. Build it with LoadTemplates.
type Templates struct {
	// Timeout bounds how long one template may run for one segment or
	// output; zero means no limit. A template from elsewhere must not be
	// able to hang a batch.
	Timeout time.Duration

	files   map[string]*TemplateFile
	formats map[string]map[string]*template.Template // format → kind → template
	outputs map[string]executor                      // output file name → template
}

// LoadTemplates reads the built-in templates from builtin (files named as
// under builtinName, e.g. "templates") and overlays the files of userDir
// when it is not empty. Every template is parsed; parse errors and calls of
// denied functions are all reported, positioned.
func LoadTemplates(builtin fs.FS, builtinName, userDir string) (*Templates, error) {
	t := &Templates{files: map[string]*TemplateFile{}}
	if err := t.add(builtin, builtinName, false); err != nil {
		return nil, err
	}
	if userDir != "" {
		fi, err := os.Stat(userDir)
		if err != nil {
			return nil, fmt.Errorf("--templates %s: %w", userDir, cleanPathError(err))
		}
		if !fi.IsDir() {
			return nil, fmt.Errorf("--templates %s: not a folder", userDir)
		}
		if err := t.add(os.DirFS(userDir), filepath.ToSlash(filepath.Clean(userDir)), true); err != nil {
			return nil, err
		}
	}
	if probs := t.parse(); len(probs) > 0 {
		return nil, probs.Unique()
	}
	return t, nil
}

// maxTemplateFiles bounds how many template files a folder may hold, and
// maxTemplateSize how large each may be: a template set is a few dozen
// pages of text, and a folder far beyond that (a home folder named by
// mistake, generated files) is refused before it is read.
const (
	maxTemplateFiles = 1000
	maxTemplateSize  = 1 << 20
)

// add reads every .tmpl file of fsys into the set. A user folder (name is
// its path) is walked without following links out of the folder; a file
// that is not a regular file is refused without being opened, and a folder
// with more than maxTemplateFiles templates before any is read.
func (t *Templates) add(fsys fs.FS, name string, user bool) error {
	var probs Problems
	var files []string
	tooMany := false
	err := fs.WalkDir(fsys, ".", func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			probs = append(probs, Problem{Path: path.Join(name, p), Message: cleanPathError(err).Error()})
			return nil
		}
		if de.IsDir() || !strings.HasSuffix(p, ".tmpl") {
			return nil
		}
		if len(files) == maxTemplateFiles {
			tooMany = true
			return fs.SkipAll
		}
		if user && !de.Type().IsRegular() && de.Type()&fs.ModeSymlink == 0 {
			probs = append(probs, Problem{Path: path.Join(name, p), Message: notRegular(de.Type()).Error()})
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return err
	}
	if tooMany {
		return Problems{{Path: name, Message: fmt.Sprintf("more than %d template files; a template folder holds a few dozen (is this the right folder?)", maxTemplateFiles)}}
	}
	for _, p := range files {
		display := path.Join(name, p)
		if strings.Count(p, "/") > 1 {
			probs = append(probs, Problem{Path: display, Message: "templates live one folder deep: FORMAT/KIND.tmpl, FORMAT/_partial.tmpl or _shared.tmpl"})
			continue
		}
		var data []byte
		if user {
			data, err = readUserTemplate(name, p)
		} else {
			data, err = fs.ReadFile(fsys, p)
		}
		if err != nil {
			probs = append(probs, Problem{Path: display, Message: cleanPathError(err).Error()})
			continue
		}
		_, replaces := t.files[p]
		t.files[p] = &TemplateFile{Rel: p, Name: display, Source: string(data), User: user, Replaces: replaces}
	}
	if len(probs) > 0 {
		return probs
	}
	return nil
}

// readUserTemplate reads the template rel of the user's folder dir: a
// regular file inside the folder, links followed, of at most
// maxTemplateSize bytes, checked before it is opened.
func readUserTemplate(dir, rel string) ([]byte, error) {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, err
	}
	real, err := realPath(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		return nil, err
	}
	if root, err = filepath.Abs(root); err != nil {
		return nil, err
	}
	if !inFolder(real, root) {
		return nil, errors.New("is a link to a file outside the template folder; copy the file in instead")
	}
	f, err := new(Inputs).readReal(real, maxTemplateSize, " for a template")
	if err != nil {
		return nil, err
	}
	return f.data, nil
}

// Files lists the set's files sorted by path.
func (t *Templates) Files() []*TemplateFile {
	out := make([]*TemplateFile, 0, len(t.files))
	for _, f := range t.files {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Rel < out[j].Rel })
	return out
}

// File returns the file at rel, e.g. "explainer/expert.tmpl".
func (t *Templates) File(rel string) (*TemplateFile, error) {
	if f, ok := t.files[rel]; ok {
		return f, nil
	}
	var names []string
	for _, f := range t.Files() {
		names = append(names, f.Rel)
	}
	return nil, fmt.Errorf("no template %q%s", rel, suggest(rel, names))
}

// Formats lists the formats the set can render.
func (t *Templates) Formats() []string { return mapKeys(t.formats) }

func isPartial(rel string) bool { return strings.HasPrefix(path.Base(rel), "_") }

// parse builds one template tree per format kind and per output: the kind
// file first, then the shared and the format's partials, so that a partial's
// {{define}} replaces a {{block}} of the kind file.
func (t *Templates) parse() Problems {
	var probs Problems
	fm := Funcs()
	t.formats = map[string]map[string]*template.Template{}
	t.outputs = map[string]executor{}
	var shared []*TemplateFile
	partials := map[string][]*TemplateFile{}
	for _, f := range t.Files() {
		dir := path.Dir(f.Rel)
		switch {
		case dir == "." && isPartial(f.Rel):
			shared = append(shared, f)
		case dir == ".":
			probs = append(probs, Problem{Path: f.Name, Message: "a template at the top of the folder must be a shared partial named _NAME.tmpl; kinds go in FORMAT/KIND.tmpl"})
		case isPartial(f.Rel):
			partials[dir] = append(partials[dir], f)
		}
	}
	for _, f := range t.Files() {
		dir := path.Dir(f.Rel)
		if dir == "." || isPartial(f.Rel) {
			continue
		}
		base := strings.TrimSuffix(path.Base(f.Rel), ".tmpl")
		if dir == OutputsDir {
			// HTML outputs go through html/template, with the HTML
			// partials; the others through text/template.
			var extra []*TemplateFile
			for _, p := range partials[dir] {
				if isHTML(p.Rel) == isHTML(f.Rel) {
					extra = append(extra, p)
				}
			}
			var tmpl executor
			var fprobs Problems
			if isHTML(f.Rel) {
				tmpl, fprobs = parseHTMLTree(f, extra, fm)
			} else {
				tmpl, fprobs = parseTree(f, extra, fm)
			}
			probs = append(probs, fprobs...)
			if fprobs == nil {
				t.outputs[base] = tmpl
			}
			continue
		}
		tmpl, fprobs := parseTree(f, append(append([]*TemplateFile(nil), shared...), partials[dir]...), fm)
		probs = append(probs, fprobs...)
		if tmpl == nil {
			continue
		}
		if t.formats[dir] == nil {
			t.formats[dir] = map[string]*template.Template{}
		}
		t.formats[dir][base] = tmpl
	}
	for _, want := range OutputNames {
		if want == "episode.json" {
			continue
		}
		if _, ok := t.outputs[want]; !ok && len(probs) == 0 {
			probs = append(probs, Problem{Path: OutputsDir + "/" + want + ".tmpl", Message: "missing output template"})
		}
	}
	return probs
}

// executor is a parsed template of either package.
type executor interface {
	Execute(w io.Writer, data any) error
}

func isHTML(rel string) bool { return strings.HasSuffix(rel, ".html.tmpl") }

// parseHTMLTree parses an HTML output template and its partials with
// html/template, so that everything the fact sheet says is escaped.
func parseHTMLTree(main *TemplateFile, partials []*TemplateFile, fm template.FuncMap) (*htmltemplate.Template, Problems) {
	root := htmltemplate.New(main.Name).Funcs(htmltemplate.FuncMap(fm)).Option("missingkey=error")
	if probs := parseFiles(root, main, partials, func(t *htmltemplate.Template) *parse.Tree { return t.Tree }); len(probs) > 0 {
		return nil, probs
	}
	return root, nil
}

// parseTree parses a main file and its partials into one template, with
// the function map fm (include is bound to the tree itself).
func parseTree(main *TemplateFile, partials []*TemplateFile, fm template.FuncMap) (*template.Template, Problems) {
	root := template.New(main.Name).Funcs(fm).Option("missingkey=error")
	root.Funcs(template.FuncMap{"include": includeFunc(root)})
	if probs := parseFiles(root, main, partials, func(t *template.Template) *parse.Tree { return t.Tree }); len(probs) > 0 {
		return nil, probs
	}
	return root, nil
}

// parsable is what text/template and html/template templates share.
type parsable[T any] interface {
	New(name string) T
	Parse(text string) (T, error)
	Templates() []T
}

// parseFiles parses the main file into root, then the partials beside it,
// and reports parse errors and every call of a denied function.
func parseFiles[T parsable[T]](root T, main *TemplateFile, partials []*TemplateFile, tree func(T) *parse.Tree) Problems {
	if _, err := root.Parse(main.Source); err != nil {
		return Problems{templateProblem(err)}
	}
	var probs Problems
	for _, p := range partials {
		if _, err := root.New(p.Name).Parse(p.Source); err != nil {
			probs = append(probs, templateProblem(err))
		}
	}
	for _, t := range root.Templates() {
		probs = append(probs, deniedCalls(tree(t))...)
	}
	return probs
}

// maxInclude caps how deep include calls may nest. text/template bounds
// its own {{template}} recursion, but each include starts a new execution,
// so without a cap a template that includes itself would exhaust the
// stack. The count is shared by concurrent renders of the same tree, which
// nest a few levels each: far below the cap.
const maxInclude = 64

// includeFunc returns include: it executes a named template of root and
// returns its output as a string, so that it can be piped ("include
// "speaker-names" . | fit 16").
func includeFunc(root *template.Template) func(string, any) (string, error) {
	var depth atomic.Int32
	return func(name string, data any) (string, error) {
		if depth.Add(1) > maxInclude {
			depth.Add(-1)
			return "", &includeDepthError{name}
		}
		defer depth.Add(-1)
		var b strings.Builder
		if err := root.ExecuteTemplate(&b, name, data); err != nil {
			var de *includeDepthError
			if errors.As(err, &de) {
				return "", de // once, not once per level
			}
			return "", err
		}
		return b.String(), nil
	}
}

type includeDepthError struct{ name string }

func (e *includeDepthError) Error() string {
	return fmt.Sprintf("include %q: nested more than %d deep (does a template include itself?)", e.name, maxInclude)
}

// templateProblem turns a text/template error into a problem. Templates
// are named by path, so text/template's message starts with the template's
// path and position ("template: NAME:LINE:COL: …"); they become the
// problem's position.
func templateProblem(err error) Problem {
	msg := strings.TrimPrefix(err.Error(), "template: ")
	msg = strings.TrimPrefix(msg, "html/template:")
	return located(msg)
}

var locationRE = regexp.MustCompile(`^([^:\s][^:]*):(\d+)(?::(\d+))?: `)

// located splits a leading "path:line[:col]: " off msg into a problem's
// position, so that template problems sort with the others.
func located(msg string) Problem {
	m := locationRE.FindStringSubmatch(msg)
	if m == nil {
		return Problem{Message: msg}
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	return Problem{Path: m[1], Line: line, Col: col, Message: msg[len(m[0]):]}
}

// deniedCalls reports every call of a denied function in a parse tree.
func deniedCalls(tree *parse.Tree) Problems {
	if tree == nil || tree.Root == nil {
		return nil
	}
	var probs Problems
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		if n == nil {
			return
		}
		switch x := n.(type) {
		case *parse.IdentifierNode:
			if why, ok := Denied[x.Ident]; ok {
				loc, _ := tree.ErrorContext(x)
				probs = append(probs, located(fmt.Sprintf("%s: %s: not allowed in templates: it %s", loc, x.Ident, why)))
			}
		case *parse.ListNode:
			if x != nil {
				for _, c := range x.Nodes {
					walk(c)
				}
			}
		case *parse.ActionNode:
			walk(x.Pipe)
		case *parse.PipeNode:
			if x != nil {
				for _, c := range x.Cmds {
					walk(c)
				}
			}
		case *parse.CommandNode:
			for _, a := range x.Args {
				walk(a)
			}
		case *parse.IfNode:
			walk(x.Pipe)
			walk(x.List)
			walk(x.ElseList)
		case *parse.RangeNode:
			walk(x.Pipe)
			walk(x.List)
			walk(x.ElseList)
		case *parse.WithNode:
			walk(x.Pipe)
			walk(x.List)
			walk(x.ElseList)
		case *parse.TemplateNode:
			walk(x.Pipe)
		case *parse.ChainNode:
			walk(x.Node)
		}
	}
	walk(tree.Root)
	return probs
}

// kind returns the template for a segment kind of a format.
func (t *Templates) kind(format, kind string) (*template.Template, error) {
	kinds, ok := t.formats[format]
	if !ok {
		return nil, fmt.Errorf("unknown format %q%s", format, suggest(format, t.Formats()))
	}
	tmpl, ok := kinds[kind]
	if !ok {
		return nil, fmt.Errorf("format %s has no template for kind %q%s", format, kind, suggest(kind, mapKeys(kinds)))
	}
	return tmpl, nil
}

// sources returns the text of every file that went into a template tree,
// for finding where rendered script text was written.
func (t *Templates) sources(tmpl *template.Template) []*TemplateFile {
	var out []*TemplateFile
	for _, tt := range tmpl.Templates() {
		for _, f := range t.files {
			if f.Name == tt.Name() {
				out = append(out, f)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Hash identifies the templates an edition of format renders with: the
// format's files, the shared partials and the output templates. A change to
// any of them changes the hash; a change to another format's does not.
func (t *Templates) Hash(format string) string {
	h := sha256.New()
	for _, f := range t.Files() {
		dir := path.Dir(f.Rel)
		if dir == format || dir == "." || dir == OutputsDir {
			fmt.Fprintf(h, "%s\x00%d\x00%s\x00", f.Rel, len(f.Source), f.Source)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
