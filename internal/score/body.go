package score

import (
	"regexp"
	"strings"
)

// Body scoring, as shared/tools/body_score.py computes it for article
// extraction: per page, precision and recall of the multisets of 4-token
// shingles of the extracted text against the true body (tokens are runs
// of letters, digits and underscores); a corpus figure is the mean of
// the per-page values, and F1 of the two means.

var bodyWord = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// shingles returns the multiset of 4-token shingles of s; a text of
// fewer than four tokens is one shingle.
func shingles(s string) map[string]int {
	toks := bodyWord.FindAllString(s, -1)
	m := map[string]int{}
	if len(toks) < 4 {
		if len(toks) > 0 {
			m[strings.Join(toks, "\x00")]++
		}
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[strings.Join(toks[i:i+4], "\x00")]++
	}
	return m
}

// BodyCounts returns the shingles an extracted text shares with the true
// body (tp), has in excess (fp) and misses (fn).
func BodyCounts(truth, pred string) (tp, fp, fn int) {
	a, b := shingles(truth), shingles(pred)
	for k, n := range b {
		tp += min(n, a[k])
		fp += max(n-a[k], 0)
	}
	for k, m := range a {
		fn += max(m-b[k], 0)
	}
	return tp, fp, fn
}

// BodyPR returns a page's body precision and recall: both 1 when the
// extracted text has no shingle in excess and misses none (two empty
// texts agree), and 0 where there is nothing to divide by.
func BodyPR(truth, pred string) (p, r float64) {
	tp, fp, fn := BodyCounts(truth, pred)
	if fp == 0 && fn == 0 {
		return 1, 1
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	return p, r
}
