package draft

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/briefing-dev/briefing/briefing"
	"github.com/briefing-dev/briefing/briefing/article"
)

// The corpus scorer: every article in testdata/corpus has a hand-checked
// gold file (NAME.gold.yaml) listing its direct quotes with their speakers
// and its figures; the draft is run on each article alone and scored
// against it. dev is what the rules were developed on; heldout was
// collected separately and is only measured, never tuned on.
//
//	go test ./briefing/draft -run TestCorpus -v              # totals; dev per article
//	go test ./briefing/draft -run TestCorpus/heldout -v      # the honest numbers
var corpusDetail = flag.Bool("corpus.detail", false, "print each quote the scorer misses or gets wrong, in the development set")

// corpusExtra scores a folder of articles with gold files kept outside the
// repository (copy that may not be committed, or a show's own archive)
// as a third part with no floors:
//
//	go test ./briefing/draft -run TestCorpus/extra -v -corpus.extra ~/gold
var corpusExtra = flag.String("corpus.extra", "", "also score the articles and gold files in this folder (and its subfolders), with no floors")

// floors are the committed minimums, per part: what each set measures
// now, rounded down, so that a change that loses ground fails, on the
// held-out set above all, which the rules were not fitted to. The aim is
// 0.90 for quotes and speakers on both; the held-out set is far from it.
// Raise them as the draft improves; never lower them to let a change
// through (the development floors were set again as harder batches
// joined: batch 11, then batch 13 with a wiki-markup interview, then
// batch 14 with a television script and a one-line transcript; the
// held-out recall floor when held-out batch 8, measured once, joined, and
// the figure floor when batches 9 and 10 did; both parts' floors when
// the eleven old held-out batches joined the development set and a new
// held-out batch, 12, was collected; the held-out floors when batch 13,
// measured once, joined; the development floors when held-out batch 12,
// measured too often to be held out (quote recall 0.69 on it), joined
// the development set; the held-out floors when batch 13 joined it too,
// its misses having been printed by mistake, and batch 14 became the
// held-out set, measured once; the development recall floor when batch
// 20, transcripts that print each label on a line of its own, joined;
// the held-out floors when held-out batches 15 and then 16, each measured
// once, joined; the development title floor when batch 21 joined and the
// 49 labelled answers of two interviews, left out of their gold before,
// were annotated: their speakers' titles as the annotator wrote them,
// partly from the answers themselves, are mostly not the draft's; the
// held-out floors when held-out batches 17, 18 and then 19, each measured
// once after every rule of its sitting, joined, the title floor raised
// after the sitting's last rule; both parts' floors raised when
// development batch 24 and held-out batch 20 joined, the held-out batch
// measured once, on arrival, and again when held-out batch 21, measured
// on arrival after all but the sitting's last two rules, joined; the
// development recall floor back to 0.89 when batch 26, whose second part
// read 0.66 on arrival, joined; the held-out precision and title floors
// when held-out batch 22, measured once on arrival (precision 0.88,
// titles 0.60 on it), joined, the other floors of both parts raised; the
// held-out recall floor when held-out batches 23 and 24, each measured
// once on arrival (recall 0.69 and 0.66 on them), joined; the
// development recall floor back to 0.89 when batch 33, New Zealand,
// Australian, UK and Irish government copy chosen for its hard shapes
// (recall 0.63 on arrival of its first half), joined). Headline accuracy
// (the source title the draft gives against the headline the gold says
// the text prints) was added the same day, its floors what each set
// measured then; both were raised in a later sitting, when the headline was
// taken to be the line of the page's head that tells the story (0.64 on
// the development set, 0.74 held out), and the development precision
// floor with them; both parts' floors raised in the seventh sitting, when
// a quotation over paragraphs became a quote per paragraph, as the gold
// files count them (held-out recall 0.79 -> 0.84, precision 0.95 -> 0.96,
// titles 0.71 -> 0.74; measured in totals), and the development recall
// floor again at that sitting's end (0.91); the development recall floor
// (0.92) and the held-out speakers floor (0.91) at the ninth sitting's
// end, after the scorer counted each printing of a quote the article
// prints twice; the held-out recall floor (0.86) at the tenth sitting's
// end; the held-out speakers (0.92) and titles (0.75) floors at the
// eleventh's; the figure floors (0.91 development, 0.88 held out) at the
// seventeenth's, when speeds, temperatures and magnitudes became figures;
// the held-out speakers (0.94) and titles (0.76) floors at the
// eighteenth's; all the held-out floors in the twenty-fifth, when the
// held-out batches 14 to 24, measured after every sitting, joined the
// development set and batch 34, collected that day by annotators who
// never ran the tool, became the held-out set, measured at the
// sitting's end (precision 0.941, recall 0.843, speakers 0.804, titles
// 0.733, figures 0.900, headlines 0.778): its floors are what it read;
// and all the held-out floors and the development recall floor (0.92 →
// 0.91) in the twenty-sixth, when batch 34 joined the development set
// (its recall 0.84 pulled the set's down) and batch 38, collected that
// day by annotators who never ran the tool, became the held-out set,
// measured once at the sitting's end (precision 0.975, recall 0.893,
// speakers 0.945, titles 0.709, figures 0.857, headlines 0.707); the
// figure floors (0.92 development, 0.86 held out) in the twenty-seventh,
// after its figure rules (held-out figures 0.857 → 0.861, measured at
// its end); all the held-out floors in the twenty-eighth, when batch 38
// joined the development set and batch 39, collected that day by
// annotators who never ran the tool, became the held-out set, measured
// once after the sitting's rules for batch 38 (precision 0.857, recall
// 0.930, speakers 0.975, titles 0.73, figures 0.909, headlines 0.667);
// and again in the same sitting, when batch 39 joined the development set
// and batch 40, collected that day by four more annotators who never ran
// the tool, became the held-out set, measured once after the rules
// written for batch 39 (precision 0.937, recall 0.780, speakers 0.941,
// titles 0.76, figures 0.914, headlines 0.707); and a third time in the
// same sitting, when batch 40 joined the development set and batch 41,
// collected by four more annotators, became the held-out set, measured
// once after the rules written for batch 40 (precision 0.910, recall
// 0.826, speakers 0.926, titles 0.78, figures 0.873, headlines 0.634);
// and a fourth time, when batch 41 joined the development set and batch
// 42, collected by four more annotators, became the held-out set,
// measured once after the rules written for batch 41 (precision 0.919,
// recall 0.913, speakers 0.932, titles 0.750, figures 0.893, headlines
// 0.667); and a fifth time, when batch 42 joined the development set and
// batch 43 became the held-out set, measured once after the rules written
// for batch 42 (precision 0.943, recall 0.870, speakers 0.894, titles
// 0.90, figures 0.970, headlines 0.615), the development figure floor
// set to what the larger set measures (0.920 rounded down, 0.91) when
// batch 42 (figures 0.893) joined it; and a sixth time (2026-12-06), when
// batch 43 joined the development set and batch 44, collected by four
// more annotators, became the held-out set, measured once after the
// rules written for batch 43 (precision 0.975, recall 0.763, speakers
// 0.919, titles 0.750, figures 0.923, headlines 0.615); and a seventh
// time, in the same sitting, when batch 44 joined the development set
// and batch 45 became the held-out set, measured once after the rules
// written for batch 44 (precision 0.956, recall 0.830, speakers 0.859,
// titles 0.761, figures 0.925, headlines 0.864); and an eighth time, in
// the next sitting, when batch 45 joined the development set and batch 46,
// collected that day by four more annotators, became the held-out set,
// measured once after the rules written for batch 45 (precision 0.952,
// recall 0.847, speakers 0.917, titles 0.79, figures 0.915, headlines
// 0.732), the development headline floor raised (0.63 → 0.73) after that
// sitting's page-furniture rules; and a ninth time, in the next sitting,
// when batch 46 joined the development set and batch 47, collected that
// day by four more annotators, became the held-out set, measured once
// after the rules written for batch 46 (precision 0.939, recall 0.809,
// speakers 0.833, titles 0.78, figures 0.851, headlines 0.758); and a
// tenth time, in the next sitting, when batch 47 joined the development
// set and batch 48, collected that day by four more annotators, became
// the held-out set, measured once after the rules written for batch 47
// (precision 0.916, recall 0.739, speakers 0.906, titles 0.579, figures
// 0.890, headlines 0.857); and an eleventh time, in the same sitting,
// when batch 48 joined the development set and batch 49, collected that
// day by four more annotators, became the held-out set, measured once
// after the rules written for batch 48 (precision 0.947, recall 0.897,
// speakers 0.943, titles 0.677, figures 0.895, headlines 0.711); and a
// twelfth time, in the same sitting, when batch 49 joined the
// development set and batch 50 became the held-out set, measured once
// after the rules written for batch 49 (precision 0.945, recall 0.708,
// speakers 0.959, titles 0.806, figures 0.886, headlines 0.652); and a
// thirteenth time, in the same sitting, when batch 50 joined the
// development set and batch 51 became the held-out set, measured once
// after the rules written for batch 50 (precision 0.932, recall 0.829,
// speakers 0.980, titles 0.820, figures 0.878, headlines 0.780); and a
// fourteenth time, in the next sitting, when batch 51 joined the
// development set and batch 52, collected that day by four more
// annotators, became the held-out set, measured once after the rules
// written for batch 51 (precision 0.951, recall 0.769, speakers 0.944,
// titles 0.762, figures 0.861, headlines 0.826); and a fifteenth time,
// in the same sitting, when batch 52 joined the development set and batch
// 53, collected that day by four more annotators, became the held-out
// set, measured once after the rules written for batch 51 and from older
// development articles (precision 0.977, recall 0.757, speakers 0.923,
// titles 0.819, figures 0.894, headlines 0.757); and a sixteenth time, in
// the next sitting, when batch 53 joined the development set and batch
// 54, collected that day by four more annotators, became the held-out
// set, measured once after the rules written for batch 52 (precision
// 0.963, recall 0.837, speakers 0.870, titles 0.776, figures 0.932,
// headlines 0.600); and a seventeenth time, in the same sitting, when
// batch 54 joined the development set and batch 55, collected that day
// by four more annotators, became the held-out set, measured once after
// the rules written for batch 53 (precision 0.956, recall 0.829, speakers
// 0.857, titles 0.870, figures 0.949, headlines 0.811); and an eighteenth
// time, in the next sitting, when batch 55 joined the development set
// and batch 56, collected that day by four more annotators, became the
// held-out set, measured once after the rules written for batch 54
// (precision 0.909, recall 0.627, speakers 0.905, titles 0.836, figures
// 0.881, headlines 0.846); and a nineteenth time, in the same sitting,
// when batch 56 joined the development set (its recall, the lowest of
// any batch, took the development recall to 0.908, so that floor is 0.90
// now) and batch 57, collected that day by four more annotators, became
// the held-out set, measured once after the rules written for batch 55
// (precision 0.843, recall 0.843, speakers 0.886, titles 0.754, figures
// 0.912, headlines 0.759); and a twentieth time, in the next sitting,
// when batch 57 joined the development set and batch 58, collected that
// day by four more annotators, became the held-out set, measured once
// after the first rules written for batch 56 (precision 0.949, recall
// 0.696, speakers 0.775, titles 0.745, figures 0.943, headlines 0.692;
// read a second time with the code unchanged after one article whose
// licence its page did not state was taken out); and a twenty-first
// time, in the same sitting, when batch 58 joined the development set
// and batch 59, collected that day by four more annotators, became the
// held-out set, measured once after the rules written for batches 56 and
// 57 (precision 0.895, recall 0.699, speakers 0.972, titles 0.843,
// figures 0.903, headlines 0.789); and a twenty-second time, in the next
// sitting, when batch 59 joined the development set and batch 60,
// collected that day by four more annotators, became the held-out set,
// measured once after the rules written for batch 58 (precision 0.927,
// recall 0.837, speakers 0.764, titles 0.745, figures 0.930, headlines
// 0.639); and a twenty-third time, in the same sitting, when batch 60
// joined the development set and batch 61, collected that day by four
// more annotators, became the held-out set, measured once after the rules
// written for batches 58 and 59 (precision 0.946, recall 0.711, speakers
// 0.870, titles 0.712, figures 0.845, headlines 0.789); and a
// twenty-fourth time, in the next sitting, when batch 61 joined the
// development set and batch 62, collected that day by four more
// annotators (one item whose reprint did not say whose copy it was taken
// out), became the held-out set, measured once after the rules written
// for batch 60 (precision 0.901, recall 0.678, speakers 0.885, titles
// 0.648, figures 0.953, headlines 0.722). A rule written later in that
// sitting (a statement printed without marks under a headline naming its
// author) found one more held-out quote, its speaker right and its title
// not, which moved titles to 0.636; the title floor follows that; and a
// twenty-fifth time, in the same sitting, when batch 62 joined the
// development set and batch 63, collected that day by four more
// annotators, became the held-out set, measured once after the rules
// written for batches 60 and 61 (precision 0.938, recall 0.780, speakers
// 0.873, titles 0.790, figures 0.867, headlines 0.860); and a
// twenty-sixth time, in the same sitting, when batch 63 joined the
// development set and batch 64, collected that day by four more
// annotators, became the held-out set, measured once after the rules
// written for batches 60 to 62 (precision 0.925, recall 0.819, speakers
// 0.898, titles 0.755, figures 0.895, headlines 0.825); and a
// twenty-seventh time, in the same sitting, when batch 64 joined the
// development set and batch 65, collected that day by four more
// annotators, became the held-out set, measured once after the rules
// written for batches 60 to 63 (precision 0.937, recall 0.750, speakers
// 0.875, titles 0.742, figures 0.935, headlines 0.750); and a
// twenty-eighth time, in the same sitting, when batch 66, collected that
// day by four more annotators (three items whose reprints did not say
// whose copy they were taken out), joined batch 65 in the held-out set,
// measured once after the rules written for batches 60 to 64 (precision
// 0.877, recall 0.744, speakers 1.000, titles 0.83, figures 0.921,
// headlines 0.677; the two batches together: 0.919, 0.747, 0.934,
// 0.786, 0.929, 0.716); and a twenty-ninth time, at the sitting's end,
// when batch 67, collected by four more annotators whose search budget
// ran out part way (one item whose page did not say whose copy it was
// taken out), joined them, measured once after every rule of the
// sitting (precision 0.808, recall 0.780, speakers 0.872, titles 0.82,
// figures 0.935, headlines 0.600; the three batches together: 0.892,
// 0.754, 0.920, 0.794, 0.930, 0.680); and a thirtieth time, in the next
// sitting, when batches 65 to 67, whose misses were then read, joined the
// development set (its recall taken back to 0.900 by the rules written
// from them) and batch 68, collected that day by four more annotators,
// measured once after the first two of those rules (precision 0.970, recall
// 0.721, speakers 0.871, titles 0.62, figures 0.877, headlines 0.816),
// and batch 69, collected later that day by four more, measured once
// after all of them (precision 0.966, recall 0.828, speakers 0.878,
// titles 0.93, figures 0.907, headlines 0.649), became the held-out set
// (the two together now: 0.968, 0.784, 0.876, 0.80, 0.891, 0.733; the later
// rules took batch 68's recall to 63 of 86); and a thirty-first time, in
// the next sitting, when batches 68 and 69, whose misses were then read,
// joined the development set (its recall taken back to 0.900 by the rules
// written from them) and batch 70, collected that day by four more
// annotators, measured once after those rules (precision 0.918, recall
// 0.845, speakers 0.902, titles 0.757, figures 0.928, headlines 0.737),
// became the held-out set; and a thirty-second time, at the sitting's end,
// when batch 71, collected by four more annotators, joined it, measured
// once after every rule of the sitting (precision 0.963, recall 0.826,
// speakers 0.761, titles 0.70, figures 0.929, headlines 0.750; the two
// batches together: 0.938, 0.836, 0.837, 0.73, 0.928, 0.744); and a
// thirty-third time, in the next sitting, when batches 70 and 71, whose
// misses were then read, joined the development set (its recall taken
// back to 0.900 by the rules written from them) and batch 72, collected
// that day by four more annotators, measured once after those rules
// (precision 0.910, recall 0.757, speakers 0.910, titles 0.746, figures
// 0.916, headlines 0.846), became the held-out set; and a thirty-fourth
// time, at the sitting's end, when batch 73, collected by four more
// annotators, joined it, measured once after every rule of the sitting
// (precision 0.951, recall 0.949, speakers 0.892, titles 0.76, figures
// 0.918, headlines 0.763; the two batches together: 0.929, 0.840,
// 0.901, 0.752, 0.917, 0.805); and a thirty-fifth time, in the next
// sitting, when batches 72 and 73, whose misses were then read, joined
// the development set (its recall taken back to 0.900 by the rules
// written from them) and batch 74, collected that day by four more
// annotators, measured once after those rules (precision 0.943, recall
// 0.872, speakers 0.960, titles 0.75, figures 0.956, headlines 0.744),
// became the held-out set; and a thirty-sixth time, in the same sitting,
// when batch 74, whose misses were then read, joined the development set
// and batch 75, collected that day by four more annotators, measured once
// after the rules written from batch 74 (precision 0.904, recall 0.842,
// speakers 0.922, titles 0.83, figures 0.833, headlines 0.725), became
// the held-out set; and a thirty-seventh time, at the sitting's end, when
// batch 75, whose misses were then read, joined the development set and
// batch 76, collected that day by four more annotators (one item whose
// reprint was the weakest licence case taken out), measured once after
// every rule of the sitting (precision 0.962, recall 0.790, speakers
// 0.947, titles 0.83, figures 0.940, headlines 0.833), became the
// held-out set; and a thirty-eighth time (2026-12-07), when batch 76,
// whose misses were then read, joined the development set and batch 77,
// collected that day by four more annotators, measured once after the
// rules written for batch 76 (precision 0.953, recall 0.758, speakers
// 0.867, titles 0.828, figures 0.950, headlines 0.737), became the
// held-out set; and a thirty-ninth time, at the end of that sitting, when
// batch 77, whose misses were then read (recall 0.758 → 0.848), joined
// the development set and batch 78, collected that day by four more
// annotators, measured once after the rules written for batch 77
// (precision 0.986, recall 0.767, speakers 0.909, titles 0.700, figures
// 0.952, headlines 0.844), became the held-out set: its title floor set
// a point under what it read, and the development recall floor lowered
// (0.90 → 0.89), as in the twenty-sixth sitting, because the set it
// measures grew by a batch that read 0.76 on arrival: with batch 77 the
// set reads 0.8997 (7,339 of 8,157), without it 0.900; and a fortieth
// time, in the forty-fourth sitting, when batch 78, whose misses were
// then read (recall 0.767 → 0.814), joined the development set and
// batch 79, collected that day by four more annotators, measured once
// after the rules written for batch 78 (precision 0.971, recall 0.762,
// speakers 0.918, titles 0.786, figures 0.928, headlines 0.781), became
// the held-out set; and a forty-first time, later in that sitting, when
// batch 79, whose misses were then read (recall 0.762 → 0.838), joined
// the development set and batch 80, collected that day by four more
// annotators, measured once after the rules written for batch 79
// (precision 0.915, recall 0.775, speakers 0.928, titles 0.844, figures
// 0.874, headlines 0.886), became the held-out set; and a forty-second
// time, in the forty-fifth sitting, when batch 80, whose misses were then
// read (recall 0.775 → 0.921), joined the development set and batch 81,
// collected that day by four more annotators, measured once after the
// rules written for batch 80 (precision 0.973, recall 0.807, speakers
// 0.940, titles 0.825, figures 0.930, headlines 0.853), became the
// held-out set; and a forty-third time, later in that sitting, when batch
// 81, whose misses were then read (recall 0.807 → 0.880), joined the
// development set and batch 82, collected that day by four more
// annotators, measured once after the rules written for batch 80
// (precision 0.707, recall 0.423, speakers 0.945, titles 0.769, figures
// 0.909, headlines 0.794), became the held-out set; and a forty-fourth
// time, in the forty-sixth sitting, when batch 82 joined the development
// set (its recall 0.423 → 0.600 with the rule that splits a page
// flattened to one line where a paragraph ended in a colon or a question,
// written after two older Global Voices gold files were re-annotated to
// the corpus's later convention for unmarked block quotations) and batch
// 83, 39 articles collected that day by four more annotators, measured
// once with that rule (precision 0.934, recall 0.809, speakers 0.945,
// titles 0.615, figures 0.933, headlines 0.906), became the held-out set;
// and a forty-fifth time, later in that sitting, when batch 83 joined the
// development set (its misses then read: recall 0.809 → 0.838) and batch
// 84, 38 articles
// collected that day by four more annotators, measured once after the
// rules written from batch 82 (precision 0.967, recall 0.814, speakers
// 0.860, titles 0.959, figures 0.887, headlines 0.750), became the
// held-out set; and a forty-sixth time, in the forty-seventh sitting,
// when batch 84 joined the development set and batch 85, 42 articles
// collected that day by four more annotators, measured once after the
// rules written from batch 83 (precision 0.975, recall 0.835, speakers
// 0.895, titles 0.754, figures 0.940, headlines 0.676), became the
// held-out set; and a forty-seventh time, in the forty-eighth sitting,
// when batch 85 joined the development set and batch 86, 41 articles
// collected that day by four more annotators, measured once after the
// rules written from batch 84 (precision 0.912, recall 0.875, speakers
// 0.893, titles 0.700, figures 0.922, headlines 0.886), became the
// held-out set; and a forty-eighth time, in the forty-ninth sitting,
// when batch 86 joined the development set and batch 87, 39 articles
// collected that day by four more annotators, measured once after the
// rules written from batch 85 (precision 0.973, recall 0.708, speakers
// 0.889, titles 0.857, figures 0.936, headlines 0.676), became the
// held-out set; and a forty-ninth time, in the fiftieth sitting, when
// batch 87 joined the development set and batch 88, 39 articles
// collected that day by four more annotators, measured once after the
// rules written from batch 86 (precision 0.990, recall 0.865, speakers
// 0.948, titles 0.726, figures 0.841, headlines 0.606), became the
// held-out set; and a fiftieth time, in the fifty-first sitting, when
// batch 88 joined the development set and batch 89, 41 articles
// collected that day by four more annotators, measured once after the
// rules written from batch 87 (precision 0.959, recall 0.873, speakers
// 0.928, titles 0.661, figures 0.901, headlines 0.606), became the
// held-out set; and a fifty-first time, in the fifty-second sitting,
// when batch 89 joined the development set and batch 90, 40 articles
// collected that day by four more annotators, measured once after the
// rules written from the development set in that sitting (precision
// 0.931, recall 0.866, speakers 0.881, titles 0.703, figures 0.862,
// headlines 0.788), became the held-out set; and a fifty-second time, in
// the fifty-third sitting, when batch 90 joined the development set and
// batch 91, 40 articles collected that day by four more annotators,
// measured once after the rules written from the development set in that
// sitting (precision 0.972, recall 0.803, speakers 0.951, titles 0.707,
// figures 0.911, headlines 0.886), became the held-out set; and a
// fifty-third time, in the fifty-fourth sitting, when batch 91 joined the
// development set and batch 92, 39 articles collected that day by four
// more annotators, measured once after the rules written from the
// development set in that sitting (precision 0.987, recall 0.861,
// speakers 0.853, titles 0.810, figures 0.942, headlines 0.735), became
// the held-out set; and a fifty-fourth time, in the fifty-fifth sitting,
// when batch 92 joined the development set and batch 93, 41 articles
// collected that day by four more annotators, measured once at the
// sitting's start, before any rule of it (precision 0.863, recall 0.848,
// speakers 0.929, titles 0.538, figures 0.895, headlines 0.824), became
// the held-out set; and a fifty-fifth time, in the fifty-sixth sitting,
// when batch 93 joined the development set and batch 94, 38 articles
// collected that day by four more annotators, measured once at the
// sitting's start, before any rule of it (precision 1.000, recall 0.898,
// speakers 0.906, titles 0.792, figures 0.891, headlines 0.824), became
// the held-out set; the development headline floor raised (0.73 → 0.83)
// after that sitting's rules (0.839); and a fifty-sixth time, in the
// fifty-seventh sitting, when batch 94 joined the development set and
// batch 95, 40 articles collected that day by four more annotators,
// measured once at the sitting's start, before any rule of it (precision
// 0.936, recall 0.875, speakers 0.935, titles 0.736, figures 0.859,
// headlines 0.742), became the held-out set; and a fifty-seventh time,
// in the fifty-eighth sitting, when batch 95 joined the development set
// and batch 96, 40 articles collected that day by four more annotators,
// measured once at the sitting's start, before any rule of it (precision
// 0.965, recall 0.831, speakers 0.905, titles 0.687, figures 0.936,
// headlines 0.914), became the held-out set; and a fifty-eighth time, in
// the fifty-ninth sitting, when batch 96 joined the development set and
// batch 97, 41 articles collected that day by four more annotators,
// measured once at the sitting's start, before any rule of it (precision
// 0.901, recall 0.720, speakers 0.949, titles 0.768, figures 0.911,
// headlines 0.889), became the held-out set; and a fifty-ninth time, in
// the sixtieth sitting, when batch 97 joined the development set and
// batch 98, 38 articles collected that day by four more annotators,
// measured once at the sitting's start, before any rule of it (precision
// 0.963, recall 0.877, speakers 0.953, titles 0.787, figures 0.921,
// headlines 0.818), became the held-out set; and a sixtieth time, in the
// sixty-first sitting, when batch 98 joined the development set and batch
// 99, 40 articles collected that day by four more annotators, measured
// once at the sitting's start, before any rule of it (precision 0.886,
// recall 0.894, speakers 0.847, titles 0.680, figures 0.914, headlines
// 0.771), became the held-out set; and a sixty-first time, in the
// sixty-second sitting, when batch 99 joined the development set and
// batch 100, 40 articles collected that day by four more annotators,
// measured once at the sitting's start, before any rule of it (precision
// 0.954, recall 0.785, speakers 0.961, titles 0.694, figures 0.874,
// headlines 0.788), became the held-out set; the development headline
// floor raised (0.83 → 0.85) after that sitting's rules (0.858).
// The title floor is lower because titles are copied as printed and where
// a title ends and an affiliation begins is a judgement call.
var floors = map[string]struct{ precision, recall, speakers, titles, figures, headlines float64 }{
	"dev":     {0.96, 0.89, 0.95, 0.77, 0.91, 0.85},
	"heldout": {0.95, 0.78, 0.96, 0.69, 0.87, 0.78},
}

