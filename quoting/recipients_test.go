package quoting

import (
	"net/mail"
	"strings"
	"testing"

	"github.com/fivemin/fivemin/triage"
	"golang.org/x/text/language"
)

// recipientsMail is a client message with the given extra header lines,
// read by triage as the pipeline reads it.
func recipientsMail(t *testing.T, headers string) *triage.Result {
	t.Helper()
	raw := "From: Tom Baxter <tom@baxterjoinery.test>\r\n" + headers +
		"Subject: Year-end figures\r\nMessage-ID: <yr-1@baxterjoinery.test>\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\n\r\n" +
		"Could you send me the draft accounts by Friday?\r\n"
	res := triage.New(triage.DefaultConfig()).AnalyzeBytes([]byte(raw))
	if res.From == nil {
		t.Fatal("test mail has no From")
	}
	return res
}

func TestReplyRecipients(t *testing.T) {
	const rep = "Carla@TidewaterBooks.test"
	own := []string{"tidewaterbooks.test", "tidewater-payroll.test"}
	cases := []struct {
		name    string
		headers string
		to      string
		cc      []string
		note    bool
	}{
		{"only the rep addressed", "To: carla@tidewaterbooks.test\r\n", "tom@baxterjoinery.test", nil, false},
		{"others stay on Cc, in order, once",
			"To: Carla <carla@tidewaterbooks.test>, Ann Baxter <ann@baxterjoinery.test>\r\nCc: lawyer@smithlaw.test, ANN@baxterjoinery.test, \"Tom\" <tom@baxterjoinery.test>\r\n",
			"tom@baxterjoinery.test", []string{"ann@baxterjoinery.test", "lawyer@smithlaw.test"}, false},
		{"the firm's people are not copied (own domains, subdomains)",
			"To: carla@tidewaterbooks.test, office@tidewaterbooks.test\r\nCc: ben@mail.tidewater-payroll.test, ann@baxterjoinery.test\r\n",
			"tom@baxterjoinery.test", []string{"ann@baxterjoinery.test"}, false},
		{"Reply-To in the sender's domain is followed quietly",
			"Reply-To: accounts@baxterjoinery.test\r\nTo: carla@tidewaterbooks.test\r\n", "accounts@baxterjoinery.test", nil, false},
		{"Reply-To in another domain is followed with a note",
			"Reply-To: Billing <billing@payhub-mail.test>\r\nTo: carla@tidewaterbooks.test\r\n", "billing@payhub-mail.test", nil, true},
		{"Reply-To pointing at the rep is ignored",
			"Reply-To: carla@tidewaterbooks.test\r\nTo: carla@tidewaterbooks.test\r\n", "tom@baxterjoinery.test", nil, false},
		{"Reply-To at the firm is ignored too",
			"Reply-To: office@tidewaterbooks.test\r\nTo: carla@tidewaterbooks.test\r\n", "tom@baxterjoinery.test", nil, false},
		{"Reply-To the sender itself",
			"Reply-To: TOM@baxterjoinery.test\r\nTo: carla@tidewaterbooks.test\r\nCc: tom@baxterjoinery.test\r\n", "TOM@baxterjoinery.test", nil, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := ReplyRecipients(recipientsMail(t, tc.headers), rep, own)
			if r.To == nil || r.To.Address != tc.to {
				t.Errorf("To %v, want %s", r.To, tc.to)
			}
			var cc []string
			for _, a := range r.Cc {
				cc = append(cc, strings.ToLower(a.Address))
			}
			if strings.Join(cc, ",") != strings.Join(tc.cc, ",") {
				t.Errorf("Cc %v, want %v", cc, tc.cc)
			}
			if (r.Note != "") != tc.note {
				t.Errorf("note %q, want one: %v", r.Note, tc.note)
			}
			if r.Note != "" && (!strings.HasPrefix(r.Note, "[") || !strings.HasSuffix(r.Note, "]") || !strings.Contains(r.Note, tc.to)) {
				t.Errorf("note %q is not a bracketed line naming %s", r.Note, tc.to)
			}
		})
	}
}

