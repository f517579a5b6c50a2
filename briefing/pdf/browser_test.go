package pdf_test

import (
	"context"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/pdf"
	"github.com/briefing-dev/briefing/templates"
)

const examplePath = "../../episodes/isis-k-russia/episode.yaml"

// browser starts the local Chromium for a test. Without one the test skips
// with a message, except in CI (CI=true), where .ci/run installs Chromium
// and a missing browser is a failure.
func browser(t *testing.T) *pdf.Browser {
	t.Helper()
	path, err := pdf.FindBrowser(os.Getenv("BRIEFING_BROWSER"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs a browser for this test: %v", err)
		}
		t.Skipf("skipping the browser test: %v", err)
	}
	b, err := pdf.StartBrowser(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

// layout is what the page reports about itself.
type layout struct {
	Rows     int      `json:"rows"`
	Bars     int      `json:"bars"`
	Target   int      `json:"target"`
	Segments int      `json:"segments"`
	Cues     int      `json:"cues"`
	Width    float64  `json:"width"`
	Overflow []string `json:"overflow"`
}

const layoutJS = `(() => {
  const width = document.documentElement.clientWidth;
  const overflow = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > width + 0.5 || el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0 && el.tagName !== 'svg') {
      overflow.push(el.tagName + '.' + el.className + ': ' + (el.textContent || '').trim().slice(0, 60));
    }
  }
  return {
    rows: document.querySelectorAll('table.rundown tbody tr').length,
    bars: document.querySelectorAll('figure.timeline svg g.bar rect').length,
    target: document.querySelectorAll('figure.timeline svg line.target').length,
    segments: document.querySelectorAll('section.segment').length,
    cues: document.querySelectorAll('section.segment .cue').length,
    width: width,
    overflow: overflow,
  };
})()`

// TestRundownHTMLInBrowser lays the example's rundown.html out in a real
// browser, for A4 and US Letter: the table, the timeline and every segment
// render, nothing is wider than the printable width, and the PDF has a
// sensible number of pages of the right size.
func TestRundownHTMLInBrowser(t *testing.T) {
	b := browser(t)
	tpl, err := briefing.LoadTemplates(templates.FS, templates.Name, "")
	if err != nil {
		t.Fatalf("built-in templates: %v", err)
	}
	res := briefing.Compile(context.Background(), examplePath, briefing.Options{Templates: tpl})
	if len(res.Episodes) == 0 {
		t.Fatal(res.Problems)
	}
	papers := []struct {
		name      string
		contentPx int64   // page width less the 16 mm side margins, at 96 px an inch
		mediaBox  float64 // page width in points
	}{
		{"A4", 672, 595},
		{"letter", 695, 612},
	}
	// A printed rundown runs to about a page for each one to two minutes
	// of script, plus its table and timeline.
	pageRange := func(total time.Duration) [2]int {
		min := total.Minutes()
		return [2]int{max(1, int(min*0.6)), 2 + int(math.Ceil(2*min))}
	}
	for _, ep := range res.Episodes {
		for _, paper := range papers {
			t.Run(ep.Edition.Slug+"/"+paper.name, func(t *testing.T) {
				html, err := briefing.RenderOutput(context.Background(), ep, tpl, "rundown.html", paper.name)
				if err != nil {
					t.Fatal(err)
				}
				tab, err := b.Load(html, paper.contentPx, true)
				if err != nil {
					t.Fatal(err)
				}
				defer tab.Close()
				var got layout
				if err := tab.Evaluate(layoutJS, &got); err != nil {
					t.Fatal(err)
				}
				cues := 0
				for _, s := range ep.Segments {
					cues += len(s.Cues)
				}
				if got.Rows != len(ep.Segments) || got.Bars != len(ep.Segments) || got.Segments != len(ep.Segments) || got.Cues != cues || got.Target != 1 {
					t.Errorf("page shows %d rundown rows, %d timeline bars, %d target marks, %d segments, %d cues; want %d, %d, 1, %d, %d",
						got.Rows, got.Bars, got.Target, got.Segments, got.Cues, len(ep.Segments), len(ep.Segments), len(ep.Segments), cues)
				}
				if len(got.Overflow) > 0 {
					t.Errorf("%d elements overflow the %v px printable width, e.g.:\n%v", len(got.Overflow), got.Width, got.Overflow[:min(5, len(got.Overflow))])
				}
				doc, err := b.Print(html, paper.name)
				if err != nil {
					t.Fatal(err)
				}
				pages, want := pdf.Pages(doc), pageRange(ep.Total)
				if pages < want[0] || pages > want[1] {
					t.Errorf("PDF has %d pages, want %d to %d", pages, want[0], want[1])
				}
				m := regexp.MustCompile(`/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]`).FindSubmatch(doc)
				if m == nil {
					t.Fatal("no MediaBox in the PDF")
				}
				if w, _ := strconv.ParseFloat(string(m[1]), 64); w < paper.mediaBox-2 || w > paper.mediaBox+2 {
					t.Errorf("PDF page is %v pt wide, want %v (%s)", w, paper.mediaBox, paper.name)
				}
			})
		}
	}
}

func TestFindBrowserSaysWhatToInstall(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if _, err := pdf.FindBrowser(""); err != pdf.ErrNoBrowser {
		t.Fatalf("err = %v, want ErrNoBrowser", err)
	}
	msg := pdf.ErrNoBrowser.Error()
	if !strings.Contains(msg, "apt-get install chromium") {
		t.Errorf("the error does not say what to install: %v", msg)
	}
	for _, name := range pdf.Browsers() {
		if !strings.Contains(msg, name) {
			t.Errorf("the error does not name %s, which FindBrowser looks for: %v", name, msg)
		}
	}
}
