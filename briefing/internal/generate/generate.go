package generate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Sheet returns the text of fact sheet n, slug gen-NNNN, in the explainer
// format.
func Sheet(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "show: Generated Show\ntitle: Generated episode %d\nslug: gen-%04d\ndate: 2024-%02d-%02d\nformat: explainer\ntarget: 9m\nhosts: [host]\n",
		n, n, 1+n%12, 1+n%28)
	b.WriteString("speakers:\n  host: {name: Anna Host, role: host}\n")
	for s := 1; s <= 4; s++ {
		fmt.Fprintf(&b, "  ex%d: {name: Expert Number%d, title: analyst, affiliation: the Institute %d, role: expert}\n", s, s, s)
	}
	b.WriteString("sources:\n")
	for s := 1; s <= 5; s++ {
		fmt.Fprintf(&b, "  src%d: {outlet: Outlet %d, title: Report %d on story %d}\n", s, s, s, n)
	}
	b.WriteString("figures:\n")
	for f := 1; f <= 4; f++ {
		fmt.Fprintf(&b, "  - id: fig%d\n    label: people affected\n    reports:\n      - {value: %d, qualifier: at least, source: src1}\n      - {value: %d, source: src2}\n", f, 100+n+f, 120+n+f)
	}
	b.WriteString("facts:\n")
	for f := 1; f <= 40; f++ {
		fmt.Fprintf(&b, "  - {id: f%d, text: \"In %d, some %d,%03d people in region %d saw change number %d, up %d%% on the year before.\", sources: [src%d, src%d]}\n",
			f, 1990+f, f, n%1000, f, n, f%50, 1+f%5, 1+(f+1)%5)
	}
	b.WriteString("quotes:\n")
	for q := 1; q <= 10; q++ {
		airs := "read"
		if q%2 == 0 {
			airs = "clip"
		}
		fmt.Fprintf(&b, "  - {id: q%d, speaker: ex%d, text: \"This is quote %d of episode %d, and it says something that matters a great deal.\", source: src%d, airs: %s}\n",
			q, 1+q%4, q, n, 1+q%5, airs)
	}
	b.WriteString("segments:\n")
	kinds := []string{"cold-open", "intro", "background", "background", "expert", "expert", "background", "expert", "expert", "background", "why-it-matters", "sign-off"}
	for i, k := range kinds {
		fmt.Fprintf(&b, "  - id: s%d\n    title: Segment %d\n    kind: %s\n    target: 45s\n    facts: [", i+1, i+1, k)
		for f := 0; f < 3; f++ {
			if f > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "f%d", 1+(i*3+f)%40)
		}
		b.WriteString("]\n")
		if k == "expert" || k == "cold-open" {
			fmt.Fprintf(&b, "    quotes: [q%d, q%d]\n", 1+(2*i)%10, 1+(2*i+1)%10)
		}
		if k == "background" {
			fmt.Fprintf(&b, "    figures: [fig%d]\n", 1+i%4)
		}
	}
	return b.String()
}

// Episodes writes n episode folders under dir, gen-0001/episode.yaml on,
// each modified a day ago, as the episodes of a season mostly were when
// it is rebuilt.
func Episodes(dir string, n int) error {
	day := time.Now().Add(-24 * time.Hour)
	for i := 1; i <= n; i++ {
		d := filepath.Join(dir, fmt.Sprintf("gen-%04d", i))
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
		p := filepath.Join(d, "episode.yaml")
		if err := os.WriteFile(p, []byte(Sheet(i)), 0o644); err != nil {
			return err
		}
		if err := os.Chtimes(p, day, day); err != nil {
			return err
		}
	}
	return nil
}

// Copies writes n copies of the episode folder example under dir, ep0000
// on, as a season of that one episode with one edition each: every file
// in the folder (episode.yaml and its sources/) is copied, and the copy of
// episode.yaml has its editions: block removed (see WithoutEditions) and
// its slug made unique (the example's slug and -NNNN). Each file is
// modified a day ago, as in Episodes.
func Copies(dir, example string, n int) error {
	sheet, err := os.ReadFile(filepath.Join(example, "episode.yaml"))
	if err != nil {
		return err
	}
	lines := strings.SplitAfter(WithoutEditions(string(sheet)), "\n")
	slug := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "slug:") {
			slug = i
			break
		}
	}
	if slug < 0 {
		return fmt.Errorf("%s: no slug: line", example)
	}
	base := strings.Trim(strings.TrimSpace(strings.TrimPrefix(lines[slug], "slug:")), `"'`)
	var files []string // the folder's other files, relative to it
	err = filepath.WalkDir(example, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != example && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if rel, _ := filepath.Rel(example, p); d.Type().IsRegular() && rel != "episode.yaml" {
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		return err
	}
	data := make([][]byte, len(files))
	for i, rel := range files {
		if data[i], err = os.ReadFile(filepath.Join(example, rel)); err != nil {
			return err
		}
	}
	day := time.Now().Add(-24 * time.Hour)
	write := func(p string, b []byte) error {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
		return os.Chtimes(p, day, day)
	}
	for i := range n {
		d := filepath.Join(dir, fmt.Sprintf("ep%04d", i))
		lines[slug] = fmt.Sprintf("slug: %s-%04d\n", base, i)
		if err := write(filepath.Join(d, "episode.yaml"), []byte(strings.Join(lines, ""))); err != nil {
			return err
		}
		for j, rel := range files {
			if err := write(filepath.Join(d, rel), data[j]); err != nil {
				return err
			}
		}
	}
	return nil
}

// WithoutEditions returns a fact sheet's text without its editions:
// block: from a line that is editions: at column 0 up to the next line at
// column 0 that is neither blank nor a comment.
func WithoutEditions(sheet string) string {
	var b strings.Builder
	in := false
	for _, l := range strings.SplitAfter(sheet, "\n") {
		body := strings.TrimRight(l, "\r\n")
		top := body != "" && body[0] != ' ' && body[0] != '\t' && body[0] != '#'
		if top {
			key, rest, _ := strings.Cut(body, ":")
			rest = strings.TrimSpace(rest)
			in = key == "editions" && (rest == "" || strings.HasPrefix(rest, "#"))
		}
		if !in {
			b.WriteString(l)
		}
	}
	return b.String()
}
