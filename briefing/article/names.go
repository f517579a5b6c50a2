package article

import (
	_ "embed" // the given-name lists
	"strings"
)

// femaleNames and maleNames are two lists of given names whose bearers are nearly all of
// one sex, made from the US Social Security Administration's baby-name
// counts (public domain; names/README.md says how): a name is listed when
// at least 97 in 100 of the 2,000 or more people given it since 1930 were
// of that sex, or of the 300 or more when the development corpus never
// writes it as a word or a place ("Cate", "Niamh", "Hamish", but not
// "Season" or "Washington"). A first name on neither list says nothing.
//
// Each list is one lower-case name per line, in byte order, after its
// comment lines; givenSex searches them where they lie in the binary, so
// that they cost no memory and no time until a name is looked up.
var (
	//go:embed names/female.txt
	femaleNames string
	//go:embed names/male.txt
	maleNames string
	// unisexNames are the given names of the same counts that neither
	// sex holds 97 in 100 of ("Chris", "Eddie", "Kelly", "Terry"), less
	// those that are also everyday words or places ("Young", "Dallas"):
	// a first name that says nothing of its bearer's sex.
	//go:embed names/unisex.txt
	unisexNames string
)

// givenSex is 'f' or 'm' when name, in lower case, is a given name of the
// female or the male list, and 0 when it is on neither.
func givenSex(name string) byte {
	switch {
	case listed(femaleNames, name):
		return 'f'
	case listed(maleNames, name):
		return 'm'
	}
	return 0
}

// listed reports whether name is a line of list, whose lines are sorted in
// byte order ("#" comment lines sort before every name): a binary search
// over the text, each probe widened to the line it falls in.
func listed(list, name string) bool {
	if name == "" {
		return false
	}
	lo, hi := 0, len(list) // lo is always the start of a line
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(list[lo:mid], '\n') + 1 + lo
		end := strings.IndexByte(list[start:], '\n')
		if end < 0 {
			end = len(list)
		} else {
			end += start
		}
		switch line := list[start:end]; {
		case line == name:
			return true
		case line < name:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// isGivenName tells a word that is one of the listed given names, of
// either sex or of both.
func isGivenName(w string) bool {
	name := strings.ToLower(FoldName(w))
	return givenSex(name) != 0 || listed(unisexNames, name)
}

// sexOfName is 'f' or 'm' when a person's first name shows their sex,
// 0 otherwise.
func sexOfName(name string) byte {
	f := strings.Fields(name)
	if len(f) < 2 {
		return 0 // a surname alone, or one name, says nothing
	}
	return givenSex(strings.ToLower(FoldName(f[0])))
}
