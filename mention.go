package verbatim

import (
	"strings"
	"unicode"
)

// npKind tells how a mention names its entity.
type npKind uint8

const (
	npName    npKind = iota + 1 // Claudia Sheinbaum, the Crisis Group
	npPronoun                   // she, they
	npNominal                   // the spokesman, officials, a report
)

// A mention is a noun phrase that can be the source of a quote.
type mention struct {
	s, e       int    // token range [s, e)
	start, end int    // bytes
	name       string // the proper name ("Claudia Sheinbaum"); the phrase for nominals
	title      string // titles and roles written with it ("Mexican President")
	kind       npKind // (beside the other bytes: 72 bytes a mention, not 80)
	org        bool   // the name or head is an organisation
	pron       byte   // pronoun class, for pronouns
	group      bool   // a plural or collective source (officials, they)
}

func (m mention) ok() bool { return m.kind != 0 }

// isTitleWord reports a single-word title or role.
func (lx *lexicon) isTitleWord(w string) bool { return lx.titles[w] }

// headNoun reports a lower-case word that can head a source phrase.
func (lx *lexicon) headNoun(w string) bool {
	if lx.titles[w] {
		return true
	}
	if _, ok := lx.nouns[w]; ok {
		return true
	}
	// plurals of titles: "aides", "spokesmen"
	if m, ok := strings.CutSuffix(w, "men"); ok {
		return lx.titles[m+"man"]
	}
	if m, ok := strings.CutSuffix(w, "s"); ok && len(m) > 2 {
		return lx.titles[m]
	}
	return false
}

// npLoose is the noun phrase at toks[i] for "according to": npAfter's,
// or else every word up to the next punctuation or clause word ("exit
// polls", "a complaint filed by the S.E.C."), at most 25 tokens.
func (u *sentence) npLoose(i int) mention {
	toks := u.toks
	if m := u.npAfter(i); m.ok() {
		return m
	}
	e := i
	for e < len(toks) && e < i+25 {
		t := toks[e]
		if !t.word() && t.str(u.text) != "-" && t.str(u.text) != "'" && t.str(u.text) != "&" || clauseStarters[t.lower] || t.lower == "which" {
			break
		}
		e++
	}
	if e == i || onlyFunctionWords(toks[i:e]) {
		return mention{}
	}
	return u.analyze(i, e)
}

// npBefore finds the noun phrase that ends with toks[j] (its last token),
// or, failing that, a phrase that counts its sources ("61 percent of
// voters", "Most of them", "one in four").
func (u *sentence) npBefore(j int) mention {
	if m := u.phraseBefore(j); m.ok() {
		if t := u.toks; m.s >= 3 && t[m.s-1].lower == "by" && strings.HasSuffix(t[m.s-2].lower, "ed") && !t[m.s-2].upper() && t[m.s-3].word() {
			// "A letter from the American Legion obtained by The
			// Associated Press warns": the letter, not who obtained it
			if head := u.phraseBefore(m.s - 3); head.ok() && head.kind == npNominal && u.lx.nouns[t[head.e-1].lower] == UnknownSpeaker {
				head.e, head.end = m.e, m.end
				head.name = u.text[head.start:head.end]
				return head
			}
		}
		if m.e-m.s > 1 && subjectPronouns[u.toks[m.s].lower] && u.toks[m.s+1].lower != "and" {
			// "He always whispered": the pronoun; "She gives credit": a
			// pronoun and its verb, no phrase
			for k := m.s + 1; k < m.e; k++ {
				if w := u.toks[k].lower; !adverbs[w] && !strings.HasSuffix(w, "ly") {
					return mention{}
				}
			}
			return u.analyze(m.s, m.s+1)
		}
		return m
	}
	return u.quantityBefore(j)
}

// phraseBefore finds the noun phrase that ends with toks[j] (its last token),
// as the subject of a cue that follows it. It looks through an
// apposition or relative clause set off by commas ("Sir Vince Cable, who
// replaced Tim Farron in July, said").
func (u *sentence) phraseBefore(j int) mention {
	toks := u.toks
	if j < 0 || j >= len(toks) {
		return mention{}
	}
	if toks[j].str(u.text) == "," || isDash(toks[j].str(u.text)) || toks[j].str(u.text) == "--" {
		return u.appositionBefore(j)
	}
	if toks[j].str(u.text) == ")" {
		return u.parenthesisBefore(j)
	}
	if !toks[j].word() || strings.HasSuffix(toks[j].lower, "n't") || strings.HasSuffix(toks[j].lower, "n’t") {
		return mention{} // "Don't": a verb, never a source
	}
	if (toks[j].lower == "who" || toks[j].lower == "which") && j > 0 {
		return u.antecedentOf(j)
	}
	if _, ok := u.lx.pronouns[toks[j].lower]; ok {
		return u.pronounAt(j)
	}
	if m := u.contractedPronoun(j); m.ok() {
		return m // "he’s predicting"
	}
	var i int
	switch {
	case toks[j].upper() || nameSuffixes[toks[j].lower]:
		i = u.nameStart(j)
	case u.lx.headNoun(toks[j].lower):
		i = u.headNounStart(j)
	case !toks[j].upper() && (u.lx.cueLemma[toks[j].lower] == "" || j > 0 && determiners[toks[j-1].lower]) && !clauseStarters[toks[j].lower] && !determiners[toks[j].lower]:
		// (a cue word after a determiner is a noun: "the note says")
		var m mention
		var done bool
		if i, m, done = u.nounStart(j); done {
			return m
		}
	default:
		return mention{}
	}
	return u.phraseFrom(i, j)
}

