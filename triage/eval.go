package triage

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// A labelled corpus has triage/NNN.{eml,json} and replies/NNN.{eml,json}
// (see triage/testdata/corpus/LABELS.md). Evaluate scores the engine on it
// the way the corpus's reference scorer (score.py) does.

// GoldTriage is the label of a triage case.
type GoldTriage struct {
	Questions []struct {
		Text string `json:"text"`
		Kind Kind   `json:"kind"`
	} `json:"questions"`
	NeedsQuote bool       `json:"needs_quote"`
	Skip       bool       `json:"skip"`
	SkipReason SkipReason `json:"skip_reason"`
	Notes      string     `json:"notes"`
}

// GoldReply is the label of a reply case.
type GoldReply struct {
	Decision Decision `json:"decision"`
	Notes    string   `json:"notes"`
}

// Scores are the corpus figures; the JSON names are score.py's.
type Scores struct {
	QuestionPrecision  float64 `json:"question_precision"`
	QuestionRecall     float64 `json:"question_recall"`
	QuestionF1         float64 `json:"question_f1"`
	KindAccuracy       float64 `json:"kind_accuracy"`
	NeedsQuoteAccuracy float64 `json:"needs_quote_accuracy"`
	SkipPrecision      float64 `json:"skip_precision"`
	SkipRecall         float64 `json:"skip_recall"`
	ReplyAccuracy      float64 `json:"reply_accuracy"`
	Missing            int     `json:"missing_predictions"`

	// Counts behind the rates.
	TruePositives, FalsePositives, FalseNegatives int `json:"-"`
	TriageCases, ReplyCases                       int `json:"-"`
	// ReplyWrong counts replies decided accepted or declined against their
	// label: each would silently close a quote wrongly, so its floor is 0
	// (an "unclear" only costs a person a read).
	ReplyWrong int `json:"-"`
}

// Floors are the minimum scores the product is held to.
var Floors = Scores{
	QuestionF1: 0.95, KindAccuracy: 0.92, NeedsQuoteAccuracy: 0.95,
	SkipPrecision: 1.0, SkipRecall: 0.95, ReplyAccuracy: 0.90,
}

// RepliesOnly reports scores of a set with replies and no triage cases.
func (s Scores) RepliesOnly() bool { return s.TriageCases == 0 && s.ReplyCases > 0 }

// BelowFloors lists the scores under their floor, as "name=got<floor".
func (s Scores) BelowFloors() []string { return s.BelowOwnFloors(Floors) }

// BelowOwnFloors is BelowFloors against floors of the caller's choosing: a
// set that starts under the product floors (the messy one) is held at its
// first score until it climbs above them.
func (s Scores) BelowOwnFloors(f Scores) []string {
	var out []string
	check := func(name string, got, floor float64) {
		if got < floor {
			out = append(out, fmt.Sprintf("%s=%.3f<%.2f", name, got, floor))
		}
	}
	// A set of replies only (replies3) has no triage scores to hold.
	if !s.RepliesOnly() {
		check("question_f1", s.QuestionF1, f.QuestionF1)
		check("kind_accuracy", s.KindAccuracy, f.KindAccuracy)
		check("needs_quote_accuracy", s.NeedsQuoteAccuracy, f.NeedsQuoteAccuracy)
		check("skip_precision", s.SkipPrecision, f.SkipPrecision)
		check("skip_recall", s.SkipRecall, f.SkipRecall)
	}
	// A set without replies (dev3) has no reply score to hold.
	if s.ReplyCases > 0 {
		check("reply_accuracy", s.ReplyAccuracy, f.ReplyAccuracy)
	}
	if s.ReplyWrong > 0 {
		out = append(out, fmt.Sprintf("reply_wrong_decisions=%d>0", s.ReplyWrong))
	}
	return out
}

// CaseReport explains one case's outcome, for finding what went wrong.
type CaseReport struct {
	Name     string
	Problems []string
}

