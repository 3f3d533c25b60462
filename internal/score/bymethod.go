package score

import (
	"bufio"
	"fmt"
	"io"
	"sort"
)

// A MethodCount counts the scored predicted quotes of one attribution
// method over the "all" subset (every gold attribution): how many were
// predicted, how many a content-overlap match took, and of the matched
// ones, how many have the right source mention and, with
// Options.Speakers, the right resolved speaker.
type MethodCount struct {
	// Method is the attribution's method, "(none)" for quotes reported
	// without an attribution.
	Method string
	// Pred counts the predicted quotes, Matched those in a matched pair.
	Pred, Matched int
	// WithSource counts the matched quotes whose gold has a source,
	// SourceRight those whose mention overlaps it.
	WithSource, SourceRight int
	// Speakers counts the matched quotes with a resolved-speaker
	// record, SpeakerRight those with the record's speaker.
	Speakers, SpeakerRight int
}

// byMethod counts the predicted quotes of article d by method; gm are
// the matches of the "all" subset.
func (s *Summary) byMethod(d *doc, gm []pair, g *SpeakerGold) {
	if s.methodIdx == nil {
		s.methodIdx = map[string]int{}
	}
	count := func(p *predQuote) *MethodCount {
		m := p.method
		if !p.attributed || m == "" {
			m = "(none)"
		}
		i, ok := s.methodIdx[m]
		if !ok {
			i = len(s.Methods)
			s.methodIdx[m] = i
			s.Methods = append(s.Methods, MethodCount{Method: m})
		}
		return &s.Methods[i]
	}
	for _, p := range d.P {
		count(p).Pred++
	}
	records := map[string]*speakerRecord{}
	if g != nil {
		for _, ri := range g.byDoc[d.name] {
			records[rawString(g.records[ri].ID)] = &g.records[ri]
		}
	}
	for _, m := range gm {
		gold := d.G[m.gi]
		rec := records[gold.id]
		for _, i := range m.grp {
			c := count(d.P[i])
			c.Matched++
			if len(gold.source) > 0 {
				c.WithSource++
				if overlaps(d.P[i].mention, gold.source) {
					c.SourceRight++
				}
			}
			if rec != nil {
				c.Speakers++
				if ok, _ := speakerRight(d, []int{i}, rec.Speaker); ok {
					c.SpeakerRight++
				}
			}
		}
	}
}

// WriteByMethod writes the by-method table: for each method, most
// quotes first, the predicted quotes, the matched ones and the
// precision, the source accuracy on matched quotes with a gold source,
// and with speakers, the resolved-speaker accuracy.
func (s *Summary) WriteByMethod(w io.Writer) error {
	bw := bufio.NewWriter(w)
	ms := append([]MethodCount(nil), s.Methods...)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].Pred > ms[b].Pred })
	speakers := s.Speakers != nil
	fmt.Fprintf(bw, "\nby method (all attributions; matched = content overlap; source = mention overlaps gold source):\n")
	fmt.Fprintf(bw, "%-30s %6s %7s %6s %17s", "method", "pred", "matched", "P", "source right")
	if speakers {
		fmt.Fprintf(bw, " %17s", "speaker right")
	}
	fmt.Fprintln(bw)
	var tot MethodCount
	row := func(m MethodCount) {
		fmt.Fprintf(bw, "%-30s %6d %7d %6s %17s", m.Method, m.Pred, m.Matched, frac(m.Matched, m.Pred), fracN(m.SourceRight, m.WithSource))
		if speakers {
			fmt.Fprintf(bw, " %17s", fracN(m.SpeakerRight, m.Speakers))
		}
		fmt.Fprintln(bw)
	}
	for _, m := range ms {
		row(m)
		tot.Pred += m.Pred
		tot.Matched += m.Matched
		tot.WithSource += m.WithSource
		tot.SourceRight += m.SourceRight
		tot.Speakers += m.Speakers
		tot.SpeakerRight += m.SpeakerRight
	}
	tot.Method = "total"
	row(tot)
	return bw.Flush()
}

// frac is a/b to three decimals, "-" when b is 0.
func frac(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}

// fracN is frac with the counts: "0.951 (39/41)".
func fracN(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%s (%d/%d)", frac(a, b), a, b)
}
