package briefing

import (
	"bytes"
	"html/template"
	"time"
)

// renderIndexHTML renders OUT/index.html: the batch's episodes, newest
// first, each with its running time against target and links to its files.
func renderIndexHTML(idx Index) ([]byte, error) {
	var b bytes.Buffer
	if err := indexTemplate.Execute(&b, idx); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func secondsClock(s float64) string { return Clock(time.Duration(s * float64(time.Second))) }

var indexTemplate = template.Must(template.New("index.html").Funcs(template.FuncMap{
	"clock": secondsClock,
	"ou": func(s float64) string {
		return OverUnder(time.Duration(s * float64(time.Second)))
	},
	"base": func(p string) string {
		for i := len(p) - 1; i >= 0; i-- {
			if p[i] == '/' {
				return p[i+1:]
			}
		}
		return p
	},
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Episodes</title>
<style>
body { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #111; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: #555; border-bottom: 2px solid #111; padding: .4rem; }
td { border-bottom: 1px solid #ddd; padding: .45rem .4rem; vertical-align: top; }
td.d { white-space: nowrap; }
td.t { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.over { color: #b3261e; font-weight: 700; }
.failed td { background: #fdecea; }
.warn { color: #8a5300; font-size: .85rem; }
.err { color: #b3261e; font-size: .85rem; font-family: ui-monospace, monospace; white-space: pre-wrap; }
a { color: #2f5d8a; }
.files a { margin-right: .6rem; }
</style>
</head>
<body>
<h1>Episodes</h1>
<table>
<thead><tr><th>Date</th><th>Episode</th><th>Format</th><th class="t">Target</th><th class="t">Runs</th><th class="t">+/−</th><th>Files</th></tr></thead>
<tbody>
{{- range .Episodes }}
{{- if eq .Status "failed" }}
<tr class="failed"><td></td><td><b>failed</b>: {{ .Sheet }}{{ range .Errors }}<div class="err">{{ . }}</div>{{ end }}</td><td></td><td></td><td></td><td></td><td></td></tr>
{{- else }}
<tr>
<td class="d">{{ .Date }}</td>
<td><b>{{ .Title }}</b><br><small>{{ .Show }} · {{ .Slug }}</small>{{ range .Warnings }}<div class="warn">⚠ {{ . }}</div>{{ end }}</td>
<td>{{ .Format }}</td>
<td class="t">{{ clock .TargetSeconds }}</td>
<td class="t">{{ clock .TotalSeconds }}</td>
<td class="t{{ if gt .OverSeconds 0.0 }} over{{ end }}">{{ ou .OverSeconds }}{{ if gt .OverSeconds 0.0 }} over{{ end }}</td>
<td class="files">{{ range .Outputs }}<a href="{{ . }}">{{ base . }}</a>{{ end }}</td>
</tr>
{{- end }}
{{- end }}
</tbody>
</table>
</body>
</html>
`))
