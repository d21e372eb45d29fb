package quoting

import (
	"fmt"
	"net/mail"
	"strings"

	"github.com/fivemin/fivemin/triage"
)

// Recipients is who a reply goes to, as a mail program's reply-all
// would address it.
type Recipients struct {
	To *mail.Address
	Cc []*mail.Address
	// Note is a line for the rep, bracketed, put at the top of the draft
	// when the addressing needs a look (a Reply-To in another domain than
	// the sender's); "" when none.
	Note string
}

// ReplyRecipients addresses the reply to a client's message (addresses as
// triage parsed them):
//
//   - To is the sender, or the message's Reply-To (RFC 5322 §3.6.2) unless
//     it points at the rep or the firm: replies must reach the client. A
//     Reply-To in another domain than the sender's is followed, with a
//     Note, since a forged or mistaken Reply-To would send the client's
//     affairs elsewhere.
//   - Cc is everyone else on the client's To and Cc, once each, except the
//     rep and the firm's own addresses (ownDomains and their subdomains):
//     the rep's colleagues are not copied on client mail by fivemin.
func ReplyRecipients(res *triage.Result, rep string, ownDomains []string) Recipients {
	own := ownAddresses{rep: strings.ToLower(strings.TrimSpace(rep)), domains: ownDomains}
	// An unreadable sender leaves To empty for the rep to fill in.
	out := Recipients{}
	if res.From != nil && res.From.Address != "" {
		out.To = res.From
	}
	if to, note := replyTo(res, own); to != nil {
		out.To, out.Note = to, note
	}
	out.Cc = copied(res, own, out.To)
	return out
}

// RelayedRecipients addresses the reply to a client whose message the
// firm's own systems relayed (a website's contact form, a ticket portal, a
// voicemail-to-email service): From is the relay, client is the address
// the relay gave in Reply-To. The Note tells the rep so, since the address
// was typed by whoever filled in the form.
func RelayedRecipients(res *triage.Result, client *mail.Address, rep string, ownDomains []string) Recipients {
	own := ownAddresses{rep: strings.ToLower(strings.TrimSpace(rep)), domains: ownDomains}
	if client == nil || client.Address == "" || own.has(client.Address) {
		return ReplyRecipients(res, rep, ownDomains)
	}
	relay := ""
	if res.From != nil {
		relay = res.From.Address
	}
	out := Recipients{To: client}
	out.Note = fmt.Sprintf("[Check the recipient: relayed by %s; replying to the address it gave, %s. Remove this line once checked.]",
		noteSafe(relay), noteSafe(client.Address))
	out.Cc = copied(res, own, out.To)
	return out
}

// noteSafe is an address as a bracketed note may show it: one line, and
// no brackets that would end the note early or start another.
func noteSafe(s string) string {
	return strings.NewReplacer("[", "(", "]", ")").Replace(triage.HeaderSafe(s))
}

// ownAddresses is the rep and the firm's domains: addresses a reply to the
// client never goes to.
type ownAddresses struct {
	rep     string // lower case
	domains []string
}

func (o ownAddresses) has(addr string) bool {
	a := strings.ToLower(addr)
	if a == o.rep {
		return true
	}
	_, domain, ok := strings.Cut(a, "@")
	if !ok {
		return false
	}
	for _, d := range o.domains {
		d = strings.ToLower(strings.TrimSpace(d))
		if d != "" && (domain == d || strings.HasSuffix(domain, "."+d)) {
			return true
		}
	}
	return false
}

// replyTo returns the first usable Reply-To address, with a Note when it
// leaves the sender's domain; nil when the sender should be answered.
func replyTo(res *triage.Result, own ownAddresses) (*mail.Address, string) {
	fromAddr := ""
	if res.From != nil {
		fromAddr = res.From.Address
	}
	for _, a := range res.ReplyTo {
		if a == nil || a.Address == "" || own.has(a.Address) {
			continue
		}
		note := ""
		if fromAddr != "" && !strings.EqualFold(a.Address, fromAddr) && !strings.EqualFold(domainOf(a.Address), domainOf(fromAddr)) {
			note = fmt.Sprintf("[Check the recipient: %s asked for replies to go to %s, another domain. Remove this line once checked.]",
				triage.HeaderSafe(fromAddr), triage.HeaderSafe(a.Address))
		}
		return a, note
	}
	return nil, ""
}

// copied lists the client's To and Cc once each, without the firm's own
// addresses and without to, who is already the main recipient.
func copied(res *triage.Result, own ownAddresses, to *mail.Address) []*mail.Address {
	var cc []*mail.Address
	seen := map[string]bool{}
	if to != nil {
		seen[strings.ToLower(to.Address)] = true
	}
	for _, list := range [][]*mail.Address{res.To, res.Cc} {
		for _, a := range list {
			if a == nil || a.Address == "" || own.has(a.Address) {
				continue
			}
			k := strings.ToLower(a.Address)
			if seen[k] {
				continue
			}
			seen[k] = true
			cc = append(cc, a)
		}
	}
	return cc
}

func domainOf(addr string) string {
	_, d, _ := strings.Cut(strings.ToLower(addr), "@")
	return d
}
