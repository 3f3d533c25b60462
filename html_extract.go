package verbatim

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Article extraction follows Mozilla's Readability.js (scoring of text
// blocks, propagated to their ancestors, the best-scored container and its
// siblings kept, conditional cleaning of link-heavy lists and boxes), with
// the boilerplate rules of trafilatura and of the article-extraction
// benchmark's annotations: captions, credits, bylines, share bars,
// newsletter boxes and related-story lists are not article text. The tree
// is only read; per-node facts live in side tables.

// An extraction is the rendered article: its text, its paragraphs, and,
// when offsets were asked for, where each run of text came from.
type extraction struct {
	x     *extractor // the pass that rendered it
	text  string
	paras []Span
	segs  []textSeg // sorted by out; only with tracking

	nText, nLink int // non-space bytes of the paragraphs kept; of them in links
	prose        int // paragraphs of prose: long, few links, with sentence marks
}

// A textSeg says that text[out:out+n] is node.Data[data:data+n].
type textSeg struct {
	out  int
	node *html.Node
	data int
	n    int
}

// Extraction passes, from strictest to most lenient, as in Readability.js:
// when the strict pass yields too little text, the next is tried.
const (
	flagStripUnlikely = 1 << iota
	flagWeightClasses
	flagCleanConditionally
)

// minArticleBytes is the article length below which a more lenient pass is
// tried (Readability.js: charThreshold 500).
const minArticleBytes = 500

// minDeclaredBody is the text (non-space bytes) an itemprop=articleBody
// element needs to be taken as the article whatever the scores say.
const minDeclaredBody = 250

// extractArticle finds the article under root and renders it.
func extractArticle(root *html.Node, track bool) *extraction {
	body := findBody(root)
	// When no pass reaches minArticleBytes, the longest result is kept,
	// unless a stricter pass came close to it (most of what the lenient
	// pass adds to a short article is boilerplate).
	var best, short *extraction
	hc := make(hintCache)
	// The side tables are sized once: growing a map of every element
	// costs more than counting them.
	sizeHint := 0
	walk(body, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			sizeHint++
			return !isSkipped(n)
		}
		return n.Type == html.DocumentNode
	}, nil)
	shortDone := false
	for _, flags := range []int{
		flagStripUnlikely | flagWeightClasses | flagCleanConditionally,
		flagWeightClasses | flagCleanConditionally,
		flagCleanConditionally,
		0,
	} {
		ex := newExtractor(flags, hc, sizeHint).run(body, track)
		sizeHint = len(ex.x.info)
		if short != nil && ex.prose > short.prose+1 {
			// A lenient pass found more of the story.
			short, shortDone = nil, true
		}
		if best == nil || len(ex.text)*4 > len(best.text)*5 {
			best = ex
		}
		if len(ex.text) >= minArticleBytes {
			if short != nil {
				// It adds no more of the story, only the page
				// around it.
				return short
			}
			return ex
		}
		if short == nil && !shortDone && shortArticle(ex) {
			short = ex
		}
	}
	if short != nil {
		return short
	}
	if strings.TrimSpace(best.text) == "" {
		// Never empty when the page has text: the longest block of
		// text, wherever it sits (in an <aside>, a <nav>…), is better
		// than nothing.
		x := newExtractor(0, hc, sizeHint)
		var longest *html.Node
		for _, p := range x.measure(body) {
			if longest == nil || x.get(p).text > x.get(longest).text {
				longest = p
			}
		}
		if longest != nil {
			r := &renderer{x: x, track: track, roots: []*html.Node{longest}}
			r.render(longest)
			r.flush()
			if len(r.buf) > 0 {
				return &extraction{x: x, text: string(r.buf), paras: r.paras, segs: r.segs, nText: r.totText, nLink: r.totLink, prose: r.prose}
			}
		}
	}
	return best
}

// shortArticle reports a short text that is still an article: a few
// paragraphs of prose with hardly any links. A more lenient pass would
// only add the page around it.
func shortArticle(ex *extraction) bool {
	return ex.nText >= 300 && len(ex.paras) >= 3 && ex.nLink*10 < ex.nText
}

// findBody returns the <body> element, or root when there is none.
func findBody(root *html.Node) *html.Node {
	var body *html.Node
	walk(root, func(n *html.Node) bool {
		if body != nil {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			return false
		}
		return n.Type == html.DocumentNode || (n.Type == html.ElementNode && n.DataAtom == atom.Html)
	}, nil)
	if body == nil {
		return root
	}
	return body
}

