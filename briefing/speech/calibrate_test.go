package speech

import (
	"math"
	"os"
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
	want := Voice{WPM: 172, Comma: 230 * time.Millisecond, Sentence: 550 * time.Millisecond, Paragraph: 800 * time.Millisecond}
	v, fit, err := Calibrate(exampleReads(t, want, func(int) float64 { return 1 }), nil)
	if err != nil {
		t.Fatal(err)
	}
	within(t, "wpm", v.WPM, want.WPM, 0.02)
	within(t, "comma", v.Comma.Seconds(), want.Comma.Seconds(), 0.02)
	within(t, "sentence", v.Sentence.Seconds(), want.Sentence.Seconds(), 0.02)
	within(t, "paragraph", v.Paragraph.Seconds(), want.Paragraph.Seconds(), 0.02)
	if fit.MeanError > 0.005 || len(fit.Fixed) != 0 {
		t.Errorf("fit = %+v, want near-zero error and nothing fixed", fit)
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

func TestCalibrateFixesWhatReadsCannotShow(t *testing.T) {
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
	if strings.Join(fit.Fixed, ",") != "comma" {
		t.Errorf("Fixed = %v, want [comma]", fit.Fixed)
	}
	within(t, "wpm", v.WPM, want.WPM, 0.02)
	within(t, "sentence", v.Sentence.Seconds(), want.Sentence.Seconds(), 0.02)
}
