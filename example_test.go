package verbatim_test

import (
	"errors"
	"fmt"
	"sync"

	"github.com/verbatim-go/verbatim"
)

func ExampleParseText() {
	article := `Mayor Jane Smith defended the budget on Monday.
"We will not raise taxes," Smith told reporters. "Not this year, not next year."`

	doc, err := verbatim.ParseText(article)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range doc.Quotes {
		speaker := "(unattributed)"
		if a := q.Attribution; a != nil {
			speaker = doc.Speakers[a.Speaker].Name
		}
		fmt.Printf("%s: %s %q\n", speaker, q.Kind, q.Text)
	}
	// Output:
	// Jane Smith: indirect "the budget on Monday"
	// Jane Smith: direct "We will not raise taxes,"
	// Jane Smith: direct "Not this year, not next year."
}

// Every offset in a Document is a byte offset into Document.Text, which for
// plain text is the caller's input itself.
func ExampleQuote() {
	article := `"Sovereignty is not for sale," she added.`

	doc, err := verbatim.ParseText(article)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range doc.Quotes {
		fmt.Printf("[%d:%d] %s\n", q.Start, q.End, article[q.Start:q.End])
		if a := q.Attribution; a != nil && a.Cue != nil {
			fmt.Printf("mention [%d:%d] %s, cue [%d:%d] %s\n",
				a.Mention.Start, a.Mention.End, a.Mention.Text, a.Cue.Start, a.Cue.End, a.Cue.Text)
		}
	}
	// Output:
	// [1:29] Sovereignty is not for sale,
	// mention [31:34] she, cue [35:40] added
}

// A Parser may be shared: it is only read during a parse, so many
// goroutines can use one at once.
func ExampleParser() {
	p := &verbatim.Parser{MaxBytes: 1 << 20}
	articles := []string{
		`"Yes," Smith said.`,
		`"No," Jones said. "Never."`,
		"The meeting ended early.",
	}
	counts := make([]int, len(articles))
	var wg sync.WaitGroup
	for i, a := range articles {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if doc, err := p.ParseText(a); err == nil {
				counts[i] = len(doc.Quotes)
			}
		}()
	}
	wg.Wait()
	fmt.Println(counts)
	// Output:
	// [1 2 0]
}

// Input that is not valid UTF-8 is refused rather than repaired, since the
// offsets of a Document must point into the caller's own text.
func ExampleParser_ParseText_errors() {
	var p verbatim.Parser
	_, err := p.ParseText("caf\xe9")
	fmt.Println(errors.Is(err, verbatim.ErrInvalidUTF8), err)

	p.MaxBytes = 4
	_, err = p.ParseText("too long")
	fmt.Println(errors.Is(err, verbatim.ErrTooLarge), err)
	// Output:
	// true verbatim: input is not valid UTF-8 at byte 3
	// true verbatim: input too large: 8 bytes, limit 4
}
