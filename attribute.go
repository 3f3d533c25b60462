package verbatim

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A found quote before speakers are resolved: what the attribution rules
// decided, with the mention still unresolved.
type found struct {
	span     byteSpan // (its text is text[span.Start:span.End])
	kind     Kind
	para     int
	parent   int // index into the found list, -1 for none
	hasFrame bool
	// f is the frame, shared by the quotes it frames (noFrame, shared
	// by all, when there is none): never written through
	f *frame
	// inherit is the index of a found quote whose speaker this one
	// takes, or -1: the quote before, for a frameless quote continuing
	// it; the mixed clause, for a partial quote of the same frame.
	inherit   int
	unitIndex int
}

// ref returns a copy of f for a found quote to point to. An article's
// first 32 are allocated one by one; after them, they come from slabs a
// quarter of the number so far (up to 512 frames): one allocation for
// many frames where there are many, little room left unused where
// there are few.
func (a *attributor) ref(f frame) *frame {
	a.refs++
	if a.refs <= 32 {
		p := new(frame)
		*p = f
		return p
	}
	if len(a.frames) == cap(a.frames) {
		a.frames = make([]frame, 0, min(512, a.refs/4))
	}
	a.frames = append(a.frames, f)
	return &a.frames[len(a.frames)-1]
}

// noFrame is the frame of a found quote that has none. It is never
// written.
var noFrame frame

// segment returns the units of the article: sentences at the top level,
// with the quotations directly in them folded.
func (lx *lexicon) segment(text string, paras []Span, spans []quoteSpan) []sentence {
	top := make([]int, 0, len(spans))
	for i, q := range spans {
		if q.parent < 0 {
			top = append(top, i)
		}
	}
	// the sentences' spans first, then their tokens: the units are
	// allocated once, at their number. (The spans: one per paragraph
	// and one per 200 bytes of text, sized once rather than grown by
	// copying: PolNeAR dev has a sentence in 137 bytes, and room for
	// one per 100 bytes besides the paragraphs was much too much; where
	// quotations are denser, a sentence per two of them, as far as
	// there are stops to end them: a page of marks is one sentence.)
	n := len(text) / 200
	if len(top)/2 > n {
		stops := strings.Count(text, ".") + strings.Count(text, "!") + strings.Count(text, "?")
		n = max(n, min(len(top), stops)/2)
	}
	sents := make([]sentenceAt, 0, len(paras)+n)
	var buf []Span // (splitSentences' output, reused from one paragraph to the next)
	ti := 0
	for pi, p := range paras {
		for ti < len(top) && int(spans[top[ti]].close.end) <= p.Start {
			ti++
		}
		start, end := p.Start, p.End
		startPara := pi // the paragraph of the first sentence
		k := ti
		for ; k < len(top) && int(spans[top[k]].open.start) < p.End; k++ {
			q := spans[top[k]]
			switch {
			case int(q.open.start) < p.Start && int(q.close.start) >= p.End:
				start = p.End // the whole paragraph is inside a quotation
			case int(q.open.start) < p.Start && start == p.Start && conventionalRun(text, p, q):
				// a quotation running over paragraphs closes here: its
				// sentence runs from its opening mark, with the frame
				// after it (`“… ¶ … ,” she said.`)
				start, startPara = int(q.open.start), int(q.para)
			case int(q.open.start) >= p.Start && int(q.close.end) > p.End && int(q.open.start) < end && conventionalRun(text, paraAt(paras, int(q.close.start)), q):
				end = int(q.open.start) // it opens here: its sentence is the closing paragraph's
			}
		}
		var hereIdx []int
		if k > ti {
			hereIdx = top[ti:k:k] // (the quotations of the paragraph: read, never appended to)
		}
		if start >= end || strings.TrimSpace(text[start:end]) == "" {
			continue
		}
		buf = appendSentences(buf[:0], text, Span{Start: start, End: end}, spans, hereIdx)
		for si := 0; si < len(buf); si++ {
			s := buf[si]
			// `"…?" Trump said.`: a question or exclamation closing a
			// quotation does not end the sentence of its attribution.
			for si+1 < len(buf) && endsWithQuote(s, spans, hereIdx) && endsWithQuestion(text, s) && lx.opensWithFrame(text, buf[si+1]) {
				si++
				s.End = buf[si].End
			}
			para := pi
			if si == 0 || s.Start < p.Start {
				para = startPara
			}
			sents = append(sents, sentenceAt{start: int32(s.Start), end: int32(s.End), para: int32(para), q0: int32(ti), q1: int32(k)})
		}
	}
	units := make([]sentence, 0, len(sents))
	ar := newTokenArena(text)
	for _, s := range sents {
		var hereIdx []int
		if s.q1 > s.q0 {
			hereIdx = top[s.q0:s.q1:s.q1]
		}
		units = append(units, newSentence(lx, text, Span{Start: int(s.start), End: int(s.end)}, int(s.para), spans, hereIdx, ar))
	}
	return units
}

// A sentenceAt is where segment found a sentence: its bytes, its
// paragraph, and the quotations of that paragraph (top[q0:q1]).
type sentenceAt struct{ start, end, para, q0, q1 int32 }

// conventionalRun reports a quotation running over paragraphs as news
// writes it, closing in paragraph p: p reopens it with a mark, and the
// closing mark is of the opening mark's style (straight or curly), not
// a stray mark paired with another's.
func conventionalRun(text string, p Span, q quoteSpan) bool {
	if p.End <= p.Start || int(q.close.start) < p.Start {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[p.Start:p.End], " \t"))
	if !isMarkRune(r) {
		return false
	}
	return (q.open.r == '"') == (q.close.r == '"') && (q.open.r == '\'') == (q.close.r == '\'')
}

// paraAt returns the paragraph holding byte offset i, or an empty span.
func paraAt(paras []Span, i int) Span {
	k := sort.Search(len(paras), func(k int) bool { return paras[k].End > i })
	if k < len(paras) && paras[k].Start <= i {
		return paras[k]
	}
	return Span{}
}

// The methods of the quote sieves, each defined once; a sieve's table
// entry carries its name. A frame found for a nested quotation reports
// its rule's method with methodNested before it ("nested-after-quote"),
// and a source that is a pronoun the method with methodPronoun before
// it ("pronoun-after-quote").
const (
	methodAfterQuoteLoose   = "after-quote-loose"  // `“…,” the nephew of the late senator, John Doe, told the website`
	methodBeforeQuoteLoose  = "before-quote-loose" // `Gov. John Kasich (R-OH), said, “…”`
	methodColonLoose        = "colon-loose"        // a name right before a colon and a closing quotation
	methodContinued         = "continued-sentence" // `“…,” said X (D-Conn.). “…”`: the quote before's speaker
	methodTranscriptLabel   = "transcript-label"   // WALLACE: "…"
	methodNextSentence      = "next-sentence"      // `“… missing.” Trump said.`
	methodPreviousSentence  = "previous-sentence"  // X released a statement. "…"
	methodColonBefore       = "colon-before"       // X said: ¶ "…"
	methodPreviousParagraph = "previous-paragraph" // a quotation going on from the paragraph before
	methodColonList         = "colon-list"         // X also said: ¶ The UK must stay ¶ Syria needs …
	methodPartialSubject    = "partial-subject"    // Clinton called it “a basket of deplorables”
	ruleFromActor           = "previous-actor"     // The judge turned to me. ¶ "…?" (reports previous-sentence)
	ruleStandingAlone       = "standing-alone"     // a quoted sentence alone, kept without a speaker
	methodNested            = "nested-"
	methodPronoun           = "pronoun-"
)

