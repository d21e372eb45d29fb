package triage

import "testing"

// TestForeignQuote: a message that is itself a quote to its reader (time
// priced at a rate and an offer to go ahead) gets no draft, so two quoting
// firms never price each other's quotes in a loop; a client who mentions a
// price or asks whether to send something still gets one.
func TestForeignQuote(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name, body string
		foreign    bool
	}{
		{"plain quote", "Hi Jo,\n\nThe cash-flow forecast will take about 3 hours at $140 per hour, so $420 in all.\nShall I go ahead?\n\nKim", true},
		{"rate first", "Thanks for your note. Redoing the floor plan is 4 hrs @ £75/h. Let me know if you'd like me to go ahead.", true},
		{"euro, lowercase", "bonjour, le bilan: 2 h x 90 eur. would you like us to proceed?", true},
		{"free minutes wording", "Beyond the free five minutes I would need 1.5 hours at €120 an hour.\nPlease let me know if you want me to start.", true},
		{"client quotes the price back", "Your note said 3 hours at $140 per hour. Could you do it in two?", false},
		{"client offers to send", "I can send the invoices at $40 each if that helps. Shall I go ahead and post them?", false},
		{"client asks for work", "Can you prepare the payroll summary? Last year it took about 2 hours.", false},
		{"rate without offer", "We pay our bookkeeper $45 an hour. Can you review her reconciliation?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: kim@otherfirm.test\nTo: jo@ourfirm.test\nSubject: Re: forecast\nContent-Type: text/plain; charset=utf-8\n\n" + tt.body + "\n"
			r := e.AnalyzeBytes([]byte(raw))
			if got := r.SkipReason == SkipForeignQuote; got != tt.foreign {
				t.Errorf("skip=%v %q, want foreign quote %v (questions %+v)", r.Skip, r.SkipReason, tt.foreign, r.Questions)
			}
			if tt.foreign && (!r.Skip || len(r.Questions) != 0 || r.NeedsQuote) {
				t.Errorf("a foreign quote must get no draft: %+v", r)
			}
		})
	}
}
