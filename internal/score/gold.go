package score

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold is one annotated article of a gold folder (PolNeAR's format, see
// shared/corpus/polnear/README.md).
type Gold struct {
	// Name is the article's "doc" field, or its file name without
	// ".json"; predictions are matched to it by the base name of their
	// source.
	Name string
	// Text is the article text; gold offsets are UTF-8 byte offsets
	// into it.
	Text string

	attributions []goldAttribution
}

type goldAttribution struct {
	ID      json.RawMessage `json:"id"`
	Kind    string          `json:"kind"`
	Content []goldSpan      `json:"content"`
	Source  *goldSpan       `json:"source"`
	Cue     *goldSpan       `json:"cue"`
}

type goldSpan struct {
	Start *int       `json:"start"`
	End   *int       `json:"end"`
	Text  *string    `json:"text"`
	Spans []goldSpan `json:"spans"`
}

// spans is score.py's span_list for a gold span object.
func (g *goldSpan) spans() []span {
	if g == nil {
		return nil
	}
	if len(g.Spans) > 0 {
		out := make([]span, 0, len(g.Spans))
		for _, s := range g.Spans {
			out = append(out, span{deref(s.Start), deref(s.End)})
		}
		return out
	}
	if g.Start == nil || g.End == nil {
		return nil
	}
	return []span{{*g.Start, *g.End}}
}

// text returns the span's "text", nil when it has none.
func (g *goldSpan) text() any {
	if g == nil || g.Text == nil {
		return nil
	}
	return *g.Text
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// LoadGold reads every *.json file of dir, sorted by name. Of two files
// with the same "doc" name the later one (in file name order) is kept, as
// in score.py.
func LoadGold(dir string) ([]Gold, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	byName := map[string]Gold{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		var raw struct {
			Doc          string            `json:"doc"`
			Text         string            `json:"text"`
			Attributions []goldAttribution `json:"attributions"`
		}
		if err := json.Unmarshal(data, &raw); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		name := raw.Doc
		if name == "" {
			name = strings.TrimSuffix(filepath.Base(path), ".json")
		}
		byName[name] = Gold{Name: name, Text: raw.Text, attributions: raw.Attributions}
	}
	if len(byName) == 0 {
		return nil, fmt.Errorf("no gold *.json in %s", dir)
	}
	out := make([]Gold, 0, len(byName))
	for _, g := range byName {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}
