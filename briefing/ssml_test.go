package briefing

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSSML checks script.ssml of every example edition: one well-formed
// SSML 1.1 <speak> document with a <voice> per read cue, a <sub alias> for
// each pronouncer it uses, and a <break> as long as each clip. Where
// espeak-ng is installed (CI installs it), it is spoken, and the speech
// must run in the same range as briefing's estimate: between 0.6 and 1.4
// times it (a synthesizer reads at its own pace).
func TestSSML(t *testing.T) {
	tpl := builtin(t)
	espeak, err := exec.LookPath("espeak-ng")
	if err != nil && os.Getenv("CI") != "" {
		t.Fatal("espeak-ng is not installed; .ci/run installs it")
	}
	for _, path := range []string{examplePath, "../episodes/kinshasa-power-cable"} {
		res := Compile(context.Background(), path, Options{Templates: tpl})
		if res.Failed(false) {
			t.Fatal(res.Problems)
		}
		for i, ep := range res.Episodes {
			var doc []byte
			for _, f := range res.Files[i] {
				if f.Name == "script.ssml" {
					doc = f.Data
				}
			}
			t.Run(ep.Edition.Slug, func(t *testing.T) {
				counts, err := ssmlElements(doc)
				if err != nil {
					t.Fatalf("script.ssml is not well-formed XML: %v", err)
				}
				reads, clips := 0, 0
				for _, ts := range ep.Segments {
					for _, c := range ts.Cues {
						switch c.Kind {
						case Read, QuoteRead:
							reads++
						case Clip:
							clips++
						}
					}
				}
				if counts["speak"] != 1 || counts["voice"] != reads || counts["break"] < reads+clips {
					t.Errorf("elements %v; want one speak, %d voices, at least %d breaks", counts, reads, reads+clips)
				}
				said := false
				for _, ts := range ep.Segments {
					for _, c := range ts.Cues {
						for w := range ep.Sheet.Pronounce {
							said = said || (c.Kind == Read || c.Kind == QuoteRead) && strings.Contains(c.Text, w)
						}
					}
				}
				if said && counts["sub"] == 0 {
					t.Errorf("no <sub alias> for the pronouncers of words it reads")
				}
				if espeak == "" {
					t.Skip("espeak-ng not installed: the SSML is not spoken")
				}
				dir := t.TempDir()
				in, out := filepath.Join(dir, "script.ssml"), filepath.Join(dir, "script.wav")
				if err := os.WriteFile(in, doc, 0o644); err != nil {
					t.Fatal(err)
				}
				if msg, err := exec.Command(espeak, "-m", "-w", out, "-f", in).CombinedOutput(); err != nil {
					t.Fatalf("espeak-ng: %v\n%s", err, msg)
				}
				spoken, err := wavLength(out)
				if err != nil {
					t.Fatal(err)
				}
				if r := spoken.Seconds() / ep.Total.Seconds(); r < 0.6 || r > 1.4 {
					t.Errorf("espeak-ng speaks it in %s; briefing estimates %s (ratio %.2f)", spoken, ep.Total, r)
				}
			})
		}
	}
}

// ssmlElements counts the elements of an XML document by local name, or
// fails on the first error of form.
func ssmlElements(doc []byte) (map[string]int, error) {
	counts := map[string]int{}
	d := xml.NewDecoder(bytes.NewReader(doc))
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return counts, nil
		}
		if err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			counts[se.Name.Local]++
			if se.Name.Local == "speak" && (se.Name.Space != "http://www.w3.org/2001/10/synthesis" || !hasAttr(se, "version", "1.1")) {
				return nil, errors.New("the root is not an SSML 1.1 speak element")
			}
		}
	}
}

func hasAttr(se xml.StartElement, name, value string) bool {
	for _, a := range se.Attr {
		if a.Name.Local == name && a.Value == value {
			return true
		}
	}
	return false
}

// wavLength reads a RIFF WAVE file's length from its header: the data
// chunk's size over the format's bytes per second.
func wavLength(path string) (time.Duration, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	if len(b) < 12 || string(b[:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		return 0, errors.New("not a WAVE file")
	}
	var byteRate uint32
	for p := 12; p+8 <= len(b); {
		id, size := string(b[p:p+4]), binary.LittleEndian.Uint32(b[p+4:p+8])
		switch {
		case id == "fmt " && p+16 <= len(b):
			byteRate = binary.LittleEndian.Uint32(b[p+16 : p+20])
		case id == "data" && byteRate > 0:
			if size == 0 || size == 0xffffffff { // a stream's header: the rest is data
				size = uint32(len(b) - p - 8)
			}
			return time.Duration(float64(size) / float64(byteRate) * float64(time.Second)), nil
		}
		p += 8 + int(size) + int(size&1)
		if strings.HasPrefix(id, "\x00") {
			break
		}
	}
	return 0, errors.New("no data chunk")
}

// TestSSMLPronouncers: a pronouncer with IPA is a <phoneme>, one without a
// <sub alias>; the text around them stays escaped.
func TestSSMLPronouncers(t *testing.T) {
	src := strings.Replace(minimal, "segments:", "pronounce:\n  Expert: {say: EX-purt, ipa: \"ˈɛkspɝt\"}\n  Bank: BANK\nsegments:", 1)
	src = strings.Replace(src, "text: Something happened.", "text: \"Expert & Bank <say> it happened.\"", 1)
	s, probs := Parse("ep.yaml", []byte(src))
	if s == nil {
		t.Fatal(probs)
	}
	c := &Cue{Kind: Read, Text: s.Facts[0].Text, sheet: s}
	want := `<s><phoneme alphabet="ipa" ph="ˈɛkspɝt">Expert</phoneme> and <sub alias="BANK">Bank</sub> &lt;say&gt; it happened.</s>`
	if got := c.SSML(); got != want {
		t.Errorf("SSML() = %s\nwant      %s", got, want)
	}
}

func TestXMLEscape(t *testing.T) {
	for _, s := range []string{"", "plain words, 1.5%", `a "b" & 'c' <d>`, "tab\there", "line\nbreak", "café — “quoted”", "\x7f", "~}|"} {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(s))
		if got := xmlEscape(s); got != b.String() {
			t.Errorf("xmlEscape(%q) = %q, want %q", s, got, b.String())
		}
	}
}
