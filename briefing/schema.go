package briefing

import (
	"encoding/json"
	"reflect"
	"strings"
)

// SchemaURL is where the fact sheet's schema is published; new and draft
// name it on a sheet's first line, where editors look for it
// (yaml-language-server), and `briefing schema > episode.schema.json`
// writes a copy to point at instead.
const SchemaURL = "https://briefing.dev/schema/episode.schema.json"

// SchemaComment is the first line new and draft write on a fact sheet so
// that editors complete and check its keys.
const SchemaComment = "# yaml-language-server: $schema=" + SchemaURL

// obj is a JSON Schema object with the given properties, closed to any
// other key.
func obj(desc string, props map[string]any, required ...string) map[string]any {
	o := map[string]any{"type": "object", "description": desc, "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		o["required"] = required
	}
	return o
}

func str(desc string) map[string]any { return map[string]any{"type": "string", "description": desc} }
func strs(desc string) map[string]any {
	return map[string]any{"type": "array", "items": map[string]any{"type": "string"}, "description": desc}
}
func num(desc string) map[string]any { return map[string]any{"type": "number", "description": desc} }
func boolean(desc string) map[string]any {
	return map[string]any{"type": "boolean", "description": desc}
}
func oneOfStr(desc string, vals ...string) map[string]any {
	return map[string]any{"type": "string", "enum": vals, "description": desc}
}

// A running time: "12m", "1m30s", "90s" or "1:30"; never a bare number.
var durationSchema = map[string]any{"type": "string", "pattern": `^(\d+h)?(\d+m)?(\d+(\.\d+)?s)?$|^\d+(:\d\d){1,2}$|^\d+ms$`, "description": "a running time with units (12m, 1m30s, 90s) or a clock (1:30)"}

var prioritySchema = map[string]any{"description": "what fitting to time may cut: must (never), should (default), could (first)",
	"anyOf": []any{map[string]any{"type": "string", "enum": []string{"must", "should", "could"}}, map[string]any{"type": "integer", "enum": []int{1, 2, 3}}}}

func mapOf(desc string, item any) map[string]any {
	return map[string]any{"type": "object", "description": desc, "additionalProperties": item}
}
func listOf(desc string, item any) map[string]any {
	return map[string]any{"type": "array", "description": desc, "items": item}
}

