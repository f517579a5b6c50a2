package briefing

import (
	"github.com/Masterminds/goutils"
	"os"
	"sort"
	"strings"
	"testing"
	"text/template"

	"github.com/briefing-dev/briefing/templates"
)

const examplePath = "../episodes/isis-k-russia/episode.yaml"

func loadExample(t testing.TB) *FactSheet {
	t.Helper()
	s, probs := Load(examplePath, Options{})
	if s == nil {
		t.Fatalf("loading the example episode:\n%v", probs)
	}
	return s
}

func builtin(t testing.TB) *Templates {
	t.Helper()
	tpl, err := LoadTemplates(templates.FS, templates.Name, "")
	if err != nil {
		t.Fatalf("built-in templates: %v", err)
	}
	return tpl
}

// TestFuncDocs runs every documented example of the domain functions.
func TestFuncDocs(t *testing.T) {
	s := loadExample(t)
	ed := s.Editions[0]
	data := &SegmentData{Sheet: s, Edition: ed, Segment: ed.Segments[0], Number: 1, Count: len(ed.Segments)}
	b := new(budget)
	fm := funcs(b)
	documented := map[string]bool{}
	for _, ex := range FuncDocs() {
		documented[ex.Name] = true
		t.Run(ex.Name, func(t *testing.T) {
			tm := template.New("example").Funcs(fm).Option("missingkey=error")
			tm.Funcs(template.FuncMap{"include": includeFunc(tm, b)})
			if _, err := tm.Parse(ex.Example); err != nil {
				t.Fatalf("parse %s: %v", ex.Example, err)
			}
			var b strings.Builder
			if err := tm.Execute(&b, data); err != nil {
				t.Fatalf("execute %s: %v", ex.Example, err)
			}
			if b.String() != ex.Output {
				t.Errorf("%s\n have %q\n want %q", ex.Example, b.String(), ex.Output)
			}
		})
	}
	for name := range domainFuncs() {
		if !documented[name] {
			t.Errorf("domain function %q has no documented example in FuncDocs", name)
		}
	}
}

// TestDeniedPinned pins the functions templates may not call: a sprig
// upgrade or an edit that lets one back in fails here.
func TestDeniedPinned(t *testing.T) {
	want := []string{
		"ago", "bcrypt", "buildCustomCert", "date", "dateInZone", "dateModify", "date_in_zone", "date_modify",
		"decryptAES", "derivePassword", "durationRound", "encryptAES", "env", "expandenv", "genCA", "genCAWithKey",
		"genPrivateKey", "genSelfSignedCert", "genSelfSignedCertWithKey", "genSignedCert", "genSignedCertWithKey",
		"getHostByName", "htmlDate", "htmlDateInZone", "htpasswd", "mustDateModify", "mustToDate", "must_date_modify",
		"now", "randAlpha", "randAlphaNum", "randAscii", "randBytes", "randInt", "randNumeric", "shuffle", "toDate",
		"unixEpoch", "uuidv4",
	}
	have := mapKeys(Denied())
	sort.Strings(have)
	if strings.Join(have, " ") != strings.Join(want, " ") {
		t.Errorf("Denied changed\n have %v\n want %v", have, want)
	}
}

func TestDeniedCallsFailAtTheirPosition(t *testing.T) {
	for name, why := range Denied() {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			src := "{{/* a hostile template */}}\nhello {{ " + name + " \"HOME\" }}\n"
			writeFile(t, dir+"/explainer/intro.tmpl", src)
			_, err := LoadTemplates(templates.FS, templates.Name, dir)
			if err == nil {
				t.Fatalf("a template calling %s loaded", name)
			}
			want := dir + "/explainer/intro.tmpl:2:9: " + name + ": not allowed in templates: it " + why
			if err.Error() != want {
				t.Errorf("have %q\nwant %q", err.Error(), want)
			}
		})
	}
}

func TestDeniedStubFailsIfCalled(t *testing.T) {
	fn := Funcs()["env"].(func(...any) (string, error))
	if out, err := fn("HOME"); err == nil || out != "" {
		t.Errorf("env stub returned %q, %v; want an error and no value", out, err)
	}
}

