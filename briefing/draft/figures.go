package draft

import (
	"cmp"
	"github.com/briefing-dev/briefing/briefing/article"
	"github.com/briefing-dev/briefing/briefing/internal/lazy"
	"github.com/briefing-dev/briefing/briefing/speech"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Count is one figure a sentence reports.
type Count struct {
	Value     float64 // 2.5 million -> 2500000; $1.2 billion -> 1200000000; 45% -> 45; "three" -> 3; "a dozen" -> 12
	Qualifier string  // lower case as printed: "at least", "more than", "about", "up to"… or ""
	Kind      string  // killed, injured, missing, arrested, displaced, rescued, cases, hospitalised, vaccinated, people, money, percent, distance, area, weight, other
	Noun      string  // the noun the number counts, lower case, as printed ("people", "homes", "dollars")
	Unit      string  // money: "USD", "EUR", "GBP" or the currency word; distance/area/weight: the unit; percent: "%"; else ""
	Start     int     // byte offset of the number (with its qualifier) in the text passed in
	End       int     // byte offset just after the number
}

// The figure finder works on whitespace-separated tokens. Each rule is a
// general rule of how English news copy writes numbers: what follows a
// number says what it counts (a plural noun, a unit, a currency), what
// precedes it says whether it is a count at all (a month makes it a date,
// "aged" an age, a capitalised name a label) and the verbs of its clause
// say what happened to what it counts ("were killed", "injuring").

// cntTok is one whitespace-separated token with its punctuation split off.
type cntTok struct {
	core, lc   string // the token without surrounding punctuation; lower-cased
	start, end int    // byte offsets of core
	pre, post  string // punctuation before and after core
	sent       int    // sentence number within the paragraph
	title      bool   // the paragraph is a headline in title case
}

// capitalised reports whether the token opens with a capital that says
// something: in a headline set in title case ("Officer Fatally Shoots Six
// Colleagues") every word has one, so none does.
func (t cntTok) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.core)
	return unicode.IsUpper(r) && !t.title
}

// cntTitleCase tells a headline set in title case: a short line that does
// not end as a sentence does, with at least three words of four letters
// or more that are not function words, all of them capitalised but one.
func cntTitleCase(toks []cntTok) bool {
	if len(toks) == 0 || len(toks) > 20 || strings.ContainsAny(toks[len(toks)-1].post, ".!?") {
		return false
	}
	words, lower := 0, 0
	for _, t := range toks {
		if utf8.RuneCountInString(t.core) < 4 || cntFunction.Has(t.lc) || strings.IndexFunc(t.core, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’'
		}) >= 0 {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(t.core); !unicode.IsUpper(r) {
			lower++
		}
	}
	return words >= 3 && lower <= 1
}

// punct reports whether the token is followed by punctuation that ends a
// phrase (a comma, a stop, a bracket, a dash).
func (t cntTok) punct() bool { return strings.TrimRight(t.post, "'’") != "" }

const cntLead = "\"'“‘”’([{<«*•¿¡~+#-"
const cntTrail = "\"'“”’‘)]}>».,;:!?*"

func cntTokenize(p string) []cntTok {
	var toks []cntTok
	isSep := func(i int) (bool, int, rune) {
		r, w := utf8.DecodeRuneInString(p[i:])
		switch {
		case unicode.IsSpace(r), r == '—', r == '…', r == '|':
			return true, w, r
		case r == '–' || r == ',':
			before, _ := utf8.DecodeLastRuneInString(p[:i])
			after, _ := utf8.DecodeRuneInString(p[i+w:])
			if r == ',' {
				// a comma that lost its space after a number: "at over
				// 3200,the number of injured"
				return unicode.IsDigit(before) && unicode.IsLetter(after), w, r
			}
			// an en dash between digits is a range or a score
			return !(unicode.IsDigit(before) && unicode.IsDigit(after)), w, r
		}
		return false, w, r
	}
	for i := 0; i < len(p); {
		sep, w, r := isSep(i)
		if sep {
			if r != ' ' && !unicode.IsSpace(r) && len(toks) > 0 {
				toks[len(toks)-1].post += string(r)
			}
			i += w
			continue
		}
		j := i
		for j < len(p) {
			s, w, _ := isSep(j)
			if s {
				break
			}
			j += w
		}
		raw := p[i:j]
		a := 0
		for a < len(raw) {
			r, w := utf8.DecodeRuneInString(raw[a:])
			if !strings.ContainsRune(cntLead, r) {
				break
			}
			a += w
		}
		b := len(raw)
		for b > a {
			r, w := utf8.DecodeLastRuneInString(raw[:b])
			if !strings.ContainsRune(cntTrail, r) {
				break
			}
			b -= w
		}
		// keep the stop of an abbreviation with inner stops: "U.S.", "a.m."
		if b < len(raw) && raw[b] == '.' && strings.Contains(raw[a:b], ".") && !strings.ContainsAny(raw[a:b], "0123456789") {
			b++
		}
		if a >= b { // only punctuation
			if len(toks) > 0 {
				toks[len(toks)-1].post += raw
			}
			i = j
			continue
		}
		core := raw[a:b]
		if k := cntGluedWord(core); k > 0 {
			// a number run into the word after it, as a page that lost
			// its spaces prints it: "357people", "2million"
			toks = append(toks, cntTok{core: core[:k], lc: core[:k], start: i + a, end: i + a + k, pre: raw[:a]},
				cntTok{core: core[k:], lc: core[k:], start: i + a + k, end: i + b, post: raw[b:]})
			i = j
			continue
		}
		toks = append(toks, cntTok{core: core, lc: strings.ToLower(core), start: i + a, end: i + b, pre: raw[:a], post: raw[b:]})
		i = j
	}
	title := cntTitleCase(toks)
	sent := 0
	for k := range toks {
		toks[k].title = title
		toks[k].sent = sent
		if k+1 < len(toks) && cntEndsSentence(toks[k], toks[k+1]) {
			sent++
		}
	}
	return toks
}

// cntGluedWord tells where the word run into a number starts, when it
// is a plural noun or a scale word ("357people", "2million"), or 0: a
// unit ("5km"), an ordinal ("5th") or a decade ("1970s") is read with its
// number.
func cntGluedWord(core string) int {
	num, rest, ok := cntLeadingNumber(core)
	if !ok || len(rest) < 4 || cntGluedUnits.Has(rest) {
		return 0
	}
	for _, r := range rest {
		if r < 'a' || r > 'z' {
			return 0
		}
	}
	if cntScale()[rest] == 0 && !cntPlural(rest) {
		return 0
	}
	return len(num)
}

var cntAbbrev = lazy.Of("mr", "mrs", "ms", "dr", "st", "no", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "mt", "inc", "ltd", "corp", "co", "jr", "sr", "vs", "approx", "dept", "prof", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "op", "vol", "est", "c")

func cntEndsSentence(t, next cntTok) bool {
	if !strings.ContainsAny(t.post, ".!?") && !strings.HasSuffix(t.core, ".") {
		return false
	}
	if strings.HasSuffix(t.core, ".") && !strings.ContainsAny(t.post, ".!?") {
		// "U.S." or "a.m.": a sentence ends only if a capital follows
		if !next.capitalised() {
			return false
		}
		return t.lc != "u.s." && t.lc != "u.k." && t.lc != "u.n."
	}
	if strings.HasPrefix(t.post, ".") && (cntAbbrev.Has(t.lc) || utf8.RuneCountInString(t.core) == 1 && unicode.IsUpper([]rune(t.core)[0])) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next.core)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsAny(next.pre, "\"“'‘[(")
}

// Number words --------------------------------------------------------

var cntSmall = sync.OnceValue(func() map[string]float64 {
	return map[string]float64{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
		"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
})

var cntScale = sync.OnceValue(func() map[string]float64 {
	return map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7}
})

// after an amount of money: "$5m", "£2bn"
var cntMoneyScale = sync.OnceValue(func() map[string]float64 {
	return map[string]float64{"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12, "trn": 1e12, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
})

// cntWordNumber reads "seven", "twenty-five".
func cntWordNumber(lc string) (float64, bool) {
	if v, ok := cntSmall()[lc]; ok {
		return v, true
	}
	if a, b, ok := strings.Cut(lc, "-"); ok {
		va, oka := cntSmall()[a]
		vb, okb := cntSmall()[b]
		if oka && okb && va >= 20 && int(va)%10 == 0 && vb > 0 && vb < 10 {
			return va + vb, true
		}
	}
	return 0, false
}

// cntHyphenNumber reads a number spelled in three or more words joined by
// hyphens ("two-hundred-forty-eight-thousand", "five-point-six",
// "one-point-five-million", "one-hundred-twenty-year-old"), or in two
// when the second is a scale
// ("seven-million"), and what follows it in the same word.
func cntHyphenNumber(lc string) (v float64, rest string, ok bool) {
	parts := strings.Split(lc, "-")
	if len(parts) < 3 && !(len(parts) == 2 && cntScale()[parts[1]] >= 1000) {
		return 0, "", false // but "seven-million", as Learning English writes it
	}
	total, cur := 0.0, 0.0
	frac, scale := false, 0.1
	k := 0
words:
	for ; k < len(parts); k++ {
		p := parts[k]
		if frac {
			d, isDigit := cntSmall()[p]
			if m := cntScale()[p]; m >= 1000 && scale < 0.1 {
				total, cur, frac = total+cur*m, 0, false // "one-point-five-million": the scale after the fraction
				continue
			}
			if !isDigit || d > 9 {
				break
			}
			cur += d * scale
			scale /= 10
			continue
		}
		d, isNum := cntSmall()[p]
		m, isScale := cntScale()[p]
		switch {
		case p == "point" && k > 0:
			frac = true
		case p == "and" && k > 0:
		case isNum:
			cur += d
		case isScale && k > 0 && m == 100:
			cur = math.Max(cur, 1) * 100
		case isScale && k > 0:
			total += math.Max(cur, 1) * m
			cur = 0
		default:
			break words
		}
	}
	if k < 3 && !(k == 2 && frac) && !(k == 2 && cntScale()[parts[1]] >= 1000) || parts[k-1] == "point" || parts[k-1] == "and" {
		return 0, "", false // "twenty-five" is cntWordNumber's; "six-room" is a compound
	}
	return math.Round((total+cur)*1e6) / 1e6, strings.Join(parts[k:], "-"), true
}

// Currencies ------------------------------------------------------------

var cntCurSymbols = []struct{ sym, code, noun string }{
	{"US$", "USD", "dollars"}, {"AU$", "AUD", "dollars"}, {"A$", "AUD", "dollars"}, {"CDN$", "CAD", "dollars"}, {"CA$", "CAD", "dollars"}, {"C$", "CAD", "dollars"},
	{"NZ$", "NZD", "dollars"}, {"HK$", "HKD", "dollars"}, {"S$", "SGD", "dollars"}, {"R$", "BRL", "reais"}, {"$", "USD", "dollars"},
	{"€", "EUR", "euros"}, {"£", "GBP", "pounds"}, {"¥", "JPY", "yen"}, {"₹", "INR", "rupees"}, {"₦", "NGN", "naira"},
	{"KShs", "KES", "shillings"}, {"KSh", "KES", "shillings"}, {"Rs.", "INR", "rupees"}, {"Rs", "INR", "rupees"},
}

// cntISOCodes are the ISO 4217 codes of the currencies of the news, with
// the noun an amount in them is read with; codes that are English words
// ("ALL", "TRY", "PEN", "TOP", "CUP") or name a meeting ("COP26") are
// left out.
var cntISOCodes = sync.OnceValue(func() map[string]string {
	m := map[string]string{"EUR": "euros", "GBP": "pounds", "EGP": "pounds", "JPY": "yen", "CNY": "yuan", "ZAR": "rand",
		"NGN": "naira", "KRW": "won", "THB": "baht", "IDR": "rupiah", "MYR": "ringgit", "VND": "dong", "BDT": "taka",
		"BRL": "reais", "PLN": "zlotys", "CZK": "korunas", "HUF": "forints", "RUB": "rubles", "UAH": "hryvnias",
		"SEK": "kronor", "NOK": "kroner", "DKK": "kroner", "ISK": "kronur", "ILS": "shekels", "GHS": "cedis",
		"ETB": "birr", "ZMW": "kwacha", "MWK": "kwacha", "KZT": "tenge"}
	for _, c := range []string{"USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "TTD", "JMD", "BSD", "BBD", "FJD", "LRD", "NAD"} {
		m[c] = "dollars"
	}
	for _, c := range []string{"INR", "PKR", "LKR", "NPR", "MUR"} {
		m[c] = "rupees"
	}
	for _, c := range []string{"KES", "UGX", "TZS", "SOS"} {
		m[c] = "shillings"
	}
	for _, c := range []string{"CHF", "XOF", "XAF", "RWF", "BIF", "CDF", "GNF"} {
		m[c] = "francs"
	}
	for _, c := range []string{"MXN", "ARS", "CLP", "PHP", "UYU", "DOP"} {
		m[c] = "pesos"
	}
	for _, c := range []string{"SAR", "QAR", "YER", "IRR", "OMR"} {
		m[c] = "riyals"
	}
	for _, c := range []string{"IQD", "KWD", "JOD", "BHD", "LYD", "TND", "DZD", "RSD"} {
		m[c] = "dinars"
	}
	for _, c := range []string{"AED", "MAD"} {
		m[c] = "dirhams"
	}
	return m
})

// cntSpacedCurrency reads a currency written apart from its amount: a
// code in capitals ("SEK 9 million") or a sign alone ("US$ 4 million",
// "Rs 500 crore", "KSh 2 billion").
func cntSpacedCurrency(t cntTok) (string, bool) {
	if _, ok := cntISOCodes()[t.core]; ok {
		return t.core, true
	}
	for _, c := range cntCurSymbols {
		if strings.EqualFold(t.core, c.sym) {
			return c.code, true
		}
	}
	return "", false
}

// cntCurrencyPrefix reads a currency run into its amount that the signs
// of cntCurSymbols do not name: an ISO code ("SEK9 million", "USD15 an
// hour") or letters before a dollar sign ("TT$34 million", "AUD$222
// million"). It gives the code and the length of the prefix, or 0.
func cntCurrencyPrefix(core string) (string, int) {
	k := 0
	for k < len(core) && k < 4 && core[k] >= 'A' && core[k] <= 'Z' {
		k++
	}
	if k == 0 || k >= len(core) {
		return "", 0
	}
	code := core[:k]
	if core[k] == '$' && k+1 < len(core) && core[k+1] >= '0' && core[k+1] <= '9' {
		if _, ok := cntISOCodes()[code]; !ok {
			code += "$"
		}
		return code, k + 1
	}
	if _, ok := cntISOCodes()[code]; ok && core[k] >= '0' && core[k] <= '9' {
		return code, k
	}
	return "", 0
}

// cntLetterCurrencies are currencies whose sign is a letter or two run
// into the amount, read so only before large sums (cntParse).
var cntLetterCurrencies = []struct{ sym, code, noun string }{
	{"RM", "MYR", "ringgit"}, {"Rp", "IDR", "rupiah"}, {"Sh", "KES", "shillings"}, {"R", "ZAR", "rand"}, {"N", "NGN", "naira"}, {"P", "PHP", "pesos"},
}

// currency words, singular and plural, as printed after an amount
var cntCurWords = lazy.Of("dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "renminbi",
	"rupee", "rupees", "rand", "naira", "shilling", "shillings", "peso", "pesos", "reais", "real", "franc", "francs",
	"dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "rial", "rials", "lira", "lire", "kwacha", "cedi", "cedis",
	"birr", "taka", "ringgit", "baht", "ruble", "rubles", "rouble", "roubles", "hryvnia", "hryvnias", "krona", "kronor",
	"krone", "kroner", "zloty", "zlotys", "złoty", "złotys", "zł", "forint", "forints", "rupiah", "dong", "kyat", "cents",
	"cent", "pence", "bitcoin", "bitcoins", "usd", "eur", "gbp",
	// the other currencies of the world's news, by the names an amount
	// is printed with ("costing him 80,000 riel", "100,000 Georgian lari")
	"riel", "riels", "lari", "laris", "dram", "drams", "manat", "manats", "tenge", "som", "soms", "somoni", "afghani",
	"afghanis", "leu", "lei", "lev", "leva", "kuna", "kunas", "denar", "denars", "tugrik", "tugriks", "pula", "kwanza",
	"kwanzas", "ariary", "dalasi", "leone", "leones", "guarani", "guaranies", "boliviano", "bolivianos", "soles", "colon",
	"colones", "quetzal", "quetzales", "lempira", "lempiras", "cordoba", "cordobas", "gourde", "gourdes", "shekel",
	"shekels", "won", "kina", "rufiyaa", "ngultrum", "ouguiya", "loti", "maloti", "lilangeni", "emalangeni")

// cntWhenAdverbs say when, between an auxiliary and its verb: "were later
// shot dead".
var cntWhenAdverbs = lazy.Of("later", "then", "also", "since", "soon", "still", "already", "all", "both")

// cntShelterVerbs say where people are staying, and cntShelters the
// places that make them displaced: "staying in evacuation centres",
// "sheltering in schools".
var cntShelterVerbs = lazy.Of("staying", "sheltering", "housed", "lodged", "living", "camped", "taking")
var cntShelters = lazy.Of("shelter", "shelters", "camp", "camps", "centres", "centers")

// cntPrizeNouns are what an amount of money after it is: "the 30,000
// pound prize".
var cntPrizeNouns = lazy.Of("prize", "award", "reward", "bounty", "jackpot", "bonus", "ransom")

// cntCurrencyCodes are the codes of currencies a conversion in brackets
// gives: "(USD 45,000)".
var cntCurrencyCodes = lazy.Of("USD", "US", "EUR", "GBP", "AUD", "CAD", "INR", "JPY", "CNY", "NZD", "ZAR")

// nouns that, after an amount in millions, are sums of money: "a 107 million loss"
var cntMoneyNouns = lazy.Of("loss", "losses", "profit", "profits", "turnover", "revenue", "revenues", "budget", "deficit",
	"surplus", "debt", "fine", "fee", "salary", "payment", "investment", "deal", "contract", "grant", "donation", "bailout",
	"fund", "loan", "sale", "sales", "price", "cost", "costs", "income", "earnings", "damages", "settlement", "bond", "bonds",
	"takeover", "acquisition", "package", "aid", "stimulus", "tax", "taxes", "spending", "valuation")

// Units ------------------------------------------------------------------

var cntDistanceUnits = lazy.Of("km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "mi",
	"m", "meter", "meters", "metre", "metres", "ft", "feet", "foot", "inch", "inches", "cm", "centimeter", "centimeters",
	"centimetre", "centimetres", "mm", "millimeter", "millimeters", "millimetre", "millimetres", "yard", "yards", "yd",
	"yds", "light-year", "light-years", "nm")

var cntAreaUnits = lazy.Of("acre", "acres", "hectare", "hectares", "ha", "km2", "km²", "m2", "m²", "sqkm")

var cntWeightUnits = lazy.Of("ton", "tons", "tonne", "tonnes", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "gramme", "grammes",
	"gram", "grams", "lb", "lbs", "pound", "pounds", "ounce", "ounces", "oz", "mg",
	"milligrams", "carats", "megatons", "megatonnes", "quintals")

// cntVolumeUnits measure what a container holds; the figures' vocabulary
// has no kind for volume, so they count as other things, with their unit.
var cntVolumeUnits = lazy.Of("barrel", "barrels", "bbl", "gallon", "gallons", "liter", "liters", "litre", "litres", "ml",
	"milliliters", "millilitres", "bushel", "bushels")

var cntUnitShort = sync.OnceValue(func() map[string]string {
	return map[string]string{"kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km", "kms": "km",
		"meter": "m", "meters": "m", "metre": "m", "metres": "m", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg", "kgs": "kg",
		"centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm", "millimeter": "mm",
		"millimeters": "mm", "millimetre": "mm", "millimetres": "mm"}
})

var cntTimeUnits = lazy.Of("second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
	"hrs", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years", "yr", "yrs",
	"decade", "decades", "century", "centuries", "millennium", "millennia", "night", "nights", "weekend", "weekends",
	"semester", "semesters", "lifetime", "lifetimes", "overnight", "term", "terms", "innings", "quarter", "quarters",
	"half", "halves", "period")

// numbers followed by these are not counts: multiples, ranks, clock
// times, ages, units of computing and power
var cntNotCounted = lazy.Of("times", "fold", "richter", "percentile", "decibels", "db", "o'clock", "a.m.", "p.m.",
	"am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "ist", "eat", "wat", "jst",
	"hrs.", "year-old", "years-old", "year-olds", "percentage", "per", "bpm", "rpm", "ghz", "mhz",
	"khz", "mb", "gb", "kb", "tb", "mw", "kw", "gw", "volts", "watts", "calories", "kcal")

var cntClock = lazy.Of("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "est", "edt", "pst", "pdt",
	"cet", "cest", "bst", "ist", "eat", "wat", "jst", "hrs", "hrs.", "hours", "h")

var cntOrdinalWords = lazy.Of("first", "second", "third", "fourth", "fifth", "last", "next", "past", "top", "final", "previous", "latest", "other")

var cntVoteVerbs = lazy.Of("passed", "approved", "rejected", "voted", "confirmed", "adopted", "carried")

var cntCollective = lazy.Of("population", "crowd", "workforce", "attendance", "membership", "electorate", "audience", "enrolment", "enrollment", "headcount")

var cntUnitKinds = lazy.Of("money", "percent", "distance", "area", "weight")

var cntStrandVerbs = lazy.Of("left", "leaving", "affecting", "affected", "stranding", "stranded", "displacing", "forcing")

var cntTally = lazy.Of("vote", "votes", "majority", "decision", "ruling", "verdict", "split", "margin", "count", "tally")

var cntSportScores = lazy.Of("points", "goals", "tries", "wickets", "touchdowns", "runs", "baskets", "sets", "frames")
var cntSportWords = lazy.Of("defeated", "defeat", "defeats", "beat", "beats", "won", "win", "wins", "lost", "lose", "drew",
	"draw", "victory", "scored", "score", "scoring", "match", "game", "games", "halftime", "half-time", "league", "cup",
	"season", "rugby", "football", "soccer", "cricket", "basketball", "hockey", "baseball", "tournament", "final", "semifinal")

var cntMonths = lazy.Of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.",
	"aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.")

