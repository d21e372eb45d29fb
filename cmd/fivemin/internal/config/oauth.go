package config

import (
	"cmp"
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/oauth"
)

// OAuth is an [oauth.NAME] table: how reps whose [rep.imap] or [rep.smtp]
// says oauth = "NAME" get their access tokens.
type OAuth struct {
	Provider  string `toml:"provider"`   // "microsoft", "google" or "generic" (default)
	Grant     string `toml:"grant"`      // "device", "authorization_code", "client_credentials" or "service_account"
	TokenURL  string `toml:"token_url"`  // default from the provider; required for generic
	DeviceURL string `toml:"device_url"` // device authorization endpoint; default from the provider
	AuthURL   string `toml:"auth_url"`   // authorization endpoint (authorization_code); default from the provider
	ClientID  string `toml:"client_id"`
	// ClientSecretEnv or ClientSecretFile hold the client secret (for
	// service_account: the JSON key); optional for the public clients of
	// the device and authorization_code grants.
	ClientSecretEnv  string   `toml:"client_secret_env"`
	ClientSecretFile string   `toml:"client_secret_file"`
	Scopes           []string `toml:"scopes"`    // default from the provider and grant
	Mechanism        string   `toml:"mechanism"` // "xoauth2" (default) or "oauthbearer"
	Tenant           string   `toml:"tenant"`    // microsoft: the directory (tenant) ID or domain

	// ClientSecret is read from ClientSecretEnv or ClientSecretFile at load.
	ClientSecret Secret `toml:"-"`
}

// Grants.
const (
	GrantDevice            = "device"
	GrantAuthorizationCode = "authorization_code"
	GrantClientCredentials = "client_credentials"
	GrantServiceAccount    = "service_account"
)

// SASLMechanism is the table's mechanism, parsed.
func (o *OAuth) SASLMechanism() oauth.Mechanism {
	m, _ := oauth.ParseMechanism(o.Mechanism) // checked at load
	return m
}

// OAuth2 is the table as golang.org/x/oauth2 takes it (the secret
// revealed: for token requests only).
func (o *OAuth) OAuth2() *oauth2.Config {
	return &oauth2.Config{
		ClientID: o.ClientID, ClientSecret: o.ClientSecret.Reveal(), Scopes: o.Scopes,
		Endpoint: oauth2.Endpoint{AuthURL: o.AuthURL, TokenURL: o.TokenURL, DeviceAuthURL: o.DeviceURL},
	}
}

// Fetch gets access tokens for the mailbox user the way the table's grant
// says; store keeps the rep's refresh token for the device and
// authorization_code grants. A service account acts as user (the subject).
func (o *OAuth) Fetch(user string, store oauth.RefreshStore) (oauth.Fetch, error) {
	switch o.Grant {
	case GrantServiceAccount:
		key, err := oauth.ParseServiceAccountKey([]byte(o.ClientSecret.Reveal()))
		if err != nil {
			return nil, fmt.Errorf("the service account key (%s): %w", o.ClientSecret.Source(), err)
		}
		return oauth.ServiceAccount(key, o.TokenURL, o.Scopes, user), nil
	case GrantClientCredentials:
		return oauth.ClientCredentials(&clientcredentials.Config{
			ClientID: o.ClientID, ClientSecret: o.ClientSecret.Reveal(), TokenURL: o.TokenURL, Scopes: o.Scopes,
		}), nil
	case GrantDevice, GrantAuthorizationCode:
		return oauth.Refresh(o.OAuth2(), store), nil
	}
	return nil, fmt.Errorf("unknown grant %q", o.Grant) // checked at load
}

// Provider presets: endpoints, default scopes and the grants a provider
// does not offer for mail, with what to use instead.
type provider struct {
	tokenURL, deviceURL, authURL string // "{tenant}" is replaced by the tenant
	scopes, appScopes            []string
	refuse                       map[string]string
	imap, smtp                   Server // host and TLS mode for a rep that names none
}

const microsoftBase = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/"

