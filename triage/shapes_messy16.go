package triage

// Shapes of real-inbox mail found by the messy16 set (issue #11). Each is
// a general rule with table rows in TestMessy16Shapes.

// deadlinePronouns point back at the work just asked for when its deadline
// is stated after it without punctuation: "… do the forecast its due
// friday", "… file it, they're due on the 7th".
var deadlinePronouns = set("its it's theyre they're thats that's")

// dueSubjects open "it is due", "they are due".
var dueSubjects = set("it they that this")

// statedDeadline: a deadline word in a statement tacked on after an ask
// ("can you do the payroll its due friday") states when the work must be
// done; it does not ask for a date, as "when is it due?" or "is it due
// this month?" do. The ask before it decides the kind.
func (e *Engine) statedDeadline(ws []string, start, si int) bool {
	if e.signals[si].Act != "date" || ws[start] != "due" || start < 5 {
		return false
	}
	p := start - 1
	switch {
	case deadlinePronouns[ws[p]]:
	case (ws[p] == "is" || ws[p] == "are") && dueSubjects[ws[p-1]]:
		p--
	default:
		return false
	}
	if auxWords[ws[0]] && dueSubjects[ws[1]] {
		return false // "is it due …", "are they due …": asks the date
	}
	for _, w := range ws[:p] {
		if whWords[w] || whetherWords[w] {
			return false // "when it's due", "whether it's due": asks it
		}
	}
	return p >= 4
}

// messy16Signals are the signals of the rules above.
var messy16Signals = []Signal{
	// Adding one field of a record to where it is shown is one step, as
	// changing it is: "can you add our new address to the footer?",
	// "please add my mobile number to the invoice template". The place
	// after "to"/"on" keeps "add a date picker" (a feature) out.
	{Match: "add {det} ... {detail} to|add {det} ... {detail} on|add {det} ... {detail} onto|add {detail} to|add {detail} on|" +
		"add {det} ... {detail} number to|add {det} ... {detail} number on|add {det} ... {detail} address to|add {det} ... {detail} address on",
		Kind: "quick", Weight: detailEditWeight, Minutes: 2, Act: "info"},
}

func init() { registerSignals(messy16Signals, nil) }

// reportVerbs report what someone else said: "our accountant says …",
// "the bank told us …".
var reportVerbs = set("says said tells told reckons advised advises mentioned insists")

// needWords state a need after a reported speaker: "… says we need a banner".
var needWords = set("need needs should must")

// backRefs point an ask back at the thing named before it: "could you
// add one?", "can you arrange it?".
var backRefs = set("one it that this them those these")

// reportedNeed: sentence s reports someone else saying the client needs
// a thing ("our insurer says we need a fire risk assessment") and the
// next sentence asks the firm for it by pointing back ("could you do
// one?"). The report is the background of that ask, not an ask of its
// own; a reported need with no such ask after it stays an ask.
func (e *Engine) reportedNeed(s, next string) bool {
	ws := scratchWords(s)
	defer dropWords(ws)
	if !reportsNeed(*ws) {
		return false
	}
	c := e.clause(next)
	if !c.ask || c.agent != agentFirm {
		return false
	}
	for _, w := range c.ws {
		if backRefs[w] {
			return true
		}
	}
	return false
}

// reportsNeed: ws has a report verb followed, within three words, by
// "we/I need" (or should, must).
func reportsNeed(ws []string) bool {
	for i, w := range ws {
		if !reportVerbs[w] {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			if (ws[k] == "we" || ws[k] == "i") && k+1 < len(ws) && needWords[ws[k+1]] {
				return true
			}
		}
	}
	return false
}

// orderWeight is what an order for a number of made things adds to an
// ask's score: enough to outweigh "can we …" read as asking leave.
const orderWeight = 5

// orderVerbs ask for goods: "can we get", "could I have", "can we order".
var orderVerbs = set("get have order")

// notGoods are what a number in "can we get N …" counts when it is not
// goods to be made: time, money, places, copies of what exists.
var notGoods = set("minute minutes min mins hour hours hr hrs day days week weeks month months year years " +
	"percent % pound pounds quid dollar dollars euro euros pence cents " +
	"copy copies ticket tickets seat seats place places spot spots pass passes " +
	"licence licences license licenses login logins user users account accounts " +
	"quote quotes invoice invoices receipt receipts minute's day's week's")

// quantityWords may stand between the number and the thing: "150 extra
// flyers", "two more banners".
var quantityWords = set("more extra additional further")

// orderedQuantity: "can we get 150 extra flyers on the heavier card?",
// "could I have another 300 leaflets printed?" orders a number of things
// to be made, which is production, not a question of what the client may
// do. Time ("2 more days to pay"), money ("10% off"), places and copies of
// what already exists are not goods.
func orderedQuantity(ws []string) float64 {
	if !ordersGoods(ws) {
		return 0
	}
	k := 3
	for k < len(ws) && (ws[k] == "please" || ws[k] == "another" || ws[k] == "just") {
		k++
	}
	if k >= len(ws) {
		return 0
	}
	if _, ok := quantity(ws[k]); !ok {
		return 0
	}
	k++
	for k < len(ws) && quantityWords[ws[k]] {
		k++
	}
	if k >= len(ws) || notGoods[ws[k]] || ws[k] == "of" {
		return 0
	}
	return orderWeight
}

// ordersGoods: ws open "can we get", "could I have", "can we order".
func ordersGoods(ws []string) bool {
	return len(ws) >= 5 && (ws[0] == "can" || ws[0] == "could") && (ws[1] == "we" || ws[1] == "i") && orderVerbs[ws[2]]
}
