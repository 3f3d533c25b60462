package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Predictions are predicted Documents in their JSON form (the output
// contract), keyed by the gold article they belong to.
type Predictions struct {
	known map[string]bool
	docs  map[string]map[string]any
	notes []string
}

// NewPredictions returns an empty set of predictions for golds: a
// Document is matched to the gold article named by the base name of its
// "source" without extension.
func NewPredictions(golds []Gold) *Predictions {
	known := make(map[string]bool, len(golds))
	for _, g := range golds {
		known[g.Name] = true
	}
	return &Predictions{known: known, docs: map[string]map[string]any{}}
}

// Add adds the JSON form of one Document (json.Marshal of a
// verbatim.Document). A second Document for the same article is ignored
// with a note in the report.
func (p *Predictions) Add(doc []byte) error {
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		return err
	}
	d, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("score: a Document must be a JSON object, not %s", pyType(v))
	}
	if name := p.name(d); p.docs[name] == nil {
		p.docs[name] = d
	} else {
		p.notes = append(p.notes, fmt.Sprintf("second prediction for %s ignored", name))
	}
	return nil
}

// ReadJSONL adds the Documents of a JSON Lines stream, one per line, as
// score.py reads a prediction file: a line that is not a JSON object,
// and a second Document for the same article, are skipped with a note
// naming file and line. Only read errors are returned.
func (p *Predictions) ReadJSONL(r io.Reader, file string) error {
	br := bufio.NewReader(r)
	for ln := 1; ; ln++ {
		line, err := br.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
		line = bytes.TrimFunc(line, isSpace)
		if len(line) == 0 {
			continue
		}
		var v any
		if err := json.Unmarshal(line, &v); err != nil {
			p.notes = append(p.notes, fmt.Sprintf("%s:%d: not JSON (%v); line skipped", file, ln, err))
			continue
		}
		d, ok := v.(map[string]any)
		if !ok {
			p.notes = append(p.notes, fmt.Sprintf("%s:%d: not a JSON object; line skipped", file, ln))
			continue
		}
		name := p.name(d)
		if p.docs[name] != nil {
			p.notes = append(p.notes, fmt.Sprintf("%s:%d: second prediction for %s ignored", file, ln, name))
			continue
		}
		p.docs[name] = d
	}
}

// name is score.py's doc_name of a Document's source.
func (p *Predictions) name(d map[string]any) string {
	src := ""
	if v, ok := d["source"]; ok {
		src = pyStr(v)
	}
	return docName(src, p.known)
}

// docName is the base name of source without its extension
// ("dir/NAME.txt" → "NAME"), or the base name itself when a gold article
// has that name. Extensions follow os.path.splitext: leading dots of the
// base name do not start one.
func docName(source string, known map[string]bool) string {
	base := strings.TrimRight(source, "/")
	base = base[strings.LastIndexByte(base, '/')+1:]
	if known[base] {
		return base
	}
	lead := len(base) - len(strings.TrimLeft(base, "."))
	if dot := strings.LastIndexByte(base, '.'); dot > lead {
		return base[:dot]
	}
	return base
}

// A prediction quote, decoded as score.py decodes one.
type predQuote struct {
	index       int
	kind        string
	spans       []span // the quote's [start, end)
	toks        []int
	text        string
	norm        []string
	mention     []span
	mentionText any
	cue         []span
	attributed  bool           // has an attribution
	confidence  float64        // attribution.confidence, 0 if none
	method      string         // attribution.method, "" if none
	speakerIdx  any            // attribution.speaker, as decoded
	speaker     map[string]any // the Speaker object it names, nil if none
}

// errQuote is a malformed quote, with score.py's wording
// ("ValueError: offsets 3-900 outside text of 120 bytes").
type errQuote struct{ kind, msg string }

func (e *errQuote) Error() string { return e.kind + ": " + e.msg }

