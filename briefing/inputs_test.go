package briefing

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// sharedSheet writes, in dir, a fact sheet whose eight sources all name one
// article, each with a quote checked against it.
func sharedSheet(t testing.TB, dir string) string {
	t.Helper()
	var sources, quotes strings.Builder
	sources.WriteString("sources:\n")
	quotes.WriteString("quotes:\n")
	for i := range 8 {
		fmt.Fprintf(&sources, "  s%d: {title: T, file: sources/article.txt}\n", i)
		fmt.Fprintf(&quotes, "  - {id: q%d, speaker: bo, text: It matters., source: s%d}\n", i, i)
	}
	r := strings.NewReplacer(
		"sources:\n  wire: {outlet: Wire, title: Story}\n", sources.String(),
		"quotes:\n  - {id: q1, speaker: bo, text: It matters., source: wire}\n", quotes.String(),
		"sources: [wire]", "sources: [s0]",
		"quotes: [q1]", "quotes: [q0, q1, q2, q3, q4, q5, q6, q7]")
	writeFile(t, dir+"/episode.yaml", r.Replace(minimal))
	writeFile(t, dir+"/sources/article.txt", "The expert said: it matters. "+strings.Repeat("Filler words here. ", 1000))
	return dir + "/episode.yaml"
}

// TestSourcesNamingOneFileShareOneRead checks that eight sources naming
// the same file cost one read and one split, and that a second load through
// the same Inputs reads nothing again while the first sheet is in use.
func TestSourcesNamingOneFileShareOneRead(t *testing.T) {
	path := sharedSheet(t, t.TempDir())
	in := new(Inputs)
	s, probs := Load(path, Options{Inputs: in})
	if s == nil {
		t.Fatal(probs)
	}
	if n := in.reads.Load(); n != 2 {
		t.Errorf("%d reads, want 2 (the sheet and the one article)", n)
	}
	if len(s.inputs) != 2 {
		t.Errorf("the sheet records %d inputs, want 2", len(s.inputs))
	}
	again, probs := Load(path, Options{Inputs: in})
	if again == nil {
		t.Fatal(probs)
	}
	if n := in.reads.Load(); n != 2 {
		t.Errorf("%d reads after a second load, want still 2", n)
	}
	if s.inputs[1].file != again.inputs[1].file {
		t.Error("the two loads hold different copies of the article")
	}
	runtime.KeepAlive(s)
}

// TestInputsAreSharedByConcurrentLoads loads one sheet from many
// goroutines through one Inputs (as batch workers do); run with -race.
func TestInputsAreSharedByConcurrentLoads(t *testing.T) {
	path := sharedSheet(t, t.TempDir())
	in := new(Inputs)
	sheets := make([]*FactSheet, 8)
	var wg sync.WaitGroup
	for i := range sheets {
		wg.Go(func() { sheets[i], _ = Load(path, Options{Inputs: in}) })
	}
	wg.Wait()
	for i, s := range sheets {
		if s == nil {
			t.Fatalf("load %d failed", i)
		}
		if s.inputs[1].file != sheets[0].inputs[1].file {
			t.Errorf("load %d holds its own copy of the article", i)
		}
	}
	if n := in.reads.Load(); n != 2 {
		t.Errorf("%d reads, want 2", n)
	}
}

// TestFilesOutsideTheFoldersAreNotRead checks that a source linking out of
// the episode folder and a voice file outside it are refused at their
// fields without being read, and that --inputs (NewInputs) allows a
// voice file's folder.
func TestFilesOutsideTheFoldersAreNotRead(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root+"/secret/token.txt", "SECRET_TOKEN=abc")
	writeFile(t, root+"/voices/anna.yaml", "wpm: 150\n")
	ep := root + "/ep"
	src := strings.Replace(minimal, "{outlet: Wire, title: Story}", "{outlet: Wire, title: Story, file: sources/article.txt}", 1)
	src = strings.Replace(src, "role: host}", "role: host, voice: ../voices/anna.yaml}", 1)
	writeFile(t, ep+"/episode.yaml", src)
	if err := os.MkdirAll(ep+"/sources", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../../secret/token.txt", ep+"/sources/article.txt"); err != nil {
		t.Skipf("symlink: %v", err)
	}

	in := new(Inputs)
	_, probs := Load(ep, Options{Inputs: in})
	want := ep + `/episode.yaml:8:46: speakers.anna.voice: "../voices/anna.yaml" is outside the episode folder (after links); move it in or allow its folder with --inputs
` + ep + `/episode.yaml:11:3: sources.wire.file: "sources/article.txt" is outside the episode folder (after links); move it in or allow its folder with --inputs`
	if probs.Error() != want {
		t.Errorf("have\n%v\nwant\n%s", probs, want)
	}
	if n := in.reads.Load(); n != 1 {
		t.Errorf("%d reads, want 1 (the sheet alone)", n)
	}

	in, err := NewInputs([]string{filepath.Join(root, "voices")})
	if err != nil {
		t.Fatal(err)
	}
	_, probs = Load(ep, Options{Inputs: in})
	if strings.Contains(probs.Error(), "voice") || !strings.Contains(probs.Error(), "sources.wire.file") {
		t.Errorf("with the voices folder allowed, have\n%v\nwant only the source refused", probs)
	}
	if _, err := NewInputs([]string{filepath.Join(root, "nowhere")}); err == nil {
		t.Error("NewInputs accepted a folder that does not exist")
	}
}
