package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/verbatim-go/verbatim"
)

const seedPath = "../../testdata/seed.txt"

// runWith runs the command with isTerminal answering tty for stderr.
func runWith(t *testing.T, stdin io.Reader, tty bool, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	c := command{stdin: stdin, stdout: &stdout, stderr: &stderr, isTerminal: func(io.Writer) bool { return tty }}
	code := c.run(args)
	return code, stdout.String(), stderr.String()
}

func TestFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article1)
	b := writeFile(t, dir, "b.txt", article2)
	code, out, errOut := runCmd(t, "", a, "--format=jsonl", b, "-j", "1")
	if code != 0 || errOut != "" {
		t.Fatalf("status %d, stderr %q", code, errOut)
	}
	if docs := decodeLines(t, out); len(docs) != 2 || docs[0].Source != a || docs[1].Source != b {
		t.Errorf("want a then b as JSON Lines, got %d docs", len(docs))
	}
	// After "--" an argument that looks like a flag is an input.
	dash := writeFile(t, dir, "-x.txt", article1)
	code, out, errOut = runCmd(t, "", "--format=jsonl", "--", dash, "--text")
	if code != 1 || !strings.Contains(errOut, "verbatim: --text: no such file or directory") {
		t.Errorf("after --: status %d, stderr %q", code, errOut)
	}
	if docs := decodeLines(t, out); len(docs) != 1 || docs[0].Source != dash {
		t.Errorf("after --: got %d docs", len(docs))
	}
}

// The README's example: flags after the file.
func TestSeedText(t *testing.T) {
	code, out, errOut := runCmd(t, "", seedPath, "--format=text")
	if code != 0 || errOut != "" {
		t.Fatalf("status %d, stderr %q", code, errOut)
	}
	want := "Claudia Sheinbaum (direct, added, 0.87): “Sovereignty is not for sale. Sovereignty is loved and defended,”\n"
	if !strings.Contains(out, want) {
		t.Errorf("text output lacks %q:\n%s", want, out)
	}
	if strings.Contains(out, `\"`) || strings.Contains(out, `\u`) {
		t.Errorf("text output has escapes:\n%s", out)
	}
}