// A quoteSieve looks for the frame of a quotation that no frame of its
// sentence claimed.
type quoteSieve struct {
	name  string
	sieve func(a *attributor, l *lone) verdict
}

// A verdict is what a quote sieve made of a lone quotation.
type verdict int8

const (
	pass verdict = iota // not this sieve's: try the next
	keep                // a quote, with the frame or speaker the sieve found, or none
	done                // decided: the sieve added what it found, or nothing
)

// quoteSieves are tried in this order on each lone quotation, the most
// precise first; the first that does not pass decides. A continued
// quotation (continued-sentence, previous-paragraph) takes the speaker
// of the quote it goes on from, and reports previous-paragraph.
var quoteSieves = []quoteSieve{
	{methodAfterQuoteLoose, sieveAfterQuoteLoose},
	{methodBeforeQuoteLoose, sieveBeforeQuoteLoose}, // or colon-loose
	{methodContinued, sieveContinued},
	{methodTranscriptLabel, sieveTranscriptLabel},
	{methodNextSentence, aloneFramedBy(nextSentence)},         // the sentence after: `“…” Trump said.`
	{methodPreviousSentence, aloneFramedBy(previousSentence)}, // the sentence before (or colon-before)
	{methodPreviousParagraph, sievePreviousParagraph},
	{ruleFromActor, aloneFramedBy(previousActor)}, // the person the sentence before tells of; reports previous-sentence
	{ruleStandingAlone, sieveStandingAlone},
	{methodPartialSubject, sievePartialSubject},
}

// An attributor turns the frames of each sentence into quotes, runs
// the quote sieves on the quotations no frame claimed, then reads the
// frames of nested quotations.
type attributor struct {
	lx      *lexicon
	text    string
	paras   []Span
	spans   []quoteSpan
	units   []sentence
	off     map[string]bool // rules switched off (development only)
	out     []found
	bySpan  []spanState       // per quote span: its found quote, its claim
	sparse  map[int]spanState // the same, for a page of empty quotations
	sent    int32             // 1 + the index of the sentence being read
	frames  []frame           // the slab that ref copies frames into
	refs    int               // the frames ref has copied
	lone    lone              // the lone quotation the sieves are reading
	list    *frame            // the frame of the list being read (colon-list), or nil
	listPar int               // the paragraph of its last item
	fr      frameReader       // reads the frames of each sentence
}

// A spanState is what the attributor has made of a quote span: the
// found quote made of it, and whether a frame of the current sentence
// claimed it. (One a span in a slice, rather than two maps; a page of
// mostly empty quotations, `"""…`, which would make the slice 8 bytes a
// mark, keeps them in a map of the spans touched.)
type spanState struct {
	found   int32 // 1 + the index of the found quote in out, or 0
	claimed int32 // 1 + the sentence some frame of which took it, or 0
}

// state returns what a has made of quote span qi.
func (a *attributor) state(qi int) spanState {
	if a.bySpan != nil {
		return a.bySpan[qi]
	}
	return a.sparse[qi]
}

// setState records st for quote span qi.
func (a *attributor) setState(qi int, st spanState) {
	if a.bySpan != nil {
		a.bySpan[qi] = st
	} else {
		a.sparse[qi] = st
	}
}

// setFound records i as the found quote of quote span qi.
func (a *attributor) setFound(qi, i int) {
	st := a.state(qi)
	st.found = int32(i + 1)
	a.setState(qi, st)
}

// foundOf returns the found quote of quote span qi, if it has one.
func (a *attributor) foundOf(qi int) (int, bool) {
	i := a.state(qi).found
	return int(i) - 1, i > 0
}

// claim records that a frame of the current sentence took quote span qi.
func (a *attributor) claim(qi int) {
	st := a.state(qi)
	st.claimed = a.sent
	a.setState(qi, st)
}

// claimed reports whether a frame of the current sentence took quote
// span qi.
func (a *attributor) claimed(qi int) bool { return a.sent > 0 && a.state(qi).claimed == a.sent }

// attribute runs the attribution rules over the sentences and returns
// the quotes found, in text order, each with its frame if one was
// found. Rules named in off are skipped.
func (lx *lexicon) attribute(ctx context.Context, text string, paras []Span, spans []quoteSpan, units []sentence, off map[string]bool) ([]found, error) {
	// (room for the quotes to come once, not grown by copying: one a
	// quotation and one in four sentences, or, where speech is mostly
	// reported, as in news, about one a sentence)
	quotes := 0
	for _, q := range spans {
		if q.start < q.end {
			quotes++
		}
	}
	a := &attributor{lx: lx, text: text, paras: paras, spans: spans, units: units, off: off,
		out: make([]found, 0, max(quotes+len(units)/4, len(units)))}
	if 4*quotes >= len(spans) {
		a.bySpan = make([]spanState, len(spans))
	} else {
		a.sparse = map[int]spanState{}
	}
	a.fr.off = off
	if plainlyNotEnglish(text) {
		// the frame rules read English: in another language only the
		// quotations are reported, each without a speaker
		a.quotationsOnly()
		return sortFound(a.out), nil
	}
	for ui := range units {
		if ui%256 == 255 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("verbatim: parse stopped: %w", err)
			}
		}
		a.sent = int32(ui + 1) // (what earlier sentences claimed is no longer claimed)
		frames := a.fr.findFrames(&units[ui])
		a.addFrames(ui, frames)
		a.listItem(ui, len(frames) > 0)
		a.sieveLone(ui)
	}
	a.nested()
	return sortFound(a.out), nil
}

// listItem reads sentence ui as an item of a list that a clause and a
// colon announce, one paragraph each, written as lists are: no quotation
// marks around it and no full stop at its end, or a bullet before it
// ("President Obama also said: ¶ The UK must stay in the EU ¶ Syria
// needs a political solution"). Each item is the speaker's, reported;
// an item with frames of its own keeps them.
func (a *attributor) listItem(ui int, framed bool) {
	u := &a.units[ui]
	if !a.itemShape(ui) {
		a.list = nil
		return
	}
	if a.list == nil || u.para != a.listPar+1 {
		f, ok := previousSentence(a.units, ui)
		if !ok || f.method != methodColonBefore || a.units[ui-1].para != u.para-1 || !a.announces(&a.units[ui-1]) {
			a.list = nil
			return
		}
		f.method, f.conf = methodColonList, 0.6
		a.list = a.ref(f)
	}
	a.listPar = u.para
	if framed {
		return
	}
	f := *a.list
	f.setContent(u, 0, len(u.toks))
	if len(f.content) == 1 {
		a.addReported(f.content[0], f, u.para, ui)
	}
}

// announces reports a sentence ending in a verb of saying and a colon:
// "Obama also said:", not "Key features:" nor "He endorsed them:".
func (a *attributor) announces(p *sentence) bool {
	n := len(p.toks)
	if n < 3 || p.toks[n-1].str(p.text) != ":" {
		return false
	}
	lemma := a.lx.cueLemma[p.toks[n-2].lower]
	return lemma != "" && !a.lx.stance[lemma]
}

// maxItemWords bounds the words of a list item.
const maxItemWords = 40

