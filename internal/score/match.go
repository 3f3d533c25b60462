package score

import "sort"

// span is a byte range [start, end).
type span struct{ start, end int }

func overlaps(a, b []span) bool {
	for _, x := range a {
		for _, y := range b {
			if x.start < y.end && y.start < x.end {
				return true
			}
		}
	}
	return false
}

// A gold attribution, prepared for matching.
type goldItem struct {
	id         string
	kind       string
	spans      []span
	toks       []int
	norm       []string
	source     []span
	sourceText any
	cue        []span
}

// A matched pair: a gold index and the predicted fragments matched to it.
type pair struct {
	gi  int
	grp []int
}

type candidate struct {
	f     float64
	agree int
	gi    int
	grp   []int
}

// match is score.py's match: one-to-one greedy matching, best token F1
// first, ties to the pair whose source and cue agree. A gold content may
// be matched by a group of non-overlapping predicted fragments lying
// inside it (>= 80% of each fragment's words); the group counts as one
// prediction. It returns the pairs in the order they were chosen.
func match(G []*goldItem, P []*predQuote, exact bool) []pair {
	agree := func(g *goldItem, grp []int) int {
		src := false
		if len(g.source) > 0 {
			for _, i := range grp {
				src = src || overlaps(P[i].mention, g.source)
			}
		} else {
			src = true
			for _, i := range grp {
				if len(P[i].mention) > 0 {
					src = false
				}
			}
		}
		cue := false
		for _, i := range grp {
			cue = cue || overlaps(P[i].cue, g.cue)
		}
		return -(2*b2i(src) + b2i(cue))
	}

	var cand []candidate
	for gi, g := range G {
		var inside []int
		for pi, p := range P {
			f := tokenF1(g.toks, p.toks)
			if f > 0 && float64(interCount(p.toks, g.toks)) >= 0.8*float64(len(p.toks)) {
				inside = append(inside, pi)
			}
			if exact {
				if f > 0 && equalStrings(g.norm, p.norm) {
					cand = append(cand, candidate{f, agree(g, []int{pi}), gi, []int{pi}})
				}
			} else if f >= 0.5 {
				cand = append(cand, candidate{f, agree(g, []int{pi}), gi, []int{pi}})
			}
		}
		// fragments must not overlap each other (a duplicate is no fragment)
		sort.SliceStable(inside, func(a, b int) bool {
			return len(P[inside[a]].toks) > len(P[inside[b]].toks)
		})
		var grp, toks []int
		for _, pi := range inside {
			if interCount(toks, P[pi].toks) == 0 {
				grp = append(grp, pi)
				toks = union(toks, P[pi].toks)
			}
		}
		if len(grp) > 1 {
			sort.SliceStable(grp, func(a, b int) bool {
				x, y := P[grp[a]].spans[0], P[grp[b]].spans[0]
				if x.start != y.start {
					return x.start < y.start
				}
				return x.end < y.end
			})
			f := tokenF1(g.toks, toks)
			if exact {
				var joined []string
				for _, i := range grp {
					joined = append(joined, P[i].norm...)
				}
				if equalStrings(g.norm, joined) {
					cand = append(cand, candidate{f, agree(g, grp), gi, grp})
				}
			} else if f >= 0.5 {
				cand = append(cand, candidate{f, agree(g, grp), gi, grp})
			}
		}
	}
	sort.Slice(cand, func(a, b int) bool {
		x, y := &cand[a], &cand[b]
		if x.f != y.f {
			return x.f > y.f
		}
		if x.agree != y.agree {
			return x.agree < y.agree
		}
		if len(x.grp) != len(y.grp) {
			return len(x.grp) > len(y.grp)
		}
		if x.gi != y.gi {
			return x.gi < y.gi
		}
		for i := range x.grp { // same length here
			if x.grp[i] != y.grp[i] {
				return x.grp[i] < y.grp[i]
			}
		}
		return false
	})
	var out []pair
	gm := map[int]bool{}
	pm := map[int]bool{}
next:
	for _, c := range cand {
		if gm[c.gi] {
			continue
		}
		for _, i := range c.grp {
			if pm[i] {
				continue next
			}
		}
		gm[c.gi] = true
		for _, i := range c.grp {
			pm[i] = true
		}
		out = append(out, pair{c.gi, c.grp})
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
