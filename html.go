package verbatim

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// HTML input runs through these stages, each in its own file:
//
//	html.go          read (size limit), decode (charset), parse (net/html), drive
//	html_extract.go  find the article body and render it as paragraphs
//	html_meta.go     title, byline, date, publisher, language, canonical URL
//	html_offsets.go  map offsets in the extracted text back to the source bytes
//
// The parsed tree is only read, never changed, so ParseDocument can be
// given a caller's goquery.Document.

// ParseHTML finds the quotes in the article of an HTML page with the zero
// Parser.
func ParseHTML(r io.Reader) (*Document, error) { return defaultParser.ParseHTML(r) }

// ParseHTML reads an HTML page from r, extracts its article and finds the
// quotes in it. The reader is not closed.
//
// The page is decoded to UTF-8 before parsing: a byte order mark wins,
// then the charset of p.ContentType, then the page's own <meta charset>
// or <meta http-equiv="Content-Type"> (unless the page is valid UTF-8
// with non-ASCII text: pages re-saved as UTF-8 often keep their old
// label); a page with none of these is read as UTF-8 when it is valid
// UTF-8 and as windows-1252 otherwise, as browsers do; so is a page whose
// label decodes it to almost nothing (an ASCII page labelled iso-2022-kr).
// Pages longer than p.MaxBytes are refused with an error wrapping
// ErrTooLarge. A page whose unclosed inline elements (<font>, <b>…) nest
// deeper than net/html allows (512 open elements) is parsed again without
// the deepest of them; a page nested that deep with block elements is
// refused with the parser's error.
//
// The returned Document's Text is the article text (see ParseDocument for
// how it is rendered), and its metadata fields are filled from the page
// when found. With p.HTMLOffsets, each Quote.HTML holds byte offsets
// into the bytes read from r, as given: for a page in another encoding
// than UTF-8 every decoded character is traced back to the bytes it was
// decoded from, so the offsets index the original windows-1252,
// ISO-8859-x, Shift_JIS… bytes, not a UTF-8 transcoding. Quote.HTML is
// left nil for a quote whose first or last character cannot be traced
// (text that net/html moved or rewrote, such as NUL characters).
func (p *Parser) ParseHTML(r io.Reader) (*Document, error) {
	return p.ParseHTMLContext(context.Background(), r)
}

// ParseHTMLContext is ParseHTML with a context: the parse stops soon
// after ctx is done (before and after parsing the page, between the
// stages of the quote pipeline), with an error wrapping ctx.Err().
// Reading r is not interrupted: a reader that may stall should honour
// the same deadline itself (an http.Request with the context does).
func (p *Parser) ParseHTMLContext(ctx context.Context, r io.Reader) (*Document, error) {
	limit := p.maxBytes()
	// One byte more than the limit tells a page at the limit from a
	// longer one; the limit may be math.MaxInt, where +1 would overflow.
	readLimit := int64(limit)
	if readLimit < math.MaxInt64 {
		readLimit++
	}
	raw, err := readLimited(r, readLimit)
	if err != nil {
		return nil, fmt.Errorf("verbatim: reading HTML: %w", err)
	}
	if len(raw) > limit {
		return nil, tooLarge(len(raw), limit)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("verbatim: parse stopped: %w", err)
	}
	src, dmap := decodePage(raw, p.ContentType, p.HTMLOffsets)
	// src is ours (read or decoded here); it may be rewritten in place
	// unless offsets into it are wanted.
	root, err := parsePage(src, !p.HTMLOffsets)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("verbatim: parse stopped: %w", err)
	}
	var om *offsetMapper
	if p.HTMLOffsets {
		om = newOffsetMapper(src, dmap)
	}
	return p.parseTree(ctx, root, om)
}

