package main

import (
	"bytes"
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
type reader struct {
	parser verbatim.Parser
	mode   readMode
	client *http.Client
}

func newReader(maxBytes int, timeout time.Duration) *reader {
	return &reader{
		parser: verbatim.Parser{MaxBytes: maxBytes},
		client: &http.Client{Timeout: timeout},
	}
}

// read reads and parses the input called name: "-" for stdin, an http(s)
// URL, or a file path. The Document's Source is left for the caller.
func (r *reader) read(name string, stdin io.Reader) (*verbatim.Document, error) {
	var (
		data        []byte
		contentType string
		err         error
		pathHint    = name
	)
	switch {
	case name == "-":
		pathHint = ""
		data, err = r.readAll(stdin)
	case isURL(name):
		var u *url.URL
		if u, err = url.Parse(name); err == nil {
			pathHint = u.Path
			data, contentType, err = r.fetch(name)
		}
	default:
		data, err = r.readFile(name)
	}
	if err != nil {
		return nil, err
	}
	p := r.parser
	if r.isHTML(pathHint, contentType, data) {
		p.ContentType = contentType
		return p.ParseHTML(bytes.NewReader(data))
	}
	return p.ParseText(string(data))
}

// isURL reports whether name is an http or https URL.
func isURL(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, "http://") || strings.HasPrefix(n, "https://")
}

// readAll reads all of r up to the parser's size limit.
func (r *reader) readAll(rd io.Reader) ([]byte, error) {
	limit := r.parser.MaxBytes
	data, err := io.ReadAll(io.LimitReader(rd, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", verbatim.ErrTooLarge, limit)
	}
	return data, nil
}

func (r *reader) readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	data, err := r.readAll(f)
	return data, unwrapPath(err)
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
func (r *reader) fetch(rawURL string) ([]byte, string, error) {
	req, err := http.NewRequest(http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := r.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is named by the caller
		}
		return nil, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", fmt.Errorf("HTTP status %s", resp.Status)
	}
	if resp.ContentLength > int64(r.parser.MaxBytes) {
		return nil, "", fmt.Errorf("%w: %d bytes, limit %d", verbatim.ErrTooLarge, resp.ContentLength, r.parser.MaxBytes)
	}
	data, err := r.readAll(resp.Body)
	if err != nil {
		return nil, "", err
	}
	return data, resp.Header.Get("Content-Type"), nil
}

// isHTML decides how to read an input: as forced by a flag, else by the
// Content-Type the server sent, else by the file extension, else by
// sniffing the content.
func (r *reader) isHTML(pathHint, contentType string, data []byte) bool {
	switch r.mode {
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
