package oauth

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/oauth2"

	"github.com/fivemin/fivemin/mailbox/mailtest"
)

// TestDeviceLogin plays the person at the sign-in page: approving stores
// a refresh token that then gets access tokens; denying is a refusal.
// Each case waits the one-second poll interval RFC 8628 allows at least.
func TestDeviceLogin(t *testing.T) {
	tests := []struct {
		name    string
		approve bool
	}{{"approved", true}, {"denied", false}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			as := mailtest.StartAuthServer(t)
			as.AddClient("public", "", "rep@firm.test")
			cfg := &oauth2.Config{ClientID: "public", Scopes: []string{"imap"},
				Endpoint: oauth2.Endpoint{TokenURL: as.TokenURL, DeviceAuthURL: as.DeviceURL}}
			store := &memStore{}
			var shown string
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			err := DeviceLogin(ctx, cfg, store, func(uri, code string) {
				shown = uri + " " + code
				if tt.approve {
					as.Approve(code, "rep@firm.test")
				} else {
					as.Deny(code)
				}
			})
			if !strings.HasPrefix(shown, as.URL+"/activate ") {
				t.Errorf("shown %q", shown)
			}
			if !tt.approve {
				if !errors.Is(err, ErrRefused) || store.rt != "" {
					t.Errorf("denied: err %v, stored %v; want ErrRefused, nothing", err, store.rt != "")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if store.rt == "" {
				t.Fatal("no refresh token stored")
			}
			// The stored token logs in.
			l := NewLogin(XOAUTH2, Refresh(cfg, store))
			if _, err := l.Client(ctx, "rep@firm.test", false); err != nil {
				t.Fatal(err)
			}
			for _, tok := range as.Tokens() {
				if strings.Contains(err2s(err)+shown, tok) {
					t.Error("a token was shown or returned")
				}
			}
		})
	}
}

func err2s(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

type memStore struct {
	mu sync.Mutex
	rt string
}

func (s *memStore) Load(context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rt, nil
}

func (s *memStore) Save(_ context.Context, rt string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rt = rt
	return nil
}
