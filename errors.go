package verbatim

import (
	"errors"
	"fmt"
)

// ErrTooLarge is returned (wrapped) for input longer than the Parser's
// MaxBytes.
var ErrTooLarge = errors.New("verbatim: input too large")

// ErrInvalidUTF8 is returned (wrapped, with the byte offset) for plain
// text that is not valid UTF-8: verbatim promises byte offsets into the
// caller's own text, so it does not repair it silently.
var ErrInvalidUTF8 = errors.New("verbatim: input is not valid UTF-8")

func tooLarge(n, limit int) error {
	return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, n, limit)
}
