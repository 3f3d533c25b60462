package verbatim

import (
	"strings"
	"unicode"
)

// The closed-class words the rules match against: function words, and
// the small sets of nouns and verbs that frame reported speech. The open
// lists (cues, titles, source nouns) are lexicon files under lexicon/.

// adverbs and auxiliaries may stand between a subject and its cue:
// "has also said".
var adverbs = map[string]bool{
	"also": true, "later": true, "then": true, "previously": true, "once": true, "recently": true,
	"reportedly": true, "earlier": true, "again": true, "further": true, "repeatedly": true,
	"publicly": true, "privately": true, "separately": true, "since": true, "has": true, "have": true, "had": true,
	"would": true, "will": true, "is": true, "was": true, "were": true, "are": true,
	"often": true, "sometimes": true, "always": true, "frequently": true, "flatly": true, "simply": true, "just": true,
	"clearly": true, "bluntly": true, "angrily": true, "quickly": true, "already": true, "never": true,
	"did": true, "does": true, "do": true, "been": true, "may": true, "might": true,
	"could": true, "should": true, "must": true, "still": true, "even": true, "only": true,
}

// contractions of a pronoun and "is" or "has", which look like
// possessives: "He's claiming that …".
var contractions = map[string]bool{"he's": true, "she's": true, "it's": true, "that's": true, "who's": true, "there's": true, "what's": true}

// modals and auxiliaries start a verb phrase: a word before one is its
// subject ("the states could", "comments came").
var modals = map[string]bool{"could": true, "would": true, "will": true, "can": true, "may": true, "might": true, "should": true, "must": true, "have": true, "has": true, "had": true, "came": true}

// beForms make a passive with a past participle after them.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "be": true, "am": true}

// tellVerbs take the addressee as their object ("told reporters").
var tellVerbs = map[string]bool{
	"tell": true, "ask": true, "warn": true, "assure": true, "remind": true, "urge": true,
	"advise": true, "promise": true, "inform": true, "caution": true,
}

var mediumNouns = map[string]bool{
	"statement": true, "interview": true, "report": true, "tweet": true, "post": true, "email": true,
	"e-mail": true, "letter": true, "speech": true, "conference": true, "briefing": true, "release": true,
	"video": true, "podcast": true, "memo": true, "op-ed": true, "column": true, "essay": true, "book": true,
	"message": true, "broadcast": true, "appearance": true, "remarks": true, "call": true, "hearing": true,
	"filing": true, "tweets": true, "posts": true, "blog": true, "editorial": true, "address": true,
	"comment": true, "comments": true,
	"debate": true, "rally": true, "sermon": true, "testimony": true, "documentary": true, "show": true,
	"radio": true, "television": true, "forum": true, "town": true, "meeting": true, "event": true,
	"website": true, "site": true, "page": true, "account": true,
}

var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "yesterday": true, "today": true, "tonight": true, "week": true, "month": true,
	"year": true, "night": true, "morning": true, "afternoon": true, "evening": true, "weekend": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"earlier": true, "later": true, "recently": true, "previously": true, "again": true, "also": true,
	"hours": true, "days": true, "weeks": true, "months": true, "years": true, "hour": true, "day": true,
}

var prepositions = map[string]bool{"in": true, "on": true, "at": true, "during": true, "via": true, "through": true, "over": true, "after": true, "before": true, "last": true, "this": true, "earlier": true, "late": true, "early": true}

// notColonSource are words that open a line with a colon but name no
// source: labels of the page ("BYLINE:", "BOOM:"), not people.
var notColonSource = map[string]bool{
	"update": true, "updated": true, "note": true, "contributing": true, "editor": true, "editor's": true, "related": true,
	"watch": true, "read": true, "photo": true, "photos": true, "video": true, "source": true,
	"sources": true, "correction": true, "clarification": true, "disclosure": true, "q": true,
	"question": true, "listen": true, "see": true, "also": true, "more": true, "credit": true, "email": true, "remember": true, "plus": true,
	"image": true, "getty": true, "warning": true, "breaking": true, "exclusive": true, "live": true,
	"analysis": true, "opinion": true, "commentary": true, "abstract": true, "full": true, "text": true,
	"ap": true, "reuters": true, "washington": true, "new": true, "here": true, "why": true, "what": true,
	"how": true, "who": true, "when": true, "where": true, "this": true, "that": true, "the": true,
	"byline": true, "dateline": true, "boom": true, "look": true, "wow": true,
}

