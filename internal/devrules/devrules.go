// Package devrules carries development-only options of a parse: the
// rules to switch off, to measure what each is worth. It is internal to
// the module, so the option is no part of verbatim's public API: the
// eval command and the tests reach it, users do not.
//
//	ctx := devrules.Without(context.Background(), "colon-intro")
//	doc, err := p.ParseTextContext(ctx, text) // every rule but colon-intro
//
// The names are those of the rule tables (frame rules, content shapes,
// quote sieves, speaker and name sieves); a name that is in no table is
// an error of the parse.
package devrules

import "context"

type key struct{}

// Without returns a context that switches the named rules off.
func Without(ctx context.Context, rules ...string) context.Context {
	off := map[string]bool{}
	for r := range Off(ctx) {
		off[r] = true
	}
	for _, r := range rules {
		off[r] = true
	}
	return context.WithValue(ctx, key{}, off)
}

// Off returns the rules ctx switches off, nil for none. The map must
// not be changed.
func Off(ctx context.Context) map[string]bool {
	off, _ := ctx.Value(key{}).(map[string]bool)
	return off
}
