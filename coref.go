package verbatim

import (
	"sort"
	"strings"
)

// An entity is a cluster of mentions of one person or organisation.
type entity struct {
	name     string
	kind     SpeakerKind
	titles   []string
	aliases  []string
	mentions []Span
	gender   byte // 'm', 'f' or 0 when the article does not say
	group    bool
	unnamed  bool // described, not named ("a spokesman")
	suffix   bool // Jr., Sr., III: never merged with the bare name
	used     bool // some quote is attributed to it
	first    int
}

// A placed mention: where an entity is named or referred to.
type placed struct {
	pos     int
	ent     int
	subject bool // the subject of its sentence, or a quote's source
	para    int
	unit    int
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
	resolved bool           // mentions go to placed[1]
	at       map[int]bool   // positions already placed
	byName   map[string]int // folded name or alias -> entity
	surname  map[string]int // last word of a full name -> first such person
	single   map[string]int // one-word names seen alone -> entity
	unnamedK map[string]int // folded description -> unnamed entity
}

func newResolver(lx *lexicon, text string) *resolver {
	return &resolver{lx: lx, text: text, byName: map[string]int{}, surname: map[string]int{}, single: map[string]int{}, unnamedK: map[string]int{}, at: map[int]bool{}}
}

// index records the names of entity i for look-ups.
func (r *resolver) index(i int) {
	e := r.ents[i]
	for _, n := range append([]string{e.name}, e.aliases...) {
		key := normName(n)
		if _, ok := r.byName[key]; !ok {
			r.byName[key] = i
		}
		w := strings.Fields(key)
		if e.kind == Organization {
			continue
		}
		if len(w) > 1 && !e.suffix {
			if _, ok := r.surname[w[len(w)-1]]; !ok {
				r.surname[w[len(w)-1]] = i
			}
		}
		if len(w) == 1 {
			if _, ok := r.single[w[0]]; !ok {
				r.single[w[0]] = i
			}
		}
	}
}

var femaleWords = map[string]bool{"mrs.": true, "ms.": true, "mrs": true, "ms": true, "miss": true, "spokeswoman": true, "congresswoman": true, "chairwoman": true, "queen": true, "princess": true, "madam": true, "dame": true, "lady": true, "businesswoman": true, "assemblywoman": true, "councilwoman": true, "wife": true, "mother": true, "daughter": true, "sister": true, "actress": true, "grandmother": true}
var maleWords = map[string]bool{"mr.": true, "mr": true, "spokesman": true, "congressman": true, "chairman": true, "king": true, "prince": true, "sir": true, "lord": true, "businessman": true, "assemblyman": true, "councilman": true, "husband": true, "father": true, "son": true, "brother": true, "actor": true, "grandfather": true}

func genderOf(words string) byte {
	for _, w := range strings.Fields(strings.ToLower(words)) {
		w = strings.Trim(w, ",")
		if femaleWords[w] {
			return 'f'
		}
		if maleWords[w] {
			return 'm'
		}
	}
	return 0
}

// scanNames registers the capitalised names of a unit (outside quotes).
func (r *resolver) scanNames(u *unit, ui int) {
	toks := u.toks
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.word || !t.upper || u.isQuote(i) {
			i++
			continue
		}
		j := i
		for j < len(toks) && !u.isQuote(j) && toks[j].word && (toks[j].upper || r.lx.isTitleWord(toks[j].lower) && j > i ||
			nameParticles[toks[j].lower] && j > i && j+1 < len(toks) && toks[j+1].upper) {
			j++
		}
		s := i
		for s < j && (isFunctionWord(toks[s].lower) || determiners[toks[s].lower] || r.lx.cueLemma[toks[s].lower] != "") {
			s++
		}
		if j-s == 1 && (timeWords[toks[s].lower] || s > 0 && toks[s-1].lower == "on" && r.known(toks[s].text) < 0) {
			s = j // "on Thursday", "on X": no one, unless a name seen before ("on Trump")
		}
		if s < j {
			m := r.lx.analyze(r.text, toks, s, j)
			if m.kind == npName && (j-s > 1 || m.title != "" || r.known(m.name) >= 0) {
				if s > 0 && determiners[toks[s-1].lower] && m.org {
					m.start, m.s = toks[s-1].start, s-1
				}
				r.addName(m, ui, u.para, s == 0)
			}
		}
		i = max(j, i+1)
	}
}

