package briefing

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// Templates come from anywhere and run in a batch beside other shows' work,
// so a template may be slow, huge or hostile; whatever it does, it must fail
// cleanly and soon. A render runs under a budget:
//
//   - a deadline and cancellation (Ctrl-C), checked at every write, every
//     function call and the start of every range loop, so a render stops
//     within moments of either, in the goroutine that started it;
//   - sizes: no value made by a function (a string, a list, a map, counted
//     through nested lists) may exceed maxValue bytes or maxCount items, and
//     all the values a render makes add up to at most maxMade bytes;
//   - recursion: a template that calls or includes itself, directly or
//     through others, is refused when the templates load (recursive), so the
//     stack stays shallow whatever the data.
//
// Functions whose result may be many times larger than their arguments
// (repeat, indent, replace, printf widths…) are checked before they run
// (see bounded), so no call allocates past the limits even once.

const (
	// maxCount caps functions that count (until, seq, repeat…), the items
	// of any value a function makes and the iterations of a range over a
	// number. Scripts list a few dozen things.
	maxCount = 10_000
	// maxWidth caps width arguments (pad, indent, printf's %*d…): a rundown
	// is 80 columns wide.
	maxWidth = 10_000
	// maxValue caps one value made by a template function: the size of the
	// largest output file.
	maxValue = maxOutput
	// maxMade caps the bytes all function results of one render add up to
	// (strings, and 8 bytes an item of lists and maps): a render of the
	// example makes less than a megabyte.
	maxMade = 128 << 20
)

// budget is what one render may spend. The zero value has no deadline and
// fresh counts; start it with begin.
type budget struct {
	stopped  atomic.Bool // by the deadline, a cancel, or overMade
	overMade atomic.Bool
	ctx      context.Context
	timeout  time.Duration
	made     atomic.Int64
	depth    atomic.Int32 // include nesting
}

// begin starts a render under ctx (whose deadline, if any, is timeout from
// now) and returns the function that ends it.
func (b *budget) begin(ctx context.Context, timeout time.Duration) (end func()) {
	b.stopped.Store(false)
	b.overMade.Store(false)
	b.made.Store(0)
	b.depth.Store(0)
	b.ctx, b.timeout = ctx, timeout
	stop := context.AfterFunc(ctx, func() { b.stopped.Store(true) })
	return func() { stop() }
}

// check fails once the render's deadline has passed or it was cancelled.
func (b *budget) check() error {
	if !b.stopped.Load() {
		return nil
	}
	return b.stopErr()
}

// errInterrupted is the cause of a render cancelled from outside.
var errInterrupted = errors.New("interrupted")

