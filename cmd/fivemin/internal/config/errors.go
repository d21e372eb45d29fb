package config

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Problem is one thing wrong (or, as a warning, doubtful) in a
// configuration file, located by line and key.
type Problem struct {
	File string // as given to Load
	Line int    // 1-based; 0 when the key is not in the file (a required key left out)
	Key  string // dotted, with array indices from 0: "rep[1].imap.tls"
	Msg  string
}

// Error formats the problem as "fivemin.toml:12: rates.default: message".
func (p Problem) Error() string {
	s := p.File
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
	}
	if p.Key != "" {
		s += ": " + p.Key
	}
	return s + ": " + p.Msg
}

// Error is every problem found in a configuration file, in file order.
type Error struct {
	Problems []Problem
}

// Error lists the problems, one a line.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// problems collects problems while a file is checked, as mox's addErrorf
// does, so the admin sees all of them at once.
type problems struct {
	file  string
	keys  *keyIndex
	list  []Problem
	warns []Problem
}

// addf records a problem with key, located through the key index.
func (ps *problems) addf(key, format string, args ...any) {
	ps.list = append(ps.list, Problem{ps.file, ps.keys.line(key), key, fmt.Sprintf(format, args...)})
}

// warnf records a warning: the file loads, but the admin should look.
func (ps *problems) warnf(key, format string, args ...any) {
	ps.warns = append(ps.warns, Problem{ps.file, ps.keys.line(key), key, fmt.Sprintf(format, args...)})
}

// fieldProblems records the field errors another package found in the
// table at prefix (triage's, mailbox's: each a Key below the table and a
// Msg).
func fieldProblems[E ~struct{ Key, Msg string }](ps *problems, prefix string, errs []E) {
	for _, e := range errs {
		f := struct{ Key, Msg string }(e)
		ps.addf(prefix+"."+f.Key, "%s", f.Msg)
	}
}

func (ps *problems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	sortProblems(ps.list)
	return &Error{Problems: ps.list}
}

// sortProblems orders by line, keeping the order found for the same line;
// problems without a line (keys left out) come last.
func sortProblems(list []Problem) {
	slices.SortStableFunc(list, func(a, b Problem) int {
		return cmp.Compare(uint(a.Line-1), uint(b.Line-1)) // line 0 wraps to the end
	})
}
