package config

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// decode fills cfg from data with go-toml/v2, whose strict decoder names
// unknown keys with their line, and whose parser gives every key's line
// (kept in ps for the checks that follow). It reports false when cfg could
// not be filled: a syntax error, a duplicate key or a value of the wrong
// type.
func decode(ps *problems, data []byte, cfg *Config) bool {
	ix, err := indexKeys(data)
	ps.keys = ix
	var perr *unstable.ParserError
	if errors.As(err, &perr) {
		ps.list = append(ps.list, syntaxProblem(ps.file, data, ix, perr))
		return false
	}
	for _, k := range ix.dups {
		ps.list = append(ps.list, Problem{File: ps.file, Line: k.line, Key: k.key,
			Msg: fmt.Sprintf("Key '%s' has already been defined. (first on line %d)", k.key, ix.line(k.key))})
	}
	misshapen(ps, ix)
	if len(ps.list) > 0 {
		return false
	}
	err = toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields().EnableUnmarshalerInterface().Decode(cfg)
	var strict *toml.StrictMissingError
	var de *toml.DecodeError
	switch {
	case errors.As(err, &strict):
		for _, e := range strict.Errors {
			unknownKey(ps, ix, &e)
		}
	case errors.As(err, &de):
		ps.list = append(ps.list, decodeProblem(ps.file, ix, de))
		return false
	case err != nil:
		ps.list = append(ps.list, Problem{File: ps.file, Msg: err.Error()})
		return false
	}
	return true
}

// misshapen reports tables the decoder would misread without an error:
// [rep] as the only rep, and a.b = 1 as a = 1 where a is one value.
func misshapen(ps *problems, ix *keyIndex) {
	for _, k := range ix.list {
		t, ok := fieldType(k.path)
		switch {
		case !ok || k.kind != unstable.Table:
		case t.Kind() == reflect.Slice:
			ps.addf(k.key, "is a table: write [[%s]] (an array of tables, one per entry), not [%[1]s]", k.key)
		case k.dotted && isValueType(t):
			ps.addf(k.key, "takes one value, not keys below it: write %s = …", k.path[len(k.path)-1])
		}
	}
}

// decodeProblem locates a decoder error; a value of the wrong type is
// worded from the type of the field and of the value, not the error text.
func decodeProblem(file string, ix *keyIndex, de *toml.DecodeError) Problem {
	row, col := de.Position()
	k := ix.at(row, col, de.Key())
	p := Problem{File: file, Line: row, Key: k.key, Msg: strings.TrimPrefix(de.Error(), "toml: ")}
	t, ok := fieldType(k.path)
	if !ok || isValueType(t) {
		return p // the value types take any value and check it themselves
	}
	// The path has no indices: an element of an array (key[1]) wants the
	// slice's element type.
	if t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice && strings.HasSuffix(k.key, "]") {
		t = t.Elem()
	}
	if want, got := tomlKind(t.Kind()), tomlKind(k.kind); want != got {
		p.Msg = fmt.Sprintf("want %s, got %s", kindWords[want][0], kindWords[got][1])
	}
	return p
}

// refused are keys that are unknown on purpose: secrets stay out of the
// file, which is shared, backed up and often readable by others.
var refused = map[string]string{"password": "passwords", "token": "tokens"}

// moved are keys with one place elsewhere.
var moved = map[string]string{"triage.free_minutes": "firm.free_minutes", "triage.own_domains": "firm.own_domains"}

// unknownKey reports a key the decoder has no field for: a typo, or a key
// in the wrong section. An unknown table is reported once, not per key.
func unknownKey(ps *problems, ix *keyIndex, e *toml.DecodeError) {
	row, _ := e.Position()
	k := ix.at(row, -1, e.Key())
	p := Problem{File: ps.file, Line: row, Key: k.key, Msg: "unknown key"}
	if len(k.path) == 0 {
		// Nothing to add.
	} else if to := moved[strings.ToLower(k.key)]; to != "" {
		p.Msg = fmt.Sprintf("set %s instead: it has one place, and triage gets it from there "+
			"(per tier: tiers.X.free_minutes)", to)
	} else if what := strings.ToLower(k.path[len(k.path)-1]); refused[what] != "" {
		p.Msg = fmt.Sprintf("%s are never read from the configuration file (it is shared, backed up and often "+
			"readable by others): name an environment variable with %s_env or a file with %[2]s_file", refused[what], what)
	} else if s := suggest(k.path); s != "" {
		p.Msg += fmt.Sprintf(" (did you mean %s?)", s)
	}
	ps.list = append(ps.list, p)
}

// keyIndex knows the line of every key and table header in a file, with
// array indices ("rep[1].imap.host"), so a check that names a key can say
// where it is; a key left out of the file gets its table's line.
type keyIndex struct {
	lines map[string]int // lower-cased key → line of its first definition
	list  []keyAt        // every key and header, in file order
	dups  []keyAt        // values set twice
}

