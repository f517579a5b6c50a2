package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckRawControlBytes runs check on fact sheets holding bytes a txtar
// file cannot (hostile_text.txtar has the rest): each fails with exit 1
// and one positioned line that names the character and never prints it.
func TestCheckRawControlBytes(t *testing.T) {
	const sheet = "show: Test Show\ntitle: A test\nslug: raw\nformat: bulletin\ntarget: 1m\nhosts: [anna]\n" +
		"speakers:\n  anna: {name: Anna Host, role: host}\nsegments:\n  - {id: s1, title: One, kind: read, lines: [Hello.]}\n"
	utf16 := func(s string) string {
		var b strings.Builder
		for _, c := range []byte(s) {
			b.WriteByte(c)
			b.WriteByte(0)
		}
		return b.String()
	}
	tests := []struct{ name, data, want string }{
		{"bell in a title", strings.Replace(sheet, "A test", "A \atest", 1), "2:10: contains the control character U+0007 (BEL); remove it"},
		{"NUL in a name", strings.Replace(sheet, "Anna Host", "Anna\x00Host", 1), "8:20: contains the control character U+0000 (NUL); remove it"},
		{"escape sequence in a comment", "# \x1b]0;pwned\a\n" + sheet, "1:3: contains the control character U+001B (ESC); remove it (1 more follows)"},
		{"C1 control in a line", strings.Replace(sheet, "Hello.", "Hel\u009blo.", 1), "10:49: contains the control character U+009B (CSI); remove it"},
		{"UTF-16 without a byte order mark", utf16(sheet), "file is UTF-16 (little-endian) without a byte order mark; save it as UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "episode.yaml")
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{"check", path}, strings.NewReader(""), &stdout, &stderr)
			sep := ":" // the want starts with line:col
			if strings.HasPrefix(tt.want, "file ") {
				sep = ": "
			}
			want := path + sep + tt.want + "\n"
			if code != exitFailed || stderr.String() != want || stdout.Len() != 0 {
				t.Errorf("exit %d, stdout %q, stderr:\n%q\nwant exit %d, stderr:\n%q", code, stdout.String(), stderr.String(), exitFailed, want)
			}
		})
	}
}
