package briefing

import (
	"bytes"
	"path"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// A nativeOutput renders one built-in output template in Go, writing
// exactly the bytes the template writes for the same page. Templates
// render an output with it when the output's template and every partial
// beside it are the built-in ones; a user file in their place (or a user
// partial that could redefine one of their parts) renders through the
// templates as always. TestGolden checks the Go renderings against the
// golden files and TestGoldenTemplates the templates against the same
// files; TestNativeMatchesTemplates compares the two on every test sheet.
//
// They exist for speed: a built-in template calls a function through
// reflection for nearly every field it prints, and a season is rendered
// whenever a template changes.
type nativeOutput func(b *bytes.Buffer, p Page)

// nativeOutputs are the outputs rendered in Go, by name.
var nativeOutputs = map[string]nativeOutput{
	"chapters.json":  nativeChapters,
	"prompter.html":  nativePrompterHTML,
	"rundown.csv":    nativeRundownCSV,
	"rundown.html":   nativeRundownHTML,
	"rundown.txt":    nativeRundownTxt,
	"script.md":      nativeScriptMD,
	"script.ssml":    nativeScriptSSML,
	"shownotes.html": nativeShownotesHTML,
	"shownotes.md":   nativeShownotesMD,
}

// nativeRender is a Go rendering as a template set uses it, with the
// size of the largest file it made, so that the next one's buffer is made
// once at about its size instead of grown by doubling.
type nativeRender struct {
	render nativeOutput
	size   atomic.Int64
}

// nativeFor returns the Go renderings the set may use: those whose
// output template and same-kind partials are all built in (builtIn).
func (t *Templates) nativeFor() map[string]*nativeRender {
	out := map[string]*nativeRender{}
	for name, fn := range nativeOutputs {
		if t.builtIn(name) {
			out[name] = &nativeRender{render: fn}
		}
	}
	return out
}

// builtIn tells whether the output template of name and the partials
// beside it of the same kind (HTML or not), which it may call or a user
// partial may redefine, are all built in: then a Go rendering writes
// what the template would.
func (t *Templates) builtIn(name string) bool {
	rel := OutputsDir + "/" + name + ".tmpl"
	if f, ok := t.files[rel]; !ok || f.User {
		return false
	}
	for _, f := range t.files {
		if path.Dir(f.Rel) == OutputsDir && isPartial(f.Rel) && f.User && isHTML(f.Rel) == isHTML(rel) {
			return false
		}
	}
	return true
}

// nativeChapters is chapters.json.tmpl.
func nativeChapters(b *bytes.Buffer, p Page) {
	b.WriteString("{\n  \"version\": \"1.2.0\",\n  \"chapters\": [")
	for i, s := range p.Segments {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    {\"startTime\": ")
		b.WriteString(formatSeconds(s.Start))
		b.WriteString(", \"title\": ")
		writeJSONString(b, s.Title)
		b.WriteByte('}')
	}
	b.WriteString("\n  ]\n}\n")
}

// nativeRundownCSV is rundown.csv.tmpl.
func nativeRundownCSV(b *bytes.Buffer, p Page) {
	b.WriteString(csvRow("number", "segment", "kind", "speakers", "start", "duration", "target", "over_under", "back", "clock", "hit", "status", "actual"))
	for _, s := range p.Segments {
		var target, over, actual string
		if s.Target > 0 {
			target, over = Clock(s.Target), OverUnder(s.Over())
		}
		if s.Actual > 0 {
			actual = "yes"
		}
		b.WriteString(csvRow(s.Number, s.Title, s.Kind, speakerNames(s), Clock(s.Start), Clock(s.Duration), target, over, Clock(s.Back), p.ClockTime(s.Start), p.Hit(s), s.Status, actual))
	}
}

// speakerNames is the speaker-names partial of the outputs: the short
// names of a segment's speakers, joined by ", ".
func speakerNames(s *TimedSegment) string {
	var b strings.Builder
	for i, sp := range s.Speakers() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(sp.ShortName())
	}
	return b.String()
}

// formatSeconds prints a time in seconds rounded to a tenth, as a
// template prints the float64 the seconds function returns.
func formatSeconds(d time.Duration) string {
	return strconv.FormatFloat(secs(d), 'g', -1, 64)
}

// writeJSONString writes s as sprig's toJson does: encoding/json, HTML
// characters escaped (appendJSONString).
func writeJSONString(b *bytes.Buffer, s string) {
	b.Write(appendJSONString(b.AvailableBuffer(), s))
}
