// Package generate writes episodes for tests and benchmarks: fact sheets
// of the example episode's size (Sheet, Episodes: 12 segments, 40 facts,
// 10 quotes, 5 speakers and 4 figures each, varied by number so that no
// two are alike), and copies of a real episode folder with one edition
// each (Copies). It imports only the standard library; only tests use it.
package generate