// notColonLabelEnd end a label before a colon that names no source:
// "Delegate Update:", "Monday's Morning Email:" (not "Judicial Watch:").
var notColonLabelEnd = map[string]bool{
	"update": true, "updates": true, "email": true, "daily": true, "newsletter": true, "briefing": true, "roundup": true,
}

// subordinators open a sentence with a clause of its own before the main
// one: "When Clinton noted that …, Trump boasted, …".
var subordinators = map[string]bool{"when": true, "if": true, "as": true, "after": true, "before": true, "while": true, "although": true, "though": true, "because": true, "since": true, "once": true, "until": true}

// contrastWords open a clause that sets something against a report
// rather than continuing it.
var contrastWords = map[string]bool{"while": true, "whereas": true, "but": true, "although": true, "though": true}

// cueParticles after a cue belong to it: "asked about", "argued
// against", "commented on".
var cueParticles = map[string]bool{"about": true, "against": true, "on": true, "upon": true, "out": true}

// subordinateWords may open a participle phrase that reports for the
// sentence's subject: "before asking her", "while saying".
var subordinateWords = map[string]bool{"before": true, "after": true, "while": true, "by": true, "when": true}

// wordNouns name words as words.
var wordNouns = map[string]bool{"phrase": true, "phrases": true, "word": true, "words": true, "term": true, "slogan": true, "expression": true, "label": true}

// nounCues are nouns of saying and thinking that take a reported clause:
// "Trump's claim that …".
var nounCues = map[string]bool{
	"claim": true, "claims": true, "assertion": true, "argument": true, "suggestion": true,
	"belief": true, "warning": true, "promise": true, "pledge": true, "insistence": true,
	"contention": true, "allegation": true, "allegations": true, "prediction": true,
	"statement": true, "admission": true, "acknowledgment": true, "acknowledgement": true,
	"charge": true, "accusation": true, "complaint": true, "view": true, "vow": true, "boast": true,
	"declaration": true, "announcement": true, "assurance": true, "threat": true,
}

// possessivePron maps a possessive determiner to the pronoun class of
// its owner.
var possessivePron = map[string]byte{"his": 'm', "her": 'f', "their": 'p', "its": 'n'}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "some": true, "many": true, "several": true, "two": true, "three": true,
	"other": true, "one": true, "another": true, "both": true, "most": true, "few": true,
	"this": true, "that": true, "these": true, "those": true, "whose": true, "my": true,
}

var nameParticles = map[string]bool{
	"de": true, "van": true, "von": true, "bin": true, "al": true, "da": true, "di": true,
	"du": true, "la": true, "le": true, "del": true, "der": true, "den": true, "ben": true,
	"of": true, "for": true, "&": true, "y": true, "el": true, "st.": true,
}

// clauseStarters may stand right before the subject of a clause.
var clauseStarters = map[string]bool{
	"and": true, "but": true, "so": true, "as": true, "while": true, "when": true, "because": true,
	"that": true, "if": true, "although": true, "though": true, "since": true, "where": true,
	"then": true, "yet": true, "or": true, "after": true, "before": true, "until": true, "once": true,
	"now": true, "also": true, "what": true, "how": true, "why": true, "who": true, "however": true, "meanwhile": true, "still": true, "instead": true,
	"later": true, "earlier": true, "separately": true, "previously": true, "recently": true,
	"today": true, "yesterday": true, "additionally": true, "moreover": true,
}

