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

// goodsOrderWeight outweighs a request's form and an unknown verb read as
// work; a word of making ("design", "print", "custom") still wins.
const goodsOrderWeight = 3

func init() {
	wordClasses["supply"] = supplyVerbs
	wordClasses["tradeunit"] = tradeUnits
	registerSignals(goodsSignals, nil)
}

// goodsSignals: the supply verb, then within two gaps the unit ("bump
// PO 55821 from 40 to 60 cases of …").
var goodsSignals = []Signal{
	{Match: "{supply} ... {tradeunit} of|{supply} ... ... {tradeunit} of|{supply} ... pallets|{supply} ... ... pallets|{supply} ... pallet of",
		Kind: "quick", Weight: goodsOrderWeight, Minutes: 2, Act: "send"},
}
