package article

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/briefing/internal/cases"
)

// FuzzParse reads any text as an article: it never panics, every quote
// has a speaker and words, and each line it names is a line of the text.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Title\n“A,” said Ann Lee. “B.”\n",
		"T\n\"x\" \"\" ““ ”” «» „“ ‘a b c’\n— Jo Doe, Director, Office\n",
		"Title: X\nDate: May 1, 2024\nContent:\nBy Jo Doe\nLONDON (AP) — “Hi there friend,”\nsaid he.\n",
		"a\n\n\nb c d e f g h i j k l m n o p q r s t u v w x y z\n“unclosed at the end of the te",
		"He said: \nShe said: “\n” they said, “\n",
		"Briefing\nMR KIRBY: Good afternoon. (Laughter.) We start now.\nQ: And Syria?\nMR KIRBY: As he said, “No.” So —\nQ    Next?\nTOM LEE: Yes",
		"Release\n\nMinister for Health, Jane Doe MP said:\n\nWe will act.\n\nThis is our plan.\n\nThe plan starts",
		"((HEAD: X\nEDITOR NOTES:))\n((Bo, a soldier)) ((Young male))\n“We are here and we fight.”\n((Bo, ))\n(())\n",
		"Letter\nDear Ms Lee:\nWe write about\nthe floods.\nBest regards,Jo Doe\nTom Okoro\nSincerely,\n",
		// a phrase in marks inside a transcript's turn, after the turn
		// itself became the latest quote (CI's crasher)
		"Briefing\nMR KIRBY: Good afternoon everyone, we start. It was “a very bad thing for all of us” today.\nQ: And Syria?\nMR KIRBY: No.\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := Parse(text)
		lines := strings.Count(text, "\n") + 1
		for _, q := range a.Quotes() {
			if q.Speaker == nil || strings.TrimSpace(q.Text) == "" {
				t.Fatalf("quote %+v has no speaker or no words", q)
			}
			if q.Line < 1 || q.Line > lines {
				t.Fatalf("quote line %d outside 1..%d", q.Line, lines)
			}
		}
	})
}

// The regular expressions labelAt and labelLine are written out from:
// they are the specification the matchers are held to. A label in
// capitals (capsLabel) is a name of up to nine words, then up to three
// parts of up to six words each after a comma, the joining words of a
// part ("OF", "AND") not counted; a label in capitals and small letters
// is up to four words, or a full name, a comma and up to four more. A
// surname's prefix may keep its small letters ("McPHEE").
var (
	prefixedRE  = `\b(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)\p{Lu}{2,}\b` // (capsPrefixRE: "McPHEE")
	capsWordRE  = `(?:` + prefixedRE + `|\p{Lu})(?:` + prefixedRE + `|[\p{Lu}.'’-])*`
	joinerRE    = `(?:OF|FOR|AND|THE|ON|IN)`
	capsPartRE  = `(?:` + joinerRE + ` )*` + capsWordRE + `(?: ` + joinerRE + `)*(?: ` + capsWordRE + `(?: ` + joinerRE + `)*){0,5}`
	capsLabelRE = capsWordRE + `(?: ` + capsWordRE + `){0,8}(?:, ` + capsPartRE + `){0,3}`
	mixedWordRE = `\p{Lu}[\p{L}.'’-]*`
	roleRE      = `(?: (?:\([^():\[\]]{1,60}\)|\[[^():\[\]]{1,60}\]))?`
	turnLabelRE = regexp.MustCompile(`^(` + capsLabelRE + `|` + mixedWordRE + `(?: ` + mixedWordRE + `){0,3}|\p{Lu}\p{Ll}[\p{L}.'’-]*(?: ` + mixedWordRE + `){1,3}, ` + mixedWordRE + `(?: ` + mixedWordRE + `){0,3})` + roleRE + `:\s+\S` +
		// or, the colon's space lost, a full name or a label in capitals
		`|^(` + mixedWordRE + `(?: ` + mixedWordRE + `){1,3}|` + capsLabelRE + `)` + roleRE + `:\p{Lu}`)
	speakerLineRE = regexp.MustCompile(`^\s*((?:[A-Z][\p{L}.'’-]*)(?: [A-Z][\p{L}.'’-]*){0,3}):\s*$`)
)

