package briefing

import (
	"bytes"
	"encoding/base32"
	"encoding/base64"
	"fmt"
	htmltemplate "html/template"
	"maps"
	"math"
	"slices"
	"strings"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/Masterminds/sprig/v3"
	"github.com/briefing-dev/briefing/briefing/internal/marks"
	"github.com/briefing-dev/briefing/briefing/speech"
)

// denied names the sprig functions templates may not call, with why.
// Templates that call one fail to load, at the call's position.
var denied = map[string]string{
	"env":       "reads the environment",
	"expandenv": "reads the environment",

	"getHostByName": "uses the network",

	"now":              "reads the clock (take dates from the fact sheet)",
	"ago":              "reads the clock (take dates from the fact sheet)",
	"date":             "depends on the clock and time zone (take dates from the fact sheet)",
	"dateInZone":       "depends on the clock and time zone (take dates from the fact sheet)",
	"date_in_zone":     "depends on the clock and time zone (take dates from the fact sheet)",
	"dateModify":       "depends on the clock and time zone (take dates from the fact sheet)",
	"date_modify":      "depends on the clock and time zone (take dates from the fact sheet)",
	"mustDateModify":   "depends on the clock and time zone (take dates from the fact sheet)",
	"must_date_modify": "depends on the clock and time zone (take dates from the fact sheet)",
	"htmlDate":         "depends on the clock and time zone (take dates from the fact sheet)",
	"htmlDateInZone":   "depends on the clock and time zone (take dates from the fact sheet)",
	"toDate":           "depends on the time zone (take dates from the fact sheet)",
	"mustToDate":       "depends on the time zone (take dates from the fact sheet)",
	"durationRound":    "reads the clock",
	"unixEpoch":        "depends on the clock (take dates from the fact sheet)",

	"randAlphaNum": "uses randomness",
	"randAlpha":    "uses randomness",
	"randAscii":    "uses randomness",
	"randNumeric":  "uses randomness",
	"randBytes":    "uses randomness",
	"randInt":      "uses randomness",
	"shuffle":      "uses randomness",
	"uuidv4":       "uses randomness",

	"bcrypt":                   "mints keys or secrets",
	"htpasswd":                 "mints keys or secrets",
	"genPrivateKey":            "mints keys or secrets",
	"derivePassword":           "mints keys or secrets",
	"buildCustomCert":          "mints keys or secrets",
	"genCA":                    "mints keys or secrets",
	"genCAWithKey":             "mints keys or secrets",
	"genSelfSignedCert":        "mints keys or secrets",
	"genSelfSignedCertWithKey": "mints keys or secrets",
	"genSignedCert":            "mints keys or secrets",
	"genSignedCertWithKey":     "mints keys or secrets",
	"encryptAES":               "mints keys or secrets",
	"decryptAES":               "mints keys or secrets",
}

// Denied names the sprig functions templates may not call, each with why
// (it reads the environment, the network or the clock, uses randomness, or
// mints keys). The map is a copy: changing it changes nothing.
func Denied() map[string]string { return maps.Clone(denied) }

// Funcs returns the function map of briefing templates: sprig's hermetic
// functions without the Denied ones (each replaced by a stub that fails, so
// that parsing still reaches the position of the call and reports it), with
// decoding functions that fail instead of printing their error, plus the
// domain functions. Every function is bounded: counts, widths and the size
// of what it makes are capped (see budget.go).
func Funcs() template.FuncMap { return funcs(new(budget)) }

// funcs is Funcs with every function checking b.
func funcs(b *budget) template.FuncMap {
	fm := sprig.HermeticTxtFuncMap()
	for name, why := range denied {
		fm[name] = deniedStub(name, why)
	}
	fm["b64dec"] = func(s string) (string, error) {
		data, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return "", fmt.Errorf("b64dec: not base64: %w", err)
		}
		return string(data), nil
	}
	fm["b32dec"] = func(s string) (string, error) {
		data, err := base32.StdEncoding.DecodeString(s)
		if err != nil {
			return "", fmt.Errorf("b32dec: not base32: %w", err)
		}
		return string(data), nil
	}
	for name, fn := range domainFuncs() {
		fm[name] = fn
	}
	// text/template's own functions that can make large text, so that
	// they are bounded too (a map entry takes the place of a builtin).
	fm["print"], fm["printf"], fm["println"] = fmt.Sprint, fmt.Sprintf, fmt.Sprintln
	fm["html"], fm["js"], fm["urlquery"] = template.HTMLEscaper, template.JSEscaper, template.URLQueryEscaper
	for name, fn := range fm {
		fm[name] = b.guard(name, fn)
	}
	fm[rangeGuardName], fm[outputGuardName] = b.rangeGuard, b.outputGuard
	return fm
}