// decodeQuote is score.py's Doc._quote: it returns nil for a nested quote
// that is left out, an *errQuote for a malformed one, and counts quotes
// whose text does not match their offsets in *badOffsets.
func decodeQuote(qi int, v any, ptext []byte, gtok *tokens, keepNested bool, nested, badOffsets *int) (*predQuote, error) {
	q, ok := v.(map[string]any)
	if !ok {
		return nil, &errQuote{"AttributeError", fmt.Sprintf("'%s' object has no attribute 'get'", pyType(v))}
	}
	if q["parent"] != nil && !keepNested {
		*nested++
		return nil, nil
	}
	s, err := pyIntKey(q, "start")
	if err != nil {
		return nil, err
	}
	e, err := pyIntKey(q, "end")
	if err != nil {
		return nil, err
	}
	if !(0 <= s && s <= e && e <= len(ptext)) {
		return nil, &errQuote{"ValueError", fmt.Sprintf("offsets %d-%d outside text of %d bytes", s, e, len(ptext))}
	}
	qtext, isStr := q["text"].(string)
	if !isStr {
		qtext = decodeReplace(ptext[s:e])
	} else if decodeReplace(ptext[s:e]) != qtext {
		*badOffsets++
	}
	var att map[string]any
	if a := q["attribution"]; truthy(a) {
		if att, ok = a.(map[string]any); !ok {
			return nil, &errQuote{"AttributeError", fmt.Sprintf("'%s' object has no attribute 'get'", pyType(a))}
		}
	}
	spans := []span{{s, e}}
	p := &predQuote{index: qi, spans: spans, toks: gtok.words(spans), text: qtext, attributed: att != nil}
	p.confidence, _ = att["confidence"].(float64)
	p.method, _ = att["method"].(string)
	p.speakerIdx = att["speaker"]
	if p.mention, err = spanList(att["mention"]); err != nil {
		return nil, err
	}
	if p.cue, err = spanList(att["cue"]); err != nil {
		return nil, err
	}
	if m, ok := att["mention"].(map[string]any); ok {
		p.mentionText = m["text"]
	}
	if k := q["kind"]; truthy(k) {
		p.kind = pyStr(k)
	}
	if n := normText(qtext); n != "" {
		p.norm = []string{n}
	}
	return p, nil
}

// spanList is score.py's span_list for a predicted span object.
func spanList(v any) ([]span, error) {
	if !truthy(v) {
		return nil, nil
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, &errQuote{"AttributeError", fmt.Sprintf("'%s' object has no attribute 'get'", pyType(v))}
	}
	if list := obj["spans"]; truthy(list) {
		items, ok := list.([]any)
		if !ok {
			return nil, &errQuote{"TypeError", "spans is not a list"}
		}
		var out []span
		for _, it := range items {
			m, ok := it.(map[string]any)
			if !ok {
				return nil, &errQuote{"TypeError", "a span is not an object"}
			}
			s, err := pyIntKey(m, "start")
			if err != nil {
				return nil, err
			}
			e, err := pyIntKey(m, "end")
			if err != nil {
				return nil, err
			}
			out = append(out, span{s, e})
		}
		return out, nil
	}
	if obj["start"] == nil || obj["end"] == nil {
		return nil, nil
	}
	s, err := pyIntKey(obj, "start")
	if err != nil {
		return nil, err
	}
	e, err := pyIntKey(obj, "end")
	if err != nil {
		return nil, err
	}
	return []span{{s, e}}, nil
}

// pyIntKey is Python's int(m[key]).
func pyIntKey(m map[string]any, key string) (int, error) {
	v, ok := m[key]
	if !ok {
		return 0, &errQuote{"KeyError", "'" + key + "'"}
	}
	switch v := v.(type) {
	case float64:
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return 0, &errQuote{"OverflowError", "cannot convert float to integer"}
		}
		return int(v), nil
	case bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case string:
		n, err := strconv.Atoi(strings.TrimFunc(v, isSpace))
		if err != nil {
			return 0, &errQuote{"ValueError", fmt.Sprintf("invalid literal for int() with base 10: %s", reprString(v))}
		}
		return n, nil
	}
	return 0, &errQuote{"TypeError", fmt.Sprintf("int() argument must be a string, a bytes-like object or a real number, not '%s'", pyType(v))}
}

// truthy is Python's bool() of a decoded JSON value.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case float64:
		return v != 0
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

// pyType is the Python type name of a decoded JSON value.
func pyType(v any) string {
	switch v := v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1<<53 {
			return "int"
		}
		return "float"
	case string:
		return "str"
	case []any:
		return "list"
	case map[string]any:
		return "dict"
	}
	return fmt.Sprintf("%T", v)
}

// pyStr is Python's str() of a decoded JSON value.
func pyStr(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1<<53 {
			return strconv.FormatInt(int64(v), 10)
		}
		return pyFloat(v)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
