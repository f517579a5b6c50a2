// Package draft makes the first pass over a story's articles: who is
// quoted and what they said, which figures the articles report, which
// article copies another, which names are spelled two ways. It works
// offline and deterministically from plain text, with general rules about
// how news copy is written, and leaves TODOs where a producer must decide.
//
// ReadArticle reads one article, ID names it, Analyze reads them all and
// Format writes the result as a fact sheet that the core's check accepts.
//
// It owns articles and the draft; the fact sheet, its rules and how a
// quote is compared with its source (briefing.SameWords) belong to the
// core. It may import the standard library, the core package briefing and
// what the core itself builds on (such as briefing/speech); never a
// sibling leaf like batch or pdf, and nothing that prints or exits.
package draft
