package triage

import (
	"bytes"
	"os"
	"testing"
)

// labelledSets are the repo's labelled sets weights.json is fitted on.
var labelledSets = []string{"testdata/corpus", "testdata/holdout", "testdata/blind", "testdata/final", "testdata/measure", "testdata/messy", "testdata/dev2", "testdata/dev3", "testdata/messy2", "testdata/dev4", "testdata/messy3", "testdata/kinds1", "testdata/dev5", "testdata/messy4", "testdata/dev6", "testdata/messy5", "testdata/kinds2", "testdata/dev7", "testdata/messy6", "testdata/dev8", "testdata/messy7", "testdata/messy8", "testdata/langs1", "testdata/messy9", "testdata/catalog1", "testdata/messy10", "testdata/dev9", "testdata/messy11", "testdata/dev10", "testdata/dev11", "testdata/messy12", "testdata/skips1", "testdata/extras1", "testdata/skips2", "testdata/logistics1", "testdata/skips3", "testdata/messy14", "testdata/langs2", "testdata/kinds3", "testdata/skips4", "testdata/dev12", "testdata/kinds4", "testdata/messy16", "testdata/inbox1", "testdata/inbox2", "testdata/inbox3", "testdata/inbox4", "testdata/dev13", "testdata/inbox5", "testdata/inbox6", "testdata/inbox7", "testdata/inbox8", "testdata/inbox9", "testdata/dev14", "testdata/inbox10", "testdata/inbox11", "testdata/dev15", "testdata/inbox12", "testdata/langs3", "testdata/dev16", "testdata/inbox13", "testdata/inbox14", "testdata/dev17", "testdata/inbox15", "testdata/inbox16", "testdata/dev18", "testdata/messy17", "testdata/inbox17", "testdata/replies16", "testdata/inbox18", "testdata/messy18", "testdata/dev19", "testdata/inbox19", "testdata/replies17", "testdata/messy19", "testdata/dev20", "testdata/inbox20", "testdata/messy20", "testdata/dev21", "testdata/inbox21", "testdata/replies18", "testdata/dev22", "testdata/messy21", "testdata/messy22", "testdata/inbox22", "testdata/replies19", "testdata/dev23", "testdata/messy23", "testdata/inbox23", "testdata/messy24", "testdata/dev24", "testdata/replies20", "testdata/replies21", "testdata/dev25", "testdata/langs4", "testdata/messy25", "testdata/replies22", "testdata/messy26", "testdata/skips5", "testdata/dev26", "testdata/inbox24", "testdata/langs5", "testdata/replies23", "testdata/dev27", "testdata/langs6", "testdata/inbox25", "testdata/messy27", "testdata/messy28", "testdata/dev28", "testdata/inbox26"}

// TestShippedWeightsReproduce: training on the repo's labelled sets gives
// the shipped weights.json byte for byte.
func TestShippedWeightsReproduce(t *testing.T) {
	wf, err := Train(DefaultConfig(), labelledSets)
	if err != nil {
		t.Fatal(err)
	}
	got, err := MarshalWeights(wf)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, shippedWeightsJSON) {
		_ = os.WriteFile(t.TempDir()+"/weights.json", got, 0o644)
		t.Fatal("training on the labelled sets does not reproduce weights.json: run " +
			"`go run ./cmd/fivemin train -o triage/weights.json triage/testdata/{corpus,holdout,blind,final,measure,messy,dev2,dev3,messy2,dev4,messy3,kinds1,dev5,messy4,dev6,messy5,kinds2,dev7,messy6,dev8,messy7,messy8,langs1,messy9,catalog1,messy10,dev9,messy11,dev10,dev11,messy12,skips1,extras1,skips2,logistics1,skips3,messy14,langs2,kinds3,skips4,dev12,kinds4,messy16,inbox1,inbox2,inbox3,inbox4,dev13,inbox5,inbox6,inbox7,inbox8,inbox9,dev14,inbox10,inbox11,dev15,inbox12,langs3,dev16,inbox13,inbox14,dev17,inbox15,inbox16,dev18,messy17,inbox17,replies16,inbox18,messy18,dev19,inbox19,replies17,messy19,dev20,inbox20,messy20,dev21,inbox21,replies18,dev22,messy21,messy22,inbox22,replies19,dev23,messy23,inbox23,messy24,dev24,replies20,replies21,dev25,langs4,messy25,replies22,messy26,skips5,dev26,inbox24,langs5,replies23,dev27,langs6,inbox25,messy27,messy28,dev28,inbox26}` and review the change")
	}
	if wf.Asks < 400 || len(wf.Signals) != len(builtin().Signals) || len(wf.Forms) != int(numForms) {
		t.Errorf("weights fitted on %d asks, %d signals, %d forms", wf.Asks, len(wf.Signals), len(wf.Forms))
	}
}

