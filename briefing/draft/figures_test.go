package draft

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// figCountString prints a Count with the text it covers.
func figCountString(text string, c Count) string {
	span := "?"
	if c.Start >= 0 && c.End <= len(text) && c.Start <= c.End {
		span = text[c.Start:c.End]
	}
	return fmt.Sprintf("{%g %q %s %q %q @%q}", c.Value, c.Qualifier, c.Kind, c.Noun, c.Unit, span)
}

func figCountsString(text string, cs []Count) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, figCountString(text, c))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// figWant is an expected figure: Noun and Unit are checked only when set.
type figWant struct {
	value     float64
	qualifier string
	kind      string
	noun      string
	unit      string
}

func (w figWant) String() string {
	return fmt.Sprintf("{%g %q %s %q %q}", w.value, w.qualifier, w.kind, w.noun, w.unit)
}

func figMatchesWant(c Count, w figWant) bool {
	return c.Value == w.value && c.Qualifier == w.qualifier && c.Kind == w.kind &&
		(w.noun == "" || c.Noun == w.noun) && (w.unit == "" || c.Unit == w.unit)
}

// figCase is a text and the figures it should give; runFigCases runs each
// as a subtest.
type figCase struct {
	name string
	text string
	want []figWant
}

func runFigCases(t *testing.T, cases []figCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) { figCheck(t, tt.text, tt.want) })
	}
}

func figCheck(t *testing.T, text string, wants []figWant) {
	t.Helper()
	have := findCounts(text)
	ok := len(have) == len(wants)
	for i := 0; ok && i < len(have); i++ {
		ok = figMatchesWant(have[i], wants[i])
	}
	for _, c := range have {
		if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
			ok = false
		}
	}
	if !ok {
		t.Errorf("findCounts(%q)\nhave %s\nwant %v", text, figCountsString(text, have), wants)
	}
}

