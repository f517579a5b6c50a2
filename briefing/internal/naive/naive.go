package naive

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"text/template"
	"time"

	"go.yaml.in/yaml/v3"
)

//go:embed templates/*.tmpl
var templateFS embed.FS

// Outputs are the files Build writes for each episode, in order.
var Outputs = []string{
	"script.md", "rundown.txt", "rundown.html", "chapters.json", "prompter.html",
	"rundown.csv", "script.ssml", "shownotes.html", "shownotes.md", "episode.json",
}

// page is what each output template is executed with, and what
// episode.json holds: the decoded sheet, its first host's speaker, and its
// facts, quotes and figures by id.
type page struct {
	Sheet   map[string]any            `json:"sheet"`
	Host    map[string]any            `json:"host"`
	Facts   map[string]map[string]any `json:"facts"`
	Quotes  map[string]map[string]any `json:"quotes"`
	Figures map[string]map[string]any `json:"figures"`
}

// Build writes the outputs of each fact sheet in sheets (paths of
// episode.yaml files) to out/<slug>/, jobs sheets at a time. It stops at
// the first error, or when ctx is cancelled, and returns that error.
func Build(ctx context.Context, sheets []string, out string, jobs int) error {
	tpl, err := parse()
	if err != nil {
		return err
	}
	if jobs < 1 {
		jobs = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	paths := make(chan string)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	for range jobs {
		wg.Go(func() {
			for p := range paths {
				if err := buildOne(tpl, p, out); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					cancel()
				}
			}
		})
	}
feed:
	for _, p := range sheets {
		select {
		case paths <- p:
		case <-ctx.Done():
			break feed
		}
	}
	close(paths)
	wg.Wait()
	if first != nil {
		return first
	}
	return ctx.Err()
}

// buildOne reads, decodes and renders one sheet and writes its files.
func buildOne(tpl *template.Template, path, out string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var sheet map[string]any
	if err := yaml.Unmarshal(data, &sheet); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	p := page{
		Sheet:   sheet,
		Facts:   byID(sheet["facts"]),
		Quotes:  byID(sheet["quotes"]),
		Figures: byID(sheet["figures"]),
	}
	speakers, _ := sheet["speakers"].(map[string]any)
	if hosts, _ := sheet["hosts"].([]any); len(hosts) > 0 {
		p.Host, _ = speakers[fmt.Sprint(hosts[0])].(map[string]any)
	}
	slug := fmt.Sprint(sheet["slug"])
	dir := filepath.Join(out, slug)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var b bytes.Buffer
	for _, name := range Outputs {
		b.Reset()
		if name == "episode.json" {
			js, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			b.Write(js)
			b.WriteByte('\n')
		} else if err := tpl.ExecuteTemplate(&b, name+".tmpl", p); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// byID indexes a list of mappings by their id.
func byID(list any) map[string]map[string]any {
	items, _ := list.([]any)
	m := make(map[string]map[string]any, len(items))
	for _, it := range items {
		if item, ok := it.(map[string]any); ok {
			m[fmt.Sprint(item["id"])] = item
		}
	}
	return m
}

// parse parses the output templates with their few helpers.
func parse() (*template.Template, error) {
	return template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.tmpl")
}

var refs = regexp.MustCompile(`\s*\[#[^\]]*\]`)

var funcs = template.FuncMap{
	// plain drops a line's [#fact] references.
	"plain": func(s any) string { return strings.TrimSpace(refs.ReplaceAllString(fmt.Sprint(s), "")) },
	"upper": func(s any) string { return strings.ToUpper(fmt.Sprint(s)) },
	"hasPrefix": func(s any, prefix string) bool {
		return strings.HasPrefix(fmt.Sprint(s), prefix)
	},
	"trimPrefix": func(prefix string, s any) string {
		return strings.TrimSpace(strings.TrimPrefix(fmt.Sprint(s), prefix))
	},
	// join joins a list's items with sep.
	"join": func(sep string, list any) string {
		items, _ := list.([]any)
		s := make([]string, len(items))
		for i, it := range items {
			s[i] = fmt.Sprint(it)
		}
		return strings.Join(s, sep)
	},
	// cut shortens s to n characters, with an ellipsis.
	"cut": func(n int, s any) string {
		r := []rune(fmt.Sprint(s))
		if len(r) <= n {
			return string(r)
		}
		return string(r[:n-1]) + "…"
	},
	"json": func(v any) (string, error) {
		b, err := json.Marshal(v)
		return string(b), err
	},
	// csv quotes a field when it has to be.
	"csv": func(s any) string {
		v := fmt.Sprint(s)
		if strings.ContainsAny(v, ",\"\n") {
			return `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
		}
		return v
	},
	"date": func(v any) string {
		if t, ok := v.(time.Time); ok {
			return t.Format("2006-01-02")
		}
		return fmt.Sprint(v)
	},
	// secs is a duration such as 1m40s in seconds; 0 when it is not one.
	"secs": func(v any) int {
		d, _ := time.ParseDuration(fmt.Sprint(v))
		return int(d.Seconds())
	},
	// count is the length of a list, 0 when there is none.
	"count": func(list any) int { l, _ := list.([]any); return len(l) },
	"add":   func(a, b int) int { return a + b },
	"sub":   func(a, b int) int { return a - b },
	// clock writes seconds as m:ss.
	"clock": func(s int) string { return fmt.Sprintf("%d:%02d", s/60, s%60) },
	// name is a speaker's name with any honorific.
	"name": func(sp any) string {
		m, _ := sp.(map[string]any)
		if h, ok := m["honorific"]; ok {
			return fmt.Sprint(h, " ", m["name"])
		}
		return fmt.Sprint(m["name"])
	},
	// outlet is a source's outlet, or its title when it has none.
	"outlet": func(src any) string {
		m, _ := src.(map[string]any)
		if o, ok := m["outlet"]; ok {
			return fmt.Sprint(o)
		}
		return fmt.Sprint(m["title"])
	},
}

// Sheets finds the fact sheets paths name: a sheet itself, a folder
// holding episode.yaml, or a folder of such folders.
func Sheets(paths []string) ([]string, error) {
	var sheets []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			sheets = append(sheets, p)
			continue
		}
		if sheet := filepath.Join(p, "episode.yaml"); exists(sheet) {
			sheets = append(sheets, sheet)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if sheet := filepath.Join(p, e.Name(), "episode.yaml"); e.IsDir() && exists(sheet) {
				sheets = append(sheets, sheet)
			}
		}
	}
	return sheets, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