var cntWeekdays = lazy.Of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// words before a number that make it a label: "level 3", "Article 50"
var cntLabels = lazy.Of("no", "no.", "nos", "number", "num", "level", "levels", "category", "categories", "grade", "phase", "stage",
	"tier", "class", "size", "page", "pages", "chapter", "section", "article", "articles", "round", "version", "model", "flight",
	"route", "highway", "interstate", "gate", "room", "line", "platform", "channel", "episode", "season", "volume",
	"issue", "item", "step", "unit", "ward", "district", "zone", "sector", "block", "lot", "plot", "floor", "apartment",
	"suite", "box", "code", "week", "day", "year", "years", "fy", "term", "act", "resolution", "bill",
	"amendment", "paragraph", "clause", "rule", "table", "figure", "fig.", "exhibit", "appendix", "part", "game", "match",
	"division", "region", "group", "team", "lane", "street", "road", "avenue", "number:", "vote", "count", "coronavirus",
	"covid", "covid-", "sars-cov-", "type", "mark", "series", "gen", "generation", "batch", "case", "file", "order",
	"decree", "law", "row", "seat", "bus", "train", "car", "rank", "ranked", "top", "hole", "lap", "minute", "hour",
	"pattern", "priority", "ages", "aged", "age", "pin", "dial", "call", "called", "phoned", "extension", "ext", "tel",
	"fax", "phone", "zip", "hurricane", "storm", "typhoon", "cyclone", "force")

// the words that may sit between a determiner and a number
var cntFunction = lazy.Of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "than",
	"about", "around", "over", "under", "nearly", "almost", "some", "approximately", "roughly", "least", "more", "fewer",
	"less", "up", "only", "just", "all", "another", "additional", "further", "including", "among", "between", "its",
	"their", "his", "her", "our", "my", "your", "these", "those", "this", "that", "there", "were", "was", "is", "are",
	"estimated", "an", "as", "many", "much", "killed", "says", "said", "say", "reported", "total", "than", "into",
	// words that open a clause, capitalised at a sentence's start before
	// its count ("While 54 nations have signed …"): no name's, as "Apollo
	// 11" is
	"while", "when", "whenever", "although", "though", "if", "after", "before", "since", "because", "once", "until",
	"whereas", "unless", "where", "but", "yet", "so", "then", "now", "still", "also", "even", "today", "yesterday",
	"meanwhile", "however", "overall", "altogether")

// Qualifiers, longest first, as token sequences.
var cntQualifiers = [][]string{
	{"no", "fewer", "than"}, {"no", "more", "than"}, {"not", "more", "than"}, {"no", "less", "than"},
	{"well", "over"}, {"well", "above"}, {"just", "over"}, {"just", "under"}, {"slightly", "more", "than"},
	{"slightly", "less", "than"}, {"a", "little", "over"}, {"more", "than"}, {"fewer", "than"}, {"less", "than"},
	{"greater", "than"}, {"upwards", "of"}, {"in", "excess", "of"}, {"as", "many", "as"}, {"as", "much", "as"},
	{"as", "few", "as"}, {"as", "little", "as"}, {"as", "high", "as"}, {"as", "low", "as"}, {"at", "least"}, {"at", "most"}, {"up", "to"}, {"close", "to"},
	{"an", "estimated"}, {"nearly"}, {"almost"}, {"about"}, {"around"}, {"approximately"}, {"approx."}, {"roughly"},
	{"some"}, {"over"}, {"under"}, {"below"}, {"above"}, {"estimated"}, {"circa"}, {"c."}, {"maximum"}, {"minimum"},
	{"exceeding"}, {"nearly"}, {"around"}, {"approaching"}, {"nearing"},
}

// Kinds -------------------------------------------------------------------

var cntPeopleNouns = lazy.Of("people", "person", "persons", "gardaí", "gardai", "garda", "speaker", "speakers", "male", "males", "female", "females", "resident", "residents", "student", "students", "troop",
	"troops", "soldier", "soldiers", "voter", "voters", "worker", "workers", "employee", "employees", "attendee",
	"attendees", "visitor", "visitors", "member", "members", "child", "children", "kid", "kids", "man", "men", "woman",
	"women", "girl", "girls", "boy", "boys", "adult", "adults", "teenager", "teenagers", "teen", "teens", "villager",
	"villagers", "passenger", "passengers", "crew", "crewmembers", "staff", "staffers", "officer", "officers", "police",
	"policemen", "civilian", "civilians", "protester", "protesters", "protestor", "protestors", "demonstrator",
	"demonstrators", "candidate", "candidates", "official", "officials", "defendant", "defendants", "victim", "victims",
	"teacher", "teachers", "doctor", "doctors", "nurse", "nurses", "patient", "patients", "family", "families",
	"individual", "individuals", "citizen", "citizens", "inhabitant", "inhabitants", "migrant", "migrants", "immigrant",
	"immigrants", "fan", "fans", "spectator", "spectators", "participant", "participants", "delegate", "delegates",
	"lawmaker", "lawmakers", "legislator", "legislators", "senator", "senators", "mps", "mp", "journalist",
	"journalists", "reporter", "reporters", "farmer", "farmers", "pilgrim", "pilgrims", "tourist", "tourists", "athlete",
	"athletes", "player", "players", "volunteer", "volunteers", "firefighter", "firefighters", "rescuer", "rescuers",
	"militant", "militants", "fighter", "fighters", "rebel", "rebels", "insurgent", "insurgents", "guard", "guards",
	"inmate", "inmates", "prisoner", "prisoners", "suspect", "suspects", "hostage", "hostages", "parent", "parents",
	"sibling", "siblings", "daughter", "daughters", "son", "sons", "brother", "brothers", "sister", "sisters", "mother",
	"mothers", "father", "fathers", "baby", "babies", "infant", "infants", "toddler", "toddlers", "pupil", "pupils",
	"graduate", "graduates", "scientist", "scientists", "researcher", "researchers", "expert", "experts", "author",
	"authors", "lawyer", "lawyers", "judge", "judges", "minister", "ministers", "leader", "leaders", "worshipper",
	"worshippers", "worshipers", "shopper", "shoppers", "commuter", "commuters", "motorist", "motorists", "driver",
	"drivers", "pedestrian", "pedestrians", "cyclist", "cyclists", "miner", "miners", "sailor", "sailors", "marine",
	"marines", "personnel", "recruit", "recruits", "airman", "airmen", "guardsman", "guardsmen", "guardmember", "guardmembers",
	"servicemember", "coach", "coaches", "servant", "servants", "paramedic", "paramedics", "veteran", "veterans", "agent", "agents", "customer", "customers",
	"user", "users", "subscriber", "subscribers", "follower", "followers", "listener", "listeners", "reader", "readers",
	"viewer", "viewers", "activist", "activists", "supporter", "supporters", "opponent", "opponents", "employee",
	"contractor", "contractors", "peacekeeper", "peacekeepers", "gunman", "gunmen", "policeman", "fisherman",
	"fishermen", "servicemen", "servicemembers", "settler", "settlers", "squatter", "squatters", "student-athletes",
	"worker", "labourers", "laborers", "labourer", "laborer", "applicant", "applicants", "recipient", "recipients",
	"beneficiary", "beneficiaries", "household", "households", "resident", "pensioner", "pensioners", "retiree",
	"retirees", "youth", "youths", "elderly", "others", "persons", "minors", "minor", "accomplice", "accomplices",
	"offspring", "descendant", "descendants", "guest", "guests", "clients", "client", "musician", "musicians",
	"artist", "artists", "runner", "runners", "competitor", "competitors", "contestant", "contestants", "performer",
	"performers", "dancer", "dancers", "singer", "singers", "councillor", "councillors", "councilor", "councilors",
	"mayor", "mayors", "governor", "governors", "diplomat", "diplomats", "envoy", "envoys", "survivor", "crewmen",
	"crewman", "engineer", "engineers", "technician", "technicians", "pilot", "pilots", "astronaut", "astronauts",
	"seafarer", "seafarers", "fishers", "homeowner", "homeowners", "tenant", "tenants", "landlord", "landlords",
	"owner", "owners", "shareholder", "shareholders", "investor", "investors", "entrepreneur", "entrepreneurs",
	"gang", "teammates", "colleagues", "colleague", "friend", "friends", "relative", "relatives", "neighbour",
	"neighbours", "neighbor", "neighbors", "cadet", "cadets", "monk", "monks", "nun", "nuns", "priest", "priests",
	"bishop", "bishops", "clergy", "schoolchildren", "schoolgirls", "schoolboys", "newborns", "orphans", "widows",
	"hunters", "poachers", "smugglers", "traffickers", "robbers", "attackers", "assailants", "bombers", "gunmen",
	"kidnappers", "jihadists", "extremists", "terrorists", "combatants", "recruiters", "mourners", "marchers",
	"rioters", "looters", "picketers", "strikers", "nationals", "foreigners", "expatriates", "expats", "americans",
	"britons", "samoans", "boaters", "hikers", "climbers", "swimmers", "divers", "campers", "skiers", "surfers",
	"travellers", "travelers", "holidaymakers", "vacationers", "sailors", "crewmembers", "rowers", "walkers",
	"occupants", "medics", "paramedics", "seniors", "elders", "veterans", "evacuees", "onlookers", "bystanders", "witnesses", "callers", "donors", "trainees", "interns")

var cntNounKinds = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"death": "killed", "deaths": "killed", "fatality": "killed", "fatalities": "killed", "dead": "killed",
		"body": "killed", "bodies": "killed", "corpses": "killed", "casualties": "killed", "lives": "killed",
		"injury": "injured", "injuries": "injured", "injured": "injured", "wounded": "injured", "hurt": "injured",
		"missing": "missing",
		"arrest":  "arrested", "arrests": "arrested", "detainee": "arrested", "detainees": "arrested", "arrestees": "arrested",
		"refugee": "displaced", "refugees": "displaced", "evacuee": "displaced", "evacuees": "displaced",
		"displaced": "displaced", "homeless": "displaced", "asylum-seekers": "displaced", "idps": "displaced",
		"survivors": "rescued", "rescues": "rescued", "evacuations": "displaced",
		"case": "cases", "cases": "cases", "infection": "cases", "infections": "cases",
		"hospitalization": "hospitalised", "hospitalizations": "hospitalised", "hospitalisations": "hospitalised",
		"hospitalisation": "hospitalised",
		"dose":            "vaccinated", "doses": "vaccinated", "vaccination": "vaccinated", "vaccinations": "vaccinated",
		"jabs": "vaccinated", "vaccines": "vaccinated", "boosters": "vaccinated",
	}
})

// event cues: a verb or adjective that says what happened to the people
// a number counts
var cntCues = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed", "dead": "killed", "died": "killed",
		"die": "killed", "dies": "killed", "perished": "killed", "drowned": "killed", "slain": "killed",
		"murdered": "killed", "executed": "killed", "massacred": "killed", "succumbed": "killed", "toll": "killed", "tolls": "killed",
		"fatally": "killed", "beheaded": "killed",
		"injured": "injured", "injuring": "injured", "injure": "injured", "injures": "injured", "wounded": "injured",
		"wounding": "injured", "hurt": "injured", "hurting": "injured", "injuries": "injured", "maimed": "injured",
		"missing": "missing", "unaccounted": "missing", "trapped": "missing", "buried": "missing",
		"arrested": "arrested", "arresting": "arrested", "arrest": "arrested", "detained": "arrested",
		"detaining": "arrested", "charged": "arrested", "charging": "arrested", "convicted": "arrested",
		"sentenced": "arrested", "jailed": "arrested", "imprisoned": "arrested", "indicted": "arrested",
		"apprehended": "arrested", "custody": "arrested", "prosecuted": "arrested", "guilty": "arrested",
		"evacuated": "displaced", "evacuating": "displaced", "displaced": "displaced", "displacing": "displaced",
		"fled": "displaced", "flee": "displaced", "fleeing": "displaced", "homeless": "displaced", "relocated": "displaced", "uprooted": "displaced",
		"rescued": "rescued", "rescuing": "rescued", "saved": "rescued", "freed": "rescued", "rescues": "rescued",
		"rescue": "rescued", "arrests": "arrested", "evacuates": "displaced",
		"evacuate": "displaced", "detains": "arrested", "evacuation": "displaced",
		"infected": "cases", "infecting": "cases", "sickened": "cases", "positive": "cases", "diagnosed": "cases",
		"hospitalized": "hospitalised", "hospitalised": "hospitalised", "hospitalizing": "hospitalised",
		"hospitalising": "hospitalised", "hospital": "hospitalised", "admitted": "hospitalised",
		"alive": "rescued", "survived": "rescued", "survive": "rescued", "shot": "injured", "stabbed": "injured",
		"vaccinated": "vaccinated", "vaccinating": "vaccinated", "inoculated": "vaccinated", "immunized": "vaccinated",
		"immunised": "vaccinated", "jabbed": "vaccinated",
	}
})

// words after a kind noun that make a number its value: "deaths are 14"
var cntCopula = lazy.Of("of", "toll", "are", "were", "is", "was", "rose", "climbed", "reached", "stood", "stands", "total",
	"totalled", "totaled", "now", "has", "had", "include", "included", "numbered", "at", "to", "from", "increased", "jumped")

var cntEventKinds = lazy.Of("killed", "injured", "missing", "arrested", "displaced", "rescued", "cases", "hospitalised", "vaccinated")