// ParseDocument finds the quotes in the article of a page the caller has
// already parsed. The caller's document is only read, never modified.
//
// The article text is rendered from the body found by content scoring:
// one paragraph per text block (p, h2–h6, li, blockquote, pre, dd, td
// and the like), inline elements joined with their spaces, white space
// collapsed to single spaces except inside <pre>, and <br> kept as "\n"
// inside its paragraph (two or more <br> in a row end the paragraph).
// Paragraphs are joined by "\n\n" in Document.Text. Navigation, share
// bars, captions, credits, related links, comments, ads and hidden
// elements are left out.
//
// Quote.HTML is never set by ParseDocument: the tree has no source
// offsets.
func (p *Parser) ParseDocument(d *goquery.Document) (*Document, error) {
	if d == nil || d.Selection == nil || len(d.Nodes) == 0 || d.Nodes[0] == nil {
		return p.analyze("", nil), nil
	}
	return p.parseTree(context.Background(), d.Nodes[0], nil)
}

// parseTree runs extraction, the quote pipeline and metadata on a parsed
// tree. om, when not nil, maps text offsets back to the source.
func (p *Parser) parseTree(ctx context.Context, root *html.Node, om *offsetMapper) (*Document, error) {
	ex := extractArticle(root, om != nil)
	limit := p.maxBytes()
	if len(ex.text) > limit { // cannot happen for parsed input; cheap insurance
		ex.text, ex.paras = ex.text[:0], nil
	}
	doc, err := p.analyzeContext(ctx, ex.text, ex.paras)
	if err != nil {
		return nil, err
	}
	meta := extractMeta(root)
	doc.Title = meta.title
	doc.Byline = meta.byline
	bylineNarrator(doc)
	doc.Publisher = meta.publisher
	doc.Published = meta.published
	doc.Language = meta.language
	doc.URL = meta.url
	if om != nil {
		for i := range doc.Quotes {
			q := &doc.Quotes[i]
			if s, e, ok := om.quoteSpan(ex, q.Start, q.End); ok {
				q.HTML = &Span{Start: s, End: e}
			}
		}
	}
	return doc, nil
}

// readLimited reads r up to limit bytes. A reader that knows its length
// (bytes.Reader, strings.Reader, bytes.Buffer) is read into one buffer of
// the right size, instead of one grown by doubling.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	if l, ok := r.(interface{ Len() int }); ok {
		if n := int64(l.Len()); n >= 0 && n < limit {
			buf.Grow(int(n) + bytes.MinRead)
		}
	}
	_, err := buf.ReadFrom(io.LimitReader(r, limit))
	return buf.Bytes(), err
}

// parsePage parses a decoded page, with the text of its scripts and
// styles left out (see stripRawText). Old pages often leave inline
// elements open (hundreds of <font> tags never closed), which nests them
// deeper than net/html's limit of 512 open elements; such a page is parsed
// again with the inline start tags beyond a small depth dropped (their
// text is kept, so offsets into src still find it). A page nested too
// deep with block elements is still refused.
func parsePage(src []byte, inPlace bool) (*html.Node, error) {
	src = stripRawText(src, inPlace)
	root, err := html.Parse(bytes.NewReader(src))
	if err == nil {
		return root, nil
	}
	if flat, changed := flattenInline(src); changed {
		if root, err2 := html.Parse(bytes.NewReader(flat)); err2 == nil {
			return root, nil
		}
	}
	return nil, fmt.Errorf("verbatim: parsing HTML: %w", err)
}

// maxInlineDepth is how many inline elements may be open at once in the
// re-parse of flattenInline; deeper ones are dropped.
const maxInlineDepth = 32

// flattenInline returns src without the start tags of inline elements
// opened while maxInlineDepth of them are already open, and without the
// end tags that would close them. It reports whether anything was dropped.
func flattenInline(src []byte) ([]byte, bool) {
	z := html.NewTokenizer(bytes.NewReader(src))
	out := make([]byte, 0, len(src))
	open := make(map[string]int)    // inline elements kept open, by name
	dropped := make(map[string]int) // start tags dropped and not yet closed, by name
	depth := 0
	changed := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); isInline(a) {
				if depth >= maxInlineDepth {
					dropped[a.String()]++
					changed = true
					continue
				}
				open[a.String()]++
				depth++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); isInline(a) {
				k := a.String()
				switch {
				case dropped[k] > 0: // the innermost of its name was dropped
					dropped[k]--
					continue
				case open[k] > 0:
					open[k]--
					depth--
				}
			}
		}
		out = append(out, raw...)
	}
	return out, changed
}

