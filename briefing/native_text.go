package briefing

import (
	"bytes"
	"strconv"
	"strings"
	"text/template"
)

// The Go renderings of the outputs that are not HTML. Each writes its
// template's text in the template's order, with the whitespace its trim
// markers leave, and calls what the template calls: a template function
// is the function it wraps (clock is Clock, fit is fit, upper is
// strings.ToUpper, wrap is wrapText, html is
// template.HTMLEscapeString), a method is the method, a with or an if on
// a value is a test of its zero value, and a value prints as fmt.Sprint
// prints it.

// nativeScriptMD is script.md.tmpl.
func nativeScriptMD(b *bytes.Buffer, p Page) {
	ep := p.Episode
	b.WriteString("# ")
	b.WriteString(ep.Sheet.Title)
	b.WriteString("\n\n")
	b.WriteString(ep.Sheet.Show)
	if ep.Sheet.Date != "" {
		b.WriteString(" · ")
		b.WriteString(ep.Sheet.Date)
	}
	b.WriteString(" · ")
	b.WriteString(ep.Edition.Format)
	b.WriteString(" · target ")
	b.WriteString(Clock(ep.Target()))
	b.WriteString(" · runs ")
	b.WriteString(Clock(ep.Total))
	b.WriteString(" (")
	b.WriteString(OverUnder(ep.Over()))
	b.WriteString(")\n\n**People in this episode**\n")
	for _, sp := range ep.Speakers() {
		b.WriteString("\n- **")
		b.WriteString(sp.FullName())
		b.WriteString("** (`")
		b.WriteString(sp.ID)
		b.WriteString("`)")
		if sp.Role != "" {
			b.WriteString(", ")
			b.WriteString(sp.Role)
		}
		b.WriteString(": ")
		b.WriteString(sp.Attribution())
	}
	if len(ep.Cuts) > 0 {
		b.WriteString("\n\n**Cut for time** (fitted to ")
		b.WriteString(Clock(ep.Target()))
		b.WriteString(")\n")
		for _, c := range ep.Cuts {
			b.WriteString("\n- ")
			b.WriteString(c.Kind)
			b.WriteString(" `")
			b.WriteString(c.ID)
			b.WriteString("` from ")
			b.WriteString(c.Title)
			b.WriteString(": ")
			b.WriteString(Clock(c.Length))
			b.WriteString(" (")
			b.WriteString(c.Priority.String())
			b.WriteByte(')')
		}
	}
	writeWarnings(b, ep.Problems, "\n\n**Warnings**\n", "\n- ")
	b.WriteByte('\n')
	for _, s := range ep.Segments {
		b.WriteString("\n---\n\n## ")
		b.WriteString(strconv.Itoa(s.Number))
		b.WriteString(". ")
		b.WriteString(s.Title)
		b.WriteString("\n\nStarts ")
		b.WriteString(Clock(s.Start))
		if ep.OnAir() {
			b.WriteString(" (")
			b.WriteString(ep.ClockTime(s.Start))
			b.WriteString(", hit ")
			b.WriteString(ep.Hit(s))
			b.WriteByte(')')
		}
		b.WriteString(" · runs ")
		b.WriteString(Clock(s.Duration))
		if s.Actual != 0 {
			b.WriteString(" actual (estimated ")
			b.WriteString(Clock(s.Estimate))
			b.WriteByte(')')
		}
		if s.Target != 0 {
			b.WriteString(" · target ")
			b.WriteString(Clock(s.Target))
			b.WriteString(" (")
			b.WriteString(OverUnder(s.Over()))
			b.WriteByte(')')
		}
		b.WriteString(" · back time ")
		b.WriteString(Clock(s.Back))
		if s.Status != "" {
			b.WriteString(" · **")
			b.WriteString(strings.ToUpper(s.Status))
			b.WriteString("**")
		}
		b.WriteByte('\n')
		for _, c := range s.Cues {
			b.WriteByte('\n')
			writeCueMD(b, c)
			b.WriteByte('\n')
		}
	}
	b.WriteString("\n---\n\nTotal ")
	b.WriteString(Clock(ep.Total))
	b.WriteString(" · target ")
	b.WriteString(Clock(ep.Target()))
	b.WriteString(" · ")
	b.WriteString(OverUnder(ep.Over()))
	b.WriteByte('\n')
}

