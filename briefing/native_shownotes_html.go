package briefing

import "bytes"

// nativeShownotesHTML is shownotes.html.tmpl.
func nativeShownotesHTML(b *bytes.Buffer, p Page) { // show notes run to 2 or 3 KB
	s := p.Sheet
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	writeHTML(b, s.Title)
	b.WriteString(" · ")
	writeHTML(b, s.Show)
	b.WriteString(shownotesHead)
	writeHTML(b, s.Title)
	b.WriteString("</h1>\n<p class=\"meta\">")
	writeHTML(b, s.Show)
	if s.Date != "" {
		b.WriteString(" · <time datetime=\"")
		writeHTML(b, s.Date)
		b.WriteString("\">")
		writeHTML(b, s.Date)
		b.WriteString("</time>")
	}
	b.WriteString(" · ")
	writeClock(b, p.Total)
	b.WriteString("</p>")
	if s.Summary != "" {
		b.WriteString("\n<p>")
		writeHTML(b, s.Summary)
		b.WriteString("</p>")
	}
	b.WriteString("\n<h2>Chapters</h2>\n<ol class=\"chapters\">")
	for _, ts := range p.Segments {
		b.WriteString("\n<li><time>")
		writeClock(b, ts.Start)
		b.WriteString("</time><span>")
		writeHTML(b, ts.Title)
		b.WriteString("</span></li>")
	}
	b.WriteString("\n</ol>")
	if speakers := p.Speakers(); len(speakers) > 0 {
		b.WriteString("\n<h2>Voices</h2>\n<ul>")
		for _, sp := range speakers {
			b.WriteString("\n<li><b>")
			writeHTML(b, sp.FullName())
			b.WriteString("</b>")
			if sp.Title != "" {
				b.WriteString(", ")
				writeHTML(b, sp.Title)
			}
			if sp.Affiliation != "" {
				b.WriteString(", ")
				writeHTML(b, sp.Affiliation)
			}
			b.WriteString("</li>")
		}
		b.WriteString("\n</ul>")
	}
	if sources := p.CitedSources(); len(sources) > 0 {
		b.WriteString("\n<h2>Sources</h2>\n<ul>")
		for _, src := range sources {
			b.WriteString("\n<li>")
			if src.Outlet != "" {
				writeHTML(b, src.Outlet)
				b.WriteString(": ")
			}
			if src.URL != "" {
				b.WriteString("<a href=\"")
				writeURLAttr(b, src.URL)
				b.WriteString("\">")
				writeHTML(b, src.Title)
				b.WriteString("</a>")
			} else {
				b.WriteString("<i>")
				writeHTML(b, src.Title)
				b.WriteString("</i>")
			}
			if src.Published != "" {
				b.WriteString(" (")
				writeHTML(b, src.Published)
				b.WriteString(")")
			}
			if orig := src.CopyOf; orig != nil {
				b.WriteString(" <span class=\"copy\">— a copy of ")
				if orig.Outlet != "" {
					writeHTML(b, orig.Outlet)
					b.WriteString("’s ")
				}
				b.WriteString("“")
				writeHTML(b, orig.Title)
				b.WriteString("”, not a separate confirmation</span>")
			}
			b.WriteString("</li>")
		}
		b.WriteString("\n</ul>")
	}
	b.WriteString("\n</article>\n</body>\n</html>\n")
}

// shownotesHead is shownotes.html from its title to the episode's title
// in the page: the page's style, which prints nothing of the episode's.
const shownotesHead = `</title>
<style>
body { font: 17px/1.55 Georgia, "DejaVu Serif", serif; color: #161616; max-width: 38rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font: 700 1.7rem/1.25 system-ui, "DejaVu Sans", sans-serif; margin: 0 0 .3rem; }
h2 { font: 700 .85rem/1.3 system-ui, "DejaVu Sans", sans-serif; text-transform: uppercase; letter-spacing: .08em; color: #555; margin: 1.8rem 0 .5rem; }
.meta { font: .9rem system-ui, "DejaVu Sans", sans-serif; color: #555; margin: 0 0 1rem; }
ol.chapters { list-style: none; padding: 0; margin: 0; }
ol.chapters li { display: flex; gap: .8rem; padding: .15rem 0; }
ol.chapters time { font: .95rem ui-monospace, "DejaVu Sans Mono", monospace; color: #2f5d8a; min-width: 3.2rem; }
ul { padding-left: 1.2rem; margin: 0; }
li { margin: .2rem 0; overflow-wrap: anywhere; }
a { color: #2f5d8a; }
.copy { color: #666; font-size: .92rem; }
</style>
</head>
<body>
<article>
<h1>`
