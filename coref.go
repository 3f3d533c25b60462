package verbatim

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An entity is a cluster of mentions of one person or organisation.
type entity struct {
	name     string
	kind     SpeakerKind
	titles   []string
	roles    []role // the titles parsed, for descriptions to match
	aliases  []string
	mentions []byteSpan
	gender   byte // 'm', 'f' or 0 when the article does not say
	group    bool
	unnamed  bool // described, not named ("a spokesman")
	narrator bool // the writer of the article ("I" outside quotes)
	suffix   bool // Jr., Sr., III: never merged with the bare name
	used     bool // some quote is attributed to it
	// affil is the organisation an unnamed source speaks for ("a
	// spokesman for the agency"), or -1
	affil    int
	first    int    // where it is first mentioned
	lastFull int    // where it was last named in full, -1 when never
	body     int    // where it was first mentioned outside a headline, -1 when never
	key      string // name folded (normName), "" until keyOf folds it
}

// keyOf returns e's name folded as normName folds it, folded once.
func (r *resolver) keyOf(e *entity) string {
	if e.key == "" {
		e.key = r.norm(e.name)
	}
	return e.key
}

// A placed mention: where an entity is named or referred to.
type placed struct {
	pos     int32
	ent     int32
	para    int32
	unit    int32
	subject bool // the subject of its sentence, or a quote's source
	source  bool // a quote's source
}

// resolver clusters mentions into entities and resolves pronouns and
// descriptions to them. It lives for one parse.
type resolver struct {
	lx   *lexicon
	text string
	ents []*entity
	// placed holds the mentions in two lists, each sorted by position:
	// names found by scanning the text ([0]) and the mentions that
	// sources resolve to ([1]). Each list grows in text order, so an
	// insertion lands at or near its end.
	placed   [2][]placed
	off      map[string]bool // sieves switched off (development only)
	src      sourceOf        // the source mention the speaker sieves are reading
	once     map[string]bool // words written once in the article (see writtenOnce)
	lookBack []placed        // before's buffer
	resolved bool            // mentions go to placed[1]
	heads    bool            // headlines are being scanned
	subord   map[int]bool    // where a subject of a subordinate clause is named ("when Tapper asked")
	at       spotMap         // where a mention is placed -> what
	byName   map[string]int  // folded name of several words -> entity
	// surname maps the last word of a person's full name ("trump"), or
	// its last two when it ends in a suffix ("trump jr."), to the people
	// so named; given maps the first word ("melania")
	surname  map[string][]int
	given    map[string][]int
	single   map[string]int // one-word person names not yet named in full
	orgTail  map[string]int // last word of an organisation's name
	unnamedK map[string]int // folded description -> unnamed entity
	units    []sentence     // the units scanned, for what they say beside a name
	// docAuthor maps a document noun ("article", "ad") to the entity
	// behind the last document so described, for "the article"
	docAuthor map[string]int
	// the words of the name lookup and index are reading: buffers
	// reused from one name to the next, never kept
	lookupWords, indexWords []string
	latest                  []placed        // latestFirst's buffer
	toks                    []token         // addTitle's and genderFromContent's buffer
	lowers                  tokenArena      // the lower-case forms of their tokens
	addWords                []string        // addNameG's buffer
	cands                   []int           // bySurname's buffer
	names                   strings.Builder // norm's folded names
	byEnt                   byEntity        // placed[0] by entity, for describes
}

// A spot is a placed mention: its entity and where it ends.
type spot struct{ ent, end int }

// A spotMap holds the placed mentions by where they start, in 12 bytes
// an entry rather than 24 (offsets are below 2^31: see maxInputBytes).
type spotMap map[int32]spot32

// A spot32 is a spot as a spotMap holds it.
type spot32 struct{ ent, end int32 }

// get returns the mention placed at pos, if there is one.
func (m spotMap) get(pos int) (spot, bool) {
	s, ok := m[int32(pos)]
	return spot{int(s.ent), int(s.end)}, ok
}

// spotOf returns the mention placed at pos, or the zero spot.
func (m spotMap) spotOf(pos int) spot {
	s, _ := m.get(pos)
	return s
}

// set places the mention s at pos.
func (m spotMap) set(pos int, s spot) { m[int32(pos)] = spot32{int32(s.ent), int32(s.end)} }

func newResolver(lx *lexicon, text string) *resolver {
	// (news names someone about once in 144 bytes: room at once; the
	// name indexes hold about one name for two mentions, a surname or a
	// given name for four, up to 128 and 64: a page of short quotes
	// names a few people many times)
	n := len(text)/128 + 8
	return &resolver{lx: lx, text: text, at: make(spotMap, n), subord: map[int]bool{}, byName: make(map[string]int, min(n/2, 128)),
		placed: [2][]placed{make([]placed, 0, n), make([]placed, 0, n/3)}, ents: make([]*entity, 0, n/2),
		surname: make(map[string][]int, min(n/4, 64)), given: make(map[string][]int, min(n/4, 64)), single: map[string]int{},
		orgTail: map[string]int{}, unnamedK: map[string]int{}, docAuthor: map[string]int{},
		lowers: tokenArena{left: 1024}} // (lower-case forms written 192 bytes a string)
}

// index records the names of entity i for look-ups.
func (r *resolver) index(i int) {
	e := r.ents[i]
	for k := -1; k < len(e.aliases); k++ { // (its name, then its aliases)
		key := r.keyOf(e)
		if k >= 0 {
			key = r.norm(e.aliases[k])
		}
		w := appendFields(r.indexWords[:0], key)
		r.indexWords = w
		if len(w) == 0 {
			continue
		}
		if e.kind == Organization {
			if _, ok := r.byName[key]; !ok {
				r.byName[key] = i
			}
			// "the Crisis Group" for "the International Crisis Group",
			// "the IMF" for "the International Monetary Fund"
			for k := 1; k+1 < len(w); k++ {
				if nameParticles[w[k]] {
					continue
				}
				tail := joinIn(key, w[k:])
				if _, ok := r.byName[tail]; !ok {
					r.byName[tail] = i
				}
			}
			// "WHO", "the EU", and "the CDC" for "the Centers for
			// Disease Control and Prevention" (the words before "and")
			acrs := []string{acronym(w)}
			for k, x := range w {
				if x == "and" && k >= 2 {
					acrs = append(acrs, acronym(w[:k]))
				}
			}
			for _, a := range acrs {
				if _, ok := r.byName[a]; !ok && len(a) > 1 {
					r.byName[a] = i
				}
			}
			if len(w) > 1 && r.lx.orgWords[w[len(w)-1]] {
				if _, ok := r.orgTail[w[len(w)-1]]; !ok {
					r.orgTail[w[len(w)-1]] = i
				}
			}
			continue
		}
		if len(w) == 1 {
			if !e.suffix && e.lastFull < 0 {
				if _, ok := r.single[key]; !ok {
					r.single[key] = i
				}
			}
			continue
		}
		if _, ok := r.byName[key]; !ok {
			r.byName[key] = i
		}
		if e.unnamed {
			continue
		}
		if hasSuffix(w) {
			if len(w) > 2 {
				k := joinIn(key, w[len(w)-2:])
				r.surname[k] = appendInt(r.surname[k], i)
			}
			continue
		}
		r.surname[w[len(w)-1]] = appendInt(r.surname[w[len(w)-1]], i)
		if c, differs := coreOf(w, key); differs {
			if _, ok := r.byName[c]; !ok {
				r.byName[c] = i
			}
		}
		if len(w[0]) >= 2 && !strings.HasSuffix(w[0], ".") {
			// (a family name written first, too: "Li" of "Li Jifeng")
			r.given[w[0]] = appendInt(r.given[w[0]], i)
		}
	}
	if e.lastFull >= 0 {
		// named in full now: the one-word name no longer stands alone
		for k, j := range r.single {
			if j == i {
				delete(r.single, k)
			}
		}
	}
}

func appendInt(list []int, i int) []int {
	for _, x := range list {
		if x == i {
			return list
		}
	}
	return append(list, i)
}

