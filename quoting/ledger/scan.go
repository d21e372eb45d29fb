package ledger

import (
	"context"
	"time"
)

// Fact is one ledger entry as reports see it: an email or a quote, with
// the fields aggregations need. Scan reuses one Fact for every call.
type Fact struct {
	IsQuote bool      // false: an email
	Time    time.Time // email arrival or quote creation, in the ledger's Location
	Rep     string
	// Client is the client's address, Org the organisation.
	Client, Org string

	// Emails
	Questions   int
	FreeMinutes int
	Skipped     bool
	Drafted     bool
	DraftDelay  time.Duration // received to drafted, whole seconds
	Usage       EditClass     // "" until the draft was seen sent or deleted
	// Responded says the rep's reply was seen sent, Response how long
	// after the email arrived (whole seconds): the first response time.
	Responded bool
	Response  time.Duration

	// Quotes
	Status        Status
	Tier          string // "" or A–E, as quoted
	Unclear       bool
	BilledMinutes int64
	Total         int64  // minor units
	Won           int64  // accepted: the agreed amount, else Total; 0 otherwise
	Currency      string // ISO 4217
}

// Scan calls fn for each entry that passes f, in time order, from one
// consistent read. It is the streaming primitive behind the reports, for
// aggregations they do not cover (rolling windows for client tiers): memory
// stays bounded by the number of distinct names. fn must not keep the
// *Fact; returning an error stops the scan with that error.
func (l *Ledger) Scan(ctx context.Context, f Filter, fn func(*Fact) error) error {
	return l.View(ctx, func(t *Tx) error {
		names := map[uint32]string{}
		name := func(id uint32) string {
			n, ok := names[id]
			if !ok {
				var err error
				if n, err = nameOf(t.nameIDs, id); err != nil {
					l.log.Warn("ledger: unknown name id in scan", "id", id, "err", err)
				}
				names[id] = n
			}
			return n
		}
		currencies := map[[3]byte]string{}
		var (
			out Fact
			rep Report
		)
		return l.walk(ctx, t, f, &rep, func(fa *fact) error {
			out = Fact{
				IsQuote: fa.kind == kindQuote,
				Time:    time.Unix(0, fa.at).In(l.loc),
				Rep:     name(fa.rep),
				Client:  name(fa.client),
				Org:     name(fa.org),
			}
			if out.IsQuote {
				out.Status = statusCodes[fa.status]
				out.Tier = tierNames[fa.tier]
				out.Unclear = fa.flags&flagUnclear != 0
				out.BilledMinutes = int64(fa.billed)
				out.Total = fa.total
				if fa.status == codeAccepted {
					out.Won = fa.won()
				}
				c, ok := currencies[fa.cur]
				if !ok {
					c = string(fa.cur[:])
					currencies[fa.cur] = c
				}
				out.Currency = c
			} else {
				out.Questions = int(fa.questions)
				out.FreeMinutes = int(fa.freeMin)
				out.Skipped = fa.flags&flagSkipped != 0
				out.Drafted = fa.flags&flagDrafted != 0
				out.DraftDelay = time.Duration(fa.delay) * time.Second
				out.Usage = usageCodes[fa.usage]
				out.Responded = fa.flags&flagSent != 0
				out.Response = time.Duration(fa.response) * time.Second
			}
			return fn(&out)
		})
	})
}