// words that may come between a cue verb and the number it governs
var cntCueGap = lazy.Of("at", "least", "more", "than", "over", "about", "nearly", "almost", "some", "around",
	"approximately", "roughly", "up", "to", "as", "many", "much", "high", "fewer", "less", "under", "close", "upwards", "an",
	"estimated", "just", "only", "well", "excess", "in", "of", "the", "a", "all", "another", "additional", "further",
	"its", "their", "his", "her", "our", "has", "had", "have", "was", "is", "now", "already", "rose", "risen", "climbed",
	"reached", "stood", "stands", "stand", "jumped", "increased", "hit", "soared", "grew", "mounted", "total", "and",
	"man", "woman", "person", "child", "boy", "girl", "one", "officially", "since", "then", "climbing", "rising",
	"reaching", "standing", "lives", "of", "claimed", "risen", "reportedly", "allegedly", "from", "are", "were",
	"confirmed", "increasing", "raising", "bringing", "toll", "could", "may", "might", "will", "would", "rise", "exceed",
	"surpass", "pass", "top", "above", "below", "beyond", "be", "expected", "feared", "likely", "feared", "believed",
	"approaching", "nearing", "topping", "exceeding", "surpassing", "passing", "topped", "exceeded", "surpassed", "passed",
	"nears", "tops", "passes", "exceeds", "surpasses", "hits", "reaches", "rises", "climbs", "there", "so", "far",
	"crossed", "crosses", "crossing", "cross",
	// when the count was given: "the death toll climbed Wednesday to
	// almost 15,000", "rose overnight to 3,381"
	"overnight", "yesterday", "today", "tonight", "again", "ranged", "ranges", "between", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// cntDayParts say, after a weekday, when something happened: "on
// Wednesday evening".
var cntDayParts = lazy.Of("morning", "afternoon", "evening", "night")

// cntFinite are the finite forms of "be", "have" and "remain" that end a
// phrase after a counted noun: "100 residents of an HDB block (were)"
var cntFinite = lazy.Of("were", "was", "are", "is", "have", "has", "had", "remain", "remains", "remained")

// auxiliaries and adverbs between a counted noun and its verb
var cntAux = lazy.Of("were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "remain", "remains",
	"remained", "reportedly", "reported", "confirmed", "believed", "feared", "presumed", "thought", "also", "still",
	"all", "now", "later", "subsequently", "officially", "allegedly", "already", "got", "get", "to", "initially",
	"eventually", "found", "left", "tested", "suffered", "who", "taken", "into", "in", "later", "each", "both",
	"either", "admitted", "treated", "for", "critically", "seriously", "badly", "slightly", "lost", "their", "lives",
	"say", "said", "will", "would", "may", "might", "could", "not", "never", "being", "become", "became", "since",
	// the injuries a count of people suffered: "one firefighter suffered
	// minor injuries", "one person received injuries"
	"sustained", "received", "minor", "serious", "severe", "critical", "multiple", "life-threatening", "non-life-threatening")

// cntStopModifier tells a word that ends a count's noun phrase ("42
// total", "15 aged 18 and over") used as a modifier of the noun after it:
// "89,000 total cases", "437 aged care facilities".
func cntStopModifier(lc, next string) bool {
	return lc == "total" && cntPlural(next) && !cntNPStop.Has(next) || lc == "aged" && next == "care"
}

// words that end a noun phrase after a number
var cntNPStop = lazy.Of("the", "a", "an", "this", "that", "these", "those", "of", "in", "on", "at", "to", "from", "by",
	"for", "with", "without", "and", "or", "but", "nor", "as", "than", "per", "each", "every", "all", "both", "who",
	"whom", "whose", "which", "what", "when", "where", "while", "whilst", "because", "since", "until", "after", "before",
	"during", "over", "under", "into", "onto", "across", "through", "throughout", "among", "amongst", "between",
	"around", "about", "against", "along", "near", "inside", "outside", "within", "via", "including", "excluding",
	"plus", "minus", "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "having", "do",
	"does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "so", "too",
	"very", "also", "still", "just", "only", "even", "ever", "never", "already", "now", "then", "there", "here", "it",
	"its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "us", "our", "you", "your", "i", "me", "my",
	"said", "says", "say", "told", "according", "if", "though", "although", "whether", "either", "neither", "up",
	"down", "out", "off", "again", "ago", "later", "earlier", "more", "most", "less", "least", "some", "any", "many",
	"much", "few", "several", "such", "same", "another", "total", "respectively", "instead", "yet", "back", "away",
	"last", "next", "first", "apiece", "altogether", "overall", "alone", "like", "unlike", "toward", "towards", "upon",
	"beyond", "behind", "below", "above", "beside", "besides", "despite", "following", "amid", "aboard", "on-board",
	"today", "yesterday", "tomorrow", "tonight", "ago", "aged", "age")

// plural-looking words that are not plural nouns
var cntNotPlural = lazy.Of("measles", "news", "mumps", "rabies", "diabetes", "herpes", "physics", "mathematics",
	"economics", "politics", "athletics", "gymnastics", "lens", "gas", "bus", "yes", "always", "perhaps", "sometimes",
	"whereas", "besides", "towards", "afterwards", "thus", "chaos", "bias", "atlas", "canvas", "alias", "kudos", "ethos",
	"its", "his", "hers", "ours", "yours", "theirs", "this", "has", "was", "is", "does", "goes", "as", "us", "plus",
	"across", "unless", "less", "texas", "paris", "wales", "athens", "brussels", "philippines", "netherlands",
	"bahamas", "maldives", "seychelles", "comoros", "honduras", "barbados", "mauritius", "cyprus", "laos", "aids",
	"sars", "mers", "tuberculosis", "analysis", "crisis", "basis", "thesis", "status", "virus", "campus", "census",
	"bonus", "process", "business", "address", "access", "success", "class", "glass", "press", "boss", "loss", "series",
	"species", "sometimes")

// third-person verbs that look like plural nouns: not taken as the noun a
// number before them counts
var cntVerbS = lazy.Of("says", "makes", "takes", "gives", "remains", "seems", "means", "needs", "wants",
	"tells", "adds", "notes", "states", "shows", "includes", "plans", "calls", "claims", "points", "lies", "looks",
	"comes", "becomes", "hopes", "believes", "expects", "estimates", "suggests", "indicates", "reports", "covers",
	"contains", "involves", "lasts", "requires", "sits", "runs", "stands", "works", "leads", "holds",
	"keeps", "gets", "puts", "sets", "goes", "does", "has", "seeks", "faces", "plays", "helps", "warns", "urges",
	"argues", "insists", "admits", "denies", "accepts", "rejects", "wins", "loses", "opens", "closes", "starts",
	"ends", "begins", "continues", "appears", "remains", "follows", "marks", "offers", "provides", "allows")

var cntIrregularPlural = lazy.Of("people", "children", "men", "women", "police", "gardaí", "gardai", "staff", "personnel", "crew", "passersby", "passers-by", "cattle", "buffalo", "elk", "moose", "trout", "caribou", "reindeer", "yak", "swordfish",
	"sheep", "fish", "deer", "livestock", "aircraft", "spacecraft", "offspring", "youth", "militia", "teeth", "feet",
	"mice", "geese", "dead", "injured", "wounded", "missing", "clergy", "poultry", "swine", "bison", "salmon", "data",
	"media", "criteria", "alumni", "fungi", "bacteria", "species", "series", "headquarters", "elderly", "homeless",
	"displaced", "infantry", "cavalry", "artillery", "faithful", "schoolchildren", "oxen", "dice", "phenomena",
	"vehicles", "gunmen", "policemen", "firemen", "fishermen", "servicemen", "congressmen", "tribesmen", "militiamen",
	"crewmen", "kin", "folk", "folks")

func cntPlural(lc string) bool {
	lc = strings.TrimSuffix(strings.TrimSuffix(lc, "'"), "’")
	if cntIrregularPlural.Has(lc) || strings.HasSuffix(lc, "men") && len(lc) > 4 || strings.HasSuffix(lc, "children") {
		return true
	}
	if cntNotPlural.Has(lc) || len(lc) < 3 || !strings.HasSuffix(lc, "s") {
		return false
	}
	if i := strings.LastIndexAny(lc, "-/"); i >= 0 && i+1 < len(lc) {
		return cntPlural(lc[i+1:])
	}
	for _, suf := range []string{"ss", "us", "is", "ous", "'s", "’s"} {
		if strings.HasSuffix(lc, suf) {
			return false
		}
	}
	for _, r := range lc {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '/' {
			return false
		}
	}
	return true
}

// cntSingular drops a plural ending for looking a noun up.
func cntSingular(lc string) string {
	switch {
	case cntIrregularPlural.Has(lc):
		return lc
	case strings.HasSuffix(lc, "ies") && len(lc) > 4:
		return lc[:len(lc)-3] + "y"
	case strings.HasSuffix(lc, "s") && !strings.HasSuffix(lc, "ss"):
		return lc[:len(lc)-1]
	}
	return lc
}

// cntLivingKinds happen to people only.
var cntLivingKinds = lazy.Of("killed", "injured", "arrested", "rescued", "hospitalised")

// cntAgentNoun tells a plural noun of people by what they do, its
// ending: "raiders", "protestors", "loyalists", "trainees".
func cntAgentNoun(noun string) bool {
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ees"} {
		if strings.HasSuffix(noun, suf) && len(noun) > len(suf)+2 {
			return true
		}
	}
	return false
}

// cntNounKind gives the kind a counted noun implies: a known kind word,
// a person, or anything else.
func cntNounKind(np []string) string {
	head := np[len(np)-1]
	if i := strings.LastIndex(head, "-"); i > 0 && i < len(head)-1 {
		if _, ok := cntNounKinds()[head]; !ok {
			// "2,500 citizen-soldiers", "co-authors": what the last part
			// of a joined noun is, the whole is
			return cntNounKind(append(slices.Clone(np[:len(np)-1]), head[i+1:]))
		}
	}
	if k, ok := cntNounKinds()[head]; ok {
		if k == "vaccinated" && head == "vaccines" && len(np) == 1 {
			return "other"
		}
		return k
	}
	for _, w := range np {
		if w == "hospital" && (head == "admissions" || head == "patients" || head == "beds") {
			if head == "beds" {
				return "other"
			}
			return "hospitalised"
		}
		if (w == "vaccine" || w == "covid" || w == "booster" || w == "vaccination") && (head == "shots" || head == "jabs") {
			return "vaccinated"
		}
	}
	if (head == "tests" || head == "results") && len(np) > 1 && np[len(np)-2] == "positive" {
		return "cases"
	}
	if cntPeopleNouns.Has(head) || cntPeopleNouns.Has(cntSingular(head)) {
		for _, w := range np[:len(np)-1] {
			if k := cntState(w); k != "" {
				return k // "4,200 internally displaced people", "30 injured civilians"
			}
		}
		return "people"
	}
	if article.RoleNoun(head) && head != "chairs" {
		return "people" // "three additional federal prosecutors": the roles the quote reader knows (but "26 treatment chairs" are things)
	}
	if strings.HasSuffix(head, "men") || strings.HasSuffix(head, "children") || strings.HasSuffix(head, "people") ||
		strings.HasSuffix(head, "makers") || strings.HasSuffix(head, "goers") || strings.HasSuffix(head, "seekers") {
		return "people"
	}
	return "other"
}

// cntStates are the words of a state of people that make a count of
// them a count of that kind, the kind its cue gives: "displaced
// people", "injured civilians".
var cntStates = lazy.Of("displaced", "homeless", "evacuated", "injured", "wounded", "missing", "dead", "infected",
	"hospitalised", "hospitalized", "arrested", "detained", "rescued")

// cntState is the kind of count a word of state makes, or "".
func cntState(w string) string {
	if !cntStates.Has(w) {
		return ""
	}
	return cntCues()[w]
}

// cntToDeath are the ways people are killed that copy writes with "to
// death" after them: "crushed to death", "burned to death".
var cntToDeath = lazy.Of("crushed", "burned", "burnt", "beaten", "stabbed", "trampled", "hacked", "stoned", "frozen", "starved", "bludgeoned", "mauled")

// cntListedAs say in what state people are counted: "listed as
// missing", "presumed dead".
var cntListedAs = lazy.Of("listed", "reported", "presumed", "declared", "confirmed", "known", "feared", "counted", "registered")

// cntCompass are the words that make a nation's name of two words with a
// demonym after them: "South Sudanese", "North Koreans".
var cntCompass = lazy.Of("south", "north", "east", "west", "central", "southern", "northern", "eastern", "western")

// compassNation tells a noun phrase that is a nation's people named in
// two words: "South Sudanese", "North Koreans".
func (a *cntAnalysis) compassNation(np []int) bool {
	return len(np) == 2 && a.toks[np[0]].capitalised() && cntCompass.Has(a.toks[np[0]].lc) && cntDemonym(a.toks[np[1]])
}

// cntDemonym: "Syrians", "Pakistanis", "Chinese", "Britons".
func cntDemonym(t cntTok) bool {
	if !t.capitalised() || len(t.lc) < 5 {
		return false
	}
	for _, suf := range []string{"ans", "ese", "is", "ons", "ards", "ots", "ites", "ish"} {
		if strings.HasSuffix(t.lc, suf) {
			return true
		}
	}
	return false
}

// Number reading ------------------------------------------------------

// cntNum is one number expression: tokens [i, j].
type cntNum struct {
	i, j     int
	val      float64
	val2     float64 // the second value of a "50-60" token
	hasVal2  bool
	tally    bool   // the two values were joined by "-to-": "230-to-198"
	word     bool   // spelled out
	scaled   bool   // "million" and the like
	cur      string // currency code from a symbol or code before the number
	curNoun  string
	pct      bool    // "45%"
	unit     string  // glued unit: "5km"
	compound string  // "six-room" -> "room"
	plain4   bool    // a four-digit integer without a comma: maybe a year
	one      bool    // the value 1 said as "one" or "1" without a scale
	scale    float64 // what a scale word multiplied it by: "$7 billion" -> 1e9, "$7bn" -> 1e9; or 0

	// analysis
	skip     bool
	kind     string
	noun     string
	unitOut  string
	qual     string
	qi       int  // first token of the qualifier, or i
	npEnd    int  // last token of what follows the number and says what it counts (unit, noun), or j
	counted  bool // a counted noun or unit follows
	bare     bool // nothing follows that says what it counts
	cents    bool // a sum in hundredths ("76 cents"), read as the main unit
	cue      string
	rangeOf  *cntNum
	postQual string  // "or more"
	pair     *cntNum // the second number of a bare range
	follows  *cntNum // the first number of a bare range
	partitiv bool
}

func cntDigitsValue(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// cntLeadingNumber splits "2,500.5rest" into the number and the rest. The
// groups after a comma must have three digits or more ("1,2" is a list),
// or be grouped as India groups them, in twos before the last three
// ("1,40,000", "12,34,567": lakhs and crores).
func cntLeadingNumber(s string) (num, rest string, ok bool) {
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 {
		return "", s, false
	}
	if k <= 2 {
		k += speech.LakhGroups(s[k:])
	}
	for k < len(s) && s[k] == ',' {
		m := k + 1
		for m < len(s) && s[m] >= '0' && s[m] <= '9' {
			m++
		}
		if m-k-1 < 3 {
			break
		}
		k = m
	}
	if k+1 < len(s) && s[k] == '.' && s[k+1] >= '0' && s[k+1] <= '9' {
		m := k + 1
		for m < len(s) && s[m] >= '0' && s[m] <= '9' {
			m++
		}
		k = m
	}
	return s[:k], s[k:], true
}

var cntGluedUnits = lazy.Of("km", "kg", "mm", "cm", "ft", "mi", "lb", "lbs", "ha", "km2", "km²", "m2", "m²", "kms", "t", "m",
	"mph", "kph", "km/h", "kmh", "°c", "°f", "°")

// speeds, temperatures and the magnitude of an earthquake are measures:
// figures of kind other with their unit, which sources may give
// differently ("winds of 195 km/h", "a 6.4-magnitude quake")
var cntSpeedUnits = lazy.Of("mph", "kph", "kmph", "km/h", "kmh", "knots", "knot")
var cntTemperatureUnits = lazy.Of("degree", "degrees", "°", "°c", "°f", "celsius", "fahrenheit")
var cntTemperatureScales = lazy.Of("celsius", "fahrenheit", "centigrade", "c", "f")

// cntParse reads a number expression starting at token i, or returns nil.
func cntParse(toks []cntTok, i int) *cntNum {
	t := toks[i]
	if strings.ContainsAny(t.pre, "+#") || strings.ContainsAny(t.core, ":@_=?&") || strings.Contains(t.core, "/") && !strings.HasSuffix(t.lc, "km/h") {
		return nil // (a date, a ratio, an address; but "200km/h" is a speed)
	}
	n := &cntNum{i: i, j: i}
	core := t.core
	// a currency code or sign before the number: "USD 5 million", "US$ 4 million"
	if code, ok := cntSpacedCurrency(t); ok && t.post == "" && i+1 < len(toks) && toks[i+1].pre == "" {
		if _, _, isNum := cntLeadingNumber(toks[i+1].core); isNum {
			m := cntParse(toks, i+1)
			if m == nil || m.cur != "" {
				return m
			}
			m.i = i
			m.cur, m.curNoun = code, cntCodeNoun(code)
			return m
		}
	}
	for _, c := range cntCurSymbols {
		if strings.HasPrefix(core, c.sym) && len(core) > len(c.sym) && core[len(c.sym)] >= '0' && core[len(c.sym)] <= '9' {
			n.cur, n.curNoun = c.code, c.noun
			core = core[len(c.sym):]
			break
		}
	}
	if n.cur == "" {
		if code, k := cntCurrencyPrefix(core); k > 0 {
			n.cur, n.curNoun = code, cntCodeNoun(code)
			core = core[k:]
		}
	}
	for _, c := range cntLetterCurrencies {
		// "R15,000", "Sh2 billion", "N5,000": a letter that is a
		// currency's sign only before a sum of thousands or more (not
		// "R0", "N95")
		amount, ok := strings.CutPrefix(core, c.sym)
		if n.cur != "" || !ok || amount == "" || amount[0] < '0' || amount[0] > '9' {
			continue
		}
		if num, rest, ok := cntLeadingNumber(amount); ok && (strings.Contains(num, ",") || cntMoneyScale()[strings.ToLower(rest)] > 0 ||
			rest == "" && i+1 < len(toks) && cntScale()[toks[i+1].lc] >= 1e6) {
			n.cur, n.curNoun = c.code, c.noun
			core = amount
		}
		break
	}
	if num, rest, ok := cntLeadingNumber(core); ok {
		v, ok := cntDigitsValue(num)
		if !ok {
			return nil
		}
		n.val = v
		lrest := strings.ToLower(rest)
		switch {
		case rest == "":
			n.plain4 = len(num) == 4 && !strings.ContainsAny(num, ",.") && n.cur == ""
			if t.post == "," && len(num) <= 3 && !strings.ContainsAny(num, ",.") && i+1 < len(toks) && toks[i+1].core == "000" && toks[i+1].pre == "" {
				n.val, n.j, n.plain4 = v*1000+0, i+1, false // "more than 50, 000 people": a space typed after the comma
			}
		case rest == "%" || lrest == "pc" || lrest == "pct" || lrest == "percent":
			n.pct = true // (British papers' "3pc", wires' "3pct", and a page that lost its space: "a 0.8percent decline")
		case cntMoneyScale()[lrest] > 0 && (n.cur != "" || lrest == "bn"):
			n.scale = cntMoneyScale()[lrest]
			n.val *= n.scale
			n.scaled = true
		case rest == "K" && n.cur == "":
			n.val *= 1000 // "414K views": thousands, as social media counts them
			n.scaled = true
		case rest == "M" && n.cur == "":
			n.val *= 1e6 // "1.2M acres": millions, as headlines write them (a metre is a small m)
			n.scaled = true
		case cntGluedUnits.Has(lrest) && n.cur == "":
			n.unit = lrest
		case rest[0] == '-' || strings.HasPrefix(rest, "–"):
			_, w := utf8.DecodeRuneInString(rest)
			r2 := rest[w:]
			if sign := t.core[:len(t.core)-len(core)]; sign != "" {
				r2 = strings.TrimPrefix(r2, sign) // "£37.50-£45"
			}
			if to, ok := strings.CutPrefix(r2, "to-"); ok {
				r2, n.tally = to, true // "230-to-198"
			}
			if num2, rest2, ok := cntLeadingNumber(r2); ok {
				if rest2 == "%" && !n.tally {
					n.pct = true // "10–15%"
				} else if rest2 != "" {
					return nil // a phone number or an identifier
				}
				v2, ok := cntDigitsValue(num2)
				if !ok {
					return nil // (more digits than a number holds)
				}
				n.val2, n.hasVal2 = v2, true
			} else if n.tally {
				return nil
			} else if lr2 := strings.ToLower(r2); lr2 == "per-cent" || lr2 == "percent" {
				n.pct = true // "a 17-per-cent jump"
			} else if sc := cntScale()[strings.ToLower(r2)]; sc >= 1e3 || sc == 100 && n.val < 100 {
				n.val *= sc // "$10-million", "some 12-hundred people" (as Voice of America writes 1,200)
				n.scaled = sc >= 1e3
			} else if sw, c, ok := strings.Cut(strings.ToLower(r2), "-"); ok && cntScale()[sw] >= 1e3 && c != "" && cntLetters(c) {
				n.val *= cntScale()[sw] // "a 95-billion-dollar aid bill", "a 10-million-strong crowd"
				n.scaled, n.compound = true, c
			} else if r2 != "" && cntLetters(r2) && strings.ToLower(r2) == r2 {
				n.compound = strings.ToLower(r2)
			} else {
				return nil
			}
		default:
			return nil // "1970s", "5th", "F16", "2019-nCoV"
		}
	} else if n.cur == "" {
		if !cntReadWords(toks, i, n) {
			return nil
		}
	} else {
		return nil
	}
	// scale words: "2.5 million", "$300 million"
	for n.j+1 < len(toks) && !toks[n.j].punct() && toks[n.j+1].pre == "" && !n.pct && n.compound == "" && n.unit == "" {
		next := toks[n.j+1].lc
		if s, ok := cntScale()[next]; ok && !n.word {
			n.val *= s
			n.val2 *= s
			n.scaled = true
			n.scale = max(n.scale, 1) * s
			n.j++
			continue
		}
		if s, ok := cntMoneyScale()[next]; ok && n.cur != "" && !n.scaled {
			n.val *= s
			n.scaled = true
			n.scale = s
			n.j++
			continue
		}
		if next == "dozen" && !n.word && n.val == math.Trunc(n.val) {
			n.val *= 12
			n.j++
			continue
		}
		break
	}
	n.one = n.val == 1 && !n.scaled && !n.hasVal2
	return n
}

func cntCodeNoun(code string) string {
	if noun, ok := cntISOCodes()[code]; ok {
		return noun
	}
	if strings.HasSuffix(code, "$") {
		return "dollars"
	}
	return strings.ToLower(code)
}

func cntLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// cntReadWords reads a spelled-out number: "seven", "twenty-five", "two
// hundred and fifty", "a dozen", "half a dozen", "one million", "half
// a million", "six-room".
func cntReadWords(toks []cntTok, i int, n *cntNum) bool {
	lc := toks[i].lc
	nextIs := func(k int, set map[string]float64) (float64, bool) {
		if k < len(toks) && !toks[k-1].punct() && toks[k].pre == "" {
			v, ok := set[toks[k].lc]
			return v, ok
		}
		return 0, false
	}
	n.word = true
	if f, k, ok := cntFractionOfOne(toks, i); ok {
		// "seven-tenths of one percent", "three-quarters of 1%", "half a
		// meter": a fraction of one unit, as copy written to be read
		// aloud gives small amounts
		n.val, n.j, n.pct = f, k, toks[k].core == "1%"
		return true
	}
	switch lc {
	case "a", "an":
		for k := i + 1; k < len(toks) && k <= i+2 && !toks[k-1].punct(); k++ {
			if toks[k].lc == "percentage" && k+1 < len(toks) && toks[k+1].lc == "point" && (k == i+1 || toks[i+1].lc == "full") {
				n.val, n.j = 1, k-1 // "a full percentage point above the national rate": one point
				return true
			}
		}
		if i+2 < len(toks) && toks[i+1].lc == "half" && !toks[i].punct() && !toks[i+1].punct() && toks[i+2].pre == "" && cntFractionUnit(toks[i+2].lc) {
			n.val, n.j = 0.5, i+1 // "a half mile"
			return true
		}
		if i+4 < len(toks) && toks[i+1].lc == "quarter" && toks[i+2].lc == "of" && (toks[i+3].lc == "a" || toks[i+3].lc == "an") && !toks[i+1].punct() && !toks[i+2].punct() && !toks[i+3].punct() {
			if v, ok := nextIs(i+4, cntScale()); ok && v >= 1e3 {
				n.val, n.j, n.scaled = v/4, i+4, v >= 1e6 // "a quarter of a million people"
				return true
			}
		}
		if i+1 < len(toks) && !toks[i].punct() && toks[i+1].pre == "" {
			// "a half-million residents", "a half million are estimated",
			// "a quarter-billion dollars": a fraction of a scale, in one
			// word or two
			frac, scale, ok := strings.Cut(toks[i+1].lc, "-")
			k := i + 1
			if !ok && i+2 < len(toks) && !toks[i+1].punct() && toks[i+2].pre == "" {
				frac, scale, k = toks[i+1].lc, toks[i+2].lc, i+2
			}
			if v, ok := cntScale()[scale]; ok && v >= 1e3 && (frac == "half" || frac == "quarter") {
				n.val, n.j, n.scaled = v/cntDenominators()[frac], k, v >= 1e6
				return true
			}
		}
		if v, ok := nextIs(i+1, cntScale()); ok && v >= 100 {
			n.val, n.j, n.scaled = v, i+1, v >= 1e6
		} else if i+1 < len(toks) && toks[i+1].lc == "dozen" && !toks[i].punct() {
			n.val, n.j = 12, i+1
		} else {
			return false
		}
		return cntMoreWords(toks, n)
	case "half":
		if i+2 < len(toks) && (toks[i+1].lc == "a" || toks[i+1].lc == "an") && !toks[i].punct() {
			if v, ok := nextIs(i+2, cntScale()); ok && v >= 1e3 {
				n.val, n.j, n.scaled = v/2, i+2, v >= 1e6
				return true
			}
			if toks[i+2].lc == "dozen" && !toks[i+1].punct() && toks[i+2].pre == "" {
				n.val, n.j = 6, i+2 // "half a dozen workers"
				return true
			}
		}
		return false
	case "dozen":
		return false
	}
	if whole, ok := strings.CutSuffix(lc, "-and-a-half"); ok {
		v, isNum := cntWordNumber(whole)
		if !isNum {
			return false
		}
		n.val = v + 0.5 // "three-and-a-half percent"
		return true
	}
	if v, ok := cntWordNumber(lc); ok {
		n.val = v
	} else if v, rest, ok := cntHyphenNumber(lc); ok {
		// "two-hundred-forty-eight-thousand", "five-point-six",
		// "thirty-two-year-old": numbers spelled with hyphens, as Voice
		// of America's Learning English writes them
		n.val = v
		if rest != "" {
			if !cntLetters(rest) {
				return false
			}
			n.compound = rest
			return true
		}
		n.scaled = v >= 1e6
	} else if a, b, ok := strings.Cut(lc, "-"); ok {
		// "six-room", "twenty-five-year-old"
		if v, ok := cntWordNumber(a); ok {
			n.val = v
			if a2, b2, ok := strings.Cut(b, "-"); ok {
				if v2, ok := cntWordNumber(a + "-" + a2); ok {
					n.val, b = v2, b2
				}
			}
			if !cntLetters(b) {
				return false
			}
			n.compound = b
			return true
		}
		return false
	} else {
		return false
	}
	if i+3 < len(toks) && toks[i+1].lc == "and" && toks[i+2].lc == "a" && toks[i+3].lc == "half" && !toks[i].punct() && !toks[i+1].punct() && !toks[i+2].punct() {
		// "one and a half million people", "three and a half percent",
		// as copy written to be read aloud gives them
		n.val, n.j = n.val+0.5, i+3
		if sc, ok := nextIs(i+4, cntScale()); ok && sc >= 1e3 {
			n.val, n.j, n.scaled = n.val*sc, i+4, sc >= 1e6
		}
		return true
	}
	return cntMoreWords(toks, n)
}

// cntFractionOfOne reads a fraction of one unit at token i ("seven-tenths
// of one percent", "three-quarters of 1%", "half a meter"): its value and
// the last token before the unit (or the "1%" that holds it).
func cntFractionOfOne(toks []cntTok, i int) (float64, int, bool) {
	f, ok := cntFraction(toks[i].lc)
	if !ok {
		return 0, 0, false
	}
	k := i + 1
	if k < len(toks) && toks[k].lc == "of" {
		k++
	}
	if k+1 >= len(toks) || k == i+1 && toks[i].lc != "half" {
		return 0, 0, false
	}
	for x := i; x < k; x++ {
		if toks[x].punct() || toks[x+1].pre != "" {
			return 0, 0, false
		}
	}
	one := toks[k]
	if one.core == "1%" {
		return f, k, true
	}
	if (one.lc == "a" || one.lc == "an" || one.lc == "one" || one.lc == "1") && !one.punct() && toks[k+1].pre == "" && cntFractionUnit(toks[k+1].lc) {
		return f, k, true
	}
	return 0, 0, false
}

// cntFraction reads a fraction in words: "half", "one-half", "a-third",
// "three-quarters", "seven-tenths".
func cntFraction(lc string) (float64, bool) {
	if lc == "half" {
		return 0.5, true
	}
	num, den, ok := strings.Cut(lc, "-")
	if !ok {
		return 0, false
	}
	v, ok := cntWordNumber(num)
	if num == "a" {
		v, ok = 1, true
	}
	d, isDen := cntDenominators()[den]
	if !ok || !isDen || v >= d || (v == 1) != !strings.HasSuffix(den, "s") && den != "half" {
		return 0, false
	}
	return v / d, true
}

var cntDenominators = sync.OnceValue(func() map[string]float64 {
	return map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
		"fifths": 5, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100}
})