func TestFindCountsPeopleAndEvents(t *testing.T) {
	runFigCases(t, []figCase{
		{"passive killed", "Officials said 137 people were killed in the storm.",
			[]figWant{{137, "", "killed", "people", ""}}},
		{"people by their service or trade", "The agency will hire 400 extra public servants, and 5,700 guardmembers and 12 coaches were sent.",
			[]figWant{{400, "", "people", "public servants", ""}, {5700, "", "people", "guardmembers", ""}, {12, "", "people", "coaches", ""}}},
		{"people named by a noun joined with a hyphen, as its last part names them", "About 2,500 citizen-soldiers were called up, and 16 co-authors signed the paper.",
			[]figWant{{2500, "about", "people", "citizen-soldiers", ""}, {16, "", "people", "co-authors", ""}}},
		{"a number in groups of thousands with its unit run into it, after a capitalised word", "Located 1,400km east of Tripoli, Benghazi rose up.",
			[]figWant{{1400, "", "distance", "", "km"}}},
		{"a number in groups of thousands after a capitalised word is an amount, not a label", "Over the last year here in Australia 170,000 new jobs have been created, and the Apollo 11 crew flew.",
			[]figWant{{170000, "", "other", "new jobs", ""}}},
		{"a count shared out, each part with where it goes; not a range", "Thirty-seven of the graduates went to Auckland, with eight going to Wellington and three to the South Island. Nine people are missing and an estimated 400 to 450 houses were destroyed.",
			[]figWant{{37, "", "people", "graduates", ""}, {8, "", "people", "graduates", ""}, {3, "", "people", "graduates", ""}, {9, "", "missing", "people", ""}, {400, "an estimated", "other", "houses", ""}, {450, "", "other", "houses", ""}}},
		{"the people of a place, its size after 'of'", "Most deaths were in Padang, a coastal city of 900,000.",
			[]figWant{{900000, "", "people", "population", ""}}},
		{"a bare count before what only people do", "A total of 5,000 participated in the march. Some 300 attended the vigil.",
			[]figWant{{5000, "", "people", "", ""}, {300, "some", "people", "", ""}}},
		{"what happened to a list of people, told after the list", "Up to 30 men, women and children were killed and some 100 are still missing. At least 12 innocent men, women, and children were injured.",
			[]figWant{{30, "up to", "killed", "men", ""}, {100, "some", "missing", "", ""}, {12, "at least", "injured", "innocent men", ""}}},
		{"a clause's first word before its count is no name's, and 'only' before a bare count and a verb", "While 54 nations have signed the deal, only 27 have ratified it.",
			[]figWant{{54, "", "other", "nations", ""}, {27, "", "other", "nations", ""}}},
		{"a nation's people named in two words", "At least 32,000 South Sudanese have fled, and 300 North Koreans were arrested.",
			[]figWant{{32000, "at least", "displaced", "South Sudanese", ""}, {300, "", "arrested", "north koreans", ""}}},
		{"a part of a whole whose noun comes after a possessive and another count", "Six of the country's eight federal district capitals sent teams.",
			[]figWant{{6, "", "other", "capitals", ""}, {8, "", "other", "federal district capitals", ""}}},
		{"people trapped are missing", "As many as 12 visiting students were thought to be trapped under the rubble.",
			[]figWant{{12, "as many as", "missing", "visiting students", ""}}},
		{"a verb after people is no part of the noun; an agent is", "The country of roughly 10 million people serves as a conduit. Police arrested two people smugglers.",
			[]figWant{{1e7, "roughly", "people", "people", ""}, {2, "", "arrested", "people smugglers", ""}}},
		{"a participle between \"of the\" and the noun a part is of", "The funds will feed 10,000 of the worst-affected people. Five of the involved ligatures failed.",
			[]figWant{{10000, "", "people", "people", ""}, {5, "", "other", "ligatures", ""}}},
		{"a role the reader knows is people, a chair a thing", "The office was allocated three additional federal prosecutors, 15 new commissioners and 26 treatment chairs.",
			[]figWant{{3, "", "people", "federal prosecutors", ""}, {15, "", "people", "new commissioners", ""}, {26, "", "other", "treatment chairs", ""}}},
		{"two counts share one verb", "Four students and two teachers were wounded.",
			[]figWant{{4, "", "injured", "students", ""}, {2, "", "injured", "teachers", ""}}},
		{"an age between the number and the noun", "The attack was against two 17-year-old males in Hyde.",
			[]figWant{{2, "", "people", "males", ""}}},
		{"a headline in title case: its capitals name nothing", "Kenyan Police Officer Fatally Shoots Six Colleagues",
			[]figWant{{6, "", "people", "colleagues", ""}}},
		{"a headline in title case with a count after a verb", "Astronomers Discover 5 New Planets",
			[]figWant{{5, "", "other", "new planets", ""}}},
		{"in a headline in title case a number before a singular noun is still no count", "Kenyan President William Ruto Visited Apollo 11 Site",
			nil},
		{"verb before with qualifier", "The blast killed at least 60 and wrecked the market.",
			[]figWant{{60, "at least", "killed", "", ""}}},
		{"death toll rose to", "By Friday the death toll rose to 133.",
			[]figWant{{133, "", "killed", "", ""}}},
		{"the number of people killed in a long phrase of cause", "Authorities say the number of people killed in a series of tornadoes and thunderstorms across the southern United States has risen to at least 292.",
			[]figWant{{292, "at least", "killed", "", ""}}},
		{"a toll estimated as high as a number, and a toll whose comma lost its space", "Some sources have estimated the death toll as high as 400. The Government puts the death toll at over 3200,the number of injured at almost 6000.",
			[]figWant{{400, "as high as", "killed", "", ""}, {3200, "over", "killed", "", ""}, {6000, "almost", "injured", "", ""}}},
		{"a phrase of place or cause after the toll", "The combined death toll in the earthquake topped 360, officials said. Deaths from the storm rose to 20.",
			[]figWant{{360, "", "killed", "", ""}, {20, "", "killed", "", ""}}},
		{"a longer phrase after the toll, and an adverb of place", "The death toll from a massive earthquake in Ecuador has risen to 350. The death toll there had topped 4,300.",
			[]figWant{{350, "", "killed", "", ""}, {4300, "", "killed", "", ""}}},
		{"a part of a possessed group", "Canada and France each say two of their citizens were killed.",
			[]figWant{{2, "", "killed", "citizens", ""}}},
		{"a running total takes the kind of the count that raised it", "14,000 bodies were recovered Monday, bringing the total for Indonesia to 94,000. Police arrested 12 people on Monday, bringing the total to 40.",
			[]figWant{{14000, "", "killed", "bodies", ""}, {94000, "", "killed", "", ""}, {12, "", "arrested", "people", ""}, {40, "", "arrested", "", ""}}},
		{"where the people were, between them and what happened to them", "All 189 on the aircraft died. Two passengers aboard the bus were injured. About 300 people on the streets chanted slogans.",
			[]figWant{{189, "", "killed", "", ""}, {2, "", "injured", "passengers", ""}, {300, "about", "people", "people", ""}}},
		{"a part of the people a participle names", "Two of those killed in the storm drove around barricades. Three of the injured were taken to hospital. Four of those involved were teachers.",
			[]figWant{{2, "", "killed", "killed", ""}, {3, "", "injured", "injured", ""}}},
		{"a quarter of a million; a space typed after a thousands comma; people of a nation", "Almost a quarter of a million people have been driven from their homes. The war killed more than 50, 000 people. That included 580,000 Sudanese.",
			[]figWant{{250000, "almost", "people", "people", ""}, {50000, "more than", "killed", "people", ""}, {580000, "", "people", "Sudanese", ""}}},
		{"a scale glued to money; people of a nation whose plural ends in -is", "A £9million investment was made. 17 million Yemenis remain exposed to hunger.",
			[]figWant{{9e6, "", "money", "pounds", "GBP"}, {1.7e7, "", "people", "Yemenis", ""}}},
		{"to flee", "Fighting could force more than 800,000 people to flee the country.",
			[]figWant{{800000, "more than", "displaced", "people", ""}}},
		{"the number of dead", "The number of dead stands at 45.",
			[]figWant{{45, "", "killed", "", ""}}},
		{"one and a half million", "Officials say more than one and a half million people have been cut off by the flooding.",
			[]figWant{{1.5e6, "more than", "people", "people", ""}}},
		{"left dead", "The collapse left 15 dead in the town.",
			[]figWant{{15, "", "killed", "dead", ""}}},
		{"injuring others", "A bus overturned, killing two passengers and injuring 145 others.",
			[]figWant{{2, "", "killed", "passengers", ""}, {145, "", "injured", "others", ""}}},
		{"evacuated", "Police said 2,000 people were evacuated overnight.",
			[]figWant{{2000, "", "displaced", "people", ""}}},
		{"remain missing", "About 100 people remain missing after the flood.",
			[]figWant{{100, "about", "missing", "people", ""}}},
		{"arrested", "Police arrested 12 protesters near the square.",
			[]figWant{{12, "", "arrested", "protesters", ""}}},
		{"rescued after relative clause", "Four fishermen, who had clung to the hull, were rescued by a trawler.",
			[]figWant{{4, "", "rescued", "fishermen", ""}}},
		{"deaths noun", "The outbreak has caused more than 300 deaths this year.",
			[]figWant{{300, "more than", "killed", "deaths", ""}}},
		{"cases noun", "Health workers confirmed 2,310 new cases on Monday.",
			[]figWant{{2310, "", "cases", "new cases", ""}}},
		{"doses", "The clinic has given 45,000 doses so far.",
			[]figWant{{45000, "", "vaccinated", "doses", ""}}},
		{"vaccinated verb", "Nurses have vaccinated 8,000 children in the district.",
			[]figWant{{8000, "", "vaccinated", "children", ""}}},
		{"hospital admissions", "There were 412 hospital admissions last week.",
			[]figWant{{412, "", "hospitalised", "hospital admissions", ""}}},
		{"hospitalised verb", "Nine workers were hospitalised after the leak.",
			[]figWant{{9, "", "hospitalised", "workers", ""}}},
		{"people count", "Some 5,000 residents attended the rally.",
			[]figWant{{5000, "some", "people", "residents", ""}}},
		{"troops", "The ministry is sending 1,200 troops to the border.",
			[]figWant{{1200, "", "people", "troops", ""}}},
		{"other things", "The storm destroyed nearly 400 homes and 12 schools.",
			[]figWant{{400, "nearly", "other", "homes", ""}, {12, "", "other", "schools", ""}}},
		{"list keeps the event", "The quake killed 31 people, including nine children.",
			[]figWant{{31, "", "killed", "people", ""}, {9, "", "killed", "children", ""}}},
		{"coordinated subject", "Three men and a woman were wounded in the shooting.",
			[]figWant{{3, "", "injured", "men", ""}}},
		{"spelled and dozen", "More than a dozen villages and twenty-five farms were flooded.",
			[]figWant{{12, "more than", "other", "villages", ""}, {25, "", "other", "farms", ""}}},
		{"half a dozen", "Half a dozen workers said their rent had been raised.",
			[]figWant{{6, "", "people", "workers", ""}}},
		{"one with an event", "One person was killed when the wall fell.",
			[]figWant{{1, "", "killed", "person", ""}}},
		{"one as a determiner is not a figure", "One official said the road would reopen.",
			nil},
		{"bare number after a count", "They expected 800 volunteers, but only 350 came.",
			[]figWant{{800, "", "people", "volunteers", ""}}},
		{"partitive", "Nearly 40 of the 120 passengers were treated for smoke.",
			[]figWant{{40, "nearly", "people", "passengers", ""}, {120, "", "people", "passengers", ""}}},
		{"there were", "Organisers had hoped for 10,000 marchers; there were 6,000.",
			[]figWant{{10000, "", "people", "marchers", ""}, {6000, "", "people", "marchers", ""}}},
		{"number in quotes", `"We counted 48 bodies," the mayor said.`,
			[]figWant{{48, "", "killed", "bodies", ""}}},
		{"strong crowd", "A 3,000-strong crowd gathered outside.",
			[]figWant{{3000, "", "people", "crowd", ""}}},
		{"sentenced", "Two former guards were sentenced on Tuesday.",
			[]figWant{{2, "", "arrested", "former guards", ""}}},
		{"found guilty", "Three councillors were found guilty of fraud.",
			[]figWant{{3, "", "arrested", "councillors", ""}}},
		{"named in a reduced relative", "Two suspects identified as J.K. and L.M. were detained.",
			[]figWant{{2, "", "arrested", "suspects", ""}}},
		{"survived", "Of the 45 people on board, 38 survived.",
			[]figWant{{45, "", "people", "people", ""}, {38, "", "rescued", "people", ""}}},
		{"pulled alive", "Divers pulled 11 miners alive from the shaft.",
			[]figWant{{11, "", "rescued", "miners", ""}}},
		{"count set off by commas", "In the valley, over 600 villagers, most of them farmers, have died.",
			[]figWant{{600, "over", "killed", "villagers", ""}}},
		{"parenthetical said", "Four climbers, police said, were rescued on Sunday.",
			[]figWant{{4, "", "rescued", "climbers", ""}}},
		{"parenthetical including", "Nine people, including two nurses, were hurt.",
			[]figWant{{9, "", "injured", "people", ""}, {2, "", "injured", "nurses", ""}}},
		{"apposition list keeps the event", "Rescuers recovered 14 bodies, eight men and six women.",
			[]figWant{{14, "", "killed", "bodies", ""}, {8, "", "killed", "men", ""}, {6, "", "killed", "women", ""}}},
		{"others after things", "The blaze destroyed 20 homes and damaged 35 others.",
			[]figWant{{20, "", "other", "homes", ""}, {35, "", "other", "others", ""}}},
		{"more after a count", "The airline cancelled 300 flights on Monday and 200 more on Tuesday.",
			[]figWant{{300, "", "other", "flights", ""}, {200, "", "other", "flights", ""}}},
		{"copula with a noun", "Of those, 18 were women and 12 were men.",
			[]figWant{{18, "", "people", "women", ""}, {12, "", "people", "men", ""}}},
		{"as were", "Forty soldiers were wounded, as were nine civilians and 3 medics.",
			[]figWant{{40, "", "injured", "soldiers", ""}, {9, "", "injured", "civilians", ""}, {3, "", "injured", "medics", ""}}},
		{"toll from and to", "The search raised the confirmed death toll from fourteen to 31.",
			[]figWant{{14, "", "killed", "", ""}, {31, "", "killed", "", ""}}},
		{"toll total", "A total of 39 are confirmed dead.",
			[]figWant{{39, "", "killed", "", ""}}},
		{"deaths are", "The confirmed deaths are twelve civilians and two police officers.",
			[]figWant{{12, "", "killed", "civilians", ""}, {2, "", "killed", "police officers", ""}}},
		{"left without power", "The storm left 2 million without power.",
			[]figWant{{2e6, "", "people", "", ""}}},
		{"demonyms are people", "Some 3 million Syrians have fled to Turkey.",
			[]figWant{{3e6, "some", "displaced", "syrians", ""}}},
		{"people who", "Of the 2.8 million who voted, most said yes.",
			[]figWant{{2.8e6, "", "people", "", ""}}},
		{"collective antecedent", "Police estimated the crowd at 50,000.",
			[]figWant{{50000, "", "people", "crowd", ""}}},
		{"or more", "Most adults have two or more chronic conditions.",
			[]figWant{{2, "or more", "other", "chronic conditions", ""}}},
		{"vote tally", "The committee backed the bill in a 20-1 vote.",
			[]figWant{{20, "", "other", "vote", ""}, {1, "", "other", "vote", ""}}},
		{"vote of to", "The measure was approved by a vote of 310 to 118.",
			[]figWant{{310, "", "other", "votes", ""}, {118, "", "other", "votes", ""}}},
		{"voted to", "The legislature voted 66 to 27 to legalize same-sex marriage.",
			[]figWant{{66, "", "other", "votes", ""}, {27, "", "other", "votes", ""}}},
		{"a tally joined by -to-", "The vote passed along party lines, 230-to-198.",
			[]figWant{{230, "", "other", "votes", ""}, {198, "", "other", "votes", ""}}},
		{"-to- without a vote", "The ratio rose to 3-to-1 over the year.",
			nil},
		{"a plural in capitals is counted, an address is not", "Participants came from 25 Member States, and the police lived at 36 Quai des Orfèvres.",
			[]figWant{{25, "", "other", "member states", ""}}},
		{"a range of percentages in one token", "Only 10–15% of people within the fandom own a fursuit.",
			[]figWant{{10, "", "percent", "people", "%"}, {15, "", "percent", "people", "%"}}},
		{"a share after a name is no label", "The commission gave President Emmerson Mnangagwa 50.8 percent of the vote and Apollo 11 flew.",
			[]figWant{{50.8, "", "percent", "vote", "%"}}},
		{"another counts what the count before it counted", "Relief officials say 30,000 people have lost their homes and another 50,000 have lost their crops.",
			[]figWant{{30000, "", "people", "people", ""}, {50000, "", "people", "people", ""}}},
		{"coordinated numbers share a noun", "Stores cut the limit to two and one package per customer.",
			[]figWant{{2, "", "other", "package", ""}, {1, "", "other", "package", ""}}},
		{"adjectives before coordination", "It sold roughly 2000 Thai and 74 Malaysian stores.",
			[]figWant{{2000, "roughly", "other", "stores", ""}, {74, "", "other", "malaysian stores", ""}}},
		{"a toll approaching a number", "The death toll is approaching 40-thousand.",
			[]figWant{{40000, "approaching", "killed", "", ""}}},
		{"taken or sent to the hospital is hospitalised too; rescues are the rescued, and a depth of rain is no distance", "The crash sent one man to the hospital. Eight of those rescues were in the region. The valley got 300 millimetres of rain.",
			[]figWant{{1, "", "hospitalised", "man", ""}, {8, "", "rescued", "rescues", ""}, {300, "", "other", "rain", "mm"}}},
		{"taken or sent to hospital, as British and Commonwealth copy says it, is hospitalised; hospital staff are not", "The crash sent one person to hospital. Two people were taken to hospital. Four hospital workers helped.",
			[]figWant{{1, "", "hospitalised", "person", ""}, {2, "", "hospitalised", "people", ""}, {4, "", "people", "hospital workers", ""}}},
		{"a toll that rose on a day or overnight, and a toll for a place", "The death toll climbed Wednesday to almost 15,000. The toll rose overnight to 3,381. The confirmed death toll for Mianyang city alone rose to 5,430.",
			[]figWant{{15000, "almost", "killed", "", ""}, {3381, "", "killed", "", ""}, {5430, "", "killed", "", ""}}},
		{"the evacuated, those in evacuation shelters, and the buried, after a phrase of whose or where they are", "About 100 residents of an HDB block in Bukit Panjang were evacuated. Floods left more than 23,000 people in evacuation shelters. Downpours forced the evacuation of 500,000 people. Some 19,000 people are buried under rubble. Ten members of the council voted against.",
			[]figWant{{100, "about", "displaced", "residents", ""}, {23000, "more than", "displaced", "people", ""}, {500000, "", "displaced", "people", ""}, {19000, "some", "missing", "people", ""}, {10, "", "people", "members", ""}}},
		{"a toll past a date in brackets, and a toll that ranged between two numbers", "The death toll from a series of earthquakes rose sharply again on Sunday (Oct 8) to more than 2,000. Officials said the death toll ranged between 20,000 and 30,000.",
			[]figWant{{2000, "more than", "killed", "", ""}, {20000, "", "killed", "", ""}, {30000, "", "killed", "", ""}}},
		{"gardaí, injuries suffered, a time between the count and its verb, a magnitude after its number, kmph", "Three gardaí were injured. One firefighter suffered minor injuries. One man was on Wednesday evening shot dead. It was a 7.1 magnitude quake. Winds reached 120 kmph.",
			[]figWant{{3, "", "injured", "gardaí", ""}, {1, "", "injured", "firefighter", ""}, {1, "", "killed", "man", ""}, {7.1, "", "other", "magnitude", ""}, {120, "", "other", "winds", "kmph"}}},
		{"speakers of a language are people", "The target is 1 million Welsh speakers by 2050. Some 300 speakers attended. About 500 people were living in the village.",
			[]figWant{{1000000, "", "people", "welsh speakers", ""}, {300, "some", "people", "speakers", ""}, {500, "about", "people", "people", ""}}},
		{"numbers grouped as India groups them, in lakhs and crores", "At least 1,40,000 people have been displaced. The fund holds 12,34,567 rupees. Scores were 1,40 and 2,50.",
			[]figWant{{140000, "at least", "displaced", "people", ""}, {1234567, "", "money", "rupees", "rupees"}}},
		{"a toll whose phrase of cause runs long, past another number", "The death toll from the earthquake that hit China's south-western province of Yunnan rose to nearly 600 people on Wednesday. The death toll from a 7.1-magnitude earthquake that struck the central Philippines rose to 172 Friday.",
			[]figWant{{600, "nearly", "killed", "people", ""}, {7.1, "", "other", "magnitude", ""}, {172, "", "killed", "", ""}}},
		{"a count of one to another", "He predicts a win with an electoral count of 362 to 176.",
			[]figWant{{362, "", "other", "votes", ""}, {176, "", "other", "votes", ""}}},
		{"Canadian dollars written CDN$", "The event raised nearly CDN$11,000 for Pet Patrol.",
			[]figWant{{11000, "nearly", "money", "dollars", "CAD"}}},
		{"thousands as social media count them", "The video drew 414K views and 2.6K comments.",
			[]figWant{{414000, "", "other", "views", ""}, {2600, "", "other", "comments", ""}}},
		{"people who died, and people crushed to death", "Over one hundred people who died in the crash were passengers. Seven people were crushed to death in their homes.",
			[]figWant{{100, "over", "killed", "people", ""}, {7, "", "killed", "people", ""}}},
		{"hundreds with a hyphen, as Voice of America writes them, in a camp; the state of the people counted", "Some 12-hundred people are staying in the tented camp. It has registered about 4,200 internally displaced people. Another 228 people listed as missing may not be found alive. Thirty wounded civilians were evacuated.",
			[]figWant{{1200, "some", "displaced", "people", ""}, {4200, "about", "displaced", "internally displaced people", ""}, {228, "", "missing", "people", ""}, {30, "", "injured", "wounded civilians", ""}}},
		{"participles among a counted noun's modifiers, after a modifier only", "It funds 21,000 additional planned care treatments and six big cellophane-wrapped cardboard boxes. One firefighter suffered minor injuries.",
			[]figWant{{21000, "", "other", "planned care treatments", ""}, {6, "", "other", "big cellophane-wrapped cardboard boxes", ""}, {1, "", "injured", "firefighter", ""}}},
		{"a body of people a number after \"of\" counts, but not the Group of 20", "They played before a sellout crowd of 6,000, including children. Le's family of 11 arrived in 1975. The Group of 20 met.",
			[]figWant{{6000, "", "people", "crowd", ""}, {11, "", "people", "family", ""}}},
		{"a count compared with just another, earlier", "Last year, 2.3 million people visited Iceland, compared with just 600,000 eight years ago.",
			[]figWant{{2.3e6, "", "people", "people", ""}, {600000, "", "people", "people", ""}}},
		{"a change from one count in a year to another", "The number of diabetic adults rose from 108 million in 1980 to 422 million in 2014.",
			[]figWant{{108e6, "", "people", "diabetic adults", ""}, {422e6, "", "people", "diabetic adults", ""}}},
	})
}

