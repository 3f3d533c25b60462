package verbatim

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Table tests for the resolver; the coref_*.txtar golden cases test it
// on whole articles.

// scanText runs the stages before the resolver on text and scans its
// names, as analyze does.
func scanText(text string) (*resolver, []sentence) {
	lx := builtin()
	paras := splitParagraphs(text)
	spans := pairMarks(text, paras)
	units := lx.segment(text, paras, spans)
	r := newResolver(lx, text)
	r.scanAll(units)
	return r, units
}

// TestResolverLookup scans an article, then asks which person or
// organisation a name refers to.
func TestResolverLookup(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		query string
		g     byte
		want  string // the entity's name, "" for none
	}{
		{"surname to the first named", "Donald Trump spoke. Ivanka Trump spoke.", "Trump", 0, "Donald Trump"},
		{"a Jr. is never the bare surname", "Donald Trump Jr. spoke. Donald Trump spoke.", "Trump", 0, "Donald Trump"},
		{"surname and suffix", "Donald Trump spoke. Donald Trump Jr. spoke.", "Trump Jr.", 0, "Donald Trump Jr."},
		{"honorific picks the gender", "Donald Trump spoke. Mr. Trump left. Ivanka Trump, his daughter, spoke.", "Trump", 'f', "Ivanka Trump"},
		{"honorific picks the latest named", "Ms. Ivanka Trump spoke. Donald Trump spoke. Melania Trump, his wife, spoke.", "Trump", 'f', "Melania Trump"},
		{"no woman named", "Donald Trump spoke. Mr. Trump left.", "Trump", 'f', ""},
		{"given name alone", "Hillary Clinton spoke.", "Hillary", 0, "Hillary Clinton"},
		{"full name after the surname", "Mrs. Clinton spoke.", "Hillary Clinton", 0, "Clinton"},
		{"not a full name of the other gender", "President Obama spoke. Mr. Obama left.", "Michelle Obama", 'f', ""},
		{"a brother is another person", "Hillary Clinton spoke. Mrs. Clinton left.", "Bill Clinton", 0, ""},
		{"middle initial", "Loretta E. Lynch spoke.", "Loretta Lynch", 0, "Loretta E. Lynch"},
		{"middle initial added", "Loretta Lynch spoke.", "Loretta E. Lynch", 0, "Loretta Lynch"},
		{"different middle initials", "George H.W. Bush spoke.", "George W. Bush", 0, ""},
		{"part of an organisation's name", "The International Crisis Group said so.", "Crisis Group", 0, "International Crisis Group"},
		{"acronym", "The International Monetary Fund said so.", "IMF", 0, "International Monetary Fund"},
		{"unknown", "Donald Trump spoke.", "Clinton", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := scanText(tt.text)
			got := ""
			if i := r.lookup(query{name: tt.query, g: tt.g, pos: -1}); i >= 0 {
				got = r.ents[i].name
			}
			if got != tt.want {
				t.Errorf("lookup(%q, %q) = %q, want %q", tt.query, tt.g, got, tt.want)
			}
		})
	}
}

