package briefing

import "bytes"

// nativePrompterHTML is prompter.html.tmpl.
func nativePrompterHTML(b *bytes.Buffer, p Page) {
	s := p.Sheet
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Prompter · ")
	writeHTML(b, s.Title)
	b.WriteString(prompterHead)
	writeHTML(b, s.Show)
	b.WriteString("</b> · ")
	writeHTML(b, s.Title)
	b.WriteString(" · ")
	writeClock(b, p.Total)
	b.WriteString(" · space: roll/stop · ↑↓: speed <b id=\"speed\">3</b> · m: mirror · PgUp/PgDn: segment · Home: top</div>\n<div id=\"eye\" aria-hidden=\"true\"></div>\n<main id=\"script\">")
	for _, ts := range p.Segments {
		b.WriteString("\n<section class=\"seg\" id=\"seg-")
		writeHTML(b, ts.ID)
		b.WriteString("\">\n<h2>")
		writeInt(b, ts.Number)
		b.WriteString(". ")
		writeHTML(b, ts.Title)
		b.WriteString("</h2>")
		who := "" // the speaker of the copy above, to mark a change
		for _, c := range ts.Cues {
			switch c.Kind {
			case Read, QuoteRead:
				if c.Speaker.ID != who {
					b.WriteString("\n<p class=\"who\">")
					writeHTML(b, c.Speaker.ShortName())
					b.WriteString("</p>")
					who = c.Speaker.ID
				}
				b.WriteString("\n<p class=\"copy\">")
				writeHTML(b, c.Copy())
				b.WriteString("</p>")
			case Clip:
				b.WriteString("\n<p class=\"insert\">▶ CLIP ")
				writeHTML(b, c.Speaker.ShortName())
				b.WriteString(" · ")
				writeClock(b, c.Duration)
				b.WriteString(" · IN “")
				writeHTML(b, c.In)
				b.WriteString("” … OUT “")
				writeHTML(b, c.Out)
				b.WriteString("”</p>")
				who = ""
			case Music, Sting:
				b.WriteString("\n<p class=\"insert\">♪ ")
				writeHTML(b, c.Label())
				b.WriteString(" · ")
				writeClock(b, c.Duration)
				if c.Text != "" {
					b.WriteString(" · ")
					writeHTML(b, c.Text)
				}
				b.WriteString("</p>")
			}
		}
		b.WriteString("\n</section>")
	}
	b.WriteString("\n<p class=\"insert\">END · ")
	writeClock(b, p.Total)
	b.WriteString(prompterScript)
}

// prompterHead is prompter.html from its title to the show's name: the
// page's style, which prints nothing of the episode's.
const prompterHead = `</title>
<style>
html, body { margin: 0; background: #000; color: #f5f5f5; }
body { font: 52px/1.45 "DejaVu Sans", system-ui, sans-serif; }
main { max-width: 24em; margin: 0 auto; padding: 45vh .6em 90vh; }
body.mirror main { transform: scaleX(-1); }
h2 { font-size: .45em; color: #9ab; text-transform: uppercase; letter-spacing: .12em; margin: 2.2em 0 .4em; border-top: 2px solid #345; padding-top: .4em; }
.who { font-size: .5em; color: #ffd54a; text-transform: uppercase; letter-spacing: .1em; margin: 1.1em 0 .1em; }
.copy { margin: 0 0 .5em; }
.insert { font-size: .55em; color: #6ee7ff; border: 2px solid #6ee7ff; border-radius: .3em; padding: .3em .6em; margin: .9em 0; }
#hud { position: fixed; top: 0; left: 0; right: 0; font: 16px/1.4 system-ui, sans-serif; color: #888; background: rgba(0,0,0,.8); padding: .3em .8em; z-index: 1; }
#hud b { color: #ddd; }
#eye { position: fixed; top: 45vh; left: 0; width: 1.2em; height: 1.2em; border-left: .6em solid #c33; }
@media print { #hud, #eye { display: none; } body { background: #fff; color: #000; } }
</style>
</head>
<body>
<div id="hud"><b>`

// prompterScript is the end of prompter.html: its script, as
// html/template writes it (without its comment).
const prompterScript = `</p>
</main>
<script>
(() => {
  const speeds = [0, 20, 35, 50, 70, 95, 125, 160]; 
  let level = 3, rolling = false, last = 0, carry = 0;
  const shown = document.getElementById('speed');
  function frame(t) {
    if (!rolling) return;
    if (last) {
      carry += speeds[level] * (t - last) / 1000;
      const step = Math.floor(carry);
      if (step) { window.scrollBy(0, step); carry -= step; }
    }
    last = t;
    requestAnimationFrame(frame);
  }
  function roll(on) { rolling = on; last = 0; if (on) requestAnimationFrame(frame); }
  function jump(dir) {
    const y = window.scrollY + window.innerHeight * 0.45 + 2;
    const segs = [...document.querySelectorAll('section.seg')];
    const tops = segs.map(s => s.offsetTop);
    let i = tops.findIndex(top => top > y);
    if (i < 0) i = tops.length;
    const to = dir > 0 ? tops[i] : tops[Math.max(0, i - 2)];
    if (to !== undefined) window.scrollTo(0, to - window.innerHeight * 0.45);
  }
  document.addEventListener('keydown', e => {
    switch (e.key) {
    case ' ': roll(!rolling); break;
    case 'ArrowUp': level = Math.min(speeds.length - 1, level + 1); break;
    case 'ArrowDown': level = Math.max(0, level - 1); break;
    case 'm': case 'M': document.body.classList.toggle('mirror'); break;
    case 'PageDown': jump(1); break;
    case 'PageUp': jump(-1); break;
    case 'Home': window.scrollTo(0, 0); break;
    default: return;
    }
    shown.textContent = level;
    e.preventDefault();
  });
})();
</script>
</body>
</html>
`
