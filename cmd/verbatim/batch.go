package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/nlnwa/gowarc/v3"
	"github.com/verbatim-go/verbatim"
)

// An item is one document to parse: loaded already (a record of JSON
// Lines or WARC, standard input), or to be loaded by a worker (a file
// path or a URL).
type item struct {
	name        string // Document.Source: the path, the URL, or FILE:LINE
	where       string // where a record was found (FILE:LINE, FILE#OFFSET), for errors
	path        string // a file to read, when not loaded
	url         bool   // name is a URL to fetch, when not loaded
	loaded      bool
	data        []byte
	pathHint    string   // a path whose extension may say HTML
	contentType string   // the Content-Type the page was served with
	mode        readMode // how the input says to read it (JSON Lines "html" or "text")
	err         error    // why the input could not be read
	batch       bool     // one of several documents of a directory, JSON Lines or WARC input
}

// label names the item in error messages.
func (it *item) label() string {
	if it.where == "" || it.where == it.name {
		return it.name
	}
	return it.where + " (" + it.name + ")"
}

// documentExts are the extensions of the files read from a directory.
var documentExts = map[string]bool{".html": true, ".htm": true, ".xhtml": true, ".txt": true}

type inputKind int

const (
	singleDoc inputKind = iota
	jsonLines
	warcFile
)

// kindByName tells batch inputs by their extension.
func kindByName(name string) (inputKind, bool) {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".jsonl"), strings.HasSuffix(n, ".ndjson"):
		return jsonLines, true
	case strings.HasSuffix(n, ".warc"), strings.HasSuffix(n, ".warc.gz"):
		return warcFile, true
	case documentExts[filepath.Ext(n)]:
		return singleDoc, true
	}
	return singleDoc, false
}

// sniffKind tells batch inputs by their first bytes: a WARC record
// (possibly gzipped), or a JSON object with a "url", "html" or "text"
// member, the way crawlers write JSON Lines.
func sniffKind(head []byte) inputKind {
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return warcFile
	}
	if len(head) > 2 && head[0] == 0x1f && head[1] == 0x8b {
		if zr, err := gzip.NewReader(bytes.NewReader(head)); err == nil {
			var magic [5]byte
			if _, err := io.ReadFull(zr, magic[:]); err == nil && string(magic[:]) == "WARC/" {
				return warcFile
			}
		}
		return singleDoc
	}
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimLeft(head, " \t\r\n\ufeff")))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return singleDoc
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return singleDoc
		}
		switch key {
		case "url", "html", "text":
			return jsonLines
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return singleDoc
		}
	}
	return singleDoc
}

// expand turns the inputs into items, in order, and passes each to emit;
// it stops when emit returns false. Directories are walked for
// .html, .htm and .txt files in lexical order; JSON Lines and WARC files
// are read record by record; standard input and FIFOs are read once,
// within the idle timeout.
func (r *reader) expand(inputs []string, stdin io.Reader, emit func(*item) bool) {
	for _, name := range inputs {
		if !r.expandOne(name, stdin, emit) {
			return
		}
	}
}

func (r *reader) expandOne(name string, stdin io.Reader, emit func(*item) bool) bool {
	if name == "-" {
		return r.expandStream(name, "", newIdleReader(stdin, r.timeout), emit)
	}
	if isURL(name) {
		return emit(&item{name: name, url: true})
	}
	fi, err := os.Stat(name)
	if err != nil {
		return emit(&item{name: name, err: unwrapPath(err)})
	}
	if fi.IsDir() {
		return r.expandDir(name, emit)
	}
	kind, known := kindByName(name)
	if known && kind == singleDoc && fi.Mode().IsRegular() {
		return emit(&item{name: name, path: name})
	}
	f, err := r.openFile(name)
	if err != nil {
		return emit(&item{name: name, err: unwrapPath(err)})
	}
	defer f.Close()
	var rd io.Reader = f
	if !fi.Mode().IsRegular() {
		rd = newIdleReader(f, r.timeout)
	}
	if known && kind != singleDoc {
		return r.readBatch(kind, name, rd, emit)
	}
	if !fi.Mode().IsRegular() {
		return r.expandStream(name, name, rd, emit)
	}
	// A regular file of another extension: sniff it, and leave a single
	// document to a worker.
	br := bufio.NewReaderSize(rd, 64<<10)
	head, _ := br.Peek(4096)
	if kind := sniffKind(head); kind != singleDoc && r.mode == autoDetect {
		return r.readBatch(kind, name, br, emit)
	}
	return emit(&item{name: name, path: name})
}