func deniedStub(name, why string) func(...any) (string, error) {
	return func(...any) (string, error) {
		return "", fmt.Errorf("%s is not available in briefing templates: it %s", name, why)
	}
}

// domainFuncs are briefing's own template functions; each is documented
// with an example in FuncDocs and checked by a test.
func domainFuncs() template.FuncMap {
	return template.FuncMap{
		"attribution": func(sp *Speaker) string { return sp.Attribution() },
		"fullname":    func(sp *Speaker) string { return sp.FullName() },
		"shortname":   func(sp *Speaker) string { return sp.ShortName() },
		"clock":       clockFunc,
		"overunder": func(v any) (string, error) {
			d, err := toDuration("overunder", v)
			return OverUnder(d), err
		},
		"reported": func(f *Figure, sourceID string) (string, error) {
			r, err := f.Report(sourceID)
			if err != nil {
				return "", err
			}
			return r.String(), nil
		},
		"number": speech.FormatNumber,
		"abs": func(v any) (time.Duration, error) {
			d, err := toDuration("abs", v)
			return max(d, -d), err
		},
		"spoken":    speech.Spoken,
		"quoted":    quoted,
		"andlist":   andList,
		"capfirst":  capFirst,
		"reports":   reports,
		"outlets":   outlets,
		"pad":       widthFunc("pad", pad),
		"padleft":   widthFunc("padleft", padLeft),
		"fit":       widthFunc("fit", fit),
		"cut":       widthFunc("cut", cut),
		"csvrow":    csvRow,
		"ssmltime":  SSMLTime,
		"seconds":   func(d time.Duration) float64 { return math.Round(d.Seconds()*10) / 10 },
		"cssstring": cssString,
		"wrap":      func(n int, s string) string { return wrapText(s, n) },
		"mdlink":    mdLink,
	}
}

