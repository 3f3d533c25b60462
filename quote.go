package verbatim

import (
	"encoding/json"
	"fmt"
	"time"
)

// A Document is what verbatim found in one article: its text, its
// paragraphs, the quotes in text order and the speakers they are
// attributed to. json.Marshal of a Document gives the shape described in
// the project's output contract.
//
// Every Span in a Document is a UTF-8 byte offset into Text, end
// exclusive. For plain-text input Text is the caller's input, byte for
// byte; for HTML input it is the extracted article text.
type Document struct {
	// Source names the input (a path, a URL, or "-" for standard input).
	// The parser leaves it empty; callers such as the command line set it.
	Source string `json:"source"`

	// Metadata found in HTML pages; empty for plain text.
	Title     string    `json:"title,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Publisher string    `json:"publisher,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Language  string    `json:"language,omitempty"`
	URL       string    `json:"url,omitempty"` // canonical URL of an HTML page

	Text       string    `json:"text"`
	Paragraphs []Span    `json:"paragraphs"`
	Quotes     []Quote   `json:"quotes"`
	Speakers   []Speaker `json:"speakers"`
}

// A Span is a stretch of Document.Text: Text == Document.Text[Start:End].
// Paragraph spans leave Text empty.
type Span struct {
	Text  string `json:"text,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Len reports the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// A Quote is one stretch of reported speech or writing.
type Quote struct {
	// Text is the content without its quotation marks;
	// Text == Document.Text[Start:End].
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  Kind   `json:"kind"`
	// Paragraph is the index in Document.Paragraphs where the quote starts.
	Paragraph int `json:"paragraph"`
	// Parent is the index in Document.Quotes of the quote this one is
	// nested in, or nil for a top-level quote.
	Parent *int `json:"parent,omitempty"`
	// Attribution says who said it; nil when no speaker was found.
	Attribution *Attribution `json:"attribution,omitempty"`
	// HTML holds byte offsets into the original HTML source of the
	// quote's first and last characters (end exclusive). It is set only
	// for HTML input when Parser.HTMLOffsets is true.
	HTML *Span `json:"html,omitempty"`
}

// An Attribution links a quote to its speaker.
type Attribution struct {
	// Speaker is the index in Document.Speakers.
	Speaker int `json:"speaker"`
	// Mention is the source as written near the quote ("she", "the
	// spokesman", "Claudia Sheinbaum").
	Mention Span `json:"mention"`
	// Cue is the verb or phrase that reports the speech ("said",
	// "according to"); nil when the attribution has none.
	Cue *Span `json:"cue,omitempty"`
	// Medium is where it was said ("in a statement", "on X"), if written.
	Medium *Span `json:"medium,omitempty"`
	// Addressee is whom it was said to ("reporters"), if written.
	Addressee *Span `json:"addressee,omitempty"`
	// Method names the rule that made the attribution.
	Method string `json:"method"`
	// Confidence is between 0 and 1.
	Confidence float64 `json:"confidence"`
}

// Kind classifies a quote.
type Kind int

const (
	// Direct is a whole sentence or more within quotation marks.
	Direct Kind = iota
	// Partial is a quoted phrase inside the reporter's own sentence.
	Partial
	// Mixed is a reported clause that holds quoted words.
	Mixed
	// Indirect is reported speech without quotation marks.
	Indirect
)

var kindNames = [...]string{"direct", "partial", "mixed", "indirect"}

// String returns the kind's name as used in JSON: "direct", "partial",
// "mixed" or "indirect".
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	if k < 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("verbatim: invalid Kind %d", int(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("verbatim: unknown quote kind %q", b)
}

var (
	_ json.Marshaler = (*Document)(nil)
)

// MarshalJSON writes the Document with empty lists as [] rather than null,
// as the output contract asks.
func (d *Document) MarshalJSON() ([]byte, error) {
	type plain Document
	c := *d
	if c.Paragraphs == nil {
		c.Paragraphs = []Span{}
	}
	if c.Quotes == nil {
		c.Quotes = []Quote{}
	}
	if c.Speakers == nil {
		c.Speakers = []Speaker{}
	}
	return json.Marshal((*plain)(&c))
}

// SpeakerOf returns the speaker quote q is attributed to, or nil when
// q has no attribution (or one whose Speaker index is out of range).
func (d *Document) SpeakerOf(q Quote) *Speaker {
	if q.Attribution == nil || q.Attribution.Speaker < 0 || q.Attribution.Speaker >= len(d.Speakers) {
		return nil
	}
	return &d.Speakers[q.Attribution.Speaker]
}