func TestFindCountsUnits(t *testing.T) {
	runFigCases(t, []figCase{
		{"millions of dollars", "The council approved $1.2 billion for repairs.",
			[]figWant{{1.2e9, "", "money", "dollars", "USD"}}},
		{"a sum said without its currency, among sums of its size said with one", "We thought we would only get to 60 billion. We actually got to 67 billion, from a $48 billion industry. Some 2.7 million have fled.",
			[]figWant{{6e10, "", "money", "", "USD"}, {6.7e10, "", "money", "", "USD"}, {4.8e10, "", "money", "dollars", "USD"}, {2.7e6, "some", "displaced", "", ""}}},
		{"a capital M after a number is millions, as headlines write them, not metres", "Crews will treat 1.2M acres; a 400m fire line.",
			[]figWant{{1.2e6, "", "area", "acres", ""}, {400, "", "distance", "", "m"}}},
		{"a sum in a main unit and its hundredths is one sum", "Oil broke the record of one hundred three dollars and seventy-six cents a barrel. It costs 5 dollars and the tip was 76 cents.",
			[]figWant{{103.76, "", "money", "dollars", "USD"}, {5, "", "money", "dollars", "USD"}, {0.76, "", "money", "dollars", "USD"}}},
		{"counted among the dead or those injured", "The military said one soldier was among those killed. Three children were among the injured; two teams were among the finalists.",
			[]figWant{{1, "", "killed", "soldier", ""}, {3, "", "injured", "children", ""}, {2, "", "other", "teams", ""}}},
		{"a percentage point said with a is one point", "That is a full percentage point above the national rate, and two percentage points above 2012. It was a point of pride.",
			[]figWant{{1, "", "percent", "", "%"}, {2, "", "percent", "", "%"}}},
		{"a death toll that crossed a number", "The official death toll has now crossed 3000.",
			[]figWant{{3000, "", "killed", "", ""}}},
		{"a volume in cubic units, not a weight", "Between 300,000 and 500,000 cubic meters of lava are erupted each day; crews removed 2.3 million cubic yards of debris.",
			[]figWant{{300000, "", "other", "", "cubic meters"}, {500000, "", "other", "", "cubic meters"}, {2.3e6, "", "other", "", "cubic yards"}}},
		{"a bare number that remains of what was counted before it counts it too", "A few years ago 13 vessels were buried in the sand. Only six remain, as residents dismantle them.",
			[]figWant{{13, "", "other", "vessels", ""}, {6, "", "other", "vessels", ""}}},
		{"a sum a verb of costing takes, its currency sign lost; a count after it still counts", "After 12 months of planning and costing more than 200,000, the building took three months. The repairs cost 5,000. The project cost 40 jobs.",
			[]figWant{{200000, "more than", "money", "", ""}, {5000, "", "money", "", ""}, {40, "", "other", "jobs", ""}}},
		{"currencies by the names printed after an amount", "The flood cost him 80,000 riel. Bail was set at 100,000 lari, and Seoul will spend 5 trillion won.",
			[]figWant{{80000, "", "money", "riel", "riel"}, {100000, "", "money", "lari", "lari"}, {5e12, "", "money", "won", "won"}}},
		{"a body's initials that spell a small word, before the counted noun", "It said 274 IS fighters were killed. Some 40 US soldiers were wounded.",
			[]figWant{{274, "", "killed", "is fighters", ""}, {40, "some", "injured", "us soldiers", ""}}},
		{"an earthquake's magnitude, before the noun or as an adjective", "A magnitude 6.1 earthquake hit the coast; officials had first said a 6.3-magnitude quake.",
			[]figWant{{6.1, "", "other", "magnitude", ""}, {6.3, "", "other", "magnitude", ""}}},
		{"a temperature, with its scale or none", "Temperatures reached 45 degrees in the shade, and 30°C in Delhi; temperatures of 104 degrees Fahrenheit.",
			[]figWant{{45, "", "other", "temperatures", "degrees"}, {30, "", "other", "°C", "°C"}, {104, "", "other", "temperatures", "°F"}}},
		{"a speed and what moves at it", "The storm brought 175 mph winds and gusts of up to 200km/h.",
			[]figWant{{175, "", "other", "winds", "mph"}, {200, "up to", "other", "gusts", "km/h"}}},
		{"a speed in words", "Gusts hit 90 kilometres per hour; the car was doing 60 miles an hour.",
			[]figWant{{90, "", "other", "gusts", "km/h"}, {60, "", "other", "mph", "mph"}}},
		{"the count a change starts from is the same count", "HMRC investigations led to 690 successful convictions, up from 477 in 2012. The party won 68 seats, down from 90.",
			[]figWant{{690, "", "other", "successful convictions", ""}, {477, "", "other", "successful convictions", ""}, {68, "", "other", "seats", ""}, {90, "", "other", "seats", ""}}},
		{"a count that opens a sentence before \"are\", and the remaining ones", "Of the 453 cases, the remaining 58 were linked later. There were 150 patients. One hundred twenty are being treated.",
			[]figWant{{453, "", "cases", "cases", ""}, {58, "", "cases", "cases", ""}, {150, "", "people", "patients", ""}, {120, "", "people", "patients", ""}}},
		{"a count out of a count that is no ratio's base", "They made 23 out of 68 shots. He pleaded guilty to 29 out of 30 charges.",
			[]figWant{{23, "", "other", "shots", ""}, {68, "", "other", "shots", ""}, {29, "", "other", "charges", ""}, {30, "", "other", "charges", ""}}},
		{"a number a verb of having or losing takes counts what the count before it counted", "The Conservatives gained 66 seats, while Labour lost 42. Pelosi won with 220 votes. McCarthy received 192. Russia is next with 225 and Canada has 220.",
			[]figWant{{66, "", "other", "seats", ""}, {42, "", "other", "seats", ""}, {220, "", "other", "votes", ""}, {192, "", "other", "votes", ""}, {225, "", "other", "votes", ""}, {220, "", "other", "votes", ""}}},
		{"a change from a peak to a count", "Incidents have dropped from a peak of 40 in 2015 to 12 in 2016.",
			[]figWant{{40, "", "other", "incidents", ""}, {12, "", "other", "incidents", ""}}},
		{"per cent as British papers and wires glue it", "Hamdeen took 3pc and inflation rose 2.5pct.",
			[]figWant{{3, "", "percent", "", "%"}, {2.5, "", "percent", "inflation", "%"}}},
		{"percent glued to its number by a page that lost the space", "Rates fell 1.5 percent, compared to a 0.8percent decline.",
			[]figWant{{1.5, "", "percent", "rates", "%"}, {0.8, "", "percent", "decline", "%"}}},
		{"a number spelled with hyphens whose fraction a scale follows, as a radio script writes it", "UNICEF is preparing to provide one-point-five-million children with food, and two-point-five-million dollars.",
			[]figWant{{1.5e6, "", "people", "children", ""}, {2.5e6, "", "money", "dollars", "USD"}}},
		{"numbers spelled with hyphens, as Learning English writes them", "The economy created two-hundred-forty-eight-thousand jobs, and unemployment fell to five-point-six percent.",
			[]figWant{{248000, "", "other", "jobs", ""}, {5.6, "", "percent", "unemployment", "%"}}},
		{"numbers spelled in words, as Special English reads them: a fraction's digits after 'point', a thousand millions; not 'at one point'", "It reported three point seven billion dollars in sales, and China had a surplus of one hundred sixty-two thousand million dollars. At one point six police officers came.",
			[]figWant{{3.7e9, "", "money", "dollars", "USD"}, {1.62e11, "", "money", "dollars", "USD"}, {6, "", "people", "police officers", ""}}},
		{"a number, its scale and its currency joined by hyphens; a currency's sign in its plural", "Congress passed a 95-billion-dollar aid bill, and MPs voted themselves a Kshs 1.5 million allowance.",
			[]figWant{{9.5e10, "", "money", "dollar", "USD"}, {1.5e6, "", "money", "shillings", "KES"}}},
		{"a hyphenated number before a scale word", "About two-point-six million jobs were lost.",
			[]figWant{{2.6e6, "about", "other", "jobs", ""}}},
		{"what a percentage measures, from the verb that moved it", "Inflation hit 9.1% in June, while wages rose 5.1% and unemployment fell to 3.9 percent.",
			[]figWant{{9.1, "", "percent", "inflation", "%"}, {5.1, "", "percent", "wages", "%"}, {3.9, "", "percent", "unemployment", "%"}}},
		{"what a bare count measures, from the verb that moved by it", "Employment has risen by more than 98,000 and unemployment has fallen by 27,000 in the region since 1997.",
			[]figWant{{98000, "more than", "other", "employment", ""}, {27000, "", "other", "unemployment", ""}}},
		{"a count in another place shares the count before it", "The storm killed 12 people in India and 10 in Bangladesh.",
			[]figWant{{12, "", "killed", "people", ""}, {10, "", "killed", "people", ""}}},
		{"counts in other places listed after commas share the count before them, which named its place too", "Marches drew 250 thousand protesters in New York City, 100 thousand in London, and 1.4 million in Germany. He has 12 children, 10 in school.",
			[]figWant{{250000, "", "people", "protesters", ""}, {100000, "", "people", "protesters", ""}, {1.4e6, "", "people", "protesters", ""}, {12, "", "people", "children", ""}}},
		{"currencies by their codes, run in or apart, and letters before a dollar sign", "They share SEK9 million. He was paid TT$34 million and AUD$222 million. She loaned US$ 4 million and NOK 2 billion.",
			[]figWant{{9e6, "", "money", "", "SEK"}, {34e6, "", "money", "", "TT$"}, {222e6, "", "money", "", "AUD"}, {4e6, "", "money", "", "USD"}, {2e9, "", "money", "", "NOK"}}},
		{"a range shares the scale word after its second number", "It costs Africa between $5 and $7 billion. The toilet is worth five to six million US dollars. Sales rose from 800 to 1.2 million.",
			[]figWant{{5e9, "", "money", "", "USD"}, {7e9, "", "money", "", "USD"}, {5e6, "", "money", "", ""}, {6e6, "", "money", "", ""}, {800, "", "other", "", ""}, {1.2e6, "", "other", "", ""}}},
		{"fractions of one unit and halves, as copy written to be read aloud gives them", "The economy grew seven-tenths of one percent. Rates rose three-quarters of 1%. The three-and-a-half percent growth surprised. Floods brought half a meter of water; the line ran a half mile; half a billion dollars was lost.",
			[]figWant{{0.7, "", "percent", "", "%"}, {0.75, "", "percent", "", "%"}, {3.5, "", "percent", "growth", "%"}, {0.5, "", "distance", "", "m"}, {0.5, "", "distance", "", "mile"}, {5e8, "", "money", "", "USD"}}},
		{"modifiers joined by and or or before the counted noun", "These are two separate and yet related negotiations. Officials from seven federal, state and local government agencies came; 60 flood and coastal risk schemes begin. Four whale species and satellite observations helped.",
			[]figWant{{2, "", "other", "separate and yet related negotiations", ""}, {7, "", "other", "federal state and local government agencies", ""}, {60, "", "other", "flood and coastal risk schemes", ""}, {4, "", "other", "whale species", ""}}},
		{"'total' and 'aged' before the counted noun modify it", "Some 89,000 total cases have been reported. Vaccines reached 437 aged care facilities. The team scored 42 total.",
			[]figWant{{89000, "some", "cases", "cases", ""}, {437, "", "other", "aged care facilities", ""}}},
		{"a range with its sign twice, and a number run into its noun", "Tickets cost £37.50-£45. The quake killed at least 357people.",
			[]figWant{{37.5, "", "money", "", "GBP"}, {45, "", "money", "", "GBP"}, {357, "at least", "killed", "people", ""}}},
		{"a currency's code run into the amount, a population, a volume", "He wants a minimum wage of USD15 an hour. With a population of 4,631, the town has no hospital. Flushing takes 141 billion liters a year.",
			[]figWant{{15, "", "money", "dollars", "USD"}, {4631, "", "people", "population", ""}, {1.41e11, "", "other", "liters", "liters"}}},
		{"a number and its scale joined by a hyphen", "The United Nations estimates seven-million people are short of food.",
			[]figWant{{7e6, "", "people", "people", ""}}},
		{"euros and qualifier", "The fine could reach up to €40 million.",
			[]figWant{{40e6, "up to", "money", "euros", "EUR"}}},
		{"an adverb of when between the auxiliary and the verb, and people staying in evacuation centres, who are displaced", "The administrator said five raiders were later shot dead. Three guards were then killed. The council said 43,132 families were staying in evacuation centers in the province.",
			[]figWant{{5, "", "killed", "raiders", ""}, {3, "", "killed", "guards", ""}, {43132, "", "displaced", "families", ""}}},
		{"a pound the words after make money: a conversion in brackets, a prize; a pound weighed stays weight", "She received the 30,000 pound (USD 45,000) prize. He won the 500 pound award. The fish weighed 12 pounds.",
			[]figWant{{30000, "", "money", "pound", "GBP"}, {45000, "", "money", "dollars", "USD"}, {500, "", "money", "pound", "GBP"}, {12, "", "weight", "pounds", "pounds"}}},
		{"pounds sterling glued", "The club paid £3m for the striker.",
			[]figWant{{3e6, "", "money", "pounds", "GBP"}}},
		{"cents and pence are hundredths of the dollar and the pound, so that they agree with \"$0.44\"", "Earnings were 44 cents per share. A stamp costs 85 pence.",
			[]figWant{{0.44, "", "money", "dollars", "USD"}, {0.85, "", "money", "pounds", "GBP"}}},
		{"a letter that is a currency's sign, before large sums only; a hyphenated per cent; kilogrammes", "She owes the City about R15,000 for water, and the council approved Sh2 billion. The R0 value is 2.5 and N95 masks are scarce. A 17-per-cent jump in sales followed. Police seized 10.002 kilogrammes of heroin.",
			[]figWant{{15000, "about", "money", "rand", "ZAR"}, {2e9, "", "money", "shillings", "KES"}, {17, "", "percent", "jump", "%"}, {10.002, "", "weight", "kilogrammes", "kg"}}},
		{"currency word", "Farmers were paid 2,500 rand each.",
			[]figWant{{2500, "", "money", "rand", "rand"}}},
		{"naira in millions", "The state lost 4.5 billion naira to fraud.",
			[]figWant{{4.5e9, "", "money", "naira", "naira"}}},
		{"money noun after millions", "Sales reached 90 million euros, with a 12 million loss.",
			[]figWant{{90e6, "", "money", "euros", "EUR"}, {12e6, "", "money", "loss", "EUR"}}},
		{"percent sign", "Turnout was 45% in the capital.",
			[]figWant{{45, "", "percent", "", "%"}}},
		{"percent word with noun", "About 52 percent of voters backed the plan.",
			[]figWant{{52, "about", "percent", "voters", "%"}}},
		{"per cent", "Prices rose 3.5 per cent in May.",
			[]figWant{{3.5, "", "percent", "", "%"}}},
		{"distance", "The town is about 40 kilometers from the border.",
			[]figWant{{40, "about", "distance", "kilometers", "km"}}},
		{"distance glued and converted", "The ship is 75 ft (~23 m) long.",
			[]figWant{{75, "", "distance", "", "ft"}, {23, "~", "distance", "", "m"}}},
		{"hyphenated distance", "They set out on a 50-mile drive.",
			[]figWant{{50, "", "distance", "mile", "miles"}}},
		{"area", "The fire burned 12,000 acres and 30 square miles of forest.",
			[]figWant{{12000, "", "area", "", "acres"}, {30, "", "area", "", "square miles"}}},
		{"weight", "Customs seized 2.3 tons of cocaine and 500 kg of heroin.",
			[]figWant{{2.3, "", "weight", "", "tons"}, {500, "", "weight", "", "kg"}}},
		{"a measure of more of it", "Hoki 1 (10,100 extra tonnes across New Zealand) and 12 additional kilometres of road.",
			[]figWant{{10100, "", "weight", "tonnes", "tonnes"}, {12, "", "distance", "kilometres", "km"}}},
		{"barrels: a volume, which the kinds count as other", "The pipeline leaked roughly 3,000 barrels of oil.",
			[]figWant{{3000, "roughly", "other", "barrels", "barrels"}}},
		{"weight in pounds", "The boy weighed 60 pounds when he was found.",
			[]figWant{{60, "", "weight", "", "pounds"}}},
		{"range with a shared noun", "Forecasters expect 13 to 16 named storms.",
			[]figWant{{13, "", "other", "named storms", ""}, {16, "", "other", "named storms", ""}}},
		{"spelled range", "They predict eight to 10 hurricanes this season.",
			[]figWant{{8, "", "other", "hurricanes", ""}, {10, "", "other", "hurricanes", ""}}},
		{"percent range", "Yields could fall 50 to 60 percent.",
			[]figWant{{50, "", "percent", "", "%"}, {60, "", "percent", "", "%"}}},
		{"hyphen range", "Each raid involved 20-30 officers.",
			[]figWant{{20, "", "people", "officers", ""}, {30, "", "people", "officers", ""}}},
		{"between and", "Between 200 and 300 families left the camp.",
			[]figWant{{200, "", "people", "families", ""}, {300, "", "people", "families", ""}}},
		{"half a million", "Half a million people live in the valley.",
			[]figWant{{500000, "", "people", "people", ""}}},
		{"a half-million, a quarter-million, a half million: a fraction of a scale in one word or two", "Rural counties are home to over a half-million residents. A quarter-million people live in the valley. A half million children are estimated to be in school.",
			[]figWant{{500000, "over", "people", "residents", ""}, {250000, "", "people", "people", ""}, {500000, "", "people", "children", ""}}},
		{"compound count", "It is a six-room school with 16 teachers.",
			[]figWant{{6, "", "other", "room", ""}, {16, "", "people", "teachers", ""}}},
		{"compound before a count", "Shoppers may buy two 12-roll packs.",
			[]figWant{{2, "", "other", "12-roll packs", ""}, {12, "", "other", "roll", ""}}},
		{"money with a hyphen scale", "The deal is worth $10-million.",
			[]figWant{{10e6, "", "money", "dollars", "USD"}}},
		{"currency code", "Donors pledged USD 3.2 million.",
			[]figWant{{3.2e6, "", "money", "dollars", "USD"}}},
		{"currency words with scale", "The sale raised 900 million złotys (181 million pounds).",
			[]figWant{{900e6, "", "money", "złotys", "złotys"}, {181e6, "", "money", "pounds", "GBP"}}},
		{"percent of a noun", "Nearly 95% of adults over 60 have a chronic condition.",
			[]figWant{{95, "nearly", "percent", "adults", "%"}}},
		{"percentage points", "Rates rose by 0.25 percentage points.",
			[]figWant{{0.25, "", "percent", "", "%"}}},
		{"light-years", "The planet is about 110 light-years from Earth.",
			[]figWant{{110, "about", "distance", "", "light-years"}}},
		{"area converted", "Helicopters searched 160 square miles (~415 km2).",
			[]figWant{{160, "", "area", "", "square miles"}, {415, "~", "area", "", "km2"}}},
		{"float noise", "Sales rose to $4.1 billion.",
			[]figWant{{4.1e9, "", "money", "dollars", "USD"}}},
		{"lakh and crore", "The scheme got Rs 500 crore.",
			[]figWant{{5e9, "", "money", "rupees", "INR"}}},
	})
}

