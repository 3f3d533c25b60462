package verbatim

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/verbatim-go/verbatim/internal/devrules"
)

// DefaultMaxBytes is the input size limit of a Parser whose MaxBytes is 0.
const DefaultMaxBytes = 32 << 20

// A Parser finds quotes, speakers and attributions in articles. Its zero
// value is ready to use. A Parser is only read during a parse, so one
// Parser may be used by many goroutines at once.
type Parser struct {
	// MaxBytes limits the size of the input; longer input is refused
	// with an error wrapping ErrTooLarge. 0 means DefaultMaxBytes; no
	// input over 2 GiB (math.MaxInt32 bytes) is read, whatever MaxBytes.
	MaxBytes int

	// ContentType is the Content-Type header a fetcher saw for an HTML
	// page ("text/html; charset=iso-8859-1"). It is used, after a byte
	// order mark and before the page's own <meta> tags, to decode the
	// page. Empty means unknown.
	ContentType string

	// HTMLOffsets asks ParseHTML to set Quote.HTML: the byte offsets of
	// each quote in the original HTML source.
	HTMLOffsets bool
}

var defaultParser Parser

// ParseText finds the quotes in a plain-text article with the zero Parser.
func ParseText(text string) (*Document, error) { return defaultParser.ParseText(text) }

// maxInputBytes is the longest input any Parser reads, whatever its
// MaxBytes: offsets inside a parse are 32-bit.
const maxInputBytes = math.MaxInt32

func (p *Parser) maxBytes() int {
	if p == nil || p.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return min(p.MaxBytes, maxInputBytes)
}

// ParseText finds the quotes in a plain-text article. Paragraphs are the
// non-blank lines of text. The returned Document's Text is text itself,
// and every offset is a byte offset into it. Text that is not valid UTF-8
// is refused with an error wrapping ErrInvalidUTF8.
func (p *Parser) ParseText(text string) (*Document, error) {
	return p.ParseTextContext(context.Background(), text)
}

