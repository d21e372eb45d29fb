package triage

import "strings"

// A price, figure or quote asked for a job named by a verb in -ing with
// its own object ("a figure for relining the chimney", "a price for
// refurbishing the bar stools", "quote us for stripping out the old
// kitchen") asks the firm to size that job: estimating, paid, even when
// the job's own verb is in no list. Goods ("a price for 200 mugs"), a
// bare -ing noun ("a price for flooring", "a quote for something
// similar"), an item added or hired ("a price for adding a page",
// itemGerunds) and a job that adds counted goods ("quote for fitting two
// more screens", priceForJob) match nothing. Table rows in TestJobPrice
// (words_kind_job_price_test.go).
const jobPriceMatch = "price for|figure for|quote for|quotation for|estimate for|costing for|price on|figure on"

// jobPriceWeight outweighs a request's lean to an answer ("can you give
// me …" reads as asking for a fact).
const jobPriceWeight = 2.5

// itemGerunds name no work of the firm's, only an item had or added:
// "a price for adding a booking page", "for hiring the hall", "for
// having two more cameras" is the item's list price.
var itemGerunds = set("adding including getting buying ordering having using hiring renting booking")

// jobParticles may stand between a job's verb and its object: "stripping
// out the kitchen", "fitting up the shop".
var jobParticles = set("out up off down in back over")

func init() {
	registerSignals([]Signal{{Match: jobPriceMatch, Kind: "paid", Weight: jobPriceWeight, Minutes: 45, Act: "prepare"}}, nil)
}

// jobPriceUnmet vetoes the job-price cue at ws[:end] unless a job in
// -ing with an object follows it.
func (e *Engine) jobPriceUnmet(ws []string, end, si int) bool {
	if e.signals[si].Match != jobPriceMatch {
		return false
	}
	if end >= len(ws) || len(ws[end]) <= 4 || !strings.HasSuffix(ws[end], "ing") || itemGerunds.has(ws[end]) {
		return true
	}
	k := end + 1
	if k < len(ws) && jobParticles.has(ws[k]) {
		k++
	}
	return k >= len(ws) || !detWords.has(ws[k]) || countedItems(ws, k)
}
