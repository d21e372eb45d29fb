// Package ledger records what fivemin did with every client email — the free
// minutes it gave, the quotes it drafted and what the client decided — in
// bbolt, and aggregates those records into manager and client reports.
//
// The ledger lives in the one bbolt file that holds all of fivemin's state;
// the caller opens it (Open is a convenience with the right mode and lock
// timeout) and passes the *bbolt.DB to New. The ledger only touches
// top-level buckets whose names start with "ledger.".
//
// Layout (schema version 2):
//
//	ledger.meta       "version" → uint64; migration progress while upgrading
//	ledger.emails     source token → Email (JSON)
//	ledger.quotes     quote ID → Quote (JSON, with the status cached from its events)
//	ledger.events     quote ID, 0x00, seq (uint32) → Event (JSON), append-only
//	ledger.msgids     Message-ID → quote ID, for matching replies
//	ledger.open       opened-at (8) + quote ID → nil: quotes awaiting an answer
//	ledger.followup   opened-at (8) + quote ID → nil: open quotes without a follow-up yet
//	ledger.unclear    quote ID → nil: quotes flagged for the rep
//	ledger.names      kind + name → uint32 id (reps, clients, organisations)
//	ledger.nameids    uint32 id → kind + name
//	ledger.facts      time (8) + kind (1) + hash of ID (8) → fixed binary fact
//	ledger.quarantine v1 records that could not be migrated, kept verbatim
//
// The facts bucket is what reports read: one small fixed-size record per
// email and per quote, keyed by time so a date range is one cursor walk, with
// names interned to integers so grouping never touches strings until the
// final rows. A fact is a cache of its record's current state and is
// rewritten whenever the record changes.
package ledger
