package verbatim

import "strings"

// Where reported content starts and ends: the frame's own adjuncts and
// addressee before it, the comments and clauses after it, and the cuts
// made when another frame starts inside it.

// frameStart is where the content of a trailing frame may begin: after
// the previous frame of the unit, or at its start.
func (u *sentence) frameStart(frames []frame) int {
	if len(frames) == 0 {
		return 0
	}
	last := frames[len(frames)-1]
	end := 0
	for _, c := range last.content {
		end = max(end, c.End)
	}
	end = max(end, last.np.end, last.cue.End)
	for i, t := range u.toks {
		if int(t.start()) >= end {
			return i
		}
	}
	return len(u.toks)
}

// leadIn moves the start s of reported content that runs from the
// start of its sentence to a trailing frame past words that join the
// sentence to the text rather than report: a conjunction ("But"), a
// dateline ("WASHINGTON ―") or a short phrase set off by a comma
// ("Details aside,", "As for complexity,").
func (u *sentence) leadIn(s, e int) int {
	toks := u.toks
	if s >= e {
		return s
	}
	switch t := toks[s]; {
	case t.lower == "but" || t.lower == "and" || t.lower == "so" || t.lower == "yet" || t.lower == "still":
		return s + 1
	case isAcronymWord(t.str(u.text)) || t.upper() && strings.ToUpper(t.str(u.text)) == t.str(u.text) && len(t.str(u.text)) > 2:
		k := s
		for k < e && toks[k].word() && strings.ToUpper(toks[k].str(u.text)) == toks[k].str(u.text) {
			k++
		}
		if k < e && isDash(toks[k].str(u.text)) {
			return k + 1 // a dateline
		}
	}
	for k := s + 1; k < e && k <= s+4; k++ {
		if !toks[k].word() {
			if toks[k].str(u.text) == "," && k+3 < e && !u.isQuote(k-1) {
				return k + 1
			}
			break
		}
	}
	return s
}

// isAcronymWord reports a word in capitals, as datelines are written.
func isAcronymWord(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// isClauseEnd reports whether nothing but closing punctuation, or a
// participle phrase (", referring to…"), follows toks[k:].
func (u *sentence) isClauseEnd(k int) bool {
	toks := u.toks
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.word() || u.isQuote(k) || t.str(u.text) == ":" {
			return false
		}
		if t.str(u.text) == "," && k+1 < len(toks) && strings.HasSuffix(toks[k+1].lower, "ing") {
			return true
		}
	}
	return true
}

// skipApposition moves past ", a spokesman for X," right after a name;
// with toEnd (a name after its cue) the apposition may end the sentence.
// A short quoted phrase inside it is a description, not a quotation
// (`said George Miller, one of the “big four” negotiators.`).
func (u *sentence) skipApposition(k int, toEnd bool) int {
	lx := u.lx
	toks := u.toks
	if k+1 >= len(toks) || toks[k].str(u.text) != "," {
		return k
	}
	first := toks[k+1].lower
	oneOf := (first == "one" || first == "another") && k+2 < len(toks) && toks[k+2].lower == "of"
	if !determiners[first] && first != "who" && first != "which" && !oneOf || first == "that" {
		return k
	}
	for j := k + 1; j < len(toks) && j < k+25; j++ {
		if toks[j].str(u.text) == "," || toEnd && j >= trimBackPunct(toks, len(toks)) {
			return j // (with toEnd, an apposition may end the sentence: `said X, a lawyer.`)
		}
		if (first == "who" || first == "which") && j <= k+4 && toks[j].word() && !toks[j].upper() && lx.cueLemma[toks[j].lower] != "" {
			return k // a relative clause that reports: "said Mr. Kamin, who emphasized that …"
		}
		if u.isQuote(j) && j > k+2 && wordCount(toks[j].str(u.text)) <= 4 {
			continue
		}
		if !toks[j].word() && toks[j].str(u.text) != "-" && toks[j].str(u.text) != "'" {
			return k
		}
	}
	return k
}

