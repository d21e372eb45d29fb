package quoting

import (
	"bytes"
	"fmt"
	"net/mail"
	"strings"
	"testing"

	"github.com/emersion/go-message"
	"golang.org/x/text/language"

	"github.com/fivemin/fivemin/triage"
	"github.com/fivemin/fivemin/triage/address"
)

// draftFor triages raw and drafts its reply as the app does.
func draftWithHistory(t *testing.T, raw []byte, historyBytes int) (*Draft, *triage.Result) {
	t.Helper()
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	res := triage.New(triage.DefaultConfig()).AnalyzeBytes(raw)
	q, err := testRates(t).Price(res, For{Source: "tok", Rep: "rep@firm.test"})
	if err != nil {
		t.Fatal(err)
	}
	dr, err := d.Reply(ReplyInput{
		Result: res, Quote: q, Source: "tok", Now: testNow,
		Firm:         Firm{Name: "Firm", Domain: "firm.test"},
		Rep:          Rep{Name: "Rep", Address: "rep@firm.test", Signature: "Rep"},
		Format:       NewFormatter(language.AmericanEnglish),
		HistoryBytes: historyBytes,
	})
	if err != nil {
		t.Fatalf("drafting: %v", err)
	}
	return dr, res
}

func clientMessage(from, extra, body string) []byte {
	return []byte("From: " + from + "\r\n" + extra + "To: rep@firm.test\r\nSubject: Year end\r\n" +
		"Message-ID: <m1@client.test>\r\nDate: Mon, 7 Dec 2026 09:00:00 +0000\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body)
}

const askBody = "Hi,\r\n\r\nCould you prepare the year-end accounts for the shop? And did you get the March invoices?\r\n\r\nThanks\r\n"

// draftHeader is every field a reply draft may carry: anything else was
// injected.
var draftHeader = map[string]bool{
	"Date": true, "In-Reply-To": true, "Mime-Version": true, "Message-Id": true, "References": true,
	"Subject": true, "X-Fivemin-Quote-Id": true, "X-Fivemin-Source": true, "From": true, "To": true,
	"Content-Transfer-Encoding": true, "Content-Type": true,
}

// TestDraftGoesToTheRealSender: a display name can never choose the
// recipient of a draft or add a header field to it.
func TestDraftGoesToTheRealSender(t *testing.T) {
	longName := strings.Repeat("Dana Kim of Kim's Corner Shop ", 12) // > 320 bytes
	tests := []struct {
		name, from, extra, wantTo string
	}{
		{"angle-addr inside an encoded name", "=?UTF-8?Q?Bob_<victim@other.test>?= <bob@client.test>", "", "bob@client.test"},
		{"Bcc: inside an encoded name", "=?UTF-8?Q?Carla_Bcc:_evil@attacker.test?= <carla@client-a.test>", "", "carla@client-a.test"},
		{"CR LF Bcc: inside a base64 name", "=?UTF-8?B?Q2FybGENCkJjYzogZXZpbEBhdHRhY2tlci50ZXN0?= <carla@client-a.test>", "", "carla@client-a.test"},
		{"quoted local part", `"dana kim"@client.test`, "", `"dana kim"@client.test`},
		{"unbalanced quote", `"Dana Kim <dana@client.test>`, "", "dana@client.test"},
		{"From over 320 bytes", longName + "<dana@client.test>", "", "dana@client.test"},
		{"comment", "dana@client.test (Dana Kim)", "", "dana@client.test"},
		{"Reply-To wins, read the same way", "Dana <dana@client.test>",
			"Reply-To: =?UTF-8?Q?x_<victim@other.test>?= <billing@client.test>\r\n", "billing@client.test"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dr, _ := draftWithHistory(t, clientMessage(tc.from, tc.extra, askBody), 0)
			if dr.To != tc.wantTo {
				t.Errorf("Draft.To = %q, want %q", dr.To, tc.wantTo)
			}
			ent, err := message.Read(bytes.NewReader(dr.Raw))
			if err != nil {
				t.Fatalf("draft does not parse: %v\n%s", err, dr.Raw)
			}
			for f := ent.Header.Fields(); f.Next(); {
				if !draftHeader[f.Key()] {
					t.Errorf("unexpected header field %q in the draft:\n%s", f.Key(), dr.Raw)
				}
			}
			to, err := address.ParseList(ent.Header.Get("To"))
			if err != nil || len(to) != 1 || to[0].Address != tc.wantTo {
				t.Errorf("To field %q reads as %v (%v), want only %s", ent.Header.Get("To"), to, err, tc.wantTo)
			}
			if strings.Contains(string(dr.Raw), "victim@") && strings.Contains(ent.Header.Get("To"), "victim") {
				t.Errorf("the victim's address is in To: %q", ent.Header.Get("To"))
			}
		})
	}
}

// TestDraftUnreadableFrom: a From without a readable address still gets a
// draft, with no To and a note for the rep.
func TestDraftUnreadableFrom(t *testing.T) {
	for _, from := range []string{"=?UTF-8?Q?victim@other.test?=", "Dana Kim", `"<>"`} {
		t.Run(from, func(t *testing.T) {
			dr, res := draftWithHistory(t, clientMessage(from, "", askBody), 0)
			if res.From != nil {
				t.Fatalf("From read as %v, want none", res.From)
			}
			ent, err := message.Read(bytes.NewReader(dr.Raw))
			if err != nil {
				t.Fatal(err)
			}
			if dr.To != "" || ent.Header.Has("To") {
				t.Errorf("draft has a recipient (%q, To: %q)", dr.To, ent.Header.Get("To"))
			}
			if !strings.HasPrefix(dr.Text, NoRecipientNote) {
				t.Errorf("draft text does not open with the note for the rep:\n%s", dr.Text)
			}
			if !strings.Contains(dr.Text, "year-end accounts") {
				t.Errorf("the client's ask is missing:\n%s", dr.Text)
			}
		})
	}
}

