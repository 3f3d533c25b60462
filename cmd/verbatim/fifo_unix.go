//go:build unix

package main

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

// openFIFO opens a named pipe for reading. Opening a FIFO blocks until a
// writer opens it too; if none does within timeout, openFIFO fails, and
// releases the blocked open by opening the FIFO for writing itself (a
// non-blocking open for writing succeeds while a reader waits), so that
// no goroutine is left behind.
func openFIFO(name string, timeout time.Duration) (*os.File, error) {
	type result struct {
		f   *os.File
		err error
	}
	ch := make(chan result, 1)
	go func() {
		f, err := os.Open(name)
		ch <- result{f, err}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-ch:
		return r.f, r.err
	case <-timer.C:
	}
	if w, err := os.OpenFile(name, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
		w.Close()
	}
	go func() {
		if r := <-ch; r.f != nil {
			r.f.Close()
		}
	}()
	return nil, fmt.Errorf("%w: no writer opened the FIFO within %v", errStalled, timeout)
}
