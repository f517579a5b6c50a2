package article

import (
	"embed"
	"strings"
	"sync"
)

// names holds two lists of given names whose bearers are nearly all of
// one sex, made from the US Social Security Administration's baby-name
// counts (public domain; names/README.md says how): a name is listed when
// at least 97 in 100 of the 2,000 or more people given it since 1930 were
// of that sex. A first name on neither list says nothing.
//
//go:embed names/female.txt names/male.txt
var names embed.FS

var givenNames = sync.OnceValue(func() map[string]byte {
	m := map[string]byte{}
	for file, sex := range map[string]byte{"names/female.txt": 'f', "names/male.txt": 'm'} {
		data, err := names.ReadFile(file)
		if err != nil {
			panic(err) // embedded: present at build time
		}
		for _, ln := range strings.Split(string(data), "\n") {
			if ln != "" && !strings.HasPrefix(ln, "#") {
				m[ln] = sex
			}
		}
	}
	return m
})

// isGivenName tells a word that is one of the listed given names.
func isGivenName(w string) bool {
	return givenNames()[strings.ToLower(FoldName(w))] != 0
}

// sexOfName is 'f' or 'm' when a person's first name shows their sex,
// 0 otherwise.
func sexOfName(name string) byte {
	f := strings.Fields(name)
	if len(f) < 2 {
		return 0 // a surname alone, or one name, says nothing
	}
	return givenNames()[strings.ToLower(FoldName(f[0]))]
}