// cntFractionUnit tells a unit a fraction of one is given in: "half a
// meter", "seven-tenths of one percent", "a quarter of a percentage point".
func cntFractionUnit(lc string) bool {
	return lc == "percent" || lc == "per" || lc == "percentage" || lc == "%" || cntDistanceUnits.Has(lc) ||
		cntWeightUnits.Has(lc) || cntAreaUnits.Has(lc)
}

// cntMoreWords extends a spelled-out number over the number words that
// follow it.
func cntMoreWords(toks []cntTok, n *cntNum) bool {
	total, cur := 0.0, n.val
	if n.val >= 1e3 {
		total, cur = n.val, 0
	}
	lastBig := n.val >= 100
	chunk, scaledLast := 0.0, false // what the last scale word added, and whether the word before was one
	for k := n.j + 1; k < len(toks); k++ {
		if toks[k-1].punct() || toks[k].pre != "" {
			break
		}
		lc := toks[k].lc
		if lc == "point" && cur > 0 && cur < 1000 && math.Mod(cur, 1) == 0 && !scaledLast {
			// "three point seven billion dollars": the digits of a
			// fraction, spelled one by one, as copy written to be read
			// aloud gives them
			frac, step, x := 0.0, 0.1, k+1
			for ; x < len(toks) && !toks[x-1].punct() && toks[x].pre == ""; x++ {
				d, ok := cntSmall()[toks[x].lc]
				if !ok || d > 9 {
					break
				}
				frac += d * step
				step /= 10
			}
			next := ""
			if x < len(toks) {
				next = toks[x].lc
			}
			if x == k+1 || cntScale()[next] < 1e3 && next != "percent" && next != "per" {
				break // (of a scale or a percentage only: "at one point six officers" came)
			}
			cur += frac
			n.j, k = x-1, x-1
			continue
		}
		if v, ok := cntWordNumber(lc); ok && v > 0 {
			if cur != 0 && math.Mod(cur, 100) != 0 && !(math.Mod(cur, 10) == 0 && v < 10) {
				break // "five ten" is not a number
			}
			cur += v
			n.j = k
			lastBig, scaledLast = false, false
			continue
		}
		if s, ok := cntScale()[lc]; ok {
			switch {
			case s == 100:
				cur = math.Max(cur, 1) * 100
			case scaledLast && cur == 0 && chunk > 0:
				// "one hundred sixty-two thousand million dollars": a
				// thousand millions, the scale of the words before
				total += chunk*s - chunk
				chunk *= s
			default:
				chunk = math.Max(cur, 1) * s
				total += chunk
				cur = 0
			}
			n.scaled = n.scaled || s >= 1e6
			n.j = k
			lastBig, scaledLast = true, s != 100
			continue
		}
		if lc == "dozen" && cur > 0 && cur < 20 {
			cur *= 12
			n.j = k
			continue
		}
		if lc == "and" && lastBig && k+1 < len(toks) {
			if v, ok := cntWordNumber(toks[k+1].lc); ok && v < 100 && !toks[k].punct() {
				continue
			}
		}
		break
	}
	n.val = total + cur
	return true
}

// Analysis ------------------------------------------------------------

// findCounts returns the figures in one paragraph of plain text, in order.
// rangeToken is the first of n's tokens whose word holds the dash of
// n's range, or -1 (and -1 at once when n is no range).
func rangeToken(toks []cntTok, n *cntNum) int {
	if !n.hasVal2 {
		return -1
	}
	for k := n.i; k <= n.j && k < len(toks); k++ {
		if strings.ContainsAny(toks[k].core, "-–") {
			return k
		}
	}
	return -1
}

func findCounts(para string) []Count {
	toks := cntTokenize(para)
	var ns []*cntNum
	for i := 0; i < len(toks); {
		n := cntParse(toks, i)
		if n == nil {
			i++
			continue
		}
		ns = append(ns, n)
		i = n.j + 1
	}
	a := &cntAnalysis{toks: toks, ns: ns}
	for k := range ns {
		a.follow(k)
	}
	a.links()
	for k := range ns {
		a.exclude(k)
	}
	for k := range ns {
		a.classify(k)
	}
	a.inherit()
	a.addCents()
	var out []Count
	for _, n := range ns {
		if n.skip {
			continue
		}
		start := toks[n.qi].start
		if n.qual == "~" {
			start = toks[n.i].start - len("~")
		}
		c := Count{Value: cntRound(n.val), Qualifier: n.qual, Kind: n.kind, Noun: n.noun, Unit: n.unitOut, Start: start, End: toks[n.j].end}
		if k := rangeToken(toks, n); k >= 0 {
			// "20-30 officers", "Ksh 9,000-10,000": two figures, split at
			// the dash (in the number's token, after any currency's)
			t := toks[k]
			dash := strings.IndexAny(t.core, "-–")
			c.End = t.start + dash
			out = append(out, c)
			c.Value, c.Qualifier = cntRound(n.val2), ""
			_, w := utf8.DecodeRuneInString(t.core[dash:])
			c.Start, c.End = t.start+dash+w, toks[n.j].end
			if n.tally {
				c.Start += len("to-")
			}
			out = append(out, c)
			continue
		}
		out = append(out, c)
	}
	return out
}

// addCents adds a sum in hundredths to the sum in its main unit that
// "and" joins it to: "one hundred three dollars and seventy-six cents" is
// one figure, $103.76.
func (a *cntAnalysis) addCents() {
	for k := 0; k+1 < len(a.ns); k++ {
		n, m := a.ns[k], a.ns[k+1]
		if n.skip || m.skip || !m.cents || n.cents || n.kind != "money" || n.noun != m.noun || n.val2 != 0 || m.val2 != 0 ||
			m.i != n.npEnd+2 || a.tok(n.npEnd+1).lc != "and" {
			continue
		}
		n.val += m.val
		n.j, m.skip = m.npEnd, true
	}
}

// cntRound drops the float noise of scaling: 4.1 * 1e9 -> 4100000000.
func cntRound(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return r
}

type cntAnalysis struct {
	toks []cntTok
	ns   []*cntNum
}

// votes tells a paragraph that speaks of a vote, where "230-to-198" is
// a tally: a word of cntTally or cntVoteVerbs in it.
func (a *cntAnalysis) votes() bool {
	return slices.ContainsFunc(a.toks, func(t cntTok) bool { return cntTally.Has(t.lc) || cntVoteVerbs.Has(t.lc) })
}

func (a *cntAnalysis) tok(k int) cntTok {
	if k < 0 || k >= len(a.toks) {
		return cntTok{}
	}
	return a.toks[k]
}

// adjacent reports whether tokens k and k+1 are in one phrase, with no
// punctuation between them.
func (a *cntAnalysis) adjacent(k int) bool {
	return k >= 0 && k+1 < len(a.toks) && !a.toks[k].punct() && a.toks[k+1].pre == ""
}

// follow reads what comes after number k: a percent sign, a currency, a
// unit, a time unit, or a noun phrase.
func (a *cntAnalysis) follow(k int) {
	n := a.ns[k]
	n.npEnd = n.j
	n.qi = n.i
	j := n.j + 1
	adj := a.adjacent(n.j)
	lc := a.tok(j).lc
	switch {
	case n.pct:
		a.percent(n, n.j)
		return
	case adj && (lc == "percent" || lc == "%" || lc == "pct" || lc == "pc"):
		a.percent(n, j)
		return
	case adj && lc == "per" && a.tok(j+1).lc == "cent":
		a.percent(n, j+1)
		return
	case adj && lc == "percentage" && strings.HasPrefix(a.tok(j+1).lc, "point"):
		a.percent(n, j+1)
		return
	}
	if n.cur != "" {
		n.kind, n.unitOut, n.noun, n.counted = "money", n.cur, n.curNoun, true
		if adj && cntCurWords.Has(lc) { // "$5 million dollars"
			n.npEnd = j
		} else if adj && n.scaled && cntMoneyNouns.Has(lc) {
			n.npEnd = j
		}
		return
	}
	if cntSpeedUnits.Has(n.unit) || cntTemperatureUnits.Has(n.unit) {
		a.measure(n, n.unit, n.j) // "200km/h", "30°C"
		return
	}
	if n.unit != "" {
		a.unitKind(n, n.unit, n.j)
		return
	}
	if prev := a.tok(n.i - 1); prev.lc == "magnitude" && a.adjacent(n.i-1) {
		n.kind, n.noun, n.counted = "other", "magnitude", true // "a magnitude 6.4 earthquake"
		return
	}
	if n.compound != "" {
		a.compoundKind(n)
		return
	}
	prevLc := a.tok(n.i - 1).lc
	if n.hasVal2 && (adj && cntTally.Has(lc) || cntVoteVerbs.Has(prevLc) || (prevLc == "was" || prevLc == "of") && cntTally.Has(a.tok(n.i-2).lc) || n.tally && a.votes()) && n.val2 <= n.val {
		if !(adj && cntTally.Has(lc)) {
			n.kind, n.noun, n.counted = "other", "votes", true
			return
		}
		n.kind, n.noun, n.counted, n.npEnd = "other", lc, true, j // "a 20-1 vote"
		return
	}
	// "two or more chronic conditions", "50 or so people"
	if adj && (lc == "or" || lc == "and") && a.adjacent(j) {
		switch a.tok(j + 1).lc {
		case "more", "fewer", "less", "so", "over", "above", "up", "older", "younger", "under", "below":
			n.postQual = lc + " " + a.tok(j+1).lc
			if a.adjacent(j + 1) {
				a.nounPhrase(n, j+2)
			} else {
				n.bare = true
			}
			return
		}
	}
	if !adj {
		n.bare = true
		a.countedBefore(n)
		return
	}
	// currency words: "900 million złotys", "US dollars", "Egyptian pounds"
	if w, end, ok := a.currencyWord(j, n); ok {
		n.kind, n.noun, n.counted, n.npEnd = "money", w, true, end
		n.unitOut = cntCurrencyUnit(w)
		if main := cntHundredths[w]; main != "" {
			// "44 cents" is $0.44, so that it agrees with a report of
			// "$0.44" (and "30 pence" with "£0.30")
			n.val, n.val2, n.noun, n.cents = n.val/100, n.val2/100, main, true
		}
		return
	}
	if next := a.tok(j + 1).lc; (lc == "extra" || lc == "additional" || lc == "more" || lc == "fewer") && a.adjacent(j) &&
		(cntDistanceUnits.Has(next) && len(next) > 1 || cntAreaUnits.Has(next) || cntWeightUnits.Has(next) || cntVolumeUnits.Has(next)) {
		a.unitKind(n, next, j+1) // "10,100 extra tonnes": a measure of more of it
		return
	}
	// units with two words
	two := lc + " " + a.tok(j+1).lc
	if a.adjacent(j) {
		switch {
		case (lc == "square" || lc == "sq" || lc == "sq.") && (cntDistanceUnits.Has(a.tok(j+1).lc) || a.tok(j+1).lc == "kilometers"):
			n.kind, n.unitOut, n.noun, n.counted, n.npEnd = "area", strings.ReplaceAll(two, "sq.", "sq"), "", true, j+1
			return
		case lc == "cubic" && cntDistanceUnits.Has(a.tok(j+1).lc):
			n.kind, n.unitOut, n.counted, n.npEnd = "other", two, true, j+1 // a volume, as gallons and litres are
			return
		case (lc == "metric" || lc == "short" || lc == "long") && strings.HasPrefix(a.tok(j+1).lc, "ton"):
			n.kind, n.unitOut, n.counted, n.npEnd = "weight", two, true, j+1
			return
		case lc == "nautical" && strings.HasPrefix(a.tok(j+1).lc, "mile"):
			n.kind, n.unitOut, n.noun, n.counted, n.npEnd = "distance", two, two, true, j+1
			return
		case lc == "light" && strings.HasPrefix(a.tok(j+1).lc, "year"):
			n.kind, n.unitOut, n.noun, n.counted, n.npEnd = "distance", "light-years", two, true, j+1
			return
		}
	}
	if cntDistanceUnits.Has(lc) || cntAreaUnits.Has(lc) || cntWeightUnits.Has(lc) || cntVolumeUnits.Has(lc) {
		if lc == "m" && n.scaled {
			n.bare = true
			return
		}
		a.unitKind(n, lc, j)
		if of, what := a.tok(j+1), a.tok(j+2); n.kind == "distance" && a.adjacent(j) && of.lc == "of" && a.adjacent(j+1) && cntFalls.Has(what.lc) {
			// "300 millimetres of rain": how much fell, a measure of the
			// weather, not a distance
			n.kind, n.noun, n.npEnd = "other", what.lc, j+2
		}
		return
	}
	if cntSpeedUnits.Has(lc) || cntTemperatureUnits.Has(lc) && !(lc == "degree" && n.val != 1 && !cntTemperatureScales.Has(a.tok(j+1).lc)) {
		a.measure(n, lc, j) // (but "54 degree programs" are programs)
		return
	}
	if lc == "magnitude" && adj {
		n.kind, n.noun, n.counted, n.npEnd = "other", "magnitude", true, j // "a 7.1 magnitude quake"
		return
	}
	if cntTimeUnits.Has(lc) || cntNotCounted.Has(lc) {
		n.skip = true
		return
	}
	a.nounPhrase(n, j)
	a.countedBefore(n)
}

// cntFalls are what falls from the sky, measured as a depth: "300
// millimetres of rain".
var cntFalls = lazy.Of("rain", "rainfall", "snow", "snowfall", "hail", "precipitation")

