package score

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// This file ports the text helpers of score.py: its tokeniser
// (\w+|[^\w\s] under Python's Unicode rules), strip_marks, norm_text, and
// the bits of Python behaviour the report depends on (repr, str.split,
// bytes.decode with "ignore" and "replace").

const (
	quoteChars = "\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u2033`"
	doubleQs   = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"
	singleQs   = "'\u2018\u2019\u201a\u201b\u2039\u203a\u2032`"
	trailPunct = ",.?!;:\u2026"
)

// isWord reports whether Python's re module counts r as \w: a letter, a
// number or '_' (str.isalnum() or '_').
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isSpace reports whether Python counts r as white space (str.isspace, \s):
// Go's White_Space set plus the information separators U+001C..U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// tokens are the tokens of a text with UTF-8 byte offsets; word tokens are
// \w+ runs, the others single characters that are neither word nor space.
type tokens struct {
	start, end []int
	word       []bool
}

func tokenize(text string) *tokens {
	t := &tokens{}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWord(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isWord(r2) {
					break
				}
				j += n2
			}
			t.start, t.end, t.word = append(t.start, i), append(t.end, j), append(t.word, true)
			i = j
		case isSpace(r):
			i += n
		default:
			t.start, t.end, t.word = append(t.start, i), append(t.end, i+n), append(t.word, false)
			i += n
		}
	}
	return t
}

// covering returns the range [lo, hi) of the tokens overlapping the bytes
// [start, end).
func (t *tokens) covering(start, end int) (lo, hi int) {
	lo = sort.Search(len(t.end), func(i int) bool { return t.end[i] > start }) // bisect_right
	hi = lo
	for hi < len(t.start) && t.start[hi] < end {
		hi++
	}
	return lo, hi
}

// words returns the sorted indices of the word tokens overlapping any of
// spans.
func (t *tokens) words(spans []span) []int {
	var out []int
	for _, s := range spans {
		lo, hi := t.covering(s.start, s.end)
		for i := lo; i < hi; i++ {
			if t.word[i] {
				out = append(out, i)
			}
		}
	}
	return sortUnique(out)
}

func sortUnique(a []int) []int {
	if sort.IntsAreSorted(a) {
		return uniq(a)
	}
	sort.Ints(a)
	return uniq(a)
}

func uniq(a []int) []int {
	if len(a) < 2 {
		return a
	}
	out := a[:1]
	for _, x := range a[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

// interCount is len(a & b) for sorted sets.
func interCount(a, b []int) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// union is a | b for sorted sets.
func union(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// tokenF1 is the word-token F1 of two sets.
func tokenF1(a, b []int) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(2*interCount(a, b)) / float64(len(a)+len(b))
}

// stripMarks strips white space, enclosing quotation marks and trailing
// ,.?!;:… until nothing changes (score.py's strip_marks).
func stripMarks(s string) string {
	for {
		prev := s
		s = strings.TrimFunc(s, isSpace)
		s = strings.TrimRight(s, trailPunct)
		s = strings.Trim(s, quoteChars)
		if s == prev {
			return s
		}
	}
}

var quoteFold = strings.NewReplacer(pairs()...)

func pairs() []string {
	var out []string
	for _, r := range doubleQs {
		out = append(out, string(r), `"`)
	}
	for _, r := range singleQs {
		out = append(out, string(r), `'`)
	}
	return out
}

// normText is score.py's norm_text: NFKC, unified quotation marks,
// casefold, strip_marks and white space collapsed.
func normText(s string) string {
	s = quoteFold.Replace(norm.NFKC.String(s))
	s = strings.Map(cherokeeFold, cases.Fold().String(s))
	return strings.Join(strings.FieldsFunc(stripMarks(s), isSpace), " ")
}

// cherokeeFold corrects x/text's case folding of Cherokee, which folds to
// the lowercase letters where Unicode's CaseFolding.txt (and Python) fold
// to the uppercase ones.
func cherokeeFold(r rune) rune {
	switch {
	case r >= 0xab70 && r <= 0xabbf:
		return r - 0xab70 + 0x13a0
	case r >= 0x13f8 && r <= 0x13fd:
		return r - 8
	}
	return r
}

// collapseSpace is Python's " ".join(s.split()).
func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// decodeIgnore is Python's bytes.decode("utf-8", "ignore").
func decodeIgnore(b []byte) string { return decode(b, false) }

// decodeReplace is Python's bytes.decode("utf-8", "replace"): one U+FFFD
// for each maximal invalid subsequence.
func decodeReplace(b []byte) string { return decode(b, true) }

// decode decodes UTF-8 as Python does, dropping each maximal invalid
// subsequence or, with replace, writing U+FFFD for it.
func decode(b []byte, replace bool) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			if replace {
				sb.WriteRune(utf8.RuneError)
			}
			b = b[invalidLen(b):]
			continue
		}
		sb.Write(b[:n])
		b = b[n:]
	}
	return sb.String()
}

// invalidLen is the length of the maximal subpart of an ill-formed UTF-8
// sequence at the start of b (at least 1).
func invalidLen(b []byte) int {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		need = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && n < len(b); k++ {
		if b[n] < lo || b[n] > hi {
			break
		}
		lo, hi = 0x80, 0xbf
		n++
	}
	return n
}

// pyRepr formats v as Python's %r would: None for nil, a Python string
// literal for a string.
func pyRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case string:
		return reprString(v)
	case bool:
		if v {
			return "True"
		}
		return "False"
	case float64:
		return pyFloat(v)
	}
	return fmt.Sprint(v)
}

func reprString(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var sb strings.Builder
	sb.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\t':
			sb.WriteString(`\t`)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, r)
		case r < 0x7f:
			sb.WriteRune(r)
		case isPrintable(r):
			sb.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&sb, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&sb, `\u%04x`, r)
		default:
			fmt.Fprintf(&sb, `\U%08x`, r)
		}
	}
	sb.WriteByte(q)
	return sb.String()
}

// isPrintable is Python's str.isprintable for one character: letters,
// marks, numbers, punctuation, symbols and the ASCII space.
func isPrintable(r rune) bool {
	return r == ' ' || unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

// pyFloat formats f as Python's repr does, for the plain values a summary
// holds ("0.5", "1.0").
func pyFloat(f float64) string {
	s := fmt.Sprint(f)
	if !strings.ContainsAny(s, ".eEnN") {
		s += ".0"
	}
	return s
}
