package briefing

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/briefing-dev/briefing/briefing/internal/lazy"
)

// yaml.v3 reports a syntax error as a bare string, "yaml: line N: problem",
// so the patterns below read its messages; they are pinned to yaml.v3's
// wording, and the decoder tests fail if an upgrade changes it.
//
// The reader's errors (bad UTF-8, control characters) never reach yaml.v3:
// document finds and positions those itself. The scanner and the parser
// count lines from zero and leave out a line of zero, so an error without
// a line is on the first line; the parser, unlike the scanner, does not
// add one, so its lines are one short. An alias of an unknown anchor is
// reported without a line, by the step that builds nodes; it is found by
// searching for the alias. A nesting too deep is reported at the last key
// before it, which for indentation can be far before; it is found by
// asking yaml.v3 about ever shorter beginnings of the file.
var (
	yamlMessageRE = lazy.Regexp(`^yaml: (?:line (\d+): )?(.*)$`)
	yamlParserRE  = lazy.Regexp(`^(did not find expected (<stream-start>|<document start>|node content|'-' indicator|key|',' or '\]'|',' or '\}')|found (undefined tag handle|duplicate %YAML directive|incompatible YAML document|duplicate %TAG directive))$`)
	yamlAliasRE   = lazy.Regexp(`^unknown anchor '(.*)' referenced$`)
	yamlDepthRE   = lazy.Regexp(`^exceeded max depth of (\d+)$`)
)

// yamlHints say how to fix the syntax errors a fact sheet most often has.
var yamlHints = map[string]string{
	"mapping values are not allowed in this context": `text that holds ": " must be in quotes`,
}

// yamlProblem turns a yaml.v3 error about data into a positioned problem.
func (d *decoder) yamlProblem(data []byte, err error) *Problem {
	m := yamlMessageRE().FindStringSubmatch(err.Error())
	if m == nil {
		return &Problem{Path: d.path, Message: "YAML syntax: " + err.Error()}
	}
	line, _ := strconv.Atoi(m[1])
	msg := m[2]
	p := &Problem{Path: d.path, Line: line, Message: "YAML syntax: " + msg}
	switch {
	case yamlAliasRE().MatchString(msg):
		name := yamlAliasRE().FindStringSubmatch(msg)[1]
		p.Message = "*" + name + " names no anchor; put &" + name + " on a value before it, or remove the alias"
		if off := aliasOffset(data, name); off >= 0 {
			p.Line, p.Col = lineCol(data, off)
		}
	case yamlDepthRE().MatchString(msg):
		p.Message = "values are nested too deeply (more than " + yamlDepthRE().FindStringSubmatch(msg)[1] + " levels)"
		if off := depthOffset(data, line); off >= 0 {
			p.Line, p.Col = lineCol(data, off)
		} else {
			p.Line = max(line, 1)
		}
	case yamlParserRE().MatchString(msg):
		p.Line++
	case line == 0:
		p.Line = 1
	}
	if hint := yamlHints[msg]; hint != "" {
		p.Message += " (" + hint + ")"
	}
	if msg == "mapping values are not allowed in this context" {
		p.Col = secondColon(data, p.Line)
	}
	return p
}

// secondColon finds, on a line of data, the column of the ": " that
// follows the key's own: where a value holds a colon YAML cannot take.
// It returns 0 when there is none.
func secondColon(data []byte, line int) int {
	lines := bytes.Split(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return 0
	}
	text := string(lines[line-1])
	seen := 0
	for i := 0; i < len(text); i++ {
		if text[i] == ':' && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\r') {
			if seen++; seen == 2 {
				_, col := lineCol([]byte(text), i)
				return col
			}
		}
	}
	return 0
}

// aliasOffset finds the alias *name in data: the first "*name" that starts
// a token and ends at a blank, a flow indicator or the end. It returns -1
// when there is none.
func aliasOffset(data []byte, name string) int {
	tok := []byte("*" + name)
	for from := 0; ; {
		i := bytes.Index(data[from:], tok)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(tok)
		startsToken := i == 0 || strings.IndexByte(" \t\r\n[{,", data[i-1]) >= 0
		endsToken := end == len(data) || strings.IndexByte(" \t\r\n]},", data[end]) >= 0
		if startsToken && endsToken {
			return i
		}
		from = i + 1
	}
}

// maxDepthSearch bounds the file size for which depthOffset searches: it
// parses the file some twenty times, which takes about a second for a
// megabyte. Nesting ten thousand levels deep takes ten kilobytes, and a
// real fact sheet is far smaller than a megabyte.
const maxDepthSearch = 1 << 20

// depthOffset finds the character at which nesting in data passes
// yaml.v3's limit: the last character of the shortest beginning of data
// that yaml.v3 refuses as too deep. from is a line the error is known not
// to come before (0 when unknown); yaml.v3 names the line of the last
// key before the error, exact for brackets but early for indentation. It
// returns -1 when data is larger than maxDepthSearch.
func depthOffset(data []byte, from int) int {
	if len(data) > maxDepthSearch {
		return -1
	}
	lo := 0 // a beginning known not to be too deep
	for line := 1; line < from && lo < len(data); line++ {
		i := bytes.IndexByte(data[lo:], '\n')
		if i < 0 {
			break
		}
		lo += i + 1
	}
	tooDeep := func(b []byte) bool {
		var n yaml.Node
		err := yaml.Unmarshal(b, &n)
		if err == nil {
			return false
		}
		m := yamlMessageRE().FindStringSubmatch(err.Error())
		return m != nil && yamlDepthRE().MatchString(m[2])
	}
	hi := len(data) // a beginning known to be too deep
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		for mid > lo && !utf8.RuneStart(data[mid]) {
			mid--
		}
		if mid == lo {
			break
		}
		if tooDeep(data[:mid]) {
			hi = mid
		} else {
			lo = mid
		}
	}
	off := hi - 1
	for off > 0 && !utf8.RuneStart(data[off]) {
		off--
	}
	return off
}
