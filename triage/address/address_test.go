package address

import (
	"errors"
	"io"
	"mime"
	"net/mail"
	"runtime"
	"strings"
	"testing"
	"unicode"

	"github.com/emersion/go-message"
)

func TestParseList(t *testing.T) {
	long := strings.Repeat("Very Long Name ", 30) // 450 bytes
	tests := []struct {
		name string
		raw  string
		want []string // "Name|address"
	}{
		{"bare address", "bob@client.test", []string{"|bob@client.test"}},
		{"name and angle-addr", "Bob Smith <bob@client.test>", []string{"Bob Smith|bob@client.test"}},
		{"angle-addr alone", "<bob@client.test>", []string{"|bob@client.test"}},
		{"folded", "Bob\r\n Smith\r\n\t<bob@client.test>", []string{"Bob Smith|bob@client.test"}},

		// Encoded words: decoded in the name only, never a source of the address.
		{"encoded name with an angle-addr inside (raw <, > and @)",
			"=?UTF-8?Q?Bob_<victim@other.test>?= <bob@client.test>", []string{"Bob <victim@other.test>|bob@client.test"}},
		{"encoded name with an encoded angle-addr inside",
			"=?UTF-8?Q?Bob_=3Cvictim=40other.test=3E?= <bob@client.test>", []string{"Bob <victim@other.test>|bob@client.test"}},
		{"encoded name with a raw @ inside",
			"=?UTF-8?Q?Bob_=3Cvictim@other.test=3E?= <bob@client.test>", []string{"Bob <victim@other.test>|bob@client.test"}},
		{"encoded Bcc: in the name",
			"=?UTF-8?Q?Carla_Bcc:_evil@attacker.test?= <carla@client-a.test>", []string{"Carla Bcc: evil@attacker.test|carla@client-a.test"}},
		{"encoded CR LF in the name",
			"=?UTF-8?B?Q2FybGENCkJjYzogZXZpbEBhdHRhY2tlci50ZXN0?= <carla@client-a.test>", []string{"Carla Bcc: evil@attacker.test|carla@client-a.test"}},
		{"encoded comma in the name", "=?UTF-8?Q?Kim,_Dana?= <dana@client.test>", []string{"Kim, Dana|dana@client.test"}},
		{"adjacent encoded words join", "=?UTF-8?Q?Ren?= =?UTF-8?Q?=C3=A9?= Roy <rene@client.test>", []string{"René Roy|rene@client.test"}},
		{"latin-1 name", "=?iso-8859-1?q?Am=E9lie_Lef=E8vre?= <amelie@client.test>", []string{"Amélie Lefèvre|amelie@client.test"}},
		{"unknown charset kept as written", "=?x-klingon?q?Worf?= <worf@client.test>", []string{"=?x-klingon?q?Worf?=|worf@client.test"}},
		{"encoded word inside quotes", `"=?UTF-8?Q?Ren=C3=A9?=" <rene@client.test>`, []string{"René|rene@client.test"}},
		{"encoded word only, address inside it", "=?UTF-8?Q?victim@other.test?=", nil},
		{"encoded word only, angle-addr inside it", "=?UTF-8?Q?Bob_<victim@other.test>?=", nil},
		{"encoded word glued to a domain", "=?UTF-8?Q?victim?=@other.test", nil},

		// Comments.
		{"old comment form", "bob@client.test (Bob Smith)", []string{"Bob Smith|bob@client.test"}},
		{"comment after the name", "Bob (the builder) <bob@client.test>", []string{"Bob|bob@client.test"}},
		{"address inside a comment is not the address", "(victim@other.test) <bob@client.test>", []string{"|bob@client.test"}},
		{"comment inside the addr-spec", "Bob <bob(work)@client.test>", nil},
		{"unclosed comment", "Bob (hi <bob@client.test>", []string{"Bob (hi|bob@client.test"}},

		// Groups.
		{"group", "Clients: a@client.test, Bob <b@client.test>;", []string{"|a@client.test", "Bob|b@client.test"}},
		{"empty group", "undisclosed-recipients:;", nil},
		{"raw Bcc: is a group name", "Carla Bcc: <evil@attacker.test>", []string{"|evil@attacker.test"}},

		// Quoted strings.
		{"quoted local part", `"john doe"@client.test`, []string{`|"john doe"@client.test`}},
		{"quoted local part with a name", `John <"john doe"@client.test>`, []string{`John|"john doe"@client.test`}},
		{"quoted name with escapes", `"Smith, \"Bob\"" <bob@client.test>`, []string{`Smith, "Bob"|bob@client.test`}},
		{"quoted name with an address inside", `"victim@other.test" <bob@client.test>`, []string{"victim@other.test|bob@client.test"}},
		{"unbalanced quote", `"Bob <bob@client.test>`, []string{`"Bob|bob@client.test`}},
		{"unbalanced quote after the name", `Bob" <bob@client.test>`, []string{`Bob"|bob@client.test`}},

		// Obsolete and sloppy but common forms.
		{"unquoted comma in the name", "Smith, Bob <bob@client.test>", []string{"Smith, Bob|bob@client.test"}},
		{"address as the name", "bob@client.test <bob@client.test>", []string{"bob@client.test|bob@client.test"}},
		{"two angle-addrs: the last", "Bob <victim@other.test> <bob@client.test>", []string{"Bob|bob@client.test"}},
		{"obsolete route", "<@relay.test:bob@client.test>", []string{"|bob@client.test"}},
		{"missing angle brackets", `"Bob" bob@client.test`, []string{"Bob|bob@client.test"}},
		{"trailing comma", "Bob <bob@client.test>,", []string{"Bob|bob@client.test"}},
		{"list", `a@client.test, "B" <b@client.test>, =?UTF-8?Q?C?= <c@client.test>`,
			[]string{"|a@client.test", "B|b@client.test", "C|c@client.test"}},
		{"domain literal", "bob@[192.0.2.1]", []string{"|bob@[192.0.2.1]"}},
		{"IPv6 domain literal", "bob@[IPv6:2001:db8::1]", []string{"|bob@[IPv6:2001:db8::1]"}},
		{"domain literal that is no IP address", "bob@[0]", nil},

		// International addresses (RFC 6532) and IDN.
		{"UTF-8 address", "Jürgen <jürgen@bücher.test>", []string{"Jürgen|jürgen@bücher.test"}},
		{"punycode domain", "bob@xn--bcher-kva.test", []string{"|bob@xn--bcher-kva.test"}},

		// Sizes and junk.
		{"long display name is cut", long + "<bob@client.test>", []string{strings.TrimSpace(long[:MaxName]) + "|bob@client.test"}},
		{"address over 254 bytes", strings.Repeat("a", 61) + "@" + strings.Repeat("b", 62) + "." + strings.Repeat("c", 62) + "." + strings.Repeat("d", 62) + ".test", nil},
		{"local part over 64 bytes", strings.Repeat("a", 65) + "@client.test", nil},
		{"control characters in a quoted name", "\"Bob\x00\tSmith\" <bob@client.test>", []string{"Bob Smith|bob@client.test"}},
		{"empty", "", nil},
		{"empty angle-addr", "<>", nil},
		{"no @", "Bob Smith", nil},
		{"only @", "@", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := ParseList(tc.raw)
			var got []string
			for _, a := range l {
				got = append(got, a.Name+"|"+a.Address)
			}
			if tc.want == nil {
				if err == nil || !errors.Is(err, ErrNoAddress) {
					t.Fatalf("ParseList(%q) = %q, %v; want ErrNoAddress", tc.raw, got, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseList(%q): %v", tc.raw, err)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("ParseList(%q)\n got %q\nwant %q", tc.raw, got, tc.want)
			}
			checkProperty(t, tc.raw, l)
		})
	}
}

func TestParseFirst(t *testing.T) {
	a, err := Parse("=?UTF-8?Q?Bob_<victim@other.test>?= <bob@client.test>, other@client.test")
	if err != nil || a.Address != "bob@client.test" {
		t.Fatalf("Parse = %v, %v; want bob@client.test", a, err)
	}
	if _, err := Parse("nobody"); !errors.Is(err, ErrNoAddress) {
		t.Fatalf("Parse(nobody) error = %v, want ErrNoAddress", err)
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, norm string }{
		{"Bob <Bob@Client.TEST>", "bob@client.test"},
		{"bob@client.test", "bob@client.test"},
		{"  Not An Address ", "not an address"},
		{"=?UTF-8?Q?x_<victim@other.test>?= <bob@client.test>", "bob@client.test"},
	} {
		if n := Normalize(tc.in); n != tc.norm {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, n, tc.norm)
		}
	}
}

