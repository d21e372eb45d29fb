package triage

// paperworkNouns name the client's own billing paperwork.
var paperworkNouns = set("po po's purchase paperwork payment remittance")

// paperworkFollow say the paperwork comes later: "PO to follow", "payment
// will follow".
var paperworkFollow = set("follow follows following")

// paperworkSendVerbs, after a first-person future ("I'll send", "we
// will raise"), say the client sends the paperwork later.
var paperworkSendVerbs = set("send forward raise issue email get pass")

// paperworkFuture opens the client's own later act: "I'll", "we will".
var paperworkFuture = set("i'll we'll will shall")

// paperworkToFollow: the words before a condition say the client's
// paperwork will follow ("PO to follow once our accounts team are
// back", "I'll send the PO over once it's raised"): the condition is on
// the paperwork, not on the go-ahead.
func paperworkToFollow(ws []string) bool {
	noun, sendLater := false, false
	for i, w := range ws {
		if paperworkNouns.has(w) {
			if sendLater {
				return true
			}
			noun = true
		}
		if noun && paperworkFollow.has(w) {
			return true
		}
		sendLater = sendLater || i > 0 && paperworkSendVerbs.has(w) && paperworkFuture.has(ws[i-1])
	}
	return false
}

// maxPayeeWords bounds the name a billing aside addresses the invoice to
// ("…to Price & Sons Ltd rather than to me?").
const maxPayeeWords = 5

// payeeEnds end the payee's name: a conjunction, a question word, or a
// word that sets another term ("rather", "instead", "at").
var payeeEnds = set("and or but so how what is are does do will would rather instead not at for with please")

// afterPayee returns the words after a billing aside without the name it
// bills to: in "address the invoice to Lloyd-Price Interiors Ltd" the
// word "price" is part of a name, not the price of the work.
func afterPayee(aside, tail []string) []string {
	if len(aside) == 0 || aside[len(aside)-1] != "to" {
		return tail
	}
	k := payeeEnd(tail, 0)
	if k+1 < len(tail) && (tail[k] == "rather" && tail[k+1] == "than" || tail[k] == "instead" && tail[k+1] == "of") {
		// The payee set against another ("…to my company instead of me
		// personally"): the other is a payee too, no term of the work.
		j := k + 2
		if j < len(tail) && tail[j] == "to" {
			j++
		}
		k = payeeEnd(tail, j)
	}
	return tail[k:]
}

// payeeEnd returns where the payee's name opening at tail[i] ends.
func payeeEnd(tail []string, i int) int {
	k := i
	for k < len(tail) && k-i < maxPayeeWords && !payeeEnds.has(tail[k]) {
		k++
	}
	return k
}

// maxAddresseeWords bounds the name or address a billing aside sends the
// bill to before it sets another against it ("send the invoice to the
// office address on Mill Street rather than to the house").
const maxAddresseeWords = 8

// maxBillingAsideWords bounds a billing aside's own words ("make the invoice out
// to").
const maxBillingAsideWords = 5

// billedAddressee reports a partial cue at ws[start] ("rather than",
// "instead of") that follows a billing aside closing on "to" and its
// addressee within maxAddresseeWords: one addressee set against another,
// not a part of the work against the whole. Only read once a partial cue
// matched, which is rare.
func (c *clauseReader) billedAddressee(start int) bool {
	from := start - maxAddresseeWords - maxBillingAsideWords
	if from < 0 {
		from = 0
	}
	found := false
	c.rl.billingAsides.find(c.ws[from:start], func(_, _, end int) bool {
		found = c.ws[from+end-1] == "to" && start-(from+end) <= maxAddresseeWords
		return !found
	})
	return found
}
