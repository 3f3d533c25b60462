package verbatim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// markClass groups quotation marks that pair with each other.
type markClass uint8

const (
	noMark      markClass = iota
	doubleMark            // " “ ” „ ‟ and NYT-style '' ``
	singleMark            // ' ‘ ’ ‚ ‛
	guillemet             // « »
	singleAngle           // ‹ ›
	corner                // 「 」
	whiteCorner           // 『 』
)

// markRole says which way a mark faces on its own, before context.
type markRole uint8

const (
	either markRole = iota // ' and ": context decides
	opens
	closes
	lowOpen // „ ‚: opens, and may be closed by “ ‘ (German style)
	flips   // « » and “: opens by default but may close its mirror
)

type markInfo struct {
	class markClass
	role  markRole
}

// markTable classifies the quotation-mark runes.
var markTable = map[rune]markInfo{
	'"':      {doubleMark, either},
	'\u201c': {doubleMark, flips},   // “
	'\u201d': {doubleMark, closes},  // ”
	'\u201e': {doubleMark, lowOpen}, // „
	'\u201f': {doubleMark, opens},   // ‟
	'\'':     {singleMark, either},
	'\u2018': {singleMark, flips},   // ‘
	'\u2019': {singleMark, closes},  // ’ (also the apostrophe)
	'\u201a': {singleMark, lowOpen}, // ‚
	'\u201b': {singleMark, opens},   // ‛
	'\u00ab': {guillemet, flips},    // «
	'\u00bb': {guillemet, flips},    // »
	'\u2039': {singleAngle, flips},  // ‹
	'\u203a': {singleAngle, flips},  // ›
	'\u300c': {corner, opens},       // 「
	'\u300d': {corner, closes},      // 」
	'\u300e': {whiteCorner, opens},  // 『
	'\u300f': {whiteCorner, closes}, // 』
}

// A mark is one quotation mark found in the text.
type mark struct {
	start, end int // bytes of the mark itself
	class      markClass
	r          rune // the first rune of the mark
	canOpen    bool
	canClose   bool
	role       markRole
}

// A quoteSpan is a pair of matched marks and what lies between them.
type quoteSpan struct {
	open       openMark
	close      spanMark
	start, end int32 // content, trimmed of white space
	para       int32 // paragraph of the opening mark
	parent     int32 // index of the enclosing span, -1 for none
	unclosed   bool  // closed by the paragraph's end, not by a mark
	// a transcript speaker label ("WALLACE:"), if any: the bytes
	// text[labelStart:labelEnd]; labelEnd is 0 when there is none
	labelStart, labelEnd int32
}

// A spanMark is what a quote span keeps of its closing mark: 24 bytes,
// not the 32 of a mark (a page of marks holds a span for every two).
type spanMark struct {
	start, end int32
	r          rune
}

// An openMark is what a quote span keeps of its opening mark: 16 bytes.
type openMark struct {
	start int32
	r     rune
	class markClass
}

// kept returns what a quote span keeps of m as its closing mark.
func (m mark) kept() spanMark { return spanMark{start: int32(m.start), end: int32(m.end), r: m.r} }

// keptOpen returns what a quote span keeps of m as its opening mark.
func (m mark) keptOpen() openMark { return openMark{start: int32(m.start), r: m.r, class: m.class} }

// A byteSpan is a Span without its text: 16 bytes, not 40.
type byteSpan struct{ Start, End int }

// bytes returns the byte span of s.
func (s Span) bytes() byteSpan { return byteSpan{Start: s.Start, End: s.End} }

// in returns the Span of text that b is.
func (b byteSpan) in(text string) Span {
	return Span{Text: text[b.Start:b.End], Start: b.Start, End: b.End}
}

// markOf returns the class and role of quotation-mark rune r, and
// whether r is one: markTable without a map look-up for every rune.
func markOf(r rune) (markInfo, bool) {
	// (a switch, not the map: this runs for every rune of the text; a
	// test keeps the two the same)
	switch r {
	case '"':
		return markInfo{doubleMark, either}, true
	case '\u201c':
		return markInfo{doubleMark, flips}, true
	case '\u201d':
		return markInfo{doubleMark, closes}, true
	case '\u201e':
		return markInfo{doubleMark, lowOpen}, true
	case '\u201f':
		return markInfo{doubleMark, opens}, true
	case '\'':
		return markInfo{singleMark, either}, true
	case '\u2018':
		return markInfo{singleMark, flips}, true
	case '\u2019':
		return markInfo{singleMark, closes}, true
	case '\u201a':
		return markInfo{singleMark, lowOpen}, true
	case '\u201b':
		return markInfo{singleMark, opens}, true
	case '\u00ab', '\u00bb':
		return markInfo{guillemet, flips}, true
	case '\u2039', '\u203a':
		return markInfo{singleAngle, flips}, true
	case '\u300c':
		return markInfo{corner, opens}, true
	case '\u300d':
		return markInfo{corner, closes}, true
	case '\u300e':
		return markInfo{whiteCorner, opens}, true
	case '\u300f':
		return markInfo{whiteCorner, closes}, true
	}
	return markInfo{}, false
}

