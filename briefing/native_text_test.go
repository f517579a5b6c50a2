package briefing

// textSheets are fact sheets for TestNativeMatchesTemplates that take the
// plain-text outputs (script.md, rundown.txt, script.ssml, shownotes.md)
// down the branches the other test sheets do not: an on-air time that
// runs past midnight, segments' production status and recorded length,
// synthesizer voices, a title to wrap, sources without an outlet, a link or
// a date and copies of them, music without a description, clips with and
// without a stated length, notes, spoken quotes, pronouncers with and
// without IPA, a segment without a target, fitting, and an episode in
// which nobody speaks and no source is cited, that runs over an hour.
func textSheets() []struct{ name, text string } {
	return []struct{ name, text string }{
		{"text-clock", `show: "Night Desk"
title: "A very long title — that goes on and on, past the eighty columns of a rundown, then a word: https://example.com/a-very-long-address-that-is-longer-than-eighty-columns-of-any-rundown/x and more"
slug: text-clock
format: explainer
target: 1m30s
on_air: "23:59"
quote_style: spoken
pronounce:
  Lima: {say: LEE-muh, ipa: "ˈliːmə"}
  Rivertown: RIV-er-town
hosts: [ana]
speakers:
  ana: {name: Ana Reyes, role: host, tts_voice: "en-US \"Neural\" & <2>"}
  lima: {name: Ana Lima, honorific: Brigadier General, title: the army spokeswoman, role: official, tts_voice: en-US-Neural2-D}
  ward: {name: Tom Ward, title: mayor, affiliation: Rivertown, role: official}
  kim: {name: Kim, affiliation: "Rivertown's <Club>"}
sources:
  radio: {title: Army blames misunderstandings, published: 2024-03-02}
  wire: {outlet: City Wire, title: Base scare, url: "https://example.com/scare?a=1&b=2", published: 2024-03-01}
  copy: {outlet: Copy Post, title: Scare at base, copy_of: wire}
  copy2: {title: Rewrite of the radio, copy_of: radio}
facts:
  - {id: scare, text: "sirens sounded at the base in Rivertown for twenty minutes on Monday night, Lima said.", sources: [wire, copy]}
  - {id: rewrite, text: "the radio story about Rivertown was rewritten.", sources: [copy2, radio], priority: could}
quotes:
  - {id: lima-calm, speaker: lima, source: radio, text: "There was never any danger to the public."}
  - {id: lima-word, speaker: lima, source: radio, partial: true, text: misunderstandings, lead_in: "the army blamed the scare on"}
  - {id: ward-clip, speaker: ward, source: wire, airs: clip, text: "My phone did not stop ringing all night, and I mean all night long until the morning came."}
  - {id: ward-timed, speaker: ward, source: wire, airs: clip, length: 7s, text: "We are fine."}
  - {id: kim-says, speaker: kim, source: wire, text: "The club stays open.", priority: could}
segments:
  - id: open
    title: Cold open – the night the sirens sounded at the base
    kind: cold-open
    status: recorded
    actual: 20s
    target: 25s
    lines: ["MUSIC 4s:", "NOTE: check the siren audio", "STING 2s: theme", "kim: Kim here, from Rivertown."]
    facts: [scare]
  - {id: army, title: The army, kind: expert, status: draft, target: 30s, quotes: [lima-calm, lima-word]}
  - {id: town, title: The town, kind: expert, status: approved, quotes: [ward-clip, ward-timed, kim-says], lines: ["CLIP ward ward-timed 9s: We are fine."]}
  - {id: more, title: More, kind: background, optional: true, priority: could, facts: [rewrite]}
editions:
  short:
    format: explainer
    target: 45s
    fit: true
`},
		{"text-bare", `show: Bare
title: Nobody speaks
slug: text-bare
format: explainer
target: 10s
hosts: [ana]
speakers:
  ana: {name: Ana Reyes, role: host}
segments:
  - {id: bed, title: Bed, kind: background, lines: ["MUSIC 5s: bed", "NOTE: nothing is read", "MUSIC 1h1m: a long bed"]}
`},
	}
}