// parenthesisBefore is the name before a parenthesis that ends at
// toks[j], the parenthesis included: "Sen. Chris Murphy (D-Conn.)".
func (u *sentence) parenthesisBefore(j int) mention {
	toks := u.toks
	k := j - 1
	for k > 0 && k > j-8 && toks[k].str(u.text) != "(" {
		k--
	}
	if k > 0 && toks[k].str(u.text) == "(" {
		m := u.npBefore(k - 1)
		if m.ok() && m.kind == npName {
			m.e, m.end = j+1, int(toks[j].end())
		}
		return m
	}
	return mention{}
}

// antecedentOf reads a relative pronoun at toks[j], which stands for the
// phrase before it: "Mr. McConnell, who said …" is Mr. McConnell's
// report.
func (u *sentence) antecedentOf(j int) mention {
	toks := u.toks
	k := j - 1
	if toks[k].str(u.text) == "," && k > 0 {
		k--
	}
	if k >= 0 && toks[k].word() {
		ante := u.npBefore(k)
		if !ante.ok() {
			// an object: "turned to the department, which said"
			for d := k; d >= 0 && d > k-5 && toks[d].word(); d-- {
				if determiners[toks[d].lower] && d < k {
					ante = u.analyze(d, k+1)
					break
				}
			}
		}
		if ante.ok() && ante.kind != npPronoun {
			ante.s, ante.e, ante.start, ante.end = j, j+1, int(toks[j].start()), int(toks[j].end())
			return ante
		}
	}
	return mention{}
}

// pronounAt reads a pronoun at toks[j] as a subject.
func (u *sentence) pronounAt(j int) mention {
	toks := u.toks
	c := u.lx.pronouns[toks[j].lower]
	if c == 'a' || toks[j].lower == "him" || toks[j].lower == "her" || toks[j].lower == "them" ||
		toks[j].lower == "me" || toks[j].lower == "us" {
		return mention{}
	}
	// an object form after a word is no subject ("told it"); the
	// subject forms he, she, they, we, I are subjects wherever they
	// stand ("in an interview with RT he blasted …")
	if j > 0 && toks[j-1].word() && !clauseStarters[toks[j-1].lower] && toks[j-1].lower != "which" && toks[j-1].lower != "whom" && !subjectPronouns[toks[j].lower] {
		return mention{}
	}
	return u.analyze(j, j+1)
}

// nameStart is where a name ending at toks[j] starts, with its titles:
// "Secretary of State John Kerry", "Bank of America", "Clinton campaign
// spokesman", "former White House press secretary".
func (u *sentence) nameStart(j int) int {
	lx, toks := u.lx, u.toks
	i := j
	for i > 0 {
		p := toks[i-1]
		if p.word() && (p.upper() || lx.isTitleWord(p.lower)) {
			i--
			continue
		}
		// "Secretary of State John Kerry", "Bank of America"
		if nameParticles[p.lower] && i-2 >= 0 && toks[i-2].upper() && toks[i].upper() {
			i--
			continue
		}
		// lower-case words before a title: "Clinton campaign
		// spokesman", "former White House press secretary"
		if lx.hasTitle(toks[i:j+1]) && p.word() && !isFunctionWord(p.lower) && !determiners[p.lower] &&
			lx.cueLemma[p.lower] == "" && !strings.HasSuffix(p.lower, "ly") && i-1 > j-7 {
			i--
			continue
		}
		break
	}
	return i
}

// headNounStart is where a phrase headed by a source noun at toks[j]
// starts: up to three modifiers before the head ("the tax
// commissioner"), and capitalised words ("White House spokesman").
func (u *sentence) headNounStart(j int) int {
	lx, toks := u.lx, u.toks
	k := j
	for n := 0; n < 4 && k > 0; n++ {
		p := toks[k-1]
		// coordinated modifiers: "federal and state officials"
		coord := (p.lower == "and" || p.lower == "or") && n > 0 && k >= 2 && toks[k-2].word() &&
			!clauseStarters[toks[k-2].lower] && !determiners[toks[k-2].lower] && lx.cueLemma[toks[k-2].lower] == ""
		// a cue's base form may be a modifier: "state officials"
		cue := lx.cueLemma[p.lower] != "" && lx.cueLemma[p.lower] != p.lower
		if !p.word() || clauseStarters[p.lower] && !coord || cue || p.lower == "to" || p.lower == "which" {
			break
		}
		k--
		if determiners[p.lower] || p.upper() && (k == 0 || !toks[k-1].word() || determiners[toks[k-1].lower] || clauseStarters[toks[k-1].lower]) {
			break
		}
	}
	i := k
	// extend over capitalised words ("White House spokesman")
	for i > 0 && toks[i-1].word() && toks[i-1].upper() && !determiners[toks[i].lower] {
		i--
	}
	return i
}

