package lang

import (
	"slices"
	"strings"
	"testing"
)

// Sentences written for these tests: the kind of thing a client writes to
// an accountant, bookkeeper or consultant.
func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Whole emails.
		{"en", "Hi Sam, could you send me the invoice for March? I also need the VAT figures before Friday. Thanks!", "en"},
		{"de", "Guten Tag Frau Berger, könnten Sie mir bitte die Rechnung für März schicken? Ich brauche außerdem die Zahlen zur Umsatzsteuer bis Freitag. Vielen Dank!", "de"},
		{"fr", "Bonjour Monsieur Girard, pourriez-vous m'envoyer la facture de mars ? J'aurais aussi besoin des chiffres de TVA avant vendredi. Merci d'avance.", "fr"},
		{"es", "Hola Lucía, ¿me podría enviar la factura de marzo? También necesito las cifras del IVA antes del viernes. Muchas gracias.", "es"},
		{"nl", "Beste Joost, kunt u mij de factuur van maart sturen? Ik heb ook de btw-cijfers nodig voor vrijdag. Alvast bedankt!", "nl"},
		{"it", "Buongiorno dottor Ferri, potrebbe inviarmi la fattura di marzo? Mi servono anche i dati dell'IVA entro venerdì. Grazie mille.", "it"},
		{"pt", "Olá Joana, pode enviar-me a fatura de março? Também preciso dos valores do IVA até sexta-feira. Muito obrigado.", "pt"},
		{"pt-BR", "Oi Marcos, você poderia me mandar a nota fiscal de março? Preciso também dos números do imposto até sexta. Obrigada!", "pt"},

		// Short texts: one line, a greeting, a thank-you.
		{"en short", "Can you check this?", "en"},
		{"en go-ahead", "Sounds good, go ahead.", "en"},
		{"de short", "Ist das so richtig?", "de"},
		{"fr short", "C'est bien reçu, merci.", "fr"},
		{"es short", "¿Cuándo vence el plazo?", "es"},
		{"nl short", "Is dat nog nodig?", "nl"},
		{"it short", "Va bene così, grazie.", "it"},
		{"pt short", "Não recebi o documento.", "pt"},
		{"de one word", "Danke!", "de"},
		{"fr one word", "Merci", "fr"},
		{"es one word", "Gracias", "es"},
		{"nl one word", "Bedankt", "nl"},
		{"it one word", "Grazie", "it"},
		{"pt one word", "Obrigada", "pt"},
		{"de nouns only", "Jahresabrechnung und Steuererklärung", "de"},
		{"es accent only", "Declaración trimestral del año", "es"},

		// Mixed: the language of most of the text decides.
		{"de with an English line", "Hallo Herr Krause,\nich hoffe, es geht Ihnen gut. Wir haben die Unterlagen für das letzte Quartal hochgeladen und bitten Sie, die Buchhaltung bis Ende des Monats abzuschließen.\nPlease confirm.\nViele Grüße", "de"},
		{"en quoting a French phrase", "Hi Claire, the bank wrote \"merci de nous transmettre le bilan\" in their letter. Can you prepare the balance sheet they are asking for and send it to me by next week? Thanks.", "en"},
		{"fr with English terms", "Bonjour, le cash flow du Q3 est-il prêt ? Nous avons besoin du forecast pour la réunion de lundi.", "fr"},
		{"nl mostly, English sign-off", "Goedemorgen, wij hebben de jaarrekening ontvangen maar de cijfers van de tweede helft ontbreken nog. Kunt u die toevoegen?\nBest regards", "nl"},

		// Other languages and scripts.
		{"sv", "Hej, kan du skicka fakturan till mig? Tack och vänliga hälsningar.", "sv"},
		{"pl", "Dzień dobry, czy mogę prosić o przesłanie faktury? Pozdrawiam.", "pl"},
		{"ru", "Здравствуйте, пришлите, пожалуйста, счёт за март.", "ru"},
		{"uk", "Добрий день, надішліть, будь ласка, рахунок і акт.", "uk"},
		{"el", "Καλημέρα, μπορείτε να μου στείλετε το τιμολόγιο;", "el"},
		{"ja", "請求書を送っていただけますか。よろしくお願いします。", "ja"},
		{"zh", "请把三月的发票发给我，谢谢。", "zh"},
		{"ko", "3월 청구서를 보내 주시겠어요?", "ko"},

		// Too little to say.
		{"empty", "", ""},
		{"number", "2025-03-31 / 1.250,00", ""},
		{"name", "Dana Kim", ""},
		{"German and Dutch alike", "Hallo", ""},
		{"OK is everybody's", "OK", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				sc, _, _ := score(tt.text)
				t.Errorf("Detect(%q) = %q, want %q (scores %v)", tt.text, got, tt.want, sc)
			}
		})
	}
}

