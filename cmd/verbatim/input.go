package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/verbatim-go/verbatim"
)

// userAgent is sent with every request for a URL.
const userAgent = "verbatim (+https://github.com/verbatim-go/verbatim)"

type readMode int

const (
	autoDetect readMode = iota // by extension, Content-Type or content
	forceHTML
	forceText
)

// A reader reads inputs (files, URLs, standard input) and parses them.
// Every input is bounded in memory (maxBytes) and in time (timeout: the
// whole of a URL; the wait for each chunk of a FIFO or standard input).
type reader struct {
	parser  verbatim.Parser
	mode    readMode
	client  *http.Client
	timeout time.Duration
}

func newReader(maxBytes int, timeout time.Duration) *reader {
	return &reader{
		parser:  verbatim.Parser{MaxBytes: maxBytes},
		client:  &http.Client{},
		timeout: timeout,
	}
}

// read reads and parses the input called name: "-" for stdin, an http(s)
// URL, or a file path. The Document's Source is left for the caller.
func (r *reader) read(name string, stdin io.Reader) (*verbatim.Document, error) {
	it := &item{name: name}
	switch {
	case name == "-":
		data, err := r.readAll(newIdleReader(stdin, r.timeout))
		if err != nil {
			return nil, err
		}
		it.data, it.loaded = data, true
	case isURL(name):
		it.url = true
	default:
		it.path = name
	}
	doc, _, err := r.parse(context.Background(), it)
	return doc, err
}

// parse loads the item if it is not loaded yet, then parses it. It
// returns the document and the number of bytes read.
func (r *reader) parse(ctx context.Context, it *item) (*verbatim.Document, int, error) {
	if it.err != nil {
		return nil, 0, it.err
	}
	if !it.loaded {
		var err error
		switch {
		case it.url:
			var u *url.URL
			if u, err = url.Parse(it.name); err == nil {
				it.pathHint = u.Path
				it.data, it.contentType, err = r.fetch(ctx, it.name)
			}
		default:
			it.pathHint = it.path
			it.data, err = r.readFile(it.path)
		}
		if err != nil {
			return nil, 0, err
		}
		it.loaded = true
	}
	p := r.parser
	mode := r.mode
	if mode == autoDetect {
		mode = it.mode
	}
	n := len(it.data)
	if r.isHTMLMode(mode, it.pathHint, it.contentType, it.data) {
		p.ContentType = it.contentType
		doc, err := p.ParseHTMLContext(ctx, bytes.NewReader(it.data))
		return doc, n, err
	}
	doc, err := p.ParseTextContext(ctx, string(it.data))
	return doc, n, err
}

// isURL reports whether name is an http or https URL.
func isURL(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, "http://") || strings.HasPrefix(n, "https://")
}

// readAll reads all of rd up to the parser's size limit.
func (r *reader) readAll(rd io.Reader) ([]byte, error) {
	return readAllLimit(rd, r.parser.MaxBytes)
}

// readAllLimit reads all of rd, refusing more than limit bytes. It reads
// in chunks that grow up to 4 MiB, so memory follows what was received
// (a stalled or endless input never makes it reserve the whole limit up
// front), and copies once at the end.
func readAllLimit(rd io.Reader, limit int) ([]byte, error) {
	var (
		chunks [][]byte
		total  int
		size   = 32 << 10
	)
	for {
		c := make([]byte, size)
		m, err := io.ReadFull(rd, c)
		if m > 0 {
			if m > limit-total {
				return nil, fmt.Errorf("%w: more than %d bytes", verbatim.ErrTooLarge, limit)
			}
			total += m
			chunks = append(chunks, c[:m])
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, err
		}
		size = min(2*size, 4<<20)
	}
	switch len(chunks) {
	case 0:
		return []byte{}, nil
	case 1:
		return chunks[0], nil
	}
	return bytes.Join(chunks, nil), nil
}

// readFile reads a file; a FIFO or a character device (a terminal, a
// pipe given as /dev/stdin) is read with the idle timeout, and a FIFO
// that no writer opens within the timeout is an error.
func (r *reader) readFile(name string) ([]byte, error) {
	f, err := r.openFile(name)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	var rd io.Reader = f
	if fi, err := f.Stat(); err == nil && !fi.Mode().IsRegular() {
		rd = newIdleReader(f, r.timeout)
	}
	data, err := r.readAll(rd)
	return data, unwrapPath(err)
}

// openFile opens a file for reading; see openTimeout.
func (r *reader) openFile(name string) (*os.File, error) {
	if fi, err := os.Stat(name); err == nil && fi.Mode()&fs.ModeNamedPipe != 0 {
		return openFIFO(name, r.timeout)
	}
	return os.Open(name)
}

