package briefing

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// episode.json is written in one pass by the encoder below, with exactly
// the bytes json.MarshalIndent(c, "", "  ") writes for an EpisodeJSON (a
// test holds the two to the same bytes on every test sheet): the generic
// encoder reflects over every field and then indents what it wrote in a
// second pass, and a season writes one of these for every episode.

// jsonOut writes indented JSON as encoding/json does: keys in the order
// they are written, two spaces a level, strings escaped for HTML.
type jsonOut struct {
	b     []byte
	depth int
	first bool // nothing written yet in the object or array just opened
}

func (w *jsonOut) newline() {
	w.b = append(w.b, '\n')
	for range w.depth {
		w.b = append(w.b, ' ', ' ')
	}
}

// open starts an object ('{') or an array ('[').
func (w *jsonOut) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.first = true
}

// close ends what open started; an empty one closes on the same line.
func (w *jsonOut) close(c byte) {
	w.depth--
	if !w.first {
		w.newline()
	}
	w.b = append(w.b, c)
	w.first = false
}

// item begins a value of an array.
func (w *jsonOut) item() {
	if !w.first {
		w.b = append(w.b, ',')
	}
	w.first = false
	w.newline()
}

// key begins a member of an object.
func (w *jsonOut) key(k string) {
	w.item()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':', ' ')
}

func (w *jsonOut) str(k, v string) {
	w.key(k)
	w.b = appendJSONString(w.b, v)
}

func (w *jsonOut) num(k string, v float64) {
	w.key(k)
	w.b = appendJSONFloat(w.b, v)
}

func (w *jsonOut) integer(k string, v int) {
	w.key(k)
	w.b = strconv.AppendInt(w.b, int64(v), 10)
}

func (w *jsonOut) boolean(k string, v bool) {
	w.key(k)
	w.b = strconv.AppendBool(w.b, v)
}

// strs writes a list of strings; nil is null, as encoding/json writes it.
func (w *jsonOut) strs(k string, v []string) {
	w.key(k)
	if v == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('[')
	for _, s := range v {
		w.item()
		w.b = appendJSONString(w.b, s)
	}
	w.close(']')
}

// list writes a list of n objects, each written by each(i); nil (n < 0)
// is null.
func (w *jsonOut) list(k string, n int, each func(i int)) {
	w.key(k)
	if n < 0 {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('[')
	for i := range n {
		w.item()
		w.open('{')
		each(i)
		w.close('}')
	}
	w.close(']')
}

// length is len of a slice for list, -1 for nil.
func length[T any](s []T) int {
	if s == nil {
		return -1
	}
	return len(s)
}

// appendContract writes c as episode.json, indented, without the final
// newline.
func appendContract(b []byte, c *EpisodeJSON) []byte {
	w := &jsonOut{b: b}
	w.open('{')
	s := c.Summary
	w.str("slug", s.Slug)
	w.str("show", s.Show)
	w.str("title", s.Title)
	w.str("date", s.Date)
	w.str("edition", s.Edition)
	w.str("format", s.Format)
	w.num("target_seconds", s.TargetSeconds)
	w.num("total_seconds", s.TotalSeconds)
	w.num("over_seconds", s.OverSeconds)
	w.str("on_air", s.OnAir)
	w.str("off_air", s.OffAir)
	w.list("speakers", length(c.Speakers), func(i int) {
		sp := c.Speakers[i]
		w.str("id", sp.ID)
		w.str("name", sp.Name)
		w.str("honorific", sp.Honorific)
		w.str("title", sp.Title)
		w.str("affiliation", sp.Affiliation)
		w.str("role", sp.Role)
		w.str("attribution", sp.Attribution)
	})
	w.list("sources", length(c.Sources), func(i int) {
		src := c.Sources[i]
		w.str("id", src.ID)
		w.str("outlet", src.Outlet)
		w.str("title", src.Title)
		w.str("url", src.URL)
		w.str("published", src.Published)
		w.str("via", src.Via)
		w.str("copy_of", src.CopyOf)
	})
	w.list("segments", length(c.Segments), func(i int) {
		sg := c.Segments[i]
		w.str("id", sg.ID)
		w.integer("number", sg.Number)
		w.str("title", sg.Title)
		w.str("kind", sg.Kind)
		w.str("host", sg.Host)
		w.num("start_seconds", sg.StartSeconds)
		w.num("seconds", sg.Seconds)
		w.num("target_seconds", sg.TargetSeconds)
		w.num("back_seconds", sg.BackSeconds)
		w.str("status", sg.Status)
		w.boolean("actual", sg.Actual)
		w.num("estimate_seconds", sg.EstimateSeconds)
		w.str("on_air", sg.OnAir)
		w.str("hit", sg.Hit)
		w.list("cues", length(sg.Cues), func(j int) {
			cu := sg.Cues[j]
			w.str("kind", string(cu.Kind))
			w.str("speaker", cu.Speaker)
			w.str("quote", cu.Quote)
			w.str("quote_speaker", cu.QuoteSpeaker)
			w.str("text", cu.Text)
			w.str("in", cu.In)
			w.str("out", cu.Out)
			w.num("start_seconds", cu.StartSeconds)
			w.num("seconds", cu.Seconds)
			w.strs("facts", cu.Facts)
			w.strs("sources", cu.Sources)
		})
	})
	w.boolean("fitted", c.Fitted)
	w.list("cut", length(c.Cut), func(i int) {
		ct := c.Cut[i]
		w.str("kind", ct.Kind)
		w.str("id", ct.ID)
		w.str("segment", ct.Segment)
		w.str("priority", ct.Priority)
		w.num("seconds", ct.Seconds)
	})
	w.strs("warnings", c.Warnings)
	w.close('}')
	return w.b
}

// appendJSONString writes s as encoding/json writes a string with HTML
// escaping: quotes and backslashes escaped, control characters as \n, \r,
// \t, \b, \f or \u00XX, <, > and & as \u003c, \u003e and \u0026, U+2028 and U+2029
// escaped, and invalid UTF-8 as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendJSONFloat writes f as encoding/json writes a float64: the
// shortest decimal that reads back as f, in exponent form (e-7, e+21)
// only below 1e-6 or from 1e21 on.
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}