// labelCases are labels and near misses for TestLabelMatchers and the
// seeds of FuzzLabelMatchers.
var labelCases = []string{
	"Anthony Albanese, Prime Minister: Good to be with you.", "Katherine Murphy, Host: Welcome.", "BOB A, AA:A", "Bob Smith, Host:Yes", "A Smith, Host: x",
	"ANTHONY CHISHOLM [ASSISTANT MINISTER]: It's great.", "Jane Doe [Host]:Yes", "A [x [y]: z", "Paul Fulton (Moderator [1]): x",
	"MR PRICE: Good afternoon.", "SECRETARY BLINKEN:  Great to be with you.", "Fugate: No.",
	"ROB MITCHELL, MEMBER FOR MCEWEN: Thanks.", "A B C D E F: x", "A B C D E F G: x", "Greg Smith:Look", "State Department Official One: Thank you.", "State Department Official One Two: x", "Greg Smith:look", "Greg:Look", "Greg Smith (Host):Yes", "GREG SMITH:Look", "A B C D E F G H I: x", "A B C D E F G H I J: x", "A, B C D E F G: x",
	"DR. JOE BRESEE, BRANCH CHIEF, BRANCH OF EPIDEMIOLOGY AND PREVENTION, CDC INFLUENZA DIVISION:  Thanks.", "A, B, C, D, E: x",
	"A, B, C: x", "Jean-Pierre O’Brien Mr.: x", "Jean Pierre Paul Marie: x", "BASS: — service", "BASS:\t\tÉtat",
	"BASS:", "BASS: ", "BASS:x", "PM:Best of my advice", "KARL:Ok so", "PM:best", "P M:Best", ": x", "Ab cd: x", "ÉLISE: oui", "élise: oui", "Łukasz Nowak: tak", "X  Y: z",
	"THE PRESIDENT: ", "Q: And Syria?", "MR KIRBY,: x", "MR KIRBY ,MEMBER: x", "A\xffB: x", "A: \xff",
	"Fugate:", "  Fugate:  ", "Fugate :", "DAVID BENNETT:", "Ann Lee Smith Jones:", "Ann Lee Smith Jones Five:",
	"Émile:", "ann:", "\tQ:\n", "A.B.: ", "Ab:\v", "Ab: \v", "Paul Fulton (Moderator): Thank you.", "JO LEE (VOA): x",
	"Jo Lee (): x", "Jo Lee (a (b)): x", "Jo Lee ((b)): x", "Jo Lee(Host): x", "Jo Lee  (Host): x", "Jo Lee (Host) : x",
	"Jo Lee (" + strings.Repeat("é", 60) + "): x", "Jo Lee (" + strings.Repeat("é", 61) + "): x", "(Host): x", "Jo (a:b): x",
}

// TestLabelMatchers holds labelAt and labelLine to the expressions they
// are written out from.
func TestLabelMatchers(t *testing.T) {
	cases.Each(t, labelCases, checkLabelMatchers)
}

// FuzzLabelMatchers holds labelAt and labelLine to their expressions on
// any text.
func FuzzLabelMatchers(f *testing.F) {
	cases.Fuzz(f, labelCases, checkLabelMatchers)
}

