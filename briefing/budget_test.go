package briefing

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/templates"
)

// hostileSheet has three segments rendered by the same kind, so that a
// template that misbehaves runs three times unless the render stops.
const hostileSheet = `show: Test Show
title: A test
slug: hostile
format: explainer
target: 1m
hosts: [anna]
speakers:
  anna: {name: Anna Host, role: host}
segments:
  - {id: s1, title: One, kind: intro}
  - {id: s2, title: Two, kind: intro}
  - {id: s3, title: Three, kind: intro}
`

// compileHostile renders hostileSheet with intro.tmpl replaced by src and
// returns the problems as text (or the template load error), and the bytes
// allocated meanwhile.
func compileHostile(t *testing.T, ctx context.Context, src string, timeout time.Duration) (string, uint64) {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "episode.yaml"), hostileSheet)
	writeFile(t, filepath.Join(dir, "templates", "explainer", "intro.tmpl"), src)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	tpl, err := LoadTemplates(templates.FS, templates.Name, filepath.Join(dir, "templates"))
	var out string
	if err != nil {
		out = err.Error()
	} else {
		tpl.Timeout = timeout
		res := Compile(ctx, filepath.Join(dir, "episode.yaml"), Options{Templates: tpl})
		if len(res.Episodes) > 0 {
			t.Fatalf("a hostile template rendered: %s", src)
		}
		out = res.Problems.Error()
	}
	runtime.ReadMemStats(&after)
	return strings.ReplaceAll(out, dir+string(filepath.Separator), ""), after.TotalAlloc - before.TotalAlloc
}

