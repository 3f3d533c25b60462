package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The files in testdata/synthetic are a cross-check with score.py: three
// invented articles (gold/), predictions for two of them and for one
// article without gold (pred.jsonl), and what score.py printed for them,
// run from testdata/synthetic as
//
//	python3 score.py --gold gold pred.jsonl --errors 10 --json want.json > want.txt
//	python3 score.py --gold gold pred.jsonl --strict --keep-nested --errors 3 \
//	    --errors-subset all --json want-strict.json > want-strict.txt
//
// The cases cover a quote interrupted by its attribution and predicted as
// two fragments (merged, exact via the group), a gold content without a
// source, a nested prediction, a wrong mention (source error), duplicate
// predictions settled by the source/cue tie-break, one prediction over a
// two-span gold content, a gold article without prediction (--strict) and
// multi-byte text in the error contexts. Do not regenerate these files
// from the Go code: they are score.py's output.
func TestScoreMatchesScorePy(t *testing.T) {
	dir := filepath.Join("testdata", "synthetic")
	for _, tc := range []struct {
		name     string
		opt      Options
		errors   int
		want, js string
	}{
		{"default", Options{}, 10, "want.txt", "want.json"},
		{"strict", Options{Strict: true, KeepNested: true, ErrorsAll: true}, 3, "want-strict.txt", "want-strict.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sum := scoreDir(t, dir, tc.opt)
			var got bytes.Buffer
			if err := sum.WriteReport(&got); err != nil {
				t.Fatal(err)
			}
			if err := sum.WriteErrors(&got, tc.errors); err != nil {
				t.Fatal(err)
			}
			want := readFile(t, filepath.Join(dir, tc.want))
			want = strings.Replace(want, "score.py:", reportName+":", 1)
			if got.String() != want {
				t.Errorf("report differs from score.py's\n--- got\n%s\n--- want\n%s", got.String(), want)
			}
			got.Reset()
			if err := sum.WriteJSON(&got); err != nil {
				t.Fatal(err)
			}
			if want := readFile(t, filepath.Join(dir, tc.js)); got.String() != want {
				t.Errorf("JSON differs from score.py's\n--- got\n%s\n--- want\n%s", got.String(), want)
			}
		})
	}
}

