// Command verbatim finds the quotes, speakers and attributions in news
// articles and writes them as JSON.
//
// Usage:
//
//	verbatim [flags] [FILE|URL ...]
//	verbatim eval --gold DIR [flags] [FILE|URL ...]
//
// Each input is a file, an http(s) URL, or "-" for standard input (the
// default when there is none). HTML input (a .html, .htm or .xhtml file,
// a page served as HTML, or content that looks like HTML) goes through
// the HTML reader; everything else is read as plain UTF-8 text, whose
// offsets then point into the input byte for byte. -html and -text force
// the choice. Flags come before the inputs.
//
// The output formats are
//
//	json   one indented Document per input (the default for one input)
//	jsonl  one Document per line, in input order (the default for several)
//	text   one line per quote, for people: speaker (or "?"), kind, cue, quote
//
// Scripts should name the format. The JSON shape is the project's output
// contract; Document.source is the input as given ("-" for standard
// input). An input that cannot be read or parsed is reported on standard
// error, naming it, and the others are still written; the exit status is
// then 1. Bad usage exits with status 2.
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
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/verbatim-go/verbatim"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usageText = `usage: verbatim [flags] [FILE|URL ...]
       verbatim eval --gold DIR [flags] [FILE|URL ...]

Finds quotes, speakers and attributions in news articles and writes them
as JSON. With no input, or "-", reads standard input. Flags go before the
inputs. "verbatim eval -h" shows the flags of eval.

`

// run is the whole command: it reads args (without the program name) and
// returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "eval" {
		return runEval(args[1:], stdin, stdout, stderr)
	}
	var in inputFlags
	fs := in.flagSet("verbatim", usageText, stderr)
	format := fs.String("format", "", "output `format`: json, jsonl or text (default json for one input, jsonl for several)")
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	r, err := in.reader()
	if err == nil && *format != "" && *format != "json" && *format != "jsonl" && *format != "text" {
		err = fmt.Errorf("unknown format %q (want json, jsonl or text)", *format)
	}
	if err != nil {
		return usageError(fs, stderr, err)
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if *format == "" {
		*format = "json"
		if len(inputs) > 1 {
			*format = "jsonl"
		}
	}

	w := bufio.NewWriter(stdout)
	status := 0
	for _, name := range inputs {
		doc, err := r.read(name, stdin)
		if err != nil {
			reportError(stderr, name, err)
			status = 1
			continue
		}
		doc.Source = name
		if err := writeDoc(w, *format, doc, len(inputs) > 1); err != nil {
			reportError(stderr, name, err)
			status = 1
			continue
		}
		// Flush after each document: output keeps pace with the inputs
		// and a write error is seen at once.
		if err := w.Flush(); err != nil {
			fmt.Fprintf(stderr, "verbatim: writing output: %v\n", err)
			return 1
		}
	}
	return status
}

// reportError writes "verbatim: NAME: error" to stderr, without the
// library's own "verbatim: " prefix.
func reportError(stderr io.Writer, name string, err error) {
	fmt.Fprintf(stderr, "verbatim: %s: %s\n", name, strings.TrimPrefix(err.Error(), "verbatim: "))
}

// writeDoc writes doc in format; header asks the text format to name the
// document first.
func writeDoc(w io.Writer, format string, doc *verbatim.Document, header bool) error {
	switch format {
	case "jsonl":
		b, err := json.Marshal(doc)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	case "text":
		return writeText(w, doc, header)
	default:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(doc)
	}
}

// writeText writes one line per quote: speaker, kind and cue, then the
// quote in Go string syntax (so that it stays on one line). Nested quotes
// are indented under their parent.
func writeText(w io.Writer, doc *verbatim.Document, header bool) error {
	bw := bufio.NewWriter(w)
	if header {
		fmt.Fprintf(bw, "== %s: %d quotes\n", doc.Source, len(doc.Quotes))
	} else if len(doc.Quotes) == 0 {
		fmt.Fprintln(bw, "(no quotes)")
	}
	for _, q := range doc.Quotes {
		speaker, cue := "?", ""
		if a := q.Attribution; a != nil {
			if a.Speaker >= 0 && a.Speaker < len(doc.Speakers) && doc.Speakers[a.Speaker].Name != "" {
				speaker = doc.Speakers[a.Speaker].Name
			} else if a.Mention.Text != "" {
				speaker = a.Mention.Text
			}
			if a.Cue != nil && a.Cue.Text != "" {
				cue = ", " + a.Cue.Text
			}
		}
		fmt.Fprintf(bw, "%s%s (%s%s): %s\n", strings.Repeat("  ", depth(doc, q)), speaker, q.Kind, cue, strconv.Quote(q.Text))
	}
	return bw.Flush()
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
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	f.register(fs)
	return fs
}

// parseFlags parses args; when the command should stop (-h, or a flag the
// set does not know, which the flag package has reported) it returns the
// exit status and false.
func parseFlags(fs *flag.FlagSet, args []string) (status int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	return 0, true
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
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "time limit for fetching a URL")
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
