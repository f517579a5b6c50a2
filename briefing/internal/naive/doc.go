// Package naive is the baseline briefing is measured against: the least a
// program could do to write the same ten files for an episode, written
// the obvious way, so that briefing's cost can be reported as a ratio of
// it (issue 16) rather than in seconds that depend on the machine.
//
// For each fact sheet, Build reads the file, decodes it with
// yaml.Unmarshal into a plain map[string]any (no structs, no positions,
// no strictness), builds three lookup maps from id to fact, quote and
// figure, and executes one text/template per output — script.md,
// rundown.txt, rundown.html, chapters.json, prompter.html, rundown.csv,
// script.ssml, shownotes.html and shownotes.md — each iterating the
// sheet's segments and printing the lines, facts, quotes (with their
// speakers and sources) and figures each one refers to. The HTML and SSML
// outputs are text/template too, escaped by hand with the html function,
// as a naive program would. episode.json is json.MarshalIndent of what
// the templates were executed with (the decoded sheet and the lookup
// maps): what a naive program hands on as its machine-readable copy.
// The templates are parsed once per Build, with a dozen small helpers of
// the package's own (no sprig). Each episode's files go to OUT/<slug>/
// with os.MkdirAll and os.WriteFile, jobs sheets at a time.
//
// It does none of what briefing adds: no validation (unknown keys, wrong
// types and dangling references print as "<no value>" or fail the
// template), no reading of the source articles and no checking of quotes
// against them, no timing (only the segments' targets, added up, give the
// start times of chapters), no per-segment format templates, no editions,
// no fitting, no escaping by context (html/template), no limits on
// templates, no atomic writes, no index of the output folder and no record
// of what was built, so no incremental rebuilds. Its outputs resemble
// briefing's in shape and size, not in content; they are meant for timing,
// not for air.
package naive
