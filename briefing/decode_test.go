package briefing

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// minimal is a small valid fact sheet; tests replace parts of it.
const minimal = `show: Test Show
title: A test
slug: a-test
format: explainer
target: 1m
hosts: [anna]
speakers:
  anna: {name: Anna Host, role: host}
  bo: {name: Bo Expert, title: economist, role: expert}
sources:
  wire: {outlet: Wire, title: Story}
facts:
  - {id: f1, text: Something happened., sources: [wire]}
quotes:
  - {id: q1, speaker: bo, text: It matters., source: wire}
segments:
  - {id: s1, title: One, kind: intro, facts: [f1], quotes: [q1]}
`

func TestParseValid(t *testing.T) {
	s, probs := Parse("ep.yaml", []byte(minimal))
	if s == nil {
		t.Fatalf("Parse failed:\n%v", probs)
	}
	if len(probs) != 0 {
		t.Errorf("unexpected problems:\n%v", probs)
	}
	if got := s.Editions[0].Segments[0].Host; got == nil || got.ID != "anna" {
		t.Errorf("segment host = %v, want the first host anna", got)
	}
	if q, _ := s.Quote("q1"); q.Speaker == nil || q.Speaker.Name != "Bo Expert" {
		t.Errorf("quote speaker not resolved: %+v", q)
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name      string
		old, new  string // replace old with new in minimal
		want      string // every problem, one a line
		wantSheet bool
	}{
		{
			name: "typo'd key",
			old:  "title: A test", new: "titel: A test",
			want: "ep.yaml:1:1: title: missing (required)\nep.yaml:2:1: titel: unknown key \"titel\" (did you mean \"title\"?)",
		},
		{
			name: "quote by an undefined speaker",
			old:  "speaker: bo,", new: "speaker: bob,",
			want: `ep.yaml:15:23: quotes[0].speaker: no speaker "bob" in the fact sheet (did you mean "bo"?)`,
		},
		{
			name: "duration without unit",
			old:  "target: 1m", new: "target: 90",
			want: `ep.yaml:5:9: target: "90": missing unit (write "90s" or "90m")`,
		},
		{
			name: "several problems at once",
			old:  "  - {id: s1, title: One, kind: intro, facts: [f1], quotes: [q1]}",
			new:  "  - {id: s1, title: One, kind: intro, facts: [f2], quotes: [q1], target: 1x}",
			want: "ep.yaml:17:47: segments[0].facts[0]: no fact \"f2\" in the fact sheet (did you mean \"f1\"?)\n" +
				"ep.yaml:17:74: segments[0].target: \"1x\": not a duration (write e.g. \"90s\", \"1m30s\" or \"1:30\")",
		},
		{
			name: "number where text is expected",
			old:  "title: A test", new: "title: 1984",
			want: `ep.yaml:2:8: title: expected text, got the number "1984" (put it in quotes if it is meant as text)`,
		},
		{
			name: "yaml boolean is not text",
			old:  "show: Test Show", new: "show: true",
			want: `ep.yaml:1:7: show: expected text, got the boolean "true" (put it in quotes if it is meant as text)`,
		},
		{
			name: "null where text is required",
			old:  "title: A test", new: "title:",
			want: `ep.yaml:2:7: title: missing value (write the text after the colon)`,
		},
		{
			name: "hex number refused",
			old:  "role: expert}", new: "role: expert, wpm: 0xA0}",
			want: `ep.yaml:9:62: speakers.bo.wpm: "0xA0": write numbers in plain decimal digits, e.g. 137 or 1.5`,
		},
		{
			name: "leading zero refused (octal in YAML 1.1)",
			old:  "role: expert}", new: "role: expert, wpm: 0160}",
			want: `ep.yaml:9:62: speakers.bo.wpm: "0160": write numbers in plain decimal digits, e.g. 137 or 1.5`,
		},
		{
			name: "no host",
			old:  "hosts: [anna]", new: "hosts: []",
			want: `ep.yaml:6:8: hosts: list at least one speaker id: who presents the show`,
		},
		{
			name: "duplicate fact id",
			old:  "  - {id: f1, text: Something happened., sources: [wire]}",
			new:  "  - {id: f1, text: Something happened., sources: [wire]}\n  - {id: f1, text: Again., sources: [wire]}",
			want: `ep.yaml:14:5: facts: id "f1" is already used at line 13`,
		},
		{
			name: "bad slug",
			old:  "slug: a-test", new: "slug: ../etc",
			want: `ep.yaml:3:7: slug: "../etc" is not a valid slug (lower-case letters and digits joined by single hyphens, at most 80 characters, e.g. "isis-k-russia")`,
		},
		{
			name: "source file outside the episode folder",
			old:  "title: Story}", new: "title: Story, file: ../../secret.txt}",
			want: `ep.yaml:11:44: sources.wire.file: "../../secret.txt" must be a path inside the episode folder, e.g. sources/article.txt`,
		},
		{
			name: "a second document",
			old:  "show: Test Show", new: "show: Test Show\n---\nshow: Again",
			want: `ep.yaml:3: a second YAML document starts here; a fact sheet is one document (remove the "---" before it)`,
		},
		{
			name: "copy of itself",
			old:  "title: Story}", new: "title: Story, copy_of: wire}",
			want: `ep.yaml:11:47: sources.wire.copy_of: a source cannot be a copy of itself`,
		},
		{
			name: "length on a read quote",
			old:  "source: wire}", new: "source: wire, length: 10s}",
			want: `ep.yaml:15:5: quotes[0].length: only a clip has a running time; set airs: clip or remove length`,
		},
		{
			name: "partial given as a YAML 1.1 word",
			old:  "source: wire}", new: "source: wire, partial: yes}",
			want: `ep.yaml:15:69: quotes[0].partial: expected true or false, got the text "yes"`,
		},
		{
			name: "partial given as a number",
			old:  "source: wire}", new: "source: wire, partial: 1}",
			want: `ep.yaml:15:69: quotes[0].partial: expected true or false, got the number "1"`,
		},
		{
			name: "partial without a value",
			old:  "source: wire}", new: "source: wire, partial: ~}",
			want: `ep.yaml:15:69: quotes[0].partial: missing value (write true or false)`,
		},
		{
			name: "partial misspelt",
			old:  "source: wire}", new: "source: wire, partal: true}",
			want: `ep.yaml:15:60: quotes[0].partal: unknown key "partal" (did you mean "partial"?)`,
		},
		{
			name: "partial quote without a lead_in",
			old:  "text: It matters., source: wire}", new: "text: in as little as six months, source: wire, partial: true}",
			want: `ep.yaml:15:5: quotes[0].lead_in: quote "q1" is partial (a phrase, not a sentence): give a lead_in that it completes, e.g. "She said the plan would"`,
		},
		{
			name: "partial quote that no segment uses needs no lead_in yet",
			old:  "text: It matters., source: wire}\nsegments:\n  - {id: s1, title: One, kind: intro, facts: [f1], quotes: [q1]}",
			new:  "text: in as little as six months, source: wire, partial: true}\nsegments:\n  - {id: s1, title: One, kind: intro, facts: [f1]}",
			want: "", wantSheet: true,
		},
		{
			name: "partial quote an edition uses needs a lead_in",
			old:  "text: It matters., source: wire}\nsegments:\n  - {id: s1, title: One, kind: intro, facts: [f1], quotes: [q1]}",
			new: "text: in as little as six months, source: wire, partial: true}\nsegments:\n  - {id: s1, title: One, kind: intro, facts: [f1]}\n" +
				"editions:\n  bulletin:\n    target: 30s\n    segments:\n      - {id: b1, title: Voice, kind: quote, quotes: [q1]}",
			want: `ep.yaml:15:5: quotes[0].lead_in: quote "q1" is partial (a phrase, not a sentence): give a lead_in that it completes, e.g. "She said the plan would"`,
		},
		{
			name: "edition read by a speaker the sheet does not have, at an impossible pace",
			old:  "segments:\n  - {id: s1, title: One, kind: intro, facts: [f1], quotes: [q1]}\n",
			new: "segments:\n  - {id: s1, title: One, kind: intro, facts: [f1], quotes: [q1]}\n" +
				"editions:\n  bulletin:\n    target: 30s\n    host: anne\n    wpm: 900\n    segments:\n      - {id: b1, title: Head, kind: headline, facts: [f1]}\n",
			want: "ep.yaml:21:11: editions.bulletin.host: no speaker \"anne\" in the fact sheet (did you mean \"anna\"?)\n" +
				"ep.yaml:22:10: editions.bulletin.wpm: 900 words per minute is outside 60–400; broadcast reads run at about 150–190",
		},
		{
			name: "partial quote as a clip",
			old:  "text: It matters., source: wire}", new: "text: in as little as six months, source: wire, partial: true, airs: clip, lead_in: Bo says it could happen}",
			want: `ep.yaml:15:96: quotes[0].airs: quote "q1" is partial (a phrase, not a sentence): a clip of a phrase cut from a sentence misrepresents the speaker; set airs: read, or quote the whole sentence and remove partial`,
		},
		{
			name: "partial quote after a colon",
			old:  "text: It matters., source: wire}", new: "text: in as little as six months, source: wire, partial: true, lead_in: \"Bo said:\"}",
			want: `ep.yaml:15:99: quotes[0].lead_in: quote "q1" is partial (a phrase, not a sentence): its lead_in ends with ":", which leaves the phrase standing as a sentence of its own; end the lead_in with the words the phrase completes, e.g. "She said the plan would"`,
		},
		{
			name: "partial quote after a full stop",
			old:  "text: It matters., source: wire}", new: "text: in as little as six months, source: wire, partial: true, lead_in: Bo has a warning.}",
			want: `ep.yaml:15:99: quotes[0].lead_in: quote "q1" is partial (a phrase, not a sentence): its lead_in ends with ".", which leaves the phrase standing as a sentence of its own; end the lead_in with the words the phrase completes, e.g. "She said the plan would"`,
		},
		{
			name: "partial quote with a lead_in",
			old:  "text: It matters., source: wire}", new: "text: in as little as six months, source: wire, partial: true, lead_in: Bo says it could happen}",
			want: "", wantSheet: true,
		},
		{
			name: "lower-case quote not marked partial, read with no lead_in",
			old:  "text: It matters., source: wire}", new: "text: in as little as six months, source: wire}",
			want: `ep.yaml:15:33: quotes[0].text: quote "q1" starts with a lower-case letter, so it looks partial (a phrase, not a sentence) and cannot be read as a statement of its own; set partial: true and give a lead_in that it completes, e.g. "She said the plan would"`,
		},
		{
			name: "a one-word quote read with no lead_in",
			old:  "text: It matters., source: wire}", new: "text: Misunderstandings, source: wire}",
			want: `ep.yaml:15:33: quotes[0].text: quote "q1" is a single word, so it looks partial (a phrase, not a sentence) and cannot be read as a statement of its own; set partial: true and give a lead_in that it completes, e.g. "She said the plan would"`,
		},
		{
			name: "lower-case quote after opening punctuation, with a lead_in",
			old:  "text: It matters., source: wire}", new: "text: \"…and then it mattered\", source: wire, lead_in: Bo said that it mattered}",
			want:      `ep.yaml:15:33: warning: quotes[0].text: quote "q1" starts with a lower-case letter, so it looks partial (a phrase, not a sentence); if it is, set partial: true and give a lead_in that it completes`,
			wantSheet: true,
		},
		{
			name: "partial problems all at once",
			old:  "text: It matters., source: wire}",
			new:  "text: in as little as six months, source: wire, partial: true, airs: clip}\n  - {id: q2, speaker: bo, text: with little to no warning, source: wire}",
			want: `ep.yaml:15:5: quotes[0].lead_in: quote "q1" is partial (a phrase, not a sentence): give a lead_in that it completes, e.g. "She said the plan would"` + "\n" +
				`ep.yaml:15:96: quotes[0].airs: quote "q1" is partial (a phrase, not a sentence): a clip of a phrase cut from a sentence misrepresents the speaker; set airs: read, or quote the whole sentence and remove partial` + "\n" +
				`ep.yaml:16:33: warning: quotes[1].text: quote "q2" starts with a lower-case letter, so it looks partial (a phrase, not a sentence); if it is, set partial: true and give a lead_in that it completes`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(minimal, tt.old) {
				t.Fatalf("test is broken: %q not in the minimal sheet", tt.old)
			}
			src := strings.Replace(minimal, tt.old, tt.new, 1)
			s, probs := Parse("ep.yaml", []byte(src))
			if (s != nil) != tt.wantSheet {
				t.Errorf("sheet returned = %v, want %v", s != nil, tt.wantSheet)
			}
			if got := probs.Error(); got != tt.want {
				t.Errorf("problems of\n%s\nhave:\n%s\nwant:\n%s", src, got, tt.want)
			}
		})
	}
}

