package address

import "testing"

// FuzzAddress checks ParseList's promise on any field: every address is
// written verbatim in the field outside every encoded word, and no name
// holds a CR, LF or other control character.
func FuzzAddress(f *testing.F) {
	for _, s := range []string{
		"bob@client.test",
		"Bob Smith <bob@client.test>",
		"=?UTF-8?Q?Bob_<victim@other.test>?= <bob@client.test>",
		"=?UTF-8?B?Q2FybGENCkJjYzogZXZpbEBhdHRhY2tlci50ZXN0?= <carla@client-a.test>",
		"Clients: a@client.test, Bob <b@client.test>;",
		`"john doe"@client.test`,
		`"Smith, \"Bob\"" <bob@client.test>`,
		"bob@client.test (Bob Smith)",
		"Smith, Bob <bob@client.test>",
		`"Bob <bob@client.test>`,
		"<@relay.test:bob@client.test>",
		"Jürgen <jürgen@bücher.test>",
		"=?UTF-8?Q?victim?=@other.test",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		l, err := ParseList(raw)
		if err == nil && len(l) == 0 {
			t.Fatalf("ParseList(%q): no address and no error", raw)
		}
		checkProperty(t, raw, l)
	})
}
