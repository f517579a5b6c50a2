package speech

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Spoken turns written copy into the words a reader says: numbers, years,
// ordinals, percentages, money, dates, clock times, acronyms, abbreviations
// and symbols are written out ("$5bn" → "five billion dollars", "2014" →
// "twenty fourteen", "US" → "U S"). Punctuation that shapes delivery
// (commas, full stops, dashes) is kept so that pauses can be placed.
// The zero value of every option is implied: Spoken has none.
func Spoken(text string) string { return Pronunciations(nil).Spoken(text) }

// Pronunciations maps a written word to how it is said, as newsrooms write
// pronouncers: "Kugelman" → "KOO-gul-mun". The zero value has none.
type Pronunciations map[string]string

// Spoken is the package-level Spoken with the pronouncers applied: a word
// with a pronouncer is said as its respelling.
func (p Pronunciations) Spoken(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/4)
	n := 0 // pieces written, each after a space but the first
	put := func(pre, word, post string) {
		if n++; n > 1 {
			b.WriteByte(' ')
		}
		b.WriteString(pre)
		b.WriteString(word)
		b.WriteString(post)
	}
	tok, at := nextField(text, 0)
	for tok != "" {
		next, after := nextField(text, at)
		pre, core, post := splitPunct(tok)
		if say, ok := p.lookup(core); ok {
			put(pre, say, post)
			tok, at = next, after
			continue
		}
		_, nextCore, _ := splitPunct(next)
		said, consumedNext := speakToken(core, nextCore, post == "")
		if said != "" && core[0] >= '0' && core[0] <= '9' {
			pre, said = signWord(pre, said)
		}
		if consumedNext {
			_, _, post = splitPunct(next)
			next, after = nextField(text, after)
		}
		tok, at = next, after
		if said == "" {
			if pre+post != "" {
				put("", strings.TrimSpace(pre+post), "")
			}
			continue
		}
		put(pre, said, post)
	}
	return b.String()
}

