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

// BelowFloors lists the scores under their floor, as "name=got<floor".
func (s Scores) BelowFloors() []string {
	var out []string
	check := func(name string, got, floor float64) {
		if got < floor {
			out = append(out, fmt.Sprintf("%s=%.3f<%.2f", name, got, floor))
		}
	}
	check("question_f1", s.QuestionF1, Floors.QuestionF1)
	check("kind_accuracy", s.KindAccuracy, Floors.KindAccuracy)
	check("needs_quote_accuracy", s.NeedsQuoteAccuracy, Floors.NeedsQuoteAccuracy)
	check("skip_precision", s.SkipPrecision, Floors.SkipPrecision)
	check("skip_recall", s.SkipRecall, Floors.SkipRecall)
	check("reply_accuracy", s.ReplyAccuracy, Floors.ReplyAccuracy)
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
	var reports []CaseReport
	var tp, fp, fn, kindOK, kindN, nqOK, nqN, sTP, sFP, sFN int

	triageDir := filepath.Join(dir, "triage")
	names, err := caseNames(triageDir)
	if err != nil {
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
		rep := CaseReport{Name: "triage/" + name}
		gs, ps := gold.Skip, res.Skip
		if gs && ps {
			sTP++
		}
		if ps && !gs {
			sFP++
			rep.Problems = append(rep.Problems, fmt.Sprintf("skipped (%s) but should be answered", res.SkipReason))
		}
		if gs && !ps {
			sFN++
			rep.Problems = append(rep.Problems, fmt.Sprintf("answered but should be skipped (%s)", gold.SkipReason))
		}
		nqN++
		if res.NeedsQuote == gold.NeedsQuote && gs == ps {
			nqOK++
		} else {
			rep.Problems = append(rep.Problems, fmt.Sprintf("needs_quote=%v, want %v", res.NeedsQuote, gold.NeedsQuote))
		}
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
		m := MatchQuestions(predQ, goldQ)
		tp += len(m)
		fp += len(predQ) - len(m)
		fn += len(goldQ) - len(m)
		matchedP, matchedG := map[int]bool{}, map[int]bool{}
		for _, pr := range m {
			matchedP[pr[0]], matchedG[pr[1]] = true, true
			kindN++
			if res.Questions[pr[0]].Kind == gold.Questions[pr[1]].Kind {
				kindOK++
			} else {
				rep.Problems = append(rep.Problems, fmt.Sprintf("kind %s, want %s: %q", res.Questions[pr[0]].Kind, gold.Questions[pr[1]].Kind, gold.Questions[pr[1]].Text))
			}
		}
		for i, q := range predQ {
			if !matchedP[i] {
				rep.Problems = append(rep.Problems, fmt.Sprintf("extra question: %q", q))
			}
		}
		for j, q := range goldQ {
			if !matchedG[j] {
				rep.Problems = append(rep.Problems, fmt.Sprintf("missed question: %q", q))
			}
		}
		reports = append(reports, rep)
		sc.TriageCases++
	}

	replyDir := filepath.Join(dir, "replies")
	var rOK, rN int
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
			rN++
			rep := CaseReport{Name: "replies/" + name}
			if res.ReplyDecision == gold.Decision {
				rOK++
			} else {
				if res.ReplyDecision == Accepted || res.ReplyDecision == Declined {
					sc.ReplyWrong++
				}
				rep.Problems = append(rep.Problems, fmt.Sprintf("decision %q, want %q (%s)", res.ReplyDecision, gold.Decision, res.ReplyReason))
			}
			reports = append(reports, rep)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return sc, nil, err
	}
	sc.ReplyCases = rN

	prec := ratio(tp, tp+fp)
	rec := ratio(tp, tp+fn)
	f1 := 2 * prec * rec / math.Max(1e-9, prec+rec)
	sc.TruePositives, sc.FalsePositives, sc.FalseNegatives = tp, fp, fn
	sc.QuestionPrecision, sc.QuestionRecall, sc.QuestionF1 = round3(prec), round3(rec), round3(f1)
	sc.KindAccuracy = round3(ratio(kindOK, kindN))
	sc.NeedsQuoteAccuracy = round3(ratio(nqOK, nqN))
	sc.SkipPrecision = 1
	if sTP+sFP > 0 {
		sc.SkipPrecision = round3(ratio(sTP, sTP+sFP))
	}
	sc.SkipRecall = round3(ratio(sTP, sTP+sFN))
	sc.ReplyAccuracy = round3(ratio(rOK, rN))
	return sc, reports, nil
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