func TestFindCountsExclusions(t *testing.T) {
	// each case wants the figures that remain once the others are left out
	runFigCases(t, []figCase{
		{"year", "The bridge opened in 2024 and closed in 1998.", nil},
		{"year-like count", "The plant employs 1500 workers.", []figWant{{1500, "", "people", "workers", ""}}},
		{"year before a noun", "The 2008 elections were close.", nil},
		{"date month first", "The vote is on May 27.", nil},
		{"date day first", "The vote was held on 27 May.", nil},
		{"date with year", "It started on March 3, 2018, in the north.", nil},
		{"two dates", "Stores changed the rules on March 4 and 5.", nil},
		{"ordinal day", "They meet on the 5th of each month.", nil},
		{"time pm", "The quake struck at 10:44 p.m. local time.", nil},
		{"time am", "Polls open at 7 a.m. on Sunday.", nil},
		{"time zone", "The launch is set for 1344 GMT.", nil},
		{"hyphenated age", "A 34-year-old man was charged.", nil},
		{"aged", "The victim, aged 60, lived alone.", nil},
		{"age", "Her son, age 12, was unhurt.", nil},
		{"age after a name", "Smith, 45, was released on bail.", nil},
		{"age after pronoun", "He joined the army when he was 18.", nil},
		{"age threshold", "Vaccines are offered to children under 5.", nil},
		{"duration days", "The search lasted three days.", nil},
		{"duration years", "He has worked there for 10 years.", nil},
		{"duration months", "Repairs will take six months.", nil},
		{"duration hours", "Crews worked for 24 hours straight.", nil},
		{"duration compound", "They began a two-day strike and a 24-hour vigil.", nil},
		{"duration with adjective", "A year there lasts 33 Earth days.", nil},
		{"ordinal word", "She finished second in the race.", nil},
		{"ordinal digits", "He came 1st and his brother 3rd.", nil},
		{"number label", "The song was No. 3 for weeks.", nil},
		{"phone", "Call 1-800-555-0199 or (202) 514-2007 for help.", nil},
		{"address", "The office is at 119 National Center, Reston, VA 20192.", nil},
		{"identifier", "The report cites model X200-B and form 1040.", nil},
		{"number in a name", "G7 leaders discussed COVID-19 and the Apollo 11 anniversary.", nil},
		{"jet and group", "An F-16 crashed near an M23 position.", nil},
		{"sport score", "The home side won 3-1 on Saturday.", nil},
		{"sport points", "Caloundra defeated Wynnum 45 points to 24.", nil},
		{"vague amounts", "Dozens were hurt and hundreds fled as thousands watched.", nil},
		{"tens of thousands", "Tens of thousands of people marched.", nil},
		{"category", "It became a Category 4 storm.", nil},
		{"level", "The alert was raised to level 3.", nil},
		{"multiple", "Demand grew more than 25 times.", nil},
		{"a temperature or a speed that says what a thing is", "The driver made a 180-degree turn into a 30-mph zone.", nil},
		{"list markers", "Their demands: 1. Fair pay 2. Safe work", nil},
		{"link markers", "Over a thousand people joined [2] the march.", []figWant{{1000, "over", "people", "people", ""}}},
		{"decade", "The firm has operated since the 1970s.", nil},
		{"a meeting named with a currency's letters", "Leaders meet at COP26 in Glasgow.", nil},
		{"ratio", "One in five adults smokes.", nil},
		{"emergency number", "She escaped and phoned 911 for help.", nil},
		{"article of law", "They asked to revoke Article 50 at once.", nil},
		{"one of", "One of the four candidates spoke.", []figWant{{4, "", "people", "candidates", ""}}},
		{"at least one condition", "Households with at least one sick person were visited.", nil},
		{"fraction", "Two thirds of those infected have recovered.", nil},
		{"proportion", "Roughly four out of five seniors do not get meals. Nine out of 10 doctors agree.", nil},
		{"a bare number a verb takes with no count before it", "The Democrats lost 42. She had 3 and left.", nil},
		{"ordinal before a bare number", "They led for the first fifteen or so.", nil},
		{"ages and over", "Seniors 65 and over can apply.", nil},
		{"ages between", "The victims, aged between 18 and 65, were hurt.", nil},
		{"bare decimal", "The quake, which measured 7.8, shook the city.", nil},
		{"address with a name", "The tour ended at 36 Quai des Orfevres.", nil},
		{"title with a spelled number", "He starred in the Ten Rings film.", nil},
		{"identifier with a hyphen", "The virus was first called 2019-nCoV.", nil},
		{"fiscal year", "The request for fiscal year 2007 grew.", nil},
		{"time with local time", "It began at 9 local time.", nil},
		{"web page furniture", "Posted 3 hours ago | Page 2 of 5 | Comments (12)", nil},
		{"phone with plus", "Tel: +44 20 7946 0958", nil},
		{"sport tries", "Caloundra opened the game with two tries.", nil},
	})
}