// expandStream reads an input that can be read only once (standard
// input, a FIFO): a batch if its content says so, else one document.
func (r *reader) expandStream(name, pathHint string, rd io.Reader, emit func(*item) bool) bool {
	br := bufio.NewReaderSize(rd, 64<<10)
	if r.mode == autoDetect {
		head, _ := br.Peek(4096)
		if kind := sniffKind(head); kind != singleDoc {
			return r.readBatch(kind, name, br, emit)
		}
	}
	data, err := r.readAll(br)
	return emit(&item{name: name, loaded: err == nil, data: data, pathHint: pathHint, err: unwrapPath(err)})
}

func (r *reader) readBatch(kind inputKind, name string, rd io.Reader, emit func(*item) bool) bool {
	if kind == warcFile {
		return r.readWARC(name, rd, emit)
	}
	return r.readJSONL(name, rd, emit)
}

// expandDir emits the documents under dir, skipping hidden folders.
func (r *reader) expandDir(dir string, emit func(*item) bool) bool {
	ok := true
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if ok = emit(&item{name: p, err: unwrapPath(err), batch: true}); !ok {
				return filepath.SkipAll
			}
			return nil
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !documentExts[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		if ok = emit(&item{name: p, path: p, batch: true}); !ok {
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && ok {
		ok = emit(&item{name: dir, err: err, batch: true})
	}
	return ok
}

// errLineTooLong is the error of a JSON Lines record over the size limit.
var errLineTooLong = errors.New("line too long")

// readLine reads one line of br without its "\n", refusing lines longer
// than limit: their rest is skipped and errLineTooLong returned.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		frag, err := br.ReadSlice('\n')
		if len(line)+len(frag) > limit {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLineTooLong
		}
		line = append(line, frag...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimSuffix(line, []byte("\n")), err
	}
}

// A pageRecord is one line of JSON Lines as scrapers write them.
type pageRecord struct {
	URL  string  `json:"url"`
	HTML *string `json:"html"`
	Text *string `json:"text"`
}

// readJSONL emits one item per line of rd: {"url": …, "html": …} is read
// as HTML, {"url": …, "text": …} as plain text. The URL is the
// Document's source; without one, FILE:LINE is.
func (r *reader) readJSONL(name string, rd io.Reader, emit func(*item) bool) bool {
	br, ok := rd.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(rd, 64<<10)
	}
	limit := r.parser.MaxBytes
	// JSON escapes make a line longer than the page it holds: up to six
	// bytes ("\u003c") for one.
	lineLimit := limit
	if limit < (math.MaxInt-4096)/6 {
		lineLimit = 6*limit + 4096
	}
	for n := 1; ; n++ {
		line, err := readLine(br, lineLimit)
		where := fmt.Sprintf("%s:%d", name, n)
		switch {
		case errors.Is(err, errLineTooLong):
			if !emit(&item{name: where, batch: true, err: fmt.Errorf("%w: line longer than %d bytes", verbatim.ErrTooLarge, lineLimit)}) {
				return false
			}
			continue
		case err != nil && err != io.EOF:
			return emit(&item{name: where, batch: true, err: fmt.Errorf("reading: %w", unwrapPath(err))})
		}
		if len(bytes.TrimSpace(line)) > 0 {
			if !emit(jsonlItem(where, line, limit)) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// jsonlItem decodes one line of JSON Lines.
func jsonlItem(where string, line []byte, limit int) *item {
	it := &item{name: where, where: where, batch: true, loaded: true}
	var rec pageRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		it.err = fmt.Errorf("not a JSON object with \"html\" or \"text\": %w", err)
		return it
	}
	if rec.URL != "" {
		it.name = rec.URL
		if u, err := url.Parse(rec.URL); err == nil {
			it.pathHint = u.Path
		}
	}
	switch {
	case rec.HTML != nil:
		it.data, it.mode = []byte(*rec.HTML), forceHTML
	case rec.Text != nil:
		it.data, it.mode = []byte(*rec.Text), forceText
	default:
		it.err = errors.New(`no "html" or "text" member`)
	}
	if len(it.data) > limit {
		it.err = fmt.Errorf("%w: %d bytes, limit %d", verbatim.ErrTooLarge, len(it.data), limit)
		it.data = nil
	}
	return it
}

// readWARC emits the HTML pages of a WARC file (gzipped per record, as
// CC-NEWS is, or not): its response records whose HTTP status is 2xx and
// whose Content-Type is HTML. The page's URL (WARC-Target-URI) is the
// Document's source. A record that cannot be parsed ends the file, since
// the next record's start is then unknown.
func (r *reader) readWARC(name string, rd io.Reader, emit func(*item) bool) bool {
	// gowarc seeks a Seeker and closes a Closer: hide both.
	wf, err := gowarc.NewWarcFileReaderFromStream(struct{ io.Reader }{rd}, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrWarn),
	)
	if err != nil {
		return emit(&item{name: name, err: fmt.Errorf("reading WARC: %w", err)})
	}
	defer wf.Close()
	for {
		rec, err := wf.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			return true
		}
		where := fmt.Sprintf("%s#%d", name, rec.Offset)
		if err != nil {
			if rec.WarcRecord != nil {
				rec.WarcRecord.Close()
			}
			return emit(&item{name: where, batch: true, err: fmt.Errorf("reading WARC record: %w", err)})
		}
		it := r.warcItem(where, rec.WarcRecord)
		rec.WarcRecord.Close()
		if it != nil && !emit(it) {
			return false
		}
	}
}

