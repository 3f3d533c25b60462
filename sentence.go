package verbatim

import "sort"

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
	span Span
	para int
	toks []token
	qidx []int // per token: index of the quote span it stands for, or -1
}

// newSentence tokenises the sentence s of text, folding the quote spans
// listed in quotes (indices into spans) into placeholders.
func newSentence(lx *lexicon, text string, s Span, para int, spans []quoteSpan, quotes []int) sentence {
	u := sentence{text: text, lx: lx, span: s, para: para}
	// (about one token in 4.6 bytes of news text: room for all at once)
	u.toks = make([]token, 0, (s.End-s.Start)/4+2)
	pos := s.Start
	// quotes are in text order: skip those before the sentence
	first := sort.Search(len(quotes), func(i int) bool { return spans[quotes[i]].close.end > s.Start })
	for _, qi := range quotes[first:] {
		q := spans[qi]
		if q.open.start >= s.End {
			break
		}
		if q.open.start < pos {
			continue
		}
		u.toks = appendTokens(u.toks, text, pos, q.open.start)
		u.qidx = padQuotes(u.qidx, len(u.toks))
		end := min(q.close.end, s.End)
		if q.unclosed {
			end = q.end
		}
		u.toks = append(u.toks, token{start: q.open.start, end: end, text: text[q.open.start:end]})
		u.qidx = append(u.qidx, qi)
		pos = end
	}
	if pos < s.End {
		u.toks = appendTokens(u.toks, text, pos, s.End)
	}
	if u.qidx != nil {
		u.qidx = padQuotes(u.qidx, len(u.toks))
	}
	return u
}

// padQuotes extends qidx with -1 (no quotation) to n entries.
func padQuotes(qidx []int, n int) []int {
	if qidx == nil {
		qidx = make([]int, 0, n+n/2+2)
	}
	for len(qidx) < n {
		qidx = append(qidx, -1)
	}
	return qidx
}

// phrase is a sentence of the given tokens alone, without quotations:
// for reading a speaker label or a name outside a sentence.
func phrase(lx *lexicon, text string, toks []token) *sentence {
	return &sentence{text: text, lx: lx, toks: toks}
}

// isQuote reports whether token i stands for a quotation.
func (u *sentence) isQuote(i int) bool { return i >= 0 && i < len(u.qidx) && u.qidx[i] >= 0 }