func TestParsePartial(t *testing.T) {
	for _, tt := range []struct {
		value string
		want  bool
	}{{"true", true}, {"false", false}, {"", false}} {
		q := "source: wire, partial: " + tt.value + ", lead_in: Bo says it}"
		if tt.value == "" {
			q = "source: wire}"
		}
		s, probs := Parse("ep.yaml", []byte(strings.Replace(minimal, "source: wire}", q, 1)))
		if s == nil {
			t.Fatalf("partial: %s: %v", tt.value, probs)
		}
		if got := s.Quotes[0].Partial; got != tt.want {
			t.Errorf("partial: %q decodes as %v, want %v", tt.value, got, tt.want)
		}
	}
}

func TestParseEncodings(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", []byte("  \n"), "ep.yaml: file is empty; a fact sheet needs at least show, title, slug, format, target and segments (briefing new SLUG writes one to start from)"},
		{"utf-16", []byte{0xff, 0xfe, 's', 0}, "ep.yaml: file is UTF-16; save it as UTF-8"},
		{"invalid utf-8", []byte("show: a\ntitle: \xff\n"), "ep.yaml:2:8: file is not valid UTF-8; save it as UTF-8"},
		{"not a mapping", []byte("- a\n- b\n"), "ep.yaml:1: the fact sheet must be a mapping of keys (show:, title:, …), not a list"},
		{"second document", []byte(minimal + "---\nshow: b\n"), "ep.yaml:19: a second YAML document starts here; a fact sheet is one document (remove the \"---\" before it)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := Parse("ep.yaml", tt.data)
			if got := probs.Error(); got != tt.want {
				t.Errorf("have %q\nwant %q", got, tt.want)
			}
		})
	}
	bom := append([]byte("\xef\xbb\xbf"), minimal...)
	if s, probs := Parse("ep.yaml", bom); s == nil {
		t.Errorf("a UTF-8 byte order mark must be accepted:\n%v", probs)
	}
}