// unwrapPath drops the path from a *fs.PathError: the caller names the
// input already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// fetch gets a URL within the reader's time and size limits and returns
// the body and its Content-Type. A status other than 2xx is an error.
// The timeout covers the whole exchange, body included; the body is read
// as it comes and never beyond the size limit.
func (r *reader) fetch(ctx context.Context, rawURL string) ([]byte, string, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, r.timeout, fmt.Errorf("timeout after %v", r.timeout))
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, "", fetchError(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", fmt.Errorf("HTTP status %s", resp.Status)
	}
	limit := r.parser.MaxBytes
	if resp.ContentLength > int64(limit) {
		return nil, "", fmt.Errorf("%w: %d bytes, limit %d", verbatim.ErrTooLarge, resp.ContentLength, limit)
	}
	data, err := readAllLimit(resp.Body, limit)
	if err != nil {
		return nil, "", fetchError(ctx, err)
	}
	return data, resp.Header.Get("Content-Type"), nil
}

// fetchError names a timeout plainly and drops the URL, which the
// caller names already.
func fetchError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// isHTML decides how to read an input: as forced by a flag, else by the
// Content-Type the server sent, else by the file extension, else by
// sniffing the content.
func (r *reader) isHTML(pathHint, contentType string, data []byte) bool {
	return r.isHTMLMode(r.mode, pathHint, contentType, data)
}

func (r *reader) isHTMLMode(mode readMode, pathHint, contentType string, data []byte) bool {
	switch mode {
	case forceHTML:
		return true
	case forceText:
		return false
	}
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		switch mt {
		case "text/html", "application/xhtml+xml":
			return true
		case "text/plain":
			return false
		}
	}
	switch strings.ToLower(path.Ext(filepath.ToSlash(pathHint))) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return looksLikeHTML(data)
}

// looksLikeHTML sniffs content as net/http does (a leading <!DOCTYPE
// HTML, <html, <head, <body, <p, <div and a few others), after a byte
// order mark, and also accepts XHTML: <?xml followed by <html.
func looksLikeHTML(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	head := data[:min(len(data), 512)]
	if strings.HasPrefix(http.DetectContentType(head), "text/html") {
		return true
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	if len(trimmed) >= 5 && strings.EqualFold(string(trimmed[:5]), "<?xml") {
		lower := bytes.ToLower(data[:min(len(data), 1024)])
		return bytes.Contains(lower, []byte("<html"))
	}
	return false
}

// errStalled is the error of an input that sent nothing for the timeout.
var errStalled = errors.New("no data")

// An idleReader reads from r in a goroutine so that a read that waits
// longer than timeout for data (standard input with no writer, a FIFO
// whose writer stalls) fails instead of hanging. After a timeout the
// goroutine stays blocked in r.Read until r delivers or is closed; the
// idleReader itself fails from then on.
type idleReader struct {
	r       io.Reader
	timeout time.Duration
	pending chan readResult // the read in flight, if any
	err     error           // sticky error after a timeout
	buf     []byte          // the reads' buffer, reused while no read is in flight
}

// idleChunk is the most an idleReader asks of its reader at once: a
// pipe gives about as much per read, and a larger buffer per read cost
// thirty times the input in allocations.
const idleChunk = 64 << 10

type readResult struct {
	buf []byte
	err error
}

func newIdleReader(r io.Reader, timeout time.Duration) *idleReader {
	return &idleReader{r: r, timeout: timeout}
}

func (t *idleReader) Read(p []byte) (int, error) {
	if t.err != nil {
		return 0, t.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if t.pending == nil {
		ch := make(chan readResult, 1)
		if t.buf == nil {
			t.buf = make([]byte, idleChunk)
		}
		buf := t.buf[:min(len(p), idleChunk)]
		go func() {
			n, err := t.r.Read(buf)
			ch <- readResult{buf[:n], err}
		}()
		t.pending = ch
	}
	timer := time.NewTimer(t.timeout)
	defer timer.Stop()
	select {
	case res := <-t.pending:
		t.pending = nil
		n := copy(p, res.buf) // (res.buf is t.buf's: no read is in flight now)
		if n < len(res.buf) {
			// A later call with a smaller p: keep the rest for the next Read.
			rest := res.buf[n:]
			ch := make(chan readResult, 1)
			ch <- readResult{rest, res.err}
			t.pending = ch
			return n, nil
		}
		return n, res.err
	case <-timer.C:
		t.buf = nil // the stalled read still owns it
		t.err = fmt.Errorf("%w for %v (a FIFO or standard input with no writer?)", errStalled, t.timeout)
		return 0, t.err
	}
}
