package briefing

import (
	"fmt"
	"unicode"
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
