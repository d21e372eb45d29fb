package address

import (
	"strings"
	"testing"
)

// checkSimple: where parseSimple reads a field, it reads it as the full
// path does.
func checkSimple(t *testing.T, raw string) bool {
	t.Helper()
	raw = prepare(raw)
	if strings.TrimSpace(raw) == "" {
		return false
	}
	got, ok := parseSimple(raw)
	if !ok {
		return false
	}
	got = finish(got)
	want, err := parseFull(raw)
	if err != nil {
		t.Fatalf("parseSimple read %q, the full path refuses it: %v", raw, err)
	}
	if len(got) != len(want) {
		t.Fatalf("%q: %d addresses, full path %d", raw, len(got), len(want))
	}
	for i := range got {
		if *got[i] != *want[i] {
			t.Fatalf("%q: address %d is %+v, full path %+v", raw, i, *got[i], *want[i])
		}
	}
	return true
}

func TestParseSimple(t *testing.T) {
	tests := []struct {
		raw    string
		simple bool // read by parseSimple rather than the full path
	}{
		{"bob@client.test", true},
		{"  bob@client.test\t", true},
		{"Bob Smith <bob@client.test>", true},
		{"Bob   Smith\t<bob.smith+tax@mail.client-a.test>", true},
		{"<bob@client.test>", true},
		{"Bob<bob@client.test>", true},
		{"Ann O'Neil <ann@client.test>, carl_b@client.test,Dee-Dee 2 <dee@client.test>", true},
		{"Smith, Bob <bob@client.test>", false},
		{`"Smith, Bob" <bob@client.test>`, false},
		{"bob@client.test (Bob Smith)", false},
		{"Dr. Bob <bob@client.test>", false},
		{"=?UTF-8?Q?Bob?= <bob@client.test>", false},
		{"Clients: a@client.test;", false},
		{"a@client.test, , b@client.test", false},
		{"bob@client..test", false},
		{"Jürgen <j@client.test>", false},
		{"bob@client.test>", false},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			if got := checkSimple(t, tt.raw); got != tt.simple {
				t.Errorf("read by parseSimple: %v, want %v", got, tt.simple)
			}
		})
	}
}

func FuzzParseSimple(f *testing.F) {
	for _, s := range []string{"bob@client.test", "Bob Smith <bob@client.test>", "a@b.test, C D <c@d.test>",
		"x <y@z.test>,", "A\tB  C<a-b@c.test>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		checkSimple(t, raw)
	})
}
