package article

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/briefing/internal/lazy"
)

// Kind says what sort of speaker a quote has.
type Kind int

const (
	// Person is a named person: "Ann Smith".
	Person Kind = iota
	// Organisation is a body speaking as one: "the Kremlin", "police".
	Organisation
	// Unnamed is a person the text does not name: "a young woman".
	Unnamed
)

func (k Kind) String() string {
	switch k {
	case Organisation:
		return "organisation"
	case Unnamed:
		return "unnamed"
	}
	return "person"
}

// Speaker is someone an article quotes, as the article introduces them.
type Speaker struct {
	Name string // full name without honorific; an organisation's name; an unnamed person's description
	Kind Kind
	// Honorific is a courtesy title or rank before the name ("Dr.",
	// "General"); Title the office or role ("Information Minister",
	// "professor of history"); Affiliation the organisation ("King's
	// College London"). Note keeps a relative clause that followed the
	// name ("who led the inquiry").
	Honorific, Title, Affiliation, Note string
	noun                                string   // what the text called a body when it named it: "firm" for "firm Eurofins"
	alsoTitled                          []string // other titles the text gives the person, a few (see byRole)
	female, male                        bool
	byName                              bool // the sex is a guess from the first name
	// folded is FoldName(foldedFrom), kept for the Name it was made from
	folded, foldedFrom string
}

// foldedName is FoldName(s.Name), folded again only when the name has
// changed: a text's people are looked up by name at every mention.
func (s *Speaker) foldedName() string {
	if s.foldedFrom != s.Name || s.Name == "" {
		s.folded, s.foldedFrom = FoldName(s.Name), s.Name
	}
	return s.folded
}

// Surname is the last word of a person's name.
func (s *Speaker) Surname() string {
	f := strings.Fields(withoutSuffix(s.Name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// withoutSuffix is a name without a generational suffix: "Robert Downey
// Jr." is a Downey.
func withoutSuffix(name string) string {
	f := strings.Fields(name)
	if n := len(f); n > 2 && nameSuffix(f[n-1]) != "" {
		return strings.Join(f[:n-1], " ")
	}
	return name
}

// nameSuffix is the kind of word that may follow a surname: "generation"
// for "Jr." and "Sr.", "number" for a regnal or family number ("II",
// "III", "IV"), "" for any other word.
func nameSuffix(w string) string {
	switch strings.ToLower(strings.TrimRight(w, ".,")) {
	case "jr", "sr":
		return "generation"
	case "ii", "iii", "iv":
		return "number"
	}
	return ""
}

// NameKey is the word a person is known by, for an id: the surname,
// "Downey" for Robert Downey Jr., and with its number for a name that
// has one ("Elizabeth II", "Austin III").
func NameKey(name string) string {
	f := strings.Fields(name)
	switch n := len(f); {
	case n == 0:
		return ""
	case n >= 2 && nameSuffix(f[n-1]) == "number":
		return f[n-2] + " " + f[n-1]
	case n >= 2 && nameSuffix(f[n-1]) == "generation":
		return f[n-2]
	default:
		return f[n-1]
	}
}

// token is one word of a paragraph with its offsets; core is the word
// without the punctuation around it.
type token struct {
	start, end int
	core       string
	lead, tail string // punctuation before and after core
	possessive bool   // core was followed by 's or ’s, or a plural by its apostrophe alone
}

func tokenize(s string, base int) []token {
	return tokenizeInto(nil, s, base)
}

// tokenizeInto is tokenize appending to out, whose room it reuses: a
// reading that tokenizes every paragraph keeps one slice for them all.
func tokenizeInto(out []token, s string, base int) []token {
	n := 0 // the words: a text's quotations may be blanked to runs of spaces
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			n++
		}
	}
	out = slices.Grow(out[:0], n)
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, makeToken(s[i:j], base+i))
		}
		i = j
	}
	return out
}

func makeToken(w string, at int) token {
	t := token{start: at, end: at + len(w)}
	core := strings.TrimLeftFunc(w, isEdgePunct)
	if n := clipStamp(w); n > 0 {
		core = strings.TrimLeftFunc(w[n:], isEdgePunct) // "[01:02.04]Sonya": a clip's time glued to the word
	}
	t.lead = w[:len(w)-len(core)]
	trimmed := strings.TrimRightFunc(core, isEdgePunct)
	t.tail = core[len(trimmed):]
	core = trimmed
	// An abbreviation keeps its full stop: "Dr.", "U.S.", "F.".
	if strings.HasPrefix(t.tail, ".") && isAbbrev(core+".") {
		core += "."
		t.tail = t.tail[1:]
	}
	if (t.tail == "'" || t.tail == "’") && t.lead == "" && len(core) > 2 && core[len(core)-1] == 's' {
		// a plural's possessive, its apostrophe alone: "Nizams' coach",
		// "the Blasters’ coach"
		t.tail, t.possessive = "", true
	} else if c, ok := strings.CutSuffix(core, "'s"); ok && c != "" {
		core, t.possessive = c, true
	} else if c, ok := strings.CutSuffix(core, "’s"); ok && c != "" {
		core, t.possessive = c, true
	}
	t.core = footnoteless(core)
	return t
}

// clipStamp is the length of the time a transcript synchronised with
// its audio sets before a word, "[01:02.04]" (minutes, seconds and
// hundredths, as a lyrics file prints them), or 0.
func clipStamp(w string) int {
	if !strings.HasPrefix(w, "[") {
		return 0
	}
	end := strings.IndexByte(w, ']')
	if end < 5 || end > 12 {
		return 0
	}
	for i, c := range w[1:end] {
		if (c < '0' || c > '9') && !(c == ':' && i > 0) && c != '.' {
			return 0
		}
	}
	if !strings.Contains(w[:end], ":") {
		return 0
	}
	return end + 1
}

// footnoteless is a word without the number of the glossary note that
// English-learning copy sets right after it: "Coordinator7" is
// Coordinator. Only one digit after four letters or more, none of them
// capitals but the first, counts: "G7", "F16" and "Covid19" stay.
func footnoteless(w string) string {
	n := len(w)
	if n < 5 || w[n-1] < '0' || w[n-1] > '9' {
		return w
	}
	body := w[:n-1]
	for i, r := range body {
		if !unicode.IsLetter(r) || i > 0 && !unicode.IsLower(r) {
			return w
		}
	}
	return body
}

func isEdgePunct(r rune) bool {
	return unicode.IsPunct(r) && r != '-' && r != '&' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '«' || r == '»'
}

// abbrevWord is w without the bracket or dash set against it: "(Capt.)",
// a rank in brackets; "-Cmdr. Thomas Ulmer", a credit's dash.
func abbrevWord(w string) string { return strings.TrimLeft(w, "([-–—") }

// isAbbrev tells a word ending in a full stop that the stop belongs to:
// an initial ("F."), a run of initials ("U.S."), or a short abbreviation
// with a capital ("Dr.", "Gen.", "Sen.", "Jr.", "St.").
func isAbbrev(w string) bool {
	w = abbrevWord(w)
	if honorifics.Has(w) || offices.Has(w) {
		return true
	}
	body := strings.TrimSuffix(w, ".")
	if body == "" || !unicode.IsUpper(firstRune(body)) {
		return false
	}
	if strings.Contains(body, ".") || len([]rune(body)) == 1 {
		return true
	}
	switch body {
	case "Jr", "Sr", "St", "Mt", "Ft", "Co", "Inc", "Corp", "Ltd", "Gov", "Rep", "Sen", "Sgt", "Col", "Gen", "Lt", "Capt", "Maj", "Adm", "Cmdr", "Brig", "Rev", "Prof", "Dr", "Mr", "Mrs", "Ms", "No", "Dept", "Univ":
		return true
	}
	return false
}

func isCap(w string) bool {
	r := firstRune(w)
	if unicode.IsLower(r) {
		// a name that opens with a particle joined to it: "al-Hassani",
		// "el-Sisi", "bin-Laden"
		p, rest, ok := strings.Cut(w, "-")
		if ok {
			return particles.Has(p) && unicode.IsUpper(firstRune(rest))
		}
		// or joined without a hyphen: "dePalo", "deBlasio"
		for _, p := range [...]string{"de", "di", "da", "du", "del", "la", "le", "van", "von"} {
			if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && unicode.IsUpper(firstRune(rest)) {
				return true
			}
		}
		return false
	}
	return unicode.IsUpper(r)
}

// capRun is a run of capitalised words: a name, a title and a name, an
// organisation's or a place's name.
type capRun struct {
	toks       []token
	possessive bool
}

func (r capRun) start() int { return r.toks[0].start }
func (r capRun) end() int   { return r.toks[len(r.toks)-1].coreEnd() }

// coreEnd is the offset just after a token's word, before its punctuation.
func (t token) coreEnd() int { return t.end - len(t.tail) }

// words are the run's words, each with the comma that lists a
// portfolio's parts inside the run ("Housing,").
func (r capRun) words() []string {
	out := make([]string, len(r.toks))
	for i, t := range r.toks {
		out[i] = t.core
		if t.tail == "," && i < len(r.toks)-1 {
			out[i] += ","
		}
	}
	return out
}

// capRuns finds the runs of capitalised words among tokens. Particles
// ("von der") and, inside a title or an organisation's name, "of", "for",
// "and", "the" join words; punctuation after a word ends its run.
func capRuns(toks []token) []capRun {
	var out []capRun
	for i := 0; i < len(toks); i++ {
		if !isCap(toks[i].core) && !rankOrdinal(toks, i) {
			continue
		}
		j := i
		for {
			t := toks[j]
			if t.tail == "" && j+2 < len(toks) && toks[j+1].lead == "(" && toks[j+1].tail == ")" && (honorifics.Has(toks[j+1].core) || isCap(toks[j+1].core) && !isAcronym(toks[j+1].core)) && toks[j+2].lead == "" && isCap(toks[j+2].core) {
				j += 2 // a rank or a given name in brackets: "Chaplain (Capt.) James Finley", "Lord (Tariq) Ahmad"
				continue
			}
			if t.tail == "" && j+2 < len(toks) && toks[j+1].lead == "(" && toks[j+1].tail == ")" && isAcronym(toks[j+1].core) && toks[j+2].lead == "" && offices.Has(toks[j+2].core) {
				j += 2 // a body's initials, then an office in it: "Clark County Emergency Management Agency (EMA) Director Michelle Clements-Pitstick"
				continue
			}
			if t.tail == "," && listedPortfolio(toks, i, j) {
				j++ // "Minister for Agriculture, Fisheries and Forestry Murray Watt": a portfolio of several parts
				continue
			}
			if t.possessive && t.tail == "" && j+2 < len(toks) && toks[j+1].core == "Mate" && toks[j+1].lead == "" && toks[j+1].tail == "" {
				j++ // a sailor's rate: "Aviation Machinist's Mate Jeffrey Borja", "Boatswain's Mate 2nd Class"
				continue
			}
			if t.tail != "" || t.possessive || j+1 >= len(toks) || toks[j+1].lead != "" {
				break
			}
			if t.core == "X." && j == i && i > 0 && platformPreps.Has(toks[i-1].core) {
				break // "he wrote on X. Shortly after": the platform, then a new sentence
			}
			next := toks[j+1]
			if rankGrades.Has(next.core+next.tail) && (t.core == "Lt." || t.core == "Lt" || t.core == "Lieutenant") && (next.tail == "" || next.tail == ".") && j+2 < len(toks) && toks[j+2].lead == "" && isCap(toks[j+2].core) {
				j += 2 // "Lt. j.g. Eric Majeska": a lieutenant junior grade
				continue
			}
			if t.core == "Officer" && j > i && toks[j-1].core == "Warrant" && warrantGrade(next.core) && next.tail == "" &&
				j+2 < len(toks) && toks[j+2].lead == "" && isCap(toks[j+2].core) {
				j += 2 // "Chief Warrant Officer 2 Stanley L. Foster": a warrant officer's grade
				continue
			}
			if months.Has(next.core) && j+2 < len(toks) && isNumber(strings.TrimRight(toks[j+2].core, "thsrdn")) {
				break // "Madeleine Albright June 4": a date after the name
			}
			if weekdays.Has(next.core) {
				break // "said Jair Bolsonaro Wednesday": the day after the name
			}
			if next.core == "I" && next.tail == "" && j+2 < len(toks) && toks[j+2].lead == "" && unicode.IsLower(firstRune(toks[j+2].core)) {
				break // "Michael Siegel I am a professor …": the pronoun starts the next sentence
			}
			if isCap(next.core) || (honorifics.Has(t.core) || j+2 < len(toks) && toks[j+2].core == "Class" || orgNouns.Has(t.core)) && rankOrdinal(toks, j+1) { // ("Sgt. 1st Class", a sailor's rate: "Yeoman 3rd Class", and a rank after the service: "Macedonian Army 1st Lt.")
				j++
				continue
			}
			if ampersand(toks, j+1, i) {
				j += 2 // "Johnson & Johnson", "United Food & Commercial Workers": one name
				continue
			}
			if (next.core == "of" && (offices.Has(t.core) || postGeneral(toks, j) || j > i && honorifics.Has(t.core) && honorifics.Has(toks[j-1].core)) || next.core == "for" && offices.Has(t.core) || next.core == "at" && runIsTitled(toks[i:j+1])) && next.tail == "" && j+3 < len(toks) && toks[j+2].core == "the" && toks[j+2].tail == "" && toks[j+3].lead == "" && isCap(toks[j+3].core) {
				if e := endsWithName(toks[j+3:]); e > 0 {
					j += 2 + e // "Executive Director of the Legal Aid of Western Missouri Joe Dandurand", "Minister of State at the Department of Agriculture Tom Hayes", "Sgt. Maj. of the Army Daniel A. Dailey", "Minister for the Middle East Alistair Burt"
					break
				}
			}
			if next.core == "responsible" && next.tail == "" && (offices.Has(t.core) || hyphenedOffice(t.core)) && j+3 < len(toks) && toks[j+2].core == "for" && toks[j+2].tail == "" {
				// "Executive Vice-President responsible for the European
				// Green Deal Frans Timmermans": the office's field, after
				// "responsible for" as after "for", then its holder
				k := 3
				if toks[j+3].core == "the" && toks[j+3].tail == "" {
					k = 4
				}
				if j+k < len(toks) && toks[j+k].lead == "" && isCap(toks[j+k].core) {
					if e := endsWithName(toks[j+k:]); e > 0 {
						j += k - 1 + e
						break
					}
				}
			}
			if next.core == "for" && next.tail == "" && j > i && j+2 < len(toks) && toks[j+2].lead == "" && isCap(toks[j+2].core) &&
				officeOf(toks[i:j]) && !slices.ContainsFunc(toks[i:j], func(t token) bool { return t.core == "for" }) {
				j += 2 // "Secretary of Homeland Security for Emergency Preparedness and Response Mike Brown": the office's field after its body
				continue
			}
			if numberedUnits.Has(t.core) && isNumber(next.core) && len(next.core) <= 3 && next.tail == "" && j+2 < len(toks) && toks[j+2].lead == "" && isCap(toks[j+2].core) {
				j += 2 // "FEMA Region 1 Regional Administrator Lori Ehrlich"
				continue
			}
			if t.core == "Local" && isNumber(next.core) && len(next.core) <= 4 && next.tail != "" {
				j++ // "United Food & Commercial Workers Local 400,": a union's branch and its number
				break
			}
			// particles before a surname: "von der Leyen", "de la Cruz"
			if k := particleRun(toks[j+1:]); k > 1 {
				j += k + 1
				continue
			}
			if next.core == "and" && next.tail == "" && j+3 < len(toks) && toks[j+2].tail == "" && toks[j+3].lead == "" && isGivenName(toks[j+2].core) && isCap(toks[j+3].core) && !isAcronym(toks[j+3].core) && !orgNouns.Has(toks[j+3].core) {
				break // "the Federal Minister of Public Safety and Emergency Preparedness and Donna Harpauer": a portfolio, then a person
			}
			if next.core == "and" && next.tail == "" && andTheCap(toks, j+1) && portfolio(toks[i:j+1]) && !titledPerson(toks[i:j+1]) {
				j += 3 // "Minister for Agriculture, Food and the Marine Michael Creed": a portfolio's last part with "the"
				continue
			}
			if officeInCharge(toks, j+1) && next.tail == "" && toks[j+2].lead == "" {
				j += 2 // "ATF Special Agent in Charge Thomas Atteberry": the office's name with "in"
				continue
			}
			if next.core == "of" && next.tail == "" && j+2 < len(toks) && bodyOfficeName(toks[j+2:]) {
				j += 2 // "Voice of America Director David S. Jackson": a body's name with "of", then an office in it and its holder
				continue
			}
			// a lower-case joiner followed by a capital
			if j+2 < len(toks) && toks[j+2].lead == "" && isCap(toks[j+2].core) && next.tail == "" && !weekdays.Has(toks[j+2].core) && !months.Has(toks[j+2].core) {
				// (not "Sachin Pilot on Monday": a day after a name)
				if particles.Has(next.core) || (next.core == "of" || next.core == "for" || next.core == "and" || next.core == "the" || next.core == "on") && ((runIsTitled(toks[j:j+1]) || postGeneral(toks, j)) && !(next.core == "and" && titledPerson(toks[i:j+1])) || next.core == "and" && (titledAhead(toks[j+2:]) || portfolio(toks[i:j+1])) && !titledPerson(toks[i:j+1]) && !namedAfterRole(toks, i, j) && !untitledName(toks[i:j+1])) ||
					next.core == "from" && offices.Has(t.core) && j+3 < len(toks) && toks[j+2].tail == "" && isCap(toks[j+3].core) {
					// "Senator from Vermont Bernie Sanders": a seat and
					// the state it is for, then a name
					j += 2
					continue
				}
			}
			break
		}
		out = append(out, capRun{toks: toks[i : j+1], possessive: toks[j].possessive})
		i = j
	}
	return out
}

// officeOf tells a run of words that holds an office and "of" right
// after it: "Secretary of Homeland Security".
func officeOf(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if offices.Has(toks[k].core) && toks[k+1].core == "of" {
			return true
		}
	}
	return false
}

// ownerBefore is the body whose possessive stands right before the
// name runs[ri], perhaps with its initials in brackets between: the
// body the person is of ("Bharatiya Janata Party’s (BJP) M. Venkaiah
// Naidu" → Bharatiya Janata Party), or "".
func ownerBefore(plain string, runs []capRun, ri int) string {
	k := ri - 1
	if k >= 1 && len(runs[k].toks) == 1 && runs[k].toks[0].lead == "(" && isAcronym(runs[k].toks[0].core) {
		k-- // the body's initials
	}
	if k < 0 || !runs[k].possessive {
		return ""
	}
	between := strings.TrimSpace(plain[runs[k].toks[len(runs[k].toks)-1].end:runs[ri].start()])
	if k+1 < ri {
		between = strings.TrimSpace(strings.TrimPrefix(between, strings.TrimSpace(plain[runs[k+1].start():runs[k+1].toks[0].end])))
	}
	words := runs[k].words()
	for len(words) > 1 && (sentenceWords.Has(words[0]) || strings.EqualFold(words[0], "the")) {
		words = words[1:] // ("The Labour Party’s Ann Reed")
	}
	if np, ok := parseRun(words); between != "" || !ok || !np.org && !orgNouns.Has(words[len(words)-1]) {
		return "" // ("Trump’s Mike Pence": whose, but no body)
	}
	return strings.Join(words, " ")
}

// openedTitle is a capitalised title that a name's run opens with, with
// the words in small letters that open it right before the run ("acting",
// "former"; see titleOpeners), and the body named right before those:
// "EPA New England acting Region Administrator Deb Szaro" gives "acting
// Region Administrator" and "EPA New England". Without such words it is
// title, and no body.
func openedTitle(toks []token, runs []capRun, ri int, title string) (string, string) {
	i := tokenBefore(toks, runs[ri].start())
	var opening []string
	for ; i >= 0 && len(opening) < 2 && toks[i].tail == "" && !toks[i].possessive && unicode.IsLower(firstRune(toks[i].core)) && titleOpeners.Has(toks[i].core); i-- {
		opening = append([]string{toks[i].core}, opening...)
	}
	if len(opening) == 0 {
		return title, ""
	}
	title = strings.Join(opening, " ") + " " + title
	if ri == 0 || i < 0 || runs[ri-1].toks[len(runs[ri-1].toks)-1].start != toks[i].start || toks[i].tail != "" {
		return title, ""
	}
	words := runs[ri-1].words()
	for len(words) > 1 && (sentenceWords.Has(words[0]) || strings.EqualFold(words[0], "the")) {
		words = words[1:]
	}
	if np, ok := parseRun(words); ok && np.org || isAcronym(words[0]) && !offices.Has(words[0]) {
		return title, strings.Join(words, " ")
	}
	return title, ""
}

// trailingInitials is where the initials of bodies (three letters or
// more) that end a person's name begin: the name opens with a given name,
// perhaps after an honorific, and keeps two words of its own. Otherwise
// it is len(words).
func trailingInitials(words []string) int {
	k := len(words)
	for k > 0 && len(words[k-1]) >= 3 && isAcronym(words[k-1]) && !offices.Has(words[k-1]) && !honorifics.Has(words[k-1]) {
		k--
	}
	first := 0
	if first < k && honorifics.Has(words[first]) {
		first++
	}
	if k == len(words) || k-first < 2 || !isGivenName(words[first]) || isAcronym(words[k-1]) || offices.Has(words[k-1]) || honorifics.Has(words[k-1]) {
		return len(words)
	}
	return k
}

// untitledName tells a run of two words or more that opens with a given
// name or an initial and holds no office or body: a person's name, which
// "and" never joins to the body after it ("Sam Lee and Labour Party’s
// Ann Reed", "M. Venkaiah Naidu and Communist Party of India’s D. Raja").
func untitledName(toks []token) bool {
	return len(toks) >= 2 && (isGivenName(toks[0].core) || isInitial(toks[0].core)) && !runIsTitled(toks)
}

// namedAfterRole tells a name of two or three words after a role in lower
// case, toks[i:j+1]: "opposition leader Morgan Tsvangirai and Zimbabwean
// Deputy Information Minister Bright Matonga" names two people, where
// "Secretary of Health and Human Services Alex Azar" is one run.
func namedAfterRole(toks []token, i, j int) bool {
	return i > 0 && j-i >= 1 && j-i <= 2 && toks[i-1].tail == "" && isRoleNoun(toks[i-1].core) && !isCap(toks[i-1].core)
}

// bodyOfficeName tells capitalised words that go on to an office and a
// given name after it: "America Director David S. Jackson" (the rest of
// "Voice of America"), not "Harvard University" (whom "Smith of" works
// for).
func bodyOfficeName(toks []token) bool {
	for k := 1; k+1 < len(toks) && k < 6 && toks[k-1].tail == "" && !toks[k-1].possessive && isCap(toks[k-1].core); k++ {
		if offices.Has(toks[k].core) && toks[k].tail == "" && toks[k+1].lead == "" && isGivenName(toks[k+1].core) {
			return !offices.Has(toks[0].core) && !orgNouns.Has(toks[0].core)
		}
	}
	return false
}

// endsWithName is how many tokens the capitalised words that open toks
// (with "of", "and" or "for" between them) run to when they end in a
// person's name, a known given name and another word ("Legal Aid of
// Western Missouri Joe Dandurand"), or 0 ("United States").
func endsWithName(toks []token) int {
	e, listed := 0, false
	for e < len(toks) && e < 12 && (isCap(toks[e].core) || (toks[e].core == "of" || toks[e].core == "and" || toks[e].core == "for") && e+1 < len(toks) && isCap(toks[e+1].core)) {
		if toks[e].tail == "," && partsGoOn(toks, e) {
			e++ // "the Environment, Oceans and Fisheries Virginijus Sinkevičius": the field's parts, listed
			listed = true
			continue
		}
		if toks[e].tail != "" && e+1 < len(toks) && isCap(toks[e+1].core) {
			break
		}
		e++
		if toks[e-1].tail != "" {
			break
		}
	}
	if e >= 3 && isGivenName(toks[e-2].core) || e >= 4 && isInitial(toks[e-2].core) && isGivenName(toks[e-3].core) {
		return e // ("Army Daniel A. Dailey": an initial between the names)
	}
	if listed && e >= 5 && toks[e-3].core != "and" && toks[e-2].core != "and" {
		return e // a field listed to its "and" and its last part, then two words: a name the text may spell its own way ("Virginijus Sinkevičius")
	}
	return 0
}

// partsGoOn tells a comma after toks[e] that lists the parts of a field:
// capitalised words without stops follow it, to an "and" and a capital.
func partsGoOn(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+4; k++ {
		t := toks[k]
		if t.core == "and" && t.tail == "" && k+1 < len(toks) && isCap(toks[k+1].core) {
			return k > e+1
		}
		if !isCap(t.core) || t.tail != "" && t.tail != "," || isGivenName(t.core) {
			return false
		}
	}
	return false
}