func TestCountingFunctionsAreCapped(t *testing.T) {
	tests := []string{
		`{{ repeat 100000000 "x" }}`,
		`{{ until 100000000 }}`,
		`{{ untilStep 0 100000000 1 }}`,
		`{{ seq 100000000 }}`,
	}
	for _, src := range tests {
		tm := template.Must(template.New("t").Funcs(Funcs()).Parse(src))
		if err := tm.Execute(&strings.Builder{}, nil); err == nil || !strings.Contains(err.Error(), "limit") {
			t.Errorf("%s: err = %v, want a limit error", src, err)
		}
	}
}

func writeFile(t testing.TB, path, data string) {
	t.Helper()
	if err := os.MkdirAll(path[:strings.LastIndex(path, "/")], 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestWrapText checks wrapText against sprig's wrap on ASCII, where
// counting bytes is counting characters, and by characters elsewhere.
func TestWrapText(t *testing.T) {
	for _, tc := range []struct {
		s     string
		width int
		want  string
	}{
		{"", 10, ""},
		{"short", 10, "short"},
		{"the quick brown fox jumps over the lazy dog", 10, "the quick\nbrown fox\njumps over\nthe lazy\ndog"},
		{"a verylongwordthatrunspast the width", 8, "a\nverylongwordthatrunspast\nthe\nwidth"},
		{"  leading spaces are dropped on a new line", 12, "leading\nspaces are\ndropped on a\nnew line"},
		{"unbreakablewordattheend", 5, "unbreakablewordattheend"},
		{"Élysée à Moscou: les défis énormes", 16, "Élysée à Moscou:\nles défis\nénormes"},
		{"Хроника событий в Москве и области", 16, "Хроника событий\nв Москве и\nобласти"},
	} {
		if got := wrapText(tc.s, tc.width); got != tc.want {
			t.Errorf("wrapText(%q, %d) = %q, want %q", tc.s, tc.width, got, tc.want)
		}
		if !isASCII(tc.s) {
			continue
		}
		if got := wrapText(tc.s, tc.width); got != goutils.Wrap(tc.s, tc.width) {
			t.Errorf("wrapText(%q, %d) = %q, sprig's wrap gives %q", tc.s, tc.width, got, goutils.Wrap(tc.s, tc.width))
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func TestQuoted(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"It matters.", "“It matters.”"},
		{`"It matters."`, "“It matters.”"},
		{"He called it “a disaster”.", "“He called it ‘a disaster’.”"},
		{`He called it "a disaster" and "a shame".`, "“He called it ‘a disaster’ and ‘a shame’.”"},
		{"It's the people's choice.", "“It's the people's choice.”"},
		{`I don"t think they"re ready, "not yet".`, "“I don’t think they’re ready, ‘not yet’.”"},
	} {
		if got := quoted(tc.in); got != tc.want {
			t.Errorf("quoted(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUnwrapQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"It matters.", "It matters."},
		{`"It matters."`, "It matters."},
		{"“It matters.”", "It matters."},
		{"« Ça compte. »", "Ça compte."},
		{`"A," he said, "B."`, `"A," he said, "B."`},
		{"He called it “a disaster”", "He called it “a disaster”"},
		{`"`, `"`},
		{`""`, ``},
	} {
		if got := unwrapQuote(tc.in); got != tc.want {
			t.Errorf("unwrapQuote(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMDLink(t *testing.T) {
	for _, tc := range []struct{ text, url, want string }{
		{"Story", "https://example.com/a", "[Story](https://example.com/a)"},
		{`A [b] \c`, "https://example.com/", `[A \[b\] \\c](https://example.com/)`},
		{"Story", "https://en.wikipedia.org/wiki/X_(2024)", "[Story](<https://en.wikipedia.org/wiki/X_(2024)>)"},
		{"Story", "https://example.com/a b?c=<1>", "[Story](<https://example.com/a b?c=%3C1%3E>)"},
	} {
		if got := mdLink(tc.text, tc.url); got != tc.want {
			t.Errorf("mdLink(%q, %q) = %q, want %q", tc.text, tc.url, got, tc.want)
		}
	}
}
