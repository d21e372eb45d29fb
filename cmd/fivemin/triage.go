package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/triage"
	"github.com/fivemin/fivemin/triage/address"
)

func runTriage(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "triage", "[--json] [--config FILE] FILE... ('-' reads standard input)")
	asJSON := fs.Bool("json", false, "print one JSON object per input, one per line")
	cfgPath := fs.String("config", "", "configuration `file` (its [triage] section and free minutes)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no files given", errUsage)
	}
	tcfg, err := triageConfig(*cfgPath)
	if err != nil {
		return err
	}
	if fs.NArg() > 1 {
		// A batch keeps little alive between messages: collecting less
		// often spends less time in the collector (a sixth of the run at
		// the default) for a few MB more. Not much less often: every page
		// the heap grows into costs a page fault on first touch, and over
		// a few thousand messages 200 measured about 5 % less CPU than 400
		// (and 100 more than 200). Set before the engine is built, so
		// building its tables does not start collections of a heap that
		// is nearly all live.
		defer debug.SetGCPercent(debug.SetGCPercent(200))
	}
	eng := triage.New(tcfg)
	// One write per batch of results, not one per message; lines still
	// go out in order and stderr notes are flushed behind them.
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	var buf []byte // one buffer for every small file: AnalyzeBytes keeps nothing of it
	for _, name := range fs.Args() {
		if ctx.Err() != nil {
			return errors.Join(ctx.Err(), out.Flush())
		}
		res, err := analyzeInput(eng, e, name, &buf)
		if err != nil {
			if ferr := out.Flush(); ferr != nil {
				return fmt.Errorf("writing output: %w", ferr)
			}
			fmt.Fprintf(e.stderr, "fivemin triage: %v\n", err)
			failed++
			continue
		}
		if *asJSON {
			if err := enc.Encode(triage.NewReport(name, res)); err != nil {
				return fmt.Errorf("writing output: %w", err)
			}
			continue
		}
		printSummary(out, name, res)
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if failed > 0 {
		return exitError{code: 1}
	}
	return nil
}

// triageConfig reads the triage settings from a config file, or the
// built-in defaults without one. Secrets are not needed to triage.
func triageConfig(path string) (triage.Config, error) {
	if path == "" {
		return triage.DefaultConfig(), nil
	}
	cfg, err := config.Load(path, config.Options{SkipSecrets: true})
	if err != nil {
		return triage.Config{}, err
	}
	return cfg.TriageFor(""), nil
}

// analyzeInput triages one named input; a small regular file is read
// whole into *buf, which grows as needed.
func analyzeInput(eng *triage.Engine, e *env, name string, buf *[]byte) (*triage.Result, error) {
	if name == "-" {
		return eng.Analyze(e.stdin), nil
	}
	b, f, err := readMessageFile(name, buf)
	if err != nil {
		return nil, err
	}
	if f != nil {
		defer f.Close()
		return eng.Analyze(f), nil
	}
	// Most mail is small: one read, then parsed in memory.
	return eng.AnalyzeBytes(b), nil
}

// sizedBuffer returns *buf resized to n bytes, growing it when needed.
func sizedBuffer(buf *[]byte, n int64) []byte {
	if int64(cap(*buf)) < n {
		*buf = make([]byte, n, max(n, 64<<10))
	}
	return (*buf)[:n]
}

// smallMessage is the size up to which a file is read whole before it is
// triaged; larger ones are streamed within the triage limits.
const smallMessage = 1 << 20

// printSummary writes the readable form of one result.
func printSummary(w io.Writer, name string, r *triage.Result) {
	from := ""
	if r.From != nil {
		from = address.Format(r.From)
	}
	fmt.Fprintf(w, "%s\n", name)
	fmt.Fprintf(w, "  from:    %s\n  subject: %s\n", from, r.Subject)
	if r.Language != "" {
		fmt.Fprintf(w, "  lang:    %s\n", r.Language)
	}
	if r.ReplyDecision != triage.DecisionNone {
		fmt.Fprintf(w, "  reply:   %s (%s)\n", r.ReplyDecision, r.ReplyReason)
	}
	if r.Skip {
		fmt.Fprintf(w, "  skip:    %s (no draft)\n", r.SkipReason)
	} else {
		printAsks(w, r)
	}
	for _, warn := range r.Warnings {
		fmt.Fprintf(w, "  warning: %s\n", strings.TrimSpace(warn))
	}
	fmt.Fprintln(w)
}

// printAsks prints the asks of a message to draft for: the count, the
// verdict, how quick asks beyond the free minutes are billed, and each ask.
func printAsks(w io.Writer, r *triage.Result) {
	quick, paid := 0, 0
	for _, q := range r.Questions {
		if q.Kind == triage.Quick {
			quick++
		} else {
			paid++
		}
	}
	verdict := "no quote needed"
	if r.NeedsQuote {
		verdict = fmt.Sprintf("quote needed for %d paid minutes", r.PaidMinutes())
	}
	fmt.Fprintf(w, "  asks:    %d quick (%d of %d free minutes), %d paid: %s\n", quick, r.QuickMinutes(), r.FreeMinutes, paid, verdict)
	if n := len(r.BilledQuick()); n > 0 {
		how := "quoted on one line"
		if r.QuickOverflow == triage.OverflowCall {
			how = "offered as a paid call"
		}
		fmt.Fprintf(w, "  billing: the %d quick asks beyond the free minutes are %s\n", n, how)
	}
	for i, q := range r.Questions {
		fmt.Fprintf(w, "  %2d. %-5s %4d min  %s  [%s]\n", i+1, q.Kind, q.Minutes, q.Text, strings.Join(askTags(q), ", "))
	}
}

// askTags are the notes printed after an ask.
func askTags(q triage.Question) []string {
	tags := []string{q.Act}
	if q.Kind == triage.Paid && q.Estimate != triage.EstimateDefault {
		tags = append(tags, string(q.Estimate))
	}
	if q.CheckEstimate {
		tags = append(tags, "check this estimate")
	}
	if q.Overflow {
		tags = append(tags, "beyond the free minutes")
	}
	if q.Kind == triage.Quick && q.Billed {
		tags = append(tags, "billed")
	}
	return tags
}
