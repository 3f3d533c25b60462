package verbatim

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/verbatim-go/verbatim/internal/score"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// The HTML tests are self-contained: small cases are txtar archives under
// testdata/html (a comment of "key: value" options and expectations, then
// "-- input.html --" and "-- want.txt --"), a realistic page is built
// around the seed article, and the shared corpus, when present, gives the
// body F1 and title accuracy floors. No flags are defined.

const (
	htmlCorpusDir  = "../shared/corpus/html"
	html2CorpusDir = "../shared/corpus/html2"
)

// Floors measured on the shared corpora (html: 143 pages with a body,
// 55 with a title; html2: 505 pages with a body, no titles); set a little
// under the measured values so that a regression fails but noise does
// not.
const (
	htmlBodyF1Floor   = 0.97
	html2BodyF1Floor  = 0.965
	htmlTitleAccFloor = 0.95
)

// htmlArchive is a parsed txtar file.
type htmlArchive struct {
	comment string
	files   map[string]string
}

// parseHTMLArchive splits a txtar archive: lines "-- name --" start files.
func parseHTMLArchive(data string) htmlArchive {
	a := htmlArchive{files: map[string]string{}}
	name := ""
	var cur strings.Builder
	flush := func() {
		if name == "" {
			a.comment = cur.String()
		} else {
			a.files[name] = cur.String()
		}
		cur.Reset()
	}
	for _, line := range strings.SplitAfter(data, "\n") {
		t := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			flush()
			name = strings.TrimSpace(t[3 : len(t)-3])
			continue
		}
		cur.WriteString(line)
	}
	flush()
	return a
}

