// Quotes prints the quotes of an article with their speakers.
//
// Usage, from the repository root:
//
//	go run ./examples/quotes testdata/seed.txt
//	go run ./examples/quotes page.html     # .html and .htm files are read as HTML
//	go run ./examples/quotes - < article.txt
//
// For each quote it prints the paragraph number, the kind, the speaker
// (with the mention and cue as written) and the quoted text; nested quotes
// are indented under the quote that holds them.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/verbatim-go/verbatim"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: quotes FILE   (FILE is .txt, .html, or - for standard input)")
		os.Exit(2)
	}
	doc, err := parse(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(1)
	}
	report(os.Stdout, doc)
}

// parse reads the article at path ("-" for standard input) as HTML or as
// plain text, according to its extension.
func parse(path string) (*verbatim.Document, error) {
	var r io.Reader = os.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return verbatim.ParseHTML(r)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return verbatim.ParseText(string(data))
}

func report(w io.Writer, doc *verbatim.Document) {
	if doc.Title != "" {
		fmt.Fprintf(w, "%s\n\n", doc.Title)
	}
	if len(doc.Quotes) == 0 {
		fmt.Fprintln(w, "no quotes found")
		return
	}
	for i, q := range doc.Quotes {
		depth := 0
		for p := q.Parent; p != nil; p = doc.Quotes[*p].Parent {
			depth++
		}
		who := "(no speaker)"
		if a := q.Attribution; a != nil {
			who = doc.Speakers[a.Speaker].Name
			if a.Mention.Text != who {
				who += fmt.Sprintf(" [%q]", a.Mention.Text)
			}
			if a.Cue != nil {
				who += " " + a.Cue.Text
			}
		}
		fmt.Fprintf(w, "%3d ¶%-3d %s%-8s %s: %q\n", i, q.Paragraph, strings.Repeat("  ", depth), q.Kind, who, q.Text)
	}
	fmt.Fprintf(w, "\n%d quotes, %d speakers\n", len(doc.Quotes), len(doc.Speakers))
	for _, s := range doc.Speakers {
		line := fmt.Sprintf("  %s (%s)", s.Name, s.Kind)
		if len(s.Titles) > 0 {
			line += ", " + strings.Join(s.Titles, ", ")
		}
		fmt.Fprintln(w, line)
	}
}