// measure reads a speed or a temperature whose unit ends at token last
// ("195 km/h", "45 degrees Celsius"): a figure of kind other, its unit
// the measure's, its noun what is measured, the noun after it ("165 mph
// winds") or the plural that "of" links it to before ("winds of up to
// 195 kilometers per hour", "temperatures of 45 degrees").
func (a *cntAnalysis) measure(n *cntNum, unit string, last int) {
	if cntTemperatureUnits.Has(unit) {
		scale := unit // "30°C", or the scale named after "degrees"
		if next := a.tok(last + 1).lc; a.adjacent(last) && cntTemperatureScales.Has(next) {
			scale, last = next, last+1
		}
		switch scale {
		case "°c", "celsius", "centigrade", "c":
			unit = "°C"
		case "°f", "fahrenheit", "f":
			unit = "°F"
		default:
			unit = "degrees"
		}
	}
	n.kind, n.unitOut, n.counted, n.npEnd = "other", unit, true, last
	if a.adjacent(last) {
		if np := a.npWords(last + 1); len(np) > 0 && cntPlural(a.tok(np[len(np)-1]).lc) {
			n.noun, n.npEnd = a.npText(np), np[len(np)-1]
			return
		}
	}
	for x := n.i - 1; x >= 0 && x >= n.i-5 && a.tok(x).sent == a.tok(n.i).sent; x-- {
		w := a.tok(x)
		if w.lc == "of" {
			if before := a.tok(x - 1); cntPlural(before.lc) && !before.punct() {
				n.noun = before.lc
			}
			break
		}
		if cntMeasured.Has(w.lc) {
			n.noun = w.lc // "Winds reached 180 km/h", "temperatures of up to 45 degrees"
			break
		}
		if x < n.i-1 && w.punct() {
			break
		}
	}
	if n.noun == "" {
		n.noun = unit
	}
}

// cntMeasured are what a speed or a temperature is usually of, named
// before it: "Winds reached 180 km/h", "highs of 40 degrees".
var cntMeasured = lazy.Of("wind", "winds", "gust", "gusts", "speed", "speeds", "temperature", "temperatures", "temps",
	"high", "highs", "low", "lows", "heat")

// countedBefore reads what a bare number counts from the words before
// it, when the words after it do not say.
func (a *cntAnalysis) countedBefore(n *cntNum) {
	prev := a.tok(n.i - 1 - len(strings.Fields(a.qualifierAt(n.i))))
	if n.noun == "" && !n.skip && (prev.lc == "and" || strings.HasSuffix(prev.post, ",")) && (cntPlacePreps.Has(a.tok(n.j+1).lc) || cntShareOut.Has(a.tok(n.j+1).lc) && a.numberStartingAt(n.j+2) == nil) && a.adjacent(n.j) {
		// "killed 12 people in India and 10 in Bangladesh", "250
		// thousand protesters in New York City, 100 thousand in London":
		// the count before it, in another place (after a comma, only a
		// count that named its place too)
		for x := len(a.ns) - 1; x >= 0; x-- {
			if m := a.ns[x]; m.i < n.i && m.counted && m.noun != "" && a.tok(m.i).sent == a.tok(n.i).sent && (prev.lc == "and" || cntPlacePreps.Has(a.tok(m.npEnd+1).lc) || cntShareOut.Has(a.tok(m.npEnd+1).lc)) {
				n.noun, n.kind, n.unitOut, n.counted, n.bare = m.noun, m.kind, m.unitOut, true, false
				break
			}
		}
	}
	if k := n.i - 1 - len(strings.Fields(a.qualifierAt(n.i))); n.noun == "" && !n.skip && (a.tok(k).lc == "of" || a.tok(k).lc == "is" || a.tok(k).lc == "was") &&
		(a.tok(k-1).lc == "population" || a.tok(k-1).lc == "populations" || a.tok(k).lc == "of" && cntSettlements.Has(a.tok(k-1).lc)) && a.adjacent(k-1) {
		// "With a population of 4,631", "a coastal city of 900,000":
		// people living there
		n.noun, n.kind, n.counted, n.bare = "population", "people", true, false
	}
	if n.noun == "" && !n.skip {
		// "Employment has risen by more than 98,000": what moved by it
		// (a bare number it moved to may be a score or an index)
		if s := a.percentSubject(n.i); s != "" && a.tok(n.i-1-len(strings.Fields(a.qualifierAt(n.i)))).lc == "by" {
			n.noun, n.counted, n.bare = s, true, false
			if n.kind == "" {
				n.kind = "other"
			}
		}
	}
}

func (a *cntAnalysis) percent(n *cntNum, last int) {
	n.kind, n.unitOut, n.counted, n.npEnd = "percent", "%", true, last
	// "a 4% share", "52% of participating voters"
	j := last + 1
	if a.adjacent(last) && a.tok(j).lc == "of" {
		j++
		if a.adjacent(j-1) && (a.tok(j).lc == "the" || a.tok(j).lc == "its" || a.tok(j).lc == "their" || a.tok(j).lc == "all") {
			j++
		}
		if a.adjacent(j - 1) {
			if np := a.npWords(j); len(np) > 0 {
				n.noun = a.npText(np)
			}
		}
		return
	}
	switch a.tok(n.i - 1).lc {
	case "a", "an", "the", "its", "their", "his", "her", "our":
		if a.adjacent(last) { // "a 4% share"
			if np := a.npWords(j); len(np) > 0 && !cntPlural(a.tok(np[len(np)-1]).lc) {
				n.noun = a.npText(np)
			}
		}
	}
	if n.noun == "" {
		n.noun = a.percentSubject(n.i)
	}
}

// percentSubject is what a percentage or a bare count measures when the
// sentence says what moved to it or by it: "Unemployment fell to 3.9
// percent", "wages rose 5.1%", "turnout was 62%", "employment has risen
// by more than 98,000" → the noun before the verb.
func (a *cntAnalysis) percentSubject(i int) string {
	k := i - 1
	for cntQualifierWords.Has(a.tok(k).lc) && a.adjacent(k) {
		k-- // "by more than"
	}
	if p := a.tok(k).lc; (p == "to" || p == "at" || p == "by") && a.adjacent(k) {
		k--
	}
	if !cntChangeVerbs.Has(a.tok(k).lc) || !a.adjacent(k-1) || a.tok(k).sent != a.tok(i).sent {
		return ""
	}
	if aux := a.tok(k - 1).lc; (aux == "has" || aux == "have" || aux == "had") && a.adjacent(k-2) {
		k-- // "has risen"
	}
	subj := a.tok(k - 1)
	if subj.core == "" || subj.post != "" || !cntLetters(subj.core) || cntFunctionWords.Has(subj.lc) {
		return ""
	}
	return subj.lc
}

// cntChangeVerbs say where a measure moved or stood.
var cntChangeVerbs = lazy.Of("rose", "rise", "rises", "fell", "fall", "falls", "hit", "hits", "reached", "reaches",
	"climbed", "climbs", "dropped", "drops", "jumped", "jumps", "slipped", "slips", "increased", "increases",
	"decreased", "decreases", "grew", "grows", "stood", "stands", "was", "is", "were", "are", "soared", "plunged",
	"declined", "declines", "surged", "eased", "eases", "shrank", "shrinks", "edged", "averaged", "totalled", "totaled",
	"risen", "fallen", "grown", "dropped", "climbed")

// cntPeopleDo are what only people do, which a bare count before them
// counts: "Some 5,000 attended the rally".
var cntPeopleDo = lazy.Of("attended", "participated", "marched", "protested", "demonstrated", "rallied", "gathered", "voted",
	"signed", "enrolled", "registered", "applied", "graduated", "volunteered", "testified", "competed")

// cntSettlements are places people live in, whose size a bare count
// after "of" gives: "a city of 14 million".
var cntSettlements = lazy.Of("city", "town", "village", "country", "nation", "metropolis", "capital", "island", "province", "region", "state")

// cntShareOut open where a part of a count goes, as a count is shared
// out: "12 for the Auckland City District, eight for North Shore", "15 to
// other districts" (but "400 to 450 houses" is a range).
var cntShareOut = lazy.Of("to", "for")

// cntPlacePreps open where a count was counted: "10 in Bangladesh",
// "150,000 from Odisha".
var cntPlacePreps = lazy.Of("in", "from", "at", "across", "on", "inside", "outside", "near")

// cntQualifierWords stand between a verb's "by" or "to" and the number:
// "by more than 98,000", "to about 3,000".
var cntQualifierWords = lazy.Of("more", "less", "fewer", "than", "about", "around", "almost", "nearly", "over", "some",
	"roughly", "approximately", "just", "under")

// cntFunctionWords are never what a percentage measures.
var cntFunctionWords = lazy.Of("it", "this", "that", "which", "who", "they", "he", "she", "there", "and", "or", "but",
	"also", "has", "have", "had", "then", "now", "still", "only", "just", "already")

func (a *cntAnalysis) unitKind(n *cntNum, unit string, last int) {
	switch {
	case cntAreaUnits.Has(unit):
		n.kind = "area"
	case cntVolumeUnits.Has(unit):
		n.kind = "other"
	case cntWeightUnits.Has(unit) || unit == "t":
		n.kind = "weight"
		if unit == "pound" || unit == "pounds" {
			if a.moneyContext(n, last) {
				n.kind, n.noun, n.unitOut, n.counted, n.npEnd = "money", unit, "GBP", true, last
				return
			}
		}
	default:
		n.kind = "distance"
	}
	n.counted, n.npEnd = true, last
	if cntUnitShort()[unit] != "" {
		n.unitOut = cntUnitShort()[unit]
	} else {
		n.unitOut = unit
	}
	if last > n.j {
		n.noun = unit
	}
	// speeds: "60 miles per hour", "100 km an hour"
	if a.adjacent(last) && (a.tok(last+1).lc == "per" || a.tok(last+1).lc == "an" || a.tok(last+1).lc == "a") {
		switch a.tok(last + 2).lc {
		case "hour":
			speed := "km/h"
			if strings.HasPrefix(unit, "mile") || unit == "mi" {
				speed = "mph"
			}
			n.noun = ""
			a.measure(n, speed, last+2)
		case "second", "minute":
			n.skip = true
		}
	}
}

// moneyContext tells pounds sterling from pounds in weight; unit is the
// token of the word "pound".
func (a *cntAnalysis) moneyContext(n *cntNum, unit int) bool {
	if n.scaled {
		return true
	}
	// what follows says so: "the 30,000 pound (USD 45,000) prize", "a
	// 500-pound fine"
	s := a.tok(n.i).sent
	for k := unit + 1; k < len(a.toks) && k <= unit+3 && a.toks[k].sent == s; k++ {
		t := a.toks[k]
		if k == unit+1 && strings.HasPrefix(t.pre, "(") && (cntCurrencyCodes.Has(t.core) || strings.ContainsAny(t.pre+t.core, "$€¥₹")) {
			return true
		}
		if cntMoneyNouns.Has(t.lc) || cntPrizeNouns.Has(t.lc) {
			return true
		}
		if strings.HasPrefix(t.lc, "weigh") || t.lc == "heavy" || t.post != "" {
			break
		}
	}
	for k := n.i - 1; k >= 0 && a.toks[k].sent == s; k-- {
		lc := a.toks[k].lc
		if strings.HasPrefix(lc, "weigh") || lc == "heavy" || lc == "kg" {
			return false
		}
		if cntMoneyNouns.Has(lc) || lc == "paid" || lc == "pay" || lc == "worth" || lc == "sold" || lc == "bought" ||
			lc == "spent" || lc == "raised" || lc == "sterling" || lc == "fined" || lc == "costs" || lc == "cost" {
			return true
		}
	}
	return false
}

func (a *cntAnalysis) currencyWord(j int, n *cntNum) (word string, end int, ok bool) {
	t := a.tok(j)
	if cntCurWords.Has(t.lc) {
		if t.lc == "pound" || t.lc == "pounds" {
			if !a.moneyContext(n, j) {
				return "", 0, false
			}
		}
		if t.lc == "real" && !n.scaled {
			return "", 0, false
		}
		return t.lc, j, true
	}
	// "US dollars", "Hong Kong dollars", "Egyptian pounds"
	if t.capitalised() || t.lc == "us" {
		for m := j + 1; m <= j+2 && m < len(a.toks); m++ {
			if !a.adjacent(m - 1) {
				break
			}
			if !a.toks[m].capitalised() && cntCurWords.Has(a.toks[m].lc) {
				w := strings.ToLower(a.textOf(j, m))
				return w, m, true
			}
			if !a.toks[m].capitalised() {
				break
			}
		}
	}
	return "", 0, false
}

// cntHundredths are the coins a hundred of which make the currency an
// amount is given in, by the main unit's noun.
var cntHundredths = map[string]string{"cent": "dollars", "cents": "dollars", "pence": "pounds"}

func cntCurrencyUnit(w string) string {
	switch w {
	case "dollar", "dollars", "us dollars", "u.s. dollars", "american dollars", "usd", "cents", "cent":
		return "USD"
	case "euro", "euros", "eur":
		return "EUR"
	case "pound", "pounds", "sterling", "pounds sterling", "british pounds", "gbp", "pence":
		return "GBP"
	case "australian dollars":
		return "AUD"
	case "canadian dollars":
		return "CAD"
	}
	return w
}

func (a *cntAnalysis) textOf(i, j int) string {
	var b strings.Builder
	for k := i; k <= j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(a.toks[k].core)
	}
	return b.String()
}

// compoundKind reads "a six-room school", "a 50-mile drive", "a
// 29-year-old", "a two-day visit", "a 2,000-strong crowd".
func (a *cntAnalysis) compoundKind(n *cntNum) {
	c := n.compound
	first, rest, _ := strings.Cut(c, "-")
	switch {
	case cntTimeUnits.Has(first) || cntTimeUnits.Has(c) || cntNotCounted.Has(first) || strings.Contains(c, "old") ||
		cntTemperatureUnits.Has(first) || cntSpeedUnits.Has(first):
		n.skip = true // (and "a 180-degree turn", "a 30-mph zone": what a thing is, no measure of it)
	case first == "percent" || first == "per" && rest == "cent":
		n.kind, n.unitOut, n.counted = "percent", "%", true
	case first == "strong":
		n.counted = true
		n.kind = "other"
		if np := a.npWords(n.j + 1); len(np) > 0 && a.adjacent(n.j) {
			n.noun = a.npText(np)
			if k := cntNounKind([]string{a.tok(np[len(np)-1]).lc}); k == "people" || cntCrowd.Has(a.tok(np[len(np)-1]).lc) {
				n.kind = "people"
			}
		}
	case cntDistanceUnits.Has(first) || cntAreaUnits.Has(first) || cntWeightUnits.Has(first) || cntVolumeUnits.Has(first):
		a.unitKind(n, first, n.j)
		n.noun = first
		if n.unitOut == first && len(first) > 3 && !strings.HasSuffix(first, "s") {
			switch first {
			case "foot":
				n.unitOut = "feet"
			case "inch":
				n.unitOut = "inches"
			default:
				n.unitOut = first + "s"
			}
		}
	case cntCurWords.Has(first) && n.cur == "":
		n.kind, n.noun, n.unitOut, n.counted = "money", first, cntCurrencyUnit(first), true
	case rest != "" || n.one || cntFractions.Has(first) || first == "plus" || first == "point" && n.word:
		n.skip = true // "two-party-preferred", "one-day", "two-thirds"
	default:
		n.counted = true
		n.noun = first
		n.kind = cntNounKind([]string{first})
		if n.kind == "killed" || n.kind == "cases" {
			n.kind = "other" // "a five-death cluster" is rare; "a 3-case rule" is a label
		}
	}
}

var cntCrowd = lazy.Of("crowd", "army", "force", "workforce", "delegation", "contingent", "mob", "team", "militia", "group")
var cntFractions = lazy.Of("third", "thirds", "quarter", "quarters", "half", "halves", "fifth", "fifths", "tenth", "tenths", "sixth", "eighth")

// npWords returns the tokens of the noun phrase starting at token j: up
// to five words, ending at punctuation, a function word, a verb after a
// plural noun, or a number.
func (a *cntAnalysis) npWords(j int) []int {
	var out []int
	plural := false
	for k := j; k < len(a.toks) && len(out) < 5; k++ {
		t := a.toks[k]
		if len(out) > 0 && !plural {
			if end := a.modifierList(out[len(out)-1]); end > 0 {
				// "two separate and yet related negotiations", "seven
				// federal, state and local government agencies"
				for x := k; x <= end; x++ {
					out = append(out, x)
				}
				break
			}
		}
		if k > j && !a.adjacent(k-1) {
			break
		}
		if k == j && strings.ContainsAny(t.pre, "([\"“") {
			break
		}
		lc := t.lc
		if cntNPStop.Has(lc) && !(len(out) == 0 && (lc == "other" || lc == "more")) && !cntAcronymModifier(t.core, a.tok(k+1).core, a.adjacent(k)) {
			if len(out) == 0 && a.adjacent(k) && cntStopModifier(lc, a.tok(k+1).lc) {
				if lc == "total" {
					continue // "89,000 total cases" counts cases
				}
			} else {
				break
			}
		}
		if cntMonths.Has(lc) && t.capitalised() || cntWeekdays.Has(lc) {
			break
		}
		if _, _, isNum := cntLeadingNumber(t.core); isNum {
			// "two 12-roll packs"
			if len(out) == 0 && strings.Contains(t.core, "-") && cntParse(a.toks, k) != nil {
				out = append(out, k)
				continue
			}
			break
		}
		if _, ok := cntWordNumber(lc); ok {
			break
		}
		if !cntWordish(t.core) {
			break
		}
		if plural {
			// after a plural noun only another plural noun goes on: "arms dealers"
			if !cntPlural(lc) || cntVerbish(lc) {
				break
			}
		}
		if len(out) > 0 && (strings.HasSuffix(lc, "ing") || cntVerbish(lc)) && !plural {
			// "53 measles related deaths" and "21,000 additional planned
			// care treatments" go on; "three helicopters covering" does not
			if !(k+1 < len(a.toks) && a.adjacent(k) && cntPlural(a.toks[k+1].lc)) && !(cntModifier(a.toks[out[len(out)-1]].lc) && a.pluralWithin(k, 2)) {
				break
			}
		}
		out = append(out, k)
		if next := a.tok(k + 1).lc; lc == "people" && !strings.HasSuffix(next, "ers") && !strings.HasSuffix(next, "ors") {
			// "10 million people serves as …": after "people" only an
			// agent goes on ("two people smugglers"), not a verb
			break
		}
		if cntPlural(lc) {
			plural = true
		}
	}
	// a phrase ends at its noun: drop trailing non-nouns
	for len(out) > 1 {
		last := a.toks[out[len(out)-1]].lc
		if cntPlural(last) || cntIrregularPlural.Has(last) {
			break
		}
		// keep the first plural
		found := -1
		for x, k := range out {
			if cntPlural(a.toks[k].lc) {
				found = x
				break
			}
		}
		if found < 0 {
			break
		}
		out = out[:found+1]
	}
	return out
}

// modifierList reads the modifiers joined by "and" or "or" (and commas
// before them) that go on from a modifier at token k to a plural noun:
// "separate and yet related negotiations", "federal, state and local
// government agencies", "environment and climate projects". It gives the
// noun's token, or 0 when no such list follows.
func (a *cntAnalysis) modifierList(k int) int {
	joined := false
	for x := k; x < k+9 && x+1 < len(a.toks); x++ {
		t, next := a.toks[x], a.toks[x+1]
		if next.pre != "" || t.post != "" && (t.post != "," || joined) {
			return 0
		}
		lc := next.lc
		switch {
		case lc == "and" || lc == "or":
			if joined || t.post != "" || strings.HasSuffix(t.lc, "s") {
				return 0 // (not after a noun: "four whale species and …")
			}
			joined = true
		case lc == "yet" && joined && a.toks[x].lc == "and" || lc == "yet" && a.toks[x].lc == "or":
		case !cntWordish(next.core) || cntNPStop.Has(lc):
			return 0
		case cntPlural(lc) && !cntNotPlural.Has(lc) && strings.ToUpper(next.core) != next.core: // (not "IRS")
			if !joined || a.toks[x].lc == "and" || a.toks[x].lc == "or" {
				return 0
			}
			return x + 1
		default:
			if _, ok := cntWordNumber(lc); ok {
				return 0
			}
		}
	}
	return 0
}