type goldFile struct {
	// Batch is the held-out batch an article came in, for totals by batch.
	Batch                int
	URL, Licence, Outlet string
	Metadata             struct{ Headline, Date, Byline, Dateline string }
	Speakers             []struct {
		Name, Kind, Honorific, Title, Affiliation string
	}
	Quotes []struct {
		Speaker, Text string
		Partial, Cut  bool
		// Labelled: a transcript's turn after its speaker's label,
		// printed without quotation marks.
		Labelled bool
		Line     int
	}
	Figures []struct {
		Value                 float64
		Qualifier, Kind, Noun string
		Unit                  string
		Line                  int
	}
}

// score counts, over articles, what the scorer measures.
type score struct {
	gold, found, matched int // quotes: in the gold, in the draft, gold quotes matched
	foundRight           int // draft quotes that match

	speakerRight, titleRight int // among matched quotes
	titleSeen                int // matched quotes with the right speaker
	figGold, figFound        int
	headGold, headRight      int // articles whose gold prints a headline; of them, those whose source title is it
}

func (s *score) add(o score) {
	s.gold += o.gold
	s.found += o.found
	s.matched += o.matched
	s.foundRight += o.foundRight
	s.speakerRight += o.speakerRight
	s.titleRight += o.titleRight
	s.titleSeen += o.titleSeen
	s.figGold += o.figGold
	s.figFound += o.figFound
	s.headGold += o.headGold
	s.headRight += o.headRight
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s score) String() string {
	return fmt.Sprintf("quotes P %.2f R %.2f (%d/%d found, %d/%d gold) · speakers %.2f (%d) · titles %.2f · figures R %.2f (%d/%d) · headlines %.2f (%d/%d)",
		ratio(s.foundRight, s.found), ratio(s.matched, s.gold), s.foundRight, s.found, s.matched, s.gold,
		ratio(s.speakerRight, s.matched), s.speakerRight, ratio(s.titleRight, s.titleSeen), ratio(s.figFound, s.figGold), s.figFound, s.figGold,
		ratio(s.headRight, s.headGold), s.headRight, s.headGold)
}

