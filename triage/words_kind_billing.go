package triage

import "strings"

// Prices and billing asked of the firm. Asking the firm to quote or
// price goods ("could you quote for 300 mugs?", "price up a new gate")
// asks for its price, a fact it looks up in a minute. A quote for a job
// named by its work ("quote us for rewiring the barn") is estimating
// work and is left to the job's own words (priceForJob). Telling it whom to invoice or which order
// number to put on the invoice is an instruction noted in a minute.
// Quoting a text ("quote the clause in your letter") names no client
// after the verb and does not match. Table rows in TestPriceAndBilling
// (words_kind_billing_test.go).

// priceQuoteWeight outweighs a request's form and one work word in the
// job quoted ("logo", "design"), as a price question does.
const priceQuoteWeight = 3

// billingWeight: an instruction about the invoice, above a request's
// form; named work of the firm's in the same ask still wins.
const billingWeight = 2

// priceQuoteMatch: a quote or a price asked for: "could you quote for
// …", "price up a new porch", "give me a price for 200 mugs", "a rough
// price for the lot".
const priceQuoteMatch = "you quote for|you quote us|you quote me|quote us for|quote me for|please quote for|" +
	"price up|price it up|price this up|price them up|" +
	"give {me} a price|give {me} a quote|give {me} a rough price|give {me} a quotation|" +
	"send {me} a quote|send {me} a price|send {me} a quotation|send over a quote|send over a price|" +
	// However it is framed: "I'd be grateful for a rough price for …".
	"rough price|rough quote|rough quotation|ballpark price|ballpark quote|" +
	// An idea of what a job of the firm's costs is its price too: "a
	// rough idea of what a full survey would cost" (TestIdeaOfCost). "a"
	// or "an" names a kind of job; what "the scheme" or "our move" would
	// cost the client is worked out, not looked up.
	"idea of what a ... cost|idea of what a ... costs|idea of what a ... ... cost|idea of what a ... ... costs|" +
	"idea of what an ... cost|idea of what an ... costs|idea of what an ... ... cost|idea of what an ... ... costs|" +
	"idea of what you charge|idea of the cost of a|idea of the cost of an|idea of the price of a|idea of the price of an|" +
	"idea of your fee|idea of your fees|idea of your price|idea of your prices"

func init() {
	registerSignals(priceBillingSignals, nil)
}

// priceForJob: the price cue at ws[start:end] is followed (after "for"
// or "on") by work in -ing ("quote us for fitting out the van"): a
// quote for a job, not for goods, unless the work adds counted goods
// ("quote for adding two more screens").
func (e *Engine) priceForJob(ws []string, end, si int) bool {
	if e.signals[si].Match != priceQuoteMatch {
		return false
	}
	if end < len(ws) && (ws[end] == "for" || ws[end] == "on") {
		end++
	}
	if end >= len(ws) || len(ws[end]) <= 4 || !strings.HasSuffix(ws[end], "ing") {
		return false
	}
	return !countedItems(ws, end+1)
}

// countedItems: a count opens ws[i:] ("two more cameras", "40 extra
// desks", "another sign"): the work adds goods counted out, and their
// price is the firm's list price.
func countedItems(ws []string, i int) bool {
	if i >= len(ws) || ws[i] == "" {
		return false
	}
	w := ws[i]
	_, n := countNumbers[w]
	return n || w == "another" || w[0] >= '0' && w[0] <= '9'
}

var priceBillingSignals = []Signal{
	// A quote asked for: "could you quote us for …", "price up a new
	// porch", "give me a price for 200 mugs".
	quickCue(priceQuoteMatch, priceQuoteWeight, 2, "info"),
	// Whom to bill and which order number: "invoice it to the charity",
	// "bill us rather than the tenant", "put our PO number on it".
	quickCue("invoice us|invoice me|invoice it to|invoice this to|invoice that to|bill us|bill me|bill it to|bill this to|"+
		"against po|against our po|against {det} po|against purchase order|against {det} purchase order|"+
		"our po number|{det} po number|po number on|purchase order number",
		billingWeight, 1, "confirm"),
	// An explanation wished for: "I'd like to understand why the
	// premium went up" asks why, answered from what the firm knows.
	quickCue("to understand why|understand why", 2, 2, "info"),
}
