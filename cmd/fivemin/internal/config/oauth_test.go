package config

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/mailtest"
	"github.com/fivemin/fivemin/mailbox/oauth"
)

// oauthRep is a rep logging in with [oauth.lab], starting at line 8.
var oauthRep = []string{
	`[[rep]]`,                          // 8
	`name = "Ann"`,                     // 9
	`address = "ann@smithlee.example"`, // 10
	`[rep.imap]`,                       // 11
	`host = "127.0.0.1"`,               // 12
	`tls = "none"`,                     // 13
	`oauth = "lab"`,                    // 14
	`[oauth.lab]`,                      // 15
}

func oauthFile(lines ...string) string {
	return withBase(append(slices.Clone(oauthRep), lines...)...)
}

var oauthEnv = env(map[string]string{"LAB_SECRET": "lab-client-secret", "ANN_PW": "ann-secret"})

func TestOAuthValid(t *testing.T) {
	tests := []struct {
		name       string
		table      []string
		check      func(t *testing.T, o OAuth)
		wantScopes []string
	}{
		{
			name: "generic client credentials, as in the issue",
			table: []string{`provider = "generic"`, `grant = "client_credentials"`, `token_url = "http://127.0.0.1:9000/token"`,
				`client_id = "cid1"`, `client_secret_env = "LAB_SECRET"`, `scopes = ["imap"]`, `mechanism = "oauthbearer"`},
			check: func(t *testing.T, o OAuth) {
				if o.ClientSecret.Reveal() != "lab-client-secret" || o.SASLMechanism() != oauth.OAUTHBEARER || o.TokenURL != "http://127.0.0.1:9000/token" {
					t.Errorf("got %+v", o)
				}
			},
			wantScopes: []string{"imap"},
		},
		{
			name:  "microsoft app-only preset",
			table: []string{`provider = "microsoft"`, `tenant = "smithlee.example"`, `grant = "client_credentials"`, `client_id = "cid"`, `client_secret_env = "LAB_SECRET"`},
			check: func(t *testing.T, o OAuth) {
				if o.TokenURL != "https://login.microsoftonline.com/smithlee.example/oauth2/v2.0/token" || o.SASLMechanism() != oauth.XOAUTH2 {
					t.Errorf("got %+v", o)
				}
			},
			wantScopes: []string{"https://outlook.office365.com/.default"},
		},
		{
			name:  "microsoft device preset, public client",
			table: []string{`provider = "microsoft"`, `tenant = "organizations"`, `grant = "device"`, `client_id = "cid"`},
			check: func(t *testing.T, o OAuth) {
				if o.DeviceURL != "https://login.microsoftonline.com/organizations/oauth2/v2.0/devicecode" || o.ClientSecret.IsSet() ||
					o.AuthURL != "https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize" {
					t.Errorf("got %+v", o)
				}
			},
			wantScopes: []string{"https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send", "offline_access"},
		},
		{
			name:  "google installed app preset",
			table: []string{`provider = "google"`, `grant = "authorization_code"`, `client_id = "cid"`, `client_secret_env = "LAB_SECRET"`},
			check: func(t *testing.T, o OAuth) {
				if o.TokenURL != "https://oauth2.googleapis.com/token" || o.AuthURL != "https://accounts.google.com/o/oauth2/v2/auth" ||
					o.OAuth2("").Endpoint.AuthURL != o.AuthURL {
					t.Errorf("got %+v", o)
				}
			},
			wantScopes: []string{"https://mail.google.com/"},
		},
		{
			name: "generic installed app, public client",
			table: []string{`grant = "authorization_code"`, `auth_url = "http://127.0.0.1:9000/authorize"`,
				`token_url = "http://127.0.0.1:9000/token"`, `client_id = "cid"`, `scopes = ["imap"]`},
			check: func(t *testing.T, o OAuth) {
				if o.AuthURL != "http://127.0.0.1:9000/authorize" || o.ClientSecret.IsSet() {
					t.Errorf("got %+v", o)
				}
			},
			wantScopes: []string{"imap"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Parse("fivemin.toml", []byte(oauthFile(tt.table...)), Options{Getenv: oauthEnv})
			if err != nil {
				t.Fatal(err)
			}
			o := cfg.OAuth["lab"]
			tt.check(t, o)
			if !slices.Equal(o.Scopes, tt.wantScopes) {
				t.Errorf("scopes %q, want %q", o.Scopes, tt.wantScopes)
			}
			if r := cfg.Reps[0]; r.IMAP.OAuth != "lab" || r.IMAP.Password.IsSet() {
				t.Errorf("rep imap %+v", r.IMAP)
			}
		})
	}
}