// isInitial tells one capital letter with its full stop: "A.".
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && 'A' <= w[0] && w[0] <= 'Z'
}

// adjectiveCompound tells a capitalised word joined by a hyphen to a
// participle or the like in small letters ("GST-deprived", "US-led",
// "Kremlin-backed", "state-run"), which no name is made of
// ("Campbell-Hardy", "al-Hassani", "Kim Jong-un" are).
func adjectiveCompound(w string) bool {
	head, rest, ok := strings.Cut(w, "-")
	return ok && !particles.Has(strings.ToLower(head)) && rest != "" && unicode.IsLower(firstRune(rest)) &&
		(strings.HasSuffix(rest, "ed") || compoundEnds.Has(rest))
}

// compoundEnds end words that describe, after a capitalised word and a
// hyphen: "Moscow-run", "Iowa-born".
var compoundEnds = lazy.Words(`run born made based wide style owned only free friendly linked`)

// namedMonths are the months that are also common given names.
var namedMonths = lazy.Words(`April May June`)

// weekdays say when, after a name: "said Jair Bolsonaro Wednesday".
var weekdays = lazy.Words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

// describedAsPerson reads what follows a name that says it is a person's:
// " is a 44-year-old woman", " was a farmer" (and whether a woman or a
// man, where the noun says).
func describedAsPerson(after string) (female, male, ok bool) {
	f := strings.Fields(after)
	if len(f) < 3 || f[0] != "is" && f[0] != "was" || f[1] != "a" && f[1] != "an" {
		return false, false, false
	}
	for _, w := range f[2:min(len(f), 7)] {
		w = strings.ToLower(strings.Trim(w, ".,;:"))
		switch {
		case femaleWords.Has(w):
			return true, false, true
		case maleWords.Has(w):
			return false, true, true
		case personNouns.Has(w):
			return false, false, true
		}
	}
	return false, false, false
}

// personNouns say that whom they describe is a person, a woman or a man
// (femaleWords and maleWords say which).
var personNouns = lazy.Words(`farmer student teacher resident refugee worker nurse doctor villager survivor mother-of-two`)

// kinAppositive tells a one-word name set off after a relative or a role
// ("Shahad’s father, Yehia, describes …", "Her husband, Ali, said"): the
// name of the person the phrase before it describes.
func kinAppositive(before, after string) bool {
	b := strings.TrimSpace(before)
	if !strings.HasSuffix(b, ",") || !strings.HasPrefix(after, ",") {
		return false
	}
	f := strings.Fields(strings.TrimSuffix(b, ","))
	if len(f) < 2 {
		return false
	}
	noun, owner := strings.ToLower(f[len(f)-1]), f[len(f)-2]
	lo := strings.ToLower(owner)
	return isRoleNoun(noun) && (lo == "her" || lo == "his" || lo == "their" || strings.HasSuffix(owner, "’s") || strings.HasSuffix(owner, "'s"))
}

