package triage

import "strings"

// A question someone else is putting ("the tenant is asking when the
// deposit comes back") is passed on for the firm to answer: the frames
// "is asking when/whether/for…" are in words.go. When the client's own
// ask to the firm follows, the relayed question is its background: "Our
// tenant is asking whether she can keep a cat. Can you check the lease?"
// asks once.

// relayedBeforeAsk: sentence s relays another's question and next asks
// one of its own.
func (e *Engine) relayedBeforeAsk(s, next string) bool {
	if !strings.Contains(s, " asking ") {
		return false // most sentences: no words read
	}
	ws := scratchWords(s)
	relays := relaysQuestion(*ws)
	dropWords(ws)
	if !relays {
		return false
	}
	c := e.clause(next)
	return c.ask
}

// relaysQuestion: ws hold "is/are asking" followed by a wh-word,
// "whether" or "if".
func relaysQuestion(ws []string) bool {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] == "asking" && (ws[i-1] == "is" || ws[i-1] == "are") && relayOpeners.has(ws[i+1]) {
			return true
		}
	}
	return false
}

// relayOpeners open the question relayed after "is asking".
var relayOpeners = set("what when where which who why how whether if")