// isMarkRune reports a quotation-mark rune (a key of markTable).
func isMarkRune(r rune) bool {
	_, ok := markOf(r)
	return ok
}

// findMarks lists the quotation marks of text[s:e], leaving out
// apostrophes (don't, Trump's, '90s).
func findMarks(text string, s, e int) []mark {
	var out []mark
	for m, ok := nextMark(text, s, e, s); ok; m, ok = nextMark(text, s, e, m.end) {
		out = append(out, m)
	}
	return out
}

// nextMark returns the first quotation mark of text[s:e] (as findMarks
// lists them) that starts at or after byte i, or false when none does.
func nextMark(text string, s, e, i int) (mark, bool) {
	for i < e {
		if c := text[i]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:e])
		info, ok := markOf(r)
		if !ok && r != '`' {
			i += n
			continue
		}
		m := mark{start: i, end: i + n, r: r, class: info.class, role: info.role}
		// NYT style: '' and `` stand for double marks.
		// Three in a row close a nested quotation and its outer one
		// (,''' is ' then ''): the single mark comes first there.
		if (r == '\'' || r == '`') && i+2*n <= e && text[i+n] == byte(r) && !closesNestedFirst(text, s, i, e) {
			m.end = i + 2*n
			m.class = doubleMark
			if r == '`' {
				m.role = opens
			}
		} else if r == '`' {
			i += n
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[s:m.start])
		next, _ := utf8.DecodeRuneInString(text[m.end:e])
		if m.start == s {
			prev = ' '
		}
		if m.end == e {
			next = ' '
		}
		m.canOpen = openingContext(prev) && !isSpace(next) && next != utf8.RuneError
		if m.start == s && isSpace(next) && strings.HasPrefix(strings.TrimLeft(text[m.end:e], " "), "…") {
			m.canOpen = true // a paragraph opening with an elided quotation: "” … what I learned"
		}
		m.canClose = !isSpace(prev) && closingContext(next)
		if m.class == guillemet || m.class == singleAngle {
			// French style puts spaces inside: « Oui »
			m.canOpen = openingContext(prev)
			m.canClose = closingContext(next)
		}
		if m.class == singleMark && isApostrophe(prev, next, m.start == s) {
			i = m.end
			continue
		}
		return m, true
	}
	return mark{}, false
}

// openingContext reports whether a mark after r may open a quotation.
func openingContext(r rune) bool {
	if isSpace(r) || r == utf8.RuneError {
		return true
	}
	switch r {
	case '(', '[', '{', '-', '\u2013', '\u2014', '/', ':', ';', ',':
		return true
	}
	return isMarkRune(r)
}

// closingContext reports whether a mark before r may close a quotation.
func closingContext(r rune) bool {
	if isSpace(r) || r == utf8.RuneError {
		return true
	}
	if unicode.IsPunct(r) || unicode.IsSymbol(r) {
		return true
	}
	return isMarkRune(r)
}

// isApostrophe tells a single mark between prev and next that is an
// apostrophe: inside a word (don't), before a year ('90s), or after a
// plural at a word's end followed by a letter-less context is left to
// pairing (the Joneses').
func isApostrophe(prev, next rune, atStart bool) bool {
	letterPrev := !atStart && (unicode.IsLetter(prev) || unicode.IsDigit(prev))
	letterNext := unicode.IsLetter(next) || unicode.IsDigit(next)
	if letterPrev && letterNext {
		return true
	}
	if !letterPrev && unicode.IsDigit(next) {
		return true // '90s
	}
	return false
}