// TestOAuthSMTPDefaultsToIMAP: an [rep.smtp] without credentials logs in
// the way the IMAP account does.
func TestOAuthSMTPDefaultsToIMAP(t *testing.T) {
	file := withBase(append(slices.Clone(oauthRep[:7]),
		`[rep.smtp]`, `host = "127.0.0.1"`, `tls = "none"`,
		`[oauth.lab]`, `token_url = "http://127.0.0.1:9000/token"`, `grant = "client_credentials"`, `client_id = "c"`, `client_secret_env = "LAB_SECRET"`)...)
	cfg, err := Parse("fivemin.toml", []byte(file), Options{Getenv: oauthEnv})
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Reps[0].SMTP.OAuth; got != "lab" {
		t.Errorf("smtp oauth %q, want lab", got)
	}
}

func TestOAuthProblems(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []string
	}{
		{
			name: "unknown key in an oauth table",
			file: oauthFile(`grant = "device"`, `token_url = "http://127.0.0.1:1/t"`, `device_url = "http://127.0.0.1:1/d"`, `client_id = "c"`, `scope = ["x"]`),
			want: []string{`fivemin.toml:20: oauth.lab.scope: unknown key (did you mean scopes?)`},
		},
		{
			name: "unknown oauth name, and a password too",
			file: withBase(append(slices.Clone(oauthRep[:6]), `oauth = "lba"`, `password_env = "ANN_PW"`)...),
			want: []string{`fivemin.toml:14: rep[0].imap.oauth: set either oauth or password_env/password_file, not both`, `fivemin.toml:14: rep[0].imap.oauth: no [oauth.lba] table`},
		},
		{
			name: "missing secret",
			file: oauthFile(`grant = "client_credentials"`, `token_url = "https://auth.example/token"`, `client_id = "c"`, `client_secret_env = "NOT_SET"`),
			want: []string{`fivemin.toml:19: oauth.lab.client_secret_env: environment variable NOT_SET is not set or empty`},
		},
		{
			name: "client credentials without any secret",
			file: oauthFile(`grant = "client_credentials"`, `token_url = "https://auth.example/token"`, `client_id = "c"`),
			want: []string{`fivemin.toml:15: oauth.lab: needs client_secret_env (an environment variable) or client_secret_file (a file) holding the client_secret`},
		},
		{
			name: "generic needs urls, a grant and a client id",
			file: oauthFile(`provider = "generic"`),
			want: []string{
				`fivemin.toml:15: oauth.lab.grant: required`,
				`fivemin.toml:15: oauth.lab.token_url: required for provider "generic"`,
				`fivemin.toml:15: oauth.lab.client_id: required`,
			},
		},
		{
			name: "generic installed app needs the authorization endpoint, over https",
			file: oauthFile(`grant = "authorization_code"`, `token_url = "https://auth.example/token"`, `client_id = "c"`),
			want: []string{`fivemin.toml:15: oauth.lab.auth_url: required for the authorization_code grant with provider "generic"`},
		},
		{
			name: "plaintext authorization endpoint",
			file: oauthFile(`grant = "authorization_code"`, `token_url = "https://auth.example/token"`, `auth_url = "http://auth.example/authorize"`, `client_id = "c"`),
			want: []string{`fivemin.toml:18: oauth.lab.auth_url: http sends the client secret and tokens in clear`},
		},
		{
			name: "google's desktop clients send their secret",
			file: oauthFile(`provider = "google"`, `grant = "authorization_code"`, `client_id = "c"`),
			want: []string{`fivemin.toml:15: oauth.lab: needs client_secret_env (an environment variable) or client_secret_file (a file) holding the client_secret`},
		},
		{
			name: "google refuses device and client credentials",
			file: oauthFile(`provider = "google"`, `grant = "device"`, `client_id = "c"`, `tenant = "x"`),
			want: []string{
				`fivemin.toml:17: oauth.lab.grant: Google does not allow the mail scope over the device grant`,
				`fivemin.toml:19: oauth.lab.tenant: applies to provider "microsoft" only`,
			},
		},
		{
			name: "microsoft needs its own tenant for app-only access",
			file: oauthFile(`provider = "microsoft"`, `grant = "client_credentials"`, `tenant = "common"`, `client_id = "c"`, `client_secret_env = "LAB_SECRET"`),
			want: []string{`fivemin.toml:18: oauth.lab.tenant: client_credentials needs the firm's own tenant`},
		},
		{
			name: "bad provider, mechanism and plaintext url",
			file: oauthFile(`provider = "yahoo"`, `grant = "device"`, `client_id = "c"`, `mechanism = "plain"`, `token_url = "http://auth.example/token"`),
			want: []string{
				`fivemin.toml:16: oauth.lab.provider: must be "microsoft", "google" or "generic", got "yahoo"`,
				`fivemin.toml:19: oauth.lab.mechanism: must be "xoauth2" or "oauthbearer", got "plain"`,
				`fivemin.toml:20: oauth.lab.token_url: http sends the client secret and tokens in clear`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Parse("fivemin.toml", []byte(tt.file), Options{Getenv: oauthEnv})
			var cerr *Error
			if !errors.As(err, &cerr) {
				t.Fatalf("error %v (%T); config %+v", err, err, cfg)
			}
			got := cerr.Problems
			if len(got) != len(tt.want) {
				t.Errorf("%d problems, want %d:\n%v", len(got), len(tt.want), err)
			}
			for i := 0; i < min(len(got), len(tt.want)); i++ {
				if !strings.HasPrefix(got[i].Error(), tt.want[i]) {
					t.Errorf("problem %d:\n got %s\nwant %s…", i, got[i].Error(), tt.want[i])
				}
			}
		})
	}
}

