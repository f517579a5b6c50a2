package briefing

import (
	"bytes"
	"strings"
	"time"
)

// nativeRundownHTML is rundown.html.tmpl.
func nativeRundownHTML(b *bytes.Buffer, p Page) {
	s := p.Sheet
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"briefing\">\n<title>")
	writeHTML(b, s.Show)
	b.WriteString(" · ")
	writeHTML(b, s.Title)
	b.WriteString("</title>\n<style>\n")
	writeRundownCSS(b, p)
	b.WriteString("\n</style>\n</head>\n<body")
	if p.PagePerSegment() {
		b.WriteString(` class="paged"`)
	}
	b.WriteString(">\n<main class=\"sheet\">\n\n<header class=\"masthead\">\n  <p class=\"show\">")
	writeHTML(b, s.Show)
	b.WriteString("</p>\n  <h1>")
	writeHTML(b, s.Title)
	b.WriteString("</h1>\n  <p class=\"meta\">")
	if s.Date != "" {
		b.WriteString("<span>")
		writeHTML(b, s.Date)
		b.WriteString("</span>")
	}
	b.WriteString("\n    <span>")
	writeHTML(b, p.Edition.Format)
	b.WriteString("</span>\n    <span>target <b>")
	writeClock(b, p.Target())
	b.WriteString("</b></span>\n    <span>runs <b>")
	writeClock(b, p.Total)
	b.WriteString("</b></span>")
	if p.OnAir() {
		b.WriteString("\n    <span>on air <b>")
		writeHTML(b, p.ClockTime(0))
		b.WriteString("</b></span>\n    <span>off air <b>")
		writeHTML(b, p.OffAir())
		b.WriteString("</b></span>")
	}
	b.WriteString("\n    ")
	writeOverUnder(b, p.Over())
	b.WriteString("\n  </p>\n</header>\n\n")
	writeTimeline(b, p)
	b.WriteString("\n\n<table class=\"rundown\">\n  <caption>Rundown</caption>\n  <thead>\n    <tr><th class=\"num\">#</th><th>Segment</th><th>Speakers</th><th class=\"t\">Start</th><th class=\"t\">Dur</th><th class=\"t\">Target</th><th class=\"t\">+/−</th><th class=\"t\">Back</th></tr>\n  </thead>\n  <tbody>")
	for _, ts := range p.Segments {
		b.WriteString("\n    <tr")
		if ts.Over() > 0 {
			b.WriteString(` class="is-over"`)
		}
		b.WriteString(">\n      <td class=\"num\">")
		writeInt(b, ts.Number)
		b.WriteString("</td>\n      <td class=\"title\"><a href=\"#seg-")
		writeURLPart(b, ts.ID)
		b.WriteString("\">")
		writeHTML(b, ts.Title)
		b.WriteString("</a></td>\n      <td class=\"speakers\">")
		for i, sp := range ts.Speakers() {
			if i > 0 {
				b.WriteString(", ")
			}
			writeHTML(b, sp.ShortName())
		}
		b.WriteString("</td>\n      <td class=\"t\">")
		writeClock(b, ts.Start)
		b.WriteString("</td>\n      <td class=\"t\">")
		writeClock(b, ts.Duration)
		if ts.Actual != 0 {
			b.WriteString(`<abbr title="actual length of the recorded segment">*</abbr>`)
		}
		b.WriteString("</td>\n      <td class=\"t\">")
		if ts.Target != 0 {
			writeClock(b, ts.Target)
		} else {
			b.WriteString("—")
		}
		b.WriteString("</td>\n      <td class=\"t\">")
		if ts.Target != 0 {
			writeOverUnder(b, ts.Over())
		} else {
			b.WriteString("—")
		}
		b.WriteString("</td>\n      <td class=\"t\">")
		writeClock(b, ts.Back)
		b.WriteString("</td>\n    </tr>")
	}
	b.WriteString("\n  </tbody>\n  <tfoot>\n    <tr><td></td><td colspan=\"3\">Total</td><td class=\"t\">")
	writeClock(b, p.Total)
	b.WriteString("</td><td class=\"t\">")
	writeClock(b, p.Target())
	b.WriteString("</td><td class=\"t\">")
	writeOverUnder(b, p.Over())
	b.WriteString("</td><td></td></tr>\n  </tfoot>\n</table>")
	if len(p.Cuts) > 0 {
		b.WriteString("\n<section class=\"cuts\" aria-label=\"Cut for time\">\n  <h2>Cut for time (fitted to ")
		writeClock(b, p.Target())
		b.WriteString(")</h2>\n  <ul>")
		for _, c := range p.Cuts {
			b.WriteString("<li><b>")
			writeHTML(b, c.Kind)
			b.WriteByte(' ')
			writeHTML(b, c.ID)
			b.WriteString("</b> from ")
			writeHTML(b, c.Title)
			b.WriteString(": ")
			writeClock(b, c.Length)
			b.WriteString(" <span class=\"role\">")
			writeHTML(b, c.Priority.String())
			b.WriteString("</span></li>")
		}
		b.WriteString("</ul>\n</section>")
	}
	if len(p.Problems) > 0 {
		b.WriteString("\n<section class=\"warnings\" aria-label=\"Warnings\">\n  <h2>Warnings</h2>\n  <ul>")
		for _, pr := range p.Problems {
			b.WriteString("<li><b>")
			writeHTML(b, pr.Field)
			b.WriteString("</b>: ")
			writeHTML(b, pr.Message)
			b.WriteString("</li>")
		}
		b.WriteString("</ul>\n</section>")
	}
	b.WriteString("\n\n<section class=\"people\" aria-label=\"People\">\n  <h2>Voices and attributions</h2>\n  <ul>")
	for _, sp := range p.Speakers() {
		b.WriteString("<li><b>")
		writeHTML(b, sp.FullName())
		b.WriteString("</b>")
		if sp.Role != "" {
			b.WriteString(" <span class=\"role\">")
			writeHTML(b, sp.Role)
			b.WriteString("</span>")
		}
		b.WriteString("<br>")
		writeHTML(b, sp.Attribution())
		b.WriteString("</li>")
	}
	b.WriteString("</ul>\n</section>")
	for _, ts := range p.Segments {
		b.WriteString("\n<section class=\"segment\" id=\"seg-")
		writeHTML(b, ts.ID)
		b.WriteString("\">\n  <h2><span class=\"segnum\">")
		writeInt(b, ts.Number)
		b.WriteString("</span> ")
		writeHTML(b, ts.Title)
		b.WriteString("</h2>\n  <p class=\"segtimes\">starts <b>")
		writeClock(b, ts.Start)
		b.WriteString("</b>")
		if p.OnAir() {
			b.WriteString(" (<b>")
			writeHTML(b, p.ClockTime(ts.Start))
			b.WriteString("</b>, hit <b>")
			writeHTML(b, p.Hit(ts))
			b.WriteString("</b>)")
		}
		b.WriteString(" · runs <b>")
		writeClock(b, ts.Duration)
		b.WriteString("</b>")
		if ts.Actual != 0 {
			b.WriteString(" actual (estimated ")
			writeClock(b, ts.Estimate)
			b.WriteString(")")
		}
		if ts.Target != 0 {
			b.WriteString(" · target ")
			writeClock(b, ts.Target)
			b.WriteByte(' ')
			writeOverUnder(b, ts.Over())
		}
		b.WriteString(" · back time ")
		writeClock(b, ts.Back)
		if ts.Status != "" {
			b.WriteString(" · <b>")
			writeHTML(b, strings.ToUpper(ts.Status))
			b.WriteString("</b>")
		}
		b.WriteString("</p>")
		for _, c := range ts.Cues {
			b.WriteString("\n  ")
			writeCueHTML(b, c)
		}
		b.WriteString("\n</section>")
	}
	b.WriteString("\n\n<footer class=\"end\">\n  <p>End of script · total <b>")
	writeClock(b, p.Total)
	b.WriteString("</b> against a target of ")
	writeClock(b, p.Target())
	b.WriteByte(' ')
	writeOverUnder(b, p.Over())
	b.WriteString("</p>\n</footer>\n</main>\n</body>\n</html>")
}