// nextField returns the first field of s at or after byte i, as
// strings.Fields splits (at white space), and the offset just after it;
// "" when no field is left. Spoken walks its words with it instead of
// making a slice of them.
func nextField(s string, i int) (string, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiSpace(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return s[i:j], j
}

// asciiSpace tells the ASCII bytes unicode.IsSpace calls white space.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// lookup finds a word's pronouncer, also for its possessive ("Kugelman's").
func (p Pronunciations) lookup(word string) (string, bool) {
	if len(p) == 0 {
		return "", false
	}
	if say, ok := p[word]; ok {
		return say, true
	}
	for _, suffix := range []string{"'s", "’s"} {
		if base, ok := strings.CutSuffix(word, suffix); ok {
			if say, ok := p[base]; ok {
				return say + "z", true
			}
		}
	}
	return "", false
}

// Annotate prints pronouncers the way a host's copy carries them: after the
// first use of each word in text, "Kugelman (KOO-gul-mun)".
func (p Pronunciations) Annotate(text string) string {
	if len(p) == 0 {
		return text
	}
	toks := strings.Fields(text)
	done := map[string]bool{}
	for i, tok := range toks {
		base, post := pronouncedWord(tok)
		say, ok := p[base]
		if !ok || done[base] {
			continue
		}
		done[base] = true
		toks[i] = strings.TrimSuffix(tok, post) + " (" + say + ")" + post
	}
	return strings.Join(toks, " ")
}

// Used lists, in order of first use, the words of p that text says, as
// Annotate finds them.
func (p Pronunciations) Used(text string) []string {
	var out []string
	if len(p) == 0 {
		return out
	}
	for tok := range strings.FieldsSeq(text) {
		if base, _ := pronouncedWord(tok); p[base] != "" && !slices.Contains(out, base) {
			out = append(out, base)
		}
	}
	return out
}

// pronouncedWord is the word of a token a pronouncer may be for, without
// its punctuation and possessive ("Kugelman’s," gives "Kugelman"), and
// the punctuation after it.
func pronouncedWord(tok string) (base, post string) {
	_, core, post := splitPunct(tok)
	return strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s"), post
}

// splitPunct separates leading and trailing punctuation from a token. A
// currency sign, '#' or '@' stays with the core; so does a trailing '%'.
func splitPunct(tok string) (pre, core, post string) {
	start := 0
	for start < len(tok) {
		r, size := utf8.DecodeRuneInString(tok[start:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("$£€#@&+", r) {
			break
		}
		start += size
	}
	end := len(tok)
	for end > start {
		r, size := utf8.DecodeLastRuneInString(tok[:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("%&+°", r) {
			break
		}
		end -= size
	}
	// Keep the full stop of an abbreviation ("Gen.") with the word.
	if end < len(tok) && tok[end] == '.' && abbreviations[tok[start:end+1]] != "" {
		end++
	}
	return tok[:start], tok[start:end], tok[end:]
}

// speakToken returns the spoken form of one token, and whether it also
// used the next token (a day after a month name, as in "March 22").
// atEnd tells whether the token ends without trailing punctuation.
func speakToken(core, next string, atEnd bool) (string, bool) {
	if core == "" {
		return "", false
	}
	if plainWord(core) {
		if len(core) <= maxPlainAbbreviation {
			if s, ok := abbreviations[core]; ok {
				return s, false
			}
		}
		if _, ok := monthOf(core); !ok {
			return core, false
		}
	}
	if s, ok := symbols[core]; ok {
		return s, false
	}
	if month, ok := monthOf(strings.TrimSuffix(core, ".")); ok && strings.HasSuffix(core, ".") && atEnd {
		if day, ok := monthDay(next); ok {
			return month + " " + day, true
		}
		if next == "" || isUpper(next[0]) { // the full stop also ends a sentence
			return month + ".", false
		}
	}
	if s, ok := abbreviations[core]; ok {
		return s, false
	}
	if month, ok := monthOf(core); ok && atEnd {
		if day, ok := monthDay(next); ok {
			return month + " " + day, true
		}
	}
	if !strings.ContainsAny(core, "0123456789") {
		return speakWord(core), false
	}
	if isNum(core) {
		if m, _ := monthOf(next); m != "" && !strings.Contains(core, ",") && !strings.Contains(core, ".") {
			if n := atoi(core); n >= 1 && n <= 31 {
				return "the " + ordinalWords(n) + " of", false
			}
		}
		if unit, ok := unitApart(next); ok && atEnd {
			return numberWords(core) + " " + unit, true
		}
		return numberOrYear(core), false
	}
	if sym, num, mag, ok := moneyShape(core); ok {
		if mag == "" && atEnd && magnitudeWords[next] {
			return money(sym, num, next), true
		}
		return money(sym, num, mag), false
	}
	if n := len(core) - 1; core[n] == 'x' && isNum(core[:n]) {
		return numberWords(core[:n]) + " times", false
	}
	if num, ok := percentShape(core); ok {
		return numberWords(num) + " percent", false
	}
	if num, ok := ordinalShape(core); ok {
		return ordinalWords(atoi(num)), false
	}
	if century, tens, short, ok := decadeShape(core); ok {
		return decade(century, tens, short), false
	}
	if h, m, mer, ok := clockShape(core); ok {
		return clockWords(atoi(h), atoi(m), mer), false
	}
	if h, mer, ok := hourShape(core); ok {
		return cardinal(int64(atoi(h))) + " " + meridiem(mer), false
	}
	if d, m, y, ok := dateShape(core); ok {
		if day, mon := atoi(d), atoi(m); mon >= 1 && mon <= 12 && day >= 1 && day <= 31 {
			return "the " + ordinalWords(day) + " of " + monthNames[mon-1] + " " + yearWords(atoi(y)), false
		}
	} else if num, unit, ok := measureShape(core); ok {
		return numberWords(num) + " " + units[unit], false
	} else if from, to, pct, ok := rangeShape(core); ok {
		if pct != "" {
			pct = " percent"
		}
		return numberOrYear(from) + " to " + numberOrYear(to) + pct, false
	}
	return speakWord(core), false
}

// speakWord says a token that is not a number: its hyphenated or slashed
// parts one by one, or an acronym; anything else as written.
func speakWord(core string) string {
	// the plain tests first: most tokens fail them, and the expressions cost
	if strings.IndexByte(core, '-') > 0 && strings.ContainsAny(core, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") && hyphenedShape(core) {
		parts := strings.Split(core, "-")
		for i, p := range parts {
			if s, _ := speakToken(p, "", true); s != "" {
				parts[i] = s
			}
		}
		return strings.Join(parts, " ")
	}
	if strings.Contains(core, "/") && !strings.Contains(core, "//") {
		if core == "and/or" {
			return "and or"
		}
		parts := strings.Split(core, "/")
		numbers := true
		for i, p := range parts {
			numbers = numbers && isNum(p)
			if s, _ := speakToken(p, "", true); s != "" {
				parts[i] = s
			}
		}
		if numbers { // "24/7", "9/11"
			return strings.Join(parts, " ")
		}
		return strings.Join(parts, " or ")
	}
	if core != "" && 'A' <= core[0] && core[0] <= 'Z' && acronymShape(core) {
		return acronym(core)
	}
	if runs := capsAndDigits(core); runs != nil {
		for i, r := range runs {
			if isDigit(r[0]) {
				runs[i] = numberWords(r)
			} else {
				runs[i] = acronym(r)
			}
		}
		return strings.Join(runs, " ")
	}
	return core
}

// capsAndDigits splits a name of capitals and digits that has both
// ("G7", "COP28", "H5N1", "5G", "A380") into its runs of each, which are
// said one after another ("G seven", "H five N one"); nil for any other
// word.
func capsAndDigits(s string) []string {
	var runs []string
	caps, digits := false, false
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			digits = true
		case isUpper(c):
			caps = true
		default:
			return nil
		}
		if i > 0 && isDigit(c) != isDigit(s[i-1]) {
			runs = append(runs, s[start:i])
			start = i
		}
	}
	if !caps || !digits {
		return nil
	}
	return append(runs, s[start:])
}

// plainWord reports whether a token is an ordinary word that is said as
// written: letters (and inner apostrophes) only, with at most its first
// letter a capital. It is the fast path: most of any script is such words.
func plainWord(s string) bool {
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r == '\'' || r == '’':
		case r >= 'A' && r <= 'Z':
			if i > 0 {
				return false
			}
		case r >= utf8.RuneSelf && unicode.IsLower(r):
		default:
			return false
		}
	}
	return true
}

// acronym says an all-capitals word: as a word when it is one of the
// acronyms read as words, otherwise letter by letter ("FBI" → "F B I").
func acronym(s string) string {
	plural := ""
	if strings.HasSuffix(s, "s") {
		s, plural = s[:len(s)-1], "s"
	}
	if wordAcronyms[s] || (len(s) >= 4 && pronounceable(s)) {
		return s + plural
	}
	letters := make([]string, 0, len(s))
	for _, r := range s {
		if unicode.IsDigit(r) {
			letters = append(letters, cardinal(int64(r-'0')))
			continue
		}
		letters = append(letters, string(r))
	}
	if plural != "" {
		letters[len(letters)-1] += plural
	}
	return strings.Join(letters, " ")
}

// pronounceable guesses whether an unknown acronym is read as a word: it
// alternates vowels and consonants without long consonant runs.
func pronounceable(s string) bool {
	vowels, run := 0, 0
	for _, r := range s {
		if strings.ContainsRune("AEIOUY", r) {
			vowels++
			run = 0
			continue
		}
		if !unicode.IsLetter(r) {
			return false
		}
		run++
		if run > 2 {
			return false
		}
	}
	return vowels*3 >= len(s)
}

var wordAcronyms = map[string]bool{
	"NATO": true, "ISIS": true, "NASA": true, "UNESCO": true, "UNICEF": true, "OPEC": true,
	"AIDS": true, "FIFA": true, "UEFA": true, "COVID": true, "SWAT": true, "ASEAN": true,
	"OPEX": true, "NAFTA": true, "FEMA": true, "SARS": true, "ISIL": true, "WHO": false,
	"IRA": false, "LAN": true, "RAM": true, "NIMBY": true, "LASER": true, "RADAR": true,
	"SCOTUS": true, "COP": true, "OFCOM": true, "OFSTED": true, "MERCOSUR": true, "INTERPOL": true, "EUROPOL": true,
}

var abbreviations = map[string]string{
	"Gen.": "General", "Gen": "General", "Lt.": "Lieutenant", "Col.": "Colonel", "Maj.": "Major",
	"Capt.": "Captain", "Sgt.": "Sergeant", "Adm.": "Admiral", "Gov.": "Governor",
	"Sen.": "Senator", "Rep.": "Representative", "Pres.": "President", "Prof.": "Professor",
	"Dr.": "Doctor", "Dr": "Doctor", "Mr.": "Mister", "Mr": "Mister", "Mrs.": "Missus", "Mrs": "Missus",
	"Ms.": "Mizz", "Ms": "Mizz", "St.": "Saint", "St": "Saint", "Jr.": "Junior", "Sr.": "Senior",
	"vs": "versus", "vs.": "versus", "etc.": "et cetera", "etc": "et cetera", "approx.": "approximately",
	"No.": "number", "Mt.": "Mount", "Ft.": "Fort", "e.g.": "for example", "i.e.": "that is",
	"Jan.": "January", "Feb.": "February", "Mar.": "March", "Apr.": "April", "Aug.": "August",
	"Sep.": "September", "Sept.": "September", "Oct.": "October", "Nov.": "November", "Dec.": "December",
}

// maxPlainAbbreviation is the longest abbreviation without a full stop
// ("Mrs", "etc"): a longer word of letters alone is none.
const maxPlainAbbreviation = 3

var symbols = map[string]string{
	"&": "and", "+": "plus", "=": "equals", "%": "percent", "@": "at", "#": "number",
}

var units = map[string]string{
	"km": "kilometres", "kg": "kilograms", "mph": "miles per hour", "km/h": "kilometres per hour",
	"m": "metres", "cm": "centimetres", "mm": "millimetres", "ft": "feet", "lb": "pounds",
	"°C": "degrees Celsius", "°F": "degrees Fahrenheit",
}

// monthDay says the day written after a month's name ("22", "21st") as
// an ordinal, when it is one.
func monthDay(next string) (string, bool) {
	if n, ok := ordinalShape(next); ok {
		return ordinalWords(atoi(n)), true
	}
	if n := atoi(next); n >= 1 && n <= 31 && isNum(next) {
		return ordinalWords(n), true
	}
	return "", false
}

// unitApart is how a unit is said when copy writes it apart from its
// number ("3,000 km", "55 mph", "200 lbs"): as units says the ones it
// writes joined ("5km"), and a few more. A lone "m" is left alone: after
// a number it is as often millions as metres.
func unitApart(w string) (string, bool) {
	if s, ok := units[w]; ok && w != "m" {
		return s, true
	}
	s, ok := moreUnits[w]
	return s, ok
}

// moreUnits are the units written apart from a number that units, which
// reads the joined ones, does not hold.
var moreUnits = map[string]string{
	"kms": "kilometres", "kgs": "kilograms", "kph": "kilometres per hour", "lbs": "pounds", "mi": "miles",
	"oz": "ounces", "mg": "milligrams", "ml": "millilitres", "ha": "hectares",
	"kW": "kilowatts", "MW": "megawatts", "GW": "gigawatts", "kWh": "kilowatt hours",
}

// magnitudeWords are the words that, after an amount of money, come
// before its currency as it is said: "$1.2 trillion" is "one point two
// trillion dollars".
var magnitudeWords = map[string]bool{"million": true, "billion": true, "trillion": true}

// signWord says the sign written before a number: "~50" is "about fifty",
// "-40°C" and "−3" are "minus forty degrees Celsius" and "minus three".
func signWord(pre, said string) (string, string) {
	switch {
	case strings.HasSuffix(pre, "~"):
		return strings.TrimSuffix(pre, "~"), "about " + said
	case pre == "-" || pre == "−":
		return "", "minus " + said
	}
	return pre, said
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var months = func() map[string]string {
	m := map[string]string{}
	for _, n := range monthNames {
		m[strings.ToLower(n)] = n
		if len(n) > 3 {
			m[strings.ToLower(n[:3])] = n
		}
	}
	m["sept"] = "September"
	return m
}()

// isNum tells a number as copy writes it: digits, with commas between
// groups of three (or in twos before the last three, as India groups
// them) or none, then perhaps a decimal part, perhaps after a minus
// ("7,000", "1,40,000", "-3.5", "1200"). It reads what the expression
// ^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d{1,2}(,\d{2})+,\d{3}(\.\d+)?$|^-?\d+(\.\d+)?$
// matches, a byte at a time: it runs for every token with a digit in it.
func isNum(s string) bool {
	s = strings.TrimPrefix(s, "-")
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(s) && s[i] == ',' {
		if i > 3 {
			return false
		}
		if i <= 2 {
			i += LakhGroups(s[i:])
		}
		for i < len(s) && s[i] == ',' {
			if i+4 > len(s) || !isDigit(s[i+1]) || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
				return false
			}
			i += 4
		}
	}
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == i+1 {
			return false
		}
		i = j
	}
	return i == len(s)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// monthOf finds the month a word names ("March", "mar", "SEPT"), in
// any case, without allocating for the words that are not one.
func monthOf(w string) (string, bool) {
	var b [len("september")]byte
	if len(w) < 3 || len(w) > len(b) || !strings.ContainsRune("jfmasondJFMASOND", rune(w[0])) && w[0] < utf8.RuneSelf {
		return "", false // no month's name is so short or long, or starts so
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			m, ok := months[strings.ToLower(w)]
			return m, ok
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b[i] = c
	}
	m, ok := months[string(b[:len(w)])]
	return m, ok
}

func atoi(s string) int {
	n, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	if err != nil {
		return -1
	}
	return n
}

// numberOrYear says a bare number, as a year when it looks like one: four
// digits from 1100 to 2099 without a thousands comma.
func numberOrYear(s string) string {
	if len(s) == 4 && !strings.ContainsAny(s, ",.") {
		if n := atoi(s); n >= 1100 && n <= 2099 {
			return yearWords(n)
		}
	}
	return numberWords(s)
}

// yearWords says a year: "twenty fourteen", "two thousand five",
// "nineteen hundred", "two thousand".
func yearWords(y int) string {
	hi, lo := y/100, y%100
	switch {
	case y >= 2000 && y < 2010:
		return cardinal(int64(y))
	case lo == 0:
		return cardinal(int64(hi)) + " hundred"
	case lo < 10:
		return cardinal(int64(hi)) + " oh " + cardinal(int64(lo))
	}
	return cardinal(int64(hi)) + " " + cardinal(int64(lo))
}

// decade says "1990s" as "nineteen nineties" and "'80s" as "eighties",
// from decadeShape's parts.
func decade(centuryDigits, tensDigits, short string) string {
	if short != "" {
		return pluralNumber(cardinal(int64(atoi(short))))
	}
	century, tens := atoi(centuryDigits), atoi(tensDigits)
	if tens == 0 {
		if century == 20 {
			return "two thousands"
		}
		return cardinal(int64(century)) + " hundreds"
	}
	return cardinal(int64(century)) + " " + pluralNumber(cardinal(int64(tens)))
}

func pluralNumber(w string) string {
	if strings.HasSuffix(w, "y") {
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// FormatNumber writes a number as copy does, the form Spoken reads back:
// thousands separated by commas, decimals only when there are any
// ("7,000", "1.5").
func FormatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// numberWords says a written number: "7,000" → "seven thousand", "1.5" →
// "one point five", "-3" → "minus three", and a number grouped as India
// groups it as India says it: "1,40,000" → "one lakh forty thousand".
func numberWords(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	lead := digitRun(s)
	indian := lead <= 2 && LakhGroups(s[lead:]) > 0
	s = strings.ReplaceAll(s, ",", "")
	intPart, frac, _ := strings.Cut(s, ".")
	var words string
	switch n, _ := strconv.ParseInt(intPart, 10, 64); {
	case len(intPart) > 15:
		words = digitsWords(intPart)
	case indian:
		words = indianCardinal(n)
	default:
		words = cardinal(n)
	}
	if frac != "" {
		words += " point " + digitsWords(frac)
	}
	if neg {
		words = "minus " + words
	}
	return words
}

func digitsWords(s string) string {
	w := make([]string, 0, len(s))
	for _, r := range s {
		switch {
		case r == '0':
			w = append(w, "zero")
		case r > '0' && r <= '9':
			w = append(w, ones[r-'0'])
		}
	}
	return strings.Join(w, " ")
}

var ones = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tensWords = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// cardinal says a whole number in words, short scale, without "and":
// 137 → "one hundred thirty seven".
func cardinal(n int64) string {
	if n == 0 {
		return "zero"
	}
	if n < 0 {
		return "minus " + cardinal(-n)
	}
	scales := []struct {
		v    int64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}}
	var parts []string
	for _, sc := range scales {
		if n >= sc.v {
			parts = append(parts, cardinal(n/sc.v)+" "+sc.name)
			n %= sc.v
		}
	}
	if n >= 100 {
		parts = append(parts, ones[n/100]+" hundred")
		n %= 100
	}
	if n >= 20 {
		t := tensWords[n/10]
		if n%10 != 0 {
			t += " " + ones[n%10]
		}
		parts = append(parts, t)
	} else if n > 0 {
		parts = append(parts, ones[n])
	}
	return strings.Join(parts, " ")
}

// LakhGroups is the length of the comma groups s starts with when they are
// grouped in twos and end in a group of three (",40,000" in
// "1,40,000 people"), or 0. s is what follows a number's first one or
// two digits. The drafter reads figures so, and the spoken form says
// them so (see numberWords).
func LakhGroups(s string) int {
	k, twos := 0, 0
	for k+3 <= len(s) && s[k] == ',' && isDigit(s[k+1]) && isDigit(s[k+2]) {
		if k+4 <= len(s) && isDigit(s[k+3]) {
			if twos > 0 && !isDigitAt(s, k+4) && !(k+4 < len(s) && s[k+4] == ',' && isDigitAt(s, k+5)) {
				return k + 4 // the last group, of three, and no group after it
			}
			return 0
		}
		k, twos = k+3, twos+1
	}
	return 0
}

func isDigitAt(s string, i int) bool { return i < len(s) && isDigit(s[i]) }

// indianCardinal says a whole number in crores, lakhs and thousands, as
// India says a number it groups so: 14,00,000 → "fourteen lakh".
func indianCardinal(n int64) string {
	var parts []string
	if n >= 1e7 {
		parts = append(parts, indianCardinal(n/1e7)+" crore")
		n %= 1e7
	}
	if n >= 1e5 {
		parts = append(parts, cardinal(n/1e5)+" lakh")
		n %= 1e5
	}
	if n > 0 || len(parts) == 0 {
		parts = append(parts, cardinal(n))
	}
	return strings.Join(parts, " ")
}

// ordinalWords says 21 as "twenty first".
func ordinalWords(n int) string {
	w := cardinal(int64(n))
	i := strings.LastIndexByte(w, ' ')
	last := w[i+1:]
	irregular := map[string]string{"one": "first", "two": "second", "three": "third", "five": "fifth",
		"eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
	switch {
	case irregular[last] != "":
		last = irregular[last]
	case strings.HasSuffix(last, "y"):
		last = last[:len(last)-1] + "ieth"
	default:
		last += "th"
	}
	return w[:i+1] + last
}

func clockWords(h, m int, ampm string) string {
	w := cardinal(int64(h))
	switch {
	case m == 0 && ampm == "":
		w += " hundred"
	case m == 0:
	case m < 10:
		w += " oh " + cardinal(int64(m))
	default:
		w += " " + cardinal(int64(m))
	}
	if ampm != "" {
		w += " " + meridiem(ampm)
	}
	return w
}

func meridiem(s string) string {
	if strings.HasPrefix(s, "a") {
		return "a m"
	}
	return "p m"
}

var currencies = map[string][2]string{"$": {"dollar", "cents"}, "£": {"pound", "pence"}, "€": {"euro", "cents"}}
var magnitudes = map[string]string{"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "tn": "trillion",
	"million": "million", "billion": "billion", "trillion": "trillion"}

// money says "$5bn" as "five billion dollars" and "£3.50" as "three pounds fifty".
func money(sign, amount, mag string) string {
	unit := currencies[sign]
	amount = strings.ReplaceAll(amount, ",", "")
	if mag != "" {
		return numberWords(amount) + " " + magnitudes[mag] + " " + unit[0] + "s"
	}
	whole, frac, _ := strings.Cut(amount, ".")
	n := atoi(whole)
	w := cardinal(int64(n)) + " " + unit[0]
	if n != 1 {
		w += "s"
	}
	if len(frac) == 2 && frac != "00" {
		w += " " + cardinal(int64(atoi(frac)))
	} else if frac != "" && frac != "00" {
		return numberWords(amount) + " " + unit[0] + "s"
	}
	return w
}

// SpokenWords counts the words of text as it is said.
func SpokenWords(text string) int { return countWords(Spoken(text)) }

// Syllables estimates how many syllables a spoken word has. It counts
// groups of vowels, then corrects for the spellings English does not
// voice: a silent final e ("time"), -es and -ed endings that add no
// syllable ("makes", "killed"), and keeps those that do ("wanted",
// "buses", "table"). A respelled pronouncer ("KOO-gul-mun") and a
// hyphenated word count part by part; a letter said on its own ("U", "S")
// is one syllable, except W. Every word has at least one.
func Syllables(word string) int {
	if strings.ContainsRune(word, '-') {
		n := 0
		for _, part := range strings.Split(word, "-") {
			if part != "" {
				n += Syllables(part)
			}
		}
		return max(n, 1)
	}
	// The letters of the word, lower case; on the stack for usual words.
	var buf [48]rune
	var ascii [48]byte
	w, b := buf[:0], ascii[:0]
	for _, r := range word {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if 'a' <= r && r <= 'z' {
				w, b = append(w, r), append(b, byte(r))
			}
		} else if unicode.IsLetter(r) {
			w, b = append(w, unicode.ToLower(r)), nil
		}
	}
	if b == nil || len(b) != len(w) {
		b = []byte(string(w))
	}
	switch {
	case len(w) == 0:
		return 0
	case len(w) == 1:
		if w[0] == 'w' {
			return 3
		}
		return 1
	}
	if n, ok := syllableExceptions[string(b)]; ok {
		return n
	}
	isVowel := func(r rune) bool {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return true
		}
		return r >= utf8.RuneSelf && strings.ContainsRune("áéíóúàèìòùâêîôûäëïöüå", r)
	}
	n := 0
	for i, r := range w {
		if isVowel(r) && (i == 0 || !isVowel(w[i-1])) {
			n++
		}
	}
	last := len(w) - 1
	prevIsConsonant := func(i int) bool { return i >= 0 && !isVowel(w[i]) }
	switch {
	case w[last] == 'e' && last >= 2 && w[last-1] == 'l' && prevIsConsonant(last-2):
		// table, little: the -le is voiced
	case w[last] == 'e' && prevIsConsonant(last-1) && n > 1:
		n-- // time, make: silent e
	case len(w) > 3 && w[last] == 'd' && w[last-1] == 'e' && n > 1 && !strings.ContainsRune("td", w[last-2]) && prevIsConsonant(last-2):
		n-- // killed, planned; but wanted, added
	case len(w) > 3 && w[last] == 's' && w[last-1] == 'e' && n > 1 && !strings.ContainsRune("sxzgc", w[last-2]) && !(w[last-2] == 'h' && strings.ContainsRune("cs", w[last-3])) && prevIsConsonant(last-2):
		n-- // makes, times; but buses, boxes, churches, stages
	}
	if bytes.HasSuffix(b, []byte("ism")) || bytes.HasSuffix(b, []byte("isms")) {
		n++ // terrorism: the m is a syllable of its own
	}
	// A silent e that ends the first part of a word: statement, safety,
	// nineteen, homeless, spokesman.
	for _, suffix := range silentESuffixes {
		i := bytes.LastIndex(b, []byte(suffix))
		if i < 3 || len(b) != len(w) || b[i-1] != 'e' || n == 1 {
			continue
		}
		j := i - 2 // the consonants before the e, then a vowel
		for j >= 0 && i-2-j < 2 && prevIsConsonant(j) {
			j--
		}
		if j < i-2 && j >= 0 && w[j] != 'e' {
			n--
			break
		}
	}
	// A y between vowels opens a syllable: saying, mayor, employee.
	for i := 1; i+1 < len(w); i++ {
		if w[i] == 'y' && isVowel(w[i-1]) && w[i-1] != 'y' && isVowel(w[i+1]) && w[i+1] != 'y' {
			n++
		}
	}
	// Vowel pairs said as two syllables: "ia" (Russia, media), "io"
	// (radio), "eo" (video), "ua" (actual), "uo" and "iu".
	for i := 1; i < len(w); i++ {
		a, c := w[i-1], w[i]
		before := ' '
		if i >= 2 {
			before = w[i-2]
		}
		switch {
		case a == 'i' && (c == 'a' || c == 'o') && !strings.ContainsRune("ctsl", before), // media, radio; not social, nation, Russia, million
			a == 'e' && c == 'o', // video
			a == 'u' && (c == 'a' || c == 'o') && !strings.ContainsRune("qg", before), // actual; not quality, guard
			a == 'i' && c == 'u': // medium
			n++
		}
	}
	return max(n, 1)
}

// silentESuffixes are the word endings after which a preceding e is
// silent, as it is at the end of a word ("state" + "ment").
var silentESuffixes = []string{"ment", "ments", "ly", "ness", "less", "ful", "ty", "ties", "teen", "teens", "thing", "some", "where", "man", "men", "book", "work", "works", "hood", "line", "lines", "wide", "side", "ware", "time", "times"}

// syllableExceptions are common words the rules above miscount.
var syllableExceptions = map[string]int{
	"the": 1, "people": 2, "every": 2, "evening": 2, "business": 2, "different": 3, "several": 3,
	"interest": 3, "family": 3, "average": 3, "general": 3, "camera": 3, "chocolate": 3,
	"ukraine": 2, "ukrainian": 4, "islamic": 3, "state": 1, "russia": 2, "russian": 2, "asia": 2,
	"area": 3, "idea": 3, "create": 2, "created": 3, "being": 2, "going": 2, "doing": 2, "seeing": 2,
	"quiet": 2, "science": 2, "society": 4, "violence": 3, "violent": 3, "iraq": 2, "iran": 2,
	"hours": 1, "hour": 1, "fire": 1, "fired": 1, "our": 1, "whereas": 2, "police": 2,
	"percent": 2, "hundred": 2, "zero": 2, "seven": 2, "eleven": 3, "poem": 2, "cruel": 2,
	"theatre": 3, "theater": 3, "real": 1, "really": 2, "said": 1, "says": 1, "once": 1,
}
