package mailbox

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestFindPlaceholders(t *testing.T) {
	const head = "From: rep@example.com\r\nTo: c@client.test\r\nSubject: Re: Payroll [Q-7K3M9QX2ABCD]\r\n"
	cases := []struct {
		name, raw           string
		placeholders, notes []string
	}{
		{"none left", head + "\r\nHi, the return went in on Monday [Q-7K3M9QX2ABCD].\r\n", nil, nil},
		{"answer slots, once each, in order",
			head + "\r\nIs it filed? [Yes/No.]\r\nWhen? [It is DATE.] and again [Yes/No.]\r\n",
			[]string{"[Yes/No.]", "[It is DATE.]"}, nil},
		{"notes for the rep apart",
			head + "\r\n[Check the recipient: replies go elsewhere.]\r\nTwo hours [check this estimate].\r\n[Attached.]\r\n",
			[]string{"[Attached.]"}, []string{"[Check the recipient: replies go elsewhere.]", "[check this estimate]"}},
		{"the client's quoted words and numbered links are not ours",
			head + "\r\nSee [1].\r\n\r\n> Please see [attachment: scan.pdf]\r\n  > [draft]\r\n[1] https://example.com/\r\n", nil, nil},
		{"quoted-printable body",
			head + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCaf=C3=A9 at [How about DAY at=\r\n TIME?]\r\n",
			[]string{"[How about DAY at TIME?]"}, nil},
		{"HTML only",
			head + "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hello &amp; welcome <b>[Or: not yet]</b></p>\r\n",
			[]string{"[Or: not yet]"}, nil},
		{"plain text wins over its HTML twin; attachments are not read",
			head + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: multipart/alternative; boundary=b2\r\n\r\n" +
				"--b2\r\nContent-Type: text/plain\r\n\r\nDone [Attached.]\r\n--b2\r\nContent-Type: text/html\r\n\r\n<p>Done [Attached.] [html only]</p>\r\n--b2--\r\n" +
				"--b1\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=notes.txt\r\n\r\n[in the attachment]\r\n--b1--\r\n",
			[]string{"[Attached.]"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, n, err := findPlaceholders([]byte(tc.raw))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(p, tc.placeholders) || !slices.Equal(n, tc.notes) {
				t.Errorf("placeholders %q notes %q, want %q %q", p, n, tc.placeholders, tc.notes)
			}
		})
	}
	err := &PlaceholderError{Placeholders: []string{"[Yes/No.]"}, Notes: []string{"[check this estimate]"}}
	if !errors.Is(err, ErrPlaceholders) || !strings.Contains(err.Error(), `"[Yes/No.]"`) || !strings.Contains(err.Error(), `"[check this estimate]"`) {
		t.Errorf("error %q", err)
	}
}

func TestOutgoingHeaders(t *testing.T) {
	now := time.Date(2026, 3, 2, 16, 45, 0, 0, time.FixedZone("", -5*3600))
	raw := "From: Rep <rep@example.com>\r\nTo: c@client.test\r\nBcc: boss@example.com\r\nDate: Mon, 23 Nov 2026 10:05:00 +0000\r\n" +
		"Subject: Re: Payroll [Q-7K3M9QX2ABCD]\r\nX-Fivemin-Source: 0123456789abcdef0123\r\nX-Mozilla-Draft-Info: internal/draft; vcard=0;\r\n receipt=0\r\n" +
		"X-Fivemin-Quote-ID: Q-7K3M9QX2ABCD\r\n\r\nBody line one.\r\nX-Fivemin-Source: not a header here\r\n"
	wire, sent := outgoing([]byte(raw), now)
	const date = "Date: Mon, 02 Mar 2026 16:45:00 -0500\r\n"
	wantWire := date + "From: Rep <rep@example.com>\r\nTo: c@client.test\r\nSubject: Re: Payroll [Q-7K3M9QX2ABCD]\r\n" +
		"\r\nBody line one.\r\nX-Fivemin-Source: not a header here\r\n"
	if string(wire) != wantWire {
		t.Errorf("wire:\n%q\nwant\n%q", wire, wantWire)
	}
	wantSent := date + "From: Rep <rep@example.com>\r\nTo: c@client.test\r\nBcc: boss@example.com\r\n" +
		"Subject: Re: Payroll [Q-7K3M9QX2ABCD]\r\nX-Fivemin-Source: 0123456789abcdef0123\r\nX-Fivemin-Quote-ID: Q-7K3M9QX2ABCD\r\n" +
		"\r\nBody line one.\r\nX-Fivemin-Source: not a header here\r\n"
	if string(sent) != wantSent {
		t.Errorf("sent copy:\n%q\nwant\n%q", sent, wantSent)
	}
	// LF line ends, no Date: one is added in the same style.
	wire, _ = outgoing([]byte("To: c@client.test\nX-Fivemin-Source: ab\n\nhi\n"), now)
	if string(wire) != "Date: Mon, 02 Mar 2026 16:45:00 -0500\nTo: c@client.test\n\nhi\n" {
		t.Errorf("LF message: %q", wire)
	}
}