func TestFindCountsOffsets(t *testing.T) {
	text := "Officials said more than $8.3 billion was lost and 15 people died."
	have := findCounts(text)
	if len(have) != 2 {
		t.Fatalf("have %s", figCountsString(text, have))
	}
	if got := text[have[0].Start:have[0].End]; got != "more than $8.3 billion" {
		t.Errorf("span 0 = %q, want %q", got, "more than $8.3 billion")
	}
	if got := text[have[1].Start:have[1].End]; got != "15" {
		t.Errorf("span 1 = %q, want %q", got, "15")
	}
}

// TestFindCountsRangeAfterCode: a range after a currency's code splits at
// the dash in the number, not in the code (it read the code's word and
// panicked).
func TestFindCountsRangeAfterCode(t *testing.T) {
	for _, tt := range []struct{ text, first, second string }{
		{"She is charged a Ksh 9,000-10,000 fee before she enters.", "Ksh 9,000", "10,000"},
		{"USD 5-6 million was lost.", "USD 5", "6 million"},
	} {
		have := findCounts(tt.text)
		if len(have) != 2 {
			t.Errorf("%q: have %s", tt.text, figCountsString(tt.text, have))
			continue
		}
		if got := tt.text[have[0].Start:have[0].End]; got != tt.first {
			t.Errorf("%q: span 0 = %q, want %q", tt.text, got, tt.first)
		}
		if got := tt.text[have[1].Start:have[1].End]; got != tt.second {
			t.Errorf("%q: span 1 = %q, want %q", tt.text, got, tt.second)
		}
	}
}

