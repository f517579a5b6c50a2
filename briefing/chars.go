package briefing

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The characters a fact sheet may not hold, or should not.
//
// Control characters (C0 other than tab and newline, DEL and C1) have no
// place in copy: they are invisible in an editor, and a terminal or a
// prompter acts on them (ESC starts a sequence that can rewrite the
// screen), so they are errors. Bidirectional controls change the order in
// which text displays, so that what a producer reads on screen is not what
// the host will say; a name in Arabic or Hebrew may need one, so they are
// warnings. Text made only of spaces and invisible characters looks empty
// to whoever reads it, and is treated as empty.

// c0Names and c1Names are the standard abbreviations of the C0 (U+0000 to
// U+001F) and C1 (U+0080 to U+009F) control characters.
var (
	c0Names = [32]string{
		"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
		"DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
	}
	c1Names = [32]string{
		"PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
		"DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGC", "SCI", "CSI", "ST", "OSC", "PM", "APC",
	}
)

// bidiNames are the bidirectional controls, by abbreviation.
var bidiNames = map[rune]string{
	0x061C: "ALM", 0x200E: "LRM", 0x200F: "RLM",
	0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
	0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
}

// invisibleNames names the invisible characters most often pasted into
// text by accident; others are shown by code point alone.
var invisibleNames = map[rune]string{
	0x00A0: "NBSP", 0x00AD: "SHY", 0x200B: "ZWSP", 0x200C: "ZWNJ", 0x200D: "ZWJ",
	0x2060: "WJ", 0x3000: "IDEOGRAPHIC SPACE", 0xFEFF: "ZWNBSP",
}

// isControl reports the characters a text may not hold: C0 controls other
// than tab and newline, DEL, and C1 controls.
func isControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7F && r <= 0x9F)
}

// PlainLine is s with every character a line of a fact sheet's text may
// not hold, the control characters and line breaks, written as a space:
// what a draft copies from an article into a sheet.
func PlainLine(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) { // isControl's characters, tab and newline
			return ' '
		}
		return r
	}, s)
}

// isBidi reports the bidirectional controls.
func isBidi(r rune) bool {
	_, ok := bidiNames[r]
	return ok
}

