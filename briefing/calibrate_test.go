package briefing

import (
	"testing"
	"time"

	"github.com/briefing-dev/briefing/briefing/speech"
)

func TestVoiceFileRoundTrip(t *testing.T) {
	v := speech.Voice{WPM: 172.4, Comma: 231 * time.Millisecond, Sentence: 548 * time.Millisecond, Paragraph: 803 * time.Millisecond}
	back, probs := ParseVoice("voice.yaml", FormatVoice(v, "calibrated"))
	if back == nil || *back != v {
		t.Errorf("voice file round trip: %+v, %v; want %+v", back, probs, v)
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
