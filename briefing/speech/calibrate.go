package speech

import (
	"fmt"
	"math"
	"time"
)

// MeasuredRead is one measured read: a text and how long a voice took to
// say it, from the first word to the start of whatever followed.
type MeasuredRead struct {
	Text    string
	Seconds float64
}

// Calibration needs enough reads to tell a pace from noise. Fewer than
// this, or less speech in all, and the fit would be noise.
const (
	MinReads   = 5
	MinSeconds = 30
)

// Fit says how a calibrated voice was fitted and how well it predicts.
type Fit struct {
	Reads   int
	Seconds float64 // of speech, in all
	// MeanError and MaxError are the calibrated voice's absolute errors on
	// the reads it was fitted to, as fractions of each read's length.
	MeanError float64
	MaxError  float64
	// HeldOutError is the honest figure: each read predicted by a voice
	// fitted to the other reads (leave one out), mean absolute error.
	HeldOutError float64
	// DefaultError is the default voice's mean absolute error on the same
	// reads, and WordRateError the newsroom method's: written words at
	// one rate fitted to the reads.
	DefaultError  float64
	WordRateError float64
	// Kept names the pauses the reads could not show (too few reads, or
	// reads too alike in their pauses): they stay close to their defaults.
	Kept []string
}

// Better reports whether the calibrated voice predicts reads it was not
// fitted to better than the default voice does.
func (f Fit) Better() bool { return f.HeldOutError < f.DefaultError }

// What a calibration assumes before it sees the reads, measured on the
// development reads (testdata/reads): a show's pace differs from the
// default by about priorPace (the spread of the shows' own paces), a
// pause from its default by about priorPause of it but never less than
// minPauseSpread (a comma, 0.1 s by default, is read by some voices with
// no pause and by others with a third of a second), and one read of a
// voice differs from the voice's model by about readNoise of its length.
const (
	priorPace      = 0.15
	priorPause     = 0.5
	minPauseSpread = 0.15
	readNoise      = 0.075
)

// Calibrate fits a voice to measured reads, starting from the default host
// voice: the time per letter and the three pauses are those that best
// explain the reads' lengths (relative errors, least squares) while
// staying close to the default in proportion to how little the reads show.
// A handful of reads moves the pace, which every read shows; a pause moves
// only as far as reads that differ in their pauses can show it, and one
// they cannot show is named in Fit.Kept. The fit reports its error on each
// read when that read is left out, next to the default voice's error.
func Calibrate(reads []MeasuredRead, p Pronunciations) (Voice, Fit, error) {
	fit := Fit{Reads: len(reads)}
	for _, r := range reads {
		fit.Seconds += r.Seconds
	}
	if len(reads) < MinReads || fit.Seconds < MinSeconds {
		return Voice{}, fit, fmt.Errorf("calibration needs at least %d timed reads and %d seconds of speech in all; these have %d reads and %.1f s (time more of the host's reads)", MinReads, MinSeconds, len(reads), fit.Seconds)
	}
	rows := make([][4]float64, len(reads))
	words := make([]float64, len(reads))
	var allWords float64
	for i, r := range reads {
		e := features(r.Text, p, false)
		if e.SpokenWords == 0 {
			return Voice{}, fit, fmt.Errorf("read %d has no words", i+1)
		}
		rows[i] = e.row()
		words[i] = float64(e.Words)
		allWords += words[i]
	}
	prior := DefaultVoice("host")
	x, kept := fitVoice(rows, reads, -1, prior)
	for k := 1; k < 4; k++ {
		if kept[k] {
			fit.Kept = append(fit.Kept, pauseNames[k])
		}
	}
	v := voiceOf(x)
	if err := v.Check(); err != nil {
		return Voice{}, fit, fmt.Errorf("the fitted voice is not plausible: %v (are the lengths in seconds?)", err)
	}
	rate := allWords / fit.Seconds
	defaultX := paramsOf(prior)
	n := float64(len(reads))
	for i, r := range reads {
		loo, _ := fitVoice(rows, reads, i, prior)
		errFrac := math.Abs(dot4(rows[i], x)-r.Seconds) / r.Seconds
		fit.MeanError += errFrac / n
		fit.MaxError = math.Max(fit.MaxError, errFrac)
		fit.HeldOutError += math.Abs(dot4(rows[i], loo)-r.Seconds) / r.Seconds / n
		fit.DefaultError += math.Abs(dot4(rows[i], defaultX)-r.Seconds) / r.Seconds / n
		fit.WordRateError += math.Abs(words[i]/rate-r.Seconds) / r.Seconds / n
	}
	return v, fit, nil
}