// cntModifier tells a word that reads as a modifier before a noun, not
// a noun: a hyphened compound, an adverb, or an adjective by its ending
// ("additional", "operational", "federally", "next-generation"), so that
// a participle after it still qualifies the noun to come ("additional
// planned care treatments"), where after a noun it is a verb ("one
// firefighter suffered minor injuries").
func cntModifier(lc string) bool {
	if strings.Contains(lc, "-") {
		return true
	}
	for _, end := range []string{"al", "ly", "ive", "ous", "ic", "ary", "ful", "less"} {
		if strings.HasSuffix(lc, end) && len(lc) > len(end)+2 {
			return true
		}
	}
	return cntPlainAdjectives.Has(lc)
}

// cntPlainAdjectives are common adjectives before a counted noun whose
// endings do not tell them.
var cntPlainAdjectives = lazy.Of("new", "extra", "more", "other", "further", "big", "small", "large", "huge", "major", "key", "top")

// pluralWithin tells whether one of the n words joined to the one at k
// after it is a plural noun, with nothing but plain words between.
func (a *cntAnalysis) pluralWithin(k, n int) bool {
	for x := k + 1; x <= k+n && x < len(a.toks) && a.adjacent(x-1); x++ {
		lc := a.toks[x].lc
		if cntPlural(lc) {
			return true
		}
		if _, isNum := cntWordNumber(lc); isNum || cntNPStop.Has(lc) || cntVerbish(lc) || !cntWordish(a.toks[x].core) {
			return false
		}
	}
	return false
}

// cntAcronymModifier tells a body's initials that spell a function word,
// set in capitals before a word in small letters: "274 IS fighters",
// "40 US soldiers", "300 IT workers" (not "IS" nor "US" in a line set all
// in capitals).
func cntAcronymModifier(w, next string, joined bool) bool {
	if !joined || len(w) < 2 || len(w) > 4 || strings.ToUpper(w) != w || strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

// titleCasePlural tells a noun phrase set in capitals that ends with a
// plural, as a headline or a body's own term sets it ("25 Member States",
// "6,000 Vacant Public Housing Units"): every word capitalised (an
// address has "des", "de", "of" in it, or ends with "Street").
func (a *cntAnalysis) titleCasePlural(np []int) bool {
	for _, k := range np {
		if !a.toks[k].capitalised() {
			return false
		}
	}
	last := a.toks[np[len(np)-1]].lc
	return cntPlural(last) && !cntAddressWords.Has(last)
}

// cntAddressWords end a place's name, not a count's noun.
var cntAddressWords = lazy.Of("streets", "heights", "gardens", "towers", "fields", "springs", "falls", "hills", "woods", "mills")

func (a *cntAnalysis) npText(np []int) string {
	var ws []string
	for x, k := range np {
		lc := a.toks[k].lc
		if x == 0 && len(np) > 1 && (lc == "other" || lc == "more" || lc == "additional" || lc == "further" || lc == "extra") {
			continue
		}
		ws = append(ws, lc)
	}
	return strings.Join(ws, " ")
}

func cntWordish(s string) bool {
	hasLetter := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			hasLetter = true
		case r == '-' || r == '\'' || r == '’' || r == '/' || r == '.' || r == '&':
		default:
			return false
		}
	}
	return hasLetter
}

var cntIrregularVerbs = lazy.Of("left", "took", "made", "went", "came", "said", "told", "found", "held", "ran", "saw", "fled",
	"lost", "gave", "got", "put", "set", "kept", "hit", "struck", "fell", "rose", "won", "sat", "stood", "became",
	"began", "brought", "built", "bought", "caught", "drove", "flew", "fought", "grew", "knew", "led", "met", "paid",
	"sent", "spent", "spoke", "stole", "swept", "taught", "thought", "threw", "tore", "wore", "wrote", "remain",
	"remained", "die", "died", "live", "lived", "work", "worked", "need", "face", "faced", "attend", "attended",
	"marched", "joined", "gathered", "took")

// cntVerbish guesses whether a word is a verb form that ends a noun phrase.
func cntVerbish(lc string) bool {
	if cntIrregularVerbs.Has(lc) {
		return true
	}
	return strings.HasSuffix(lc, "ed") && len(lc) > 4
}

// nounPhrase reads what a number counts from the words after it.
func (a *cntAnalysis) nounPhrase(n *cntNum, j int) {
	np := a.npWords(j)
	if len(np) == 0 {
		if !a.partitive(n) {
			n.bare = true
		}
		return
	}
	for len(np) > 1 && cntAgeAdjective(a.toks[np[0]].lc) {
		np = np[1:] // "two 17-year-old males" counts males
	}
	words := make([]string, len(np))
	for x, k := range np {
		words[x] = a.toks[k].lc
	}
	head := words[len(words)-1]
	switch {
	case cntTimeUnits.Has(head) || cntTimeUnits.Has(words[0]) || cntNotCounted.Has(head) || cntNotCounted.Has(words[0]):
		n.skip = true
		return
	case head == "strong" || words[0] == "strong":
		n.counted, n.kind, n.npEnd = true, "other", np[len(np)-1]
		if len(words) > 1 {
			n.noun = strings.Join(words[1:], " ")
			if cntNounKind(words) == "people" || cntCrowd.Has(head) {
				n.kind = "people"
			}
		}
		return
	case cntFractions.Has(head) || cntFractions.Has(words[0]):
		n.skip = true // "two thirds of those infected"
		return
	case cntSportScores.Has(head) && a.sports(n):
		n.skip = true
		return
	}
	if cntNounKinds()[head] != "" && !cntPlural(head) && !n.one && cntCues()[head] != "" {
		// "15 dead", "30 injured", "5 missing"
		n.counted, n.npEnd, n.noun = true, np[len(np)-1], head
		n.kind = cntNounKinds()[head]
		return
	}
	if last := np[len(np)-1]; cntDemonym(a.toks[last]) && (strings.HasSuffix(head, "ese") || strings.HasSuffix(head, "is")) &&
		(len(np) == 1 || a.compassNation(np)) {
		// "580,000 Sudanese", "17 million Yemenis", "32,000 South
		// Sudanese": people of a nation, whose plural is the singular or
		// does not look like one
		n.counted, n.npEnd, n.noun, n.kind = true, last, a.toks[last].core, "people"
		if len(np) == 2 {
			n.noun = a.toks[np[0]].core + " " + n.noun
		}
		return
	}
	if !cntPlural(head) && !n.one {
		if n.scaled && cntMoneyNouns.Has(head) {
			n.kind, n.noun, n.counted, n.npEnd = "money", a.npText(np), true, np[len(np)-1]
			n.unitOut = a.lastCurrency(n)
			return
		}
		// a singular noun: "2008 Region", "119 National Center", "Thai"
		n.bare = true
		return
	}
	if len(np) > 1 && a.toks[np[0]].capitalised() && a.toks[np[len(np)-1]].capitalised() && cntNounKind(words) == "other" &&
		n.i > 0 && a.tok(n.i-1).sent == a.toks[n.i].sent && !a.tok(n.i-1).punct() && !a.titleCasePlural(np) &&
		!a.compassNation(np) { // (but "North Koreans" are people)
		n.bare = true // "36 Quai des Orfèvres"
		return
	}
	n.counted, n.npEnd = true, np[len(np)-1]
	n.noun = a.npText(np)
	n.kind = cntNounKind(words)
	if n.kind == "other" && cntDemonym(a.toks[np[len(np)-1]]) {
		n.kind = "people" // "3 million Syrians"
	}
	if head == "others" {
		// "destroyed 20 homes and damaged 35 others": others of the last count
		for x := len(a.ns) - 1; x >= 0; x-- {
			m := a.ns[x]
			if m.i < n.i && m.counted && a.tok(m.i).sent == a.tok(n.i).sent && m.noun != "" && m.noun != "others" {
				n.kind = cntNounKind([]string{m.noun[strings.LastIndex(m.noun, " ")+1:]})
				break
			}
		}
	}
}

// cntAgeAdjective tells an age set before a noun: "17-year-old",
// "six-month-old".
func cntAgeAdjective(lc string) bool {
	for _, suf := range []string{"-year-old", "-month-old", "-week-old", "-day-old"} {
		if n, ok := strings.CutSuffix(lc, suf); ok && n != "" {
			return true
		}
	}
	return false
}

// lastCurrency finds the currency named last before number n.
func (a *cntAnalysis) lastCurrency(n *cntNum) string {
	for x := a.from(n.i) - 1; x >= 0; x-- {
		if m := a.ns[x]; m.kind == "money" && m.unitOut != "" {
			return m.unitOut
		}
	}
	return ""
}

// sports reports whether the sentence of n is about a game.
func (a *cntAnalysis) sports(n *cntNum) bool {
	s := a.tok(n.i).sent
	for k := range a.toks {
		if a.toks[k].sent == s && cntSportWords.Has(a.toks[k].lc) {
			return true
		}
	}
	// "45 points to 24"
	return a.tok(n.npEnd+1).lc == "to" || a.tok(n.j+2).lc == "to"
}

// links joins ranges and lists: "13 to 16 named storms", "eight to 10",
// "two and one package", "roughly 2000 Thai and 74 Malaysian stores".
func (a *cntAnalysis) links() {
	for k := 0; k+1 < len(a.ns); k++ {
		n, m := a.ns[k], a.ns[k+1]
		if n.skip && !n.bare || n.counted {
			continue
		}
		// tokens between the two numbers
		gap := m.i - n.j - 1
		if gap < 1 || gap > 3 {
			continue
		}
		conn := a.tok(m.i - 1).lc
		if conn != "to" && conn != "and" && conn != "or" && conn != "through" && conn != "-" {
			continue
		}
		ok := true
		for x := n.j; x < m.i-1; x++ {
			if !a.adjacent(x) {
				ok = false
			}
		}
		for x := n.j + 1; x < m.i-1; x++ {
			t := a.toks[x]
			if !t.capitalised() && !strings.HasSuffix(t.lc, "an") {
				ok = false // only adjectives: "2000 Thai and 74 Malaysian stores"
			}
		}
		if !ok {
			continue
		}
		if conn == "and" && !(a.tok(n.i-1).lc == "between") && gap == 1 && !m.counted {
			continue
		}
		if m.skip && !m.bare {
			// "forty or fifty minute team": the second says it is time
			n.skip = true
			n.bare = false
			continue
		}
		if !m.counted {
			if n.bare && m.bare && gap == 1 && (conn == "to" || conn == "-") && (a.tok(n.i-1).lc == "of" && cntTally.Has(a.tok(n.i-2).lc) || cntVoteVerbs.Has(a.tok(n.i-1).lc) && m.val <= n.val ||
				a.adjacent(m.j) && cntTally.Has(a.tok(m.j+1).lc)) {
				// a tally: "a vote of 310 to 118"
				for _, x := range []*cntNum{n, m} {
					x.bare, x.counted, x.kind, x.noun = false, true, "other", "votes"
				}
				continue
			}
			year := n.plain4 && n.val >= 1800 && n.val <= 2100 && !m.plain4 // "from 108 million in 1980 to 422 million"
			if n.bare && m.bare && gap == 1 && m.val > n.val && conn != "and" && !year || conn == "and" && a.tok(n.i-1).lc == "between" {
				n.pair, m.follows = m, n // "eight to 10", "from fourteen to 31"
			}
			continue
		}
		n.skip, n.bare, n.counted = false, false, true
		n.kind, n.noun, n.unitOut, n.rangeOf = m.kind, m.noun, m.unitOut, m
		if gap > 1 && m.noun != "" {
			// "2000 Thai and 74 Malaysian stores": the head noun only
			n.noun = m.noun[strings.LastIndex(m.noun, " ")+1:]
		}
	}
	// "$5 and $7 billion", "five to six million dollars": a range
	// shares the scale word after its second number
	for k := 0; k+1 < len(a.ns); k++ {
		n, m := a.ns[k], a.ns[k+1]
		if c := a.tok(m.i - 1).lc; m.i == n.j+2 && a.adjacent(n.j) && a.adjacent(m.i-1) && (c == "to" || c == "and" || c == "or" || c == "through" || c == "-") {
			n.shareScale(m)
		}
	}
	// "13 to 16", "50 to 60 people", with the noun after the first: "45 points to 24"
	for k := 0; k+1 < len(a.ns); k++ {
		n, m := a.ns[k], a.ns[k+1]
		if !n.counted || !m.bare || m.i != n.npEnd+2 || n.npEnd != n.j {
			continue
		}
		if c := a.tok(m.i - 1).lc; c == "to" || c == "-" {
			if a.adjacent(n.j) && a.adjacent(m.i-1) && n.kind == "percent" {
				m.bare, m.counted, m.kind, m.unitOut, m.rangeOf = false, true, n.kind, n.unitOut, n
			}
		}
	}
}

// shareScale gives the first number of a range the scale word of the
// second, which the two share: "$5 and $7 billion", "five to six
// million", "15 to 20 thousand" (not "from 800 to 1.2 million").
func (n *cntNum) shareScale(m *cntNum) {
	scale := m.scale
	if scale == 0 && m.scaled && m.word {
		// "six million", read as words: its scale is the power of a
		// thousand below it
		scale = math.Pow(1000, math.Floor(math.Log10(m.val)/3))
	}
	if n.scaled || scale < 1000 || n.pct || n.val > m.val/scale || n.val <= 0 {
		return
	}
	n.val *= scale
	n.scaled = true
}

// grouped tells a number printed with commas between its groups of
// digits, as cntLeadingNumber reads them, whatever unit is run into it:
// "170,000", "1,40,000", "1,400km".
func grouped(core string) bool {
	num, _, ok := cntLeadingNumber(core)
	return ok && strings.Contains(num, ",")
}

// exclude drops years, dates, times, ages, labels, phone numbers and the
// like.
func (a *cntAnalysis) exclude(k int) {
	n := a.ns[k]
	if n.skip {
		return
	}
	prev, next := a.tok(n.i-1), a.tok(n.j+1)
	prevAdj := a.adjacent(n.i - 1)
	nextAdj := a.adjacent(n.j)
	t := a.toks[n.i]
	// in brackets: "[5]", "(3362)"
	if (strings.HasSuffix(t.pre, "[") || strings.HasSuffix(t.pre, "(") || strings.HasSuffix(t.pre, "{")) &&
		(strings.HasPrefix(a.toks[n.j].post, "]") || strings.HasPrefix(a.toks[n.j].post, ")")) && !n.counted {
		n.skip = true
		return
	}
	// a list marker: "2. Pass laws"
	if n.i == 0 && !n.word && strings.HasPrefix(t.post, ".") || strings.HasPrefix(t.post, ".") && !n.word &&
		next.capitalised() && !n.counted && n.val < 100 && n.val == math.Trunc(n.val) && !n.hasVal2 && a.tok(n.i-1).punct() {
		n.skip = true
		return
	}
	// times: "3 a.m.", "1344 GMT", "10 o'clock", "9 local time"
	if nextAdj && (cntClock.Has(next.lc) || next.lc == "local" && a.tok(n.j+2).lc == "time") {
		n.skip = true
		return
	}
	if strings.HasPrefix(next.core, "a.m") || strings.HasPrefix(next.core, "p.m") {
		n.skip = true
		return
	}
	// dates: "May 27", "27 May", "March 4 and 5"
	isDay := n.val >= 1 && n.val <= 31 && n.val == math.Trunc(n.val) && !n.word && n.cur == "" && !n.pct && !n.counted
	if isDay && (prevAdj || strings.HasSuffix(prev.post, ".")) && cntMonths.Has(prev.lc) && (prev.capitalised() || prev.lc != "may" && prev.lc != "march") {
		n.skip = true
		return
	}
	if isDay && nextAdj && cntMonths.Has(next.lc) && next.capitalised() {
		n.skip = true
		return
	}
	if isDay && (prev.lc == "and" || prev.lc == "to" || prev.lc == "-") && a.dateBefore(n.i-1) {
		n.skip = true
		return
	}
	// a spelled-out number with a capital inside a sentence is a name: "the Ten Rings"
	if n.word && t.capitalised() && n.i > 0 && prev.sent == t.sent && !prev.punct() && t.pre == "" && !cntFunction.Has(prev.lc) {
		n.skip = true
		return
	}
	if n.word && t.capitalised() && n.i > 0 && prev.sent == t.sent && !prev.punct() && t.pre == "" && (prev.lc == "the" || prev.lc == "of") {
		n.skip = true
		return
	}
	// labels: "Article 50", "Round 4", "level 3", "Apollo 11", "VA 20192"
	// (but a number set in groups of thousands is an amount: "here in
	// Australia 170,000 new jobs")
	if prevAdj && !n.word && !strings.HasSuffix(prev.lc, "'s") && !strings.HasSuffix(prev.lc, "’s") && !grouped(t.core) {
		if cntLabels.Has(prev.lc) && !n.counted || prev.capitalised() && !cntFunction.Has(prev.lc) && !cntMonths.Has(prev.lc) &&
			!cntWeekdays.Has(prev.lc) && !a.isQualifierEnd(n.i-1) && !(prev.lc == "us" && n.cur == "") {
			if !(n.counted && (n.kind == "money" || n.kind == "percent")) {
				// (a label takes no unit: "Mnangagwa 50.8 percent of
				// the vote" is a share, "Apollo 11" a name)
				n.skip = true
				return
			}
		}
	}
	if prevAdj && cntLabels.Has(prev.lc) && !n.counted && n.word && prev.lc != "age" && prev.lc != "aged" && prev.lc != "ages" {
		n.skip = true
		return
	}
	// ages: "aged 60", "age 12", "the age of 5", "aged between 18 and 65"
	if (prev.lc == "between" || prev.lc == "from") && (a.tok(n.i-2).lc == "aged" || a.tok(n.i-2).lc == "ages") {
		n.skip = true
		return
	}
	if prevAdj && (prev.lc == "aged" || prev.lc == "age" || prev.lc == "ages") && !n.counted ||
		prev.lc == "of" && a.tok(n.i-2).lc == "age" && !n.counted {
		n.skip = true
		return
	}
	if prevAdj && n.bare && a.isQualifierEnd(n.i-1) {
		q := a.qualifierAt(n.i)
		if qi := n.i - len(strings.Fields(q)); q != "" {
			before := a.tok(qi - 1)
			if before.lc == "aged" || before.lc == "age" || (q == "under" || q == "over" || q == "above" || q == "below") &&
				(cntPeopleNouns.Has(before.lc) || cntPeopleNouns.Has(cntSingular(before.lc))) && a.adjacent(qi-1) {
				n.skip = true // "children under 5"
				return
			}
		}
	}
	// ", 45," after a name or a person
	if n.bare && strings.HasSuffix(prev.post, ",") && !n.scaled && n.val >= 1 && n.val < 120 && n.val == math.Trunc(n.val) &&
		(strings.HasPrefix(a.toks[n.j].post, ",") || strings.HasPrefix(a.toks[n.j].post, ")")) && !n.word {
		n.skip = true
		return
	}
	// "when he was 18", "she turned about 57"
	if n.bare && !n.scaled && n.val < 120 {
		x := n.i - 1
		for x >= 0 && a.adjacent(x) && (a.isQualifierEnd(x) || a.toks[x].lc == "about" || a.toks[x].lc == "only" || a.toks[x].lc == "just") {
			x--
		}
		v := a.tok(x).lc
		if v == "was" || v == "is" || v == "turned" || v == "turns" || v == "turning" {
			s := a.tok(x - 1).lc
			if s == "he" || s == "she" || s == "i" || s == "who" || s == "you" {
				n.skip = true
				return
			}
		}
	}
	// ratios and rates: "one in five", "5 per 100,000", "one out of every
	// thousand", "nine out of 10"; "29 out of 30 charges" counts charges
	if prev.lc == "per" || prev.lc == "every" || prev.lc == "of" && a.tok(n.i-2).lc == "out" && cntRatioBase(n.val) {
		n.skip = true
		return
	}
	if p := a.numberEndingAt(n.i - 2); prev.lc == "in" && p != nil && !n.plain4 && p.val < n.val && p.kind == "" && p.cur == "" {
		n.skip = true
		return
	}
	if nextAdj && next.lc == "in" && n.kind == "" && n.cur == "" {
		if m := a.numberStartingAt(n.j + 2); m != nil && !m.plain4 && m.val > n.val {
			n.skip = true
			return
		}
	}
	if nextAdj && next.lc == "out" && a.tok(n.j+2).lc == "of" {
		if m := a.numberStartingAt(n.j + 3); m != nil && cntRatioBase(m.val) || a.tok(n.j+3).lc == "every" {
			n.skip = true
			return
		}
	}
	// scores: "won 3-1"
	if n.hasVal2 && !n.counted {
		n.skip = true
		return
	}
	if n.hasVal2 && n.val2 <= n.val && !n.pct && !cntTally.Has(n.noun) {
		n.skip = true
		return
	}
	// years: a plain four-digit number from 1800 to 2100, unless it counts something
	if n.plain4 && n.val >= 1800 && n.val <= 2100 && !n.pct {
		if !n.counted || n.unitOut != "" && n.kind != "money" && n.kind != "percent" && n.kind != "distance" && n.kind != "weight" && n.kind != "area" {
			n.skip = true
			return
		}
		if n.kind == "other" && a.qualifierAt(n.i) == "" {
			n.skip = true // "the 2008 elections"
			return
		}
		switch prev.lc {
		case "in", "since", "by", "until", "from", "of", "during", "before", "after", "the", "fiscal", "year":
			if a.qualifierAt(n.i) == "" {
				n.skip = true
				return
			}
		}
	}
	// the value 1 is a count only with a unit, a scale, an event or a list
	if n.one && !n.hasVal2 && n.rangeOf == nil {
		if n.kind == "money" || n.kind == "percent" || n.kind == "distance" || n.kind == "area" || n.kind == "weight" || n.kind == "other" && n.unitOut != "" {
			return // (and a measure: "1 degree Celsius")
		}
		if a.linkedToCount(k) {
			return
		}
		if n.partitiv {
			n.skip = true // "one of the four candidates"
			return
		}
		n.skip = !a.eventCue(n)
	}
}