// isInline reports the phrasing elements that old pages leave open.
func isInline(a atom.Atom) bool {
	switch a {
	case atom.Font, atom.B, atom.I, atom.U, atom.S, atom.Strike, atom.Em, atom.Strong,
		atom.Small, atom.Big, atom.Tt, atom.Span, atom.A, atom.Nobr, atom.Code,
		atom.Sub, atom.Sup, atom.Cite, atom.Abbr, atom.Label, atom.Q, atom.Dfn,
		atom.Kbd, atom.Samp, atom.Var, atom.Mark, atom.Ins, atom.Del:
		return true
	}
	return false
}

// decodePage converts a page to UTF-8. When track is true it also returns
// a map from offsets in the UTF-8 text back to offsets in raw; nil means
// the identity (raw is UTF-8 already).
func decodePage(raw []byte, contentType string, track bool) ([]byte, *decodeMap) {
	enc, name, certain := charset.DetermineEncoding(raw, contentType)
	// A <meta> label is only a hint: pages are often re-saved as UTF-8
	// without fixing it, and text in a legacy encoding is almost never
	// valid UTF-8 once it has bytes above 0x7f.
	if !certain && name != "utf-8" && isUTF8Text(raw) {
		name = "utf-8"
	}
	// A label that decodes the page to next to nothing (the WHATWG
	// "replacement" encoding turns a page labelled iso-2022-kr into one
	// U+FFFD) is a wrong label: read the page as if it had none.
	if name == "replacement" || enc == nil {
		enc, name = fallbackEncoding(raw)
	}
	out, dm := decodeAs(raw, enc, name, track)
	if name != "utf-8" && decodedTooLittle(raw, out) {
		enc, name = fallbackEncoding(raw)
		out, dm = decodeAs(raw, enc, name, track)
	}
	return out, dm
}

// fallbackEncoding is what browsers use for a page with no usable label:
// UTF-8 when the page is valid UTF-8, windows-1252 otherwise.
func fallbackEncoding(raw []byte) (encoding.Encoding, string) {
	if utf8.Valid(raw) {
		return encoding.Nop, "utf-8"
	}
	return charmap.Windows1252, "windows-1252"
}

// decodedTooLittle reports a decoding that lost most of the page: fewer
// characters other than U+FFFD than a quarter of the input bytes (no
// legacy encoding takes four bytes a character on average).
func decodedTooLittle(raw, out []byte) bool {
	n := utf8.RuneCount(out) - bytes.Count(out, []byte("\uFFFD"))
	return n < len(raw)/4
}

// decodeAs converts raw from enc (named name) to UTF-8.
func decodeAs(raw []byte, enc encoding.Encoding, name string, track bool) ([]byte, *decodeMap) {
	if name == "utf-8" || enc == encoding.Nop {
		bom := 0
		if bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
			bom = 3
		}
		if utf8.Valid(raw[bom:]) {
			if bom == 0 {
				return raw, nil
			}
			return raw[bom:], &decodeMap{runs: []decodeRun{{dst: 0, src: bom, dstLen: len(raw) - bom, srcLen: len(raw) - bom}}}
		}
		// Invalid UTF-8 under a UTF-8 label: replace the bad bytes
		// with U+FFFD, as browsers do.
		return sanitizeUTF8(raw[bom:], bom, track)
	}
	if !track {
		out, err := enc.NewDecoder().Bytes(raw)
		if err != nil {
			return []byte(strings.ToValidUTF8(string(raw), "\uFFFD")), nil
		}
		return out, nil
	}
	return decodeTracked(enc, raw)
}

// isUTF8Text reports whether b is valid UTF-8 with at least one
// multi-byte character.
func isUTF8Text(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return utf8.Valid(b)
		}
	}
	return false
}

