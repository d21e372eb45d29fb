package mailbox

import "testing"

// TestIsLoopback pins the one rule for plaintext connections: loopback IP
// literals and the name localhost, and no name is ever looked up.
func TestIsLoopback(t *testing.T) {
	tests := []struct {
		host string
		want bool
	}{
		{"127.0.0.1", true},
		{"127.8.9.10", true},
		{"::1", true},
		{"[::1]", true},
		{"localhost", true},
		{"LocalHost", true},
		{"10.0.0.1", false},
		{"::ffff:10.0.0.1", false},
		{"localhost.", false},       // a name to resolve, not the literal
		{"ip6-localhost", false},    // resolves to ::1 through /etc/hosts on some systems
		{"imap.example.com", false}, // never resolved
		{"127.0.0.1.nip.io", false}, // a name that resolves to loopback is still a name
		{"", false},
	}
	for _, tt := range tests {
		if got := IsLoopback(tt.host); got != tt.want {
			t.Errorf("IsLoopback(%q) = %v, want %v", tt.host, got, tt.want)
		}
	}
}
