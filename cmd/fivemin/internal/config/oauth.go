package config

import (
	"maps"
	"slices"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/oauth"
)

// OAuth is an [oauth.NAME] table: how reps whose [rep.imap] or [rep.smtp]
// says oauth = "NAME" get their access tokens. mailbox checks it and knows
// the providers; the client secret is read here, as every secret is.
type OAuth struct {
	mailbox.OAuthTable
	// ClientSecret is read from ClientSecretEnv or ClientSecretFile at
	// load (for service_account: the JSON key).
	ClientSecret Secret `toml:"-"`
}

// oauthTables checks every [oauth.NAME] table, fills in the provider's
// presets and reads the client secrets.
func (v *validator) oauthTables(c *Config) {
	for _, name := range slices.Sorted(maps.Keys(c.OAuth)) {
		o, key := c.OAuth[name], "oauth."+name
		fieldProblems(v.problems, key, o.Check())
		o.ClientSecret = v.secret(key, "client_secret", o.ClientSecretEnv, o.ClientSecretFile, o.SecretRequired())
		// A service account's JSON key is named by where it comes from,
		// never quoted.
		if o.Grant == mailbox.GrantServiceAccount && o.ClientSecret.IsSet() {
			if _, err := oauth.ParseServiceAccountKey([]byte(o.ClientSecret.Reveal())); err != nil {
				which := ".client_secret_file"
				if o.ClientSecretEnv != "" {
					which = ".client_secret_env"
				}
				v.addf(key+which, "%s: %v", o.ClientSecret.Source(), err)
			}
		}
		c.OAuth[name] = o
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
