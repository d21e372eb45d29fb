package ledger

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"
)

// TestConcurrentUse runs writers and report readers at once (go test -race
// checks the ledger shares nothing unsafely) and checks that no write was
// lost.
func TestConcurrentUse(t *testing.T) {
	ctx := context.Background()
	l, _ := newTestLedger(t)
	const writers, each = 4, 15
	var wg sync.WaitGroup
	errs := make(chan error, writers+1)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				tok := fmt.Sprintf("w%d-%d", w, i)
				q := sampleQuote(tok, t0.Add(time.Duration(i)*time.Minute))
				if _, err := l.Record(ctx, Entry{Email: sampleEmail(tok, q.CreatedAt), Quote: &q}); err != nil {
					errs <- err
					return
				}
				if _, err := l.DraftSent(ctx, SentDraft{SourceToken: tok, MessageID: "<s-" + tok + ">"}); err != nil {
					errs <- err
					return
				}
				if i%3 == 0 {
					if _, err := l.ApplyReply(ctx, Reply{MessageID: "<r-" + tok + ">", InReplyTo: []string{"<s-" + tok + ">"}, Decision: DecisionAccepted}); err != nil {
						errs <- err
						return
					}
				}
			}
		}()
	}
	done, readerDone := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(readerDone)
		for {
			select {
			case <-done:
				return
			default:
			}
			r, err := l.Report(ctx, Filter{}, ByRep)
			if err != nil {
				errs <- err
				return
			}
			// Every read is one consistent view: an email and its quote
			// are recorded together.
			if r.Totals.Emails != r.Totals.Quotes {
				errs <- fmt.Errorf("torn read: %d emails, %d quotes", r.Totals.Emails, r.Totals.Quotes)
				return
			}
		}
	}()
	wg.Wait()
	close(done)
	<-readerDone
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	r, err := l.Report(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Totals.Emails != writers*each || r.Totals.Sent != writers*each || r.Totals.Accepted != writers*5 {
		t.Fatalf("after concurrent writes: %+v", r.Totals)
	}
}
