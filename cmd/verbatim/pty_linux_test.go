package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// openPTY opens a pseudo-terminal pair with the kernel's own interface
// (no dependency): the master, and the slave end a program writes to.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		m.Close()
		t.Skipf("unlocking the pseudo-terminal: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		m.Close()
		t.Skipf("naming the pseudo-terminal: %v", e)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("opening the pseudo-terminal: %v", err)
	}
	return m, s
}

// On a real terminal, found by the real check, the progress line is
// drawn; TestProgress covers pipes and files.
func TestProgressOnPTY(t *testing.T) {
	master, slave := openPTY(t)
	defer master.Close()
	if !terminal(slave) {
		t.Fatal("terminal(pseudo-terminal) = false")
	}
	a := writeFile(t, t.TempDir(), "a.txt", article1)
	var stdout strings.Builder
	code := run([]string{"--format=jsonl", a, filepath.Join(t.TempDir(), "missing.txt")}, strings.NewReader(""), &stdout, slave)
	slave.Close()
	screen, _ := io.ReadAll(master) // ends with EIO once the slave is closed and drained
	if code != 1 || !strings.Contains(string(screen), "verbatim: 2 documents, ") || !strings.Contains(string(screen), "2 quotes, 1 errors") {
		t.Errorf("status %d, terminal shows %q", code, screen)
	}
	if strings.Contains(stdout.String(), "documents") {
		t.Error("progress went to stdout")
	}
}