func TestParseKeepsYAML11WordsAsText(t *testing.T) {
	// YAML 1.1 read "no", "on" and "012" as a boolean and an octal number;
	// a fact sheet keeps them as written.
	src := strings.Replace(minimal, "show: Test Show", "show: no", 1)
	src = strings.Replace(src, "title: A test", "title: on", 1)
	s, probs := Parse("ep.yaml", []byte(src))
	if s == nil {
		t.Fatalf("Parse failed:\n%v", probs)
	}
	if s.Show != "no" || s.Title != "on" {
		t.Errorf("show, title = %q, %q; want \"no\", \"on\"", s.Show, s.Title)
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		sp   Speaker
		want string
	}{
		{Speaker{Name: "Greg Barton", Title: "terrorism expert"}, "terrorism expert Greg Barton"},
		{Speaker{Name: "Michael Kurilla", Honorific: "General", Title: "the commander of US Central Command"}, "General Michael Kurilla, the commander of US Central Command"},
		{Speaker{Name: "Michael Kugelman", Affiliation: "the Washington-based Wilson Center"}, "Michael Kugelman of the Washington-based Wilson Center"},
		{Speaker{Name: "Jo Lee", Title: "economist", Affiliation: "the IMF"}, "economist Jo Lee of the IMF"},
		{Speaker{Name: "Jo Lee", Title: "the director of research", Affiliation: "the IMF"}, "Jo Lee, the director of research at the IMF"},
		{Speaker{Name: "Jo Lee"}, "Jo Lee"},
	}
	for _, tt := range tests {
		if got := tt.sp.Attribution(); got != tt.want {
			t.Errorf("Attribution(%+v) = %q, want %q", tt.sp, got, tt.want)
		}
	}
}

