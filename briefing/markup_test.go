package briefing

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseScript(t *testing.T) {
	s, probs := Parse("ep.yaml", []byte(strings.Replace(minimal, "source: wire}", "source: wire, airs: clip, length: 7s}", 1)))
	if s == nil {
		t.Fatal(probs)
	}
	host, _ := s.Speaker("anna")
	script := `MUSIC 4s: bed under

anna: Something happened, [#f1]
and it went on.

A paragraph with no header.

QUOTE anna q1: Bo says, “It matters.”

CLIP bo q1: It matters.

CLIP bo q1 1:05: it MATTERS

STING 3s:

NOTE: pick up the pace here
`
	cues, errs := ParseScript(script, s, host)
	if len(errs) > 0 {
		t.Fatalf("errors: %+v", errs)
	}
	type cue struct {
		kind          CueKind
		speaker, text string
		facts, srcs   string
		stated        time.Duration
		line          int
	}
	want := []cue{
		{Music, "", "bed under", "", "", 4 * time.Second, 1},
		{Read, "anna", "Something happened, and it went on.", "f1", "wire", 0, 3},
		{Read, "anna", "A paragraph with no header.", "", "", 0, 6},
		{QuoteRead, "anna", "Bo says, “It matters.”", "", "wire", 0, 8},
		{Clip, "bo", "It matters.", "", "wire", 7 * time.Second, 10},
		{Clip, "bo", "it MATTERS", "", "wire", 65 * time.Second, 12},
		{Sting, "", "", "", "", 3 * time.Second, 14},
		{Note, "", "pick up the pace here", "", "", 0, 16},
	}
	if len(cues) != len(want) {
		t.Fatalf("got %d cues, want %d", len(cues), len(want))
	}
	for i, c := range cues {
		sp := ""
		if c.Speaker != nil {
			sp = c.Speaker.ID
		}
		have := cue{c.Kind, sp, c.Text, strings.Join(c.Facts, ","), strings.Join(c.Sources, ","), c.Stated, c.Line}
		if have != want[i] {
			t.Errorf("cue %d\n have %+v\n want %+v", i, have, want[i])
		}
	}
}

func TestParseScriptErrors(t *testing.T) {
	s, probs := Parse("ep.yaml", []byte(minimal))
	if s == nil {
		t.Fatal(probs)
	}
	host, _ := s.Speaker("anna")
	tests := []struct{ name, script, want string }{
		{"unknown speaker", "bob: hello", `1 "bob:": unknown speaker "bob" (did you mean "bo"?)`},
		{"unknown quote", "QUOTE anna q2: “It matters.”", `1 "q2": unknown quote "q2" (did you mean "q1"?)`},
		{"quote changed", "QUOTE anna q1: Bo says, “It really matters.”", `1 "Bo says, “It really matters.”": quote "q1" does not match the fact sheet word for word: word 2 is "really", the fact sheet has "matters"`},
		{"quote cut short", "QUOTE anna q1: “It”", `1 "“It”": quote "q1" does not match the fact sheet word for word: the script stops after "it"; the fact sheet goes on with "matters"`},
		{"clip of a read quote", "CLIP bo q1: It matters.", `1 "CLIP bo q1: It matters.": quote "q1" airs as a read (no recording); use QUOTE, or set airs: clip in the fact sheet`},
		{"clip by the wrong speaker", "CLIP anna q1: It matters.", `1 "CLIP anna q1: It matters.": quote "q1" is by "bo", not "anna"; a clip plays the quoted speaker`},
		{"music without length", "MUSIC: theme", `1 "MUSIC: theme": MUSIC takes 1 argument(s); write "MUSIC 8s: theme"`},
		{"music length without unit", "MUSIC 8: theme", `1 "MUSIC 8: theme": MUSIC length: "8": missing unit (write "8s" or "8m")`},
		{"music over a day", "MUSIC 2562047h: theme", `1 "MUSIC 2562047h: theme": MUSIC length: "2562047h": over the 24h limit for a running time (is the unit right?)`},
		{"sting over a day, as a clock", "STING 24:00:01: sting", `1 "STING 24:00:01: sting": STING length: "24:00:01": over the 24h limit for a running time (is the unit right?)`},
		{"header without colon", "CLIP bo q1", `1 "CLIP bo q1": CLIP needs a colon after its arguments, e.g. "CLIP speaker-id quote-id 14s: words"`},
		{"unknown fact", "anna: text [#f9]", `1 "[#f9]": [#f9]: no fact or figure "f9" (did you mean "f1"?)`},
		{"source on a fact", "anna: text [#f1@wire]", `1 "[#f1@wire]": [#f1@wire]: only a figure takes @source; fact "f1" lists its sources in the fact sheet`},
		{"empty read", "anna:", `1 "anna:": read cue has no text`},
		{"second paragraph", "anna: fine\n\nbo: fine\n\nzed: no", `5 "zed:": unknown speaker "zed" (expected one of: anna, bo)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := parseScript(tt.script, s, host)
			var got []string
			for _, e := range errs {
				got = append(got, fmt.Sprintf("%d %q: %s", e.line, e.snippet, e.msg))
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("script %q\n have %s\n want %s", tt.script, strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

func TestParseScriptPartialQuote(t *testing.T) {
	s, probs := Parse("ep.yaml", []byte(strings.Replace(minimal, "text: It matters., source: wire}",
		"text: in as little as six months, source: wire, partial: true, lead_in: Bo says it could happen}", 1)))
	if s == nil {
		t.Fatal(probs)
	}
	host, _ := s.Speaker("anna")
	const msg = `quote "q1" is partial (a phrase, not a sentence): read it as the end of a sentence of the host's, after the words it completes and in quotation marks (not after a colon or a full stop), e.g. She said the plan would “in as little as six months.”`
	tests := []struct{ name, text, want string }{
		{"one sentence", "Bo says it could happen “in as little as six months.”", ""},
		{"one sentence, straight quotes", `Bo says it could happen "in as little as six months".`, ""},
		{"the sentence goes on", "Bo says it could happen “in as little as six months” or sooner.", ""},
		{"the phrase alone", "in as little as six months.", msg},
		{"the phrase alone, in quotation marks", "“in as little as six months.”", msg},
		{"after a colon", "Bo, quoted by Wire, said: “in as little as six months.”", msg},
		{"after a full stop", "Bo has a warning. “In as little as six months.”", msg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			script := "QUOTE anna q1: " + tt.text
			cues, errs := parseScript(script, s, host)
			var got []string
			for _, e := range errs {
				got = append(got, fmt.Sprintf("%d %q: %s", e.line, e.snippet, e.msg))
			}
			want := ""
			if tt.want != "" {
				want = fmt.Sprintf("1 %q: %s", tt.text, tt.want)
			}
			if strings.Join(got, "\n") != want {
				t.Errorf("script %q\n have %s\n want %s", script, strings.Join(got, "\n"), want)
			}
			if want == "" && (len(cues) != 1 || cues[0].Kind != QuoteRead || cues[0].Text != tt.text) {
				t.Errorf("script %q: cues %+v, want one quote cue with the text as written", script, cues)
			}
		})
	}
}

func TestSameWords(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"It matters.", "it matters", true},
		{"don’t stop", "don't stop", true},
		{`they"re here, I"ve seen Gandhi”s`, "they’re here, I've seen Gandhi's", true},
		{`they"re`, "they re", false},
		{"ISIS-K said", "ISIS K said", true},
		{"It matters.", "It really matters.", false},
		{"", "", true},
	}
	for _, tt := range tests {
		if got := SameWords(tt.a, tt.b); got != tt.want {
			t.Errorf("SameWords(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
