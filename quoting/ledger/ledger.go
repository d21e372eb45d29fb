package ledger

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Options tune a Ledger. The zero value works.
type Options struct {
	// Now is the clock for events the caller does not time itself;
	// default time.Now.
	Now func() time.Time
	// Logger receives the ledger's few messages (migration, odd input
	// kept anyway); default discards.
	Logger *slog.Logger
	// Location is where months and business days are counted; default
	// time.Local.
	Location *time.Location
}

// Ledger is the quote ledger inside a bbolt file. It is safe for concurrent
// use; every write is one short bbolt transaction.
type Ledger struct {
	db  *bolt.DB
	now func() time.Time
	log *slog.Logger
	loc *time.Location
}

// New prepares the ledger buckets in db: it creates them in a new file,
// migrates an older schema, and refuses a newer one (ErrSchemaTooNew). On a
// read-only db (a snapshot) it only checks that the schema is current.
func New(ctx context.Context, db *bolt.DB, opts Options) (*Ledger, error) {
	l := &Ledger{db: db, now: opts.Now, log: opts.Logger, loc: opts.Location}
	if l.now == nil {
		l.now = time.Now
	}
	if l.log == nil {
		l.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if l.loc == nil {
		l.loc = time.Local
	}
	if err := l.prepare(ctx); err != nil {
		return nil, fmt.Errorf("ledger in %s: %w", db.Path(), err)
	}
	return l, nil
}

// DB returns the bbolt file the ledger lives in.
func (l *Ledger) DB() *bolt.DB { return l.db }

// Tx is one ledger transaction. Methods that write need a Tx from Update;
// a Tx must not be used after its function returns.
type Tx struct {
	l  *Ledger
	tx *bolt.Tx
	buckets
	nameCache map[string]uint32 // interning cache for this transaction
}

// buckets are the ledger's buckets inside one transaction.
type buckets struct {
	meta, emails, quotes, events, msgids, open, followup, unclear, names, nameIDs, facts *bolt.Bucket
}

// openBuckets finds every bucket, so that no method meets a missing one.
func openBuckets(tx *bolt.Tx) (buckets, error) {
	var b buckets
	for _, x := range []struct {
		dst  **bolt.Bucket
		name []byte
	}{
		{&b.meta, bMeta}, {&b.emails, bEmails}, {&b.quotes, bQuotes}, {&b.events, bEvents},
		{&b.msgids, bMsgIDs}, {&b.open, bOpen}, {&b.followup, bFollowUp}, {&b.unclear, bUnclear},
		{&b.names, bNames}, {&b.nameIDs, bNameIDs}, {&b.facts, bFacts},
	} {
		if *x.dst = tx.Bucket(x.name); *x.dst == nil {
			return b, fmt.Errorf("%w: bucket %s is missing", ErrCorrupt, x.name)
		}
	}
	return b, nil
}

func (l *Ledger) newTx(btx *bolt.Tx) (*Tx, error) {
	b, err := openBuckets(btx)
	if err != nil {
		return nil, err
	}
	return &Tx{l: l, tx: btx, buckets: b}, nil
}

// Update runs fn in one read-write transaction: everything fn records is
// committed together (and fsynced) or not at all. Use it to record many
// records at once; each Ledger method is its own short Update.
func (l *Ledger) Update(ctx context.Context, fn func(*Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return l.db.Update(func(btx *bolt.Tx) error {
		t, err := l.newTx(btx)
		if err != nil {
			return err
		}
		return fn(t)
	})
}

// View runs fn in a read-only transaction: a consistent view while writers
// carry on.
func (l *Ledger) View(ctx context.Context, fn func(*Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return l.db.View(func(btx *bolt.Tx) error {
		t, err := l.newTx(btx)
		if err != nil {
			return err
		}
		return fn(t)
	})
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	return b.Put(key, data)
}

// Quote returns the quote with id (ErrNotFound if there is none).
func (t *Tx) Quote(id string) (*Quote, error) {
	nid, err := NormalizeQuoteID(id)
	if err != nil {
		return nil, err
	}
	v := t.quotes.Get([]byte(nid))
	if v == nil {
		return nil, fmt.Errorf("quote %s: %w", nid, ErrNotFound)
	}
	q := new(Quote)
	if err := json.Unmarshal(v, q); err != nil {
		return nil, fmt.Errorf("quote %s: %w: %v", nid, ErrCorrupt, err)
	}
	return q, nil
}

// Email returns the email recorded under a source token.
func (t *Tx) Email(sourceToken string) (*Email, error) {
	v := t.emails.Get([]byte(sourceToken))
	if v == nil {
		return nil, fmt.Errorf("email %q: %w", sourceToken, ErrNotFound)
	}
	e := new(Email)
	if err := json.Unmarshal(v, e); err != nil {
		return nil, fmt.Errorf("email %q: %w: %v", sourceToken, ErrCorrupt, err)
	}
	return e, nil
}

func eventKey(id string, seq int) []byte {
	k := make([]byte, 0, len(id)+5)
	k = append(k, id...)
	k = append(k, 0)
	return binary.BigEndian.AppendUint32(k, uint32(seq))
}

// Events returns a quote's history, oldest first.
func (t *Tx) Events(id string) ([]Event, error) {
	q, err := t.Quote(id)
	if err != nil {
		return nil, err
	}
	var evs []Event
	err = t.eachEvent(q.ID, func(ev Event) bool { evs = append(evs, ev); return true })
	return evs, err
}

func (t *Tx) eachEvent(id string, fn func(Event) bool) error {
	prefix := append([]byte(id), 0)
	c := t.events.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var ev Event
		if err := json.Unmarshal(v, &ev); err != nil {
			return fmt.Errorf("quote %s event %x: %w: %v", id, k[len(prefix):], ErrCorrupt, err)
		}
		if !fn(ev) {
			break
		}
	}
	return nil
}

// Quote returns the quote with id.
func (l *Ledger) Quote(ctx context.Context, id string) (q *Quote, err error) {
	err = l.View(ctx, func(t *Tx) error { q, err = t.Quote(id); return err })
	return q, err
}

// Email returns the email recorded under a source token.
func (l *Ledger) Email(ctx context.Context, sourceToken string) (e *Email, err error) {
	err = l.View(ctx, func(t *Tx) error { e, err = t.Email(sourceToken); return err })
	return e, err
}

// Events returns a quote's history, oldest first.
func (l *Ledger) Events(ctx context.Context, id string) (evs []Event, err error) {
	err = l.View(ctx, func(t *Tx) error { evs, err = t.Events(id); return err })
	return evs, err
}

// nameID interns a name of a kind, creating an id when it is new.
func (t *Tx) nameID(kind byte, name string) (uint32, error) {
	key := string(kind) + name
	if id, ok := t.nameCache[key]; ok {
		return id, nil
	}
	names := t.names
	var id uint32
	if v := names.Get([]byte(key)); v != nil {
		if len(v) != 4 {
			return 0, fmt.Errorf("name %q: %w: id of %d bytes", name, ErrCorrupt, len(v))
		}
		id = binary.BigEndian.Uint32(v)
	} else {
		ids := t.nameIDs
		seq, err := ids.NextSequence()
		if err != nil {
			return 0, err
		}
		if seq > 1<<32-1 {
			return 0, errors.New("ledger: more than 4 billion distinct names")
		}
		id = uint32(seq)
		var idb [4]byte
		binary.BigEndian.PutUint32(idb[:], id)
		if err := names.Put([]byte(key), idb[:]); err != nil {
			return 0, err
		}
		if err := ids.Put(idb[:], []byte(key)); err != nil {
			return 0, err
		}
	}
	if t.nameCache == nil {
		t.nameCache = make(map[string]uint32)
	}
	t.nameCache[key] = id
	return id, nil
}

// lookupName finds an existing name's id without creating it.
func lookupName(names *bolt.Bucket, kind byte, name string) (uint32, bool) {
	v := names.Get(append([]byte{kind}, name...))
	if len(v) != 4 {
		return 0, false
	}
	return binary.BigEndian.Uint32(v), true
}

// nameOf resolves an id to its name.
func nameOf(nameIDs *bolt.Bucket, id uint32) (string, error) {
	var idb [4]byte
	binary.BigEndian.PutUint32(idb[:], id)
	v := nameIDs.Get(idb[:])
	if len(v) < 1 {
		return "", fmt.Errorf("%w: no name for id %d", ErrCorrupt, id)
	}
	return string(v[1:]), nil
}
