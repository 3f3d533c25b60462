package verbatim

import "fmt"

// A Speaker is a person, organisation or unnamed source that quotes are
// attributed to, with every mention of it that verbatim clustered.
type Speaker struct {
	// ID is the speaker's index in Document.Speakers.
	ID int `json:"id"`
	// Name is the fullest name seen ("Claudia Sheinbaum"), or the
	// description of an unnamed source as written ("a Boeing
	// spokesman", "analysts").
	Name string `json:"name"`
	// Kind is Person or Organization for a named speaker, and
	// UnknownSpeaker for an unnamed source: one the article only
	// describes ("a spokesman", "officials", "most experts") or refers
	// to by a pronoun it never ties to a name.
	Kind SpeakerKind `json:"kind"`
	// Gender is "female" or "male" for a person when the article itself
	// shows it: a pronoun used of them, an honorific (Mr., Mrs., Ms.), a
	// gendered title or relation ("spokeswoman", "his wife"). It is
	// empty otherwise; no list of first names is consulted.
	Gender string `json:"gender,omitempty"`
	// Affiliation is, for an unnamed source, the index in
	// Document.Speakers of the organisation it speaks for when the
	// article says so ("a spokesman for the agency", "a Boeing
	// spokesman") and that organisation is itself a speaker; nil
	// otherwise.
	Affiliation *int `json:"affiliation,omitempty"`
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
	// UnknownSpeaker is an unnamed source: one the article only
	// describes ("a source", "a Boeing spokesman", "analysts") or refers
	// to by a pronoun it ties to no name.
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