// FactSheetSchema is the JSON Schema (draft 2020-12) of a fact sheet: every
// key the decoder accepts at each level and no other, the required ones,
// and the type of each value. A test holds it against the decoder's keys,
// so that the two cannot drift apart, and validates every example with it.
func FactSheetSchema() map[string]any {
	voice := obj("a voice: pace and pauses", map[string]any{
		"wpm": num("words a minute, pauses included, on typical copy"), "comma": durationSchema, "sentence": durationSchema, "paragraph": durationSchema,
		"fitted": obj("how calibrate fitted the voice", map[string]any{"reads": num(""), "seconds": num(""), "held_out_error": num(""), "default_error": num("")}),
	}, "wpm")
	speaker := obj("a person heard or quoted", map[string]any{
		"name": str("full name without rank"), "honorific": str("rank or courtesy title before the name"), "title": str("what the person is"),
		"affiliation": str("the organisation, as printed"), "short": str("the name on second reference"),
		"role":      oneOfStr("the speaker's role", roles...),
		"wpm":       num("pace in words a minute (60–400)"),
		"voice":     map[string]any{"description": "a voice file's path, or an inline voice", "anyOf": []any{map[string]any{"type": "string"}, voice}},
		"tts_voice": str("the speech synthesizer's voice for script.ssml"),
	}, "name")
	source := obj("an article or recording the research comes from", map[string]any{
		"outlet": str("the outlet, as named on air"), "title": str("the headline"), "url": str("link"), "published": str("YYYY-MM-DD"),
		"file": str("the article's text, relative to the fact sheet"), "via": str("the outlet a syndicated story was taken from"),
		"copy_of": str("the id of the source this one copies"),
	}, "title")
	fact := obj("a statement the script may make", map[string]any{
		"id": str("id"), "text": str("the statement"), "sources": strs("ids of the sources that back it"), "tags": strs("labels"), "priority": prioritySchema,
	}, "id", "text", "sources")
	quote := obj("a person's exact words from a source", map[string]any{
		"id": str("id"), "speaker": str("the speaker's id"), "text": str("the exact words"), "source": str("the source's id"),
		"airs": oneOfStr("clip (the recording plays) or read (the host reads it)", "read", "clip"), "length": durationSchema,
		"lead_in": str("the line that sets it up (a partial quote completes it)"), "partial": boolean("a phrase quoted inside a sentence"),
		"priority": prioritySchema, "said": str("how it was said, as copy puts it: in a statement, told Reuters"),
	}, "id", "speaker", "text", "source")
	report := obj("one source's value for a figure", map[string]any{"value": num("the value"), "qualifier": str("at least, over, nearly…"), "source": str("the source's id")}, "value", "source")
	figure := obj("a quantity sources report, perhaps differently", map[string]any{
		"id": str("id"), "label": str("what it counts: people killed"), "reports": listOf("the reports", report), "priority": prioritySchema,
	}, "id", "label", "reports")
	segment := obj("one part of the rundown", map[string]any{
		"id": str("id"), "title": str("title"), "kind": str("the template <format>/<kind>.tmpl"), "host": str("who presents it"),
		"facts": strs("fact ids"), "quotes": strs("quote ids"), "figures": strs("figure ids"), "target": durationSchema,
		"lines": strs("hand-written paragraphs in script markup"), "optional": boolean("fitting may drop it"), "priority": prioritySchema,
		"status": oneOfStr("production status", "draft", "approved", "recorded"), "actual": durationSchema,
	}, "id", "title", "kind")
	edition := obj("the same research in another format or length", map[string]any{
		"format": str("the format (default: the edition's name)"), "slug": str("output folder"), "target": durationSchema,
		"segments": listOf("its segments (default: the first edition of its format's)", segment), "host": str("its presenter"),
		"wpm": num("its presenter's pace"), "fit": boolean("fit it to its target"), "on_air": str("the time of day it goes on air, 07:00"),
		"outputs": strs("the outputs it writes"),
	}, "target")
	return map[string]any{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$id":     SchemaURL,
		"title":   "briefing fact sheet",
		"type":    "object", "additionalProperties": false,
		"required": []string{"show", "title", "slug", "format", "target", "hosts", "speakers", "segments"},
		"properties": map[string]any{
			"show": str("the programme's name"), "title": str("the episode's title"), "summary": str("for show notes"),
			"slug": map[string]any{"type": "string", "pattern": `^[a-z0-9]+(-[a-z0-9]+)*$`, "description": "the output folder's name"},
			"date": str("YYYY-MM-DD"), "format": str("the sheet's own edition's format"), "target": durationSchema,
			"fit": boolean("fit the sheet's own edition to its target"), "on_air": str("the time of day it goes on air"),
			"outputs":     strs("the outputs the sheet's own edition writes"),
			"quote_style": oneOfStr("how the host reads quotes", "marks", "spoken"),
			"hosts":       strs("speaker ids of the presenters"),
			"speakers":    mapOf("id → speaker", speaker), "sources": mapOf("id → source", source),
			"facts": listOf("facts", fact), "quotes": listOf("quotes", quote), "figures": listOf("figures", figure),
			"segments": listOf("the sheet's own edition's segments", segment),
			"editions": mapOf("name → edition", edition),
			"pronounce": mapOf("word → respelling, or {say: respelling, ipa: IPA}", map[string]any{"anyOf": []any{
				map[string]any{"type": "string"},
				obj("a respelling and the IPA for speech synthesis", map[string]any{"say": str("the respelling"), "ipa": str("IPA")}, "say"),
			}}),
		},
	}
}

// EpisodeSchema is the JSON Schema (draft 2020-12) of episode.json,
// generated from the Go types of the contract (EpisodeJSON), so that it is
// the contract.
func EpisodeSchema() map[string]any {
	s := typeSchema(reflect.TypeOf(EpisodeJSON{}))
	s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	s["title"] = "briefing episode.json"
	return s
}

// typeSchema describes a Go type as JSON encodes it: a struct's fields by
// their json names (an embedded struct's fields inline), all required.
func typeSchema(t reflect.Type) map[string]any {
	switch t.Kind() {
	case reflect.Struct:
		props := map[string]any{}
		var req []string
		var add func(t reflect.Type)
		add = func(t reflect.Type) {
			for i := range t.NumField() {
				f := t.Field(i)
				if f.Anonymous {
					add(f.Type)
					continue
				}
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if name == "" || name == "-" || !f.IsExported() {
					continue
				}
				props[name] = typeSchema(f.Type)
				req = append(req, name)
			}
		}
		add(t)
		return map[string]any{"type": "object", "properties": props, "required": req, "additionalProperties": false}
	case reflect.Slice:
		return map[string]any{"type": "array", "items": typeSchema(t.Elem())}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int64, reflect.Float64:
		return map[string]any{"type": "number"}
	}
	return map[string]any{}
}

// MarshalSchema renders a schema as indented JSON with a final newline.
func MarshalSchema(s map[string]any) []byte {
	data, _ := json.MarshalIndent(s, "", "  ")
	return append(data, '\n')
}
