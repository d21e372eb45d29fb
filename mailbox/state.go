package mailbox

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"go.etcd.io/bbolt"
)

// Layout: top-level bucket "mailbox.accounts", one nested bucket per
// account name holding:
//
//	folders: role ("inbox", "sent", "drafts") → folderState (JSON)
//	tokens:  token → tokenRec (JSON)
//	pending: token → "" for drafts whose APPEND is not yet confirmed
//	open:    token → "" for drafts still waiting in Drafts
//	recheck: token → "" for drafts appended again after a crash, whose
//	         earlier copy may still land (see Record.Reappended)
//	unsent:  token → "" for drafts deleted unsent that a re-composed copy
//	         in Sent may still prove sent (see lateSendWindow)
//	inhand:  "token" → the token whose handler is running (crash detection)
//	suspects: token → crashes it was in hand at (decimal)
//	attention: token → when it was settled without a draft (8-byte unix
//	         nanos), the bounded "needs attention" list
//	retry:   token → "" for messages queued to be handled again
var (
	bucketAccounts  = []byte("mailbox.accounts")
	bucketFolders   = []byte("folders")
	bucketTokens    = []byte("tokens")
	bucketPending   = []byte("pending")
	bucketOpen      = []byte("open")
	bucketRecheck   = []byte("recheck")
	bucketUnsent    = []byte("unsent")
	bucketInHand    = []byte("inhand")
	bucketSuspects  = []byte("suspects")
	bucketAttention = []byte("attention")
	bucketRetry     = []byte("retry")
)

// Outcome is what became of a source message.
type Outcome string

const (
	OutcomePending  Outcome = "pending"   // draft APPEND under way (intent recorded)
	OutcomeDrafted  Outcome = "drafted"   // draft is in Drafts
	OutcomeSkipped  Outcome = "skipped"   // handler returned no draft; Reason says why
	OutcomeTooLarge Outcome = "too-large" // over Account.MaxMessageSize, not downloaded
	OutcomeFailed   Outcome = "failed"    // handler failed for good (Reason) or returned a bad draft
)

// DraftState is what became of a draft after it was made.
type DraftState string

const (
	DraftWaiting DraftState = ""        // in Drafts, waiting for the rep
	DraftSending DraftState = "sending" // Send started; SMTP outcome unknown until recorded
	DraftSent    DraftState = "sent"
	DraftDeleted DraftState = "deleted" // gone from Drafts without being sent
)

// Record is the state of one token.
type Record struct {
	Token   string
	Outcome Outcome
	Reason  string `json:",omitempty"` // a short word: why no draft
	// Error is a failure's cause; From and Subject (decoded, capped) let
	// the rep recognise a message that got no draft. Drafted messages do
	// not keep them.
	Error   string `json:",omitempty"`
	From    string `json:",omitempty"`
	Subject string `json:",omitempty"`
	// Source message, when the token came from the INBOX.
	SourceMailbox     string `json:",omitempty"`
	SourceUIDValidity uint32 `json:",omitempty"`
	SourceUID         uint32 `json:",omitempty"`
	// Draft as last APPENDed (UID from APPENDUID, 0 when the server lacks UIDPLUS).
	DraftUID         uint32 `json:",omitempty"`
	DraftUIDValidity uint32 `json:",omitempty"`
	Attempts         int    `json:",omitempty"`
	Created          time.Time
	Updated          time.Time
	Drafted          time.Time  `json:",omitzero"`
	State            DraftState `json:",omitempty"`
	SentVia          string     `json:",omitempty"` // "fivemin" or "client"
	Sent             time.Time  `json:",omitzero"`
	MissingSince     time.Time  `json:",omitzero"`
	Reported         bool       `json:",omitempty"` // OnSent or OnDeleted called
	// Keys find the draft's reply in Sent without its X-Fivemin headers.
	Keys *ReplyKeys `json:",omitempty"`

	// Reappended is when the draft was appended again because Drafts did
	// not show the copy an earlier, interrupted attempt may have sent: a
	// server still working through a dead connection's pipelined APPENDs
	// can store that copy after the search. Drafts is searched for the
	// token again later (Rechecks so far), and copies identical to this
	// one (DraftSum) beyond the first are removed.
	Reappended time.Time `json:",omitzero"`
	Rechecks   int       `json:",omitempty"`
	DraftSum   string    `json:",omitempty"` // hex SHA-256 of the draft as appended

	// draft holds the draft bytes while the APPEND is unconfirmed, so a
	// restart can finish it without calling the handler again.
	Draft []byte `json:",omitempty"`
}

func (r *Record) final() bool {
	return r != nil && r.Outcome != "" && r.Outcome != OutcomePending
}

