package briefing

import (
	"bytes"
	"context"
	"io"
	"path"
)

// Index is a batch's index, OUT/index.json: its episodes, newest first,
// the editions of one fact sheet together in the sheet's order. It is the
// data of the index page's template (IndexOutput).
type Index struct {
	Episodes []IndexEntry `json:"episodes"`
}

// IndexEntry is one episode of a batch's index, or a fact sheet that
// failed (Status "failed", with its Errors).
type IndexEntry struct {
	Summary
	Sheet    string   `json:"sheet"`
	Status   string   `json:"status"`
	Warnings []string `json:"warnings"`
	Errors   []string `json:"errors"`
	Outputs  []string `json:"outputs"`
}

// WriteIndex writes a batch's index page (IndexOutput) to w, for n
// entries that entry gives, the i-th of the index for each i in order.
// With the built-in template the page is written in Go (nativeIndexHTML),
// an entry at a time, so that a season's index is never held whole in
// memory; a user's template is given every entry at once, as Index,
// under a budget as Execute.
func (t *Templates) WriteIndex(ctx context.Context, w io.Writer, n int, entry func(i int) (IndexEntry, error)) error {
	if !t.nativeIndex {
		idx := Index{Episodes: make([]IndexEntry, 0, n)}
		for i := range n {
			e, err := entry(i)
			if err != nil {
				return err
			}
			idx.Episodes = append(idx.Episodes, e)
		}
		page, err := t.Execute(ctx, IndexOutput, idx)
		if err != nil {
			return err
		}
		_, err = w.Write(page)
		return err
	}
	var b bytes.Buffer
	b.WriteString(indexHead)
	sheet := ""
	for i := range n {
		e, err := entry(i)
		if err != nil {
			return err
		}
		nativeIndexRow(&b, &e, &sheet)
		if b.Len() >= 64<<10 {
			if _, err := w.Write(b.Bytes()); err != nil {
				return err
			}
			b.Reset()
		}
	}
	b.WriteString(indexTail)
	_, err := w.Write(b.Bytes())
	return err
}

// indexHead and indexTail are the built-in index page's text before and
// after its rows.
const (
	indexHead = `<!DOCTYPE html>
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
tr.more td { border-top: 0; padding-top: .15rem; }
</style>
</head>
<body>
<h1>Episodes</h1>
<table>
<thead><tr><th>Date</th><th>Episode</th><th>Edition</th><th class="t">Target</th><th class="t">Runs</th><th class="t">+/−</th><th>Files</th></tr></thead>
<tbody>`
	indexTail = `
</tbody>
</table>
</body>
</html>
`
)

// nativeIndexRow writes e's row of the built-in index page, as the
// template's range over .Episodes does; sheet is the template's $sheet,
// the sheet of the last row that was not a failure, whose further
// editions take a row without its date and title.
func nativeIndexRow(b *bytes.Buffer, e *IndexEntry, sheet *string) {
	if e.Status == "failed" {
		b.WriteString("\n<tr class=\"failed\"><td></td><td><b>failed</b>: ")
		writeHTML(b, e.Sheet)
		for _, s := range e.Errors {
			b.WriteString("<div class=\"err\">")
			writeHTML(b, s)
			b.WriteString("</div>")
		}
		b.WriteString("</td><td></td><td></td><td></td><td></td><td></td></tr>")
		return
	}
	more := e.Sheet == *sheet
	if more {
		b.WriteString("\n<tr class=\"more\">\n<td></td>\n<td><small>")
	} else {
		b.WriteString("\n<tr>\n<td class=\"d\">")
		writeHTML(b, e.Date)
		b.WriteString("</td>\n<td><b>")
		writeHTML(b, e.Title)
		b.WriteString("</b><br><small>")
		writeHTML(b, e.Show)
		b.WriteString(" · ")
	}
	writeHTML(b, e.Slug)
	b.WriteString("</small>")
	for _, s := range e.Warnings {
		b.WriteString("<div class=\"warn\">⚠ ")
		writeHTML(b, s)
		b.WriteString("</div>")
	}
	b.WriteString("</td>")
	*sheet = e.Sheet
	b.WriteString("\n<td>")
	writeHTML(b, e.Edition)
	if e.Edition != e.Format {
		b.WriteString(" <small>(")
		writeHTML(b, e.Format)
		b.WriteString(")</small>")
	}
	b.WriteString("</td>\n<td class=\"t\">")
	writeClock(b, seconds(e.TargetSeconds))
	b.WriteString("</td>\n<td class=\"t\">")
	writeClock(b, seconds(e.TotalSeconds))
	over := e.OverSeconds > 0
	b.WriteString("</td>\n<td class=\"t")
	if over {
		b.WriteString(" over")
	}
	b.WriteString("\">")
	writeHTML(b, OverUnder(seconds(e.OverSeconds)))
	if over {
		b.WriteString(" over")
	}
	b.WriteString("</td>\n<td class=\"files\">")
	for _, o := range e.Outputs {
		b.WriteString("<a href=\"")
		writeURLAttr(b, o)
		b.WriteString("\">")
		writeHTML(b, path.Base(o))
		b.WriteString("</a>")
	}
	b.WriteString("</td>\n</tr>")
}
