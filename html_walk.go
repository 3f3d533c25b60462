package verbatim

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// walk visits the subtree of root in document order without recursion, so
// that trees of any depth (ParseDocument accepts trees built by other
// parsers) are walked in constant goroutine stack. enter is called on
// every node reached and returns whether to visit its children; leave is
// called on every node whose enter returned true, after its children.
// Either may be nil.
func walk(root *html.Node, enter func(*html.Node) bool, leave func(*html.Node)) {
	n := root
	for n != nil {
		descend := enter == nil || enter(n)
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if descend && leave != nil {
			leave(n)
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			if n == nil {
				return
			}
			if leave != nil {
				leave(n)
			}
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// attr returns the value of the named attribute of n, or "".
func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == name {
			return a.Val
		}
	}
	return ""
}

// isSkipped reports elements whose content is never article text: code,
// styles, embedded objects, form controls and hidden elements.
func isSkipped(n *html.Node) bool {
	if n.Type == html.CommentNode || n.Type == html.DoctypeNode {
		return true
	}
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Video, atom.Audio,
		atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Option,
		atom.Head, atom.Title, atom.Meta, atom.Link, atom.Map, atom.Dialog, atom.Frameset:
		return true
	}
	if n.Namespace != "" { // svg, math content
		return true
	}
	return isHidden(n)
}

// isHidden reports elements hidden by the hidden attribute, aria-hidden
// or an inline display:none / visibility:hidden style.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			if strings.Contains(a.Val, "none") || strings.Contains(a.Val, "hidden") {
				s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
				if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

// isBlock reports elements that start a new paragraph when rendered.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Dd, atom.Details,
		atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
		atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header,
		atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td,
		atom.Th, atom.Caption, atom.Summary, atom.Center, atom.Ul, atom.Body, atom.Html,
		atom.Menu, atom.Legend, atom.Option, atom.Noscript, atom.Listing, atom.Plaintext,
		atom.Xmp:
		return true
	}
	return false
}
