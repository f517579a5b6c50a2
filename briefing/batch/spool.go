package batch

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
)

// spool keeps what a batch has to say of each sheet once every sheet has
// rendered (its problems, its index entries and what the state file is to
// say of it) in a temporary file, so that a season's memory does not grow
// with its length: nothing is reported or put in place before the last
// sheet has rendered, and a sheet's warnings and entries are kilobytes.
// The file is removed as soon as it is made, where the system allows it,
// so that a killed build leaves nothing behind; when no file can be made
// (or written), a sheet keeps its record in memory instead. Only the
// batch's collecting goroutine writes to it.
type spool struct {
	f    *os.File
	name string // the file's name while it is still to be removed
	size int64
}

// record is where a sheet's part of the spool is: its problems, entries
// and state head, as JSON, one after the other from off, or in data when
// it is kept in memory.
type record struct {
	off     int64
	data    []byte
	p, e, h int
}

// stateHead is what the state file says of a sheet apart from its episodes
// and their stamps (see sheetState).
type stateHead struct {
	Hash    string       `json:"hash"`
	Inputs  []inputState `json:"inputs"`
	Formats []string     `json:"formats"`
}

func newSpool() *spool {
	f, err := os.CreateTemp("", "briefing-batch-*")
	if err != nil {
		return &spool{}
	}
	s := &spool{f: f}
	if os.Remove(f.Name()) != nil {
		s.name = f.Name() // open files cannot be removed here: at close
	}
	return s
}

// keep moves r's problems, entries and state into the spool, leaving r
// with what the end of the batch needs to hold for every sheet at once:
// its status, its staged folders and its episodes' slugs and dates.
func (s *spool) keep(r *SheetReport) error {
	var head []byte
	p, err := json.Marshal(r.Problems)
	if err != nil {
		return err
	}
	e, err := json.Marshal(r.Entries)
	if err != nil {
		return err
	}
	if r.state != nil {
		if head, err = json.Marshal(r.state.stateHead); err != nil {
			return err
		}
	}
	data := slices.Concat(p, e, head)
	r.rec = record{off: s.size, p: len(p), e: len(e), h: len(head)}
	if s.f == nil || s.write(data) != nil {
		r.rec.data = data
	}
	r.slugs, r.dates = make([]string, len(r.Entries)), make([]string, len(r.Entries))
	for i, en := range r.Entries {
		r.slugs[i], r.dates[i] = en.Slug, en.Date
	}
	if r.fresh = r.state != nil; r.fresh {
		r.built = r.state.Built
	}
	r.Problems, r.Entries, r.state = nil, nil, nil
	return nil
}

func (s *spool) write(data []byte) error {
	n, err := s.f.WriteAt(data, s.size)
	s.size += int64(n)
	return err
}

// read returns r's record, as JSON, in buf when it has the room.
func (s *spool) read(r *SheetReport, buf []byte) ([]byte, error) {
	if r.rec.data != nil {
		return r.rec.data, nil
	}
	n := r.rec.p + r.rec.e + r.rec.h
	buf = slices.Grow(buf[:0], n)[:n]
	if _, err := s.f.ReadAt(buf, r.rec.off); err != nil {
		return nil, fmt.Errorf("reading back what the batch kept of %s: %w", r.Path, err)
	}
	return buf, nil
}

// report returns r as it was before the spool kept it, with what the
// batch found since: its problems (those kept, then those found since)
// and, unless it failed since, its entries. buf is the buffer to read
// into, kept for the next call.
func (s *spool) report(r *SheetReport, buf *[]byte) (*SheetReport, error) {
	data, err := s.read(r, *buf)
	if err != nil {
		return nil, err
	}
	if r.rec.data == nil {
		*buf = data
	}
	full := &SheetReport{Path: r.Path, Status: r.Status}
	if err := json.Unmarshal(data[:r.rec.p], &full.Problems); err != nil {
		return nil, err
	}
	full.Problems = append(full.Problems, r.Problems...)
	if r.Status != Failed {
		if err := json.Unmarshal(data[r.rec.p:r.rec.p+r.rec.e], &full.Entries); err != nil {
			return nil, err
		}
	}
	return full, nil
}

// writeState writes the JSON of r's sheetState, as json.Marshal would,
// from what the spool kept of its head and entries and the stamps of its
// committed folders: the head's JSON is a struct's, so it ends in its
// closing brace, which the episodes and stamps go before.
func (s *spool) writeState(w io.Writer, r *SheetReport, buf []byte) ([]byte, error) {
	data, err := s.read(r, buf)
	if err != nil {
		return buf, err
	}
	built, err := json.Marshal(r.built)
	if err != nil {
		return data, err
	}
	head := data[r.rec.p+r.rec.e:]
	_, err = fmt.Fprintf(w, `%s,"episodes":%s,"built":%s}`, head[:len(head)-1], data[r.rec.p:r.rec.p+r.rec.e], built)
	return data, err
}

func (s *spool) close() {
	if s.f == nil {
		return
	}
	s.f.Close()
	if s.name != "" {
		os.Remove(s.name)
	}
}