// itemShape reports a sentence that may be a list's item: a paragraph
// of its own, not opening with a quotation, of 3 to maxItemWords words,
// with no full stop, question or exclamation mark at its end unless a
// bullet opens it.
func (a *attributor) itemShape(ui int) bool {
	u := &a.units[ui]
	toks := u.toks
	if len(toks) == 0 || ui > 0 && a.units[ui-1].para == u.para || ui+1 < len(a.units) && a.units[ui+1].para == u.para || u.isQuote(0) {
		return false
	}
	words := 0
	for _, t := range toks {
		if t.word() {
			words++
		}
	}
	if words < 3 || words > maxItemWords {
		return false
	}
	switch toks[0].str(u.text) {
	case "•", "-", "*", "–", "·", "▪":
		return true
	}
	switch toks[len(toks)-1].str(u.text) {
	case ".", "!", "?", "…", ":", ";", "\"", "”", "'", "’":
		return false
	}
	return true
}

// quotationsOnly adds each top-level quotation that reads as speech,
// as a direct quote with no frame.
func (a *attributor) quotationsOnly() {
	for ui := range a.units {
		u := &a.units[ui]
		for _, qi := range u.qidx {
			if qi < 0 {
				continue
			}
			q := a.spans[qi]
			c := contentSpan(a.text, q)
			if wordCount(c.Text) < 2 || isStageDirection(c.Text) || a.isSubhead(q) {
				continue
			}
			a.setFound(int(qi), a.add(found{span: c.bytes(), kind: Direct, para: int(q.para), parent: -1, inherit: -1, unitIndex: ui, f: &noFrame}))
		}
	}
}

func (a *attributor) add(f found) int {
	a.out = append(a.out, f)
	return len(a.out) - 1
}

// addFrames adds the quotes of the frames of sentence ui: the
// quotations of a frame that reports only quotations are direct; other
// content is reported.
func (a *attributor) addFrames(ui int, frames []frame) {
	u := &a.units[ui]
	first := len(a.out)
	for _, f := range frames {
		if f.turn {
			c := f.content[0]
			c.Text = a.text[c.Start:c.End]
			a.add(found{span: c.bytes(), kind: Direct, para: u.para, parent: -1, hasFrame: true, f: a.ref(f), inherit: -1, unitIndex: ui})
			continue
		}
		if len(f.quotes) > 0 && !f.words {
			var fp *frame // (one copy for the frame's quotes)
			for _, qi := range f.quotes {
				q := a.spans[qi]
				a.claim(qi)
				if q.start >= q.end || programmeTitle(a.text, q) {
					continue // `""`: an empty quotation is not a quote; nor is a title ("in his book, “An American Son.”")
				}
				if fp == nil {
					fp = a.ref(f)
				}
				a.setFound(qi, a.add(found{span: contentSpan(a.text, q).bytes(), kind: Direct, para: int(q.para), parent: -1, hasFrame: true, f: fp, inherit: -1, unitIndex: ui}))
			}
			continue
		}
		if len(f.content) == 1 && len(f.quotes) == 0 && noComment(a.text[f.content[0].Start:f.content[0].End]) {
			continue // "Google declined to comment.": no words are reported
		}
		for ci, c := range f.content {
			ff := f
			if ci > 0 {
				ff.method = methodInterrupted
			}
			a.addReported(c, ff, u.para, ui)
		}
	}
	a.nestInAccording(first)
}

// nestInAccording nests the quotes of a sentence's other frames in the
// according-to report that holds them: in `“…,” Lopez said, according
// to the Times.` the Times reports the whole of Lopez's quote with its
// frame, and Lopez's quote is nested in that report. The sentence's
// quotes are a.out[first:].
func (a *attributor) nestInAccording(first int) {
	for oi := first; oi < len(a.out); oi++ {
		o := a.out[oi]
		if o.f.method != methodAccordingTo || o.parent >= 0 || o.kind == Direct {
			continue
		}
		for gi := first; gi < len(a.out); gi++ {
			g := &a.out[gi]
			if gi == oi || g.parent >= 0 || g.span.Start < o.span.Start || g.span.End > o.span.End || g.span == o.span {
				continue
			}
			g.parent = oi
			if g.kind != Indirect {
				a.out[oi].kind = Mixed
			}
		}
	}
}

// topLevel reports whether found quote i stands on its own: it has no
// parent, or its parent is the according-to report of its frame.
func topLevel(out []found, i int) bool {
	p := out[i].parent
	return p < 0 || out[p].f.method == methodAccordingTo && out[p].unitIndex == out[i].unitIndex && out[p].kind != Partial
}

// addReported adds reported content c of frame f: indirect, or mixed
// when it holds a quoted run of two words or more; each quoted run
// becomes a partial quote nested in it with the same speaker.
func (a *attributor) addReported(c Span, f frame, para, ui int) {
	c.Text = a.text[c.Start:c.End]
	var partials []int
	multi := false // a partial of two words or more
	for _, qi := range f.quotes {
		q := a.spans[qi]
		if _, framed := a.foundOf(qi); framed && a.claimed(qi) {
			continue // the quote of another frame of the sentence (nestInAccording)
		}
		if int(q.start) >= c.Start && int(q.end) <= c.End {
			if programmeTitle(a.text, q) {
				// "told CNN's “State of the Union”": where it was said,
				// no partial quote (the report still quotes it: mixed)
				multi = multi || wordCount(a.text[q.start:q.end]) >= 2
				continue
			}
			if n := wordCount(a.text[q.start:q.end]); n >= 2 {
				multi = true
			} else if n == 0 || !a.units[ui].governedWord(qi) {
				continue
			}
			partials = append(partials, qi)
		}
	}
	if multi && len(f.content) == 1 {
		c = a.endAtLastQuote(c, ui, partials)
	}
	// A report holding only one-word partials ("called the plan
	// “reckless”") stays indirect: the word is the speaker's, the
	// sentence the writer's.
	kind := Indirect
	if multi || len(f.content) > 1 && hasPartial(a.text, a.spans, f.quotes) {
		kind = Mixed // (each fragment of an interrupted mixed report is mixed)
	}
	fp := a.ref(f)
	mi := a.add(found{span: c.bytes(), kind: kind, para: para, parent: -1, hasFrame: true, f: fp, inherit: -1, unitIndex: ui})
	for _, qi := range partials {
		q := a.spans[qi]
		a.setFound(qi, a.add(found{span: contentSpan(a.text, q).bytes(), kind: Partial, para: int(q.para), parent: mi, hasFrame: true, f: fp, inherit: mi, unitIndex: ui}))
	}
	for _, qi := range f.quotes {
		a.claim(qi)
	}
}

// endAtLastQuote ends reported content c after its last quotation when
// the words after it are the writer's going on: after a dash (`called
// this the “expectations game” — setting expectations …`), or telling
// when (`… “very decent man” Tuesday, hours after …`, `“…” moments
// after the polls closed`, `“…” before becoming …`).
func (a *attributor) endAtLastQuote(c Span, ui int, partials []int) Span {
	u := &a.units[ui]
	last := -1
	for k, qi := range u.qidx {
		if qi >= 0 && int(a.spans[qi].close.end) <= c.End && int(a.spans[qi].open.start) >= c.Start {
			last = k
		}
	}
	if last < 0 || last+2 >= len(u.toks) || int(u.toks[last].end()) >= c.End {
		return c
	}
	words, dashes := 0, 0
	for _, t := range u.toks[last+1:] {
		if int(t.start()) >= c.End {
			break
		}
		if t.word() {
			words++
		} else if isDash(t.str(u.text)) || t.str(u.text) == "-" || t.str(u.text) == "--" {
			dashes++
		}
	}
	if dashes > 1 {
		return c // a paired aside, and the report goes on: `that “…” - including Lopez - favored the plan`
	}
	n := u.toks[last+1]
	// (a coordinated verb, "and cast himself as …", "as he faces …",
	// "until …" and a comment after a comma were measured too: PolNeAR's
	// exact spans often keep them)
	if words < 4 || !(isDash(n.str(u.text)) || n.str(u.text) == "-" || n.str(u.text) == "--" || n.lower == "before" || n.lower == "moments" || timeWords[n.lower]) {
		return c
	}
	c.End = int(u.toks[last].end())
	c.Text = a.text[c.Start:c.End]
	return c
}

