// Package score scores verbatim's quotes against a PolNeAR-style gold
// folder. It is a port of shared/tools/score.py and gives the same
// figures, report and error listings, so that `verbatim eval` can score
// without Python.
//
// One part of score.py is left out: when a prediction's text differs from
// the gold text, score.py carries its spans over by aligning token
// sequences (difflib). verbatim's Document.Text is byte-identical to
// plain-text input, so scoring gold texts never needs it; a prediction
// whose text differs is not scored here, and the report says so.
package score

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
)

// Options change what Score counts. The zero value matches score.py's
// defaults.
type Options struct {
	// Strict also scores every gold article without a prediction, all
	// its gold counted as misses (score.py --strict).
	Strict bool
	// KeepNested keeps predicted quotes that have a parent; by default
	// they are left out, since the gold never has nested quotes
	// (score.py --keep-nested).
	KeepNested bool
	// ErrorsAll lists errors of the "all" subset rather than of the
	// "quotes" subset (score.py --errors-subset all).
	ErrorsAll bool
	// Calibration adds each subset's Calibration to the report and the
	// JSON summary (score.py has no such figures).
	Calibration bool
	// Speakers, when set, scores resolved speakers against these records
	// (score.py --speakers); see LoadSpeakers.
	Speakers *SpeakerGold
}

// Gold and predicted kinds in the "quotes" subset.
var (
	quoteKindsGold = map[string]bool{"direct": true, "mixed": true}
	quoteKindsPred = map[string]bool{"direct": true, "partial": true, "mixed": true}
	goldKinds      = []string{"direct", "mixed", "indirect"}
	// calBuckets names the calibration buckets, most confident first.
	calBuckets = []string{">=0.8", "0.6-0.8", "<0.6", "none"}
)

// A Summary holds the figures of one scoring run, as score.py's --json
// summary does.
type Summary struct {
	Docs DocCounts
	// Quotes compares gold direct and mixed attributions with predicted
	// direct, partial and mixed quotes; All compares every attribution
	// with every quote.
	Quotes, All Subset
	// PredKinds counts the scored predicted quotes by kind, in order of
	// first appearance.
	PredKinds []KindCount

	// Speakers holds the resolved-speaker figures, when
	// Options.Speakers was set.
	Speakers *SpeakerFigures
	// Methods counts the scored predicted quotes by attribution method
	// (subset "all"), in order of first appearance.
	Methods []MethodCount

	methodIdx    map[string]int
	speakersFile string
	notes        []string
	calibration  bool
	errSubset    string
	errs         errorLists
}

// DocCounts counts the documents of a scoring run.
type DocCounts struct {
	Gold, Predicted, Scored   int
	GoldWithoutPred           int
	PredWithoutGold           int
	Strict                    bool
	NestedDropped, BadOffsets int
	TextDiffers               int // predictions left unscored: text differs from gold
}

// A Subset holds the figures of one subset ("quotes" or "all").
type Subset struct {
	Gold, Pred, MergedFragments int
	Overlap, Exact              PRF
	SourceE2E, CueE2E           PRF
	SourceAcc, CueAcc           Accuracy
	// RecallByKind lists direct, mixed and indirect, those with gold.
	RecallByKind []KindRecall
	// Calibration splits the matched pairs whose gold has a source by
	// the attribution confidence of the pair's first predicted fragment,
	// one bucket for each of calBuckets.
	Calibration []CalBucket
}

// PRF is precision, recall and F1, rounded to four decimals.
type PRF struct {
	TP       int
	P, R, F1 float64
}

// Accuracy is the share of N matched pairs that were right; Acc is NaN
// when N is 0.
type Accuracy struct {
	N, Correct int
	Acc        float64
}

// KindRecall is the content-overlap recall of one gold kind.
type KindRecall struct {
	Kind     string
	Gold, TP int
	R        float64
}

// A CalBucket counts the matched pairs of one confidence bucket and
// those whose predicted mention overlaps the gold source.
type CalBucket struct {
	// Bucket is ">=0.8", "0.6-0.8", "<0.6" (with an attribution) or
	// "none" (no attribution).
	Bucket   string
	N, Right int
	// Frac is Right/N to three decimals, NaN when N is 0.
	Frac float64
}

// KindCount counts predicted quotes of one kind.
type KindCount struct {
	Kind string
	N    int
}

type counts struct {
	gold, pred, merged, overlapTP, exactTP, sourceE2E, cueE2E int
	sourceN, sourceOK, cueN, cueOK                            int
	kindGold, kindTP                                          map[string]int
	calN, calRight                                            [4]int // by calBuckets
}

func newCounts() *counts {
	return &counts{kindGold: map[string]int{}, kindTP: map[string]int{}}
}

type errorLists struct {
	fn     []docItem
	fp     []docQuote
	source []docPair
}

type docItem struct {
	doc *doc
	g   *goldItem
}

type docQuote struct {
	doc *doc
	p   *predQuote
}

type docPair struct {
	doc *doc
	g   *goldItem
	p   *predQuote
}

