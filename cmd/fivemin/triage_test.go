package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
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
	"vielen Dank für Ihre Nachricht. Könnten Sie bitte den Jahresabschluss für 2025 erstellen? " +
	"Und wann ist die Frist für die Umsatzsteuer?\r\n\r\n" +
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
		{"de", "Könnten Sie bitte den Jahresabschluss", "documents you sent"},
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
