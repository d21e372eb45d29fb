package triage

import (
	"strings"
	"testing"
)

// TestResultLanguage: the language is the client's new text's, not the
// quoted history's; the subject decides only when the text cannot.
func TestResultLanguage(t *testing.T) {
	msg := func(subject, body string) []byte {
		return []byte("From: Ana Sousa <ana@sousa.test>\r\nTo: rep@firm.test\r\nSubject: " + subject +
			"\r\nMessage-ID: <a1@sousa.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body)
	}
	tests := []struct {
		name, subject, body, want string
	}{
		{"pt over English history", "Re: Balance sheet",
			"Bom dia, pode preparar o balanço de 2025? Obrigada.\r\n\r\nOn Mon, 2 Nov 2026 at 10:00, Rep wrote:\r\n> Hi Ana, here is the statement you asked for. Let me know if there is anything else.\r\n", "pt"},
		{"subject decides a bare line", "Frage zur Rechnung", "OK?\r\n", "de"},
		{"nothing to tell", "2026", "OK\r\n", ""},
	}
	e := New(DefaultConfig())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.AnalyzeBytes(msg(tt.subject, tt.body)).Language; got != tt.want {
				t.Errorf("Language = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSkippedOnHeadersKeepsText: mail skipped on its headers alone still
// reports what the sender wrote and in which language, so an operator can
// see why it was skipped; the skip itself does not change.
func TestSkippedOnHeadersKeepsText(t *testing.T) {
	tests := []struct {
		name, headers, body string
		reason              SkipReason
		lang, text          string
	}{
		{"German away message", "Auto-Submitted: auto-replied\r\nSubject: Abwesenheitsnotiz\r\n",
			"Guten Tag, ich bin bis zum 14. Januar nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin.\r\n",
			SkipAuto, "de", "bis zum 14. Januar nicht im Büro"},
		{"French newsletter", "List-Id: <news.cabinet.test>\r\nList-Unsubscribe: <mailto:off@cabinet.test>\r\nPrecedence: bulk\r\nSubject: Lettre d'information de décembre\r\n",
			"Bonjour à tous, voici les nouveautés fiscales du mois et les dates à retenir pour la déclaration de TVA de fin d'année.\r\n",
			SkipBulk, "fr", "les nouveautés fiscales du mois"},
		{"English bounce", "Subject: Undelivered Mail Returned to Sender\r\n",
			"This is the mail system at host mx.example.net. I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\r\n",
			"", "en", "could not be delivered"},
	}
	e := New(DefaultConfig())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from := "Lena Vogt <lena@vogt.test>"
			if tt.reason == "" {
				from = "MAILER-DAEMON@mx.example.net (Mail Delivery System)"
			}
			raw := "From: " + from + "\r\nTo: rep@firm.test\r\nMessage-ID: <s1@vogt.test>\r\n" + tt.headers +
				"Content-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body
			res := e.AnalyzeBytes([]byte(raw))
			if !res.Skip || (tt.reason != "" && res.SkipReason != tt.reason) {
				t.Fatalf("skip = %v %q, want a skip %q", res.Skip, res.SkipReason, tt.reason)
			}
			if res.Language != tt.lang {
				t.Errorf("Language = %q, want %q", res.Language, tt.lang)
			}
			if !strings.Contains(res.NewText, tt.text) {
				t.Errorf("NewText = %q, want it to hold %q", res.NewText, tt.text)
			}
		})
	}
}
