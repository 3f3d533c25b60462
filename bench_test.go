package verbatim_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/verbatim-go/verbatim"
)

// polnearDev is the PolNeAR development split, kept beside the repository
// (see ../shared/corpus/polnear/README.md); it is not part of the module.
var polnearDev = filepath.Join("..", "shared", "corpus", "polnear", "dev")

func benchParse(b *testing.B, texts ...string) {
	b.Helper()
	total := 0
	for _, s := range texts {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var p verbatim.Parser
	for b.Loop() {
		for _, s := range texts {
			if _, err := p.ParseText(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseText parses the seed article, a short news story with
// nested, interrupted and attributed quotes.
func BenchmarkParseText(b *testing.B) {
	data, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	benchParse(b, string(data))
}

// BenchmarkParseTextNoQuotes parses the seed article with every quotation
// mark removed: the path where nothing is found.
func BenchmarkParseTextNoQuotes(b *testing.B) {
	data, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.NewReplacer(`"`, "", "“", "", "”", "", "'", "", "‘", "", "’", "").Replace(string(data))
	benchParse(b, text)
}

// BenchmarkParseTextPolNeAR parses each article of the PolNeAR dev split
// (84 US political news stories) once per iteration.
func BenchmarkParseTextPolNeAR(b *testing.B) {
	texts, err := loadPolNeARTexts(polnearDev)
	if err != nil {
		b.Fatal(err)
	}
	if texts == nil {
		b.Skipf("%s not found: the PolNeAR corpus lives beside the repository, in ../shared", polnearDev)
	}
	benchParse(b, texts...)
}

// loadPolNeARTexts returns the "text" of every dir/*.json file, in name
// order, or nil when dir does not exist.
func loadPolNeARTexts(dir string) ([]string, error) {
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		return nil, nil
	}
	docs, err := loadPolNeARInputs(dir)
	if err != nil {
		return nil, err
	}
	texts := []string{}
	for _, d := range docs {
		texts = append(texts, d.data)
	}
	return texts, nil
}

// BenchmarkWordPass is the floor the parse is measured against: one
// bare pass over the PolNeAR dev texts that splits them into Unicode
// words (letters and digits) and counts them. ParseTextPolNeAR's MB/s
// divided by this one's is the share of a word pass the parse runs at.
func BenchmarkWordPass(b *testing.B) {
	texts, err := loadPolNeARTexts(polnearDev)
	if err != nil {
		b.Fatal(err)
	}
	if texts == nil {
		b.Skipf("%s not found: the PolNeAR corpus lives beside the repository, in ../shared", polnearDev)
	}
	total := 0
	for _, s := range texts {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	words := 0
	for b.Loop() {
		words = 0
		for _, s := range texts {
			in := false
			for _, r := range s {
				w := unicode.IsLetter(r) || unicode.IsDigit(r)
				if w && !in {
					words++
				}
				in = w
			}
		}
	}
	if words == 0 {
		b.Fatal("no words")
	}
}

// quoteDense is a document of many short attributed quotes, n bytes
// long or a little more: the shape where memory used to grow with the
// number of quotes times a frame.
func quoteDense(n int) string {
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		switch i % 3 {
		case 0:
			sb.WriteString("“Yes,” she said. ")
		case 1:
			sb.WriteString("“No,” Smith replied. “Never.”\n")
		default:
			sb.WriteString("Lee said “maybe” and left.\n")
		}
	}
	return sb.String()
}

// BenchmarkParseTextQuoteDense parses 1 MB of short quotes.
func BenchmarkParseTextQuoteDense(b *testing.B) {
	benchParse(b, quoteDense(1<<20))
}