// skipAdjuncts moves past medium and time phrases after a cue ("in a
// statement", "on X", "on Saturday", "last week"), recording the medium.
func (f *frame) skipAdjuncts(u *sentence, k int) int {
	toks := u.toks
	for n := 0; n < 4 && k < len(toks); n++ {
		t := toks[k]
		if !t.word() {
			return k
		}
		if timeWords[t.lower] {
			k++
			continue
		}
		if t.lower == "of" && k+1 < len(toks) && toks[k+1].upper() {
			j := k + 1
			for j < len(toks) && toks[j].upper() {
				j++
			}
			k = j // "says of Clinton"
			continue
		}
		if !prepositions[t.lower] {
			return k
		}
		// a phrase of up to five words ending with a medium or time word
		found := -1
		for j := k + 1; j < len(toks) && j < k+6; j++ {
			w := toks[j]
			if !w.word() {
				break
			}
			if mediumNouns[w.lower] || timeWords[w.lower] {
				found = j
				// "during a Friday evening rally"
				for found+1 < len(toks) && found+1 < k+7 && (mediumNouns[toks[found+1].lower] || timeWords[toks[found+1].lower]) {
					found++
				}
				if found+2 < len(toks) && (toks[found+1].lower == "with" || toks[found+1].lower == "on") && toks[found+2].upper() {
					found += 2 // "in an interview with CNN"
				} else if found+2 < len(toks) && (toks[found+1].lower == "in" || toks[found+1].lower == "at") && toks[found+2].upper() && mediumNouns[toks[found].lower] {
					p := found + 2 // "at a rally in Michigan that"
					for p+1 < len(toks) && toks[p+1].upper() {
						p++
					}
					if p+1 < len(toks) && toks[p+1].lower == "that" {
						found = p
					}
				}
				break
			}
			if t.lower == "on" && w.upper() && j == k+1 {
				found = j // "on X", "on Twitter"
				for found+1 < len(toks) && toks[found+1].upper() {
					found++
				}
				if found+1 < len(toks) && u.isQuote(found+1) && strings.HasSuffix(toks[found].lower, "'s") {
					found++ // a programme's title: on CNN's "State of the Union"
				}
				break
			}
			if w.lower == "that" || w.lower == "to" {
				break
			}
		}
		if found < 0 {
			return k
		}
		if !timeWords[toks[found].lower] && f.medium == nil {
			sp := tokSpan(u.text, toks, k, found+1)
			f.medium = &sp
		}
		k = found + 1
		// a past participle that places the medium, then when or where:
		// "in a statement released on Tuesday", "in a video posted online"
		if mediumNouns[toks[found].lower] && k+1 < len(toks) && toks[k].word() && !toks[k].upper() && strings.HasSuffix(toks[k].lower, "ed") &&
			(timeWords[toks[k+1].lower] || prepositions[toks[k+1].lower] || toks[k+1].lower == "online") {
			k++
			if toks[k].lower == "online" {
				k++
			}
		}
	}
	return k
}

// unitEnd is where content running to the end of the unit ends: before
// the sentence's closing punctuation.
func (u *sentence) unitEnd() int { return trimBackPunct(u.toks, len(u.toks)) }

// trimBackPunct moves e back over closing punctuation.
func trimBackPunct(toks []token, e int) int {
	for e > 0 && !toks[e-1].word() && toks[e-1].end() > toks[e-1].start() && toks[e-1].end()-toks[e-1].start() <= 3 {
		e--
	}
	return e
}

// setContent makes tokens [s, e) of the unit the frame's content.
func (f *frame) setContent(u *sentence, s, e int) {
	f.content, f.quotes, f.words = nil, nil, false
	f.addContent(u, s, e)
}

func (f *frame) addContent(u *sentence, s, e int) {
	for s < e && !u.toks[s].word() && !u.isQuote(s) {
		s++
	}
	for e > s && !u.toks[e-1].word() && !u.isQuote(e-1) {
		e--
	}
	if s >= e {
		return
	}
	c := Span{Start: int(u.toks[s].start()), End: int(u.toks[e-1].end())}
	if f.content == nil && f.quotes == nil {
		if qi, one := u.oneQuote(s, e); one {
			// the first content, of one quotation: its two slices in
			// one allocation (appends past them move them as before)
			b := u.ar.one(c, qi)
			f.content, f.quotes = b.c[:], b.q[:]
			f.words = f.words || u.hasWord(s, e)
			return
		}
	}
	for i := s; i < e; i++ {
		if u.isQuote(i) {
			f.quotes = append(f.quotes, int(u.qidx[i]))
		} else if u.toks[i].word() {
			f.words = true
		}
	}
	f.content = append(f.content, c)
}

// A contentOfOne holds a frame's first content span and its one
// quotation.
type contentOfOne struct {
	c [1]Span
	q [1]int
}

