package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/triage"
)

// handlerFunc is a mailbox handler: a draft builder for the bench.
type handlerFunc = func(ctx context.Context, m *mailbox.Message) (mailbox.Result, error)

// newHandler returns the named draft builder: "echo" answers every message
// with a fixed short draft and costs next to nothing; "pipeline" triages
// each message and prices and renders its draft with the real triage and
// quoting packages, as the app does (without the ledger and config).
func newHandler(name string) (handlerFunc, error) {
	switch name {
	case "echo":
		return echoDraft, nil
	case "pipeline":
		return pipelineHandler()
	}
	return nil, fmt.Errorf("unknown handler %q (want echo or pipeline)", name)
}

// echoDraft answers every message with a short draft quoting its subject.
func echoDraft(_ context.Context, m *mailbox.Message) (mailbox.Result, error) {
	subj := "your message"
	from := "client@client.test"
	sc := bufio.NewScanner(strings.NewReader(string(m.Raw)))
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			break
		}
		if v, ok := strings.CutPrefix(line, "Subject: "); ok {
			subj = v
		}
		if v, ok := strings.CutPrefix(line, "From: "); ok {
			from = v
		}
	}
	d := fmt.Sprintf("From: rep@example.com\r\nTo: %s\r\nSubject: Re: %s\r\nMessage-ID: <%s@fivemin.invalid>\r\n%s: %s\r\n\r\nThanks, I'll look at it within my five free minutes.\r\n",
		from, subj, m.Token[:24], mailbox.HeaderSource, m.Token)
	return mailbox.Result{Draft: []byte(d)}, nil
}

// pipelineHandler triages, prices and drafts like the app's handler, with
// the default triage configuration and a small price list.
func pipelineHandler() (handlerFunc, error) {
	eng := triage.New(triage.DefaultConfig())
	drafter, err := quoting.NewDrafter("")
	if err != nil {
		return nil, err
	}
	usd := quoting.MustParseCurrency("USD")
	hourly, err := usd.ParseAmount("250.00")
	if err != nil {
		return nil, err
	}
	tax, err := usd.ParseAmount("300.00")
	if err != nil {
		return nil, err
	}
	rates := &quoting.Rates{Currency: usd, Default: hourly, Category: map[string]quoting.Money{"tax": tax},
		RoundMinutes: 15, BlockMinutes: 30}
	format := quoting.NewFormatter(language.AmericanEnglish)
	return func(_ context.Context, m *mailbox.Message) (mailbox.Result, error) {
		res := eng.AnalyzeBytes(m.Raw)
		if res.Skip {
			return mailbox.Result{Skip: string(res.SkipReason)}, nil
		}
		q, err := rates.Price(res, quoting.For{Source: m.Token, Rep: m.Account})
		if err != nil {
			return mailbox.Result{}, fmt.Errorf("pricing: %w", err)
		}
		now := time.Now()
		d, err := drafter.Reply(quoting.ReplyInput{
			Result: res, Quote: q, Source: m.Token,
			Firm:       quoting.Firm{Name: "Bench Bookkeeping", Domain: "example.com"},
			Rep:        quoting.Rep{Name: "Bench Rep", Address: m.Account, Signature: "Bench Rep\nBench Bookkeeping"},
			Format:     format,
			ValidUntil: now.AddDate(0, 0, 14),
			AskWritten: true,
			Now:        now,
		})
		if err != nil {
			return mailbox.Result{}, fmt.Errorf("drafting: %w", err)
		}
		return mailbox.Result{Draft: d.Raw}, nil
	}, nil
}
