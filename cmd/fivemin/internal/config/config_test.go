package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting"
)

// doc joins lines into a file, so a test can count lines.
func doc(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

// base is the least valid file; tests append to it. Its lines:
//
//	1 [firm]  2 name  3 domain  4 currency  5 (blank)  6 [rates]  7 default
var base = []string{
	`[firm]`,
	`name = "Smith & Lee"`,
	`domain = "smithlee.example"`,
	`currency = "USD"`,
	``,
	`[rates]`,
	`default = "250.00"`,
}

func withBase(lines ...string) string {
	return doc(append(append([]string(nil), base...), lines...)...)
}

// rep is a valid [[rep]] starting at the line after base (line 8).
var rep = []string{
	`[[rep]]`,                          // 8
	`name = "Ann"`,                     // 9
	`address = "ann@smithlee.example"`, // 10
	`[rep.imap]`,                       // 11
	`host = "imap.smithlee.example"`,   // 12
	`password_env = "ANN_PW"`,          // 13
}

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

var testEnv = env(map[string]string{"ANN_PW": "ann-secret", "BO_PW": "bo-secret", "WEB_TOKEN": "web-secret"})

func TestProblems(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []string // every problem, in order, as Error() prints it (prefix match on the message)
	}{
		{
			name: "unknown key with a suggestion",
			file: withBase(`defualt = "1"`),
			want: []string{`fivemin.toml:8: rates.defualt: unknown key (did you mean default?)`},
		},
		{
			name: "unknown key without a close match",
			file: withBase(`colour = "blue"`),
			want: []string{`fivemin.toml:8: rates.colour: unknown key`},
		},
		{
			name: "unknown table reported once, not per key",
			file: withBase(`[ratez]`, `default = "1"`, `other = 2`),
			want: []string{`fivemin.toml:8: ratez: unknown key (did you mean rates?)`},
		},
		{
			name: "unknown key in the second rep names its index and line",
			file: withBase(append(append([]string(nil), rep...),
				`[[rep]]`, `name = "Bo"`, `address = "bo@smithlee.example"`,
				`[rep.imap]`, `host = "imap.smithlee.example"`, `hots = "x"`, `password_env = "BO_PW"`)...),
			want: []string{`fivemin.toml:19: rep[1].imap.hots: unknown key (did you mean host?)`},
		},
		{
			name: "the same unknown key in two reps is two problems",
			file: withBase(append(append(append([]string(nil), rep...), `colour = 1`),
				`[[rep]]`, `name = "Bo"`, `address = "bo@smithlee.example"`, `colour = 2`,
				`[rep.imap]`, `host = "imap.smithlee.example"`, `password_env = "BO_PW"`)...),
			want: []string{
				`fivemin.toml:14: rep[0].imap.colour: unknown key`,
				`fivemin.toml:18: rep[1].colour: unknown key`,
			},
		},
		{
			name: "float money refused with the fix",
			file: doc(`[firm]`, `name = "F"`, `domain = "f.example"`, `currency = "USD"`, `[rates]`, `default = 250.5`),
			want: []string{`fivemin.toml:6: rates.default: 250.5 is a TOML float, which cannot hold a decimal exactly; quote it: default = "250.5"`},
		},
		{
			name: "integer money accepted, more decimals than the currency refused",
			file: withBase(`[rates.tier]`, `A = 300`, `B = "300.005"`),
			want: []string{`fivemin.toml:10: rates.tier.B: 300.005 has more decimals than USD's 2`},
		},
		{
			name: "money that is not a number",
			file: withBase(`[rates.category]`, `tax = "300,00"`, `advisory = true`, `payroll = "-5"`),
			want: []string{
				`fivemin.toml:9: rates.category.tax: "300,00" is not a decimal number`,
				`fivemin.toml:10: rates.category.advisory: want a decimal string like "250.00", got a TOML boolean`,
				`fivemin.toml:11: rates.category.payroll: must be more than zero, got -5`,
			},
		},
		{
			name: "category names are lower-case words",
			file: withBase(`[rates.category]`, `Tax = "300"`, `"sales tax" = "300"`),
			want: []string{
				`fivemin.toml:9: rates.category.Tax: category names are lower-case words`,
				`fivemin.toml:10: rates.category."sales tax": category names are lower-case words`,
			},
		},
		{
			name: "password in the file refused with the reason",
			file: withBase(append(append([]string(nil), rep...), `password = "hunter2"`)...),
			want: []string{`fivemin.toml:14: rep[0].imap.password: passwords are never read from the configuration file`},
		},
		{
			name: "web token in the file refused",
			file: withBase(`[web]`, `token = "abc"`),
			want: []string{`fivemin.toml:9: web.token: tokens are never read from the configuration file`},
		},
		{
			name: "both password sources",
			file: withBase(append(append([]string(nil), rep...), `password_file = "pw"`)...),
			want: []string{`fivemin.toml:14: rep[0].imap.password_file: set only one of password_env and password_file`},
		},
		{
			name: "no password source",
			file: withBase(rep[:5]...),
			want: []string{`fivemin.toml:11: rep[0].imap: needs password_env (an environment variable) or password_file (a file)`},
		},
		{
			name: "password environment variable not set",
			file: withBase(append(append([]string(nil), rep[:5]...), `password_env = "NOT_SET"`)...),
			want: []string{`fivemin.toml:13: rep[0].imap.password_env: environment variable NOT_SET is not set or empty`},
		},
		{
			name: "plaintext to a remote host refused",
			file: withBase(append(append([]string(nil), rep...), `tls = "none"`)...),
			want: []string{`fivemin.toml:14: rep[0].imap.tls: "none" sends the password in clear, so it is allowed only to a loopback host`},
		},
		{
			name: "plaintext to a remote IP refused",
			file: withBase(append(append([]string(nil), rep[:4]...), `host = "10.0.0.1"`, `tls = "none"`, `password_env = "ANN_PW"`)...),
			want: []string{`fivemin.toml:13: rep[0].imap.tls: "none" sends the password in clear`},
		},
		{
			name: "helo belongs to smtp and must be a host name",
			file: withBase(append(append([]string(nil), rep...), `helo = "mail.smithlee.example"`,
				`[rep.smtp]`, `host = "smtp.smithlee.example"`, `helo = "bad name"`)...),
			want: []string{
				`fivemin.toml:14: rep[0].imap.helo: applies to [rep.smtp] only`,
				`fivemin.toml:17: rep[0].smtp.helo: "bad name" is not a host name or an address literal such as [192.0.2.1]`,
			},
		},
		{
			name: "folder names with control characters",
			file: withBase(append(append([]string(nil), rep...), `[rep.folders]`, `inbox = "In\u0001"`, `drafts = "Drafts"`, `sent = "Sent\n"`)...),
			want: []string{
				`fivemin.toml:15: rep[0].folders.inbox: must not contain control characters`,
				`fivemin.toml:17: rep[0].folders.sent: must not contain control characters`,
			},
		},
		{
			name: "unknown TLS mode and bad port",
			file: withBase(append(append([]string(nil), rep...), `tls = "ssl"`, `port = 70000`)...),
			want: []string{
				`fivemin.toml:14: rep[0].imap.tls: must be "tls", "starttls" or "none", got "ssl"`,
				`fivemin.toml:15: rep[0].imap.port: must be 1 to 65535, got 70000`,
			},
		},
		{
			name: "smtp without host",
			file: withBase(append(append([]string(nil), rep...), `[rep.smtp]`, `port = 587`)...),
			want: []string{`fivemin.toml:14: rep[0].smtp.host: required`},
		},
		{
			name: "missing keys point at their table",
			file: doc(`[firm]`, `domain = "f.example"`, `[rates]`, `round_minutes = 15`),
			want: []string{
				`fivemin.toml:1: firm.name: required`,
				`fivemin.toml:1: firm.currency: required`,
				`fivemin.toml:3: rates.default: required`,
			},
		},
		{
			name: "missing tables have no line",
			file: doc(`# empty`),
			want: []string{
				`fivemin.toml: firm.name: required`,
				`fivemin.toml: firm.domain: required`,
				`fivemin.toml: firm.currency: required`,
				`fivemin.toml: rates.default: required`,
			},
		},
		{
			name: "bad firm values, all reported at once in line order",
			file: doc(`[firm]`, `name = "F"`, `domain = "not a domain"`, `currency = "XYZ"`, `locale = "en_US!"`,
				`free_minutes = -1`, `timezone = "Mars/Base"`, `[rates]`, `default = "100"`),
			want: []string{
				`fivemin.toml:3: firm.domain: "not a domain" is not a domain name`,
				`fivemin.toml:4: firm.currency: "XYZ" is not an ISO 4217 currency code`,
				`fivemin.toml:5: firm.locale: "en_US!" is not a BCP 47 language tag`,
				`fivemin.toml:6: firm.free_minutes: must be 0 to 480 minutes, got -1`,
				`fivemin.toml:7: firm.timezone: "Mars/Base" is not a time zone`,
			},
		},
		{
			name: "syntax error has its line",
			file: withBase(`round_minutes = = 15`),
			want: []string{`fivemin.toml:8: rates.round_minutes: unexpected character U+003D '=' at start of value`},
		},
		{
			name: "syntax error in a dotted key of the second rep",
			file: withBase(append(append([]string(nil), rep...), `[[rep]]`, `name = "Bo"`, `imap.port = = 1`)...),
			want: []string{`fivemin.toml:16: rep[1].imap.port: unexpected character U+003D '=' at start of value`},
		},
		{
			name: "unknown key in an inline table",
			file: withBase(append(append([]string(nil), rep[:3]...), `imap = { host = "h.example", hots = "x", password_env = "ANN_PW" }`)...),
			want: []string{`fivemin.toml:11: rep[0].imap.hots: unknown key (did you mean host?)`},
		},
		{
			name: "wrong type in an inline table of the second client",
			file: doc(append([]string{`client = [{ match = "a.example" }, { match = "b.example", tier = 3 }]`}, base...)...),
			want: []string{`fivemin.toml:1: client[1].tier: want a string, got an integer`},
		},
		{
			name: "wrong type has its line and key",
			file: withBase(`block_minutes = "30"`),
			want: []string{`fivemin.toml:8: rates.block_minutes: want a whole number, got a string`},
		},
		{
			name: "a table where an array of tables belongs",
			file: withBase(`[rep]`, `name = "Ann"`),
			want: []string{`fivemin.toml:8: rep: is a table: write [[rep]] (an array of tables, one per entry), not [rep]`},
		},
		{
			name: "a float where a whole number belongs",
			file: withBase(`[quote]`, `validity_days = 30.5`),
			want: []string{`fivemin.toml:9: quote.validity_days: want a whole number, got a float`},
		},
		{
			name: "duplicate key",
			file: withBase(`default = "300"`),
			want: []string{`fivemin.toml:8: rates.default: Key 'rates.default' has already been defined.`},
		},
		{
			name: "billing rules out of range",
			file: withBase(`block_minutes = -30`, `round_minutes = 0`),
			want: []string{
				`fivemin.toml:8: rates.block_minutes: must be 0 (no minimum) to 1440 minutes, got -30`,
				`fivemin.toml:9: rates.round_minutes: must be 1 (no rounding) to 480 minutes, got 0`,
			},
		},
		{
			name: "free minutes and own domains have one place",
			file: withBase(`[triage]`, `free_minutes = 10`, `own_domains = ["x.example"]`),
			want: []string{
				`fivemin.toml:9: triage.free_minutes: set firm.free_minutes instead`,
				`fivemin.toml:10: triage.own_domains: set firm.own_domains instead`,
			},
		},
		{
			name: "triage's own validation, located",
			file: withBase(`[triage]`, `paid_minutes = 0`, `[[triage.signal]]`, `match = "audit"`, `kind = "paid"`,
				`[[triage.signal]]`, `match = "vat"`, `kind = "costly"`),
			want: []string{
				`fivemin.toml:9: triage.paid_minutes: must be positive, got 0`,
				`fivemin.toml:15: triage.signal[1].kind: must be quick, paid or scope, got "costly"`,
			},
		},
		{
			name: "rep fields",
			file: withBase(append(append([]string(nil), rep...),
				`[[rep]]`, `name = ""`, `address = "Ann <ANN@smithlee.example>"`, `first_run = "yesterday"`, `poll_interval = "1s"`,
				`[rep.imap]`, `host = "imap.smithlee.example"`, `password_env = "ANN_PW"`,
				`[[rep]]`, `name = "Ann again"`, `address = "ANN@smithlee.example"`, `first_run = 7`, `poll_interval = 60`,
				`[rep.imap]`, `host = "imap.smithlee.example"`, `password_env = "ANN_PW"`)...),
			want: []string{
				`fivemin.toml:15: rep[1].name: required`,
				`fivemin.toml:16: rep[1].address: "ann <ann@smithlee.example>" is not a plain email address`,
				`fivemin.toml:17: rep[1].first_run: want "unseen", "all" or a number of days like "7d", got "yesterday"`,
				`fivemin.toml:18: rep[1].poll_interval: must be 5s to 24h0m0s, got 1s`,
				`fivemin.toml:24: rep[2].address: ann@smithlee.example is also rep[0]`,
				`fivemin.toml:25: rep[2].first_run: want "unseen", "all" or a number of days like "7d", got a TOML integer`,
				`fivemin.toml:26: rep[2].poll_interval: want a duration string like "90s" or "5m", got a TOML integer`,
			},
		},
		{
			name: "tier policy",
			file: withBase(`[tiers.C]`, `rate_multiplier = 1.1`, `[tiers.D]`, `rate_multiplier = "0"`, `template = "Warm!"`,
				`free_minutes = 1000`, `[tiers.F]`, `free_minutes = 1`),
			want: []string{
				`fivemin.toml:9: tiers.C.rate_multiplier: 1.1 is a TOML float, which cannot hold a decimal exactly; quote it: rate_multiplier = "1.1"`,
				`fivemin.toml:11: tiers.D.rate_multiplier: must be more than 0 and at most 10, got 0`,
				`fivemin.toml:12: tiers.D.template: template variant names are lower-case words (like "warm"), got "Warm!"`,
				`fivemin.toml:13: tiers.D.free_minutes: must be 0 to 480 minutes, got 1000`,
				`fivemin.toml:14: tiers.F: unknown key`,
			},
		},
		{
			name: "clients and overrides",
			file: withBase(`[clients]`, `revenue_high = "1000"`, `revenue_low = "2000"`, `window_days = 0`,
				`[[client]]`, `match = "acme.example"`, `tier = "G"`, `will = "maybe"`,
				`[[client]]`, `match = "@ACME.example"`,
				`[[client]]`, `tier = "a"`),
			want: []string{
				`fivemin.toml:10: clients.revenue_low: is above clients.revenue_high`,
				`fivemin.toml:11: clients.window_days: must be 1 to 3650 days, got 0`,
				`fivemin.toml:14: client[0].tier: must be A, B, C, D or E, got "G"`,
				`fivemin.toml:15: client[0].will: must be "high" or "low", got "maybe"`,
				`fivemin.toml:17: client[1].match: acme.example is also client[0]`,
				`fivemin.toml:18: client[2].match: required`,
			},
		},
		{
			name: "sender patterns",
			file: withBase(`[senders]`, `exclude = ["[abc"]`, `include = [""]`),
			want: []string{
				`fivemin.toml:9: senders.exclude[0]: "[abc" is not a pattern`,
				`fivemin.toml:10: senders.include[0]: empty pattern`,
			},
		},
		{
			name: "web enabled without a token, bad listen",
			file: withBase(`[web]`, `enabled = true`, `listen = "localhost"`),
			want: []string{
				`fivemin.toml:8: web: needs token_env (an environment variable) or token_file (a file)`,
				`fivemin.toml:10: web.listen: "localhost" is not host:port`,
			},
		},
		{
			name: "quote bounds",
			file: withBase(`[quote]`, `validity_days = 0`, `follow_up_business_days = -1`, `templates_dir = "no/such/dir"`),
			want: []string{
				`fivemin.toml:9: quote.validity_days: must be 1 to 365 days, got 0`,
				`fivemin.toml:10: quote.follow_up_business_days: must be 0 (no follow-up) to 60 business days, got -1`,
				`fivemin.toml:11: quote.templates_dir: stat `,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Parse("fivemin.toml", []byte(tt.file), Options{Getenv: testEnv})
			if err == nil {
				t.Fatalf("no error; config %+v", cfg)
			}
			var cerr *Error
			if !errors.As(err, &cerr) {
				t.Fatalf("error is %T, not *Error: %v", err, err)
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

func TestValid(t *testing.T) {
	cfg, err := Parse("fivemin.toml", []byte(withBase(append(append([]string(nil), rep...),
		`[rep.smtp]`, `host = "smtp.smithlee.example"`, `tls = "starttls"`,
		`[[rep]]`, `name = "Bo"`, `address = "Bo@SmithLee.example"`, `rate = "300"`, `first_run = "14d"`, `poll_interval = "30s"`,
		`[rep.imap]`, `host = "localhost"`, `tls = "none"`, `password_env = "BO_PW"`,
		`[[rep]]`, `name = "Cy"`, `address = "cy@smithlee.example"`, `first_run = "all"`,
		`[rep.imap]`, `host = "::1"`, `tls = "none"`, `port = 1143`, `user = "cy"`, `password_env = "BO_PW"`,
	)...)), Options{Getenv: testEnv})
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Warnings) != 0 {
		t.Errorf("warnings: %v", cfg.Warnings)
	}
	ann, bo, cy := cfg.Reps[0], cfg.Reps[1], cfg.Reps[2]
	checks := []struct {
		what      string
		got, want any
	}{
		{"firm free minutes default", cfg.Firm.FreeMinutes, 5},
		{"own domains default", fmt.Sprint(cfg.Firm.OwnDomains), "[smithlee.example]"},
		{"locale default", cfg.Locale().String(), "en-US"},
		{"timezone default", cfg.Location(), time.Local},
		{"state default", cfg.State.Path, DefaultStatePath},
		{"round default", cfg.Rates.RoundMinutes, 15},
		{"block default", cfg.Rates.BlockMinutes, 30},
		{"validity default", cfg.Quote.ValidityDays, 30},
		{"go-ahead default", cfg.Quote.AskWrittenGoAhead, true},
		{"reply-to relays default", cfg.Senders.ReplyToRelays, true},
		{"triage gets the firm's minutes", cfg.Triage.FreeMinutes, 5},
		{"triage gets own domains", fmt.Sprint(cfg.Triage.OwnDomains), "[smithlee.example]"},
		{"imap port default for tls", ann.IMAP.Port, 993},
		{"imap tls default", ann.IMAP.TLS, mailbox.TLS},
		{"imap user default", ann.IMAP.User, "ann@smithlee.example"},
		{"imap password from env", ann.IMAP.Password.Reveal(), "ann-secret"},
		{"smtp port default for starttls", ann.SMTP.Port, 587},
		{"smtp shares the imap password", ann.SMTP.Password.Reveal(), "ann-secret"},
		{"smtp user default", ann.SMTP.User, "ann@smithlee.example"},
		{"first run default", ann.FirstRun.String(), "unseen"},
		{"first run unseen", ann.FirstRun.UnseenOnly(), true},
		{"poll default", ann.PollInterval.Duration(), time.Minute},
		{"address lower-cased", bo.Address, "bo@smithlee.example"},
		{"no smtp", bo.SMTP == nil, true},
		{"plaintext port default", bo.IMAP.Port, 143},
		{"first run days", bo.FirstRun.Days(), 14},
		{"first run days not unseen", bo.FirstRun.UnseenOnly(), false},
		{"poll set", bo.PollInterval.Duration(), 30 * time.Second},
		{"rep rate", bo.Rate.Money(), quoting.MustParseCurrency("USD").Minor(30000)},
		{"first run all", cy.FirstRun.String(), "all"},
		{"first run all has no days", cy.FirstRun.Days(), 0},
		{"ipv6 loopback allowed", cy.IMAP.Host, "::1"},
		{"explicit user", cy.IMAP.User, "cy"},
		{"pricing default", cfg.Pricing().Default, quoting.MustParseCurrency("USD").Minor(25000)},
		{"pricing rep rate", cfg.Pricing().Rep["bo@smithlee.example"], quoting.MustParseCurrency("USD").Minor(30000)},
		{"pricing has no rate for ann", len(cfg.Pricing().Rep), 1},
		{"formatter", cfg.Formatter().Format(cfg.Pricing().Default), "$250.00"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.what, c.got, c.want)
		}
	}
	if r, ok := cfg.Rep("BO@smithlee.example"); !ok || r.Name != "Bo" {
		t.Errorf("Rep(BO@...) = %v, %v", r, ok)
	}
}

func TestSecretFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string, mode os.FileMode) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil { // WriteFile's mode is masked by the umask
			t.Fatal(err)
		}
	}
	write("ok", "s3cret\n", 0o600)
	write("group", "g-secret\r\n", 0o640)
	write("world", "w-secret", 0o644)
	write("otherwrite", "x", 0o602)
	write("empty", "\n", 0o600)
	write("big", strings.Repeat("x", maxSecret+1), 0o600)
	if err := os.Mkdir(filepath.Join(dir, "adir"), 0o700); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file    string
		want    string
		wantErr string
	}{
		{file: "ok", want: "s3cret"},
		{file: "group", want: "g-secret"}, // root:fivemin 0640 is fine
		{file: "world", wantErr: "is open to other users (mode 0644): run chmod o-rwx"},
		{file: "otherwrite", wantErr: "is open to other users (mode 0602)"},
		{file: "empty", wantErr: "is empty"},
		{file: "big", wantErr: "larger than"},
		{file: "adir", wantErr: "not a regular file"},
		{file: "missing", wantErr: "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			// A relative password_file is relative to the configuration file.
			conf := filepath.Join(dir, "fivemin.toml")
			file := withBase(append(append([]string(nil), rep[:5]...), `password_file = "`+tt.file+`"`)...)
			cfg, err := Parse(conf, []byte(file), Options{Getenv: testEnv})
			if tt.wantErr != "" {
				want := conf + ":13: rep[0].imap.password_file: "
				if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v; want %s…%s", err, want, tt.wantErr)
				}
				if strings.Contains(err.Error(), "-secret") || strings.Contains(err.Error(), "xxxx") {
					t.Errorf("error shows the secret: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.Reps[0].IMAP.Password.Reveal(); got != tt.want {
				t.Errorf("password %q, want %q", got, tt.want)
			}
			if src := cfg.Reps[0].IMAP.Password.Source(); src != "file "+filepath.Join(dir, tt.file) {
				t.Errorf("source %q", src)
			}
		})
	}
}