// TestParseAliasesAreBounded feeds a sheet whose aliases would expand to
// millions of references: it is refused with one clear error, quickly.
func TestParseAliasesAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(strings.Replace(minimal, "segments:\n  - {id: s1, title: One, kind: intro, facts: [f1], quotes: [q1]}\n", "", 1))
	b.WriteString("x: &f [f1")
	for i := 0; i < 999; i++ {
		b.WriteString(", f1")
	}
	b.WriteString("]\n")
	b.WriteString("segments:\n  - &s {id: s1, title: One, kind: intro, facts: *f}\n")
	for i := 0; i < 999; i++ {
		b.WriteString("  - *s\n")
	}
	_, probs := Parse("ep.yaml", []byte(b.String()))
	msg := probs.Error()
	if !strings.Contains(msg, "holds more than 200000 values") {
		t.Errorf("problems: %.300s", msg)
	}
	if len(probs) > 3 {
		t.Errorf("%d problems; the budget should stop the flood", len(probs))
	}
}

// sheetWith returns the minimal sheet with old replaced by new.
func sheetWith(t *testing.T, old, new string) []byte {
	t.Helper()
	if !strings.Contains(minimal, old) {
		t.Fatalf("test is broken: %q not in the minimal sheet", old)
	}
	return []byte(strings.Replace(minimal, old, new, 1))
}