// sanitizeUTF8 replaces invalid bytes with U+FFFD, recording where each
// replacement came from when track is true. base is the offset of b in
// the raw input.
func sanitizeUTF8(b []byte, base int, track bool) ([]byte, *decodeMap) {
	out := make([]byte, 0, len(b)+16)
	dm := &decodeMap{}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			if track {
				dm.add(len(out), base+i, 3, 1)
			}
			out = append(out, "\uFFFD"...)
			i++
			continue
		}
		if track {
			dm.add(len(out), base+i, n, n)
		}
		out = append(out, b[i:i+n]...)
		i += n
	}
	if !track {
		return out, nil
	}
	return out, dm
}

// decodeTracked decodes raw one character at a time so that every output
// character can be traced to the input bytes it came from.
func decodeTracked(enc encoding.Encoding, raw []byte) ([]byte, *decodeMap) {
	dec := enc.NewDecoder()
	out := make([]byte, 0, len(raw)+len(raw)/4)
	dm := &decodeMap{}
	var buf [16]byte
	stalls := 0 // outputs that consumed no input, in a row
	for i := 0; i < len(raw); {
		progressed := false
		for size := 1; size <= len(buf); size++ {
			nDst, nSrc, err := dec.Transform(buf[:size], raw[i:], true)
			if nDst == 0 && nSrc == 0 && err == transform.ErrShortDst {
				continue
			}
			if nDst > 0 {
				dm.add(len(out), i, nDst, nSrc)
				out = append(out, buf[:nDst]...)
			}
			i += nSrc
			if nSrc > 0 {
				stalls = 0
			} else {
				stalls++
			}
			progressed = (nSrc > 0 || nDst > 0) && stalls < 8
			if err != nil && err != transform.ErrShortDst && nSrc == 0 {
				progressed = false
			}
			break
		}
		if !progressed {
			// The decoder is stuck; decode the rest in one go and
			// trace it all to where it began.
			rest, _ := enc.NewDecoder().Bytes(raw[i:])
			rest = []byte(strings.ToValidUTF8(string(rest), "\uFFFD"))
			dm.add(len(out), i, len(rest), len(raw)-i)
			out = append(out, rest...)
			break
		}
	}
	return out, dm
}

// A decodeMap traces offsets in decoded UTF-8 text back to the raw page.
type decodeMap struct {
	runs []decodeRun // sorted by dst, contiguous
}

// A decodeRun is a stretch of output that came from a stretch of input.
// When dstLen == srcLen the bytes correspond one to one; otherwise the
// whole output stretch is one character of the input stretch.
type decodeRun struct {
	dst, src, dstLen, srcLen int
}

func (m *decodeMap) add(dst, src, dstLen, srcLen int) {
	if n := len(m.runs); n > 0 {
		last := &m.runs[n-1]
		if last.dstLen == last.srcLen && dstLen == srcLen &&
			last.dst+last.dstLen == dst && last.src+last.srcLen == src {
			last.dstLen += dstLen
			last.srcLen += srcLen
			return
		}
	}
	m.runs = append(m.runs, decodeRun{dst, src, dstLen, srcLen})
}

// char returns the raw byte range of the character that starts at
// decoded offset off (whose UTF-8 length is size).
func (m *decodeMap) char(off, size int) (int, int) {
	if m == nil {
		return off, off + size
	}
	lo, hi := 0, len(m.runs)
	for lo < hi {
		mid := (lo + hi) / 2
		if m.runs[mid].dst+m.runs[mid].dstLen <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(m.runs) {
		if lo == 0 {
			return off, off + size
		}
		r := m.runs[lo-1]
		end := r.src + r.srcLen
		return end, end
	}
	r := m.runs[lo]
	if r.dstLen == r.srcLen {
		s := r.src + off - r.dst
		e := s + size
		if e > r.src+r.srcLen {
			e = r.src + r.srcLen
		}
		return s, e
	}
	return r.src, r.src + r.srcLen
}
