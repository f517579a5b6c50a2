package briefing

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/briefing/internal/lazy"
	"github.com/briefing-dev/briefing/briefing/speech"
	"go.yaml.in/yaml/v3"
)

// DefaultMaxInput is the largest fact sheet Load reads when no limit is
// given: far beyond any real episode, small enough that a wrong file (a
// video, a database dump) is refused before it is parsed.
const DefaultMaxInput = 4 << 20

// maxNodes bounds how many YAML nodes a fact sheet may expand to, so that
// aliases pointing at large anchors cannot multiply memory.
const maxNodes = 200_000

// Load reads and parses the fact sheet at path, and reads the source and
// voice files it names. A folder means its episode.yaml. opts.MaxInput
// bounds each file's size in bytes (zero means DefaultMaxInput);
// opts.Inputs shares reads between calls and allows folders besides the
// sheet's own for its sources and voice files (nil: only the sheet's
// folder). The problems include warnings; the sheet is nil when there is
// any error.
func Load(path string, opts Options) (*FactSheet, Problems) {
	maxSize := opts.MaxInput
	if maxSize <= 0 {
		maxSize = DefaultMaxInput
	}
	in := opts.Inputs
	if in == nil {
		in = new(Inputs)
	}
	folder := false
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		path, folder = filepath.Join(path, "episode.yaml"), true
	}
	f, err := in.read(path, maxSize)
	if err != nil {
		if folder && errors.Is(err, fs.ErrNotExist) {
			return nil, Problems{{Path: filepath.Dir(path), Message: "no episode.yaml in this folder (give a fact sheet or an episode folder; build also takes folders of episodes)"}}
		}
		return nil, Problems{{Path: path, Message: err.Error()}}
	}
	sheet, probs := Parse(path, f.data)
	if sheet != nil {
		sheet.addInput(path, f)
		dir := realDir(sheet)
		texts, sprobs := in.loadSources(sheet, dir, maxSize)
		probs = append(probs, sprobs...)
		probs = append(probs, in.loadVoices(sheet, dir)...)
		if !opts.Unchecked {
			probs = append(probs, checkProvenance(sheet, texts)...)
		}
		if probs.Err(false) != nil {
			sheet = nil
		}
	}
	probs.Sort()
	return sheet, probs
}

// ParseVoice decodes a voice file's bytes; path names it in problems.
func ParseVoice(path string, data []byte) (*speech.Voice, Problems) {
	d := &decoder{path: path}
	root, perr := d.document(data, emptyVoice)
	if perr != nil {
		return nil, Problems{*perr}
	}
	v := d.voice(root, "")
	if d.probs.Err(false) != nil {
		return nil, d.probs
	}
	return v, d.probs
}

// fieldsSeen, when a test sets it, is told the keys the decoder accepts
// (and requires) at each field it decodes, so that the schema can be held
// against them.
var fieldsSeen func(field string, keys, required []string)

// The messages for files with nothing in them.
const (
	emptySheet = "file is empty; a fact sheet needs at least show, title, slug, format, target and segments (briefing new SLUG writes one to start from)"
	emptyVoice = "file is empty; a voice file gives wpm, and optionally comma, sentence and paragraph (briefing calibrate writes one)"
	emptyReads = "file is empty; list the reads as - {text: …, seconds: …}"
)

// Parse decodes a fact sheet from data; path names it in problems and
// source files are resolved against its folder. Decoding is strict: unknown
// keys, missing required fields, values of the wrong type, durations
// without units and dangling references are all reported, every one at
// once. The sheet is nil when there is any error.
func Parse(path string, data []byte) (*FactSheet, Problems) {
	d := &decoder{path: path}
	root, err := d.document(data, emptySheet)
	if err != nil {
		return nil, Problems{*err}
	}
	if root.Kind != yaml.MappingNode {
		return nil, Problems{{Path: path, Line: root.Line, Message: "the fact sheet must be a mapping of keys (show:, title:, …), not " + kindName(root)}}
	}
	s := &FactSheet{Path: path, Dir: filepath.Dir(path)}
	d.sheet(root, s)
	if d.nodes > maxNodes {
		// A sheet this large is a mistake or an attack: report that, not
		// the flood of problems its repetitions would raise.
		d.probs.Sort()
		return nil, d.probs
	}
	d.resolve(s)
	d.probs.Sort()
	if d.probs.Err(false) != nil {
		return nil, d.probs
	}
	return s, d.probs
}

