package triage

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The reply-parser suites in testdata/replyparsers hold the fixtures of
// four open-source reply parsers with the new text their own tests
// expect (see testdata/replyparsers/README.md). EvaluateIsolation scores
// Isolate on them.

// IsolationCase is one fixture of a reply-parser suite and its expectation.
type IsolationCase struct {
	Name   string `json:"name"`
	Source string `json:"source"` // the suite's test that asserts it
	File   string `json:"file"`
	Format string `json:"format"` // text, html or eml
	// NewText is the new text the suite expects; nil when the suite
	// checks only some strings.
	NewText  *string  `json:"new_text"`
	Contains []string `json:"contains"` // must be in the new text
	Absent   []string `json:"absent"`   // must not be
	Note     string   `json:"note"`
}

// IsolationResult is how Isolate did on one case.
type IsolationResult struct {
	Suite   string
	Case    string
	Got     string
	Jaccard float64 // -1 when the suite gives no full new text
	Pass    bool
	Problem string
}

// IsolationScores are the share of fixtures right, per suite and overall.
type IsolationScores struct {
	Right, Total int
	Suites       map[string][2]int // suite -> right, total
}

// Rate is the share of fixtures whose new text is right.
func (s IsolationScores) Rate() float64 { return ratio(s.Right, s.Total) }

// isolationJaccard is the token overlap at which a new text counts as the
// suite's: small differences of punctuation or a kept salutation pass,
// a kept quote or a lost paragraph does not.
const isolationJaccard = 0.9

// EvaluateIsolation runs Isolate over every suite under dir (one folder
// per suite with a manifest.json).
func EvaluateIsolation(e *Engine, dir string) (IsolationScores, []IsolationResult, error) {
	return e.evaluateIsolation(dir, e.isolateCase)
}

// EvaluateIsolationOutputs scores another parser's outputs, keyed
// "suite/case", on the same suites and by the same measure.
func EvaluateIsolationOutputs(e *Engine, dir string, outputs map[string]string) (IsolationScores, []IsolationResult, error) {
	return e.evaluateIsolation(dir, func(suite string, c IsolationCase, _ []byte) string {
		return outputs[suite+"/"+c.Name]
	})
}

// isolateCase is Isolate on a fixture as the suite hands it over.
func (e *Engine) isolateCase(_ string, c IsolationCase, raw []byte) string {
	switch c.Format {
	case "html":
		return e.Isolate(HTMLToText(string(raw)))
	case "eml":
		return e.AnalyzeBytes(raw).NewText
	}
	return e.Isolate(string(raw))
}

func (e *Engine) evaluateIsolation(dir string, isolate func(suite string, c IsolationCase, raw []byte) string) (IsolationScores, []IsolationResult, error) {
	sc := IsolationScores{Suites: map[string][2]int{}}
	manifests, err := filepath.Glob(filepath.Join(dir, "*", "manifest.json"))
	if err != nil {
		return sc, nil, fmt.Errorf("reply-parser suites in %s: %w", dir, err)
	}
	if len(manifests) == 0 {
		return sc, nil, fmt.Errorf("reply-parser suites: no */manifest.json in %s", dir)
	}
	sort.Strings(manifests)
	var out []IsolationResult
	for _, m := range manifests {
		suite := filepath.Base(filepath.Dir(m))
		var cases []IsolationCase
		if err := readJSON(m, &cases); err != nil {
			return sc, nil, err
		}
		for _, c := range cases {
			r, err := e.isolationCase(filepath.Dir(m), c, func(raw []byte) string { return isolate(suite, c, raw) })
			if err != nil {
				return sc, nil, fmt.Errorf("suite %s: %w", suite, err)
			}
			r.Suite = suite
			out = append(out, r)
			n := sc.Suites[suite]
			n[1]++
			sc.Total++
			if r.Pass {
				n[0]++
				sc.Right++
			}
			sc.Suites[suite] = n
		}
	}
	return sc, out, nil
}

func (e *Engine) isolationCase(dir string, c IsolationCase, isolate func([]byte) string) (IsolationResult, error) {
	r := IsolationResult{Case: c.Name, Jaccard: -1}
	raw, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(c.File)))
	if err != nil {
		return r, fmt.Errorf("case %s: %w", c.Name, err)
	}
	if c.Format != "text" && c.Format != "html" && c.Format != "eml" {
		return r, fmt.Errorf("case %s: unknown format %q", c.Name, c.Format)
	}
	r.Got = isolate(raw)
	r.Pass = true
	if c.NewText != nil {
		r.Jaccard = e.newTextMatch(r.Got, *c.NewText)
		if r.Jaccard < isolationJaccard {
			r.Pass = false
			r.Problem = fmt.Sprintf("token Jaccard %.2f with the expected new text", r.Jaccard)
		}
	}
	flat := collapseSpace(r.Got)
	for _, s := range c.Contains {
		if !strings.Contains(flat, collapseSpace(s)) {
			r.Pass = false
			r.Problem += fmt.Sprintf("; lost %q", s)
		}
	}
	for _, s := range c.Absent {
		if strings.Contains(flat, collapseSpace(s)) {
			r.Pass = false
			r.Problem += fmt.Sprintf("; kept %q", s)
		}
	}
	r.Problem = strings.TrimPrefix(r.Problem, "; ")
	return r, nil
}

// newTextMatch is the token Jaccard of got with want, or with want less
// its trailing signature and sign-off if that is closer: dropping
// "Thanks,\nAlex" is not a mistake.
func (e *Engine) newTextMatch(got, want string) float64 {
	j := tokenJaccard(got, want)
	lines := strings.Split(normalize(want), "\n")
	trimmed := strings.Join(e.cutSignOff(e.cutSignature(lines)), "\n")
	return max(j, tokenJaccard(got, trimmed))
}

// tokenJaccard is |A∩B| / |A∪B| over the sets of lower-case word tokens
// (words); two empty texts match.
func tokenJaccard(a, b string) float64 { return jaccard(tokenSet(a), tokenSet(b)) }

func tokenSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words(s) {
		m[w] = true
	}
	return m
}