// oneQuote returns the quote span of the one quotation among tokens
// [s, e), and whether there is exactly one.
func (u *sentence) oneQuote(s, e int) (int, bool) {
	qi, n := -1, 0
	for i := s; i < e; i++ {
		if u.isQuote(i) {
			qi, n = int(u.qidx[i]), n+1
		}
	}
	return qi, n == 1
}

// hasWord reports a word among tokens [s, e) outside quotations.
func (u *sentence) hasWord(s, e int) bool {
	for i := s; i < e; i++ {
		if !u.isQuote(i) && u.toks[i].word() {
			return true
		}
	}
	return false
}

// baseCue reports a frame's cue whose verb is its base form ("they
// say", "will tell"), or a cue with no verb of saying.
func (u *sentence) baseCue(cue byteSpan) bool {
	if cue.End <= cue.Start {
		return true
	}
	w := strings.ToLower(lastWord(u.text[cue.Start:cue.End]))
	lemma := u.lx.cueLemma[w]
	return lemma == "" || lemma == w
}

// cutCoordinated handles a cue at toks[c] inside the reported content
// of the unit's last frame, in a clause of its own: "Republicans said
// the timing was not intentional, and Democrats accused the GOP of …".
// When the cue has a subject after a conjunction, the last frame's
// content is cut before that conjunction and cutCoordinated reports
// true: the cue starts a frame of its own.
func (u *sentence) cutCoordinated(frames []frame, c int) (cut, shared bool) {
	text := u.text
	last := &frames[len(frames)-1]
	if len(last.content) == 2 {
		// a relative pronoun before the subject is content of its own
		// ("what Trump says his plan would do and how experts say …"):
		// cut the clause after it
		if w := strings.ToLower(text[last.content[0].Start:last.content[0].End]); w == "which" || w == "what" {
			rel := last.content[0]
			last.content = last.content[1:]
			cut, shared = u.cutClause(frames, c)
			last.content = append([]Span{rel}, last.content...)
			return cut, shared
		}
	}
	return u.cutClause(frames, c)
}

// cutClause is cutCoordinated for a frame with one content fragment.
func (u *sentence) cutClause(frames []frame, c int) (cut, shared bool) {
	lx := u.lx
	last := &frames[len(frames)-1]
	if len(last.content) != 1 || !last.words || !insideContent(frames[len(frames)-1:], int(u.toks[c].start())) {
		return false, false
	}
	toks := u.toks
	j := c - 1
	if cs := controlStart(toks, c); cs >= 1 {
		j = cs - 1 // "agreed with McLenny and seemed to think …"
	}
	for j >= 0 && toks[j].word() && adverbs[toks[j].lower] {
		j--
	}
	var at int
	switch {
	case j >= 1 && (toks[j].lower == "and" || toks[j].lower == "but") && !strings.HasSuffix(toks[c].lower, "ing"):
		// the same subject, a second verb: "X defended the plan and
		// said it would work"; but a base form after a frame's
		// inflected verb goes on with the content ("Kasich says he'd
		// sit Putin down and tell him …")
		if v := controlStart(toks, c); (v < 1 && lx.cueLemma[toks[c].lower] == toks[c].lower) && !u.baseCue(last.cue) {
			return false, false
		}
		at, shared = j, true
	case j >= 1 && (toks[j].str(u.text) == "," || subordinateWords[toks[j].lower]) && strings.HasSuffix(toks[c].lower, "ing"):
		// a participle: "X defended the remark, saying …", "sings to
		// Clinton before asking her, …"
		at = j
	case strings.HasSuffix(toks[c].lower, "ing") && j >= 1 && toks[j].upper() && u.hasQuoteAhead(c):
		// a name and a participle: "concludes with footage of Trump
		// saying, '…'"
		np := u.npBefore(j)
		if !np.ok() || np.kind != npName || np.s < 1 {
			return false, false
		}
		at = np.s
	default:
		np := u.npBefore(j)
		if !np.ok() || np.s < 2 {
			return false, false
		}
		// a quotation with its own frame: `scolded him: “…,” she said`
		if q := np.s - 1; (u.isQuote(q) || toks[q].str(u.text) == "," && u.isQuote(q-1)) && (lx.cueLemma[toks[c].lower] != toks[c].lower || np.kind == npPronoun) {
			if !u.isQuote(q) {
				q--
			}
			at = q
			break
		}
		conj := toks[np.s-1]
		if (conj.lower == "how" || conj.lower == "what" || conj.lower == "why" || conj.lower == "whether") && np.s >= 3 &&
			(toks[np.s-2].lower == "and" || toks[np.s-2].lower == "or") {
			// "what Trump says his plan would do and how experts say …"
			at = np.s - 2
			break
		}
		// without a comma, "and" joins clauses when the content before it
		// has a verb of its own, or when a quantity is the new subject:
		// "said they're convinced the department mishandled it and
		// Democrats accused …", "5 percent prefer Johnson and 1 percent
		// support Stein"
		bare := conj.lower == "and" && (u.isQuantity(np.s, np.e) ||
			toks[c].lower != lx.cueLemma[toks[c].lower] && hasFiniteVerb(toks, u.contentStart(last), np.s-1))
		// a frame that opens a quotation starts a sentence of its own:
		// "a woman asked for a photo and Clinton said, “…”", "…with his
		// statement, Trump replied, “…”"
		quoteNext := c+2 < len(toks) && (toks[c+1].str(u.text) == "," || toks[c+1].str(u.text) == ":") && u.isQuote(c+2) && np.kind != npNominal &&
			(conj.lower == "and" || conj.lower == "but" || conj.str(u.text) == ",")
		if !(conj.str(u.text) == ";" || bare || quoteNext || (conj.lower == "and" || conj.lower == "but" || conj.lower == "while" || conj.lower == "whereas") && (toks[np.s-2].str(u.text) == "," || u.isQuote(np.s-2)) ||
			(conj.str(u.text) == "," || isDash(conj.str(u.text))) && subordinators[toks[0].lower] && np.kind != npNominal) {
			return false, false
		}
		at = np.s - 1
	}
	end := at
	for end > 0 && !toks[end-1].word() && !u.isQuote(end-1) {
		end--
	}
	start := -1
	for i, t := range toks {
		if int(t.start()) == last.content[0].Start {
			start = i
			break
		}
	}
	if start < 0 || end <= start {
		return false, false
	}
	last.setContent(u, start, end)
	return len(last.content) == 1, shared
}

