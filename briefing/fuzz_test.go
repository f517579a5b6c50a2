package briefing

import (
	"context"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/briefing/internal/cases"
	"github.com/briefing-dev/briefing/templates"
)

// FuzzParse feeds arbitrary bytes to the fact-sheet parser: it must never
// panic, a sheet it accepts must be fully resolved, and no problem may
// print a control character or a bidirectional control, or leave a YAML
// syntax error without its line. The seed corpus holds hostile inputs
// (testdata/fuzz/FuzzParse/hostile-*).
func FuzzParse(f *testing.F) {
	f.Add([]byte(minimal))
	if data, err := os.ReadFile(examplePath); err == nil {
		f.Add(data)
	}
	f.Add([]byte("show: &a [*a]\n"))
	f.Add([]byte("a: &x {b: *x}\n"))
	f.Add([]byte("\xef\xbb\xbfshow: x\n---\nshow: y\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, probs := Parse("fuzz.yaml", data)
		if s == nil {
			if probs.Err(false) == nil {
				t.Fatalf("no sheet and no error for %q", data)
			}
			return
		}
		for _, e := range s.Editions {
			for _, sg := range e.Segments {
				if sg.Host == nil && len(s.Hosts) > 0 {
					t.Fatalf("segment %q has no host", sg.ID)
				}
				if len(sg.Facts) != len(sg.FactRefs) || len(sg.Quotes) != len(sg.QuoteRefs) {
					t.Fatalf("segment %q has unresolved references", sg.ID)
				}
			}
		}
		for _, p := range probs {
			if strings.Contains(p.String(), "\n") {
				t.Fatalf("a problem spans lines: %q", p.String())
			}
			if strings.IndexFunc(p.String(), func(r rune) bool { return isControl(r) || isBidi(r) }) >= 0 {
				t.Fatalf("a problem prints a control character: %q", p.String())
			}
			if strings.HasPrefix(p.Message, "YAML syntax") && p.Line == 0 {
				t.Fatalf("a YAML syntax error has no line: %q", p.String())
			}
		}
	})
}

// FuzzParseScript feeds arbitrary markup to the script parser.
func FuzzParseScript(f *testing.F) {
	s, probs := Parse("ep.yaml", []byte(strings.Replace(minimal, "source: wire}", "source: wire, airs: clip}", 1)))
	if s == nil {
		f.Fatal(probs)
	}
	host, _ := s.Speaker("anna")
	f.Add("anna: Hello. [#f1]\n\nCLIP bo q1 5s: It matters.\n\nMUSIC 3s: x\n\nNOTE: y")
	f.Add("QUOTE anna q1: “It matters.”")
	f.Add("CLIP bo q1 1:")
	f.Add("[#f1@wire] [#")
	f.Fuzz(func(t *testing.T, script string) {
		cues, _ := ParseScript(script, s, host)
		for _, c := range cues {
			if strings.Contains(c.Text, "[#") && refRE().MatchString(c.Text) {
				t.Fatalf("a provenance marker was left in %q", c.Text)
			}
			if (c.Kind == Clip || c.Kind == QuoteRead) && c.Quote == nil {
				t.Fatalf("%s cue without its quote", c.Kind)
			}
		}
	})
}

func mustRead(tb testing.TB, path string) string {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// FuzzTemplate renders the example with its intro template replaced by
// arbitrary text: loading and rendering must fail cleanly or succeed, never
// panic, hang or run past the budget.
func FuzzTemplate(f *testing.F) {
	sheet := loadExample(f)
	for _, s := range []string{
		`{{ .Segment.Host.ID }}: Hello.`,
		`{{ define "a" }}{{ template "a" . }}{{ end }}{{ template "a" . }}`,
		`{{ range seq 100000000 1 }}x{{ end }}`,
		`{{ $s := "xx" }}{{ range until 100 }}{{ $s = cat $s $s }}{{ end }}{{ $s }}`,
		`{{ range 100000 }}{{ range 100000 }}{{ end }}{{ end }}`,
		`{{ printf "%*d" 1000000 1 }}{{ indent 99999 "x" }}{{ b64dec "!" }}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		dir := t.TempDir()
		writeFile(t, dir+"/explainer/intro.tmpl", src)
		tpl, err := LoadTemplates(templates.FS, templates.Name, dir)
		if err != nil {
			return
		}
		tpl.Timeout = 2 * time.Second
		ed := sheet.Editions[0]
		ctx := context.Background()
		ep, _ := Render(ctx, sheet, ed, tpl)
		if ep != nil {
			if _, err := Outputs(ctx, ep, tpl); err != nil {
				var ps Problems
				if !errors.As(err, &ps) {
					t.Fatalf("an output error that is not Problems: %v", err)
				}
			}
		}
	})
}

// The expressions keywordLine and speakerLine are written out from.
var (
	keywordLineRE = regexp.MustCompile(`^(QUOTE|CLIP|MUSIC|STING|NOTE)((?:\s|:).*)?$`)
	speakerLineRE = regexp.MustCompile(`^([a-z][a-z0-9_-]*):(?:\s+(.*))?$`)
)

// cueLineCases are first lines of cues and near misses for TestCueLines
// and the seeds of FuzzCueLines.
var cueLineCases = []string{
	"QUOTE anna q1: “It matters.”", "QUOTE", "QUOTES", "QUOTE:", "CLIP\tbo q1 5s:", "CLIP\nx", "CLIP\nx\ny", "NOTE: a\nb",
	"MUSIC 3s: x", "STING", "quote anna", "anna: Hello.", "anna:", "anna: ", "anna:x", "anna:  \t x", "anna:\n\nx",
	"anna: x\ny", "Anna: x", "1anna: x", "an-na_2: x", "an na: x", "-anna: x", "anna-: x", ": x", "", "anna:\v x",
}

// TestCueLines holds keywordLine and speakerLine to their expressions.
func TestCueLines(t *testing.T) {
	cases.Each(t, cueLineCases, checkCueLines)
}

// FuzzCueLines holds keywordLine and speakerLine to their expressions on
// any line.
func FuzzCueLines(f *testing.F) {
	cases.Fuzz(f, cueLineCases, checkCueLines)
}

func checkCueLines(t *testing.T, s string) {
	kw, header, ok := keywordLine(s)
	if m := keywordLineRE.FindStringSubmatch(s); m == nil && ok || m != nil && (!ok || kw != m[1] || header != m[2]) {
		t.Errorf("keywordLine(%q) = %q, %q, %v; the expression %q", s, kw, header, ok, m)
	}
	id, text, ok := speakerLine(s)
	if m := speakerLineRE.FindStringSubmatch(s); m == nil && ok || m != nil && (!ok || id != m[1] || text != m[2]) {
		t.Errorf("speakerLine(%q) = %q, %q, %v; the expression %q", s, id, text, ok, m)
	}
}
