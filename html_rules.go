package verbatim

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Class and id hints. The word lists are those of Readability.js
// (REGEXPS.unlikelyCandidates, okMaybeItsACandidate, positive, negative),
// matched as substrings of the lower-cased class and id, plus the
// boilerplate the article-extraction benchmark's annotators leave out
// (captions, credits, bylines, newsletter and cookie boxes), some of which
// are matched as whole words so that "ad" does not match "header".
var (
	unlikelyWords = []string{
		"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
		"cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
		"related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
		"social", "sponsor", "supplemental", "ad-break", "agegate", "pagination",
		"pager", "popup", "yom-remote",
		// trafilatura / benchmark boilerplate
		"caption", "credit", "byline", "newsletter", "cookie", "share", "sharing",
		"promo", "subscribe", "signup", "sign-up", "outbrain", "taboola", "recirc",
		"more-stories", "read-more", "readmore", "breaking-news-banner", "paywall",
	}
	maybeWords    = []string{"and", "article", "body", "column", "content", "main", "mathjax", "shadow"}
	positiveWords = []string{"article", "body", "content", "entry", "hentry", "h-entry", "main",
		"page", "pagination", "post", "text", "blog", "story"}
	negativeWords = []string{"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
		"footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
		"share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget",
		"caption", "credit", "byline", "newsletter"}
	// negativeTokens are matched as whole words of class and id.
	negativeTokens = map[string]bool{
		"ad": true, "ads": true, "advert": true, "advertisement": true, "adslot": true,
		"dfp": true, "hid": true, "print": true, "nav": true, "navbar": true, "navigation": true,
		"author": true, "dateline": true, "timestamp": true, "toolbar": true, "tools": true,
	}
	unlikelyRoles = map[string]bool{
		"menu": true, "menubar": true, "complementary": true, "navigation": true,
		"alert": true, "alertdialog": true, "dialog": true,
	}
)

// A wordSet matches the words of several lists as substrings in one pass
// over a text, looking at each byte only at the words that start with it,
// and tells which lists matched. It is built once and only read.
type wordSet [256][]wordBit

type wordBit struct {
	w   string
	bit uint8
}

// Bits of the lists a wordSet reports.
const (
	bitBody uint8 = 1 << iota
	bitUnlikely
	bitMaybe
	bitNegative
	bitPositive
)

func newWordSet(lists map[uint8][]string) *wordSet {
	var ws wordSet
	for bit, words := range lists {
		for _, w := range words {
			ws[w[0]] = append(ws[w[0]], wordBit{w, bit})
		}
	}
	return &ws
}

// match returns the bits of the lists that have a word in s.
func (ws *wordSet) match(s string) uint8 {
	var m uint8
	for i := 0; i+1 < len(s); i++ {
		for _, e := range ws[s[i]] {
			// every word has two bytes or more: the second rules most out
			if e.w[1] == s[i+1] && m&e.bit == 0 && strings.HasPrefix(s[i:], e.w) {
				m |= e.bit
			}
		}
	}
	return m
}

var hintWords = newWordSet(map[uint8][]string{
	bitBody: articleBodyWords, bitUnlikely: unlikelyWords, bitMaybe: maybeWords,
	bitNegative: negativeWords, bitPositive: positiveWords,
})

// hints returns the lower-cased class and id of n, space separated.
func hints(n *html.Node) string {
	c, id := attr(n, "class"), attr(n, "id")
	if c == "" && id == "" {
		return ""
	}
	return strings.ToLower(c + " " + id)
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasToken reports whether a word of s (split at spaces, '-' and '_') is
// in set.
func hasToken(s string, set map[string]bool) bool {
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '-' || s[i] == '_' {
			if i > start && set[s[start:i]] {
				return true
			}
			start = i + 1
		}
	}
	return false
}

var articleBodyWords = []string{"article-body", "articlebody", "article__body", "article-content",
	"story-body", "storybody", "entry-content", "post-content", "post-body", "article-text",
	"story-content", "body-text", "articletext", "td-post-content", "rich-text"}

// hintFacts are what one class or id value says. They are computed once
// for each distinct value of a page (templates repeat class names), and
// those of an element are the union of its class's and its id's: no word
// matched has a space, so none can span the two.
type hintFacts struct {
	lower                          string
	bodyWord, negToken, unl, maybe bool
	neg, pos                       bool // negative and positive words
	weighed                        bool
	weight                         int // Readability's class weight, once weighed
}

// hintCache memoises hintFacts for one extraction; it is not shared
// between goroutines.
type hintCache map[string]*hintFacts

func (c hintCache) get(v string) *hintFacts {
	if v == "" {
		return nil
	}
	if f, ok := c[v]; ok {
		return f
	}
	l := strings.ToLower(v)
	m := hintWords.match(l)
	f := &hintFacts{lower: l, bodyWord: m&bitBody != 0, negToken: hasToken(l, negativeTokens),
		unl: m&bitUnlikely != 0, maybe: m&bitMaybe != 0, neg: m&bitNegative != 0, pos: m&bitPositive != 0}
	c[v] = f
	return f
}

// classIDFacts returns the facts of n's class and of its id (either may
// be nil).
func (x *extractor) classIDFacts(n *html.Node) (*hintFacts, *hintFacts) {
	var class, id string
	for _, a := range n.Attr {
		if a.Namespace == "" {
			switch a.Key {
			case "class":
				class = a.Val
			case "id":
				id = a.Val
			}
		}
	}
	return x.hints.get(class), x.hints.get(id)
}

func (f *hintFacts) weigh() int {
	if f == nil {
		return 0
	}
	if !f.weighed {
		f.weighed = true
		if f.neg || f.negToken {
			f.weight -= 25
		}
		if f.pos {
			f.weight += 25
		}
	}
	return f.weight
}

// isDeclaredBody reports an element that declares itself the article
// body with schema.org itemprop=articleBody.
func isDeclaredBody(n *html.Node) bool {
	ip := attr(n, "itemprop")
	return ip != "" && strings.Contains(strings.ToLower(ip), "articlebody")
}

// unlikely reports elements that are left out with their subtree before
// scoring, depending on the pass.
func (x *extractor) unlikely(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Figcaption:
		return true
	case atom.Body, atom.Html, atom.A, atom.Main, atom.Article:
		return false
	}
	if x.flags&flagStripUnlikely == 0 {
		return false
	}
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer:
		return true
	}
	if role := attr(n, "role"); role != "" && unlikelyRoles[role] {
		return true
	}
	c, id := x.classIDFacts(n)
	if c == nil && id == nil {
		return false
	}
	if (c != nil && c.bodyWord) || (id != nil && id.bodyWord) || isDeclaredBody(n) {
		return false
	}
	if (c != nil && c.negToken) || (id != nil && id.negToken) {
		return true
	}
	if ((c != nil && c.unl) || (id != nil && id.unl)) && !((c != nil && c.maybe) || (id != nil && id.maybe)) {
		switch n.DataAtom {
		case atom.Table, atom.Tbody, atom.Tr, atom.Td, atom.Th, atom.Code:
			return false
		}
		return true
	}
	return false
}

// classWeight is Readability.js's getClassWeight, with a bonus for
// declared article bodies.
func (x *extractor) classWeight(n *html.Node) int {
	if x.flags&flagWeightClasses == 0 {
		return 0
	}
	c, id := x.classIDFacts(n)
	w := c.weigh() + id.weigh()
	if (c != nil && c.bodyWord) || (id != nil && id.bodyWord) || isDeclaredBody(n) {
		w += 25
	}
	return w
}