// document parses data into the root node of its one YAML document.
// empty is the message for a file that holds nothing but blanks and
// comments. Problems in the bytes themselves (an encoding other than
// UTF-8, control characters) are found here, before yaml.v3 sees them, so
// that each is named and positioned.
func (d *decoder) document(data []byte, empty string) (*yaml.Node, *Problem) {
	fail := func(line, col int, format string, args ...any) (*yaml.Node, *Problem) {
		return nil, &Problem{Path: d.path, Line: line, Col: col, Message: fmt.Sprintf(format, args...)}
	}
	data, prob := plainText(d.path, data)
	if prob != nil {
		return nil, prob
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(0, 0, "%s", empty)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return fail(0, 0, "%s", empty) // nothing but comments
	} else if err != nil {
		return nil, d.yamlProblem(data, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		line := extra.Line
		if len(extra.Content) > 0 {
			line = extra.Content[0].Line
		}
		return fail(line, 0, "a second YAML document starts here; a fact sheet is one document (remove the \"---\" before it)")
	} else if !errors.Is(err, io.EOF) {
		return nil, d.yamlProblem(data, err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return fail(0, 0, "%s", empty)
	}
	if root := doc.Content[0]; root.Kind == yaml.ScalarNode && root.Tag == "!!null" && root.Value == "" {
		return fail(0, 0, "%s", empty) // a bare "---"
	}
	return doc.Content[0], nil
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// decoder walks YAML nodes into fact-sheet types, collecting problems.
type decoder struct {
	path  string
	probs Problems
	nodes int
	over  bool // the node budget is spent, and said
}

func (d *decoder) errorf(n *yaml.Node, field, format string, args ...any) {
	d.probs = append(d.probs, Problem{Path: d.path, Line: n.Line, Col: n.Column, Field: field, Message: fmt.Sprintf(format, args...)})
}

func (d *decoder) errorAt(p Pos, field, format string, args ...any) {
	d.probs = append(d.probs, Problem{Path: d.path, Line: p.Line, Col: p.Col, Field: field, Message: fmt.Sprintf(format, args...)})
}

func (d *decoder) warnAt(p Pos, field, format string, args ...any) {
	d.probs = append(d.probs, Problem{Path: d.path, Line: p.Line, Col: p.Col, Field: field, Message: fmt.Sprintf(format, args...), Severity: SeverityWarning})
}

func pos(n *yaml.Node) Pos { return Pos{n.Line, n.Column} }

// deref follows an alias.
func (d *decoder) deref(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// budget counts one more value read (a list item or a mapping entry, each
// time an alias repeats it), so that aliases cannot expand a small file
// into an unbounded amount of work, and fails past maxNodes.
func (d *decoder) budget(n *yaml.Node, field string) bool {
	d.nodes++
	if d.nodes <= maxNodes {
		return true
	}
	if !d.over {
		d.over = true
		d.errorf(n, field, "the fact sheet holds more than %d values (a fact sheet holds a few thousand; aliases repeating large anchors?)", maxNodes)
	}
	return false
}
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return "nothing (null)"
		case "!!int", "!!float":
			return "the number " + strconv.Quote(n.Value)
		case "!!bool":
			return "the boolean " + strconv.Quote(n.Value)
		case "!!timestamp":
			return "the date " + strconv.Quote(n.Value)
		}
		return "the text " + strconv.Quote(n.Value)
	}
	return "an alias"
}

type fieldFunc func(v *yaml.Node, field string)

// fields walks a mapping, handing each known key's value to its function
// and reporting unknown and repeated keys. It returns the keys seen.
func (d *decoder) fields(n *yaml.Node, field string, known map[string]fieldFunc, required ...string) map[string]bool {
	if fieldsSeen != nil {
		fieldsSeen(field, mapKeys(known), required)
	}
	n = d.deref(n)
	seen := map[string]bool{}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, field, "expected a mapping of keys, got %s", kindName(n))
		return seen
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !d.budget(k, field) {
			return seen
		}
		key := k.Value
		sub := joinField(field, key)
		fn, ok := known[key]
		switch {
		case k.Kind != yaml.ScalarNode:
			d.errorf(k, field, "keys must be plain words, got %s", kindName(k))
		case !ok:
			d.errorf(k, sub, "unknown key %q%s", key, suggest(key, mapKeys(known)))
		case seen[key]:
			d.errorf(k, sub, "%q is given twice", key)
		default:
			seen[key] = true
			fn(v, sub)
		}
	}
	for _, r := range required {
		if !seen[r] {
			d.errorf(n, joinField(field, r), "missing (required)")
		}
	}
	return seen
}

func joinField(field, key string) string {
	key = safeKey(key)
	if field == "" {
		return key
	}
	return field + "." + key
}

// safeKey is a key as a field path shows it: as written, or quoted when it
// holds a character that would not show as itself (a control or an
// invisible character), so that a problem never prints one raw.
func safeKey(key string) string {
	for _, r := range key {
		if !strconv.IsPrint(r) || (r != ' ' && isInvisible(r)) {
			return strconv.Quote(key)
		}
	}
	return key
}

func mapKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// suggest proposes the closest known word for a typo.
func suggest(word string, known []string) string {
	best, bestD := "", 3
	lower := strings.ToLower(word)
	for _, k := range known {
		if dist := EditDistance(lower, k); dist < bestD {
			best, bestD = k, dist
		}
	}
	if best == "" && len(lower) >= 3 {
		// An abbreviation: "secs" for "seconds", "aff" for "affiliation".
		for _, k := range known {
			if strings.HasPrefix(k, lower[:3]) {
				if best != "" {
					best = ""
					break
				}
				best = k
			}
		}
	}
	if best == "" {
		if len(known) > 12 {
			known = append(known[:12:12], "…")
		}
		return " (expected one of: " + strings.Join(known, ", ") + ")"
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// EditDistance is the Levenshtein distance between a and b in runes: how
// many runes must be inserted, deleted or replaced to turn one into the
// other ("Centre" and "Center": 2). It suggests the name a typo meant, and
// package draft uses it to find a name spelled two ways.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// text reads a string value. Numbers, booleans and dates are refused
// rather than converted, so that `title: 1984` or `name: no` never changes
// meaning silently; quoting them makes them text. Every text of a fact
// sheet, voice or reads file passes here, ids, keys of entries and
// pronouncers included, so the checks on its characters (see chars.go)
// cannot be bypassed: a control character is an error, a text of only
// blanks and invisible characters is empty, and a bidirectional control
// is a warning.
func (d *decoder) text(n *yaml.Node, field string) string {
	n = d.deref(n)
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, field, "expected text, got %s", kindName(n))
		return ""
	}
	switch n.Tag {
	case "!!str":
		if s, ok := plainASCIIText(n.Value); ok {
			if s == "" {
				d.errorf(n, field, "empty text")
			}
			return s // no control, invisible or bidirectional character can be in it
		}
		if i := strings.IndexFunc(n.Value, isControl); i >= 0 {
			r, _ := utf8.DecodeRuneInString(n.Value[i:])
			d.errorf(n, field, "contains the control character %s; remove it", runeName(r))
			return ""
		}
		s := strings.TrimSpace(n.Value)
		if s == "" {
			d.errorf(n, field, "empty text")
			return ""
		}
		if strings.TrimFunc(s, isInvisible) == "" {
			r, _ := utf8.DecodeRuneInString(s)
			d.errorf(n, field, "empty text: it holds only invisible characters, such as %s", runeName(r))
			return ""
		}
		if i := strings.IndexFunc(s, isBidi); i >= 0 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			d.warnAt(pos(n), field, "contains the bidirectional control %s, which changes the order text displays in; remove it unless the text needs it", runeName(r))
		}
		return s
	case "!!null":
		d.errorf(n, field, "missing value (write the text after the colon)")
	default:
		d.errorf(n, field, "expected text, got %s (put it in quotes if it is meant as text)", kindName(n))
	}
	return ""
}

// validID reports whether s is an identifier: lower-case letters, digits,
// '-' and '_', starting with a letter or digit.
func validID(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case (c == '-' || c == '_') && i > 0:
		default:
			return false
		}
	}
	return s != ""
}

// id reads an identifier: lower-case letters, digits, '-' and '_'.
func (d *decoder) id(n *yaml.Node, field string) string {
	s := d.text(n, field)
	if s != "" && !validID(s) {
		d.errorf(d.deref(n), field, "%q is not a valid id (use lower-case letters, digits, '-' and '_', starting with a letter or digit)", s)
		return ""
	}
	return s
}

func (d *decoder) ref(n *yaml.Node, field string) Ref {
	n = d.deref(n)
	return Ref{ID: d.id(n, field), Pos: pos(n)}
}

func (d *decoder) refs(n *yaml.Node, field string) []Ref {
	var out []Ref
	d.list(n, field, func(item *yaml.Node, f string) { out = append(out, d.ref(item, f)) })
	return out
}

func (d *decoder) texts(n *yaml.Node, field string) []string {
	var out []string
	d.list(n, field, func(item *yaml.Node, f string) { out = append(out, d.text(item, f)) })
	return out
}

func (d *decoder) list(n *yaml.Node, field string, each func(item *yaml.Node, field string)) {
	n = d.deref(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, field, "expected a list, got %s", kindName(n))
		return
	}
	for i, item := range n.Content {
		if !d.budget(item, field) {
			return
		}
		each(item, field+"["+strconv.Itoa(i)+"]")
	}
}

// entries walks a mapping of id → entry, in file order.
func (d *decoder) entries(n *yaml.Node, field string, each func(id string, idPos Pos, v *yaml.Node, field string)) {
	n = d.deref(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, field, "expected a mapping of id: entry, got %s", kindName(n))
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !d.budget(k, field) {
			return
		}
		id := d.id(k, field)
		if id == "" {
			continue
		}
		each(id, pos(k), v, field+"."+id)
	}
}

