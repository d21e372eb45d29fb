package triage

// "Just checking that the deposit reached you", "also quickly checking
// the parcel arrived": a softener before an opening "checking" leaves it
// the status check it is without one (checkingAsk).

// checkSofteners may come before an opening "checking".
var checkSofteners = set("just also only quickly simply")

// checkingOpens returns the index after an opening "checking", past up
// to two softeners, or 0.
func checkingOpens(ws []string) int {
	i := 0
	for i < len(ws) && i < 2 && checkSofteners.has(ws[i]) {
		i++
	}
	if i+1 < len(ws) && ws[i] == "checking" {
		return i + 1
	}
	return 0
}
