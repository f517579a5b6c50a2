package draft

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkFindCountsRunOn reads paragraphs that run on with numbers and
// no sentence end, at two sizes: a reader that is linear in a paragraph
// holds its rate (MB/s) from the smaller to the larger.
func BenchmarkFindCountsRunOn(b *testing.B) {
	shapes := map[string]string{
		"bare":    "7 ",
		"changes": "Incidents dropped from a peak of 40 in 2015 to 12 and ",
		"counts":  "690 convictions, up from 477, ",
		"speeds":  "winds of 195 km/h and 30 degrees and ",
	}
	for _, name := range []string{"bare", "changes", "counts", "speeds"} {
		for _, kb := range []int{16, 64} {
			p := strings.Repeat(shapes[name], kb<<10/len(shapes[name]))
			b.Run(fmt.Sprintf("%s/%dKB", name, kb), func(b *testing.B) {
				b.SetBytes(int64(len(p)))
				for b.Loop() {
					findCounts(p)
				}
			})
		}
	}
}