func TestCorpus(t *testing.T) {
	parts := []string{"dev", "heldout"}
	if *corpusExtra != "" {
		parts = append(parts, "extra")
	}
	for _, part := range parts {
		t.Run(part, func(t *testing.T) {
			golds, _ := filepath.Glob(filepath.Join("testdata", "corpus", part, "*.gold.yaml"))
			if part == "extra" {
				golds, _ = filepath.Glob(filepath.Join(*corpusExtra, "*.gold.yaml"))
				deeper, _ := filepath.Glob(filepath.Join(*corpusExtra, "*", "*.gold.yaml"))
				golds = append(golds, deeper...)
			}
			if len(golds) == 0 {
				t.Fatalf("no gold files for %s", part)
			}
			var total score
			batches := map[int]*score{}
			for _, g := range golds {
				// a held-out article's misses are never printed: to read
				// them, move its batch to the development set first
				s, batch := scoreArticle(t, g, part != "heldout" && *corpusDetail)
				if batch > 0 {
					if batches[batch] == nil {
						batches[batch] = &score{}
					}
					batches[batch].add(s)
				}
				if part != "heldout" {
					// held-out articles are measured in total only: their
					// numbers are for measuring, not for tuning
					t.Logf("%-50s %s", strings.TrimSuffix(filepath.Base(g), ".gold.yaml"), s)
				}
				total.add(s)
			}
			t.Logf("TOTAL %s: %d articles, %s", part, len(golds), total)
			for _, b := range slices.Sorted(maps.Keys(batches)) {
				t.Logf("  batch %d: %s", b, *batches[b])
			}
			f, ok := floors[part]
			if !ok {
				return
			}
			for _, c := range []struct {
				name  string
				have  float64
				floor float64
			}{
				{"quote precision", ratio(total.foundRight, total.found), f.precision},
				{"quote recall", ratio(total.matched, total.gold), f.recall},
				{"speaker accuracy", ratio(total.speakerRight, total.matched), f.speakers},
				{"title/affiliation accuracy", ratio(total.titleRight, total.titleSeen), f.titles},
				{"figure recall", ratio(total.figFound, total.figGold), f.figures},
				{"headline accuracy", ratio(total.headRight, total.headGold), f.headlines},
			} {
				if c.have < c.floor {
					t.Errorf("%s %s: %.3f, below the floor of %.2f", part, c.name, c.have, c.floor)
				}
			}
		})
	}
}

