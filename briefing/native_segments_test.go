package briefing

import (
	"bytes"
	"context"
	"fmt"
	"testing"
)

// segmentSheets are fact sheets for TestNativeSegmentsMatchTemplates that
// take the segment kinds down the branches the other test sheets do not:
// every explainer and bulletin kind with and without lines, facts (more
// than three, in chunks), figures (one source, two that agree, sources
// that disagree, a copy), quotes (read and clip, with and without a
// lead_in, partial, spoken) and a segment presented by the second host.
func segmentSheets() []struct{ name, text string } {
	const research = `hosts: [ana, ben]
speakers:
  ana: {name: Ana Reyes, role: host}
  ben: {name: Ben Okafor, honorific: Dr, role: host}
  lima: {name: Ana Lima, honorific: Brigadier General, title: the army spokeswoman, role: official}
  ward: {name: Tom Ward, title: mayor, affiliation: Rivertown, role: official}
  kim: {name: Kim Lee, title: economist, role: expert}
sources:
  wire: {outlet: City Wire, title: Base scare}
  post: {outlet: The Post, title: Scare at base}
  copy: {outlet: Copy Post, title: Rewrite, copy_of: wire}
  radio: {title: Army radio}
facts:
  - {id: f1, text: "sirens sounded at the base on Monday night.", sources: [wire]}
  - {id: f2, text: "the army said it was a drill.", sources: [post]}
  - {id: f3, text: "residents were not told.", sources: [wire, copy]}
  - {id: f4, text: "the mayor asked for an inquiry.", sources: [radio]}
  - {id: f5, text: "Éclairs were sold out.", sources: [post]}
figures:
  - id: calls
    label: calls to the police
    reports:
      - {value: 120, source: wire}
  - id: homes
    label: homes woken
    reports:
      - {value: 3000, qualifier: about, source: wire}
      - {value: 3000, qualifier: about, source: post}
  - id: sirens
    label: sirens
    reports:
      - {value: 12, source: wire}
      - {value: 14, qualifier: at least, source: post}
      - {value: 12, source: copy}
quotes:
  - {id: lima-calm, speaker: lima, source: radio, text: "There was never any danger to the public"}
  - {id: lima-word, speaker: lima, source: radio, partial: true, text: "a misunderstanding;,", lead_in: "the army blamed the scare on"}
  - {id: lima-ask, speaker: lima, source: wire, partial: true, text: "who told you?", lead_in: "she asked reporters"}
  - {id: ward-clip, speaker: ward, source: wire, airs: clip, text: "My phone did not stop ringing."}
  - {id: ward-led, speaker: ward, source: wire, airs: clip, text: "We are fine!", lead_in: "the mayor was calm by morning:"}
  - {id: ward-read, speaker: ward, source: post, text: "We want answers?", lead_in: "ward told the council:"}
  - {id: kim-said, speaker: kim, source: post, said: in a statement, text: "It costs money."}
`
	explainer := `segments:
  - {id: open, title: Open, kind: cold-open, lines: ["ANA: Sirens at night."], facts: [f1], quotes: [ward-clip, lima-calm]}
  - {id: open2, title: Open again, kind: cold-open}
  - {id: intro, title: Intro, kind: intro, host: ben, lines: ["BEN: Here we go.", "BEN: Two lines."], facts: [f1, f2, f3, f4, f5]}
  - {id: back, title: Background, kind: background, facts: [f1, f2, f3], figures: [calls, homes, sirens], quotes: [lima-word, lima-ask, lima-calm, ward-led]}
  - {id: exp, title: Expert, kind: expert, lines: ["ANA: The expert."], quotes: [kim-said, ward-read, ward-clip], figures: [sirens]}
  - {id: why, title: Why, kind: why-it-matters, host: ben, facts: [f4], figures: [homes], quotes: [lima-calm]}
  - {id: why2, title: Why again, kind: why-it-matters}
  - {id: bye, title: Bye, kind: sign-off, host: ben, lines: ["BEN: That's all."], facts: [f2, f3, f4, f5]}
`
	bulletin := `editions:
  bulletin:
    format: bulletin
    target: 1m30s
    segments:
      - {id: head, title: Headline, kind: headline, lines: ["ANA: Sirens at the base."], facts: [f1, f2, f3, f4]}
      - {id: head2, title: Headline again, kind: headline, host: ben}
      - {id: story, title: Story, kind: read, host: ben, lines: ["BEN: The story."], facts: [f2], figures: [calls, homes, sirens]}
      - {id: story2, title: Story again, kind: read}
      - {id: voice, title: Voice, kind: quote, quotes: [lima-word, ward-clip], facts: [f3]}
      - {id: voice2, title: Voice again, kind: quote, lines: ["ANA: No quote here."]}
      - {id: voice3, title: Clip, kind: quote, host: ben, quotes: [ward-led]}
      - {id: voice4, title: Read, kind: quote, quotes: [kim-said]}
      - {id: close, title: Close, kind: close, host: ben, lines: ["BEN: More soon."], facts: [f5]}
      - {id: close2, title: Close again, kind: close}
`
	head := func(slug, style string) string {
		return fmt.Sprintf("show: \"Night & Day\"\ntitle: Sirens\nslug: %s\nformat: explainer\ntarget: 3m\nquote_style: %s\n", slug, style)
	}
	return []struct{ name, text string }{
		{"segments-marks", head("segments-marks", "marks") + research + explainer + bulletin},
		{"segments-spoken", head("segments-spoken", "spoken") + research + explainer + bulletin},
	}
}

