package ledger

import (
	"errors"
	"fmt"

	"strings"
	"time"
	"unicode/utf8"

	"github.com/fivemin/fivemin/triage/address"
)

// Errors callers branch on. Others are wrapped with context.
var (
	ErrNotFound   = errors.New("not found")
	ErrInvalid    = errors.New("invalid ledger record")
	ErrIDConflict = errors.New("quote ID already used for another email")
	ErrNoMatch    = errors.New("reply matches no quote")
)

// Email is one client email fivemin triaged, whether or not it drafted a
// reply. It is keyed, and made idempotent, by SourceToken.
type Email struct {
	// SourceToken identifies the source message across restarts (the
	// mailbox's token for it); recording the same token twice is a no-op.
	SourceToken string `json:"source_token"`
	MessageID   string `json:"message_id,omitempty"`
	Rep         string `json:"rep"`
	// Client is the sender's address; it is stored in lower case.
	Client string `json:"client"`
	// Org is the client's organisation (the caller applies its config
	// overrides); empty means the domain of Client.
	Org        string    `json:"org"`
	ReceivedAt time.Time `json:"received_at"`
	// DraftedAt is when the reply draft was made; zero for skipped mail.
	DraftedAt time.Time `json:"drafted_at,omitzero"`
	// SentAt is when the rep's reply to it was sent (seen in Sent, or sent
	// by fivemin); zero until then. With ReceivedAt it gives the first
	// response time.
	SentAt      time.Time `json:"sent_at,omitzero"`
	Questions   int       `json:"questions"`
	FreeMinutes int       `json:"free_minutes"` // quick minutes answered free
	Skipped     bool      `json:"skipped,omitempty"`
	QuoteID     string    `json:"quote_id,omitempty"`

	// Draft usage, filled in when the draft is seen sent or deleted.
	Usage      EditClass `json:"usage,omitempty"`
	Similarity int       `json:"similarity_permille,omitempty"` // draft vs sent text, 0–1000
	UsageAt    time.Time `json:"usage_at,omitzero"`
}

// Ask is one paid ask of a quote. Money is in integer minor units of the
// quote's currency (cents for USD); time in integer minutes.
type Ask struct {
	Text     string `json:"text"`
	Category string `json:"category,omitempty"`
	// Minutes is the estimated work; BilledMinutes what is charged (the
	// estimate rounded up to the billing step: 2 h = 120).
	Minutes       int   `json:"minutes"`
	BilledMinutes int   `json:"billed_minutes"`
	Amount        int64 `json:"amount"`
}

