// Command verbatim finds the quotes, speakers and attributions in news
// articles and writes them as JSON, as text, or as one HTML page that
// shows them marked in the articles.
//
// Usage:
//
//	verbatim [flags] [FILE|DIR|URL ...]
//	verbatim eval --gold DIR [flags] [FILE|URL ...]
//
// Each input is a file, a directory, an http(s) URL, or "-" for standard
// input (the default when there is none). HTML input (a .html, .htm or
// .xhtml file, a page served as HTML, or content that looks like HTML)
// goes through the HTML reader; everything else is read as plain UTF-8
// text, whose offsets then point into the input byte for byte. -html and
// -text force the choice. Flags may come anywhere among the inputs;
// "--" ends them.
//
// Batches: a directory is walked for .html, .htm and .txt files, in
// lexical order, hidden folders skipped. JSON Lines of scraped pages
// (.jsonl or .ndjson, or content that starts with such a line), one
// {"url": ..., "html": ...} or {"url": ..., "text": ...} per line, give
// one document per line, whose source is the URL (FILE:LINE without one).
// WARC files (.warc, .warc.gz, or content that starts with a WARC record,
// such as CC-NEWS) give one document per response record of HTTP status
// 2xx and HTML type, whose source is its WARC-Target-URI. -j N parses on
// N workers (default: the number of CPUs); the output stays in input
// order. When standard error is a terminal a progress line shows the
// documents done, MB/s, quotes and errors.
//
// Limits: every input is bounded by -max-bytes, and in time by -timeout:
// a URL as a whole; standard input and FIFOs for each wait for data (a
// FIFO that no writer opens, or standard input that sends nothing, is an
// error once the timeout has passed, never a hang).
//
// The output formats are
//
//	json   one indented Document for one document, one JSON array of
//	       them for several (several inputs, or a batch input)
//	jsonl  one Document per line, in input order (the default for several)
//	text   one line per quote, for people: speaker (or "?"), kind, cue,
//	       confidence, quote
//	html   one self-contained page: each article with its quotes marked,
//	       a colour per speaker, a line style per kind, a legend of the
//	       speakers; cue, method and confidence on hover or focus
//
// -min-confidence C keeps quotes attributed with confidence C or more;
// -kinds direct,mixed keeps quotes of those kinds (nested quotes whose
// parent is dropped then point to the nearest kept ancestor);
// -html-offsets adds each quote's byte offsets in the HTML page; -version
// prints the module version.
//
// Scripts should name the format. The JSON shape is the project's output
// contract; Document.source is the input as given ("-" for standard
// input), or the URL of a record of a batch. An input or record that
// cannot be read or parsed is reported on standard error, naming it, and
// the others are still written; the exit status is then 1. Bad usage
// exits with status 2; -h or -help prints the usage on standard output.
//
// The eval subcommand scores verbatim against a PolNeAR-style gold folder
// and prints the same report as shared/tools/score.py:
//
//	verbatim eval --gold DIR                    parse every gold article's text
//	verbatim eval --gold DIR FILE...            parse these articles instead
//	verbatim eval --gold DIR --pred OUT.jsonl   score saved predictions
//
// with -errors N to list misses and false alarms, -json FILE to write the
// figures, -strict, -keep-nested and -errors-subset as in score.py, and
// -calibration to add source accuracy by attribution confidence.
// An input named "eval" must be given as "./eval".
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/verbatim-go/verbatim"
)

func main() {
	tuneGC(os.Getenv)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Garbage collection settings of the command, unless GOGC or GOMEMLIMIT
// say otherwise. A parse allocates much and keeps little: collecting
// when the heap has grown to five times what is live, rather than
// twice, took the CPU time over the 143 pages of corpus/html from 1.09 s
// to 0.67 s, for 40 MB of peak RSS instead of 24 MB. The memory limit
// makes the collector work harder before a large input's heap passes
// it, so that the setting never multiplies a big document's memory.
const (
	gcPercent   = 400
	memoryLimit = 1 << 30
)

// tuneGC sets the command's garbage collection, leaving to the
// environment (read with getenv) what it sets.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

const usageText = `usage: verbatim [flags] [FILE|DIR|URL ...]
       verbatim eval --gold DIR [flags] [FILE|URL ...]

Finds quotes, speakers and attributions in news articles and writes them
as JSON, as text or as one HTML page to read in a browser. An input is a
file (plain text or HTML), a directory (its .html, .htm and .txt files),
JSON Lines of scraped pages ({"url": ..., "html": ...} or
{"url": ..., "text": ...} per line), a WARC or WARC.gz file (its HTML
responses), an http(s) URL, or "-" for standard input (the default).
Flags may come anywhere among the inputs; "--" ends them.
"verbatim eval -h" shows the flags of eval.

`

// terminal reports whether w is a terminal (a character device), where a
// progress line may be drawn.
func terminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// run is the whole command: it reads args (without the program name) and
// returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return command{stdin: stdin, stdout: stdout, stderr: stderr, isTerminal: terminal}.run(args)
}

