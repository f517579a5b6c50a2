package briefing

import (
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/briefing/speech"
)

func TestVoiceFileRoundTrip(t *testing.T) {
	v := speech.Voice{WPM: 172.4, Comma: 231 * time.Millisecond, Sentence: 548 * time.Millisecond, Paragraph: 803 * time.Millisecond}
	for _, fit := range []*speech.Fit{nil, {Reads: 12, Seconds: 341.25, HeldOutError: 0.0412, DefaultError: 0.0633}} {
		file := FormatVoice(v, "calibrated", fit)
		back, probs := ParseVoice("voice.yaml", file)
		if back == nil || *back != v || len(probs) != 0 {
			t.Errorf("voice file round trip:\n%s\n%+v, %v; want %+v", file, back, probs, v)
		}
		if fit != nil && !strings.Contains(string(file), "fitted:\n  reads: 12\n  seconds: 341.2\n  held_out_error: 0.041\n  default_error: 0.063\n") {
			t.Errorf("the voice file does not record its fit:\n%s", file)
		}
	}
	_, probs := ParseVoice("voice.yaml", []byte("wpm: 160\nfitted: {reads: many}\n"))
	if len(probs) == 0 {
		t.Errorf("a fit record with a reads count that is not a number passes")
	}
}

func TestParseReads(t *testing.T) {
	reads, probs := ParseReads("reads.yaml", []byte("- {text: One., seconds: 1.5}\n- {text: Two., seconds: 0:02}\n- {text: Three., seconds: 2}\n"))
	if len(probs) != 0 || len(reads) != 3 || reads[0].Seconds != 1.5 || reads[1].Seconds != 2 {
		t.Errorf("reads = %+v, problems %v", reads, probs)
	}
	_, probs = ParseReads("reads.yaml", []byte("- {text: One., secs: 1.5}\n"))
	if got, want := probs.Error(), "reads.yaml:1:3: reads[0].seconds: missing (required)\nreads.yaml:1:16: reads[0].secs: unknown key \"secs\" (did you mean \"seconds\"?)"; got != want {
		t.Errorf("have %q\nwant %q", got, want)
	}
}