// nounStart is where a phrase ending in any noun at toks[j] starts:
// after a determiner ("the announcer", "the ad's narrator") or a
// possessive name ("Ivana Trump's brief"). A bare plural opening its
// clause ("But environmentalists worry") is read whole: done reports
// that m is the phrase, or none.
func (u *sentence) nounStart(j int) (i int, m mention, done bool) {
	lx, toks := u.lx, u.toks
	// any noun right after a determiner: "the announcer", "the ad's narrator"
	k := j - 1
	for k >= 0 && k > j-4 && toks[k].word() && !determiners[toks[k].lower] && !clauseStarters[toks[k].lower] && lx.cueLemma[toks[k].lower] == "" &&
		!prepositions[toks[k].lower] && !beForms[toks[k].lower] && !adverbs[toks[k].lower] && toks[k].lower != "to" && toks[k].lower != "of" && !relativeWords[toks[k].lower] {
		k--
	}
	if (k < 0 || clauseStarters[toks[k].lower] || toks[k].str(u.text) == ",") && strings.HasSuffix(toks[j].lower, "s") && !strings.HasSuffix(toks[j].lower, "ss") &&
		(k < 0 || k+1 < j || !toks[k+1].upper()) {
		// a bare plural opening its clause: "But environmentalists
		// worry", "independent analyses agree"
		i = k + 1
		if onlyFunctionWords(toks[i:j+1]) || j-i > 2 {
			return 0, mention{}, true
		}
		for q := i; q <= j; q++ {
			if toks[q].upper() && q > 0 || strings.HasSuffix(toks[q].lower, "ed") {
				return 0, mention{}, true // "Mrs. Clinton enjoyed tremendous": no plural noun phrase
			}
		}
		return 0, u.analyze(i, j+1), true
	}
	if k < 0 || !determiners[toks[k].lower] || toks[k].lower == "that" && !(k == 0 && toks[k].upper() && lx.headNoun(toks[j].lower)) {
		// a possessive name as the determiner: "Ivana Trump's brief"
		p := -1
		for q := k + 1; q < j; q++ {
			if toks[q].upper() && (strings.HasSuffix(toks[q].str(u.text), "'s") || strings.HasSuffix(toks[q].str(u.text), "’s")) {
				p = q
				break
			}
		}
		if p < 0 || !lx.headNoun(toks[j].lower) && j-p > 1 {
			return 0, mention{}, true
		}
		// the owner with its titles: "Libertarian presidential
		// candidate Gary Johnson's doctor"
		if owner := u.npBefore(p); owner.ok() && owner.kind == npName && owner.s < p {
			return 0, u.analyze(owner.s, j+1), true
		}
		for p > 0 && toks[p-1].word() && toks[p-1].upper() {
			p--
		}
		k = p - 1
	}
	i = k + 1
	return i, mention{}, false
}

// phraseFrom reads the phrase toks[i:j+1] found by phraseBefore: with
// its determiner, as the object of a prepositional phrase after a head
// ("a spokesman for the Crisis Group"), without leading function words,
// and as one of two descriptions of one person.
func (u *sentence) phraseFrom(i, j int) mention {
	lx, text, toks := u.lx, u.text, u.toks
	// ("that" before a plural is no determiner: "a trend that analysts say")
	if i > 0 && determiners[toks[i-1].lower] && !determiners[toks[i].lower] && !(toks[i-1].lower == "that" && (toks[i].upper() || plural(toks[j].lower))) {
		i--
	}
	// a prepositional phrase after a head: "a spokesman for the Crisis
	// Group", "Mr. Morgan of the Sierra Club", "experts on North Korea"
	if i >= 2 && ppHeads[toks[i-1].lower] && toks[i-2].word() && toks[i-2].lower != toks[i-1].lower {
		head := u.npBefore(i - 2)
		switch {
		case head.ok() && head.kind == npNominal:
			head.e, head.end = j+1, int(toks[j].end())
			head.name = text[head.start:head.end]
			return head
		case head.ok() && head.kind == npName && !head.org && toks[i-1].lower != "from" && toks[i-1].lower != "in":
			head.e, head.end = j+1, int(toks[j].end())
			return head
		}
	}
	// leading words that start a clause are not part of a name ("When
	// Clinton"); a determiner opens the phrase ("His lawyer")
	for i < j && isFunctionWord(toks[i].lower) && !determiners[toks[i].lower] && toks[i].upper() {
		i++
	}
	// a description must start its clause; a name may follow a modifier
	// ("Trump campaign spokesman Jason Miller")
	// (or follow "which" with a verb of saying after it whose clause has
	// no subject: "which the group says will continue")
	if i > 0 && toks[i-1].word() && !clauseStarters[toks[i-1].lower] && !(toks[j].upper() && lx.isTitleWord(toks[i].lower)) &&
		!(toks[i-1].lower == "which" && u.gapAfter(j)) && !u.reducedRelative(i, j) {
		if !toks[i].upper() || !toks[j].upper() || lx.cueLemma[toks[i-1].lower] != "" || determiners[toks[i-1].lower] {
			return mention{}
		}
	}
	if onlyFunctionWords(toks[i : j+1]) {
		return mention{} // "At", "Perhaps", "The": a sentence's first word
	}
	m := u.analyze(i, j+1)
	// two descriptions of one person: "the former secretary of state and
	// current Democratic presidential nominee", "the former first lady and
	// U.S. senator"
	if m.kind == npNominal && i >= 2 && toks[i-1].lower == "and" && (lx.headNoun(toks[i-2].lower) || femaleWords[toks[i-2].lower] || maleWords[toks[i-2].lower]) && !strings.HasSuffix(toks[i-2].lower, "s") {
		if left := u.npBefore(i - 2); left.ok() && left.kind == npNominal && !left.group {
			left.e, left.end = m.e, m.end
			left.name = text[left.start:left.end]
			return left
		}
	}
	return m
}