// ppHeads are the prepositions that may join a head noun to the rest of
// a source phrase.
var ppHeads = map[string]bool{"for": true, "of": true, "at": true, "with": true, "from": true, "on": true, "in": true, "inside": true, "within": true}

// notNameStart are words capitalised at the start of a sentence that
// never begin a name or stand as a source on their own.
var notNameStart = map[string]bool{
	"in": true, "on": true, "at": true, "for": true, "with": true, "from": true, "by": true,
	"to": true, "of": true, "it": true, "this": true, "after": true, "before": true, "as": true,
	"if": true, "according": true, "during": true, "under": true, "like": true, "about": true,
	"despite": true, "last": true, "next": true, "every": true, "each": true, "no": true, "not": true,
	"what": true, "who": true, "why": true, "how": true, "there": true, "here": true, "we": true,
	"i": true, "he": true, "she": true, "they": true, "you": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "my": true, "your": true, "unlike": true, "among": true,
	"without": true, "over": true, "through": true, "against": true, "is": true, "was": true,
	"are": true, "all": true, "do": true, "does": true, "did": true, "can": true, "perhaps": true,
	"contrary": true, "typically": true, "indeed": true, "nevertheless": true, "nonetheless": true,
	"thus": true, "hence": true, "overall": true, "finally": true, "first": true, "second": true,
	"third": true, "such": true, "none": true, "nobody": true, "everyone": true,
	"between": true, "beyond": true, "across": true, "within": true, "amid": true, "behind": true,
	"around": true, "toward": true, "towards": true, "until": true, "since": true, "sometimes": true,
}

// honorifics make the capitalised word after them a surname even when
// it is also a title: "Mr. King", "Dr. Judge".
var honorifics = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "miss": true, "sen.": true, "rep.": true, "gov.": true, "prof.": true}

// subjectPronouns can only be the subject of a verb.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

var nameSuffixes = map[string]bool{"jr.": true, "sr.": true, "jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// numberWords are numbers written out ("Sixty-six percent", "three in
// five").
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true,
	"nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true,
	"seventy": true, "eighty": true, "ninety": true, "hundred": true, "dozen": true,
}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"which": true, "who": true, "whose": true, "whom": true, "where": true}

// controlWords take an infinitive whose verb is the cue, and join it:
// "continued to attack", "tried to portray", "seemed to suggest", "is
// likely to endorse".
var controlWords = map[string]bool{
	"continue": true, "continues": true, "continued": true, "continuing": true,
	"try": true, "tries": true, "tried": true, "trying": true,
	"attempt": true, "attempts": true, "attempted": true, "attempting": true,
	"fail": true, "fails": true, "failed": true, "failing": true,
	"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true,
	"need": true, "needs": true, "needed": true, "tend": true, "tends": true, "tended": true,
	"begin": true, "begins": true, "began": true, "begun": true, "start": true, "starts": true, "started": true,
	"struggle": true, "struggles": true, "struggled": true, "struggling": true,
	"quick": true, "likely": true, "unlikely": true, "able": true, "unable": true, "eager": true,
	"reluctant": true, "ready": true, "going": true,
}

// negators in -ly deny the verb after them: "hardly clarified".
var negators = map[string]bool{"hardly": true, "barely": true, "scarcely": true, "rarely": true, "only": true}

// goForms are the forms of "go", for "went on to say".
var goForms = map[string]bool{"go": true, "goes": true, "went": true, "going": true, "gone": true}

// whWords open an indirect question: "asked how …", "would know what …".
var whWords = map[string]bool{"what": true, "how": true, "why": true, "whether": true, "who": true, "when": true, "where": true, "which": true, "if": true}

// pluralNounCues are -s forms of cue verbs that are far more often plural
// nouns ("Paris attacks test Clinton's strategy"): verbs only before an
// object.
var pluralNounCues = map[string]bool{"attacks": true, "fears": true, "charges": true}

