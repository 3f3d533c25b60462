package verbatim

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/verbatim-go/verbatim/internal/devrules"
)

// TestRuleNames checks that every rule of the tables has a name of its
// own, so that a Method and a --without name find one rule.
func TestRuleNames(t *testing.T) {
	seen := map[string]bool{}
	for _, n := range ruleNames() {
		if n == "" || strings.ToLower(n) != n || strings.ContainsAny(n, " _") {
			t.Errorf("rule name %q: want lower-case words joined by hyphens", n)
		}
		if seen[n] {
			t.Errorf("rule name %q is in two tables or twice in one", n)
		}
		seen[n] = true
	}
	if len(seen) < 25 {
		t.Errorf("only %d rules named: a table is missing from ruleNames", len(seen))
	}
}

// TestWithout switches single rules off through the context, as eval
// --without does, and checks that the quote they give goes away (or
// falls to the next rule) while the rest stays.
func TestWithout(t *testing.T) {
	var p Parser
	methods := func(ctx context.Context, text string) []string {
		t.Helper()
		doc, err := p.ParseTextContext(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, q := range doc.Quotes {
			m := "-"
			if q.Attribution != nil {
				m = q.Attribution.Method
			}
			out = append(out, q.Kind.String()+" "+m)
		}
		return out
	}
	const text = "“We will not back down,” the mayor said.\n“It is over.”\nPoll: Trump leads in Ohio.\n"
	all := methods(context.Background(), text)
	want := []string{"direct after-quote", "direct previous-sentence", "indirect colon-intro"}
	if strings.Join(all, "|") != strings.Join(want, "|") {
		t.Fatalf("all rules: %q, want %q", all, want)
	}
	for _, tt := range []struct {
		rule string
		want []string
	}{
		{"colon-intro", []string{"direct after-quote", "direct previous-sentence"}},
		// the quote is still reported; the loose sieve reads its frame
		{"after-quote", []string{"direct after-quote-loose", "direct previous-sentence", "indirect colon-intro"}},
		// the next sieve links the lone quotation to the quote before
		{"previous-sentence", []string{"direct after-quote", "direct previous-paragraph", "indirect colon-intro"}},
	} {
		got := methods(devrules.Without(context.Background(), tt.rule), text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("without %s: %q, want %q", tt.rule, got, tt.want)
		}
	}
	if _, err := p.ParseTextContext(devrules.Without(context.Background(), "no-such-rule"), text); err == nil || !strings.Contains(err.Error(), `no rule named "no-such-rule"`) {
		t.Errorf("unknown rule: err = %v", err)
	}
}

// TestParseContext checks that a cancelled parse stops with the
// context's error, for text and for HTML.
func TestParseContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	text := strings.Repeat("“We will win,” she said. ", 2000)
	if _, err := (&Parser{}).ParseTextContext(ctx, text); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
	doc, err := (&Parser{}).ParseTextContext(context.Background(), text)
	if err != nil || len(doc.Quotes) != 2000 {
		t.Errorf("not cancelled: %v, %d quotes, want 2000", err, len(doc.Quotes))
	}
	page := "<html><body><article><p>" + text + "</p></article></body></html>"
	if _, err := (&Parser{}).ParseHTMLContext(ctx, strings.NewReader(page)); !errors.Is(err, context.Canceled) {
		t.Errorf("HTML, cancelled: err = %v, want context.Canceled", err)
	}
	doc, err = (&Parser{HTMLOffsets: true}).ParseHTMLContext(context.Background(), strings.NewReader(page))
	if err != nil || len(doc.Quotes) != 2000 || doc.Quotes[0].HTML == nil {
		t.Errorf("HTML, not cancelled: %v, %d quotes, want 2000 with offsets", err, len(doc.Quotes))
	}
}

// TestNoComment checks the reported content that says no words were
// given, which reads only the first words of long content.
func TestNoComment(t *testing.T) {
	for content, want := range map[string]bool{
		"to comment":                        true,
		"To Comment.":                       true,
		"to comment further":                true,
		"to immediately respond":            true,
		"to publicly elaborate":             true,
		"comment":                           true,
		"to comment on the bill":            false,
		"to  immediately\nrespond  further": true,
		"to immediately respond further on": false,
		"to respond to the report, which the agency released on Monday": false,
		"":             false,
		"to":           false,
		"the decision": false,
	} {
		if got := noComment(content); got != want {
			t.Errorf("noComment(%q) = %v, want %v", content, got, want)
		}
	}
}

// TestMostlyEmptyQuotations checks a text whose quotation spans are
// mostly empty (the attributor then keeps what it makes of them in a
// map, not a slice): its one real quote is found and attributed as in
// a text without the empty ones.
func TestMostlyEmptyQuotations(t *testing.T) {
	quote := "Smith said, “We will win the vote in the fall.”"
	want, err := ParseText(quote)
	if err != nil || len(want.Quotes) != 1 || want.Quotes[0].Attribution == nil {
		t.Fatalf("ParseText(%q): %v, %+v", quote, err, want)
	}
	text := strings.Repeat(`""`, 20) + "\n\n" + quote
	doc, err := ParseText(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 || doc.Quotes[0].Text != want.Quotes[0].Text || doc.Quotes[0].Attribution == nil ||
		doc.Speakers[doc.Quotes[0].Attribution.Speaker].Name != want.Speakers[want.Quotes[0].Attribution.Speaker].Name {
		t.Errorf("ParseText(%q): quotes %+v, speakers %+v; want the quote of %q by Smith", text, doc.Quotes, doc.Speakers, want.Quotes[0].Text)
	}
}

// TestPronounMethod checks that the method names made once are those
// made by concatenation, for known and unknown methods.
func TestPronounMethod(t *testing.T) {
	for m, pm := range pronounMethods {
		if pm != methodPronoun+m {
			t.Errorf("pronounMethods[%q] = %q", m, pm)
		}
	}
	for _, m := range []string{methodAfterQuote, methodNested + methodIndirectThat, "no-such-method", ""} {
		if got := pronounMethod(m); got != methodPronoun+m {
			t.Errorf("pronounMethod(%q) = %q", m, got)
		}
	}
}
