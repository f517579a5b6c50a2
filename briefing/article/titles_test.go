package article

import (
	"fmt"
	"strings"
	"testing"
)

// TestTitles checks the ways copy gives a speaker's title and
// affiliation, each with a quote attributed by surname later, so that the
// title must come from the introduction.
func TestTitles(t *testing.T) {
	tests := []struct{ intro, want string }{
		{"Minister of Health Jane Doe spoke on Monday.", "Jane Doe||Minister of Health|"},
		{"Seaman Eric Arroyo, a native of Las Cruces, N.M., spoke on Monday.", "Eric Arroyo|Seaman||"},
		{"Secretary of State Antony Blinken spoke on Monday.", "Antony Blinken||Secretary of State|"},
		{"Secretary of Defense Lloyd J. Austin III spoke on Monday.", "Lloyd J. Austin III||Secretary of Defense|"},
		{"Secretary of State Pompeo spoke on Monday.", "Pompeo||Secretary of State|"},
		{"Spokesman Ned Price spoke on Monday. It's not Ned Price Day, but maybe it should be.", "Ned Price||Spokesman|"},
		{"Actress Doris Day spoke on Monday.", "Doris Day||Actress|"},
		{"Northern Regional Forester Leanne Marten spoke on Monday.", "Leanne Marten||Northern Regional Forester|"},
		{"Chief Warrant Officer 2 Stanley L. Foster spoke on Monday.", "Stanley L. Foster|Chief Warrant Officer 2||"},
		{"Emergency Management Coordinator7 Jane Doe spoke on Monday.", "Jane Doe||Emergency Management Coordinator|"},
		{"Mike Hall, Director of the Ithaca Tompkins Regional Airport, spoke on Monday.", "Mike Hall||Director|Ithaca Tompkins Regional Airport"},
		{"Jane Doe, Ph.D., assistant NOAA administrator for the National Ocean Service, spoke on Monday.", "Jane Doe||assistant NOAA administrator|National Ocean Service"},
		{"Jane Doe agrees. She is the director of health systems financing for the WHO.", "Jane Doe||director of health systems financing|WHO"},
		{"Jane Doe agrees. She is a doctor who worked with the victims for years.", "Jane Doe||doctor|"},
		{"Allan Goodman, Ph.D., is the president of IIE.", "Allan Goodman||president|IIE"},
		{"Tom Tidwell, Chief of the U.S. Forest Service, spoke on Monday.", "Tom Tidwell||Chief|U.S. Forest Service"},
		{"A businessman named Jane Doe came up with the idea on a trip.", "Jane Doe||businessman|"},
		{"A woman named Jane Doe came up with the idea on a trip.", "Jane Doe|||"},
		{"U.N. refugee spokeswoman, Jane Doe tells VOA aid workers were unprepared.", "Jane Doe||U.N. refugee spokeswoman|"},
		{"The speaker of the U.S. House of Representatives, John Boehner, spoke on Monday.", "John Boehner||speaker of the U.S. House of Representatives|"},
		{"The Taoiseach is accompanied by the Minister with Responsibility for Defence, Paul Kehoe, on the visit.", "Paul Kehoe||Minister with Responsibility for Defence|"},
		{"People still face hate in Europe. European Commission Vice-President for Values and Transparency, Jane Doe, spoke on Monday.", "Jane Doe||European Commission Vice-President for Values and Transparency|"},
		{"The chief economist from the National Association of Realtors, Jane Doe, says sales fell.", "Jane Doe||chief economist from the National Association of Realtors|"},
		{"The head of the South African Organizing Committee for the Football World Cup, Jane Doe, Thursday said the country is ready.", "Jane Doe||head of the South African Organizing Committee for the Football World Cup|"},
		{"The supply is adequate, said Jane Doe, Yakima Project River Operations supervisor.", "Jane Doe||Yakima Project River Operations supervisor|"},
		{"Jane Doe, TD, Minister for Arts, Heritage and the Gaeltacht today briefed the Cabinet.", "Jane Doe||Minister|Arts, Heritage and the Gaeltacht"},
		{"Jane Doe, TD, Minister of State, Department of Agriculture, Food and the Marine with responsibility for food, presented the awards.", "Jane Doe||Minister|State, Department of Agriculture, Food and the Marine"},
		{"Jane Doe, Minister for Arts, Mary Butler, Minister for Health, and Tom Lee announced the budget.", "Jane Doe||Minister|Arts"},
		{"Jane Doe is a sports journalist based in Johannesburg.", "Jane Doe||sports journalist|"},
		{"Jane Doe is a researcher who helped lead the study for the University of Grenoble.", "Jane Doe||researcher|"},
		{"The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), Jane Doe, said the measure was weak.", "Jane Doe||general secretary of the RMT union|"},
		{"Senators Ann Lee (Mo.), Roy Blunt (Mo.), Vicky Hartzler (Mo.), Jane Doe (Kan.), and Tom Lee spoke.", "Jane Doe|||"},
		{"Jane Doe is Bhutan's election commissioner. She says she is pleased with the turnout.", "Jane Doe||Bhutan's election commissioner|"}, // a place's, as set off after a name
		{"Jane Doe is the election commissioner. She says she is pleased with the turnout.", "Jane Doe||election commissioner|"},
		// an office's field after "responsible for", as after "for"
		{"Executive Vice-President responsible for the European Green Deal Jane Doe said the funds would help.", "Jane Doe||Executive Vice-President responsible for the European Green Deal|"},
		{"Commissioner responsible for Health Jane Doe said the funds would help.", "Jane Doe||Commissioner responsible for Health|"},
		{"Executive Vice-President responsible for the European Green Deal, Jane Doe, said the funds would help.", "Jane Doe||Executive Vice-President responsible for the European Green Deal|"},
		{"Seventy-year-old former fisherman, Jane Doe remembers the sea.", "Jane Doe||former fisherman|"},
		{"Dr. Jane Doe, an ethnic Karen, set up the clinic in 1989.", "Jane Doe|Dr.||"},
		{"Jane Doe, an ethnic Karen doctor, set up the clinic in 1989.", "Jane Doe||ethnic Karen doctor|"},
		{"Pacific Minister Jane Doe spoke on Monday. Later, Pacific and Development Minister Jane Doe spoke again.", "Jane Doe||Pacific and Development Minister|"},
		{"Jane Doe, a researcher based in Chiang Mai for the Johns Hopkins University Center for Public Health, spoke on Monday.", "Jane Doe||researcher|Johns Hopkins University Center for Public Health"},
		{"Jane Doe, a London-based researcher at Imperial College, spoke on Monday.", "Jane Doe||London-based researcher|Imperial College"},
		{"Sen. Jane Doe, chair of the Senate Agriculture Committee, spoke on Monday.", "Jane Doe|Sen.|chair|Senate Agriculture Committee"},
		{"Sen. Jane Doe, a former Army captain, spoke on Monday.", "Jane Doe||Sen.|"},
		{"Gov. Jane Doe, North Dakota National Guard's commander-in-chief, spoke on Monday.", "Jane Doe|Gov.|commander-in-chief|North Dakota National Guard"},
		{"Jane Doe, editor-in-chief of the Al Wasat newspaper, spoke on Monday.", "Jane Doe||editor-in-chief|Al Wasat newspaper"},
		{"Director of fisheries management Jane Doe spoke on Monday.", "Jane Doe||Director of fisheries management|"},
		{"Head of communications Jane Doe spoke on Monday.", "Jane Doe||Head of communications|"},
		{"The disaster response coordinator for British-based Plan International, Jane Doe, spoke on Monday.", "Jane Doe||disaster response coordinator for Plan International|"},
		{"At the airport, American missionary Jane Doe and her grandmother wait to board a flight.", "Jane Doe||American missionary|"},
		{"Department of Conservation Incident Controller, Jane Doe, said there was no option.", "Jane Doe||Department of Conservation Incident Controller|"},
		// an office set off before a seat or "the Hon" and the name
		{"Minister for Foreign Affairs, Senator the Hon Jane Doe, spoke on Monday.", "Jane Doe|Hon|Minister for Foreign Affairs, Senator|"},
		{"The Assistant Minister for Home Affairs, Senator Jane Doe has visited farmers on Monday.", "Jane Doe||Assistant Minister for Home Affairs, Senator|"},
		{"Minister for International Development and The Pacific, the Hon Jane Doe MP, spoke on Monday.", "Jane Doe|Hon|Minister for International Development and The Pacific|"},
		{"Senators Tom Roe (D-MT), Jane Doe (R-TN) and Tim Lee (R-AZ) spoke on Monday.", "Jane Doe||Senator|"},
		{"Jane Doe, 45, is a nurse at Mercy Hospital.", "Jane Doe||nurse|Mercy Hospital"},
		{"Jane Doe spent years at Ford. Now she is dean of the School of Management at Boston University.", "Jane Doe||dean of the School of Management|Boston University"},
		{"Jane Doe, the minister of health, spoke on Monday.", "Jane Doe||minister of health|"},
		{"Jane Doe, a senior fellow at the Atlantic Council, spoke on Monday.", "Jane Doe||senior fellow|Atlantic Council"},
		{"Jane Doe, who heads the Atlantic Council, spoke on Monday.", "Jane Doe|||"},
		{"Atlantic Council director Jane Doe spoke on Monday.", "Jane Doe||Atlantic Council director|"},
		{"Jane Doe, director of the Atlantic Council's Africa Center, spoke on Monday.", "Jane Doe||director|Atlantic Council's Africa Center"},
		{"Jane Doe, spokeswoman for the U.N. refugee agency, spoke on Monday.", "Jane Doe||spokeswoman|U.N. refugee agency"},
		{"Dr. Jane Doe, an epidemiologist at Johns Hopkins University, spoke on Monday.", "Jane Doe|Dr.|epidemiologist|Johns Hopkins University"},
		{"U.S. Attorney Jane Doe spoke on Monday.", "Jane Doe||U.S. Attorney|"},
		{"Jane Doe, the U.S. attorney for the District of Columbia, spoke on Monday.", "Jane Doe||U.S. attorney|District of Columbia"},
		{"Jane Doe, 45, a teacher from Lagos, spoke on Monday.", "Jane Doe||teacher|Lagos"},
		{"The country's foreign minister, Jane Doe, spoke on Monday.", "Jane Doe||country's foreign minister|"},
		{"The U.S. Consul General to Ho Chi Minh City, Jane Doe, spoke on Monday.", "Jane Doe||U.S. Consul General to Ho Chi Minh City|"},
		{"The Special Envoy for the Horn of Africa, Jane Doe, who was present at the talks, spoke on Monday.", "Jane Doe||Special Envoy for the Horn of Africa|"},
		{"Jane Doe of Human Rights Watch spoke on Monday.", "Jane Doe|||Human Rights Watch"},
		{"Staff braced for layoffs since chief executive Jane Doe spoke on Monday.", "Jane Doe||chief executive|"},
		{"Human Rights Watch researcher Jane Doe spoke on Monday.", "Jane Doe||Human Rights Watch researcher|"},
		// a rank of several words is the honorific, and the title comes
		// from the appositive
		{"Lt. Col. Jane Doe, the 2nd Battalion Commander, spoke on Monday.", "Jane Doe|Lt. Col.|2nd Battalion Commander|"},
		{"Petty Officer 1st Class Jane Doe, a command duty officer, spoke on Monday.", "Jane Doe|Petty Officer 1st Class|command duty officer|"},
		{"Doctor Jane Doe, the city health officer, spoke on Monday.", "Jane Doe|Doctor|city health officer|"},
		// a unit named after the name is the affiliation
		{"Senior Airman Jane Doe, 319th Medical Group, spoke on Monday.", "Jane Doe|Senior Airman||319th Medical Group"},
		// a sentence that says what the person is
		{"Jane Doe is director of the business communication program at the University of Oregon.", "Jane Doe||director of the business communication program|University of Oregon"},
		{"Jane Doe is a professor of history.", "Jane Doe||professor of history|"},
		// an appositive that runs into its verb, or has no comma before it
		{"Jane Doe, Chief of Sport Performance for the U.S. Olympic Committee says the team is ready.", "Jane Doe||Chief of Sport Performance|U.S. Olympic Committee"},
		{"Spc. Jane Doe an Army musician with the 198th Army Band spoke on Monday.", "Jane Doe|Spc.|Army musician|198th Army Band"},
		{"Jane Doe, one of the selected teachers, spoke on Monday.", "Jane Doe||one of the selected teachers|"},
		{"Jane Doe, an independent candidate in the 2021 New York City mayoral election set to take place in November alongside other candidates, spoke on Monday.", "Jane Doe||independent candidate|"},
		{"Star U.S. forward Jane Doe spoke on Monday.", "Jane Doe||Star U.S. forward|"},
		{"Jane Doe, CEO of Bletchley Park Trust, spoke on Monday.", "Jane Doe||CEO|Bletchley Park Trust"},
		{"According to a representative of GSP, Jane Doe, the rig was boarded.", "Jane Doe||representative of GSP|"},
		{"Arts Minister Lord Jane Doe of Whitley Bay spoke on Monday.", "Jane Doe|Lord|Arts Minister|"},
		// an office whose field has several parts, with "and" and commas
		{"Minister for Rural and Community Development Jane Doe spoke on Monday.", "Jane Doe||Minister for Rural and Community Development|"},
		{"Minister for Housing, Local Government and Heritage, Jane Doe, spoke on Monday.", "Jane Doe||Minister for Housing, Local Government and Heritage|"},
		{"The Secretary of State for Health and Social Care, Jane Doe, spoke on Monday.", "Jane Doe||Secretary of State for Health and Social Care|"},
		{"The Minister for the Office of Public Works (OPW), Jane Doe TD, spoke on Monday.", "Jane Doe||Minister for the Office of Public Works|"},
		{"The Deputy Prime Minister of Australia, Jane Doe, spoke on Monday.", "Jane Doe||Deputy Prime Minister of Australia|"},
		{"The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, Jane Doe, spoke on Monday.", "Jane Doe||then-manager of Barmouth Publicity|"},
		// a role after the possessive of its body, and a relative clause after "that"
		{"Jane Doe, the Democratic Republic of Congo's government spokesperson on Monday took to the social media site X to say that authorities in the Central African nation are working hard.", "Jane Doe||government spokesperson|Democratic Republic of Congo"},
		{"Jane Doe, the U.N. Development Program’s deputy resident representative for South Sudan, spoke on Monday.", "Jane Doe||deputy resident representative for South Sudan|U.N. Development Program"},
		{"Jane Doe, leader of the Congo River Alliance that includes the M23, spoke on Monday.", "Jane Doe||leader|Congo River Alliance"},
		// a headline's verb ends a name; the office given in full later is the title
		{"Minister Jane Doe Hails the new fund. Minister for Rural and Community Development Jane Doe spoke on Monday.", "Jane Doe||Minister for Rural and Community Development|"},
		{"Secretary Doe Celebrates the refuge. Secretary of the Interior Jane Doe spoke on Monday.", "Jane Doe||Secretary of the Interior|"},
		// a role of a body in small letters before the name
		{"Offering his condolence, speaker of the parliament Jane Doe wrote on Instagram.", "Jane Doe||speaker of the parliament|"},
		// an age is no part of the title
		{"Jane Doe, an 82-year-old survivor of the Khmer Rouge, spoke on Monday.", "Jane Doe||survivor|Khmer Rouge"},
		// an aside between dashes
		{"Jane Doe and Rich Roe spoke. Roe — who, unlike Doe, works for Red Hat — is the community manager of the CentOS project.", "Rich Roe||community manager|CentOS project"},
		{"Jane Doe — a nurse at the Kibera clinic — spoke on Monday.", "Jane Doe||nurse|Kibera clinic"},
	}
	for _, tc := range tests {
		t.Run(tc.intro, func(t *testing.T) {
			text := "Title of the story\n" + tc.intro + "\n“We will act on this now,” " + NameKey(strings.Split(tc.want, "|")[0]) + " said.\n"
			qs := Parse(text).Quotes()
			if len(qs) != 1 {
				t.Fatalf("%d quotes", len(qs))
			}
			sp := qs[0].Speaker
			have := fmt.Sprintf("%s|%s|%s|%s", sp.Name, sp.Honorific, sp.Title, sp.Affiliation)
			if have != tc.want {
				t.Errorf("%s\nhave %s\nwant %s", tc.intro, have, tc.want)
			}
		})
	}
}