func TestVersion(t *testing.T) {
	code, out, errOut := runCmd(t, "", "--version")
	if code != 0 || errOut != "" || !strings.HasPrefix(out, "verbatim ") || !strings.Contains(out, " go1.") {
		t.Errorf("status %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestHTMLOffsets(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "page.html", page)
	for _, offsets := range []bool{false, true} {
		args := []string{"--format=jsonl", p}
		if offsets {
			args = append(args, "--html-offsets")
		}
		code, out, errOut := runCmd(t, "", args...)
		if code != 0 {
			t.Fatalf("status %d, stderr %q", code, errOut)
		}
		d := decodeLines(t, out)[0]
		if len(d.Quotes) == 0 {
			t.Fatal("no quote in the page")
		}
		for _, q := range d.Quotes {
			switch {
			case !offsets && q.HTML != nil:
				t.Errorf("html offsets without --html-offsets: %+v", q.HTML)
			case offsets && q.HTML == nil:
				t.Errorf("--html-offsets: quote %q has no html span", q.Text)
			case offsets && page[q.HTML.Start:q.HTML.End] != q.Text:
				t.Errorf("--html-offsets: page[%d:%d] = %q, quote %q", q.HTML.Start, q.HTML.End, page[q.HTML.Start:q.HTML.End], q.Text)
			}
		}
	}
}

func TestFilters(t *testing.T) {
	_, out, _ := runCmd(t, "", "--format=jsonl", seedPath)
	all := decodeLines(t, out)[0]

	_, out, _ = runCmd(t, "", "--format=jsonl", "--min-confidence=0.9", seedPath)
	high := decodeLines(t, out)[0]
	want := 0
	for _, q := range all.Quotes {
		if q.Attribution != nil && q.Attribution.Confidence >= 0.9 {
			want++
		}
	}
	if len(high.Quotes) != want || want == 0 || want == len(all.Quotes) {
		t.Errorf("--min-confidence=0.9: %d quotes, want %d of %d", len(high.Quotes), want, len(all.Quotes))
	}
	for _, q := range high.Quotes {
		if q.Attribution == nil || q.Attribution.Confidence < 0.9 {
			t.Errorf("--min-confidence=0.9 kept %q", q.Text)
		}
	}

	_, out, _ = runCmd(t, "", "--format=jsonl", "--kinds", "partial, mixed", seedPath)
	some := decodeLines(t, out)[0]
	if len(some.Quotes) == 0 {
		t.Fatal("--kinds=partial,mixed: no quote (the seed has one of each)")
	}
	for i, q := range some.Quotes {
		if q.Kind != verbatim.Partial && q.Kind != verbatim.Mixed {
			t.Errorf("--kinds kept a %s quote", q.Kind)
		}
		// The seed's partial quote is nested in its mixed one: the
		// parent index must point into the filtered list.
		if q.Parent != nil && (*q.Parent >= i || some.Quotes[*q.Parent].End < q.End) {
			t.Errorf("quote %d: parent %d not renumbered", i, *q.Parent)
		}
	}
}

func TestFilterQuotesParents(t *testing.T) {
	p0, p1 := 0, 1
	doc := &verbatim.Document{Quotes: []verbatim.Quote{
		{Text: "a", Kind: verbatim.Direct},
		{Text: "b", Kind: verbatim.Partial, Parent: &p0},
		{Text: "c", Kind: verbatim.Direct, Parent: &p1},
	}}
	filterQuotes(doc, 0, map[verbatim.Kind]bool{verbatim.Direct: true})
	if len(doc.Quotes) != 2 || doc.Quotes[1].Parent == nil || *doc.Quotes[1].Parent != 0 {
		t.Errorf("a quote whose parent is dropped must point to its grandparent: %+v", doc.Quotes)
	}
}

func TestJSONArray(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article1)
	b := writeFile(t, dir, "b.txt", article2)
	code, out, _ := runCmd(t, "", "--format=json", a, b)
	var docs []verbatim.Document
	if err := json.Unmarshal([]byte(out), &docs); err != nil || code != 0 {
		t.Fatalf("several inputs must give one JSON array: %v, status %d\n%s", err, code, out)
	}
	if len(docs) != 2 || docs[0].Source != a || docs[1].Source != b {
		t.Errorf("got %d docs", len(docs))
	}
	// An input that fails leaves the array valid.
	code, out, _ = runCmd(t, "", "--format=json", filepath.Join(dir, "none.txt"), a)
	if err := json.Unmarshal([]byte(out), &docs); err != nil || code != 1 || len(docs) != 1 {
		t.Errorf("with a missing input: %v, status %d, %d docs", err, code, len(docs))
	}
	code, out, _ = runCmd(t, "", "--format=json", filepath.Join(dir, "none.txt"), filepath.Join(dir, "none2.txt"))
	if strings.TrimSpace(out) != "[]" || code != 1 {
		t.Errorf("no document: want [], got %q", out)
	}
	// One input: one object, as before.
	_, out, _ = runCmd(t, "", "--format=json", a)
	var d verbatim.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil || d.Source != a {
		t.Errorf("one input: %v", err)
	}
}

// --max-bytes at the largest int64 used to read nothing: the limit+1 of
// io.LimitReader overflowed.
func TestMaxBytesHuge(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article1)
	p := writeFile(t, dir, "page.html", page)
	huge := "--max-bytes=" + strconv.FormatInt(math.MaxInt64, 10)
	code, out, errOut := runCmd(t, article1, "--format=jsonl", huge, a, p, "-")
	if code != 0 {
		t.Fatalf("status %d, stderr %q", code, errOut)
	}
	docs := decodeLines(t, out)
	if len(docs) != 3 || docs[0].Text != article1 || docs[2].Text != article1 {
		t.Fatalf("plain text must be read whole; got %d docs", len(docs))
	}
	if len(docs[1].Quotes) == 0 {
		t.Errorf("the HTML page must be read whole: no quote in %q", docs[1].Text)
	}
	if got := readLimitOf(t, math.MaxInt64); got != article1 {
		t.Errorf("readAllLimit(MaxInt64) = %q", got)
	}
}

