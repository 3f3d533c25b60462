package verbatim

import (
	"fmt"
	"sort"
)

// ruleNames lists the name of every rule of the pipeline's tables: the
// frame rules and content shapes, the quote sieves, the speaker and
// name sieves.
func ruleNames() []string {
	var out []string
	for _, r := range cueRules {
		out = append(out, r.name)
	}
	for _, r := range contentShapes {
		out = append(out, r.name)
	}
	for _, r := range sentenceRules {
		out = append(out, r.name)
	}
	for _, r := range quoteSieves {
		out = append(out, r.name)
	}
	for _, r := range speakerSieves {
		out = append(out, r.name)
	}
	for _, r := range nameSieves {
		out = append(out, r.name)
	}
	return out
}

// checkRules reports a rule to switch off that is in no table.
func checkRules(off map[string]bool) error {
	if len(off) == 0 {
		return nil
	}
	known := map[string]bool{}
	for _, n := range ruleNames() {
		known[n] = true
	}
	var unknown []string
	for n := range off {
		if !known[n] {
			unknown = append(unknown, n)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	names := ruleNames()
	sort.Strings(names)
	return fmt.Errorf("verbatim: no rule named %q (rules: %v)", unknown[0], names)
}