// TestParseHostileText pins the checks every text value passes: control
// characters are errors, bidirectional controls warnings, and a text of
// only invisible characters is empty. No message holds the character.
func TestParseHostileText(t *testing.T) {
	tests := []struct {
		name      string
		old, new  string
		want      string
		wantSheet bool
	}{
		{
			name: "escape sequence in a title",
			old:  "title: A test", new: `title: "A \e[31mtest"`,
			want: "ep.yaml:2:8: title: contains the control character U+001B (ESC); remove it",
		},
		{
			name: "DEL in a fact",
			old:  "text: Something happened.,", new: `text: "Something\x7f happened.",`,
			want: "ep.yaml:13:20: facts[0].text: contains the control character U+007F (DEL); remove it",
		},
		{
			name: "C1 control in a quote",
			old:  "text: It matters.,", new: `text: "It \u009b2J matters.",`,
			want: "ep.yaml:15:33: quotes[0].text: contains the control character U+009B (CSI); remove it",
		},
		{
			name: "carriage return in a script line",
			old:  "quotes: [q1]}", new: `quotes: [q1], lines: ["One\rTwo"]}`,
			want: "ep.yaml:17:74: segments[0].lines[0]: contains the control character U+000D (CR); remove it",
		},
		{
			name: "control character in an id",
			old:  "{id: f1, text:", new: `{id: "f\a1", text:`,
			want: "ep.yaml:13:10: facts[0].id: contains the control character U+0007 (BEL); remove it\n" +
				"ep.yaml:17:47: segments[0].facts[0]: no fact \"f1\" in the fact sheet",
		},
		{
			name: "control character in a pronouncer",
			old:  "segments:", new: "pronounce: {\"Ku\\egel\": KOO-gul}\nsegments:",
			want: "ep.yaml:16:13: pronounce: contains the control character U+001B (ESC); remove it",
		},
		{
			name: "tab and newline are text",
			old:  "title: A test", new: "title: \"A\\ttest\\nin two lines\"",
			wantSheet: true,
		},
		{
			name: "right-to-left override in a title",
			old:  "title: A test", new: "title: A \u202etset",
			want:      "ep.yaml:2:8: warning: title: contains the bidirectional control U+202E (RLO), which changes the order text displays in; remove it unless the text needs it",
			wantSheet: true,
		},
		{
			name: "isolate in a fact, written as an escape",
			old:  "text: Something happened.,", new: `text: "Something \u2066happened.",`,
			want:      "ep.yaml:13:20: warning: facts[0].text: contains the bidirectional control U+2066 (LRI), which changes the order text displays in; remove it unless the text needs it",
			wantSheet: true,
		},
		{
			name: "Arabic letter mark in a name",
			old:  "name: Anna Host,", new: "name: Anna \u061cHost,",
			want:      "ep.yaml:8:16: warning: speakers.anna.name: contains the bidirectional control U+061C (ALM), which changes the order text displays in; remove it unless the text needs it",
			wantSheet: true,
		},
		{
			name: "zero-width and no-break spaces only",
			old:  "title: A test", new: `title: "\u200b\u00a0\u200d"`,
			want: "ep.yaml:2:8: title: empty text: it holds only invisible characters, such as U+200B (ZWSP)",
		},
		{
			name: "ideographic space only",
			old:  "show: Test Show", new: "show: \u3000",
			want: "ep.yaml:1:7: show: empty text",
		},
		{
			name: "byte order mark only",
			old:  "name: Bo Expert,", new: `name: "\ufeff",`,
			want: "ep.yaml:9:14: speakers.bo.name: empty text: it holds only invisible characters, such as U+FEFF (ZWNBSP)",
		},
		{
			name: "word joiner only, in a script line",
			old:  "quotes: [q1]}", new: `quotes: [q1], lines: ["\u2060"]}`,
			want: "ep.yaml:17:74: segments[0].lines[0]: empty text: it holds only invisible characters, such as U+2060 (WJ)",
		},
		{
			name: "a lone bidirectional control is empty, not a warning",
			old:  "title: A test", new: "title: \u202e",
			want: "ep.yaml:2:8: title: empty text: it holds only invisible characters, such as U+202E (RLO)",
		},
		{
			name: "unknown key with a control character is quoted in the field",
			old:  "title: A test", new: "title: A test\n\"ti\\u202etle\": x",
			want: `ep.yaml:3:1: "ti\u202etle": unknown key "ti\u202etle" (did you mean "title"?)`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := sheetWith(t, tt.old, tt.new)
			s, probs := Parse("ep.yaml", src)
			if (s != nil) != tt.wantSheet {
				t.Errorf("sheet returned = %v, want %v", s != nil, tt.wantSheet)
			}
			if got := probs.Error(); got != tt.want {
				t.Errorf("problems of\n%s\nhave:\n%s\nwant:\n%s", src, got, tt.want)
			}
		})
	}
}

