package article

import (
	"strings"

	"github.com/briefing-dev/briefing/briefing/internal/lazy"
)

// The word lists below are closed classes of English news copy: the verbs
// that report speech, the words that name an office or a rank, the nouns
// that name an organisation, and the function words that open a sentence.
// They are written out in full, not learned, so that what the reader knows
// can be read here.

// speechVerbs report what someone said, in every form copy uses them.
var speechVerbs = lazy.Words(`said says say saying told tells telling tell added adds adding add cited cites explain warn argue insist continue write
explained explains explaining warned warns warning argued argues arguing noted notes noting
asked asks asking answered answers responded responds replied replies recalled recalls
urged urges encouraged encourages stressed stresses insisted insists claimed claims continued continues remembered remembers
wrote writes writing posted tweeted announced announces declared declares acknowledged
acknowledges admitted admits conceded concedes cautioned cautions emphasised emphasized
emphasises emphasizes observed observes remarked remarks suggested suggests predicted
predicts vowed vows pledged pledges promised promises described describes describing
called calls calling complained complains lamented laments confirmed confirms denied
denies agreed agrees commented comments testified testifies stated states shouted
whispered joked jokes quipped quips mused muses concluded concludes countered counters alleged
alleges accused accuses condemned condemns praised praises welcomed welcomes demanded
demands questioned questions criticised criticized criticises criticizes reiterated
reiterates assured assures maintained maintains recounted recounts explained
highlighted highlights underlined underscored underscores exclaimed wondered wonders
admitted reported reports advised advises cried pleaded pleads sighed laughed
interrupted interrupts interjected interjects retorted retorts snapped chimed
announcing stressing urging insisting acknowledging recalling explaining
add explain warn note argue urge stress insist describe emphasise emphasize reiterate
announce declare acknowledge admit concede caution remark predict vow pledge promise complain
confirm deny comment testify conclude answer respond reply recall referred refers labelled
labeled dubbed branded termed thanked thanks thank remark talked talk talks spoke speak speaks
speaking discussed ruled determined decided characterized characterised characterizes
characterises characterizing characterising opine opines opined opining retort retorts retorted
boast boasts boasted scoffed scoffs contend contends contended assert asserts asserted disclosed
hailed hails hail lauded lauds laud assailed assails slammed slams blasted decried decries decry lashed lashes
protested protests blamed blames objected objects
denounced denounces denounce touted touts tout mocked mocks lambasted bemoaned bemoans expressed
expresses ridiculed ridicules claim write allege indicated indicates chimed chimes interjected interjects
apologised apologized apologises apologizes apologise apologize clarified clarifies elaborated
hinted hints appealed appeals yelled yells screamed screams chanted chants
rave raves raved gush gushes gushed enthuse enthuses enthused marvel marvels marveled marvelled
vent vents vented grumble grumbles grumbled mutter mutters muttered
sneer sneers sneered gripe gripes griped boasted lamented admitted cautioned dismissed dismisses dismissing
inform informs informed informing deride derides derided deriding
sob sobs sobbed weep weeps wept gasp gasps gasped groan groans groaned
implore implores implored beg begs begged
reasoned reasons brag brags bragged surmise surmises surmised reckon reckons reckoned posit posits posited
tease teases teased fume fumes fumed affirm affirms affirmed confess confesses confessed
speculate speculates speculated deplore deplores deplored remind reminds reminded disagree disagrees disagreed
murmur murmurs murmured stammer stammers stammered drawl drawls drawled chuckle chuckles chuckled
reminisce reminisces reminisced venture ventures ventured swore gloat gloats gloated rue rues rued
noticed`)

// isSpeechVerb tells a verb of speech in any of its forms: one of
// speechVerbs, or a form of one ("remarking", "thanked").
func isSpeechVerb(w string) bool {
	if speechVerbs.Has(w) {
		return true
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		if speechVerbs.Has(stem) || speechVerbs.Has(stem+"e") || speechVerbs.Has(stem+"ed") || speechVerbs.Has(stem+"s") {
			return true
		}
	}
	return false
}

// reportingNouns name a text that speaks for someone: "the statement
// said".
var reportingNouns = lazy.Words(`statement report release letter document post message
communique communiqué study paper filing complaint indictment ruling order notice
tweet memo email poll survey analysis census data figures estimate estimates account forecast forecasts
research findings`)