// governedWord reports a one-word quotation of the unit that a cue can
// govern: a lower-case word not modifying a noun after it. A name or a
// title ("Glasgow", "Pose") and a scare quote before its noun ("an
// “irregular” channel") are no one's words.
func (u *sentence) governedWord(qi int) bool {
	for k, x := range u.qidx {
		if int(x) != qi {
			continue
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(u.toks[k].str(u.text), "\"'“‘„«‹ "))
		if unicode.IsUpper(r) {
			return false
		}
		if k+1 < len(u.toks) && !strings.ContainsAny(innerText(u.toks[k].str(u.text)), ",.;:!?") {
			n := u.toks[k+1]
			if n.word() && !n.upper() && !isFunctionWord(n.lower) && !determiners[n.lower] && !contrastWords[n.lower] && n.lower != "and" && n.lower != "or" && !subordinators[n.lower] {
				return false
			}
		}
		return true
	}
	return false
}

// innerText trims the quotation marks off a quotation token's text.
func innerText(s string) string { return strings.Trim(s, "\"'“”‘’„«»‹› ") }

// A lone quotation is one that no frame of its sentence claimed: what
// the quote sieves know of it.
type lone struct {
	ui, i, qi int // its sentence, its token there, its quote span
	u         *sentence
	q         quoteSpan
	fd        found // the quote as a direct one of its own, without a frame yet
	lastTok   int   // the sentence's last token before closing punctuation
	heading   bool  // a heading or title standing as a paragraph, not speech
	// alone: a quoted sentence standing alone, or opening its sentence
	// with a short tail of the writer's (`''It's basically just a tax
	// increase'' for the top income bracket.`)
	alone bool
}

// sieveLone runs the quote sieves on the quotations of sentence ui that
// no frame claimed.
func (a *attributor) sieveLone(ui int) {
	u := &a.units[ui]
	words := 0
	for _, t := range u.toks {
		if t.word() {
			words++
		}
	}
	lastTok := u.unitEnd() - 1 // (once per sentence: it walks back over closing marks)
	for i, qi := range u.qidx {
		if qi < 0 || a.claimed(int(qi)) {
			continue
		}
		q := a.spans[qi]
		c := contentSpan(a.text, q)
		if c.Text == "" || isStageDirection(c.Text) || isFollowLine(c.Text) {
			continue // "(CROSSTALK.)", "(Laughter)": the transcript's notes, not speech
		}
		l := &a.lone // (a field: calls through the table allocate nothing)
		*l = lone{ui: ui, i: i, qi: int(qi), u: u, q: q, lastTok: lastTok,
			fd:      found{span: c.bytes(), kind: Direct, para: int(q.para), parent: -1, inherit: -1, unitIndex: ui, f: &noFrame},
			heading: u.span == span32{int32(a.paras[u.para].Start), int32(a.paras[u.para].End)} && isHeading(c.Text) || a.isSubhead(q)}
		tail := i == 0 && words <= 6 && len(u.qidx) > 1 && !a.lx.hasCue(u.toks[1:]) && !u.hasQuoteFrom(1) && looksLikeSpeech(c.Text) && wordCount(c.Text) >= 6
		l.alone = (words == 0 || words <= 3 && i == 0 || tail) && !l.heading
		for _, s := range quoteSieves {
			if a.off[s.name] {
				continue
			}
			v := s.sieve(a, l)
			if v == keep {
				a.setFound(int(qi), a.add(l.fd))
			}
			if v != pass {
				break
			}
		}
	}
}

// isSubhead reports a short quotation in single marks that is the whole
// of its paragraph, but for dashes and a full stop (`'A change of
// heart.'`, `– ‘Who cares?’ –`): a subhead, written as headlines are,
// not a quote.
func (a *attributor) isSubhead(q quoteSpan) bool {
	if q.parent >= 0 || q.open.class != singleMark || q.unclosed || int(q.para) >= len(a.paras) {
		return false
	}
	p := a.paras[q.para]
	if int(q.open.start) < p.Start || int(q.close.end) > p.End {
		return false
	}
	rest := a.text[p.Start:q.open.start] + a.text[q.close.end:p.End]
	if strings.Trim(rest, " \t.-–—") != "" {
		return false
	}
	n := wordCount(a.text[q.start:q.end])
	return n >= 1 && n <= 8
}

// sieveAfterQuoteLoose: a quotation closed by a comma before a frame no
// rule could read (`“…,” his friend told the website.`) is still a
// quote; its speaker is read loosely, or it has none.
func sieveAfterQuoteLoose(a *attributor, l *lone) verdict {
	c, u := l.fd.span.in(a.text), l.u
	framed := l.i == 0 && endsWithComma(c.Text) && wordCount(c.Text) >= 4 && looksLikeSpeech(c.Text)
	if !framed || l.heading || len(u.toks) > maxUnitTokens {
		return pass
	}
	hasCue := a.lx.hasCue(u.toks[1:])
	if f, ok := u.looseAfterQuote(); ok && hasCue {
		l.fd.f, l.fd.hasFrame = a.ref(f), true
	} else if f, ok := u.unknownVerbAfterQuote(); ok {
		// (also when a cue word after the quotation frames nothing: "“…,”
		// Bennett shot back", where "back" is the verb of "back a plan")
		l.fd.f, l.fd.hasFrame = a.ref(f), true
	} else if !hasCue {
		return pass
	}
	return keep
}

// unknownVerbAfterQuote reads the frame after a quotation that opens
// the unit when no word after it is a known cue: a source and the
// verb next to it, in either order (`“…,” Macron zorbed in Paris.`,
// `“…,” zorbed Macron.`). The quotation is speech either way; its
// confidence is low.
func (u *sentence) unknownVerbAfterQuote() (frame, bool) {
	toks := u.toks
	if len(toks) < 3 {
		return frame{}, false
	}
	// the first lower-case word after a source phrase that starts right
	// after the quotation
	for v := 2; v < len(toks) && v < 12; v++ {
		if !toks[v].word() || toks[v].upper() {
			continue
		}
		if !u.plausibleVerb(v) || strings.HasSuffix(toks[v].lower, "ing") {
			break
		}
		if np := u.npBefore(v - 1); np.ok() && np.s == 1 && (np.kind != npPronoun || np.pron != 'n') {
			return frame{np: np, cue: tokSpan(u.text, toks, v, v+1).bytes(), hasCue: true, method: methodAfterQuoteLoose, conf: 0.4}, true
		}
		break
	}
	if u.plausibleVerb(1) && strings.HasSuffix(toks[1].lower, "ed") {
		if np := u.npAfter(2); np.ok() && np.kind == npName {
			return frame{np: np, cue: tokSpan(u.text, toks, 1, 2).bytes(), hasCue: true, method: methodAfterQuoteLoose, conf: 0.4}, true
		}
	}
	return frame{}, false
}