// hasTitle reports a title word among toks ("retired Air Force general").
func (lx *lexicon) hasTitle(toks []token) bool {
	for _, t := range toks {
		if !t.upper() && lx.isTitleWord(t.lower) || t.upper() && lx.isTitleWord(t.lower) && len(t.lower) > 3 {
			return true
		}
	}
	return false
}

// hasDigit reports a digit in s.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// isFunctionWord reports a word that starts a clause or relates nouns:
// never a name's first word. (Determiners may open an organisation's
// name, "The New York Times", and are checked apart.)
func isFunctionWord(w string) bool { return functionWords[w] }

// onlyFunctionWords reports a phrase with nothing that could name a
// source ("At", "Perhaps", "The").
func onlyFunctionWords(toks []token) bool {
	for _, t := range toks {
		if !isFunctionWord(t.lower) && !determiners[t.lower] && !adverbs[t.lower] && !(strings.HasSuffix(t.lower, "ly") && !t.upper()) {
			return false
		}
	}
	return true
}

// appositionBefore handles "NAME, APPOSITION," before a cue: toks[j] is
// the comma that closes the apposition.
func (u *sentence) appositionBefore(j int) mention {
	lx, text, toks := u.lx, u.text, u.toks
	closer := toks[j].str(text)
	for j > 0 && isDash(closer) && isDash(toks[j-1].str(text)) {
		j-- // "--" written as two hyphens
	}
	for k := j - 1; k > 0 && k > j-40; k-- {
		t := toks[k]
		if !t.word() && t.str(text) != "," && t.str(text) != "-" && t.str(text) != "'" && t.str(text) != "\u2019" && t.str(text) != "(" && t.str(text) != ")" && t.str(text) != "/" && t.str(text) != "&" && !isDash(t.str(text)) && t.str(text) != "--" {
			return mention{} // a quote mark, a full stop: no apposition
		}
		opener := t.str(text) == "," || (isDash(t.str(text)) || t.str(text) == "--") && isDash(closer) || t.str(text) == "--" && closer == "--"
		if !opener {
			continue
		}
		app := toks[k+1 : j]
		if closer == "," && u.placeComma(k, app) {
			continue // "a salesman from Sumter, South Carolina,": the comma of a place's name
		}
		if len(app) > 0 && (app[0].lower == "which" || app[0].lower == "whose") {
			// "The tracking poll, which tracks support daily, showed": the
			// phrase before the relative clause when it opens the clause;
			// else a relative clause inside the apposition: look further back
			if m := u.npBefore(k - 1); m.ok() && m.kind != npPronoun && (m.s == 0 || toks[m.s-1].word() && clauseStarters[toks[m.s-1].lower]) {
				return m
			}
			continue
		}
		for k > 0 && isDash(t.str(text)) && isDash(toks[k-1].str(text)) {
			k--
		}
		m := u.npBefore(k - 1)
		if !m.ok() || m.kind == npPronoun {
			return mention{}
		}
		if n, ok := u.nameBesideDescription(m, app, k, j, closer); ok {
			return n
		}
		// an adjunct, a participle phrase or an age between name and
		// verb: "Clinton, at a later press gaggle, said", "Obama,
		// dedicating the museum, said", "Ms. Rawlings, 59, said"
		if m.kind == npName && len(app) > 0 && (prepositions[app[0].lower] || app[0].lower == "of" || hasDigit(app[0].str(text)) && (len(app) == 1 || app[1].str(text) == ",") ||
			strings.HasSuffix(app[0].lower, "ing") && !app[0].upper()) {
			return m
		}
		// a phrase of inclusion or company: "Six Gannett newspapers in New
		// Jersey, including the Asbury Park Press, said", "Fields, along
		// with reporter Ben Terris, say"
		if len(app) > 1 && closer == "," && (app[0].lower == "including" || app[0].lower == "along" || app[0].lower == "together" || app[0].lower == "alongside") {
			return m
		}
		// a participle phrase after a description: "The transcript of the
		// debate – published by The Washington Post – shows"
		if m.kind == npNominal && len(app) > 1 && strings.HasSuffix(app[0].lower, "ed") && !app[0].upper() && app[1].lower == "by" {
			return m
		}
		if len(app) > 0 && (determiners[app[0].lower] || app[0].lower == "who" || lx.headNoun(app[0].lower) || app[0].upper() ||
			m.kind == npName && len(app) > 1 && lx.headNoun(app[1].lower)) {
			for n, t := range app {
				if t.str(text) == "," || isDash(t.str(text)) || t.str(text) == "--" {
					app = app[:n] // the role, without the clause that describes its organisation
					break
				}
			}
			if len(app) > 0 && app[0].lower != "who" && len(app) <= 12 {
				desc := text[app[0].start():app[len(app)-1].end()]
				if m.title == "" {
					m.title = trimDeterminer(desc)
				} else {
					m.title += ", " + trimDeterminer(desc)
				}
			}
			return m
		}
		return mention{}
	}
	return mention{}
}

