package verbatim

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is a word or a punctuation rune of the text: 24 bytes, its two
// flags in the top bits of its offsets (which are below 2^31: see
// maxInputBytes).
type token struct {
	lower string // folded for lexicon look-ups: lower case, ’ as '
	from  uint32 // start | isWordBit
	to    uint32 // end | upperBit
}

const (
	isWordBit = 1 << 31 // in from: letters or digits
	upperBit  = 1 << 31 // in to: a word starting with an upper-case letter
)

// newToken returns the token text[start:end] with its folded form.
func newToken(start, end int, lower string, word, upper bool) token {
	t := token{lower: lower, from: uint32(start), to: uint32(end)}
	if word {
		t.from |= isWordBit
	}
	if upper {
		t.to |= upperBit
	}
	return t
}

// start is the byte offset of the token in the text.
func (t token) start() int32 { return int32(t.from &^ isWordBit) }

// end is the byte offset after the token.
func (t token) end() int32 { return int32(t.to &^ upperBit) }

// word reports a word: letters or digits.
func (t token) word() bool { return t.from&isWordBit != 0 }

// upper reports a word starting with an upper-case letter.
func (t token) upper() bool { return t.to&upperBit != 0 }

// str returns the token as written in text, the string it was cut from.
func (t *token) str(text string) string { return text[t.start():t.end()] }

// tokenize splits text[s:e] into words and punctuation. Words keep inner
// apostrophes, hyphens and the dots of abbreviations (U.S., Jr.).
func tokenize(text string, s, e int) []token { return appendTokens(nil, text, s, e) }

// appendTokens appends the tokens of text[s:e] to out.
func appendTokens(out []token, text string, s, e int) []token {
	// (an arena of its own for the lower-case forms: one string for the
	// capitalised words of the span, not one each)
	ar := tokenArena{left: e - s}
	return appendArenaTokens(out, text, &ar, s, e)
}

// appendArenaTokens is appendTokens with the lower-case forms of
// capitalised ASCII words written in ar's strings (ar may be nil).
func appendArenaTokens(out []token, text string, ar *tokenArena, s, e int) []token {
	for i := s; ; {
		start, end, word, ok := nextToken(text, i, e)
		if !ok {
			return out
		}
		out = appendToken(out, text, ar, start, end, word)
		i = end
	}
}

// A tokenSpan is where a token is and what it is, without its strings.
type tokenSpan struct {
	start, end  int
	word, upper bool
}

// tokenSpans yields the tokens of s as tokenize cuts them, without
// making them: for counting words.
func tokenSpans(s string) iter.Seq[tokenSpan] {
	return func(yield func(tokenSpan) bool) {
		for i := 0; ; {
			start, end, word, ok := nextToken(s, i, len(s))
			if !ok {
				return
			}
			t := tokenSpan{start: start, end: end, word: word}
			if word {
				t.upper = upperStart(s[start:end])
			}
			if !yield(t) {
				return
			}
			i = end
		}
	}
}

