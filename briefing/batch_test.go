package briefing

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/templates"
)

// GenerateSheet writes a fact sheet of the example's size: 12 segments,
// 40 facts, 10 quotes, 5 speakers, 4 figures, varied by n so that no two
// are alike.
func generateSheet(n int) string {
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

// generateEpisodes writes n episode folders under dir.
func generateEpisodes(tb testing.TB, dir string, n int) {
	tb.Helper()
	for i := 1; i <= n; i++ {
		d := filepath.Join(dir, fmt.Sprintf("gen-%04d", i))
		if err := os.MkdirAll(d, 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "episode.yaml"), []byte(generateSheet(i)), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

func runBatch(t testing.TB, tpl *Templates, eps, out string, force bool) *BatchReport {
	t.Helper()
	sheets, probs := Discover([]string{eps}, out)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	rep, err := RunBatch(context.Background(), sheets, BatchOptions{Options: Options{Templates: tpl}, Out: out, Jobs: 2, Force: force, Tool: "test"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestGeneratedSheetIsValid(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "episode.yaml"), generateSheet(7))
	res := Compile(context.Background(), filepath.Join(dir, "episode.yaml"), Options{Templates: builtin(t)})
	if res.Failed(false) {
		t.Fatalf("generated sheet fails:\n%v", res.Problems)
	}
	ep := res.Episodes[0]
	if len(ep.Segments) != 12 || len(ep.Sheet.Facts) != 40 || len(ep.Sheet.Quotes) != 10 {
		t.Errorf("generated sheet has %d segments, %d facts, %d quotes", len(ep.Segments), len(ep.Sheet.Facts), len(ep.Sheet.Quotes))
	}
}

// TestBatchThousand builds 1,000 generated episodes, rebuilds them as
// unchanged, rebuilds them all after one template change, and builds them
// with one malformed among them.
func TestBatchThousand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 1,000 episodes")
	}
	const n = 1000
	root := t.TempDir()
	eps, out := filepath.Join(root, "episodes"), filepath.Join(root, "out")
	generateEpisodes(t, eps, n)
	tpl := builtin(t)

	count := func(name string, rep *BatchReport, built, unchanged, failed int) {
		t.Helper()
		if rep.Built != built || rep.Unchanged != unchanged || rep.Failed != failed {
			t.Fatalf("%s: built %d, unchanged %d, failed %d; want %d, %d, %d", name, rep.Built, rep.Unchanged, rep.Failed, built, unchanged, failed)
		}
	}
	count("cold build", runBatch(t, tpl, eps, out, false), n, 0, 0)
	for _, f := range []string{"gen-0001/script.md", "gen-0500/rundown.html", "gen-1000/episode.json", "index.html", "index.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing output: %v", err)
		}
	}
	count("no-change rebuild", runBatch(t, tpl, eps, out, false), 0, n, 0)
	count("forced rebuild", runBatch(t, tpl, eps, out, true), n, 0, 0)

	// One template changes: every episode that renders with it rebuilds.
	user := filepath.Join(root, "tpl")
	writeFile(t, filepath.Join(user, "explainer", "sign-off.tmpl"), "{{ .Segment.Host.ID }}: Goodbye.\n")
	changed, err := LoadTemplates(templates.FS, templates.Name, user)
	if err != nil {
		t.Fatal(err)
	}
	count("after a template change", runBatch(t, changed, eps, out, false), n, 0, 0)
	count("and again", runBatch(t, changed, eps, out, false), 0, n, 0)

	// One malformed episode: it is reported, the other 999 are written.
	before, _ := os.ReadFile(filepath.Join(out, "gen-0042", "script.md"))
	writeFile(t, filepath.Join(eps, "gen-0042", "episode.yaml"), strings.Replace(generateSheet(42), "target: 9m", "target: 9", 1))
	rep := runBatch(t, changed, eps, out, true)
	count("with one malformed", rep, n-1, 0, 1)
	for _, r := range rep.Sheets {
		if r.Status == Failed {
			if got := r.Problems.Error(); !strings.HasSuffix(got, `gen-0042/episode.yaml:6:9: target: "9": missing unit (write "9s" or "9m")`) {
				t.Errorf("failure reported as %q", got)
			}
		}
	}
	after, _ := os.ReadFile(filepath.Join(out, "gen-0042", "script.md"))
	if string(before) != string(after) || len(after) == 0 {
		t.Errorf("the malformed episode's previous output changed")
	}
	leftovers, _ := filepath.Glob(filepath.Join(out, ".gen-*"))
	if len(leftovers) > 0 {
		t.Errorf("staging folders left behind: %v", leftovers[:min(3, len(leftovers))])
	}
}

func TestBatchDuplicateSlugs(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "a", "episode.yaml"), generateSheet(1))
	writeFile(t, filepath.Join(root, "b", "episode.yaml"), generateSheet(1))
	writeFile(t, filepath.Join(root, "c", "episode.yaml"), generateSheet(3))
	out := filepath.Join(root, "out")
	rep := runBatch(t, builtin(t), root, out, false)
	if rep.Built != 1 || rep.Failed != 2 {
		t.Fatalf("built %d, failed %d; want 1, 2", rep.Built, rep.Failed)
	}
	a, b := filepath.Join(root, "a", "episode.yaml"), filepath.Join(root, "b", "episode.yaml")
	for _, r := range rep.Sheets {
		if r.Status != Failed {
			continue
		}
		msg := r.Problems.Error()
		if !strings.Contains(msg, `"gen-0001" is also the slug of`) || !strings.Contains(msg, a) && !strings.Contains(msg, b) {
			t.Errorf("duplicate reported as %q", msg)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "gen-0001")); err == nil {
		t.Errorf("a duplicate slug was written")
	}
}

func TestDiscover(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"season/ep1/episode.yaml", "season/ep2/episode.yaml", "season/.hidden/episode.yaml", "single.yaml", "out/x/episode.yaml"} {
		writeFile(t, filepath.Join(root, p), "show: x\n")
	}
	got, probs := Discover([]string{filepath.Join(root, "season"), filepath.Join(root, "single.yaml"), filepath.Join(root, "season", "ep1"), filepath.Join(root, "s*n")}, filepath.Join(root, "out"))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	var rel []string
	for _, g := range got {
		r, _ := filepath.Rel(root, g)
		rel = append(rel, filepath.ToSlash(r))
	}
	if want := "season/ep1/episode.yaml season/ep2/episode.yaml single.yaml"; strings.Join(rel, " ") != want {
		t.Errorf("Discover = %v, want %s", rel, want)
	}
	_, probs = Discover([]string{filepath.Join(root, "nothing-here")}, "out")
	if len(probs) != 1 {
		t.Errorf("a missing path: %v", probs)
	}
	empty := filepath.Join(root, "empty")
	os.MkdirAll(empty, 0o755)
	if _, probs := Discover([]string{empty}, "out"); len(probs) != 1 || !strings.Contains(probs[0].Message, "no episode.yaml") {
		t.Errorf("an empty folder: %v", probs)
	}
}
