package main

import (
	"strings"
	"testing"
)

// TestEvalByMethod runs eval --by-method and --without on one gold
// article: "Mayor Jane Doe said on Monday that …" is indirect-that.
func TestEvalByMethod(t *testing.T) {
	dir := t.TempDir()
	gold := goldDir(t, dir)
	code, out, errOut := runCmd(t, "", "eval", "--gold", gold, "--by-method")
	if code != 0 {
		t.Fatalf("status %d, stderr %q", code, errOut)
	}
	// the indirect report matches its gold with the right source; the
	// direct quote has no gold
	for _, want := range []string{"\nby method (", "\nindirect-that                       1       1  1.000       1.000 (1/1)\n", "\ntotal "} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}

	// without the content shape that made it, the report is gone
	code, out, errOut = runCmd(t, "", "eval", "--gold", gold, "--by-method", "--without", "before-quote")
	if code != 0 {
		t.Fatalf("--without: status %d, stderr %q", code, errOut)
	}
	if strings.Contains(out, "\nindirect-that ") || !strings.Contains(out, "all content overlap         1      1      0 ") {
		t.Errorf("--without before-quote: the report is still found:\n%s", out)
	}

	code, _, errOut = runCmd(t, "", "eval", "--gold", gold, "--without", "no-such-rule")
	if code != 2 || !strings.Contains(errOut, `no rule named "no-such-rule"`) {
		t.Errorf("unknown rule: status %d, stderr %q", code, errOut)
	}
	code, _, errOut = runCmd(t, "", "eval", "--gold", gold, "--without", "passive", writeFile(t, dir, "bridge.txt", article1))
	if code != 2 || !strings.Contains(errOut, "-without applies to the gold texts") {
		t.Errorf("--without with inputs: status %d, stderr %q", code, errOut)
	}
}

// TestEvalWithoutKeepsGoing checks that with -without one gold text
// that cannot be parsed is reported and the others are still scored.
func TestEvalWithoutKeepsGoing(t *testing.T) {
	dir := t.TempDir()
	gold := goldDir(t, dir)
	writeFile(t, gold, "long.json", goldJSON("long", article1+strings.Repeat("More words here. ", 20)))
	code, out, errOut := runCmd(t, "", "eval", "--gold", gold, "--max-bytes", "200", "--without", "passive")
	if code != 1 || !strings.Contains(errOut, "long") || !strings.Contains(out, "1 documents scored") {
		t.Errorf("status %d (want 1), stderr %q, report:\n%s", code, errOut, out)
	}
}