// months open a date after a name.
var months = lazy.Words(`January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)

// numberedUnits are the parts of a body that take a number inside a name
// or a title: "FEMA Region 1", "Police District 9".
var numberedUnits = lazy.Words(`Region District Ward Precinct Zone Division Battalion Company Squadron Wing Unit Corps
Fleet Group Brigade Regiment Station Sector Area Team`)

// rankOrdinal tells an ordinal that is part of a rank: "2nd Lt.",
// "Sgt. 1st Class", "Petty Officer 1st Class" (a rank word follows it).
func rankOrdinal(toks []token, i int) bool {
	return isOrdinal(toks[i].core) && toks[i].tail == "" && i+1 < len(toks) && toks[i+1].lead == "" && honorifics.Has(toks[i+1].core)
}

// runIsTitled tells whether a run so far ends in a word of an office or
// an organisation, which may go on with "of", "for" or "and": "Secretary
// of State", "Centers for Disease Control"; a name does not ("Chuck Hagel
// of Nebraska" is a name and where he is from).
func runIsTitled(toks []token) bool {
	for _, t := range toks {
		if offices.Has(t.core) || hyphenedOffice(t.core) || orgNouns.Has(t.core) { // ("Vice-Minister of Commerce")
			return true
		}
	}
	return false
}

// officeGeneral tells "General" after an office, which it is part of:
// "Inspector General of Police", "Secretary General of NATO", "Attorney
// General of Kenya" (before a name "General" is a rank, an honorific).
func officeGeneral(prev, w string) bool { return w == "General" && offices.Has(prev) }

// postGeneral is officeGeneral for the token at k, joined to the one
// before it.
func postGeneral(toks []token, k int) bool {
	return k > 0 && toks[k-1].tail == "" && officeGeneral(toks[k-1].core, toks[k].core)
}

// appositiveNoun is the noun of a body's kind that an appositive after its
// name gives, which "the union" then refers back to: "United Food &
// Commercial Workers Local 400, the union that represents Shoppers
// workers" → "union"; "" when none does.
func appositiveNoun(after string) string {
	rest, ok := strings.CutPrefix(after, ", the ")
	if !ok {
		return ""
	}
	f := strings.Fields(head(rest, 60))
	for i, w := range f[:min(len(f), 4)] {
		core := strings.TrimRight(w, ",;.")
		if core != strings.ToLower(core) {
			return "" // a name: "…, the Aslef union"
		}
		if orgRoleNouns.Has(core) && (core != w || i+1 == len(f) || f[i+1] == "that" || f[i+1] == "which" || f[i+1] == "who" || f[i+1] == "of" || f[i+1] == "for") {
			return core
		}
	}
	return ""
}

// ampersand tells an ampersand at toks[k] that joins the capitalised
// words around it into one name, in a run that starts at toks[start]:
// "Johnson & Johnson", "Barnes & Noble". Offices it joins are two
// ("President & CEO"), and so are the last items of a list of capitalised
// words ("Minister for Environment, Forest & Climate Change").
func ampersand(toks []token, k, start int) bool {
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	amp, l, r := toks[k], toks[k-1], toks[k+1]
	return amp.core == "&" && amp.lead == "" && amp.tail == "" && l.tail == "" && r.lead == "" && isCap(l.core) && isCap(r.core) &&
		!offices.Has(l.core) && !offices.Has(r.core) && !(start > 0 && toks[start-1].tail == "," && isCap(toks[start-1].core))
}

// parenPlace tells a name that opens a parenthesis and is followed by a
// comma and one or two words in capitals that close it, as a town and its
// state or country are given after a body's name: "(Santa Clara,
// California)", "(Palo Alto, Calif.)", "(Leeds, UK)".
func parenPlace(p string, start, end int) bool {
	if start == 0 || p[start-1] != '(' || !strings.HasPrefix(p[end:], ", ") {
		return false
	}
	inner, _, ok := strings.Cut(p[end+2:], ")")
	f := strings.Fields(inner)
	return ok && len(f) >= 1 && len(f) <= 2 && !slices.ContainsFunc(f, func(w string) bool { return !isCap(w) })
}

// portfolio tells a run that names an office and what it is for, whose
// field may go on with "and": "Minister for Rural and Community
// Development Heather Humphreys", "Secretary of State for Health and
// Social Care", or a body's remit so named: "Department for Environment,
// Food and Rural Affairs".
// It reads back from the run's last word over capitalised words, joiners
// and the commas of a list to an office or body and its "for" or "of".
func portfolio(toks []token) bool {
	for k := len(toks) - 1; k > 0 && len(toks)-k <= 10; k-- {
		t := toks[k]
		switch {
		case t.tail != "" && t.tail != "," && k < len(toks)-1:
			return false
		case t.core == "for" || t.core == "of":
			if offices.Has(toks[k-1].core) || orgNouns.Has(toks[k-1].core) {
				return true
			}
		case !isCap(t.core) && t.core != "and":
			return false
		}
	}
	return false
}

// listedPortfolio tells a comma after toks[j] that lists the parts of
// a portfolio or a department's remit, toks[i:j+1] (see portfolio),
// when capitalised words follow it up to an "and" and another capital:
// "Minister of Housing, Local Government and Heritage", "the Department
// for Environment, Food and Rural Affairs". A given name or an honorific
// after the comma opens the holder's name, not a part ("Minister for
// Finance, Michael Noonan, said").
func listedPortfolio(toks []token, i, j int) bool {
	if j+2 >= len(toks) {
		return false
	}
	if !portfolio(toks[i : j+1]) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		t := toks[k]
		if t.core == "and" && t.tail == "" && (k > j+1 || j > i && toks[j-1].tail == "," && !strings.Contains(toks[j].core, ".") && !isGivenName(toks[j].core)) && k+1 < len(toks) && toks[k+1].lead == "" {
			// ("Agriculture, Food and the Marine"; "Food, Nutrition, and
			// Consumer Services", its last comma before "and"; not "Eamon
			// Gilmore, T.D., and Minister …")
			return isCap(toks[k+1].core) || andTheCap(toks, k)
		}
		if t.lead != "" || !isCap(t.core) || t.tail != "" && t.tail != "," || t.possessive || honorifics.Has(t.core) || isGivenName(t.core) {
			return false // ("the CEO of the Australian Institute of Marine Science, Dr Paul Hardisty and …": a person after the comma)
		}
	}
	return false
}

// andTheCap tells an "and" at toks[k] followed by "the" and a capital,
// as a portfolio's last part may be: "… and the Marine".
func andTheCap(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].tail == "" && toks[k+1].core == "the" && toks[k+1].tail == "" && toks[k+1].lead == "" && toks[k+2].lead == "" && isCap(toks[k+2].core)
}

// officeInCharge tells the "in" at toks[in] that joins an office's name,
// "Special Agent in Charge".
func officeInCharge(toks []token, in int) bool {
	return in > 0 && in+1 < len(toks) && toks[in].core == "in" && toks[in+1].core == "Charge" && runIsTitled(toks[in-1:in])
}

// particleRun is how many particles open toks, when two or three of them
// do and a capitalised word follows them ("von der Leyen", "de la
// Cruz"); 0 otherwise. (One particle is read with the other joiners.)
func particleRun(toks []token) int {
	k := 0
	for k < len(toks) && k < 3 && particles.Has(toks[k].core) && toks[k].tail == "" && toks[k].lead == "" {
		k++
	}
	if k < 2 || k >= len(toks) || toks[k].lead != "" || !isCap(toks[k].core) {
		return 0
	}
	return k
}

// namesPerson tells whether s opens with a person's title and name.
func namesPerson(s string) bool {
	toks := tokenize(head(s, 120), 0)
	runs := capRuns(toks)
	if len(runs) == 0 || runs[0].start() != 0 || !titledPerson(runs[0].toks) {
		return false
	}
	// (but not a body's name before a role in small letters: "Yakima
	// Project River Operations supervisor")
	last := runs[0].toks[len(runs[0].toks)-1]
	next := strings.Fields(s[last.coreEnd():])
	return last.tail != "" || len(next) == 0 || !isRoleNoun(strings.Trim(next[0], ",.;:"))
}

// titledPerson tells whether a run names a person with a title: "and"
// after it starts another ("Special Envoy Angelina Jolie Pitt and
// Assistant Secretary of State Anne C. Richard").
func titledPerson(toks []token) bool {
	words := make([]string, len(toks))
	for i, t := range toks {
		if t.tail == "," && !slices.ContainsFunc(toks[i+1:], func(t token) bool { return t.core == "and" }) {
			return false // "Minister of Science, Energy, Telecommunications (and Transport)": a portfolio still listing its parts (but "Minister for Arts, Culture and Heritage Helen Clark" has listed them)
		}
		words[i] = t.core
	}
	np, ok := parseRun(words)
	last := lastWord(np.title)
	return ok && !np.org && strings.Contains(np.name, " ") && (np.title != "" || np.honorific != "") && last != "of" && last != "for" && last != "and" &&
		(!orgNouns.Has(lastWord(np.name)) || countFields(np.name) == 2 && givenSex(strings.ToLower(strings.Fields(np.name)[0])) != 0 && surnameNouns.Has(lastWord(np.name))) // "CEO of Bletchley Park Trust" and "Chief of the U.S. Forest Service" are offices in a body; "Alderman John Hall" a person
}

// titledAhead tells whether the capitalised words that go on from toks
// name an office or a body: "Wage and Hour Division Administrator …" is
// one run.
func titledAhead(toks []token) bool {
	for i := 0; i < len(toks) && i < 6 && isCap(toks[i].core); i++ {
		if offices.Has(toks[i].core) || orgNouns.Has(toks[i].core) {
			return true
		}
		if toks[i].tail != "" || toks[i].possessive {
			break
		}
	}
	return false
}

// onlineRoles are the words for those who write online, which a name of
// one word may follow: "Blogger Wirriyamu", "Netizen Sanjay".
var onlineRoles = lazy.Words(`Blogger Bloggers Netizen Tweeter Vlogger Commenter`)

// nameParts splits a run of capitalised words into an honorific, a title
// and a name, or says it names an organisation (org) or nothing a speaker
// can be.
type nameParts struct {
	honorific, title, name string
	org                    bool
}

// countryInitials are the initials of countries and unions, which end an
// office before a name ("Ambassador to the U.S. Arikana Chihombori-Quao")
// and are never a given name's initials.
var countryInitials = lazy.Words(`US U.S. USA U.S.A. UK U.K. UN U.N. EU E.U. UAE U.A.E. DRC D.R.C.`)

// gradeAt is where words hold a rank's grade, or -1: a lieutenant's
// ("Lt. j.g.") or a warrant officer's number ("Chief Warrant Officer 2").
func gradeAt(words []string) int {
	for k, w := range words {
		if rankGrades.Has(w) || k >= 2 && words[k-2] == "Warrant" && words[k-1] == "Officer" && warrantGrade(w) {
			return k
		}
	}
	return -1
}

// rankModifiers are the words that open a rank of two words and are no
// honorific alone: "Second Lieutenant", "Master Sergeant".
var rankModifiers = lazy.Words(`First Second Senior Master Staff Petty Warrant Rear Vice Tech.`)

// warrantGrade tells a warrant officer's grade, 1 to 5.
func warrantGrade(w string) bool { return len(w) == 1 && w >= "1" && w <= "5" }

func parseRun(words []string) (np nameParts, ok bool) {
	if len(words) == 2 && rankModifiers.Has(words[0]) && !honorifics.Has(words[1]) && !offices.Has(words[1]) && !isGivenName(words[1]) {
		return np, false // "Second Life", "Master Chef": a rank's first word with no rank after it, and one word, names no one
	}
	if len(words) >= 2 && titleParticiples.Has(words[len(words)-1]) && offices.Has(words[len(words)-2]) {
		return np, false // "Minister Assisting the Prime Minister": an office's own words, no one's surname
	}
	if k := slices.Index(words, "in"); k > 0 && k+2 < len(words) && words[k+1] == "Charge" {
		// "Special Agent in Charge Thomas Atteberry": the name read
		// without "in Charge", which goes back into the title
		np, ok = parseRun(slices.Concat(words[:k], words[k+2:]))
		if ok && np.title != "" && strings.HasSuffix(np.title, words[k-1]) {
			np.title += " in Charge"
		}
		return np, ok
	}
	if k := gradeAt(words); k > 0 && k < len(words)-1 {
		// "Lt. j.g. Eric Majeska", "Chief Warrant Officer 2 Stanley L.
		// Foster": the name read without the grade, which goes with the
		// rank in the title
		grade := words[k]
		np, ok = parseRun(slices.Delete(slices.Clone(words), k, k+1))
		if grade = " " + grade; rankGrades.Has(words[k]) {
			grade = strings.TrimSuffix(grade, ".") + "."
		}
		switch {
		case !ok:
		case np.honorific != "" && strings.HasSuffix(np.honorific, words[k-1]):
			np.honorific += grade
		case np.title != "" && strings.HasSuffix(np.title, words[k-1]):
			np.title += grade
		}
		return np, ok
	}
	if len(words) > 0 {
		if _, after, ok := strings.Cut(words[0], "—"); ok && isCap(after) {
			words = append([]string{after}, words[1:]...) // "Washington—Senators Dianne Feinstein": a dateline run into the sentence's first word
		}
	}
	for len(words) > 0 && (sentenceWords.Has(words[0]) || isSpeechVerb(strings.ToLower(words[0])) || words[0] == "Quoting" || len(words) > 1 && platforms.Has(words[0]) || contraction(words[0])) {
		if len(words) > 1 && namedMonths.Has(words[0]) && isCap(words[1]) && !sentenceWords.Has(words[1]) {
			break // "April Griffin", "June Carter": a month that is a given name, before a surname
		}
		words = words[1:] // "The", "When"; "Said Governor Tom Reed:"; "on Twitter West accused"; "Quoting Ana Lima, the report said"
	}
	if len(words) == 1 && statementNouns.Has(strings.ToLower(words[0])) {
		return np, false // "Opening Statement:": what follows, not who says it
	}
	if len(words) == 1 && languages.Has(strings.ToLower(words[0])) {
		return np, false // "The Arabic words inscribed in it are saying:": a language, no one
	}
	for len(words) > 1 && adjectiveCompound(words[0]) {
		words = words[1:] // "GST-deprived WA", "the Kurdish-led Syrian Democratic Forces": the writer's word, then the name
	}
	if len(words) > 1 && len(words[0]) > 4 && strings.HasSuffix(words[0], "ing") && !isGivenName(words[0]) && isGivenName(words[1]) && !offices.Has(words[1]) && !honorifics.Has(words[1]) {
		words = words[1:] // "Making Carrie's Grammys experience …": a participle that opens the sentence, then the name
	}
	for len(words) > 2 && (words[len(words)-1] == "A" || words[len(words)-1] == "An" || words[len(words)-1] == "The") {
		words = words[:len(words)-1] // "Heather Townsend A garden …": a caption's next sentence, run into the name its credit gives
	}
	for len(words) > 1 && creditWords.Has(words[len(words)-1]) {
		words = words[:len(words)-1] // "Mark Seidenberg Image": a caption's credit
	}
	for k := 2; k < len(words)-1; k++ {
		if postNominals.Has(words[k]) && !offices.Has(words[k-1]) && !offices.Has(words[k+1]) && (isGivenName(words[k-2]) || honorifics.Has(words[k-2])) {
			words = words[:k+1] // "Micheál Martin TD Ireland has announced": a name ends at its letters
			break
		}
	}
	for n := len(words); n > 2 && postNominals.Has(words[n-1]) && (!offices.Has(words[n-2]) || givenSex(strings.ToLower(words[n-3])) != 0) && !partyMembers.Has(words[n-2]) && (!orgNouns.Has(words[n-2]) || !seatLetters.Has(words[n-1])); n-- {
		words = words[:n-1] // "Sir Keir Starmer MP", "Jane Hutt MS", "Judge Nicholas Dean KC" (a surname that is also an office): letters after a name
	}
	if k := trailingInitials(words); k < len(words) {
		words = words[:k] // "Dr Avril Kennan MRCG MRCG": a body's initials after a person's name, as a caption prints them
	}
	if len(words) > 0 && (words[0] == "The" || words[0] == "the") {
		words = words[1:]
	}
	if len(words) >= 3 && len(words[0]) >= 4 && strings.ToUpper(words[0]) == words[0] && strings.IndexFunc(words[0], func(r rune) bool { return !unicode.IsLetter(r) }) < 0 &&
		strings.ToUpper(words[1]) != words[1] && givenSex(strings.ToLower(words[1])) != 0 {
		words = words[1:] // "ADORED Jane Tweddle was …": a tabloid's first word in capitals, then the name
	}
	if len(words) > 1 && (strings.HasSuffix(words[0], "icans") || strings.HasSuffix(words[0], "ians") || strings.HasSuffix(words[0], "eans")) {
		words = words[1:] // "Americans Kay and Larry Day": people by nation, then names
	}
	if n := len(words); n >= 3 && (words[n-1] == "Day" || words[n-1] == "Week" || words[n-1] == "Night") && givenSex(strings.ToLower(words[0])) != 0 {
		words = words[:n-1] // "It's not Ned Price Day": a day named for a person (but Doris Day keeps hers)
	}
	if len(words) > 2 && partyMembers.Has(words[0]) && givenSex(strings.ToLower(words[1])) != 0 {
		words = words[1:] // "Democrat Chuck Schumer": a party, then a person
	}
	if i := slices.Index(words, "the"); i > 0 && i+1 < len(words) && honorifics.Has(words[i+1]) {
		words = slices.Delete(slices.Clone(words), i, i+1) // "Senator the Hon Penny Wong"
	}
	if i := slices.IndexFunc(words, func(w string) bool { return isCap(w) && statementNouns.Has(strings.ToLower(w)) }); i >= 3 {
		// "Chairman Hal Rogers Floor Statement on …": the word for what a
		// headline's page is ends the name, and the kind of statement
		// before it
		if statementKinds.Has(words[i-1]) {
			i--
		}
		words = words[:i]
	}
	if i := slices.IndexFunc(words, func(w string) bool { return headlineVerbs.Has(w) }); i >= 2 && !(i == len(words)-1 && isGivenName(words[i-1]) && (honorifics.Has(words[i-2]) || offices.Has(words[i-2]))) {
		// "Secretary John F. Kirby Holds a Press Briefing", "John
		// Grunsfeld Announces Retirement": a headline's verb ends the name
		// (but one that ends the name right after a given name is the
		// surname: "Professor Paul Marks")
		words = words[:i]
	}
	if n := len(words); n >= 2 && n <= 3 && partyMembers.Has(words[n-1]) && !honorifics.Has(words[0]) && !offices.Has(words[0]) {
		np.title = strings.Join(words, " ") // "The Oklahoma Republican and key House appropriator said": a description, no one named
		return np, true
	}
	if len(words) == 2 && formerWords.Has(words[0]) && nationAdjective(words[1]) {
		return np, false // "Former Nigerian leader Yakubu Gowon": when and whose the role is, no name
	}
	if len(words) == 0 || describes(words) || len(words) > 1 && questionOpeners.Has(words[len(words)-1]) {
		return np, false // "Q Is there anything …": a question, not a name
	}
	if len(words) == 2 && placeOpeners.Has(words[0]) {
		// "South Africa", "Porto Alegre", "New Zealand": a place
		np.org, np.name = true, strings.Join(words, " ")
		return np, true
	}
	if n := len(words); n >= 3 && countryPairs.Has(words[n-2]+" "+words[n-1]) && !isGivenName(words[0]) && !honorifics.Has(words[0]) && !offices.Has(words[0]) &&
		!slices.ContainsFunc(words, func(w string) bool { return !isCap(w) && w != "and" && w != "of" }) {
		// "Housing New Zealand", "Statistics South Africa", "Fire and
		// Emergency New Zealand": a body named for what it does and
		// where, no one's name
		np.org, np.name = true, strings.Join(words, " ")
		return np, true
	}
	if slices.ContainsFunc(words, ezafe) {
		// "Pakistan Tehreek-e-Insaf", "Jamaat-e-Islami", "Tehrik-i-Taliban":
		// a party's or a movement's name joined as Urdu and Persian join
		// them, no one's
		np.org, np.name = true, strings.Join(words, " ")
		return np, true
	}
	if n := len(words); n >= 4 && orgNouns.Has(words[n-1]) && words[1] == "and" && !honorifics.Has(words[0]) &&
		!slices.ContainsFunc(words, func(w string) bool { return !isCap(w) && w != "and" && w != "of" }) {
		// "Justice and Development Party", "Peace and Security Council": a
		// body named by what it stands for, though "Justice" may open
		// a judge's name
		np.org, np.name = true, strings.Join(words, " ")
		return np, true
	}
	if n := len(words); n > 2 && orgNouns.Has(words[0]) && (words[1] == "of" || words[1] == "for") && givenSex(strings.ToLower(words[n-2])) == 0 && !slices.ContainsFunc(words, honorifics.Has) {
		// "Office of Public Works", "Ministry of Defence": a body, though
		// "Public" may open an office's name ("Public Affairs Officer")
		np.org, np.name = true, strings.Join(words, " ")
		return np, true
	}
	k := -1
	for i, w := range words {
		last := i == len(words)-1
		if i == 0 && len(words) == 2 && givenTitles.Has(w) && givenSex(strings.ToLower(words[1])) == 0 && !offices.Has(words[1]) {
			break // "Dean Skelos": a common given name that is also a title, before a surname
		}
		if last && i > 0 && (!offices.Has(w) || surnameTitles.Has(w)) && !offices.Has(words[i-1]) && !honorifics.Has(words[i-1]) && !orgNouns.Has(words[i-1]) {
			break // a surname that is also a rank: "Pat Major", "Paul Dean"
		}
		if offices.Has(w) || hyphenedOffice(w) || honorifics.Has(w) || isOrdinal(w) || i == k+1 && len(words)-i > 2 && (roleNouns.Has(strings.ToLower(w)) || hyphenedRole(w) || offices.Has(strings.TrimSuffix(w, "s")) ||
			tradeWord(w) && (givenSex(strings.ToLower(words[i+1])) != 0 || strings.HasSuffix(w, "ist") && !partyMembers.Has(w))) || // ("Forecaster Simon Partridge": a word for what someone does, then a given name; "Ecologist Breno Alves": a word in -ist, no one's name)
			i > 0 && i+2 < len(words) && partyMembers.Has(w) && givenSex(strings.ToLower(words[i+1])) != 0 ||
			i == k+1 && k >= 0 && offices.Has(words[k]) && len(words)-i > 2 && portfolios.Has(w) || // ("Central Secretary Information Raoof Hasan": the office's portfolio after it)
			i == 1 && k < 0 && len(words) > 3 && roleNouns.Has(strings.ToLower(w)) && givenSex(strings.ToLower(words[0])) == 0 && (givenSex(strings.ToLower(words[2])) != 0 || isInitial(words[2]) || strings.Count(words[2], ".") >= 2) { // ("Park Ranger C.J. Lombard": a word that says where, then the role)
			k = i // "Farmer Tom Okoro", "Economist Lee Park", "Commissioners Thierry Breton (and …)", "House Democrat Nancy Pelosi"
		}
	}
	if k < 0 && len(words) == 2 && onlineRoles.Has(words[0]) {
		k = 0 // "Blogger Wirriyamu": one who writes online, by the one name they go by
	}
	title := words[:k+1]
	name := words[k+1:]
	if len(title) > 0 && (hasOf(title) || hasOf(name[:max(len(name)-2, 0)])) && len(name) > 2 {
		// "Secretary of State Antony Blinken": the name is the last two
		// words, or three with a particle or an initial among them. Only
		// an office opens such a run: "Centers for Disease Control" has
		// none and is a body's name.
		cut := len(name) - 2
		if cut > 0 && nameSuffix(name[len(name)-1]) != "" {
			cut-- // "… Lloyd J. Austin III": the suffix is no name of its own
		}
		if cut > 0 && titleJoiners.Has(name[cut-1]) {
			cut++ // "Secretary of State Pompeo": one word names the office, one the person
		}
		if cut > 0 && (particles.Has(name[cut-1]) || isAbbrev(name[cut])) {
			cut--
		}
		if cut == len(name)-1 && orgNouns.Has(name[cut]) {
			cut++ // "Minister of Local Government": an office's whole name, no one named
		}
		if cut < len(name) && (portfolios.Has(name[len(name)-1]) || fieldWords.Has(name[len(name)-1])) && !isGivenName(name[cut]) {
			cut = len(name) // "Minister for Early Childhood Education": the office's field, no one named
		}
		title, name = append(title, name[:cut]...), name[cut:]
	}
	for j := len(name) - 3; j >= 0; j-- {
		if orgNouns.Has(name[j]) && (givenSex(strings.ToLower(name[j+1])) != 0 || j+3 == len(name) && isGivenName(name[j+1]) && !orgNouns.Has(name[j+2])) ||
			j > 0 && j+3 == len(name) && tradeWord(name[j]) && givenSex(strings.ToLower(name[j+1])) != 0 && !orgNouns.Has(name[j+2]) {
			// "United Nations Nikki Haley": a body, then a person
			// with a given name (one of either sex only right before
			// the surname that ends the run: "Transport Daryl Vaz", not
			// "County Kerry and County Limerick"); "Northern Regional
			// Forester Leanne Marten": a word for what someone does
			// after the words that say where, then the given name and
			// the surname
			title, name = append(title, name[:j+1]...), name[j+1:]
			break
		}
	}
	if len(name) == 0 && len(title) >= 4 && honorifics.Has(title[0]) && isGivenName(title[1]) && !offices.Has(title[2]) && !honorifics.Has(title[2]) && offices.Has(title[len(title)-1]) {
		// "Mr Noel Brett Chief Executive Officer of the RSA": the
		// honorific and the name, then the office, no comma between
		j := 2
		for j < len(title) && !offices.Has(title[j]) && !honorifics.Has(title[j]) && !roleNouns.Has(strings.ToLower(title[j])) {
			j++
		}
		np.honorific, np.name, np.title = title[0], strings.Join(title[1:j], " "), strings.Join(title[j:], " ")
		return np, true
	}
	if len(name) == 1 && len(title) > 0 && roleModifiers.Has(title[len(title)-1]) && roleNouns.Has(strings.ToLower(name[0])) {
		title, name = append(title, name[0]), nil // "the European Commission's Chief Negotiator": a role, no one named
	}
	if len(name) == 0 {
		np.title = strings.Join(title, " ")
		return np, len(title) > 0
	}
	if r := firstRune(name[0]); !unicode.IsUpper(r) && !particles.Has(name[0]) {
		// "Reuters and NBC": a name never starts with a joiner; these
		// are bodies named together
		np.org, np.name = true, strings.Join(words, " ")
		return np, true
	}
	// a name after an office is a person's ("Mayor Lee Park"), and so is
	// one that opens with a given name ("Bill Evans"), or a given name
	// and a surname that is also a body's noun ("Mike Hall", but "Sam
	// Rainsy Party")
	for i, w := range name {
		given := i == 0 && len(name) > 1 && givenSex(strings.ToLower(w)) != 0 ||
			i == 1 && len(name) == 2 && surnameNouns.Has(w) && givenSex(strings.ToLower(name[0])) != 0 ||
			i == 0 && len(name) == 2 && syllabicGiven(name[1]) // "Park Chan-dae": a family name first, then a given name of two syllables
		if (orgNouns.Has(w) && len(title) == 0 && !given) || w == "&" || sentenceWords.Has(w) && len(name) == 1 && !slices.ContainsFunc(title, courtesyTitles.Has) { // ("Mrs May" is someone)
			np.org = true
		}
	}
	if slices.ContainsFunc(name, func(w string) bool { return strings.ContainsFunc(w, unicode.IsDigit) }) {
		np.org = true // "the Volvo XC90", "Windows 11": a thing's name, no person's
	}
	if len(name) == 1 && (len(title) == 0 && isAcronym(name[0]) || orgNouns.Has(name[0]) && !surnameNouns.Has(name[0])) {
		np.org = true // ("US Justice Department": no Justice's surname)
	}
	if len(name) == 2 && len(title) == 0 && np.honorific == "" && isAcronym(name[1]) && !postNominals.Has(name[1]) && !isGivenName(name[0]) && !isAcronym(name[0]) {
		np.org = true // "All-Ireland SHC", "Premier League": a contest or body by its initials, no one's surname (but "Emmanuel MACRON")
	}
	if len(name) >= 2 && len(title) == 0 && (name[0] == "Al" || name[0] == "Al-") && alNames.Has(strings.TrimPrefix(name[1], "-")) {
		np.org = true // "Al Jazeera", "Al Arabiya": the Arabic article, no Al Gore
	}
	if n := len(name); n >= 2 && len(title) == 0 && streetNouns.Has(name[n-1]) && (!surnameNouns.Has(name[n-1]) || givenSex(strings.ToLower(name[0])) == 0) {
		np.org = true // "Mr Colborne, of Wyatt Close, Wargrave": a street, no one
	}
	if len(name) == 1 && slices.Contains(title, "and") && !slices.ContainsFunc(title, honorifics.Has) {
		np.org = true // "the Premier and WA Labor": two of them, the second a body, no person's title and name
	}
	if len(name) >= 2 && len(title) == 0 && shipPrefixes.Has(name[0]) {
		np.org = true // "USS Nassau", "HMS Trent": a ship and her crew, no one
	}
	if np.org {
		np.name = strings.Join(words, " ")
		return np, true
	}
	// the rank words that end the title are the honorific, all of them:
	// "Lt. Col.", "Senior Airman", "Petty Officer 1st Class"
	h := len(title)
	for h > 0 && (honorifics.Has(title[h-1]) || isOrdinal(title[h-1])) {
		if h > 1 && officeGeneral(title[h-2], title[h-1]) {
			break // "Attorney General", "Secretary General": an office, not a rank
		}
		if h > 1 && title[h-1] == "Officer" && !honorifics.Has(title[h-2]) && !isOrdinal(title[h-2]) {
			break // "Chief Executive Officer", "Chief Environment Officer": an office, not the rank of "Petty Officer"
		}
		h--
	}
	if h < len(title) {
		np.honorific = strings.Join(title[h:], " ")
		title = title[:h]
	}
	if n := len(title); n > 0 && !offices.Has(title[n-1]) && offices.Has(strings.TrimSuffix(title[n-1], "s")) {
		title = append(title[:n-1:n-1], strings.TrimSuffix(title[n-1], "s")) // one of "Commissioners Thierry Breton and Stella Kyriakides" is a commissioner
	}
	if len(title) == 0 && np.honorific == "" && len(name) >= 2 && nationalAdjectives.Has(name[0]) {
		if len(name) == 2 {
			return np, false // "previous Australian Antarctic voyages": a description, no one's name
		}
		name = name[1:] // "Egyptian Aida Elkashef": the nation, then the person
	}
	if len(name) > 5 {
		return np, false // "Amazon CEO Andy Jassy Explains Layoffs While Unionized Workers Protest": a headline in capitals, no one's name
	}
	if i := slices.Index(title, "Minster"); i >= 0 {
		title = slices.Clone(title)
		title[i] = "Minister" // "Minster Creed said": a slip of the keys the host should not read out
	}
	np.title = strings.Join(title, " ")
	np.name = strings.Join(name, " ")
	return np, true
}

// syllabicGiven tells a given name romanized as two syllables joined by
// a hyphen, the second in small letters, as Korean names are printed
// after the family name: "Chan-dae", "Geun-hye", "Suk-yeol".
func syllabicGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(a) > 5 || len(b) < 2 || len(b) > 5 || !unicode.IsUpper(firstRune(a)) {
		return false
	}
	for i, r := range a + b {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// roleModifiers are the words that make a role a higher or a lesser one
// before its noun: "Chief Negotiator", "Senior Economist".
var roleModifiers = lazy.Words(`Chief Senior Lead Principal Deputy Assistant Acting Special Associate Head`)

// nationalAdjectives are the adjectives of nations and regions that open
// descriptions in capitals: "Australian Antarctic voyages".
var nationalAdjectives = lazy.Words(`American Australian British Canadian Chinese Japanese Indian French German Italian
Spanish Russian Ukrainian Iranian Iraqi Syrian Turkish Egyptian Israeli Palestinian Saudi Afghan Pakistani Nigerian
Kenyan Ethiopian Somali Sudanese Mexican Brazilian Argentine Argentinian Colombian Venezuelan Cuban Korean Vietnamese
Thai Filipino Indonesian Malaysian Burmese Cambodian Bangladeshi Nepali Nepalese Lankan European African Asian Arab
Irish Scottish Welsh English Dutch Belgian Swiss Austrian Polish Czech Hungarian Romanian Bulgarian Greek Serbian
Croatian Swedish Norwegian Danish Finnish Icelandic Portuguese Haitian Jamaican Chilean Peruvian Bolivian Ecuadorian
Lebanese Jordanian Yemeni Libyan Tunisian Moroccan Algerian Ghanaian Ugandan Tanzanian Rwandan Congolese Zimbabwean
Zambian Malawian Mozambican Angolan Cameroonian Senegalese Malian Chadian Taiwanese Mongolian Kazakh Uzbek Armenian
Azerbaijani Belarusian Latvian Lithuanian Estonian Slovak Slovenian Cypriot Maltese Qatari Emirati Kuwaiti Omani
Bahraini Tibetan Uyghur Kurdish Samoan Fijian Tongan Papuan Caribbean Latin Nordic Balkan Antarctic Arctic Pacific
Atlantic Mediterranean Scandinavian Soviet`)

// contraction tells a pronoun run into its verb, which opens a sentence
// before a name: "You're Jim Blake", "I'm Avi Arditti".
func contraction(w string) bool {
	base, _, ok := strings.Cut(strings.ReplaceAll(w, "’", "'"), "'")
	return ok && (pronouns.Has(base) || pronouns.Has(strings.ToLower(base)) || base == "I" || base == "That" || base == "It" || base == "There")
}

// headlineVerbs follow a name in a headline written in capitals.
var headlineVerbs = lazy.Words(`Holds Says Announces Visits Meets Calls Makes Gives Takes Launches Signs Delivers Hosts
Welcomes Condemns Urges Warns Names Releases Issues Speaks Briefs Discusses Joins Leads Opens Unveils Praises Testifies
Becomes Comes Wins Loses Faces Vows Denies Rejects Backs Resigns Dies Defends Accuses Blames Orders Seeks Expects
Marks Hails Outlines Confirms Pledges Celebrates Thanks Sets Commits Responds Reveals Appoints Approves Attends Tours
Congratulates Sends Talks Reflects Recalls Explains Shares Looks Returns Insists Admits Reacts Weighs
Renews Repeats Reiterates Stresses Slams Criticizes Criticises Lauds Touts Predicts Dismisses Opposes Applauds`)

// questionOpeners open a question with a capital, after a transcript's
// "Q".
var questionOpeners = lazy.Words(`Is Are Was Were Do Does Did Can Could Will Would Should Has Have What How Why Where When Who`)

// platforms are where people post, run into the name that follows them
// when a sentence has no comma: "on Twitter West accused his wife".
var platforms = lazy.Words(`Twitter Facebook Instagram YouTube TikTok Reddit LinkedIn WhatsApp Telegram Weibo
Snapchat Threads Bluesky Mastodon`)

// creditWords end a caption's credit after a name: "Mark Seidenberg
// Image".
var creditWords = lazy.Words(`Image Images Photo Photos Picture Credit Courtesy`)

// hyphenedOffice tells an office written with a hyphen: "Vice-Chairman",
// "Co-Chair", "Under-Secretary", "Secretary-General", "Pro-Vice-Chancellor".
func hyphenedOffice(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	parts := strings.Split(w, "-")
	if n := len(parts); n >= 2 && (parts[n-1] == "designate" || parts[n-1] == "elect") {
		parts = parts[:n-1] // "Commissioner-designate", "Governor-elect": the office, not yet held
	}
	for i, p := range parts {
		last := i == len(parts)-1
		if !offices.Has(p) && !(last && officeGeneral(parts[i-1], p)) && (last || !officePrefixes.Has(p)) {
			return false
		}
	}
	return true
}

// officePrefixes open an office joined to it by a hyphen: "Co-Chair".
// titleParticiples are the words by which a Westminster office names the
// office it serves, in its title: "Minister Assisting the Prime Minister
// for the Centenary of ANZAC", "Minister Representing the Minister for
// Health".
var titleParticiples = lazy.Words(`Assisting Representing`)

var officePrefixes = lazy.Words(`Co Deputy Vice Under Pro Sub Lieutenant Acting`)

// hyphenedRole tells a role written with a hyphen: "Co-author",
// "Co-founder", "Vice-chair".
func hyphenedRole(w string) bool {
	i := strings.LastIndex(w, "-")
	return i > 0 && isRoleNoun(strings.ToLower(w[i+1:]))
}

// describes tells a run in capitals that says what people are, not who:
// an interview's label "TEACHER AND STUDENTS".
func describes(words []string) bool {
	for _, w := range words {
		if strings.ContainsFunc(w, unicode.IsLower) {
			return false // most runs: no need to fold a word
		}
	}
	roles := 0
	for _, w := range words {
		lw := strings.ToLower(w)
		switch {
		case roleNouns.Has(lw) || roleNouns.Has(strings.TrimSuffix(lw, "s")):
			roles++
		case lw != "and" && lw != "all" && lw != "both" && lw != "&":
			return false
		}
	}
	return roles > 0
}

// formerWords say that a role was held once: "Former Nigerian leader".
var formerWords = lazy.Of("Former", "Late", "Then", "Ex")

func hasOf(ws []string) bool {
	for _, w := range ws {
		if w == "of" || w == "for" || w == "and" || w == "from" {
			return true
		}
	}
	return false
}

func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			letters++
		case r == '.' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// cast is an article's people and organisations, in the order it
// introduces them.
type cast struct {
	people      []*Speaker
	orgs        []*Speaker
	mentions    []mention // each time a person is named, in order
	orgMentions []mention // each time an organisation is named, in order
	// bySurname and byGiven index people by the folded last and first
	// word of their names, so that one word finds its person at once
	bySurname map[string]*Speaker
	byGiven   map[string][]*Speaker
	// acronyms are the short names organisations were introduced with:
	// "Recording Industry Association of America (RIAA)"
	acronyms map[string]*Speaker
	// aliases are the other names people were given, folded: "Safy" in
	// "Mohammed, known as Safy" (see readAliases)
	aliases map[string]*Speaker
	tokens  []token // room for introduce's tokens (see tokenizeInto)
	// quoted are the full names said inside quotations, by the folded
	// given name and surname ("" when two names share one): they
	// introduce no one, but a name said alone later is found by them
	// ("“… but Rahul Gandhi and his gang are opposing the government”",
	// then "Rahul criticised the Centre")
	quoted map[string]string
}

// mention is one naming of a person: the paragraph and the offset in it.
type mention struct {
	sp       *Speaker
	para, at int
	subject  bool // the first name in its sentence: its likely subject
	opens    bool // and it opens the sentence, after a title at most
}

// before tells a mention that comes before offset at of paragraph pi.
func (m mention) before(pi, at int) bool { return m.para < pi || m.para == pi && m.at < at }

// alias notes another name a person goes by: "El Chapo", "P J Keating".
func (c *cast) alias(name string, sp *Speaker) {
	if c.aliases == nil {
		c.aliases = map[string]*Speaker{}
	}
	c.aliases[FoldName(name)] = sp
}

// person finds or adds the person a name refers to: a full name, or a
// surname (or a given name and surname) of someone introduced before.
func (c *cast) person(name string, add bool) *Speaker {
	name = strings.TrimRight(strings.TrimSpace(name), ",;: ") // (not "Eamon Gilmore," before "T.D.")
	if name == "" {
		return nil
	}
	folded := FoldName(name)
	if p := c.aliases[folded]; p != nil {
		return p // "El Chapo", after "Joaquín Guzmán, known as El Chapo"
	}
	if !strings.Contains(folded, " ") {
		if p := c.bySurname[folded]; p != nil {
			return p // a surname alone: the first person introduced with it
		}
	}
	spaced, asSurname, asGiven := strings.Contains(folded, " "), " "+folded, folded+" "
	given, surname, _ := strings.Cut(folded, " ")
	surname = " " + surname // (shortGiven's names end alike)
	for i := len(c.people) - 1; i >= 0; i-- {
		p := c.people[i]
		pf := p.foldedName()
		if pf == folded || strings.HasSuffix(pf, asSurname) || spaced && strings.HasPrefix(pf, asGiven) {
			return p // "Irving Jahir" is Irving Jahir Saladino Aranda
		}
		if add && len(folded) > len(pf) && strings.HasSuffix(folded, pf) && folded[len(folded)-len(pf)-1] == ' ' {
			if countryInitials.Has(firstWord(name)) {
				return p // "U.S. Arikana Chihombori-Quao", as a label runs an office's country into the name: the same name
			}
			p.Name = name // a fuller form of a name seen first short
			c.index(p, folded)
			return p
		}
		if strings.HasSuffix(pf, surname) && (shortGiven(folded, pf) ||
			spaced && strings.HasPrefix(pf, given+" ") && strings.Count(pf, " ") == strings.Count(folded, " ")+1) {
			return p // "Dan Jernigan" is Dr. Daniel Jernigan; "Gohar Khan" is Gohar Ali Khan, named without his middle name
		}
	}
	if first, last, ok := strings.Cut(name, " "); ok && len(first) <= 4 && isAcronym(first) && !strings.Contains(first, ".") && !isGivenName(first) && !strings.Contains(last, " ") && !isUpperWord(last) {
		// "CP Jimoh", after "Commissioner of Police Olohundare Jimoh": an
		// officer's rank in its initials (not initials that are a given
		// name, "C.J. Jones", nor a label in capitals, "LORI BOWERS:")
		if p := c.bySurname[FoldName(last)]; p != nil && (p.Title != "" || p.Honorific != "") {
			return p
		}
	}
	if !add {
		return nil
	}
	// a name printed in capitals, as transcripts' labels print them, is
	// written as names are: "ANTHONY ALBANESE" is Anthony Albanese
	p := &Speaker{Name: labelName(name), Kind: Person}
	c.people = append(c.people, p)
	c.index(p, folded)
	return p
}

// find is the person a name names, introduced now if no one was: the
// one introduced with it, or for one word the one whose given name it is
// ("Prime Minister Tuilaepa").
func (c *cast) find(name string) *Speaker {
	sp := c.person(name, false)
	if sp == nil && !strings.Contains(name, " ") {
		sp = c.byFirstName(name)
	}
	if sp == nil && !strings.Contains(name, " ") {
		sp = c.known(name) // "First Vice President Sindomwo", after "Gaston Sindimwo": a surname misspelt
	}
	if full := c.quoted[FoldName(name)]; sp == nil && full != "" && !strings.Contains(name, " ") {
		sp = c.person(full, true)
	}
	if sp == nil {
		sp = c.person(name, true)
	}
	return sp
}

// noteQuoted keeps the full names that the quotations of paragraph p
// say: a given name and a surname, or three words opening with a given
// name (see quoted).
func (c *cast) noteQuoted(p string, spans []span) {
	toks := c.tokens // (the room introduce's tokens take after it)
	defer func() { c.tokens = toks[:0] }()
	for _, s := range spans {
		toks = tokenizeInto(toks, p[s.start:s.end], 0)
		for _, r := range capRuns(toks) {
			np, ok := parseRun(r.words())
			f := strings.Fields(np.name)
			if !ok || np.org || np.title != "" || len(f) < 2 || len(f) > 3 || !isGivenName(f[0]) {
				continue
			}
			if c.quoted == nil {
				c.quoted = map[string]string{}
			}
			for _, k := range []string{FoldName(f[0]), FoldName(f[len(f)-1])} {
				if old, seen := c.quoted[k]; seen && old != np.name {
					c.quoted[k] = ""
				} else {
					c.quoted[k] = np.name
				}
			}
		}
	}
}

// ofSex is the person a surname with an honorific names when the
// honorific shows a sex the person found by the surname does not have:
// "Mr Ure" after Kay Ure is her husband, another person of that surname,
// found among those introduced or else added. Otherwise it is sp.
func (c *cast) ofSex(sp *Speaker, np nameParts) *Speaker {
	female, male := femaleWords.Has(np.honorific), maleWords.Has(np.honorific)
	if sp == nil || strings.Contains(np.name, " ") || female == male || female && !sp.male || male && !sp.female {
		return sp
	}
	folded := FoldName(np.name)
	for _, p := range c.people {
		if NameKey(p.foldedName()) == folded && (female && p.female || male && p.male) {
			return p
		}
	}
	p := &Speaker{Name: np.name, Kind: Person, Honorific: np.honorific, female: female, male: male}
	c.people = append(c.people, p)
	c.index(p, folded)
	return p
}

// findTitled finds or adds the person np names (see find), giving them
// np's title and honorific when they have none yet.
func (c *cast) findTitled(np nameParts) *Speaker {
	sp := c.find(np.name)
	if sp.Title == "" {
		sp.Title = np.title
	}
	if sp.Honorific == "" {
		sp.Honorific = np.honorific
	}
	return sp
}

// shortGiven tells two folded names of two words with the same surname
// whose given names are one the short form of the other: "dan jernigan",
// "daniel jernigan"; or its pet form, its stem of four letters or more
// and "-ie" or "-y": "charlie flanagan", "charles flanagan".
func shortGiven(a, b string) bool {
	ga, sa, ok1 := strings.Cut(a, " ")
	gb, sb, ok2 := strings.Cut(b, " ")
	if !ok1 || !ok2 || sa != sb || strings.Contains(sa, " ") || ga == gb || len(ga) < 3 || len(gb) < 3 {
		return false
	}
	return strings.HasPrefix(ga, gb) || strings.HasPrefix(gb, ga) || petForm(ga, gb) || petForm(gb, ga)
}

// petForm tells a given name, folded, that is the pet form of another by
// its stem, its last letter doubled or not: "charlie" of "charles",
// "freddie" of "frederick".
func petForm(pet, name string) bool {
	stem, ok := strings.CutSuffix(pet, "ie")
	if !ok {
		stem, ok = strings.CutSuffix(pet, "y")
	}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
		stem = stem[:n-1]
	}
	return ok && len(stem) >= 4 && len(name) > len(stem) && strings.HasPrefix(name, stem)
}

// index notes a person under the first and last word of their name as
// folded, and under the word before the last of a name of three.
func (c *cast) index(p *Speaker, folded string) {
	if c.bySurname == nil {
		c.bySurname, c.byGiven = map[string]*Speaker{}, map[string][]*Speaker{}
	}
	if sur := lastWord(withoutSuffix(folded)); c.bySurname[sur] == nil {
		// the first person of a surname keeps it: news copy calls a
		// relative introduced later by the given name ("Hunter")
		c.bySurname[sur] = p
		if bare := strings.ReplaceAll(sur, "'", ""); bare != sur && c.bySurname[bare] == nil {
			c.bySurname[bare] = p // (and without its apostrophe: "Matiang'i" is "Matiangi")
		}
	}
	if sur := lastWord(withoutSuffix(folded)); strings.Contains(sur, "-") {
		// a surname joined to its particle, which copy may drop: "Hani
		// al-Qawasmi", then "Qawasmi"
		if particle, bare, _ := strings.Cut(sur, "-"); particles.Has(strings.ToLower(particle)) && bare != "" && c.bySurname[bare] == nil {
			c.bySurname[bare] = p
		}
	}
	if f := strings.Fields(p.Name); len(f) == 2 && syllabicGiven(f[1]) && c.bySurname[FoldName(f[0])] == nil {
		c.bySurname[FoldName(f[0])] = p // "Park Chan-dae" is Park: the family name comes first
	}
	if given, _, ok := strings.Cut(folded, " "); ok && !slices.Contains(c.byGiven[given], p) {
		c.byGiven[given] = append(c.byGiven[given], p)
	}
	if f := strings.Fields(withoutSuffix(folded)); len(f) >= 3 && len(f[len(f)-2]) <= 3 && c.bySurname[f[len(f)-2]+f[len(f)-1]] == nil {
		// a surname in two words that copy may also print as one:
		// "Heather Mac Donald", then "MacDonald"
		c.bySurname[f[len(f)-2]+f[len(f)-1]] = p
	}
	if f := strings.Fields(withoutSuffix(folded)); len(f) >= 3 && len(f[len(f)-2]) > 2 && !particles.Has(f[len(f)-2]) && c.bySurname[f[len(f)-2]] == nil {
		// a Spanish or Portuguese name's first surname, by which copy
		// calls the person again: "Ricardo Rosselló Nevares" is Rosselló
		c.bySurname[f[len(f)-2]] = p
	}
}

// servedPlace tells a name that opens the title of someone named shortly
// before (and names no one itself): the place or body that person serves, not a
// person. After "Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur",
// "a narrative built against Khyber Pakhtunkhwa. He …" names the
// province, and "He" is still the chief minister. The title goes on
// with an office, and the name opens with no given name.
func (c *cast) servedPlace(name string) bool {
	if isGivenName(firstWord(name)) || c.person(name, false) != nil {
		return false // ("Sam Rainsy Party defector Lek Bunnhean": a party named for a person)
	}
	// (the people of the last few mentions: a text naming thousands is
	// not read once for each of them)
	for i := len(c.mentions) - 1; i >= 0 && i >= len(c.mentions)-servedReach; i-- {
		if rest, ok := strings.CutPrefix(c.mentions[i].sp.Title, name+" "); ok && offices.Has(firstWord(rest)) {
			return true
		}
	}
	return false
}

// servedReach is how many of the latest mentions servedPlace reads.
const servedReach = 64

// namedAtEnd is the person whose full name, of two words or more, ends
// capitalised words of three or more that are not all of it, the last of
// a title before it: "Fisheries Joanna Smith" is Joanna Smith once the
// text has named her so; or nil. The longest such name is the one, and
// none when the words before it hold an office, a role or a body's
// possessive of their own ("Virginia Governor Terry McAuliffe",
// "Bournemouth's Eddie Howe").
func (c *cast) namedAtEnd(words string) *Speaker {
	f := strings.Fields(words)
	if len(f) < 3 || !isCap(f[0]) || slices.ContainsFunc(f, func(w string) bool { return !isCap(w) && !titleJoiners.Has(w) }) {
		return nil // (not "the family of Neville Garrick": someone else's)
	}
	var best *Speaker
	at := len(f) - 1 // where the best name starts
	for _, sp := range c.people {
		if n := countFields(sp.Name); n >= 2 && len(f)-n >= 1 && len(f)-n < at && FoldName(strings.Join(f[len(f)-n:], " ")) == FoldName(sp.Name) {
			best, at = sp, len(f)-n
		}
	}
	if best == nil || slices.ContainsFunc(f[:at], func(w string) bool {
		return offices.Has(w) || isRoleNoun(strings.ToLower(w)) || makeToken(w, 0).possessive
	}) {
		return nil
	}
	return best
}

// known finds the person one word names: the latest of that surname,
// or else the one person whose given name it is ("Zoraya says", after
// "Zoraya Abdullah").
func (c *cast) known(word string) *Speaker {
	folded := FoldName(strings.TrimSpace(word))
	if sp := c.bySurname[folded]; sp != nil {
		return sp
	}
	if sp := c.aliases[folded]; sp != nil {
		return sp
	}
	if sp := c.bySurname[strings.ReplaceAll(folded, "'", "")]; sp != nil && strings.Contains(folded, "'") && !strings.HasSuffix(folded, "'s") {
		return sp // "Matiang’i", after "Fred Matiangi"
	}
	if ps := c.byGiven[folded]; len(ps) == 1 {
		return ps[0]
	}
	// or the one person whose surname it misspells: "Morrision said",
	// after "David Morrison" (among a cast of the size of a story's: a
	// text that names thousands is read without)
	if len(c.people) > misspeltCast {
		return nil
	}
	var found *Speaker
	for _, p := range c.people {
		if f := strings.Fields(p.foldedName()); len(f) >= 2 && misspelt(strings.ToLower(folded), strings.ToLower(f[len(f)-1])) {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// handleNamed finds the one person the text names whose full name, its
// words run together, a posting handle is made of, perhaps with figures
// or strokes: "@AngusBlair1" is Angus Blair's.
func (c *cast) handleNamed(handle string) *Speaker {
	letters := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, FoldName(handle))
	var found *Speaker
	for _, p := range c.people {
		if f := strings.Fields(p.foldedName()); len(f) >= 2 && letters == strings.Join(f, "") {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// misspeltCast is the most people a text may name for a surname alone to
// be read as a misspelling of one of theirs.
const misspeltCast = 200

// byFirstName finds the one person whose full name starts with name.
func (c *cast) byFirstName(name string) *Speaker {
	var found *Speaker
	for _, p := range c.people {
		if strings.HasPrefix(p.foldedName()+" ", FoldName(name)+" ") && strings.Contains(p.Name, " ") {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// foldName folds a name for comparing two spellings of it: accents off
// ("Hernández" is "Hernandez"), one kind of apostrophe, one case
// ("SHUSTER:" is Shuster).
func FoldName(s string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		if r < 0xC0 {
			return r
		}
		if r == '’' {
			return '\''
		}
		if f, ok := plainLetter()[r]; ok {
			return f
		}
		return r
	}, s))
}

// plainLetter maps the accented Latin letters of names to plain ones.
var plainLetter = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{}
	for plain, accented := range map[rune]string{
		'A': "ÀÁÂÃÄÅĀĂĄ", 'a': "àáâãäåāăą", 'C': "ÇĆČ", 'c': "çćč", 'E': "ÈÉÊËĒĘĚ", 'e': "èéêëēęě",
		'I': "ÌÍÎÏĪİ", 'i': "ìíîïīı", 'N': "ÑŃŇ", 'n': "ñńň", 'O': "ÒÓÔÕÖØŌŐ", 'o': "òóôõöøōő",
		'U': "ÙÚÛÜŪŮŰ", 'u': "ùúûüūůű", 'Y': "ÝŸ", 'y': "ýÿ", 'S': "ŚŠŞ", 's': "śšş", 'Z': "ŹŻŽ", 'z': "źżž",
		'L': "Ł", 'l': "ł", 'R': "Ř", 'r': "ř", 'T': "Ţ", 't': "ţ", 'G': "Ğ", 'g': "ğ", 'D': "Đ", 'd': "đ",
	} {
		for _, r := range accented {
			m[r] = plain
		}
	}
	return m
})

// initialled notes that body o goes by the initials acr.
func (c *cast) initialled(acr string, o *Speaker) {
	if c.acronyms == nil {
		c.acronyms = map[string]*Speaker{}
	}
	c.acronyms[acr] = o
}

func (c *cast) org(name string) *Speaker {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the ")
	if o := c.acronyms[name]; o != nil {
		return o // "RIAA", introduced in full
	}
	if o := c.bodyNamed(name); o != nil {
		return o
	}
	// a body named by its initials and in full, without the one set
	// after the other in brackets: "The NTSB says", "the National
	// Transportation Safety Board’s investigation": one body, by its
	// full name
	acr, full := name, ""
	var fullInitials []string
	if !isAcronym(name) && !mixedAcronym(name) {
		acr, full, fullInitials = initials(name, false), name, initialsOf(name)
	}
	for _, o := range c.orgs {
		if len(acr) < 2 || !(full == "" && slices.Contains(initialsOf(o.Name), acr) || full != "" && slices.Contains(fullInitials, o.Name)) {
			continue
		}
		if full != "" {
			o.Name = full
		}
		c.initialled(acr, o)
		return o
	}
	if f := strings.Fields(name); len(f) >= 2 && orgNouns.Has(f[len(f)-1]) {
		// "the Human Rights Commission article" after "Asian Human Rights
		// Commission": the body named before in full, the latest if two
		for i := len(c.orgs) - 1; i >= 0; i-- {
			if o := c.orgs[i]; strings.HasSuffix(o.Name, " "+name) {
				return o
			}
		}
	}
	o := &Speaker{Name: name, Kind: Organisation}
	c.orgs = append(c.orgs, o)
	return o
}

// initials are the first letters of a name of two words or more, each
// in capitals, leaving out the small words between them ("National
// Transportation Safety Board" → "NTSB"), but for "of" when of is set;
// "" for any other name.
func initials(name string, of bool) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range f {
		switch r := firstRune(w); {
		case unicode.IsUpper(r):
			b.WriteRune(r)
		case of && w == "of":
			b.WriteRune('O')
		case particles.Has(w) || titleSmallWords.Has(w):
		default:
			return ""
		}
	}
	return b.String()
}

// initialsOf are the initials a body of that name may go by: without its
// small words ("NTSB"), and with the O of its "of" ("Department of
// Justice" → "DOJ", "Board of Trustees" → "BOT").
func initialsOf(name string) []string {
	out := []string{initials(name, false), initials(name, true), mixedInitials(name)}
	if f := strings.Fields(name); len(f) >= 3 && legalSuffixes.Has(f[len(f)-1]) {
		// a company by the initials of its name before what it does and
		// its legal form: "Canadian Pacific Railway Ltd." is CP, CPR
		out = append(out, initials(strings.Join(f[:len(f)-1], " "), false), initials(strings.Join(f[:2], " "), false))
	}
	return out
}

// mixedInitials are the initials of a name as British government bodies
// write them, a small word's in small letters: "Department for
// Education" → "DfE", "Ministry of Defence" → "MoD"; "" for a name with
// no small word or with other words in small letters.
func mixedInitials(name string) string {
	f := strings.Fields(name)
	var b strings.Builder
	small := false
	for _, w := range f {
		switch r := firstRune(w); {
		case unicode.IsUpper(r):
			b.WriteRune(r)
		case w == "of" || w == "for" || w == "and":
			b.WriteRune(r)
			small = true
		default:
			return ""
		}
	}
	if !small || len(f) < 3 {
		return ""
	}
	return b.String()
}

// mixedAcronym tells initials in capitals with a small word's letter in
// small letters between them: "DfE", "MoD", "DfT".
func mixedAcronym(w string) bool {
	upper, lower := 0, 0
	prevLower := true // (a small letter neither opens nor follows another)
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
			prevLower = false
		case unicode.IsLower(r) && !prevLower:
			lower++
			prevLower = true
		default:
			return false
		}
	}
	return upper >= 2 && lower >= 1 && !prevLower && len(w) <= 6
}

// legalSuffixes end a company's name with its legal form.
var legalSuffixes = lazy.Words(`Ltd. Ltd Inc. Inc Corp. Corp Co. LLC plc PLC Limited AG SA S.A. N.V. NV GmbH LP L.P.`)

// bodyNamed is the organisation introduced under exactly that name, if
// one was.
func (c *cast) bodyNamed(name string) *Speaker {
	for _, o := range c.orgs {
		if strings.EqualFold(o.Name, name) {
			return o
		}
	}
	return nil
}

// orgByNoun finds the organisation "the ministry" refers to: the latest
// one introduced whose name has that noun.
func (c *cast) orgByNoun(noun string) *Speaker {
	for i := len(c.orgs) - 1; i >= 0; i-- {
		if nameHasNoun(c.orgs[i].Name, noun) {
			return c.orgs[i]
		}
	}
	return nil
}

// orgByNounAt is orgByNoun for the words at offset at of paragraph pi:
// the latest such organisation named before them, if any was.
func (c *cast) orgByNounAt(noun string, pi, at int) *Speaker {
	for i := len(c.orgMentions) - 1; i >= 0; i-- {
		if m := c.orgMentions[i]; m.before(pi, at) && (nameHasNoun(m.sp.Name, noun) || m.sp.noun == noun || (noun == "company" || noun == "firm") && businessNouns.Has(m.sp.noun)) {
			return m.sp
		}
	}
	return c.orgByNoun(noun)
}

// nameHasNoun tells a body's name that has the noun, or a word the noun
// refers back to (see orgNounAlso).
func nameHasNoun(name, noun string) bool {
	return slices.ContainsFunc(strings.Fields(name), func(w string) bool {
		return strings.EqualFold(w, noun) || slices.ContainsFunc(orgNounAlso[noun], func(a string) bool { return strings.EqualFold(w, a) })
	})
}

// businessNouns say what kind of business the name after them is, and
// "the company" and "the firm" refer back to it.
var businessNouns = lazy.Words(`firm company carmaker automaker retailer lender insurer bank airline startup
conglomerate manufacturer chain brand`)

// describing tells a noun that says what kind of body the name after it
// is: "firm Eurofins", "carmaker Toyota", "rights group Amnesty".
func describing(w string) bool { return businessNouns.Has(w) || w == "group" || w == "charity" }

// orgNounAlso are the other words of a body's name that a noun refers
// back to: "the Metropolitan Police … The force said", "An American
// Airlines flight … the airline said".
var orgNounAlso = map[string][]string{"force": {"police", "constabulary"}, "airline": {"airlines", "airways"}, "carrier": {"airlines", "airways"},
	"school": {"primary", "academy", "college"}} // ("St Annes Catholic Primary … The school said")

// introduce reads how a paragraph introduces the people it names: the
// title and honorific before a name, an appositive after it (", a
// professor of history at King's College London, who …"), an affiliation
// ("of the Wilson Center", "with WHO"), a sentence that says what the
// person is ("Kay Westerfield is director of …"). Quotations are
// skipped: people named inside a quote are the speaker's words, not the
// writer's.
//
// A question from the floor (asks) addresses whom it asks by a title
// that opens a sentence: "Prime Minister, Peter Costello mentioned last
// week …" gives Peter Costello no title.
func (c *cast) introduce(p string, spans []span, para int, asks bool) {
	// what opens a paragraph without being part of its words names no
	// one: a dateline's place ("LOS ANGELES— ", "BELGRADE–"), or a
	// transcript's label in capitals, whose person is found by label
	// ("PRIME MINISTER: Medibank Private. We've …" names no Prime
	// Minister Medibank Private)
	skip := len(p) - len(withoutDateline(p))
	colon := -1 // a label's colon in small letters, which ends what the label says of its speaker
	if l, at, ok := turnLabel(p); ok && (strings.ToUpper(p[:at]) == p[:at] || furnitureLabel(l)) {
		skip = max(skip, at) // (and a header field's label: "Release Number: 1539-168")
	} else if ok {
		colon = strings.LastIndexByte(p[:at], ':')
		if colon+1 < len(p) && p[colon+1] != ' ' {
			skip, colon = max(skip, at), -1 // "Sabra Lane:Trade Minister Simon Birmingham joined me": a name's label that lost its space
		}
	}
	c.noteQuoted(p, spans)
	plain := blankLinkMarks(blankHometowns(blankQualifications(blankSpans(p, spans))))
	plain = strings.Repeat(" ", skip) + plain[skip:]
	if colon > skip {
		plain = plain[:colon] + "." + plain[colon+1:] // "Anthony Albanese, Prime Minister: Good to be with you"
	}
	// the paragraphs' tokens share one slice, taken while in use
	toks := tokenizeInto(c.tokens, plain, 0)
	c.tokens = nil
	defer func() { c.tokens = toks[:0] }()
	starts := outsideStarts(plain, p, spans)
	lastSentence := -1 // the start of the sentence whose first name was seen
	// a plural office before a list of names is each one's: "U.S.
	// Senators Mitt Romney (R-UT), Mike Lee (R-UT) and Pat Toomey"
	listTitle, listEnd := "", -1
	described := -1 // the sentence whose opening description was read
	placeEnd := -1  // where the last name read as a place ends
	runs := splitAtQuotes(capRuns(toks), spans, p)
	for ri, r := range runs {
		sent, _ := sentenceAt(starts, r.start(), len(plain))
		if sent != described && sent != lastSentence {
			// "The former One Direction star has taken three years …":
			// the person the sentence before opened with, described
			described = sent
			if sp := c.describedOpener(plain[sent:], para); sp != nil {
				c.mentions = append(c.mentions, mention{sp: sp, para: para, at: sent, subject: true, opens: true})
				lastSentence = sent
			}
		}
		// the first person named in the sentence, unless a pronoun is
		// its subject: "She was given a chance when Vizmedia dubbed
		// Sailor Moon" is about whom "she" is
		// (nor a name in the phrase the sentence opens with: "In response
		// to a question from David Littleproud about …, Mr Albanese took
		// aim at what he called …" is about Mr Albanese)
		// (nor a name in an aside set off by dashes: "The investigation -
		// led by Lord Ara Darzi - will help inform Mr Streeting's plan")
		opening := inOpeningPhrase(plain[sent:], r.start()-sent) || inDashes(plain[sent:r.start()])
		first := sent != lastSentence && !pronounSubject(plain[sent:r.start()]) && !opening ||
			sent == lastSentence && clauseOpener(plain[sent:r.start()]) && (r.possessive || !endsList(plain[r.end():])) // ("…, while Maicon made his bow, and Mancini was happy": the last clause's subject too; "; and Douglas MacArthur's 1951 speech in which he says", whose owner what follows is about)
		named := sent // the sentence whose first name this one is, once it is read
		if opening {
			named = lastSentence
		}
		opens := first && opensSentence(plain[sent:r.start()])
		if singleQuoted(plain, r) {
			continue // "In an interview on 'Late Night With Seth Meyers', he said": a programme's title, no one's name
		}
		if prev := tokenBefore(toks, r.start()); prev >= 0 && toks[prev].tail == "" && (workNouns.Has(toks[prev].core) || blogNouns.Has(toks[prev].core)) && len(r.toks) > 1 {
			continue // "the author of the blog The Jinny Show", "the 2000 tv series Dark Angel": a work's title, no one's name
		}
		if next := tokenAfter(toks, r.toks[len(r.toks)-1].end); !r.possessive && r.toks[len(r.toks)-1].tail == "" && next >= 0 && (orgRoleNouns.Has(toks[next].core) || placeNouns.Has(toks[next].core)) {
			continue // "the Khmer Rouge tribunal", "the Obama administration", "the Rio Grande do Sul region": a modifier
		}
		if r.start() == toks[0].start && (r.toks[len(r.toks)-1].tail == ":" || r.toks[len(r.toks)-1].tail == "," && opensWithLabel(p)) && strings.ToUpper(plain[r.start():r.end()]) == plain[r.start():r.end()] && len(r.toks) > 1 {
			continue // a transcript's label, "SECRETARY BLINKEN:", names whom the text introduces elsewhere
		}
		if name := pseudonym(plain[sent:r.end()]); name != "" && strings.HasSuffix(plain[:r.end()], name) {
			// "One Washington D.C. resident, who identified himself as
			// Leonard, …": the name the sentence's subject goes by
			sp := c.person(name, true)
			c.mentions = append(c.mentions, mention{sp: sp, para: para, at: r.start(), subject: true, opens: true})
			lastSentence = named
			continue
		}
		words := r.words()
		if len(words) > 1 && strings.TrimSpace(plain[sent:r.start()]) == "" && r.toks[len(r.toks)-1].tail == "," && len(words[0]) > 4 && strings.HasSuffix(words[0], "ing") &&
			!isGivenName(words[0]) && !isGivenName(words[1]) && !offices.Has(words[1]) && !honorifics.Has(words[1]) {
			continue // "Marking World Humanitarian Day, the Tánaiste …": what the sentence's opening participle does, no one
		}
		if last := r.toks[len(r.toks)-1]; len(words) == 2 && isSpeechVerb(strings.ToLower(last.core)) && strings.HasPrefix(last.tail, ".") &&
			strings.ContainsAny(lastWord(strings.TrimRight(p[:r.start()], ", ")), "”\"’") {
			words = words[:1] // "…,” Cornyn Said.": a verb in capitals, not a name
		}
		if j := strings.Join(words, " "); len(words) > 1 && strings.ToUpper(j) == j {
			words = strings.Fields(labelName(j)) // "HISTORIC PRESS RELEASE": read as the words are written, a body's
		}
		if parenPlace(plain, r.start()+len(r.toks[0].lead), r.end()) {
			continue // "Agilent Technologies (Santa Clara, California)": where the body is
		}
		// "Ambassador to the U.S. Arikana Chihombori-Quao": an office to
		// a country its initials name, then the holder's name
		country := ""
		if the := tokenBefore(toks, r.toks[0].start); len(words) == 3 && countryInitials.Has(words[0]) && !r.possessive && the > 0 && toks[the].core == "the" &&
			strings.EqualFold(prevWord(toks, toks[the].start), "to") && isRoleNoun(strings.ToLower(prevWord(toks, toks[the-1].start))) {
			country, words = words[0], words[1:]
		}
		np, ok := parseRun(words)
		if country != "" && ri > 0 && strings.TrimSpace(plain[runs[ri-1].end():r.start()]) == "to the" {
			np.title = strings.Join(runs[ri-1].words(), " ") + " to the " + country // ("African Union Ambassador")
		}
		if len(words) == 1 && np.name == "" && honorifics.Has(words[0]) && c.known(words[0]) != nil {
			np, ok = nameParts{name: words[0]}, true // "Dame was traveling …" after "Richard Dame": a surname that is also a courtesy title
		}
		if !ok || np.name == "" || r.possessive && (np.org || !first && !strings.Contains(np.name, " ")) {
			// "China's foreign ministry" names no one to quote; "Actor
			// Brendan Fraser's appearance …", opening a sentence, makes
			// Fraser its subject, and "he" may be him; later in the
			// sentence a full name introduces its person ("declined
			// Prime Minister Oleksiy Honcharuk's offer") but is no subject
			if ok && np.org && r.possessive && strings.Contains(np.name, " ") {
				// but a body of a name of two words or more is known by
				// it for later ("the National Transportation Safety
				// Board’s investigation", then "The NTSB says"; "Kent
				// County Council’s ruling administration …", then "The
				// authority says")
				c.orgMentions = append(c.orgMentions, mention{sp: c.org(np.name), para: para, at: r.start()})
			}
			continue
		}
		before := prevWord(toks, r.toks[0].start)
		// mentioned notes that the run names sp, the sentence's subject
		// when it is its first name
		mentioned := func(sp *Speaker) {
			if r.possessive && first && !opens && strings.EqualFold(before, "of") {
				// "Meanwhile, the fiery chairman of Buhari’s All Nigeria
				// Peoples Party (ANPP), Don Etiebet, went further": whose
				// body the description names, not the sentence's subject,
				// which the next name may be
				c.mentions = append(c.mentions, mention{sp: sp, para: para, at: r.start()})
				return
			}
			c.mentions = append(c.mentions, mention{sp: sp, para: para, at: r.start(), subject: first, opens: opens})
			lastSentence = named
		}
		if ri+1 < len(runs) && !np.org && np.title == "" && np.honorific == "" && len(runs[ri+1].toks) == 1 && runs[ri+1].toks[0].lead == "(" &&
			isAcronym(runs[ri+1].toks[0].core) && slices.Contains(initialsOf(strings.TrimPrefix(strings.Join(r.words(), " "), "The ")), runs[ri+1].toks[0].core) &&
			strings.TrimSpace(plain[r.end():runs[ri+1].start()]) == "" {
			// "Vishwa Hindu Parishad (VHP) national spokesperson …": a
			// name its initials follow in brackets is a body's
			np.org, np.name = true, strings.TrimPrefix(strings.Join(r.words(), " "), "The ")
		}
		if f := strings.Fields(np.name); (strings.EqualFold(before, "the") || r.words()[0] == "The") && !np.org && np.title == "" && np.honorific == "" && len(f) >= 2 && !isGivenName(f[0]) && pluralName(f[len(f)-1]) {
			// "The Sky Blues might have …", "the Rolling Stones": a team
			// or a band, named in the plural after "the", no person
			np.org, np.name = true, strings.Join(r.words(), " ")
		}
		if w := r.words(); len(w) >= 3 && !np.org && strings.HasSuffix(w[0], "s") && isRoleNoun(strings.ToLower(w[0])) && groupJoiners.Has(strings.ToLower(w[1])) {
			// "Doctors Without Borders", "Physicians for Human Rights",
			// "Mothers Against Drunk Driving": people of a trade, in the
			// plural, and what they stand for name a body (a title before
			// one person's name is singular)
			np.org, np.name, np.title = true, strings.Join(w, " "), ""
		}
		if isOrdinal(before) && np.title == "" && np.honorific == "" {
			// "319th Communications Squadron", "20th Fighter Wing": a
			// number in order names a unit or a body, never a person
			np.org, np.name = true, strings.Join(r.words(), " ")
		}
		if describer := strings.ToLower(before); before == describer && describing(describer) && np.title == "" && np.honorific == "" && !r.possessive &&
			(givenSex(strings.ToLower(strings.Fields(np.name)[0])) == 0 || !strings.Contains(np.name, " ")) {
			// "Lab testing firm Eurofins", "rights group Amnesty": a body
			// the word before says what it is, which "the firm" later
			// means (and "fashion group Hermes", one word that is also a
			// given name; "the firm John Smith founded" is a person)
			o := c.org(np.name)
			if o.noun == "" {
				o.noun = describer
			}
			c.orgMentions = append(c.orgMentions, mention{sp: o, para: para, at: r.start()})
			continue
		}
		if before == "the" && !np.org && np.title == "" && np.honorific == "" && strings.Contains(np.name, " ") && country == "" {
			// "about the Khmer Rouge", "the Sailor Moon series": a
			// name after "the" is a body's or a thing's, never a person's
			np.org = true
		}
		if np.org {
			if isAcronym(np.name) && c.acronyms[np.name] == nil && knownByRE().MatchString(plain[:r.start()]) {
				// "The group, also known by its French acronym MSF,": the
				// body named last goes by its initials too
				for i := len(c.orgMentions) - 1; i >= 0; i-- {
					if o := c.orgMentions[i].sp; o.Name != np.name {
						c.initialled(np.name, o)
						break
					}
				}
			}
			if strings.Count(np.name, " ") >= 1 || isAcronym(np.name) && !thingAcronyms.Has(np.name) {
				o := c.org(np.name)
				if o.noun == "" {
					o.noun = appositiveNoun(plain[r.end():min(len(plain), r.end()+200)])
				}
				c.orgMentions = append(c.orgMentions, mention{sp: o, para: para, at: r.start()})
				if rest := plain[r.end():]; strings.HasPrefix(rest, " (") {
					if acr, _, ok := strings.Cut(rest[2:], ")"); ok && isAcronym(acr) && c.acronyms[acr] == nil {
						c.initialled(acr, o)
					}
				}
			}
			continue
		}
		// "in D.J. Halli and K.J. Halli": a name joined to a place is
		// another place (but "in London and John Smith said" goes on
		// with a person, whose given name shows)
		andPlace := before == "and" && placeEnd >= 0 && strings.TrimSpace(plain[placeEnd:r.start()]) == "and" && !isGivenName(strings.Fields(np.name)[0])
		if given := strings.Fields(np.name); np.title == "" && np.honorific == "" && !(len(given) >= 3 && isGivenName(given[0])) &&
			!(r.possessive && len(given) >= 2 && isGivenName(given[0])) && // ("in Kerry O’Connell’s driveway": whose the place is)
			(placePreps.Has(before) && !(before == "to" && strings.EqualFold(prevWord(toks, toks[tokenBefore(toks, r.toks[0].start)].start), "according")) || andPlace ||
				before == "the" && placePreps.Has(prevWord(toks, toks[tokenBefore(toks, r.toks[0].start)].start))) {
			// a place or a time: "in Lewisham", "in the Eastern
			// Mediterranean", "during World War II" (but "according to
			// Maria Lopez" names a person); but a title or a
			// rank names a person: "according to General James Conway",
			// and so does a given name and two more: "thanks to Irving
			// Jahir Saladino Aranda"
			n := len(given)
			// "took over from Eugene Wamalwa", "spoke to Jane Doe": a given
			// name and a surname, someone met, not somewhere
			met := n == 2 && (before == "from" || before == "to") && isGivenName(given[0]) && !r.possessive &&
				!placeNouns.Has(strings.ToLower(given[1])) && !placeHeads.Has(strings.ToLower(given[1]))
			// "AU envoy to Somalia Maman Sidikou": an office to a place,
			// then the holder's name, whether or not its given name is known
			office := !r.possessive && officeToPlace(prevWord(toks, toks[tokenBefore(toks, r.toks[0].start)].start), before, n)
			switch {
			case met:
				first, opens = false, false // (the object of its verb, never the sentence's subject)
			case country != "": // the office's country is set apart already: the name is the holder's
			case office:
				np.name = strings.Join(given[n-2:], " ")
				if t := titleBefore(toks, toks[tokenBefore(toks, r.toks[0].start)].start); t != "" {
					np.title = t + " to " + strings.Join(given[:n-2], " ")
				}
			case n < 3 || !isGivenName(given[n-2]) || r.possessive:
				placeEnd = r.end()
				continue
			default:
				np.name = strings.Join(given[n-2:], " ") // "head of office in Mozambique Cate Turton": the place, then the person
			}
		}
		if countFields(np.name) < 2 && np.title == "" && np.honorific == "" {
			// a surname or a given name alone introduces no one, but
			// names again someone introduced before: "Ryan had chosen
			// Scurry. He feels …" is about Greg Ryan
			if sp := c.known(np.name); sp != nil {
				if sp.Title == "" {
					// what a later sentence says the person is: "Greco is
					// a maintainer of armhfp"
					if t, aff, _ := afterName(plain[r.end():min(len(plain), r.end()+400)]); t != "" {
						sp.Title = t
						if sp.Affiliation == "" {
							sp.Affiliation = aff
						}
					}
				}
				mentioned(sp)
				continue
			}
			if full := sharedSurname(np.name, plain[r.end():]); full != "" {
				// "Kay and Larry Day": Kay Day
				mentioned(c.person(full, true))
				continue
			}
			if female, male, ok := describedAsPerson(plain[r.end():min(len(plain), r.end()+120)]); ok && !r.possessive {
				// "Rani is a 44-year-old woman from Tamil Nadu state.": a
				// person, though the name is no given name briefing knows
				sp := c.person(np.name, true)
				sp.female, sp.male = sp.female || female, sp.male || male
				mentioned(sp)
				continue
			}
			t := titleBefore(toks, r.toks[0].start)
			if (t == "" || !roleNouns.Has(strings.ToLower(lastWord(t)))) && !(opens && givenAlone(toks, r)) && !kinAppositive(plain[:r.start()], plain[r.end():]) {
				continue
			}
			// unless a role comes before it ("Turkish president
			// Erdoğan"), or it is a given name that opens a sentence as
			// its subject ("Julie agrees.")
		}
		if np.title == "" && np.honorific == "" && c.servedPlace(np.name) {
			placeEnd = r.end()
			continue
		}
		sp := c.ofSex(c.find(np.name), np)
		if sp.Honorific == "" {
			sp.Honorific = np.honorific
		}
		title := np.title
		openedAt := ""
		if title != "" {
			title, openedAt = openedTitle(toks, runs, ri, title)
		}
		if office := officeBefore(plain[sent:r.start()]); title != "" && office != "" {
			// "The Tánaiste, Minister for Foreign Affairs and Minister for
			// Defence Micheál Martin has launched": the office set off
			// before a titled name is the person's too, when the verb
			// follows the name (but "The Queen, Prime Minister David
			// Cameron and …" is a list)
			if next := firstWords(plain[r.end():], 1); len(next) == 1 && startsLower(next[0]) && next[0] != "and" && next[0] != "or" {
				title = office + ", " + title
			}
		}
		if one, ok := singularOffice(title); ok {
			title, listTitle, listEnd = one, one, r.end()
		} else if title == "" && listTitle != "" && listEnd >= 0 && inList(plain[listEnd:r.start()]) {
			title, listEnd = listTitle, r.end()
		} else {
			listTitle = ""
		}
		// a title in small letters right before the name, and a first
		// one before it: "PTI chairman and former prime minister Imran Khan"
		also, before := "", ""
		if title == "" {
			title = titleBefore(toks, r.toks[0].start)
			before, also = title, firstTitle(toks, r.toks[0].start, title)
		}
		if title == "" {
			title = namedAs(plain[:r.start()]) // "A businessman named Nathan Burrell"
		}
		if title == "" {
			title = c.counterpartTitle(toks, r.toks[0].start, para)
		}
		heldAt := "" // the body an office set off before the name is held at
		// the title set off before the name, read once when needed
		appositive := sync.OnceValues(func() (string, bool) {
			lead := strings.TrimRight(plain[:r.start()], " ")
			if t, ok := strings.CutSuffix(lead, " the"); ok && honorifics.Has(r.toks[0].core) {
				// "…, the Hon Pat Conroy MP": the article before the
				// honorific, when what is set off is an office (not
				// "Welcome the Prime Minister,")
				if office, list := appositiveBefore(t + " "); offices.Has(firstWord(office)) {
					return office, list
				}
			}
			return appositiveBefore(plain[:r.start()])
		})
		if strings.EqualFold(title, "Senator") {
			// a seat before the name, and the office set off before it,
			// with its field: "Minister for Foreign Affairs, Senator the
			// Hon Penny Wong" (not a list: "Senators Jon Tester (D-MT),
			// Bob Corker")
			if office, list := appositive(); office != "" && !list && offices.Has(firstWord(office)) && (strings.Contains(office, " for ") || strings.Contains(office, " of ")) {
				title = office + ", " + title
			}
		}
		if title == "" {
			var list bool
			title, list = appositive()
			if asks && strings.TrimSpace(plain[sent:r.start()]) == title+"," {
				title = "" // "Prime Minister, Peter Costello mentioned …": whom the question addresses
			}
			if office, body, ok := strings.Cut(title, " at "); ok && isCap(office) && isCap(strings.TrimPrefix(body, "the ")) {
				// "Deputy Head of Fraud at the Crown Prosecution Service,
				// Andrew Penhale": the office, and the body
				title, heldAt = office, strings.TrimPrefix(body, "the ")
			}
			if one, ok := singularRole(title); ok && list {
				// "the two founding members of Bang Camaro, Alex
				// Necochea and Bryn Bennett": each is one
				title, listTitle, listEnd = one, one, r.end()
			} else if ok {
				title = "" // "the members of the CentOS project, Pablo Greco and Rich Bowen": the group's
			}
		}
		// what follows a name that can describe it is short: a window
		// keeps reading a long paragraph linear
		follows := plain[r.end():min(len(plain), r.end()+400)]
		if t := strings.TrimLeft(follows, " "); len(follows)-len(t) > 1 {
			// a link's mark blanked after the name: "Ignacio de los Reyes
			// [es] from BBC World", "Attillah Springer [1], a writer,"
			follows = " " + t
			if strings.HasPrefix(t, ",") {
				follows = t
			}
		}
		atitle, aff, note := afterName(follows)
		if atitle != "" && strings.HasPrefix(follows, ", ") && opening && governed(lastWord(strings.TrimSpace(plain[sent:r.start()]))) {
			seg, tail := clause(follows[2:])
			if cut, _ := untilSpeechVerb(seg, tail); cut != seg {
				// "On the office unveiled by Lai Mohammed, the lawmaker
				// acknowledged …": the phrase that opens the sentence
				// ends at the name, and the role is the subject's
				atitle, aff = "", ""
			}
		}
		if aff == "" {
			aff = heldAt
		}
		if aff == "" {
			aff = openedAt
		}
		if aff == "" {
			aff = ownerBefore(plain, runs, ri)
		}
		if peers.Has(np.honorific) && strings.HasPrefix(follows, " of ") {
			aff = "" // "Lord Parkinson of Whitley Bay": a peer's place is in the title, no body he works for
		}
		if atitle != "" && shortOffices.Has(title) && np.honorific == "" && sp.Honorific == "" && !strings.HasPrefix(strings.ToLower(atitle), "former ") {
			// "Gov. Jack Dalrymple, North Dakota National Guard's
			// commander-in-chief": the office's short form goes before
			// the name as an honorific does, and the role after it is
			// what the person is here
			sp.Honorific, title = title, ""
		}
		if title == "" || atitle != "" && strings.HasPrefix(strings.ToLower(title), "former ") {
			title = atitle // (what the person is, over what they were: "Former head of the agency, Graeme Pearson, now a Labour MSP,")
		}
		if sp.Title == "" || len(title) > len(sp.Title) && inOrder(strings.Fields(sp.Title), strings.Fields(title)) {
			// (or the same title in full: "Judge Leonie Brinkema", then
			// "U.S. District Judge Leonie Brinkema"; "Secretary Salazar",
			// then "Secretary of the Interior Ken Salazar" or "U.S.
			// Secretary of Agriculture Sonny Perdue"; "TEN-T Coordinator
			// Trautmann", then "Catherine Trautmann, North-Sea Baltic
			// TEN-T Corridor Coordinator")
			sp.Title = title
		}
		// other titles the text gives the person before the name ("PTI
		// chief Imran Khan", then "PTI chairman and former prime minister
		// Imran Khan"): "the PTI chairman" is still Imran Khan
		for _, t := range []string{before, also} {
			if t != "" && t != sp.Title && len(sp.alsoTitled) < 4 && !slices.Contains(sp.alsoTitled, t) {
				sp.alsoTitled = append(sp.alsoTitled, t)
			}
		}
		if sp.Affiliation == "" {
			sp.Affiliation = aff
		}
		if sp.Note == "" {
			sp.Note = note
		}
		learnGender(sp, follows)
		mentioned(sp)
	}
	c.describedAfter(plain, para)
	c.readAliases(plain, para)
}

// inOrder tells whether every word of short is in long, in the same
// order, with other words between them or not.
func inOrder(short, long []string) bool {
	k := 0
	for _, w := range long {
		if k < len(short) && w == short[k] {
			k++
		}
	}
	return k == len(short)
}

// readAliases reads the other name a person is given ("The arrest of
// Mohammed, known as Safy, …", "Joaquín Guzmán, also known as El
// Chapo"): the person a name alone names later, as "Safy announced" does.
// The name before must be one the text has given a person; an alias
// that already names someone is left to them.
func (c *cast) readAliases(plain string, para int) {
	if !strings.Contains(plain, " as ") && !strings.Contains(plain, "nicknamed") && !strings.Contains(plain, "a.k.a.") && !strings.Contains(plain, " aka ") {
		return
	}
	for _, m := range aliasRE().FindAllStringSubmatchIndex(plain, -1) {
		name, alias := plain[m[2]:m[3]], plain[m[4]:m[5]]
		sp := c.known(name)
		if sp == nil || sp.Kind != Person {
			continue
		}
		// (an alias of two words the paragraph has just read as a
		// person's name, "El Chapo", is the person's all the same)
		seen := c.person(alias, false)
		if seen == nil {
			seen = c.known(alias)
		}
		if seen != nil {
			if seen == sp || slices.ContainsFunc(c.mentions, func(mn mention) bool { return mn.sp == seen && (mn.para != para || mn.at != m[4]) }) {
				continue
			}
			for i := range c.mentions {
				if c.mentions[i].sp == seen {
					c.mentions[i].sp = sp
				}
			}
		}
		c.alias(alias, sp)
	}
}

// aliasRE finds a name's last word and the other name given after it.
var aliasRE = lazy.Regexp(`(\p{Lu}[\p{L}'’-]+),?\s+\(?(?:also |better |popularly |widely |commonly )?(?:known as|nicknamed|a\.k\.a\.|aka)\s+["“‘']?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)`)

// describedAfter reads a sentence that says what the person just named
// is, by a pronoun: "David Evans agrees. He is the director of health
// systems financing for the WHO."; "Now he is dean of the School of
// Management at Boston University." The person is the latest named in
// this paragraph or the one before, of a sex the pronoun allows, and
// takes the title only when the text gave none.
func (c *cast) describedAfter(plain string, para int) {
	for _, s0 := range sentenceStarts(plain) {
		f := strings.Fields(plain[s0:min(len(plain), s0+200)])
		for len(f) > 0 && (f[0] == "Now" || f[0] == "Today" || f[0] == "Currently") {
			f = f[1:]
		}
		if len(f) < 3 || !strings.EqualFold(f[0], "he") && !strings.EqualFold(f[0], "she") || f[1] != "is" && f[1] != "was" {
			continue
		}
		he := strings.EqualFold(f[0], "he")
		seg, _ := clause(strings.Join(f[2:], " "))
		seg = beforeRelative(seg) // "He is a doctor who worked with Abdul-Mughni": what the person is, not what the person did
		g := strings.Fields(seg)
		if len(g) == 0 || len(g) > 16 || !(g[0] == "a" || g[0] == "an" || g[0] == "the" || roleNouns.Has(strings.ToLower(g[0])) || titleOpeners.Has(g[0])) || !isRoleNoun(strings.ToLower(headNoun(seg))) {
			continue
		}
		for i := len(c.mentions) - 1; i >= 0 && c.mentions[i].para >= para-1; i-- {
			m := c.mentions[i]
			if m.para == para && m.at > s0 {
				continue // named after the sentence
			}
			if m.sp.Kind == Person && !(he && m.sp.female) && !(!he && m.sp.male) {
				if m.sp.Title == "" {
					m.sp.Title, m.sp.Affiliation = splitAffiliation(seg)
				}
				break
			}
		}
	}
}

// surnameNouns are nouns of bodies and places that are surnames too:
// "Mike Hall", "Tom Church", "Lee Park", "John Chambers", "Matt Mountain".
var surnameNouns = lazy.Words(`Hall House Park Bank Banks Church Post Street Field Fields Hill Hills Lake Bridge Tower Lane Bay Beach Ridge Forest Coast
Tribune Guard Marshall Court Chambers Temple Plant Mountain Camp Power`)

// alNames follow the Arabic article "Al" in the names of broadcasters,
// papers, clubs and groups the news quotes.
var alNames = lazy.Words(`Jazeera Arabiya Ahram Hayat Manar Mayadeen Masry Youm Watan Jazirah Hurra Quds Aqsa Qaeda
Shabaab Shabab Nusra Ahli Hilal Nassr Ittihad Arabi Sharq Akhbar Rai Nahar Mustaqbal Riyadh Sabah Wafd Azhar`)

// timeWords say when, after a participle that opens a sentence:
// "Speaking this morning".
var timeWords = lazy.Words(`this that on last yesterday today tonight morning afternoon evening night earlier later`)

// courtesyTitles come before a person's name and nothing else's: "Mrs
// May", "Dr No".
var courtesyTitles = lazy.Words(`Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady`)

// streetNouns end the names of streets: "Wyatt Close", "Baker Street"
// (but "Tom Street" and "Mike Lane" are people, see surnameNouns).
var streetNouns = lazy.Words(`Street Road Avenue Lane Close Drive Crescent Terrace Boulevard Mews Parkway Highway`)

// placeNouns name a kind of place, after the name of one: "Brazil's Rio
// Grande do Sul region".
var placeNouns = lazy.Words(`region province state county district city town village area valley river island
capital border coast municipality prefecture neighbourhood neighborhood suburb`)

// placeHeads end the names of places that open with a given name:
// "Virginia Beach", "Jackson Heights", "Victoria Falls".
var placeHeads = lazy.Words(`street road avenue lane drive beach heights falls park airport station hall square bridge lake
mount hill hills springs bay harbour harbor point creek centre center stadium arena college university school hospital`)

// peers are the honorifics of a peerage, whose name goes on with a
// place: "Baroness Scott of Bybrook".
var peers = lazy.Words(`Lord Baroness Baron Viscount Viscountess Earl Countess Marquess Duke Duchess`)

// singularOffice is a title that ends with an office in the plural, as
// a list of people shares it ("U.S. Senators", "Commissioners"), in the
// singular: "U.S. Senator".
func singularOffice(title string) (string, bool) {
	i := strings.LastIndexByte(title, ' ') + 1
	last := title[i:]
	one, ok := strings.CutSuffix(last, "s")
	if !ok || strings.HasSuffix(one, "s") || !offices.Has(one) {
		return "", false
	}
	return title[:i] + one, true
}

// singularRole is a title whose role is plural, as a description of the
// names of a list is, made singular: "founding members of Bang Camaro" →
// "founding member of Bang Camaro".
func singularRole(title string) (string, bool) {
	head := headPhrase(title)
	i := strings.LastIndexByte(head, ' ') + 1
	one, ok := strings.CutSuffix(head[i:], "s")
	if !ok || strings.HasSuffix(one, "s") || !isRoleNoun(one) {
		return "", false
	}
	return head[:i] + one + title[len(head):], true
}

// inList tells the words between two names of a list: commas, "and", a
// legislator's party and state in brackets.
func inList(between string) bool {
	between = blankPartyStates(" " + between)
	for w := range strings.FieldsSeq(between) {
		if w = strings.Trim(w, ","); w != "" && w != "and" {
			return false
		}
	}
	return strings.TrimSpace(between) != ""
}

// sharedSurname is the full name of a given name that shares the surname
// of the person named after "and": "Kay" before " and Larry Day" is Kay
// Day. Both first names must be known given names.
func sharedSurname(given, after string) string {
	rest, ok := strings.CutPrefix(after, " and ")
	if !ok || !isGivenName(given) {
		return ""
	}
	f := strings.Fields(rest)
	if len(f) < 2 || !isGivenName(f[0]) {
		return ""
	}
	surname := strings.TrimRight(f[1], ",.;:")
	if !isCap(surname) || strings.HasSuffix(surname, "'s") || strings.HasSuffix(surname, "’s") || len(f) > 2 && isCap(f[2]) {
		return ""
	}
	return given + " " + surname
}

// introduceTitled introduces the people a headline names with a title
// or an honorific ("Remarks by President Trump in Briefing with DHS
// Secretary Kirstjen Nielsen"), as mentions before the body (paragraph
// -1). A headline's other capitalised words ("American Woman Wins") are
// no names.
func (c *cast) introduceTitled(headline string) {
	toks := tokenize(headline, 0)
	for _, r := range capRuns(toks) {
		np, ok := parseRun(r.words())
		if !ok || np.org || np.name == "" || np.title == "" && np.honorific == "" || !slices.ContainsFunc(r.words(), func(w string) bool { return offices.Has(w) || honorifics.Has(w) }) ||
			givenSex(strings.ToLower(strings.Fields(np.name)[0])) == 0 && slices.ContainsFunc(strings.Fields(np.name), func(w string) bool {
				lw := strings.ToLower(w)
				return demonym(w) || isRoleNoun(lw) || countWord(lw) || strings.HasSuffix(lw, "ly") && givenSex(lw) == 0
			}) {
			continue // ("First American Woman to Win", "Kenyan Police Officer Fatally Shoots Six Colleagues"; but "Secretary Peter Cook")
		}
		sp := c.findTitled(np)
		c.mentions = append(c.mentions, mention{sp: sp, para: -1, at: r.start()})
	}
}

// describedOpener is the person a sentence opens with a description of,
// "The" and what they are with more than a role ("The 31-year-old
// singer", "The former One Direction star"): the latest person who opened
// a sentence of this paragraph or the one before.
func (c *cast) describedOpener(sentence string, para int) *Speaker {
	if !strings.HasPrefix(sentence, "The ") {
		return nil // (most sentences: read without splitting their words)
	}
	f := strings.Fields(head(sentence, 80))
	if len(f) < 3 {
		return nil
	}
	k := -1
	for j := 1; j < min(len(f), 6) && k < 0; j++ {
		w := strings.TrimRight(f[j], ",")
		// (an office in capitals too, when no name follows it: "The
		// Liberian President, inaugurated a year ago, held meetings
		// with President Bush")
		office := offices.Has(w) && (w != f[j] || j+1 < len(f) && !isCap(f[j+1]))
		if (unicode.IsLower(firstRune(w)) || office) && w != "former" && isRoleNoun(strings.ToLower(w)) && !pluralPeople(strings.ToLower(w)) {
			k = j - 1
		}
	}
	if k < 1 || !characterised(strings.Join(f[1:k+2], " "), strings.TrimRight(f[k+1], ",")) {
		return nil
	}
	for i := len(c.mentions) - 1; i >= 0; i-- {
		m := c.mentions[i]
		if m.para >= para-1 && (m.opens || m.subject) && m.sp.Kind == Person {
			return m.sp
		}
		if m.para < para-1 {
			// further back, the person a sentence opened with, when no
			// one else has been named since: "Kanye West is sad …" / (a
			// paragraph naming no one) / "The 36-year-old star, who …"
			if m.opens && m.sp.Kind == Person && !slices.ContainsFunc(c.mentions[i+1:], func(o mention) bool { return o.sp != m.sp }) {
				return m.sp
			}
			if m.sp.Kind == Person {
				return nil
			}
		}
	}
	return nil
}

// opensSentence tells whether what stands before a name in its sentence
// leaves the name its subject: nothing, or a title, a place or a
// determiner ("The", "Toronto police chief", "Former").
func opensSentence(before string) bool {
	if b := strings.TrimSpace(before); strings.HasSuffix(b, ",") && strings.Count(b, ",") == 1 {
		// an opening phrase set off by a comma: "Refusing to give up
		// power, Mugabe agreed", "In 2008, Smith said"
		f := strings.Fields(b)
		return len(f) <= 8 && !slices.ContainsFunc(f, func(w string) bool { return isSpeechVerb(strings.ToLower(strings.Trim(w, ","))) })
	}
	f := strings.Fields(before)
	if len(f) >= 2 && len(f) <= 4 && strings.HasSuffix(f[0], "ing") && isCap(f[0]) && !slices.ContainsFunc(f[1:], func(w string) bool { return !timeWords.Has(strings.ToLower(w)) && !weekdays.Has(w) }) {
		return true // "Speaking this morning Jess, who …": a participle and when, its comma left out
	}
	if len(f) > 3 {
		return false
	}
	role := len(f) > 0 && isRoleNoun(strings.ToLower(f[len(f)-1]))
	for _, w := range f {
		lw := strings.ToLower(w)
		if strings.ContainsAny(w, ",;:") || !isCap(w) && !determiners.Has(lw) && !titleOpeners.Has(lw) && !isRoleNoun(lw) && !(role && adjectival(lw)) {
			return false
		}
	}
	return true
}

// adjectival tells a word in small letters shaped like an adjective that
// describes a role: "presidential" in "Democratic presidential candidate
// John Kerry", "economic" in "chief economic adviser".
func adjectival(w string) bool {
	for _, suf := range []string{"al", "ic", "ian", "ary", "ive", "ous"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// clauseOpener tells the words of a sentence before a name that end
// with a clause's conjunction after a comma: ", and", ", but", ", while".
func clauseOpener(before string) bool {
	i := strings.LastIndexAny(before, ",;")
	if i < 0 {
		return false
	}
	switch strings.TrimSpace(before[i+1:]) {
	case "and", "but", "while", "whereas", "although", "though":
		return true
	}
	return false
}

// endsList tells the words after a name that follows ", and" which make
// it the last of a list, not the subject of a clause: nothing, or a
// preposition or a relative word, after an appositive at most ("a joint
// press conference with Donald Tusk, President of the European Council,
// and Klaus Iohannis, President of Romania, during which he said"; but
// "…, and Mancini was happy").
func endsList(after string) bool {
	if rest, ok := strings.CutPrefix(after, ","); ok {
		if i := strings.IndexByte(rest, ','); i >= 0 && countFields(rest[:i]) <= 12 {
			after = rest[i+1:]
		}
	}
	f := firstWords(after, 1)
	if len(f) == 0 {
		return true
	}
	w := strings.ToLower(f[0])
	return openingPreps.Has(w) || relativeWords.Has(w) || !unicode.IsLetter(firstRune(w))
}

// pronounSubject tells the words of a sentence before a name that open
// with a personal pronoun as its subject: "She was given a chance to …".
func pronounSubject(before string) bool {
	f := strings.Fields(before)
	if len(f) < 2 {
		return false
	}
	switch strings.TrimRight(f[0], ",") { // ("He, however, hastened to add that it was Prime Minister Modi")
	case "He", "She", "They", "I", "We":
		return true
	}
	return false
}

// outsideStarts are the sentence starts of plain, p with its quotations
// blanked, and those of p that follow a quotation: one that ends its
// sentence ("… the “economy is strong and getting stronger.” Democratic
// presidential candidate John Kerry saw …") ends it in plain too.
func outsideStarts(plain, p string, spans []span) []int {
	starts := sentenceStarts(plain)
	if len(spans) == 0 {
		return starts
	}
	var more []int
	for _, st := range pieceStarts(p) {
		if _, found := slices.BinarySearch(starts, st); found || slices.ContainsFunc(spans, func(s span) bool { return st > s.open && st < s.close }) {
			continue
		}
		more = append(more, st)
	}
	if len(more) == 0 {
		return starts
	}
	out := append(slices.Clone(starts), more...)
	slices.Sort(out)
	return out
}

// blankSpans replaces each quotation of p with spaces, keeping offsets.
func blankSpans(p string, spans []span) string {
	b := []byte(p)
	for _, s := range spans {
		for i := s.open; i < s.close && i < len(b); i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// splitAtQuotes splits the runs of capitalised words that a quotation,
// blanked out, stood inside: "Bill “still loved to help,” Luke added"
// names two (but "Matthew J. “Matt” Lohr" one).
// singleQuoted tells a run of capitals that single marks enclose, as
// a title is set in copy that quotes in double marks ('Yeezus', ‘The
// Crown’): the name of a work, a programme or a nickname. A plural's
// possessive ("the Joneses' house") opens with no mark.
func singleQuoted(plain string, r capRun) bool {
	first, last := r.toks[0], r.toks[len(r.toks)-1]
	if !strings.HasSuffix(first.lead, "'") && !strings.HasSuffix(first.lead, "‘") {
		return false
	}
	w := strings.TrimRight(plain[last.start:last.end], ",.;:!?)")
	return strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’")
}

func splitAtQuotes(runs []capRun, spans []span, p string) []capRun {
	var out []capRun
	// spans in the order they open are searched from the first that opens
	// in the gap; others are read through
	sorted := slices.IsSortedFunc(spans, func(a, b span) int { return cmp.Compare(a.open, b.open) })
	between := func(a, b int) bool {
		from := 0
		if sorted {
			from = sort.Search(len(spans), func(i int) bool { return spans[i].open >= a })
		}
		for _, s := range spans[from:] {
			if sorted && s.open > b {
				break
			}
			if s.open >= a && s.close <= b && !nickname(p, s) {
				return true
			}
		}
		return false
	}
	for _, r := range runs {
		from := 0
		for k := 1; k < len(r.toks); k++ {
			if between(r.toks[k-1].end, r.toks[k].start) {
				out = append(out, capRun{toks: r.toks[from:k]})
				from = k
			}
		}
		out = append(out, capRun{toks: r.toks[from:], possessive: r.possessive})
	}
	return out
}

// nickname tells a quotation that is one capitalised word set inside a
// name: "Matthew J. “Matt” Lohr", "Nemat “Minouche” Shafik".
func nickname(p string, s span) bool {
	if s.start >= s.end || s.end > len(p) || s.open == 0 || s.close >= len(p) {
		return false
	}
	w := p[s.start:s.end]
	return !strings.ContainsAny(w, " ,.;:!?") && isCap(w) && p[s.open-1] == ' ' && p[s.close] == ' ' &&
		isCap(lastWord(strings.TrimSpace(p[:s.open]))) && isCap(strings.TrimSpace(p[s.close:]))
}

func prevWord(toks []token, at int) string {
	if i := tokenBefore(toks, at); i >= 0 && toks[i].tail == "" {
		return toks[i].core
	}
	return ""
}

// officeAtEnd is where an office starts in a capitalised phrase that
// ends with one, after a body's name ("Mudiad Meithrin Chief Executive"
// → 2), or 0.
func officeAtEnd(f []string) int {
	if len(f) < 2 || len(f) > 8 || slices.ContainsFunc(f, func(w string) bool { return !isCap(w) && !titleJoiners.Has(w) }) || !offices.Has(f[len(f)-1]) {
		return 0
	}
	k := len(f) - 1
	for k > 0 && offices.Has(f[k-1]) {
		k--
	}
	if !isCap(f[0]) || k == 1 && demonym(f[0]) {
		return 0 // "the European Commissioner", "European Commissioner": an office, no body's name before it
	}
	return k
}

// givenAlone tells a given name used alone as a sentence's subject, as
// features call family members: "Julie agrees.", "Jake, 27, started".
func givenAlone(toks []token, r capRun) bool {
	run := r.toks
	if len(run) == 2 && sentenceWords.Has(run[0].core) {
		run = run[1:] // "When Eli arrived"
	}
	if len(run) != 1 || r.possessive || givenSex(strings.ToLower(run[0].core)) == 0 || placeNames.Has(run[0].core) {
		return false
	}
	next := tokenAfter(toks, run[0].end)
	if next < 0 {
		return false
	}
	tail := strings.TrimLeft(run[0].tail, "*") // "When Eli* arrived": a name the story has changed, marked for its footnote
	if tail == "," {
		return isNumber(toks[next].core) || toks[next].core == "who" // "Jake, 27,", "Jess, who lives close by,"
	}
	w := toks[next].core
	return tail == "" && unicode.IsLower(firstRune(w)) && !stopBefore.Has(w) && !determiners.Has(w) && !auxiliaries.Has(w) &&
		!roleNouns.Has(w) && !orgRoleNouns.Has(w) // ("India skipper Virat Kohli": a country that is also a given name, and its captain)
}

// inDashes tells whether what stands before a name in its sentence
// leaves an aside set off by spaced dashes open.
func inDashes(before string) bool {
	n := 0
	for _, d := range spacedDashes {
		n += strings.Count(before, d)
	}
	return n%2 == 1
}

// spacedDashes set off an aside or a speaker's name with a space either
// side: a hyphen, an en dash or an em dash as copy types them.
var spacedDashes = []string{" - ", " – ", " — "}

// inOpeningPhrase tells a name at offset at of sentence s that lies in
// the phrase the sentence opens with, before its first comma, when that
// phrase opens with a preposition: "In response to a question from
// Nationals leader David Littleproud about …, Mr Albanese took aim".
func inOpeningPhrase(s string, at int) bool {
	f := firstWords(s, 1)
	if len(f) == 0 || !openingPreps.Has(strings.ToLower(f[0])) {
		return false // (but "When Aaron Brown decided to open a restaurant, he thought …": a clause, whose subject the sentence's may be)
	}
	c := strings.Index(s, ", ")
	return c > at
}

// openingPreps open a phrase, not a clause, before a sentence's subject.
var openingPreps = lazy.Words(`in on at during from via through by over despite amid with without under among following`)

// placePreps come before the name of a place or of a time, never of a
// person who speaks.
var placePreps = lazy.Words(`in from to near at during throughout across into towards toward outside inside`)

// tokenAfter is the index of the first token that starts at or after
// offset at, or -1.
func tokenAfter(toks []token, at int) int {
	if i := sort.Search(len(toks), func(i int) bool { return toks[i].start >= at }); i < len(toks) {
		return i
	}
	return -1
}

// tokenBefore is the index of the last token that ends at or before at,
// or -1.
func tokenBefore(toks []token, at int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].end > at }) - 1
}

// quotingVerbs say that one quoted another: no part of a title.
var quotingVerbs = lazy.Words(`quoted quotes quoting cited cites citing reported reports`)

// titleBefore takes a lower-case description right before a name:
// "terrorism expert Greg Barton" → "terrorism expert". It stops at a
// function word or a verb and must end with a noun of a role.
func titleBefore(toks []token, at int) string {
	var t []string
	for i := tokenBefore(toks, at); i >= 0 && len(t) < 4; i-- {
		tk := toks[i]
		w := tk.core
		if tk.tail != "" || w == "" || stopBefore.Has(w) || isSpeechVerb(w) || quotingVerbs.Has(w) || strings.HasSuffix(w, "ly") {
			break // (and "the newspaper quoted union leader Tom Reed")
		}
		if !unicode.IsLower(firstRune(w)) {
			// "Police chief", "UCL astronomer", "Human Rights Watch
			// researcher": the capitalised words before a role name the
			// body the person works for
			for j := i; len(t) > 0 && j >= 0 && i-j < 6; j-- {
				c := toks[j]
				if titleJoiners.Has(c.core) && j > 0 && j < i && isCap(toks[j-1].core) && c.tail == "" {
					t = append([]string{c.core}, t...) // "Center for Biological Diversity scientist"
					continue
				}
				if !isCap(c.core) || sentenceWords.Has(c.core) || isSpeechVerb(strings.ToLower(c.core)) || j < i && (c.tail != "" || c.possessive) {
					break // ("Remarked … scientist Tierra Curry")
				}
				t = append([]string{c.core}, t...)
			}
			break
		}
		t = append([]string{w}, t...)
	}
	if len(t) == 0 {
		return ""
	}
	if last := t[len(t)-1]; !isRoleNoun(strings.ToLower(last)) && !honorifics.Has(capitalised(last)) && !offices.Has(capitalised(last)) {
		// a role, or a rank or an office in lower case: "archbishop Jorge
		// Scheinig"; or a role of a body, in small letters before the
		// name: "speaker of the parliament Ali Larijani"
		return roleOfBody(toks, at, t)
	}
	if of := roleOfBody(toks, at, t); of != "" {
		return of // the role of a group of people: "chair of the judges Daisy Goodwin"
	}
	return strings.Join(t, " ")
}

// firstTitle is the first of two titles joined by "and" before a name,
// title being the second, which titleBefore gives: "PTI chairman and
// former prime minister Imran Khan" → "PTI chairman"; or "".
func firstTitle(toks []token, at int, title string) string {
	i := tokenBefore(toks, at) - countFields(title)
	if title == "" || i < 1 || toks[i].core != "and" || toks[i].tail != "" || toks[i-1].tail != "" || !isRoleNoun(strings.ToLower(toks[i-1].core)) {
		return ""
	}
	return titleBefore(toks[:i], toks[i].start)
}

// counterpartTitle reads the office of a counterpart named at offset at:
// "Turkish Foreign Minister Mevlut Cavusoglu met his Armenian counterpart
// Ararat Mirzoyan" makes Mirzoyan the Armenian Foreign Minister. The
// office is the one the person the sentence is about holds, named in
// this paragraph, with the counterpart's nation in place of theirs.
func (c *cast) counterpartTitle(toks []token, at, para int) string {
	i := tokenBefore(toks, at)
	if i < 1 || toks[i].core != "counterpart" || toks[i].tail != "" {
		return ""
	}
	var nation []string
	for k := i - 1; k >= 0 && k >= i-2 && toks[k].tail == "" && nationAdjective(toks[k].core); k-- {
		nation = append([]string{toks[k].core}, nation...)
	}
	if len(nation) == 0 {
		return ""
	}
	for k := len(c.mentions) - 1; k >= 0 && c.mentions[k].para == para; k-- {
		m := c.mentions[k]
		if !m.subject || m.sp.Title == "" {
			continue
		}
		office := slices.DeleteFunc(strings.Fields(m.sp.Title), nationAdjective)
		if len(office) == 0 || !offices.Has(office[len(office)-1]) {
			return ""
		}
		return strings.Join(append(nation, office...), " ")
	}
	return ""
}

// roleOfBody reads "ROLE of (the) BODY" or "ROLE for FIELD" in small
// letters right before a name whose last words, t, name the body or the
// field: "speaker of the parliament", "head of the agency", "minister
// for mines and minerals development"; or "".
func roleOfBody(toks []token, at int, t []string) string {
	i := tokenBefore(toks, at) - len(t) // the word before t
	if i >= 0 && toks[i].core == "the" && toks[i].tail == "" {
		i--
	}
	if i >= 2 && toks[i].core == "and" && toks[i].tail == "" && toks[i-1].tail == "" && unicode.IsLower(firstRune(toks[i-1].core)) && !stopBefore.Has(toks[i-1].core) && toks[i-2].core == "for" {
		i -= 2 // "for mines and minerals development": a field of two parts
	}
	if i < 1 || toks[i].core != "of" && toks[i].core != "for" || toks[i].tail != "" || toks[i-1].tail != "" || !roleNouns.Has(strings.ToLower(toks[i-1].core)) {
		return ""
	}
	if !unicode.IsLower(firstRune(toks[i-1].core)) {
		// (capitalised only as the sentence's first word: "Director of
		// fisheries management Stuart Anderson says")
		if i >= 2 && !strings.ContainsAny(toks[i-2].tail, ".!?") {
			return ""
		}
		return strings.Join(coresOf(toks[i-1:tokenBefore(toks, at)+1]), " ")
	}
	// and what qualifies the role before it, in small letters, then the
	// body in capitals: "NCA regional head of investigations"
	from := i - 1
	for k := from - 1; k >= 0 && from-k <= 2 && toks[k].tail == "" && unicode.IsLower(firstRune(toks[k].core)) && roleQualifiers.Has(toks[k].core); k-- {
		from = k
	}
	for k := from - 1; k >= 0 && from-k <= 3 && toks[k].tail == "" && !toks[k].possessive && isCap(toks[k].core) && !sentenceWords.Has(toks[k].core) && !isSpeechVerb(strings.ToLower(toks[k].core)); k-- {
		from = k
	}
	return strings.Join(coresOf(toks[from:tokenBefore(toks, at)+1]), " ")
}

// coresOf is the words of toks, without their punctuation.
func coresOf(toks []token) []string {
	out := make([]string, len(toks))
	for i, tk := range toks {
		out[i] = tk.core
	}
	return out
}

// roleQualifiers say which of a body's people with one role someone is:
// "regional head of investigations", "deputy head of the agency".
var roleQualifiers = lazy.Words(`regional national local deputy acting assistant associate interim senior chief joint executive former`)

// RoleNoun tells a noun, singular or plural and in small letters, of the
// roles and offices people hold that the reader knows by name:
// "prosecutors", "senator", "ministers". It guesses nothing from a word's
// ending, as isRoleNoun does.
func RoleNoun(w string) bool {
	return roleNouns.Has(w) || strings.HasSuffix(w, "s") && roleNouns.Has(strings.TrimSuffix(w, "s"))
}

// isRoleNoun tells a noun that names what someone does: one of
// roleNouns, or a noun of agent by its ending ("astronomer", "director",
// "economist", "historian", "consultant", "spokesperson").
func isRoleNoun(w string) bool {
	if a, b, ok := strings.Cut(w, "/"); ok && a != "" && b != "" {
		return isRoleNoun(strings.ToLower(a)) && isRoleNoun(strings.ToLower(b)) // "president/CEO", "writer/director"
	}
	if head, _, ok := strings.Cut(w, "-in-"); ok && head != "" {
		return isRoleNoun(head) // "commander-in-chief", "editor-in-chief": the role is the head's
	}
	if roleNouns.Has(w) || strings.HasSuffix(w, "s") && roleNouns.Has(strings.TrimSuffix(w, "s")) || w == "children" || w == "people" || w == "men" || w == "women" ||
		w == "local" || w == "locals" || w == "native" || w == "natives" || w == "national" || w == "nationals" { // ("an Indigenous local from Paraguay", "the Chicago native", "St. Kitts and Nevis national Donya Francis"; but not a title's word: "Local Government Commission")
		return true
	}
	if len(w) < 5 {
		return false
	}
	w = strings.TrimSuffix(w, "s") // "protesters"
	if strings.HasSuffix(w, "ment") || notRoleNouns.Has(w) {
		return false // "commitment", "comment", "government", "earlier", "number": no one
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// tradeWord tells a word for what someone does by its ending, one no
// list names ("Forecaster", "Meteorologist"), though not a word that is
// also a given name ("Tyler"), a nation's ("Egyptian") or an honorific
// ("Monsenor").
func tradeWord(w string) bool {
	lc := strings.ToLower(w)
	return (strings.HasSuffix(lc, "er") || strings.HasSuffix(lc, "ist")) && isRoleNoun(lc) && givenSex(lc) == 0
}

// notRoleNouns end as the words for people do, and are none: "A day
// earlier, Sir Keir's bill …", "In the latest twist, …".
var notRoleNouns = lazy.Words(`twist exist insist persist resist assist consist wrist heist moist checklist playlist
shortlist waitlist blacklist earlier later other another never however together rather further whether either
neither whatever summer winter number water center centre border quarter order matter letter paper power
corner river weather error sector factor interior exterior motor labor labour favor favour honor honour
colour color floor door chapter register monitor corridor remember consider wonder deliver discover answer offer suffer
gather enter cover recover render surrender under after ever whenever wherever forever altogether thereafter
hereafter inner outer upper lower latter proper clever bitter tender silver cancer dinner shelter danger anger hunger
finger manner mirror terror horror disaster filter shower tower flower fever liver thunder powder shoulder
remainder encounter counter frontier barrier higher bigger smaller larger greater fewer newer older younger faster
slower stronger weaker longer shorter harder easier better lesser wider deeper closer`)

var stopBefore = lazy.Words(`to by with the a an and of says said that from for as in on at told
than but or while when after before since until because although though whereas about including like said: says: is was were are be been
his her their its our my your this these those who whom which one two three`)

// pageKinds name what a transcript's page is, before whom it is of or
// with: "Transcript of the Prime Minister", "Interview with the Premier".
var pageKinds = lazy.Words(`transcript interview doorstop speech address`)

// pageSubject is whom a page's title says the page is of or with, the
// words after its kind and "the", written as titles are: "TRANSCRIPT OF
// THE PRIME MINISTER" → Prime Minister. ok is false when f opens with no
// page's kind (or, when statements is set, a statement's noun).
func pageSubject(f []string, statements bool) (subject []string, ok bool) {
	if len(f) <= 3 || !strings.EqualFold(f[2], "the") {
		return nil, false
	}
	if kind := strings.ToLower(f[0]); !pageKinds.Has(kind) && !(statements && statementNouns.Has(kind)) {
		return nil, false
	}
	subject = f[3:]
	if t := strings.Join(subject, " "); strings.ToUpper(t) == t {
		subject = strings.Fields(labelName(t))
	}
	return subject, true
}

// appositiveBefore reads a title set before a name between commas: "The
// regional governor, Ana Lima, said" → "regional governor"; list tells one
// that counts the names after it: "the two founding members of Bang
// Camaro, Alex Necochea and Bryn Bennett".
func appositiveBefore(before string) (title string, list bool) {
	if title, list = appositiveTitle(before); title == "" || list {
		return title, list
	}
	for _, own := range []string{" and his ", " and her ", " and their "} {
		if i := strings.LastIndex(title, own); i >= 0 {
			return title[i+len(" and "):], false // "Tom Henderson and his wife, Julie": she is his wife
		}
	}
	b := tail(strings.TrimSuffix(strings.TrimSpace(before), ","), window) // (read within a window: linear in a long paragraph)
	if i := strings.LastIndex(b, title); i > 0 {
		if portfolio := portfolioBefore(b[:i]); portfolio != "" && isCap(title) {
			// "The Minister for Agriculture, Food and the Marine, Michael
			// Creed": a portfolio of several parts, the last after a comma
			return portfolio + ", " + title, false
		}
		if office := officeBefore(b[:i]); office != "" {
			// "the Tánaiste, Minister for Foreign Affairs and Minister
			// for Defence, Micheál Martin": every office set off before
			// the name is his
			return office + ", " + strings.TrimSpace(b[i:]), false
		}
	}
	return title, list
}

// commaPhraseBefore is the words of the phrase that ends s with a comma,
// from the clause's start or after a determiner: "Marking the day, the
// Tánaiste," → [Tánaiste]; nil when s does not end with a comma.
func commaPhraseBefore(s string) []string {
	s, ok := strings.CutSuffix(strings.TrimSpace(s), ",")
	if !ok {
		return nil
	}
	if i := max(strings.LastIndexAny(s, ",;:“”\""), lastFullStop(s)); i >= 0 {
		s = s[i+1:]
	}
	f := strings.Fields(s)
	if len(f) > 0 && determiners.Has(strings.ToLower(f[0])) {
		f = f[1:]
	}
	return f
}

// rolePhrase tells the words of a phrase, ten at most, that opens with a
// role or an office (after the capitalised name of a body, if any) and
// says after a preposition where it is held: "speaker of the U.S. House
// of Representatives", "European Commission Vice-President for Values
// and Transparency" (not "Taoiseach is accompanied by …", a clause).
func rolePhrase(f []string) bool {
	if len(f) > 12 {
		return false
	}
	role := func(w string) bool { return isRoleNoun(strings.ToLower(w)) || offices.Has(w) || hyphenedOffice(w) }
	for k := 0; k+1 < len(f) && k < 4; k++ {
		if role(f[k]) && !(roleQualifiers.Has(f[k]) && role(f[k+1])) {
			return slices.Contains([]string{"of", "for", "at", "to", "in", "with", "on", "from"}, f[k+1])
		}
		if !isCap(f[k]) && !roleQualifiers.Has(f[k]) {
			return false
		}
	}
	return false
}

// namedAs is the role in the words that end before: "a" or "an", the
// role and "named", as copy introduces someone by what they do ("A
// businessman named" → "businessman"; not "a man named", no role).
func namedAs(before string) string {
	b, ok := strings.CutSuffix(strings.TrimRight(before, " "), " named")
	if !ok {
		return ""
	}
	f := strings.Fields(tail(b, 80))
	for k := len(f) - 1; k >= 0 && k >= len(f)-4; k-- {
		if w := strings.ToLower(f[k]); w != "a" && w != "an" {
			continue
		}
		role := strings.Join(f[k+1:], " ")
		head := strings.ToLower(lastWord(role))
		if role == "" || !isRoleNoun(head) || kinNouns.Has(head) || strings.ContainsAny(role, ",;:") {
			return ""
		}
		return role
	}
	return ""
}

// lastFullStop is where the last full stop of s that ends a sentence
// is, before a space, or -1: the stop of an abbreviation ("the U.S.
// House of Representatives") ends none.
func lastFullStop(s string) int {
	for i := strings.LastIndex(s, ". "); i >= 0; i = strings.LastIndex(s[:i], ". ") {
		if !isAbbrev(lastWord(s[:i+1])) {
			return i
		}
	}
	return -1
}

// portfolioBefore is an office and the first part of its portfolio,
// after a determiner or a clause's start, that ends s with a comma: "The
// Minister for Agriculture," → "Minister for Agriculture"; or "".
func portfolioBefore(s string) string {
	f := commaPhraseBefore(s)
	if len(f) < 3 || len(f) > 6 || !offices.Has(f[0]) || f[1] != "for" && f[1] != "of" || slices.ContainsFunc(f[2:], func(w string) bool { return !isCap(w) && !titleJoiners.Has(w) }) {
		return ""
	}
	return strings.Join(f, " ")
}

// officeBefore is an office of capitalised words, after a determiner or
// a clause's start, that ends s with a comma: "Marking the day, the
// Tánaiste," → "Tánaiste", "Acting Prime Minister of Australia," (with
// the nation it is held for); or "".
func officeBefore(s string) string {
	f := commaPhraseBefore(s)
	office := f
	if i := slices.Index(f, "of"); i > 0 && offices.Has(f[i-1]) && len(f)-i-1 >= 1 && len(f)-i-1 <= 2 {
		office = f[:i]
	}
	if len(office) == 0 || len(office) > 3 || !offices.Has(office[len(office)-1]) || slices.ContainsFunc(f, func(w string) bool { return !isCap(w) && w != "of" }) {
		return ""
	}
	return strings.Join(f, " ")
}

// appositiveTitle is appositiveBefore's title set off right before the
// name, read alone.
func appositiveTitle(before string) (title string, list bool) {
	b := strings.TrimSpace(before)
	if !strings.HasSuffix(b, ",") {
		return "", false
	}
	b = strings.TrimSuffix(b, ",")
	if i := strings.LastIndex(b, " ("); i > 0 && strings.HasSuffix(b, ")") && !strings.ContainsAny(b[i+2:len(b)-1], "()") && (isAcronym(b[i+2:len(b)-1]) || countFields(b[i:]) >= 3 && countFields(b[i:]) <= 12) {
		// "The Minister for the Office of Public Works (OPW),", "The
		// general secretary of the RMT union (National Union of Rail,
		// Maritime and Transport Workers),": the body spelled out (but
		// not a state after a name in a list: "Vicky Hartzler (Mo.),")
		b = b[:i]
	}
	if t := officeField(b); t != "" {
		return t, false
	}
	if i := max(strings.LastIndexAny(b, ",;:“”\""), lastFullStop(b)); i >= 0 {
		b = b[i+1:] // the phrase after the last clause or sentence break ("the U.N.'s commissioner" is one)
	}
	f := strings.Fields(b)
	if len(f) > 1 && strings.EqualFold(f[0], "according") && f[1] == "to" {
		f = f[2:] // "According to a representative of GSP, Lulu Tabanesku"
	}
	if k := slices.Index(f, "is"); k > 0 && k+2 < len(f) && strings.ToLower(f[k+1]) == "the" && isCap(f[len(f)-1]) {
		f = f[k+1:] // "Joining me now is the Trade Minister, Steve Ciobo": whom the host introduces
	}
	if len(f) > 0 && (strings.HasSuffix(strings.ToLower(f[0]), "ing") || openingPreps.Has(strings.ToLower(f[0]))) {
		return "", false // "Refusing to give up power," says what the person did, "On his blog and on Twitter," where
	}
	if len(f) > 0 && isSpeechVerb(strings.ToLower(f[0])) {
		f = f[1:] // "…,” said his father, Abdullah Kurdi"
	}
	if k := slices.IndexFunc(f, quotingVerbs.Has); k > 0 && k < len(f)-1 {
		f = f[k+1:] // "An E-Channel post quotes one participant, Hayk Balanyan": whom it quotes
		if len(f) > 1 && f[0] == "one" && f[1] != "of" {
			f = f[1:]
		}
	}
	if len(f) > 2 && strings.EqualFold(f[0], "one") && f[1] == "of" {
		f, list = f[2:], true // "One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior": one of them
	}
	if len(f) > 0 && determiners.Has(strings.ToLower(f[0])) {
		f = f[1:]
	}
	if len(f) > 1 && strings.HasSuffix(strings.ToLower(f[0]), "-year-old") {
		f = f[1:] // "Seventy-year-old former fisherman, Zeynesh Zhumagaliev": an age is no part of what the person is
	}
	if slices.ContainsFunc(f, adjectiveCompound) {
		// "coordinator for British-based Plan International": the
		// writer's word before the body, no part of the role
		var kept []string
		for k, w := range f {
			if k == 0 || k == len(f)-1 || !adjectiveCompound(w) || !isCap(f[k+1]) {
				kept = append(kept, w)
			}
		}
		f = kept
	}
	if len(f) > 6 && !rolePhrase(f) {
		// (but not a role's own long phrase: "The speaker of the U.S.
		// House of Representatives,")
		// "… journeyed to the Bowery Ballroom to talk to the two founding
		// members of Bang Camaro,", "approved proposals by the Tánaiste
		// and Minister for Justice and Equality,": the phrase after a
		// "the" near its end
		n := min(len(f), 9)
		if i := slices.Index(f[len(f)-7:], "the"); i >= 0 {
			f = f[len(f)-7+i+1:]
		} else if i := slices.Index(f[len(f)-n:], "the"); i >= 0 && isCap(f[len(f)-n+i+1]) {
			f = f[len(f)-n+i+1:] // (further back only for an office in capitals)
		}
	}
	if len(f) > 1 && (countWord(strings.ToLower(f[0])) || f[0] == "both") {
		f, list = f[1:], true // "the two founding members of Bang Camaro, Alex Necochea and Bryn Bennett"
	}
	for len(f) > 0 && sentenceWords.Has(f[0]) {
		f = f[1:]
	}
	if len(f) > 2 && (auxiliaries.Has(f[0]) || f[0] == "what") {
		// "Here is what the governor, Ann Lee, had to say:": the role
		// after the words that open the sentence
		for len(f) > 1 && (auxiliaries.Has(f[0]) || f[0] == "what") {
			f = f[1:]
		}
		if determiners.Has(strings.ToLower(f[0])) {
			f = f[1:]
		}
	}
	// "NOAA administrator", "the regional governor", "the judge
	// presiding over the case": a short phrase ending in a role, or
	// starting with one; of two roles joined by "and", the first
	// ("Liberal Leader and former Environment Minister under …")
	if i := slices.Index(f, "and"); len(f) > 6 && i > 0 && slices.ContainsFunc(f[i+1:], func(w string) bool { return offices.Has(w) || isRoleNoun(strings.ToLower(w)) }) {
		f = f[:i] // (not a portfolio's parts: "Minister for International Development and the Pacific")
	}
	if office, ok := pageSubject(f, true); ok {
		f = office // "TRANSCRIPT OF THE PRIME MINISTER, THE HON P J KEATING MP": what the page is, then the office
	}
	if postedTo(f) {
		return strings.Join(f, " "), list // "The U.S. Consul General to Ho Chi Minh City, Seth D. Winnick"
	}
	if len(f) == 0 || len(f) > 6 && !rolePhrase(f) {
		return "", false
	}
	if isRoleNoun(strings.ToLower(headNoun(strings.Join(f, " ")))) || roleNouns.Has(strings.ToLower(f[0])) {
		return strings.Join(f, " "), list
	}
	// "the Royal College of Nursing's general secretary": the role after
	// the body's possessive
	for _, w := range f[:len(f)-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			if isRoleNoun(strings.ToLower(f[len(f)-1])) {
				return strings.Join(f, " "), list
			}
			break
		}
	}
	// "Department of Conservation Incident Controller": a body named
	// with "of", in capitals, then the role it gives
	if len(f) >= 4 && orgNouns.Has(f[0]) && f[1] == "of" && isRoleNoun(strings.ToLower(f[len(f)-1])) &&
		!slices.ContainsFunc(f[2:], func(w string) bool { return !isCap(w) && !titleJoiners.Has(w) }) {
		return strings.Join(f, " "), list
	}
	return "", false
}

// postedTo tells an office in capitals and the place or body it is held
// for, of up to ten words: "U.S. Consul General to Ho Chi Minh City",
// "Special Envoy for the Horn of Africa". The office is up to four words
// ending in an office's word; what follows "to", "for" or "in" is in
// capitals.
func postedTo(f []string) bool {
	k := slices.IndexFunc(f, func(w string) bool { return w == "to" || w == "for" || w == "in" })
	if k < 1 || k > 4 || k+1 >= len(f) || len(f) > 10 || !offices.Has(f[k-1]) && !honorifics.Has(f[k-1]) && !roleNouns.Has(strings.ToLower(f[k-1])) {
		return false
	}
	return !slices.ContainsFunc(f[:k], func(w string) bool { return !isCap(w) }) &&
		!slices.ContainsFunc(f[k+1:], func(w string) bool { return !isCap(w) && !titleJoiners.Has(w) })
}

// officeField reads an office and a field of several parts at the end of
// b, the words before a name's comma: "Minister for Housing, Local
// Government and Heritage", "Secretary of State for Health and Social
// Care", and the body it is held at: "Deputy Head of Fraud at the Crown
// Prosecution Service". It reads back over capitalised words, commas,
// "and" and "at" to an office and its "for" or "of".
func officeField(b string) string {
	f := lastFields(b, 18) // (the most the office and the words before it are read back)
	for k := len(f) - 1; k > 0 && len(f)-k <= 12; k-- {
		w := f[k]
		switch {
		case k < len(f)-1 && strings.HasSuffix(w, ".") && !isAbbrev(w):
			return "" // the sentence before
		case w == "for" || w == "of":
			at := k - 1
			if w == "for" && f[at] == "responsible" && at > 0 && (offices.Has(f[at-1]) || hyphenedOffice(f[at-1])) {
				at-- // "Executive Vice-President responsible for the European Green Deal"
			}
			if o := f[at]; offices.Has(o) || at < k-1 {
				j := at // and the words of the office before it: "Deputy Prime Minister of Australia"
				for j > 0 && k-j < 5 && isCap(f[j-1]) && !determiners.Has(strings.ToLower(f[j-1])) && !strings.ContainsAny(f[j-1], ",.;:") {
					j--
				}
				if j > 0 && f[j-1] == "and" {
					return "" // the second of two roles: the first is read as any appositive is
				}
				return strings.Join(f[j:], " ")
			}
		case w == "the" && (f[k-1] == "of" || f[k-1] == "for" || f[k-1] == "at"):
		case !isCap(strings.TrimSuffix(w, ",")) && w != "and" && w != "&" && w != "at":
			return ""
		}
	}
	return ""
}

// relativeWords open a relative clause after a name.
var relativeWords = lazy.Words(`who whom whose which`)

// whoIsA is where a relative clause that only says what someone is
// says it, after "who's" or "who is" and an article ("who’s a
// technology columnist for …"), or 0.
func whoIsA(f []string) int {
	k := 0
	switch {
	case len(f) > 2 && (f[0] == "who's" || f[0] == "who’s"):
		k = 1
	case len(f) > 3 && f[0] == "who" && f[1] == "is":
		k = 2
	default:
		return 0
	}
	if a := f[k]; (a == "a" || a == "an" || a == "the") && isRoleNoun(strings.ToLower(headNoun(strings.Join(f[k:], " ")))) {
		return k + 1
	}
	return 0
}

// verbAfterOffice is where a verb in the past tense follows an office in
// capitals, its joiners in small letters ("European Commissioner for the
// Environment presented the awards": 5), an appositive no comma closed
// before the sentence goes on; or 0.
func verbAfterOffice(f []string) int {
	start := 0
	if len(f) > 0 && f[0] == "the" {
		start = 1
	}
	n := capitalisedRun(f[start:])
	k := start + n
	if n == 0 || k >= len(f) || slices.ContainsFunc(f[start:k], func(w string) bool { return strings.ContainsAny(w, ",;:") }) {
		return 0
	}
	if w := f[k]; len(w) > 4 && strings.HasSuffix(w, "ed") && !isRoleNoun(w) {
		return k
	}
	return 0
}

// capitalisedRun is how many words open f that are capitalised but for
// the words that join them ("Heritage and the Gaeltacht", "Department of
// Agriculture", "European Commissioner for the Environment"), up to the
// first word that is neither or has a bracket, not ending on a joiner;
// or 0. After an office and a comma, they go on with its portfolio.
func capitalisedRun(f []string) int {
	k := 0
	for k < len(f) && (isCap(f[k]) || k > 0 && titleJoiners.Has(f[k])) && !strings.ContainsAny(f[k], "()") {
		k++
	}
	for k > 0 && titleJoiners.Has(f[k-1]) {
		k--
	}
	return k
}

// shortOffices are offices written short before a name, as honorifics
// are: "Gov. Jack Dalrymple", "Sen. Jane Doe".
var shortOffices = lazy.Words(`Gov. Sen. Rep. Gov Sen Rep`)

// goesOnAsSentence tells the words after a name and a comma that open
// as a description ("the …") but go on as the writer's sentence, a verb
// in the past tense and no role, office or kin among them: "the love for
// making tasty food started much earlier".
func goesOnAsSentence(f []string) bool {
	if len(f) <= 5 || f[0] != "a" && f[0] != "an" && f[0] != "the" {
		return false
	}
	role := slices.ContainsFunc(f, func(w string) bool {
		w = strings.Trim(w, ",.;:")
		return isRoleNoun(strings.ToLower(w)) || offices.Has(w) || kinNouns.Has(strings.ToLower(w))
	})
	return !role && slices.ContainsFunc(f[2:], func(w string) bool {
		w = strings.Trim(w, ",.;:")
		return len(w) > 4 && strings.HasSuffix(w, "ed") && unicode.IsLower(firstRune(w))
	})
}

// afterName reads what follows a name: an appositive title and
// affiliation (", a professor of history at King's College London,", or
// with its commas left out: " an Army musician with the 198th Army
// Band"), a unit (", 319th Medical Group,"), an age (", 45,"), a relative
// clause kept as a note (", who led the inquiry,"), an affiliation
// straight after it ("of the Wilson Center", "with WHO"), or what a
// sentence says the person is (" is director of the program at …").
func afterName(rest string) (title, aff, note string) {
	street := false // the segment before named a street: the next names its district
	office := false // the segment before was an office: the next may go on with its portfolio
	for n := 0; n < 3; n++ {
		switch {
		case hasAnyPrefix(rest, ", is ", ", was "):
			rest = rest[1:] // the comma that closed an aside, then what the person is: "Allan Goodman, Ph.D., is the president of IIE"
			continue
		case strings.HasPrefix(rest, ", "):
			seg, tail := clause(rest[2:])
			seg, tail = untilSpeechVerb(seg, tail)
			if strings.HasPrefix(strings.TrimLeft(tail, " "), "?") || strings.HasPrefix(strings.TrimLeft(tail, " "), "!") {
				return // "… here on the Border, Prime Minister?": whom the question is put to, not what the Border is
			}
			f := strings.Fields(seg)
			if len(f) > 2 && (f[0] == "now" || f[0] == "currently") && (f[1] == "a" || f[1] == "an" || f[1] == "the") {
				seg, f = strings.Join(f[1:], " "), f[1:] // ", now a Labour MSP,": what the person is now
			}
			wasStreet, wasOffice := street, office
			street = len(f) > 1 && streetNouns.Has(strings.Trim(f[len(f)-1], ",."))
			office = false
			switch {
			case wasOffice && len(f) > 0 && capitalisedRun(f) > 0 && !namesPerson(seg) && !(plainName(f) && !slices.ContainsFunc(f, titleJoiners.Has)) && !offices.Has(f[0]):
				// "Minister for Arts, Heritage and the Gaeltacht", "Minister
				// of State, Department of Agriculture, Food and the Marine":
				// the office's portfolio or department, set off in parts
				k := capitalisedRun(f)
				aff = strings.TrimPrefix(aff+", "+strings.Join(f[:k], " "), ", ")
				if k < len(f) {
					return // the sentence goes on: "… and the Gaeltacht today briefed"
				}
				office = true
				rest = tail
				n-- // (a part of the portfolio is no segment of its own)
				continue
			case len(f) == 0:
				return
			case wasStreet && len(f) <= 3 && !slices.ContainsFunc(f, func(w string) bool { return !isCap(w) }):
				rest = tail // "of David Drive, Harold Park,": where the person lives
				continue
			case len(f) == 1 && (isNumber(f[0]) || isPartyState(f[0]) || postNominals.Has(f[0])) || positional(f):
				rest = tail // an age, a legislator's party and state, a degree (", Ph.D.,"), or where a photo shows the person (", center,")
				continue
			case len(f) > 1 && (f[0] == "of" || f[0] == "from" || f[0] == "at" || f[0] == "with") && isCap(f[len(f)-1]):
				// ", of the Society for Acute Medicine," (not ", of Wyatt
				// Close, Wargrave,": where the person lives)
				if aff == "" && !streetNouns.Has(strings.Trim(f[len(f)-1], ",.")) {
					aff = orgAfter(strings.Join(f[1:], " "))
				}
				rest = tail
				continue
			case title == "" && whoIsA(f) > 0:
				// ", who’s a technology columnist for the Washington
				// Post": what the person is, said as a clause
				title, aff = splitAffiliation(strings.Join(f[whoIsA(f):], " "))
				rest = tail
				continue
			case f[0] == "who" || f[0] == "which" || f[0] == "whose":
				if note == "" {
					note = seg
				}
				return
			case isSpeechVerb(f[0]) || f[0] == "and" || f[0] == "but" || f[0] == "or" || len(f) > 16 && !(f[0] == "a" || f[0] == "an" || f[0] == "the") || len(f) > 30:
				// a long appositive is read only when it opens like one:
				// ", an independent candidate in the 2021 New York City
				// mayoral election set to take place …"
				return
			case f[0] == "one" && len(f) > 2 && f[1] == "of" && isRoleNoun(strings.ToLower(headNoun(strings.Join(f[2:], " ")))):
				// "one of the selected teachers"
				if title == "" {
					title = seg
				}
				rest = tail
				continue
			case title == "" && officeAtEnd(f) > 0:
				// ", Mudiad Meithrin Chief Executive added:": a body's
				// name, then the office in it
				k := officeAtEnd(f)
				title, aff = strings.Join(f[k:], " "), strings.Join(f[:k], " ")
				rest = tail
				continue
			case circumstance.Has(f[0]):
				return // ", in a newsletter from the Gemini Observatory web page": where or when the person said it, not what the person is
			case namesPerson(seg):
				return // the next person of a list: ", Special Envoy Angelina Jolie Pitt and …"
			case finite(f):
				return // "According to Yett, the goal for the shut down was to …": a clause, not what Yett is
			case pluralHead(seg):
				return // "In a letter to Mr Rudd, the environment groups warned": more than one, so not what the person is
			case goesOnAsSentence(f):
				return // "But for Amarys Herndon, the love for making tasty food started much earlier": the sentence goes on, no one's role in it
			case len(f) >= 3 && (f[0] == "a" || f[0] == "an") && f[1] == "native" && f[2] == "of",
				len(f) == 3 && (f[0] == "a" || f[0] == "an") && f[1] == "ethnic" && isCap(f[2]):
				rest = tail // ", a native of Las Cruces, N.M.,", ", an ethnic Karen,": where the person is from, not what they are
				continue
			case f[0] == "a" || f[0] == "an" || f[0] == "the" || roleNouns.Has(strings.ToLower(f[0])) || offices.Has(f[0]) || isRoleNoun(strings.ToLower(headNoun(seg))):
				if k := verbAfterOffice(f); k > 0 {
					seg = strings.Join(f[:k], " ") // "European Commissioner for the Environment presented the awards": the office, not what its holder did
				}
				if t, o := ownedRole(strings.TrimPrefix(seg, "the ")); t != "" && len(f) > 16 {
					seg = "the " + o + "'s " + t // "the Democratic Republic of Congo's government spokesperson on Monday took to …"
				} else if len(f) > 16 {
					seg = headPhrase(seg) // what the person is, not all the writer says of it
				}
				if title == "" {
					title, aff = splitAffiliation(beforeOrigin(seg))
					office = offices.Has(headNoun(seg)) && isCap(f[0])
				}
				rest = tail
				continue
			case aff == "" && unitName(f):
				// "Senior Airman Chavis Wright, 319th Communications
				// Squadron,": the body the person serves in
				aff = seg
				rest = tail
				continue
			}
			return
		case hasAnyPrefix(rest, " a ", " an "):
			// an appositive the writer set off with no comma: "said Spc.
			// William Dubois an Army musician with the 198th Army Band"
			seg, _ := clause(rest[1:])
			seg, _ = untilSpeechVerb(seg, "")
			if i := strings.Index(seg, " who "); i > 0 {
				seg = seg[:i]
			}
			if h := headNoun(seg); title == "" && (isRoleNoun(strings.ToLower(h)) || offices.Has(h)) && countFields(seg) <= 12 {
				title, aff = splitAffiliation(seg)
			}
			return
		case hasAnyPrefix(rest, " is ", " was ", " who is ", " who was "):
			// a sentence that says what the person is: "Kay Westerfield
			// is director of the international business communication
			// program at the University of Oregon."; or a clause not set
			// off by commas: "Dr. Kaleemullah Khan who is the deputy head
			// of the program"
			_, after, _ := strings.Cut(strings.TrimPrefix(rest, " who")[1:], " ")
			seg, _ := clause(after)
			if strings.HasPrefix(rest, " who ") {
				seg, _ = untilSpeechVerb(seg, "") // the clause ends where the sentence's verb comes
			}
			seg = beforeNewSubject(seg) // "Jim Chalmers is the Treasurer and he's our guest this morning."
			seg = beforeRelative(seg)   // "Myriam Benisty is a researcher who helped lead the study"
			if i := strings.Index(seg, " based "); i > 0 {
				seg = seg[:i] // "Refiloe Seiboko is a sports journalist based in Johannesburg": where, not what
			}
			f := strings.Fields(seg)
			if title == "" && len(f) > 0 && len(f) <= 16 && (f[0] == "a" || f[0] == "an" || f[0] == "the" || roleNouns.Has(strings.ToLower(f[0])) || titleOpeners.Has(f[0]) || isCap(f[0]) && makeToken(f[0], 0).possessive || len(f) > 1 && isAcronym(f[0])) && isRoleNoun(strings.ToLower(headNoun(seg))) {
				title, aff = splitAffiliation(seg)
			}
			return
		case hasAnyPrefix(rest, " — ", " – ", " -- "):
			// an aside between dashes, then the sentence goes on: "Bowen
			// — who, unlike Greco, works for Red Hat — is the community
			// manager"; "Jane Doe — a nurse at the clinic — said"
			dash, _, _ := strings.Cut(rest[1:], " ")
			aside, after, ok := strings.Cut(rest[len(dash)+2:], " "+dash)
			f := strings.Fields(aside)
			switch {
			case !ok || len(f) == 0 || len(f) > 16:
				return
			case relativeWords.Has(strings.TrimRight(f[0], ",")):
				if note == "" {
					note = aside
				}
			case (f[0] == "a" || f[0] == "an" || f[0] == "the") && isRoleNoun(strings.ToLower(headNoun(aside))):
				if title == "" {
					title, aff = splitAffiliation(aside)
				}
			default:
				return
			}
			rest = after
			continue
		case hasAnyPrefix(rest, " of ", " with ", " at ", " from ", " for "):
			_, after, _ := strings.Cut(rest[1:], " ")
			org := orgAfter(after)
			if strings.HasPrefix(rest, " for ") && !strings.Contains(org, " ") && !isAcronym(org) {
				org = "" // "said Martin Weiler for the Environment Agency", but not "Google Print for Libraries"
			}
			if org != "" && aff == "" && !eventNouns.Has(lastWord(strings.TrimRight(org, "0123456789 "))) {
				aff = org // (an event is where the person is, not whom they work for: "at the Davos Agenda Week 2021")
			}
			return
		case strings.HasPrefix(rest, " ("):
			j := strings.IndexByte(rest, ')')
			if j < 0 || !partyStateAside(rest[2:j]) || !strings.HasPrefix(rest[j+1:], ", ") || !unicode.IsLower(firstRune(rest[j+3:])) {
				return // (not "Sam Graves (Mo.), Vicky Hartzler (Mo.)": a list of names)
			}
			rest = rest[j+1:] // "Jack Reed (D-RI), a senior member of …": the party and state aside, then what the person is
		default:
			return
		}
	}
	return
}

// beforeNewSubject is seg up to an "and" that starts a clause of its own
// with a pronoun for its subject: "the Treasurer and he's our guest this
// morning" → "the Treasurer".
func beforeNewSubject(seg string) string {
	for i := 0; ; {
		j := strings.Index(seg[i:], " and ")
		if j < 0 {
			return seg
		}
		i += j
		if w := firstWords(seg[i+len(" and "):], 1); len(w) == 1 {
			if p, _, _ := strings.Cut(strings.ReplaceAll(w[0], "’", "'"), "'"); pronouns.Has(p) {
				return seg[:i] // ("he's": the pronoun with its verb run into it)
			}
		}
		i += len(" and ")
	}
}

// finite tells words that say what something is or does, with a verb of
// their own before any relative clause: "the goal was to exceed 90
// percent" is a clause, "a group that was founded in 2001" an appositive.
func finite(f []string) bool {
	for _, w := range f {
		switch w {
		case "who", "which", "that", "whose", "whom":
			return false
		case "is", "was", "were", "are", "will", "has", "had", "have":
			return true
		}
	}
	return false
}

// positional tells the words a caption sets after a name to say where
// the person stands in the picture: "center", "left", "second from
// right", "front row", "top left".
func positional(f []string) bool {
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		switch strings.ToLower(strings.Trim(w, "()")) {
		case "center", "centre", "left", "right", "top", "bottom", "front", "back", "rear", "row", "middle", "foreground",
			"background", "second", "third", "fourth", "far", "from", "l", "r", "c":
		default:
			return false
		}
	}
	return true
}

// eventNouns end the names of events, which no one works for.
var eventNouns = lazy.Words(`Week Summit Conference Games Olympics Festival Ceremony Expo Convention Championship
Championships Cup Rally Gala Fair Competition Tournament Awards Marathon Show`)

// unitName tells the words of a body's name: capitalised words (and
// "of", "for", "and", "the" between them) that open with a number in
// order ("319th Medical Group") or hold a noun of an organisation
// ("Kenya Red Cross Society").
func unitName(f []string) bool {
	named := false
	for i, w := range f {
		switch {
		case i == 0 && isOrdinal(w):
			named = true
		case orgNouns.Has(w):
			named = true
		case w == "of" || w == "for" || w == "and" || w == "the" && i > 0:
		case !isCap(w):
			return false
		}
	}
	return named
}

// pluralHead tells a noun phrase whose head is plural ("the environment
// groups", "the protesters"), which describes no one person.
func pluralHead(seg string) bool {
	h := strings.ToLower(headNoun(seg))
	return len(h) > 3 && strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && !strings.HasSuffix(h, "us") && !roleNouns.Has(h) && !offices.Has(headNoun(seg))
}

// untilSpeechVerb cuts an appositive at a speech verb the writer put
// right after it without a comma: "Alan Ashley, Chief of Sport
// Performance for the U.S. Olympic Committee says …" → "Chief of Sport
// Performance for the U.S. Olympic Committee"; then nothing follows it.
func untilSpeechVerb(seg, tail string) (string, string) {
	f := strings.Fields(seg)
	for i := 1; i < len(f); i++ {
		if speechVerbBefore(strings.TrimRight(f[i], ",.:;"), wordAfter(f, i)) { // "added:" (not "who hails from")
			return strings.Join(f[:i], " "), ""
		}
	}
	return seg, tail
}

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// clause returns the text up to the next comma, semicolon, sentence end
// or quotation mark, and what follows it (starting with the comma).
func clause(s string) (string, string) {
	for i, r := range s {
		switch r {
		case ',', ';', '“', '"', '«', '(', ')', '—', '–':
			return strings.TrimSpace(s[:i]), s[i:]
		case ':':
			if strings.TrimSpace(s[i+1:]) == "" {
				return strings.TrimSpace(s[:i]), s[i:] // a label, "Matthew Miller, State Department Spokesperson:" (not "NAFSA: Association of International Educators")
			}
		case '.', '?', '!':
			j := i + 1
			for _, m := range []string{"”", "’", "\"", "'"} {
				if strings.HasPrefix(s[j:], m) {
					j += len(m) // a stray closing mark after the stop: "a police spokesman.” Five …"
					break
				}
			}
			if j >= len(s) || s[j] == ' ' {
				w := lastWord(s[:i+1])
				if !isAbbrev(w) {
					return strings.TrimSpace(s[:i]), s[i:]
				}
			}
		}
	}
	return strings.TrimSpace(s), ""
}

// lastWord is the last run of non-space characters of s; it looks only
// at the end of s, so that callers may pass a long prefix.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// beforeOrigin is a description without where the person is from or
// belongs, joined by "and": "company commander and native of Urbana" →
// "company commander".
func beforeOrigin(seg string) string {
	for i := strings.Index(seg, " and "); i > 0; {
		next := strings.Fields(seg[i+5:])
		if len(next) > 1 && (next[0] == "a" || next[0] == "an") {
			next = next[1:]
		}
		if len(next) > 0 && belongingNouns.Has(next[0]) {
			return seg[:i]
		}
		j := strings.Index(seg[i+5:], " and ")
		if j < 0 {
			break
		}
		i += 5 + j
	}
	return seg
}

// firstWord is the first space-separated word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimLeft(s, " "), " ")
	return w
}

// toListener tells the words after "to" that name whom someone spoke
// to, not what the person serves: "local radio station P4 Norrbotten",
// "reporters", "the BBC" (but "adviser to the president").
func toListener(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return slices.ContainsFunc(f[:min(len(f), 4)], func(w string) bool {
		w = strings.Trim(w, ",.")
		return mediaNouns.Has(w) || w == "radio" || w == "television" || w == "tv" || w == "reporters" || w == "journalists"
	})
}

// beforeRelative is seg up to the relative clause in it, if any: "a
// doctor who worked with Abdul-Mughni" → "a doctor".
func beforeRelative(seg string) string {
	for _, rel := range []string{" who ", " which ", " whose ", " that "} {
		if i := strings.Index(seg, rel); i > 0 {
			seg = seg[:i]
		}
	}
	return seg
}

// splitAffiliation splits an appositive into a title and the
// organisation it names: "a professor of history at King's College
// London" → "professor of history", "King's College London".
func splitAffiliation(seg string) (string, string) {
	for _, det := range []string{"the ", "a ", "an ", "his ", "her ", "their ", "its "} {
		seg = strings.TrimPrefix(seg, det)
	}
	if age, rest, ok := strings.Cut(seg, " "); ok && (strings.HasSuffix(age, "-year-old") || strings.HasSuffix(age, "-year-old,")) {
		seg = rest // "an 82-year-old survivor of the Khmer Rouge": an age is no part of what the person is
	}
	seg = beforeRelative(seg) // "at the University of York who was not involved": the clause is no part of it
	if i := strings.Index(seg, " to "); i > 0 && toListener(seg[i+4:]) {
		seg = seg[:i] // "police spokesperson of the county police to local radio station P4": whom the person spoke to
	}
	if title, owner := ownedRole(seg); title != "" {
		return title, owner
	}
	// the first "at", "with", "for" or "from" that a name follows, or
	// else the first "of" or "in": "U.S. attorney for the District of
	// Columbia", "professor of history at King's College London", "Chief
	// of Sport Performance for the U.S. Olympic Committee", "director of
	// the Atlantic Council"
	best := -1
	for _, sep := range []string{" at ", " with ", " for ", " from ", " of ", " in "} {
		if best >= 0 && (sep == " of " || sep == " in ") {
			break
		}
		for from := 0; ; {
			i := strings.Index(seg[from:], sep)
			if i < 0 {
				break
			}
			i += from
			after := strings.TrimPrefix(seg[i+len(sep):], "the ")
			if w, _, _ := strings.Cut(after, " "); isCap(after) || isOrdinal(w) {
				if best < 0 || i < best {
					best = i
				}
				break
			}
			from = i + len(sep)
		}
	}
	if best < 0 {
		if i := strings.Index(seg, " in "); i > 0 {
			seg = seg[:i] // "a taxi driver in the capital": where is not what
		}
		return seg, ""
	}
	title := seg[:best]
	if i := strings.Index(title, " based in "); i > 0 {
		title = title[:i] // "a researcher based in Chiang Mai for the Johns Hopkins …": where the person works, not what they are
	}
	_, after, _ := strings.Cut(seg[best+1:], " ")
	return title, dropPlace(secondRoleCut(strings.TrimPrefix(after, "the ")))
}

// secondRoleCut is the body a role is held in without a second role
// joined to it by "and": "Senate Commerce Committee and Ranking Member
// of the … Subcommittee" → "Senate Commerce Committee".
func secondRoleCut(body string) string {
	i := strings.Index(body, " and ")
	if i < 0 {
		return body
	}
	role, _, _ := strings.Cut(body[i+len(" and "):], " of ")
	if f := strings.Fields(role); len(f) > 0 && len(f) <= 3 && isRoleNoun(strings.ToLower(f[len(f)-1])) {
		return body[:i]
	}
	return body
}

// ownedRole reads a role after the possessive of the body it is in:
// "Democratic Republic of Congo's government spokesperson (on Monday
// took …)" is a government spokesperson of the Democratic Republic of
// Congo. The body is a name of two words or more ("Lopez's deputy" keeps
// its possessive), and the role ends at its noun.
func ownedRole(seg string) (title, owner string) {
	f := strings.Fields(seg)
	for i, w := range f[:min(len(f), 8)] {
		base, ok := strings.CutSuffix(w, "'s")
		if !ok {
			base, ok = strings.CutSuffix(w, "’s")
		}
		if !ok {
			continue
		}
		if i == 0 || !isCap(base) || !isCap(f[0]) {
			return "", ""
		}
		// the words in small letters after the possessive, to the last
		// role noun among them: "deputy resident representative"
		end := -1
		for j := i + 1; j < len(f) && j <= i+5 && !stopBefore.Has(f[j]) && unicode.IsLower(firstRune(f[j])); j++ {
			if isRoleNoun(strings.ToLower(strings.Trim(f[j], ",."))) {
				end = j
			}
			if strings.ContainsAny(f[j], ",.;:") {
				break
			}
		}
		if end < 0 {
			return "", ""
		}
		if end+1 < len(f) && (f[end+1] == "for" || f[end+1] == "of" || f[end+1] == "to") {
			end = len(f) - 1 // "presumptive nominee for President of the United States": what the role is for is part of it
		}
		return strings.Trim(strings.Join(f[i+1:end+1], " "), ",."), strings.Join(append(slices.Clone(f[:i]), base), " ")
	}
	return "", ""
}

// pluralName tells the last word of a name that is the plural of a noun
// teams and bands are named with ("Blues", "Stones", "Lions"); surnames
// end in s too ("Adams", "Jones"), so only these nouns count.
func pluralName(w string) bool {
	base, ok := strings.CutSuffix(w, "s")
	return ok && len(base) >= 3 && !strings.HasSuffix(base, "s") && teamNouns.Has(strings.ToLower(base))
}

// knownByRE finds the words that give a body's initials, ending the text
// before them: "also known by its French acronym", "known as".
var knownByRE = lazy.Regexp(`(?i)\bknown\s+(?:as|by\s+(?:its|the)\s+(?:\p{L}+\s+){0,2}(?:acronym|initials|abbreviation)),?\s*["“]?$`)

// groupJoiners join, in a body's name, the people it is made of to what
// they stand for: "Doctors Without Borders", "Veterans for Peace".
var groupJoiners = lazy.Words(`without for against of beyond in across`)

// teamNouns are the nouns whose plurals name teams and bands: "the Sky
// Blues", "the All Blacks", "the Rolling Stones".
var teamNouns = lazy.Words(`blue black white red green lion tiger bear eagle hawk bull wolf wolve shark
giant king knight saint ranger warrior raider chief patriot cowboy dolphin panther jet pirate cardinal
brave cub yankee met dodger angel mariner ram charger bronco seahawk packer viking falcon stone
beatle monkee rover wanderer magpie canary gunner hammer spur blade owl fox seagull potter toffee
socceroo wallaby kangaroo springbok puma jaguar condor boomer opal kiwi hurricane crusader highlander brumby`)

// ezafe tells a word joined as a name of Urdu or Persian joins the
// names of parties and movements: "Tehreek-e-Insaf", "Tehrik-i-Taliban"
// (capitalised words on both sides of a lone "e" or "i").
func ezafe(w string) bool {
	for _, j := range []string{"-e-", "-i-"} {
		if i := strings.Index(w, j); i > 0 && i+3 < len(w) && isCap(w[i+3:]) {
			return true
		}
	}
	return false
}

// portfolios are the fields an office is for, which South Asian copy
// prints after it: "Secretary Information", "Minister Finance".
// fieldWords end the field of an office as portfolios do: "Minister for
// International Development", "Minister for Youth".
var fieldWords = lazy.Words(`Affairs Development Youth Pacific Environment Transport Tourism Security Services Resources Infrastructure Immigration Childhood Welfare Relations Industry Employment Innovation Science Technology Heritage Arts Veterans Aged Care Disability Women Children Families`)

var portfolios = lazy.Words(`Information Finance Health Education Interior Defence Defense Foreign Home Culture Sports Planning
Agriculture Commerce Trade Labour Industries Communications Law Justice Railways Power Energy Water Housing`)

// shipPrefixes open a ship's name: a navy's or a coast guard's, or a
// merchant or research vessel's.
var shipPrefixes = lazy.Words(`USS USNS USCGC HMS HMAS HMCS HMNZS HMSAS RFA INS KRI BRP ROKS JS MV RV`)

// dropPlace drops where an organisation is from its name: "NASA
// Headquarters in Washington" → "NASA Headquarters".

func dropPlace(org string) string {
	if i := strings.LastIndex(org, " in "); i > 0 && isCap(org[i+4:]) {
		return org[:i]
	}
	return org
}

// orgAfter reads an organisation's name at the start of s: "the
// Washington-based Wilson Center said…" → "the Washington-based Wilson
// Center".
func orgAfter(s string) string {
	if name, ok := describedName(head(s, 150)); ok {
		s = name // "the campaign group Faith for Climate"
	}
	toks := tokenize(head(s, 150), 0) // a name of at most a few words
	for k := 0; k < 3 && k+1 < len(toks); k++ {
		// "worldwide victim group Ending Clergy Abuse": words that say
		// what the body is, before its name
		t := toks[k]
		if t.tail != "" || !unicode.IsLower(firstRune(t.core)) || stopBefore.Has(t.core) || strings.Contains(t.core, "-") {
			break
		}
		if isCap(toks[k+1].core) && k > 0 {
			s = s[toks[k+1].start:]
			toks = tokenize(head(s, 150), 0)
			break
		}
	}
	n := 0
	sawCap := false
	for n < len(toks) {
		t := toks[n]
		w := t.core
		switch {
		case isCap(w) && !(sawCap && weekdays.Has(w)): // ("at the Best Warrior Competition Wednesday": when, after the name)
			sawCap = true
		case !sawCap && (w == "the" || strings.Contains(w, "-")):
		case sawCap && (w == "of" || w == "for" || w == "and" || w == "on") && n+1 < len(toks) && isCap(toks[n+1].core):
		case sawCap && orgRoleNouns.Has(w) || sawCap && n+1 < len(toks) && orgRoleNouns.Has(strings.ToLower(toks[n+1].core)):
			// "the U.N. refugee agency"
		default:
			n = -n - 1
		}
		if n < 0 {
			n = -n - 1
			break
		}
		n++
		if t.tail != "" || t.possessive && !(n < len(toks) && isCap(toks[n].core)) {
			break
		}
	}
	if !sawCap || n == 0 {
		return ""
	}
	if toks[n-1].possessive {
		return ""
	}
	return dropPlace(strings.TrimPrefix(s[:toks[n-1].coreEnd()], "the "))
}

// learnGender notes a person's gender where the text shows it: an
// honorific or title ("Mrs", "spokeswoman"), a first name that nearly
// always is one sex's (names.go), or else "his" or "her" right after the
// speech verb that follows the name ("Lee said her team…").
func learnGender(sp *Speaker, after string) {
	if sp.female || sp.male {
		return
	}
	for w := range strings.FieldsSeq(sp.Honorific + " " + sp.Title) {
		if w == "his" || w == "her" || w == "him" || w == "he" || w == "she" {
			continue // "his deputy" says whose deputy, not who
		}
		sp.female = sp.female || femaleWords.Has(w) && !maleWords.Has(w)
		sp.male = sp.male || maleWords.Has(w)
	}
	if !sp.female && !sp.male {
		switch sexOfName(sp.Name) {
		case 'f':
			sp.female, sp.byName = true, true
		case 'm':
			sp.male, sp.byName = true, true
		}
	}
	if !sp.female && !sp.male {
		words := firstWords(after, 6)
		for i, w := range words {
			if isSpeechVerb(strings.Trim(w, ",")) && i+1 < len(words) {
				next := words[i+1]
				sp.female = next == "her" || next == "she"
				sp.male = next == "his" || next == "he"
				break
			}
		}
	}
	if sp.female && sp.male {
		sp.female, sp.male = false, false
	}
}

// firstWords returns at most the first n of the words of s, as
// strings.Fields splits them, reading no further.
func firstWords(s string, n int) []string {
	f := make([]string, 0, n)
	for w := range strings.FieldsSeq(s) {
		if len(f) == n {
			break
		}
		f = append(f, w)
	}
	return f
}

// lastFields returns at most the last n of the words of s, as
// strings.Fields splits them, in order, reading no further back: the
// words before a quotation, however long its paragraph.
func lastFields(s string, n int) []string {
	f := make([]string, n)
	k, end := n, len(s)
	for k > 0 {
		for end > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= size
		}
		if start == end {
			break
		}
		k--
		f[k], end = s[start:end], start
	}
	return f[k:]
}

// lowered puts each of words in lower case, in place, and returns them.
func lowered(words []string) []string {
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	return words
}

// countFields is len(strings.Fields(s)), counted without the slice.
func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// isOrdinal tells a number in order written in figures: "2nd", "319th".
func isOrdinal(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(w, suf); ok && isNumber(n) {
			return true
		}
	}
	return false
}

