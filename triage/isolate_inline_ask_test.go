package triage

import (
	"strings"
	"testing"
)

// TestInlineAnswerThenAsk: a short answer typed under a quoted question
// is dropped, unless it goes on, unpunctuated, to ask the firm something
// ("no we sold it in june do you want the sale invoice"): that paragraph
// is kept and its ask read.
func TestInlineAnswerThenAsk(t *testing.T) {
	e := New(DefaultConfig())
	wrap := func(answer string) string {
		return "answers below\n\nOn Mon, 7 Dec 2026 at 09:10, Kim Roe <kim@example.test> wrote:\n" +
			"> Did you sell the old van, and which account did the money go to?\n\n" + answer + "\n\n> Thanks, Kim\n"
	}
	tests := []struct {
		name, answer, ask string // ask: how the ask read from the kept text ends, "" when the answer is dropped
	}{
		{"do you want", "no we sold it in june do you want the sale invoice", "no we sold it in june do you want the sale invoice"},
		{"do you need", "yes the grey one is fine do you need the deposit now", "yes the grey one is fine do you need the deposit now"},
		{"can you", "kept it till march can you send me the form", "can you send me the form"},
		{"will you", "not yet the bank is slow will you chase them", "will you chase them"},
		{"could you", "we closed it in june could you take it off the list", "could you take it off the list"},
		{"guard: a plain answer", "yes both of them", ""},
		{"guard: thank you", "no thank you", ""},
		{"guard: you before the auxiliary", "yes if you can", ""},
		{"guard: a cash sale", "sale, cash job", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.Isolate(wrap(tt.answer))
			if kept := strings.Contains(got, tt.answer); kept != (tt.ask != "") {
				t.Fatalf("Isolate kept %v, want %v:\n%s", kept, tt.ask != "", got)
			}
			if tt.ask == "" {
				return
			}
			var asks []string
			for _, q := range e.Questions(got) {
				asks = append(asks, q.Text)
			}
			if len(asks) != 1 || !strings.HasSuffix(asks[0], tt.ask) {
				t.Errorf("Questions = %q, want %q", asks, tt.ask)
			}
		})
	}
}

// TestRunOnDoYou: "do you" after a statement, with no joiner, opens a
// question to the firm in a run-on, as "can you" does; after "how
// much" or a wh-word it is part of the question already asked.
func TestRunOnDoYou(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a delivery", "the tiles arrived this morning do you want a photo of the delivery note",
			[]string{"quick: do you want a photo of the delivery note"}},
		{"do u", "sorted the bank thing this morning do u need anything else from me",
			[]string{"quick: do u need anything else from me"}},
		{"a contract", "hiya the new starter signed her contract do you need a copy for payroll",
			[]string{"quick: do you need a copy for payroll"}},
		{"a report", "hi mo the alarm engineer came round do you need his report",
			[]string{"quick: the alarm engineer came round do you need his report"}},
		{"after an answer", "no we sold it in june do you want the sale invoice",
			[]string{"quick: no we sold it in june do you want the sale invoice"}},
		// One question, not split at "do you" (TestWantedToAsk makes it an ask).
		{"guard: how much", "i wanted to ask how much do you charge for a boiler service",
			[]string{"quick: i wanted to ask how much do you charge for a boiler service"}},
		{"guard: after what", "hi could you tell me what do you need from us for the audit",
			[]string{"quick: could you tell me what do you need from us for the audit"}},
		// A wh-phrase of several words before "do you" is one question.
		{"guard: which day of", "Which day of the month do you run payroll?",
			[]string{"quick: Which day of the month do you run payroll?"}},
		{"guard: what time on", "what time on friday do you close the office",
			[]string{"quick: what time on friday do you close the office"}},
	})
}
