package verbatim_test

// The golden harness.
//
// Real articles are byte-exact files, testdata/NAME.txt, each with its
// expected Document in testdata/NAME.golden.json: the indented JSON that
// json.Marshal gives, with Source set to the article's path from the
// repository root ("testdata/seed.txt"), as the command line would print
// for `verbatim --format=json testdata/seed.txt`.
//
// Small cases are text archives, testdata/cases/NAME.txtar, in the txtar
// format of golang.org/x/tools/txtar: a comment, then files that each
// begin with a line "-- FILENAME --".
//
//   - The comment holds optional options as a JSON object, such as
//     {"format": "html"}; see caseOptions. Comment lines starting with '#'
//     are notes for the reader and are ignored.
//   - "-- input.txt --" (or "-- input.html --") is the article. The input is
//     exactly the file's content in the archive, which always ends with a
//     newline: the final newline is kept and given to the parser.
//   - "-- want.json --" is a compact expectation (see wantDoc): one line
//     per quote and per speaker, not the whole Document.
//
// Every parse in the harness goes through checkDocument, which checks the
// span invariants, so a golden file can never record a broken result.
//
// To accept new output, run
//
//	go test -run Golden -update
//
// which rewrites testdata/*.golden.json and the want.json section of every
// case, never the inputs. Review the change with git diff before
// committing it.

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/verbatim-go/verbatim"
)

var update = flag.Bool("update", false, "rewrite golden files")

// ---------------------------------------------------------------- invariants

// maxReported caps the number of broken invariants checkDocument reports,
// so that a bug on a megabyte of input does not print a megabyte.
const maxReported = 20

