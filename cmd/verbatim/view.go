package main

import (
	_ "embed"
	"fmt"
	"html"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/verbatim-go/verbatim"
)

// The highlight view (--format=html) is one self-contained page: its
// style is inline, it loads nothing and runs no script. Each article's
// text is shown with its quotes marked by <span class="q"> elements that
// carry what a reader, or a test, needs:
//
//	data-q             the quote's index in Document.quotes
//	data-speaker       the speaker's index in Document.speakers ("" when unattributed)
//	data-speaker-name  the speaker's name
//	data-kind          direct, partial, mixed or indirect
//	data-parent        the index of the quote it is nested in, if any
//	data-cont          set on the second and later pieces of a quote that
//	                   had to be split because it crosses another
//	title, data-tip    speaker, kind, cue, method and confidence, shown
//	                   on hover (title) and on keyboard focus (tabindex)
//
// The colour says the speaker (class c0…c11, repeating past twelve
// speakers, with the speaker's number before each quote), the line style
// says the kind, and nested quotes are spans inside their parent's span.

//go:embed view.html.tmpl
var viewSource string

var viewTemplates = template.Must(template.New("view").Funcs(template.FuncMap{
	"join": strings.Join,
}).Parse(viewSource))

// palette is the speakers' colours, dark enough for lines and labels on
// white; a quote's background is the same colour, faint.
var palette = []string{
	"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#e6550d", "#17becf",
	"#8c564b", "#d6379e", "#6b7f00", "#393b79", "#b8860b", "#008080",
}

// A viewWriter writes the highlight page, one article at a time.
type viewWriter struct {
	w                   io.Writer
	articles, allQuotes int
}

func newViewWriter(w io.Writer) *viewWriter { return &viewWriter{w: w} }

type viewColor struct {
	Index    int
	Line     template.CSS
	Tint     template.CSS
	Selector string
}

func (v *viewWriter) begin() error {
	colors := make([]viewColor, len(palette))
	for i, c := range palette {
		r, _ := strconv.ParseUint(c[1:3], 16, 8)
		g, _ := strconv.ParseUint(c[3:5], 16, 8)
		b, _ := strconv.ParseUint(c[5:7], 16, 8)
		colors[i] = viewColor{Index: i, Line: template.CSS(c), Tint: template.CSS(fmt.Sprintf("rgba(%d,%d,%d,.14)", r, g, b))}
	}
	return viewTemplates.ExecuteTemplate(v.w, "head", colors)
}

type viewSpeaker struct {
	ID, N            int // index and the number shown (index+1)
	Color            int
	Name, Kind       string
	Titles, Aliases  []string
	Mentions, Quotes int
}

type viewArticle struct {
	Index                  int
	Source, Title, URL     string
	Byline, Publisher      string
	Published              string
	Quotes, Unattributed   int
	Speakers               []viewSpeaker
	Body                   template.HTML
	HasNested, HasCrossing bool
}

// article writes one document's section.
func (v *viewWriter) article(doc *verbatim.Document) error {
	v.articles++
	v.allQuotes += len(doc.Quotes)
	a := viewArticle{
		Index: v.articles, Source: doc.Source, Title: doc.Title, URL: doc.URL,
		Byline: doc.Byline, Publisher: doc.Publisher, Quotes: len(doc.Quotes),
	}
	if !doc.Published.IsZero() {
		a.Published = doc.Published.Format("2 January 2006")
	}
	counts := make([]int, len(doc.Speakers))
	for _, q := range doc.Quotes {
		if s := speakerOf(doc, q); s >= 0 {
			counts[s]++
		} else {
			a.Unattributed++
		}
	}
	for i, s := range doc.Speakers {
		a.Speakers = append(a.Speakers, viewSpeaker{
			ID: i, N: i + 1, Color: i % len(palette), Name: s.Name, Kind: s.Kind.String(),
			Titles: s.Titles, Aliases: s.Aliases, Mentions: len(s.Mentions), Quotes: counts[i],
		})
	}
	a.Body = template.HTML(markQuotes(doc))
	return viewTemplates.ExecuteTemplate(v.w, "article", a)
}

func (v *viewWriter) end() error {
	return viewTemplates.ExecuteTemplate(v.w, "foot", struct{ Articles, Quotes int }{v.articles, v.allQuotes})
}

// speakerOf is the index of q's speaker in doc.Speakers, or -1.
func speakerOf(doc *verbatim.Document, q verbatim.Quote) int {
	if doc.SpeakerOf(q) == nil {
		return -1
	}
	return q.Attribution.Speaker
}