func TestSkipSecrets(t *testing.T) {
	file := withBase(append(append([]string(nil), rep[:5]...), `password_file = "/nonexistent/pw"`)...)
	cfg, err := Parse("fivemin.toml", []byte(file), Options{SkipSecrets: true})
	if err != nil {
		t.Fatal(err)
	}
	p := cfg.Reps[0].IMAP.Password
	if p.IsSet() || p.String() != "(not read) from file /nonexistent/pw" {
		t.Errorf("password %v set=%v", p, p.IsSet())
	}
	// Still checked: exactly one source.
	if _, err := Parse("fivemin.toml", []byte(withBase(rep[:5]...)), Options{SkipSecrets: true}); err == nil {
		t.Error("no password source accepted with SkipSecrets")
	}
}

func TestSecretsNeverPrinted(t *testing.T) {
	cfg, err := Parse("fivemin.toml", []byte(withBase(append(append([]string(nil), rep...),
		`[rep.smtp]`, `host = "smtp.smithlee.example"`, `[web]`, `enabled = true`, `token_env = "WEB_TOKEN"`)...)), Options{Getenv: testEnv})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%T %v"} {
		fmt.Fprintf(&out, verb+"\n", cfg.Reps[0])
		fmt.Fprintf(&out, verb+"\n", cfg.Web)
		fmt.Fprintf(&out, verb+"\n", cfg.Reps[0].IMAP.Password)
		fmt.Fprintf(&out, verb+"\n", *cfg)
	}
	j, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	out.Write(j)
	slog.New(slog.NewJSONHandler(&out, nil)).Info("x", "rep", cfg.Reps[0], "pw", cfg.Reps[0].IMAP.Password, "web", cfg.Web)
	slog.New(slog.NewTextHandler(&out, nil)).Info("x", "rep", cfg.Reps[0], "pw", cfg.Reps[0].IMAP.Password, "token", cfg.Web.Token)
	if err := cfg.Describe(&out); err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"ann-secret", "web-secret", fmt.Sprintf("%x", "ann-secret")} {
		if strings.Contains(out.String(), secret) {
			t.Errorf("secret %q printed", secret)
		}
	}
	if !strings.Contains(out.String(), "******** from env ANN_PW") {
		t.Error("masked form missing: the test printed nothing useful")
	}
	if cfg.Web.Token.Reveal() != "web-secret" {
		t.Errorf("token %q", cfg.Web.Token.Reveal())
	}
}