// TestDetectMajorityByLength: the language with more of the text wins,
// whichever comes first.
func TestDetectMajorityByLength(t *testing.T) {
	longDE := "Wir möchten Sie bitten, den Jahresabschluss für unsere Firma vorzubereiten und uns dann einen Termin vorzuschlagen."
	shortEN := "Thanks a lot."
	longEN := "We would like you to prepare the annual accounts for our company and then suggest a date for a meeting with us."
	shortDE := "Vielen Dank."
	for _, tt := range []struct{ text, want string }{
		{shortEN + "\n" + longDE, "de"},
		{longDE + "\n" + shortEN, "de"},
		{shortDE + "\n" + longEN, "en"},
		{longEN + "\n" + shortDE, "en"},
	} {
		if got := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestElision: French and Italian elided words count as the words they
// are, not as English contractions.
func TestElision(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"J'aimerais qu'il l'envoie.", "fr"},
		{"Dell'anno scorso c'è poco.", "it"},
		{"It's what we don't have.", "en"},
	} {
		if got := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestWordTableWeights(t *testing.T) {
	// "und" is German only; "de" is shared by several languages.
	if s := wordTable["und"]; s == nil || s[de] != uniqueWeight || s[en] != 0 {
		t.Errorf(`"und" = %v, want German only at %d`, s, uniqueWeight)
	}
	if s := wordTable["de"]; s == nil || s[fr] != sharedWeight || s[es] != sharedWeight || s[de] != 0 {
		t.Errorf(`"de" = %v, want shared by fr, es ...`, s)
	}
	// A word listed twice for one language stays unique to it.
	if s := wordTable["morgen"]; s == nil || s[de] != sharedWeight || s[nl] != sharedWeight {
		t.Errorf(`"morgen" = %v, want shared by de and nl`, s)
	}
	for l, list := range stopWords {
		if strings.TrimSpace(list) == "" {
			t.Errorf("no words for %s", Languages[l])
		}
	}
	if len(Languages) != nLang {
		t.Errorf("Languages has %d codes, want %d", len(Languages), nLang)
	}
}

// TestLetterWeights: a letter only some languages use points to them; a
// letter everybody uses points nowhere.
func TestLetterWeights(t *testing.T) {
	for _, tt := range []struct {
		letter rune
		want   []int // the languages with the top weight
	}{
		{'ß', []int{de}},
		{'ñ', []int{es}},
		{'õ', []int{pt}},
		{'œ', []int{fr}},
		{'ç', []int{fr, pt}},
		{'ò', []int{it}},
		{'å', []int{sv, da, nb}},
		{'æ', []int{da, nb}},
		{'ł', []int{pl}},
		{'ệ', []int{vi}},
		{'é', nil},
		{'a', nil},
	} {
		var sc scores
		addLetter(&sc, tt.letter)
		var top []int
		for l, v := range sc {
			switch {
			case v == 0:
			case len(top) == 0 || v > sc[top[0]]:
				top = []int{l}
			case v == sc[top[0]]:
				top = append(top, l)
			}
		}
		if !slices.Equal(top, tt.want) {
			t.Errorf("addLetter(%q): top languages %v, want %v", tt.letter, top, tt.want)
		}
	}
}

// TestLongWordCut: a word longer than the word buffer is cut, and the
// words after it still count.
func TestLongWordCut(t *testing.T) {
	for _, text := range []string{
		"Die " + strings.Repeat("x", 100) + " und der Bericht",
		"Die " + strings.Repeat("x", 63) + "'" + strings.Repeat("y", 40) + " und der Bericht",
		"Die " + strings.Repeat("ü", 40) + " und der Bericht",
	} {
		if got := Detect(text); got != "de" {
			t.Errorf("Detect(%.20q...) = %q, want de", text, got)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	text := "Guten Tag Frau Berger, könnten Sie mir bitte die Rechnung für März schicken? Ich brauche außerdem die Zahlen zur Umsatzsteuer bis Freitag. Vielen Dank!\nPlease also check the attached statement."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if Detect(text) != "de" {
			b.Fatal("wrong language")
		}
	}
}

// FuzzDetect: any text, valid UTF-8 or not, gives a known code or "".
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "Danke!", "l'", "qu'\xff", "J'aimerais qu'il l'envoie.", "日本語とEnglish", strings.Repeat("a", 200), "’’’"} {
		f.Add(s)
	}
	known := map[string]bool{"": true, "ru": true, "uk": true, "el": true, "ar": true, "he": true, "ja": true, "ko": true, "zh": true, "th": true, "hi": true}
	for _, c := range Languages {
		known[c] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := Detect(s); !known[got] {
			t.Fatalf("Detect(%q) = %q, not a known code", s, got)
		}
	})
}

// TestTableBloomHoldsEveryWord: the bloom in front of the word table
// never turns away a listed word.
func TestTableBloomHoldsEveryWord(t *testing.T) {
	for w := range wordTable {
		if !tableBloom.MayHoldBytes([]byte(w)) {
			t.Errorf("%q turned away", w)
		}
	}
	if tableBloom.MayHoldBytes(nil) {
		t.Error("the empty word is in no list")
	}
}
