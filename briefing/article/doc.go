// Package article reads a news article as plain text the way a producer
// does: it undoes hard wrapping, sets the page furniture, captions and
// crossheads apart from the story, notes what the text says about itself
// (its URL, date, byline, dateline), and finds every direct quotation
// with the speaker the text gives it to.
//
// Parse reads one article into a Text; Text.Quotes lists its quotations,
// each with the Speaker it is attributed to and how (by name, by a title
// such as "the minister", by a pronoun, or as the continuation of an
// earlier quote), so that a caller can trust a name and flag the rest.
//
// The rules are general rules of how English news copy is written, stated
// where they are applied; none is fitted to one outlet. The draft builds
// fact sheets with them and the core's check uses the same rules to
// verify that a fact sheet gives each quote to the person its source does.
//
// It owns articles and attribution and imports only the standard library
// and the internal packages lazy (its word lists and expressions are
// built on first use), space and marks, so that both the core and the
// draft may build on it.
package article
