// Package speech is how written copy is said and how long it takes to
// say. It owns the spoken form of text (Spoken, with a fact sheet's
// Pronunciations applied, and FormatNumber for the written form of a
// number), the words of a text (Words) and their syllables (Syllables),
// voices and the read-time model (Voice, Estimate: letters of the spoken
// form and pauses), and the fit of a voice to a host's measured reads
// (Calibrate). testdata/reads holds the real timed reads the model is
// measured on (TestReads).
//
// It may import the standard library only, never briefing or another of
// its packages: the core (package briefing) decodes voices, pronouncers
// and reads from YAML, reports their problems with positions, and calls
// speech.
package speech
