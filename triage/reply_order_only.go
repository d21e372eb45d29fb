package triage

// A reply that is only the client's order reference, "PO 8830417" or
// "Our purchase order number is 20931-B", answers the quote by raising
// the order that pays for it: a yes, as "Yes." alone is (a bare yes, so
// any no or question elsewhere in the reply still decides against it).
// The reference must be the whole sentence: "PO 4410 was for the last
// job" or "PO Box 41" are not an order raised.

// orderLeads may open the reference: "our PO …", "here's the PO …".
var orderLeads = set("our my the here's here is")

// orderNouns name the order; "order" alone only with an orderLabels word
// after it ("order number 3907"), since "order 3907" may be a delivery.
var orderNouns = set("po pos purchase")

// orderLabels may stand between the order and its number: "PO number",
// "purchase order ref", "PO no. is".
var orderLabels = set("order number no ref reference is")

// maxOrderIDWords bounds the words of the reference itself, letters of
// two or fewer and words with digits, one with a digit at least
// ("88213-K" is two words, "CP 2026 0041" three; "PO Box 41" has none).
const maxOrderIDWords = 3

// orderReferenceOnly reports a sentence that is only an order reference
// with its number, maybe with thanks: "PO 8830417", "Purchase order:
// 7781, thanks."
func orderReferenceOnly(ws []string, rl *replyLexicons) bool {
	i := orderHeadEnd(ws)
	if i < 0 {
		return false
	}
	i, ok := orderIDEnd(ws, i, rl)
	if !ok {
		return false
	}
	for _, w := range ws[i:] {
		if !rl.courtesies.has(w) {
			return false
		}
	}
	return true
}

// orderHeadEnd returns where the words naming the order end ("our PO
// number is" → the index after "is"), or -1 when ws opens with none.
func orderHeadEnd(ws []string) int {
	i := 0
	for i < len(ws) && orderLeads.has(ws[i]) {
		i++
	}
	if i >= len(ws) || !orderNouns.has(ws[i]) && !(ws[i] == "order" && i+1 < len(ws) && orderLabels.has(ws[i+1])) {
		return -1
	}
	i++
	for i < len(ws) && orderLabels.has(ws[i]) {
		i++
	}
	return i
}

// orderIDEnd returns where the reference that opens at ws[i] ends, and
// whether it is one (a word with a digit among its words).
func orderIDEnd(ws []string, i int, rl *replyLexicons) (int, bool) {
	digits := false
	for n := 0; i < len(ws) && n < maxOrderIDWords && (hasDigit(ws[i]) || len(ws[i]) <= 2 && !rl.courtesies.has(ws[i])); n++ {
		digits = digits || hasDigit(ws[i])
		i++
	}
	return i, digits
}

// hasDigit reports a word with a digit in it.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}