// A command is one run of verbatim with its streams; isTerminal says
// whether to draw progress on stderr.
type command struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	isTerminal     func(io.Writer) bool
}

// options are the flags of the main command that are not about reading.
type options struct {
	format        string
	jobs          int
	htmlOffsets   bool
	minConfidence float64
	kinds         map[verbatim.Kind]bool
	version       bool
}

func (c command) run(args []string) int {
	if len(args) > 0 && args[0] == "eval" {
		return runEval(args[1:], c.stdin, c.stdout, c.stderr)
	}
	var (
		in    inputFlags
		o     options
		kinds string
	)
	fs := in.flagSet("verbatim", usageText, c.stderr)
	fs.StringVar(&o.format, "format", "", "output `format`: json, jsonl, text or html (default json for one document, jsonl for several)")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "parse on `n` workers; output stays in input order")
	fs.BoolVar(&o.htmlOffsets, "html-offsets", false, "give each quote of an HTML page its byte offsets in the page (\"html\": {start, end})")
	fs.Float64Var(&o.minConfidence, "min-confidence", 0, "keep only quotes attributed with confidence >= `c` (0 to 1; above 0 drops unattributed quotes)")
	fs.StringVar(&kinds, "kinds", "", "keep only quotes of these `kinds`, comma-separated: direct, partial, mixed, indirect")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	inputs, status, ok := parseFlags(fs, args, c.stdout)
	if !ok {
		return status
	}
	if o.version {
		fmt.Fprintln(c.stdout, versionString())
		return 0
	}
	r, err := in.reader()
	switch {
	case err != nil:
	case o.format != "" && o.format != "json" && o.format != "jsonl" && o.format != "text" && o.format != "html":
		err = fmt.Errorf("unknown format %q (want json, jsonl, text or html)", o.format)
	case o.jobs < 1:
		err = errors.New("-j must be at least 1")
	case o.minConfidence < 0 || o.minConfidence > 1 || math.IsNaN(o.minConfidence):
		err = errors.New("-min-confidence must be between 0 and 1")
	default:
		o.kinds, err = parseKinds(kinds)
	}
	if err != nil {
		return usageError(fs, c.stderr, err)
	}
	r.parser.HTMLOffsets = o.htmlOffsets
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	return c.process(r, inputs, &o)
}

// parseKinds reads the -kinds list; nil means every kind.
func parseKinds(list string) (map[verbatim.Kind]bool, error) {
	if strings.TrimSpace(list) == "" {
		return nil, nil
	}
	kinds := map[verbatim.Kind]bool{}
	for _, name := range strings.Split(list, ",") {
		var k verbatim.Kind
		if err := k.UnmarshalText([]byte(strings.TrimSpace(name))); err != nil {
			return nil, fmt.Errorf("-kinds: %w", err)
		}
		kinds[k] = true
	}
	return kinds, nil
}

// versionString is the module version from the build info ("(devel)"
// in a checkout), with the VCS revision when the build recorded one.
func versionString() string {
	v := "verbatim (unknown version)"
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	v = "verbatim " + bi.Main.Version
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if rev != "" {
		v += " (" + rev[:min(len(rev), 12)] + modified + ")"
	}
	return v + " " + bi.GoVersion
}

// reportError writes "verbatim: NAME: error" to stderr, without the
// library's own "verbatim: " prefix.
func reportError(stderr io.Writer, name string, err error) {
	fmt.Fprintf(stderr, "verbatim: %s: %s\n", name, strings.TrimPrefix(err.Error(), "verbatim: "))
}