// pairMarks matches the marks of the paragraphs into quote spans.
// Quotes that run over paragraphs follow the news convention: a
// paragraph whose quotation is still open at its end continues in the
// next paragraph when that one begins with an opening mark. Any other
// mark left open at a paragraph's end is dropped, so an unbalanced mark
// never swallows text past its paragraph.
func pairMarks(text string, paras []Span) []quoteSpan {
	pr := pairer{text: text, paras: paras}
	// A span takes two marks, or one and its paragraph's end (one span
	// a paragraph): room for all of them at once, half a paragraph's
	// marks rounded up, not grown by copying (on a page of marks the
	// copies were most of the parse's memory).
	room := 0
	for _, p := range paras {
		k := 0
		for m, ok := nextMark(text, p.Start, p.End, p.Start); ok; m, ok = nextMark(text, p.Start, p.End, m.end) {
			k++
		}
		room += (k + 1) / 2
	}
	pr.out = make([]quoteSpan, 0, room)
	for pi, p := range paras {
		// A quotation kept open by the previous paragraph continues here;
		// the paragraph's opening mark belongs to it.
		skip := len(pr.stack) > 0
		for m, ok := nextMark(text, p.Start, p.End, p.Start); ok; m, ok = nextMark(text, p.Start, p.End, m.end) {
			if skip {
				skip = false
				continue
			}
			pr.mark(m, pi)
		}
		if len(pr.stack) > 0 {
			pr.paragraphEnd(pi)
		}
	}
	return nestQuotes(sortSpans(pr.out))
}

// maxDepth bounds the nesting of quotation marks: deeper nesting is not
// quotation but noise.
const maxDepth = 8

// A pairer pairs the quotation marks of an article, paragraph by
// paragraph.
type pairer struct {
	text  string
	paras []Span
	out   []quoteSpan
	stack []opened // the marks still open, outermost first
}

// An opened mark waits for its closing mark.
type opened struct {
	m    mark
	para int
}

// emit adds the quotation between the open mark o and its closing mark
// c, without a transcript's speaker label ("WALLACE:") at its start.
func (pr *pairer) emit(o opened, c mark) {
	text := pr.text
	q := quoteSpan{open: o.m.keptOpen(), close: c.kept(), para: int32(o.para), parent: -1}
	s, e := trimSpace(text, o.m.end, c.start)
	if n := labelLen(text, s, e); n > 0 {
		q.labelStart, q.labelEnd = int32(s), int32(s+n-1)
		s, e = trimSpace(text, s+n, e)
	}
	q.start, q.end = int32(s), int32(e)
	pr.out = append(pr.out, q)
}

// mark closes the innermost open mark of m's class with m, or opens m.
func (pr *pairer) mark(m mark, pi int) {
	top := -1
	for k := len(pr.stack) - 1; k >= 0; k-- {
		if pr.stack[k].m.class == m.class {
			top = k
			break
		}
	}
	if closesQuote(m, pr.stack, top) {
		if top < 0 {
			return // a stray closer, or an apostrophe (the Joneses')
		}
		pr.emit(pr.stack[top], m)
		pr.stack = pr.stack[:top]
		return
	}
	if len(pr.stack) >= maxDepth {
		return
	}
	pr.stack = append(pr.stack, opened{m, pi})
}

// closesQuote reports whether mark m closes a quotation rather than
// opening one; top is the innermost open mark of its class, or -1.
func closesQuote(m mark, stack []opened, top int) bool {
	closing := false
	switch m.role {
	case closes:
		closing = true
	case opens, lowOpen:
		closing = false
	case flips:
		// “ closes a „, ‘ a ‚, » a «, « a »: a mark facing an
		// opener of another shape closes it.
		closing = top >= 0 && (stack[top].m.r != m.r || !m.canOpen) && m.canClose
		// (a “ that cannot open closes a “: “51 percent.“ When)
	case either:
		switch {
		case m.canClose && !m.canOpen:
			closing = true
		case m.canOpen && !m.canClose:
			closing = false
		default:
			closing = top >= 0
		}
	}
	if closing && top < 0 && m.canOpen && (m.role == either || !m.canClose) {
		closing = false // a closing shape used to open (”Fear. …”)
	}
	return closing
}

// paragraphEnd keeps an open double quotation for a possible
// continuation in the next paragraph. In a transcript ("WALLACE: …"
// then "PENCE: …") each turn is a quote of its own, ending with its
// paragraph.
func (pr *pairer) paragraphEnd(pi int) {
	text, paras, p := pr.text, pr.paras, pr.paras[pi]
	first := pr.stack[0]
	cont := first.m.class != singleMark && pi+1 < len(paras) && startsWithOpener(text, paras[pi+1], first.m.class)
	emitted := false
	if cont && (hasLabel(text, first.m.end, p.End) || hasLabel(text, nextAfterMark(text, paras[pi+1]), paras[pi+1].End) ||
		first.para != pi && opensWithBracket(text, nextAfterMark(text, paras[pi+1]), paras[pi+1].End)) {
		// this turn, or the paragraphs continuing an earlier
		// turn, end before the next speaker's label
		pr.emit(first, mark{start: p.End, end: p.End})
		pr.out[len(pr.out)-1].unclosed = true
		emitted = true
		cont = false
	}
	if !cont && !emitted && first.para == pi && first.m.start == p.Start && hasLabel(text, first.m.end, p.End) {
		pr.emit(first, mark{start: p.End, end: p.End}) // the last turn
		pr.out[len(pr.out)-1].unclosed = true
		emitted = true
	}
	if !cont && !emitted && len(pr.stack) == 1 && first.para == pi && first.m.class == doubleMark && openMarkStartsSpeech(text, p, first.m) {
		// a quotation opened at a sentence's start and never closed
		// runs to its paragraph's end: `Lopez said: "We will win.`
		pr.emit(first, mark{start: p.End, end: p.End})
		pr.out[len(pr.out)-1].unclosed = true
	}
	if cont {
		pr.stack = pr.stack[:1]
	} else {
		pr.stack = pr.stack[:0]
	}
}

