package verbatim

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkTokenize splits the PolNeAR dev texts into tokens, the first
// pass of every sentence.
func BenchmarkTokenize(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "shared", "corpus", "polnear", "dev", "*.json"))
	if len(paths) == 0 {
		b.Skip("../shared/corpus/polnear/dev not found")
	}
	var texts []string
	total := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		var d struct{ Text string }
		if err := json.Unmarshal(data, &d); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, d.Text)
		total += len(d.Text)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var buf []token
	for b.Loop() {
		for _, s := range texts {
			buf = appendTokens(buf[:0], s, 0, len(s))
		}
	}
}
