package space

import (
	"strings"
	"testing"
)

func TestCollapse(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u2003 b", "  a   b  c  ", "Kugelman’s view", "x \u3000y", "\u0085a", "a\u0085"} {
		want := strings.Join(strings.Fields(s), " ")
		if got := Collapse(s); got != want {
			t.Errorf("Collapse(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCollapse(f *testing.F) {
	f.Add("  a   b\tc \u00a0")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Collapse(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("Collapse(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestCollapseClean(t *testing.T) {
	s := "already one space between words"
	if n := testing.AllocsPerRun(100, func() { _ = Collapse(s) }); n != 0 {
		t.Errorf("Collapse of clean text allocates %v times, want 0", n)
	}
}