// openMarkStartsSpeech reports an opening mark m of paragraph p that
// opens what was said: after a colon, a comma or a sentence's end, and
// followed by an upper-case letter and a sentence's end before the
// paragraph's.
func openMarkStartsSpeech(text string, p Span, m mark) bool {
	if !m.canOpen || m.end >= p.End {
		return false
	}
	// (at the paragraph's start, a mark never closed may be a slip
	// anywhere in the paragraph: `"Never closed, Smith said.`)
	before := strings.TrimRight(text[p.Start:m.start], " ")
	if before == "" || !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, ".") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[m.end:p.End])
	rest := strings.TrimRight(text[m.end:p.End], " ")
	return unicode.IsUpper(r) && (strings.HasSuffix(rest, ".") || strings.HasSuffix(rest, "!") || strings.HasSuffix(rest, "?"))
}

// startsWithOpener reports whether paragraph p begins with an opening
// mark of class c.
func startsWithOpener(text string, p Span, c markClass) bool {
	ms := findMarks(text, p.Start, min(p.End, p.Start+8))
	return len(ms) > 0 && ms[0].start == p.Start && ms[0].class == c && ms[0].role != closes && ms[0].canOpen
}

// sortSpans orders spans by opening mark (pairing emits inner ones first).
func sortSpans(qs []quoteSpan) []quoteSpan {
	// insertion sort: lists are short and nearly sorted
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && qs[j].open.start < qs[j-1].open.start; j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
	return qs
}

// nestQuotes sets each span's parent to the innermost span enclosing it.
func nestQuotes(qs []quoteSpan) []quoteSpan {
	var stack []int
	for i := range qs {
		for len(stack) > 0 && qs[stack[len(stack)-1]].close.end <= qs[i].open.start {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			qs[i].parent = int32(stack[len(stack)-1])
		}
		stack = append(stack, i)
	}
	return qs
}

// labelLen returns the length of a transcript label ("WALLACE:", "MR.
// TRUMP:") opening text[s:e], colon included, or 0.
func labelLen(text string, s, e int) int {
	i := s
	letters := 0
	for i < e && i < s+40 {
		c := text[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == ' ' || c == '.' || c == '\'' || c == '-':
		case c == ':':
			if letters >= 2 && i+1 < e && text[i+1] == ' ' {
				return i - s + 1
			}
			return 0
		default:
			return 0
		}
		i++
	}
	return 0
}

// opensWithBracket reports text[s:e] opening with a bracketed note, such
// as a transcript's "(CROSSTALK.)".
func opensWithBracket(text string, s, e int) bool {
	s, e = trimSpace(text, s, e)
	return s < e && (text[s] == '(' || text[s] == '[')
}

func hasLabel(text string, s, e int) bool {
	s, e = trimSpace(text, s, e)
	return labelLen(text, s, e) > 0
}

// nextAfterMark returns the offset after paragraph p's opening mark.
func nextAfterMark(text string, p Span) int {
	ms := findMarks(text, p.Start, min(p.End, p.Start+8))
	if len(ms) == 0 {
		return p.Start
	}
	return ms[0].end
}

// closesNestedFirst reports whether the apostrophe at i starts a run of
// three after a word or a punctuation mark ("Friends," then three
// apostrophes): the run closes a single-quoted title and then the
// NYT-style double apostrophe around it, so the first apostrophe is a
// mark of its own.
func closesNestedFirst(text string, s, i, e int) bool {
	if i+3 > e || text[i+1] != '\'' || text[i+2] != '\'' || i == s {
		return false
	}
	if i+3 < e && text[i+3] == '\'' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[s:i])
	return !isSpace(prev) && !strings.ContainsRune("([{-\u2013\u2014/", prev)
}