// honorifics are courtesy titles and ranks written before a name as a
// form of address; unlike an office ("Health Minister") they say little
// about what the person does. The last line is police ranks as South
// Asian and African papers abbreviate them: "ASP Faridah Nampiima".
var honorifics = lazy.Words(`Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Baroness Baron Hon Hon. Honourable Rt Rt.
Rev Rev. Reverend Father Sister Brother Imam Rabbi Sheikh Pastor Bishop Archbishop Cardinal
General Gen. Lieutenant Lt. Lt Colonel Col. Major Maj. Captain Capt. Sergeant Sgt. Corporal
Cpl. Private Pvt. Midshipman Cadet Admiral Adm. Commander Cmdr. Marshal Brigadier Brig. Ensign Specialist
Spc. Airman Seaman Petty Officer Chief Staff Master Warrant First Second Maj Gen Col Capt Sgt
Senior Tech. Class Mate Pfc. Rear Vice Chaplain Doctor Cllr Cllr. Clr Clr. Cr Cr. Coun Coun. DS DI DCI DSI DCS PC PCSO Supt Supt. Insp Insp. Inspt Inspt. Snr Snr.
Cpt Cpt. Det Det. Ofc Ofc. Tpr Tpr. Cst Cst. Const. S/Sgt S/Sgt. Cdr Cdr.
Datuk Dato Datin Shri Smt Smt. Alhaji Alhaja Engr. Mallam
ASP SSP DSP ACP DCP IGP AIG DIG ASI SHO OCS OCPD DPC CSP WO WO1 WO2 CWO CW2 CW3 CW4 CW5`)

// offices are words that make the run of capitalised words they end a
// title rather than a name ("Information Minister", "U.S. Attorney"),
// and "Minster", the slip of the keys releases print for "Minister".
var offices = lazy.Words(`Minister Minster President Vice Secretary Sec. Attorney Director Administrator Commissioner
Governor Gov. Senator Senators Sen. Sens. Representative Representatives Reps. Rep. Congressman Congresswoman Mayor Judge Justice
Chief Officer Ambassador Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair
Chairperson Chancellor Premier Taoiseach Tánaiste Prime King Queen Prince Princess Pope President-elect Whip
Deputy Dep. Acting Assistant Asst. Special Agent Inspector Superintendent Sheriff Detective Constable
Trooper Coach Manager CEO Executive Head Leader Speaker Councillor Councilor Councilman
Councilwoman Commander Envoy Emir Sultan Crown Minister-President Lawmaker MP CS PS MCA Delegate
Consul Prosecutor Solicitor Counsel Auditor Comptroller Treasurer Registrar Principal
Dean Provost Rector Surgeon Ombudsman Curator Editor Founder Owner Captain Pilot Astronaut
Administrator Undersecretary Under-Secretary Secretary-General Director-General Inspector-General Controller
Marshal Magistrate Senior Associate Principal Lead Program Project Public Affairs
Scientist Researcher Professor Doctor Nurse Commissioner-General Member Coordinator
SAC ASAC AUSA CM DCM MCE DCE CFO COO CTO CMO CIO CISO VP SVP EVP GM MSP MLA MEP MPP TD Supervisor Supervisors Clerk Alderman Alderwoman
Alderperson Selectman Selectwoman Trustee Warden Coroner Assessor Collector`)

// surnameTitles are titles that are also common surnames: after a given
// name ("Paul Dean", "Pat Major", "Lee Alderman") they are the surname.
var surnameTitles = lazy.Words(`Dean King Major Marshal Bishop Judge Prince Sheriff Coach Constable Pope
Leader Speaker Head Lord Sergeant Chancellor Rector Provost Deacon Priest Knight Cardinal
Captain General Chief Governor Mayor Porter Bailey Baker Abbott Sultan Page Warden Clerk Pilot Alderman Nurse`)

// givenTitles are titles that are also common given names: before a
// surname alone they are the given name ("Senate leader Dean Skelos").
var givenTitles = lazy.Words(`Dean`)

// placeOpeners open the two-word names of places, never a person's:
// "South Africa", "New Zealand", "Porto Alegre", "San Diego".
var placeOpeners = lazy.Words(`North South East West Northern Southern Eastern Western Upper Lower Greater Central New San Santa Porto Port Puerto Saint Fort Mount Lake Las Los Rio Sri
Hong Papua Cape Buenos São Sao Costa`)

