package speech_test

import (
	"fmt"

	"github.com/briefing-dev/briefing/briefing/speech"
)

func ExampleSpoken() {
	fmt.Println(speech.Spoken("At least 137 people were killed in 2024, up 21% on 2017."))
	// Output: At least one hundred thirty seven people were killed in twenty twenty four, up twenty one percent on twenty seventeen.
}

func ExampleWords() {
	text := "Kabul’s “ISIS-K” said: don't."
	for start, end := range speech.Words(text) {
		fmt.Printf("%q ", text[start:end])
	}
	fmt.Println()
	// Output: "Kabul’s" "ISIS" "K" "said" "don't"
}

func ExampleVoice_Estimate() {
	e := speech.DefaultVoice("host").Estimate("The attack came on a Friday night, in 2024.", nil)
	fmt.Println(e.Duration(), e.Words, "words,", e.SpokenWords, "as spoken,", e.Letters, "letters")
	// Output: 4.1s 9 words, 11 as spoken, 45 letters
}
