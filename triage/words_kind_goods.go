package triage

// Stock ordered or changed: a buyer asking a supplier to send, add or
// change a quantity of goods counted in trade units ("get 3 pallets of the
// wrap to us", "add 10 rolls of tape", "up the order to 60 cases of the
// filler") puts an order through, a minute's work, not production. Making
// the goods to order stays paid through its own words (design, print,
// custom). Table rows in TestGoodsOrderKinds (words_kind_goods_test.go).

// supplyVerbs move or change stock on an order.
var supplyVerbs = set("get add bump order ship deliver dispatch send increase reduce up top drop")

// tradeUnits count goods in the trade; all but pallets only as "N units
// of" ("cases of the filler"), since "the cases", "the boxes" and "the
// bags" alone may be files, servers or luggage.
var tradeUnits = set("rolls cartons crates reels sacks drums bundles cases boxes packs bags tubs tins bottles")

// tradeTermsWeight outweighs a making word named as the subject of the
// term ("the minimum order for printed boxes": print, 2.5) but not a
// request to make something (design, 3).
const tradeTermsWeight = 2.8

// goodsOrderWeight outweighs a request's form and an unknown verb read as
// work; a word of making ("design", "print", "custom") still wins.
const goodsOrderWeight = 3

func init() {
	wordClasses["supply"] = supplyVerbs
	wordClasses["tradeunit"] = tradeUnits
	registerSignals(goodsSignals, nil)
	registerSignals(tradeTermSignals, nil)
}

// goodsSignals: the supply verb, then within two gaps the unit ("bump
// PO 55821 from 40 to 60 cases of …").
var goodsSignals = []Signal{
	{Match: "{supply} ... {tradeunit} of|{supply} ... ... {tradeunit} of|{supply} ... pallets|{supply} ... ... pallets|{supply} ... pallet of",
		Kind: "quick", Weight: goodsOrderWeight, Minutes: 2, Act: "send"},
	// A shop ordering an item in for a customer, keeping one aside or
	// checking it is in stock: "could you order in a glucose monitor",
	// "put a box aside for me", "a stock check on the blue paint"
	// (TestItemOrderedIn). A stock-take of a whole store has no item
	// after "on" and stays work.
	// Time set aside ("set aside a day to review…") is not an item kept.
	{Match: "order in {det}|order one in|order it in|order them in|order some in|put {det} ... aside|keep {det} ... aside|" +
		"aside for me|aside for us|aside for my|aside for our|" +
		"stock check on|check stock of|check your stock of|check you have {det} ... in stock|have {det} ... in stock",
		Kind: "quick", Weight: goodsOrderWeight, Minutes: 2, Act: "send"},
}

// tradeTermSignals: a supplier's standing terms (minimum order, lead
// time, stock) are facts on its price list: "what's the minimum order for
// printed sleeves?", "what's your lead time on custom labels?".
var tradeTermSignals = []Signal{
	{Match: "minimum order|minimum orders|minimum order quantity|moq|minimum run|minimum print run|minimum quantity|min order|" +
		"lead time|lead times|leadtime|back in stock|in stock",
		Kind: "quick", Weight: tradeTermsWeight, Minutes: 1, Act: "info"},
}
