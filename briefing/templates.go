package briefing

import (
	"bytes"
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
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"
	"time"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/briefing/internal/atomicfile"
	"github.com/briefing-dev/briefing/briefing/internal/lazy"
)

// OutputsDir is the template folder of the output files (script.md,
// rundown.txt); every other folder is a format.
const OutputsDir = "outputs"

// IndexOutput is the output template of a batch's index page, rendered
// with Execute: outputs/index.html.tmpl.
const IndexOutput = "index.html"

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
	// Timeout bounds how long the templates may run for one fact sheet
	// compiled (all its editions, segments and outputs together), or for
	// one call of Render or Outputs; zero means no limit. A template from
	// elsewhere must not be able to hang a batch.
	Timeout time.Duration

	dir   string
	files map[string]*TemplateFile
	kinds map[string][]string // format → its kinds
	// outputs are the names of the files an episode's outputs are
	// written as (OutputNames), fixed once the set is loaded.
	outputs []string
	// native are the outputs rendered in Go instead of through their
	// templates (see nativeOutput), fixed once the set is loaded.
	native map[string]*nativeRender
	// nativeIndex says the index page is written in Go (see WriteIndex).
	nativeIndex bool
	// segments are the segment kinds rendered in Go instead of through
	// their templates, by format and kind (see nativeSegment), fixed once
	// the set is loaded.
	segments map[string]map[string]nativeSegment

	mu   sync.Mutex
	free []*templateSet
}

// Dir is the user's template folder, as given to LoadTemplates; empty
// when the set is only the built-in one.
func (t *Templates) Dir() string { return t.dir }

