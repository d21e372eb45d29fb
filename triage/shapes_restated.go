package triage

// A question the client says they are repeating ("just to repeat my
// question, are the searches back?", "as I asked before, is the van
// booked?") asks again what an ask earlier in the same message already
// asked: one ask, counted where it was first put. When nothing before it
// in the message asks about the same thing, it is the ask.

// restatementLeads open a sentence that says it repeats a question.
var restatementLeads = newLexicon([]string{"to repeat", "repeating", "to reiterate", "reiterating", "as i asked",
	"as we asked", "to ask again", "asking again", "i'll ask again", "i will ask again", "once again",
	"again"})

// minSharedWord is the shortest word that can tie a restated question to
// an earlier ask: shorter ones are mostly function words.
const minSharedWord = 5

// restatedAsk: the clause's lower-case words lw open with a restatement
// lead (after "just" and discourse markers) and share a content word with
// an ask already found in the message.
func restatedAsk(lw []string, out []Question) bool {
	if len(out) == 0 {
		return false
	}
	ws := stripLead(lw, 0)
	if len(ws) > 0 && ws[0] == "just" {
		ws = ws[1:]
	}
	end, ok := restatementLeads.hasAt(ws, 0)
	if !ok {
		return false
	}
	for _, q := range out {
		for _, w := range words(q.Text) {
			if len(w) < minSharedWord {
				continue
			}
			for _, v := range ws[end:] {
				if v == w {
					return true
				}
			}
		}
	}
	return false
}