// npAfter finds the noun phrase that starts at toks[i], after a cue
// ("said Smith", "said the company's chief executive, John Doe").
func (u *sentence) npAfter(i int) mention {
	lx, text, toks := u.lx, u.text, u.toks
	if i >= len(toks) || !toks[i].word() {
		return mention{}
	}
	if c, ok := lx.pronouns[toks[i].lower]; ok && c != 'a' && toks[i].lower != "him" && toks[i].lower != "her" && toks[i].lower != "them" {
		return u.analyze(i, i+1)
	}
	j := i
	if determiners[toks[j].lower] {
		j++
	}
	for n := 0; j < len(toks); j++ {
		t := toks[j]
		if t.word() && (t.upper() || lx.isTitleWord(t.lower) || nameSuffixes[t.lower]) {
			continue
		}
		if nameParticles[t.lower] && j+1 < len(toks) && toks[j+1].upper() && j > i && toks[j-1].upper() {
			continue
		}
		if t.lower == "of" && j > i && toks[j-1].word() && !toks[j-1].upper() && j+2 < len(toks) && toks[j+1].word() && !toks[j+1].upper() && toks[j+2].upper() {
			j++ // "said master of ceremonies Asab Al-Tabchi", "secretary of state John Kerry"
			continue
		}
		if j > i && j+2 < len(toks) && strings.HasSuffix(t.lower, "ed") && !t.upper() && toks[j+1].lower == "by" && lx.nouns[toks[j-1].lower] == UnknownSpeaker {
			if k := u.authorAfterBy(j + 2); k > 0 {
				j = k - 1
				continue
			}
			break
		}
		if t.lower == "to" && j > i && !toks[j-1].upper() && determiners[toks[i].lower] {
			if m, ok := u.describedThroughTo(i, j); ok {
				return m
			}
			break
		}
		// lower-case modifiers before a head: "the former secretary"
		if t.word() && n < 3 && !lx.headNoun(t.lower) && lx.cueLemma[t.lower] == "" && !clauseStarters[t.lower] {
			k := j + 1
			for k < len(toks) && k < j+3 && toks[k].word() && !toks[k].upper() && !lx.headNoun(toks[k].lower) {
				k++
			}
			if k < len(toks) && (lx.headNoun(toks[k].lower) || toks[k].upper()) && determiners[toks[i].lower] {
				n++
				continue
			}
			// "said 9/11 widow Terry Strada", "said retired general Lloyd
			// Newton", "said election lawyer Joe Birkenstock"
			if k < len(toks) && (toks[k].upper() || lx.headNoun(toks[k].lower)) && !isFunctionWord(t.lower) && !determiners[t.lower] && !timeWords[t.lower] && lx.cueLemma[t.lower] == "" {
				n++
				continue
			}
		}
		if !t.word() && n < 3 && j > i && hasDigit(t.str(text)) && j+1 < len(toks) && toks[j+1].word() {
			n++ // "9/11"
			continue
		}
		if t.word() && lx.headNoun(t.lower) {
			continue
		}
		break
	}
	if j == i+1 && determiners[toks[i].lower] && j < len(toks) && strings.HasSuffix(toks[j].lower, "-year-old") {
		j++ // "said the 46-year-old"
	}
	if j == i+1 && (toks[i].lower == "another" || toks[i].lower == "one" || toks[i].lower == "others") && (j >= len(toks) || !toks[j].word()) {
		m := u.analyze(i, j) // `“…,” tweeted another.`
		m.kind, m.name = npNominal, toks[i].str(text)
		return m
	}
	if j == i || j == i+1 && determiners[toks[i].lower] {
		return mention{}
	}
	m := u.analyze(i, j)
	if _, role, ok := strings.Cut(m.title, " by "); ok && m.kind == npName {
		m.title = role // "a court document filed by state attorney Dave Aronberg": the title is the author's
	}
	return u.nameAfterCue(m, j)
}

// nameAfterCue completes a name read after a cue, ending at toks[j]: a
// party and state in brackets ("said Rep. George Miller (D-Calif.)")
// and an apposition as its title ("said John Doe, a lawyer for the
// family").
func (u *sentence) nameAfterCue(m mention, j int) mention {
	text, toks := u.text, u.toks
	if m.kind == npName && j < len(toks) && toks[j].str(text) == "(" {
		for k := j + 1; k < len(toks) && k < j+8 && toks[k].str(text) != "("; k++ {
			if toks[k].str(text) == ")" {
				j = k + 1
				m.e, m.end = j, int(toks[k].end())
				break
			}
		}
	}
	if j+1 < len(toks) && toks[j].str(text) == "," && determiners[toks[j+1].lower] && m.kind == npName {
		k := j + 1
		for k < len(toks) && toks[k].str(text) != "," && toks[k].str(text) != "." && k < j+12 {
			k++
		}
		desc := text[toks[j+1].start():toks[k-1].end()]
		if m.title == "" {
			m.title = trimDeterminer(desc)
		}
	}
	return m
}

// authorAfterBy returns the end of the words from toks[k] (after a
// document, a participle and "by") when a name ends them, or 0: "a court
// document filed by state attorney Dave Aronberg" reads through its
// author.
func (u *sentence) authorAfterBy(k int) int {
	toks := u.toks
	e := k
	for e < len(toks) && e < k+7 && toks[e].word() && !isFunctionWord(toks[e].lower) {
		e++
	}
	if e > k && toks[e-1].upper() {
		return e
	}
	return 0
}

// describedThroughTo reads a description whose complement after "to" at
// toks[j] names someone else, as one description: "a longtime adviser
// to both Clintons", "a person close to the Clintons".
func (u *sentence) describedThroughTo(i, j int) (mention, bool) {
	toks := u.toks
	k := j + 1
	for k < len(toks) && (determiners[toks[k].lower] || toks[k].lower == "both") {
		k++
	}
	e := k
	for e < len(toks) && toks[e].word() && toks[e].upper() {
		e++
	}
	if e == k {
		return mention{}, false
	}
	m := u.analyze(i, e)
	m.kind, m.name, m.title, m.org = npNominal, u.text[m.start:m.end], "", false
	return m, true
}

