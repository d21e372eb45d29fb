package mailbox

import (
	"strings"
	"testing"
)

// TestEnvelopeAddresses: the SMTP envelope of a draft (which the rep may
// have edited) is read with the same parser as triage: encoded display
// names never choose a recipient, groups and quoted local parts work, and
// Bcc leaves the wire copy.
func TestEnvelopeAddresses(t *testing.T) {
	tests := []struct {
		name, header string
		from         string
		rcpts        []string
	}{
		{"plain", "From: Rep <rep@firm.test>\r\nTo: Dana <dana@client.test>\r\n", "rep@firm.test", []string{"dana@client.test"}},
		{"encoded name with an address inside",
			"From: rep@firm.test\r\nTo: =?UTF-8?Q?Bob_<victim@other.test>?= <bob@client.test>\r\n", "rep@firm.test", []string{"bob@client.test"}},
		{"Cc group, Bcc and a duplicate",
			"From: rep@firm.test\r\nTo: dana@client.test\r\nCc: Team: a@client.test, Dana@client.test;\r\nBcc: boss@firm.test\r\n",
			"rep@firm.test", []string{"dana@client.test", "a@client.test", "boss@firm.test"}},
		{"quoted local part", "From: rep@firm.test\r\nTo: \"dana kim\"@client.test\r\n", "rep@firm.test", []string{`"dana kim"@client.test`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := []byte(tc.header + "Subject: Re: hi\r\n\r\nbody\r\n")
			from, rcpts, err := envelope(raw)
			if err != nil {
				t.Fatal(err)
			}
			if from != tc.from || strings.Join(rcpts, ",") != strings.Join(tc.rcpts, ",") {
				t.Errorf("envelope = %q, %q; want %q, %q", from, rcpts, tc.from, tc.rcpts)
			}
		})
	}
	for _, bad := range []string{
		"From: =?UTF-8?Q?rep@firm.test?=\r\nTo: dana@client.test\r\n",
		"From: rep@firm.test\r\nTo: =?UTF-8?Q?victim@other.test?=\r\n",
	} {
		if from, rcpts, err := envelope([]byte(bad + "\r\nbody\r\n")); err == nil {
			t.Errorf("envelope(%q) = %q, %q; want an error", bad, from, rcpts)
		}
	}
}

// FuzzEnvelope: any draft header gives recipients that are written in it
// verbatim outside encoded words, with no line breaks, or an error.
func FuzzEnvelope(f *testing.F) {
	f.Add("From: rep@firm.test\r\nTo: =?UTF-8?Q?Bob_<victim@other.test>?= <bob@client.test>\r\n")
	f.Add("From: rep@firm.test\r\nCc: Team: a@client.test, \"b c\"@client.test;\r\nBcc: x@firm.test\r\n")
	f.Add("From: \"Rep <rep@firm.test>\r\nTo: (x@y) dana@client.test\r\n")
	f.Fuzz(func(t *testing.T, header string) {
		raw := []byte(header + "\r\n\r\nbody\r\n")
		from, rcpts, err := envelope(raw)
		if err != nil {
			return
		}
		for _, a := range append([]string{from}, rcpts...) {
			if a == "" || strings.ContainsAny(a, "\r\n") {
				t.Fatalf("address %q", a)
			}
			if !strings.Contains(header, a) {
				t.Fatalf("address %q is not written in the header %q", a, header)
			}
		}
	})
}
