package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"
)

// reportName starts the report's first line (score.py writes "score.py").
const reportName = "verbatim eval"

// WriteReport writes the report score.py prints: the same lines, figures
// and layout, but for the program name on the first line and a warning
// in place of score.py's alignment note. With Options.Calibration the
// calibration figures follow.
func (s *Summary) WriteReport(w io.Writer) error {
	bw := bufio.NewWriter(w)
	h := s.Docs
	strict := " (not scored; --strict counts them)"
	if h.Strict {
		strict = " (counted as misses: --strict)"
	}
	fmt.Fprintf(bw, "%s: %d documents scored (gold folder %d, prediction lines %d); "+
		"%d gold without prediction%s, %d predictions without gold\n",
		reportName, h.Scored, h.Gold, h.Predicted, h.GoldWithoutPred, strict, h.PredWithoutGold)
	if h.TextDiffers > 0 {
		fmt.Fprintf(bw, "WARNING: text differs from gold in %d document(s): not scored "+
			"(no token alignment here; score.py has it)\n", h.TextDiffers)
	} else {
		fmt.Fprintf(bw, "text byte-identical to gold in all scored documents\n")
	}
	if m := s.All.MergedFragments; m > 0 {
		fmt.Fprintf(bw, "%d predicted fragments merged with others into one gold content (a group counts once)\n", m)
	}
	if h.NestedDropped > 0 {
		fmt.Fprintf(bw, "left out %d nested predicted quotes (have a parent; --keep-nested keeps them)\n", h.NestedDropped)
	}
	if h.BadOffsets > 0 {
		fmt.Fprintf(bw, "WARNING: %d predicted quotes where text[start:end] != quote text (contract)\n", h.BadOffsets)
	}
	for i, n := range s.notes {
		if i == 10 {
			break
		}
		fmt.Fprintf(bw, "note: %s\n", n)
	}
	fmt.Fprintf(bw, "\n%-22s %6s %6s %6s   %-5s  %-5s  %-5s\n", "", "gold", "pred", "tp", "P", "R", "F1")
	for _, sub := range s.subsets() {
		d := sub.d
		row := func(label string, x PRF) {
			fmt.Fprintf(bw, "%-22s %6d %6d %6d   %.3f  %.3f  %.3f\n", sub.name+" "+label, d.Gold, d.Pred, x.TP, x.P, x.R, x.F1)
		}
		row("content overlap", d.Overlap)
		row("content exact", d.Exact)
		row("source e2e", d.SourceE2E)
		row("cue e2e", d.CueE2E)
	}
	fmt.Fprintf(bw, "\naccuracy on matched content (overlap) pairs:\n")
	for _, sub := range s.subsets() {
		for _, a := range []struct {
			key string
			acc Accuracy
		}{{"source", sub.d.SourceAcc}, {"cue", sub.d.CueAcc}} {
			v := "  -  "
			if a.acc.N > 0 {
				v = fmt.Sprintf("%.3f", a.acc.Acc)
			}
			fmt.Fprintf(bw, "  %-6s %-6s %s (%d/%d)\n", sub.name, a.key, v, a.acc.Correct, a.acc.N)
		}
	}
	var parts []string
	for _, k := range s.All.RecallByKind {
		parts = append(parts, fmt.Sprintf("%s %.3f (%d/%d)", k.Kind, k.R, k.TP, k.Gold))
	}
	fmt.Fprintf(bw, "\nrecall by gold kind (all, overlap): %s\n", strings.Join(parts, ", "))
	parts = parts[:0]
	for _, k := range s.sortedKinds() {
		parts = append(parts, fmt.Sprintf("%s %d", k.Kind, k.N))
	}
	fmt.Fprintf(bw, "predicted kinds: %s\n", strings.Join(parts, ", "))
	if f := s.Speakers; f != nil {
		fmt.Fprintf(bw, "\nresolved speakers (%s): %d records, %d in scored docs, %d matched quotes (coverage %s)\n",
			s.speakersFile, f.Records, f.InScoredDocs, f.Matched, pyOptFloat(f.Coverage))
		fmt.Fprintf(bw, "  accuracy %s (%d/%d); without uncertain %s (%d/%d)\n",
			pyOptFloat(f.Acc), f.Correct, f.Matched, pyOptFloat(f.AccCertain), f.CorrectCertain, f.MatchedCertain)
	}
	if s.calibration {
		fmt.Fprintf(bw, "\ncalibration (matched pairs with a gold source; right = predicted mention overlaps gold source):\n")
		for _, sub := range s.subsets() {
			for i, b := range sub.d.Calibration {
				v := "  -  "
				if b.N > 0 {
					v = fmt.Sprintf("%.3f", b.Frac)
				}
				fmt.Fprintf(bw, "  %-6s %-17s %s (%d/%d)\n", sub.name, calLabels[i], v, b.Right, b.N)
			}
		}
	}
	return bw.Flush()
}

