package verbatim

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// The resolver's helpers for speed: each stands for plain code it
// gives the same answers as (see perf_test.go).

// byEntity indexes the names placed by scanning (resolver.placed[0]) by
// entity, for describes, which reads the mentions of one entity: read
// through the whole list for each candidate of each description, they
// made the time of a long document grow with its square.
type byEntity struct {
	n     int   // len(placed[0]) when built: the index holds while it is the same
	start []int // start[e]:start[e+1] are entity e's entries of at
	at    []int // indices into placed[0], each entity's in text order
}

// placedOf returns the mentions of entity e in r.placed[0], in their
// order there. The index is built again when placed[0] has grown (an
// insertion moves what follows it); entries are only ever inserted, and
// their entity never changes.
func (r *resolver) placedOf(e int) func(yield func(placed) bool) {
	list := r.placed[0]
	ix := &r.byEnt
	if ix.start == nil || ix.n != len(list) {
		ix.n = len(list)
		ix.start = make([]int, len(r.ents)+2)
		for _, p := range list {
			ix.start[p.ent+2]++
		}
		for k := 2; k < len(ix.start); k++ {
			ix.start[k] += ix.start[k-1]
		}
		if cap(ix.at) < len(list) {
			ix.at = make([]int, len(list), len(list)+len(list)/4)
		}
		ix.at = ix.at[:len(list)]
		for i, p := range list {
			ix.at[ix.start[p.ent+1]] = i
			ix.start[p.ent+1]++
		}
	}
	return func(yield func(placed) bool) {
		if e < 0 || e+1 >= len(ix.start) {
			return // (an entity made since: none of its mentions is in placed[0])
		}
		for _, i := range ix.at[ix.start[e]:ix.start[e+1]] {
			if !yield(list[i]) {
				return
			}
		}
	}
}

// norm is normName, with the folded ASCII names written one after the
// other in the resolver's names buffer: the resolver folds the same few
// names again and again (a fifth of a parse's allocations were
// normName's, and a map remembering them cost more than the folding).
func (r *resolver) norm(s string) string {
	if !isASCII(s) {
		return normName(s)
	}
	if r.names.Cap()-r.names.Len() < len(s) {
		// (a full buffer is left to the strings sliced from it)
		r.names = strings.Builder{}
		r.names.Grow(max(len(s), 1024))
	}
	return trimName(foldASCIINameTo(&r.names, s))
}

// appendFields appends the fields of s (as strings.Fields cuts them) to
// buf.
func appendFields(buf []string, s string) []string {
	for f := range strings.FieldsSeq(s) {
		buf = append(buf, f)
	}
	return buf
}

// foldASCIIName is normName's folding of an ASCII name: lower case, its
// runs of white space one space, none at the ends. A name folded already
// is returned as it is, without allocating.
func foldASCIIName(s string) string {
	var b strings.Builder // (its String does not copy)
	return foldASCIINameTo(&b, s)
}

// foldASCIINameTo is foldASCIIName writing the folded name at the end of
// b, which has room for it or is empty; the name is a slice of what b
// holds.
func foldASCIINameTo(b *strings.Builder, s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			clean = false
		case c == ' ':
			clean = i > 0 && i+1 < len(s) && s[i+1] != ' '
		}
	}
	if clean {
		return s
	}
	b.Grow(len(s))
	start := b.Len()
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			space = b.Len() > start
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	return b.String()[start:]
}

// latestFirst returns ps sorted by position, the latest first, as
// sort.SliceStable would sort them, in a buffer of the resolver's. ps is
// what before returns, filtered: the mentions of each placed list, each
// list in text order, one list after the other; so two runs are merged,
// not sorted (a stable sort of the 400 mentions before each pronoun was
// most of a parse of many short quotes). Anything else is sorted.
func (r *resolver) latestFirst(ps []placed) []placed {
	b := 1
	for b < len(ps) && ps[b-1].pos <= ps[b].pos {
		b++
	}
	for k := b + 1; k < len(ps); k++ {
		if ps[k-1].pos > ps[k].pos {
			slices.SortStableFunc(ps, func(a, b placed) int { return cmp.Compare(b.pos, a.pos) })
			return ps
		}
	}
	x, y := ps[:min(b, len(ps))], ps[min(b, len(ps)):]
	out := r.latest[:0]
	for i, j := len(x), len(y); i > 0 || j > 0; {
		var p int
		switch {
		case i == 0:
			p = int(y[j-1].pos)
		case j == 0:
			p = int(x[i-1].pos)
		default:
			p = max(int(x[i-1].pos), int(y[j-1].pos))
		}
		// the mentions at p, those of the first run first, each run's
		// in its order (a stable sort keeps ties in their order)
		s := i
		for s > 0 && int(x[s-1].pos) == p {
			s--
		}
		out = append(out, x[s:i]...)
		i = s
		s = j
		for s > 0 && int(y[s-1].pos) == p {
			s--
		}
		out = append(out, y[s:j]...)
		j = s
	}
	r.latest = out
	return out
}

// roomToResolve gives the resolver's lists room for the mentions that
// resolving fs places: at most about one a framed quote. On a page of
// short quotes newResolver's guess from the text's length (a name in
// 128 bytes) is outgrown, and the lists grew by copying while
// everything else of the parse was alive.
func (r *resolver) roomToResolve(fs []found) {
	framed := 0
	for i := range fs {
		if fs[i].hasFrame && fs[i].inherit < 0 {
			framed++
		}
	}
	if l := &r.placed[1]; cap(*l)-len(*l) < framed {
		*l = slices.Grow(*l, framed)
	}
	if framed > len(r.text)/128 { // (what newResolver sized r.at for)
		at := make(spotMap, len(r.at)+framed)
		maps.Copy(at, r.at)
		r.at = at
	}
}