// LoadTemplates reads the built-in templates from builtin (files named as
// under builtinName, e.g. "templates") and overlays the files of userDir
// when it is not empty. Every template is parsed; parse errors and calls of
// denied functions are all reported, positioned.
func LoadTemplates(builtin fs.FS, builtinName, userDir string) (*Templates, error) {
	t := &Templates{dir: userDir, files: map[string]*TemplateFile{}}
	if err := t.add(builtin, builtinName, false); err != nil {
		return nil, err
	}
	if userDir != "" {
		fi, err := os.Stat(userDir)
		if err != nil {
			return nil, fmt.Errorf("--templates %s: %w", userDir, atomicfile.WithoutPath(err))
		}
		if !fi.IsDir() {
			return nil, fmt.Errorf("--templates %s: not a folder", userDir)
		}
		if err := t.add(os.DirFS(userDir), filepath.ToSlash(filepath.Clean(userDir)), true); err != nil {
			return nil, err
		}
	}
	// The outputs rendered in Go are not parsed: a built-in template
	// needs no check, and parsing it would be most of a command's start.
	t.native = t.nativeFor()
	t.nativeIndex = t.builtIn(IndexOutput)
	t.segments = t.nativeSegmentsFor()
	set, probs := t.parse()
	if len(probs) > 0 {
		return nil, probs.Unique()
	}
	t.kinds = map[string][]string{}
	for f, kinds := range set.formats {
		t.kinds[f] = mapKeys(kinds)
	}
	t.outputs = t.outputNames()
	t.release(set)
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
			probs = append(probs, Problem{Path: path.Join(name, p), Message: atomicfile.WithoutPath(err).Error()})
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
			probs = append(probs, Problem{Path: display, Message: atomicfile.WithoutPath(err).Error()})
			continue
		}
		// A template's bytes go into every output: only plain UTF-8
		// text, without a byte order mark or control characters.
		data, prob := plainText(display, data)
		if prob != nil {
			probs = append(probs, *prob)
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

// Export writes the set's files into dir, each at its path in the set
// (e.g. dir/explainer/expert.tmpl), atomically. A file that already holds
// the template is left as it is; any other file in the way (a different
// text, a link) is replaced only when overwrite is set. Otherwise each is
// reported, and nothing is written.
func (t *Templates) Export(dir string, overwrite bool) error {
	var todo []*TemplateFile
	var probs Problems
	for _, f := range t.Files() {
		p := filepath.Join(dir, filepath.FromSlash(f.Rel))
		fi, err := os.Lstat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			todo = append(todo, f)
			continue
		case err != nil:
			return fmt.Errorf("%s: %w", p, atomicfile.WithoutPath(err))
		}
		if fi.Mode().IsRegular() {
			if data, err := os.ReadFile(p); err == nil && string(data) == f.Source {
				continue
			}
		}
		if !overwrite {
			probs = append(probs, Problem{Path: p, Message: "exists and differs from the template; export into an empty folder, or add --force to overwrite it"})
		}
		todo = append(todo, f)
	}
	if len(probs) > 0 {
		return probs
	}
	for _, f := range todo {
		if err := WriteFile(filepath.Join(dir, filepath.FromSlash(f.Rel)), []byte(f.Source)); err != nil {
			return err
		}
	}
	return nil
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
func (t *Templates) Formats() []string { return mapKeys(t.kinds) }

func isPartial(rel string) bool { return strings.HasPrefix(path.Base(rel), "_") }

// outputNameRE is the form of an output file's name: NAME.EXT, never a
// hidden file (briefing's own markers start with a dot).
var outputNameRE = lazy.Regexp(`^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)+$`)

// templateSet is one parse of a Templates' files, bound to the budget its
// functions check. A set renders one thing at a time; Templates keeps a
// free list of them, so that concurrent renders each have their own.
type templateSet struct {
	native  map[string]*nativeRender // the Templates' own
	budget  *budget
	formats map[string]map[string]*template.Template // format → kind → template; nil until needed for a kind rendered in Go
	outputs map[string]executor                      // output file name → template; nil until first executed for a built-in one
	// fm is the function map the set's trees are parsed with (see
	// funcMap), and files the files of each kind's and built-in output's
	// tree, kept for the trees parsed later.
	fm    template.FuncMap
	files map[string][]*TemplateFile // "format/kind" or "outputs/name" → the main file, then the partials
	// segment is the buffer the segments rendered in Go are written into.
	segment bytes.Buffer
}

// acquire takes a free set, or parses a new one (the files parsed without
// problems when the Templates were loaded).
func (t *Templates) acquire() (*templateSet, error) {
	t.mu.Lock()
	if n := len(t.free); n > 0 {
		s := t.free[n-1]
		t.free = t.free[:n-1]
		t.mu.Unlock()
		s.native = t.native
		return s, nil
	}
	t.mu.Unlock()
	s, probs := t.parse()
	if len(probs) > 0 {
		return nil, probs
	}
	s.native = t.native
	return s, nil
}

// release returns a set to the free list.
func (t *Templates) release(s *templateSet) {
	t.mu.Lock()
	t.free = append(t.free, s)
	t.mu.Unlock()
}

// parse builds one template tree per format kind and per output: the kind
// file first, then the shared and the format's partials, so that a partial's
// {{define}} replaces a {{block}} of the kind file.
func (t *Templates) parse() (*templateSet, Problems) {
	var probs Problems
	set := &templateSet{budget: new(budget), formats: map[string]map[string]*template.Template{}, outputs: map[string]executor{}}
	set.files = map[string][]*TemplateFile{}
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
		if dir == OutputsDir && (!outputNameRE().MatchString(base) || base == "episode.json" || base == "index.json") {
			probs = append(probs, Problem{Path: f.Name, Message: fmt.Sprintf("%q cannot be an output: name an output template NAME.EXT.tmpl (letters, digits, - and _, then an extension, e.g. notes.txt.tmpl); episode.json and index.json are briefing's own", base)})
			continue
		}
		if dir == OutputsDir && t.native[base] != nil {
			continue // rendered in Go (see nativeOutput)
		}
		if dir == OutputsDir {
			// HTML outputs go through html/template, with the HTML
			// partials; the others through text/template.
			var extra []*TemplateFile
			for _, p := range partials[dir] {
				if isHTML(p.Rel) == isHTML(f.Rel) {
					extra = append(extra, p)
				}
			}
			files := append([]*TemplateFile{f}, extra...)
			if !slices.ContainsFunc(files, func(f *TemplateFile) bool { return f.User }) {
				// Built in with all it includes: parsed the first time
				// it is executed (most commands never write the index).
				set.outputs[base] = nil
				set.files[OutputsDir+"/"+base] = files
				continue
			}
			tmpl, fprobs := set.parseOutput(files)
			probs = append(probs, fprobs...)
			if fprobs == nil {
				set.outputs[base] = tmpl
			}
			continue
		}
		if set.formats[dir] == nil {
			set.formats[dir] = map[string]*template.Template{}
		}
		files := append([]*TemplateFile{f}, shared...)
		files = append(files, partials[dir]...)
		if t.segments[dir][base] != nil {
			// Rendered in Go, and built in with all it includes: parsed
			// only if a segment is left to it, or its errors must be found.
			set.formats[dir][base] = nil
			set.files[dir+"/"+base] = files
			continue
		}
		tmpl, fprobs := parseTree(f, files[1:], set.funcMap(), set.budget)
		probs = append(probs, fprobs...)
		if tmpl == nil {
			delete(set.formats[dir], base)
			if len(set.formats[dir]) == 0 {
				delete(set.formats, dir)
			}
			continue
		}
		set.formats[dir][base] = tmpl
	}
	for _, want := range outputNames {
		if want == "episode.json" {
			continue
		}
		if _, ok := set.outputs[want]; !ok && t.native[want] == nil && len(probs) == 0 {
			probs = append(probs, Problem{Path: OutputsDir + "/" + want + ".tmpl", Message: "missing output template"})
		}
	}
	return set, probs
}

