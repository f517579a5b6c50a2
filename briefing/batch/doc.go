// Package batch builds many fact sheets at once into an output folder,
// OUT/<slug>/ for each episode, as `briefing build` does.
//
// It owns discovering the fact sheets (Discover), running them several at
// a time (Run), deciding which are unchanged since the last build (the
// state file OUT/.briefing-state.json, with the Stamp and hash of every
// input the loader read, and of each episode folder's episode.json as
// committed), replacing only
// what briefing made, one build at a time (OUT/.briefing-lock), and the
// index of the batch (OUT/index.json, and OUT/index.html through the
// output template outputs/index.html.tmpl).
//
// It may import the core package briefing, briefing/internal/atomicfile,
// which stages and swaps its folders, and briefing/internal/lazy; the core
// imports nothing of it.
package batch