// options returns the "key: value" lines of the comment.
func (a htmlArchive) options() map[string]string {
	opts := map[string]string{}
	for _, line := range strings.Split(a.comment, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if k, v, ok := strings.Cut(line, ":"); ok {
			opts[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return opts
}

type htmlCase struct {
	name   string
	opts   map[string]string
	input  []byte // as given to ParseHTML (encoded when asked)
	want   string
	parser *Parser
}

func loadHTMLCases(t testing.TB) []htmlCase {
	t.Helper()
	paths, err := filepath.Glob("testdata/html/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cases in testdata/html: %v", err)
	}
	var cases []htmlCase
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a := parseHTMLArchive(string(data))
		c := htmlCase{name: strings.TrimSuffix(filepath.Base(path), ".txtar"), opts: a.options()}
		in, ok := a.files["input.html"]
		if !ok {
			t.Fatalf("%s: no input.html", path)
		}
		c.input = []byte(in)
		switch enc := c.opts["encoding"]; enc {
		case "", "utf-8":
		case "windows-1252":
			b, err := charmap.Windows1252.NewEncoder().Bytes(c.input)
			if err != nil {
				t.Fatalf("%s: encoding input: %v", path, err)
			}
			c.input = b
		default:
			t.Fatalf("%s: unknown encoding %q", path, enc)
		}
		c.want = strings.TrimSuffix(a.files["want.txt"], "\n")
		c.parser = &Parser{ContentType: c.opts["content-type"], HTMLOffsets: true}
		cases = append(cases, c)
	}
	return cases
}

// checkHTMLDoc checks the span invariants of a Document.
func checkHTMLDoc(doc *Document) error {
	if !utf8.ValidString(doc.Text) {
		return errors.New("text is not valid UTF-8")
	}
	last := 0
	for i, p := range doc.Paragraphs {
		if p.Start < last || p.End < p.Start || p.End > len(doc.Text) {
			return fmt.Errorf("paragraph %d [%d,%d) out of order or range (text %d)", i, p.Start, p.End, len(doc.Text))
		}
		last = p.End
	}
	for i, q := range doc.Quotes {
		if q.Start < 0 || q.End < q.Start || q.End > len(doc.Text) {
			return fmt.Errorf("quote %d [%d,%d) out of range", i, q.Start, q.End)
		}
		if doc.Text[q.Start:q.End] != q.Text {
			return fmt.Errorf("quote %d: text[%d:%d] = %q, Text = %q", i, q.Start, q.End, doc.Text[q.Start:q.End], q.Text)
		}
	}
	return nil
}

func TestHTMLCases(t *testing.T) {
	for _, c := range loadHTMLCases(t) {
		t.Run(c.name, func(t *testing.T) {
			doc, err := c.parser.ParseHTML(bytes.NewReader(c.input))
			if err != nil {
				t.Fatal(err)
			}
			if err := checkHTMLDoc(doc); err != nil {
				t.Fatal(err)
			}
			if doc.Text != c.want {
				t.Errorf("text mismatch\n--- got ---\n%s\n--- want ---\n%s", doc.Text, c.want)
			}
			var paras []string
			for _, p := range doc.Paragraphs {
				paras = append(paras, doc.Text[p.Start:p.End])
			}
			if got, want := strings.Join(paras, "|"), strings.Join(strings.Split(c.want, "\n\n"), "|"); got != want {
				t.Errorf("paragraphs:\n got %q\nwant %q", got, want)
			}
			fields := map[string]string{
				"title": doc.Title, "byline": doc.Byline, "publisher": doc.Publisher,
				"language": doc.Language, "url": doc.URL,
			}
			if !doc.Published.IsZero() {
				fields["published"] = doc.Published.Format(time.RFC3339)
			}
			for _, k := range []string{"title", "byline", "publisher", "language", "url", "published"} {
				if want, ok := c.opts[k]; ok && fields[k] != want {
					t.Errorf("%s = %q, want %q", k, fields[k], want)
				}
			}
			checkQuoteOffsets(t, c.input, doc)
		})
	}
}

// checkQuoteOffsets checks Quote.HTML against the source: the bytes at
// the start decode to the quote's first character, those at the end to
// its last (entities decoded; windows-1252 is decoded for non-UTF-8).
func checkQuoteOffsets(t *testing.T, src []byte, doc *Document) {
	t.Helper()
	for i, q := range doc.Quotes {
		if q.HTML == nil {
			continue
		}
		if err := checkSourceSpan(src, q.HTML.Start, q.HTML.End, q.Text); err != nil {
			t.Errorf("quote %d %q: %v", i, q.Text, err)
		}
	}
}

// checkSourceSpan checks that src[s:e] begins with the first character of
// text and ends with its last, modulo entities and encoding.
func checkSourceSpan(src []byte, s, e int, text string) error {
	if s < 0 || e > len(src) || s >= e {
		return fmt.Errorf("bad span [%d,%d) of %d bytes", s, e, len(src))
	}
	decode := func(b []byte) string {
		if !utf8.Valid(src) {
			b, _ = charmap.Windows1252.NewDecoder().Bytes(b)
		}
		return html.UnescapeString(string(b))
	}
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	head := decode(src[s:min(e, s+12)])
	tail := decode(src[max(s, e-12):e])
	if !strings.HasPrefix(head, string(first)) {
		return fmt.Errorf("source %q does not start with %q", head, first)
	}
	if !strings.HasSuffix(tail, string(last)) {
		return fmt.Errorf("source %q does not end with %q", tail, last)
	}
	return nil
}

// TestHTMLOffsetMapping maps every word of every extracted paragraph back
// to the source, independently of whether the quote pipeline finds
// quotes.
func TestHTMLOffsetMapping(t *testing.T) {
	cases := loadHTMLCases(t)
	seed, err := os.ReadFile("testdata/html/seed_page.html")
	if err != nil {
		t.Fatal(err)
	}
	cases = append(cases, htmlCase{name: "seed_page", input: seed, parser: &Parser{}})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src, dmap := decodePage(c.input, c.parser.ContentType, true)
			root, err := html.Parse(bytes.NewReader(src))
			if err != nil {
				t.Fatal(err)
			}
			ex := extractArticle(root, true)
			om := newOffsetMapper(src, dmap)
			words, mapped := 0, 0
			for _, p := range ex.paras {
				off := p.Start
				for _, w := range strings.FieldsFunc(ex.text[p.Start:p.End], unicode.IsSpace) {
					i := strings.Index(ex.text[off:], w) + off
					off = i + len(w)
					words++
					s, e, ok := om.quoteSpan(ex, i, i+len(w))
					if !ok {
						// Quotation marks added for <q> and bare
						// <blockquote>s come from no byte of the page.
						i, w = trimAddedMarks(i, w)
						s, e, ok = om.quoteSpan(ex, i, i+len(w))
					}
					if !ok {
						t.Errorf("word %q at %d not mapped", w, i)
						continue
					}
					mapped++
					if err := checkSourceSpan(c.input, s, e, w); err != nil {
						t.Errorf("word %q at %d: %v", w, i, err)
					}
				}
				// The whole paragraph too.
				ps, pw := trimAddedMarks(p.Start, ex.text[p.Start:p.End])
				if s, e, ok := om.quoteSpan(ex, ps, ps+len(pw)); !ok {
					t.Errorf("paragraph at %d not mapped", p.Start)
				} else if err := checkSourceSpan(c.input, s, e, pw); err != nil {
					t.Errorf("paragraph at %d: %v", p.Start, err)
				}
			}
			if words == 0 {
				t.Fatal("no words extracted")
			}
		})
	}
}

