// Package speech is how written copy is said and how long it takes to
// say. It owns the spoken form of text (Spoken, with a fact sheet's
// Pronunciations applied, and FormatNumber for the written form of a
// number), the words of a text (Words) and their syllables (Syllables),
// voices and the read-time model (Voice, Estimate), and the fit of a voice
// to a host's measured reads (Calibrate).
//
// It imports the standard library only, never briefing: the core decodes
// voices and reads from YAML, with positioned problems, and calls speech.
package speech