// The development corpus ---------------------------------------------

type figGold struct {
	value     float64
	qualifier string
	kind      string
	noun      string
	unit      string
	line      int
}

// figReadGold reads the figures: list of a gold file. It knows the two
// forms the files use: "- {value: 1, kind: killed, ...}" and a block of
// "key: value" lines under "- value: 1".
func figReadGold(data string) ([]figGold, error) {
	var out []figGold
	in := false
	var cur map[string]string
	flush := func() error {
		if cur == nil {
			return nil
		}
		v, err := strconv.ParseFloat(cur["value"], 64)
		if err != nil {
			return fmt.Errorf("bad value %q", cur["value"])
		}
		line, _ := strconv.Atoi(cur["line"])
		out = append(out, figGold{v, cur["qualifier"], cur["kind"], cur["noun"], cur["unit"], line})
		cur = nil
		return nil
	}
	for _, raw := range strings.Split(data, "\n") {
		line := figStripComment(raw)
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "-") {
			if err := flush(); err != nil {
				return nil, err
			}
			in = strings.HasPrefix(line, "figures:")
			continue
		}
		if !in {
			continue
		}
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "- ") {
			if err := flush(); err != nil {
				return nil, err
			}
			cur = map[string]string{}
			trim = strings.TrimSpace(trim[2:])
			if strings.HasPrefix(trim, "{") {
				for _, kv := range figSplitOutsideQuotes(strings.Trim(trim, "{}"), ',') {
					figAddKV(cur, kv)
				}
				continue
			}
		}
		if cur != nil {
			figAddKV(cur, trim)
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

func figAddKV(m map[string]string, kv string) {
	k, v, ok := strings.Cut(kv, ":")
	if !ok {
		return
	}
	v = strings.TrimSpace(v)
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		v = v[1 : len(v)-1]
	}
	m[strings.TrimSpace(k)] = v
}

