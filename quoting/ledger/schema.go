package ledger

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the ledger layout this package writes (see the package
// comment). Version 1 is described at quoteV1.
const SchemaVersion = 2

var (
	bMeta       = []byte("ledger.meta")
	bEmails     = []byte("ledger.emails")
	bQuotes     = []byte("ledger.quotes")
	bEvents     = []byte("ledger.events")
	bMsgIDs     = []byte("ledger.msgids")
	bOpen       = []byte("ledger.open")
	bFollowUp   = []byte("ledger.followup")
	bUnclear    = []byte("ledger.unclear")
	bNames      = []byte("ledger.names")
	bNameIDs    = []byte("ledger.nameids")
	bFacts      = []byte("ledger.facts")
	bQuarantine = []byte("ledger.quarantine")

	allBuckets = [][]byte{bMeta, bEmails, bQuotes, bEvents, bMsgIDs, bOpen, bFollowUp, bUnclear, bNames, bNameIDs, bFacts, bQuarantine}

	keyVersion     = []byte("version")
	keyMigrateNext = []byte("migrate.v1.after") // last v1 quote key converted
)

// ErrSchemaTooNew means the file was written by a newer fivemin.
var ErrSchemaTooNew = errors.New("ledger schema is newer than this fivemin")

// ErrNeedsMigration means a read-only file (a snapshot) holds an older
// schema, which only a read-write open can upgrade.
var ErrNeedsMigration = errors.New("ledger schema needs migrating; open the state file read-write once")

// ErrNoLedger means a read-only file has no ledger in it.
var ErrNoLedger = errors.New("no ledger in this state file")

func readVersion(tx *bolt.Tx) (uint64, bool) {
	m := tx.Bucket(bMeta)
	if m == nil {
		return 0, false
	}
	v := m.Get(keyVersion)
	if len(v) != 8 {
		return 0, false
	}
	return binary.BigEndian.Uint64(v), true
}

func putVersion(m *bolt.Bucket, v uint64) error {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return m.Put(keyVersion, b[:])
}

// migrateChunk is how many v1 quotes one migration transaction converts:
// small enough to keep each transaction's memory modest, large enough not
// to pay an fsync per record. Tests lower it.
var migrateChunk = 5000

func (l *Ledger) prepare(ctx context.Context) error {
	if l.db.IsReadOnly() {
		return l.db.View(func(tx *bolt.Tx) error {
			v, ok := readVersion(tx)
			switch {
			case !ok:
				return ErrNoLedger
			case v > SchemaVersion:
				return fmt.Errorf("%w: version %d, this fivemin reads %d", ErrSchemaTooNew, v, SchemaVersion)
			case v < SchemaVersion:
				return fmt.Errorf("%w: version %d", ErrNeedsMigration, v)
			}
			_, err := openBuckets(tx)
			return err
		})
	}
	var version uint64
	err := l.db.Update(func(tx *bolt.Tx) error {
		v, ok := readVersion(tx)
		if ok {
			version = v
			return nil
		}
		if tx.Bucket(bQuotes) != nil {
			return fmt.Errorf("%w: %s exists but %s has no version", ErrCorrupt, bQuotes, bMeta)
		}
		// A new ledger.
		if err := createBuckets(tx); err != nil {
			return err
		}
		version = SchemaVersion
		return putVersion(tx.Bucket(bMeta), SchemaVersion)
	})
	if err != nil {
		return err
	}
	switch {
	case version > SchemaVersion:
		return fmt.Errorf("%w: version %d, this fivemin writes %d", ErrSchemaTooNew, version, SchemaVersion)
	case version == 1:
		if err := l.migrateV1(ctx); err != nil {
			return fmt.Errorf("migrate from schema v1: %w", err)
		}
	case version != SchemaVersion:
		return fmt.Errorf("%w: unknown schema version %d", ErrCorrupt, version)
	}
	// Buckets added in later releases of the same version appear here.
	return l.db.Update(createBuckets)
}

func createBuckets(tx *bolt.Tx) error {
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return nil
}

// quoteV1 is a quote as schema version 1 stored it (fivemin's first
// ledger): one JSON record per quote in ledger.quotes, keyed by ID, with the
// status as a plain field and no history, hours and money as floats in
// major units, no organisation, no source token, and no emails, events,
// facts or indexes. IDs were "Q-" and a number. Decisions in v1 came only
// from client replies.
type quoteV1 struct {
	ID          string    `json:"id"`
	Rep         string    `json:"rep"`
	Client      string    `json:"client"`
	MessageID   string    `json:"message_id"`
	Created     time.Time `json:"created"`
	Sent        time.Time `json:"sent"`
	Decided     time.Time `json:"decided"`
	Status      string    `json:"status"`
	Hours       float64   `json:"hours"`
	Rate        float64   `json:"rate"`   // per hour, major units
	Amount      float64   `json:"amount"` // major units
	Currency    string    `json:"currency"`
	FreeMinutes int       `json:"free_minutes"`
}

// migrateV1 converts v1 quotes in place, migrateChunk per transaction. The
// last converted key is kept in the meta bucket, so an interrupted
// migration resumes where it stopped; the version becomes 2 only when every
// record is done. Records that cannot be converted are moved verbatim to
// ledger.quarantine and logged: nothing is lost, and the service starts.
func (l *Ledger) migrateV1(ctx context.Context) error {
	if err := l.db.Update(createBuckets); err != nil {
		return err
	}
	var converted, quarantined int
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		c, q, done, err := l.migrateV1Chunk()
		if err != nil {
			return err
		}
		converted, quarantined = converted+c, quarantined+q
		if done {
			l.log.Info("ledger: migrated schema v1 to v2", "quotes", converted, "quarantined", quarantined)
			return nil
		}
	}
}

