// Package briefing turns a producer's research into a timed, attributed
// script.
//
// The research is a fact sheet (YAML): speakers, sources, facts, quotes,
// figures that sources report differently, and segments. Load reads and
// validates one, reporting every problem at once as path:line:col: field:
// message. Render executes the segment templates of an edition
// (text/template with a hermetic sprig function map, see Funcs), parses the
// script markup they write (ParseScript) into cues, and times them: each
// cue's read time comes from its spoken form at its speaker's voice
// (package speech), clips and music at their stated lengths, and segments get front
// time, back time and over/under against their targets. Outputs renders
// script.md, rundown.txt, rundown.html and the other outputs through the
// output templates and episode.json from the Contract; an episode's output
// folder is replaced whole, never in part. While a built-in template is
// not overridden, the segment kind or output it renders is written by
// equivalent Go code instead (native*.go), held byte for byte to the
// template by the golden tests and by rendering every test sheet both
// ways: the templates stay the reference, the Go code is what is fast.
//
// Load also keeps the sheet honest against its sources (every quote word
// for word in its source's text, no fact resting only on copies). Every
// file Load reads goes through an Inputs: regular files only, never a
// named pipe or a device; sources and voice files only from the sheet's
// folder or a folder the Inputs allows; each file read once per run and
// shared; FactSheet.Inputs lists them, with their Stamp and Sum. Compile
// runs the whole pipeline for one fact sheet in memory, CompileSheet for
// one already loaded; package briefing/batch builds a season at a time,
// concurrently and incrementally, into one output folder with an index,
// and WriteFile writes any one file atomically. Package briefing/draft
// turns plain-text articles into a fact-sheet draft; ParseReads and
// FormatVoice read a host's timed reads and write the voice
// speech.Calibrate fits to them; package briefing/pdf prints rundown.html
// to PDF. The package never prints and never exits: the briefing command
// wires flags to these calls.
package briefing
