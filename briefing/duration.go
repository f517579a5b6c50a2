package briefing

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// MaxDuration is the longest running time ParseDuration accepts: a day.
// No episode, segment, quote, clip or music cue runs that long, so a
// longer time is a typo ("90h" for "90s"). The bound also keeps sums of
// them far from the largest time.Duration (about 292 years): two cues of
// "2562047h" used to overflow into a negative total. Totals saturate as
// well (see Episode.time), for scripts of a hundred thousand such cues.
const MaxDuration = 24 * time.Hour

// ParseDuration reads a running time as producers write it: Go-style units
// ("12m", "1m30s", "90s", "1h5m", "2.5s") or a clock ("1:30", "1:02:00").
// A bare number is refused because it is ambiguous between seconds and
// minutes; negative times and times over MaxDuration are refused too.
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, errors.New("empty duration (write e.g. \"90s\" or \"1m30s\")")
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return 0, fmt.Errorf("%q: missing unit (write \"%ss\" or \"%sm\")", s, s, s)
	}
	if strings.Contains(s, ":") {
		return parseClock(s)
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q: not a duration (write e.g. \"90s\", \"1m30s\" or \"1:30\")", s)
	}
	if d < 0 {
		return 0, fmt.Errorf("%q: a running time cannot be negative", s)
	}
	if d > MaxDuration {
		return 0, tooLong(s)
	}
	return d, nil
}

func tooLong(s string) error {
	return fmt.Errorf("%q: over the 24h limit for a running time (is the unit right?)", s)
}

// parseClock reads m:ss or h:mm:ss.
func parseClock(s string) (time.Duration, error) {
	parts := strings.Split(s, ":")
	bad := fmt.Errorf("%q: not a clock time (write m:ss or h:mm:ss, e.g. \"1:30\")", s)
	if len(parts) > 3 {
		return 0, bad
	}
	var total float64
	for i, p := range parts {
		if p == "" || strings.HasPrefix(p, "-") || strings.HasPrefix(p, "+") {
			return 0, bad
		}
		v, err := strconv.ParseFloat(p, 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return 0, bad
		}
		if i > 0 && v >= 60 {
			return 0, fmt.Errorf("%q: seconds and minutes after a colon must be below 60", s)
		}
		if i < len(parts)-1 && v != math.Trunc(v) {
			return 0, bad
		}
		total = total*60 + v
	}
	if total > MaxDuration.Seconds() {
		return 0, tooLong(s)
	}
	return time.Duration(total * float64(time.Second)), nil
}

// Clock formats a duration as m:ss, or h:mm:ss from an hour up, rounded to
// the nearest second; a negative duration gets a leading minus sign.
// The zero value prints "0:00".
func Clock(d time.Duration) string {
	var buf [24]byte
	return string(appendClock(buf[:0], d))
}

// appendClock appends Clock(d) to dst.
func appendClock(dst []byte, d time.Duration) []byte {
	if d < 0 {
		dst = append(dst, '-')
		d = -d
	}
	s := int64(d.Round(time.Second) / time.Second)
	h, m, sec := s/3600, (s/60)%60, s%60
	if h > 0 {
		dst = strconv.AppendInt(dst, h, 10)
		dst = append(dst, ':')
		dst = append02d(dst, m)
	} else {
		dst = strconv.AppendInt(dst, m, 10)
	}
	dst = append(dst, ':')
	return append02d(dst, sec)
}

// append02d appends n with at least two digits, as %02d prints it.
func append02d(dst []byte, n int64) []byte {
	if 0 <= n && n < 10 {
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, n, 10)
}

// OverUnder formats the difference between a running time and its target as
// newsrooms write it: "+0:12" over, "-0:40" under, "0:00" on time.
func OverUnder(d time.Duration) string {
	if d.Round(time.Second) == 0 {
		return "0:00"
	}
	if d > 0 {
		return "+" + Clock(d)
	}
	return Clock(d)
}
