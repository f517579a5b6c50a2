package speech

import (
	"regexp"
	"slices"
	"testing"

	"github.com/briefing-dev/briefing/briefing/internal/cases"
)

// The expressions the shapes are read from.
var (
	ordinalRE  = regexp.MustCompile(`^(\d+)(st|nd|rd|th)$`)
	percentRE  = regexp.MustCompile(`^(\d[\d,]*(?:\.\d+)?)(%|pc)$`)
	moneyRE    = regexp.MustCompile(`^([$£€])(\d[\d,]*(?:\.\d+)?)(k|m|bn|tn|mn|million|billion|trillion)?$`)
	decadeRE   = regexp.MustCompile(`^(1[1-9]|20)(\d0)s$|^'(\d0)s$`)
	rangeRE    = regexp.MustCompile(`^(\d[\d,.]*)[–—-](\d[\d,.]*)(%?)$`)
	clockRE    = regexp.MustCompile(`^([01]?\d|2[0-3]):([0-5]\d)(am|pm|a\.m\.|p\.m\.)?$`)
	hourRE     = regexp.MustCompile(`^(1[0-2]|[1-9])(am|pm|a\.m\.|p\.m\.)$`)
	dateRE     = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)
	measureRE  = regexp.MustCompile(`^(\d[\d,]*(?:\.\d+)?)(km|kg|mph|km/h|m|cm|mm|ft|lb|°C|°F)$`)
	acronymRE  = regexp.MustCompile(`^[A-Z][A-Z0-9]*[A-Z]s?$|^[A-Z]$`)
	hyphenedRE = regexp.MustCompile(`^[\p{L}\d]+(-[\p{L}\d]+)+$`)
)

// shapeCases are tokens of every shape and near misses.
var shapeCases = []string{"", "1", "21st", "2nd", "3rd", "11th", "1st2", "st", "3.5%", "10pc", "1,000%", "5.%", ".5%", "5%%",
	"$5bn", "£3.2m", "€10", "$", "$5", "$5.5million", "$5x", "$,5", "1990s", "2000s", "1000s", "'80s", "'8s", "2100s",
	"2014–2018", "5-10%", "1.5—2.5", "5--6", "5-", "-5", "1-2-3", "10:30pm", "9:05", "23:59a.m.", "24:00", "7:5", "07:45am",
	"7pm", "12a.m.", "13pm", "0am", "10am", "22/03/2024", "1/1/2020", "123/1/2020", "1/1/20", "5km", "1,000.5kg", "3km/h",
	"10°C", "5mph", "5 km", "5kms", "NATO", "MPs", "G7B", "US", "A", "Ab", "AB1", "ABs", "Bs", "ABss", "COVID-19", "well-known",
	"-x", "x-", "a--b", "Ünal-Öz", "x-\xff", "٣-4", "1.2.3-4", "9,9.9.9", "1e5", "１st"}

// TestShapes holds every shape to its expression on tokens of each shape
// and near misses.
func TestShapes(t *testing.T) {
	cases.Each(t, shapeCases, checkShapes)
}

// FuzzShapes holds every shape to its expression on any token.
func FuzzShapes(f *testing.F) {
	cases.Fuzz(f, shapeCases, checkShapes)
}

func checkShapes(t *testing.T, s string) {
	same := func(name string, ok bool, got []string, re *regexp.Regexp) {
		t.Helper()
		m := re.FindStringSubmatch(s)
		if ok != (m != nil) || ok && !slices.Equal(got, m[1:]) {
			t.Errorf("%s(%q) = %q, %v; the expression captures %q", name, s, got, ok, m)
		}
	}
	n, ok := ordinalShape(s)
	same("ordinalShape", ok, []string{n, s[len(n):]}, ordinalRE)
	n, ok = percentShape(s)
	same("percentShape", ok, []string{n, s[len(n):]}, percentRE)
	sym, num, mag, ok := moneyShape(s)
	same("moneyShape", ok, []string{sym, num, mag}, moneyRE)
	c, tens, short, ok := decadeShape(s)
	same("decadeShape", ok, []string{c, tens, short}, decadeRE)
	from, to, pct, ok := rangeShape(s)
	same("rangeShape", ok, []string{from, to, pct}, rangeRE)
	h, m, mer, ok := clockShape(s)
	same("clockShape", ok, []string{h, m, mer}, clockRE)
	h, mer, ok = hourShape(s)
	same("hourShape", ok, []string{h, mer}, hourRE)
	d, mo, y, ok := dateShape(s)
	same("dateShape", ok, []string{d, mo, y}, dateRE)
	n, u, ok := measureShape(s)
	same("measureShape", ok, []string{n, u}, measureRE)
	if got, want := acronymShape(s), acronymRE.MatchString(s); got != want {
		t.Errorf("acronymShape(%q) = %v, the expression %v", s, got, want)
	}
	if got, want := hyphenedShape(s), hyphenedRE.MatchString(s); got != want {
		t.Errorf("hyphenedShape(%q) = %v, the expression %v", s, got, want)
	}
}