func (d *decoder) duration(n *yaml.Node, field string) time.Duration {
	n = d.deref(n)
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!str" && n.Tag != "!!int" && n.Tag != "!!float") {
		d.errorf(n, field, "expected a running time such as \"90s\" or \"1m30s\", got %s", kindName(n))
		return 0
	}
	v, err := ParseDuration(n.Value)
	if err != nil {
		d.errorf(n, field, "%v", err)
	}
	return v
}

var plainNumberRE = lazy.Regexp(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?$`)

// number reads a plain decimal number; hex, octal (or a leading zero
// YAML 1.1 reads as octal), exponents and separators are refused so that
// no value changes meaning silently.
func (d *decoder) number(n *yaml.Node, field string) float64 {
	n = d.deref(n)
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		d.errorf(n, field, "expected a number, got %s", kindName(n))
		return 0
	}
	if !plainNumberRE().MatchString(n.Value) {
		d.errorf(n, field, "%q: write numbers in plain decimal digits, e.g. 137 or 1.5", n.Value)
		return 0
	}
	v, _ := strconv.ParseFloat(n.Value, 64)
	return v
}

func (d *decoder) oneOf(n *yaml.Node, field string, allowed ...string) string {
	s := d.text(n, field)
	for _, a := range allowed {
		if s == a {
			return s
		}
	}
	if s != "" {
		d.errorf(d.deref(n), field, "%q is not one of: %s", s, strings.Join(allowed, ", "))
	}
	return ""
}

// boolean reads true or false. Other words YAML 1.1 read as booleans
// (yes, no, on, off) are text in YAML 1.2 and refused here, as are
// numbers, so that `partial: no` is an error rather than a guess.
func (d *decoder) boolean(n *yaml.Node, field string) bool {
	n = d.deref(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
		switch strings.ToLower(n.Value) {
		case "true":
			return true
		case "false":
			return false
		}
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		d.errorf(n, field, "missing value (write true or false)")
		return false
	}
	d.errorf(n, field, "expected true or false, got %s", kindName(n))
	return false
}

var dateRE = lazy.Regexp(`^\d{4}-\d{2}-\d{2}$`)

func (d *decoder) date(n *yaml.Node, field string) string {
	n = d.deref(n)
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!str" && n.Tag != "!!timestamp") {
		d.errorf(n, field, "expected a date as YYYY-MM-DD, got %s", kindName(n))
		return ""
	}
	if !dateRE().MatchString(n.Value) {
		d.errorf(n, field, "%q: write the date as YYYY-MM-DD", n.Value)
		return ""
	}
	if _, err := time.Parse("2006-01-02", n.Value); err != nil {
		d.errorf(n, field, "%q is not a calendar date", n.Value)
		return ""
	}
	return n.Value
}

// sheet decodes the top level.
func (d *decoder) sheet(n *yaml.Node, s *FactSheet) {
	primary := &Edition{Pos: pos(n)}
	var hostRefs []Ref
	var editionsNode *yaml.Node
	d.fields(n, "", map[string]fieldFunc{
		"show":    func(v *yaml.Node, f string) { s.Show = d.text(v, f) },
		"title":   func(v *yaml.Node, f string) { s.Title = d.text(v, f) },
		"summary": func(v *yaml.Node, f string) { s.Summary = d.text(v, f) },
		"slug":    func(v *yaml.Node, f string) { s.Slug = d.slug(v, f) },
		"date":    func(v *yaml.Node, f string) { s.Date = d.date(v, f) },
		"format": func(v *yaml.Node, f string) {
			primary.Format = d.id(v, f)
			primary.Name = primary.Format
			primary.Pos = pos(d.deref(v))
		},
		"fit":    func(v *yaml.Node, f string) { primary.Fit = d.boolean(v, f) },
		"on_air": func(v *yaml.Node, f string) { primary.OnAir = d.timeOfDay(v, f) },
		"outputs": func(v *yaml.Node, f string) {
			primary.Outputs = d.texts(v, f)
			primary.outputPos = pos(d.deref(v))
		},
		"target": func(v *yaml.Node, f string) { primary.Target = d.duration(v, f) },
		"hosts": func(v *yaml.Node, f string) {
			if hostRefs = d.refs(v, f); len(hostRefs) == 0 && d.deref(v).Kind == yaml.SequenceNode {
				d.errorf(d.deref(v), f, "list at least one speaker id: who presents the show")
			}
		},
		"speakers":  func(v *yaml.Node, f string) { d.speakers(v, f, s) },
		"sources":   func(v *yaml.Node, f string) { d.sources(v, f, s) },
		"facts":     func(v *yaml.Node, f string) { d.facts(v, f, s) },
		"quotes":    func(v *yaml.Node, f string) { d.quotes(v, f, s) },
		"figures":   func(v *yaml.Node, f string) { d.figures(v, f, s) },
		"segments":  func(v *yaml.Node, f string) { primary.Segments = d.segments(v, f) },
		"editions":  func(v *yaml.Node, f string) { editionsNode = v },
		"pronounce": func(v *yaml.Node, f string) { s.Pronounce = d.pronounce(v, f, s) },
		"quote_style": func(v *yaml.Node, f string) {
			s.QuoteStyle = d.oneOf(v, f, "marks", "spoken")
		},
	}, "show", "title", "slug", "format", "target", "hosts", "speakers", "segments")
	primary.Slug = s.Slug
	s.Editions = append(s.Editions, primary)
	if editionsNode != nil {
		d.editions(editionsNode, "editions", s)
	}
	for _, r := range hostRefs {
		if r.ID != "" {
			s.Hosts = append(s.Hosts, &Speaker{ID: r.ID, Pos: r.Pos})
		}
	}
}

// pronounce decodes the pronouncers: word → respelling.
func (d *decoder) pronounce(n *yaml.Node, field string, s *FactSheet) speech.Pronunciations {
	n = d.deref(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, field, "expected a mapping of word: respelling, e.g. Kugelman: KOO-gul-mun")
		return nil
	}
	p := speech.Pronunciations{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		word := d.text(n.Content[i], field)
		f := joinField(field, word)
		var say, ipa string
		if v := d.deref(n.Content[i+1]); v.Kind == yaml.MappingNode {
			// word: {say: KOO-gul-mun, ipa: ˈkuːɡəlmən}
			d.fields(v, f, map[string]fieldFunc{
				"say": func(v *yaml.Node, f string) { say = d.text(v, f) },
				"ipa": func(v *yaml.Node, f string) { ipa = d.text(v, f) },
			}, "say")
		} else {
			say = d.text(v, f)
		}
		if strings.ContainsAny(word, " \t") {
			d.errorf(n.Content[i], field, "%q: a pronouncer is for one word", word)
			continue
		}
		if word != "" && say != "" {
			p[word] = say
			if ipa != "" {
				if s.PronounceIPA == nil {
					s.PronounceIPA = map[string]string{}
				}
				s.PronounceIPA[word] = ipa
			}
		}
	}
	return p
}

var slugRE = lazy.Regexp(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// MaxSlug is the longest slug a fact sheet or an edition may take, in
// bytes.
const MaxSlug = 80

// slug reads a slug: it names an output folder, so it may hold only
// lower-case letters, digits and single hyphens.
func (d *decoder) slug(n *yaml.Node, field string) string {
	s := d.text(n, field)
	if s != "" && (!slugRE().MatchString(s) || len(s) > MaxSlug) {
		d.errorf(d.deref(n), field, "%q is not a valid slug (lower-case letters and digits joined by single hyphens, at most 80 characters, e.g. \"isis-k-russia\")", s)
		return ""
	}
	return s
}

// editions decodes the editions block: name → edition. An edition's format
// is its name unless it says otherwise, so that several editions may share
// one (bulletin-60 and bulletin-90, both format: bulletin); one that gives
// no segments takes them from the first edition before it of its format.
func (d *decoder) editions(n *yaml.Node, field string, s *FactSheet) {
	d.entries(n, field, func(name string, p Pos, v *yaml.Node, f string) {
		e := &Edition{Name: name, Format: name, Pos: p}
		var hasSegments bool
		d.fields(v, f, map[string]fieldFunc{
			"format":   func(v *yaml.Node, f string) { e.Format = d.id(v, f) },
			"slug":     func(v *yaml.Node, f string) { e.Slug = d.slug(v, f) },
			"target":   func(v *yaml.Node, f string) { e.Target = d.duration(v, f) },
			"segments": func(v *yaml.Node, f string) { e.Segments = d.segments(v, f); hasSegments = true },
			"host":     func(v *yaml.Node, f string) { r := d.ref(v, f); e.HostRef = &r },
			"wpm":      func(v *yaml.Node, f string) { e.WPM = d.pace(v, f) },
			"fit":      func(v *yaml.Node, f string) { e.Fit = d.boolean(v, f) },
			"on_air":   func(v *yaml.Node, f string) { e.OnAir = d.timeOfDay(v, f) },
			"outputs":  func(v *yaml.Node, f string) { e.Outputs = d.texts(v, f); e.outputPos = pos(d.deref(v)) },
		}, "target")
		if !hasSegments {
			for _, prev := range s.Editions {
				if prev.Format == e.Format && prev.sharesWith == nil && prev.Segments != nil {
					e.sharesWith = prev
					break
				}
			}
			if e.sharesWith == nil && d.deref(v).Kind == yaml.MappingNode {
				d.errorAt(p, f+".segments", "missing: list the edition's segments, or give an edition before it of format %q to share them with", e.Format)
			}
		}
		if e.Slug == "" && s.Slug != "" {
			e.Slug = s.Slug + "-" + name
		}
		s.Editions = append(s.Editions, e)
	})
}

// timeOfDay decodes a time of day, "07:00" or "07:00:00" (24-hour
// clock), as the time since midnight.
func (d *decoder) timeOfDay(n *yaml.Node, field string) *time.Duration {
	s := d.text(n, field)
	for _, layout := range []string{"15:04:05", "15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			v := time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute + time.Duration(t.Second())*time.Second
			return &v
		}
	}
	if s != "" {
		d.errorf(d.deref(n), field, "%q is not a time of day: write it on the 24-hour clock, e.g. \"07:00\" or \"18:30:00\" (quoted)", s)
	}
	return nil
}

// priority decodes a priority: must, should or could, or 1, 2 or 3.
func (d *decoder) priority(n *yaml.Node, field string) Priority {
	n = d.deref(n)
	if n.Kind == yaml.ScalarNode {
		switch n.Value {
		case "must", "1":
			return Must
		case "should", "2":
			return Should
		case "could", "3":
			return Could
		}
	}
	d.errorf(n, field, "%q is not a priority: write must, should or could (or 1, 2, 3)", n.Value)
	return Should
}

// pace decodes a pace in words per minute; zero when it is not usable.
func (d *decoder) pace(n *yaml.Node, field string) float64 {
	wpm := d.number(n, field)
	if err := (speech.Voice{WPM: wpm}).Check(); wpm != 0 && err != nil {
		d.errorf(d.deref(n), field, "%v", err)
		return 0
	}
	return wpm
}

// voice decodes a voice: wpm (required) and the pause lengths.
func (d *decoder) voice(n *yaml.Node, field string) *speech.Voice {
	v := speech.Voice{Comma: speech.DefaultComma, Sentence: speech.DefaultSentence, Paragraph: speech.DefaultParagraph}
	d.fields(n, field, map[string]fieldFunc{
		"wpm":       func(n *yaml.Node, f string) { v.WPM = d.number(n, f) },
		"comma":     func(n *yaml.Node, f string) { v.Comma = d.duration(n, f) },
		"sentence":  func(n *yaml.Node, f string) { v.Sentence = d.duration(n, f) },
		"paragraph": func(n *yaml.Node, f string) { v.Paragraph = d.duration(n, f) },
		// How calibrate fitted the voice: a record for the reader, checked
		// for its form and not used.
		"fitted": func(n *yaml.Node, f string) {
			num := func(n *yaml.Node, f string) { d.number(n, f) }
			d.fields(n, f, map[string]fieldFunc{"reads": num, "seconds": num, "held_out_error": num, "default_error": num})
		},
	}, "wpm")
	if v.WPM == 0 {
		return nil
	}
	if err := v.Check(); err != nil {
		d.errorf(d.deref(n), field, "%v", err)
		return nil
	}
	return &v
}

func (d *decoder) speakers(n *yaml.Node, field string, s *FactSheet) {
	d.entries(n, field, func(id string, p Pos, v *yaml.Node, f string) {
		sp := &Speaker{ID: id, Pos: p}
		if !idStartsWithLetter(id) {
			d.errorAt(p, f, "a speaker id must start with a letter, since script lines begin with it")
		}
		d.fields(v, f, map[string]fieldFunc{
			"name":        func(v *yaml.Node, f string) { sp.Name = d.text(v, f) },
			"honorific":   func(v *yaml.Node, f string) { sp.Honorific = d.text(v, f) },
			"title":       func(v *yaml.Node, f string) { sp.Title = d.text(v, f) },
			"affiliation": func(v *yaml.Node, f string) { sp.Affiliation = d.text(v, f) },
			"short":       func(v *yaml.Node, f string) { sp.Short = d.text(v, f) },
			"role":        func(v *yaml.Node, f string) { sp.Role = d.oneOf(v, f, roles...) },
			"tts_voice":   func(v *yaml.Node, f string) { sp.TTSVoice = d.text(v, f) },
			"wpm":         func(v *yaml.Node, f string) { sp.WPM = d.pace(v, f) },
			"voice": func(v *yaml.Node, f string) {
				if n := d.deref(v); n.Kind == yaml.ScalarNode {
					// A voice file belongs to a host, not an episode, so it may
					// live outside the episode folder: ../../voices/host.yaml.
					sp.VoiceFile = filepath.ToSlash(d.text(n, f))
					sp.voicePos = pos(n)
					return
				}
				sp.Voice = d.voice(v, f)
			},
		}, "name")
		if sp.WPM != 0 && (sp.Voice != nil || sp.VoiceFile != "") {
			d.errorAt(p, f+".wpm", "give either wpm or voice, not both (a voice has its own wpm)")
		}
		s.Speakers = append(s.Speakers, sp)
	})
}

// roles are the speaker roles a fact sheet may give.
var roles = []string{"host", "expert", "official", "reporter", "guest"}

func idStartsWithLetter(id string) bool { return id != "" && id[0] >= 'a' && id[0] <= 'z' }

func (d *decoder) sources(n *yaml.Node, field string, s *FactSheet) {
	d.entries(n, field, func(id string, p Pos, v *yaml.Node, f string) {
		src := &Source{ID: id, Pos: p}
		d.fields(v, f, map[string]fieldFunc{
			"outlet":    func(v *yaml.Node, f string) { src.Outlet = d.text(v, f) },
			"title":     func(v *yaml.Node, f string) { src.Title = d.text(v, f) },
			"url":       func(v *yaml.Node, f string) { src.URL = d.text(v, f) },
			"published": func(v *yaml.Node, f string) { src.Published = d.date(v, f) },
			"file":      func(v *yaml.Node, f string) { src.File = d.relPath(v, f) },
			"via":       func(v *yaml.Node, f string) { src.Via = d.text(v, f) },
			"copy_of":   func(v *yaml.Node, f string) { r := d.ref(v, f); src.CopyOfRef = &r },
		}, "title")
		s.Sources = append(s.Sources, src)
	})
}

// relPath reads a path that must stay inside the fact sheet's folder.
func (d *decoder) relPath(n *yaml.Node, field string) string {
	p := d.text(n, field)
	if p == "" {
		return ""
	}
	clean := filepath.ToSlash(filepath.Clean(filepath.FromSlash(p)))
	if filepath.IsAbs(p) || strings.HasPrefix(p, "/") || clean == ".." || strings.HasPrefix(clean, "../") {
		d.errorf(d.deref(n), field, "%q must be a path inside the episode folder, e.g. sources/article.txt", p)
		return ""
	}
	return clean
}

func (d *decoder) facts(n *yaml.Node, field string, s *FactSheet) {
	d.list(n, field, func(item *yaml.Node, f string) {
		item = d.deref(item)
		fc := &Fact{Pos: pos(item), Priority: Should}
		d.fields(item, f, map[string]fieldFunc{
			"id":       func(v *yaml.Node, f string) { fc.ID = d.id(v, f) },
			"text":     func(v *yaml.Node, f string) { fc.Text = d.text(v, f) },
			"sources":  func(v *yaml.Node, f string) { fc.SourceRefs = d.refs(v, f) },
			"tags":     func(v *yaml.Node, f string) { fc.Tags = d.texts(v, f) },
			"priority": func(v *yaml.Node, f string) { fc.Priority = d.priority(v, f) },
		}, "id", "text", "sources")
		s.Facts = append(s.Facts, fc)
	})
}

func (d *decoder) quotes(n *yaml.Node, field string, s *FactSheet) {
	d.list(n, field, func(item *yaml.Node, f string) {
		item = d.deref(item)
		q := &Quote{Pos: pos(item), Airs: "read", Priority: Should}
		d.fields(item, f, map[string]fieldFunc{
			"id":       func(v *yaml.Node, f string) { q.ID = d.id(v, f) },
			"speaker":  func(v *yaml.Node, f string) { q.SpeakerRef = d.ref(v, f) },
			"text":     func(v *yaml.Node, f string) { q.Text = unwrapQuote(d.text(v, f)); q.textPos = pos(d.deref(v)) },
			"source":   func(v *yaml.Node, f string) { q.SourceRef = d.ref(v, f) },
			"airs":     func(v *yaml.Node, f string) { q.Airs = d.oneOf(v, f, "read", "clip"); q.airsPos = pos(d.deref(v)) },
			"length":   func(v *yaml.Node, f string) { q.Length = d.duration(v, f) },
			"lead_in":  func(v *yaml.Node, f string) { q.LeadIn = d.text(v, f); q.leadInPos = pos(d.deref(v)) },
			"partial":  func(v *yaml.Node, f string) { q.Partial = d.boolean(v, f) },
			"priority": func(v *yaml.Node, f string) { q.Priority = d.priority(v, f) },
			"said":     func(v *yaml.Node, f string) { q.Said = d.text(v, f) },
		}, "id", "speaker", "text", "source")
		s.Quotes = append(s.Quotes, q)
	})
}

func (d *decoder) figures(n *yaml.Node, field string, s *FactSheet) {
	d.list(n, field, func(item *yaml.Node, f string) {
		item = d.deref(item)
		fg := &Figure{Pos: pos(item), Priority: Should}
		d.fields(item, f, map[string]fieldFunc{
			"id":       func(v *yaml.Node, f string) { fg.ID = d.id(v, f) },
			"label":    func(v *yaml.Node, f string) { fg.Label = d.text(v, f) },
			"priority": func(v *yaml.Node, f string) { fg.Priority = d.priority(v, f) },
			"reports": func(v *yaml.Node, f string) {
				d.list(v, f, func(rn *yaml.Node, f string) {
					rn = d.deref(rn)
					r := &Report{Pos: pos(rn)}
					d.fields(rn, f, map[string]fieldFunc{
						"value":     func(v *yaml.Node, f string) { r.Value = d.number(v, f) },
						"qualifier": func(v *yaml.Node, f string) { r.Qualifier = d.text(v, f) },
						"source":    func(v *yaml.Node, f string) { r.SourceRef = d.ref(v, f) },
					}, "value", "source")
					fg.Reports = append(fg.Reports, r)
				})
				if len(fg.Reports) == 0 {
					d.errorf(d.deref(v), f, "a figure needs at least one report")
				}
			},
		}, "id", "label", "reports")
		s.Figures = append(s.Figures, fg)
	})
}

func (d *decoder) segments(n *yaml.Node, field string) []*Segment {
	var out []*Segment
	d.list(n, field, func(item *yaml.Node, f string) {
		item = d.deref(item)
		sg := &Segment{Pos: pos(item), Priority: Should}
		var actualPos Pos
		d.fields(item, f, map[string]fieldFunc{
			"id":       func(v *yaml.Node, f string) { sg.ID = d.id(v, f) },
			"title":    func(v *yaml.Node, f string) { sg.Title = d.text(v, f); sg.TitlePos = pos(d.deref(v)) },
			"kind":     func(v *yaml.Node, f string) { sg.Kind = d.id(v, f) },
			"host":     func(v *yaml.Node, f string) { r := d.ref(v, f); sg.HostRef = &r },
			"facts":    func(v *yaml.Node, f string) { sg.FactRefs = d.refs(v, f) },
			"quotes":   func(v *yaml.Node, f string) { sg.QuoteRefs = d.refs(v, f) },
			"figures":  func(v *yaml.Node, f string) { sg.FigureRefs = d.refs(v, f) },
			"target":   func(v *yaml.Node, f string) { sg.Target = d.duration(v, f) },
			"optional": func(v *yaml.Node, f string) { sg.Optional = d.boolean(v, f) },
			"status":   func(v *yaml.Node, f string) { sg.Status = d.oneOf(v, f, "draft", "approved", "recorded") },
			"actual":   func(v *yaml.Node, f string) { sg.Actual = d.duration(v, f); actualPos = pos(d.deref(v)) },
			"priority": func(v *yaml.Node, f string) { sg.Priority = d.priority(v, f) },
			"lines": func(v *yaml.Node, f string) {
				d.list(v, f, func(ln *yaml.Node, f string) {
					sg.Lines = append(sg.Lines, d.text(ln, f))
					sg.linePos = append(sg.linePos, pos(d.deref(ln)))
				})
			},
		}, "id", "title", "kind")
		if sg.Actual > 0 && sg.Status != "recorded" {
			d.errorAt(actualPos, f+".actual", "an actual length is for a recorded segment: set status: recorded, or remove actual until it is")
		}
		out = append(out, sg)
	})
	if len(out) == 0 && d.deref(n).Kind == yaml.SequenceNode {
		d.errorf(d.deref(n), field, "an edition needs at least one segment")
	}
	return out
}

// plainASCIIText is text of printable ASCII, tabs and line breaks alone
// (most of a fact sheet), trimmed, with true; false for anything else,
// which the full checks of text then read.
func plainASCIIText(v string) (string, bool) {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c >= 0x7f || c < 0x20 && c != '\t' && c != '\n' {
			return "", false
		}
	}
	return strings.TrimSpace(v), true
}

// unwrapQuote takes away the quotation marks around a whole quote, as
// pasted from an article ("“It matters.”"): the words are the quote, and
// the script puts its own marks around them (with a full stop inside, not
// after a mark). Marks that open and close inside it stay.
func unwrapQuote(s string) string {
	first, n := utf8.DecodeRuneInString(s)
	last, m := utf8.DecodeLastRuneInString(s)
	if len(s) < n+m || !strings.ContainsRune("\"“„«", first) || !strings.ContainsRune("\"”“»", last) {
		return s
	}
	inner := s[n : len(s)-m]
	if strings.ContainsAny(inner, "\"“”„«»") {
		return s // "A," he said, "B": not one quote in marks
	}
	return strings.TrimSpace(inner)
}