func (b *budget) stopErr() error {
	switch {
	case b.overMade.Load():
		return fmt.Errorf("the templates made more than %d MiB of text in one render (a loop that does not end?)", maxMade>>20)
	case errors.Is(b.ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("templates ran longer than %s (a loop that does not end?); raise the limit with --timeout", b.timeout)
	}
	return errInterrupted
}

// spend counts n more bytes made by a function. Once the render has made
// more than maxMade, it stops: every later check fails too, so that the
// templates that run after the one at fault are not blamed for it.
func (b *budget) spend(fn string, n int64) error {
	if b.made.Add(n) > maxMade {
		b.overMade.Store(true)
		b.stopped.Store(true)
		return fmt.Errorf("%s: %w", fn, b.stopErr())
	}
	return nil
}

// guard wraps a template function so that every call checks the budget and
// the size of what goes in and what comes out. A failure is a panic with an
// error, which text/template turns into the call's error.
func (b *budget) guard(name string, fn any) any {
	if g := b.fastGuard(name, fn); g != nil {
		return g
	}
	v := reflect.ValueOf(fn)
	t := v.Type()
	pre := bounded[name]
	deep := serializers[name]
	return reflect.MakeFunc(t, func(in []reflect.Value) []reflect.Value {
		if err := b.check(); err != nil {
			panic(err)
		}
		var args []any
		if pre != nil {
			args = make([]any, 0, len(in))
			for i, a := range in {
				if t.IsVariadic() && i == len(in)-1 {
					for j := 0; j < a.Len(); j++ {
						args = append(args, a.Index(j).Interface())
					}
					continue
				}
				args = append(args, a.Interface())
			}
		}
		var all size
		for _, a := range in {
			all.add(a, deep)
		}
		if err := all.check(name, "its arguments"); err != nil {
			panic(err)
		}
		if pre != nil {
			if err := pre(args); err != nil {
				panic(fmt.Errorf("%s: %w", name, err))
			}
		}
		var out []reflect.Value
		if t.IsVariadic() {
			out = v.CallSlice(in)
		} else {
			out = v.Call(in)
		}
		if len(out) == 2 && !out[1].IsNil() {
			return out
		}
		var res size
		res.add(out[0], false)
		err := res.check(name, "its result")
		if err == nil && !oneOf(out[0], in) {
			err = b.spend(name, res.bytes+8*res.items)
		}
		if err != nil {
			panic(err)
		}
		return out
	}).Interface()
}

// fastGuard is guard for the signatures the built-in templates call most,
// without a second reflective call: their arguments are measured by
// length, and their results are strings or the map dict makes. It returns
// nil for every other function.
func (b *budget) fastGuard(name string, fn any) any {
	if bounded[name] != nil || serializers[name] {
		return nil
	}
	str := func(s string) string {
		if err := b.made1(name, len(s)); err != nil {
			panic(err)
		}
		return s
	}
	args := func(ss ...string) {
		if err := b.check(); err != nil {
			panic(err)
		}
		n := 0
		for _, s := range ss {
			n += len(s)
		}
		if n > maxValue {
			panic(fmt.Errorf("%s: more than %d MiB in its arguments (a loop that does not end?)", name, maxValue>>20))
		}
	}
	switch f := fn.(type) {
	case func(string) string:
		return func(s string) string { args(s); return str(f(s)) }
	case func(string, string) string:
		return func(a, c string) string { args(a, c); return str(f(a, c)) }
	case func(*Speaker) string:
		return func(sp *Speaker) string { args(); return str(f(sp)) }
	case func(any) (string, error):
		return func(v any) (string, error) {
			args()
			out, err := f(v)
			return str(out), err
		}
	case func(int, string) (string, error):
		return func(n int, s string) (string, error) {
			args(s)
			out, err := f(n, s)
			return str(out), err
		}
	case func(...any) map[string]any:
		return func(a ...any) map[string]any {
			args()
			if len(a) > 2*maxCount {
				panic(fmt.Errorf("%s: more than %d items in its arguments", name, maxCount))
			}
			m := f(a...)
			if err := b.made1(name, 8*len(m)); err != nil {
				panic(err)
			}
			return m
		}
	}
	return nil
}

// made1 checks the size of one string a function made, and counts it.
func (b *budget) made1(fn string, n int) error {
	if n > maxValue {
		return fmt.Errorf("%s: more than %d MiB in its result (a loop that does not end?)", fn, maxValue>>20)
	}
	return b.spend(fn, int64(n))
}

// oneOf reports whether v is one of args, or shares its items (set and
// append give back the map or list they were given), so that it is not
// counted as made again.
func oneOf(v reflect.Value, args []reflect.Value) bool {
	for v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if k := v.Kind(); k != reflect.Map && k != reflect.Slice {
		return false
	}
	for _, a := range args {
		for a.Kind() == reflect.Interface && !a.IsNil() {
			a = a.Elem()
		}
		if a.Kind() == v.Kind() && a.Pointer() == v.Pointer() {
			return true
		}
	}
	return false
}

// serializers are the functions that read a value through and through
// (printing it, encoding it, comparing it), so that a list holding the
// same list twice, nested, costs them its printed size: their arguments
// are measured deep. The others are measured by their length.
var serializers = map[string]bool{
	"print": true, "printf": true, "println": true, "html": true, "js": true, "urlquery": true,
	"cat": true, "join": true, "toString": true, "toStrings": true, "quote": true, "squote": true,
	"toJson": true, "mustToJson": true, "toPrettyJson": true, "mustToPrettyJson": true,
	"toRawJson": true, "mustToRawJson": true, "deepCopy": true, "mustDeepCopy": true,
	"uniq": true, "mustUniq": true, "has": true, "mustHas": true, "without": true, "mustWithout": true,
	"sortAlpha": true, "deepEqual": true,
}

// size measures values as the bytes of their strings and the items of their
// lists and maps. Measured deep, nested lists and maps count too (a list
// holding the same list twice counts it twice, as printing it would).
// Pointers and structs (the fact sheet, a speaker) are the caller's data
// and are not followed. Measuring stops once past the limits.
type size struct{ bytes, items int64 }

func (z *size) over() bool { return z.bytes > maxValue || z.items > maxCount }

func (z *size) add(v reflect.Value, deep bool) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			z.add(v.Elem(), deep)
		}
	case reflect.String:
		z.bytes += int64(v.Len())
	case reflect.Slice, reflect.Array:
		z.items += int64(v.Len())
		if v.Type().Elem().Kind() == reflect.Uint8 {
			z.bytes += int64(v.Len())
			break
		}
		for i := 0; deep && i < v.Len() && !z.over(); i++ {
			z.add(v.Index(i), deep)
		}
	case reflect.Map:
		z.items += int64(v.Len())
		for it := v.MapRange(); deep && !z.over() && it.Next(); {
			z.add(it.Key(), deep)
			z.add(it.Value(), deep)
		}
	}
}