// ParseTextContext is ParseText with a context: a parse stops soon after
// ctx is cancelled or its deadline passes, and returns an error wrapping
// ctx.Err().
func (p *Parser) ParseTextContext(ctx context.Context, text string) (*Document, error) {
	if n := len(text); n > p.maxBytes() {
		return nil, tooLarge(n, p.maxBytes())
	}
	if !utf8.ValidString(text) {
		off := 0
		for off < len(text) {
			r, size := utf8.DecodeRuneInString(text[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return nil, fmt.Errorf("%w at byte %d", ErrInvalidUTF8, off)
	}
	return p.analyzeContext(ctx, text, splitParagraphs(text))
}

// splitParagraphs returns the non-blank lines of text, trimmed of
// surrounding white space (counted first: one slice, at its length).
func splitParagraphs(text string) []Span {
	n := 0
	for range nonBlankLines(text) {
		n++
	}
	if n == 0 {
		return nil
	}
	out := make([]Span, 0, n)
	for s, e := range nonBlankLines(text) {
		out = append(out, Span{Start: s, End: e})
	}
	return out
}

// nonBlankLines yields the bounds of the lines of text that are not
// blank, trimmed of surrounding white space.
func nonBlankLines(text string) iter.Seq2[int, int] {
	return func(yield func(s, e int) bool) {
		for start := 0; start <= len(text); {
			end := len(text)
			if i := strings.IndexByte(text[start:], '\n'); i >= 0 {
				end = start + i
			}
			if s, e := trimSpace(text, start, end); s < e && !yield(s, e) {
				return
			}
			start = end + 1
		}
	}
}

// analyze runs the pipeline on article text already split into
// paragraphs (spans into text, in order, not overlapping): quotation
// marks, sentences, attribution frames, then speakers.
func (p *Parser) analyze(text string, paras []Span) *Document {
	doc, _ := p.analyzeContext(context.Background(), text, paras) // (no error without a context)
	return doc
}

// analyzeContext is analyze, stopping when ctx is done. The rules that
// internal/devrules switches off in ctx are skipped.
func (p *Parser) analyzeContext(ctx context.Context, text string, paras []Span) (*Document, error) {
	off := devrules.Off(ctx)
	if err := checkRules(off); err != nil {
		return nil, err
	}
	lx := builtin()
	spans := pairMarks(text, paras)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("verbatim: parse stopped: %w", err)
	}
	units := lx.segment(text, paras, spans)
	fs, err := lx.attribute(ctx, text, paras, spans, units, off)
	if err != nil {
		return nil, err
	}
	r := newResolver(lx, text)
	r.off = off
	r.scanAll(units)
	ents, doubt := r.resolveAll(fs)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("verbatim: parse stopped: %w", err)
	}
	return assemble(text, paras, fs, ents, doubt, r.ents), nil
}

// genderFromContent learns a speaker's gender from a pronoun opening
// what they said ("Sheinbaum said that she rejected …").
func (r *resolver) genderFromContent(ent int, f found) {
	e := r.ents[ent]
	if e.gender != 0 || e.kind != Person || f.kind == Direct {
		return
	}
	// the first two words are enough
	end := min(f.span.End, f.span.Start+24)
	for end < f.span.End && !utf8.RuneStart(r.text[end]) {
		end++
	}
	r.toks = appendArenaTokens(r.toks[:0], r.text, &r.lowers, f.span.Start, end)
	toks := r.toks
	// a subject pronoun opening the reported clause: "(that) she …";
	// an object ("criticized him") says nothing of the speaker
	for i, t := range toks {
		if i > 1 || i == 1 && toks[0].lower != "that" {
			break
		}
		switch t.lower {
		case "she":
			e.gender = 'f'
			return
		case "he":
			e.gender = 'm'
			return
		}
	}
}

// assemble builds the Document: quotes in text order, and the entities
// that some quote is attributed to, as speakers; doubt lowers the
// confidence of each quote's attribution by the doubt of its speaker.
func assemble(text string, paras []Span, fs []found, ents []int, doubt []float64, all []*entity) *Document {
	doc := &Document{Text: text, Paragraphs: paras}
	id := make([]int, len(all))
	for i := range id {
		id[i] = -1
	}
	order := make([]int, 0, len(all))
	for i, e := range all {
		if e.used {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(all[a].first, all[b].first) })
	if len(order) > 0 {
		doc.Speakers = make([]Speaker, 0, len(order))
	}
	if len(fs) > 0 {
		doc.Quotes = make([]Quote, 0, len(fs))
	}
	for _, i := range order {
		e := all[i]
		id[i] = len(doc.Speakers)
		var ms []Span
		if len(e.mentions) > 0 {
			ms = make([]Span, len(e.mentions))
			for k, m := range e.mentions {
				ms[k] = Span{Text: text[m.Start:m.End], Start: m.Start, End: m.End}
			}
		}
		// (slices.SortFunc is sort.Slice's algorithm, without its
		// reflection's allocations: the same order)
		slices.SortFunc(ms, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
		sp := Speaker{ID: id[i], Name: e.name, Kind: e.kind, Titles: e.titles, Aliases: e.aliases, Mentions: ms}
		if e.unnamed {
			sp.Kind = UnknownSpeaker
		}
		if e.kind == Person {
			switch e.gender {
			case 'f':
				sp.Gender = "female"
			case 'm':
				sp.Gender = "male"
			}
		}
		doc.Speakers = append(doc.Speakers, sp)
	}
	// an unnamed source's organisation, when it is a speaker too
	for _, i := range order {
		if a := all[i].affil; a >= 0 && id[a] >= 0 && a != i {
			v := id[a]
			doc.Speakers[id[i]].Affiliation = &v
		}
	}
	nested := 0
	for i := range fs {
		if fs[i].parent >= 0 {
			nested++
		}
	}
	parents := make([]int, 0, nested) // (what the quotes' Parent point to: one allocation)
	attributed := 0
	for _, e := range ents {
		if e >= 0 {
			attributed++
		}
	}
	slab := make([]attributionCue, 0, attributed) // (the quotes' Attributions: one allocation)
	for i, f := range fs {
		q := Quote{Text: text[f.span.Start:f.span.End], Start: f.span.Start, End: f.span.End, Kind: f.kind, Paragraph: paragraphAt(paras, f.span.Start)}
		if f.parent >= 0 {
			parents = append(parents, f.parent)
			q.Parent = &parents[len(parents)-1]
		}
		if ents[i] >= 0 {
			slab = slab[:len(slab)+1]
			q.Attribution = attributionOf(&slab[len(slab)-1], text, fs, i, id[ents[i]], doubt[i])
		}
		doc.Quotes = append(doc.Quotes, q)
	}
	return doc
}

// pronounMethods maps the method of a frame to its name for a pronoun
// source ("pronoun-after-quote"), made once rather than for each quote.
var pronounMethods = func() map[string]string {
	m := map[string]string{}
	for _, x := range []string{methodAccordingTo, methodAfterQuote, methodAfterQuoteLoose, methodBeforeQuote, methodBeforeQuoteLoose,
		methodColonBefore, methodColonIntro, methodColonLabel, methodColonList, methodColonLoose, methodColonSubject, methodContinued,
		methodDashAfterQuote, methodDashBeforeQuote, methodIndirectAfter, methodIndirectThat, methodInterrupted, methodNextSentence,
		methodNounCue, methodPartialSubject, methodParticiple, methodPassive, methodPreviousParagraph, methodPreviousSentence,
		methodStance, methodTranscriptLabel} {
		m[x] = methodPronoun + x
		m[methodNested+x] = methodPronoun + methodNested + x
	}
	return m
}()

// pronounMethod returns methodPronoun + method.
func pronounMethod(method string) string {
	if pm, ok := pronounMethods[method]; ok {
		return pm
	}
	return methodPronoun + method
}

// An attributionCue is an Attribution with room for its cue.
type attributionCue struct {
	a   Attribution
	cue Span
}

// attributionOf writes the Attribution of found quote i, whose speaker
// the sieves resolved with the given doubt (1 for none), in ac.
func attributionOf(ac *attributionCue, text string, fs []found, i, speaker int, doubt float64) *Attribution {
	f := fs[i]
	src := f
	method := ""
	conf := 0.0
	if !f.hasFrame && f.inherit >= 0 {
		src = fs[f.inherit]
		for !src.hasFrame && src.inherit >= 0 {
			src = fs[src.inherit]
		}
		method, conf = methodPreviousParagraph, 0.7*src.f.conf
	}
	fr := src.f
	if method == "" {
		method, conf = fr.method, fr.conf
		if fr.np.kind == npPronoun {
			method = pronounMethod(method)
			conf *= 0.92
		}
		if fr.np.kind == npNominal {
			conf *= 0.95
		}
	}
	conf *= doubt
	attr := Attribution{
		Speaker:    speaker,
		Mention:    Span{Text: text[fr.np.start:fr.np.end], Start: fr.np.start, End: fr.np.end},
		Method:     method,
		Confidence: float64(int(conf*100+0.5)) / 100,
	}
	ac.a = attr
	a := &ac.a
	if fr.hasCue && src.hasFrame && f.hasFrame {
		ac.cue = fr.cue.in(text)
		a.Cue = &ac.cue
	}
	a.Medium, a.Addressee = fr.medium, fr.addressee
	return a
}

// bylineNarrator gives the article's "I" (the unnamed speaker of the
// first-person reports outside quotes, see sieveNarrator) the name of
// the page's byline, when there is one and it names one person: in an
// opinion piece the writer is the byline.
func bylineNarrator(doc *Document) {
	name := strings.TrimSpace(doc.Byline)
	if n, ok := strings.CutPrefix(name, "By "); ok {
		name = strings.TrimSpace(n)
	}
	if name == "" || strings.Contains(name, " and ") || strings.ContainsAny(name, ",;&|") || len(strings.Fields(name)) > 4 {
		return
	}
	for i := range doc.Speakers {
		if sp := &doc.Speakers[i]; sp.Kind == UnknownSpeaker && sp.Name == "I" {
			sp.Name, sp.Kind = name, Person
		}
	}
}

// paragraphAt returns the index of the paragraph holding byte pos.
func paragraphAt(paras []Span, pos int) int {
	i := sort.Search(len(paras), func(i int) bool { return paras[i].End > pos })
	if i == len(paras) {
		return max(0, len(paras)-1)
	}
	return i
}