// The draft carries the Cc line and puts the note for the rep at the top of
// the body, but Draft.Text (compared with what was sent) stays the reply.
func TestReplyDraftCcAndNote(t *testing.T) {
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	res := recipientsMail(t, "Reply-To: billing@payhub-mail.test\r\nTo: carla@tidewaterbooks.test\r\nCc: Ann Baxter <ann@baxterjoinery.test>, office@tidewaterbooks.test\r\n")
	dr, err := d.Reply(ReplyInput{Result: res, Source: "token-cc", Firm: Firm{Name: "Tidewater Books", Domain: "tidewaterbooks.test", OwnDomains: []string{"tidewaterbooks.test"}},
		Rep: Rep{Name: "Carla Nunes", Address: "carla@tidewaterbooks.test"}, Format: NewFormatter(language.AmericanEnglish), Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	p := parseDraft(t, dr.Raw)
	to, _ := p.h.AddressList("To")
	cc, _ := p.h.AddressList("Cc")
	if len(to) != 1 || to[0].Address != "billing@payhub-mail.test" {
		t.Errorf("To %v", to)
	}
	if len(cc) != 1 || cc[0].Address != "ann@baxterjoinery.test" || cc[0].Name != "Ann Baxter" {
		t.Errorf("Cc %v", cc)
	}
	if !strings.HasPrefix(p.text, "[Check the recipient:") {
		t.Errorf("body does not start with the note:\n%s", p.text)
	}
	if strings.Contains(dr.Text, "Check the recipient") {
		t.Errorf("Draft.Text carries the note")
	}
}

// relayedMail is a contact-form message: From the firm's own website, the
// client who filled in the form in Reply-To.
func relayedMail(t *testing.T, extra string) *triage.Result {
	t.Helper()
	raw := "From: Website <wordpress@tidewaterbooks.test>\r\nReply-To: Nina Park <nina@parkdesign.test>\r\n" + extra +
		"To: carla@tidewaterbooks.test\r\nSubject: New enquiry from the website\r\nMessage-ID: <form-1@tidewaterbooks.test>\r\n" +
		"Date: Mon, 02 Mar 2026 09:00:00 +0000\r\n\r\nMessage:\r\nCould you tell me which VAT scheme suits a small design studio?\r\n"
	return triage.New(triage.DefaultConfig()).AnalyzeBytes([]byte(raw))
}

func TestRelayedRecipients(t *testing.T) {
	const rep = "carla@tidewaterbooks.test"
	own := []string{"tidewaterbooks.test"}
	cases := []struct {
		name     string
		extra    string
		client   *mail.Address
		to, note string // note: a part the note must hold; "" = any note
		cc       []string
	}{
		{"the client is addressed, with a note naming relay and client", "",
			&mail.Address{Name: "Nina Park", Address: "nina@parkdesign.test"}, "nina@parkdesign.test",
			"relayed by wordpress@tidewaterbooks.test; replying to the address it gave, nina@parkdesign.test.", nil},
		{"others the form copied stay on Cc, the firm does not", "Cc: office@tidewaterbooks.test, sam@parkdesign.test\r\n",
			&mail.Address{Address: "nina@parkdesign.test"}, "nina@parkdesign.test", "", []string{"sam@parkdesign.test"}},
		{"line breaks and brackets in the address stay out of the note", "",
			&mail.Address{Address: "nina]\r\nBcc: x@evil.test [@parkdesign.test"}, "nina]\r\nBcc: x@evil.test [@parkdesign.test", "", nil},
		{"a client at the firm falls back to the ordinary reply (the form's Reply-To)", "",
			&mail.Address{Address: "office@tidewaterbooks.test"}, "nina@parkdesign.test", "another domain", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := RelayedRecipients(relayedMail(t, tc.extra), tc.client, rep, own)
			if r.To == nil || r.To.Address != tc.to {
				t.Fatalf("To %v, want %q", r.To, tc.to)
			}
			var cc []string
			for _, a := range r.Cc {
				cc = append(cc, a.Address)
			}
			if strings.Join(cc, ",") != strings.Join(tc.cc, ",") {
				t.Errorf("Cc %v, want %v", cc, tc.cc)
			}
			if !strings.HasPrefix(r.Note, "[Check the recipient: ") || !strings.HasSuffix(r.Note, "]") || !strings.Contains(r.Note, tc.note) {
				t.Errorf("note %q: want a bracketed check note holding %q", r.Note, tc.note)
			}
			if strings.ContainsAny(r.Note, "\r\n") || strings.Count(r.Note, "[") != 1 || strings.Count(r.Note, "]") != 1 {
				t.Errorf("note %q is not one bracketed line", r.Note)
			}
		})
	}
}

// A relayed client's draft greets and addresses the client, not the form,
// with the note on top for the rep.
func TestReplyDraftRelayed(t *testing.T) {
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	res := relayedMail(t, "")
	client := &mail.Address{Name: "Nina Park", Address: "nina@parkdesign.test"}
	in := ReplyInput{Result: res, Source: "token-relay", Firm: Firm{Name: "Tidewater Books", Domain: "tidewaterbooks.test", OwnDomains: []string{"tidewaterbooks.test"}},
		Rep: Rep{Name: "Carla Nunes", Address: "carla@tidewaterbooks.test"}, Format: NewFormatter(language.AmericanEnglish), Now: testNow, RelayedClient: client}
	dr, err := d.Reply(in)
	if err != nil {
		t.Fatal(err)
	}
	p := parseDraft(t, dr.Raw)
	to, _ := p.h.AddressList("To")
	if len(to) != 1 || to[0].Address != "nina@parkdesign.test" {
		t.Errorf("To %v", to)
	}
	if !strings.HasPrefix(p.text, "[Check the recipient: relayed by wordpress@tidewaterbooks.test;") {
		t.Errorf("body does not start with the relay note:\n%s", p.text)
	}
	if !strings.Contains(dr.Text, "Nina") || strings.Contains(dr.Text, "Dear Website") || strings.Contains(dr.Text, "Hi Website") {
		t.Errorf("draft does not greet the client:\n%s", dr.Text)
	}
}
