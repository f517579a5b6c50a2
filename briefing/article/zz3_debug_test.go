package article

import "testing"

func TestZZOne(t *testing.T) {
	for _, s := range []string{
		"\"The criteria have been met,\" said the WHO's director Margaret Chan.",
		"\"The criteria have been met,\" said WHO's director Margaret Chan.",
		"\"The criteria have been met,\" said the agency's director Margaret Chan.",
		"\"The criteria have been met,\" said the Red Cross's director Margaret Chan.",
	} {
		t.Logf("npAfter=%q", npAfter(s[31:]))
		for _, q := range Parse("Title here\n\n" + s).Quotes() {
			t.Logf("%s: %q", q.Speaker.Name, q.Text)
		}
	}
}
