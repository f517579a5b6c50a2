package briefing

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// readLimited reads at most max bytes of path and fails if there are more.
func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, cleanPathError(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, cleanPathError(err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("file is larger than the limit of %d bytes (raise it with --max-input)", max)
	}
	return data, nil
}

// cleanPathError drops the path from an *os.PathError, since problems
// already carry the path.
func cleanPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// loadVoices reads the voice files the speakers name.
func loadVoices(s *FactSheet) Problems {
	var probs Problems
	for _, sp := range s.Speakers {
		if sp.VoiceFile == "" {
			continue
		}
		path := filepath.FromSlash(sp.VoiceFile)
		if !filepath.IsAbs(path) {
			path = filepath.Join(s.Dir, path)
		}
		v, vprobs := LoadVoice(path)
		if len(vprobs) > 0 && vprobs[0].Line == 0 {
			probs = append(probs, Problem{Path: s.Path, Line: sp.voicePos.Line, Col: sp.voicePos.Col,
				Field: "speakers." + sp.ID + ".voice", Message: fmt.Sprintf("%s: %s", sp.VoiceFile, vprobs[0].Message)})
			continue
		}
		probs = append(probs, vprobs...)
		sp.Voice = v
	}
	return probs
}

// LoadVoice reads a voice file: wpm, and optionally comma, sentence and
// paragraph pause lengths, as briefing calibrate writes it.
func LoadVoice(path string) (*Voice, Problems) {
	data, err := readLimited(path, 1<<20)
	if err != nil {
		return nil, Problems{{Path: path, Message: err.Error()}}
	}
	return ParseVoice(path, data)
}