func TestOAuthUnusedWarns(t *testing.T) {
	file := withBase(`[oauth.spare]`, `grant = "device"`, `token_url = "http://127.0.0.1:1/t"`, `device_url = "http://127.0.0.1:1/d"`, `client_id = "c"`)
	cfg, err := Parse("fivemin.toml", []byte(file), Options{Getenv: oauthEnv})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, w := range cfg.Warnings {
		found = found || (w.Key == "oauth.spare" && strings.Contains(w.Msg, "no rep uses it"))
	}
	if !found {
		t.Errorf("no warning about the unused table: %v", cfg.Warnings)
	}
}

// TestOAuthExampleLoads uncomments config.example.toml's [oauth] example
// and loads it for a rep: the documented keys are the accepted ones.
func TestOAuthExampleLoads(t *testing.T) {
	data, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok1 := strings.Cut(string(data), "# --- oauth example begins ---\n")
	block, _, ok2 := strings.Cut(rest, "# --- oauth example ends ---")
	if !ok1 || !ok2 {
		t.Fatal("config.example.toml has no oauth example between the markers")
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(block), "\n") {
		if strings.HasPrefix(l, "# client_secret_file") {
			continue // the alternative to client_secret_env
		}
		lines = append(lines, strings.TrimPrefix(l, "# "))
	}
	rep := slices.Clone(oauthRep[:6])
	rep = append(rep, `oauth = "m365"`)
	file := withBase(append(rep, lines...)...)
	cfg, err := Parse("fivemin.toml", []byte(file), Options{Getenv: exampleEnv})
	if err != nil {
		t.Fatalf("%v\n%s", err, file)
	}
	if o := cfg.OAuth["m365"]; o.Tenant != "smithlee.example" || !o.ClientSecret.IsSet() || o.Grant != mailbox.GrantClientCredentials {
		t.Errorf("got %+v", o)
	}
}