// TestParseHostileFile pins the problems found in a file's bytes and in its
// YAML syntax: each is said once, with its line (and column where known).
func TestParseHostileFile(t *testing.T) {
	deepFlow := "show: x\nx: " + strings.Repeat("[", 10001) + "\n"
	deepBlock := "show: x\nx:\n" + strings.Repeat("- ", 10001) + "\n"
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"BEL", sheetWith(t, "title: A test", "title: A\atest"), "ep.yaml:2:9: contains the control character U+0007 (BEL); remove it"},
		{"NUL", sheetWith(t, "title: A test", "title: A\x00test"), "ep.yaml:2:9: contains the control character U+0000 (NUL); remove it"},
		{"lines ended by CR LF", bytes.ReplaceAll(sheetWith(t, "title: A test", "title: A\atest"), []byte("\n"), []byte("\r\n")), "ep.yaml:2:9: contains the control character U+0007 (BEL); remove it"},
		{"lines ended by CR alone", bytes.ReplaceAll(sheetWith(t, "title: A test", "title: A\atest"), []byte("\n"), []byte("\r")), "ep.yaml:2:9: contains the control character U+0007 (BEL); remove it"},
		{"NUL on the first line", []byte("\x00"), "ep.yaml:1:1: contains the control character U+0000 (NUL); remove it"},
		{"column counts characters", sheetWith(t, "title: A test", "title: Ä\x1btest"), "ep.yaml:2:9: contains the control character U+001B (ESC); remove it"},
		{"C1 next line", sheetWith(t, "title: A test", "title: A\u0085test"), "ep.yaml:2:9: contains the control character U+0085 (NEL); remove it"},
		{"in a comment", []byte("# \x1b[2J\n" + minimal), "ep.yaml:1:3: contains the control character U+001B (ESC); remove it"},
		{"several", sheetWith(t, "title: A test", "title: \x07\x07\x07"), "ep.yaml:2:8: contains the control character U+0007 (BEL); remove it (2 more follow)"},
		{"noncharacter", sheetWith(t, "title: A test", "title: A\ufffetest"), "ep.yaml:2:9: contains U+FFFE, which is not a character; remove it"},
		{"unknown alias", sheetWith(t, "title: A test", "title: *nope"), "ep.yaml:2:8: *nope names no anchor; put &nope on a value before it, or remove the alias"},
		{"alias before its anchor", sheetWith(t, "title: A test", "title: [*t, &t x]"), "ep.yaml:2:9: *t names no anchor; put &t on a value before it, or remove the alias"},
		{"colon in a value", sheetWith(t, "title: A test", "title: a: b"), `ep.yaml:2:9: YAML syntax: mapping values are not allowed in this context (text that holds ": " must be in quotes)`},
		{"colon in a value on the first line", sheetWith(t, "show: Test Show", "show: a: b"), `ep.yaml:1:8: YAML syntax: mapping values are not allowed in this context (text that holds ": " must be in quotes)`},
		{"unclosed list", sheetWith(t, "title: A test", "title: [a, b"), "ep.yaml:2: YAML syntax: did not find expected ',' or ']'"},
		{"unclosed list on the first line, found at the end", []byte("[a, b\n"), "ep.yaml:2: YAML syntax: did not find expected ',' or ']'"},
		{"nested too deep in brackets", []byte(deepFlow), "ep.yaml:2:10004: values are nested too deeply (more than 10000 levels)"},
		{"nested too deep on the first line", []byte(strings.Repeat("{", 10001)), "ep.yaml:1:10001: values are nested too deeply (more than 10000 levels)"},
		{"nested too deep in indentation", []byte(deepBlock), "ep.yaml:3:20001: values are nested too deeply (more than 10000 levels)"},
		{"nested too deep in a file too large to search", []byte(strings.Repeat("[", 10001) + strings.Repeat("a, ", maxDepthSearch/3)), "ep.yaml:1: values are nested too deeply (more than 10000 levels)"},
		{"only comments", []byte("# show: x\n# title: y\n"), "ep.yaml: " + emptySheet},
		{"only a document marker", []byte("---\n"), "ep.yaml: " + emptySheet},
		{"UTF-16 little-endian without a byte order mark", utf16LE("show: x\n"), "ep.yaml: file is UTF-16 (little-endian) without a byte order mark; save it as UTF-8"},
		{"UTF-16 big-endian without a byte order mark", utf16BE("show: x\n"), "ep.yaml: file is UTF-16 (big-endian) without a byte order mark; save it as UTF-8"},
		{"UTF-32 little-endian without a byte order mark", []byte("s\x00\x00\x00h\x00\x00\x00"), "ep.yaml: file is UTF-32 (little-endian) without a byte order mark; save it as UTF-8"},
		{"UTF-32 big-endian without a byte order mark", []byte("\x00\x00\x00s\x00\x00\x00h"), "ep.yaml: file is UTF-32 (big-endian) without a byte order mark; save it as UTF-8"},
		{"UTF-32 with a byte order mark", []byte("\xff\xfe\x00\x00s\x00\x00\x00"), "ep.yaml: file is UTF-32; save it as UTF-8"},
		{"a stray NUL is not UTF-16", []byte(minimal + "\x00"), "ep.yaml:18:1: contains the control character U+0000 (NUL); remove it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, probs := Parse("ep.yaml", tt.data)
			if s != nil {
				t.Errorf("a sheet was returned")
			}
			if got := probs.Error(); got != tt.want {
				t.Errorf("problems of %.80q\nhave: %s\nwant: %s", tt.data, got, tt.want)
			}
		})
	}
}

