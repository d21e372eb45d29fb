package ledger

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/fivemin/fivemin/mailbox/mailtest/fakeclock"
)

// writeV1 builds a state file in the v1 layout (see quoteV1) with the raw
// records given, plus a bucket of another package that must survive.
func writeV1(t *testing.T, path string, records map[string]string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		m, err := tx.CreateBucket(bMeta)
		if err != nil {
			return err
		}
		var v [8]byte
		binary.BigEndian.PutUint64(v[:], 1)
		if err := m.Put(keyVersion, v[:]); err != nil {
			return err
		}
		qs, err := tx.CreateBucket(bQuotes)
		if err != nil {
			return err
		}
		for k, v := range records {
			if err := qs.Put([]byte(k), []byte(v)); err != nil {
				return err
			}
		}
		other, err := tx.CreateBucket([]byte("mailbox.state"))
		if err != nil {
			return err
		}
		return other.Put([]byte("uidnext"), []byte("42"))
	})
	if err != nil {
		t.Fatal(err)
	}
}

func v1JSON(t *testing.T, q quoteV1) string {
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestMigrateV1(t *testing.T) {
	ctx := context.Background()
	day := func(d int) time.Time { return t0.AddDate(0, 0, d) }
	good := []struct {
		v1          quoteV1
		status      Status
		minutes     int64
		rate, total int64
		events      []EventKind
		actor       Actor // of the last event
	}{
		{quoteV1{ID: "Q-1", Rep: "ann", Client: "Bob@Client.example", MessageID: "<q1@firm>", Created: day(0), Sent: day(0), Decided: day(2), Status: "accepted", Hours: 2.5, Rate: 250, Amount: 625.1, Currency: "usd", FreeMinutes: 5},
			Accepted, 150, 25000, 62510, []EventKind{EventDrafted, EventSent, EventAccepted}, ActorClient},
		{quoteV1{ID: "Q-2", Rep: "ann", Client: "carol@other.example", Created: day(1), Sent: day(1), Decided: day(3), Status: "declined", Hours: 1, Rate: 99.99, Amount: 99.99, Currency: "EUR"},
			Declined, 60, 9999, 9999, []EventKind{EventDrafted, EventSent, EventDeclined}, ActorClient},
		{quoteV1{ID: "Q-3", Rep: "dan", Client: "bob@client.example", Created: day(2), Sent: day(2), Status: "sent", Hours: 0.3333, Rate: 20000, Amount: 6667, Currency: "JPY"},
			Sent, 20, 20000, 6667, []EventKind{EventDrafted, EventSent}, ActorSystem},
		{quoteV1{ID: "Q-4", Rep: "dan", Client: "bob@client.example", Created: day(3), Sent: day(3), Decided: day(40), Status: "expired", Hours: 1, Rate: 10.125, Amount: 10.125, Currency: "KWD"},
			Expired, 60, 10125, 10125, []EventKind{EventDrafted, EventSent, EventExpired}, ActorSystem},
		{quoteV1{ID: "Q-5", Rep: "dan", Client: "eve@x.example", Created: day(4), Status: "drafted", Hours: 3, Rate: 100, Amount: 300, Currency: "USD"},
			Drafted, 180, 10000, 30000, []EventKind{EventDrafted}, ActorSystem},
		{quoteV1{ID: "Q-6", Rep: "dan", Client: "eve@x.example", Created: day(5), Decided: day(6), Status: "withdrawn", Hours: 1, Rate: 100, Amount: 100, Currency: "USD"},
			Withdrawn, 60, 10000, 10000, []EventKind{EventDrafted, EventWithdrawn}, ActorSystem},
		{quoteV1{ID: "Q-7", Rep: "ann", Client: "bob@client.example", Created: day(6), Status: "sent", Hours: 1, Rate: 100, Amount: 100, Currency: "USD"},
			Sent, 60, 10000, 10000, []EventKind{EventDrafted, EventSent}, ActorSystem},
	}
	records := map[string]string{}
	for _, g := range good {
		records[g.v1.ID] = v1JSON(t, g.v1)
	}
	bad := map[string]string{
		"Q-90": `{"id": "Q-90", "status": "accepted", "hours": `,                                                                       // truncated JSON
		"Q-91": v1JSON(t, quoteV1{ID: "Q-91", Rep: "ann", Client: "b@c", Created: day(0), Status: "maybe", Currency: "USD"}),           // unknown status
		"Q-92": v1JSON(t, quoteV1{ID: "Q-92", Rep: "ann", Client: "b@c", Created: day(0), Status: "sent", Hours: -1, Currency: "USD"}), // negative hours
		"q-93": v1JSON(t, quoteV1{ID: "q-93", Rep: "ann", Client: "b@c", Created: day(0), Status: "sent", Currency: "USD"}),            // lower-case ID
		"Q-94": v1JSON(t, quoteV1{ID: "Q-95", Rep: "ann", Client: "b@c", Created: day(0), Status: "sent", Currency: "USD"}),            // ID differs from key
		"Q-96": v1JSON(t, quoteV1{ID: "Q-96", Client: "b@c", Created: day(0), Status: "sent", Currency: "USD"}),                        // no rep
	}
	for k, v := range bad {
		records[k] = v
	}

	path := filepath.Join(t.TempDir(), "state.db")
	writeV1(t, path, records)

	saved := migrateChunk
	migrateChunk = 3
	t.Cleanup(func() { migrateChunk = saved })

	// Migrate one chunk, then stop as if the process died: the file is
	// still v1, with the progress marker set.
	db, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c := fakeclock.New(day(10))
	partial := &Ledger{db: db, now: c.Now, log: testLogger(t), loc: time.UTC}
	if err := db.Update(createBuckets); err != nil {
		t.Fatal(err)
	}
	if conv, quar, done, err := partial.migrateV1Chunk(); err != nil || done || conv+quar != 3 {
		t.Fatalf("first chunk: %d converted, %d quarantined, done %v, %v", conv, quar, done, err)
	}
	_ = db.View(func(tx *bolt.Tx) error { // the checks report inside
		if v, _ := readVersion(tx); v != 1 {
			t.Errorf("version %d after a partial migration", v)
		}
		return nil
	})
	db.Close()

	// A read-only open of a v1 file refuses clearly.
	ro, err := Open(path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(ctx, ro, Options{}); !errors.Is(err, ErrNeedsMigration) {
		t.Fatalf("read-only v1: %v", err)
	}
	ro.Close()

	// The next start resumes and finishes.
	db, err = Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	l := openLedger(t, db, c)

	_ = db.View(func(tx *bolt.Tx) error { // the checks report inside
		if v, _ := readVersion(tx); v != SchemaVersion {
			t.Errorf("version %d after migration", v)
		}
		if tx.Bucket(bMeta).Get(keyMigrateNext) != nil {
			t.Error("migration marker left behind")
		}
		if got := string(tx.Bucket([]byte("mailbox.state")).Get([]byte("uidnext"))); got != "42" {
			t.Errorf("another package's bucket changed: %q", got)
		}
		qb := tx.Bucket(bQuarantine)
		for k, v := range bad {
			if got := qb.Get([]byte(k)); string(got) != v {
				t.Errorf("quarantine[%s] = %q, want the v1 bytes", k, got)
			}
			if tx.Bucket(bQuotes).Get([]byte(k)) != nil {
				t.Errorf("unconvertible %s left in the quotes bucket", k)
			}
		}
		if n := tx.Bucket(bQuotes).Stats().KeyN; n != len(good) {
			t.Errorf("%d quotes after migration, want %d", n, len(good))
		}
		return nil
	})

	for _, g := range good {
		q, err := l.Quote(ctx, g.v1.ID)
		if err != nil {
			t.Fatal(err)
		}
		if q.Status != g.status || q.BilledMinutes() != g.minutes || q.Rate != g.rate || q.Total != g.total {
			t.Errorf("%s: status %s, %d min, rate %d, total %d; want %s, %d, %d, %d", q.ID, q.Status, q.BilledMinutes(), q.Rate, q.Total, g.status, g.minutes, g.rate, g.total)
		}
		if q.Client != normAddress(g.v1.Client) || q.Org != domainOf(normAddress(g.v1.Client)) || q.SourceToken != "v1:"+g.v1.ID {
			t.Errorf("%s: client %q org %q token %q", q.ID, q.Client, q.Org, q.SourceToken)
		}
		evs, err := l.Events(ctx, q.ID)
		if err != nil {
			t.Fatal(err)
		}
		var kinds []EventKind
		for _, ev := range evs {
			kinds = append(kinds, ev.Kind)
		}
		if len(kinds) != len(g.events) {
			t.Fatalf("%s: events %v, want %v", q.ID, kinds, g.events)
		}
		for i := range kinds {
			if kinds[i] != g.events[i] {
				t.Fatalf("%s: events %v, want %v", q.ID, kinds, g.events)
			}
		}
		if last := evs[len(evs)-1]; last.Actor != g.actor || last.Note != "migrated from schema v1" {
			t.Errorf("%s: last event %+v", q.ID, last)
		}
		if g.status.Concluded() && !q.DecidedAt.Equal(g.v1.Decided) {
			t.Errorf("%s: decided %v, want %v", q.ID, q.DecidedAt, g.v1.Decided)
		}
		checkFold(t, l, q.ID)
	}
	// Q-7 was "sent" with no sent time: the creation time stands in.
	if q, _ := l.Quote(ctx, "Q-7"); !q.SentAt.Equal(day(6)) {
		t.Errorf("Q-7 sent at %v", q.SentAt)
	}

	// Migrated quotes work like any other: reply matching, expiry, reports.
	if out, err := l.ApplyReply(ctx, Reply{MessageID: "<r@c>", InReplyTo: []string{"q1@firm"}, Decision: DecisionAccepted}); err != nil || out.QuoteID != "Q-1" {
		t.Fatalf("reply to a migrated quote: %+v %v", out, err)
	}
	if ids, err := l.Sweep(ctx, day(60), Policy{Validity: 30 * 24 * time.Hour}); err != nil || len(ids) != 2 {
		t.Fatalf("sweep of migrated quotes: %v %v", ids, err)
	}
	r, err := l.Report(ctx, Filter{Currency: "USD"}, ByRep)
	if err != nil {
		t.Fatal(err)
	}
	// Sent: Q-1..Q-4 and Q-7 (Q-3 and Q-7 now expired); accepted Q-1.
	want := Figures{Quotes: 7, Sent: 5, Accepted: 1, Declined: 1, Expired: 3, Drafts: 1, Withdrawn: 1,
		MinutesQuoted: 150 + 60 + 20 + 60 + 60, MinutesAccepted: 150, ValueQuoted: 62510 + 10000, ValueAccepted: 62510, OtherCurrency: 3,
		AcceptanceRate: 1.0 / 5}
	if r.Totals != want {
		t.Fatalf("report after migration:\n got %+v\nwant %+v", r.Totals, want)
	}

	// Opening again is a no-op.
	if _, err := New(ctx, db, Options{}); err != nil {
		t.Fatal(err)
	}
}

func TestSchemaVersions(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.db")
	db, err := Open(newer, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		m, _ := tx.CreateBucket(bMeta)
		return putVersion(m, SchemaVersion+1)
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := New(ctx, db, Options{}); !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("newer schema: %v", err)
	}
	db.Close()

	empty := filepath.Join(dir, "empty.db")
	db, err = Open(empty, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	ro, err := Open(empty, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(ctx, ro, Options{}); !errors.Is(err, ErrNoLedger) {
		t.Fatalf("read-only file without a ledger: %v", err)
	}
	ro.Close()

	db, err = Open(empty, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := New(ctx, db, Options{}); err != nil {
		t.Fatal(err)
	}
	_ = db.View(func(tx *bolt.Tx) error { // the checks report inside
		if v, ok := readVersion(tx); !ok || v != SchemaVersion {
			t.Errorf("new ledger has version %d", v)
		}
		for _, b := range allBuckets {
			if tx.Bucket(b) == nil {
				t.Errorf("bucket %s missing", b)
			}
		}
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			if len(name) < 7 || string(name[:7]) != "ledger." {
				t.Errorf("bucket %q outside the ledger. prefix", name)
			}
			return nil
		})
	})
}
