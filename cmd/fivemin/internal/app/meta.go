package app

import (
	"encoding/json"
	"fmt"
	"time"
	"unicode/utf8"

	"go.etcd.io/bbolt"

	"github.com/fivemin/fivemin/quoting"
)

// metaBucket keeps, per draft, what later steps need and the ledger does
// not hold: the draft's text (to measure the rep's edits when it is sent)
// and what a follow-up repeats (subject, threading, the priced quote).
var metaBucket = []byte("app.drafts")

// draftMeta is one draft's record, keyed by its source token.
type draftMeta struct {
	Rep           string         `json:"rep"`
	ClientName    string         `json:"client_name,omitempty"`
	ClientAddress string         `json:"client"`
	Subject       string         `json:"subject"`
	MessageID     string         `json:"message_id"`           // the draft's
	References    []string       `json:"references,omitempty"` // the draft's References
	Quote         *quoting.Quote `json:"quote,omitempty"`
	Tier          string         `json:"tier,omitempty"`
	FreeMinutes   int            `json:"free_minutes"`
	Text          string         `json:"text,omitempty"`         // dropped once sent or deleted
	FollowUpOf    string         `json:"follow_up_of,omitempty"` // set on a follow-up's record: its quote
	Created       time.Time      `json:"created"`
}

type metaStore struct{ db *bbolt.DB }

func newMetaStore(db *bbolt.DB) (*metaStore, error) {
	err := db.Update(func(tx *bbolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(metaBucket)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("preparing %s bucket: %w", metaBucket, err)
	}
	return &metaStore{db: db}, nil
}

// Bounds on what a draft's record keeps of the client's message: the
// state grows per message, so nothing in it may grow with the message.
const (
	maxMetaText       = 998 // RFC 5322's line limit, for the subject and the name
	maxMetaReferences = 20  // the newest; RFC 5322 §3.6.4 allows trimming
)

// bound trims m's client-given fields to the limits above.
func (m *draftMeta) bound() {
	m.Subject = capRunes(m.Subject, maxMetaText)
	m.ClientName = capRunes(m.ClientName, maxMetaText)
	if n := len(m.References); n > maxMetaReferences {
		// Keep the first (the thread's root) and the newest.
		m.References = append(m.References[:1:1], m.References[n-maxMetaReferences+1:]...)
	}
	refs := m.References[:0]
	for _, r := range m.References {
		if len(r) <= maxMetaText {
			refs = append(refs, r)
		}
	}
	m.References = refs
}

// capRunes cuts s to at most n bytes on a rune boundary.
func capRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func (s *metaStore) put(token string, m *draftMeta) error {
	m.bound()
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(metaBucket).Put([]byte(token), b)
	})
}

// get returns the record for token, or nil.
func (s *metaStore) get(token string) (*draftMeta, error) {
	var m *draftMeta
	err := s.db.View(func(tx *bbolt.Tx) error {
		v := tx.Bucket(metaBucket).Get([]byte(token))
		if v == nil {
			return nil
		}
		m = new(draftMeta)
		return json.Unmarshal(v, m)
	})
	if err != nil {
		return nil, fmt.Errorf("reading draft record: %w", err)
	}
	return m, nil
}

// dropText forgets a draft's text once it has served its purpose.
func (s *metaStore) dropText(token string) error {
	m, err := s.get(token)
	if err != nil || m == nil || m.Text == "" {
		return err
	}
	m.Text = ""
	return s.put(token, m)
}
