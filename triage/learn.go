package triage

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"sync"
)

// Learned weights, in the way SpamAssassin scores its rules: the rules stay
// the explainable signals and forms of words.go and registry.go, and only
// their weights are fitted, by logistic regression on the asks of the
// labelled mail, each weight pulled towards its hand-set value (a Gaussian
// prior) so that a signal the mail rarely shows keeps what a person gave
// it. The fit is deterministic: full-batch gradient descent in a fixed
// order from fixed starting values, no randomness, rounded to two decimals.
// weights.json is its output, reviewed like code; `fivemin train DIR...`
// reproduces it byte for byte (TestShippedWeightsReproduce).

//go:embed weights.json
var shippedWeightsJSON []byte

// DefaultWeights is the weight set used when Config.Weights is empty. The
// hand-set weights stay the default: in 5-fold cross-validation on the
// labelled sets the learned ones score a little lower on kind and
// needs_quote (README, "Learned weights"), so they are opt-in
// (weights = "learned") until they do better.
const DefaultWeights = WeightsHand

// WeightFile is the content of weights.json.
type WeightFile struct {
	About     string        `json:"about"`
	TrainedOn []string      `json:"trained_on"` // the labelled sets, by directory name
	Asks      int           `json:"asks"`       // labelled asks fitted on
	Paid      int           `json:"paid"`       // of which paid
	Fit       FitParams     `json:"fit"`
	Forms     []NamedWeight `json:"forms"`
	Signals   []NamedWeight `json:"signals"`
}

// NamedWeight is one weight: a form's name, or a signal's kind and match.
type NamedWeight struct {
	Name    string  `json:"name"`
	Hand    float64 `json:"hand"`
	Learned float64 `json:"learned"`
}

// FitParams are the settings of the fit.
type FitParams struct {
	Iterations int     `json:"iterations"`
	Rate       float64 `json:"rate"`
	// Prior is the strength of the pull towards the hand weights (the
	// L2 penalty per ask); PriorHand false pulls towards zero instead.
	Prior     float64 `json:"prior"`
	PriorHand bool    `json:"prior_hand"`
}

// defaultFit are the settings weights.json was fitted with.
var defaultFit = FitParams{Iterations: 3000, Rate: 0.3, Prior: 0.05, PriorHand: true}

var shippedWeights = sync.OnceValue(func() *WeightFile {
	var wf WeightFile
	if err := json.Unmarshal(shippedWeightsJSON, &wf); err != nil {
		panic(fmt.Sprintf("triage: weights.json: %v", err)) // embedded and tested: cannot happen
	}
	return &wf
})

// signalName names a signal in weights.json.
func signalName(s Signal) string { return s.Kind + ": " + s.Match }

// setWeights sets the engine's signal and form weights: the hand-set ones,
// then for WeightsLearned the shipped ones of the first builtinN (built-in)
// signals.
func (e *Engine) setWeights(mode string, builtinN int) {
	e.sigWeight = make([]float64, len(e.signals))
	for i, s := range e.signals {
		e.sigWeight[i] = s.Weight
	}
	e.formWeight = handFormWeights
	if mode == "" {
		mode = DefaultWeights
	}
	if mode == WeightsLearned {
		e.applyWeights(shippedWeights(), builtinN)
	}
}

// applyWeights sets the learned weights of wf on the engine.
func (e *Engine) applyWeights(wf *WeightFile, builtinN int) {
	learned := make(map[string]float64, len(wf.Signals))
	for _, w := range wf.Signals {
		learned[w.Name] = w.Learned
	}
	for i := 0; i < builtinN && i < len(e.signals); i++ {
		if w, ok := learned[signalName(e.signals[i])]; ok {
			e.sigWeight[i] = w
		}
	}
	for _, w := range wf.Forms {
		for f, n := range formNames {
			if n == w.Name {
				e.formWeight[f] = w.Learned
			}
		}
	}
	// The views share the signal weights but hold the forms' by value.
	for _, v := range e.views {
		v.formWeight = e.formWeight
	}
}

// feature is one signal found in an ask and what it contributes per unit
// of weight: the agent factor for a paid signal, -1 for a quick one, the
// scope factor for a scope one.
type feature struct {
	signal int
	value  float64
}

