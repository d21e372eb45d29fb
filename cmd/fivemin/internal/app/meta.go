package app

import (
	"encoding/json"
	"fmt"
	"time"

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

func (s *metaStore) put(token string, m *draftMeta) error {
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