// isPartyState tells the party and state a US legislator is named with,
// in the style of the Associated Press and most US papers: "D-N.Y.",
// "R-Texas", "I-Vt.", "D-Calif", "R-AZ".
func isPartyState(w string) bool {
	w = strings.TrimRight(w, ",")
	party, state, ok := strings.Cut(w, "-")
	if !ok || len(party) != 1 || !strings.Contains("DRI", party) || state == "" || !unicode.IsUpper(firstRune(state)) {
		return false
	}
	for _, r := range state {
		if !unicode.IsLetter(r) && r != '.' {
			return false
		}
	}
	return true
}

// blankPartyStates blanks, with as many spaces, each party and state in
// brackets that a US legislator's name carries ("Eliot Engel (D-NY)",
// "Bill Green (D)"), so that the name stands next to its verb; offsets
// into s stay valid.
func blankPartyStates(s string) string {
	return blankBracketed(s, func(in, _ string) bool { return partyStateAside(in) })
}

// partyStateAside tells what a US legislator's name carries in brackets:
// a party and state, or a party alone ("D-NY", "R").
func partyStateAside(in string) bool {
	return isPartyState(in) || len(in) == 1 && strings.Contains("DRI", in)
}

// blankQualifications blanks, with as many spaces, each warfare
// qualification in brackets between a sailor's rate and name, and each
// specialty inside the rate, so that the name stands next to its title:
// "Fire Controlman 3rd Class (AW/SW) Christian Blanco", "Aviation
// Boatswain’s Mate (Handling) 2nd Class Christopher Innocent".
func blankQualifications(s string) string {
	return blankBracketed(s, func(in, after string) bool {
		return qualification(in) && isCap(firstWord(after)) || ratingSpecialty(in, after)
	})
}