// analyze splits the tokens [s, e) of a noun phrase into determiner,
// titles and name.
func (u *sentence) analyze(s, e int) mention {
	lx, text, toks := u.lx, u.text, u.toks
	m := mention{s: s, e: e, start: int(toks[s].start()), end: int(toks[e-1].end())}
	if e-s == 1 {
		if c, ok := lx.pronouns[toks[s].lower]; ok {
			m.kind, m.pron, m.name = npPronoun, c, toks[s].str(text)
			m.group = c == 'p' || c == 's' && (toks[s].lower == "we" || toks[s].lower == "us")
			m.org = c == 'n'
			return m
		}
	}
	// the name: the trailing run of capitalised words that are not titles
	n := e
	for n > s {
		t := toks[n-1]
		if !(t.upper() || nameSuffixes[t.lower] || nameParticles[t.lower] && n-1 > s && n < e) ||
			lx.isTitleWord(t.lower) && !nameSuffixes[t.lower] && !(n-2 >= s && honorifics[toks[n-2].lower]) {
			break
		}
		if e-n >= 2 && (strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s")) && !lx.orgWords[toks[e-1].lower] {
			break // "Florida's Rick Wilson": the possessor is no part of the name
		}
		if w, ok := cutPossessive(t.lower); ok && e-n >= 1 && (isFunctionWord(w) || contractions[w+"'s"]) {
			break // "Here's Clinton in December": no name's part
		}
		n--
	}
	for n < e && nameParticles[toks[n].lower] && (!toks[n].upper() || toks[n].lower == "of" || toks[n].lower == "for" || toks[n].lower == "&") {
		n++ // (a capitalised particle opens a name: "Ben Wikler", "De Niro")
	}
	hasOrg := false
	from := s
	if n < e {
		from = n
	}
	for k := from; k < e; k++ {
		if lx.orgWords[strings.TrimSuffix(toks[k].lower, "'s")] && toks[k].upper() {
			hasOrg = true
		}
	}
	switch {
	case n < e && !(e-n == 1 && lx.headNoun(toks[n].lower) && !(n > s && honorifics[toks[n-1].lower])):
		m.kind = npName
		if hasOrg {
			// an organisation is named by the whole capitalised run
			k := s
			for k < e && !toks[k].upper() {
				k++
			}
			m.name = text[toks[k].start():toks[e-1].end()]
			m.org = true
			if k > s {
				m.title = ""
			}
			n = k
		} else {
			m.name = text[toks[n].start():toks[e-1].end()]
			m.org = isAcronym(m.name) || isDomain(m.name)
		}
		if n > s {
			m.title = trimDeterminer(text[toks[s].start():toks[n-1].end()])
		}
		if m.title != "" && m.org {
			m.title = ""
		}
	default:
		m.kind = npNominal
		m.name = text[m.start:m.end]
		head := toks[e-1].lower
		m.org = hasOrg || lx.nouns[head] == Organization
		m.group = strings.HasSuffix(head, "s") && !lx.titles[head]
	}
	return m
}

// trimDeterminer drops a leading article from a description.
func trimDeterminer(s string) string {
	for _, d := range []string{"the ", "a ", "an ", "The ", "A ", "An "} {
		if strings.HasPrefix(s, d) {
			return s[len(d):]
		}
	}
	return s
}