// writeOverUnder is the overunder template of rundown.html: how far d
// runs over or under, or on time.
func writeOverUnder(b *bytes.Buffer, d time.Duration) {
	switch {
	case d > 0:
		b.WriteString(`<span class="ou over" title="over target">`)
		writeClock(b, d)
		b.WriteString(" over</span>")
	case d < 0:
		b.WriteString(`<span class="ou under" title="under target">`)
		writeClock(b, max(d, -d))
		b.WriteString(" under</span>")
	default:
		b.WriteString(`<span class="ou on">on time</span>`)
	}
}

// writeCueHTML is the cue template of rundown.html: one cue of the script
// with its start in the margin. What it prints is told by what the cue
// has, as the template tells it: no speaker is music, a sting or a note,
// in-words a clip's.
func writeCueHTML(b *bytes.Buffer, c *Cue) {
	b.WriteString("<div class=\"cue ")
	writeHTML(b, string(c.Kind))
	b.WriteString("\">\n  <div class=\"at\">")
	writeClock(b, c.Start)
	b.WriteString("</div>\n  <div class=\"body\">")
	switch {
	case c.Speaker == nil && c.Duration != 0:
		b.WriteString("\n    <p class=\"fx\"><span class=\"tag\">")
		writeHTML(b, string(c.Kind))
		b.WriteString("</span> ")
		writeHTML(b, c.Text)
		b.WriteString("</p>")
	case c.Speaker == nil:
		b.WriteString("\n    <p class=\"note\"><span class=\"tag\">Not for air</span> ")
		writeHTML(b, c.Text)
		b.WriteString("</p>")
	case c.In != "":
		b.WriteString("\n    <p class=\"who\">Clip · ")
		writeHTML(b, c.Speaker.FullName())
		if c.Speaker.Title != "" {
			b.WriteString(", ")
			writeHTML(b, c.Speaker.Title)
		}
		if c.Speaker.Affiliation != "" {
			b.WriteString(", ")
			writeHTML(b, c.Speaker.Affiliation)
		}
		b.WriteString("</p>\n    <p class=\"inout\"><span>IN</span> “")
		writeHTML(b, c.In)
		b.WriteString("” <span>OUT</span> “")
		writeHTML(b, c.Out)
		b.WriteString("” <span>RUNS</span> ")
		writeClock(b, c.Duration)
		if c.Stated == 0 {
			b.WriteString(" (est.)")
		}
		b.WriteString("</p>\n    <blockquote>")
		writeHTML(b, c.Text)
		b.WriteString("</blockquote>")
	default:
		b.WriteString("\n    <p class=\"who\">")
		writeHTML(b, c.Speaker.FullName())
		if c.Quote != nil {
			b.WriteString(" <span class=\"tag\">quote · ")
			writeHTML(b, c.Quote.Speaker.FullName())
			b.WriteString("</span>")
		}
		b.WriteString("</p>\n    <p class=\"copy\">")
		writeHTML(b, c.Copy())
		b.WriteString("</p>")
	}
	if len(c.Facts) > 0 || len(c.Sources) > 0 {
		b.WriteString("\n    <p class=\"prov\">")
		writeProvenance(b, c)
		b.WriteString("</p>")
	}
	b.WriteString("\n  </div>\n  <div class=\"len\">")
	if c.Duration != 0 {
		writeClock(b, c.Duration)
	}
	b.WriteString("</div>\n</div>")
}

