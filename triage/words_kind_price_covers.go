package triage

// What a price already covers is a fact the firm knows: "does the quote
// you're drawing up include delivery, or is that extra?", "is the
// mileage charged separately?". A work verb that only describes the
// quote ("the quote you're preparing") made such questions paid. Only
// asked as a question: "rewrite the list so each price includes VAT" is
// work. Table
// rows in TestPriceCovers.
var pricedThings = set("quote quotation price estimate fee fees cost costs charge rate invoice total package")

var priceCoverSignals = []Signal{
	{Match: "does {det} {pricedthing} ... include|does {det} ... {pricedthing} ... include|will {det} {pricedthing} ... include|" +
		"does {det} {pricedthing} ... cover|does {det} ... {pricedthing} ... cover|will {det} {pricedthing} ... cover|" +
		"or is that extra|or is it extra|is that extra|is it extra|is that on top|is it on top|cost extra|costs extra|" +
		"charged extra|charged separately|charge separately|priced separately|billed separately",
		Kind: "quick", Weight: slotWeight, Minutes: 1, Act: "info"},
}

func init() {
	wordClasses["pricedthing"] = pricedThings
	registerSignals(priceCoverSignals, nil)
}
