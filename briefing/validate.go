package briefing

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/briefing/speech"
)

// resolve checks ids and references of a decoded sheet and links them:
// every Ref gets its pointer, every id is unique, every segment has a host.
func (d *decoder) resolve(s *FactSheet) {
	s.speakers = index(d, s.Speakers, "speakers", func(x *Speaker) (string, Pos) { return x.ID, x.Pos })
	s.sources = index(d, s.Sources, "sources", func(x *Source) (string, Pos) { return x.ID, x.Pos })
	s.facts = index(d, s.Facts, "facts", func(x *Fact) (string, Pos) { return x.ID, x.Pos })
	s.quotes = index(d, s.Quotes, "quotes", func(x *Quote) (string, Pos) { return x.ID, x.Pos })
	s.figures = index(d, s.Figures, "figures", func(x *Figure) (string, Pos) { return x.ID, x.Pos })
	for id, fg := range s.figures {
		if fc, ok := s.facts[id]; ok {
			d.errorAt(fg.Pos, "figures", "id %q is also a fact's id (line %d); script references [#%s] must name one thing", id, fc.Pos.Line, id)
		}
	}

	hosts := s.Hosts
	s.Hosts = nil
	for _, h := range hosts {
		if sp := resolveRef(d, s.speakers, Ref{ID: h.ID, Pos: h.Pos}, "hosts", "speaker"); sp != nil {
			s.Hosts = append(s.Hosts, sp)
		}
	}
	for _, src := range s.Sources {
		if src.CopyOfRef != nil {
			src.CopyOf = resolveRef(d, s.sources, *src.CopyOfRef, "sources."+src.ID+".copy_of", "source")
			if src.CopyOf == src {
				d.errorAt(src.CopyOfRef.Pos, "sources."+src.ID+".copy_of", "a source cannot be a copy of itself")
				src.CopyOf = nil
			}
		}
	}
	for _, src := range s.Sources {
		seen := map[*Source]bool{src: true}
		for c := src.CopyOf; c != nil; c = c.CopyOf {
			if seen[c] {
				d.errorAt(src.CopyOfRef.Pos, "sources."+src.ID+".copy_of", "copies form a loop; the original must not be a copy")
				src.CopyOf = nil
				break
			}
			seen[c] = true
		}
	}
	for i, fc := range s.Facts {
		for j, r := range fc.SourceRefs {
			if src := resolveRef(d, s.sources, r, fmt.Sprintf("facts[%d].sources[%d]", i, j), "source"); src != nil {
				fc.Sources = append(fc.Sources, src)
			}
		}
		if len(fc.SourceRefs) == 0 {
			d.errorAt(fc.Pos, fmt.Sprintf("facts[%d].sources", i), "a fact needs at least one source")
		}
	}
	for i, q := range s.Quotes {
		f := fmt.Sprintf("quotes[%d]", i)
		q.Speaker = resolveRef(d, s.speakers, q.SpeakerRef, f+".speaker", "speaker")
		q.Source = resolveRef(d, s.sources, q.SourceRef, f+".source", "source")
		if q.Length > 0 && q.Airs != "clip" {
			d.errorAt(q.Pos, f+".length", "only a clip has a running time; set airs: clip or remove length")
		}
	}
	for i, fg := range s.Figures {
		for j, r := range fg.Reports {
			r.Source = resolveRef(d, s.sources, r.SourceRef, fmt.Sprintf("figures[%d].reports[%d].source", i, j), "source")
		}
	}
	d.resolveEditions(s)
	d.checkPartial(s)
}

// checkPartial holds partial quotes to the one way they may go on air: a
// phrase quoted inside a sentence is read by the host as the end of a
// sentence of the host's (its lead_in), never introduced as a statement of
// its own ("X said: …") and never cut into a clip. A quote that starts in
// lower case, or is a word or two, is probably one: with no lead_in it is
// refused wherever it is used, and warned of otherwise.
func (d *decoder) checkPartial(s *FactSheet) {
	used := map[*Quote]bool{}
	for _, e := range s.Editions {
		for _, sg := range e.Segments {
			for _, q := range sg.Quotes {
				used[q] = true
			}
		}
	}
	for i, q := range s.Quotes {
		f := fmt.Sprintf("quotes[%d]", i)
		if !q.Partial {
			switch why := LooksPartial(q.Text); {
			case why == "":
			case used[q] && q.LeadIn == "":
				// On air it would be read as a statement of its own:
				// "Lima said: “misunderstandings”."
				d.errorAt(q.textPos, f+".text", "quote %q %s, so it looks partial (a phrase, not a sentence) and cannot be read as a statement of its own; set partial: true and give a lead_in that it completes, e.g. %q", q.ID, why, partialLeadInExample)
			default:
				d.warnAt(q.textPos, f+".text", "quote %q %s, so it looks partial (a phrase, not a sentence); if it is, set partial: true and give a lead_in that it completes", q.ID, why)
			}
			continue
		}
		if q.Airs == "clip" {
			d.errorAt(q.airsPos, f+".airs", "quote %q is partial (a phrase, not a sentence): a clip of a phrase cut from a sentence misrepresents the speaker; set airs: read, or quote the whole sentence and remove partial", q.ID)
		}
		switch {
		case q.LeadIn == "" && used[q]:
			d.errorAt(q.Pos, f+".lead_in", "quote %q is partial (a phrase, not a sentence): give a lead_in that it completes, e.g. %q", q.ID, partialLeadInExample)
		case endsStatement(q.LeadIn):
			d.errorAt(q.leadInPos, f+".lead_in", "quote %q is partial (a phrase, not a sentence): its lead_in ends with %q, which leaves the phrase standing as a sentence of its own; end the lead_in with the words the phrase completes, e.g. %q", q.ID, q.LeadIn[len(q.LeadIn)-1:], partialLeadInExample)
		}
	}
}

