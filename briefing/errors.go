package briefing

import (
	"fmt"
	"sort"
	"strings"
)

// Severity says whether a Problem stops a build. The zero value is SeverityError.
type Severity int

const (
	// SeverityError makes the episode fail: nothing is written for it.
	SeverityError Severity = iota
	// SeverityWarning is reported but does not fail unless the caller is strict.
	SeverityWarning
)

// Problem is one positioned finding about an input, printed compiler style
// as "path:line:col: field: message". Line and Col are 1-based; zero means
// unknown, and the position is then left out.
type Problem struct {
	Path     string
	Line     int
	Col      int
	Field    string
	Message  string
	Severity Severity
}

// String formats the problem as one line: path:line:col: [warning: ]field: message.
func (p Problem) String() string {
	var b strings.Builder
	if p.Path != "" {
		b.WriteString(p.Path)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
			if p.Col > 0 {
				fmt.Fprintf(&b, ":%d", p.Col)
			}
		}
		b.WriteString(": ")
	}
	if p.Severity == SeverityWarning {
		b.WriteString("warning: ")
	}
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is a list of findings. As an error it prints one problem a line,
// sorted by position.
type Problems []Problem

// Error implements error.
func (ps Problems) Error() string {
	sorted := append(Problems(nil), ps...)
	sorted.Sort()
	lines := make([]string, len(sorted))
	for i, p := range sorted {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Sort orders problems by path, line, column, then message, so that reports
// are stable.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.String() < b.String()
	})
}

// Unique returns the problems sorted, with exact repeats dropped (a partial
// shared by several templates reports its error once).
func (ps Problems) Unique() Problems {
	sorted := append(Problems(nil), ps...)
	sorted.Sort()
	out := sorted[:0]
	for i, p := range sorted {
		if i == 0 || p != sorted[i-1] {
			out = append(out, p)
		}
	}
	return out
}

// Errors returns only the problems of severity Error.
func (ps Problems) Errors() Problems {
	return ps.filter(SeverityError)
}

// Warnings returns only the problems of severity Warning.
func (ps Problems) Warnings() Problems {
	return ps.filter(SeverityWarning)
}

func (ps Problems) filter(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// Err returns the errors among ps as an error, or nil when there are none.
// With strict set, warnings count as errors.
func (ps Problems) Err(strict bool) error {
	var out Problems
	for _, p := range ps {
		if p.Severity == SeverityError || strict {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