// check fails once a value is past the limits; what names it.
func (z *size) check(fn, what string) error {
	switch {
	case z.items > maxCount:
		return fmt.Errorf("%s: more than %d items in %s (a loop that does not end?)", fn, maxCount, what)
	case z.bytes > maxValue:
		return fmt.Errorf("%s: more than %d MiB in %s (a loop that does not end?)", fn, maxValue>>20, what)
	}
	return nil
}

// outputGuard is called with the value of every action that prints (see
// guardTree): text/template formats a value whole before writing it, so
// its size is checked first.
func (b *budget) outputGuard(v any) (any, error) {
	if err := b.check(); err != nil {
		return nil, err
	}
	var z size
	z.add(reflect.ValueOf(v), true)
	return v, z.check(outputGuardName, "the value printed")
}

// rangeGuard is called with the value of every range pipeline (see
// guardTree): it checks the budget, so that nested loops that write
// nothing still stop, and caps a range over a number.
func (b *budget) rangeGuard(v any) (any, error) {
	if err := b.check(); err != nil {
		return nil, err
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if rv.Int() > maxCount {
			return nil, fmt.Errorf("range %d: more than the limit of %d iterations", rv.Int(), maxCount)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if rv.Uint() > maxCount {
			return nil, fmt.Errorf("range %d: more than the limit of %d iterations", rv.Uint(), maxCount)
		}
	case reflect.Func:
		return nil, errors.New("range over a function is not allowed in briefing templates")
	}
	return v, nil
}

// The functions guardTree puts at the end of every range pipeline and of
// every action that prints. Their names show in messages ("at <range>").
const (
	rangeGuardName  = "range"
	outputGuardName = "output"
)

// bounded holds the checks, run before the call, of the functions whose
// result can be many times larger than their arguments, or that count.
var bounded = map[string]func(args []any) error{
	"repeat": func(a []any) error {
		n, s := toInt(a[0]), len(a[1].(string))
		return bound(n, 0, maxCount, "repetitions", float64(n)*float64(s))
	},
	"until": func(a []any) error { return bound(toInt(a[0]), -maxCount, maxCount, "items", 0) },
	"untilStep": func(a []any) error {
		return items(toInt(a[0]), toInt(a[1]), toInt(a[2]))
	},
	"seq": func(a []any) error {
		switch len(a) {
		case 1:
			return items(1, toInt(a[0]), 1)
		case 2:
			return items(toInt(a[0]), toInt(a[1]), 1)
		case 3:
			return items(toInt(a[0]), toInt(a[2]), toInt(a[1]))
		}
		return nil
	},
	"indent":  indentBound,
	"nindent": indentBound,
	"wrapWith": func(a []any) error {
		l, sep, s := toInt(a[0]), a[1].(string), a[2].(string)
		return bound(l, 1, maxWidth, "width", float64(len(s))/float64(max(l, 1))*float64(len(sep))+float64(len(s)))
	},
	"wrap":       func(a []any) error { return bound(toInt(a[0]), 1, maxWidth, "width", 0) },
	"abbrev":     func(a []any) error { return bound(toInt(a[0]), 0, maxWidth, "width", 0) },
	"abbrevboth": func(a []any) error { return bound(toInt(a[0])+toInt(a[1]), 0, maxWidth, "width", 0) },
	"chunk":      func(a []any) error { return bound(toInt(a[0]), 1, maxCount, "chunk size", 0) },
	"split":      func(a []any) error { return pieces(a[0].(string), a[1].(string), -1) },
	"splitList":  func(a []any) error { return pieces(a[0].(string), a[1].(string), -1) },
	"splitn":     func(a []any) error { return pieces(a[0].(string), a[2].(string), toInt(a[1])) },
	"regexSplit": regexPieces, "mustRegexSplit": regexPieces,
	"regexFindAll": regexPieces, "mustRegexFindAll": regexPieces,
	"fromJson": jsonItems, "mustFromJson": jsonItems,
	"replace": func(a []any) error {
		old, repl, src := a[0].(string), a[1].(string), a[2].(string)
		n := strings.Count(src, old)
		return bound(0, 0, 0, "", float64(len(src))+float64(n)*float64(len(repl)))
	},
	"regexReplaceAll":        regexBound,
	"regexReplaceAllLiteral": regexBound,
	"join": func(a []any) error {
		var z size
		z.add(reflect.ValueOf(a[1]), true)
		return bound(0, 0, 0, "", float64(z.bytes)+float64(z.items+1)*float64(len(fmt.Sprint(a[0]))))
	},
	"printf": func(a []any) error {
		if len(a) == 0 {
			return nil
		}
		format, _ := a[0].(string)
		return printfBound(format, a[1:])
	},
}

// pieces checks how many parts splitting s at sep (at most n, when n > 0)
// makes, before they are made.
func pieces(sep, s string, n int) error {
	count := strings.Count(s, sep) + 1
	if sep == "" {
		count = utf8.RuneCountInString(s)
	}
	if n > 0 {
		count = min(count, n)
	}
	if count > maxCount {
		return fmt.Errorf("%d parts: more than the limit of %d", count, maxCount)
	}
	return nil
}

// regexPieces checks how many matches (or parts between them) a regular
// expression makes of a string, before they are made.
func regexPieces(a []any) error {
	re, err := regexp.Compile(a[0].(string))
	if err != nil {
		return nil // the function reports it
	}
	n := toInt(a[2])
	if n >= 0 && n <= maxCount {
		return nil
	}
	if len(re.FindAllStringIndex(a[1].(string), maxCount+1)) > maxCount-1 {
		return fmt.Errorf("more than %d matches", maxCount-1)
	}
	return nil
}

// jsonItems checks that a JSON text holds at most maxCount values, by its
// separators, before it is decoded.
func jsonItems(a []any) error {
	s := a[0].(string)
	if n := strings.Count(s, ",") + strings.Count(s, "[") + strings.Count(s, "{"); n > maxCount {
		return fmt.Errorf("the JSON holds more than %d values", maxCount)
	}
	return nil
}

func indentBound(a []any) error {
	n, s := toInt(a[0]), a[1].(string)
	return bound(n, 0, maxWidth, "spaces", float64(n)*float64(strings.Count(s, "\n")+1)+float64(len(s)))
}

func regexBound(a []any) error {
	re, err := regexp.Compile(a[0].(string))
	if err != nil {
		return nil // the function reports it
	}
	s, repl := a[1].(string), a[2].(string)
	matches := re.FindAllStringIndex(s, maxCount+1)
	if len(matches) > maxCount {
		return fmt.Errorf("more than %d matches", maxCount)
	}
	longest := 0
	for _, m := range matches {
		longest = max(longest, m[1]-m[0])
	}
	per := float64(len(repl)) + float64(strings.Count(repl, "$"))*float64(longest)
	return bound(0, 0, 0, "", float64(len(s))+float64(len(matches))*per)
}

// items checks how many numbers a count from start to stop by step makes,
// in either direction.
func items(start, stop, step int) error {
	if step == 0 {
		return nil
	}
	n := math.Abs(float64(stop)-float64(start)) / math.Abs(float64(step))
	if n > maxCount {
		return fmt.Errorf("%.0f items: more than the limit of %d", n, maxCount)
	}
	return nil
}

// bound checks that n lies in [lo, hi] (what names it) and that the
// result's estimated size stays under maxValue.
func bound(n, lo, hi int, what string, size float64) error {
	if what != "" && (n < lo || n > hi) {
		return fmt.Errorf("%s %d is outside the limits %d to %d", what, n, lo, hi)
	}
	if size > maxValue {
		return fmt.Errorf("the result would be larger than the limit of %d MiB", maxValue>>20)
	}
	return nil
}

// printfBound refuses widths and precisions past maxWidth, written in the
// format or given as * arguments, and formats whose widths add up past
// maxValue.
func printfBound(format string, args []any) error {
	total, arg := 0.0, 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		for part := 0; part < 2 && i < len(format); part++ {
			if part == 1 {
				if format[i] != '.' {
					break
				}
				i++
			}
			n := 0
			switch {
			case i < len(format) && format[i] == '*':
				if arg < len(args) {
					n = toInt(args[arg])
				}
				arg++
				i++
			default:
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					n = min(n*10+int(format[i]-'0'), math.MaxInt32)
					i++
				}
			}
			if n > maxWidth || n < -maxWidth {
				return fmt.Errorf("width %d is outside the limits %d to %d", n, -maxWidth, maxWidth)
			}
			total += math.Abs(float64(n))
		}
		arg++
	}
	return bound(0, 0, 0, "", total)
}

// toInt reads an integer argument the way sprig does for the functions in
// bounded, which all take ints.
func toInt(v any) int {
	switch x := v.(type) {
	case int:
		return x
	case int64:
		return int(max(min(x, math.MaxInt32), math.MinInt32))
	case float64:
		return int(max(min(x, math.MaxInt32), math.MinInt32))
	}
	return 0
}
