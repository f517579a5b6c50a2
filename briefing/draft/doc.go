// Package draft makes the first pass over a story's articles: who is
// quoted and what they said, which figures the articles report, which
// article copies another, which names are spelled two ways. It works
// offline and deterministically from plain text, with general rules about
// how news copy is written, and leaves TODOs where a producer must decide.
//
// ReadArticle reads one article, ID names it, Analyze reads them all and
// Format writes the result as a fact sheet that the core's check accepts.
// Reading an article and finding its quotes and their speakers is
// briefing/article's, which the core's check uses too, so that check
// verifies attribution by the same rules; figures (findCounts), copies,
// spellings and the fact sheet are this package's.
//
// testdata/corpus holds real articles with hand-checked gold files, and
// TestCorpus scores the draft against them: a development set and a
// held-out set that is only measured.
//
// It may import the standard library, the core package briefing and what
// the core itself builds on (briefing/article, briefing/speech,
// briefing/internal/lazy); never a sibling leaf like batch or pdf, and
// nothing that prints or exits.
package draft
