package verbatim

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// net/html gives nodes no source positions, so Quote.HTML is found in
// three steps:
//
//  1. The decoded page is tokenised again with html.Tokenizer, which
//     reports each token's raw bytes. The text tokens, entity-decoded, are
//     concatenated into one stream; runs record which raw bytes each
//     stream byte came from (an entity maps all its decoded bytes to the
//     whole entity, "&amp;" → "&").
//  2. The text nodes the article was rendered from are found in that
//     stream in document order (each node's Data is a substring of the
//     stream at or after the previous one).
//  3. Offsets in the decoded page are traced back to the bytes as read
//     (decodeMap) when the page was not UTF-8.
//
// A character that cannot be traced leaves Quote.HTML nil. The search in
// step 2 gives up after maxMissedNodes misses, so the work stays linear.

const maxMissedNodes = 64

// An offsetMapper maps article text offsets to source offsets.
type offsetMapper struct {
	src  []byte     // the decoded page that was parsed
	dmap *decodeMap // decoded → raw; nil for identity

	built  bool
	stream string    // text tokens, decoded, concatenated
	runs   []textRun // stream → src

	located bool
	nodePos map[*html.Node]int // node → offset of its Data in stream
}

// A textRun maps stream[s:s+n] to src: one to one from raw when !entity,
// otherwise every byte to the entity src[raw:raw+rawLen].
type textRun struct {
	s, raw, n, rawLen int
	entity            bool
}

func newOffsetMapper(src []byte, dmap *decodeMap) *offsetMapper {
	return &offsetMapper{src: src, dmap: dmap}
}

// build tokenises src and fills stream and runs.
func (m *offsetMapper) build() {
	m.built = true
	var sb strings.Builder
	z := html.NewTokenizer(bytes.NewReader(m.src))
	off := 0
	rawText := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "iframe", "noembed", "noframes", "xmp", "plaintext":
				rawText = true
			default:
				rawText = false
			}
		case html.EndTagToken:
			rawText = false
		case html.TextToken:
			if rawText {
				continue
			}
			rawCopy := string(raw) // Text() may overwrite the buffer under raw
			text := string(z.Text())
			m.align(&sb, rawCopy, start, text)
		}
	}
	m.stream = sb.String()
}

// align appends text to the stream and records how its bytes map to raw,
// which starts at src offset base.
func (m *offsetMapper) align(sb *strings.Builder, raw string, base int, text string) {
	s0 := sb.Len()
	sb.WriteString(text)
	i, d := 0, 0
	for i < len(raw) && d < len(text) {
		c := raw[i]
		switch {
		case c == '&':
			k := i + 1
			for k < len(raw) && k-i < 40 && (isAlnum(raw[k]) || raw[k] == '#') {
				k++
			}
			if k < len(raw) && raw[k] == ';' {
				k++
			}
			u := html.UnescapeString(raw[i:k])
			if u != raw[i:k] && strings.HasPrefix(text[d:], u) {
				m.runs = append(m.runs, textRun{s: s0 + d, raw: base + i, n: len(u), rawLen: k - i, entity: true})
				i, d = k, d+len(u)
				continue
			}
			if text[d] != '&' {
				return // lost alignment; the rest stays unmapped
			}
			m.addRun(s0+d, base+i, 1)
			i, d = i+1, d+1
		case c == '\r':
			if text[d] != '\n' {
				return
			}
			n := 1
			if i+1 < len(raw) && raw[i+1] == '\n' {
				n = 2
			}
			m.runs = append(m.runs, textRun{s: s0 + d, raw: base + i, n: 1, rawLen: n, entity: true})
			i, d = i+n, d+1
		case c == text[d]:
			j := i
			for j < len(raw) && d+(j-i) < len(text) && raw[j] == text[d+(j-i)] && raw[j] != '&' && raw[j] != '\r' {
				j++
			}
			m.addRun(s0+d, base+i, j-i)
			d += j - i
			i = j
		default:
			return
		}
	}
}

func (m *offsetMapper) addRun(s, raw, n int) {
	if k := len(m.runs); k > 0 {
		l := &m.runs[k-1]
		if !l.entity && l.s+l.n == s && l.raw+l.n == raw {
			l.n += n
			return
		}
	}
	m.runs = append(m.runs, textRun{s: s, raw: raw, n: n, rawLen: n})
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// locate finds the stream offset of every text node the article used.
func (m *offsetMapper) locate(ex *extraction) {
	m.located = true
	m.nodePos = make(map[*html.Node]int)
	cursor, missed := 0, 0
	for _, sg := range ex.segs {
		if _, ok := m.nodePos[sg.node]; ok {
			continue
		}
		if missed >= maxMissedNodes {
			break
		}
		i := strings.Index(m.stream[cursor:], sg.node.Data)
		if i < 0 {
			missed++
			m.nodePos[sg.node] = -1
			continue
		}
		m.nodePos[sg.node] = cursor + i
		cursor += i + len(sg.node.Data)
	}
}

// srcChar returns the decoded-page byte range of the character at
// article text offset off.
func (m *offsetMapper) srcChar(ex *extraction, off int) (int, int, bool) {
	k := sort.Search(len(ex.segs), func(i int) bool { return ex.segs[i].out+ex.segs[i].n > off })
	if k == len(ex.segs) || ex.segs[k].out > off {
		return 0, 0, false
	}
	sg := ex.segs[k]
	pos, ok := m.nodePos[sg.node]
	if !ok || pos < 0 {
		return 0, 0, false
	}
	sp := pos + sg.data + off - sg.out
	_, size := utf8.DecodeRuneInString(m.stream[sp:])
	r := sort.Search(len(m.runs), func(i int) bool { return m.runs[i].s+m.runs[i].n > sp })
	if r == len(m.runs) || m.runs[r].s > sp {
		return 0, 0, false
	}
	run := m.runs[r]
	if run.entity {
		return run.raw, run.raw + run.rawLen, true
	}
	start := run.raw + sp - run.s
	end := start + size
	if end > run.raw+run.n {
		end = run.raw + run.n
	}
	return start, end, true
}

// quoteSpan maps the article text range [start, end) to the bytes of the
// page as read: from the first byte of its first character to the end of
// its last.
func (m *offsetMapper) quoteSpan(ex *extraction, start, end int) (int, int, bool) {
	if start >= end || end > len(ex.text) || len(ex.segs) == 0 {
		return 0, 0, false
	}
	if !m.built {
		m.build()
	}
	if !m.located {
		m.locate(ex)
	}
	_, lastSize := utf8.DecodeLastRuneInString(ex.text[start:end])
	s0, _, ok1 := m.srcChar(ex, start)
	l0, l1, ok2 := m.srcChar(ex, end-lastSize)
	if !ok1 || !ok2 || l1 < s0 {
		return 0, 0, false
	}
	rs, _ := m.dmap.char(s0, 1)
	_, re := m.dmap.char(l1-1, 1)
	if l0 > l1 || re < rs {
		return 0, 0, false
	}
	return rs, re, true
}