// nodeInfo holds what the extractor learnt about one element.
type nodeInfo struct {
	text, link, commas, heading    int // bytes of non-space text; of it in links and headings; commas
	post                           int // of the text, bytes in embedded social posts
	paras, lis, imgs, inputs, embs int // descendant elements of these kinds
	score                          float64
	scored                         bool
	removed                        bool // an unlikely candidate, left out with its subtree
}

type extractor struct {
	flags        int
	declaredBody *html.Node // the longest itemprop=articleBody element
	top          *html.Node // the element chosen as the article
	hints        hintCache
	idx          map[*html.Node]int32
	info         []nodeInfo
}

func newExtractor(flags int, hc hintCache, sizeHint int) *extractor {
	return &extractor{flags: flags, hints: hc, idx: make(map[*html.Node]int32, sizeHint),
		info: make([]nodeInfo, 0, sizeHint)}
}

func (x *extractor) get(n *html.Node) *nodeInfo {
	if i, ok := x.idx[n]; ok {
		return &x.info[i]
	}
	return nil
}

// run scores the subtree of body, picks the article and renders it.
func (x *extractor) run(body *html.Node, track bool) *extraction {
	paras := x.measure(body)
	candidates := x.score(paras)
	top := x.pickTop(body, candidates)
	x.top = top
	roots := x.siblings(top, body)
	r := &renderer{x: x, track: track, roots: roots}
	for _, n := range roots {
		r.render(n)
	}
	r.flush()
	r.trimTail()
	return &extraction{x: x, text: string(r.buf), paras: r.paras, segs: r.segs, nText: r.totText, nLink: r.totLink, prose: r.prose}
}

// measure computes text, link and element counts for every element under
// body in one iterative pass, and returns the text blocks to score, in
// document order.
func (x *extractor) measure(body *html.Node) []*html.Node {
	m := &measurer{x: x, body: body}
	walk(body, m.enter, m.leave)
	return m.scorable
}

// tally counts what the walk has met so far: text and link characters,
// commas, heading text, paragraphs, list items, images, inputs, embeds
// and the text of embedded posts.
type tally struct {
	text, link, commas, heading, paras, lis, imgs, ins, ems, post int
}

// A measureFrame is an open element of the walk: the tally when it
// opened, and what its children showed.
type measureFrame struct {
	n          *html.Node
	at         tally
	blockChild bool
	unlikely   bool // measured, kept only if it holds prose
	nScorable  int
	declared   *html.Node
}

// A measurer is the state of measure's walk.
type measurer struct {
	x                               *extractor
	body                            *html.Node
	stack                           []measureFrame
	c                               tally
	linkDepth, headDepth, postDepth int
	scorable                        []*html.Node
}

// enter counts a text node, or opens an element.
func (m *measurer) enter(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		t, c := countText(n.Data)
		m.c.text += t
		m.c.commas += c
		if m.linkDepth > 0 {
			m.c.link += t
		}
		if m.headDepth > 0 {
			m.c.heading += t
		}
		if m.postDepth > 0 {
			m.c.post += t
		}
		return false
	case html.ElementNode:
	default:
		return n.Type == html.DocumentNode
	}
	if isSkipped(n) {
		switch n.DataAtom {
		case atom.Input, atom.Textarea, atom.Select, atom.Button:
			m.c.ins++
		case atom.Iframe, atom.Object, atom.Embed, atom.Video, atom.Audio:
			m.c.ems++
		}
		return false
	}
	unlikely := n != m.body && m.x.unlikely(n)
	if isPost(n) {
		m.postDepth++
	}
	switch n.DataAtom {
	case atom.A:
		m.linkDepth++
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		m.headDepth++
	case atom.P:
		m.c.paras++
	case atom.Li:
		m.c.lis++
	case atom.Img:
		m.c.imgs++
	}
	if len(m.stack) > 0 && isBlock(n.DataAtom) && !unlikely {
		m.stack[len(m.stack)-1].blockChild = true
	}
	m.stack = append(m.stack, measureFrame{n: n, at: m.c, unlikely: unlikely, nScorable: len(m.scorable), declared: m.x.declaredBody})
	return true
}