// isInvisible reports characters that show as nothing or as blank space:
// Unicode white space, format characters (zero-width spaces and joiners,
// the byte order mark, bidirectional controls, the soft hyphen), the
// Hangul fillers and the blank Braille pattern.
func isInvisible(r rune) bool {
	switch r {
	case 0x115F, 0x1160, 0x2800, 0x3164, 0xFFA0:
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// runeName writes a character as its code point and, when it has one, its
// abbreviation: "U+001B (ESC)". It never contains the character itself.
func runeName(r rune) string {
	name := ""
	switch {
	case r >= 0 && r < 0x20:
		name = c0Names[r]
	case r == 0x7F:
		name = "DEL"
	case r >= 0x80 && r <= 0x9F:
		name = c1Names[r-0x80]
	case isBidi(r):
		name = bidiNames[r]
	default:
		name = invisibleNames[r]
	}
	if name == "" {
		return fmt.Sprintf("U+%04X", r)
	}
	return fmt.Sprintf("U+%04X (%s)", r, name)
}

// rawControl finds the first character in a file that YAML refuses or a
// fact sheet must not hold, whether in a value, a key or a comment: a
// control character (a carriage return is allowed, as a line break) or
// one of the noncharacters U+FFFE and U+FFFF. It returns the offset and
// the character, and how many more such characters follow; the offset is
// -1 when there are none. data must be valid UTF-8.
func rawControl(data []byte) (off int, r rune, more int) {
	off = -1
	for i := 0; i < len(data); {
		c, size := utf8.DecodeRune(data[i:])
		if (isControl(c) && c != '\r') || c == 0xFFFE || c == 0xFFFF {
			if off < 0 {
				off, r = i, c
			} else {
				more++
			}
		}
		i += size
	}
	return off, r, more
}

// lineCol turns a byte offset into a 1-based line and column as yaml.v3
// counts them: columns in characters, and lines broken by LF, CR LF, a
// lone CR, NEL, and the line and paragraph separators.
func lineCol(data []byte, off int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < off; {
		r, size := utf8.DecodeRune(data[i:])
		i += size
		switch {
		case r == '\r' && i < len(data) && data[i] == '\n':
			// the LF that follows ends the line
			col++
		case r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029:
			line, col = line+1, 1
		default:
			col++
		}
	}
	return line, col
}

// wideEncoding names the encoding of a file written in UTF-16 or UTF-32
// without a byte order mark, or returns "". It looks at where the NUL
// bytes fall in the first kilobyte: such a file is mostly ASCII (the keys
// always are), and each ASCII character then carries one NUL byte (UTF-16)
// or three (UTF-32) in fixed places, where UTF-8 text has none.
func wideEncoding(data []byte) string {
	sample := data[:min(len(data), 1024)]
	var nul, all [4]int
	for i, b := range sample {
		all[i%4]++
		if b == 0 {
			nul[i%4]++
		}
	}
	mostly := func(k ...int) bool { // more than half of these places are NUL
		for _, i := range k {
			if 2*nul[i] <= all[i] {
				return false
			}
		}
		return true
	}
	rarely := func(k ...int) bool { // at most a tenth of these places are NUL
		for _, i := range k {
			if 10*nul[i] > all[i] {
				return false
			}
		}
		return true
	}
	switch {
	case len(sample) >= 4 && mostly(2, 3) && rarely(0):
		return "UTF-32 (little-endian)"
	case len(sample) >= 4 && mostly(0, 1) && rarely(3):
		return "UTF-32 (big-endian)"
	case len(sample) >= 2 && mostly(1) && rarely(0, 2) && (all[3] == 0 || mostly(3)):
		return "UTF-16 (little-endian)"
	case len(sample) >= 2 && mostly(0) && rarely(1, 3) && (all[2] == 0 || mostly(2)):
		return "UTF-16 (big-endian)"
	}
	return ""
}

// DecodeText is the one reader of text files: it drops a UTF-8 byte order
// mark and fails on a file that is not UTF-8, naming UTF-16 and UTF-32 or
// giving the line and column of the first invalid byte. The error is
// Problems holding one problem without a path, for the caller to name the
// file. Articles go through it as they are; fact sheets and templates also
// go through plainText.
func DecodeText(data []byte) ([]byte, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	fail := func(line, col int, format string, args ...any) ([]byte, error) {
		return nil, Problems{{Line: line, Col: col, Message: fmt.Sprintf(format, args...)}}
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe, 0, 0}) || bytes.HasPrefix(data, []byte{0, 0, 0xfe, 0xff}) {
		return fail(0, 0, "file is UTF-32; save it as UTF-8")
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return fail(0, 0, "file is UTF-16; save it as UTF-8")
	}
	if enc := wideEncoding(data); enc != "" {
		return fail(0, 0, "file is %s without a byte order mark; save it as UTF-8", enc)
	}
	if !utf8.Valid(data) {
		line, col := lineCol(data, firstInvalidUTF8(data))
		return fail(line, col, "file is not valid UTF-8; save it as UTF-8")
	}
	return data, nil
}

// plainText checks that a file's bytes are text briefing can read: UTF-8
// (a byte order mark is dropped; UTF-16 and UTF-32 are named) without
// control characters other than tab and line breaks, or the noncharacters
// U+FFFE and U+FFFF. It returns the text, or a problem positioned at the
// first fault; path names the file.
func plainText(path string, data []byte) ([]byte, *Problem) {
	fail := func(line, col int, format string, args ...any) ([]byte, *Problem) {
		return nil, &Problem{Path: path, Line: line, Col: col, Message: fmt.Sprintf(format, args...)}
	}
	data, err := DecodeText(data)
	var ps Problems
	if errors.As(err, &ps) {
		return fail(ps[0].Line, ps[0].Col, "%s", ps[0].Message)
	}
	if off, r, more := rawControl(data); off >= 0 {
		line, col := lineCol(data, off)
		also := ""
		switch {
		case more == 1:
			also = " (1 more follows)"
		case more > 1:
			also = fmt.Sprintf(" (%d more follow)", more)
		}
		if isControl(r) {
			return fail(line, col, "contains the control character %s; remove it%s", runeName(r), also)
		}
		return fail(line, col, "contains %s, which is not a character; remove it%s", runeName(r), also)
	}
	return data, nil
}