// countryPairs are the names of countries, states and provinces written
// in two words, with which a body's name may end ("Housing New
// Zealand", "Statistics South Africa"); a person's never does.
var countryPairs = lazy.Of("New Zealand", "South Africa", "Sri Lanka", "Hong Kong", "Costa Rica", "Puerto Rico",
	"Sierra Leone", "El Salvador", "Saudi Arabia", "North Korea", "South Korea", "South Sudan", "Northern Ireland",
	"New Guinea", "Burkina Faso", "East Timor", "Ivory Coast", "Great Britain", "United Kingdom", "United States",
	"Cape Verde", "San Marino", "Czech Republic", "Dominican Republic", "New York", "New Jersey", "New Mexico",
	"New Hampshire", "Rhode Island", "West Virginia", "North Carolina", "South Carolina", "North Dakota",
	"South Dakota", "South Wales", "Western Australia", "South Australia", "Northern Territory", "British Columbia",
	"Nova Scotia", "New Brunswick")

// placeNames are the one-word names of countries, continents and US
// states that are also given names in the name lists: opening a sentence
// alone ("Ireland enjoys strong relations with Lebanon", "Jordan has
// closed its border") they name the place, not a person.
var placeNames = lazy.Words(`America Asia Carolina Chad China Georgia India Ireland Israel Jordan Malaysia Sierra Virginia`)

// rankGrades are the grades in small letters that follow a rank inside
// a name's title: "Lt. j.g. Eric Majeska" (lieutenant, junior grade).
var rankGrades = lazy.Words(`j.g. jg j.g`)

// orgNouns make a run of capitalised words the name of an organisation,
// a place or a thing, not of a person.
var orgNouns = lazy.Words(`Ministry Department Dept. University College School Academy Institute Institution
Center Centre Centers Centres Council Commission Committee Organization Organisation Association
Foundation Bank Court Transport Transit Police Army Navy Force Forces Guard Guards Service Services Office Bureau
Party Government Company Co. Inc. Inc Corp. Corporation Ltd Ltd. LLC Group Network Authority
Networks Groups Authorities Ministries Departments Agencies Organizations Organisations Associations Committees Councils Universities Institutes Hospitals Embassies
Board Program Programme Fund Union Society Hospital Clinic Church Embassy Parliament Congress
Senate Assembly Nations Federation League Club Team Airlines Airways Agency Administration
Laboratory Laboratories Lab Museum Library Agency Trust Alliance Coalition Front Movement
Management Capital Partners Holdings Investments Securities Advisors Advisers Associates Consulting
Rebellion Resistance Uprising Revolution Brotherhood Campaign Collective Caucus Tribunal
Council Cabinet Kremlin Pentagon Vatican News Times Post Journal Herald Tribune Gazette Radio
Television TV Press Media Magazine Newspaper Podcast Studio Studios Publishing Publications Channel Broadcasting Observatory Station Survey Secretariat
Directorate Síochána Command Corps Brigade Regiment Battalion Division Fleet Marines Coast Republic
Kingdom State States Province County City Town Village District Region Island Islands River
Mountain Mountains Lake Sea Ocean Valley Park Street Road Avenue Boulevard Lane Drive Highway Creek Bay Beach Ridge Canyon Falls Harbor Harbour Gulf Strait Coast Forest Canal Parkway Plaza Square Hall House Palace
Tower Bridge Airport Port Hotel Motel Inn Resort Casino Restaurant Cafe Café Pub Shop Supermarket Stadium Market Mall Festival Games Cup Championship Olympics
Prize Award Act Bill Treaty Accord Agreement Initiative Project Mission Operation Plan
Strategy Scheme Agenda Framework Policy Charter Declaration Manifesto Roadmap
Fire Storm Hurricane Typhoon Cyclone Tropical Reserve Refinery Plant Mine Dam Facility
Prison Jail Base Camp System Systems Technologies Technology Energy Oil Gas Power Motors
Pharmaceuticals Health Labs Partners Holdings Capital Industries International Global
National Federal Regional Central Council Institute Museum Zoo Garden Gardens Monument
Memorial Cathedral Mosque Temple Synagogue Court Tribunal Chamber Chambers Exchange Action Watch Relief
Therapeutics Biosciences Biotech Pharma Genomics Diagnostics Robotics Analytics Solutions Ventures Sport Sports
Commonwealth Democrats Republicans Conservatives Liberals Taliban Hamas Hezbollah
Reuters AFP Bloomberg Xinhua
Elementary United Utd FC AFC Rovers Wanderers Hotspur Albion Athletic`)

