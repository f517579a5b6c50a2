package lazy

import (
	"sync"
	"testing"
)

func TestSet(t *testing.T) {
	tests := []struct {
		name string
		set  *Set
		in   []string
		out  []string
		size int
	}{
		{"words over lines", Words("said  says\n\ttold "), []string{"said", "says", "told"}, []string{"", "say", "said says"}, 3},
		{"listed", Of("km", "km²", ""), []string{"km", "km²", ""}, []string{"kg", " km"}, 3},
		{"empty text", Words(""), nil, []string{"", "a"}, 0},
		{"zero value", &Set{}, nil, []string{""}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, w := range tt.in {
				if !tt.set.Has(w) {
					t.Errorf("Has(%q) = false, want true", w)
				}
			}
			for _, w := range tt.out {
				if tt.set.Has(w) {
					t.Errorf("Has(%q) = true, want false", w)
				}
			}
			if n := len(tt.set.set()); n != tt.size {
				t.Errorf("len(set()) = %d, want %d", n, tt.size)
			}
		})
	}
}

// TestConcurrentFirstUse runs the first use of a set and an expression
// from several goroutines at once (go test -race finds a missing barrier).
func TestConcurrentFirstUse(t *testing.T) {
	s := Words("a b c")
	re := Regexp(`^a+$`)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !s.Has("b") || !re().MatchString("aaa") {
				t.Error("wrong answer on first use")
			}
		}()
	}
	wg.Wait()
	if first, again := re(), re(); first != again {
		t.Error("Regexp compiled twice")
	}
}

func TestRegexpPanicsOnFirstUse(t *testing.T) {
	bad := Regexp(`(`)
	defer func() {
		if recover() == nil {
			t.Error("a bad expression did not panic on first use")
		}
	}()
	bad()
}
