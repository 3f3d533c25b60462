// Package verbatim finds the quotes in news articles, who said them and
// how: direct, partial, mixed and indirect quotes, nested quotes, their
// speakers clustered into people and organisations, and for each quote
// the mention as written, the cue ("said", "according to"), the medium
// and the addressee, the rule that decided and a confidence.
//
// # Use
//
// [ParseText] reads a plain-text article (paragraphs are its non-blank
// lines); [ParseHTML] reads a web page, extracts its article and
// metadata first; [Parser.ParseDocument] takes a page already parsed
// with goquery and never modifies it. A zero [Parser] is ready to use,
// and one Parser may serve many goroutines at once: it is only read
// during a parse. The package keeps no mutable global state and never
// logs.
//
// # Offsets
//
// Every offset in a [Document] is a UTF-8 byte offset into
// [Document.Text], end exclusive, and Text[q.Start:q.End] == q.Text for
// every quote. For plain-text input Text is the caller's input byte for
// byte: quotation marks and spaces are normalised only for matching,
// never rewritten. For HTML input Text is the extracted article, its
// paragraphs separated by a blank line; [Parser.HTMLOffsets] adds
// offsets into the page's own bytes.
//
// # Pipeline
//
// Data flows one way, one stage a file:
//
//	marks.go      quotation marks paired into quote spans (nesting, the
//	              multi-paragraph convention, transcript turns)
//	text.go       tokens and sentences (no sentence ends inside a quote)
//	mention.go    noun phrases that can be sources: names with titles,
//	              appositions, descriptions, pronouns
//	frame.go      attribution frames: cue + source + content, before,
//	              after, around and inside the quote; speech, stance
//	              and noun cues, colons and dashes
//	bounds.go     where reported content starts and ends
//	attribute.go  frames turned into direct, mixed, partial and indirect
//	              quotes; lone quotes attributed from the sentence or
//	              paragraph before; nested quotes
//	coref.go      mentions clustered into entities; descriptions and
//	              pronouns resolved, with gender from the article itself
//	parse.go      the driver, and the Document assembled
//	html*.go      HTML decoding, article extraction, metadata, offsets
//	lexicon.go    the embedded word lists of lexicon/*.txt
//	words.go      the closed-class words the rules match against
//
// # Limits
//
// Input longer than [Parser.MaxBytes] ([DefaultMaxBytes] when zero) is
// refused with an error wrapping [ErrTooLarge]; plain text that is not
// valid UTF-8 with one wrapping [ErrInvalidUTF8]; HTML nested deeper
// than net/html accepts (512 elements) with a parse error. Sentences of
// more than 600 tokens get no attribution rules, nesting deeper than 8
// quotation marks is ignored, and pronouns look back over at most 200
// mentions, so the work stays close to linear on input that is not
// prose. An article without quotes is not an error.
package verbatim
