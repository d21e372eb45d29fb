package triage

// reportedNeed: "Our surveyor thinks we need a new damp course.", "Tomás
// in accounts reckons we need another licence": what someone else
// believes the client needs is background to the mail's asks, not a
// need put to the firm. The client's own "I think we need…" and a
// question ("does she think we need…?") are left to the other rules.
// Table rows in TestReportedNeed (shapes_reported_need_test.go).
func reportedNeed(ws []string) bool {
	if len(ws) < 4 || ownSubjects.has(ws[0]) {
		return false
	}
	for k := 1; k < len(ws)-2 && k <= reportedNeedReach; k++ {
		if !opinionVerbs.has(ws[k]) {
			continue
		}
		n := k + 1
		if ws[n] == "that" {
			n++
		}
		return n+1 < len(ws) && needPersons.has(ws[n]) && needVerbs.has(ws[n+1])
	}
	return false
}
