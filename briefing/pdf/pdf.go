package pdf

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// browsers are the executables FindBrowser looks for, in order.
var browsers = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless-shell"}

// Browsers returns the executables FindBrowser looks for on PATH, in the
// order it tries them. The slice is a copy; changing it changes nothing.
func Browsers() []string { return slices.Clone(browsers) }

// ErrNoBrowser means no Chromium or Chrome was found.
var ErrNoBrowser = errors.New("no Chromium or Chrome found (looked for " + strings.Join(browsers, ", ") +
	" on PATH); install one (Debian and Ubuntu: apt-get install chromium) or name it with --browser")

// FindBrowser returns the browser to print with: explicit when given (a
// path or a name on PATH), else the first of Browsers found on PATH.
func FindBrowser(explicit string) (string, error) {
	if explicit != "" {
		p, err := exec.LookPath(explicit)
		if err != nil {
			return "", fmt.Errorf("browser %q: %w", explicit, err)
		}
		return p, nil
	}
	for _, name := range browsers {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoBrowser
}

// Paper sizes in inches, as the browser's print API takes them.
var paperInches = map[string][2]float64{"A4": {8.27, 11.69}, "letter": {8.5, 11}}

// PaperName normalizes a paper name: "a4" → "A4", "Letter" → "letter".
// The result is what the core's output templates take as Page.Paper and
// what Print takes.
func PaperName(s string) (string, error) {
	switch strings.ToLower(s) {
	case "a4":
		return "A4", nil
	case "letter", "us-letter", "us":
		return "letter", nil
	}
	return "", fmt.Errorf("paper %q: use A4 or letter", s)
}

// Browser is a headless browser session for laying out and printing pages.
type Browser struct {
	ctx    context.Context
	cancel func()
}

// StartBrowser starts the browser at path, headless, with everything that
// would reach the network turned off.
func StartBrowser(ctx context.Context, path string) (*Browser, error) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
	)
	if os.Geteuid() == 0 {
		// Chromium refuses to run as root with its sandbox on.
		opts = append(opts, chromedp.NoSandbox)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	if err := chromedp.Run(bctx); err != nil {
		cancelBrowser()
		cancelAlloc()
		return nil, fmt.Errorf("starting %s: %w", path, err)
	}
	return &Browser{ctx: bctx, cancel: func() { cancelBrowser(); cancelAlloc() }}, nil
}

// Close stops the browser.
func (b *Browser) Close() { b.cancel() }

// Load opens html in a new tab and returns the tab's context; actions run
// on it with chromedp.Run. width, when positive, sets the viewport width in
// CSS pixels, and print lays the page out for print media.
func (b *Browser) Load(html []byte, width int64, print bool) (context.Context, context.CancelFunc, error) {
	tab, cancel := chromedp.NewContext(b.ctx)
	tab, cancelT := context.WithTimeout(tab, 60*time.Second)
	stop := func() { cancelT(); cancel() }
	actions := []chromedp.Action{}
	if width > 0 {
		actions = append(actions, chromedp.EmulateViewport(width, 1000))
	}
	if print {
		actions = append(actions, emulation.SetEmulatedMedia().WithMedia("print"))
	}
	actions = append(actions,
		chromedp.Navigate("about:blank"),
		chromedp.ActionFunc(func(ctx context.Context) error {
			tree, err := page.GetFrameTree().Do(ctx)
			if err != nil {
				return err
			}
			return page.SetDocumentContent(tree.Frame.ID, string(html)).Do(ctx)
		}),
		chromedp.WaitReady("body", chromedp.ByQuery),
	)
	if err := chromedp.Run(tab, actions...); err != nil {
		stop()
		return nil, nil, err
	}
	return tab, stop, nil
}

// Print lays out html on paper ("A4" or "letter") and returns the PDF.
// The page's own print CSS sets the margins, header and page numbers.
func (b *Browser) Print(html []byte, paper string) ([]byte, error) {
	size, ok := paperInches[paper]
	if !ok {
		return nil, fmt.Errorf("paper %q: use A4 or letter", paper)
	}
	tab, stop, err := b.Load(html, 0, false)
	if err != nil {
		return nil, err
	}
	defer stop()
	var pdf []byte
	err = chromedp.Run(tab, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		pdf, _, err = page.PrintToPDF().
			WithPaperWidth(size[0]).WithPaperHeight(size[1]).
			WithPrintBackground(true).
			WithPreferCSSPageSize(true).
			Do(ctx)
		return err
	}))
	if err != nil {
		return nil, fmt.Errorf("printing: %w", err)
	}
	return pdf, nil
}

// Pages counts the pages of a PDF written by the browser.
func Pages(pdf []byte) int {
	return strings.Count(string(pdf), "/Type /Page") - strings.Count(string(pdf), "/Type /Pages")
}
