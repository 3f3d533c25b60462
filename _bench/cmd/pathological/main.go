// Command pathological times verbatim.ParseText on one large input and
// reports the peak of its heap and of the process's resident memory:
// the figures of the README's Speed section for input that is not an
// ordinary article.
//
//	go run ./cmd/pathological KIND BYTES
//
// KIND is one of
//
//	marks     BYTES straight double quotation marks (")
//	quotes    short attributed quotes, as BenchmarkParseTextQuoteDense
//	articles  the PolNeAR train articles, one after another (from ../shared)
//	seed      the seed article (testdata/seed.txt), repeated
//
// Run it once per input: the resident-memory peak is the process's.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/verbatim-go/verbatim"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: pathological marks|quotes|articles|seed BYTES")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[2])
	if err != nil || n <= 0 {
		fmt.Fprintln(os.Stderr, "pathological: BYTES must be a positive number")
		os.Exit(2)
	}
	text, err := input(os.Args[1], n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pathological:", err)
		os.Exit(1)
	}
	runtime.GC()
	base := heapBytes()
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() { // (runtime/metrics does not stop the world: sampled often)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if h := heapBytes(); h > peak.Load() {
					peak.Store(h)
				}
			}
		}
	}()
	p := verbatim.Parser{MaxBytes: len(text)}
	start := time.Now()
	doc, err := p.ParseText(text)
	elapsed := time.Since(start)
	close(done)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pathological:", err)
		os.Exit(1)
	}
	heap := float64(peak.Load()) - float64(base)
	fmt.Printf("%s, %d bytes: %.2f s, %d quotes, peak heap %.0f MB (%.1f B per input byte), peak RSS %.0f MB (%.1fx the input)\n",
		os.Args[1], len(text), elapsed.Seconds(), len(doc.Quotes), heap/1e6, heap/float64(len(text)), rss()/1e6, rss()/float64(len(text)))
}

// input makes n bytes (or a little more) of the kind asked for.
func input(kind string, n int) (string, error) {
	var sb strings.Builder
	switch kind {
	case "marks":
		return strings.Repeat(`"`, n), nil
	case "quotes":
		for i := 0; sb.Len() < n; i++ {
			switch i % 3 {
			case 0:
				sb.WriteString("“Yes,” she said. ")
			case 1:
				sb.WriteString("“No,” Smith replied. “Never.”\n")
			default:
				sb.WriteString("Lee said “maybe” and left.\n")
			}
		}
	case "articles":
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "polnear", "train", "*.json"))
		if len(files) == 0 {
			return "", fmt.Errorf("no PolNeAR train articles in ../../shared (run from _bench)")
		}
		for sb.Len() < n {
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					return "", err
				}
				var d struct{ Text string }
				if err := json.Unmarshal(data, &d); err != nil {
					return "", err
				}
				sb.WriteString(d.Text)
				sb.WriteString("\n\n")
				if sb.Len() >= n {
					break
				}
			}
		}
	case "seed":
		data, err := os.ReadFile(filepath.Join("..", "testdata", "seed.txt"))
		if err != nil {
			return "", err
		}
		for sb.Len() < n {
			sb.Write(data)
			sb.WriteString("\n")
		}
	default:
		return "", fmt.Errorf("unknown kind %q", kind)
	}
	return sb.String(), nil
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

// heapBytes is the memory of the heap's objects, live or not yet freed.
func heapBytes() uint64 {
	metrics.Read(heapSample)
	return heapSample[0].Value.Uint64()
}

// rss is the process's peak resident memory (VmHWM), or 0 where there
// is no /proc.
func rss() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return float64(kb) * 1024
		}
	}
	return 0
}