func readLimitOf(t *testing.T, limit int) string {
	t.Helper()
	b, err := readAllLimit(strings.NewReader(article1), limit)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestReadAllLimit(t *testing.T) {
	in := strings.Repeat("x", 100<<10) // several chunks
	for _, tc := range []struct {
		limit int
		ok    bool
	}{{len(in), true}, {len(in) - 1, false}, {math.MaxInt64, true}, {0, false}} {
		b, err := readAllLimit(strings.NewReader(in), tc.limit)
		if tc.ok && (err != nil || string(b) != in) {
			t.Errorf("limit %d: %v, %d bytes", tc.limit, err, len(b))
		}
		if !tc.ok && err == nil {
			t.Errorf("limit %d: no error", tc.limit)
		}
	}
	if b, err := readAllLimit(strings.NewReader(""), 0); err != nil || len(b) != 0 {
		t.Errorf("empty input, limit 0: %v", err)
	}
}

// Standard input with no writer used to hang forever.
func TestStdinNoWriter(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	code, out, errOut := runWith(t, pr, false, "--timeout=50ms")
	if code != 1 || out != "" || !strings.Contains(errOut, "verbatim: -: no data for 50ms") {
		t.Errorf("status %d, stdout %q, stderr %q", code, out, errOut)
	}
	// A writer that sends and closes is read whole, whatever the timeout.
	pr, pw = io.Pipe()
	go func() {
		for _, part := range strings.SplitAfter(article1, " ") {
			pw.Write([]byte(part))
		}
		pw.Close()
	}()
	code, out, _ = runWith(t, pr, false, "--format=jsonl", "--timeout=10s")
	if d := decodeLines(t, out); code != 0 || d[0].Text != article1 {
		t.Errorf("status %d, text %q", code, d[0].Text)
	}
}

// A URL that never ends, or stalls, is bounded by --timeout even with the
// largest --max-bytes, and by --max-bytes when that comes first.
func TestEndlessURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		chunk := []byte(strings.Repeat("words ", 1000))
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/stalled", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "1000000")
		fmt.Fprint(w, "words ")
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	huge := "--max-bytes=" + strconv.FormatInt(math.MaxInt64, 10)
	for _, tc := range []struct{ path, limit, want string }{
		{"/endless", huge, "timeout after 300ms"},
		{"/stalled", huge, "timeout after 300ms"},
		{"/endless", "--max-bytes=1000000", "input too large"},
	} {
		u := srv.URL + tc.path
		code, _, errOut := runCmd(t, "", "--timeout=300ms", tc.limit, u)
		if code != 1 || !strings.Contains(errOut, "verbatim: "+u+": "+tc.want) {
			t.Errorf("%s %s: status %d, stderr %q; want %q", tc.path, tc.limit, code, errOut, tc.want)
		}
	}
}

func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"b", ".git", "c"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{
		writeFile(t, dir, "a.txt", article1),
		writeFile(t, filepath.Join(dir, "b"), "page.HTML", page),
		writeFile(t, filepath.Join(dir, "b"), "z.htm", page),
		writeFile(t, filepath.Join(dir, "b"), "z.xhtml", page),
		writeFile(t, filepath.Join(dir, "c"), "a.txt", article2),
	}
	writeFile(t, dir, "notes.md", article1)
	writeFile(t, filepath.Join(dir, ".git"), "x.txt", article1)
	// One directory is several documents: JSON Lines by default, and
	// one array with --format=json.
	code, out, errOut := runCmd(t, "", dir)
	if code != 0 {
		t.Fatalf("status %d, stderr %q", code, errOut)
	}
	docs := decodeLines(t, out)
	var got []string
	for _, d := range docs {
		got = append(got, d.Source)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got\n%v\nwant\n%v", got, want)
	}
	if docs[1].Title != "Bridge" {
		t.Errorf("an .HTML file must be read as HTML: title %q", docs[1].Title)
	}
	_, out, _ = runCmd(t, "", "--format=json", dir)
	var arr []verbatim.Document
	if err := json.Unmarshal([]byte(out), &arr); err != nil || len(arr) != len(want) {
		t.Errorf("--format=json on a directory: %v, %d docs", err, len(arr))
	}
}