// nextToken returns the first token of text[i:e]: a word, or a
// punctuation rune; ok is false when there is none.
func nextToken(text string, i, e int) (start, end int, word, ok bool) {
	for i < e {
		if c := text[i]; c == ' ' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:e])
		if isSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			return i, i + n, false, true
		}
		j := i + n
		for j < e {
			if c := text[j]; c < utf8.RuneSelf && isASCIIWordByte(c) {
				j++
				continue
			} else if c == ' ' {
				break // (no joiner: the word ends)
			}
			r2, n2 := utf8.DecodeRuneInString(text[j:e])
			if isWordRune(r2) {
				j += n2
				continue
			}
			// a symbol inside a word, as mis-decoded text has it: FranÃÂ§ois
			if (unicode.IsSymbol(r2) && r2 != '$' || r2 >= 0x80 && r2 <= 0xbf && r2 != 0xa0 && r2 != 0xab && r2 != 0xbb && r2 != 0xbf) && j+n2 < e && isWordRune(prevRune(text, j)) {
				if r3, _ := utf8.DecodeRuneInString(text[j+n2 : e]); isWordRune(r3) {
					j += n2
					continue
				}
			}
			// a comma or slash between digits: 2,000, 9/11, 24/7
			if (r2 == '/' || r2 == ',' && j+n2+3 <= e && isDigit(text[j+n2+1]) && isDigit(text[j+n2+2]) && (j+n2+3 == e || !isDigit(text[j+n2+3]))) &&
				j+n2 < e && isDigit(text[j-1]) && isDigit(text[j+n2]) {
				j += n2
				continue
			}
			// inner joiners: ' ’ - . followed by a word rune
			if r2 == '\'' || r2 == '\u2019' || r2 == '-' || r2 == '.' || r2 == '&' {
				r3, _ := utf8.DecodeRuneInString(text[j+n2 : e])
				if j+n2 < e && isWordRune(r3) {
					j += n2
					continue
				}
				// a final dot of an abbreviation: U.S. Jr. Mr.
				if r2 == '.' && isAbbrev(text[i:j]) {
					j += n2
				}
			}
			break
		}
		return i, j, true, true
	}
	return e, e, false, false
}

// upperStart reports a word starting with an upper-case letter.
func upperStart(w string) bool {
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// appendToken appends the token text[s:e] to out.
func appendToken(out []token, text string, ar *tokenArena, s, e int, word bool) []token {
	var lower string
	if ar != nil {
		lower = ar.fold(text[s:e])
	} else {
		lower = foldToken(text[s:e])
	}
	return append(ar.room(out), newToken(s, e, lower, word, word && upperStart(text[s:e])))
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// abbreviations that end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "sens": true, "reps": true, "govs": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "st": true, "jr": true, "sr": true,
	"inc": true, "co": true, "corp": true, "ltd": true, "vs": true, "no": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "aug": true, "sept": true, "sep": true, "oct": true,
	"nov": true, "dec": true, "prof": true, "rev": true, "capt": true, "cmdr": true,
	"adm": true, "maj": true, "gov't": true, "ft": true, "mt": true, "u.s": true, "u.k": true,
	"u.n": true, "d.c": true, "a.m": true, "p.m": true, "e.g": true, "i.e": true,
	"pres": true, "supt": true, "atty": true, "ariz": true, "calif": true, "fla": true,
	"mass": true, "penn": true, "va": true, "wash": true, "mich": true, "ill": true, "tenn": true,
	"ala": true, "ark": true, "colo": true, "conn": true, "del": true, "ga": true, "ind": true,
	"kan": true, "ky": true, "md": true, "minn": true, "miss": true, "mo": true, "mont": true,
	"neb": true, "nev": true, "okla": true, "ore": true, "pa": true, "tex": true, "vt": true,
	"wis": true, "wyo": true, "n.h": true, "n.j": true, "n.m": true, "n.y": true, "n.c": true,
	"n.d": true, "r.i": true, "s.c": true, "s.d": true, "w.va": true,
}

// isAbbrev reports whether word (without its final dot) is an
// abbreviation or an initial.
func isAbbrev(word string) bool {
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	if i := strings.LastIndexByte(word, '.'); i >= 0 {
		// U.S, a.m, Ph.D; but not a web address: MoveOn.org, Politico.com
		tld := word[i+1:]
		return !(len(tld) >= 2 && strings.ToLower(tld) == tld)
	}
	if i := strings.LastIndexByte(word, '-'); i > 0 {
		word = word[i+1:] // a party and state: R-Ky.
	}
	if isASCII(word) {
		// (lower-cased on the stack: no abbreviation is 16 bytes long)
		var buf [16]byte
		return len(word) < len(buf) && abbreviations[string(lowerInto(buf[:0], word))]
	}
	return inLower(abbreviations, word)
}

// splitSentences splits paragraph p into sentences. A sentence ends at
// . ! ? or … (with any closing marks after it) followed by white space
// and a capital, a digit or an opening mark. No sentence ends inside a
// quotation (the spans listed in quotes, indices into spans in text
// order), so a quoted passage of several sentences stays with its
// attribution.
func splitSentences(text string, p Span, spans []quoteSpan, quotes []int) []Span {
	return appendSentences(nil, text, p, spans, quotes)
}

// appendSentences appends the sentences of paragraph p to out, as
// splitSentences cuts them.
func appendSentences(out []Span, text string, p Span, spans []quoteSpan, quotes []int) []Span {
	start := p.Start
	qi := 0
	for i := p.Start; i < p.End; {
		// (bytes that start no stop are skipped one at a time, without
		// decoding: … is the only stop outside ASCII, and starts with 0xE2)
		if c := text[i]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' || c >= utf8.RuneSelf && c != 0xE2 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:p.End])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		// inside a quotation?
		for qi < len(quotes) && int(spans[quotes[qi]].close.end) <= i {
			qi++
		}
		j := i + n
		// closing marks and brackets after the stop
		for j < p.End {
			r2, n2 := utf8.DecodeRuneInString(text[j:p.End])
			if isMarkRune(r2) || r2 == ')' || r2 == ']' || r2 == '.' || r2 == '!' || r2 == '?' {
				j += n2
				continue
			}
			break
		}
		// inside a quotation, unless the stop ends it ("…you.' And")
		inside := false
		for k := qi; k < len(quotes) && int(spans[quotes[k]].open.start) < i; k++ {
			if q := &spans[quotes[k]]; int(q.open.start) < i && j <= int(q.close.start) {
				inside = true
				break
			}
		}
		if inside {
			i = j
			continue
		}
		k := j
		for k < p.End {
			r2, n2 := utf8.DecodeRuneInString(text[k:p.End])
			if !isSpace(r2) {
				break
			}
			k += n2
		}
		if k == j || k >= p.End {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:p.End])
		nextMark := isMarkRune(next)
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || nextMark) {
			i = j
			continue
		}
		if r == '.' && endsWithAbbrev(text, start, i) && !opensSentence(text, k, p.End) {
			i = j
			continue
		}
		out = append(out, Span{Start: start, End: j})
		start = k
		i = k
	}
	if s, e := trimSpace(text, start, p.End); s < e {
		out = append(out, Span{Start: s, End: e})
	}
	return out
}

