package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/demo"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/triage"
)

func runDraft(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "draft", "[--config FILE] [--rep ADDRESS|NAME] [--tier A-E] [--json] FILE ('-' reads standard input)")
	cfgPath := fs.String("config", "", "configuration `file` (default: the demo firm's settings)")
	repAddr := fs.String("rep", "", "answer as this configured rep, by `address or name` (default: the one the message is addressed to, else the first)")
	tier := fs.String("tier", "", "client `tier` A-E to apply (default: none)")
	asJSON := fs.Bool("json", false, "print the priced quote as JSON instead of the message")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: want exactly one message file", errUsage)
	}
	cfg, err := draftConfig(*cfgPath)
	if err != nil {
		return err
	}
	raw, err := readInput(e, fs.Arg(0))
	if err != nil {
		return err
	}
	t, err := parseTier(*tier)
	if err != nil {
		return err
	}
	res := triage.New(cfg.TriageFor(t)).AnalyzeBytes(raw)
	rep, err := pickRep(cfg, *repAddr, res)
	if err != nil {
		return err
	}
	source := mailbox.Token(rep.Address, raw)
	q, err := cfg.Pricing().Price(res, quoting.For{Source: source, Rep: rep.Address, Tier: t})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(q)
	}
	if res.Skip {
		fmt.Fprintf(e.stderr, "fivemin draft: %s: no draft: triage skips this message (%s)\n", fs.Arg(0), res.SkipReason)
		return exitError{code: 1}
	}
	d, err := quoting.NewDrafter(cfg.Quote.TemplatesDir)
	if err != nil {
		return err
	}
	now := time.Now()
	validUntil := quoteValidUntil(cfg, q, now)
	draft, err := d.Reply(quoting.ReplyInput{
		Result: res, Quote: q, Source: source,
		Firm:    quoting.Firm{Name: cfg.Firm.Name, Domain: cfg.Firm.Domain, OwnDomains: cfg.Firm.OwnDomains},
		Rep:     quoting.Rep{Name: rep.Name, Address: rep.Address, Signature: rep.Signature},
		Variant: cfg.Tier(t).Template, Format: cfg.Formatter(), ValidUntil: validUntil,
		AskWritten: cfg.Quote.AskWrittenGoAhead, HTML: cfg.Quote.HTML, Now: now, BlockMinutes: cfg.Rates.BlockMinutes,
		HistoryBytes: cfg.Quote.HistoryBytes,
	})
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(draft.Raw)
	return err
}

// parseTier reads --tier: one letter A to E, or "" for none.
func parseTier(tier string) (string, error) {
	t := strings.ToUpper(tier)
	if t != "" && !strings.Contains("ABCDE", t) || len(t) > 1 {
		return "", fmt.Errorf("%w: --tier must be one of A to E", errUsage)
	}
	return t, nil
}

// quoteValidUntil is when q's offer lapses, zero when it has no paid lines
// or the firm sets no validity.
func quoteValidUntil(cfg *config.Config, q *quoting.Quote, now time.Time) time.Time {
	if len(q.Lines) == 0 || cfg.Quote.ValidityDays <= 0 {
		return time.Time{}
	}
	return now.In(cfg.Location()).AddDate(0, 0, cfg.Quote.ValidityDays)
}

// draftConfig loads the configuration, or the demo firm's without one.
func draftConfig(path string) (*config.Config, error) {
	if path != "" {
		return config.Load(path, config.Options{SkipSecrets: true})
	}
	return demoFirmConfig()
}

// demoFirmConfig is the demo firm's configuration, without servers.
func demoFirmConfig() (*config.Config, error) {
	return config.Parse("demo firm", []byte(demo.ConfigTOML(143, 587, "fivemin.db")), config.Options{SkipSecrets: true})
}

// pickRep chooses who answers: --rep, else the configured rep the message
// was addressed to, else the first rep.
func pickRep(cfg *config.Config, want string, res *triage.Result) (*config.Rep, error) {
	if len(cfg.Reps) == 0 {
		return nil, fmt.Errorf("%s configures no [[rep]] to draft as", cfg.File)
	}
	if want != "" {
		return findRep(cfg, want)
	}
	for _, to := range res.To {
		if r, ok := cfg.Rep(to.Address); ok {
			return r, nil
		}
	}
	return &cfg.Reps[0], nil
}

func readInput(e *env, name string) ([]byte, error) {
	if name == "-" {
		return readAllLimited(e.stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAllLimited(f)
}