func (a *cntAnalysis) dateBefore(k int) bool {
	for _, m := range []*cntNum{a.numberEndingAt(k - 1), a.numberEndingAt(k)} {
		if m != nil {
			p := a.tok(m.i - 1)
			if cntMonths.Has(p.lc) && p.capitalised() {
				return true
			}
		}
	}
	return false
}

// from is the index in a.ns of the first number that starts at token k
// or after it: the numbers are in the order of their tokens and do not
// overlap, so their ends are in order too.
func (a *cntAnalysis) from(k int) int {
	x, _ := slices.BinarySearchFunc(a.ns, k, func(m *cntNum, k int) int { return cmp.Compare(m.i, k) })
	return x
}

func (a *cntAnalysis) numberEndingAt(k int) *cntNum {
	x, _ := slices.BinarySearchFunc(a.ns, k, func(m *cntNum, k int) int { return cmp.Compare(m.j, k) })
	if x < len(a.ns) && a.ns[x].j == k {
		return a.ns[x]
	}
	return nil
}

func (a *cntAnalysis) numberStartingAt(k int) *cntNum {
	if x := a.from(k); x < len(a.ns) && a.ns[x].i == k {
		return a.ns[x]
	}
	return nil
}

// linkedToCount: "two and one package", "one or two people"
func (a *cntAnalysis) linkedToCount(k int) bool {
	n := a.ns[k]
	if k > 0 {
		p := a.ns[k-1]
		c := a.tok(n.i - 1).lc
		if (p.j == n.i-2 || p.npEnd == n.i-2) && (c == "and" || c == "or" || c == "to") && !p.skip {
			return true
		}
	}
	return n.rangeOf != nil
}

// eventCue reports whether a verb of the clause says something happened to
// what number n counts ("one person was killed").
func (a *cntAnalysis) eventCue(n *cntNum) bool {
	k, _ := a.cueBefore(n)
	if k != "" {
		return true
	}
	k, _ = a.cueAfter(n)
	return k != ""
}

// isQualifierEnd reports whether token k ends a qualifier.
func (a *cntAnalysis) isQualifierEnd(k int) bool {
	return a.qualifierAt(k+1) != ""
}

// qualifierAt returns the qualifier that ends just before token k.
func (a *cntAnalysis) qualifierAt(k int) string {
	for _, q := range cntQualifiers {
		s := k - len(q)
		if s < 0 {
			continue
		}
		ok := true
		for x, w := range q {
			if a.toks[s+x].lc != w || !a.adjacent(s+x) {
				ok = false
				break
			}
		}
		if ok {
			return strings.Join(q, " ")
		}
	}
	return ""
}

// cueBefore finds a verb that governs number n: "killed at least 60",
// "the death toll rose to 133", "injuring 145 others".
func (a *cntAnalysis) cueBefore(n *cntNum) (string, int) {
	s := a.tok(n.i).sent
	for x, steps := n.i-1, 0; x >= 0 && steps < 7 && a.toks[x].sent == s; x, steps = x-1, steps+1 {
		t := a.toks[x]
		if t.post == ")" {
			// a date or a place in brackets between the verb and the
			// number: "rose sharply again on Sunday (Oct 8) to more than
			// 2,000"
			y := x
			for y > 0 && x-y < 4 && a.toks[y].pre != "(" && a.toks[y-1].post == "" {
				y--
			}
			if a.toks[y].pre == "(" && y > 0 && a.toks[y-1].post == "" {
				x = y
				continue
			}
		}
		if t.punct() {
			return "", -1
		}
		if kind, ok := cntCues()[t.lc]; ok {
			if t.lc == "hospital" || t.lc == "positive" || t.lc == "custody" || t.lc == "dead" || t.lc == "missing" || t.lc == "homeless" {
				if a.tok(x-1).lc == "of" && a.tok(x-2).lc == "number" {
					return kind, x // "the number of dead stands at 45"
				}
				return "", -1
			}
			return kind, x
		}
		if t.lc == "lost" {
			return "lost", x
		}
		if kind := cntNounKinds()[t.lc]; kind != "" && x+1 < n.i && cntCopula.Has(a.tok(x+1).lc) {
			return kind, x // "the confirmed deaths are fourteen", "death toll of 27", "cases rose to 500"
		}
		if cntCueGap.Has(t.lc) || strings.HasSuffix(t.lc, "ly") {
			continue
		}
		if kind, y := a.tollBefore(x); kind != "" {
			return kind, y
		}
		return "", -1
	}
	return "", -1
}

// tollBefore reads a phrase of place or cause that ends at token x after
// a noun of what a number counts: "the death toll in the earthquake
// (topped 360)", "the death toll for Mianyang city alone (rose to
// 5,430)", "the number of dead (stands at 45)", "deaths from the
// storm (rose to 20)", "the number of people killed in the tornadoes (has
// risen to 292)". It gives the kind and the noun's index, or "".
func (a *cntAnalysis) tollBefore(x int) (string, int) {
	s := a.toks[x].sent
	for y := x; y > 0 && x-y < 16 && a.toks[y-1].sent == s && !a.toks[y-1].punct(); y-- {
		prev := a.toks[y-1].lc
		if !(a.toks[y].lc == "in" || a.toks[y].lc == "from" || a.toks[y].lc == "of" || a.toks[y].lc == "for") || y == x {
			continue
		}
		if prev == "toll" {
			return "killed", y - 1
		}
		if kind := cntNounKinds()[prev]; kind != "" && cntEventKinds.Has(kind) {
			return kind, y - 1
		}
		if kind := cntCues()[prev]; cntEventKinds.Has(kind) && y >= 4 && a.toks[y-3].lc == "of" && a.toks[y-4].lc == "number" && a.toks[y-1].pre == "" {
			return kind, y - 1 // "the number of people killed in a series of tornadoes (has risen to 292)"
		}
	}
	return "", -1
}

// cueAfter finds the predicate of a counted noun: "10 people were
// killed", "100 people remain missing", "left 15 dead".
// peopleListEnd is the last token of a list of people that goes on from
// the counted noun at k, "men, women and children", "men, women, and
// children", or k when none does.
func (a *cntAnalysis) peopleListEnd(k int) int {
	if !cntPeopleNouns.Has(a.tok(k).lc) || a.tok(k).post != "," {
		return k
	}
	for x := k + 1; x < len(a.toks) && x <= k+8 && a.toks[x].sent == a.toks[k].sent; x++ {
		t := a.toks[x]
		switch {
		case t.lc == "and" || t.lc == "or":
			if last := a.tok(x + 1); cntPeopleNouns.Has(last.lc) && !strings.Contains(t.post, ",") {
				return x + 1
			}
			return k
		case cntPeopleNouns.Has(t.lc) && (t.post == "," || t.post == ""):
		default:
			return k
		}
	}
	return k
}

func (a *cntAnalysis) cueAfter(n *cntNum) (string, bool) {
	s := a.tok(n.i).sent
	// parenthetical reads a clause set off by commas or dashes: ", who were
	// all crew,", ", including two children,", ", police said,"
	parenthetical := func(x int) (int, bool) {
		for y := x; y < len(a.toks) && a.toks[y].sent == s && y-x < 12; y++ {
			if strings.ContainsAny(a.toks[y].post, ",—–)") {
				if cntParenStart.Has(a.toks[x].lc) || cntSayWords.Has(a.toks[y].lc) || a.toks[x].lc == "according" {
					return y + 1, true
				}
				return 0, false
			}
			if strings.ContainsAny(a.toks[y].post, ".;:!?") {
				return 0, false
			}
		}
		return 0, false
	}
	steps := 0
	// a count set off by commas: "..., over 1800 people, have died"
	appositive := strings.HasSuffix(a.tok(n.qi-1).post, ",") && strings.HasPrefix(a.tok(n.npEnd).post, ",")
	afterPar := false
	start := n.npEnd + 1
	if end := a.peopleListEnd(n.npEnd); end > n.npEnd {
		start = end + 1 // "30 men, women and children were killed": what happened to all of them
	}
	for x := start; x < len(a.toks) && a.toks[x].sent == s && steps < 14; steps++ {
		lc := a.toks[x].lc
		if a.tok(x-1).punct() && !afterPar {
			if !strings.ContainsAny(a.tok(x-1).post, ",—–(") {
				return "", false
			}
			if y, ok := parenthetical(x); ok {
				steps += y - x
				x, afterPar = y, true
				continue
			}
			if !appositive || x != n.npEnd+1 {
				return "", false
			}
		}
		afterPar = false
		if kind, ok := cntCues()[lc]; ok {
			switch {
			case lc == "toll" || lc == "positive" && a.tok(x-1).lc != "tested":
				return "", true
			case lc == "hospital" && a.tok(x-1).lc != "in" && a.tok(x-1).lc != "to" && a.tok(x-2).lc != "in" && a.tok(x-2).lc != "to":
				// (in or to hospital, in or to the hospital: not "hospital
				// staff")
				return "", true
			case lc == "shot" && a.adjacent(x) && (a.tok(x+1).lc == "dead" || a.tok(x+1).lc == "and" && a.tok(x+2).lc == "killed"):
				return "killed", true
			}
			return kind, true
		}
		switch {
		case (lc == "more" || lc == "others" || lc == "other") && x == n.npEnd+1:
			// "over a hundred more have been wounded"
			x++
			continue
		case (lc == "who" || lc == "that") && x == n.npEnd+1:
			// a relative clause without commas: "people who were injured";
			// one with its own verb and object ("gunmen who carried out
			// the attack have been arrested") ends at the main verb's
			// auxiliary
			x++
			if kind := cntCues()[a.tok(x).lc]; kind != "" && cntEventKinds.Has(kind) && a.tok(x).sent == s {
				return kind, true // "people who died in the crash"
			}
			if !cntAux.Has(a.tok(x).lc) {
				for y := x + 1; y < len(a.toks) && y-x < 7 && a.adjacent(y-1); y++ {
					if l := a.toks[y].lc; l == "have" || l == "has" || l == "were" || l == "was" || l == "are" || l == "is" {
						steps += y - x
						x = y
						break
					}
				}
			}
			continue
		case (lc == "identified" || lc == "named" || lc == "known") && x == n.npEnd+1 && a.tok(x+1).lc == "as":
			// "Two defendants identified as B.B. and U.B. were sentenced"
			y := x + 2
			for y < len(a.toks) && y-x < 8 && a.adjacent(y-1) && (a.toks[y].capitalised() || a.toks[y].lc == "and") {
				y++
			}
			steps += y - x
			x = y
			continue
		case (lc == "and" || lc == "or") && x == n.npEnd+1:
			// "Two women and a man were injured"
			y := x + 1
			for y < len(a.toks) && y-x <= 3 && a.adjacent(y-1) && !cntAux.Has(a.toks[y].lc) && !cntVerbish(a.toks[y].lc) &&
				(cntFunction.Has(a.toks[y].lc) || cntPeopleNouns.Has(a.toks[y].lc) || cntPlural(a.toks[y].lc)) {
				y++
			}
			if y < len(a.toks) && cntAux.Has(a.toks[y].lc) && y-x <= 4 && y > x+1 {
				steps += y - x - 1
				x = y
				continue
			}
			return "", false
		case cntAux.Has(lc) || strings.HasSuffix(lc, "ly") && len(lc) > 4 || cntWhenAdverbs.Has(lc) && x > n.npEnd+1 && cntAux.Has(a.tok(x-1).lc):
			x++ // ("five raiders were later shot dead")
			continue
		case lc == "among" && x > n.npEnd+1 && cntAux.Has(a.tok(x-1).lc) && a.adjacent(x):
			// "one soldier was among the dead", "two were among those
			// killed": counted with those the word after says
			y := x + 1
			if l := a.tok(y).lc; (l == "the" || l == "those") && a.adjacent(y) {
				y++
			}
			if kind := cntCues()[a.tok(y).lc]; kind != "" && cntEventKinds.Has(kind) && a.tok(y).sent == s {
				return kind, true
			}
			if st := cntState(a.tok(y).lc); st != "" && a.tok(y).sent == s {
				return st, true
			}
			return "", false
		case cntToDeath.Has(lc) && a.tok(x+1).lc == "to" && a.tok(x+2).lc == "death" && a.adjacent(x) && a.adjacent(x+1):
			return "killed", true // "Seven people were crushed to death"
		case cntListedAs.Has(lc) && a.adjacent(x) && (a.tok(x+1).lc == "as" && a.adjacent(x+1) && cntState(a.tok(x+2).lc) != "" || cntState(a.tok(x+1).lc) != ""):
			// "228 people listed as missing", "three reported dead": the state
			if a.tok(x+1).lc == "as" {
				x++
			}
			return cntState(a.tok(x + 1).lc), true
		case cntShelterVerbs.Has(lc) && (a.tok(x+1).lc == "in" || a.tok(x+1).lc == "at") && a.adjacent(x):
			// "43,132 families were staying in evacuation centers": where
			// the displaced are
			for y := x + 2; y < len(a.toks) && y <= x+4 && a.toks[y].sent == s; y++ {
				if cntCues()[a.toks[y].lc] == "displaced" || cntShelters.Has(a.toks[y].lc) {
					return "displaced", true
				}
			}
			return "", true
		case lc == "the" && a.tok(x+1).lc == "hospital" && (a.tok(x-1).lc == "to" || a.tok(x-1).lc == "in"):
			x++ // "sent one man to the hospital", "remain in the hospital"
			continue
		case lc == "on" && cntWeekdays.Has(a.tok(x+1).lc) && a.adjacent(x):
			// "One man was on Wednesday evening shot dead": when, then
			// what happened
			x += 2
			if cntDayParts.Has(a.tok(x).lc) && a.adjacent(x-1) {
				x++
			}
			continue
		case (lc == "of" || lc == "from") && x == n.npEnd+1:
			// "About 100 residents of an HDB block in Bukit Panjang were
			// evacuated": whose or where they are, then what happened to
			// them, in a finite verb or a word of the event
			if y := a.phraseTo(x, 8, func(cntTok) bool { return true }, func(t cntTok) bool { return cntFinite.Has(t.lc) || cntCues()[t.lc] != "" }); y >= 0 {
				steps += y - x
				x = y
				continue
			}
			return "", false
		case (lc == "on" || lc == "aboard" || lc == "inside") && x == n.npEnd+1:
			// "189 people on board died", "all 189 on the aircraft
			// died": where they were, then what happened to them
			if y := a.phraseTo(x, 3, func(t cntTok) bool { return !t.capitalised() }, func(t cntTok) bool { return cntAux.Has(t.lc) || cntEventKinds.Has(cntCues()[t.lc]) }); y >= 0 {
				steps += y - x
				x = y
				continue
			}
			return "", false
		}
		return "", cntVerbish(lc) || cntAux.Has(lc)
	}
	return "", false
}

// phraseTo reads a phrase that starts after token x, of at most limit
// words, each one within allows and adjacent to the one before, to the
// first token that ends it: that token's index, or -1.
func (a *cntAnalysis) phraseTo(x, limit int, within, ends func(cntTok) bool) int {
	for y := x + 1; y < len(a.toks) && y-x <= limit && a.adjacent(y-1); y++ {
		switch t := a.toks[y]; {
		case ends(t):
			return y
		case !within(t):
			return -1
		}
	}
	return -1
}

var cntParenStart = lazy.Of("who", "which", "whose", "whom", "including", "mostly", "mainly", "among", "many", "most",
	"some", "all", "both", "half", "none", "each", "aged", "of", "reportedly", "according", "nearly", "almost", "about",
	"around", "many", "several", "mostly", "largely", "chiefly", "primarily", "men", "women", "children")

var cntSayWords = lazy.Of("said", "say", "says", "reported", "added", "confirmed", "stated", "announced", "told", "believed", "estimated")

// classify gives each number its kind and qualifier, and drops the bare
// numbers that do not report a count.
func (a *cntAnalysis) classify(k int) {
	n := a.ns[k]
	if f := n.follows; f != nil && !n.skip {
		if f.skip {
			n.skip = true
			return
		}
		n.kind, n.noun, n.qi, n.bare = f.kind, f.noun, n.i, false
		return
	}
	if n.skip {
		return
	}
	q := a.qualifierAt(n.i)
	if q != "" && a.adjacent(n.i-1) && !strings.ContainsAny(a.toks[n.i].pre, "\"“(") {
		n.qual = q
		n.qi = n.i - len(strings.Fields(q))
	}
	if strings.Contains(a.toks[n.i].pre, "~") {
		n.qual = "~"
	}
	if n.qual == "" && n.postQual != "" {
		n.qual = n.postQual
	}
	if n.rangeOf != nil && n.rangeOf.i < n.i {
		n.qual = ""
		n.qi = n.i
	}
	switch n.kind {
	case "money", "percent", "distance", "area", "weight":
		return
	}
	before, _ := a.cueBefore(n)
	after, _ := a.cueAfter(n)
	if n.bare {
		a.bare(n, before, after)
		if n.skip {
			return
		}
	}
	if n.kind == "other" && cntLivingKinds.Has(after) && cntAgentNoun(n.noun) {
		n.kind = "people" // "five raiders were later shot dead": what happens only to people says who they are
	}
	if n.kind == "people" || n.kind == "" || n.bare {
		switch {
		case after != "":
			n.cue = after
		case before == "lost":
			if n.kind == "people" {
				n.cue = "killed"
			}
		case before != "":
			n.cue = before
		}
		if n.cue != "" {
			n.kind = n.cue
		}
	}
	if n.kind == "" {
		n.kind = "other"
	}
}