func scoreArticle(t *testing.T, goldPath string, detail bool) (score, int) {
	t.Helper()
	var g goldFile
	data, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", goldPath, err)
	}
	txt := strings.TrimSuffix(goldPath, ".gold.yaml") + ".txt"
	raw, err := os.ReadFile(txt)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ReadArticle("a", txt, raw)
	if err != nil {
		t.Fatal(err)
	}
	res := Analyze([]*Article{a})
	var s score

	// Quotes with no speaker in the gold are words the text leaves
	// unattributed: a draft cannot give them to anyone, so they count
	// neither way; nor do a transcript's turns of a few words.
	type gq struct {
		words                   []string
		speaker, kind, titleKey string
		text                    string
	}
	speakers := map[string]int{}
	for i, sp := range g.Speakers {
		speakers[sp.Name] = i
	}
	var gold []gq
	var unattributed [][]string
	for _, q := range g.Quotes {
		w := scoreWords(q.Text)
		if q.Speaker == "" || q.Labelled && len(w) < 4 {
			// (a turn of a few words, "Good afternoon.", is no quote
			// a producer wants, and the draft leaves it out)
			unattributed = append(unattributed, w)
			continue
		}
		i, ok := speakers[q.Speaker]
		if !ok {
			t.Fatalf("%s: quote speaker %q is not in speakers", goldPath, q.Speaker)
		}
		sp := g.Speakers[i]
		gold = append(gold, gq{words: w, speaker: sp.Name, kind: sp.Kind, titleKey: titleKey(sp.Honorific, sp.Title, sp.Affiliation), text: q.Text})
	}
	// Match the draft's quotes to the gold's: one to one first; then a
	// run of consecutive quotes of one speaker on either side to a single
	// quote on the other, since where a run of one person's words is cut
	// into quotes (a split quote, a quote over paragraphs) is a judgement
	// the gold and the draft may make differently. Each match counts once.
	// A quote the article prints twice (in its headline and its story,
	// or in a box of key points) is one quote of the draft that lists
	// where else it is printed: each printing counts, as in the gold.
	var draft []*Quote
	for _, q := range res.Quotes {
		draft = append(draft, q)
		for i, w := range q.Wording {
			again := *q
			if w != "" {
				again.Text = w
			}
			again.Line, again.Also, again.AlsoLine, again.Wording = q.AlsoLine[i], nil, nil, nil
			draft = append(draft, &again)
		}
	}
	dw := make([][]string, len(draft))
	for i, q := range draft {
		dw[i] = scoreWords(q.Text)
	}
	goldUsed := make([]bool, len(gold))
	draftUsed := make([]bool, len(draft))
	type match struct{ d, g []int }
	var matches []match
	for i := range draft {
		best, bestScore := -1, 0.0
		for j := range gold {
			if !goldUsed[j] {
				if m := overlap(dw[i], gold[j].words); m > bestScore {
					best, bestScore = j, m
				}
			}
		}
		if bestScore >= 0.8 {
			draftUsed[i], goldUsed[best] = true, true
			matches = append(matches, match{[]int{i}, []int{best}})
		}
	}
	joined := func(idx []int, words func(int) []string) []string {
		var out []string
		for _, i := range idx {
			out = append(out, words(i)...)
		}
		return out
	}
	for j := range gold { // a run of draft quotes for one gold quote
		for start := 0; start < len(draft) && !goldUsed[j]; start++ {
			run := []int{}
			for i := start; i < len(draft) && len(run) < maxRun && !draftUsed[i] && draft[i].Speaker == draft[start].Speaker; i++ {
				run = append(run, i)
				if len(run) > 1 && overlap(joined(run, func(k int) []string { return dw[k] }), gold[j].words) >= 0.8 {
					for _, k := range run {
						draftUsed[k] = true
					}
					goldUsed[j] = true
					matches = append(matches, match{append([]int(nil), run...), []int{j}})
					break
				}
			}
		}
	}
	for i := range draft { // a run of gold quotes for one draft quote
		for start := 0; start < len(gold) && !draftUsed[i]; start++ {
			run := []int{}
			for j := start; j < len(gold) && len(run) < maxRun && !goldUsed[j] && gold[j].speaker == gold[start].speaker; j++ {
				run = append(run, j)
				if len(run) > 1 && overlap(dw[i], joined(run, func(k int) []string { return gold[k].words })) >= 0.8 {
					for _, k := range run {
						goldUsed[k] = true
					}
					draftUsed[i] = true
					matches = append(matches, match{[]int{i}, append([]int(nil), run...)})
					break
				}
			}
		}
	}
	// A part of a split quotation the draft writes as a quote of its own
	// (an attribution too long for check to read across, "…,” said
	// Russell Callender, Ph.D., assistant NOAA administrator …. “…") is
	// matched with the part next to it when that part alone matched the
	// joined gold quote: its words are in that quote, and it is one of
	// the draft's quotes of it, not an extra one.
	for changed := true; changed; {
		changed = false
		for k := range matches {
			m := &matches[k]
			if len(m.g) != 1 {
				continue
			}
			gw := gold[m.g[0]].words
			for _, i := range []int{m.d[0] - 1, m.d[len(m.d)-1] + 1} {
				if i < 0 || i >= len(draft) || draftUsed[i] || draft[i].Speaker != draft[m.d[0]].Speaker {
					continue
				}
				if n := briefing.CommonWords(dw[i], gw, nil); float64(n) < 0.8*float64(len(dw[i])) {
					continue
				}
				run := append(append([]int(nil), m.d...), i)
				slices.Sort(run)
				if overlap(joined(run, func(k int) []string { return dw[k] }), gw) < overlap(joined(m.d, func(k int) []string { return dw[k] }), gw) {
					continue
				}
				m.d, draftUsed[i], changed = run, true, true
			}
		}
	}
	for _, m := range matches {
		q, gq := draft[m.d[0]], gold[m.g[0]]
		s.found += len(m.d)
		s.foundRight += len(m.d)
		s.matched += len(m.g)
		if !sameSpeaker(q.Speaker, gq.speaker, gq.kind) {
			if detail {
				t.Logf("  %s: %q given to %q (%s), gold %q", filepath.Base(txt), q.Text, q.Speaker.Name, q.Via, gq.speaker)
			}
			continue
		}
		s.speakerRight += len(m.g)
		s.titleSeen++
		if sameTitle(titleKey(q.Speaker.Honorific, q.Speaker.Title, q.Speaker.Affiliation), gq.titleKey) {
			s.titleRight++
		} else if detail {
			t.Logf("  %s: title %q, gold %q (%s, %s)", filepath.Base(txt), titleKey(q.Speaker.Honorific, q.Speaker.Title, q.Speaker.Affiliation), gq.titleKey, q.Speaker.Name, q.Speaker.Kind)
		}
	}
	for i, q := range draft {
		if draftUsed[i] {
			continue
		}
		isUnattributed := false
		for _, u := range unattributed {
			if overlap(dw[i], u) >= 0.8 {
				isUnattributed = true
			}
		}
		if !isUnattributed {
			s.found++
			if detail {
				t.Logf("  %s: extra quote %q (%s)", filepath.Base(txt), q.Text, q.Speaker.Name)
			}
		}
	}
	s.gold = len(gold)
	for i, ok := range goldUsed {
		if !ok && detail {
			t.Logf("  %s: missed %q (%s)", filepath.Base(txt), gold[i].text, gold[i].speaker)
		}
	}
	s.figGold, s.figFound = scoreFigures(t, a, g, detail)
	if h := strings.TrimSpace(g.Metadata.Headline); h != "" {
		s.headGold++
		if strings.TrimSpace(a.Title) == h {
			s.headRight++
		} else if detail {
			t.Logf("  %s: headline %q, gold %q", filepath.Base(txt), a.Title, h)
		}
	}
	return s, g.Batch
}