func TestHugeFieldsStayBounded(t *testing.T) {
	// Every step must stay linear: these would take minutes otherwise.
	for _, raw := range []string{
		strings.Repeat("(", 200_000) + "<bob@client.test>",
		strings.Repeat(`"\`, 100_000) + "<bob@client.test>",
		strings.Repeat("<", 200_000),
		strings.Repeat("a@b.test ", 50_000),
		strings.Repeat("=?UTF-8?Q?a?= ", 20_000) + "<bob@client.test>",
	} {
		l, _ := ParseList(raw)
		if len(l) > maxList {
			t.Fatalf("%d addresses from one field, want at most %d", len(l), maxList)
		}
	}
}

// checkProperty asserts what every caller relies on: each address is
// written verbatim in raw outside every encoded word, and no name can
// break a header.
func checkProperty(t *testing.T, raw string, l []*mail.Address) {
	t.Helper()
	flat := strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(raw)
	blank := []byte(flat)
	for _, w := range EncodedWords(flat) {
		for i := w[0]; i < w[1]; i++ {
			blank[i] = 0
		}
	}
	for _, a := range l {
		if a.Address == "" || len(a.Address) > MaxAddress || !strings.Contains(string(blank), a.Address) {
			t.Fatalf("address %q of %q is not written in the field outside encoded words", a.Address, raw)
		}
		if strings.ContainsFunc(a.Name, unicode.IsControl) || strings.ContainsAny(a.Name, "\u2028\u2029") || len(a.Name) > MaxName {
			t.Fatalf("name %q of %q could break a header", a.Name, raw)
		}
	}
}

func TestFormat(t *testing.T) {
	for _, tc := range []struct {
		a    mail.Address
		want string
	}{
		{mail.Address{Address: "bob@client.test"}, "<bob@client.test>"},
		{mail.Address{Name: "Bob Smith", Address: "bob@client.test"}, `"Bob Smith" <bob@client.test>`},
		{mail.Address{Name: `Smith, "Bob"`, Address: `"bob smith"@client.test`}, `"Smith, \"Bob\"" <"bob smith"@client.test>`},
		{mail.Address{Name: "René\r\nBcc: x@y", Address: "rene@client.test"}, "=?utf-8?b?UmVuw6kgQmNjOiB4QHk=?= <rene@client.test>"}, // "René Bcc: x@y",
	} {
		if got := Format(&tc.a); got != tc.want {
			t.Errorf("Format(%q, %q) = %q, want %q", tc.a.Name, tc.a.Address, got, tc.want)
		}
	}
}

func TestValidDomain(t *testing.T) {
	tests := []struct {
		domain string
		want   bool
	}{
		{"client.test", true},
		{"mail.client-a.test", true},
		{"xn--bcher-kva.test", true},
		{"bücher.test", true},
		{"пример.test", true},
		{"1.2.3.4", true}, // labels of digits are labels
		{strings.Repeat("a", 63) + ".test", true},
		{strings.Repeat("a", 64) + ".test", false},
		{"client..test", false},
		{".client.test", false},
		{"client.test.", false},
		{"-client.test", false},
		{"client-.test", false},
		{"client_a.test", false},
		{"client test", false},
		{"client.test\u2028", false},
		{"[192.0.2.1]", true},
		{"[IPv6:2001:db8::1]", true},
		{"[IPv6:fe80::1%eth0]", false}, // a zone names a host's interface, not a host
		{"[192.0.2.1", false},
		{"[2001:db8::1]", true},
		{"[mail.client.test]", false},
		{"[]", false},
	}
	for _, tt := range tests {
		if got := validDomain(tt.domain); got != tt.want {
			t.Errorf("validDomain(%q) = %v, want %v", tt.domain, got, tt.want)
		}
	}
}

// TestWordDecoder: words in charsets mime does not know itself decode as
// through go-message's charset readers, without a 32 KB copy buffer per
// word; an unknown charset is an error.
func TestWordDecoder(t *testing.T) {
	plain := &mime.WordDecoder{CharsetReader: func(cs string, r io.Reader) (io.Reader, error) {
		return message.CharsetReader(strings.ToLower(cs), r)
	}}
	for _, w := range []string{
		"=?windows-1252?q?=93Caf=E9=94_=80?=",
		"=?ISO-8859-15?Q?Ren=E9e_=A4?=",
		"=?koi8-r?b?8NLJ18XU?=",
		"=?shift_jis?b?g2WDWINn?=",
		"=?utf-8?q?Z=C3=BCrich?=",
	} {
		want, err := plain.Decode(w)
		if err != nil {
			t.Fatalf("%s: %v", w, err)
		}
		if got, err := WordDecoder.Decode(w); got != want || err != nil {
			t.Errorf("Decode(%s) = %q, %v; want %q", w, got, err, want)
		}
	}
	if _, err := WordDecoder.Decode("=?x-no-such-charset?q?abc?="); err == nil {
		t.Error("an unknown charset decoded without an error")
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 100 {
		_, _ = WordDecoder.Decode("=?windows-1252?q?Caf=E9?=")
	}
	runtime.ReadMemStats(&after)
	if per := (after.TotalAlloc - before.TotalAlloc) / 100; per > 16<<10 {
		t.Errorf("one word allocates %d bytes", per)
	}
}
