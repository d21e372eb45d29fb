package triage

// providerChoiceMatch: asking whether the firm will take a job on or the
// client stays with whoever does it now ("can you do it or do we stay
// with the bureau?") is a question about the firm's services, answered
// in a line (quick); the work itself is quoted once the client chooses.
// It names the other provider's side ("or do we stay with", "or do I
// keep him"), so "should we stick with X or switch to Y?" (advice on a
// choice: namedChoiceMatch) does not match.
const providerChoiceMatch = "or do i keep him|or do i keep her|or do i keep them|or do we keep him|or do we keep her|" +
	"or do we keep them|or do i stay with|or do we stay with|or do i stick with|or do we stick with|" +
	"or should i stay with|or should we stay with|or should i stick with|or should we stick with|" +
	"or do i keep using|or do we keep using|or do i go back to|or do we go back to"

// providerChoiceWeight outweighs the work an ask names ("take over the
// payroll"): the question is who does it, not the doing.
const providerChoiceWeight = 3.5

func init() {
	registerSignals([]Signal{quickCue(providerChoiceMatch, providerChoiceWeight, 1, "info")}, nil)
}
