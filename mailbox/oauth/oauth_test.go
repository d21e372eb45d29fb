package oauth

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

func TestClients(t *testing.T) {
	tests := []struct {
		mech   Mechanism
		wantIR string
	}{
		{XOAUTH2, "user=rep@firm.test\x01auth=Bearer tok\x01\x01"},
		{OAUTHBEARER, "n,a=rep@firm.test,\x01auth=Bearer tok\x01\x01"},
	}
	for _, tt := range tests {
		t.Run(string(tt.mech), func(t *testing.T) {
			c, err := NewClient(tt.mech, "rep@firm.test", "tok")
			if err != nil {
				t.Fatal(err)
			}
			mech, ir, err := c.Start()
			if err != nil || mech != string(tt.mech) || string(ir) != tt.wantIR {
				t.Errorf("Start = %q, %q, %v; want %q, %q", mech, ir, err, tt.mech, tt.wantIR)
			}
			// The error challenge gets the response that ends the
			// exchange, not an error that would abandon it half way.
			resp, err := c.Next([]byte(`{"status":"invalid_token","schemes":"bearer"}`))
			if err != nil || string(resp) != "\x01" {
				t.Errorf("Next = %q, %v; want \"\\x01\", nil", resp, err)
			}
		})
	}
}

func TestParseMechanism(t *testing.T) {
	for in, want := range map[string]Mechanism{"": XOAUTH2, "xoauth2": XOAUTH2, "OAuthBearer": OAUTHBEARER} {
		if got, err := ParseMechanism(in); err != nil || got != want {
			t.Errorf("ParseMechanism(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseMechanism("plain"); err == nil {
		t.Error("ParseMechanism(plain) accepted")
	}
}

// TestLoginCachesUntilExpiry: a token is reused until it is about to
// expire or the server refused it.
func TestLoginCachesUntilExpiry(t *testing.T) {
	now := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	fetches := 0
	l := NewLogin(XOAUTH2, func(context.Context) (*oauth2.Token, error) {
		fetches++
		return &oauth2.Token{AccessToken: "t" + string(rune('0'+fetches)), Expiry: now.Add(time.Hour)}, nil
	})
	l.Now = func() time.Time { return now }
	steps := []struct {
		advance     time.Duration
		refused     bool
		wantFetches int
	}{
		{0, false, 1},
		{30 * time.Minute, false, 1},
		{0, true, 2}, // refused: fetched again although valid
		{59 * time.Minute, false, 2},
		{31 * time.Minute, false, 3}, // within expiryDelta of the expiry
	}
	for i, s := range steps {
		now = now.Add(s.advance)
		if _, err := l.Client(context.Background(), "rep@firm.test", s.refused); err != nil {
			t.Fatal(err)
		}
		if fetches != s.wantFetches {
			t.Errorf("step %d: %d fetches, want %d", i, fetches, s.wantFetches)
		}
	}
}

// TestTokenErrors: the token endpoint's refusals wrap ErrRefused, passing
// failures do not, and neither repeats the response body.
func TestTokenErrors(t *testing.T) {
	const secretish = "body-secret-7c1"
	tests := []struct {
		name        string
		status      int
		code        string
		wantRefused bool
	}{
		{"wrong secret", http.StatusUnauthorized, "invalid_client", true},
		{"revoked grant", http.StatusBadRequest, "invalid_grant", true},
		{"no consent", http.StatusBadRequest, "unauthorized_client", true},
		{"server down", http.StatusServiceUnavailable, "", false},
		{"throttled", http.StatusTooManyRequests, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(tt.status)
				_ = json.NewEncoder(w).Encode(map[string]string{"error": tt.code, "trace": secretish})
			}))
			defer srv.Close()
			fetch := ClientCredentials(&clientcredentials.Config{ClientID: "c", ClientSecret: "s3", TokenURL: srv.URL})
			_, err := NewLogin(XOAUTH2, fetch).Client(context.Background(), "rep@firm.test", false)
			if err == nil {
				t.Fatal("no error")
			}
			if got := errors.Is(err, ErrRefused); got != tt.wantRefused {
				t.Errorf("errors.Is(%v, ErrRefused) = %v, want %v", err, got, tt.wantRefused)
			}
			if strings.Contains(err.Error(), secretish) {
				t.Errorf("error repeats the response body: %v", err)
			}
		})
	}
}

// TestRefreshWithoutToken: no stored refresh token is a refusal that says
// what to do.
func TestRefreshWithoutToken(t *testing.T) {
	fetch := Refresh(&oauth2.Config{ClientID: "c", Endpoint: oauth2.Endpoint{TokenURL: "http://127.0.0.1:1/token"}}, emptyStore{})
	_, err := fetch(context.Background())
	if !errors.Is(err, ErrNoRefreshToken) || !errors.Is(err, ErrRefused) {
		t.Errorf("err = %v, want ErrNoRefreshToken wrapping ErrRefused", err)
	}
}

type emptyStore struct{}

func (emptyStore) Load(context.Context) (string, error) { return "", nil }
func (emptyStore) Save(context.Context, string) error   { return errors.New("unexpected Save") }

// TestTokens: refresh tokens are kept per rep and table, survive reopening
// the state file, and are forgotten on Delete.
func TestTokens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	ts := NewTokens(db)
	if rt, err := ts.Store("ann@firm.test", "m365").Load(ctx); err != nil || rt != "" {
		t.Fatalf("empty store: %q, %v", rt, err)
	}
	if err := ts.Store("ann@firm.test", "m365").Save(ctx, "rt-ann"); err != nil {
		t.Fatal(err)
	}
	if err := ts.Store("bo@firm.test", "m365").Save(ctx, "rt-bo"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = bbolt.Open(path, 0o600, nil); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ts = NewTokens(db)
	if err := ts.Delete("bo@firm.test", "m365"); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ rep, table, want string }{
		{"ann@firm.test", "m365", "rt-ann"}, {"ann@firm.test", "other", ""}, {"bo@firm.test", "m365", ""},
	} {
		if rt, err := ts.Store(c.rep, c.table).Load(ctx); err != nil || rt != c.want {
			t.Errorf("%s/%s: %q, %v; want %q", c.rep, c.table, rt, err, c.want)
		}
	}
}
