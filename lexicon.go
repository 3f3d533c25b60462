package verbatim

import (
	"embed"
	"strings"
	"sync"
)

//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// lexicon holds the word lists the pipeline matches against. It is built
// once and only read afterwards, so it is safe for concurrent use.
type lexicon struct {
	cueLemma map[string]string // inflected form -> lemma
	weakCue  map[string]bool   // lemmas that need their subject first
	noClause map[string]bool   // lemmas that seldom take a clause
	stance   map[string]bool   // lemmas that report an attitude, not words
	titles   map[string]bool   // lower case, one word each
	orgWords map[string]bool
	pronouns map[string]byte // form -> class (m f p n s a)
	nouns    map[string]SpeakerKind
	// particles that belong to a cue lemma: "point" -> to, out
	particles map[string]map[string]bool
	// lemmas that are cues only before a clause, a colon or a quotation
	framed map[string]bool
	// forms of verbs that are cues only with one of their particles
	// ("talked about"): form -> lemma, apart from cueLemma so that
	// "going" or "sided" alone is no cue word anywhere
	phrasal map[string]string
	// cueForms holds the keys of cueLemma and phrasal, to tell most
	// words that are neither without looking them up in both
	cueForms wordFilter
}

var builtin = sync.OnceValue(func() *lexicon {
	lx := &lexicon{
		cueLemma:  map[string]string{},
		weakCue:   map[string]bool{},
		noClause:  map[string]bool{},
		stance:    map[string]bool{},
		titles:    map[string]bool{},
		orgWords:  map[string]bool{},
		pronouns:  map[string]byte{},
		nouns:     map[string]SpeakerKind{},
		particles: map[string]map[string]bool{},
		phrasal:   map[string]string{},
		framed:    map[string]bool{},
	}
	for _, f := range lexiconLines("cues.txt") {
		for _, form := range f {
			lx.cueLemma[form] = f[0]
		}
	}
	for _, f := range lexiconLines("cues-stance.txt") {
		for _, form := range f {
			lx.cueLemma[form] = f[0]
		}
		lx.weakCue[f[0]] = true
		lx.noClause[f[0]] = true
		lx.stance[f[0]] = true
	}
	for _, f := range lexiconLines("cues-phrasal.txt") {
		bar := 0
		for bar < len(f) && f[bar] != "|" {
			bar++
		}
		if bar == 0 || bar == len(f) {
			panic("verbatim: lexicon/cues-phrasal.txt: a line without a lemma or a '|'")
		}
		lemma := f[0]
		if bar > 1 {
			// a cue only with its particle: a stance
			for _, form := range f[:bar] {
				lx.phrasal[form] = lemma
			}
			lx.weakCue[lemma], lx.noClause[lemma], lx.stance[lemma] = true, true, true
		}
		lx.particles[lemma] = map[string]bool{}
		for _, p := range f[bar+1:] {
			lx.particles[lemma][p] = true
		}
	}
	for _, f := range lexiconLines("cues-framed.txt") {
		lx.framed[f[0]] = true
	}
	for _, f := range lexiconLines("cues-weak.txt") {
		lx.weakCue[f[0]] = true
	}
	for _, f := range lexiconLines("cues-noclause.txt") {
		lx.noClause[f[0]] = true
	}
	for _, f := range lexiconLines("titles.txt") {
		lx.titles[f[0]] = true
	}
	for _, f := range lexiconLines("orgwords.txt") {
		lx.orgWords[f[0]] = true
	}
	for _, f := range lexiconLines("pronouns.txt") {
		lx.pronouns[f[0]] = f[1][0]
	}
	for _, f := range lexiconLines("nouns.txt") {
		var k SpeakerKind
		_ = k.UnmarshalText([]byte(f[1]))
		lx.nouns[f[0]] = k
	}
	for w := range lx.cueLemma {
		lx.cueForms.add(w)
	}
	for w := range lx.phrasal {
		lx.cueForms.add(w)
	}
	return lx
})

// A wordFilter is a set of words that can only answer "certainly not
// in it" or "perhaps" (a Bloom filter of two bits a word, 64 Kibit):
// the "certainly not" costs a hash of the word's bytes, no map look-up.
type wordFilter [1 << 10]uint64

// bits returns the two bits of w.
func (*wordFilter) bits(w string) (a, b uint16) {
	h := uint64(14695981039346656037) // FNV-1a
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return uint16(h), uint16(h >> 32)
}

func (f *wordFilter) add(w string) {
	a, b := f.bits(w)
	f[a>>6] |= 1 << (a & 63)
	f[b>>6] |= 1 << (b & 63)
}

// mayHave reports false for a word certainly not added.
func (f *wordFilter) mayHave(w string) bool {
	a, b := f.bits(w)
	return f[a>>6]&(1<<(a&63)) != 0 && f[b>>6]&(1<<(b&63)) != 0
}

// lexiconLines returns the fields of the data lines of an embedded
// lexicon file: blank lines and '#' comments are skipped.
func lexiconLines(name string) [][]string {
	b, err := lexiconFiles.ReadFile("lexicon/" + name)
	if err != nil {
		panic("verbatim: missing embedded lexicon " + name) // a build error, not an input error
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if f := strings.Fields(line); len(f) > 0 {
			out = append(out, f)
		}
	}
	return out
}