// writeCueMD is the cue-md partial of _cue.tmpl: one cue of script.md.
func writeCueMD(b *bytes.Buffer, c *Cue) {
	switch c.Kind {
	case Music, Sting:
		b.WriteByte('*')
		b.WriteString(c.Label())
		b.WriteString(" · ")
		b.WriteString(c.Length())
		if c.Text != "" {
			b.WriteString(" · ")
			b.WriteString(c.Text)
		}
		b.WriteString("* `[")
		b.WriteString(c.At())
		b.WriteString("]`")
	case Note:
		b.WriteString("> **NOTE — not for air:** ")
		b.WriteString(c.Text)
	case Clip:
		b.WriteString("**CLIP · ")
		b.WriteString(c.Speaker.Attribution())
		b.WriteString("** `[")
		b.WriteString(c.At())
		b.WriteString("]` · runs ")
		b.WriteString(c.Length())
		if c.Stated == 0 {
			b.WriteString(" (estimated)")
		}
		b.WriteString("\nIN: “")
		b.WriteString(c.In)
		b.WriteString("” … OUT: “")
		b.WriteString(c.Out)
		b.WriteString("”\n\n> ")
		b.WriteString(c.Text)
	default:
		b.WriteString("**")
		b.WriteString(strings.ToUpper(c.Speaker.FullName()))
		b.WriteString("**")
		if c.Kind == QuoteRead {
			b.WriteString(" (reads quote)")
		}
		b.WriteString(" `[")
		b.WriteString(c.At())
		b.WriteString("]`\n")
		b.WriteString(c.Copy())
	}
	if prov := c.Provenance(); prov != "" {
		b.WriteString("\n<sub>")
		b.WriteString(prov)
		b.WriteString("</sub>")
	}
}

// The rules of rundown.txt's table, above and below its rows.
const rundownRule = "--  ---------------------  ----------------  -----  -----  ------  -----  -----"

