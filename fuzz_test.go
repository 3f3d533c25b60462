package verbatim_test

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/verbatim-go/verbatim"
)

// quoteMarks are the quotation marks verbatim knows, and some it must not
// take for them.
var quoteMarks = []string{
	`"`, "“", "”", "‘", "’", "'", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "‟", "‛", "″", "`",
}

// fuzzSeeds are the starting corpus of FuzzParseText, besides the
// harness's articles and cases.
func fuzzSeeds() []string {
	seeds := []string{
		"",
		"\n\n\n",
		`"We will win," Smith said.`,
		`"He said, 'No.' And I said, 'Yes,'" she told reporters.`,
		"“Sovereignty is not for sale,” she added.",
		"„Wir schaffen das“, sagte Merkel.",
		"« Nous gagnerons », a déclaré Macron.",
		"「東京」と彼は言った。『本当に』",
		"‹single› ‚low‘ ‛reversed‟",
		"Don't tell me Trump's '90s plan is the Joneses' idea.",
		"She said there wasn't a “specific agreement” yet.",
		`"unclosed` + "\nnext paragraph",
		`closed only"` + "\n" + `"` + "\n" + `""` + "\n" + `"""`,
		"“open\n“continued\n“still open”",
		"” backwards “",
		`"a 'b "c 'd' c" b' a"`,
		"“‘“‘nested’”’”",
		"\u00a0\u200b\ufeff“zero-width”\u2060 said\u00a0she",
		"A \"quote\"\r\nwith CRLF\r\n",
		"\"x\"\x00\"y\"",
	}
	// Every mark alone, doubled, around a word and at line ends.
	for _, m := range quoteMarks {
		seeds = append(seeds, m, m+m, m+"word"+m, "a "+m+"b\n"+m+"c", m+"\n"+m)
	}
	all := strings.Join(quoteMarks, "")
	seeds = append(seeds, all, all+" said Smith.\n"+all)
	// Invalid UTF-8: stray continuation bytes, truncated sequences,
	// surrogates, overlong forms.
	seeds = append(seeds,
		"\xff",
		"“abc\x80”",
		"\xe2\x80", // a truncated “
		"ok \xed\xa0\x80 surrogate",
		"\xc0\xaf overlong",
		"\"We will win,\xe2\" Smith said.",
	)
	return seeds
}

func FuzzParseText(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	if data, err := os.ReadFile("testdata/seed.txt"); err == nil {
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkParseText(t, &verbatim.Parser{}, text)
	})
}

// checkParseText parses text and checks the outcome: valid UTF-8 within
// the size limit gives a Document that keeps the invariants, whose Text is
// the input and (for input up to 64 KiB) that survives a JSON round trip;
// invalid UTF-8 gives an error wrapping ErrInvalidUTF8.
func checkParseText(t *testing.T, p *verbatim.Parser, text string) {
	t.Helper()
	doc, err := p.ParseText(text)
	if err != nil {
		_ = err.Error() // formatting an error must not panic either
		switch {
		case errors.Is(err, verbatim.ErrTooLarge):
			if len(text) <= maxBytes(p) {
				t.Fatalf("ErrTooLarge for %d bytes, limit %d: %v", len(text), maxBytes(p), err)
			}
		case errors.Is(err, verbatim.ErrInvalidUTF8):
			if utf8.ValidString(text) {
				t.Fatalf("ErrInvalidUTF8 for valid UTF-8: %v", err)
			}
		default:
			t.Fatalf("unexpected error: %v", err)
		}
		if doc != nil {
			t.Fatalf("a Document together with the error %v", err)
		}
		return
	}
	if !utf8.ValidString(text) {
		t.Fatalf("no error for invalid UTF-8 %q", clip(text))
	}
	if doc.Text != text {
		t.Fatalf("Document.Text differs from the input")
	}
	if err := checkDocument(doc); err != nil {
		t.Fatalf("broken invariants for %q:\n%v", clip(text), err)
	}
	if len(text) <= 64<<10 {
		if err := checkRoundTrip(doc); err != nil {
			t.Fatalf("%q: %v", clip(text), err)
		}
	}
}

