package config

import (
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

const tricky = `# a comment with [brackets] and key = "value"
title = "x"                           # 2
"quoted key" = 1                      # 3
'literal.key' = 2                     # 4
dotted.a.b = 3                        # 5
ml = """
not_a_key = 1
[not.a.table]
"""                                   # 6-9
lit = '''
[[nor.this]]'''                       # 10-11
arr = [                               # 12
  "]", # comment ]
  { x = 1 },
]
inline = { a = 1, b.c = { d = "}" } } # 16
date = 1979-05-27 07:32:00Z           # 17

[table]                               # 19
key = "v"                             # 20
[ table . sub ]                       # 21
key = 1                               # 22

[[rep]]                               # 24
name = "a"                            # 25
[rep.imap]                            # 26
host = "h"                            # 27
[[rep.alias]]                         # 28
n = 1                                 # 29
[[rep.alias]]                         # 30
n = 2                                 # 31

[[rep]]                               # 33
name = "b"                            # 34
imap.host = "h2"                      # 35
[[rep.alias]]                         # 36
n = 3                                 # 37

[multi]                               # 39
inline = {
  x = 1,                              # 41
  y = [1,
       2],
}
client = [{ match = "a" }, { match = "b" }] # 45
esc = "tab\tquote\"backslash\\"       # 46
"a\u0062c" = 1                        # 47
`

func TestKeyIndex(t *testing.T) {
	var m map[string]any
	if _, err := toml.Decode(tricky, &m); err != nil {
		t.Fatalf("the test document is not TOML: %v", err)
	}
	ix := indexKeys([]byte(tricky))
	tests := []struct {
		key  string
		line int
	}{
		{"title", 2},
		{`"quoted key"`, 3},
		{`"literal.key"`, 4},
		{"dotted", 5},
		{"dotted.a", 5},
		{"dotted.a.b", 5},
		{"ml", 6},
		{"lit", 10},
		{"arr", 12},
		{"arr[1].x", 14},
		{"inline.a", 16},
		{"inline.b.c.d", 16},
		{"date", 17},
		{"table", 19},
		{"table.key", 20},
		{"table.sub", 21},
		{"table.sub.key", 22},
		{"rep[0]", 24},
		{"rep[0].name", 25},
		{"rep[0].imap", 26},
		{"rep[0].imap.host", 27},
		{"rep[0].alias[0].n", 29},
		{"rep[0].alias[1].n", 31},
		{"rep[1]", 33},
		{"rep[1].name", 34},
		{"rep[1].imap.host", 35},
		{"rep[1].alias[0].n", 37},
		{"multi.inline.x", 41},
		{"multi.client[0].match", 45},
		{"multi.client[1].match", 45},
		{"multi.esc", 46},
		{"multi.abc", 47},
		// Keys not in the file fall back to their table.
		{"rep[1].imap.port", 35},
		{"rep[0].alias[1].missing", 30},
		{"table.sub.missing.deeper", 21},
		{"nosuch", 0},
		// Case-insensitive, as the decoder matches.
		{"TABLE.KEY", 20},
		// Nothing from inside strings.
		{"not_a_key", 0},
		{"not.a.table", 0},
		{"nor.this", 0},
	}
	for _, tt := range tests {
		if got := ix.line(tt.key); got != tt.line {
			t.Errorf("line(%s) = %d, want %d", tt.key, got, tt.line)
		}
	}
}

func TestParentKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"rep[1].imap.host", "rep[1].imap"},
		{"rep[1].imap", "rep[1]"},
		{"rep[1]", "rep"},
		{"rep", ""},
		{`rates.category."a.b[c]"`, "rates.category"},
		{`"x\"y.z".k`, `"x\"y.z"`},
	}
	for _, tt := range tests {
		if got := parentKey(tt.in); got != tt.want {
			t.Errorf("parentKey(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// libraryLines reads BurntSushi/toml's own record of where each key is
// (private, so through reflection; test only). It keeps one position per
// key without indices: the last occurrence. Its Line is where a value
// ends, so the line is counted from the start offset instead.
func libraryLines(md toml.MetaData, src string) map[string]int {
	out := map[string]int{}
	ki := reflect.ValueOf(&md).Elem().FieldByName("keyInfo")
	for it := ki.MapRange(); it.Next(); {
		start := int(it.Value().FieldByName("pos").FieldByName("Start").Int())
		out[it.Key().String()] = 1 + strings.Count(src[:min(start, len(src))], "\n")
	}
	return out
}

// FuzzKeyIndex checks the scanner against the TOML library on every file
// the library accepts: it must not panic, must see every key the library
// sees, as often, and agree on the line of each.
func FuzzKeyIndex(f *testing.F) {
	f.Add(tricky)
	f.Add(`a = 1`)
	f.Add("[[a]]\nb = 1\n[[a]]\nb = 2\n[a.c]\nd = 3\n")
	f.Add("x = \"\"\"\n\\\n  y\"\"\"\"\nz = 1\n")
	f.Add("a = {b = 1, c = {d = [1, {e = 2}]}}\n")
	f.Add("s = '''a''''\nt = 1\n")
	f.Add("a.\"b.c\".d = 1\n'e' . f = 2\n")
	f.Add("[a]\n[a.b]\n[[a.c]]\n[[a.c]]\n[a.c.d]\ne = 1\n")
	f.Add("k = [\n[1, 2],\n[{a = 1}],\n]\n")
	f.Add("d = 1979-05-27T07:32:00-08:00 # c\nt = 07:32\n")
	f.Fuzz(func(t *testing.T, src string) {
		var m map[string]any
		md, err := toml.Decode(src, &m)
		if err != nil {
			return
		}
		ix := &keyIndex{lines: map[string]int{}, lower: map[string]int{}}
		scanInto(ix, []byte(src)) // without indexKeys' recover: a panic fails the test
		count := map[string]int{}
		for _, k := range md.Keys() {
			count[k.String()]++
		}
		mine := map[string]int{}
		last := map[string]int{}
		for _, l := range ix.order {
			mine[l.plain]++
			last[l.plain] = l.line
		}
		for k, n := range count {
			if mine[k] != n {
				t.Fatalf("key %s: library sees %d, scanner %d\n%s", k, n, mine[k], src)
			}
		}
		for k, line := range libraryLines(md, src) {
			if got, ok := last[k]; ok && got != line {
				t.Fatalf("key %s: library says line %d, scanner %d\n%s", k, line, got, src)
			}
		}
	})
}
