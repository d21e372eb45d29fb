package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	gomsgmail "github.com/emersion/go-message/mail"
)

// germanMail is a client email written for this test: German new text
// above an English quoted history.
const germanMail = "From: Jonas Weber <jonas@weber-holz.test>\r\n" +
	"To: Carla Nunes <carla@tidewaterbooks.test>\r\n" +
	"Subject: Re: Jahresabschluss\r\n" +
	"Date: Tue, 10 Nov 2026 09:30:00 +0100\r\n" +
	"Message-ID: <jw-1@weber-holz.test>\r\n" +
	"In-Reply-To: <cn-1@tidewaterbooks.test>\r\n" +
	"Content-Type: text/plain; charset=utf-8\r\n" +
	"\r\n" +
	"Guten Tag Frau Nunes,\r\n\r\n" +
	"vielen Dank für Ihre Nachricht. Könnten Sie bitte berechnen, wie viel Umsatzsteuer wir für 2025 nachzahlen müssen? " +
	"Und wie hoch ist der offene Saldo auf unserem Konto?\r\n\r\n" +
	"Mit freundlichen Grüßen\r\nJonas Weber\r\n\r\n" +
	"On Mon, 9 Nov 2026 at 16:00, Carla Nunes wrote:\r\n" +
	"> Hi Jonas, the documents you sent have arrived. Let me know what else you need.\r\n"

// TestTriageJSONLanguage: --json names the language of the client's new
// text and prints that new text without the quoted history.
func TestTriageJSONLanguage(t *testing.T) {
	code, out, errs := run(t, context.Background(), germanMail, "triage", "--json", "-",
		filepath.Join(corpusDir, "triage/022.eml"), filepath.Join(corpusDir, "triage/005.eml"))
	if code != 0 {
		t.Fatalf("code %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), out)
	}
	tests := []struct {
		lang, has, hasNot string
	}{
		{"de", "Könnten Sie bitte berechnen", "documents you sent"},
		{"fr", "Pouvez-vous me dire", ""},
		{"en", "Can you confirm the amount", "The September payment went out"},
	}
	for i, tt := range tests {
		var o struct {
			Language *string `json:"language"`
			NewText  *string `json:"new_text"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &o); err != nil {
			t.Fatal(err)
		}
		if o.Language == nil || *o.Language != tt.lang {
			t.Errorf("line %d: language = %v, want %q", i, o.Language, tt.lang)
		}
		if o.NewText == nil || !strings.Contains(*o.NewText, tt.has) || (tt.hasNot != "" && strings.Contains(*o.NewText, tt.hasNot)) {
			t.Errorf("line %d: new_text = %q, want it to hold %q and not %q", i, derefOr(o.NewText), tt.has, tt.hasNot)
		}
	}
}

func derefOr(s *string) string {
	if s == nil {
		return "<missing>"
	}
	return *s
}

// TestDraftInClientLanguage is the whole path for a German client of a firm
// that bills in euros and writes en-IE: triage detects German, the draft is
// written from the German templates, and money, hours and dates follow
// German conventions (de-DE), in the firm's currency.
func TestDraftInClientLanguage(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "fivemin.toml")
	if err := os.WriteFile(cfg, []byte(`[firm]
name = "Nunes & Partner"
domain = "nunes.example"
currency = "EUR"
locale = "en-IE"

[rates]
default = "120.00"

[[rep]]
name = "Carla Nunes"
address = "carla@nunes.example"
[rep.imap]
host = "imap.nunes.example"
password_env = "CARLA_PW"
`), 0o600); err != nil {
		t.Fatal(err)
	}
	mailFile := filepath.Join(dir, "de.eml")
	if err := os.WriteFile(mailFile, []byte(germanMail), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, context.Background(), "", "draft", "--config", cfg, mailFile)
	if code != 0 {
		t.Fatalf("draft: code %d: %s", code, errs)
	}
	mr, err := gomsgmail.CreateReader(strings.NewReader(out))
	if err != nil {
		t.Fatalf("draft does not parse: %v\n%s", err, out)
	}
	part, err := mr.NextPart()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(part.Body)
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	const nb = "\u00a0"
	for _, want := range []string{
		"Guten Tag Jonas Weber,",
		"> Und wie hoch ist der offene Saldo auf unserem Konto?\n[Betrag.]", // a how-much question: no yes/no
		"- Könnten Sie bitte berechnen, wie viel Umsatzsteuer wir für 2025 nachzahlen müssen?\n  ca. 1 Std.: 120,00" + nb + "€",
		"benötige ich 1 Stunde zu 120,00" + nb + "€ pro Stunde (insgesamt 120,00" + nb + "€).",
		"Bitte lassen Sie mich wissen, ob ich damit beginnen soll.",
		"Mit freundlichen Grüßen\nCarla Nunes",
		"Am Di., 10. Nov. 2026 um 09:30 schrieb Jonas Weber:",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("draft lacks %q:\n%s", want, text)
		}
	}
	// The quote's last day, however far from today, is a German date.
	if !regexp.MustCompile(`Dieses Angebot gilt bis (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}\.`).MatchString(text) {
		t.Errorf("no German validity date:\n%s", text)
	}
	ours, _, _ := strings.Cut(text, "Am Di., 10. Nov.") // above the client's quoted mail
	for _, english := range []string{"Hi ", "Please let me know", "hour", "$"} {
		if strings.Contains(ours, english) {
			t.Errorf("English wording %q in the German draft:\n%s", english, text)
		}
	}
}

// TestTriageSummaryLanguage: the readable summary names the language too.
func TestTriageSummaryLanguage(t *testing.T) {
	code, out, errs := run(t, context.Background(), germanMail, "triage", "-")
	if code != 0 || !strings.Contains(out, "\n  lang:    de\n") {
		t.Errorf("code %d, stderr %q, output:\n%s", code, errs, out)
	}
}