// leave closes an element: its counts are what the walk met inside it.
func (m *measurer) leave(n *html.Node) {
	if n.Type != html.ElementNode || len(m.stack) == 0 {
		return
	}
	x := m.x
	f := m.stack[len(m.stack)-1]
	m.stack = m.stack[:len(m.stack)-1]
	switch n.DataAtom {
	case atom.A:
		m.linkDepth--
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		m.headDepth--
	}
	if isPost(n) {
		m.postDepth--
	}
	c, at := m.c, f.at
	if f.unlikely {
		// An embedded post is article content whatever its box is called.
		if !holdsProse(n, c.text-at.text, c.link-at.link, c.paras-at.paras) && !mostlyPost(c.text-at.text, c.post-at.post) {
			// Left out with its subtree: undo what it added.
			m.c = at
			m.scorable, x.declaredBody = m.scorable[:f.nScorable], f.declared
			x.idx[n] = int32(len(x.info))
			x.info = append(x.info, nodeInfo{removed: true})
			return
		}
		if len(m.stack) > 0 && isBlock(n.DataAtom) {
			m.stack[len(m.stack)-1].blockChild = true
		}
	}
	if isDeclaredBody(n) && (x.declaredBody == nil || c.text-at.text > x.get(x.declaredBody).text) {
		x.declaredBody = n
	}
	x.idx[n] = int32(len(x.info))
	x.info = append(x.info, nodeInfo{
		text: c.text - at.text, link: c.link - at.link, commas: c.commas - at.commas,
		heading: c.heading - at.heading, paras: c.paras - at.paras, lis: c.lis - at.lis,
		imgs: c.imgs - at.imgs, inputs: c.ins - at.ins, embs: c.ems - at.ems, post: c.post - at.post,
	})
	if c.text-at.text < 25 {
		return
	}
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Section, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		m.scorable = append(m.scorable, n)
	case atom.Div, atom.Article, atom.Main, atom.Span, atom.Font, atom.Center, atom.Blockquote:
		if !f.blockChild {
			m.scorable = append(m.scorable, n)
		}
	}
}

// holdsProse reports whether an element that its class or id marks as
// unlikely content still holds article paragraphs: several of them, long,
// with hardly any links (the rest of a story behind a "read more"
// button), and is not a comment thread.
func holdsProse(n *html.Node, text, link, paras int) bool {
	if paras < 3 || text < 500 || text < 80*paras || link*10 >= text {
		return false
	}
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main:
	default:
		return false
	}
	h := hints(n)
	return !strings.Contains(h, "comment") && !hasToken(h, commentWords)
}

// commentWords name a comment thread in a class or id, as whole words
// ("comment" anywhere: "commentlist"). A part of a word would also
// match "img-responsive" or "replay".
var commentWords = map[string]bool{
	"reply": true, "replies": true, "responses": true, "respond": true, "disqus": true,
	"remarks": true, "discussion": true, "discuss": true, "forum": true,
}

// mostlyPost reports a box whose text is mostly that of embedded posts.
func mostlyPost(text, post int) bool {
	return post > 0 && post*2 >= text
}

// countText returns the number of non-space bytes in s and its commas.
func countText(s string) (n, commas int) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r', '\f':
		case ',':
			n++
			commas++
		default:
			n++
		}
	}
	return n, commas
}

// score gives every text block a score and adds it to its ancestors, as
// Readability.js does; it returns the ancestors that were scored.
func (x *extractor) score(paras []*html.Node) []*html.Node {
	var cands []*html.Node
	for _, p := range paras {
		pi := x.get(p)
		s := 1 + float64(pi.commas+1) + min(float64(pi.text/100), 3)
		level := 0
		for a := p.Parent; a != nil && a.Type == html.ElementNode && level < 5; a = a.Parent {
			ai := x.get(a)
			if ai == nil {
				break
			}
			if !ai.scored {
				ai.scored = true
				ai.score = x.initialScore(a)
				cands = append(cands, a)
			}
			div := 1.0
			switch level {
			case 0:
			case 1:
				div = 2
			default:
				div = float64(level * 3)
			}
			ai.score += s / div
			level++
		}
	}
	for _, c := range cands {
		ci := x.get(c)
		ci.score *= 1 - linkDensity(ci)
	}
	return cands
}