// Quote is a priced offer for paid work, drafted for one client email. Its
// State is derived from its events; values given to CreateQuote are ignored.
type Quote struct {
	// ID is stable and comes from the caller (NewQuoteID derives it from
	// the source token); creating the same ID twice is a no-op.
	ID              string `json:"id"`
	Rep             string `json:"rep"`
	Client          string `json:"client"`
	Org             string `json:"org"`
	SourceMessageID string `json:"source_message_id,omitempty"`
	SourceToken     string `json:"source_token"`
	// MessageID is the quote email's own Message-ID, which replies cite in
	// In-Reply-To/References.
	MessageID   string    `json:"message_id,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
	Asks        []Ask     `json:"asks"`
	Rate        int64     `json:"rate"`  // per hour, minor units
	Total       int64     `json:"total"` // minor units
	Currency    string    `json:"currency"`
	FreeMinutes int       `json:"free_minutes"`   // given free in the same reply
	Tier        string    `json:"tier,omitempty"` // client tier A–E when quoted, or ""

	State
}

// BilledMinutes is the time the quote charges for, summed over its asks.
func (q *Quote) BilledMinutes() int64 {
	var n int64
	for _, a := range q.Asks {
		n += int64(a.BilledMinutes)
	}
	return n
}

// Entry is one triaged client email with the quote drafted for it, if any,
// for recording both in one transaction (Ledger.Record).
type Entry struct {
	Email Email
	Quote *Quote
}

// Quote IDs are "Q-" followed by upper-case letters, digits and dashes. In
// a subject they appear in brackets: "Re: Your question [Q-7K3M9QX2ABCD]".
const (
	quoteIDPrefix = "Q-"
	maxIDLen      = 48
)

// QuoteIDsInSubject returns the quote IDs tagged in a subject ("[Q-…]"), in
// order, upper-cased; clients' mail programs keep the tag when replying.
func QuoteIDsInSubject(subject string) []string {
	var ids []string
	for i := 0; i < len(subject); i++ {
		if subject[i] != '[' {
			continue
		}
		end := strings.IndexByte(subject[i+1:], ']')
		if end < 0 {
			break
		}
		cand := strings.ToUpper(strings.TrimSpace(subject[i+1 : i+1+end]))
		if validID(cand) == nil {
			ids = append(ids, cand)
			i += end
		}
	}
	return ids
}

// NormalizeQuoteID upper-cases id and checks its form.
func NormalizeQuoteID(id string) (string, error) {
	id = strings.ToUpper(strings.TrimSpace(id))
	return id, validID(id)
}

func validID(id string) error {
	if !strings.HasPrefix(id, quoteIDPrefix) || len(id) == len(quoteIDPrefix) || len(id) > maxIDLen {
		return fmt.Errorf("%w: quote ID %q: want %s followed by up to %d letters, digits or dashes", ErrInvalid, id, quoteIDPrefix, maxIDLen-len(quoteIDPrefix))
	}
	for _, c := range []byte(id[len(quoteIDPrefix):]) {
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '-') {
			return fmt.Errorf("%w: quote ID %q: character %q not allowed", ErrInvalid, id, c)
		}
	}
	return nil
}

// normMsgID strips the angle brackets and spaces around a Message-ID.
func normMsgID(id string) string {
	id = strings.TrimSpace(id)
	id = strings.TrimPrefix(id, "<")
	id = strings.TrimSuffix(id, ">")
	return strings.TrimSpace(id)
}

// normAddress lower-cases an address and strips a display name if one came
// along, with the parser triage reads senders with. An address that does
// not parse is kept (lower-cased) rather than lost: the ledger records what
// happened, it does not police mail syntax.
func normAddress(s string) string { return address.Normalize(s) }

// domainOf returns the part after the last "@", or the whole string.
func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return addr[i+1:]
	}
	return addr
}

// maxName bounds rep, client and organisation names: they are interned and
// listed in reports, and a runaway header must not bloat the file.
const maxName = 320

func checkName(field, v string) error {
	if v == "" {
		return fmt.Errorf("%w: %s is empty", ErrInvalid, field)
	}
	if len(v) > maxName || !utf8.ValidString(v) || strings.ContainsAny(v, "\x00\r\n") {
		return fmt.Errorf("%w: %s %.40q is too long, not UTF-8 or contains control characters", ErrInvalid, field, v)
	}
	return nil
}

func (e *Email) normalize(now time.Time) error {
	if e.SourceToken == "" || len(e.SourceToken) > 512 {
		return fmt.Errorf("%w: email source token is empty or longer than 512 bytes", ErrInvalid)
	}
	e.Client = normAddress(e.Client)
	if e.Org == "" {
		e.Org = domainOf(e.Client)
	}
	for _, c := range []struct{ f, v string }{{"rep", e.Rep}, {"client", e.Client}, {"organisation", e.Org}} {
		if err := checkName(c.f, c.v); err != nil {
			return fmt.Errorf("email %s: %w", e.SourceToken, err)
		}
	}
	if e.ReceivedAt.IsZero() {
		e.ReceivedAt = now
	}
	if e.Questions < 0 || e.Questions > 65535 || e.FreeMinutes < 0 || e.FreeMinutes > 1<<31-1 {
		return fmt.Errorf("%w: email %s: questions %d or free minutes %d out of range", ErrInvalid, e.SourceToken, e.Questions, e.FreeMinutes)
	}
	if e.QuoteID != "" {
		id, err := NormalizeQuoteID(e.QuoteID)
		if err != nil {
			return fmt.Errorf("email %s: %w", e.SourceToken, err)
		}
		e.QuoteID = id
	}
	e.MessageID = normMsgID(e.MessageID)
	e.Usage, e.Similarity, e.UsageAt, e.SentAt = "", 0, time.Time{}, time.Time{}
	return nil
}

func (q *Quote) normalize(now time.Time) error {
	id, err := NormalizeQuoteID(q.ID)
	if err != nil {
		return err
	}
	q.ID = id
	if q.SourceToken == "" {
		return fmt.Errorf("%w: quote %s has no source token", ErrInvalid, q.ID)
	}
	q.Client = normAddress(q.Client)
	if q.Org == "" {
		q.Org = domainOf(q.Client)
	}
	for _, c := range []struct{ f, v string }{{"rep", q.Rep}, {"client", q.Client}, {"organisation", q.Org}} {
		if err := checkName(c.f, c.v); err != nil {
			return fmt.Errorf("quote %s: %w", q.ID, err)
		}
	}
	if q.CreatedAt.IsZero() {
		q.CreatedAt = now
	}
	q.Currency = strings.ToUpper(q.Currency)
	if !validCurrency(q.Currency) {
		return fmt.Errorf("%w: quote %s: currency %q is not an ISO 4217 code", ErrInvalid, q.ID, q.Currency)
	}
	if err := q.checkAmounts(); err != nil {
		return err
	}
	switch q.Tier = strings.ToUpper(q.Tier); q.Tier {
	case "", "A", "B", "C", "D", "E":
	default:
		return fmt.Errorf("%w: quote %s: tier %q (want A–E or empty)", ErrInvalid, q.ID, q.Tier)
	}
	q.MessageID = normMsgID(q.MessageID)
	q.SourceMessageID = normMsgID(q.SourceMessageID)
	q.State = State{}
	return nil
}

// checkAmounts refuses negative amounts, and billed minutes that would
// not fit a fact's 32 bits.
func (q *Quote) checkAmounts() error {
	if q.Rate < 0 || q.Total < 0 || q.FreeMinutes < 0 {
		return fmt.Errorf("%w: quote %s: negative rate, total or free minutes", ErrInvalid, q.ID)
	}
	var billed int64
	for i, a := range q.Asks {
		if a.Minutes < 0 || a.BilledMinutes < 0 || a.Amount < 0 {
			return fmt.Errorf("%w: quote %s: ask %d has negative minutes or amount", ErrInvalid, q.ID, i)
		}
		billed += int64(a.BilledMinutes)
	}
	if billed > 1<<32-1 {
		return fmt.Errorf("%w: quote %s: %d billed minutes is beyond belief", ErrInvalid, q.ID, billed)
	}
	return nil
}

func validCurrency(c string) bool {
	if len(c) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}
