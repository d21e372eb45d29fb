package mailbox

import (
	"fmt"
	"net"
	"net/netip"
	"strings"
	"unicode"
)

// FieldError is a problem with one setting of a [Server], [Folders] or
// an [OAuthTable], named by its key in that table ("port", "token_url"); the
// configuration prefixes the table's key and finds the line.
type FieldError struct {
	Key string
	Msg string
}

func (e FieldError) Error() string { return e.Key + ": " + e.Msg }

type fieldErrors []FieldError

func (p *fieldErrors) add(key, format string, args ...any) {
	*p = append(*p, FieldError{key, fmt.Sprintf(format, args...)})
}

// Server is an IMAP or SMTP account as the configuration writes it
// ([rep.imap], [rep.smtp]); the password itself is read by the
// configuration from PasswordEnv or PasswordFile.
type Server struct {
	Host         string  `toml:"host"`
	Port         int     `toml:"port"` // default from TLS: 993/143 for IMAP, 465/587 for SMTP
	TLS          TLSMode `toml:"tls"`  // TLS (default), StartTLS or NoTLS (loopback hosts only)
	User         string  `toml:"user"` // default: the rep's address
	PasswordEnv  string  `toml:"password_env"`
	PasswordFile string  `toml:"password_file"`
	OAuth        string  `toml:"oauth"` // an [oauth.NAME] table to log in with instead of a password
	HELO         string  `toml:"helo"`  // the SMTP client's EHLO name; SMTP only
}

// Check fills in the TLS mode and the port it implies where s names none,
// and lists what is wrong; smtp says s is an SMTP account.
func (s *Server) Check(smtp bool) []FieldError {
	var p fieldErrors
	s.Host = strings.TrimSpace(s.Host)
	if s.Host == "" {
		p.add("host", "required: the server's host name")
	} else if !ValidDomain(strings.ToLower(s.Host)) && net.ParseIP(s.Host) == nil {
		p.add("host", "%q is not a host name or IP address", s.Host)
	}
	s.checkTLS(&p)
	if s.Port == 0 {
		s.Port = defaultPort(smtp, s.TLS)
	}
	if s.Port < 1 || s.Port > 65535 {
		p.add("port", "must be 1 to 65535, got %d", s.Port)
	}
	switch s.HELO = strings.TrimSpace(s.HELO); {
	case s.HELO == "":
	case !smtp:
		p.add("helo", "applies to [rep.smtp] only")
	case !ValidDomain(strings.ToLower(s.HELO)) && !validAddressLiteral(s.HELO):
		p.add("helo", "%q is not a host name or an address literal such as [192.0.2.1]", s.HELO)
	}
	return p
}

// checkTLS checks the TLS mode, "tls" when s names none: plaintext only
// to a loopback host.
func (s *Server) checkTLS(p *fieldErrors) {
	switch s.TLS {
	case "":
		s.TLS = TLS
	case TLS, StartTLS:
	case NoTLS:
		if s.Host != "" && !IsLoopback(s.Host) {
			p.add("tls", "\"none\" sends the password in clear, so it is allowed only to a loopback host "+
				"(localhost, 127.0.0.1, ::1), not %s: use \"tls\" or \"starttls\"", s.Host)
		}
	default:
		p.add("tls", "must be \"tls\", \"starttls\" or \"none\", got %q", s.TLS)
	}
}

// defaultPort is the port for a TLS mode: 993/143 for IMAP, 465/587 for
// SMTP.
func defaultPort(smtp bool, mode TLSMode) int {
	switch {
	case smtp && mode == TLS:
		return 465
	case smtp:
		return 587
	case mode == TLS:
		return 993
	}
	return 143
}

// Check lists the folder names that could not be sent in an IMAP command.
func (f Folders) Check() []FieldError {
	var p fieldErrors
	for _, n := range []struct{ key, name string }{{"inbox", f.Inbox}, {"drafts", f.Drafts}, {"sent", f.Sent}} {
		if strings.ContainsFunc(n.name, unicode.IsControl) {
			p.add(n.key, "must not contain control characters")
		}
	}
	return p
}

// ValidDomain checks a domain name's syntax (RFC 1035 §2.3.1 labels in
// lower case, allowing digits first as RFC 1123 does).
func ValidDomain(d string) bool {
	if d == "" || len(d) > 253 {
		return false
	}
	for _, label := range strings.Split(strings.TrimSuffix(d, "."), ".") {
		bad := func(c rune) bool { return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') }
		if label == "" || len(label) > 63 || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") ||
			strings.ContainsFunc(label, bad) {
			return false
		}
	}
	return true
}

// validAddressLiteral reports whether s is an RFC 5321 §4.1.3 address
// literal: [IPv4] or [IPv6:...].
func validAddressLiteral(s string) bool {
	inner, open := strings.CutPrefix(s, "[")
	inner, closed := strings.CutSuffix(inner, "]")
	inner, isV6 := strings.CutPrefix(inner, "IPv6:")
	ip, err := netip.ParseAddr(inner)
	return open && closed && err == nil && ip.Zone() == "" && ip.Unmap().Is4() != isV6
}
