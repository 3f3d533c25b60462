package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/verbatim-go/verbatim"
)

// chromium finds Debian's chromium (or a chromium-browser), or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// headless runs chromium on a local page with flags that keep it off the
// network and out of the user's profile, and returns its standard output.
func headless(t *testing.T, bin, dir string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a bound, not a measure
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile")}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.Bytes()[max(0, stderr.Len()-2000):])
	}
	return stdout.Bytes()
}

// TestBrowserView opens the highlight view in headless Chromium and
// checks, in the DOM the browser built, that every quote of every
// Document is marked, whole, with its speaker, kind and parent. Under
// CI=true a missing chromium is a failure (.ci/run installs it).
func TestBrowserView(t *testing.T) {
	bin := chromium()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed and CI=true: .ci/run must install it (apt-get install -y chromium)")
		}
		t.Skip("chromium is not installed (apt-get install chromium); this test is skipped outside CI")
	}
	dir := t.TempDir()
	inputs := []string{
		seedPath,
		writeFile(t, dir, "page.html", page),
		writeFile(t, dir, "marks.txt", "Tom & Jerry <b>said</b> nothing.\r\n"+article1),
	}
	code, view, errOut := runCmd(t, "", append([]string{"--format=html", "--text"}, inputs...)...)
	if code != 0 {
		t.Fatalf("--format=html: status %d, stderr %q", code, errOut)
	}
	_, js, _ := runCmd(t, "", append([]string{"--format=jsonl", "--text"}, inputs...)...)
	docs := decodeLines(t, js)
	pagePath := filepath.Join(dir, "view.html")
	if err := os.WriteFile(pagePath, []byte(view), 0o644); err != nil {
		t.Fatal(err)
	}

	root, err := html.Parse(bytes.NewReader(headless(t, bin, dir, "--dump-dom", "file://"+pagePath)))
	if err != nil {
		t.Fatal(err)
	}
	articles := elements(root, func(n *html.Node) bool { return n.Data == "article" && hasClass(n, "doc") })
	if len(articles) != len(docs) {
		t.Fatalf("the browser shows %d articles, want %d", len(articles), len(docs))
	}
	marked := 0
	for k, doc := range docs {
		checkArticle(t, articles[k], &doc)
		marked += len(doc.Quotes)
	}
	if marked < 15 {
		t.Errorf("only %d quotes checked; the seed alone has 15", marked)
	}
}

// checkArticle checks one article's marks and legend against its Document.
func checkArticle(t *testing.T, art *html.Node, doc *verbatim.Document) {
	t.Helper()
	if got := attr(art, "data-source"); got != doc.Source {
		t.Errorf("article source %q, want %q", got, doc.Source)
	}
	type piece struct {
		node   *html.Node
		parent string // data-q of the nearest enclosing mark
	}
	pieces := map[int][]piece{}
	for _, n := range elements(art, func(n *html.Node) bool { return hasClass(n, "q") && attr(n, "data-q") != "" }) {
		i, err := strconv.Atoi(attr(n, "data-q"))
		if err != nil || i < 0 || i >= len(doc.Quotes) {
			t.Errorf("%s: mark with data-q %q", doc.Source, attr(n, "data-q"))
			continue
		}
		enclosing := ""
		for p := n.Parent; p != nil && p != art; p = p.Parent {
			if hasClass(p, "q") && attr(p, "data-q") != "" {
				enclosing = attr(p, "data-q")
				break
			}
		}
		pieces[i] = append(pieces[i], piece{n, enclosing})
	}
	for i, q := range doc.Quotes {
		ps := pieces[i]
		if len(ps) == 0 {
			t.Errorf("%s: quote %d %q is not marked", doc.Source, i, q.Text)
			continue
		}
		wantSpeaker, wantName := "", ""
		if a := q.Attribution; a != nil {
			wantSpeaker, wantName = strconv.Itoa(a.Speaker), doc.Speakers[a.Speaker].Name
		}
		var text strings.Builder
		for _, p := range ps {
			text.WriteString(textOf(p.node))
			if s, name, kind := attr(p.node, "data-speaker"), attr(p.node, "data-speaker-name"), attr(p.node, "data-kind"); s != wantSpeaker || name != wantName || kind != q.Kind.String() {
				t.Errorf("%s: quote %d marked speaker %q %q kind %s, want %q %q %s", doc.Source, i, s, name, kind, wantSpeaker, wantName, q.Kind)
			}
		}
		if got, want := text.String(), browserText(q.Text); got != want {
			t.Errorf("%s: quote %d marks %q, want %q", doc.Source, i, got, want)
		}
		if q.Parent != nil && ps[0].parent != strconv.Itoa(*q.Parent) {
			t.Errorf("%s: quote %d is inside mark %q, want its parent %d", doc.Source, i, ps[0].parent, *q.Parent)
		}
		if tip := attr(ps[0].node, "title"); q.Attribution != nil && (!strings.Contains(tip, "method "+q.Attribution.Method) || !strings.Contains(tip, "confidence ")) {
			t.Errorf("%s: quote %d title %q lacks method and confidence", doc.Source, i, tip)
		}
		if attr(ps[0].node, "tabindex") != "0" {
			t.Errorf("%s: quote %d cannot be focused", doc.Source, i)
		}
	}
	legend := elements(art, func(n *html.Node) bool { return n.Data == "li" && hasClass(n, "spk") })
	if len(legend) != len(doc.Speakers) {
		t.Errorf("%s: legend has %d speakers, want %d", doc.Source, len(legend), len(doc.Speakers))
	}
	for _, li := range legend {
		if s, err := strconv.Atoi(attr(li, "data-speaker")); err != nil || s >= len(doc.Speakers) || !strings.Contains(textOf(li), doc.Speakers[s].Name) {
			t.Errorf("%s: legend entry %q", doc.Source, textOf(li))
		}
	}
}

// browserText is text as the HTML parser hands it to the DOM: line
// breaks normalised, NUL replaced.
func browserText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\x00", "\ufffd")
}

func elements(root *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
