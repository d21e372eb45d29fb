package main

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/app"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/cmd/fivemin/internal/ops"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/quoting/tiers"
	"golang.org/x/text/language"
)

func runClients(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "clients", "[--config FILE | --state PATH] [--format table|csv|json] [--leakage [--since DATE] [--until DATE]]")
	sf := addStateFlags(fs)
	format := fs.String("format", "table", "output `format`: table, csv or json")
	leakage := fs.Bool("leakage", false, "show the free minutes given away per month, by rep and client, instead of the ranking")
	since := fs.String("since", "", "leakage from this `date` (YYYY-MM-DD; default 12 months ago)")
	until := fs.String("until", "", "leakage until this `date`, exclusive (YYYY-MM-DD; default now)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	if _, err := tiers.ParseFormat(*format); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	q := ops.ClientsQuery{Format: *format, Leakage: *leakage}
	var err error
	if q.Since, err = parseDay(*since); err != nil {
		return fmt.Errorf("%w: --since: %v", errUsage, err)
	}
	if q.Until, err = parseDay(*until); err != nil {
		return fmt.Errorf("%w: --until: %v", errUsage, err)
	}
	c, err := connect(ctx, e, sf, false)
	if err != nil {
		return err
	}
	defer c.close()
	out, err := c.svc.Clients(ctx, q)
	if err != nil {
		return err
	}
	if c.cfg == nil && !*leakage {
		if c.storedTiers {
			fmt.Fprintln(e.stderr, "fivemin clients: no --config: tiers use the settings recorded in the state file")
		} else {
			fmt.Fprintln(e.stderr, "fivemin clients: no --config: tiers use the default thresholds, which rank no one without [clients] revenue_high")
		}
	}
	fmt.Fprintf(e.stderr, "fivemin clients: read from %s\n", c.via)
	_, err = e.stdout.Write(out)
	return err
}

// clientsOutput renders the ranking or the leakage from a ledger, with the
// configuration's tier settings, or without one those stored (the
// defaults when stored is nil).
func clientsOutput(led *ledger.Ledger, cfg *config.Config, stored *tiers.Settings) func(context.Context, ops.ClientsQuery) ([]byte, error) {
	return func(ctx context.Context, q ops.ClientsQuery) ([]byte, error) {
		f, err := tiers.ParseFormat(q.Format)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ledger.ErrInvalid, err)
		}
		var s tiers.Settings
		fm := quoting.NewFormatter(language.AmericanEnglish)
		switch {
		case cfg != nil:
			s, fm = app.TierSettings(cfg), cfg.Formatter()
		case stored != nil:
			s = *stored
		}
		r := tiers.New(led, tiers.Options{})
		var buf bytes.Buffer
		if q.Leakage {
			until := q.Until
			if until.IsZero() {
				until = time.Now()
			}
			since := q.Since
			if since.IsZero() {
				since = until.AddDate(-1, 0, 0)
			}
			lk, err := r.Leakage(ctx, s, since, until)
			if err != nil {
				return nil, err
			}
			err = lk.Write(&buf, f, fm)
			return buf.Bytes(), err
		}
		rk, err := r.Rank(ctx, s)
		if err != nil {
			return nil, err
		}
		err = rk.Write(&buf, f, fm)
		return buf.Bytes(), err
	}
}

// parseDay reads YYYY-MM-DD (empty: zero time).
func parseDay(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.ParseInLocation("2006-01-02", s, time.Local)
}