// csvRow writes one record of an RFC 4180 CSV file: the fields joined by
// commas, a field that holds a comma, a double quote or a line break in
// double quotes (its quotes doubled), and the line ended by CRLF.
func csvRow(fields ...any) string {
	var b strings.Builder
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(',')
		}
		s := fmt.Sprint(f)
		if strings.ContainsAny(s, ",\"\r\n") {
			s = `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
		}
		b.WriteString(s)
	}
	b.WriteString("\r\n")
	return b.String()
}

// FuncDoc documents a domain function: what it does, an example call and
// the example's output.
type FuncDoc struct{ Name, Doc, Example, Output string }

// FuncDocs documents each domain function with an example and its output;
// a test runs every example.
func FuncDocs() []FuncDoc { return slices.Clone(funcDocs) }

var funcDocs = []FuncDoc{
	{"csvrow", "one RFC 4180 CSV record, quoting what needs it, ending in CRLF", `{{ csvrow "Cold open" "Siebert, Barton" 32 }}`, "Cold open,\"Siebert, Barton\",32\r\n"},
	{"ssmltime", "a duration as an SSML time, in milliseconds", `{{ ssmltime .Segment.Target }}`, "35000ms"},
	{"seconds", "a duration as seconds, to a tenth", `{{ seconds .Segment.Target }}`, "35"},
	{"wrap", "wraps text at a width in characters, at spaces (sprig's wrap counts bytes)", `{{ wrap 16 "Élysée à Moscou: les défis énormes" }}`, "Élysée à Moscou:\nles défis\nénormes"},
	{"mdlink", "a Markdown link whose text and address print as they are, whatever they hold", `{{ mdlink "Crocus [live]" "https://example.com/a b_(c" }}`, `[Crocus \[live\]](<https://example.com/a b_(c>)`},
	{"cssstring", "text as a CSS string, quoted and escaped, for a style's content (an HTML template prints it as it is, never as a link)", `{{ cssstring "Radio: Tonight" }}`, `"Radio\3a  Tonight"`},
	{"attribution", "names a speaker as a newsroom introduces them", `{{ attribution (.Sheet.Speaker "kugelman") }}`, "Michael Kugelman of the Washington-based Wilson Center"},
	{"fullname", "the speaker's name with honorific", `{{ fullname (.Sheet.Speaker "kurilla") }}`, "General Michael Kurilla"},
	{"shortname", "the name on second reference", `{{ shortname (.Sheet.Speaker "kurilla") }}`, "Kurilla"},
	{"clock", "seconds (a number) or a duration as m:ss", `{{ 95 | clock }}`, "1:35"},
	{"overunder", "a difference from target (seconds or a duration), signed", `{{ overunder -40 }} {{ overunder 12 }}`, "-0:40 +0:12"},
	{"reported", "a figure's value as one source reports it", `{{ reported (.Sheet.Figure "killed") "independent" }}`, "at least 137"},
	{"abs", "a duration (or seconds) without its sign", `{{ clock (abs -40) }}`, "0:40"},
	{"number", "a number as copy writes it", `{{ number 7000 }}`, "7,000"},
	{"spoken", "text as it is said", `{{ spoken "In 2014, 21% of $5bn" }}`, "In twenty fourteen, twenty one percent of five billion dollars"},
	{"quoted", "text in curly quotation marks", `{{ quoted "hatred" }}`, "“hatred”"},
	{"capfirst", "capitalises the first letter, for a name at a sentence start", `{{ capfirst (attribution (.Sheet.Speaker "barton")) }}`, "Terrorism expert Greg Barton"},
	{"andlist", "a list joined the way copy joins it", `{{ andlist (list "Iran" "Turkmenistan" "Afghanistan") }}`, "Iran, Turkmenistan and Afghanistan"},
	{"outlets", "the outlets of a fact's sources, copies left out", `{{ outlets (.Sheet.Fact "origin").Sources }}`, "Reuters and The Independent"},
	{"reports", "who reports what for a figure, copies left out", `{{ reports (.Sheet.Figure "injured") }}`, "LiSTNR's The Briefing says 100, The Independent over 100 and The Times of India 145"},
	{"include", "runs a named template and returns its text, for piping", `{{ define "x" }}abc{{ end }}[{{ include "x" . | upper }}]`, "[ABC]"},
	{"pad", "pads text with spaces to a width", `[{{ pad 6 "abc" }}]`, "[abc   ]"},
	{"padleft", "right-aligns text in a width", `[{{ padleft 6 "abc" }}]`, "[   abc]"},
	{"cut", "cuts text to a width, marking a cut with …", `[{{ cut 6 "Background" }}|{{ cut 6 "abc" }}]`, "[Backg…|abc]"},
	{"fit", "pads or cuts text to a width, marking a cut with …", `[{{ fit 6 "Background" }}]`, "[Backg…]"},
}

// mdLink writes a Markdown (CommonMark) link to url: brackets and
// backslashes in the text escaped, and an address that holds spaces,
// parentheses or angle brackets written inside <…> (its angle brackets
// and line breaks percent-encoded), so that neither ends the link early.
func mdLink(text, url string) string {
	text = mdLinkText.Replace(text)
	if strings.ContainsAny(url, " \t\r\n<>()") {
		url = "<" + mdLinkURL.Replace(url) + ">"
	}
	return "[" + text + "](" + url + ")"
}

// mdLinkText and mdLinkURL escape a Markdown link's text and what can end
// an address in <…>.
var (
	mdLinkText = strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`)
	mdLinkURL  = strings.NewReplacer("<", "%3C", ">", "%3E", "\n", "%0A", "\r", "%0D")
)

// cssString quotes text as a CSS string, escaped as html/template
// escapes a value inside one, and marks it as CSS so that html/template
// prints it as it is. In a template, a value at the start of a quoted CSS
// string is taken for a URL and replaced by #ZgotmplZ when it holds a
// colon ("Radio: Tonight"); a whole string made here is not.
func cssString(text string) htmltemplate.CSS {
	var b bytes.Buffer
	b.WriteByte('"')
	writeCSS(&b, text)
	b.WriteByte('"')
	return htmltemplate.CSS(b.String())
}

func clockFunc(v any) (string, error) {
	d, err := toDuration("clock", v)
	return Clock(d), err
}

// toDuration takes a duration, or a number of seconds.
func toDuration(fn string, v any) (time.Duration, error) {
	switch x := v.(type) {
	case time.Duration:
		return x, nil
	case int:
		return time.Duration(x) * time.Second, nil
	case int64:
		return time.Duration(x) * time.Second, nil
	case float64:
		return seconds(x), nil
	}
	return 0, fmt.Errorf("%s: want seconds or a duration, got %T", fn, v)
}

// quoted puts text in curly quotation marks, in place of any straight or
// curly ones around it; a quotation inside it takes single marks, as
// copy nests them (“He called it ‘a disaster.’”), and a double mark set
// for an apostrophe is one (“they"re” reads “they’re”).
func quoted(s string) string {
	s = strings.Trim(s, "\"“”")
	if strings.ContainsAny(s, "\"“”") {
		var b strings.Builder
		open := true // a straight mark opens, then closes, in turn
		for i, r := range s {
			switch {
			case marks.Apostrophe(s, i):
				r = '’'
			case r == '“':
				r, open = '‘', false
			case r == '”':
				r, open = '’', true
			case r == '"':
				if open {
					r = '‘'
				} else {
					r = '’'
				}
				open = !open
			}
			b.WriteRune(r)
		}
		s = b.String()
	}
	return "“" + s + "”"
}

func capFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

func andList(items any) (string, error) {
	var ss []string
	switch x := items.(type) {
	case []string:
		ss = x
	case []any:
		for _, it := range x {
			ss = append(ss, fmt.Sprint(it))
		}
	default:
		return "", fmt.Errorf("andlist: want a list, got %T", items)
	}
	return AndList(ss), nil
}

// AndList joins words as prose does: "a", "a and b", "a, b and c".
func AndList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// reports says who reports which value for a figure: "LiSTNR says 133,
// The Independent at least 137 and The Times of India at least 60".
func reports(f *Figure) string {
	var parts []string
	for i, r := range f.Distinct() {
		name := sourceName(r.Source)
		if i == 0 {
			parts = append(parts, name+" says "+r.String())
		} else {
			parts = append(parts, name+" "+r.String())
		}
	}
	out, _ := andList(parts)
	return out
}

func sourceName(s *Source) string {
	if s.Outlet != "" {
		return s.Outlet
	}
	return s.Title
}

// outlets names the outlets behind sources, leaving out copies of sources
// already listed and repeated names.
func outlets(srcs []*Source) string {
	var names []string
	seen := map[string]bool{}
	listed := map[*Source]bool{}
	for _, s := range srcs {
		listed[s] = true
	}
	for _, s := range srcs {
		if s.CopyOf != nil && listed[s.CopyOf] {
			continue
		}
		name := sourceName(s)
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	out, _ := andList(names)
	return out
}

// widthFunc makes a template function of a width function, refusing
// widths a page could not hold (the result would be as long).
func widthFunc(name string, fn func(string, int) string) func(int, string) (string, error) {
	return func(n int, s string) (string, error) {
		if n > maxWidth || n < -maxWidth {
			return "", fmt.Errorf("%s: width %d is outside the limits %d to %d", name, n, -maxWidth, maxWidth)
		}
		return fn(s, n), nil
	}
}

// wrapText wraps text at width columns, a column a character, breaking
// at spaces: sprig's wrap (goutils.Wrap), which counts bytes and so
// wraps a line of accented or non-Latin text well before its width. As
// there, spaces at the start of a line are dropped and a word longer
// than the width runs past it unbroken.
func wrapText(s string, width int) string {
	if s == "" {
		return ""
	}
	width = max(width, 1)
	r := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/width + 1)
	at := 0
	for len(r)-at > width {
		if r[at] == ' ' {
			at++
			continue
		}
		brk := -1 // the last space within the width, the column after it included
		for i := min(at+width, len(r)-1); i >= at; i-- {
			if r[i] == ' ' {
				brk = i
				break
			}
		}
		if brk < 0 { // a word longer than the width: to the next space
			for i := at + width; i < len(r); i++ {
				if r[i] == ' ' {
					brk = i
					break
				}
			}
			if brk < 0 {
				break
			}
		}
		b.WriteString(string(r[at:brk]))
		b.WriteByte('\n')
		at = brk + 1
	}
	b.WriteString(string(r[at:]))
	return b.String()
}

func pad(s string, n int) string {
	if w := len([]rune(s)); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

func padLeft(s string, n int) string {
	if w := len([]rune(s)); w < n {
		return strings.Repeat(" ", n-w) + s
	}
	return s
}

func fit(s string, n int) string { return pad(cut(s, n), n) }

func cut(s string, n int) string {
	r := []rune(s)
	if len(r) > n && n > 0 {
		return string(r[:n-1]) + "…"
	}
	return s
}
