package score

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// SpeakerGold is a resolved-speaker gold file (speakers-*.json): for
// attributions of a gold folder, the speaker a careful reader resolves.
type SpeakerGold struct {
	// File is the file's base name, as the report names it.
	File    string
	records []speakerRecord
	byDoc   map[string][]int
}

type speakerRecord struct {
	Doc       string          `json:"doc"`
	ID        json.RawMessage `json:"id"`
	Speaker   *string         `json:"speaker"`
	Uncertain bool            `json:"uncertain"`
	Quote     *string         `json:"quote_start_text"`
}

// LoadSpeakers reads a resolved-speaker gold file: an object with a
// "quotes" list, or a bare list, of records {"doc", "id", "speaker"
// (null: never named), "uncertain"}.
func LoadSpeakers(path string) (*SpeakerGold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var recs []speakerRecord
	var obj struct {
		Quotes []speakerRecord `json:"quotes"`
	}
	if err := json.Unmarshal(data, &obj); err == nil {
		recs = obj.Quotes
	} else if err := json.Unmarshal(data, &recs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	g := &SpeakerGold{File: filepath.Base(path), records: recs, byDoc: map[string][]int{}}
	for i, r := range recs {
		g.byDoc[r.Doc] = append(g.byDoc[r.Doc], i)
	}
	return g, nil
}

// SpeakerFigures are score.py's resolved-speaker figures: of the
// records whose article was scored, those whose attribution a predicted
// quote matched, and of those, how many have the right speaker.
type SpeakerFigures struct {
	Records, InScoredDocs, Matched, Correct int
	MatchedCertain, CorrectCertain          int
	Acc, AccCertain, Coverage               float64 // NaN when undefined
	Errors                                  []SpeakerError
}

// A SpeakerError is a matched record whose predicted speaker is wrong.
type SpeakerError struct {
	Doc, ID string
	// Gold and Pred are the speakers' names, nil for none; Quote is the
	// record's quote_start_text, nil for none.
	Gold, Pred, Quote any

	rec int // the record's place in the file: score.py lists errors in that order
}

// scoreSpeakers is score.py's speaker_eval for one scored article; gm
// are the matches of the "all" subset.
func (s *Summary) scoreSpeakers(d *doc, gm []pair, g *SpeakerGold) {
	if s.Speakers == nil {
		s.Speakers = &SpeakerFigures{}
	}
	f := s.Speakers
	byGold := map[int][]int{}
	for _, m := range gm {
		byGold[m.gi] = m.grp
	}
	for _, ri := range g.byDoc[d.name] {
		r := g.records[ri]
		f.InScoredDocs++
		gi := -1
		for i, gold := range d.G {
			if gold.id == rawString(r.ID) {
				gi = i
				break
			}
		}
		pis := byGold[gi]
		if gi < 0 || len(pis) == 0 {
			continue
		}
		ok, pname := speakerRight(d, pis, r.Speaker)
		f.Matched++
		if ok {
			f.Correct++
		}
		if !r.Uncertain {
			f.MatchedCertain++
			if ok {
				f.CorrectCertain++
			}
		}
		if !ok {
			e := SpeakerError{Doc: r.Doc, ID: rawString(r.ID), Pred: pname, rec: ri}
			if r.Speaker != nil {
				e.Gold = *r.Speaker
			}
			if r.Quote != nil {
				e.Quote = *r.Quote
			}
			f.Errors = append(f.Errors, e)
		}
	}
}

// speakerRight reports whether the predicted quotes pis (matched to
// one gold attribution) have the gold speaker, nil for one never named,
// and the predicted speaker's name (nil without a speaker).
func speakerRight(d *doc, pis []int, gold *string) (bool, any) {
	p := d.P[pis[0]]
	for _, i := range pis {
		if d.P[i].speaker != nil {
			p = d.P[i]
			break
		}
	}
	var pname any
	name, _ := p.speaker["name"].(string)
	if p.speaker != nil {
		pname = p.speaker["name"]
	}
	if gold == nil {
		kind, _ := p.speaker["kind"].(string)
		return isUnnamed(name) || p.speaker != nil && kind == "unknown", pname
	}
	return p.speaker != nil && sameSpeaker(p.speaker, *gold), pname
}

// finishSpeakers computes the rates once every article is scored.
func (f *SpeakerFigures) finish(records int) {
	sort.SliceStable(f.Errors, func(a, b int) bool { return f.Errors[a].rec < f.Errors[b].rec })
	f.Records = records
	f.Acc, f.AccCertain, f.Coverage = accuracy(f.Correct, f.Matched).Acc, accuracy(f.CorrectCertain, f.MatchedCertain).Acc, accuracy(f.Matched, f.InScoredDocs).Acc
}

// speakerOf is score.py's Doc._speaker: the Speaker object named by an
// attribution's speaker index, or nil.
func speakerOf(speakers, idx any) map[string]any {
	n, ok := idx.(float64)
	if !ok || n < 0 || n != float64(int(n)) {
		return nil
	}
	list, _ := speakers.([]any)
	if i := int(n); i < len(list) {
		if sp, ok := list[i].(map[string]any); ok {
			return sp
		}
	}
	for _, v := range list {
		if sp, ok := v.(map[string]any); ok {
			if id, ok := sp["id"].(float64); ok && id == n {
				return sp
			}
		}
	}
	return nil
}

var (
	wordRE     = regexp.MustCompile(`[\p{L}\p{N}_]+`)
	nameWordRE = regexp.MustCompile(`[\p{L}\p{N}_]+(?:[-'\x{2019}][\p{L}\p{N}_]+)*`)
	possRE     = regexp.MustCompile(`['\x{2019}]s$`)
	nameStop   = map[string]bool{"the": true, "a": true, "an": true, "of": true, "for": true, "and": true, "s": true}
	// name suffixes, as score.py's NAME_SUFFIXES
	nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "esq": true, "phd": true, "md": true}
)

// lastNameToken is score.py's last_name_token.
func lastNameToken(name string) string {
	words := nameWordRE.FindAllString(strings.ToLower(name), -1)
	for i, w := range words {
		words[i] = possRE.ReplaceAllString(w, "")
	}
	for len(words) > 0 && nameSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// sameSpeaker is score.py's same_speaker: a name or alias of the
// predicted speaker with the gold name's last name token, holding or
// held by the gold name's content words, or its acronym.
func sameSpeaker(sp map[string]any, gold string) bool {
	g := contentWords(gold)
	initials := ""
	for _, w := range wordRE.FindAllString(gold, -1) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			initials += strings.ToLower(string(r))
		}
	}
	names := []any{sp["name"]}
	if al, ok := sp["aliases"].([]any); ok {
		names = append(names, al...)
	}
	for _, v := range names {
		name, _ := v.(string)
		if name == "" {
			continue
		}
		if lastNameToken(name) == lastNameToken(gold) {
			return true
		}
		if p := contentWords(name); len(p) > 0 && len(g) > 0 && (subset(p, g) || subset(g, p)) {
			return true
		}
		for _, w := range wordRE.FindAllString(name, -1) {
			if len([]rune(w)) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w && strings.Contains(initials, strings.ToLower(w)) {
				return true
			}
		}
	}
	return false
}

func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordRE.FindAllString(strings.ToLower(s), -1) {
		if !nameStop[w] {
			out[w] = true
		}
	}
	return out
}

func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// isUnnamed is score.py's is_unnamed: no name, or one without a
// capitalised word ("a spokesman").
func isUnnamed(name string) bool {
	if strings.TrimSpace(name) == "" {
		return true
	}
	for _, w := range wordRE.FindAllString(name, -1) {
		if unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}
