package verbatim

import (
	"math/rand/v2"
	"slices"
	"sort"
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
				ps = append(ps, placed{pos: pos, ent: len(ps)})
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