func checkLabelMatchers(t *testing.T, s string) {
	end, at, ok := labelAt(s)
	if m := turnLabelRE.FindStringSubmatchIndex(s); m == nil {
		if ok {
			t.Errorf("labelAt(%q) found %q, the expression nothing", s, s[:end])
		}
	} else {
		_, size := utf8.DecodeLastRuneInString(s[:m[1]])
		labelEnd := m[3]
		if labelEnd < 0 {
			labelEnd = m[5] // a full name, or a label in capitals, whose colon lost its space
		}
		if !ok || end != labelEnd || at != m[1]-size {
			t.Errorf("labelAt(%q) = %d, %d, %v; the expression's label ends at %d and its words start at %d", s, end, at, ok, labelEnd, m[1]-size)
		}
	}
	label, ok := labelLine(s)
	if m := speakerLineRE.FindStringSubmatch(s); m == nil {
		if ok {
			t.Errorf("labelLine(%q) found %q, the expression nothing", s, label)
		}
	} else if !ok || label != m[1] {
		t.Errorf("labelLine(%q) = %q, %v; the expression's label is %q", s, label, ok, m[1])
	}
}

// furnitureRE is the expression isFurnitureLine is written out from.
var furnitureRE = regexp.MustCompile(`(?i)^(?:(?:media caption|image caption|image source),?|related( news| stories| articles)?:?.*|audio by .*|listen to this article.*|latest news|comments?|leave a reply|back to top( button)?|advertisement|share( this)?( article| story)?:?|read more.*|\(with inputs from agencies\)|accessibility links|skip to (main )?content|breaking news|print|email|toggle navigation|menu|search|see all( news)?|embed|connect with us|share on \w+|follow us.*|more from .*|more:.*|more news:.*|see also:.*|also read:.*|read also:.*|listen to the story.*|watch the video.*|click to play video.*|xs|sm|md|lg|xl|close|jump to content|skip directly to .*|skip to .*|donate today.*|donate now.*|categor(y|ies):.*|tags?:.*|filed under:.*|an official website of the united states government.*|here['’]s how you know.*|official websites use \.gov.*|secure \.(gov|mil) websites use https.*|(a )?\.(gov|mil) website belongs to.*|a lock \(.*|you have accessed part of a historical collection.*|find out more about (?:[\t\v\f\r \x{85}\pZ]*[^\t\n\v\f\r \x{85}\pZ]+){0,8}[\t\v\f\r \x{85}\pZ]*|learn more about (?:[\t\v\f\r \x{85}\pZ]*[^\t\n\v\f\r \x{85}\pZ]+){0,9}[\t\v\f\r \x{85}\pZ]*|read (?:[\t\v\f\r \x{85}\pZ]*[^\t\n\v\f\r \x{85}\pZ]+){0,10}[\t\v\f\r \x{85}\pZ]* here\.?)$`)

// furnitureCases are lines and near misses for TestFurnitureLine and the
// seeds of FuzzFurnitureLine.
var furnitureCases = []string{
	"Related", "RELATED STORIES: x", "related\nx", "Audio By Carbonatix", "Audio by Cpl. Savannah Mosby", "Audio", "Audio byline", "Listen to this article", "Listen to this", "Latest News", "comment", "Comments", "Comments:", "Share",
	"Share:", "SHARE THIS ARTICLE:", "Share this story", "share this", "share story:", "Share on Facebook",
	"Share on ", "Share on Face book", "Share on X_1", "share on ſite", "share on \u212aite", "Share on é",
	"ſhare:", "ſhare this:", "Listen to the story(Anna Henderson)", "Connect with us", "connect with usa", "Media caption,", "Image source", "Media captions", "More:Washington Post files motion", "more", "More: x", "Listen to the stor", "liſten to the ſtory", "Watch the video", "Read more about it", "read mor", "Follow us on X", "More from VOA", "More from",
	"Click to play video: 'B.C. declares provincial state of emergency'", "click to play vide",
	"MORE NEWS: Violent gang jailed for ‘vicious attack’", "More news", "See also: the timeline", "Also read:", "Read also: x", "also reads:",
	"xs", "XL", "ſm", "m", "(With inputs from agencies)", "Skip to main content", "skip to  content", "Print ",
	" Print", "Back to top button", "bac\u212a to top", "Email", "e-mail", "See all news", "see all:", "",
	"Close", "Closed", "Skip directly to search", "Donate today to keep Global Voices strong!", "Category: Press Releases", "Categorical:",
	"Tags: x", "An official website of the United States government Here's how you know", "Here’s how you know", "Official websites use .gov",
	"Secure .mil websites use HTTPS", "A .gov website belongs to an official government organization", "A lock ( ) or https://", "a lockout",
	"Find out more about the Open Government Licence [external website]", "Learn more about Lingua Translation  »", "find out more about",
	"Learn more about Lingua »Desmond McGrath of A Fistful of Euros writes about football and politics: “Part of the fun",
	"find out more about\u00a0a b c d e f g h", "learn more about a b c d e f g h i j", "Find out more about x\ny",
	"Read the full press release here.", "Read the Taoiseach's full speech here.", "Read here.", "read  HERE", "read a b c d e f g h i j here",
	"read a b c d e f g h i j k here", "Read the report here and there", "Read the report here..", "read x\u00a0here",
}