// endsWithComma reports a quotation whose words end with a comma
// inside the closing mark: “partial,”.
func endsWithComma(q string) bool {
	return strings.HasSuffix(strings.TrimRight(q, "\"'”’ "), ",")
}

// isParticiple reports a lower-case -ing word long enough to be a verb's
// participle ("meaning", "comparing"), not "thing" or "king".
func isParticiple(t token) bool {
	return t.word() && !t.upper() && strings.HasSuffix(t.lower, "ing") && len(t.lower) > 5 && t.lower != "including" && t.lower != "according"
}

// reportEnd is where reported content starting at token s ends: at the
// end of the unit, or before a contrasting clause (", while 73 percent
// said …") or a participle phrase (", comparing him to …") that comments
// on the report.
func (u *sentence) reportEnd(s int) int {
	lx := u.lx
	toks := u.toks
	// a quotation and then a clause about when or why it was said:
	// `saying, "That makes me smart," when Clinton blasted him`
	if u.isQuote(s) && s+2 < len(toks) && (toks[s+1].str(u.text) == "," && (subordinators[toks[s+2].lower] || isParticiple(toks[s+2])) ||
		endsWithComma(toks[s].str(u.text)) && (subordinators[toks[s+1].lower] || isParticiple(toks[s+1]))) {
		return s + 1 // (or a participle phrase: `"…," adding that …`)
	}
	// a quotation and then a time or place of its saying (`yelled “…”
	// at the speaker`, `chanting "…" after the vote`), or a comma and
	// a description of it (`read “…,” a website run by …`)
	if u.isQuote(s) && s+2 < len(toks) {
		n := toks[s+1]
		if (n.lower == "at" || n.lower == "during" || n.lower == "after" || n.lower == "before") || endsWithComma(toks[s].str(u.text)) && determiners[n.lower] {
			return s + 1
		}
	}
	// a quotation and then another verb of the subject: `chanted "What
	// curfew?" and kept going`
	if u.isQuote(s) && s+2 < len(toks) && clauseStarters[toks[s+1].lower] {
		if n := toks[s+2]; n.word() && !n.upper() && !determiners[n.lower] && lx.pronouns[n.lower] == 0 {
			return s + 1
		}
	}
	if s+1 < len(toks) && toks[s].lower == "so" && (toks[s+1].str(u.text) == "," || isDash(toks[s+1].str(u.text)) || toks[s+1].str(u.text) == "--") {
		return s + 1 // "Many have said so, including …": the pro-form is the report
	}
	cut := func(k int) int {
		e := k
		for e > s && !toks[e-1].word() && !u.isQuote(e-1) {
			e--
		}
		return e
	}
	for k := s + 1; k < s+3 && k+1 < len(toks); k++ {
		if u.isQuote(k) && endsWithComma(toks[k].str(u.text)) && (isParticiple(toks[k+1]) || contrastWords[toks[k+1].lower]) {
			return k + 1 // `called Cruz the “ultimate hypocrite,” linking to …`
		}
	}
	for k := s + 3; k+1 < len(toks); k++ {
		n := toks[k+1]
		if toks[k].lower == "and" && toks[s].lower != "that" && subjectPronouns[n.lower] && k+2 < len(toks) && toks[k+2].word() && !u.isQuote(k+2) && toks[k+2].lower != "and" {
			return cut(k) // "calling him a “nice guy” and he didn't …": the writer's next clause (a "that" clause goes on)
		}
		switch {
		case u.isQuote(k) && endsWithComma(toks[k].str(u.text)) && (isParticiple(n) || contrastWords[n.lower]):
			return k + 1 // `only “partial,” meaning it …`
		case (isDash(toks[k].str(u.text)) || toks[k].str(u.text) == "--" || toks[k].str(u.text) == "(") && k-s >= 6 && n.word() && !u.isQuote(k+1) && !u.hasQuoteFrom(k) &&
			(toks[k].str(u.text) == "(" || u.unitEnd()-k > 7):
			return cut(k) // "-- far lower than …", "(they want …"; a short tail stays: "– a 3 to 1 margin"
		case toks[k].str(u.text) == ";" && k-s >= 3 && n.word():
			return cut(k) // "…over the next decade; the Center for Federal Tax Policy puts …"
		case toks[k].str(u.text) != "," || u.isQuote(k+1):
			continue
		}
		if u.appositionTail(s, k) {
			return cut(k) // "he did not support Mr. Trump, the presumed Putin favorite"
		}
		if u.namedFrameAt(k + 1) {
			return cut(k) // "In a year when Trump is talking about deporting millions, Yepez said …": a new report
		}
		if s >= 2 && toks[s-2].lower == "who" && lx.cueLemma[toks[s-1].lower] != "" && nestedReport[lx.cueLemma[n.lower]] && !n.upper() &&
			!strings.HasSuffix(n.lower, "ing") && !u.isClauseEnd(k+2) {
			return cut(k) // "Barkley, who said he typically votes Democratic, said one …": the main clause's verb
		}
		if (contrastWords[n.lower] || n.lower == "which") && u.quotedTail(k) || isParticiple(n) && u.quotedTail(k+1) {
			continue // `…, but that he “did everything we could do.”`: the source's words go on
		}
		if contrastWords[n.lower] || isParticiple(n) || (n.lower == "which" || n.lower == "who" || n.lower == "whose") && k-s >= 4 ||
			n.lower == "known" && k+2 < len(toks) && toks[k+2].lower == "as" ||
			n.lower == "with" && k-s >= 6 {
			return cut(k)
		}
	}
	return u.unitEnd()
}

