package pdf

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"time"
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

// Browser is a headless browser session for laying out and printing
// pages. It speaks the browser's DevTools protocol over a pair of pipes
// (--remote-debugging-pipe): no port is opened, and nothing but the
// standard library is needed to drive it.
type Browser struct {
	cmd     *exec.Cmd
	profile string   // the profile folder made for this session
	send    *os.File // the browser reads commands from it
	recv    *os.File // and writes replies and events to it

	mu      sync.Mutex // guards nextID, pending and writes to send
	nextID  int64
	pending map[int64]chan message
	done    chan struct{} // closed when the browser's pipe closes
	once    sync.Once
}

// message is one DevTools message: a reply to a call (ID) or an event.
type message struct {
	ID     int64           `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// flags turn off everything that would reach the network or the user's
// desktop, as a print job needs neither.
var flags = []string{
	"--headless", "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check",
	"--disable-gpu", "--disable-extensions", "--disable-background-networking",
	"--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-quic",
	"--disable-breakpad", "--disable-dev-shm-usage", "--disable-features=Translate,MediaRouter",
	"--metrics-recording-only", "--safebrowsing-disable-auto-update", "--password-store=basic",
	"--use-mock-keychain", "--force-color-profile=srgb", "--mute-audio", "--hide-scrollbars",
	// a page is laid out and timed at full speed though no one looks at it
	"--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows", "--disable-renderer-backgrounding",
}

// StartBrowser starts the browser at path, headless, with everything that
// would reach the network turned off, in a profile folder of its own that
// Close removes. Cancelling ctx stops the browser.
func StartBrowser(ctx context.Context, path string) (*Browser, error) {
	profile, err := os.MkdirTemp("", "briefing-browser-")
	if err != nil {
		return nil, err
	}
	args := append(slices.Clone(flags), "--user-data-dir="+profile)
	if os.Geteuid() == 0 {
		args = append(args, "--no-sandbox") // Chromium refuses to run as root with its sandbox on
	}
	args = append(args, "about:blank")
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		os.RemoveAll(profile)
		return nil, err
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		cmdR.Close()
		cmdW.Close()
		os.RemoveAll(profile)
		return nil, err
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.ExtraFiles = []*os.File{cmdR, outW} // the browser's descriptors 3 and 4
	var stderr strings.Builder
	cmd.Stderr = &limitedWriter{w: &stderr, n: 4096}
	err = cmd.Start()
	cmdR.Close()
	outW.Close()
	if err != nil {
		cmdW.Close()
		outR.Close()
		os.RemoveAll(profile)
		return nil, fmt.Errorf("starting %s: %w", path, err)
	}
	b := &Browser{cmd: cmd, profile: profile, send: cmdW, recv: outR, pending: map[int64]chan message{}, done: make(chan struct{})}
	go b.read()
	start, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := b.call(start, "", "Browser.getVersion", nil, nil); err != nil {
		b.Close()
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			err = fmt.Errorf("%w: %s", err, msg)
		}
		return nil, fmt.Errorf("starting %s: %w", path, err)
	}
	return b, nil
}

// limitedWriter keeps the first n bytes written to it.
type limitedWriter struct {
	w io.Writer
	n int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.n > 0 {
		k := min(l.n, len(p))
		l.w.Write(p[:k])
		l.n -= k
	}
	return len(p), nil
}

// read hands each reply the browser writes to the call waiting for it,
// until the pipe closes; events are not asked for, and dropped.
func (b *Browser) read() {
	defer close(b.done)
	r := bufio.NewReader(b.recv)
	for {
		data, err := r.ReadBytes(0)
		if err != nil {
			return
		}
		var m message
		if json.Unmarshal(data[:len(data)-1], &m) != nil || m.ID == 0 {
			continue
		}
		b.mu.Lock()
		ch := b.pending[m.ID]
		delete(b.pending, m.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- m
		}
	}
}

// call sends method with params to the browser (to a page's session when
// session is set) and decodes the reply's result into result, if given.
func (b *Browser) call(ctx context.Context, session, method string, params, result any) error {
	req := struct {
		ID        int64  `json:"id"`
		Method    string `json:"method"`
		Params    any    `json:"params,omitempty"`
		SessionID string `json:"sessionId,omitempty"`
	}{Method: method, Params: params, SessionID: session}
	ch := make(chan message, 1)
	b.mu.Lock()
	b.nextID++
	req.ID = b.nextID
	data, err := json.Marshal(req)
	if err == nil {
		b.pending[req.ID] = ch
		_, err = b.send.Write(append(data, 0))
	}
	b.mu.Unlock()
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("%s: %s", method, m.Error.Message)
		}
		if result != nil {
			if err := json.Unmarshal(m.Result, result); err != nil {
				return fmt.Errorf("%s: %w", method, err)
			}
		}
		return nil
	case <-b.done:
		return fmt.Errorf("%s: the browser has stopped", method)
	case <-ctx.Done():
		b.mu.Lock()
		delete(b.pending, req.ID)
		b.mu.Unlock()
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// Close stops the browser and removes its profile folder.
func (b *Browser) Close() {
	b.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		b.call(ctx, "", "Browser.close", nil, nil)
		cancel()
		b.send.Close()
		exited := make(chan struct{})
		go func() { b.cmd.Wait(); close(exited) }()
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			b.cmd.Process.Kill()
			<-exited
		}
		b.recv.Close()
		os.RemoveAll(b.profile)
	})
}

// Tab is a page open in the browser.
type Tab struct {
	b               *Browser
	target, session string
	ctx             context.Context
	cancel          context.CancelFunc
}

// Load opens html in a new tab, laid out and with its fonts ready. width,
// when positive, sets the viewport width in CSS pixels, and print lays the
// page out for print media. Close the tab when done.
func (b *Browser) Load(html []byte, width int64, print bool) (*Tab, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t := &Tab{b: b, ctx: ctx, cancel: cancel}
	var target struct {
		TargetID string `json:"targetId"`
	}
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		cancel()
		return nil, err
	}
	t.target = target.TargetID
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": t.target, "flatten": true}, &attached); err != nil {
		t.Close()
		return nil, err
	}
	t.session = attached.SessionID
	var tree struct {
		FrameTree struct {
			Frame struct {
				ID string `json:"id"`
			} `json:"frame"`
		} `json:"frameTree"`
	}
	steps := []func() error{
		func() error {
			if width <= 0 {
				return nil
			}
			return t.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": 1000, "deviceScaleFactor": 1, "mobile": false}, nil)
		},
		func() error {
			if !print {
				return nil
			}
			return t.Call("Emulation.setEmulatedMedia", map[string]any{"media": "print"}, nil)
		},
		func() error { return t.Call("Page.getFrameTree", nil, &tree) },
		func() error {
			return t.Call("Page.setDocumentContent", map[string]any{"frameId": tree.FrameTree.Frame.ID, "html": string(html)}, nil)
		},
		func() error {
			var ready bool
			return t.Evaluate(`new Promise(done => {
  const fonts = () => document.fonts.ready.then(() => done(!!document.body));
  if (document.readyState === 'complete') fonts(); else window.addEventListener('load', fonts);
})`, &ready)
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			t.Close()
			return nil, err
		}
	}
	return t, nil
}

// Call sends a DevTools method to the tab's page and decodes its result
// into result, if given.
func (t *Tab) Call(method string, params, result any) error {
	return t.b.call(t.ctx, t.session, method, params, result)
}

// Evaluate runs a JavaScript expression in the page, waits for it if it
// is a promise, and decodes its value into out.
func (t *Tab) Evaluate(expr string, out any) error {
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	if err := t.Call("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &res); err != nil {
		return err
	}
	if e := res.ExceptionDetails; e != nil {
		return fmt.Errorf("evaluating a script: %s %s", e.Text, e.Exception.Description)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(res.Result.Value, out)
}

// Close closes the tab.
func (t *Tab) Close() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	t.b.call(ctx, "", "Target.closeTarget", map[string]any{"targetId": t.target}, nil)
	t.cancel()
}

// Print lays out html on paper ("A4" or "letter") and returns the PDF.
// The page's own print CSS sets the margins, header and page numbers.
func (b *Browser) Print(html []byte, paper string) ([]byte, error) {
	size, ok := paperInches[paper]
	if !ok {
		return nil, fmt.Errorf("paper %q: use A4 or letter", paper)
	}
	tab, err := b.Load(html, 0, false)
	if err != nil {
		return nil, err
	}
	defer tab.Close()
	var out struct {
		Data []byte `json:"data"` // base64 in the message, as encoding/json reads []byte
	}
	err = tab.Call("Page.printToPDF", map[string]any{
		"paperWidth": size[0], "paperHeight": size[1], "printBackground": true, "preferCSSPageSize": true,
	}, &out)
	if err != nil {
		return nil, fmt.Errorf("printing: %w", err)
	}
	return out.Data, nil
}

// Pages counts the pages of a PDF written by the browser.
func Pages(pdf []byte) int {
	return strings.Count(string(pdf), "/Type /Page") - strings.Count(string(pdf), "/Type /Pages")
}
