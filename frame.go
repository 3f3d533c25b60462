package verbatim

import (
	"cmp"
	"slices"
	"strings"
)

// A frame is a found attribution: who, by which cue, said what.
type frame struct {
	np        mention
	cue       byteSpan
	medium    *Span
	addressee *Span
	content   []Span // byte spans of what was said, as the frame sees it
	quotes    []int  // quote spans making up the content
	words     bool   // the content has words outside quotation marks
	turn      bool   // a transcript turn ("SMITH: We will win."): the content is the speaker's own words
	hasCue    bool
	method    string
	conf      float64
}

// maxUnitTokens bounds the sentences the rules look at, which keeps the
// work linear on input that is not prose.
const maxUnitTokens = 600

// The methods of the frame rules: each is the name an Attribution
// reports as its Method, defined once here and used by the rule of the
// same name in cueRules, contentShapes or sentenceRules.
const (
	methodAccordingTo     = "according-to"      // "according to X, …", "…, according to X"
	methodPassive         = "passive"           // "the plan was criticized by Democrats"
	methodParticiple      = "participle"        // "…, saying …"; "a statement calling …"
	methodInterrupted     = "interrupted-quote" // "A," she said, "B."
	methodIndirectAfter   = "indirect-after"    // a report, then its frame: "The museum, he said, would …"
	methodAfterQuote      = "after-quote"       // "…," she said.
	methodBeforeQuote     = "before-quote"      // She said: "…"
	methodIndirectThat    = "indirect-that"     // She said (that) …
	methodStance          = "stance"            // an attitude, not speech: "She endorsed the plan."
	methodColonLabel      = "colon-label"       // Pat Caddell: "…"
	methodColonSubject    = "colon-subject"     // Sanders made the following comment: "…"
	methodColonIntro      = "colon-intro"       // "Poll: Trump leads", "A: She was …"
	methodDashBeforeQuote = "dash-before-quote" // Mitt Romney -- "…"
	methodNounCue         = "noun-cue"          // Trump's claim that …
	methodDashAfterQuote  = "dash-after-quote"  // "…" ― Pamela Padilla
	ruleReported          = "reported"          // the rule of the content shapes: a verb of saying and its source
)

// A cueRule reads a frame at a cue word. It reports whether it claimed
// the cue; a claimed cue is tried by no further rule, even when the rule
// found no frame there ("the report found": a noun).
type cueRule struct {
	name string
	read func(r *frameReader) bool // reads r.site
}

// cueRules are tried in this order at each cue word of a sentence.
var cueRules = []cueRule{
	{methodAccordingTo, (*frameReader).accordingTo},
	{methodPassive, (*frameReader).passive},
	{methodParticiple, (*frameReader).participle},
	{ruleReported, (*frameReader).reported},
}

// A contentShape reads what a verb of saying with its source frames,
// from where the frame stands: after a quotation, interrupting one,
// before a report.
type contentShape struct {
	name string
	read func(r *frameReader) shape // reads r.site and r.src, sets r.cur
}

// A shape tells what a content shape made of a frame.
type shape int8

const (
	noShape shape = iota // the shape does not fit: try the next one
	dropped              // it fits, and there is no frame
	shaped               // it fits, and set the frame's content and method
)

// contentShapes are tried in this order for each frame the reported
// rule reads; the first that fits decides.
var contentShapes = []contentShape{
	{methodInterrupted, (*frameReader).interruptedQuote},
	{methodIndirectAfter, (*frameReader).interruptedReport},
	{methodAfterQuote, (*frameReader).afterQuote},
	{methodBeforeQuote, (*frameReader).beforeQuote}, // or indirect-that, stance
}

// A sentenceRule adds the frames of one shape that has no cue word:
// colons, dashes, nouns of saying. They run after the cue rules, in
// this order.
type sentenceRule struct {
	name string
	read func(r *frameReader)
}

var sentenceRules = []sentenceRule{
	{methodColonLabel, (*frameReader).colonLabels},
	{methodColonSubject, (*frameReader).closingColon}, // or colon-label for a name before the colon
	{methodColonIntro, (*frameReader).colonIntro},
	{methodDashBeforeQuote, (*frameReader).dashBefore},
	{methodNounCue, (*frameReader).nounCues},
	{methodDashAfterQuote, (*frameReader).dashAfter},
}

// A frameReader reads the frames of one sentence: the state its rules
// share.
type frameReader struct {
	u      *sentence
	frames []frame
	used   []bool          // tokens already part of a frame's core
	trail  int             // the comma of a closing frame ("CLAUSE, she said."), or -1
	off    map[string]bool // rules switched off (development only)
	// what the rules at one cue share (fields, not arguments, so that
	// calls through the tables allocate nothing)
	site cueSite // the cue word
	cur  frame   // the frame the reported rule is reading
	src  source  // its source and where its words end
}

func (r *frameReader) add(f frame) {
	if r.trail >= 0 && f.hasCue && f.cue.Start < int(r.u.toks[r.trail].start()) {
		// a report inside what a closing frame reports ends where that
		// frame starts: "Mackey said that …, Yahoo Finance reported."
		end := r.u.toks[r.trail].start()
		kept := f.content[:0]
		for _, c := range f.content {
			if c.Start >= int(end) {
				continue
			}
			if c.End > int(end) {
				c.End = int(end)
				c.Text = r.u.text[c.Start:c.End]
			}
			kept = append(kept, c)
		}
		f.content = kept
		if len(kept) == 0 {
			return
		}
	}
	r.frames = append(r.frames, f)
}

// A cueSite is a cue word as the cue rules see it.
type cueSite struct {
	c         int    // the cue token
	lemma     string // its lemma; "" for "according to"
	putIt     bool   // "as one critic put it"
	according bool   // "according to"
	cs        int    // where a verb of trying or seeming before the infinitive cue starts, or -1
	control   bool   // the cue is such an infinitive: "continued to attack"
	j         int    // the token before the verb, past auxiliaries, adverbs and dates
	shared    bool   // the verb shares the last frame's subject
}

// findFrames finds the attributions of sentence u, in order: the cue
// rules at each cue word, then the sentence rules. Rules named in r.off
// are skipped. The frames it returns are valid until its next call: a
// frameReader keeps its buffers from one sentence to the next.
func (r *frameReader) findFrames(u *sentence) []frame {
	if len(u.toks) > maxUnitTokens {
		return nil // not a sentence: a list, a table, noise
	}
	used := r.used[:0]
	for range u.toks {
		used = append(used, false)
	}
	off := r.off
	*r = frameReader{u: u, used: used, off: off, frames: r.frames[:0]}
	r.trail = u.closingFrame()
	headline := u.isTitleCase()
	for c := range u.toks {
		var ok bool
		if r.site, ok = r.cueSiteAt(c, headline); !ok {
			continue
		}
		for _, rule := range cueRules {
			if !off[rule.name] && rule.read(r) {
				break
			}
		}
	}
	for _, rule := range sentenceRules {
		if !off[rule.name] {
			rule.read(r)
		}
	}
	frames := r.frames
	slices.SortStableFunc(frames, func(a, b frame) int { return cmp.Compare(a.content[0].Start, b.content[0].Start) })
	return frames
}

// cueSiteAt reads the cue word at toks[c], or reports false when there
// is none: no cue, a verb of trying before its infinitive cue, a cue
// inside the last frame's report that does not start a clause of its
// own, a cue used as a noun.
func (r *frameReader) cueSiteAt(c int, headline bool) (cueSite, bool) {
	u, toks := r.u, r.u.toks
	t := toks[c]
	if !t.word() || u.isQuote(c) || r.used[c] {
		return cueSite{}, false
	}
	lemma, putIt := u.cueAt(c, headline)
	if c < r.trail && !(nestedReport[lemma] && u.thatSoon(c+1)) {
		return cueSite{}, false // (a cue in what a closing frame reports is part of it)
	}
	according := t.lower == "according" && c+1 < len(toks) && toks[c+1].lower == "to"
	if lemma == "" && !according {
		return cueSite{}, false
	}
	// a verb of trying or seeming before an infinitive cue leaves
	// the frame to that cue: "continued to attack Clinton"
	if c+2 < len(toks) && toks[c+1].lower == "to" && controlWords[t.lower] && u.lx.cueLemma[toks[c+2].lower] != "" && !toks[c+2].upper() {
		return cueSite{}, false
	}
	// the infinitive cue takes the verb before it into its cue, and
	// the subject is that verb's: "Trump continued to attack",
	// "Clinton tried to portray"
	cs := controlStart(toks, c)
	s := cueSite{c: c, lemma: lemma, putIt: putIt, according: according, cs: cs, control: cs >= 1 && !strings.HasSuffix(t.lower, "ing")}
	if insideContent(r.frames, int(t.start())) {
		cut, shared := u.cutCoordinated(r.frames, c)
		if !cut {
			return cueSite{}, false
		}
		s.shared = shared
	}
	if according {
		return s, true
	}
	s.j = u.verbStart(c, s.cs, s.control)
	if u.cueIsNoun(c) {
		return cueSite{}, false
	}
	return s, true
}

