package oauth

import (
	"context"
	"fmt"

	"go.etcd.io/bbolt"
)

// bucketRefresh holds refresh tokens in the state file: key rep address,
// NUL, [oauth] table name; value the token. The state file is the one
// place fivemin keeps secrets of its own (never the configuration).
var bucketRefresh = []byte("mailbox.oauth.refresh")

// Tokens keeps refresh tokens in a bbolt state file.
type Tokens struct{ db *bbolt.DB }

// NewTokens returns the refresh tokens kept in db.
func NewTokens(db *bbolt.DB) *Tokens { return &Tokens{db: db} }

// Store is the RefreshStore of one rep signed in through one [oauth] table.
func (t *Tokens) Store(rep, table string) RefreshStore {
	return boltStore{db: t.db, key: []byte(rep + "\x00" + table)}
}

// Delete forgets a rep's refresh token (sign out).
func (t *Tokens) Delete(rep, table string) error {
	return t.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketRefresh)
		if b == nil {
			return nil
		}
		return b.Delete([]byte(rep + "\x00" + table))
	})
}

type boltStore struct {
	db  *bbolt.DB
	key []byte
}

func (s boltStore) Load(context.Context) (string, error) {
	var rt string
	err := s.db.View(func(tx *bbolt.Tx) error {
		if b := tx.Bucket(bucketRefresh); b != nil {
			rt = string(b.Get(s.key))
		}
		return nil
	})
	return rt, err
}

func (s boltStore) Save(_ context.Context, rt string) error {
	err := s.db.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketRefresh)
		if err != nil {
			return err
		}
		return b.Put(s.key, []byte(rt))
	})
	if err != nil {
		return fmt.Errorf("save refresh token: %w", err)
	}
	return nil
}