// checkDocument reports every way doc breaks the invariants of the output
// contract, or nil:
//
//   - Text is valid UTF-8;
//   - every span lies in Text on rune boundaries, Start <= End, and its
//     Text (when set, and always for quotes, mentions, cues, media and
//     addressees) equals Text[Start:End];
//   - paragraphs are in order and do not overlap;
//   - quotes are ordered by Start; each quote's Paragraph is a valid index
//     whose paragraph holds the quote's start; a Parent is an earlier quote
//     that encloses it; its Kind is a known kind;
//   - an attribution's Speaker is a valid index, its mention is not empty,
//     its Method is named and its Confidence lies in [0, 1];
//   - speaker i has ID i, a name and a known kind.
//
// checkRoundTrip, which is slower on large input, checks the JSON.
func checkDocument(doc *verbatim.Document) error {
	if doc == nil {
		return errors.New("nil Document")
	}
	var errs []error
	bad := func(format string, args ...any) {
		if len(errs) < maxReported {
			errs = append(errs, fmt.Errorf(format, args...))
		} else if len(errs) == maxReported {
			errs = append(errs, errors.New("(more errors not shown)"))
		}
	}
	text := doc.Text
	if !utf8.ValidString(text) {
		bad("Text is not valid UTF-8")
	}
	span := func(what string, s verbatim.Span, needText, nonEmpty bool) bool {
		if s.Start < 0 || s.Start > s.End || s.End > len(text) {
			bad("%s: span [%d, %d) outside text of %d bytes", what, s.Start, s.End, len(text))
			return false
		}
		if !onRuneBoundary(text, s.Start) || !onRuneBoundary(text, s.End) {
			bad("%s: span [%d, %d) splits a UTF-8 sequence", what, s.Start, s.End)
			return false
		}
		if nonEmpty && s.Start == s.End {
			bad("%s: empty span at %d", what, s.Start)
		}
		if (needText || s.Text != "") && s.Text != text[s.Start:s.End] {
			bad("%s: Text %q but Text[%d:%d] is %q", what, s.Text, s.Start, s.End, text[s.Start:s.End])
		}
		return true
	}

	for i, p := range doc.Paragraphs {
		what := fmt.Sprintf("paragraph %d", i)
		span(what, p, false, false)
		if i > 0 && p.Start < doc.Paragraphs[i-1].End {
			bad("%s: [%d, %d) starts before paragraph %d ends at %d", what, p.Start, p.End, i-1, doc.Paragraphs[i-1].End)
		}
	}

	for i, q := range doc.Quotes {
		what := fmt.Sprintf("quote %d %q", i, clip(q.Text))
		span(what, verbatim.Span{Text: q.Text, Start: q.Start, End: q.End}, true, false)
		if _, err := q.Kind.MarshalText(); err != nil {
			bad("%s: %v", what, err)
		}
		if i > 0 && q.Start < doc.Quotes[i-1].Start {
			bad("%s: starts at %d, before quote %d at %d", what, q.Start, i-1, doc.Quotes[i-1].Start)
		}
		if q.Paragraph < 0 || q.Paragraph >= len(doc.Paragraphs) {
			bad("%s: paragraph %d out of range [0, %d)", what, q.Paragraph, len(doc.Paragraphs))
		} else if p := doc.Paragraphs[q.Paragraph]; q.Start < p.Start || q.Start > p.End || (q.Start == p.End && q.Start < q.End) {
			bad("%s: starts at %d, outside its paragraph %d [%d, %d)", what, q.Start, q.Paragraph, p.Start, p.End)
		}
		if q.Parent != nil {
			if pi := *q.Parent; pi < 0 || pi >= i {
				bad("%s: parent %d is not an earlier quote", what, pi)
			} else if p := doc.Quotes[pi]; q.Start < p.Start || q.End > p.End {
				bad("%s: [%d, %d) not inside its parent %d [%d, %d)", what, q.Start, q.End, pi, p.Start, p.End)
			}
		}
		if q.HTML != nil && (q.HTML.Start < 0 || q.HTML.Start > q.HTML.End) {
			bad("%s: bad HTML span [%d, %d)", what, q.HTML.Start, q.HTML.End)
		}
		a := q.Attribution
		if a == nil {
			continue
		}
		if a.Speaker < 0 || a.Speaker >= len(doc.Speakers) {
			bad("%s: speaker %d out of range [0, %d)", what, a.Speaker, len(doc.Speakers))
		}
		span(what+" mention", a.Mention, true, true)
		for _, s := range []struct {
			name string
			span *verbatim.Span
		}{{"cue", a.Cue}, {"medium", a.Medium}, {"addressee", a.Addressee}} {
			if s.span != nil {
				span(what+" "+s.name, *s.span, true, true)
			}
		}
		if a.Method == "" {
			bad("%s: attribution without a method", what)
		}
		if math.IsNaN(a.Confidence) || a.Confidence < 0 || a.Confidence > 1 {
			bad("%s: confidence %v outside [0, 1]", what, a.Confidence)
		}
	}

	for i, s := range doc.Speakers {
		what := fmt.Sprintf("speaker %d %q", i, s.Name)
		if s.ID != i {
			bad("%s: ID %d", what, s.ID)
		}
		if s.Name == "" {
			bad("%s: no name", what)
		}
		if _, err := s.Kind.MarshalText(); err != nil {
			bad("%s: %v", what, err)
		}
		if s.Gender != "" && s.Gender != "female" && s.Gender != "male" {
			bad("%s: gender %q", what, s.Gender)
		}
		if a := s.Affiliation; a != nil && (*a < 0 || *a >= len(doc.Speakers) || *a == i || s.Kind != verbatim.UnknownSpeaker || doc.Speakers[*a].Kind != verbatim.Organization) {
			bad("%s: affiliation %d", what, *a)
		}
		for j, m := range s.Mentions {
			span(fmt.Sprintf("%s mention %d", what, j), m, false, true)
		}
	}

	return errors.Join(errs...)
}

// checkRoundTrip checks that doc is unchanged by encoding it as JSON and
// decoding it again, so that golden files compare what the parser made.
func checkRoundTrip(doc *verbatim.Document) error {
	b, err := json.Marshal(doc)
	if err != nil {
		return fmt.Errorf("json.Marshal: %v", err)
	}
	var back verbatim.Document
	if err := json.Unmarshal(b, &back); err != nil {
		return fmt.Errorf("json.Unmarshal of our own output: %v", err)
	}
	// Comparing the JSON again is much faster than cmp on large
	// documents; cmp explains a difference.
	b2, err := json.Marshal(&back)
	if err != nil {
		return fmt.Errorf("json.Marshal after the round trip: %v", err)
	}
	if !bytes.Equal(b, b2) {
		return fmt.Errorf("JSON round trip changed the Document (-before +after):\n%s",
			cmp.Diff(doc, &back, cmpopts.EquateEmpty()))
	}
	return nil
}

func onRuneBoundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// clip shortens s for error messages.
func clip(s string) string {
	const n = 40
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// ---------------------------------------------------------------- parsing

// An input is one article of the harness.
type input struct {
	name   string
	format string // "text" or "html"
	data   string
}

// parse runs p on in and checks the result: the invariants always, and
// for plain text that Document.Text is the input byte for byte.
func parse(t testing.TB, p *verbatim.Parser, in input) *verbatim.Document {
	t.Helper()
	doc, err := parseWith(p, in)
	if err != nil {
		t.Fatalf("%s: %v", in.name, err)
	}
	if in.format == "text" && doc.Text != in.data {
		t.Fatalf("%s: Document.Text differs from the plain-text input", in.name)
	}
	if err := checkDocument(doc); err != nil {
		t.Fatalf("%s: broken invariants:\n%v", in.name, err)
	}
	if err := checkRoundTrip(doc); err != nil {
		t.Fatalf("%s: %v", in.name, err)
	}
	return doc
}

func parseWith(p *verbatim.Parser, in input) (*verbatim.Document, error) {
	switch in.format {
	case "text":
		return p.ParseText(in.data)
	case "html":
		return p.ParseHTML(strings.NewReader(in.data))
	}
	return nil, fmt.Errorf("unknown format %q", in.format)
}

// marshalIndent returns v as indented JSON, without HTML escaping, ending
// in a newline: the form of the golden files.
func marshalIndent(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// decodeStrict decodes JSON data into v, refusing fields v does not have,
// so that a renamed field in the output shows up as an error.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}

// ---------------------------------------------------------------- articles

// articlePaths returns the real articles: testdata/*.txt.
func articlePaths(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no testdata/*.txt articles")
	}
	return paths
}

func goldenPath(article string) string {
	return strings.TrimSuffix(article, filepath.Ext(article)) + ".golden.json"
}

func TestGoldenArticles(t *testing.T) {
	for _, path := range articlePaths(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc := parse(t, &verbatim.Parser{}, input{name: path, format: "text", data: string(data)})
			doc.Source = filepath.ToSlash(path)

			golden := goldenPath(path)
			if *update {
				if err := os.WriteFile(golden, marshalIndent(doc), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			wantJSON, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run Golden -update to create it)", err)
			}
			var want verbatim.Document
			if err := decodeStrict(wantJSON, &want); err != nil {
				t.Fatalf("%s: %v", golden, err)
			}
			if diff := cmp.Diff(&want, doc, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s\n(if the change is right, run go test -run Golden -update)", golden, diff)
			}
		})
	}
}

// ---------------------------------------------------------------- cases

// caseOptions are the options a case may give as JSON in its comment.
type caseOptions struct {
	// Format is "text" (ParseText, the default) or "html" (ParseHTML).
	Format string `json:"format"`
}

// wantDoc is the compact expectation of a case's want.json.
type wantDoc struct {
	Quotes   []wantQuote   `json:"quotes"`
	Speakers []wantSpeaker `json:"speakers"`
}

// wantQuote is one quote; the pointer fields are null when absent.
type wantQuote struct {
	Text    string  `json:"text"`
	Kind    string  `json:"kind"`
	Speaker *string `json:"speaker"` // the speaker's Name
	Mention *string `json:"mention"` // the attribution's mention as written
	Cue     *string `json:"cue"`
	Parent  *int    `json:"parent"`
}

type wantSpeaker struct {
	Name   string   `json:"name"`
	Kind   string   `json:"kind"`
	Titles []string `json:"titles,omitempty"`
	Gender string   `json:"gender,omitempty"`
	// Affiliation is the name of the speaker's organisation.
	Affiliation string `json:"affiliation,omitempty"`
}

func summarize(doc *verbatim.Document) wantDoc {
	w := wantDoc{Quotes: []wantQuote{}, Speakers: []wantSpeaker{}}
	for _, q := range doc.Quotes {
		wq := wantQuote{Text: q.Text, Kind: q.Kind.String(), Parent: q.Parent}
		if a := q.Attribution; a != nil {
			name := doc.Speakers[a.Speaker].Name
			wq.Speaker = &name
			mention := a.Mention.Text
			wq.Mention = &mention
			if a.Cue != nil {
				cue := a.Cue.Text
				wq.Cue = &cue
			}
		}
		w.Quotes = append(w.Quotes, wq)
	}
	for _, s := range doc.Speakers {
		ws := wantSpeaker{Name: s.Name, Kind: s.Kind.String(), Titles: s.Titles, Gender: s.Gender}
		if s.Affiliation != nil {
			ws.Affiliation = doc.Speakers[*s.Affiliation].Name
		}
		w.Speakers = append(w.Speakers, ws)
	}
	return w
}

// formatWant writes w with one line per quote and per speaker, so that
// a change to one quote is a one-line diff.
func formatWant(w wantDoc) []byte {
	var b bytes.Buffer
	list := func(key string, n int, item func(int) any, last bool) {
		fmt.Fprintf(&b, "  %q: [", key)
		for i := 0; i < n; i++ {
			if i == 0 {
				b.WriteString("\n")
			}
			b.WriteString("    ")
			b.Write(spaced(marshalCompact(item(i))))
			if i < n-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		if n > 0 {
			b.WriteString("  ")
		}
		b.WriteString("]")
		if !last {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("{\n")
	list("quotes", len(w.Quotes), func(i int) any { return w.Quotes[i] }, false)
	list("speakers", len(w.Speakers), func(i int) any { return w.Speakers[i] }, true)
	b.WriteString("}\n")
	return b.Bytes()
}

func marshalCompact(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// spaced adds a space after each ':' and ',' of compact JSON that are not
// inside strings.
func spaced(js []byte) []byte {
	var out []byte
	inString, escaped := false, false
	for _, c := range js {
		out = append(out, c)
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case !inString && (c == ':' || c == ','):
			out = append(out, ' ')
		}
	}
	return out
}

// An archive is a parsed txtar file.
type archive struct {
	comment []byte
	files   []archiveFile
}

type archiveFile struct {
	name string
	data []byte
}

// parseArchive parses the txtar format: lines of the form "-- NAME --"
// begin a file, which runs to the next such line; what precedes the first
// is the comment. Every byte of the data belongs to the comment or to a
// file, so a file's content is exactly its lines, final newline included.
func parseArchive(data []byte) *archive {
	a := &archive{}
	cur := -1
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line = data[:i+1]
		}
		data = data[len(line):]
		if name, ok := fileMarker(line); ok {
			a.files = append(a.files, archiveFile{name: name})
			cur = len(a.files) - 1
			continue
		}
		if cur < 0 {
			a.comment = append(a.comment, line...)
		} else {
			a.files[cur].data = append(a.files[cur].data, line...)
		}
	}
	return a
}

func fileMarker(line []byte) (string, bool) {
	s := strings.TrimSuffix(string(line), "\n")
	if !strings.HasPrefix(s, "-- ") || !strings.HasSuffix(s, " --") || len(s) < len("-- x --") {
		return "", false
	}
	name := strings.TrimSpace(s[3 : len(s)-3])
	return name, name != ""
}

// format is the inverse of parseArchive. Like txtar it ends a non-empty
// comment or file with a newline if it lacks one.
func (a *archive) format() []byte {
	var b bytes.Buffer
	withNL := func(data []byte) {
		b.Write(data)
		if len(data) > 0 && data[len(data)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	withNL(a.comment)
	for _, f := range a.files {
		fmt.Fprintf(&b, "-- %s --\n", f.name)
		withNL(f.data)
	}
	return b.Bytes()
}

func (a *archive) file(name string) ([]byte, bool) {
	for _, f := range a.files {
		if f.name == name {
			return f.data, true
		}
	}
	return nil, false
}

func (a *archive) setFile(name string, data []byte) {
	for i := range a.files {
		if a.files[i].name == name {
			a.files[i].data = data
			return
		}
	}
	a.files = append(a.files, archiveFile{name: name, data: data})
}

// caseInput returns the article of a case archive.
func caseInput(path string, a *archive) (input, error) {
	var opts caseOptions
	var js []string
	for _, line := range strings.SplitAfter(string(a.comment), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			js = append(js, line)
		}
	}
	if s := strings.TrimSpace(strings.Join(js, "")); s != "" {
		if err := decodeStrict([]byte(s), &opts); err != nil {
			return input{}, fmt.Errorf("options in the comment: %v", err)
		}
	}
	in := input{name: path, format: opts.Format}
	if in.format == "" {
		in.format = "text"
	}
	file := map[string]string{"text": "input.txt", "html": "input.html"}[in.format]
	if file == "" {
		return input{}, fmt.Errorf("unknown format %q (want text or html)", opts.Format)
	}
	data, ok := a.file(file)
	if !ok {
		return input{}, fmt.Errorf("no %s in the archive", file)
	}
	in.data = string(data)
	return in, nil
}

func casePaths(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no testdata/cases/*.txtar")
	}
	return paths
}

func TestGoldenCases(t *testing.T) {
	for _, path := range casePaths(t) {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(data)
			in, err := caseInput(path, a)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			got := summarize(parse(t, &verbatim.Parser{}, in))

			if *update {
				a.setFile("want.json", formatWant(got))
				if err := os.WriteFile(path, a.format(), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			wantJSON, ok := a.file("want.json")
			if !ok {
				t.Fatalf("%s: no want.json (run go test -run Golden -update to create it)", path)
			}
			var want wantDoc
			if err := decodeStrict(wantJSON, &want); err != nil {
				t.Fatalf("%s: want.json: %v", path, err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s\n(if the change is right, run go test -run Golden -update)", path, diff)
			}
		})
	}
}

// TestArchiveRoundTrip checks that the txtar reader and writer keep every
// byte, so that -update never changes an input.
func TestArchiveRoundTrip(t *testing.T) {
	for _, path := range casePaths(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := parseArchive(data).format(); !bytes.Equal(got, data) {
			t.Errorf("%s: parse+format changed the archive:\n%s", path, got)
		}
	}
	a := parseArchive([]byte("{\"format\": \"text\"}\n-- input.txt --\nA\n\nB\n-- want.json --\n{}\n"))
	if got, want := string(a.comment), "{\"format\": \"text\"}\n"; got != want {
		t.Errorf("comment = %q, want %q", got, want)
	}
	if got, _ := a.file("input.txt"); string(got) != "A\n\nB\n" {
		t.Errorf("input.txt = %q, want %q", got, "A\n\nB\n")
	}
}

// ---------------------------------------------------------------- determinism

// harnessInputs returns every article and case of the harness.
func harnessInputs(t testing.TB) []input {
	t.Helper()
	var ins []input
	for _, path := range articlePaths(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, input{name: path, format: "text", data: string(data)})
	}
	for _, path := range casePaths(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		in, err := caseInput(path, parseArchive(data))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		ins = append(ins, in)
	}
	return ins
}

// result is the JSON of a parse, or its error.
func result(p *verbatim.Parser, in input) string {
	doc, err := parseWith(p, in)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(marshalIndent(doc))
}

// TestParseDeterministic checks that parsing the same input twice, with
// the package functions or a Parser, gives the same JSON.
func TestParseDeterministic(t *testing.T) {
	for _, in := range harnessInputs(t) {
		first := result(&verbatim.Parser{}, in)
		if again := result(&verbatim.Parser{}, in); again != first {
			t.Errorf("%s: second parse differs:\n%s", in.name, cmp.Diff(first, again))
		}
		if in.format == "text" {
			doc, err := verbatim.ParseText(in.data)
			if err != nil {
				t.Fatalf("%s: %v", in.name, err)
			}
			if pkg := string(marshalIndent(doc)); pkg != first {
				t.Errorf("%s: ParseText and Parser.ParseText differ:\n%s", in.name, cmp.Diff(first, pkg))
			}
		}
	}
}

// TestParserConcurrent checks that one Parser used by several goroutines
// at once gives each the result it gives alone. Run it with -race to check
// that a parse only reads the Parser.
func TestParserConcurrent(t *testing.T) {
	ins := harnessInputs(t)
	p := &verbatim.Parser{}
	want := make([]string, len(ins))
	for i, in := range ins {
		want[i] = result(p, in)
	}
	const workers = 8
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range ins {
				i := (k + w) % len(ins) // each worker in another order
				if got := result(p, ins[i]); got != want[i] {
					t.Errorf("worker %d, %s: concurrent parse differs:\n%s", w, ins[i].name, cmp.Diff(want[i], got))
				}
			}
		}()
	}
	wg.Wait()
}

// TestCheckDocument checks the checker: each broken Document must be
// reported.
func TestCheckDocument(t *testing.T) {
	const text = "“Yes,” she said. “Über”\nNext."
	ok := func() *verbatim.Document {
		one := 1
		return &verbatim.Document{
			Text:       text,
			Paragraphs: []verbatim.Span{{Start: 0, End: 32}, {Start: 33, End: 38}},
			Quotes: []verbatim.Quote{
				{Text: "Yes,", Start: 3, End: 7, Attribution: &verbatim.Attribution{
					Speaker: 0,
					Mention: verbatim.Span{Text: "she", Start: 11, End: 14},
					Cue:     &verbatim.Span{Text: "said", Start: 15, End: 19},
					Method:  "test", Confidence: 1,
				}},
				{Text: "Über", Start: 24, End: 29, Kind: verbatim.Partial},
				{Text: "Üb", Start: 24, End: 27, Parent: &one},
			},
			Speakers: []verbatim.Speaker{{ID: 0, Name: "she", Mentions: []verbatim.Span{{Start: 11, End: 14}}}},
		}
	}
	good := ok()
	if err := checkDocument(good); err != nil {
		t.Fatalf("valid Document reported:\n%v", err)
	}
	if err := checkRoundTrip(good); err != nil {
		t.Fatal(err)
	}
	breaks := map[string]func(d *verbatim.Document){
		"invalid UTF-8":         func(d *verbatim.Document) { d.Text = "\xff" + d.Text[1:] },
		"quote text":            func(d *verbatim.Document) { d.Quotes[0].Text = "Yes" },
		"quote out of range":    func(d *verbatim.Document) { d.Quotes[1].End = 99 },
		"quote splits a rune":   func(d *verbatim.Document) { d.Quotes[0].Start, d.Quotes[0].Text = 1, text[1:7] },
		"quotes out of order":   func(d *verbatim.Document) { d.Quotes[0], d.Quotes[1] = d.Quotes[1], d.Quotes[0] },
		"bad kind":              func(d *verbatim.Document) { d.Quotes[1].Kind = 9 },
		"paragraph index":       func(d *verbatim.Document) { d.Quotes[1].Paragraph = 2 },
		"wrong paragraph":       func(d *verbatim.Document) { d.Quotes[1].Paragraph = 1 },
		"parent not enclosing":  func(d *verbatim.Document) { *d.Quotes[2].Parent = 0 },
		"parent later":          func(d *verbatim.Document) { *d.Quotes[2].Parent = 2 },
		"speaker index":         func(d *verbatim.Document) { d.Quotes[0].Attribution.Speaker = 1 },
		"mention text":          func(d *verbatim.Document) { d.Quotes[0].Attribution.Mention.Text = "he" },
		"empty mention":         func(d *verbatim.Document) { d.Quotes[0].Attribution.Mention = verbatim.Span{Start: 11, End: 11} },
		"cue span":              func(d *verbatim.Document) { d.Quotes[0].Attribution.Cue.End = 18 },
		"medium span":           func(d *verbatim.Document) { d.Quotes[0].Attribution.Medium = &verbatim.Span{Start: 5, End: 2} },
		"no method":             func(d *verbatim.Document) { d.Quotes[0].Attribution.Method = "" },
		"confidence":            func(d *verbatim.Document) { d.Quotes[0].Attribution.Confidence = 1.5 },
		"speaker ID":            func(d *verbatim.Document) { d.Speakers[0].ID = 1 },
		"speaker name":          func(d *verbatim.Document) { d.Speakers[0].Name = "" },
		"speaker mention":       func(d *verbatim.Document) { d.Speakers[0].Mentions[0].End = 100 },
		"paragraphs overlap":    func(d *verbatim.Document) { d.Paragraphs[1].Start = 20 },
		"paragraph out of text": func(d *verbatim.Document) { d.Paragraphs[1].End = 39 },
	}
	for name, breakIt := range breaks {
		d := ok()
		breakIt(d)
		if err := checkDocument(d); err == nil {
			t.Errorf("%s: not reported", name)
		}
	}
}