// warcItem returns the item of an HTML response record, or nil for a
// record of another kind.
func (r *reader) warcItem(where string, rec gowarc.WarcRecord) *item {
	if rec.Type() != gowarc.Response {
		return nil
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok || block.HttpHeader() == nil {
		return nil
	}
	if c := block.HttpStatusCode(); c < 200 || c > 299 {
		return nil
	}
	h := *block.HttpHeader()
	ct := h.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ct); err != nil || (mt != "text/html" && mt != "application/xhtml+xml") {
		return nil
	}
	it := &item{name: where, where: where, batch: true, contentType: ct}
	if uri := strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>"); uri != "" {
		it.name = uri
		if u, err := url.Parse(uri); err == nil {
			it.pathHint = u.Path
		}
	}
	payload, err := block.PayloadBytes()
	if err == nil {
		payload, err = decodePayload(payload, h)
	}
	if err == nil {
		it.data, err = r.readAll(payload)
	}
	if err != nil {
		it.err = fmt.Errorf("reading WARC record: %w", err)
		return it
	}
	it.loaded = true
	return it
}

// decodePayload undoes the transfer and content encodings that a WARC
// may have kept as the server sent them (CC-NEWS stores payloads
// decoded, and renames these headers).
func decodePayload(payload io.Reader, h http.Header) (io.Reader, error) {
	if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") {
		payload = httputil.NewChunkedReader(payload)
	}
	switch enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc {
	case "", "identity":
		return payload, nil
	case "gzip", "x-gzip":
		return gzip.NewReader(payload)
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
	}
}