// jsonlPage is one line of scraped JSON Lines.
func jsonlPage(t *testing.T, url, field, content string) string {
	t.Helper()
	b, err := json.Marshal(map[string]string{"url": url, field: content})
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	in.WriteString(jsonlPage(t, "https://example.com/a", "html", page))
	in.WriteString("\n")                                    // blank line 2: skipped
	in.WriteString("{\"url\": \"https://example.com/b\"\n") // line 3: broken
	in.WriteString(jsonlPage(t, "https://example.com/c", "title", "no body"))
	in.WriteString(jsonlPage(t, "", "text", article1))
	in.WriteString(jsonlPage(t, "https://example.com/big", "text", strings.Repeat("x", 3000)))
	in.WriteString(jsonlPage(t, "https://example.com/e", "text", article2)) // no final newline below
	content := strings.TrimSuffix(in.String(), "\n")
	p := writeFile(t, dir, "pages.jsonl", content)
	q := writeFile(t, dir, "pages.dump", content) // found by its content

	for _, name := range []string{p, q, "-"} {
		code, out, errOut := runCmd(t, content, "--max-bytes=2000", name)
		if code != 1 {
			t.Errorf("%s: status %d, want 1 for the bad lines", name, code)
		}
		docs := decodeLines(t, out)
		var got []string
		for _, d := range docs {
			got = append(got, d.Source)
		}
		want := []string{"https://example.com/a", name + ":5", "https://example.com/e"}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: sources %v, want %v", name, got, want)
			continue
		}
		if docs[0].Title != "Bridge" || docs[1].Text != article1 {
			t.Errorf("%s: html read as HTML and text as text: title %q, text %.20q", name, docs[0].Title, docs[1].Text)
		}
		for _, w := range []string{
			"verbatim: " + name + ":3: not a JSON object",
			"verbatim: " + name + ":4 (https://example.com/c): no \"html\" or \"text\" member",
			"verbatim: " + name + ":6 (https://example.com/big): input too large",
		} {
			if !strings.Contains(errOut, w) {
				t.Errorf("%s: stderr lacks %q:\n%s", name, w, errOut)
			}
		}
	}
}

// Parsing on two workers gives the same output, in the same order, as
// on one.
func TestJSONLWorkers(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	for i := range 200 {
		u := fmt.Sprintf("https://example.com/%03d", i)
		switch i % 3 {
		case 0:
			in.WriteString(jsonlPage(t, u, "html", strings.Replace(page, "the mayor", fmt.Sprintf("mayor No. %d", i), 1)))
		case 1:
			in.WriteString(jsonlPage(t, u, "text", fmt.Sprintf("“We have %d reasons,” Doe said.\n", i)+article1))
		default:
			in.WriteString(jsonlPage(t, u, "text", fmt.Sprintf("Page %d. ", i)+article2))
		}
	}
	p := writeFile(t, dir, "pages.ndjson", in.String())
	code1, out1, err1 := runCmd(t, "", "-j", "1", "--format=jsonl", p)
	code2, out2, err2 := runCmd(t, "", "-j", "2", "--format=jsonl", p)
	if code1 != 0 || code2 != 0 {
		t.Fatalf("status %d / %d, stderr %q / %q", code1, code2, err1, err2)
	}
	docs := decodeLines(t, out1)
	if len(docs) != 200 || docs[199].Source != "https://example.com/199" {
		t.Fatalf("%d docs", len(docs))
	}
	if out1 != out2 {
		t.Error("-j 2 output differs from -j 1")
	}
}