// quoteInfo is the text shown on hover and focus.
func quoteInfo(doc *verbatim.Document, q verbatim.Quote) string {
	a := q.Attribution
	if a == nil {
		return fmt.Sprintf("%s quote, no speaker found", q.Kind)
	}
	parts := []string{speakerName(doc, q), q.Kind.String() + " quote"}
	if a.Mention.Text != "" {
		parts = append(parts, "mention “"+oneLine(a.Mention.Text)+"”")
	}
	if a.Cue != nil && a.Cue.Text != "" {
		parts = append(parts, "cue “"+oneLine(a.Cue.Text)+"”")
	}
	parts = append(parts, "method "+a.Method, "confidence "+strconv.FormatFloat(a.Confidence, 'f', 2, 64))
	return strings.Join(parts, " · ")
}

// markQuotes returns doc.Text as HTML with every quote in a span. Spans
// nest as the quotes do; a quote that crosses the end of another (which
// HTML cannot nest) is split into pieces that share its data-q. Quotes
// whose offsets are not valid for the text are left out.
func markQuotes(doc *verbatim.Document) string {
	text := doc.Text
	valid := func(q verbatim.Quote) bool {
		return 0 <= q.Start && q.Start < q.End && q.End <= len(text) &&
			(q.Start == len(text) || utf8.RuneStart(text[q.Start])) &&
			(q.End == len(text) || utf8.RuneStart(text[q.End]))
	}
	var order []int
	bounds := map[int]bool{}
	for i, q := range doc.Quotes {
		if valid(q) {
			order = append(order, i)
			bounds[q.Start], bounds[q.End] = true, true
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		qa, qb := doc.Quotes[order[a]], doc.Quotes[order[b]]
		if qa.Start != qb.Start {
			return qa.Start < qb.Start
		}
		return qa.End > qb.End
	})
	points := make([]int, 0, len(bounds))
	for p := range bounds {
		points = append(points, p)
	}
	sort.Ints(points)

	var b strings.Builder
	var stack []int // quotes open, innermost last
	open := func(i int, cont bool) {
		q := doc.Quotes[i]
		s := speakerOf(doc, q)
		class := fmt.Sprintf("q k-%s d%d", q.Kind, min(len(stack), 3))
		speaker, name := "", ""
		if s >= 0 {
			class += fmt.Sprintf(" c%d", s%len(palette))
			speaker, name = strconv.Itoa(s), doc.Speakers[s].Name
		} else {
			class += " none"
		}
		if cont {
			class += " cont"
		}
		info := html.EscapeString(quoteInfo(doc, q))
		fmt.Fprintf(&b, `<span class="%s" data-q="%d" data-speaker="%s" data-speaker-name="%s" data-kind="%s"`,
			class, i, speaker, html.EscapeString(name), q.Kind)
		if q.Parent != nil {
			fmt.Fprintf(&b, ` data-parent="%d"`, *q.Parent)
		}
		if cont {
			b.WriteString(` data-cont="1"`)
		} else {
			n := "?"
			if s >= 0 {
				n = strconv.Itoa(s + 1)
			}
			fmt.Fprintf(&b, ` data-n="%s" tabindex="0" data-tip="%s"`, n, info)
		}
		fmt.Fprintf(&b, ` title="%s">`, info)
		stack = append(stack, i)
	}
	pos, next := 0, 0
	for _, p := range points {
		b.WriteString(html.EscapeString(text[pos:p]))
		pos = p
		// Close the quotes that end here, and reopen as pieces those
		// that had to be closed above them.
		var reopen []int
		for endsIn(doc, stack, p) {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			b.WriteString("</span>")
			if doc.Quotes[top].End != p {
				reopen = append(reopen, top)
			}
		}
		for k := len(reopen) - 1; k >= 0; k-- {
			open(reopen[k], true)
		}
		for next < len(order) && doc.Quotes[order[next]].Start == p {
			open(order[next], false)
			next++
		}
	}
	b.WriteString(html.EscapeString(text[pos:]))
	for range stack {
		b.WriteString("</span>")
	}
	return b.String()
}

// endsIn reports whether a quote of the stack ends at p.
func endsIn(doc *verbatim.Document, stack []int, p int) bool {
	for _, i := range stack {
		if doc.Quotes[i].End == p {
			return true
		}
	}
	return false
}