var providers = map[string]provider{
	"microsoft": {
		tokenURL: microsoftBase + "token", deviceURL: microsoftBase + "devicecode", authURL: microsoftBase + "authorize",
		scopes:    []string{"https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send", "offline_access"},
		appScopes: []string{"https://outlook.office365.com/.default"},
		refuse:    map[string]string{GrantServiceAccount: "service_account is Google's domain-wide delegation; Microsoft's app-only access is client_credentials"},
		imap:      Server{Host: "outlook.office365.com", TLS: mailbox.TLS},
		smtp:      Server{Host: "smtp.office365.com", TLS: mailbox.StartTLS},
	},
	"google": {
		tokenURL: "https://oauth2.googleapis.com/token", authURL: oauth.GoogleAuthURL, scopes: []string{oauth.GoogleMailScope},
		refuse: map[string]string{
			GrantDevice:            `Google does not allow the mail scope over the device grant: use "authorization_code" (each rep signs in) or "service_account" (domain-wide delegation)`,
			GrantClientCredentials: `Google has no client_credentials access to mail: use "service_account" (domain-wide delegation)`,
		},
		imap: Server{Host: "imap.gmail.com", TLS: mailbox.TLS},
		smtp: Server{Host: "smtp.gmail.com", TLS: mailbox.TLS},
	},
	"generic": {refuse: map[string]string{GrantServiceAccount: `service_account is Google's: use provider "google"`}},
}

var microsoftDelegated = providers["microsoft"].scopes