// example is one labelled ask: its features, its form and its gold kind.
type example struct {
	feats []feature
	form  form
	paid  bool
}

// features returns the signals of an ask with their contributions, and
// its form: score = Σ weight×value + form weight.
func (e *Engine) features(c clause) ([]feature, form) {
	t := e.tally(c.ws, nil)
	f := formOf(c)
	sw := statusFactor(f, c.ws)
	sf := scopeFactor(t) * sw
	out := make([]feature, 0, len(t.fired))
	for _, si := range t.fired {
		v := sf
		switch e.signals[si].Kind {
		case "paid":
			v = agentFactor[c.agent] * sw
			if e.ruleSig[si] {
				v = 1
			}
		case "quick":
			v = -1
		}
		out = append(out, feature{si, v})
	}
	return out, f
}

// fitWeights fits signal and form weights to the examples by regularised
// logistic regression. hand are the starting (and, with p.PriorHand, the
// prior) weights: signals first, then forms. Signal weights stay at zero
// or above, so a paid signal never pulls towards quick.
func fitWeights(exs []example, nSignals int, hand []float64, p FitParams) []float64 {
	w := append([]float64(nil), hand...)
	prior := make([]float64, len(hand))
	if p.PriorHand {
		copy(prior, hand)
	}
	grad := make([]float64, len(w))
	// The float64 conversions below keep each product rounded on its own:
	// a fused multiply-add (arm64, ppc64) would change the last bits, and
	// weights.json must come out the same on every machine.
	n := float64(max(1, len(exs)))
	for it := 0; it < p.Iterations; it++ {
		for i := range grad {
			grad[i] = p.Prior * (w[i] - prior[i])
		}
		for _, ex := range exs {
			z := w[nSignals+int(ex.form)]
			for _, f := range ex.feats {
				z += float64(w[f.signal] * f.value)
			}
			y := -1.0
			if ex.paid {
				y = 1
			}
			// d/dz log(1+exp(-yz)) = -y σ(-yz)
			g := -y / (1 + math.Exp(y*z)) / n
			grad[nSignals+int(ex.form)] += g
			for _, f := range ex.feats {
				grad[f.signal] += float64(g * f.value)
			}
		}
		for i := range w {
			w[i] -= float64(p.Rate * grad[i])
			if i < nSignals && w[i] < 0 {
				w[i] = 0
			}
		}
	}
	return w
}

// handWeights returns the engine's hand-set weights, signals then forms.
func (e *Engine) handWeights() []float64 {
	out := make([]float64, 0, len(e.signals)+int(numForms))
	for _, s := range e.signals {
		out = append(out, s.Weight)
	}
	return append(out, handFormWeights[:]...)
}

// weightFile turns fitted weights into a WeightFile.
func (e *Engine) weightFile(w []float64, dirs []string, exs []example, p FitParams) *WeightFile {
	wf := &WeightFile{
		About: "Weights of the triage signals and ask forms, fitted by `fivemin train` on the labelled sets " +
			"(learn.go). Review a change to this file like a change to the code; regenerate it, do not edit it.",
		Asks: len(exs), Fit: p,
	}
	for _, d := range dirs {
		wf.TrainedOn = append(wf.TrainedOn, filepath.Base(filepath.Clean(d)))
	}
	for _, ex := range exs {
		if ex.paid {
			wf.Paid++
		}
	}
	hand := e.handWeights()
	n := len(e.signals)
	for f := form(0); f < numForms; f++ {
		wf.Forms = append(wf.Forms, NamedWeight{Name: formNames[f], Hand: hand[n+int(f)], Learned: round2(w[n+int(f)])})
	}
	for i, s := range e.signals {
		wf.Signals = append(wf.Signals, NamedWeight{Name: signalName(s), Hand: s.Weight, Learned: round2(w[i])})
	}
	return wf
}

func round2(x float64) float64 {
	r := math.Round(x*100) / 100
	if r == 0 {
		return 0 // no "-0" in the file
	}
	return r
}

// MarshalWeights renders a WeightFile as weights.json is written.
func MarshalWeights(wf *WeightFile) ([]byte, error) {
	b, err := json.MarshalIndent(wf, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding weights: %w", err)
	}
	return append(b, '\n'), nil
}
