package verbatim_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/internal/score"
)

// polnearFloors are the lowest F1 scores TestPolNeARDevFloor accepts on
// the PolNeAR dev split, as score.py reports them (with --strict: every
// gold article counts). Set each a little under the measured figure
// (about 0.01), so that a change that loses accuracy fails the test and
// one that gains it raises the floor in the same commit.
// Measured 2026-11-29 (issue 10): quotes 0.960 / 0.865 / 0.921 / 0.917,
// all 0.757 / 0.604 / 0.714 / 0.720 (overlap, exact, source e2e, cue e2e).
var polnearFloors = []struct {
	name  string
	f1    func(*score.Summary) float64
	floor float64
}{
	{"quotes overlap F1", func(s *score.Summary) float64 { return s.Quotes.Overlap.F1 }, 0.951},
	{"quotes exact F1", func(s *score.Summary) float64 { return s.Quotes.Exact.F1 }, 0.856},
	{"quotes source e2e F1", func(s *score.Summary) float64 { return s.Quotes.SourceE2E.F1 }, 0.911},
	{"quotes cue e2e F1", func(s *score.Summary) float64 { return s.Quotes.CueE2E.F1 }, 0.907},
	{"all overlap F1", func(s *score.Summary) float64 { return s.All.Overlap.F1 }, 0.747},
	{"all exact F1", func(s *score.Summary) float64 { return s.All.Exact.F1 }, 0.596},
	{"all source e2e F1", func(s *score.Summary) float64 { return s.All.SourceE2E.F1 }, 0.704},
	{"all cue e2e F1", func(s *score.Summary) float64 { return s.All.CueE2E.F1 }, 0.710},
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