// verbStart returns the token before the verb group of the cue at
// toks[c], past auxiliaries and adverbs ("has also said") and a date
// between subject and verb ("who in 2010 said", "Trump on Monday
// said").
func (u *sentence) verbStart(c, cs int, control bool) int {
	toks := u.toks
	j := c - 1
	if control {
		j = cs - 1
	}
	for j >= 0 && toks[j].word() {
		if adverbs[toks[j].lower] || strings.HasSuffix(toks[j].lower, "ly") && !toks[j].upper() {
			j--
			continue
		}
		if aspectVerbs[toks[j].lower] && strings.HasSuffix(toks[c].lower, "ing") && !control {
			j-- // "as he keeps talking about", "Trump began attacking"
			continue
		}
		if j >= 2 && (isYear(toks[j].str(u.text)) || timeWords[toks[j].lower] && toks[j].upper()) && (toks[j-1].lower == "in" || toks[j-1].lower == "on") {
			j -= 2
			continue
		}
		if j >= 2 && timeWords[toks[j].lower] && (toks[j-1].lower == "last" || toks[j-1].lower == "this") {
			j -= 2 // "Feinstein last week said"
			continue
		}
		if j >= 1 && toks[j].upper() && timeWords[toks[j].lower] && (adverbs[toks[j-1].lower] || toks[j-1].upper() || toks[j-1].lower == "later" || toks[j-1].lower == "earlier") {
			j-- // "Priebus later Thursday told", "Clinton Tuesday said"
			continue
		}
		break
	}
	if p := u.setOffBefore(j); p > 0 && !strings.HasSuffix(toks[c].lower, "ing") {
		return u.verbStart(p, -1, false)
	}
	return j
}

// setOffOpeners open a short phrase set off by commas between a subject
// and its verb: "Lopez, however, said", "Lopez, in a statement, said",
// "Lopez, like many Democrats, said".
var setOffOpeners = map[string]bool{
	"however": true, "meanwhile": true, "though": true, "too": true, "also": true, "instead": true,
	"moreover": true, "nevertheless": true, "meantime": true, "then": true, "in": true, "for": true,
	"at": true, "during": true, "like": true, "unlike": true, "as": true, "on": true, "after": true,
	"now": true, "later": true, "earlier": true, "separately": true,
}

// relativeSubject reports a unit that opens with a description holding
// a relative clause, up to the comma at toks[p], with no quotation: "The
// group that owns her music, …".
func (u *sentence) relativeSubject(p int) bool {
	if p > 12 || !determiners[u.toks[0].lower] {
		return false
	}
	rel := false
	for k := 1; k < p; k++ {
		if !u.toks[k].word() || u.isQuote(k) {
			return false
		}
		rel = rel || u.toks[k].lower == "that" || u.toks[k].lower == "who" || u.toks[k].lower == "which"
	}
	return rel
}

// roleNounAt reports a bare role noun phrase at toks[s:] before the
// comma at toks[j]: up to three lower-case words, then "of", "for" or
// "at" ("chair of", "program director at").
func (u *sentence) roleNounAt(s, j int) bool {
	for k := s; k < j && k < s+3; k++ {
		t := u.toks[k]
		if !t.word() || t.upper() {
			return false
		}
		if k > s && (t.lower == "of" || t.lower == "for" || t.lower == "at") {
			return true
		}
	}
	return s+3 < j && (u.toks[s+3].lower == "of" || u.toks[s+3].lower == "for" || u.toks[s+3].lower == "at")
}

// allNames reports tokens [s, e) that are all capitalised words: a name.
func (u *sentence) allNames(s, e int) bool {
	if e-s > 5 {
		return false
	}
	for _, t := range u.toks[s:e] {
		if !t.word() || !t.upper() {
			return false
		}
	}
	return true
}

// setOffBefore returns the comma that opens a short phrase set off by
// commas ending with the comma at toks[j] ("Lopez, however, said"), or 0
// when there is none. The phrase opens with a connective adverb or a
// preposition, so it is no apposition ("Lopez, a spokesman, said").
func (u *sentence) setOffBefore(j int) int {
	toks := u.toks
	if j < 3 || toks[j].str(u.text) != "," {
		return 0
	}
	for p := j - 2; p >= 1 && p >= j-12; p-- {
		t := toks[p]
		if t.str(u.text) == "," {
			o := toks[p+1]
			switch {
			case o.upper() && toks[p-1].word() && !toks[p-1].upper() && u.allNames(p+1, j) && u.relativeSubject(p):
				return j // "The group that owns her music, Big Machine, says": the name is the subject
			case o.upper() || !o.word():
				return 0
			case setOffOpeners[o.lower] && j-p <= 8:
				return p
			case isParticiple(o) || strings.HasSuffix(o.lower, "ed") && len(o.lower) > 4:
				return p // "An official, speaking on condition of anonymity, said"
			case !prepositions[o.lower] && !determiners[o.lower] && u.roleNounAt(p+1, j) && !u.npBefore(j).ok():
				return p // "Tom Hale, chair of the budget panel, said" (when the apposition is not read with the name)
			}
			return 0
		}
		if !t.word() || u.isQuote(p) {
			return 0
		}
	}
	return 0
}

// accordingTo reads "according to X": leading ("According to X, …") or
// trailing ("…, according to X").
func (r *frameReader) accordingTo() bool {
	s := &r.site
	if !s.according {
		return false
	}
	if f, ok := r.u.accordingFrame(s.c); ok {
		markUsed(r.used, s.c, f.np.e)
		if len(f.content) > 0 {
			r.add(f)
		}
	}
	return true
}

// passive reads a passive cue ("terrorists are revealed", "he was
// told"), which has no source before the verb: its agent after "by" is
// the source.
func (r *frameReader) passive() bool {
	s := &r.site
	u, toks, c := r.u, r.u.toks, s.c
	t := toks[c]
	if s.according || !(c > 0 && beForms[toks[c-1].lower] && !strings.HasSuffix(t.lower, "ing") && t.lower != s.lemma) {
		return false
	}
	if f, ok := u.passiveAgent(c); ok && !insideContent(r.frames, int(t.start())) {
		markUsed(r.used, c, f.np.e)
		r.add(f)
	}
	return true
}

// participle reads a participle cue. After a comma it speaks for the
// subject of the sentence ("X mocked it, saying …"), and so after
// "before", "after", "while" or "by" ("Blige sings to Clinton before
// asking her, …"); after a medium it speaks for the medium's subject
// ("issued a statement calling the test …", "a series of tweets early
// Friday saying …").
func (r *frameReader) participle() bool {
	s := &r.site
	if s.according {
		return false
	}
	u, toks, c, j := r.u, r.u.toks, s.c, s.j
	t := toks[c]
	subordinate := j >= 0 && subordinateWords[toks[j].lower]
	participle := strings.HasSuffix(t.lower, "ing") || s.control && strings.HasSuffix(toks[s.cs].lower, "ing") // "…, going on to say"
	if participle && j >= 0 && (toks[j].str(u.text) == "," && !u.isQuote(j-1) || subordinate || j > 0 && u.isQuote(j) && endsWithComma(toks[j].str(u.text)) && len(r.frames) > 0) {
		if f, ok := u.participleFrame(r.frames, c, j, s.lemma); ok {
			if s.control {
				f.cue = tokSpan(u.text, toks, s.cs, c+1).bytes()
			}
			if len(f.content) > 0 {
				markUsed(r.used, c, c+1)
				r.add(f)
			}
			return true
		}
	}
	if participle && j >= 2 && !s.control && (toks[j].lower == "and" && len(r.frames) == 0 || toks[j].word()) {
		if np := u.withSubject(j); np.ok() {
			// "with 50 percent saying she is prepared"
			f := frame{np: np, cue: tokSpan(u.text, toks, c, c+1).bytes(), hasCue: true, method: methodParticiple, conf: 0.7}
			f.setContent(u, u.thatAfterAdjunct(c+1, false), u.reportEnd(c+1))
			if len(f.content) > 0 {
				markUsed(r.used, c, c+1)
				r.add(f)
			}
			return true
		}
		if toks[j].lower == "and" {
			// a second verb of the sentence's subject: "Rubio has been
			// making this argument and boldly claiming that …"
			if np := u.subjectOf(j, true); np.ok() && np.e < j && !u.hasQuoteBetween(0, c) {
				f := frame{np: np, cue: tokSpan(u.text, toks, c, c+1).bytes(), hasCue: true, method: methodParticiple, conf: 0.6}
				if u.lx.stance[s.lemma] {
					f.method, f.conf = methodStance, 0.5
				}
				f.setContent(u, c+1, u.reportEnd(c+1))
				if len(f.content) > 0 {
					markUsed(r.used, c, c+1)
					r.add(f)
				}
				return true
			}
		}
	}
	if strings.HasSuffix(t.lower, "ing") && j >= 0 && toks[j].str(u.text) != "," && mediumBefore(toks, c) {
		if np := u.subjectOf(c, false); np.ok() && np.e < c {
			f := frame{np: np, cue: tokSpan(u.text, toks, c, c+1).bytes(), hasCue: true, method: methodParticiple, conf: 0.7}
			f.setContent(u, c+1, u.reportEnd(c+1))
			if len(f.content) > 0 {
				markUsed(r.used, c, c+1)
				r.add(f)
			}
			return true
		}
	}
	return false
}

