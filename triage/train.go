package triage

import (
	"fmt"
	"path/filepath"
)

// labelledCase is one triage case of a labelled set.
type labelledCase struct {
	name string // "corpus/triage/001"
	eml  string
	gold GoldTriage
}

// loadCases reads the triage cases of the labelled sets in dirs, in the
// order given and by name within a set.
func loadCases(dirs []string) ([]labelledCase, error) {
	var out []labelledCase
	for _, dir := range dirs {
		tdir := filepath.Join(dir, "triage")
		names, err := caseNames(tdir)
		if err != nil {
			return nil, fmt.Errorf("set %s: %w", dir, err)
		}
		for _, n := range names {
			c := labelledCase{name: filepath.Base(filepath.Clean(dir)) + "/triage/" + n, eml: filepath.Join(tdir, n+".eml")}
			if err := readJSON(filepath.Join(tdir, n+".json"), &c.gold); err != nil {
				return nil, err
			}
			out = append(out, c)
		}
	}
	return out, nil
}

// caseExamples triages one case with e and returns the labelled asks: the
// asks found that match a gold question, with the gold kind.
func (e *Engine) caseExamples(c *labelledCase) ([]example, error) {
	type seen struct {
		c clause
		q Question
	}
	var asks []seen
	e.observe = func(c clause, q Question) { asks = append(asks, seen{c, q}) }
	defer func() { e.observe = nil }()
	res, err := e.analyzeFile(c.eml)
	if err != nil {
		return nil, err
	}
	if res.Skip || c.gold.Skip {
		return nil, nil
	}
	byText := map[string]clause{}
	for _, a := range asks {
		if _, ok := byText[a.q.Text]; !ok {
			byText[a.q.Text] = a.c
		}
	}
	pred := make([]string, len(res.Questions))
	for i, q := range res.Questions {
		pred[i] = q.Text
	}
	gold := make([]string, len(c.gold.Questions))
	for j, q := range c.gold.Questions {
		gold[j] = q.Text
	}
	var out []example
	for _, m := range MatchQuestions(pred, gold) {
		cl, ok := byText[pred[m[0]]]
		if !ok {
			continue
		}
		feats, f := e.forLanguage(res.Language).features(cl)
		out = append(out, example{feats: feats, form: f, paid: c.gold.Questions[m[1]].Kind == Paid})
	}
	return out, nil
}

// trainer extracts the labelled asks of every case once, with the hand
// weights, so that folds and the final fit see the same asks.
type trainer struct {
	cfg   Config
	eng   *Engine
	cases []labelledCase
	exs   [][]example // per case
}

func newTrainer(cfg Config, dirs []string) (*trainer, error) {
	cfg.Weights = WeightsHand
	t := &trainer{cfg: cfg, eng: New(cfg)}
	var err error
	if t.cases, err = loadCases(dirs); err != nil {
		return nil, err
	}
	for i := range t.cases {
		exs, err := t.eng.caseExamples(&t.cases[i])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", t.cases[i].name, err)
		}
		t.exs = append(t.exs, exs)
	}
	return t, nil
}

// examples returns the asks of the cases for which keep is true.
func (t *trainer) examples(keep func(i int) bool) []example {
	var out []example
	for i, exs := range t.exs {
		if keep(i) {
			out = append(out, exs...)
		}
	}
	return out
}

// Train fits the weights of cfg's signals and the ask forms on the
// labelled sets in dirs (each with triage/NNN.eml and .json) and returns
// the weight file. The same sets in the same order give the same bytes.
func Train(cfg Config, dirs []string) (*WeightFile, error) {
	t, err := newTrainer(cfg, dirs)
	if err != nil {
		return nil, err
	}
	exs := t.examples(func(int) bool { return true })
	w := fitWeights(exs, len(t.eng.signals), t.eng.handWeights(), defaultFit)
	return t.eng.weightFile(w, dirs, exs, defaultFit), nil
}

// CVScores are k-fold cross-validated triage scores: every case is scored
// by weights fitted on the other folds only.
type CVScores struct {
	Folds int `json:"folds"`
	Cases int `json:"cases"`
	// Hand are the hand-set weights on the same cases (not fitted per
	// fold: they were set by people who had read this mail, so they are
	// not a held-out figure); Learned the weights fitted with the prior
	// of the hand weights; DataOnly fitted with a prior of zero, from the
	// mail alone.
	Hand, Learned, DataOnly Scores `json:"-"`
}

// CrossValidate scores the weight fit by k-fold cross-validation over the
// triage cases of dirs: case i (in loadCases order) is in fold i mod k.
func CrossValidate(cfg Config, dirs []string, k int) (*CVScores, error) {
	if k < 2 {
		return nil, fmt.Errorf("cross-validation needs 2 folds or more, got %d", k)
	}
	t, err := newTrainer(cfg, dirs)
	if err != nil {
		return nil, err
	}
	cv := &CVScores{Folds: k, Cases: len(t.cases)}
	dataOnly := defaultFit
	dataOnly.PriorHand = false
	var hand, learned, zero evalTally
	for fold := 0; fold < k; fold++ {
		train := t.examples(func(i int) bool { return i%k != fold })
		for _, v := range []struct {
			tally *evalTally
			fit   *FitParams
		}{{&hand, nil}, {&learned, &defaultFit}, {&zero, &dataOnly}} {
			eng := New(t.cfg)
			if v.fit != nil {
				w := fitWeights(train, len(eng.signals), eng.handWeights(), *v.fit)
				eng.applyWeights(eng.weightFile(w, nil, train, *v.fit), len(eng.signals))
			}
			for i := fold; i < len(t.cases); i += k {
				res, err := eng.analyzeFile(t.cases[i].eml)
				if err != nil {
					return nil, err
				}
				v.tally.addTriage(t.cases[i].name, &t.cases[i].gold, res)
			}
		}
	}
	hand.score(&cv.Hand)
	learned.score(&cv.Learned)
	zero.score(&cv.DataOnly)
	return cv, nil
}
