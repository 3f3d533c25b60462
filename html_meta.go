package verbatim

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is the metadata of a page.
type pageMeta struct {
	title, byline, publisher, language, url string
	published                               time.Time
	articleBody                             string // JSON-LD articleBody, when given
}

// metaScan gathers the raw material for pageMeta in one pass.
type metaScan struct {
	meta      map[string]string // name, property or itemprop → first content
	htmlLang  string
	titleTag  string
	h1        string
	canonical string
	relAuthor string
	bylineTxt string
	itemAuth  string
	timeAttr  string
	jsonLD    []string
}

const maxMetaText = 400

// extractMeta reads the page's metadata: Open Graph and other <meta>
// tags, JSON-LD (schema.org Article and its kinds), <title>, <h1>,
// <link rel=canonical>, rel=author and byline markup, and <time>.
func extractMeta(root *html.Node) pageMeta {
	s := &metaScan{meta: make(map[string]string)}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		switch n.DataAtom {
		case atom.Html:
			if s.htmlLang == "" {
				s.htmlLang = strings.TrimSpace(attr(n, "lang"))
			}
		case atom.Meta:
			content := strings.TrimSpace(attr(n, "content"))
			if content == "" {
				return false
			}
			for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
				if v := strings.ToLower(strings.TrimSpace(attr(n, k))); v != "" {
					if _, ok := s.meta[v]; !ok {
						s.meta[v] = content
					}
				}
			}
			return false
		case atom.Link:
			rel := strings.ToLower(attr(n, "rel"))
			if s.canonical == "" && hasWord(rel, "canonical") {
				s.canonical = strings.TrimSpace(attr(n, "href"))
			}
			return false
		case atom.Title:
			if s.titleTag == "" && (n.Namespace == "") {
				s.titleTag = nodeText(n)
			}
			return false
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil && len(s.jsonLD) < 16 {
				s.jsonLD = append(s.jsonLD, n.FirstChild.Data)
			}
			return false
		case atom.Time:
			if s.timeAttr == "" {
				s.timeAttr = strings.TrimSpace(attr(n, "datetime"))
			}
		case atom.H1:
			if s.h1 == "" && !isHidden(n) {
				s.h1 = nodeText(n)
			}
		}
		if n.DataAtom != atom.Head && isSkipped(n) {
			return false
		}
		if s.relAuthor == "" && hasWord(strings.ToLower(attr(n, "rel")), "author") {
			s.relAuthor = nodeText(n)
		}
		ip := strings.ToLower(attr(n, "itemprop"))
		if s.itemAuth == "" && hasWord(ip, "author") {
			s.itemAuth = itempropName(n)
		}
		if (ip == "datepublished" || ip == "datecreated") && s.timeAttr == "" {
			if v := attr(n, "datetime"); v != "" {
				s.timeAttr = v
			} else if v := attr(n, "content"); v != "" {
				s.timeAttr = v
			}
		}
		if s.bylineTxt == "" {
			if isBylineBox(n) {
				if t := nodeText(n); len(t) > 0 && len(t) < 100 {
					s.bylineTxt = t
				}
			}
		}
		return true
	}, nil)
	return s.resolve()
}

// hasWord reports whether the space-separated list s holds w.
func hasWord(s, w string) bool {
	for s != "" {
		i := strings.Index(s, w)
		if i < 0 {
			return false
		}
		end := i + len(w)
		if (i == 0 || isASCIISpace(s[i-1])) && (end == len(s) || isASCIISpace(s[end])) {
			return true
		}
		s = s[i+1:]
	}
	return false
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// isBylineBox reports an element whose class or id names a byline or an
// author, without building a lower-cased copy unless one has capitals.
func isBylineBox(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" || (a.Key != "class" && a.Key != "id") || a.Val == "" {
			continue
		}
		v := strings.ToLower(a.Val) // allocates only when there are capitals
		if strings.Contains(v, "byline") || hasWord(v, "author") {
			return true
		}
	}
	return false
}

// itempropName returns the name inside an itemprop=author element.
func itempropName(n *html.Node) string {
	if c := attr(n, "content"); c != "" {
		return strings.TrimSpace(c)
	}
	var name string
	walk(n, func(c *html.Node) bool {
		if name != "" || c.Type != html.ElementNode {
			return false
		}
		if c != n && hasWord(strings.ToLower(attr(c, "itemprop")), "name") {
			if v := attr(c, "content"); v != "" {
				name = strings.TrimSpace(v)
			} else {
				name = nodeText(c)
			}
			return false
		}
		return true
	}, nil)
	if name == "" {
		name = nodeText(n)
	}
	return name
}

// nodeText returns the text of n with white space collapsed, cut at
// about maxMetaText bytes.
func nodeText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if b.Len() > maxMetaText {
			return false
		}
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
			return false
		case html.ElementNode:
			return c == n || !isSkipped(c)
		}
		return false
	}, nil)
	return collapseSpace(b.String())
}

// collapseSpace trims s and turns runs of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

