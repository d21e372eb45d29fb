package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/fivemin/fivemin/triage"
)

// runTrain fits the weights of the triage signals on labelled sets and
// writes weights.json, or with --cv scores the fit by cross-validation.
func runTrain(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "train", "[-o FILE] [--cv K [--json]] [--config FILE] SET_DIR...")
	out := fs.String("o", "", "write the weights to `file` instead of standard output")
	folds := fs.Int("cv", 0, "instead of training, print `K`-fold cross-validated scores")
	asJSON := fs.Bool("json", false, "with --cv, print the scores as JSON")
	cfgPath := fs.String("config", "", "configuration `file` (its [triage] section)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: want one labelled set directory or more", errUsage)
	}
	if *folds == 1 || *folds < 0 {
		return fmt.Errorf("%w: --cv wants 2 folds or more", errUsage)
	}
	tcfg, err := triageConfig(*cfgPath)
	if err != nil {
		return err
	}
	if *folds > 0 {
		cv, err := triage.CrossValidate(tcfg, fs.Args(), *folds)
		if err != nil {
			return err
		}
		return printCV(e, cv, *asJSON)
	}
	wf, err := triage.Train(tcfg, fs.Args())
	if err != nil {
		return err
	}
	b, err := triage.MarshalWeights(wf)
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = e.stdout.Write(b)
		return err
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return fmt.Errorf("writing weights: %w", err)
	}
	return nil
}

func printCV(e *env, cv *triage.CVScores, asJSON bool) error {
	if asJSON {
		b, err := json.Marshal(map[string]any{"folds": cv.Folds, "cases": cv.Cases,
			"hand": cv.Hand, "learned": cv.Learned, "data_only": cv.DataOnly})
		if err != nil {
			return fmt.Errorf("encoding scores: %w", err)
		}
		_, err = fmt.Fprintln(e.stdout, string(b))
		return err
	}
	fmt.Fprintf(e.stdout, "%d-fold cross-validation over %d triage cases (each case scored by weights fitted without its fold)\n", cv.Folds, cv.Cases)
	fmt.Fprintf(e.stdout, "  %-22s %8s %8s %10s\n", "", "hand", "learned", "data-only")
	for _, r := range []struct {
		name       string
		h, l, zero float64
	}{
		{"question F1", cv.Hand.QuestionF1, cv.Learned.QuestionF1, cv.DataOnly.QuestionF1},
		{"kind accuracy", cv.Hand.KindAccuracy, cv.Learned.KindAccuracy, cv.DataOnly.KindAccuracy},
		{"needs_quote accuracy", cv.Hand.NeedsQuoteAccuracy, cv.Learned.NeedsQuoteAccuracy, cv.DataOnly.NeedsQuoteAccuracy},
	} {
		fmt.Fprintf(e.stdout, "  %-22s %8.3f %8.3f %10.3f\n", r.name, r.h, r.l, r.zero)
	}
	return nil
}