// migrateV1Chunk converts the next migrateChunk v1 quotes in one
// transaction, or, when none are left, sets the version to 2.
func (l *Ledger) migrateV1Chunk() (converted, quarantined int, done bool, err error) {
	err = l.db.Update(func(btx *bolt.Tx) error {
		converted, quarantined, done = 0, 0, false
		t, err := l.newTx(btx)
		if err != nil {
			return err
		}
		type rec struct{ k, v []byte }
		var batch []rec
		c := t.quotes.Cursor()
		k, v := c.First()
		if after := t.meta.Get(keyMigrateNext); after != nil {
			k, v = c.Seek(after)
			if bytes.Equal(k, after) {
				k, v = c.Next()
			}
		}
		for ; k != nil && len(batch) < migrateChunk; k, v = c.Next() {
			batch = append(batch, rec{bytes.Clone(k), bytes.Clone(v)})
		}
		if len(batch) == 0 {
			done = true
			if err := putVersion(t.meta, SchemaVersion); err != nil {
				return err
			}
			return t.meta.Delete(keyMigrateNext)
		}
		for _, r := range batch {
			q, events, err := convertV1(r.k, r.v)
			if err == nil {
				// convertV1 checked the record and replayed its
				// history, so only storage can fail here: abort.
				if err := t.insertQuote(q, events); err != nil {
					return fmt.Errorf("quote %s: %w", r.k, err)
				}
				converted++
				continue
			}
			l.log.Warn("ledger: v1 quote quarantined", "key", string(r.k), "err", err)
			if err := btx.Bucket(bQuarantine).Put(r.k, r.v); err != nil {
				return err
			}
			if err := t.quotes.Delete(r.k); err != nil {
				return err
			}
			quarantined++
		}
		return t.meta.Put(keyMigrateNext, batch[len(batch)-1].k)
	})
	return converted, quarantined, done, err
}