// sieveBeforeQuoteLoose: a quotation that closes its sentence after a
// comma or a colon, with a frame no rule could read ("Gov. John Kasich
// (R-OH), said, “…”", "doesn't surprise pollster Daron Shaw: “…”"), is a
// quote; its speaker is the sentence's subject or the name before the
// colon, read loosely, or it has none.
func sieveBeforeQuoteLoose(a *attributor, l *lone) verdict {
	c, u, i := l.fd.span.in(a.text), l.u, l.i
	if !(i > 0 && i == l.lastTok && (u.toks[i-1].str(u.text) == "," || u.toks[i-1].str(u.text) == ":") && wordCount(c.Text) >= 4 && looksLikeSpeech(c.Text) && !l.heading && len(u.toks) <= maxUnitTokens) {
		return pass
	}
	if f, ok := u.looseBeforeQuote(i); ok {
		l.fd.f, l.fd.hasFrame = a.ref(f), true
	}
	return keep
}

// sieveContinued: a quotation that opens a new sentence inside the
// sentence after a frame's full stop (`“…,” said Sen. Chris Murphy
// (D-Conn.). “…”`) goes on the quote before it.
func sieveContinued(a *attributor, l *lone) verdict {
	c, u, i := l.fd.span.in(a.text), l.u, l.i
	if !(i > 0 && i == l.lastTok && (u.toks[i-1].str(u.text) == "." || u.toks[i-1].str(u.text) == "?" || u.toks[i-1].str(u.text) == "!") && wordCount(c.Text) >= 3 && !l.heading) {
		return pass
	}
	if prev := len(a.out) - 1; prev >= 0 && a.out[prev].unitIndex == l.ui && a.out[prev].kind == Direct && topLevel(a.out, prev) {
		l.fd.inherit = prev
		return keep
	}
	return pass
}

// sieveTranscriptLabel: a transcript turn, "WALLACE: …".
func sieveTranscriptLabel(a *attributor, l *lone) verdict {
	if !l.alone || l.q.labelEnd == 0 {
		return pass
	}
	lt := tokenize(a.text, int(l.q.labelStart), int(l.q.labelEnd))
	np := phrase(a.lx, a.text, lt).analyze(0, len(lt))
	np.org = false // a speaker label names a person
	f := frame{np: np, method: methodTranscriptLabel, conf: 0.85}
	f.cue, f.hasCue = byteSpan{Start: int(l.q.labelEnd), End: int(l.q.labelEnd) + 1}, true
	l.fd.f, l.fd.hasFrame = a.ref(f), true
	return keep
}

// aloneFramedBy makes the sieve of a quoted sentence standing alone
// whose frame read reads from the sentences around it.
func aloneFramedBy(read func(units []sentence, ui int) (frame, bool)) func(*attributor, *lone) verdict {
	return func(a *attributor, l *lone) verdict {
		if !l.alone {
			return pass
		}
		if f, ok := read(a.units, l.ui); ok {
			l.fd.f, l.fd.hasFrame = a.ref(f), true
			return keep
		}
		return pass
	}
}

// sievePreviousParagraph: a quoted sentence standing alone goes on the
// last direct quote of the paragraph before (the news convention of one
// speaker's quotes over several paragraphs).
func sievePreviousParagraph(a *attributor, l *lone) verdict {
	if !l.alone {
		return pass
	}
	if prev := lastDirect(a.out, a.units, l.ui); prev >= 0 {
		l.fd.inherit = prev
		return keep
	}
	return pass
}

// sieveStandingAlone keeps a quoted sentence standing alone that no
// sieve before found a speaker for: a quote without an attribution,
// never a lost one.
func sieveStandingAlone(a *attributor, l *lone) verdict {
	if !l.alone {
		return pass
	}
	return keep
}

// previousActor reads the speaker of a quotation standing alone from the
// sentence right before it in its paragraph when that sentence tells
// what a person did: its subject, a name or a personal pronoun, and its
// verb ("The judge then turned to me. “Mr. Lopez?”"). Its confidence
// is low.
func previousActor(units []sentence, ui int) (frame, bool) {
	if ui == 0 || units[ui-1].para != units[ui].para {
		return frame{}, false
	}
	p := &units[ui-1]
	toks := p.toks
	for v := 1; v < len(toks) && v < 8; v++ {
		t := toks[v]
		if p.isQuote(v) || !t.word() {
			return frame{}, false
		}
		if t.upper() || adverbs[t.lower] {
			continue
		}
		np := p.subjectBefore(v)
		if !np.ok() || np.s != 0 {
			continue // inside the subject ("The judge then turned")
		}
		person := np.kind == npName || np.kind == npPronoun && (np.pron == 'm' || np.pron == 'f') || np.kind == npNominal && !np.group && p.lx.headNoun(toks[np.e-1].lower)
		if !np.ok() || np.s != 0 || !person || !p.plausibleVerb(v) || p.lx.cueLemma[t.lower] != "" && !p.lx.stance[p.lx.cueLemma[t.lower]] {
			return frame{}, false // (after a cue the previous-sentence sieve has decided: "Tate endorsed the mayor." is no frame)
		}
		return frame{np: np, cue: tokSpan(p.text, toks, v, v+1).bytes(), hasCue: true, method: methodPreviousSentence, conf: 0.4}, true
	}
	return frame{}, false
}

// sievePartialSubject: a quoted phrase of some words in a sentence whose
// subject is a source ("Clinton called it “a basket of deplorables”") is
// a partial quote of that subject, the verb after the subject its cue;
// with no cue and no such subject it is a scare quote, a title or a
// term: not speech.
func sievePartialSubject(a *attributor, l *lone) verdict {
	c, u, i := l.fd.span.in(a.text), l.u, l.i
	if wordCount(c.Text) < 2 || !looksLikeSpeech(c.Text) || programmeTitle(a.text, l.q) {
		return done
	}
	np := u.subjectOf(i, false)
	if !np.ok() || np.e >= i || !u.plausibleSubject(np) {
		return done
	}
	v, ok := u.partialVerb(np, i)
	if !ok {
		return done
	}
	f := frame{np: np, method: methodPartialSubject, conf: 0.55}
	f.cue, f.hasCue = tokSpan(a.text, u.toks, v, v+1).bytes(), true
	if q := u.phraseNamed(v + 1); q > v+1 {
		f.setContent(u, q, q+1) // "used the phrase '…'"
	} else {
		f.setContent(u, v+1, u.reportEnd(v+1))
	}
	if len(f.content) == 1 && f.content[0].Start <= c.Start && f.content[0].End >= c.End && f.words {
		a.addReported(f.content[0], f, u.para, l.ui)
	} else {
		f.content = []Span{c}
		a.setFound(l.qi, a.add(found{span: c.bytes(), kind: Partial, para: int(l.q.para), parent: -1, hasFrame: true, f: a.ref(f), inherit: -1, unitIndex: l.ui}))
	}
	return done
}