func linkDensity(ni *nodeInfo) float64 {
	if ni.text == 0 {
		return 0
	}
	return float64(ni.link) / float64(ni.text)
}

// initialScore is Readability.js's initializeNode.
func (x *extractor) initialScore(n *html.Node) float64 {
	s := 0.0
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	return s + float64(x.classWeight(n))
}

// pickTop chooses the element that holds the article.
func (x *extractor) pickTop(body *html.Node, cands []*html.Node) *html.Node {
	var top *html.Node
	var topScore float64
	for _, c := range cands {
		if s := x.get(c).score; top == nil || s > topScore {
			top, topScore = c, s
		}
	}
	// schema.org markup naming the article body outweighs scores
	// (paragraph-rich boxes such as login overlays can outscore it).
	if ab := x.declaredBody; ab != nil && x.get(ab).text >= minDeclaredBody &&
		(top == nil || (top != ab && !isAncestor(top, ab))) {
		top = ab
		return top
	}
	if top == nil || top == body {
		return body
	}
	// Readability.js: when several near-best candidates share an
	// ancestor, the article is that ancestor.
	// An alternative is a separate region: not top's ancestor or
	// descendant, nor nested in another alternative.
	var alts []*html.Node
	for _, c := range cands {
		if c == top || x.get(c).score < 0.75*topScore || isAncestor(c, top) || isAncestor(top, c) {
			continue
		}
		nested := false
		for i, a := range alts {
			if isAncestor(a, c) {
				nested = true
				break
			}
			if isAncestor(c, a) {
				alts[i], nested = c, true
				break
			}
		}
		if !nested {
			alts = append(alts, c)
		}
	}
	if len(alts) >= 3 {
		for a := top.Parent; a != nil && a != body; a = a.Parent {
			k := 0
			for _, c := range alts {
				if isAncestor(a, c) {
					k++
				}
			}
			if k >= 3 {
				top = a
				break
			}
		}
	}
	// Climb while the parent scores better.
	last := x.get(top).score
	threshold := last / 3
	for a := top.Parent; a != nil && a != body; a = a.Parent {
		ai := x.get(a)
		if ai == nil || !ai.scored {
			continue
		}
		if ai.score < threshold {
			break
		}
		if ai.score > last {
			top = a
			break
		}
		last = ai.score
	}
	// An only child stands for its parent, and so does a child whose
	// parent adds nothing but article paragraphs (paragraphs in nested
	// unclosed <div>s are spread over every level).
	// A parent that adds no text and has siblings of its class stands
	// for its child too, so that those siblings are considered.
	for top.Parent != nil && top.Parent != body &&
		(onlyElementChild(top.Parent) == top || x.addsOnlyParagraphs(top.Parent, top) || x.addsNoText(top.Parent, top)) {
		top = top.Parent
	}
	return top
}

// addsNoText reports whether parent's text is all in its child top and
// parent has a sibling of its class: an article split into several boxes
// of one kind, whose other parts siblings() will then find.
func (x *extractor) addsNoText(parent, top *html.Node) bool {
	pi, ti := x.get(parent), x.get(top)
	if pi == nil || ti == nil || pi.text != ti.text {
		return false
	}
	c := attr(parent, "class")
	if c == "" || parent.Parent == nil {
		return false
	}
	for s := parent.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != parent && s.Type == html.ElementNode && attr(s, "class") == c {
			return true
		}
	}
	return false
}

// addsOnlyParagraphs reports whether every child of parent other than
// top that holds text is a paragraph of prose, and at least one does.
func (x *extractor) addsOnlyParagraphs(parent, top *html.Node) bool {
	found := false
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c == top {
			continue
		}
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
			continue
		case html.ElementNode:
		default:
			continue
		}
		ci := x.get(c)
		if ci == nil || ci.removed || ci.text == 0 {
			continue
		}
		if c.DataAtom != atom.P || !x.proseParagraph(c, ci) {
			return false
		}
		found = true
	}
	return found
}

// proseParagraph reports a <p> that reads as article text: long with few
// links, or short, link-free and ending a sentence.
func (x *extractor) proseParagraph(p *html.Node, pi *nodeInfo) bool {
	ld := linkDensity(pi)
	return (pi.text > 80 && ld < 0.25) || (pi.text > 0 && pi.text <= 80 && ld == 0 && endsSentence(p))
}