// TestFurnitureLine holds isFurnitureLine to its expression.
func TestFurnitureLine(t *testing.T) {
	cases.Each(t, furnitureCases, checkFurnitureLine)
	if !isFurnitureLine("Click to play video: 'B.C. declares provincial state of emergency'") {
		t.Error("a video player's line is not read as page furniture")
	}
}

// FuzzFurnitureLine holds isFurnitureLine to its expression on any text.
func FuzzFurnitureLine(f *testing.F) {
	cases.Fuzz(f, furnitureCases, checkFurnitureLine)
}

var checkFurnitureLine = agrees("isFurnitureLine", isFurnitureLine, furnitureRE)

// guards are the guarded expressions, by name.
var guards = map[string]guarded{
	"labelLine": labelLineRE, "creditLine": creditLineRE, "urlLine": urlLineRE, "byline": bylineRE,
	"publishedBy": publishedByRE, "via": viaRE, "copyDomain": copyDomainRE, "selfOutlet": selfOutletRE,
}

// guardCases match the guarded expressions, and nearly match them.
var guardCases = []string{
	"Title: A", "TITLE :", "(Reporting by Jo Lee; Editing by Al Day)", "Written by Ann", "Source: https://x.org/a",
	"<HTTPS://x.org>", "By Jo Lee | AP", "BY\tJo", "ſource: www.x.com", "This story was originally published by X.",
	"THIS ARTICLE IS written by Y", "According to a report by Z", "according to the news on K", "Source:voanews.com/a",
	"The Guardian is trusted by many", "Subscribe to The Daily, now", "In this episode of The Wire:", "by", "",
}

// TestGuards checks each guarded expression's test on texts it matches.
func TestGuards(t *testing.T) {
	cases.Each(t, guardCases, checkGuards)
	for name, g := range guards {
		if !slices.ContainsFunc(guardCases, g.re().MatchString) {
			t.Errorf("%s: no case matches its expression", name)
		}
	}
}

// FuzzGuards checks that no guard's test rules out a text its expression
// matches.
func FuzzGuards(f *testing.F) {
	cases.Fuzz(f, guardCases, checkGuards)
}

func checkGuards(t *testing.T, s string) {
	for name, g := range guards {
		if g.re().MatchString(s) && !g.may(s) {
			t.Errorf("%s: the test rules out %q, which the expression matches", name, s)
		}
	}
}

// captionWholeRE is the expression isCaption is written out from.
var captionWholeRE = regexp.MustCompile(`(?i)^in this\b[^.]{0,80}?\b(?:photo|image|picture|video|frame grab)\b[^.]{0,80}?,|\((?:photo|picture|image|video)s?(?: credit)? ?(?:by|:)[^)]*\)\s*$|/ ?(?:AFP|AP|Getty Images|Reuters|EPA|AP Photo)\)\s*$|^editors?['’]? note\b|^(?:file|photo|image|caption)\s*[-–—:]|\((?:AP|AFP|Reuters) Photo[^)]*\)\s*$|\b(?:photo|image|credit) (?:by|courtesy of)\b[^.]*$|^(?:credit|photo credit|image credit|courtesy)\s*:|[.)]\s*(?:Image|Photo|Picture|Credit|Source)s?: [^:]{2,80}$`)