// writeProvenance writes what c.Provenance says ("facts: a, b · sources:
// x, y") for HTML, without building the string.
func writeProvenance(b *bytes.Buffer, c *Cue) {
	if len(c.Facts) > 0 {
		b.WriteString("facts: ")
		writeHTMLList(b, c.Facts)
		if len(c.Sources) > 0 {
			b.WriteString(" · ")
		}
	}
	if len(c.Sources) > 0 {
		b.WriteString("sources: ")
		writeHTMLList(b, c.Sources)
	}
}

// writeHTMLList writes items for HTML, joined by ", ".
func writeHTMLList(b *bytes.Buffer, items []string) {
	for i, s := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		writeHTML(b, s)
	}
}

// writeTimeline is the timeline template of rundown.html: the episode
// drawn as an SVG figure, one bar a segment (see Timeline).
func writeTimeline(b *bytes.Buffer, p Page) {
	tl := p.Timeline()
	b.WriteString("<figure class=\"timeline\">\n  <svg viewBox=\"0 0 1000 96\" role=\"img\" aria-label=\"Timeline: ")
	writeInt(b, len(p.Segments))
	b.WriteString(" segments, ")
	writeClock(b, p.Total)
	b.WriteString(" against a target of ")
	writeClock(b, p.Target())
	b.WriteString("\">\n    <defs>\n      <pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\n        <rect width=\"8\" height=\"8\" fill=\"#fde2e2\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#c62828\" stroke-width=\"3\"/>\n      </pattern>\n    </defs>")
	for i, bar := range tl.Bars {
		b.WriteString("\n    <g class=\"bar")
		if bar.Over {
			b.WriteString(" bar-over")
		}
		b.WriteString("\">\n      <rect x=\"")
		writeFloat(b, bar.X)
		b.WriteString("\" y=\"18\" width=\"")
		writeFloat(b, bar.W)
		b.WriteString("\" height=\"40\" class=\"")
		if i%2 == 0 {
			b.WriteByte('a')
		} else {
			b.WriteByte('b')
		}
		b.WriteString("\"><title>")
		writeInt(b, bar.Number)
		b.WriteString(". ")
		writeHTML(b, bar.Title)
		b.WriteString("</title></rect>")
		if bar.W > 25 {
			b.WriteString("<text x=\"")
			writeFloat(b, bar.Mid)
			b.WriteString("\" y=\"44\" text-anchor=\"middle\">")
			writeInt(b, bar.Number)
			b.WriteString("</text>")
		}
		b.WriteString("\n    </g>")
	}
	if tl.OverW > 0 {
		b.WriteString("\n    <rect x=\"")
		writeFloat(b, tl.OverX)
		b.WriteString("\" y=\"12\" width=\"")
		writeFloat(b, tl.OverW)
		b.WriteString("\" height=\"52\" fill=\"url(#hatch)\" opacity=\"0.8\"><title>over target</title></rect>")
	}
	b.WriteString("\n    <line x1=\"")
	writeFloat(b, tl.TargetX)
	b.WriteString("\" y1=\"6\" x2=\"")
	writeFloat(b, tl.TargetX)
	b.WriteString("\" y2=\"70\" class=\"target\"/>\n    <text x=\"")
	writeFloat(b, tl.TargetX)
	b.WriteString("\" y=\"6\" class=\"target-label\" text-anchor=\"")
	if tl.TargetX > 900 {
		b.WriteString("end")
	} else {
		b.WriteString("middle")
	}
	b.WriteString("\" dy=\"4\">target ")
	writeClock(b, p.Target())
	b.WriteString("</text>")
	for _, t := range tl.Ticks {
		b.WriteString("\n    <line x1=\"")
		writeFloat(b, t.X)
		b.WriteString("\" y1=\"62\" x2=\"")
		writeFloat(b, t.X)
		b.WriteString("\" y2=\"70\" class=\"tick\"/>\n    <text x=\"")
		writeFloat(b, t.X)
		b.WriteString("\" y=\"86\" class=\"tick-label\" text-anchor=\"")
		switch {
		case t.X < 20:
			b.WriteString("start")
		case t.X > 980:
			b.WriteString("end")
		default:
			b.WriteString("middle")
		}
		b.WriteString("\">")
		writeHTML(b, t.Label)
		b.WriteString("</text>")
	}
	b.WriteString("\n  </svg>\n  <figcaption>Each bar is a segment, numbered as in the rundown, drawn to its share of the running time")
	if tl.OverW > 0 {
		b.WriteString("; the hatched part runs past the target")
	}
	b.WriteString(".</figcaption>\n</figure>")
}

