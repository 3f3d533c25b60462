package verbatim

import (
	"io/fs"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestLexiconFiles keeps the embedded word lists sorted, unique, lower
// case and NFC, as the lexicon loader and reviewers expect.
func TestLexiconFiles(t *testing.T) {
	names, err := fs.Glob(lexiconFiles, "lexicon/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no embedded lexicon files (%v)", err)
	}
	for _, path := range names {
		name := strings.TrimPrefix(path, "lexicon/")
		lines := lexiconLines(name)
		if len(lines) == 0 {
			t.Errorf("%s: no entries", name)
		}
		var keys []string
		for _, f := range lines {
			line := strings.Join(f, " ")
			if !norm.NFC.IsNormalString(line) {
				t.Errorf("%s: %q is not NFC", name, line)
			}
			if line != strings.ToLower(line) {
				t.Errorf("%s: %q is not lower case", name, line)
			}
			keys = append(keys, f[0])
		}
		if !slices.IsSorted(keys) {
			t.Errorf("%s: entries are not sorted", name)
		}
		if c := slices.Compact(slices.Clone(keys)); len(c) != len(keys) {
			t.Errorf("%s: duplicate entries", name)
		}
	}
}

// TestLexiconConsistency checks what the files say of each other.
func TestLexiconConsistency(t *testing.T) {
	lx := builtin()
	lemmas := map[string]bool{}
	for _, l := range lx.cueLemma {
		lemmas[l] = true
	}
	for _, l := range lx.phrasal {
		lemmas[l] = true
	}
	for _, list := range []map[string]bool{lx.weakCue, lx.noClause} {
		for l := range list {
			if !lemmas[l] {
				t.Errorf("cue class names %q, which no cue file lists", l)
			}
		}
	}
	// a form belongs to one lemma: the stance list must not take over
	// forms that cues.txt already maps
	forms := map[string]string{}
	for _, name := range []string{"cues.txt", "cues-stance.txt"} {
		for _, f := range lexiconLines(name) {
			for _, form := range f {
				if prev, ok := forms[form]; ok {
					t.Errorf("%s: form %q is also listed in %s", name, form, prev)
				}
				forms[form] = name
			}
		}
	}
	// cues-phrasal.txt: a lemma with forms is new (a cue only with its
	// particle); one without forms adds particles to a known cue
	for _, f := range lexiconLines("cues-phrasal.txt") {
		bar := strings.Index(strings.Join(f, " "), " | ")
		known := forms[f[0]] != ""
		if withForms := bar > len(f[0]); withForms == known {
			t.Errorf("cues-phrasal.txt: %q: list forms only for a lemma that is no cue elsewhere", strings.Join(f, " "))
		}
		if len(lx.particles[f[0]]) == 0 {
			t.Errorf("cues-phrasal.txt: %q has no particles", f[0])
		}
	}
	if !phrase(lx, "pointed to it", tokenize("pointed to it", 0, 13)).particleCue("point", 0) || lx.phrasal["talked"] != "talk" || lx.cueLemma["talked"] != "" {
		t.Error("cues-phrasal.txt is not loaded")
	}
	for _, f := range lexiconLines("cues-framed.txt") {
		if !lemmas[f[0]] || len(f) != 1 {
			t.Errorf("cues-framed.txt: %q: want one lemma that is a cue", strings.Join(f, " "))
		}
	}
	for _, f := range lexiconLines("titles.txt") {
		if len(f) != 1 {
			t.Errorf("titles.txt: %q: titles are matched a word at a time", strings.Join(f, " "))
		}
	}
	for form, class := range lx.pronouns {
		if !strings.ContainsRune("mfpnsa", rune(class)) {
			t.Errorf("pronouns.txt: %q has unknown class %q", form, class)
		}
	}
	for _, f := range lexiconLines("nouns.txt") {
		var k SpeakerKind
		if len(f) != 2 || k.UnmarshalText([]byte(f[1])) != nil {
			t.Errorf("nouns.txt: %q: want a noun and a speaker kind", strings.Join(f, " "))
		}
	}
	if lx.cueLemma["said"] != "say" || lx.cueLemma["told"] != "tell" {
		t.Errorf("cue forms are not mapped to their lemmas: said=%q told=%q", lx.cueLemma["said"], lx.cueLemma["told"])
	}
}