// programmeTitle reports a quotation written as a title after a noun
// naming a work ("book", "show", "podcast"), "on" or
// a broadcaster's possessive acronym: a programme, where words were
// said, not words ("said on “Meet the Press”", "told ABC's “This
// Week”"; not "Trump's ‘Incredibly Hateful Rhetoric’").
func programmeTitle(text string, q quoteSpan) bool {
	before := strings.TrimRight(text[max(0, q.open.start-12):q.open.start], " ")
	if w := strings.ToLower(lastWord(strings.TrimRight(before, ","))); workNouns[w] {
		return isTitle(text[q.start:q.end]) // "his 2012 book, “An American Son.”", "the podcast “Here's the Thing”"
	}
	if b, ok := strings.CutSuffix(before, "'s"); ok {
		before = b
	} else if b, ok := strings.CutSuffix(before, "’s"); ok {
		before = b
	} else if !strings.HasSuffix(before, " on") {
		return false
	} else {
		before = ""
	}
	if before != "" {
		i := strings.LastIndexAny(before, " \n(") + 1
		if w := before[i:]; len(w) < 2 || !isAllCaps(w) {
			return false
		}
	}
	return isTitle(text[q.start:q.end])
}

// workNouns name a work whose title may follow in quotation marks.
var workNouns = map[string]bool{
	"book": true, "memoir": true, "novel": true, "film": true, "movie": true, "documentary": true, "show": true,
	"podcast": true, "album": true, "song": true, "series": true, "program": true, "programme": true,
}

// partialVerb returns the verb after the subject np that frames the
// quotation at token i, past adverbs, or false when there is none: "she
// would install …", "They had guns", "people were injured" (a plan, a
// possession, a passive) are no speech, nor are "The less valuable
// mines" and "Republicans were in the lead".
func (u *sentence) partialVerb(np mention, i int) (int, bool) {
	toks := u.toks
	v := np.e
	modal, perfect, passive := false, false, false
	for v < i && toks[v].word() && (adverbs[toks[v].lower] || strings.HasSuffix(toks[v].lower, "ly") && !toks[v].upper() && v+1 < i && toks[v+1].word() && !negators[toks[v].lower]) {
		w := toks[v].lower
		modal = modal || modals[w] && w != "have" && w != "has" && w != "had"
		perfect = perfect || w == "have" || w == "has" || w == "had"
		passive = passive || beForms[w]
		v++
	}
	pastParticiple := v < i && (strings.HasSuffix(toks[v].lower, "ed") || strings.HasSuffix(toks[v].lower, "en"))
	if modal || perfect && v < i && strings.HasSuffix(toks[v].lower, "s") || passive && pastParticiple {
		return 0, false
	}
	return v, v < i && u.plausibleVerb(v)
}

// nested finds the frames of nested quotations: inside found quotes,
// with their own cues.
func (a *attributor) nested() {
	children := map[int][]int{}
	for si, q := range a.spans {
		if q.parent >= 0 {
			children[int(q.parent)] = append(children[int(q.parent)], si)
		}
	}
	for si, q := range a.spans {
		if q.parent < 0 {
			continue
		}
		pi, ok := a.foundOf(int(q.parent))
		if !ok {
			continue
		}
		c := contentSpan(a.text, q)
		if wordCount(c.Text) < 2 {
			continue
		}
		fd := found{span: c.bytes(), kind: Direct, para: int(q.para), parent: pi, inherit: -1, unitIndex: a.out[pi].unitIndex, f: &noFrame}
		if f, ok := a.nestedFrame(children[int(q.parent)], int(q.parent), si); ok {
			fd.f, fd.hasFrame = a.ref(f), true
		} else if programmeTitle(a.text, q) {
			continue // "“I loved it on ‘Morning Talk,’ …”": a programme, no one's words
		}
		a.setFound(si, a.add(fd))
	}
}

// subjectBefore is the noun phrase before the verb at toks[v], past
// auxiliaries and adverbs ("Trump has also said").
func (u *sentence) subjectBefore(v int) mention {
	toks := u.toks
	j := v - 1
	for j >= 0 && toks[j].word() && adverbs[toks[j].lower] {
		j--
	}
	return u.npBefore(j)
}

// nextSentence reads the frame of a quoted sentence standing alone from
// the unit after it when that unit is only a frame: `“… missing.” Trump
// said.` (a full stop inside the closing mark ends the sentence early).
func nextSentence(units []sentence, ui int) (frame, bool) {
	lx, text := units[ui].lx, units[ui].text
	if ui+1 >= len(units) || units[ui+1].para != units[ui].para {
		return frame{}, false
	}
	n := &units[ui+1]
	toks := n.toks
	e := trimBackPunct(toks, len(toks))
	if e < 2 || e > 25 || n.hasQuoteFrom(0) {
		return frame{}, false
	}
	for c := 1; c < e && c < 12; c++ {
		t := toks[c]
		if !t.word() || t.upper() || lx.cueLemma[t.lower] == "" {
			continue
		}
		np := n.subjectBefore(c) // "Trump later said."
		if !np.ok() || np.s != 0 {
			return frame{}, false
		}
		// nothing after the cue but a time or a medium: "Trump said
		// Tuesday", "she said in a statement"
		var f frame
		k := f.skipAdjuncts(n, c+1)
		about := c+1 < e && (toks[c+1].lower == "about" || toks[c+1].lower == "of")
		if (k < e || e > 12) && !about {
			return frame{}, false // (but `“…?” Lichtman said about McCain's effort …`: what it was said of)
		}
		f.np, f.cue, f.hasCue, f.method, f.conf = np, tokSpan(text, toks, c, c+1).bytes(), true, methodNextSentence, 0.8
		return f, true
	}
	return frame{}, false
}

// looseAfterQuote reads the frame after a quotation that opens the unit
// when the strict rules could not: the first cue word after it with a
// source phrase right before it (`“…,” the nephew of the late senator,
// John Doe, told the website`). Its confidence is low.
func (u *sentence) looseAfterQuote() (frame, bool) {
	lx, text := u.lx, u.text
	toks := u.toks
	for k := 1; k < len(toks) && k < 30; k++ {
		t := toks[k]
		if u.isQuote(k) {
			break
		}
		if !t.word() || t.upper() || lx.cueLemma[t.lower] == "" {
			continue
		}
		if k > 2 && toks[k-1].str(text) == "," {
			// a subject with an apposition: `“…,” Mr. Mahaney, of RBC, said.`
			if np := u.npBefore(k - 1); np.ok() && np.s >= 1 {
				return frame{np: np, cue: tokSpan(text, toks, k, k+1).bytes(), hasCue: true, method: methodAfterQuoteLoose, conf: 0.5}, true
			}
		}
		if k == 1 || toks[k-1].str(text) == "," {
			// verb first: `“…,” said the woman, who …`
			if np := u.npLoose(k + 1); np.ok() {
				return frame{np: np, cue: tokSpan(text, toks, k, k+1).bytes(), hasCue: true, method: methodAfterQuoteLoose, conf: 0.5}, true
			}
			return frame{}, false
		}
		np := u.subjectBefore(k)
		if !np.ok() || np.s < 1 {
			return frame{}, false
		}
		f := frame{np: np, cue: tokSpan(text, toks, k, k+1).bytes(), hasCue: true, method: methodAfterQuoteLoose, conf: 0.5}
		return f, true
	}
	return frame{}, false
}

