package verbatim_test

// The output digest: proof that a change of structure changes no output.
//
// TestOutputDigest parses every article of the corpora beside the
// repository (PolNeAR train and dev as plain text, the pages of
// corpus/html and corpus/html2 as HTML with source offsets), marshals
// each Document to JSON and hashes the outputs of each corpus into one
// SHA-256 digest, compared with testdata/output.digest. A refactoring
// must leave every digest as it is; a change of behaviour updates the
// file on purpose, in the same commit, with
//
//	go test -run OutputDigest -update-digest
//
// To see which documents changed, write the outputs of two versions with
// -digest-dir DIR and compare the folders with diff -r.

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/verbatim-go/verbatim"
)

var (
	updateDigest = flag.Bool("update-digest", false, "rewrite testdata/output.digest")
	digestDir    = flag.String("digest-dir", "", "write every output of TestOutputDigest to this `folder`")
)

const digestFile = "testdata/output.digest"

// digestCorpus is one corpus of the digest: its documents as named
// inputs, in a fixed order.
type digestCorpus struct {
	name string
	dir  string
	load func(dir string) ([]input, error)
}

var digestCorpora = []digestCorpus{
	{"polnear/dev", filepath.Join("..", "shared", "corpus", "polnear", "dev"), loadPolNeARInputs},
	{"polnear/train", filepath.Join("..", "shared", "corpus", "polnear", "train"), loadPolNeARInputs},
	{"html", filepath.Join("..", "shared", "corpus", "html"), loadPageInputs},
	{"html2", filepath.Join("..", "shared", "corpus", "html2"), loadPageInputs},
}

// loadPolNeARInputs reads the "text" of every dir/*.json, as plain text.
func loadPolNeARInputs(dir string) ([]input, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []input
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		var doc struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(data, &doc); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, input{name: strings.TrimSuffix(filepath.Base(path), ".json"), format: "text", data: doc.Text})
	}
	return out, nil
}

// loadPageInputs reads every dir/*/source.html, as HTML.
func loadPageInputs(dir string) ([]input, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []input
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		out = append(out, input{name: filepath.Base(filepath.Dir(path)), format: "html", data: string(data)})
	}
	return out, nil
}

// corpusDigest parses the corpus's documents and returns the digest of
// their JSON outputs.
func corpusDigest(t *testing.T, c digestCorpus, docs []input) string {
	t.Helper()
	p := verbatim.Parser{HTMLOffsets: true}
	h := sha256.New()
	for _, in := range docs {
		var b []byte
		doc, err := parseWith(&p, in)
		if err == nil {
			b, err = json.Marshal(doc)
		}
		if err != nil {
			// a refused page is an output too: its error must not change
			b = []byte("error: " + err.Error())
		}
		fmt.Fprintf(h, "%s\n%d\n", in.name, len(b))
		h.Write(b)
		if *digestDir != "" {
			path := filepath.Join(*digestDir, c.name, in.name+".json")
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func readDigests(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(digestFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, sum, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("%s: bad line %q", digestFile, line)
		}
		want[name] = strings.TrimSpace(sum)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return want
}

func TestOutputDigest(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the digest parses every corpus")
	}
	want := readDigests(t)
	got := map[string]string{}
	for _, c := range digestCorpora {
		if _, err := os.Stat(c.dir); err != nil {
			t.Logf("%s not found: the corpora live beside the repository, in ../shared; %s not checked", c.dir, c.name)
			continue
		}
		docs, err := c.load(c.dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) == 0 {
			t.Fatalf("%s: no documents in %s", c.name, c.dir)
		}
		got[c.name] = corpusDigest(t, c, docs)
		if !*updateDigest && got[c.name] != want[c.name] {
			t.Errorf("%s: output digest %s, want %s (%d documents): the output changed; if on purpose, run go test -run OutputDigest -update-digest",
				c.name, got[c.name], want[c.name], len(docs))
		}
	}
	if len(got) == 0 {
		t.Skip("no corpus found beside the repository: nothing to digest")
	}
	if *updateDigest {
		var b strings.Builder
		b.WriteString("# SHA-256 of the JSON outputs of each corpus; see digest_test.go.\n")
		for _, c := range digestCorpora {
			sum := got[c.name]
			if sum == "" {
				sum = want[c.name]
			}
			if sum != "" {
				fmt.Fprintf(&b, "%s %s\n", c.name, sum)
			}
		}
		if err := os.WriteFile(digestFile, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
