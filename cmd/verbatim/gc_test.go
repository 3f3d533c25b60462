package main

import (
	"runtime/debug"
	"testing"
)

// TestTuneGC checks that the command sets its collector, unless the
// environment does.
func TestTuneGC(t *testing.T) {
	old := debug.SetGCPercent(100)
	oldLimit := debug.SetMemoryLimit(-1)
	defer func() {
		debug.SetGCPercent(old)
		debug.SetMemoryLimit(oldLimit)
	}()
	tuneGC(func(string) string { return "" })
	if got := debug.SetGCPercent(100); got != gcPercent {
		t.Errorf("GC percent %d, want %d", got, gcPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != memoryLimit {
		t.Errorf("memory limit %d, want %d", got, memoryLimit)
	}
	debug.SetMemoryLimit(oldLimit)
	tuneGC(func(k string) string { return map[string]string{"GOGC": "100", "GOMEMLIMIT": "1GiB"}[k] })
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set: GC percent %d, want the environment's 100", got)
	}
	if got := debug.SetMemoryLimit(-1); got != oldLimit {
		t.Errorf("with GOMEMLIMIT set: limit changed to %d", got)
	}
}
