//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A FIFO that no one writes to used to hang the command forever.
func TestFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}

	code, out, errOut := runCmd(t, "", "--timeout=50ms", fifo)
	if code != 1 || out != "" || !strings.Contains(errOut, "verbatim: "+fifo+": no data: no writer opened the FIFO within 50ms") {
		t.Errorf("no writer: status %d, stdout %q, stderr %q", code, out, errOut)
	}

	// A writer that opens and stalls.
	opened := make(chan *os.File, 1)
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			opened <- nil
			return
		}
		w.WriteString("“Not yet,” ")
		opened <- w
	}()
	code, _, errOut = runCmd(t, "", "--timeout=50ms", fifo)
	if w := <-opened; w != nil {
		w.Close()
	}
	if code != 1 || !strings.Contains(errOut, "verbatim: "+fifo+": no data for 50ms") {
		t.Errorf("stalled writer: status %d, stderr %q", code, errOut)
	}

	// A writer that writes and closes: read as usual, the FIFO sniffed
	// like standard input, and its extension, if any, obeyed.
	txt := filepath.Join(dir, "article.txt")
	if err := syscall.Mkfifo(txt, 0o600); err != nil {
		t.Fatal(err)
	}
	go func() {
		if w, err := os.OpenFile(txt, os.O_WRONLY, 0); err == nil {
			w.WriteString(article1)
			w.Close()
		}
	}()
	code, out, errOut = runCmd(t, "", "--format=jsonl", "--timeout=10s", txt)
	if d := decodeLines(t, out); code != 0 || d[0].Text != article1 {
		t.Errorf("writer to a .txt FIFO: status %d, stderr %q", code, errOut)
	}
	go func() {
		if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			w.WriteString(article1)
			w.Close()
		}
	}()
	code, out, errOut = runCmd(t, "", "--format=jsonl", "--timeout=10s", fifo)
	if code != 0 {
		t.Fatalf("writer: status %d, stderr %q", code, errOut)
	}
	if d := decodeLines(t, out)[0]; d.Source != fifo || d.Text != article1 {
		t.Errorf("writer: source %q, text %q", d.Source, d.Text)
	}
}
