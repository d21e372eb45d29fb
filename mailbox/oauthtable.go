package mailbox

import (
	"cmp"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"

	"github.com/fivemin/fivemin/mailbox/oauth"
)

// OAuthTable is an [oauth.NAME] table of the configuration: how reps whose
// [Server] says oauth = "NAME" get their access tokens. The client secret
// (for service_account: the JSON key) is read by the configuration from
// ClientSecretEnv or ClientSecretFile and passed in where it is needed.
type OAuthTable struct {
	Provider         string   `toml:"provider"`   // "microsoft", "google" or "generic" (default)
	Grant            string   `toml:"grant"`      // one of the Grant constants
	TokenURL         string   `toml:"token_url"`  // default from the provider; required for generic
	DeviceURL        string   `toml:"device_url"` // device authorization endpoint; default from the provider
	AuthURL          string   `toml:"auth_url"`   // authorization endpoint (authorization_code); default from the provider
	ClientID         string   `toml:"client_id"`
	ClientSecretEnv  string   `toml:"client_secret_env"`
	ClientSecretFile string   `toml:"client_secret_file"`
	Scopes           []string `toml:"scopes"`    // default from the provider and grant
	Mechanism        string   `toml:"mechanism"` // "xoauth2" (default) or "oauthbearer"
	Tenant           string   `toml:"tenant"`    // microsoft: the directory (tenant) ID or domain
}

// Grants.
const (
	GrantDevice            = "device"
	GrantAuthorizationCode = "authorization_code"
	GrantClientCredentials = "client_credentials"
	GrantServiceAccount    = "service_account"
)

// SASLMechanism is the table's mechanism, parsed.
func (o *OAuthTable) SASLMechanism() oauth.Mechanism {
	m, _ := oauth.ParseMechanism(o.Mechanism) // checked by Check
	return m
}

// OAuth2 is the table as golang.org/x/oauth2 takes it, with the client
// secret (for token requests only).
func (o *OAuthTable) OAuth2(secret string) *oauth2.Config {
	return &oauth2.Config{
		ClientID: o.ClientID, ClientSecret: secret, Scopes: o.Scopes,
		Endpoint: oauth2.Endpoint{AuthURL: o.AuthURL, TokenURL: o.TokenURL, DeviceAuthURL: o.DeviceURL},
	}
}

// Fetch gets access tokens for the mailbox user the way the table's grant
// says; store keeps the rep's refresh token for the device and
// authorization_code grants. A service account acts as user (the subject).
func (o *OAuthTable) Fetch(secret, user string, store oauth.RefreshStore) (oauth.Fetch, error) {
	switch o.Grant {
	case GrantServiceAccount:
		key, err := oauth.ParseServiceAccountKey([]byte(secret))
		if err != nil {
			return nil, fmt.Errorf("the service account key: %w", err)
		}
		return oauth.ServiceAccount(key, o.TokenURL, o.Scopes, user), nil
	case GrantClientCredentials:
		return oauth.ClientCredentials(&clientcredentials.Config{
			ClientID: o.ClientID, ClientSecret: secret, TokenURL: o.TokenURL, Scopes: o.Scopes,
		}), nil
	case GrantDevice, GrantAuthorizationCode:
		return oauth.Refresh(o.OAuth2(secret), store), nil
	}
	return nil, fmt.Errorf("unknown grant %q", o.Grant) // checked by Check
}

// provider is a preset: endpoints, default scopes, the grants a provider
// does not offer for mail (with what to use instead), and the servers of
// a rep that names none.
type provider struct {
	tokenURL, deviceURL, authURL string // "{tenant}" is replaced by the tenant
	scopes, appScopes            []string
	refuse                       map[string]string
	imap, smtp                   Server
}

const microsoftBase = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/"

var providers = map[string]provider{
	"microsoft": {
		tokenURL: microsoftBase + "token", deviceURL: microsoftBase + "devicecode", authURL: microsoftBase + "authorize",
		scopes:    []string{"https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send", "offline_access"},
		appScopes: []string{"https://outlook.office365.com/.default"},
		refuse:    map[string]string{GrantServiceAccount: "service_account is Google's domain-wide delegation; Microsoft's app-only access is client_credentials"},
		imap:      Server{Host: "outlook.office365.com", TLS: TLS},
		smtp:      Server{Host: "smtp.office365.com", TLS: StartTLS},
	},
	"google": {
		tokenURL: "https://oauth2.googleapis.com/token", authURL: oauth.GoogleAuthURL, scopes: []string{oauth.GoogleMailScope},
		refuse: map[string]string{
			GrantDevice:            `Google does not allow the mail scope over the device grant: use "authorization_code" (each rep signs in) or "service_account" (domain-wide delegation)`,
			GrantClientCredentials: `Google has no client_credentials access to mail: use "service_account" (domain-wide delegation)`,
		},
		imap: Server{Host: "imap.gmail.com", TLS: TLS},
		smtp: Server{Host: "smtp.gmail.com", TLS: TLS},
	},
	"generic": {refuse: map[string]string{GrantServiceAccount: `service_account is Google's: use provider "google"`}},
}