// known returns the entity a name refers to, or -1: the same name, a
// surname alone (the first person named with it, never a Jr.), or a full
// name whose surname was seen alone first.
func (r *resolver) known(name string) int {
	key := normName(name)
	words := strings.Fields(key)
	if len(words) == 0 {
		return -1
	}
	if i, ok := r.byName[key]; ok {
		return i
	}
	if len(words) == 1 {
		if i, ok := r.surname[words[0]]; ok {
			return i
		}
		return -1
	}
	if !hasSuffix(words) {
		if i, ok := r.single[words[len(words)-1]]; ok && r.ents[i].kind != Organization {
			return i
		}
	}
	return -1
}

func hasSuffix(words []string) bool {
	return len(words) > 0 && nameSuffixes[words[len(words)-1]]
}

// normName folds a name for comparison: lower case, no "the", no
// possessive, curly apostrophes straightened.
func normName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "\u2019", "'"))
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "'")
	return strings.Join(strings.Fields(s), " ")
}

// addName adds a name mention, to a known entity or a new one.
func (r *resolver) addName(m mention, ui, para int, subject bool) int {
	name := m.name
	i := r.known(name)
	if i < 0 {
		e := &entity{name: strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "\u2019s"), kind: Person, first: m.start}
		if m.org {
			e.kind = Organization
		}
		e.suffix = hasSuffix(strings.Fields(normName(name)))
		r.ents = append(r.ents, e)
		i = len(r.ents) - 1
	}
	defer r.index(i)
	e := r.ents[i]
	clean := strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "\u2019s")
	if len(strings.Fields(clean)) > len(strings.Fields(e.name)) {
		e.aliases = appendUnique(e.aliases, e.name)
		e.name = clean
	} else if normName(clean) != normName(e.name) {
		e.aliases = appendUnique(e.aliases, clean)
	}
	if m.title != "" {
		e.titles = appendUnique(e.titles, m.title)
	}
	if e.gender == 0 {
		e.gender = genderOf(m.title)
	}
	r.place(i, m, ui, para, subject)
	return i
}