// Evaluate triages every case of the corpus in dir and scores the results.
func Evaluate(e *Engine, dir string) (Scores, []CaseReport, error) {
	var sc Scores
	var t evalTally
	var reports []CaseReport

	// A set may hold only triage cases or only replies, not neither.
	triageDir := filepath.Join(dir, "triage")
	names, err := caseNames(triageDir)
	noTriage := errors.Is(err, fs.ErrNotExist)
	if err != nil && !noTriage {
		return sc, nil, err
	}
	for _, name := range names {
		var gold GoldTriage
		if err := readJSON(filepath.Join(triageDir, name+".json"), &gold); err != nil {
			return sc, nil, err
		}
		res, err := e.analyzeFile(filepath.Join(triageDir, name+".eml"))
		if err != nil {
			return sc, nil, err
		}
		reports = append(reports, t.addTriage("triage/"+name, &gold, res))
		sc.TriageCases++
	}

	// A corpus may have no replies.
	replyDir := filepath.Join(dir, "replies")
	if names, err := caseNames(replyDir); err == nil {
		for _, name := range names {
			var gold GoldReply
			if err := readJSON(filepath.Join(replyDir, name+".json"), &gold); err != nil {
				return sc, nil, err
			}
			res, err := e.analyzeFile(filepath.Join(replyDir, name+".eml"))
			if err != nil {
				return sc, nil, err
			}
			reports = append(reports, t.addReply("replies/"+name, &gold, res))
		}
	} else if !errors.Is(err, fs.ErrNotExist) || noTriage {
		return sc, nil, err
	}
	t.score(&sc)
	return sc, reports, nil
}

// evalTally counts Evaluate's outcomes over the cases seen so far.
type evalTally struct {
	tp, fp, fn      int // questions
	kindOK, kindN   int
	nqOK, nqN       int // needs_quote
	sTP, sFP, sFN   int // skips
	rOK, rN, rWrong int // reply decisions
}

// addTriage scores one triage case and reports what went wrong in it.
func (t *evalTally) addTriage(name string, gold *GoldTriage, res *Result) CaseReport {
	rep := CaseReport{Name: name}
	gs, ps := gold.Skip, res.Skip
	if gs && ps {
		t.sTP++
	}
	if ps && !gs {
		t.sFP++
		rep.Problems = append(rep.Problems, fmt.Sprintf("skipped (%s) but should be answered", res.SkipReason))
	}
	if gs && !ps {
		t.sFN++
		rep.Problems = append(rep.Problems, fmt.Sprintf("answered but should be skipped (%s)", gold.SkipReason))
	}
	t.nqN++
	if res.NeedsQuote == gold.NeedsQuote && gs == ps {
		t.nqOK++
	} else {
		rep.Problems = append(rep.Problems, fmt.Sprintf("needs_quote=%v, want %v", res.NeedsQuote, gold.NeedsQuote))
	}
	// A skipped message has no questions, whatever its labels list.
	var goldQ, predQ []string
	if !gs {
		for _, q := range gold.Questions {
			goldQ = append(goldQ, q.Text)
		}
	}
	if !ps {
		for _, q := range res.Questions {
			predQ = append(predQ, q.Text)
		}
	}
	rep.Problems = t.addQuestions(rep.Problems, gold, res, predQ, goldQ)
	return rep
}

// addQuestions matches one case's predicted questions with its gold ones,
// counts the matches and kinds, and appends what went wrong to problems.
func (t *evalTally) addQuestions(problems []string, gold *GoldTriage, res *Result, predQ, goldQ []string) []string {
	m := MatchQuestions(predQ, goldQ)
	t.tp += len(m)
	t.fp += len(predQ) - len(m)
	t.fn += len(goldQ) - len(m)
	matchedP, matchedG := map[int]bool{}, map[int]bool{}
	for _, pr := range m {
		matchedP[pr[0]], matchedG[pr[1]] = true, true
		t.kindN++
		if res.Questions[pr[0]].Kind == gold.Questions[pr[1]].Kind {
			t.kindOK++
		} else {
			problems = append(problems, fmt.Sprintf("kind %s, want %s: %q", res.Questions[pr[0]].Kind, gold.Questions[pr[1]].Kind, gold.Questions[pr[1]].Text))
		}
	}
	for i, q := range predQ {
		if !matchedP[i] {
			problems = append(problems, fmt.Sprintf("extra question: %q", q))
		}
	}
	for j, q := range goldQ {
		if !matchedG[j] {
			problems = append(problems, fmt.Sprintf("missed question: %q", q))
		}
	}
	return problems
}