// acronym returns the initials of an organisation's name of two words
// or more, without its particles: "imf" for "international monetary
// fund", "eu" for "european union".
func acronym(words []string) string {
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if nameParticles[w] || w == "and" || w == "the" {
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

var femaleWords = map[string]bool{"mrs.": true, "ms.": true, "mrs": true, "ms": true, "miss": true, "spokeswoman": true, "congresswoman": true, "chairwoman": true, "queen": true, "princess": true, "madam": true, "dame": true, "lady": true, "businesswoman": true, "assemblywoman": true, "councilwoman": true, "wife": true, "mother": true, "daughter": true, "sister": true, "actress": true, "grandmother": true, "widow": true, "mom": true, "woman": true, "girlfriend": true, "niece": true, "aunt": true, "stepmother": true, "granddaughter": true}
var maleWords = map[string]bool{"mr.": true, "mr": true, "spokesman": true, "congressman": true, "chairman": true, "king": true, "prince": true, "sir": true, "lord": true, "businessman": true, "assemblyman": true, "councilman": true, "husband": true, "father": true, "son": true, "brother": true, "actor": true, "grandfather": true, "widower": true, "dad": true, "man": true, "boyfriend": true, "nephew": true, "uncle": true, "stepfather": true, "grandson": true}

// genderOf returns the gender a title or description states: 'f' for
// "Mrs." or "spokeswoman", 'm' for "Mr." or "chairman", else 0.
func genderOf(words string) byte {
	if len(words) <= 64 && isASCII(words) {
		return genderOfASCII(words)
	}
	return genderOfWords(words)
}

// genderOfWords is genderOf for any phrase: its words lower-cased, split,
// trimmed of commas and "'s".
func genderOfWords(words string) byte {
	for w := range strings.FieldsSeq(strings.ToLower(words)) {
		w = strings.Trim(w, ",")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if femaleWords[w] {
			return 'f'
		}
		if maleWords[w] {
			return 'm'
		}
	}
	return 0
}

// genderOfASCII is genderOf for an ASCII phrase of up to 64 bytes, its
// words folded on the stack rather than in a new string.
func genderOfASCII(words string) byte {
	var b [64]byte
	for i := 0; i < len(words); i++ {
		c := words[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	lower := b[:len(words)]
	for len(lower) > 0 {
		s := 0
		for s < len(lower) && asciiSpace(lower[s]) {
			s++
		}
		e := s
		for e < len(lower) && !asciiSpace(lower[e]) {
			e++
		}
		w := lower[s:e]
		lower = lower[e:]
		if len(w) == 0 {
			break
		}
		for len(w) > 0 && w[0] == ',' {
			w = w[1:]
		}
		for len(w) > 0 && w[len(w)-1] == ',' {
			w = w[:len(w)-1]
		}
		if n := len(w); n >= 2 && w[n-2] == '\'' && w[n-1] == 's' {
			w = w[:n-2]
		}
		if femaleWords[string(w)] {
			return 'f'
		}
		if maleWords[string(w)] {
			return 'm'
		}
	}
	return 0
}

// asciiSpace reports the ASCII bytes strings.Fields splits at.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// genderOK reports that a person of gender a may be one of gender b.
func genderOK(a, b byte) bool { return a == 0 || b == 0 || a == b }

// sentenceWords are words that, capitalised at the start of a sentence,
// are not part of the name after them ("Whether Clinton …").
var sentenceWords = map[string]bool{
	"whether": true, "even": true, "every": true, "everything": true, "nothing": true,
	"something": true, "only": true, "just": true, "both": true, "either": true, "neither": true,
	"all": true, "yes": true, "no": true, "no.": true, "unlike": true, "asked": true, "dear": true,
	"thanks": true, "sorry": true, "said": true, "says": true, "tell": true, "ask": true,
	"would": true, "could": true, "should": true, "will": true, "can": true, "did": true,
	"does": true, "do": true, "is": true, "are": true, "was": true, "were": true, "has": true,
	"have": true, "had": true,
}

// opensClause are the marks after which a name is the first word of a
// clause: "WASHINGTON - Clinton said", "Update: Trump".
var opensClause = map[string]bool{":": true, ";": true, "-": true, "--": true, "\u2014": true, "\u2013": true}

// affiliations written before a name are not part of it: "Republican
// Donald Trump", "rival Hillary Clinton".
var affiliations = map[string]bool{
	"republican": true, "democrat": true, "democratic": true, "gop": true, "libertarian": true,
	"independent": true, "rival": true, "socialist": true, "conservative": true, "liberal": true,
}

// headline reports a unit written in title case ("Obama Sees 'Personal
// Insult' if Blacks Don't Rally for Hillary Clinton"), where capitals do
// not mark names: every word but the short ones that title case leaves
// in lower case is capitalised.
func (u *sentence) headline() bool {
	n := 0
	for _, t := range u.toks {
		switch {
		case !t.word(): // a quotation is folded into a token that is no word
		case t.upper():
			n++
		case !titleCaseLower[t.lower] && !hasDigit(t.str(u.text)):
			return false
		}
	}
	return n >= 4
}

// titleCaseLower are the words title case writes in lower case.
var titleCaseLower = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true, "for": true,
	"of": true, "on": true, "in": true, "at": true, "to": true, "by": true, "as": true, "if": true,
	"vs.": true, "via": true, "with": true, "from": true, "into": true, "over": true, "is": true,
}

// scanAll registers the names of every unit. Headlines come last, read
// against the names the body has taught: a short first paragraph of one
// sentence ("Hold Melania Trump to her husband's standards"), and any
// unit in title case, of which only the known names count.
func (r *resolver) scanAll(units []sentence) {
	r.units = units
	var heads []int
	for ui := range units {
		if units[ui].headline() || ui == 0 && len(units) > 1 && units[1].para > 0 && len(units[0].toks) <= 16 {
			heads = append(heads, ui)
			continue
		}
		r.scanNames(&units[ui], ui)
	}
	r.heads = true
	defer func() { r.heads = false }()
	for _, ui := range heads {
		if units[ui].headline() {
			r.knownNames(&units[ui], ui)
		} else {
			r.scanNames(&units[ui], ui)
		}
	}
	r.genderFromPronouns()
}

// genderFromPronouns learns the gender of people from the pronouns the
// article uses of them: a "he", "his", "she" or "her" outside quotes
// after the name of the only person named before it in its sentence
// ("Holt said her office would …") counts for that person. A person of
// no gender yet gets the one their pronouns agree on; one pronoun of the
// other gender anywhere leaves the gender unknown.
func (r *resolver) genderFromPronouns() {
	votes := map[int]*[2]int{}
	list := r.placed[0]
	k := 0
	for ui := range r.units {
		u := &r.units[ui]
		if len(u.toks) == 0 {
			continue
		}
		for k < len(list) && int(list[k].unit) < ui {
			k++
		}
		one, n := -1, 0 // the person named so far in the unit, and how many
		j := k
		for i, t := range u.toks {
			for ; j < len(list) && int(list[j].unit) == ui && int(list[j].pos) <= int(t.start()); j++ {
				if e := r.ents[int(list[j].ent)]; int(list[j].ent) != one {
					if e.kind == Person && !e.group && !e.unnamed {
						one = int(list[j].ent)
					}
					n++ // (any other name, an organisation's too, makes a pronoun ambiguous)
				}
			}
			if !t.word() || u.isQuote(i) || n != 1 || one < 0 {
				continue
			}
			g := -1
			switch t.lower {
			case "he", "his", "him", "himself":
				g = 0
			case "she", "her", "hers", "herself":
				g = 1
			}
			if g < 0 || i > 0 && u.toks[i-1].str(u.text) == "," {
				continue // ("Rice, his adviser": his is someone else's)
			}
			v := votes[one]
			if v == nil {
				v = &[2]int{}
				votes[one] = v
			}
			v[g]++
		}
	}
	for i, v := range votes {
		e := r.ents[i]
		if e.gender != 0 {
			continue
		}
		switch {
		case v[0] > 0 && v[1] == 0:
			e.gender = 'm'
		case v[1] > 0 && v[0] == 0:
			e.gender = 'f'
		}
	}
}

// knownNames registers the names the article knows in a headline,
// leftmost and longest first.
func (r *resolver) knownNames(u *sentence, ui int) {
	toks := u.toks
	for a := 0; a < len(toks); a++ {
		if !toks[a].word() || !toks[a].upper() || u.isQuote(a) {
			continue
		}
		j := a
		for j < len(toks) && j < a+6 && toks[j].word() && !u.isQuote(j) {
			j++
		}
		for b := j; b > a; b-- {
			name := r.norm(r.text[toks[a].start():toks[b-1].end()])
			if _, ok := r.byName[name]; !toks[b-1].upper() || !ok && (b > a+1 || r.known(name) < 0) {
				continue
			}
			if m := u.analyze(a, b); m.kind == npName {
				r.addName(m, ui, u.para, false)
			}
			a = b - 1
			break
		}
	}
}

// scanNames registers the capitalised names of a unit (outside quotes).
func (r *resolver) scanNames(u *sentence, ui int) {
	toks := u.toks
	hadSubject := false
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.word() || !t.upper() || u.isQuote(i) {
			i++
			continue
		}
		j := i
		for j < len(toks) && !u.isQuote(j) && toks[j].word() && (toks[j].upper() || r.lx.isTitleWord(toks[j].lower) && j > i ||
			nameParticles[toks[j].lower] && j > i && j+1 < len(toks) && toks[j+1].upper()) {
			j++
		}
		for j > i+1 && timeWords[toks[j-1].lower] && !(j-2 >= i && ukHonorifics[strings.TrimSuffix(toks[j-2].str(u.text), ".")]) &&
			!(toks[j-1].lower == "may" && (j == len(toks) || !hasDigit(toks[j].str(u.text)))) {
			j-- // "Florida Friday", not "Mrs May" nor "Theresa May" (but "Florida May 3")
		}
		s := i
		for s < j && (isFunctionWord(toks[s].lower) || determiners[toks[s].lower] || r.lx.cueLemma[toks[s].lower] != "" || timeWords[toks[s].lower] && j-s > 1) {
			s++
		}
		start := s == 0 || u.isQuote(s-1) || opensClause[toks[s-1].str(u.text)]
		// a capitalised word opening the sentence before a name the
		// article knows: "Whether Clinton", "Hold Melania Trump"
		if start && j-s >= 2 && r.known(r.text[toks[s].start():toks[j-1].end()]) < 0 {
			rest := r.text[toks[s+1].start():toks[j-1].end()]
			_, full := r.byName[r.norm(rest)]
			if sentenceWords[toks[s].lower] || full ||
				strings.HasSuffix(toks[s].lower, "ing") && len(toks[s].lower) > 5 && r.known(rest) >= 0 {
				s++
			}
		}
		if s < j && s > 0 && determiners[toks[s-1].lower] && partyNouns[toks[j-1].lower] {
			s = j // "an Oklahoma Republican", "the Vermont Democrat": a description
		}
		if j-s == 1 && (timeWords[toks[s].lower] || s > 0 && toks[s-1].lower == "on" && r.known(toks[s].str(u.text)) < 0) {
			s = j // "on Thursday", "on X": no one, unless a name seen before ("on Trump")
		}
		if s < j && s > 0 && (toks[s-1].lower == "in" || toks[s-1].lower == "at" || toks[s-1].lower == "near" ||
			(toks[s-1].lower == "a" || toks[s-1].lower == "an") && j < len(toks) && toks[j].word() && !toks[j].upper() && !r.lx.orgWords[toks[j-1].lower]) &&
			r.known(r.text[toks[s].start():toks[j-1].end()]) < 0 {
			s = j // "in Toledo", "at City Hall", "a North Carolina law firm": a place
		}
		if s < j {
			m := u.analyze(s, j)
			if p, ok := r.lx.properNominal(m); ok {
				m = p
			}
			// the subject of a main clause: first in its sentence, after an
			// adjunct ("On Monday, Holt met …", not "Holt met Vance, a
			// lawyer") or a conjunction that opens a clause (", but Holt
			// said")
			// (past lower-case titles before the name: ", presidential
			// nominee Hillary Clinton was")
			b := s
			for b > 0 && b > s-3 && toks[b-1].word() && !toks[b-1].upper() && (r.lx.isTitleWord(toks[b-1].lower) || b < s && r.lx.isTitleWord(toks[b].lower)) {
				b--
			}
			subject := start || b > 0 && (toks[b-1].str(u.text) == "," && !hadSubject || toks[b-1].str(u.text) == ";" ||
				(toks[b-1].lower == "and" || toks[b-1].lower == "but") && b > 1 && toks[b-2].str(u.text) == ",")
			// the subject of a clause after "when", "because", "as" … is
			// one too ("when Mr. Trump was asked about it"; not after
			// "that", which opens reports), and leaves the main clause's
			// subject after it one ("When Ana Ruiz noted the fee, Tom Tate
			// boasted")
			subordinate := !subject && s > 0 && subordinators[toks[s-1].lower] && j < len(toks) && toks[j].word() && !toks[j].upper() ||
				s > 0 && s <= 2 && (toks[s-1].lower == "there's" || toks[s-1].lower == "there’s") // "Then there's Axelrod.": the topic
			if j < len(toks) && (toks[j].str(u.text) == "'s" || toks[j].str(u.text) == "’s") || strings.HasSuffix(toks[j-1].lower, "'s") {
				subject, subordinate = false, false // (a possessor: "as George McGovern's vice presidential nominee")
			}
			if s > 0 && toks[s-1].lower == "named" && (j-s > 1 || introducedAlone(u.text, toks, s, j)) {
				subject = true // "The woman … identified herself as a resident named Caroline.": she is the subject
			}
			if m.kind == npName && (j-s > 1 || m.title != "" || introducedAlone(u.text, toks, s, j) || isDomain(m.name) || r.lookup(query{name: m.name, pos: -1, strict: !subject}) >= 0) && !r.lx.headedByTitle(r.text, m) {
				if s > 0 && determiners[toks[s-1].lower] && m.org {
					m.start, m.s = int(toks[s-1].start()), s-1
				}
				g := r.apposition(u, &m, s, j)
				hadSubject = hadSubject || subject
				if subordinate {
					r.subord[m.start] = true
				}
				r.addNameG(m, g, ui, u.para, subject || subordinate)
			}
		}
		i = max(j, i+1)
	}
}

// apposition reads what stands beside the name toks[s:j] of unit u: a
// title set off by commas after it ("Hewitt, a spokesman for the
// agency,"), a description before it ("the first lady, Michelle
// Obama,"), a kinship word before it ("his daughter Ivanka Trump"). It
// adds a title to m and returns the gender they state, or 0.
func (r *resolver) apposition(u *sentence, m *mention, s, j int) byte {
	toks := u.toks
	var g byte
	if m.org {
		return 0
	}
	// "his wife Melania", "her husband, Bill Clinton"
	k := s - 1
	if k >= 0 && toks[k].str(u.text) == "," {
		k--
	}
	if k >= 0 && toks[k].word() && !toks[k].upper() {
		if femaleWords[toks[k].lower] {
			g = 'f'
		} else if maleWords[toks[k].lower] {
			g = 'm'
		}
	}
	addTitle := func(desc []token) {
		if len(desc) == 0 || len(desc) > 10 {
			return
		}
		// the description's head comes before any preposition
		h := descHead(desc)
		if h == 0 {
			return
		}
		head := desc[h-1].lower
		if r.orgDescription(desc) && r.known(m.name) < 0 {
			// "Big Machine, the label that …"
			m.org = true
			return
		}
		if gg := genderOf(head); gg != 0 {
			g = gg
		}
		if !r.lx.titles[head] && !r.lx.titles[strings.TrimSuffix(head, ".")] || !desc[0].word() {
			return
		}
		t := trimDeterminer(r.text[desc[0].start():desc[len(desc)-1].end()])
		if m.title == "" {
			m.title = t
		} else if !strings.Contains(m.title, t) {
			m.title += ", " + t
		}
	}
	// after: NAME, a/the DESCRIPTION ,|.
	if j+2 < len(toks) && toks[j].str(u.text) == "," && (toks[j+1].lower == "a" || toks[j+1].lower == "an" || toks[j+1].lower == "the" || toks[j+1].lower == "his" || toks[j+1].lower == "her") {
		e := j + 2
		for e < len(toks) && e < j+14 && toks[e].word() && !u.isQuote(e) || e < len(toks) && (toks[e].str(u.text) == "'" || toks[e].str(u.text) == "-") {
			e++
		}
		if e < len(toks) && e > j+2 && (toks[e].str(u.text) == "," || toks[e].str(u.text) == ".") || e == len(toks) {
			desc := toks[j+1 : e]
			if toks[j+1].lower == "his" || toks[j+1].lower == "her" {
				desc = toks[j+2 : e]
			}
			addTitle(desc)
		}
	}
	// before: the DESCRIPTION, NAME ,|.
	if s >= 3 && toks[s-1].str(u.text) == "," && (j == len(toks) || toks[j].str(u.text) == "," || toks[j].str(u.text) == ".") {
		d := s - 2
		for d > 0 && d > s-8 && toks[d].word() && !toks[d].upper() && !determiners[toks[d].lower] {
			d--
		}
		if d >= 0 && d < s-2 && (toks[d].lower == "the" || toks[d].lower == "his" || toks[d].lower == "her" || toks[d].lower == "their") {
			addTitle(toks[d+1 : s-1])
		}
		// "The group that owns her music, Big Machine,": an organisation
		d = s - 2
		for d > 0 && d > s-14 && toks[d].word() && !toks[d].upper() && toks[d].lower != "the" {
			d--
		}
		if d >= 0 && d < s-2 && toks[d].lower == "the" && (d == 0 || !toks[d-1].word()) && !m.org && r.orgDescription(toks[d+1:s-1]) && r.known(m.name) < 0 {
			m.org = true
		}
	}
	return g
}

// descHead returns the end of the head of a description: it comes
// before any preposition or relative ("spokesman for the agency",
// "group that owns her music").
func descHead(desc []token) int {
	for n, t := range desc {
		if ppHeads[t.lower] || t.lower == "to" || t.lower == "who" || t.lower == "that" || t.lower == "which" {
			return n
		}
	}
	return len(desc)
}

// headIndex returns the index of the description's head word among its
// words, or -1.
func headIndex(words []string, head string) int {
	for k, x := range words {
		if strings.EqualFold(strings.Trim(x, ",.;:"), head) {
			return k
		}
	}
	return -1
}

// orgDescription reports a description headed by a noun for an
// organisation: "group that owns her music", "a company based in Ohio".
func (r *resolver) orgDescription(desc []token) bool {
	h := descHead(desc)
	if h == 0 {
		return false
	}
	k, ok := r.lx.nouns[desc[h-1].lower]
	return ok && k == Organization
}

// headedByTitle reports a name that only completes the phrase before it:
// "a spokeswoman for Hillary Clinton", "Commission on Presidential
// Debates", "Democrats on Capitol Hill". The phrase is a description.
func (lx *lexicon) headedByTitle(text string, m mention) bool {
	if m.kind != npName || m.title == "" {
		return false
	}
	if lx.ofTitle(m.title, m.name) {
		return false // "Secretary of State John F. Kerry": see cleanName
	}
	if strings.HasPrefix(trimDeterminer(text[m.start:m.end]), firstWord(m.name)) {
		return false // a title in apposition: "Acton, a physicist at"
	}
	return inLower(ppHeads, lastWord(m.title)) || strings.HasSuffix(m.title, " to")
}

// possessiveEnding reports a name whose lower-case form cutPossessive
// would cut: one ending in an apostrophe, or an apostrophe and s or S.
func possessiveEnding(name string) bool {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "s"), "S")
	return strings.HasSuffix(name, "'") || strings.HasSuffix(name, "\u2019")
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// sourceMention corrects what the frame took a quote's source to be:
// a description that is a name ("Charlie King"), a name that completes
// a description ("a spokeswoman for Hillary Clinton"), a pronoun with
// a verb ("He's").
func (r *resolver) sourceMention(np mention) mention {
	if p, ok := r.lx.properNominal(np); ok {
		np = p
	}
	if r.lx.headedByTitle(r.text, np) {
		if tw := strings.Fields(np.title); len(tw) > 1 {
			head := strings.ToLower(tw[len(tw)-2])
			np.group = strings.HasSuffix(head, "s") && !r.lx.titles[head]
		}
		np.kind, np.name, np.title = npNominal, np.title+" "+np.name, ""
		if strings.Contains(r.text[np.start:np.end], np.name) {
			np.name = r.text[np.start:np.end]
		}
	}
	if np.kind == npName && possessiveEnding(np.name) {
		lower := strings.ToLower(np.name)
		w, _ := cutPossessive(lower)
		if c, ok := r.lx.pronouns[w]; ok && w != lower {
			np.kind, np.pron, np.group = npPronoun, c, c == 'p'
		}
	}
	return np
}

// properNominal turns a description that is really a name ending in a
// title word into a name: "Charlie King", "Stephen Judge".
func (lx *lexicon) properNominal(m mention) (mention, bool) {
	if m.kind != npNominal {
		return m, false
	}
	var wb [8]string // (room on the stack for most names' words)
	w := appendFields(wb[:0], m.name)
	n := len(w)
	if n < 2 || !isCap(w[n-1]) || !isCap(w[n-2]) || strings.HasSuffix(w[n-2], ".") || inLower(lx.titles, w[n-2]) ||
		inLower(determiners, w[n-2]) || isFunctionWord(strings.ToLower(w[n-2])) || inLower(lx.orgWords, w[n-1]) {
		return m, false
	}
	k := n - 2
	for k > 0 && isCap(w[k-1]) && !inLower(lx.titles, w[k-1]) && !strings.HasSuffix(w[k-1], ".") && !inLower(determiners, w[k-1]) {
		k--
	}
	m.kind = npName
	m.title = trimDeterminer(joinIn(m.name, w[:k]))
	m.name = joinIn(m.name, w[k:])
	m.group = false
	return m, true
}

func isCap(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// known returns the entity a name refers to, or -1.
func (r *resolver) known(name string) int {
	return r.lookup(query{name: name, pos: -1})
}

// A query asks which entity a name refers to.
type query struct {
	name string
	key  string // name folded (normName), when the caller has it
	g    byte   // the gender its honorific or title states
	org  bool   // written as an organisation ("The Post")
	// strict refuses a given name alone ("Charlotte" for Charlotte
	// Smith): the city is as likely
	strict bool
	pos    int // where it stands, or -1
}

// The name sieves: how a name finds the entity it names, tried in this
// order by lookup; the first that decides gives the entity, or -1 for a
// new one. The full names, aliases, acronyms and shorter forms they
// look up are indexed by index.
var nameSieves = []nameSieve{
	{"organisation", (*resolver).sieveOrganisation},
	{"surname", (*resolver).sieveSurname},
	{"exact-name", (*resolver).sieveExactName},
	{"middle-initial", (*resolver).sieveMiddleInitial},
	{"named-alone-first", (*resolver).sieveNamedAloneFirst},
}

// A nameSieve looks a name up; it reports whether it decided.
type nameSieve struct {
	name   string
	lookup func(r *resolver, q query, key string, words []string) (int, bool)
}

// lookup returns the entity a name refers to, or -1.
func (r *resolver) lookup(q query) int {
	key := q.key
	if key == "" {
		key = r.norm(q.name)
	}
	words := appendFields(r.lookupWords[:0], key)
	r.lookupWords = words
	if len(words) == 0 {
		return -1
	}
	for _, s := range nameSieves {
		if r.off[s.name] {
			continue
		}
		if i, ok := s.lookup(r, q, key, words); ok {
			return i
		}
	}
	return -1
}

// sieveOrganisation: an organisation by its name, an alias, an acronym
// or a shorter form ("the Crisis Group"), or by the last word of its
// name ("the Foundation"); a name written as an organisation's names
// nothing else.
func (r *resolver) sieveOrganisation(q query, key string, words []string) (int, bool) {
	if i, ok := r.byName[key]; ok && (r.ents[i].kind == Organization || q.org) {
		return i, true
	}
	if q.org {
		if i, ok := r.orgTail[key]; ok && len(words) == 1 {
			return i, true
		}
		return -1, true
	}
	return -1, false
}

// sieveSurname: a surname alone (or a given name, or a surname and
// suffix) is the person so named whose gender fits, the most salient of
// several (see bySurname).
func (r *resolver) sieveSurname(q query, key string, words []string) (int, bool) {
	if len(words) == 1 || len(words) == 2 && nameSuffixes[words[1]] {
		return r.bySurname(key, q), true
	}
	return -1, false
}

// sieveExactName: the same full name, or an alias, whose gender fits; a
// name with a suffix (Jr., III) is never another's.
func (r *resolver) sieveExactName(q query, key string, words []string) (int, bool) {
	if i, ok := r.byName[key]; ok && genderOK(r.ents[i].gender, q.g) {
		return i, true
	}
	if hasSuffix(words) {
		return -1, true
	}
	return -1, false
}

// sieveMiddleInitial: "Loretta E. Lynch" and "Loretta Lynch", but not
// "George W. Bush" and "George H.W. Bush".
func (r *resolver) sieveMiddleInitial(q query, key string, words []string) (int, bool) {
	if c, differs := coreOf(words, key); differs {
		if i, ok := r.byName[c]; ok && genderOK(r.ents[i].gender, q.g) && r.ents[i].kind == Person && !r.ents[i].unnamed {
			if ew := strings.Fields(normName(r.ents[i].name)); len(ew) == 2 || len(ew) == len(words) && normName(r.ents[i].name) == key {
				return i, true
			}
		}
	}
	return -1, false
}

// sieveNamedAloneFirst: a full name whose surname or given name was
// seen alone first.
func (r *resolver) sieveNamedAloneFirst(q query, key string, words []string) (int, bool) {
	for _, w := range []string{words[len(words)-1], words[0]} {
		if i, ok := r.single[w]; ok && r.ents[i].kind != Organization && genderOK(r.ents[i].gender, q.g) {
			return i, true
		}
	}
	return -1, false
}

// bySurname picks the person a single name refers to. Among the people
// it fits whose gender fits (the same gender first, when the name has an
// honorific), it takes the one named in full most recently when the
// name has an honorific ("Mrs. Trump" after "Melania Trump, his wife"),
// else the most salient: the first mentioned in the body. A Jr. is never a bare
// surname.
func (r *resolver) bySurname(key string, q query) int {
	cands := append(r.cands[:0], r.surname[key]...) // (a buffer of the resolver's, only read here)
	if i, ok := r.single[key]; ok {
		cands = appendInt(cands, i)
	}
	r.cands = cands
	if len(cands) == 0 && !q.strict {
		cands = r.given[key]
	}
	if len(cands) == 0 {
		if i, ok := r.byName[key]; ok && genderOK(r.ents[i].gender, q.g) {
			return i
		}
		return -1
	}
	// with an honorific, the latest named in full of those whose gender
	// is known to be the same; else the first named
	best, same := -1, false
	for _, i := range cands {
		e := r.ents[i]
		if !genderOK(e.gender, q.g) || e.kind == Organization {
			continue
		}
		s := q.g != 0 && e.gender == q.g
		if best < 0 || s && !same {
			best, same = i, s
			continue
		}
		if s != same {
			continue
		}
		b := r.ents[best]
		if same {
			if e.lastFull > b.lastFull && (q.pos < 0 || e.lastFull < q.pos) {
				best = i
			}
		} else if e.body >= 0 && (b.body < 0 || e.body < b.body) || e.body < 0 && b.body < 0 && e.first < b.first {
			best = i
		}
	}
	return best
}

// core returns a full name without its middle initials: "loretta
// lynch" for "loretta e. lynch".
func core(words []string) string {
	if len(words) < 3 {
		return strings.Join(words, " ")
	}
	out := []string{words[0]}
	for _, w := range words[1 : len(words)-1] {
		if !strings.HasSuffix(w, ".") || len(w) > 5 {
			out = append(out, w)
		}
	}
	return strings.Join(append(out, words[len(words)-1]), " ")
}

// coreOf returns core(words) and whether it differs from key, building
// it only when it may: a name without middle initials, written as key,
// is its own core (most names are).
func coreOf(words []string, key string) (string, bool) {
	if !hasMiddleInitial(words) && joinedIs(words, key) {
		return key, false
	}
	c := core(words)
	return c, c != key
}

// hasMiddleInitial reports a word that core drops.
func hasMiddleInitial(words []string) bool {
	if len(words) < 3 {
		return false
	}
	for _, w := range words[1 : len(words)-1] {
		if strings.HasSuffix(w, ".") && len(w) <= 5 {
			return true
		}
	}
	return false
}

// joinIn returns strings.Join(words, " "): a slice of s when s holds
// it, rather than a new string (words are most often the fields of s).
func joinIn(s string, words []string) string {
	if len(words) == 0 {
		return ""
	}
	n := len(words) - 1
	for _, w := range words {
		n += len(w)
	}
	for i := 0; i+n <= len(s); i++ {
		j := strings.Index(s[i:], words[0])
		if j < 0 || i+j+n > len(s) {
			break
		}
		i += j
		if joinedIs(words, s[i:i+n]) {
			return s[i : i+n]
		}
	}
	return strings.Join(words, " ")
}

// joinedIs reports whether strings.Join(words, " ") is s.
func joinedIs(words []string, s string) bool {
	for i, w := range words {
		if i > 0 {
			if s == "" || s[0] != ' ' {
				return false
			}
			s = s[1:]
		}
		if !strings.HasPrefix(s, w) {
			return false
		}
		s = s[len(w):]
	}
	return s == ""
}

func hasSuffix(words []string) bool {
	return len(words) > 0 && nameSuffixes[words[len(words)-1]]
}

// normName folds a name for comparison: lower case, no "the", no
// possessive, curly apostrophes straightened.
func normName(s string) string {
	if isASCII(s) {
		return trimName(foldASCIIName(s))
	}
	return trimName(foldName(s))
}

// foldName is the general folding of normName, for any UTF-8: lower
// case, runs of white space as one space, ’ as '. (foldASCIIName does
// the same for ASCII, faster.)
func foldName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, c := range s {
		switch {
		case unicode.IsSpace(c):
			space = b.Len() > 0
			continue
		case c == '\u2019':
			c = '\''
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
		default:
			c = unicode.ToLower(c)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(c)
	}
	return b.String()
}

// trimName is the end of normName: a folded name without "the" or a
// possessive.
func trimName(s string) string {
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimSuffix(s, "'")
}

// cleanName splits what analyze left in a name that is not part of it:
// a leading affiliation or abbreviated title ("Republican Donald Trump",
// "Rev. Al Sharpton"), a trailing place or employer ("Charles B. Rangel
// of New York"). It returns the name, the title found and whether the
// name is an organisation's ("The Hill", "The FBI").
func (lx *lexicon) cleanName(m mention) (name, title string, org bool) {
	name = strings.TrimSuffix(strings.TrimSuffix(m.name, "'s"), "\u2019s")
	if n, ok := strings.CutPrefix(name, "A "); ok && isCap(n) {
		name = n // "A Government Accountability Office report"
	}
	title = m.title
	if m.org {
		return name, title, true
	}
	if !strings.Contains(name, " ") {
		return name, title, false // "Trump": nothing to split
	}
	var wb [8]string // (room on the stack for most names' words)
	w := appendFields(wb[:0], name)
	if len(w) > 1 && w[0] == "The" {
		return name, "", true
	}
	k := 0
	if lx.ofTitle(title, name) {
		// "Secretary of" + "State John F. Kerry"
		title += " " + w[0]
		w = w[1:]
	}
	if len(w) > 1 && inLower(sentenceWords, w[0]) {
		w = w[1:] // "Everything Trump says"
	}
	for k < len(w)-1 && (inLower(affiliations, w[k]) || isTitleAbbrev(w[k]) || ukHonorifics[w[k]]) {
		k++
	}
	e := len(w)
	for n := k + 1; n < len(w)-1; n++ {
		// (not "Centers for Disease Control", "Department of Commerce":
		// one word for a body before "for" or "of" is its name)
		if n == k+1 && (w[n] == "for" || inLower(lx.orgWords, w[k])) {
			continue
		}
		if (w[n] == "of" || w[n] == "for" || w[n] == "from") && isCap(w[n+1]) {
			e = n
			break
		}
	}
	for n := k; n < e-1; n++ {
		if p, ok := cutPossessive(w[n]); ok {
			if n == k && e-n > 2 && isAcronym(p) {
				k = n + 1 // "NBC's Lester Holt"
			} else {
				w[n], e = p, n+1 // "Mr. King's Russia show": King
			}
			break
		}
	}
	if k > 0 {
		t := joinIn(name, w[:k])
		if title == "" {
			title = t
		} else {
			title += " " + t
		}
	}
	return joinIn(name, w[k:e]), title, false
}

// ukHonorifics are the titles written before a name without a full
// stop in British and Irish style: "Mr Obama", "Mrs May", "Dr Fauci".
var ukHonorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Mx": true, "Sir": true, "Dame": true}

// ofTitle reports a title cut short before the last word of its
// complement: "Secretary of" before "State John F. Kerry".
func (lx *lexicon) ofTitle(title, name string) bool {
	if !strings.HasSuffix(title, " of") {
		return false
	}
	t := strings.Fields(strings.ToLower(title))
	return len(t) >= 2 && t[len(t)-1] == "of" && lx.titles[t[len(t)-2]] && len(strings.Fields(name)) > 2
}

// cutPossessive returns w without a possessive ending.
func cutPossessive(w string) (string, bool) {
	for _, p := range []string{"'s", "\u2019s", "'", "\u2019"} {
		if strings.HasSuffix(w, p) && len(w) > len(p) {
			return w[:len(w)-len(p)], true
		}
	}
	return w, false
}

// isTitleAbbrev reports an abbreviated title such as "Rev." or "Msgr.": a
// capital, one to three lower-case letters and a full stop.
func isTitleAbbrev(w string) bool {
	if len(w) < 3 || len(w) > 5 || !isCap(w) || w[len(w)-1] != '.' {
		return false
	}
	for _, c := range w[1 : len(w)-1] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return w != "St."
}

// addName adds a name mention, to a known entity or a new one.
func (r *resolver) addName(m mention, ui, para int, subject bool) int {
	return r.addNameG(m, 0, ui, para, subject)
}

// addNameG is addName with a gender the text states beside the name.
func (r *resolver) addNameG(m mention, g byte, ui, para int, subject bool) int {
	name, title, org := r.lx.cleanName(m)
	if g == 0 && title != "" {
		g = genderOf(title)
	}
	// the name scanned here already
	sp, ok := r.at.get(m.start)
	i := sp.ent
	if ok && (r.ents[i].unnamed || sp.end != m.end) {
		ok = false
	}
	key := r.norm(name)
	if !ok {
		i = r.lookup(query{name: name, key: key, g: g, org: org, pos: m.start})
	}
	words := appendFields(r.addWords[:0], key)
	r.addWords = words
	changed := i < 0 // the names to index
	if i < 0 {
		e := &entity{name: name, kind: Person, first: m.start, lastFull: -1, body: -1, affil: -1}
		if org || bodyName(words) && r.known(lastWord(name)) < 0 {
			e.kind = Organization
		}
		e.suffix = hasSuffix(words)
		r.ents = append(r.ents, e)
		i = len(r.ents) - 1
	}
	e := r.ents[i]
	if old := r.keyOf(e); len(words) > strings.Count(old, " ")+1 {
		e.aliases = appendUnique(e.aliases, e.name)
		e.name, e.key, changed = name, key, true
	} else if key != old {
		n := len(e.aliases)
		e.aliases = appendUnique(e.aliases, name)
		changed = changed || len(e.aliases) > n
	}
	if e.kind == Person && len(words) > 1 && !ok {
		changed = changed || e.lastFull < 0
		e.lastFull = max(e.lastFull, m.start)
	}
	if changed {
		r.index(i)
	}
	if title != "" { // (most names come without: no iterator for them)
		for t := range strings.SplitSeq(title, ", ") {
			r.addTitle(e, t)
		}
	}
	if e.gender == 0 && e.kind == Person {
		e.gender = g
	}
	r.place(i, m, ui, para, subject)
	return i
}

// bodyName reports the name of a body: "for" or "on" inside ("Centers
// for Disease Control", "Commission on Presidential Debates"), not
// after an adverb ("Mostly for Trump"). (Its caller also refuses one
// that ends in someone already named: "Attorneys for Clinton".)
func bodyName(words []string) bool {
	for k := 1; k+1 < len(words); k++ {
		if words[k] == "for" || words[k] == "on" {
			return !strings.HasSuffix(words[k-1], "ly")
		}
	}
	return false
}

// addTitle records a title of e, unless it says nothing ("that", "the").
func (r *resolver) addTitle(e *entity, t string) {
	t = strings.TrimSpace(t)
	if t == "" {
		return
	}
	for _, x := range e.titles {
		if strings.EqualFold(x, t) {
			return
		}
	}
	r.toks = appendArenaTokens(r.toks[:0], t, &r.lowers, 0, len(t))
	if onlyFunctionWords(r.toks) {
		return
	}
	e.titles = append(e.titles, t)
	if ro, ok := parseRole(t); ok {
		e.roles = append(e.roles, ro)
	}
}

func (r *resolver) place(ent int, m mention, ui, para int, subject bool) {
	e := r.ents[ent]
	sp := Span{Text: r.text[m.start:m.end], Start: m.start, End: m.end}
	if at, ok := r.at.get(sp.Start); ok && at.ent == ent {
		// placed already: it may now be known as a subject or source
		if subject {
			for _, list := range r.placed {
				k := sort.Search(len(list), func(i int) bool { return int(list[i].pos) >= sp.Start })
				for ; k < len(list) && int(list[k].pos) == sp.Start; k++ {
					if int(list[k].ent) == ent {
						list[k].subject = true
						list[k].source = list[k].source || r.resolved
					}
				}
			}
		}
		return
	}
	if _, ok := r.at.get(sp.Start); ok && subject {
		// a source that starts with someone else's name ("Clinton
		// spokesman Brian Fallon"): that name is no subject
		for _, list := range r.placed {
			k := sort.Search(len(list), func(i int) bool { return int(list[i].pos) >= sp.Start })
			for ; k < len(list) && int(list[k].pos) == sp.Start; k++ {
				list[k].subject = false
			}
		}
	}
	r.at.set(sp.Start, spot{ent, sp.End})
	e.mentions = append(e.mentions, byteSpan{Start: sp.Start, End: sp.End})
	e.first = min(e.first, m.start)
	if !r.heads && (e.body < 0 || m.start < e.body) {
		e.body = m.start
	}
	l := 0
	if r.resolved {
		l = 1
	}
	list := r.placed[l]
	k := sort.Search(len(list), func(i int) bool { return int(list[i].pos) > m.start })
	list = append(list, placed{})
	copy(list[k+1:], list[k:])
	list[k] = placed{pos: int32(m.start), ent: int32(ent), subject: subject, source: r.resolved, para: int32(para), unit: int32(ui)}
	r.placed[l] = list
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}

// A role is a title or description taken apart: "former secretary of
// state" has the head "secretary", the modifier "former" and the
// complement "state".
type role struct {
	word string   // the head as written, folded: "sen.", "spokesman"
	head string   // canonical: "senator" for "Sen.", "spokesperson" for "spokesman"
	mods []string // the words before the head
	comp string   // what follows its preposition, without articles
	g    byte     // the gender the head states
}

// quantities head a phrase whose real head follows "of".
var quantities = map[string]bool{
	"majority": true, "minority": true, "percent": true, "number": true, "half": true, "third": true,
	"quarter": true, "most": true, "many": true, "some": true, "all": true, "none": true, "few": true,
	"several": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true, "one": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "each": true, "both": true, "plurality": true, "share": true,
}

// canonHead folds abbreviated and gendered forms of a title together.
var canonHead = map[string]string{
	"sen.": "senator", "rep.": "representative", "congressman": "representative", "congresswoman": "representative",
	"gov.": "governor", "gen.": "general", "lt.": "lieutenant", "col.": "colonel", "capt.": "captain",
	"sgt.": "sergeant", "cmdr.": "commander", "dr.": "doctor", "prof.": "professor", "pres.": "president",
	"sec.": "secretary", "atty.": "attorney", "supt.": "superintendent", "spokesman": "spokesperson",
	"spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
	"ceo": "executive", "councilman": "councilmember", "councilwoman": "councilmember",
	"assemblyman": "assemblymember", "assemblywoman": "assemblymember", "businessman": "businessperson",
	"businesswoman": "businessperson", "advisor": "adviser",
}

// parseRole takes a title or description apart; it fails for an
// honorific ("Mr.") or when no head is left.
func parseRole(s string) (role, bool) {
	w := strings.Fields(strings.ToLower(strings.ReplaceAll(s, "\u2019", "'")))
	for len(w) > 0 && (determiners[w[0]] || w[0] == "his" || w[0] == "her") {
		w = w[1:]
	}
	h := len(w)
	for n, x := range w {
		if (ppHeads[x] || x == "to" || x == "who") && n > 0 {
			h = n
			break
		}
	}
	if h == 0 {
		return role{}, false
	}
	head := strings.Trim(w[h-1], ",")
	var mods []string
	if (quantities[head] || hasDigit(head)) && h < len(w)-1 && w[h] == "of" {
		// "a majority of voters", "eight of 10 voters": the voters
		return parseRole(strings.Join(w[h+1:], " "))
	} else {
		mods = w[:h-1]
	}
	if head == "mr." || head == "mrs." || head == "ms." || head == "miss" || head == "mr" || head == "mrs" || head == "ms" {
		return role{}, false
	}
	ro := role{word: head, head: head, mods: mods, g: genderOf(head)}
	if c, ok := canonHead[head]; ok {
		ro.head = c
	}
	if h < len(w) && w[h] != "who" {
		var c []string
		for _, x := range w[h+1:] {
			if !determiners[x] {
				c = append(c, strings.Trim(x, ","))
			}
		}
		ro.comp = strings.Join(c, " ")
	}
	return ro, true
}

// match scores how well a description d fits a role t, or reports that
// it cannot: the heads must agree, and so must the genders, the
// complements ("of state", "of defense") and the modifiers, unless one
// side's are all on the other ("the Democratic nominee" fits "Democratic
// presidential nominee", not "Republican nominee"). The score is the
// modifiers the two share less those only the description has.
func (d role) match(t role) (int, bool) {
	if d.head != t.head || !genderOK(d.g, t.g) {
		return 0, false
	}
	if d.comp != "" && t.comp != "" && !strings.Contains(d.comp, t.comp) && !strings.Contains(t.comp, d.comp) {
		return 0, false
	}
	shared, onlyD := 0, 0
	for _, x := range d.mods {
		if containsStr(t.mods, x) {
			shared++
		} else {
			onlyD++
		}
	}
	onlyT := len(t.mods) - shared
	if onlyD > 0 && onlyT > 0 {
		return 0, false
	}
	return shared - onlyD, true
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// kindOf returns the kind of a described source from its head noun.
func (r *resolver) kindOf(head string, m mention) SpeakerKind {
	k, ok := r.lx.nouns[head]
	if !ok {
		k, ok = r.lx.nouns[head+"s"] // "a source"
	}
	switch {
	case ok && k != UnknownSpeaker:
		return k
	case !ok && (r.lx.headNoun(head) || femaleWords[head] || maleWords[head] || agentive(head)):
		return Person
	case m.org || r.lx.orgWords[head]:
		return Organization
	}
	return UnknownSpeaker
}

// agentive reports a noun that names someone by what they do: "the
// announcer", "a narrator", "the novelist".
func agentive(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// byRole returns the entity a definite description ("the spokesman",
// "the president", "the group") refers to: the one introduced with that
// title or role d (when ok), the best match and then the latest; or -1.
// Only a definite description refers back; "a spokesman" is someone
// new.
func (r *resolver) byRole(m mention, d role, ok bool) int {
	if !ok || !definite(m.name) {
		return -1
	}
	kind := r.kindOf(d.word, m)
	best, bestScore, bestPos := -1, 0, -1
	for _, p := range r.before(m.start) {
		e := r.ents[p.ent]
		if e.group != m.group {
			continue
		}
		score, fits := 0, false
		switch {
		case kind == Organization && e.kind == Organization:
			// "the group" for the Crisis Group, "the campaign" for
			// the Clinton campaign, not "the Trump campaign"
			words := strings.Fields(normName(strings.ReplaceAll(e.name, "'s ", " ")))
			fits = containsStr(words, d.head)
			for _, w := range d.mods {
				fits = fits && containsStr(words, strings.TrimSuffix(w, "'s"))
			}
		case kind != Organization && e.kind != Organization:
			if !genderOK(d.g, e.gender) {
				continue
			}
			for _, t := range e.roles {
				if s, f := d.match(t); f && (!fits || s > score) {
					score, fits = s, true
				}
			}
		}
		if fits && (best < 0 || score > bestScore || score == bestScore && int(p.pos) > bestPos) {
			best, bestScore, bestPos = int(p.ent), score, int(p.pos)
		}
	}
	return best
}

// unnamed returns the unnamed source a description stands for ("a
// spokesman", "analysts"), one for each description as written; d is
// its role, when ok.
func (r *resolver) unnamed(m mention, d role, ok bool, ui, para int) int {
	kind := UnknownSpeaker
	if ok {
		kind = r.kindOf(d.word, m)
	}
	key := normName(trimDeterminer(m.name))
	if i, ok := r.unnamedK[key]; ok {
		r.place(i, m, ui, para, true)
		return i
	}
	e := &entity{name: m.name, unnamed: true, group: m.group, first: m.start, kind: kind, lastFull: -1, body: -1, affil: -1}
	if ok {
		e.roles = []role{d}
		e.gender = d.g
		if kind == Person {
			e.affil = r.affiliation(m.name, d)
		}
	}
	return r.addUnnamed(key, e, m, ui, para)
}

// addUnnamed adds e, an unnamed source known by key, at mention m.
func (r *resolver) addUnnamed(key string, e *entity, m mention, ui, para int) int {
	r.ents = append(r.ents, e)
	r.unnamedK[key] = len(r.ents) - 1
	r.place(len(r.ents)-1, m, ui, para, true)
	return len(r.ents) - 1
}

// affiliation returns the organisation that people described by desc
// speak for, when the article has named it before: a name before the
// head ("a Boeing spokesman", "FDA officials") or after it and "for",
// "at", "with" or "of" ("a spokesman for the World Health
// Organization", "officials at the WHO"); or -1. A person's name there
// ("a Trump spokesman") is no organisation.
func (r *resolver) affiliation(desc string, d role) int {
	var wb [12]string // (room on the stack for most descriptions' words)
	w := appendFields(wb[:0], desc)
	h := headIndex(w, d.word)
	if h < 0 {
		return -1
	}
	org := func(a, b int) int {
		for ; a < b; a++ {
			if !isCap(w[a]) || inLower(determiners, w[a]) {
				continue
			}
			e := a
			for e < b && (isCap(w[e]) || e > a && inLower(nameParticles, w[e]) && e+1 < b && isCap(w[e+1])) {
				e++
			}
			key := normName(strings.Trim(strings.Join(w[a:e], " "), ",.;:"))
			if i, ok := r.byName[key]; ok && r.ents[i].kind == Organization {
				return i
			}
			a = e
		}
		return -1
	}
	if i := org(0, h); i >= 0 {
		return i
	}
	if h+1 < len(w) {
		switch strings.ToLower(w[h+1]) {
		case "for", "at", "with", "of", "from":
			e := h + 2
			for e < len(w) && (isCap(w[e]) || inLower(determiners, w[e]) || inLower(nameParticles, w[e])) {
				e++
			}
			return org(h+2, e)
		}
	}
	return -1
}

// before returns the last mentions placed before pos, at most
// maxLookBack from each list, in no particular order: antecedents are
// near.
func (r *resolver) before(pos int) []placed {
	const maxLookBack = 200
	out := r.lookBack[:0] // (one buffer per parse: the callers read it at once)
	if out == nil {
		// (room at once for what the lists hold now, rather than grown
		// by copying)
		out = make([]placed, 0, min(2*maxLookBack, len(r.placed[0])+len(r.placed[1])+16))
	}
	for _, list := range r.placed {
		k := sort.Search(len(list), func(i int) bool { return int(list[i].pos) >= pos })
		out = append(out, list[max(0, k-maxLookBack):k]...)
	}
	r.lookBack = out
	return out
}

func lastWord(s string) string {
	// (the last of strings.Fields(s), without making the others)
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	return strings.Trim(s, ",.")
}

// narrator resolves "I" outside any quotation: the writer of the
// article (an op-ed, a first-person account), one unnamed person.
func (r *resolver) narrator(m mention, ui, para int) int {
	const key = "\x00i"
	if i, ok := r.unnamedK[key]; ok {
		r.place(i, m, ui, para, true)
		return i
	}
	if a := r.bioAuthor(); a >= 0 {
		r.unnamedK[key] = a
		r.place(a, m, ui, para, true)
		return a
	}
	e := &entity{name: m.name, kind: Person, unnamed: true, narrator: true, first: m.start, lastFull: -1, body: -1, affil: -1}
	return r.addUnnamed(key, e, m, ui, para)
}

// pronoun resolves a pronoun at m to the nearest compatible entity,
// preferring the subjects and sources of the sentences just before to
// objects and addressees, and reports whether no one else near could
// be meant. (A person's gender is learned from the
// pronouns of the sentences that name them, see genderFromPronouns,
// never from the pronouns resolved here: a wrong guess would spread.)
func (r *resolver) pronoun(m mention, ui, para int, exclude int) (int, bool) {
	pick, sure := r.pickPronoun(m, ui, para, exclude)
	if pick < 0 {
		return r.unnamedPronoun(m, ui, para), false
	}
	r.place(pick, m, ui, para, true)
	if e := r.ents[pick]; sure && e.gender == 0 && e.kind == Person && !e.group && !e.unnamed && (m.pron == 'm' || m.pron == 'f') && r.namedJustBefore(pick, ui, m.start) {
		e.gender = m.pron // named in this sentence or the one before, and no one else nearby could be meant
	}
	return pick, sure
}

// namedJustBefore reports that entity e is named (not referred to by a
// pronoun) before pos in sentence ui or the one before it.
func (r *resolver) namedJustBefore(e, ui, pos int) bool {
	if ui < 0 || ui >= len(r.units) || len(r.units[ui].toks) == 0 {
		return false
	}
	from := ui
	if ui > 0 && len(r.units[ui-1].toks) > 0 {
		from = ui - 1
	}
	for p := range r.placedIn(int(r.units[from].toks[0].start()), pos) {
		if int(p.ent) == e {
			if sp, ok := r.at.get(int(p.pos)); ok && sp.ent == e {
				return true
			}
		}
	}
	return false
}

// placedIn yields the placements at positions in [start, end), list by
// list (each in text order).
func (r *resolver) placedIn(start, end int) func(yield func(placed) bool) {
	return func(yield func(placed) bool) {
		for _, list := range r.placed {
			for k := sort.Search(len(list), func(i int) bool { return int(list[i].pos) >= start }); k < len(list) && int(list[k].pos) < end; k++ {
				if !yield(list[k]) {
					return
				}
			}
		}
	}
}

// opensParagraph reports a placement that is the subject opening the
// first sentence of its paragraph: who the paragraph is about
// ("Donald Trump says political correctness has run amok …").
func (r *resolver) opensParagraph(p placed) bool {
	ui := int(p.unit)
	if ui < 0 || ui >= len(r.units) || ui > 0 && r.units[ui-1].para == r.units[ui].para {
		return false
	}
	u := &r.units[ui]
	return len(u.toks) > 0 && int(p.pos) <= int(u.toks[min(2, len(u.toks)-1)].start())
}

// pickPronoun returns the entity pronoun m refers to, and whether no
// one else nearby could be meant; -1 when no one named fits.
func (r *resolver) pickPronoun(m mention, ui, para int, exclude int) (int, bool) {
	compatible := func(e *entity) bool {
		if e.narrator {
			return false // "I" is no "he" or "she"
		}
		switch m.pron {
		case 'm':
			return e.kind == Person && e.gender != 'f' && !e.group
		case 'f':
			return e.kind == Person && e.gender != 'm' && !e.group
		case 'p':
			return e.group || e.kind == Organization
		case 'n':
			return e.kind == Organization || e.kind == UnknownSpeaker && !e.group
		case 's':
			return e.kind == Organization || e.group
		}
		return false
	}
	all := r.before(m.start)
	order := all[:0] // (filtered in place)
	for _, p := range all {
		if int(p.para) >= para-3 && int(p.ent) != exclude {
			order = append(order, p)
		}
	}
	order = r.latestFirst(order)
	pick := -1
	for _, p := range order {
		// the source of a frame in the pronoun's own sentence first: in
		// "He declared that … Donald Trump would have a path …, which he
		// declared" the second "he" is the first one's
		if int(p.unit) == ui && p.source && compatible(r.ents[int(p.ent)]) {
			pick = int(p.ent)
			break
		}
	}
	for k, p := range order {
		if pick >= 0 {
			break
		}
		if int(p.unit) >= ui-3 && p.subject && compatible(r.ents[p.ent]) {
			pick = int(p.ent)
			if e := r.ents[p.ent]; e.unnamed && e.gender == 0 && (m.pron == 'm' || m.pron == 'f') {
				// someone described and of no known gender ("one
				// questioner claimed …") gives way to a named subject of
				// these sentences the article shows to be of the
				// pronoun's gender, or who opens their paragraph
				// ("Donald Trump says political correctness …")
				for _, q := range order[k+1:] {
					if int(q.unit) < ui-3 {
						break
					}
					if qe := r.ents[q.ent]; q.subject && !qe.unnamed && qe.kind == Person && compatible(qe) && (qe.gender == m.pron || r.opensParagraph(q)) {
						pick = int(q.ent)
						break
					}
				}
			}
			if r.subord[int(p.pos)] {
				// the main clause's subject before a subordinate one, if
				// the article shows them of the pronoun's gender: in "Ryan
				// did not exude confidence when Tapper asked …", "he" is
				// Ryan
				for _, q := range order[k+1:] {
					if q.unit != p.unit {
						break
					}
					if q.subject && !r.subord[int(q.pos)] && q.ent != p.ent && compatible(r.ents[q.ent]) && r.ents[q.ent].gender == m.pron {
						pick = int(q.ent)
						break
					}
				}
			}
			break
		}
	}
	if pick < 0 {
		for _, p := range order {
			if compatible(r.ents[p.ent]) {
				pick = int(p.ent)
				break
			}
		}
	}
	if pick < 0 {
		return -1, false
	}
	// sure when no one else in these sentences could be meant (of those
	// the article shows to be of the pronoun's gender, when the one
	// picked is)
	sure := true
	known := (m.pron == 'm' || m.pron == 'f') && r.ents[pick].gender == m.pron
	for _, p := range order {
		if int(p.unit) < ui-2 {
			break
		}
		if o := r.ents[int(p.ent)]; int(p.ent) != pick && compatible(o) && (!known || o.gender == m.pron) {
			sure = false
			break
		}
	}
	return pick, sure
}

// The speaker sieves resolve the source mention of each quote to an
// entity, in this order; the first that applies decides. A name is
// looked up with the name sieves below.
var speakerSieves = []speakerSieve{
	{"implausible-name", (*resolver).sieveImplausibleName},
	{"name", (*resolver).sieveName},
	{"appositive", (*resolver).sieveAppositive},
	{"title-role", (*resolver).sieveTitleRole},
	{"document-author", (*resolver).sieveDocumentAuthor},
	{"definite-description", (*resolver).sieveDefiniteDescription},
	{"description", (*resolver).sieveDescription},
	{"nested-speaker", (*resolver).sieveNestedSpeaker},
	{"narrator", (*resolver).sieveNarrator},
	{"pronoun", (*resolver).sievePronoun},
}

// A speakerSieve resolves a source mention, or reports false when it
// does not apply to it.
type speakerSieve struct {
	name    string
	resolve func(r *resolver, s *sourceOf) (int, bool)
}

// sourceOf is a quote's source mention as the speaker sieves see it.
type sourceOf struct {
	np      mention
	f       found
	parent  int // the entity of the quote it is nested in, or -1
	exclude int // an entity it cannot be: the parent's speaker or the addressee, or -1
	// the description's role, parsed once for the sieves that need it
	role              role
	hasRole, isParsed bool
	// doubt is how sure the sieve that decided is of the speaker: 1, or
	// less when it chose among several or described someone unnamed
	doubt float64
}

// How much a sieve's doubt lowers a quote's confidence.
const (
	doubtUnnamed   = 0.85 // a description of someone never named
	doubtAmbiguous = 0.85 // a pronoun or description that others nearby could fit
	doubtRedirect  = 0.9  // a name that did not read as one
)

// A pronounSubject is a "he" or "she" opening a clause outside
// quotations that is no quote's source: "She then peppered him with
// attacks." Resolved in text order among the quotes' sources, it
// carries who the sentences are about to the pronouns after it.
type pronounSubject struct {
	m        mention
	ui, para int
}

// pronounSubjects lists the pronoun subjects of the sentences, in text
// order, but the sources of the quotes fs.
func (r *resolver) pronounSubjects(fs []found) []pronounSubject {
	sources := make([]int32, 0, len(fs)) // (sorted, for a binary search: 4 bytes a quote, not a map)
	for _, f := range fs {
		if f.hasFrame {
			sources = append(sources, int32(f.f.np.start))
		}
	}
	slices.Sort(sources)
	var out []pronounSubject
	for ui := range r.units {
		u := &r.units[ui]
		for i, t := range u.toks {
			if t.lower != "he" && t.lower != "she" || u.isQuote(i) || isSource(sources, t.start()) || !u.clauseOpens(i) {
				continue
			}
			if m := u.analyze(i, i+1); m.kind == npPronoun {
				out = append(out, pronounSubject{m: m, ui: ui, para: u.para})
			}
		}
	}
	return out
}

// isSource reports whether pos is in sources, sorted.
func isSource(sources []int32, pos int32) bool {
	_, ok := slices.BinarySearch(sources, pos)
	return ok
}

// clauseOpens reports a word opening a clause: first in its sentence,
// after an opening adverb or conjunction ("Then he", "But she"), or
// after a semicolon, a colon, a dash, ", and" or ", but".
func (u *sentence) clauseOpens(i int) bool {
	toks := u.toks
	switch {
	case i == 0:
		return true
	case i == 1 && toks[0].word() && toks[0].upper() && (adverbs[toks[0].lower] || clauseOpeners[toks[0].lower] || toks[0].lower == "then"):
		return true
	case opensClause[toks[i-1].str(u.text)]:
		return true
	}
	return i >= 2 && (toks[i-1].lower == "and" || toks[i-1].lower == "but") && toks[i-2].str(u.text) == ","
}

// chainPronouns resolves the pronoun subjects before pos and places
// each that goes to someone the article shows to be of its gender as
// that entity's subject mention (not a source); it returns those left.
func (r *resolver) chainPronouns(subjects []pronounSubject, pos int) []pronounSubject {
	for len(subjects) > 0 && subjects[0].m.start < pos {
		ps := subjects[0]
		subjects = subjects[1:]
		if e, _ := r.pickPronoun(ps.m, ps.ui, ps.para, -1); e >= 0 && r.ents[e].gender == ps.m.pron {
			r.resolved = false // (a subject, not a quote's source)
			r.place(e, ps.m, ps.ui, ps.para, true)
			r.resolved = true
		}
	}
	return subjects
}

// parsedRole returns the role of a description ("the Indiana
// governor"), parsing it the first time.
func (s *sourceOf) parsedRole() (role, bool) {
	if !s.isParsed {
		s.role, s.hasRole = parseRole(s.np.name)
		s.isParsed = true
	}
	return s.role, s.hasRole
}

// resolveAll finds the entity of each found quote, in text order, and
// the doubt of each (see sourceOf.doubt).
func (r *resolver) resolveAll(fs []found) (ents []int, doubt []float64) {
	r.resolved = true
	r.roomToResolve(fs)
	ents = make([]int, len(fs))
	doubt = make([]float64, len(fs))
	subjects := r.pronounSubjects(fs)
	for i, f := range fs {
		ents[i], doubt[i] = -1, 1
		pos := f.span.Start
		if f.hasFrame {
			pos = min(pos, f.f.np.start)
		}
		subjects = r.chainPronouns(subjects, pos)
		switch {
		case f.inherit >= 0:
			ents[i], doubt[i] = ents[f.inherit], doubt[f.inherit]
		case f.hasFrame:
			s := &r.src // (a field: calls through the table allocate nothing)
			*s = sourceOf{np: r.sourceMention(f.f.np), f: f, parent: -1, exclude: -1, doubt: 1}
			if f.parent >= 0 {
				s.parent, s.exclude = ents[f.parent], ents[f.parent]
			} else if ad := f.f.addressee; ad != nil {
				if sp, ok := r.at.get(ad.Start); ok {
					s.exclude = sp.ent // "he told Hannity": not Hannity
				}
			}
			for _, sv := range speakerSieves {
				if r.off[sv.name] {
					continue
				}
				if e, ok := sv.resolve(r, s); ok {
					ents[i], doubt[i] = e, s.doubt
					break
				}
			}
		}
		if ents[i] >= 0 {
			r.ents[ents[i]].used = true
		}
	}
	return ents, doubt
}

// sieveImplausibleName: what the frame took for a name but does not
// read as one goes where the sentence points. A place written after
// "of", "from" or "in" ("Rawlings, 59, of Ashton, Md., said") is the
// person named before it in its sentence; a party adjective alone
// ("Democratic", of "Democratic nominee Ana Ortiz") is the name after
// it; a pronoun followed by a lower-case word ("She gives") is that
// pronoun. Other names with a lower-case word that is no particle ("U.S.
// senator") are descriptions.
func (r *resolver) sieveImplausibleName(s *sourceOf) (int, bool) {
	np := s.np
	if np.kind != npName {
		return -1, false
	}
	u, a, b := r.tokensOf(np)
	if u == nil {
		return -1, false
	}
	var wb [8]string // (room on the stack for most names' words)
	words := appendFields(wb[:0], np.name)
	if e, ok, done := r.notAName(s, u, a, b, words); done {
		return e, ok
	}
	return r.namePointsElsewhere(s, u, a, b, words)
}

// notAName reshapes a source "name" toks[a:b] that is no name: a
// possessor before a noun ("Scott's family"), a day ("a poll released
// Thursday"), an honorific without its full stop ("Mrs" of "Mrs May"),
// a capitalised word opening the sentence that reads as a verb form or
// an adverb. done reports that it decided.
func (r *resolver) notAName(s *sourceOf, u *sentence, a, b int, words []string) (ent int, ok, done bool) {
	np := s.np
	toks := u.toks
	// a possessor before a noun: "Scott's family", "Rubio's campaign"
	k := b
	if k < len(toks) && (toks[k].str(u.text) == "'s" || toks[k].str(u.text) == "’s") {
		k++
	} else if _, poss := cutPossessive(toks[b-1].str(u.text)); !poss {
		k = -1
	}
	if k > 0 && k < len(toks) && toks[k].word() && !toks[k].upper() && r.lx.headNoun(toks[k].lower) {
		s.np.kind, s.np.end, s.np.name = npNominal, int(toks[k].end()), r.text[np.start:toks[k].end()]
		s.np.group = strings.HasSuffix(toks[k].lower, "s") && !r.lx.titles[toks[k].lower]
		return -1, false, true
	}
	if len(words) == 1 && inLower(timeWords, words[0]) && !(a > 0 && ukHonorifics[strings.TrimSuffix(toks[a-1].str(u.text), ".")]) {
		// "a poll released Thursday": the description, not the day
		s.np.kind, s.np.name, s.np.title = npNominal, r.text[np.start:np.end], ""
		return -1, false, true
	}
	if len(words) == 1 && ukHonorifics[strings.TrimSuffix(words[0], ".")] && b < len(toks) && toks[b].upper() && toks[b].word() {
		// "Mrs" of "Mrs May": the name the honorific opens
		if sp, ok := r.at.get(np.start); ok && sp.end > np.end && !r.ents[sp.ent].unnamed {
			r.place(sp.ent, np, s.f.unitIndex, s.f.para, true)
			return sp.ent, true, true
		}
		s.np.end = int(toks[b].end())
		s.np.name = r.text[np.start:toks[b].end()]
		return -1, false, true
	}
	if len(words) == 1 && b == a+1 && firstWordOf(u, a) && !isAllCaps(words[0]) && !inLower(partyAdjectives, words[0]) {
		// a capitalised word opening the sentence, written nowhere else
		// in the article, shaped as a verb form, an adverb or a function
		// word: "Coming back to the market, experts say", "Across town,
		// … is", "Shortly after": no name
		next := ""
		if b < len(toks) {
			next = toks[b].lower
		}
		if _, ok := r.at.get(np.start); !ok && notNameShape(words[0], next) && !sayForms[next] && r.writtenOnce(words[0]) {
			s.np.kind = npNominal
			return -1, false, true
		}
	}
	return -1, false, false
}

// namePointsElsewhere sends a "name" that only points to someone where
// the sentence points: a place after "of" to the person named before
// it, a party adjective to the name it leads to, "the Oklahoma
// Republican" to the person it is in apposition with, a pronoun with a
// verb ("She gives") to the pronoun, a phrase with lower-case words to
// a description.
func (r *resolver) namePointsElsewhere(s *sourceOf, u *sentence, a, b int, words []string) (int, bool) {
	np := s.np
	toks := u.toks
	switch {
	case a >= 1 && placeBefore(u.text, toks, a):
		if e := r.namedBefore(u, a); e >= 0 {
			r.place(e, np, s.f.unitIndex, s.f.para, true)
			s.doubt = doubtRedirect
			return e, true
		}
	case len(words) == 1 && b-a == 1 && inLower(partyAdjectives, words[0]):
		// the name that the adjective and a title or two lead to
		for k := b; k < len(toks) && k < b+4 && toks[k].word() && !u.isQuote(k); k++ {
			if e, ok := r.at.get(int(toks[k].start())); ok && !r.ents[e.ent].unnamed {
				r.place(e.ent, np, s.f.unitIndex, s.f.para, true)
				s.doubt = doubtRedirect
				return e.ent, true
			}
		}
	case inLower(partyNouns, words[len(words)-1]) && (determiners[toks[a].lower] || a > 0 && determiners[toks[a-1].lower] || inLower(determiners, np.title)):
		// "the Oklahoma Republican": a description; "Ana Holt, an
		// Oklahoma Republican who …": Ana Holt
		for a > 0 && a > b-8 && !determiners[toks[a].lower] && toks[a-1].str(u.text) != "," {
			a--
		}
		if !determiners[toks[a].lower] {
			break
		}
		if e := r.appositive(u, a); e >= 0 {
			r.place(e, np, s.f.unitIndex, s.f.para, true)
			s.doubt = doubtRedirect
			return e, true
		}
		s.np.kind, s.np.start, s.np.name = npNominal, int(toks[a].start()), r.text[toks[a].start():np.end]
		return -1, false
	case len(words) >= 2:
		w0 := strings.ToLower(words[0])
		if c, ok := r.lx.pronouns[w0]; ok && !isCap(words[1]) {
			s.np.kind, s.np.pron, s.np.name, s.np.end = npPronoun, c, words[0], np.start+len(words[0])
			s.np.group = c == 'p'
			return -1, false
		}
		for _, w := range words[1:] {
			if !isCap(w) && !inLower(nameParticles, w) && !hasDigit(w) {
				s.np.kind = npNominal
				s.np.name = r.text[np.start:np.end]
				return -1, false
			}
		}
	}
	return -1, false
}

// notNameShape reports a capitalised word that reads as a participle
// before a particle or function word ("Coming back", "Walking into"),
// an adverb ("Shortly"; not "Kelly" nor "Reilly") or a function word
// ("Across"), rather than a name ("Manning said", "Husted continued");
// next is the word after it.
func notNameShape(w, next string) bool {
	l := strings.ToLower(w)
	if isFunctionWord(l) {
		return true
	}
	if stem, ok := strings.CutSuffix(l, "ly"); ok && len(stem) >= 3 && !strings.HasSuffix(stem, "l") {
		return true
	}
	if stem, ok := strings.CutSuffix(l, "ing"); ok && len(stem) >= 3 {
		return isFunctionWord(next) || particles[next]
	}
	return false
}

// particles follow a verb to make a phrasal verb: "coming back".
var particles = map[string]bool{"back": true, "up": true, "out": true, "off": true, "down": true, "away": true, "ahead": true}

// sayForms are the commonest speech verbs right after a speaker.
var sayForms = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true, "wrote": true, "writes": true, "asked": true}

// firstWordOf reports that token a is the first word of unit u.
func firstWordOf(u *sentence, a int) bool {
	for i := 0; i < a; i++ {
		if u.toks[i].word() || u.isQuote(i) {
			return false
		}
	}
	return true
}

func isAllCaps(w string) bool {
	if isASCII(w) {
		// (strings.ToUpper(w) == w without making the upper-case copy)
		for i := 0; i < len(w); i++ {
			if 'a' <= w[i] && w[i] <= 'z' {
				return false
			}
		}
		return true
	}
	return strings.ToUpper(w) == w
}

// partyAdjectives are the adjectives of parties, which alone name no
// one; partyNouns name a party's members.
var (
	partyAdjectives = map[string]bool{"democratic": true, "republican": true, "libertarian": true, "gop": true}
	partyNouns      = map[string]bool{"republican": true, "democrat": true, "libertarian": true, "independent": true}
)

// unitAt returns the index of the unit holding byte pos, or -1.
func (r *resolver) unitAt(pos int) int {
	k := sort.Search(len(r.units), func(i int) bool { return int(r.units[i].span.End) > pos })
	if k == len(r.units) || int(r.units[k].span.Start) > pos {
		return -1
	}
	return k
}

// tokensOf returns the unit holding mention m and m's token range in it,
// or nil.
func (r *resolver) tokensOf(m mention) (*sentence, int, int) {
	k := r.unitAt(m.start)
	if k < 0 {
		return nil, 0, 0
	}
	u := &r.units[k]
	a := sort.Search(len(u.toks), func(i int) bool { return int(u.toks[i].start()) >= m.start })
	b := a
	for b < len(u.toks) && int(u.toks[b].end()) <= m.end {
		b++
	}
	if a == len(u.toks) || int(u.toks[a].start()) != m.start || b == a {
		return nil, 0, 0
	}
	return u, a, b
}

// placeBefore reports that the capitalised words ending just before
// toks[a] are a place: "of Ashton," before "Md.", "from Springfield"
// before the name itself.
func placeBefore(text string, toks []token, a int) bool {
	k := a - 1
	for k >= 0 && (toks[k].str(text) == "," || toks[k].upper()) && k >= a-4 {
		k--
	}
	return k >= 0 && k < a && (toks[k].lower == "of" || toks[k].lower == "from") && k+1 <= a
}

// namedBefore returns the person named earliest in unit u before token
// a, as a subject: the one a place or age in apposition belongs to.
func (r *resolver) namedBefore(u *sentence, a int) int {
	for i := 0; i < a; i++ {
		if sp, ok := r.at.get(int(u.toks[i].start())); ok && sp.end <= int(u.toks[a].start()) {
			if e := r.ents[sp.ent]; e.kind == Person && !e.unnamed && !e.group {
				return sp.ent
			}
		}
	}
	return -1
}

// sieveName: a name, the same entity as an earlier mention of it (see
// lookup), or a new one; a pronoun opening what the speaker said tells
// their gender.
func (r *resolver) sieveName(s *sourceOf) (int, bool) {
	if s.np.kind != npName {
		return -1, false
	}
	e := r.addName(s.np, s.f.unitIndex, s.f.para, !r.relativeSource(s))
	r.genderFromContent(e, s.f)
	return e, true
}

// relativeSource reports a source named before a relative clause that
// holds the frame ("his rivals, Jeb Bush and Chris Christie, who say
// …"): not the subject of its sentence, so no antecedent for the
// pronouns after it.
func (r *resolver) relativeSource(s *sourceOf) bool {
	u, a, b := r.tokensOf(s.np)
	if u == nil {
		return false
	}
	toks := u.toks
	if w := toks[a].lower; w == "who" || w == "which" {
		// (the mention is the relative pronoun, named for its
		// antecedent): unless the antecedent opens the sentence ("Wild
		// defenseman Ryan Suter, who joked …, could see")
		k := a - 1
		if k >= 0 && toks[k].str(u.text) == "," {
			k--
		}
		m := u.npBefore(k)
		return !(m.ok() && u.opensNearStart(m.s))
	}
	if b < len(toks) && toks[b].str(u.text) == "," {
		b++
	}
	return b < len(toks) && (toks[b].lower == "who" || toks[b].lower == "which") && s.f.f.cue.Start > int(toks[b].start())
}

// sieveTitleRole: a definite description ("the spokesman", "the
// president", "the group") is the entity introduced with that title or
// role.
func (r *resolver) sieveTitleRole(s *sourceOf) (int, bool) {
	if s.np.kind != npNominal {
		return -1, false
	}
	d, ok := s.parsedRole()
	e := r.byRole(s.np, d, ok)
	if e < 0 {
		return -1, false
	}
	r.place(e, s.np, s.f.unitIndex, s.f.para, true)
	return e, true
}

// sieveAppositive: a description set off after a person's name is
// that person: "Senator Ana Holt, a Vermont lawmaker who …, said", "said
// Dale Ortiz, a professor at the university,".
func (r *resolver) sieveAppositive(s *sourceOf) (int, bool) {
	if s.np.kind != npNominal || s.np.group {
		return -1, false
	}
	u, a, b := r.tokensOf(s.np)
	if u == nil || !determiners[u.toks[a].lower] || b < len(u.toks) && u.toks[b].str(u.text) != "," && u.toks[b].lower != "who" {
		return -1, false // "Clinton, analysts said," is no apposition
	}
	e := r.appositive(u, a)
	if e < 0 {
		return -1, false
	}
	r.place(e, s.np, s.f.unitIndex, s.f.para, true)
	return e, true
}

// appositive returns the person whose name ends just before the comma
// before token a of unit u, or -1.
func (r *resolver) appositive(u *sentence, a int) int {
	if a < 2 || u.toks[a-1].str(u.text) != "," {
		return -1
	}
	end := u.toks[a-2].end()
	for k := a - 2; k >= 0 && k >= a-6; k-- {
		if sp, ok := r.at.get(int(u.toks[k].start())); ok {
			if e := r.ents[sp.ent]; sp.end == int(end) && e.kind == Person && !e.unnamed && !e.group {
				return sp.ent
			}
			return -1
		}
	}
	return -1
}

// sieveDocumentAuthor: a document that speaks ("a Times article", "the
// Clinton ad", "a report by the Budget Office") is the organisation or
// person the article names as behind it, and so is the voice in it ("a
// narrator in the Clinton ad", "the ad's narrator"); "the article" is
// the author of the last article so resolved. A document whose author
// the article does not name is left to the sieves after.
func (r *resolver) sieveDocumentAuthor(s *sourceOf) (int, bool) {
	np := s.np
	if np.kind != npNominal || np.group {
		return -1, false
	}
	d, ok := s.parsedRole()
	if !ok {
		return -1, false
	}
	doc := d.word
	var wb [8]string // (room on the stack for most names' words)
	w := appendFields(wb[:0], np.name)
	if voices[d.word] {
		// the voice of a document: its complement or possessor names it
		doc = ""
		for x := range strings.FieldsSeq(d.comp + " " + strings.Join(d.mods, " ")) {
			x, _ = cutPossessive(x)
			if r.isDocument(x) {
				doc = x
			}
		}
		if doc == "" {
			// a voice alone ("the narrator says") is the voice of the ad
			// the sentences before tell of
			doc = "ad"
		}
	} else if !r.isDocument(doc) {
		return -1, false
	}
	// the author: a name before the head, or after "by", "from" or "for"
	// ("a poll by the Institute of Politics"); a voice's document
	// anywhere ("a narrator in the Clinton ad")
	e := -1
	h := headIndex(w, d.word)
	if h < 0 {
		h = len(w)
	}
	if voices[d.word] {
		e = r.authorIn(w)
	} else {
		e = r.authorIn(w[:h])
		if e < 0 && h+1 < len(w) {
			switch strings.ToLower(w[h+1]) {
			case "by", "from", "for":
				e = r.authorIn(w[h+2:])
			}
		}
	}
	// who the sentences just before say put it out, else whoever was
	// found for the same word before
	if e < 0 && (definite(np.name) || voices[d.word]) {
		e = r.docMaker(doc, s.f.unitIndex)
	}
	if e < 0 && (definite(np.name) || voices[d.word]) {
		if a, ok := r.docAuthor[doc]; ok {
			e = a
		}
	}
	if e < 0 {
		return -1, false
	}
	r.docAuthor[doc] = e
	r.place(e, np, s.f.unitIndex, s.f.para, true)
	s.doubt = doubtRedirect
	return e, true
}

// voices are the nouns of who speaks in a document: "the ad's
// narrator".
var voices = map[string]bool{"narrator": true, "announcer": true, "voice": true, "voiceover": true}

// subjectIn returns the entity named first as a subject in sentence u,
// or -1.
func (r *resolver) subjectIn(u *sentence) int {
	if len(u.toks) == 0 {
		return -1
	}
	best, bestPos := -1, int(u.toks[len(u.toks)-1].end())
	for p := range r.placedIn(int(u.toks[0].start()), bestPos) {
		if p.subject && !r.ents[p.ent].unnamed && int(p.pos) < bestPos {
			best, bestPos = int(p.ent), int(p.pos)
		}
	}
	return best
}

// adWords name an ad, one for another: "a new ad … The 60-second
// spot".
var adWords = map[string]bool{"ad": true, "spot": true, "commercial": true, "video": true, "clip": true, "advertisement": true}

// maxDocUnits is how many sentences back docMaker looks for who put a
// document out.
const maxDocUnits = 4

// isDocument reports a noun that names a document: an unnamed source of
// no known kind ("report", "article") or a word for a video or post.
func (r *resolver) isDocument(w string) bool {
	if k, ok := r.lx.nouns[w]; ok {
		return k == UnknownSpeaker
	}
	return docNouns[w]
}

// docNouns are documents that the noun lexicon does not list.
var docNouns = map[string]bool{"clip": true, "spot": true, "video": true, "tweet": true, "release": true, "commercial": true}

// authorIn returns the entity named by a capitalised word or run of
// them in a description ("Times" in "a Times article", "Clinton" in
// "the Clinton ad"), or -1.
func (r *resolver) authorIn(w []string) int {
	for a := 0; a < len(w); a++ {
		if !isCap(w[a]) || inLower(determiners, w[a]) {
			continue
		}
		b := a
		for b < len(w) && isCap(w[b]) {
			b++
		}
		name, _ := cutPossessive(strings.Trim(strings.Join(w[a:b], " "), ",.;:"))
		if inLower(timeWords, name) {
			return -1
		}
		if e := r.known(name); e >= 0 && !r.ents[e].unnamed {
			return e
		}
		if i, ok := r.orgTail[normName(name)]; ok && b-a == 1 {
			return i
		}
		a = b
	}
	return -1
}

// sieveDefiniteDescription: a definite description of one person ("the
// New York businessman", "the Indiana governor", "the candidate") that
// no title matched refers back to someone named before it, never to one
// named earlier in its own sentence. The person the article describes
// with the description's words (near a mention of their name: "Indiana
// Gov. Mike Pence", "Sanders, who represents Vermont") is taken; when
// the words are nowhere beside a name, the one most mentioned in the
// last paragraphs, then the latest.
func (r *resolver) sieveDefiniteDescription(s *sourceOf) (int, bool) {
	np := s.np
	if np.kind != npNominal || np.group {
		return -1, false
	}
	d, ok := s.parsedRole()
	if !ok || !definite(np.name) || conjoined(np.name) || plural(d.word) || capitalHead(np.name, d.word) {
		return -1, false // ("the committee chairmen", "the campaign and some experts", "the Roper Center")
	}
	kind := r.kindOf(d.word, np)
	if partyNouns[d.word] {
		kind = Person // "the Oklahoma Republican"
	}
	if kind == UnknownSpeaker {
		return -1, false
	}
	ds := r.newDescSearch(s, d, kind)
	ds.gather()
	best := -1
	for i, c := range ds.cands {
		if ds.same[i] {
			continue
		}
		if b := ds.cands[best]; best < 0 || c.score > b.score || c.score == b.score && (c.count > b.count || c.count == b.count && c.last > b.last) {
			best = i
		}
	}
	if best >= 0 && ds.cands[best].score == 0 {
		best = ds.fallback()
	}
	if best < 0 && kind == Organization {
		best = ds.lastOrganisation()
	}
	if best < 0 {
		return -1, false
	}
	r.place(best, np, s.f.unitIndex, s.f.para, true)
	for i, c := range ds.cands {
		if i != best && !ds.same[i] && c.score == ds.cands[best].score {
			s.doubt = doubtAmbiguous
		}
	}
	if ds.cands[best].score == 0 {
		s.doubt = doubtAmbiguous
	}
	return best, true
}

// A descSearch looks for the entity a definite description refers to.
type descSearch struct {
	r       *resolver
	s       *sourceOf
	d       role
	kind    SpeakerKind
	words   []string          // the description's describing words
	cands   map[int]*descCand // the entities it may refer to
	same    map[int]bool      // entities it cannot be (named in it, or in its sentence)
	named   []string          // names among its modifiers
	src     int               // the speaker last quoted, of its kind, or -1
	srcPos  int               // where that speaker was last quoted
	topic   int               // the subject of the sentences just before, or -1
	topPos  int               // where that subject was mentioned
	topUnit int               // and in which sentence
}

// newDescSearch prepares the search: who the description cannot be.
func (r *resolver) newDescSearch(s *sourceOf, d role, kind SpeakerKind) *descSearch {
	np := s.np
	ds := &descSearch{r: r, s: s, d: d, kind: kind, words: describingWords(d), cands: map[int]*descCand{}, same: map[int]bool{}, src: -1, srcPos: -1, topic: -1, topPos: -1}
	inside := map[int]bool{}
	if u, a, b := r.tokensOf(np); u != nil {
		// a possessor is not who it describes: "Volker's lawyer", "one
		// of Clinton's validators"
		for k := a; k < b; k++ {
			if sp, ok := r.at.get(int(u.toks[k].start())); ok && possessive(r.text[sp.end:min(len(r.text), sp.end+4)], r.text[u.toks[k].start():sp.end]) {
				inside[sp.ent] = true
			}
		}
		for i := range inside {
			ds.same[i] = true
		}
	}
	// a name among the modifiers is someone else, an employer or a
	// party to it ("the Platte River employee"); an organisation so
	// described bears the name ("the Clinton campaign" is no "Victory
	// Fund")
	for i, w := range strings.Fields(np.name) {
		if i > 0 && isCap(w) && !inLower(partyAdjectives, w) && !inLower(partyNouns, w) {
			ds.named = append(ds.named, normName(w))
			if e := r.known(w); e >= 0 {
				ds.same[e] = true
			}
		}
	}
	return ds
}

// gather scores the entities mentioned before the description.
func (ds *descSearch) gather() {
	r, s, np, d, kind := ds.r, ds.s, ds.s.np, ds.d, ds.kind
	for _, p := range r.before(np.start) {
		// (the latest sentence's first subject, of its main clause if it
		// has one: "Trump, appearing after Clinton at the forum, cited
		// …", "When Clinton had trouble …, Trump boasted")
		if p.subject && int(p.unit) < s.f.unitIndex && int(p.unit) >= s.f.unitIndex-maxTopicUnits &&
			(ds.topic < 0 || int(p.unit) > ds.topUnit || int(p.unit) == ds.topUnit && r.subord[ds.topPos] && !r.subord[int(p.pos)]) {
			ds.topic, ds.topPos, ds.topUnit = int(p.ent), int(p.pos), int(p.unit)
		}
		e := r.ents[p.ent]
		if e.kind != kind || e.group || e.narrator || !genderOK(d.g, e.gender) || int(p.ent) == s.exclude {
			continue
		}
		if int(p.unit) == s.f.unitIndex {
			ds.same[int(p.ent)] = true
		}
		if int(p.para) < s.f.para-maxDescriptionParas {
			continue
		}
		if kind == Organization && !namesAll(normName(e.name), ds.named) {
			continue
		}
		c := ds.cands[int(p.ent)]
		if c == nil {
			c = &descCand{score: r.describes(int(p.ent), d, ds.words, r.unitAt(np.start))}
			ds.cands[int(p.ent)] = c
		}
		c.count++
		if p.subject {
			c.subj++
		}
		if p.source {
			c.src++
		}
		c.last = max(c.last, int(p.pos))
		if p.source && int(p.pos) > ds.srcPos && int(p.unit) >= s.f.unitIndex-2 {
			ds.src, ds.srcPos = int(p.ent), int(p.pos)
		}
	}
}

// fallback picks the entity of a description when nothing the article
// says fits: for a quotation, the speaker just quoted, if no one else
// was mentioned since ("…," Holt said. "…," said the actor.; not a
// report, "Tickets go on sale, the promoter said", after a post quoted),
// the description is its head alone (modifiers say who: "the Indiana
// governor") and the article shows a gendered noun to fit; else, for a
// plain noun ("the man", "the candidate") that introduces no one new
// ("said the woman, who asked not to be named"), the person most
// mentioned (then most quoted), if ever a subject and of the noun's
// gender; a description of someone by what they are ("the Ohio
// businesswoman") continues the subject just before it (topicOf); else
// -1.
func (ds *descSearch) fallback() int {
	r, s, d, cands, same, src := ds.r, ds.s, ds.d, ds.cands, ds.same, ds.src
	switch {
	case src >= 0 && s.f.kind == Direct && !same[src] && lastOther(cands, src) < ds.srcPos && len(ds.words) <= 1 && (d.g == 0 || r.ents[src].gender == d.g) &&
		!otherRoles(r.ents[src], d):
		return src
	case !plainNouns[d.word] || introduces(r.text, s.np.end) || len(ds.named) > 0:
		return ds.topicOf() // (and "the Vermont candidate" is someone the article says is from Vermont)
	}
	best, only, n := -1, -1, 0
	for i, c := range cands {
		if same[i] || d.g != 0 && r.ents[i].gender != d.g {
			continue
		}
		n++
		only = i
		if b := cands[best]; c.subj > 0 && (best < 0 || c.count > b.count || c.count == b.count && (c.src > b.src || c.src == b.src && c.last > b.last)) {
			best = i
		}
	}
	if best < 0 && n == 1 {
		return only // the one person the article has named: "Donald Trump's assertion … “…,” the presumptive Republican presidential nominee told"
	}
	return best
}

// maxTopicUnits is how many sentences back the subject a description
// may continue is looked for.
const maxTopicUnits = 2

// topicOf returns the person a description of someone named before
// continues: the subject of the sentence or two before it, when that
// subject is of the description's kind and gender and known by no
// other role ("Ana Holt is taking questions in Salem. The New York
// businessman began by …"); else -1.
func (ds *descSearch) topicOf() int {
	t := ds.topic
	if t < 0 || ds.kind != Person || ds.same[t] || ds.cands[t] == nil || partRoles[ds.d.head] || partRoles[ds.d.word] {
		return -1
	}
	for k := ds.topUnit; k < ds.s.f.unitIndex && k < len(ds.r.units); k++ {
		if u := &ds.r.units[k]; k > ds.topUnit || k == ds.topUnit && ds.r.subord[ds.topPos] {
			if len(u.toks) > 1 && determiners[u.toks[0].lower] {
				if _, named := ds.r.at.get(int(u.toks[1].start())); !named {
					return -1 // a sentence about someone described in between: "The running mate was speaking …"
				}
			}
		}
	}
	if e := ds.r.ents[t]; e.gender == 0 || otherRoles(e, ds.d) {
		return -1 // (someone the article never calls he or she)
	}
	return t
}

// partRoles name someone by their part in what is reported or their
// tie to someone else, not by who they are: "the source", "the
// moderator", "the spokesman" is rarely the person just named.
var partRoles = map[string]bool{
	"source": true, "moderator": true, "host": true, "reporter": true, "narrator": true, "announcer": true,
	"supporter": true, "member": true, "questioner": true, "caller": true, "interviewer": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "aide": true, "adviser": true, "advisor": true,
	"lawyer": true, "attorney": true, "friend": true, "voter": true, "protester": true, "website": true,
	"executive": true, "official": true, "woman": true, "man": true, "person": true,
}

// capitalHead reports a description whose head is capitalised: a name
// ("the Roper Center for Public Opinion Research").
func capitalHead(desc, head string) bool {
	i := 0
	for w := range strings.FieldsSeq(desc) {
		if i > 0 && strings.EqualFold(strings.Trim(w, ",.;:"), head) {
			return isCap(w) && !inLower(partyNouns, w) // ("the Oklahoma Republican" is a description)
		}
		i++
	}
	return false
}

// conjoined reports a description of two sources: "the campaign and
// some experts" (not "the Florida senator and Republican candidate").
func conjoined(desc string) bool {
	_, rest, ok := strings.Cut(desc, " and ")
	return ok && inLower(determiners, firstWord(rest))
}

// plural reports a plural head noun: "chairmen", "officials".
func plural(w string) bool {
	return strings.HasSuffix(w, "men") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// namesAll reports that name holds every one of the words.
func namesAll(name string, words []string) bool {
	for _, w := range words {
		if !containsStr(strings.Fields(name), w) {
			return false
		}
	}
	return true
}

// possessive reports a name written as a possessor: "Clinton's", or
// "Clinton" before "'s".
func possessive(after, name string) bool {
	_, poss := cutPossessive(name)
	return poss || strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
}

// A descCand is an entity a definite description may refer to: how
// many of its words the article writes beside the entity's names, how
// often and where last it was mentioned before.
type descCand struct{ score, count, subj, src, last int }

// lastOther returns where the last candidate but ent was mentioned.
func lastOther(cands map[int]*descCand, ent int) int {
	last := -1
	for i, c := range cands {
		if i != ent {
			last = max(last, c.last)
		}
	}
	return last
}

// plainNouns describe a person by nothing the article need say of them.
var plainNouns = map[string]bool{
	"man": true, "woman": true, "person": true, "guy": true, "boy": true, "girl": true,
	"candidate": true, "nominee": true,
}

// introduces reports a description followed by a relative clause set
// off by a comma (", who …"), which presents someone new.
func introduces(text string, end int) bool {
	rest := text[end:min(len(text), end+6)]
	return strings.HasPrefix(rest, ", who")
}

// maxDescriptionParas is how many paragraphs back a definite
// description looks for whom it describes.
const maxDescriptionParas = 4

// definite reports a phrase opening with "the", "this" or "that".
// ("his father" and "Morrison's lawyer" are not: the words beside a name
// would be the possessor's.)
func definite(phrase string) bool {
	w := firstWord(phrase)
	return lowerIs(w, "the") || lowerIs(w, "this") || lowerIs(w, "that")
}

// lowerIs reports strings.ToLower(w) == lit, for lit in lower-case
// ASCII, without making the lower-case copy of an ASCII word.
func lowerIs(w, lit string) bool {
	if isASCII(w) {
		return strings.EqualFold(w, lit)
	}
	return strings.ToLower(w) == lit
}

// describingWords are the words of a description that the article may
// also write beside a name: its modifiers, head and complement, less
// those that describe anyone ("former", "top").
func describingWords(d role) []string {
	var out []string
	add := func(w string) {
		w, _ = cutPossessive(w)
		w = strings.Trim(w, ",.'’")
		if len(w) > 1 && !vagueModifiers[w] && !isFunctionWord(w) && !determiners[w] {
			out = append(out, w)
		}
	}
	for _, w := range d.mods {
		for x := range strings.SplitSeq(w, "-") {
			add(x)
		}
	}
	add(d.word)
	for w := range strings.FieldsSeq(d.comp) {
		add(w)
	}
	return out
}

// abbreviates reports that a (without its full stop) abbreviates word
// w: the same first letter, and its letters in w in order ("vt" of
// "vermont", "calif" of "california").
func abbreviates(a, w string) bool {
	if len(w) <= len(a) || a[0] != w[0] {
		return false
	}
	j := 1
	for i := 1; i < len(w) && j < len(a); i++ {
		if w[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}

// vagueModifiers say nothing of whom a description describes.
var vagueModifiers = map[string]bool{
	"former": true, "current": true, "then": true, "longtime": true, "top": true, "senior": true,
	"other": true, "same": true, "new": true, "old": true, "young": true, "man": true, "woman": true,
	"person": true, "first": true, "last": true, "latest": true, "now": true,
}

// describes counts the words of description d written beside the
// names of entity e: in its name and titles, before a mention of its
// name in the same clause ("Indiana Gov. Rosa Lind"), or in an
// apposition after it ("Lind, who governs Indiana,", "of Indiana"). A title ("the Indiana governor") counts
// only if its head is among them ("Indiana Gov. Rosa Lind"): a place
// alone fits too many.
func (r *resolver) describes(e int, d role, words []string, skip int) int {
	seen := make([]bool, len(words))
	head := false
	look := func(w string) {
		c := canonHead[strings.Trim(w, ",;:()")] // "sen." for "senator"
		w = strings.TrimSuffix(strings.Trim(w, ",.;:()"), "'s")
		if c == "" {
			c = canonHead[w]
		}
		head = head || c != "" && c == d.head || w == d.word || w == d.head
		for k, x := range words {
			seen[k] = seen[k] || w == x || c != "" && (c == x || c == canonHead[x]) // "Sen." for "senator"
		}
		// "(I-Vt.)", "Ind." for "Vermont", "Indiana"
		for part := range strings.SplitSeq(w, "-") {
			if a, ok := strings.CutSuffix(part, "."); (ok || strings.Contains(w, "-")) && len(a) >= 2 {
				for k, x := range words {
					seen[k] = seen[k] || abbreviates(a, x)
				}
			}
		}
	}
	for _, t := range append([]string{r.ents[e].name}, r.ents[e].titles...) {
		for w := range strings.FieldsSeq(strings.ToLower(t)) {
			look(w)
		}
	}
	for p := range r.placedOf(e) {
		if int(p.ent) != e || int(p.unit) < 0 || int(p.unit) >= len(r.units) || int(p.unit) == skip {
			continue // (not the description's own sentence: "the businessman says of Holt")
		}
		u := &r.units[p.unit]
		k := sort.Search(len(u.toks), func(i int) bool { return int(u.toks[i].start()) >= int(p.pos) })
		if k == len(u.toks) || int(u.toks[k].start()) != int(p.pos) {
			continue
		}
		// pre-modifiers: back to the clause's punctuation
		for i := k - 1; i >= 0 && i >= k-8 && u.toks[i].word() && !u.isQuote(i) && !isFunctionWord(u.toks[i].lower) && r.lx.cueLemma[u.toks[i].lower] == ""; i-- {
			if sp, other := r.at.get(int(u.toks[i].start())); other && sp.ent != e && (r.ents[sp.ent].gender != 0 || r.ents[sp.ent].kind == Organization) {
				break // someone else's name ("businessman Ana Holt and Rosa Lind")
			}
			look(u.toks[i].lower)
		}
		// the mention itself ("Republican nominee Ana Holt"), then after
		// it an apposition, "of Vermont", "(I-Vt.)"
		end := k
		for end < len(u.toks) && int(u.toks[end].start()) < r.at.spotOf(int(p.pos)).end {
			look(u.toks[end].lower)
			end++
		}
		if end < len(u.toks) && (u.toks[end].str(u.text) == "," || u.toks[end].str(u.text) == "(" || u.toks[end].lower == "of") {
			for i := end + 1; i < len(u.toks) && i <= end+12 && (u.toks[i].word() || u.toks[i].str(u.text) == "-") && !u.isQuote(i); i++ {
				if sp, other := r.at.get(int(u.toks[i].start())); other && sp.ent != e && (r.ents[sp.ent].gender != 0 || r.ents[sp.ent].kind == Organization) {
					break // someone else's name (not a place: "who represents Vermont")
				}
				look(u.toks[i].lower)
			}
		}
	}
	for k, x := range words {
		// a title among the words seen will do ("the Vermont senator and
		// Democratic candidate" for "Sen. Ana Holt (D-Vt.)")
		head = head || seen[k] && r.lx.titles[x]
	}
	if !head && r.lx.titles[d.word] {
		return 0
	}
	n := 0
	for _, b := range seen {
		if b {
			n++
		}
	}
	return n
}

// sieveDescription: any other description is an unnamed source, one
// for each description as written ("a spokesman", "analysts").
func (r *resolver) sieveDescription(s *sourceOf) (int, bool) {
	if s.np.kind != npNominal {
		return -1, false
	}
	d, ok := s.parsedRole()
	s.doubt = doubtUnnamed
	return r.unnamed(s.np, d, ok, s.f.unitIndex, s.f.para), true
}

// sieveNestedSpeaker: "I" or "we" in a quotation nested in another is
// the outer quote's speaker.
func (r *resolver) sieveNestedSpeaker(s *sourceOf) (int, bool) {
	np := s.np
	if np.kind != npPronoun || np.pron != 's' || s.f.parent < 0 || np.name != "I" && !strings.EqualFold(np.name, "we") {
		return -1, false
	}
	if s.parent >= 0 {
		r.place(s.parent, np, s.f.unitIndex, s.f.para, true)
	}
	return s.parent, true
}

// sieveNarrator: "I" outside any quotation is the writer of the
// article.
func (r *resolver) sieveNarrator(s *sourceOf) (int, bool) {
	if s.np.kind != npPronoun || s.np.pron != 's' || s.np.name != "I" {
		return -1, false
	}
	s.doubt = doubtUnnamed
	return r.narrator(s.np, s.f.unitIndex, s.f.para), true
}

// sievePronoun: a pronoun is the nearest compatible entity before it.
func (r *resolver) sievePronoun(s *sourceOf) (int, bool) {
	if s.np.kind != npPronoun {
		return -1, false
	}
	if s.np.pron == 'a' || s.np.pron == 's' && (s.np.name == "I" || s.f.parent >= 0 && strings.EqualFold(s.np.name, "we")) {
		return -1, true // (an "I" or nested "we" the sieves before did not take has no speaker)
	}
	e, sure := r.pronoun(s.np, s.f.unitIndex, s.f.para, s.exclude)
	if !sure {
		s.doubt = doubtAmbiguous
	}
	return e, true
}

// unnamedPronoun is the speaker of a pronoun with no antecedent in the
// article: an unnamed source known only as "she" or "they", one for
// each pronoun as written.
func (r *resolver) unnamedPronoun(m mention, ui, para int) int {
	key := "\x00" + strings.ToLower(m.name)
	if i, ok := r.unnamedK[key]; ok {
		r.place(i, m, ui, para, true)
		return i
	}
	e := &entity{name: m.name, unnamed: true, first: m.start, group: m.group, gender: m.pron, lastFull: -1, body: -1, affil: -1}
	switch m.pron {
	case 'm', 'f':
		e.kind = Person
	case 'n':
		e.kind = Organization
	}
	if e.gender != 'm' && e.gender != 'f' {
		e.gender = 0
	}
	return r.addUnnamed(key, e, m, ui, para)
}

// writtenOnce reports that w occurs once in the article text. Each
// word is counted once per parse: a count per quote made the speaker
// sieves quadratic on a document of many short quotes.
func (r *resolver) writtenOnce(w string) bool {
	if once, ok := r.once[w]; ok {
		return once
	}
	if r.once == nil {
		r.once = map[string]bool{}
	}
	once := strings.Count(r.text, w) == 1
	r.once[w] = once
	return once
}

// otherRoles reports an entity the article gives roles, none of them
// the description's: "Ana Holt, a Republican consultant" is not "the
// mayor".
func otherRoles(e *entity, d role) bool {
	other := false
	for _, ro := range e.roles {
		if ro.head == d.head {
			return false
		}
		other = other || !plainNouns[ro.head] && !partyNouns[ro.head] // ("the woman" may be the engineer, "the Republican" the businessman)
	}
	return other
}

// introducedAlone reports a one-word name toks[s:j] the text introduces
// as a person, set off by punctuation after it: after a kinship word
// ("Trump's wife, Melania,") or "named" ("a resident named Caroline.");
// not the first word of a longer description ("his wife, Democratic
// presidential nominee Hillary Clinton").
func introducedAlone(text string, toks []token, s, j int) bool {
	if j < len(toks) && toks[j].word() || inLower(partyAdjectives, toks[s].str(text)) {
		return false
	}
	k := s - 1
	if k >= 0 && toks[k].str(text) == "," {
		k--
	}
	if k < 0 || !toks[k].word() || toks[k].upper() {
		return false
	}
	w := toks[k].lower
	return w == "named" && k == s-1 || femaleWords[w] || maleWords[w]
}

// makeVerbs put a document out: "Sanders is releasing a new ad".
var makeVerbs = map[string]bool{
	"release": true, "releases": true, "released": true, "releasing": true,
	"issue": true, "issues": true, "issued": true, "issuing": true,
	"publish": true, "publishes": true, "published": true, "publishing": true,
	"air": true, "airs": true, "aired": true, "airing": true,
	"launch": true, "launches": true, "launched": true, "launching": true,
	"unveil": true, "unveils": true, "unveiled": true, "unveiling": true,
	"post": true, "posts": true, "posted": true, "posting": true,
	"send": true, "sends": true, "sent": true, "sending": true,
	"file": true, "files": true, "filed": true, "filing": true,
	"run": true, "runs": true, "ran": true, "running": true,
}

// docMaker returns who the article says put out the document that a
// definite description refers back to ("The ad says …" after "Sanders is
// releasing a new 30-second ad"), in the sentence before it or up to
// three before in nearby paragraphs: the named subject of a verb of
// making with the document as its object, or the named possessor of the
// document ("Sanders' new ad"); else -1.
func (r *resolver) docMaker(doc string, ui int) int {
	for k := ui - 1; k >= 0 && k >= ui-maxDocUnits; k-- {
		u := &r.units[k]
		if u.para < r.units[ui].para-maxDocUnits+1 {
			break
		}
		if u.headline() {
			continue // ("Trump's Support Twice That Of Clinton's In Survey")
		}
		toks := u.toks
		for i := range toks {
			if toks[i].lower != doc && !(adWords[doc] && adWords[toks[i].lower]) || u.isQuote(i) {
				continue
			}
			if i >= 2 && (toks[i-2].lower == "in" || toks[i-2].lower == "via") && (toks[i-1].lower == "a" || toks[i-1].lower == "an") {
				// "Obama said in a statement …": the statement is the subject's
				if np := u.subjectOf(i-2, false); np.ok() {
					if sp, ok := r.at.get(np.start); ok && !r.ents[sp.ent].unnamed {
						return sp.ent
					}
				}
			}
			crossed := false // a preposition between: "… of Clinton's in a survey" is not Clinton's
			for v := i - 1; v >= 0 && v >= i-6; v-- {
				if !toks[v].word() || u.isQuote(v) {
					break
				}
				crossed = crossed || prepositions[toks[v].lower]
				if sp, ok := r.at.get(int(toks[v].start())); ok && !crossed && possessive(r.text[sp.end:min(len(r.text), sp.end+4)], r.text[toks[v].start():sp.end]) && !r.ents[sp.ent].unnamed {
					return sp.ent // "Sanders' new ad"
				}
				if possessivePronoun(toks[v].lower) && !crossed {
					return r.subjectIn(u) // "Trump is expected to unveil his second ad": the sentence's subject, or no one known
				}
				if !makeVerbs[toks[v].lower] {
					continue
				}
				// the subject right before the verb, read with the verb as
				// the word after it ("Following a meeting, the Council
				// issued", "Just three years ago, the committee published")
				var np mention
				if v+1 < len(toks) {
					np = u.subjectOf(v+1, true)
				}
				if !np.ok() || np.e > v {
					np = u.subjectOf(v, true)
				}
				if np.ok() && np.e <= v {
					// the name in the subject: "the Security Council",
					// "Democratic presidential candidate Bernie Sanders"
					for k := np.s; k < np.e; k++ {
						if sp, ok := r.at.get(int(toks[k].start())); ok && !r.ents[sp.ent].unnamed {
							return sp.ent
						}
					}
				}
				break
			}
			if toks[i].lower == doc && i > 0 && opensIndefinite(toks, i) {
				return -1 // "A video circulated online.": introduced, by no one named
			}
		}
	}
	return -1
}

// opensIndefinite reports a noun at toks[i] whose phrase opens with "a"
// or "an", past up to three modifiers.
func opensIndefinite(toks []token, i int) bool {
	for v := i - 1; v >= 0 && v >= i-4 && toks[v].word(); v-- {
		if toks[v].lower == "a" || toks[v].lower == "an" {
			return true
		}
		if determiners[toks[v].lower] || prepositions[toks[v].lower] {
			return false
		}
	}
	return false
}

// lastOrganisation picks, for "the company", "the agency", "the group"
// that no name bears, the organisation last named as a subject or a
// source in the paragraphs before it ("Acme Corp. said sales fell. “…,”
// the company said."), when the description names no one else ("the
// Ohio utility"); else -1.
func (ds *descSearch) lastOrganisation() int {
	if len(ds.named) > 0 {
		return -1
	}
	class, ok := orgClasses[ds.d.head]
	if !ok {
		class, ok = orgClasses[ds.d.word]
	}
	if !ok {
		return -1 // ("the administration", "the media", "the movement": no one named)
	}
	best, only, n := -1, -1, 0
	for i, c := range ds.cands {
		e := ds.r.ents[i]
		if ds.same[i] || e.unnamed || isAllCaps(e.name) && strings.Contains(e.name, " ") || !orgNameFits(e.name, class) {
			continue
		}
		n++
		only = i
		if c.subj == 0 && c.src == 0 {
			continue
		}
		if best < 0 || c.last > ds.cands[best].last {
			best = i
		}
	}
	if best < 0 && n == 1 {
		return only // the one organisation named nearby ("A statement posted on the website GunBroker.com")
	}
	return best
}

// bioAuthor returns the writer an opinion piece names in the line about
// its author that closes it ("Rick Scott is the Republican governor of
// Florida.", "Rep. Ana Holt, D-Ohio, was an early backer of …"): a
// person's name opening the last paragraph, a sentence or two long,
// followed by "is", "was" or an apposition; else -1.
func (r *resolver) bioAuthor() int {
	n := len(r.units)
	if n < 2 {
		return -1
	}
	u := &r.units[n-1]
	if n >= 3 && r.units[n-3].para == u.para || len(u.toks) > 60 || len(u.qidx) > 0 {
		return -1
	}
	toks := u.toks
	for i := 0; i < len(toks) && i < 4; i++ {
		sp, ok := r.at.get(int(toks[i].start()))
		if !ok {
			continue
		}
		e := r.ents[sp.ent]
		if e.kind != Person || e.unnamed || e.group {
			return -1
		}
		k := i
		for k < len(toks) && int(toks[k].start()) < sp.end {
			k++
		}
		k = u.skipApposition(k, false)
		if k < len(toks) && toks[k].str(u.text) == "," {
			k++
		}
		if k < len(toks) && (toks[k].lower == "is" || toks[k].lower == "was") {
			return sp.ent
		}
		return -1
	}
	return -1
}

// The classes of organisation a description can name, by its head, and
// the words that mark each class in a name. A name with no such word
// fits any class but the press; a name marked for another class does
// not fit ("the company" is no "Department of Education").
// Classes are bits: a word of a name may mark two ("council" names a
// public body or a group), and "the group" may be a company.
const (
	orgCompany = 1 << iota
	orgPress
	orgPublic
	orgGroup
)

var orgClasses = map[string]int{
	"company": orgCompany, "firm": orgCompany, "corporation": orgCompany, "retailer": orgCompany, "bank": orgCompany,
	"maker": orgCompany, "manufacturer": orgCompany, "utility": orgCompany, "airline": orgCompany, "insurer": orgCompany,
	"carrier": orgCompany, "chain": orgCompany, "website": orgCompany, "site": orgCompany,
	"newspaper": orgPress, "paper": orgPress, "magazine": orgPress, "publication": orgPress, "network": orgPress,
	"outlet": orgPress, "broadcaster": orgPress, "daily": orgPress, "tabloid": orgPress,
	"agency": orgPublic, "department": orgPublic, "commission": orgPublic, "board": orgPublic, "bureau": orgPublic,
	"court": orgPublic, "committee": orgPublic, "ministry": orgPublic, "office": orgPublic, "council": orgPublic,
	"group": orgGroup, "organization": orgGroup, "organisation": orgGroup, "foundation": orgGroup, "association": orgGroup,
	"union": orgGroup, "coalition": orgGroup, "caucus": orgGroup, "institute": orgGroup, "charity": orgGroup,
	"alliance": orgGroup, "society": orgGroup, "league": orgGroup, "nonprofit": orgGroup, "center": orgGroup, "think": orgGroup,
}

var orgNameWords = map[string]int{
	"inc.": orgCompany, "inc": orgCompany, "corp.": orgCompany, "corp": orgCompany, "co.": orgCompany, "llc": orgCompany,
	"ltd": orgCompany, "ltd.": orgCompany, "company": orgCompany, "corporation": orgCompany, "group": orgCompany,
	"bank": orgCompany, "holdings": orgCompany, "airlines": orgCompany, "motors": orgCompany, "technologies": orgCompany,
	"pharmaceuticals": orgCompany, "partners": orgCompany,
	"times": orgPress, "post": orgPress, "journal": orgPress, "news": orgPress, "daily": orgPress, "herald": orgPress,
	"tribune": orgPress, "review": orgPress, "magazine": orgPress, "gazette": orgPress, "leader": orgPress, "press": orgPress,
	"globe": orgPress, "chronicle": orgPress, "observer": orgPress, "guardian": orgPress, "telegraph": orgPress,
	"department": orgPublic, "agency": orgPublic, "commission": orgPublic, "board": orgPublic, "bureau": orgPublic,
	"court": orgPublic, "committee": orgPublic, "ministry": orgPublic, "office": orgPublic, "administration": orgPublic,
	"house": orgPublic, "senate": orgPublic, "congress": orgPublic, "service": orgPublic, "university": orgPublic,
	"school": orgPublic, "college": orgPublic,
	"foundation": orgGroup, "association": orgGroup, "union": orgGroup, "coalition": orgGroup, "caucus": orgGroup,
	"institute": orgGroup, "alliance": orgGroup, "society": orgGroup, "league": orgGroup, "fund": orgGroup,
	"center": orgGroup, "council": orgGroup | orgPublic, "federation": orgGroup, "party": orgGroup, "campaign": orgGroup,
}

// orgNameFits reports whether an organisation's name can be of class.
func orgNameFits(name string, class int) bool {
	fits := class
	if class == orgGroup {
		fits |= orgCompany // "the group" of a company
	}
	marked := false
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if c := orgNameWords[w]; c != 0 {
			if c&fits != 0 {
				return true
			}
			marked = true
		}
	}
	if marked {
		return false
	}
	if class == orgPress {
		return strings.HasSuffix(strings.ToLower(name), ".com") // a news site
	}
	return true
}

// opensNearStart reports that only up to three modifiers stand before
// token s of u, no function word or adverb among them: "Wild defenseman
// Ryan Suter" opens its sentence.
func (u *sentence) opensNearStart(s int) bool {
	if s > 3 {
		return false
	}
	for _, t := range u.toks[:s] {
		if !t.word() || isFunctionWord(t.lower) || determiners[t.lower] || strings.HasSuffix(t.lower, "ly") {
			return false
		}
	}
	return true
}