func (r *resolver) place(ent int, m mention, ui, para int, subject bool) {
	e := r.ents[ent]
	sp := Span{Text: r.text[m.start:m.end], Start: m.start, End: m.end}
	if r.at[sp.Start] {
		// placed already: it may now be known as a subject or source
		if subject {
			for _, list := range r.placed {
				k := sort.Search(len(list), func(i int) bool { return list[i].pos >= sp.Start })
				for ; k < len(list) && list[k].pos == sp.Start; k++ {
					list[k].subject = true
				}
			}
		}
		return
	}
	r.at[sp.Start] = true
	e.mentions = append(e.mentions, sp)
	l := 0
	if r.resolved {
		l = 1
	}
	list := r.placed[l]
	k := sort.Search(len(list), func(i int) bool { return list[i].pos > m.start })
	list = append(list, placed{})
	copy(list[k+1:], list[k:])
	list[k] = placed{pos: m.start, ent: ent, subject: subject, para: para, unit: ui}
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

// nominal resolves a description ("the spokesman", "the president") to a
// named entity with that title, or makes an unnamed source.
func (r *resolver) nominal(m mention, ui, para int) int {
	head := strings.ToLower(lastWord(m.name))
	if !m.group && !strings.HasPrefix(strings.ToLower(m.name), "a ") && !strings.HasPrefix(strings.ToLower(m.name), "an ") {
		best, bestPos := -1, -1
		for _, p := range r.before(m.start) {
			e := r.ents[p.ent]
			if e.unnamed {
				continue
			}
			for _, t := range e.titles {
				if strings.EqualFold(lastWord(t), head) || strings.Contains(strings.ToLower(t), " "+head+" ") || strings.HasPrefix(strings.ToLower(t), head+" ") {
					if p.pos > bestPos {
						best, bestPos = p.ent, p.pos
					}
				}
			}
		}
		if best >= 0 {
			r.place(best, m, ui, para, true)
			return best
		}
	}
	key := normName(trimDeterminer(m.name))
	if i, ok := r.unnamedK[key]; ok {
		r.place(i, m, ui, para, true)
		return i
	}
	e := &entity{name: m.name, unnamed: true, group: m.group, first: m.start}
	e.kind = UnknownSpeaker
	if k, ok := r.lx.nouns[head]; ok {
		e.kind = k
	} else if r.lx.titles[head] {
		e.kind = Person
	}
	if m.org {
		e.kind = Organization
	}
	e.gender = genderOf(m.name)
	r.ents = append(r.ents, e)
	r.unnamedK[key] = len(r.ents) - 1
	r.place(len(r.ents)-1, m, ui, para, true)
	return len(r.ents) - 1
}

// before returns the last mentions placed before pos, at most
// maxLookBack from each list, in no particular order: antecedents are
// near.
func (r *resolver) before(pos int) []placed {
	const maxLookBack = 200
	var out []placed
	for _, list := range r.placed {
		k := sort.Search(len(list), func(i int) bool { return list[i].pos >= pos })
		out = append(out, list[max(0, k-maxLookBack):k]...)
	}
	return out
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",.")
}

// pronoun resolves a pronoun at m to the nearest compatible entity,
// preferring the subjects and sources of the sentences just before.
func (r *resolver) pronoun(m mention, ui, para int, exclude int) int {
	compatible := func(e *entity) bool {
		switch m.pron {
		case 'm':
			return e.kind != Organization && e.gender != 'f' && !e.group
		case 'f':
			return e.kind != Organization && e.gender != 'm' && !e.group
		case 'p':
			return e.group || e.kind == Organization
		case 'n':
			return e.kind == Organization || e.kind == UnknownSpeaker && !e.group
		case 's':
			return e.kind == Organization || e.group
		}
		return false
	}
	var order []placed
	for _, p := range r.before(m.start) {
		if p.para >= para-3 && p.ent != exclude {
			order = append(order, p)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return order[a].pos > order[b].pos })
	pick := -1
	for _, p := range order {
		if p.unit >= ui-3 && p.subject && compatible(r.ents[p.ent]) {
			pick = p.ent
			break
		}
	}
	if pick < 0 {
		for _, p := range order {
			if compatible(r.ents[p.ent]) {
				pick = p.ent
				break
			}
		}
	}
	if pick < 0 {
		// no antecedent in the article: an unnamed source known only as
		// "she" or "they"
		key := "\x00" + strings.ToLower(m.name)
		if i, ok := r.unnamedK[key]; ok {
			r.place(i, m, ui, para, true)
			return i
		}
		e := &entity{name: m.name, unnamed: true, first: m.start, group: m.group, gender: m.pron}
		switch m.pron {
		case 'm', 'f':
			e.kind = Person
		case 'n':
			e.kind = Organization
		}
		if e.gender != 'm' && e.gender != 'f' {
			e.gender = 0
		}
		r.ents = append(r.ents, e)
		r.unnamedK[key] = len(r.ents) - 1
		r.place(len(r.ents)-1, m, ui, para, true)
		return len(r.ents) - 1
	}
	e := r.ents[pick]
	if e.gender == 0 && (m.pron == 'm' || m.pron == 'f') {
		e.gender = m.pron
	}
	r.place(pick, m, ui, para, true)
	return pick
}
