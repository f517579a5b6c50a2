package speech

import (
	"fmt"
	"math"
	"time"
)

// MeasuredRead is one measured read: a text and how long a voice took to say it.
type MeasuredRead struct {
	Text    string
	Seconds float64
}

// Calibration needs enough reads to tell the pace from the pauses. Fewer
// than this, or less speech in all, and the fit would be noise.
const (
	MinReads   = 5
	MinSeconds = 30
)

// Fit says how well a calibrated voice matches the reads it came from.
type Fit struct {
	Reads   int
	Seconds float64 // of speech, in all
	// MeanError and MaxError are the model's absolute errors, as fractions
	// of each read's measured length.
	MeanError float64
	MaxError  float64
	// WordRateError is the mean error of the newsroom method on the same
	// reads: written words at one words-per-minute rate fitted to them.
	WordRateError float64
	// Fixed names the pauses the reads could not determine (no read had a
	// comma, say), kept at their defaults.
	Fixed []string
}

// Calibrate fits a voice to measured reads: the time per syllable and the
// three pause lengths, by least squares on what each read holds (its
// syllables as spoken, its commas, sentence ends and paragraphs). A pause
// that the reads cannot tell apart from the rest keeps its default and is
// named in Fit.Fixed; a pause that fits below zero is set to zero.
func Calibrate(reads []MeasuredRead, p Pronunciations) (Voice, Fit, error) {
	fit := Fit{Reads: len(reads)}
	for _, r := range reads {
		fit.Seconds += r.Seconds
	}
	if len(reads) < MinReads || fit.Seconds < MinSeconds {
		return Voice{}, fit, fmt.Errorf("calibration needs at least %d timed reads and %d seconds of speech in all; these have %d reads and %.1f s (time more of the host's reads)", MinReads, MinSeconds, len(reads), fit.Seconds)
	}
	rows := make([][4]float64, len(reads))
	b := make([]float64, len(reads))
	for i, r := range reads {
		e := features(r.Text, p)
		if e.SpokenWords == 0 {
			return Voice{}, fit, fmt.Errorf("read %d has no words", i+1)
		}
		rows[i] = [4]float64{float64(e.Syllables), float64(e.Commas), float64(e.Sentences), float64(e.Paragraphs)}
		b[i] = r.Seconds
	}
	names := [4]string{"syllable", "comma", "sentence", "paragraph"}
	defaults := [4]float64{0, DefaultComma.Seconds(), DefaultSentence.Seconds(), DefaultParagraph.Seconds()}
	free := independent(rows)
	if !free[0] {
		return Voice{}, fit, fmt.Errorf("the reads cannot separate speaking time from pauses")
	}
	for k := 1; k < 4; k++ {
		if !free[k] {
			fit.Fixed = append(fit.Fixed, names[k])
		}
	}
	x := defaults
	for {
		sol, ok := leastSquares(rows, b, free, x)
		if !ok {
			return Voice{}, fit, fmt.Errorf("the reads do not determine a voice (are they all the same length?)")
		}
		neg := -1
		for k := 1; k < 4; k++ {
			if free[k] && sol[k] < 0 {
				neg = k
			}
		}
		if neg < 0 {
			x = sol
			break
		}
		free[neg], x[neg] = false, 0
	}
	if x[0] <= 0 {
		return Voice{}, fit, fmt.Errorf("the reads are inconsistent: they fit no positive speaking rate")
	}
	ms := func(s float64) time.Duration { return time.Duration(math.Round(s*1000)) * time.Millisecond }
	v := Voice{Comma: ms(x[1]), Sentence: ms(x[2]), Paragraph: ms(x[3])}
	v.WPM = math.Round(600/(typicalSyllablesPerWord*x[0]+typicalCommasPerWord*v.Comma.Seconds()+typicalSentencesPerWord*v.Sentence.Seconds())) / 10
	if err := v.Check(); err != nil {
		return Voice{}, fit, fmt.Errorf("the fitted voice is not plausible: %v", err)
	}
	var words float64
	for _, r := range reads {
		words += float64(features(r.Text, p).Words)
	}
	rate := words / fit.Seconds
	for _, r := range reads {
		e := v.Estimate(r.Text, p)
		errFrac := math.Abs(e.Seconds-r.Seconds) / r.Seconds
		fit.MeanError += errFrac / float64(len(reads))
		fit.MaxError = math.Max(fit.MaxError, errFrac)
		fit.WordRateError += math.Abs(float64(e.Words)/rate-r.Seconds) / r.Seconds / float64(len(reads))
	}
	return v, fit, nil
}

// independent marks the feature columns, in order, that are not (nearly)
// a combination of the columns before them, by Gram-Schmidt.
func independent(rows [][4]float64) [4]bool {
	var basis [][]float64
	var free [4]bool
	for k := 0; k < 4; k++ {
		col := make([]float64, len(rows))
		for i := range rows {
			col[i] = rows[i][k]
		}
		norm := math.Sqrt(dot(col, col))
		for _, q := range basis {
			c := dot(col, q)
			for i := range col {
				col[i] -= c * q[i]
			}
		}
		res := math.Sqrt(dot(col, col))
		if norm == 0 || res < 1e-6*norm {
			continue
		}
		for i := range col {
			col[i] /= res
		}
		basis = append(basis, col)
		free[k] = true
	}
	return free
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// leastSquares solves for the free parameters, holding the others at x,
// through the normal equations.
func leastSquares(rows [][4]float64, b []float64, free [4]bool, x [4]float64) ([4]float64, bool) {
	var idx []int
	for k := 0; k < 4; k++ {
		if free[k] {
			idx = append(idx, k)
		}
	}
	n := len(idx)
	m := make([][]float64, n)
	for a := range m {
		m[a] = make([]float64, n+1)
	}
	for i, row := range rows {
		target := b[i]
		for k := 0; k < 4; k++ {
			if !free[k] {
				target -= row[k] * x[k]
			}
		}
		for a, ka := range idx {
			for c, kc := range idx {
				m[a][c] += row[ka] * row[kc]
			}
			m[a][n] += row[ka] * target
		}
	}
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[piv][col]) {
				piv = r
			}
		}
		if math.Abs(m[piv][col]) < 1e-12 {
			return x, false
		}
		m[col], m[piv] = m[piv], m[col]
		for r := 0; r < n; r++ {
			if r == col {
				continue
			}
			f := m[r][col] / m[col][col]
			for c := col; c <= n; c++ {
				m[r][c] -= f * m[col][c]
			}
		}
	}
	out := x
	for a, k := range idx {
		out[k] = m[a][n] / m[a][a]
	}
	return out, true
}
