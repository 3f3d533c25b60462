package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/verbatim-go/verbatim"
)

// A slot carries one item from the reader, through a worker, to the
// output; done is closed when the worker is through with it.
type slot struct {
	it   *item
	doc  *verbatim.Document
	size int
	err  error
	done chan struct{}
}

// process reads, parses and writes every input: one goroutine expands
// the inputs into items, o.jobs workers parse them, and this goroutine
// writes the results in input order. At most 2×jobs items are in flight,
// which bounds memory. A bad document is reported on stderr and the run
// goes on; the exit status is then 1.
func (c command) process(r *reader, inputs []string, o *options) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	order := make(chan *slot, 2*o.jobs)
	work := make(chan *slot)
	go func() {
		defer close(order)
		defer close(work)
		r.expand(inputs, c.stdin, func(it *item) bool {
			s := &slot{it: it, done: make(chan struct{})}
			select {
			case order <- s:
			case <-ctx.Done():
				return false
			}
			select {
			case work <- s:
				return true
			case <-ctx.Done():
				s.err = ctx.Err()
				close(s.done)
				return false
			}
		})
	}()
	for range o.jobs {
		go func() {
			for s := range work {
				s.doc, s.size, s.err = parseItem(ctx, r, s.it)
				s.it.data = nil // written out later; the bytes are no longer needed
				close(s.done)
			}
		}()
	}

	out := newOutput(c.stdout, o, len(inputs) > 1)
	prog := &progress{w: c.stderr, on: c.isTerminal(c.stderr), start: time.Now()}
	status := 0
	broken := false
	for s := range order {
		<-s.done
		if broken {
			continue
		}
		if s.err != nil {
			prog.clear()
			reportError(c.stderr, s.it.label(), s.err)
			prog.add(s.size, 0, true)
			status = 1
			continue
		}
		s.doc.Source = s.it.name
		filterQuotes(s.doc, o.minConfidence, o.kinds)
		if err := out.write(s.doc, s.it.batch); err != nil {
			prog.clear()
			fmt.Fprintf(c.stderr, "verbatim: writing output: %v\n", err)
			status, broken = 1, true
			cancel()
			continue
		}
		prog.add(s.size, len(s.doc.Quotes), false)
	}
	if !broken {
		if err := out.close(); err != nil {
			prog.clear()
			fmt.Fprintf(c.stderr, "verbatim: writing output: %v\n", err)
			status = 1
		}
	}
	prog.finish()
	return status
}

// parseItem parses one item, turning a panic of the parser into an error
// so that one bad document never stops a batch.
func parseItem(ctx context.Context, r *reader, it *item) (doc *verbatim.Document, size int, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("internal error (please report it): %v", p)
		}
	}()
	return r.parse(ctx, it)
}

// An output writes documents in one format. The JSON format writes one
// object for a single document and one array for several; jsonl one
// document per line; text one line per quote; html one page.
type output struct {
	w       *bufio.Writer
	o       *options
	format  string
	several bool // several inputs were given
	started bool
	multi   bool // decided at the first document
	n       int
	view    *viewWriter
}

func newOutput(w io.Writer, o *options, several bool) *output {
	return &output{w: bufio.NewWriter(w), o: o, format: o.format, several: several}
}

// write writes one document; batch says that it came from an input that
// holds several.
func (out *output) write(doc *verbatim.Document, batch bool) error {
	if !out.started {
		out.started = true
		out.multi = out.several || batch
		if out.format == "" {
			out.format = "json"
			if out.multi {
				out.format = "jsonl"
			}
		}
		if err := out.begin(); err != nil {
			return err
		}
	}
	out.n++
	var err error
	switch out.format {
	case "jsonl":
		var b []byte
		if b, err = json.Marshal(doc); err == nil {
			_, err = fmt.Fprintf(out.w, "%s\n", b)
		}
	case "json":
		if out.multi {
			sep := ",\n"
			if out.n == 1 {
				sep = "\n"
			}
			out.w.WriteString(sep)
		}
		err = writeIndented(out.w, doc, out.multi)
	case "text":
		err = writeText(out.w, doc, out.multi)
	case "html":
		err = out.view.article(doc)
	}
	if err != nil {
		return err
	}
	// Flush after each document: output keeps pace with the inputs and
	// a write error is seen at once.
	return out.w.Flush()
}

