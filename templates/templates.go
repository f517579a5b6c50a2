// Package templates holds briefing's built-in templates: one folder per
// format with a template per segment kind, and the outputs folder with the
// templates of script.md and rundown.txt. Files starting with "_" are
// partials; the embed pattern keeps them.
package templates

import "embed"

// FS holds the built-in template files, e.g. "explainer/expert.tmpl".
//
//go:embed *.tmpl */*.tmpl
var FS embed.FS

// Name is the folder the built-in templates are reported under in errors
// and listings, as they are laid out in the source tree.
const Name = "templates"