// withSubject returns the noun phrase ending at toks[j] when "with"
// opens it, the subject of a participle cue after it ("with 50 percent
// saying …", "with critics arguing …"), or no mention.
func (u *sentence) withSubject(j int) mention {
	if j < 1 || !u.toks[j].word() {
		return mention{}
	}
	np := u.npBefore(j)
	if np.ok() && u.toks[np.s].lower == "with" && np.s+1 <= j {
		if m := u.analyze(np.s+1, j+1); m.ok() && m.s == np.s+1 {
			return m // (a quantity phrase takes the "with" in)
		}
		return mention{}
	}
	if !np.ok() || np.e != j+1 || np.s < 1 || u.toks[np.s-1].lower != "with" || np.kind == npPronoun && np.pron == 'n' {
		return mention{}
	}
	return np
}

// A source is what the reported rule read around a cue: who, and where
// the frame's own words end.
type source struct {
	np           mention
	subjectFirst bool // the source before its verb ("Smith said"), not after ("said Smith")
	cueEnd       int  // the token after the cue, or after a source that follows it
	k            int  // the token after the frame: cue, source, addressee and adjuncts
	start        int  // the frame's first token
	trailing     bool // the frame follows what was said: "…," she said / CLAUSE, she said.
	afterQuote   bool // right after a quotation
	restEmpty    bool // nothing that was said follows the frame
	goesOn       bool // `"A," he said, but "B."`: the quotation goes on after a conjunction
}

// reported reads a verb of saying with its source, before it or after
// it, and gives the frame the first of contentShapes that fits.
func (r *frameReader) reported() bool {
	s := &r.site
	if s.according {
		return false
	}
	var ok bool
	if r.cur, r.src, ok = r.readSource(s); !ok {
		return true
	}
	for _, sh := range contentShapes {
		if r.off[sh.name] {
			continue
		}
		switch sh.read(r) {
		case dropped:
			return true
		case shaped:
			r.finish(r.cur, &r.src)
			return true
		}
	}
	return true
}

// finish adds a frame of the reported rule, with a relative pronoun
// before its subject as the start of its content: "which Mr. Clarke
// says he is doing everything he can to keep open", "what Trump says
// his plan would do".
func (r *frameReader) finish(f frame, src *source) {
	if len(f.content) == 0 {
		return
	}
	if src.subjectFirst && f.method != methodAfterQuote && f.method != methodInterrupted {
		if rel := r.u.relativeBefore(src.np.s); rel >= 0 {
			if rel >= 1 && r.u.toks[rel-1].str(r.u.text) == "," && len(f.content) > 0 {
				// ", which they say will cut costs, take effect": the
				// relative clause ends at its closing comma
				r.u.endAtComma(&f.content[len(f.content)-1])
			}
			toks := r.u.toks
			k := len(toks)
			if len(f.content) > 0 {
				k = r.u.tokenAt(f.content[0].Start)
			}
			if toks[rel].lower == "what" && k < len(toks) && r.u.isQuote(k) {
				// "what Mr. Hale called “the old model,”": the name given
				// is reported with its frame, as one span
				f.setContent(r.u, rel, k+1)
			} else {
				f.content = append([]Span{tokSpan(r.u.text, toks, rel, rel+1)}, f.content...)
			}
		}
	}
	r.add(f)
}

// readSource reads the cue's source (its subject, or a phrase after an
// inverted cue: `"…," said Smith`), then the frame's addressee,
// medium and adjuncts. Cognition and weak cues are only reporting verbs
// with a subject before them.
func (r *frameReader) readSource(s *cueSite) (frame, source, bool) {
	u, toks, c, j := r.u, r.u.toks, s.c, s.j
	t := toks[c]
	lx := u.lx
	cueStart := c
	if s.control {
		cueStart = s.cs
	}
	f := frame{cue: tokSpan(u.text, toks, cueStart, c+1).bytes(), hasCue: true}
	src := source{cueEnd: c + 1}
	if s.putIt || s.lemma == "speak" || u.particleCue(s.lemma, c) {
		f.cue = tokSpan(u.text, toks, cueStart, c+2).bytes()
		src.cueEnd = c + 2 // "called for", "called on", "spoke of"
	}
	np, ok := r.subjectOfCue(s)
	if !ok {
		return f, src, false
	}
	src.subjectFirst = np.ok()
	if src.subjectFirst && strings.HasSuffix(t.lower, "ing") && j >= 0 && toks[j].str(u.text) == "," {
		src.subjectFirst = false // ", saying ..." belongs to a frame before it
	}
	if !src.subjectFirst {
		// verb first: `"…," said Smith` or `, said the spokesman.`
		if c > 0 && (toks[c-1].str(u.text) == "," || u.isQuote(c-1)) || c == 0 {
			np = u.npAfter(src.cueEnd)
			if np.ok() && np.kind != npPronoun || np.ok() && c > 0 {
				src.cueEnd = np.e
			} else {
				np = mention{}
			}
		}
	}
	if !np.ok() || !lx.strongCue(s.lemma) && !src.subjectFirst {
		return f, src, false
	}
	// a stance verb needs a subject that can hold a stance: a name, a
	// pronoun or a phrase headed by a source noun ("The eventual
	// appeals court", "an unemployment rate" are not)
	if lx.stance[s.lemma] && !s.shared && np.kind == npNominal && !lx.headNoun(toks[np.e-1].lower) && !np.group {
		return f, src, false
	}
	f.np, src.np = np, np
	r.frameEnd(s, &f, &src)
	return f, src, true
}

// subjectOfCue finds the subject before the cue: the noun phrase before
// the verb, a subject with a modifier ("Jeb Bush in a Medium post
// said"), the last frame's subject for a coordinated verb, the subject
// of an infinitive of purpose or of a second verb. It reports false when
// the cue is a noun after all.
func (r *frameReader) subjectOfCue(s *cueSite) (mention, bool) {
	u, toks, c, j := r.u, r.u.toks, s.c, s.j
	t := toks[c]
	lx := u.lx
	np := u.npBefore(j)
	if np.ok() && t.lower == s.lemma && !s.putIt && np.kind != npPronoun && !np.group && j == c-1 && determiners[toks[np.s].lower] &&
		(lx.headNoun(t.lower) || np.e-np.s > 1 && toks[np.e-1].upper() && !strings.HasSuffix(toks[np.e-1].lower, "s")) {
		return mention{}, false // "the Accountability Office report found", "a Donald Trump tweet": a noun, not a verb
	}
	if np.ok() && j == c-1 && (t.lower == s.lemma && hasPossessive(toks[max(0, np.s-3):np.e]) && !strings.HasSuffix(toks[np.e-1].lower, "s") ||
		strings.HasSuffix(t.lower, "s") && np.e-np.s == 1 && isDemonym(toks[np.s])) {
		return mention{}, false // "Blige's upcoming Apple Music show", "Republican claims": nouns
	}
	if np.ok() && j == c-1 && np.kind == npNominal && strings.HasSuffix(t.lower, "ed") && makeVerbs[t.lower] && u.docHead(np) {
		return mention{}, false // "A statement posted on the website said": the participle describes the document
	}
	if !np.ok() && !s.shared && j == c-1 {
		// (a base form needs a plural subject: "Jeb Bush in a Medium
		// post said" has no verb "post")
		if m := u.modifiedSubject(j); m.ok() && (t.lower != s.lemma || m.group) {
			np = m
		}
	}
	if s.shared && !np.ok() {
		np = r.frames[len(r.frames)-1].np
	}
	if !np.ok() && j >= 2 && toks[j].lower == "to" && !strings.HasSuffix(t.lower, "ing") && lx.cueLemma[toks[j-1].lower] == "" {
		// an infinitive of purpose: "Trump took to Twitter overnight
		// to accuse Clinton's campaign of …"
		if m := u.subjectOf(j, true); m.ok() && m.e < j-1 {
			np = m
		}
	}
	if !np.ok() && j >= 2 && (toks[j].lower == "and" || toks[j].lower == "but") && !strings.HasSuffix(t.lower, "ing") {
		// a second verb of the sentence's subject: "Scott beamed and
		// asked the crowd to …"
		if m := u.subjectOf(j, true); m.ok() && m.e < j {
			np = m
		}
	}
	return np, true
}

// frameEnd reads the addressee, an apposition, the medium and adjuncts
// after the cue and its source, marks the frame's words used, and sets
// where the frame stands among what was said.
func (r *frameReader) frameEnd(s *cueSite, f *frame, src *source) {
	u, toks, c := r.u, r.u.toks, s.c
	k := src.cueEnd
	if !src.subjectFirst {
		k = max(k, src.np.e)
	}
	k = u.skipApposition(k, !src.subjectFirst)
	if tellVerbs[s.lemma] {
		k, f.addressee = u.addresseeAt(k)
	}
	k = f.skipAdjuncts(u, k)
	start := src.np.s
	if !src.subjectFirst {
		start = c
	}
	markUsed(r.used, min(start, c), k)
	src.start = start
	src.trailing = start > 0 && (toks[start-1].str(u.text) == "," || u.isQuote(start-1) || toks[start-1].str(u.text) == "\u2014" || toks[start-1].str(u.text) == "\u2013")
	src.afterQuote = start > 0 && (u.isQuote(start-1) || start > 1 && toks[start-1].str(u.text) == "," && u.isQuote(start-2))
	src.k = k
	u.restAfterFrame(src)
}