func utf16LE(s string) []byte {
	var b []byte
	for _, c := range []byte(s) {
		b = append(b, c, 0)
	}
	return b
}

func utf16BE(s string) []byte {
	var b []byte
	for _, c := range []byte(s) {
		b = append(b, 0, c)
	}
	return b
}

// TestLoadOnlyComments checks that a fact sheet of nothing but comments is
// reported as empty, not as a YAML syntax error.
func TestLoadOnlyComments(t *testing.T) {
	path := filepath.Join(t.TempDir(), "episode.yaml")
	if err := os.WriteFile(path, []byte("# show: Test Show\n\n# title: A test\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, probs := Load(path, Options{})
	want := path + ": file is empty; a fact sheet needs at least show, title, slug, format, target and segments (briefing new SLUG writes one to start from)"
	if s != nil || probs.Error() != want {
		t.Errorf("have %q\nwant %q", probs.Error(), want)
	}
}

// TestParseDurationsBounded checks that no running time a fact sheet gives
// may pass MaxDuration.
func TestParseDurationsBounded(t *testing.T) {
	tests := []struct{ name, old, new, want string }{
		{"episode target", "target: 1m", "target: 25h", `ep.yaml:5:9: target: "25h": over the 24h limit for a running time (is the unit right?)`},
		{"episode target near overflow", "target: 1m", "target: 2562047h", `ep.yaml:5:9: target: "2562047h": over the 24h limit for a running time (is the unit right?)`},
		{"episode target as a clock", "target: 1m", `target: "1000:00:00"`, `ep.yaml:5:9: target: "1000:00:00": over the 24h limit for a running time (is the unit right?)`},
		{"segment target", "quotes: [q1]}", "quotes: [q1], target: 24h0m1s}", `ep.yaml:17:74: segments[0].target: "24h0m1s": over the 24h limit for a running time (is the unit right?)`},
		{"clip length", "source: wire}", "source: wire, airs: clip, length: 48h}", `ep.yaml:15:80: quotes[0].length: "48h": over the 24h limit for a running time (is the unit right?)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := Parse("ep.yaml", sheetWith(t, tt.old, tt.new))
			if got := probs.Error(); got != tt.want {
				t.Errorf("have %s\nwant %s", got, tt.want)
			}
		})
	}
	if s, probs := Parse("ep.yaml", sheetWith(t, "target: 1m", "target: 24h")); s == nil {
		t.Errorf("a target of exactly 24h must be accepted:\n%v", probs)
	}
}

// TestParseVoiceAndReadsHostile checks that voice and reads files get the
// same checks as fact sheets, with messages of their own when empty.
func TestParseVoiceAndReadsHostile(t *testing.T) {
	voice := []struct{ name, data, want string }{
		{"control byte", "wpm: 160\ncomma: 0.2s\x07\n", "voice.yaml:2:12: contains the control character U+0007 (BEL); remove it"},
		{"only comments", "# wpm: 160\n", "voice.yaml: " + emptyVoice},
		{"unknown alias", "wpm: *pace\n", "voice.yaml:1:6: *pace names no anchor; put &pace on a value before it, or remove the alias"},
		{"pause too long", "wpm: 160\nparagraph: 25h\n", `voice.yaml:2:12: paragraph: "25h": over the 24h limit for a running time (is the unit right?)`},
	}
	for _, tt := range voice {
		t.Run("voice "+tt.name, func(t *testing.T) {
			_, probs := ParseVoice("voice.yaml", []byte(tt.data))
			if got := probs.Error(); got != tt.want {
				t.Errorf("have %s\nwant %s", got, tt.want)
			}
		})
	}
	reads := []struct{ name, data, want string }{
		{"control character in a text", "- {text: \"One\\e.\", seconds: 1.5}\n", "reads.yaml:1:10: reads[0].text: contains the control character U+001B (ESC); remove it"},
		{"NUL byte", "- {text: One., seconds: 1.5}\x00\n", "reads.yaml:1:29: contains the control character U+0000 (NUL); remove it"},
		{"only comments", "# - {text: One., seconds: 1.5}\n", "reads.yaml: " + emptyReads},
		{"seconds over a day", "- {text: One., seconds: 86401}\n", "reads.yaml:1:25: reads[0].seconds: 86401 seconds: over the 24h limit for a running time (is the unit right?)"},
		{"running time over a day", "- {text: One., seconds: 25h}\n", `reads.yaml:1:25: reads[0].seconds: "25h": over the 24h limit for a running time (is the unit right?)`},
	}
	for _, tt := range reads {
		t.Run("reads "+tt.name, func(t *testing.T) {
			_, probs := ParseReads("reads.yaml", []byte(tt.data))
			if got := probs.Error(); got != tt.want {
				t.Errorf("have %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestParseLargeSheetIsRefusedOnce checks that a sheet of more plain values
// than the budget (no aliases) fails with one problem, never silently.
func TestParseLargeSheetIsRefusedOnce(t *testing.T) {
	var b strings.Builder
	b.WriteString("show: S\ntitle: T\nslug: t\nformat: explainer\ntarget: 5m\nhosts: [h]\nspeakers:\n  h: {name: Host One, role: host}\nsegments:\n")
	for k := range 8 {
		fmt.Fprintf(&b, "  - id: s%d\n    title: S\n    kind: background\n    lines:\n", k)
		for range 26_000 {
			b.WriteString("      - hello\n")
		}
	}
	s, probs := Parse("ep.yaml", []byte(b.String()))
	if s != nil || len(probs) != 1 || !strings.Contains(probs[0].Message, "holds more than 200000 values") {
		t.Errorf("have %d problems: %.300s", len(probs), probs.Error())
	}
}

func TestValidID(t *testing.T) {
	for s, want := range map[string]bool{
		"": false, "a": true, "9": true, "kurilla": true, "q-1_b": true, "a--": true,
		"-a": false, "_a": false, "A": false, "a b": false, "é": false, "a.b": false, "a/b": false,
	} {
		if got := validID(s); got != want {
			t.Errorf("validID(%q) = %v, want %v", s, got, want)
		}
	}
}
