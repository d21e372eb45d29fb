package config

import (
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/fivemin/fivemin/quoting"
)

// raw is a value as the file writes it (string, int64, float64, bool ...),
// whatever Go type it is meant for. The value types embed it and are
// checked after decoding, so one bad value does not stop the decoder and
// every problem is reported at once.
type raw struct{ v any }

// UnmarshalTOML keeps the value as written.
func (r *raw) UnmarshalTOML(b []byte) error {
	var v struct{ V any }
	if err := toml.Unmarshal(append([]byte("V = "), b...), &v); err != nil {
		v.V = map[string]any{} // a table: TOML has no other value that is not a value
	}
	r.v = v.V
	return nil
}

// IsSet reports whether the file gave a value.
func (r raw) IsSet() bool { return r.v != nil }

// IsZero leaves an unset value out of the effective settings.
func (r raw) IsZero() bool { return r.v == nil }

// Amount is money as written in the file: a decimal string ("250.00") or an
// integer (250), in the firm's currency. A TOML float is refused: 0.1 has no
// exact binary form, and a price must be what the admin wrote.
type Amount struct {
	raw
	money quoting.Money
}

// Money is the validated amount.
func (a Amount) Money() quoting.Money { return a.money }

// MarshalText writes the amount as a decimal string, as the file should.
func (a Amount) MarshalText() ([]byte, error) { return []byte(a.money.Decimal()), nil }

// Factor is an exact decimal multiplier ("1.25"), written like money.
type Factor struct {
	raw
	dec quoting.Decimal
}

// MarshalText writes the factor as a decimal string.
func (f Factor) MarshalText() ([]byte, error) { return []byte(f.dec.String()), nil }

// Duration is a Go duration string ("90s", "5m").
type Duration struct {
	raw
	d time.Duration
}

// Duration is the validated duration.
func (d Duration) Duration() time.Duration { return d.d }

// MarshalText writes the duration as Go does, or "off" when negative.
func (d Duration) MarshalText() ([]byte, error) {
	if d.d < 0 {
		return []byte("off"), nil
	}
	return []byte(d.d.String()), nil
}

// Secret is a password or token, read at load from an environment variable
// or a file named in the configuration, never from the configuration
// itself. It prints masked through fmt, slog and encoders; only Reveal
// gives the value.
type Secret struct {
	// value sits behind a pointer: where fmt bypasses String and Format
	// (a bad verb on a struct holding a Secret), it prints an address.
	value  *secretValue
	source string // `env FIVEMIN_IMAP_ALICE` or `file /etc/fivemin/alice.imap`
}

type secretValue struct{ s string }

func newSecret(value, source string) Secret {
	return Secret{value: &secretValue{value}, source: source}
}

// Reveal returns the secret, for the one call that needs it (an AUTH).
func (s Secret) Reveal() string {
	if s.value == nil {
		return ""
	}
	return s.value.s
}

// IsSet reports whether a value was read.
func (s Secret) IsSet() bool { return s.Reveal() != "" }

// Source says where the secret comes from, without the secret.
func (s Secret) Source() string { return s.source }

// String masks the value.
func (s Secret) String() string {
	switch {
	case s.source == "":
		return "(none)"
	case !s.IsSet():
		return "(not read) from " + s.source
	}
	return "******** from " + s.source
}

// Format masks the value for every verb, %#v included.
func (s Secret) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(s.String())) }

// LogValue masks the value in slog.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// MarshalText masks the value in JSON and other encoders.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// FirstRun says what a rep's first sync processes: "unseen" (messages
// without \Seen, the default), "all", or "Nd" for the last N days ("7d").
type FirstRun struct {
	raw
	unseen bool
	days   int
}

// UnseenOnly reports whether only unseen messages are processed.
func (f FirstRun) UnseenOnly() bool { return f.unseen }

// Days is how many days back to go; 0 means no date limit.
func (f FirstRun) Days() int { return f.days }

// MarshalText writes the setting as String does.
func (f FirstRun) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// String is the setting as written: "unseen", "all" or "7d".
func (f FirstRun) String() string {
	switch {
	case f.unseen:
		return "unseen"
	case f.days > 0:
		return strconv.Itoa(f.days) + "d"
	}
	return "all"
}
