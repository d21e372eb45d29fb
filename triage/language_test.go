package triage

import "testing"

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
