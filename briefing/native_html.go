package briefing

import (
	"bytes"
	"strconv"
	"strings"
	"time"
)

// The HTML outputs run through html/template, which escapes each value
// for the context it is printed in. Their Go renderings write the same
// bytes with the writers below, one for each context the built-in HTML
// templates print in; TestNativeHTMLEscapers holds each to html/template's
// own escaping.

// writeHTML writes s escaped as html/template escapes a string in HTML
// text, in an RCDATA element (<title>) and in a quoted attribute value: &,
// <, >, the quotes and + as entities, NUL as U+FFFD, nothing else changed.
func writeHTML(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case 0:
			esc = "\uFFFD"
		case '"':
			esc = "&#34;"
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '+':
			esc = "&#43;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// cssEscapes are html/template's escapes of bytes in a CSS string, by
// byte; an empty entry is written as it is.
var cssEscapes = [...]string{
	0: `\0`, '\t': `\9`, '\n': `\a`, '\f': `\c`, '\r': `\d`,
	'"': `\22`, '&': `\26`, '\'': `\27`, '(': `\28`, ')': `\29`, '+': `\2b`, '/': `\2f`,
	':': `\3a`, ';': `\3b`, '<': `\3c`, '>': `\3e`, '\\': `\\`, '{': `\7b`, '}': `\7d`,
}

// writeCSS writes s escaped as html/template escapes a string inside a
// quoted CSS string: the bytes of cssEscapes as hex escapes, each but \\
// followed by a space when what follows could be read as part of it (a
// hex digit, a space) or nothing follows.
func writeCSS(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if int(c) >= len(cssEscapes) || cssEscapes[c] == "" {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(cssEscapes[c])
		last = i + 1
		if c != '\\' && (last == len(s) || isHexDigit(s[last]) || isCSSSpace(s[last])) {
			b.WriteByte(' ')
		}
	}
	b.WriteString(s[last:])
}

// isSafeURL is html/template's test of a URL: relative, or of the scheme
// http, https or mailto.
func isSafeURL(s string) bool {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") {
		return strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto")
	}
	return true
}

// writeURLPart writes s as html/template writes a value inside a URL
// attribute after its # or ?: every byte but letters, digits and -._~
// percent-encoded (which leaves nothing to escape for the attribute).
func writeURLPart(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isURLUnreserved(c) {
			continue
		}
		b.WriteString(s[last:i])
		writePercent(b, c)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// writeURLAttr writes s as html/template writes a value that is a whole
// URL attribute (href="{{ . }}"): an unsafe scheme (see isSafeURL) made
// "#ZgotmplZ", the URL normalised (what is neither unreserved nor a URL
// delimiter percent-encoded, an existing %XX escape kept), then & and +
// escaped for the attribute.
func writeURLAttr(b *bytes.Buffer, s string) {
	if !isSafeURL(s) {
		s = "#ZgotmplZ"
	}
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var esc string
		switch c {
		case '&':
			esc = "&amp;"
		case '+':
			esc = "&#43;"
		case '!', '#', '$', '*', ',', '/', ':', ';', '=', '?', '@', '[', ']':
			continue
		case '%':
			if i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]) {
				continue
			}
		default:
			if isURLUnreserved(c) {
				continue
			}
		}
		b.WriteString(s[last:i])
		if esc != "" {
			b.WriteString(esc)
		} else {
			writePercent(b, c)
		}
		last = i + 1
	}
	b.WriteString(s[last:])
}

// writePercent writes c percent-encoded, in lower-case hex as
// html/template writes it.
func writePercent(b *bytes.Buffer, c byte) {
	const hex = "0123456789abcdef"
	b.WriteByte('%')
	b.WriteByte(hex[c>>4])
	b.WriteByte(hex[c&15])
}

// isURLUnreserved tells the bytes a URL carries as they are (RFC 3986's
// unreserved characters): letters, digits and -._~.
func isURLUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~'
}

// isHexDigit tells a hex digit, of either case.
func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// isCSSSpace tells the bytes CSS reads as white space.
func isCSSSpace(c byte) bool {
	return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
}

// writeInt writes n in decimal, as a template prints an int.
func writeInt(b *bytes.Buffer, n int) {
	b.Write(strconv.AppendInt(b.AvailableBuffer(), int64(n), 10))
}

// writeFloat writes f as a template prints a float64 in HTML (fmt's %v,
// the shortest form that reads back as f), the + of an exponent escaped
// as html/template escapes it.
func writeFloat(b *bytes.Buffer, f float64) {
	var buf [32]byte
	for _, c := range strconv.AppendFloat(buf[:0], f, 'g', -1, 64) {
		if c == '+' {
			b.WriteString("&#43;")
		} else {
			b.WriteByte(c)
		}
	}
}

// writeClock writes d as the clock function prints it (Clock), which
// needs no escaping in HTML: digits, colons and a minus sign.
func writeClock(b *bytes.Buffer, d time.Duration) {
	b.Write(appendClock(b.AvailableBuffer(), d))
}
