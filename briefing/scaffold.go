package briefing

import (
	"fmt"
	"strings"
)

// Scaffold returns a new fact sheet for slug: a small explainer that passes
// check as it is, with comments on what to fill in.
func Scaffold(slug string) ([]byte, error) {
	if !slugRE().MatchString(slug) || len(slug) > MaxSlug {
		return nil, fmt.Errorf("%q is not a valid slug (lower-case letters and digits joined by single hyphens, e.g. \"isis-k-russia\")", slug)
	}
	return []byte(SchemaComment + "\n" + strings.ReplaceAll(scaffold, "SLUG", slug)), nil
}

const scaffold = `# Fact sheet for SLUG. Check it with: briefing check episodes/SLUG
# Every key is described in the README's fact-sheet reference.
show: My Show
title: TODO the question this episode answers
slug: SLUG
# date: 2024-03-25
format: explainer        # or bulletin; a folder of your own with --templates
target: 1m30s            # the running time to aim for, e.g. 12m or 1m30s
hosts: [host]

speakers:
  host: {name: TODO Host Name, role: host}
  expert: {name: TODO Expert Name, title: TODO what they are, affiliation: TODO where they work, role: expert}

sources:
  article: {outlet: TODO Outlet, title: TODO headline of the article}   # file: sources/article.txt

facts:
  - id: what-happened
    text: TODO one sentence the host can say, backed by the source.
    sources: [article]

quotes:
  - id: expert-view
    speaker: expert
    text: TODO the expert's exact words, as printed.
    source: article
    airs: read           # or clip, when you have the recording
    # partial: true      # when the words are a phrase inside the writer's sentence; then give
    # lead_in: TODO the host's words that the phrase completes

segments:
  - {id: intro, title: Introduction, kind: intro, lines: ["TODO the question, in the host's words."]}
  - {id: background, title: What happened, kind: background, facts: [what-happened]}
  - {id: analysis, title: What it means, kind: expert, quotes: [expert-view]}
  - {id: sign-off, title: Sign-off, kind: sign-off}
`