// captionCases are captions and near misses for TestCaption and the seeds
// of FuzzCaption.
var captionCases = []string{
	"Rescuers search the rubble. (Photo by Jo Lee)", "A street in Kyiv. (AP Photo/Efrem Lukatsky)", "Smoke rises. /AFP)",
	"Editor's note: this story was updated", "FILE - A view of the dam.", "Photo credit: NASA", "Courtesy: the family",
	"Flooded streets. Photo: Jo Lee/VOA", "Flooded streets. Photo: J", "Flooded streets. Photos: " + strings.Repeat("é", 80),
	"Flooded streets. Photos: " + strings.Repeat("é", 81), "Flooded streets. Source: a: b", "x) credit: ab\n",
	"Image by Ann, courtesy of the museum", "The report, photo by", "No caption here.", "",
	"In this image made from video provided by the Survival Media Agency, Nick Sandmann stands", "In this Feb. 3, 2020, file photo, a man waves",
	"In this case the photo was fake.", "In this town photographs abound", "In this " + strings.Repeat("x", 81) + " photo",
}

// TestCaption holds isCaption to its expression.
func TestCaption(t *testing.T) {
	cases.Each(t, captionCases, checkCaption)
}

// FuzzCaption holds isCaption to its expression on any text.
func FuzzCaption(f *testing.F) {
	cases.Fuzz(f, captionCases, checkCaption)
}

var checkCaption = agrees("isCaption", isCaption, captionWholeRE)

// agrees returns a check that fn says of a text what re says of it.
func agrees(name string, fn func(string) bool, re *regexp.Regexp) func(*testing.T, string) {
	return func(t *testing.T, s string) {
		if have, want := fn(s), re.MatchString(s); have != want {
			t.Errorf("%s(%q) = %v, the expression %v", name, s, have, want)
		}
	}
}

// forCases runs check on each case, and fuzzCases makes the cases the
// seeds of a fuzz target that runs check: a matcher written out from an
// expression is held to it both ways.
// FuzzTurnLabel holds turnLabel to what its callers rely on: a label it
// finds is not empty, and the turn's words start inside the paragraph,
// after the label, with something said (white space as the label
// expressions see it: perlSpace).
func FuzzTurnLabel(f *testing.F) {
	for _, s := range []string{"((Aparna Garg))  There were fifteen.", "((WN)) : Why?", "((WN))", "MR PRICE: Good afternoon.", "Q    Sure.", "((", "(())x", "((A))\u00a0b",
		"::'''MD''' I was amazed", ":'''AN:''' Yeah!", "'''Marymegan Daly''': Frank", "''''''", ":'''", "Dr JEFF AYTON — CHIEF MEDICAL OFFICER, AAD: A mission"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		l, at, ok := turnLabel(p)
		if !ok {
			return
		}
		if l == "" || at <= 0 || at > len(p) || strings.Trim(p[at:], perlSpace) == "" {
			t.Errorf("turnLabel(%q) = %q, %d: want a label and words after it", p, l, at)
		}
	})
}

// FuzzBlankPartyStates holds blankPartyStates, blankQualifications and
// blankHometowns to keeping every offset: each result is as long as the
// text, and differs only by spaces.
func FuzzBlankPartyStates(f *testing.F) {
	for _, s := range []string{"Eliot Engel (D-NY) said", "Rep. Lee (R-Texas) and Sen. Ann Kim (D-N.Y.) said", "a (b) (", " (D-)", "Fire Controlman 3rd Class (AW/SW) Christian Blanco", "Mate (EXW) J", " (/) A", "said Summit, N.J. native Lt. Col. Mark Hale", "Fayetteville, N.C., native Sgt. Ann", "x, New York native Y", ", native A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, blank := range map[string]func(string) string{"blankPartyStates": blankPartyStates, "blankQualifications": blankQualifications, "blankHometowns": blankHometowns} {
			b := blank(s)
			if len(b) != len(s) {
				t.Fatalf("%s(%q) = %q: length changed", name, s, b)
			}
			for i := range len(s) {
				if b[i] != s[i] && b[i] != ' ' {
					t.Fatalf("%s(%q) = %q: byte %d changed to other than a space", name, s, b, i)
				}
			}
		}
	})
}