// TestHostileTemplates runs templates that try to exhaust memory, time or
// the stack. Each must fail with a clear message, once, having allocated
// far less than the process may use.
func TestHostileTemplates(t *testing.T) {
	const loop = `{{ range until 10000 }}{{ range 10000 }}{{ range 10000 }}{{ end }}{{ end }}{{ end }}`
	tests := []struct {
		name, src, want string
	}{
		{"seq counting down", `{{ range seq 100000000 1 }}x{{ end }}`, "seq: 99999999 items: more than the limit of 10000"},
		{"seq to a negative", `{{ seq -100000000 }}`, "seq: 100000001 items: more than the limit of 10000"},
		{"until negative", `{{ until -100000000 }}`, "until: items -100000000 is outside the limits -10000 to 10000"},
		{"untilStep down", `{{ untilStep 100000000 0 -1 }}`, "untilStep: 100000000 items: more than the limit of 10000"},
		{"repeat", `{{ repeat 100000000 "x" }}`, "repeat: repetitions 100000000 is outside the limits 0 to 10000"},
		{"repeat large", `{{ repeat 9000 (repeat 9000 "x") }}`, "repeat: the result would be larger than the limit of 8 MiB"},
		{"pad wide", `{{ pad 1000000000 "x" }}`, "pad: width 1000000000 is outside the limits -10000 to 10000"},
		{"indent wide", `{{ indent 1000000000 "x" }}`, "indent: spaces 1000000000 is outside the limits 0 to 10000"},
		{"indent many lines", `{{ indent 9000 (repeat 9000 "\n") }}`, "indent: the result would be larger than the limit of 8 MiB"},
		{"printf width", `{{ printf "%900000d" 1 }}`, "printf: width 900000 is outside the limits -10000 to 10000"},
		{"printf star width", `{{ printf "%*d" 900000 1 }}`, "printf: width 900000 is outside the limits -10000 to 10000"},
		{"cat doubling", `{{ $s := "xx" }}{{ range until 100 }}{{ $s = cat $s $s }}{{ end }}`, "cat: more than 8 MiB in its arguments"},
		{"printf doubling", `{{ $s := "xx" }}{{ range until 100 }}{{ $s = printf "%s%s" $s $s }}{{ end }}`, "printf: more than 8 MiB in its arguments"},
		{"list doubling", `{{ $l := list 1 }}{{ range until 100 }}{{ $l = list $l $l }}{{ end }}{{ $l }}`, "output: more than 10000 items in the value printed"},
		{"list doubling to JSON", `{{ $l := list 1 }}{{ range until 100 }}{{ $l = list $l $l }}{{ end }}{{ $s := toJson $l }}`, "toJson: more than 10000 items in its arguments"},
		{"many large strings", `{{ $d := dict }}{{ range $i := until 100 }}{{ $_ := set $d (print $i) (repeat 8000 (repeat 1000 "x")) }}{{ end }}`, "made more than 128 MiB of text in one render"},
		{"replace expands", `{{ replace "x" (repeat 10000 "y") (repeat 5000 "x") }}`, "replace: the result would be larger than the limit of 8 MiB"},
		{"dict grows", `{{ $d := dict }}{{ range $i := until 10000 }}{{ range $j := until 10000 }}{{ $_ := set $d (printf "%d-%d" $i $j) 1 }}{{ end }}{{ end }}`, "set: more than 10000 items in its result"},
		{"split a large text", `{{ $s := repeat 400 (repeat 10000 "a,") }}{{ $d := split "," $s }}`, "split: 4000001 parts: more than the limit of 10000"},
		{"splitList a large text", `{{ $d := splitList "" (repeat 100 (repeat 1000 "a")) }}`, "splitList: 100000 parts: more than the limit of 10000"},
		{"regexSplit a large text", `{{ $s := repeat 800 (repeat 10000 "a") }}{{ $d := regexSplit "" $s -1 }}`, "regexSplit: more than 9999 matches"},
		{"regexFindAll a large text", `{{ $s := repeat 800 (repeat 10000 "a") }}{{ $d := regexFindAll "a" $s -1 }}`, "regexFindAll: more than 9999 matches"},
		{"fromJson of many values", `{{ $d := fromJson (print "[" (repeat 100 (repeat 1000 "1,")) "1]") }}`, "fromJson: the JSON holds more than 10000 values"},
		{"range over a long string", `{{ range seq 10000 }}{{ end }}`, " bytes cut) … 99"},
		{"range over a number", `{{ range 1000000000 }}{{ end }}`, "range 1000000000: more than the limit of 10000 iterations"},
		{"a control character written", `anna: {{ printf "%c" 27 }}[31mHello.`, "segment s1: the template wrote the control character U+001B (ESC) (line 1 of what it wrote); write plain text"},
		{"invalid UTF-8 written", `anna: {{ b64dec "//4=" }}`, "segment s1: the template wrote bytes that are not UTF-8 (line 1 of what it wrote); write text"},
		{"b64dec of bad input", `anna: {{ b64dec "!!!" }}`, "b64dec: not base64: illegal base64 data at input byte 0"},
		{"b32dec of bad input", `anna: {{ b32dec "!!!" }}`, "b32dec: not base32: illegal base32 data at input byte 0"},
		{"include output", `{{ define "x" }}{{ range until 10000 }}{{ range until 10000 }}xxxxxxxx{{ end }}{{ end }}{{ end }}{{ $s := include "x" . }}`, "template output is larger than the limit of 8388608 bytes"},
		{"include itself", `{{ define "again" }}{{ include "again" . }}{{ end }}{{ include "again" . }}`, `template "again" calls itself (again → again); templates may not recurse`},
		{"include in template recursion", `{{ define "a" }}{{ include "b" . }}{{ template "a" . }}{{ end }}{{ define "b" }}b{{ end }}{{ template "a" . }}`, `template "a" calls itself (a → a); templates may not recurse`},
		{"mutual recursion", `{{ define "a" }}{{ template "b" . }}{{ end }}{{ define "b" }}{{ include "a" . }}{{ end }}{{ template "a" . }}`, `template "a" calls itself (a → b → a); templates may not recurse`},
		{"include by a computed name", `{{ define "a" }}{{ include (printf "%s" "a") . }}{{ end }}{{ include "a" . }}`, `include "a": nested more than 64 deep`},
		{"a loop that writes nothing", loop, "segment s1: templates ran longer than 300ms (a loop that does not end?); raise the limit with --timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Only the loop needs a deadline; the others must fail on
			// their own, however slow the machine.
			timeout := time.Minute
			if tt.src == loop {
				timeout = 300 * time.Millisecond
			}
			have, alloc := compileHostile(t, context.Background(), tt.src, timeout)
			if !strings.Contains(have, tt.want) {
				t.Errorf("template %s\n have %s\n want a problem containing %q", tt.src, have, tt.want)
			}
			if n := strings.Count(have, "\n") + 1; n > 1 {
				t.Errorf("template %s: %d problems, want one:\n%s", tt.src, n, have)
			}
			if alloc > 256<<20 {
				t.Errorf("template %s allocated %d MiB", tt.src, alloc>>20)
			}
		})
	}
}

