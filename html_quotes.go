package verbatim

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Quotation evidence in the markup, rendered so that the text rules read
// it as they read quotation marks in prose:
//
//   - <q> is rendered with quotation marks, as browsers render it: “…”,
//     and ‘…’ inside another <q>;
//   - a <blockquote> with no quotation marks of its own is a quotation:
//     each of its paragraphs opens with “ and the last one closes with ”
//     (the multi-paragraph convention);
//   - an embedded social post (the blockquote of a tweet, an Instagram,
//     Facebook, TikTok, Bluesky or Threads embed) is one paragraph: its
//     text in quotation marks, then its author line as a dash
//     attribution ("— Name (@handle) date"; Instagram's "A post shared
//     by" and Facebook's "Posted by" become the dash, and the embed's
//     "View this post" link before the text is left out), which the
//     text rules read as a quote and its author;
//   - a pull quote, or a heading shaped like a quote, that repeats text of
//     the article is left out: it is not a second quotation.
//
// The marks are added to the rendered text only; they come from no text
// node, so Quote.HTML, which excludes the marks, is traced as before.

// postClasses are the class names the platforms' embed codes give the
// blockquote of a post.
var postClasses = []string{"twitter-tweet", "twitter-video", "instagram-media",
	"fb-xfbml-parse-ignore", "tiktok-embed", "bluesky-embed", "text-post-media"}

// isPost reports the blockquote of an embedded social post.
func isPost(n *html.Node) bool {
	if n.DataAtom != atom.Blockquote {
		return false
	}
	c := attr(n, "class")
	return c != "" && containsAny(strings.ToLower(c), postClasses)
}

// quoteMarks are the characters that make a blockquote already quoted.
const quoteMarks = "\"“”„«»"

// textOf calls f with the text of every text node under n that is not
// in a skipped element, until f returns false.
func textOf(n *html.Node, f func(string) bool) {
	stop := false
	walk(n, func(c *html.Node) bool {
		if stop {
			return false
		}
		switch c.Type {
		case html.TextNode:
			stop = !f(c.Data)
			return false
		case html.ElementNode:
			return !isSkipped(c)
		}
		return c.Type == html.DocumentNode
	}, nil)
}

// hasText reports whether n holds text other than white space.
func hasText(n *html.Node) bool {
	found := false
	textOf(n, func(s string) bool {
		found = strings.TrimSpace(s) != ""
		return !found
	})
	return found
}

// firstChar returns the first character of n's text that is not a space.
func firstChar(n *html.Node) rune {
	var r rune = -1
	textOf(n, func(s string) bool {
		for _, c := range s {
			if !unicode.IsSpace(c) {
				r = c
				return false
			}
		}
		return true
	})
	return r
}

// hasQuoteMarks reports whether n's text holds a double quotation mark.
func hasQuoteMarks(n *html.Node) bool {
	found := false
	textOf(n, func(s string) bool {
		found = strings.ContainsAny(s, quoteMarks)
		return !found
	})
	return found
}

// appendNormWords appends the words of s to b, lower-cased, each
// followed by one space: the form in which repeats are compared.
func appendNormWords(b []byte, s string) []byte {
	in := false
	for _, c := range s {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			b = append(b, string(unicode.ToLower(c))...)
			in = true
			continue
		}
		if in {
			b = append(b, ' ')
			in = false
		}
	}
	if in {
		b = append(b, ' ')
	}
	return b
}

// maxMarkupNesting is the depth of nested <q> or <blockquote> elements
// beyond which they are not read as quotations (the text rules ignore
// quotes nested deeper than 8 too), and maxRepeatChecks the number of
// pull quotes and headings tested for being repeats in one article.
const (
	maxMarkupNesting = 8
	maxRepeatChecks  = 64
)

// minRepeatWords is the length (bytes of normalised words) under which a
// pull quote is not tested for being a repeat: short phrases recur.
const minRepeatBytes = 24

// isRepeat reports a pull quote, or a heading shaped like a quote, whose
// words occur a second time in the article.
func (r *renderer) isRepeat(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Blockquote:
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if !hasQuoteMarks(n) {
			return false
		}
	default:
		c, id := r.x.classIDFacts(n)
		if !isPullQuote(c) && !isPullQuote(id) {
			return false
		}
	}
	if r.repeatChecks++; r.repeatChecks > maxRepeatChecks {
		return false // each check reads the article: bounded work
	}
	var nb []byte
	nb = append(nb, ' ')
	textOf(n, func(s string) bool { nb = appendNormWords(nb, s); return true })
	if len(nb) < minRepeatBytes {
		return false
	}
	if r.norm == "" {
		b := []byte{' '}
		for _, root := range r.roots {
			textOf(root, func(s string) bool { b = appendNormWords(b, s); return true })
		}
		r.norm = string(b)
	}
	return strings.Count(r.norm, string(nb)) >= 2
}

// bylinePrefixes start the author line of Instagram and Facebook embeds
// ("A post shared by Name (@handle) on date", "Posted by Name on date").
var bylinePrefixes = []string{"a post shared by", "a video shared by", "a photo shared by", "posted by"}

// bylinePrefix returns the length of the byline prefix that s starts
// with (after spaces), or -1.
func bylinePrefix(s string) int {
	t := strings.TrimLeft(s, " \t\n\r\f")
	for _, p := range bylinePrefixes {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			return len(s) - len(t) + len(p)
		}
	}
	return -1
}

