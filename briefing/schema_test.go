package briefing

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// compileSchema compiles a schema with a maintained validator.
func compileSchema(t *testing.T, s map[string]any) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(MarshalSchema(s)))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// asJSONValue turns YAML into the values a JSON validator checks.
func asJSONValue(t *testing.T, src []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sheetsForSchema are every example fact sheet and every test fact sheet
// (txtar cases) that the decoder accepts.
func sheetsForSchema(t *testing.T) map[string][]byte {
	out := map[string][]byte{}
	paths, _ := filepath.Glob("../episodes/*/episode.yaml")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[p] = data
	}
	cases, _ := filepath.Glob("testdata/render/*.txtar")
	scripts, _ := filepath.Glob("../cmd/briefing/testdata/script/*.txtar")
	for _, c := range append(cases, scripts...) {
		ar, err := txtar.ParseFile(c)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if strings.HasSuffix(f.Name, "episode.yaml") {
				if s, probs := Parse(f.Name, f.Data); s != nil && probs.Err(false) == nil {
					out[c+"/"+f.Name] = f.Data
				}
			}
		}
	}
	return out
}

// TestSchemaValidatesSheets: every fact sheet the decoder accepts (the
// examples and the test sheets) is valid under the schema, and the schema
// rejects a typo'd key, a value of the wrong type and a missing required
// key, as the decoder does.
func TestSchemaValidatesSheets(t *testing.T) {
	sch := compileSchema(t, FactSheetSchema())
	sheets := sheetsForSchema(t)
	if len(sheets) < 10 {
		t.Fatalf("only %d sheets to validate", len(sheets))
	}
	for name, data := range sheets {
		if err := sch.Validate(asJSONValue(t, data)); err != nil {
			t.Errorf("%s: the decoder accepts it, the schema does not:\n%v", name, err)
		}
	}
	example, _ := os.ReadFile(examplePath)
	for _, tt := range []struct{ name, old, new string }{
		{"typo'd key", "\ntitle:", "\ntitel:"},
		{"wrong type", "target: 9m30s", "target: [9m30s]"},
		{"missing required", "\nslug: isis-k-russia\n", "\n"},
		{"typo'd key in a quote", "    airs: clip", "    air: clip"},
	} {
		bad := bytes.Replace(example, []byte(tt.old), []byte(tt.new), 1)
		if bytes.Equal(bad, example) {
			t.Fatalf("%s: nothing replaced", tt.name)
		}
		if err := sch.Validate(asJSONValue(t, bad)); err == nil {
			t.Errorf("%s: the schema accepts it", tt.name)
		}
		if s, _ := Parse("ep.yaml", bad); s != nil {
			t.Errorf("%s: the decoder accepts it", tt.name)
		}
	}
}

// TestSchemaMatchesDecoder holds the schema against the decoder: at each
// level, the keys it lists and requires are the keys the decoder accepts
// and requires, so that neither can change without the other.
func TestSchemaMatchesDecoder(t *testing.T) {
	seen := map[string][2][]string{} // schema path → keys, required
	normalize := regexp.MustCompile(`\[\d+\]`)
	fieldsSeen = func(field string, keys, required []string) {
		path := normalize.ReplaceAllString(field, "[]")
		parts := strings.Split(path, ".")
		// speakers.ID, sources.ID, editions.NAME: the id is any key
		switch {
		case len(parts) >= 2 && (parts[0] == "speakers" || parts[0] == "sources" || parts[0] == "editions" || parts[0] == "pronounce"):
			parts[1] = "*"
		}
		path = strings.Join(parts, ".")
		slices.Sort(keys)
		slices.Sort(required)
		seen[path] = [2][]string{keys, required}
	}
	defer func() { fieldsSeen = nil }()
	for name, data := range sheetsForSchema(t) {
		Parse(name, data)
	}
	schema := FactSheetSchema()
	for path, kr := range seen {
		node := schemaAt(schema, path)
		if node == nil {
			t.Errorf("%s: the decoder reads keys here; the schema has no object for it", path)
			continue
		}
		props, _ := node["properties"].(map[string]any)
		var keys []string
		for k := range props {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		req, _ := node["required"].([]string)
		req = slices.Clone(req)
		slices.Sort(req)
		if !slices.Equal(keys, kr[0]) {
			t.Errorf("%s: schema keys %v, decoder keys %v", path, keys, kr[0])
		}
		if !slices.Equal(req, kr[1]) && !(len(req) == 0 && len(kr[1]) == 0) {
			t.Errorf("%s: schema requires %v, decoder requires %v", path, req, kr[1])
		}
	}
	for _, want := range []string{"", "speakers.*", "sources.*", "facts[]", "quotes[]", "figures[]", "figures[].reports[]", "segments[]", "editions.*", "editions.*.segments[]"} {
		if _, ok := seen[want]; !ok {
			t.Errorf("no test sheet decodes %q: the comparison does not cover it", want)
		}
	}
}

// schemaAt walks the schema to the object a decoder field path names.
func schemaAt(s map[string]any, path string) map[string]any {
	node := s
	if path == "" {
		return node
	}
	for _, part := range strings.Split(path, ".") {
		name, list := strings.CutSuffix(part, "[]")
		if name == "*" {
			node, _ = node["additionalProperties"].(map[string]any)
		} else {
			props, _ := node["properties"].(map[string]any)
			node, _ = props[name].(map[string]any)
		}
		if node == nil {
			return nil
		}
		if alts, ok := node["anyOf"].([]any); ok { // a voice: a path or an object
			for _, a := range alts {
				if m, ok := a.(map[string]any); ok && m["type"] == "object" {
					node = m
				}
			}
		}
		if list {
			node, _ = node["items"].(map[string]any)
		}
		if node == nil {
			return nil
		}
	}
	return node
}