func figStripComment(s string) string {
	inQ := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQ != 0:
			if c == inQ {
				inQ = 0
			}
		case c == '"' || c == '\'':
			if i == 0 || s[i-1] == ' ' || s[i-1] == ':' || s[i-1] == '{' || s[i-1] == ',' {
				inQ = c
			}
		case c == '#' && (i == 0 || s[i-1] == ' '):
			return s[:i]
		}
	}
	return s
}

func figSplitOutsideQuotes(s string, sep byte) []string {
	var out []string
	inQ := byte(0)
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQ != 0:
			if c == inQ {
				inQ = 0
			}
		case c == '"':
			inQ = c
		case c == sep:
			out = append(out, s[last:i])
			last = i + 1
		}
	}
	return append(out, s[last:])
}

// figParagraph is a paragraph of a corpus text and the line it starts on.
type figParagraph struct {
	text string
	line int
}

// figParagraphs joins the lines of a paragraph (lines up to a blank
// line); a file with no blank line has a paragraph on each line.
func figParagraphs(data string) []figParagraph {
	lines := strings.Split(strings.ReplaceAll(data, "\r\n", "\n"), "\n")
	blank := false
	for i, l := range lines {
		if strings.TrimSpace(l) == "" && i < len(lines)-1 {
			blank = true
		}
	}
	var out []figParagraph
	var cur []string
	start := 0
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				out = append(out, figParagraph{strings.Join(cur, " "), start})
				cur = nil
			}
			continue
		}
		if len(cur) == 0 {
			start = i + 1
		}
		cur = append(cur, strings.TrimSpace(l))
		if !blank {
			out = append(out, figParagraph{strings.Join(cur, " "), start})
			cur = nil
		}
	}
	if len(cur) > 0 {
		out = append(out, figParagraph{strings.Join(cur, " "), start})
	}
	return out
}

