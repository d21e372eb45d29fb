package triage

import "slices"

// dropYesToAnswer drops the yes of a sentence that opens with a word of
// yes, maybe with courtesies, and goes on to say the firm's free answer
// did its job ("Yes, thanks - that answers it", "Yep, makes sense"): the
// yes takes the answer, not the quote, as a yes to a receipt does. Other
// cues of the sentence stand ("Yes, that makes sense - go ahead").
func (sv *replyEvidence) dropYesToAnswer(ws []string, rl *replyLexicons) {
	if !rl.bareYes.has(ws[0]) {
		return
	}
	i := 1
	for i < len(ws) && (rl.courtesies.has(ws[i]) || rl.bareYes.has(ws[i])) {
		i++
	}
	if _, ok := rl.understood.hasAt(ws, i); !ok {
		return
	}
	yes := func(c string) bool { return c == ws[0] }
	sv.weakAccept = slices.DeleteFunc(sv.weakAccept, yes)
	sv.ack = slices.DeleteFunc(sv.ack, yes)
}
