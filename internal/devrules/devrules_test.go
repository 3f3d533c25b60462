package devrules

import (
	"context"
	"testing"
)

func TestWithout(t *testing.T) {
	if off := Off(context.Background()); off != nil {
		t.Errorf("Off(Background) = %v, want nil", off)
	}
	a := Without(context.Background(), "passive")
	b := Without(a, "colon-intro", "noun-cue")
	if off := Off(a); len(off) != 1 || !off["passive"] {
		t.Errorf("Off(a) = %v, want passive only (a later Without must not change it)", off)
	}
	if off := Off(b); len(off) != 3 || !off["passive"] || !off["colon-intro"] || !off["noun-cue"] {
		t.Errorf("Off(b) = %v, want passive, colon-intro and noun-cue", off)
	}
}