// writeRundownCSS is the rundown-css template of rundown.html: the page's
// header and footer name the show, the episode, its date, format and
// running time, each side one CSS string (cssString, writeCSS).
func writeRundownCSS(b *bytes.Buffer, p Page) {
	s := p.Sheet
	b.WriteString("@page {\n  ")
	switch p.Paper {
	case "A4":
		b.WriteString("size: A4;")
	case "letter":
		b.WriteString("size: letter;")
	}
	b.WriteString("\n  margin: 18mm 16mm 18mm 16mm;\n  @top-left { content: \"")
	writeCSS(b, s.Show+" · "+s.Title)
	b.WriteString("\"; font: 600 8.5pt/1.2 system-ui, sans-serif; color: #555; }\n  @top-right { content: \"")
	right := p.Edition.Format + " · " + Clock(p.Total)
	if s.Date != "" {
		right = s.Date + " · " + right
	}
	writeCSS(b, right)
	b.WriteString(rundownCSSRest)
}

// rundownCSSRest is the rest of the rundown-css template, from where the
// last value is printed; it prints nothing of the episode's.
const rundownCSSRest = `"; font: 8.5pt/1.2 system-ui, sans-serif; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8.5pt/1.2 system-ui, sans-serif; color: #555; }
}
:root { --ink: #111; --muted: #5b5b5b; --rule: #cfcfcf; --a: #2f5d8a; --b: #6b8fb3; --over: #b3261e; --under: #37623a; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #e9e9e6; color: var(--ink); font: 13pt/1.5 Georgia, "DejaVu Serif", "Times New Roman", serif; }
.sheet { max-width: 178mm; margin: 12mm auto; background: #fff; padding: 14mm 14mm 18mm; box-shadow: 0 1px 6px rgba(0,0,0,.15); }
h1, h2, .show, .meta, table, figcaption, .who, .inout, .at, .len, .tag, .prov, .segtimes, .warnings, .people, .end { font-family: system-ui, "DejaVu Sans", Helvetica, Arial, sans-serif; }
.masthead { border-bottom: 3px solid var(--ink); padding-bottom: 3mm; margin-bottom: 5mm; }
.show { margin: 0; font-size: 10pt; font-weight: 700; letter-spacing: .12em; text-transform: uppercase; color: var(--muted); }
h1 { margin: 1mm 0 2mm; font-size: 22pt; line-height: 1.15; }
.meta { margin: 0; font-size: 10.5pt; color: var(--muted); display: flex; flex-wrap: wrap; gap: 0 5mm; }
.ou { font-weight: 700; white-space: nowrap; }
.ou.over { color: var(--over); }
.ou.under { color: var(--under); }
.ou.on { color: var(--under); }
.timeline { margin: 0 0 5mm; }
.timeline svg { width: 100%; height: auto; display: block; overflow: visible; }
.timeline rect.a { fill: var(--a); }
.timeline rect.b { fill: var(--b); }
.timeline .bar-over rect { stroke: var(--over); stroke-width: 3; }
.timeline text { font: 600 15px system-ui, "DejaVu Sans", sans-serif; fill: #fff; }
.timeline .tick { stroke: var(--muted); stroke-width: 1.5; }
.timeline .tick-label { fill: var(--muted); font-weight: 400; font-size: 13px; }
.timeline .target { stroke: var(--over); stroke-width: 3; stroke-dasharray: 5 3; }
.timeline .target-label { fill: var(--over); font-size: 13px; }
figcaption { font-size: 8.5pt; color: var(--muted); margin-top: 1mm; }
table.rundown { width: 100%; border-collapse: collapse; font-size: 10pt; margin-bottom: 5mm; }
table.rundown caption { text-align: left; font-weight: 700; font-size: 11pt; text-transform: uppercase; letter-spacing: .08em; padding-bottom: 1.5mm; }
table.rundown th { text-align: left; font-size: 8.5pt; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); border-bottom: 1.5px solid var(--ink); padding: 1mm 1.5mm; }
table.rundown td { border-bottom: 1px solid var(--rule); padding: 1.6mm 1.5mm; vertical-align: top; }
table.rundown .num { width: 7mm; text-align: right; font-weight: 700; }
table.rundown .t { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.rundown td.title { font-weight: 600; }
table.rundown td.title a { color: inherit; text-decoration: none; }
table.rundown td.speakers { color: var(--muted); }
table.rundown tr.is-over td.title::after { content: " ▲"; color: var(--over); }
table.rundown tfoot td { border-top: 1.5px solid var(--ink); border-bottom: 0; font-weight: 700; }
.warnings { border: 1.5px solid var(--over); border-left-width: 5px; padding: 2mm 4mm; margin: 0 0 5mm; font-size: 10pt; }
.warnings h2, .people h2 { font-size: 10pt; text-transform: uppercase; letter-spacing: .08em; margin: 0 0 1mm; }
.warnings ul, .people ul, .cuts ul { margin: 0; padding-left: 5mm; }
.cuts { border: 1.5px solid var(--rule, #888); padding: 2mm 4mm; margin: 0 0 5mm; font-size: 10pt; font-family: system-ui, "DejaVu Sans", Helvetica, Arial, sans-serif; }
.cuts h2 { font-size: 10pt; text-transform: uppercase; letter-spacing: .08em; margin: 0 0 1mm; }
.people { font-size: 10pt; margin-bottom: 4mm; }
.people ul { columns: 2; column-gap: 8mm; padding: 0; list-style: none; }
.people li { break-inside: avoid; margin-bottom: 1.5mm; }
.role { color: var(--muted); font-size: 8.5pt; text-transform: uppercase; letter-spacing: .05em; }
.paged .segment { break-before: page; }
.segment { margin-top: 6mm; }
.segment h2 { font-size: 16pt; margin: 0 0 1mm; border-bottom: 2px solid var(--ink); padding-bottom: 1mm; break-after: avoid; }
.segnum { display: inline-block; min-width: 9mm; height: 9mm; line-height: 9mm; text-align: center; background: var(--ink); color: #fff; border-radius: 1.5mm; margin-right: 2mm; font-size: 13pt; }
.segtimes { margin: 0 0 4mm; font-size: 9.5pt; color: var(--muted); break-after: avoid; }
.cue { display: grid; grid-template-columns: 14mm minmax(0, 1fr) 12mm; column-gap: 3mm; margin: 0 0 4mm; break-inside: avoid; }
.at { font-size: 9.5pt; font-weight: 700; font-variant-numeric: tabular-nums; color: var(--muted); padding-top: 1.2mm; text-align: right; }
.cue > .len { font-size: 8.5pt; color: var(--muted); padding-top: 1.4mm; font-variant-numeric: tabular-nums; }
.body { min-width: 0; overflow-wrap: anywhere; }
.who { margin: 0; font-size: 9.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; }
.copy { margin: .5mm 0 0; }
.tag { font-size: 8pt; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; border: 1px solid currentColor; border-radius: 1mm; padding: 0 1.2mm; white-space: nowrap; }
.quote .tag { color: var(--a); text-transform: none; letter-spacing: 0; font-weight: 600; white-space: normal; }
.clip .body { border-left: 4px solid var(--a); padding-left: 3mm; }
.clip .who { color: var(--a); }
.inout { margin: .5mm 0 1mm; font-size: 9.5pt; }
.inout span { font-weight: 700; color: var(--a); margin-left: 1.5mm; }
.inout span:first-child { margin-left: 0; }
.clip blockquote { margin: 0; font-style: italic; color: #333; }
.fx { margin: 0; font-size: 10pt; color: var(--muted); font-family: system-ui, "DejaVu Sans", sans-serif; }
p.note { margin: 0; font-size: 10pt; font-family: system-ui, "DejaVu Sans", sans-serif; background: #f3f3f0; border: 1px dashed var(--muted); padding: 1.5mm 2.5mm; }
p.note .tag { color: var(--over); }
.prov { margin: .8mm 0 0; font-size: 7.5pt; color: #8a8a8a; }
.end { border-top: 3px solid var(--ink); margin-top: 6mm; padding-top: 2mm; font-size: 10pt; }
@media print {
  body { background: #fff; font-size: 14pt; line-height: 1.55; }
  .sheet { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  a { color: inherit; text-decoration: none; }
}
@media screen and (max-width: 700px) {
  .sheet { margin: 0; padding: 5mm; }
  .cue { grid-template-columns: 12mm minmax(0, 1fr); }
  .cue > .len { display: none; }
}`
