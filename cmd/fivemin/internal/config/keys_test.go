package config

import (
	"testing"
)

// tricky holds the TOML constructs whose keys are easy to misplace.
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
inline = { x = 1, y = [1,             # 40
       2] }
client = [{ match = "a" }, { match = "b" }] # 42
esc = "tab\tquote\"backslash\\"       # 43
"a\u0062c" = 1                        # 44
`

func TestKeyIndex(t *testing.T) {
	ix, err := indexKeys([]byte(tricky))
	if err != nil {
		t.Fatalf("the test document is not TOML: %v", err)
	}
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
		{"multi.inline.x", 40},
		{"multi.inline.y[1]", 41},
		{"multi.client[0].match", 42},
		{"multi.client[1].match", 42},
		{"multi.esc", 43},
		{"multi.abc", 44},
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