// appositionTail reports a comma at toks[k] that sets off a noun phrase
// describing the last words of the content starting at s, up to the end
// of the unit: ", the presumed Putin favorite", ", a key factor driving
// the world economy". The writer adds it; the source did not say it. A
// comma after an opening phrase ("that after the election, the party
// …") starts the report's own clause and is left alone.
func (u *sentence) appositionTail(s, k int) bool {
	lx := u.lx
	toks := u.toks
	if k-s < 4 || k+1 >= len(toks) || !(toks[k+1].lower == "the" || toks[k+1].lower == "a" || toks[k+1].lower == "an") || !toks[k-1].word() {
		return false
	}
	first := s
	if toks[first].lower == "that" {
		first++
	}
	if prepositions[toks[first].lower] || subordinators[toks[first].lower] || modifierOpeners[toks[first].lower] {
		return false
	}
	e := trimBackPunct(toks, len(toks))
	if e-k > 14 {
		return false
	}
	for q := k + 1; q < e; q++ {
		t := toks[q]
		if !t.word() && t.str(u.text) != "-" && t.str(u.text) != "'" || beForms[t.lower] || modals[t.lower] || lx.pronouns[t.lower] != 0 || lx.cueLemma[t.lower] != "" && !determiners[toks[q-1].lower] {
			return false
		}
	}
	return true
}

