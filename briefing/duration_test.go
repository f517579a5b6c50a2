package briefing

import (
	"math"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	tests := []struct {
		name, in string
		want     time.Duration
		wantErr  string
	}{
		{"minutes", "12m", 12 * time.Minute, ""},
		{"minutes and seconds", "1m30s", 90 * time.Second, ""},
		{"seconds", "90s", 90 * time.Second, ""},
		{"fractional seconds", "2.5s", 2500 * time.Millisecond, ""},
		{"clock", "1:30", 90 * time.Second, ""},
		{"hour clock", "1:02:03", time.Hour + 2*time.Minute + 3*time.Second, ""},
		{"bare number", "90", 0, `"90": missing unit (write "90s" or "90m")`},
		{"negative", "-5s", 0, `"-5s": a running time cannot be negative`},
		{"junk", "ten minutes", 0, `"ten minutes": not a duration (write e.g. "90s", "1m30s" or "1:30")`},
		{"clock seconds over 59", "1:75", 0, `"1:75": seconds and minutes after a colon must be below 60`},
		{"empty clock part", "1:", 0, `"1:": not a clock time (write m:ss or h:mm:ss, e.g. "1:30")`},
		{"empty", " ", 0, `empty duration (write e.g. "90s" or "1m30s")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDuration(tt.in)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("ParseDuration(%q) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseDuration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestClock(t *testing.T) {
	tests := []struct {
		in   time.Duration
		want string
	}{
		{0, "0:00"},
		{95 * time.Second, "1:35"},
		{1499 * time.Millisecond, "0:01"},
		{1500 * time.Millisecond, "0:02"},
		{time.Hour + 5*time.Second, "1:00:05"},
		{-12 * time.Second, "-0:12"},
		{499 * time.Millisecond, "0:00"},
		{59*time.Second + 500*time.Millisecond, "1:00"},
		{time.Hour - time.Second, "59:59"},
		{100*time.Hour + 5*time.Minute + 7*time.Second, "100:05:07"},
		{-61 * time.Second, "-1:01"},
		{-2 * time.Hour, "-2:00:00"},
		{math.MaxInt64, "2562047:47:16"},
		{math.MinInt64 + 1, "-2562047:47:16"},
	}
	for _, tt := range tests {
		if got := Clock(tt.in); got != tt.want {
			t.Errorf("Clock(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOverUnder(t *testing.T) {
	tests := []struct {
		in   time.Duration
		want string
	}{
		{0, "0:00"},
		{400 * time.Millisecond, "0:00"},
		{12 * time.Second, "+0:12"},
		{-40 * time.Second, "-0:40"},
	}
	for _, tt := range tests {
		if got := OverUnder(tt.in); got != tt.want {
			t.Errorf("OverUnder(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