func figSameNoun(a, b string) bool {
	a = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(a)), "s")
	b = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(b)), "s")
	return a != "" && a == b
}

// figMatches: the value agrees to half a percent and the kind or the
// noun is the same.
func figMatches(c Count, g figGold) bool {
	if g.value == 0 {
		if c.Value != 0 {
			return false
		}
	} else if math.Abs(c.Value-g.value) > 0.005*math.Abs(g.value) {
		return false
	}
	return c.Kind == g.kind || figSameNoun(c.Noun, g.noun)
}

func TestFigureCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "corpus", "dev")
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(golds)
	if len(golds) == 0 {
		t.Skip("no dev corpus")
	}
	var goldN, found, countN, good int
	for _, gp := range golds {
		name := strings.TrimSuffix(filepath.Base(gp), ".gold.yaml")
		gdata, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			t.Logf("%s: no text: %v", name, err)
			continue
		}
		gold, err := figReadGold(string(gdata))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		type found1 struct {
			c    Count
			para figParagraph
		}
		var counts []found1
		for _, p := range figParagraphs(string(text)) {
			for _, c := range findCounts(p.text) {
				counts = append(counts, found1{c, p})
			}
		}
		hit := 0
		var notes []string
		for _, g := range gold {
			ok := false
			for _, c := range counts {
				if figMatches(c.c, g) {
					ok = true
					break
				}
			}
			if ok {
				hit++
			} else {
				notes = append(notes, fmt.Sprintf("  missed line %d: %g %q %s %q", g.line, g.value, g.qualifier, g.kind, g.noun))
			}
		}
		okCounts := 0
		for _, c := range counts {
			ok := false
			for _, g := range gold {
				if figMatches(c.c, g) {
					ok = true
					break
				}
			}
			if ok {
				okCounts++
			} else {
				notes = append(notes, fmt.Sprintf("  extra line %d: %s", c.para.line, figCountString(c.para.text, c.c)))
			}
		}
		goldN += len(gold)
		found += hit
		countN += len(counts)
		good += okCounts
		t.Logf("%-50s recall %2d/%-2d precision %2d/%-2d", name, hit, len(gold), okCounts, len(counts))
		for _, n := range notes {
			t.Log(n)
		}
	}
	recall := float64(found) / math.Max(1, float64(goldN))
	precision := float64(good) / math.Max(1, float64(countN))
	t.Logf("TOTAL recall %d/%d = %.3f, precision %d/%d = %.3f", found, goldN, recall, good, countN, precision)
	// the floor is what the development set measures, rounded down; it
	// was 0.90 before the eleven old held-out batches joined the set
	if recall < 0.89 {
		t.Errorf("dev recall %.3f < 0.89", recall)
	}
}

// TestFindCountsSpans runs findCounts over pieces of the dev texts cut at
// arbitrary bytes: it must not panic and every span must lie in the text.
func TestFindCountsSpans(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "dev", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for i := 0; i < len(s); i += 97 {
			p := s[i:min(len(s), i+301)]
			for _, c := range findCounts(p) {
				if c.Start < 0 || c.End > len(p) || c.Start >= c.End {
					t.Fatalf("bad span %d-%d in %q", c.Start, c.End, p)
				}
			}
		}
	}
}

// TestHeadlineCounts checks that a headline's figures count when the story
// gives no figure of their kind, or none it may round to, and not when it
// gives its own.
func TestHeadlineCounts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []float64 // the killed figures, in order
	}{
		{"6 Killed, 15 Injured in Somalia Bombings\n\nTwo bombs went off in Baidoa on Saturday, police said.\n", []float64{6}},
		{"Quake Toll Nears 350\n\nThe death toll rose to 343 on Monday, officials said.\n", []float64{343}},
		{"5 Killed in House Fire\n\nTwo people were killed in a fire in Pichilemu last year, the mayor said.\n", []float64{2, 5}},
		{"26 Dead in Ferry Accident\n\nAt least 28 people are known dead, officials said.\n", []float64{28, 26}},
	} {
		a, err := ReadArticle("a", "a.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []float64
		for _, c := range a.counts() {
			if c.Kind == "killed" {
				got = append(got, c.Value)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: killed %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestHeadingCounts reads the figures of lines the article sets apart
// from its paragraphs: a list of sums, a release's bullet points.
func TestHeadingCounts(t *testing.T) {
	text := "Funding for the regions\n\nThe minister announced the third round of grants today.\n\nTaranaki $94,000\n\nWaikato $30,375\n\nThe grants will be paid next month.\n"
	a, err := ReadArticle("a", "a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []float64
	for _, c := range a.counts() {
		if c.Kind == "money" {
			got = append(got, c.Value)
		}
	}
	if want := []float64{94000, 30375}; !slices.Equal(got, want) {
		t.Errorf("money %v, want %v (headings %q)", got, want, a.Headings)
	}
}
