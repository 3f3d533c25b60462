package verbatim

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// A sentence is what the attribution rules read: the tokens of one
// sentence of the article text, each quotation directly inside it folded
// into one placeholder token, with the text and the lexicon they are
// read against. The local questions of the rules are its methods: the
// noun phrase before or after a token (mention.go), the subject of a
// cue and the clause after it (frame.go), where reported content starts
// and ends (bounds.go).
type sentence struct {
	text string   // the article text; tokens are spans of it
	lx   *lexicon // the word lists the rules look words up in
	span span32   // (its text is text[span.Start:span.End])
	para int
	ar   *tokenArena // the parse's arena, for its frames' contents (nil in a phrase)
	toks []token
	qidx []int32 // per token: index of the quote span it stands for, or -1
}

// newSentence tokenises the sentence s of text, folding the quote spans
// listed in quotes (indices into spans) into placeholders. Its token
// and quote-index slices come from ar, or are allocated when ar is nil.
func newSentence(lx *lexicon, text string, s Span, para int, spans []quoteSpan, quotes []int, ar *tokenArena) sentence {
	u := sentence{text: text, lx: lx, span: span32{Start: int32(s.Start), End: int32(s.End)}, para: para, ar: ar}
	// quotes are in text order: skip those before the sentence
	first := sort.Search(len(quotes), func(i int) bool { return int(spans[quotes[i]].close.end) > s.Start })
	if ar != nil {
		ar.left -= s.End - s.Start
		ar.most = mostTokens(spans, quotes[first:], s)
		u.toks = ar.toks[len(ar.toks):len(ar.toks)]
	}
	nq := 0
	pos := s.Start
	for qi, b := range sentenceQuotes(spans, quotes[first:], s) {
		nq++
		u.toks = appendArenaTokens(u.toks, text, ar, pos, b.Start)
		u.qidx = ar.padQuotes(u.qidx, len(u.toks))
		u.toks = append(ar.room(u.toks), newToken(b.Start, b.End, "", false, false))
		u.qidx = append(ar.roomInts(u.qidx), int32(qi))
		pos = b.End
	}
	if pos < s.End {
		u.toks = appendArenaTokens(u.toks, text, ar, pos, s.End)
	}
	if nq > 0 {
		u.qidx = ar.padQuotes(u.qidx, len(u.toks))
	}
	u.toks = ar.keepTokens(u.toks)
	u.qidx = ar.keepInts(u.qidx)
	return u
}

// mostTokens is about the most tokens the sentence s can have: a token a
// byte outside its quotations (quotes as sentenceQuotes reads them), up
// to 256 and a quarter of its bytes, and one for each quotation.
func mostTokens(spans []quoteSpan, quotes []int, s Span) int {
	nq, quoted := 0, 0
	for _, b := range sentenceQuotes(spans, quotes, s) {
		nq++
		quoted += b.End - b.Start
	}
	bytes := max(0, s.End-s.Start-quoted)
	return min(bytes, 256+bytes/4) + nq + 2
}

// sentenceQuotes yields the quotations of quotes (indices into spans,
// in text order, none ending before s) that open in the sentence s and
// after the one before: each span's index and the bytes it covers in
// the sentence (to the paragraph's end when it is unclosed).
func sentenceQuotes(spans []quoteSpan, quotes []int, s Span) func(yield func(qi int, b byteSpan) bool) {
	return func(yield func(qi int, b byteSpan) bool) {
		pos := s.Start
		for _, qi := range quotes {
			q := &spans[qi]
			if int(q.open.start) >= s.End {
				return
			}
			if int(q.open.start) < pos {
				continue
			}
			end := min(int(q.close.end), s.End)
			if q.unclosed {
				end = int(q.end)
			}
			if !yield(qi, byteSpan{Start: int(q.open.start), End: end}) {
				return
			}
			pos = end
		}
	}
}

// A span32 is a byte span of the text in 8 bytes (offsets are below
// 2^31: see maxInputBytes).
type span32 struct{ Start, End int32 }

// A tokenArena hands out the token and quote-index slices of the
// sentences of one parse from a few shared chunks, rather than two
// allocations a sentence. A sentence's slices are filled at the end of
// the current chunks; when a chunk is full, what the sentence has so far
// moves to a new one, sized by what is left of the text (one token in 8
// bytes of it: news has one in 7, a quotation counted as one token, and
// the text between sentences is counted too), so that the chunks are
// used to their ends. A sentence's slices have no room past their
// length, so an append to one never writes into the next.
type tokenArena struct {
	toks []token // the current chunk: used up to len
	qidx []int32
	left int // bytes of text still to be tokenised, to size a chunk
	// chunks is set when the sentences' slices are filled in the
	// chunks; an arena without only writes lower-case forms
	chunks bool
	nOnes  int32 // the contents one has made
	most   int   // about the most tokens the current sentence can have
	// the lower-case forms of capitalised ASCII words, written one
	// after the other: a string a chunk, not one a word
	lower strings.Builder
	// the frames' contents of one quotation (see one)
	ones []contentOfOne
}

