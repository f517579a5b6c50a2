package pdf_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/templates"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestPrompterInBrowser opens the example's prompter.html in a real
// browser: it shows every read cue and every clip, sting and music bed,
// no production note, nothing wider than the page, and its keys work offline: m mirrors the page, ↑
// raises the speed, space rolls the script and stops it.
func TestPrompterInBrowser(t *testing.T) {
	b := browser(t)
	tpl, err := briefing.LoadTemplates(templates.FS, templates.Name, "")
	if err != nil {
		t.Fatal(err)
	}
	ep, probs := briefing.CompileEpisode(context.Background(), examplePath, briefing.Options{Templates: tpl})
	if ep == nil {
		t.Fatal(probs)
	}
	html, err := briefing.RenderOutput(context.Background(), ep, tpl, "prompter.html", "")
	if err != nil {
		t.Fatal(err)
	}
	reads, inserts, note := 0, 0, ""
	for _, ts := range ep.Segments {
		for _, c := range ts.Cues {
			switch c.Kind {
			case briefing.Read, briefing.QuoteRead:
				reads++
			case briefing.Clip, briefing.Music, briefing.Sting:
				inserts++
			case briefing.Note:
				note = c.Text
			}
		}
	}
	if note == "" || strings.Contains(string(html), note) {
		t.Errorf("the example has a note (%q), and the prompter must not show it", note)
	}
	tab, stop, err := b.Load(html, 1100, false)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	var copies, boxes int
	var got layout
	var mirrored bool
	var speed string
	var rolled, after float64
	if err := chromedp.Run(tab,
		chromedp.Evaluate(`document.querySelectorAll('p.copy').length`, &copies),
		chromedp.Evaluate(`document.querySelectorAll('p.insert').length`, &boxes),
		chromedp.Evaluate(layoutJS, &got),
		chromedp.KeyEvent("m"),
		chromedp.Evaluate(`document.body.classList.contains('mirror')`, &mirrored),
		chromedp.KeyEvent(kb.ArrowUp),
		chromedp.Text("#speed", &speed, chromedp.ByQuery),
		chromedp.KeyEvent(" "),
		chromedp.Sleep(700*time.Millisecond),
		chromedp.Evaluate(`window.scrollY`, &rolled),
		chromedp.KeyEvent(" "),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Evaluate(`window.scrollY`, &after),
	); err != nil {
		t.Fatal(err)
	}
	if len(got.Overflow) > 0 {
		t.Errorf("%d elements overflow the page, e.g. %v", len(got.Overflow), got.Overflow[:min(3, len(got.Overflow))])
	}
	if copies != reads || boxes != inserts+1 {
		t.Errorf("%d copy paragraphs and %d inserts; want %d read cues and %d clips, stings and music, and the end", copies, boxes, reads, inserts)
	}
	if !mirrored || speed != "4" || rolled <= 0 {
		t.Errorf("keys: mirrored %v, speed %q after ↑ (want 4), scrolled %v px after space", mirrored, speed, rolled)
	}
	var later float64
	time.Sleep(300 * time.Millisecond)
	if err := chromedp.Run(tab, chromedp.Evaluate(`window.scrollY`, &later)); err != nil {
		t.Fatal(err)
	}
	if later != after {
		t.Errorf("the scroll did not stop on the second space: %v, then %v", after, later)
	}
}

// TestShownotesInBrowser lays the example's shownotes.html out in a real
// browser at a phone's width and a desktop's: a chapter per segment, a
// link per cited source that has one, and nothing wider than the page.
func TestShownotesInBrowser(t *testing.T) {
	b := browser(t)
	tpl, err := briefing.LoadTemplates(templates.FS, templates.Name, "")
	if err != nil {
		t.Fatal(err)
	}
	ep, probs := briefing.CompileEpisode(context.Background(), "../../episodes/kinshasa-power-cable", briefing.Options{Templates: tpl})
	if ep == nil {
		t.Fatal(probs)
	}
	html, err := briefing.RenderOutput(context.Background(), ep, tpl, "shownotes.html", "")
	if err != nil {
		t.Fatal(err)
	}
	links := 0
	for _, s := range ep.CitedSources() {
		if s.URL != "" {
			links++
		}
	}
	for _, width := range []int64{375, 1200} {
		tab, stop, err := b.Load(html, width, false)
		if err != nil {
			t.Fatal(err)
		}
		var got layout
		var chapters, anchors int
		err = chromedp.Run(tab,
			chromedp.Evaluate(layoutJS, &got),
			chromedp.Evaluate(`document.querySelectorAll('ol.chapters li').length`, &chapters),
			chromedp.Evaluate(`document.querySelectorAll('a[href^="http"]').length`, &anchors),
		)
		stop()
		if err != nil {
			t.Fatal(err)
		}
		if chapters != len(ep.Segments) || anchors != links || links == 0 {
			t.Errorf("%d px: %d chapters, %d links; want %d and %d", width, chapters, anchors, len(ep.Segments), links)
		}
		if len(got.Overflow) > 0 {
			t.Errorf("%d px: %d elements overflow, e.g. %v", width, len(got.Overflow), got.Overflow[:min(3, len(got.Overflow))])
		}
	}
}