// TestBudgetSpentBlamesOneTemplate checks that once a template has made
// more than a render may, the render stops there: the built-in templates
// of the segments after it are not blamed.
func TestBudgetSpentBlamesOneTemplate(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "explainer", "intro.tmpl"), `{{ range until 10000 }}{{ range until 10000 }}{{ range until 10000 }}{{ end }}{{ end }}{{ end }}`)
	tpl, err := LoadTemplates(templates.FS, templates.Name, dir)
	if err != nil {
		t.Fatal(err)
	}
	tpl.Timeout = time.Minute
	res := Compile(context.Background(), examplePath, Options{Templates: tpl, Format: "explainer"})
	have := res.Problems.Errors()
	if len(have) != 1 || !strings.Contains(have[0].Message, "until: the templates made more than 128 MiB of text in one render") {
		t.Errorf("have %d errors:\n%v", len(have), have)
	}
}

// TestHostileTemplateCancelled checks that a render stops when its context
// is cancelled (Ctrl-C), however long its timeout.
func TestHostileTemplateCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	have, _ := compileHostile(t, ctx, `{{ range until 10000 }}{{ range 10000 }}{{ range 10000 }}{{ end }}{{ end }}{{ end }}`, time.Hour)
	if !strings.Contains(have, "segment s1: interrupted") {
		t.Errorf("have %s, want the render interrupted", have)
	}
}

// TestBuiltinTemplatesPassTheBudget renders the example with every check
// on: the built-in templates use no more than a fraction of any limit.
func TestBuiltinTemplatesPassTheBudget(t *testing.T) {
	tpl := builtin(t)
	tpl.Timeout = time.Minute
	res := Compile(context.Background(), examplePath, Options{Templates: tpl})
	if len(res.Episodes) == 0 || res.Failed(false) {
		t.Fatalf("the example did not render:\n%v", res.Problems)
	}
}

// TestAliasedLinesAreBoundedPerEdition renders a sheet whose 200 segments
// all alias one 900 KB block of lines: the edition's script limit stops it
// after a few segments, with one problem.
func TestAliasedLinesAreBoundedPerEdition(t *testing.T) {
	var b strings.Builder
	b.WriteString("show: Test Show\ntitle: A test\nslug: big\nformat: bulletin\ntarget: 1m\nhosts: [anna]\n")
	b.WriteString("speakers:\n  anna: {name: Anna Host, role: host}\nsegments:\n  - id: s0\n    title: S\n    kind: read\n    lines: &big\n      - \"")
	for b.Len() < 900<<10 {
		b.WriteString("Words of copy. ")
	}
	b.WriteString("\"\n")
	for i := 1; i < 200; i++ {
		fmt.Fprintf(&b, "  - {id: s%d, title: S, kind: read, lines: *big}\n", i)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "episode.yaml"), b.String())
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	res := Compile(context.Background(), filepath.Join(dir, "episode.yaml"), Options{Templates: builtin(t)})
	runtime.ReadMemStats(&after)
	have := res.Problems.Error()
	if !strings.Contains(have, "write more than the limit of 4194304 bytes together") || strings.Count(have, "\n") > 0 {
		t.Errorf("have %s\nwant one problem: the edition's script limit", have)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 256<<20 {
		t.Errorf("allocated %d MiB", alloc>>20)
	}
}

// TestTemplatesArePlainText checks that a template's byte order mark is
// dropped, and that invalid UTF-8 and control characters, which would be
// copied into every output, are refused at their position.
func TestTemplatesArePlainText(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"byte order mark", "\xef\xbb\xbf{{ .Segment.Host.ID }}: Hello.", ""},
		{"invalid UTF-8", "anna: Hello.\nanna: caf\xe9.", "templates/explainer/intro.tmpl:2:10: file is not valid UTF-8; save it as UTF-8"},
		{"escape", "anna: \x1b[31mHello.", "templates/explainer/intro.tmpl:1:7: contains the control character U+001B (ESC); remove it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "templates", "explainer", "intro.tmpl"), tt.src)
			tpl, err := LoadTemplates(templates.FS, templates.Name, filepath.Join(dir, "templates"))
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				f, _ := tpl.File("explainer/intro.tmpl")
				if strings.HasPrefix(f.Source, "\ufeff") {
					t.Errorf("the byte order mark was kept: %q", f.Source)
				}
				return
			}
			if err == nil || strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "") != tt.want {
				t.Errorf("have %v\nwant %s", err, tt.want)
			}
		})
	}
}