type keyAt struct {
	key  string   // with indices, pieces quoted where TOML needs it
	path []string // without indices, as the decoder names keys
	line int
	col  int           // where the value starts on line; 0 for a header
	kind unstable.Kind // of the value; Table or ArrayTable for a header
	// dotted marks a table that a dotted key defines (a in a.b = 1).
	dotted bool
}

// indexKeys walks the file with go-toml's parser.
func indexKeys(data []byte) (*keyIndex, error) {
	ix := &keyIndex{lines: map[string]int{}}
	arrays := map[string]int{} // array of tables (lower case, with indices) → elements so far
	var p unstable.Parser
	p.Reset(data)
	var table string
	var tablePath []string
	for p.NextExpression() {
		e := p.Expression()
		if e.Kind == unstable.KeyValue {
			ix.keyValue(&p, e, table, tablePath)
			continue
		}
		table, tablePath = "", nil
		line := 0
		for it := e.Key(); it.Next(); {
			n := it.Node()
			if line == 0 {
				line = p.Shape(n.Raw).Start.Line
			}
			table, tablePath = joinKey(table, string(n.Data)), append(tablePath, string(n.Data))
			if count, ok := arrays[strings.ToLower(table)]; ok && !it.IsLast() {
				table += "[" + strconv.Itoa(count-1) + "]" // [rep.imap] after [[rep]]: the last rep
			}
		}
		if e.Kind == unstable.ArrayTable {
			n := arrays[strings.ToLower(table)]
			arrays[strings.ToLower(table)] = n + 1
			table += "[" + strconv.Itoa(n) + "]"
		}
		ix.add(keyAt{table, tablePath, line, 0, e.Kind, false})
	}
	return ix, p.Error()
}

// keyValue records key = value in the table at key, and the keys of inline
// tables in the value.
func (ix *keyIndex) keyValue(p *unstable.Parser, e *unstable.Node, key string, path []string) {
	line := 0
	for it := e.Key(); it.Next(); {
		n := it.Node()
		if line == 0 {
			line = p.Shape(n.Raw).Start.Line
		}
		key, path = joinKey(key, string(n.Data)), append(path[:len(path):len(path)], string(n.Data))
		if !it.IsLast() {
			ix.add(keyAt{key, path, line, 0, unstable.Table, true}) // a.b.c = 1 defines a and a.b here
		}
	}
	ix.value(p, e.Value(), keyAt{key: key, path: path, line: line})
}

// value records a value at k and the keys of the inline tables in it.
func (ix *keyIndex) value(p *unstable.Parser, v *unstable.Node, k keyAt) {
	k.kind = v.Kind
	if v.Raw.Length > 0 { // the parser leaves it out for arrays and inline tables
		pos := p.Shape(v.Raw).Start
		k.line, k.col = pos.Line, pos.Column
	}
	ix.add(k)
	switch v.Kind {
	case unstable.InlineTable:
		for it := v.Children(); it.Next(); {
			ix.keyValue(p, it.Node(), k.key, k.path)
		}
	case unstable.Array:
		i := 0
		for it := v.Children(); it.Next(); i++ {
			ix.value(p, it.Node(), keyAt{key: k.key + "[" + strconv.Itoa(i) + "]", path: k.path, line: k.line})
		}
	}
}

func (ix *keyIndex) add(k keyAt) {
	if _, ok := ix.lines[strings.ToLower(k.key)]; !ok {
		ix.lines[strings.ToLower(k.key)] = k.line
	} else if k.kind != unstable.Table && k.kind != unstable.ArrayTable {
		ix.dups = append(ix.dups, k)
	}
	ix.list = append(ix.list, k)
}

// at finds the key the decoder names by position and path: a value starts
// at line:col, a key without one (an unknown key) is on line. The path is
// not always whole (in inline tables), so its last piece decides.
func (ix *keyIndex) at(line, col int, path []string) keyAt {
	for _, k := range ix.list {
		if k.line == line && k.col == col {
			return k
		}
	}
	for _, k := range ix.list {
		if k.line == line && len(path) > 0 && strings.EqualFold(k.path[len(k.path)-1], path[len(path)-1]) {
			return k
		}
	}
	return keyAt{key: strings.Join(path, "."), path: path, line: line}
}

// line returns the line of key, or of the nearest table above it that is
// in the file, or 0.
func (ix *keyIndex) line(key string) int {
	for k := strings.ToLower(key); k != ""; k = parentKey(k) {
		if l, ok := ix.lines[k]; ok {
			return l
		}
	}
	return 0
}