// tenantRE is a tenant ID (a GUID) or a domain name, or one of
// Microsoft's multi-tenant aliases.
var tenantRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.-]*$`)

// oauthTables checks every [oauth.NAME] table and fills in the provider's
// presets.
func (v *validator) oauthTables(c *Config) {
	for _, name := range slices.Sorted(maps.Keys(c.OAuth)) {
		o := c.OAuth[name]
		v.oauthTable("oauth."+name, &o)
		c.OAuth[name] = o
	}
}

const grants = `"device", "authorization_code", "client_credentials" or "service_account"`

func (v *validator) oauthTable(key string, o *OAuth) {
	o.Provider = cmp.Or(strings.ToLower(strings.TrimSpace(o.Provider)), "generic")
	switch o.Grant {
	case GrantDevice, GrantAuthorizationCode, GrantClientCredentials, GrantServiceAccount:
	case "":
		v.addf(key+".grant", "required: %s", grants)
	default:
		v.addf(key+".grant", "must be %s, got %q", grants, o.Grant)
	}
	p, ok := providers[o.Provider]
	if !ok {
		v.addf(key+".provider", "must be \"microsoft\", \"google\" or \"generic\", got %q", o.Provider)
	}
	refused := p.refuse[o.Grant]
	if refused != "" {
		v.addf(key+".grant", "%s", refused)
	}
	v.tenant(key, o)
	v.endpoints(key, o, p, ok, refused != "")
	if o.Grant != GrantServiceAccount {
		v.text(key+".client_id", o.ClientID, "required: the application (client) ID the OAuth server knows fivemin by")
	}
	for i, s := range o.Scopes {
		if strings.TrimSpace(s) == "" || strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' }) {
			v.addf(key+".scopes", "scope %d (%q) is empty or contains white space", i, s)
		}
	}
	if _, err := oauth.ParseMechanism(o.Mechanism); err != nil {
		v.addf(key+".mechanism", "must be \"xoauth2\" or \"oauthbearer\", got %q", o.Mechanism)
	}
	o.ClientSecret = v.secret(key, "client_secret", o.ClientSecretEnv, o.ClientSecretFile, secretRequired(o))
	v.serviceAccountKey(key, o)
}

// endpoints fills in the provider's endpoints and scopes where the table
// names none, and checks them; known says the provider is, refused that it
// does not offer the grant (reported already).
func (v *validator) endpoints(key string, o *OAuth, p provider, known, refused bool) {
	tenant := url.PathEscape(o.Tenant)
	o.TokenURL = cmp.Or(o.TokenURL, strings.ReplaceAll(p.tokenURL, "{tenant}", tenant))
	o.DeviceURL = cmp.Or(o.DeviceURL, strings.ReplaceAll(p.deviceURL, "{tenant}", tenant))
	o.AuthURL = cmp.Or(o.AuthURL, strings.ReplaceAll(p.authURL, "{tenant}", tenant))
	if o.Scopes == nil && o.Grant == GrantClientCredentials && p.appScopes != nil {
		o.Scopes = slices.Clone(p.appScopes)
	} else if o.Scopes == nil {
		o.Scopes = slices.Clone(p.scopes)
	}
	for _, e := range []struct {
		key, url, what string
		needed         bool
	}{
		{"token_url", o.TokenURL, "provider %q: the OAuth server's token endpoint", true},
		{"device_url", o.DeviceURL, "the device grant with provider %q: the device authorization endpoint", o.Grant == GrantDevice && !refused},
		{"auth_url", o.AuthURL, "the authorization_code grant with provider %q: the authorization endpoint", o.Grant == GrantAuthorizationCode},
	} {
		if e.url == "" && e.needed && known {
			v.addf(key+"."+e.key, "required for "+e.what, o.Provider)
		}
		v.oauthURL(key+"."+e.key, e.url)
	}
}

// secretRequired: confidential grants need the secret; the device and
// installed-app flows may run as public clients, except that Google's
// Desktop clients must send theirs.
func secretRequired(o *OAuth) bool {
	switch o.Grant {
	case GrantClientCredentials, GrantServiceAccount:
		return true
	case GrantAuthorizationCode:
		return o.Provider == "google"
	}
	return false
}

// serviceAccountKey checks a service_account table's JSON key, naming
// where it comes from and never quoting it.
func (v *validator) serviceAccountKey(key string, o *OAuth) {
	if o.Grant != GrantServiceAccount || !o.ClientSecret.IsSet() {
		return
	}
	if _, err := oauth.ParseServiceAccountKey([]byte(o.ClientSecret.Reveal())); err != nil {
		which := ".client_secret_file"
		if o.ClientSecretEnv != "" {
			which = ".client_secret_env"
		}
		v.addf(key+which, "%s: %v", o.ClientSecret.Source(), err)
	}
}

// tenant checks the Microsoft tenant: the firm's own for app-only access.
func (v *validator) tenant(key string, o *OAuth) {
	switch {
	case o.Provider != "microsoft" && o.Tenant != "":
		v.addf(key+".tenant", "applies to provider \"microsoft\" only")
	case o.Provider != "microsoft":
	case o.Tenant == "":
		v.addf(key+".tenant", "required for provider \"microsoft\": the directory (tenant) ID or the firm's Microsoft 365 domain")
	case !tenantRE.MatchString(o.Tenant):
		v.addf(key+".tenant", "%q is not a tenant ID or domain", o.Tenant)
	case o.Grant == GrantClientCredentials && slices.Contains([]string{"common", "organizations", "consumers"}, strings.ToLower(o.Tenant)):
		v.addf(key+".tenant", "client_credentials needs the firm's own tenant, not %q", o.Tenant)
	}
}

// oauthURL checks an endpoint: https, or http to a loopback host (a test
// server, or a local proxy), as for tls = "none".
func (v *validator) oauthURL(key, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	switch {
	case err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http"):
		v.addf(key, "%q is not an http(s) URL", s)
	case u.User != nil:
		v.addf(key, "must not contain a user name or password")
	case u.Scheme == "http" && !mailbox.IsLoopback(u.Hostname()):
		v.addf(key, "http sends the client secret and tokens in clear, so it is allowed only to a loopback host, not %s: use https", u.Hostname())
	}
}

// serverPreset fills in the provider's host and TLS mode for a server
// that logs in with OAuth and names no host.
func serverPreset(s *Server, c *Config, smtp bool) {
	o, ok := c.OAuth[s.OAuth]
	p := providers[o.Provider]
	if !ok || s.Host != "" {
		return
	}
	preset := p.imap
	if smtp {
		preset = p.smtp
	}
	s.Host, s.TLS = preset.Host, cmp.Or(s.TLS, preset.TLS)
}

// serverOAuth checks a server's oauth key against the [oauth.NAME] tables.
func (v *validator) serverOAuth(key string, s *Server, c *Config) {
	if s.OAuth == "" {
		return
	}
	if s.PasswordEnv != "" || s.PasswordFile != "" {
		v.addf(key+".oauth", "set either oauth or password_env/password_file, not both")
	}
	if _, ok := c.OAuth[s.OAuth]; !ok {
		v.addf(key+".oauth", "no [oauth.%s] table", s.OAuth)
	}
}

// oauthUsed warns about tables no rep names.
func (v *validator) oauthUsed(c *Config) {
	used := map[string]bool{}
	for _, r := range c.Reps {
		used[r.IMAP.OAuth] = true
		if r.SMTP != nil {
			used[r.SMTP.OAuth] = true
		}
	}
	for name := range c.OAuth {
		if !used[name] {
			v.warnf("oauth."+name, "no rep uses it (oauth = %q in [rep.imap] or [rep.smtp])", name)
		}
	}
}