func (out *output) begin() error {
	switch {
	case out.format == "json" && out.multi:
		_, err := out.w.WriteString("[")
		return err
	case out.format == "html":
		out.view = newViewWriter(out.w)
		return out.view.begin()
	}
	return nil
}

// close ends the output: the JSON array's bracket, the page's end. With
// no document at all, several inputs still give an empty array or page.
func (out *output) close() error {
	if !out.started && out.several && (out.format == "json" || out.format == "html") {
		out.started, out.multi = true, true
		if err := out.begin(); err != nil {
			return err
		}
	}
	if out.started {
		switch {
		case out.format == "json" && out.multi:
			if out.n > 0 {
				out.w.WriteString("\n")
			}
			out.w.WriteString("]\n")
		case out.format == "html":
			if err := out.view.end(); err != nil {
				return err
			}
		}
	}
	return out.w.Flush()
}

// writeIndented writes doc as indented JSON; inside an array its lines
// are indented one more step.
func writeIndented(w io.Writer, doc *verbatim.Document, inArray bool) error {
	prefix, end := "", "\n"
	if inArray {
		prefix, end = "  ", ""
		if _, err := io.WriteString(w, prefix); err != nil {
			return err
		}
	}
	b, err := json.MarshalIndent(doc, prefix, "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s%s", b, end)
	return err
}

// writeText writes one line per quote: speaker, kind, cue and
// confidence, then the quote between typographic quotation marks, its
// line breaks and control characters shown as spaces so that it stays on
// one line. Nested quotes are indented under their parent. header asks
// to name the document first.
func writeText(w io.Writer, doc *verbatim.Document, header bool) error {
	bw := bufio.NewWriter(w)
	if header {
		fmt.Fprintf(bw, "== %s: %d quotes\n", doc.Source, len(doc.Quotes))
	} else if len(doc.Quotes) == 0 {
		fmt.Fprintln(bw, "(no quotes)")
	}
	for _, q := range doc.Quotes {
		speaker, details := "?", ""
		if a := q.Attribution; a != nil {
			speaker = speakerName(doc, q)
			if a.Cue != nil && a.Cue.Text != "" {
				details += ", " + oneLine(a.Cue.Text)
			}
			details += ", " + strconv.FormatFloat(a.Confidence, 'f', 2, 64)
		}
		fmt.Fprintf(bw, "%s%s (%s%s): “%s”\n", strings.Repeat("  ", depth(doc, q)), oneLine(speaker), q.Kind, details, oneLine(q.Text))
	}
	return bw.Flush()
}

// speakerName is the name of a quote's speaker, else its mention as
// written.
func speakerName(doc *verbatim.Document, q verbatim.Quote) string {
	if sp := doc.SpeakerOf(q); sp != nil && sp.Name != "" {
		return sp.Name
	}
	if a := q.Attribution; a != nil && a.Mention.Text != "" {
		return a.Mention.Text
	}
	return "?"
}

// oneLine replaces line breaks, tabs and other control or invisible
// format characters by spaces, collapsing runs of them.
func oneLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Zl, r) || unicode.Is(unicode.Zp, r) || r == '\u2028' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = r == ' '
		b.WriteRune(r)
	}
	return b.String()
}

// progress draws one line on stderr, when it is a terminal: documents
// done, input MB/s, quotes and errors. It is redrawn at most four times
// a second and ended with a newline.
type progress struct {
	w                    io.Writer
	on                   bool
	start, last          time.Time
	docs, quotes, errors int
	bytes                int64
	drawn                bool
}

func (p *progress) add(size, quotes int, failed bool) {
	p.docs++
	p.bytes += int64(size)
	p.quotes += quotes
	if failed {
		p.errors++
	}
	if p.on && time.Since(p.last) >= 250*time.Millisecond {
		p.draw()
	}
}

func (p *progress) draw() {
	p.last = time.Now()
	secs := max(p.last.Sub(p.start).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r\x1b[Kverbatim: %d documents, %.1f MB/s, %d quotes, %d errors", p.docs, float64(p.bytes)/1e6/secs, p.quotes, p.errors)
	p.drawn = true
}

// clear erases the line before an error message is written.
func (p *progress) clear() {
	if p.on && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

func (p *progress) finish() {
	if p.on {
		p.draw()
		fmt.Fprintln(p.w)
	}
}