// joinKey appends a piece to a dotted key, quoted where TOML needs it.
func joinKey(key, piece string) string {
	if piece == "" || strings.ContainsFunc(piece, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-')
	}) {
		piece = strconv.Quote(piece)
	}
	if key == "" {
		return piece
	}
	return key + "." + piece
}

// parentKey drops the last piece of a key: "rep[1].imap" → "rep[1]" →
// "rep" → "". Quoted pieces may hold dots and brackets.
func parentKey(key string) string {
	cut, quoted := 0, false
	for i := 0; i < len(key); i++ {
		switch c := key[i]; {
		case c == '\\' && quoted:
			i++
		case c == '"':
			quoted = !quoted
		case (c == '.' || c == '[') && !quoted:
			cut = i
		}
	}
	return key[:cut]
}

// syntaxProblem locates a syntax error by its line and, when the line
// starts with one, the key being set there: the line up to the error,
// completed with a value, parses as that key.
func syntaxProblem(file string, data []byte, ix *keyIndex, perr *unstable.ParserError) Problem {
	p := Problem{File: file, Msg: perr.Message}
	off := cap(data) - cap(perr.Highlight)
	if perr.Highlight == nil || off < 0 || off > len(data) {
		return p
	}
	p.Line = 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	if line, err := indexKeys(append(slices.Clip(data[start:off]), '0')); err == nil && len(line.list) > 0 {
		table := keyAt{}
		for _, k := range ix.list {
			if k.kind == unstable.ArrayTable || k.kind == unstable.Table && !k.dotted { // a header
				table = k
			}
		}
		p.Key = strings.TrimPrefix(table.key+"."+line.list[len(line.list)-1].key, ".")
	}
	return p
}

// fieldType is the Go type a key decodes into, following the toml tags
// from Config as the decoder does (case-insensitively).
func fieldType(path []string) (reflect.Type, bool) {
	t := reflect.TypeFor[Config]()
	for _, piece := range path {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		switch t.Kind() {
		case reflect.Map:
			t = t.Elem()
		case reflect.Struct:
			f, ok := fieldByTag(t, piece)
			if !ok {
				return nil, false
			}
			t = f.Type
		default:
			return nil, false
		}
	}
	return t, true
}

// isValueType reports whether t keeps a value as written, to check it
// later (Amount, Duration ...).
func isValueType(t reflect.Type) bool {
	return reflect.PointerTo(t).Implements(reflect.TypeFor[unstable.Unmarshaler]())
}

// kindNames name the TOML type of a value (as decoded, or as the parser's
// kind), or the one a Go kind takes, so the three can be compared.
var kindNames = map[any]string{
	reflect.Int: "integer", reflect.Int64: "integer", unstable.Integer: "integer",
	reflect.String: "string", unstable.String: "string",
	reflect.Bool: "boolean", unstable.Bool: "boolean",
	reflect.Float64: "float", unstable.Float: "float",
	reflect.Slice: "array", unstable.Array: "array", unstable.ArrayTable: "array",
	reflect.Struct: "table", reflect.Map: "table", unstable.Table: "table", unstable.InlineTable: "table",
}

// tomlKind names the TOML type of x: a decoded value, a reflect.Kind or
// an unstable.Kind. Decoded dates and times are named types, hence last.
func tomlKind(x any) string {
	if t := reflect.TypeOf(x); t != nil && t.PkgPath() == "" {
		x = t.Kind() // string, int64, float64, bool, map[string]any, []any
	}
	return cmp.Or(kindNames[x], "date-time")
}

// kindWords word a TOML type as a key wants it and as a file gives it.
var kindWords = map[string][2]string{
	"integer": {"a whole number", "an integer"}, "string": {"a string", "a string"},
	"boolean": {"true or false", "a boolean"}, "float": {"a number", "a float"}, "array": {"an array", "an array"},
	"table": {"a table", "a table"}, "date-time": {"a date-time", "a date-time"},
}

// suggest finds the known key closest to the last piece of path in the
// same table, for typos like "defualt".
func suggest(path []string) string {
	t, ok := fieldType(path[:len(path)-1])
	for ok && (t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice) {
		t = t.Elem()
	}
	if !ok || t.Kind() != reflect.Struct {
		return ""
	}
	// Only close matches: at most two edits, and fewer than half the key
	// (F is not a typo of A).
	last := strings.ToLower(path[len(path)-1])
	best, bestDist := "", 3
	for _, f := range reflect.VisibleFields(t) {
		name := tagName(f)
		if d := editDistance(last, strings.ToLower(name)); name != "" && d < bestDist && 2*d < len(last) {
			best, bestDist = name, d
		}
	}
	return best
}

func tagName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	return name
}

func fieldByTag(t reflect.Type, name string) (reflect.StructField, bool) {
	for _, f := range reflect.VisibleFields(t) { // with those of embedded structs
		if strings.EqualFold(tagName(f), name) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// editDistance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of neighbours ("defualt").
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
