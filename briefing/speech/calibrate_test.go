package speech

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// exampleCopy returns the example episode's facts and then its quotes, as
// testdata/copy.txt holds them, one a line.
func exampleCopy(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile("testdata/copy.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

// exampleReads returns the example's facts and quotes as reads timed by v,
// each stretched by the factor noise returns for it.
func exampleReads(t *testing.T, v Voice, noise func(i int) float64) []MeasuredRead {
	var reads []MeasuredRead
	for i, text := range exampleCopy(t) {
		reads = append(reads, MeasuredRead{Text: text, Seconds: v.Estimate(text, nil).Seconds * noise(i)})
	}
	return reads
}

func within(t *testing.T, name string, have, want, tol float64) {
	t.Helper()
	if math.Abs(have-want) > tol*math.Abs(want) {
		t.Errorf("%s = %v, want %v within %.0f%%", name, have, want, tol*100)
	}
}

func TestCalibrateRoundTrip(t *testing.T) {
	want := Voice{WPM: 172, Comma: 230 * time.Millisecond, Sentence: 250 * time.Millisecond, Paragraph: 1100 * time.Millisecond}
	v, fit, err := Calibrate(exampleReads(t, want, func(int) float64 { return 1 }), nil)
	if err != nil {
		t.Fatal(err)
	}
	// The pace is what every read shows: it comes back within 2%.
	within(t, "wpm", v.WPM, want.WPM, 0.02)
	// Pauses move from their defaults toward the voice's, as far as 41
	// one-sentence reads can show them, and never away.
	for _, p := range []struct {
		name           string
		have, def, was time.Duration
	}{
		{"comma", v.Comma, DefaultComma, want.Comma},
		{"sentence", v.Sentence, DefaultSentence, want.Sentence},
		{"paragraph", v.Paragraph, DefaultParagraph, want.Paragraph},
	} {
		if (p.have - p.was).Abs() > (p.def - p.was).Abs() {
			t.Errorf("%s = %v: further from the voice's %v than the default %v", p.name, p.have, p.was, p.def)
		}
	}
	if fit.MeanError > 0.01 || fit.HeldOutError > 0.01 || !fit.Better() {
		t.Errorf("fit = %+v, want errors under 1%%, better than the default", fit)
	}
}

// TestCalibrateManyReadsShowPauses: reads that differ in their pauses, and
// enough of them, determine the pauses too.
func TestCalibrateManyReadsShowPauses(t *testing.T) {
	want := Voice{WPM: 165, Comma: 300 * time.Millisecond, Sentence: 650 * time.Millisecond, Paragraph: 500 * time.Millisecond}
	lines := exampleCopy(t)
	var reads []MeasuredRead
	for i := range 400 {
		// Reads of one to four lines, as one paragraph or several.
		n := 1 + i%4
		var parts []string
		for j := range n {
			parts = append(parts, lines[(i*7+j*13)%len(lines)])
		}
		sep := " "
		if i%3 == 0 {
			sep = "\n\n"
		}
		text := strings.Join(parts, sep)
		noise := 1 + 0.02*math.Sin(float64(i)*1.7)
		reads = append(reads, MeasuredRead{Text: text, Seconds: want.Estimate(text, nil).Seconds * noise})
	}
	v, fit, err := Calibrate(reads, nil)
	if err != nil {
		t.Fatal(err)
	}
	within(t, "wpm", v.WPM, want.WPM, 0.02)
	within(t, "comma", v.Comma.Seconds(), want.Comma.Seconds(), 0.15)
	within(t, "sentence", v.Sentence.Seconds(), want.Sentence.Seconds(), 0.15)
	within(t, "paragraph", v.Paragraph.Seconds(), want.Paragraph.Seconds(), 0.15)
	if len(fit.Kept) != 0 {
		t.Errorf("Kept = %v; 400 varied reads show every pause", fit.Kept)
	}
}

// TestCalibrateFiveReads: five reads fit the pace, and keep the pauses at
// their defaults, since five reads cannot tell them apart.
func TestCalibrateFiveReads(t *testing.T) {
	want := Voice{WPM: 150, Comma: DefaultComma, Sentence: DefaultSentence, Paragraph: DefaultParagraph}
	lines := exampleCopy(t)
	var reads []MeasuredRead
	for i := range 5 {
		text := strings.Join(lines[i*4:i*4+4], " ")
		reads = append(reads, MeasuredRead{Text: text, Seconds: want.Estimate(text, nil).Seconds * (1 + 0.03*math.Sin(float64(i)*2.3))})
	}
	v, fit, err := Calibrate(reads, nil)
	if err != nil {
		t.Fatal(err)
	}
	within(t, "wpm", v.WPM, want.WPM, 0.03)
	if !slices.Equal(fit.Kept, []string{"comma", "sentence", "paragraph"}) {
		t.Errorf("Kept = %v, want every pause", fit.Kept)
	}
	if !fit.Better() {
		t.Errorf("a 150 wpm reader's own reads predict worse than the default: %+v", fit)
	}
}

// TestCalibrateDefaultReader: reads of a reader whom the default voice
// already fits, with a human's noise. Calibrating cannot beat the truth:
// it must stay near it, cost less the more reads it has, and say that it
// does not beat the default when it does not.
func TestCalibrateDefaultReader(t *testing.T) {
	lines := exampleCopy(t)
	var costs []float64
	for _, n := range []int{5, 8, 12} {
		var reads []MeasuredRead
		for i := range n {
			text := strings.Join(lines[(i*3)%len(lines):(i*3)%len(lines)+2], " ")
			noise := 1 + 0.06*math.Sin(float64(i)*2.9+1)
			reads = append(reads, MeasuredRead{Text: text, Seconds: DefaultVoice("host").Estimate(text, nil).Seconds * noise})
		}
		v, fit, err := Calibrate(reads, nil)
		if err != nil {
			t.Fatal(err)
		}
		within(t, "wpm", v.WPM, DefaultHostWPM, 0.03)
		if fit.Better() != (fit.HeldOutError < fit.DefaultError) {
			t.Errorf("%d reads: Better() = %v with held-out error %.3f and the default's %.3f", n, fit.Better(), fit.HeldOutError, fit.DefaultError)
		}
		costs = append(costs, fit.HeldOutError/fit.DefaultError)
	}
	if costs[2] >= costs[0] || costs[0] > 1.3 {
		t.Errorf("calibrating a default reader costs %.2f× the default's error with 5 reads, %.2f× with 12: want under 1.3× and falling", costs[0], costs[2])
	}
}

func TestCalibrateNoisyReads(t *testing.T) {
	want := Voice{WPM: 158, Comma: DefaultComma, Sentence: DefaultSentence, Paragraph: DefaultParagraph}
	// A human read is never exact: ±3% on every read.
	noise := func(i int) float64 { return 1 + 0.03*math.Sin(float64(i)*2.3) }
	v, fit, err := Calibrate(exampleReads(t, want, noise), nil)
	if err != nil {
		t.Fatal(err)
	}
	within(t, "wpm", v.WPM, want.WPM, 0.03)
	if fit.MeanError > 0.03 {
		t.Errorf("mean error %.3f on reads with ±3%% noise", fit.MeanError)
	}
}

func TestCalibrateRefusesTooLittle(t *testing.T) {
	reads := []MeasuredRead{{Text: "One read.", Seconds: 1}, {Text: "Two reads.", Seconds: 1}}
	_, _, err := Calibrate(reads, nil)
	if err == nil || !strings.Contains(err.Error(), "at least 5 timed reads and 30 seconds") {
		t.Errorf("err = %v", err)
	}
}

func TestCalibrateKeepsWhatReadsCannotShow(t *testing.T) {
	// No read has a comma: the comma pause keeps its default.
	want := Voice{WPM: 165, Comma: DefaultComma, Sentence: 400 * time.Millisecond, Paragraph: 600 * time.Millisecond}
	texts := []string{
		"The attack came on a Friday night. Police arrived within minutes.",
		"Four people have been charged over the attack.",
		"The group emerged in eastern Afghanistan in late 2014. It quickly built a reputation for brutality. Its membership has since declined.",
		"Russia blamed Ukraine.",
		"The United States had warned Russia of an attack on large gatherings in Moscow. The warnings were dismissed.",
		"A report in January found that attacks inside Afghanistan had fallen. The bombings have not stopped.",
	}
	var reads []MeasuredRead
	for _, tx := range texts {
		reads = append(reads, MeasuredRead{Text: tx, Seconds: want.Estimate(tx, nil).Seconds})
	}
	v, fit, err := Calibrate(reads, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(fit.Kept, "comma") {
		t.Errorf("Kept = %v, want comma in it", fit.Kept)
	}
	within(t, "wpm", v.WPM, want.WPM, 0.02)
}