var pauseNames = [4]string{"letter", "comma", "sentence", "paragraph"}

// row is what the model multiplies by a voice's parameters: letters of the
// spoken form, short pauses, inner sentence ends and paragraphs.
func (e Estimate) row() [4]float64 {
	return [4]float64{float64(e.Letters), float64(e.Commas), float64(e.Sentences), float64(e.Paragraphs)}
}

// paramsOf is a voice as the model's parameters: seconds per letter, per
// short pause, per sentence end and per paragraph.
func paramsOf(v Voice) [4]float64 {
	return [4]float64{v.LetterSeconds(), v.Comma.Seconds(), v.Sentence.Seconds(), v.Paragraph.Seconds()}
}

// voiceOf is the voice with the given parameters, its pace stated in words
// per minute on typical copy and its pauses to the millisecond.
func voiceOf(x [4]float64) Voice {
	ms := func(s float64) time.Duration { return time.Duration(math.Round(s*1000)) * time.Millisecond }
	v := Voice{Comma: ms(x[1]), Sentence: ms(x[2]), Paragraph: ms(x[3])}
	v.WPM = math.Round(10*60/typicalWordSeconds(x[0], v)) / 10
	return v
}

func dot4(a, b [4]float64) float64 { return a[0]*b[0] + a[1]*b[1] + a[2]*b[2] + a[3]*b[3] }

// fitVoice is the most probable voice given the reads (all but read skip)
// and the prior: a least-squares fit of each read's length, weighted so
// that every read counts by its relative error, plus a penalty for each
// parameter's distance from the prior's, in units of its prior spread
// (ridge regression, the Gaussian prior's maximum a posteriori). kept
// marks the parameters whose uncertainty the reads do not halve.
func fitVoice(rows [][4]float64, reads []MeasuredRead, skip int, prior Voice) (x [4]float64, kept [4]bool) {
	d := paramsOf(prior)
	var spread [4]float64
	spread[0] = priorPace * d[0]
	for k := 1; k < 4; k++ {
		spread[k] = math.Max(priorPause*d[k], minPauseSpread)
	}
	var m [4][5]float64
	for i, row := range rows {
		if i == skip {
			continue
		}
		w := 1 / (readNoise * reads[i].Seconds * readNoise * reads[i].Seconds)
		for a := 0; a < 4; a++ {
			for c := 0; c < 4; c++ {
				m[a][c] += w * row[a] * row[c]
			}
			m[a][4] += w * row[a] * reads[i].Seconds
		}
	}
	for k := 0; k < 4; k++ {
		prec := 1 / (spread[k] * spread[k])
		m[k][k] += prec
		m[k][4] += prec * d[k]
	}
	x = solve4(m)
	// A parameter whose uncertainty the reads do not halve stays near its
	// default: the reads cannot show it. Its uncertainty after the reads
	// is the diagonal of the inverse of the system's matrix.
	for k := 0; k < 4; k++ {
		u := m
		for r := 0; r < 4; r++ {
			u[r][4] = 0
		}
		u[k][4] = 1
		kept[k] = solve4(u)[k] > 0.5*spread[k]*spread[k]
	}
	for k := 1; k < 4; k++ {
		x[k] = math.Max(x[k], 0)
	}
	return x, kept
}

// solve4 solves the 4×4 system m (augmented with its right-hand side) by
// Gaussian elimination with partial pivoting. The prior makes it positive
// definite, so a pivot is never zero.
func solve4(m [4][5]float64) [4]float64 {
	for col := 0; col < 4; col++ {
		piv := col
		for r := col + 1; r < 4; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[piv][col]) {
				piv = r
			}
		}
		m[col], m[piv] = m[piv], m[col]
		for r := 0; r < 4; r++ {
			if r == col {
				continue
			}
			f := m[r][col] / m[col][col]
			for c := col; c < 5; c++ {
				m[r][c] -= f * m[col][c]
			}
		}
	}
	var x [4]float64
	for k := range x {
		x[k] = m[k][4] / m[k][k]
	}
	return x
}