// scoreWords are a quote's words for matching: lower case, letters and
// digits only.
func scoreWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// overlap is the share of both quotes' words that they have in common, in
// order: the smaller of the two shares, so that a draft quote that runs
// two gold quotes together matches neither well.
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := float64(briefing.CommonWords(a, b, nil))
	return min(n/float64(len(a)), n/float64(len(b)))
}

// sameSpeaker compares the draft's speaker with the gold's: a person by
// full name (a name with the same surname whose words all appear in the
// other also counts: "Kurilla" in a text that never gives more), an
// organisation or an unnamed speaker by its head noun.
func sameSpeaker(sp *Speaker, gold, kind string) bool {
	a, b := normName(sp.Name), normName(gold)
	if a == b {
		return true
	}
	if kind == "person" || kind == "" {
		if sp.Kind != article.Person {
			return false
		}
		fa, fb := strings.Fields(a), strings.Fields(b)
		if len(fa) == 0 || len(fb) == 0 || fa[len(fa)-1] != fb[len(fb)-1] {
			return false
		}
		return subset(fa, fb) || subset(fb, fa)
	}
	// (a plural and its singular are one noun: "one of the victims" is
	// a victim, "another bureaucrat" one of "the bureaucrats")
	sameHead := func(x, y string) bool {
		h := singular(headOf(y))
		return slices.ContainsFunc(strings.Fields(x), func(w string) bool { return singular(w) == h })
	}
	return sameHead(a, b) || sameHead(b, a)
}

