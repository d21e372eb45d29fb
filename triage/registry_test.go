package triage

import (
	"slices"
	"testing"
)

// TestRegisterLexicon: a language's entries are added to the lists of the
// same name, and never replace another language's.
func TestRegisterLexicon(t *testing.T) {
	saved := builtinLexicons
	t.Cleanup(func() { builtinLexicons = saved })
	builtinLexicons = map[string]*Lexicon{"en": {Words: Words{Greetings: []string{"hi"}}}}
	registerLexicon("de", Lexicon{Words: Words{Greetings: []string{"moin"}, SignOffs: []string{"tschüss"}},
		Reply: replyCueLists{BareYes: []string{"jawohl"}}})
	registerLexicon("de", Lexicon{Words: Words{Greetings: []string{"servus"}}})
	de := builtinLexicons["de"]
	tests := []struct {
		name      string
		got, want []string
	}{
		{"de greetings", de.Words.Greetings, []string{"moin", "servus"}},
		{"de sign-offs", de.Words.SignOffs, []string{"tschüss"}},
		{"de bare yes", de.Reply.BareYes, []string{"jawohl"}},
		{"en untouched", builtinLexicons["en"].Words.Greetings, []string{"hi"}},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

// TestBuiltinMergesEnglish: the merged registry starts with the English
// lists, so the engine sees every English cue.
func TestBuiltinMergesEnglish(t *testing.T) {
	b := builtin()
	if !slices.Contains(b.Words.Greetings, "hello") || !slices.Contains(b.Reply.BareNo, "nope") {
		t.Error("merged registry lacks English entries")
	}
	if len(b.Signals) < len(englishSignals) {
		t.Errorf("merged registry has %d signals, English alone %d", len(b.Signals), len(englishSignals))
	}
}

// TestRewrittenCues: the cues that replaced phrasings of single emails,
// each a general rule, with sentences written for it.
func TestRewrittenCues(t *testing.T) {
	e := New(DefaultConfig())
	asks := []struct {
		rule, text string
		kind       Kind
		category   string
	}{
		{"a question opened by 'which' asks for a choice", "Which template should we use for the new starters?", Quick, ""},
		{"a question opened by 'which' asks for a choice", "Which of the two pension providers is the one we're with?", Quick, ""},
		{"doubting a message is genuine", "Is this a scam or a real letter from the tax office?", Quick, ""},
		{"doubting a message is genuine", "Got a text about a parcel fee, is it legit?", Quick, ""},
		{"office devices are IT work", "Could you set up the new router in the back office?", Paid, "it"},
		{"office devices are IT work", "Can someone replace the monitors on the front desk?", Paid, "it"},
		{"a new plan of the day is a deliverable", "Could you draw up a timeline for the office move?", Paid, ""},
		{"a new plan of the day is a deliverable", "Can you put together a rough agenda for the board away day?", Paid, ""},
		{"shopping a policy around is research", "Could you shop our van insurance around before it renews?", Paid, ""},
		{"Dutch 'al' with a finished act is a status", "Heb je de factuur al betaald?", Quick, ""},
		{"whether someone ever answered is a status", "Did the landlord ever reply to your letter about the deposit?", Quick, ""},
	}
	for _, tt := range asks {
		qs := e.Questions(tt.text)
		if len(qs) != 1 {
			t.Errorf("%s: %q: %d asks, want 1", tt.rule, tt.text, len(qs))
			continue
		}
		if qs[0].Kind != tt.kind || (tt.category != "" && qs[0].Category != tt.category) {
			t.Errorf("%s: %q: %s/%q, want %s/%q", tt.rule, tt.text, qs[0].Kind, qs[0].Category, tt.kind, tt.category)
		}
	}
	replies := []struct {
		rule, text string
		want       Decision
	}{
		{"doing the work oneself declines", "We'll sort the filing ourselves this year, thanks anyway.", Declined},
		{"doing the work oneself declines", "I'll do the bookkeeping myself from now on. Thanks though.", Declined},
		{"doing the work oneself declines", "Our office manager will handle it in house. Thank you anyway.", Declined},
		{"not having time to do it oneself is no decline", "We just don't have time to do it ourselves, so please go ahead.", Accepted},
		{"not having time to do it oneself is no decline", "I can't face doing it myself. Go for it.", Accepted},
	}
	for _, tt := range replies {
		if got := e.Decide(tt.text); got != tt.want {
			t.Errorf("%s: Decide(%q) = %q, want %q", tt.rule, tt.text, got, tt.want)
		}
	}
}

// TestAwayUntilWeekday: "until <weekday>" is out-of-office wording for
// any weekday, and one such phrase alone does not make a message
// automatic.
func TestAwayUntilWeekday(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		body string
		skip bool
	}{
		{"Thank you for your email. I am out of the office until Tuesday.", true},
		{"Thanks for your message. I'm on annual leave until Wednesday and will reply then.", true},
		{"I'm away until Friday, so could you send the signed form before then?", false},
	}
	for _, tt := range tests {
		r := e.AnalyzeBytes([]byte("From: kim@client.test\nSubject: Hello\nContent-Type: text/plain\n\n" + tt.body + "\n"))
		if got := r.Skip && r.SkipReason == SkipAuto; got != tt.skip {
			t.Errorf("%q: skipped as automatic = %v, want %v", tt.body, got, tt.skip)
		}
	}
}

// TestLexiconLanguageCodes: every built-in lexicon is filed under a
// two-letter ISO 639-1 code.
func TestLexiconLanguageCodes(t *testing.T) {
	for code := range builtinLexicons {
		if len(code) != 2 || code[0] < 'a' || code[0] > 'z' || code[1] < 'a' || code[1] > 'z' {
			t.Errorf("lexicon %q is not filed under an ISO 639-1 code", code)
		}
	}
}

// TestRegistryWordSets: the word sets moved out of the readers' switch
// statements hold single lower-case words, as the tokeniser gives them, so
// no entry can silently never match.
func TestRegistryWordSets(t *testing.T) {
	sets := map[string]*wordSet{
		"intentContractions": intentContractions, "intentSubjects": intentSubjects, "shrugWords": shrugWords,
		"secondPerson": secondPerson, "requestConjunctions": requestConjunctions, "needVerbs": needVerbs,
		"smallTalkAux": smallTalkAux, "anyOpeners": anyOpeners, "notSubjects": notSubjects,
		"learningVerbs": learningVerbs, "whetherWords": whetherWords, "frameAgents": frameAgents,
		"workVerbs": workVerbs, "anaphoricSubjects": anaphoricSubjects, "notActionVerbs": notActionVerbs,
		"workingInfoVerbs": workingInfoVerbs, "exasperationOpeners": exasperationOpeners, "ventAlways": ventAlways,
		"ventEvery": ventEvery, "ventEveryNouns": ventEveryNouns, "ventHowManyWhat": ventHowManyWhat,
		"checkForWords": checkForWords, "happenedMotion": happenedMotion, "happenedParticle": happenedParticle,
		"effortSpendVerbs": effortSpendVerbs, "effortTakeVerbs": effortTakeVerbs, "effortSubjects": effortSubjects,
		"effortNouns": effortNouns, "effortOf": effortOf, "effortOfNouns": effortOfNouns,
		"effortSufficeModals": effortSufficeModals, "sufficeVerbs": sufficeVerbs, "negations": negations,
	}
	for name, s := range sets {
		if s.len() == 0 {
			t.Errorf("%s is empty", name)
		}
		for w := range s.all {
			if ws := words(w); len(ws) != 1 || ws[0] != w {
				t.Errorf("%s: %q is not one lower-case word (tokenised %q)", name, w, ws)
			}
		}
	}
	for name, m := range map[string]map[string]int{"timeUnits": timeUnits, "countNumbers": countNumbers} {
		for w := range m {
			if ws := words(w); len(ws) != 1 || ws[0] != w {
				t.Errorf("%s: %q is not one lower-case word (tokenised %q)", name, w, ws)
			}
		}
	}
}