// restAfterFrame reads what follows a frame that comes after a
// quotation: nothing that was said (`“…,” said Sen. Chris Murphy
// (D-Conn.). “…”`, `"…," she said several months after her release`,
// "…," she said, but Kevin was drifting off), or the rest of the
// quotation after an adjunct (`"A," Trump said during a rally in
// Kenansville, N.C., "B."`) or a conjunction (`"A," he said, but "B."`).
func (u *sentence) restAfterFrame(src *source) {
	toks, k, afterQuote := u.toks, src.k, src.afterQuote
	lx := u.lx
	restEmpty := k >= len(toks) || u.isClauseEnd(k) || prepositions[toks[k].lower] && !u.isQuote(k) && !u.hasQuoteFrom(k) ||
		afterQuote && (toks[k].str(u.text) == "." || toks[k].str(u.text) == "?" || toks[k].str(u.text) == "!") ||
		// "…, Cook said while visiting the offices": when it was said
		k+1 < len(toks) && subordinateWords[toks[k].lower] && (isParticiple(toks[k+1]) || toks[k+1].lower == "asked") && !u.hasQuoteFrom(k)
	if afterQuote && !u.hasSpeechFrom(k) && (k >= len(toks) || toks[k].str(u.text) != ":" && !(isParticiple(toks[k]) && lx.cueLemma[toks[k].lower] == "")) {
		// (a gerund object is what was said: `In his book, ''Make Your
		// Kid a Millionaire,'' Mr. McKinley suggested looking at …`)
		restEmpty = true
	}
	if afterQuote && k < len(toks) && adjunctStart(toks[k]) {
		for q := k + 1; q < len(toks) && q <= k+12; q++ {
			if u.isQuote(q) {
				if toks[q-1].str(u.text) == "," && !lx.hasCue(toks[k:q]) {
					k = q - 1
				}
				break
			}
		}
	}
	if afterQuote && k < len(toks) && adjunctStart(toks[k]) && !u.isQuote(k) && !u.cueBeforeQuote(k) {
		restEmpty = true
	}
	goesOn := false
	if afterQuote && k+1 < len(toks) && toks[k].str(u.text) == "," && !u.isQuote(k+1) && !u.continuesClause(k+1) {
		restEmpty = true
		goesOn = (toks[k+1].lower == "but" || toks[k+1].lower == "and") && u.hasQuoteFrom(k+1) && !u.clauseHasFrame(k+2)
	}
	src.k, src.restEmpty, src.goesOn = k, restEmpty, goesOn
}

// hasSpeechFrom reports a quotation from toks[k] on that is not a
// title ("told the hosts of “Morning Joe,”", "said on CNN's “State of
// the Union”"): a title names where it was said.
func (u *sentence) hasSpeechFrom(k int) bool {
	for ; k < len(u.toks); k++ {
		if u.isQuote(k) && !(isTitle(u.toks[k].str(u.text)) && u.namesPlace(k)) {
			return true
		}
	}
	return false
}

// namesPlace reports a title quotation at toks[k] that names a
// programme or a publication: after a possessive, "of", "on" or
// "with", or followed by more words of the sentence ("the program
// “Inside Edition” after …"), not a quotation closing it after "the
// words,".
func (u *sentence) namesPlace(k int) bool {
	if k > 0 {
		p := u.toks[k-1].lower
		if p == "of" || p == "on" || p == "with" || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
			return true
		}
	}
	return k+1 < u.unitEnd()
}

// isTitle reports a quoted text written as a title: a few words, each
// longer than three letters capitalised.
func isTitle(s string) bool {
	words := 0
	for t := range tokenSpans(s) {
		if !t.word {
			continue
		}
		words++
		if !t.upper && t.end-t.start > 3 {
			return false
		}
	}
	return words >= 1 && words <= 8
}

// wordsEnd moves e, the end of content before a frame, back past the
// punctuation between them.
func (u *sentence) wordsEnd(e int) int {
	for e > 0 && !u.toks[e-1].word() && !u.isQuote(e-1) {
		e--
	}
	return e
}

// interruptedQuote: a quotation interrupted by its frame, `"A," she
// said, "B."`.
func (r *frameReader) interruptedQuote() shape {
	f, src := &r.cur, &r.src
	u, toks, k := r.u, r.u.toks, src.k
	if !(src.afterQuote && k+1 < len(toks) && toks[k].str(u.text) == "," && u.isQuote(k+1)) {
		return noShape
	}
	f.method, f.conf = methodInterrupted, 0.95
	f.setContent(u, u.frameStart(r.frames), u.wordsEnd(src.start))
	f.addContent(u, k+1, u.unitEnd())
	return shaped
}

// interruptedReport: a report interrupted by its frame, going on to a
// quotation: "African-Americans, he said, can ”rock like Jimi”".
func (r *frameReader) interruptedReport() shape {
	f, src := &r.cur, &r.src
	u, toks, k := r.u, r.u.toks, src.k
	if !(src.trailing && !src.afterQuote && k+1 < len(toks) && toks[k].str(u.text) == "," && u.hasQuoteFrom(k) &&
		(u.continuesClause(k+1) || (toks[k+1].lower == "and" || toks[k+1].lower == "but") && k+2 < len(toks) && u.isQuote(k+2)) &&
		src.start-u.frameStart(r.frames) >= 2) {
		return noShape
	}
	f.method, f.conf = methodIndirectAfter, 0.8
	e := u.wordsEnd(src.start)
	b := u.leadIn(u.frameStart(r.frames), e)
	if prepositions[toks[b].lower] || isFunctionWord(toks[b].lower) && toks[b].upper() || e > 0 && (toks[e-1].lower == "and" || toks[e-1].lower == "but") {
		// "During his years in office, Mr. Obama said, a majority …":
		// the words before the frame set the scene, or end in a
		// conjunction ("who works for RT and, Mr. King said, has …");
		// the report is after it
		f.setContent(u, k+1, u.reportEnd(k+1))
	} else {
		f.setContent(u, b, e)
		f.addContent(u, k+1, u.reportEnd(k+1))
	}
	return shaped
}

// afterQuote: the frame closes what was said, `"…," she said.` or
// "CLAUSE, she said."; a report with no quotation in it is
// indirect-after, and one that goes on after the frame ("The museum,
// he said, would make visitors face uncomfortable truths.") takes the
// rest.
func (r *frameReader) afterQuote() shape {
	f, src := &r.cur, &r.src
	u, toks, k := r.u, r.u.toks, src.k
	if !(src.trailing && (src.restEmpty || k < len(toks) && toks[k].str(u.text) == "," && !u.hasQuoteFrom(k))) {
		return noShape
	}
	f.method, f.conf = methodAfterQuote, 0.95
	e := u.wordsEnd(src.start)
	b := u.frameStart(r.frames)
	f.setContent(u, b, e)
	if src.goesOn {
		f.method = methodInterrupted
		f.addContent(u, k+1, u.unitEnd())
	}
	if len(f.quotes) == 0 {
		f.method, f.conf = methodIndirectAfter, 0.8
		if b2 := u.leadIn(b, e); b2 > b {
			f.setContent(u, b2, e)
		}
		if k < len(toks) && toks[k].str(u.text) == "," && u.continuesClause(k+1) {
			f.addContent(u, k+1, u.unitEnd())
		}
	}
	return shaped
}

// beforeQuote: the frame opens what was said, `X said: "…"` (or `Said
// Ellis: “…”`); a report with words of its own is indirect-that, or
// stance for a cue of attitude.
func (r *frameReader) beforeQuote() shape {
	s, f, src := &r.site, &r.cur, &r.src
	u, toks, c := r.u, r.u.toks, s.c
	lx := u.lx
	b := src.k
	if b < len(toks) && (toks[b].str(u.text) == ":" || toks[b].str(u.text) == ",") {
		b++
	}
	if b >= len(toks) {
		return dropped
	}
	opens := c == 0 || c == 2 && toks[1].str(u.text) == "," && (clauseStarters[toks[0].lower] || adverbs[toks[0].lower]) // "But, said Solovey, “…”"
	if !src.subjectFirst && !(opens && b > 0 && (toks[b-1].str(u.text) == ":" || toks[b-1].str(u.text) == ",") && u.isQuote(b)) {
		return dropped // verb first opens a frame only as "Said Ellis: “…”" or "Said Comey, “…”"
	}
	b = u.thatAfterAdjunct(b, tellVerbs[s.lemma])
	if b == src.cueEnd && b+1 < len(toks) && (cueParticles[toks[b].lower] && !(toks[b].lower == "about" && isNumber(u.text, toks[b+1])) || toks[b].lower == "to" && determiners[toks[b+1].lower]) && !u.isQuote(b+1) && toks[b+1].word() {
		f.cue = tokSpan(u.text, toks, c, b+1).bytes() // "asked about his tax returns", "pointed out that"
		b++
	}
	b = u.setOffBeforeQuote(b)
	f.method, f.conf = methodBeforeQuote, 0.9
	if q := u.phraseNamed(b); q > b {
		f.setContent(u, q, q+1) // "used the phrase '…'": the words named
	} else {
		f.setContent(u, b, u.unitEnd())
	}
	if toks[len(toks)-1].str(u.text) == ":" && len(f.quotes) == 0 && len(toks)-1-b <= 3 {
		return dropped // "put it this way:", "said the following:": it announces the next paragraph
	}
	if len(f.quotes) == 0 || f.words {
		f.setContent(u, b, u.subordinateEnd(src.np.s, b, u.reportEnd(b)))
		f.method, f.conf = methodIndirectThat, 0.8
		if !lx.clauseCue(s.lemma) {
			f.conf = 0.6
		}
		if lx.stance[s.lemma] {
			f.method, f.conf = methodStance, 0.5
		}
	}
	return shaped
}

