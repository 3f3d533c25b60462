package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/verbatim-go/verbatim"
)

const (
	article1 = "Mayor Jane Doe said on Monday that the bridge would reopen in May.\n\n“We are not going to wait any longer,” Doe told reporters.\n"
	article2 = "Nothing to see here.\n"
	page     = "<!DOCTYPE html>\n<html><head><title>Bridge</title></head><body><article><p>“We will not wait,” the mayor said.</p></article></body></html>\n"
)

// runCmd runs the command and returns its status, stdout and stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	return runWith(t, strings.NewReader(stdin), false, args...)
}

// goldDir makes dir/gold, a gold folder of one article (article1).
func goldDir(t *testing.T, dir string) string {
	t.Helper()
	gold := filepath.Join(dir, "gold")
	if err := os.Mkdir(gold, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, gold, "bridge.json", goldJSON("bridge", article1))
	return gold
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// decodeLines decodes one Document per line.
func decodeLines(t *testing.T, out string) []verbatim.Document {
	t.Helper()
	var docs []verbatim.Document
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var d verbatim.Document
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestFormats(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article1)
	b := writeFile(t, dir, "b.txt", article2)

	t.Run("jsonl", func(t *testing.T) {
		code, out, errOut := runCmd(t, "", "--format=jsonl", a, b)
		if code != 0 || errOut != "" {
			t.Fatalf("status %d, stderr %q", code, errOut)
		}
		docs := decodeLines(t, out)
		if len(docs) != 2 || docs[0].Source != a || docs[1].Source != b {
			t.Fatalf("want a then b, got %d docs", len(docs))
		}
		if docs[0].Text != article1 || docs[1].Text != article2 {
			t.Error("plain-text input not byte-identical in Document.text")
		}
	})
	t.Run("json", func(t *testing.T) {
		code, out, _ := runCmd(t, "", "-format", "json", a)
		if code != 0 {
			t.Fatalf("status %d", code)
		}
		if !strings.HasPrefix(out, "{\n  \"source\": ") {
			t.Errorf("want an indented Document, got %.40q", out)
		}
		var d verbatim.Document
		if err := json.Unmarshal([]byte(out), &d); err != nil || d.Source != a {
			t.Errorf("decoding: %v, source %q", err, d.Source)
		}
	})
	t.Run("default", func(t *testing.T) {
		// json for one input, jsonl for several
		_, one, _ := runCmd(t, "", a)
		if strings.Count(one, "\n") < 3 {
			t.Errorf("one input: want indented JSON, got %.60q", one)
		}
		_, two, _ := runCmd(t, "", a, b)
		if len(decodeLines(t, two)) != 2 {
			t.Errorf("two inputs: want two lines")
		}
	})
	t.Run("text", func(t *testing.T) {
		code, out, _ := runCmd(t, "", "--format=text", a, b)
		if code != 0 {
			t.Fatalf("status %d", code)
		}
		for _, want := range []string{"== " + a + ": ", "== " + b + ": "} {
			if !strings.Contains(out, want) {
				t.Errorf("text output lacks %q:\n%s", want, out)
			}
		}
	})
}

func TestWriteText(t *testing.T) {
	parent := 0
	doc := &verbatim.Document{
		Source:   "x",
		Speakers: []verbatim.Speaker{{Name: "Jane Doe"}},
		Quotes: []verbatim.Quote{
			{Text: "We are \"not\" waiting,\nsays", Kind: verbatim.Direct, Attribution: &verbatim.Attribution{
				Speaker: 0, Cue: &verbatim.Span{Text: "told"}, Confidence: 0.91}},
			{Text: "not", Kind: verbatim.Partial, Parent: &parent},
			{Text: "the plan is sound", Kind: verbatim.Indirect, Attribution: &verbatim.Attribution{
				Speaker: 7, Mention: verbatim.Span{Text: "a spokesman"}, Confidence: 0.449}},
		},
	}
	var buf bytes.Buffer
	if err := writeText(&buf, doc, false); err != nil {
		t.Fatal(err)
	}
	// Confidence shown, the quote between typographic marks with no
	// escapes, its line break shown as a space.
	want := `Jane Doe (direct, told, 0.91): “We are "not" waiting, says”
  ? (partial): “not”
a spokesman (indirect, 0.45): “the plan is sound”
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
	buf.Reset()
	if err := writeText(&buf, &verbatim.Document{}, false); err != nil || buf.String() != "(no quotes)\n" {
		t.Errorf("no quotes: got %q", buf.String())
	}
}

func TestStdin(t *testing.T) {
	for _, args := range [][]string{nil, {"-"}, {"--format=jsonl", "-"}} {
		code, out, errOut := runCmd(t, article1, args...)
		if code != 0 {
			t.Fatalf("%v: status %d, stderr %q", args, code, errOut)
		}
		var d verbatim.Document
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if d.Source != "-" || d.Text != article1 {
			t.Errorf("%v: source %q, text %.20q", args, d.Source, d.Text)
		}
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article1)
	bad := writeFile(t, dir, "bad.txt", "caf\xe9 latin-1\n")
	missing := filepath.Join(dir, "missing.txt")
	b := writeFile(t, dir, "b.txt", article2)

	code, out, errOut := runCmd(t, "", "--format=jsonl", a, missing, bad, b)
	if code != 1 {
		t.Errorf("status %d, want 1", code)
	}
	for _, want := range []string{
		"verbatim: " + missing + ": no such file or directory\n",
		"verbatim: " + bad + ": input is not valid UTF-8 at byte 3\n",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	docs := decodeLines(t, out)
	if len(docs) != 2 || docs[0].Source != a || docs[1].Source != b {
		t.Errorf("the good files must still be written, in order; got %d docs", len(docs))
	}

	code, _, errOut = runCmd(t, "", "--max-bytes=10", a)
	if code != 1 || !strings.Contains(errOut, a+": input too large") {
		t.Errorf("too large: status %d, stderr %q", code, errOut)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--nope"},
		{"--format=xml", "a.txt"},
		{"--html", "--text", "a.txt"},
		{"--max-bytes=0"},
		{"a.txt", "--format=xml"},
		{"-j", "0", "a.txt"},
		{"--kinds=direct,quoted", "a.txt"},
		{"--min-confidence=1.5", "a.txt"},
		{"eval"},
		{"eval", "--gold", "x", "--errors-subset", "some"},
		{"eval", "--gold", "x", "--pred", "p.jsonl", "a.txt"},
	} {
		code, out, errOut := runCmd(t, "", args...)
		if code != 2 {
			t.Errorf("%v: status %d, want 2", args, code)
		}
		if out != "" || !strings.Contains(errOut, "usage: verbatim") {
			t.Errorf("%v: want usage on stderr only; stdout %q, stderr %q", args, out, errOut)
		}
	}
	// Help asked for is the output, on stdout, with status 0.
	for _, help := range []string{"-h", "--help"} {
		code, out, errOut := runCmd(t, "", "a.txt", help)
		if code != 0 || !strings.Contains(out, "usage: verbatim") || !strings.Contains(out, "-format") || errOut != "" {
			t.Errorf("%s: status %d, stdout %.40q, stderr %q", help, code, out, errOut)
		}
	}
	if code, out, _ := runCmd(t, "", "eval", "--help"); code != 0 || !strings.Contains(out, "-gold") {
		t.Errorf("eval --help: status %d, stdout %.40q", code, out)
	}
}

func TestHTMLDispatch(t *testing.T) {
	r := newReader(1000, time.Second)
	for _, tc := range []struct {
		path, contentType, data string
		mode                    readMode
		want                    bool
	}{
		{"a.html", "", "plain words", autoDetect, true},
		{"a.HTM", "", "plain words", autoDetect, true},
		{"a.txt", "", "plain words", autoDetect, false},
		{"a.txt", "", page, autoDetect, true},
		{"", "", "\ufeff  <html lang=en><body>x", autoDetect, true},
		{"", "", "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", autoDetect, true},
		{"", "", "<b>bold</b> claims", autoDetect, true},
		{"", "", "He said <nothing> much", autoDetect, false},
		{"/story", "text/html; charset=utf-8", "plain words", autoDetect, true},
		{"/story.html", "text/plain", page, autoDetect, false},
		{"/story", "application/octet-stream", page, autoDetect, true},
		{"a.txt", "", "plain words", forceHTML, true},
		{"a.html", "", page, forceText, false},
	} {
		r.mode = tc.mode
		if got := r.isHTML(tc.path, tc.contentType, []byte(tc.data)); got != tc.want {
			t.Errorf("isHTML(%q, %q, %.20q, mode %d) = %v, want %v", tc.path, tc.contentType, tc.data, tc.mode, got, tc.want)
		}
	}
}

func TestHTMLFile(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "page.html", page)
	// The HTML path extracts the article text; the text path keeps the
	// markup byte for byte.
	code, out, errOut := runCmd(t, "", "--format=jsonl", p)
	if code != 0 {
		t.Fatalf("status %d, stderr %q", code, errOut)
	}
	if d := decodeLines(t, out)[0]; d.Text == page || strings.Contains(d.Text, "<p>") {
		t.Errorf("an .html file must go to the HTML reader; text %.60q", d.Text)
	}
	_, out, _ = runCmd(t, "", "--format=jsonl", "--text", p)
	if d := decodeLines(t, out)[0]; d.Text != page {
		t.Errorf("--text must read the file as plain text; text %.60q", d.Text)
	}
}

func TestURL(t *testing.T) {
	var gotUA string
	mux := http.NewServeMux()
	mux.HandleFunc("/a.txt", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, article1)
	})
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("words ", 1000))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		for range 100 {
			fmt.Fprint(w, strings.Repeat("words ", 10))
			w.(http.Flusher).Flush() // no Content-Length
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	u := srv.URL + "/a.txt"
	code, out, errOut := runCmd(t, "", "--format=jsonl", u)
	if code != 0 {
		t.Fatalf("status %d, stderr %q", code, errOut)
	}
	if d := decodeLines(t, out)[0]; d.Source != u || d.Text != article1 {
		t.Errorf("source %q, text %.30q", d.Source, d.Text)
	}
	if !strings.HasPrefix(gotUA, "verbatim") {
		t.Errorf("User-Agent %q", gotUA)
	}

	_, out, _ = runCmd(t, "", "--format=jsonl", srv.URL+"/story")
	if d := decodeLines(t, out)[0]; d.Text == page {
		t.Error("a page served as text/html must go to the HTML reader")
	}

	for _, tc := range []struct{ path, args, want string }{
		{"/missing", "", "HTTP status 404 Not Found"},
		{"/big", "--max-bytes=1000", "input too large"},
		{"/big-chunked", "--max-bytes=1000", "input too large"},
		{"/slow", "--timeout=50ms", "timeout after 50ms"},
	} {
		args := []string{"--format=jsonl"}
		if tc.args != "" {
			args = append(args, tc.args)
		}
		u := srv.URL + tc.path
		code, out, errOut := runCmd(t, "", append(args, u, srv.URL+"/a.txt")...)
		if code != 1 || !strings.Contains(errOut, "verbatim: "+u+": ") || !strings.Contains(errOut, tc.want) {
			t.Errorf("%s: status %d, stderr %q; want 1 and %q", tc.path, code, errOut, tc.want)
		}
		if len(decodeLines(t, out)) != 1 {
			t.Errorf("%s: the other URL must still be written", tc.path)
		}
	}
}

// goldJSON is a one-article gold file in PolNeAR's format.
func goldJSON(name, text string) string {
	b, _ := json.Marshal(map[string]any{
		"doc": name, "text": text,
		"attributions": []any{map[string]any{
			"id": "E1", "kind": "indirect",
			"content": []any{map[string]any{"start": 35, "end": 66, "text": text[35:66]}},
			"source":  map[string]any{"start": 0, "end": 14, "text": text[0:14]},
			"cue":     map[string]any{"start": 15, "end": 19, "text": text[15:19]},
		}},
	})
	return string(b)
}

func TestEval(t *testing.T) {
	dir := t.TempDir()
	gold := goldDir(t, dir)
	if article1[35:66] != "the bridge would reopen in May." {
		t.Fatalf("fix the gold offsets: %q", article1[35:66])
	}

	t.Run("gold texts", func(t *testing.T) {
		js := filepath.Join(dir, "sum.json")
		code, out, errOut := runCmd(t, "", "eval", "--gold", gold, "--json", js, "--errors", "2")
		if code != 0 {
			t.Fatalf("status %d, stderr %q", code, errOut)
		}
		for _, want := range []string{
			"verbatim eval: 1 documents scored (gold folder 1, prediction lines 1); 0 gold without prediction",
			"text byte-identical to gold in all scored documents\n",
			"all content overlap         1 ",
			"=== first 2 false negatives (quotes: gold not matched) ===",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("report lacks %q:\n%s", want, out)
			}
		}
		var sum struct {
			Docs struct{ Scored int } `json:"docs"`
		}
		if b, err := os.ReadFile(js); err != nil || json.Unmarshal(b, &sum) != nil || sum.Docs.Scored != 1 {
			t.Errorf("--json: %v, %+v", err, sum)
		}
	})
	t.Run("files", func(t *testing.T) {
		txt := writeFile(t, dir, "bridge.txt", article1)
		code, out, errOut := runCmd(t, "", "eval", "--gold", gold, txt, filepath.Join(dir, "nope.txt"))
		if code != 1 || !strings.Contains(errOut, "nope.txt") {
			t.Errorf("status %d, stderr %q", code, errOut)
		}
		if !strings.Contains(out, "1 documents scored") {
			t.Errorf("report:\n%s", out)
		}
	})
	t.Run("pred", func(t *testing.T) {
		pred := map[string]any{"source": "/tmp/dev/bridge.txt", "text": article1, "quotes": []any{
			map[string]any{"text": article1[35:65], "start": 35, "end": 65, "kind": "indirect",
				"attribution": map[string]any{"speaker": 0, "mention": map[string]any{"start": 6, "end": 14}}},
		}}
		b, _ := json.Marshal(pred)
		p := writeFile(t, dir, "pred.jsonl", string(b)+"\n")
		code, out, errOut := runCmd(t, "", "eval", "--gold", gold, "--pred", p)
		if code != 0 {
			t.Fatalf("status %d, stderr %q", code, errOut)
		}
		for _, want := range []string{
			"all content overlap         1      1      1   1.000  1.000  1.000\n",
			"all content exact           1      1      1   1.000  1.000  1.000\n",
			"all source e2e              1      1      1   1.000  1.000  1.000\n",
			"all cue e2e                 1      1      0   0.000  0.000  0.000\n",
			"predicted kinds: indirect 1\n",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("report lacks %q:\n%s", want, out)
			}
		}
		if strings.Contains(out, "calibration") {
			t.Errorf("calibration without -calibration:\n%s", out)
		}
		_, out, _ = runCmd(t, "", "eval", "--gold", gold, "--pred", p, "--calibration")
		if want := "  all    0.6 <= conf < 0.8   -   (0/0)\n  all    conf < 0.6        1.000 (1/1)\n"; !strings.Contains(out, want) {
			t.Errorf("-calibration: report lacks %q:\n%s", want, out)
		}
	})
	t.Run("no gold", func(t *testing.T) {
		code, _, errOut := runCmd(t, "", "eval", "--gold", t.TempDir())
		if code != 1 || !strings.Contains(errOut, "no gold *.json") {
			t.Errorf("status %d, stderr %q", code, errOut)
		}
	})
}