func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

func onlyElementChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			if only != nil {
				return nil
			}
			only = c
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		}
	}
	return only
}

// siblings returns top and the siblings that belong to the article with
// it, in document order.
func (x *extractor) siblings(top, body *html.Node) []*html.Node {
	if top == body || top.Parent == nil {
		return []*html.Node{top}
	}
	ti := x.get(top)
	threshold := max(10, ti.score*0.2)
	topClass := attr(top, "class")
	var out []*html.Node
	for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			out = append(out, s)
			continue
		}
		if s.Type != html.ElementNode {
			continue
		}
		si := x.get(s)
		if si == nil || si.removed {
			continue
		}
		bonus := 0.0
		if topClass != "" && attr(s, "class") == topClass {
			bonus = ti.score * 0.2
		}
		if si.scored && si.score+bonus >= threshold {
			out = append(out, s)
			continue
		}
		if s.DataAtom == atom.P && x.proseParagraph(s, si) {
			out = append(out, s)
		}
	}
	return out
}

// endsSentence reports whether the text of n contains a sentence end.
func endsSentence(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.Type == html.TextNode && (strings.Contains(c.Data, ". ") || strings.HasSuffix(strings.TrimSpace(c.Data), ".")) {
			found = true
		}
		return c.Type == html.ElementNode && !isSkipped(c)
	}, nil)
	return found
}

// keep reports whether the renderer should descend into element n, an
// element inside the article.
func (x *extractor) keep(n *html.Node, isRoot bool) bool {
	if isSkipped(n) {
		return false
	}
	ni := x.get(n)
	if ni == nil || ni.removed {
		return false
	}
	switch n.DataAtom {
	case atom.Form:
		// Some frameworks wrap the whole page in one <form>: a form
		// holding paragraphs of prose is a container, not a form.
		return isRoot || (ni.paras >= 3 && ni.inputs <= ni.paras)
	case atom.Figcaption, atom.Nav, atom.Aside, atom.Footer, atom.H1, atom.Fieldset:
		return isRoot && n.DataAtom != atom.H1 && n.DataAtom != atom.Figcaption
	case atom.H2:
		if x.flags&flagWeightClasses != 0 && x.classWeight(n) < 0 {
			return false
		}
	case atom.Span:
		// An image and a run of links inside running text: a hover
		// card or widget, not words of the sentence.
		if !isRoot && ni.imgs > 0 && ni.text >= 60 && ni.link*10 >= ni.text*9 {
			return false
		}
	}
	if isRoot || n == x.top || x.flags&flagCleanConditionally == 0 {
		return true
	}
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Table, atom.Header:
		return !x.cleanConditionally(n, ni)
	}
	return true
}

// cleanConditionally is Readability.js's _cleanConditionally: it tells
// boxes, lists and tables that look like boilerplate.
func (x *extractor) cleanConditionally(n *html.Node, ni *nodeInfo) bool {
	weight := 0
	if x.flags&flagWeightClasses != 0 {
		weight = x.classWeight(n)
	}
	score := 0.0
	if ni.scored {
		score = ni.score
	}
	if mostlyPost(ni.text, ni.post) {
		return false
	}
	if float64(weight)+score < 0 {
		return true
	}
	if ni.commas >= 10 {
		return false
	}
	isList := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol
	p, img, li := ni.paras, ni.imgs, ni.lis-100
	ld := linkDensity(ni)
	headingDensity := 0.0
	if ni.text > 0 {
		headingDensity = float64(ni.heading) / float64(ni.text)
	}
	switch {
	case img > 1 && float64(p)/float64(img) < 0.5:
		return true
	case !isList && li > p:
		return true
	case ni.inputs > p/3:
		return true
	case !isList && headingDensity < 0.9 && ni.text < 25 && (img == 0 || img > 2) && ld > 0:
		return true
	case weight < 25 && ld > 0.2:
		return true
	case weight >= 25 && ld > 0.5:
		return true
	case (ni.embs == 1 && ni.text < 75) || ni.embs > 1:
		return true
	}
	return false
}