// TestHugeMessageSmallDraft: a 20 MiB client email makes a draft that
// quotes a bounded part of it, on one line or many.
func TestHugeMessageSmallDraft(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 20 MiB messages")
	}
	for _, wrapped := range []bool{false, true} {
		t.Run(fmt.Sprintf("wrapped=%v", wrapped), func(t *testing.T) {
			var b strings.Builder
			b.WriteString("Could you reconcile the export below against the bank statements? ")
			for b.Len() < 20<<20 {
				b.WriteString("invoice 4411 paid by transfer, credit note pending")
				if wrapped {
					b.WriteString("\r\n")
				} else {
					b.WriteString("; ")
				}
			}
			dr, _ := draftWithHistory(t, clientMessage("Dana <dana@client.test>", "", b.String()), 0)
			if len(dr.Raw) > 100<<10 {
				t.Errorf("draft is %d bytes, want under 100 KiB", len(dr.Raw))
			}
			if !strings.Contains(dr.Text, "KB of the original not quoted]") {
				t.Errorf("draft does not say the quote was cut:\n%.2000s", dr.Text)
			}
			if dr.To != "dana@client.test" {
				t.Errorf("To = %q", dr.To)
			}
		})
	}
}

func TestQuoteBodyBounds(t *testing.T) {
	tests := []struct {
		name, body string
		limit      int
		want       string
	}{
		{"fits", "one\r\ntwo\r\n", 100, "> one\n> two"},
		{"cut at a line end", "one\ntwo\nthree four\n", 12, "> one\n> two\n> [… 1 KB of the original not quoted]"},
		{"one long line cut at a space", "alpha beta gamma delta", 15, "> alpha beta\n> [… 1 KB of the original not quoted]"},
		{"no space: cut at a character boundary", "ééééé", 5, "> éé\n> [… 1 KB of the original not quoted]"},
		{"kilobytes counted", "a\n" + strings.Repeat("b", 5000), 3, "> a\n> [… 5 KB of the original not quoted]"},
		{"quoted lines keep their depth", "> earlier\nnew", 100, ">> earlier\n> new"},
		{"empty", "\r\n", 100, ""},
	}
	for _, tc := range tests {
		if got := quoteBody(tc.body, tc.limit); got != tc.want {
			t.Errorf("%s: quoteBody(%q, %d) =\n%q\nwant\n%q", tc.name, tc.body, tc.limit, got, tc.want)
		}
	}
	// The default applies without a limit.
	if got := quoteBody(strings.Repeat("line of text\n", 10000), 0); len(got) > DefaultHistoryBytes+DefaultHistoryBytes/4 {
		t.Errorf("default quote is %d bytes, want about %d", len(got), DefaultHistoryBytes)
	}
}

// FuzzQuoteBody: the quoted history is bounded by the limit (plus the
// "> " marks and the note), every line is quoted, and nothing panics.
func FuzzQuoteBody(f *testing.F) {
	f.Add("one\r\ntwo\r\n> three", 8)
	f.Add("ééééé", 5)
	f.Add(strings.Repeat("word ", 100), 64)
	f.Add("\n\n\n", 1)
	f.Fuzz(func(t *testing.T, body string, limit int) {
		limit = limit%4096 + 1
		if limit <= 0 {
			limit += 4096
		}
		got := quoteBody(body, limit)
		lines := strings.Split(got, "\n")
		if len(lines) > maxQuotedLines+1 {
			t.Fatalf("%d lines quoted", len(lines))
		}
		quoted := 0
		for _, l := range lines {
			if got != "" && !strings.HasPrefix(l, ">") {
				t.Fatalf("line %q is not quoted", l)
			}
			if !strings.HasPrefix(l, "> [… ") {
				quoted += len(l) - 2
			}
		}
		if quoted > limit {
			t.Fatalf("%d bytes quoted, limit %d", quoted, limit)
		}
	})
}

// FuzzDraftTo: every address the parser returns, with its name, makes a
// draft (go-mail takes it) whose To reads back as that address.
func FuzzDraftTo(f *testing.F) {
	for _, s := range []string{
		"=?UTF-8?Q?Bob_<victim@other.test>?= <bob@client.test>",
		`"Smith, \"Bob\\" <bob@client.test>`,
		`"dana kim"@client.test`,
		"Jürgen <jürgen@bücher.test>",
		"bob@[192.0.2.1] (Bob)",
		`"Bob <bob@client.test>`,
	} {
		f.Add(s)
	}
	d, err := NewDrafter("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		l, err := address.ParseList(raw)
		if err != nil {
			return
		}
		dr, err := d.build(outgoing{
			from: &mail.Address{Name: "Rep", Address: "rep@firm.test"}, to: l[0],
			subject: "Re: x", firm: Firm{Domain: "firm.test"}, source: "tok", text: "Hello\n", now: testNow,
		})
		if err != nil {
			t.Fatalf("no draft for %q (%q <%s>): %v", raw, l[0].Name, l[0].Address, err)
		}
		ent, err := message.Read(bytes.NewReader(dr.Raw))
		if err != nil {
			t.Fatal(err)
		}
		to, err := address.ParseList(ent.Header.Get("To"))
		if err != nil || len(to) != 1 || !strings.EqualFold(to[0].Address, l[0].Address) {
			t.Fatalf("To %q reads as %v (%v), want %s", ent.Header.Get("To"), to, err, l[0].Address)
		}
	})
}