func (s *metaScan) resolve() pageMeta {
	var m pageMeta
	ld := parseJSONLD(s.jsonLD)
	first := func(vs ...string) string {
		for _, v := range vs {
			if v = collapseSpace(html.UnescapeString(v)); v != "" {
				return v
			}
		}
		return ""
	}
	m.publisher = first(s.meta["og:site_name"], ld.publisher, s.meta["application-name"])
	m.title = cleanTitle(first(ld.headline, s.meta["og:title"], s.meta["twitter:title"],
		s.meta["dc.title"], s.titleTag, s.h1), m.publisher, s.h1)
	m.byline = first(ld.author, s.meta["author"], s.meta["article:author"], s.meta["dc.creator"],
		s.meta["sailthru.author"], s.meta["parsely-author"], s.itemAuth, s.relAuthor, s.bylineTxt)
	if strings.HasPrefix(m.byline, "http") {
		m.byline = first(s.meta["author"], s.itemAuth, s.relAuthor, s.bylineTxt)
	}
	for _, v := range []string{ld.published, s.meta["article:published_time"], s.meta["og:published_time"],
		s.meta["datepublished"], s.meta["publishdate"], s.meta["pubdate"], s.meta["date"],
		s.meta["dc.date"], s.meta["dc.date.issued"], s.meta["sailthru.date"], s.meta["parsely-pub-date"],
		s.timeAttr} {
		if t, ok := parseDate(v); ok {
			m.published = t
			break
		}
	}
	m.language = first(s.htmlLang, s.meta["content-language"], s.meta["language"], ld.language)
	for _, u := range []string{s.canonical, s.meta["og:url"], ld.url} {
		if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
			m.url = strings.TrimSpace(u)
			break
		}
	}
	m.articleBody = ld.body
	return m
}

// titleSeparators separate a headline from the site name in <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " / ", " · ", " • "}

// cleanTitle removes a site name from a title: the publisher's name at
// either end, or the shorter part after the last separator.
func cleanTitle(t, publisher, h1 string) string {
	if t == "" {
		return ""
	}
	if h1 != "" && (h1 == t || strings.HasPrefix(t, h1+" ")) && len(strings.Fields(h1)) >= 3 {
		return h1
	}
	if publisher != "" {
		for _, sep := range titleSeparators {
			if strings.HasSuffix(t, sep+publisher) {
				return strings.TrimSpace(strings.TrimSuffix(t, sep+publisher))
			}
			if strings.HasPrefix(t, publisher+sep) {
				return strings.TrimSpace(strings.TrimPrefix(t, publisher+sep))
			}
		}
	}
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
			return strings.TrimSpace(head)
		}
	}
	return t
}

// ldArticle is what verbatim reads from JSON-LD.
type ldArticle struct {
	headline, author, published, publisher, language, url, body string
}

var ldArticleTypes = map[string]int{
	"newsarticle": 3, "article": 3, "reportagenewsarticle": 3, "analysisnewsarticle": 3,
	"opinionnewsarticle": 3, "backgroundnewsarticle": 3, "reviewnewsarticle": 3,
	"blogposting": 3, "liveblogposting": 3, "socialmediaposting": 2, "report": 2,
	"scholarlyarticle": 2, "techarticle": 2, "webpage": 1, "itempage": 1,
}

// parseJSONLD returns the fields of the most article-like object in the
// page's JSON-LD scripts.
// unwrapScript returns the JSON of a script without the CDATA section or
// comment some pages wrap it in (<![CDATA[ … ]]>, //<![CDATA[ … //]]>,
// <!-- … -->).
func unwrapScript(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range [][2]string{{"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}, {"<!--", "-->"}} {
		if strings.HasPrefix(s, w[0]) {
			s = strings.TrimSpace(strings.TrimPrefix(s, w[0]))
			s = strings.TrimSpace(strings.TrimSuffix(s, w[1]))
			s = strings.TrimSpace(strings.TrimSuffix(s, "//"))
		}
	}
	return s
}

func parseJSONLD(scripts []string) ldArticle {
	var best map[string]any
	bestRank := 0
	for _, s := range scripts {
		var v any
		if json.Unmarshal([]byte(unwrapScript(s)), &v) != nil {
			continue
		}
		// Breadth-first over objects and arrays, bounded.
		queue := []any{v}
		for k := 0; k < len(queue) && k < 2000; k++ {
			switch t := queue[k].(type) {
			case []any:
				queue = append(queue, t...)
			case map[string]any:
				if r := ldRank(t["@type"]); r > bestRank {
					best, bestRank = t, r
				}
				if g, ok := t["@graph"]; ok {
					queue = append(queue, g)
				}
				if g, ok := t["mainEntity"]; ok {
					queue = append(queue, g)
				}
			}
		}
	}
	var a ldArticle
	if best == nil {
		return a
	}
	a.headline = ldString(best["headline"])
	if a.headline == "" {
		a.headline = ldString(best["name"])
	}
	a.author = ldNames(best["author"])
	a.published = ldString(best["datePublished"])
	a.publisher = ldNames(best["publisher"])
	a.language = ldString(best["inLanguage"])
	a.url = ldString(best["url"])
	a.body = ldString(best["articleBody"])
	return a
}

func ldRank(t any) int {
	switch t := t.(type) {
	case string:
		return ldArticleTypes[strings.ToLower(t)]
	case []any:
		r := 0
		for _, e := range t {
			r = max(r, ldRank(e))
		}
		return r
	}
	return 0
}

func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		if s := ldString(t["@value"]); s != "" {
			return s
		}
	}
	return ""
}

// ldNames returns the name or names of a person, organisation or list.
func ldNames(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		return ldString(t["name"])
	case []any:
		var names []string
		for _, e := range t {
			if n := ldNames(e); n != "" && len(names) < 10 {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

var dateLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05", "2006-01-02T15:04:05.999999999", "2006-01-02T15:04Z07:00", "2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 Z07:00", "2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05.999999999", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST", "January 2, 2006 15:04", "January 2, 2006", "Jan 2, 2006",
	"Jan. 2, 2006", "2 January 2006", "2 Jan 2006", "20060102",
}

// parseDate reads a date in any of dateLayouts.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
