package verbatim

import (
	"sort"
	"strings"
)

// A frame is a found attribution: who, by which cue, said what.
type frame struct {
	np        mention
	cue       Span
	hasCue    bool
	medium    *Span
	addressee *Span
	content   []Span // byte spans of what was said, as the frame sees it
	quotes    []int  // quote spans making up the content
	words     bool   // the content has words outside quotation marks
	method    string
	conf      float64
}

// maxUnitTokens bounds the sentences the rules look at, which keeps the
// work linear on input that is not prose.
const maxUnitTokens = 600

// findFrames finds the attributions of a unit, in order.
func (u *sentence) findFrames() []frame {
	lx, text := u.lx, u.text
	var frames []frame
	toks := u.toks
	if len(toks) > maxUnitTokens {
		return nil // not a sentence: a list, a table, noise
	}
	used := make([]bool, len(toks)) // tokens already part of a frame's core
	headline := u.isTitleCase()
	for c := 0; c < len(toks); c++ {
		t := toks[c]
		if !t.word || u.isQuote(c) || used[c] {
			continue
		}
		lemma, putIt := u.cueAt(c, headline)
		according := t.lower == "according" && c+1 < len(toks) && toks[c+1].lower == "to"
		if lemma == "" && !according {
			continue
		}
		// a verb of trying or seeming before an infinitive cue leaves
		// the frame to that cue: "continued to attack Clinton"
		if c+2 < len(toks) && toks[c+1].lower == "to" && controlWords[t.lower] && lx.cueLemma[toks[c+2].lower] != "" && !toks[c+2].upper {
			continue
		}
		// the infinitive cue takes the verb before it into its cue, and
		// the subject is that verb's: "Trump continued to attack",
		// "Clinton tried to portray"
		cs := controlStart(toks, c)
		control := cs >= 1 && !strings.HasSuffix(t.lower, "ing")
		shared := false // the verb shares the last frame's subject
		if insideContent(frames, t.start) {
			cut, sh := u.cutCoordinated(frames, c)
			if !cut {
				continue
			}
			shared = sh
		}
		var f frame
		cueEnd := c + 1 // token after the cue
		if according {
			if f, ok := u.accordingFrame(c); ok {
				markUsed(used, c, f.np.e)
				if len(f.content) > 0 {
					frames = append(frames, f)
				}
			}
			continue
		}
		// skip auxiliaries and adverbs: "has also said"
		j := c - 1
		if control {
			j = cs - 1
		}
		for j >= 0 && toks[j].word {
			if adverbs[toks[j].lower] || strings.HasSuffix(toks[j].lower, "ly") && !toks[j].upper {
				j--
				continue
			}
			// a date between subject and verb: "who in 2010 said",
			// "Trump on Monday said"
			if j >= 2 && (isYear(toks[j].text) || timeWords[toks[j].lower] && toks[j].upper) && (toks[j-1].lower == "in" || toks[j-1].lower == "on") {
				j -= 2
				continue
			}
			break
		}
		if u.cueIsNoun(c) {
			continue
		}
		// a passive ("terrorists are revealed", "he was told") has no
		// source before the verb
		if c > 0 && beForms[toks[c-1].lower] && !strings.HasSuffix(t.lower, "ing") && t.lower != lemma {
			if f, ok := u.passiveAgent(c); ok && !insideContent(frames, t.start) {
				markUsed(used, c, f.np.e)
				frames = append(frames, f)
			}
			continue
		}
		// a participle after a comma: "X mocked it, saying …" speaks
		// for the subject of the sentence.
		// So does one after "before", "after", "while" or "by": "Blige
		// sings to Clinton before asking her, …"
		subordinate := j >= 0 && subordinateWords[toks[j].lower]
		participle := strings.HasSuffix(t.lower, "ing") || control && strings.HasSuffix(toks[cs].lower, "ing") // "…, going on to say"
		if participle && j >= 0 && (toks[j].text == "," && !u.isQuote(j-1) || subordinate) {
			if f, ok := u.participleFrame(frames, c, j, lemma); ok {
				if control {
					f.cue = tokSpan(text, toks, cs, c+1)
				}
				if len(f.content) > 0 {
					markUsed(used, c, c+1)
					frames = append(frames, f)
				}
				continue
			}
		}
		// a participle after a medium: "issued a statement calling the
		// test …", "a series of tweets early Friday saying …"
		if strings.HasSuffix(t.lower, "ing") && j >= 0 && toks[j].text != "," && mediumBefore(toks, c) {
			if np := u.subjectOf(c, false); np.ok() && np.e < c {
				f = frame{np: np, cue: tokSpan(text, toks, c, c+1), hasCue: true, method: "participle", conf: 0.7}
				f.setContent(u, c+1, u.reportEnd(c+1))
				if len(f.content) > 0 {
					markUsed(used, c, c+1)
					frames = append(frames, f)
				}
				continue
			}
		}
		// cognition and weak cues are only reporting verbs in the present
		// or past tense with a subject; "saying" needs a subject too.
		cueStart := c
		if control {
			cueStart = cs
		}
		f = frame{cue: tokSpan(text, toks, cueStart, c+1), hasCue: true}
		if putIt || lemma == "speak" || u.particleCue(lemma, c) {
			f.cue = tokSpan(text, toks, cueStart, c+2)
			cueEnd = c + 2 // "called for", "called on", "spoke of"
		}
		np := u.npBefore(j)
		if np.ok() && t.lower == lemma && !putIt && np.kind != npPronoun && !np.group && j == c-1 && determiners[toks[np.s].lower] &&
			(lx.headNoun(t.lower) || np.e-np.s > 1 && toks[np.e-1].upper && !strings.HasSuffix(toks[np.e-1].lower, "s")) {
			continue // "the Accountability Office report found", "a Donald Trump tweet": a noun, not a verb
		}
		if np.ok() && j == c-1 && (t.lower == lemma && hasPossessive(toks[max(0, np.s-3):np.e]) && !strings.HasSuffix(toks[np.e-1].lower, "s") ||
			strings.HasSuffix(t.lower, "s") && np.e-np.s == 1 && isDemonym(toks[np.s])) {
			continue // "Blige's upcoming Apple Music show", "Republican claims": nouns
		}
		if !np.ok() && !shared && j == c-1 {
			// (a base form needs a plural subject: "Jeb Bush in a Medium
			// post said" has no verb "post")
			if m := u.modifiedSubject(j); m.ok() && (t.lower != lemma || m.group) {
				np = m
			}
		}
		if shared && !np.ok() {
			np = frames[len(frames)-1].np
		}
		if !np.ok() && j >= 2 && toks[j].lower == "to" && !strings.HasSuffix(t.lower, "ing") && lx.cueLemma[toks[j-1].lower] == "" {
			// an infinitive of purpose: "Trump took to Twitter overnight
			// to accuse Clinton's campaign of …"
			if s := u.subjectOf(j, true); s.ok() && s.e < j-1 {
				np = s
			}
		}
		if !np.ok() && j >= 2 && (toks[j].lower == "and" || toks[j].lower == "but") && !strings.HasSuffix(t.lower, "ing") {
			// a second verb of the sentence's subject: "Scott beamed and
			// asked the crowd to …"
			if s := u.subjectOf(j, true); s.ok() && s.e < j {
				np = s
			}
		}
		subjectFirst := np.ok()
		if subjectFirst && strings.HasSuffix(t.lower, "ing") && j >= 0 && toks[j].text == "," {
			subjectFirst = false // ", saying ..." belongs to a frame before it
		}
		if !subjectFirst {
			// verb first: `"…," said Smith` or `, said the spokesman.`
			if c > 0 && (toks[c-1].text == "," || u.isQuote(c-1)) || c == 0 {
				np = u.npAfter(cueEnd)
				if np.ok() && np.kind != npPronoun || np.ok() && c > 0 {
					cueEnd = np.e
				} else {
					np = mention{}
				}
			}
		}
		if !np.ok() {
			continue
		}
		if !lx.strongCue(lemma) && !subjectFirst {
			continue
		}
		// a stance verb needs a subject that can hold a stance: a name, a
		// pronoun or a phrase headed by a source noun ("The eventual
		// appeals court", "an unemployment rate" are not)
		if lx.stance[lemma] && !shared && np.kind == npNominal && !lx.headNoun(toks[np.e-1].lower) && !np.group {
			continue
		}
		f.np = np
		// addressee and medium
		k := cueEnd
		if !subjectFirst {
			k = max(k, np.e)
		}
		k = u.skipApposition(k, !subjectFirst)
		if tellVerbs[lemma] {
			k, f.addressee = u.addresseeAt(k)
		}
		k = f.skipAdjuncts(u, k)
		start := np.s
		if !subjectFirst {
			start = c
		}
		markUsed(used, min(start, c), k)
		// what precedes the frame: "…," she said / CLAUSE, she said.
		trailing := start > 0 && (toks[start-1].text == "," || u.isQuote(start-1) || toks[start-1].text == "\u2014" || toks[start-1].text == "\u2013")
		afterQuote := start > 0 && (u.isQuote(start-1) || start > 1 && toks[start-1].text == "," && u.isQuote(start-2))
		restEmpty := k >= len(toks) || u.isClauseEnd(k) || prepositions[toks[k].lower] && !u.isQuote(k) && !u.hasQuoteFrom(k) ||
			afterQuote && (toks[k].text == "." || toks[k].text == "?" || toks[k].text == "!") // `“…,” said Sen. Chris Murphy (D-Conn.). “…”`
		if afterQuote && !u.hasQuoteFrom(k) && (k >= len(toks) || toks[k].text != ":" && !(isParticiple(toks[k]) && lx.cueLemma[toks[k].lower] == "")) {
			// (a gerund object is what was said: `In his book, ''Make Your
			// Kid a Millionaire,'' Mr. McKinley suggested looking at …`)
			restEmpty = true
		}
		if afterQuote && k < len(toks) && adjunctStart(toks[k]) {
			// `"A," Trump said during a rally in Kenansville, N.C., "B."`:
			// an adjunct between the frame and the rest of the quotation
			for q := k + 1; q < len(toks) && q <= k+12; q++ {
				if u.isQuote(q) {
					if toks[q-1].text == "," && !lx.hasCue(toks[k:q]) {
						k = q - 1
					}
					break
				}
			}
		}
		if afterQuote && k < len(toks) && adjunctStart(toks[k]) && !u.isQuote(k) && !u.cueBeforeQuote(k) {
			restEmpty = true // `"…," she said several months after her release`
		}
		goesOn := false // `"A," he said, but "B."`: the quote goes on after a conjunction
		if afterQuote && k+1 < len(toks) && toks[k].text == "," && !u.isQuote(k+1) && !u.continuesClause(k+1) {
			restEmpty = true // "…," she said, but Kevin was drifting off
			goesOn = (toks[k+1].lower == "but" || toks[k+1].lower == "and") && u.hasQuoteFrom(k+1) && !u.clauseHasFrame(k+2)
		}
		switch {
		case afterQuote && k+1 < len(toks) && toks[k].text == "," && u.isQuote(k+1):
			// interrupted: "A," she said, "B."
			f.method = "interrupted-quote"
			f.conf = 0.95
			e := start
			for e > 0 && !toks[e-1].word && !u.isQuote(e-1) {
				e--
			}
			f.setContent(u, u.frameStart(frames), e)
			f.addContent(u, k+1, u.unitEnd())
		case trailing && !afterQuote && k+1 < len(toks) && toks[k].text == "," && u.hasQuoteFrom(k) &&
			(u.continuesClause(k+1) || (toks[k+1].lower == "and" || toks[k+1].lower == "but") && k+2 < len(toks) && u.isQuote(k+2)) &&
			start-u.frameStart(frames) >= 2:
			// a report interrupted by its frame, going on to a quotation:
			// "African-Americans, he said, can ''rock like Jimi''"
			f.method = "indirect-after"
			f.conf = 0.8
			e := start
			for e > 0 && !toks[e-1].word && !u.isQuote(e-1) {
				e--
			}
			s := u.leadIn(u.frameStart(frames), e)
			if prepositions[toks[s].lower] || isFunctionWord(toks[s].lower) && toks[s].upper || e > 0 && (toks[e-1].lower == "and" || toks[e-1].lower == "but") {
				// "During his years in office, Mr. Obama said, a majority …":
				// the words before the frame set the scene, or end in a
				// conjunction ("who works for RT and, Mr. King said, has …");
				// the report is after it
				f.setContent(u, k+1, u.reportEnd(k+1))
			} else {
				f.setContent(u, s, e)
				f.addContent(u, k+1, u.reportEnd(k+1))
			}
		case trailing && (restEmpty || k < len(toks) && toks[k].text == "," && !u.hasQuoteFrom(k)):
			f.method = "after-quote"
			f.conf = 0.95
			e := start
			for e > 0 && !toks[e-1].word && !u.isQuote(e-1) {
				e--
			}
			s := u.frameStart(frames)
			f.setContent(u, s, e)
			if goesOn {
				f.method = "interrupted-quote"
				f.addContent(u, k+1, u.unitEnd())
			}
			if len(f.quotes) == 0 {
				f.method = "indirect-after"
				f.conf = 0.8
				if s2 := u.leadIn(s, e); s2 > s {
					f.setContent(u, s2, e)
				}
				// the report goes on after the frame: "The museum, he
				// said, would make visitors face uncomfortable truths."
				if k < len(toks) && toks[k].text == "," && u.continuesClause(k+1) {
					f.addContent(u, k+1, u.unitEnd())
				}
			}
		default:
			// leading: X said (that) …  /  X said: "…"
			s := k
			if s < len(toks) && (toks[s].text == ":" || toks[s].text == ",") {
				s++
			}
			if s >= len(toks) {
				continue
			}
			if !subjectFirst && !(c == 0 && s > 0 && (toks[s-1].text == ":" || toks[s-1].text == ",") && u.isQuote(s)) {
				continue // verb first opens a frame only as "Said Ellis: “…”" or "Said Comey, “…”"
			}
			s = u.thatAfterAdjunct(s, tellVerbs[lemma])
			if s == cueEnd && s+1 < len(toks) && (cueParticles[toks[s].lower] && !(toks[s].lower == "about" && isNumber(toks[s+1])) || toks[s].lower == "to" && determiners[toks[s+1].lower]) && !u.isQuote(s+1) && toks[s+1].word {
				f.cue = tokSpan(text, toks, c, s+1) // "asked about his tax returns", "pointed out that"
				s++
			}
			// words set off before a closing quotation are not what was
			// said: `said later, “NATO is costing us a fortune.”`
			if e := u.unitEnd(); e-1 > s && u.isQuote(e-1) && (toks[e-2].text == "," || toks[e-2].text == ":") && !u.hasQuoteBetween(s, e-1) && e-1-s <= 12 && !lx.hasCue(toks[s:e-1]) &&
				toks[s].lower != "that" && !wordNouns[toks[e-3].lower] && toks[e-3].lower != "as" && (toks[e-2].text == "," || e-2-s <= 3) {
				s = e - 1 // (but "tweeted that, '…'", "added the words, '…'", "things such as, '…'" and a clause before a colon keep their words)
			}
			f.method = "before-quote"
			f.conf = 0.9
			if q := u.phraseNamed(s); q > s {
				f.setContent(u, q, q+1) // "used the phrase '…'": the words named
			} else {
				f.setContent(u, s, u.unitEnd())
			}
			if toks[len(toks)-1].text == ":" && len(f.quotes) == 0 && len(toks)-1-s <= 3 {
				continue // "put it this way:", "said the following:": it announces the next paragraph
			}
			if len(f.quotes) == 0 || f.words {
				f.setContent(u, s, u.subordinateEnd(np.s, s, u.reportEnd(s)))
				f.method = "indirect-that"
				f.conf = 0.8
				if !lx.clauseCue(lemma) {
					f.conf = 0.6
				}
				if lx.stance[lemma] {
					f.method, f.conf = "stance", 0.5
				}
			}
		}
		if len(f.content) == 0 {
			continue
		}
		if subjectFirst && f.method != "after-quote" && f.method != "interrupted-quote" {
			if r := u.relativeBefore(np.s); r >= 0 {
				// the relative pronoun stands for what was said: "which
				// Mr. Clarke says he is doing everything he can to keep
				// open", "what Trump says his plan would do"
				f.content = append([]Span{tokSpan(text, toks, r, r+1)}, f.content...)
			}
		}
		frames = append(frames, f)
	}
	// frames the cue loop does not find: colons, dashes, nouns of saying
	frames = u.colonFrames(used, frames)
	frames = u.dashBeforeFrames(used, frames)
	frames = u.nounCueFrames(used, frames)
	frames = u.dashAfterFrames(used, frames)
	sort.SliceStable(frames, func(a, b int) bool { return frames[a].content[0].Start < frames[b].content[0].Start })
	return frames
}

