package verbatim_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/internal/score"
)

// polnearFloors are the lowest F1 scores TestPolNeARDevFloor accepts on
// the PolNeAR dev split, as score.py reports them (with --strict: every
// gold article counts). Set each a little under the measured figure
// (about 0.01), so that a change that loses accuracy fails the test and
// one that gains it raises the floor in the same commit.
// Measured 2026-11-29 (session 6): quotes 0.961 / 0.868 / 0.925 / 0.922,
// all 0.760 / 0.611 / 0.721 / 0.727 (overlap, exact, source e2e, cue e2e).
var polnearFloors = []struct {
	name  string
	f1    func(*score.Summary) float64
	floor float64
}{
	{"quotes overlap F1", func(s *score.Summary) float64 { return s.Quotes.Overlap.F1 }, 0.952},
	{"quotes exact F1", func(s *score.Summary) float64 { return s.Quotes.Exact.F1 }, 0.858},
	{"quotes source e2e F1", func(s *score.Summary) float64 { return s.Quotes.SourceE2E.F1 }, 0.915},
	{"quotes cue e2e F1", func(s *score.Summary) float64 { return s.Quotes.CueE2E.F1 }, 0.912},
	{"all overlap F1", func(s *score.Summary) float64 { return s.All.Overlap.F1 }, 0.750},
	{"all exact F1", func(s *score.Summary) float64 { return s.All.Exact.F1 }, 0.601},
	{"all source e2e F1", func(s *score.Summary) float64 { return s.All.SourceE2E.F1 }, 0.710},
	{"all cue e2e F1", func(s *score.Summary) float64 { return s.All.CueE2E.F1 }, 0.716},
}

// TestPolNeARDevFloor parses every article of the PolNeAR dev split,
// checks the invariants, scores the quotes against the gold attributions
// with internal/score (the Go port of shared/tools/score.py) and fails if
// a score falls below its floor. With -v it logs score.py's report.
func TestPolNeARDevFloor(t *testing.T) {
	if _, err := os.Stat(polnearDev); os.IsNotExist(err) {
		t.Skipf("%s not found: the PolNeAR corpus lives beside the repository, in ../shared", polnearDev)
	}
	golds, err := score.LoadGold(polnearDev)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) == 0 {
		t.Fatalf("no gold articles in %s", polnearDev)
	}
	preds := parseGolds(t, golds)
	sum := score.Score(golds, preds, score.Options{Strict: true})
	if sum.Docs.Scored != len(golds) {
		t.Errorf("scored %d of %d articles: %+v", sum.Docs.Scored, len(golds), sum.Docs)
	}

	var report strings.Builder
	if err := sum.WriteReport(&report); err != nil {
		t.Fatal(err)
	}
	t.Logf("PolNeAR dev:\n%s", report.String())

	for _, f := range polnearFloors {
		// A NaN score (nothing predicted) fails every floor above 0.
		if got := f.f1(sum); !(got >= f.floor) && f.floor > 0 {
			t.Errorf("%s = %.4f, below the floor %.4f", f.name, got, f.floor)
		}
	}
}

// Speaker floors: the lowest resolved-speaker accuracy the tests accept,
// a little under the measured figure. Measured 2026-11-29 (session 6):
// speakers-dev.json 0.9501 (381/401 matched quotes), the 19 annotated
// pages of corpus/html 0.941.
const (
	speakersDevFloor  = 0.94
	htmlSpeakersFloor = 0.93
)

// htmlPagesDir holds the pages of corpus/html and their annotation.
var htmlPagesDir = filepath.Join("..", "shared", "corpus", "html")

