package triage

// German and Dutch put the negator after the verb and its object ("Machen
// Sie das bitte nicht", "wij geven u die opdracht niet"): a clause that
// ends on it negates the go-ahead cue before it, as a negator before an
// English cue does. Only a clause-final negator (maybe with "mehr"/"meer",
// no longer) counts: "nicht nur …", "nicht mehr als 3 Stunden" and
// "niet voor maandag" limit or add, they do not refuse.
var trailingNegators = set("nicht niet")

// trailingNoLonger may follow the trailing negator: "nicht mehr".
var trailingNoLonger = set("mehr meer")

// trailingNegated reports a clause closing on a trailing negator after the
// cue that ends at ws[end].
func (c *clauseReader) trailingNegated(end int) bool {
	ws := c.ws
	n := len(ws)
	if n > end && trailingNoLonger.has(ws[n-1]) {
		n--
	}
	return n > end && trailingNegators.has(ws[n-1])
}
