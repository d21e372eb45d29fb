package triage

// subjectlessNews: "Had the renewal through this morning…", "had the
// plumber round yesterday": the client's news with its subject dropped,
// not an inverted "had" question, which in mail comes with its "?" or a
// "been" ("had the invoice been paid").
func subjectlessNews(ws []string) bool {
	if len(ws) < 4 || ws[0] != "had" || !detWords.has(ws[1]) {
		return false
	}
	for _, w := range ws[2:] {
		if w == "been" {
			return false
		}
	}
	return true
}