// renderer turns the kept part of the tree into paragraphs.
type renderer struct {
	x     *extractor
	roots []*html.Node
	track bool

	buf   []byte
	paras []Span
	segs  []textSeg

	open      bool // a paragraph has begun
	sepStart  int  // where the current paragraph's separator begins
	paraStart int
	space     bool // white space is pending
	brs       int  // <br> seen since the last text
	pre       int  // depth of <pre>
	linkDepth int
	nText     int // non-space bytes in the paragraph
	nLink     int // of them inside links

	totText, totLink int // nText and nLink summed over the paragraphs kept
	prose            int // paragraphs of prose kept

	// quotation markup (html_quotes.go)
	qOpen        []*html.Node // open <q> elements rendered with marks
	bq           *html.Node   // the blockquote being given marks
	bqStart      int          // len(buf) when it began
	post         *html.Node   // the embedded post being rendered
	postQuoted   bool         // its text has been given its opening mark
	postP        *html.Node   // the paragraph holding its text
	postAuthor   bool         // its author line comes next
	norm         string       // the article's words, for repeats; built on demand
	qAll         int          // open <q> elements, marked or not
	bqAll        int          // open <blockquote> elements
	repeatChecks int          // isRepeat calls so far
}

func (r *renderer) render(root *html.Node) {
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			r.text(n)
			return false
		case html.ElementNode:
		default:
			// A tree without <html> or <body> (ParseDocument) may
			// have to be rendered from its document node.
			return n.Type == html.DocumentNode && n == root
		}
		if !r.x.keep(n, n == root) {
			return false
		}
		if skip, handled := r.enterQuotation(n); skip {
			return false
		} else if handled { // (never for <a>: a link is no quotation)
			return true
		}
		switch n.DataAtom {
		case atom.Br:
			r.br()
			return false
		case atom.A:
			r.linkDepth++
		case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
			r.flush()
			r.pre++
		case atom.Img, atom.Wbr:
			return false
		}
		if isBlock(n.DataAtom) {
			r.flush()
		}
		return true
	}, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if r.leaveQuotation(n) {
			return
		}
		switch n.DataAtom {
		case atom.A:
			r.linkDepth--
		case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
			r.flush()
			r.pre--
			return
		}
		if isBlock(n.DataAtom) {
			r.flush()
		}
	})
}

func (r *renderer) br() {
	if !r.open {
		return
	}
	if r.pre > 0 {
		r.buf = append(r.buf, '\n')
		return
	}
	r.brs++
	if r.brs >= 2 {
		r.flush()
	}
}

// begin starts a paragraph before the first text of one.
func (r *renderer) begin() {
	r.sepStart = len(r.buf)
	if len(r.paras) > 0 {
		r.buf = append(r.buf, '\n', '\n')
	}
	r.paraStart = len(r.buf)
	r.open = true
	r.space, r.brs, r.nText, r.nLink = false, 0, 0, 0
	if r.bq != nil {
		r.buf = append(r.buf, "“"...)
	}
}

// text appends a text node, collapsing white space outside <pre>.
func (r *renderer) text(n *html.Node) {
	s := n.Data
	start := 0
	if r.post != nil {
		var skip bool
		if start, skip = r.postText(s); skip {
			return
		}
	}
	if r.pre > 0 {
		if !r.open {
			s = strings.TrimLeft(s, "\n\r")
			if strings.TrimSpace(s) == "" {
				return
			}
			r.begin()
		}
		r.appendRun(n, 0, s)
		t, _ := countText(s)
		r.count(t)
		return
	}
	for i := start; i < len(s); {
		if w := spaceLen(s, i); w > 0 {
			r.space = true
			i += w
			continue
		}
		j := i
		for j < len(s) && spaceLen(s, j) == 0 {
			j++
		}
		r.separate()
		r.appendRun(n, i, s[i:j])
		r.count(j - i)
		i = j
	}
}

// separate writes what goes before the next run of text: a new
// paragraph, a line break for a <br>, or the space that was collapsed.
func (r *renderer) separate() {
	if !r.open {
		r.begin()
	} else if r.brs > 0 {
		r.trimRight()
		r.buf = append(r.buf, '\n')
	} else if r.space {
		r.buf = append(r.buf, ' ')
	}
	r.space, r.brs = false, 0
}

func (r *renderer) count(t int) {
	r.nText += t
	if r.linkDepth > 0 {
		r.nLink += t
	}
}

