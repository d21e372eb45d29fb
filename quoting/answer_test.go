package quoting

import (
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/fivemin/fivemin/triage"
)

// TestAnswerKind: what/when/how-much questions get a placeholder for that
// answer; yes/no questions and requests keep the act's stock answer.
func TestAnswerKind(t *testing.T) {
	tests := []struct {
		text, act, want string
	}{
		// Amounts.
		{"What is the balance on our account?", "yes-no", answerAmount},
		{"How much do we still owe on the March invoice?", "info", answerAmount},
		{"Can you tell me what the total for the quarter was?", "yes-no", answerAmount},
		{"And how many payslips are left in our package?", "info", answerAmount},
		{"Wie hoch ist der offene Saldo?", "info", answerAmount},
		{"Quel est le montant de la dernière facture ?", "info", answerAmount},
		{"Par ailleurs, combien nous reste-t-il à payer ?", "info", answerAmount},
		{"¿Cuánto tenemos que pagar este trimestre?", "info", answerAmount},
		{"Hoeveel btw moeten wij nog betalen?", "info", answerAmount},
		{"Quanto dobbiamo ancora pagare?", "info", answerAmount},
		{"Qual é o valor em dívida?", "status", answerAmount},
		// Dates.
		{"When did you file the return?", "status", answerDate},
		{"Could you let me know when the payment went out?", "confirm", answerDate},
		{"What date is the next installment due?", "info", answerDate},
		{"Wann wurde die Zahlung überwiesen?", "status", answerDate},
		{"Quand avez-vous envoyé le dossier ?", "status", answerDate},
		// Other wh-questions.
		{"Which account should the refund go to?", "info", answerOther},
		{"Who is our contact at the bank now?", "yes-no", answerOther},
		{"Welche Unterlagen brauchen Sie noch?", "need-info", answerOther},
		{"Y otra cosa: ¿dónde dejo los recibos?", "info", answerOther},
		// Yes/no questions and requests: the act's own answer.
		{"Did you get the statements I sent?", "receipt", ""},
		{"Is it ok if I send what I have so far?", "yes-no", ""},
		{"Can you confirm the amount is the same as last time?", "confirm", ""}, // "confirm" + no wh-word
		{"Haben Sie die Belege erhalten?", "receipt", ""},
		{"Avez-vous bien reçu les relevés ?", "receipt", ""},
		{"Is this what you need from us?", "need-info", ""}, // "what" not opening the question
		// Acts whose stock answer already fits keep it.
		{"When is the filing deadline?", "date", ""},
		{"When can we meet next week?", "schedule", ""},
		{"Could you send me what you have?", "send", ""},
	}
	for _, tt := range tests {
		if got := answerKind(tt.text, tt.act); got != tt.want {
			t.Errorf("answerKind(%q, %s) = %q, want %q", tt.text, tt.act, got, tt.want)
		}
	}
}

func TestHoursWord(t *testing.T) {
	tests := []struct {
		lang    string
		minutes int
		want    string
	}{
		{"en", 60, "hour"}, {"en", 90, "hours"}, {"en", 120, "hours"},
		{"de", 60, "Stunde"}, {"de", 150, "Stunden"},
		{"fr", 90, "heure"}, {"fr", 120, "heures"}, // French: singular below two
		{"pt", 90, "hora"}, {"pt", 180, "horas"},
		{"es", 90, "horas"}, {"it", 60, "ora"}, {"it", 120, "ore"}, {"nl", 120, "uur"},
		{"sv", 60, "hour"}, // no templates: English
	}
	for _, tt := range tests {
		if got := hoursWord(tt.lang, tt.minutes); got != tt.want {
			t.Errorf("hoursWord(%s, %d) = %q, want %q", tt.lang, tt.minutes, got, tt.want)
		}
	}
}

