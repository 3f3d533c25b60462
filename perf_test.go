package verbatim

// Tests of the helpers issue 12 added for speed: each is checked against
// the plain code it stands for.

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestLatestFirst checks the merge of latestFirst against the stable
// sort it replaces, on two runs in text order with ties inside and
// across them, and on lists that are not two runs.
func TestLatestFirst(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var r resolver
	for n := 0; n < 2000; n++ {
		var ps []placed
		for run := 0; run < 2; run++ {
			pos := rng.IntN(5)
			for k := rng.IntN(12); k > 0; k-- {
				pos += rng.IntN(3) // (ties within a run)
				ps = append(ps, placed{pos: int32(pos), ent: int32(len(ps))})
			}
		}
		if n%10 == 0 {
			rng.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
		}
		want := slices.Clone(ps)
		sort.SliceStable(want, func(i, j int) bool { return want[i].pos > want[j].pos })
		if got := r.latestFirst(slices.Clone(ps)); !slices.Equal(got, want) {
			t.Fatalf("latestFirst(%v) = %v, want %v", ps, got, want)
		}
	}
}

// TestNormNameASCII checks normName's ASCII path against its general
// folding (foldName), on names and on random ASCII strings.
func TestNormNameASCII(t *testing.T) {
	names := []string{"", " ", "Donald Trump", "donald trump", "the White House", "The  White\tHouse ",
		" Trump's", "Jones'", "U.S.  Sen. Ted Cruz\n", "a  b", "ab ", " ab", "the ", "THE FED", "x\r\ny", "it's",
		"Fran\u00e7ois Hollande", "O\u2019Rourke"}
	rng := rand.New(rand.NewPCG(3, 4))
	const alphabet = "aZ '\t\nthesT.-"
	for n := 0; n < 5000; n++ {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		names = append(names, string(b))
	}
	for _, s := range names {
		if got, want := normName(s), trimName(foldName(s)); got != want {
			t.Errorf("normName(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestIsEnglishMarker checks the table look-up against the map on the
// markers, on words that share a marker's length and letters, and on
// random words.
func TestIsEnglishMarker(t *testing.T) {
	words := []string{"", "a", "i", "tie", "thee", "there", "these", "hxs", "whose", "would", "cold", "it's", "don't"}
	for w := range englishMarkers {
		words = append(words, w, w+"s", "x"+w)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		b := make([]byte, 1+rng.IntN(6))
		for i := range b {
			b[i] = "abehinorstuwy'"[rng.IntN(14)]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		if got, want := isEnglishMarker([]byte(w)), englishMarkers[w]; got != want {
			t.Errorf("isEnglishMarker(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPlacedOf checks the by-entity index of placed[0] against a
// filter of the list, as the list grows and entities are added.
func TestPlacedOf(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var r resolver
	for step := 0; step < 300; step++ {
		if len(r.ents) == 0 || rng.IntN(4) == 0 {
			r.ents = append(r.ents, &entity{})
		}
		if rng.IntN(3) > 0 {
			p := placed{pos: int32(rng.IntN(1000)), ent: int32(rng.IntN(len(r.ents))), unit: int32(step)}
			k := sort.Search(len(r.placed[0]), func(i int) bool { return r.placed[0][i].pos > p.pos })
			r.placed[0] = slices.Insert(r.placed[0], k, p)
		}
		for e := -1; e <= len(r.ents); e++ {
			var want, got []placed
			for _, p := range r.placed[0] {
				if int(p.ent) == e {
					want = append(want, p)
				}
			}
			for p := range r.placedOf(e) {
				got = append(got, p)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("step %d: placedOf(%d) = %v, want %v", step, e, got, want)
			}
		}
	}
}

// TestCueForms checks that the filter of cue forms says "perhaps" for
// every cue and phrasal form, and "certainly not" for most other words.
func TestCueForms(t *testing.T) {
	lx := builtin()
	for w := range lx.cueLemma {
		if !lx.cueForms.mayHave(w) {
			t.Errorf("cueForms: %q missing", w)
		}
	}
	for w := range lx.phrasal {
		if !lx.cueForms.mayHave(w) {
			t.Errorf("cueForms: %q missing", w)
		}
	}
	maybe := 0
	for _, w := range strings.Fields("the of and to in a is that for it with as was on be by this had not are but from or have an they which one you were her all she there would their we him been has when who will more no if out so up") {
		if lx.cueForms.mayHave(w) && lx.cueLemma[w] == "" && lx.phrasal[w] == "" {
			maybe++
		}
	}
	if maybe > 3 {
		t.Errorf("cueForms lets %d common non-cue words through", maybe)
	}
}

// devTexts returns the "text" of every PolNeAR dev article beside the
// repository (../shared), or none when it is not there: the internal
// tests' copy of bench_test.go's loadPolNeARTexts, which lives in the
// external test package.
func devTexts(tb testing.TB) []string {
	paths, _ := filepath.Glob(filepath.Join("..", "shared", "corpus", "polnear", "dev", "*.json"))
	var texts []string
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		var d struct{ Text string }
		if err := json.Unmarshal(data, &d); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, d.Text)
	}
	return texts
}

// TestNoFrameUnwritten parses the seed article and the PolNeAR dev
// texts (when ../shared is there) and checks that the frame every
// frameless quote points to is still the zero frame: found quotes share
// their frames, and nothing may write through them.
func TestNoFrameUnwritten(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join("testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	texts := append([]string{string(seed)}, devTexts(t)...)
	var p Parser
	for i, text := range texts {
		if _, err := p.ParseText(text); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(noFrame, frame{}) {
			t.Fatalf("after text %d, noFrame = %+v", i, noFrame)
		}
	}
}

// TestMarkOf keeps markOf's switch the same as markTable.
func TestMarkOf(t *testing.T) {
	for r, want := range markTable {
		if got, ok := markOf(r); !ok || got != want {
			t.Errorf("markOf(%q) = %v, %v; markTable has %v", r, got, ok, want)
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		if _, in := markTable[r]; !in {
			if _, ok := markOf(r); ok {
				t.Errorf("markOf(%q) is a mark; markTable has none", r)
			}
		}
	}
}
