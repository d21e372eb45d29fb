package oauth

import (
	"context"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

// GoogleMailScope is the scope of IMAP and SMTP access to Gmail.
const GoogleMailScope = "https://mail.google.com/"

// ServiceAccountKey is what fivemin uses of a Google service account's
// JSON key file. Printing it (any verb, or slog) shows the account, never
// the private key.
type ServiceAccountKey struct {
	ClientEmail  string // the account, the JWT's issuer
	ClientID     string // the number the Workspace admin enters for domain-wide delegation
	PrivateKeyID string
	privateKey   []byte // PEM, as in the file
}

// ParseServiceAccountKey reads a service account's JSON key (Google Cloud
// console → IAM → Service accounts → Keys → Add key → JSON). Its errors
// say what is wrong without quoting the file.
func ParseServiceAccountKey(data []byte) (*ServiceAccountKey, error) {
	var f struct {
		Type         string          `json:"type"`
		ClientEmail  string          `json:"client_email"`
		ClientID     string          `json:"client_id"`
		PrivateKeyID string          `json:"private_key_id"`
		PrivateKey   string          `json:"private_key"`
		Installed    json.RawMessage `json:"installed"`
		Web          json.RawMessage `json:"web"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("not a JSON key file (syntax error at byte %d)", se.Offset)
		}
		return nil, errors.New("not a Google service account JSON key")
	}
	switch {
	case f.Installed != nil || f.Web != nil:
		return nil, errors.New("this is an OAuth client's file (a Desktop or Web client), not a service account key: for grant = \"service_account\" make a JSON key of a service account; a Desktop client goes with grant = \"authorization_code\"")
	case f.Type != "service_account":
		return nil, fmt.Errorf("the key's type is %q, want \"service_account\"", printable(f.Type, 40))
	case f.ClientEmail == "":
		return nil, errors.New("the key has no client_email")
	}
	if err := checkRSAKey(f.PrivateKey); err != nil {
		return nil, err
	}
	return &ServiceAccountKey{ClientEmail: f.ClientEmail, ClientID: f.ClientID, PrivateKeyID: f.PrivateKeyID, privateKey: []byte(f.PrivateKey)}, nil
}

// checkRSAKey checks that pemKey is an RSA private key, the only kind
// Google's service accounts have and RS256 signs with. The x509 errors
// are not passed on: they say nothing a person can act on.
func checkRSAKey(pemKey string) error {
	block, _ := pem.Decode([]byte(pemKey))
	if block == nil {
		return errors.New("the key's private_key is missing or not PEM")
	}
	if k, err := x509.ParsePKCS8PrivateKey(block.Bytes); err == nil {
		if _, ok := k.(*rsa.PrivateKey); !ok {
			return errors.New("the key's private_key is not an RSA key")
		}
		return nil
	}
	if _, err := x509.ParsePKCS1PrivateKey(block.Bytes); err != nil {
		return errors.New("the key's private_key is not a readable RSA private key")
	}
	return nil
}

// Format shows the account only, for every verb.
func (k *ServiceAccountKey) Format(f fmt.State, _ rune) {
	_, _ = f.Write([]byte("service account " + k.ClientEmail))
}

// LogValue shows the account only.
func (k *ServiceAccountKey) LogValue() slog.Value { return slog.StringValue(k.ClientEmail) }

// ServiceAccount fetches tokens for subject (a mailbox of the domain) with
// Google's domain-wide delegation: a JWT assertion signed with the key
// (RFC 7523) sent to tokenURL. A refusal says what the Workspace admin
// must do.
func ServiceAccount(key *ServiceAccountKey, tokenURL string, scopes []string, subject string) Fetch {
	cfg := &jwt.Config{
		Email: key.ClientEmail, PrivateKey: key.privateKey, PrivateKeyID: key.PrivateKeyID,
		Subject: subject, Scopes: scopes, TokenURL: tokenURL,
	}
	return func(ctx context.Context) (*oauth2.Token, error) {
		tok, err := cfg.TokenSource(ctx).Token()
		if err = classify(err); errors.Is(err, ErrRefused) {
			return nil, fmt.Errorf("%w; the Google Workspace admin must allow domain-wide delegation to client ID %s with the scope %s (Admin console → Security → Access and data control → API controls → Manage Domain Wide Delegation), %s must be a user of the domain, and the key must not have been deleted",
				err, key.ClientID, strings.Join(scopes, ","), subject)
		}
		return tok, err
	}
}