// doc is a gold article with its prediction.
type doc struct {
	name  string
	gtext string
	G     []*goldItem
	P     []*predQuote
}

// Score matches the predictions to the gold articles and counts, article
// by article in name order. Articles are scored when both gold and
// prediction exist (with Options.Strict, every gold article).
func Score(golds []Gold, preds *Predictions, opt Options) *Summary {
	s := &Summary{errSubset: "quotes", calibration: opt.Calibration}
	if opt.ErrorsAll {
		s.errSubset = "all"
	}
	s.notes = append(s.notes, preds.notes...)
	cq, ca := newCounts(), newCounts()
	kinds := map[string]int{}
	goldNames := map[string]bool{}
	golds = append([]Gold(nil), golds...)
	sort.SliceStable(golds, func(i, j int) bool { return golds[i].Name < golds[j].Name })
	for _, g := range golds {
		goldNames[g.Name] = true
		pd := preds.docs[g.Name]
		if pd == nil {
			s.Docs.GoldWithoutPred++
			if !opt.Strict {
				continue
			}
		}
		d := newDoc(g, pd, opt.KeepNested, s)
		if d == nil {
			continue
		}
		s.Docs.Scored++
		for _, p := range d.P {
			if _, ok := kinds[p.kind]; !ok {
				s.PredKinds = append(s.PredKinds, KindCount{Kind: p.kind})
			}
			kinds[p.kind]++
		}
		var Gq []*goldItem
		for _, g := range d.G {
			if quoteKindsGold[g.kind] {
				Gq = append(Gq, g)
			}
		}
		var Pq []*predQuote
		for _, p := range d.P {
			if quoteKindsPred[p.kind] {
				Pq = append(Pq, p)
			}
		}
		s.scoreSubset(d, Gq, Pq, cq, !opt.ErrorsAll)
		gm := s.scoreSubset(d, d.G, d.P, ca, opt.ErrorsAll)
		s.byMethod(d, gm, opt.Speakers)
		if opt.Speakers != nil {
			s.scoreSpeakers(d, gm, opt.Speakers)
		}
	}
	for i := range s.PredKinds {
		s.PredKinds[i].N = kinds[s.PredKinds[i].Kind]
	}
	s.Docs.Gold = len(golds)
	s.Docs.Predicted = len(preds.docs)
	for name := range preds.docs {
		if !goldNames[name] {
			s.Docs.PredWithoutGold++
		}
	}
	s.Docs.Strict = opt.Strict
	s.Quotes = summarise(cq)
	s.All = summarise(ca)
	if opt.Speakers != nil {
		if s.Speakers == nil {
			s.Speakers = &SpeakerFigures{}
		}
		s.Speakers.finish(len(opt.Speakers.records))
		s.speakersFile = opt.Speakers.File
	}
	return s
}

// newDoc prepares a gold article and its prediction (nil for none) for
// matching, as score.py's Doc does. It returns nil, with a note, when the
// prediction's text differs from the gold text.
func newDoc(g Gold, pred map[string]any, keepNested bool, s *Summary) *doc {
	d := &doc{name: g.Name, gtext: g.Text}
	if pred != nil {
		if t, ok := pred["text"].(string); !ok || t != g.Text {
			s.Docs.TextDiffers++
			if !ok {
				s.notes = append(s.notes, fmt.Sprintf("%s: prediction has no text; its spans cannot be placed", g.Name))
			}
			return nil
		}
	}
	gtok := tokenize(g.Text)
	for _, a := range g.attributions {
		gi := &goldItem{id: rawString(a.ID), kind: a.Kind, source: a.Source.spans(), cue: a.Cue.spans(), sourceText: a.Source.text()}
		for _, c := range a.Content {
			gi.spans = append(gi.spans, span{deref(c.Start), deref(c.End)})
			text := ""
			if c.Text != nil {
				text = *c.Text
			}
			if n := normText(text); n != "" {
				gi.norm = append(gi.norm, n)
			}
		}
		gi.toks = gtok.words(gi.spans)
		d.G = append(d.G, gi)
	}
	if pred == nil {
		return d
	}
	ptext := []byte(g.Text)
	quotes, _ := pred["quotes"].([]any)
	for qi, q := range quotes {
		p, err := decodeQuote(qi, q, ptext, gtok, keepNested, &s.Docs.NestedDropped, &s.Docs.BadOffsets)
		if err != nil {
			s.notes = append(s.notes, fmt.Sprintf("%s: quote %d malformed (%v); skipped", g.Name, qi, err))
			continue
		}
		if p != nil {
			p.speaker = speakerOf(pred["speakers"], p.speakerIdx)
			d.P = append(d.P, p)
		}
	}
	return d
}

// rawString is Python's str() of a raw JSON value.
func rawString(raw json.RawMessage) string {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s
	}
	return string(raw)
}

