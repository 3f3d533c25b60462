package verbatim

import (
	"fmt"
	"unicode/utf8"
)

// DefaultMaxBytes is the input size limit of a Parser whose MaxBytes is 0.
const DefaultMaxBytes = 32 << 20

// A Parser finds quotes, speakers and attributions in articles. Its zero
// value is ready to use. A Parser is only read during a parse, so one
// Parser may be used by many goroutines at once.
type Parser struct {
	// MaxBytes limits the size of the input; longer input is refused
	// with an error wrapping ErrTooLarge. 0 means DefaultMaxBytes.
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

func (p *Parser) maxBytes() int {
	if p == nil || p.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return p.MaxBytes
}

// ParseText finds the quotes in a plain-text article. Paragraphs are the
// non-blank lines of text. The returned Document's Text is text itself,
// and every offset is a byte offset into it. Text that is not valid UTF-8
// is refused with an error wrapping ErrInvalidUTF8.
func (p *Parser) ParseText(text string) (*Document, error) {
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
	return p.analyze(text, splitParagraphs(text)), nil
}

// splitParagraphs returns the non-blank lines of text, trimmed of
// surrounding white space.
func splitParagraphs(text string) []Span {
	var out []Span
	start := 0
	for start <= len(text) {
		end := start
		for end < len(text) && text[end] != '\n' {
			end++
		}
		s, e := trimSpace(text, start, end)
		if s < e {
			out = append(out, Span{Start: s, End: e})
		}
		start = end + 1
	}
	return out
}

// analyze runs the pipeline on article text already split into
// paragraphs (spans into text, in order, not overlapping).
func (p *Parser) analyze(text string, paras []Span) *Document {
	doc := &Document{Text: text, Paragraphs: paras}
	// TODO: pipeline
	return doc
}
