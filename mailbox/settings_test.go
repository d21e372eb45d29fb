package mailbox

import (
	"slices"
	"testing"
)

// TestServerCheck: the TLS mode gives the port, plaintext goes to loopback
// hosts only, and HELO is an SMTP setting; keys are those of the table.
func TestServerCheck(t *testing.T) {
	type want struct {
		port int
		tls  TLSMode
		keys []string
	}
	tests := []struct {
		name string
		s    Server
		smtp bool
		want want
	}{
		{"imap defaults", Server{Host: "imap.firm.example"}, false, want{993, TLS, nil}},
		{"imap starttls", Server{Host: "imap.firm.example", TLS: StartTLS}, false, want{143, StartTLS, nil}},
		{"smtp defaults", Server{Host: "smtp.firm.example"}, true, want{465, TLS, nil}},
		{"smtp submission", Server{Host: "smtp.firm.example", TLS: StartTLS, HELO: "[192.0.2.1]"}, true, want{587, StartTLS, nil}},
		{"plaintext to loopback", Server{Host: " 127.0.0.1 ", TLS: NoTLS}, false, want{143, NoTLS, nil}},
		{"plaintext elsewhere", Server{Host: "imap.firm.example", TLS: NoTLS}, false, want{143, NoTLS, []string{"tls"}}},
		{"no host, odd tls, bad port", Server{TLS: "ssl", Port: 70000}, false, want{70000, "ssl", []string{"host", "tls", "port"}}},
		{"helo on imap", Server{Host: "imap.firm.example", HELO: "me.firm.example"}, false, want{993, TLS, []string{"helo"}}},
		{"bad helo", Server{Host: "smtp.firm.example", HELO: "not a name"}, true, want{465, TLS, []string{"helo"}}},
		{"bad host", Server{Host: "imap firm"}, false, want{993, TLS, []string{"host"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := want{}
			for _, e := range tt.s.Check(tt.smtp) {
				got.keys = append(got.keys, e.Key)
			}
			got.port, got.tls = tt.s.Port, tt.s.TLS
			if got.port != tt.want.port || got.tls != tt.want.tls || !slices.Equal(got.keys, tt.want.keys) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestOAuthTableCheck: a provider fills in what the table leaves out, and
// refuses the grants it has no mail access for.
func TestOAuthTableCheck(t *testing.T) {
	tests := []struct {
		name      string
		o         OAuthTable
		wantKeys  []string
		wantToken string
		secret    bool // required
	}{
		{name: "microsoft app-only", o: OAuthTable{Provider: "Microsoft", Grant: GrantClientCredentials, ClientID: "c", Tenant: "firm.example"},
			wantToken: "https://login.microsoftonline.com/firm.example/oauth2/v2.0/token", secret: true},
		{name: "google installed app", o: OAuthTable{Provider: "google", Grant: GrantAuthorizationCode, ClientID: "c"},
			wantToken: "https://oauth2.googleapis.com/token", secret: true},
		{name: "generic public device client", o: OAuthTable{Grant: GrantDevice, ClientID: "c", TokenURL: "https://a.example/t", DeviceURL: "http://localhost:1/d"},
			wantToken: "https://a.example/t"},
		{name: "google device", o: OAuthTable{Provider: "google", Grant: GrantDevice, ClientID: "c"},
			wantKeys: []string{"grant"}, wantToken: "https://oauth2.googleapis.com/token"},
		{name: "generic without anything", o: OAuthTable{}, wantKeys: []string{"grant", "token_url", "client_id"}},
		{name: "plaintext url, tenant elsewhere", o: OAuthTable{Grant: GrantDevice, ClientID: "c", Tenant: "t", TokenURL: "http://a.example/t", DeviceURL: "https://a.example/d"},
			wantKeys: []string{"tenant", "token_url"}, wantToken: "http://a.example/t"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var keys []string
			for _, e := range tt.o.Check() {
				keys = append(keys, e.Key)
			}
			if !slices.Equal(keys, tt.wantKeys) || tt.o.TokenURL != tt.wantToken || tt.o.SecretRequired() != tt.secret {
				t.Errorf("keys %q token %q secret %v, want %q %q %v", keys, tt.o.TokenURL, tt.o.SecretRequired(), tt.wantKeys, tt.wantToken, tt.secret)
			}
		})
	}
}
