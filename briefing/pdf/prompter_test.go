package pdf_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/pdf"
	"github.com/briefing-dev/briefing/templates"
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
	tab, err := b.Load(html, 1100, false)
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	var copies, boxes int
	var got layout
	var mirrored bool
	var speed string
	var rolled, after float64
	steps := []func() error{
		func() error { return tab.Evaluate(`document.querySelectorAll('p.copy').length`, &copies) },
		func() error { return tab.Evaluate(`document.querySelectorAll('p.insert').length`, &boxes) },
		func() error { return tab.Evaluate(layoutJS, &got) },
		func() error { return press(tab, "m") },
		func() error { return tab.Evaluate(`document.body.classList.contains('mirror')`, &mirrored) },
		func() error { return press(tab, "ArrowUp") },
		func() error { return tab.Evaluate(`document.querySelector('#speed').innerText`, &speed) },
		func() error { return press(tab, " ") },
		func() error { time.Sleep(700 * time.Millisecond); return tab.Evaluate(`window.scrollY`, &rolled) },
		func() error { return press(tab, " ") },
		func() error { time.Sleep(300 * time.Millisecond); return tab.Evaluate(`window.scrollY`, &after) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			t.Fatal(err)
		}
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
	if err := tab.Evaluate(`window.scrollY`, &later); err != nil {
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
		tab, err := b.Load(html, width, false)
		if err != nil {
			t.Fatal(err)
		}
		var got layout
		var chapters, anchors int
		err = errors.Join(
			tab.Evaluate(layoutJS, &got),
			tab.Evaluate(`document.querySelectorAll('ol.chapters li').length`, &chapters),
			tab.Evaluate(`document.querySelectorAll('a[href^="http"]').length`, &anchors),
		)
		tab.Close()
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

// press types a key into the page as a keyboard would: "m", " " or
// "ArrowUp".
func press(tab *pdf.Tab, key string) error {
	code, vk, text := "Key"+strings.ToUpper(key), int(strings.ToUpper(key)[0]), key
	switch key {
	case " ":
		code, vk = "Space", 32
	case "ArrowUp":
		code, vk, text = "ArrowUp", 38, ""
	}
	down := map[string]any{"type": "keyDown", "key": key, "code": code, "windowsVirtualKeyCode": vk}
	if text != "" {
		down["text"] = text
	}
	if err := tab.Call("Input.dispatchKeyEvent", down, nil); err != nil {
		return err
	}
	return tab.Call("Input.dispatchKeyEvent", map[string]any{"type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": vk}, nil)
}