// trimAddedMarks returns w, found at text[i:], without the curly
// quotation marks at its ends, and its new offset.
func trimAddedMarks(i int, w string) (int, string) {
	t := strings.TrimLeft(w, "“‘")
	i += len(w) - len(t)
	return i, strings.TrimRight(t, "”’")
}

// TestHTMLOffsetsWindows1252 checks that offsets index the bytes as given,
// not the UTF-8 transcoding.
func TestHTMLOffsetsWindows1252(t *testing.T) {
	page := "<html><head><meta charset=windows-1252></head><body><p>Caf\xe9 owners said \x93no\x94 on Thursday.</p></body></html>"
	src, dmap := decodePage([]byte(page), "", true)
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	ex := extractArticle(root, true)
	if want := "Café owners said “no” on Thursday."; ex.text != want {
		t.Fatalf("text %q, want %q", ex.text, want)
	}
	om := newOffsetMapper(src, dmap)
	i := strings.Index(ex.text, "no”")
	s, e, ok := om.quoteSpan(ex, i, i+len("no”"))
	if !ok {
		t.Fatal("not mapped")
	}
	if got := page[s:e]; got != "no\x94" {
		t.Errorf("source span %q, want %q", got, "no\x94")
	}
}

// seedLines returns the non-blank lines of the seed article.
func seedLines(t *testing.T, text string) []string {
	t.Helper()
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// TestHTMLSeedPage parses a realistic page built around the seed article.
// The page's copyright line sits in the site footer, where it belongs, so
// it is left out: the paragraphs are the seed's lines but the last.
func TestHTMLSeedPage(t *testing.T) {
	page, err := os.ReadFile("testdata/html/seed_page.html")
	if err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile("testdata/html/seed_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := &Parser{HTMLOffsets: true}
	doc, err := p.ParseHTML(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if err := checkHTMLDoc(doc); err != nil {
		t.Fatal(err)
	}
	lines := seedLines(t, string(seed))
	want := lines[:len(lines)-1] // without "© 2025 Latin Times. …"
	var got []string
	for _, s := range doc.Paragraphs {
		got = append(got, doc.Text[s.Start:s.End])
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n got %q\nwant %q", got, want)
	}
	if doc.Title != "Sheinbaum Rejects Trump's Offer of U.S. Troops: 'Sovereignty Is Not for Sale'" ||
		doc.Publisher != "Latin Times" || doc.Language != "en" ||
		doc.URL != "https://www.latintimes.com/sheinbaum-rejects-trump-troops-offer" ||
		!doc.Published.Equal(time.Date(2025, 5, 3, 18, 12, 0, 0, time.UTC)) || doc.Byline != "Staff Writer" {
		t.Errorf("metadata: title %q publisher %q language %q url %q published %v byline %q",
			doc.Title, doc.Publisher, doc.Language, doc.URL, doc.Published, doc.Byline)
	}
	checkQuoteOffsets(t, page, doc)

	// The quotes must be those ParseText finds in the same paragraphs.
	plain, err := ParseText(strings.Join(want, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	type q struct{ Text, Kind, Speaker string }
	summary := func(d *Document) []q {
		var out []q
		for _, x := range d.Quotes {
			s := ""
			if x.Attribution != nil && x.Attribution.Speaker >= 0 && x.Attribution.Speaker < len(d.Speakers) {
				s = d.Speakers[x.Attribution.Speaker].Name
			}
			out = append(out, q{x.Text, x.Kind.String(), s})
		}
		return out
	}
	g, w := summary(doc), summary(plain)
	if fmt.Sprint(g) != fmt.Sprint(w) {
		t.Errorf("quotes differ from ParseText:\n html %v\n text %v", g, w)
	}
}

// TestParseDocumentReadOnly checks that ParseDocument leaves the caller's
// document as it was and agrees with ParseHTML.
func TestParseDocumentReadOnly(t *testing.T) {
	page, err := os.ReadFile("testdata/html/seed_page.html")
	if err != nil {
		t.Fatal(err)
	}
	gd, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	before, _ := goquery.OuterHtml(gd.Selection)
	doc, err := (&Parser{}).ParseDocument(gd)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := goquery.OuterHtml(gd.Selection)
	if before != after {
		t.Error("ParseDocument changed the caller's document")
	}
	doc2, err := ParseHTML(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != doc2.Text || doc.Title != doc2.Title {
		t.Errorf("ParseDocument and ParseHTML differ:\n%q\n%q", doc.Text, doc2.Text)
	}
	if d, err := (&Parser{}).ParseDocument(&goquery.Document{}); err != nil || d.Text != "" {
		t.Errorf("empty document: %v %q", err, d.Text)
	}
}

func TestHTMLLimits(t *testing.T) {
	t.Run("deep", func(t *testing.T) {
		for _, tag := range []string{"div", "span", "b"} {
			page := "<html><body>" + strings.Repeat("<"+tag+">", 10000) + "<p>“Deep,” she said.</p>" +
				strings.Repeat("</"+tag+">", 10000) + "</body></html>"
			start := time.Now()
			doc, err := ParseHTML(strings.NewReader(page))
			if err == nil {
				if err := checkHTMLDoc(doc); err != nil {
					t.Error(err)
				}
			} else if !strings.Contains(err.Error(), "verbatim: parsing HTML") {
				t.Errorf("%s: unclear error %v", tag, err)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("%s: 10,000 levels took %v", tag, d)
			}
		}
	})
	t.Run("deep-document", func(t *testing.T) {
		// A tree deeper than net/html builds, given through ParseDocument.
		root := &html.Node{Type: html.DocumentNode}
		n := root
		for i := 0; i < 100000; i++ {
			c := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			n.AppendChild(c)
			n = c
		}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: strings.Repeat("Deep text, very deep. ", 40)})
		doc, err := (&Parser{}).ParseDocument(goquery.NewDocumentFromNode(root))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(doc.Text, "Deep text") {
			t.Errorf("text %.40q", doc.Text)
		}
	})
	t.Run("deep-quotation-document", func(t *testing.T) {
		// <q> and <blockquote> nested 20,000 deep with the text at the
		// bottom: the quotation checks walk subtrees only near the top.
		for _, a := range []atom.Atom{atom.Q, atom.Blockquote} {
			root := &html.Node{Type: html.DocumentNode}
			n := root
			for i := 0; i < 20000; i++ {
				c := &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a}
				n.AppendChild(c)
				n = c
			}
			n.AppendChild(&html.Node{Type: html.TextNode, Data: strings.Repeat("Deep “quoted” text, very deep. ", 40)})
			doc, err := (&Parser{}).ParseDocument(goquery.NewDocumentFromNode(root))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, "Deep “quoted” text") {
				t.Errorf("%s: text %.60q", a, doc.Text)
			}
		}
	})
	t.Run("50MB", func(t *testing.T) {
		page := bigPage(50 << 20)
		_, err := ParseHTML(bytes.NewReader(page))
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("50 MB with the default limit: err = %v, want ErrTooLarge", err)
		}
		if testing.Short() {
			t.Skip("parsing 50 MB skipped in -short mode")
		}
		// The extraction stages alone: the quote pipeline's cost on
		// 50 MB of text is its own concern (see the pipeline's tests).
		var ms runtime.MemStats
		start := time.Now()
		src, _ := decodePage(page, "", false)
		root, err := html.Parse(bytes.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		ex := extractArticle(root, false)
		_ = extractMeta(root)
		runtime.ReadMemStats(&ms)
		if d := time.Since(start); d > 60*time.Second {
			t.Errorf("extracting 50 MB took %v", d)
		}
		if len(ex.text) == 0 || len(ex.text) > len(page) {
			t.Errorf("text of %d bytes from %d", len(ex.text), len(page))
		}
		t.Logf("50 MB page: extracted in %v, %d paragraphs, heap in use %d MB", time.Since(start), len(ex.paras), ms.HeapInuse>>20)
	})
}

// bigPage returns a page of about n bytes of article paragraphs.
func bigPage(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><body><article>")
	para := "<p>“This is a long article,” the reporter said, writing on and on about the same thing, again.</p>\n"
	for b.Len() < n-len(para)-30 {
		b.WriteString(para)
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// normTitle folds what a title may differ in without being wrong: case,
// Unicode form, quote and dash styles, white space.
func normTitle(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.NewReplacer("‘", "'", "’", "'", "‚", "'", "‛", "'", "“", "\"", "”", "\"", "„", "\"",
		"‐", "-", "‑", "-", "‒", "-", "–", "-", "—", "-", "―", "-").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// titleRight reports whether got is the truth title, or the truth title
// without the site name it carries after a separator (the corpus keeps
// Readability.js's titles, some of which end in " - Site" or "[Site]").
func titleRight(got, truth string) bool {
	g, w := normTitle(got), normTitle(truth)
	if g == "" {
		return false
	}
	if g == w {
		return true
	}
	if strings.HasPrefix(w, g) {
		rest := strings.TrimSpace(w[len(g):])
		for _, sep := range []string{"|", "-", "[", "_", "·", "•", "::", "«", "»", "/", "("} {
			if strings.HasPrefix(rest, sep) {
				return true
			}
		}
	}
	return false
}

func TestHTMLCorpus(t *testing.T) {
	checkHTMLCorpus(t, htmlCorpusDir, htmlBodyF1Floor, htmlTitleAccFloor)
}

func TestHTMLCorpus2(t *testing.T) {
	if testing.Short() {
		t.Skip("505 pages skipped in -short mode")
	}
	checkHTMLCorpus(t, html2CorpusDir, html2BodyF1Floor, htmlTitleAccFloor)
}

// newsPages returns the pages of a corpus that its MANIFEST.tsv calls
// news or press releases (every page when there is no manifest kind).
func newsPages(dir string) map[string]bool {
	b, err := os.ReadFile(filepath.Join(dir, "MANIFEST.tsv"))
	if err != nil {
		return nil
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) == 0 {
		return nil
	}
	col := -1
	for i, h := range strings.Split(lines[0], "\t") {
		if h == "kind" {
			col = i
		}
	}
	news := map[string]bool{}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if col < 0 || (col < len(f) && f[col] != "other") {
			news[f[0]] = true
		}
	}
	return news
}

// checkHTMLCorpus parses every page of a shared corpus and checks the
// body F1 and title accuracy against their floors, and that no news page
// comes out empty.
func checkHTMLCorpus(t *testing.T, htmlCorpusDir string, bodyFloor, titleFloor float64) {
	names, err := os.ReadDir(htmlCorpusDir)
	if err != nil {
		t.Skipf("HTML corpus not found at %s (it lives beside the repository in the shared workspace): %v", htmlCorpusDir, err)
	}
	news := newsPages(htmlCorpusDir)
	var ps, rs []float64
	titles, titlesRight := 0, 0
	type worst struct {
		name string
		f1   float64
	}
	var worsts []worst
	for _, e := range names {
		dir := filepath.Join(htmlCorpusDir, e.Name())
		tb, err := os.ReadFile(filepath.Join(dir, "truth.json"))
		if err != nil {
			continue
		}
		var truth struct {
			Title *string `json:"title"`
			Body  *string `json:"body"`
		}
		if err := json.Unmarshal(tb, &truth); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		page, err := os.ReadFile(filepath.Join(dir, "source.html"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ParseHTML(bytes.NewReader(page))
		if err != nil {
			t.Errorf("%s: %v", e.Name(), err)
			doc = &Document{}
		}
		if err := checkHTMLDoc(doc); err != nil {
			t.Errorf("%s: %v", e.Name(), err)
		}
		if news[e.Name()] && strings.TrimSpace(doc.Text) == "" {
			t.Errorf("%s: a news page extracted empty", e.Name())
		}
		if truth.Title != nil && strings.TrimSpace(*truth.Title) != "" {
			titles++
			if titleRight(doc.Title, *truth.Title) {
				titlesRight++
			} else {
				t.Logf("title %s: got %q, want %q", e.Name(), doc.Title, *truth.Title)
			}
		}
		if truth.Body == nil || strings.TrimSpace(*truth.Body) == "" {
			continue
		}
		// body F1 as ../shared/tools/body_score.py computes it
		p, r := score.BodyPR(*truth.Body, doc.Text)
		ps, rs = append(ps, p), append(rs, r)
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		worsts = append(worsts, worst{e.Name(), f1})
	}
	if len(ps) == 0 {
		t.Skip("no pages with a truth body in the corpus")
	}
	mean := func(xs []float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s / float64(len(xs))
	}
	p, r := mean(ps), mean(rs)
	f1 := 2 * p * r / (p + r)
	sort.Slice(worsts, func(i, j int) bool { return worsts[i].f1 < worsts[j].f1 })
	for _, w := range worsts[:min(5, len(worsts))] {
		t.Logf("low F1: %s %.3f", w.name, w.f1)
	}
	t.Logf("body: %d pages, P=%.3f R=%.3f F1=%.3f", len(ps), p, r, f1)
	if f1 < bodyFloor {
		t.Errorf("body F1 %.3f below the floor %.3f", f1, bodyFloor)
	}
	if titles > 0 {
		acc := float64(titlesRight) / float64(titles)
		t.Logf("titles: %d/%d right (%.1f%%)", titlesRight, titles, 100*acc)
		if acc < titleFloor {
			t.Errorf("title accuracy %.3f below the floor %.3f", acc, titleFloor)
		}
	}
}

// htmlSeeds returns the test pages for fuzzing.
func htmlSeeds(tb testing.TB) [][]byte {
	var seeds [][]byte
	paths, _ := filepath.Glob("testdata/html/*.txtar")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, []byte(parseHTMLArchive(string(data)).files["input.html"]))
	}
	if page, err := os.ReadFile("testdata/html/seed_page.html"); err == nil {
		seeds = append(seeds, page)
	}
	seeds = append(seeds, []byte(""), []byte("<p>&amp;&#x201C;x&#8221;&notin</p>"),
		[]byte("\xef\xbb\xbf<p>“BOM,” he said.</p>"), []byte("\xff\xfe<\x00p\x00>\x00"),
		[]byte("<table><td>“a”<p>b</table>x\x00y<pre>\r\n\r\nz</pre>"))
	return seeds
}

func FuzzParseHTML(f *testing.F) {
	for _, s := range htmlSeeds(f) {
		f.Add(s, "")
	}
	f.Add([]byte("<meta charset=shift_jis><p>\x82\xa0“q”</p>"), "")
	f.Add([]byte("<p>caf\xe9 \x93q\x94</p>"), "text/html; charset=iso-8859-1")
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		p := &Parser{HTMLOffsets: true, ContentType: contentType, MaxBytes: 1 << 20}
		doc, err := p.ParseHTML(bytes.NewReader(page))
		if err != nil {
			_ = err.Error()
			return
		}
		if err := checkHTMLDoc(doc); err != nil {
			t.Fatal(err)
		}
		for _, q := range doc.Quotes {
			if q.HTML != nil && (q.HTML.Start < 0 || q.HTML.End > len(page) || q.HTML.Start >= q.HTML.End) {
				t.Fatalf("bad HTML span %+v for %d bytes", *q.HTML, len(page))
			}
		}
	})
}

// TestHTMLFuzzSeeds runs the fuzz checks on the seeds in ordinary runs.
func TestHTMLFuzzSeeds(t *testing.T) {
	for _, s := range htmlSeeds(t) {
		doc, err := (&Parser{HTMLOffsets: true}).ParseHTML(bytes.NewReader(s))
		if err != nil {
			continue
		}
		if err := checkHTMLDoc(doc); err != nil {
			t.Errorf("%.40q: %v", s, err)
		}
	}
}

func htmlCorpusPages(b *testing.B) ([][]byte, int64) {
	paths, _ := filepath.Glob(filepath.Join(htmlCorpusDir, "*", "source.html"))
	if len(paths) == 0 {
		b.Skipf("HTML corpus not found at %s", htmlCorpusDir)
	}
	var pages [][]byte
	var n int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		n += int64(len(data))
	}
	return pages, n
}

// BenchmarkParseHTML extracts every corpus page (one op = the whole
// corpus). Compare with BenchmarkNetHTMLParse for the cost over parsing.
func BenchmarkParseHTML(b *testing.B) {
	pages, n := htmlCorpusPages(b)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			if _, err := ParseHTML(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkNetHTMLParse only parses every corpus page with net/html.
func BenchmarkNetHTMLParse(b *testing.B) {
	pages, n := htmlCorpusPages(b)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestHTMLBrokenMarkup(t *testing.T) {
	const para = "<p>“The bridge will open in May,” the mayor said on Tuesday.</p>"
	t.Run("unclosed-inline", func(t *testing.T) {
		// 600 <font> tags never closed: deeper than net/html's 512
		// open elements, yet an ordinary old page.
		page := "<html><body><p>Intro line of the story, long enough to count.</p>" +
			strings.Repeat("<font size=2>", 600) + para + "</body></html>"
		doc, err := (&Parser{HTMLOffsets: true}).ParseHTML(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, "The bridge will open in May") {
			t.Fatalf("text %q", doc.Text)
		}
		if len(doc.Quotes) != 1 || doc.Quotes[0].HTML == nil {
			t.Fatalf("quotes %+v", doc.Quotes)
		}
		h := doc.Quotes[0].HTML
		if got := page[h.Start:h.End]; got != doc.Quotes[0].Text {
			t.Errorf("Quote.HTML gives %q, want %q", got, doc.Quotes[0].Text)
		}
	})
	t.Run("deep-blocks-refused", func(t *testing.T) {
		page := "<html><body>" + strings.Repeat("<div>", 600) + para + "</body></html>"
		if _, err := ParseHTML(strings.NewReader(page)); err == nil || !strings.Contains(err.Error(), "verbatim: parsing HTML") {
			t.Errorf("600 nested <div>s: err = %v, want net/html's error", err)
		}
	})
	t.Run("nested-unclosed-divs", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("<html><body>")
		words := []string{"One", "Two", "Three", "Four", "Five"}
		for _, w := range words {
			fmt.Fprintf(&b, "<div><p>%s: the council met again and voted on the plan.</p>", w)
		}
		b.WriteString("</body></html>")
		doc, err := ParseHTML(strings.NewReader(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Paragraphs) != len(words) {
			t.Errorf("%d paragraphs, want %d: %q", len(doc.Paragraphs), len(words), doc.Text)
		}
		for _, w := range words {
			if !strings.Contains(doc.Text, w+":") {
				t.Errorf("paragraph %q missing: %q", w, doc.Text)
			}
		}
	})
	t.Run("wrong-charset-label", func(t *testing.T) {
		// iso-2022-kr is the WHATWG replacement encoding: it decodes
		// any page to one U+FFFD.
		page := "<html><head><meta charset=iso-2022-kr></head><body>" + para + "</body></html>"
		doc, err := ParseHTML(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, "The bridge will open in May") || strings.Contains(doc.Text, "\uFFFD") {
			t.Errorf("text %q", doc.Text)
		}
	})
	t.Run("never-empty", func(t *testing.T) {
		// The only text sits where article text never does (a form);
		// the best block is still returned.
		page := "<html><body><form>" + para + "</form></body></html>"
		doc, err := ParseHTML(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, "The bridge will open in May") {
			t.Errorf("text %q", doc.Text)
		}
	})
	t.Run("max-int-limit", func(t *testing.T) {
		doc, err := (&Parser{MaxBytes: math.MaxInt}).ParseHTML(strings.NewReader("<html><body>" + para + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, "The bridge will open in May") {
			t.Errorf("MaxBytes math.MaxInt: text %q", doc.Text)
		}
	})
}

// TestHTMLQuotationMarkup checks that the quotation marks added for <q>,
// bare <blockquote>s and embedded posts are in the text, and that
// Quote.HTML still points at the quoted words in the page.
func TestHTMLQuotationMarkup(t *testing.T) {
	const lead = "<p>The council met on Tuesday to vote on the new bridge, delayed for three years by disputes over its cost.</p>"
	cases := []struct {
		name, body, wantText, wantQuote string
	}{
		{"q", "<p>Mayor Ana Ruiz said: <q>It is a turning point for the city.</q></p>",
			"“It is a turning point for the city.”", "It is a turning point for the city."},
		{"nested-q", "<p>Ana Ruiz said: <q>They told me <q>never</q> and here we are.</q></p>",
			"“They told me ‘never’ and here we are.”", "They told me ‘never’ and here we are."},
		{"blockquote", "<p>Ana Ruiz wrote:</p><blockquote><p>One more year of work.</p><p>Then it opens.</p></blockquote>",
			"“One more year of work.\n\n“Then it opens.”", ""},
		{"blockquote-with-marks", "<p>Ana Ruiz wrote:</p><blockquote><p>“It opens in May,” she said.</p></blockquote>",
			"\n\n“It opens in May,” she said.", "It opens in May,"},
		{"tweet", `<blockquote class="twitter-tweet"><p lang="en">The bridge is approved tonight!</p>&mdash; Ana Ruiz (@anaruiz) <a href="https://twitter.com/x">March 3, 2024</a></blockquote>`,
			"“The bridge is approved tonight!” — Ana Ruiz (@anaruiz) March 3, 2024", "The bridge is approved tonight!"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := "<html><body><article>" + lead + c.body + lead + "</article></body></html>"
			doc, err := (&Parser{HTMLOffsets: true}).ParseHTML(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			if err := checkHTMLDoc(doc); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, c.wantText) {
				t.Fatalf("text %q does not hold %q", doc.Text, c.wantText)
			}
			for _, q := range doc.Quotes {
				if q.HTML == nil {
					continue
				}
				got := page[q.HTML.Start:q.HTML.End]
				if strings.Contains(page, q.Text) {
					if got != q.Text {
						t.Errorf("Quote.HTML gives %q, want %q", got, q.Text)
					}
				} else if n := min(4, len(q.Text)); !strings.HasPrefix(got, q.Text[:n]) {
					// a quote over several elements starts on its first word
					t.Errorf("Quote.HTML %q for %q", got, q.Text)
				}
			}
			if c.wantQuote == "" {
				return
			}
			for _, q := range doc.Quotes {
				if q.Text == c.wantQuote {
					if q.HTML == nil {
						t.Errorf("quote %q has no HTML span", q.Text)
					}
					return
				}
			}
			t.Errorf("no quote %q in %+v", c.wantQuote, doc.Quotes)
		})
	}
}

// TestStripRawText checks that emptying <script> and <style> before
// parsing leaves every other text node of the tree as net/html builds it
// from the whole page.
func TestStripRawText(t *testing.T) {
	pages := []string{
		`<p>a</p><script>var s = "</div>"; if (a < b) {}</script><p>b</p>`,
		`<p>a</p><SCRIPT type="text/javascript">x()</SCRIPT ><p>b</p>`,
		`<script><!-- document.write('<script src=x></script>'); --></script><p>after</p>`,
		`<script><!-- document.write('<SCRIPT src=x><\/SCRIPT>'); //--></script><p>after</p>`,
		`<div data-x="<script>">text</div><script>y()</script><p>z</p>`,
		`<!-- <script> --><p>visible</p><script>hidden()</script>`,
		`<style>p > a { color: red }</style><p>styled</p>`,
		`<script type="application/ld+json">{"headline": "Kept"}</script><p>x</p>`,
		`<p>open</p><script>never closed`,
		`<scripts>not a script</scripts><p>x</p><script>`,
		`<textarea><script>in textarea</script></textarea><p>t</p>`,
	}
	texts := func(root *html.Node) []string {
		var out []string
		walk(root, func(n *html.Node) bool {
			if n.Type == html.TextNode {
				if p := n.Parent; p == nil || (p.DataAtom != atom.Script && p.DataAtom != atom.Style) || strings.Contains(attr(p, "type"), "ld+json") {
					out = append(out, n.Data)
				}
			}
			return true
		}, nil)
		return out
	}
	for _, page := range pages {
		full, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		stripped, err := html.Parse(bytes.NewReader(stripRawText([]byte(page), false)))
		if err != nil {
			t.Fatal(err)
		}
		inPlace, err := html.Parse(bytes.NewReader(stripRawText([]byte(page), true)))
		if err != nil {
			t.Fatal(err)
		}
		if a, b := texts(full), texts(stripped); fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%q:\n full     %q\n stripped %q", page, a, b)
		}
		if a, b := texts(full), texts(inPlace); fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%q:\n full     %q\n in place %q", page, a, b)
		}
	}
}
