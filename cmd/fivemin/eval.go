package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/fivemin/fivemin/triage"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval", "[--json] [--floors] [-v] [--config FILE] CORPUS_DIR")
	asJSON := fs.Bool("json", false, "print the scores as one JSON object (score.py's names)")
	floors := fs.Bool("floors", false, "exit 1 when a score is below its floor")
	verbose := fs.Bool("v", false, "list what went wrong in each case")
	cfgPath := fs.String("config", "", "configuration `file` (its [triage] section)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: want exactly one corpus directory", errUsage)
	}
	tcfg, err := triageConfig(*cfgPath)
	if err != nil {
		return err
	}
	sc, reports, err := triage.Evaluate(triage.New(tcfg), fs.Arg(0))
	if err != nil {
		return err
	}
	if *verbose {
		for _, r := range reports {
			if len(r.Problems) > 0 {
				fmt.Fprintf(e.stdout, "%s\n  %s\n", r.Name, strings.Join(r.Problems, "\n  "))
			}
		}
	}
	if *asJSON {
		b, _ := json.Marshal(sc)
		fmt.Fprintln(e.stdout, string(b))
	} else {
		printScores(e.stdout, fs.Arg(0), sc)
	}
	if *floors {
		if below := sc.BelowFloors(); len(below) > 0 {
			fmt.Fprintf(e.stderr, "below floor: %s\n", strings.Join(below, ", "))
			return exitError{code: 1}
		}
	}
	return nil
}

// printScores prints sc, the scores of the set in dir, against the floors.
func printScores(w io.Writer, dir string, sc triage.Scores) {
	fmt.Fprintf(w, "corpus %s: %d triage cases, %d reply cases\n", dir, sc.TriageCases, sc.ReplyCases)
	rows := []struct {
		name       string
		got, floor float64
	}{
		{"question precision", sc.QuestionPrecision, 0},
		{"question recall", sc.QuestionRecall, 0},
		{"question F1", sc.QuestionF1, triage.Floors.QuestionF1},
		{"kind accuracy", sc.KindAccuracy, triage.Floors.KindAccuracy},
		{"needs_quote accuracy", sc.NeedsQuoteAccuracy, triage.Floors.NeedsQuoteAccuracy},
		{"skip precision", sc.SkipPrecision, triage.Floors.SkipPrecision},
		{"skip recall", sc.SkipRecall, triage.Floors.SkipRecall},
		{"reply decision accuracy", sc.ReplyAccuracy, triage.Floors.ReplyAccuracy},
	}
	switch {
	case sc.RepliesOnly():
		rows = rows[len(rows)-1:] // no triage cases: only the reply score means anything
	case sc.ReplyCases == 0:
		rows = rows[:len(rows)-1] // no replies: no reply score
	}
	for _, r := range rows {
		mark := ""
		if r.floor > 0 {
			mark = fmt.Sprintf("(floor %.2f)", r.floor)
			if r.got < r.floor {
				mark += "  BELOW"
			}
		}
		fmt.Fprintf(w, "  %-24s %.3f  %s\n", r.name, r.got, mark)
	}
	if !sc.RepliesOnly() {
		fmt.Fprintf(w, "  questions: %d matched, %d extra, %d missed\n", sc.TruePositives, sc.FalsePositives, sc.FalseNegatives)
	}
	if sc.ReplyCases > 0 {
		fmt.Fprintf(w, "  replies decided wrongly: %d (accepted or declined against the label; floor 0)\n", sc.ReplyWrong)
	}
}