func (r *renderer) appendRun(n *html.Node, off int, s string) {
	if !utf8.ValidString(s) { // only in trees not built by net/html
		r.buf = append(r.buf, strings.ToValidUTF8(s, "\uFFFD")...)
		return
	}
	if r.track {
		if k := len(r.segs); k > 0 && r.segs[k-1].node == n && r.segs[k-1].out+r.segs[k-1].n == len(r.buf) && r.segs[k-1].data+r.segs[k-1].n == off {
			r.segs[k-1].n += len(s)
		} else {
			r.segs = append(r.segs, textSeg{out: len(r.buf), node: n, data: off, n: len(s)})
		}
	}
	r.buf = append(r.buf, s...)
}

// spaceLen returns the length of the white-space character at s[i], or 0.
// No-break spaces count as white space.
func spaceLen(s string, i int) int {
	switch s[i] {
	case ' ', '\t', '\n', '\r', '\f':
		return 1
	case 0xc2:
		if i+1 < len(s) && s[i+1] == 0xa0 {
			return 2
		}
	}
	return 0
}

func (r *renderer) trimRight() {
	for len(r.buf) > r.paraStart {
		c := r.buf[len(r.buf)-1]
		if c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			break
		}
		r.buf = r.buf[:len(r.buf)-1]
	}
}

// flush ends the current paragraph, dropping it when it is boilerplate.
func (r *renderer) flush() {
	r.space, r.brs = false, 0
	if !r.open {
		return
	}
	r.open = false
	r.trimRight()
	p := string(r.buf[r.paraStart:])
	if r.paraStart == len(r.buf) || isBoilerplate(p, r.nText, r.nLink) {
		r.buf = r.buf[:r.sepStart]
		for len(r.segs) > 0 && r.segs[len(r.segs)-1].out >= r.sepStart {
			r.segs = r.segs[:len(r.segs)-1]
		}
		return
	}
	r.paras = append(r.paras, Span{Start: r.paraStart, End: len(r.buf)})
	r.totText += r.nText
	r.totLink += r.nLink
	if r.nText >= 80 && r.nLink*4 < r.nText && strings.ContainsAny(p, ".?!") {
		r.prose++
	}
}

// trimTail drops the paragraphs at the end of the article that speak to
// the reader instead of telling the story: follow us, sign up, subscribe,
// tell us what you think, copyright lines.
func (r *renderer) trimTail() {
	k := len(r.paras)
	for k > 1 {
		p := r.paras[k-1]
		if p.End-p.Start > 400 || !isCallToAction(string(r.buf[p.Start:p.End])) {
			break
		}
		k--
	}
	if k == len(r.paras) {
		return
	}
	cut := r.paras[k].Start - 2 // the paragraph separator
	r.buf = r.buf[:cut]
	r.paras = r.paras[:k]
	for len(r.segs) > 0 && r.segs[len(r.segs)-1].out >= cut {
		r.segs = r.segs[:len(r.segs)-1]
	}
}