// convertV1 turns a v1 record into a v2 quote and the history its fields
// imply.
func convertV1(k, v []byte) (*Quote, []Event, error) {
	var o quoteV1
	if err := json.Unmarshal(v, &o); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if o.ID != string(k) {
		return nil, nil, fmt.Errorf("%w: record id %q under key %q", ErrCorrupt, o.ID, k)
	}
	q, err := o.quote()
	if err != nil {
		return nil, nil, err
	}
	events, err := o.events()
	if err != nil {
		return nil, nil, err
	}
	if _, err := Fold(events); err != nil {
		return nil, nil, err
	}
	return q, events, nil
}

// quote is o as a v2 quote: its hours become one ask.
func (o *quoteV1) quote() (*Quote, error) {
	cur := strings.ToUpper(o.Currency)
	exp := minorDigits(cur)
	rate, okR := toMinor(o.Rate, exp)
	total, okT := toMinor(o.Amount, exp)
	minutes, okH := toMinor(o.Hours*60, 0)
	if !okR || !okT || !okH || minutes > math.MaxInt32 {
		return nil, fmt.Errorf("%w: hours %v, rate %v or amount %v is negative or not a number", ErrInvalid, o.Hours, o.Rate, o.Amount)
	}
	q := &Quote{
		ID:          o.ID,
		Rep:         o.Rep,
		Client:      o.Client,
		SourceToken: "v1:" + o.ID, // v1 kept none; unique and stable
		MessageID:   o.MessageID,
		CreatedAt:   o.Created,
		Asks: []Ask{{
			Text:          "(migrated from a v1 quote: hours only)",
			Minutes:       int(minutes),
			BilledMinutes: int(minutes),
			Amount:        total,
		}},
		Rate:        rate,
		Total:       total,
		Currency:    cur,
		FreeMinutes: o.FreeMinutes,
	}
	if q.CreatedAt.IsZero() {
		return nil, fmt.Errorf("%w: no creation time", ErrInvalid)
	}
	if err := q.normalize(q.CreatedAt); err != nil {
		return nil, err
	}
	if q.ID != o.ID {
		// v2 would file it under another key, and the resumable walk
		// over the bucket could meet it again.
		return nil, fmt.Errorf("%w: v1 ID %q is not in the upper-case Q- form", ErrInvalid, o.ID)
	}
	return q, nil
}

// events is the history o's status implies, as v1 kept no history.
func (o *quoteV1) events() ([]Event, error) {
	const note = "migrated from schema v1"
	sent := o.Sent
	if sent.IsZero() {
		sent = o.Created
	}
	decided := o.Decided
	if decided.IsZero() {
		decided = sent
	}
	events := []Event{{Time: o.Created, Kind: EventDrafted, Actor: ActorSystem, Note: note}}
	sentEv := Event{Time: sent, Kind: EventSent, Actor: ActorSystem, Note: note}
	switch Status(o.Status) {
	case Drafted:
	case Sent:
		events = append(events, sentEv)
	case Accepted, Declined:
		events = append(events, sentEv, Event{Time: decided, Kind: EventKind(o.Status), Actor: ActorClient, Note: note})
	case Expired:
		events = append(events, sentEv, Event{Time: decided, Kind: EventExpired, Actor: ActorSystem, Note: note})
	case Withdrawn:
		events = append(events, Event{Time: decided, Kind: EventWithdrawn, Actor: ActorSystem, Note: note})
	default:
		return nil, fmt.Errorf("%w: unknown v1 status %q", ErrInvalid, o.Status)
	}
	return events, nil
}

// minorDigits is the number of minor-unit digits of an ISO 4217 currency:
// 2 for most, with the common exceptions listed.
func minorDigits(cur string) int {
	switch cur {
	case "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF":
		return 0
	case "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND":
		return 3
	}
	return 2
}

// toMinor converts a float amount to integer minor units, rounding half
// away from zero. v1 stored money as floats; this is the one place floats
// touch money.
func toMinor(v float64, digits int) (int64, bool) {
	x := math.Round(v * math.Pow10(digits))
	if math.IsNaN(x) || x < 0 || x > 1<<53 {
		return 0, false
	}
	return int64(x), true
}