func (s *Summary) scoreSubset(d *doc, G []*goldItem, P []*predQuote, c *counts, wantErrors bool) []pair {
	gm := match(G, P, false)
	em := match(G, P, true)
	merged := 0
	matched := map[int]bool{}
	matchedP := map[int]bool{}
	for _, m := range gm {
		merged += len(m.grp) - 1
		matched[m.gi] = true
		for _, i := range m.grp {
			matchedP[i] = true
		}
	}
	c.gold += len(G)
	c.pred += len(P) - merged
	c.merged += merged
	c.overlapTP += len(gm)
	c.exactTP += len(em)
	for gi, g := range G {
		k := g.kind
		if k != "direct" && k != "mixed" {
			k = "indirect"
		}
		c.kindGold[k]++
		if matched[gi] {
			c.kindTP[k]++
		}
	}
	for _, m := range gm {
		g := G[m.gi]
		srcOK := agrees(m.grp, g.source, func(i int) []span { return P[i].mention })
		cueOK := agrees(m.grp, g.cue, func(i int) []span { return P[i].cue })
		c.sourceE2E += b2i(srcOK)
		c.cueE2E += b2i(cueOK)
		if len(g.source) > 0 {
			c.sourceN++
			c.sourceOK += b2i(srcOK)
			p := P[m.grp[0]]
			b := calBucket(p)
			c.calN[b]++
			c.calRight[b] += b2i(overlaps(p.mention, g.source))
		}
		if len(g.cue) > 0 {
			c.cueN++
			c.cueOK += b2i(cueOK)
		}
		if wantErrors && !srcOK {
			s.errs.source = append(s.errs.source, docPair{d, g, P[m.grp[0]]})
		}
	}
	if wantErrors {
		for gi, g := range G {
			if !matched[gi] {
				s.errs.fn = append(s.errs.fn, docItem{d, g})
			}
		}
		for pi, p := range P {
			if !matchedP[pi] {
				s.errs.fp = append(s.errs.fp, docQuote{d, p})
			}
		}
	}
	return gm
}

func summarise(c *counts) Subset {
	out := Subset{Gold: c.gold, Pred: c.pred, MergedFragments: c.merged}
	out.Overlap = prf(c.overlapTP, c.pred, c.gold)
	out.Exact = prf(c.exactTP, c.pred, c.gold)
	out.SourceE2E = prf(c.sourceE2E, c.pred, c.gold)
	out.CueE2E = prf(c.cueE2E, c.pred, c.gold)
	out.SourceAcc = accuracy(c.sourceOK, c.sourceN)
	out.CueAcc = accuracy(c.cueOK, c.cueN)
	for _, k := range goldKinds {
		if n := c.kindGold[k]; n > 0 {
			out.RecallByKind = append(out.RecallByKind, KindRecall{k, n, c.kindTP[k], round4(float64(c.kindTP[k]) / float64(n))})
		}
	}
	for i, b := range calBuckets {
		cb := CalBucket{Bucket: b, N: c.calN[i], Right: c.calRight[i], Frac: math.NaN()}
		if cb.N > 0 {
			cb.Frac = round(float64(cb.Right)/float64(cb.N), 3)
		}
		out.Calibration = append(out.Calibration, cb)
	}
	return out
}

// calBucket is the index in calBuckets of a prediction's confidence.
func calBucket(p *predQuote) int {
	switch {
	case p.confidence >= 0.8:
		return 0
	case p.confidence >= 0.6:
		return 1
	case p.attributed:
		return 2
	}
	return 3
}

func prf(tp, npred, ngold int) PRF {
	var p, r, f float64
	if npred > 0 {
		p = float64(tp) / float64(npred)
	}
	if ngold > 0 {
		r = float64(tp) / float64(ngold)
	}
	if p+r != 0 {
		f = float64(2*p*r) / float64(p+r)
	}
	return PRF{TP: tp, P: round4(p), R: round4(r), F1: round4(f)}
}

func accuracy(ok, n int) Accuracy {
	a := Accuracy{N: n, Correct: ok, Acc: math.NaN()}
	if n > 0 {
		a.Acc = round4(float64(ok) / float64(n))
	}
	return a
}

// round4 is Python's round(x, 4): the nearest four-decimal value, ties
// to even, both computed exactly.
func round4(x float64) float64 { return round(x, 4) }

// round is Python's round(x, n).
func round(x float64, n int) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
	return f
}

// sortedKinds returns the predicted kinds sorted by name.
func (s *Summary) sortedKinds() []KindCount {
	out := append([]KindCount(nil), s.PredKinds...)
	sort.Slice(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out
}

// agrees reports whether a matched group of predictions agrees with a
// gold role (source or cue), read from each prediction by of: some
// prediction's span overlaps it, or, where the gold has none, no
// prediction has one either.
func agrees(grp []int, gold []span, of func(int) []span) bool {
	if len(gold) == 0 {
		for _, i := range grp {
			if len(of(i)) > 0 {
				return false
			}
		}
		return true
	}
	for _, i := range grp {
		if overlaps(of(i), gold) {
			return true
		}
	}
	return false
}