// addReply scores one reply case.
func (t *evalTally) addReply(name string, gold *GoldReply, res *Result) CaseReport {
	t.rN++
	rep := CaseReport{Name: name}
	if res.ReplyDecision == gold.Decision {
		t.rOK++
		return rep
	}
	// Unclear is a safe miss (a person decides); a wrong decision is not.
	if res.ReplyDecision == Accepted || res.ReplyDecision == Declined {
		t.rWrong++
	}
	rep.Problems = append(rep.Problems, fmt.Sprintf("decision %q, want %q (%s)", res.ReplyDecision, gold.Decision, res.ReplyReason))
	return rep
}

// score sets sc's scores from the counts, as score.py computes them.
func (t *evalTally) score(sc *Scores) {
	sc.ReplyCases = t.rN
	sc.ReplyWrong = t.rWrong
	prec := ratio(t.tp, t.tp+t.fp)
	rec := ratio(t.tp, t.tp+t.fn)
	f1 := 2 * prec * rec / math.Max(1e-9, prec+rec)
	sc.TruePositives, sc.FalsePositives, sc.FalseNegatives = t.tp, t.fp, t.fn
	sc.QuestionPrecision, sc.QuestionRecall, sc.QuestionF1 = round3(prec), round3(rec), round3(f1)
	sc.KindAccuracy = round3(ratio(t.kindOK, t.kindN))
	sc.NeedsQuoteAccuracy = round3(ratio(t.nqOK, t.nqN))
	sc.SkipPrecision = 1
	if t.sTP+t.sFP > 0 {
		sc.SkipPrecision = round3(ratio(t.sTP, t.sTP+t.sFP))
	}
	sc.SkipRecall = round3(ratio(t.sTP, t.sTP+t.sFN))
	sc.ReplyAccuracy = round3(ratio(t.rOK, t.rN))
}

func (e *Engine) analyzeFile(path string) (*Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return e.Analyze(f), nil
}

func caseNames(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading corpus: %w", err)
	}
	var names []string
	for _, d := range ents {
		if n, ok := strings.CutSuffix(d.Name(), ".json"); ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading label: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// ratio is score.py's a / max(1, b).
func ratio(a, b int) float64 {
	return float64(a) / float64(max(1, b))
}

// round3 rounds like Python's round(x, 3) for the values seen here.
func round3(x float64) float64 {
	return math.RoundToEven(x*1000) / 1000
}

// MatchQuestions pairs predicted with gold questions one-to-one, greedily by
// descending word-token Jaccard similarity, keeping pairs at 0.5 or more.
// It returns [pred index, gold index] pairs, exactly as score.py does
// (including its order for ties).
func MatchQuestions(pred, gold []string) [][2]int {
	type pair struct {
		s    float64
		i, j int
	}
	pt := make([]map[string]bool, len(pred))
	for i, p := range pred {
		pt[i] = scoreTokens(p)
	}
	gt := make([]map[string]bool, len(gold))
	for j, g := range gold {
		gt[j] = scoreTokens(g)
	}
	var pairs []pair
	for i := range pred {
		for j := range gold {
			pairs = append(pairs, pair{jaccard(pt[i], gt[j]), i, j})
		}
	}
	// Python sorts the (s, i, j) tuples in reverse.
	sort.Slice(pairs, func(a, b int) bool {
		pa, pb := pairs[a], pairs[b]
		if pa.s != pb.s {
			return pa.s > pb.s
		}
		if pa.i != pb.i {
			return pa.i > pb.i
		}
		return pa.j > pb.j
	})
	usedP, usedG := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, p := range pairs {
		if p.s < 0.5 {
			break
		}
		if usedP[p.i] || usedG[p.j] {
			continue
		}
		usedP[p.i], usedG[p.j] = true, true
		out = append(out, [2]int{p.i, p.j})
	}
	return out
}

// scoreTokens is score.py's toks: the lower-cased [\w']+ runs.
func scoreTokens(s string) map[string]bool {
	out := map[string]bool{}
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' || r == '\'' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out[strings.ToLower(s[start:i])] = true
			start = -1
		}
	}
	if start >= 0 {
		out[strings.ToLower(s[start:])] = true
	}
	return out
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	return float64(inter) / float64(max(1, union))
}