// tenantRE is a tenant ID (a GUID) or a domain name, or one of
// Microsoft's multi-tenant aliases.
var tenantRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.-]*$`)

const grants = `"device", "authorization_code", "client_credentials" or "service_account"`

// Check fills in the provider's presets where the table names none and
// lists what is wrong, but for the client secret, which the caller reads
// (see SecretRequired).
func (o *OAuthTable) Check() []FieldError {
	var p fieldErrors
	o.Provider = cmp.Or(strings.ToLower(strings.TrimSpace(o.Provider)), "generic")
	switch o.Grant {
	case GrantDevice, GrantAuthorizationCode, GrantClientCredentials, GrantServiceAccount:
	case "":
		p.add("grant", "required: %s", grants)
	default:
		p.add("grant", "must be %s, got %q", grants, o.Grant)
	}
	pr, known := providers[o.Provider]
	if !known {
		p.add("provider", "must be \"microsoft\", \"google\" or \"generic\", got %q", o.Provider)
	}
	refused := pr.refuse[o.Grant]
	if refused != "" {
		p.add("grant", "%s", refused)
	}
	o.checkTenant(&p)
	o.endpoints(&p, pr, known, refused != "")
	switch {
	case o.Grant == GrantServiceAccount:
	case strings.TrimSpace(o.ClientID) == "":
		p.add("client_id", "required: the application (client) ID the OAuth server knows fivemin by")
	case strings.ContainsFunc(o.ClientID, unicode.IsControl):
		p.add("client_id", "must not contain control characters or line breaks")
	}
	for i, s := range o.Scopes {
		if strings.TrimSpace(s) == "" || strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' }) {
			p.add("scopes", "scope %d (%q) is empty or contains white space", i, s)
		}
	}
	if _, err := oauth.ParseMechanism(o.Mechanism); err != nil {
		p.add("mechanism", "must be \"xoauth2\" or \"oauthbearer\", got %q", o.Mechanism)
	}
	return p
}

// endpoints fills in the provider's endpoints and scopes where the table
// names none, and checks them; known says the provider is, refused that it
// does not offer the grant (reported already).
func (o *OAuthTable) endpoints(p *fieldErrors, pr provider, known, refused bool) {
	tenant := url.PathEscape(o.Tenant)
	o.TokenURL = cmp.Or(o.TokenURL, strings.ReplaceAll(pr.tokenURL, "{tenant}", tenant))
	o.DeviceURL = cmp.Or(o.DeviceURL, strings.ReplaceAll(pr.deviceURL, "{tenant}", tenant))
	o.AuthURL = cmp.Or(o.AuthURL, strings.ReplaceAll(pr.authURL, "{tenant}", tenant))
	if o.Scopes == nil && o.Grant == GrantClientCredentials && pr.appScopes != nil {
		o.Scopes = slices.Clone(pr.appScopes)
	} else if o.Scopes == nil {
		o.Scopes = slices.Clone(pr.scopes)
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
			p.add(e.key, "required for "+e.what, o.Provider)
		}
		checkURL(p, e.key, e.url)
	}
}

// SecretRequired says whether the table needs a client secret:
// confidential grants do; the device and installed-app flows may run as
// public clients, except that Google's Desktop clients must send theirs.
func (o *OAuthTable) SecretRequired() bool {
	switch o.Grant {
	case GrantClientCredentials, GrantServiceAccount:
		return true
	case GrantAuthorizationCode:
		return o.Provider == "google"
	}
	return false
}

// checkTenant checks the Microsoft tenant: the firm's own for app-only
// access.
func (o *OAuthTable) checkTenant(p *fieldErrors) {
	switch {
	case o.Provider != "microsoft" && o.Tenant != "":
		p.add("tenant", "applies to provider \"microsoft\" only")
	case o.Provider != "microsoft":
	case o.Tenant == "":
		p.add("tenant", "required for provider \"microsoft\": the directory (tenant) ID or the firm's Microsoft 365 domain")
	case !tenantRE.MatchString(o.Tenant):
		p.add("tenant", "%q is not a tenant ID or domain", o.Tenant)
	case o.Grant == GrantClientCredentials && slices.Contains([]string{"common", "organizations", "consumers"}, strings.ToLower(o.Tenant)):
		p.add("tenant", "client_credentials needs the firm's own tenant, not %q", o.Tenant)
	}
}

// checkURL checks an endpoint: https, or http to a loopback host (a test
// server, or a local proxy), as for tls = "none".
func checkURL(p *fieldErrors, key, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	switch {
	case err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http"):
		p.add(key, "%q is not an http(s) URL", s)
	case u.User != nil:
		p.add(key, "must not contain a user name or password")
	case u.Scheme == "http" && !IsLoopback(u.Hostname()):
		p.add(key, "http sends the client secret and tokens in clear, so it is allowed only to a loopback host, not %s: use https", u.Hostname())
	}
}

// Preset fills in the provider's host and TLS mode for a server that logs
// in with this table and names no host; smtp says s is the SMTP account.
func (o *OAuthTable) Preset(s *Server, smtp bool) {
	if s.Host != "" {
		return
	}
	preset := providers[o.Provider].imap
	if smtp {
		preset = providers[o.Provider].smtp
	}
	s.Host, s.TLS = preset.Host, cmp.Or(s.TLS, preset.TLS)
}