// nativeRundownTxt is rundown.txt.tmpl.
func nativeRundownTxt(b *bytes.Buffer, p Page) {
	ep := p.Episode
	b.WriteString(strings.ToUpper(ep.Sheet.Show))
	b.WriteByte('\n')
	b.WriteString(wrapText(ep.Sheet.Title, 80))
	b.WriteByte('\n')
	if ep.Sheet.Date != "" {
		b.WriteString(ep.Sheet.Date)
		b.WriteString(" · ")
	}
	b.WriteString(ep.Edition.Format)
	b.WriteString(" · target ")
	b.WriteString(Clock(ep.Target()))
	b.WriteString(" · runs ")
	b.WriteString(Clock(ep.Total))
	b.WriteString(" (")
	b.WriteString(OverUnder(ep.Over()))
	b.WriteByte(')')
	if ep.OnAir() {
		b.WriteString("\non air ")
		b.WriteString(ep.ClockTime(0))
		b.WriteString(" · off air ")
		b.WriteString(ep.OffAir())
	}
	b.WriteString("\n\n #  SEGMENT                SPEAKERS          START    DUR  TARGET    O/U   BACK\n")
	b.WriteString(rundownRule)
	recorded := false
	for _, s := range ep.Segments {
		b.WriteByte('\n')
		b.WriteString(padLeft(strconv.Itoa(s.Number), 2))
		b.WriteString("  ")
		b.WriteString(fit(s.Title, 21))
		b.WriteString("  ")
		b.WriteString(fit(speakerNames(s), 16))
		b.WriteString("  ")
		b.WriteString(padLeft(Clock(s.Start), 5))
		b.WriteString("  ")
		if s.Actual != 0 {
			recorded = true
			b.WriteString(padLeft(Clock(s.Duration)+"*", 5))
		} else {
			b.WriteString(padLeft(Clock(s.Duration), 5))
		}
		b.WriteString("  ")
		if s.Target != 0 {
			b.WriteString(padLeft(Clock(s.Target), 6))
			b.WriteString("  ")
			b.WriteString(padLeft(OverUnder(s.Over()), 5))
		} else {
			b.WriteString("      " + "  " + "     ") // padleft 6 "", then padleft 5 ""
		}
		b.WriteString("  ")
		b.WriteString(padLeft(Clock(s.Back), 5))
	}
	b.WriteByte('\n')
	b.WriteString(rundownRule)
	b.WriteString("\n    TOTAL                                           ")
	b.WriteString(padLeft(Clock(ep.Total), 5))
	b.WriteString("  ")
	b.WriteString(padLeft(Clock(ep.Target()), 6))
	b.WriteString("  ")
	b.WriteString(padLeft(OverUnder(ep.Over()), 5))
	if recorded {
		b.WriteString("\n    * actual length of a recorded segment; the others are estimated")
	}
	if ep.OnAir() {
		b.WriteString("\n\nCLOCK\n #  SEGMENT                STATUS      STARTS    HIT (must end by)")
		for _, s := range ep.Segments {
			status := s.Status
			if status == "" {
				status = "-"
			}
			b.WriteByte('\n')
			b.WriteString(padLeft(strconv.Itoa(s.Number), 2))
			b.WriteString("  ")
			b.WriteString(fit(s.Title, 21))
			b.WriteString("  ")
			b.WriteString(fit(status, 10))
			b.WriteString("  ")
			b.WriteString(ep.ClockTime(s.Start))
			b.WriteString("  ")
			b.WriteString(ep.Hit(s))
		}
	}
	if len(ep.Cuts) > 0 {
		b.WriteString("\n\nCUT FOR TIME (fitted to ")
		b.WriteString(Clock(ep.Target()))
		b.WriteByte(')')
		for _, c := range ep.Cuts {
			b.WriteString("\n  ")
			b.WriteString(fit(c.Kind, 8))
			b.WriteString("  ")
			b.WriteString(fit(c.ID, 24))
			b.WriteString("  ")
			b.WriteString(fit(c.Title, 24))
			b.WriteString("  ")
			b.WriteString(padLeft(Clock(c.Length), 5))
			b.WriteString("  ")
			b.WriteString(c.Priority.String())
		}
	}
	writeWarnings(b, ep.Problems, "\n\nWARNINGS", "\n  ! ")
	b.WriteByte('\n')
	for _, s := range ep.Segments {
		b.WriteByte('\n')
		b.WriteString(strconv.Itoa(s.Number))
		b.WriteString(". ")
		b.WriteString(strings.ToUpper(s.Title))
		b.WriteString("  ")
		b.WriteString(Clock(s.Start))
		b.WriteString("–")
		b.WriteString(Clock(s.End()))
		b.WriteString(" (")
		b.WriteString(Clock(s.Duration))
		if s.Actual != 0 {
			b.WriteString(" actual, estimated ")
			b.WriteString(Clock(s.Estimate))
		}
		b.WriteByte(')')
		if s.Status != "" {
			b.WriteString("  [")
			b.WriteString(strings.ToUpper(s.Status))
			b.WriteByte(']')
		}
		if ep.OnAir() {
			b.WriteString("  on air ")
			b.WriteString(ep.ClockTime(s.Start))
			b.WriteString(", hit ")
			b.WriteString(ep.Hit(s))
		}
		for _, c := range s.Cues {
			b.WriteString("\n  ")
			b.WriteString(padLeft(c.At(), 5))
			b.WriteString("  ")
			b.WriteString(fit(c.Label(), 14))
			b.WriteByte(' ')
			if c.Kind == Note {
				b.WriteString("     ")
			} else {
				b.WriteString(padLeft(c.Length(), 5))
			}
			b.WriteString("  ")
			if c.Kind == Clip {
				b.WriteString(cut("IN “"+c.In+"” OUT “"+c.Out+"”", 49))
			} else {
				b.WriteString(cut(c.Text, 49))
			}
		}
		b.WriteByte('\n')
	}
}