// thatAfterAdjunct moves the start s of reported content past a phrase
// that belongs to the frame, not the report, up to a following "that":
// "said on its website that …", "told Bill O'Reilly that …", "said in
// Colorado Springs that …". With an addressee verb any short phrase
// before "that" is the addressee.
func (u *sentence) thatAfterAdjunct(s int, tell bool) int {
	lx := u.lx
	toks := u.toks
	if s >= len(toks) || toks[s].lower == "that" || whWords[toks[s].lower] && toks[s].lower != "if" {
		return s
	}
	first := toks[s]
	if isDash(first.str(u.text)) || first.str(u.text) == "--" {
		// "said — on Twitter, as it happens — that …"
		for i := s + 1; i < len(toks) && i <= s+8; i++ {
			if isDash(toks[i].str(u.text)) || toks[i].str(u.text) == "--" {
				if i+1 < len(toks) && toks[i+1].lower == "that" {
					return i + 1
				}
				break
			}
			if u.isQuote(i) || toks[i].word() && lx.cueLemma[toks[i].lower] != "" {
				break
			}
		}
	}
	if p := s; first.str(u.text) == "," || s > 0 && toks[s-1].str(u.text) == "," {
		// a parenthesis set off by commas before "that": "said on
		// Twitter, as it happens, that …"
		if first.str(u.text) == "," {
			p++
		}
		for i := p; i < len(toks) && i <= p+5; i++ {
			if toks[i].str(u.text) == "," {
				if i > p && i+1 < len(toks) && toks[i+1].lower == "that" {
					return i + 1
				}
				break
			}
			if !toks[i].word() || lx.cueLemma[toks[i].lower] != "" {
				break
			}
		}
	}
	if s+1 < len(toks) && !first.upper() && strings.HasSuffix(first.lower, "ly") && (toks[s+1].lower == "that" || whWords[toks[s+1].lower]) {
		return s + 1 // "complain bitterly that", "would know exactly what"
	}
	if tell && s+2 < len(toks) && first.word() && !determiners[first.lower] && lx.pronouns[first.lower] == 0 && !u.isQuote(s) &&
		(toks[s+1].lower == "the" || toks[s+1].lower == "a" || toks[s+1].lower == "an") && strings.HasSuffix(first.lower, "s") && !first.upper() {
		return s + 1 // "told reporters the allegations are false": the addressee, then the report
	}
	title := u.isQuote(s) && s > 0 && strings.HasSuffix(toks[s-1].lower, "'s") // MSNBC's "Morning Joe"
	// (a name opens the report, unless it is the object of a particle:
	// "agrees with Viguerie that …")
	objectOf := first.upper() && s > 0 && (toks[s-1].lower == "with" || toks[s-1].lower == "to" || toks[s-1].lower == "from")
	if !(tell || prepositions[first.lower] || timeWords[first.lower] || title || objectOf) {
		return s
	}
	for i := s + 1; i < len(toks) && i < s+12; i++ {
		t := toks[i]
		if t.lower == "that" && !u.isQuote(i) {
			return i
		}
		if t.word() && (lx.cueLemma[t.lower] != "" || clauseStarters[t.lower]) || t.str(u.text) == ";" || t.str(u.text) == ":" {
			return s
		}
	}
	return s
}

// continuesClause reports whether the tokens from k on carry on the
// sentence a frame interrupted, rather than adding a phrase of its own
// (", adding that …", ", and then …", ", on Monday").
func (u *sentence) continuesClause(k int) bool {
	toks := u.toks
	if k >= len(toks) || !toks[k].word() || clauseStarters[toks[k].lower] || prepositions[toks[k].lower] ||
		strings.HasSuffix(toks[k].lower, "ing") || timeWords[toks[k].lower] {
		return false
	}
	words := 0
	for i := k; i < len(toks); i++ {
		if toks[i].word() || u.isQuote(i) {
			words++
		}
	}
	return words >= 3
}

// hasQuoteFrom reports a quotation among the unit's tokens from k on.
func (u *sentence) hasQuoteFrom(k int) bool {
	for ; k < len(u.toks); k++ {
		if u.isQuote(k) {
			return true
		}
	}
	return false
}