// setOffBeforeQuote moves the start b of what was said past words set
// off before a closing quotation, which are not what was said: `said
// later, “NATO is costing us a fortune.”` (but "tweeted that, '…'",
// "added the words, '…'", "things such as, '…'" and a clause before a
// colon keep their words).
func (u *sentence) setOffBeforeQuote(b int) int {
	toks := u.toks
	if e := u.unitEnd(); e-1 > b && u.isQuote(e-1) && (toks[e-2].str(u.text) == "," || toks[e-2].str(u.text) == ":") && !u.hasQuoteBetween(b, e-1) && e-1-b <= 12 && !u.lx.hasCue(toks[b:e-1]) &&
		toks[b].lower != "that" && !wordNouns[toks[e-3].lower] && toks[e-3].lower != "as" && (toks[e-2].str(u.text) == "," || e-2-b <= 3) {
		return e - 1
	}
	return b
}

// endAtComma ends content c before the first comma in it that is not
// inside a quotation.
func (u *sentence) endAtComma(c *Span) {
	for k, t := range u.toks {
		if int(t.start()) > c.Start && int(t.end()) <= c.End && t.str(u.text) == "," {
			if e := trimBackPunct(u.toks, k); e > 0 && int(u.toks[e-1].end()) > c.Start {
				*c = tokSpan(u.text, u.toks, u.tokenAt(c.Start), e)
			}
			return
		}
	}
}

// tokenAt returns the index of the token starting at byte offset b, or
// of the first token after it.
func (u *sentence) tokenAt(b int) int {
	for k, t := range u.toks {
		if int(t.start()) >= b {
			return k
		}
	}
	return len(u.toks)
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
	case "that":
		// "a trend that analysts say is bad news": after a noun, with
		// the subject missing after the cue
		p := u.toks[r-1]
		if p.word() && !p.upper() && !isFunctionWord(p.lower) && !determiners[p.lower] && u.lx.cueLemma[p.lower] == "" && u.gapAfter(s) {
			return r
		}
	}
	return -1
}

// gapAfter reports a relative clause whose subject is the relative
// pronoun: after the subject at toks[s] and its verb of saying, the
// reported clause opens with its own verb ("says will continue").
func (u *sentence) gapAfter(s int) bool {
	for k := s + 1; k < len(u.toks) && k < s+8; k++ {
		if u.lx.cueLemma[u.toks[k].lower] != "" {
			return k+1 < len(u.toks) && (modals[u.toks[k+1].lower] || beForms[u.toks[k+1].lower])
		}
	}
	return false
}

// objectAt reports a word at toks[k] that can open the object of a
// stance verb: a name, a determiner, a pronoun, a number or a quotation.
func (u *sentence) objectAt(k int) bool {
	lx := u.lx
	if k >= len(u.toks) {
		return false
	}
	t := u.toks[k]
	return u.isQuote(k) || t.word() && (t.upper() || determiners[t.lower] || lx.pronouns[t.lower] != 0 || possessivePron[t.lower] != 0 || hasDigit(t.str(u.text)) ||
		quantityWords[t.lower] || numberWords[t.lower])
}

