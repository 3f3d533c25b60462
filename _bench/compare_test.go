// Package bench compares verbatim's article extraction with other Go
// extractors on the shared HTML corpora (../shared/corpus/html and
// ../shared/corpus/html2, each scored on its own). It is its own module so
// that the competitors never enter the library's go.mod.
//
//	cd _bench && go test -run Compare -v .      # body F1 of each extractor, per corpus
//	cd _bench && go test -bench . -run XXX .    # speed, per corpus
//
// cmd/netparse parses files with golang.org/x/net/html and nothing else:
// the baseline for the command line's whole-process speed.
package bench

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/internal/score"
	"golang.org/x/net/html"
)

// corpora are the shared corpora, scored separately.
var corpora = []string{"../../shared/corpus/html", "../../shared/corpus/html2"}

type page struct {
	name string
	src  []byte
	body string
}

func loadCorpus(tb testing.TB, corpusDir string) ([]page, int64) {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*", "source.html"))
	if len(paths) == 0 {
		tb.Skipf("HTML corpus not found at %s (it lives beside the repository, in ../shared)", corpusDir)
	}
	var pages []page
	var n int64
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		var truth struct{ Body *string }
		if b, err := os.ReadFile(filepath.Join(filepath.Dir(p), "truth.json")); err == nil {
			_ = json.Unmarshal(b, &truth)
		}
		pg := page{name: filepath.Base(filepath.Dir(p)), src: src}
		if truth.Body != nil {
			pg.body = *truth.Body
		}
		pages = append(pages, pg)
		n += int64(len(src))
	}
	return pages, n
}

// An extractor returns the article text of a page.
type extractor func(src []byte) string

var pageURL, _ = url.Parse("http://fakehost/test/page.html")

var extractors = []struct {
	name string
	fn   extractor
}{
	{"verbatim", func(src []byte) string {
		d, err := verbatim.ParseHTML(bytes.NewReader(src))
		if err != nil {
			return ""
		}
		return d.Text
	}},
	{"go-trafilatura", func(src []byte) string {
		r, err := trafilatura.Extract(bytes.NewReader(src), trafilatura.Options{EnableFallback: true, ExcludeComments: true})
		if err != nil || r == nil {
			return ""
		}
		return r.ContentText
	}},
	{"go-readability", func(src []byte) string {
		p := readability.NewParser()
		a, err := p.Parse(bytes.NewReader(src), pageURL)
		if err != nil || a.Node == nil {
			return ""
		}
		var b strings.Builder
		_ = a.RenderText(&b)
		return b.String()
	}},
	{"net/html only", func(src []byte) string {
		_, _ = html.Parse(bytes.NewReader(src))
		return ""
	}},
}

// TestCompareBodyF1 scores every extractor as shared/tools/body_score.py
// does, on each corpus: per-page shingle precision and recall, averaged,
// F1 of the means; and counts the pages extracted empty.
func TestCompareBodyF1(t *testing.T) {
	for _, dir := range corpora {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			pages, _ := loadCorpus(t, dir)
			for _, ex := range extractors {
				if ex.name == "net/html only" {
					continue
				}
				var sp, sr float64
				n, empty := 0, 0
				for _, pg := range pages {
					if strings.TrimSpace(pg.body) == "" {
						continue
					}
					text := ex.fn(pg.src)
					if strings.TrimSpace(text) == "" {
						empty++
					}
					p, r := score.BodyPR(pg.body, text)
					sp, sr, n = sp+p, sr+r, n+1
				}
				p, r := sp/float64(n), sr/float64(n)
				t.Logf("%-8s %-15s pages=%d P=%.3f R=%.3f F1=%.3f empty=%d",
					filepath.Base(dir), ex.name, n, p, r, 2*p*r/(p+r), empty)
			}
		})
	}
}

func BenchmarkExtract(b *testing.B) {
	for _, dir := range corpora {
		pages, n := loadCorpus(b, dir)
		for _, ex := range extractors {
			b.Run(filepath.Base(dir)+"/"+ex.name, func(b *testing.B) {
				b.SetBytes(n)
				b.ReportAllocs()
				for range b.N {
					for _, pg := range pages {
						ex.fn(pg.src)
					}
				}
			})
		}
	}
}
