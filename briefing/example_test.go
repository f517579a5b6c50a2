package briefing_test

import (
	"context"
	"fmt"
	"time"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/templates"
)

// Compile renders a fact sheet in memory; Build writes the same files.
func ExampleCompile() {
	tpl, err := briefing.LoadTemplates(templates.FS, templates.Name, "")
	if err != nil {
		panic(err)
	}
	res := briefing.Compile(context.Background(), "../episodes/isis-k-russia", briefing.Options{Templates: tpl})
	for _, ep := range res.Episodes {
		fmt.Println(ep.Edition.Slug, len(ep.Segments), "segments")
	}
	// Output:
	// isis-k-russia 10 segments
	// isis-k-russia-bulletin 4 segments
	// isis-k-russia-bulletin-60 3 segments
	// isis-k-russia-bulletin-3m 6 segments
}

func ExampleParseDuration() {
	for _, s := range []string{"12m", "1m30s", "1:30", "90"} {
		d, err := briefing.ParseDuration(s)
		fmt.Println(d, err)
	}
	// Output:
	// 12m0s <nil>
	// 1m30s <nil>
	// 1m30s <nil>
	// 0s "90": missing unit (write "90s" or "90m")
}

func ExampleClock() {
	fmt.Println(briefing.Clock(95*time.Second), briefing.OverUnder(-40*time.Second))
	// Output: 1:35 -0:40
}

func ExampleSpeaker_Attribution() {
	sp := briefing.Speaker{Name: "Michael Kurilla", Honorific: "General", Title: "the commander of US Central Command"}
	fmt.Println(sp.Attribution())
	// Output: General Michael Kurilla, the commander of US Central Command
}