// sentenceWords are function words and other words that open sentences
// with a capital letter but never begin a name.
var sentenceWords = lazy.Words(`The A An In On At But And Or So When While After Before As If This That To
These Those He She It They We I You His Her Its Their Our My Your For From With By According
Meanwhile However Also Then Some Many Most Several Both Each Every All No Not Now Since Until
Though Although Because Despite During Under Over Among Between Into Through About Across
Against Along Around Earlier Later Last Next Still Yet Even Only Just Instead Thus Hence
Today Tonight Yesterday Tomorrow Here There Where What Who Why How Which Whose Whom Asked
Speaking Writing Addressing Responding Following Amid Without Within Upon Once Further Throughout Beyond Beside Besides Towards Toward Near Outside Inside Behind Below Above Beneath
Having Being Opening Looking Turning Noting Citing Calling Describing Reflecting Referring Commenting Explaining
Adding Admitting Acknowledging Arguing Insisting Saying Reacting Discussing Pointing Praising Criticising Criticizing
Defending Urging Warning Welcoming
Other Another Such More Less Few Much Any Either Neither One Two Three Four Five Six Seven
Eight Nine Ten Dozens Hundreds Thousands Millions Scores Dear Thank Thanks Hi Hello Hey Welcome Congratulations Please Yes Well Oh Like Unlike Regarding Despite Given
Already Accompanying Again Almost Indeed Perhaps Maybe Otherwise Sometimes Often Together Nevertheless Nonetheless Furthermore Moreover Likewise Similarly Separately Elsewhere Overall Ultimately Finally Initially Originally Previously Currently Recently
Except Unless Whether Whereas Whilst Whenever Wherever Whatever Whoever Nor Of Apart Aside Above Below Beneath Behind Inside Outside Including Excluding Considering Concerning
Fortunately Unfortunately Sadly Luckily Thankfully Surprisingly Interestingly Clearly Obviously Apparently Eventually Subsequently Additionally Notably Importantly Specifically Generally Usually Typically Normally
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Photo Image Video
Read Listen Click Download Visit Related Editor Editors Note Update Updated Posted Published Share Print Email Together Instead
Overall Indeed Moreover Furthermore Finally Additionally Nevertheless Nonetheless Otherwise
Therefore Consequently Similarly Likewise Meanwhile Currently Recently Previously Initially
Ultimately Separately Elsewhere Altogether Afterwards Afterward Besides Still Rather
I'm I’m I've I’ve I'll I’ll I'd I’d`)

// particles join the parts of a name without a capital: "Ursula von der
// Leyen", "Luiz Inácio Lula da Silva", "Mohammed bin Salman".
var particles = lazy.Words(`de da das do dos du del della der den van von ter ten bin bint ibn ben al el ad ud ur az la le las los di y e`) // (the Arabic article as it is said before some letters: "Ibn ad Dunya", "Zia ud Din")

// roleNouns are lower-case nouns that name what a person does; "the
// minister" refers back to a person whose title has the same noun.
var roleNouns = lazy.Words(`minister laureate nominee president secretary attorney director administrator commissioner governor
senator representative congressman congresswoman mayor judge justice chief officer ambassador
spokesman spokeswoman spokesperson chairman chairwoman chair chancellor premier king queen
prince princess pope deputy inspector superintendent sheriff detective coach manager ceo
executive head leader speaker councillor councilor commander envoy prosecutor lawyer attorney
professor researcher scientist expert analyst economist doctor physician nurse surgeon
official officer historian author writer founder owner teacher student activist witness
survivor accused defendant resident farmer worker driver pilot engineer diplomat general colonel major captain
lieutenant sergeant admiral priest imam pastor bishop rabbi monk nun journalist reporter
editor correspondent actor singer player athlete captain curator astronaut epidemiologist
virologist specialist adviser advisor consultant strategist director-general secretary-general
lawmaker legislator politician candidate chairperson dean principal agent spokesmen officials
woman man girl boy mother father wife husband daughter son sister brother citizen villager
volunteer victim relative scholar fellow aide clerk nominee trustee employee member partner
actress artist singer comedian host presenter broadcaster dancer musician rapper poet novelist
playwright filmmaker photographer designer architect chef cook waiter waitress nurse midwife
paramedic firefighter soldier sailor marine veteran guard ranger pilot astronaut physicist
chemist biologist geologist engineer technician mechanic plumber electrician carpenter lawyer
barrister solicitor judge magistrate juror defendant plaintiff prosecutor detective inspector
constable sheriff deputy warden monk nun cleric chaplain rabbi imam pastor priest vicar
student pupil graduate intern trainee apprentice coach captain skipper striker goalkeeper referee
umpire jockey athlete runner swimmer cyclist boxer wrestler champion medallist medalist
forward midfielder defender winger quarterback batsman bowler full-back fullback wing-back centre-back
center-back half-back fly-half scrum-half linebacker playmaker keeper all-rounder wicketkeeper
entrepreneur investor banker trader broker accountant auditor executive director manager negotiator mediator
supervisor foreman spokesman chairman owner shopkeeper vendor farmer fisherman herder collector
miner driver passenger commuter tourist visitor pilgrim migrant refugee asylum-seeker mayor eyewitness bystander onlooker blogger netizen commenter
boss
user tweeter influencer vlogger podcaster columnist reviewer critic poster neighbour neighbor owner organiser organizer protester demonstrator bureaucrat technocrat
vendor shopkeeper businessman businesswoman entrepreneur administrator commentator observer
source delegate teammate classmate attendee insider costar co-star star superstar taoiseach tánaiste
missionary emissary dignitary functionary notary beneficiary`)