// TestSpeakersDevFloor scores the resolved speakers of the PolNeAR dev
// articles against ../shared/corpus/polnear/speakers-dev.json, as
// score.py --speakers does, and fails below speakersDevFloor.
func TestSpeakersDevFloor(t *testing.T) {
	spkPath := filepath.Join(filepath.Dir(polnearDev), "speakers-dev.json")
	if _, err := os.Stat(spkPath); os.IsNotExist(err) {
		t.Skipf("%s not found: the PolNeAR corpus lives beside the repository, in ../shared", spkPath)
	}
	spk, err := score.LoadSpeakers(spkPath)
	if err != nil {
		t.Fatal(err)
	}
	golds, err := score.LoadGold(polnearDev)
	if err != nil {
		t.Fatal(err)
	}
	preds := parseGolds(t, golds)
	sum := score.Score(golds, preds, score.Options{Speakers: spk})
	f := sum.Speakers
	if f == nil || f.Matched == 0 {
		t.Fatalf("no speaker figures: %+v", f)
	}
	t.Logf("speakers-dev.json: accuracy %.4f (%d/%d matched quotes)", f.Acc, f.Correct, f.Matched)
	if !(f.Acc >= speakersDevFloor) {
		for _, e := range f.Errors {
			t.Logf("  %s %s: gold %v, pred %v", e.Doc, e.ID, e.Gold, e.Pred)
		}
		t.Errorf("speaker accuracy %.4f, below the floor %.2f", f.Acc, speakersDevFloor)
	}
}

// htmlQuotesGold is ../shared/corpus/html/quotes-dev.json: quotes of real
// pages with their resolved speakers, as offsets into each page's
// truth.json body (code points).
type htmlQuotesGold struct {
	Pages []struct {
		Name   string `json:"name"`
		Quotes []struct {
			Kind      string  `json:"kind"`
			Speaker   *string `json:"speaker"`
			Uncertain bool    `json:"uncertain"`
			Note      string  `json:"note"`
			Start     int     `json:"start"`
			End       int     `json:"end"`
		} `json:"quotes"`
	} `json:"pages"`
}

// TestHTMLSpeakersFloor parses the annotated pages of corpus/html and
// scores the speakers of their quotes as score_html_quotes.py does (a
// Go port of its matching and speaker test), failing below
// htmlSpeakersFloor.
func TestHTMLSpeakersFloor(t *testing.T) {
	goldPath := filepath.Join(htmlPagesDir, "quotes-dev.json")
	data, err := os.ReadFile(goldPath)
	if os.IsNotExist(err) {
		t.Skipf("%s not found: the corpus lives beside the repository, in ../shared", goldPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	var gold htmlQuotesGold
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	var p verbatim.Parser
	n, ok := 0, 0
	for _, page := range gold.Pages {
		var truth struct {
			Body string `json:"body"`
		}
		tb, err := os.ReadFile(filepath.Join(htmlPagesDir, page.Name, "truth.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(tb, &truth); err != nil {
			t.Fatal(err)
		}
		body := []rune(truth.Body)
		src, err := os.ReadFile(filepath.Join(htmlPagesDir, page.Name, "source.html"))
		if err != nil {
			t.Fatal(err)
		}
		doc := parse(t, &p, input{name: page.Name, format: "html", data: string(src)})
		for _, group := range [][2][]string{{{"direct", "partial"}, {"direct", "partial", "mixed"}}, {{"indirect"}, {"indirect"}}} {
			wrappers := map[int]bool{}
			for _, q := range doc.Quotes {
				if q.Parent != nil {
					wrappers[*q.Parent] = true
				}
			}
			var preds []int
			for i, q := range doc.Quotes {
				if containsKind(group[1], q.Kind.String()) && !(q.Kind == verbatim.Mixed && wrappers[i]) {
					preds = append(preds, i)
				}
			}
			type pair struct {
				f      float64
				gi, pi int
			}
			var pairs []pair
			for gi, g := range page.Quotes {
				if !containsKind(group[0], g.Kind) {
					continue
				}
				gt := wordTokens(string(body[g.Start:g.End]))
				for _, pi := range preds {
					pt := wordTokens(doc.Quotes[pi].Text)
					f, inG, inP := tokenF1(gt, pt)
					if f >= 0.5 || inG >= 0.8 || inP >= 0.8 && len(pt) >= 3 {
						pairs = append(pairs, pair{f, gi, pi})
					}
				}
			}
			// best first; ties as Python's sort of (f, gi, pi) tuples, reversed
			sort.Slice(pairs, func(a, b int) bool {
				x, y := pairs[a], pairs[b]
				if x.f != y.f {
					return x.f > y.f
				}
				if x.gi != y.gi {
					return x.gi > y.gi
				}
				return x.pi > y.pi
			})
			done := map[int]bool{}
			for _, pr := range pairs {
				if done[pr.gi] {
					continue
				}
				done[pr.gi] = true
				g := page.Quotes[pr.gi]
				if g.Uncertain {
					continue
				}
				var sp *verbatim.Speaker
				if a := doc.Quotes[pr.pi].Attribution; a != nil && a.Speaker >= 0 && a.Speaker < len(doc.Speakers) {
					sp = &doc.Speakers[a.Speaker]
				}
				var right bool
				switch {
				case g.Speaker == nil:
					right = sp == nil || sp.Kind == verbatim.UnknownSpeaker
				default:
					right = sp != nil && htmlSameSpeaker(sp, *g.Speaker)
					if !right && strings.Contains(g.Note, "unnamed spokesperson") {
						right = sp != nil && sp.Kind == verbatim.UnknownSpeaker
					}
				}
				n++
				if right {
					ok++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no matched quotes")
	}
	acc := float64(ok) / float64(n)
	t.Logf("corpus/html quotes-dev.json: speaker accuracy %.3f (%d/%d)", acc, ok, n)
	if acc < htmlSpeakersFloor {
		t.Errorf("speaker accuracy %.3f, below the floor %.2f", acc, htmlSpeakersFloor)
	}
}

func containsKind(kinds []string, k string) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// wordTokens are the lower-cased \w+ runs of s (Python's re.UNICODE).
func wordTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r))
	})
}

// tokenF1 is score_html_quotes.py's f1: the F1 of two token bags, and
// the shares of a and of b that they have in common.
func tokenF1(a, b []string) (f, inA, inB float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0, 0
	}
	ca := map[string]int{}
	for _, x := range a {
		ca[x]++
	}
	inter := 0
	for _, x := range b {
		if ca[x] > 0 {
			ca[x]--
			inter++
		}
	}
	if inter == 0 {
		return 0, 0, 0
	}
	p, r := float64(inter)/float64(len(b)), float64(inter)/float64(len(a))
	return 2 * p * r / (p + r), float64(inter) / float64(len(a)), float64(inter) / float64(len(b))
}

