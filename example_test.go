package verbatim_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

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
		if s := doc.SpeakerOf(q); s != nil {
			speaker = s.Name
		}
		fmt.Printf("%s: %s %q\n", speaker, q.Kind, q.Text)
	}
	// Output:
	// Jane Smith: indirect "the budget on Monday"
	// Jane Smith: direct "We will not raise taxes,"
	// Jane Smith: direct "Not this year, not next year."
}

// ParseHTML extracts the article of a page, with its metadata, before
// finding the quotes; the offsets point into Document.Text, the article.
func ExampleParseHTML() {
	page := `<!DOCTYPE html>
<html lang="en"><head><title>Bridge to reopen in May | City News</title>
<meta property="og:site_name" content="City News"></head>
<body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
<article><h1>Bridge to reopen in May</h1>
<p>Mayor Jane Smith said on Monday that the bridge would reopen in May.</p>
<p>"We are not going to wait any longer," Smith told reporters.</p></article>
<footer>© City News</footer></body></html>`

	doc, err := verbatim.ParseHTML(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s (%s, %s)\n", doc.Title, doc.Publisher, doc.Language)
	for _, q := range doc.Quotes {
		if a := q.Attribution; a != nil {
			fmt.Printf("%s %s: %q\n", doc.Speakers[a.Speaker].Name, q.Kind, doc.Text[q.Start:q.End])
		}
	}
	// Output:
	// Bridge to reopen in May (City News, en)
	// Jane Smith indirect: "that the bridge would reopen in May"
	// Jane Smith direct: "We are not going to wait any longer,"
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

// ParseTextContext bounds a parse in time: it stops soon after the
// context is done, with an error wrapping the context's.
func ExampleParser_ParseTextContext() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var p verbatim.Parser
	doc, err := p.ParseTextContext(ctx, `"We will win," Lopez said.`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(doc.Quotes), doc.SpeakerOf(doc.Quotes[0]).Name)

	cancel()
	_, err = p.ParseTextContext(ctx, `"We will win," Lopez said.`)
	fmt.Println(errors.Is(err, context.Canceled))
	// Output:
	// 1 Lopez
	// true
}
