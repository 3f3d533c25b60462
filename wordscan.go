package verbatim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The byte-level helpers of the language check (countEnglish) and of
// the token layer: ASCII tests and lower-casing without allocating, and
// the fields countEnglish reads.

// longestEnglishMarker is the length of the longest englishMarkers word
// (less than 16).
var longestEnglishMarker = func() int {
	n := 0
	for w := range englishMarkers {
		n = max(n, len(w))
	}
	return n
}()

// englishMarkerAt holds each englishMarkers word of less than six
// letters under its length, first and last letter, or "\x00" where two
// share them: a look-up without hashing (the map's was most of
// countEnglish's time).
var englishMarkerAt = func() (t [6][26][26]string) {
	for w := range englishMarkers {
		if w == "" || len(w) >= len(t) || !isASCIILower(w[0]) || !isASCIILower(w[len(w)-1]) {
			continue // (isEnglishMarker asks the map for such a word)
		}
		at := &t[len(w)][w[0]-'a'][w[len(w)-1]-'a']
		if *at == "" {
			*at = w
		} else {
			*at = "\x00"
		}
	}
	return t
}()

// isASCIILower reports an ASCII lower-case letter.
func isASCIILower(c byte) bool { return 'a' <= c && c <= 'z' }

// isEnglishMarker reports englishMarkers[string(w)] for a lower-case
// ASCII word w.
func isEnglishMarker(w []byte) bool {
	if len(w) == 0 || len(w) >= len(englishMarkerAt) || !isASCIILower(w[0]) || !isASCIILower(w[len(w)-1]) {
		return englishMarkers[string(w)]
	}
	switch at := englishMarkerAt[len(w)][w[0]-'a'][w[len(w)-1]-'a']; at {
	case "":
		return false
	case "\x00":
		return englishMarkers[string(w)]
	default:
		return string(w) == at
	}
}

// notWordRune separates the fields countEnglish reads.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }

// nextField returns the bounds of the first field of line at or after
// byte i, fields being runs of runes that are not notWordRune, or an
// empty span at the line's end, and whether the field is ASCII.
func nextField(line string, i int) (s, e int, ascii bool) {
	for i < len(line) {
		if c := line[i]; c < utf8.RuneSelf {
			if fieldByte[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(line[i:])
		if !notWordRune(r) {
			break
		}
		i += n
	}
	s, ascii = i, true
	for i < len(line) {
		if c := line[i]; c < utf8.RuneSelf {
			if !fieldByte[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(line[i:])
		if notWordRune(r) {
			break
		}
		ascii = false
		i += n
	}
	return s, i, ascii
}

// fieldByte tells the ASCII bytes of a field: letters and '.
var fieldByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isASCIILetter(byte(c)) || c == '\''
	}
	return t
}()

// countFields counts the fields of line, stopping at limit.
func countFields(line string, limit int) int {
	n := 0
	for s, e, _ := nextField(line, 0); s < e && n < limit; s, e, _ = nextField(line, e) {
		n++
	}
	return n
}

// isASCII reports a string of ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// lowerInto appends ASCII s to buf with A-Z lower-cased.
func lowerInto(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// isASCIILetter reports an ASCII letter.
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// functionWords is the union of clauseStarters, notNameStart and
// prepositions: one look-up instead of three.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{clauseStarters, notNameStart, prepositions} {
		for w, ok := range set {
			m[w] = m[w] || ok
		}
	}
	return m
}()

// firstOfHyphened returns w up to its first hyphen (without allocating,
// unlike strings.SplitN(w, "-", 2)[0]).
func firstOfHyphened(w string) string {
	before, _, _ := strings.Cut(w, "-")
	return before
}
