package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/internal/devrules"
	"github.com/verbatim-go/verbatim/internal/score"
)

const evalUsage = `usage: verbatim eval --gold DIR [flags] [FILE|URL ...]

Scores verbatim against a PolNeAR-style gold folder (NAME.json per
article) and prints the report of shared/tools/score.py. With no FILE it
parses every gold article's "text"; with FILEs it parses those instead,
matched to the gold by base name without extension; with -pred it scores
saved predictions (JSON Lines, as "verbatim --format=jsonl" writes them).
With -calibration it also reports, for matched quotes whose gold has a
source, how often the predicted mention is right at each level of
attribution confidence. With -speakers it scores resolved speakers
against a speakers-*.json file (score.py --speakers). With -by-method
it adds a table of each attribution method's quotes: how many were
predicted, matched gold, had the right source (and speaker). With
-without RULE (repeatable; development only) it parses the gold texts
with that rule of the pipeline's tables switched off, to measure what
the rule is worth.

`

// listFlag collects a repeated string flag.
type listFlag []string

func (l *listFlag) String() string     { return fmt.Sprint(*l) }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// evalFlags are the flags of the eval subcommand.
type evalFlags struct {
	in                                        inputFlags
	gold, subset, jsonOut, speakers           string
	preds, without                            listFlag
	nErrors                                   int
	strict, keepNested, calibration, byMethod bool
}

// flagSet declares the flags of eval.
func (e *evalFlags) flagSet(stderr io.Writer) *flag.FlagSet {
	fs := e.in.flagSet("verbatim eval", evalUsage, stderr)
	fs.StringVar(&e.gold, "gold", "", "gold folder (`DIR`/NAME.json per article); required")
	fs.Var(&e.preds, "pred", "score this prediction `file` (JSON Lines) instead of parsing; repeatable")
	fs.IntVar(&e.nErrors, "errors", 0, "list the first `n` false negatives, false positives and source errors")
	fs.StringVar(&e.subset, "errors-subset", "quotes", "`subset` the errors are listed for: quotes or all")
	fs.StringVar(&e.jsonOut, "json", "", "write the figures as JSON to `file`")
	fs.BoolVar(&e.strict, "strict", false, "also score gold articles without a prediction")
	fs.BoolVar(&e.keepNested, "keep-nested", false, "keep predicted quotes that have a parent")
	fs.BoolVar(&e.calibration, "calibration", false, "also report source accuracy by attribution confidence (report and -json)")
	fs.StringVar(&e.speakers, "speakers", "", "score resolved speakers against this speakers-*.json `file`")
	fs.BoolVar(&e.byMethod, "by-method", false, "also report each attribution method's quotes, matches, sources (and speakers)")
	fs.Var(&e.without, "without", "parse the gold texts with this `rule` switched off; repeatable (development)")
	return fs
}

// check reports flags that do not go together.
func (e *evalFlags) check(inputs []string) error {
	switch {
	case e.gold == "":
		return errors.New("eval needs -gold DIR")
	case len(e.preds) > 0 && len(inputs) > 0:
		return errors.New("eval takes -pred files or inputs to parse, not both")
	case e.nErrors < 0:
		return errors.New("-errors must not be negative")
	case e.subset != "quotes" && e.subset != "all":
		return fmt.Errorf("unknown -errors-subset %q (want quotes or all)", e.subset)
	case len(e.without) > 0 && (len(e.preds) > 0 || len(inputs) > 0):
		return errors.New("-without applies to the gold texts: give no -pred and no inputs")
	}
	return nil
}

// runEval is the eval subcommand.
func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var e evalFlags
	fs := e.flagSet(stderr)
	inputs, status, ok := parseFlags(fs, args, stdout)
	if !ok {
		return status
	}
	r, err := e.in.reader()
	if err == nil {
		err = e.check(inputs)
	}
	if err != nil {
		return usageError(fs, stderr, err)
	}
	golds, err := score.LoadGold(e.gold)
	if err != nil {
		fmt.Fprintf(stderr, "verbatim eval: %v\n", err)
		return 1
	}
	var spk *score.SpeakerGold
	if e.speakers != "" {
		if spk, err = score.LoadSpeakers(e.speakers); err != nil {
			fmt.Fprintf(stderr, "verbatim eval: %v\n", err)
			return 1
		}
	}
	ps, status, ok := e.predictions(golds, inputs, r, stdin, stderr)
	if !ok {
		return status
	}
	sum := score.Score(golds, ps, score.Options{Strict: e.strict, KeepNested: e.keepNested,
		ErrorsAll: e.subset == "all", Calibration: e.calibration, Speakers: spk})
	if err := e.report(stdout, sum); err != nil {
		fmt.Fprintf(stderr, "verbatim eval: %v\n", err)
		return 1
	}
	return status
}

// predictions reads the -pred files, or parses the inputs, or else the
// gold texts (with the -without rules off). Its status is 1 when an
// input failed; ok is false when the run cannot go on, with the exit
// status to give.
func (e *evalFlags) predictions(golds []score.Gold, inputs []string, r *reader, stdin io.Reader, stderr io.Writer) (ps *score.Predictions, status int, ok bool) {
	fail := func(name string, err error) {
		reportError(stderr, name, err)
		status = 1
	}
	ps = score.NewPredictions(golds)
	add := func(name string, doc *verbatim.Document) {
		doc.Source = name
		b, err := json.Marshal(doc)
		if err == nil {
			err = ps.Add(b)
		}
		if err != nil {
			fail(name, err)
		}
	}
	switch {
	case len(e.preds) > 0:
		for _, path := range e.preds {
			if err := readPredictions(ps, path); err != nil {
				fmt.Fprintf(stderr, "verbatim eval: %v\n", err)
				return ps, 1, false
			}
		}
	case len(inputs) > 0:
		for _, name := range inputs {
			doc, err := r.read(name, stdin)
			if err != nil {
				fail(name, err)
				continue
			}
			add(name, doc)
		}
	default:
		ctx := devrules.Without(context.Background(), e.without...)
		// the rule names are checked before any text is read: an empty
		// parse fails only for a rule in no table
		if _, err := r.parser.ParseTextContext(ctx, ""); err != nil {
			fmt.Fprintf(stderr, "verbatim eval: %v\n", err)
			return ps, 2, false
		}
		for _, g := range golds {
			doc, err := r.parser.ParseTextContext(ctx, g.Text)
			if err != nil {
				fail(g.Name, err)
				continue
			}
			add(g.Name, doc)
		}
	}
	return ps, status, true
}

// report writes the report, the tables and errors asked for, and the
// JSON summary.
func (e *evalFlags) report(stdout io.Writer, sum *score.Summary) error {
	w := bufio.NewWriter(stdout)
	err := sum.WriteReport(w)
	if err == nil && e.byMethod {
		err = sum.WriteByMethod(w)
	}
	if err == nil && e.nErrors > 0 {
		err = sum.WriteErrors(w, e.nErrors)
	}
	if err == nil && e.nErrors > 0 {
		err = sum.WriteSpeakerErrors(w, e.nErrors)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	if e.jsonOut != "" {
		return writeJSONFile(e.jsonOut, sum)
	}
	return nil
}

func readPredictions(ps *score.Predictions, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := ps.ReadJSONL(f, path); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func writeJSONFile(path string, sum *score.Summary) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := sum.WriteJSON(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