// TestHeadlineUnderFurniture checks that a site's banner, its taxonomy
// lines and a breadcrumb's bullet are not read as the headline.
func TestHeadlineUnderFurniture(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a site's name and address", "- Global Voices - https://globalvoices.org -\n\nFiji Floods: ‘The Village Drowned’\n\nThe rains in Fiji began falling on Wednesday and did not let up for a week.\n",
			"Fiji Floods: ‘The Village Drowned’"},
		{"the banner over a US government site", "An official website of the United States government\nHere’s how you know\nOfficial websites use .gov\nA .gov website belongs to an official government organization in the United States.\nSecure .gov websites use HTTPS\n\nFlood crews reach stranded towns\n\nRescue crews reached three stranded towns on Monday after the river fell.\n",
			"Flood crews reach stranded towns"},
		{"a category line and a breadcrumb's bullet", "Category: Press Releases\n\n  • PRESS RELEASE : Holiday clubs continue in 2023\n\nHoliday clubs for children will continue in 2023, the department said today.\n",
			"PRESS RELEASE : Holiday clubs continue in 2023"},
		{"a breadcrumb trail of short links, labelled, above a headline", "Download the app\n\n您现在的位置: 广东快乐十分 > 在线广播 > VOA慢速英语 > VOA慢速-时事新闻 > 正文\n\nFarmers Markets Revive Small Towns\n\nFarmers markets are bringing shoppers back to small towns across the country.\n",
			"Farmers Markets Revive Small Towns"},
		{"a breadcrumb trail ending in a headline that a learning site's label and Chinese translation open", "首页 > VOA慢速英语 > AS IT IS > 【AS IT IS】菲律宾火山释放烟雾,灰烬时成千上万的人逃亡 Thousands Flee as Philippine Volcano Releases Smoke, Ash\n\nThousands of people fled from a volcano near the Philippine capital on Monday.\n",
			"Thousands Flee as Philippine Volcano Releases Smoke, Ash"},
		{"a copying site's watermark between its furniture and the headline", "Download the app\n\nLoading..\n\n-xE!t%J](N.7or\n\nMail-in Voting May Delay Election Results\n\nMany Americans stay up late on election night to find out who won the election.\n",
			"Mail-in Voting May Delay Election Results"},
		{"a site's appeal to its reader above the headline, under a headline-like banner", "Support Global Voices\n\nTo stay independent, free, and sustainable, our community needs the help of friends and readers like you.\n\nDonate now »\n\nSee all those languages up there? We translate Global Voices stories to make the world's citizen media available to everyone.\n\nCalm after the storm in Fiji\n\nLet's try to catch up a bit today. Fiji's civil service will carry on as normal after the storm over the constitution, says a Government of Fiji press release.\n",
			"Calm after the storm in Fiji"},
		{"a speaker's first turn in a transcript, to the reporters, is the story's opening", "Press Conference - Bendigo, Victoria\n\nTranscript\nBendigo, Victoria\nPrime Minister Anthony Albanese\nThe Hon Anthony Albanese MP\nPrime Minister of Australia\nThe Hon Jacinta Allan MP\nPremier of Victoria\n\nJACINTA ALLAN, PREMIER OF VICTORIA: Well, good morning. I'm really pleased to welcome everyone here to the Bendigo Incident Control Centre. And we're really pleased to have the Prime Minister here today in Bendigo. Thank you, Prime Minister, for prioritising Victoria.\n\nPRIME MINISTER: Thanks very much, Jacinta. The fires near Bendigo have destroyed homes.\n",
			"Press Conference - Bendigo, Victoria"},
		{"a headline whose topic is set before a colon, its words ending in no stop", "Daily News 30 / 07 / 2021\nBrussels, 30 July 2021\nCoronavirus: EU supports Member States with transport of essential supplies\nThe Commission continues to provide financial support to six Member States for the transport of\nvaccination equipment. This comes on top of the €150 million already made available for essential supplies.\n",
			"Coronavirus: EU supports Member States with transport of essential supplies"},
		{"a record's own title over a transcript, under an archive's description of its records and its fields", "PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\nGillard, Julia\n\nRelease Date:\n04/02/2011\nTranscript ID:\n17651\nTranscript of interview, ABC Far North Queensland\n\nHOST: Prime Minister good morning.\n\nPM: Good morning. The Prime Minister of Australia is in Cairns today.\n",
			"Transcript of interview, ABC Far North Queensland"},
		{"a media player's notice and a wiki's tagline over the headline", "Jump to main content.\n\nNo media source currently available\n\nFrom Wikinews, the free news source you can write!\n\nFlood crews reach stranded towns\n\nRescue crews reached three stranded towns on Monday after the river fell.\n",
			"Flood crews reach stranded towns"},
		{"a page's notice about the reader's browser over the headline", "Unsupported Browser Detected\n\nInternet Explorer lacks support for the features of this website. For the best experience, please use a modern browser such as Chrome, Firefox, or Edge.\n\nFlood crews reach stranded towns\n\nRescue crews reached three stranded towns on Monday after the river fell.\n",
			"Flood crews reach stranded towns"},
		{"a page's warning line about the reader's browser is no headline", "Unsupported Browser Detected\n\nRescue crews reached three stranded towns on Monday after the river fell.\n",
			"Rescue crews reached three stranded towns on Monday after the river fell."},
		{"a photo box's caption that ends with its unit's credit, under the box's heading", "Photo Information\n\nA Marine with Alpha Company provides security during drills at the training center in Bridgeport, Calif., Jan. 15, 2016. (U.S. Marine Corps photo by Cpl. Jo Lee/released)\n\nPhoto by Cpl. Jo Lee\n\nMarines brace for the mountain\n\n3 Feb 2016 | Cpl. Jo Lee\n\nMarines from across the force prepared for the exercise in the mountains.\n",
			"Marines brace for the mountain"},
		{"a photo box's caption cut off and linked, under the headline set twice", "Army wrestlers reach new peaks\n\nArmy wrestlers reach new peaks\n\nPhoto By Jo Lee | U.S. Army World Class Athlete Program Sgt. Tim Moore wins his sixth...... read more read more\n\nLAS VEGAS -- Army wrestlers won their first team title on Saturday.\n\n\"This started years ago,\" said Shon Lewis, head coach of the U.S. Army World Class Athlete Program wrestlers. \"We built a tradition.\"\n\nSgt. Tim Moore won his sixth title.\n",
			"Army wrestlers reach new peaks"},
		{"a bulletin's title that a colon sets off from its hour and date", "Breaking News\n\nWorld Service Bulletin: 1600 UTC February 17, 2016\n\nPolicemen stand in front of an election banner in Kampala, Uganda, Feb. 15, 2016.\nPolicemen stand in front of an election banner in Kampala, Uganda, Feb. 15, 2016.\n\nFrom Washington, this is the news. Voters queued across the country on Thursday.\n",
			"World Service Bulletin: 1600 UTC February 17, 2016"},
		{"a compilation's title that a colon sets off from its date", "Wire News Shorts: February 19, 2012\n\nA compilation of brief news reports for Sunday, February 19, 2012.\n\nVoters queued across the country on Sunday.\n",
			"Wire News Shorts: February 19, 2012"},
		{"a release's label and date after a colon, over the headline (CDC's own copy, public domain)", "CDC Online Newsroom - Press Release: July 19, 2011\n\n\nLatest State Data Show Rates of Obesity Remain High\n\n\nObesity has become a problem in every state, according to data analyzed by the Centers for Disease Control and Prevention. No state reported that less than 20 percent of adults were obese in 2010, which means that no state met the national Healthy People 2010 goal to lower obesity prevalence to 15 percent within the past decade, CDC researchers say.\n\nThe data also show 30 percent or more of adults in 12 states were obese, compared to no states with that level of obesity in 2000, and nine states in 2009. The new data and updated national obesity trends map was released today online at http://www.cdc.gov/obesi\n",
			"Latest State Data Show Rates of Obesity Remain High"},
		{"a live page's link to its updates over the headline", "Click here to check if anything new just came in.\n\nSudan: Twitter Activist Released\n\nAn activist was released on Monday after two months in detention.\n",
			"Sudan: Twitter Activist Released"},
		{"a link to log in over the headline", "or Login to see your representatives.\n\nDepartment Announces Awards to Two States\n\nThe department announced awards to two states on Monday.\n",
			"Department Announces Awards to Two States"},
		{"an archive's view switch over the headline", "Compact version |\n\nTURKEY/ITALY (L)\n\nProtesters gathered outside the embassy in Ankara on Monday.\n",
			"TURKEY/ITALY (L)"},
		{"a wiki's notice that the page is unreviewed over the headline", "There are no reviewed versions of this page, so it may not have been checked for adherence to standards.\n\nNews briefs\n\nThe rescue of miners continued on Friday.\n",
			"News briefs"},
		{"a blog's label index over the headline", "Showing posts with label NATIONAL PARKS. Show all posts\n\nNational Parks Support Local Jobs\n\nVisitors to national parks spent billions last year, a report said on Monday.\n",
			"National Parks Support Local Jobs"},
		{"a release's headline that ends with the surname of the minister the story names, no outlet", "Clonakilty Flooding to be addressed - Hayes\n\nBrian Hayes TD, Minister of State, was in Clonakilty today to launch the flood maps.\n",
			"Clonakilty Flooding to be addressed - Hayes"},
		{"a headline that ends with its outlet's name, which names no one in the story", "Flooding to be addressed - Guardian\n\nBrian Hayes TD, Minister of State, was in Clonakilty today to launch the flood maps.\n",
			"Flooding to be addressed"},
		{"a blog's box about its writer (avatar, heading, one line of bio) over the headline", "Unknown's avatar\n\nAbout Mohammed Yusuf\n\nBroadcast Journalist.\n\nKenya’s President Pays Homage to George Saitoti\n\nKenyan authorities are pledging a full investigation into the helicopter crash Sunday that killed Security Minister George Saitoti.\n",
			"Kenya’s President Pays Homage to George Saitoti"},
		{"a post's date line, with how long ago it ran, over the headline", "Global Voices Global Voices\n\nCitizen media stories from around the world\n  • January 22, 2017   Published ~ 7 years ago.\n\n    The Long Road of Burundi’s Diplomatic Isolation\n\n    Burundian troops board AMISOM plane. 28 June 2016. By AMISOM Photo / Ramadan Mohamed.\n\n    Over the past several months, Burundi’s ongoing political-security crisis has exacerbated diplomatic tensions.\n",
			"The Long Road of Burundi’s Diplomatic Isolation"},
		{"a blog's post titled by the blog's name and what follows a colon, under the blog's name", "Skip to main content\nHome Office in the media\n\nHome Office in the media: Monday 2 September\n\nPosted by: , Posted on: - Categories: Leading stories\n\nHome Office in the media\n\n\nToday's top media stories include coverage on bail reforms and freedom of movement.\n",
			"Home Office in the media: Monday 2 September"},
		{"an archive's notice over a page it keeps", "Skip directly to search Skip directly to site content\nCDC Home\n\nThis page is a historical archive and is no longer maintained.\n\nFor current information, please visit\n\nPress Briefing Transcript\n\nTelebriefing on U.S. Influenza Activity and Vaccination Rates for Current Season\n\nTHOMAS FRIEDEN: Hello, everyone, the news from today is that influenza activity is increasing and vaccination rates are up.\n",
			"Telebriefing on U.S. Influenza Activity and Vaccination Rates for Current Season"},
		{"a section's name over a page's head that lists the item's kind, date, publisher and reading time as bullets", "Skip to main content\nMobility and Transport\n  • News article\n  • 2 October 2020\n  • Directorate-General for Mobility and Transport\n  • 1 min read\n\nPassenger Rights: Commission welcomes agreement to protect rail passengers\n\nThe European Parliament and Council yesterday reached a provisional agreement on modernising rail passenger rights.\n",
			"Passenger Rights: Commission welcomes agreement to protect rail passengers"},
		{"a section's name over an item's stamp, its fields run together, over a headline that ends in an ellipsis", "Skip to main content\nResearch and innovation\nNews article17 September 2022LeidenDirectorate-General for Research and Innovation\n\n33rd EU Contest for Young Scientists: and the winner is…\n\nToday, the European Union’s top prizes for young scientists were announced during the EU Contest for Young Scientists award ceremony in Leiden. The contest is part of the research and innovation programme.\n",
			"33rd EU Contest for Young Scientists: and the winner is…"},
		{"a link in brackets before the headline on its line", "[<< wikinews] Pope Benedict XVI resigns effective February 28\n\nPope Benedict XVI announced on Monday that he will resign at the end of the month.\n",
			"Pope Benedict XVI resigns effective February 28"},
		{"a record's field before the headline on its line", "RecordID=49329 Secretary Jewell Announces $50 Million to Help Conserve Water\n\nSecretary Jewell announced $50 million in grants to help communities conserve water.\n",
			"Secretary Jewell Announces $50 Million to Help Conserve Water"},
		{"a mailing list's tag and the mark of a forwarded message before the headline", "[env-trinity] Fw: Reclamation Announces Update to 2014 Water Supply\n\nThe Bureau of Reclamation announced an update to its water supply allocation on Monday.\n",
			"Reclamation Announces Update to 2014 Water Supply"},
		{"an equation that opens a headline is no record's field", "E=mc2 Turns 100 This Year\n\nEinstein's famous equation was published a century ago this year, physicists said.\n",
			"E=mc2 Turns 100 This Year"},
		{"a section's label in capitals before the headline, set off by a double angle", "TOP STORY >> One family’s first deployment\n\nThe family said goodbye at the airfield on Monday as the first deployment began.\n",
			"One family’s first deployment"},
		{"a copying site's note of where the story first ran and on what terms", "Originally posted by the Voice of America.\nVoice of America content is produced by the Voice of America,\na United States federal government-sponsored entity, and is in\nthe public domain.\n\n\nEast Africa Flood Deaths Surpass 400\n\nby Rael Ombuor\n\n   NAIROBI --\n\n   Heavy rains have left hundreds of people dead across East Africa.\n",
			"East Africa Flood Deaths Surpass 400"},
		{"a record's own title after the list of its subjects in bullets", "PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\nAbbott, Tony\n\nRelease Date:\n25/03/2015\nLocation:\nCanberra\nSubject(s):\n  • Visit to Strategic Border Command\n  • counter-terrorism units at international airports\n  • Iron ore prices\nJoint Doorstop Interview, Canberra\n\nPRIME MINISTER:\n\nIt's good to be here with my ministerial colleagues to talk to the personnel at Strategic Border Command in Canberra today.\n",
			"Joint Doorstop Interview, Canberra"},
		{"a record's title under its fields, one of them the document attached, over the document's copy of it cut over lines", "PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\nKeating, Paul\n\nPeriod of Service: 20/12/1991 - 11/03/1996\nRelease Date:\n15/09/1994\nRelease Type:\nInterview\nTranscript ID:\n9358\nDocument:\n00009358.pdf 2 Page(s)\nReleased by:\n  • Keating, Paul John\nTRANSCRIPT OF THE PRIME MINISTER, THE HON P J KEATING MP DOORSTOP AT \"TIMBAROO\",DUARINGA,QUEENSLAND 15 SEPTEMBER 1994\n\ni L L\nPRIME MINISTER\nTRANSCRIPT OF THE PRIME MINISTER, THE HON P J KEATING MP\nDOORSTOP AT \" TMAROl DUARINGAI QUEENSLAND\nSEPTEMBER 1994\nE& OE PROOF COPY\n",
			"TRANSCRIPT OF THE PRIME MINISTER, THE HON P J KEATING MP DOORSTOP AT \"TIMBAROO\",DUARINGA,QUEENSLAND 15 SEPTEMBER 1994"},
		{"a record's title keeps where it was made, and a shorter repeat of it is no headline", "Press conference - Canberra\n\nPrime Minister\n\nPRIME MINISTER: Good morning. The ministry for the new term is sworn in today in Canberra.\n\nJOURNALIST: Prime Minister, who is in the ministry?\n",
			"Press conference - Canberra"},
		{"a record's title, then a shorter repeat of it over the speaker's name", "U.S. Department of State\n\nPress Conference in Bishkek\n\nPress Conference\nRobert O. Blake, Jr.\n\nASSISTANT SECRETARY BLAKE: Good afternoon. I am glad to be back in Bishkek for talks with the government.\n",
			"Press Conference in Bishkek"},
		{"a page's title set off from its date by a dash, over the index of a briefing's subjects", "Daily Press Briefing - June 6, 2012\n\nIndex for Today's Briefing:\n\n    • Attack on Diplomatic Mission in Benghazi\n    • Settlement Activity\nMark C. Toner\nDeputy Spokesperson\nDaily Press Briefing\nWashington, DC\nJune 6, 2012\n\nMR. TONER: Good afternoon, everyone. Welcome to the State Department.\n",
			"Daily Press Briefing - June 6, 2012"},
		{"a briefing's kind under the spokesperson's name and office that open the page", "Jo Reyes\nDeputy Spokesperson\nDepartment Press Briefing\nWashington, DC\nApril 24, 2017\n\n1:45 p.m. EDT\n\nMR REYES: Good afternoon, everyone. Welcome to the State Department.\n\nQUESTION: Welcome back.\n",
			"Department Press Briefing"},
		{"a place set off from the date by a dash is a dateline, not a title", "Washington, DC - June 6, 2012\n\nFlood crews reach stranded towns\n\nRescue crews reached three stranded towns on Monday after the river fell.\n",
			"Flood crews reach stranded towns"},
		{"a transcript's list of subjects is no headline", "Doorstop, Canberra\n\nSUBJECTS: Budget; Leadership; Bob McMullan\n\nTREASURER: Well, the Budget is a good Budget for Australia, and the leadership is settled.\n",
			"Doorstop, Canberra"},
		{"a script's labelled headline, without its label", "Transcript/Script((PLAYBOOK SLUG: E24 1029 YOUTH VOTE TV\nHEADLINE: Gen Z voters step up\nTEASER: America’s youngest voters help get out the vote for the November election\nBYLINE: Laurel Bowman\n((INTRO))\n[[The youngest voters taking part in the U.S. presidential election are called Gen Z. They step up to get out the vote.]]\n",
			"Gen Z voters step up"},
		{"a script's headline labelled \"HEAD:\" under its slug, which names the story too", "Transcript/Script((PLAYBOOK SLUG: TV NASA Psyche Mission - Villafane\nHEAD: New NASA Spacecraft Nearly Ready for Asteroid Mission\nTEASER:\nBYLINE: Jo Lee\nDATELINE: Pasadena, California\n((INTRO))\n[[The Psyche mission of NASA is set to launch from Florida this year.]]\n",
			"New NASA Spacecraft Nearly Ready for Asteroid Mission"},
		{"a video player's notice under the title it repeats", "Accessibility links\n\nBreaking News\n\nParliament Passes Constitution Bill - 3:49\nplease wait\n\nNo media source currently available\n\n0:00 0:03:49 0:00\n\nZimbabwe's parliament on Thursday passed a bill to change the constitution.\n",
			"Parliament Passes Constitution Bill - 3:49"},
		{"a note to the reader on the page's first line, over the record's title", "Note: Where available, the PDF/Word icon below is provided to view the complete and fully formatted document\nTranscript of interview with Jo Lee: ABC Radio: 17 January 2013: bushfires\n\nDownload PDFDownload PDF\n\nSubjects: Bushfires\n\nHOST: Prime Minister, welcome to the program.\n\nPM: Thank you very much.\n",
			"Transcript of interview with Jo Lee: ABC Radio: 17 January 2013: bushfires"},
		{"a centred headline broken over two lines after \"to\"", "FOR IMMEDIATE RELEASE         Contact: Jo Lee, 608-565-2552\nMay 1, 2001\n\n                 Ultralight-led Sandhill Cranes Return to\n                     Necedah National Wildlife Refuge\n\nThe cranes that followed an ultralight aircraft south last fall returned to the refuge this week.\n",
			"Ultralight-led Sandhill Cranes Return to Necedah National Wildlife Refuge"},
		{"a site's difficulty rating in stars before the headline", "★☆☆Life Not So Sweet for Nigerian Sugar Farmers\n\n2013年04月05日 ★☆☆, VOA, World.\n\nNigeria's sugar farmers say no factory buys their cane.\n",
			"Life Not So Sweet for Nigerian Sugar Farmers"},
		{"a byline that gives the writer's rank and unit, its full stops an abbreviation's, under the headline", "An official website of the United States government\nA .mil website belongs to an official U.S. Department of Defense organization in the United States.\n\nHome : News : Article View\nNEWS | June 23, 2011\n\nGuard helps thousands flee floods\n\nBy Air Force Tech. Sgt. Jo Lee National Guard Bureau\n\nARLINGTON, Va. - As of 9:30 a.m. EST today the city of Minot, N.D. has evacuated about 12,000 residents in response to the Souris River overtopping several levees.\n\nMinot civilian authorities are anticipating that flood waters may reach an additional six to eight feet above the levees.\n\nToday the North Dakota National Guard will send 50 additional personnel to join the 500 Guard members in Minot.\n\nThe National Guard is always ready and always there, said the state's adjutant general.\n",
			"Guard helps thousands flee floods"},
		{"a press office's line of telephone numbers over a story that prints no headline", "ENR (202) 616-0189 TDD (202) 514-1888\n\nWASHINGTON, D.C. -- Six mining companies will dig up and remove soil from yards near the Bunker Hill site.\n",
			"Six mining companies will dig up and remove soil from yards near the Bunker Hill…"},
		{"the heading of a briefing's index of subjects", "Daily Press Briefing\nMark C. Toner\nDeputy Spokesperson\nDaily Press Briefing\nWashington, DC\nSeptember 13, 2016\nIndex for Today's Briefing\nSECRETARY'S SCHEDULE\nSYRIA\nIRAN\nTRANSCRIPT:\n1:22 p.m. EDT\nMR TONER: And I know we weren't able to answer all your questions today about the briefing on Syria.\nQUESTION: Are you going to announce them piecemeal?\n",
			"Daily Press Briefing"},
		{"a learning site's Chinese translation after the story's own headline", "“Green Loans” Help Kenya’s Farmers “绿色贷款” 帮助肯尼亚农民\n\nFarmers in Kenya are getting loans to buy seeds and tools that help them grow more food.\n",
			"“Green Loans” Help Kenya’s Farmers"},
		{"a site's words to its reader as the page's first paragraph, over the headline", "See all those languages up there? We translate Global Voices stories to make the world's citizen media available to everyone.\n\nLearn more about Lingua Translation  »\n\nBosnian Protesters Demand Bread, Social Justice and Freedom of Speech\n\nWhen the citizens of Tuzla went out to protest on February 4, few expected the riots that followed.\n",
			"Bosnian Protesters Demand Bread, Social Justice and Freedom of Speech"},
		{"a record's title that holds its date among other words is no date line", "Transcript of doorstop interview: Canberra: 29 August 2003: drought\n\nPRIME MINISTER: Well, the drought is the worst in a century.\n",
			"Transcript of doorstop interview: Canberra: 29 August 2003: drought"},
		{"a programme's label and date run into the headline", "AS IT IS 2016-09-09 U.S. Presidential Race Tightens\n\nThe race for the White House is getting closer, new public opinion studies show.\n",
			"U.S. Presidential Race Tightens"},
		{"a page's date stamp run into the headline", "date 2021-07-18 Government Commits $600,000 To Flood Recovery\n\nThe Government will give $600,000 to help the Buller district recover from the floods.\n",
			"Government Commits $600,000 To Flood Recovery"},
		{"a date run onto the headline's end", "Hundreds of state homes already under construction 19 May 2016\n\nMore than 300 state homes are already being built, the minister said today.\n",
			"Hundreds of state homes already under construction"},
		{"a date the site's title sets off with a dash is the title's", "UN to Expand Measles Vaccination Campaign - 2003-10-26\n\nThe World Health Organization and UNICEF are stepping up efforts against measles.\n",
			"UN to Expand Measles Vaccination Campaign - 2003-10-26"},
	}
	for _, tt := range tests {
		if got := Parse(tt.text).Title; got != tt.want {
			t.Errorf("%s: headline %q, want %q", tt.name, got, tt.want)
		}
	}
}