// looseBeforeQuote reads the frame of a quotation at toks[i] that
// closes its sentence when the strict rules could not: a name right
// before a colon, or the sentence's subject and the words after it up to
// the quotation as the cue. Its confidence is low.
func (u *sentence) looseBeforeQuote(i int) (frame, bool) {
	lx, text := u.lx, u.text
	toks := u.toks
	if toks[i-1].str(text) == ":" && i >= 2 {
		// (not a day or a place: "in an interview on Tuesday: “…”")
		if np := u.npBefore(i - 2); np.ok() && np.kind == npName && !u.placeOrTime(np) {
			return frame{np: np, cue: tokSpan(text, toks, i-1, i).bytes(), hasCue: true, method: methodColonLoose, conf: 0.5}, true
		}
	}
	// the last cue word before the quotation, with its subject
	for k := i - 2; k > 0 && k > i-30; k-- {
		t := toks[k]
		if !t.word() || t.upper() || lx.cueLemma[t.lower] == "" {
			continue
		}
		np := u.subjectBefore(k)
		if !np.ok() && toks[k-1].str(text) == "," {
			np = u.npBefore(k - 2) // "Gov. John Kasich (R-OH), said, “…”"
		}
		if np.ok() {
			return frame{np: np, cue: tokSpan(text, toks, k, k+1).bytes(), hasCue: true, method: methodBeforeQuoteLoose, conf: 0.5}, true
		}
		break
	}
	bad := func(np mention) bool {
		return !np.ok() || np.e >= i-1 || !u.plausibleSubject(np) || np.e-np.s == 1 && strings.HasSuffix(toks[np.s].lower, "ly")
	}
	np := u.subjectOf(i, false)
	if bad(np) {
		np = u.subjectOf(i, true) // "Immediately after the attacks, Trump issued a statement, “…”"
	}
	if bad(np) {
		return frame{}, false
	}
	v := np.e
	if v < i-1 && toks[v].str(text) == "," {
		// an apposition set off by commas is the subject's, not the
		// cue's: ", Republican of New York, gave …"
		for k := v + 1; k < i-1 && k <= v+7 && toks[k].word() && u.lx.cueLemma[toks[k].lower] == ""; k++ {
			if k+1 < i-1 && toks[k+1].str(text) == "," {
				v = k + 2
				break
			}
		}
	}
	for v < i-1 && !toks[v].word() {
		v++
	}
	f := frame{np: np, method: methodBeforeQuoteLoose, conf: 0.5}
	if v < i-1 {
		f.cue, f.hasCue = tokSpan(text, toks, v, i-1).bytes(), true
	}
	return f, true
}

// plausibleSubject reports whether np can be the subject that a
// partial quote is attributed to: a name, a pronoun, or a phrase headed
// by a source noun, and not a possessive ("Byrd's strategy").
func (u *sentence) plausibleSubject(np mention) bool {
	lx := u.lx
	last := u.toks[np.e-1]
	if strings.HasSuffix(last.str(u.text), "'s") || strings.HasSuffix(last.str(u.text), "’s") {
		return false
	}
	switch np.kind {
	case npName:
		// "Between 130 and 160 …", "Sometimes …": a word opening the
		// sentence that is no name
		next := ""
		if np.e < len(u.toks) {
			next = u.toks[np.e].lower
		}
		return !(np.e-np.s == 1 && (onlyFunctionWords(u.toks[np.s:np.e]) || notNameShape(last.lower, next)))
	case npPronoun:
		return np.pron != 'n' // "it" reports nothing
	default:
		return lx.headNoun(last.lower)
	}
}

// plausibleVerb reports whether toks[v], right after a subject, can be
// the verb that frames a partial quote: a lower-case word that is not a
// function word, and not a participle modifying the subject
// ("Protesters marching through the streets").
func (u *sentence) plausibleVerb(v int) bool {
	t := u.toks[v]
	if !t.word() || t.upper() || isFunctionWord(t.lower) || determiners[t.lower] || adverbs[t.lower] {
		return false
	}
	if strings.HasSuffix(t.lower, "ing") {
		return v > 0 && (u.toks[v-1].lower == "is" || u.toks[v-1].lower == "was" || u.toks[v-1].lower == "are" || u.toks[v-1].lower == "were")
	}
	return true
}

// sortFound orders quotes by start (parents before children), keeping
// parent and inherit indices right.
func sortFound(fs []found) []found {
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		x, y := &fs[a], &fs[b]
		if x.span.Start != y.span.Start {
			return cmp.Compare(x.span.Start, y.span.Start)
		}
		return cmp.Compare(y.span.End, x.span.End)
	})
	pos := make([]int, len(fs))
	for n, i := range idx {
		pos[i] = n
	}
	for i := range fs {
		f := &fs[i]
		if f.parent >= 0 {
			f.parent = pos[f.parent]
		}
		if f.inherit >= 0 {
			f.inherit = pos[f.inherit]
		}
	}
	// in place, a cycle of the permutation at a time: fs[n] = fs[idx[n]]
	// (a found is some 300 bytes; a second list of them doubled the
	// memory of a quote-dense parse)
	for n := range fs {
		if idx[n] == n {
			continue
		}
		tmp := fs[n]
		j := n
		for idx[j] != n {
			k := idx[j]
			fs[j] = fs[k]
			idx[j] = j
			j = k
		}
		fs[j] = tmp
		idx[j] = j
	}
	return fs
}

func contentSpan(text string, q quoteSpan) Span {
	return Span{Text: text[q.start:q.end], Start: int(q.start), End: int(q.end)}
}

func wordCount(s string) int {
	n := 0
	for t := range tokenSpans(s) {
		if t.word {
			n++
		}
	}
	return n
}

// looksLikeSpeech tells a quoted phrase that reads as someone's words
// from a title or a name: at least a quarter of its tokens are
// lower-case words.
func looksLikeSpeech(s string) bool {
	lower, toks := 0, 0
	for t := range tokenSpans(s) {
		toks++
		if t.word && !t.upper {
			lower++
		}
	}
	return lower*2 >= toks/2
}

// lastDirect returns the last direct quote found in the paragraph before
// unit ui's, when unit ui opens its paragraph: the news convention of
// one speaker's quotes running over several paragraphs.
func lastDirect(out []found, units []sentence, ui int) int {
	u := units[ui]
	if ui > 0 && units[ui-1].para == u.para {
		// a quote later in the same paragraph continues the one before
		for i := len(out) - 1; i >= 0 && i >= len(out)-64; i-- {
			if out[i].unitIndex == ui-1 && out[i].kind == Direct && topLevel(out, i) && (out[i].hasFrame || out[i].inherit >= 0) {
				return i
			}
		}
		// or a report of what was said: "Carter said that … “That's
		// because this region …”"
		for i := len(out) - 1; i >= 0 && i >= len(out)-64 && out[i].unitIndex >= ui-1; i-- {
			if out[i].unitIndex == ui-1 && out[i].parent < 0 && out[i].hasFrame && (out[i].kind == Indirect || out[i].kind == Mixed) && reportsSpeech(out[i].f.method) {
				return i
			}
		}
		return -1
	}
	for i := len(out) - 1; i >= 0 && i >= len(out)-64; i-- {
		if out[i].para < u.para-1 {
			break
		}
		if out[i].para == u.para-1 && topLevel(out, i) && (out[i].hasFrame || out[i].inherit >= 0) {
			if out[i].kind == Direct || out[i].kind == Mixed || out[i].kind == Indirect && out[i].hasFrame && reportsSpeech(out[i].f.method) {
				return i
			}
			return -1
		}
	}
	return -1
}