// parseOutput parses an output template, files[0], with the partials
// after it: through html/template for an HTML output, else through
// text/template.
func (s *templateSet) parseOutput(files []*TemplateFile) (executor, Problems) {
	if isHTML(files[0].Rel) {
		return parseHTMLTree(files[0], files[1:], s.funcMap())
	}
	return parseTree(files[0], files[1:], s.funcMap(), s.budget)
}

// funcMap returns the function map the set's trees are parsed with, made
// the first time a tree is parsed: a set whose outputs and segments are
// all rendered in Go never needs one.
func (s *templateSet) funcMap() template.FuncMap {
	if s.fm == nil {
		s.fm = funcs(s.budget)
	}
	return s.fm
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
	if probs := parseFiles(root, main, partials, fm, func(t *htmltemplate.Template) *parse.Tree { return t.Tree }); len(probs) > 0 {
		return nil, probs
	}
	return root, nil
}

// parseTree parses a main file and its partials into one template, with
// the function map fm (include is bound to the tree itself and to b).
func parseTree(main *TemplateFile, partials []*TemplateFile, fm template.FuncMap, b *budget) (*template.Template, Problems) {
	root := template.New(main.Name).Funcs(fm).Option("missingkey=error")
	root.Funcs(template.FuncMap{"include": includeFunc(root, b)})
	if probs := parseFiles(root, main, partials, fm, func(t *template.Template) *parse.Tree { return t.Tree }); len(probs) > 0 {
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
// and reports parse errors, every call of a denied function and every
// template that recurses. Each range loop gets the budget's guard.
func parseFiles[T parsable[T]](root T, main *TemplateFile, partials []*TemplateFile, fm template.FuncMap, tree func(T) *parse.Tree) Problems {
	if _, err := root.Parse(main.Source); err != nil {
		return Problems{templateProblem(err)}
	}
	var probs Problems
	for _, p := range partials {
		if _, err := root.New(p.Name).Parse(p.Source); err != nil {
			probs = append(probs, templateProblem(err))
		}
	}
	trees := map[string]*parse.Tree{}
	for _, t := range root.Templates() {
		if tr := tree(t); tr != nil && tr.Root != nil {
			trees[tr.ParseName+"\x00"+tr.Name] = tr
		}
	}
	for _, tr := range trees {
		probs = append(probs, deniedCalls(tr)...)
		guardTree(tr, fm)
	}
	return append(probs, recursion(trees)...)
}

// maxInclude caps how deep include calls may nest. A template cannot
// include itself (see recursion), but one whose name is computed might.
const maxInclude = 64

// includeFunc returns include: it executes a named template of root and
// returns its output as a string, so that it can be piped ("include
// "speaker-names" . | fit 16"). Its output counts against b like any
// function's.
func includeFunc(root *template.Template, b *budget) func(string, any) (string, error) {
	return func(name string, data any) (string, error) {
		if err := b.check(); err != nil {
			return "", err
		}
		if b.depth.Add(1) > maxInclude {
			b.depth.Add(-1)
			return "", &includeDepthError{name}
		}
		defer b.depth.Add(-1)
		w := &limitWriter{n: maxValue, budget: b}
		if err := root.ExecuteTemplate(w, name, data); err != nil {
			var de *includeDepthError
			if errors.As(err, &de) {
				return "", de // once, not once per level
			}
			return "", err
		}
		if err := b.spend("include", int64(w.buf.Len())); err != nil {
			return "", err
		}
		return w.buf.String(), nil
	}
}

type includeDepthError struct{ name string }

func (e *includeDepthError) Error() string {
	return fmt.Sprintf("include %q: nested more than %d deep", e.name, maxInclude)
}

// templateProblem turns a text/template error into a problem. Templates
// are named by path, so text/template's message starts with the template's
// path and position ("template: NAME:LINE:COL: …"); they become the
// problem's position.
func templateProblem(err error) Problem {
	msg := strings.TrimPrefix(err.Error(), "template: ")
	msg = strings.TrimPrefix(msg, "html/template:")
	p := located(msg)
	p.Message = clip(p.Message, maxMessage)
	return p
}

// maxMessage caps a template problem's message: text/template quotes the
// values it could not use, and a template's value can be megabytes long.
const maxMessage = 600

// clip shortens s to about n bytes by cutting its middle, on character
// boundaries, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	head, tail := n*2/3, n/3
	for head > 0 && !utf8.RuneStart(s[head]) {
		head--
	}
	start := len(s) - tail
	for start < len(s) && !utf8.RuneStart(s[start]) {
		start++
	}
	return fmt.Sprintf("%s … (%d bytes cut) … %s", s[:head], start-head, s[start:])
}

var locationRE = lazy.Regexp(`^([^:\s][^:]*):(\d+)(?::(\d+))?: `)

// located splits a leading "path:line[:col]: " off msg into a problem's
// position, so that template problems sort with the others.
func located(msg string) Problem {
	m := locationRE().FindStringSubmatch(msg)
	if m == nil {
		return Problem{Message: msg}
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	return Problem{Path: m[1], Line: line, Col: col, Message: msg[len(m[0]):]}
}

// deniedCalls reports every call of a denied function in a parse tree.
func deniedCalls(tree *parse.Tree) Problems {
	var probs Problems
	eachNode(tree.Root, func(n parse.Node) {
		if x, ok := n.(*parse.IdentifierNode); ok {
			if why, ok := denied[x.Ident]; ok {
				loc, _ := tree.ErrorContext(x)
				probs = append(probs, located(fmt.Sprintf("%s: %s: not allowed in templates: it %s", loc, x.Ident, why)))
			}
		}
	})
	return probs
}

// guardTree ends every range pipeline of a tree with the budget's range
// guard ({{range .X}} runs as {{range .X | range}}), so that loops check
// the deadline even when they write nothing, and every action that prints
// with the output guard ({{.X}} runs as {{.X | output}}), which measures
// the value before text/template formats it whole.
func guardTree(tree *parse.Tree, fm template.FuncMap) {
	guard := func(p *parse.PipeNode, name string) {
		id := parse.NewIdentifier(name).SetTree(tree).SetPos(p.Pos)
		p.Cmds = append(p.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: p.Pos, Args: []parse.Node{id}})
	}
	eachNode(tree.Root, func(n parse.Node) {
		switch x := n.(type) {
		case *parse.RangeNode:
			guard(x.Pipe, rangeGuardName)
		case *parse.ActionNode:
			if len(x.Pipe.Decl) == 0 && !printsMeasured(x.Pipe, fm) {
				guard(x.Pipe, outputGuardName)
			}
		}
	})
}

// printsMeasured tells that a pipeline ends in a call of a function whose
// result is a string, a number or a boolean: its size was measured when
// the function returned, so printing it needs no guard.
func printsMeasured(p *parse.PipeNode, fm template.FuncMap) bool {
	last := p.Cmds[len(p.Cmds)-1]
	id, ok := last.Args[0].(*parse.IdentifierNode)
	if !ok || fm[id.Ident] == nil {
		return false
	}
	t := reflect.TypeOf(fm[id.Ident])
	if t.Kind() != reflect.Func || t.NumOut() == 0 {
		return false
	}
	switch t.Out(0).Kind() {
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int64, reflect.Float64:
		return true
	}
	return false
}

// recursion reports every template that calls ({{template}}) or includes
// (with a constant name) itself, directly or through others. Recursion has
// no use in a script, and it is the one way a template could grow the
// stack until the process dies, which no budget check can stop.
func recursion(trees map[string]*parse.Tree) Problems {
	type call struct {
		to   string
		node parse.Node
		tree *parse.Tree
	}
	calls := map[string][]call{}
	var names []string
	for _, tr := range trees {
		names = append(names, tr.Name)
		eachNode(tr.Root, func(n parse.Node) {
			switch x := n.(type) {
			case *parse.TemplateNode:
				calls[tr.Name] = append(calls[tr.Name], call{x.Name, x, tr})
			case *parse.CommandNode:
				if len(x.Args) > 1 {
					if id, ok := x.Args[0].(*parse.IdentifierNode); ok && id.Ident == "include" {
						if s, ok := x.Args[1].(*parse.StringNode); ok {
							calls[tr.Name] = append(calls[tr.Name], call{s.Text, x, tr})
						}
					}
				}
			}
		})
	}
	sort.Strings(names)
	var probs Problems
	const (
		unseen = iota
		open
		done
	)
	state := map[string]int{}
	var path []string
	var visit func(name string)
	visit = func(name string) {
		state[name] = open
		path = append(path, name)
		for _, c := range calls[name] {
			switch state[c.to] {
			case open:
				i := slices.Index(path, c.to)
				chain := strings.Join(append(append([]string(nil), path[i:]...), c.to), " → ")
				loc, _ := c.tree.ErrorContext(c.node)
				probs = append(probs, located(fmt.Sprintf("%s: template %q calls itself (%s); templates may not recurse", loc, c.to, chain)))
			case unseen:
				visit(c.to)
			}
		}
		path = path[:len(path)-1]
		state[name] = done
	}
	for _, n := range names {
		if state[n] == unseen {
			visit(n)
		}
	}
	return probs
}

// eachNode calls visit for n and every node below it, depth first.
func eachNode(n parse.Node, visit func(parse.Node)) {
	switch x := n.(type) {
	case nil:
		return
	case *parse.ListNode:
		if x == nil {
			return
		}
		visit(x)
		for _, c := range x.Nodes {
			eachNode(c, visit)
		}
		return
	case *parse.PipeNode:
		if x == nil {
			return
		}
		visit(x)
		for _, c := range x.Cmds {
			eachNode(c, visit)
		}
		return
	}
	visit(n)
	switch x := n.(type) {
	case *parse.ActionNode:
		eachNode(x.Pipe, visit)
	case *parse.CommandNode:
		for _, a := range x.Args {
			eachNode(a, visit)
		}
	case *parse.IfNode:
		eachNode(x.Pipe, visit)
		eachNode(x.List, visit)
		eachNode(x.ElseList, visit)
	case *parse.RangeNode:
		eachNode(x.Pipe, visit)
		eachNode(x.List, visit)
		eachNode(x.ElseList, visit)
	case *parse.WithNode:
		eachNode(x.Pipe, visit)
		eachNode(x.List, visit)
		eachNode(x.ElseList, visit)
	case *parse.TemplateNode:
		eachNode(x.Pipe, visit)
	case *parse.ChainNode:
		eachNode(x.Node, visit)
	}
}

// kind returns the template for a segment kind of a format.
func (s *templateSet) kind(t *Templates, format, kind string) (*template.Template, error) {
	if err := s.hasKind(t, format, kind); err != nil {
		return nil, err
	}
	tmpl := s.formats[format][kind]
	if tmpl == nil { // rendered in Go until now: parsed the first time it is needed
		files := s.files[format+"/"+kind]
		var probs Problems
		if tmpl, probs = parseTree(files[0], files[1:], s.funcMap(), s.budget); len(probs) > 0 {
			return nil, probs // a built-in template: the tests parse every one
		}
		s.formats[format][kind] = tmpl
	}
	return tmpl, nil
}

// hasKind reports, without parsing anything, why the set has no template
// for a format's kind, or nil when it has one.
func (s *templateSet) hasKind(t *Templates, format, kind string) error {
	kinds, ok := s.formats[format]
	if !ok {
		return fmt.Errorf("unknown format %q%s", format, suggest(format, t.Formats()))
	}
	if _, ok := kinds[kind]; !ok {
		return fmt.Errorf("format %s has no template for kind %q%s", format, kind, suggest(kind, mapKeys(kinds)))
	}
	return nil
}

// sources returns the text of every file that went into a template tree,
// for finding where rendered script text was written.
func (t *Templates) sources(tmpl *template.Template) []*TemplateFile {
	var out []*TemplateFile
	if tmpl == nil {
		return nil
	}
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
// format's files, the shared partials and the output templates but the
// index's. A change to any of them changes the hash; a change to another
// format's, or to the index's, does not.
func (t *Templates) Hash(format string) string {
	h := sha256.New()
	for _, f := range t.Files() {
		dir := path.Dir(f.Rel)
		if dir == format || dir == "." || dir == OutputsDir && f.Rel != OutputsDir+"/"+IndexOutput+".tmpl" {
			fmt.Fprintf(h, "%s\x00%d\x00%s\x00", f.Rel, len(f.Source), f.Source)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