// TestTemplateChoice: the client's language when there are templates for
// it, else the firm's, else English; a tier's variant in that language
// when it exists, else the language's plain wording.
func TestTemplateChoice(t *testing.T) {
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(d.Languages("reply"), ","); got != "de,es,fr,it,nl,pt" {
		t.Errorf("reply languages = %s", got)
	}
	if got := strings.Join(d.Languages("followup"), ","); got != "de,es,fr,it,nl,pt" {
		t.Errorf("followup languages = %s", got)
	}
	tests := []struct {
		kind, variant string
		lenient       bool
		client, firm  string
		want, lang    string
	}{
		{"reply", "", false, "de", "en", "reply.de", "de"},
		{"reply", "", false, "fr", "en", "reply.fr", "fr"},
		{"reply", "", false, "es", "en", "reply.es", "es"},
		{"reply", "", false, "nl", "en", "reply.nl", "nl"},
		{"reply", "", false, "it", "en", "reply.it", "it"},
		{"reply", "", false, "pt", "en", "reply.pt", "pt"},
		{"reply", "", false, "en", "de", "reply", "en"},    // an English client of a German firm
		{"reply", "", false, "", "de", "reply.de", "de"},   // language unknown: the firm's
		{"reply", "", false, "sv", "fr", "reply.fr", "fr"}, // no Swedish templates: the firm's
		{"reply", "", false, "sv", "sv", "reply", "en"},    // neither: English
		{"reply", "warm", false, "de", "en", "reply.warm.de", "de"},
		{"reply", "upfront", false, "it", "en", "reply.upfront.it", "it"},
		{"reply", "warm", false, "en", "en", "reply.warm", "en"},
		{"followup", "", true, "nl", "en", "followup.nl", "nl"},
		{"followup", "warm", true, "nl", "en", "followup.nl", "nl"}, // no follow-up variants: plain
		{"followup", "warm", true, "", "en", "followup", "en"},
	}
	for _, tt := range tests {
		name, lang, err := d.pick(tt.kind, tt.variant, tt.lenient, tt.client, tt.firm)
		if err != nil || name != tt.want || lang != tt.lang {
			t.Errorf("pick(%s, %q, client %q, firm %q) = %s, %s, %v; want %s, %s", tt.kind, tt.variant, tt.client, tt.firm, name, lang, err, tt.want, tt.lang)
		}
	}
	if _, _, err := d.pick("reply", "nosuch", false, "de", "en"); err == nil || !strings.Contains(err.Error(), "upfront, warm") {
		t.Errorf("unknown variant: err = %v", err)
	}
}

// TestTemplateLanguageOverrides: a firm's directory may replace or add
// templates per language; a variant that exists only in English falls
// back to the client language's plain wording.
func TestTemplateLanguageOverrides(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("reply.fr.txt.tmpl", "{{template \"greeting\" .}}\nTexte du cabinet.\n{{template \"closing\" .}}\n{{template \"signature\" .}}\n")
	write("reply.vip.txt.tmpl", "Dear {{.ClientName}}, VIP wording.\n")
	d, err := NewDrafter(dir)
	if err != nil {
		t.Fatal(err)
	}
	if v := strings.Join(d.Variants("reply"), ","); v != "upfront,vip,warm" {
		t.Errorf("variants = %s", v)
	}
	res := &triage.Result{
		MessageID: "m@client.test", From: &mail.Address{Name: "Luc Girard", Address: "luc@atelier.test"},
		Subject: "Question", FreeMinutes: 5, Language: "fr",
		Questions: []triage.Question{{Text: "Avez-vous reçu mon dossier ?", Kind: triage.Quick, Minutes: 1, Act: "receipt"}},
	}
	in := ReplyInput{Result: res, Source: "s", Now: testNow, Firm: Firm{Domain: "firm.test"},
		Rep: Rep{Name: "Carla", Address: "carla@firm.test"}, Format: NewFormatter(language.AmericanEnglish)}
	for _, tt := range []struct {
		variant, lang, want string
	}{
		{"", "fr", "Bonjour Luc Girard,\nTexte du cabinet.\nBien cordialement,\nCarla\n"},          // the firm's French wording, French blocks
		{"vip", "fr", "Bonjour Luc Girard,\nTexte du cabinet.\n"},                                  // no French VIP: plain French
		{"vip", "en", "Dear Luc, VIP wording.\n"},                                                  // English client: the VIP wording
		{"", "de", "Guten Tag Luc Girard,\n\n> Avez-vous reçu mon dossier ?\nJa, ist angekommen."}, // Language overrides triage's
	} {
		in.Variant, in.Language = tt.variant, tt.lang
		dr, err := d.Reply(in)
		if err != nil {
			t.Fatalf("%s/%s: %v", tt.variant, tt.lang, err)
		}
		if !strings.HasPrefix(dr.Text, tt.want) {
			t.Errorf("%s/%s: draft\n%s\nwant it to start with\n%s", tt.variant, tt.lang, dr.Text, tt.want)
		}
	}
}

