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
//	sentence.go   the sentence the rules read: tokens, each quotation
//	              folded into one token, the text and the lexicon
//	mention.go    noun phrases that can be sources: names with titles,
//	              appositions, descriptions, pronouns
//	frame.go      frame rules: cue + source + content in one sentence
//	bounds.go     where reported content starts and ends
//	attribute.go  frames turned into direct, mixed, partial and indirect
//	              quotes; quote sieves for quotations no frame claimed;
//	              nested quotes
//	coref.go      speaker sieves and name sieves: mentions clustered
//	              into entities, descriptions and pronouns resolved
//	parse.go      the driver, and the Document assembled
//	html*.go      HTML decoding, article extraction, metadata, offsets
//	lexicon.go    the embedded word lists of lexicon/*.txt
//	words.go      the closed-class words the rules match against
//
// # Rules
//
// Every rule is a named function in an ordered table of its stage, and
// its name is the Method an Attribution reports:
//
//	cueRules        frame.go      at each cue word, the first that claims
//	                              it: according-to, passive, participle,
//	                              reported
//	contentShapes   frame.go      the reported rule's frame, by where it
//	                              stands: interrupted-quote, indirect-after,
//	                              after-quote, before-quote (indirect-that,
//	                              stance when it reports words)
//	sentenceRules   frame.go      after the cue words: colon-label,
//	                              colon-subject, colon-intro,
//	                              dash-before-quote, noun-cue,
//	                              dash-after-quote
//	quoteSieves     attribute.go  quotations no frame claimed, most
//	                              precise first: after-quote-loose,
//	                              before-quote-loose, continued-sentence,
//	                              transcript-label, next-sentence,
//	                              previous-sentence, previous-paragraph,
//	                              previous-actor, standing-alone,
//	                              partial-subject
//	speakerSieves   coref.go      a quote's source mention to an entity:
//	                              implausible-name, name, appositive,
//	                              title-role, document-author,
//	                              definite-description, description,
//	                              nested-speaker, narrator, pronoun
//	nameSieves      coref.go      a name to the entity it names:
//	                              organisation, surname, exact-name,
//	                              middle-initial, named-alone-first
//
// A frame found inside a nested quotation reports "nested-" before its
// rule's method, one whose source is a pronoun "pronoun-"; a quotation
// that goes on from the quote before reports "previous-paragraph", and
// paragraphs written as the items of a list that "X said:" announces
// report "colon-list" (attributor.listItem). The method constants are
// defined once, beside their tables.
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
