package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDraftSkipsItsOwnOutput runs "briefing draft * > draft.txt" as a shell
// does the second time: the pattern gives the output of the first run
// among the names, and the redirection has emptied it before draft starts.
// It is skipped with a note, not read as an article, and the draft of the
// others is written to it.
func TestDraftSkipsItsOwnOutput(t *testing.T) {
	dir := t.TempDir()
	article := "Storm hits coast\n\n“The water came in fast,” said Mayor Ann Lee.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	outPath := filepath.Join(dir, "draft.txt")
	out, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	var stderr bytes.Buffer
	args := []string{"draft", filepath.Join(dir, "a.txt"), outPath}
	if code := run(context.Background(), args, strings.NewReader(""), out, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "draft.txt skipped") {
		t.Errorf("stderr does not say the output was skipped: %q", stderr.String())
	}
	got, err := os.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(got, []byte("The water came in fast")) {
		t.Errorf("the draft written to the output lacks the article's quote:\n%s", got)
	}
}

// TestDraftOfNothing: when every name given is the output itself, there is
// nothing to draft, and draft says so.
func TestDraftOfNothing(t *testing.T) {
	outPath := filepath.Join(t.TempDir(), "draft.txt")
	out, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"draft", outPath}, strings.NewReader(""), out, &stderr); code == 0 || !strings.Contains(stderr.String(), "no articles") {
		t.Errorf("exit %d, stderr %q: want a failure that says there are no articles", code, stderr.String())
	}
}