func TestWarnings(t *testing.T) {
	cfg, err := Parse("fivemin.toml", []byte(doc(
		`[firm]`, `name = "F"`, `domain = "f.example"`, `own_domains = ["g.example"]`, `currency = "EUR"`,
		`[rates]`, `default = "100"`,
		`[web]`, `enabled = true`, `listen = "0.0.0.0:8025"`, `token_env = "WEB_TOKEN"`,
	)), Options{Getenv: testEnv})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`fivemin.toml:4: firm.own_domains: does not list firm.domain "f.example"`,
		`fivemin.toml:10: web.listen: 0.0.0.0:8025 is reachable from other machines`,
		`fivemin.toml: rep: no [[rep]]`,
	}
	if len(cfg.Warnings) != len(want) {
		t.Fatalf("warnings %v, want %d", cfg.Warnings, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(cfg.Warnings[i].Error(), w) {
			t.Errorf("warning %d: %s, want %s…", i, cfg.Warnings[i].Error(), w)
		}
	}
}

func TestTierPolicy(t *testing.T) {
	_, err := Parse("fivemin.toml", []byte(withBase(
		`[rates.tier]`, `B = "220"`,
		`[firm.x]`, // unknown; keeps the test honest about reporting
	)), Options{})
	if err == nil {
		t.Fatal("unknown [firm.x] accepted")
	}
	cfg, err := Parse("fivemin.toml", []byte(withBase(
		`[rates.tier]`, `B = "220"`,
		`[tiers.A]`, `free_minutes = 10`, `template = "warm"`,
		`[tiers.E]`, `free_minutes = 0`, `rate_multiplier = "1.5"`,
	)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		tier     string
		free     int
		template string
		hourly   string
	}{
		{"A", 10, "warm", "250.00"},
		{"a", 10, "warm", "250.00"},
		{"B", 5, "", "220.00"},
		{"E", 0, "", "375.00"},
		{"", 5, "", "250.00"},
		{"Z", 5, "", ""},
	}
	for _, tt := range tests {
		if got := cfg.FreeMinutes(tt.tier); got != tt.free {
			t.Errorf("FreeMinutes(%q) = %d, want %d", tt.tier, got, tt.free)
		}
		if got := cfg.TriageFor(tt.tier).FreeMinutes; got != tt.free {
			t.Errorf("TriageFor(%q).FreeMinutes = %d, want %d", tt.tier, got, tt.free)
		}
		if got := cfg.Tier(tt.tier).Template; got != tt.template {
			t.Errorf("Tier(%q).Template = %q, want %q", tt.tier, got, tt.template)
		}
		r, err := cfg.Pricing().HourlyRate("", "", tt.tier)
		if tt.hourly == "" {
			if err == nil {
				t.Errorf("tier %q priced", tt.tier)
			}
			continue
		}
		if err != nil || r.Hourly.Decimal() != tt.hourly {
			t.Errorf("tier %q hourly %s, %v; want %s", tt.tier, r.Hourly.Decimal(), err, tt.hourly)
		}
	}
	// TriageFor copies: changing one tier's config leaves the shared one.
	tc := cfg.TriageFor("A")
	tc.FreeMinutes = 99
	if cfg.Triage.FreeMinutes != 5 {
		t.Error("TriageFor shares the struct")
	}
}

func TestClientOverrides(t *testing.T) {
	cfg, err := Parse("fivemin.toml", []byte(withBase(
		`[[client]]`, `match = "Acme.example"`, `organisation = "Acme"`, `tier = "a"`,
		`[[client]]`, `match = "ceo@acme.example"`, `tier = "D"`, `will = "high"`,
	)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		addr string
		tier string
		ok   bool
	}{
		{"ceo@acme.example", "D", true}, // the address beats the domain
		{"CEO@ACME.example", "D", true},
		{"clerk@acme.example", "A", true},
		{"x@sub.acme.example", "", false}, // a domain match is exact
		{"x@other.example", "", false},
		{"acme.example", "", false}, // not an address
	}
	for _, tt := range tests {
		o, ok := cfg.Client(tt.addr)
		if ok != tt.ok || o.Tier != tt.tier {
			t.Errorf("Client(%q) = %q, %v; want %q, %v", tt.addr, o.Tier, ok, tt.tier, tt.ok)
		}
	}
}

func TestIsClientSender(t *testing.T) {
	cfg, err := Parse("fivemin.toml", []byte(doc(
		`[firm]`, `name = "F"`, `domain = "firm.example"`, `own_domains = ["firm.example", "firm-mail.example"]`, `currency = "USD"`,
		`[rates]`, `default = "100"`,
		`[senders]`, `exclude = ["*@lists.example.org", "alerts.example.com", "Billing@*"]`,
	)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		addr string
		want bool
	}{
		{"client@acme.example", true},
		{"Client@ACME.example", true},
		{"ann@firm.example", false},     // own domain
		{"x@eu.firm.example", false},    // own subdomain
		{"x@firm-mail.example", false},  // second own domain
		{"x@notfirm.example", true},     // suffix, not subdomain
		{"noreply@acme.example", false}, // built-in
		{"MAILER-DAEMON@acme.example", false},
		{"news@lists.example.org", false},  // pattern with @
		{"bot@alerts.example.com", false},  // domain pattern
		{"bot@x.alerts.example.com", true}, // domain patterns are exact
		{"billing@acme.example", false},    // patterns are case-insensitive
		{"not-an-address", false},
		{"@acme.example", false},
	}
	for _, tt := range tests {
		if got := cfg.IsClientSender(tt.addr); got != tt.want {
			t.Errorf("IsClientSender(%q) = %v, want %v", tt.addr, got, tt.want)
		}
	}

	only, err := Parse("fivemin.toml", []byte(withBase(`[senders]`, `include = ["acme.example"]`, `replace_default_exclude = true`)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for addr, want := range map[string]bool{
		"a@acme.example":       true,
		"noreply@acme.example": true, // built-ins replaced
		"a@other.example":      false,
	} {
		if got := only.IsClientSender(addr); got != want {
			t.Errorf("include-only: IsClientSender(%q) = %v, want %v", addr, got, want)
		}
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.toml"), Options{})
	if err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v", err)
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct {
		key  []string
		want string
	}{
		{[]string{"rates", "defualt"}, "default"},
		{[]string{"rates", "blok_minutes"}, "block_minutes"},
		{[]string{"rep", "imap", "hots"}, "host"},
		{[]string{"rep", "imap", "passwd_env"}, "password_env"},
		{[]string{"rep", "imap", "username"}, ""}, // four edits from user
		{[]string{"ratez"}, "rates"},
		{[]string{"tiers", "F"}, ""},
		{[]string{"tiers", "A", "free_minute"}, "free_minutes"},
		{[]string{"rates", "category", "taxx"}, ""}, // a map: any name goes
		{[]string{"nosuch", "default"}, ""},
		{[]string{"triage", "limits", "max_byte"}, "max_bytes"},
	}
	for _, tt := range tests {
		if got := suggest(tt.key); got != tt.want {
			t.Errorf("suggest(%v) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

func TestIdleCheck(t *testing.T) {
	base := "[firm]\nname = \"F\"\ndomain = \"f.example\"\ncurrency = \"USD\"\n[rates]\ndefault = \"100\"\n" +
		"[[rep]]\nname = \"Ann\"\naddress = \"ann@f.example\"\n%s\n[rep.imap]\nhost = \"imap.f.example\"\npassword_env = \"PW\"\n"
	opts := Options{Getenv: func(string) string { return "pw" }}
	tests := []struct {
		line string
		want time.Duration
		err  string
	}{
		{"", -1, ""},
		{`idle_check = "250ms"`, 250 * time.Millisecond, ""},
		{`idle_check = "off"`, -1, ""},
		{`idle_check = "1ms"`, 0, "f.toml:10: rep[0].idle_check: must be 10ms to 1h0m0s"},
		{`idle_check = "soon"`, 0, "f.toml:10: rep[0].idle_check: \"soon\" is not a duration"},
	}
	for _, tt := range tests {
		cfg, err := Parse("f.toml", []byte(fmt.Sprintf(base, tt.line)), opts)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%q: err %v, want %q", tt.line, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.line, err)
			continue
		}
		if got := cfg.Reps[0].IdleCheck.Duration(); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.line, got, tt.want)
		}
	}
}
