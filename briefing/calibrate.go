package briefing

import (
	"fmt"
	"strings"

	"github.com/briefing-dev/briefing/briefing/speech"
	"go.yaml.in/yaml/v3"
)

// ParseReads decodes a reads file: a list of {text, seconds}, seconds as a
// number or a running time ("12.4s", "0:12").
func ParseReads(path string, data []byte) ([]speech.MeasuredRead, Problems) {
	d := &decoder{path: path}
	root, perr := d.document(data, emptyReads)
	if perr != nil {
		return nil, Problems{*perr}
	}
	var reads []speech.MeasuredRead
	d.list(root, "reads", func(item *yaml.Node, f string) {
		item = d.deref(item)
		var r speech.MeasuredRead
		d.fields(item, f, map[string]fieldFunc{
			"text": func(v *yaml.Node, f string) { r.Text = d.text(v, f) },
			"seconds": func(v *yaml.Node, f string) {
				n := d.deref(v)
				before := len(d.probs)
				if n.Tag == "!!int" || n.Tag == "!!float" {
					r.Seconds = d.number(n, f)
				} else {
					r.Seconds = d.duration(n, f).Seconds()
				}
				switch {
				case len(d.probs) > before:
				case r.Seconds <= 0:
					d.errorf(n, f, "a read must take some time")
				case r.Seconds > MaxDuration.Seconds():
					d.errorf(n, f, "%s seconds: over the 24h limit for a running time (is the unit right?)", n.Value)
				}
			},
		}, "text", "seconds")
		reads = append(reads, r)
	})
	d.probs.Sort()
	if d.probs.Err(false) != nil {
		return nil, d.probs
	}
	return reads, nil
}

// FormatVoice writes a voice file, with a comment on top and, when the
// voice was fitted, a record of the fit: how many reads and seconds, the
// error on each read left out of the fit and the default voice's error on
// the same reads (fractions of each read's length).
func FormatVoice(v speech.Voice, comment string, fit *speech.Fit) []byte {
	var b strings.Builder
	for _, ln := range strings.Split(strings.TrimSpace(comment), "\n") {
		if ln != "" {
			fmt.Fprintf(&b, "# %s\n", ln)
		}
	}
	fmt.Fprintf(&b, "wpm: %s\ncomma: %s\nsentence: %s\nparagraph: %s\n",
		speech.FormatNumber(v.WPM), v.Comma, v.Sentence, v.Paragraph)
	if fit != nil {
		fmt.Fprintf(&b, "fitted:\n  reads: %d\n  seconds: %.1f\n  held_out_error: %.3f\n  default_error: %.3f\n",
			fit.Reads, fit.Seconds, fit.HeldOutError, fit.DefaultError)
	}
	return []byte(b.String())
}
