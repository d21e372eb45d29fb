package app

import (
	"context"
	"errors"
	"net/mail"
	"strings"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/triage"
)

// relayedClient is the client of a message the firm's own systems relayed
// (a website's contact form, a ticket portal, a voicemail-to-email
// service): From is the firm's own domain or an excluded sender such as
// noreply@, and the client's address is the message's one Reply-To. It is
// nil when From should decide as usual:
//
//   - [senders] reply_to_relays is off;
//   - From fails only Include: a stranger cannot become a client by naming
//     one in Reply-To;
//   - there is no Reply-To or more than one (whom to answer is a guess);
//   - Reply-To is the rep, another rep, the firm, the relay itself, or no
//     client sender either.
//
// A colleague who forwards a client's mail with Reply-To set to the client
// is relayed too: the rep answers the client.
func relayedClient(cfg *config.Config, rep string, p *triage.Parsed) *mail.Address {
	if !cfg.Senders.ReplyToRelays || p.From == nil || len(p.ReplyTo) != 1 || p.ReplyTo[0] == nil {
		return nil
	}
	from := strings.ToLower(strings.TrimSpace(p.From.Address))
	if !strings.Contains(from, "@") || !excludedSender(cfg, from) {
		return nil
	}
	client := p.ReplyTo[0]
	addr := strings.ToLower(strings.TrimSpace(client.Address))
	if addr == from || strings.EqualFold(addr, strings.TrimSpace(rep)) {
		return nil
	}
	if _, isRep := cfg.Rep(addr); isRep || !cfg.IsClientSender(addr) {
		return nil
	}
	return client
}

// excludedSender reports whether address is refused for a reason other
// than Include: an own domain (or a subdomain of one) or an exclude
// pattern.
func excludedSender(cfg *config.Config, address string) bool {
	open := *cfg
	open.Senders.Include = nil
	return !open.IsClientSender(address)
}

// relay takes a relayed message's Reply-To as its client (relayedClient),
// reporting whether it did. Own-domain mail in a quote's thread is not
// relayed: a colleague writing about a quote, even with Reply-To set to
// the client, is not the client answering it.
func (a *App) relay(ctx context.Context, in *incoming) (bool, error) {
	client := relayedClient(in.pc.cfg, in.rep, in.p)
	if client == nil {
		return false, nil
	}
	_, _, err := a.opts.Ledger.MatchReply(ctx, in.p.InReplyTo, in.p.References, in.p.Subject)
	switch {
	case err == nil:
		return false, nil
	case !errors.Is(err, ledger.ErrNoMatch):
		return false, ledgerErr("matching a relayed message to a quote", err)
	}
	in.relayedBy, in.client = in.from, client
	in.from = strings.ToLower(strings.TrimSpace(client.Address))
	in.log = a.log.With("rep", in.rep, "token", shortToken(in.msg.Token), "client", in.from, "relayed_by", in.relayedBy)
	in.log.Info("client taken from Reply-To of relayed mail", "from", in.relayedBy)
	in.logAttrs = append(in.logAttrs, "relayed_by", in.relayedBy)
	return true, nil
}
