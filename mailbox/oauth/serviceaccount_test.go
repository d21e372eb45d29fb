package oauth

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/fivemin/fivemin/mailbox/mailtest"
)

// TestServiceAccount gets tokens with domain-wide delegation for a
// delegated mailbox; an undelegated one, or a key the server does not
// know (deleted, replaced), is a refusal that says what the admin must do.
func TestServiceAccount(t *testing.T) {
	const sa = "fivemin@firm-project.iam.gserviceaccount.test"
	tests := []struct {
		name    string
		subject string
		key     func(t *testing.T, as *mailtest.AuthServer) []byte
		wantErr string
	}{
		{name: "delegated", subject: "ann@firm.test",
			key: func(t *testing.T, as *mailtest.AuthServer) []byte {
				return as.NewServiceAccount(t, sa, "ann@firm.test")
			}},
		{name: "delegation not granted for this mailbox", subject: "bo@firm.test",
			key: func(t *testing.T, as *mailtest.AuthServer) []byte {
				return as.NewServiceAccount(t, sa, "ann@firm.test")
			},
			wantErr: "token endpoint answered HTTP 400 invalid_grant; the Google Workspace admin must allow domain-wide delegation to client ID 100000000000000000001 with the scope https://mail.google.com/"},
		{name: "a key the server does not know", subject: "ann@firm.test",
			key: func(t *testing.T, as *mailtest.AuthServer) []byte {
				as.NewServiceAccount(t, sa, "ann@firm.test")
				other, _ := mailtest.ServiceAccountKey(t, sa, as.TokenURL)
				return other
			},
			wantErr: "invalid_grant; the Google Workspace admin must allow domain-wide delegation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			as := mailtest.StartAuthServer(t)
			file := tt.key(t, as)
			key, err := ParseServiceAccountKey(file)
			if err != nil {
				t.Fatal(err)
			}
			login := NewLogin(XOAUTH2, ServiceAccount(key, as.TokenURL, []string{GoogleMailScope}, tt.subject))
			_, err = login.Client(context.Background(), tt.subject, false)
			if tt.wantErr == "" {
				if err != nil || as.Issued() != 1 {
					t.Errorf("err %v, %d tokens issued; want one", err, as.Issued())
				}
				return
			}
			if !errors.Is(err, ErrRefused) || !strings.Contains(err2s(err), tt.wantErr) {
				t.Errorf("err %v\nwant ErrRefused with %q", err, tt.wantErr)
			}
			if strings.Contains(err2s(err), "PRIVATE KEY") {
				t.Error("the error shows the key")
			}
		})
	}
}

// TestParseServiceAccountKey: each wrong file says what it is, never
// quoting the file; a parsed key prints as its account only.
func TestParseServiceAccountKey(t *testing.T) {
	good, _ := mailtest.ServiceAccountKey(t, "sa@p.iam.gserviceaccount.test", "https://oauth2.googleapis.com/token")
	with := func(k, v string) []byte {
		var m map[string]any
		if err := json.Unmarshal(good, &m); err != nil {
			t.Fatal(err)
		}
		if v == "" {
			delete(m, k)
		} else {
			m[k] = v
		}
		b, _ := json.Marshal(m)
		return b
	}
	ecDER, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	ec, _ := x509.MarshalPKCS8PrivateKey(ecDER)
	tests := []struct {
		name string
		file []byte
		want string
	}{
		{"not JSON", []byte("-----BEGIN PRIVATE KEY-----\nMIIE"), "not a JSON key file (syntax error at byte 2)"},
		{"a desktop client's file", []byte(`{"installed":{"client_id":"x.apps.googleusercontent.test","client_secret":"GOCSPX-s3cr3t"}}`), "an OAuth client's file (a Desktop or Web client), not a service account key"},
		{"another kind of credential", with("type", "authorized_user"), `the key's type is "authorized_user", want "service_account"`},
		{"no client_email", with("client_email", ""), "the key has no client_email"},
		{"no private key", with("private_key", ""), "private_key is missing or not PEM"},
		{"an EC key", with("private_key", string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: ec}))), "not an RSA key"},
		{"a broken key", with("private_key", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"), "not a readable RSA private key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseServiceAccountKey(tt.file)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "PRIVATE KEY") || strings.Contains(err.Error(), "s3cr3t") {
				t.Errorf("the error quotes the file: %v", err)
			}
		})
	}
	key, err := ParseServiceAccountKey(good)
	if err != nil {
		t.Fatal(err)
	}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		if s := fmt.Sprintf(verb, key); s != "service account sa@p.iam.gserviceaccount.test" {
			t.Errorf("%s prints %q", verb, s)
		}
	}
}