// ratingSpecialty tells a sailor's specialty in brackets inside the rate,
// before its class: "Aviation Boatswain’s Mate (Handling) 2nd Class
// Christopher Innocent", "(Fuels)", "(Equipment)".
func ratingSpecialty(in, after string) bool {
	f := strings.Fields(after)
	return len(f) >= 3 && isCap(in) && !strings.ContainsAny(in, " 0123456789") && isOrdinal(f[0]) && f[1] == "Class" && isCap(f[2])
}

// blankHometowns blanks, with as many spaces, the commas of a US
// hometown set before "native" in the style of military and AP copy
// ("Summit, N.J. native Lt. Col. Michael Hynes", "Fayetteville, N.C.,
// native Sgt. John Doe"), so that the place reads as one description
// before the title and the name, as "Pheonix native Cdr. Rosemarie Tan"
// does; offsets into s stay valid.
func blankHometowns(s string) string {
	for i := 0; ; {
		j := strings.Index(s[i:], " native ")
		if j < 0 {
			return s
		}
		j += i
		i = j + len(" native ")
		if !isCap(firstWord(s[i:])) {
			continue // "Capt. Chris Armstrong, Texas native and navigator": a name, then where the person is from
		}
		end := j
		if end > 0 && s[end-1] == ',' {
			end-- // "Fayetteville, N.C., native"
		}
		f := strings.Fields(s[:end])
		if len(f) < 2 {
			continue
		}
		state := f[len(f)-1]
		if len(f) >= 3 && usStateSeconds.Has(state) && usStateFirsts.Has(f[len(f)-2]) {
			state = f[len(f)-2] + " " + state // "Rochester, New York native"
		}
		comma := end - len(state) - 2
		if !usStates.Has(state) && !postalStates.Has(state) && !strings.Contains(state, " ") || comma < 0 || s[comma:comma+2] != ", " || !isCap(lastWord(s[:comma])) {
			continue
		}
		b := []byte(s)
		b[comma] = ' '
		if end < j {
			b[end] = ' '
		}
		s = string(b)
	}
}