// htmlSameSpeaker is score_html_quotes.py's same_speaker: the last
// content words agree, one name's content words hold the other's, or a
// capitalised word of the prediction is in the gold name's initials.
func htmlSameSpeaker(sp *verbatim.Speaker, gold string) bool {
	stop := map[string]bool{"the": true, "a": true, "an": true, "of": true, "for": true, "and": true, "s": true}
	content := func(s string) []string {
		var out []string
		for _, w := range wordTokens(s) {
			if !stop[w] {
				out = append(out, w)
			}
		}
		return out
	}
	g := content(gold)
	var initials strings.Builder
	for _, w := range strings.FieldsFunc(gold, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') }) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			initials.WriteString(strings.ToLower(string(r)))
		}
	}
	subset := func(a, b []string) bool {
		for _, x := range a {
			if !containsKind(b, x) {
				return false
			}
		}
		return true
	}
	for _, name := range append([]string{sp.Name}, sp.Aliases...) {
		p := content(name)
		if len(p) == 0 || len(g) == 0 {
			continue
		}
		if p[len(p)-1] == g[len(g)-1] || subset(p, g) || subset(g, p) {
			return true
		}
		for _, w := range p {
			if len(w) >= 2 && strings.Contains(initials.String(), w) && strings.Contains(name, strings.ToUpper(w)) {
				return true
			}
		}
	}
	return false
}

// parseGolds parses the text of every gold article, checking the
// invariants, and returns the predictions to score.
func parseGolds(t *testing.T, golds []score.Gold) *score.Predictions {
	t.Helper()
	preds := score.NewPredictions(golds)
	var p verbatim.Parser
	for _, g := range golds {
		doc := parse(t, &p, input{name: g.Name, format: "text", data: g.Text})
		doc.Source = g.Name + ".txt"
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		if err := preds.Add(b); err != nil {
			t.Fatalf("%s: %v", g.Name, err)
		}
	}
	return preds
}