// isCallToAction reports a short paragraph addressed to the reader, or
// one of the credits that close a story: the wire service's reporting and
// editing credits, a copyright line, the author's biography.
func isCallToAction(p string) bool {
	l := strings.ToLower(p)
	for _, w := range ctaNotices {
		if strings.Contains(l, w) {
			return true
		}
	}
	for _, w := range ctaCommands {
		for i := strings.Index(l, w); i >= 0; {
			if opensSentenceAt(l, i) || len(l) == len(p) && 'A' <= p[i] && p[i] <= 'Z' {
				return true
			}
			j := strings.Index(l[i+1:], w)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	t := strings.TrimLeft(l, "(")
	for _, w := range creditPrefixes {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return isAuthorBio(p, l)
}

var creditPrefixes = []string{"reporting by", "additional reporting by", "editing by", "writing by",
	"compiled by", "copyright"}

// isAuthorBio reports a paragraph such as "Jane Doe is a Cairo-based
// correspondent for The Post.": a capitalised name of two to four words,
// "is a/an/the", and a newsroom role.
func isAuthorBio(p, lower string) bool {
	i := strings.Index(p, " is ")
	if i <= 0 || i > 40 {
		return false
	}
	name := strings.Fields(p[:i])
	if len(name) > 4 {
		return false
	}
	for _, w := range name {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	rest := lower[i+len(" is "):]
	if !strings.HasPrefix(rest, "a ") && !strings.HasPrefix(rest, "an ") && !strings.HasPrefix(rest, "the ") {
		return false
	}
	for _, w := range bioRoles {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

var bioRoles = []string{"correspondent", "reporter", "writer", "editor", "journalist", "columnist", "contributor"}

// ctaCommands are calls to action that a story's own words may hold too
// ("we have to listen to the people", "new subscribers"): they count
// only when they open a sentence ("Subscribe to …", "For more
// information, …"), after a stop or written with a capital.
var ctaCommands = []string{"subscribe", "join our", "listen to", "download the", "get the latest",
	"for more information", "share this", "share it with", "send us"}

// ctaNotices are the page's own furniture, wherever it stands in a
// paragraph: what no story says of itself ("click here", "follow us on",
// "all rights reserved").
var ctaNotices = []string{"follow us", "follow him on", "follow her on", "follow them on", "sign up", "newsletter", "click here",
	"tell us what you think", "join the conversation", "listen live", "contact us", "email us",
	"all rights reserved", "copyright ©", "© 20", "© 19", "read more:", "see more:", "related:"}

// opensSentenceAt reports that byte i of s opens a sentence: it is the
// first non-space character, or follows a full stop, a question or
// exclamation mark, a bracket, a bullet or a bar.
func opensSentenceAt(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '(') {
		j--
	}
	if j == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return strings.ContainsRune(".!?]•|»›>:", r)
}

// isBoilerplate reports paragraphs that are furniture, not article text.
func isBoilerplate(p string, nText, nLink int) bool {
	if len(p) <= 60 {
		k := strings.ToLower(strings.Trim(p, " .:!»›>|-–—\n"))
		if boilerplatePhrases[k] {
			return true
		}
	}
	if len(p) <= 120 && isLabelLine(p) {
		return true
	}
	// "READ MORE: a linked headline", "Related: …": a label and a link.
	if i := strings.IndexByte(p, ':'); i > 0 && i <= 24 && nText < 200 && nLink*10 >= nText*6 &&
		!strings.HasPrefix(p[i:], "://") && !strings.ContainsAny(p[:i], quoteMarks+"‘’") &&
		len(strings.Fields(p[:i])) <= 3 {
		return true
	}
	// A paragraph that is all link is a link or a list of links (a
	// column of headlines separated by <br>), not a sentence; a short one
	// that is mostly link and has no sentence mark is one too.
	if nText == 0 {
		return false
	}
	if nLink*20 >= nText*19 && strings.Contains(p, "\n") {
		return true
	}
	return nLink*10 >= nText*9 && nText < 120 && !strings.ContainsAny(p, ".?!\"“”")
}

// isLabelLine reports a short line that labels the page rather than
// telling the story: an image credit or caption label, or a publication
// timestamp ("Updated at 1:23 p.m.", "PUBLISHED: 10:48, Tue, Nov 19").
func isLabelLine(p string) bool {
	l := strings.ToLower(p)
	for _, w := range labelPrefixes {
		if rest, ok := strings.CutPrefix(l, w); ok {
			if w == "published" || w == "updated" || w == "posted" || w == "last updated" {
				// a timestamp: a digit soon after the label
				d := strings.IndexAny(rest, "0123456789")
				return d >= 0 && d < 24
			}
			return true
		}
	}
	return false
}

var labelPrefixes = []string{"this slideshow requires javascript", "javascript is disabled",
	"please enable javascript", "you need to enable javascript", "image copyright", "image caption", "media caption", "image source",
	"photo credit", "picture credit", "published", "updated", "posted", "last updated"}

var boilerplatePhrases = map[string]bool{
	"advertisement": true, "advertisements": true, "ad": true, "advert": true, "sponsored": true,
	"story continues below advertisement": true, "article continues below advertisement": true,
	"continue reading": true, "continue reading below": true, "read more": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"related": true, "related articles": true, "related stories": true, "related content": true,
	"skip to content": true, "skip to main content": true, "click here": true, "loading": true,
	"loading...": true, "subscribe": true, "sign up": true, "print": true, "email": true,
	"tweet": true, "facebook": true, "twitter": true, "comments": true, "comment": true,
	"more": true, "more on this story": true, "sharing is caring": true, "see also": true, "also read": true,
	"recommended": true, "you may also like": true, "most read": true, "most popular": true,
	"image": true, "photo": true, "video": true, "close": true, "menu": true, "search": true,
}
