package verbatim

import (
	"bytes"
)

// stripRawText returns src without the contents of its <script> and
// <style> elements (JSON-LD scripts excepted, which the metadata reads).
// Their text is never article text, and net/html tokenises it a byte at
// a time, which is a third of the time it takes to parse a modern page;
// finding where each ends with bytes.Index is many times faster. The
// elements themselves are kept, empty, and so is every other byte, so the
// text nodes of the tree are those of the full page and Quote.HTML is
// traced against the full page as before.
//
// The scan follows the tokeniser as far as it matters here: comments and
// the attribute values of other tags are skipped, and a script ends at
// the first "</script" followed by a space, "/" or ">", as in HTML. src is
// returned as is when there is nothing to strip.
//
// With inPlace, src itself is rewritten (the result is a prefix of it).
func stripRawText(src []byte, inPlace bool) []byte {
	var out []byte
	last, i := 0, 0
	for i < len(src) {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			break
		}
		j += i
		i = j + 1
		rest := src[j:]
		if len(rest) < 2 {
			break
		}
		if rest[1] == '!' {
			if bytes.HasPrefix(rest, []byte("<!--")) {
				k := bytes.Index(src[j+4:], []byte("-->"))
				if k < 0 {
					break
				}
				i = j + 4 + k + 3
			}
			continue
		}
		// Only the few tags that matter are looked at; the first
		// letter rules out the others cheaply.
		name := ""
		switch rest[1] | 0x20 {
		case 's':
			switch {
			case hasTagPrefix(rest, "script"):
				name = "script"
			case hasTagPrefix(rest, "style"):
				name = "style"
			}
		case 't', 'x', 'i', 'n':
			for _, t := range textElements {
				if hasTagPrefix(rest, t) {
					name = t
					break
				}
			}
		case 'p':
			if hasTagPrefix(rest, "plaintext") && !insideTag(src, j) {
				i = len(src) // the rest of the page is text
			}
			continue
		}
		if name == "" || insideTag(src, j) {
			continue
		}
		e := tagEnd(src, j+1)
		if e < 0 {
			break
		}
		var c int
		switch name {
		case "script":
			if bytes.Contains(bytes.ToLower(src[j:e]), []byte("ld+json")) {
				i = e
				continue
			}
			c = scriptEnd(src[e:])
		default:
			c = closingTag(src[e:], name)
		}
		if c < 0 {
			break // unclosed: net/html takes the rest of the page as its text
		}
		if c > 0 && (name == "script" || name == "style") {
			if out == nil {
				if inPlace {
					out = src[:0] // writes stay behind reads
				} else {
					out = make([]byte, 0, len(src))
				}
			}
			out = append(out, src[last:e]...)
			last = e + c
		}
		i = e + c + 2
	}
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// insideTag reports whether the '<' at src[j] is inside another tag (in
// an attribute value): a '<' comes before any '>' looking back.
func insideTag(src []byte, j int) bool {
	for k := j - 1; k >= 0 && j-k < 4096; k-- {
		switch src[k] {
		case '>':
			return false
		case '<':
			return true
		}
	}
	return false
}

// textElements hold text that the tokeniser does not read as markup.
var textElements = []string{"textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"}

// hasTagPrefix reports whether b starts with "<name" followed by the end
// of a tag name, ASCII case-insensitively.
func hasTagPrefix(b []byte, name string) bool {
	n := len(name) + 1
	if len(b) <= n {
		return false
	}
	for k := 0; k < len(name); k++ {
		if b[1+k]|0x20 != name[k] {
			return false
		}
	}
	switch b[n] {
	case ' ', '\t', '\n', '\r', '\f', '/', '>':
		return true
	}
	return false
}

// tagEnd returns the offset just past the '>' that ends the tag whose name
// starts at src[i], skipping quoted attribute values, or -1.
func tagEnd(src []byte, i int) int {
	var quote byte
	for ; i < len(src); i++ {
		c := src[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			// only an attribute value opens a quote: after '='
			if k := lastNonSpace(src, i); k >= 0 && src[k] == '=' {
				quote = c
			}
		case c == '>':
			return i + 1
		}
	}
	return -1
}

func lastNonSpace(src []byte, i int) int {
	for k := i - 1; k >= 0; k-- {
		switch src[k] {
		case ' ', '\t', '\n', '\r', '\f':
			continue
		}
		return k
	}
	return -1
}

// scriptEnd returns the offset in b, the text of a script, of the end tag
// that closes it, following the tokeniser's script data states: in
// "<!--" escaped text a "<script" tag starts double-escaped text, in which
// "</script" only returns to escaped text; "-->" ends both. It returns -1
// when the script is not closed.
func scriptEnd(b []byte) int {
	const (
		data = iota
		escaped
		doubleEscaped
	)
	state := data
	for off := 0; off < len(b); {
		var k int
		if state == data { // only "<" matters
			k = bytes.IndexByte(b[off:], '<')
		} else {
			k = bytes.IndexAny(b[off:], "<-")
		}
		if k < 0 {
			return -1
		}
		k += off
		off = k + 1
		if b[k] == '-' {
			if state != data && bytes.HasPrefix(b[k:], []byte("-->")) {
				state, off = data, k+3
			}
			continue
		}
		switch {
		case state == data && bytes.HasPrefix(b[k:], []byte("<!--")):
			state, off = escaped, k+4
		case len(b) > k+1 && b[k+1] == '/' && hasTagPrefix(b[k+1:], "script"):
			if state != doubleEscaped {
				return k
			}
			state = escaped
		case state == escaped && hasTagPrefix(b[k:], "script"):
			state = doubleEscaped
		}
	}
	return -1
}

// closingTag returns the offset in b of the first "</name" followed by a
// space, '/' or '>', ASCII case-insensitively, or -1.
func closingTag(b []byte, name string) int {
	for off := 0; ; {
		k := bytes.Index(b[off:], []byte("</"))
		if k < 0 {
			return -1
		}
		k += off
		if hasTagPrefix(b[k+1:], name) {
			return k
		}
		off = k + 2
	}
}