// filterQuotes keeps the quotes of doc that pass -min-confidence and
// -kinds. Parent indices are renumbered; a quote whose parent was dropped
// points to its nearest kept ancestor, or to none.
func filterQuotes(doc *verbatim.Document, minConfidence float64, kinds map[verbatim.Kind]bool) {
	if minConfidence <= 0 && kinds == nil {
		return
	}
	keep := func(q verbatim.Quote) bool {
		if kinds != nil && !kinds[q.Kind] {
			return false
		}
		if minConfidence > 0 && (q.Attribution == nil || q.Attribution.Confidence < minConfidence) {
			return false
		}
		return true
	}
	newIndex := make([]int, len(doc.Quotes))
	kept := make([]verbatim.Quote, 0, len(doc.Quotes))
	for i, q := range doc.Quotes {
		newIndex[i] = -1
		if keep(q) {
			newIndex[i] = len(kept)
			kept = append(kept, q)
		}
	}
	for i := range kept {
		p := kept[i].Parent
		kept[i].Parent = nil
		for steps := 0; p != nil && *p >= 0 && *p < len(doc.Quotes) && steps < len(doc.Quotes); steps++ {
			if j := newIndex[*p]; j >= 0 {
				kept[i].Parent = &j
				break
			}
			p = doc.Quotes[*p].Parent
		}
	}
	doc.Quotes = kept
}

// depth is the nesting depth of q (0 for a top-level quote).
func depth(doc *verbatim.Document, q verbatim.Quote) int {
	d := 0
	for q.Parent != nil && *q.Parent >= 0 && *q.Parent < len(doc.Quotes) && d < len(doc.Quotes) {
		q = doc.Quotes[*q.Parent]
		d++
	}
	return d
}

// inputFlags are the flags that say how to read inputs, shared by the
// command and eval.
type inputFlags struct {
	html, text bool
	maxBytes   int
	timeout    time.Duration
}

// flagSet returns a command's flag set, with its usage text and the
// input flags; errors and usage go to stderr.
func (f *inputFlags) flagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	f.register(fs)
	return fs
}

// parseFlags parses args, flags and inputs mixed: an argument that is
// not a flag is an input, and "--" makes every argument after it an
// input. With -h or -help it prints the usage to stdout. When the command
// should stop (help, or a bad flag, reported with the usage on stderr) it
// returns the exit status and false.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) (inputs []string, status int, ok bool) {
	usage := fs.Usage
	fs.Usage = func() {} // printed below, on the right stream
	defer func() { fs.Usage = usage }()
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				out := fs.Output()
				fs.SetOutput(stdout)
				usage()
				fs.SetOutput(out)
				return nil, 0, false
			}
			usage()
			return nil, 2, false
		}
		rest := fs.Args()
		if consumed := args[:len(args)-len(rest)]; len(consumed) > 0 && consumed[len(consumed)-1] == "--" && !isFlagValue(fs, consumed) {
			return append(inputs, rest...), 0, true
		}
		if len(rest) == 0 {
			return inputs, 0, true
		}
		inputs = append(inputs, rest[0])
		args = rest[1:]
	}
}

// isFlagValue reports whether the last of the consumed arguments, "--",
// was the value of a flag ("-format --") rather than the end of flags.
func isFlagValue(fs *flag.FlagSet, consumed []string) bool {
	if len(consumed) < 2 {
		return false
	}
	prev := strings.TrimLeft(consumed[len(consumed)-2], "-")
	if prev == "" || strings.Contains(prev, "=") || !strings.HasPrefix(consumed[len(consumed)-2], "-") {
		return false
	}
	f := fs.Lookup(prev)
	if f == nil {
		return false
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return false
	}
	return true
}

// usageError reports a wrong use of the command named by fs, with its
// usage, and returns the exit status 2.
func usageError(fs *flag.FlagSet, stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "%s: %v\n", fs.Name(), err)
	fs.Usage()
	return 2
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.html, "html", false, "read every input as HTML")
	fs.BoolVar(&f.text, "text", false, "read every input as plain text")
	fs.IntVar(&f.maxBytes, "max-bytes", verbatim.DefaultMaxBytes, "refuse inputs longer than `n` bytes")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "time limit for fetching a URL, and for waiting on a FIFO or standard input that sends nothing")
}

// reader checks the flags and returns a reader for them.
func (f *inputFlags) reader() (*reader, error) {
	switch {
	case f.html && f.text:
		return nil, errors.New("-html and -text exclude each other")
	case f.maxBytes <= 0:
		return nil, errors.New("-max-bytes must be positive")
	case f.timeout <= 0:
		return nil, errors.New("-timeout must be positive")
	}
	r := newReader(f.maxBytes, f.timeout)
	switch {
	case f.html:
		r.mode = forceHTML
	case f.text:
		r.mode = forceText
	}
	return r, nil
}