// orgRoleNouns are lower-case nouns for an organisation speaking: "the
// ministry said", "police said", "gardaí said" (Ireland's police).
var orgRoleNouns = lazy.Words(`ministry department agency government administration company firm
police gardaí gardai garda force military army navy court tribunal office commission committee council embassy group
organization organisation institute university hospital board authority authorities
union party campaign team club bank firm service bureau cabinet kremlin parliament
senate congress assembly secretariat coalition alliance movement network station
prosecutors prosecution defence defense regime junta rebels militants insurgents
airline carrier retailer supermarket manufacturer maker utility operator regulator watchdog
brand carmaker automaker lender insurer conglomerate
charity federation newspaper broadcaster district county city council municipality
ministry's agency's company's statement's firm's government's
court's tribunal jury panel commission secretariat consulate mission delegation
organisers organizers promoters developer developers contractor insurer lender
school college academy church museum library trust foundation society collective cooperative consortium syndicate`)

// femaleWords and maleWords show a person's gender where a text states it.
var (
	femaleWords = lazy.Words(`Mrs Mrs. Ms Ms. Miss Dame Lady Baroness Sister Queen Princess spokeswoman chairwoman
congresswoman councilwoman businesswoman woman girl mother wife daughter sister actress nun
grandmother aunt niece mum mom widow her hers herself she`)
	maleWords = lazy.Words(`Mr Mr. Sir Lord Baron Brother Father King Prince spokesman chairman congressman
councilman businessman man boy father husband son brother monk grandfather uncle
nephew dad widower his him himself he`)
)

// thingAcronyms are written in capitals like a body's initials but name
// an illness, a measure or a thing: "the COVID pandemic" names no one
// that "the group said" could mean.
var thingAcronyms = lazy.Words(`COVID COVID-19 HIV AIDS SARS SARS-CoV-2 MERS RSV TB MRSA PTSD ADHD GDP CPI DNA RNA PPE ICU
IVF CBD THC LGBT LGBTQ LGBTQ+ LGBTQIA+ AI GPS PDF`)

// pronouns that can be the subject of a speech verb.
var pronouns = lazy.Words(`he she they it He She They It`)

// circumstance opens a phrase after a name that says where, when or how
// the person spoke, not what the person is: "…, in a newsletter from …",
// "…, during a briefing".
var circumstance = lazy.Words(`in on during via through after before when while`)

// postNominals are the letters a British, Irish or Commonwealth name may
// carry after it: a seat ("MP", "MSP", "MS", "MEP", "TD"), silk ("QC",
// "KC", "SC"), the Irish bar ("BL"), an honour or an order ("OBE", "MVO", "CMG", "AO", "OAM", "QSO"), a
// fellowship or a degree.
var postNominals = lazy.Words(`MP MSP MS MEP TD T.D. MLA MLC QC KC SC BL OBE MBE CBE KBE DBE MVO LVO CVO KCVO GCVO CMG KCMG GCMG CB KCB GCB DSO OM CH JP DL CSC CSM DSC DSM AFC DFC FRS FRSE FREng FMedSci AO AC OAM AM QSO QSM ONZM CNZM KNZM MNZM PhD Ph.D. M.D. MD MBA J.D. Esq. DPhil D.Phil. RN`)

// seatLetters are the postNominals that name a seat, which follow a body's
// name too ("Labour MP"); silk and honours follow only a person's.
var seatLetters = lazy.Words(`MP MSP MS MEP TD MLA MLC`)