// framedAfter reports a clause, a colon, a comma or a quotation at
// toks[k], after an adverb or two: what a framed cue needs to report
// (or a quotation further on).
func (u *sentence) framedAfter(k int) bool {
	toks := u.toks
	for n := 0; n < 2 && k < len(toks) && toks[k].word() && (adverbs[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ly")); n++ {
		k++
	}
	return k < len(toks) && (toks[k].lower == "that" || toks[k].str(u.text) == ":" || toks[k].str(u.text) == "," || u.isQuote(k))
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

// clauseOpeners may open a sentence before its subordinate clause: "So
// when", "But if" (and "even" anywhere: "…, even as").
var clauseOpeners = map[string]bool{"so": true, "and": true, "but": true, "yet": true, "only": true}

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
	if !subordinators[w] && w != "whereas" || w == "as" || subj >= 2 && toks[subj-2].word() && toks[subj-2].lower != "even" && !(subj == 2 && clauseOpeners[toks[0].lower]) {
		return e // (not "…, and when Trump said", but "So when Trump said")
	}
	for k := s + 2; k+1 < e; k++ {
		if toks[k].str(u.text) == "," && !u.isQuote(k+1) && toks[k+1].word() && !clauseStarters[toks[k+1].lower] {
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
	if k >= len(toks) || !toks[k].word() || toks[k].lower == "that" || u.isQuote(k) {
		return k, nil
	}
	a := k
	for k < len(toks) && (k < a+5 || k < a+8 && toks[k].upper() && toks[k-1].upper()) && toks[k].word() && !prepositions[toks[k].lower] && !clauseStarters[toks[k].lower] &&
		toks[k].lower != "whether" && toks[k].lower != "for" && !(k > a && subjectPronouns[toks[k].lower]) &&
		(lx.cueLemma[toks[k].lower] == "" || toks[k].upper() || k > a && determiners[toks[k-1].lower]) && toks[k].lower != "to" && toks[k].lower != "about" {
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
	if len(frames) > 0 && frames[len(frames)-1].np.end <= int(toks[c].start()) {
		np = frames[len(frames)-1].np
	}
	if !np.ok() {
		return frame{}, false
	}
	f := frame{np: np, cue: tokSpan(text, toks, c, c+1).bytes(), hasCue: true, method: methodParticiple, conf: 0.75}
	if lx.stance[lemma] {
		f.method, f.conf = methodStance, 0.5
	}
	s := c + 1
	if u.particleCue(lemma, c) {
		f.cue = tokSpan(text, toks, c, c+2).bytes() // "referring to", "speaking of"
		s++
	}
	if s < len(toks) && (toks[s].str(text) == ":" || toks[s].str(text) == ",") {
		s++
	}
	s = u.thatAfterAdjunct(s, tellVerbs[lemma]) // "telling O'Reilly that …"
	e := u.unitEnd()
	if e-1 > s && u.isQuote(e-1) && toks[e-2].str(text) == "," && !u.hasQuoteBetween(s, e-1) && e-1-s <= 12 && !lx.hasCue(toks[s:e-1]) {
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
	if !lx.cueForms.mayHave(t.lower) && t.lower != "put" && t.lower != "puts" {
		return "", false // no cue form nor a phrasal one (see below)
	}
	lemma = lx.cueLemma[t.lower]
	if l := lx.phrasal[t.lower]; lemma == "" && l != "" && u.particleCue(l, c) {
		lemma = l // "talked about", "went after"
	}
	if lemma == "" && t.lower != "put" && t.lower != "puts" {
		return "", false // (what follows only takes a cue away, or finds "put it")
	}
	if t.upper() && !(c == 0 && lemma != "") && !(headline && c > 0 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss")) {
		lemma = "" // "Post", "Report": names, not cues; but "Christie Calls …" in a headline
	}
	if lx.framed[lemma] && !u.particleCue(lemma, c) && !u.framedAfter(c+1) && !u.hasQuoteFrom(0) {
		lemma = "" // "a swing state", "continues his attacks", "find a way"
	}
	if pluralNounCues[t.lower] && !u.objectAt(c+1) && !u.particleCue(lemma, c) {
		lemma = "" // "Paris attacks test Clinton's strategy": a plural noun, not a verb with its object
	}
	if other := otherSenses[lemma]; other != nil && other(u, c) {
		lemma = "" // "a dozen states", "Sanders showed up", "spoke to reporters"
	}
	if (t.lower == "put" || t.lower == "puts") && c+1 < len(toks) && toks[c+1].lower == "it" {
		return "put", true // "as one critic put it, …"
	}
	return lemma, false
}

// stateNoun reports "state" or "states" at toks[c] used as a noun: after
// a determiner, a number, a quantity or a modifier ("battleground
// states", "a trade-sensitive state", "Rust Belt states", "Minnesota
// state delegate"); not after a subject pronoun, a plural name or a
// noun that can say something ("It states", "the Saudis state", "the
// document states").
func (u *sentence) stateNoun(c int) bool {
	if c == 0 || u.toks[c].lower != "state" && u.toks[c].lower != "states" {
		return false // ("stated", "stating" are verbs)
	}
	p := u.toks[c-1]
	switch {
	case !p.word() || subjectPronouns[p.lower] || p.lower == "it":
		return false
	case determiners[p.lower] || hasDigit(p.lower) || stateModifiers[p.lower] || numberWords[p.lower] || timeWords[p.lower]:
		return true // ("Super Tuesday states")
	case p.upper():
		// after a name, "state" is a noun ("a Trump state"), "states"
		// a verb ("Holt states that"), but after a plural ("the Saudis
		// state")
		return u.toks[c].lower == "state" && !strings.HasSuffix(p.lower, "s")
	}
	for _, suf := range [...]string{"ic", "ern", "ive", "ous", "ful", "ed"} { // (not "al": "the proposal states")
		if strings.HasSuffix(p.lower, suf) {
			return true
		}
	}
	return strings.Contains(p.lower, "-") // "a trade-sensitive state"
}

// otherSenses hold, by lemma, the test of a cue word's other sense at
// toks[c]: a noun, an act, a visit rather than words. A word read in
// its other sense is no cue.
var otherSenses = map[string]func(u *sentence, c int) bool{
	"show":    (*sentence).showingOrShowUp,
	"state":   (*sentence).stateNoun,
	"declare": (*sentence).declaredAct,
	"speak":   (*sentence).spokeWithout,
}

// showingOrShowUp reports "showed up" (arriving) and "showing" as a
// noun ("a poor showing in the Iowa caucuses", "his worst showing").
func (u *sentence) showingOrShowUp(c int) bool {
	return c+1 < len(u.toks) && u.toks[c+1].lower == "up" || u.toks[c].lower == "showing" && u.showingNoun(c)
}

// declaredAct reports "declared" before an act, not words: "declared
// for president".
func (u *sentence) declaredAct(c int) bool {
	return c+1 < len(u.toks) && declaredActs[u.toks[c+1].lower]
}

// spokeWithout reports "spoke" with none of its particles: "spoke to
// reporters" reports nothing; "spoke of his flights" does.
func (u *sentence) spokeWithout(c int) bool { return !u.particleCue("speak", c) }

// declaredActs follow "declared" as a change of state, not words:
// "declared for president", "declared himself an independent" ("declared
// war", "declared victory" are speech acts the gold counts).
var declaredActs = map[string]bool{
	"for": true, "himself": true, "herself": true, "themselves": true, "itself": true, "candidacy": true,
}

// showingNoun reports "showing" at toks[c] as a noun: after a
// determiner or a possessive, past up to two words that rate it ("a
// strong third-place showing", "his worst showing"; not "after
// showing", "the survey data showing", "while showing").
func (u *sentence) showingNoun(c int) bool {
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		w := u.toks[k].lower
		if determiners[w] || possessivePronoun(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return k < c-1 || w != "that" // (not "that showing": a relative)
		}
		if !u.toks[k].word() || !ratingWords[w] && !strings.HasSuffix(w, "est") && !strings.Contains(w, "-") {
			return false
		}
	}
	return false
}

// ratingWords rate a result: "a strong showing".
var ratingWords = map[string]bool{
	"strong": true, "poor": true, "weak": true, "good": true, "bad": true, "solid": true, "dismal": true, "decent": true,
	"respectable": true, "surprising": true, "disappointing": true, "impressive": true, "better": true, "worse": true,
	"big": true, "lackluster": true, "robust": true, "unexpected": true,
}

// possessivePronoun reports "his", "her", "its", "their", "our", "my",
// "your".
func possessivePronoun(w string) bool {
	switch w {
	case "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}

// stateModifiers make "state" a noun after them.
var stateModifiers = map[string]bool{
	"swing": true, "battleground": true, "key": true, "early": true, "remaining": true, "home": true, "border": true,
	"red": true, "blue": true, "purple": true, "dozen": true, "every": true, "each": true, "any": true, "other": true,
	"several": true, "many": true, "most": true, "few": true, "both": true, "all": true, "two": true, "three": true,
	"midwest": true, "southern": true, "northern": true, "eastern": true, "western": true, "primary": true, "caucus": true,
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
		strings.HasSuffix(t.lower, "s") && c+1 < len(toks) && (modals[toks[c+1].lower] || beForms[toks[c+1].lower]) && !u.relativeSubjectBefore(c)
}

// relativeSubjectBefore reports a short subject right after "which" or
// "that" before the verb at toks[c]: in "which the group says will
// continue" the verb is one, with the relative pronoun as the subject of
// what follows.
func (u *sentence) relativeSubjectBefore(c int) bool {
	for k := c - 1; k >= 1 && k >= c-4; k-- {
		if !u.toks[k].word() || u.isQuote(k) {
			return false
		}
		if w := u.toks[k-1].lower; w == "which" || w == "that" {
			np := u.npBefore(c - 1)
			return np.ok() && np.s == k
		}
	}
	return false
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
		if (s == 0 || !toks[s-1].word() && !u.isQuote(s-1) || clauseStarters[toks[s-1].lower]) && u.isQuantity(s, c) {
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
	f := frame{np: np, cue: tokSpan(text, toks, c, c+2).bytes(), hasCue: true, method: methodAccordingTo, conf: 0.9}
	if c == 0 || toks[c-1].str(text) != "," && !u.isQuote(c-1) {
		after := u.skipApposition(np.e, false)
		if after < len(toks) && toks[after].str(text) == "," {
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
		for k < len(toks) && k < np.e+15 && toks[k].str(text) != "," && !u.isQuote(k) && (toks[k].word() || !u.isClauseEnd(k)) {
			k++
		}
		// (only after a phrase, not a whole clause: "Some Americans would
		// pay more, according to an analysis by X, a former aide, whose
		// conclusions …" ends at the source)
		if k+1 < len(toks) && toks[k].str(text) == "," && u.continuesClause(k+1) && e <= 8 && !relativeWords[toks[k+1].lower] &&
			!lx.hasCue(toks[np.e:k]) {
			f.addContent(u, k+1, u.reportEnd(k+1))
		}
	}
	return f, true
}

// colonLabels adds the frames of a label and a colon before a
// quotation: a headline or label ("Pat Caddell: …", "WARREN: 'You
// should …'").
func (r *frameReader) colonLabels() {
	u, text, toks, used := r.u, r.u.text, r.u.toks, r.used
	for i := 2; i < len(toks); i++ {
		if !u.isQuote(i) || toks[i-1].str(text) != ":" || used[i-2] || insideContent(r.frames, int(toks[i].start())) {
			continue
		}
		np := u.npBefore(i - 2)
		if !np.ok() || np.kind != npName || np.s != 0 && !(isDash(toks[np.s-1].str(text)) || toks[np.s-1].str(text) == "-" || toks[np.s-1].str(text) == "--") {
			continue // (or after a dash: "THE RACE TIGHTENS - Ann Lee: “…”")
		}
		f := frame{np: np, method: methodColonLabel, conf: 0.8, cue: tokSpan(text, toks, i-1, i).bytes(), hasCue: true}
		f.setContent(u, i, i+1)
		r.add(f)
	}
}

// closingColon adds the frame of a clause and a colon before a closing
// quotation: "Sanders made the following comment: “…”", "The piece used
// her words as its headline: “…”". A name right before the colon is the
// speaker: "The surge doesn't surprise Republican pollster Daron Shaw:
// “…”" (colon-label).
func (r *frameReader) closingColon() {
	u, text, toks, used := r.u, r.u.text, r.u.toks, r.used
	lx := u.lx
	if n := u.unitEnd(); n >= 3 && u.isQuote(n-1) && toks[n-2].str(text) == ":" && !used[n-2] && !insideContent(r.frames, int(toks[n-1].start())) {
		np := u.subjectOf(n-2, false)
		v := np.e
		// past adverbs and a prepositional phrase to the verb: "A
		// footnote in the report makes that clear: '…'"
		for np.ok() && v < n-2 && v < np.e+6 && toks[v].word() && (adverbs[toks[v].lower] || !u.plausibleVerb(v) && !toks[v].upper() ||
			toks[v].upper() && v > np.e || v > np.e && determiners[toks[v-1].lower]) {
			v++
		}
		k := n - 3 // the run of capitalised and title words before the colon
		for k > 0 && toks[k-1].word() && (toks[k-1].upper() || lx.isTitleWord(toks[k-1].lower)) && k > n-9 {
			k--
		}
		var name mention
		if k <= n-3 && toks[n-3].upper() && toks[n-3].word() {
			name = u.analyze(k, n-2)
		}
		// (not a day or a place: "in an interview on Tuesday: “…”")
		if np.ok() && name.ok() && name.kind == npName && !name.org && name.s >= np.e && k > 0 && !toks[k-1].upper() && !u.placeOrTime(name) {
			f := frame{np: name, method: methodColonLabel, conf: 0.6, cue: tokSpan(text, toks, n-2, n-1).bytes(), hasCue: true}
			f.setContent(u, n-1, n)
			r.add(f)
		} else if np.ok() && v < n-2 && n-2-np.e <= 10 && u.plausibleVerb(v) {
			f := frame{np: np, method: methodColonSubject, conf: 0.6, cue: tokSpan(text, toks, v, n-1).bytes(), hasCue: true}
			f.setContent(u, n-1, n)
			r.add(f)
		}
	}
}

// colonIntro adds the frame of a source and a colon opening the
// sentence, then words: "Poll: Trump leads", "Bill Clinton: Hillary
// 'better qualified'", "A: She was …".
func (r *frameReader) colonIntro() {
	if f, ok := r.u.colonIntro(r.used); ok && !insideContent(r.frames, f.content[0].Start) {
		r.add(f)
	}
}

// dashBefore adds the frames of a name, a dash and a quotation.
func (r *frameReader) dashBefore() {
	u, used := r.u, r.used
	text := u.text
	toks := u.toks
	// a name, a dash and a quotation: "the former candidate Mitt Romney
	// -- ''It is disqualifying …'' --"
	for i := 2; i < len(toks); i++ {
		if !u.isQuote(i) || !isDash(toks[i-1].str(text)) && toks[i-1].str(text) != "--" || used[i-1] || insideContent(r.frames, int(toks[i].start())) {
			continue
		}
		d := i - 1
		for d > 0 && isDash(toks[d-1].str(text)) {
			d--
		}
		if d == 0 || !toks[d-1].upper() {
			continue
		}
		n := d - 1
		for n > 0 && toks[n-1].word() && toks[n-1].upper() {
			n--
		}
		np := u.analyze(n, d)
		if np.kind != npName || np.org || isFunctionWord(toks[n].lower) {
			continue
		}
		// a person's name of two to four words, not a place after a
		// preposition ("served in Vietnam - ''…''") or a hashtag, before
		// a quotation of some words
		if d-n < 2 || d-n > 4 || n > 0 && (prepositions[toks[n-1].lower] || toks[n-1].lower == "of" || toks[n-1].lower == "from" || toks[n-1].lower == "to" || toks[n-1].str(text) == "#") ||
			strings.HasPrefix(toks[n].str(text), "#") || wordCount(toks[i].str(text)) < 3 {
			continue
		}
		f := frame{np: np, method: methodDashBeforeQuote, conf: 0.7, cue: tokSpan(text, toks, d, i).bytes(), hasCue: true}
		f.setContent(u, i, i+1)
		r.add(f)
	}
}

// nounCues adds the frames of a possessor and a noun of saying
// before "that".
func (r *frameReader) nounCues() {
	u, used := r.u, r.used
	text := u.text
	toks := u.toks
	// a possessor, a noun of saying and "that": "Trump's claim that …",
	// "his warning that …"
	for i := 1; i+2 < len(toks); i++ {
		if toks[i+1].lower != "that" && (i+3 >= len(toks) || toks[i+3].lower != "that") {
			continue // (no "that" where one could be: no look-up)
		}
		if !nounCues[toks[i].lower] || used[i] || insideContent(r.frames, int(toks[i].start())) {
			continue
		}
		t := i + 1 // "that", past a time phrase: "his vow on Monday that"
		if t+2 < len(toks) && (toks[t].lower == "on" || toks[t].lower == "last" || toks[t].lower == "this") && timeWords[toks[t+1].lower] {
			t += 2
		}
		if toks[t].lower != "that" || t+1 >= len(toks) {
			continue
		}
		p := toks[i-1]
		var np mention
		switch {
		case p.lower == "his" || p.lower == "her" || p.lower == "their" || p.lower == "its":
			np = u.analyze(i-1, i)
			np.kind, np.pron = npPronoun, possessivePron[p.lower]
			np.name = subjectForm[p.lower] // (the mention stays "his")
		case p.upper() && strings.HasSuffix(p.lower, "'s"):
			np = u.npBefore(i - 1)
		}
		if !np.ok() || t > i+1 && firstWordOf(u, np.s) {
			continue // (the subject of its sentence: where the clause after a time phrase ends, the main verb would tell)
		}
		f := frame{np: np, method: methodNounCue, conf: 0.6, cue: tokSpan(text, toks, i, i+1).bytes(), hasCue: true}
		e := u.reportEnd(t)
		for k := t + 2; k < e; k++ {
			if toks[k].str(text) == "," && k > i+3 && !u.isQuote(k+1) {
				e = k // "Contrary to his claim that X, Y": the clause ends at the comma
				break
			}
			if u.isQuote(k) && endsWithComma(toks[k].str(text)) {
				e = k + 1 // `that people would ''learn nothing,'' there would be`
				break
			}
		}
		f.setContent(u, t, e)
		if len(f.content) > 0 {
			markUsed(used, i-1, i+1)
			r.add(f)
		}
	}
}

// dashAfter adds the frames of a quotation, a dash and a name.
func (r *frameReader) dashAfter() {
	u, used := r.u, r.used
	lx, text := u.lx, u.text
	toks := u.toks
	// "…" ― Pamela Padilla: a dash and a name after a quotation
	for i := 0; i+2 < len(toks); i++ {
		if !u.isQuote(i) || !isDash(toks[i+1].str(text)) || used[i+1] {
			continue
		}
		np := u.npAfter(i + 2)
		if !np.ok() || np.kind == npPronoun || np.kind == npNominal && !lx.headNoun(toks[np.e-1].lower) {
			continue // "— a metaphor for …": a comment, not a speaker
		}
		end := np.e
		if np.kind == npName && u.dateTail(np.e) {
			end = u.unitEnd() // a signature with its date: "— Ana Ruiz (@anaruiz) March 3, 2024"
		}
		if i > 0 && (end < u.unitEnd() || np.kind != npName) || end < u.unitEnd() && toks[end].str(text) != "," {
			// a signature ends its sentence (or takes a description after
			// a comma), and after words of the writer's only as a name:
			// not "“…” - including Cruz - favored …"
			continue
		}
		f := frame{np: np, method: methodDashAfterQuote, conf: 0.85, cue: tokSpan(text, toks, i+1, i+2).bytes(), hasCue: true}
		f.setContent(u, i, i+1)
		r.add(f)
	}
}

// dateTail reports that the tokens from k to the end of the sentence are
// a date and time, as a signature ends: "March 3, 2024", "3 March 2024",
// "on Mar 3, 2024 at 9:00am PST".
func (u *sentence) dateTail(k int) bool {
	e := u.unitEnd()
	if k >= e {
		return false
	}
	for ; k < e; k++ {
		t := u.toks[k]
		switch {
		case t.str(u.text) == "," || t.str(u.text) == ":":
		case !t.word():
			return false
		case timeWords[t.lower] || monthAbbrevs[strings.TrimSuffix(t.lower, ".")] || hasDigit(t.str(u.text)):
		case t.lower == "on" || t.lower == "at" || t.lower == "am" || t.lower == "pm" || t.lower == "a.m." || t.lower == "p.m.":
		case len(t.str(u.text)) >= 2 && len(t.str(u.text)) <= 4 && strings.ToUpper(t.str(u.text)) == t.str(u.text) && k > 0 && hasDigit(u.toks[k-1].str(u.text)):
			// a time zone after the time: "9:00am PST"
		default:
			return false
		}
	}
	return true
}

// monthAbbrevs are the short forms of month names.
var monthAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// colonIntro finds a unit opening with a short source phrase and a
// colon, followed by what it said in words: a headline ("Poll: …") or an
// interview answer ("A: …"). Quoted content after a colon is the
// colon-label rule's.
func (u *sentence) colonIntro(used []bool) (frame, bool) {
	lx, text := u.lx, u.text
	toks := u.toks
	i := 1
	for i < len(toks) && i < 6 && toks[i].str(text) != ":" {
		if !toks[i].word() {
			return frame{}, false
		}
		i++
	}
	if i >= len(toks)-2 || toks[i].str(text) != ":" || used[i-1] || u.isQuote(i+1) || notColonSource[toks[0].lower] || notColonLabelEnd[toks[i-1].lower] {
		return frame{}, false
	}
	var np mention
	if i == 1 && toks[0].str(text) == "A" {
		np = u.analyze(0, 1) // the interviewee's answer
		np.kind = npPronoun
	} else {
		// a name of up to three words, or a source noun ("Poll")
		for _, t := range toks[:i] {
			if !t.upper() || isFunctionWord(t.lower) || lx.cueLemma[t.lower] != "" {
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
		if t.word() {
			words++
		} else if t.str(text) == "," {
			commas++
		}
	}
	if words <= 3 && hasDigit(rest[0].str(text)) || commas >= 4 && commas*3 >= words || strings.Contains(text[rest[0].start():rest[len(rest)-1].end()], "@") {
		return frame{}, false
	}
	f := frame{np: np, method: methodColonIntro, conf: 0.6, cue: tokSpan(text, toks, i, i+1).bytes(), hasCue: true}
	f.setContent(u, i+1, u.unitEnd())
	if len(f.content) == 0 || !f.words {
		return frame{}, false
	}
	f.turn = u.isTurnLabel(i) && len(f.quotes) == 0
	return f, true
}

// isTurnLabel reports a transcript speaker's label, toks[:i] before the
// colon at toks[i] opening the unit: a name in capitals of two letters
// or more ("SMITH:", "JAKE TAPPER:"). What follows is the speaker's own
// words.
func (u *sentence) isTurnLabel(i int) bool {
	for _, t := range u.toks[:i] {
		if !t.word() || len([]rune(t.str(u.text))) < 2 || strings.ToUpper(t.str(u.text)) != t.str(u.text) || strings.ToLower(t.str(u.text)) == t.str(u.text) {
			return false
		}
	}
	return i > 0
}

// isTitleCase reports a unit written in title case, as headlines are:
// most of its longer words capitalised.
func (u *sentence) isTitleCase() bool {
	upper, words := 0, 0
	for i := range u.toks {
		t := &u.toks[i]
		if !t.word() || u.isQuote(i) || len(t.lower) <= 3 {
			continue
		}
		words++
		if t.upper() {
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
	return Span{Text: text[toks[s].start():toks[e-1].end()], Start: int(toks[s].start()), End: int(toks[e-1].end())}
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
		if !toks[i].word() {
			return false
		}
		if mediumNouns[toks[i].lower] || toks[i].lower == "ad" || toks[i].lower == "tweets" {
			return true
		}
		if i == c-1 && i >= 1 && toks[i].upper() && toks[i-1].lower == "on" {
			return true // "responded on Facebook writing": a platform
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
	if !t.upper() {
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
	return last.upper() || lx.headNoun(last.lower)
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
		if t.word() && !t.upper() && lx.cueLemma[t.lower] != "" && !u.cueIsNoun(i) {
			participle := strings.HasSuffix(t.lower, "ing") && i > 0 && (u.toks[i-1].str(u.text) == "," || subordinateWords[u.toks[i-1].lower])
			return !participle
		}
	}
	return false
}

// hasCue reports a cue word among toks.
func (lx *lexicon) hasCue(toks []token) bool {
	for _, t := range toks {
		if t.word() && !t.upper() && lx.cueLemma[t.lower] != "" {
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
	f := frame{np: np, cue: tokSpan(text, toks, c-1, c+2).bytes(), hasCue: true, method: methodPassive, conf: 0.6}
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
		if t.word() && !t.upper() && lx.cueLemma[t.lower] != "" && i > k {
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
		if toks[i].str(u.text) == "," && i < 30 && len(starts) < 4 {
			starts = append(starts, i+1)
		}
	}
	// a description and then the name: "One early supporter,
	// Representative Lee Zeldin, Republican of New York, gave …"
	for p := 1; p < j && p < 12; p++ {
		if toks[p].str(u.text) != "," {
			continue
		}
		if d := u.npBefore(p - 1); d.ok() && d.s == 0 && d.kind == npNominal && p+1 < j && toks[p+1].upper() {
			e := p + 1
			for e < j && toks[e].word() && (toks[e].upper() || u.lx.isTitleWord(toks[e].lower)) {
				e++
			}
			if e < j && toks[e].str(u.text) == "," {
				if n := u.analyze(p+1, e); n.kind == npName && !n.org {
					return n
				}
			}
		}
		break
	}
	// a name and its apposition: "Dean, a former chairman, poked at …"
	for p := 1; p < j && p < 30; p++ {
		if toks[p].str(u.text) == "," && p+1 < j && toks[p+1].word() && !toks[p+1].upper() {
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
		if s+1 < j && (toks[s].lower == "and" || toks[s].lower == "but") {
			s++ // a second clause: "…, and the candidate took to Twitter to call out", "And Mr. Christie gloated:"
		}
		if n+1 < len(starts) && u.timePhrase(s, starts[n+1]-1) && !latest {
			continue // "Hours later, Trump returned …": the time, not the subject
		}
		if s < j && s+1 < j && starts[len(starts)-1] > s && toks[s].upper() && toks[s+1].word() && !toks[s+1].upper() &&
			(strings.HasSuffix(toks[s].lower, "ly") || frontedPrepositions[toks[s].lower]) {
			continue // "Shortly after the call ended, Rubio's campaign sent …", "Amid responses from some, Walsh provided …"
		}
		// (an opening participle is set off by a comma after it;
		// "Husted continued by saying" opens with a name)
		if s < j && toks[s].upper() && (strings.HasSuffix(toks[s].lower, "ing") || strings.HasSuffix(toks[s].lower, "ed")) && s+1 < j && !toks[s+1].upper() &&
			starts[len(starts)-1] > s {
			continue
		}
		for e := s; e < j && e < s+8; e++ {
			if !toks[e].word() {
				break
			}
			if e+1 < j && toks[e+1].word() && !toks[e+1].upper() && !lx.isTitleWord(toks[e+1].lower) &&
				!(e+2 < j && lx.isTitleWord(toks[e+2].lower) && !toks[e+2].upper() && lx.cueLemma[toks[e+1].lower] == "") { // "The GOP presidential candidate sent"
				if m := u.npBefore(e); m.ok() && m.s == s {
					return m
				}
			}
		}
	}
	return mention{}
}

// frontedPrepositions open a phrase set off before a sentence's
// subject: "Amid responses from some, …".
var frontedPrepositions = map[string]bool{
	"amid": true, "despite": true, "among": true, "unlike": true, "besides": true, "without": true, "within": true,
	"in": true, "on": true, "at": true, "during": true, "after": true, "before": true, "through": true, "following": true,
}

// whoseWords open what a role is of, after the source of a closing
// frame: ", said a spokesman for the city."
var whoseWords = map[string]bool{"for": true, "of": true, "at": true, "with": true, "from": true}

// nestedReport are the verbs of saying that report words within what a
// closing frame reports: "Mackey said in a memo that …, Yahoo Finance
// reported." holds two reports.
var nestedReport = map[string]bool{"say": true, "tell": true, "write": true, "add": true, "report": true, "state": true, "announce": true}

// closingFrame returns the comma before a frame that closes a sentence
// that is no quotation, "CLAUSE, Stovall said." or "CLAUSE, said a
// spokesman.", or -1. What comes before it is what was said: a cue
// word there ("promises to shake things up", "would show up") frames
// nothing of its own.
func (u *sentence) closingFrame() int {
	toks, lx := u.toks, u.lx
	e := trimBackPunct(toks, len(toks))
	for c := e - 1; c >= 2 && c >= e-12; c-- {
		if u.isQuote(c) {
			return -1
		}
		lemma, _ := u.cueAt(c, false)
		if lemma == "" || !lx.strongCue(lemma) || !lx.clauseCue(lemma) || lx.stance[lemma] || strings.HasSuffix(toks[c].lower, "ing") {
			continue
		}
		k := -1
		var end int
		if toks[c-1].str(u.text) == "," {
			np := u.npAfter(c + 1) // ", said a spokesman."
			if !np.ok() {
				continue
			}
			k, end = c-1, u.skipApposition(np.e, true)
			if end < e && whoseWords[toks[end].lower] && end+6 >= e {
				end = e // ", said a spokesman for the city."
			}
		} else if np := u.npBefore(c - 1); np.ok() && np.s >= 2 && toks[np.s-1].str(u.text) == "," {
			k, end = np.s-1, c+1 // ", Stovall said."
		} else {
			continue
		}
		var f frame
		if tellVerbs[lemma] {
			end, _ = u.addresseeAt(end)
		}
		if end = f.skipAdjuncts(u, end); !u.isClauseEnd(end) {
			return -1
		}
		if k == 0 || u.isQuote(k-1) || u.isQuote(0) {
			return -1 // `“…,” she said.`: the quotation's own frame
		}
		return k
	}
	return -1
}

// aspectVerbs go before a verb in -ing that is the cue: "he keeps
// talking about", "she began criticising".
var aspectVerbs = map[string]bool{
	"keep": true, "keeps": true, "kept": true, "start": true, "starts": true, "started": true,
	"begin": true, "begins": true, "began": true, "stop": true, "stops": true, "stopped": true,
	"continue": true, "continues": true, "continued": true,
}

// docHead reports a phrase headed by a document noun: "a statement",
// "the report", "a video".
func (u *sentence) docHead(np mention) bool {
	w := u.toks[np.e-1].lower
	if k, ok := u.lx.nouns[w]; ok {
		return k == UnknownSpeaker
	}
	return docNouns[w]
}

// thatSoon reports a "that" opening a reported clause within a few
// words from toks[k]: "said in an internal memo that".
func (u *sentence) thatSoon(k int) bool {
	for i := k; i < len(u.toks) && i < k+6; i++ {
		if u.toks[i].lower == "that" {
			return true
		}
		if !u.toks[i].word() {
			return false
		}
	}
	return false
}

// timePhrase reports a phrase toks[s:e] that says when: "Hours later",
// "Moments after the vote", "Dec. 7", "Last week".
func (u *sentence) timePhrase(s, e int) bool {
	if e-s > 5 {
		return false // (a clause: "Clinton spoke out Tuesday about the death of …")
	}
	for k := s; k < e; k++ {
		t := u.toks[k]
		if timeWords[t.lower] || t.lower == "ago" || monthAbbrevs[strings.TrimSuffix(t.lower, ".")] || isYear(t.str(u.text)) {
			return true
		}
	}
	return false
}

// subjectForm names the one a possessive determiner stands for, as a
// speaker with no name is named by its pronoun: "his statement" is "he".
var subjectForm = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}
