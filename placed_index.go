package verbatim

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
