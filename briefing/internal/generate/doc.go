// Package generate writes fact sheets of the example episode's size for
// tests and benchmarks: 12 segments, 40 facts, 10 quotes, 5 speakers and 4
// figures each, varied by number so that no two are alike. It imports
// only the standard library; only tests use it.
package generate