// isAcronym reports a name written in capitals (U.S., NATO, FBI): an
// organisation or a place, not a person.
func isAcronym(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// quantityBefore finds a phrase ending with toks[j] that counts people
// as a source, opening its clause: "61 percent of voters", "Nearly a
// third", "Most of them", "all but two", "three in five", "Several
// supporters of reform". Polls and surveys report what such groups say.
func (u *sentence) quantityBefore(j int) mention {
	text, toks := u.text, u.toks
	if j < 0 || j >= len(toks) || !toks[j].word() && toks[j].str(text) != "%" {
		return mention{}
	}
	for s := max(0, j-12); s <= j; s++ {
		if s > 0 && !clauseStarters[toks[s-1].lower] && toks[s-1].str(text) != "," && toks[s-1].str(text) != ":" && toks[s-1].str(text) != ";" &&
			toks[s-1].lower != "among" && !isDash(toks[s-1].str(text)) {
			continue
		}
		if !u.isQuantity(s, j+1) {
			continue
		}
		m := mention{s: s, e: j + 1, start: int(toks[s].start()), end: int(toks[j].end()), kind: npNominal}
		m.name = text[m.start:m.end]
		w := toks[s].lower
		m.group = !(w == "one" || w == "another" || w == "each" || w == "neither" || w == "either") || j > s+1 && toks[j].lower != "them"
		return m
	}
	return mention{}
}

// quantityWords count the members of a group; with numbers they open
// a quantity phrase.
var quantityWords = map[string]bool{
	"many": true, "most": true, "some": true, "few": true, "several": true, "all": true, "both": true,
	"half": true, "majority": true, "minority": true, "plurality": true, "third": true, "thirds": true,
	"quarter": true, "quarters": true, "fifth": true, "fifths": true, "none": true, "each": true,
	"another": true, "others": true, "one": true, "two-thirds": true, "three-quarters": true,
	"two-fifths": true, "three-fifths": true, "one-third": true, "one-quarter": true, "one-fifth": true,
	"dozens": true, "hundreds": true, "thousands": true, "millions": true,
}

// quantityQualifiers may come before a quantity: "nearly a third", "at
// least half", "just over a quarter".
var quantityQualifiers = map[string]bool{
	"nearly": true, "about": true, "almost": true, "only": true, "just": true, "roughly": true,
	"around": true, "over": true, "under": true, "fewer": true, "more": true, "less": true, "than": true,
	"at": true, "least": true, "a": true, "an": true, "the": true, "paltry": true, "mere": true,
	"full": true, "slim": true, "narrow": true, "slight": true, "clear": true, "overwhelming": true,
	"some": true, "approximately": true, "fully": true,
}

// isQuantity reports whether toks[s:e] is a quantity phrase.
func (u *sentence) isQuantity(s, e int) bool {
	lx, toks := u.lx, u.toks
	p := s
	for p < e && p < s+4 && quantityQualifiers[toks[p].lower] && p+1 < e {
		if toks[p].lower == "at" && toks[p+1].lower != "least" && toks[p+1].lower != "most" {
			return false // "At one point": a time, not a count
		}
		p++
	}
	number := func(t token) bool { return isNumber(u.text, t) }
	switch {
	case p < e && number(toks[p]):
		p++
		if p < e && (toks[p].lower == "percent" || toks[p].str(u.text) == "%") {
			p++
		} else if p+1 < e && toks[p].lower == "in" && number(toks[p+1]) {
			p += 2 // "one in four"
		} else if p+2 < e && toks[p].lower == "out" && toks[p+1].lower == "of" && number(toks[p+2]) {
			p += 3 // "four out of 10"
		}
		if p < e && (toks[p].lower == "plurality" || toks[p].lower == "majority") {
			p++ // "a 45% plurality"
		}
	case p < e && quantityWords[toks[p].lower]:
		p++
	default:
		return false
	}
	if p == e {
		return true
	}
	if toks[p].lower == "but" && p+2 == e && number(toks[p+1]) {
		return true // "all but two"
	}
	// the rest: "of voters in each state", "Republicans", "supporters of reform"
	if e-p > 8 {
		return false
	}
	for q := p; q < e; q++ {
		t := toks[q]
		if !t.word() || beForms[t.lower] || modals[t.lower] || clauseStarters[t.lower] || t.lower == "which" || t.lower == "whom" ||
			lx.cueLemma[t.lower] != "" && !lx.headNoun(t.lower) && !determiners[toks[q-1].lower] && !quantityWords[toks[q-1].lower] && !prepositions[toks[q-1].lower] ||
			strings.HasSuffix(t.lower, "ly") {
			return false
		}
	}
	last := toks[e-1]
	if isFunctionWord(last.lower) || determiners[last.lower] || prepositions[last.lower] {
		return false
	}
	if toks[p].lower == "of" || toks[p].lower == "in" {
		return p+1 < e
	}
	// a plural noun phrase after the quantity: "Many Republicans",
	// "Several supporters of reform"
	if prepositions[toks[p].lower] || determiners[toks[p].lower] {
		return false
	}
	for q := p; q < e; q++ {
		if toks[q].lower == "of" || toks[q].lower == "in" {
			return q > p && (strings.HasSuffix(toks[q-1].lower, "s") || lx.headNoun(toks[q-1].lower))
		}
	}
	return strings.HasSuffix(last.lower, "s") || lx.headNoun(last.lower) || last.upper()
}

// allUpper reports whether every token is a capitalised word.
func allUpper(toks []token) bool {
	for _, t := range toks {
		if !t.word() || !t.upper() {
			return false
		}
	}
	return true
}

// modifierOpeners open a phrase that modifies a subject's head before
// its verb: a preposition or a relative pronoun.
var modifierOpeners = map[string]bool{
	"of": true, "on": true, "in": true, "at": true, "from": true, "for": true, "with": true,
	"across": true, "around": true, "inside": true, "within": true, "among": true, "near": true,
	"who": true, "whose": true,
}

// modifiedSubject finds a subject whose head is set apart from its verb,
// toks[j+1], by a prepositional phrase ("Experts on North Korea and
// nuclear nonproliferation said") or a relative clause ("Supporters who
// have heard from the campaign say"), with no comma. The phrase opens
// its clause. A description takes the modifier into the mention; a name
// does not ("Jeb Bush in a Medium post said").
func (u *sentence) modifiedSubject(j int) mention {
	lx, text, toks := u.lx, u.text, u.toks
	if j < 2 || !toks[j].word() || isFunctionWord(toks[j].lower) || determiners[toks[j].lower] {
		return mention{}
	}
	for h := max(0, j-12); h < j-1; h++ {
		op := toks[h+1].lower
		participle := isParticiple(toks[h+1]) && lx.cueLemma[op] == "" || // "Protesters marching through the streets chanted"
			h+2 < j && (strings.HasSuffix(op, "ed") || op == "familiar" || op == "close") && modifierOpeners[toks[h+2].lower] ||
			h+2 < j && op == "close" && toks[h+2].lower == "to" // "People briefed on the move", "an official familiar with", "sources close to her"
		if !toks[h].word() || !modifierOpeners[op] && !participle {
			continue
		}
		relative := op == "who" || op == "whose"
		ok, det := true, false
		for q := h + 2; q <= j && ok; q++ {
			t := toks[q]
			det = det || determiners[t.lower] && !relative
			switch {
			case !t.word() && t.str(text) != "-" && t.str(text) != "'":
				ok = false
			case lx.cueLemma[t.lower] != "" && !lx.headNoun(t.lower) && !det && !modifierOpeners[toks[q-1].lower]:
				ok = false // (a cue word inside a noun phrase is a noun: "in a Medium post")
			case t.lower == "and" || t.lower == "or":
			case !relative && (clauseStarters[t.lower] || beForms[t.lower] || modals[t.lower] || t.lower == "which" || t.lower == "whom"):
				ok = false
			case relative && (clauseStarters[t.lower] && t.lower != "recently" || t.lower == "which" || t.lower == "whom"):
				ok = false
			}
		}
		if !ok {
			continue
		}
		m := u.phraseBefore(h)
		if !m.ok() || m.e != h+1 || m.s > 0 && toks[m.s-1].word() && !clauseStarters[toks[m.s-1].lower] {
			continue
		}
		switch {
		case m.kind == npNominal && lx.headNoun(toks[h].lower):
			m.e, m.end = j+1, int(toks[j].end())
			m.name = text[m.start:m.end]
			return m
		case m.kind == npName && !relative && op != "of" && op != "for" && op != "from":
			return m
		}
		return mention{}
	}
	return mention{}
}

// isNumber reports a number written in digits (not a year) or in words:
// "20", "2,000", "Sixty-six".
func isNumber(text string, t token) bool {
	return t.word() && (hasDigit(t.str(text)) && !isYear(t.str(text)) || numberWords[t.lower] || numberWords[firstOfHyphened(t.lower)])
}

// reducedRelative reports a subject toks[i:j+1] opening a relative
// clause without "that" after a noun, whose verb of saying names a
// quotation or leaves its clause without a subject: "at a pace the
// group calls “alarming”", "a trend the group says will continue".
func (u *sentence) reducedRelative(i, j int) bool {
	toks := u.toks
	if i < 1 || toks[i].lower != "the" || j+2 >= len(toks) {
		return false
	}
	p := toks[i-1]
	if !p.word() || p.upper() || isFunctionWord(p.lower) || determiners[p.lower] || adverbs[p.lower] || u.lx.cueLemma[p.lower] != "" {
		return false
	}
	if u.lx.cueLemma[toks[j+1].lower] == "" {
		return false
	}
	return u.isQuote(j+2) || u.gapAfter(j)
}

// placeComma reports the comma at toks[k] inside a place's name, "from
// Sumter, South Carolina": a capitalised name after "from", "in" or
// "of" before it, and one to three capitalised words after it (app).
func (u *sentence) placeComma(k int, app []token) bool {
	if len(app) == 0 || len(app) > 3 || !allUpper(app) {
		return false
	}
	toks := u.toks
	p := k - 1
	for p > 0 && p > k-4 && toks[p].word() && toks[p].upper() {
		p--
	}
	// (after "of" a single word only, a state: "of Ashton, Md.", not "the
	// leader of Ennahda, Rachid Ghannouchi")
	return p < k-1 && (toks[p].lower == "from" || toks[p].lower == "in" || toks[p].lower == "of" && wordCount(u.text[app[0].start():app[len(app)-1].end()]) == 1)
}

// contractedPronoun reads a subject pronoun with a contracted auxiliary,
// "he’s", "they're", "I'm", as the pronoun alone.
func (u *sentence) contractedPronoun(j int) mention {
	t := u.toks[j]
	for _, suf := range [...]string{"'s", "’s", "'re", "’re", "'m", "’m", "'ve", "’ve", "'ll", "’ll", "'d", "’d"} {
		base, ok := strings.CutSuffix(t.lower, suf)
		if !ok || !subjectPronouns[base] {
			continue
		}
		c := u.lx.pronouns[base]
		end := int(t.start()) + len(base)
		return mention{s: j, e: j + 1, start: int(t.start()), end: end, kind: npPronoun, pron: c, name: u.text[t.start():end], group: c == 'p' || base == "we"}
	}
	return mention{}
}

// isDomain reports a name written as a web address: "GunBroker.com",
// "Change.org" name organisations.
func isDomain(name string) bool {
	i := strings.LastIndexByte(name, '.')
	if i <= 0 || strings.ContainsRune(name, ' ') {
		return false
	}
	switch strings.ToLower(name[i+1:]) {
	case "com", "org", "net", "gov", "edu", "io", "co", "us", "uk":
		return true
	}
	return false
}

// nameBesideDescription reads the name a description m before the
// apposition app (toks[k+1:j]) stands beside: a description and then
// the name ("One of his advisers, Tad Devine, told reporters"), or an
// apposition inside an apposition ("John Dickey, the chief executive of
// Ora Media -- the company that ... --").
func (u *sentence) nameBesideDescription(m mention, app []token, k, j int, closer string) (mention, bool) {
	text, toks := u.text, u.toks
	if m.kind != npNominal {
		return mention{}, false
	}
	if len(app) >= 2 && len(app) <= 4 && closer == "," {
		if n := u.analyze(k+1, j); n.kind == npName && n.title == "" && !n.org && allUpper(app) {
			n.title = trimDeterminer(text[m.start:m.end])
			n.s, n.start = m.s, m.start
			return n, true
		}
	}
	if m.s >= 2 && toks[m.s-1].str(text) == "," {
		if n := u.npBefore(m.s - 2); n.ok() && n.kind == npName {
			if m.e-m.s > 1 || !hasDigit(toks[m.s].str(text)) {
				n.title = trimDeterminer(text[m.start:m.end]) // (an age is no title: "Dana Ruiz, 59, of Ashton")
			}
			return n, true
		}
	}
	return mention{}, false
}
