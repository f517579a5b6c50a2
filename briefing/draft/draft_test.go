package draft

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/article"
	"github.com/briefing-dev/briefing/briefing/speech"
	"github.com/briefing-dev/briefing/templates"
)

func draftOf(t *testing.T, texts ...string) *Result {
	t.Helper()
	var arts []*Article
	for i, tx := range texts {
		a, err := ReadArticle(fmt.Sprintf("a%d", i+1), fmt.Sprintf("a%d.txt", i+1), []byte(tx))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return Analyze(arts)
}

func quoteList(res *Result) string {
	var out []string
	for _, q := range res.Quotes {
		p := ""
		if q.Partial {
			p = " (partial)"
		}
		out = append(out, fmt.Sprintf("%s: %s [%s]%s", q.Speaker.Name, q.Text, q.Source, p))
	}
	return strings.Join(out, "\n")
}

// TestDraftExample checks the draft of the five example articles against
// what a producer finds reading them by hand.
func TestDraftExample(t *testing.T) {
	dir := "../../episodes/isis-k-russia/sources"
	var arts []*Article
	taken := map[string]bool{}
	for _, f := range []string{"listnr.txt", "independent.txt", "times-of-india.txt", "reuters-rnz.txt", "independent-rewrite.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		a, err := ReadArticle(ID(f, taken), f, data)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	res := Analyze(arts)

	wantQuotes := `Greg Barton: Russia is seen as particularly cruel and brutal towards Muslim populations. For groups like Islamic State, Russia is at the top of their enemy list. [listnr]
Greg Barton: If this was an attack on a Russian military base, you know, I think we would be wrestling with a balance of probabilities, but this sort of attack on a civilian venue, no reason whatsoever to believe any involvement with Ukraine. [listnr]
Greg Barton: The only way he can square the circle is to double down on rhetoric against Ukraine and perhaps use this as a way of justifying greater call up of civilian conscription. [listnr]
Michael Kurilla: in as little as six months and with little to no warning [independent] (partial)
Michael Kugelman: sees Russia as being complicit in activities that regularly oppress Muslims [independent] (partial)
Michael Kurilla: external operations [reuters-rnz] (partial)
US military: broad contours [reuters-rnz] (partial)
Colin Clarke: ISIS-K has been fixated on Russia for the past two years, frequently criticising Putin in its propaganda. [reuters-rnz]`
	if got := quoteList(res); got != wantQuotes {
		t.Errorf("quotes:\n%s\nwant:\n%s", got, wantQuotes)
	}

	var speakers []string
	for _, sp := range sortedSpeakers(res.Speakers) {
		speakers = append(speakers, fmt.Sprintf("%s|%s|%s|%s", sp.Honorific, sp.Name, sp.Title, sp.Affiliation))
	}
	wantSpeakers := `|Colin Clarke||Soufan Centre
|Greg Barton|terrorism expert|
|Michael Kugelman||Washington-based Wilson Center
General|Michael Kurilla|commander|US Central Command
|US military||`
	if got := strings.Join(speakers, "\n"); got != wantSpeakers {
		t.Errorf("speakers:\n%s\nwant:\n%s", got, wantSpeakers)
	}

	var figs []string
	for _, f := range res.Figures {
		var rs []string
		for _, r := range f.Reports {
			rs = append(rs, strings.Join(strings.Fields(fmt.Sprintf("%s %s %s", r.Source, r.Qualifier, speech.FormatNumber(r.Value))), " "))
		}
		figs = append(figs, fmt.Sprintf("%s (disagree %v): %s", f.ID, f.Disagree(), strings.Join(rs, "; ")))
	}
	wantFigs := `killed (disagree true): listnr 133; independent at least 137; times-of-india at least 60; reuters-rnz over 100; independent-rewrite at least 137
injured (disagree true): listnr 100; independent over 100; times-of-india 145; independent-rewrite over 100
arrested (disagree true): listnr 4; independent 4; reuters-rnz 11; independent-rewrite 4
attendees (disagree false): independent 7,000; independent-rewrite 7,000`
	if got := strings.Join(figs, "\n"); got != wantFigs {
		t.Errorf("figures:\n%s\nwant:\n%s", got, wantFigs)
	}

	var origins []string
	for _, a := range arts {
		origins = append(origins, fmt.Sprintf("%s: %q outlet=%q via=%q copy_of=%q", a.ID, a.Title, a.Outlet, a.Via, a.CopyOf))
	}
	wantOrigins := `listnr: "What Is ISIS-K And Why Has It Targeted Russia?" outlet="The Briefing" via="" copy_of=""
independent: "What is ISIS-K and why has it attacked Russia?" outlet="The Independent" via="" copy_of=""
times-of-india: "Moscow attack: Why did ISIS-K target Russia?" outlet="Times of India" via="" copy_of=""
reuters-rnz: "Explainer: What is ISIS-K, the group that attacked a Moscow concert hall?" outlet="Reuters" via="Radio New Zealand" copy_of=""
independent-rewrite: "What is the purpose of ISIS-K and why did it target Russia?" outlet="" via="" copy_of="independent"`
	if got := strings.Join(origins, "\n"); got != wantOrigins {
		t.Errorf("sources:\n%s\nwant:\n%s", got, wantOrigins)
	}

	var sp []string
	for _, s := range res.Spellings {
		sp = append(sp, strings.Join(s.Forms, "/"))
	}
	if got, want := strings.Join(sp, " "), "Center/Centre Picnic/Piknik"; got != want {
		t.Errorf("spellings %q, want %q", got, want)
	}

	for _, a := range arts {
		for _, p := range a.Body {
			for _, bad := range []string{"Your support", "donation", "commenting forum", "Leave a Reply", "Subscribe to", "RELATED", "Photo by", "EDITORS NOTE"} {
				if strings.Contains(p, bad) {
					t.Errorf("%s: boilerplate left in the body: %q", a.ID, p)
				}
			}
		}
	}
}

// TestDraftQuotePatterns checks each way copy attributes a quote, with the
// traps.
func TestDraftQuotePatterns(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"quote then said name",
			"Title\n“We are ready for anything,” said Jane Smith, a spokeswoman for the council.",
			"Jane Smith: We are ready for anything. [a1]"},
		{"name said colon quote",
			"Title\nPolice chief Tom Ward said: “Nobody was hurt in the fire.”",
			"Tom Ward: Nobody was hurt in the fire. [a1]"},
		{"quote then name says",
			"Title\n\"The water is rising fast,\" Ana Ruiz says.",
			"Ana Ruiz: The water is rising fast. [a1]"},
		{"split by its attribution",
			"Title\nEconomist Lee Park spoke to us.\n“Prices will rise,” Park said. “Wages will not keep up.”",
			"Lee Park: Prices will rise. Wages will not keep up. [a1]"},
		{"pronoun is the last speaker, not the last name",
			"Title\n“The plan failed,” said Maria Lopez of the Civic Institute. She cited a report by John Brown.\n“We saw it coming years ago,” she added.",
			"Maria Lopez: The plan failed. [a1]\nMaria Lopez: We saw it coming years ago. [a1]"},
		{"the paragraph after a quote broken off at a comma for its attribution is the same speaker's, a quote of its own",
			"Title\n“The first thing is money,” said Paul Dean of the Fund.\n“The second thing is time, and we have little of it left.”",
			"Paul Dean: The first thing is money. [a1]\nPaul Dean: The second thing is time, and we have little of it left. [a1]"},
		{"a quote with no attribution after a finished one is the same speaker's next",
			"Title\nPaul Dean of the Fund spoke first. “The first thing is money.”\n“The second thing is time, and we have little of it left.”",
			"Paul Dean: The first thing is money. [a1]\nPaul Dean: The second thing is time, and we have little of it left. [a1]"},
		{"partial quote inside a sentence",
			"Title\nAnalyst Kim Cho said the group “sees the city as a target” this year.",
			"Kim Cho: sees the city as a target [a1] (partial)"},
		{"a phrase someone called it is theirs, and so is one quoted word their sentence gives them",
			"Title\nThe ministry called it a “routine operation” and denied any “hatred” of the press.",
			"ministry: routine operation [a1] (partial)\nministry: hatred [a1] (partial)"},
		{"a name something is called is nobody's words",
			"Title\nThe virus was commonly called “swine flu” that year.",
			""},
		{"nested quotation marks",
			"Title\n“They told us ‘go home’ and we did,” said Rosa Diaz.",
			"Rosa Diaz: They told us ‘go home’ and we did. [a1]"},
		{"a quotation over several paragraphs: a quote for each",
			"Title\n“We have never seen anything like it,” said Ann Lee, the mayor. “The water came in overnight.\n“By morning the whole street was gone.”",
			"Ann Lee: We have never seen anything like it. The water came in overnight. [a1]\nAnn Lee: By morning the whole street was gone. [a1]"},
		{"told an outlet, surname resolved",
			"Title\nThe report was written by Ruth Ochoa, a professor at Lakeside University.\n“The numbers do not add up,” Ochoa told Reuters.",
			"Ruth Ochoa: The numbers do not add up. [a1]"},
		{"an attribution in the middle of a sentence",
			"Title\n“We will rebuild,” said Omar Haddad, “whatever it takes.”",
			"Omar Haddad: We will rebuild whatever it takes. [a1]"},
		{"according to",
			"Title\nAccording to Sam Hill, “the bridge will reopen on Monday.”",
			"Sam Hill: the bridge will reopen on Monday [a1] (partial)"},
		{"a two-word sentence before its attribution is a quote, not a phrase",
			"Title\n“It's overdue,” said Sen. Maria Cantwell.",
			"Maria Cantwell: It's overdue. [a1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteList(draftOf(t, tt.text)); got != tt.want {
				t.Errorf("quotes:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestDraftIsAValidFactSheet writes the example's draft and checks it.
func TestDraftIsAValidFactSheet(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("../../episodes/isis-k-russia/sources", "*.txt"))
	draftPassesCheck(t, files)
}

// TestCorpusDraftsPassCheck drafts each article of the corpus alone:
// every draft must be a fact sheet that check accepts, its quotes found in
// their source word for word and attributed as the source does.
func TestCorpusDraftsPassCheck(t *testing.T) {
	files, _ := filepath.Glob("testdata/corpus/*/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txt"), func(t *testing.T) { draftPassesCheck(t, []string{f}) })
	}
}

// draftPassesCheck drafts the articles in files and compiles the draft
// with the built-in templates: it must have no errors.
func draftPassesCheck(t *testing.T, files []string) {
	t.Helper()
	dir := t.TempDir()
	var arts []*Article
	taken := map[string]bool{}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		writeFile(t, filepath.Join(dir, "sources", filepath.Base(f)), data)
		a, err := ReadArticle(ID(f, taken), f, data)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	text := Format(Analyze(arts), func(a *Article) string { return "sources/" + filepath.Base(a.Path) })
	writeFile(t, filepath.Join(dir, "episode.yaml"), text)
	tpl, err := briefing.LoadTemplates(templates.FS, templates.Name, "")
	if err != nil {
		t.Fatalf("built-in templates: %v", err)
	}
	res := briefing.Compile(context.Background(), filepath.Join(dir, "episode.yaml"), briefing.Options{Templates: tpl})
	if res.Failed(false) {
		t.Fatalf("the draft does not pass check:\n%v\n%s", res.Problems, text)
	}
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestReadArticleNotUTF8 checks that an article that is not UTF-8 is named
// with the line and column of its first bad byte, through the core's one
// text reader.
func TestReadArticleNotUTF8(t *testing.T) {
	_, err := ReadArticle("a", "a.txt", []byte("\xef\xbb\xbfTitle\n\nSome caf\xe9 text.\n"))
	if err == nil || err.Error() != "a.txt:3:9: file is not valid UTF-8; save it as UTF-8" {
		t.Errorf("have %v", err)
	}
}

// TestReadArticleHTML refuses a saved web page, which would draft its
// markup, and reads text that merely mentions a tag.
func TestReadArticleHTML(t *testing.T) {
	for _, page := range []string{
		"<!DOCTYPE html>\n<html><body><p>“We are ready,” said Ann Lee.</p></body></html>\n",
		"\ufeff<html lang=\"en\">\n<p>Text</p>\n",
		"<div>\n<p>One</p>\n<p>Two</p>\n<p>Three</p>\n<p>Four</p>\n</div>\n",
	} {
		if _, err := ReadArticle("a", "a.html", []byte(page)); err == nil || !strings.Contains(err.Error(), "a.html: this is a web page's HTML") {
			t.Errorf("%q: have %v", page, err)
		}
	}
	if _, err := ReadArticle("a", "a.txt", []byte("Coders meet\n\nThe <p> tag starts a paragraph, the speaker said.\n")); err != nil {
		t.Errorf("text mentioning a tag: %v", err)
	}
}

// TestSameQuoteInTwoSources checks that one quote printed by two outlets
// with small differences (a unit converted, a word respelled, a word cut)
// is one quote with both sources, and that different words of the same
// speaker stay two quotes.
func TestSameQuoteInTwoSources(t *testing.T) {
	res := draftOf(t,
		"Flood warning for the valley\n“The water reached 10 kilometres inland and the centre of town is under a metre of it,” said Mayor Ann Lee.\n“We will rebuild,” Lee said.",
		"Valley flooded\n“The water reached six miles inland and the center of town is under three feet of it,” said Ann Lee, the mayor.\n“Nobody should go home tonight,” Lee said.")
	want := `Ann Lee: The water reached 10 kilometres inland and the centre of town is under a metre of it. [a1]
Ann Lee: We will rebuild. [a1]
Ann Lee: Nobody should go home tonight. [a2]`
	if got := quoteList(res); got != want {
		t.Fatalf("quotes:\n%s\nwant:\n%s", got, want)
	}
	q := res.Quotes[0]
	if len(q.Also) != 1 || q.Also[0] != "a2" || !strings.Contains(q.Wording[0], "six miles") {
		t.Errorf("also %v, wording %q; want a2 with its own wording", q.Also, q.Wording)
	}
}

// TestFormatMarksWhatToConfirm drafts an article with every kind of
// uncertainty and checks the fact sheet says so where a producer will
// look: what the text says about itself, a partial quote with the lead-in
// it completes, a quote attributed by a pronoun and the paragraph its
// quotation goes on in, a quote the text stops inside, an unnamed speaker.
func TestFormatMarksWhatToConfirm(t *testing.T) {
	text := `# source: https://example.org/news/flood
Flood closes the valley road
May 27, 2024
By Jane Doe
RIVERTON — Mayor Ann Lee said on Monday that the road would stay closed. She warned it could take “at least three weeks” to reopen.
“We are doing everything we can,” she said. “Crews are out all night.
“The road will reopen when the water falls.”
“I lost my car,” a local farmer told reporters.
Lee added that “the number of crews will dou`
	draftSays(t, "wire", text,
		`url: "https://example.org/news/flood"`,
		"published: 2024-05-27",
		"# by Jane Doe",
		"# filed from RIVERTON",
		`title: "Flood closes the valley road"`,
		`text: "at least three weeks"`,
		"partial: true   # a phrase inside the writer's sentence",
		`lead_in: "She warned it could take"   # TODO: the article's words; put them in the host's`,
		`# TODO: attributed by a pronoun ("she said", line 6): confirm who said it`,
		`# TODO: goes on from the quote on line 6, attributed by a pronoun ("she said"): confirm who said it`,
		`name: "local farmer"`,
		"# TODO: the articles do not name this speaker; say on air who they are",
		"# TODO: the article's text stops inside this quote (line 9); find the rest or cut it",
	)
}

// TestFormatAttributionOneLine drafts a block announced past a link's
// mark and checks the TODO quotes the attribution with single spaces,
// the mark's blank closed up.
func TestFormatAttributionOneLine(t *testing.T) {
	text := `Massacre on the highway

The bodies were found on the road.

Journalist Carlos Puig [es] recalled that this is not an isolated case:

We have seen this before, and we will see it again, in town after town.
`
	draftSays(t, "blog", text,
		`# TODO: printed without quotation marks (line 7, after "Journalist Carlos Puig recalled"): confirm where the speaker's words end`,
	)
}

// TestFormatMarksHeadlineQuotes drafts an article whose headline quotes
// its speaker and checks the draft says so, for a producer to confirm,
// and where the story quotes the same words.
func TestFormatMarksHeadlineQuotes(t *testing.T) {
	draftSays(t, "wire", "French interior minister blames protest violence on ‘thugs’\n\nFrench Interior Minister Christophe Castaner blamed violent protesters on Sunday.\n\n“They came to destroy,” Castaner told reporters.\n",
		`text: "thugs"`,
		`lead_in: "French interior minister blames protest violence on"`,
		`# TODO: quoted in the headline (line 1), given to this speaker by "French interior minister": confirm who said it`,
	)
	draftSays(t, "wire", "Chelsea 'bullied' by Arsenal\n\nChelsea manager Emma Hayes said her side were \"bullied\" in the defeat.\n",
		`text: "bullied"`,
		"# also on line 3 of the same article",
	)
}

// TestFormatTitlesByAHeadline: the episode is titled by the first
// headline the articles print, not by the opening words of an article
// that prints none.
func TestFormatTitlesByAHeadline(t *testing.T) {
	res := draftOf(t,
		"Audio By Carbonatix\nThe Minister for the Savannah Region, Salifu Adam Braimah has asked officials of the National Disaster Management Organisation (NADMO) to sack people residing in flood-prone areas within the region.\nHis directive follows the refusal of some residents to evacuate their homes despite the flood.\n",
		"Communities hit by tornadoes begin cleanup after storms kill 5\n\nResidents began clearing debris on Monday.\n")
	out := string(Format(res, func(a *Article) string { return "sources/" + a.ID + ".txt" }))
	if want := "\ntitle: \"Communities hit by tornadoes begin cleanup after storms kill 5\"\n"; !strings.Contains(out, want) {
		t.Errorf("the draft does not say %q:\n%s", want, out)
	}
}

// draftSays drafts one article, text, read as source id, and checks
// that the draft says each of wants.
func draftSays(t *testing.T, id, text string, wants ...string) {
	t.Helper()
	a, err := ReadArticle(id, id+".txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	out := string(Format(Analyze([]*Article{a}), func(*Article) string { return "sources/" + id + ".txt" }))
	for _, want := range wants {
		if !strings.Contains(out, want) {
			t.Errorf("the draft does not say %q:\n%s", want, out)
		}
	}
}

// TestFormatMarksALetter: a letter reprinted in full is quoted paragraph
// by paragraph, each marked as a letter's, with whom it is signed by; a
// paragraph that leads into a list keeps its colon.
func TestFormatMarksALetter(t *testing.T) {
	text := `Senator asks agency for help
Senator Ann Lee sent a letter to the agency today. Read the full letter below.
The Honorable Sam Reed
Administrator
Dear Administrator Reed:
I write to ask for your help with the floods in my state.
We would be grateful for your answers to the following:
When will the aid arrive?
Sincerely,
Ann Lee
United States Senator
`
	draftSays(t, "release", text,
		`text: "I write to ask for your help with the floods in my state."`,
		`text: "We would be grateful for your answers to the following:"`,
		`text: "When will the aid arrive?"`,
		"# TODO: a paragraph of a letter printed in full without quotation marks (line 6), signed by Ann Lee: confirm who wrote it",
	)
}

func TestHowSaid(t *testing.T) {
	for _, tt := range []struct{ para, attribution, want string }{
		{"Prime Minister Jean-Michel Sama Lukonde said in a statement, \"I share the pain.\"", "Prime Minister Jean-Michel Sama Lukonde said", "in a statement"},
		{"“We will rebuild,” the mayor said at a news conference on Monday.", "the mayor said", "at a news conference on Monday"},
		{"Smith wrote on Twitter: “Not again.”", "Smith wrote", "on Twitter"},
		{"“It is over,” she said.", "she said", ""},
		{"He said on party disparity among female candidates that it was “a scandal”.", "He said", ""},
		{"“No,” he said, adding that the talks would go on.", "he said", ""},
	} {
		if got := howSaid(tt.para, tt.attribution); got != tt.want {
			t.Errorf("howSaid(%q, %q) = %q, want %q", tt.para, tt.attribution, got, tt.want)
		}
	}
}

// TestDosesAndPeopleVaccinated keeps two figures of a vaccination
// campaign apart: the doses and the people given them.
func TestDosesAndPeopleVaccinated(t *testing.T) {
	res := draftOf(t,
		"Cholera in Malawi\nThe country has received 2.9 million doses of vaccine and has vaccinated about 1.3 million people, the minister said.",
		"Malawi fights cholera\nThe minister said 1.3 million people had been vaccinated with 2.9 million doses delivered.")
	want := "doses given: 2.9e+06, 2.9e+06|people vaccinated: 1.3e+06, 1.3e+06"
	if got := figureList(res, false); got != want {
		t.Errorf("figures %q, want %q", got, want)
	}
}

// figureList prints a draft's figures as "label: value, value|…", and
// with disagree whether each one's reports disagree.
func figureList(res *Result, disagree bool) string {
	var got []string
	for _, f := range res.Figures {
		var vs []string
		for _, r := range f.Reports {
			vs = append(vs, fmt.Sprint(r.Value))
		}
		line := f.Label + ": " + strings.Join(vs, ", ")
		if disagree {
			line += fmt.Sprintf(" disagree=%v", f.Disagree())
		}
		got = append(got, line)
	}
	return strings.Join(got, "|")
}

// TestMeasuresKeepTheirUnits groups a measure's reports by their unit:
// a speed in km/h is never compared with one in mph.
func TestMeasuresKeepTheirUnits(t *testing.T) {
	res := draftOf(t,
		"Typhoon hits coast\nThe typhoon struck with winds of 195 km/h, officials said. A magnitude 6.1 earthquake followed.",
		"Typhoon lashes islands\nThe storm brought winds of 120 mph, forecasters said. A 6.3-magnitude quake followed.",
		"Storm batters coast\nWinds reached 180 km/h on Monday, the weather service said.")
	// the speeds in km/h are one figure that disagrees; the one in mph
	// is no report of it (and, given by one article alone, no figure of
	// the draft); the magnitudes are one figure
	want := "winds (km/h): 195, 180 disagree=true|magnitude: 6.1, 6.3 disagree=true"
	if got := figureList(res, true); got != want {
		t.Errorf("figures %q, want %q", got, want)
	}
}

func TestID(t *testing.T) {
	taken := map[string]bool{}
	for _, c := range []struct{ in, want string }{
		{"reuters-rnz.txt", "reuters-rnz"},
		{"Türk", "turk"},
		{"Türk", "turk-2"},
		{"Hernández-López", "hernandez-lopez"},
		{"O'Brien", "o-brien"},
		{"2024 report.txt", "source-2024-report"},
		{"Зеленський", "id"},
		{"習近平", "id-2"},
	} {
		if got := ID(c.in, taken); got != c.want {
			t.Errorf("ID(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := slugify("Türk warns of “grim” numbers"); got != "turk-warns-of-grim-numbers" {
		t.Errorf("slugify: %q", got)
	}
}

func TestSpeakerKey(t *testing.T) {
	for _, c := range []struct {
		name string
		kind article.Kind
		want string
	}{
		{"Ann Smith", article.Person, "Smith"},
		{"Elizabeth II", article.Person, "Elizabeth II"},
		{"Robert Downey Jr.", article.Person, "Downey"},
		{"Lloyd J. Austin III", article.Person, "Austin III"},
		{"World Health Organization", article.Organisation, "World Health Organization"},
		{"Madonna", article.Person, "Madonna"},
	} {
		if got := speakerKey(&Speaker{Name: c.name, Kind: c.kind}); got != c.want {
			t.Errorf("speakerKey(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestRoleOf: the role a draft guesses from what the article calls
// someone.
func TestRoleOf(t *testing.T) {
	for _, c := range []struct {
		sp   Speaker
		want string
	}{
		{Speaker{Name: "Allison Combs", Kind: article.Person, Title: "Sulphur business owner"}, "guest"},
		{Speaker{Name: "Georgina Griffiths", Kind: article.Person, Title: "MetService meteorologist"}, "expert"},
		{Speaker{Name: "Wayne Brown", Kind: article.Person, Title: "Auckland Mayor"}, "official"},
		{Speaker{Name: "Ann Lee", Kind: article.Person, Title: "Howard Street resident"}, "guest"},
		{Speaker{Name: "Ann Lee", Kind: article.Person, Title: "resident", Honorific: "Dr"}, "official"},
		{Speaker{Name: "Michael Kugelman", Kind: article.Person, Title: "director of the South Asia Institute"}, "expert"},
		{Speaker{Name: "Rebecca Bibb", Kind: article.Person}, "guest"},
		{Speaker{Name: "Kremlin", Kind: article.Organisation}, "official"},
	} {
		if got := roleOf(&c.sp); got != c.want {
			t.Errorf("roleOf(%s, %q) = %s, want %s", c.sp.Name, c.sp.Title, got, c.want)
		}
	}
}