// endsWithAbbrev reports whether the word ending at dot (text[dot]=='.')
// is an abbreviation.
func endsWithAbbrev(text string, lo, dot int) bool {
	i := dot
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(text[lo:i])
		if !isWordRune(r) && r != '.' && r != '\'' && r != '\u2019' {
			break
		}
		i -= n
	}
	return i < dot && isAbbrev(text[i:dot])
}

// foldToken lower-cases a token and straightens ’, without allocating
// for the common case of a token that is already lower-case ASCII.
func foldToken(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
		}
	}
	return s
}

// isASCIIWordByte reports an ASCII letter or digit (isWordRune of ASCII).
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isDigit reports an ASCII digit.
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// prevRune is the rune before byte offset j.
func prevRune(text string, j int) rune {
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	return r
}

// sentenceOpeners never follow an abbreviation inside a sentence ("Mr.
// He" does not occur), so after "U.S." they start a new one.
var sentenceOpeners = map[string]bool{"He": true, "She": true, "They": true, "It": true, "We": true, "I": true, "The": true, "But": true, "This": true}

// opensSentence reports whether the word at text[k:] is a sentence opener.
func opensSentence(text string, k, e int) bool {
	w := k
	for w < e && (text[w] >= 'A' && text[w] <= 'Z' || text[w] >= 'a' && text[w] <= 'z') {
		w++
	}
	return sentenceOpeners[text[k:w]]
}

// inLower reports set[strings.ToLower(w)], without allocating the
// lower-case form of a short ASCII word.
func inLower(set map[string]bool, w string) bool {
	var b [32]byte
	if len(w) > len(b) || !isASCII(w) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set[string(b[:len(w)])]
}