// TestScanEntities checks which names become entities, how they are
// named and whom they merge with.
func TestScanEntities(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "name (kind) [titles]", in the order made
	}{
		{"family apart", "Donald Trump came with Donald Trump Jr., his son, and his daughter Ivanka Trump.",
			[]string{"Donald Trump (person)", "Donald Trump Jr. (person) [son]", "Ivanka Trump (person)"}},
		{"affiliation and place are no part of a name", "Republican Donald Trump met Representative Charles B. Rangel of New York.",
			[]string{"Donald Trump (person) [Republican]", "Charles B. Rangel (person) [Representative]"}},
		{"abbreviated title", "The Rev. Al Sharpton said it.", []string{"Al Sharpton (person) [Rev.]"}},
		{"title cut before its complement", "Secretary of State John F. Kerry said it.", []string{"John F. Kerry (person) [Secretary of State]"}},
		{"apposition after", "James Hewitt, a spokesman for the agency, declined to comment.",
			[]string{"James Hewitt (person) [spokesman for the agency]"}},
		{"apposition before", "He came with the first lady, Michelle Obama, on Monday.", []string{"Michelle Obama (person)"}},
		{"sentence word", "Whether Clinton wins is unclear. Hillary Clinton spoke.", []string{"Hillary Clinton (person)"}},
		{"places", "In Toledo, Mayor Dana Holt met reporters at City Hall.", []string{"Dana Holt (person) [Mayor]"}},
		{"possessive owner", "NBC's Lester Holt asked.", []string{"Lester Holt (person) [NBC's]"}},
		{"headline in title case", "Clinton Calls Trump Unfit For Office\nHillary Clinton said so on Monday.",
			[]string{"Hillary Clinton (person)"}},
		{"first paragraph read last", "Hold Melania Trump to her word\nMelania Trump spoke on Monday.",
			[]string{"Melania Trump (person)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := scanText(tt.text)
			var got []string
			for _, e := range r.ents {
				s := e.name + " (" + e.kind.String() + ")"
				if len(e.titles) > 0 {
					s += " [" + strings.Join(e.titles, "; ") + "]"
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entities of %q mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestScanGender checks the gender the text states beside a name.
func TestScanGender(t *testing.T) {
	tests := []struct {
		text string
		name string
		want byte
	}{
		{"Ms. Ruiz said so.", "Ruiz", 'f'},
		{"He came with his daughter Ivanka Trump.", "Ivanka Trump", 'f'},
		{"Melania Trump, the candidate's wife, did not attend.", "Melania Trump", 'f'},
		{"Congressman Tom Becker voted no.", "Tom Becker", 'm'},
		{"Jordan Price voted no.", "Jordan Price", 0}, // never from a first name
	}
	for _, tt := range tests {
		r, _ := scanText(tt.text)
		i := r.known(tt.name)
		if i < 0 {
			t.Errorf("%q: %q not found", tt.text, tt.name)
			continue
		}
		if got := r.ents[i].gender; got != tt.want {
			t.Errorf("%q: gender of %s = %q, want %q", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestScanSubjects checks which names are taken for the subject of
// their sentence: pronouns prefer them to objects and appositions.
func TestScanSubjects(t *testing.T) {
	tests := []struct {
		text string
		want []string // the subjects
	}{
		{"Dana Holt told Chris Vance that the city could not pay.", []string{"Dana Holt"}},
		{"On Monday, Mayor Dana Holt met Chris Vance.", []string{"Mayor Dana Holt"}},
		{"Mr. Obama dismissed the voice of his client, Peabody Energy, on Monday.", []string{"Mr. Obama"}},
		{"When Ana Ruiz noted the fee, Tom Tate boasted about it.", []string{"Ana Ruiz", "Tom Tate"}}, // (the subordinate clause's subject too)
		{"Mr. Trump, appearing after Mrs. Clinton, blamed Mr. Obama.", []string{"Mr. Trump"}},
		{"It was late, but Mr. Smith stayed.", []string{"Mr. Smith"}},
		{"Mr. Smith's car was late.", nil},
	}
	for _, tt := range tests {
		r, _ := scanText(tt.text)
		var got []string
		for _, p := range r.placed[0] {
			if p.subject {
				got = append(got, tt.text[p.pos:r.at.spotOf(int(p.pos)).end])
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("subjects of %q mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestRoleMatch checks which descriptions fit which titles.
func TestRoleMatch(t *testing.T) {
	tests := []struct {
		desc, title string
		fits        bool
	}{
		{"the spokesman", "White House spokesman", true},
		{"the Democratic nominee", "Democratic presidential nominee", true},
		{"the Republican presidential nominee", "Republican nominee", true},
		{"the Democratic nominee", "Republican nominee", false},
		{"the former secretary of state", "former secretary of state", true},
		{"the secretary of state", "Secretary of Defense", false},
		{"the senator", "Massachusetts Sen.", true},
		{"the South Carolina senator", "Sen.", true},
		{"the Texas senator", "Massachusetts Sen.", false},
		{"the spokeswoman", "spokesman", false},
		{"the spokeswoman", "campaign spokesperson", true},
		{"the Mexican president", "Mexican President", true},
		{"the president", "senior adviser to the Clinton campaign", false},
		{"the campaign", "senior adviser to the Clinton campaign", false},
		{"the chairwoman", "interim chairwoman of the Democratic National Committee", true},
	}
	for _, tt := range tests {
		d, ok1 := parseRole(tt.desc)
		r, ok2 := parseRole(tt.title)
		if !ok1 || !ok2 {
			t.Errorf("parseRole(%q), parseRole(%q): %v, %v", tt.desc, tt.title, ok1, ok2)
			continue
		}
		if _, fits := d.match(r); fits != tt.fits {
			t.Errorf("%q fits %q = %v, want %v", tt.desc, tt.title, fits, tt.fits)
		}
	}
	// a better fit scores higher
	d, _ := parseRole("the Mexican president")
	mex, _ := parseRole("Mexican President")
	us, _ := parseRole("President")
	a, _ := d.match(mex)
	b, _ := d.match(us)
	if a <= b {
		t.Errorf("%q scores %d for Mexican President, %d for President: want the first higher", "the Mexican president", a, b)
	}
}

// TestParseRoleHead checks the head found in a description.
func TestParseRoleHead(t *testing.T) {
	tests := []struct{ desc, head string }{
		{"a spokesman for the State Department", "spokesperson"},
		{"Federal and state officials", "officials"},
		{"a majority of voters", "voters"},
		{"Nearly eight of 10 voters", "voters"},
		{"A number of other members of Congress", "members"},
		{"the state's campaign chairman", "chair"},
		{"Sen.", "senator"},
	}
	for _, tt := range tests {
		r, ok := parseRole(tt.desc)
		if !ok || r.head != tt.head {
			t.Errorf("parseRole(%q) head = %q (%v), want %q", tt.desc, r.head, ok, tt.head)
		}
	}
	if _, ok := parseRole("Mrs."); ok {
		t.Errorf("parseRole(Mrs.) = ok: an honorific is no role")
	}
}

// TestCleanName checks what is split off a name.
func TestCleanName(t *testing.T) {
	tests := []struct {
		name, title    string
		org            bool
		wantName, want string // want is the title
		wantOrg        bool
	}{
		{"Donald Trump", "", false, "Donald Trump", "", false},
		{"Republican Donald Trump", "", false, "Donald Trump", "Republican", false},
		{"Rev. Al Sharpton", "the", false, "Al Sharpton", "the Rev.", false},
		{"Charles B. Rangel of New York", "Representative", false, "Charles B. Rangel", "Representative", false},
		{"State John F. Kerry", "Secretary of", false, "John F. Kerry", "Secretary of State", false},
		{"King's Russia", "Mr.", false, "King", "Mr.", false},
		{"NBC's Lester Holt", "", false, "Lester Holt", "NBC's", false},
		{"Everything Trump", "", false, "Trump", "", false},
		{"The Hill", "", false, "The Hill", "", true},
		{"Trump's", "", false, "Trump", "", false},
		{"A Government Accountability Office", "", true, "Government Accountability Office", "", true},
	}
	for _, tt := range tests {
		name, title, org := builtin().cleanName(mention{kind: npName, name: tt.name, title: tt.title, org: tt.org})
		if name != tt.wantName || title != tt.want || org != tt.wantOrg {
			t.Errorf("cleanName(%q, %q) = %q, %q, %v; want %q, %q, %v", tt.name, tt.title, name, title, org, tt.wantName, tt.want, tt.wantOrg)
		}
	}
}

// TestCoreOf checks coreOf against core: the same core, and "differs"
// exactly when core(words) is not key.
func TestCoreOf(t *testing.T) {
	for _, tt := range []struct {
		words []string
		key   string
	}{
		{[]string{"loretta", "e.", "lynch"}, "loretta e. lynch"},
		{[]string{"loretta", "lynch"}, "loretta lynch"},
		{[]string{"loretta", "lynch"}, "loretta  lynch"},
		{[]string{"loretta", "lynch"}, "loretta lynch jr."},
		{[]string{"george", "h.w.", "bush"}, "george h.w. bush"},
		{[]string{"john", "quincy", "adams"}, "john quincy adams"},
		{[]string{"madonna"}, "madonna"},
		{[]string{"madonna"}, "madonn"},
		{nil, ""},
	} {
		c, differs := coreOf(tt.words, tt.key)
		if want := core(tt.words); c != want || differs != (want != tt.key) {
			t.Errorf("coreOf(%q, %q) = %q, %v; core is %q", tt.words, tt.key, c, differs, want)
		}
	}
}

// TestLastWord checks lastWord against the last of strings.Fields,
// trimmed of commas and full stops, over ASCII and Unicode spaces.
func TestLastWord(t *testing.T) {
	for _, s := range []string{"", " ", "Trump", "Donald Trump,", "the senator.  ", "a\u00a0spokesman", "the\u3000minister\t", "x \xff", "Mr. Smith ,"} {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = strings.Trim(f[len(f)-1], ",.")
		}
		if got := lastWord(s); got != want {
			t.Errorf("lastWord(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestJoinIn checks joinIn against strings.Join, for words that s holds
// as written and words it does not.
func TestJoinIn(t *testing.T) {
	for _, tt := range []struct {
		s     string
		words []string
	}{
		{"Secretary of State John Kerry", []string{"John", "Kerry"}},
		{"Secretary of State John Kerry", []string{"Secretary", "of"}},
		{"the  International Crisis Group", []string{"International", "Crisis", "Group"}},
		{"Mr. King's Russia show", []string{"Mr.", "King"}},
		{"a b a b c", []string{"a", "b", "c"}},
		{"abc", []string{"abc", "d"}},
		{"", nil},
		{"x", []string{""}},
	} {
		if got, want := joinIn(tt.s, tt.words), strings.Join(tt.words, " "); got != want {
			t.Errorf("joinIn(%q, %q) = %q, want %q", tt.s, tt.words, got, want)
		}
	}
}

// TestInLower checks inLower against a look-up of strings.ToLower.
func TestInLower(t *testing.T) {
	set := map[string]bool{"the": true, "für": true, "i̇stanbul": true, strings.Repeat("a", 40): true}
	for _, w := range []string{"the", "The", "THE", "then", "", "Für", "FÜR", "İstanbul", strings.Repeat("A", 40), strings.Repeat("a", 40)} {
		if got, want := inLower(set, w), set[strings.ToLower(w)]; got != want {
			t.Errorf("inLower(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestGenderOfASCII checks genderOf's ASCII path against its general
// one, genderOfWords.
func TestGenderOfASCII(t *testing.T) {
	for _, s := range []string{"", " ", "Spokeswoman", "the Mother's", "his wife,", ",,Queen,,", "a Senate SPOKESMAN", "Mr. Smith", "chairman's office",
		"the\tdaughter", "man's'", "sister's's", "the  actor  ", "Widower", "councilwoman\r\n"} {
		if got, want := genderOf(s), genderOfWords(s); got != want {
			t.Errorf("genderOf(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestPossessiveEnding checks that possessiveEnding holds of every name
// whose lower-case form cutPossessive cuts.
func TestPossessiveEnding(t *testing.T) {
	for _, s := range []string{"He's", "HE'S", "She’s", "SHE’S", "Jones'", "Jones’", "Trump", "Moss", "s", "'", "It"} {
		if _, cut := cutPossessive(strings.ToLower(s)); cut && !possessiveEnding(s) {
			t.Errorf("possessiveEnding(%q) = false; cutPossessive cuts %q", s, strings.ToLower(s))
		}
	}
	if possessiveEnding("Trump") || possessiveEnding("Moss") {
		t.Error("possessiveEnding holds of a name without an apostrophe")
	}
}

// TestCaseHelpers checks isAllCaps and lowerIs against the copies they
// avoid making.
func TestCaseHelpers(t *testing.T) {
	for _, w := range []string{"", "NATO", "Nato", "U.S.", "ÉLYSÉE", "Élysée", "THE", "The", "the", "tHiS", "thiſ", "ǅ"} {
		if got, want := isAllCaps(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("isAllCaps(%q) = %v, want %v", w, got, want)
		}
		for _, lit := range []string{"the", "this"} {
			if got, want := lowerIs(w, lit), strings.ToLower(w) == lit; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", w, lit, got, want)
			}
		}
	}
}