// TestScoreFigures checks figures of the synthetic case worked out by
// hand, so that a failure says which rule broke.
func TestScoreFigures(t *testing.T) {
	s := scoreDir(t, filepath.Join("testdata", "synthetic"), Options{})
	check := func(what string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	// Documents: alpha and beta scored; gamma has no prediction; delta no gold.
	check("scored", s.Docs.Scored, 2)
	check("gold without pred", s.Docs.GoldWithoutPred, 1)
	check("pred without gold", s.Docs.PredWithoutGold, 1)
	// alpha's quote 4 has a parent and is left out.
	check("nested dropped", s.Docs.NestedDropped, 1)
	// Quotes subset: gold E2, E3, E5, T1, T2; predictions: 8 quotes, of
	// which alpha 1 and 2 are fragments of E2 and count once.
	check("quotes gold", s.Quotes.Gold, 5)
	check("quotes pred", s.Quotes.Pred, 7)
	check("merged", s.Quotes.MergedFragments, 1)
	// E2 (fragment group), E3, T1, T2 overlap; E5 ("disaster" alone) does not.
	check("quotes overlap tp", s.Quotes.Overlap.TP, 4)
	check("quotes overlap P", s.Quotes.Overlap.P, 0.5714)
	// Exact: E2 through its fragments, E3 and T1 once marks and final
	// punctuation are stripped; not T2 (one quote over both spans).
	check("quotes exact tp", s.Quotes.Exact.TP, 3)
	// Source: E3's mention "a statement" misses "The council".
	check("quotes source acc", s.Quotes.SourceAcc, Accuracy{N: 4, Correct: 3, Acc: 0.75})
	// All subset: E1 matches without "that"; E4 has no source and the
	// prediction no mention (right), but no cue either (wrong).
	check("all overlap tp", s.All.Overlap.TP, 6)
	check("all source e2e", s.All.SourceE2E.TP, 5)
	check("all cue acc", s.All.CueAcc, Accuracy{N: 6, Correct: 5, Acc: 0.8333})
	check("recall mixed", s.All.RecallByKind[1], KindRecall{"mixed", 2, 1, 0.5})
	// Tie-break: beta's quotes 0 and 1 are duplicates; 1 names the source
	// and wins, so 0 is the false positive.
	var fps []string
	for _, e := range s.errs.fp {
		fps = append(fps, e.doc.name+"#"+string(rune('0'+e.p.index)))
	}
	check("false positives", strings.Join(fps, " "), "alpha#6 alpha#7 beta#0")
}

func TestTextDiffersAndMalformed(t *testing.T) {
	golds, err := LoadGold(filepath.Join("testdata", "synthetic", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	var beta string
	for _, g := range golds {
		if g.Name == "beta" {
			beta = g.Text
		}
	}
	line := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	in := line(map[string]any{"source": "a/alpha.html", "text": "Another text.", "quotes": []any{}}) +
		line(map[string]any{"source": "beta", "text": beta, "quotes": []any{
			map[string]any{"start": 0, "end": 999},
			map[string]any{"end": 3},
			[]any{1},
			map[string]any{"start": 0, "end": 7, "text": "Senatorx"},
		}}) +
		"oops\n" +
		line(map[string]any{"source": "beta.txt"})
	ps := NewPredictions(golds)
	if err := ps.ReadJSONL(strings.NewReader(in), "p.jsonl"); err != nil {
		t.Fatal(err)
	}
	s := Score(golds, ps, Options{})
	var buf bytes.Buffer
	if err := s.WriteReport(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"1 documents scored (gold folder 3, prediction lines 2)",
		"WARNING: text differs from gold in 1 document(s): not scored",
		"WARNING: 1 predicted quotes where text[start:end] != quote text",
		"note: p.jsonl:3: not JSON (",
		"note: p.jsonl:4: second prediction for beta ignored",
		"note: beta: quote 0 malformed (ValueError: offsets 0-999 outside text of 132 bytes); skipped",
		"note: beta: quote 1 malformed (KeyError: 'start'); skipped",
		"note: beta: quote 2 malformed (AttributeError: 'list' object has no attribute 'get'); skipped",
		"predicted kinds:  1\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "“Café’s 2nd_try,” she said — naïve…\tok"
	tk := tokenize(text)
	var got []string
	for i := range tk.start {
		w := text[tk.start[i]:tk.end[i]]
		if tk.word[i] {
			w = "w:" + w
		}
		got = append(got, w)
	}
	want := "“ w:Café ’ w:s w:2nd_try , ” w:she w:said — w:naïve … w:ok"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("tokens\n got %s\nwant %s", g, want)
	}
	// covering: tokens overlapping bytes [start, end)
	lo, hi := tk.covering(len("“"), len("“Caf"))
	if lo != 1 || hi != 2 {
		t.Errorf("covering = [%d, %d), want [1, 2)", lo, hi)
	}
}

func TestNormText(t *testing.T) {
	for in, want := range map[string]string{
		"“We are not going to wait any longer,”": "we are not going to wait any longer",
		"  ''Straße…''  ":                        "strasse",
		"«Ｆｕｌｌ  width»":                          "full width",
		"‘It’s fine.’ ":                          "it's fine",
		"\u13a0\uab70":                           "\u13a0\u13a0",
	} {
		if got := normText(in); got != want {
			t.Errorf("normText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDocName(t *testing.T) {
	known := map[string]bool{"a.b": true}
	for in, want := range map[string]string{
		"/tmp/dev/NAME.txt": "NAME",
		"NAME":              "NAME",
		"dir/a.b":           "a.b",
		"x/.hidden":         ".hidden",
		"x/..a.b.txt":       "..a.b",
		"dir/":              "dir",
		"-":                 "-",
		"":                  "",
	} {
		if got := docName(in, known); got != want {
			t.Errorf("docName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRound4(t *testing.T) {
	// Python: round(0.12345, 4) == 0.1235 (the double is above the tie),
	// round(0.00005, 4) == 0.0001, round(2/3, 4) == 0.6667.
	for in, want := range map[float64]float64{0.12345: 0.1235, 0.00005: 0.0001, 2.0 / 3: 0.6667, 0.5: 0.5} {
		if got := round4(in); got != want {
			t.Errorf("round4(%v) = %v, want %v", in, got, want)
		}
	}
}

func TestPyRepr(t *testing.T) {
	for _, tc := range []struct {
		in   any
		want string
	}{
		{nil, "None"},
		{"Doe", "'Doe'"},
		{"Doe's", `"Doe's"`},
		{`it's "x"`, `'it\'s "x"'`},
		{"a\u00a0b\u200b\n", `'a\xa0b\u200b\n'`},
		{"café", "'café'"},
	} {
		if got := pyRepr(tc.in); got != tc.want {
			t.Errorf("pyRepr(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestDecode(t *testing.T) {
	b := []byte("a\xe2\x80b\xffc\xe2\x80\x9d")
	if got, want := decodeReplace(b), "a\ufffdb\ufffdc\u201d"; got != want {
		t.Errorf("decodeReplace = %q, want %q", got, want)
	}
	if got, want := decodeIgnore(b), "abc\u201d"; got != want {
		t.Errorf("decodeIgnore = %q, want %q", got, want)
	}
}

func scoreDir(t *testing.T, dir string, opt Options) *Summary {
	t.Helper()
	golds, err := LoadGold(filepath.Join(dir, "gold"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "pred.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ps := NewPredictions(golds)
	if err := ps.ReadJSONL(f, "pred.jsonl"); err != nil {
		t.Fatal(err)
	}
	return Score(golds, ps, opt)
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCalibration checks the confidence buckets on a hand-made article:
// bucket edges (0.8 and 0.6 go up), an attribution without confidence
// (below 0.6) and none at all, a gold without source (not counted), a
// fragment group counted by its first fragment in the text (not in the
// quotes list), and an indirect pair that counts in "all" only.
func TestCalibration(t *testing.T) {
	text := `"One two three," said Ann. "Four five six," said Bob. ` +
		`"Seven eight nine," said Cy. "Ten eleven twelve," said Di. ` +
		`"Thirteen fourteen fifteen," said Ed. "Sixteen seventeen eighteen," someone said. ` +
		`"Alpha beta gamma, delta epsilon zeta," said Flo. Gus said that the plan was good.`
	at := func(s string) map[string]any {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in text", s)
		}
		return map[string]any{"start": i, "end": i + len(s), "text": s}
	}
	var atts []any
	for i, a := range [][3]string{
		{"direct", `"One two three,"`, "Ann"},
		{"direct", `"Four five six,"`, "Bob"},
		{"direct", `"Seven eight nine,"`, "Cy"},
		{"direct", `"Ten eleven twelve,"`, "Di"},
		{"direct", `"Thirteen fourteen fifteen,"`, "Ed"},
		{"direct", `"Sixteen seventeen eighteen,"`, ""},
		{"direct", `"Alpha beta gamma, delta epsilon zeta,"`, "Flo"},
		{"indirect", "the plan was good", "Gus"},
	} {
		var src any
		if a[2] != "" {
			src = at(a[2])
		}
		atts = append(atts, map[string]any{"id": i, "kind": a[0], "content": []any{at(a[1])}, "source": src, "cue": nil})
	}
	dir := t.TempDir()
	b, err := json.Marshal(map[string]any{"doc": "cal", "text": text, "attributions": atts})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "cal.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	golds, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	quote := func(kind, content string, att map[string]any) map[string]any {
		q := at(content)
		q["kind"] = kind
		if att != nil {
			q["attribution"] = att
		}
		return q
	}
	said := func(who string, conf float64) map[string]any {
		return map[string]any{"mention": at(who), "confidence": conf}
	}
	pred := map[string]any{"source": "cal.txt", "text": text, "quotes": []any{
		quote("direct", `"One two three,"`, said("Ann", 0.9)),                        // >=0.8 right
		quote("direct", `"Four five six,"`, said("Ann", 0.8)),                        // >=0.8 wrong
		quote("direct", `"Seven eight nine,"`, said("Cy", 0.6)),                      // 0.6-0.8 right
		quote("direct", `"Ten eleven twelve,"`, map[string]any{"mention": at("Di")}), // <0.6 right
		quote("direct", `"Thirteen fourteen fifteen,"`, nil),                         // none
		quote("direct", `"Sixteen seventeen eighteen,"`, said("someone", 0.9)),       // no gold source
		quote("direct", `delta epsilon zeta,"`, said("Flo", 0.9)),                    // second fragment
		quote("direct", `"Alpha beta gamma,`, said("Ann", 0.3)),                      // first: <0.6 wrong
		quote("indirect", "the plan was good", said("Gus", 0.7)),                     // all: 0.6-0.8 right
	}}
	b, err = json.Marshal(pred)
	if err != nil {
		t.Fatal(err)
	}
	ps := NewPredictions(golds)
	if err := ps.Add(b); err != nil {
		t.Fatal(err)
	}
	s := Score(golds, ps, Options{Calibration: true})
	str := func(cal []CalBucket) string {
		var parts []string
		for _, b := range cal {
			parts = append(parts, fmt.Sprintf("%s %d/%d %v", b.Bucket, b.Right, b.N, b.Frac))
		}
		return strings.Join(parts, ", ")
	}
	if got, want := str(s.Quotes.Calibration), ">=0.8 1/2 0.5, 0.6-0.8 1/1 1, <0.6 1/2 0.5, none 0/1 0"; got != want {
		t.Errorf("quotes calibration\n got %s\nwant %s", got, want)
	}
	if got, want := str(s.All.Calibration), ">=0.8 1/2 0.5, 0.6-0.8 2/2 1, <0.6 1/2 0.5, none 0/1 0"; got != want {
		t.Errorf("all calibration\n got %s\nwant %s", got, want)
	}
	var buf bytes.Buffer
	if err := s.WriteReport(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\ncalibration (matched pairs with a gold source; right = predicted mention overlaps gold source):\n",
		"  quotes conf >= 0.8       0.500 (1/2)\n",
		"  all    0.6 <= conf < 0.8 1.000 (2/2)\n",
		"  all    no attribution    0.000 (0/1)\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, buf.String())
		}
	}
	buf.Reset()
	if err := s.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	if want := `"<0.6": {
    "n": 2,
    "right": 1,
    "frac": 0.5
   }`; !strings.Contains(buf.String(), want) {
		t.Errorf("JSON lacks %s:\n%s", want, buf.String())
	}
	// Without the option neither the report nor the JSON has it.
	s = Score(golds, ps, Options{})
	buf.Reset()
	s.WriteReport(&buf)
	s.WriteJSON(&buf)
	if strings.Contains(buf.String(), "calibration") {
		t.Errorf("calibration reported without Options.Calibration:\n%s", buf.String())
	}
}

func TestBodyPR(t *testing.T) {
	tests := []struct {
		truth, pred string
		p, r        float64
	}{
		{"one two three four five", "one two three four five", 1, 1},
		{"", "", 1, 1},
		// 2 shingles true; the prediction has them and 2 more
		{"a b c d e", "a b c d e f g", 0.5, 1},
		// the prediction keeps 1 of 3 shingles and adds none
		{"a b c d e f", "a b c d", 1, 1.0 / 3},
		{"a b c d", "", 0, 0},
		// short texts are one shingle each: "x y" ≠ "x y z"
		{"x y", "x y z", 0, 0},
	}
	for _, tt := range tests {
		p, r := BodyPR(tt.truth, tt.pred)
		if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 {
			t.Errorf("BodyPR(%q, %q) = %.3f, %.3f; want %.3f, %.3f", tt.truth, tt.pred, p, r, tt.p, tt.r)
		}
	}
}

// TestSpeakersMatchScorePy scores a prediction with speakers against the
// synthetic gold and its resolved speakers (testdata/speakers, written
// for this test), and compares the report and the speaker errors with
// score.py --speakers --errors 10 (want.txt, score.py's output).
func TestSpeakersMatchScorePy(t *testing.T) {
	golds, err := LoadGold(filepath.Join("testdata", "synthetic", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	spk, err := LoadSpeakers(filepath.Join("testdata", "speakers", "speakers.json"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join("testdata", "speakers", "pred.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ps := NewPredictions(golds)
	if err := ps.ReadJSONL(f, "pred.jsonl"); err != nil {
		t.Fatal(err)
	}
	sum := Score(golds, ps, Options{Speakers: spk})
	var got bytes.Buffer
	for _, write := range []func(io.Writer) error{sum.WriteReport, func(w io.Writer) error { return sum.WriteErrors(w, 10) },
		func(w io.Writer) error { return sum.WriteSpeakerErrors(w, 10) }} {
		if err := write(&got); err != nil {
			t.Fatal(err)
		}
	}
	want := strings.Replace(readFile(t, filepath.Join("testdata", "speakers", "want.txt")), "score.py:", reportName+":", 1)
	if got.String() != want {
		t.Errorf("report differs from score.py's\n--- got\n%s\n--- want\n%s", got.String(), want)
	}
	got.Reset()
	if err := sum.WriteJSON(&got); err != nil {
		t.Fatal(err)
	}
	if want := readFile(t, filepath.Join("testdata", "speakers", "want.json")); got.String() != want {
		t.Errorf("JSON differs from score.py's --json\n--- got\n%s\n--- want\n%s", got.String(), want)
	}
	// by method: the alpha quotes are after-quote, the beta ones
	// indirect-that; E2 (Jane Doe) and T2 (Lee) have the right speaker
	byName := map[string]MethodCount{}
	for _, m := range sum.Methods {
		byName[m.Method] = m
	}
	if m := byName["indirect-that"]; m.Speakers != 2 || m.SpeakerRight != 2 {
		t.Errorf("indirect-that: %d of %d speakers right, want 2 of 2", m.SpeakerRight, m.Speakers)
	}
	if m := byName["after-quote"]; m.SpeakerRight >= m.Speakers || m.Pred == 0 {
		t.Errorf("after-quote: %d of %d speakers right, want some wrong", m.SpeakerRight, m.Speakers)
	}
}

func TestSameSpeaker(t *testing.T) {
	for _, tt := range []struct {
		name    string
		aliases []any
		gold    string
		want    bool
	}{
		{"Trump", nil, "Donald Trump", true},
		{"Donald Trump Jr.", nil, "Donald Trump", true}, // score.py: the last name token, suffixes aside
		{"WHO", nil, "World Health Organization", true},
		{"the EU", nil, "European Union", true},
		{"Li", nil, "Li Jifeng", true},
		{"The New York businessman", nil, "Donald Trump", false},
		{"a spokesman", []any{"Hewitt"}, "James Hewitt", true},
		{"José Núñez", nil, "Núñez", true},
	} {
		sp := map[string]any{"name": tt.name, "aliases": tt.aliases}
		if got := sameSpeaker(sp, tt.gold); got != tt.want {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", tt.name, tt.gold, got, tt.want)
		}
	}
}
