package verbatim

import "testing"

// BenchmarkTokenize splits the PolNeAR dev texts into tokens, the first
// pass of every sentence.
func BenchmarkTokenize(b *testing.B) {
	texts := devTexts(b)
	if len(texts) == 0 {
		b.Skip("../shared/corpus/polnear/dev not found")
	}
	total := 0
	for _, s := range texts {
		total += len(s)
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
