package article

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/briefing/speech"
)

// quoteLines prints each quote as "Speaker|honorific|title|affiliation
// (kind, via, partial, cut): text".
func quoteLines(t *Text) string {
	var out []string
	for _, q := range t.Quotes() {
		sp := q.Speaker
		flags := fmt.Sprintf("%s, %s", sp.Kind, q.Via)
		if q.Partial {
			flags += ", partial"
		}
		if q.Cut {
			flags += ", cut"
		}
		if q.GoesOnFrom > 0 {
			flags += fmt.Sprintf(", goes on from L%d", q.GoesOnFrom)
		}
		out = append(out, fmt.Sprintf("%s|%s|%s|%s (%s) L%d: %s", sp.Name, sp.Honorific, sp.Title, sp.Affiliation, flags, q.Line, q.Text))
	}
	return strings.Join(out, "\n")
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"hard-wrapped copy without blank lines, a quotation over paragraphs reopened at a line's start after a sentence's end", `Rail plan published
The Transport Secretary Ruth Kelly today published the
White Paper, setting out how the railway will grow over the
next thirty years with billions of pounds of new investment.
Ms Kelly said:
"Our railway is flourishing and in this White Paper we show
how we will grow and develop the network for decades to come.
"Passengers want not only more capacity and reliability on
their trains but also more modern stations, simple and efficient
ticketing and value for money.
They're right to be so demanding and this strategy can
deliver what they want.
"Steady investment has given us a rail network which is in
good shape for the first time in a generation and this means we
can be ambitious for its future."
`, `Ruth Kelly|Ms|Transport Secretary| (person, name) L6: Our railway is flourishing and in this White Paper we show how we will grow and develop the network for decades to come.
Ruth Kelly|Ms|Transport Secretary| (person, name, goes on from L6) L8: Passengers want not only more capacity and reliability on their trains but also more modern stations, simple and efficient ticketing and value for money. They're right to be so demanding and this strategy can deliver what they want.
Ruth Kelly|Ms|Transport Secretary| (person, name, goes on from L6) L13: Steady investment has given us a rail network which is in good shape for the first time in a generation and this means we can be ambitious for its future.`},
		{"an honorific whose name the copy cut off is whom a pronoun of its sex would name", `Games moved out of Christchurch

Rugby World Cup Minister Murray McCully says the games will be moved out of the city.

“For an event as important as the Rugby World Cup we need certainty,” said Mr`, `Murray McCully||Rugby World Cup Minister| (person, pronoun) L5: For an event as important as the Rugby World Cup we need certainty,`},
		{"a preposition in capitals that opens the sentence opens no name", `Voters turn out

Near Washington, American University law student, Angela Edmond, was part of a volunteer team. "We are waiting to see when she comes out," she said.
`, `Angela Edmond||American University law student| (person, pronoun) L3: We are waiting to see when she comes out,`},
		{"a paragraph that opens in straight single marks, left open, with a quotation in double marks inside it, goes on with the speaker's quotation", `Crime is falling

Crime Prevention Minister Jeremy Browne said: 'Crime is falling. I want people to be safe and secure.

'Chief constables are rising to the challenge. As Her Majesty's Inspectorate of Constabulary has said, "the front line is being protected".

'Police reform is working. We have swept away central targets and reduced police bureaucracy.'
`, `Jeremy Browne||Crime Prevention Minister| (person, name) L3: Crime is falling. I want people to be safe and secure.
Jeremy Browne||Crime Prevention Minister| (person, name, goes on from L3) L5: Chief constables are rising to the challenge. As Her Majesty's Inspectorate of Constabulary has said, "the front line is being protected".
Jeremy Browne||Crime Prevention Minister| (person, name, goes on from L3) L7: Police reform is working. We have swept away central targets and reduced police bureaucracy.`},
		{"but one that a double mark closes is no quotation in single marks", `Flood help

Relief minister Jo Kaye visited the flooded towns on Monday.

'Regions hardest hit by the floods will get help first,” says Ms Kaye.
`, `Jo Kaye|Ms|Relief minister| (person, name) L5: Regions hardest hit by the floods will get help first,`},
		{"a quotation in single marks closed by an opening mark typed after its last word", `Libraries get funds

Environment Minister Phil Hogan announced a new library programme on Monday.

The Minister expressed his delight at being able to announce the new programme:  ‘Investment in libraries is money well spent that will yield a huge dividend‘.  The Minister noted that visits to libraries had grown.
`, `Phil Hogan||Environment Minister| (person, role) L5: Investment in libraries is money well spent that will yield a huge dividend`},
		{"a dateline run into the sentence's first word by a dash is no part of the name after it", `Senator calls for funding

Washington—Senator Jo Lee led a group of senators in calling for more funding on Monday. “We will act on this,” Lee said.
`, `Jo Lee||Senator| (person, name) L3: We will act on this,`},
		{"an office whose field opens with \"the\" runs to the name after it, one not known as a given name", `Commission funds nature projects

The European Commission has approved new funding for nature projects.

Commissioner for the Environment Virginijus Sinkevičius said: “We have no time to waste.”
`, `Virginijus Sinkevičius||Commissioner for the Environment| (person, name) L5: We have no time to waste.`},
		{"a script's banner that is a name alone, over the cue of a sound bite, names the voice; a banner that is a topic does not", `VOA Connect

OPEN (VO/NAT)
((Banner))
Art and the City
((SOT))
“I want this artwork to highlight the positivity in communities and people working together.”
((Animation Transition))
((Banner))

Wyclef Jean
((SOT))
“I want the reality for the Congress to understand this is not a good thing for Haiti.”
((Open Animation))
`, `Wyclef Jean||| (person, name) L13: I want the reality for the Congress to understand this is not a good thing for Haiti.`},
		{"\"encouraged\" reports what its subject said, as \"urged\" does", `Police week

Senator Cindy Hyde-Smith today encouraged policymakers and the public to “put words into action” in terms of supporting law enforcement.
`, `Cindy Hyde-Smith||Senator| (person, name, partial) L3: put words into action`},
		{"and so is a knight's honorific cut off alone", `Trade talks

Trade Secretary Sir John Reed met his counterparts on Monday.

“We will keep talking until we have a deal,” said Sir`, `John Reed|Sir|Trade Secretary| (person, pronoun) L5: We will keep talking until we have a deal,`},
		{"a clause not set off by commas that says what a named person is gives the title, and whom the person was talking to is not the speaker", `Polio drive falters

Dr. Sana Malik who is the deputy head of the provincial polio program, also talking to Deewa Radio said the virus will “soon be known as a local virus,” after the region.
`, `Sana Malik|Dr.|deputy head of the provincial polio program| (person, name, partial) L3: soon be known as a local virus,`},
		{"and so does one before the speech verb itself", `Polio drive falters

Dr. Sana Malik who is the deputy head of the provincial polio program said the virus will “soon be known as a local virus,” after the region.
`, `Sana Malik|Dr.|deputy head of the provincial polio program| (person, name, partial) L3: soon be known as a local virus,`},
		{"an office in small letters with its field after \"for\", of one part or two, is the title of the name after it", `Mines cut jobs

Zambia's minister for mines and minerals development Ana Lima told VOA the cuts would hurt.

“We are doing what we can,” Lima said.

The minister for fisheries Jo Reyes said: “The stocks are low.”
`, `Ana Lima||minister for mines and minerals development| (person, name) L5: We are doing what we can,
Jo Reyes||minister for fisheries| (person, name) L7: The stocks are low.`},
		{"an office after a name that no comma closes ends where a verb in the past tense goes on with the sentence", `Nature awards

Ana Lima, European Commissioner for the Environment presented the awards.

“These projects show what nature can do,” said Lima.
`, `Ana Lima||European Commissioner|Environment (person, name) L5: These projects show what nature can do,`},
		{"a closing mark typed to open a quotation, run into the sentence before it, opens it when the next mark closes it", `Schools occupied

Rebels hold schools in the northwest. The occupation could delay the school year in September.”We have about 48 schools that have been destroyed,” the regional education chief, Ana Lima, told reporters Sunday. “We are looking for our teachers.”
`, `Ana Lima||regional education chief| (person, name) L3: We have about 48 schools that have been destroyed, We are looking for our teachers.`},
		{"the office a host introduces a guest by after \"is the\" is the guest's title", `Interview on trade

JO REYES: Joining me now from Canberra is the Trade Minister, Ana Lima. Thanks for your time. What did you agree in Beijing?

ANA LIMA: We have had very good talks in Beijing this week, and we will see more exports.

JO REYES: Is the relationship frosty?

ANA LIMA: I would not call it frosty at all. We trade a great deal with China.
`, `Ana Lima||Trade Minister| (person, name) L5: We have had very good talks in Beijing this week, and we will see more exports.
Ana Lima||Trade Minister| (person, name) L9: I would not call it frosty at all. We trade a great deal with China.`},
		{"a spokesperson's name and office that open a briefing's page, over its kind, give the label's speaker the office", `Jo Reyes
Deputy Spokesperson
Daily Press Briefing
Washington, DC
April 24, 2017

MR REYES: Good afternoon, everyone. Welcome to the State Department. We have a brief announcement on the Secretary's travel this week.

QUESTION: Where is he going?

MR REYES: He will travel to New York on Friday to chair a meeting of the Security Council.
`, `Jo Reyes||Deputy Spokesperson| (person, name) L7: Good afternoon, everyone. Welcome to the State Department. We have a brief announcement on the Secretary's travel this week.
Jo Reyes||Deputy Spokesperson| (person, name) L11: He will travel to New York on Friday to chair a meeting of the Security Council.`},
		{"a second verb of the same subject after the first's object, before a colon, names whose words follow", `Protest in Bangkok

The rally drew thousands to the capital on Saturday.

Ana Lima covered the rally and shared her observations:

All together, I was relieved that the level of violence on the day was not too bad. There was enough action to raise the adrenaline.

The police said the rally ended peacefully.
`, `Ana Lima||| (person, name) L7: All together, I was relieved that the level of violence on the day was not too bad. There was enough action to raise the adrenaline.`},
		{"a question in marks, then its asker before a colon, and the asker's words after it", `Africa's borders

Bloggers have debated the vote in Crimea this week.

“Is the Crimea referendum a good model for Africa?” asks Ana Lima:

I have long thought that our borders were drawn by people who never set foot here, and I still think so.

Other bloggers disagreed.
`, `Ana Lima||| (person, name) L5: Is the Crimea referendum a good model for Africa?
Ana Lima||| (person, name) L7: I have long thought that our borders were drawn by people who never set foot here, and I still think so.`},
		{"a post quoted after \"X says:\" is the writer's though it lost its stop", `Cholera in Venezuela

The number of cholera cases rose this week in the country.

Ana Lima (@analima_542), on January 30, says:

118 afectados por cólera han recibido tratamiento

That same day, from the city of Maracaibo, Jo Reyes links to the most recent news:

Ya son 135 los tratados contra el cólera
`, `Ana Lima||| (person, name) L7: 118 afectados por cólera han recibido tratamiento`},
		{"a paragraph after a speaker's unmarked words that reports what others said is the writer's again", `Cholera in Venezuela

The number of cholera cases rose this week in the country.

Ana Lima says:

I am relieved the outbreak is slowing down now, and I hope it ends soon.

That same day, officials said the outbreak was under control.
`, `Ana Lima||| (person, name) L7: I am relieved the outbreak is slowing down now, and I hope it ends soon.`},
		{"an office set off by commas before a name, after an opening phrase of \"ahead of\", announces its holder's statement", `Rare diseases

More people are affected this year.

Ahead of World Rare Disease Day on 28 February, Commissioner for Health and Food Safety, Stella Kyriakides, made the following statement:

“I am calling for stronger EU cooperation on rare diseases.”
`, `Stella Kyriakides||Commissioner for Health and Food Safety| (person, name) L7: I am calling for stronger EU cooperation on rare diseases.`},
		{"a body named in the plural (\"Reference Networks\") is no person, so an announced statement runs on over it to where the copy stops", `Rare diseases

More people are affected this year.

Commissioner Stella Kyriakides made the following statement:

“I am calling for stronger EU cooperation on rare diseases. This must change.

Facilitated through our 24 European Reference Networks, this project helps expertise travel across the Union.

Research and innovation is crucial to understand diseases and develop gam
`, `Stella Kyriakides||Commissioner| (person, name) L7: I am calling for stronger EU cooperation on rare diseases. This must change.
Stella Kyriakides||Commissioner| (person, continued, goes on from L7) L9: Facilitated through our 24 European Reference Networks, this project helps expertise travel across the Union.
Stella Kyriakides||Commissioner| (person, continued, cut, goes on from L7) L11: Research and innovation is crucial to understand diseases and develop gam`},
		{"what a speaker told someone, without \"that\", is reported: its verbs of speech name no one \"he\" may be", `Tribunal prosecutor to meet survivors

Chhang Song, a former information minister, will moderate the event. He told VOA Khmer the meeting between victims and a court prosecutor will help explain a complicated court process.

And even if the court can't deliver “100 percent justice,” it has followed the law, he said.
`, `Chhang Song||former information minister| (person, pronoun, partial) L5: 100 percent justice,`},
		{"a sentence opened by an office in capitals that no name follows is about the holder named before, not the name it goes on to", `Sirleaf in Washington

At a news conference today, President Ellen Johnson Sirleaf said U.S. officials pledged to help relieve Liberia's debt.

The Liberian President held meetings with President Bush and other top U.S. officials.

Specifically, she said, the Bush Administration has agreed to cancel a debt, and "assist in the settlement of $3.7 billion dollars" in debt.
`, `Ellen Johnson Sirleaf||President| (person, pronoun, partial) L7: assist in the settlement of $3.7 billion dollars`},
		{"a paragraph whose last sentence ends on \"writes\" and a link's marks lost its colon before a post in another language", `Maputo on alert

Rumors spread in Mozambique about a general strike.

While the mainstream media is just starting to report this, bloggers have been reporting on events. Eduardo Castro of Elefante News writes [pt] [2]

Ouvi na Antena Nacional que a polícia não “recebeu nenhum pedido de manifestação popular” para hoje aqui em Maputo.

I heard on the National Radio that the police did “not receive any request for a popular demonstration” for today in Maputo.
`, `Eduardo Castro|||Elefante News (person, name) L7: Ouvi na Antena Nacional que a polícia não “recebeu nenhum pedido de manifestação popular” para hoje aqui em Maputo.
Eduardo Castro|||Elefante News (person, name, goes on from L7) L9: I heard on the National Radio that the police did “not receive any request for a popular demonstration” for today in Maputo.`},
		{"a post that is a line of words, a link and a hashtag is a post, not a site's banner", `Bloggers react

Bloggers reacted to the news on Monday.

Erika Solis Tlachi (@erikadesing), from the same city, informs:

Urgente saqueo en guayaquil ecuador – http://bit.ly/dycQoI #ireport

Other bloggers disagreed.
`, `Erika Solis Tlachi||| (person, name) L7: Urgente saqueo en guayaquil ecuador – http://bit.ly/dycQoI #ireport`},
		{"what a person is, set off by commas before the name, leaves the name the sentence's subject", `Valentine's Day in Central Asia

Social media users argue about whether the holiday should be celebrated.

Another blogger, Kuanushbek Zhakparov, agrees that the day is a secular holiday but contends that Valentine's Day is an “evil” capitalist phenomenon.
`, `Kuanushbek Zhakparov||blogger| (person, name, partial) L5: evil`},
		{"a paragraph that opens on others of the kind the story hears (\"Other bloggers\") is the writer's, not the blogger's going on", `Bolt strikes in Beijing

Bloggers across the Caribbean celebrated the win.

West Indies Cricket Blog adds:

What a run that was, and what a man he is for the islands!

Other bloggers were more measured.
`, `West Indies Cricket Blog||| (person, name) L7: What a run that was, and what a man he is for the islands!`},
		{"a few words of exclamation, over a sentence or two, are words a colon announces", `Bolt strikes in Beijing

Bloggers across the Caribbean celebrated the win.

…while West Indies Cricket Blog adds:

Wow! Just wow!

Other bloggers were more measured.
`, `West Indies Cricket Blog||| (person, name) L7: Wow! Just wow!`},
		{"a colon after what a person named thought or doubted announces their words", `Doping charges

Jamaicans reacted to the news on Monday.

Maureen Miles, for instance, didn't believe Asafa Powell would suddenly start doping at this point in his career:

this is a whole set up they hate our guts and they will do anything to bring us down

Other fans disagreed.
`, `Maureen Miles||| (person, name) L7: this is a whole set up they hate our guts and they will do anything to bring us down`},
		{"\"Minster\", the slip of the keys for \"Minister\", in a role is the minister named before", `Libya evacuation

Foreign Office Minister Alistair Burt has updated Parliament on the efforts to help British nationals leave Libya.

In a written statement the Foreign Office Minster said:

“More than 600 British nationals have been evacuated from Libya on UK-provided flights and ships.”
`, `Alistair Burt||Foreign Office Minister| (person, role) L7: More than 600 British nationals have been evacuated from Libya on UK-provided flights and ships.`},
		{"one named as a blogger before a colon announces what they posted, whatever the verb", `Barca fan jailed

A teenager was jailed for writing a motto on a wall.

Blogger Adilski takes a sharp look at the sentencing:

On a light note, a commentator said the teen was arrested because the king is a fan of Real Madrid.
`, `Adilski||Blogger| (person, name) L7: On a light note, a commentator said the teen was arrested because the king is a fan of Real Madrid.`},
		{"a minister's transcript prints its labels on lines of their own, the member's as \"the Honourable\" in capitals: the member's turn goes on to the next label, the words in marks inside it", `Transcript

Doorstop - Dubbo, New South Wales

THE HON JANE TULL MP, MINISTER FOR AGRICULTURE:

Thanks for coming today. I asked Bill what he would plant this year. He said: “Wheat, if it rains.” So Bill, it is a shame that we interrupted your afternoon, but it is great to have the Prime Minister here to thank the farmers.

But it is good to have you here, so over to you, PM.

PRIME MINISTER:

Well, thank you Jane. The rain has come at last, and we are here to help.
`, `Jane Tull|Hon|MINISTER FOR AGRICULTURE| (person, name) L7: Thanks for coming today. I asked Bill what he would plant this year. He said: “Wheat, if it rains.” So Bill, it is a shame that we interrupted your afternoon, but it is great to have the Prime Minister here to thank the farmers. But it is good to have you here, so over to you, PM.
prime minister||Prime Minister| (unnamed, name) L13: Well, thank you Jane. The rain has come at last, and we are here to help.`},
		{"a subject and any verb alone, after a quotation that closes with a comma, are its attribution; the pronoun is the man of the couple", `Salmon season opens

Mike Miller and his wife Julie take people fishing. “This is what we call a flat line,” he demonstrates. “We send it right behind the boat.”
`, `Mike Miller||| (person, pronoun) L3: This is what we call a flat line,
Mike Miller||| (person, nearby) L3: We send it right behind the boat.`},
		{"a blogger named by a handle in small letters with a digit", `Belarus: No blog for the president

Blogger pilgrim-67 sarcastically comments [1] [RUS] on the president's decision not to start a blog [2] [RUS]: “That's a pity. His blog would be more lively than Medvedev's.”

Another blogger took the news calmly.
`, `pilgrim-67||blogger| (person, name) L3: That's a pity. His blog would be more lively than Medvedev's.`},
		{"a page's line of tags names a minister by another form of the name than the story does: the story's is the speaker's", `Minister Tull Announces €2 Million in Flood Funding

Funding, Irish Aid, Minister Janet Tull, Press Releases, Africa, Ireland, 2015

The Minister for Foreign Affairs and Trade, Jan Tull T.D., today announced additional funding of €2 million.

Announcing the funding, Minister Tull said:

“The floods have led to immeasurable suffering, and Ireland will help.”
`, `Jan Tull||Minister for Foreign Affairs and Trade| (person, name) L9: The floods have led to immeasurable suffering, and Ireland will help.`},
		{"a post's numbered list after its writer's colon, past the mark of what the excerpt left out; the list goes on item by item", `Tanzania: Bomb blasts

Bomb explosions at an army base killed at least 30 people this week.

In a post titled A Glimpse, blogger Jane Simba posts photographs of the blasts. She writes:

[…]

2. The country’s disaster preparedness is very weak … handling proved to be REACTIVE rather than PROACTIVE.

3. It is important to ensure that there is a single commanding voice when it comes to giving instructions.

4. This should never repeat … pleeease!

Other bloggers posted photos of the mayhem.

Notes to editors:

1. For media enquiries please contact the Press Office by email.
`, `Jane Simba||blogger| (person, pronoun) L9: 2. The country’s disaster preparedness is very weak … handling proved to be REACTIVE rather than PROACTIVE.
Jane Simba||blogger| (person, pronoun, goes on from L9) L11: 3. It is important to ensure that there is a single commanding voice when it comes to giving instructions.
Jane Simba||blogger| (person, pronoun, goes on from L9) L13: 4. This should never repeat … pleeease!`},
		{"a person named in full, then prose the sentence's colon announces, whatever its verb; not a list a bill will bring in, nor a label without a verb", `Cuba: Bloggers on dissidents

Diaspora bloggers wrote about the island's political prisoners this week.

Uncommon Sense chose Ferrer as this week's “Political Prisoner of the Week”:

Jose Ferrer knew the risk he was taking last year when he decided to remain in Cuba. Since his release, he has led the opposition.

Senator Jane Roe's bill, the Safe Roads Act, will:

Create a new offence for blocking roads.

Vickie Remoe-Doherty – Sierra Leone:

Vickie is helping coordinate the initiative, which seeks to rebuild the country.
`, `Uncommon Sense||| (person, name) L7: Jose Ferrer knew the risk he was taking last year when he decided to remain in Cuba. Since his release, he has led the opposition.`},
		{"an embedded post's signature names its account as printed, small words and all, not as a body's name the reading of it makes", `Tajikistan: Dust over the capital

There were rare voices of disapproval of the plant. On November 8, 2013, ‘Only in Tajikistan’ tweeted:

#onlyintajikistan the coal-fired power plant is built in the center of capital, right next to popular amusement park.
— Only in Tajikistan (@onlytajikistan) November 8, 2013

Another Twitter user replied.
`, `Only in Tajikistan||| (person, name) L5: #onlyintajikistan the coal-fired power plant is built in the center of capital, right next to popular amusement park.`},
		{"a transcript timed to its audio sets the clip's time right before a name: the name is read as one", `Newseum to Close

[00:58.10]The Newseum is closing after 11 years. [01:02.04]Sonya Gavankar is the outgoing spokesperson for the museum. [01:07.60]She noted several issues.

"Competing with free institutions in Washington was difficult," Gavankar said.
`, `Sonya Gavankar||outgoing spokesperson for the museum| (person, name) L5: Competing with free institutions in Washington was difficult,`},
		{"two labels in capitals, each once, over copy no one speaks in the first person, are a wire script's slugs", `Floods across the north

FLOOD WARNING: Rivers rose across the north on Monday. The mayor of Leeds, Tom Hart, said the town "will not be abandoned."

FLOOD REACT: Neighbouring councils offered pumps and crews to the city. Carla Diaz, who heads the regional fire service, said they would arrive "within hours."
`, `Tom Hart||mayor of Leeds| (person, name, partial) L3: will not be abandoned.
Carla Diaz||| (person, name, partial) L5: within hours.`},
		{"a senator the Hon. with a full stop heads the page, the office under the name is the title the label names, and a host who welcomes the guest by the given name asks", `Previous Ministers' releases - Senator The Hon. Jane Doe

Senator the Hon. Jane Doe
Minister for Rural Health
Minister Assisting the Prime Minister for Regional Affairs

Friday, 25 April 2014

TOM LEE: Here's Senator Jane Doe. Welcome Jane.

JANE DOE: Morning Tom, good to see you again.

LEE: We were at the clinic this morning. What did you make of it?

MINISTER: I think the nurses there are doing a remarkable job and we will back them.

LEE: A lot of people told us the same thing today, and many of them have waited years.

MINISTER: It is a long wait. We are putting 40 more nurses into the region next year.
`, `Jane Doe|Senator the Hon|Minister for Rural Health| (person, name) L11: Morning Tom, good to see you again.
Jane Doe|Senator the Hon|Minister for Rural Health| (person, name) L15: I think the nurses there are doing a remarkable job and we will back them.
Jane Doe|Senator the Hon|Minister for Rural Health| (person, name) L19: It is a long wait. We are putting 40 more nurses into the region next year.`},
		{"a blogger who noticed something, before a colon, is who the quotation under it is by", `Bloggers weigh a magazine story

Bloggers were divided over a magazine story by the American journalist Jane Doe.

svetofor_kg noticed that Jane Doe has been doing research for a few years:

“In general, the problem is older than the story says. Everybody knows the houses of the dealers.”
`, `svetofor_kg||| (person, name) L7: In general, the problem is older than the story says. Everybody knows the houses of the dealers.`},
		{"\"it\" is the body a description set off by dashes named as the sentence before's subject", `Aid group warns on outbreak

   The medical aid group - Doctors Without Borders - warns not to get
   complacent over the decline of new cases. It says the
   outbreak is "far from over and new hot spots could emerge."
`, `Doctors Without Borders||| (organisation, pronoun, partial) L5: far from over and new hot spots could emerge.`},
		{"a name in a list of senators takes the seat, not the names before it for an office", `Title: Senators: Stop and Study Proposed Debit Card Rule

Content:
(U.S. SENATE)  – Senators Jon Tester (D-MT), Bob Corker (R-TN), Jon Kyl (R-AZ), and Pat Toomey (R-PA) today introduced legislation to protect consumers.
“Price controls are almost always problematic,” said Corker.
`, `Bob Corker||Senator| (person, name) L5: Price controls are almost always problematic,`},
		{"letters after a name, set off by commas, are no one's name", `Prosecutors publish fraud guidelines

The Director of Public Prosecutions, Keir Starmer, QC, has today published new guidelines.

Keir Starmer, QC, said: "Fraud against the benefits system is estimated to cost the UK £1.9 billion every year."
`, `Keir Starmer||Director of Public Prosecutions| (person, name) L5: Fraud against the benefits system is estimated to cost the UK £1.9 billion every year.`},
		{"the role a text gave someone, after a comma that sets off no name, is the subject of the verb", `Minister honours racing industry

Simon Coveney, Minister for Agriculture, today attended the awards.

In paying tribute to the successes of Irish horses in Ireland, Britain, France and America, the Minister remarked "this country is a true leader in the equine world and shows the value of excellence."
`, `Simon Coveney||Minister|Agriculture (person, role, partial) L5: this country is a true leader in the equine world and shows the value of excellence.`},
		{"and the role after a phrase that opens the sentence, before a partial quote", `Djibouti votes

President Ismail Omar Guelleh is seeking a fourth term.

Shortly before Friday's vote, the president accused opposition parties of being "spoilers" and said they threatened the country's stability.
`, `Ismail Omar Guelleh||President| (person, role, partial) L5: spoilers`},
		{"a quotation opened and left open after another speaker's quote is the speaker's its close names", `Ministers fund fruit fly fight

Deputy Prime Minister Jo Lee and Agriculture Minister Sam Reyes said the funding would help growers fight fruit fly.

“We are committed to getting the best outcomes for our growers in the region,” the Deputy Prime Minister said.

“By staying on top of fruit fly we can supply our trading partners with quality produce.

“Fruit fly is a significant pest for our industries, so we need to tackle it from different angles,” Minister Reyes said.
`, `Jo Lee||Deputy Prime Minister| (person, role) L5: We are committed to getting the best outcomes for our growers in the region,
Sam Reyes||Agriculture Minister| (person, continued) L7: By staying on top of fruit fly we can supply our trading partners with quality produce.
Sam Reyes||Agriculture Minister| (person, continued, goes on from L7) L9: Fruit fly is a significant pest for our industries, so we need to tackle it from different angles,`},
		{"a host's label with a full stop for the comma before \"HOST\"", `Transcripts

ROB MITCHELL, MEMBER FOR MCEWEN: Well, I'd like to welcome everyone here today as we stand on the lands of the Wurundjeri people.

Transcript - Radio interview - ABC Melbourne Drive with Raf Epstein

RAF EPSTEIN. HOST: Anthony Albanese is the Prime Minister of Australia. Prime Minister, thank you for coming in.

ANTHONY ALBANESE, PRIME MINISTER: G'day Raf. Good to be here.

EPSTEIN: It's great to have you here.

PRIME MINISTER: A beautiful day in Melbourne.

EPSTEIN: It has been. It's Melbourne, so we'll give you some bad weather tomorrow.
`, `Rob Mitchell||Member for Mcewen| (person, name) L3: Well, I'd like to welcome everyone here today as we stand on the lands of the Wurundjeri people. Transcript - Radio interview - ABC Melbourne Drive with Raf Epstein
Anthony Albanese||Prime Minister|Australia (person, name) L9: G'day Raf. Good to be here.
Anthony Albanese||Prime Minister|Australia (person, name) L13: A beautiful day in Melbourne.`},
		{"an office's label answers from its first turn, so a host's one turn, a question, is the interviewer's", `Interview on Sunrise

Prime Minister

SAMANTHA ARMYTAGE: Well, the government has unveiled a new plan to create jobs in the entertainment industry. Prime Minister, how many jobs will that figure get in the next few months?

PRIME MINISTER: Well, the results yesterday showed that the estimate we previously had has fallen now to about just over 11%.
`, `prime minister||Prime Minister| (unnamed, name) L7: Well, the results yesterday showed that the estimate we previously had has fallen now to about just over 11%.`},
		{"a plural subject's verb of speech in the present, its base form", `Lawmakers back storm declaration

Congresswoman Ann Lee and Congressman Bo Reyes sent a letter to the President.

The lawmakers continue, “Included in the Governor's request is financial assistance for eligible expenses.”

Residents warn: “The river will rise again before the week is out.”
`, `lawmakers||| (unnamed, role) L5: Included in the Governor's request is financial assistance for eligible expenses.
residents||| (unnamed, name) L7: The river will rise again before the week is out.`},
		{"a transcript's field of main topics is no one's turn", `Doorstop, St Peter's Primary School

Main Topics: Release of the 2010 NAPLAN summary results, ministry.

SIMON CREAN: Well, today we are releasing the summary results of this year's national tests, and they show real progress.

JOURNALIST: Minister, are the results better than last year?

SIMON CREAN: They are, in reading and in numeracy, across every state.
`, `Simon Crean||| (person, name) L5: Well, today we are releasing the summary results of this year's national tests, and they show real progress.
Simon Crean||| (person, name) L9: They are, in reading and in numeracy, across every state.`},
		{"who opens an interview by greeting the guest by office and name is the host, whose turns are not quoted though none ends in a question", `Prime Minister
MARK LEVY: Prime Minister Scott Morrison, good morning.
PRIME MINISTER: G'day, Mark.
LEVY: There's a lovely photo, Prime Minister, today on the front page of The Daily Telegraph.
PRIME MINISTER: Yeah, I met them yesterday and I also met the parents and other members of the brigade.
LEVY: I think heroes is the right word to describe both the professional and volunteer firefighters.
PRIME MINISTER: Well, that's right, and the brigade went out again because they knew that is what their mates would have done.
`, `Scott Morrison||Prime Minister| (person, name) L5: Yeah, I met them yesterday and I also met the parents and other members of the brigade.
Scott Morrison||Prime Minister| (person, name) L7: Well, that's right, and the brigade went out again because they knew that is what their mates would have done.`},
		{"a label printed without its colon ends before the turn's \"I'm\", so the interviewer's turns are one label's, and theirs", `3AW Mornings, Melbourne - Interview with Neil Mitchell

NEIL MITCHELL Julie Bishop, thank you for speaking with us.

JULIE BISHOP Good morning.

NEIL MITCHELL I'm afraid the initial thought in this era is terrorism. Is there any suggestion or ruling that out yet?

JULIE BISHOP Well Lufthansa says that it is working on an assumption that the plane crash was an accident.

NEIL MITCHELL Is there still a possibility that there are other Australians on board?

JULIE BISHOP Well at this stage we are still liaising with the French authorities.
`, `Julie Bishop||| (person, name) L9: Well Lufthansa says that it is working on an assumption that the plane crash was an accident.
Julie Bishop||| (person, name) L13: Well at this stage we are still liaising with the French authorities.`},
		{"the page cut off in a clause after an opening phrase: no heading, the statement goes on", `Government proposes to extend ban on bottom trawling

A ban on bottom trawling in these areas would help conserve valuable and rare marine life.

Environment Secretary Steve Reed said:

Bottom trawling is damaging our precious marine wildlife and habitats.

Without urgent action, our oceans will be irreversibly destroyed
`, `Steve Reed||Environment Secretary| (person, name) L7: Bottom trawling is damaging our precious marine wildlife and habitats.
Steve Reed||Environment Secretary| (person, name, cut, goes on from L7) L9: Without urgent action, our oceans will be irreversibly destroyed`},
		{"a post's handle alone on its line, between the words that announce the post and the post", `Egypt: Cairo Blackout

Mostafa Al Naggar, a former Member of Parliament, says:

@alnagar80 [3]
Cutting the power off in the underground is murder. Those responsible for such murder should be sent to trial.

Maged Abedo asks:
`, `Mostafa Al Naggar||former Member|Parliament (person, name) L6: Cutting the power off in the underground is murder. Those responsible for such murder should be sent to trial.`},
		{"a pronoun after the sentence of its own paragraph that brings an unnamed person in is theirs, and what they say something is, then a colon, opens their words", `Malawi: Homosexuality in the diaspora

Homosexuality is one of the most controversial topics in Malawi. A regular Malawian blogger on MMalawikutheba is shocked at the behaviour of some Malawians abroad. Writing in Chichewa, he asks Malawians not to be taken up by Western lifestyles. He deplores the lifestyle and says it is anti-Malawi:

Just because one is outside Malawi then you think you are licensed to copy any lifestyle! Disgusting! I don't think you would do this in the village.

Voices against Muluzi
`, `regular Malawian blogger||| (unnamed, pronoun) L5: Just because one is outside Malawi then you think you are licensed to copy any lifestyle! Disgusting! I don't think you would do this in the village.`},
		{"a briefing's head names the speaker in full over the office, so the label is that person with that office", `Department Press Briefing

Heather Nauert
Spokesperson
Department Press Briefing
Washington, DC
July 25, 2017

MS NAUERT: Good afternoon, everyone. This week we honour the American heroes who serve across the country.

QUESTION: Can you tell us more about the week and who will take part in it?

MS NAUERT: It is a week of events to thank the people who serve this country, at home and abroad.
`, `Heather Nauert||Spokesperson| (person, name) L9: Good afternoon, everyone. This week we honour the American heroes who serve across the country.
Heather Nauert||Spokesperson| (person, name) L13: It is a week of events to thank the people who serve this country, at home and abroad.`},
		{"a spokesperson's block that opens reporting what a person did and said goes on reporting it: a readout", `Mali: Statement on PM call with President Hollande

A Downing Street spokesperson said:

The Prime Minister spoke to President Hollande this evening to discuss the deteriorating situation in Mali. The Prime Minister has agreed that the UK will provide logistical military assistance. We will not be deploying any British personnel in a combat role.

Both leaders agreed that the situation in Mali poses a real threat to international security given terrorist activity there. They discussed the need to work with the Malian Government, regional neighbours and international partners to prevent a new terrorist haven developing on Europe’s doorstep and to reinvigorate the UN led political process once the rebel advance has been halted. The National Security Council, which was already due to meet on Tuesday, will now consider the situation in Mali and discuss what needs to be done to secure a lasting political settlement in Mali.

The Prime Minister also expressed his condolences for the recent loss of French lives in Mali and Somalia.

Earlier on Saturday 12 January, Prime Minister David Cameron had said:

I am deeply concerned about the recent rebel advances in Mali.
`, `Downing Street spokesperson||| (unnamed, name) L5: The Prime Minister spoke to President Hollande this evening to discuss the deteriorating situation in Mali. The Prime Minister has agreed that the UK will provide logistical military assistance. We will not be deploying any British personnel in a combat role.
Downing Street spokesperson||| (unnamed, name, goes on from L5) L7: Both leaders agreed that the situation in Mali poses a real threat to international security given terrorist activity there. They discussed the need to work with the Malian Government, regional neighbours and international partners to prevent a new terrorist haven developing on Europe’s doorstep and to reinvigorate the UN led political process once the rebel advance has been halted. The National Security Council, which was already due to meet on Tuesday, will now consider the situation in Mali and discuss what needs to be done to secure a lasting political settlement in Mali.
David Cameron||Prime Minister| (person, name) L13: I am deeply concerned about the recent rebel advances in Mali.`},
		{"a one-word name the text has not met, the subject of a clause before a colon, gives way to the person the clause names in full: a post's title set off by commas, a network's possessive", `Malawian bloggers

In his latest post, Dictatorship haunts Malawian Politics, a media student, Pearson Nkhoma, looks at why it is easier to be a dictator in Malawi:

Reading in the daily papers of Monday and Tuesday, one is left with one conclusion about our parties.

In a blog post on Vkontakte, Russia's most popular social network, Mayor Sergei Sobyanin justified the demolitions on the grounds of public safety:

The buildings put up illegally over the metro's technical zone were dangerous for Muscovites.
`, `Pearson Nkhoma||media student| (person, name) L5: Reading in the daily papers of Monday and Tuesday, one is left with one conclusion about our parties.
Sergei Sobyanin||Mayor| (person, name) L9: The buildings put up illegally over the metro's technical zone were dangerous for Muscovites.`},
		{"a quotation that ends its sentence ends it for the names after it too, and a role's describing word may open a sentence (\"Democratic presidential candidate John Kerry saw …\"): \"He said\" is Kerry's", `Jobs report

President Bush said the new information shows that the "economy is strong and getting stronger." Democratic presidential candidate John Kerry saw the numbers differently. He said Mister Bush is now sure to be, in his words, "the first president since the Great Depression to face re-election without creating a single job." Both could be right.
`, `Mister Bush||President| (person, name, partial) L3: economy is strong and getting stronger.
John Kerry||Democratic presidential candidate| (person, pronoun, partial) L3: the first president since the Great Depression to face re-election without creating a single job.`},
		{"two presenters who open the programme by name present under their initials, and a presenter's question in marks is theirs, not a quote", `Word Play

AA:
I'm Avi Arditti with Rosanne Skirble, and this week on WORDMASTER: the language of baseball.
RS: But first, the Phillies lead three games to one in their series against the Rays.
MAGGIE SOKOLIK: "If you need to do something fast, you might want to do it right off the bat."
AA: "Why a ballpark?"
MAGGIE SOKOLIK: "Well, we have this notion of a ballpark as being a sort of rough area."
`, `Maggie Sokolik||| (person, name) L6: If you need to do something fast, you might want to do it right off the bat.
Maggie Sokolik||| (person, name) L8: Well, we have this notion of a ballpark as being a sort of rough area.`},
		{"an ordinal joined to the word after it by a typing slip is two words: \"Petty Officer 2ndClass Lindsey Green\" is Lindsey Green, a petty officer", `Boat crew rescued off Cordova

"The crew was preparing to abandon ship when they called for help," said Petty Officer 2ndClass Lindsey Green, a Sector Anchorage watchstander.
`, `Lindsey Green|Petty Officer 2nd Class|Sector Anchorage watchstander| (person, name) L3: The crew was preparing to abandon ship when they called for help,`},
		{"a release that says the following is someone's statement, with a full stop: all that follows is it, impersonal paragraphs and the portfolio's word included", `Ferry sinks off Kapiti

Minister of Transport Ana Roe has issued the following statement in response to the sinking this afternoon.
This sinking is a tragedy for the families of the crew and for everyone who tried to help them.
My thoughts are with all those who waited on the shore for news.
Transport operators have to make hard decisions in rough seas, and the weather was worse than forecast.
Ferries are among the safest ways to travel. Operators make about 900 crossings every month.
Investigators are now examining the vessel and I have asked for their first findings within a week.
`, `Ana Roe||Minister of Transport| (person, name) L4: This sinking is a tragedy for the families of the crew and for everyone who tried to help them.
Ana Roe||Minister of Transport| (person, name, goes on from L4) L5: My thoughts are with all those who waited on the shore for news.
Ana Roe||Minister of Transport| (person, name, goes on from L4) L6: Transport operators have to make hard decisions in rough seas, and the weather was worse than forecast.
Ana Roe||Minister of Transport| (person, name, goes on from L4) L7: Ferries are among the safest ways to travel. Operators make about 900 crossings every month.
Ana Roe||Minister of Transport| (person, name, goes on from L4) L8: Investigators are now examining the vessel and I have asked for their first findings within a week.`},
		{"\"The Tánaiste, Minister for Foreign Affairs Ann Byrne has launched\": the office set off before a titled name is hers, but \"The Queen, Prime Minister …\" opens a list", `Tánaiste launches consular strategy

The Tánaiste, Minister for Foreign Affairs and Minister for Defence Ann Byrne has launched the department's updated Consular Strategy.

The Tánaiste said:

“Our consular services help thousands of Irish citizens abroad every year.”

The Queen, Prime Minister Tom Dale and Foreign Secretary Ed Hale have sent their condolences to Japan.

The Queen said:

“I was saddened to hear of the tragic loss of life in Japan today.”
`, `Ann Byrne||Tánaiste, Minister for Foreign Affairs and Minister for Defence| (person, role) L7: Our consular services help thousands of Irish citizens abroad every year.
Queen||| (unnamed, role) L13: I was saddened to hear of the tragic loss of life in Japan today.`},
		{"a learning site's numbers in brackets before each paragraph are no part of its words: the quotation after \"he says\" is his", `Life Not So Sweet for Sugar Farmers

(1)Farmers in northern Nigeria say sugar cane no longer pays.

(2)Usman Gubuci has five hectares of land. He says farmers no longer grow cane that can be refined.

(3)“When we planted it, there was no buyer. No industry buys it.”

(4)Instead, he says, all of his cane goes to local markets.
`, `Usman Gubuci||| (person, nearby) L7: When we planted it, there was no buyer. No industry buys it.`},
		{"a learning site's numbers glued to the first word of each sentence's line are no part of its words: \"14He\" is \"He\"", `UN Agency: Dangerous Temperature Increase 'More Likely Than Not'
1The United Nations' weather agency reports that world temperatures are likely to reach dangerous levels.
2Report co-writer Jane Doe is a climate scientist in Britain.
3He said the report is "more of a barometer of how we are getting close," and that the world is close to staying there.
4Petteri Taalas is WMO Secretary-General. The experts, he said, are "sounding the alarm."
`, `Jane Doe||Report co-writer|Britain (person, pronoun, partial) L4: more of a barometer of how we are getting close,
Petteri Taalas||WMO Secretary-General| (person, pronoun, partial) L5: sounding the alarm.`},
		{"\"the Minister of State said\" is the one the release introduced as Minister of State for a portfolio; \"Minister Roe\" is known by name, whatever title the headline's run-together names make", `Minister Roe and Minister of State Hughes Announce €25,000 Grant

Minister of State for Gaeltacht Affairs, Joe Hughes T.D., has announced a grant of €25,000 for the arts centre.

“The centre has a central role in the arts of the community,” the Minister of State said.

Minister for Culture Ana Roe welcomed the grant. “It is money well spent,” Minister Roe said.

The Minister of State said, “Grants like this keep the language alive.”
`, `Joe Hughes||Minister of State for Gaeltacht Affairs| (person, role) L5: The centre has a central role in the arts of the community,
Ana Roe||Minister for Culture| (person, name) L7: It is money well spent,
Joe Hughes||Minister of State for Gaeltacht Affairs| (person, role) L9: Grants like this keep the language alive.`},
		{"a split quotation whose attribution says where the speaker hails from is one quote: \"hails from\" is no verb of speech", `Guard helps Yabucoa

Airmen delivered water to Yabucoa on Monday.

"This town was directly hit by the hurricane," said Tech. Sgt. Jose Otero, who hails from the town. "In this town, they respect the efforts of the Air National Guard."
`, `Jose Otero|Tech. Sgt.|| (person, name) L5: This town was directly hit by the hurricane, In this town, they respect the efforts of the Air National Guard.`},
		{"\"said the girl's mother\" is the mother's, not the girl's", `Cholera in Haiti

Susan, 9, fell ill last week, and her family took her to the clinic.

"Only God knows what causes cholera," said the girl's mother.

"We boil the water now," said Susan's father.
`, `girl's mother||| (unnamed, role) L5: Only God knows what causes cholera,
Susan's father||| (unnamed, role) L7: We boil the water now,`},
		{"\"member states\" are countries, no one who states anything: \"he\" is the man the paragraph names", `OPEC cuts output

In a meeting lasting until early Wednesday, ministers from the 13 member states agreed to a limit of 28.8 million barrels a day. At a news conference, OPEC President Chakib Khelil translated that limit into real terms.
"I think, if you do your own calculation, it will be a lowering of production by about 520,000 barrels," he said.
`, `Chakib Khelil||OPEC President| (person, pronoun) L4: I think, if you do your own calculation, it will be a lowering of production by about 520,000 barrels,`},
		{"a quotation under a \"Quote:\" label, credited after a dash set against the rank: the credit's, never the label's", `Ship visits Bar

The ship arrived in Bar on Monday for a port visit.

Quote:
"The sailors are extremely excited to be here. We are glad to be in port." -Cmdr. Tom Ulm, commanding officer, USS Fort Kent
`, `Tom Ulm|Cmdr.|commanding officer|USS Fort Kent (person, name) L6: The sailors are extremely excited to be here. We are glad to be in port.`},
		{"a quotation under a \"Quote:\" label with no credit is no one's", `Ship visits Bar

The ship arrived in Bar on Monday for a port visit.

Quote:
"The sailors are extremely excited to be here. We are glad to be in port."
`, ``},
		{"an office's label stands for the one the questions before its turns address by name; not when they address two", `Doorstop, Hobart

JOURNALIST: Ms Lane, will the new ferry terminal open on time?

TREASURER: We are working very hard to make sure that it opens on the day we promised.

JOURNALIST: Is the budget blowing out?

TREASURER: No, the budget is where it was when we announced the project last year.
`, `Lane|Ms|Treasurer| (person, name) L5: We are working very hard to make sure that it opens on the day we promised.
Lane|Ms|Treasurer| (person, name) L9: No, the budget is where it was when we announced the project last year.`},
		{"", `Doorstop, Hobart

JOURNALIST: Ms Lane, will the new ferry terminal open on time?

TREASURER: We are working very hard to make sure that it opens on the day we promised.

JOURNALIST: Mr Okoro, is the budget blowing out?

TREASURER: No, the budget is where it was when we announced the project last year.
`, `treasurer||Treasurer| (unnamed, name) L5: We are working very hard to make sure that it opens on the day we promised.
treasurer||Treasurer| (unnamed, name) L9: No, the budget is where it was when we announced the project last year.`},
		{"a turn a line: a host's label of a name and the word host, a guest's whose office runs to seven words with its joining words", `HANNAH COLE HOST: Priya Das is the Assistant Minister for Housing. Minister, welcome.
PRIYA DAS, ASSISTANT MINISTER FOR HOUSING AND URBAN RENEWAL: Thanks for having me, Hannah.
HOST: Rents rose again this quarter. Some tenants, though, say the new homes will come too late for them. What will you do for them now?
DAS: We expect rents to level off once the new homes are finished.
HOST: Look, one tenant wrote to us and I'm going to read it. She says her rent went up twice this year and she will have to move.
`, `Priya Das||Assistant Minister for Housing and Urban Renewal|Housing (person, name) L2: Thanks for having me, Hannah.
Priya Das||Assistant Minister for Housing and Urban Renewal|Housing (person, name) L4: We expect rents to level off once the new homes are finished.`},
		{"a minister's office prints its one speaker's label with the honorific and the letters after the name", `Doorstop with the Hon Jane Tull MP

The Hon Jane Tull MP, Minister for Agriculture: It's good to be in Dubbo with the Mayor.

We are here at a family business that will take advantage of the new drought loans.
`, `Jane Tull|Hon|Minister for Agriculture|Agriculture (person, name) L3: It's good to be in Dubbo with the Mayor. We are here at a family business that will take advantage of the new drought loans.`},
		{"a turn under its label on a line of its own may quote words in marks: they are the turn's", `The Project

HOST:

Mr Turnbull, will you put the republic to a vote?

PRIME MINISTER:

Well, the issue is there. But referendums are very hard to win, and the moment when people will say, ‘Hey, this is something we should do’, will come later.

HOST:

And the flag?

PRIME MINISTER:

The flag is not for changing while I am here.
`, `Turnbull|Mr|Prime Minister| (person, name) L9: Well, the issue is there. But referendums are very hard to win, and the moment when people will say, ‘Hey, this is something we should do’, will come later.
Turnbull|Mr|Prime Minister| (person, name) L17: The flag is not for changing while I am here.`},
		{"a blogger who put a feeling into words before a colon, the blog's title no one's name; a post may open with a count", `Miners found alive

The trapped miners sent a note to the surface on Sunday.

Ana, the author of the blog The Daily Ana, expressed joy at the news:

17 days! Finally we have news from the miners! All alive, all 33 of them, how wonderful.

Rescuers say it may take months to bring them up.
`, `Ana||| (person, name) L7: 17 days! Finally we have news from the miners! All alive, all 33 of them, how wonderful.`},
		{"a blogger of a named blog describes something before a colon; the post in Spanish, then as many paragraphs of its translation", `Scenes from an outbreak

Raúl Pérez of the blog Cosas y Teoría describes streets of the city after the first warnings:

Las calles están vacías a pesar de ser un viernes, que en la ciudad suelen ser ruidosos y caóticos.

Hay más adolescentes en la calle, algunos en patinetas, otros caminando despreocupados por la avenida.

The streets are empty even though it is a Friday, which in the city is usually noisy and chaotic.

There are more teenagers in the street, some on skateboards, others walking carelessly along the avenue.

Schools across the capital will stay closed until at least next week, officials said.
`, `Raúl Pérez||| (person, name) L5: Las calles están vacías a pesar de ser un viernes, que en la ciudad suelen ser ruidosos y caóticos.
Raúl Pérez||| (person, name, goes on from L5) L7: Hay más adolescentes en la calle, algunos en patinetas, otros caminando despreocupados por la avenida.
Raúl Pérez||| (person, name, goes on from L5) L9: The streets are empty even though it is a Friday, which in the city is usually noisy and chaotic.
Raúl Pérez||| (person, name, goes on from L5) L11: There are more teenagers in the street, some on skateboards, others walking carelessly along the avenue.`},
		{"a sailor's rate, with its possessive and its warfare qualifications in brackets, before the name", `Sailors judge science fair

"The projects were really well thought out," said Fire Controlman 3rd Class (AW/SW) Carl Blanco.

"You could tell the students put a lot of effort into their projects," said Senior Chief Aviation Machinist's Mate (AW/SW) Jeff Borja.
`, `Carl Blanco|3rd Class|Fire Controlman| (person, name) L3: The projects were really well thought out,
Jeff Borja|Mate|Senior Chief Aviation Machinist| (person, name) L5: You could tell the students put a lot of effort into their projects,`},
		{"a hometown in AP style, city and state, before a title and the name; a state after the name is where the person is from", `Paratroopers jump into Sicily Drop Zone

"This is our bread and butter mission," said Summit, N.J. native Lt. Col. Mark Hale, the battalion's commander.

"We train for this every week," said Fayetteville, N.C., native Sgt. Ann Cole.

"We got the opportunity to help the locals," said Capt. Chris Arden, Texas native and squadron navigator.
`, `Mark Hale|Lt. Col.|Summit N.J. native| (person, name) L3: This is our bread and butter mission,
Ann Cole|Sgt.|Fayetteville N.C. native| (person, name) L5: We train for this every week,
Chris Arden|Capt.|Texas native and squadron navigator| (person, name) L7: We got the opportunity to help the locals,`},
		{"the statement a senator released is hers, whatever a later clause says someone announced, and however long her committee's name", `Fischer welcomes airport grant

U.S. Senator Deb Fischer (R-Neb.), a member of the Senate Commerce Committee and Ranking Member of the Surface Transportation, Maritime, Freight, and Ports Subcommittee, released the following statement after the Federal Aviation Administration announced Miller Field will receive a grant:

“This significant federal investment in our regional airport will ensure the community can continue to access safe and efficient air travel.”
`, `Deb Fischer||U.S. Senator|Senate Commerce Committee (person, name) L5: This significant federal investment in our regional airport will ensure the community can continue to access safe and efficient air travel.`},
		{"an office to a place before the holder's name, and a body's dotted initials before a role", `Bus bombed in Garowe

On Sunday, militants killed three African Union peacekeepers.

"This attack on peacekeepers is part of the continuous effort to subvert Somalia," AU envoy to Somalia Maman Sidikou said in a statement.

"We are shocked and appalled by the loss of life," U.N. spokesman Stephane Dujarric said.
`, `Maman Sidikou||AU envoy to Somalia| (person, name) L5: This attack on peacekeepers is part of the continuous effort to subvert Somalia,
Stephane Dujarric||U.N. spokesman| (person, name) L7: We are shocked and appalled by the loss of life,`},
		{"broadcast copy run into one paragraph: a person introduced in the sentence before a quote that opens a sentence speaks it, not the source heard earlier in the paragraph", `Old bombers found in India

The website AirHistory.org.uk says India received 60 of the aircraft. In 1998 a lover of historic aircraft found several in India. Janice Black is the director of Britain’s Historic Aircraft Collection. “Sadly, the engines were taken out and the aircraft were put into an elephant stable.” What was left was shipped back to England. A museum says it paid $1.3 million. Its curator, Tom Reed, called that “a bargain” for the nation.
`, `Janice Black||director|Britain’s Historic Aircraft Collection (person, nearby) L3: Sadly, the engines were taken out and the aircraft were put into an elephant stable.
Tom Reed||curator| (person, name, partial) L3: a bargain`},
		{"a sailor's rate of one word before its class: the rate is the title, the quote before a long description kept", `Sailors keep spirits up

“We have a Morale, Welfare and Recreation (MWR) team that goes out to each division,” explained Yeoman 3rd Class Javier Solis, the ship's MWR coordinator and a native of Aurora, Colo. “Once we get all of our ideas together, we submit them to the captain.”
`, `Javier Solis|3rd Class|Yeoman| (person, name) L3: We have a Morale, Welfare and Recreation (MWR) team that goes out to each division, Once we get all of our ideas together, we submit them to the captain.`},
		{"a witness who spoke on the condition of anonymity is not the person the next paragraph names; a statement from a person's office is the office's", `Bomber hits construction site

At least four people were killed Saturday, security officials said.

"The suicide bomber sped toward the site and hit a barrier," a witness told VOA by phone on the condition of anonymity.

Mohamed Ibrahim Moalimuu has confirmed the attack.

"Three soldiers and two Turkish nationals were killed in the attack," said a statement from Somali Prime Minister Mohamed Roble's office.

"Such attacks will not deter us," Roble said.
`, `witness||| (unnamed, name) L5: The suicide bomber sped toward the site and hit a barrier,
Mohamed Roble's office||| (organisation, name) L9: Three soldiers and two Turkish nationals were killed in the attack,
Mohamed Roble||Somali Prime Minister| (person, name) L11: Such attacks will not deter us,`},
		{"a witness the first paragraph describes, whom the next names with another role, is no one named", `Bomber hits construction site

"The suicide bomber sped toward the site and hit a barrier," a witness told VOA.

Mohamed Ibrahim Moalimuu, a government spokesman, has confirmed the attack.
`, `witness||| (unnamed, name) L3: The suicide bomber sped toward the site and hit a barrier,`},
		{"a body named again without the word its full name opens with is the body named before", `Sindh floods

According to Asian Human Rights Commission, the loss of crops is estimated at 5.6 billion rupees.

Lamenting the lack of efficiency on the part of the government, the Human Rights Commission article states:

It is only now that the government is examining the conditions of the embankments which are holding the flood waters at bay.
`, `Asian Human Rights Commission||| (organisation, name) L7: It is only now that the government is examining the conditions of the embankments which are holding the flood waters at bay.`},
		{"a host's label with its role in small letters is the programme's voice; an office's label in title case, with its field, is the minister labelled before with it", `ABC Afternoon Briefing with Greg Jennett

Greg Jennett, host: Chinese authorities relented overnight on one of the last significant blockages in trade ties with Australia.

Don Farrell, we always enjoy having you on the program. Welcome back once again.

Minister for Trade, Don Farrell: Greg, we are not quite there yet. We still have the issue of lobsters to resolve.

Greg Jennett: And what specifically gives you confidence about progress on lobsters? Is it the imminent arrival of Premier Li Qiang?

Minister for Trade: Look, obviously that is a very positive step and we are very much looking forward to it.
`, `Don Farrell||Minister for Trade| (person, name) L7: Greg, we are not quite there yet. We still have the issue of lobsters to resolve.
Don Farrell||Minister for Trade| (person, name) L11: Look, obviously that is a very positive step and we are very much looking forward to it.`},
		{"a press conference's one turn under an office's label in title case, the office no one the page names", `Press Conference

25 Jul 2021
Canberra, ACT
Prime Minister

Prime Minister: Well, a magnificent effort in the pool. Our golden queens of the pool have taken the relay.

Can I make a number of announcements and updates, and then happy to take questions.
`, `prime minister||Prime Minister| (unnamed, name) L7: Well, a magnificent effort in the pool. Our golden queens of the pool have taken the relay. Can I make a number of announcements and updates, and then happy to take questions.`},
		{"a split quote whose attribution says who the speaker is in a relative clause the writer ends with a full stop is one quote", `Guard fights floods

"I think we've done really well," said Sgt. Lauren Hroblak of the 38th Infantry Division, who was participating in her first relief mission near New Harmony. "I see a lot of progress."

"The plan works," said Col. Ann Lee, who “pledged to stay”.
`, `Lauren Hroblak|Sgt.|| (person, name) L3: I think we've done really well, I see a lot of progress.
Ann Lee|Col.|| (person, name) L5: The plan works,
Ann Lee|Col.|| (person, name, partial) L5: pledged to stay`},
		{"a role whatever it is responsible for, and the subject of a clause that goes on after \"but\"", `Rewards for Justice goes worldwide

The State Department official responsible for the Rewards for Justice Program told journalists on December 14 that "money talks" like no other incentive.

The official, who declined to be identified, would not disclose the size of the largest award, but said "People have been paid millions. It depends on the merits of the case."
`, `State Department official||| (unnamed, role, partial) L3: money talks
State Department official||| (unnamed, role) L5: People have been paid millions. It depends on the merits of the case.`},
		{"a learning site's sentence numbers between a story's lines, each a list item of its own, are furniture: the pronoun goes back over them", `2021 was sixth warmest year

  • 5
  • Russell Vose is a chief researcher at NOAA's National Centers for Environmental Information.
  • 6
  • He told reporters it is warmer now than at any time during "at least the past 2,000 years, and probably much longer."
`, `Russell Vose||chief researcher|NOAA's National Centers for Environmental Information (person, pronoun, partial) L6: at least the past 2,000 years, and probably much longer.`},
		{"a blogger the sentence before a colon opens with, whatever the verb, when the words after it are in the first person; and one who wrote about something, in a sentence that ends with a full stop", `Malaysia: Thousands joined Bersih 3.0 protest

Thousands of Malaysians took to the streets of Kuala Lumpur.

Vicknesharajan wrote about why they are supporting this cause as well as the turnout during the day.

Today I will be there at Bersih 3.0 to sit and protest. I am sick and tired of complaining.

Dr Hsu also attended the demonstration:

I was at the masjid Jamek area from 12 noon till about 2.50pm. I left after the speeches.

The police said they had detained 500 protesters.
`, `Vicknesharajan||| (person, name) L7: Today I will be there at Bersih 3.0 to sit and protest. I am sick and tired of complaining.
Hsu|Dr|| (person, name) L11: I was at the masjid Jamek area from 12 noon till about 2.50pm. I left after the speeches.`},
		{"posts announced by their authors' handles whatever the verb, each in Spanish without its full stop and then its translation, the story's own lines between them kept as the story's", `Venezuela: Cholera Cases on the Rise

On January 26, the Minister of Health, Eugenia Sader, confirmed several cases of cholera in the country. The same day, Adriana (@Cotidiana) reports:

Trece (13) venezolanos llegaron enfermos de cólera de República Dominicana. Todos están hospitalizados

Thirteen (13) Venezuelans arrived sick with cholera from the Dominican Republic. They were all hospitalized.

On January 27, Venezolana de Televisón (VTV) –a state-run television network– on its Twitter account (@vtvcanal8) informs that,

452 venezolanos habrían asistido a celebración en República Dominicana el 22 de enero, de estos 3% podría presentar síntomas de cólera

452 Venezuelans attended the celebration in the Dominican Republic on January 22, out of these 3% could show symptoms of cholera

Marietta Pareira (@maripereira_542), on January 30, says:

118 afectados por cólera han recibido tratamiento

118 people affected by cholera have received treatment
`, `Adriana||| (person, name) L5: Trece (13) venezolanos llegaron enfermos de cólera de República Dominicana. Todos están hospitalizados
Adriana||| (person, name, goes on from L5) L7: Thirteen (13) Venezuelans arrived sick with cholera from the Dominican Republic. They were all hospitalized.
Venezolana de Televisón||| (person, name) L11: 452 venezolanos habrían asistido a celebración en República Dominicana el 22 de enero, de estos 3% podría presentar síntomas de cólera
Venezolana de Televisón||| (person, name, goes on from L11) L13: 452 Venezuelans attended the celebration in the Dominican Republic on January 22, out of these 3% could show symptoms of cholera
Marietta Pareira||| (person, name, cut) L17: 118 afectados por cólera han recibido tratamiento`},
		{"a post printed under a handle and the number of the link to it is the post of the one named in one word who tweets it", `Egypt: Tahrir Square burning

El Ganzouri just gave a press conference, stressing that the army would not attack peaceful protesters.

OneRevolution tweets:

@nagoul1 [4]: A massacre is taking place in #Tahrir right #now! #egypt #NoScaf #MediaBlackout

The army denied the reports.
`, `OneRevolution||| (person, name) L7: A massacre is taking place in #Tahrir right #now! #egypt #NoScaf #MediaBlackout`},
		{"the Prime Minister's label is not a minister his turn names, and the office no one the page names", `Press Conference - Sydney CPO, NSW

08 Jun 2021
Prime Minister

PRIME MINISTER: Well, good morning, everyone. I'm joined by the Minister for Home Affairs Karen Andrews and also by the Commissioner of the Australian Federal Police Reece Kershaw.

Today, the Australian Government, as part of a global operation, has struck a heavy blow against organised crime.
`, `prime minister||Prime Minister| (unnamed, name) L6: Well, good morning, everyone. I'm joined by the Minister for Home Affairs Karen Andrews and also by the Commissioner of the Australian Federal Police Reece Kershaw. Today, the Australian Government, as part of a global operation, has struck a heavy blow against organised crime.`},
		{"a paragraph that ends \"said that\" announces the words under it, the colon lost; a link's line is no part of them", `Taoiseach attends naming of new Naval Service Vessel

Taoiseach Enda Kenny today attended the naming ceremony for the new Naval Service ship in Dublin.

In his address, An Taoiseach said that

It is a great pleasure for me as Taoiseach and Minister for Defence to welcome the new ship.

Read the Taoiseach's full speech here.
`, `Enda Kenny||Taoiseach| (person, role) L7: It is a great pleasure for me as Taoiseach and Minister for Defence to welcome the new ship.`},
		{"a block quotation goes on over a paragraph that thanks, its \"I\" understood", `Global Solidarity for Missing Plane

Susan Ng A. Suan was overwhelmed [5] by the global support received by Malaysia:

It is so heart warming to see nations and people from around the world, coming together in one united effort, to help in the search.

Thank you to these countries for having relentlessly scoured the skies, seas and land for MH370

Others were less kind.
`, `Susan Ng A. Suan||| (person, name) L5: It is so heart warming to see nations and people from around the world, coming together in one united effort, to help in the search.
Susan Ng A. Suan||| (person, name, goes on from L5) L7: Thank you to these countries for having relentlessly scoured the skies, seas and land for MH370`},
		{"a linked piece's title before its words names no one: the source it links", `Rwanda: Worrying signs

Worrying signs in Kigali [1]: “Jean-Leonard Rugambage, the editor of the Umuvugizi newspaper in Kigali, was gunned down in front of his home on Thursday.”

Standing with Ethiopia's jailed blogger [2]: “It would be hard to find a better symbol of media repression in Africa than Eskinder Nega.”

Mental Acrobatics marched last week with other Kenyan activists [3]: “On Wednesday afternoon I joined civil society activists.”
`, `source linked as [1]||| (unnamed, name) L3: Jean-Leonard Rugambage, the editor of the Umuvugizi newspaper in Kigali, was gunned down in front of his home on Thursday.
source linked as [2]||| (unnamed, name) L5: It would be hard to find a better symbol of media repression in Africa than Eskinder Nega.
Mental Acrobatics||| (person, name) L7: On Wednesday afternoon I joined civil society activists.`},
		{"the last name of a list after \", and\" is no clause's subject for a pronoun", `Euro deal reached

President Juncker held a joint press conference with Donald Tusk, President of the European Council, and Klaus Iohannis, President of Romania, during which he said: “Today we have not only preserved the integrity of the euro area but we have also deepened our union.”

Leaders also discussed Brexit.
`, `Juncker||President| (person, pronoun) L3: Today we have not only preserved the integrity of the euro area but we have also deepened our union.`},
		{"the Prime Minister's label is not another prime minister only her own turns name", `Transcript of doorstop interview, New York

PM: On behalf of Australia I want to express our condolences to the people of Japan.

I've spoken this morning with the acting Prime Minister Wayne Swan. He will convene a meeting tomorrow.

JOURNALIST: Will you go to Tokyo?

PM: Not this week.
`, `prime minister||Prime Minister| (unnamed, name) L3: On behalf of Australia I want to express our condolences to the people of Japan. I've spoken this morning with the acting Prime Minister Wayne Swan. He will convene a meeting tomorrow.`},
		{"a press conference of one voice, its speaker's name on a line of its own", `Minister Hunt press conference

The Hon Greg Hunt MP
Former Minister for Health and Aged Care

Media type:
General public

GREG HUNT:

And good morning. I am joined by Lieutenant-General Frewen to give an update on the rollout.

Today is a very important day for Australian women and families.
`, `Greg Hunt|Hon|| (person, name) L11: And good morning. I am joined by Lieutenant-General Frewen to give an update on the rollout. Today is a very important day for Australian women and families.`},
		{"in copy run into one paragraph, the person a sentence names first before a quote that opens the next, not a place whose people argue; and a sentence that goes on after the name says nothing of what the person is", `New Orleans food

Texas and North and South Carolina argue about which state has the best barbecue. In 2007, the Herndons moved to the city from Texas to study cooking. But for Amarys Herndon, the love for making tasty food started much earlier. "I always really liked cooking. My mom hated cooking." Today the restaurant is full every night.
`, `Amarys Herndon||| (person, nearby) L3: I always really liked cooking. My mom hated cooking.`},
		{"a minister whose portfolio of several parts is set off before the name by commas, later called the Minister", `Brexit fisheries discussion

The Minister for Agriculture, Food and the Marine, Michael Creed TD, today hosted a Brexit Fisheries Discussion in Galway.

Minister Creed said today that “The conference is about celebrating our marine resources.”

The Minister went on to say that “The discussions today again highlighted the very real concerns of the fishing industry.”
`, `Michael Creed||Minister for Agriculture, Food and the Marine| (person, name) L5: The conference is about celebrating our marine resources.
Michael Creed||Minister for Agriculture, Food and the Marine| (person, role) L7: The discussions today again highlighted the very real concerns of the fishing industry.`},
		{"a post introduced by \"as\", the writer's name and a verb, the colon lost", `Mozambique: Violent unrest in Maputo

Other newspapers and some alternative media were apparently out of circulation today, as Carlos Serra [pt] observes

Problemas com dois jornais, o primeiro a braços com falta de papel e dificuldades em fazer circular os camiões.

Problems with two newspapers, the first stuck with a lack of paper and difficulty in circulating its trucks.

Early Thursday morning, residents reported virtually no car traffic on the streets of Maputo.
`, `Carlos Serra||| (person, name) L5: Problemas com dois jornais, o primeiro a braços com falta de papel e dificuldades em fazer circular os camiões.
Carlos Serra||| (person, name, goes on from L5) L7: Problems with two newspapers, the first stuck with a lack of paper and difficulty in circulating its trucks.`},
		{"a host who opens by naming the guest whose label follows, and asks only later", `Release content

LAURA JAYES:
Joining us live now is Peter Dutton, our Defence Minister. Thanks so much for your time.
PETER DUTTON:
Thanks Laura.
LAURA JAYES:
The Government wants to see this National Day of Commemoration for our troops. Why this focus now?
PETER DUTTON:
Laura, firstly, thanks for having me on the program. We have had 39,000 troops who have served in Afghanistan.
`, `Peter Dutton||our Defence Minister| (person, name) L10: Laura, firstly, thanks for having me on the program. We have had 39,000 troops who have served in Afghanistan.`},
		{"a unit's long name, a role and a rank before the name, after the verb", `Beneath the skies

“Maintainers have more responsibility than the majority of Airmen in the Air Force,” said 391st Fighter Squadron Sortie Generation Flight commander 1st Lt. Tate Ashton.
`, `Tate Ashton|1st Lt.|Fighter Squadron Sortie Generation Flight commander| (person, name) L3: Maintainers have more responsibility than the majority of Airmen in the Air Force,`},
		{"an author who underscores something at length before a colon announces the post after it", `Thailand: Why the protest failed

Bloggers have written about the failure of the protest.

Global Voices author Aim Sinpeng underscores the real motive of the group in holding the protest:

But this rally is not about the Yingluck government, or the Red Shirts for that matter. Rather, it is an attempt of the former forces to recalibrate an identity.
`, `Aim Sinpeng||Global Voices author| (person, name) L7: But this rally is not about the Yingluck government, or the Red Shirts for that matter. Rather, it is an attempt of the former forces to recalibrate an identity.`},
		{"short posts under their authors' handles are posts, not headings", `Egypt beats Italy

During the last few minutes of the match, all the Egyptian fans were not able to wait for the referee's whistle.

@nawaranegm [6]: Is the match over?
@nawaranegm [6]: Five minutes extra time

And finally the referee's whistle caused a real flood of tweets.
`, `@nawaranegm||| (person, name) L5: Is the match over?
@nawaranegm||| (person, name) L6: Five minutes extra time`},
		{"an embedded post whose author signs it on the line under it, then its translation", `Ecuador earthquake

The government has declared a state of exception in several provinces. People have been flocking to Twitter:
Cuando hay un terremoto en tu pais y la informacion la tenes que buscar en twitter te das cuenta que hay algo que anda muy pero muy mal.
— Daniel Sais (@danielsais) April 17, 2016
When there's an earthquake in your country and the information needs to be found on Twitter, you realize something's wrong. Really wrong.
`, `Daniel Sais||| (person, name) L4: Cuando hay un terremoto en tu pais y la informacion la tenes que buscar en twitter te das cuenta que hay algo que anda muy pero muy mal.
Daniel Sais||| (person, name, goes on from L4) L6: When there's an earthquake in your country and the information needs to be found on Twitter, you realize something's wrong. Really wrong.`},
		{"a post quoted in its own script ends with that script's full stop; its translation goes on", `Border protest

Newspapers blamed the neighbours for the leak. Rana at Nagorik Blog quips [hi]:

यह रिपोर्ट हिंसा की निंदा नहीं करती है, उसे केवल इस बात की चिंता है कि वीडियो कैसे लीक हुआ।

This report does not condemn the violence at all, it only worries about how the video got leaked.
`, `Rana||| (organisation, name) L5: यह रिपोर्ट हिंसा की निंदा नहीं करती है, उसे केवल इस बात की चिंता है कि वीडियो कैसे लीक हुआ।
Rana||| (organisation, name, goes on from L5) L7: This report does not condemn the violence at all, it only worries about how the video got leaked.`},
		{"a blogger who recounted how something happened, with a full stop, and then words in the first person", `Lost at the fair

Many readers shared stories of their own. Mira [3] recounted how she, too, was lost as a child.

I still remember the day well; I wandered off at the county fair and could not find my parents for an hour.
`, `Mira||| (person, name) L5: I still remember the day well; I wandered off at the county fair and could not find my parents for an hour.`},
		{"a person who expresses, remembers and invites, before a colon, and a post in another language after it", `The time has come

Communication specialist Dolores Ruiz [4] [es] expresses her excitement for the opening match, remembers the buzz around earlier tournaments and invites readers to support the teams [5] [es]:

Fuera de la polémica sobre el proceso de clasificación, nos permitimos olvidar un rato y sentir que nuestro ego se infle tantito.

Leaving aside the controversy about qualifying, let's just forget for a while and feel our ego puffing up a little bit.
`, `Dolores Ruiz||Communication specialist| (person, name) L5: Fuera de la polémica sobre el proceso de clasificación, nos permitimos olvidar un rato y sentir que nuestro ego se infle tantito.
Dolores Ruiz||Communication specialist| (person, name, goes on from L5) L7: Leaving aside the controversy about qualifying, let's just forget for a while and feel our ego puffing up a little bit.`},
		{"a quotation left open at a paragraph's end that the next paragraph closes, without opening it again, and attributes", `Planets

Scientists learned something new, says the director of the institute, Matt Mountain.

“Our galaxy has at least 100 billion planets in it.

And we didn’t know that five years ago," said Mountain.
`, `Matt Mountain||director of the institute| (person, continued) L5: Our galaxy has at least 100 billion planets in it.
Matt Mountain||director of the institute| (person, continued, goes on from L5) L7: And we didn’t know that five years ago,`},
		{"an office that is also a surname, after a given name, is the surname", `Safe rooms

According to Dr. Lee Alderman, college president, the rooms were included. "We are in a bad place for storms," he said.
`, `Lee Alderman|Dr.|college president| (person, pronoun) L3: We are in a bad place for storms,`},
		{"a post quoted in a script whose copy ends it with a colon, after \"quotes X as saying in Armenian:\", and its translation", `Bloggers march

A blog post quotes one participant, Hayk Balanyan who blogs at infernorarm, as saying in Armenian:

Հայերի համար Վրաստանը միշտ էլ մոտիկ երկիր է եղել։ Բայց վերջին տարիների փորձը ցույց տվեց մի բան:

For Armenians, Georgia has always been a close country. But the experience of recent years shows something.
`, `Hayk Balanyan||participant| (person, role) L5: Հայերի համար Վրաստանը միշտ էլ մոտիկ երկիր է եղել։ Բայց վերջին տարիների փորձը ցույց տվեց մի բան:
Hayk Balanyan||participant| (person, role, goes on from L5) L7: For Armenians, Georgia has always been a close country. But the experience of recent years shows something.`},
		{"a post's translation that keeps its lack of a full stop and sets a word in marks, as long as the original", `Boy dies after beating

With sorrow, Juan Benítez (@juanb1973) tweets [es]:

Triste, indignado… un niño de 12 años murio por una paliza. Lo mataron a patadas porque “puso la queja” de que agredieron a otra niña

Sad, outraged… a 12 year old boy died because of a beating. He was kicked to death because he “complained” that another girl was attacked

The school has not commented.
`, `Juan Benítez||| (person, name) L5: Triste, indignado… un niño de 12 años murio por una paliza. Lo mataron a patadas porque “puso la queja” de que agredieron a otra niña
Juan Benítez||| (person, name, goes on from L5) L7: Sad, outraged… a 12 year old boy died because of a beating. He was kicked to death because he “complained” that another girl was attacked`},
		{"a handle's verb followed by the numbers of its links in parentheses before the colon", `Boy dies

The minister spoke today about the case.

On Twitter, @mariaramitas writes (1, 2) [es]:

El problema de los chinos de ahora es que ven el matoneo como simple mamadera de gallo. Y los profesores no hacen mucho tampoco.

The problem with today's kids is that they see bullying as just joking around. And teachers don't do much either.
`, `@mariaramitas||| (person, name) L7: El problema de los chinos de ahora es que ven el matoneo como simple mamadera de gallo. Y los profesores no hacen mucho tampoco.
@mariaramitas||| (person, name, goes on from L7) L9: The problem with today's kids is that they see bullying as just joking around. And teachers don't do much either.`},
		{"a body's post in another language after a colon is the body's", `Protests in Caracas

Advocacy groups have been reporting abuses by police. PROVEA, an NGO dedicated to human rights, published a recap of the protests on April 4:

Además de detener, las fuerzas de seguridad del Estado también dedicaron su jornada a reprimir la protesta con bombas lacrimógenas y perdigones.
`, `PROVEA||| (organisation, name) L5: Además de detener, las fuerzas de seguridad del Estado también dedicaron su jornada a reprimir la protesta con bombas lacrimógenas y perdigones.`},
		{"a video's headline in capitals after a colon is no post in another language", `Tributes

Colleagues paid tribute to the reporter on Sunday.

Watch related video report from VOA's Zlatica Hoke:

US Journalist's Death Highlights Profession's Danger Across Region please wait
`, ``},
		{"an excerpt's marks of words left out, at its start and its end, leave it prose", `Protests in Chisinau

Kyiv-based blogger MoldovAnn wrote this on Wednesday morning:

[…] I am having a hard time finding good news sources on-line. Please. Give me some real news!!! […]

MoldovAnn, like many others, relied on friends in the city and shared what they told her on her blog:

[...] I talked to two friends in Chisinau yesterday, one in her office in the center of town (...)

The protests went on.
`, `MoldovAnn||Kyiv-based blogger| (person, name) L5: […] I am having a hard time finding good news sources on-line. Please. Give me some real news!!! […]
MoldovAnn||Kyiv-based blogger| (person, pronoun) L9: [...] I talked to two friends in Chisinau yesterday, one in her office in the center of town (...)`},
		{"a post in the first person that reports words in marks after a verb of speech is the blogger's all the same", `Bloggers and the crisis

Sam Stii writes:

So I just read Mike’s call for help. We’re all sitting behind our computers and saying things like “shame, poor foreigners” while we do nothing.

I’ve thought of this idea for a long time now. My idea is to have a fund to which bloggers can contribute.
`, `Sam Stii||| (person, name) L5: So I just read Mike’s call for help. We’re all sitting behind our computers and saying things like “shame, poor foreigners” while we do nothing.
Sam Stii||| (person, name, goes on from L5) L7: I’ve thought of this idea for a long time now. My idea is to have a fund to which bloggers can contribute.`},
		{"someone unnamed from a unit that opens with its number, or described by a capitalised word, is no body", `RAF jets scrambled

A Typhoon pilot from 1(Fighter) Squadron, attached to 135 Expeditionary Air Wing (EAW) and on duty when the scramble was called said:

“We launched in response to a Russian aircraft that was manoeuvring over the Black Sea.”

“It was a long night for all of us out there,” a soldier with the 82nd Airborne Division said.
`, `Typhoon pilot from 1(Fighter) Squadron||| (unnamed, name) L5: We launched in response to a Russian aircraft that was manoeuvring over the Black Sea.
soldier with the 82nd Airborne Division||| (unnamed, name) L7: It was a long night for all of us out there,`},
		{"according to a place's body: the body, not the place", `Flu in Ukraine

According to Ukraine's Health Ministry [9] (UKR), 1,031,597 people in Ukraine have fallen ill with “flu, acute respiratory illness and their complications” since October.
`, `Ukraine Health Ministry||| (organisation, name, partial) L3: flu, acute respiratory illness and their complications`},
		{"a verb of posting right before the colon, and a post \"with the message:\"", `Garrick dies

The family of Neville Garrick announced on November 15 that he had passed away.

Garrick’s daughter Naomi shared:

Words cannot adequately express the loss that we currently feel as a family to lose our beloved Neville.

Marley's daughter Cedella posted a message on Instagram.

The Bob Marley Foundation posted a collage of photographs on Facebook with the message:

Bob’s art director and good friend Neville Garrick passed away and is on his journey home. The legacy lives on.
`, `Naomi||Garrick daughter| (person, name) L7: Words cannot adequately express the loss that we currently feel as a family to lose our beloved Neville.
Bob Marley Foundation||| (organisation, name) L13: Bob’s art director and good friend Neville Garrick passed away and is on his journey home. The legacy lives on.`},
		{"a verb of speech with a long phrase of what it is about, then words in the first person", `Uganda blasts

Ernest Bazanye cautions against jumping to conclusions about who set off the bombs too soon:

It’s too early to say who is responsible or why, and even though it is whispered abroad that it was a pair of suicide bombings. We should know by now that the truth does not get here that soon.
`, `Ernest Bazanye||| (person, name) L5: It’s too early to say who is responsible or why, and even though it is whispered abroad that it was a pair of suicide bombings. We should know by now that the truth does not get here that soon.`},
		{"an embedded post's words before its picture's link, with marks of its own, or with its signature run into them", `Satellite glitch

Social media was full of comic reactions:

Os fazedores de memes estão cada vez mais rápidos. “O satélite levou chip da Movicel por isso perdeu rede” pic.twitter.com/cXVpanutQ8
— LUATY BEIRÃO (@LuatyBeirao) 27 décembre 2017

The government has said nothing since.

Hoje a agência espacial russa perdeu contacto com o satélite angolano.— Bin Laden (@AqueleMortoVivo) December 27, 2017

The satellite was found later.
`, `Luaty Beirão||| (person, name) L5: Os fazedores de memes estão cada vez mais rápidos. “O satélite levou chip da Movicel por isso perdeu rede”
Bin Laden||| (person, name) L10: Hoje a agência espacial russa perdeu contacto com o satélite angolano.`},
		{"a feeling someone named echoed or voiced, with no verb of speech, then their words", `Hurricane Paloma

Fellow diaspora blogger Uncommon Sense echoed his concern:

This has been an especially hard year for Cuba, as Paloma is the third major hurricane to strike the island. Rebuilding after the previous storms is far from complete.

Maria Lopez voiced her frustration with the relief effort:

Nothing has reached the villages yet. We are still waiting for the trucks.

The actor Sam Jones voiced the role:

This is a line from the film, not a quote of the actor.
`, `Uncommon Sense||Fellow diaspora blogger| (person, name) L5: This has been an especially hard year for Cuba, as Paloma is the third major hurricane to strike the island. Rebuilding after the previous storms is far from complete.
Maria Lopez||| (person, name) L9: Nothing has reached the villages yet. We are still waiting for the trucks.`},
		{"a dash for the colon after a verb of speech and a link's number; a nation's adjective in a placed description; the writer's links end the post", `India: Bomb Blasts In Delhi

Sepia Mutiny has some photographs of blasts [5]. An Indonesian student in Delhi writes [7]-

One staff whose home near the blast took place said that he heard a very strong noise which he thought was a firework

Conspiracy theory [8], shock [9] and a chronology of blasts [10] in Delhi. It's an extremely sad turn of events. Our prayers for those who are affected by this act of terrorism. We'll have more here as the events unfold.
`, `Indonesian student||| (unnamed, name) L5: One staff whose home near the blast took place said that he heard a very strong noise which he thought was a firework`},
		{"posts under a handle: the person the paragraph before names, though the post ends with hashtags, and again when it only says he adds", `Syria: Shock Murder of Journalists

NPR media strategist Andy Carvin, who is in Tripoli, Libya, tweets:
@acarvin: I need to unplug for a bit before I say something I'll regret. #homs #syria
He adds:
@acarvin: Killing reporters and citizen journalists won't stop us from bearing witness. You can't stop us. #syria #homs
`, `Andy Carvin||NPR media strategist| (person, name) L4: I need to unplug for a bit before I say something I'll regret. #homs #syria
Andy Carvin||NPR media strategist| (person, name) L6: Killing reporters and citizen journalists won't stop us from bearing witness. You can't stop us. #syria #homs`},
		{"an interview with two labelled voices that a paragraph above names, one speaking to the other: the answer is a quote, the question not", `Georgia: Blogging the War

The conflict was accompanied by cyber-attacks on several Georgian government sites.

Caucasus Regional Editor Onnik Krikorian spoke to Giga Paitchadze, a veteran local blogger.

Onnik Krikorian: When the conflict with Russia started, the number of Georgian blogs soon increased. Who are these new bloggers?

Giga Paitchadze: It's mainly young people aged 20-30 who have constant Internet access at the offices where they work.

I don't know why, but even a few of my own friends set up blogs on Blogspot.
`, `Giga Paitchadze||| (person, name) L9: It's mainly young people aged 20-30 who have constant Internet access at the offices where they work. I don't know why, but even a few of my own friends set up blogs on Blogspot.`},
		{"a paragraph that ends \"According to him,\" over the post it introduces", `Brazil: Floods

Ecologist Breno Alves explains in his blog the particularities behind the climate phenomenon. According to him,

The convergence in the South of the Atlantic brings a lot of moisture to the Southeast at this time of the year.
`, `Breno Alves||Ecologist| (person, pronoun) L5: The convergence in the South of the Atlantic brings a lot of moisture to the Southeast at this time of the year.`},
		{"according to a report on a broadcaster, the broadcaster's words; a paper that quotes a body, the body's", `Iraq: They Have Killed Eid

According to a report on the BBC, this month was the “deadliest Ramadan in years, with more than 670 people killed.” The New York Times, quotes the United Nations, providing another set of figures – “1,057 Iraqis were killed and 2,326 were wounded in attacks in July.”
`, `BBC||| (organisation, name, partial) L3: deadliest Ramadan in years, with more than 670 people killed.
United Nations||| (organisation, name) L3: 1,057 Iraqis were killed and 2,326 were wounded in attacks in July.`},
		{"a quotation the copy stops inside, at a character it broke, before it says whose it is: the one heard a paragraph or two before", `Fruit fly response

“We have a specialist team working in the area,” says Mr Inglis.

Last week, legal controls were introduced to restrict the movement of fruit and vegetables around the location where the fruit fly was found.

Signs have been installed at every road entrance and exit to the controlled area.

“I want to thank the local community for their support for our work so far. In the previous 14 occasions we??`, `Inglis|Mr|| (person, name) L3: We have a specialist team working in the area,
Inglis|Mr|| (person, nearby, cut) L9: I want to thank the local community for their support for our work so far. In the previous 14 occasions we??`},
		{"an office not yet held, \"-designate\" or \"-elect\", is a title before the name", `Tonga

“The Kingdom of Tonga is a friend and neighbour to New Zealand,” says New Zealand High Commissioner-designate Tiffany Babington.

“We are ready to help,” said Governor-elect Sam Jones.
`, `Tiffany Babington||New Zealand High Commissioner-designate| (person, name) L3: The Kingdom of Tonga is a friend and neighbour to New Zealand,
Sam Jones||Governor-elect| (person, name) L5: We are ready to help,`},
		{"a rank with its ordinal after a service's name; a title in capitals set off before the name that holds it, after \"according to\"", `School supplies

“This is the way that we can do something for this country,” said Macedonian Army 1st Lt. Vlatko Karanfilov from Skopje, Macedonia.

According to USGS Surface Water Specialist, Robert Meyer, in Sacramento, "We have concerns for our people in the field during times of flooding."
`, `Vlatko Karanfilov|1st Lt.|Macedonian Army|Skopje (person, name) L3: This is the way that we can do something for this country,
Robert Meyer||USGS Surface Water Specialist| (person, name) L5: We have concerns for our people in the field during times of flooding.`},
		{"a body's initials set off after a description that names a place are the body, not a place's state", `Haiti

The U.N. mission in Haiti, MINUSTAH, dismissed the demonstrations as "politically motivated," ahead of the elections.
`, `MINUSTAH||| (organisation, name, partial) L3: politically motivated,`},
		{"the one paragraph in the first person, right after one that reports a person's speech, is their words without marks", `Minister Harris welcomes additional funding for health

Health Minister Simon Harris today welcomed the Government approval of a Revised Estimate for the Department of Health, saying that it would allow commitments to be met.

My top priority is addressing some immediate problems facing patients. I am pleased to say that we will have confirmed funding for a winter initiative.

The Minister will publish the details next week.
`, `Simon Harris||Health Minister| (person, name) L5: My top priority is addressing some immediate problems facing patients. I am pleased to say that we will have confirmed funding for a winter initiative.`},
		{"a minister's page of an interview: the host it names asks, the office's label is the minister the host brings in", `Interview with Bridget Brennan, ABC News

Transcript, E&OE

Bridget Brennan: Let's head to Canberra now, because new data out shows more than 9,000 Australians needed consular support. Let's bring in the Assistant Foreign Minister, Tim Watts, from Canberra. Minister, good morning.

Assistant Minister for Foreign Affairs: Well, good morning, Bridget. Yes, this report shows all the ways that we are helping Australians who run into trouble overseas.

Bridget Brennan: We've been hearing about a real rise in cases.
`, `Tim Watts||Assistant Foreign Minister|Canberra (person, name) L7: Well, good morning, Bridget. Yes, this report shows all the ways that we are helping Australians who run into trouble overseas.`},
		{"a paragraph that points to the page's own video ends a block quotation", `Minister sees coastguard life savers in action

Shipping Minister John Hayes MP said:

Coastguards work around the clock to keep people safe in the water.

I am privileged to have seen first-hand their skillful, courageous work.

The short video shows the volunteers in action.

Her Majesty’s Coastguard is the emergency service responsible for coordinating maritime search and rescue in the UK.
`, `John Hayes||Shipping Minister| (person, name) L5: Coastguards work around the clock to keep people safe in the water.
John Hayes||Shipping Minister| (person, name, goes on from L5) L7: I am privileged to have seen first-hand their skillful, courageous work.`},
		{"a paragraph that brings in someone new, whom something was done to, ends a block quotation", `Border force seize cocaine at Harwich

Chris Philp, Minister for Immigration Compliance said:

This was a fantastic bit of work from the team. They have succeeded in taking a large amount of cocaine off our streets.

A British man was arrested and the investigation passed to the NCA. He was interviewed and released under investigation.

Jacque Beer, NCA Branch Commander said:

This seizure shows that organised criminal networks continue to pose a threat to the UK.
`, `Chris Philp||Minister|Immigration Compliance (person, name) L5: This was a fantastic bit of work from the team. They have succeeded in taking a large amount of cocaine off our streets.
Jacque Beer||Commander|NCA Branch (person, name) L11: This seizure shows that organised criminal networks continue to pose a threat to the UK.`},
		{"posts that end with no stop, with hashtags, handles or a face: a post all the same after its author and a colon", `Jordan: Twitter Reactions to Nine Per Cent Fuel Hike

Loia Taha discussed possible, humorous alternatives to fuel:

9% fuel prices raise!! I bet we'll see lots of horses and donkeys down the streets.. much cheaper, I may get one myself very soon #jo

Yasser Burgan responded:

@AliDahmash We are energy importing country. This is only a reflection of the international oil prices. @PrimeMinistry #Jo

Another Twitter user, @FauziPewarisPG, wonders if this is a result of climate change:
`, `Loia Taha||| (person, name) L5: 9% fuel prices raise!! I bet we'll see lots of horses and donkeys down the streets.. much cheaper, I may get one myself very soon #jo
Yasser Burgan||| (person, name) L9: @AliDahmash We are energy importing country. This is only a reflection of the international oil prices. @PrimeMinistry #Jo`},
		{"labels in capitals that lost their colons with their bold type: a name, and the floor's", `Doorstop Interview Australian Embassy, Jakarta

JOURNALIST Can you please tell us a bit about your meeting with the Foreign Minister?

JULIE BISHOP In fact my meeting with the Foreign Minister of Indonesia was very productive.

JOURNALIST Minister, are we prepared to do more, if others step in?

JULIE BISHOP We have already taken those that have been deemed to be refugees.
`, `Julie Bishop||| (person, name) L5: In fact my meeting with the Foreign Minister of Indonesia was very productive.
Julie Bishop||| (person, name) L9: We have already taken those that have been deemed to be refugees.`},
		{"a named person's verb of speech and a colon, then their words in the same paragraph without marks", `Herat votes under tight security

Dr Daud Saba, Governor of Herat says: Our security forces are trying their best to facilitate a free, transparent and secure election.

The governor said the measures include: Checkpoints on every road into the city and extra police at schools.
`, `Daud Saba|Dr|Governor|Herat (person, name) L3: Our security forces are trying their best to facilitate a free, transparent and secure election.`},
		{"an office of a field, set off before the name, and the body it is held at", `Former employee jailed for fraud

Deputy Head of Fraud at the Crown Prosecution Service, Andrew Penhale, said: "The fraud started before he had even been offered a job."
`, `Andrew Penhale||Deputy Head of Fraud|Crown Prosecution Service (person, name) L3: The fraud started before he had even been offered a job.`},
		{"a headline in title case capitalises what it quotes: the story's same words in small letters say whose", `US Federal Coronavirus Guidelines ‘Fading Out’ as Focus Turns to Reopening

Trump said Wednesday that the federal guidelines first issued in mid-March will be “fading out,” while his administration consults with governors on their plans.
`, `Trump||| (person, name, partial) L1: Fading Out
Trump||| (person, name, partial) L3: fading out,`},
		{"a name in marks in a headline in title case, printed as a name in the story, is no quotation", `Stefanik Leads Bipartisan Legislation to Rename Historic Site “Saratoga National Battlefield Park”

Congresswoman Elise Stefanik said: “Renaming the park “Saratoga National Battlefield Park” will honour the soldiers who fought there.”
`, `Elise Stefanik||Congresswoman| (person, name) L3: Renaming the park “Saratoga National Battlefield Park” will honour the soldiers who fought there.`},
		{"the host an interview's heading names asks, though the heading is not the page's title", `PM Transcripts

Transcripts from the Prime Ministers of Australia

Morrison, Scott

Interview with John Stanley, 2GB

Prime Minister

JOHN STANLEY: Good morning, Prime Minister.

PRIME MINISTER: Good morning, John.

STANLEY: Just on the broader question, a difficult day coming up in South Australia. You were there a few days ago.

PRIME MINISTER: Yeah the fire has broken its containment lines and it’s moving towards the airport.
`, `Scott Morrison||Prime Minister| (person, name) L17: Yeah the fire has broken its containment lines and it’s moving towards the airport.`},
		{"the host a header names before the programme asks, under a label that misspells her name by a letter", `Transcript Interview with Lisa Miller, ABC News, News Breakfast

Lisa Millar: The Nationals leader and Deputy Prime Minister Michael McCormack joins us from Sydney now.

Michael McCormack: Good morning, Lisa. Good to be with you this morning.

Lisa Millar: [Interrupts] And to the media.

Michael McCormack: Well, whether he took it to the media or somebody else did, the fact is it got out.
`, `Michael McCormack||Deputy Prime Minister| (person, name) L5: Good morning, Lisa. Good to be with you this morning.
Michael McCormack||Deputy Prime Minister| (person, name) L9: Well, whether he took it to the media or somebody else did, the fact is it got out.`},
		{"a paragraph that gives someone's age after their name is the writer's and ends a block quotation", `Cocaine seized at Dover

NCA regional head of investigations Andrea Wilson said:

These are significant seizures of cocaine that have deprived criminal networks of profit.

The NCA is determined to do all we can with our partners to cut the supply of drugs.

Bosnian nationals Miodrag Ivankovic, 44, and Mile Pajic, 45, both of no fixed UK address, were charged with the attempted importation of a Class A drug.
`, `Andrea Wilson||NCA regional head of investigations| (person, name) L5: These are significant seizures of cocaine that have deprived criminal networks of profit.
Andrea Wilson||NCA regional head of investigations| (person, name, goes on from L5) L7: The NCA is determined to do all we can with our partners to cut the supply of drugs.`},
		{"labels on their own lines: a turn that asks in its second paragraph asks, so the one who answers is the guest and their turn runs to the next label", `KARL STEFANOVIC:

The Prime Minister, Malcolm Turnbull, joins us now from Sydney.

Have you got any news about Australians caught up there?

PRIME MINISTER:

Well thank you, Karl. At this stage, we have no reports of Australians being injured.

But as we’ve heard, its effects have been felt around Indonesia, including in Bali.

KARL STEFANOVIC:

I guess you'll have to wait and see just how many might be affected?

PRIME MINISTER:

Yes, I’ll be contacting the President of Indonesia today to offer all Australian assistance.
`, `Malcolm Turnbull||Prime Minister| (person, name) L9: Well thank you, Karl. At this stage, we have no reports of Australians being injured. But as we’ve heard, its effects have been felt around Indonesia, including in Bali.
Malcolm Turnbull||Prime Minister| (person, name) L19: Yes, I’ll be contacting the President of Indonesia today to offer all Australian assistance.`},
		{"a warrant officer's rank with its class in figures before the name", `Migrants rescued

WO1 Mark Gandy was in charge of embarking the migrants. He said: “After 24 years in the submarine service, this is the first time I have seen something like this.”
`, `Mark Gandy|WO1|| (person, pronoun) L3: After 24 years in the submarine service, this is the first time I have seen something like this.`},
		{"a former role and a nation's adjective before a role are no name", `Guinea count under way

Former Nigerian leader Yakubu Gowon helped observe this election for the Carter Center. He says the commission has done everything it can.

"The CENI adopted a transparent communications strategy to inform the public."
`, `Yakubu Gowon||Former Nigerian leader| (person, nearby) L5: The CENI adopted a transparent communications strategy to inform the public.`},
		{"an office and a surname that misspells one vowel of a person named before are that person", `Burundi election

First Vice President Gaston Sindimwo of the nationalist party Uprona finished far behind with just 2%.

But in another interview with VOA, First Vice President Sindomwo downplayed allegations that the election was rigged.

"Elections are over now. We urge president-elect Evariste Ndayishimiye to be the leader for all Burundians," he said.
`, `Gaston Sindimwo||First Vice President| (person, pronoun) L7: Elections are over now. We urge president-elect Evariste Ndayishimiye to be the leader for all Burundians,`},
		{"a post under a handle made of the full name of someone the text names is theirs", `Egypt: Conflicting News on Casualties in Cairo Train Crash

And long-time Middle East resident Angus Blair pointed fingers:

@AngusBlair1: The tragic train crash outside #Cairo indicates how much needs to be done to upgrade #Egypt's aged & underinvested railways

Meanwhile, the state news agency reported that the train had been repaired a week before.
`, `Angus Blair||Middle East resident| (person, name) L5: The tragic train crash outside #Cairo indicates how much needs to be done to upgrade #Egypt's aged & underinvested railways`},
		{"a post after a colon is the post of the person the sentence names as its subject, whatever its verb", `Jordan: Twitter Reactions to Nine Per Cent Fuel Hike

Muneer Saifi referenced the end-of-year timing:

Happy new year with 9% raise in feul prices, enjoy 2011 #JO

Ali Dahmash, though, launched serious criticism of the government's decision:

@YasserBurgan @primeministry the calculation of the Oil prices in Jordan seems anonymous and unreal, it's not justified

The government referenced the new tariff:

The tariff table is published on the ministry's website for every governorate.
`, `Muneer Saifi||| (person, name) L5: Happy new year with 9% raise in feul prices, enjoy 2011 #JO
Ali Dahmash||| (person, name) L9: @YasserBurgan @primeministry the calculation of the Oil prices in Jordan seems anonymous and unreal, it's not justified`},
		{"an unnamed spokesperson is not a spokesperson of another body whom the paragraph names later, and the spokesperson who goes on is the unnamed one", `WASHINGTON — The U.S. says it has been trying to engage North Korea. “We have sent such messages in multiple ways,” a State Department spokesperson said. “We have also emphasized our willingness to talk,” the spokesperson continued via email. Russia has been shipping refined petroleum to North Korea, White House national security spokesperson John Kirby said Thursday.
`, `State Department spokesperson||| (unnamed, name) L1: We have sent such messages in multiple ways,
State Department spokesperson||| (unnamed, role) L1: We have also emphasized our willingness to talk,`},
		{"who joined others in condemning speaks, not those it joined", `Attack kills 19

KABUL — Militants attacked the town.

The coalition joined Afghan President Hamid Karzai and the Ministry of Interior in condemning the attacks, saying "innocent Afghans lost their lives because insurgents have a despicable, complete disregard for human life."
`, `coalition||| (organisation, role, partial) L5: innocent Afghans lost their lives because insurgents have a despicable, complete disregard for human life.`},
		{"the host a header names after a word that says what kind of interview it was asks", `Radio interview with Hamish Macdonald, ABC Radio National Breakfast

9 September 2019

HAMISH MACDONALD: Winter may barely be over but already large parts of the country have been plunged straight into bushfire season.

DAVID LITTLEPROUD: Well, people need to listen to the authorities and have a plan for their families.

MACDONALD: That's the minister. Good morning to you, Minister.

LITTLEPROUD: Good morning. The crews have done an outstanding job over the weekend in Stanthorpe.
`, `David Littleproud||| (person, name) L7: Well, people need to listen to the authorities and have a plan for their families.
David Littleproud||| (person, name) L11: Good morning. The crews have done an outstanding job over the weekend in Stanthorpe.`},
		{"what someone wrote about, after a colon, then what they wrote", `Kenya: the power of the internet

Has technology played any positive role in covering the crisis in Kenya? This is what White African wrote about the role of technology in the crisis:

If anyone doubts the power of the internet in Africa, they need to look no further than what is happening in Kenya right now.

Others disagree.
`, `White African||| (person, name) L5: If anyone doubts the power of the internet in Africa, they need to look no further than what is happening in Kenya right now.`},
		{"a verb of speech and an adverb before a colon announce the words after it", `Still No Arrests in Case of Murdered Trinidad Attorney

Blogger Denise Demming wrote about the case.

Demming suggests that the crime was more than a murder; it was an assault on the country's democracy. She stated emphatically:

When our mistrust of the state and the institutions designed to protect us is eroded, we are near to anarchy.

Will Trinidad & Tobago's Government “Listen, Learn & Lead”?
`, `Denise Demming||Blogger| (person, pronoun) L7: When our mistrust of the state and the institutions designed to protect us is eroded, we are near to anarchy.`},
		{"a question from the floor that opens with a title addresses the one it asks: the name after it is not given the title", `Doorstop Interview, Sydney

PRIME MINISTER:

Good morning, thank you.

JOURNALIST:

Prime Minister, Peter Costello mentioned last week that he thinks 65 is retirement age.

PRIME MINISTER:

I didn't see that. But look, what's your next question?
`, `prime minister||Prime Minister| (unnamed, name) L5: Good morning, thank you.
prime minister||Prime Minister| (unnamed, name) L13: I didn't see that. But look, what's your next question?`},
		{"a legislator's party and state in brackets, then an appositive: the name before them speaks", `Senate passes package

WASHINGTON, DC -- Last night, the U.S. Senate voted 82-15 to pass an appropriations package.

U.S. Senator Jack Reed (D-RI), a senior member of the Senate Appropriations Committee, hailed the bipartisan vote, stating:

“This bipartisan appropriations package is a strong step toward improving our infrastructure.”

The package also names Representatives Sam Graves (Mo.), Vicky Hartzler (Mo.) and others.
`, `Jack Reed||U.S. Senator|Senate Appropriations Committee (person, name) L7: This bipartisan appropriations package is a strong step toward improving our infrastructure.`},
		{"a country that is also a given name opens a sentence of a quotation that goes on without marks: a place, not a person", `Minister announces aid

The Minister for Foreign Affairs, Simon Coveney, announced the provision of medical equipment to Lebanon.

“Ireland sends its deepest sympathies to all of those affected by the terrible explosion in Beirut.

Ireland enjoys strong relations with Lebanon – it is a country where our peacekeepers have served with distinction. At this time of need, we stand in solidarity with Lebanon.

The operation represents a significant and rapid cross-Government response.”
`, `Simon Coveney||Minister for Foreign Affairs| (person, nearby) L5: Ireland sends its deepest sympathies to all of those affected by the terrible explosion in Beirut.
Simon Coveney||Minister for Foreign Affairs| (person, continued, goes on from L5) L7: Ireland enjoys strong relations with Lebanon – it is a country where our peacekeepers have served with distinction. At this time of need, we stand in solidarity with Lebanon. The operation represents a significant and rapid cross-Government response.`},
		{"a rank's grade in small letters is part of the honorific, and no sentence ends at it", `Fishermen rescued

The crew flew to Hilo.

“We were lucky to be able to reach them via cell phone,” said Lt. j.g. Eric Majeska, a C-130 pilot at Air Station Barbers Point. “It’s important to remind mariners to have the proper safety gear on board.”
`, `Eric Majeska|Lt. j.g.|C-130 pilot|Air Station Barbers Point (person, name) L5: We were lucky to be able to reach them via cell phone, It’s important to remind mariners to have the proper safety gear on board.`},
		{"a town and its state before a hyphen set as a dash is a dateline, not who issued the statement", `Roe statement on veterans bills

Washington, D.C. - This evening, Rep. Phil Roe issued the following statement after the House passed nine veterans' bills:

“Tonight, the House passed nine bills to improve healthcare for our nation’s veterans.”
`, `Phil Roe||Rep.| (person, name) L5: Tonight, the House passed nine bills to improve healthcare for our nation’s veterans.`},
		{"a statement printed without marks under a headline that says whose statement it is: theirs, in the first person, until the writer's narration", `Statement by the Tánaiste on the death of Queen Elizabeth

I pay tribute to Queen Elizabeth on her passing which marks the end of an incredible epoch in British history.

From our perspective, she will always be remembered as the first British monarch to visit an independent Ireland.
`, `Tánaiste||Tánaiste| (unnamed, name) L3: I pay tribute to Queen Elizabeth on her passing which marks the end of an incredible epoch in British history.
Tánaiste||Tánaiste| (unnamed, name, goes on from L3) L5: From our perspective, she will always be remembered as the first British monarch to visit an independent Ireland.`},
		{"a site's kind of page before a heading that names the statement's owner without a possessive", `Government response: Foreign Secretary statement on the fall of Daesh

This is an historic moment. Now the last territory held by Daesh in Syria has been liberated.

We pay tribute to the extraordinary courage of the global military Coalition, including British forces, that made this possible.
`, `Foreign Secretary||Foreign Secretary| (unnamed, name) L3: This is an historic moment. Now the last territory held by Daesh in Syria has been liberated.
Foreign Secretary||Foreign Secretary| (unnamed, name, goes on from L3) L5: We pay tribute to the extraordinary courage of the global military Coalition, including British forces, that made this possible.`},
		{"a statement under a heading that names its owner's office, announced by name with a colon, is the named person's", `Press release: Foreign Office Minister statement on the 35th anniversary of the conflict

The Rt. Hon Alan Duncan, Minister of State for the Foreign and Commonwealth Office said:

Today marks 35 years since the end of the conflict. It is an opportunity for us to remember all those who lost their lives.
`, `Alan Duncan|Rt. Hon|Minister of State|Foreign and Commonwealth Office (person, name) L5: Today marks 35 years since the end of the conflict. It is an opportunity for us to remember all those who lost their lives.`},
		{"a statement announced by 'the following statement' in a sentence that goes on to its full stop, under a heading that names its owner and its kind", `Chairman Hal Rogers Floor Statement on the Honoring Our Promise to America’s Veterans Act

House Appropriations Committee Chairman Hal Rogers gave the following statement on the House floor tonight in support of the Honoring Our Promise to America’s Veterans Act, which provides funding to process and delivery disability claims and services for our veterans until December 15, 2013.

“Mr. Speaker, I rise today in support of this legislation.

“For their unwavering commitment to this nation, our veterans deserve to receive consistent, quality service.
`, `Hal Rogers||House Appropriations Committee Chairman| (person, name) L5: Mr. Speaker, I rise today in support of this legislation.
Hal Rogers||House Appropriations Committee Chairman| (person, name, goes on from L5) L7: For their unwavering commitment to this nation, our veterans deserve to receive consistent, quality service.`},
		{"a release headed as a minister's statement whose first paragraph names the minister is the writer's narration", `Minister Murphy’s statement on July homeless figures

Mr. Eoghan Murphy, Minister for Housing, published his Department’s July Homelessness Report. We have a long way to go.

The report is based on data provided by local authorities.
`, ``},
		{"a text that opens with one person's label on its own line is a transcript of their words", `JIM CHALMERS:
Today we learned that the unemployment rate has fallen to 3.6 per cent and that 6,700 new jobs were created in September.
Conflict in the Middle East is now another concerning part of the economic outlook.
`, `Jim Chalmers||| (person, name) L2: Today we learned that the unemployment rate has fallen to 3.6 per cent and that 6,700 new jobs were created in September. Conflict in the Middle East is now another concerning part of the economic outlook.`},
		{"an office of a body for a field of several parts before a name, under a release's number", `Aid tops one billion

Release Number: 1539-168

The aid was approved.

"In times of distress, Americans reach out to help each other," said Under Secretary of Homeland Security for Emergency Preparedness and Response Mike Brown.
`, `Mike Brown||Secretary of Homeland Security for Emergency Preparedness and Response| (person, name) L7: In times of distress, Americans reach out to help each other,`},
		{"a header field's label with its value is no one", `Aid tops one billion

Release Number: 1539-168

The aid was approved.

"In times of distress, Americans reach out to help each other," said Under Secretary of Homeland Security.
`, `Secretary of Homeland Security||| (unnamed, role) L7: In times of distress, Americans reach out to help each other,`},
		{"a description with a place's name, then words in small letters to the role, is someone unnamed the text names after", `Judge sanctions lawyers

A U.S. federal judge imposed penalties after ruling that the lawsuit was a “historic and profound abuse of the judicial process.”

“It is one thing to take on the charge,” U.S. District Court judge Linda Parker wrote.
`, `Linda Parker||U.S. District Court judge| (person, role, partial) L3: historic and profound abuse of the judicial process.
Linda Parker||U.S. District Court judge| (person, name) L5: It is one thing to take on the charge,`},
		{"a word that says where before a role, then initials and a surname", `Rhinos

"It is a national treasure for us," said Park Ranger C.J. Lombard.

"If you look carefully you can see the front toenail," explained Lombard.
`, `C.J. Lombard||Park Ranger| (person, name) L3: It is a national treasure for us,
C.J. Lombard||Park Ranger| (person, name) L5: If you look carefully you can see the front toenail,`},
		{"a paragraph of straight marks whose first closes a quotation that lost its opening mark", `Debt recovered

Tampa, FL - U.S. Attorney Robert E. O'Neill announced today that the district collected $51 million.

Working with our investigative partners to enforce the public laws is a critical part of our overall mission," said U.S. Attorney O'Neill. "Equally important is utilizing our capabilities to protect the interests of crime victims."
`, `Robert E. O'Neill||U.S. Attorney| (person, name) L5: Working with our investigative partners to enforce the public laws is a critical part of our overall mission, Equally important is utilizing our capabilities to protect the interests of crime victims.`},
		{"in a chat that asks nothing, the voice the opening turn introduces is the guest, whose turns go on over paragraphs and a stage direction", `Radio interview, Cairns

CARLY:

Joining us right now on the show, it is the Prime Minister himself. Good morning.

PRIME MINISTER:

Good morning Carly, great to be with you.

SHAD:

You have not been on the show before.

PRIME MINISTER:

That’s right, he would be even better at selfies than me with that arm.

[Laughter]

But you know, the big story today is the Reef.

CARLY:

Yes.

PRIME MINISTER:

And the money we are putting into reef research is a very big deal.

This is going to involve an all-out assault on the Crown of Thorns Starfish.
`, `prime minister||Prime Minister| (unnamed, name) L9: Good morning Carly, great to be with you.
prime minister||Prime Minister| (unnamed, name) L17: That’s right, he would be even better at selfies than me with that arm. But you know, the big story today is the Reef.
prime minister||Prime Minister| (unnamed, name) L29: And the money we are putting into reef research is a very big deal. This is going to involve an all-out assault on the Crown of Thorns Starfish.`},
		{"a paragraph that says someone had this to say and ends with a comma announces their words", `Marine Minute

The air officer with the task force, Major Mark Mauberret, had this to say about the training,

“The HADR rehearsal in Columbia provides the SPMAGTF a unique opportunity. It also strengthens a partnership.”
`, `Mark Mauberret|Major|air officer with the task force| (person, name) L5: The HADR rehearsal in Columbia provides the SPMAGTF a unique opportunity. It also strengthens a partnership.`},
		{"a text that opens with a person's label and their words in the first person is a transcript of them; a headline with a label is not", `JULIA GILLARD: Well I am here today with the Minister for Defence John Faulkner. We are in Darwin.
Overnight I was very saddened to learn that we have lost another soldier.
`, `Julia Gillard||| (person, name) L1: Well I am here today with the Minister for Defence John Faulkner. We are in Darwin. Overnight I was very saddened to learn that we have lost another soldier.`},
		{"a headline that opens with a label is no turn", `Welsh Secretary: Funding for new train stations is a great opportunity for Welsh communities

Welsh Secretary David Jones has urged Welsh local authorities to bid for funding.
`, ``},
		{"a clause that quotes a phrase and then says its subject went on speaking announces the block after its colon", `Jamaica rallies

Talk about Jamaican domination! Tallawah called the three sprinters “the dream team”, saying:

On Thursday the stage was set in London for an unprecedented achievement for Team Jamaica – and we weren’t let down.

All in all, Thursday was nothing short of a sensational occasion that served to ratchet up our medal count.
`, `Tallawah||| (organisation, name, partial) L3: the dream team
Tallawah||| (organisation, name) L5: On Thursday the stage was set in London for an unprecedented achievement for Team Jamaica – and we weren’t let down.
Tallawah||| (organisation, name, goes on from L5) L7: All in all, Thursday was nothing short of a sensational occasion that served to ratchet up our medal count.`},
		{"a press release named before a colon is a statement: the body that issued it speaks", `Guyana: Linden crisis

A government press release offered condolences to the families affected but also laid blame on the opposition parties for the violence that occurred:

They organised and allowed their MPs, activists and extremists to lead protest against a thoughtful and sensitive programme.
`, `government||| (organisation, name) L5: They organised and allowed their MPs, activists and extremists to lead protest against a thoughtful and sensitive programme.`},
		{"a quotation left open runs over paragraphs without marks to where the copy stops, in the speaker's voice", `Commissioner's statement

Commissioner for Health Stella Kyriakides marked World Health Day with the following statement:

“Three years into the COVID-19 pandemic, we have seen the weaknesses in our healthcare systems.

We have been laying the foundations for a strong European Health Union.

Ensuring accessible and affordable medicines is a top priority for the year ahead, and we will support health profes
`, `Stella Kyriakides||Commissioner for Health| (person, name) L5: Three years into the COVID-19 pandemic, we have seen the weaknesses in our healthcare systems.
Stella Kyriakides||Commissioner for Health| (person, continued, goes on from L5) L7: We have been laying the foundations for a strong European Health Union.
Stella Kyriakides||Commissioner for Health| (person, continued, cut, goes on from L5) L9: Ensuring accessible and affordable medicines is a top priority for the year ahead, and we will support health profes`},
		{"narration after a quotation left open, in no one's voice, is the writer's", `Fellowships announced

The Commission announced the results today. “We are proud to support these researchers.

The selected fellows will conduct their projects at universities across 47 countries. The next call for applica
`, `Commission||| (organisation, nearby) L3: We are proud to support these researchers.`},
		{"the first part of a split quotation that lost its closing mark before \"said\" and a name", `Cyclone

Shail Shrestha, program coordinator, said the devastation is widespread.

"Phone lines are cut and communication system is very much disrupted, said Shrestha. "Agriculture products are badly damaged and livestock are also badly damaged."
`, `Shail Shrestha||program coordinator| (person, name) L5: Phone lines are cut and communication system is very much disrupted, Agriculture products are badly damaged and livestock are also badly damaged.`},
		{"Ireland's police, An Garda Síochána, is a body, not a person, so the minister's quotation left open goes on over it", `Minister opens campaign

Minister McEntee said:
“This recruitment campaign is of particular significance as we this year celebrate 100 years of An Garda Síochána.

A cornerstone of the vital work of An Garda Síochána is its engagement with communities and my hope is that we can have a diverse service.

I urge anyone who wants to join to apply, but I want to particularly encourage wom
`, `McEntee||Minister| (person, name) L4: This recruitment campaign is of particular significance as we this year celebrate 100 years of An Garda Síochána.
McEntee||Minister| (person, continued, goes on from L4) L6: A cornerstone of the vital work of An Garda Síochána is its engagement with communities and my hope is that we can have a diverse service.
McEntee||Minister| (person, continued, cut, goes on from L4) L8: I urge anyone who wants to join to apply, but I want to particularly encourage wom`},
		{"a paragraph that opens a quotation and leaves it open, after a bridge that names no one, is the statement of the one heard last", `Support for flood affected communities

The Government has put $30,000 towards a relief fund, the Civil Defence Minister, Peeni Henare said.

“I was in Moerewa yesterday where I met with leaders and saw first-hand the extent of the damage” Peeni Henare said.

Mayoral Relief Funds provide an additional way to help communities bounce back after an emergency. Local communities and councils are well-placed to know exactly what they need so this funding can be used, for example, to meet the needs of affected families and individuals, community organisations or marae.

“Other initial support has also been arranged. Skip bins will be delivered to Whangarei and Moerewa.

“This is a very challenging time for the community but I’m proud of how well they have responded.

Residents can call the helpline for advice.
`, `Peeni Henare||Civil Defence Minister| (person, name) L5: I was in Moerewa yesterday where I met with leaders and saw first-hand the extent of the damage
Peeni Henare||Civil Defence Minister| (person, nearby) L9: Other initial support has also been arranged. Skip bins will be delivered to Whangarei and Moerewa.
Peeni Henare||Civil Defence Minister| (person, nearby, goes on from L9) L11: This is a very challenging time for the community but I’m proud of how well they have responded.`},
		{"a statement the text announces, left open, runs to where the copy stops though it says \"we\" no more", `Flood insurance bill passes House

Waters made the following statement:

“Passage of this legislation is a significant victory for the thousands of Americans who are facing unaffordable premiums. As we committed to many months ago, Democrats have worked tirelessly to fix this problem.

This House measure strikes an important balance – addressing affordability concerns and bringing accountability to FEMA. It ends the dramatic increases caused by events such as pr
`, `Waters||| (organisation, name) L5: Passage of this legislation is a significant victory for the thousands of Americans who are facing unaffordable premiums. As we committed to many months ago, Democrats have worked tirelessly to fix this problem.
Waters||| (organisation, continued, cut, goes on from L5) L7: This House measure strikes an important balance – addressing affordability concerns and bringing accountability to FEMA. It ends the dramatic increases caused by events such as pr`},
		{"what a blog writes of, after a colon, then what it wrote", `Bolt does it again

Bloggers reacted to the news on Sunday.

Abeng News Magazine [8] writes of the victory:

Usain Bolt’s sizzling 9.58 sec world record 100 meters run on Sunday gave Jamaica its first gold medal of the championships.

Others disagreed.
`, `Abeng News Magazine||| (organisation, name) L7: Usain Bolt’s sizzling 9.58 sec world record 100 meters run on Sunday gave Jamaica its first gold medal of the championships.`},
		{"a name and a relative clause without its commas before a colon, then words in the first person", `Afghanistan election

Voting started at 07:00 am on Saturday.

Dawlatshah Poyesh who is currently in India wishes [5] [fa] he was in Afghanistan to vote:

I wish I was there today. I would vote for someone or maybe I would vote for myself.

Others disagreed.
`, `Dawlatshah Poyesh||| (person, name) L7: I wish I was there today. I would vote for someone or maybe I would vote for myself.`},
		{"a blogger named in one word who notes something before a colon is a person, and the block after is theirs", `Kenya: bloggers pay tribute to Wangari Maathai

Kenyan bloggers have paid tribute to the Nobel laureate.

Taabu notes that Wangari was a first in almost everything:

She came. She battled. She won. She was a first in almost everything she put her head and heart into.

Others wrote poems.
`, `Taabu||| (person, name) L7: She came. She battled. She won. She was a first in almost everything she put her head and heart into.`},
		{"a word called out again and again is a chant, a quote", `Bali Nine sentenced

The court handed down the sentences.

Outside the court, Indonesian protesters shouted "Death! Death!". Chan fell over.
`, `Indonesian protesters||| (unnamed, name) L5: Death! Death!`},
		{"a post that opens with a phrase in marks it answers, then prose of its own, is the post", `Paraguay: Lugo removed from office

Estela Nuñez Acosta (@Jesudi) [es] quotes the phrase repeated by legislators who voted in favor of the impeachment, and adds:

“Por la condena”.. todavía no puedo creer que algunos denunciados por corruptos y más pronuncien esta frase. #JuicioPolitico

Others celebrated.
`, `Estela Nuñez Acosta||| (person, name) L5: “Por la condena”.. todavía no puedo creer que algunos denunciados por corruptos y más pronuncien esta frase. #JuicioPolitico`},
		{"a minister's title misspelt \"Minster\" is still an office, and the title is written as it should be read", `Fishing industry briefed

The Minister met fishing representatives on Monday.

Minster Creed said;

“Today was about ensuring that our fishing representatives are fully informed of the preparedness work that is underway.”
`, `Creed||Minister| (person, nearby) L7: Today was about ensuring that our fishing representatives are fully informed of the preparedness work that is underway.`},
		{"a site's user named by handle in small letters, a language code in brackets and a time stamp between, is the post's author", `Georgia: Tbilisi reports

Below are a few posts from bloggers in Tbilisi.

LJ user merienn wrote this (RUS) from Tbilisi on Aug. 11 and 12:

Aug. 11, 2008 – 10:46 AM:

At 6 AM today, Marina called, scared to death: there was an explosion. I did not sleep again.
`, `merienn||| (person, name) L9: At 6 AM today, Marina called, scared to death: there was an explosion. I did not sleep again.`},
		{"one office's label on its own line, its words in the first person, is a transcript of that office", `Release content
27 December 2019
MINISTER REYNOLDS:
Well firstly, can I say, my condolences are with all of those who have been impacted by these fires. I am proud of our people.
`, `Reynolds||Minister| (person, name) L4: Well firstly, can I say, my condolences are with all of those who have been impacted by these fires. I am proud of our people.`},
		{"a page that opens with a person's label and their words, where no turn asks, quotes every named voice", `TRENT ZIMMERMAN:
It is a great success story, and I thank you, Josh, for being here with us today.
JOSH FRYDENBERG:
Thanks very much, Trent. It is great to be in the electorate of North Sydney.
`, `Trent Zimmerman||| (person, name) L2: It is a great success story, and I thank you, Josh, for being here with us today.
Josh Frydenberg||| (person, name) L4: Thanks very much, Trent. It is great to be in the electorate of North Sydney.`},
		{"an office's label on its own line is a speaker of the record, not an interviewer: each office's turn is quoted whole", `ASSISTANT MINISTER FOR EDUCATION:
Prime Minister, Barnaby, it’s terrific that you are in the electorate.
I was in Tibaburra a few weeks ago and the drought there is hard.
PRIME MINISTER:
Well, thanks very much Sussan, and it is great to be with you here in Broken Hill.
`, `assistant minister for education||Assistant Minister for Education| (unnamed, name) L2: Prime Minister, Barnaby, it’s terrific that you are in the electorate. I was in Tibaburra a few weeks ago and the drought there is hard.
prime minister||Prime Minister| (unnamed, name) L5: Well, thanks very much Sussan, and it is great to be with you here in Broken Hill.`},
		{"a label in capitals whose colon lost its space still opens a turn", `Transcript of Interview with Karl Stefanovic

KARL:Joining me is Prime Minister Kevin Rudd. How is the President this morning?

PM:Best of my advice this morning, he remains in a very serious and stable condition.

KARL: Any word on the streets of Dili?

PM: This morning's report is that the situation on the streets is calm.
`, `Kevin Rudd||Prime Minister| (person, name) L5: Best of my advice this morning, he remains in a very serious and stable condition.
Kevin Rudd||Prime Minister| (person, name) L9: This morning's report is that the situation on the streets is calm.`},
		{"a ship's name is no person's: the crew member named after her ship's name and a comma says the words", `Navy volunteers help.

Sailors from the amphibious assault ship, USS Nassau (LHA 4), took part.

"She was very glad to see us and was very happy with the fence that we put up," said Nassau volunteer, Aerographer's Mate 2nd Class (AW) Christopher Hanson. "We have the ability."
`, `Christopher Hanson|Mate 2nd Class|Aerographer| (person, name) L5: She was very glad to see us and was very happy with the fence that we put up, We have the ability.`},
		{"a blogger who goes by one name and is moved to what she writes in the first person under a colon wrote it; an Arabic name keeps its article", `Dahab Spring Tears

Ibn ad Dunya from Fustat blog said:

I would think that an immediate result would be the sacking of the Minister of Interior.

Free Soul was not the only sad person. Zeinobia also was going to cry twice:

First time when I saw the judge in an exclusive interview from the hospital, I could not hold my tears.
`, `Ibn ad Dunya|||Fustat (person, name) L5: I would think that an immediate result would be the sacking of the Minister of Interior.
Zeinobia||| (person, name) L9: First time when I saw the judge in an exclusive interview from the hospital, I could not hold my tears.`},
		{"a double mark a single one closes ends the quotation there, so the post that holds it is its blogger's; a possessive's mark before a capital is an apostrophe", `Iran: When Earthquakes Kill

Iranians flocked to the Internet to mourn the victims.

Damavandiyeh writes [fa]:

Many people are still under the rubble. The Supreme Leader's representative said this earthquake reminds us “the Day of Judgement’.

“The return of funds is a priority,” said Leslie Caldwell. “Success would not be achievable without U.S. Attorneys’ Offices around the country.

“Make no mistake: forfeiture takes the money out of crime.”
`, `Damavandiyeh||| (person, name) L7: Many people are still under the rubble. The Supreme Leader's representative said this earthquake reminds us “the Day of Judgement’.
Leslie Caldwell||| (person, name) L9: The return of funds is a priority, Success would not be achievable without U.S. Attorneys’ Offices around the country.
Leslie Caldwell||| (person, name, goes on from L9) L11: Make no mistake: forfeiture takes the money out of crime.`},
		{"a blogger who goes by one name and reflects on something, or shares a feeling with an adjective before it, wrote the words under the colon", `Iran: When Earthquakes Kill

Iranians flocked to the Internet to mourn the victims.

Aandishe reflects on the tragedy, wondering why mistakes are never learning experiences:

Each of us may have been at that place, why we do not learn any lesson from previous earthquakes.

Bidad shares [fa] similar sentiments:

All the telephone communication is interrupted, half province is destroyed.
`, `Aandishe||| (person, name) L7: Each of us may have been at that place, why we do not learn any lesson from previous earthquakes.
Bidad||| (person, name) L11: All the telephone communication is interrupted, half province is destroyed.`},
		{"a quotation after a sentence that heard its speaker is theirs, though the paragraph before ended with a colon that announced others", `Cambodia: Demolition

Aside from the violence, the demolition attracted media attention. But city officials denied the action was an eviction:

Phnom Penh Deputy Governor Mann Chhoeun said the action was not an eviction. “The activities of tearing down the homes are just an effort to clear the area for development.”
`, `Mann Chhoeun||Phnom Penh Deputy Governor| (person, nearby) L5: The activities of tearing down the homes are just an effort to clear the area for development.`},
		{"a blogger who updates a status with what follows the colon posted it, and short cries after it go on with the post", `Ethiopia: Online Outrage

Ethiopians have been using Facebook to mourn her death.

Zelalem updates his Facebook status with:

All of we share her plight, all of we roar as a relief for our anger but none of us can save her life.

Shame on Ws ALL!!!

May Peace be Up on You Alem!

Concerned Ethiopian netizens have created an online petition.
`, `Zelalem||| (person, name) L7: All of we share her plight, all of we roar as a relief for our anger but none of us can save her life.
Zelalem||| (person, name, goes on from L7) L9: Shame on Ws ALL!!!
Zelalem||| (person, name, goes on from L7) L11: May Peace be Up on You Alem!`},
		{"a transcript's one label on a line of its own, a minister's title and a name whose given name is either sex's, gives the words after it; a title, a name and \"said:\" is no label", `Doorstop, Pango Village

  • Transcript, E&OE
Subjects: Visit to Vanuatu, cyclone assistance.

Minister for International Development and the Pacific, Pat Conroy:

So, I’ll make some short introductory remarks. It’s a pleasure and privilege to be back in Vanuatu.

This is a partnership of equals, and we have seen it go from strength to strength.
`, `Pat Conroy||Minister for International Development and the Pacific| (person, name) L8: So, I’ll make some short introductory remarks. It’s a pleasure and privilege to be back in Vanuatu. This is a partnership of equals, and we have seen it go from strength to strength.`},
		{"a title, a name and \"said:\" on a line of their own announce the words after; they are no transcript's label", `Radar at Cawdor Barracks

  • Transcript
The radar will be built in Wales.

    Defence Secretary, John Healey said:

    The proposed redevelopment of Cawdor Barracks secures jobs at home and defence capabilities for the future.
`, `John Healey||Defence Secretary| (person, name) L8: The proposed redevelopment of Cawdor Barracks secures jobs at home and defence capabilities for the future.`},
		{"a release that printed a minister's words without marks goes back to them, in the first person, after a paragraph that reports the minister", `Funds agreed

Paschal Donohoe TD, Minister for Finance, today welcomed the vote.

Speaking after the vote, Minister Donohoe said:

Structural Fund spending lies at the very heart of Europe’s growth agenda.

The Parliament gave its approval to six regulations. Minister Donohoe noted that agreement had been reached under the Irish Presidency.

Ireland appreciates the importance of this funding and we worked hard to put the arrangements in place.

Mr Donohoe congratulated the Lithuanian Presidency. He also thanked the chair of the committee, Danuta Hubner.

I had the opportunity to work with Danuta Hubner on the negotiations.
`, `Paschal Donohoe|Mr|Minister|Finance (person, name) L7: Structural Fund spending lies at the very heart of Europe’s growth agenda.
Paschal Donohoe|Mr|Minister|Finance (person, name) L11: Ireland appreciates the importance of this funding and we worked hard to put the arrangements in place.
Paschal Donohoe|Mr|Minister|Finance (person, pronoun) L15: I had the opportunity to work with Danuta Hubner on the negotiations.`},
		{"a body whose name ends in a country's two-word name is no person, so \"he\" is the minister", `State homes

Housing New Zealand is already building more homes than the Greens’ rushed policy proposed, Ministers Bill English and Paula Bennett say.

“We have made it a priority to deliver more social houses,” Housing New Zealand Minister Bill English says.

Nationwide, Housing New Zealand has 924 houses contracted or under construction. In Auckland, Housing New Zealand is negotiating for the delivery of a further 55.

Additionally, it is nearing completion of a programme to rebuild 700 quake-damaged properties in Canterbury.

“Social housing spaces are not limited to those provided by Housing New Zealand,” he says.
`, `Bill English||Housing New Zealand Minister| (person, name) L5: We have made it a priority to deliver more social houses,
Bill English||Housing New Zealand Minister| (person, pronoun) L11: Social housing spaces are not limited to those provided by Housing New Zealand,`},
		{"a television script's sound bite under a label of one name is that voice's; a cue in the same parentheses is no one", `Beyond the Unicorn

((FULL TRANSCRIPT))

((NARRATOR))
Meet African technology entrepreneurs who are committing their lives to scoring big in America.

((YONAS))
If you come out here and you build something of great value, you can make it. That’s what’s amazing about Silicon Valley.
((CHRIS))
We come here ready to make something of ourselves. So, when an African leaves Africa, we are coming here to do battle.
((SLATE))
The Elevator Pitch
((YONAS))
Hi, my name is Yonas Beshawred, CEO and founder of StackShare. StackShare helps developers choose their tools.
`, `Yonas Beshawred||CEO and founder|StackShare (person, name) L9: If you come out here and you build something of great value, you can make it. That’s what’s amazing about Silicon Valley.
Chris||| (person, name) L11: We come here ready to make something of ourselves. So, when an African leaves Africa, we are coming here to do battle.
Yonas Beshawred||CEO and founder|StackShare (person, name) L15: Hi, my name is Yonas Beshawred, CEO and founder of StackShare. StackShare helps developers choose their tools.`},
		{"a television script's bite under a name in capitals on its own line, where cues in capitals head the narration; not the natural sound", `All In The Family

NARRATOR
Johnny Williams and his children built a rodeo in their backyard.

NATURAL SOUND
"Ride, ride, ride."

JOHNNY WILLIAMS
"Right here we have got the most loyal fans in the United States."

NARRATOR
Rodeo is an American tradition.
`, `Johnny Williams||| (person, name) L10: Right here we have got the most loyal fans in the United States.`},
		{"a portfolio of several parts before a name, then 'and' and another minister: the first name's office", `Museums policy

Minister for Arts, Culture and Heritage Helen Clark and Associate Minister Judith Tizard today released details.

"The policy acknowledges that collections are housed in museums," Helen Clark said.
`, `Helen Clark||Minister for Arts, Culture and Heritage| (person, name) L5: The policy acknowledges that collections are housed in museums,`},
		{"what a sentence says the person is, before 'and' and a clause of its own", `Interview

Jim Chalmers is the Treasurer and he's our guest this morning.

"This will be a responsible Budget," Jim Chalmers said.
`, `Jim Chalmers||Treasurer| (person, name) L5: This will be a responsible Budget,`},
		{"an office whose field has several parts, listed after 'the', before a name whose given name is not one the reader knows", `LIFE projects

Commissioner for the Environment, Oceans and Fisheries Virginijus Sinkevicius said the projects matter.

"LIFE integrated projects are one of the main tools," said Sinkevicius.
`, `Virginijus Sinkevicius||Commissioner for the Environment, Oceans and Fisheries| (person, name) L5: LIFE integrated projects are one of the main tools,`},
		{"an office whose field has several parts, listed after 'the', before the name: the name is the words after the field's last part", `LIFE projects

Commissioner for the Environment, Oceans and Fisheries Joanna Smith said the projects matter.

"LIFE integrated projects are one of the main tools," said Smith.
`, `Joanna Smith||Commissioner for the Environment, Oceans and Fisheries| (person, name) L5: LIFE integrated projects are one of the main tools,`},
		{"a host who asks a guest a question by the guest's given name is the programme's voice, though the host's other turns ask nothing", `Bushfire Recovery – Ch7 Sunrise

Program: Sunrise

MEL: Now from New South Wales to Victoria, families affected by the bush fires begin to rebuild.

JENNY MACKLIN: Yes this is good news and timely news for local businesses.

MEL: Jenny we had a couple of businesses talking to us this week, will any assistance be made for them, do you think?

JENNY MACKLIN: Well another example, we were in Narbethong yesterday at the pub.

MEL: Yes, and just indirectly, you know.
`, `Jenny Macklin||| (person, name) L7: Yes this is good news and timely news for local businesses.
Jenny Macklin||| (person, name) L11: Well another example, we were in Narbethong yesterday at the pub.`},
		{"a blogger named in one word, an aside set off after the name, then a verb of writing before the colon: the post in the first person is the blogger's", `UK: Lion

Vics, an English girl living in the South of France, summarises the news with inside knowledge:

It seems that a combination of silly season and mass hysteria hit the UK this week. I have family who live in Clacton.
`, `Vics||| (person, name) L5: It seems that a combination of silly season and mass hysteria hit the UK this week. I have family who live in Clacton.`},
		{"a sentence that points below to someone's tweets makes the posts after it theirs", `Kyrgyzstan: Kidnapped

A young woman, Roza, was recently kidnapped in Bishkek by a group of men. Following her release, Roza told the story on Twitter. Below are some of her tweets that rapidly went viral in Kyrgyzstan.

Yesterday I took part in an ancient ritual of bride kidnapping for the first time; obviously, I was the bride!..

I was walking home after work and then suddenly they grabbed me from behind…
`, `Roza||| (person, pronoun) L5: Yesterday I took part in an ancient ritual of bride kidnapping for the first time; obviously, I was the bride!..
Roza||| (person, pronoun, goes on from L5) L7: I was walking home after work and then suddenly they grabbed me from behind…`},
		{"a sentence that points below to a named person's post makes the post theirs", `Egypt: Reactions

Blogger Amira Nowaira followed the speech closely. Here is Amira’s post.

I watched the speech twice and I still cannot decide what I think of it.
`, `Amira Nowaira||Blogger| (person, name) L5: I watched the speech twice and I still cannot decide what I think of it.`},
		{"a post under a handle that quotes words in marks is all the handle's, and a post written tight over its signature stays one paragraph", `Lebanon: Diverted

On Twitter, the immediate concern soon led to sarcasm:

@clarissecarnets: Un vol Air France pour Beyrouth dérouté sur Amman “Conditions de sécurité pas entières sur la route de l'aéroport”

Yoseph Mulugeta, who has been following the case closely, tweeted:

19page fabricated charges but no mention of Zone9 by name.Not even once.The brand surely terrifies enemies of free speech
— Yoseph Mulugeta (@YosephMulugeta) July 18, 2014

Enacted in 2009, the anti-terrorism law is familiar to journalists.
`, `@clarissecarnets||| (person, name) L5: Un vol Air France pour Beyrouth dérouté sur Amman “Conditions de sécurité pas entières sur la route de l'aéroport”
Yoseph Mulugeta||| (person, name) L9: 19page fabricated charges but no mention of Zone9 by name.Not even once.The brand surely terrifies enemies of free speech`},
		{"who had this to share, or shares with us what he learned under titles in marks, wrote what follows; a language is no one who speaks", `Lebanon: More on the Crisis

Mazen Kerbaj drew this art piece. The Arabic words inscribed in it are saying: “me and the beer are waiting for the explosion…

Upon visiting the Baddawi camp, Dr Rami Zurayk shares with us a couple of things that he learned “On War” and “On Needs”:

I just got back from the Beddawi Refugee camp near Tripoli where most of the displaced have found shelter.

Dr Marcy Newman was also at the Beddawi camp and had this to share:

When we arrived at the camp, we saw that the aid relief in Badawi has improved in some ways.
`, `Mazen Kerbaj||| (person, nearby, partial) L3: me and the beer are waiting for the explosion…
Rami Zurayk|Dr|| (person, name) L7: I just got back from the Beddawi Refugee camp near Tripoli where most of the displaced have found shelter.
Marcy Newman|Dr|| (person, name) L11: When we arrived at the camp, we saw that the aid relief in Badawi has improved in some ways.`},
		{"a role in small letters before one name, after an opening phrase, is the subject: the blogger's words in the first person follow the colon", `Jamaica: Citizen Media Follows the Standoff

Jamaica was facing more violent unrest.

On Day 3 of the crisis, diaspora blogger Labrish finds it difficult to separate rumour from fact:

It is hard to find out how many people have died. Unconfirmed reports I am seeing on Twitter indicate that over 80 men were killed.
`, `Labrish||diaspora blogger| (person, name) L7: It is hard to find out how many people have died. Unconfirmed reports I am seeing on Twitter indicate that over 80 men were killed.`},
		{"a person's name, then an office whose own commas leave a body before the verb: the person speaks, not the body", `UK assisting Pakistan in flood relief efforts

The UK is providing urgent support to Pakistan.

Lord Tariq Ahmad of Wimbledon, Minister of State for South and Central Asia, North Africa, UN and the Commonwealth, said:

“The floods in Pakistan have devastated local communities.”
`, `Tariq Ahmad|Lord|| (person, name) L7: The floods in Pakistan have devastated local communities.`},
		{"a quotation after a sentence that brings in someone described, not named, is theirs, not the last speaker's", `Tsunami remembered

“The water just came over the road,” said Caroline Woods.

An Australian mother vacationing in Phuket watched the wave swallow her son.

“He was calling me. Then they just went. They just all went.”
`, `Caroline Woods||| (person, name) L3: The water just came over the road,
Australian mother||| (unnamed, nearby) L7: He was calling me. Then they just went. They just all went.`},
		{"a body named with \"of\" after \"The\" is the sentence's subject by its whole name, not by its first noun", `Rates held

The Bank of England issued a statement on Monday, saying rates would stay “where they are for now.”
`, `Bank of England||| (organisation, name, partial) L3: where they are for now.`},
		{"what a blog named like a body writes under a colon is its words, though they report others' in the third person", `Myanmar: The perfect storm

Foreign aid is already arriving in Myanmar. But there are administrative problems.

Burma News describes the situation in Myanmar a day before cyclone Nargis ripped through the country:

A local resident of Sittwe in Burma's coastal state of Arakan, said the weather in Sittwe is normal. He said there are no signs as of yet that the cyclone is approaching.
`, `Burma News||| (organisation, name) L7: A local resident of Sittwe in Burma's coastal state of Arakan, said the weather in Sittwe is normal. He said there are no signs as of yet that the cyclone is approaching.`},
		{"an opening participle's phrase with no comma after it is not the subject: the name after it is", `Bloggers mobilize

Supporting Arild's call Arif Jebtik slammed the bloggers for being not responsive:

We forget to talk about those helpless rain-drenched people. Because they are not the subject matter of our debates.
`, `Arif Jebtik||| (person, name) L5: We forget to talk about those helpless rain-drenched people. Because they are not the subject matter of our debates.`},
		{"a post announced by its author's handle is theirs though the sentence that announces it sets a term in marks", `Chile: prison fire

Victor Madariaga (@vmadariaga) comments on the “gendarmería,” the penal institution:

@halconmatinal as bad as it seems, the families of the victims are telling the truth regarding police indifference.
`, `Victor Madariaga||| (person, name, partial) L3: gendarmería,
Victor Madariaga||| (person, name) L5: @halconmatinal as bad as it seems, the families of the victims are telling the truth regarding police indifference.`},
		{"a country that is also a given name, subject of a verb of speech, is no person for a later office to refer to", `Yemen conference

Ireland will today pledge at least 4 million euro in humanitarian funding.

Speaking ahead of the conference the Tánaiste said:

“A staggering 22 million Yemenis are in need of humanitarian assistance.”
`, `Tánaiste||| (unnamed, role) L7: A staggering 22 million Yemenis are in need of humanitarian assistance.`},
		{"a participle's phrase in small letters after an opening phrase, no comma after it, is not the subject", `Bloggers react

In Israel, writing on his blog Gresghom Gorenberg notes how the speech has changed history:

Barack Obama likes to change what history means, and that is a very good thing.
`, `Gresghom Gorenberg||| (person, name) L5: Barack Obama likes to change what history means, and that is a very good thing.`},
		{"a word the text gives a person's possessive (\"Bolt's first name\") is a surname; one who was asked answers the next \"he said\"", `Sprint

Several reporters have debated how to pronounce Bolt's first name.

"I have been saying all season the 200 has been my love," Bolt noted.

Shortly after the second race Wednesday, Bolt was asked how his double gold performance stood against Michael Phelps. The American swimming great won an unprecedented eight gold medals.

"I can not compare myself," he said. "I will not compare myself to Michael Phelps."
`, `Bolt||| (person, name) L5: I have been saying all season the 200 has been my love,
Bolt||| (person, pronoun) L9: I can not compare myself, I will not compare myself to Michael Phelps.`},
		{"a person named in full with an aside between commas, whose verb announces with a colon, says the prose after it", `Heat

Andrew King, senior lecturer in Climate Science at the University of Melbourne, explored the implications through an article in The Conversation:

Unfortunately, this extreme heat is becoming more common as the world heats up. The number of days over 50 degrees has doubled since the 1980s.

Should these temperatures be a surprise? Sadly, no. Australia has warmed by around 1.4 degrees since 1910.
`, `Andrew King||senior lecturer in Climate Science|University of Melbourne (person, name) L5: Unfortunately, this extreme heat is becoming more common as the world heats up. The number of days over 50 degrees has doubled since the 1980s.
Andrew King||senior lecturer in Climate Science|University of Melbourne (person, name, goes on from L5) L7: Should these temperatures be a surprise? Sadly, no. Australia has warmed by around 1.4 degrees since 1910.`},
		{"a paragraph that brings in someone new with a title and a full name, as its sentence's subject, is the writer's again", `Lockdown

Umaru Fofana, a journalist in Sierra Leone, posted the following message on Facebook describing new cases:

BREAKING NEWS: The three-day nationwide lockdown recorded 130 confirmed cases of the disease with 39 test results being awaited.

A couple of days before the confinement started, Sierra Leonean President Enerst Bai Koroma addressed the nation, asking every citizen to do their part.
`, `Umaru Fofana||journalist|Sierra Leone (person, name) L5: BREAKING NEWS: The three-day nationwide lockdown recorded 130 confirmed cases of the disease with 39 test results being awaited.`},
		{"a blogger's words after \"wrote here:\"; a list of bullets announced as \"the following notes\" is hers, item by item, until the bullets end", `Egypt: Two Trains

Two trains collided with each other in south Cairo, killing at least 18 people.

At Egyptian Chronicles, Zeinobia wrote here [2]:

It has just been announced that there was a train collision in 6th of October governorate. Two trains have collided tonight.

She then updated her post adding the following notes:

  • The death toll has become 25 and the injured now are 55
  • It turned out that a buffalo was the reason of a coalition
  • When Mohamed Mubarak passed away, all TV channels and radio stations mourned him for 3 complete days.

After the accident, it was obvious that the Minister of Transportation has to resign.
`, `Zeinobia||| (person, name) L7: It has just been announced that there was a train collision in 6th of October governorate. Two trains have collided tonight.
Zeinobia||| (person, pronoun) L11: The death toll has become 25 and the injured now are 55
Zeinobia||| (person, pronoun, goes on from L11) L12: It turned out that a buffalo was the reason of a coalition
Zeinobia||| (person, pronoun, goes on from L11) L13: When Mohamed Mubarak passed away, all TV channels and radio stations mourned him for 3 complete days.`},
		{"a comment written all in small letters, with no full stop, under a person named in full before a colon is theirs", `Doping charges

Kermani Kome was also suspicious:

who hired this guy again, his background should have been checked before hiring this gentleman, something is up

Many commenters felt there was a conspiracy.
`, `Kermani Kome||| (person, name) L5: who hired this guy again, his background should have been checked before hiring this gentleman, something is up`},
		{"a page that opens with an honoured member's label and her words is a transcript", `Prime Minister
Dr Fiona Martin MP, Federal Member for Reid: Well, I’m Dr Fiona Martin, and I welcome you all here to the pharmacy.
Prime Minister: Great. Thank you very much. It's wonderful to be here with the pharmacists of Australia.
`, `Fiona Martin|Dr|Federal Member for Reid|Reid (person, name) L2: Well, I’m Dr Fiona Martin, and I welcome you all here to the pharmacy.
prime minister||Prime Minister| (unnamed, name) L3: Great. Thank you very much. It's wonderful to be here with the pharmacists of Australia.`},
		{"a sentence that names a post and ends without its colon announces the post after it", `Tonga: capital burns

Riots broke out this afternoon in the capital.

Nomoa wrote another post earlier that tried to figure out the mob's objective

We don't know whether this was a politically motivated attack. We are staying indoors tonight.

Chinese businesses were also a target, the BBC reported.
`, `Nomoa||| (person, name) L7: We don't know whether this was a politically motivated attack. We are staying indoors tonight.`},
		{"a sentence that says what a blogger complains about, without its colon, announces words in the first person", `Kuwait's reputation

The cyclone hit Oman this week.

Kuwaitiful complains about the coverage.

Now you would think that CNN and BBC would be covering this right? Well, they are not. I have been checking the news stations since last night and nothing.
`, `Kuwaitiful||| (person, name) L7: Now you would think that CNN and BBC would be covering this right? Well, they are not. I have been checking the news stations since last night and nothing.`},
		{"a witness who recounted what happened, and then their words in the first person plural", `Baku protest

The demonstration was dispersed and 50 people were detained.

Among them was Ali S. Novruzov, who yesterday recounted what happened on his personal blog, In Mutatione Fortitudo.

We were around 20-30 youth, sitting in front of the National Conservatoire. We had two red carnations in our hands and were just observing.
`, `Ali S. Novruzov||| (person, name) L7: We were around 20-30 youth, sitting in front of the National Conservatoire. We had two red carnations in our hands and were just observing.`},
		{"a post's translation that keeps the words the post set in marks goes on with the post", `Lugo removed

Estela Nuñez Acosta (@Jesudi) quotes the phrase repeated by legislators who voted in favor of the impeachment, and adds:

“Por la condena”.. todavía no puedo creer que algunos denunciados por corruptos y más pronuncien esta frase. #JuicioPolitico

“For the conviction”…I still can’t believe that some denounced as corrupt and more are uttering that phrase. #JuicioPolitico
`, `Estela Nuñez Acosta||| (person, name) L5: “Por la condena”.. todavía no puedo creer que algunos denunciados por corruptos y más pronuncien esta frase. #JuicioPolitico
Estela Nuñez Acosta||| (person, name, goes on from L5) L7: “For the conviction”…I still can’t believe that some denounced as corrupt and more are uttering that phrase. #JuicioPolitico`},
		{"a page's empty fields on lines of their own (\"Media event date:\", \"Audience:\") are no turns of a transcript whose labels stand on lines of their own", `This content relates to a former minister

Interview with Leigh Sales on ABC 7.30 on the COVID-19 vaccination rollout, COVID Outbreak in Victoria, Hotel Quarantine

Read the transcript of Minister Hunt's interview with Leigh Sales on ABC 7.30 on the COVID-19 vaccination rollout, COVID Outbreak in Victoria, Hotel Quarantine.

The Hon Greg Hunt MP
Former Minister for Health and Aged Care

Media event date:
Date published:
Media type:
Transcript
Audience:
General public

LEIGH SALES:

The Health Minister Greg Hunt joins me now live from Canberra. Thanks for your time Minister.

GREG HUNT:

Pleasure.

LEIGH SALES:

How many Australians are fully vaccinated? That is have had two doses of the COVID vaccine?

GREG HUNT:

At this point, we have had about 500,000.

That's similar to what's been in place in the United Kingdom.
`, `Greg Hunt|Hon|Health Minister| (person, name) L31: At this point, we have had about 500,000. That's similar to what's been in place in the United Kingdom.`},
		{"a transcript's one label, a full name, after the page's fields opens the speaker's words in the first person", `Press conference on hosting the Women’s World Cup 2023

  • Transcript, E&OE
Subjects: Women’s World Cup 2023 to be held in Australia and New Zealand.

Marise Payne: Good morning everybody. This is such a momentous decision for Australia and for our region.

I've been in touch with the Deputy Prime Minister of New Zealand this morning.
`, `Marise Payne||| (person, name) L6: Good morning everybody. This is such a momentous decision for Australia and for our region. I've been in touch with the Deputy Prime Minister of New Zealand this morning.`},
		{"a transcript's page (\"Read the transcript of …\") whose header names one minister prints their opening statement without a label, to its end", `This content relates to a former minister

Doorstop interview about the vaccine rollout

Read the transcript of the press conference with Minister Hunt in Melbourne on 31 March about the vaccine rollout.

The Hon Greg Hunt MP
Former Minister for Health and Aged Care

Media event date:
Date published:
Media type:
General public


Good afternoon everyone. I’m pleased to be here to give you an update on two matters in particular.

That's showing that the national vaccination program is accelerating exactly as intended.

That is the capacity to have sovereign domestic manufacturing with strong, stable supplies coming out of CSL and Seqirus. So that is extremely important.

That takes the national total now to 670,349 vaccinations, and I'm pleased with the progress.
`, `Greg Hunt|Hon|Former Minister for Health and Aged Care| (person, name) L16: Good afternoon everyone. I’m pleased to be here to give you an update on two matters in particular.
Greg Hunt|Hon|Former Minister for Health and Aged Care| (person, name, goes on from L16) L18: That's showing that the national vaccination program is accelerating exactly as intended.
Greg Hunt|Hon|Former Minister for Health and Aged Care| (person, name, goes on from L16) L20: That is the capacity to have sovereign domestic manufacturing with strong, stable supplies coming out of CSL and Seqirus. So that is extremely important.
Greg Hunt|Hon|Former Minister for Health and Aged Care| (person, name, goes on from L16) L22: That takes the national total now to 670,349 vaccinations, and I'm pleased with the progress.`},
		{"presenters who sign on by name and the reporter handed over to are the programme's voices; a guest's turn is a quote", `BARBARA KLEIN: This is SCIENCE IN THE NEWS, in VOA Special English. I’m Barbara Klein.
BOB DOUGHTY: And I’m Bob Doughty. Today, we remember a major anniversary for the space program. Faith Lapidus has our report.
FAITH LAPIDUS: The space agency celebrated the anniversary earlier this month.
JOHN GLENN: I felt the weight of the whole country on that rocket, and I was proud to be there.
BARBARA KLEIN: Fifty years later the agency faces cuts.
`, `John Glenn||| (person, name) L4: I felt the weight of the whole country on that rocket, and I was proud to be there.`},
		{"the reporters a presenter says tell the story next are the programme's voices too", `DOUG JOHNSON: Welcome to AMERICAN MOSAIC in VOA Special English. I'm Doug Johnson.
DOUG JOHNSON: The games will end Sunday. Bob Doughty and Faith Lapidus tell about some of the winners.
BOB DOUGHTY: On the twelfth day the United States broke its medal record.
FAITH LAPIDUS: Alpine skier Lindsey Vonn won the downhill race.
LINDSEY VONN: I gave it everything I had, and it was enough today.
`, `Lindsey Vonn||Alpine skier| (person, name) L5: I gave it everything I had, and it was enough today.`},
		{"a blogger of one name whom a pronoun picks up writes about something before a colon and a post in another language", `Sadness and Anger in Kidal, Mali

Blogger Wirriyamu mourns the two journalists killed in Kidal. He writes [fr] about his silent anger at the situation there  :

Tant qu’il ne sera pas possible de patrouiller dans Kidal, ce genre d’assassinat continuera hélas à être possible.

Receive great stories from around the world directly in your inbox.
`, `Wirriyamu||Blogger| (person, pronoun) L5: Tant qu’il ne sera pas possible de patrouiller dans Kidal, ce genre d’assassinat continuera hélas à être possible.`},
		{"a television script's label in capitals with a first name alone and what the speaker is", `NYC -- TATTOO EXPO

((NATS))
((CARLOS, TATTOO ARTIST))

Everybody needs their tattoo. It’s a new way of life. I’ve been getting tattooed since I was 12 years old.
`, `Carlos||tattoo artist| (person, name) L6: Everybody needs their tattoo. It’s a new way of life. I’ve been getting tattooed since I was 12 years old.`},
		{"a quotation alone in its paragraph that no one is said to say, in the first person, is the one voice the release quoted before it", `Media release #8

The Ministry says a national support effort is continuing after the earthquake.

“Our top priority continues to be the safety of those affected by the earthquake,” says Director Sarah Stuart-Black.

Local authorities are also meeting people who have been evacuated.

“We know that water, food and fuel are required in Kaikoura, and we’re coordinating relief supplies.
`, `Sarah Stuart-Black||Director| (person, name) L5: Our top priority continues to be the safety of those affected by the earthquake,
Sarah Stuart-Black||Director| (person, nearby) L9: We know that water, food and fuel are required in Kaikoura, and we’re coordinating relief supplies.`},
		{"an interview printed with \"Q.\" and \"A.\": the answers are the interviewee's", `Transcript of VOA Somali Service Interview with Jendayi Frazer, Asst. Secretary of State for African Affairs

Q. Fighting seems to be increasing by the day. Who is responsible for the violence?

A. The insurgents are responsible, because the government has the right to protect and defend a country.
`, `Jendayi Frazer||| (person, name) L5: The insurgents are responsible, because the government has the right to protect and defend a country.`},
		{"a minister's statement goes on over a paragraph that names her department but not her", `Flooding assistance scheme

Minister for Social Protection Joan Burton announced the scheme today.

Minister Burton said:

I have been to visit many of the families who have suffered from the flooding and I have seen the damage.

The Government recognises the devastation suffered by many families. Staff from the Department of Social Protection have already made house to house calls.
`, `Joan Burton||Minister for Social Protection| (person, name) L7: I have been to visit many of the families who have suffered from the flooding and I have seen the damage.
Joan Burton||Minister for Social Protection| (person, name, goes on from L7) L9: The Government recognises the devastation suffered by many families. Staff from the Department of Social Protection have already made house to house calls.`},
		{"a quotation a colon announces, left open, runs into the paragraph the copy stops in", `Emergency funding announced

The Tánaiste said:

"This funding will help to provide clean water, food and shelter to millions of people in desperate need

In South Sudan, the world's newest state, one out of eve`, `Tánaiste||| (unnamed, role) L5: This funding will help to provide clean water, food and shelter to millions of people in desperate need
Tánaiste||| (unnamed, continued, cut, goes on from L5) L7: In South Sudan, the world's newest state, one out of eve`},
		{"a sentence that ends on \"said\", its colon lost, announces the statement after it", `Homeless figures published

The Department published the July figures today.

Commenting on the figures, Minister Murphy said

Any increase in the number of people accessing emergency accommodation is unacceptable. We are working hard.
`, `Murphy||Minister| (person, name) L7: Any increase in the number of people accessing emergency accommodation is unacceptable. We are working hard.`},
		{"an audio file's clips under a name and a title on two lines, numbered, and a clip after the player whose time is lost", `NASA Audio File

Officials discussed the spacewalk on Saturday.

Mike Suffredini
International Space Station Program Manager

Cut 1 (:07):  The crew just completed the longest spacewalk in the history of the program.
› Play Now

 The team is in great spirits, they did a great job today.
› Play Now

Courtenay McMillan
Expedition 24 Spacewalk Flight Director

Cut 3 (:10):  The team is hoping to put together a sequence of more spacewalks.
› Play Now
`, `Mike Suffredini||International Space Station Program Manager| (person, name) L8: The crew just completed the longest spacewalk in the history of the program.
Mike Suffredini||International Space Station Program Manager| (person, name) L11: The team is in great spirits, they did a great job today.
Courtenay McMillan||Expedition 24 Spacewalk Flight Director| (person, name) L17: The team is hoping to put together a sequence of more spacewalks.`},
		{"a hearing's record labels a member's turn with a title and a surname closed by a full stop", `Hearings of the Subcommittee on Technology

The subcommittee met at 10:00 a.m., Hon. John Linder presiding.

Mr. Linder. The meeting will come to order. I am pleased to convene this hearing of the Subcommittee.
`, `John Linder|Hon.|| (person, name) L5: The meeting will come to order. I am pleased to convene this hearing of the Subcommittee.`},
		{"a transcript's label in capitals that lost its colon", `Transcript, E&OE

JULIE BISHOP There are two matters that I wish to speak about. First I express our deepest condolences.
`, `Julie Bishop||| (person, name) L3: There are two matters that I wish to speak about. First I express our deepest condolences.`},
		{"a standfirst under the headline names the statement's author after the office, and a list the author announces is the author's", `Minister of State Kerr welcomes funding for the islands

Statement by Government Chief Whip and Minister of State for the Islands, Anna Kerr TD

I welcome the additional funding for the islands announced today in the Budget, taking additional funding to more than €5M over two years.
There is a dedication in this Government to match the dedication to our culture across so many hard-working organisations across the State.
Included in my plans for next year are:
An additional €1.4m to support the ferry services to the islands under the 20 year Strategy for the Islands;
€400,000 in additional funding to invest in capital programmes and to increase supports for community development organisations
An additional allocation of €687,000 for the Department’s Support Schemes for the islands.
`, `Anna Kerr||Government Chief Whip and Minister of State for the Islands| (person, name) L5: I welcome the additional funding for the islands announced today in the Budget, taking additional funding to more than €5M over two years.
Anna Kerr||Government Chief Whip and Minister of State for the Islands| (person, name, goes on from L5) L6: There is a dedication in this Government to match the dedication to our culture across so many hard-working organisations across the State.
Anna Kerr||Government Chief Whip and Minister of State for the Islands| (person, name, goes on from L5) L7: Included in my plans for next year are:
Anna Kerr||Government Chief Whip and Minister of State for the Islands| (person, name, goes on from L5) L8: An additional €1.4m to support the ferry services to the islands under the 20 year Strategy for the Islands;
Anna Kerr||Government Chief Whip and Minister of State for the Islands| (person, name, goes on from L5) L9: €400,000 in additional funding to invest in capital programmes and to increase supports for community development organisations
Anna Kerr||Government Chief Whip and Minister of State for the Islands| (person, name, goes on from L5) L10: An additional allocation of €687,000 for the Department’s Support Schemes for the islands.`},
		{"a quotation reopened over paragraphs and never closed is the one voice's when one of its paragraphs speaks in the first person, to where the copy stops", `Increases for fish stocks

Primary Industries Minister Nathan Guy has announced increases to catch limits today.

“This shows the success of our Quota Management System,” Mr Guy says.

Healthy stocks have led to increased catch limits for:

• Hoki 1 (10,100 extra tonnes across New Zealand)

“These changes are estimated to be worth almost $24 million in revenue.

“At the same time we must exercise caution and rebuild fish stocks where we need to.

“I have carefully considered the impacts of this decision and MPI will continue to engage with the stakeholders on`, `Nathan Guy|Mr|Primary Industries Minister| (person, name) L5: This shows the success of our Quota Management System,
Nathan Guy|Mr|Primary Industries Minister| (person, nearby) L11: These changes are estimated to be worth almost $24 million in revenue.
Nathan Guy|Mr|Primary Industries Minister| (person, nearby, goes on from L11) L13: At the same time we must exercise caution and rebuild fish stocks where we need to.
Nathan Guy|Mr|Primary Industries Minister| (person, nearby, cut, goes on from L11) L15: I have carefully considered the impacts of this decision and MPI will continue to engage with the stakeholders on`},
		{"a page that says it prints a special briefing is a transcript, though its copy stops after two turns", `Special Briefing via Telephone

The Africa Regional Media Hub

Moderator:  Good afternoon to everyone from the Africa Regional Media Hub.  Today we are joined by Richard Albright, Deputy Assistant Secretary.

DAS Albright:  Thank you.  Hello, everyone.  It’s a privilege to be here with you today.
`, `moderator||| (unnamed, name) L5: Good afternoon to everyone from the Africa Regional Media Hub. Today we are joined by Richard Albright, Deputy Assistant Secretary.
Richard Albright||Deputy Assistant Secretary| (person, name) L7: Thank you. Hello, everyone. It’s a privilege to be here with you today.`},
		{"a post in its own language and its translation, without marks or colon, under a paragraph about the one person who wrote it", `Colombian student Juan Pablo Ramírez blogs his opinions, mainly about football and politics. He shared his farewell to the World Cup in Brazil.

En fin, el que terminó ayer fue un gran Campeonato del Mundo, lleno de emociones y sorpresas, el cual deja muy alto el listón para Rusia 2018.

Anyway, the World Cup that ended yesterday was a great World Cup, full of excitement and surprises, that sets the bar high for Russia 2018.

The author also writes about Lionel Messi being awarded the Golden Ball.
`, `Juan Pablo Ramírez||Colombian student| (person, nearby) L3: En fin, el que terminó ayer fue un gran Campeonato del Mundo, lleno de emociones y sorpresas, el cual deja muy alto el listón para Rusia 2018.
Juan Pablo Ramírez||Colombian student| (person, nearby, goes on from L3) L5: Anyway, the World Cup that ended yesterday was a great World Cup, full of excitement and surprises, that sets the bar high for Russia 2018.`},
		{"a user named by a handle alone, in small letters, who wrote the post the colon announces", `Malaysia: Worst flooding in years

Malaysia’s State of Sarawak suffered from severe flooding last week.

japanese-aliav wrote about the flash floods in Kuching:

“Last Sunday there's a big flood at my area and around Kuching city center. I was lucky to live at 7th floor.”
`, `japanese-aliav||| (person, name) L7: Last Sunday there's a big flood at my area and around Kuching city center. I was lucky to live at 7th floor.`},
		{"a one-word label that spells the surname of someone introduced in full another way, as names from other scripts are", `VOA’s Jeffrey Young spoke with the governor of Kirkuk province, Najmaldin Karim, about the Peshmerga.
Young: What is the situation today in Kirkuk?
Kareem: Kirkuk is a large province. The rest of Kirkuk is secure and safe and the situation is normal.
Young: What is the size of the force?
Kareem: The size, I don’t have exact numbers, could be around 15-16,000.
`, `Najmaldin Karim||governor of Kirkuk province| (person, name) L3: Kirkuk is a large province. The rest of Kirkuk is secure and safe and the situation is normal.
Najmaldin Karim||governor of Kirkuk province| (person, name) L5: The size, I don’t have exact numbers, could be around 15-16,000.`},
		{"a national of a country is a description before a name, not the subject", `Could the Guyana Elections Experience Be a Lesson for the Caribbean?

In a guest post at Barbados Underground, St. Kitts and Nevis national Donya Francis was perturbed about how long it took for the official election results to be released:

The silence from the other Caribbean leaders on the late announcement of the results was very appalling.
`, `Donya Francis||St. Kitts and Nevis national| (person, name) L5: The silence from the other Caribbean leaders on the late announcement of the results was very appalling.`},
		{"a standfirst names the statement's author after an office that has commas of its own and none before the name; the paragraph the copy cuts off is a quote of its own", `Prisons report published

Statement by Minister for Justice, Home Affairs and Migration Ana Byrne TD

Following the publication of the Inspector's annual report I want to thank her office for its work.

I secured a record allocation in the Budget for new prison spaces.

My Department and I are committed to working with the Prison Service to ensure pris`, `Ana Byrne||Minister for Justice, Home Affairs and Migration| (person, name) L5: Following the publication of the Inspector's annual report I want to thank her office for its work.
Ana Byrne||Minister for Justice, Home Affairs and Migration| (person, name, goes on from L5) L7: I secured a record allocation in the Budget for new prison spaces.
Ana Byrne||Minister for Justice, Home Affairs and Migration| (person, name, cut, goes on from L5) L9: My Department and I are committed to working with the Prison Service to ensure pris`},
		{"the person a page files itself under goes by the initials of the given names its catalogue gives; \"J:\" is a journalist's question, whose address names no one", `PM Transcripts

Keating, Paul

Released by:
• Keating, Paul John
TRANSCRIPT OF THE PRIME MINISTER, THE HON P J KEATING MP
J: Prime Minister, Fred Daly died today.
PM: Yes. I was very sad about that. Fred was a great Labor person.
`, `Paul Keating|Hon|Prime Minister| (person, name) L9: Yes. I was very sad about that. Fred was a great Labor person.`},
		{"an office to a country its initials name, then the holder's name: the initials are the office's, not the name's", `Interview: African Union Ambassador

Cindy Saine talks with African Union Ambassador to the U.S. Arikana Chihombori-Quao.

Saine: Ambassador, what kind of reaction has there been in Africa to the comments?

Chihombori-Quao: I think it's a wound that is going to leave a very deep scar.

Saine: Right. Are you in touch with the leaders?
`, `Arikana Chihombori-Quao||African Union Ambassador to the U.S.| (person, name) L7: I think it's a wound that is going to leave a very deep scar.`},
		{"in \"the mayor, who he described as\" the pronoun is the verb's subject, and the clause no attribution of the words before it", `Protests spread

The mayor of Minneapolis, Jacob Frey, denounced the officers' actions.

U.S. President Donald Trump criticized the violence and the city's mayor.

The president wrote that he would send in troops to, in his words, “get the job done right” if the mayor, who he described as "weak," failed to restore order.
`, `Donald Trump||U.S. President| (person, role, partial) L7: get the job done right
Donald Trump||U.S. President| (person, role, partial) L7: weak,`},
		{"a surname whose first holder a page of releases names only in a list of tags is the other holder, named since", `Releases

The government has committed $6.85 million to a recovery package for businesses.

  • Gerry Brownlee
  • David Carter
  • Economic Development

The central cordon is there to save lives, Civil Defence Minister John Carter said today.

“It is foolish to breach the cordon around the red zone,” Mr Carter said.
`, `John Carter||Civil Defence Minister| (person, name) L11: It is foolish to breach the cordon around the red zone,`},
		{"prose after a colon is the words of the person the sentence before opens with, named in full, whatever their verb; a phrase before the name is no title of theirs", `Backlash over a plant

The plant was built without the residents' consent.

On his blog and on Twitter, Khoo Kay Peng articulated [4] this opinion:

This Federal Government claimed that it is willing to listen to the people. But listening cannot be a selective work.

The police arrested the following:

Three men were held overnight and released.
`, `Khoo Kay Peng||| (person, name) L7: This Federal Government claimed that it is willing to listen to the people. But listening cannot be a selective work.`},
		{"a block quotation announced by a colon holds a phrase in marks that it attributes itself", `Fan jailed

Laila Lalami offers up information:

Judges seem to be in a competition to find the most excessive ruling. A student was sentenced because he allegedly wrote “God, Nation, Barça” on the blackboard.
`, `Laila Lalami||| (person, name) L5: Judges seem to be in a competition to find the most excessive ruling. A student was sentenced because he allegedly wrote “God, Nation, Barça” on the blackboard.`},
		{"people of a trade in the plural and what they stand for name a body, which goes by the initials the text gives it", `Ebola outbreak

The medical aid group - Doctors Without Borders - warns not to get complacent.

The group, also known by its french acronym MSF, said, "In Liberia, the international response is finally getting off the ground."
`, `Doctors Without Borders||| (organisation, role) L5: In Liberia, the international response is finally getting off the ground.`},
		{"a transcript's office label is the minister a release is filed under, with the office on the line below, the post-nominal dropped", `Release details
Related ministers and contacts
Senator the Hon Linda Reynolds CSC
Minister for Defence
Release content
27 December 2019
MINISTER:
Well firstly, can I say, my condolences are with all of those who have been impacted by these fires.
QUESTION:
Minister, have you received any briefings?
MINISTER:
I have been so busy that I haven't received any briefing yet.
`, `Linda Reynolds|Senator the Hon|Minister for Defence| (person, name) L8: Well firstly, can I say, my condolences are with all of those who have been impacted by these fires.
Linda Reynolds|Senator the Hon|Minister for Defence| (person, name) L12: I have been so busy that I haven't received any briefing yet.`},
		{"a page titled a transcript, whose presenter signs on with what she is between \"I'm\" and her name, and a label under an announcing colon: the label's turn is the words, not the label; words about journalists are no appeal to the reader", `The Inside Story - A Free Press Matters | 150 TRANSCRIPT

JESSICA JERREAT, VOA Press Freedom Editor:

Hi, I’m VOA Press Freedom Editor Jessica Jerreat. Welcome to The Inside Story: A Free Press Matters.

With repression driving journalists into exile, we speak with journalists on the front lines.

Here’s what the State Department says:

Matthew Miller, State Department Spokesperson:

We have been clear from the start that Evan has done nothing wrong. Journalism is not a crime.
`, `Matthew Miller||Spokesperson|State Department (person, name) L13: We have been clear from the start that Evan has done nothing wrong. Journalism is not a crime.`},
		{"a post in a Slavic language (\"a to su pitanja\") and its translation in the first person, under a paragraph with one person as its subject and another named; a photo credited as used with permission is a caption", `Student journalist stumps official

Journalist Lea Majcen stumped official Tilen Smolnikar with basic questions.

Speaking later to Croatian TV RTL, Majcen said her outlet decided to air the interview, as it was clear that Smolnikar lacks basic knowledge.

Samo smo koristili najjače oružje novinara, a to su pitanja. Prvo sam mislila da je nervozan, jer i mene nekada uhvati nervoza pred kamerom, ali mi je onda sve jasnije bilo da nema pojma.

We used only a journalist's strongest weapon: questions. At first I thought he had stage fright, because I sometimes get nervous in front of the camera. However it became clear that he's just clueless.

Foto tomada por el fotógrafo Gil Montaño (@gilmfoto), usada con permiso.

Photo taken by photographer Gil Montaño (@gilmfoto), used with permission.
`, `Lea Majcen||Journalist| (person, nearby) L7: Samo smo koristili najjače oružje novinara, a to su pitanja. Prvo sam mislila da je nervozan, jer i mene nekada uhvati nervoza pred kamerom, ali mi je onda sve jasnije bilo da nema pojma.
Lea Majcen||Journalist| (person, nearby, goes on from L7) L9: We used only a journalist's strongest weapon: questions. At first I thought he had stage fright, because I sometimes get nervous in front of the camera. However it became clear that he's just clueless.`},
		{"what someone's blog is filled with, before a colon, is their words", `Blogging the violence

Students began rioting in the capital on Monday.

Andrew Heavens, a freelance journalist, has been in the heart of the situation. His blog, Meskel Square, is currently filled with harrowing stories and images:

Just for the record, I saw 11 bodies at the hospitals, all with gun shot wounds. As you know the official count at the moment is 22.
`, `Andrew Heavens||freelance journalist| (person, pronoun) L7: Just for the record, I saw 11 bodies at the hospitals, all with gun shot wounds. As you know the official count at the moment is 22.`},
		{"a sailor's specialty in brackets inside the rate stands between the rate's words, not between the title and the name", `Sailors underway

“It felt good to be back on the flight deck and launching aircraft,” said Aviation Boatswain’s Mate (Handling) 2nd Class Christopher Innocent.
`, `Christopher Innocent|Mate 2nd Class|Aviation Boatswain| (person, name) L3: It felt good to be back on the flight deck and launching aircraft,`},
		{"the questions' address outweighs another holder of the office whom a turn names", `Doorstop, Hobart

JOURNALIST: Ms Lane, what will you discuss today?

TREASURER: I will meet Tom Vaka, the Treasurer of Tonga, and we will talk about the loan.

JOURNALIST: Will it be signed this week?

TREASURER: We hope so, but there is still work to do.
`, `Lane|Ms|Treasurer| (person, name) L5: I will meet Tom Vaka, the Treasurer of Tonga, and we will talk about the loan.
Lane|Ms|Treasurer| (person, name) L9: We hope so, but there is still work to do.`},
		{"a participle's phrase that opens the sentence is not the name its comma sets off: the subject after it speaks", `Ministers welcome envoy

Foreign Minister Nora Quinn and the UN Under-Secretary-General for Humanitarian Affairs met in Dublin today.

Speaking ahead of her meeting with the UN Under-Secretary-General, the Foreign Minister said:

"Ireland will keep its promises to the people of Yemen."
`, `Nora Quinn||Foreign Minister| (person, role) L7: Ireland will keep its promises to the people of Yemen.`},
		{"a person named, then what they gave that is words (\"context\", \"analysis\") before a colon, announces the block quotation after it", `Bloggers on the budget

As the government serves up a massive budget, two bloggers take the leaders to task.

Afra Raymond, whose blog keeps a close eye on politics, provided some disturbing financial context:

The Minister of Finance has just met cynical expectations by announcing the largest budget ever. This expenditure is far more than the expected revenue.

More text follows here.
`, `Afra Raymond||| (person, name) L7: The Minister of Finance has just met cynical expectations by announcing the largest budget ever. This expenditure is far more than the expected revenue.`},
		{"a page headed as a Q&A is a transcript: the answers after the experts' surnames are their turns", `Wikinews interviews meteorological experts on Cyclone Phailin

Wikinews interviewed:
  • Michael Richman, Professor in the School of Meteorology at the University of Oklahoma
  • Fuqing Zhang, Professor in the Department of Meteorology at Pennsylvania State University

Wikinews Q&A

((Wikinews )) What is your job role?

Richman: I teach in the School of Meteorology at the university.

Zhang: I am a professor in the Department of Meteorology.
`, `Michael Richman||Professor in the School of Meteorology|University of Oklahoma (person, name) L11: I teach in the School of Meteorology at the university.
Fuqing Zhang||Professor in the Department of Meteorology|Pennsylvania State University (person, name) L13: I am a professor in the Department of Meteorology.`},
		{"a line that cites a source by its title, its outlet and date, is no quotation; a quotation credited to a person is", `Murder conviction reduced in beating death

A Canadian man who beat a native to death has had his murder conviction reduced to manslaughter on appeal.

Katie May. "Family of victim shocked conviction overturned" — Lethbridge Herald, February 17, 2012
- "Massive PNG landslide wipes out sleeping village" —

"We will rebuild this town." — Mayor Ann Lee
`, `Ann Lee||Mayor| (person, name) L8: We will rebuild this town.`},
		{"a press briefing's page: the spokesperson's short greeting goes on in the paragraphs after it, one turn", `Department of Defense Press Briefing by Pentagon Chief Spokesperson Dana W. White

DANA WHITE: Good afternoon, everyone.

Joining me today is Lieutenant General Frank McKenzie, director of the joint staff.

On behalf of everyone in the department, we extend our deepest condolences.
`, `Dana W. White||Pentagon Chief Spokesperson| (person, name) L3: Good afternoon, everyone. Joining me today is Lieutenant General Frank McKenzie, director of the joint staff. On behalf of everyone in the department, we extend our deepest condolences.`},
		{"a quotation that opens right after its sentence's subject with the subject's verb is the subject's words; a place after a town's name is no subject", `Caste groups online

Dalit Freedom Network “partners with the Dalits in their quest for religious freedom and social justice.” It was founded in 2002.

Further, the EPA "recommends increasing ventilation with outdoor air and air filtration" in order to reduce spread.

U.S. Senator Steve Daines said securing a final cleanup decision at the mine site in Butte, Montana “is big news for the folks of Butte-Silver Bow.”
`, `Dalit Freedom Network||| (organisation, name, partial) L3: partners with the Dalits in their quest for religious freedom and social justice.
EPA||| (organisation, name, partial) L5: recommends increasing ventilation with outdoor air and air filtration
Steve Daines||U.S. Senator| (person, name, partial) L7: is big news for the folks of Butte-Silver Bow.`},
		{"a surname that is also a clergy title, after an honorific, is the person named with it", `Minister to travel

Chris Bishop will travel to Paris on Monday.

“I am looking forward to being in Paris,” Mr Bishop says.
`, `Chris Bishop||| (person, name) L5: I am looking forward to being in Paris,`},
		{"the minister's name a release sets above its text, with the office under it, is the person an honorific and surname mean", `Minister to attend Paris Olympics

Hon Chris Bishop
Minister of Sport & Recreation

Sport & Recreation Chris Bishop will today travel to Paris.

“I am looking forward to being in Paris,” Mr Bishop says.
`, `Chris Bishop|Hon|Minister of Sport & Recreation| (person, name) L8: I am looking forward to being in Paris,`},
		{"paragraphs run together where a page lost the space between them: a closing mark glued to the next opening one closes one quotation and opens the next", `Pocan Secures Funding for Shelter

MADISON, WI – Representative Pocan visited the shelter on Friday.The funds were secured in the 2023 bill."Serving families is critical,"said Mayor Satya Rhodes-Conway."I'm grateful to the Congressman for joining us.""I'm pleased that we were able to secure a $4 million grant,"said Representative Pocan."It's wonderful to see the funding heading to the shelter."
`, `Satya Rhodes-Conway||Mayor| (person, name, partial) L3: Serving families is critical,
Satya Rhodes-Conway||Mayor| (person, nearby, partial) L3: I'm grateful to the Congressman for joining us.
Pocan||Representative| (person, name, partial) L3: I'm pleased that we were able to secure a $4 million grant, It's wonderful to see the funding heading to the shelter.`},
		{"a block quotation that asks people to sign up for flood warnings is the minister's, not a page's appeal", `Storm brings flooding

Around 80 properties have been flooded in England.

Flooding Minister Emma Hardy said:

My sympathies are with all of those who have been impacted by the storm.

I urge people to check their flood risk, sign up for flood warnings and follow the latest guidance.

Further information:
`, `Emma Hardy||Flooding Minister| (person, name) L7: My sympathies are with all of those who have been impacted by the storm.
Emma Hardy||Flooding Minister| (person, name, goes on from L7) L9: I urge people to check their flood risk, sign up for flood warnings and follow the latest guidance.`},
		{"a numbered list of other stories, an item a line, is no wrapped paragraph: a headline in it that quotes is no one's words", `China voices hope for new envoy

BEIJING (Xinhua) -- China hopes the new
ambassador will play a positive role in
improving ties, a spokeswoman said.

At a daily press briefing, Hua Chunying
said, "We expect him to be committed to
improving relations between the two."

Most Popular

  1. Optimism over the economy surfaces
  2. Internet gaming: 'A winning gamble'
  3. People have right to know what chickens
  4. Catchwords in our memory in 2012
`, `Hua Chunying||| (person, name) L8: We expect him to be committed to improving relations between the two.`},
		{"a programme's title in single marks names no one, so \"he\" is the singer the story is about; a second verb after \"but\" is the sentence subject's, not the last name before it; a description opening a later paragraph is the person the story opened with when no one else has been named", `Singer is sad his tour has ended

Kanye West is sad his tour has ended.

The 'Black Skinhead' rapper finished the tour this month.

In an interview on 'Late Night With Seth Meyers', he said: "It's kinda sad when it's over."

The tour sold out in every city it visited.

The 36-year-old star, who has compared himself to Apple co-founder Steve Jobs, also brushed off criticism but thinks he has a long way to go.

He said: "I'm in the process of breaking down walls."
`, `Kanye West||| (person, pronoun) L7: It's kinda sad when it's over.
Kanye West||| (person, pronoun) L13: I'm in the process of breaking down walls.`},
		{"what follows a story's Sources heading cites other pages by their titles in marks: no one's words", `WHO declares pandemic

The World Health Organization declared a pandemic on Thursday.

"The criteria for a pandemic have been met," said Margaret Chan, the WHO's director.

== Sources ==
 "World now at the start of 2009 influenza pandemic" — World Health Organization, June 11, 2009
 "WHO declares swine flu pandemic" — BBC News Online, June 11, 2009
`, `Margaret Chan||WHO's director| (person, name) L5: The criteria for a pandemic have been met,`},
		{"\"said the WHO's director Margaret Chan\": the person the body's possessive introduces, after \"the\" as without it", `WHO declares pandemic

"The criteria for a pandemic have been met," said the WHO's director Margaret Chan.

"Moving to phase six does not imply we will see more deaths," said the agency's spokesman Gregory Hartl.
`, `Margaret Chan||WHO director| (person, name) L3: The criteria for a pandemic have been met,
Gregory Hartl||agency spokesman| (person, name) L5: Moving to phase six does not imply we will see more deaths,`},
		{"\"According to X,\" before a subject who writes something \"saying\" names the report's source: the subject speaks", `WHO declares pandemic

The World Health Organization declared a pandemic on Thursday, its director Margaret Chan said.

According to Reuters, Chan earlier sent out a letter to WHO staff saying, "WHO moves from an emergency to a longer-term response."
`, `Margaret Chan||director| (person, name) L5: WHO moves from an emergency to a longer-term response.`},
		{"a verb of speech in \"the way\" someone did something is no one speaking: the quotation alone after it is the coach's", `Coach lauds his team

Stormers head coach Allister Coetzee lauded his players after their win on Saturday.

"It was a tough start to our campaign," Coetzee said.

He was particularly pleased with the way his players had responded to the pressure on them.

"We're very satisfied with the win."
`, `Allister Coetzee||Stormers head coach| (person, name) L5: It was a tough start to our campaign,
Allister Coetzee||Stormers head coach| (person, nearby) L9: We're very satisfied with the win.`},
		{"a title whose phrase of where the person works runs into the name that ends the clause", `Phoenix may have landed on ice

According to NASA, new images from the Phoenix lander show a possible layer of ice.

"It's the consensus of all of us that we have found ice," said top Phoenix investigator at the University of Arizona in Tucson Peter Smith.
`, `Peter Smith||| (person, name) L5: It's the consensus of all of us that we have found ice,`},
		{"a description by another title the text gave the person before, even the first of two joined by \"and\", is that person", `Election commission rejects allegations

The ECP spokesperson responded to the allegations levelled by Pakistan Tehreek-e-Insaf (PTI) chief Imran Khan against the commission.

Earlier, PTI chairman and former prime minister Imran Khan raised objections to the appointments.

The PTI chairman reiterated that the commissioner made partial decisions. “We will be successful in the by-elections despite vote rigging.”
`, `Imran Khan||chief| (person, nearby) L7: We will be successful in the by-elections despite vote rigging.`},
		{"an aside after a name saying what the person is to a body (\"Hamas’ rival\") leaves the name the subject", `Strikes hit Gaza

Hamas declared it would retaliate. Palestinian President Mahmoud Abbas, Hamas’ rival, says he “condemns this aggression” and calls for restraint.
`, `Mahmoud Abbas||Palestinian President| (person, name, partial) L3: condemns this aggression`},
		{"\"“…,” read a statement from X\": the statement is X's", `Plane crash in Madrid

The BBC reported that the plane crashed on take-off.

"SAS is doing everything possible to help passengers," read a statement from SAS Group, the company that owns Spanair.
`, `SAS Group||| (organisation, name) L5: SAS is doing everything possible to help passengers,`},
		{"a body's nation and what it is before its name: the name is the subject", `Plane crash in Madrid

The United States agency National Transportation Safety Board said it was sending a team and reported that "the aircraft broke apart and a post-crash fire ensued."
`, `National Transportation Safety Board||| (organisation, name, partial) L3: the aircraft broke apart and a post-crash fire ensued.`},
		{"a critic's name in brackets after a phrase in marks credits it", `Festival announces line-up

Opening the festival is Babak Anvari's debut Under the Shadow, a breakout hit at Sundance, called "the first great horror movie of the year" (Eric Kohn, Indiewire).
`, `Eric Kohn||| (person, name, partial) L3: the first great horror movie of the year`},
		{"an age written as three words describes the person as its hyphened form does", `Halep wins Wimbledon

Simona Halep beat Serena Williams in straight sets on Saturday.

Summing up her performance after the match, the 27 year old stated that it was the best tennis she had ever played.

"Never [have I played better tennis]," she said.
`, `Simona Halep||| (person, pronoun) L7: Never [have I played better tennis],`},
		{"a word glossed after \"means\" is a word's meaning, no one's words", `Typhoon makes landfall

The weather bureau said the typhoon could bring storm surges of up to four metres.

The weather bureau said Hagupit – which means “lash” in Filipino – had weakened slightly.
`, ``},
		{"\"by saying\" is said by the clause's subject, not by whom its object names", `India rules out mediation

External affairs ministry spokesperson Randhir Jaiswal told a weekly media briefing that there could not be any talks.

Jaiswal responded to a question on US President Donald Trump’s claims about brokering a ceasefire by saying that the understanding was reached by the two countries.

“Any engagement has to be bilateral,” he said.
`, `Randhir Jaiswal||External affairs ministry spokesperson| (person, pronoun) L7: Any engagement has to be bilateral,`},
		{"a description in the lede, when on a day set between it and its verb, is the person the next paragraph quotes by name with a title that shares its words", `UN chief very concerned about Syria

The United Nations humanitarian chief on Thursday told the UN Security Council that he is "very concerned" about the situation in northwest Syria.

"I remain very concerned about the situation in the northwest," UN Undersecretary-General for Humanitarian Affairs Mark Lowcock told the council meeting.
`, `Mark Lowcock||UN Undersecretary-General for Humanitarian Affairs| (person, role, partial) L3: very concerned
Mark Lowcock||UN Undersecretary-General for Humanitarian Affairs| (person, name) L5: I remain very concerned about the situation in the northwest,`},
		{"a byline in capitals stops no sentence that the paragraphs after it would finish; \"…, saying\" after a clause is heard from its subject, whom a quotation in the next paragraph is nearby", `All Blacks praised as best in the world

- MARC HINTON IN CARDIFF

His chamber empty, respect was the only thing Warren Gatland was firing the All Blacks way.

Wales’ New Zealand rugby coach has had his moments taking shots at the All Blacks, but after yesterday’s

33-18 defeat to Steve Hansen’s side, he kept things wholly honourable.

After his side had been unable to convert a strong first half, Gatland paid full respect to the All Blacks, saying they remained the team everyone is chasing.

‘‘They’re a good team, aren’t they? At halftime we felt very much in the game.

‘‘I thought it was a great test match.’’
`, `Warren Gatland||| (person, nearby) L13: They’re a good team, aren’t they? At halftime we felt very much in the game.
Warren Gatland||| (person, nearby, goes on from L13) L15: I thought it was a great test match.`},
		{"\"One said:\" that opens a paragraph is one of the group one of the two paragraphs before names", `Road closure

Some residents were quick to condemn the decision.

Many resident voiced their frustration over the closure of Bridge Street

One said: “Great to be told that Bridge Street is closed. Traffic lights everywhere.”
`, `one of the residents||| (unnamed, role) L7: Great to be told that Bridge Street is closed. Traffic lights everywhere.`},
		{"a headline's last clause says whose its quotation is (\"…, NATO says ‘enemy’\"), a body the story names; an aside of how, set off after a name, is no part of the subject (the title still loses the \"All\" of \"All Blacks\", read as a sentence's opening word)", `Afghan officials say air strike killed civilians, NATO says 'enemy'

KABUL (Reuters) - An Afghan official said a NATO air strike killed seven civilians, but the international coalition said the strike killed eight militants.

Coach Graham Henry was pleased with the win.

All Blacks captain Richie McCaw, with several cuts and bruises adorning his face, said: "That was what test match rugby is really all about."
`, `NATO||| (organisation, name, partial) L1: enemy
Richie McCaw||Blacks captain| (person, name) L7: That was what test match rugby is really all about.`},
		{"\"posed\" after a question in marks is a verb of speech", `Taps run dry

Residents have had to buy water from vendors who charge exorbitantly.

“How would you explain a situation where your neighbour’s taps are always running while yours are always dry?” posed Peter Otieno, a resident of Innercore.
`, `Peter Otieno||resident|Innercore (person, name) L5: How would you explain a situation where your neighbour’s taps are always running while yours are always dry?`},
		{"the subject of a sentence's last clause, after \", and\", is whom \"he\" next means, as much as the first clause's", `Mancini laments goal

Manchester City were held to a draw, and manager Roberto Mancini was far from happy.

Javi Garcia scored on debut, while Maicon also made his City bow, and Mancini was happy with their efforts. He said: "I am happy for Javi for the goal that he scored."
`, `Roberto Mancini||manager| (person, pronoun) L5: I am happy for Javi for the goal that he scored.`},
		{"a hyphened office (\"Vice-Minister\") joins \"of\" and its portfolio to the title before the name", `Deals exceed target

China's Vice-Minister of Commerce Yu Jianhua said there were many deals.

"These commercial contracts involve trade and investment projects," said Yu.
`, `Yu Jianhua||Vice-Minister of Commerce| (person, name) L5: These commercial contracts involve trade and investment projects,`},
		{"a participle that opens a sentence before a given name (\"Making Carrie's …\") is no part of the name", `Grammy win

Carrie Underwood won a Grammy on Sunday.

Making Carrie's Grammys experience all the more special was her new single.

"I was nervous," Carrie admitted backstage.
`, `Carrie Underwood||| (person, name) L7: I was nervous,`},
		{"a belief verb before what it reports without \"that\" (\"Police believe the death is …\", \"Miley Cyrus believes she has …\") says whose the phrase is", `Deaths suspicious

Police were called to the block on Tuesday.

NSW Police believe the death of two sisters inside the unit is "suspicious" as there were no signs of forced entry.

Miley Cyrus believes she has "given freedom" to other female artists.
`, `NSW Police||| (organisation, name, partial) L5: suspicious
Miley Cyrus||| (person, name, partial) L7: given freedom`},
		{"what \"pointed out that\" reports speaks for no one: \"he\" after it is the one who pointed it out", `Cabinet reshuffle

Government Spokesman Stephanos Stephanou said the president would announce a reshuffle.

Stephanou also pointed out that Finance Minister Kikis Kazamias had told the president he was ill.

"He has submitted his resignation solely for health reasons," he said.
`, `Stephanos Stephanou||Government Spokesman| (person, pronoun) L7: He has submitted his resignation solely for health reasons,`},
		{"\"the collective\" speaks as a body", `Airstrikes kill 50

Similar information was reported by a local Talbiseh activist collective.

"Residents woke up from the massacre yesterday only to witness another terrifying massacre," said the local collective in a Facebook update.
`, `local collective||| (organisation, role) L5: Residents woke up from the massacre yesterday only to witness another terrifying massacre,`},
		{"a body's initials in brackets between its name and the role are no word of the title before the name", `We will perform, says Kejriwal

"We will perform," Aam Aadmi Party (AAP) leader Arvind Kejriwal said Sunday, in the first clear indication that his party was ready to form a government.
`, `Arvind Kejriwal||leader| (person, name) L3: We will perform,`},
		{"the words of a quotation are no description of whoever \"he\" after it is, though its second sentence opens with one", `Cabinet reshuffle

President of Cyprus Demetris Christofias will announce on Monday his decisions, Government Spokesman Stephanos Stephanou said here today.

Stephanou also pointed out that newspaper reports saying that Finance Minister Kikis Kazamias has resigned do not correspond to reality.

"The Minister of Finance has submitted his resignation solely for health reasons. The President, as expected, asked the Minister of Finance to remain in his position," he said.
`, `Stephanos Stephanou||Government Spokesman| (person, pronoun) L7: The Minister of Finance has submitted his resignation solely for health reasons. The President, as expected, asked the Minister of Finance to remain in his position,`},
		{"a story's opening that describes someone without a name (\"A hospital chief\") means the person the next paragraphs name in full with the role in their title, whatever body they lead", `Hospital apologises

A hospital chief has apologised to patients waiting a long time for beds citing "very challenging circumstances".

An “internal critical incident” was declared at Queen's Hospital in Romford on March 12.

Matthew Trainer, chief executive of the Barking trust that runs it, commented on X that it was "due to bed pressures across the site".
`, `Matthew Trainer||chief executive|Barking trust (person, role, partial) L3: very challenging circumstances
Matthew Trainer||chief executive|Barking trust (person, name, partial) L7: due to bed pressures across the site`},
		{"a headline's verb in capitals (\"Talks\", \"Reflects\", \"Recalls\") ends the name before it, in a headline printed twice", `Tag: rwrb movie

“I Hope We Nailed It”: Taylor Zakhar Perez Talks Red, White & Royal Blue

“I Hope We Nailed It”: Taylor Zakhar Perez Talks Red, White & Royal Blue

The breakout star of the rom-com of the summer talks about adapting a book for the screen.
“I seriously could film in London for the rest of my life,” Taylor Zakhar Perez tells me.
`, `Taylor Zakhar Perez||| (person, name) L8: I seriously could film in London for the rest of my life,`},
		{"a dateline of a place in capitals and a credit in brackets before a colon is no part of the story's first sentence, whose subject the pronoun means", `Minister invites PTI

ISLAMABAD, (UrduPoint / Pakistan Point News - 2nd Dec, 2022 ) :Minister for Defense Muhammad Asif on Friday invited the Chairman of Pakistan Tehreek-e-Insaf (PTI) Imran Khan for talks.

"Imran Khan should use the parliamentary forum for talks on political issues," he said.
`, `Muhammad Asif||Minister for Defense| (person, pronoun) L5: Imran Khan should use the parliamentary forum for talks on political issues,`},
		{"the person a role names after a body's initials in brackets said it, not the body", `Turnout high

Officials said many polling stations had queues.

"It is our view that the high voter turnout is indicative of sound voter education," said Zimbabwe Electoral Commission (ZEC) chairwoman Priscilla Chigumba at a briefing.
`, `Priscilla Chigumba||chairwoman| (person, name) L5: It is our view that the high voter turnout is indicative of sound voter education,`},
		{"a description of a body's long name and a role is the speaker; so is one with a relative clause before its verb", `House fire

A Fire and Emergency New Zealand spokeswoman told the Rotorua Daily Post the call came at 2.08pm.

“There are two fire appliances in attendance with a support vehicle.”

One resident who lived in the street described the fire as "pretty scary".
`, `Fire and Emergency New Zealand spokeswoman||| (unnamed, nearby) L5: There are two fire appliances in attendance with a support vehicle.
resident||| (unnamed, name, partial) L7: pretty scary`},
		{"a name its initials follow in brackets is a body's; \"read his statement\" after a quotation gives it to him", `Temple vandalised

The Vishwa Hindu Parishad (VHP) said the arrestees were Rohingya.

“These illegal intruders have set up 26 colonies,” it said.

VHP national spokesperson Ravinuthala Shashidhar has accused the state government.

“Why are they still not arrested?” read his statement.
`, `Vishwa Hindu Parishad||| (organisation, pronoun) L5: These illegal intruders have set up 26 colonies,
Ravinuthala Shashidhar||VHP national spokesperson| (person, pronoun) L9: Why are they still not arrested?`},
		{"\"shared\" after a quotation is a verb of speech", `Tour plans

Taylor Swift spoke to a radio show on Tuesday about her plans, and about a tour she has not yet planned in any detail.

Her last tour was in 2018.

"I'm not quite sure what we're doing with touring," Swift shared.
`, `Taylor Swift||| (person, name) L7: I'm not quite sure what we're doing with touring,`},
		{"a headline's subject that is only a kind of body (\"School goes into 'lockdown'\") says nothing: its marks are the writer's", `School goes into 'lockdown' after police incident

Police were called to the school gates on Tuesday.

The school said: “All children are safe and the whole school was indoors.”
`, `school||| (organisation, role) L5: All children are safe and the whole school was indoors.`},
		{"\"the school\" is a body that speaks, as \"the council\" is", `Lockdown

Police were called to the school gates on Tuesday.

The school posted this message on its Facebook page: “Following a police incident at the school gates, we would like to reassure parents that all children are safe.”
`, `school||| (organisation, role) L5: Following a police incident at the school gates, we would like to reassure parents that all children are safe.`},
		{"a topic before a comma and who says it with a colon (\"On his goal, McManamon added:\") is no topic label of the quotes before", `Dublin win

Dublin drew level with a goal from substitute Kevin McManamon.

“No, in the last two years we've never given up in any game,” said Bernard Brogan.

On his goal, McManamon added: “I think we got a counter-attack going and I saw the opportunity.”
`, `Bernard Brogan||| (person, name) L5: No, in the last two years we've never given up in any game,
Kevin McManamon||| (person, name) L7: I think we got a counter-attack going and I saw the opportunity.`},
		{"\"adding\" alone between two quotations goes on with the first one's speaker", `Tour news

At her listening party on Tuesday night, Katy Perry gave fans some hints about her tour.

"The tour is going to have a lot of magical moments," adding, "I'll be closer to the fans than I ever have before,” E! Online reports.
`, `Katy Perry||| (person, nearby) L5: The tour is going to have a lot of magical moments, I'll be closer to the fans than I ever have before,`},
		{"\"The Sky Blues\", a team named in the plural after \"the\", is no person a pronoun may mean", `Sydney win

Sydney FC coach Graham Arnold said the performance left room for improvement.

The Sky Blues might have kept a clean sheet but the coach felt they were better last week.

"I was disappointed today with our defence," he said.
`, `Graham Arnold||Sydney FC coach| (person, pronoun) L7: I was disappointed today with our defence,`},
		{"\"went on\" that ends its clause is a verb of speech, and a long surname misspelt twice over is the person's", `Coach K after loss

That was Duke coach Mike Krzyzewski after his side had just lost 73-68 at Virginia.

“I don’t want to take away from Virginia’s great win,” Krzyzewski went on.

“Congratulations to them, but get us off the court,” Kryzezewski said.
`, `Mike Krzyzewski||Duke coach| (person, name) L5: I don’t want to take away from Virginia’s great win,
Mike Krzyzewski||Duke coach| (person, name) L7: Congratulations to them, but get us off the court,`},
		{"a phrase that opens the next paragraph after a connective goes on with the speaker the paragraph before ended with; \"it\" after \"The statement\" is whoever issued it", `Police speak out

In a statement issued Thursday, Surrey RCMP says “we understand that public discourse is part of the election.”

However, “we want to ensure the public has the correct information about who we are.”

The statement goes on to say members spend an average of seven years in the city.

It also says “our officers care deeply about the community they police.”
`, `Surrey RCMP||| (organisation, name, partial) L3: we understand that public discourse is part of the election.
Surrey RCMP||| (organisation, continued, partial) L5: we want to ensure the public has the correct information about who we are.
Surrey RCMP||| (organisation, pronoun, partial) L9: our officers care deeply about the community they police.`},
		{"\"one of the victims\" after a quotation is one of them, who said it", `Village tense

Two fire engines later reached the spot.

“We can’t take any action against them as they are very powerful,” one of the victims said.
`, `one of the victims||| (unnamed, name) L5: We can’t take any action against them as they are very powerful,`},
		{"an advert's \"Hide Ad\" button glued to the paragraph after it is page furniture, and the quotation goes on", `Floods

Coun Sue Saddington (Con) said drivers removed the signs.
Advertisement
Hide AdAdvertisement
Hide Ad“They’re idiots, and it was happening all over the place during the floods,” she said.
`, `Sue Saddington|Coun|| (person, pronoun) L6: They’re idiots, and it was happening all over the place during the floods,`},
		{"a pupil's year before what they are and their name: \"Grade 12 student David Hickey\"", `Students rally

Students rallied on Friday to protest the board's decision.

“You have to answer to the public,” said Grade 12 student David Hickey, who organized the protest.
`, `David Hickey||student| (person, name) L5: You have to answer to the public,`},
		{"\"BL\" after a barrister's name is no part of it, and \"the accused\" in a court report is a party of its own, not the counsel heard before", `Trial adjourned

The trial was adjourned after a heated exchange between the accused and prosecuting counsel Mr Adrian Mannering BL.

Mr Mannering said a bomb scare was among a number of "curious events".

The accused claimed Mr Mannering had engaged in "character assassination".
`, `Adrian Mannering|Mr|prosecuting counsel| (person, name, partial) L5: curious events
accused||| (unnamed, role, partial) L7: character assassination`},
		{"one word that reports is a paper, not a person, so the sentence's subject said it, and the pronoun after is theirs; a portfolio after an office is part of the title", `Poll results

PTI Central Secretary Information Raoof Hasan has claimed that his party is leading "by huge margins", Dawn reported.

"We shall be in a position to form governments," he posted on the party's account.
`, `Raoof Hasan||PTI Central Secretary Information| (person, name, partial) L3: by huge margins
Raoof Hasan||PTI Central Secretary Information| (person, pronoun) L5: We shall be in a position to form governments,`},
		{"a pronoun set off by a comma opens the sentence as its subject, and what \"said\" reports without \"that\" speaks for no one", `No minister is powerless

Home Minister Rajnath Singh said no minister was powerless.

He, however, hastened to add that it was Prime Minister Modi who was running the government. "Nobody should have any doubt," he said.

Asked whether the Prime Minister speaks too much, Singh said the PM speaks whenever there is a necessity.

"In my case, I get publicity even without speaking," he said.
`, `Rajnath Singh||Home Minister| (person, pronoun) L5: Nobody should have any doubt,
Rajnath Singh||Home Minister| (person, pronoun) L9: In my case, I get publicity even without speaking,`},
		{"a body's long name after \"the\" and its possessive, then the role, is a title before the name", `Opposition rejects result

LUSAKA (Reuters) - The opposition rejected the result on Monday.

"We have evidence that the votes were reduced," the United Party for National Development's lawyer Jack Mwiimbu told journalists.
`, `Jack Mwiimbu||United Party for National Development lawyer| (person, name) L5: We have evidence that the votes were reduced,`},
		{"when and where the words were said, set off before the attribution, are no part of who said them", `Gunmen kill seven

Seven people were killed in Goma, the mayor said Monday.

“Some unidentified men spread terror” late Sunday in Goma, mayor Thimotee Muissa Kense told AFP.
`, `Thimotee Muissa Kense||mayor| (person, name) L5: Some unidentified men spread terror`},
		{"a body's one holder of an office, quoted unnamed in the lede, is the person named in full at the head of the next paragraph; and a headline's two words are a short phrase the story quotes", `Turkey sees 'meaningful progress' in talks

Turkey's foreign minister says negotiators have reached “a consensus and common understanding” on some issues.

Mevlut Cavusoglu said the two sides made “the most meaningful progress” since the start of the negotiations.
`, `Mevlut Cavusoglu||Turkey's foreign minister| (person, name, partial) L1: meaningful progress
Mevlut Cavusoglu||Turkey's foreign minister| (person, role, partial) L3: a consensus and common understanding
Mevlut Cavusoglu||Turkey's foreign minister| (person, name, partial) L5: the most meaningful progress`},
		{"a name joined with \"-e-\" or \"-i-\" (Urdu and Persian ezafe) is a party's or a movement's, and its acronym is the same body", `Party goes to court

Pakistan Tehreek-e-Insaf (PTI) has called on the commission to ensure "a level playing field" for all parties, Dawn reported.

The PTI demanded that the watchdog take "effective, practical and tangible steps" at once.
`, `Pakistan Tehreek-e-Insaf||| (organisation, name, partial) L3: a level playing field
Pakistan Tehreek-e-Insaf||| (organisation, name, partial) L5: effective, practical and tangible steps`},
		{"a participle of speech right before the quotation and \"by\" after it name the speaker before the sentence's subject", `Festival sells out

The volunteer committee said sales are tracking ahead of 2023 - an outing called the festival's "best ever" by acting Premier Michael Ferguson.
`, `Michael Ferguson||acting Premier| (person, name, partial) L3: best ever`},
		{"a firm named after its founder (\"Asset Management\", \"Capital\", \"Partners\") is a body, not the person named in it", `RIM shares plunge

"The numbers in fact look perfectly fine in every respect except one,'' said Duncan Stewart, president of Duncan Stewart Asset Management in Toronto. "It appears as if they are forecasting lower earnings."
`, `Duncan Stewart||president|Duncan Stewart Asset Management (person, name) L3: The numbers in fact look perfectly fine in every respect except one, It appears as if they are forecasting lower earnings.`},
		{"an Inspector-General is an office, hyphened, before \"of\" and the body", `IGP denies arrest

Inspector-General of Police Razarudin Husain said that the claims are false.

“There was no arrest,” he told Bernama.
`, `Razarudin Husain||Inspector-General of Police| (person, pronoun) L5: There was no arrest,`},
		{"a District Collector is an office, and \"the Collector\" its holder", `Rain in Nilgiris

Nilgiris District Collector J. Innocent Divya urged people to stay in their homes.

“Stay home,” the Collector added.
`, `J. Innocent Divya||Nilgiris District Collector| (person, role) L5: Stay home,`},
		{"\"the airline\" is the body named with airlines in its name, and a statement is the one's the sentence naming it hears say it, or the body that names it", `Flight diverted

JAKARTA - An American Airlines flight was diverted to Kansas City International Airport in Missouri on Sunday afternoon, due to a "rogue passenger", the airline said in a statement.

"The flight landed safely at MCI at 2:28 p.m. local time", said the statement, which was provided to CNN.

Sheikh Abdullah, the foreign minister, and Saar discussed “the humanitarian crisis in the Gaza Strip”, said a UAE foreign ministry statement.

“Sheikh Abdullah stressed the priority of a ceasefire,” the statement added.
`, `American Airlines||| (organisation, role, partial) L3: rogue passenger
American Airlines||| (organisation, role) L5: The flight landed safely at MCI at 2:28 p.m. local time
UAE foreign ministry||| (organisation, name, partial) L7: the humanitarian crisis in the Gaza Strip
UAE foreign ministry||| (organisation, role) L9: Sheikh Abdullah stressed the priority of a ceasefire,`},
		{"a description with a relative clause before its verb is the speaker, and the verb of the clause is not the attribution's", `Fares rise

Tolu Aniyikaye, a commuter, said fares doubled.

Speaking on the hike in transport fare, a motorist who plies the Satellite Town axis, said the situation compelled drivers to raise prices.

“For instance, I bought petrol for N500 per litre.”

“Some people also smoke weed in the market in broad daylight,” one of the traders who spoke to GhanaWeb said.

“I had no choice but to come,” Eric Bradly, a construction worker who lives in Spring Lake, said.
`, `motorist||| (unnamed, nearby) L7: For instance, I bought petrol for N500 per litre.
one of the traders||| (unnamed, name) L9: Some people also smoke weed in the market in broad daylight,
Eric Bradly||| (person, name) L11: I had no choice but to come,`},
		{"a dash signature may give a body's title in small letters before the name and say after it what the words were about", `Quotes of the season

There was no objective rubric in choosing these quotes.

"He's got a great fearless mindset. He's a very coachable player." - Pentwater boys basketball coach Ashley Wojtas talking about Tyler Plummer-Eisenlohr after the Falcons' win over Hesperia.

"They want to be good right now." - Shelby coach Rick Zoulek, after the Tigers' late-season loss to Montague.
`, `Ashley Wojtas||Pentwater boys basketball coach| (person, name) L5: He's got a great fearless mindset. He's a very coachable player.
Rick Zoulek||Shelby coach| (person, name) L7: They want to be good right now.`},
		{"a sentence after a quotation that ends with a verb of speech names its speaker, however long the name's relative clause, and one name with \"who\" after it is a person's", `Water cut in Bengaluru

Residents told NDTV they are now paying double for tankers.

"The tankers charge Rs 6,000. Our savings are affected as we are paying for drinking water and for other daily needs..." Shimna, who lives in Bengaluru's Horamavu neighbourhood, told NDTV.

Johnson continued, "I will be raising it myself personally with the White House." The White House refers to the United States president's office.
`, `Shimna||| (person, name) L5: The tankers charge Rs 6,000. Our savings are affected as we are paying for drinking water and for other daily needs...
Johnson||| (person, name) L7: I will be raising it myself personally with the White House.`},
		{"a name without its middle name is the person named with it, and the given name alone is then theirs", `PTI leader arrested

It was reported that PTI chief Gohar Ali Khan had also been arrested.

In a statement, Gohar Khan confirmed he accompanied Raoof Hasan to the police lines. “Police dropped me home,” Gohar said.
`, `Gohar Ali Khan||PTI chief| (person, name) L5: Police dropped me home,`},
		{"an officer's rank in its initials before a surname is the officer the text named in full, but initials that are a given name or a label in capitals are someone else", `Police deny arrests

Commissioner of Police Olohundare Jimoh spoke to reporters, with Corey Jones and Alan Bowers.

“The suspects are also foreigners,” added CP Jimoh, who assured residents.

“He is in our hearts,” C.J. Jones said.

LORI BOWERS: "We have nobody to help us."
`, `Olohundare Jimoh||Commissioner of Police| (person, name) L5: The suspects are also foreigners,
C.J. Jones||| (person, name) L7: He is in our hearts,
Lori Bowers||| (person, name) L9: We have nobody to help us.`},
		{"a round-up of quotations then names may open with lines that name no one; a paragraph that names several gives the quotation to the one it opens with", `What they said: the weekend in quotes

Where do you start when it comes to looking back on that remarkable weekend? Here is what the main protagonists had to say ...

"It was a bit like Ali in the Foreman fight. Absorb everything and try and hang in there."

Donegal defender Eamon McGee and his team-mates floated like butterflies.

"We were fully prepared and our focus was always on Donegal and not beyond it."

Dublin boss Jim Gavin was magnanimous in defeat.

"He is one of the best, if not the best forward, in the country."

Michael Murphy is one of a kind according to Jim McGuinness.

"I think Dublin underestimated us."

Donegal winner Donal Reid, the team masseur, was fulsome in his praise of Jim McGuinness.
`, `Eamon McGee||Donegal defender| (person, nearby) L5: It was a bit like Ali in the Foreman fight. Absorb everything and try and hang in there.
Jim Gavin||Dublin boss| (person, nearby) L9: We were fully prepared and our focus was always on Donegal and not beyond it.
Jim McGuinness||| (person, nearby) L13: He is one of the best, if not the best forward, in the country.
Donal Reid||Donegal winner| (person, nearby) L17: I think Dublin underestimated us.`},
		{"a quotation after a paragraph that introduces someone is theirs, not the next paragraph's: no round-up of quotations then names", `Residents raise concerns

The ward 1 meeting with city councillor Fred Francis was held at the Capri Pizzeria Recreation Complex.

Stephen Williams, a ward 1 resident, says he is worried about the increase in litter.

"I go for a walk every day with my dog and the street is turning into a dump."

Barry Galerno, a long-time ward 1 resident, says he is worried about the clubhouse.

"It is a beautiful building, it has full glass windows."

Deanna Evans, a ward 1 resident, says she is concerned with the tax increase.

"I am not naive, I get that taxes will have to increase."

Francis says he understands why residents are concerned.
`, `Stephen Williams||ward 1 resident| (person, nearby) L7: I go for a walk every day with my dog and the street is turning into a dump.
Barry Galerno||long-time ward 1 resident| (person, nearby) L11: It is a beautiful building, it has full glass windows.
Deanna Evans||ward 1 resident| (person, nearby) L15: I am not naive, I get that taxes will have to increase.`},
		{"a body named in small letters by an office's possessive is the body, and the statement it is heard with or named before is its", `Deputies shoot man

Alamance County deputies shot a man on Tuesday night near the Randolph County line.

According to the sheriff's office, the shotgun was “immediately” secured.

“Despite repeated verbal commands, he continued to advance,” the statement said.

“Agents started processing the scene,” the sheriff's office statement said.

“We will act,” the police statement said.

“We will act,” the joint statement said.
`, `sheriff's office||| (organisation, name, partial) L5: immediately
sheriff's office||| (organisation, role) L7: Despite repeated verbal commands, he continued to advance,
sheriff's office||| (organisation, name) L9: Agents started processing the scene,
police||| (organisation, role) L11: We will act,
police||| (organisation, role) L13: We will act,`},
		{"an indefinite statement, plain or a company's, is the latest body's the text names; a report of a named outlet is not", `Flooding in Tilbury

Thurrock Council has almost been in denial mode and has played down its responsibility.

A statement said: "Council Highways officers attended some issues of localised flooding. Officers supplied sandbags.

"It is considered that the flooding was the result of the surface water network."

The rig is owned by the Grup Servicii Petroliere (GSP) of Romania. Officials have not “heard anything” from the workers on the platform, according to a company statement.

Washington, May 27 (UNI) US President Donald Trump says "very productive talks" have been held with North Korea, according to a BBC News report on Sunday.
`, `Thurrock Council||| (organisation, role) L5: Council Highways officers attended some issues of localised flooding. Officers supplied sandbags.
Thurrock Council||| (organisation, role, goes on from L5) L7: It is considered that the flooding was the result of the surface water network.
Grup Servicii Petroliere||| (organisation, role, partial) L9: heard anything
Donald Trump||US President| (person, name, partial) L11: very productive talks`},
		{"copy typed with closing marks only opens a quotation with one, and a paragraph a line opens so is a paragraph of its own", `Rates to rise
The council voted for the rise on Monday, Mayor James Denyer said.
”I would warn strongly against going any further. It would be seriously imprudent.
”I promised that when I got elected that I’d make the tough decisions.”
”According to our reports nobody has been killed,” a representative for Gul Agha, Khaled Pashtoon, said.
`, `James Denyer||Mayor| (person, nearby) L3: I would warn strongly against going any further. It would be seriously imprudent.
James Denyer||Mayor| (person, nearby, goes on from L3) L4: I promised that when I got elected that I’d make the tough decisions.
Khaled Pashtoon||representative for Gul Agha| (person, name) L5: According to our reports nobody has been killed,`},
		{"a portfolio or a department's remit that lists its parts with commas is one title or name, and a name after the comma is its holder", `Farm aid announced

Minister for Agriculture, Fisheries and Forestry Murray Watt said: “We will act this week.”

“The money is there,” said Minister of Housing, Local Government and Heritage Darragh O’Brien.

The Minister for Finance, Michael Noonan, said: “We have the budget for it.”

The Department for Environment, Food and Rural Affairs said: “Farmers will be paid in May.”

We spoke to the director of the Institute of Public Health, Dr Ana Lima and Health Minister Sam Reed. “It is late,” Dr Lima said.
`, `Murray Watt||Minister for Agriculture, Fisheries and Forestry| (person, name) L3: We will act this week.
Darragh O’Brien||Minister of Housing, Local Government and Heritage| (person, name) L5: The money is there,
Michael Noonan||Minister for Finance| (person, name) L7: We have the budget for it.
Department for Environment, Food and Rural Affairs||| (organisation, name) L9: Farmers will be paid in May.
Ana Lima|Dr|| (person, name) L11: It is late,`},
		{"a name and a colon on a line of their own head the comment quoted under them, and never sign the one above", `Stalls cleared from the city centre

The council removed the stalls on Monday.

Readers react to the video

Ochieng Waneno Dan:

"The stalls should be labelled."

Governor Francis Shawn:

"The truth said plainly."
`, `Ochieng Waneno Dan||| (person, name) L9: The stalls should be labelled.
Francis Shawn||Governor| (person, name) L13: The truth said plainly.`},
		{"the words a spokesman passes on, quoting someone, are that person's", `Depot raided

Spokesman Lukman Ajayi spoke on Monday.

Ajayi stated, quoting Corps Marshal Olaniyi Cole, “We learned from intelligence reports how the depot harmed the area.”

The agency said, quoting police chief Ana Lima: “We will find them.”
`, `Olaniyi Cole|Marshal|Corps| (person, name) L5: We learned from intelligence reports how the depot harmed the area.
Ana Lima||police chief| (person, name) L7: We will find them.`},
		{"a sentence adverb and its comma before someone described, not named, leave that one the subject", `Police raid a village

The police raided the village on Friday.

However, a villager alleged that, “Generally, men go to the forests at night.”

Meanwhile, one farmer said: “We were not at home.”
`, `villager||| (unnamed, name) L5: Generally, men go to the forests at night.
farmer||| (unnamed, name) L7: We were not at home.`},
		{"pairs of apostrophes printed for double marks, in copy that also uses double marks, open and close quotations of several words", `Budget on track

Information Commissioner Gbenga Omotoso spoke on Monday. Omotoso said, ‘’As of September, it is about 79 percent. “And we are doing very well.

Opposition leader Mohan Majhi said: ''There was no demand for discussion on the matter.'' He called it "a stunt".

"We are elected to the Assembly by the people,'' Majhi said. The term ''suo motu'' was used.
`, `Gbenga Omotoso||Information Commissioner| (person, name) L3: As of September, it is about 79 percent.
Gbenga Omotoso||Information Commissioner| (person, nearby) L3: And we are doing very well.
Mohan Majhi||Opposition leader| (person, pronoun) L5: There was no demand for discussion on the matter.
Mohan Majhi||Opposition leader| (person, pronoun, partial) L5: a stunt
Mohan Majhi||Opposition leader| (person, name) L7: We are elected to the Assembly by the people,`},
		{"paragraphs that are quotations and name no one, under a heading that says whose statement they are, are that one's", `Statements

First Minister’s New Year message

“As the year draws to a close, it is a good time to reflect on the last 12 months.

“I wish you and your families a very happy New Year.”

Premier Anna Lima's statement on the floods

“We will rebuild every home that was lost.”

Trump's tweet sparks outrage

“This is a terrible decision by the court.”
`, `First Minister||First Minister| (unnamed, name) L5: As the year draws to a close, it is a good time to reflect on the last 12 months.
First Minister||First Minister| (unnamed, name) L7: I wish you and your families a very happy New Year.
Anna Lima||Premier| (person, name) L11: We will rebuild every home that was lost.`},
		{"a post that opens with a hashtag is a quotation; a hashtag alone in marks is not", `WHO praises Singapore

“#Singapore is leaving no stone unturned, testing every case of pneumonia,” WHO chief Ana Lima said in a tweet.

Protesters carried signs reading “#wewantfreedom#” through the square.
`, `Ana Lima||WHO chief| (person, name) L3: #Singapore is leaving no stone unturned, testing every case of pneumonia,`},
		{"an office a title gives by its initials is the office spelled out", `Hired men behind protest: CM Pinarayi Vijayan

However, the Chief Minister said there was no question of withdrawing what he said.

THIRUVANANTHAPURAM: A remark by Chief Minister Pinarayi Vijayan invited protests on Tuesday.

“It could be the TV channels who hired the activists,” the Chief Minister quipped.
`, `Pinarayi Vijayan||CM| (person, role) L7: It could be the TV channels who hired the activists,`},
		{"a party's member described by a place is the one of that party the story placed there", `Senate blocks bills

Senate Majority Leader Harry Reid of Nevada rolled three dozen bills into one measure on Monday.

"In the meantime there will be much suffering," the Nevada Democrat told his colleagues.
`, `Harry Reid||Senate Majority Leader|Nevada (person, role) L5: In the meantime there will be much suffering,`},
		{"Kenya's CS, PS and MCA are offices before a name", `Hospital reforms ordered

NAIROBI, Kenya – Health Cabinet Secretary Aden Duale has ordered an overhaul of hospital security.

CS Duale admitted that the case revealed deeper cracks.

“What happened at Kenyatta is unacceptable,” he said.
`, `Aden Duale||Health Cabinet Secretary| (person, pronoun) L7: What happened at Kenyatta is unacceptable,`},
		{"'the spokesman' is the spokesperson the text described and heard last", `Trains delayed

A Sydney Trains spokesperson says buses are replacing some services.

"We are closing the gaps between cancellations," the spokesman said.
`, `Sydney Trains spokesperson||| (unnamed, role) L5: We are closing the gaps between cancellations,`},
		{"a round-up that prints each quotation before the paragraph naming who said it", `“Jim rang him early on Saturday morning and said he wanted a chat. It was a bombshell.”
Jim Gavin’s decision to step down caught all by surprise, according to chairman Sean Stanley.
“To have done what he’s done is just immense.”
All-Ireland SHC winning Tipperary manager Liam Sheedy took his hat off to his counterpart.
“Dessie is probably the front-runner based on what he has delivered.”
RTE pundit Ciaran Whelan is tipping his former team-mate to take over.
“I am just very proud to be here, to be standing here as a Carlow man.”
Marty Kavanagh revealed what reaching the decider meant to him.
`, `Sean Stanley||chairman| (person, nearby) L1: Jim rang him early on Saturday morning and said he wanted a chat. It was a bombshell.
Liam Sheedy||Tipperary manager| (person, nearby) L3: To have done what he’s done is just immense.
Ciaran Whelan||| (person, nearby) L5: Dessie is probably the front-runner based on what he has delivered.
Marty Kavanagh||| (person, nearby) L7: I am just very proud to be here, to be standing here as a Carlow man.`},
		{"a portfolio's last part may go on with 'the', and T.D. follows a name", `Calf scheme funded

The Minister for Agriculture, Food and the Marine Michael Creed T.D., announced approvals this week.

Commenting on this the Minister said, “The high application rate is evidence of commitment.”

Minister for Health Simon Harris and the Taoiseach Leo Varadkar met. “We will act,” Harris said.
`, `Michael Creed||Minister for Agriculture, Food and the Marine| (person, role) L5: The high application rate is evidence of commitment.
Simon Harris||Minister for Health| (person, name) L7: We will act,`},
		{"hard-wrapped quotes", `Floods close schools across the north of the country

By Jane Doe

The regional governor, Ana Lima, said on Tuesday that the water was
still rising. "We have never seen the river this high, and we expect it
to rise for two more days," Lima said.

"Every school in the valley will stay closed until the end of the
week," she said. Officials said 40 schools were affected.

Farmer Tom Okoro said his fields were gone. "There is nothing left to
harvest," he said.
`, `Ana Lima||regional governor| (person, name) L6: We have never seen the river this high, and we expect it to rise for two more days,
Ana Lima||regional governor| (person, pronoun) L9: Every school in the valley will stay closed until the end of the week,
Tom Okoro||Farmer| (person, pronoun) L12: There is nothing left to harvest,`},
		{"colon paragraph and a later pronoun", `Minister answers critics of the budget plan
Deputy Finance Minister Pat Major defended the plan on Monday.
Opposition leader Sam Reed said the plan would hurt families.
When asked by reporters, Major said:
"The budget protects the poorest households and we will not change it."
"We have listened to everyone," she added.
`, `Pat Major||Deputy Finance Minister| (person, name) L5: The budget protects the poorest households and we will not change it.
Pat Major||Deputy Finance Minister| (person, pronoun) L6: We have listened to everyone,`},
		{"affiliation with and of", `Experts weigh in on the outbreak in the region
Jo Reyes with WHO said: "The cases are rising fast."
Sam Okafor of King's College London said the response was slow. "We lost two weeks," Okafor said.
`, `Jo Reyes|||WHO (person, name) L2: The cases are rising fast.
Sam Okafor|||King's College London (person, name) L3: We lost two weeks,`},
		{"split quote", `A story about split quotes in the news
"A is true," Ann Smith of WHO said. "B is also true."
`, `Ann Smith|||WHO (person, name) L2: A is true, B is also true.`},
		{"doubled mark and a cut quote", `Police give an update on the search
Police chief Rosa Diaz said: ““We are still searching the area.”
Diaz added that "the number of suspe`, `Rosa Diaz||Police chief| (person, name) L2: We are still searching the area.
Rosa Diaz||Police chief| (person, name, partial, cut) L3: the number of suspe`},
		{"title before the name, relative clause after", `Scientists react to the report
Sam Okafor, a professor of history at King's College London, who led the inquiry, said: "This is a turning point."
Information Minister Ana Lima told reporters: "The report is wrong."
`, `Sam Okafor||professor of history|King's College London (person, name) L2: This is a turning point.
Ana Lima||Information Minister| (person, name) L3: The report is wrong.`},
		{"quote over paragraphs", `A long statement by the mayor of the town
Mayor Lee Park said:
"The first thing we did was open the shelters.
"Then we called the army.
"Now we wait," Park said.
`, `Lee Park||Mayor| (person, name) L3: The first thing we did was open the shelters.
Lee Park||Mayor| (person, name, goes on from L3) L4: Then we called the army.
Lee Park||Mayor| (person, name, goes on from L3) L5: Now we wait,`},
		{"organisations and unnamed people", `Residents describe the night of the storm
The Health Ministry said in a statement: "Hospitals are open."
"I lost everything," a young woman told VOA.
"We are working around the clock," the ministry said.
`, `Health Ministry||| (organisation, name) L2: Hospitals are open.
young woman||| (unnamed, name) L3: I lost everything,
Health Ministry||| (organisation, role) L4: We are working around the clock,`},
		{"scare quotes are not quotes", `Ships of the so-called shadow fleet
The so-called "shadow fleet" carried oil to Asia, officials said.
The rally was organised by the "Mothers for Peace" movement, officials said.
`, ``},
		{"gender picks the right person", `Two officials at odds over the plan
Mr. John Smith said the plan was late. Ms. Maria Lopez, his deputy, said it was on time.
"It will be ready in June," he said.
`, `John Smith|Mr.|| (person, pronoun) L3: It will be ready in June,`},
		{"guillemets and low-high marks", `Reactions from Europe to the vote
The German chancellor, Olaf Brandt, said: „We accept the result.“
«Nothing changes for now», said Marie Dubois, a spokeswoman for the French embassy.
`, `Olaf Brandt||German chancellor| (person, name) L2: We accept the result.
Marie Dubois||spokeswoman|French embassy (person, name) L3: Nothing changes for now`},
		{"single marks as the house style", `Council approves the new bridge
Councillor Ruth Evans said: ‘This bridge will change the town for the better.’
`, `Ruth Evans||Councillor| (person, name) L2: This bridge will change the town for the better.`},
		{"told reporters, then a surname and a title later", `Talks resume in the capital
Foreign Minister Lena Hoff told reporters on Friday that talks would resume. "We are close to a deal," Hoff said.
"There are two issues left," the minister added.
`, `Lena Hoff||Foreign Minister| (person, name) L2: We are close to a deal,
Lena Hoff||Foreign Minister| (person, role) L3: There are two issues left,`},
		{"a block quotation printed without marks", `Defence deal to create jobs

Defence Secretary, John Healey MP said:

The strategy will make defence an engine for growth in every part of the country.

We are backing Scottish businesses and our armed forces together.

This is a decade of renewal for British defence.

Mr Healey will visit Rosyth on Monday.

Sir Keir Starmer said the measures include:

Making it easier for small firms to bid for contracts.

After the briefing, Chairwoman Ann Lee issued the following statement:

The Bureau has a difficult task this year.
`, `John Healey|Mr|Defence Secretary| (person, name) L5: The strategy will make defence an engine for growth in every part of the country.
John Healey|Mr|Defence Secretary| (person, name, goes on from L5) L7: We are backing Scottish businesses and our armed forces together.
John Healey|Mr|Defence Secretary| (person, name, goes on from L5) L9: This is a decade of renewal for British defence.
Ann Lee||Chairwoman| (person, name) L19: The Bureau has a difficult task this year.`},
		{"a second speaker in a clause after while", `Leaders speak
"We all want this to end," said Volodymyr Zelensky, while Dmitry Peskov said: "Peace is possible on our terms."
`, `Volodymyr Zelensky||| (person, name) L2: We all want this to end,
Dmitry Peskov||| (person, name) L2: Peace is possible on our terms.`},
		{"a role before a single name, a place after a preposition", `Ministers meet in Cairo
Several foreign ministers met in Cairo on Wednesday. Turkish president Erdoğan called for talks in the Eastern Mediterranean. "No project excluding our country can go ahead," he said.
His father was killed during World War II. "I never knew him," said Ginger Baker.
`, `Erdoğan||Turkish president| (person, pronoun) L2: No project excluding our country can go ahead,
Ginger Baker||| (person, name) L3: I never knew him,`},
		{"titles and descriptions of British, Australian and European officials", `Ministers to meet
Minister for Foreign Affairs, Senator the Hon Penny Wong said: "We look forward to welcoming our friends."
Commissioner Stella Kyriakides, responsible for Health and Food Safety, said: "The EU is making progress."
Mariya Gabriel, Commissioner for Innovation, Research, Culture, Education and Youth, said: "We have made tremendous efforts."
At a press conference today in Brussels, Jyrki Katainen, Vice-President of the Commission, responsible for Jobs, Growth, Investment and Competitiveness, currently also in charge of the Health & Food Safety portfolio, said: "Food safety matters."
Minister of State for Development, Lord (Tariq) Ahmad said: "We are deeply concerned by the outbreak."
Dr Gwenllian Davies, Mudiad Meithrin Chief Executive added: "The investment highlights its importance."
`, `Penny Wong|Hon|Minister for Foreign Affairs, Senator| (person, name) L2: We look forward to welcoming our friends.
Stella Kyriakides||Commissioner| (person, name) L3: The EU is making progress.
Mariya Gabriel||Commissioner|Innovation, Research, Culture, Education and Youth (person, name) L4: We have made tremendous efforts.
Jyrki Katainen||Vice-President|Commission (person, name) L5: Food safety matters.
Tariq Ahmad|Lord|Minister of State for Development| (person, name) L6: We are deeply concerned by the outbreak.
Gwenllian Davies|Dr|Chief Executive|Mudiad Meithrin (person, name) L7: The investment highlights its importance.`},
		{"a transcript's turns after their speakers' labels", `Department Press Briefing
MR PRICE: Good afternoon.
QUESTION: Good afternoon.
MR PRICE: I'm sorry we're starting late, but we have a good excuse today. (Laughter.) So let me begin.
Just a quick note about vaccine deliveries to the region this week.
QUESTION: Thanks, Ned. What about Afghanistan?
MR PRICE: We will have more to say on that tomorrow, and that is
`, `Price|Mr|| (person, name) L4: I'm sorry we're starting late, but we have a good excuse today. So let me begin. Just a quick note about vaccine deliveries to the region this week.
Price|Mr|| (person, name, cut) L7: We will have more to say on that tomorrow, and that is`},
		{"a turn that quotes someone is still the speaker's turn", `Department Press Briefing
MR KIRBY: Good afternoon, everybody. I have one thing at the top.
QUESTION: Thank you, John. What did the Secretary say?
MR KIRBY: As Secretary John Kerry said yesterday, "We will not give up on diplomacy," and that remains our view today.
QUESTION: And Syria?
MR KIRBY: We are still talking to the Russians about a ceasefire in Aleppo.
`, `Kirby|Mr|| (person, name) L2: Good afternoon, everybody. I have one thing at the top.
Kirby|Mr|| (person, name) L4: As Secretary John Kerry said yesterday, "We will not give up on diplomacy," and that remains our view today.
John Kerry||Secretary| (person, name) L4: We will not give up on diplomacy,
Kirby|Mr|| (person, name) L6: We are still talking to the Russians about a ceasefire in Aleppo.`},
		{"an interview: answers after the name, questions without a label", `Wikinews interviews a rugby founder
On Wednesday, Wikinews interviewed Jim Blake, one of the creators of the game.

You're Jim Blake, and you're the founder of…

Jim Blake: One of the founders of the new game.

And you're from Canada, eh?

Jim Blake: Yes, I'm from Canada, eh! (laughter)

Jim Blake: I cheer for the Jets!
`, `Jim Blake||one of the creators of the game| (person, name) L6: One of the founders of the new game.
Jim Blake||one of the creators of the game| (person, name) L10: Yes, I'm from Canada, eh!
Jim Blake||one of the creators of the game| (person, name) L12: I cheer for the Jets!`},
		{"two names in capitals make a transcript", `CDC update on the first Ebola case
BARBARA REYNOLDS: Good afternoon, you're joining CDC's update on the Ebola response.
TOM FRIEDEN: Good morning, everyone. Today is one week since the first patient was diagnosed.
`, `Barbara Reynolds||| (person, name) L2: Good afternoon, you're joining CDC's update on the Ebola response.
Tom Frieden||| (person, name) L3: Good morning, everyone. Today is one week since the first patient was diagnosed.`},
		{"a note is not a transcript", `Storm hits the coast
Note: This story has been updated.
Officials said the storm would pass by Sunday.
Update: The storm has passed.
`, ``},
		{"an office is not a new description of the person just heard", `Council votes
"We will appeal," the group's lawyer, Sara Jones, told reporters.
The mayor, speaking after the vote, said: "The city is in good hands."
The head of the internal investigators told the court "Basic checks were not done." She also said "I regret we were not called."
`, `Sara Jones||group's lawyer| (person, name) L2: We will appeal,
mayor||| (unnamed, role) L3: The city is in good hands.
head of the internal investigators||| (unnamed, role) L4: Basic checks were not done.
head of the internal investigators||| (unnamed, pronoun) L4: I regret we were not called.`},
		{"a phrase in the writer's sentence, then the speaker's own sentence", `Church condemns the bill
The bill was criticised by archbishop Jorge Scheinig. Calling it a "culture of death" the archbishop said "We need to pray for Argentina."
`, `Jorge Scheinig||archbishop| (person, role, partial) L2: culture of death
Jorge Scheinig||archbishop| (person, role) L2: We need to pray for Argentina.`},
		{"he after a description that opens the sentence", `Space goals
President Barack Obama went to the Kennedy Space Center. Senator John Glenn was there.
This week, the president seemed to dismiss the Moon — "We have been there before," he said — but stressed his goals.
`, `Barack Obama||President| (person, pronoun) L3: We have been there before,`},
		{"a White House transcript: Q without a colon, lines without blank lines between", `Press Briefing by the Press Secretary
MR. EARNEST:  Good afternoon, everybody.  There is a lot going on in the world today.
Q    Sure, Josh.  Can you speak to the unrest?
MR. EARNEST:  Well, Kevin, the President has had numerous opportunities to address this topic.
Q How did he like the article?
MR. EARNEST: He has read the article and will not be commenting on it.
`, `Earnest|Mr.|| (person, name) L2: Good afternoon, everybody. There is a lot going on in the world today.
Earnest|Mr.|| (person, name) L4: Well, Kevin, the President has had numerous opportunities to address this topic.
Earnest|Mr.|| (person, name) L6: He has read the article and will not be commenting on it.`},
		{"a wrapped line a word short of the width that stops mid-sentence", `Commission hosts matchmaking event
The event was kicked off by opening speeches of Commissioners Thierry
Breton and Stella Kyriakides, who both spoke about the vaccines. Then
Commissioner Breton, responsible for the Internal Market and Industry
said: “We have reached a milestone in the EU in our fight against the
pandemic.”
`, `Thierry Breton||Commissioner| (person, name) L5: We have reached a milestone in the EU in our fight against the pandemic.`},
		{"an office no one was given is the person the story opens with", `Children's Funeral Fund for England
Every year an estimated 4,350 children die under the age of 18.
Theresa May today praised the campaigners who fought for the fund.
The Prime Minister said:
No parent should ever have to endure the loss of a child.
`, `Theresa May||Prime Minister| (person, role) L5: No parent should ever have to endure the loss of a child.`},
		{"a second role after a name, and a source after the speaker", `Court ruling draws criticism
Jennifer Daskal of American University and contributor to Slate wrote, "A single country could demand that a post be taken down worldwide."
"If there was plenty of stuff on the shelf, you would probably minimise the panic," said Russell Zimmerman per ABC News.
`, `Jennifer Daskal|||American University (person, name) L2: A single country could demand that a post be taken down worldwide.
Russell Zimmerman||| (person, name) L3: If there was plenty of stuff on the shelf, you would probably minimise the panic,`},
		{"part of a person's statement", `Twitter flags a tweet
President Donald Trump tweeted about the riots. Part of Trump's tweet included the statement, "when the looting starts, the shooting starts."
`, `Donald Trump||President| (person, name, partial) L2: when the looting starts, the shooting starts.`},
		{"a participle after a place goes with the sentence's subject", `Trump refuses to concede
President Donald Trump issued a statement at his golf club outside Washington, D.C. saying, "The simple fact is this election is far from over."
`, `Donald Trump||President| (person, name) L2: The simple fact is this election is far from over.`},
		{"a given name alone that opens a sentence is a person", `Farm family keeps conservation in the family
Tom Henderson and his wife, Julie, farm 800 acres in central Iowa.
"We want to leave the land better than we found it," Tom says.
Julie agrees. "Every generation has to do its part," she says.
`, `Tom Henderson||| (person, name) L3: We want to leave the land better than we found it,
Julie||his wife| (person, pronoun) L4: Every generation has to do its part,`},
		{"a block quotation ends at the second paragraph in a row not in the speaker's voice", `Sentence extended
The Solicitor General, Michael Tomlinson KC MP, said:

Harry Jones may have been a respectable local businessman but his actions that day were deplorable.

The court also took a dim view of his actions and increased his prison term, sending a stark warning.

Harry Jones was sentenced to 10 years imprisonment at Wolverhampton Crown Court on 21 July 2023.
`, `Michael Tomlinson||Solicitor General| (person, name) L4: Harry Jones may have been a respectable local businessman but his actions that day were deplorable.
Michael Tomlinson||Solicitor General| (person, name, goes on from L4) L6: The court also took a dim view of his actions and increased his prison term, sending a stark warning.`},
		{"a senator from a state, a phrase after 'calling it a', a speaker before 'to parliament'", `Sanders ends his bid
On Wednesday, United States Senator from Vermont Bernie Sanders ended his bid.
Sanders said in his live stream, "I do not make this decision lightly", calling it a "difficult and painful decision".
Assembly president Richard Ferrand in relaying the news to parliament said, "Jacques Chirac is part of the history of France".
`, `Bernie Sanders||United States Senator from Vermont| (person, name) L3: I do not make this decision lightly
Bernie Sanders||United States Senator from Vermont| (person, name, partial) L3: difficult and painful decision
Richard Ferrand||president| (person, name) L4: Jacques Chirac is part of the history of France`},
		{"a verb before a long body's title and name; an outlet that reports the words", `Monarchs return
Remarked Center for Biological Diversity scientist Tierra Curry, "This reprieve from bad news is a thank-you from the butterflies."
House Speaker Nancy Pelosi called Trump's conduct a "breach of his Constitutional responsibilities," according to NBC.
`, `Tierra Curry||Center for Biological Diversity scientist| (person, name) L2: This reprieve from bad news is a thank-you from the butterflies.
Nancy Pelosi||House Speaker| (person, name, partial) L3: breach of his Constitutional responsibilities,`},
		{"a first surname; a headline's verb after a name", `Governor resigns
Governor Ricardo Rosselló Nevares announced his resignation on Wednesday.
"Today I feel that to continue in this position represents difficulty," Rosselló said.
Pentagon Press Secretary John F. Kirby Holds a Press Briefing
"We are working on it," Kirby said.
`, `Ricardo Rosselló Nevares||Governor| (person, name) L3: Today I feel that to continue in this position represents difficulty,
John F. Kirby||Pentagon Press Secretary| (person, name) L5: We are working on it,`},
		{"a headline's verb with an object; a one-word partial quote with its speaker", `Storm hits coast
MEDIA ADVISORY 16-042 John Grunsfeld Announces Retirement from NASA
John Grunsfeld will retire from NASA April 30.
"I can now boldly go where I've rarely gone before," said Grunsfeld.
Amnesty International called the verdict "unjust".
Police seized MDMA ("ecstasy") in the raid.
`, `John Grunsfeld|||NASA (person, name) L4: I can now boldly go where I've rarely gone before,
Amnesty International||| (organisation, name, partial) L5: unjust`},
		{"a description of the person just heard gives them the title the text named them without", `Reynolds mocks Farage

Jonathan Reynolds has mocked Nigel Farage for wanting to reopen the coal mines, dubbing him an “absolute parody”.

The business secretary admitted that Reform UK are Labour’s biggest opponents, saying: “We might have different views but we have to engage with them.”
`, `Jonathan Reynolds||business secretary| (person, name, partial) L3: absolute parody
Jonathan Reynolds||business secretary| (person, role) L5: We might have different views but we have to engage with them.`},
		{"a headline's quotation is the speaker's the headline names among the story's people, or the story gives the same words", `French interior minister blames protest violence on ‘thugs’

French Interior Minister Christophe Castaner blamed violent protesters on Sunday for the damage.

“They came to destroy,” Castaner told reporters.
`, `Christophe Castaner||French Interior Minister| (person, role, partial) L1: thugs
Christophe Castaner||French Interior Minister| (person, name) L5: They came to destroy,`},
		{"a headline's quotation whose speaker the story does not name is left out", `Council approves 'historic' plan

The council approved the plan on Monday.

"We are pleased," said Ann Lee, the council leader.
`, `Ann Lee||council leader| (person, name) L5: We are pleased,`},
		{"a headline's quotation the story quotes", `Mayor: 'We will rebuild every home'

"We will rebuild every home, whatever it takes," Mayor Ann Lee told residents on Monday.
`, `Ann Lee||Mayor| (person, name) L1: We will rebuild every home
Ann Lee||Mayor| (person, name) L3: We will rebuild every home, whatever it takes,`},
		{"bulleted quotations after the paragraph that says whose they are", `Sox moving on

Theo Epstein met with Sox players before a press conference. “We had a meeting with 25 guys who feel like a team,” Epstein said.

Third baseman Mike Lowell said the atmosphere was weird.

More quotes from Theo at the pregame press conference:

  • “There was going to be a time when we had somebody other than Manny Ramirez in left field.”
  • “I don’t think it’s fair to look back and comment on why Manny was unhappy.”
`, `Theo Epstein||| (person, name) L3: We had a meeting with 25 guys who feel like a team,
Theo Epstein||| (person, name) L9: There was going to be a time when we had somebody other than Manny Ramirez in left field.
Theo Epstein||| (person, continued) L10: I don’t think it’s fair to look back and comment on why Manny was unhappy.`},
		{"a movement's name is no person's for a pronoun to find", `Protest group criticised

George Eustice said the climate change protest group were disrupting people’s lives.

Extinction Rebellion: London demonstrations

But he warned: “This hasn’t got to be a niche thing for a small number of people.”
`, `George Eustice||| (person, pronoun) L7: This hasn’t got to be a niche thing for a small number of people.`},
		{"copy that sets its quotations in doubled apostrophes; bodies the text does not name one by one; a plural is no one person's title", `Groups warn

Environment groups are threatening to mobilise two million people.

In a letter to Mr Rudd, the environment groups warned of the ''continual erosion of environmental laws''.

The groups warn that giving ''cash-strapped'' states full power will lead to a rash of approvals.

Foundation chief executive Don Henry said Australia could ''kiss goodbye'' to the reef.
`, `environment groups||| (unnamed, name, partial) L5: continual erosion of environmental laws
environment groups||| (unnamed, role, partial) L7: cash-strapped
Don Henry||Foundation chief executive| (person, name, partial) L9: kiss goodbye`},
		{"doubled apostrophes are a wiki's italics in a text with quotation marks", `Google sued

Google claims the text is used under ''fair use''. "We disagree," said Ann Lee, the authors' lawyer.
`, `Ann Lee||authors' lawyer| (person, name) L3: We disagree,`},
		{"two words in single marks in copy with no double ones; a block quotation goes on past a phrase it sets in marks", `Knife crime

Alun Ebenezer, headteacher at Caldicot school, told ITV Wales that their 'strict, no-nonsense' approach to discipline met resistance.

A Home Office spokesman said:

Knife crime has a devastating impact on individuals, families and community.

To support this we are consulting on a new ‘public health’ approach to tackling serious violence.
`, `Alun Ebenezer||headteacher|Caldicot school (person, name, partial) L3: strict, no-nonsense
Home Office spokesman||| (unnamed, name) L7: Knife crime has a devastating impact on individuals, families and community.
Home Office spokesman||| (unnamed, name, goes on from L7) L9: To support this we are consulting on a new ‘public health’ approach to tackling serious violence.`},
		{"an office of a body before a name; whose comment a quotation is; calling it names what was said", `Remark row

Leader of the Opposition Pritam Singh had said that “the court of public opinion can be bigger than any court” when asked.

Law Minister Edwin Tong on Saturday slammed Mr Singh’s comment that “the court of public opinion matters more”, calling it “an outrageous statement”.
`, `Pritam Singh||Leader of the Opposition| (person, name, partial) L3: the court of public opinion can be bigger than any court
Pritam Singh||Leader of the Opposition| (person, name, partial) L5: the court of public opinion matters more
Edwin Tong||Law Minister| (person, name, partial) L5: an outrageous statement`},
		{"a sentence that ends by naming its speaker; a phrase of the sentence's subject, whom the text has quoted, even of two words", `All Blacks win

The All Blacks "squeezed" the Aussies in their 22 - 16 win at Eden Park tonight, says captain Richie McCaw.

"We pretty much squeezed them and it wasn't that pretty," McCaw said.

McCaw rated the game as one of the toughest after "having to get out of second gear" early on.

McCaw remains "fully committed" to the side.
`, `Richie McCaw||captain| (person, name, partial) L3: squeezed
Richie McCaw||captain| (person, name) L5: We pretty much squeezed them and it wasn't that pretty,
Richie McCaw||captain| (person, name, partial) L7: having to get out of second gear
Richie McCaw||captain| (person, name, partial) L9: fully committed`},
		{"a transcript's excerpt: a name and an office in capitals make it one; its first turn lost its label and its speaker names himself", `: Good morning all. My name's Joe Buffone. I'm one of the Deputy Coordinator-Generals here at NEMA.
ANTHONY ALBANESE, PRIME MINISTER: Well, thanks very much, Joe. And can I thank everyone here at NEMA.
`, `Joe Buffone||| (person, name) L1: Good morning all. My name's Joe Buffone. I'm one of the Deputy Coordinator-Generals here at NEMA.
Anthony Albanese||Prime Minister| (person, name) L2: Well, thanks very much, Joe. And can I thank everyone here at NEMA.`},
		{"an adjective of the writer's before the title and name after a verb of speech", `Boat Race

“This Boat Race just means so much, this Club just means so much” said victorious Men’s President Seb Benzecry.
`, `Seb Benzecry||President| (person, name) L3: This Boat Race just means so much, this Club just means so much`},
		{"a label of the page's before a quotation speaks for no one: an advertisement, music", "Ruling\n\nThe commission called the ruling a “dangerous precedent”.\n\nTEXT AD:\"Warning to Men, These 3 Foods Are Slowly Killing You\". Click Here to Know Them\n\nMUSIC: \"Our World\"\n", `commission||| (organisation, role, partial) L3: dangerous precedent`},
		{"one and the other, after a paragraph names a group: one of them, another of them", `Sirius

The bureaucrats chuckled about the comments in a private chat. "Getting his knickers in a knot," one wrote. "He's such an old white guy," the other added.
`, `one of the bureaucrats||| (unnamed, role) L3: Getting his knickers in a knot,
another of the bureaucrats||| (unnamed, role) L3: He's such an old white guy,`},
		{"a title joined by and to a one-word name is two of them, not a person; a capitalised word joined to a participle is the writer's", `Top marks

Like a shopper ticking off the grocery list, Mark McGowan rattled off his Government’s achievements this year.

What has also given the Premier and WA Labor a leg-up this year is the state of the Liberal Party.

“I suppose the Liberal Party is in disarray,” he said.

Offers of funding for debt-ridden and GST-deprived WA came flooding in, which prompted Mr McGowan’s biggest boast.

“I am so proud that the Commonwealth Government is paying for our rail expansion,” he said.
`, `Mark McGowan|Mr|| (person, pronoun) L7: I suppose the Liberal Party is in disarray,
Mark McGowan|Mr|| (person, pronoun) L11: I am so proud that the Commonwealth Government is paying for our rail expansion,`},
		{"quotations set in pairs of curly single marks, in copy with no double marks", `No win but coach proud

For coach Jason Forrest it augured well for the 2021 season.

‘‘I couldn’t be more proud of what the boys produced today.

‘‘We were slow to start but battled in the early stages,’’ Forrest said.

A strong wind was blowing straight down the ground, making the players’ task ‘difficult’.
`, `Jason Forrest||coach| (person, continued) L5: I couldn’t be more proud of what the boys produced today.
Jason Forrest||coach| (person, continued, goes on from L5) L7: We were slow to start but battled in the early stages,`},
		{"the paper that reported: the name that opens the sentence before, before its verb of speech", `Nursing homes

The Shreveport Times reported that a resident with dementia at a Bossier City, La., nursing home went missing for more than 3½ hours last year before staff went looking for her. A worker found Hattie Mae Chambers “outside the facility lying in a fetal position near a fence,” the paper reported.
`, `Shreveport Times||| (organisation, role, partial) L3: outside the facility lying in a fetal position near a fence,`},
		{"a month that is a given name, before a surname", `Open mike

But School Board members April Griffin and Susan Valdes took issue Tuesday with the recorded dialogue.

"My disappointment is that you and I have been working hard on our relationship," Griffin told Elia.

"I was hurt," said June Carter.
`, `April Griffin||School Board members| (person, name) L5: My disappointment is that you and I have been working hard on our relationship,
June Carter||| (person, name) L7: I was hurt,`},
		{"a long attribution after its verb, opened by a person's name", "DAs object\n\nThe commutation was “unprecedented, premature and unwarranted” because the case was still pending, said Boulder County District Attorney Michael Dougherty, a Democrat, and Mesa County District Attorney Dan Rubinstein, a Republican.\n", `Michael Dougherty||Boulder County District Attorney| (person, name, partial) L3: unprecedented, premature and unwarranted`},
		{"verbs of speech that say how: raves, gushed, marvelled; a paragraph that lost its opening mark", `Stones roll on

I can’t think of a tour that’s kicked off with such wonderful enthusiasm,” raves guitarist Keith Richards, twenty shows into the tour.

“It was the best night of my life,” gushed Ann Lee.
`, `Keith Richards||guitarist| (person, name) L3: I can’t think of a tour that’s kicked off with such wonderful enthusiasm,
Ann Lee||| (person, name) L5: It was the best night of my life,`},
		{"a phrase whose sentence ends by naming its speaker after a comma; not when a verb of speech comes before it; a month shortened before a day ends no sentence", `Detroit weekend

Detroit — An "extremely violent weekend" in the city culminated on the east side Sunday when an undercover officer fatally shot a man who drew a gun on him, interim police chief James White said.

The pair told Polis in a Jan. 20 letter that his decision “is having a substantial ripple effect” on other cases, The Denver Post reported.
`, `James White||interim police chief| (person, name, partial) L3: extremely violent weekend`},
		{"a name's plural possessive before a role, after a wire's dateline: the role, not the dateline's country", `Tankers

NICOSIA, Cyprus (AP) — The United Arab Emirates’ top diplomat says the attacks were “state-sponsored.”
`, `United Arab Emirates’ top diplomat||| (unnamed, role, partial) L3: state-sponsored.`},
		{"an interviewer's turn that says \"we\" and \"your\" is the interview's, whatever its label says of journalism: it gives the guest her office", `Today, Suva, Fiji - Interview with Karl Stefanovic
JOURNALIST Let's go to Foreign Minister Julie Bishop. Foreign Minister, good morning to you. Can we get your reaction to the terrible attacks in Turkey?
JULIE BISHOP Australia condemns absolutely these terrorist attacks.
JOURNALIST So how was he and the diplomatic staff there?
JULIE BISHOP It was an appalling thing for him to witness.
`, `Julie Bishop||Foreign Minister| (person, name) L3: Australia condemns absolutely these terrorist attacks.
Julie Bishop||Foreign Minister| (person, name) L5: It was an appalling thing for him to witness.`},
		{"an office's label on a transcript whose heading honours, in capitals, the one who holds it, the offices after the post-nominal", `Transcript of interview with Melissa Doyle: Network Seven, Sunrise

THE HON WAYNE SWAN MP Deputy Prime Minister Treasurer

29 January 2013

DOYLE: The Deputy Prime Minister has been keeping an eye on the disaster situation, he joins me now. How are you doing?

TREASURER: Absolutely. A very big evacuation there last night.

DOYLE: What about the roads?

TREASURER: Well, that is dealt with by the authorities on the ground.
`, `Wayne Swan|Hon|Deputy Prime Minister Treasurer| (person, name) L9: Absolutely. A very big evacuation there last night.
Wayne Swan|Hon|Deputy Prime Minister Treasurer| (person, name) L13: Well, that is dealt with by the authorities on the ground.`},
		{"a participle set off after a place (\"at Parliament, called with less than an hour's notice\") is no one speaking: the quote after is the one who made the announcement", `Prime Minister Dana Whitlock has announced that she is resigning. She made the announcement at a press conference at Parliament, called with less than an hour's notice.

“It has been an enormous privilege to be Prime Minister.”
`, `Dana Whitlock||Prime Minister| (person, nearby) L3: It has been an enormous privilege to be Prime Minister.`},
		{"an office's label answering a presenter whose first turn names the one who has called: the office's turns are that person's", `PRESENTER:
Dana Whitlock has called us – good morning to you. How are you?
PRIME MINISTER:
Well, I'm good but how are you? How's it looking in the aftermath?
PRESENTER:
Not good at all.
PRIME MINISTER:
Our hearts go out to the people of the north.
`, `Dana Whitlock||Prime Minister| (person, name) L4: Well, I'm good but how are you? How's it looking in the aftermath?
Dana Whitlock||Prime Minister| (person, name) L8: Our hearts go out to the people of the north.`},
		{"an office's label on a page that is the transcript of the office, under the line that honours its holder", `TRANSCRIPT OF THE PRIME MINISTER
THE HON JOHN HOWARD MP
DOORSTOP INTERVIEW - ADMIRALTY HOUSE, SYDNEY

14 February 2001

JOURNALIST: How important to you was it that he was sworn in before the election?

PRIME MINISTER: It was important to me that he be sworn in immediately.

JOURNALIST: And the money?

PRIME MINISTER: No, it's something that we've promised to do for a long time.
`, `John Howard|Hon|Prime Minister| (person, name) L9: It was important to me that he be sworn in immediately.
John Howard|Hon|Prime Minister| (person, name) L13: No, it's something that we've promised to do for a long time.`},
		{"a day without \"on\" between a name set off by commas and the verb is when, not part of who", `World Cup

The head of the South African Organizing Committee for the Football World Cup, Danny Jordaan, Thursday said his country will be ready.

"In terms of overall readiness, the project is on track," he said.
`, `Danny Jordaan||head of the South African Organizing Committee for the Football World Cup| (person, pronoun) L5: In terms of overall readiness, the project is on track,`},
		{"a quotation inside a speaker's turn that no name attributes is the turn's, not the one the turn addresses", `Prime Minister
BELINDA MURPHY, MCKINLAY SHIRE COUNCIL MAYOR: So firstly welcome, everyone, especially the Prime Minister, to McKinlay Shire.
DEB FRECKLINGTON, QUEENSLAND LEADER OF THE OPPOSITION: No worries, Belinda.
PRIME MINISTER: Belinda, thank you very much. I know there are people all around the country who are wanting to help and they are actually even asking, “Why haven’t they got back to us? We’re offering help.” Well, the reason they haven’t is because they’re dealing with a lot here.
`, `Belinda Murphy||Mckinlay Shire Council Mayor| (person, name) L2: So firstly welcome, everyone, especially the Prime Minister, to McKinlay Shire.
prime minister||Prime Minister| (unnamed, name) L4: Belinda, thank you very much. I know there are people all around the country who are wanting to help and they are actually even asking, “Why haven’t they got back to us? We’re offering help.” Well, the reason they haven’t is because they’re dealing with a lot here.`},
		{"a quotation inside a speaker's turn that the speaker says they say is theirs", `Remarks by President Trump

THE PRESIDENT: Thank you very much. We are watching the storm very closely.

Q: What is your message to the people of Florida?

THE PRESIDENT: I say, "God bless you all." That's my message - because that's what it is. The storm is there.
`, `Trump||President| (person, name) L3: Thank you very much. We are watching the storm very closely.
Trump||President| (person, name) L7: I say, "God bless you all." That's my message - because that's what it is. The storm is there.
Trump||President| (person, nearby) L7: God bless you all.`},
		{"a headline's office is held by whom the story's first lines name with it", `We need your help now

Support from readers like you keeps us open.

'One person on a trolley is too much' says HSE CEO as 638 patients wait for a bed

Bernard Gloster has promised to reduce the number of people on trolleys.

A total of 638 patients lay on trolleys while HSE CEO Bernard Gloster told a committee that one was too many.
`, `Bernard Gloster||HSE CEO| (person, role) L5: One person on a trolley is too much`},
		{"whom an outlet quoted, after the quotation: \"News 7 reported X as saying\", \"the newspaper quoted X as saying\"", `Outback

“The cause of death is a matter for the coroner,” News 7 reported Superintendent Jody Nobbs as saying.

“We will not back down,” the newspaper quoted union leader Tom Reed as saying.
`, `Jody Nobbs||Superintendent| (person, name) L3: The cause of death is a matter for the coroner,
Tom Reed||union leader| (person, name) L5: We will not back down,`},
		{"a printed interview's initials that name no one the text names: the initials, when the turn speaks for its speaker", `Q&A

The newspaper's investigation ran for six months.

BM: What was it like to confront the mayor?

SS: Well, I was not there for most of the interview. We did not want to overwhelm him.

BM: What happens now?

SS: I don't have a clue. We wondered for days what the repercussions might be.
`, `SS||| (person, name) L7: Well, I was not there for most of the interview. We did not want to overwhelm him.
SS||| (person, name) L11: I don't have a clue. We wondered for days what the repercussions might be.`},
		{"a retort: \"fired back\", \"shot back\"; a paragraph in doubled single marks among double ones; the one named with others", `Rates

Councillor Rick Coplestone said the rise "does not matter to most people."

‘‘It does to a significant number of people,’’ councillor Kelvin Squire and other councillors fired back.

"We will see," Mayor Neil Volzke shot back.
`, `Rick Coplestone||Councillor| (person, name, partial) L3: does not matter to most people.
Kelvin Squire||councillor| (person, name) L5: It does to a significant number of people,
Neil Volzke||Mayor| (person, name) L7: We will see,`},
		{"a transcript's co-host, as its host, is the programme's own voice", `TODAY SHOW NEWS PANEL
KARL STEFANOVIC, CO-HOST: Joining us is Minister for Sport Anika Wells. Nice to see you.
ANIKA WELLS, MINISTER FOR SPORT: No, it's not, and I think it was an unnecessary personal attack.
KARL STEFANOVIC, CO-HOST: Let us move on to the polls.
ANIKA WELLS, MINISTER FOR SPORT: I do not know.
`, `Anika Wells||Minister for Sport| (person, name) L3: No, it's not, and I think it was an unnecessary personal attack.
Anika Wells||Minister for Sport| (person, name) L5: I do not know.`},
		{"a press conference's transcript: a heading names the speaker over a label of what follows; a label that names a remark is no one; a name right over a quotation is not taken for its speaker", `Monday Press Conference Transcript

Athletic Director Greg Byrne

Opening Statement:

"I wanted to update you on Hank Hobson and Matt Scott. Typically, we do not comment on health."

On the decision to release the update:

"There has been a lot of attention on both of them this week."

Andrew Bardsley

"You told many lies in this court," the judge told the defendant.
`, `Greg Byrne||Athletic Director| (person, name) L7: I wanted to update you on Hank Hobson and Matt Scott. Typically, we do not comment on health.
Greg Byrne||Athletic Director| (person, continued) L11: There has been a lot of attention on both of them this week.
judge||| (unnamed, role) L15: You told many lies in this court,`},
		{"a greeting before a name names no one: a transcript's label is the guest introduced before it", `Cumming to America
TOBIN: We have a visit from a very special guest, Radiolab host Molly Webster!
MOLLY: It is great to be here.
KATHY: Hi Molly.
MOLLY: Thank you, I'm doing a shoulder dance.
`, `Molly Webster||Radiolab host| (person, name) L3: It is great to be here.
Molly Webster||Radiolab host| (person, name) L5: Thank you, I'm doing a shoulder dance.`},
		{"a name and title a page broke off after a preposition, over a blank line, before the body and the verb: one sentence", `Triple lock

The charity is today releasing its blueprint for older people.

Caroline Abrahams CBE, charity director at

Age UK, said: “We found a clear consensus among older people.”
`, `Caroline Abrahams||charity director|Age UK (person, name) L7: We found a clear consensus among older people.`},
		{"a quoted name, then what it is, then a quotation the sentence attributes: not one quotation in two parts", `Storm

Typhoon Rai, locally named “Odette,” is particularly strong, with the state weather agency warning of “very destructive typhoon-force winds.”
`, `state weather agency||| (organisation, role, partial) L3: very destructive typhoon-force winds.`},
		{"a body that is a person's speaks for itself: a party named by what it stands for, a government; not a party candidate named before", `Re-run

Turkey's opposition vowed to win, after the council nullified the victory of party candidate Ekrem Imamoglu.

The ruling Justice and Development Party (AKP) of President Recep Tayyip Erdogan alleged ballot "organized corruption" in the vote.

The government of President Nicolas Maduro said the vote was "a farce staged by foreign powers."
`, `Justice and Development Party||| (organisation, name, partial) L5: organized corruption
government of President Nicolas Maduro||| (organisation, name, partial) L7: a farce staged by foreign powers.`},
		{"a phrase whose sentence names its speaker after a comma, then goes on with a participle; not a participle after a place", `Gunmen

Several gunmen invaded the village, said Sulaiman Nguroje, the police spokesperson.

The police had “zero tolerance for criminal groups” in the state, he said, calling on local people to help.

The storm was “very destructive” on the coast, Manila, leaving thousands homeless.
`, `Sulaiman Nguroje||police spokesperson| (person, pronoun, partial) L5: zero tolerance for criminal groups`},
		{"a phrase whose sentence ends with who said it and when; or goes on after them with a relative clause", `Tribunal year

The past year was “very important” for the tribunal, John Smith said last week.

The trial was “a turning point” for the country, Mary Jones said on Monday, in which thousands took part.
`, `John Smith||| (person, name, partial) L3: very important
Mary Jones||| (person, name, partial) L5: a turning point`},
		{"a blogger's post quoted without marks after a colon, opening with a short exclamation", `Bolt does it again

Jamaican Usain Bolt sprinted to an even more impressive victory this past weekend.

Blogger Marcia Forbes unabashedly says:

Mi glad bag buss!

Congratulations are also due to all the Caribbean participants on a job well done.
`, `Marcia Forbes||Blogger| (person, name) L7: Mi glad bag buss!
Marcia Forbes||Blogger| (person, name, goes on from L7) L9: Congratulations are also due to all the Caribbean participants on a job well done.`},
		{"a body's chief is its Secretary-General or Director-General, named before", `UN Chief Renews Plea for Refugee Aid

United Nations Secretary-General Ban Ki-moon made an appeal Friday for support for refugees.

Visiting refugee camps in Jordan and Turkey, the U.N. chief expressed frustration over the lack of aid.

"I therefore call upon the international community to provide assistance," he said.
`, `Ban Ki-moon||United Nations Secretary-General| (person, pronoun) L7: I therefore call upon the international community to provide assistance,`},
		{"a headline's verb ends a name in its capitals, so no one is named 'Renews Plea'", `UN Chief Renews Plea for Refugee Aid

Visiting refugee camps in Jordan and Turkey, the U.N. chief expressed frustration over the lack of aid.

"I therefore call upon the international community to provide assistance," he said.
`, `U.N. chief||| (unnamed, pronoun) L5: I therefore call upon the international community to provide assistance,`},
		{"a paragraph that sets its quotation in doubled grave accents and apostrophes where the others use double marks", "Quake kills hundreds\n\nMa Liya told Xinhua the streets were like a \"battlefield.\"\n\n``The aftermath is much worse than after the last quake,'' Ma said. ``I have never felt such strong tremors before.''\n",
			`Ma Liya||| (person, name, partial) L3: battlefield.
Ma Liya||| (person, name) L5: The aftermath is much worse than after the last quake, I have never felt such strong tremors before.`},
		{"a description that opens a sentence after one opened by a person the text has not titled: that person, titled so; not a description inside the sentence", `Record straight

Len McCluskey is not a happy man. The Unite general secretary is on the warpath over my piece, describing it as "a distortion" in a letter.

Matt H had to view images which the judge described as ‘some of the most vicious that this court has ever come across’.
`, `Len McCluskey||Unite general secretary| (person, role, partial) L3: a distortion
judge||| (unnamed, role, partial) L5: some of the most vicious that this court has ever come across`},
		{"a quotation with no attribution after a paragraph whose last sentence opens with But she", `England win

On the other hand, England skipper Heather Knight sounded mighty pleased with her team’s effort. But she reflected on one area that the team needs to work on – batting.

“It was a nail-biter, a brilliant game in the end. We kept it very simple.”
`, `Heather Knight||England skipper| (person, nearby) L5: It was a nail-biter, a brilliant game in the end. We kept it very simple.`},
		{"the American: the person just heard, described by their country", `Champion

“It’s just so surreal right now,” said Justin Gatlin, the new champion.

The American then went on to discuss the booing he faced during the competition:

“It’s not about the crowd: I tuned it out through the rounds.”
`, `Justin Gatlin||new champion| (person, name) L3: It’s just so surreal right now,
Justin Gatlin||new champion| (person, role) L7: It’s not about the crowd: I tuned it out through the rounds.`},
		{"an opening statement on a page of quotes announced by what someone said; a participle that opens a sentence is no one", `What Dan Quinn said after win over Bucs

Here's what Falcons coach Dan Quinn said after the dramatic 34-32 win over the Buccaneers on Sunday:

Opening statement: "Today was a clear example of the fight of the team."

Having told a different reporter that he had “nothing to say to referees” when asked, he moved on.
`, `Dan Quinn||Falcons coach| (person, name) L5: Today was a clear example of the fight of the team.`},
		{"a page of quotes on topics, announced as someone's quotes: each is theirs, not the topic's", `He said it: Coach Vigneault on conference call

VANCOUVER — Random Quotes from Canuck coach Alain Vigneault from Wednesday's conference call:

On his goaltending after starting Cory Schneider: in the final three playoff games: “I think Cory's development from last year to this year, obviously he's improved.”

On his biggest regret: “Looking back, if there was one thing that I could have a do-over, it was in Daniel Sedin's case.”
`, `Alain Vigneault||Coach| (person, name) L5: I think Cory's development from last year to this year, obviously he's improved.
Alain Vigneault||Coach| (person, continued) L7: Looking back, if there was one thing that I could have a do-over, it was in Daniel Sedin's case.`},
		{"a headline's quotation whose speaker a plural noun at its end names, after a comma and say, when the story uses the word", `Government 'not doing enough' for nature, say charities

Charities including the RSPB, WWF and the RSPCA say the government isn't meeting its environmental targets.
`, `charities||| (unnamed, name, partial) L1: not doing enough`},
		{"a split quote whose first part lost its comma is one quote; a phrase without one is not joined", `Title match

Geno Auriemma coached UConn.

“It’s hard to say each year what could happen” Auriemma said. “This year was a perfect example.”

The NAACP national office “looks forward to a full and thorough investigation” Ann Lee said. “I'm thankful that none of the volunteers were hurt.”
`, `Geno Auriemma||| (person, name) L5: It’s hard to say each year what could happen This year was a perfect example.
Ann Lee||| (person, name, partial) L7: looks forward to a full and thorough investigation
Ann Lee||| (person, nearby) L7: I'm thankful that none of the volunteers were hurt.`},
		{"a participle after a quotation that closes with its comma goes with the sentence's subject, set off by phrases, not with whoever names the deed in a clause; a pronoun means no one heard after it", "Gallery strike\n\nOutgoing museum director Nicholas Penny approved the switch to private labor. Earlier this month, however, he performed what the Socialist Worker described as “a spectacular U-turn,” telling the Telegraph that “I would very much prefer to keep all the gallery assistants.”\n",
			`Socialist Worker||| (person, name, partial) L3: a spectacular U-turn,
Nicholas Penny||Outgoing museum director| (person, pronoun) L3: I would very much prefer to keep all the gallery assistants.`},
		{"a name of a town, and the town's state after a comma, before the verb", "Baptists\n\nPastor Mike Law of Arlington, Virginia, said at last year’s meeting that he introduced the amendment: “When an unbeliever looks for a church, we want them to find one that holds the Bible’s teachings.”\n",
			`Mike Law|Pastor||Arlington (person, name) L3: When an unbeliever looks for a church, we want them to find one that holds the Bible’s teachings.`},
		{"a headline that ends by saying who said its quotation: that one, not a name in its clause", "Blades play 'one of the worst games of the year' against Tigers, coach says\n\nThe Blades lost 3-1 to the Medicine Hat Tigers Friday night.\n\n“Hopefully some guys will wake up … because we have to be better,” said Blades head coach Bob Woods.\n",
			`Bob Woods||Blades head coach| (person, role, partial) L1: one of the worst games of the year
Bob Woods||Blades head coach| (person, name) L5: Hopefully some guys will wake up … because we have to be better,`},
		{"a mum, a mom and a dad are people the text describes, of their sex", "Befriending\n\nA WORRIED mum this week claimed two men came to her home.\n\nThe mum, who doesn’t want to be identified, said the incident has left her scared.\n\n“One of the men knocked on the door while another man sat in an old white van,” she added.\n",
			`mum||| (unnamed, pronoun) L7: One of the men knocked on the door while another man sat in an old white van,`},
		{"a clause about the person that ends with a town, then its country, before the verb; a phrase that opens the sentence with a town does not", "Brexit\n\nThe paper is getting a mixed reception. While lauding the aspiration as “absolutely correct,” John Womersley, who directs the European Spallation Source in Lund, Sweden, said in a statement that “the paper is so lacking implementation details that it will disappoint.”\n\nMark Rosenker chairs the board. Referring to the crash into a building in Manhattan, Rosenker said, \"We didn't let the high profile nature of the accident obscure the facts.\"\n",
			`John Womersley||| (person, name, partial) L3: absolutely correct,
John Womersley||| (person, name, partial) L3: the paper is so lacking implementation details that it will disappoint.
Mark Rosenker||| (person, name) L5: We didn't let the high profile nature of the accident obscure the facts.`},
		{"a judge finding that, in the last of a sentence's clauses; one clause, not only this but that", "Judd\n\nU.S. District Judge Philip Gutierrez dismissed the claim.\n\nJudd amended her complaint, and Gutierrez again dismissed the sexual harassment claim finding that the bill \"modified rather than clarified\" the scope of the law.\n\n“The forecast was right,” Josh Earnest said. He went on to praise not only the forecasters, but the larger research community, whose work helped, noting that “advancements made by government scientists are saving lives.”\n",
			`Philip Gutierrez||U.S. District Judge| (person, name, partial) L5: modified rather than clarified
Josh Earnest||| (person, name) L7: The forecast was right,
Josh Earnest||| (person, pronoun, partial) L7: advancements made by government scientists are saving lives.`},
		{"a paragraph that is only a quotation, said by no one, is the speaker's who says the words later", "Nightlife bosses hit back\n\n“The lack of financial support, the industry has been put in this position because of them\"\n\nLeading UK nightlife figures have criticised the government.\n\n“My first feeling is just anger,” Michael Kill said. “The lack of financial support, the industry has been put in this position because of them and no-one else.”\n",
			`Michael Kill||| (person, name) L3: The lack of financial support, the industry has been put in this position because of them
Michael Kill||| (person, name) L7: My first feeling is just anger, The lack of financial support, the industry has been put in this position because of them and no-one else.`},
		{"a role and an office in capitals joined before the name after the verb", "Blades\n\nThe Blades lost 3-1 to the Medicine Hat Tigers Friday night.\n\n“Hopefully some guys will wake up … because we have to be better,” said Blades head coach and GM Bob Woods.\n",
			`Bob Woods||GM| (person, name) L5: Hopefully some guys will wake up … because we have to be better,`},
		{"the day after a name is no part of it", "Bolsonaro\n\n\"Who will attend the inauguration? I will not,\" said Jair Bolsonaro Wednesday.\n",
			`Jair Bolsonaro||| (person, name) L3: Who will attend the inauguration? I will not,`},
		{"a spokesman for a person is not the person; a spokesman for a body, then named, is the one named", "Bishops\n\nThe bishops sued.\n\nLikewise, a spokesman for Pittsburgh’s Bishop Robert Duncan told the Reuters news agency that \"We are all praying for a peaceful resolution to this.”\n\nA spokesman for Bishop Robert Duncan said \"We are all praying.\"\n\nA spokesman for the United Nations Children's Fund, James Elder, says \"The rainy season is still very much commencing.\"\n",
			`spokesman for Robert Duncan||spokesman|Robert Duncan (unnamed, name) L5: We are all praying for a peaceful resolution to this.
spokesman for Robert Duncan||spokesman|Robert Duncan (unnamed, name) L7: We are all praying.
James Elder||spokesman for the United Nations Children's Fund| (person, name) L9: The rainy season is still very much commencing.`},
		{"a title, then an honorific after the, then the name", "Church sues\n\n'We will not allow white supremacist violence to go unchecked,' said Metropolitan AME pastor the Rev. William H. Lamar IV.\n",
			`William H. Lamar IV|Rev.|| (person, name) L3: We will not allow white supremacist violence to go unchecked,`},
		{"a space lost after a full stop inside a quotation is no lost paragraph break", "Baykal\n\nUnderlining that the government is ignoring the unemployed, Deniz Baykal said, \"The ruling party is not taking any step to stop it.The economy is shrinking. What is the duty of the government?\"\n",
			`Deniz Baykal||| (person, name) L3: The ruling party is not taking any step to stop it.The economy is shrinking. What is the duty of the government?`},
		{"a quote the speaker began with, and a split quote around it", "Maccabi\n\nHoward dropped 28 points.\n\n“There are some games where we missed a lot of shots. That can happen,” Maccabi Tel Aviv head coach Oded Katash began. “The thing is that we really played the score.”\n\nThe season began with a win.\n",
			`Oded Katash||Maccabi Tel Aviv head coach| (person, name) L5: There are some games where we missed a lot of shots. That can happen, The thing is that we really played the score.`},
		{"whom advice was for is not who gave it; a clause after a semicolon attributes nothing before it", "Chief rabbi to Shas minister\n\nSephardic religious leader Yosef admits this would be illegal, advises new Health and Interior Minister Moshe Arbel to ‘do it in a smart way’; Liberman calls for rabbi to be sacked\n\nSephardic Chief Rabbi Yitzhak Yosef on Saturday called on Moshe Arbel to fund towns.\n",
			`Yitzhak Yosef|Chief Rabbi|Sephardic religious leader| (person, name, partial) L3: do it in a smart way`},
		{"whom someone spoke to is no part of the title; what the person serves is", "Shooter\n\n“It must be a madman,” said Erik Kummu, police spokesperson of the county police to local radio station P4 Norrbotten.\n\n“It is calm now,” said Jo Lee, adviser to the president.\n",
			`Erik Kummu||police spokesperson of the county police| (person, name) L3: It must be a madman,
Jo Lee||adviser to the president| (person, name) L5: It is calm now,`},
		{"what someone is by what happened to them is not a new description of the official just heard", "Shooter\n\n“It must be a madman,” said Erik Kummu, police spokesperson of the county police.\n\nWhen they opened, he said he was from the post office.\n\n“I thought it was a Halloween prank,” the homeowner told TV4.\n",
			`Erik Kummu||police spokesperson of the county police| (person, name) L3: It must be a madman,
homeowner||| (unnamed, role) L7: I thought it was a Halloween prank,`},
		{"a verb of speech in the passive: its agent after the quotation speaks, its subject does not; the quote called what someone said after it", "Belarus\n\nBelarus President Alexander Lukashenko has been referred to as \"the last dictator in Europe,\" by Washington and has led the government for 14 years.\n\nManchester City were denied three points, and Pep Guardiola has “nothing to say to Spanish referees”.\n\n“He played really good” was the revelation from Guardiola, who looked like a man who would rather grunt.\n",
			`Washington||| (organisation, name, partial) L3: the last dictator in Europe,
Pep Guardiola||| (person, name) L7: He played really good`},
		{"people a name only says where or whose they are: a group, not the name", "Rally\n\nHarvard pro-Palestine organizers slammed the University’s “repression” of student activism during a rally.\n\nMemphis parents are suing the district over a school closing, claiming that students will receive an “inferior and unequal” education.\n",
			`Harvard pro-Palestine organizers||| (unnamed, name, partial) L3: repression
Memphis parents||| (unnamed, name, partial) L5: inferior and unequal`},
		{"a body's initials may keep the O of its of", "Charges\n\nThe Department of Justice charged three men on Monday.\n\n“These defendants preyed on the elderly,” the DOJ said in a statement.\n",
			`Department of Justice||| (organisation, name) L5: These defendants preyed on the elderly,`},
		{"a colon after a sentence of two clauses announces the quote of the last clause's subject", "Theatre\n\nJulian Bird runs the Society of London Theatre. Boris Johnson had stressed that the advice was clear.\n\nBird “had an inkling” there was some form of an announcement in the offing, but the prime minister’s statement still came as a shock: “You should avoid pubs, clubs, theatres and other such social venues” – 11 words that turned the industry upside down.\n",
			`Boris Johnson||prime minister| (person, role) L5: You should avoid pubs, clubs, theatres and other such social venues`},
		{"an account is a document that speaks for whoever wrote it; an account of events is no one's", "Arrest\n\nUCPD officers were responding to a complaint by a Regenstein clerk.\n\n“The policeman put the young man in a choke hold. The young man did not resist,” according to an account written by first-year Ariel McCleese and signed by more than 10 other students.\n\nJohn Bolton gave a different account of events, also speaking via Twitter: \"I offered to resign last night.\"\n",
			`Ariel McCleese||| (person, name) L5: The policeman put the young man in a choke hold. The young man did not resist,
John Bolton||| (person, role) L7: I offered to resign last night.`},
		{"said to and a verb after a quote is said, not said of", "Council\n\n\"The Council is not going to talk, we're going to listen,\" Councillor Mike Sullivan said to open the meeting.\n\nThe Council is said to be divided.\n",
			`Mike Sullivan||Councillor| (person, name) L3: The Council is not going to talk, we're going to listen,`},
		{"a hyphenated name in capitals opens no dateline; a document is issued by the sentence's subject when the one named nearest is an object", "Hollywood Docket\n\nSAG-AFTRA is putting its weight behind actress Ashley Judd in her legal battle with Harvey Weinstein in a filing that argues the ruling would leave \"countless\" members without recourse.\n\n\"The opinion opens a giant rift in sexual harassment law,\" states the filing.\n",
			`SAG-AFTRA||| (organisation, role, partial) L3: countless
SAG-AFTRA||| (organisation, role) L5: The opinion opens a giant rift in sexual harassment law,`},
		{"a pull quote signed with the title first in lower case, with a dash set against it, or with no dash at all", "Season\n\n“It was one of the best feelings and all I could think about was WE DID IT!” -senior Oumoul Thiam (Photo from snuathletics.com)\n\nThe team won the title.\n\n“All I could think about was the next game.” — head coach Derek Dorris\n\n'It would take a painful economic event for mortgage rates to fall significantly.' Orphe Divounguy, senior economist at Zillow\n",
			`Oumoul Thiam||senior| (person, name) L3: It was one of the best feelings and all I could think about was WE DID IT!
Derek Dorris||head coach| (person, name) L7: All I could think about was the next game.
Orphe Divounguy||senior economist|Zillow (person, name) L9: It would take a painful economic event for mortgage rates to fall significantly.`},
		{"an office over a part of a body in lower case, then who holds it, in a frame", "Logitech\n\nAs VP of corporate communications Nancy Morrison explains, Logitech \"has not been asked by Google to suspend production,\" and the firm is happy.\n",
			`Nancy Morrison||| (person, name, partial) L3: has not been asked by Google to suspend production,`},
		{"a description of the speaker with what the person is doing and where; a department is no person whose title is Justice", "Ad tech trial\n\nA Google executive sought to refute the US Justice Department’s antitrust case.\n\nBut the federal judge overseeing the trial in Virginia called the testimony “highly questionable” on Friday.\n\nUS District Judge Leonie Brinkema chastised the company’s lawyers.\n",
			`Leonie Brinkema||US District Judge| (person, role, partial) L5: highly questionable`},
		{"two titles joined before the name after the verb: the name speaks (the title keeps only the second)", "Festivals\n\n“It’s an unfortunate climate that we all compete for these films,” admits Tribeca programmer and managing director Nancy Schafer.\n",
			`Nancy Schafer||managing director| (person, name) L3: It’s an unfortunate climate that we all compete for these films,`},
		{"a pronoun means the speaker first heard before it, though heard again after", "Oceanographer dies\n\n\"Walter was the most brilliant scientist I have ever known,\" said the chancellor, Pradeep Khosla. Khosla talked of Munk's \"countless discoveries.\" Scripps director Margaret Leinen said \"Munk has been a world treasure.\" She described him as \"a guiding force in science\" who was \"one of the most distinguished scientists in the world\" and \"always interested in what's coming next.\"\n",
			`Pradeep Khosla||chancellor| (person, name) L3: Walter was the most brilliant scientist I have ever known,
Pradeep Khosla||chancellor| (person, name, partial) L3: countless discoveries.
Margaret Leinen||Scripps director| (person, name) L3: Munk has been a world treasure.
Margaret Leinen||Scripps director| (person, pronoun, partial) L3: a guiding force in science
Margaret Leinen||Scripps director| (person, pronoun, partial) L3: one of the most distinguished scientists in the world
Margaret Leinen||Scripps director| (person, pronoun, partial) L3: always interested in what's coming next.`},
		{"an illness in capitals is no body that the group could be; the statement goes on in the words of whoever was quoted last", `Tour canceled

The group released a statement about the COVID pandemic.

"We are canceling our run," the group wrote.

The statement reminded fans of refunds.

"We ask that our fans stay safe," the statement continued.
`, `group||| (organisation, role) L5: We are canceling our run,
group||| (organisation, role) L9: We ask that our fans stay safe,`},
		{"a participle and its agent open the sentence: the subject after them speaks", "Bookseller\n\nIn an interview, Barnes & Noble CEO James Daunt responded to questions.\n\nIntroduced by BISG chair Andrew Savikas, Daunt opened the exchange with the closures, calling the shutdown a “traumatic, a body blow.” Nevertheless, he said the chain was forced to “pivot” and focused its efforts.\n",
			`James Daunt||Barnes & Noble CEO| (person, name, partial) L5: traumatic, a body blow.
James Daunt||Barnes & Noble CEO| (person, pronoun, partial) L5: pivot`},
		{"a split quote whose first part ends its sentence, around an attribution that is a sentence of its own, is one quote", `Title match

Oumoul Thiam was named to the first team.

“It was one of the best feelings and all I could think about was WE DID IT!” Thiam said. “I felt accomplished.”
`, `Oumoul Thiam||| (person, name) L5: It was one of the best feelings and all I could think about was WE DID IT! I felt accomplished.`},
		{"a public body just named, by the noun of another; a plan's name of a word and a year is no quote", `Masterplan

Kent County Council’s ruling administration has set out how it intends to fulfil its objectives in "Towards 2010", a masterplan setting out 63 targets.

The authority says the strategy is "the most radical ever set by a council".
`, `Kent County Council||| (organisation, role, partial) L5: the most radical ever set by a council`},
		{"one of the men, one of the women", "Judge in contempt warning\n\nThree men were escorted back in. One of the men nodded and said: \"I understand\".\n\nOne of the women said: \"I understand what you mean\".\n", `one of the men||| (unnamed, name) L3: I understand
one of the women||| (unnamed, name) L5: I understand what you mean`},
		{"a paragraph without marks in the first person after a quote goes on with its speaker", "Trolleys\n\nDr. Laura Durcan fears things will get worse.\n\n\"There is a strong feeling that the wheels are coming off,\" she said.\n\nI hope that things may start to improve but I would worry in the short-term.\n", `Laura Durcan|Dr.|| (person, pronoun) L5: There is a strong feeling that the wheels are coming off,
Laura Durcan|Dr.|| (person, continued, goes on from L5) L7: I hope that things may start to improve but I would worry in the short-term.`},
		{"but not where the writer speaks in the first person elsewhere", "At the camp\n\nI went to the camp last week.\n\n\"We have nothing,\" said Ann Lee.\n\nI asked her what she needed most.\n", `Ann Lee||| (person, name) L5: We have nothing,`},
		{"a quotation with no attribution after a paragraph that opens with her", `Nurses

Auckland nurse Rangi Blackmoore-Tufi was the first to stand and walk to the back of the room.

The reality was that patients were suffering delayed care every day, she said.

Her impromptu protest was intended as a clear message to the government.

"I feel like you're not listening to everything we have been saying."
`, `Rangi Blackmoore-Tufi||Auckland nurse| (person, nearby) L9: I feel like you're not listening to everything we have been saying.`},
		{"a surname alone after a body and a role in small letters; a position in a team is a role", `York City lose

Not being sharp enough was, according to York City manager Steve Watson, the reason his team lost.

“We did a lot right today,” commented former Sheffield Wednesday full-back Watson at full-time.
`, `Steve Watson||York City manager| (person, name) L5: We did a lot right today,`},
		{"someone, a crowd and people who open a sentence speak as unnamed speakers; chanted and yelled are verbs of speech", `Verdict

Cheers erupted in the courthouse as the verdict was announced, and someone yelled “Thank you, Jesus.”

In the hallway outside the courtroom, a crowd celebrated and chanted “black lives matter,” and the crowd broke into cheers.

Protesters chanted “no justice, no peace” outside.
`, `someone||| (unnamed, name) L3: Thank you, Jesus.
crowd||| (unnamed, name, partial) L5: black lives matter,
protesters||| (unnamed, name, partial) L7: no justice, no peace`},
		{"a place's possessive and a role, the one who holds it, named next; a person's possessive and a role is not that person; to and a verb of speech after what the subject did", `Outgoing mayor says city facing multiple challenges

Bristol's outgoing mayor has used his last cabinet meeting to urge his successors to show "serious leadership" in order to tackle the challenges.

Labour mayor of Bristol, Marvin Rees, conveyed urgency to whoever takes control.

Donald Trump faces a trial. Trump's lawyer said "we will appeal."
`, `Marvin Rees||Labour mayor of Bristol| (person, role, partial) L3: serious leadership
Trump's lawyer||| (unnamed, role, partial) L7: we will appeal.`},
		{"the subject of a clause after an opening phrase of a participle, for a verb after and", `Outgoing mayor

Labour mayor of Bristol, Marvin Rees, conveyed urgency to whoever takes control.

Chairing the council's public meeting at City Hall, he outlined the key issues facing future leaders, and added "I wish you all the best."
`, `Marvin Rees||Labour mayor of Bristol| (person, pronoun) L5: I wish you all the best.`},
		{"a description with a that the text names next by a title holding its noun; the judge is Mr Justice; a description of another body is someone else", `Judge seeks response

Armed burglars must be met with “an iron fist”, a High Court judge has declared.

Mr Justice McLaughlin set out his approach after hearing the case.

The judge said: “Society falls apart and people get away with it.”

Wiranto suffered "two deep wounds" in the attack according to a hospital spokesperson.

Dedi Prasetyo, a spokesperson for the Indonesian National Police, confirmed that two suspects were arrested.
`, `McLaughlin||Mr Justice| (person, role, partial) L3: an iron fist
McLaughlin||Mr Justice| (person, role) L7: Society falls apart and people get away with it.
hospital spokesperson||| (unnamed, name, partial) L9: two deep wounds`},
		{"Cllr is a councillor's honorific; a role and where it is after a name; a plan's to", `Merseyside

MERSEYSIDE council leaders have condemned former Liverpool leader Mike Storey's plan to “consign them to oblivion”.

His views were echoed by Cllr Peter Dowd, Labour leader from Sefton, who added: “One of the strengths of the region is its diversity.”

Cllr Storey said: “We are in a downturn.”
`, `Mike Storey|Cllr|Liverpool leader| (person, name, partial) L3: consign them to oblivion
Peter Dowd|Cllr|Labour leader|Sefton (person, name) L5: One of the strengths of the region is its diversity.
Mike Storey|Cllr|Liverpool leader| (person, name) L7: We are in a downturn.`},
		{"a body named by its initials and in full, neither in brackets after the other, is one body, by its full name", `Tesla removed

The NTSB says Tesla is oversharing.

Tesla has been removed from the National Transportation Safety Board’s investigation. The NTSB says Tesla had released “investigative information before it was vetted.”
`, `National Transportation Safety Board||| (organisation, name, partial) L5: investigative information before it was vetted.`},
		{"someone described, not named, who gives their name in the quotation", `First week

Joanna Gould said that both her children are excited about their teachers. Her daughter told KALW:

“I’m Lucy - this first week's been going very well. And, like, some of the kids in my class are really nice.”
`, `Lucy||| (person, role) L5: I’m Lucy - this first week's been going very well. And, like, some of the kids in my class are really nice.`},
		{"whose words a quotation is, said by a possessive or by before that or a call's to, the words going on between; in the headline too", `NFL owners back players after Trump's call to 'fire' protesters

In response to a request by Donald Trump to have NFL players "fired" for protesting, teams condemned the remarks.

Owners rejected Trump's repeated call to "fire the protesters" at once.

Frieden pushed back at Schieffer’s claims that health authorities are treating the case “as if they were dealing with top secret information,” and moved on.
`, `Donald Trump||| (person, name, partial) L1: fire
Donald Trump||| (person, name, partial) L3: fired
Donald Trump||| (person, name, partial) L5: fire the protesters
Schieffer||| (organisation, name, partial) L7: as if they were dealing with top secret information,`},
		{"a person named after a body's possessive, by a first name of either sex", `Football

Callum Wilson's injury 'doesn't look good,' says Bournemouth's Eddie Howe

Bournemouth boss Eddie Howe admitted things did not look good.
`, `Eddie Howe||Bournemouth boss|Bournemouth (person, name, partial) L3: doesn't look good,`},
		{"two people named as the subject after a quote: the second speaks; a speaker known by a possessive is named without it", `Owners react

Executives condemned the president's remarks in statements.

"Comments like we heard are divisive and have no place here."

"We are proud of our players," Giants owners John Mara and Steve Tisch said in a joint message issued Saturday.

"We are proud," John Smith and Ann Lee said.
`, `president||| (unnamed, nearby) L5: Comments like we heard are divisive and have no place here.
Steve Tisch||| (person, name) L7: We are proud of our players,
Ann Lee||| (person, name) L9: We are proud,`},
		{"an attribution that calls the quote someone's response or reply", `Chelsea beaten

Chelsea manager Emma Hayes spoke after the game.

"I've got a 20-minute drive home," was Hayes' response when asked if there were any positives.

"We go again," came Ann Smith’s reply.
`, `Emma Hayes||Chelsea manager| (person, name) L5: I've got a 20-minute drive home,
Ann Smith||| (person, name) L7: We go again,`},
		{"a verb that reports speech with the word after it: pointed out, believes that", `Earnings

Dirk van Dijk, director of research at Zacks Investment Research, spoke to CNBC.

The research director pointed out that each quarter had "far more positive surprises than disappointments," beating views.

He believes that "companies have discovered it's better to under-promise."
`, `Dirk van Dijk||director of research|Zacks Investment Research (person, role, partial) L5: far more positive surprises than disappointments,
Dirk van Dijk||director of research|Zacks Investment Research (person, pronoun, partial) L7: companies have discovered it's better to under-promise.`},
		{"a given name that ends as adverbs do is a name; of a possessive and the names after a word for kin, the names speak", `Tributes

Jane Tweddle’s three girls, Isabelle, Harriet and Lily said in a statement: “You always knew how to brighten someone’s day.”

“She was our rock,” Kimberly said.
`, `Lily||| (person, name) L3: You always knew how to brighten someone’s day.
Kimberly||| (person, name) L5: She was our rock,`},
		{"a sentence a caption cuts in two goes on, over a caption in capitals when the next paragraph starts in small letters; a relative of the person named is someone else, the one of the surname the text names next", `Tributes

The husband of nurse Alison Howe, 44, from Royton, Oldham, told how his family

VICTIM Olivia Campbell-Hardy

had been “destroyed” by her death. Stephen Howe revealed he had asked her to marry him after

ADORED Jane Tweddle, third from left. Inset, Alison Howe

an accident: “Alison took me to hospital.”

The brother of teacher Ann Lee said she had been “the heart of the school”.
`, `Stephen Howe||| (person, role, partial) L7: destroyed
Stephen Howe||| (person, pronoun) L11: Alison took me to hospital.
brother of teacher Ann Lee||| (unnamed, name, partial) L13: the heart of the school`},
		{"a page flattened to one line, a full stop alone where each block ended (not a spaced ellipsis); a subject joined by but; a colon after explains why", `Bloggers react

Blogs are reacting to the speech. Hoo Boy. . Syrian Khaldoun Jarbou too wasn't impressed but writes: . I don’t see anything new in the speech, and I have kept up with his campaign. . Writing at her blog, Esra Ahmed explains why she did not tune into the speech: . As an Arab and a Muslim, there was nothing much I can benefit from what he has to say. . Ann Lee said she was “going into the Dáil . . . I am happy to leave it at that.”
`, `Khaldoun Jarbou||| (person, name) L3: I don’t see anything new in the speech, and I have kept up with his campaign.
Esra Ahmed||| (person, name) L3: As an Arab and a Muslim, there was nothing much I can benefit from what he has to say.
Ann Lee||| (person, name, partial) L3: going into the Dáil . . . I am happy to leave it at that.`},
		{"a page flattened to one line: a paragraph that ended in a colon or a question lost its break to a full stop", `Bloggers react

Blogs are reacting to the speech. . Syrian Khaldoun Jarbou writes:. I don’t see anything new in the speech. Why would I?. I have kept up with his campaign. . Esra Ahmed explains why she did not tune in:. As an Arab and a Muslim, there was nothing much I can benefit from what he has to say.
`, `Khaldoun Jarbou||| (person, name) L3: I don’t see anything new in the speech. Why would I?
Khaldoun Jarbou||| (person, name, goes on from L3) L3: I have kept up with his campaign.
Esra Ahmed||| (person, name) L3: As an Arab and a Muslim, there was nothing much I can benefit from what he has to say.`},
		{"the phrases of a sentence whose end names its speaker; interrupted is a speech verb", `Hard winter

Louisville's COVID-19 cases are once again showing a "steep incline," and with flu cases up, it looks like it will be "a very hard winter ahead," Louisville Chief Health Strategist Dr. Sarah Moyer said Tuesday.

"Just hanging out," Williams said happily.

"You can no longer hang out, I have more work for you," spacecraft communicator Stephen Bowen interrupted.
`, `Sarah Moyer|Dr.|Louisville Chief Health Strategist| (person, name, partial) L3: steep incline,
Sarah Moyer|Dr.|Louisville Chief Health Strategist| (person, name, partial) L3: a very hard winter ahead,
Williams||| (person, name) L5: Just hanging out,
Stephen Bowen||spacecraft communicator| (person, name) L7: You can no longer hang out, I have more work for you,`},
		{"an added task is no one speaking; he is the one person the paragraph before last opened with", `Dry

Wedderburn farmer Cameron Turnbull is one of many across the Loddon Shire who has had to haul in water to keep his flock alive.

The 40-kilometre weekly round-trip is another added task that takes its toll on the 45-year-old father of two.

“It’s just been a shit of a year,” he said.
`, `Cameron Turnbull||Wedderburn farmer| (person, pronoun) L7: It’s just been a shit of a year,`},
		{"a description long after the person was named gives them no title", `Plan

Ann Lee said the plan was “bold and necessary for all of us”.

The plan goes to a vote.

Voters will decide in May.

The minister said it was “a good plan for the whole country”.
`, `Ann Lee||| (person, name, partial) L3: bold and necessary for all of us
Ann Lee||| (person, role, partial) L9: a good plan for the whole country`},
		{"a transcript's turn whose label the page lost, its speaker naming themselves", `Whale expedition video transcript

NARRATOR:
The Antarctic expedition left Wellington this week.

NARRATOR:
It will spend six weeks at sea.

I’m Nick Gales. I head up the Australian Marine Mammal Centre, which is part of the science branch.

NARRATOR:
The ship is the Tangaroa.
`, `Nick Gales||| (person, name) L9: I’m Nick Gales. I head up the Australian Marine Mammal Centre, which is part of the science branch.`},
		{"an office of a field set off before the name that holds it; a hyphenated office of a body before a name", `EU aid

“We stand ready to provide further assistance,” said Commissioner for Humanitarian Aid and Crisis Management, Janez Lenarčič.

Executive Vice-President of the European Commission Frans Timmermans said: “The European Green Deal is our new growth strategy.”
`, `Janez Lenarčič||Commissioner for Humanitarian Aid and Crisis Management| (person, name) L3: We stand ready to provide further assistance,
Frans Timmermans||Executive Vice-President of the European Commission| (person, name) L5: The European Green Deal is our new growth strategy.`},
		{"people described by where they are from are no one named", `Rights report

Cambodian government officials declined to comment on the report, saying it was “not worth reading at all”.
`, `Cambodian government officials||| (unnamed, name, partial) L3: not worth reading at all`},
		{"the dateline's place is no speaker; an adverb opening a sentence is no name", `Senators debunk claim

MANILA, Philippines — Several senators debunked the claim of President Rodrigo Duterte that Senate investigations lead to “nothing,” with one saying the Chief Executive should focus on the “shortcomings” of his administration.

The finding is likely to be controversial. Already, Smithsonian Magazine noted, the question of when humans arrived is "a flashpoint among archaeologists."
`, `Smithsonian Magazine||| (organisation, name, partial) L5: a flashpoint among archaeologists.`},
		{"a body a describing noun introduces keeps its name though the name is also a given name, and the story's opening body is what a far \"it\" and \"the brand\" mean", `Fashion results

French fashion group Celine, maker of the leather bags, said on Tuesday that sales rose by a tenth in the year.

Shares in the company fell in early trading.

Analysts had expected a smaller gain, the fourth in a row.

"Orders from Asia were steady all year," it said.

In its outlook, Celine said it expected "another year of growth".

The old French brand said demand in America was "very strong".
`, `Celine||| (organisation, pronoun) L9: Orders from Asia were steady all year,
Celine||| (organisation, name, partial) L11: another year of growth
Celine||| (organisation, role, partial) L13: very strong`},
		{"a person the story names by one name after a phrase of when, and again before an aside, is the pronoun's", `Couriers organise

Faced With Risk And Low Pay, Couriers Are Organising Across Borders.

This past July, Okoro was halfway through a late delivery when he was hit by a car.

Okoro, in his 30s, speaks softly and rides only in daylight. "I was lucky," he told the paper. "Others were not."
`, `Okoro||| (person, pronoun) L7: I was lucky, Others were not.`},
		{"a block quotation after \"told\" someone described at length, in the words of one speaking to them, or after an aside on how it was said, is the teller's", `School row

In the latest twist, Ravi Persad, the head of the parents' council, had sharp words for some of the people speaking out against the plan.

He told Anna Cole, the district's schools superintendent who backed the change after months of review:

Superintendent, do your own homework before you lecture our families.

Blogger Tom Reyes wrote, tongue firmly in cheek:

Because nothing says reform like a longer bus ride.
`, `Ravi Persad||head of the parents' council| (person, pronoun) L7: Superintendent, do your own homework before you lecture our families.
Tom Reyes||Blogger| (person, name) L11: Because nothing says reform like a longer bus ride.`},
		{"what kind of body a person's affiliation is, said between \"of the\" and its name, leaves the person the speaker", `Climate march

Rob Callander of the campaign group Faith for Climate said at the march that "the excuses are running out."
`, `Rob Callander|||Faith for Climate (person, name, partial) L3: the excuses are running out.`},
		{"an office \"for the\" a region, then the name; whom a paper quoted as saying, and not a person in what was said, is \"he\"; the body's head by its initials", `Minister condemns attack

Minister for the Pacific Jane Ord has condemned the "senseless" attack on the mission.

The Gazette quoted Home Affairs Minister Tom Ruda as saying his office wrote to the party led by Rui Pires asking for names. He said the claims are “plain lies.”

Dr. Rosa Lind, WHO's director general, spoke in Geneva. Health minister Paulo Sa said he would help. The WHO chief said the plan would mark "a turning point" in the response.
`, `Jane Ord||Minister for the Pacific| (person, name, partial) L3: senseless
Tom Ruda||Home Affairs Minister| (person, pronoun, partial) L5: plain lies.
Rosa Lind|Dr.|WHO's director general| (person, role, partial) L7: a turning point`},
		{"a programme's name in marks after \"told\" or \"on\" is no quotation, and stands between the parts of one; a word set off by two single marks and a double one is quoted; the people a \"which\" clause names speak", `Court verdict

Court spokesman Sam Noy told “Morning Line” on Monday that the ruling can be appealed.

“We need more money,” said Ida Kern, the court's finance director, as a guest on “Morning Line.” “We know it is a lot.”

The union on Tuesday accused Mayor Lo Ban of ‘’stalling” on the talks.

In the port town of Hale, which some residents are describing as a “ghost town”, shops stayed shut.
`, `Ida Kern||court's finance director| (person, name) L5: We need more money, We know it is a lot.
union||| (organisation, role, partial) L7: stalling
residents||| (unnamed, name, partial) L9: ghost town`},
		{"a place's opposition is a body of the place, not the place, whenever it spoke", `Poll row

Malawi's opposition said Monday that "massive" fraud had marred the vote.

Zambia’s main opposition on Friday dismissed as a ”whitewash” the electoral commission's report.
`, `Malawi's opposition||| (organisation, name, partial) L3: massive
Zambia’s main opposition||| (organisation, name, partial) L5: whitewash`},
		{"a name known before, owning the body in a description of the sentence's subject, is not the subject: the name after the description is, and \"he\" is theirs", `Poll row

"The result is illegitimate," said Ken Obi, spokesman for opposition leader Paul Ade.

Meanwhile, the chairman of Ade’s All Kenya Peoples Party (AKPP), Tunde Bako, went further, denouncing the electoral commission.

"The commission should cancel every result," he told journalists.
`, `Ken Obi||spokesman for opposition leader Paul Ade| (person, name) L3: The result is illegitimate,
Tunde Bako||chairman of Ade’s All Kenya Peoples Party| (person, pronoun) L7: The commission should cancel every result,`},
		{"one who \"lashed\" something as words in marks said them", `Vote row

Opposition leader Ruth Moyo on Friday lashed the results of the election as "fraudulent" and "illegitimate" but said she would go to court.
`, `Ruth Moyo||Opposition leader| (person, name, partial) L3: fraudulent
Ruth Moyo||Opposition leader| (person, name, partial) L3: illegitimate`},
		{"a headline's \"chief\" after its quotation is the leader the story names", `Malawi vote ‘rigged, void’: opposition chief

Malawi's opposition leader Ruth Moyo said on Friday that the count was flawed and that she would go to court.
`, `Ruth Moyo||Malawi opposition leader| (person, role, partial) L1: rigged, void`},
		{"a phrase a passive verb calls someone by, with its agent after it, is the agent's", `Crash site

Tributes hang on a tree for rider Mark Dunn, who died at the bend in 2014.

The 38-year-old, described at the time as a “true gentleman” by one mate, lost control on the wet road.
`, `mate||| (unnamed, name, partial) L5: true gentleman`},
		{"\"the official\" is the one the text described so and heard, though a person was heard since", `Talks near end

Truce talks are "in the final stage," according to a senior European official.

President Ana Lima said in May that the plan "still stands."

"There is still work to do this week," the official told reporters.
`, `senior European official||| (unnamed, name, partial) L3: in the final stage,
Ana Lima||President| (person, name, partial) L5: still stands.
senior European official||| (unnamed, role) L7: There is still work to do this week,`},
		{"a counterpart holds the office of the one they meet, of their own nation; \"the Peruvian minister\" is not the Chilean one; \", said X, adding\" is X's", `Ministers meet

Chilean Foreign Minister Rosa Vial met her Peruvian counterpart Jorge Paz on Monday in Lima.

The two ministers spoke to the press after the talks.

Chile wants calm on the border, said Vial, adding "Bolivia also backs this process."

"Peru has chosen peace in our region," the Peruvian minister said.
`, `Rosa Vial||Chilean Foreign Minister| (person, name) L7: Bolivia also backs this process.
Jorge Paz||Peruvian Foreign Minister| (person, role) L9: Peru has chosen peace in our region,`},
		{"\"the Peruvian minister\" is no minister of another nation's", `Ministers meet

Chilean Foreign Minister Rosa Vial met Jorge Paz on Monday in Lima.

"Peru has chosen peace in our region," the Peruvian minister said.
`, `Peruvian minister||| (unnamed, role) L5: Peru has chosen peace in our region,`},
		{"a role and the body it serves before a name, after a quotation, attribute it", `Quake toll

“Sadly, the losses are very high,” a spokesman of the provincial government Omar Nuri said early Sunday.
`, `Omar Nuri||spokesman of the provincial government| (person, name) L3: Sadly, the losses are very high,`},
		{"a demonym before one person's office is the person the text names with that title", `Saudi budget

RIYADH: Saudi Energy Minister Khalid Al-Falih on Wednesday quipped his phone had not stopped ringing with calls from investors.

He was speaking at a press conference in Riyadh.

Saudi energy minister says phone has ‘not stopped ringing’
`, `Khalid Al-Falih||Saudi Energy Minister| (person, role, partial) L7: not stopped ringing`},
		{"a participle after an appositive is what the person named is doing, not someone else heard", `Jury bill

"What it does is provide public information to a jury that a jury is entitled to know," said Susan Elizabeth Reese, a defense attorney speaking in favor of the bill at hearing in Salem. "It doesn't tell the jury what to do with this information. It tells them these are the facts."

A Rangoon resident speaking to VOA by telephone says she saw crowds in her neighborhood.

"People from all the neighborhood came out and surrounded these trucks."
`, `Susan Elizabeth Reese||defense attorney| (person, name) L3: What it does is provide public information to a jury that a jury is entitled to know,
Susan Elizabeth Reese||defense attorney| (person, nearby) L3: It doesn't tell the jury what to do with this information. It tells them these are the facts.
Rangoon resident||| (unnamed, nearby) L7: People from all the neighborhood came out and surrounded these trucks.`},
		{"a paragraph that stops on a word no sentence ends with goes on in the next, even in capitals", `Oil price drops

“No one can really quantify this,” said Bill Herbert, managing director at

Simmons Energy in Houston. “I don’t think anybody has a clue to where the price is going.”
`, `Bill Herbert||managing director|Simmons Energy (person, name) L3: No one can really quantify this, I don’t think anybody has a clue to where the price is going.`},
		{"a party in brackets after a name, alone; a name's suffix after a comma is no one", `Council budget

"These cuts are painful and they're horrible," Jim Kenney (D) of the Philadelphia City Council said.

"We are not talking about some buildings being closed," Jack Kelly, Jr. (R) of the Philadelphia City Council said.
`, `Jim Kenney||| (person, name) L3: These cuts are painful and they're horrible,
Jack Kelly||| (person, name) L5: We are not talking about some buildings being closed,`},
		{"said a body, a title that opens in small letters and a name: the person", `Cleanup progress

"EPA has made significant progress over the last year," said EPA New England acting Region Administrator Deb Szaro. "These cleanups are vital."
`, `Deb Szaro||acting Region Administrator|EPA New England (person, name) L3: EPA has made significant progress over the last year, These cleanups are vital.`},
		{"says a place, the body it serves, a rank and a name: the person", `Burglar

"The potential for somebody to get hurt is very real," says Salt Lake City police Lt. Melody Gray.

"It was very loud," said another resident, Nur Yusuf Kabale.
`, `Melody Gray|Lt.|| (person, name) L3: The potential for somebody to get hurt is very real,
Nur Yusuf Kabale||resident| (person, name) L5: It was very loud,`},
		{"a place's two-word name is no person for a pronoun to find", `World Cup

South Africa spent heavily on its stadiums for the tournament.

“I wish I was out there, but they seem to be doing a good job,” he said.
`, ``},
		{"the head of a body, described before the text names them", `CDC chief concerned

The top official at the Centers for Disease Control and Prevention (CDC) on Sunday said he is “deeply concerned” about the second case.

The worker had tested positive late Saturday, CDC Director Dr. Tom Frieden told Bob Schieffer on CBS.
`, `Tom Frieden|Dr.|CDC Director| (person, role, partial) L3: deeply concerned`},
		{"a one-word quote its sentence attributes is a quote; a term in marks is not", `Protest violence
French Interior Minister Christophe Castaner blamed “thugs” on Sunday for the violence.
Prime Minister Rishi Sunak, who said armed officers need “clarity”, backed the review.
He told her to kill her “kuffar” (non-Muslim) parents, police said.
“COVID-19” is to replace the WHO's temporary designation “2019-nCoV”, the agency said.
`, `Christophe Castaner||French Interior Minister| (person, name, partial) L2: thugs
Rishi Sunak||Prime Minister| (person, name, partial) L3: clarity`},
		{"two people joined by and; letters of an order after a name", `Leaders disagree
Opposition leader Morgan Tsvangirai and Deputy Information Minister Bright Matonga spoke on Monday.
"You should step up, not step down," Tsvangirai said.
Ambassador Charles Hay MVO visited the minefields.
"Fields once deadly are now farmland," said Charles Hay MVO.
`, `Morgan Tsvangirai||Opposition leader| (person, name) L3: You should step up, not step down,
Charles Hay||Ambassador| (person, name) L5: Fields once deadly are now farmland,`},
		{"the subject of a relative clause speaks; according to a pronoun", `Author dies
Her 2009 novel Obsession, which the New York Times called "the steamiest book ever written by an octogenarian," sold well.
The Senate rejected the amendment, on what President Barack Obama described as "a shameful day for Washington."
Houthi spokesperson Yahya Sarea said the group carried out the attack. According to him, it was done with the help of "honourable people inside the kingdom".
Interior Cabinet Secretary Kithure Kindiki praised the police service, which he said "has done the country proud".
`, `New York Times||| (organisation, name, partial) L2: the steamiest book ever written by an octogenarian,
Barack Obama||President| (person, name, partial) L3: a shameful day for Washington.
Yahya Sarea||Houthi spokesperson| (person, pronoun, partial) L4: honourable people inside the kingdom
Kithure Kindiki||Interior Cabinet Secretary| (person, pronoun, partial) L5: has done the country proud`},
		{"a full name in the possessive later in a sentence introduces its person", `PM stays
President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk's offer to resign.
Honcharuk said Zelensky is "a model of honesty for me".
`, `Oleksiy Honcharuk||Prime Minister| (person, name, partial) L3: a model of honesty for me`},
		{"a member's title before the name", `What they are saying
Committee Ranking Member Sam Graves said: "Putting these sites back into use provides huge benefits to taxpayers."
`, `Sam Graves||Committee Ranking Member| (person, name) L2: Putting these sites back into use provides huge benefits to taxpayers.`},
		{"a document that reads speaks for its author", `Court ruling
Facebook released a statement which read, in part, "This judgment raises critical questions around freedom of expression."
Stardom's official statement yesterday read "Stardom fans, we are very sorry to report this news."
She read "the book was a great read" aloud to the class.
`, `Facebook||| (organisation, name) L2: This judgment raises critical questions around freedom of expression.
Stardom||| (organisation, name) L3: Stardom fans, we are very sorry to report this news.`},
		{"a name and a description on the line after a quote sign it", `Farmers thank NRCS
Here are a few of our favorites:

“This program has been an absolute godsend for us here on the farm. I could not have done it without NRCS.”

Bill Renfroe, Air Force veteran and beginning farmer
`, `Bill Renfroe||Air Force veteran and beginning farmer| (person, name) L4: This program has been an absolute godsend for us here on the farm. I could not have done it without NRCS.`},
		{"a pseudonym names the person; a memo's author speaks", `Protests
"She is just doing this to try and break the movement. A lot of people think that," said a protester using the pseudonym Katya.
According to a memo posted online by Senator Juan Dalmau, the Senate cancelled its hearing because Pierluisi did "not recognize the authority of the Senate".
`, `Katya||| (person, name) L2: She is just doing this to try and break the movement. A lot of people think that,
Juan Dalmau||Senator| (person, name, partial) L3: not recognize the authority of the Senate`},
		{"an auxiliary before an aside; 'it' for the organisation just heard; what people by role call something", `Bus crash
The Emergencies Ministry has, in a statement, called on drivers to "not forget that the lives of other people depend on you." It also urged people to "comply with the rules of the road."
Hurricane Irma is moving past the Dominican Republic as what forecasters are calling a "potentially catastrophic" storm.
`, `Emergencies Ministry||| (organisation, name, partial) L2: not forget that the lives of other people depend on you.
Emergencies Ministry||| (organisation, pronoun, partial) L2: comply with the rules of the road.
forecasters||| (unnamed, name, partial) L3: potentially catastrophic`},
		{"a verb of speech in the present; 'indicated'", `Phones and loneliness
In a statement to the press, the two professors claim that "overuse of smart phones is just like any other type of substance abuse."
Toronto Police, which indicated on Monday a "significant development" in the case, declined to comment further.
`, `two professors||| (unnamed, name, partial) L2: overuse of smart phones is just like any other type of substance abuse.
Toronto Police||| (organisation, name, partial) L3: significant development`},
		{"a long description set off after the name", `Rights report
Cambodian officials declined to comment on the report.
"I cannot make any comment," Om Yentieng, an adviser to Prime Minister Hun Sen and the head of the government's human rights committee, told VOA.
`, `Om Yentieng||adviser to Prime Minister Hun Sen and the head of the government's human rights committee| (person, name) L3: I cannot make any comment,`},
		{"a transcript's label finds the titled person its headline names", `Remarks by President Trump in Briefing with DHS Secretary Kirstjen Nielsen on Hurricane Michael

THE PRESIDENT: I say, God bless you all. That's my message, because that's what it is.

Q: Will you visit the area?

THE PRESIDENT: We will be going there soon, probably on Monday.
`, `Trump||President| (person, name) L3: I say, God bless you all. That's my message, because that's what it is.
Trump||President| (person, name) L7: We will be going there soon, probably on Monday.`},
		{"a briefer's turn that ends in a question is theirs; an interviewer's is not", `Department Press Briefing

MR KIRBY: Hello, everybody. How are you today?

QUESTION: What is up?

MR KIRBY: Okay. I have a couple of things to start with today about Syria.

QUESTION: Fine, thanks for that.

MS HALE: And you're from Canada, is that right?

MR KIRBY: Yes, I grew up in Winnipeg and moved away at twenty.

MS HALE: Do you still follow the Jets these days?
`, `Kirby|Mr|| (person, name) L3: Hello, everybody. How are you today?
Kirby|Mr|| (person, name) L7: Okay. I have a couple of things to start with today about Syria.
Kirby|Mr|| (person, name) L13: Yes, I grew up in Winnipeg and moved away at twenty.`},
		{"a quotation that opens its paragraph after one whose subject is a pronoun for the person", `Adviser says no evidence

Jody Thomas, who advises Prime Minister Justin Trudeau, testified on Thursday.

She cast doubt on suggestions of a specific series of warnings.

“There is a news report on election interference. There is not necessarily a CSIS report that equates to that news report,” T`,
			`Jody Thomas||| (person, nearby) L7: There is a news report on election interference. There is not necessarily a CSIS report that equates to that news report,`},
		{"the paragraph of a quotation after an audio player's lines is its speaker's", `Joyce wants drought aid

Mr Joyce wants a drought package, but he admits he has a fight on his hands.

"There are 19 people in the Cabinet," he told the ABC.

Space to play or pause, M to mute, left and right arrows to seek, up and down arrows for volume.
Listen to the story(Anna Henderson)

"I'm one voice and you've got to convince 10 at least to try to get your idea across the line."
`, `Joyce|Mr|| (person, pronoun) L5: There are 19 people in the Cabinet,
Joyce|Mr|| (person, continued) L10: I'm one voice and you've got to convince 10 at least to try to get your idea across the line.`},
		{"a radio piece's reporter, labelled as its byline and then by surname, narrates; the voices it plays are quotes", `UAW Votes To Strike

The United Auto Workers and General Motors have failed to agree. As NPR's Bobby Allyn reports, a strike will start tonight.

BOBBY ALLYN, BYLINE: UAW Vice President Terry Dittes says talks with GM have broken down.

TERRY DITTES: The strike is about the members in Texas, Missouri, Indiana and Ohio.

ALLYN: The four-year contract between GM and UAW lapsed on Saturday.

BRIAN ROTHENBERG: Basically, when the morning shift would have reported for work, they won't be there.
`, `Terry Dittes||UAW Vice President| (person, name) L7: The strike is about the members in Texas, Missouri, Indiana and Ohio.
Brian Rothenberg||| (person, name) L11: Basically, when the morning shift would have reported for work, they won't be there.`},
		{"a host labelled on a line of his own, and then by surname inline, narrates", `As The Facts Win Out, Vaccinations May, Too

GUY RAZ, host:

Welcome back to ALL THINGS CONSIDERED from NPR News. I'm Guy Raz.

Mr. ANDREW WAKEFIELD: What it is is a ruthless, pragmatic attempt to crush any investigation.

RAZ: Wakefield's study unleashed a powerful anti-vaccine movement in Europe.

Ms. KELLY LACEK: So we just made sure he was okay. We went to the dance.
`, `Andrew Wakefield|Mr.|| (person, name) L7: What it is is a ruthless, pragmatic attempt to crush any investigation.
Kelly Lacek|Ms.|| (person, name) L11: So we just made sure he was okay. We went to the dance.`},
		{"a title in small letters between the verb and the name", `Steelers lose

“They out-executed us and it wasn’t like we weren’t physical,” said right defensive end Stephon Tuitt.
`, `Stephon Tuitt||right defensive end| (person, name) L3: They out-executed us and it wasn’t like we weren’t physical,`},
		{"a role at a body is the person, not the body", `CDC chief concerned

The top official at the Centers for Disease Control and Prevention (CDC) on Sunday said he is “deeply concerned” about the second diagnosis of Ebola.
`, `top official at the Centers for Disease Control and Prevention (CDC)||| (unnamed, role, partial) L3: deeply concerned`},
		{"a statement from someone speaks for them", `Tributes

Massacre victim Susan Hughes died on Wednesday.

A statement from the family said: "Susan was a proud and determined mother of two daughters."
`, `family||| (unnamed, role) L5: Susan was a proud and determined mother of two daughters.`},
		{"a chain of appositives does not reach past a name nearer the verb; \"protested\" reports speech", `Doctors' strike

Lord Ara Darzi, a former health minister and surgeon, followed calls made by Professor Robert Winston, a Labour peer, who told the Times the “highly dangerous” walkout could damage trust.

The Tory MP Philip Hollobone said it was time to act. He protested that MPs were "often the last to know" about changes in policy.
`, `Robert Winston|Professor|Labour peer| (person, name, partial) L3: highly dangerous
Philip Hollobone||Tory MP| (person, pronoun, partial) L5: often the last to know`},
		{"\"what X said\" reports what was said; X is not heard speaking", `Minister speaks

Stressing that the Dáil was the proper place, Mr Ó Cuív went on to say that he was "perfectly happy" that that was what the Taoiseach said he was going to do.

"The Taoiseach has made it absolutely clear he's going to go into the Dáil. I am happy to leave it at that."
`, `Ó Cuív|Mr|| (person, name, partial) L3: perfectly happy
Ó Cuív|Mr|| (person, nearby) L5: The Taoiseach has made it absolutely clear he's going to go into the Dáil. I am happy to leave it at that.`},
		{"a short sentence after a quote that closes its own says who spoke, though the text never introduced them", `Trial

Det Sgt Robert Madden gave evidence of securing search warrants.

"Why was it deemed necessary to acquire a search warrant for the mobile phone, why not just ask for it?" Mr Byrne asked.

Det Sgt Madden said it was a criminal investigation.
`, `Byrne|Mr|| (person, name) L5: Why was it deemed necessary to acquire a search warrant for the mobile phone, why not just ask for it?`},
		{"a person after a body's possessive, by surname; a player's label glued to its caption", `Protest at the embassy

Al Jazeera's Mohamed Fadel Fahmy said the protesters chanted slogans.

"The Interior Ministry would have known about it," Al Jazeera's Fahmy said.

Media captionJeremy Hunt: 'Discussions the prime minister had on the deal were irrelevant'
`, `Mohamed Fadel Fahmy|||Al Jazeera (person, name) L5: The Interior Ministry would have known about it,
Jeremy Hunt||| (person, name) L7: Discussions the prime minister had on the deal were irrelevant`},
		{"a tabloid's first word in capitals is no part of the name after it; her daughters are hers", `Tributes

ADORED Jane Tweddle was a "warrior mum" and "a true friend", her daughters said.
`, `Jane Tweddle’s daughters||| (unnamed, role, partial) L3: warrior mum
Jane Tweddle’s daughters||| (unnamed, role, partial) L3: a true friend`},
		{"phrases joined by \"and\" that end their clause share the attribution after them; ones inside the writer's clause do not", `Campaign

President Donald Trump questioned the selection. He said the "very phony" and "truly nasty" Harris attacked Biden during the debates.

Her daughters said she was "a warrior mum" and "a true friend to all", Sky News reported.
`, `Donald Trump||President| (person, pronoun, partial) L3: very phony
Donald Trump||President| (person, pronoun, partial) L3: truly nasty
daughters||| (unnamed, role, partial) L5: a warrior mum
daughters||| (unnamed, role, partial) L5: a true friend to all`},
		{"a family speaks as one, named by whose it is or not at all", `Tributes

Massacre victim Susan Hughes died on Wednesday.

Her family said: "Susan was a proud and determined mother of two daughters."

The family said: "She is completely irreplaceable to her family and friends."
`, `family||| (unnamed, role) L5: Susan was a proud and determined mother of two daughters.
family||| (unnamed, role) L7: She is completely irreplaceable to her family and friends.`},
		{"\"his lawyer\" is the lawyer the text named, or else someone known by whose lawyer they are", `Trial

Jane Doe, a lawyer for John Smith, said he would plead not guilty.

"He will fight this," his lawyer said.

Peter Roe was charged on Monday, police said.

"He denies it all," his lawyer said.
`, `Jane Doe||lawyer|John Smith (person, role) L5: He will fight this,
Peter Roe’s lawyer||| (unnamed, role) L9: He denies it all,`},
		{"a surname that is also an office, after an honorific, names the person introduced with it", `Nature report

"David Cameron promised the greenest government ever," said Wildlife and Countryside Link director Dr Elaine King.

"The message from the public is clear," said Dr King.
`, `Elaine King|Dr|Wildlife and Countryside Link director| (person, name) L3: David Cameron promised the greenest government ever,
Elaine King|Dr|Wildlife and Countryside Link director| (person, name) L5: The message from the public is clear,`},
		{"a dash after a quote that names someone in a phrase is no signature; the subject of the sentence a participle follows says the words", `Man charged

And last Thursday, a man was charged with making violent threats to employees at the Boston Globe, calling it the "enemy of the people" – a phrase repeatedly used by President Donald Trump to attack the news media.
`, `man||| (unnamed, name, partial) L3: enemy of the people`},
		{"straight single marks announced by a colon mid-paragraph, left open over paragraphs, past a caption printed twice", `Strachan praises players

Scotland manager Gordon Strachan has told his players to take a bow.

Strachan insisted the credit belonged to the players, saying: 'It was a nice way to finish the week.

'They should be really proud of themselves.

Robert Snodgrass of Scotland celebrates his goal with Barry Bannan

Robert Snodgrass of Scotland celebrates his goal with Barry Bannan

'Snodgrass did well tonight playing in an unusual role.

'He makes team-mates better.'

The win came late.
`, `Gordon Strachan||Scotland manager| (person, name) L5: It was a nice way to finish the week.
Gordon Strachan||Scotland manager| (person, name, goes on from L5) L7: They should be really proud of themselves.
Gordon Strachan||Scotland manager| (person, name, goes on from L5) L13: Snodgrass did well tonight playing in an unusual role.
Gordon Strachan||Scotland manager| (person, name, goes on from L5) L15: He makes team-mates better.`},
		{"\"the energy minister\" is the minister whose title says energy, not the one heard last", `Minister's phone rings

Saudi Energy Minister Khalid Al-Falih spoke at a press conference with Commerce Minister Majid Al-Qassabi.

“The rule of law will follow,” Al-Qassabi said.

The energy minister agreed that the move had not hurt investors because “they have not been partners in corruption.”
`, `Majid Al-Qassabi||Commerce Minister| (person, name) L5: The rule of law will follow,
Khalid Al-Falih||Saudi Energy Minister| (person, role, partial) L7: they have not been partners in corruption.`},
		{"\"the force\" is the police force named before it, not one named after", `Met draws in armed officers

Armed officers from other forces will be drafted in to support the Metropolitan Police as it faces a revolt.

The force said “a number of officers have taken the decision to step back from armed duties while they consider their position”.

Detective Sergeant Carl Russell of the Force Support Unit said the review would take weeks.
`, `Metropolitan Police||| (organisation, role, partial) L5: a number of officers have taken the decision to step back from armed duties while they consider their position`},
		{"the paragraph of a quotation the copy stops inside is its speaker's, and cut", `Intern finds planet

Wolf Cukier, a NASA intern, found the planet.

"I was looking through the data for everything the volunteers had flagged," Cukier said.

"About three days into `, `Wolf Cukier||NASA intern| (person, name) L5: I was looking through the data for everything the volunteers had flagged,
Wolf Cukier||NASA intern| (person, continued, cut) L7: About three days into`},
		{"a feature's heading over the words of a person it introduced: name on subject", `Murray wins Wimbledon

Here, BBC commentator Tim Henman, who joined Murray in the locker room after the match, gives his verdict.

Tim Henman on Andy Murray

"I was privileged enough to go into the locker room straight after the match.

"It's just an incredible achievement and it is still sinking in.

Sue Barker on the crowd

The crowd stayed on Centre Court long after the final point.
`, `Tim Henman||BBC commentator| (person, name) L7: I was privileged enough to go into the locker room straight after the match.
Tim Henman||BBC commentator| (person, name, goes on from L7) L9: It's just an incredible achievement and it is still sinking in.`},
		{"a sentence adverb set off, then a phrase of place before the subject with its comma left out", `Harris speaks

Meanwhile, speaking to reporters on Friday morning Taoiseach Leo Varadkar said the revelations were “a matter of real concern”, and suggested that accounting rules a
`, `Leo Varadkar||Taoiseach| (person, name, partial) L3: a matter of real concern`},
		{"a transcript's headline below the page's banners names the briefer with his title", `The Largest Security-Cleared Career Network for Defense and Intelligence Jobs - JOIN NOW

U.S. Department of Defense
Office of the Assistant Secretary of Defense (Public Affairs)
News Transcript

Presenter: Pentagon Press Secretary Peter Cook September 8, 2015

Department of Defense Press Briefing by Pentagon Press Secretary Peter Cook in the Pentagon Briefing Room

PETER COOK: Hi everyone. Sorry to keep you waiting. And welcome to the Pentagon.

Q: How many families would be affected?

MR. COOK: My understanding is the total number is about 900 people.
`, `Peter Cook||Pentagon Press Secretary| (person, name) L11: Hi everyone. Sorry to keep you waiting. And welcome to the Pentagon.
Peter Cook||Pentagon Press Secretary| (person, name) L15: My understanding is the total number is about 900 people.`},
		{"a television script's sound bites under their labels", `Music, Immigration and Dreams
((SOT))
((Deepa McCauley, Volunteer ESL Teacher, Intercambio))

One of the main reasons I wanted to teach English is because my parents were immigrants.

((Animation Transition))

The reporter walks along the river with the band.

((Anwan “Big G” Glover, Singer/Bandleader, The Backyard Band))
It's like Go-Go, it's amazing, man. You have to come check it out.
`, `Deepa McCauley||Volunteer ESL Teacher|Intercambio (person, name) L5: One of the main reasons I wanted to teach English is because my parents were immigrants.
Anwan Glover||Singer/Bandleader|The Backyard Band (person, name) L12: It's like Go-Go, it's amazing, man. You have to come check it out.`},
		{"documents read out: an opinion of a court, a family's statement, a statement from a king", `Rulings and statements
The Supreme Court of Puerto Rico ruled on Wednesday. The opinion of the Court, released on Wednesday, read in part, "It is concluded that the oath of office is unconstitutional."
Imus had two children. The family's statement on the death read: "Don loved and adored Deirdre, who loved him back."
King Maha Vajiralongkorn spoke on Friday. The palace issued the following statement from the king: "Even though she relinquished her title, she still retains her status."
"Thai Raksa Chart party complies with the royal command," the party informed the press.
`, `Supreme Court of Puerto Rico||| (organisation, role) L2: It is concluded that the oath of office is unconstitutional.
family||| (unnamed, role) L3: Don loved and adored Deirdre, who loved him back.
Maha Vajiralongkorn||King| (person, role) L4: Even though she relinquished her title, she still retains her status.
party||| (organisation, role) L5: Thai Raksa Chart party complies with the royal command,`},
		{"two given names share a surname; people by nation before names", `Kite flying
When Americans Kay and Larry Day found a store selling kites, they bought a few for their family.
"He went out and flew it and decided he needed to go back and get a better one," Kay remembered.
`, `Kay Day||| (person, name) L3: He went out and flew it and decided he needed to go back and get a better one,`},
		{"a block quotation set with dashes after its announcement", `World leaders respond
Canadian Prime Minister Paul Martin made a statement from the G8 summit, stating:
- Today, we have been witness to acts of cowardice and terror.
- On behalf of all Canadians, I have extended to Prime Minister Blair our deepest condolences.
France's Prime Minister made a short statement to offer support to the population of London.
`, `Paul Martin||Canadian Prime Minister| (person, name) L3: Today, we have been witness to acts of cowardice and terror.
Paul Martin||Canadian Prime Minister| (person, name, goes on from L3) L4: On behalf of all Canadians, I have extended to Prime Minister Blair our deepest condolences.`},
		{"a handle ends at a space; silk after a name that is also a body's noun", `Students locked down
"My niece is stuck in Wuhan, and she can't travel home," tweeted @harinatha with a video showing a van blocking a road.
Prosecutor Durham Hall QC said the accused "appear not to have shown any respect for the minimum standards of decent behaviour".
`, `@harinatha||| (person, name) L2: My niece is stuck in Wuhan, and she can't travel home,
Durham Hall||Prosecutor| (person, name, partial) L3: appear not to have shown any respect for the minimum standards of decent behaviour`},
		{"a body or a role set off after a name; a body's person; a numbered region; a coordinator for a place", `Releases
"It is a good idea to start with reputable websites," says NIH’s Stephanie Dailey, who specializes in health information.
"We will fund it," said FEMA Region 1 Regional Administrator Lori Ehrlich.
"These awards cover all categories of work," said Federal Disaster Recovery Coordinator for Puerto Rico José G. Baquero.
Councillor Mark Norris, Rhondda Cynon Taf Council, said: "The transport hub will make a huge difference."
Phil Davies, Joint Unit for Waste Crime manager, added: "This arrest is another fantastic example of our work."
`, `Stephanie Dailey|||NIH (person, name) L2: It is a good idea to start with reputable websites,
Lori Ehrlich||FEMA Region 1 Regional Administrator| (person, name) L3: We will fund it,
José G. Baquero||Federal Disaster Recovery Coordinator for Puerto Rico| (person, name) L4: These awards cover all categories of work,
Mark Norris||Councillor|Rhondda Cynon Taf Council (person, name) L5: The transport hub will make a huge difference.
Phil Davies||| (person, name) L6: This arrest is another fantastic example of our work.`},
		{"a field before a role in a long title after the quote", `Attack
"We saw it all," said Lucy Fischer.

"In the US there is a phenomenon called suicide by cop", Birmingham City University criminology professor David Wilson told the press.
`, `Lucy Fischer||| (person, name) L2: We saw it all,
David Wilson||Birmingham City University criminology professor| (person, name) L4: In the US there is a phenomenon called suicide by cop`},
		{"an office 'of the' body before a name; not 'of the United States' alone", `Landlords
Executive Director of the Legal Aid of Western Missouri Joe Dandurand said, "Our team is very appreciative of the work."
The President of the United States said: "We will act on this without delay."
`, `Joe Dandurand||Executive Director of the Legal Aid of Western Missouri| (person, role) L2: Our team is very appreciative of the work.
President||| (unnamed, role) L3: We will act on this without delay.`},
		{"a body and where it is; people the examples are of", `Tributes
The Aam Aadmi Party in Goa, in its statement, said he was a "gentleman politician".
Many Republicans urged him to move on, such as former governor Chris Christie, who denounced the legal team's claims as a "national embarrassment".
`, `Aam Aadmi Party||| (organisation, name, partial) L2: gentleman politician
Chris Christie||former governor| (person, name, partial) L3: national embarrassment`},
		{"a pronoun in a later sentence of the paragraph finds the person who opens that sentence", `Campaign
President Donald Trump and former vice president Joe Biden campaigned in September.

Trump denied the effect of climate change on the fires, arguing they were the product of forest mismanagement. The issue reappeared on the campaign trail. Biden delivered a speech in Delaware in which he called Trump a "climate arsonist," citing the wildfires.
`, `Joe Biden||former vice president| (person, pronoun, partial) L4: climate arsonist,`},
		{"a script's header fields are no speakers; a bite set in marks under a name and title", `Transcript/Script MIDTERMS KEY ISSUES
HEADLINE: Economy, Abortion Top Concerns as Voters Elect New US Congress
BYLINE: Katherine Gypson
PRODUCERS: Katherine Gypson
SCRIPT EDITORS: Newhouse, Reifenrath, DJ (ok)
VIDEO SOURCE (S): VOA, ABC, AP
((NARRATOR))
Democrats are rallying their voters with a promise to protect abortion rights.
((President Joe Biden))
“If you care about the right to choose, then you’ve got to vote.”
((Animation Transition))
The reporter walks along the river with the band.
`, `Joe Biden||President| (person, name) L10: If you care about the right to choose, then you’ve got to vote.`},
		{"an audio file's timed clips under a name and title; labels of given names and surnames make a transcript; a short given name", `CDC Press Conference

Dr. Daniel Jernigan, a medical epidemiologist, joins us today.

Operator: Welcome and thank you for standing by. At this time we're in listen-only mode.

Glen Nowak:  Thank you. And thank you all for joining us this afternoon for our weekly update.

Dan Jernigan: Thank you very much. Well, the flu season has begun, and it has begun early.

Bill Gerstenmaier, Associate Administrator for Space Operations

(:17)  This is turning out to be a little more complicated from an analysis standpoint.
› Play Now
`, `operator||| (unnamed, name) L5: Welcome and thank you for standing by. At this time we're in listen-only mode.
Glen Nowak||| (person, name) L7: Thank you. And thank you all for joining us this afternoon for our weekly update.
Daniel Jernigan|Dr.|medical epidemiologist| (person, name) L9: Thank you very much. Well, the flu season has begun, and it has begun early.
Bill Gerstenmaier||Associate Administrator for Space Operations| (person, name) L13: This is turning out to be a little more complicated from an analysis standpoint.`},
		{"a block quotation goes on over a first-person paragraph that lost its full stop", `Communities fund
Communities Minister Andrew Percy said:

Local grassroots community groups are best placed to understand the challenges in their neighbourhoods.

I’d urge small groups to come forward and bid for this cash from today

Mr Percy announced the fund on Monday.
`, `Andrew Percy|Mr|Communities Minister| (person, name) L4: Local grassroots community groups are best placed to understand the challenges in their neighbourhoods.
Andrew Percy|Mr|Communities Minister| (person, name, goes on from L4) L6: I’d urge small groups to come forward and bid for this cash from today`},
		{"a quotation left open goes on over a paragraph that only closes it", `Funds launched
Chancellor Gordon Brown said:

“Britain needs an economy that works for all of the people all of the time. We can and must do better.

The key to neighbourhood renewal is not more benefit offices but more businesses and entrepreneurship”.

Trade and Industry Secretary Patricia Hewitt said:
`, `Gordon Brown||Chancellor| (person, name) L4: Britain needs an economy that works for all of the people all of the time. We can and must do better. The key to neighbourhood renewal is not more benefit offices but more businesses and entrepreneurship`},
		{"a label in capitals that says what the speaker is after a comma", `Press conference - Melbourne
Prime Minister Anthony Albanese visited McEwen on Monday.

ROB MITCHELL, MEMBER FOR MCEWEN: It is fantastic again to have the Prime Minister down here.

PRIME MINISTER: Well, thanks very much, Rob, and it's great to be back in McEwen today.

JOURNALIST: Prime Minister, when will the road open?

PRIME MINISTER: It will open next year, as we promised the community.
`, `Rob Mitchell||Member for Mcewen| (person, name) L4: It is fantastic again to have the Prime Minister down here.
Anthony Albanese||Prime Minister| (person, name) L6: Well, thanks very much, Rob, and it's great to be back in McEwen today.
Anthony Albanese||Prime Minister| (person, name) L10: It will open next year, as we promised the community.`},
		{"a label in capitals that puts the office first, the name after a comma", `Press conference - Adelaide
Health Minister Mark Butler joined the local member at the clinic.

MEMBER FOR BOOTHBY, LOUISE MILLER-FROST: Thank you so much for coming down to the clinic today.

MINISTER FOR HEALTH AND AGED CARE, MARK BUTLER: Thanks so much, Louise, and thank you all for joining us.
`, `Louise Miller-Frost||Member for Boothby| (person, name) L4: Thank you so much for coming down to the clinic today.
Mark Butler||Health Minister| (person, name) L6: Thanks so much, Louise, and thank you all for joining us.`},
		{"a label in capitals and small letters that puts the office first", `Interview with Karl Stefanovic, Today

Karl Stefanovic: Welcome back. More than 100 Australians have been flown out overnight.

Minister for International Development and the Pacific, Pat Conroy: So, 300 in total have registered for assistance to leave.

Karl Stefanovic: Why were other nationalities on those planes?

Minister Conroy: We have reciprocal arrangements with countries like Canada.

Karl Stefanovic: Can you understand why that might be frustrating?

Minister Conroy: I completely understand, and we prioritise the most vulnerable.
`, `Pat Conroy||Minister for International Development and the Pacific| (person, name) L5: So, 300 in total have registered for assistance to leave.
Pat Conroy||Minister for International Development and the Pacific| (person, name) L9: We have reciprocal arrangements with countries like Canada.
Pat Conroy||Minister for International Development and the Pacific| (person, name) L13: I completely understand, and we prioritise the most vulnerable.`},
		{"a list of names after 'including' is no subject: the body it belongs to speaks", `Delegation praises FEMA
The Maryland congressional delegation today praised FEMA for its swift approval.
In a joint letter one week ago, the full congressional delegation, including Senators Ben Cardin and Chris Van Hollen, and Congressmen Steny H. Hoyer and Jamie B. Raskin, had called on President Trump to approve the assistance since the “severity and magnitude” of the storms was great.
`, `Maryland congressional delegation||| (organisation, role, partial) L3: severity and magnitude`},
		{"a credit line with no dash under a quotation that is all its paragraph signs it, before the body the line above names", `From NOAA:
"I observed some of the devastating tornado damage with a forensic meteorology team. The damage is heartbreaking."
Dr. Jane Lubchenco, NOAA administrator
NOAA's preliminary estimate is that there were 305 tornadoes during the outbreak.
`, `Jane Lubchenco|Dr.|NOAA administrator| (person, name) L2: I observed some of the devastating tornado damage with a forensic meteorology team. The damage is heartbreaking.`},
		{"a straight mark after a figure is inches, not a quotation's opening", `Pipe
Highway Superintendent Michael Reese admitted to making a false statement regarding the purchase of a 36" x 20' section of storm run-off pipe. "I bought it from a vendor," Reese told the Agents.
`, `Michael Reese||Highway Superintendent| (person, name) L2: I bought it from a vendor,`},
		{"the presenters a programme's header names ask; their turns are no quotes", `Triple M, Hot Breakfast
Presenters Eddie McGuire, Luke Darcy, Tony Moclair
12 May 2010
Eddie Mcguire: I wonder if Kate Ellis, the Federal Sports Minister, ever stood in a mosh pit.
Compere: Oh, no doubt. Good Adelaide girl. She would have been all over it.
Kate Ellis: Crowd surfing maybe, but I deny everything about it.
Eddie Mcguire: Kate Ellis joins us on the line. Good morning Kate.
Kate Ellis: Good morning. Great to be with you this morning.
`, `Kate Ellis||Federal Sports Minister| (person, name) L6: Crowd surfing maybe, but I deny everything about it.
Kate Ellis||Federal Sports Minister| (person, name) L8: Good morning. Great to be with you this morning.`},
		{"a host's label in full and then her surname alone: both ask", `Interview with Sandy Aloisi, ABC News Radio

SANDY ALOISI:  …to fight the bushfires, with 3000 Reservists to be deployed and a further $20 million to lease aircraft.

PRIME MINISTER: Good afternoon.

ALOISI: A welcome announcement, but why has it taken so long to do that?

PRIME MINISTER: Well, yesterday was the first time that a disaster declaration had been made in Victoria.

ALOISI: But did you need a disaster announcement to make you aware of the crisis?

PRIME MINISTER: Well, of course not, we have had people deployed since September.
`, `prime minister||Prime Minister| (unnamed, name) L9: Well, yesterday was the first time that a disaster declaration had been made in Victoria.
prime minister||Prime Minister| (unnamed, name) L13: Well, of course not, we have had people deployed since September.`},
		{"labels on their own lines: a guest's answer goes on over paragraphs to the next label", `Subjects: Unemployment figures; drought
JOURNALIST:
What do you make of the unemployment figures?
PRIME MINISTER:
I think they're still very encouraging, and the forward indicators are strong.
JOURNALIST:
Simon Crean has called for a national plan for drought, what do you think of that?
PRIME MINISTER:
He must be joking. We already have a scheme that involves the States.
I want to make it clear that this drought is not an occasion for political point scoring.
`, `prime minister||Prime Minister| (unnamed, name) L5: I think they're still very encouraging, and the forward indicators are strong.
prime minister||Prime Minister| (unnamed, name) L9: He must be joking. We already have a scheme that involves the States. I want to make it clear that this drought is not an occasion for political point scoring.`},
		{"a name with a first-person word in it (Our Fish) is not the speaker going on", `Fishing opportunities

Commissioner Virginijus Sinkevičius announced that the Commission would publish its papers.

Commissioner Sinkevičius said:

When Ministers decide on fishing opportunities, a lot is at stake for fish stocks and for coastal communities.

The announcement was made during a meeting, which the Commissioner hosted with NGOs, including Oceana, WWF, Our Fish and ENT.
`, `Virginijus Sinkevičius||Commissioner| (person, name) L7: When Ministers decide on fishing opportunities, a lot is at stake for fish stocks and for coastal communities.`},
		{"a speech goes on over a paragraph not in the first person when the speaker's I comes back right after it", `Growth

Business Secretary Peter Kyle will set out his ambition for the UK to go toe to toe with the US economy.

He is expected to say:

We stood on a manifesto commitment to be the fastest growing economy in the G7. And we meant it.

Now, in the first three quarters of last year, the UK achieved the second highest growth of that group.

But contrast it to the United States. The US achieved 4.3% annualised growth over the last quarter.

I want to fight tooth and nail with you to get that extra growth.

He is expected to welcome the progress the Government has made so far.
`, `Peter Kyle||Business Secretary| (person, pronoun) L7: We stood on a manifesto commitment to be the fastest growing economy in the G7. And we meant it.
Peter Kyle||Business Secretary| (person, pronoun, goes on from L7) L9: Now, in the first three quarters of last year, the UK achieved the second highest growth of that group.
Peter Kyle||Business Secretary| (person, pronoun, goes on from L7) L11: But contrast it to the United States. The US achieved 4.3% annualised growth over the last quarter.
Peter Kyle||Business Secretary| (person, pronoun, goes on from L7) L13: I want to fight tooth and nail with you to get that extra growth.`},
		{"a title in marks after 'called' names a thing; no one says it", `Art
VSA is an international organization that supports the arts. VSA also organized an art exhibit called “Revealing Culture.” It opened in June.
The group showed a film called “Bright Lights” in May. “We wanted everyone to see it,” said Mary Lee, a VSA director.
`, `Mary Lee||VSA director| (person, name) L3: We wanted everyone to see it,`},
		{"a surname joined to its particle is found without it", `Gaza
The group's claims were disputed. “There is no information to confirm the killing,” said Hani al-Qawasmi, Palestinian Interior Minister.
Officials met later. “No party has said it is holding the journalist,” said Qawasmi.
`, `Hani al-Qawasmi||Minister|Palestinian Interior (person, name) L2: There is no information to confirm the killing,
Hani al-Qawasmi||Minister|Palestinian Interior (person, name) L3: No party has said it is holding the journalist,`},
		{"a town and its state after a name and its body, before the verb", `Floods
Capt. David Marciano of the Russian River Fire Department in Guerneville, Calif., said the guardsmen were "indispensable."
`, `David Marciano|Capt.||Russian River Fire Department (person, name, partial) L2: indispensable.`},
		{"a header field's label with its value lost is no one", `PM Transcripts

Transcripts from the Prime Ministers of Australia

Turnbull, Malcolm

Release Date:
Release Type:
Transcript ID:
Interview with David Koch, Sunrise

DAVID KOCH: Prime Minister, thanks for joining us.

PRIME MINISTER: Thank you, it is great to be here.

DAVID KOCH: How do you think we went?

PRIME MINISTER: I think we went well, and we should be filled with joy.

DAVID KOCH: Was it worth the money?

PRIME MINISTER: Well there is always a debate about that.
`, `Malcolm Turnbull||Prime Minister| (person, name) L14: Thank you, it is great to be here.
Malcolm Turnbull||Prime Minister| (person, name) L18: I think we went well, and we should be filled with joy.
Malcolm Turnbull||Prime Minister| (person, name) L22: Well there is always a debate about that.`},
		{"a quotation in title case that its speaker says, then more of their words after the colon", `Tribute

African bloggers are paying tribute to Wangari Maathai.

“Rest in Peace Mama Africa,” says Susan Wanjiru:

News of her death after a long battle with cancer is shocking. I have been wondering why she has not featured much in news lately.

Mwalimu Mati writes a personal memory of Wangari Maathai:

A week ago I was asked by a friend in the United Nations system to try and find Prof. Wangari Maathai.

He spoke at a panel, “Health Journalism in Africa: Challenges and Opportunities,” said the organisers.
`, `Susan Wanjiru||| (person, name) L5: Rest in Peace Mama Africa,
Susan Wanjiru||| (person, name) L7: News of her death after a long battle with cancer is shocking. I have been wondering why she has not featured much in news lately.
Mwalimu Mati||| (person, name) L11: A week ago I was asked by a friend in the United Nations system to try and find Prof. Wangari Maathai.`},
		{"a block announced by its verb before its subject, and one after 'notes that' whose next paragraph is in the first person", `Ghana

Ghana faces Uruguay today.

Blogging from South Africa, Kenyan blogger Rebecca Wanjiku notes that Ghana support has reached fever pitch:

It is the talk of town, buzzing on twitter; people just cannot stop talking about Ghana.

Everybody is an expert on football now. This morning I took a taxi and the driver could not stop talking.

All of Africa is behind you, writes Gayle Smith:

Good luck, because all of Africa, and many destinations beyond, are behind you.
`, `Rebecca Wanjiku||Kenyan blogger| (person, name) L7: It is the talk of town, buzzing on twitter; people just cannot stop talking about Ghana.
Rebecca Wanjiku||Kenyan blogger| (person, name, goes on from L7) L9: Everybody is an expert on football now. This morning I took a taxi and the driver could not stop talking.
Gayle Smith||| (person, name) L13: Good luck, because all of Africa, and many destinations beyond, are behind you.`},
		{"a writer's words announced by a long object of 'describes', or a bare one of 'posts'; a paragraph about others donating is the story's", `Uganda: Bloggers respond to massive flooding

The top thing on many Ugandan bloggers' minds has been the massive flooding.

Omar Basawad describes the lasting toll the natural disaster will take on the country:

The floods only exacerbate Uganda's already many problems: the conflict in the North and an economy that has not taken off.

Many bloggers express their sympathies and ask their readers to help the victims, either by contributing to relief efforts or by keeping them in our thoughts. Tandra posts instructions for donating to relief efforts through SMS:

Send an SMS and save a life. Simply type FLOOD and send to 198.
`, `Omar Basawad||| (person, name) L7: The floods only exacerbate Uganda's already many problems: the conflict in the North and an economy that has not taken off.
Tandra||| (person, name) L11: Send an SMS and save a life. Simply type FLOOD and send to 198.`},
		{"a statement over four paragraphs, marked only where it opens and where it closes", `Murray Shepherds Funding Through Senate

Senator Patty Murray today released the following statement:

“Today jobs and money are finally on their way to Washington state. It is time to move on.

I voted twice this week to move ahead and fund our federal responsibility to education.

The fight is not over. I remain committed to the issues that are important to our state – worker rights, health care and education.

We still have much work to do, but our state has the funds it needs to move forward.”
`, `Patty Murray||Senator| (person, name) L5: Today jobs and money are finally on their way to Washington state. It is time to move on.
Patty Murray||Senator| (person, continued, goes on from L5) L7: I voted twice this week to move ahead and fund our federal responsibility to education.
Patty Murray||Senator| (person, continued, goes on from L5) L9: The fight is not over. I remain committed to the issues that are important to our state – worker rights, health care and education. We still have much work to do, but our state has the funds it needs to move forward.`},
		{"a transcript that says whom it interviews: the other label, which asks, is the interviewer's", `Interview – Sky News AM Agenda

Subject: NASA Moon to Mars program, space industry

Minister for Industry, Science and Technology Karen Andrews was interviewed on Sky News AM Agenda.

Annelise Nielsen: Returning now to one of our top stories, the Australian Government will support the US ambition to get to Mars.

Karen, thank you for joining us.

Karen Andrews: It’s a pleasure to be with you this morning.

Annelise Nielsen: The big push today is about jobs. How many jobs can Australians expect to come out of this?

Karen Andrews: Well, the Australian space industry is incredibly important to us and employs 10,000 people.
`, `Karen Andrews||Minister for Industry, Science and Technology| (person, name) L11: It’s a pleasure to be with you this morning.
Karen Andrews||Minister for Industry, Science and Technology| (person, name) L15: Well, the Australian space industry is incredibly important to us and employs 10,000 people.`},
		{"one office's label over a whole page, its words in the first person", `PRIME MINISTER:
It’s good to be here joined by the Defence Minister to announce a decision of the Government.
This decision marks the next phase of Australia's contribution to the coalition.
We will join international partners in this mission.
`, `prime minister||Prime Minister| (unnamed, name) L2: It’s good to be here joined by the Defence Minister to announce a decision of the Government. This decision marks the next phase of Australia's contribution to the coalition. We will join international partners in this mission.`},
		{"double-spaced copy: a blank line after every line, inside sentences too", `Crime figures for the second quarter

The Minister for Justice welcomed the figures published today by the

Central Statistics Office, which show falls in most categories of crime

compared with the same quarter last year.

Minister Shatter said "The reduction in all categories of recorded crime

in the last quarter is very encouraging. While the figures show that the

Garda strategies in place to prevent and combat crime are working, both the

Garda Commissioner and I are determined that they will not lead to any

complacency on our part. The Community Service Bill will bring about a greater use of

Community Service Orders to the benefit of local communities."
`, `Shatter||Minister| (person, name) L9: The reduction in all categories of recorded crime in the last quarter is very encouraging. While the figures show that the Garda strategies in place to prevent and combat crime are working, both the Garda Commissioner and I are determined that they will not lead to any complacency on our part. The Community Service Bill will bring about a greater use of Community Service Orders to the benefit of local communities.`},
		{"a page filed under the one who answers, titled 'Interview with' its hosts: the hosts ask", `PM Transcripts

Morrison, Scott

Interview with Grant Denyer and Ash London, 2Day FM

GRANT DENYER: The Prime Minister has announced a new drought fund and he is joining us on the phone right now.

PRIME MINISTER: Hey Grant how are you mate?

GRANT DENYER: Really good thank you mate, drought is close to my heart and we have seen farmers do it tough.

PRIME MINISTER: Well it is, with drought it is all about getting the immediate relief to farmers.
`, `Scott Morrison||Prime Minister| (person, name) L9: Hey Grant how are you mate?
Scott Morrison||Prime Minister| (person, name) L13: Well it is, with drought it is all about getting the immediate relief to farmers.`},
		{"a doorstop that opens with its office's label on a line of its own, the floor asking between", `TREASURER:
Well, today's unemployment figure of 5.8 per cent is the lowest unemployment rate in Australia since 1990.
Now these figures bounce around a lot - let me be the first to say that.
JOURNALIST:
Where to from here? How low can it go?
TREASURER:
Well, you look back for a short period of time, in the very late 80s, we were below 6 per cent.
`, `treasurer||Treasurer| (unnamed, name) L2: Well, today's unemployment figure of 5.8 per cent is the lowest unemployment rate in Australia since 1990. Now these figures bounce around a lot - let me be the first to say that.
treasurer||Treasurer| (unnamed, name) L7: Well, you look back for a short period of time, in the very late 80s, we were below 6 per cent.`},
		{"a turn goes on over a long paragraph that ends inviting questions", `Doorstop

JULIE BISHOP: I’m pleased to launch Australia’s Consular State of Play. More Australians are travelling overseas than ever before.

Australians are also taking cruises in record numbers. But things can go wrong. Our message is make sure you’ve got travel insurance. Ok any questions?

JOURNALIST: Minister, do you expect the changes to go through?

JULIE BISHOP: The Australian Government places the highest priority in keeping Australians safe.
`, `Julie Bishop||| (person, name) L3: I’m pleased to launch Australia’s Consular State of Play. More Australians are travelling overseas than ever before. Australians are also taking cruises in record numbers. But things can go wrong. Our message is make sure you’ve got travel insurance. Ok any questions?
Julie Bishop||| (person, name) L9: The Australian Government places the highest priority in keeping Australians safe.`},
		{"a name between a long title and the letters after it keeps no comma", `Aid

Tánaiste and Minister for Foreign Affairs and Trade Eamon Gilmore, T.D., and Minister for Trade and Development Joe Costello, T.D., today announced €6.5 million in funding.

The Tánaiste said:

"This funding will help to provide clean water to people who are in desperate need."
`, `Eamon Gilmore||Tánaiste and Minister for Foreign Affairs and Trade| (person, role) L7: This funding will help to provide clean water to people who are in desperate need.`},
		{"a double prime closes a quotation after a digit, as a site's typesetting sets it", `Ukraine

Blogger Dan Matteush called the protests “Revolution 2.0″, alluding to the Orange Revolution six years ago. “The number of police is growing,” said Andriy Kachor.
`, `Dan Matteush||Blogger| (person, name) L3: Revolution 2.0
Andriy Kachor||| (person, name) L3: The number of police is growing,`},
		{"'explained it this way:' announces a block; a picture's licence credit is a caption", `Jamaica: State of Emergency

From the moment the warrant was signed, law and order began to unravel. Blogger Annie Paul, who has been following the case, explained it this way on Twitter this morning:

The pact between the criminals and the state has been broken, we are being shown the consequences of that rupture…

Home-made barricades in West Kingston. By bbcworldservice, used under a Creative Commons Licence.

The capital is under a state of emergency; updates on Twitter speak of looting and shootouts with police:
`, `Annie Paul||Blogger| (person, name) L5: The pact between the criminals and the state has been broken, we are being shown the consequences of that rupture…`},
		{"a family name first, shared by two people: the one named last before the quote", `Olympics

Yang Wei added another gold medal to the growing Chinese total. After disappointments in 2000 and 2004, Yang was ready to quit.

"2008 is a good opportunity for you. And I seized the moment," said Yang.

Yang Xiuli topped the women's judo 73-kilo weight class.
`, `Yang Wei||| (person, name) L5: 2008 is a good opportunity for you. And I seized the moment,`},
		{"a name, what the person is and the body, the body not closed by a comma before the verb", `Fraud

Geoff Southcote-Want, Specialist Fraud Prosecutor, Crown Prosecution Service said: "Land banking fraud has the potential to ruin lives."
`, `Geoff Southcote-Want||Prosecutor|Specialist Fraud (person, name) L3: Land banking fraud has the potential to ruin lives.`},
		{"a block goes on over a paragraph whose verb of speech follows a modal: what something will do", `Nepal aid

A RAF C-17 aircraft has arrived in Nepal, International Development Secretary Justine Greening announced today.

Justine Greening said:

These shelter kits and solar lanterns will help protect thousands of families who have lost their homes.

The Gurkha engineers that have arrived on the RAF C-17 will add vital capacity to the international relief effort.
`, `Justine Greening||International Development Secretary| (person, name) L7: These shelter kits and solar lanterns will help protect thousands of families who have lost their homes.
Justine Greening||International Development Secretary| (person, name, goes on from L7) L9: The Gurkha engineers that have arrived on the RAF C-17 will add vital capacity to the international relief effort.`},
		{"a date after a name is no part of it", `Interview
Correspondent Kyaw Kyaw Thein interviewed former Secretary of State Madeleine Albright June 4 in Rangoon.
"It is a wonderful treat, I have to say," Albright said.
`, `Madeleine Albright||former Secretary of State| (person, name) L3: It is a wonderful treat, I have to say,`},
		{"a noun in -ment is no one", `Running mate
Former vice president Joe Biden spoke in March.
Biden's commitment was plain: "My running mate will be a woman."
`, `Joe Biden||Former vice president| (person, name) L3: My running mate will be a woman.`},
		{"a count opening a sentence is no name; the one who asked is one of them", `Uniform changes
Dozens of soldiers applauded when one asked the sergeant major to "hold off making any more uniform changes for a while."
`, `one of the soldiers||| (unnamed, role, partial) L2: hold off making any more uniform changes for a while.`},
		{"an outlet quotes someone saying: the one quoted speaks", `Bank row
The Associated Press quotes the Belgian Development Aid minister saying, "There are no objections of EU countries."
`, `Belgian Development Aid minister||| (unnamed, role) L2: There are no objections of EU countries.`},
		{"the subject of two verbs joined by 'and' speaks", `Campaign
President Donald Trump spoke on Monday.
The Atlantic claimed that during a 2018 trip to France, Trump refused to visit a cemetery of U.S. soldiers and referred to the soldiers buried there as "losers".
`, `Donald Trump||President| (person, name, partial) L3: losers`},
		{"the latter of two bodies named; a time between the subject and its verb", `Crash
Investigations have been launched by the Federal Aviation Administration and the National Transportation Safety Board, with the latter yesterday confirming on Twitter they were "not traveling to the crash scene at this time."
`, `National Transportation Safety Board||| (organisation, role, partial) L2: not traveling to the crash scene at this time.`},
		{"a transcript's label of five words", `Briefing
PRESS SECRETARY JOHN F. KIRBY:  Hey, everybody.  Sorry I'm late, the room is full again.

Q:  Can you talk about the visit?

MR. KIRBY:  Yes, I can tell you a few things about the visit today.

UNDER SECRETARY BASS: — service and leadership. It's not Ned Price Day, but maybe it should be.
`, `John F. Kirby||Press Secretary| (person, name) L2: Hey, everybody. Sorry I'm late, the room is full again.
John F. Kirby||Press Secretary| (person, name) L6: Yes, I can tell you a few things about the visit today.
Bass||Secretary| (person, name) L8: — service and leadership. It's not Ned Price Day, but maybe it should be.`},
		{"a block quotation cut off where the page stops", `Whole life orders for the worst murders
Lord Chancellor Alex Chalk KC said:

A whole life order will now be the expectation for mur`, `Alex Chalk||Lord Chancellor| (person, name, cut) L4: A whole life order will now be the expectation for mur`},
		{"according to an organisation", `Airline cancels flights after the storm
According to the airline, "all flights will resume on Sunday."
`, `airline||| (organisation, role, partial) L2: all flights will resume on Sunday.`},
		{"an organisation's statement", `Company recalls its heaters
The company said in a statement: "Customers should stop using the heaters at once."
`, `company||| (organisation, role) L2: Customers should stop using the heaters at once.`},
		{"press-release attributions", `EPA announces grants for clean water
“These grants will protect the bay for a generation,” said EPA Regional Administrator Adam Ortiz.
“Our members are ready to start work,” said Jane Roe, executive director of the Bay Coalition.
Agriculture Secretary Tom Vilsack said: “Rural towns deserve clean water.”
“This airport matters to every family in the region,” said U.S. Sen. Tina Smith.
`, `Adam Ortiz||EPA Regional Administrator| (person, name) L2: These grants will protect the bay for a generation,
Jane Roe||executive director|Bay Coalition (person, name) L3: Our members are ready to start work,
Tom Vilsack||Agriculture Secretary| (person, name) L4: Rural towns deserve clean water.
Tina Smith||U.S. Sen.| (person, name) L5: This airport matters to every family in the region,`},
		{"a dash attribution under the quote", `New director named
“I am honoured to lead the agency at this moment.”
— Maria Perez, Director, Office of Rural Health
`, `Maria Perez||Director|Office of Rural Health (person, name) L2: I am honoured to lead the agency at this moment.`},
		{"party and state after the name", `Senators push for aid
Sen. Amy Klobuchar, D-Minn., said the bill was overdue. “Farmers cannot wait another season,” Klobuchar said.
`, `Amy Klobuchar||Sen.| (person, name) L2: Farmers cannot wait another season,`},
		{"in a statement", `Ministry responds to the report
In a statement, Health Minister Ana Silva said: “The figures are wrong.”
“We will publish our own,” Silva told VOA’s Portuguese Service.
`, `Ana Silva||Health Minister| (person, name) L2: The figures are wrong.
Ana Silva||Health Minister| (person, name) L3: We will publish our own,`},
		{"broadcast copy: ages, unnamed people, police titles", `Protests continue in the capital
Ahmed Ali, 34, a taxi driver in the capital, told VOA: “Prices have doubled since March.”
“We are not afraid,” said one protester, who gave only her first name.
“Two people were detained,” police spokesman John Doe said.
“The march was peaceful,” Doe, who has covered protests for years, told reporters.
`, `Ahmed Ali||taxi driver| (person, name) L2: Prices have doubled since March.
protester||| (unnamed, name) L3: We are not afraid,
John Doe||police spokesman| (person, name) L4: Two people were detained,
John Doe||police spokesman| (person, name) L5: The march was peaceful,`},
		{"wire copy wrapped at a width, with short paragraphs", `WASHINGTON (AP) — The Senate passed the spending bill on Thursday, averting a government
shutdown hours before the deadline.

Senate Majority Leader Chuck Schumer, D-N.Y., said the vote showed that "compromise is
still possible in this town."

"It's a status-quo bill," said Maya MacGuineas, president of the Committee for a
Responsible Federal Budget. "It does nothing about the debt."
`, `Chuck Schumer||Senate Majority Leader| (person, name, partial) L4: compromise is still possible in this town.
Maya MacGuineas||president|Committee for a Responsible Federal Budget (person, name) L7: It's a status-quo bill, It does nothing about the debt.`},
		{"spokespeople for an organisation, and a union", `Rail talks fail
Train drivers will strike next week, their union has said.
The Aslef union said its members had rejected the offer as "an insult".
The Rail Delivery Group said it was disappointed. "We have made a fair offer," a spokesperson for the organisation said.
"We remain open to talks," said a spokesman for the Rail Delivery Group.
`, `Aslef union||| (organisation, name, partial) L3: an insult
spokesperson for Rail Delivery Group||spokesperson|Rail Delivery Group (unnamed, name) L4: We have made a fair offer,
spokesman for Rail Delivery Group||spokesman|Rail Delivery Group (unnamed, name) L5: We remain open to talks,`},
		{"a given name that is also a noun, and how a quote was said", `Town rebuilt
One of them, retired teacher Bill Evans of Ohio, stayed for six months.
"I came for a weekend," Evans said, laughing. "My wife thinks I moved here."
`, `Bill Evans||retired teacher|Ohio (person, name) L3: I came for a weekend, My wife thinks I moved here.`},
		{"a pronoun after a person who opens the sentence before it", `School shooting in Toronto
"Students have a right to a safe school," said Bill Blair, Toronto Police Chief. Mayor David Miller interrupted the city council when he heard the news. "I never thought we would have a moment like this," he said.
`, `Bill Blair||Chief|Toronto Police (person, name) L2: Students have a right to a safe school,
David Miller||Mayor| (person, pronoun) L2: I never thought we would have a moment like this,`},
		{"a long title set off before the name", `Budget passes
"He should have had a strategy," Liberal Leader and former Environment Minister under Jean Chrétien, Stéphane Dion, said today.
`, `Stéphane Dion||Liberal Leader| (person, name) L2: He should have had a strategy,`},
		{"a particle joined to a surname, and a body's name before a title", `Iraq elects a president
"This is the new Iraq," said Parliament speaker Hajem al-Hassani.
`, `Hajem al-Hassani||Parliament speaker| (person, name) L2: This is the new Iraq,`},
		{"the subject of a clause before ', saying', named in an appositive", `Rail plan criticised
The largest opposition party, the Conservative Party, greeted the plan with scepticism, saying that it contains "reheated announcements".
`, `Conservative Party||| (organisation, name, partial) L2: reheated announcements`},
		{"a sex guessed from a first name gives way to the nearer person", `Carmaker recalls cars
One owner, Sam Lee of Ohio, said his brakes failed. "I was lucky," he said.
The company's chief executive, Ola Kallenius, told analysts that the problem was "fully understood." He added: "We have a fix."
`, `Sam Lee||owner|Ohio (person, pronoun) L2: I was lucky,
Ola Kallenius||company's chief executive| (person, name, partial) L3: fully understood.
Ola Kallenius||company's chief executive| (person, pronoun) L3: We have a fix.`},
		{"telling a paper: the subject speaks, not the paper", `Inquiry gains support
Since then, a Republican, Mark Amodei, has publicly voiced support for the inquiry, telling the Nevada Independent: "I'm a big fan of oversight."
`, `Mark Amodei||| (person, name) L2: I'm a big fan of oversight.`},
		{"a body's name run into a person's, and a possessive subject", `Reactions to the withdrawal
Former US Ambassador to the United Nations Nikki Haley wrote on Twitter, "We must always have the backs of our allies."
Actor Brendan Fraser's appearance at the convention was a surprise. He quipped "I still have dust in my shoes."
`, `Nikki Haley||United Nations| (person, name) L2: We must always have the backs of our allies.
Brendan Fraser||Actor| (person, pronoun) L3: I still have dust in my shoes.`},
		{"an abbreviated title and a party name the person", `Senators push rail bill
Sen. Maria Cantwell introduced the bill on Tuesday. "This is about keeping freight moving," the senator said.
Sen. Todd Young called the bill "a rare bipartisan win." "Infrastructure is not a partisan issue," the Indiana Republican said.
`, `Maria Cantwell||Sen.| (person, role) L2: This is about keeping freight moving,
Todd Young||Sen.| (person, name, partial) L3: a rare bipartisan win.
Todd Young||Sen.| (person, role) L3: Infrastructure is not a partisan issue,`},
		{"a transcript's labels: initials, and a speaker who names themselves", `Meet the teachers
AA: I'm Avi Arditti, and this week we meet teachers.
VVEDENSKA: "My name is Tetyana Vvedenska. I'm from Ukraine."
AA: "And if you had any tips for new teachers, what would they be?"
`, `Avi Arditti||| (person, name) L2: I'm Avi Arditti, and this week we meet teachers.
Tetyana Vvedenska||| (person, name) L3: My name is Tetyana Vvedenska. I'm from Ukraine.
Avi Arditti||| (person, name) L4: And if you had any tips for new teachers, what would they be?`},
		{"the words of, after a dash", `Attorney general goes to Orlando
"It is a cruel irony that this community is so often a target of hate" -- the words of U.S. Attorney General Loretta Lynch.
`, `Loretta Lynch||U.S. Attorney General| (person, name) L2: It is a cruel irony that this community is so often a target of hate`},
		{"broadcast copy names the voice, then plays it", `Farmers struggle
Tamara Nelsen is the Senior Director of Commodities for the Illinois Farm Bureau.
"The numbers for farm equipment sales are dismal, and that's troublesome."
`, `Tamara Nelsen||Senior Director of Commodities|Illinois Farm Bureau (person, nearby) L3: The numbers for farm equipment sales are dismal, and that's troublesome.`},
		{"a person of a body named with a determiner", `Buffalo return
"Bringing the buffalo back here is going to heal us," Crystal Bearing of the Northern Arapaho preservation office told those gathered.
`, `Crystal Bearing|||Northern Arapaho preservation office (person, name) L2: Bringing the buffalo back here is going to heal us,`},
		{"another of the same description", `Health report
"I believe Americans are living longer," said one woman.
"I don't think Americans are very healthy," said another.
`, `woman||| (unnamed, name) L2: I believe Americans are living longer,
another woman||| (unnamed, name) L3: I don't think Americans are very healthy,`},
		{"British copy: single marks, an affiliation set off by commas, a body's possessive before a title", `Waiting lists hit a record
The Royal College of Nursing's general secretary, Pat Cullen, said: 'Nursing staff are exhausted.'
Dr Tim Cooksley, of the Society for Acute Medicine, said: 'This winter has been the worst I can remember.'
`, `Pat Cullen||Royal College of Nursing's general secretary| (person, name) L2: Nursing staff are exhausted.
Tim Cooksley|Dr||Society for Acute Medicine (person, name) L3: This winter has been the worst I can remember.`},
		{"a name the article uses as a modifier is no one, nor the subject of 'is now called'", `Verdict approaches
Chum Mey, a survivor of the regime, sells books in what is now called the Tuol Sleng Genocide Museum.
He said he is awaiting the verdict of the Khmer Rouge tribunal.
"I'm happy to see there will be a verdict," he said.
`, `Chum Mey||survivor of the regime| (person, pronoun) L4: I'm happy to see there will be a verdict,`},
		{"a relative clause between a name and its verb; quoted as saying; a name with Jr.", `Reactions
Many Ukrainians agree with Senator John McCain, who while visiting Kyiv questioned the vote, saying it was "just like the old days."
Politico quoted Tim Manning, a former deputy administrator at FEMA, as saying "FEMA has an important role in coordinating the response."
Robert Downey Jr. and Scarlett Johansson spoke. Downey said of Boseman, "He was having this immense success."
`, `John McCain||Senator| (person, name, partial) L2: just like the old days.
Tim Manning||former deputy administrator|FEMA (person, name) L3: FEMA has an important role in coordinating the response.
Robert Downey Jr.||| (person, name) L4: He was having this immense success.`},
		{"a participle after the quote goes on with the subject before it", `Warrants issued
The prosecutor general of Tehran, Ali Alghasi Mehr, said the 36 must face "murder and terrorism charges", adding Iran will pursue the case.
`, `Ali Alghasi Mehr||prosecutor general of Tehran| (person, name, partial) L2: murder and terrorism charges`},
		{"a name spelled like a verb of speech", `Jobs report
Democratic presidential candidate John Kerry says the United States is in a "wage recession."
`, `John Kerry||Democratic presidential candidate| (person, name, partial) L2: wage recession.`},
		{"a person opening a sentence after an opening phrase; a participle after a name", `Mugabe dies
Both Mugabe and Morgan Tsvangirai claimed victory. Refusing to give up power, Robert Mugabe agreed to share it. "Only God who appointed me will remove me," he declared.
The President was supported by a speech by Michelle Obama describing his measures as "common sense."
`, `Robert Mugabe||| (person, pronoun) L2: Only God who appointed me will remove me,
Michelle Obama||| (person, name, partial) L3: common sense.`},
		{"titles and bodies around a name, an aside between dashes, a tweet by someone", `Reactions
"The church should act," Peter Iseley of worldwide victim group Ending Clergy Abuse said.
"International law prohibits this," the U.N.'s high commissioner for human rights, Volker Turk, told the council.
House Speaker John Bercow commented on the matter — which the BBC noted as unusual — "It is blindingly obvious."
"The airline transports weapons," according to a tweet on Monday by US Secretary of State Mike Pompeo.
"We will continue searching," 1st Fleet Command's Navy Information Agency head Arba Agung told the paper.
Mick Jagger of The Rolling Stones also reacted on Twitter, "Sad news."
`, `Peter Iseley|||Ending Clergy Abuse (person, name) L2: The church should act,
Volker Turk||U.N.'s high commissioner for human rights| (person, name) L3: International law prohibits this,
John Bercow||House Speaker| (person, name) L4: It is blindingly obvious.
Mike Pompeo||US Secretary of State| (person, name) L5: The airline transports weapons,
Arba Agung||Navy Information Agency head| (person, name) L6: We will continue searching,
Mick Jagger|||The Rolling Stones (person, name) L7: Sad news.`},
		{"a surname alone is the first person introduced with it; when asked; while campaigning", `Campaign trail
Joe Biden spoke in Ohio. His son Hunter Biden was there.
Biden, while campaigning in Michigan, called it "a betrayal of the American people."
Donald Trump was at the debate. Trump made a confusing statement about the group Proud Boys, when asked to condemn them, stating "stand back and stand by" instead.
`, `Joe Biden||| (person, name, partial) L3: a betrayal of the American people.
Donald Trump||| (person, name, partial) L4: stand back and stand by`},
		{"an organisation's acronym, and a verb of opinion", `Takedown
The Recording Industry Association of America (RIAA) sent a notice. The RIAA said the code was built to "circumvent the protection measures."
"Harris can rest easy," Martin opines, "she will not be blocked."
`, `Recording Industry Association of America||| (organisation, name, partial) L2: circumvent the protection measures.
Martin||| (person, name) L3: Harris can rest easy, she will not be blocked.`},
		{"a platform or a photo credit run into a name", `Campaign trail
Kanye West held a rally. The next day on Twitter West accused his wife of trying to "lock me up" over the rally.
Mark Seidenberg Image said she was "constitutionally ineligible."
`, `Kanye West||| (person, name, partial) L2: lock me up
Mark Seidenberg||| (person, name, partial) L3: constitutionally ineligible.`},
		{"a nationality or an age describes the person just heard", `Derby
United manager Erik ten Hag praised his side. "The players never stopped believing," the Dutchman said.
United striker Tom Hag scored twice. "We never stopped believing," the 24-year-old said.
`, `Erik ten Hag||United manager| (person, role) L2: The players never stopped believing,
Tom Hag||United striker| (person, role) L3: We never stopped believing,`},
		{"an age describes the person the story just introduced; a changed name marked for its footnote", `A year in a hotel
Refugee Action said families are being held in "de-facto detention".
When Eli* arrived in the UK in March 2022, she was looking forward to feeling safe.
Her friend Maria Costa, 39, lives two floors down.
"It's been really bad," the 42-year-old told openDemocracy. "Night and day we cry."
"There are three beds," she said.
"We share a kitchen," the 39-year-old said.
`, `Refugee Action||| (organisation, name, partial) L2: de-facto detention
Eli||| (person, role) L5: It's been really bad, Night and day we cry.
Eli||| (person, pronoun) L6: There are three beds,
Maria Costa||| (person, role) L7: We share a kitchen,`},
		{"a headline's speaker after a dash, not its kicker; a compound epithet varies the name just given", `EPL: ‘It was painful’ – Graham Potter reacts after losing to Brighton
Chelsea manager Graham Potter has expressed disappointment after losing to Brighton on Saturday.
"The scoreline was a painful one," Potter said.
Popular singer and musician Usher postponed his tour on Monday.
The super-fit singer took to Instagram to tell his followers.
"I have decided to postpone tonight's show," he wrote.
`, `Graham Potter||Chelsea manager| (person, name) L1: It was painful
Graham Potter||Chelsea manager| (person, name) L3: The scoreline was a painful one,
Usher||musician| (person, pronoun) L6: I have decided to postpone tonight's show,`},
		{"an opening's description of someone it names later by surname alone, as if known", `Minister calls for inquiry
A Labour former minister has urged the Speaker to launch an inquiry after he saw MPs being "physically manhandled" into the lobby.
His allegations came after the vote.
The motion was defeated, with Bryant later urging Dame Eleanor Laing to investigate.
"I saw members being bullied," Bryant said.
`, `Bryant||Labour former minister| (person, role, partial) L2: physically manhandled
Bryant||Labour former minister| (person, name) L5: I saw members being bullied,`},
		{"an opening's role named in a next paragraph by someone who 'is also' something", `Probe ordered
British Columbia's solicitor general says the province will investigate what he calls "troubling complaints" about the police.
Mike Farnworth, who is also minister of public safety, says the complaints were highlighted in a report.
`, `Mike Farnworth||British Columbia's solicitor general| (person, role, partial) L2: troubling complaints`},
		{"a plural noun that is also a verb of speech, before an auxiliary", `Talks narrow
National leader Christopher Luxon said coalition talks have narrowed “down to one or two issues” as he went in.
`, `Christopher Luxon||National leader| (person, name, partial) L2: down to one or two issues`},
		{"a Korean name, family name first, whose family name is also a body's noun", `Impeachment vote
As Park Chan-dae, floor leader of the Democratic Party, explained the motion, lawmakers left.
Justice Minister Park Sung-jae left too.
Park singled out the absent lawmakers, urging, “Please come back.”
`, `Park Chan-dae||floor leader|Democratic Party (person, name) L4: Please come back.`},
		{"a surname that is also a role, after an office in initials, before a day", `Rally
Congress leader Priyanka Gandhi and Rajasthan's former Deputy CM Sachin Pilot on Monday mounted an attack on the government.
Pilot said: "This election means a lot for the country."
`, `Sachin Pilot||former Deputy CM| (person, name) L3: This election means a lot for the country.`},
		{"a given name that is also a title, and a relative of the same surname", `Skelos sentenced
Former state Senate leader Dean Skelos was sentenced on Wednesday. Skelos and his son Adam were convicted in July.
"We don't talk anymore," Adam Skelos said.
"My son Adam, I love him more today than yesterday," a choked-up Dean Skelos said.
`, `Adam Skelos||| (person, name) L3: We don't talk anymore,
Dean Skelos||Senate leader| (person, name) L4: My son Adam, I love him more today than yesterday,`},
		{"a region named with a compass word or Upper is a place, no one to quote", `The big dry
Cattle and sheep farmer Bev Hicks breaks down in tears as she points out her dying trees.
Upper Hunter farmers are running out of water. Western Queensland is in its third year of drought.
"I'm sick of this damn drought," she says.
`, `Bev Hicks||sheep farmer| (person, pronoun) L4: I'm sick of this damn drought,`},
		{"a crosshead in marks whose words the story quotes later with their speaker", `Farmers drive tractors into Paris
“We are not giving up,” said union leader Arnaud Rousseau.
Farmers blocked the ring road for the third day.
‘Too many rules kill rules’
“We’re not in favour of anarchy, but too many rules kill rules,” said Fabrice Moulin, a cereal farmer in Eure.
`, `Arnaud Rousseau||union leader| (person, name) L2: We are not giving up,
Fabrice Moulin||cereal farmer|Eure (person, name) L4: Too many rules kill rules
Fabrice Moulin||cereal farmer|Eure (person, name) L5: We’re not in favour of anarchy, but too many rules kill rules,`},
		{"a person named as the owner of a place after a preposition", `Police shoot suspect
The police shooting happened in Kerry O’Connell’s driveway.
"I ran up to the front window," he recalled.
`, `Kerry O’Connell||| (person, pronoun) L3: I ran up to the front window,`},
		{"a surname misspelt by one letter names the one person it misspells", `Moon launch
Humans might someday live on the moon, David Morrison, director of the NASA Lunar Science Institute, told the audience.
“It’s not just any moon,” Morrision said.
`, `David Morrison||director|NASA Lunar Science Institute (person, name) L3: It’s not just any moon,`},
		{"a name in an aside set off by dashes is not what the sentence is about", `Health secretary stunned
Wes Streeting said he has been “genuinely stunned” by the failings.
The investigation - led by NHS surgeon Lord Ara Darzi - will help inform Mr Streeting's plan for the NHS.
He told the BBC that there was "worse to come."
`, `Wes Streeting|Mr|| (person, name, partial) L2: genuinely stunned
Wes Streeting|Mr|| (person, pronoun, partial) L4: worse to come.`},
		{"dismissing something as words in marks says them", `Peters talks
Winston Peters met National on Monday.
He walked away, and dismissed a question about whether National has a moral authority to govern as "idiotic".
`, `Winston Peters||| (person, pronoun, partial) L3: idiotic`},
		{"informing someone of words in marks says them; a model's name with digits is a thing's", `Layoffs begin
Employees had been bracing for layoffs since chief executive Chris Licht informed them that "unsettling" changes lie ahead.
Harry Dunn, a 19-year-old motorcyclist, was struck by a Volvo XC90 driving on the wrong side of the road.
Police were able to determine the car had come from RAF Croughton and spoke with Anne Sacoolas as a suspect. She informed police she had immunity, but "that she had no plans to leave the country".
`, `Chris Licht||chief executive| (person, name, partial) L2: unsettling
Anne Sacoolas||| (person, pronoun, partial) L4: that she had no plans to leave the country`},
		{"being emphatic that words in marks says them", `Biotech summit
Executives of Point Therapeutics spoke first.
Jeff Jonas, CEO of Sage Therapeutics, was also emphatic that regulations based on “bad actors who we haven’t called out” could be an overreaction.
`, `Jeff Jonas||CEO|Sage Therapeutics (person, name, partial) L3: bad actors who we haven’t called out`},
		{"quoting someone named by an object pronoun", `Apple profit
Chief executive Steve Jobs is taking leave. The company quoted him saying he hoped to return “as soon as I can”.
Analyst Jane Smith was at the call. Reuters quoted her as saying she was “reassured”.
`, `Steve Jobs||Chief executive| (person, pronoun, partial) L2: as soon as I can
Jane Smith||Analyst| (person, pronoun, partial) L3: reassured`},
		{"a reporter's question in a sports transcript, after 'Q.'", `Lowry leads The Open
THE MODERATOR: We're joined by Shane Lowry, our clubhouse leader.
SHANE LOWRY: Yeah, I'm very happy. I went out there and played my game.
Q. I think "holed a few putts" might be a bit of an understatement. What were you seeing?
SHANE LOWRY: I came here two weeks ago.
Q. Is this the best you've played?
SHANE LOWRY: Yeah, it's the best I've played.
`, `Shane Lowry||our clubhouse leader| (person, name) L3: Yeah, I'm very happy. I went out there and played my game.
Shane Lowry||our clubhouse leader| (person, name) L5: I came here two weeks ago.
Shane Lowry||our clubhouse leader| (person, name) L7: Yeah, it's the best I've played.`},
		{"quotation marks printed as doubled grave accents, as old wire copy's archives print them", strings.ReplaceAll(`Union strikes
WASHINGTON -- The union said it would strike after talks failed.
~~The negotiations are continuing,~~ spokeswoman Rozanne Weissman said, ~~but it~s unlikely a settlement can be reached.~~
She added, ~~There will be pickets up across the country.''
`, "~", "`"), `Rozanne Weissman||spokeswoman| (person, name) L3: The negotiations are continuing, but it` + "`" + `s unlikely a settlement can be reached.
Rozanne Weissman||spokeswoman| (person, pronoun) L4: There will be pickets up across the country.`},
		{"a quotation split by a role and a name", `Strike
"The negotiations are continuing," union spokeswoman Rozanne Weissman said, "but it is unlikely a settlement can be reached."
`, `Rozanne Weissman||union spokeswoman| (person, name) L2: The negotiations are continuing, but it is unlikely a settlement can be reached.`},
		{"a titled person and another joined by 'and'", `Flooding carnage
Heather Townsend A garden submerged under waterHeather Townsend
Heather Townsend said the town had suffered "carnage" after the rain.
He was honoured by Savannah Alderman John Hall and Mayor Pro Tem Van Johnson on Thursday.
"The community has lost a giant," Hall said.
`, `Heather Townsend||| (person, name, partial) L3: carnage
John Hall||Savannah Alderman| (person, name) L5: The community has lost a giant,`},
		{"a quotation after a paragraph of the writer's about the speaker heard before it", `Goa beaten
FC Goa head coach Sergio Lobera apologised to the fans.
"It is my responsibility that the team didn't play well."
What irked the 41-year-old, however, was the fact that he had expected Cesar Ferrando's men to play the way they did.
"We knew how Jamshedpur FC plays. I told my players they will attack."
`, `Sergio Lobera||FC Goa head coach| (person, nearby) L3: It is my responsibility that the team didn't play well.
Sergio Lobera||FC Goa head coach| (person, nearby) L5: We knew how Jamshedpur FC plays. I told my players they will attack.`},
		{"a hyphenated role before a name, a relative clause after an affiliation", `Ancient DNA
Co-author Iosif Lazaridis of Harvard Medical School said the results were "clear-cut and striking."
"It's an elegant study," said Professor Jane Ellis, an archaeologist at the University of York who was not involved in the research.
`, `Iosif Lazaridis||Co-author|Harvard Medical School (person, name, partial) L2: clear-cut and striking.
Jane Ellis|Professor|archaeologist|University of York (person, name) L3: It's an elegant study,`},
		{"organisations in statements", `Government answers critics
“The measures are temporary,” according to a statement from the ministry.
The White House said in a statement that “no decision has been made.”
`, `ministry||| (organisation, role) L2: The measures are temporary,
White House||| (organisation, name, partial) L3: no decision has been made.`},
		{"participles and places between a name and its verb", `Talks in the capital
Jane Doe, speaking by phone from Kabul, said: “The roads are closed.”
Doe, who arrived on Monday, later told reporters: “We need more trucks.”
`, `Jane Doe||| (person, name) L2: The roads are closed.
Jane Doe||| (person, name) L3: We need more trucks.`},
		{"a statement speaks for the body that issued it", `Company answers critics
Acme Corporation issued a statement on Tuesday. “We regret the delay,” the statement said.
`, `Acme Corporation||| (organisation, role) L2: We regret the delay,`},
		{"says in the present tense, and a pronoun after a name", `Scientist warns on heat
Climate scientist Rita Gomez says the summer was the hottest on record. “This is not a one-off,” she says.
`, `Rita Gomez||Climate scientist| (person, pronoun) L2: This is not a one-off,`},
		{"questions, interviews and plural speakers", `Leaders meet at the border
In an interview with VOA, Foreign Minister Ali Reza said: “We came to listen.”
“Why now?” asked opposition leader Sara Khan.
“We agreed on a ceasefire,” the two leaders said in a joint statement.
“The talks were useful,” Reza wrote on Facebook.
`, `Ali Reza||Foreign Minister| (person, name) L2: We came to listen.
Sara Khan||opposition leader| (person, name) L3: Why now?
two leaders||| (unnamed, name) L4: We agreed on a ceasefire,
Ali Reza||Foreign Minister| (person, name) L5: The talks were useful,`},
		{"an agency named after a person's affiliation", `Refugees cross the border
“Families are arriving with nothing,” said Olga Sarrado of the U.N. refugee agency, UNHCR.
`, `Olga Sarrado|||U.N. refugee agency (person, name) L2: Families are arriving with nothing,`},
		{"a group is not the last person", `Inspectors visit the plant
Plant manager Omar Diaz showed the inspectors around. “We have nothing to hide,” Diaz said.
“The site is safe,” the inspectors said after the visit.
`, `Omar Diaz||Plant manager| (person, name) L2: We have nothing to hide,
inspectors||| (unnamed, role) L3: The site is safe,`},
		{"countries and their ministries", `Beijing responds to the sanctions
“The sanctions are illegal,” China's foreign ministry said in a statement.
Russia said: “We will respond in kind.”
`, `China's foreign ministry||| (organisation, name) L2: The sanctions are illegal,
Russia||| (organisation, name) L3: We will respond in kind.`},
		{"a clause that introduces a quotation", `Leader defends the decision
President Ana Mora, speaking on television, defended her decision: “We had no other choice.”
`, `Ana Mora||President| (person, name) L2: We had no other choice.`},
		{"marks on lines of their own", `Title: Senators introduce a bill
Content:
“
This bill will cut waiting times
,”
said Sen. Ruth Hale.
“
It is long overdue
.”
`, `Ruth Hale||Sen.| (person, name) L3: This bill will cut waiting times ,
Ruth Hale||Sen.| (person, continued) L7: It is long overdue .`},
		{"spaces a scraped page lost around the marks", `Governor thanks the senator
“We will get through this,”said Sen. Ruth Hale.“Together.”Said Governor Tom Reed:“I appreciate the call.”
`, `Ruth Hale||Sen.| (person, name) L2: We will get through this, Together.
Tom Reed||Governor| (person, name) L2: I appreciate the call.`},
		{"voices online", `Netizens react to the ban
As Twitter user @mariasol put it: “Nobody asked us.”
Blogger Ana Silva wrote on her blog: “The ban will not last.”
The website Example.org wrote: “We will keep publishing.”
One commenter wrote: “This is absurd.”
`, `@mariasol||| (person, name) L2: Nobody asked us.
Ana Silva||Blogger| (person, name) L3: The ban will not last.
Example.org||| (organisation, name) L4: We will keep publishing.
commenter||| (unnamed, name) L5: This is absurd.`},
		{"ranks before names: an ordinal, brackets", `Airmen help at the food bank
“I was looking for a place to help,” said 2nd Lt. Christine Williams, 319 CS.
“Volunteering as a group,” said Chaplain (Capt.) James Finley, 20th Fighter Wing chaplain, “is a great outlet.”
`, `Christine Williams|2nd Lt.|| (person, name) L2: I was looking for a place to help,
James Finley|Chaplain Capt.|20th Fighter Wing chaplain| (person, name) L3: Volunteering as a group, is a great outlet.`},
		{"bodies are not people", `Airmen help at the food bank
Senior Airman Chris Wright, 319th Communications Squadron, volunteered for the first time.
“It feels good to give back,” he said.
Health officials at the Centers for Disease Control and Prevention counted the cases.
Dr. John Angus of Hospital Fermathe says his hospital is full. “We need supplies,” he said.
`, `Chris Wright|Senior Airman||319th Communications Squadron (person, pronoun) L3: It feels good to give back,
John Angus|Dr.||Hospital Fermathe (person, pronoun) L5: We need supplies,`},
		{"a given name or a surname alone names someone introduced before", `Patients line up at the clinic
One of them is 58-year-old Zoraya Abdullah, who has come for an eye check.
Zoraya says poor families cannot pay for medicine.
“If we have no money we cannot go to a doctor,” she said.
Coach Greg Ryan dropped the goalkeeper after some controversial remarks.
Ryan had chosen another keeper for the semifinal. He feels he made the right decision.
“My mistake was not rotating them earlier,” he said.
`, `Zoraya Abdullah||| (person, pronoun) L4: If we have no money we cannot go to a doctor,
Greg Ryan||Coach| (person, pronoun) L7: My mistake was not rotating them earlier,`},
		{"a body's possessive before a title and a name", `The Gambia takes Myanmar to court
“We don't want others to feel our pain,” said The Gambia's Justice Minister Abubacarr Tambadou.
One of them even went as far as to say, “It made me the person I am today.”
`, `Abubacarr Tambadou||Justice Minister| (person, name) L2: We don't want others to feel our pain,
one of them||| (unnamed, name) L3: It made me the person I am today.`},
		{"a quotation goes on over lines with no marks to the line that closes it", `A rookie joins the team
“Look how far we came
Through the fire, I stood knowing we would reign
Through these curtains I see how life has changed.” – Meek Mill, “Maybach Curtains”
"National parks have been the family vacation of choice,"
said Acting NPS Director Dan Wenk. "There are opportunities for everyone.
Enjoy a ranger program and our history."
`, `Meek Mill||| (person, name) L2: Look how far we came Through the fire, I stood knowing we would reign Through these curtains I see how life has changed.
Dan Wenk||Acting NPS Director| (person, name) L5: National parks have been the family vacation of choice, There are opportunities for everyone. Enjoy a ranger program and our history.`},
		{"titles in marks, a word said over, an aside in brackets", `Egypt urges restraint
The ministry issued a statement, “Show Restraint in Ferguson,” the agency said.
STUDENTS: "Wake. Wake."
“We found the drugs in the boxes”, West Midlands Police reported recovering MDMA (“ecstasy”) there.
`, `West Midlands Police||| (organisation, name) L4: We found the drugs in the boxes`},
		{"the clause's subject when the words before the verb name no one", `Marchers fill the streets
Some of the protesters Wikinews interviewed said they had gone to “defend their right to work in Europe”.
Francis Nath a UN Education Associate who assisted with the training, said “you can see the level of English improve by the second day.”
`, `some of the protesters||| (unnamed, name, partial) L2: defend their right to work in Europe
Francis Nath||UN Education Associate| (person, name, partial) L3: you can see the level of English improve by the second day.`},
		{"a list of people, and a bare title", `Officials meet refugees
Secretary of State John Kerry, Special Envoy Angelina Jolie Pitt and Assistant Secretary of State Anne C. Richard met refugees. Speaking about the crisis, the Secretary took the opportunity to stress that “a huge effort is being made to respond to this crisis.”
`, `John Kerry||Secretary of State| (person, role, partial) L2: a huge effort is being made to respond to this crisis.`},
		{"labels that say what the speakers are", `How a chemist teaches English
Welcome to the program. I'm Shirley Griffith.
TEACHER AND STUDENTS: "The tip of the tongue to the teeth."
STUDENTS: "The tip of the tongue to the teeth."
“We talk about learning English today,” Griffith said.
`, `teacher and students||| (unnamed, name) L3: The tip of the tongue to the teeth.
students||| (unnamed, name) L4: The tip of the tongue to the teeth.
Shirley Griffith||| (person, name) L5: We talk about learning English today,`},
		{"an opening mark at the end of a line goes with the next", `Title: Senators introduce the GEO Act
Content:
Senator Martin Heinrich introduced the bill.
“
Our workforce is ready to lead the nation
,”
said Heinrich
. “
By breaking down barriers, the act builds on our success
.”
`, `Martin Heinrich||Senator| (person, name) L4: Our workforce is ready to lead the nation , By breaking down barriers, the act builds on our success .`},
		{"a signature line, and quotes glued together", `Title: Senators call for flood aid
Content:
The senators held a town meeting on Monday with the governor.
“Bad landlords have abused our housing system for too long.”
Senator Josh Hawley
Said Governor Phil Scott:“We are Vermont strong, and tough too.”“It has been inspiring to see Vermonters help,”said Sen. Peter Welch.“We will rebuild.”
`, `Josh Hawley||Senator| (person, name) L4: Bad landlords have abused our housing system for too long.
Phil Scott||Governor| (person, name) L6: We are Vermont strong, and tough too.
Peter Welch||Sen.| (person, name) L6: It has been inspiring to see Vermonters help, We will rebuild.`},
		{"a phrase in the writer's sentence does not run on into the next quote", `Experts warn about naming the virus
Public health expert Wendy Parmet said the name would place "tremendous stigmatization on the people of Wuhan." She went on to say, "People tend to think of the disease as belonging to a group."
`, `Wendy Parmet||Public health expert| (person, name, partial) L2: tremendous stigmatization on the people of Wuhan.
Wendy Parmet||Public health expert| (person, pronoun) L2: People tend to think of the disease as belonging to a group.`},
		{"an opening quote set before its author, after a colon", `Bloggers on the summit

“We can’t find a functional government or a serious opposition”: Attillah Springer [1] is convinced that we are not seeing.

“Look busy. The summit is coming”: residents of the capital mock the clean-up.

The minister opened the summit. “Welcome”: that was all.
`, `Attillah Springer||| (person, name) L3: We can’t find a functional government or a serious opposition
residents||| (unnamed, name) L5: Look busy. The summit is coming`},
		{"a transcript's answers are the interviewee's", `Transcript of an interview with Health Minister Ana Lima

Radio Norte's Tom Reyes interviewed the minister in her office on Monday.

Q: Minister, thank you for joining us. Will the clinics open?

A: They will open next week, every one of them, and the staff are ready.

Q: And the cost?

A: It is paid for from this year's budget, not from new borrowing.
`, `Ana Lima||Health Minister| (person, name) L7: They will open next week, every one of them, and the staff are ready.
Ana Lima||Health Minister| (person, name) L11: It is paid for from this year's budget, not from new borrowing.`},
		{"an age before a name; chimed in", `Students join the march
"A lot of people wait on a system they don't trust," said 17 year old Micah Guthrie. "I'm glad I came out."
"Our goal should be to progress," his friend Graham Brady chimed in. "Are we even progressing?"
"We walked all night," said 19-year-old Ana Ruiz.
`, `Micah Guthrie||| (person, name) L2: A lot of people wait on a system they don't trust, I'm glad I came out.
Graham Brady||| (person, name) L3: Our goal should be to progress, Are we even progressing?
Ana Ruiz||| (person, name) L4: We walked all night,`},
		{"a name line above each statement", `Commission proposes new budget rules

Ursula von der Leyen, President of the European Commission

"Today we propose maximum flexibility for our rules to support everybody."

Paolo Gentiloni, Commissioner for Economy

"Today we are taking the first step towards sustainable economic policy."
`, `Ursula von der Leyen||President of the European Commission| (person, name) L5: Today we propose maximum flexibility for our rules to support everybody.
Paolo Gentiloni||Commissioner for Economy| (person, name) L9: Today we are taking the first step towards sustainable economic policy.`},
		{"a name line under each statement", `Senators welcome the flood aid

The aid was approved on Monday.

"This money will rebuild the bridges our farmers need."

Senator Josh Hawley

"The families of the valley have waited long enough for this."

Senator Roy Blunt
`, `Josh Hawley||Senator| (person, name) L5: This money will rebuild the bridges our farmers need.
Roy Blunt||Senator| (person, name) L9: The families of the valley have waited long enough for this.`},
		{"a phrase in the first person is a speaker's; a hashtag is no quote", `Fans fill the convention centre
Lisa Mancini has been cosplaying for two years. Her "passion" for the hobby "stemmed through my love for Halloween."
The crowd chanted "#we want freedom#" outside the hall.
`, `Lisa Mancini||| (person, nearby, partial) L2: stemmed through my love for Halloween.`},
		{"a label with what the speaker is in brackets; an operator and a doctor's label make a transcript", `Media Telebriefing Transcript: Update on the outbreak

Operator: Welcome, and thank you all for standing by for today's call.

Paul Fulton (Moderator): Thank you for joining us today. We are joined by Director Dr. Robert Redfield.

Dr. Redfield: Thank you, Paul, and thank you all for joining us today.
`, `operator||| (unnamed, name) L3: Welcome, and thank you all for standing by for today's call.
Paul Fulton||Moderator| (person, name) L5: Thank you for joining us today. We are joined by Director Dr. Robert Redfield.
Robert Redfield|Dr.|Director| (person, name) L7: Thank you, Paul, and thank you all for joining us today.`},
		{"labels in small letters with what the speaker is after a comma; the office alone names the same person; the host's turns, under either label, are the programme's", `Podcast interview

Katherine Murphy, Host: Anthony Albanese, welcome to the Pod.

Anthony Albanese, Prime Minister: Good to be with you, Katherine.

Murphy: So, I want to start with the last time we spoke on the podcast.

Prime Minister: Feels like a long time ago, and we have done many things since.
`, `Anthony Albanese||Prime Minister| (person, name) L5: Good to be with you, Katherine.
Anthony Albanese||Prime Minister| (person, name) L9: Feels like a long time ago, and we have done many things since.`},
		{"an office and what it serves set off after a name, before the verb", `Top prosecutions

“Our investigators have been working hard to crack down on tax crimes,” Mel Stride, Financial Secretary to the Treasury, said.

Jane Roe, Special Representative to South Sudan, said: “The fighting must stop now.”
`, `Mel Stride||Financial Secretary to the Treasury| (person, name) L3: Our investigators have been working hard to crack down on tax crimes,
Jane Roe||Special Representative to South Sudan| (person, name) L5: The fighting must stop now.`},
		{"a role of a person named before, then the speaker's name; according to a person who is described; a clause after according to says nothing of its person", `Storm recovery begins

Maria Lopez has led Ponce for five years. Sheldon Yett of UNICEF visited the city.

“We will rebuild every school that was lost in the storm,” said Lopez's deputy, Ana Ruiz.

According to Maria Lopez, the city's mayor, “the work will take years.”

According to Yett, the goal for the two-day campaign was to exceed 90 percent. “We have never seen anything like it,” Yett said.
`, `Ana Ruiz||Lopez's deputy| (person, name) L5: We will rebuild every school that was lost in the storm,
Maria Lopez||city's mayor| (person, name, partial) L7: the work will take years.
Sheldon Yett|||UNICEF (person, name) L9: We have never seen anything like it,`},
		{"a name after the verb of a subject is whom the subject spoke of; a verb after and with an auxiliary; a body set off with its acronym", `Leaders react

A newscaster on state-run Chinese television said Nelson Mandela "belongs to people across the world."

Riek Machar, whom Kiir fired in July, has vowed to challenge Kiir for the leadership, and has accused the president of having “dictatorial tendencies.”

One of these groups, the Syrian Democratic Forces (SDF), opposed the withdrawal and said it was given "assurances from the US that it would not allow any Turkish operations."
`, `newscaster||| (unnamed, name, partial) L3: belongs to people across the world.
Riek Machar||| (person, name, partial) L5: dictatorial tendencies.
Syrian Democratic Forces||| (organisation, name, partial) L7: assurances from the US that it would not allow any Turkish operations.`},
		{"a word quoted inside a quotation in the same marks", `Egg labels act

“Misbranded egg alternatives profit off of deceiving consumers with the use of terms such as “egg” in their marketing. This is false advertising,” said Congresswoman Elise Stefanik.
`, `Elise Stefanik||Congresswoman| (person, name) L3: Misbranded egg alternatives profit off of deceiving consumers with the use of terms such as “egg” in their marketing. This is false advertising,`},
		{"a paragraph that ends with its speech verb and a comma announces the quotation after it", `Flood relief plans

The Minister for the Office of Public Works (OPW), Patrick O’Donovan TD, today visited Cork City.

Speaking afterwards, the Minister said,

I am all too aware of the hardship experienced by homeowners and business owners in the event of flooding.
`, `Patrick O’Donovan||Minister for the Office of Public Works| (person, role) L7: I am all too aware of the hardship experienced by homeowners and business owners in the event of flooding.`},
		{"a place before a person's name after in", `Cyclone response

The agency's head of office in Mozambique Jane Turton appeared on the lunchtime news.

She said:

The situation on the ground in Maputo is incredibly serious.
`, `Jane Turton||| (person, pronoun) L7: The situation on the ground in Maputo is incredibly serious.`},
		{"a nation's adjective opens a description, no name; before a name it is the person's nation", `Ship heads home

Master of the ship, Captain Gerry O'Doherty, a veteran of previous Australian Antarctic voyages, is excited to be at the helm.

"The people of Hobart will be blown away when they see the size of the ship," he said.

Egyptian blogger Aida Elkashef laughed. "It makes you laugh and cry at the same time," Elkashef wrote.
`, `Gerry O'Doherty|Captain|Master of the ship| (person, pronoun) L5: The people of Hobart will be blown away when they see the size of the ship,
Aida Elkashef||Egyptian blogger| (person, name) L7: It makes you laugh and cry at the same time,`},
		{"a given name alone is a person; someone of a place the text names is unnamed; a state after a town is no person", `Seniors town hall

Vermont seniors joined the call. Paul from Johnson, VT said, “I’m committed to what I do for work.”

Another Vermonter from Williamstown spoke of their difficulty, saying “I’m going to have to keep us going on a small check each month.”

Courtney Dressing of Alexandria, Virginia, says the students share ideas. “It's great,” Virginia said.
`, `Paul||| (person, name) L3: I’m committed to what I do for work.
Vermonter||| (unnamed, name) L5: I’m going to have to keep us going on a small check each month.
Virginia||| (organisation, name) L7: It's great,`},
		{"it is the organisation that opens a sentence of the paragraph", `Cosmonaut dies

NASA interrupted its live coverage of an International Space Station spacewalk to mourn Leonov's passing. It also credited Leonov with making the spacewalk possible, noting on Twitter "[h]is venture into the vacuum of space began the history of extravehicular activity".
`, `NASA||| (organisation, pronoun, partial) L3: [h]is venture into the vacuum of space began the history of extravehicular activity`},
		{"PM is the Prime Minister's label", `Flood press conference

PM: Of course St George has been on alert about rising floodwaters for many days now.

PREMIER BLIGH: Well thank you Prime Minister. It's very heartening to see you here.
`, `prime minister||Prime Minister| (unnamed, name) L3: Of course St George has been on alert about rising floodwaters for many days now.
Bligh||Premier| (person, name) L5: Well thank you Prime Minister. It's very heartening to see you here.`},
		{"British copy opens each paragraph of a quotation with a single mark and may leave it open", `Fish kill apology

‘We unreservedly apologise for this incident. We deeply regret the pollution,’ said Martin Weiler for the Environment Agency.

‘We have learned lessons and improved our procedures and practices for managing contractors.

Responding to the statistics, Policing Minister Nick Herbert said:

Today’s crime figures show a mixed picture and cannot be used to show a long term change.

‘There are areas of concern and, as we have consistently said, crime remains too high.
`, `Martin Weiler|||Environment Agency (person, name) L3: We unreservedly apologise for this incident. We deeply regret the pollution,
Martin Weiler|||Environment Agency (person, continued) L5: We have learned lessons and improved our procedures and practices for managing contractors.
Nick Herbert||Policing Minister| (person, name) L9: Today’s crime figures show a mixed picture and cannot be used to show a long term change.
Nick Herbert||Policing Minister| (person, name, goes on from L9) L11: There are areas of concern and, as we have consistently said, crime remains too high.`},
		{"a colon after what a person said announces her words in the first person, which may quote someone", `Election night

Another diaspora blogger, Liza from Puerto Rico, said that the voting process was emotional for her:

I got so overwhelmed by this historic moment that I totally lost it. I came out crying from the voting booth.

All my neighbors were asking what was wrong. I couldn't say anything and Mark just said: ‘She's having a moment.’
`, `Liza||| (person, name) L5: I got so overwhelmed by this historic moment that I totally lost it. I came out crying from the voting booth.
Liza||| (person, name, goes on from L5) L7: All my neighbors were asking what was wrong. I couldn't say anything and Mark just said: ‘She's having a moment.’`},
		{"a colon after what a named person reports announces a block of their sentences, though not in the first person", `Fotokol

Cameroonian blogger Noelle Lafortune reports that the attack signals that Boko Haram might be losing ground in the region:

On the frontline, doubt might be switching sides. The emergence of the Chadian army appears to be decisive.

The army did not comment.
`, `Noelle Lafortune||Cameroonian blogger| (person, name) L5: On the frontline, doubt might be switching sides. The emergence of the Chadian army appears to be decisive.`},
		{"a quotation opened with a doubled mark closes with a doubled one; two single marks open a quotation a double one closes; a boss is a role", `Man barricades himself in apartment

“”Clearly, this is an individual in crisis,”” said Sgt. Fabian Pacheco. “”We will get him the help that he needs.””

Yesterday, Port police boss Patrick Lobolia said the magistrate was being held at the station.

‘’The magistrate is with us. His lawyer has come and he had a brief meeting with him,” the police boss said.
`, `Fabian Pacheco|Sgt.|| (person, name) L3: Clearly, this is an individual in crisis, We will get him the help that he needs.
Patrick Lobolia||Port police boss| (person, role) L7: The magistrate is with us. His lawyer has come and he had a brief meeting with him,`},
		{"a word for what someone does by its ending is a title before a given name; a body's forecast speaks for it", `Heatwave

Forecaster Simon Partridge said: “Parts of south-east England could exceed 35C on Sunday.”

The Met Office’s long-range forecast says: “Through the weekend, sunny and dry conditions will prevail for most.”
`, `Simon Partridge||Forecaster| (person, name) L3: Parts of south-east England could exceed 35C on Sunday.
Met Office||| (organisation, role) L5: Through the weekend, sunny and dry conditions will prevail for most.`},
		{"the captain is the skipper the text named, not a player named after", `World Cup

Australian skipper Pat Cummins revealed how the side reacted.

The captain also lauded centurion Travis Head, whose knock Australia rode on to clinch the victory and said, “Travis Head was phenomenal.”
`, `Pat Cummins||Australian skipper| (person, role) L5: Travis Head was phenomenal.`},
		{"a phrase of time that ends the quoted sentence does not part a split quotation from its speaker", `Houston floods

Traffic cameras showed that two of those killed drove around barricades, according to Michael Walter, a spokesman for the city’s emergency operation center.

Harris County Judge Ed Emmett signed an emergency declaration.

“This is the second most devastating rainfall event in this area’s history after Tropical Storm Allison” in 2001, Walter said, “based on the amount of rain that fell and where it fell.”
`, `Michael Walter||spokesman for the city’s emergency operation center| (person, name) L7: This is the second most devastating rainfall event in this area’s history after Tropical Storm Allison based on the amount of rain that fell and where it fell.`},
		{"he who says it to the judge is not the judge, but the subject before", `Outburst in court

Paul Russell, 37, of no fixed address, appeared in court on Monday.

As soon as Judge Olann Kelleher refused bail, the accused made the comment.

When he was refused bail, he said to the judge: “This court is a load of rubbish, I will get High Court bail.”
`, `Paul Russell||| (person, pronoun) L7: This court is a load of rubbish, I will get High Court bail.`},
		{"a clause that sets the scene after \"noted that\" does not say who spoke", `Inquest

State Coroner Alastair Hope made an open finding.

But the Coroner noted that while police had decided there was not enough evidence for a charge, there was no alternative charge which could apply in "such a circumstance".
`, `Alastair Hope||State Coroner| (person, role, partial) L5: such a circumstance`},
		{"Cr and Coun are a councillor's abbreviations, and name the councillor given in full before", `Rates rise

Councillor Andrew Connor reintroduced the original motion.

Cr Connor said the rise was “minuscule” compared with the cost of the bridge.

Members were told by ward councillor David Livesley that delays should have been foreseen.

Coun Livesley said: “The service problems have filled me with incredulity.”
`, `Andrew Connor|Cr|Councillor| (person, name, partial) L5: minuscule
David Livesley|Coun|ward councillor| (person, name) L9: The service problems have filled me with incredulity.`},
		{"the councillor is the one called Cr", `Rates rise

Cr Connor met the mayor on Monday.

The mayor, Wayne Johnston, said nothing.

“It is a chance to rethink it properly,” the councillor said.
`, `Connor|Cr|| (person, role) L7: It is a chance to rethink it properly,`},
		{"whom it was told to is no speaker", `Ceasefire talks

Ukrainian President Petro Poroshenko met Vladimir Putin in Minsk.

Poroshenko, after two hours of talks which he described as "very tough and complex", told reporters: "A roadmap will be prepared in order to achieve a ceasefire."
`, `Petro Poroshenko||Ukrainian President| (person, pronoun, partial) L5: very tough and complex
Petro Poroshenko||Ukrainian President| (person, name) L5: A roadmap will be prepared in order to achieve a ceasefire.`},
		{"a phrase does not run on into the quotation a colon announces", `Ceasefire talks

Ukrainian President Petro Poroshenko met Vladimir Putin in Minsk. "We can only contribute to trust," Putin told reporters. Poroshenko, after two hours of talks which he described as "very tough and complex", told reporters: "A roadmap will be prepared in order to achieve a ceasefire."
`, `Vladimir Putin||| (person, name) L3: We can only contribute to trust,
Petro Poroshenko||Ukrainian President| (person, pronoun, partial) L3: very tough and complex
Petro Poroshenko||Ukrainian President| (person, name) L3: A roadmap will be prepared in order to achieve a ceasefire.`},
		{"a place's police is a body that speaks", `Protest

Arrests made

"They tried to break through the police cordon and pull out our colleagues," Berlin police tweeted.
`, `Berlin police||| (organisation, name) L5: They tried to break through the police cordon and pull out our colleagues,`},
		{"a label that is a role names someone undescribed; \"To\" opening a sentence names no one", `Train derails

Passenger: 'This is a nightmare'

Journalist Beth Davidz of Brooklyn was released. To hear her Twitter feed tell it, she chose not to sit in the “quiet car,” which was one of the most damaged.
`, `passenger||| (unnamed, name) L3: This is a nightmare`},
		{"a given name and a surname after \"from\" or \"to\" are someone met, not a place, and no subject", `Handover

Cabinet Secretary Charles Keter took over the docket from Eugene Wamalwa.

Wamalwa assured the nation that he will ensure a seamless transition.

“I wish to thank the President for his timely intervention,” he said.
`, `Eugene Wamalwa||| (person, pronoun) L7: I wish to thank the President for his timely intervention,`},
		{"a surname that is also a courtesy title names the person given it", `Witness of fatal crash explains how it happened

"You don't know what to say," says Richard Dame.

"It was probably the worst accident I've seen," he adds.

Dame was traveling south when a vehicle beside him went off the road.

"When it approached the other side, I obviously saw the collision and two cars fly up in the air."
`, `Richard Dame||| (person, name) L3: You don't know what to say,
Richard Dame||| (person, pronoun) L5: It was probably the worst accident I've seen,
Richard Dame||| (person, nearby) L9: When it approached the other side, I obviously saw the collision and two cars fly up in the air.`},
		{"the judge is the one titled Recorder", `Officer jailed

Recorder Caroline Goodwin QC told Jackson: "Your conduct on this night was nothing short of disgraceful."

The judge said: "It beggars belief that you simply say now that you threw away those wraps."
`, `Caroline Goodwin||Recorder| (person, name) L3: Your conduct on this night was nothing short of disgraceful.
Caroline Goodwin||Recorder| (person, role) L5: It beggars belief that you simply say now that you threw away those wraps.`},
		{"a quotation whose closing mark was left out ends at the comma before its attribution", `Court sentences six

A military court sentenced six men on Thursday.

"Six Moroccans, convicted of being members of Islamic State militants, will face the death penalty, Colonel Ali Ibrahim Osman, the deputy chairman of the court, told VOA Somali. He said an Ethiopian received a 10-year jail term.
`, `Ali Ibrahim Osman|Colonel|deputy chairman of the court| (person, name) L5: Six Moroccans, convicted of being members of Islamic State militants, will face the death penalty,`},
		{"a headline's verb in capitals after an adverb is no name; an attributable line heads a statement", `Kenyan Police Officer Fatally Shoots Six Colleagues

Another police officer who declined to give his name was among the first responders.

"I knew the man. His name was Maslah," the anonymous officer said.

(Attributable to Pentagon Press Secretary John Kirby)

“At President Biden’s direction, U.S. military forces conducted airstrikes in eastern Syria.”
`, `anonymous officer||| (unnamed, role) L5: I knew the man. His name was Maslah,
John Kirby||Pentagon Press Secretary| (person, name) L9: At President Biden’s direction, U.S. military forces conducted airstrikes in eastern Syria.`},
		{"the PM is the Prime Minister", `Quake response

Prime Minister David Cameron has spoken to his New Zealand counterpart.

The PM said Britain “stands ready to provide whatever assistance is required” after the earthquake.
`, `David Cameron||Prime Minister| (person, role, partial) L5: stands ready to provide whatever assistance is required`},
		{"a script that sets its clips in marks: the presenters who name themselves narrate, a reporter's package is quoted", `Black Hole Hunter

CHRISTOPHER CRUISE: This is SCIENCE IN THE NEWS in VOA Special English. I’m Christopher Cruise.

JUNE SIMMS: And I’m June Simms. Today we tell about efforts to study black holes.

CHRISTOPHER CRUISE: NASA launched a telescope into space last month.

PAUL HERTZ: “These cannot be detected from the surface of the Earth.”

JESSICA BERMAN: Scientists mapped the entire DNA sequence from the hair of woolly mammoths.
`, `Paul Hertz||| (person, name) L9: These cannot be detected from the surface of the Earth.
Jessica Berman||| (person, name) L11: Scientists mapped the entire DNA sequence from the hair of woolly mammoths.`},
		{"labels on their own lines: beside the host who asks, the guest who never does is quoted", `PATRICIA KARVELAS:
Jim Chalmers is the Treasurer and he's our guest this morning. Treasurer, welcome.
JIM CHALMERS:
Thanks very much, Patricia.
KARVELAS:
You will spend billions in support. Will it add to inflation?
CHALMERS:
Well, this will be a responsible Budget which focuses on people doing it tough.
KARVELAS:
Could that be inflationary?
CHALMERS:
Well no, we have found ways to take the pressure off bills.
`, `Jim Chalmers||Treasurer| (person, name) L4: Thanks very much, Patricia.
Jim Chalmers||Treasurer| (person, name) L8: Well, this will be a responsible Budget which focuses on people doing it tough.
Jim Chalmers||Treasurer| (person, name) L12: Well no, we have found ways to take the pressure off bills.`},
		{"labels on their own lines: the voice that opens with a question, and asks half the time, is the host", `LEON BYNER:
Treasurer, thanks for joining us. Unemployment grew by 17,000. That's not a result you'd call satisfactory, is it?
JOSH FRYDENBERG:
Well, unemployment today is 5.3 per cent and we have made significant inroads.
LEON BYNER:
There's a big call on resources for the drought, and people would rather those things be done than have a surplus.
JOSH FRYDENBERG:
Well, the surplus is never a surplus for its own sake.
`, `Josh Frydenberg||| (person, name) L4: Well, unemployment today is 5.3 per cent and we have made significant inroads.
Josh Frydenberg||| (person, name) L8: Well, the surplus is never a surplus for its own sake.`},
		{"offices set off one after another before a name, after an opening participle, and a name that ends at its letters", `Ireland contributes over €150m to humanitarian crises

Marking World Humanitarian Day, the Tánaiste, Minister for Foreign Affairs and Minister for Defence, Micheál Martin TD Ireland has announced new funding.

The Tánaiste said:

“Ireland remains committed to reaching those furthest behind.”
`, `Micheál Martin||Tánaiste, Minister for Foreign Affairs and Minister for Defence| (person, role) L7: Ireland remains committed to reaching those furthest behind.`},
		{"a post is the last quoted writer's; a block after what someone posted, when, and a phrase of it", `Storm

As Hurricane Irene continues to move through the Bahamas, bloggers have been sharing their experiences.

Weblog Bahamas advised:

We have posted a couple of blogs.

The post ended on a hopeful note, urging Bahamians to “be safe”:

Here is hoping Irene goes easy on the rest of us.

As it turned out, Irene did do some damage: Rick Lowe posted this update yesterday, (Wednesday, August 24) “before the electricity went off”:

As we sit in Nassau in little more than rain, our fellow Bahamians are catching quite a blow.
`, `Weblog Bahamas||| (person, name) L7: We have posted a couple of blogs.
Weblog Bahamas||| (person, role, partial) L9: be safe
Weblog Bahamas||| (person, role) L11: Here is hoping Irene goes easy on the rest of us.
Rick Lowe||| (person, name, partial) L13: before the electricity went off
Rick Lowe||| (person, name) L15: As we sit in Nassau in little more than rain, our fellow Bahamians are catching quite a blow.`},
		{"posts printed under their authors' handles, or under the person the paragraph before names", `State of emergency, day 4

Online commentors echoed this view:

@oilandmusic76: did we really implement a state of emergency for marijuana arrests? #trinidad

Twitter was a vital source of information, so much so that one Twitter user, Andre Thomas, commented:

@dre7413: By the time news story on at 7, areas done clean up already.

@ok: too short
`, `@oilandmusic76||| (person, name) L5: did we really implement a state of emergency for marijuana arrests? #trinidad
Andre Thomas||| (person, name) L9: By the time news story on at 7, areas done clean up already.`},
		{"a pull quote over its credit line, unless it repeats a quotation of the story", `29 presumed dead after second explosion at mine

Gary Knowles, head of the search and rescue operation, told media a second explosion has occurred. He stated there is no possibility any of the 29 men still inside could have survived.

Unfortunately I have to inform the public that there was another massive explosion underground.

—Superintendent Gary Knowles

Cquote1.svg No one could have survived that blast. Cquote2.svg

—Superintendent Gary Knowles

He added: “No one could have survived that blast.”
`, `Gary Knowles||head of the search and rescue operation| (person, name) L5: Unfortunately I have to inform the public that there was another massive explosion underground.
Gary Knowles||head of the search and rescue operation| (person, pronoun) L13: No one could have survived that blast.`},
		{"those spoken to do not say what the one who spoke to them says", `Funding welcomed

The Homelessness Minister, Rushanara Ali spoke to BBC News South Yorkshire and BBC Dorset saying "it's about trusting local authorities to provide that support quickly."
`, `Rushanara Ali||Homelessness Minister| (person, name, partial) L3: it's about trusting local authorities to provide that support quickly.`},
		{"back over paragraphs that name no one but by the pronoun, to the subject before", `Girls

Viola Vaughan took in her grandchildren.

She moved the new family to Kaolack.

That's when the real changes started.

"There was one little girl who asked me if I could assist her. I told her, 'Of course.'" she said.
`, `Viola Vaughan||| (person, pronoun) L9: There was one little girl who asked me if I could assist her. I told her, 'Of course.'`},
		{"a group of people does not say I", `Girls

"There was one little girl who asked me if I could help her," Viola Vaughan said.

But the girl kept coming back. So Vaughan went to her parents who said their child was last in her class.

"And I told her mother that obviously she was intelligent enough to come and find me."
`, `Viola Vaughan||| (person, name) L3: There was one little girl who asked me if I could help her,
Viola Vaughan||| (person, nearby) L7: And I told her mother that obviously she was intelligent enough to come and find me.`},
		{"a plan's name is no one's; the writer's sentence of the speaker ends the block", `Business Secretary wants UK to go toe to toe with America

Business Secretary Peter Kyle will set out his ambition for the UK to go toe to toe on economic growth today.

In a speech to top business leaders, he will lay out how the Government’s Modern Industrial Strategy will double down on the UK’s strengths.

He is expected to say:

We stood on a manifesto commitment to be the fastest growing economy in the G7.

I want to fight tooth and nail with you to get that extra growth.

He is expected to welcome the strong progress the Government has made so far, with 50,000 well-pai
`, `Peter Kyle||Business Secretary| (person, pronoun) L9: We stood on a manifesto commitment to be the fastest growing economy in the G7.
Peter Kyle||Business Secretary| (person, pronoun, goes on from L9) L11: I want to fight tooth and nail with you to get that extra growth.`},
		{"a first part that lost its closing mark before its attribution", `Team

None of the athletes caught cheating were Americans, a fact that chief executive Jim Scherr applauded Friday.

"This team has been clean and drug free to this point in the games, he said. "We anticipate that will continue throughout."
`, `Jim Scherr||chief executive| (person, pronoun) L5: This team has been clean and drug free to this point in the games, We anticipate that will continue throughout.`},
		{"a one-word name set off after a relative is that relative's", `Refugees

Four-year-old Shahad lost her home.

Shahad’s father, Yehia, describes what he saw when he arrived at the house.

“Two of my children were killed,” he said.
`, `Yehia||Shahad’s father| (person, pronoun) L7: Two of my children were killed,`},
		{"a name the text says is a woman's is a person's, whom she means", `Farmers

“There are no rains,” Rani said. Rani is a 44-year-old woman from Tamil Nadu state. She was one of hundreds of farmers protesting in the capital. “Even for drinking, we get water only once in 10 days,” she said.
`, `Rani||| (person, name) L3: There are no rains,
Rani||| (person, pronoun) L3: Even for drinking, we get water only once in 10 days,`},
		{"remembered is a verb of speech", `Coma

Jan Grzewski woke after 19 years. He remembers seeing only "tea and vinegar" on the shelves of stores.
`, `Jan Grzewski||| (person, pronoun, partial) L3: tea and vinegar`},
		{"a few words finish the writer's sentence before the attribution", `Stable collapses

According to the Buffalo Fire Department, the side of an old horse stable collapsed.

"[The building] is well worth the designation" as a historical landmark, states Tim Tielman of the Buffalo Preservation Board.
`, `Tim Tielman|||Buffalo Preservation Board (person, name) L5: [The building] is well worth the designation`},
		{"a joint release's headings name each minister after the Hon", `Australia will provide an additional $10 million in humanitarian assistance to Gaza.

The assistance was announced by Minister Anne Aly at an international conference.

Minister for Foreign Affairs, Senator the Hon Penny Wong:

“This additional $10 million will help to provide life-saving assistance to civilians in Gaza.”

Minister for International Development and The Pacific, the Hon Pat Conroy MP:

“We are pleased to support the World Food Programme.”

Minister for Early Childhood Education and Minister for Youth, the Hon Dr Anne Aly MP:

We thank Egypt, Jordan and the United Nations for bringing the world together.
`, `Penny Wong|Hon|Minister for Foreign Affairs, Senator| (person, name) L7: This additional $10 million will help to provide life-saving assistance to civilians in Gaza.
Pat Conroy|Hon|Minister for International Development and The Pacific| (person, name) L11: We are pleased to support the World Food Programme.
Anne Aly|Hon Dr|Minister for Early Childhood Education| (person, name) L15: We thank Egypt, Jordan and the United Nations for bringing the world together.`},
		{"an office's field that ends in words of a portfolio names no one", `Doorstop - Melbourne

The Hon Mark Butler MP
Minister for Health and Aged Care

JOURNALIST: Right, so to start off if you can tell us about these two new vaccines, what are they?

MINISTER FOR HEALTH AND AGED CARE, MARK BUTLER: This is the latest variant of the vaccine produced by Pfizer and by Moderna.
`, `Mark Butler|Hon|Minister for Health and Aged Care| (person, name) L8: This is the latest variant of the vaccine produced by Pfizer and by Moderna.`},
		{"a title after a name and before a question mark is whom the question is put to", `PM Transcripts

Turnbull, Malcolm

Radio interview with Luisa Pelizzari and Matt Griffith, Triple M The Border 105.7

MATT:

Welcome the Prime Minister, the Honourable Malcolm Turnbull MP who joins us right now.

PRIME MINISTER:

Good morning. It is great to be with you. What a welcome.

LU:

Haven’t we turned on a beautiful day for you here on the Border, Prime Minister? It is magnificent.

PRIME MINISTER:

Well, I am not there yet but I am looking forward to it.
`, `Malcolm Turnbull|Honourable|Prime Minister| (person, name) L13: Good morning. It is great to be with you. What a welcome.
Malcolm Turnbull|Honourable|Prime Minister| (person, name) L21: Well, I am not there yet but I am looking forward to it.`},
		{"a surname that joins its particle without a hyphen", `FEMA funds testing

“This FEMA assistance is making a difference across Colorado,” said FEMA Region 8 Administrator Lee dePalo.
`, `Lee dePalo||FEMA Region 8 Administrator| (person, name) L3: This FEMA assistance is making a difference across Colorado,`},
		{"a blog's related posts after the story are no one's words", `AEK Athens fans damage ferry-boat in Greece

Thursday, May 11, 2006

Angry fans of the AEK Athens football team damaged the ferry “Ierapetra” during the route from Heraklio, Crete, to the port of Rafina in Attica. About 700 AEK supporters boarded the ferry after the end of the Greek football cup final between Olympiacos and AEK which took place in Crete. The victory of Olympiacos over AEK, 3-0, angered the supporters of AEK, which is believed to be the catalyst for damage in both the stadium and the ship.

The Prosecutor ordered a preliminary inquiry into the incidents that took place onboard the Ierapetra. During the trip, a group of youths started breaking everything for no apparent reason. They caused extensive damage to the passenger lounges and the bars, while they responded to the crew’s pleas with cursing. A Greek police officer was injured in the leg by a flare, and a crewmember was also injured.

The owner of the ship, Dane Sea Line of Piraeus, estimates the cost of damage to the ship at €150,000.

The Greek media has accused the administration of Greek police and the Ministers of Public Order and Shipping of negligence in not doing more to prevent the events.

Retrieved from “https://en.wikinews.org/w/index.php?title=AEK_Athens_fans_damage_ferry-boat_in_Greece&oldid=1618761”

RELATED POST

How To Choose The Best Lawyer For Your Situation

How to Choose the Best Lawyer for Your Situation Understanding Your Needs Choosing the right lawyer to represent you can…

Discover Effective Solutions To Stop Sweating Armpits Permanently

Discover Effective Solutions to Stop Sweating Armpits Permanently Excessive sweating, especially in the underarm area, can be a frustrating and…

The Art Of Creating Exquisite Pools

The Art of Creating Exquisite Pools When it comes to premier pool and spas, the craftsmanship and design involved in…

Understanding Wells Fargo Bank Number And Your Financial Future

Understanding Wells Fargo Bank Number and Your Financi`, ``},
		{"an office's label is the person the page is filed under", `PM Transcripts

Transcripts from the Prime Ministers of Australia

Turnbull, Malcolm

PRESENTER: Welcome to the Grill Team, Prime Minister.

PRIME MINISTER: Yeah, thank you very much. Great to be with you.
`, `Malcolm Turnbull||Prime Minister| (person, name) L9: Yeah, thank you very much. Great to be with you.`},
		{"labels that lost their colons with their bold type; a role in square brackets", `Interview with Sabra Lane, AM Program

Sabra Lane Trade Minister Simon Birmingham joined me earlier from Adelaide. Simon Birmingham, welcome back to AM.

Simon Birmingham Hello Sabra, great to be with you.

Sabra Lane Can you move beyond the culture wars?

Simon Birmingham I am confident that the government will deliver on our energy policy settings.

ANTHONY CHISHOLM [ASSISTANT MINISTER]: It's great to be here at Brisbane Airport today.
`, `Simon Birmingham||Trade Minister| (person, name) L5: Hello Sabra, great to be with you.
Simon Birmingham||Trade Minister| (person, name) L9: I am confident that the government will deliver on our energy policy settings.
Anthony Chisholm||Assistant Minister| (person, name) L11: It's great to be here at Brisbane Airport today.`},
		{"a heading that says whose statement follows", `Press Release

Statement from Minister Finian McGrath TD

“I was appalled at what I saw on Primetime tonight. I am very concerned at the issues raised.”
`, `Finian McGrath||Minister| (person, name) L5: I was appalled at what I saw on Primetime tonight. I am very concerned at the issues raised.`},
		{"an opening phrase before the subject is no name an appositive follows", `Weather watch

Prime Minister Gordon Brown has thanked the emergency services.

Appearing on the BBC’s Radio Solent, the Prime Minister said the government was doing everything it could, adding: “If there are things that are outstanding, we should be told.”

Echoing the comments of many Kurdish Iraqis, Mohammed Saleh, a 42-year-old Kurd in Kirkuk, told reporters: "Today Jalal Talabani made it to the seat of power."

In the blog post Chris Wright, the Chief Technological Officer of Red Hat said Red Hat was "shifting our investment fully from CentOS Linux to CentOS Stream".
`, `Gordon Brown||Prime Minister| (person, role) L5: If there are things that are outstanding, we should be told.
Mohammed Saleh||Kurd|Kirkuk (person, name) L7: Today Jalal Talabani made it to the seat of power.
Chris Wright||Chief Technological Officer|Red Hat (person, name, partial) L9: shifting our investment fully from CentOS Linux to CentOS Stream`},
		{"words in capitals that name a body are no person the office is given to", `Category: Press Releases

  • HISTORIC PRESS RELEASE : Government closely monitoring weather situation says Prime Minister [January 2010]

    HISTORIC PRESS RELEASE : Government closely monitoring weather situation says Prime Minister [January 2010]

    The press release issued by 10 Downing Street on 7 January 2010.

    The Prime Minister has thanked the voluntary and emergency services.

    Appearing on the BBC’s Radio Solent, the Prime Minister said the government was doing everything it could, adding: “If there are things that are outstanding, we should be told.”

    Gordon Brown said he had spoken to the salt makers.
`, `Prime Minister||| (unnamed, role) L11: If there are things that are outstanding, we should be told.`},
		{"an actor may be a woman; a name after the is no person's", `Voice actors at the convention

Another voice actor, Lauren Landa, would list two roles as her dream. She was given a chance to audition for them when Vizmedia dubbed the first two seasons of Sailor Moon. When she was cast, "I swear to you, I was speechless," she told an audience.

Chum Mey, a survivor of the regime, sits outside his kiosk. He sells books about the Khmer Rouge.

He said he is now awaiting the verdict of the tribunal.

“I’m happy to see there will be a verdict,” he said.
`, `Lauren Landa||voice actor| (person, pronoun) L3: I swear to you, I was speechless,
Chum Mey||survivor of the regime| (person, pronoun) L9: I’m happy to see there will be a verdict,`},
		{"a verb after and shares the sentence's subject", `Leaders react to the attack
Secretary of State John Kerry, who had been in France to celebrate Bastille Day, called the attack "horrendous," and said, "the United States will stand with the French people."
`, `John Kerry||Secretary of State| (person, name, partial) L2: horrendous,
John Kerry||Secretary of State| (person, name, partial) L2: the United States will stand with the French people.`},
		{"described by a body as; quoted by an outlet as saying; the country's US is no publisher's us", `Bishop dies at 80
Gutierrez was described by the CBCP as "a strong advocate for the environment in his province."
Local official Huang Limin was quoted by the Xinhua news service as saying: "Soldiers have been sent to the town."
US astrophysicist and journalist David Spergel tweeted that the bishop "was a warm and gentle soul."
`, `CBCP||| (organisation, name, partial) L2: a strong advocate for the environment in his province.
Huang Limin||Local official| (person, name) L3: Soldiers have been sent to the town.
David Spergel||journalist| (person, name, partial) L4: was a warm and gentle soul.`},
		{"a verb other than say, with its object, announces a block quotation; say with a clause does not", `Islanders recall the storm

One blogger, writing at Dominica Weekly, recalled the storm experience:

No water, no electricity and no Internet. Thank God, an old phone had a radio and we could hear the news.

The minister said the measures include:

A new fund for the villages of the south coast and the rebuilding of roads.
`, `blogger||| (unnamed, name) L5: No water, no electricity and no Internet. Thank God, an old phone had a radio and we could hear the news.`},
		{"a link's language mark before the colon; a tweet without its full stop", `Netizens meet the result with snark

Aida Elkashef says [ar]:

What makes you laugh and cry at the same time is that the runner-up came third

From Bahrain, Abo Omar Al Shafee draws parallels. He tweets:

Just like the presidential elections were a success in Egypt, the parliamentary elections will be a success in Bahrain

The election commission said the results will be final on Sunday.
`, `Aida Elkashef||| (person, name) L5: What makes you laugh and cry at the same time is that the runner-up came third
Abo Omar Al Shafee||| (person, pronoun) L9: Just like the presidential elections were a success in Egypt, the parliamentary elections will be a success in Bahrain`},
		{"a body named after the possessive of what owns it and a description", `Report

Charities say the government is not meeting its targets.

The government's environment department Defra disagrees with many of the criticisms, saying they were based on "opinion, not facts".

They added that their "ambitions are long term and we are making good progress."
`, `Defra||| (organisation, name, partial) L5: opinion, not facts
Defra||| (organisation, pronoun, partial) L7: ambitions are long term and we are making good progress.`},
		{"a page that does not say it is a transcript shows it: labels on lines of their own, two voices that come back", `NEIL MITCHELL:
Prime Minister, good morning.
PRIME MINISTER:
Morning, Neil.
NEIL MITCHELL:
Do you plan to sell the company?
PRIME MINISTER:
We have been saying for years that it would be better off in the private sector.
NEIL MITCHELL:
Would you like to sell it sooner rather than later?
PRIME MINISTER:
We want to do what is right for taxpayers.
`, `prime minister||Prime Minister| (unnamed, name) L8: We have been saying for years that it would be better off in the private sector.
prime minister||Prime Minister| (unnamed, name) L12: We want to do what is right for taxpayers.`},
		{"two labels that do not come back are no transcript", `Club news
NEIL MITCHELL:
The club met on Friday.
ANN LEE:
Members agreed to meet again in June.
`, ``},
		{"a page that says it is a transcript needs one label", `Press conference - Canberra

Transcript

ANTHONY ALBANESE, PRIME MINISTER: Good afternoon. Last Saturday the Australian people voted for Labor.

The Cabinet will be sworn in on Tuesday.
`, `Anthony Albanese||Prime Minister| (person, name) L5: Good afternoon. Last Saturday the Australian people voted for Labor. The Cabinet will be sworn in on Tuesday.`},
		{"a surname after two particles; an event after a name is no affiliation", `President von der Leyen at the Davos Agenda Week 2021
This morning, President von der Leyen delivered a special address. The President urged that "we must learn from this crisis." Speaking about the storming of the U.S. Capitol, President von der Leyen said: "We must address the darker sides of the digital world."
`, `von der Leyen||President| (person, role, partial) L2: we must learn from this crisis.
von der Leyen||President| (person, name) L2: We must address the darker sides of the digital world.`},
		{"a label that misspells a surname by two letters swapped", `Tornado flattens Parkersburg
In a telephone interview, Emergency Management Coordinator Steve Ulrich described the damage.
URLICH: "The whole town really has no place to stay. We have no water or power."
URLICH: "We are providing shelter for those who need it tonight."
`, `Steve Ulrich||Emergency Management Coordinator| (person, name) L3: The whole town really has no place to stay. We have no water or power.
Steve Ulrich||Emergency Management Coordinator| (person, name) L4: We are providing shelter for those who need it tonight.`},
		{"the father and the mother of a family named before", `Parents sentenced to life
Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison on Friday.
The father said "I love my children and I believe my children love me."
The mother said "I really look forward to the day I can see them."
`, `David Turpin||| (person, role) L3: I love my children and I believe my children love me.
Louise Turpin||| (person, role) L4: I really look forward to the day I can see them.`},
		{"the name an unnamed person goes by", `Storm passes the capital
One Washington D.C. resident, who identified himself as Leonard, survived a night under a fallen tree.
"It seemed like a pretty tame storm, and then the oak trees started falling," he said.
"We have to vote for the right person in the right place," said a voter who gave her name as Fona.
`, `Leonard||| (person, pronoun) L3: It seemed like a pretty tame storm, and then the oak trees started falling,
Fona||| (person, name) L4: We have to vote for the right person in the right place,`},
		{"a block quotation the stored copy cuts off, not a crosshead", `Grassroots pitches to open this summer

The Government is investing £64 million in 1,600 grassroots sites this year.

Culture Secretary Lucy Frazer said:

We are committed to levelling up access to sp
`, `Lucy Frazer||Culture Secretary| (person, name, cut) L7: We are committed to levelling up access to sp`},
		{"a quote cut off after a word or two is as long as the speaker made it", `Students describe the protests

Anna Shchetinina, a student, said the nights were hard.

“This wave is scary, and it is powerful,” she said. “I saw people helping each other.”

“I guess
`, `Anna Shchetinina||student| (person, pronoun) L5: This wave is scary, and it is powerful, I saw people helping each other.
Anna Shchetinina||student| (person, continued, cut) L7: I guess`},
		{"a title after a preposition names a person, not a place", `Ships sail to the disaster zone

In addition, the Pentagon is sending aircraft. According to General James Conway, Director of Operations for the Joint Chiefs of Staff, several ships are equipped with desalination equipment. "Each ship can make water for thousands," he said.
`, `James Conway|General|Director of Operations|Joint Chiefs of Staff (person, pronoun) L3: Each ship can make water for thousands,`},
		{"an interview's turns labelled in double brackets", `Railway manager on the all-women crew

Aparna Garg discussed the initiative with Wikinews.


((WN))  How rare is it to have an all-women crew running the train?


((Aparna Garg))  Yeah, it is really rare.  We have lined up one activity each day.


((RS))  Was it planned by the division?


((Aparna Garg))   This was an initiative of Mysore Division.
`, `Aparna Garg||| (person, name) L9: Yeah, it is really rare. We have lined up one activity each day.
Aparna Garg||| (person, name) L15: This was an initiative of Mysore Division.`},
		{"a dateline's place is no one to quote", `Online university offers hope

LOS ANGELES— Originally from Mexico, Emmanuel dreamed of getting a university education.

“First I had to learn English,” he said.
`, `Emmanuel||| (person, pronoun) L5: First I had to learn English,`},
		{"a legislator's party and state between the name and the verb", `VOA at 70

“I think that we need VOA to show what America is all about,” Eliot Engel (D-NY) said at the event.
`, `Eliot Engel||| (person, name) L3: I think that we need VOA to show what America is all about,`},
		{"what a later sentence says a person named before is", `CentOS team discuss the move

Wikinews reached out to two members of the project, Pablo Greco and Rich Bowen. Greco is a maintainer of armhfp.

"Stream is the next RHEL," Greco said.
`, `Pablo Greco||maintainer of armhfp| (person, name) L5: Stream is the next RHEL,`},
		{"a page that calls itself a transcript in a short line", `CDC Home

Press Briefing Transcripts

CDC Briefing on the H1N1 outbreak

Glen Nowak: Thank you.  And welcome all to today's briefing on the outbreak.

Richard Besser: Thank you very much, Glen.  Our goal is to give you information as we have it.
`, `Glen Nowak||| (person, name) L7: Thank you. And welcome all to today's briefing on the outbreak.
Richard Besser||| (person, name) L9: Thank you very much, Glen. Our goal is to give you information as we have it.`},
		{"an office as a label, and an interviewer who mostly asks", `Radio interview

NEIL MITCHELL: Prime Minister, good morning.

PRIME MINISTER: Medibank Private. We have been saying for years that it would be better off in the private sector.

NEIL MITCHELL: Do you plan to sell it?

PRIME MINISTER: Well again, Neil, we want to do what is right for taxpayers.

NEIL MITCHELL: Would you sell it sooner rather than later?
`, `prime minister||Prime Minister| (unnamed, name) L5: Medibank Private. We have been saying for years that it would be better off in the private sector.
prime minister||Prime Minister| (unnamed, name) L9: Well again, Neil, we want to do what is right for taxpayers.`},
		{"hosts who ask in each of their turns beside a guest who answers; not the guest's other label", `Minister radio interview, 3AW

DARREN JAMES: A good news story. Let's find out more. Catherine Price, Federal Minister. Good news, huh?

CATHERINE PRICE: It is good news for local councils and people who drive our local roads.

NICK MCCALLUM: So, Minister, you will be monitoring those councils, won't you?

CATHERINE PRICE: Yeah, look, absolutely. It's pretty dry now at the moment.

MS PRICE: One more thing. Who pays for it?
`, `Catherine Price||Minister|Federal (person, name) L5: It is good news for local councils and people who drive our local roads.
Catherine Price||Minister|Federal (person, name) L9: Yeah, look, absolutely. It's pretty dry now at the moment.
Catherine Price||Minister|Federal (person, name) L11: One more thing. Who pays for it?`},
		{"a wiki page's source of an interview, its lines joined: bold labels, indented answers", `Below is our conversation with Necochea about touring. '''David Shankbone: How's the tour going? :'''Alex Necochea:''' The tour is going great! We just played in Poughkeepsie. '''DS: Poughkeepsie, huh? :'''AN:''' Yeah! [''Laughs''] It's kind of a dark town. '''DS: What kind of crowd is there? :'''AN:''' From what I could tell, Guitar Hero fans.
`, `Alex Necochea||| (person, name) L1: The tour is going great! We just played in Poughkeepsie.
Alex Necochea||| (person, name) L1: Yeah! [''Laughs''] It's kind of a dark town.
Alex Necochea||| (person, name) L1: From what I could tell, Guitar Hero fans.`},
		{"a plural description that counts the names after it gives each the title; a group's does not", `Band on tour

Our reporter went to the club to talk to the two founding members of Bang Camaro, Alex Necochea and Bryn Bennett. Wikinews reached out to the members of the CentOS project, Pablo Greco and Rich Bowen. One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior, also commented.

"It's terrifying," Necochea said. "We play loud," Bennett said. "It is a fork," Greco said. "He was honest," De Mabior said.
`, `Alex Necochea||founding member of Bang Camaro| (person, name) L5: It's terrifying,
Bryn Bennett||founding member of Bang Camaro| (person, name) L5: We play loud,
Pablo Greco||| (person, name) L5: It is a fork,
Rebecca Nyandeng De Mabior||South Sudan's Vice President| (person, name) L5: He was honest,`},
		{"a quotation split by a paragraph that only says who spoke it, twice", `Grants announced

Associate Attorney General Tony West and Assistant Attorney General Karol Mason made the announcement.

“These programs take a comprehensive approach to the causes of crime,”

said Associate Attorney General West.

“The programs are critical tools to help reverse high rates of crime.”

“The Department has a responsibility to make its resources accessible to tribes,”

said Assistant Attorney General Mason.

“As we have shown over the last four years, the Department takes this seriously.”
`, `Tony West||Associate Attorney General| (person, name) L5: These programs take a comprehensive approach to the causes of crime,
Tony West||Associate Attorney General| (person, continued) L9: The programs are critical tools to help reverse high rates of crime.
Karol Mason||Assistant Attorney General| (person, name) L11: The Department has a responsibility to make its resources accessible to tribes,
Karol Mason||Assistant Attorney General| (person, continued) L15: As we have shown over the last four years, the Department takes this seriously.`},
		{"a laureate is a role: \"Russian Nobel laureate Dmitry Muratov\"", `Story

Russian Nobel laureate Dmitry Muratov: ‘Repression occurs when no one knows who might be targeted tonight’

“We will keep going no matter what,” said Nobel laureate Maria Ressa.
`, `Dmitry Muratov||Russian Nobel laureate| (person, name) L3: Repression occurs when no one knows who might be targeted tonight
Maria Ressa||Nobel laureate| (person, name) L5: We will keep going no matter what,`},
		{"a sound bite's time-code cue is no speaker; a capitalised title set off after a name is not the name", `Marine Minute

The Marine Corps acquired land. Col. Timothy Miller, Commanding Officer for Marine Corps Air Station Beaufort, talked about the importance of the acquisition for the Corps:

SB(0:07:25): "This is a great initiative for the Marine Corps because I have a responsibility to my squadrons."

One European observer, Richard Howitt, says he saw intimidation of voters, calling it a "serious misuse of government resources."
`, `Timothy Miller|Col.|| (person, name) L5: This is a great initiative for the Marine Corps because I have a responsibility to my squadrons.
Richard Howitt||European observer| (person, name, partial) L7: serious misuse of government resources.`},
		{"a speaker named after the verb at a sentence's end is who the next paragraph's quotation is heard from", `Flag referendum

Cabinet has agreed on the details of the flag referendum process, say Prime Minister John Key and Deputy Prime Minister Bill English.

“Our flag is the most important symbol of our national identity and I believe this is the right time.”

Kem Sokha, vice president of the opposition party, told VOA Khmer that he would not bow to pressure from the court.

“It helps promote my face. And the international community is paying more attention.”
`, `John Key||Prime Minister| (person, nearby) L5: Our flag is the most important symbol of our national identity and I believe this is the right time.
Kem Sokha||vice president of the opposition party| (person, nearby) L9: It helps promote my face. And the international community is paying more attention.`},
		{"a transcript that prints its labels on lines of their own: an office's turns are quoted, a bare name's are not", `Transcript

Television interview - The Project

PETER HELLIAR:

Welcome back, Prime Minister.

PRIME MINISTER:

Yeah good to be here. Welcome to Sydney.

PETER HELLIAR:

It's great to be in Sydney as always. We thought we might give you a little present.

PRIME MINISTER:

I'll keep that in mind. Everyone will have seen you giving that to me.
`, `prime minister||Prime Minister| (unnamed, name) L11: Yeah good to be here. Welcome to Sydney.
prime minister||Prime Minister| (unnamed, name) L19: I'll keep that in mind. Everyone will have seen you giving that to me.`},
		{"\"the magazine\" is the publication the sentence before opens with", `Top science news

Science News also cited the NIST relativity demonstrations in a compilation. The magazine said NIST’s “tabletop experiments demonstrate the time-warping effects of relativity at the human scale” (see http://www.example.org).
`, `Science News||| (organisation, role, partial) L3: tabletop experiments demonstrate the time-warping effects of relativity at the human scale`},
		{"\"Quotes attributable to X:\" announces X's block quotation", `Flood grants

The grants open today for primary producers.

Quotes attributable to the Acting Prime Minister, Richard Marles:

Once again as rivers rise our thoughts are with the people of NSW who have been doing it tough.
`, `Richard Marles||Acting Prime Minister| (person, name) L7: Once again as rivers rise our thoughts are with the people of NSW who have been doing it tough.`},
		{"a wiki page's source whose labels close their bold before the colon, or have none, and whose questions have no label", `How did you come to be involved with this discovery? ::'''Marymegan Daly''': Frank Rack got in touch after they returned from Antarctica. What was your first reaction? ::'''MD''' I was amazed and really excited. Are you intending to go there yourself? ::'''MD''' I would love to. But I am also happy to not go! Is it really one or the other? ::'''MD''' Is it really? Can I just say both?
`, `Marymegan Daly||| (person, name) L1: Frank Rack got in touch after they returned from Antarctica.
Marymegan Daly||| (person, name) L1: I was amazed and really excited.
Marymegan Daly||| (person, name) L1: I would love to. But I am also happy to not go!
Marymegan Daly||| (person, name) L1: Is it really? Can I just say both?`},
		{"\"according to its press release, the NBA\" is the NBA's; a cited phrase is the citer's", `NBA suspends season

The decision came after a player of the National Basketball Association (NBA) tested positive. According to its press release, the NBA was "suspending game play following the conclusion of [Wednesday's] schedule of games until further notice."

Secretary of State Mike Pompeo sent a letter requesting the new rules. In the letter, Pompeo cited the Cuban government's "ongoing repression of the Cuban people and its support for Nicolas Maduro in Venezuela".
`, `National Basketball Association||| (organisation, name, partial) L3: suspending game play following the conclusion of [Wednesday's] schedule of games until further notice.
Mike Pompeo||Secretary of State| (person, name, partial) L5: ongoing repression of the Cuban people and its support for Nicolas Maduro in Venezuela`},
		{"one who decided to do something said nothing: \"he\" is the runner who spoke", `Marathon cancelled

In 2010, Ethiopian runner Gebre Gebremariam won the New York City Marathon. But he said he understood why the mayor had decided to cancel the race.

“It's the right decision. We saw the damage,” he said.
`, `Gebre Gebremariam||Ethiopian runner| (person, pronoun) L5: It's the right decision. We saw the damage,`},
		{"papers that report that a person said something, \"saying\": the person's words", `Home Office in the media

Shamima Begum left the UK in 2015.

The Guardian, Express, Times and Metro further report that Begum regrets speaking to the media, saying: “they are making an example of me. I regret speaking to the media.”
`, `Shamima Begum||| (person, name, partial) L5: they are making an example of me. I regret speaking to the media.`},
		{"a transcript's labels on lines of their own that give what the speaker is before the name", `Antarctic whale expedition at half way mark
Video transcript
Expedition leader, Dr Nick Gales:
Well it's all part of a bigger picture, I suppose, of understanding whales in the Southern Ocean.
Voyage leader, Anthony Hull:
We've just had a briefing this morning with the science crew and we're making serious preparations.
Whale researcher, Dr Mike Double:
So this is a biopsy sample that we just took off the humpback whale.
`, `Nick Gales|Dr|Expedition leader| (person, name) L4: Well it's all part of a bigger picture, I suppose, of understanding whales in the Southern Ocean.
Anthony Hull||Voyage leader| (person, name) L6: We've just had a briefing this morning with the science crew and we're making serious preparations.
Mike Double|Dr|Whale researcher| (person, name) L8: So this is a biopsy sample that we just took off the humpback whale.`},
		{"a television script's sound-bite label over two lines", `VOA CONNECT
TRANSCRIPT

Preserving the Past
((SOT))
((Amelie Diamant-Holmstrom
Holocaust Survivor))

My father had his office. He had some beautiful paintings. And the Germans came and cut them up.
((Animation Transition))
`, `Amelie Diamant-Holmstrom||Holocaust Survivor| (person, name) L9: My father had his office. He had some beautiful paintings. And the Germans came and cut them up.`},
		{"a block quotation that ends with the closing mark of a quotation never opened", `EU aid

Commissioner for Crisis Management Janez Lenarcic yesterday said:

Humanitarian needs are at an all-time high and continue to grow. Our funding will allow the EU to do its part.”
`, `Janez Lenarcic||Commissioner for Crisis Management| (person, name) L5: Humanitarian needs are at an all-time high and continue to grow. Our funding will allow the EU to do its part.`},
		{"a town's state after a comma is no speaker: \"Paul Jones of Williamstown, VT spoke\"", `Seniors town hall

Paul Jones of Williamstown, VT spoke of his difficulty affording basic necessities, saying “I’m going to have to keep us going on a small check each month.”
`, `Paul Jones|||Williamstown (person, name) L3: I’m going to have to keep us going on a small check each month.`},
		{"\"he\" goes back through a paragraph that opens with \"He\" to the person named before it", `West Africa's fish

Beninese fisherman Geoffroy Gbedevi said it's getting harder to feed his family.

"Nothing is going the way it used to," he said.

Yaya Toshu Koma Benoit is a community leader in Grand Popo, a small fishing town in Benin.

He blamed the problem in part on techniques that catch fish before the fish are fully developed.

"That's why there are no more fish," he said.
`, `Geoffroy Gbedevi||Beninese fisherman| (person, pronoun) L5: Nothing is going the way it used to,
Yaya Toshu Koma Benoit||community leader|Grand Popo (person, pronoun) L11: That's why there are no more fish,`},
		{"a creek, a boulevard or a bay is a place, not the person \"he\" is", `Storm losses

Many netizens shared their photographs and videos via Twitter. On Facebook, Taran Rampersad shared photos and stories, and gave updates on several areas across the country, including reports that Mosquito Creek, a major south causeway that hugs the coastline, was flooded, making access from south Trinidad to the central and north of the island quite difficult.

In a moment of frustration, he added: “Everyone sees what’s wrong with Mosquito Creek – has seen it for generations.”
`, `Taran Rampersad||| (person, pronoun) L5: Everyone sees what’s wrong with Mosquito Creek – has seen it for generations.`},
		{"a transcript's labels that set what the speaker is after a dash, on a line of their own or before the words", `Grand Designs: Macca
Video transcript
Adrian Young — Project Manager
We’ve selected a site just to the south of the existing station, outside of the storm surge area.
Travis Thom — Strategic Infrastructure Project Lead
The reason we’ve had to make a virtual tour is that it’s really difficult to get to Macquarie Island.
[end transcript]
Virtual Space Station
Video transcript
Dr JEFF AYTON — CHIEF MEDICAL OFFICER, AAD: A mission to Mars is analogous to an Antarctic mission.
`, `Adrian Young||Project Manager| (person, name) L4: We’ve selected a site just to the south of the existing station, outside of the storm surge area.
Travis Thom||Strategic Infrastructure Project Lead| (person, name) L6: The reason we’ve had to make a virtual tour is that it’s really difficult to get to Macquarie Island.
Jeff Ayton|Dr|| (person, name) L10: A mission to Mars is analogous to an Antarctic mission.`},
		{"a Northern Ireland member's letters after the name: \"David Ford MLA\"", `Police chiefs meet

Minister for Justice Alan Shatter met Justice Minister David Ford MLA in Dublin.

“This meeting provided the opportunity to reinforce our working relationships,” said David Ford MLA.
`, `David Ford||Justice Minister| (person, name) L5: This meeting provided the opportunity to reinforce our working relationships,`},
		{"a surname in two words printed later as one: \"Heather Mac Donald\", then \"MacDonald\"", `Campus speech

Students in California targeted Heather Mac Donald, a Manhattan Institute scholar, with protests.

The protesters shouted until “the cops decided that things were getting too chaotic and I should stop speaking,” MacDonald later said.
`, `Heather Mac Donald||Manhattan Institute scholar| (person, name, partial) L5: the cops decided that things were getting too chaotic and I should stop speaking,`},
		{"a broadcast script's own voices quote no one", `This Is America

VOICE ONE: Welcome to THIS IS AMERICA in VOA Special English. I'm Steve Ember.

VOICE TWO: And I'm Faith Lapidus. Women in American politics is our report this week.

NANCY PELOSI: We have made history, and now we will make progress for the American people.
`, `Nancy Pelosi||| (person, name) L7: We have made history, and now we will make progress for the American people.`},
		{"a pronoun after a name starts the next sentence", `Study links guns and youth suicide

Professor Michael Siegel of Boston University declared household gun ownership to be "the strongest single predictor of a state's youth suicide rate".

Michael Siegel I am a professor in the Department of Community Health Sciences.
`, `Michael Siegel|Professor||Boston University (person, name, partial) L3: the strongest single predictor of a state's youth suicide rate`},
		{"an unnamed speaker and the place they are in", `Women report harassment

"Taliban are very aggressive with women here. They want women to wear chadari," a teacher in Takhar told VOA.

"I feel anxious every time I go to the store," said Caroline Fitzsousa, a bar manager in Washington.
`, `teacher||| (unnamed, name) L3: Taliban are very aggressive with women here. They want women to wear chadari,
Caroline Fitzsousa||bar manager|Washington (person, name) L5: I feel anxious every time I go to the store,`},
		{"a quotation whose opening mark the copy left out", `Coastal grants announced

From restoring estuaries that protect the shore to reducing flooding, the projects keep our coasts safe,” said Russell Callender, assistant administrator. “We are pleased to partner with local groups.”

Immigrant voters will make up 10% of the eligible voters in the election. Organizers are working to bring their communities out to the polls.”
`, `Russell Callender||assistant administrator| (person, name) L3: From restoring estuaries that protect the shore to reducing flooding, the projects keep our coasts safe, We are pleased to partner with local groups.`},
		{"the document said: whoever the text said wrote it", `Fake university students arrested

DHS created the university to expose weaknesses in the visa process, Assistant U.S. Attorney Brandon Helms wrote in a sentencing memo, as reported by the Detroit Free Press.

“The students never spent a single second in a classroom,” the memo said.
`, `Brandon Helms||Assistant U.S. Attorney| (person, role) L5: The students never spent a single second in a classroom,`},
		{"a wrapped line that opens a quotation in its last word, an office in letters, a former title", `Gang members indicted
PHOENIX—A federal grand jury has
indicted 19 individuals following an
intensive gang and drug enforcement operation.
FBI SAC James L. Turgal stated, “The
Federal Bureau of Investigation takes very seriously the safety of our streets
and communities all across the state of Arizona.”
“These grants help this vital research continue,” said retired Navy Vice Admiral Conrad C. Lautenbacher, under secretary of commerce.
`, `James L. Turgal||FBI SAC| (person, name) L5: The Federal Bureau of Investigation takes very seriously the safety of our streets and communities all across the state of Arizona.
Conrad C. Lautenbacher|Vice Admiral|retired Navy| (person, name) L8: These grants help this vital research continue,`},
		{"the person a sentence before opens with, after an opening phrase, then the words", `Lawmakers criticize Iraq plan

For her part, Secretary of State Condoleezza Rice defended the plan.

"The most urgent task before us now is to help the Iraqi government establish confidence among the Iraqi population."
`, `Condoleezza Rice||Secretary of State| (person, nearby) L5: The most urgent task before us now is to help the Iraqi government establish confidence among the Iraqi population.`},
		{"a phrase of the speaker the paragraph has just quoted, no one else between", `Rights report draws no comment

Kem Sokha, a rights advocate, spoke to VOA.

In other countries, "if the executive branch commits an offense, the National Assembly asks the person to explain," he said. But in Cambodia, "the Assembly has no right to dismiss the person."

"It is a political problem," said Om Yentieng. The opposition called the report "a plain list of the government's failures."
`, `Kem Sokha||rights advocate| (person, pronoun, partial) L5: if the executive branch commits an offense, the National Assembly asks the person to explain,
Kem Sokha||rights advocate| (person, continued, partial) L5: the Assembly has no right to dismiss the person.
Om Yentieng||| (person, name) L7: It is a political problem,`},
		{"a headline's verb ends the name before it", `Protest stories
Russia's Youngster Uprising
Russian youths have challenged educators in classrooms and shared footage of it.
Beijing's Favorite Carrie Lam Becomes Hong Kong's First Woman Leader With 777 Votes
She promised to "heal the divide" in her victory speech, but her win was met with protests.
`, `Favorite Carrie Lam||| (person, pronoun, partial) L5: heal the divide`},
		{"where a photo shows a person is no title", `Opposition rejects results

Sam Rainsy, center, leader of the Cambodia National Rescue Party, greets villagers.

"We will not accept the results of this election," Rainsy said.
`, `Sam Rainsy||leader|Cambodia National Rescue Party (person, name) L5: We will not accept the results of this election,`},
		{"a quotation that closes on a comma, its attribution and the rest on lines of their own", `Senators introduce disaster budgeting bill
WASHINGTON—U.S. Senator Mike Lee introduced the Budgeting for Disasters Act today.
“It is long overdue for Congress to start planning ahead for natural disasters,”
Lee said
. “By building disaster spending into the annual budget process, our bill will ensure that funding is available.”
`, `Mike Lee||U.S. Senator| (person, name) L3: It is long overdue for Congress to start planning ahead for natural disasters, By building disaster spending into the annual budget process, our bill will ensure that funding is available.`},
		{"a label in capitals that says what the speaker is in several parts", `Seasonal Flu Update

Press Briefing Transcripts

DAVE DAIGLE, CDC MEDIA RELATIONS:  Thank you.  With me today is Dr. Joe Bresee.

DR. JOE BRESEE, BRANCH CHIEF, BRANCH OF EPIDEMIOLOGY AND PREVENTION, CDC INFLUENZA DIVISION:  Thanks, Dave.  Influenza activity has been picking up in the nation.
`, `Dave Daigle||CDC Media Relations| (person, name) L5: Thank you. With me today is Dr. Joe Bresee.
Joe Bresee|Dr.|Branch Chief, Branch of Epidemiology and Prevention, CDC Influenza Division| (person, name) L7: Thanks, Dave. Influenza activity has been picking up in the nation.`},
		{"a plural office before a list of names is each one's", `Senators introduce bill

WASHINGTON—U.S. Senators Mitt Romney (R-UT), Mike Lee (R-UT), Mike Braun (R-IN), and Pat Toomey (R-PA) today introduced the act.

“It is long overdue,” Romney said.

“We must plan ahead,” Lee said.
`, `Mitt Romney||U.S. Senator| (person, name) L5: It is long overdue,
Mike Lee||U.S. Senator| (person, name) L7: We must plan ahead,`},
		{"the same title again in full", `Trial halted

Judge Leonie Brinkema heard both sides on Monday.

U.S. District Judge Leonie Brinkema called a recess. She said it is "very difficult for this case to go forward."
`, `Leonie Brinkema||U.S. District Judge| (person, pronoun, partial) L5: very difficult for this case to go forward.`},
		{"a letter reprinted in full is its signer's", `Senator asks agency for help

Senator Ann Lee sent a letter to the agency today. Read the full letter below.
May 2, 2024
The Honorable Sam Reed
Administrator
Washington, D.C. 20472
I write to ask for your help with the floods in my state. Farms have been under water for
three weeks.
The damage is spread over
twelve counties
and more.
Thank you for your attention.
Sincerely,
Ann Lee
United States Senator
`, `Ann Lee||Senator| (person, name) L8: I write to ask for your help with the floods in my state. Farms have been under water for three weeks.
Ann Lee||Senator| (person, name) L10: The damage is spread over twelve counties and more.
Ann Lee||Senator| (person, name) L13: Thank you for your attention.`},
		{"a letter several signed is the group the story says wrote it", `Lawmakers write to FEMA

In the letter, the lawmakers write, "The process is confusing and slow for families."
Dear Administrator Reed:
We are writing about the floods.
Sincerely,
Ann Lee
United States Senator
Tom Okoro
Member of Congress
`, `lawmakers||| (unnamed, role) L3: The process is confusing and slow for families.
lawmakers||| (unnamed, name) L5: We are writing about the floods.`},
		{"a signature's brackets are no part of the name", `Sheriffs back the bill

“The bill keeps officers safe and helps people in crisis.”
–Sheriff Grady Judd (Polk County, Fla.), President, Major County Sheriffs of America
`, `Grady Judd||Sheriff|Major County Sheriffs of America (person, name) L3: The bill keeps officers safe and helps people in crisis.`},
		{"a second quotation in a sentence is the subject's of its own clause", `Cummings dies at 68

Democrat Chuck Schumer, the Senate minority leader, told MSNBC Cummings "was a great man," while Republican President Trump noted his "strength, passion and wisdom" on Twitter.

Judge Ann Lee said this is a "second significant error," and said this affects the "integrity of the justice system."
`, `Chuck Schumer||Senate minority leader| (person, name, partial) L3: was a great man,
Trump||Republican President| (person, name, partial) L3: strength, passion and wisdom
Ann Lee||Judge| (person, name, partial) L5: second significant error,
Ann Lee||Judge| (person, name, partial) L5: integrity of the justice system.`},
		{"a judge is no new description of a president just heard", `Ruling due

President Trump spoke on Monday about the case.

The judge said this is a "second significant error in the case," and said it matters.
`, `judge||| (unnamed, role, partial) L5: second significant error in the case,`},
		{"a transcript's labels name an office of several words", `Press briefing

PRESS SECRETARY JOHN F. KIRBY: OK, good afternoon, everybody. We will start now.
SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Thanks, John, and thanks to all of you for coming today.
`, `John F. Kirby||Press Secretary| (person, name) L3: OK, good afternoon, everybody. We will start now.
Lloyd J. Austin III||Secretary of Defense| (person, name) L4: Thanks, John, and thanks to all of you for coming today.`},
		{"a Wikinews interview's pictured interviewer asks; a label may lose its colon's space", `Wikinews interviews Greg Smith

Wikinews waves Left.pngLaura HaleWikinews waves Right.png You were the flag bearer. Any special meaning in this game?

Greg Smith: I don’t think so. When we meet Canada it’s always a bit of a fight.

Wikinews waves Left.pngLaura HaleWikinews waves Right.png You guys think you have a serious shot at the medals?

Greg Smith:Look, we’ve got just as much of a shot as everybody else.
`, `Greg Smith||| (person, name) L5: I don’t think so. When we meet Canada it’s always a bit of a fight.
Greg Smith||| (person, name) L9: Look, we’ve got just as much of a shot as everybody else.`},
		{"Mr with a surname is not the woman of that surname", `Woman returns home

Kay Ure left the cottage in December. Heavy snow prevented her husband, John, from picking her up.

“It’s the first time we’ve been separated,” said Mr Ure in December.

“I was glad to be home,” said Mrs Ure.
`, `Ure|Mr|| (person, name) L5: It’s the first time we’ve been separated,
Kay Ure|Mrs|| (person, name) L7: I was glad to be home,`},
		{"a briefing's anonymous officials are labels", `Telephonic press briefing

Moderator: Thank you all. I will turn it over to Official One.

State Department Official One: Thank you, and thank you for this opportunity to speak with you today.

Moderator: Our first question.

State Department Official One: We are pleased with the agreement and we will say more soon.
`, `moderator||| (unnamed, name) L3: Thank you all. I will turn it over to Official One.
State Department Official One||| (unnamed, name) L5: Thank you, and thank you for this opportunity to speak with you today.
State Department Official One||| (unnamed, name) L9: We are pleased with the agreement and we will say more soon.`},
		{"a verb in capitals that ends the attribution is still a verb", `Statements

“This legislation represents three years of work,” Durbin said.

“By preserving minimums we build on reforms in the states,” Cornyn Said.
`, `Durbin||| (organisation, name) L3: This legislation represents three years of work,
Cornyn||| (organisation, name) L5: By preserving minimums we build on reforms in the states,`},
		{"according to a description, then the name set off", `Rig boarded

According to a representative of GSP, Lulu Tabanesku, “Iranian troops used machine guns” and Iran is “in control of the rig. We cannot contact the rig.”
`, `Lulu Tabanesku||representative of GSP| (person, name) L3: Iranian troops used machine guns
Lulu Tabanesku||representative of GSP| (person, name, partial) L3: in control of the rig. We cannot contact the rig.`},
		{"single marks around double ones are the quotation", `Nobel week

‘Researchers start by being curious, ready to uncover the scientific “mysteries”. It is the irresistible attraction to know more,’ said Mariya Gabriel, the European Commissioner.
`, `Mariya Gabriel||European Commissioner| (person, name) L3: Researchers start by being curious, ready to uncover the scientific “mysteries”. It is the irresistible attraction to know more,`},
		{"a sentence opening with a description of someone named speaks the quote after it", `Nobel week

EU Commissioner Mariya Gabriel spoke about the prizes on Monday.

In an exclusive interview with Horizon Magazine, the Commissioner reflects on research. ‘The Commission has put in place several opportunities for young researchers.’
`, `Mariya Gabriel||EU Commissioner| (person, nearby) L5: The Commission has put in place several opportunities for young researchers.`},
		{"an office one person holds, named later", `Bush mourns

"Our nation is shocked and saddened by the news," the president said.

President Bush gave a voice to the thoughts of the American people.
`, `Bush||President| (person, role) L3: Our nation is shocked and saddened by the news,`},
		{"the father of four is whoever was just heard", `Floods

In an interview, Yin Pong said he lost about 1 million riel.

“I have difficulty now,” said the father of four. “I have nothing left.”
`, `Yin Pong||| (person, role) L5: I have difficulty now, I have nothing left.`},
		{"an attribution broken after its verb goes on on the next line", `Flood bills

“The Missouri River flooding has once again devastated our state,” said
Senator Hawley. “People who live along the river deal with flooding.”
`, `Hawley||Senator| (person, name) L3: The Missouri River flooding has once again devastated our state, People who live along the river deal with flooding.`},
		{"a television script's header is no one's, and a bite's voice may have a first name only", `((PLAYBOOK SLUG: Ukraine Front Line TV
HEAD: Ukraine Battles Fierce Despite Chaos in Russia
SUBHEAD: On the frontlines, soldiers say fighting continues.
EDITOR NOTES:))
((NARRATOR))
While many Ukrainians anxiously watched the recent chaos in Russia, soldiers on the front lines battled on.
((Bogdan, Ukrainian combat soldier)) ((Young male in Ukrainian))
“When we are on the offensive, our artillery works first, and most of the Russian soldiers flee.”
`, `Bogdan||Ukrainian combat soldier| (person, name) L8: When we are on the offensive, our artillery works first, and most of the Russian soldiers flee.`},
		{"a transcript that prints its labels on lines of their own quotes the bites it says something of", `The Inside Story TRANSCRIPT

Unidentified Narrator:

An earthquake kills tens of thousands of people.

Unidentified Rescue Worker:

We don’t know if they are alive or dead but mostly dead bodies come out now.

DORIAN JONES, Reporting for VOA:

For many earthquake survivors, the painful wait continues.

Selim, Earthquake Survivor:

Two of our relatives are under the rubble; they still could not take them out.

Successes still occur; six days after the quake, a team found a survivor.
`, `rescue worker||| (unnamed, name) L9: We don’t know if they are alive or dead but mostly dead bodies come out now.
Selim||Earthquake Survivor| (person, name) L17: Two of our relatives are under the rubble; they still could not take them out.`},
		{"a wrapped text with a few long lines, and a rank broken from its name", `Airmen deploy
6/5/2014 - MOUNTAIN HOME AIR FORCE BASE, Idaho -- Bags packed, farewells made and the Airmen of the fighter wing are on their way to the Pacific for six months.
Approximately ten F-15E Strike Eagles and hundreds of Airmen from the
366th Fighter Wing deployed to the Pacific Air Forces on Monday for the
exercise that runs until the end of the year in the Asia-Pacific region.
"During this deployment, we can be called on at any moment," said Lt. Col.
Richard Dickens, 391st Fighter Squadron commander. "Our forces are ready."
"We are excited to represent our base," said Senior Airman Jane Reyes, 366th
Operations Support Squadron weather forecaster. "We will miss our family
and friends but this is our job."
`, `Richard Dickens|Lt. Col.|391st Fighter Squadron commander| (person, name) L6: During this deployment, we can be called on at any moment, Our forces are ready.
Jane Reyes|Senior Airman|366th Operations Support Squadron weather forecaster| (person, name) L8: We are excited to represent our base, We will miss our family and friends but this is our job.`},
		{"a quotation that names a speaker of its own is no part of the one before", `Airport grants

“We are very pleased to hear we received these grants,” said Rita McCarthy, CEO of the Town of Erwin Industrial Development Board. “This is great news for Wellsville and Allegany County,” said Curt Crandall, Chairman of the Allegany County Board of Legislators.
`, `Rita McCarthy||CEO|Town of Erwin Industrial Development Board (person, name) L3: We are very pleased to hear we received these grants,
Curt Crandall||Chairman|Allegany County Board of Legislators (person, name) L3: This is great news for Wellsville and Allegany County,`},
		{"a block quotation ends at a paragraph that opens with someone else's name", `Inquiry chair

Home Secretary Amber Rudd said:

I’d like to place on record my profound thanks to Sir Christopher for all he has done.

It is important that the work continues, and I am pleased that Sir John Mitting will be taking over as chair.

Sir John Mitting has been a High Court judge in England and Wales since 2001.
`, `Amber Rudd||Home Secretary| (person, name) L5: I’d like to place on record my profound thanks to Sir Christopher for all he has done.
Amber Rudd||Home Secretary| (person, name, goes on from L5) L7: It is important that the work continues, and I am pleased that Sir John Mitting will be taking over as chair.`},
		{"a relative clause that a quotation ends parts two quotations", `Miners trapped

"The situation is very complex, there is a geological fault-line," said Sebastián Piñera, President of Chile, who "pledged to do everything possible to get to the trapped miners," but acknowledged the difficulty.
`, `Sebastián Piñera||President|Chile (person, name) L3: The situation is very complex, there is a geological fault-line,
Sebastián Piñera||President|Chile (person, name, partial) L3: pledged to do everything possible to get to the trapped miners,`},
		{"a script's music cue quotes no one", `Our World transcript

MUSIC: "Our World" theme

HOST: This is Our World, and we talk science today with many guests.

JANE DOE: Thanks for having me on the show today, it is good to be here.

HOST: Let us start with the ice.
`, `Jane Doe||| (person, name) L7: Thanks for having me on the show today, it is good to be here.`},
		{"a copy cut at one letter leaves no quote", `Farmers

Clint Abernathy is a cotton farmer. He says he has not grown as much cotton as he predicted.

"T`, ``},
		{"a verb's subject is in its own sentence", `Debate

Donald Trump said he banned travel from China in January, which Joe Biden opposed as xenophobic.  He claimed a vaccine was near and said people are "learning to live" with the virus.
`, `Donald Trump||| (person, pronoun, partial) L3: learning to live`},
		{"a person named after \"thanks to\" with a given name and two more names", `Olympics

Panama picked up a rare gold, thanks to Irving Jahir Saladino Aranda, who soared the farthest in the long jump. He says his brother inspired him.

"Ever since I was very young, I was a very naughty kid," said Irving Jahir`, `Irving Jahir Saladino Aranda||| (person, name) L5: Ever since I was very young, I was a very naughty kid,`},
		{"an apology is speech", `Prime minister apologises

Prime Minister Igor Matovič apologised to the people of his country for "having an idiot as economy minister."
`, `Igor Matovič||Prime Minister| (person, name, partial) L3: having an idiot as economy minister.`},
		{"a stray closing mark after a stop ends the appositive", `Blast

“The driver rammed the vehicle into a wall before he blew himself up,” said Sidiiq Dodishe, a police spokesman.” Five police officers were injured in the blast, he added.
`, `Sidiiq Dodishe||police spokesman| (person, name) L3: The driver rammed the vehicle into a wall before he blew himself up,`},
		{"a quotation over paragraphs goes on past one printed without marks", `Bushfire funding

“The Government stood with these communities,” Minister David Littleproud said.

“New figures today show the Government has spent $569 million on recovery.

Now is not the time for politics.

“Now is the time to come together and help these areas recover.

“This critical assistance is helping people get back on their feet.”
`, `David Littleproud||Minister| (person, name) L3: The Government stood with these communities,
David Littleproud||Minister| (person, continued) L5: New figures today show the Government has spent $569 million on recovery.
David Littleproud||Minister| (person, continued) L9: Now is the time to come together and help these areas recover.
David Littleproud||Minister| (person, continued, goes on from L9) L11: This critical assistance is helping people get back on their feet.`},
		{"a valediction without an address or a salutation above it is no letter", `Club news

The club met on Friday. Members agreed to meet again in June.
Regards,
Ann Lee
`, ``},
		{"a county office numbered in words, and a body's initials before an office", `Storm leaves a trail of damage

“We are thankful nobody got hurt,” Marion County District Two Supervisor Dana Cole says.

“Crews worked all night,” said Marion County Emergency Management Agency (EMA) Director Lee Park.
`, `Dana Cole||Marion County District Two Supervisor| (person, name) L3: We are thankful nobody got hurt,
Lee Park||Marion County Emergency Management Agency EMA Director| (person, name) L5: Crews worked all night,`},
		{"a description of where the person just heard belongs", `A new cafe opens downtown

When Sam Ortiz decided to open a cafe, he looked at what the town lacked.

“The town needed good coffee,” he said.

Owning a cafe has been Ortiz’s dream for years.

“It’s something I’ve wanted since I was little,” the lifetime Dover resident said.

“Ask any regular,” the other resident said.
`, `Sam Ortiz||| (person, pronoun) L5: The town needed good coffee,
Sam Ortiz||| (person, role) L9: It’s something I’ve wanted since I was little,
other resident||| (unnamed, name) L11: Ask any regular,`},
		{"a clock time before a weekday ends no sentence; an official of a body is a person", `Strikes hit compound

Warplanes hit a compound near the city, Defense Secretary Dan Roe said Tuesday.

"There has been an attack from the air on a compound," Roe told reporters.

An official with the U.S. Central Command told CNN two buildings were struck around 1:30 a.m. Wednesday, and that "battle damage is ongoing."

"We know we did strike the targets," he said.
`, `Dan Roe||Defense Secretary| (person, name) L5: There has been an attack from the air on a compound,
official with the U.S. Central Command||| (unnamed, name, partial) L7: battle damage is ongoing.
official with the U.S. Central Command||| (unnamed, pronoun) L9: We know we did strike the targets,`},
		{"a round-table's guests labelled by surname; a page's furniture label is no one", `Showrunners tell all

Timeline: Who Knew What and When?

THR: Will you stick with the novel, or will you diverge?

Mazzara: We have already diverged. We are our own entity now.

THR: Does Twitter make your work easier or harder?

Rhimes: I don’t think that it affects it at all, because we are so far ahead.

Mazzara: Yeah, I actually am enjoying Twitter right now.
`, `Mazzara||| (person, name) L7: We have already diverged. We are our own entity now.
Rhimes||| (person, name) L11: I don’t think that it affects it at all, because we are so far ahead.
Mazzara||| (person, name) L13: Yeah, I actually am enjoying Twitter right now.`},
		{"post-game quotes under a coach's heading, each answer under what it is about", `Men's Basketball Post Game Quotes

HEAD COACH Tom Penders
Opening statement:

“After the game, I have my radio show, so I wait until the next day to speak with them.”

On handling the officials:
“During the game, I told the players that I would handle the officials.”

On Maurice McNeil:
“He has a big heart, and he’s getting better.”
`, `Tom Penders||Head Coach| (person, name) L6: After the game, I have my radio show, so I wait until the next day to speak with them.
Tom Penders||Head Coach| (person, continued) L9: During the game, I told the players that I would handle the officials.
Tom Penders||Head Coach| (person, continued) L12: He has a big heart, and he’s getting better.`},
		{"an edited transcript announced in a sentence, a pull quote signed by a name alone, the host's turns", `When a columnist digs into his data

Host Molly Wood spoke with Geoffrey Fowler, who’s a technology columnist for the Washington Post. The following is an edited transcript of their conversation.

“I’m shocked at the scale of the tracking.”

Geoffrey Fowler

Geoffrey Fowler: I’m shocked at the scale of the tracking. I have been running experiments for months.

Molly Wood: One of the pieces you wrote was about the iPhone. There was still plenty of tracking.

Geoffrey Fowler: Yes, and the apps send data while you sleep.
`, `Geoffrey Fowler||technology columnist|Washington Post (person, name) L5: I’m shocked at the scale of the tracking.
Geoffrey Fowler||technology columnist|Washington Post (person, name) L9: I’m shocked at the scale of the tracking. I have been running experiments for months.
Geoffrey Fowler||technology columnist|Washington Post (person, name) L13: Yes, and the apps send data while you sleep.`},
		{"one turn of a page that says it prints an edited interview", `A chef on the new menu

Ana Ruiz runs the kitchen at Casa Verde. This interview has been edited for length and clarity.

Ana Ruiz: We wanted every dish to come from a farm within fifty miles.
`, `Ana Ruiz||| (person, name) L5: We wanted every dish to come from a farm within fifty miles.`},
		{"a platform named X ends its sentence; a company described by its owner is the one just named", `Box office

Actor Sam Reyes predicted the film's staying power when it fell short. “Give it a few weeks,” he wrote on X. Shortly after, as the sequel suffered a similar fate, he shared, “It continues to have crazy legs.”

The Kremlin-backed group said “nothing has changed.”
`, `Sam Reyes||Actor| (person, pronoun) L3: Give it a few weeks,
Sam Reyes||Actor| (person, nearby) L3: It continues to have crazy legs.
Kremlin-backed group||| (organisation, role, partial) L5: nothing has changed.`},
		{"a member's seat for the person the paragraph before opened with; someone else's spokesperson", `Ministers accused

Liam Kerr, the Scottish Conservative energy spokesperson, raised the issue on Tuesday.

The MSP added: "Both statements cannot simultaneously be true."

The First Minister’s spokesperson also said it was a matter of “public record” that officials knew. He said: “It’s there, you’ve got that.”
`, `Liam Kerr||Scottish Conservative energy spokesperson| (person, role) L5: Both statements cannot simultaneously be true.
First Minister’s spokesperson||| (unnamed, name, partial) L7: public record
First Minister’s spokesperson||| (unnamed, pronoun) L7: It’s there, you’ve got that.`},
		{"a body described before its name, then by that noun", `Lab firm denies short seller's claims

(Reuters) - Lab testing firm Eurofins on Tuesday rejected allegations made by short seller Muddy Waters.

“The allegations are inaccurate and misleading,” the firm said in a statement.

The company added that it would respond “in due course”.
`, `Eurofins||| (organisation, role) L5: The allegations are inaccurate and misleading,
Eurofins||| (organisation, pronoun, partial) L7: in due course`},
		{"an interview whose labels stop after the first exchange", `INTERVIEW: The commissioner on drug prices

Commissioner Scott Gottlieb spoke with Bloomberg News. This transcript of the interview has been edited for clarity and length.

Bloomberg: What can the agency do about drug prices?

Gottlieb: Some drug companies are taking advantage of certain rules to prolong monopolies.

We want to have more generic drugs approved on the first cycle.

Is it just small companies that are “gaming” the system, or bigger ones as well?

It runs the gamut. A company that can extend its franchise usually will.
`, `Scott Gottlieb||Commissioner| (person, name) L7: Some drug companies are taking advantage of certain rules to prolong monopolies. We want to have more generic drugs approved on the first cycle.
Scott Gottlieb||Commissioner| (person, continued) L13: It runs the gamut. A company that can extend its franchise usually will.`},
		{"a quotation, \"and that\" and another, one attribution after both", `Senators target contract for deed

Sen. Tina Smith introduced the bill on Thursday.

“It makes me so angry that people who are trying to own their own home” and that “those individuals would be exploited,” Smith said in an interview.
`, `Tina Smith||Sen.| (person, name) L5: It makes me so angry that people who are trying to own their own home
Tina Smith||Sen.| (person, name, partial) L5: those individuals would be exploited,`},
		{"a headline's speaker is the subject of its verb, not the owner of the comment it judges", `Singapore

Edwin Tong says Pritam Singh's comment on his court case 'outrageous, plainly wrong and completely unacceptable'

Leader of the Opposition Pritam Singh had said that “the court of public opinion can be bigger than any court”
`, `Edwin Tong||| (person, name, partial) L3: outrageous, plainly wrong and completely unacceptable
Pritam Singh||| (person, name, partial) L5: the court of public opinion can be bigger than any court`},
		{"a lede that describes someone the next paragraph names; not a spokesperson", `Mother tells jury of son's suffering

A mother accused of giving her son a fatal dose of heroin told a jury "I would rather he go to heaven than have hell on Earth."

Frances Inglis wept in the witness box as she described his injuries.

A council spokesperson said "the matter is with the police."

Sam Ortiz, the council leader, declined to comment.
`, `Frances Inglis||| (person, role) L3: I would rather he go to heaven than have hell on Earth.
council spokesperson||| (unnamed, name, partial) L7: the matter is with the police.`},
		{"a quotation between two names keeps them apart; a nickname inside a name does not", `Tributes paid to charity trustee

Luke Donovan, chair of the network, paid tribute to Bill Pilgrim.

Even in retirement, Bill “still loved to help people and learn new things,” Luke added.

Matthew J. “Matt” Lohr said: “I am honored to serve.”
`, `Luke Donovan||chair of the network| (person, name, partial) L5: still loved to help people and learn new things,
Matthew J. Lohr||| (person, name) L7: I am honored to serve.`},
		{"a street is no one", `Cafe reopens

Owner Tony Colborne has leased the building to a new tenant.

Mr Colborne, of Wyatt Close, Wargrave, closed the café in April.

He said it was “brilliant” that the business was running again.
`, `Tony Colborne|Mr|Owner| (person, pronoun, partial) L7: brilliant`},
		{"an opening phrase that ends with a town and its state", `Donor gives staff a million dollars

In a note delivered to the hospital in Santa Cruz, California, the donor said: “Thank you for standing up to care for our community.”
`, `donor||| (unnamed, role) L3: Thank you for standing up to care for our community.`},
		{"a profile's heading of a name, an age and a role; a broadcaster named with the Arabic article", `Lebanon refugees talk to Al Jazeera

Al Jazeera spoke to Palestinians from the refugee camp.

Murtaja El-Hajj, 38, UNRWA sanitation officer

"This is a repeat of 1948," el-Hajj said.

"The smell is overwhelming," he told Al Jazeera.
`, `Murtaja El-Hajj||UNRWA sanitation officer| (person, name) L7: This is a repeat of 1948,
Murtaja El-Hajj||UNRWA sanitation officer| (person, pronoun) L9: The smell is overwhelming,`},
		{"an attribution a page broke over two paragraphs; a programme's name in marks after it", `Brady leads Bucs rally

“Tom, he’s never behind in his mind. We can always make plays to win games,” coach

Bruce Arians said.

"They're right behind him," Gov. Terry McAuliffe said during an appearance on WTOP-FM's "Ask the Governor" Wednesday morning.
`, `Bruce Arians||coach| (person, name) L3: Tom, he’s never behind in his mind. We can always make plays to win games,
Terry McAuliffe||Gov.| (person, name) L7: They're right behind him,`},
		{"a councillor's honorific abbreviated Clr", `Tributes to Ron

John Keeney, a member of Birchwood Town Council, paid tribute.

Clr Keeney said: "He was a very hands-on person."
`, `John Keeney|Clr|member|Birchwood Town Council (person, name) L5: He was a very hands-on person.`},
		{"no one is named inside a quotation the clause before a participle holds", `Box office

Shortly after, as the sequel suffered a similar fate, actor Sam Reyes shared, “I know I’m a broken record, but ‘Fall Guy’ continues to have crazy legs,” while conceding that the “budget was still too high.”
`, `Sam Reyes||actor| (person, nearby) L3: I know I’m a broken record, but ‘Fall Guy’ continues to have crazy legs,
Sam Reyes||actor| (person, name, partial) L3: budget was still too high.`},
		{"a dateline whose comma was lost; a day between a name and its verb", `Duterte says probe prompted him to run

MANILA Philippines — President Rodrigo Duterte on Thursday said that the hearings prodded him to run for senator, saying he wanted to remind senators of “fundamental laws.”
`, `Rodrigo Duterte||President| (person, name, partial) L3: fundamental laws.`},
		{"a wire's dash glued to the story; a party member's title before a name; a day after a town", `Chemours shares slump

(Reuters) -Chemours shares plunged after the chemical maker placed its executives on leave and said it was looking into potential "material weaknesses" in its reporting.

"Congressman Grimm is finally admitting the truth," top House Democrat Nancy Pelosi said in a statement.

Sigurd Hanson, a relief official, said teams had arrived. "We are here to help," Hanson said.

Saturday, a local rescue worker said there is enough manpower, but digging is slow.

"People cannot do much with their hands," the worker said.
`, `Chemours||| (organisation, name, partial) L3: material weaknesses
Nancy Pelosi||House Democrat| (person, name) L5: Congressman Grimm is finally admitting the truth,
Sigurd Hanson||relief official| (person, name) L7: We are here to help,
local rescue worker||| (unnamed, role) L11: People cannot do much with their hands,`},
		{"someone a speaker heard doing something is not heard speaking", `Police shooting

Mujahid Torwali said he heard a man yelling threatening phrases before later hearing gunshots.

“I was just going towards the backyard and there were crying sounds,” he said.
`, `Mujahid Torwali||| (person, pronoun) L5: I was just going towards the backyard and there were crying sounds,`},
		{"bloggers' block quotations after a colon, one wondering aloud, one setting a phrase in marks", `Bloggers react

Bahraini Mahmood Al Yousif wonders out aloud on the speech venue:

I keep asking myself why did Obama choose the most repressive regimes in the Middle East to honour.

On the speech itself, Al Yousif adds:

Regardless, he touched the perennial issues; Palestine through to women’s rights. Somehow a “shared interest” creeps in and all those promises get shelved.
`, `Mahmood Al Yousif||| (person, name) L5: I keep asking myself why did Obama choose the most repressive regimes in the Middle East to honour.
Mahmood Al Yousif||| (person, name) L9: Regardless, he touched the perennial issues; Palestine through to women’s rights. Somehow a “shared interest” creeps in and all those promises get shelved.`},
		{"a blogger's worry in a phrase of theirs, then their post", `Caribbean bloggers

There was outrage over the death of a child. Guanaguanare was worried “that [it] will amount to nothing”:

The sort of callousness that did not respect her humanity is not something that was one lifetime in the making.

Government offices and officials can only do so much. We are the ones who have heard the cries.
`, `Guanaguanare||| (organisation, name) L5: The sort of callousness that did not respect her humanity is not something that was one lifetime in the making.
Guanaguanare||| (organisation, name, goes on from L5) L7: Government offices and officials can only do so much. We are the ones who have heard the cries.`},
		{"a paragraph of a quotation the copy cuts off is a quote of its own, cut", `Open data fund

Francis Maude, Minister for the Cabinet Office, said:
“This new funding will help us to exploit the power of open data to fuel growth.
“But transparency i`, `Francis Maude||Minister|Cabinet Office (person, name) L4: This new funding will help us to exploit the power of open data to fuel growth.
Francis Maude||Minister|Cabinet Office (person, name, cut, goes on from L4) L5: But transparency i`},
		{"a paragraph that is only a quotation, after one about a described person", `Google shares fall

Speaking to Reuters, BCG analyst Colin Gillis shared his perspective on why Google took such a hit.

"Click prices declined for the fourth consecutive quarter. That is a negative. This is the mobile problem."
`, `Colin Gillis||BCG analyst| (person, nearby) L5: Click prices declined for the fourth consecutive quarter. That is a negative. This is the mobile problem.`},
		{"a probe that continues speaks no words; a given name alone before a relative clause introduces her", `Neighbours react to stabbing

Neighbours say they do not feel safe living there as a murder probe continues.

Speaking this morning Jess, who lives close by but did not wish to give her surname, returned home to find her street full of police.

She said: “We didn’t know straight away what had happened.”
`, `Jess||| (person, pronoun) L7: We didn’t know straight away what had happened.`},
		{"British police ranks abbreviated before a surname", `Detectives on television

Those were the words of Detective Sergeant Julie Greenwood after her return to television.

DS Greenwood said the case came to a “stalemate” for a while.
`, `Julie Greenwood|Sergeant|Detective| (person, name, partial) L5: stalemate`},
		{"a participle of speech that opens a sentence; Mrs May is someone", `May apologises

Theresa May was forced to issue an apology today.

Speaking during the first Prime Minister’s Questions of 2018, Mrs May took a swipe at Ms Rayner, noting that she was “not in her place on the front bench today”.
`, `Theresa May|Mrs|| (person, name, partial) L5: not in her place on the front bench today`},
		{"an office the lead does not say which of two people holds", `May apologises

Theresa May was forced to apologise today after an attack on Labour’s Angela Rayner backfired.

The Shadow Education Secretary had told the Spectator: “It is a high-risk strategy.”
`, `Shadow Education Secretary||| (unnamed, role) L5: It is a high-risk strategy.`},
		{"the father of the child the text has just named with him", `A proud day

Martin Dorey recently shared a picture of his daughter Maggie at her new university.

“Tears of joy,” the father added.
`, `Martin Dorey||| (person, role) L5: Tears of joy,`},
		{"a surname with an apostrophe the text also prints without; Kenya's CS", `Eastleigh lockdown

Cabinet Secretary Fred Matiangi toured the area on Thursday.

The CS told elders that the move was taken after cases rose. “The President wants me to assure you,” he said.

“We are one as Kenyans,” Matiang’i said.
`, `Fred Matiangi||Cabinet Secretary| (person, pronoun) L5: The President wants me to assure you,
Fred Matiangi||Cabinet Secretary| (person, name) L7: We are one as Kenyans,`},
		{"a double mark that two apostrophes close", `Select Comfort shares fall

"We believe our execution was muted by a more challenged consumer environment than anticipated,'' chief executive Shelly Ibach told analysts.
`, `Shelly Ibach||chief executive| (person, name) L3: We believe our execution was muted by a more challenged consumer environment than anticipated,`},
		{"a double mark that two curly apostrophes close; a TD's seat before a name", `Taoiseach calls suggestion facile

A suggestion by Independent TD Joan Collins was described as facile by Taoiseach Enda Kenny in the Dáil.

“She stated these things that are not real,’’ Mr Kenny added.
`, `Enda Kenny|Mr|Taoiseach| (person, name) L5: She stated these things that are not real,`},
		{"the town of the school a person is at, after her description", `Lily takes command

When Jenny Mitchell had a stroke, her daughter Lily took control.

Lily, a pupil at Wyburns primary school, Rayleigh, said: "Mum wasn't speaking properly."
`, `Lily||daughter| (person, name) L5: Mum wasn't speaking properly.`},
		{"a headline's talks are what its subject speaks of", `World News

Ukraine's Poroshenko says Minsk talks 'last chance' for true ceasefire

KIEV (Reuters) - Ukrainian President Petro Poroshenko said peace talks in Minsk on Wednesday were one of the last chances to declare a ceasefire.
`, `Petro Poroshenko||Ukrainian President| (person, name, partial) L3: last chance`},
		{"a straight closing mark whose opening one the copy left out", `Minister says he should have left the meeting

In a statement to the Dáil on Thursday, Deputy Niall Collins said neither he nor his wife were interested in the land.
When the Council Executive recommended that the property should be put up for sale, neither I nor my wife had any interest in that property," he said.
"In hindsight, it would have been better had I not participated in the meeting.
He said he "regrets" it.
`, `Niall Collins||Deputy| (person, pronoun) L4: When the Council Executive recommended that the property should be put up for sale, neither I nor my wife had any interest in that property,
Niall Collins||Deputy| (person, continued) L5: In hindsight, it would have been better had I not participated in the meeting.
Niall Collins||Deputy| (person, pronoun, partial) L6: regrets`},
		{"a release's place in brackets before its first sentence", `Amnesty welcomes release

(Washington, D.C.) — Frank Jannuzi issued the following statement in response to the release of political prisoners today:

"Amnesty International welcomes the release of some political prisoners."
`, `Frank Jannuzi||| (person, name) L5: Amnesty International welcomes the release of some political prisoners.`},
		{"an office of a body in small letters before a rank and a name, after the quote", `Teashop bombing

Police said the attack occurred close to the headquarters of the regional administration.

“The explosion happened at 12:10pm, when people at the teashop were preparing to go to the mosques to pray,” Commander of the police Colonel Isaq Ali Abdulle told VOA Somali.
`, `Isaq Ali Abdulle|Colonel|Commander of the police| (person, name) L5: The explosion happened at 12:10pm, when people at the teashop were preparing to go to the mosques to pray,`},
		{"the outlet's own correspondent announcing a report is no speaker", `Village evacuated

Hayley Matthews, who lives in the village, says she has lost everything.

Ms Matthews told ITV News:

I'm now living in a caravan, my kids are living with their grandparents and there's just devastation.

ITV News correspondent Dan Rivers reports from the village:

The village saw floodwater rise by up to a metre in a few minutes just after 1.30am this morning.
`, `Hayley Matthews|Ms|| (person, name) L7: I'm now living in a caravan, my kids are living with their grandparents and there's just devastation.`},
		{"a phrase quoted inside a quotation in the same marks, before a comma", `Shambles

Mr Martin said: “When news emerged that the Minister was to be tested, the acting Chief Medical Officer, to use his own language, in an “over-abundance of caution”, indicated that Ministers should restrict their movements.”
`, `Martin|Mr|| (person, name) L3: When news emerged that the Minister was to be tested, the acting Chief Medical Officer, to use his own language, in an “over-abundance of caution”, indicated that Ministers should restrict their movements.`},
		{"an office at a department, then the name", `Gardaí examine programme

Minister of State at the Department of Agriculture Tom Hayes spoke in the Dáil last night.

Hayes says that what was documented in the programme was “absolutely appalling”.
`, `Tom Hayes||Minister of State at the Department of Agriculture| (person, name, partial) L5: absolutely appalling`},
		{"where a speaker lives, set off between the name and the verb", `Killer jailed

Kim Kensett broke down in tears as the killer was sentenced.

Speaking outside court, Mrs Kensett, of Pulborough Close, Whitehawk, said: "The man that killed my son was a coward."
`, `Kim Kensett|Mrs|| (person, name) L5: The man that killed my son was a coward.`},
		{"a relative clause between the speaker and the verb; an email from a body", `West Ham sign Fernandes

West Ham coach Graham Potter spoke on Friday.

Potter, who disclosed that Fernandes, has the ability to improve the West Ham midfield, added: “Mateus is a young player who has made impressive progress.”

Janet Jackson postponed her tour.

“It is not possible to confirm new dates,” an email from Ticketmaster said.
`, `Graham Potter||West Ham coach| (person, name) L5: Mateus is a young player who has made impressive progress.
Ticketmaster||| (organisation, name) L9: It is not possible to confirm new dates,`},
		{"a description in a standfirst is the person the story names later with the same words and its role", `Apple headset

Headset “doesn’t make sense to me as an Apple product,” says former senior marketing director

The headset “just doesn’t make sense to me as an Apple product,” according to Michael Gartenberg, a former Apple senior director of worldwide marketing.
`, `Michael Gartenberg||former Apple senior director of worldwide marketing| (person, name, partial) L3: doesn’t make sense to me as an Apple product,
Michael Gartenberg||former Apple senior director of worldwide marketing| (person, name, partial) L5: just doesn’t make sense to me as an Apple product,`},
		{"a country that is also a given name, before its captain", `Kohli hails bowlers

India skipper Virat Kohli on Saturday heaped praise on the bowlers, describing their performance as the biggest positive.

“The bowlers were the biggest positive; we haven’t done 60 wickets in the past. That lower-order showed character.”
`, `Virat Kohli||India skipper| (person, nearby) L5: The bowlers were the biggest positive; we haven’t done 60 wickets in the past. That lower-order showed character.`},
		{"a place and a party is a description, not a name", `Cole pours cold water

COLE’S COLD WATER — Rep. Tom Cole wasn’t impressed by pressure from six conservative Senators.

The Oklahoma Republican and key House appropriator said he isn’t interested in an imprecise hatchet job.

“If your goal is to achieve some arbitrary number, that’s fine,” he said.
`, `Tom Cole||Rep.| (person, pronoun) L7: If your goal is to achieve some arbitrary number, that’s fine,`},
		{"the office of a place before a colon is whoever the story says holds it", `Storm nears the coast

North Carolina Gov. Roy Cooper urged residents to leave.

N.C. governor: "There is still time to leave"
`, `Roy Cooper||North Carolina Gov.| (person, role) L5: There is still time to leave`},
		{"a round-up heads each person's words with their name and what they belong to", `Premier League – What the managers said

A look at what the top-flight managers had to say about their matches.

Arsene Wenger (Arsenal)

“I can’t remember a better comeback than that.”

Gary Megson (Bolton)

“I don’t feel unlucky. Angry isn’t the right word because we are all angry with ourselves.”

Martin O’Neill (Aston Villa)

“If you could ever try to set the benchmark, that’s it.”
`, `Arsene Wenger|||Arsenal (person, name) L7: I can’t remember a better comeback than that.
Gary Megson|||Bolton (person, name) L11: I don’t feel unlucky. Angry isn’t the right word because we are all angry with ourselves.
Martin O’Neill|||Aston Villa (person, name) L15: If you could ever try to set the benchmark, that’s it.`},
		{"a story that names its subject by one name, then by pronouns", `Tinashe postpones her tour

Tinashe has pulled the rest of her current world tour to work on her forthcoming album.

Taking to Facebook, she explains: “It is with a heavy heart that I come with the news that I need to postpone my tour.”

Tensions are high in the camp.

“They do not have anything to eat anymore,” she said.
`, `Tinashe||| (person, pronoun) L5: It is with a heavy heart that I come with the news that I need to postpone my tour.
Tinashe||| (person, pronoun) L9: They do not have anything to eat anymore,`},
		{"the one-name subject may open a later sentence of the paragraph, and its verb may be negated", `Cricket victory

Today the islands hosted the fourth match of the series. Francomenz didn't make it to the ground to watch the match, but she followed it on the radio. “Too exciting!!!” she wrote when the captain made a half century.
`, `Francomenz||| (person, pronoun) L3: Too exciting!!!`},
		{"a link's language mark between a name and what follows it is no part of either", `Massacre

The bodies were found on the road. Ignacio de los Reyes [es] from BBC World said:

“The scenes of mutilated bodies shocked many.”
`, `Ignacio de los Reyes|||BBC World (person, name) L5: The scenes of mutilated bodies shocked many.`},
		{"a person named by a given name, then where the person writes, reports", `Protest

Juan Cristobal in Caracas Chronicles [1] reports that, “This morning, dozens of families took to the streets to protest.”

Maria Lopez in Caracas said: “We have nowhere else to go.”
`, `Juan Cristobal||| (person, name) L3: This morning, dozens of families took to the streets to protest.
Maria Lopez||| (person, name) L5: We have nowhere else to go.`},
		{"letters in brackets joined to a word are the writer's, no link's mark", `Ontario election

Dalton McGuinty, leader of the Liberals, was re-elected.

In his speech, McGuinty told supporters "For this great privilege I am profoundly grateful." He continued by stating that the party "deplore[s] negativity," and that no one should "mistake our civility as a weakness."
`, `Dalton McGuinty||leader|Liberals (person, name) L5: For this great privilege I am profoundly grateful.
Dalton McGuinty||leader|Liberals (person, pronoun, partial) L5: deplore[s] negativity,
Dalton McGuinty||leader|Liberals (person, pronoun, partial) L5: mistake our civility as a weakness.`},
		{"a post under a handle that names its owner in parentheses is the owner's", `Rage on Twitter

Perhaps one status catches the frustration most:

@mooninanfield [7] (Moonmoon Ghosh): Scary to be a woman in #Delhi. Actually, in whole of India. Sick.

More reactions:

@ArvindKejriwal7 (Arvind Kejriwal) [11]:635 rapes regd in delhi during 2012. Anyone punished so far?
`, `Moonmoon Ghosh||| (person, name) L5: Scary to be a woman in #Delhi. Actually, in whole of India. Sick.
Arvind Kejriwal||| (person, name) L9: 635 rapes regd in delhi during 2012. Anyone punished so far?`},
		{"a comment written tight, its commas too, is one paragraph, and its translation goes on with it", `Mali referee

In the comment section of the article, many bloggers posted words of encouragement. Bass Junior writes [fr]:

C'est un honneur pour le Mali.Bonne suite pour vous,petit coulibaly!

It is an honor for all of Mali. Best wishes to you, dear Coulibaly.
`, `Bass Junior||| (person, name) L5: C'est un honneur pour le Mali.Bonne suite pour vous,petit coulibaly!
Bass Junior||| (person, name, goes on from L5) L7: It is an honor for all of Mali. Best wishes to you, dear Coulibaly.`},
		{"a clause that names a post in marks after a naming verb still announces the words under it", `Killing in court

Marwa was the wife of an Egyptian academic.

Hisham Maged expressed his anger in a post titled “What If She Were A Lesbian“, and said:

This is for sure a hate crime but unlike other hate crimes it did not make the headlines abroad and I do not know why.
`, `Hisham Maged||| (person, name) L7: This is for sure a hate crime but unlike other hate crimes it did not make the headlines abroad and I do not know why.`},
		{"a feeling voiced by someone, in the passive, announces that person's words", `Killing in court

Marwa was the wife of an Egyptian academic.

The same thought was echoed by Hisham Maged on his blog, playing the What if game:

Let us play the What IF game, just imagine if the situation was reversed and the victim was a westerner who was stabbed.
`, `Hisham Maged||| (person, name) L7: Let us play the What IF game, just imagine if the situation was reversed and the victim was a westerner who was stabbed.`},
		{"a block and its translation end where the writer says what someone explained to us", `Abortions in Goma

Local administrator Mapendo Victorine said in an email she is very concerned:

Il y a une semaine dans le quartier Mikeno un fœtus de 5 mois a été retrouvé emballé dans un sachet dans une poubelle publique.

A week ago, a 5-month-old foetus was found in a public bin in one of the largest neighbourhoods in Goma, wrapped up in a plastic bag.

Congolese law prohibits abortion in all parts of the country. Lawyer Alain Lushule, a member of the bar in Goma, explained to us that the penal code mandates prison for having an abortion.
`, `Mapendo Victorine||Local administrator| (person, name) L5: Il y a une semaine dans le quartier Mikeno un fœtus de 5 mois a été retrouvé emballé dans un sachet dans une poubelle publique.
Mapendo Victorine||Local administrator| (person, name, goes on from L5) L7: A week ago, a 5-month-old foetus was found in a public bin in one of the largest neighbourhoods in Goma, wrapped up in a plastic bag.`},
		{"a block whose page stops inside a phrase it sets in marks is still the block", `Abortions in Goma

Photojournalist Alain Wandiwoji expressed his concerns on his blog over the distressing situation in Goma:

Depuis décembre dernier, 11 fœtus ont été ramassés dans des caniveaux de certains quartiers de Goma : “Trop c'est trop ! Laisse entendre un p`, `Alain Wandiwoji||Photojournalist| (person, name, cut) L5: Depuis décembre dernier, 11 fœtus ont été ramassés dans des caniveaux de certains quartiers de Goma : “Trop c'est trop ! Laisse entendre un p`},
		{"a Special Agent in Charge is one office before the name", `Ring indicted

The defendants were arrested.

“I am extremely proud of our agents,” stated ATF Special Agent in Charge Thomas Atteberry.

HSI Special Agent in Charge Scott Brown said: “The ring is broken.”
`, `Thomas Atteberry||ATF Special Agent in Charge| (person, name) L5: I am extremely proud of our agents,
Scott Brown||HSI Special Agent in Charge| (person, name) L7: The ring is broken.`},
		{"what someone recalled that …: announces the words the page stops in", `Massacre

The bodies were found on the road.

Journalist Carlos Puig [es] recalled that this is not an isolated case, and that these sort of violent events have happened in several occasions across the nation:

Se encadena la masacre con`, `Carlos Puig||Journalist| (person, name, cut) L7: Se encadena la masacre con`},
		{"a quotation left open ends before the writer's sentence that says who speaks", `Race tightens

Larry Sabato is a political scientist at the University of Virginia.

He said “The tightening is natural. Sabato said it is because the “bounce” Clinton received after the convention has gone.
`, `Larry Sabato||political scientist|University of Virginia (person, pronoun) L5: The tightening is natural.
Larry Sabato||political scientist|University of Virginia (person, name, partial) L5: bounce`},
		{"what someone said this at, after a phrase that opens the sentence, announces the words under it", `Lies and riots

Several weeks after the general election in April, Hungarian prime minister Ferenc Gyurcsany said this at a closed meeting with members of his parliamentary faction:

I almost died when I had to pretend for one and a half years as if we were governing. Instead we lied in the morning, we lied in the evening.

A tape with Gyurcsany's speech – which contains a fair amount of obscenities – was leaked to the media this past Sunday; excerpts were broadcast on state radio; Gyurcsany, a blogger-politician, posted the transcript on his blog.
`, `Ferenc Gyurcsany||Hungarian prime minister| (person, name) L5: I almost died when I had to pretend for one and a half years as if we were governing. Instead we lied in the morning, we lied in the evening.`},
		{"a block quotation after a colon may quote a sentence of someone it does not name, but a paragraph that says according to whom is the writer's", `Riots in Budapest

Thousands of demonstrators gathered by the parliament on Monday night. The drama teacher Brian Heap died on Sunday.

Henrik of Hungarian Accent explains why the protesters chose to storm the TV building:

[…] this is an iconic factor dating back to the revolutions of 1956. Ironically enough, even the state TV used this factor a few months ago in its marketing campaign: “If there would be a revolution which TV station would You want to take over?”. I’m sure this was not the answer they were hoping to get.

The poet Ann Lowe recalled:

According to his brother, Tom Heap, he came to Jamaica as a young graduate teacher from “a very working class town in Lancashire.” He was supposed to stay for just two years but never left.
`, `Henrik||| (person, name) L7: […] this is an iconic factor dating back to the revolutions of 1956. Ironically enough, even the state TV used this factor a few months ago in its marketing campaign: “If there would be a revolution which TV station would You want to take over?”. I’m sure this was not the answer they were hoping to get.
Tom Heap||brother| (person, name, partial) L11: a very working class town in Lancashire.`},
		{"whose updates a sentence says are short announces them, and another user brought in ends them", `Night club fire

A fire at a night club in Perm killed more than 100 people.

An lj user starina-klin, who lives next to the night club, reports on what he can see from the window of his apartment. His updates are short and descriptive:

Apparently, there are some people inside. People outside run around without warm clothes, shout some names.

Looks like they put down the fire. They are taking people out of the club.

Another lj user from Perm kostyanus provides a long list [RUS] of updates from different sources.
`, `starina-klin||| (person, pronoun) L7: Apparently, there are some people inside. People outside run around without warm clothes, shout some names.
starina-klin||| (person, pronoun, goes on from L7) L9: Looks like they put down the fire. They are taking people out of the club.`},
		{"one who remembers first hearing the news recounts it in the first person under it", `Azerbaijan: Blogger response to University massacre

A week after the tragic events, Flying Carpets and Broken Pipelines remembers first hearing the news.

30th of April, I am in Istanbul, heading to work, seems like just a normal day, the weather is finally sunny. But everything changes once I arrive to my office. I turn on my computer and c`, `Broken Pipelines||| (person, name, cut) L5: 30th of April, I am in Istanbul, heading to work, seems like just a normal day, the weather is finally sunny. But everything changes once I arrive to my office. I turn on my computer and c`},
		{"a review on a site that quotes a newspaper it names after what it is gives the block to the newspaper", `Congo blasts

The blasts killed 200 people.

On Digital Congo, a review of the press coverage of the blasts quotes the daily newspaper Le Phare:

According to Congolese officials, the explosions were caused by a fire in the ammunition depot of the barracks. Some residents are still trapped in their homes.
`, `Le Phare||newspaper| (person, name) L7: According to Congolese officials, the explosions were caused by a fire in the ammunition depot of the barracks. Some residents are still trapped in their homes.`},
		{"a quotation left open goes on over paragraphs without its mark until one opens and closes it", `Appeal after assault

Detective Sergeant Stuart Needham said:

“Our enquiries are ongoing in a bid to establish exactly what has happened.

Officers are in the area speaking to local people but we would like to appeal to anyone who was on Sealand Road.

This is a busy road and the incident was reported during rush hour.

“We are particularly keen to speak to any drivers who may have dash cam footage.”

Get in front of tomorrow's news for free.

Journalism for the curious reader across politics, business and culture.

“They went all that way to back multiculturalism.”
`, `Stuart Needham|Sergeant|Detective| (person, name) L5: Our enquiries are ongoing in a bid to establish exactly what has happened.
Stuart Needham|Sergeant|Detective| (person, continued, goes on from L5) L7: Officers are in the area speaking to local people but we would like to appeal to anyone who was on Sealand Road.
Stuart Needham|Sergeant|Detective| (person, continued, goes on from L5) L9: This is a busy road and the incident was reported during rush hour.
Stuart Needham|Sergeant|Detective| (person, continued) L11: We are particularly keen to speak to any drivers who may have dash cam footage.`},
		{"a short line that names the voice the next paragraph plays", `Strike notice

The union has filed a five-day strike notice.
CUPE representative, Belleville’s Laura Walton.
“They offered my coworkers a one dollar raise per hour. That amounts to $1,633 per year.”
`, `Laura Walton||| (person, nearby) L5: They offered my coworkers a one dollar raise per hour. That amounts to $1,633 per year.`},
		{"a name in the phrase a sentence opens with is not its subject; a single mark a double one closes", `Albanese hits back

In response to a question from Nationals leader David Littleproud about the referendum, Mr Anthony Albanese took aim at what he called an event “funded by hedge fund billionaires.”

At the meeting, Cllr Christy Hyland said: ‘This is my fifth time bringing up anti-social behaviour.”
`, `Anthony Albanese|Mr|| (person, pronoun, partial) L3: funded by hedge fund billionaires.
Christy Hyland|Cllr|| (person, name) L5: This is my fifth time bringing up anti-social behaviour.`},
		{"a pronoun that says who said a sentence is not someone its reported words name", `Zafrul hits back

PETALING JAYA: Tengku Zafrul Aziz has said as minister it is his responsibility to scrutinise potential ventures.

It was not his job to rectify reports that misquoted Dr Mahathir Mohamad, he said.

“I am the MITI minister,” he said, referring to the ministry’s acronym.
`, `Tengku Zafrul Aziz||| (person, pronoun) L7: I am the MITI minister,`},
		{"a capitalised role with its modifier and no name after it", `Brexit deal

The Commission recommended the deal. Michel Barnier, the European Commission's Chief Negotiator, said: “We had difficult discussions over the past days.”
`, `Michel Barnier||European Commission's Chief Negotiator| (person, name) L3: We had difficult discussions over the past days.`},
		{"a Malaysian honorific, and the first two of three names", `Squash event safe

Deputy Home Minister Datuk Nur Jazlan Mohamed brushed off the organiser’s claim that Malaysia was unsafe.

“There is no security threat in Kuala Lumpur,” said Nur Jazlan.
`, `Nur Jazlan Mohamed|Datuk|Deputy Home Minister| (person, name) L5: There is no security threat in Kuala Lumpur,`},
		{"an aside between the speaker's name and the verb after the quote", `Funding

On Wednesday, Ralph Goodale, the Federal Minister of Public Safety, announced the funding.

The funding will support projects. Wastewater lagoons will be upgraded in nine towns.

Buses will be bought too.

“Infrastructure is the foundation,” Goodale, on behalf of Amarjeet Sohi, Minister of Infrastructure and Communities, said.
`, `Ralph Goodale||Federal Minister|Public Safety (person, name) L9: Infrastructure is the foundation,`},
		{"a minister's portfolio, then another person joined by and", `Funding

On Wednesday, Ralph Goodale, the Federal Minister of Public Safety and Emergency Preparedness and Donna Harpauer, Minister of Government Relations, announced over $38.6 million for 28 new projects.

“These investments allow for continued growth,” Harpauer said.
`, `Donna Harpauer||Minister|Government Relations (person, name) L5: These investments allow for continued growth,`},
		{"an abbreviated deputy's rank", `Standoff ends

"We're attempting to talk to (a) person in the building, but he's not responding," said Dep. Chief Jeff Morris.
`, `Jeff Morris|Chief|Dep.| (person, name) L3: We're attempting to talk to (a) person in the building, but he's not responding,`},
		{"a description by what someone belongs to is the one person the story's opening names", `Newcastle confirm signing of striker

Newcastle have confirmed the signing of striker Joselu from Stoke on a three-year contract.

Joselu becomes Newcastle's sixth signing of the window, following the captures of Christian Atsu and Florian Lejeune.

“I feel very happy, because I have signed for a very big club,” the Spanish forward said.
`, `Joselu||striker|Stoke (person, role) L7: I feel very happy, because I have signed for a very big club,`},
		{"a bridge of two sentences of the writer's; but not a paragraph that opens with someone's title", `Further fruit fly found in Auckland

Chief Operations Officer Andrew Coleman says thanks must go to the resident who captured the fly.

“Our investigators immediately visited the property concerned,” Mr Coleman says.

The Ministry and its response partners, including GIA signatories KVH and PipfruitNZ, are now deploying significant resources to respond to this localised detection.

“We have every confidence that treatment will quickly and effectively eradicate this population.”

Mr Noel Brett Chief Executive Officer of the RSA , has made a direct appeal to drivers to travel safely over the Christmas period.

“Over the next two weeks people will be travelling on our roads.”
`, `Andrew Coleman|Mr|Chief Operations Officer| (person, name) L5: Our investigators immediately visited the property concerned,
Andrew Coleman|Mr|Chief Operations Officer| (person, nearby) L9: We have every confidence that treatment will quickly and effectively eradicate this population.
Noel Brett|Mr|Chief Executive Officer|RSA (person, nearby) L13: Over the next two weeks people will be travelling on our roads.`},
		{"a place, then a person whose given name is rare in US records", `Cyclone response

DFID’s head of office in Mozambique Cate Turton appeared on the ITV lunchtime news on Wednesday.
She said during the ITV interview:
The situation on the ground in Maputo is incredibly serious. Since the rainfall the city has had no power.
`, `Cate Turton||| (person, pronoun) L5: The situation on the ground in Maputo is incredibly serious. Since the rainfall the city has had no power.`},
		{"a first paragraph under a dated dateline that announces a statement is no headline", `WASHINGTON, June 21, 2012- Agriculture Secretary Tom Vilsack made the following statement on the Senate's approval of the farm bill:

"I'm very pleased that the Senate acted in bipartisan spirit today."
`, `Tom Vilsack||Agriculture Secretary| (person, name) L3: I'm very pleased that the Senate acted in bipartisan spirit today.`},
		{"a quotation across a short bridge of the writer's is the last speaker's; a caption's credit about a slash is no speaker", `Wētā numbers surge

Wildlife manager Matthew Ronaldson is busy in the maternity centre.

“We’ve got about 30 egg fields here waiting to hatch again this January.”

A young giant wētā, in a milk-bottle cap. RNZ/ Libby Kirkby-McLeod

Then it’s a waiting game.

“Eggs can take anywhere from 10 months to two years to hatch.”
`, `Matthew Ronaldson||Wildlife manager| (person, nearby) L5: We’ve got about 30 egg fields here waiting to hatch again this January.
Matthew Ronaldson||Wildlife manager| (person, nearby) L11: Eggs can take anywhere from 10 months to two years to hatch.`},
		{"a delegate is someone, as a resident is", `Delegates speak on strong-mayor powers

"Please put everything into effect that you can to protect the democracy of this chamber," one delegate said.
`, `delegate||| (unnamed, name) L3: Please put everything into effect that you can to protect the democracy of this chamber,`},
		{"a paper a paragraph cites does not say I: the person heard before it does", `Harris on the terror threat

Simon Harris said the spectre of terrorism is taken seriously by State security services.
“Ireland is not immune from the threats we see in other countries,” he said.
Speaking to reporters on Sunday, he refused to confirm the change. The report in The Sunday Times states the increased threat level means an attack is considered likely.
“For obvious reasons, I don’t comment on confidential security briefings.”
`, `Simon Harris||| (person, pronoun) L4: Ireland is not immune from the threats we see in other countries,
Simon Harris||| (person, nearby) L6: For obvious reasons, I don’t comment on confidential security briefings.`},
		{"the capitals of a headline in title case are no names", `Soccer

Newcastle United Confirm Signing of Striker Joselu From Stoke on Three-Year Deal

Newcastle have confirmed the signing of striker Joselu from Stoke on a three-year contract.

“I feel very happy, because I have signed for a very big club,” the striker said.
`, `Joselu||striker|Stoke (person, role) L7: I feel very happy, because I have signed for a very big club,`},
		{"a silk's letters after a surname that is also an office", `Judge blasts killer

Judge Nicholas Dean KC was filmed as he sentenced Shiloh Pottinger.

The judge said: "Any parent whose child departs for university at 18 will feel a sense of trepidation."
`, `Nicholas Dean||Judge| (person, role) L5: Any parent whose child departs for university at 18 will feel a sense of trepidation.`},
		{"who replies is who was asked; a teaser of another story is furniture", `Burglars walk free

Judge Shomon Khan asked prosecutor Tabitha Walker why it had taken more than three years for the matter to be brought to sentence.
MORE NEWS: Violent gang jailed for ‘vicious attack’ on defenceless victim
She replied: “The CPS were not asked for charging advice in this matter until June 2021.”
`, `Tabitha Walker||prosecutor| (person, pronoun) L5: The CPS were not asked for charging advice in this matter until June 2021.`},
		{"one office's label on a line of its own under a page's furniture is the page's transcript; on a page filed under someone, \"PRIME MINISTER:\" is not whoever is a \"Minister for …\"", `PM Transcripts

Howard, John

Release Type:
Interview
Joint Press Conference with the Hon Peter McGauran MP Minister for Agriculture, Fisheries and Forestry

PRIME MINISTER:

Well ladies and gentlemen, Mr McGauran and I have called this news conference to announce a decision on the drought.
`, `John Howard||Prime Minister| (person, name) L11: Well ladies and gentlemen, Mr McGauran and I have called this news conference to announce a decision on the drought.`},
		{"a hyphenated office in a label is an office: \"ATTORNEY-GENERAL:\"", `Doorstop – Parliament House

ATTORNEY-GENERAL: Thanks everyone. Good to go?

Look, it has taken three years. The first version of this bill was introduced in, I think, September 2017.

JOURNALIST: Will it pass?
`, `attorney-general||Attorney-General| (unnamed, name) L3: Thanks everyone. Good to go? Look, it has taken three years. The first version of this bill was introduced in, I think, September 2017.`},
		{"a paragraph that names what follows as a blogger's tweets or posts introduces them", `Jamaica: Bloggers Discuss Extradition

@ArnoldKer took a more serious view of the situation in a series of tweets:

So wat happens now? The PM is forgiven & all is bak to normal, rite? smh I hope the opposition keeps pressing d govt for answers.
`, `@ArnoldKer||| (person, name) L5: So wat happens now? The PM is forgiven & all is bak to normal, rite? smh I hope the opposition keeps pressing d govt for answers.`},
		{"a portfolio of several parts keeps its last comma before \"and\": \"Food, Nutrition, and Consumer Services\"", `USDA grants

USDA Under Secretary for Food, Nutrition, and Consumer Services Kevin Concannon said USDA looks forward to its partnership with States. "These grants are an important part of our emphasis on training," he said.
`, `Kevin Concannon||USDA Under Secretary for Food, Nutrition, and Consumer Services| (person, pronoun) L3: These grants are an important part of our emphasis on training,`},
		{"a call's chair who names themselves is that person", `Briefing on World Humanitarian Day

MODERATOR: Thank you, and welcome to this teleconference. My name is Doris Robinson and I am going to be the moderator for today’s session.

MR HICKS: Thank you very much, Doris. We are proud of what our teams have done this year.
`, `Doris Robinson||Moderator| (person, name) L3: Thank you, and welcome to this teleconference. My name is Doris Robinson and I am going to be the moderator for today’s session.
Hicks|Mr|| (person, name) L5: Thank you very much, Doris. We are proud of what our teams have done this year.`},
		{"an alias of two words, read first as a name of its own, is the person's", `Drug lord extradited

Joaquin Guzman, better known as El Chapo, was flown to New York on Thursday.

"I am innocent," El Chapo told the court.
`, `Joaquin Guzman||| (person, name) L5: I am innocent,`},
		{"a name given as another's alias (\"Mohammed, known as Safy\") is that person; a post after what the verb took up goes on in the first person without its full stop; \"He has also …\" is the writer's again", `Bahrain arrests blogger

Bahraini blogger Mohammed Hassan was arrested from his home today.

The arrest of Mohammed, known as Safy, drew criticism from netizens.

In April, Safy announced the closure of his blog:

All good things come to an end.

Though my message might have not ended I think my points were delivered, I think it is time now to close this notebook and start a new one

He has also stopped tweeting since then.
`, `Mohammed Hassan||Bahraini blogger| (person, name) L9: All good things come to an end.
Mohammed Hassan||Bahraini blogger| (person, name, goes on from L9) L11: Though my message might have not ended I think my points were delivered, I think it is time now to close this notebook and start a new one`},
		{"a label in capitals keeps a surname's prefix in small letters: \"McPHEE\" is McPhee", `Press conference, Lismore

PRIME MINISTER: How many volunteers are now in the region here?
ANDREW McPHEE, REGIONAL CONTROLLER: Sir, there are in excess of 500 volunteers at the moment.
PRIME MINISTER: Yeah, and we are seeing this right up the east coast.
`, `prime minister||Prime Minister| (unnamed, name) L3: How many volunteers are now in the region here?
Andrew McPhee||Regional Controller| (person, name) L4: Sir, there are in excess of 500 volunteers at the moment.
prime minister||Prime Minister| (unnamed, name) L5: Yeah, and we are seeing this right up the east coast.`},
		{"a statement after \"X said:\" runs to the end of the text over impersonal paragraphs; a page cut off in one may have gone on with the writer's", `Foreign Secretary announces emergency funding

Foreign Secretary, Yvette Cooper, said:

The situation in Afghanistan remains grave.

As with all of the UK’s humanitarian work, all funds will be channelled through partnerships.

With winter round the corner it is essential that there is a collective effort.
`, `Yvette Cooper||Foreign Secretary| (person, name) L5: The situation in Afghanistan remains grave.
Yvette Cooper||Foreign Secretary| (person, name, goes on from L5) L7: As with all of the UK’s humanitarian work, all funds will be channelled through partnerships.
Yvette Cooper||Foreign Secretary| (person, name, goes on from L5) L9: With winter round the corner it is essential that there is a collective effort.`},
		{"(the same statement on a page cut off in its last paragraph)", `Minister announces funding

The Minister, Felicity Buchan, said:

Domestic abuse is a devastating crime.

Councils can use this money to make a real difference on the ground.

The 2019-20 crime survey estimated 2.3 milli`, `Felicity Buchan||Minister| (person, name) L5: Domestic abuse is a devastating crime.
Felicity Buchan||Minister| (person, name, goes on from L5) L7: Councils can use this money to make a real difference on the ground.`},
		{"words in marks after a count or \"such\", before a word of the sentence, name a thing", `Jackal parts seized

One study in the Journal of Threatened Taxa noted over 370 "jackal horns" seized in the same period.

But some experts point out the lack of such "open access" rules for telephone companies.

The mayor said 12 "were very lucky" to survive.
`, `mayor||| (unnamed, role, partial) L7: were very lucky`},
		{"a » between spaces separates a video page's links; it opens no quotation", `Rescuers search for survivors

President Recep Tayyip Erdogan visited the area. He faced the frustration of survivors by acknowledging problems with the response. https://www.voanews.com/a/rescuers/6954867.html » Subscribe to VOA News: https://bit.ly/3KIPysi » Watch more VOA News video: https://www.youtube.com/c/VOANews

»We will rebuild,» said Mayor Ann Lee.
`, `Ann Lee||Mayor| (person, name) L5: We will rebuild,`},
		{"a feed's markup: the value of a link is no quotation, nor an address in marks", `Migrant students enrollment

<p>Schools chief Pedro Martinez said enrollment increased since <a href="https://www.chalkbeat.org/chicago/2023/9/19/enrollment/">the official count</a>.</p>

“We welcomed more than 5,700 newly arrived students,” Martinez said. Details are at “https://www.cps.edu/enrollment”.
`, `Pedro Martinez||chief| (person, name) L5: We welcomed more than 5,700 newly arrived students,`},
		{"an inn is a place, no one a pronoun refers to", `Freed after 20 years

After his murder conviction was overturned in 2020, Marvin Cotton Jr. checked into a Comfort Inn outside Detroit.

Freedom, however, was frightening. The first complete silence in half a lifetime, he said, “scared the hell out of me.”
`, `Marvin Cotton Jr.||| (person, pronoun, partial) L5: scared the hell out of me.`},
		{"the company is the one a sentence before opens with; a hyphen glued to the story after an agency's dateline", `AstraZeneca seeks to calm CEO speculation

LONDON (Reuters) -AstraZeneca appeared to play down speculation about its CEO after its shares fell more than 4% on Monday.

The company later issued a statement saying: “We do not comment on market rumours.”
`, `AstraZeneca||| (organisation, role) L5: We do not comment on market rumours.`},
		{"a role of a body whose name has several words, the last possessive", `Railway merger talk

On Tuesday, Canadian Pacific Railway's chief operating officer told a Toronto conference that when it comes to consolidation, "it's not if, it's when."
`, `Canadian Pacific Railway's chief operating officer||| (unnamed, role, partial) L3: it's not if, it's when.`},
		{"a lede's description may wait two paragraphs for its name", `Minister slams colleague over Angela Rayner comment

A Government minister has slammed the "idiot" who told a newspaper that Angela Rayner crosses her legs to distract the Prime Minister.

An unnamed Tory MP allegedly briefed the story to the Mail on Sunday.

Armed forces minister James Heappey asked: "What planet are they on?"
`, `James Heappey||Armed forces minister| (person, role, partial) L3: idiot
James Heappey||Armed forces minister| (person, name) L7: What planet are they on?`},
		{"a broadcaster's reporter, labelled as reporting, asks: his later turns are his programme's", `CNBC transcript: David Faber speaks with GE chief Jeff Immelt

JOE KERNENreporting: It finally happened. General Electric and Comcast striking their long anticipated deal.

DAVID FABER reporting: Thanks, Joe. We're here with Jeff Immelt, chairman and CEO of General Electric.

FABER: Jeff, let me start with you. Why is General Electric selling control of NBC Universal?

Mr. IMMELT: You know, David, first thing I want to ask you, did we get the deal right?

FABER: I really appreciate you guys listening and actually sort of getting the numbers right.

Mr. IMMELT: I think the world's different today than it was two years ago.
`, `Jeff Immelt|Mr.|chairman and CEO|General Electric (person, name) L9: You know, David, first thing I want to ask you, did we get the deal right?
Jeff Immelt|Mr.|chairman and CEO|General Electric (person, name) L13: I think the world's different today than it was two years ago.`},
		{"the name set off after a quotation's comma, its verb lost to the page", `Burglars caught

“His trusty pooch had alerted him to two people outside his home,” Inspector Jim Wilson, A

WHAT WAS SAID “It’s a positive for Brookfield as they’re buying at an attractive price,” Sheila McGrath, an analyst at Evercore ISI who covers Brookfield
`, `Jim Wilson||Inspector| (person, name) L3: His trusty pooch had alerted him to two people outside his home,
Sheila McGrath||analyst|Evercore ISI (person, name) L5: It’s a positive for Brookfield as they’re buying at an attractive price,`},
		{"initials spelled out in brackets after the verb that follows a quotation", `Journalists protest

Journalists protested after statements by Emmanuel Macron.

"France 24 is in no way the official voice of France", replied the SDJ (Society of Journalists) of the channel, in a statement.
`, `SDJ||| (organisation, name) L5: France 24 is in no way the official voice of France`},
		{"a pull quote signed with a title and a surname the text introduces", `Health Secretary reinforces commitment to vaccination

“The measles vaccine is among the most-studied medical products we have.” — Secretary Azar

Health and Human Services Secretary Alex Azar issued a statement on Thursday.
`, `Alex Azar||Health and Human Services Secretary| (person, name) L3: The measles vaccine is among the most-studied medical products we have.`},
		{"a costar is someone; a work's title before a participle is no one", `Jessica Alba's costar says she was "horrible" to work with at first

Jessica Alba's costar Jensen Ackles has opened up about starring in the 2000 tv series Dark Angel saying she was initially "horrible to work with".
`, `Jensen Ackles||Jessica Alba costar| (person, role, partial) L1: horrible
Jensen Ackles||Jessica Alba costar| (person, name, partial) L3: horrible to work with`},
		{"a minister's office names the untitled speaker of the lead when no one holds it", `Taskforce to review hospital waiting lists

A "high-powered taskforce" will conduct a national review of all hospital waiting lists, Andrew Little says.
Anne Daniels, the New Zealand Nurses Organisation President, says waiting lists have never been so bad.
"It is absolutely abysmal," she told AM.
The new group will work with hospitals to find ways to cut down waiting times.
"I expect a national review of all waiting lists," the Health Minister said on Wednesday.
`, `Andrew Little||Health Minister| (person, name, partial) L3: high-powered taskforce
Anne Daniels||New Zealand Nurses Organisation President| (person, pronoun) L5: It is absolutely abysmal,
Andrew Little||Health Minister| (person, role) L7: I expect a national review of all waiting lists,`},
		{"a company by the initials of its name before its business and legal form", `CP releases Norfolk Southern letter

Canadian Pacific Railway Ltd. has released the letter it sent to Norfolk Southern Corp.'s chief executive officer.

In the letter, CP says the offer is a "substantial" premium.
`, `Canadian Pacific Railway Ltd.||| (organisation, name, partial) L5: substantial`},
		{"an office's whole name is no one's; a release's heading names the minister", `Minister's statement on Rodney District Council

Hon Sandra Lee

Minister of Local Government

"I have today received confirmation of the resignation of the Mayor and five councillors," the Minister of Local Government said.

Sandra Lee said: "Currently there is still a quorum at this council."
`, `Sandra Lee|Hon|Minister of Local Government| (person, role) L7: I have today received confirmation of the resignation of the Mayor and five councillors,
Sandra Lee|Hon|Minister of Local Government| (person, name) L9: Currently there is still a quorum at this council.`},
		{"a man named as her husband is not she, whatever his first name guesses", `Katy Perry talks Prism tour

At Katy Perry’s listening party for her new album Prism on Tuesday night, she gave fans some hints.
"The Prism tour is going to have a lot of magical moments," Perry said.
Prism became available on Oct. 18.
While she does sing about her ex-husband Russell Brand on the album, she says that she wants fans to interpret the singles in relation to their own lives.
“It’s people making assumptions,” she told EW.
`, `Katy Perry||| (person, name) L4: The Prism tour is going to have a lot of magical moments,
Katy Perry||| (person, pronoun) L7: It’s people making assumptions,`},
		{"a sentence that opens with a description of the person just named; a pronoun means the subject of the paragraph before, not whom it names last", `Louis Tomlinson felt pressure to make best album for fans

Louis Tomlinson felt a "pressure" to make the "best album" for his fans.
The former One Direction star has taken three years since releasing his debut solo single with Steve Aoki to announce his first record.
He confessed: "The pressure comes from the fan base."
`, `Louis Tomlinson||| (person, pronoun) L5: The pressure comes from the fan base.`},
		{"a press conference's transcript stored as one line is split at its labels", `What Brownell said after the loss to Kansas
COACH BROWNELL: First of all, congratulate Kansas. I thought they were really ready to play and just had a really good gear today. THE MODERATOR: Questions? Q. Coach, can you just talk a bit about the technical foul before halftime? COACH BROWNELL: You know, we weren't playing very well, but it was a two-point game.
`, `Brownell||Coach| (person, name) L2: First of all, congratulate Kansas. I thought they were really ready to play and just had a really good gear today.
Brownell||Coach| (person, name) L2: You know, we weren't playing very well, but it was a two-point game.`},
		{"a first paragraph whose sentence ends inside a closing mark is the story, not its headline", `“All you can hear at night is the sound of broken doors flapping in the wind,” says Abd Elaam, a 50-year-old furniture maker. “Even soldiers stay indoors after dark.”

Elaam is one of the very few civilians living in Old Mosul.
`, `Abd Elaam||furniture maker| (person, name) L1: All you can hear at night is the sound of broken doors flapping in the wind, Even soldiers stay indoors after dark.`},
		{"a quotation after a paragraph whose last sentence has the person's pronoun as subject after an opening clause", `Dangers high for health workers on Ebola front lines

Dr. Melvin Korkor said he has a pretty good idea how he got Ebola.

They later found out the woman lied. She had come from Lofa, an area at the Sierra Leone and Guinea borders.

Five nurses from Korkor’s hospital have since died of Ebola. When he tested positive, he was taken to Monrovia.

“One of the patients had just died. They prepared the bed and I went in.”
`, `Melvin Korkor|Dr.|| (person, nearby) L9: One of the patients had just died. They prepared the bed and I went in.`},
		{"two offices joined before a name set off by commas, far into the sentence; the Tánaiste is an office one person holds", `Statement by the Tánaiste

The Government yesterday approved proposals by the Tánaiste and Minister for Justice and Equality, Frances Fitzgerald TD, to give full effect to the recommendations.

The Tánaiste said: "It is right that we should now move to establish a Commission."
`, `Frances Fitzgerald||Tánaiste| (person, role) L5: It is right that we should now move to establish a Commission.`},
		{"quotations one after another, each said by a local or a source described, not one quote; a local is someone, and the Local Government Commission a body", `Mennonites and deforestation

“They bought new land,” says a source in Meta. “Us Mbya live from the forest,” says an Indigenous local from Paraguay.

Wairarapa is being consulted over proposals by the Local Government Commission.
`, `source||| (unnamed, name) L3: They bought new land,
Indigenous local from Paraguay||| (unnamed, name) L3: Us Mbya live from the forest,`},
		{"an office whose name ends in General, then of what, then the name: the office is the title, not a rank", `Police arrest 238 protesters

“We arrested 25 people,” Inspector General of Police Japhet Koome said in a statement.

Attorney General of Kenya Justin Muturi said: “The arrests were lawful.”
`, `Japhet Koome||Inspector General of Police| (person, name) L3: We arrested 25 people,
Justin Muturi||Attorney General of Kenya| (person, name) L5: The arrests were lawful.`},
		{"a preposition that opens a sentence names no one: the quotation after a clause without a verb of speech is no one's", `Thieves return

Her husband, Mr Reuben Matthews said police response has been commendable: “Their response has been very good.”

Except for one day when a motorcycle was heard late in the night, all has been fine, “Police officers came after we alerted them but they could not find anyone.”
`, `Reuben Matthews|Mr|husband| (person, name) L3: Their response has been very good.`},
		{"a word of words joined by hyphens between commas after a name says what the person is: the name speaks", `India win series

Bhuvneshwar Kumar, Man-of-the-Series, said, “Yes, I really enjoyed this tour.”

Jane Doe, Editor-in-Chief, said, “We are proud of the paper.”
`, `Bhuvneshwar Kumar||| (person, name) L3: Yes, I really enjoyed this tour.
Jane Doe||Editor-in-Chief| (person, name) L5: We are proud of the paper.`},
		{"a name joined by and to a place after in is another place, not whom he is; a given name after and goes on with a person", `Bail denied

Objecting to the bail, Public Prosecutor P. Prasanna Kumar said the post created havoc. “Granting bail will hamper the investigation,” he said.
The court also rejected bail pleas of others arrested for the violence in D.J. Halli and K.J. Halli. “The accused are part of the conspiracy,” he added.

The fair was held in Leeds and John Smith said it went well. “We sold out,” he said.
`, `P. Prasanna Kumar||Public Prosecutor| (person, pronoun) L3: Granting bail will hamper the investigation,
P. Prasanna Kumar||Public Prosecutor| (person, pronoun) L4: The accused are part of the conspiracy,
John Smith||| (person, pronoun) L6: We sold out,`},
		{"a document from someone on a date is that person's: the date is when, not part of the name", `Legislature

Tsang said he followed the stance stated in letters to the council by Chief Secretary Carrie Lam.

A letter from Lam on October 31 said: “Public officers will only respond to questions from members who have taken the oath.”
`, `Carrie Lam||Chief Secretary| (person, name) L5: Public officers will only respond to questions from members who have taken the oath.`},
		{"whoever a sentence has speak to or of the office held by one person does not hold it: the office is someone else's", `Housing row

Mary Lou McDonald accused the Taoiseach of being "delusional" about the crisis.

The Taoiseach said the motion was a tactic "to score political points".
`, `Mary Lou McDonald||| (person, name, partial) L3: delusional
Taoiseach||| (unnamed, role, partial) L5: to score political points`},
		{"a run of more than five capitalised words after a name is a headline in capitals, not a name: the surname is the person's", `Amazon CEO Andy Jassy Explains Layoffs While Unionized Workers Protest Outside Amazon began laying off corporate employees in November.

Amazon CEO Andy Jassy did so on Wednesday at the summit.

"We grew fast," Jassy said.
`, `Andy Jassy||Amazon CEO| (person, name) L5: We grew fast,`},
		{"two roles joined by a slash are a role; a town and its state in parentheses after a body are where it is, not a body", `Agilent to buy Varian

Agilent Technologies (Santa Clara, California) has agreed to acquire Varian (Palo Alto, California) in an all-cash deal.

The deal establishes a "leading position" in imaging, the company said.

"This acquisition is a major step," Bill Sullivan, Agilent's president/CEO said in a prepared statement.
`, `Agilent Technologies||| (organisation, role, partial) L5: leading position
Bill Sullivan||Agilent's president/CEO| (person, role) L7: This acquisition is a major step,`},
		{"a police rank in letters before a name is an honorific, and with the surname alone names the same officer", `Four killed in crash

However, ASP Faridah Nampiima, the traffic police spokesperson, attributed the accident to careless driving.

A few days ago, ASP Nampiima urged motorists to exercise patience. "Allow enough time for your journey," she said.
`, `Faridah Nampiima|ASP|traffic police spokesperson| (person, pronoun) L5: Allow enough time for your journey,`},
		{"a party's letter set off by commas after a name is the name's party, not the speaker", `Schools stay open

Mayor Bill de Blasio, D, said he did not want to "aid and abet" those seeking to create panic.

Senator Ted Cruz, R, said: "We will fight this."
`, `Bill de Blasio||Mayor| (person, name, partial) L3: aid and abet
Ted Cruz||Senator| (person, name) L5: We will fight this.`},
		{"capitalised words joined by an ampersand are one name; a body's kind given after its name is what the kind then refers back to", `Stores to close

"We regret the decision," Johnson & Johnson said in a statement.

United Food & Commercial Workers Local 400, the union that represents Shoppers workers, released a statement.

The union stated that the closings were "unacceptable" to its members.

"They have failed the community," said Erika Shea, President & CEO of New Dawn Enterprises.
`, `Johnson & Johnson||| (organisation, name) L3: We regret the decision,
United Food & Commercial Workers Local 400||| (organisation, role, partial) L7: unacceptable
Erika Shea||President & CEO|New Dawn Enterprises (person, name) L9: They have failed the community,`},
		{"a speech verb inside what another reports is no one heard: the next quotation is the reporter's", `Police appeal

“We’re still getting a run of attempted break-ins,” said Senior Sergeant Cam MacKinnon.

Referencing a recent incident, he added that a man reported for suspicious door knocking turned out to have a legitimate reason to be there.

“A reminder of how if you make the call, we can iron it out.”
`, `Cam MacKinnon|Senior Sergeant|| (person, name) L3: We’re still getting a run of attempted break-ins,
Cam MacKinnon|Senior Sergeant|| (person, nearby) L7: A reminder of how if you make the call, we can iron it out.`},
		{"people described in small letters without a determiner speak as a group; a verb and its object do not, nor a time after the agent", `Budget day

"The numbers simply do not add up for families," health officials said.

The plan was derided as "pure spin and nothing more" by opposition politicians today.

Minister Tom Nga denied any intention to offend journalists, who he described as the "backbone of the information network".
`, `health officials||| (unnamed, name) L3: The numbers simply do not add up for families,
opposition politicians||| (unnamed, name, partial) L5: pure spin and nothing more
Tom Nga||Minister| (person, name, partial) L7: backbone of the information network`},
		{"people after with and before a participle say what they say, not the body named before with; a person before with is the speaker with a body", `Budget debate

The benches sparred on Monday over the Union Budget with the opposition members saying it offered a mere "sugar rush" in tax relief.

"The shelters are full and more families keep arriving," Kwame Mensah with the Red Cross said.
`, `opposition members||| (unnamed, role, partial) L3: sugar rush
Kwame Mensah|||Red Cross (person, name) L5: The shelters are full and more families keep arriving,`},
		{"ranks abbreviated as police and armed forces print them are honorifics, not names", `Deputy shot

“A confrontation ensued which led to one deputy being critically wounded,” said Cpt. Anthony Buckner, Shelby County Sheriff’s Office.

“We are asking anyone with information to call us,” said Cst. Mary Okafor.
`, `Anthony Buckner|Cpt.||Shelby County Sheriff’s Office (person, name) L3: A confrontation ensued which led to one deputy being critically wounded,
Mary Okafor|Cst.|| (person, name) L5: We are asking anyone with information to call us,`},
		{"a body's long name before a title in small letters, then the name", `Typhoon

“People on the coastal areas are evacuating because of the threat of storm surges,” said National Disaster Risk Reduction and Management Council spokeswoman Romina Marasigan.
`, `Romina Marasigan||Disaster Risk Reduction and Management Council spokeswoman| (person, name) L3: People on the coastal areas are evacuating because of the threat of storm surges,`},
		{"an outlet that reports someone as saying is not heard: the one it quotes is, and speaks the quotation after", `Shooting

At the scene, APD’s Matt Longshore told reporters, “This is a very tragic situation.”

“A young boy has lost his life, another is hospitalized,” KCNC-TV reported Longshore as saying. “Youth violence continues to be an issue metro-wide.”
`, `Matt Longshore|||APD (person, name) L3: This is a very tragic situation.
Matt Longshore|||APD (person, name) L5: A young boy has lost his life, another is hospitalized,
Matt Longshore|||APD (person, nearby) L5: Youth violence continues to be an issue metro-wide.`},
		{"whom a sentence opens by speaking to is not its pronoun", `Shooting appeal

Meanwhile, Superintendent Aidan Brennan says they have been busy gathering any CCTV evidence.

Speaking with KCLR Live he said “That has been successful for us in the past.”
`, `Aidan Brennan||Superintendent| (person, pronoun) L5: That has been successful for us in the past.`},
		{"the person a body's possessive introduces is the subject of the clause a later verb of speech ends", `Warlord sentenced

Congo's Information Minister Lambert Mende said he thought the sentence was not harsh enough but added, "it is a punishment and I believe that it will haunt him for the rest of his life."
`, `Lambert Mende||Information Minister| (person, name, partial) L3: it is a punishment and I believe that it will haunt him for the rest of his life.`},
		{"the name a description gives its unnamed person is read up to what the description goes on to say", `Quake

A man who gave his name only as Ahmet out of fear of government retribution later asked the AP: "How can I go home and sleep? My brother is there. He may still be alive."
`, `Ahmet||| (person, nearby) L3: How can I go home and sleep? My brother is there. He may still be alive.`},
		{"Australian and New Zealand honours after a name are no part of it", `Festival returns

“We had a surge of sales in the last ten days,” Festival Director Peter Noble OAM said.
`, `Peter Noble||Festival Director| (person, name) L3: We had a surge of sales in the last ten days,`},
		{"a town and its country in small letters before a long dash are a dateline, no one speaking", `Nigeria vote

Abuja, Nigeria – The main opposition in Nigeria on Monday rejected the provisional results, accusing the ruling party and the commission of being in “collusion”.
`, ``},
		{"an office of a field that goes on with \"and the …\" before the comma that sets off its holder", `Migration study

“The study provides an important insight into why people flee,” said WFP Regional Director for Latin America and the Caribbean, Miguel Barreto.
`, `Miguel Barreto||WFP Regional Director for Latin America and the Caribbean| (person, name) L3: The study provides an important insight into why people flee,`},
		{"work \"by\" a person that opens the sentence before a colon is the person's", `In the news

Research by Jesse Capecelatro, assistant professor of mechanical engineering, shows opening bus windows can help: “If the windows are closed, everyone in the bus is breathing in a portion of that.”
`, `Jesse Capecelatro||assistant professor of mechanical engineering| (person, name) L3: If the windows are closed, everyone in the bus is breathing in a portion of that.`},
		{"a quotation that runs over paragraphs, each opened and left open, is the speaker's its last paragraph names", `Senators back governor

The governor's critics met in Abuja on Wednesday.

“The governor is the leader of the party in the state.

“The governor is not a onechance governor.

“That is going to be looked into,” Senator Sadiq Umar said.
`, `Sadiq Umar||Senator| (person, continued) L5: The governor is the leader of the party in the state.
Sadiq Umar||Senator| (person, continued, goes on from L5) L7: The governor is not a onechance governor.
Sadiq Umar||Senator| (person, continued, goes on from L5) L9: That is going to be looked into,`},
		{"a quotation run over open paragraphs that closes with a pronoun: whom the text was about where it opened", `Officers rescued

Police Spokesman, Frank Mba in a statement on Friday evening, said the officers were “successfully rescued.”

According to him, their abductors initially demanded a ransom of N800,000 each.

“The officers were on their way to Gusau at the time of the incident.

“Two of the officers are currently receiving medical attention in a hospital.

“The total number of officers involved in the incident is nine and not 12,” he said.
`, `Frank Mba||Police Spokesman| (person, name, partial) L3: successfully rescued.
Frank Mba||Police Spokesman| (person, continued) L7: The officers were on their way to Gusau at the time of the incident.
Frank Mba||Police Spokesman| (person, continued, goes on from L7) L9: Two of the officers are currently receiving medical attention in a hospital.
Frank Mba||Police Spokesman| (person, continued, goes on from L7) L11: The total number of officers involved in the incident is nine and not 12,`},
		{"a pronoun that opens the paragraph before goes back to its subject, not to a name that paragraph puts after a preposition", `Trudeau in Vancouver

Liberal Party leader Justin Trudeau was in town this week, touring some of his favourite places.

He also took a stroll through Caulfeild Cove in West Vancouver, where he reminisced about playing as a child.

"Vancouver is home. I spent a huge amount of time here as a kid," he said.
`, `Justin Trudeau||Liberal Party leader| (person, pronoun) L7: Vancouver is home. I spent a huge amount of time here as a kid,`},
		{"a name a preposition governs in the phrase a sentence opens with is not the subject a role after the comma names", `Senators back governor

Senator Sadiq Umar spoke to reporters in Abuja on Wednesday.

On the factional APC office unveiled by Lai Mohammed, the lawmaker said the “disagreement will be resolved.”
`, `Sadiq Umar||Senator| (person, role, partial) L5: disagreement will be resolved.`},
		{"a place and a date with no dash are a dateline; the subject of a clause that reports what follows its verb speaks the verb joined to it by \"and\"", `Congress attacks Shah

New Delhi, March 11 Taking a swipe at Union Home Minister Amit Shah, the Congress on Wednesday said that one of his remarks has been expunged, and alleged that the "G2 are masters of abuse and defamation".
`, `Congress||| (organisation, name, partial) L3: G2 are masters of abuse and defamation`},
		{"a surname spelled like a headline's verb, after an honorific and a given name", `Inquest

Senior Coroner Professor Paul Marks said the evidence "does not show there was a missed opportunity".

Professor Marks said she would have been an "excellent candidate" for treatment.
`, `Paul Marks|Professor|Senior Coroner| (person, name, partial) L3: does not show there was a missed opportunity
Paul Marks|Professor|Senior Coroner| (person, name, partial) L5: excellent candidate`},
		{"the district after a street in an address is where the person lives, not a name", `Waiting list

Cancer sufferer Norman Pascall, 81, had an operation on his bladder delayed.

Mr Pascall, of David Drive, Harold Park, said he had been waiting for the procedure since March.

He added: “In July I was outside the operating theatre on a stretcher when they told me the surgeon wasn’t available.”
`, `Norman Pascall|Mr|Cancer sufferer| (person, pronoun) L7: In July I was outside the operating theatre on a stretcher when they told me the surgeon wasn’t available.`},
		{"initials with a small word's letter in small letters are the body's named in full", `Strike

The action has been condemned by the Department for Education, which says it will disrupt parents' lives.

The DfE has said that parents will "struggle to understand" why the union was pressing ahead with its strike.
`, `Department for Education||| (organisation, name, partial) L5: struggle to understand`},
		{"one capitalised word in marks that is a proper name's adjective is said, not a name", `Vote

Republicans attacked the inquiry, with Steve Scalise calling the investigation "Soviet-style".

The film is known as "Jaws" in the region, Steve Scalise said.
`, `Steve Scalise||| (person, name, partial) L3: Soviet-style`},
		{"two roles in small letters joined by \"and\" before a name are one person's", `Food

The crew ate a rat, which contestant and actor George Hamilton described as “actually quite nice”.
`, `George Hamilton||contestant and actor| (person, name, partial) L3: actually quite nice`},
		{"an official surnamed Cao from an office speaks as Cao; a quotation sobbed is said", `Unrest

“Twenty-one persons were killed in all,” an official surnamed Cao from the provincial government’s news office said of the incident.

"Please do not give up, please continue searching," housewife Virginsita Magalso sobbed, her face streaked with dirt.
`, `Cao||| (person, name) L3: Twenty-one persons were killed in all,
Virginsita Magalso||| (person, name) L5: Please do not give up, please continue searching,`},
		{"an office by its initials is the one whose title has every word of it", `Opposition

Assam Chief Minister Dr. Himanta Biswa Sarma on Saturday said that the Opposition can never be nullified.

Speaking to the media, the Assam CM said, “Opposition can never be zero in number.”
`, `Himanta Biswa Sarma|Dr.|Assam Chief Minister| (person, role) L5: Opposition can never be zero in number.`},
		{"a span of time that opens a sentence is when; a description whose adjective is capitalised is who; imploring is speaking", `Senate

Hours before the vote, a Republican senator stood on the floor and implored the critics, “Read the bill.”
`, `Republican senator||| (unnamed, name) L3: Read the bill.`},
		{"an illustration's credit is furniture, no body that speaks", `Channels

Illustration: The Verge

The newest feature in WhatsApp brings messaging to the world’s most popular chat app. The Meta-owned company calls it “a private way to follow what matters.”
`, `Meta-owned company||| (organisation, role, partial) L5: a private way to follow what matters.`},
		{"the person a clause after a quotation opens with speaks, however long the body or the aside after the name", `Typhoon

“This is a very dangerous typhoon,” forecaster Glaiza Escullar of the Philippine Atmospheric, Geophysical and Astronomical Services Administration told Agence France-Presse (AFP).

“My entire team is engaged in rescue operations now,” National Disaster Response Force Inspector Rajesh Yawale, who was coordinating rescue operations in the village, told AFP Saturday.

But the opposition called the funding "desperate," with shadow Education Minister Tracy Davis saying it showed the government has no plan.
`, `Glaiza Escullar||forecaster|Philippine Atmospheric (person, name) L3: This is a very dangerous typhoon,
Rajesh Yawale||National Disaster Response Force Inspector| (person, name) L5: My entire team is engaged in rescue operations now,`},
		{"a statement from a body described in small letters is the body's", `Burkina

A statement from the armed forces general staff said “the military detachment in Soum province was the target of an attack.

“A provisional report states that more than a dozen soldiers were killed.”
`, `armed forces general staff||| (unnamed, name, partial) L3: the military detachment in Soum province was the target of an attack.
armed forces general staff||| (unnamed, name, goes on from L3) L5: A provisional report states that more than a dozen soldiers were killed.`},
		{"a plural possessive's apostrophe inside a quotation in single marks does not close it", `Pay

Union leader Jack Dromey spoke after the talks.

'The ball is firmly back in the employers' court. If they dig in, we will ballot our members,' he said.
`, `Jack Dromey||Union leader| (person, pronoun) L5: The ball is firmly back in the employers' court. If they dig in, we will ballot our members,`},
		{"the place a title opens with, named again alone, is no person a pronoun can refer to", `Row

PESHAWAR: Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur on Sunday dismissed the reports.

The chief minister rejected criticism of his administration, asserting that an unfair narrative was being built against Khyber Pakhtunkhwa. He challenged other provinces to a debate.

Dismissing the allegations, he said, “We believe in evidence, not mere statements.”
`, `Ali Amin Gandapur||Khyber Pakhtunkhwa Chief Minister| (person, pronoun) L7: We believe in evidence, not mere statements.`},
		{"an office written with a hyphen ends the body's name before the person", `Oilers

“The Oilers are reaffirming that the official position of our game is one of inclusion,” Oilers Entertainment Group Vice-Chairman Kevin Lowe said at a media conference Monday.

“We will keep the tape on the sticks all season,” UN Under-Secretary-General Ana Lima said.
`, `Kevin Lowe||Oilers Entertainment Group Vice-Chairman| (person, name) L3: The Oilers are reaffirming that the official position of our game is one of inclusion,
Ana Lima||UN Under-Secretary-General| (person, name) L5: We will keep the tape on the sticks all season,`},
		{"a rank of two words goes on with what it is of, and a name with an initial ends it", `Training

FORT A.P. Hill, Va. (Army News Service) -- "We've got to get away from traditional training and get more realistic training like this," said Sgt. Maj. of the Army Daniel A. Dailey at the Best Warrior Competition Wednesday.
`, `Daniel A. Dailey||Sgt. Maj. of the Army| (person, name) L3: We've got to get away from traditional training and get more realistic training like this,`},
		{"the native of a place, opening the next sentence, is the person the sentence before opened with", `Training

Cpl. Kevin L. Jones, 26th Marine Expeditionary Unit correspondence clerk, said a lot of his new Marines got some excellent training.  The native of Lake View, S.C., admitted, "I'd rather be in the rear, but these exercises are much better than in the past."

Capt. Andrew Deal, company commander and native of Urbana, Illinois, said the unit was ready. The Chicago native added, "We train the way we fight, every single day."

"It will be better once 'game day' comes," he said.
`, `Kevin L. Jones|Cpl.|26th Marine Expeditionary Unit correspondence clerk| (person, role) L3: I'd rather be in the rear, but these exercises are much better than in the past.
Andrew Deal|Capt.|company commander| (person, role) L5: We train the way we fight, every single day.
Andrew Deal|Capt.|company commander| (person, pronoun) L7: It will be better once 'game day' comes,`},
		{"a paragraph between two quotations that names people only after a preposition bridges them; a title's 'to' does not", `Cricket

Captain Virat Kohli had high praise for the bowlers.

“It was an outstanding performance with the ball on a good batting track,” Kohli said in the post-match presentation.

The Indian team started things off with a solid century partnership between Rohit Sharma (57) and Shikhar Dhawan (117).

“A top, top win for us after losing that series in India. We came in with intent right from ball one.”

Envoy Geir Pedersen condemned the attack, expressing his outrage at “this heinous crime.”

U.S. Ambassador to Syria Tom Barrack also offered his condolences.

“These terrible acts of cowardice have no place in the new tapestry of in`, `Virat Kohli|Captain|| (person, name) L5: It was an outstanding performance with the ball on a good batting track,
Virat Kohli|Captain|| (person, nearby) L9: A top, top win for us after losing that series in India. We came in with intent right from ball one.
Geir Pedersen||Envoy| (person, name, partial) L11: this heinous crime.`},
		{"a statement whose aside names those who signed it speaks for its body, and so does 'the statement continued' after a sentence that names no one", `Rail

TRANSPORT for Wales has issued an apology for cancelled and delayed services.

The statement, addressed to customers and signed off by Chief Operating Officer at Transport for Wales, Rick Davey, and Chief Operating Officer at Network Rail, Alison Thompson, said: “We’re sorry that too many trains have been cancelled.”

The statement goes on to explain that safety is a top priority for the company.

The statement continued: “We are running additional buses to replace cancelled services.”
`, `Transport for Wales||| (organisation, role) L5: We’re sorry that too many trains have been cancelled.
Transport for Wales||| (organisation, role) L9: We are running additional buses to replace cancelled services.`},
		{"a body named for transport is a body, and a portfolio's last word before a given name of either sex ends the title", `Roads

Auckland Transport (AT) warns heavy congestion is causing delays to bus services across much of the city.

"The hardest hit areas are central, west and upper south Auckland," it said in a notification.

Minister of Science, Energy, Telecommunications and Transport Daryl Vaz, speaking at the launch, called on Jamaicans to prioritise road safety.

“Let us remember simple lifesaving principles and obey the speed limit,” he said.
`, `Auckland Transport||| (organisation, pronoun) L5: The hardest hit areas are central, west and upper south Auckland,
Daryl Vaz||Minister of Science, Energy, Telecommunications and Transport| (person, pronoun) L9: Let us remember simple lifesaving principles and obey the speed limit,`},
		{"'and' never joins a person's name to the body after it, and a body's possessive before a name is the person's affiliation", `Retail

Bharatiya Janata Party’s (BJP) M. Venkaiah Naidu and Communist Party of India’s (CPI) D. Raja said a majority of members had spoken against the decision.

Echoing him, BJP’s Naidu said: “Overwhelming number of speakers in the Rajya Sabha opposed FDI in retail.”

“The entire country has watched this closely,” Raja said.
`, `M. Venkaiah Naidu|||Bharatiya Janata Party (person, name) L5: Overwhelming number of speakers in the Rajya Sabha opposed FDI in retail.
D. Raja|||Communist Party of India (person, name) L7: The entire country has watched this closely,`},
		{"a role described with a body's name is no one whose title names another body", `Rally

Addressing a rally, Madhya Pradesh Chief Minister Shivraj Singh Chouhan took a jibe at Congress leader Rahul Gandhi. “His tube light lit a little late,” Chouhan said.

Slamming the Opposition Congress party, the senior BJP leader also alleged that Rahul Gandhi is "dividing India" into north and south.
`, `Shivraj Singh Chouhan||Madhya Pradesh Chief Minister| (person, name) L3: His tube light lit a little late,
Shivraj Singh Chouhan||Madhya Pradesh Chief Minister| (person, role, partial) L5: dividing India`},
		{"a pronoun after the comma that ends a sentence with any verb of speech is not someone the sentence names, and 'under' is no role", `Rally

Madhya Pradesh Chief Minister Shivraj Singh Chouhan spoke at a rally in Dibrugarh.

The Congress has always used illegal immigrants as their vote bank, while Prime Minister Narendra Modi took initiatives to curb infiltration, Chouhan alleged.

The Congress will “become history” under the leadership of Rahul Gandhi, he claimed.

Infiltration has fallen since the state took action, Chouhan alleged.

Rahul Gandhi and his party will “become history” in Assam, he claimed.
`, `Shivraj Singh Chouhan||Madhya Pradesh Chief Minister| (person, pronoun, partial) L7: become history
Shivraj Singh Chouhan||Madhya Pradesh Chief Minister| (person, pronoun, partial) L11: become history`},
		{"a place in small letters and a full date before a dash are a dateline, and a body's name with 'of' goes on to an office in it and its holder", `Statement

Washington, D.C., June 9, 2005 - Voice of America Director David S. Jackson issued the following statement today:

"We have learned that the Ethiopian government has revoked the credentials of three reporters."

"We have learned that the government has revoked the credentials of three reporters," said Sam Smith of Harvard University.
`, `David S. Jackson||Voice of America Director| (person, name) L5: We have learned that the Ethiopian government has revoked the credentials of three reporters.
Sam Smith|||Harvard University (person, name) L7: We have learned that the government has revoked the credentials of three reporters,`},
		{"a midshipman's rank and class are an honorific", `Navy

"We're in a learning and training environment, so we're supposed to be sponges," said Midshipman 1st Class Joseph Yott, from Louisiana State University. "I've definitely learned a lot."
`, `Joseph Yott|Midshipman 1st Class||Louisiana State University (person, name) L3: We're in a learning and training environment, so we're supposed to be sponges, I've definitely learned a lot.`},
		{"a closing mark set for an apostrophe before an s does not close the quotation", `Rally

“Congress is not following in Mahatma Gandhi”s footsteps. Congress is following in the footsteps of others,” Shivraj Chouhan said.
`, `Shivraj Chouhan||| (person, name) L3: Congress is not following in Mahatma Gandhi”s footsteps. Congress is following in the footsteps of others,`},
		{"a verb after \", and\" shares the subject of the attribution before it, not a name inside the quotation before that, its opening mark lost", `Serbia reacts

In his reaction Vojislav Kostunica, prime minister of Serbia, criticized America. He said:

The United States have also humiliated the European Union,” Koštunica added, and warned that Europe, “which has lowered its head”, will be responsible.
`, `Vojislav Kostunica||prime minister|Serbia (person, name) L5: The United States have also humiliated the European Union,
Vojislav Kostunica||prime minister|Serbia (person, name, partial) L5: which has lowered its head`},
		{"a straight mark after a sentence's end inside a quotation opens the next one when a mark is missing", `Launch

"I'm really quite overcome with emotion," Elon Musk said. "It's been 18 years working towards this goal. "This is hopefully the first step on a journey to Mars," Musk said.
`, `Elon Musk||| (person, name) L3: I'm really quite overcome with emotion, It's been 18 years working towards this goal.
Elon Musk||| (person, name) L3: This is hopefully the first step on a journey to Mars,`},
		{"a word quoted in the same marks inside a quotation that goes on unclosed into the next paragraph", `Riots

Ann Doran at AFP says:

“Leading search engines would not give results for “Urumqi”, the city where the riots occurred.
`, `Ann Doran|||AFP (person, name) L5: Leading search engines would not give results for “Urumqi”, the city where the riots occurred.`},
		{"a name, then what the person is, then a relative clause before the verb: the name speaks", `Agenda

The alliance is strong. Josep Borrell, EU High Representative/Vice-President, who is presenting the proposals in a press conference, said: “With our concrete proposals we are sending strong messages to our friends.”
`, `Josep Borrell||EU High Representative/Vice-President| (person, name) L3: With our concrete proposals we are sending strong messages to our friends.`},
		{"straight double marks set for apostrophes inside words neither open nor close a quotation", `Floods

"We don"t know yet, and they"re still counting the losses," said Mayor Ana Ruiz of Gympie. "I"ve asked for help."
`, `Ana Ruiz||Mayor|Gympie (person, name) L3: We don"t know yet, and they"re still counting the losses, I"ve asked for help.`},
		{"the one a message was sent to, named in the sentence's opening phrase, is not its pronoun", `Trains

One commuter, Geoff Cummins, was intending to travel on the 22.24 service during the disruption.

In an email to the chief executive of London Midland, Patrick Verwer – shared with the Gazette – he said: “There was no train, no announcement, no explanation and no apology.”
`, `Geoff Cummins||commuter| (person, pronoun) L5: There was no train, no announcement, no explanation and no apology.`},
		{"a number that opens a programme's name in an attribution, and a body's initials after a caption's name", `Police

“The constabulary recruiting team has worked incredibly hard to deliver 90 recruits onto Wing 386,” 500 Programme Director, Superintendent Kelly Ryan says.

Avril Kennan bio pic high res (1) Dr Avril Kennan MRCG MRCG

Dr Avril Kennan, Chief Executive of the Medical Research Charities Group (MRCG), said people in Ireland are “particularly bad at asking doctors about research”.
`, `Kelly Ryan||Superintendent| (person, name) L3: The constabulary recruiting team has worked incredibly hard to deliver 90 recruits onto Wing 386,
Avril Kennan|Dr|Chief Executive|Medical Research Charities Group (person, name, partial) L7: particularly bad at asking doctors about research`},
		{"an office by its initials is the one whose title spells it out: the MCE, the VP", `Fire

Following the fire at the Dome Central Market in Accra, the Municipal Chief Executive for Ga East, Janet Mensah, has said she suspects foul play.

“This is the fourth time the market is in this situation and it is intentional,” the MCE told Citi News.

Vice President Ann Lee visited the market on Thursday.

“We will rebuild every stall in this market before the rains,” the VP said.
`, `Janet Mensah||Municipal Chief Executive for Ga East| (person, role) L5: This is the fourth time the market is in this situation and it is intentional,
Ann Lee||Vice President| (person, role) L9: We will rebuild every stall in this market before the rains,`},
		{"more verbs of speech ('he reasoned'), and a university's campus after a comma is no speaker", `Cricket

The skipper felt there isn't anything alarming about the collapse.

"I don't think it's alarming and we can very well sit here and make a mountain out of a molehill," Virat Kohli reasoned.

Jo Anne Van Tilburg of the University of California, Los Angeles disagreed with these findings: "The existence of fresh water seeps near coastal ahu is well-known."
`, `Virat Kohli||| (person, name) L5: I don't think it's alarming and we can very well sit here and make a mountain out of a molehill,
Jo Anne Van Tilburg|||University of California (person, name) L7: The existence of fresh water seeps near coastal ahu is well-known.`},
		{"a body's name after what it is ('Train company South Western'), and 'it' after a body that did something in the passive", `Trains

Train company South Western last night warned commuters not to use the station, tweeting: “If you have alternative routes that do not use London Waterloo station, we advise you to use those services.”

The same message was posted by Network Rail.

It added: “We are currently monitoring the situation and will provide updates as soon as possible.”
`, `South Western||| (organisation, name) L3: If you have alternative routes that do not use London Waterloo station, we advise you to use those services.
Network Rail||| (organisation, pronoun) L7: We are currently monitoring the situation and will provide updates as soon as possible.`},
		{"a line that ends on a word no sentence ends on goes on in a line that opens with a sum", `Bushfires
Emergency Management Minister David Littleproud is making sure support is delivered.
“This is a locally led recovery not a Canberra led recovery,” Mr Littleproud said.
“In response to the Black Summer Bushfires the $2 billion fund is now committed, with
$1 billion already in the hands of impacted communities.
“These funds are driving mental health and wellbeing programs.
`, `David Littleproud|Mr|Emergency Management Minister| (person, name) L3: This is a locally led recovery not a Canberra led recovery,
David Littleproud|Mr|Emergency Management Minister| (person, continued) L4: In response to the Black Summer Bushfires the $2 billion fund is now committed, with $1 billion already in the hands of impacted communities.
David Littleproud|Mr|Emergency Management Minister| (person, continued, goes on from L4) L6: These funds are driving mental health and wellbeing programs.`},
		{"one caption label again and again, no other label and no person's name, makes no transcript", `Flooding

LITTLE VENICE: Chancellor Dr residents and Ron Rach in the flooded street during Thursday's downpour.

"Behind us there are drains," Rick McCartney said.

LITTLE VENICE: Chancellor Dr and Hamilton St in Avenell Heights were flooded on Thursday.

A council spokesman said water over the road was caused by flash flooding.

"Council's road maintenance foreman checked the site this afternoon and there is no water lying across the road."

LITTLE VENICE: Chancellor Dr and Hamilton St residents say the only way out was by four-wheel-drive.
`, `Rick McCartney||| (person, name) L5: Behind us there are drains,
council spokesman||| (unnamed, nearby) L11: Council's road maintenance foreman checked the site this afternoon and there is no water lying across the road.`},
		{"a paragraph that quotes someone is the story's even when it speaks of a newsletter or of support", `Telescope captures images of unknown planet

"This is the first time we have directly seen a planetary mass object," said Dr. David Lafrenière, in a newsletter from the Gemini Observatory web page.

"We are grateful to everyone for your support over the years," said Ann Cole, who signed up as a volunteer.

Sign up for our newsletter.
`, `David Lafrenière|Dr.|| (person, name) L3: This is the first time we have directly seen a planetary mass object,
Ann Cole||| (person, name) L5: We are grateful to everyone for your support over the years,`},
		{"a given name and a surname that is also a body's noun name a person, found again by the surname", `Cisco cuts jobs

The "economic recovery is slower," chief executive John Chambers told analysts. "I have learned in this industry you lead with your mind," Chambers said.
`, `John Chambers||chief executive| (person, name, partial) L3: economic recovery is slower,
John Chambers||chief executive| (person, name) L3: I have learned in this industry you lead with your mind,`},
		{"gardaí, Ireland's police, speak as a body", `Man injured on O'Connell Street

In a statement, gardaí said: “Shortly before 3:30 pm, Gardaí at Store Street were alerted to an incident.”

“A male in his late 20s was taken to the Mater Hospital,” gardaí said.
`, `gardaí||| (organisation, name) L3: Shortly before 3:30 pm, Gardaí at Store Street were alerted to an incident.
gardaí||| (organisation, name) L5: A male in his late 20s was taken to the Mater Hospital,`},
		{"a sentence that presents the speaker before a colon: the name without the colon, the role without the sentence's words", `Webb images

Here’s NASA Administrator Bill Nelson:

“It’s clear that Webb represents the best of NASA.”

Here is what the governor, Ann Lee, had to say:

“We are ready.”
`, `Bill Nelson||NASA Administrator| (person, name) L5: It’s clear that Webb represents the best of NASA.
Ann Lee||governor| (person, name) L9: We are ready.`},
		{"a person brought in without a name after the last speaker is whom the next pronoun means; one the text spoke of before is not", `Car crashes into garden

A spokesman for Essex Police said: “We were called at around 5.30pm.

“Our inquiries are ongoing.”

One eyewitness, who asked to remain anonymous, lives a stone’s throw away.

He said he rushed outside after hearing a loud bang.

“She had lost control of her car on the roundabout,” he said.

Superintendent Wong Kim Wai said two people were hurt.

He said the first victim, a 52-year-old woman, is in stable condition.

The other victim, the woman’s nephew, has been discharged.

He stated that four men were arrested.

“The forensic team recovered the knife,” he said.
`, `spokesman for Essex Police||spokesman|Essex Police (unnamed, name) L3: We were called at around 5.30pm.
spokesman for Essex Police||spokesman|Essex Police (unnamed, name, goes on from L3) L5: Our inquiries are ongoing.
eyewitness||| (unnamed, pronoun) L11: She had lost control of her car on the roundabout,
Wong Kim Wai||Superintendent| (person, pronoun) L21: The forensic team recovered the knife,`},
		{"old wire copy's doubled grave accents closed by a double prime", "Possible planet seen\n\n``The results don’t directly tell us about the presence of any terrestrial planets like Earth,″ said Susan Terebey of the Extrasolar Research Corporation.\n",
			`Susan Terebey|||Extrasolar Research Corporation (person, name) L3: The results don’t directly tell us about the presence of any terrestrial planets like Earth,`},
		{"a police rank abbreviated as Australian copy abbreviates it names the officer introduced before", `Campers warned

Detective Inspector Peter O'Reilly said police have been investigating.

"Police have investigated a number of reports," Inspt O'Reilly said.

"We thank the community," Snr Sgt Ann Lee said.
`, `Peter O'Reilly|Inspt|Detective Inspector| (person, name) L5: Police have investigated a number of reports,
Ann Lee|Snr Sgt|| (person, name) L7: We thank the community,`},
		{"a pronoun that falls back to the last speaker heard in its own paragraph (it crashed the reader once)", `Knife found

Sergeant Tom Hill said two people were hurt. “We recovered the knife,” he said. “The people were evacuated,” she said.
`, `Tom Hill|Sergeant|| (person, pronoun) L3: We recovered the knife, The people were evacuated,`},
		{"a role of a group in small letters, then the name, after the verb", `Kingsolver wins the Orange Prize

"We chose The Lacuna because it is a book of breathtaking scale," said chair of the judges Daisy Goodwin.
`, `Daisy Goodwin||chair of the judges| (person, name) L3: We chose The Lacuna because it is a book of breathtaking scale,`},
		{"a plural's possessive with its apostrophe alone, then a role, is the person in that role", `Hyderabad beat Mumbai

Hyderabad FC head coach Manuel Marquez said it was a hard-fought victory.

When asked about the loss, Nizams' coach opined: "Sometimes football is crazy."
`, `Manuel Marquez||Hyderabad FC head coach| (person, role) L5: Sometimes football is crazy.`},
		{"what the person was, the name, what the person is now, then the verb and when: the person, titled as now", `Drug courier jailed

Former head of the Scottish Crime and Drugs Enforcement Agency, Graeme Pearson, now a Labour MSP, said last night: “The route up to the Highlands is a well recognised one for gangs.”

Ann Lee, a nurse, said on Monday: “The wards have been full all week.”
`, `Graeme Pearson||Labour MSP| (person, name) L3: The route up to the Highlands is a well recognised one for gangs.
Ann Lee||nurse| (person, name) L5: The wards have been full all week.`},
		{"a football club and an elementary school are bodies, so he and she are not them", `Spurs above Arsenal

“Yes, I’m proud of all the staff,” said Mauricio Pochettino.

Tottenham Hotspur finished above Arsenal for the first time in 22 years.

“We all work together and we all deserve the prize,” he said.

Kyli Smith is a parent. Olla Elementary sent a letter on Friday.

“It was a very disappointing response,” she said.
`, `Mauricio Pochettino||| (person, name) L3: Yes, I’m proud of all the staff,
Mauricio Pochettino||| (person, pronoun) L7: We all work together and we all deserve the prize,
Kyli Smith||parent| (person, pronoun) L11: It was a very disappointing response,`},
		{"a full name said only inside a quotation is whom the given name alone means later", `Javadekar slams Congress

"Nobody else, but Rahul Gandhi and his gang are opposing the government," Union Minister Prakash Javadekar said.

Taking to Twitter, Rahul criticised the Centre for its "inhuman and insensitive decision" on the allowance.
`, `Prakash Javadekar||Union Minister| (person, name) L3: Nobody else, but Rahul Gandhi and his gang are opposing the government,
Rahul Gandhi||| (person, name, partial) L5: inhuman and insensitive decision`},
		{"a quotation that closes on a comma at a line's end does not run into a line that reports something of its own", `Atlantis ready for launch
Leroy Cain, the American manager of the mission, said that he believed "the team is in great shape and we're ready to move forward,"
NASA said that "the five mission specialists for the flight are also spending full days with checklists."
`, `Leroy Cain||American manager of the mission| (person, name, partial) L2: the team is in great shape and we're ready to move forward,
NASA||| (organisation, name, partial) L3: the five mission specialists for the flight are also spending full days with checklists.`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := quoteLines(Parse(tc.text))
			if got != tc.want {
				t.Errorf("quotes of\n%s\nhave:\n%s\nwant:\n%s", tc.text, got, tc.want)
			}
		})
	}
}

func TestMeta(t *testing.T) {
	text := `# source: https://example.org/news/floods
Floods close schools across the north
May 27, 2024
By Jane Doe, The Associated Press
NAIROBI, Kenya (AP) — Floods closed schools on Monday.
`
	a := Parse(text)
	want := Meta{URL: "https://example.org/news/floods", Date: "May 27, 2024", Byline: "Jane Doe", Agency: "The Associated Press", Dateline: "NAIROBI, Kenya"}
	if a.Meta != want || a.Title != "Floods close schools across the north" {
		t.Errorf("have %q %+v\nwant %+v", a.Title, a.Meta, want)
	}

	// a wire story with no headline: a date in its dateline, the
	// credits at its end, and a title from its first sentence without
	// the dateline
	wire := `GENEVA, March 12 (Reuters) - Measles cases in Europe rose more than 30-fold last year, the World Health Organization said on Tuesday.

(Reporting by Jennifer Rigby; Editing by Alison Williams)
`
	// a dateline set with a colon, and a label that looks like one
	for text, place := range map[string]string{
		"Remark row\n\nSINGAPORE: Law Minister Edwin Tong on Saturday slammed the opposition leader's comment on his court case.\n":               "SINGAPORE",
		"Briefing\n\nQUESTION: Can you tell us what the minister said to the ambassador about the talks on Monday?\n":                             "",
		"Wordmaster\n\nAA: I'm Avi Arditti, and this week on Wordmaster we meet some of the teachers who use the show.\n":                         "",
		"Interview\n\nANTHONY ALBANESE: Good afternoon. Last Saturday the Australian people voted for a better future.\n":                         "",
		"Docket\n\nSAG-AFTRA is putting its weight behind actress Ashley Judd in a filing that argues the ruling is wrong.\n":                     "",
		"Protesters shot\n\n(Beirut) – Lebanese security forces fired on protesters on Saturday, Human Rights Watch said.\n":                      "Beirut",
		"Release\n\n(Washington, D.C.) — Frank Jannuzi issued the following statement today:\n":                                                   "Washington, D.C.",
		"Aside\n\n(Photo by Jane Doe) Lebanese security forces fired on protesters on Saturday.\n":                                                "",
		"Statement\n\nWASHINGTON, June 21, 2012- Agriculture Secretary Tom Vilsack made the following statement today:\n":                         "WASHINGTON",
		"Talks\n\nISLAMABAD, (UrduPoint / Pakistan Point News - 2nd Dec, 2022 ) :Minister for Defense Muhammad Asif invited the PTI for talks.\n": "ISLAMABAD",
		"Aside\n\nMEMO, (see below) :the minister said nothing about it today in the house.\n":                                                    "",
		"Congress attacks Shah\n\nNew Delhi, March 11 Taking a swipe at Amit Shah, the Congress on Wednesday said he was wrong.\n":                "New Delhi",
		"Lockdown\n\nMarch 11 Police closed the market, officials said on Wednesday.\n":                                                           "",
		"Weather\n\nNew Delhi, Mumbai Rains Lashed both cities on Wednesday, officials said.\n":                                                   "",
	} {
		if a := Parse(text); a.Meta.Dateline != place {
			t.Errorf("dateline of %q: have %q, want %q", text, a.Meta.Dateline, place)
		}
	}
	// a place alone before a dash may open a headline; a dateline with a
	// date opens a story
	if a := Parse("FLORIDA — Storm batters the coast as thousands flee\n\nThe storm hit the coast on Monday and thousands fled inland, officials said.\n"); a.Title != "FLORIDA — Storm batters the coast as thousands flee" {
		t.Errorf("a headline that opens with a place and a dash: title %q", a.Title)
	}
	// nor is a transcript's first label its headline
	// (the post's words are kept, as a paragraph its signature signs)
	if a := Parse("Goa beaten\n\nMatch stats | Points table | Fixtures\n\nFull Time. The Gaurs suffer their first loss.— FC Goa (@FCGoaOfficial) November 1, 2018\n\nJAM 4 - 1 GOA#NowWeRise pic.twitter.com/E4IqkA080U\n\nThe coach apologised.\n"); len(a.Body) != 2 || a.Body[0].Text != "Full Time. The Gaurs suffer their first loss." || a.Body[1].Text != "The coach apologised." || len(a.Headings) > 0 {
		t.Errorf("a page's links between bars, an embedded post's signature and picture's link are furniture: body %+v", a.Body)
	}
	if a := Parse("Sport\n\nEPL: ‘It was painful’ – Graham Potter reacts after losing to Brighton\n\nChelsea manager Graham Potter has expressed disappointment after losing to Brighton on Saturday.\n"); a.Title != "EPL: ‘It was painful’ – Graham Potter reacts after losing to Brighton" {
		t.Errorf("a headline with a kicker, a quotation and its speaker after a dash, under a section's name: title %q", a.Title)
	}
	if a := Parse("NEIL MITCHELL:\nPrime Minister, good morning.\nPRIME MINISTER:\nMorning, Neil.\n"); a.Title == "NEIL MITCHELL:" {
		t.Errorf("a speaker's label is taken for the headline")
	}
	a = Parse(wire)
	want = Meta{Date: "March 12", Byline: "Jennifer Rigby", Agency: "Reuters", Dateline: "GENEVA"}
	if a.Meta != want || !strings.HasPrefix(a.Title, "Measles cases in Europe") {
		t.Errorf("have %q %+v\nwant %+v", a.Title, a.Meta, want)
	}

	// an agency a dateline credits that no byline does (VOA's own copy
	// once made Parse panic), or the agency alone before a dash
	for text, want := range map[string]Meta{
		"Church sues\n\nWASHINGTON (RNS) — A historic Black congregation in Washington is suing the group over a destroyed sign.\n":                        {Agency: "RNS", Dateline: "WASHINGTON"},
		"Senate passes bill\n\nWASHINGTON (VOA) — The Senate voted on Tuesday to pass the bill, officials said.\n":                                         {Agency: "VOA", Dateline: "WASHINGTON"},
		"Google trial\n\n(Bloomberg) -- A senior Google executive sought to refute the case, testifying that it faces “fierce competition” from rivals.\n": {Agency: "Bloomberg"},
	} {
		if a := Parse(text); a.Meta != want {
			t.Errorf("%q: have %+v, want %+v", text, a.Meta, want)
		} else if qs := a.Quotes(); len(qs) > 0 && qs[0].Speaker != nil && qs[0].Speaker.Name == "Bloomberg" {
			t.Errorf("%q: the agency of the dateline is taken for the speaker", text)
		}
	}

	// a byline with a colon, as press-release services print it, is no
	// headline
	for _, line := range []string{"By: Mary Paleologos", "BY: JOHN SMITH", "By:Mary Paleologos"} {
		a = Parse("Grants workshop draws mayors\n\n" + line + "\n\nCongresswoman Robin Kelly hosted a grants workshop on Tuesday.\n")
		if want := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(line, "By:"), "BY:")); a.Meta.Byline != want || a.Title != "Grants workshop draws mayors" {
			t.Errorf("%q: have title %q, byline %q; want byline %q", line, a.Title, a.Meta.Byline, want)
		}
	}

	// a city in capitals and its state as written
	a = Parse("Wildfire forces thousands to flee\n\nLAHAINA, Hawaii — A wildfire tore through the town on Tuesday.\n")
	if a.Meta.Dateline != "LAHAINA, Hawaii" {
		t.Errorf("dateline %q, want LAHAINA, Hawaii", a.Meta.Dateline)
	}

	// a date with full stops on the line before the headline
	a = Parse("4.17.2007\n\nBush Says America Shocked by University Shooting\n\nAmerica is in mourning.\n")
	if a.Meta.Date != "4.17.2007" || a.Title != "Bush Says America Shocked by University Shooting" {
		t.Errorf("have title %q, date %q", a.Title, a.Meta.Date)
	}

	// a page's banners before its headline; a headline printed twice;
	// the line of the page's head that tells what the story tells
	for _, c := range []struct{ text, want string }{
		{"An official website of the United States government\n\nYou are here\n\nSecretary Perdue Names NRCS Chief\n\nU.S. Secretary of Agriculture Sonny Perdue announced today the appointment of Matt Lohr.\n", "Secretary Perdue Names NRCS Chief"},
		{"Scoop has an Ethical Paywall\n\nParliament\n\nProgress on recovery from severe storm\n\nProgress on recovery from severe storm\n\nCivil Defence Minister Nikki Kaye says the recovery is well under way.\n", "Progress on recovery from severe storm"},
		{"Transcript\n\nTelevision interview - The Project\n\nPETER HELLIAR:\n\nWelcome back, Prime Minister.\n", "Television interview - The Project"}, // (a record's title keeps the programme it was on: no outlet of the page)
		// a banner taken for the headline, the headline read as the
		// story's first line: the one that shares the story's words
		{"FROM: U.S. JUSTICE DEPARTMENT\n\nFormer CIA Officer Sentenced to 42 Months in Prison for Leaking Classified Information\n\nA former CIA officer was sentenced today to 42 months in prison for leaking classified information.\n",
			"Former CIA Officer Sentenced to 42 Months in Prison for Leaking Classified Information"},
		{"Feed aggregator\n\nNorth Korea says its latest satellite launch exploded in flight\n\nSEOUL — North Korea says its latest attempt to launch a spy satellite exploded in flight on Monday.\n",
			"North Korea says its latest satellite launch exploded in flight"},
		// a caption above its photograph's credit is no headline, though
		// it tells the story too
		{"Archive: Viewpoint: Dr Francis S Collins\n\nNIH Director Francis Collins poses with three young women in Uganda\nPhoto by Dr. Roger I. Glass\n\nDr Francis Collins met three young women in Uganda who took part in trials.\n",
			"Archive: Viewpoint: Dr Francis S Collins"},
		// a line of the page's head that shares none of the story's words
		// does not take the headline from one that does
		// a headline that opens with a quotation, below a close button
		// and a line of a few characters
		{"x\nBreaking News\nMore () »\n\n'The work is not done, it just started': Police share new info on arrest in Idaho murders\n\nMoscow Police Chief James Fry announced an arrest in the Idaho murders on Friday.\n",
			"'The work is not done, it just started': Police share new info on arrest in Idaho murders"},
		{"Citizen media stories from around the world\n\nThe Long Road of Burundi's Diplomatic Isolation\n\nBurundi has been in diplomatic isolation since its long road began in 2015.\n",
			"The Long Road of Burundi's Diplomatic Isolation"},
	} {
		if a = Parse(c.text); a.Title != c.want {
			t.Errorf("title %q, want %q", a.Title, c.want)
		}
	}
}

func TestSentences(t *testing.T) {
	got := Sentences(`Dr. Lee said the U.S. would act. “Soon,” she said. Is it over? Not yet.`)
	want := []string{"Dr. Lee said the U.S. would act.", "“Soon,” she said.", "Is it over?", "Not yet."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Sentences = %q\nwant        %q", got, want)
	}
}

// TestWordsInAgreesWithCheck holds the reader's count of the words an
// attribution puts between a quote's parts to the core's word split, which
// check uses to find the quote in its source.
func TestWordsInAgreesWithCheck(t *testing.T) {
	for _, s := range []string{
		"said U.S. Secretary of Commerce Gina M. Raimondo.",
		"Kabul’s mayor, ISIS-K's don't 'quoted' — 3.5 km",
		" ,” she said. “",
		"l'amour o'' x'1 ’’ é-ü",
	} {
		n := 0
		for range speech.Words(s) {
			n++
		}
		if got := wordsIn(s); got != n {
			t.Errorf("wordsIn(%q) = %d, speech.Words counts %d", s, got, n)
		}
	}
}

func TestMisspelt(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"ulrich", "urlich", true},
		{"ulrich", "ulrich", false},
		{"ulrich", "ulrihc", true},
		{"ulrich", "lurich", true},
		{"ulrich", "urlihc", false},
		{"ulric", "urlic", true},
		{"lee", "ele", false},
		{"smith", "smyth", false},
		{"vvedenska", "vvdenska", true},
		{"vvdenska", "vvedenska", true},
		{"ulrich", "ulric", true},
		{"ulric", "ulri", false},
		{"ulrich", "ulrichs", true},
		{"ulrich", "urlichs", false},
		{"ulrich", "ulrxch", false},
		// nine letters or more: two slips, the first letter kept
		{"krzyzewski", "kryzezewski", true},
		{"kryzezewski", "krzyzewski", true},
		{"fernandez", "hernandez", false},
		{"rodriguez", "rodrigues", true},
		{"krzyzewski", "krzyzaowxski", false},
		{"wellington", "washington", false},
	} {
		if got := misspelt(tc.a, tc.b); got != tc.want {
			t.Errorf("misspelt(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestListItemsAreBody checks that the items of a bulleted list are read
// as copy, with their figures, not set apart as crossheads.
func TestListItemsAreBody(t *testing.T) {
	a := Parse("Grants awarded\n\nProjects receiving funding include:\n\n  • $497,042 for Arthritis Research\n  • $7,608,704 for Research for Mothers and Children\n\nWho gets the money?\n\nThe university will decide.\n")
	var body []string
	for _, p := range a.Body {
		body = append(body, p.Text)
	}
	if len(a.Headings) != 1 || a.Headings[0].Text != "Who gets the money?" || !slices.Contains(body, "• $497,042 for Arthritis Research") {
		t.Errorf("headings %+v, body %q", a.Headings, body)
	}
}

func TestFootnoteless(t *testing.T) {
	for w, want := range map[string]string{"Coordinator7": "Coordinator", "guidelines4": "guidelines", "G7": "G7", "F16": "F16",
		"Covid19": "Covid19", "COVID9": "COVID9", "Lab1": "Lab1", "word": "word", "Jane": "Jane", "abcd12": "abcd12", "": ""} {
		if got := footnoteless(w); got != want {
			t.Errorf("footnoteless(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestWordAt(t *testing.T) {
	tests := []struct {
		s, w string
		want int
	}{
		{"wrote in a sentencing memo, as reported", "memo", 22},
		{"memorandum and memo", "memo", 15},
		{"the memo", "memo", 4},
		{"mementos", "memo", -1},
		{"émemo memo", "memo", 7},
		{"", "memo", -1},
	}
	for _, tc := range tests {
		if got := wordAt(tc.s, tc.w); got != tc.want {
			t.Errorf("wordAt(%q, %q) = %d, want %d", tc.s, tc.w, got, tc.want)
		}
	}
}

func TestContinuesSpeech(t *testing.T) {
	tests := []struct {
		gap  string
		want bool
	}{
		{". But in Cambodia, ", true},
		{", adding that ", true},
		{" (", true},
		{" She typically chooses ", false},
		{" iKalyanam claims to be ", false},
		{" but in near future aims to be ", false},
		{" Their statement also read ", false},
		{". one two three four five six seven eight nine ", false},
	}
	for _, tc := range tests {
		if got := continuesSpeech(tc.gap); got != tc.want {
			t.Errorf("continuesSpeech(%q) = %v, want %v", tc.gap, got, tc.want)
		}
	}
}

func TestLabelName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"MR PRICE", "Mr Price"},
		{"DR. JOE BRESEE", "Dr. Joe Bresee"},
		{"CDC MEDIA RELATIONS", "CDC Media Relations"},
		{"ACTING SECRETARY OF DEFENSE PATRICK SHANAHAN", "Acting Secretary of Defense Patrick Shanahan"},
		{"NHS SPOKESMAN", "NHS Spokesman"},
		{"JOE BRESEE", "Joe Bresee"},
		{"ANDREW McPHEE", "Andrew McPhee"},
		{"ANDREW McPHEE, REGIONAL CONTROLLER", "Andrew McPhee, Regional Controller"},
		{"RON DeSANTIS", "Ron DeSantis"},
		{"ATTORNEY-GENERAL", "Attorney-General"},
		{"Fugate", "Fugate"},
	}
	for _, tc := range tests {
		if got := labelName(tc.in); got != tc.want {
			t.Errorf("labelName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSingularOffice(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"U.S. Senators", "U.S. Senator", true},
		{"Commissioners", "Commissioner", true},
		{"Senator", "", false},
		{"Members of Parliament", "", false},
		{"Boss", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		if got, ok := singularOffice(tc.in); got != tc.want || ok != tc.ok {
			t.Errorf("singularOffice(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
	for s, want := range map[string]bool{" (R-UT), ": true, ", and ": true, " and ": true, ", ": true, " said ": false, "": false, " (Reuters), ": false} {
		if got := inList(s); got != want {
			t.Errorf("inList(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIntroduceTitled(t *testing.T) {
	for headline, want := range map[string]string{
		"Department of Defense Press Briefing by Pentagon Press Secretary Peter Cook in the Pentagon Briefing Room": "Peter Cook|Pentagon Press Secretary",
		"Remarks by President Trump in Briefing with DHS Secretary Kirstjen Nielsen":                                "Trump|President; Kirstjen Nielsen|DHS Secretary",
		"Kenyan Police Officer Fatally Shoots Six Colleagues":                                                       "",
		"First American Woman to Win": "",
	} {
		var c cast
		c.introduceTitled(headline)
		var got []string
		for _, m := range c.mentions {
			got = append(got, m.sp.Name+"|"+m.sp.Title)
		}
		if strings.Join(got, "; ") != want {
			t.Errorf("introduceTitled(%q) = %q, want %q", headline, strings.Join(got, "; "), want)
		}
	}
}

func TestIsRoleNoun(t *testing.T) {
	for w, want := range map[string]bool{"teacher": true, "protesters": true, "spokesman": true, "resident": true, "historian": true,
		"government": false, "earlier": false, "number": false, "quarter": false, "weather": false, "day": false} {
		if got := isRoleNoun(w); got != want {
			t.Errorf("isRoleNoun(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"Forecaster": true, "Meteorologist": true, "Photographer": true,
		"Remember": false, "Consider": false, "Egyptian": false, "Monsenor": false, "Tyler": false, "Water": false} {
		if got := tradeWord(w); got != want {
			t.Errorf("tradeWord(%q) = %v, want %v", w, got, want)
		}
	}
	if title, _ := appositiveBefore("A day earlier, "); title != "" {
		t.Errorf("appositiveBefore(%q) = %q, want none", "A day earlier, ", title)
	}
	if title, _ := appositiveBefore("The regional governor, "); title != "regional governor" {
		t.Errorf("appositiveBefore(%q) = %q, want %q", "The regional governor, ", title, "regional governor")
	}
}

func TestMissingCloser(t *testing.T) {
	for _, c := range []struct {
		p    string
		want string // the quotation's words, "" for none
	}{
		{"\"Six Moroccans will face the death penalty, Colonel Ali Ibrahim Osman told VOA Somali. He said more.", "Six Moroccans will face the death penalty,"},
		{"“We will rebuild the bridge, whatever it costs, she said on Monday.", "We will rebuild the bridge, whatever it costs,"},
		{"“A conference with guest speakers like John Howard and Tony Abbott, saying that climate change was implausible.", ""},
		{"“We will rebuild, the mayor said.", ""},                                       // too few words to be sure
		{"“We will rebuild the bridge,” Smith said, “whatever it costs, she said.", ""}, // marks of its own
		{"The mayor said “we will rebuild the bridge, Smith said on Monday.", ""},       // not opening the paragraph
	} {
		got := ""
		if sp, ok := missingCloser(c.p, findSpans(c.p)); ok {
			got = c.p[sp.start:sp.end]
		}
		if got != c.want {
			t.Errorf("missingCloser(%q) = %q, want %q", c.p, got, c.want)
		}
	}
}

func TestNamesThing(t *testing.T) {
	for _, c := range []struct {
		before, after string
		want          bool
	}{
		{"the previous day marking the first anniversary of the anti-government ", " rallies.", true},
		{"the first anniversary of the anti-government ", " protests.", false}, // "protests" may be a verb of speech
		{"to make Americans aware of the tremendous ", " impact of their dollars", true},
		{"Americans were rarely aware of the ", " leader.", false},  // right after the article: perhaps words said, "an “emerging” leader"
		{"Americans were rarely aware of the ", " movement.", true}, // but before a scheme's noun, its name
		{"getting some help through its ", " program.", true},       // after a possessive too
		{"in what it called a ", " campaign against fraud", true},
		{"She praised their ", " leaders.", false},
		{"The judge said this is the government's ", " affecting Moussaoui's rights.", false}, // what it is, said
		{"Frieden said on Sunday that ", " avoid all risk", false},                            // "that" opens what was said
		{"She called the plan a ", " and walked out.", false},                                 // then a conjunction
		{"He called the plan a ", " said Smith.", false},                                      // then a verb of speech
		{"They warned of ", " chaos ahead.", false},                                           // no article
		{"the ", ".", false}, // the sentence ends
	} {
		if got := namesThing(c.before, c.after); got != c.want {
			t.Errorf("namesThing(%q, %q) = %v, want %v", c.before, c.after, got, c.want)
		}
	}
}

// checkEach holds f to the result each case wants.
func checkEach[In, Out comparable](t *testing.T, name string, f func(In) Out, cases map[In]Out) {
	t.Helper()
	for in, want := range cases {
		if got := f(in); got != want {
			t.Errorf("%s(%#v) = %#v, want %#v", name, in, got, want)
		}
	}
}

// TestLineReaders holds the readers of a caption's credit, a reporter's
// label and a gloss in brackets to their cases.
func TestLineReaders(t *testing.T) {
	checkEach(t, "slashCredit", slashCredit, map[string]bool{
		"Mahoenui giant wētā come in two colour morphs – dark brown and a speckled gold. Robin Martin / RNZ": true,
		"A very young wētā, in a milk-bottle cap. RNZ/ Libby Kirkby-McLeod":                                  true,
		"The mayor at the opening. Supplied / Getty Images":                                                  true,
		"The band played for two hours. AC/DC fans sang along.":                                              false,
		"He left early. The 24/7 service closes on Sunday.":                                                  false,
		"Robin Martin / RNZ": false, // no caption before it: a credit line, read elsewhere
		"Turnout was low. Police / fire crews attended the scene at the station": false,
	})
	checkEach(t, "reportingLabel", func(p string) string { _, name, _ := reportingLabel(p); return name }, map[string]string{
		"DAVID FABER reporting: Thanks, Joe.":           "DAVID FABER",
		"JOE KERNENreporting: It finally happened.":     "JOE KERNEN",
		"FABER: I really appreciate it.":                "",
		"Police are reporting: two people were hurt.":   "",
		"reporting: the day's news":                     "",
		"BBC NEWS AT SIX, Jane Hill reporting: Tonight": "",
	})
	checkEach(t, "withoutGloss", withoutGloss, map[string]string{
		"the SDJ (Society of Journalists) of the channel, in a statement": "the SDJ of the channel, in a statement",
		"Sen. Ted Cruz (R-Texas) told reporters":                          "Sen. Ted Cruz (R-Texas) told reporters",
		"the WHO (World Health Organization)":                             "the WHO",
		"John Smith (Reuters) said":                                       "John Smith (Reuters) said",
		"Jane Doe (Head of Research) said":                                "Jane Doe (Head of Research) said",
		"the NHS (National Health Service":                                "the NHS (National Health Service",
	})
}

func TestPairedApostrophes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`Majhi said: ''There was no demand at all.'' He left.`, `Majhi said:  "There was no demand at all."  He left.`},
		{`“We believe it is better than anticipated,'' Ibach said.`, `“We believe it is better than anticipated,"  Ibach said.`},
		{`Omotoso said, ‘’As of September, it is about 79 percent.’’ He smiled.`, `Omotoso said,    “As of September, it is about 79 percent.”    He smiled.`},
		{`Omotoso said, ‘’As of September, it is about 79 percent. “And we are doing well.`, `Omotoso said,    “As of September, it is about 79 percent. “And we are doing well.`},
		{`Google claims ''fair use''. "We disagree," said Ann Lee.`, `Google claims ''fair use''. "We disagree," said Ann Lee.`},
		{`Speaker John Boehner ''(pictured)'' said "we have a deal today" on Friday.`, `Speaker John Boehner ''(pictured)'' said "we have a deal today" on Friday.`},
		{`under the title ''Encouraging People to Contribute Knowledge'', Google said.`, `under the title ''Encouraging People to Contribute Knowledge'', Google said.`},
		{`a '''bold''' word and ''three words here'' too`, `a '''bold''' word and ''three words here'' too`},
	}
	for _, tt := range tests {
		got := pairedApostrophes(tt.in)
		if got != tt.want {
			t.Errorf("pairedApostrophes(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
		if len(got) != len(tt.in) {
			t.Errorf("pairedApostrophes(%q) changed the length: %d → %d", tt.in, len(tt.in), len(got))
		}
	}
}

// TestTitleLineIsNoTurn holds a line of a label and words set as a title
// to being no speaker's turn, while a header field keeps its label
// ("SUBJECTS: Budget; Leadership" is no headline) and a turn in title
// case that ends its sentence stays one.
func TestTitleLineIsNoTurn(t *testing.T) {
	for line, want := range map[string]bool{
		"Humanitarian Emergency: U.S. Efforts to Save Lives in Syria and Around the World":                  false,
		"CDC Vital Signs: Current Cigarette Smoking Among Adults Aged ≥18 Years — United States, 2005–2010": false,
		"SUBJECTS: Budget; Leadership; Bob McMullan":                                                        true,
		"Contact: Stephanie Kenitzer FOR IMMEDIATE RELEASE":                                                 true,
		"MS. RICHARD: Thank You All for Coming.":                                                            true,
		"TREASURER: Well, the Budget will be brought down next week.":                                       true,
	} {
		if _, _, ok := turnLabel(line); ok != want {
			t.Errorf("turnLabel(%q): %v, want %v", line, ok, want)
		}
	}
	text := "Briefing\n\nHumanitarian Emergency: U.S. Efforts to Save Lives in Syria and Around the World\n\nMS. RICHARD: Thank you very much. It is a pleasure to be here to talk about Syria today.\n\nQUESTION: What about the camps?\n\nMS. RICHARD: The camps are full, and more people arrive every day.\n"
	for _, q := range Parse(text).Quotes() {
		if strings.Contains(q.Text, "Efforts to Save") {
			t.Errorf("the title line read as a quote: %+v", q)
		}
	}
}

// TestSiteLabelsOffTitles holds a headline to the story's own title
// without a language-learning site's label in Chinese, without the outlet
// named twice after it, and without the breadcrumb trail it ends; and a
// year-first date and time line to a date, not the headline.
func TestSiteLabelsOffTitles(t *testing.T) {
	for text, want := range map[string]string{
		"Home » Media Centre » Press Conference - Sydney CPO, NSW\n08 Jun 2021\n\nPRIME MINISTER: Well, good morning, everyone. The press conference in Sydney is about organised crime.\n": "Press Conference - Sydney CPO, NSW",
		"VOA常速英语:Midwest Farmers Battling Worst Drought in Generation\n\nFarmers in the Midwest face the worst drought in a generation this summer.\n":                                      "Midwest Farmers Battling Worst Drought in Generation",
		"VOA标准英语2011--Tropical Storm Lee to Soak US Gulf Coast\n\nTropical Storm Lee is expected to soak the US Gulf Coast this weekend.\n":                                                 "Tropical Storm Lee to Soak US Gulf Coast",
		"【VOA常速听力】Timor-Leste Parliamentary Elections\n\nVoters in Timor-Leste went to the polls on Saturday for parliamentary elections.\n":                                                "Timor-Leste Parliamentary Elections",
		"US International Festival Celebrates Traditional Food – Voice of America – VOA News\n\nThe festival celebrates traditional food and dance.\n":                                      "US International Festival Celebrates Traditional Food",
		"VOA标准英语2012--More Women Starting Businesses in US(在线收听) |\n\nMore women in the US are starting businesses of their own.\n":                                                         "More Women Starting Businesses in US",
		"2006年VOA标准英语-Egyptian Ferry Carrying More Than 1,300 Si(在线收听\n\nAn Egyptian ferry carrying more than 1,300 people sank in the Red Sea.\n":                                          "Egyptian Ferry Carrying More Than 1,300 Si",
		"2020/11/23 16:04\n\nMeasles Cases and Deaths Increasing Worldwide\n\nMeasles cases and deaths are increasing worldwide, the WHO said.\n":                                           "Measles Cases and Deaths Increasing Worldwide",
	} {
		if a := Parse(text); a.Title != want {
			t.Errorf("title %q, want %q", a.Title, want)
		}
	}
	if a := Parse("2020/11/23 16:04\n\nMeasles Cases Increasing Worldwide\n\nMeasles cases are increasing worldwide, the WHO said.\n"); a.Meta.Date != "2020/11/23" {
		t.Errorf("date %q, want the year-first date line's", a.Meta.Date)
	}
}

// TestCreditCaptions holds lines that end with a photograph's credit to
// being captions, and a sentence with a colon to not being one.
func TestCreditCaptions(t *testing.T) {
	for p, want := range map[string]bool{
		"Kangaroo Justice verdict according to Lorenzo Gatorr. Photo courtesy: Lorenzo Gartorr.": true,
		"Home-made barricades in Kingston. Photo: Jo Lee/VOA":                                    true,
		"Kangaroo Justice verdict according to Lorenzo Gatorr.Photo courtesy:Lorenzo Gartorr":    true,
		"The minister said: the plan will go ahead.":                                             false,
	} {
		if got := isCaption(p); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestSameConsonants(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"karim", "kareem", true},
		{"mohammed", "muhamad", true},
		{"karim", "karim", false},    // the same spelling is no other
		{"young", "yang", false},     // too short to tell
		{"karim", "kamir", false},    // the consonants in another order
		{"karim", "tareem", false},   // another first letter
		{"miller", "mallory", false}, // another consonant
	} {
		if got := sameConsonants(c.a, c.b); got != c.want {
			t.Errorf("sameConsonants(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestPluralNounNoSpeech(t *testing.T) {
	tests := []struct {
		text, word string
		speech     bool
	}{
		{"ministers from the 13 member states agreed to a limit", "states", false},
		{"the Gulf states have agreed", "states", false},
		{"his groups will follow COVID-19 rules such as living in a bubble", "rules", false},
		{"two reports said the road was closed", "reports", false},
		{"the report states that the road was closed", "states", true},
		{"the judge rules that the law stands", "rules", true},
		{"the company reports a loss", "reports", true},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0)
		i := slices.IndexFunc(toks, func(k token) bool { return k.core == tt.word })
		if got := reportsSpeech(toks, i); got != tt.speech {
			t.Errorf("%q: %q reports speech %v, want %v", tt.text, tt.word, got, tt.speech)
		}
	}
}

// TestSpaceMarks checks the space put between a closing mark and the
// word run into it.
func TestSpaceMarks(t *testing.T) {
	checkEach(t, "spaceMarks", spaceMarks, map[string]string{
		"we can.”Said Governor Scott:“I appreciate it.”": "we can.” Said Governor Scott: “I appreciate it.”",
		// a closing mark typed for an opening one, outside any quotation,
		// takes the space before it; the marks after it are read as
		// before, the next closing one after a word getting its space
		"in September.”We have 48 schools,” Lee said. “We need teachers.”Lee added more.": "in September. ”We have 48 schools,” Lee said. “We need teachers.” Lee added more.",
		// (inside a quotation, a closing mark so placed closes it)
		"“We came.”We left.": "“We came.” We left.",
	})
}

// TestSubjectReaders checks the subject read before a clause's verb,
// and the subject a sentence opens with, a site's user named by the
// handle among them.
func TestSubjectReaders(t *testing.T) {
	checkEach(t, "clauseSubject", clauseSubject, map[string]string{
		"Jo Lee visited the camp x": "Jo Lee",
		// a second verb of the same subject, after the first's object
		"Nick Nostitz covered the rally and shared x": "Nick Nostitz",
		"Jo Lee visited the camp and wrote x":         "Jo Lee",
		// but not two participles after "was", nor a new subject after "and"
		"Huber was exceptionally respected and loved x": "",
		"Jo Lee met the minister and Ann Smith said x":  "",
	})
	checkEach(t, "leadingSubject", leadingSubject, map[string]string{
		"LJ user mmpbel, 30, posted a lengthy and detailed account of the rally": "LJ user mmpbel",
		"LJ user kotenok_suz wrote (RUS)":                                        "LJ user kotenok_suz",
		"John Smith, 30, posted a lengthy account":                               "John Smith",
		"Trump, also on Twitter, defended his decision":                          "Trump",
	})
}

// TestReportsSaying checks the paragraphs that report, in the active
// voice, what others said.
func TestReportsSaying(t *testing.T) {
	checkEach(t, "reportsSaying", func(p string) bool { return reportsSaying(strings.Fields(p)) }, map[string]bool{
		"That same day officials said the outbreak was under control": true,
		"The minister told reporters the plan would go ahead":         true,
		"The same cannot be said of little William":                   false,
		"It was said to be the worst storm in years":                  false,
		"The storm hit the coast on Monday":                           false,
	})
}

// TestSiteBanner checks that a line naming a site and its address is
// furniture, and a post with its link is not.
func TestSiteBanner(t *testing.T) {
	checkEach(t, "siteBanner", siteBanner, map[string]bool{
		"- Global Voices - https://globalvoices.org -":                           true,
		"from Voice of America http://ift.tt/2ti4TMQ":                            true,
		"For current information, please visit http://www.cdc.gov/media/":        true,
		"Urgent looting in guayaquil ecuador – http://bit.ly/dycQoI #ireport":    false, // a hashtag: a post
		"time for me to bag that gender studies degree. https://t.co/cPfCgVzh3b": false, // Twitter's link: a post
	})
}

// TestListNumbered checks that a list's number before a headline is
// taken off, and a number that is part of the title is not.
func TestListNumbered(t *testing.T) {
	for _, c := range []struct {
		line, want string
		ok         bool
	}{
		{"3. Study of Cousins Who Marry", "Study of Cousins Who Marry", true},
		{"12. Floods Hit the Coast Again", "Floods Hit the Coast Again", true},
		{"3) Study of Cousins Who Marry", "Study of Cousins Who Marry", true}, // a bracket after the number, as listItem allows
		{"1. FC Köln wins the cup", "1. FC Köln wins the cup", false},         // a club's name
		{"3. Conclusion", "3. Conclusion", false},                             // too short to be a headline
		{"2024. A year of floods", "2024. A year of floods", false},           // a year
		{"Study of Cousins Who Marry", "Study of Cousins Who Marry", false},
	} {
		if got, ok := listNumbered(c.line); got != c.want || ok != c.ok {
			t.Errorf("listNumbered(%q) = %q, %v, want %q, %v", c.line, got, ok, c.want, c.ok)
		}
	}
	if tx := Parse("3. Study of Cousins Who Marry\n\nA new study says first cousins are only a little more likely to have a sick child.\n"); tx.Title != "Study of Cousins Who Marry" {
		t.Errorf("headline %q, want it without the list's number", tx.Title)
	}
}

// TestAuthorBox checks the lines of a blog's box about its writer, and
// that only the line under its "About …" heading is taken for the
// writer's bio, not a short first paragraph under a picture's label.
func TestAuthorBox(t *testing.T) {
	tx := Parse("Floods on the coast\n\nJane Doe's avatar\n\nThe river rose overnight.\n\nResidents of the coast spent the night on their roofs, waiting for boats.\n")
	if len(tx.Body) == 0 || tx.Body[0].Text != "The river rose overnight." {
		t.Errorf("the story's first paragraph under a picture's label is lost: %v", tx.Body)
	}
	checkEach(t, "authorBox", authorBox, map[string]bool{
		"Unknown's avatar":             true,
		"Jane Doe’s avatar":            true,
		"About Mohammed Yusuf":         true,
		"About Face Off":               false, // no given name
		"About the Author":             false,
		"About 300 people were hurt":   false,
		"Read about Jane Doe's avatar": false, // too long for the label
	})
}

// TestUserHandle checks that a handle after "user" or a word for one who
// writes online names its user, and a word of the sentence after such a
// word does not.
func TestUserHandle(t *testing.T) {
	checkEach(t, "userHandle", userHandle, map[string]string{
		"LJ user merienn":      "merienn",
		"Twitter user jdoe_77": "jdoe_77",
		"Blogger pilgrim-67":   "pilgrim-67",
		"Bloggers took":        "", // the sentence's verb, no handle
		"user in":              "",
		"Flickr user Marcel":   "",
	})
}

// TestTagList checks that a page's line of tags is told from a sentence
// and from a headline's list.
func TestTagList(t *testing.T) {
	checkEach(t, "tagList", tagList, map[string]bool{
		"Funding, Irish Aid, Minister Charles Flanagan, MoS Sean Sherlock, Press Releases, Africa, Ireland, 2015": true,
		"Floods, Environment Agency, Somerset, Press Releases, 2014":                                              true,
		"Paris, London, Berlin, Rome and Madrid":                                                                  false, // four items
		"The minister visited Paris, London, Berlin, Rome and Madrid, and Vienna.":                                false, // a sentence
		"Present were John Smith, Jane Doe, Bob Roe, Tim Poe, Ann Lee":                                            false,
	})
}

// TestNumberedItem checks the number a list's item opens with, past the
// mark of words an excerpt left out, and a number that opens no item.
func TestNumberedItem(t *testing.T) {
	checkEach(t, "numberedItem", func(p string) int { n, _, _ := numberedItem(p); return n }, map[string]int{
		"3. It is important to ensure a single voice.":        3,
		"[…] 2. The country’s preparedness is very weak.":     2,
		"5. TANESCO should improve their efficiency.":         5,
		"2) Stir the pot until it boils.":                     2,
		"17 days! Finally we have news from the miners!":      0,
		"2.5 million people were displaced, the agency said.": 0,
	})
}

// TestShortGiven checks which two names with one surname are one
// person's, one given name the short or the pet form of the other.
func TestShortGiven(t *testing.T) {
	checkEach(t, "shortGiven", func(pair string) bool { a, b, _ := strings.Cut(pair, "|"); return shortGiven(a, b) }, map[string]bool{
		"dan jernigan|daniel jernigan":      true,
		"charlie flanagan|charles flanagan": true,
		"freddie lee|frederick lee":         true,
		"katie lee|katherine lee":           false, // a stem of three letters: too short to tell
		"charlie flanagan|charles smith":    false,
	})
}

// TestDescribedBefore checks the words before a name that describe it
// in apposition, and those that do not.
func TestDescribedBefore(t *testing.T) {
	checkEach(t, "describedBefore", describedBefore, map[string]bool{
		"The medical aid group -": true,
		"The charity,":            true,
		"The report by":           false, // no apposition
		"The British charity,":    false, // a name's word: another body
		"The":                     false,
	})
}