// TestNativeSegmentsMatchTemplates compiles every sheet the tests hold
// with the segments rendered in Go and through their templates, and
// compares every segment's script, every episode's total and the
// problems found.
func TestNativeSegmentsMatchTemplates(t *testing.T) {
	fast, slow := builtin(t), builtin(t)
	slow.segments = nil
	for format, kinds := range nativeSegments {
		if len(fast.segments[format]) != len(kinds) {
			t.Fatalf("the built-in templates render %d kinds of %s in Go, of %d", len(fast.segments[format]), format, len(kinds))
		}
	}
	sheets := testSheets(t)
	compared := 0
	for _, sh := range sheets {
		have := Compile(context.Background(), sh.path, Options{Templates: fast, Inputs: sh.in})
		want := Compile(context.Background(), sh.path, Options{Templates: slow, Inputs: sh.in})
		if h, w := fmt.Sprint(have.Problems), fmt.Sprint(want.Problems); h != w {
			t.Errorf("%s: problems in Go:\n%s\nthrough the templates:\n%s", sh.name, h, w)
		}
		if len(have.Episodes) != len(want.Episodes) {
			t.Errorf("%s: %d episodes in Go, %d through the templates", sh.name, len(have.Episodes), len(want.Episodes))
			continue
		}
		for i, ep := range have.Episodes {
			wep := want.Episodes[i]
			if ep.Total != wep.Total || len(ep.Segments) != len(wep.Segments) {
				t.Errorf("%s, edition %s: %d segments, %s in Go; %d, %s through the templates", sh.name, ep.Edition.Slug, len(ep.Segments), ep.Total, len(wep.Segments), wep.Total)
				continue
			}
			for j, sg := range ep.Segments {
				compared++
				if sg.Script != wep.Segments[j].Script {
					t.Errorf("%s, edition %s, segment %s (%s): the Go rendering differs from the template's:\n%s", sh.name, ep.Edition.Slug, sg.ID, sg.Kind, firstDiff(sg.Script, wep.Segments[j].Script))
				}
			}
		}
	}
	if compared == 0 {
		t.Fatal("no segment compared")
	}
	t.Logf("%d sheets, %d segments compared", len(sheets), compared)
}

