package triage

import (
	"strings"
	"testing"
)

// TestParseAddresses: triage reads From, Reply-To, To and Cc with the one
// address parser (package address), from the raw fields.
func TestParseAddresses(t *testing.T) {
	raw := msg("From: =?UTF-8?Q?Bob_<victim@other.test>?= <bob@client.test>\n"+
		"Reply-To: =?UTF-8?B?Qm9iDQpCY2M6IGV2aWxAYXR0YWNrZXIudGVzdA==?= <billing@client.test>\n"+
		"To: Team: rep@firm.test, \"Kim, Dana\" <dana@firm.test>;\n"+
		"Cc: =?UTF-8?Q?Carla_Bcc:?= <carla@client-a.test>, \"john doe\"@client.test\n"+
		"Subject: Hello\nContent-Type: text/plain\n", "Could you file the return?\r\n")
	p := Parse(strings.NewReader(raw), DefaultConfig().Limits)
	check := func(field string, got []string, want ...string) {
		t.Helper()
		if strings.Join(got, ", ") != strings.Join(want, ", ") {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	if p.From == nil {
		t.Fatalf("From unread: %v", p.Warnings)
	}
	check("From", []string{p.From.Name + "|" + p.From.Address}, "Bob <victim@other.test>|bob@client.test")
	var rt, to, cc []string
	for _, a := range p.ReplyTo {
		rt = append(rt, a.Name+"|"+a.Address)
	}
	for _, a := range p.To {
		to = append(to, a.Name+"|"+a.Address)
	}
	for _, a := range p.Cc {
		cc = append(cc, a.Name+"|"+a.Address)
	}
	check("Reply-To", rt, "Bob Bcc: evil@attacker.test|billing@client.test")
	check("To", to, "|rep@firm.test", "Kim, Dana|dana@firm.test")
	check("Cc", cc, "Carla Bcc:|carla@client-a.test", `|"john doe"@client.test`)
}

// TestUnreadableFromIsStillTriaged: a From without an address is a warning,
// not a lost message.
func TestUnreadableFromIsStillTriaged(t *testing.T) {
	raw := msg("From: =?UTF-8?Q?victim@other.test?=\nSubject: Hello\nContent-Type: text/plain\n",
		"Could you prepare the payroll report for March?\r\n")
	res := New(DefaultConfig()).AnalyzeBytes([]byte(raw))
	if res.From != nil {
		t.Fatalf("From = %v, want none (the only address is inside an encoded word)", res.From)
	}
	if !hasWarning(res.Warnings, "From unreadable") {
		t.Errorf("warnings %q lack the unreadable From", res.Warnings)
	}
	if res.Skip || len(res.Questions) != 1 {
		t.Errorf("skip=%v (%s), %d questions; want the ask triaged", res.Skip, res.SkipReason, len(res.Questions))
	}
}

// TestTextLimits: the text kept and the text classified are bounded, with
// warnings, and a character cut by the limit does not turn the text into
// windows-1252.
func TestTextLimits(t *testing.T) {
	body := "Could you check the March invoices? " + strings.Repeat("é", 5000) + "\r\n"
	lim := DefaultConfig().Limits
	lim.MaxTextBytes = 1001 // inside an "é"
	p := Parse(strings.NewReader(msg("From: a@client.test\nContent-Type: text/plain; charset=utf-8\n", body)), lim)
	if len(p.Text) > 1001 || !strings.HasPrefix(p.Text, "Could you check") {
		t.Errorf("text is %d bytes, want at most 1001 from the start", len(p.Text))
	}
	if !hasWarning(p.Warnings, "only that much read") || hasWarning(p.Warnings, "windows-1252") {
		t.Errorf("warnings = %q", p.Warnings)
	}

	cfg := DefaultConfig()
	cfg.Limits.MaxAskBytes = 2000
	long := "Could you reconcile the ledger? " + strings.Repeat("invoice paid by transfer ", 4000)
	res := New(cfg).AnalyzeBytes([]byte(msg("From: a@client.test\nContent-Type: text/plain\n", long+"\r\n")))
	if len(res.NewText) > 2000 {
		t.Errorf("new text is %d bytes, want at most 2000", len(res.NewText))
	}
	if !hasWarning(res.Warnings, "only the first") {
		t.Errorf("warnings = %q", res.Warnings)
	}
	for _, q := range res.Questions {
		if len(q.Text) > maxAskText+len(" …") {
			t.Errorf("ask of %d bytes, want at most %d", len(q.Text), maxAskText)
		}
	}
	if len(res.Questions) == 0 {
		t.Error("no ask found in the first bytes")
	}
}

func hasWarning(ws []string, sub string) bool {
	for _, w := range ws {
		if strings.Contains(w, sub) {
			return true
		}
	}
	return false
}