// cntRatioBase tells the numbers a proportion is given out of: "three
// out of four", "nine out of 10", "one out of 1,000" (a base of five or
// less, or a power of ten). Out of any other number is out of a count:
// "23 out of 68 shots", "17 out of 18 districts".
func cntRatioBase(v float64) bool {
	if v <= 5 {
		return true
	}
	for v >= 10 && math.Mod(v, 10) == 0 {
		v /= 10
	}
	return v == 1
}

// partitive reads "5 of the 12 residents", "four to six of those
// hurricanes", "six of the country's eight district capitals", "29 out of
// 30 charges": the number counts the plural noun after "of", or the
// people a participle says what happened to ("two of those killed").
func (a *cntAnalysis) partitive(n *cntNum) bool {
	of := n.j + 1
	if a.tok(of).lc == "out" && a.adjacent(of) {
		of++ // "29 out of 30 charges"
	}
	if !a.adjacent(n.j) || a.tok(of).lc != "of" {
		return false
	}
	for x := of + 1; x < len(a.toks) && x < of+7 && a.adjacent(x-1); x++ {
		lc := a.toks[x].lc
		if next := a.tok(x + 1).lc; (lc == "those" || lc == "the") && x == of+1 && a.adjacent(x) && cntEventKinds.Has(cntCues()[next]) && (strings.HasSuffix(next, "ed") || next == "dead" || next == "hurt" || next == "missing") {
			// "two of those killed in the storm", "three of the injured":
			// people by what happened to them
			n.noun, n.kind = next, cntCues()[next]
			n.partitiv, n.counted, n.npEnd = true, true, x+1
			return true
		}
		if cntPlural(lc) && !cntTimeUnits.Has(lc) && !cntNotPlural.Has(lc) {
			np := a.npWords(x)
			if len(np) == 0 {
				np = []int{x}
			}
			words := []string{}
			for _, y := range np {
				words = append(words, a.toks[y].lc)
			}
			n.noun = a.npText(np)
			n.kind = cntNounKind(words)
			n.partitiv, n.counted, n.npEnd = true, true, np[len(np)-1]
			return true
		}
		if prev := a.toks[x-1].lc; cntVerbish(lc) && (prev == "the" || prev == "those" || prev == "these") && a.adjacent(x) && cntPlural(a.tok(x+1).lc) {
			continue // a participle before the noun: "10,000 of the worst-affected people"
		}
		if cntTimeUnits.Has(lc) || cntVerbish(lc) || cntAux.Has(lc) && lc != "all" && lc != "their" { // ("two of their citizens")
			return false
		}
	}
	return false
}

// bare decides whether a number with nothing after it reports a count,
// and what it counts.
// cntRemainVerbs say that some of what was counted are still there: "13
// vessels were buried in the sand. Only six remain".
var cntRemainVerbs = lazy.Of("remain", "remains", "remained", "survive", "survives", "survived")

// cntCostVerbs are the forms of "cost", whose object is a sum.
var cntCostVerbs = lazy.Of("cost", "costs", "costing", "costed")

func (a *cntAnalysis) bare(n *cntNum, before, after string) {
	prev := a.tok(n.qi - 1)
	next := a.tok(n.j + 1)
	nextAdj := a.adjacent(n.j)
	if strings.HasPrefix(n.postQual, "and ") {
		n.skip = true // "those 60 and over" are ages
		return
	}
	if n.val == 0 || cntOrdinalWords.Has(prev.lc) && n.qual == n.postQual || n.val != math.Trunc(n.val) && !n.scaled {
		n.skip = true // "almost zero", "the first fifteen or so"
		return
	}
	if n.scaled && (!nextAdj || cntClauseEnds.Has(next.lc)) {
		// "we would only get to 60 billion. We actually got to 67
		// billion. … from a $48 billion industry": a sum said without its
		// currency, nothing after it, in a paragraph that gives sums of
		// that size in one (not "2.7 million have been forced to flee",
		// "33.22 million acre-feet")
		if m := a.scaledMoney(n); m != nil {
			n.kind, n.unitOut = "money", m.unitOut
			return
		}
	}
	if cntCostVerbs.Has(prev.lc) && (!nextAdj || cntClauseEnds.Has(next.lc)) {
		n.kind = "money" // "costing more than 200,000, the building …": a sum, its currency sign lost
		return
	}
	ok := n.qual != "" || before != "" && before != "lost" || after != "" || n.pair != nil && !n.pair.skip
	// "as were 17", "and two each": a list goes on with the last count
	// (the count just before it in its sentence, if that one counts)
	var last *cntNum
	if x := a.from(n.i) - 1; x >= 0 {
		if m := a.ns[x]; !m.skip && m.kind != "" && a.tok(m.i).sent == a.tok(n.i).sent && n.qi-m.npEnd <= 12 {
			last = m
		}
	}
	if !ok && last != nil && !cntUnitKinds.Has(last.kind) && ((prev.lc == "were" || prev.lc == "was" || prev.lc == "did") && a.tok(n.qi-2).lc == "as" ||
		(prev.lc == "and" || prev.lc == "or") && a.tok(n.qi-2).punct()) {
		n.kind, n.noun = last.kind, ""
		if last.kind == "money" || last.kind == "percent" || last.kind == "distance" || last.kind == "area" || last.kind == "weight" {
			n.kind, n.unitOut = last.kind, last.unitOut
		}
		return
	}
	if !ok && last != nil && cntEventKinds.Has(last.kind) && prev.lc == "to" && slices.ContainsFunc([]int{2, 3, 4, 5}, func(k int) bool { return a.tok(n.qi-k).lc == "total" && a.tok(n.qi-k).sent == a.tok(n.i).sent }) {
		n.kind, n.noun = last.kind, "" // "14,000 bodies were recovered Monday, bringing the total for Indonesia to 94,000"
		return
	}
	if !ok && cntHoldVerbs.Has(prev.lc) && (!nextAdj || cntClauseEnds.Has(next.lc)) {
		// "the Conservatives gained 66 seats, while Labour lost 42", "220
		// votes. McCarthy received 192": a number a verb of having, getting
		// or losing takes, with nothing after it, counts what the count
		// before it counted
		if m := a.lastCounted(n); m != nil {
			n.kind, n.noun = m.kind, m.noun
			return
		}
	}
	if nextAdj && cntPeopleDo.Has(next.lc) && (ok || prev.punct() || n.qi == 0 || prev.lc == "of" && a.tok(n.qi-2).lc == "total") {
		n.kind, n.noun = "people", "" // "Some 5,000 attended the rally", "A total of 5,000 participated"
		return
	}
	if !ok && nextAdj && (next.lc == "were" || next.lc == "are") && a.adjacent(n.j+1) && cntPlural(a.tok(n.j+2).lc) && !cntVerbS.Has(a.tok(n.j+2).lc) {
		w := a.tok(n.j + 2).lc // "18 were women"
		n.noun, n.kind = w, cntNounKind([]string{w})
		return
	}
	if !ok && nextAdj && (next.lc == "were" || next.lc == "was" || next.lc == "have" || next.lc == "had" || next.lc == "are" || next.lc == "has" || cntRemainVerbs.Has(next.lc)) &&
		(prev.punct() || prev.lc == "and" || prev.lc == "but" || prev.lc == "while" || prev.lc == "only" || prev.lc == "just" || n.qi == 0) {
		ok = true // "..., and 12,000 were sold", "One hundred twenty are being treated", "only 27 have ratified it"
	}
	if !ok && prev.lc == "remaining" && a.tok(n.qi-2).lc == "the" {
		ok = true // "with the remaining 58 being established later"
	}
	if !ok && (nextAdj && next.lc == "more" || prev.lc == "another" || prev.lc == "further") {
		ok = true // "900 more", "another 1 million"
	}
	cmp := n.qi - 1 // "compared with just 600,000"
	if w := a.tok(cmp).lc; w == "just" || w == "only" {
		cmp--
	}
	if !ok && (prev.lc == "from" && (a.tok(n.qi-2).lc == "up" || a.tok(n.qi-2).lc == "down") || (a.tok(cmp).lc == "with" || a.tok(cmp).lc == "to") && a.tok(cmp-1).lc == "compared") {
		// "690 convictions, up from 477 in 2012": the same count, before
		if last != nil {
			n.kind, n.noun, n.unitOut = last.kind, last.noun, last.unitOut
			return
		}
		ok = true
	}
	if g := a.tok(n.qi - 2); !ok && prev.lc == "of" && (cntGroups.Has(g.lc) || cntCollective.Has(g.lc)) && !g.capitalised() {
		n.kind, n.noun = "people", g.lc // "a sellout crowd of 6,000", "a family of 11" (not the "Group of 20")
		return
	}
	if !ok && prev.lc == "of" && cntExtremes.Has(a.tok(n.qi-2).lc) {
		ok = true // "dropped from a peak of 40"
	}
	if !ok && prev.lc == "from" && cntChanges.Has(a.tok(n.qi-2).lc) {
		ok = true // "rose from 108 million in 1980 to 422 million"
	}
	if !ok && prev.lc == "to" && a.fromBefore(n) {
		ok = true // "… from a peak of 40 in 2015 to 12 in 2016"
	}
	if !ok && (prev.lc == "the" || prev.lc == "all") && nextAdj && next.lc == "who" {
		n.kind = "people" // "of the 2.8 million who voted"
		return
	}
	if !ok {
		switch prev.lc {
		case "the", "all", "including", "with", "total", "totaling", "totalling", "numbering", "numbered", "reached", "of":
			ok = prev.lc != "of" || a.tok(n.qi-2).lc == "none" || a.tok(n.qi-2).lc == "all"
			if prev.lc == "the" || prev.lc == "with" || prev.lc == "all" {
				ok = !nextAdj || cntAux.Has(next.lc) || cntVerbish(next.lc) || next.lc == "of" || strings.HasSuffix(next.lc, "ing")
			}
		case "was", "were", "is", "are", "'s", "no":
			x := n.qi - 1
			if prev.lc == "no" {
				x--
			}
			v := a.tok(x - 1).lc
			ok = v == "there" || v == "there's" || a.tok(x).lc == "there's"
		case "there's":
			ok = true
		}
		if !ok && (prev.lc == "to" || prev.lc == "at") {
			v := a.tok(n.qi - 2).lc
			ok = v == "rose" || v == "risen" || v == "climbed" || v == "increased" || v == "jumped" || v == "reached" ||
				v == "stood" || v == "stands" || v == "grew" || v == "fell" || v == "dropped" || v == "total" || v == "number" ||
				prev.lc == "at" && (cntCollective.Has(v) || cntNounKinds()[v] != "" || v == "it" || v == "figure" || v == "toll" || v == "tally")
		}
		if !ok && cntStrandVerbs.Has(prev.lc) && (!nextAdj || next.lc == "without" || next.lc == "stranded" || next.lc == "homeless") {
			n.kind, n.noun = "people", "" // "left 2 million without power"
			return
		}
	}
	if !ok || n.one && before == "" && after == "" {
		n.skip = true
		return
	}
	if nextAdj && next.lc == "who" {
		n.kind = "people"
		return
	}
	if last != nil && (prev.lc == "another" || prev.lc == "further" || nextAdj && next.lc == "more") {
		// "30,000 people have lost their homes and another 50,000 their
		// crops": more of what the count before it counted
		n.noun, n.kind, n.unitOut = last.noun, last.kind, last.unitOut
		return
	}
	// what it counts: the nearest plural noun before it in the sentence, a
	// count before it in the paragraph, a person mentioned before
	if noun, kind := a.antecedent(n); kind != "" {
		n.noun, n.kind = noun, kind
		if before != "" && after == "" {
			n.noun = "" // "killed at least 60": the antecedent is the killer
		}
	} else {
		n.kind = "other"
	}
}

// scaledMoney is the sum of money nearest n in its paragraph that is
// said with a scale word and a currency ("$48 billion"), or nil.
func (a *cntAnalysis) scaledMoney(n *cntNum) *cntNum {
	var near *cntNum
	for _, m := range a.ns {
		if m != n && !m.skip && m.kind == "money" && m.scaled && m.unitOut != "" && (near == nil || max(m.i-n.i, n.i-m.i) < max(near.i-n.i, n.i-near.i)) {
			near = m
		}
	}
	return near
}

// cntHoldVerbs have, get or lose what the number after them counts:
// "Labour lost 42", "Biden had 54", "Russia is next with 225".
var cntHoldVerbs = lazy.Of("has", "had", "have", "holds", "held", "won", "wins", "got", "gets", "took", "takes", "received",
	"receives", "gained", "gains", "lost", "loses", "added", "adds", "secured", "secures", "scored", "scores", "claimed",
	"claims", "kept", "keeps", "earned", "earns", "with")

// cntClauseEnds end the clause a number ends: "adds 3 as cleanup
// continues", "with 225 and Canada has 220".
var cntClauseEnds = lazy.Of("and", "as", "while", "but", "whereas", "in", "on", "for", "last", "this")

// lastCounted is the count before n in its sentence or the one before
// that said what it counted ("66 seats"), if any.
func (a *cntAnalysis) lastCounted(n *cntNum) *cntNum {
	s := a.tok(n.i).sent
	for x := a.from(n.i) - 1; x >= 0; x-- {
		m := a.ns[x]
		if a.tok(m.i).sent < s-1 {
			break
		}
		if m.skip || m.noun == "" {
			continue
		}
		if cntUnitKinds.Has(m.kind) {
			return nil
		}
		return m
	}
	return nil
}

// cntChanges are the verbs of a count that changed, which a number after
// "from" gives the start of.
var cntChanges = lazy.Of("rose", "risen", "climbed", "increased", "jumped", "grew", "grown", "fell", "fallen", "dropped",
	"declined", "decreased", "surged", "soared", "plunged", "plummeted", "doubled", "tripled", "shrank", "shrunk")

// cntGroups are the nouns of a body of people that a number after "of"
// counts: "a crowd of 6,000", "a family of 11", "a team of 12".
var cntGroups = lazy.Of("group", "team", "family", "delegation", "contingent", "force", "crew", "squad", "army", "class",
	"cohort", "congregation", "gathering", "mob", "gang", "caravan", "staff")

// cntExtremes name the highest or lowest value a count reached: "a peak
// of 40".
var cntExtremes = lazy.Of("peak", "high", "low", "record", "maximum", "minimum")

// fromBefore tells a number after "to" that ends a change "from" another
// number earlier in its sentence: "dropped from 40 in 2015 to 12".
func (a *cntAnalysis) fromBefore(n *cntNum) bool {
	s := a.tok(n.i).sent
	for x := n.qi - 2; x >= 0 && x >= n.qi-9 && a.toks[x].sent == s; x-- {
		if a.toks[x].lc == "from" {
			for y := a.from(x + 1); y < len(a.ns) && a.ns[y].i < n.qi; y++ {
				if !a.ns[y].plain4 {
					return true
				}
			}
			return false
		}
	}
	return false
}

func (a *cntAnalysis) antecedent(n *cntNum) (string, string) {
	s := a.tok(n.i).sent
	for x := n.qi - 1; x >= 0 && a.toks[x].sent == s; x-- {
		t := a.toks[x]
		lc := t.lc
		if cntTimeUnits.Has(lc) || cntNotPlural.Has(lc) || cntVerbS.Has(lc) || cntDistanceUnits.Has(lc) || cntWeightUnits.Has(lc) || cntVolumeUnits.Has(lc) || cntCurWords.Has(lc) {
			continue
		}
		if cntCollective.Has(lc) {
			return lc, "people" // "the population grew to 2.1 million"
		}
		if !cntPlural(lc) && !cntPeopleNouns.Has(lc) {
			continue
		}
		if cntIrregularPlural.Has(lc) && (lc == "dead" || lc == "injured" || lc == "missing") {
			continue
		}
		p := a.tok(x - 1).lc
		if p == "he" || p == "she" || p == "it" || p == "that" || p == "which" || p == "who" || p == "this" || a.tok(x-1).capitalised() && a.tok(x-1).sent == s && x-1 > 0 && !cntFunction.Has(p) && !strings.HasSuffix(a.tok(x-1).post, ",") && !a.toks[x].capitalised() {
			continue
		}
		if !cntPlural(lc) {
			continue
		}
		// the noun of an earlier count: the one just before x, as a
		// count's noun phrase ends before the next number
		if y := a.from(x) - 1; y >= 0 {
			if m := a.ns[y]; x <= m.npEnd && !m.skip && m.kind != "" {
				return m.noun, m.kind
			}
		}
		words := []string{lc}
		noun := lc
		_, isNum := cntWordNumber(p)
		if x > 0 && a.adjacent(x-1) && !cntNPStop.Has(p) && cntWordish(a.tok(x-1).core) && !cntVerbish(p) &&
			!a.tok(x-1).capitalised() && !isNum && cntScale()[p] == 0 {
			noun = p + " " + lc
		}
		if cntDemonym(t) {
			return noun, "people"
		}
		return noun, cntNounKind(words)
	}
	for k := len(a.ns) - 1; k >= 0; k-- {
		m := a.ns[k]
		if m.i >= n.i || m.skip || m.kind == "" {
			continue
		}
		switch m.kind {
		case "money", "percent", "distance", "area", "weight":
			continue
		}
		if m.noun != "" {
			return m.noun, m.kind
		}
	}
	for x := n.qi - 1; x >= 0; x-- {
		lc := a.toks[x].lc
		if cntPeopleNouns.Has(lc) && lc != "others" {
			return "", "people"
		}
	}
	return "", ""
}

// inherit gives a list its event: "20 bodies had been recovered, eleven
// women and nine men"; "killed at least 62, including 54 small children".
func (a *cntAnalysis) inherit() {
	var prev *cntNum
	for _, n := range a.ns {
		if n.skip {
			continue
		}
		if prev != nil && cntEventKinds.Has(prev.kind) && (n.kind == "people") && n.cue == "" && !a.ownVerb(n) &&
			a.tok(prev.i).sent == a.tok(n.i).sent {
			gapOK := false
			for x := prev.npEnd; x < n.qi && x-prev.npEnd <= 10; x++ {
				if strings.HasSuffix(a.toks[x].post, ",") || a.toks[x].lc == "including" || a.toks[x].lc == "and" || a.toks[x].lc == "among" {
					gapOK = true
				}
				if x == n.qi-1 && (a.toks[x].lc == "of" || a.toks[x].lc == "from") {
					gapOK = false
					break
				}
			}
			if gapOK && n.qi-prev.npEnd <= 10 {
				n.kind = prev.kind
			}
		}
		prev = n
	}
	// "four students and one staff member were wounded": a count joined
	// by "and" to the next one shares its verb
	var next *cntNum
	for x := len(a.ns) - 1; x >= 0; x-- {
		n := a.ns[x]
		if n.skip {
			continue
		}
		if next != nil && cntEventKinds.Has(next.kind) && n.kind == "people" && n.cue == "" && n.npEnd+2 == next.qi &&
			a.tok(n.npEnd+1).lc == "and" && a.adjacent(n.npEnd) && a.tok(next.i).sent == a.tok(n.i).sent {
			n.kind = next.kind
		}
		next = n
	}
}

// ownVerb reports whether the counted noun of n is followed by a verb of
// its own ("... and six crew members survived").
func (a *cntAnalysis) ownVerb(n *cntNum) bool {
	x := n.npEnd + 1
	if x >= len(a.toks) || a.toks[n.npEnd].punct() || a.toks[x].sent != a.tok(n.i).sent {
		return false
	}
	lc := a.toks[x].lc
	return cntAux.Has(lc) && lc != "in" && lc != "to" && lc != "for" && lc != "into" || cntVerbish(lc)
}
