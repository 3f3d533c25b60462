package verbatim

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Table tests for the stages on their own; the golden files test them
// together.

func TestPairMarks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // quote contents, outer before inner, with "^" before a nested one
	}{
		{"straight", `"Yes," she said.`, []string{"Yes,"}},
		{"curly", "\u201cYes,\u201d she said.", []string{"Yes,"}},
		{"apostrophes are not marks", "Don't touch Trump's '90s car.", nil},
		{"plural possessive", "The Joneses' dog barked.", nil},
		{"nested single in double", `"He said, 'No way,' and left."`, []string{"He said, 'No way,' and left.", "^No way,"}},
		{"nested double in single", `'He said, "No way," and left.'`, []string{`He said, "No way," and left.`, "^No way,"}},
		{"german", "\u201eJa\u201c, sagte sie.", []string{"Ja"}},
		{"french with spaces", "\u00ab Oui \u00bb, dit-elle.", []string{"Oui"}},
		{"corner", "\u300c\u306f\u3044\u300d", []string{"\u306f\u3044"}},
		{"nyt double apostrophes", "''We won,'' he said.", []string{"We won,"}},
		{"unclosed mark stays in its paragraph", "\"Never closed, he said.\n\nOwn words \"here.\"", []string{"here."}},
		{"continuation over paragraphs", "\"First part.\n\n\"Second part,\" she said.", []string{"First part.\n\n\"Second part,"}},
		{"transcript turns", "\"SMITH: Hello?\n\n\"JONES: Hi.", []string{"Hello?", "Hi."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range pairMarks(tt.text, splitParagraphs(tt.text)) {
				s := tt.text[q.start:q.end]
				if q.parent >= 0 {
					s = "^" + s
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("pairMarks(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. Smith went to Washington. He said no.", []string{"Mr. Smith went to Washington.", "He said no."}},
		{"The U.S. Senate voted. Donald J. Trump lost.", []string{"The U.S. Senate voted.", "Donald J. Trump lost."}},
		{`"It is over. We lost," he said. Then he left.`, []string{`"It is over. We lost," he said.`, "Then he left."}},
		{"Is it? No! It is 3.5 percent.", []string{"Is it?", "No!", "It is 3.5 percent."}},
		{"He said, 'Go.' And she went.", []string{"He said, 'Go.'", "And she went."}},
	}
	for _, tt := range tests {
		p := Span{Start: 0, End: len(tt.text)}
		var top []int
		spans := pairMarks(tt.text, []Span{p})
		for i, q := range spans {
			if q.parent < 0 {
				top = append(top, i)
			}
		}
		var got []string
		for _, s := range splitSentences(tt.text, p, spans, top) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("splitSentences(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestNounPhrases(t *testing.T) {
	lx := builtin()
	type np struct{ Name, Title string }
	before := []struct {
		text string // the phrase ends before the last word, the cue
		want *np
	}{
		{"Mexican President Claudia Sheinbaum said", &np{"Claudia Sheinbaum", "Mexican President"}},
		{"White House spokesman James Hewitt said", &np{"James Hewitt", "White House spokesman"}},
		{"James Hewitt, a spokesman for the council, said", &np{"James Hewitt", "spokesman for the council"}},
		{"Sir Vince Cable, who replaced Tim Farron in July, said", &np{"Vince Cable", "Sir"}},
		{"Rep. Gwen Moore (D-Wis.) said", &np{"Gwen Moore", "Rep."}},
		{"the Crisis Group said", &np{"Crisis Group", ""}},
		{"the spokesman said", &np{"the spokesman", ""}},
		{"she said", &np{"she", ""}},
		{"When Clinton said", &np{"Clinton", ""}},
		{"Perhaps said", nil},
		{"the agency's system said", &np{"the agency's system", ""}}, // any noun after a determiner
		{"to help combat said", nil},
	}
	for _, tt := range before {
		toks := tokenize(tt.text, 0, len(tt.text))
		m := phrase(lx, tt.text, toks).npBefore(len(toks) - 2)
		var got *np
		if m.ok() {
			got = &np{m.name, m.title}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("npBefore(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
	after := []struct {
		text string // the phrase starts after the first word, the cue
		want *np
	}{
		{"said Smith.", &np{"Smith", ""}},
		{"said Defense Secretary Pete Hegseth.", &np{"Pete Hegseth", "Defense Secretary"}},
		{"said John Doe, a lawyer for the family.", &np{"John Doe", "lawyer for the family"}},
		{"said the spokesman.", &np{"the spokesman", ""}},
		{"said that it rained.", nil},
	}
	for _, tt := range after {
		toks := tokenize(tt.text, 0, len(tt.text))
		m := phrase(lx, tt.text, toks).npAfter(1)
		var got *np
		if m.ok() {
			got = &np{m.name, m.title}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("npAfter(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestResolverNames(t *testing.T) {
	text := "Donald Trump, Donald Trump Jr. and Melania Trump"
	lx := builtin()
	r := newResolver(lx, text)
	add := func(name string) int {
		i := strings.Index(text, name)
		toks := tokenize(text, i, i+len(name))
		return r.addName(phrase(lx, text, toks).analyze(0, len(toks)), 0, 0, true)
	}
	donald, junior, melania := add("Donald Trump"), add("Donald Trump Jr."), add("Melania Trump")
	if donald == junior || donald == melania || junior == melania {
		t.Fatalf("distinct people merged: Donald %d, Jr. %d, Melania %d", donald, junior, melania)
	}
	if got := r.known("Trump"); got != donald {
		t.Errorf("known(Trump) = %d, want Donald Trump (%d)", got, donald)
	}
	if got := r.known("trump"); got != donald {
		t.Errorf("known(trump) = %d, want %d: names fold case", got, donald)
	}
	if got := r.known("Hillary Clinton"); got != -1 {
		t.Errorf("known(Hillary Clinton) = %d, want -1", got)
	}
}

// TestMaxBytesCap checks that no Parser reads more than 2 GiB, whatever
// its MaxBytes: offsets inside a parse are 32-bit.
func TestMaxBytesCap(t *testing.T) {
	for _, tt := range []struct{ max, want int }{
		{0, DefaultMaxBytes},
		{100, 100},
		{math.MaxInt, math.MaxInt32},
	} {
		if got := (&Parser{MaxBytes: tt.max}).maxBytes(); got != tt.want {
			t.Errorf("Parser{MaxBytes: %d}.maxBytes() = %d, want %d", tt.max, got, tt.want)
		}
	}
}