// relativeBefore returns the index of a relative pronoun right before
// the subject at toks[s] that stands for the reported content ("the
// plan which experts say will fail", "what Trump says"), or -1. ("that"
// is left alone: after a noun it may be a relative, but it is too often
// a complementizer.)
func (u *sentence) relativeBefore(s int) int {
	r := s - 1
	if r < 1 || u.isQuote(r) {
		return -1
	}
	if p := u.toks[r-1]; modifierOpeners[p.lower] || prepositions[p.lower] || p.lower == "below" || p.lower == "by" {
		return -1 // "in which he said": the relative is an adjunct
	}
	switch u.toks[r].lower {
	case "which", "what":
		return r
	}
	return -1
}

// objectAt reports a word at toks[k] that can open the object of a
// stance verb: a name, a determiner, a pronoun, a number or a quotation.
func (u *sentence) objectAt(k int) bool {
	lx := u.lx
	if k >= len(u.toks) {
		return false
	}
	t := u.toks[k]
	return u.isQuote(k) || t.word && (t.upper || determiners[t.lower] || lx.pronouns[t.lower] != 0 || possessivePron[t.lower] != 0 || hasDigit(t.text) ||
		quantityWords[t.lower] || numberWords[t.lower])
}

// framedAfter reports a clause, a colon, a comma or a quotation at
// toks[k], after an adverb or two: what a framed cue needs to report
// (or a quotation further on).
func (u *sentence) framedAfter(k int) bool {
	toks := u.toks
	for n := 0; n < 2 && k < len(toks) && toks[k].word && (adverbs[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ly")); n++ {
		k++
	}
	return k < len(toks) && (toks[k].lower == "that" || toks[k].text == ":" || toks[k].text == "," || u.isQuote(k))
}

// controlStart returns where a verb of trying or seeming before the
// infinitive cue at toks[c] starts ("continued to attack", "went on to
// say"), or -1.
func controlStart(toks []token, c int) int {
	if c < 2 || toks[c-1].lower != "to" {
		return -1
	}
	if controlWords[toks[c-2].lower] {
		return c - 2
	}
	if c >= 3 && toks[c-2].lower == "on" && goForms[toks[c-3].lower] {
		return c - 3
	}
	return -1
}

// subordinateEnd ends at the first comma the content of a frame that
// opens with a subordinator: "When Trump said the election was rigged,
// the crowd cheered." The main clause after the comma is the writer's.
// ("As X said, …" is left alone: its report is the main clause.)
func (u *sentence) subordinateEnd(subj, s, e int) int {
	toks := u.toks
	if subj < 1 || subj >= len(toks) {
		return e
	}
	w := toks[subj-1].lower
	if !subordinators[w] && w != "whereas" || w == "as" || subj >= 2 && toks[subj-2].word && toks[subj-2].lower != "even" {
		return e
	}
	for k := s + 2; k+1 < e; k++ {
		if toks[k].text == "," && !u.isQuote(k+1) && toks[k+1].word && !clauseStarters[toks[k+1].lower] {
			return k
		}
	}
	return e
}

// addresseeAt reads the addressee of a tell verb at toks[k] ("told
// reporters that"), and returns where the rest of the frame goes on and
// the addressee's span, nil when there is none. A person urged "to" do
// something is part of the content ("urged North Korea to resume
// talks"), and a thing is no addressee ("promising lower taxes").
func (u *sentence) addresseeAt(k int) (int, *Span) {
	lx, text := u.lx, u.text
	toks := u.toks
	if k >= len(toks) || !toks[k].word || toks[k].lower == "that" || u.isQuote(k) {
		return k, nil
	}
	a := k
	for k < len(toks) && (k < a+5 || k < a+8 && toks[k].upper && toks[k-1].upper) && toks[k].word && !prepositions[toks[k].lower] && !clauseStarters[toks[k].lower] &&
		toks[k].lower != "whether" && toks[k].lower != "for" && !(k > a && subjectPronouns[toks[k].lower]) &&
		(lx.cueLemma[toks[k].lower] == "" || toks[k].upper || k > a && determiners[toks[k-1].lower]) && toks[k].lower != "to" && toks[k].lower != "about" {
		k++ // (a cue word after a determiner is an adjective: "an invited crowd")
	}
	infinitive := k < len(toks) && (toks[k].lower == "to" || (toks[k].lower == "never" || toks[k].lower == "not") && k+1 < len(toks) && toks[k+1].lower == "to")
	if k == a || infinitive || !lx.addresseeLike(toks[k-1]) {
		return a, nil
	}
	sp := tokSpan(text, toks, a, k)
	return k, &sp
}

// participleFrame reads a participle cue at toks[c] after a comma or a
// subordinating word (toks[j]): "X mocked it, saying …", "sings to
// Clinton before asking her, …". It speaks for the subject of the
// sentence, or for the last frame's source ("Trump said, adding later,
// …"). It reports false when there is no subject.
func (u *sentence) participleFrame(frames []frame, c, j int, lemma string) (frame, bool) {
	lx, text := u.lx, u.text
	toks := u.toks
	np := u.subjectOf(j, false)
	if len(frames) > 0 && frames[len(frames)-1].np.end <= toks[c].start {
		np = frames[len(frames)-1].np
	}
	if !np.ok() {
		return frame{}, false
	}
	f := frame{np: np, cue: tokSpan(text, toks, c, c+1), hasCue: true, method: "participle", conf: 0.75}
	if lx.stance[lemma] {
		f.method, f.conf = "stance", 0.5
	}
	s := c + 1
	if u.particleCue(lemma, c) {
		f.cue = tokSpan(text, toks, c, c+2) // "referring to", "speaking of"
		s++
	}
	if s < len(toks) && (toks[s].text == ":" || toks[s].text == ",") {
		s++
	}
	s = u.thatAfterAdjunct(s, tellVerbs[lemma]) // "telling O'Reilly that …"
	e := u.unitEnd()
	if e-1 > s && u.isQuote(e-1) && toks[e-2].text == "," && !u.hasQuoteBetween(s, e-1) && e-1-s <= 12 && !lx.hasCue(toks[s:e-1]) {
		s = e - 1 // "asking her, “…”"
	} else if s < e {
		e = u.reportEnd(s)
	}
	f.setContent(u, s, e)
	return f, true
}

// cueAt returns the cue lemma of toks[c], or "" when it is no cue there,
// and whether it is "put it".
func (u *sentence) cueAt(c int, headline bool) (lemma string, putIt bool) {
	lx := u.lx
	toks := u.toks
	t := toks[c]
	lemma = lx.cueLemma[t.lower]
	if l := lx.phrasal[t.lower]; lemma == "" && l != "" && u.particleCue(l, c) {
		lemma = l // "talked about", "went after"
	}
	if t.upper && !(c == 0 && lemma != "") && !(headline && c > 0 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss")) {
		lemma = "" // "Post", "Report": names, not cues; but "Christie Calls …" in a headline
	}
	if lx.framed[lemma] && !u.particleCue(lemma, c) && !u.framedAfter(c+1) && !u.hasQuoteFrom(0) {
		lemma = "" // "a swing state", "continues his attacks", "find a way"
	}
	if pluralNounCues[t.lower] && !u.objectAt(c+1) && !u.particleCue(lemma, c) {
		lemma = "" // "Paris attacks test Clinton's strategy": a plural noun, not a verb with its object
	}
	if lemma == "speak" && !u.particleCue(lemma, c) {
		lemma = "" // "spoke to reporters" reports nothing; "spoke of his flights" does
	}
	if (t.lower == "put" || t.lower == "puts") && c+1 < len(toks) && toks[c+1].lower == "it" {
		return "put", true // "as one critic put it, …"
	}
	return lemma, false
}

// cueIsNoun reports a cue word used as a noun: after "of" or a
// determiner ("the former secretary of state", "the report"), after a
// possessive ("Editor's note", "Trump's comments came"), before "by"
// ("Additional reporting by") or as a plural before a modal
// ("battleground states could decide").
func (u *sentence) cueIsNoun(c int) bool {
	toks := u.toks
	t := toks[c]
	if u.quantitySubject(c) {
		return false
	}
	return c > 0 && (toks[c-1].lower == "of" || determiners[toks[c-1].lower] && toks[c-1].lower != "that") ||
		c > 0 && strings.HasSuffix(toks[c-1].lower, "'s") && !contractions[toks[c-1].lower] ||
		c+1 < len(toks) && toks[c+1].lower == "by" && !(c > 0 && beForms[toks[c-1].lower]) ||
		strings.HasSuffix(t.lower, "s") && c+1 < len(toks) && (modals[toks[c+1].lower] || beForms[toks[c+1].lower])
}

// quantitySubject reports a cue verb whose subject is a quantity
// opening the clause: "Some say", "Many fear", "Another said", "all but
// two said", "Two in three said". (After a plural quantity an -s form is
// a noun: "some claims".)
func (u *sentence) quantitySubject(c int) bool {
	toks := u.toks
	if c == 0 {
		return false
	}
	q := -1
	for s := max(0, c-9); s < c; s++ {
		if (s == 0 || !toks[s-1].word && !u.isQuote(s-1) || clauseStarters[toks[s-1].lower]) && u.isQuantity(s, c) {
			q = s
			break
		}
	}
	if q < 0 {
		return false
	}
	w := toks[q].lower
	singular := (w == "another" || w == "one" || w == "each") && c == q+1
	return singular || !strings.HasSuffix(toks[c].lower, "s") || strings.HasSuffix(toks[c].lower, "ss")
}

// accordingFrame reads "according to X" at toks[c]: leading ("According
// to X, …") or trailing ("…, according to X").
func (u *sentence) accordingFrame(c int) (frame, bool) {
	lx, text := u.lx, u.text
	toks := u.toks
	np := u.npLoose(c + 2)
	if !np.ok() {
		return frame{}, false
	}
	f := frame{np: np, cue: tokSpan(text, toks, c, c+2), hasCue: true, method: "according-to", conf: 0.9}
	if c == 0 || toks[c-1].text != "," && !u.isQuote(c-1) {
		after := u.skipApposition(np.e, false)
		if after < len(toks) && toks[after].text == "," {
			after++
		}
		f.setContent(u, after, u.unitEnd())
	} else {
		e := trimBackPunct(toks, c)
		f.setContent(u, u.leadIn(0, e), e)
		// the report goes on after its source: "Fundraising, according
		// to the campaign, has surged"; "But, according to the poll, 46
		// percent … remain undecided"
		k := u.skipApposition(np.e, false)
		for k < len(toks) && k < np.e+15 && toks[k].text != "," && !u.isQuote(k) && (toks[k].word || !u.isClauseEnd(k)) {
			k++
		}
		// (only after a phrase, not a whole clause: "Some Americans would
		// pay more, according to an analysis by X, a former aide, whose
		// conclusions …" ends at the source)
		if k+1 < len(toks) && toks[k].text == "," && u.continuesClause(k+1) && e <= 8 && !relativeWords[toks[k+1].lower] &&
			!lx.hasCue(toks[np.e:k]) {
			f.addContent(u, k+1, u.reportEnd(k+1))
		}
	}
	return f, true
}

// colonFrames adds the frames a colon makes: a label before a quotation
// ("Pat Caddell: '…'"), a clause before a closing quotation ("Sanders
// made the following comment: '…'") and a source opening a headline or
// an interview answer ("Poll: …", "A: …").
func (u *sentence) colonFrames(used []bool, frames []frame) []frame {
	lx, text := u.lx, u.text
	toks := u.toks
	// a headline or label: "Pat Caddell: …", "WARREN: 'You should …'"
	for i := 2; i < len(toks); i++ {
		if !u.isQuote(i) || toks[i-1].text != ":" || used[i-2] || insideContent(frames, toks[i].start) {
			continue
		}
		np := u.npBefore(i - 2)
		if !np.ok() || np.kind != npName || np.s != 0 {
			continue
		}
		f := frame{np: np, method: "colon-label", conf: 0.8, cue: tokSpan(text, toks, i-1, i), hasCue: true}
		f.setContent(u, i, i+1)
		frames = append(frames, f)
	}
	// a clause and a colon before a closing quotation: "Sanders made the
	// following comment: “…”", "The piece used her words as its headline: “…”"
	if n := u.unitEnd(); n >= 3 && u.isQuote(n-1) && toks[n-2].text == ":" && !used[n-2] && !insideContent(frames, toks[n-1].start) {
		np := u.subjectOf(n-2, false)
		v := np.e
		// past adverbs and a prepositional phrase to the verb: "A
		// footnote in the report makes that clear: '…'"
		for np.ok() && v < n-2 && v < np.e+6 && toks[v].word && (adverbs[toks[v].lower] || !u.plausibleVerb(v) && !toks[v].upper ||
			toks[v].upper && v > np.e || v > np.e && determiners[toks[v-1].lower]) {
			v++
		}
		k := n - 3 // the run of capitalised and title words before the colon
		for k > 0 && toks[k-1].word && (toks[k-1].upper || lx.isTitleWord(toks[k-1].lower)) && k > n-9 {
			k--
		}
		var name mention
		if k <= n-3 && toks[n-3].upper && toks[n-3].word {
			name = u.analyze(k, n-2)
		}
		if np.ok() && name.ok() && name.kind == npName && !name.org && name.s >= np.e && k > 0 && !toks[k-1].upper {
			// a name right before the colon is the speaker: "The surge
			// doesn't surprise Republican pollster Daron Shaw: “…”"
			f := frame{np: name, method: "colon-label", conf: 0.6, cue: tokSpan(text, toks, n-2, n-1), hasCue: true}
			f.setContent(u, n-1, n)
			frames = append(frames, f)
		} else if np.ok() && v < n-2 && n-2-np.e <= 10 && u.plausibleVerb(v) {
			f := frame{np: np, method: "colon-subject", conf: 0.6, cue: tokSpan(text, toks, v, n-1), hasCue: true}
			f.setContent(u, n-1, n)
			frames = append(frames, f)
		}
	}
	// a source and a colon opening the unit, then words: "Poll: Trump
	// leads", "Bill Clinton: Hillary 'better qualified'", "A: She was …"
	if f, ok := u.colonIntro(used); ok && !insideContent(frames, f.content[0].Start) {
		frames = append(frames, f)
	}
	return frames
}

// dashBeforeFrames adds the frames of a name, a dash and a quotation.
func (u *sentence) dashBeforeFrames(used []bool, frames []frame) []frame {
	text := u.text
	toks := u.toks
	// a name, a dash and a quotation: "the former candidate Mitt Romney
	// -- ''It is disqualifying …'' --"
	for i := 2; i < len(toks); i++ {
		if !u.isQuote(i) || !isDash(toks[i-1].text) && toks[i-1].text != "--" || used[i-1] || insideContent(frames, toks[i].start) {
			continue
		}
		d := i - 1
		for d > 0 && isDash(toks[d-1].text) {
			d--
		}
		if d == 0 || !toks[d-1].upper {
			continue
		}
		n := d - 1
		for n > 0 && toks[n-1].word && toks[n-1].upper {
			n--
		}
		np := u.analyze(n, d)
		if np.kind != npName || np.org || isFunctionWord(toks[n].lower) {
			continue
		}
		f := frame{np: np, method: "dash-before-quote", conf: 0.7, cue: tokSpan(text, toks, d, i), hasCue: true}
		f.setContent(u, i, i+1)
		frames = append(frames, f)
	}
	return frames
}

// nounCueFrames adds the frames of a possessor and a noun of saying
// before "that".
func (u *sentence) nounCueFrames(used []bool, frames []frame) []frame {
	text := u.text
	toks := u.toks
	// a possessor, a noun of saying and "that": "Trump's claim that …",
	// "his warning that …"
	for i := 1; i+2 < len(toks); i++ {
		if !nounCues[toks[i].lower] || toks[i+1].lower != "that" || used[i] || insideContent(frames, toks[i].start) {
			continue
		}
		p := toks[i-1]
		var np mention
		switch {
		case p.lower == "his" || p.lower == "her" || p.lower == "their" || p.lower == "its":
			np = u.analyze(i-1, i)
			np.kind, np.pron = npPronoun, possessivePron[p.lower]
			np.name = p.text
		case p.upper && strings.HasSuffix(p.lower, "'s"):
			np = u.npBefore(i - 1)
		}
		if !np.ok() {
			continue
		}
		f := frame{np: np, method: "noun-cue", conf: 0.6, cue: tokSpan(text, toks, i, i+1), hasCue: true}
		e := u.reportEnd(i + 1)
		for k := i + 3; k < e; k++ {
			if toks[k].text == "," && k > i+3 && !u.isQuote(k+1) {
				e = k // "Contrary to his claim that X, Y": the clause ends at the comma
				break
			}
			if u.isQuote(k) && endsWithComma(toks[k].text) {
				e = k + 1 // `that people would ''learn nothing,'' there would be`
				break
			}
		}
		f.setContent(u, i+1, e)
		if len(f.content) > 0 {
			markUsed(used, i-1, i+1)
			frames = append(frames, f)
		}
	}
	return frames
}

// dashAfterFrames adds the frames of a quotation, a dash and a name.
func (u *sentence) dashAfterFrames(used []bool, frames []frame) []frame {
	lx, text := u.lx, u.text
	toks := u.toks
	// "…" ― Pamela Padilla: a dash and a name after a quotation
	for i := 0; i+2 < len(toks); i++ {
		if !u.isQuote(i) || !isDash(toks[i+1].text) || used[i+1] {
			continue
		}
		np := u.npAfter(i + 2)
		if !np.ok() || np.kind == npPronoun || np.kind == npNominal && !lx.headNoun(toks[np.e-1].lower) {
			continue // "— a metaphor for …": a comment, not a speaker
		}
		f := frame{np: np, method: "dash-after-quote", conf: 0.85, cue: tokSpan(text, toks, i+1, i+2), hasCue: true}
		f.setContent(u, i, i+1)
		frames = append(frames, f)
	}
	return frames
}

// colonIntro finds a unit opening with a short source phrase and a
// colon, followed by what it said in words: a headline ("Poll: …") or an
// interview answer ("A: …"). Quoted content after a colon is the
// colon-label rule's.
func (u *sentence) colonIntro(used []bool) (frame, bool) {
	lx, text := u.lx, u.text
	toks := u.toks
	i := 1
	for i < len(toks) && i < 6 && toks[i].text != ":" {
		if !toks[i].word {
			return frame{}, false
		}
		i++
	}
	if i >= len(toks)-2 || toks[i].text != ":" || used[i-1] || u.isQuote(i+1) || notColonSource[toks[0].lower] {
		return frame{}, false
	}
	var np mention
	if i == 1 && toks[0].text == "A" {
		np = u.analyze(0, 1) // the interviewee's answer
		np.kind = npPronoun
	} else {
		// a name of up to three words, or a source noun ("Poll")
		for _, t := range toks[:i] {
			if !t.upper || isFunctionWord(t.lower) || lx.cueLemma[t.lower] != "" {
				return frame{}, false
			}
		}
		np = u.npBefore(i - 1)
		if !np.ok() || np.s != 0 || np.kind == npPronoun || i > 3 || np.kind == npNominal && !lx.headNoun(toks[i-1].lower) {
			return frame{}, false
		}
	}
	// a tally or a list is no speech: "Clinton: 1,769", "Iowa: Tim
	// Albrecht, Brad Anderson, Rob Barron, …", "Email: a@b.com"
	end := u.unitEnd()
	if end <= i+1 {
		return frame{}, false // "A:!!": nothing after the colon
	}
	rest := toks[i+1 : end]
	words, commas := 0, 0
	for _, t := range rest {
		if t.word {
			words++
		} else if t.text == "," {
			commas++
		}
	}
	if words <= 3 && hasDigit(rest[0].text) || commas >= 4 && commas*3 >= words || strings.Contains(text[rest[0].start:rest[len(rest)-1].end], "@") {
		return frame{}, false
	}
	f := frame{np: np, method: "colon-intro", conf: 0.6, cue: tokSpan(text, toks, i, i+1), hasCue: true}
	f.setContent(u, i+1, u.unitEnd())
	if len(f.content) == 0 || !f.words {
		return frame{}, false
	}
	return f, true
}

// isTitleCase reports a unit written in title case, as headlines are:
// most of its longer words capitalised.
func (u *sentence) isTitleCase() bool {
	upper, words := 0, 0
	for i, t := range u.toks {
		if !t.word || u.isQuote(i) || len(t.lower) <= 3 {
			continue
		}
		words++
		if t.upper {
			upper++
		}
	}
	return words >= 3 && upper*5 >= words*4
}

// isYear reports a four-digit year such as 2016.
func isYear(s string) bool {
	if len(s) != 4 || s[0] != '1' && s[0] != '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isDash(s string) bool {
	return s == "\u2015" || s == "\u2014" || s == "\u2013" || s == "-"
}

// strongCue reports a cue that speaks even when inverted ("said Smith").
func (lx *lexicon) strongCue(lemma string) bool { return !lx.weakCue[lemma] }

// clauseCue reports a cue that commonly takes a reported clause.
func (lx *lexicon) clauseCue(lemma string) bool { return !lx.noClause[lemma] }

func tokSpan(text string, toks []token, s, e int) Span {
	return Span{Text: text[toks[s].start:toks[e-1].end], Start: toks[s].start, End: toks[e-1].end}
}

func markUsed(used []bool, s, e int) {
	for i := s; i < e && i < len(used); i++ {
		used[i] = true
	}
}

// particleCue reports a cue whose particle belongs to it: "called for
// a repeal", "called on Congress to act", "argued for", "pushed for".
func (u *sentence) particleCue(lemma string, c int) bool {
	lx, toks := u.lx, u.toks
	return c+1 < len(toks) && lx.particles[lemma][toks[c+1].lower]
}

// mediumBefore reports a medium noun among the few words before a
// participle at toks[c]: "a statement calling", "tweets early Friday saying".
func mediumBefore(toks []token, c int) bool {
	for i := c - 1; i >= 0 && i >= c-4; i-- {
		if !toks[i].word {
			return false
		}
		if mediumNouns[toks[i].lower] || toks[i].lower == "ad" || toks[i].lower == "tweets" {
			return true
		}
	}
	return false
}

// hasPossessive reports a possessive among toks ("Blige's").
func hasPossessive(toks []token) bool {
	for _, t := range toks {
		if strings.HasSuffix(t.lower, "'s") {
			return true
		}
	}
	return false
}

// isDemonym reports a capitalised adjective of party or nation used
// before a noun: Republican, Democratic, American, Chinese, British.
func isDemonym(t token) bool {
	if !t.upper {
		return false
	}
	for _, suf := range []string{"an", "ic", "ish", "ese"} {
		if strings.HasSuffix(t.lower, suf) && len(t.lower) > 4 {
			return true
		}
	}
	return false
}

// addresseeLike reports whether the last word of a phrase after a tell
// verb names someone told: a name, an object pronoun or a source noun
// ("told reporters", "told him", "told The Post"), not a thing
// ("promised lower taxes").
func (lx *lexicon) addresseeLike(last token) bool {
	switch last.lower {
	case "him", "her", "them", "us", "me", "you", "crowd", "audience", "viewers", "listeners", "reporters",
		"forum", "gathering", "meeting", "rally", "convention", "assembly", "room", "nation", "country", "world":
		return true
	}
	return last.upper || lx.headNoun(last.lower)
}

// hasQuoteAhead reports a quotation within a few tokens after c.
func (u *sentence) hasQuoteAhead(c int) bool {
	for i := c + 1; i < len(u.toks) && i <= c+8; i++ {
		if u.isQuote(i) {
			return true
		}
	}
	return false
}

// cueBeforeQuote reports a second cue between token k and the next
// quotation of the unit that frames it with a subject of its own; a
// participle after a comma or "before" frames it for the same subject,
// as a frame of its own.
func (u *sentence) cueBeforeQuote(k int) bool {
	lx := u.lx
	for i := k; i < len(u.toks); i++ {
		if u.isQuote(i) {
			return false
		}
		t := u.toks[i]
		if t.word && !t.upper && lx.cueLemma[t.lower] != "" && !u.cueIsNoun(i) {
			participle := strings.HasSuffix(t.lower, "ing") && i > 0 && (u.toks[i-1].text == "," || subordinateWords[u.toks[i-1].lower])
			return !participle
		}
	}
	return false
}

// hasCue reports a cue word among toks.
func (lx *lexicon) hasCue(toks []token) bool {
	for _, t := range toks {
		if t.word && !t.upper && lx.cueLemma[t.lower] != "" {
			return true
		}
	}
	return false
}

// passiveAgent reads a passive cue at toks[c] with its agent after
// "by": `"American Skin" was written by Springsteen`, "the plan was
// criticized by Democrats". The subject before the verb is the content.
func (u *sentence) passiveAgent(c int) (frame, bool) {
	text := u.text
	toks := u.toks
	if c+2 >= len(toks) || toks[c+1].lower != "by" {
		return frame{}, false
	}
	np := u.npAfter(c + 2)
	if !np.ok() || np.kind == npPronoun {
		return frame{}, false
	}
	be := c - 1
	for be > 0 && (adverbs[toks[be-1].lower] || beForms[toks[be-1].lower]) {
		be--
	}
	f := frame{np: np, cue: tokSpan(text, toks, c-1, c+2), hasCue: true, method: "passive", conf: 0.6}
	f.setContent(u, 0, be)
	if len(f.content) == 0 {
		return frame{}, false
	}
	return f, true
}

// clauseHasFrame reports a cue with a subject of its own in the tokens
// from k on, up to the first quotation: `, but Smith said "…"`.
func (u *sentence) clauseHasFrame(k int) bool {
	lx := u.lx
	for i := k; i < len(u.toks) && !u.isQuote(i); i++ {
		t := u.toks[i]
		if t.word && !t.upper && lx.cueLemma[t.lower] != "" && i > k {
			return true
		}
	}
	return false
}

// subjectOf finds the subject of the unit's main clause before token
// j: the first source phrase followed by a verb, after any introductory
// phrase set off by a comma; with latest, the one nearest j.
func (u *sentence) subjectOf(j int, latest bool) mention {
	lx := u.lx
	toks := u.toks
	starts := []int{0} // the unit's start, and after each comma of an opening phrase
	for i := 0; i < j; i++ {
		if u.isQuote(i) {
			return mention{}
		}
		if toks[i].text == "," && i < 30 && len(starts) < 4 {
			starts = append(starts, i+1)
		}
	}
	// a name and its apposition: "Dean, a former chairman, poked at …"
	for p := 1; p < j && p < 30; p++ {
		if toks[p].text == "," && p+1 < j && toks[p+1].word && !toks[p+1].upper {
			if m := u.npBefore(p); m.ok() && m.s == 0 && m.e < p {
				return m
			}
		}
	}
	// never take an opening participle ("Following a meeting, the
	// Council issued …") as a subject; with latest, try the start
	// nearest j first ("When my mother mentioned it, I laughed and said")
	for n := range starts {
		s := starts[n]
		if latest {
			s = starts[len(starts)-1-n]
		}
		// (an opening participle is set off by a comma after it;
		// "Husted continued by saying" opens with a name)
		if s < j && toks[s].upper && (strings.HasSuffix(toks[s].lower, "ing") || strings.HasSuffix(toks[s].lower, "ed")) && s+1 < j && !toks[s+1].upper &&
			starts[len(starts)-1] > s {
			continue
		}
		for e := s; e < j && e < s+8; e++ {
			if !toks[e].word {
				break
			}
			if e+1 < j && toks[e+1].word && !toks[e+1].upper && !lx.isTitleWord(toks[e+1].lower) {
				if m := u.npBefore(e); m.ok() && m.s == s {
					return m
				}
			}
		}
	}
	return mention{}
}