// nativeScriptSSML is script.ssml.tmpl.
func nativeScriptSSML(b *bytes.Buffer, p Page) {
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US">`)
	for _, s := range p.Segments {
		b.WriteString("\n" + `<mark name="segment-`)
		b.WriteString(template.HTMLEscapeString(s.ID))
		b.WriteString(`"/>`)
		for _, c := range s.Cues {
			switch c.Kind {
			case Read, QuoteRead:
				b.WriteString("\n<voice")
				if v := c.Speaker.TTSVoice; v != "" {
					b.WriteString(` name="`)
					b.WriteString(template.HTMLEscapeString(v))
					b.WriteByte('"')
				} else {
					b.WriteString(` gender="neutral"`)
				}
				b.WriteString("><p>")
				b.WriteString(c.SSML())
				b.WriteString(`</p></voice><break time="`)
				b.WriteString(SSMLTime(c.Speaker.VoiceOrDefault().Paragraph))
				b.WriteString(`"/>`)
			case Clip:
				b.WriteString("\n" + `<mark name="clip-`)
				b.WriteString(template.HTMLEscapeString(c.Quote.ID))
				b.WriteString(`"/><break time="`)
				b.WriteString(SSMLTime(c.Duration))
				b.WriteString(`"/>`)
			case Music, Sting:
				b.WriteString("\n" + `<mark name="`)
				b.WriteString(string(c.Kind))
				b.WriteString(`"/><break time="`)
				b.WriteString(SSMLTime(c.Duration))
				b.WriteString(`"/>`)
			}
		}
	}
	b.WriteString("\n</speak>\n")
}

// nativeShownotesMD is shownotes.md.tmpl.
func nativeShownotesMD(b *bytes.Buffer, p Page) {
	ep := p.Episode
	b.WriteString("# ")
	b.WriteString(ep.Sheet.Title)
	b.WriteString("\n\n")
	b.WriteString(ep.Sheet.Show)
	if ep.Sheet.Date != "" {
		b.WriteString(" · ")
		b.WriteString(ep.Sheet.Date)
	}
	b.WriteString(" · ")
	b.WriteString(Clock(ep.Total))
	if ep.Sheet.Summary != "" {
		b.WriteString("\n\n")
		b.WriteString(ep.Sheet.Summary)
	}
	b.WriteString("\n\n## Chapters\n")
	for _, s := range ep.Segments {
		b.WriteString("\n- ")
		b.WriteString(Clock(s.Start))
		b.WriteByte(' ')
		b.WriteString(s.Title)
	}
	if sps := ep.Speakers(); len(sps) > 0 {
		b.WriteString("\n\n## Voices\n")
		for _, sp := range sps {
			b.WriteString("\n- **")
			b.WriteString(sp.FullName())
			b.WriteString("**")
			if sp.Title != "" {
				b.WriteString(", ")
				b.WriteString(sp.Title)
			}
			if sp.Affiliation != "" {
				b.WriteString(", ")
				b.WriteString(sp.Affiliation)
			}
		}
	}
	if srcs := ep.CitedSources(); len(srcs) > 0 {
		b.WriteString("\n\n## Sources\n")
		for _, src := range srcs {
			b.WriteString("\n- ")
			if src.Outlet != "" {
				b.WriteString(src.Outlet)
				b.WriteString(": ")
			}
			if src.URL != "" {
				b.WriteString(mdLink(src.Title, src.URL))
			} else {
				b.WriteByte('*')
				b.WriteString(src.Title)
				b.WriteByte('*')
			}
			if src.Published != "" {
				b.WriteString(" (")
				b.WriteString(src.Published)
				b.WriteByte(')')
			}
			if orig := src.CopyOf; orig != nil {
				b.WriteString(" — a copy of ")
				if orig.Outlet != "" {
					b.WriteString(orig.Outlet)
					b.WriteString("'s ")
				}
				b.WriteString("“")
				b.WriteString(orig.Title)
				b.WriteString("”, not a separate confirmation")
			}
		}
	}
	b.WriteByte('\n')
}

// writeWarnings writes an episode's warnings, when it has any, under a
// heading, one a line after a bullet: "field: message".
func writeWarnings(b *bytes.Buffer, probs Problems, heading, bullet string) {
	if len(probs) == 0 {
		return
	}
	b.WriteString(heading)
	for _, pr := range probs {
		b.WriteString(bullet)
		b.WriteString(pr.Field)
		b.WriteString(": ")
		b.WriteString(pr.Message)
	}
}