// TestFitWeights: the fit moves weights the way the labels say, keeps
// signal weights non-negative, and without examples keeps the start.
func TestFitWeights(t *testing.T) {
	paidSig := []feature{{0, 1}}
	quickSig := []feature{{1, -1}}
	exs := []example{
		{feats: paidSig, form: formRequest, paid: true},
		{feats: paidSig, form: formRequest, paid: true},
		{feats: quickSig, form: formPoliteInfo, paid: false},
		// Signal 2 (paid) keeps showing up on quick asks.
		{feats: []feature{{2, 1}}, form: formFactQuestion, paid: false},
		{feats: []feature{{2, 1}}, form: formFactQuestion, paid: false},
	}
	hand := make([]float64, 3+int(numForms))
	hand[2] = 0.5
	p := FitParams{Iterations: 500, Rate: 0.5, Prior: 0.01}
	w := fitWeights(exs, 3, hand, p)
	tests := []struct {
		name string
		ok   bool
	}{
		{"paid signal on paid asks grows", w[0] > 0.5},
		{"quick signal on quick asks grows", w[1] > 0.5},
		{"paid signal on quick asks floors at zero", w[2] == 0},
		{"fact questions lean quick", w[3+int(formFactQuestion)] < 0},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("%s: weights %v", tt.name, w)
		}
	}
	p.PriorHand = true
	if got := fitWeights(nil, 3, hand, p); got[2] != 0.5 {
		t.Errorf("no examples moved weights: %v", got)
	}
}

// TestWeightsConfig: "hand" gives the hand weights, "learned" the shipped
// ones, for built-in signals only.
func TestWeightsConfig(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Signals = []Signal{{Match: "zebra crossing", Kind: "paid", Weight: 7}}
	learned := map[string]float64{}
	for _, w := range shippedWeights().Signals {
		learned[w.Name] = w.Learned
	}
	for _, mode := range []string{WeightsHand, WeightsLearned, ""} {
		cfg.Weights = mode
		e := New(cfg)
		for i, s := range e.signals {
			want := s.Weight
			if l, ok := learned[signalName(s)]; ok && (mode == WeightsLearned || mode == "" && DefaultWeights == WeightsLearned) && i < len(builtin().Signals) {
				want = l
			}
			if e.sigWeight[i] != want {
				t.Errorf("weights %q: signal %q weighs %v, want %v", mode, s.Match, e.sigWeight[i], want)
			}
		}
	}
	cfg.Weights = "fancy"
	if p := cfg.Problems(); len(p) != 1 || p[0].Key != "weights" {
		t.Errorf("weights = fancy: problems %v", p)
	}
}

// TestCrossValidate: every case is scored once, with weights fitted on
// the other folds, and the fit does not fall apart.
func TestCrossValidate(t *testing.T) {
	cv, err := CrossValidate(DefaultConfig(), []string{"testdata/corpus"}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if cv.Cases != 60 || cv.Folds != 3 {
		t.Errorf("%d cases in %d folds, want 60 in 3", cv.Cases, cv.Folds)
	}
	if cv.Learned.TruePositives+cv.Learned.FalseNegatives == 0 {
		t.Fatal("no questions scored")
	}
	for _, s := range []Scores{cv.Hand, cv.Learned} {
		if s.KindAccuracy < Floors.KindAccuracy || s.QuestionF1 < Floors.QuestionF1 {
			t.Errorf("cross-validated scores below the floors: %+v", s)
		}
	}
	if _, err := CrossValidate(DefaultConfig(), []string{"testdata/corpus"}, 1); err == nil {
		t.Error("one fold accepted")
	}
}
