package triage

// participleTakers open a clause with a participle that is no news: "get
// booked in", "have signed", "need signed copies".
var participleTakers = set("get got keep have has had need needs want wants be please")

// headlineAfter may follow the participle of a news headline: when it
// happened, a second participle, or nothing ("Invoice paid this
// morning", "Form signed and posted", "Deposit sent").
var headlineAfter = set("this today yesterday tonight earlier already just last on at by and via thanks cheers")

// headlineNews: a clause put as a headline, a noun then a participle of a
// finished act ("Invoice paid this morning.", "Form signed and
// posted."), reports news; its first word may be a request verb as well
// ("invoice", "order", "book"), but a verb before a participle used as an
// adjective has a noun after it ("Send signed copies", "Return completed
// forms"), and verbs that take a participle ("get booked in") are left.
func headlineNews(ws []string) bool {
	if len(ws) < 2 || !doneWords.has(ws[1]) || participleTakers.has(ws[0]) {
		return false
	}
	return len(ws) == 2 || headlineAfter.has(ws[2])
}
