package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// warcRecord is one WARC/1.0 record as CC-NEWS writes them.
func warcRecord(typ, uri, contentType string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\n", typ)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\n", len(typ+uri)*7919+len(block))
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// httpResponse is a response block: status line, headers, payload.
func httpResponse(status, contentType string, extra string, payload []byte) []byte {
	return []byte(fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\n%sContent-Length: %d\r\n\r\n%s", status, contentType, extra, len(payload), payload))
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// makeWARC returns a WARC file of the test pages, each record its own
// gzip member when gz is set, as CC-NEWS files are.
func makeWARC(t *testing.T, gz bool) []byte {
	t.Helper()
	page2 := strings.Replace(page, "the mayor", "the governor", 1)
	page3 := strings.Replace(page, "the mayor", "the senator", 1)
	records := [][]byte{
		warcRecord("warcinfo", "", "application/warc-fields", []byte("software: verbatim test\r\nformat: WARC File Format 1.0\r\n")),
		warcRecord("request", "https://news.example/a", "application/http; msgtype=request", []byte("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n")),
		warcRecord("response", "https://news.example/a", "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", "", []byte(page))),
		warcRecord("metadata", "https://news.example/a", "application/warc-fields", []byte("fetchTimeMs: 12\r\n")),
		warcRecord("response", "https://news.example/logo.png", "application/http; msgtype=response", httpResponse("200 OK", "image/png", "", []byte("\x89PNG\r\n\x1a\n"))),
		warcRecord("response", "https://news.example/gone", "application/http; msgtype=response", httpResponse("404 Not Found", "text/html", "", []byte(page))),
		warcRecord("response", "https://news.example/b", "application/http; msgtype=response", httpResponse("200 OK", "text/html", "Content-Encoding: gzip\r\n", gzipped(t, []byte(page2)))),
		warcRecord("response", "https://news.example/c", "application/http; msgtype=response", httpResponse("200 OK", "application/xhtml+xml", "", []byte(page3))),
	}
	var out bytes.Buffer
	for _, r := range records {
		if gz {
			r = gzipped(t, r)
		}
		out.Write(r)
	}
	return out.Bytes()
}

// A WARC.gz of pages the test wrote is read: its HTML responses, in
// order, with their URLs as sources; a .warc too, a WARC found by its
// content, and a WARC on standard input.
func TestWARC(t *testing.T) {
	dir := t.TempDir()
	gz := makeWARC(t, true)
	for _, tc := range []struct {
		name  string
		data  []byte
		stdin bool
	}{
		{"CC-NEWS-20240501.warc.gz", gz, false},
		{"plain.warc", makeWARC(t, false), false},
		{"crawl.bin", gz, false},
		{"-", gz, true},
	} {
		name := tc.name
		if !tc.stdin {
			name = filepath.Join(dir, tc.name)
			if err := os.WriteFile(name, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		code, out, errOut := runCmd(t, string(tc.data), "--format=jsonl", name)
		if code != 0 || errOut != "" {
			t.Errorf("%s: status %d, stderr %q", tc.name, code, errOut)
			continue
		}
		docs := decodeLines(t, out)
		var got []string
		for _, d := range docs {
			got = append(got, d.Source)
			if len(d.Quotes) != 1 || d.Title != "Bridge" {
				t.Errorf("%s: %s: %d quotes, title %q", tc.name, d.Source, len(d.Quotes), d.Title)
			}
		}
		if want := "https://news.example/a https://news.example/b https://news.example/c"; strings.Join(got, " ") != want {
			t.Errorf("%s: sources %v, want %s", tc.name, got, want)
		}
		if len(docs) == 3 && (!strings.Contains(docs[1].Text, "the governor") || !strings.Contains(docs[2].Text, "the senator")) {
			t.Errorf("%s: gzip content encoding or XHTML page not read: %q / %q", tc.name, docs[1].Text, docs[2].Text)
		}
	}

	// A truncated file: the pages before the damage are read, the damage
	// is reported and the status says so.
	bad := filepath.Join(dir, "bad.warc.gz")
	if err := os.WriteFile(bad, gz[:len(gz)-40], 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, "", "--format=jsonl", bad)
	if code != 1 || !strings.Contains(errOut, "verbatim: "+bad+"#") || len(decodeLines(t, out)) != 2 {
		t.Errorf("truncated: status %d, stderr %q, %d docs", code, errOut, strings.Count(out, "\n"))
	}
}