// TestOAuthProviderHosts: a rep of a Microsoft 365 or Google Workspace firm
// names only the oauth table; the provider gives the servers.
func TestOAuthProviderHosts(t *testing.T) {
	tests := []struct {
		provider, table    string
		imap, smtp         string
		imapTLS, smtpTLS   mailbox.TLSMode
		imapPort, smtpPort int
	}{
		{provider: "microsoft", table: `tenant = "smithlee.example"`, imap: "outlook.office365.com", smtp: "smtp.office365.com",
			imapTLS: mailbox.TLS, smtpTLS: mailbox.StartTLS, imapPort: 993, smtpPort: 587},
		{provider: "google", table: `client_secret_env = "LAB_SECRET"`, imap: "imap.gmail.com", smtp: "smtp.gmail.com",
			imapTLS: mailbox.TLS, smtpTLS: mailbox.TLS, imapPort: 993, smtpPort: 465},
	}
	for _, tt := range tests {
		t.Run(tt.provider, func(t *testing.T) {
			file := withBase(`[[rep]]`, `name = "Ann"`, `address = "ann@smithlee.example"`,
				`[rep.imap]`, `oauth = "firm"`, `[rep.smtp]`,
				`[oauth.firm]`, `provider = "`+tt.provider+`"`, `grant = "authorization_code"`, `client_id = "cid"`, tt.table)
			cfg, err := Parse("fivemin.toml", []byte(file), Options{Getenv: oauthEnv})
			if err != nil {
				t.Fatal(err)
			}
			r := cfg.Reps[0]
			if r.IMAP.Host != tt.imap || r.IMAP.TLS != tt.imapTLS || r.IMAP.Port != tt.imapPort {
				t.Errorf("imap %s:%d %s, want %s:%d %s", r.IMAP.Host, r.IMAP.Port, r.IMAP.TLS, tt.imap, tt.imapPort, tt.imapTLS)
			}
			if r.SMTP.Host != tt.smtp || r.SMTP.TLS != tt.smtpTLS || r.SMTP.Port != tt.smtpPort || r.SMTP.OAuth != "firm" {
				t.Errorf("smtp %s:%d %s oauth %q, want %s:%d %s oauth firm", r.SMTP.Host, r.SMTP.Port, r.SMTP.TLS, r.SMTP.OAuth, tt.smtp, tt.smtpPort, tt.smtpTLS)
			}
		})
	}
}

// TestOAuthServiceAccountKey: the JSON key of a service_account table is
// checked at load; a wrong one is named by where it comes from, never
// quoted.
func TestOAuthServiceAccountKey(t *testing.T) {
	key, _ := mailtest.ServiceAccountKey(t, "sa@firm.iam.gserviceaccount.test", "https://oauth2.googleapis.com/token")
	tests := []struct {
		name, value, want string
	}{
		{"a service account key", string(key), ""},
		{"a desktop client's file", `{"installed":{"client_id":"x","client_secret":"GOCSPX-zzz"}}`,
			`fivemin.toml:18: oauth.lab.client_secret_env: env SA_KEY: this is an OAuth client's file (a Desktop or Web client), not a service account key`},
		{"not JSON", "GOCSPX-zzz", `fivemin.toml:18: oauth.lab.client_secret_env: env SA_KEY: not a JSON key file`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := oauthFile(`provider = "google"`, `grant = "service_account"`, `client_secret_env = "SA_KEY"`)
			cfg, err := Parse("fivemin.toml", []byte(file), Options{Getenv: env(map[string]string{"SA_KEY": tt.value})})
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				o := cfg.OAuth["lab"]
				fetch, err := o.Fetch(o.ClientSecret.Reveal(), "ann@smithlee.example", nil)
				if err != nil || fetch == nil {
					t.Errorf("Fetch: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v\nwant %s", err, tt.want)
			}
			if strings.Contains(err.Error(), "GOCSPX") {
				t.Errorf("the error quotes the key: %v", err)
			}
		})
	}
}