// LooksPartial says why a quote's words look like a phrase rather than a
// sentence ("starts with a lower-case letter", "is a single word" with no
// sentence end), or "" when they do not.
func LooksPartial(text string) string {
	n := 0
	for range speech.Words(text) {
		n++
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, "\"'”’) "))
	ends := strings.ContainsRune(".!?", last)
	switch {
	case startsLower(text):
		return "starts with a lower-case letter"
	case n == 1 && !ends:
		return "is a single word"
	case n == 2 && !ends:
		return "is two words and no sentence"
	}
	return ""
}

// partialLeadInExample is a lead_in that a partial quote completes: "in as
// little as six months and with little to no warning" follows it.
const partialLeadInExample = "She said the plan would"

// startsLower reports whether text's first letter or digit, after any
// opening punctuation (“, ‘, …), is a lower-case letter.
func startsLower(text string) bool {
	for _, r := range text {
		if unicode.IsPunct(r) || unicode.IsSpace(r) {
			continue
		}
		return unicode.IsLower(r)
	}
	return false
}

func (d *decoder) resolveEditions(s *FactSheet) {
	names := map[string]*Edition{}
	slugs := map[string]*Edition{}
	for ei, e := range s.Editions {
		field := "segments"
		if ei > 0 {
			field = "editions." + e.Name + ".segments"
		}
		if prev, ok := names[e.Name]; ok && e.Name != "" {
			d.errorAt(e.Pos, "editions."+e.Name, "%q is already the name of the sheet's own edition (line %d); name this one otherwise (e.g. %s-short) and give it format: %s", e.Name, prev.Pos.Line, e.Name, e.Format)
		}
		names[e.Name] = e
		if prev, ok := slugs[e.Slug]; ok && e.Slug != "" {
			d.errorAt(e.Pos, "editions."+e.Name+".slug", "slug %q is already used by the %s edition", e.Slug, prev.Name)
		}
		slugs[e.Slug] = e
		if e.HostRef != nil {
			e.Host = resolveRef(d, s.speakers, *e.HostRef, "editions."+e.Name+".host", "speaker")
		}
		if e.sharesWith != nil {
			// The segments of an earlier edition of the format, already
			// resolved, each a copy: this edition's presenter presents
			// those that name no host of their own.
			e.Segments = make([]*Segment, len(e.sharesWith.Segments))
			for i, sg := range e.sharesWith.Segments {
				c := *sg
				if c.HostRef == nil {
					c.Host = e.Presenter(s)
				}
				e.Segments[i] = &c
			}
			continue
		}
		seen := map[string]*Segment{}
		for i, sg := range e.Segments {
			f := fmt.Sprintf("%s[%d]", field, i)
			if prev, ok := seen[sg.ID]; ok && sg.ID != "" {
				d.errorAt(sg.Pos, f+".id", "segment id %q is already used at line %d", sg.ID, prev.Pos.Line)
			}
			seen[sg.ID] = sg
			if sg.HostRef != nil {
				sg.Host = resolveRef(d, s.speakers, *sg.HostRef, f+".host", "speaker")
			} else {
				sg.Host = e.Presenter(s)
			}
			for j, r := range sg.FactRefs {
				if fc := resolveRef(d, s.facts, r, fmt.Sprintf("%s.facts[%d]", f, j), "fact"); fc != nil {
					sg.Facts = append(sg.Facts, fc)
				}
			}
			for j, r := range sg.QuoteRefs {
				if q := resolveRef(d, s.quotes, r, fmt.Sprintf("%s.quotes[%d]", f, j), "quote"); q != nil {
					sg.Quotes = append(sg.Quotes, q)
				}
			}
			for j, r := range sg.FigureRefs {
				if fg := resolveRef(d, s.figures, r, fmt.Sprintf("%s.figures[%d]", f, j), "figure"); fg != nil {
					sg.Figures = append(sg.Figures, fg)
				}
			}
		}
	}
}

// index maps ids to entries and reports repeated ids.
func index[T any](d *decoder, items []*T, field string, key func(*T) (string, Pos)) map[string]*T {
	m := make(map[string]*T, len(items))
	for _, it := range items {
		id, p := key(it)
		if id == "" {
			continue
		}
		if prev, ok := m[id]; ok {
			_, pp := key(prev)
			d.errorAt(p, field, "id %q is already used at line %d", id, pp.Line)
			continue
		}
		m[id] = it
	}
	return m
}

// resolveRef finds a referenced entry or reports the dangling reference,
// suggesting the closest id.
func resolveRef[T any](d *decoder, m map[string]*T, r Ref, field, kind string) *T {
	if r.ID == "" {
		return nil
	}
	if v, ok := m[r.ID]; ok {
		return v
	}
	msg := fmt.Sprintf("no %s %q in the fact sheet", kind, r.ID)
	if len(m) > 0 {
		msg += suggest(r.ID, mapKeys(m))
	}
	d.errorAt(r.Pos, field, "%s", msg)
	return nil
}
