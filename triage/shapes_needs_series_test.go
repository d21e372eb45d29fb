package triage

import (
	"strings"
	"testing"
)

// askTextsRow is one body and the asks it must give, in order (each want
// a prefix of the ask's text after trimming).
type askTextsRow struct {
	name, body string
	want       []string
}

func runAskTexts(t *testing.T, rows []askTextsRow) {
	t.Helper()
	e := New(DefaultConfig())
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			qs := e.Questions(tt.body)
			var got []string
			for _, q := range qs {
				got = append(got, q.Text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d asks %q, want %d %q", len(got), got, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("ask %d = %q, want it to hold %q", i, got[i], w)
				}
			}
		})
	}
}

// TestNeedsDoingSeries: "the X needs <job>, and the Y needs <job>" (after
// a lead-in or not) lists two jobs: two asks. A clause of the speaker's
// own after "and", or a thing with no job, is no list of jobs: the
// sentence stays a report, as a need followed by a clause always was.
func TestNeedsDoingSeries(t *testing.T) {
	runAskTexts(t, []askTextsRow{
		{"two jobs after colon", "Hi Mo,\n\nWhile you're here on Monday: the shed roof needs resealing, and the side gate needs fixing.\n\nAnn\n",
			[]string{"the shed roof needs resealing", "the side gate needs fixing"}},
		{"plain pair", "Hello,\n\nThe payroll for March needs redoing and the P45 for Jo needs sending.\n\nKit\n",
			[]string{"The payroll for March needs redoing", "the P45 for Jo needs sending"}},
		{"three jobs", "Hi,\n\nThe boiler needs servicing, the radiators need bleeding and the tap in the en-suite needs replacing.\n\nLou\n",
			[]string{"The boiler needs servicing", "the tap in the en-suite needs replacing"}},
		{"job noun second", "Hi Cy,\n\nOur website footer needs updating and the contact page needs a complete redesign.\n\nBo\n",
			[]string{"Our website footer needs updating", "the contact page needs a complete redesign"}},
		{"lead then pair", "Hi Pat,\n\nA couple of jobs for the spring: the hedges need trimming, and the lawn edges need cutting.\n\nRae\n",
			[]string{"the hedges need trimming", "the lawn edges need cutting"}},
		{"guard: own clause after and", "Hi,\n\nThe fence needs painting and we can do that ourselves. Is the invoice ready?\n\nIda\n",
			[]string{"Is the invoice ready?"}},
		{"guard: second need has no job", "Hi,\n\nThe van needs servicing and the garden needs rain.\n\nIda\n",
			nil},
		{"guard: news after and", "Hi,\n\nThe alarm needs testing and the engineer said it was fine last year.\n\nIda\n",
			nil},
		{"guard: no job at all", "Hi,\n\nThe garden needs sun and the kids need a holiday. Is Friday still fine for the visit?\n\nIda\n",
			[]string{"Is Friday still fine for the visit?"}},
	})
}