// A progress line is drawn on a terminal, never in a pipe or a file.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article1)
	b := writeFile(t, dir, "b.txt", article2)
	missing := filepath.Join(dir, "missing.txt")
	_, _, errOut := runWith(t, nil, true, a, b, missing)
	if !strings.Contains(errOut, "verbatim: 3 documents, ") || !strings.Contains(errOut, " MB/s, 2 quotes, 1 errors\n") {
		t.Errorf("on a terminal: stderr %q", errOut)
	}
	_, _, errOut = runWith(t, nil, false, a, b, missing)
	if strings.Contains(errOut, "documents") || strings.Contains(errOut, "\r") {
		t.Errorf("not a terminal: stderr %q", errOut)
	}

	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	defer pw.Close()
	f, err := os.Create(filepath.Join(dir, "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, w := range []io.Writer{pw, f, &bytes.Buffer{}} {
		if terminal(w) {
			t.Errorf("terminal(%T) = true", w)
		}
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !terminal(tty) {
			t.Error("terminal(/dev/tty) = false")
		}
	}
}

// The view marks every quote with its speaker and kind, and escapes the
// article's text.
func TestViewMarkup(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "<script>alert(1)</script> & more.\n"+article1)
	code, out, errOut := runCmd(t, "", "--format=html", "--text", a)
	if code != 0 {
		t.Fatalf("status %d, stderr %q", code, errOut)
	}
	if strings.Contains(out, "<script>") || !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more.") {
		t.Error("the article's text is not escaped")
	}
	for _, banned := range []string{"<script", "<link", "src=", "@import", "url("} {
		if strings.Contains(out, banned) {
			t.Errorf("the page must load nothing: has %q", banned)
		}
	}
	_, js, _ := runCmd(t, "", "--format=jsonl", "--text", a)
	d := decodeLines(t, js)[0]
	for i, q := range d.Quotes {
		if q.Attribution == nil {
			t.Fatalf("quote %d unattributed", i)
		}
		want := fmt.Sprintf(`data-q="%d" data-speaker="%d" data-speaker-name="%s" data-kind="%s"`, i, q.Attribution.Speaker, d.Speakers[q.Attribution.Speaker].Name, q.Kind)
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %s", want)
		}
	}
}

// Quotes that cross (neither holds the other) are split into pieces
// that HTML can nest; the pieces together are the quote.
func TestMarkQuotesCrossing(t *testing.T) {
	doc := &verbatim.Document{
		Text:     "aa bb cc dd",
		Speakers: []verbatim.Speaker{{Name: "X"}},
		Quotes: []verbatim.Quote{
			{Text: "aa bb", Start: 0, End: 5},
			{Text: "bb cc", Start: 3, End: 8, Kind: verbatim.Indirect, Attribution: &verbatim.Attribution{Speaker: 0}},
			{Text: "bb", Start: 3, End: 5},
			{Text: "bad", Start: 9, End: 20},
		},
	}
	got := markQuotes(doc)
	for _, want := range []string{
		`<span class="q k-direct d0 none" data-q="0"`,
		`>aa <span class="q k-indirect d1 c0" data-q="1" data-speaker="0" data-speaker-name="X"`,
		`><span class="q k-direct d2 none" data-q="2" data-speaker="" data-speaker-name="" data-kind="direct" data-n="?"`,
		`>bb</span></span></span><span class="q k-indirect d0 c0 cont" data-q="1"`,
		`> cc</span> dd`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("markup lacks %s:\n%s", want, got)
		}
	}
}

// endless is a reader that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// Memory follows what an input sends, not the limit: a small input with
// the largest limit reserves nothing big, and an endless one stops at
// the limit without buffering far past it.
func TestReadAllLimitMemory(t *testing.T) {
	allocated := func(f func()) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	if n := allocated(func() { readAllLimit(strings.NewReader(article1), math.MaxInt64) }); n > 1<<20 {
		t.Errorf("a %d-byte input with the largest limit allocated %d bytes", len(article1), n)
	}
	var err error
	const limit = 16 << 20
	if n := allocated(func() { _, err = readAllLimit(endless{}, limit) }); n > 3*limit {
		t.Errorf("an endless input with a %d-byte limit allocated %d bytes", limit, n)
	}
	if !errors.Is(err, verbatim.ErrTooLarge) {
		t.Errorf("endless input: %v", err)
	}
}
