package verbatim

import "fmt"

// A Speaker is a person, organisation or unnamed source that quotes are
// attributed to, with every mention of it that verbatim clustered.
type Speaker struct {
	// ID is the speaker's index in Document.Speakers.
	ID int `json:"id"`
	// Name is the fullest name seen ("Claudia Sheinbaum"), or the
	// description of an unnamed source ("a spokesman").
	Name string      `json:"name"`
	Kind SpeakerKind `json:"kind"`
	// Titles are the roles and titles seen with the name.
	Titles []string `json:"titles,omitempty"`
	// Aliases are other ways the text names the speaker ("Sheinbaum").
	Aliases []string `json:"aliases,omitempty"`
	// Mentions are the places where the speaker is named or referred to.
	Mentions []Span `json:"mentions"`
}

// SpeakerKind says what sort of entity a Speaker is.
type SpeakerKind int

const (
	// UnknownSpeaker is a source whose nature is not known ("a source").
	UnknownSpeaker SpeakerKind = iota
	// Person is a named or described human being.
	Person
	// Organization is a company, agency, party, newspaper or other body.
	Organization
)

var speakerKindNames = [...]string{"unknown", "person", "organization"}

// String returns "unknown", "person" or "organization".
func (k SpeakerKind) String() string {
	if k >= 0 && int(k) < len(speakerKindNames) {
		return speakerKindNames[k]
	}
	return fmt.Sprintf("SpeakerKind(%d)", int(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k SpeakerKind) MarshalText() ([]byte, error) {
	if k < 0 || int(k) >= len(speakerKindNames) {
		return nil, fmt.Errorf("verbatim: invalid SpeakerKind %d", int(k))
	}
	return []byte(speakerKindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *SpeakerKind) UnmarshalText(b []byte) error {
	for i, n := range speakerKindNames {
		if n == string(b) {
			*k = SpeakerKind(i)
			return nil
		}
	}
	return fmt.Errorf("verbatim: unknown speaker kind %q", b)
}
