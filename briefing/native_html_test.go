package briefing

import (
	"bytes"
	htmltemplate "html/template"
	"math"
	"strings"
	"testing"
)

// TestNativeHTMLEscapers holds each writer of the HTML outputs' Go
// renderings to html/template's escaping in the context it stands for,
// on values no fact sheet can hold (control characters, invalid UTF-8,
// any URL) as well as on those it can; and the numbers they print to
// what a template prints: floats as fmt does, clock times as Clock.
func TestNativeHTMLEscapers(t *testing.T) {
	values := []string{
		"", "plain", "<b>Tom & \"Jerry's\"</b> +1", "nul\x00byte", "tab\there\nnew\rline\fform",
		`back\slash {braces} (parens); a/b`, `a\b\ c\`, "a:b", "f:f", "x:", ":1", "é ü ☃ “quoted”", "\xff\xfe invalid",
		"javascript:alert(1)", "JavaScript:x", "http://x.org/y?a=1&b=2+3#f", "HTTPS://x", "mailto:a@b.org",
		"/rel:x", "a/b:c", "%41%zz%4", "%", "100%", "50%2", "!$*,;=@[]~-._", "a b\"c'd<e>f`g",
	}
	for _, tc := range []struct {
		name, tmpl string
		write      func(*bytes.Buffer, string)
	}{
		{"text", `<p>{{.}}</p>`, writeHTML},
		{"rcdata", `<title>{{.}}</title>`, writeHTML},
		{"attribute", `<p title="{{.}}"></p>`, writeHTML},
		{"css string", `<style>p { content: "x{{.}}" }</style>`, writeCSS},
		{"url fragment", `<a href="#x-{{.}}"></a>`, writeURLPart},
		{"url", `<a href="{{.}}"></a>`, writeURLAttr},
	} {
		tmpl := htmltemplate.Must(htmltemplate.New(tc.name).Parse(tc.tmpl))
		open, close, _ := strings.Cut(tc.tmpl, "{{.}}")
		for _, v := range values {
			var want, have bytes.Buffer
			if err := tmpl.Execute(&want, v); err != nil {
				t.Fatal(err)
			}
			have.WriteString(open)
			tc.write(&have, v)
			have.WriteString(close)
			if have.String() != want.String() {
				t.Errorf("%s %q: Go writes %q, html/template %q", tc.name, v, have.String(), want.String())
			}
		}
	}
	tmpl := htmltemplate.Must(htmltemplate.New("float").Parse(`<rect x="{{.}}"/>`))
	for _, f := range []float64{0, math.Copysign(0, -1), 0.1, 12.5, 999.9, 1000, 1e6, 1.5e-7, -3.25, 1e21, math.Inf(1), math.Inf(-1), math.NaN()} {
		var want, have bytes.Buffer
		if err := tmpl.Execute(&want, f); err != nil {
			t.Fatal(err)
		}
		have.WriteString(`<rect x="`)
		writeFloat(&have, f)
		have.WriteString(`"/>`)
		if have.String() != want.String() {
			t.Errorf("float %v: Go writes %q, html/template %q", f, have.String(), want.String())
		}
	}
}