// TestFollowUpLanguage: a follow-up is in the language of the quoted asks
// (the client's own words), formatted in that language's locale.
func TestFollowUpLanguage(t *testing.T) {
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	res := &triage.Result{
		MessageID: "m@client.test", From: &mail.Address{Name: "Marco Ferri", Address: "marco@ferri.test"},
		Subject: "Bilancio", FreeMinutes: 5,
		Questions: []triage.Question{{Text: "Potrebbe predisporre il bilancio del 2025 per l'assemblea dei soci?", Kind: triage.Paid, Minutes: 90}},
	}
	q, err := testRatesIn(t, "EUR").Price(res, For{Source: "fu"})
	if err != nil {
		t.Fatal(err)
	}
	in := FollowUpInput{Quote: q, Client: res.From, Subject: res.Subject, InReplyTo: "quote@firm.test", Source: "fu-1",
		Firm: Firm{Domain: "firm.test"}, Rep: Rep{Name: "Carla", Address: "carla@firm.test"},
		Format: NewFormatter(language.AmericanEnglish), ValidUntil: testNow.AddDate(0, 0, 30), Now: testNow, FreeMinutes: 5}
	dr, err := d.FollowUp(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Gentile Marco Ferri,", "Le scrivo per sapere se desidera che proceda",
		"Si tratta di 1,5 ore, 375,00\u00a0€ in totale", "valido fino a mercoledì 23 dicembre 2026", "Cordiali saluti,"} {
		if !strings.Contains(dr.Text, want) {
			t.Errorf("follow-up lacks %q:\n%s", want, dr.Text)
		}
	}
	in.Language = "en" // a caller that knows better
	if dr, err = d.FollowUp(in); err != nil || !strings.Contains(dr.Text, "Just checking whether you'd like me to go ahead") ||
		!strings.Contains(dr.Text, "Wednesday, December 23, 2026") {
		t.Errorf("English follow-up: %v\n%v", err, dr)
	}
}

// TestWrittenYesIsAccepted: the short written yes each language's draft
// asks for is one triage reads as accepting the quote.
func TestWrittenYesIsAccepted(t *testing.T) {
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	eng := triage.New(triage.DefaultConfig())
	for _, tt := range []struct{ lang, yes string }{
		{"en", "yes, go ahead"},
		{"de", "Ja, einverstanden"},
		{"fr", "Oui, allez-y"},
		{"es", "Sí, adelante"},
		{"nl", "Ja, akkoord"},
		{"it", "Sì, proceda"},
		{"pt", "Sim, pode avançar"},
	} {
		file := "clients/" + tt.lang + ".eml"
		if tt.lang == "en" {
			file = "triage/001.eml"
		}
		dr, _, _ := makeDraft(t, d, draftCase{name: "yes-" + tt.lang, file: file, cur: "EUR"})
		if !strings.Contains(dr.Text, tt.yes) {
			t.Errorf("%s draft does not suggest %q:\n%s", tt.lang, tt.yes, dr.Text)
		}
		if got := eng.ReadReply(tt.yes + ".").Decision; got != triage.Accepted {
			t.Errorf("%s: a reply %q is read as %q, want accepted", tt.lang, tt.yes, got)
		}
	}
}