// folderState is the sync position in one folder.
type folderState struct {
	Name        string
	UIDValidity uint32
	LastUID     uint32 // every message up to here is dealt with
	// While BaselineDone is false, messages up to Baseline are handled only
	// if they match Unseen/Since (the first-run or resync policy).
	Baseline     uint32
	BaselineDone bool
	Unseen       bool      `json:",omitempty"`
	Since        time.Time `json:",omitzero"`
	HighDate     time.Time `json:",omitzero"` // newest INTERNALDATE handled
	// For Drafts: what STATUS said last time, to skip unchanged folders.
	Messages uint32 `json:",omitempty"`
	UIDNext  uint32 `json:",omitempty"`
}

// store wraps the bbolt database for one account.
type store struct {
	db      *bbolt.DB
	account []byte
}

func newStore(db *bbolt.DB, account string) (*store, error) {
	s := &store{db: db, account: []byte(account)}
	err := db.Update(func(tx *bbolt.Tx) error {
		top, err := tx.CreateBucketIfNotExists(bucketAccounts)
		if err != nil {
			return err
		}
		acct, err := top.CreateBucketIfNotExists(s.account)
		if err != nil {
			return err
		}
		for _, name := range [][]byte{bucketFolders, bucketTokens, bucketPending, bucketOpen, bucketRecheck, bucketUnsent,
			bucketInHand, bucketSuspects, bucketAttention, bucketRetry} {
			if _, err := acct.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("mailbox state: create buckets: %w", err)
	}
	return s, nil
}

func (s *store) bucket(tx *bbolt.Tx, name []byte) *bbolt.Bucket {
	return tx.Bucket(bucketAccounts).Bucket(s.account).Bucket(name)
}

func getJSON[T any](b *bbolt.Bucket, key string) (*T, error) {
	v := b.Get([]byte(key))
	if v == nil {
		return nil, nil
	}
	var out T
	if err := json.Unmarshal(v, &out); err != nil {
		return nil, fmt.Errorf("mailbox state: decode %q: %w", key, err)
	}
	return &out, nil
}

func putJSON(b *bbolt.Bucket, key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put([]byte(key), data)
}

func (s *store) folder(tx *bbolt.Tx, role string) (*folderState, error) {
	return getJSON[folderState](s.bucket(tx, bucketFolders), role)
}

func (s *store) putFolder(tx *bbolt.Tx, role string, f *folderState) error {
	return putJSON(s.bucket(tx, bucketFolders), role, f)
}

func (s *store) record(tx *bbolt.Tx, token string) (*Record, error) {
	return getJSON[Record](s.bucket(tx, bucketTokens), token)
}

// putRecord stores r and keeps the pending and open indexes in step.
func (s *store) putRecord(tx *bbolt.Tx, r *Record) error {
	if err := putJSON(s.bucket(tx, bucketTokens), r.Token, r); err != nil {
		return err
	}
	key := []byte(r.Token)
	drafted := r.Outcome == OutcomeDrafted
	// The index buckets list the tokens each later pass looks at, so that
	// none of them scans every record.
	for _, ix := range []struct {
		name []byte
		in   bool
	}{
		{bucketPending, r.Outcome == OutcomePending},
		{bucketRecheck, drafted && !r.Reappended.IsZero()},
		{bucketUnsent, drafted && r.State == DraftDeleted && r.Keys != nil},
	} {
		if err := setIndex(s.bucket(tx, ix.name), key, ix.in); err != nil {
			return err
		}
	}
	if err := s.noteAttention(tx, r); err != nil {
		return err
	}
	return setIndex(s.bucket(tx, bucketOpen), key, drafted && (r.State == DraftWaiting || r.State == DraftSending))
}

// setIndex puts key in the index bucket b, or takes it out.
func setIndex(b *bbolt.Bucket, key []byte, in bool) error {
	if in {
		return b.Put(key, nil)
	}
	return b.Delete(key)
}

func (s *store) keys(tx *bbolt.Tx, name []byte) []string {
	var out []string
	_ = s.bucket(tx, name).ForEach(func(k, _ []byte) error { // the callback never fails
		out = append(out, string(k))
		return nil
	})
	return out
}

// Lookup returns the record of token, or nil when fivemin never saw it.
func (m *Mailbox) Lookup(token string) (*Record, error) {
	var r *Record
	err := m.db.View(func(tx *bbolt.Tx) error {
		var err error
		r, err = m.st.record(tx, token)
		return err
	})
	if r != nil {
		r.Draft = nil
	}
	return r, err
}

var errNoRecord = errors.New("no such token")
