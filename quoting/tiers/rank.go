package tiers

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"slices"
	"time"

	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// Options tune a Ranker. The zero value works.
type Options struct {
	// Now is the clock windows end at; default time.Now.
	Now func() time.Time
	// Logger gets the Cache's refresh failures; default discards.
	Logger *slog.Logger
}

// Ranker computes client tiers from a ledger. It holds no state of its own
// and is safe for concurrent use.
type Ranker struct {
	l   *ledger.Ledger
	now func() time.Time
	log *slog.Logger
}

// New returns a Ranker reading l.
func New(l *ledger.Ledger, opts Options) *Ranker {
	r := &Ranker{l: l, now: opts.Now, log: opts.Logger}
	if r.now == nil {
		r.now = time.Now
	}
	if r.log == nil {
		r.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return r
}

// Figures are one client's or account's activity over a window.
type Figures struct {
	Emails         int64 // received, whether or not they got a draft
	Questions      int64
	FreeMinutes    int64 // given free: what the free rule cost (leakage)
	QuotesSent     int64 // reached the client: accepted + declined + expired + open
	QuotesAccepted int64
	// QuotesDeclined is the tire-kicker signal: a client who keeps asking
	// for quotes and saying no costs quoting time and returns nothing.
	QuotesDeclined      int64
	QuotesExpired       int64
	QuotesOpen          int64
	ValueAccepted       quoting.Money // the revenue measure
	PaidMinutesAccepted int64         // billed time of accepted quotes
	// LeakageValue is FreeMinutes at Settings.Rate, rounded half up; zero
	// when no rate is set.
	LeakageValue quoting.Money
}

// Measures are the figures the tier rule reads.
func (f *Figures) Measures() Measures {
	return Measures{Revenue: f.ValueAccepted.Minor(), FreeMinutes: f.FreeMinutes, Emails: f.Emails,
		Concluded: f.QuotesAccepted + f.QuotesDeclined + f.QuotesExpired}
}

// ReturnPerHour is the return on time invested: accepted value per hour of
// free minutes given plus paid time accepted, rounded down to the minor
// unit as in ledger reports. ok is false when no time was invested.
func (f *Figures) ReturnPerHour() (perHour quoting.Money, ok bool) {
	minutes := f.FreeMinutes + f.PaidMinutesAccepted
	if minutes == 0 {
		return quoting.Money{}, false
	}
	v := new(big.Int).Mul(big.NewInt(f.ValueAccepted.Minor()), big.NewInt(60))
	v.Quo(v, big.NewInt(minutes))
	return f.ValueAccepted.Currency().Minor(v.Int64()), true
}

func (f *Figures) add(g Figures) {
	f.Emails += g.Emails
	f.Questions += g.Questions
	f.FreeMinutes += g.FreeMinutes
	f.QuotesSent += g.QuotesSent
	f.QuotesAccepted += g.QuotesAccepted
	f.QuotesDeclined += g.QuotesDeclined
	f.QuotesExpired += g.QuotesExpired
	f.QuotesOpen += g.QuotesOpen
	f.ValueAccepted = f.ValueAccepted.Currency().Minor(f.ValueAccepted.Minor() + g.ValueAccepted.Minor())
	f.PaidMinutesAccepted += g.PaidMinutesAccepted
	f.LeakageValue = f.LeakageValue.Currency().Minor(f.LeakageValue.Minor() + g.LeakageValue.Minor())
}

func figuresOf(lf *ledger.Figures, cur quoting.Currency, rate quoting.Money) Figures {
	return Figures{
		Emails:              lf.Emails,
		Questions:           lf.Questions,
		FreeMinutes:         lf.FreeMinutes,
		QuotesSent:          lf.Sent,
		QuotesAccepted:      lf.Accepted,
		QuotesDeclined:      lf.Declined,
		QuotesExpired:       lf.Expired,
		QuotesOpen:          lf.Open,
		ValueAccepted:       cur.Minor(lf.ValueAccepted),
		PaidMinutesAccepted: lf.MinutesAccepted,
		LeakageValue:        cur.Minor(atRate(rate, lf.FreeMinutes)),
	}
}

// atRate is minutes at an hourly rate, in minor units, rounded half up.
func atRate(rate quoting.Money, minutes int64) int64 {
	if rate.IsZero() || minutes == 0 {
		return 0
	}
	v := new(big.Int).Mul(big.NewInt(rate.Minor()), big.NewInt(minutes))
	v.Add(v, big.NewInt(30))
	return v.Quo(v, big.NewInt(60)).Int64()
}

// Ranking is the ranked list of accounts over one window: what `fivemin
// clients` prints and the dashboard's clients page shows.
type Ranking struct {
	Now time.Time
	// Since and Until bound the window: entries at or after Since and at
	// or before Now count. PreviousSince starts the previous window, which
	// ends just before Since.
	Since, Until, PreviousSince time.Time
	// Settings are those ranked with, defaults filled in and Currency set.
	Settings Settings
	// Accounts are ranked best tier first (no tier last), then by revenue,
	// then by name. Only accounts with entries in the window are listed.
	Accounts []Account
}

// Account is one organisation: the unit the tier is computed for.
type Account struct {
	Organisation string
	// Tier is the account's tier: the configured one when every client
	// listed shares the same override, else ComputedTier.
	Tier, ComputedTier string
	Overridden         bool
	Figures            Figures
	// Previous are the figures of the previous window; HadPrevious is
	// false when the account had no entries then.
	Previous     Figures
	HadPrevious  bool
	PreviousTier string
	Change       Change
	Clients      []Client // ranked like accounts
}

// Client is one address of an account.
type Client struct {
	Address, Organisation string
	// Tier is the configured tier for this address if there is one
	// (Overridden), else its account's computed tier.
	Tier         string
	ComputedTier string // the account's
	Overridden   bool
	Will, Skill  string
	Figures      Figures
	PreviousTier string
	// Change is the account's change, seen from this address's tiers.
	Change Change
}

// Rank computes every account's tier over the window ending now, and the
// change since the previous window. It reads the ledger twice (once per
// window) through its aggregate reports: memory grows with the number of
// clients, not entries.
func (r *Ranker) Rank(ctx context.Context, s Settings) (*Ranking, error) {
	p, err := prepare(s)
	if err != nil {
		return nil, err
	}
	return r.rank(ctx, p)
}

func (r *Ranker) rank(ctx context.Context, p *prepared) (*Ranking, error) {
	now := r.now()
	rk := &Ranking{
		Now:           now,
		Since:         now.AddDate(0, 0, -p.WindowDays),
		Until:         now.Add(time.Nanosecond), // the window includes now
		PreviousSince: now.AddDate(0, 0, -2*p.WindowDays),
	}
	cur, err := r.clientRows(ctx, p, rk.Since, rk.Until)
	if err != nil {
		return nil, fmt.Errorf("client tiers: window to %s: %w", now.Format(time.DateOnly), err)
	}
	prev, err := r.clientRows(ctx, p, rk.PreviousSince, rk.Since)
	if err != nil {
		return nil, fmt.Errorf("client tiers: previous window: %w", err)
	}
	rk.Settings = p.Settings
	rk.Accounts = rankAccounts(p, cur, prev)
	return rk, nil
}

// clientRow is one client address's figures in a window.
type clientRow struct {
	addr string
	fig  Figures
}

// clientRows reads per-client figures for [since, until). The first call
// fixes p.Currency when the settings left it to the ledger, so both
// windows count the same money.
func (r *Ranker) clientRows(ctx context.Context, p *prepared, since, until time.Time) ([]clientRow, error) {
	rep, err := r.l.Report(ctx, ledger.Filter{Since: since, Until: until, Currency: p.Currency.Code()}, ledger.ByClient)
	if err != nil {
		return nil, err
	}
	if p.Currency.IsZero() && rep.Currency != "" {
		if p.Currency, err = quoting.ParseCurrency(rep.Currency); err != nil {
			return nil, fmt.Errorf("ledger currency: %w", err)
		}
	}
	rows := rep.Rows(ledger.ByClient)
	out := make([]clientRow, len(rows))
	for i := range rows {
		out[i] = clientRow{addr: rows[i].Client, fig: figuresOf(&rows[i].Figures, p.Currency, p.Rate)}
	}
	return out, nil
}

func rankAccounts(p *prepared, cur, prev []clientRow) []Account {
	// Accounts are the organisations with entries in the window; the
	// previous window only adds to those.
	accs := map[string]*Account{}
	for _, row := range cur {
		o, _ := p.ov.lookup(row.addr)
		org := organisation(row.addr, o)
		a := accs[org]
		if a == nil {
			zero := p.Currency.Minor(0)
			a = &Account{Organisation: org}
			a.Figures.ValueAccepted, a.Figures.LeakageValue = zero, zero
			a.Previous.ValueAccepted, a.Previous.LeakageValue = zero, zero
			accs[org] = a
		}
		a.Figures.add(row.fig)
		a.Clients = append(a.Clients, Client{
			Address: row.addr, Organisation: org, Figures: row.fig,
			Tier: o.Tier, Overridden: o.Tier != "", Will: o.Will, Skill: o.Skill,
		})
	}
	for _, row := range prev {
		o, _ := p.ov.lookup(row.addr)
		if a := accs[organisation(row.addr, o)]; a != nil {
			a.Previous.add(row.fig)
			a.HadPrevious = true
		}
	}

	out := make([]Account, 0, len(accs))
	for _, acc := range accs {
		acc.ComputedTier = p.Tier(acc.Figures.Measures())
		acc.Tier = acc.ComputedTier
		prevTier := ""
		if acc.HadPrevious {
			prevTier = p.Tier(acc.Previous.Measures())
		}
		// The account takes a configured tier only when all its clients
		// share it; otherwise each overridden address keeps its own.
		if t := commonOverride(acc.Clients); t != "" {
			acc.Tier, acc.Overridden = t, true
			prevTier = t
		}
		if acc.HadPrevious {
			acc.PreviousTier = prevTier
		}
		acc.Change = describe(&p.Settings, acc.PreviousTier, acc.Tier, acc.Previous.Measures(), acc.Figures.Measures(), acc.HadPrevious)
		for i := range acc.Clients {
			c := &acc.Clients[i]
			c.ComputedTier = acc.ComputedTier
			c.Change = acc.Change
			if c.Overridden {
				c.Change.From, c.Change.To = c.Tier, c.Tier
				c.PreviousTier = c.Tier
			} else {
				c.Tier = acc.ComputedTier
				if acc.HadPrevious {
					c.PreviousTier = p.Tier(acc.Previous.Measures())
				}
				c.Change.From, c.Change.To = c.PreviousTier, c.Tier
			}
			if !acc.HadPrevious {
				c.PreviousTier, c.Change.From = "", ""
			}
		}
		slices.SortFunc(acc.Clients, func(x, y Client) int {
			return cmp.Or(cmp.Compare(tierRank(x.Tier), tierRank(y.Tier)),
				cmp.Compare(y.Figures.ValueAccepted.Minor(), x.Figures.ValueAccepted.Minor()),
				cmp.Compare(x.Address, y.Address))
		})
		out = append(out, *acc)
	}
	slices.SortFunc(out, func(x, y Account) int {
		return cmp.Or(cmp.Compare(tierRank(x.Tier), tierRank(y.Tier)),
			cmp.Compare(y.Figures.ValueAccepted.Minor(), x.Figures.ValueAccepted.Minor()),
			cmp.Compare(x.Organisation, y.Organisation))
	})
	return out
}

// commonOverride is the configured tier every client shares, or "".
func commonOverride(cs []Client) string {
	t := ""
	for i, c := range cs {
		if !c.Overridden || (i > 0 && c.Tier != t) {
			return ""
		}
		t = c.Tier
	}
	return t
}

// Row is one client address as `fivemin clients` lists it: the address's
// own figures, its tier and change, and its account's measures (what the
// tier was computed from).
type Row struct {
	Client
	Account *Account
}

// Rows lists every client address, account by account in rank order.
func (r *Ranking) Rows() []Row {
	var rows []Row
	for i := range r.Accounts {
		a := &r.Accounts[i]
		for _, c := range a.Clients {
			rows = append(rows, Row{Client: c, Account: a})
		}
	}
	return rows
}
