package triage

import (
	"strings"
	"testing"
)

// TestPoliteOnlyListIntro: a list introduced by a bare "Please:" or
// "Kindly:" holds the asks, each its own, and an item that opens with a
// verb and its object ("index the scans…", "bleed each radiator") is a
// request even when the verb is not a known request verb. "Please note:"
// and "Please see below:" introduce news, and a list of statements under
// them asks nothing. Sentences written for the test.
func TestPoliteOnlyListIntro(t *testing.T) {
	e := New(DefaultConfig())
	rows := []struct {
		name, body string
		want       []string // "kind:text" of each ask, in order
	}{
		{"please colon", "Hi,\n\nThe flat is empty from Monday. Please:\n\n- repaint the hallway ceiling\n- rehang the bathroom door\n\nThanks\nJo\n",
			[]string{"paid:repaint the hallway ceiling", "paid:rehang the bathroom door"}},
		{"kindly colon", "Hello,\n\nKindly:\n- reseal the shower tray\n- regrout the kitchen splashback\n\nAnn\n",
			[]string{"paid:reseal the shower tray", "paid:regrout the kitchen splashback"}},
		{"unknown verb", "Hi,\n\nBefore the audit, please:\n\n- collate all the delivery notes for March\n- tabulate the mileage claims by driver\n\nSam\n",
			[]string{"paid:collate all the delivery notes for March", "paid:tabulate the mileage claims by driver"}},
		{"could you please", "Hi,\n\nCould you please:\n1. prune the roses by the gate\n2. mulch the front beds\n\nTed\n",
			[]string{"paid:prune the roses by the gate", "paid:mulch the front beds"}},
		{"pls", "hi\n\npls:\n- recalibrate the scales in the shop\n- descale the coffee machine\n\nviv\n",
			[]string{"paid:recalibrate the scales in the shop", "paid:descale the coffee machine"}},
		{"guard: please note", "Hi,\n\nPlease note:\n\n- the office is shut on Friday\n- parking is at the rear\n\nKim\n", nil},
		{"guard: please see below", "Hi,\n\nPlease see below:\n\n- the van was serviced in May\n- the tyres are new\n\nKim\n", nil},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range e.Questions(tt.body) {
				got = append(got, string(q.Kind)+":"+q.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