// noComment reports reported content that says no words were given:
// "to comment", "to comment further", "to immediately respond" after
// "declined", "refused", "did not respond".
func noComment(content string) bool {
	// (the first five words are enough: with more, three are left after
	// "to" and an adverb; each is lower-cased alone, as the whole
	// content would be, so that long content is not copied)
	var buf [5]string
	ws := buf[:0]
	for w := range strings.FieldsSeq(strings.TrimRight(content, ".")) {
		if len(ws) == len(buf) {
			break
		}
		ws = append(ws, strings.ToLower(w))
	}
	if len(ws) > 0 && ws[0] == "to" {
		ws = ws[1:]
	}
	if len(ws) > 0 && (ws[0] == "immediately" || ws[0] == "publicly") {
		ws = ws[1:]
	}
	if len(ws) == 0 || ws[0] != "comment" && ws[0] != "respond" && ws[0] != "elaborate" {
		return false
	}
	return len(ws) == 1 || len(ws) == 2 && (ws[1] == "further" || ws[1] == "publicly" || ws[1] == "immediately")
}

// englishMarkers are words frequent in any English prose and rare as
// words of other languages written in Latin script.
var englishMarkers = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "is": true, "that": true, "for": true,
	"it": true, "was": true, "with": true, "he": true, "she": true, "they": true, "we": true,
	"said": true, "says": true, "this": true, "be": true, "are": true, "have": true, "has": true,
	"not": true, "but": true, "will": true, "would": true, "from": true, "by": true, "an": true,
	"at": true, "his": true, "her": true, "their": true, "our": true, "you": true, "i": true,
	"been": true, "were": true, "which": true, "who": true, "what": true, "there": true, "on": true,
}

// plainlyNotEnglish reports a text whose prose is plainly of another
// language: of the words of its lines of prose (eight words or more; all
// its lines when these have fewer than forty words), eight at least, fewer
// than one in twelve are common English words; or a short text of four
// words or more with none and a letter outside ASCII. It reads at most
// the first maxLanguageWords words.
func plainlyNotEnglish(text string) bool {
	words, english, foreign := countEnglish(text, true)
	if words < 40 {
		words, english, foreign = countEnglish(text, false)
	}
	return words >= 8 && english*12 < words || words >= 4 && english == 0 && foreign
}

// maxLanguageWords bounds the words plainlyNotEnglish reads.
const maxLanguageWords = 3000

// countEnglish counts the words of text's lines (with prose, only of
// lines of eight words or more), those that are common English words,
// and whether one has a letter outside ASCII. It stops at
// maxLanguageWords words, or as soon as a twelfth of that many are
// English: then no count it could reach is plainly not English.
func countEnglish(text string, prose bool) (words, english int, foreign bool) {
	// (fields are read in place, as strings.FieldsFunc would cut them,
	// and lower-cased on the stack: the check allocates nothing on ASCII)
	for rest := text; rest != "" && words < maxLanguageWords && english*12 < maxLanguageWords; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if prose && countFields(line, 8) < 8 {
			continue
		}
		for s, e, ascii := nextField(line, 0); s < e; s, e, ascii = nextField(line, e) {
			if words >= maxLanguageWords || english*12 >= maxLanguageWords {
				break
			}
			f := line[s:e]
			if !isASCIILetter(f[0]) || !isASCIILetter(f[len(f)-1]) {
				f = strings.Trim(f, "'’")
			}
			if f == "" {
				continue
			}
			words++
			if ascii || isASCII(f) { // (trimming a ’ may leave ASCII)
				var buf [16]byte
				if len(f) <= longestEnglishMarker && isEnglishMarker(lowerInto(buf[:0], f)) {
					english++
				}
				continue
			}
			w := strings.ToLower(f)
			foreign = foreign || strings.IndexFunc(w, func(r rune) bool { return r > unicode.MaxASCII && r != '’' }) >= 0
			if englishMarkers[w] {
				english++
			}
		}
	}
	return words, english, foreign
}