// singular is a plural noun in s without its s: "victims" → "victim".
func singular(w string) string {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 {
		return w[:len(w)-1]
	}
	return w
}

func normName(s string) string {
	s = strings.TrimPrefix(strings.ToLower(s), "@") // a handle, with its @ or without

	s = strings.NewReplacer(".", "", ",", "", "’", "'", "the ", "").Replace(s)
	f := strings.Fields(s)
	if n := len(f); n > 1 && (f[n-1] == "jr" || f[n-1] == "sr" || f[n-1] == "ii" || f[n-1] == "iii") {
		f = f[:n-1] // "Conrad Lautenbacher Jr." is "Conrad Lautenbacher"
	}
	return strings.Join(f, " ")
}

func headOf(s string) string {
	for _, some := range []string{"one of ", "another of ", "some of ", "two of ", "many of ", "several of ", "most of "} {
		s = strings.TrimPrefix(s, some) // "one of the victims": a victim
	}
	for _, sep := range []string{" of ", " for ", " at ", " with ", " from "} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

// subset tells whether every word of a is in b.
func subset(a, b []string) bool {
	return !slices.ContainsFunc(a, func(w string) bool { return !slices.Contains(b, w) })
}

// titleKey folds a speaker's honorific, title and affiliation to the set
// of their words, so that where the gold and the draft split a title from
// an affiliation ("commander" + "US Central Command" or "commander of US
// Central Command") does not count.
func titleKey(parts ...string) string {
	seen := map[string]bool{}
	var out []string
	for _, w := range scoreWords(strings.Join(parts, " ")) {
		switch w {
		case "the", "a", "an", "of", "at", "for", "with", "and", "s", "from", "in":
			continue
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

// sameTitle tells whether the draft's title words are the gold's: the
// same set, or sets that share at least two thirds of their union (a word
// such as "group" in "the rights group Adhoc" does not make a title wrong;
// a missing affiliation does).
func sameTitle(a, b string) bool {
	if a == b {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	shared := 0
	for _, w := range fa {
		for _, x := range fb {
			if w == x {
				shared++
				break
			}
		}
	}
	union := len(fa) + len(fb) - shared
	return shared*3 >= union*2
}

// scoreFigures counts the gold figures the draft finds in the article:
// the same value (within half a per cent) and the same kind, or the same
// counted noun.
func scoreFigures(t *testing.T, a *Article, g goldFile, detail bool) (gold, found int) {
	have := a.counts()
	for _, f := range g.Figures {
		gold++
		ok := false
		for _, c := range have {
			sameValue := abs(c.Value-f.Value) <= 0.005*abs(f.Value)
			sameThing := c.Kind == f.Kind || c.Noun != "" && strings.TrimSuffix(c.Noun, "s") == strings.TrimSuffix(strings.ToLower(f.Noun), "s")
			if sameValue && sameThing {
				ok = true
				break
			}
		}
		if ok {
			found++
		} else if detail {
			as := "" // the value found counting something else
			for _, c := range have {
				if abs(c.Value-f.Value) <= 0.005*abs(f.Value) {
					as += fmt.Sprintf("; found as %s %q", c.Kind, c.Noun)
				}
			}
			t.Logf("  missed figure %v %s %s (line %d)%s", f.Value, f.Kind, f.Noun, f.Line, as)
		}
	}
	return gold, found
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// maxRun is the longest run of quotes on one side that the scorer matches
// to a single quote on the other: a statement printed a paragraph a line
// may run to a dozen paragraphs, which the draft reads as one quote going
// on over them.
const maxRun = 12