// TestNativeSegmentsLeaveToTemplate checks that the Go renderings leave
// to the template the segments it fails on or could run out of budget
// for, and that a segment rendered by the template then fails as before.
func TestNativeSegmentsLeaveToTemplate(t *testing.T) {
	host := &Speaker{ID: "ana", Name: "Ana Reyes"}
	src := &Source{ID: "wire", Outlet: "Wire"}
	voices := &Segment{Host: host}
	for i := range nativeMaxVoices + 1 {
		sp := &Speaker{ID: fmt.Sprint("v", i), Name: fmt.Sprint("Voice ", i)}
		voices.Quotes = append(voices.Quotes, &Quote{ID: fmt.Sprint("q", i), Speaker: sp, Airs: "clip", Text: "Yes."})
	}
	for _, tc := range []struct {
		name string
		fn   nativeSegment
		sg   *Segment
	}{
		{"no host", nativeRead, &Segment{}},
		{"a nil fact", nativeHeadline, &Segment{Host: host, Facts: []*Fact{nil}}},
		{"a nil quote", nativeBulletinQuote, &Segment{Host: host, Quotes: []*Quote{nil}}},
		{"too many facts", nativeClose, &Segment{Host: host, Facts: make([]*Fact, maxCount+1)}},
		{"a figure without reports", nativeRead, &Segment{Host: host, Figures: []*Figure{{ID: "f"}}}},
		{"a report without a source", nativeExpert, &Segment{Host: host, Figures: []*Figure{{ID: "f", Reports: []*Report{{Value: 1}}}}}},
		{"a partial quote without a lead-in", nativeBackground, &Segment{Host: host, Quotes: []*Quote{{ID: "q", Partial: true, Text: "a phrase"}}}},
		{"a clip without a speaker", nativeColdOpen, &Segment{Host: host, Quotes: []*Quote{{ID: "q", Airs: "clip", Text: "Words."}}}},
		{"a read quote without a speaker or lead-in", nativeWhyItMatters, &Segment{Host: host, Quotes: []*Quote{{ID: "q", Text: "Words."}}}},
		{"too many voices", nativeIntro, voices},
		{"no host to sign off", nativeSignOff, &Segment{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sheet := &FactSheet{Show: "Show", Hosts: []*Speaker{host}, Sources: []*Source{src}}
			ed := &Edition{Segments: []*Segment{tc.sg}}
			var b bytes.Buffer
			if tc.fn(&b, &SegmentData{Sheet: sheet, Edition: ed, Segment: tc.sg, Number: 1, Count: 1}) {
				t.Errorf("rendered in Go:\n%s", b.String())
			}
		})
	}
	// What is left to the template fails as the template does.
	sg := &Segment{ID: "s1", Kind: "background", Host: host, Quotes: []*Quote{{ID: "q", Partial: true, Text: "a phrase"}}}
	sheet := &FactSheet{Path: "episode.yaml", Show: "Show", Hosts: []*Speaker{host}}
	ed := &Edition{Format: "explainer", Segments: []*Segment{sg}}
	fast, slow := builtin(t), templatesOnly(t)
	_, hp := Render(context.Background(), sheet, ed, fast)
	_, wp := Render(context.Background(), sheet, ed, slow)
	if len(hp) == 0 || fmt.Sprint(hp) != fmt.Sprint(wp) {
		t.Errorf("problems in Go:\n%v\nthrough the templates:\n%v", hp, wp)
	}
}

// TestNativeSegmentsOnlyForBuiltins checks that a format whose folder
// holds a file of the user's, or any user shared partial, renders its
// segments through the templates.
func TestNativeSegmentsOnlyForBuiltins(t *testing.T) {
	for _, tc := range []struct {
		file, text string
		gone       []string // formats that lose their Go renderings
	}{
		{file: "explainer/intro.tmpl", text: "mine\n", gone: []string{"explainer"}},
		{file: "bulletin/_mine.tmpl", text: `{{ define "headline/sting" }}x{{ end }}`, gone: []string{"bulletin"}},
		{file: "bulletin/extra.tmpl", text: "extra\n", gone: []string{"bulletin"}},
		{file: "_mine.tmpl", text: `{{ define "lines" }}x{{ end }}`, gone: []string{"explainer", "bulletin"}},
		{file: "outputs/_mine.tmpl", text: `{{ define "x" }}x{{ end }}`},
		{file: "radio/read.tmpl", text: "radio\n"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			tpl := withUserFile(t, tc.file, tc.text)
			for format, kinds := range nativeSegments {
				gone := false
				for _, g := range tc.gone {
					gone = gone || g == format
				}
				if n := len(tpl.segments[format]); gone && n > 0 || !gone && n != len(kinds) {
					t.Errorf("%s: %d kinds rendered in Go, want %d", format, n, map[bool]int{true: 0, false: len(kinds)}[gone])
				}
			}
		})
	}
}