// quotedTail reports a quotation of two words or more after the comma
// at toks[k], up to the end of the unit, with no cue word before it:
// the report goes on in the source's words.
func (u *sentence) quotedTail(k int) bool {
	for i := k + 1; i < len(u.toks); i++ {
		t := u.toks[i]
		if u.isQuote(i) {
			return wordCount(t.str(u.text)) >= 2
		}
		if t.word() && !t.upper() && u.lx.cueLemma[t.lower] != "" {
			return false
		}
	}
	return false
}

// hasQuoteBetween reports a quotation among tokens [s, e).
func (u *sentence) hasQuoteBetween(s, e int) bool {
	for i := s; i < e; i++ {
		if u.isQuote(i) {
			return true
		}
	}
	return false
}

// phraseNamed moves the start s of reported content to a quotation
// that a noun for words names: "has used the phrase 'Islamic
// terrorism'", "the slogan 'Make America Great Again'".
func (u *sentence) phraseNamed(s int) int {
	toks := u.toks
	k := s
	if k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	if k+1 < len(toks) && wordNouns[toks[k].lower] && u.isQuote(k+1) && wordCount(toks[k+1].str(u.text)) >= 2 {
		return k + 1
	}
	return s
}

// adjunctStart reports a word that opens a phrase of time, place or
// manner after a frame ("several months after", "to the nominee", "as he
// entered"), rather than what was said ("looking at ...", "the words").
func adjunctStart(t token) bool {
	if !t.word() || t.upper() {
		return false
	}
	switch t.lower {
	case "to", "about", "of", "as", "while", "before", "after", "when", "several", "many", "some", "two", "three", "repeatedly", "again":
		return true
	}
	return prepositions[t.lower] || timeWords[t.lower] || hasDigit(t.lower)
}

// insideContent reports whether byte pos lies in the content of a frame.
func insideContent(frames []frame, pos int) bool {
	for _, f := range frames {
		for _, c := range f.content {
			if c.Start <= pos && pos < c.End {
				return true
			}
		}
	}
	return false
}

// contentStart is the token where frame f's first content fragment
// starts, or len(u.toks).
func (u *sentence) contentStart(f *frame) int {
	for i, t := range u.toks {
		if len(f.content) > 0 && int(t.start()) == f.content[0].Start {
			return i
		}
	}
	return len(u.toks)
}

// hasFiniteVerb reports a word among toks[s:e] that is most likely a
// finite verb: a form of "be", a modal, a contraction ("they're") or a
// past tense in -ed after a word that is no determiner.
func hasFiniteVerb(toks []token, s, e int) bool {
	for i := s + 1; i < e && i < len(toks); i++ {
		t := toks[i]
		if !t.word() {
			continue
		}
		if beForms[t.lower] || modals[t.lower] || strings.Contains(t.lower, "'re") || strings.Contains(t.lower, "'ve") ||
			strings.HasSuffix(t.lower, "ed") && !t.upper() && !determiners[toks[i-1].lower] && toks[i-1].word() && !beForms[toks[i-1].lower] {
			return true
		}
	}
	return false
}

// namedFrameAt reports a name at toks[k] followed by a verb of saying
// that reports a clause after it: the main frame of a sentence whose
// opening clause held another cue ("…, Yepez said Perez was right").
func (u *sentence) namedFrameAt(k int) bool {
	toks := u.toks
	if k >= len(toks) || !toks[k].word() {
		return false
	}
	if t := toks[k].lower; (t == "a" || t == "an" || t == "one") && k+2 < len(toks) {
		// "…, a man yelled “Stay there!”": someone else's words
		e := k + 1
		for e < len(toks) && e < k+4 && toks[e].word() && !toks[e].upper() && u.lx.cueLemma[toks[e].lower] == "" {
			e++
		}
		return e > k+1 && e+1 < len(toks) && u.lx.headNoun(toks[e-1].lower) && u.lx.cueLemma[toks[e].lower] != "" &&
			!strings.HasSuffix(toks[e].lower, "ing") && u.isQuote(e+1)
	}
	if !toks[k].upper() {
		return false
	}
	e := k
	for e < len(toks) && e < k+4 && toks[e].word() && toks[e].upper() {
		e++
	}
	if e >= len(toks)-1 || !nestedReport[u.lx.cueLemma[toks[e].lower]] || u.isClauseEnd(e+1) {
		return false
	}
	m := u.analyze(k, e)
	return m.kind == npName && !m.org
}
