package ops

import (
	"context"
	"fmt"
	"net/http"

	"github.com/fivemin/fivemin/mailbox/oauth"
)

// TokenRef names a rep's refresh token: the rep's address and the [oauth]
// table the rep signs in through. `fivemin auth` reads and stores refresh
// tokens through the service, so a rep can sign in while serve runs.
type TokenRef struct {
	Rep   string `json:"rep"`
	Table string `json:"table"`
	Token string `json:"token,omitempty"` // to save; "" forgets it
}

// RefreshToken returns the stored refresh token, or "" when there is none.
func (l *Local) RefreshToken(ctx context.Context, r TokenRef) (string, error) {
	return oauth.NewTokens(l.Ledger.DB()).Store(r.Rep, r.Table).Load(ctx)
}

// SaveRefreshToken stores r.Token for the rep, or forgets it when empty.
// The running service reads it at its next login.
func (l *Local) SaveRefreshToken(ctx context.Context, r TokenRef) error {
	t := oauth.NewTokens(l.Ledger.DB())
	if r.Token == "" {
		return t.Delete(r.Rep, r.Table)
	}
	return t.Store(r.Rep, r.Table).Save(ctx, r.Token)
}

func tokenRoutes(mux *http.ServeMux, svc Service, reply func(http.ResponseWriter, any, error), decode func(*http.Request, any) error) {
	// POST for reads too: the rep's address stays out of URLs and logs.
	mux.HandleFunc("POST /tokens/get", func(w http.ResponseWriter, r *http.Request) {
		var ref TokenRef
		if err := decode(r, &ref); err != nil {
			reply(w, nil, err)
			return
		}
		tok, err := svc.RefreshToken(r.Context(), ref)
		reply(w, TokenRef{Rep: ref.Rep, Table: ref.Table, Token: tok}, err)
	})
	mux.HandleFunc("POST /tokens/save", func(w http.ResponseWriter, r *http.Request) {
		var ref TokenRef
		if err := decode(r, &ref); err != nil {
			reply(w, nil, err)
			return
		}
		reply(w, map[string]bool{"ok": true}, svc.SaveRefreshToken(r.Context(), ref))
	})
}

// RefreshToken implements Service.
func (c *Client) RefreshToken(ctx context.Context, r TokenRef) (string, error) {
	var got TokenRef
	if err := c.do(ctx, http.MethodPost, "/tokens/get", TokenRef{Rep: r.Rep, Table: r.Table}, &got); err != nil {
		return "", err
	}
	return got.Token, nil
}

// SaveRefreshToken implements Service.
func (c *Client) SaveRefreshToken(ctx context.Context, r TokenRef) error {
	var ok map[string]bool
	return c.do(ctx, http.MethodPost, "/tokens/save", r, &ok)
}

// TokenStore is the refresh-token store of one rep and [oauth] table kept
// by svc: the state file, directly or through the running service.
func TokenStore(svc Service, rep, table string) oauth.RefreshStore {
	return svcStore{svc: svc, ref: TokenRef{Rep: rep, Table: table}}
}

type svcStore struct {
	svc Service
	ref TokenRef
}

func (s svcStore) Load(ctx context.Context) (string, error) {
	tok, err := s.svc.RefreshToken(ctx, s.ref)
	if err != nil {
		return "", fmt.Errorf("reading %s's refresh token: %w", s.ref.Rep, err)
	}
	return tok, nil
}

func (s svcStore) Save(ctx context.Context, token string) error {
	r := s.ref
	r.Token = token
	if err := s.svc.SaveRefreshToken(ctx, r); err != nil {
		return fmt.Errorf("storing %s's refresh token: %w", s.ref.Rep, err)
	}
	return nil
}
