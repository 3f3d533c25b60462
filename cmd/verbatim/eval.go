package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
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

// runEval is the eval subcommand.
func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var in inputFlags
	fs := in.flagSet("verbatim eval", evalUsage, stderr)
	gold := fs.String("gold", "", "gold folder (`DIR`/NAME.json per article); required")
	var preds listFlag
	fs.Var(&preds, "pred", "score this prediction `file` (JSON Lines) instead of parsing; repeatable")
	nErrors := fs.Int("errors", 0, "list the first `n` false negatives, false positives and source errors")
	subset := fs.String("errors-subset", "quotes", "`subset` the errors are listed for: quotes or all")
	jsonOut := fs.String("json", "", "write the figures as JSON to `file`")
	strict := fs.Bool("strict", false, "also score gold articles without a prediction")
	keepNested := fs.Bool("keep-nested", false, "keep predicted quotes that have a parent")
	calibration := fs.Bool("calibration", false, "also report source accuracy by attribution confidence (report and -json)")
	speakers := fs.String("speakers", "", "score resolved speakers against this speakers-*.json `file`")
	byMethod := fs.Bool("by-method", false, "also report each attribution method's quotes, matches, sources (and speakers)")
	var without listFlag
	fs.Var(&without, "without", "parse the gold texts with this `rule` switched off; repeatable (development)")
	inputs, status, ok := parseFlags(fs, args, stdout)
	if !ok {
		return status
	}
	r, err := in.reader()
	switch {
	case err != nil:
	case *gold == "":
		err = errors.New("eval needs -gold DIR")
	case len(preds) > 0 && len(inputs) > 0:
		err = errors.New("eval takes -pred files or inputs to parse, not both")
	case *nErrors < 0:
		err = errors.New("-errors must not be negative")
	case *subset != "quotes" && *subset != "all":
		err = fmt.Errorf("unknown -errors-subset %q (want quotes or all)", *subset)
	case len(without) > 0 && (len(preds) > 0 || len(inputs) > 0):
		err = errors.New("-without applies to the gold texts: give no -pred and no inputs")
	}
	if err != nil {
		return usageError(fs, stderr, err)
	}

	golds, err := score.LoadGold(*gold)
	if err != nil {
		fmt.Fprintf(stderr, "verbatim eval: %v\n", err)
		return 1
	}
	var spk *score.SpeakerGold
	if *speakers != "" {
		if spk, err = score.LoadSpeakers(*speakers); err != nil {
			fmt.Fprintf(stderr, "verbatim eval: %v\n", err)
			return 1
		}
	}
	ctx := devrules.Without(context.Background(), without...)
	status = 0
	fail := func(name string, err error) {
		reportError(stderr, name, err)
		status = 1
	}
	add := func(ps *score.Predictions, name string, doc *verbatim.Document) {
		b, err := json.Marshal(doc)
		if err == nil {
			err = ps.Add(b)
		}
		if err != nil {
			fail(name, err)
		}
	}
	ps := score.NewPredictions(golds)
	switch {
	case len(preds) > 0:
		for _, path := range preds {
			if err := readPredictions(ps, path); err != nil {
				fmt.Fprintf(stderr, "verbatim eval: %v\n", err)
				return 1
			}
		}
	case len(inputs) > 0:
		for _, name := range inputs {
			doc, err := r.read(name, stdin)
			if err != nil {
				fail(name, err)
				continue
			}
			doc.Source = name
			add(ps, name, doc)
		}
	default:
		for _, g := range golds {
			doc, err := r.parser.ParseTextContext(ctx, g.Text)
			if err != nil {
				if len(without) > 0 {
					fmt.Fprintf(stderr, "verbatim eval: %v\n", err)
					return 2
				}
				fail(g.Name, err)
				continue
			}
			doc.Source = g.Name
			add(ps, g.Name, doc)
		}
	}

	sum := score.Score(golds, ps, score.Options{Strict: *strict, KeepNested: *keepNested,
		ErrorsAll: *subset == "all", Calibration: *calibration, Speakers: spk})
	w := bufio.NewWriter(stdout)
	err = sum.WriteReport(w)
	if err == nil && *byMethod {
		err = sum.WriteByMethod(w)
	}
	if err == nil && *nErrors > 0 {
		err = sum.WriteErrors(w, *nErrors)
	}
	if err == nil && *nErrors > 0 {
		err = sum.WriteSpeakerErrors(w, *nErrors)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "verbatim eval: writing report: %v\n", err)
		return 1
	}
	if *jsonOut != "" {
		if err := writeJSONFile(*jsonOut, sum); err != nil {
			fmt.Fprintf(stderr, "verbatim eval: %v\n", err)
			return 1
		}
	}
	return status
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
