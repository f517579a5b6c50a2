package speech

import (
	"strings"
	"unicode"
)

// The shapes of written tokens that Spoken says in words, read by hand:
// each returns what its expression (in shapes_test.go, which holds them
// to it) would capture, and ok when the whole token has the shape. They
// cost nothing to set up, where the expressions took a millisecond of a
// short command's start to compile.

// ordinalShape: `^(\d+)(st|nd|rd|th)$` ("21st").
func ordinalShape(s string) (num string, ok bool) {
	n := digitRun(s)
	if n == 0 {
		return "", false
	}
	switch s[n:] {
	case "st", "nd", "rd", "th":
		return s[:n], true
	}
	return "", false
}

// percentShape: `^(\d[\d,]*(?:\.\d+)?)(%|pc)$` ("3.5%").
func percentShape(s string) (num string, ok bool) {
	n := numberRun(s)
	if n == 0 {
		return "", false
	}
	switch s[n:] {
	case "%", "pc":
		return s[:n], true
	}
	return "", false
}

// moneyShape: `^([$£€])(\d[\d,]*(?:\.\d+)?)(k|m|bn|tn|mn|million|billion|trillion)?$` ("$5bn").
func moneyShape(s string) (sym, num, mag string, ok bool) {
	for _, c := range []string{"$", "£", "€"} {
		if rest, found := strings.CutPrefix(s, c); found {
			n := numberRun(rest)
			if n == 0 {
				return "", "", "", false
			}
			switch m := rest[n:]; m {
			case "", "k", "m", "bn", "tn", "mn", "million", "billion", "trillion":
				return c, rest[:n], m, true
			}
			return "", "", "", false
		}
	}
	return "", "", "", false
}

// decadeShape: `^(1[1-9]|20)(\d0)s$|^'(\d0)s$` ("1990s", "'80s"): the
// century and tens of a full decade, or the tens of a short one.
func decadeShape(s string) (century, tens, short string, ok bool) {
	if len(s) == 4 && s[0] == '\'' && isDigit(s[1]) && s[2] == '0' && s[3] == 's' {
		return "", "", s[1:3], true
	}
	if len(s) != 5 || s[4] != 's' || !isDigit(s[2]) || s[3] != '0' {
		return "", "", "", false
	}
	if s[0] == '1' && '1' <= s[1] && s[1] <= '9' || s[0] == '2' && s[1] == '0' {
		return s[:2], s[2:4], "", true
	}
	return "", "", "", false
}

// rangeShape: `^(\d[\d,.]*)[–—-](\d[\d,.]*)(%?)$` ("2014–2018", "5-10%").
func rangeShape(s string) (from, to, pct string, ok bool) {
	a := figureRun(s)
	if a == 0 {
		return "", "", "", false
	}
	rest := s[a:]
	dash := ""
	for _, d := range []string{"–", "—", "-"} {
		if strings.HasPrefix(rest, d) {
			dash = d
			break
		}
	}
	if dash == "" {
		return "", "", "", false
	}
	rest = rest[len(dash):]
	b := figureRun(rest)
	if b == 0 || rest[b:] != "" && rest[b:] != "%" {
		return "", "", "", false
	}
	return s[:a], rest[:b], rest[b:], true
}

// clockShape: `^([01]?\d|2[0-3]):([0-5]\d)(am|pm|a\.m\.|p\.m\.)?$` ("10:30pm").
func clockShape(s string) (hour, minute, mer string, ok bool) {
	h, rest, found := strings.Cut(s, ":")
	if !found || !isHour24(h) || len(rest) < 2 || rest[0] < '0' || rest[0] > '5' || !isDigit(rest[1]) {
		return "", "", "", false
	}
	if m := rest[2:]; m == "" || isMeridiem(m) {
		return h, rest[:2], m, true
	}
	return "", "", "", false
}

