package article

import (
	"os"
	"strings"
	"testing"
)

func TestZZFile(t *testing.T) {
	for _, f := range strings.Fields(os.Getenv("ZZ")) {
		data, _ := os.ReadFile(f)
		a := Parse(string(data))
		for _, q := range a.Quotes() {
			txt := q.Text
			if len(txt) > 80 {
				txt = txt[:80]
			}
			t.Logf("%d %-10s %q [%s|%s|%s|%s] %q", q.Line, q.Via, txt, q.Speaker.Name, q.Speaker.Kind, q.Speaker.Title, q.Speaker.Affiliation, q.Attribution)
		}
	}
}
