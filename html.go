package verbatim

import (
	"errors"
	"io"

	"github.com/PuerkitoBio/goquery"
)

// ParseHTML finds the quotes in the article of an HTML page with the zero
// Parser.
func ParseHTML(r io.Reader) (*Document, error) { return defaultParser.ParseHTML(r) }

// ParseHTML reads an HTML page from r, extracts its article and finds the
// quotes in it. The reader is not closed.
func (p *Parser) ParseHTML(r io.Reader) (*Document, error) {
	return nil, errors.New("verbatim: ParseHTML not implemented yet")
}

// ParseDocument finds the quotes in the article of a parsed page. The
// caller's document is not modified.
func (p *Parser) ParseDocument(d *goquery.Document) (*Document, error) {
	return nil, errors.New("verbatim: ParseDocument not implemented yet")
}