// hourShape: `^(1[0-2]|[1-9])(am|pm|a\.m\.|p\.m\.)$` ("7pm").
func hourShape(s string) (hour, mer string, ok bool) {
	for _, n := range []int{2, 1} {
		if len(s) > n && isMeridiem(s[n:]) {
			h := s[:n]
			if n == 2 && h[0] == '1' && '0' <= h[1] && h[1] <= '2' || n == 1 && '1' <= h[0] && h[0] <= '9' {
				return h, s[n:], true
			}
		}
	}
	return "", "", false
}

// dateShape: `^(\d{1,2})/(\d{1,2})/(\d{4})$` ("22/03/2024").
func dateShape(s string) (day, month, year string, ok bool) {
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return "", "", "", false
	}
	d, m, y := parts[0], parts[1], parts[2]
	if len(d) < 1 || len(d) > 2 || digitRun(d) != len(d) || len(m) < 1 || len(m) > 2 || digitRun(m) != len(m) || len(y) != 4 || digitRun(y) != 4 {
		return "", "", "", false
	}
	return d, m, y, true
}

// measureShape: `^(\d[\d,]*(?:\.\d+)?)(km|kg|mph|km/h|m|cm|mm|ft|lb|°C|°F)$` ("5km").
func measureShape(s string) (num, unit string, ok bool) {
	n := numberRun(s)
	if n == 0 {
		return "", "", false
	}
	switch u := s[n:]; u {
	case "km", "kg", "mph", "km/h", "m", "cm", "mm", "ft", "lb", "°C", "°F":
		return s[:n], u, true
	}
	return "", "", false
}

// acronymShape: `^[A-Z][A-Z0-9]*[A-Z]s?$|^[A-Z]$` ("NATO", "MPs", "G7B").
func acronymShape(s string) bool {
	if len(s) == 1 {
		return isUpper(s[0])
	}
	capsOnly := func(t string) bool {
		if len(t) < 2 || !isUpper(t[0]) || !isUpper(t[len(t)-1]) {
			return false
		}
		for i := 1; i < len(t)-1; i++ {
			if !isUpper(t[i]) && !isDigit(t[i]) {
				return false
			}
		}
		return true
	}
	return capsOnly(s) || strings.HasSuffix(s, "s") && capsOnly(s[:len(s)-1])
}

// hyphenedShape: `^[\p{L}\d]+(-[\p{L}\d]+)+$` ("COVID-19", "well-known").
func hyphenedShape(s string) bool {
	if !strings.Contains(s, "-") {
		return false
	}
	for part := range strings.SplitSeq(s, "-") {
		if part == "" {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) && !('0' <= r && r <= '9') {
				return false
			}
		}
	}
	return true
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// digitRun is the length of the run of digits s opens with.
func digitRun(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// numberRun is the length of the number s opens with, `\d[\d,]*(?:\.\d+)?`,
// or 0: the longest, which is the only one a unit after it can follow.
func numberRun(s string) int {
	if len(s) == 0 || !isDigit(s[0]) {
		return 0
	}
	n := 1
	for n < len(s) && (isDigit(s[n]) || s[n] == ',') {
		n++
	}
	if n+1 < len(s) && s[n] == '.' && isDigit(s[n+1]) {
		n += 1 + digitRun(s[n+1:])
	}
	return n
}

// figureRun is the length of the figure s opens with, `\d[\d,.]*`, or 0.
func figureRun(s string) int {
	if len(s) == 0 || !isDigit(s[0]) {
		return 0
	}
	n := 1
	for n < len(s) && (isDigit(s[n]) || s[n] == ',' || s[n] == '.') {
		n++
	}
	return n
}

// isHour24 is `[01]?\d|2[0-3]`.
func isHour24(h string) bool {
	switch len(h) {
	case 1:
		return isDigit(h[0])
	case 2:
		return (h[0] == '0' || h[0] == '1') && isDigit(h[1]) || h[0] == '2' && '0' <= h[1] && h[1] <= '3'
	}
	return false
}

// isMeridiem is `am|pm|a\.m\.|p\.m\.`.
func isMeridiem(m string) bool {
	return m == "am" || m == "pm" || m == "a.m." || m == "p.m."
}