// startsWithByline reports whether n's text begins with a byline prefix.
func startsWithByline(n *html.Node) bool {
	found := false
	textOf(n, func(s string) bool {
		if strings.TrimSpace(s) == "" {
			return true
		}
		found = bylinePrefix(s) >= 0
		return false
	})
	return found
}

// postText decides how a text node inside an embedded post is rendered:
// text before the post's own words ("View this post on Instagram") is
// left out; the author line after them is written as the text rules read
// an attribution, "— Name (@handle) date", its "A post shared by" or
// "Posted by" replaced by the dash. It returns where in s to start, or
// skip.
func (r *renderer) postText(s string) (start int, skip bool) {
	if strings.TrimSpace(s) == "" {
		return 0, false
	}
	if !r.postQuoted {
		if k := bylinePrefix(s); k >= 0 { // a post without text of its own
			r.postQuoted, r.postAuthor = true, true
			return r.authorDash(s, k), false
		}
		return 0, true
	}
	if r.postAuthor {
		r.postAuthor = false
		k := bylinePrefix(s)
		if k < 0 {
			t := strings.TrimLeft(s, " \t\n\r\f")
			if strings.HasPrefix(t, "—") || strings.HasPrefix(t, "-") || strings.HasPrefix(t, "–") {
				return 0, false // a tweet's own dash
			}
			k = 0
		}
		return r.authorDash(s, k), false
	}
	return 0, false
}

// authorDash writes the dash that introduces a post's author and returns
// where the author's text starts in s.
func (r *renderer) authorDash(s string, k int) int {
	r.openMark("—")
	r.space = true
	for k < len(s) && spaceLen(s, k) > 0 {
		k += spaceLen(s, k)
	}
	return k
}

// isPullQuote reports a class or id naming a pull quote.
func isPullQuote(f *hintFacts) bool {
	return f != nil && strings.Contains(f.lower, "pull") && strings.Contains(f.lower, "quote")
}

// openMark appends an opening quotation mark, starting a paragraph if need be.
func (r *renderer) openMark(s string) {
	r.separate()
	r.buf = append(r.buf, s...)
}

// closeMark appends a closing quotation mark right after the text.
func (r *renderer) closeMark(s string) {
	if !r.open {
		return
	}
	r.buf = append(r.buf, s...)
}

// enterQuotation handles the quotation markup of element n on the way
// in. It reports whether n is left out, and whether it was handled (the
// caller then only descends).
func (r *renderer) enterQuotation(n *html.Node) (skip, handled bool) {
	// Every element that enters here leaves through leaveQuotation,
	// unless it is skipped.
	switch n.DataAtom {
	case atom.Q:
		r.qAll++
	case atom.Blockquote:
		r.bqAll++
	}
	if r.post != nil { // inside an embedded post: one paragraph
		switch n.DataAtom {
		case atom.P:
			if !r.postQuoted && hasText(n) && !startsWithByline(n) {
				r.postQuoted, r.postP = true, n
				r.openMark("“")
				return false, true
			}
		case atom.Br, atom.Img, atom.Wbr:
			return false, false
		}
		if isBlock(n.DataAtom) {
			r.space = r.space || r.open
			return false, true
		}
		return false, false
	}
	if r.qAll > maxMarkupNesting || r.bqAll > maxMarkupNesting {
		// Deeper nesting is not quotation; the checks below walk
		// subtrees, which must not add up on trees built to be deep.
		return false, false
	}
	if isPost(n) {
		r.flush()
		r.post, r.postQuoted, r.postP, r.postAuthor = n, false, nil, false
		return false, true
	}
	if r.isRepeat(n) {
		if n.DataAtom == atom.Blockquote {
			r.bqAll--
		}
		return true, true
	}
	switch n.DataAtom {
	case atom.Q:
		if c := firstChar(n); c < 0 || strings.ContainsRune(quoteMarks+"‘’'", c) {
			return false, false // empty, or quoted in its text already
		}
		r.qOpen = append(r.qOpen, n)
		if len(r.qOpen)%2 == 1 {
			r.openMark("“")
		} else {
			r.openMark("‘")
		}
		return false, false
	case atom.Blockquote:
		if r.bq == nil && hasText(n) && !hasQuoteMarks(n) {
			r.flush()
			r.bq = n
			r.bqStart = len(r.buf)
		}
	}
	return false, false
}

// leaveQuotation handles the quotation markup of element n on the way
// out; it reports whether it was handled.
func (r *renderer) leaveQuotation(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Q:
		r.qAll--
	case atom.Blockquote:
		r.bqAll--
	}
	switch {
	case n == r.post:
		r.flush()
		r.post = nil
		return true
	case r.post != nil:
		if n == r.postP {
			r.closeMark("”")
			r.space = true
			r.postAuthor = true
			return true
		}
		if isBlock(n.DataAtom) {
			r.space = r.open
			return true
		}
	case n == r.bq:
		r.flush()
		r.bq = nil
		if k := len(r.paras); k > 0 && r.paras[k-1].Start >= r.bqStart && r.paras[k-1].End == len(r.buf) {
			r.buf = append(r.buf, "”"...)
			r.paras[k-1].End = len(r.buf)
		}
		return true
	case len(r.qOpen) > 0 && n == r.qOpen[len(r.qOpen)-1]:
		if len(r.qOpen)%2 == 1 {
			r.closeMark("”")
		} else {
			r.closeMark("’")
		}
		r.qOpen = r.qOpen[:len(r.qOpen)-1]
	}
	return false
}