// one returns a new contentOfOne holding c and qi. A parse's first 32
// are allocated one by one; after them, they come from slabs a quarter
// of the number so far (up to 512): a page of short quotes makes a few
// hundred allocations for them, not one a quotation. (a may be nil.)
func (a *tokenArena) one(c Span, qi int) *contentOfOne {
	if a == nil || a.nOnes < 32 {
		if a != nil {
			a.nOnes++
		}
		return &contentOfOne{c: [1]Span{c}, q: [1]int{qi}}
	}
	a.nOnes++
	if len(a.ones) == cap(a.ones) {
		a.ones = make([]contentOfOne, 0, min(512, a.nOnes/4))
	}
	a.ones = append(a.ones, contentOfOne{c: [1]Span{c}, q: [1]int{qi}})
	return &a.ones[len(a.ones)-1]
}

// arenaChunk is the most tokens a chunk holds unless one sentence
// needs more.
const arenaChunk = 4096

// newTokenArena returns an arena for the sentences of text.
func newTokenArena(text string) *tokenArena { return &tokenArena{left: len(text), chunks: true} }

// fold returns foldToken(w), writing a lower-cased ASCII word in a.lower.
// (A strings.Builder never changes the bytes it has written, so the
// strings sliced from it stay valid; a full one is left to them and a
// new one started rather than grown by copying.)
func (a *tokenArena) fold(w string) string {
	i := 0
	for i < len(w) && w[i] < utf8.RuneSelf && !('A' <= w[i] && w[i] <= 'Z') {
		i++
	}
	if i == len(w) {
		return w // lower-case ASCII already
	}
	if !isASCII(w[i:]) {
		return foldToken(w)
	}
	if a.lower.Cap()-a.lower.Len() < len(w) {
		a.lower = strings.Builder{}
		a.lower.Grow(max(len(w), min(4096, a.left/8+64)))
	}
	start := a.lower.Len()
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		a.lower.WriteByte(c)
	}
	return a.lower.String()[start:]
}

// room returns toks, filled at the end of a's chunk (or anywhere when a
// is nil), with room for one more element: moved to a new chunk when
// the current one is full. (A chunk is made by slices.Grow, whose
// capacity is the whole of the allocator's size class: make's would
// leave the rest of it unused.)
func (a *tokenArena) room(toks []token) []token {
	if a == nil || !a.chunks || len(toks) < cap(toks) {
		return toks
	}
	a.toks = slices.Grow([]token(nil), a.chunk(len(toks), arenaChunk, 8))
	return append(a.toks, toks...)
}

// roomInts is room for a quote-index slice (the sentences with
// quotations only: a chunk for about four times the bytes).
func (a *tokenArena) roomInts(qidx []int32) []int32 {
	if a == nil || !a.chunks || len(qidx) < cap(qidx) {
		return qidx
	}
	a.qidx = slices.Grow([]int32(nil), a.chunk(len(qidx), arenaChunk/4, 28))
	return append(a.qidx, qidx...)
}

// chunk returns the size of a new chunk for a sentence that has n
// elements so far: twice that, or one element in perByte bytes of what
// is left of the text, up to limit; for a sentence that may be longer
// than limit, the most it can have, at once (a page of marks is one
// sentence of half a million quotations: not grown by copying).
func (a *tokenArena) chunk(n, limit, perByte int) int {
	size := max(2*n+8, min(limit, a.left/perByte+16))
	if a.most > limit && a.most > size {
		size = a.most
	}
	return size
}

// padQuotes extends qidx with -1 (no quotation) to n entries; a nil
// qidx starts at the end of a's chunk.
func (a *tokenArena) padQuotes(qidx []int32, n int) []int32 {
	if qidx == nil {
		if a == nil {
			qidx = make([]int32, 0, n+n/2+2)
		} else {
			qidx = a.qidx[len(a.qidx):len(a.qidx)]
		}
	}
	for len(qidx) < n {
		qidx = append(a.roomInts(qidx), -1)
	}
	return qidx
}

// keepTokens takes toks, filled at the end of a's chunk, out of the
// arena and returns it with its capacity cut to its length.
func (a *tokenArena) keepTokens(toks []token) []token {
	if a == nil {
		return toks
	}
	a.toks = a.toks[:len(a.toks)+len(toks)]
	return toks[:len(toks):len(toks)]
}

// keepInts is keepTokens for a quote-index slice.
func (a *tokenArena) keepInts(qidx []int32) []int32 {
	if a == nil || qidx == nil {
		return qidx
	}
	a.qidx = a.qidx[:len(a.qidx)+len(qidx)]
	return qidx[:len(qidx):len(qidx)]
}

// phrase is a sentence of the given tokens alone, without quotations:
// for reading a speaker label or a name outside a sentence.
func phrase(lx *lexicon, text string, toks []token) *sentence {
	return &sentence{text: text, lx: lx, toks: toks}
}

// isQuote reports whether token i stands for a quotation.
func (u *sentence) isQuote(i int) bool { return i >= 0 && i < len(u.qidx) && u.qidx[i] >= 0 }
