package briefing

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"testing"
)

// TestContractMatchesEncodingJSON holds the one-pass episode.json encoder
// to json.MarshalIndent on every edition of every test sheet.
func TestContractMatchesEncodingJSON(t *testing.T) {
	tpl := builtin(t)
	compared := 0
	for _, sh := range testSheets(t) {
		res := Compile(context.Background(), sh.path, Options{Templates: tpl, Inputs: sh.in})
		for _, ep := range res.Episodes {
			c := Contract(ep)
			want, err := json.MarshalIndent(c, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			if have := appendContract(nil, c); !bytes.Equal(have, want) {
				t.Errorf("%s, edition %s: episode.json differs from encoding/json's:\n%s", sh.name, ep.Edition.Slug, firstDiff(string(have), string(want)))
			}
			compared++
		}
	}
	// The zero contract: every list nil.
	want, _ := json.MarshalIndent(&EpisodeJSON{}, "", "  ")
	if have := appendContract(nil, &EpisodeJSON{}); !bytes.Equal(have, want) {
		t.Errorf("the zero contract differs from encoding/json's:\n%s", firstDiff(string(have), string(want)))
	}
	t.Logf("%d editions compared", compared)
}

// TestJSONStringAndFloat holds the string and number writers to
// encoding/json on what a fact sheet cannot hold as well as what it can.
func TestJSONStringAndFloat(t *testing.T) {
	for _, s := range []string{"", "plain", `"quoted" \ back`, "<b>&amp;</b>", "tab\tnew\nline\rret", "\x00\x01\x1f\x7f",
		"café “curly” — dash", "line\u2028sep\u2029para", "bad \xff\xfe utf8 \xc3", "emoji 🎙️", "\u00a0nbsp"} {
		want, _ := json.Marshal(s)
		if have := appendJSONString(nil, s); !bytes.Equal(have, want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, have, want)
		}
	}
	for _, f := range []float64{0, 1, -1, 0.1, 12.5, 570, -40.3, 1e-6, 1e-7, 123456789, 1e20, 1e21, 1.5e300, -2.5e-9, math.SmallestNonzeroFloat64} {
		want, _ := json.Marshal(f)
		if have := appendJSONFloat(nil, f); !bytes.Equal(have, want) {
			t.Errorf("appendJSONFloat(%v) = %s, want %s", f, have, want)
		}
	}
}

// FuzzJSONString holds the string writer to encoding/json on any bytes.
func FuzzJSONString(f *testing.F) {
	f.Add("a \"b\" <c> & \u2028 \xff")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if have := appendJSONString(nil, s); !bytes.Equal(have, want) {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, have, want)
		}
	})
}