// usStates are the fifty states' names of one word and their
// abbreviations in AP style (postalStates has the postal service's); the
// states of two words are usStateFirsts then usStateSeconds.
var usStates = lazy.Words(`Alabama Ala. Alaska Arizona Ariz. Arkansas Ark. California Calif. Colorado Colo. Connecticut Conn.
Delaware Del. Florida Fla. Georgia Ga. Hawaii Idaho Illinois Ill. Indiana Ind. Iowa Kansas Kan. Kentucky Ky. Louisiana La.
Maine Maryland Md. Massachusetts Mass. Michigan Mich. Minnesota Minn. Mississippi Miss. Missouri Mo. Montana Mont.
Nebraska Neb. Nevada Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Ohio Oklahoma Okla. Oregon Ore. Pennsylvania Pa. R.I. S.C. S.D.
Tennessee Tenn. Texas Utah Vermont Vt. Virginia Va. Washington Wash. W.Va. Wisconsin Wis. Wyoming Wyo.`)

var (
	usStateFirsts  = lazy.Words(`New North South Rhode West`)
	usStateSeconds = lazy.Words(`Hampshire Jersey Mexico York Carolina Dakota Island Virginia`)
)

// blankBracketed blanks each " (…)" of s whose words in brackets, and
// the text after them, blank tells; offsets into s stay valid.
func blankBracketed(s string, blank func(in, after string) bool) string {
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], " (")
		if j < 0 {
			break
		}
		j += i + 1
		k := strings.IndexByte(s[j:], ')')
		if k < 0 {
			break
		}
		if k += j; blank(s[j+1:k], s[k+1:]) {
			s = s[:j] + strings.Repeat(" ", k+1-j) + s[k+1:]
		}
		i = k + 1
	}
	return s
}

// qualification tells the warfare qualifications a sailor's rate
// carries in brackets: "AW/SW", "SW/AW/IW", "EXW", "FMF".
func qualification(w string) bool {
	parts := strings.Split(w, "/")
	for _, p := range parts {
		if len(p) < 2 || len(p) > 4 || strings.IndexFunc(p, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
			return false
		}
	}
	return len(parts) > 1 || qualifications.Has(w)
}

// qualifications are the US Navy's warfare and specialty qualifications
// that print alone in brackets.
var qualifications = lazy.Words(`AW SW EXW FMF SS SCW IW NAC PJ DV MDV EOD IDW`)

func isNumber(w string) bool {
	w = strings.Trim(w, ",.")
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// capitalised is a word with its first letter in upper case.
func capitalised(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