// FuzzMissingOpener holds missingOpener to a span inside the paragraph
// that opens where the words do and closes at a closing mark.
func FuzzMissingOpener(f *testing.F) {
	for _, s := range []string{"From restoring estuaries to reducing flooding,” said Ann Lee.", "a b c d” said", "x” y", "“a b c d” said X", "   one two three four » says Bo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		sp, ok := missingOpener(p)
		if !ok {
			return
		}
		if sp.open != sp.start || sp.start > sp.end || sp.close > len(p) || sp.end >= sp.close {
			t.Fatalf("missingOpener(%q) = %+v", p, sp)
		}
		if r := lastRune(p[:sp.close]); !isCloseMark(r) {
			t.Errorf("missingOpener(%q) = %+v", p, sp)
		}
	})
}

// FuzzOwnLineLabel reads any line as a label on a line of its own: it
// never panics, and a label it finds ends the line with a colon or sets
// what the speaker is after a dash, and names someone in one to four
// capitalised words, five when the first is an honorific.
func FuzzOwnLineLabel(f *testing.F) {
	for _, s := range []string{"Unidentified Rescue Worker:", "ANITA POWELL, VOA White House Correspondent:", "Selim, Earthquake Survivor:",
		"Show Open:", "the end:", ":", ", x:", "A, :", "É, é:", "A B C D E:", "A\xff:",
		"Expedition leader, Dr Nick Gales:", "Adrian Young — Project Manager", " — ", "Dr A B C D:", "x, Dr:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, _, ok := ownLineLabel(s)
		if !ok {
			return
		}
		words := strings.Fields(name)
		limit := 4
		if len(words) > 0 && honorifics.Has(words[0]) {
			limit = 5
		}
		if !strings.HasSuffix(strings.TrimSpace(s), ":") && !strings.Contains(s, " — ") || name == "" || len(words) > limit || !unicode.IsUpper(firstRune(name)) {
			t.Fatalf("ownLineLabel(%q) = %q", s, name)
		}
	})
}

// fieldsCases are texts for the word scanners that stand in for
// strings.Fields: spaces of every kind, broken UTF-8, none at all.
var fieldsCases = []string{"", " ", "a", "  the  term of\t", "said the “x", "a\u00a0b\u2003c", "\xe2\xc2\xa0x", "\xf0\xe2\x80\x83y z",
	"x \u0085 y", "word\u3000", "Ann Lee, who"}

// TestFieldScanners holds firstWords, lastFields and countFields to
// strings.Fields.
func TestFieldScanners(t *testing.T) {
	cases.Each(t, fieldsCases, checkFieldScanners)
}

// FuzzFieldScanners holds them to it on any text.
func FuzzFieldScanners(f *testing.F) {
	cases.Fuzz(f, fieldsCases, checkFieldScanners)
}

func checkFieldScanners(t *testing.T, s string) {
	all := strings.Fields(s)
	if n := countFields(s); n != len(all) {
		t.Errorf("countFields(%q) = %d, want %d", s, n, len(all))
	}
	for n := range 5 {
		if got, want := firstWords(s, n), all[:min(n, len(all))]; !slices.Equal(got, want) {
			t.Errorf("firstWords(%q, %d) = %q, want %q", s, n, got, want)
		}
		if got, want := lastFields(s, n), all[max(0, len(all)-n):]; !slices.Equal(got, want) {
			t.Errorf("lastFields(%q, %d) = %q, want %q", s, n, got, want)
		}
	}
}
