package main

import (
	"io"
	"runtime"
	"testing"
	"time"
)

// chunkReader gives n bytes in reads of at most chunk bytes, as a pipe
// does.
type chunkReader struct{ n, chunk int }

func (c *chunkReader) Read(p []byte) (int, error) {
	if c.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), c.chunk, c.n)
	c.n -= k
	return k, nil
}

// TestIdleReaderAllocation checks that reading through the idle timer
// costs allocations in proportion to the input, not to the buffer asked
// for at each read.
func TestIdleReaderAllocation(t *testing.T) {
	const size = 8 << 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r := newIdleReader(&chunkReader{n: size, chunk: 64 << 10}, time.Minute)
	buf := make([]byte, 4<<20)
	total := 0
	for {
		n, err := io.ReadFull(r, buf)
		total += n
		if err != nil {
			break
		}
	}
	runtime.ReadMemStats(&after)
	if total != size {
		t.Fatalf("read %d bytes, want %d", total, size)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4<<20+1<<20 {
		t.Errorf("reading %d bytes allocated %d bytes beyond the caller's buffer", size, alloc-4<<20)
	}
}