// calLabels names calBuckets in the report.
var calLabels = []string{"conf >= 0.8", "0.6 <= conf < 0.8", "conf < 0.6", "no attribution"}

type namedSubset struct {
	name string
	d    *Subset
}

func (s *Summary) subsets() []namedSubset {
	return []namedSubset{{"quotes", &s.Quotes}, {"all", &s.All}}
}

// WriteErrors lists the first n false negatives, false positives and
// source errors of the subset chosen by Options.ErrorsAll, in context, as
// score.py --errors does.
func (s *Summary) WriteErrors(w io.Writer, n int) error {
	bw := bufio.NewWriter(w)
	sub := s.errSubset
	fmt.Fprintf(bw, "\n=== first %d false negatives (%s: gold not matched) ===\n", n, sub)
	for _, e := range first(s.errs.fn, n) {
		fmt.Fprintf(bw, "- FN %s %s %s src=%s\n    %s\n", e.doc.name, e.g.id, e.g.kind, pyRepr(e.g.sourceText), e.doc.context(e.g.spans, 70))
	}
	fmt.Fprintf(bw, "\n=== first %d false positives (%s: prediction not matched) ===\n", n, sub)
	for _, e := range first(s.errs.fp, n) {
		fmt.Fprintf(bw, "- FP %s quote#%d %s mention=%s\n    %s\n", e.doc.name, e.p.index, e.p.kind, pyRepr(e.p.mentionText), e.doc.context(e.p.spans, 70))
	}
	fmt.Fprintf(bw, "\n=== first %d source errors (%s: content matched, mention misses gold source) ===\n", n, sub)
	for _, e := range first(s.errs.source, n) {
		ctx := e.doc.context(append(append([]span(nil), e.g.spans...), e.g.source...), 40)
		fmt.Fprintf(bw, "- SRC %s %s gold=%s pred=%s\n    %s\n", e.doc.name, e.g.id, pyRepr(e.g.sourceText), pyRepr(e.p.mentionText), ctx)
	}
	return bw.Flush()
}

func first[T any](a []T, n int) []T {
	if n < 0 {
		n = 0 // Python's a[:-k] is not wanted here
	}
	if n < len(a) {
		return a[:n]
	}
	return a
}

// context shows spans in their text: width bytes either side, the spans'
// hull in [[ ]], white space collapsed.
func (d *doc) context(spans []span, width int) string {
	if len(spans) == 0 {
		return ""
	}
	b := []byte(d.gtext)
	s, e := spans[0].start, spans[0].end
	for _, x := range spans[1:] {
		s, e = min(s, x.start), max(e, x.end)
	}
	left := decodeIgnore(pySlice(b, max(0, s-width), s))
	mid := decodeReplace(pySlice(b, s, e))
	right := decodeIgnore(pySlice(b, e, e+width))
	if n := utf8.RuneCountInString(mid); n > 240 {
		r := []rune(mid)
		mid = string(r[:160]) + " [...] " + string(r[n-60:])
	}
	return collapseSpace("..." + left + "[[" + mid + "]]" + right + "...")
}

// pySlice is Python's b[i:j] for i, j >= 0 or negative (from the end).
func pySlice(b []byte, i, j int) []byte {
	clamp := func(k int) int {
		if k < 0 {
			k += len(b)
		}
		return max(0, min(k, len(b)))
	}
	i, j = clamp(i), clamp(j)
	if i >= j {
		return nil
	}
	return b[i:j]
}