func maxBytes(p *verbatim.Parser) int {
	if p.MaxBytes > 0 {
		return p.MaxBytes
	}
	return verbatim.DefaultMaxBytes
}

// TestFuzzSeeds runs the fuzz checks on the seeds and on every quote mark
// pair, so that plain go test covers them without -fuzz.
func TestFuzzSeeds(t *testing.T) {
	for _, s := range fuzzSeeds() {
		checkParseText(t, &verbatim.Parser{}, s)
	}
	for _, op := range quoteMarks {
		for _, cl := range quoteMarks {
			checkParseText(t, &verbatim.Parser{}, op+"Yes,"+cl+" she said. "+op+"No"+cl+"\n"+op+"x")
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	_, err := verbatim.ParseText("abc\xffdef")
	if !errors.Is(err, verbatim.ErrInvalidUTF8) {
		t.Fatalf("err = %v, want ErrInvalidUTF8", err)
	}
	if !strings.Contains(err.Error(), "at byte 3") {
		t.Errorf("err = %q, want the offset 3", err)
	}
}

func TestTooLarge(t *testing.T) {
	p := &verbatim.Parser{MaxBytes: 10}
	if _, err := p.ParseText(strings.Repeat("a", 11)); !errors.Is(err, verbatim.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if _, err := p.ParseText(strings.Repeat("a", 10)); err != nil {
		t.Fatalf("10 bytes with MaxBytes 10: %v", err)
	}
}

// TestPathological runs inputs built to find quadratic or exponential
// behaviour and deep recursion. It measures no time: a slow parse shows as
// a slow test, and a stack overflow or panic as a failure.
func TestPathological(t *testing.T) {
	const mb = 1 << 20
	seed, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text func() string
	}{
		{"1MB of straight double quotes", func() string { return strings.Repeat(`"`, mb) }},
		{"1MB of curly quotes", func() string { return strings.Repeat("“", mb/3) }},
		{"1MB of alternating open and close", func() string { return strings.Repeat("“”", mb/6) }},
		{"1MB of quotes and newlines", func() string { return strings.Repeat("\"\n", mb/2) }},
		{"1MB paragraph without punctuation", func() string { return strings.Repeat("word ", mb/5) }},
		{"1MB of said", func() string { return strings.Repeat("Smith said he said she said ", mb/28) }},
		{"1MB of blank lines", func() string { return strings.Repeat("\n", mb) }},
		{"1MB of apostrophes", func() string { return strings.Repeat("don't Trump's '90s ", mb/19) }},
		{"100k nested straight quotes", func() string { return nested(100_000, `"`, `'`, `"`, `'`) }},
		{"100k nested curly quotes", func() string { return nested(100_000, "“", "‘", "”", "’") }},
		{"100k unclosed quotes", func() string { return strings.Repeat(`"a 'b `, 100_000) }},
		{"100k one-line paragraphs with an open quote", func() string { return strings.Repeat("“He said\n", 100_000) }},
		{"10MB of articles", func() string {
			var b strings.Builder
			for b.Len() < 10*mb {
				b.Write(seed)
				b.WriteString("\n")
			}
			return b.String()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkParseText(t, &verbatim.Parser{}, tt.text())
		})
	}
}

// nested returns n quotes nested in one another, with marks alternating
// between the two kinds: “a ‘a “a … a” a’ a”.
func nested(n int, open1, open2, close1, close2 string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			b.WriteString(open1)
		} else {
			b.WriteString(open2)
		}
		b.WriteString("a ")
	}
	for i := n - 1; i >= 0; i-- {
		b.WriteString("a")
		if i%2 == 0 {
			b.WriteString(close1)
		} else {
			b.WriteString(close2)
		}
		b.WriteString(" ")
	}
	return b.String()
}