// previousSentence finds the speaker of a quote that stands alone in
// unit ui from the sentence before it: `X said:` or `X released a
// statement.`
func previousSentence(units []sentence, ui int) (frame, bool) {
	if ui == 0 {
		return frame{}, false
	}
	p := &units[ui-1]
	if p.para < units[ui].para-1 {
		return frame{}, false
	}
	lx, text, toks := p.lx, p.text, p.toks
	if len(toks) == 0 {
		return frame{}, false
	}
	last := toks[len(toks)-1].str(text)
	colon := last == ":"
	// a cue or a speech noun in the sentence, with a subject before it
	for c := 0; c < len(toks); c++ {
		t := toks[c]
		if !t.word() || p.isQuote(c) {
			continue
		}
		lemma := lx.cueLemma[t.lower]
		if lemma == "" && (t.lower == "put" || t.lower == "puts") && c+1 < len(toks) && toks[c+1].lower == "it" {
			lemma = "put" // "The commissioner put it this way:"
		}
		if lx.stance[lemma] && !colon {
			lemma = "" // "Tate endorsed the mayor.": an attitude does not go on in a quotation
		}
		noun := mediumNouns[t.lower] && c > 0
		if lemma == "" && !noun && !(colon && c == len(toks)-2) {
			continue
		}
		if lemma != "" && c > 0 && beForms[toks[c-1].lower] && !strings.HasSuffix(t.lower, "ing") && t.lower != lemma {
			continue // a passive: "after the vote was announced" has no speaker before the verb
		}
		// the subject: the noun phrase before the clause's verb
		v := c
		if noun {
			// "released a statement": back to the verb
			v = c - 1
			for v > 0 && (determiners[toks[v].lower] || !toks[v].upper() && toks[v].word() && v > c-3 && !lx.headNoun(toks[v-1].lower) && toks[v-1].word() && !toks[v-1].upper()) {
				v--
			}
		}
		np := p.subjectBefore(v)
		if !np.ok() {
			continue
		}
		if !colon && lemma != "" && !noun {
			// "X said …" with content of its own is another quote's frame,
			// unless it announces what follows
			rest := 0
			for _, t := range toks[c+1:] {
				if t.word() {
					rest++
				}
			}
			if rest > 3 && c+1 < len(toks) && toks[c+1].word() && !mediumNouns[toks[c+1].lower] && toks[c+1].lower != "in" {
				continue
			}
		}
		f := frame{np: np, cue: tokSpan(text, toks, v, c+1).bytes(), hasCue: true, method: methodPreviousSentence, conf: 0.75}
		if noun {
			f.medium = &Span{Text: text[toks[c-1].start():toks[c].end()], Start: int(toks[c-1].start()), End: int(toks[c].end())}
		}
		if colon {
			f.method = methodColonBefore
			f.conf = 0.85
		}
		return f, true
	}
	return frame{}, false
}

// nestedFrame finds the cue of a quotation nested in another: "He said,
// 'How can we help you?'" inside the outer quote's text.
func (a *attributor) nestedFrame(sibIdx []int, parent, child int) (frame, bool) {
	lx, text, spans := a.lx, a.text, a.spans
	pq := spans[parent]
	if len(sibIdx) > 64 {
		return frame{}, false // not prose
	}
	inner := Span{Start: int(pq.start), End: int(pq.end)}
	sents := splitSentences(text, inner, spans, sibIdx)
	var units []sentence
	for _, s := range sents {
		units = append(units, newSentence(lx, text, s, int(pq.para), spans, sibIdx, nil))
	}
	for ui := range units {
		u := &units[ui]
		has := false
		for _, qi := range u.qidx {
			if int(qi) == child {
				has = true
			}
		}
		if !has {
			continue
		}
		for _, f := range a.fr.findFrames(u) {
			for _, qi := range f.quotes {
				if qi == child {
					f.method = methodNested + f.method
					f.conf -= 0.1
					return f, true
				}
			}
		}
		if f, ok := previousSentence(units, ui); ok {
			f.method = methodNested + f.method
			f.conf -= 0.1
			return f, true
		}
	}
	return frame{}, false
}

// endsWithQuote reports whether sentence s ends with the closing mark of
// one of the quotations (in text order), or one byte before its end.
// endsWithQuestion reports a span whose last stop, before any closing
// marks, is a question or exclamation mark.
func endsWithQuestion(text string, s Span) bool {
	for i := s.End; i > s.Start; {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:i])
		if isMarkRune(r) || r == ')' {
			i -= n
			continue
		}
		return r == '?' || r == '!'
	}
	return false
}

func endsWithQuote(s Span, spans []quoteSpan, quotes []int) bool {
	i := sort.Search(len(quotes), func(i int) bool { return int(spans[quotes[i]].close.end) >= s.End-1 })
	return i < len(quotes) && int(spans[quotes[i]].close.end) <= s.End
}

// opensWithFrame reports whether sentence s starts with a source and a
// cue and nothing else of substance ("Trump said.", "said Smith.").
func (lx *lexicon) opensWithFrame(text string, s Span) bool {
	toks := tokenize(text, s.Start, min(s.End, s.Start+200))
	for i, t := range toks {
		if i > 6 || !t.word() {
			return false
		}
		if !t.upper() && lx.cueLemma[t.lower] != "" && lx.strongCue(lx.cueLemma[t.lower]) {
			words := 0
			for _, r := range toks[i+1:] {
				if r.word() {
					words++
				}
			}
			// a frame with an addressee or adjuncts after it may be longer:
			// `"…?" Trump asked reporters rhetorically during a news
			// conference`, but not a report of its own ("Trump said that …")
			next := ""
			if i+1 < len(toks) {
				next = toks[i+1].lower
			}
			long := words <= 14 && i+1 < len(toks) && next != "that" && (prepositions[next] || next == "of" || next == "to" ||
				next == "reporters" || toks[i+1].upper() || strings.HasSuffix(next, "ly") || next == "him" || next == "her" || next == "them")
			return words <= 6 || long
		}
		if !t.upper() && !determiners[t.lower] && !lx.headNoun(t.lower) && lx.pronouns[t.lower] == 0 && !adverbs[t.lower] {
			return false
		}
	}
	return false
}

// hasPartial reports a quotation of two words or more among quotes.
func hasPartial(text string, spans []quoteSpan, quotes []int) bool {
	for _, qi := range quotes {
		if wordCount(text[int(spans[qi].start):int(spans[qi].end)]) >= 2 {
			return true
		}
	}
	return false
}

// reportsSpeech reports a frame method that reports words, not an
// attitude: "said that …" may go on in a quotation, "endorsed X" not.
func reportsSpeech(method string) bool {
	return method == methodIndirectThat || method == methodIndirectAfter || method == methodBeforeQuote
}

// isStageDirection reports a quotation that is only a bracketed note
// of a transcript: "(CROSSTALK.)", "[Applause]".
func isStageDirection(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	return len(s) > 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']')
}

// isFollowLine reports the social-media line that closes some
// articles: "Follow Pam Key on Twitter @pamkeyNEN."
func isFollowLine(s string) bool {
	return strings.HasPrefix(s, "Follow ") && strings.Contains(s, "@") && len(s) < 80
}

// isHeading tells a quoted phrase standing alone that is a heading or a
// title, not speech: a few words, all capitalised.
func isHeading(s string) bool {
	words := 0
	for t := range tokenSpans(s) {
		if !t.word {
			continue
		}
		words++
		if !t.upper && t.end-t.start > 3 {
			return false
		}
	}
	return words >= 2 && words <= 8
}

// placeOrTime reports a name that reads as a day or a place: a time
// word, or a name after "on", "in" or "at" ("on Tuesday", "in Ohio").
func (u *sentence) placeOrTime(np mention) bool {
	if inLower(timeWords, np.name) {
		return true
	}
	if np.s == 0 {
		return false
	}
	switch u.toks[np.s-1].lower {
	case "on", "in", "at":
		return true
	}
	return false
}