// WriteJSON writes the summary as score.py --json does: the same keys in
// the same order, indented by one space. "fallback" is always 0 (no
// alignment); "text_differs", the predictions left unscored because
// their text differs from the gold, appears only when there are some.
// With Options.Calibration, "calibration" holds each subset's buckets.
func (s *Summary) WriteJSON(w io.Writer) error {
	h := s.Docs
	docs := object{
		{"gold", h.Gold}, {"predicted", h.Predicted}, {"scored", h.Scored},
		{"gold_without_pred", h.GoldWithoutPred}, {"pred_without_gold", h.PredWithoutGold},
		{"strict", h.Strict}, {"fallback", 0}, {"fallback_coverage", nil},
		{"nested_dropped", h.NestedDropped}, {"bad_offsets", h.BadOffsets},
	}
	if h.TextDiffers > 0 {
		docs = append(docs, field{"text_differs", h.TextDiffers})
	}
	kinds := object{}
	for _, k := range s.PredKinds {
		kinds = append(kinds, field{k.Kind, k.N})
	}
	top := object{{"docs", docs}, {"quotes", s.Quotes.object()}, {"all", s.All.object()}, {"pred_kinds", kinds}}
	if f := s.Speakers; f != nil {
		top = append(top, field{"speakers", f.object()}, field{"speakers_file", s.speakersFile})
	}
	if s.calibration {
		cal := object{}
		for _, sub := range s.subsets() {
			o := object{}
			for _, b := range sub.d.Calibration {
				var frac any
				if b.N > 0 {
					frac = pyNum(b.Frac)
				}
				o = append(o, field{b.Bucket, object{{"n", b.N}, {"right", b.Right}, {"frac", frac}}})
			}
			cal = append(cal, field{sub.name, o})
		}
		top = append(top, field{"calibration", cal})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(top)
}

func (d *Subset) object() object {
	o := object{{"gold", d.Gold}, {"pred", d.Pred}, {"merged_fragments", d.MergedFragments}}
	for _, x := range []struct {
		key string
		v   PRF
	}{{"overlap", d.Overlap}, {"exact", d.Exact}, {"source_e2e", d.SourceE2E}, {"cue_e2e", d.CueE2E}} {
		o = append(o, field{x.key, object{{"tp", x.v.TP}, {"p", pyNum(x.v.P)}, {"r", pyNum(x.v.R)}, {"f1", pyNum(x.v.F1)}}})
	}
	for _, x := range []struct {
		key string
		v   Accuracy
	}{{"source_acc", d.SourceAcc}, {"cue_acc", d.CueAcc}} {
		var acc any
		if !math.IsNaN(x.v.Acc) {
			acc = pyNum(x.v.Acc)
		}
		o = append(o, field{x.key, object{{"n", x.v.N}, {"correct", x.v.Correct}, {"acc", acc}}})
	}
	rk := object{}
	for _, k := range d.RecallByKind {
		rk = append(rk, field{k.Kind, object{{"gold", k.Gold}, {"tp", k.TP}, {"r", pyNum(k.R)}}})
	}
	return append(o, field{"recall_by_kind", rk})
}

// object is a JSON object that keeps its keys in order.
type object []field

type field struct {
	key string
	val any
}

func (o object) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			buf.WriteByte(',')
		}
		for j, v := range []any{f.key, f.val} {
			if j == 1 {
				buf.WriteByte(':')
			}
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(v); err != nil {
				return nil, err
			}
			buf.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
		}
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// pyNum is a float written as Python's json module writes it ("1.0").
type pyNum float64

func (f pyNum) MarshalJSON() ([]byte, error) { return []byte(pyFloat(float64(f))), nil }

// pyOptFloat is Python's str() of a rounded float, "None" for NaN.
func pyOptFloat(x float64) string {
	if math.IsNaN(x) {
		return "None"
	}
	return pyFloat(x)
}

// WriteSpeakerErrors lists the first n speaker errors, as score.py does
// after the other errors.
func (s *Summary) WriteSpeakerErrors(w io.Writer, n int) error {
	if s.Speakers == nil || len(s.Speakers.Errors) == 0 {
		return nil
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "\n=== first %d speaker errors ===\n", n)
	for _, e := range first(s.Speakers.Errors, n) {
		fmt.Fprintf(bw, "- SPK %s %s gold=%s pred=%s  %s...\n", e.Doc, e.ID, pyRepr(e.Gold), pyRepr(e.Pred), pyStr(e.Quote))
	}
	return bw.Flush()
}

// object is score.py's speaker_eval result, keys in its order.
func (f *SpeakerFigures) object() object {
	errs := []object{}
	for _, e := range f.Errors {
		errs = append(errs, object{{"doc", e.Doc}, {"id", e.ID}, {"gold", e.Gold}, {"pred", e.Pred}, {"quote", e.Quote}})
	}
	num := func(x float64) any {
		if math.IsNaN(x) {
			return nil
		}
		return pyNum(x)
	}
	return object{
		{"records", f.Records}, {"in_scored_docs", f.InScoredDocs}, {"matched", f.Matched}, {"correct", f.Correct},
		{"matched_certain", f.MatchedCertain}, {"correct_certain", f.CorrectCertain}, {"errors", errs},
		{"acc", num(f.Acc)}, {"acc_certain", num(f.AccCertain)}, {"coverage", num(f.Coverage)},
	}
}
