package quoting

import (
	"bytes"
	"flag"
	"io"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"
	gomsgmail "github.com/emersion/go-message/mail"
	"golang.org/x/text/language"

	"github.com/fivemin/fivemin/triage"
)

var update = flag.Bool("update", false, "rewrite the golden drafts in testdata/drafts")

var testNow = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

func testRates(t *testing.T) *Rates {
	t.Helper()
	return testRatesIn(t, "USD")
}

// testRatesIn is testRates in another currency, same numbers.
func testRatesIn(t *testing.T, code string) *Rates {
	t.Helper()
	usd := MustParseCurrency(code)
	amt := func(s string) Money {
		m, err := usd.ParseAmount(s)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	return &Rates{
		Currency:     usd,
		Default:      amt("250.00"),
		Category:     map[string]Money{"tax": amt("300.00")},
		Multiplier:   map[string]Decimal{"E": DecimalOf(125, 2)},
		RoundMinutes: 15,
		BlockMinutes: 30,
	}
}

type draftCase struct {
	name    string // golden file name
	file    string // corpus message, "messages/..." or "clients/NAME.eml" under testdata
	variant string
	tier    string
	html    bool
	cur     string               // the firm's currency; "" is USD
	triage  func(*triage.Config) // changes to the default triage settings
}

var draftCases = []draftCase{
	{name: "001-mixed", file: "triage/001.eml"},
	{name: "002-quick-only", file: "triage/002.eml"},
	{name: "003-paid-list", file: "triage/003.eml"},
	{name: "005-reply-thread", file: "triage/005.eml"},
	{name: "011-overflow", file: "triage/011.eml"},
	{name: "022-french", file: "triage/022.eml"},
	{name: "032-two-rates", file: "triage/032.eml"},
	{name: "033-windows-1252", file: "triage/033.eml"},
	{name: "060-tier-A-warm", file: "triage/060.eml", variant: "warm", tier: "A"},
	{name: "060-tier-E-upfront", file: "triage/060.eml", variant: "upfront", tier: "E"},
	{name: "050-html", file: "triage/050.eml", html: true},
	// Twenty one-line questions well past the allowance (a firm whose
	// minimum block is 15 minutes): the first ones answered, the rest on
	// one line; and an ask nothing sizes, marked for the rep to check.
	{name: "090-overflow-line", file: "messages/090-onboarding.eml", triage: func(c *triage.Config) { c.OverflowMinutes = 15 }},
	// Clients writing other languages get drafts in their language, with
	// the firm's currency (euros here) in their locale's format. The firm
	// is en-US, so a Spanish client without a country in the address is
	// taken to be in the US (es-US: "€500.00"); see ClientLocale.
	{name: "lang-de", file: "clients/de.eml", cur: "EUR"},
	{name: "lang-fr", file: "clients/fr.eml", cur: "EUR"},
	{name: "lang-es", file: "clients/es.eml", cur: "EUR"},
	{name: "lang-nl", file: "clients/nl.eml", cur: "EUR"},
	{name: "lang-it", file: "clients/it.eml", cur: "EUR"},
	{name: "lang-pt", file: "clients/pt.eml", cur: "EUR"},
	{name: "lang-de-warm", file: "clients/de.eml", variant: "warm", tier: "A", cur: "EUR"},
	{name: "lang-fr-upfront", file: "clients/fr.eml", variant: "upfront", tier: "E", cur: "EUR"},
	{name: "lang-de-upfront", file: "clients/de.eml", variant: "upfront", tier: "E", cur: "EUR"},
}

func corpusFile(t *testing.T, name string) []byte {
	t.Helper()
	path := filepath.Join("..", "triage", "testdata", "corpus", name)
	if strings.HasPrefix(name, "messages/") || strings.HasPrefix(name, "clients/") {
		path = filepath.Join("testdata", name)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func makeDraft(t *testing.T, d *Drafter, c draftCase) (*Draft, *triage.Result, *Quote) {
	t.Helper()
	cfg := triage.DefaultConfig()
	if c.triage != nil {
		c.triage(&cfg)
	}
	res := triage.New(cfg).AnalyzeBytes(corpusFile(t, c.file))
	source := "token-" + c.name
	rates := testRates(t)
	if c.cur != "" {
		rates = testRatesIn(t, c.cur)
	}
	q, err := rates.Price(res, For{Source: source, Rep: "carla@tidewaterbooks.test", Tier: c.tier})
	if err != nil {
		t.Fatal(err)
	}
	// The corpus mails were written to a firm of their own: its domain
	// (the first To's) stands for the firm's, whose people are not copied.
	own := []string{"tidewaterbooks.test"}
	if len(res.To) > 0 {
		_, d, _ := strings.Cut(res.To[0].Address, "@")
		own = append(own, d)
	}
	dr, err := d.Reply(ReplyInput{
		Result:       res,
		Quote:        q,
		Source:       source,
		Firm:         Firm{Name: "Tidewater Books", Domain: "tidewaterbooks.test", OwnDomains: own},
		Rep:          Rep{Name: "Carla Nunes", Address: "carla@tidewaterbooks.test", Signature: "Carla Nunes\nTidewater Books\n555-0100"},
		Variant:      c.variant,
		Format:       NewFormatter(language.AmericanEnglish),
		ValidUntil:   testNow.AddDate(0, 0, 30),
		AskWritten:   true,
		HTML:         c.html,
		Now:          testNow,
		BlockMinutes: 30,
	})
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	return dr, res, q
}

// TestDraftGolden renders drafts of corpus emails and compares them with
// testdata/drafts; run with -update after a deliberate wording change.
func TestDraftGolden(t *testing.T) {
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range draftCases {
		t.Run(c.name, func(t *testing.T) {
			dr, _, _ := makeDraft(t, d, c)
			golden := filepath.Join("testdata", "drafts", c.name+".eml")
			if *update {
				if err := os.WriteFile(golden, dr.Raw, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(dr.Raw, want) {
				t.Errorf("draft differs from %s (run go test -run TestDraftGolden -update after checking):\n%s", golden, dr.Raw)
			}
			// Rendering again gives the same bytes: a draft redone after a
			// crash is the same draft.
			again, _, _ := makeDraft(t, d, c)
			if !bytes.Equal(again.Raw, dr.Raw) {
				t.Error("rendering the same draft twice gave different bytes")
			}
		})
	}
}

// parsed is a draft read back with go-message.
type parsed struct {
	h     gomsgmail.Header
	text  string
	html  string
	parts int
}

func parseDraft(t *testing.T, raw []byte) parsed {
	t.Helper()
	mr, err := gomsgmail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("draft does not parse: %v\n%s", err, raw)
	}
	p := parsed{h: mr.Header}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(part.Body)
		p.parts++
		ct, _, _ := part.Header.(*gomsgmail.InlineHeader).ContentType()
		switch ct {
		case "text/plain":
			p.text = string(b)
		case "text/html":
			p.html = string(b)
		}
	}
	return p
}

// TestDraftParsesBack: every draft read back with go-message has the
// headers and body that were meant.
func TestDraftParsesBack(t *testing.T) {
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range draftCases {
		t.Run(c.name, func(t *testing.T) {
			dr, res, q := makeDraft(t, d, c)
			p := parseDraft(t, dr.Raw)
			from, _ := p.h.AddressList("From")
			to, _ := p.h.AddressList("To")
			if len(from) != 1 || from[0].Address != "carla@tidewaterbooks.test" || from[0].Name != "Carla Nunes" {
				t.Errorf("From = %v", from)
			}
			wantTo := res.From.Address
			if len(res.ReplyTo) > 0 {
				wantTo = res.ReplyTo[0].Address
			}
			if len(to) != 1 || to[0].Address != wantTo {
				t.Errorf("To = %v, want %s", to, wantTo)
			}
			subj, _ := p.h.Subject()
			if !strings.HasPrefix(subj, "Re: ") || strings.HasPrefix(subj, "Re: Re:") || strings.HasPrefix(strings.ToLower(subj), "re: re:") {
				t.Errorf("Subject = %q", subj)
			}
			id, _ := p.h.MessageID()
			if id != dr.MessageID || !strings.HasSuffix(id, "@tidewaterbooks.test") {
				t.Errorf("Message-ID = %q, want %q", id, dr.MessageID)
			}
			irt, _ := p.h.MsgIDList("In-Reply-To")
			if len(irt) != 1 || irt[0] != res.MessageID {
				t.Errorf("In-Reply-To = %v, want [%s]", irt, res.MessageID)
			}
			refs, _ := p.h.MsgIDList("References")
			wantRefs := append(append([]string{}, res.References...), res.MessageID)
			if len(res.References) == 0 && len(res.InReplyTo) == 1 {
				wantRefs = append(append([]string{}, res.InReplyTo...), res.MessageID)
			}
			if strings.Join(refs, " ") != strings.Join(wantRefs, " ") {
				t.Errorf("References = %v, want %v", refs, wantRefs)
			}
			if got := p.h.Get(HeaderSource); got != "token-"+c.name {
				t.Errorf("%s = %q", HeaderSource, got)
			}
			if len(q.Lines) > 0 {
				if got := p.h.Get(HeaderQuoteID); got != q.ID || !strings.Contains(subj, "["+q.ID+"]") {
					t.Errorf("quote ID header %q / subject %q, want %s", got, subj, q.ID)
				}
				// A client writing another language gets the draft in it,
				// money in its locale.
				f := draftFormatter(NewFormatter(language.AmericanEnglish), draftLang(res), res.From.Address)
				total := f.Format(q.Total)
				if !strings.Contains(p.text, total) {
					t.Errorf("body lacks the total %s:\n%s", total, p.text)
				}
				if !strings.Contains(p.text, goAhead[draftLang(res)]) {
					t.Errorf("body lacks the go-ahead question %q:\n%s", goAhead[draftLang(res)], p.text)
				}
			} else if p.h.Get(HeaderQuoteID) != "" || strings.Contains(p.text, "Beyond the free") {
				t.Errorf("no paid asks, yet a quote:\n%s", p.text)
			}
			for _, qu := range res.Questions {
				if !strings.Contains(p.text, qu.Text) {
					t.Errorf("body lacks the ask %q", qu.Text)
				}
			}
			if !strings.Contains(p.text, "> ") || !strings.Contains(p.text, wrote[draftLang(res)]) {
				t.Errorf("client's message not quoted:\n%s", p.text)
			}
			if c.html {
				if p.parts != 2 || !strings.Contains(p.html, "<blockquote") || !strings.Contains(p.html, "<li>") {
					t.Errorf("HTML alternative missing or flat (%d parts):\n%s", p.parts, p.html)
				}
			} else if p.parts != 1 {
				t.Errorf("%d parts, want text only", p.parts)
			}
		})
	}
}

// draftLang is the language the drafts of the corpus cases are in.
func draftLang(res *triage.Result) string {
	if res.Language == "" {
		return "en"
	}
	return res.Language
}

// The go-ahead question and the attribution's verb per language.
var (
	goAhead = map[string]string{"en": "go ahead", "de": "ob ich damit beginnen soll", "fr": "souhaitez que je commence",
		"es": "desea que empiece", "nl": "aan de slag mag gaan", "it": "desidera che proceda", "pt": "deseja que eu avance"}
	wrote = map[string]string{"en": "wrote:", "de": "schrieb", "fr": "a écrit", "es": "escribió", "nl": "schreef",
		"it": "ha scritto", "pt": "escreveu"}
)

// TestDraftHostileInput: CR/LF and template syntax from the client stay
// inert: no header can be injected and nothing is executed.
func TestDraftHostileInput(t *testing.T) {
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	res := &triage.Result{
		MessageID:   "ok@client.test",
		InReplyTo:   []string{"bad id\r\nBcc: evil@attacker.test"},
		References:  []string{"x@y\r\nBcc: evil@attacker.test", "good@client.test"},
		From:        &mail.Address{Name: "Eve\r\nBcc: evil@attacker.test", Address: "eve@client.test"},
		Subject:     "Hello\r\nBcc: evil@attacker.test\r\n\r\n{{.Signature}}",
		FreeMinutes: 5,
		Body:        "{{template \"signature\" .}} <script>alert(1)</script>\r\nBcc: evil@attacker.test",
		Questions: []triage.Question{
			{Text: "{{.RepAddress}} can you <b>prepare</b> it?\r\nBcc: x@y", Kind: triage.Paid, Minutes: 60},
			{Text: "Did you get it?", Kind: triage.Quick, Minutes: 1, Act: "confirm"},
		},
		NeedsQuote: true,
	}
	q, err := testRates(t).Price(res, For{Source: "hostile"})
	if err != nil {
		t.Fatal(err)
	}
	dr, err := d.Reply(ReplyInput{
		Result: res, Quote: q, Source: "hostile", Now: testNow, HTML: true,
		Firm:   Firm{Name: "Firm", Domain: "firm.test"},
		Rep:    Rep{Name: "Carla", Address: "carla@firm.test", Signature: "SIG"},
		Format: NewFormatter(language.AmericanEnglish),
	})
	if err != nil {
		t.Fatal(err)
	}
	hdrEnd := bytes.Index(dr.Raw, []byte("\r\n\r\n"))
	for _, line := range strings.Split(string(dr.Raw[:hdrEnd]), "\r\n") {
		if strings.HasPrefix(strings.ToLower(line), "bcc:") {
			t.Fatalf("header injected: %q\n%s", line, dr.Raw)
		}
	}
	ent, err := message.Read(bytes.NewReader(dr.Raw))
	if err != nil {
		t.Fatal(err)
	}
	if ent.Header.Get("Bcc") != "" {
		t.Fatal("Bcc header present")
	}
	h := gomsgmail.Header{Header: ent.Header}
	if irt, _ := h.MsgIDList("In-Reply-To"); strings.Join(irt, " ") != "ok@client.test" {
		t.Errorf("In-Reply-To = %v, want the client's Message-ID", irt)
	}
	if refs, _ := h.MsgIDList("References"); strings.Join(refs, " ") != "good@client.test ok@client.test" {
		t.Errorf("References = %v", refs)
	}
	p := parseDraft(t, dr.Raw)
	if !strings.Contains(p.text, "{{.RepAddress}} can you <b>prepare</b> it?") || !strings.Contains(p.text, `{{template "signature" .}}`) {
		t.Errorf("client text was not kept literally:\n%s", p.text)
	}
	if strings.Contains(p.html, "<script>") || strings.Contains(p.html, "<b>prepare</b>") {
		t.Errorf("client text reached the HTML unescaped:\n%s", p.html)
	}
}

func TestReplySubject(t *testing.T) {
	tests := []struct{ in, quote, want string }{
		{"Statements", "", "Re: Statements"},
		{"Re: Statements", "", "Re: Statements"},
		{"RE: Re: re:Statements", "", "Re: Statements"},
		{"AW: Sv: Antw: Rückfrage", "", "Re: Rückfrage"},
		{"Re[2]: Statements", "", "Re: Statements"},
		{"Fwd: notice", "", "Re: Fwd: notice"},
		{"Regarding: taxes", "", "Re: Regarding: taxes"},
		{"", "", "Re: your email"},
		{"Statements", "Q-ABC", "Re: Statements [Q-ABC]"},
		{"Re: Statements [Q-ABC]", "Q-ABC", "Re: Statements [Q-ABC]"},
	}
	for _, tt := range tests {
		if got := replySubject(tt.in, tt.quote); got != tt.want {
			t.Errorf("replySubject(%q, %q) = %q, want %q", tt.in, tt.quote, got, tt.want)
		}
	}
}

func TestFirstName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Dana Kim", "Dana"},
		{"Kim, Dana", "Dana"},
		{"kayla", "Kayla"},
		{"Amélie Lefèvre", "Amélie"},
		{"Accounts Payable", ""},
		{"dana@kimscorner.test", ""},
		{"", ""},
		{"The Ledger Brief", ""},
	}
	for _, tt := range tests {
		if got := firstName(tt.in); got != tt.want {
			t.Errorf("firstName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTemplateOverridesAndVariants(t *testing.T) {
	d, err := NewDrafter("")
	if err != nil {
		t.Fatal(err)
	}
	if v := strings.Join(d.Variants("reply"), ","); v != "upfront,warm" {
		t.Errorf("reply variants = %q", v)
	}
	res := triage.New(triage.DefaultConfig()).AnalyzeBytes(corpusFile(t, "triage/002.eml"))
	in := ReplyInput{Result: res, Source: "s", Now: testNow, Firm: Firm{Domain: "firm.test"},
		Rep: Rep{Name: "Carla", Address: "carla@firm.test"}, Format: NewFormatter(language.AmericanEnglish)}
	in.Variant = "nosuch"
	if _, err := d.Reply(in); err == nil || !strings.Contains(err.Error(), "upfront, warm") {
		t.Errorf("unknown variant: err = %v", err)
	}

	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "reply.txt.tmpl"), []byte("Dear {{.ClientName}}, custom wording.\n{{template \"signature\" .}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	od, err := NewDrafter(dir)
	if err != nil {
		t.Fatal(err)
	}
	in.Variant = ""
	dr, err := od.Reply(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(dr.Text, "Dear Marcus, custom wording.") {
		t.Errorf("override not used:\n%s", dr.Text)
	}
	if err := os.WriteFile(filepath.Join(dir, "reply.txt.tmpl"), []byte("{{.NoSuchField}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad, err := NewDrafter(dir)
	if err == nil {
		_, err = bad.Reply(in)
	}
	if err == nil || !strings.Contains(err.Error(), "NoSuchField") {
		t.Errorf("a broken override must fail clearly, got %v", err)
	}
}
