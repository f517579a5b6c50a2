// Package pdf prints briefing's pages to PDF in a local headless Chromium
// or Chrome: FindBrowser finds one (a name or path given, else one on
// PATH), StartBrowser starts it with everything that would reach the
// network turned off, and a Browser lays pages out (Load, a Tab to read
// with Evaluate) and prints them on A4 or US Letter (Print, with
// PaperName to read a paper size).
//
// It owns the browser and everything about driving it: the DevTools
// protocol, spoken over the pair of pipes Chromium opens with
// --remote-debugging-pipe, so no port is opened and no driver library is
// linked. It takes the page as HTML bytes, rendered by the core
// (briefing.RenderOutput); it may import the standard library and the
// core, never another leaf package.
package pdf
