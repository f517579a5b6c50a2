package briefing

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

// TestChaptersAndCSV checks the machine outputs of every example edition
// against their published formats: chapters.json is Podcasting 2.0 JSON
// chapters (version 1.2.0: a version string and chapters, each with a
// numeric startTime, ascending, and a title, and no key the format does
// not define); rundown.csv is RFC 4180 (CRLF records, quoted fields) with
// a header row and one record per segment.
func TestChaptersAndCSV(t *testing.T) {
	tpl := builtin(t)
	for _, path := range []string{examplePath, "../episodes/kinshasa-power-cable"} {
		res := Compile(context.Background(), path, Options{Templates: tpl})
		if res.Failed(false) {
			t.Fatal(res.Problems)
		}
		for i, ep := range res.Episodes {
			files := map[string]string{}
			for _, f := range res.Files[i] {
				files[f.Name] = string(f.Data)
			}
			t.Run(ep.Edition.Slug, func(t *testing.T) {
				var doc map[string]json.RawMessage
				if err := json.Unmarshal([]byte(files["chapters.json"]), &doc); err != nil {
					t.Fatalf("chapters.json: %v", err)
				}
				var version string
				if err := json.Unmarshal(doc["version"], &version); err != nil || version != "1.2.0" {
					t.Errorf("version %s, want \"1.2.0\"", doc["version"])
				}
				var chapters []map[string]any
				if err := json.Unmarshal(doc["chapters"], &chapters); err != nil || len(chapters) != len(ep.Segments) {
					t.Fatalf("chapters: %v, %d of them for %d segments", err, len(chapters), len(ep.Segments))
				}
				allowed := map[string]bool{"startTime": true, "endTime": true, "title": true, "img": true, "url": true, "toc": true, "location": true}
				last := -1.0
				for _, c := range chapters {
					start, ok := c["startTime"].(float64)
					if title, _ := c["title"].(string); !ok || start < last || title == "" {
						t.Errorf("chapter %v: want a startTime not before the last and a title", c)
					}
					last = start
					for k := range c {
						if !allowed[k] {
							t.Errorf("chapter key %q is not in the format", k)
						}
					}
				}
				raw := files["rundown.csv"]
				if strings.Count(raw, "\r\n") != len(ep.Segments)+1 || strings.Contains(strings.ReplaceAll(raw, "\r\n", ""), "\n") {
					t.Errorf("rundown.csv: want %d CRLF records and no bare line break:\n%q", len(ep.Segments)+1, raw)
				}
				records, err := csv.NewReader(strings.NewReader(raw)).ReadAll()
				if err != nil || len(records) != len(ep.Segments)+1 || records[0][0] != "number" || records[1][1] != ep.Segments[0].Title {
					t.Errorf("rundown.csv: %v, %q", err, records)
				}
			})
		}
	}
}
