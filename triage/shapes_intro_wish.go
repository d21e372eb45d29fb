package triage

// A wish joined to the client's introduction of themself with the
// subject dropped: "We are a small primary school and would like our
// staff trained…", "I run a café in town and need a new menu board
// designed". The wish is read again with its subject ("we would like
// our staff trained…") and asks when it asks alone; "we are a family
// firm and would like to keep it that way" stays a wish. Table rows:
// TestIntroThenWish (shapes_intro_wish_test.go).

var (
	// introVerbs introduce the client: "we are", "I run", "we own".
	introVerbs = set("are am run own manage have")
	// droppedWish open the wish after "and": "and would like", "and need".
	droppedWish = set("would need want")
)

// maxIntroWish bounds the words read again: a longer sentence is not
// one introduction and one wish.
const maxIntroWish = 31

// introThenWish: ws opens "we are … and would like …" and the wish, with
// its subject, is a request.
func (e *Engine) introThenWish(ws []string) bool {
	if len(ws) < 6 || len(ws) > maxIntroWish || ws[0] != "we" && ws[0] != "i" || !introVerbs.has(ws[1]) {
		return false
	}
	for k := 3; k+2 < len(ws); k++ {
		if ws[k] != "and" || !droppedWish.has(ws[k+1]) {
			continue
		}
		var buf [32]string
		wish := append(append(buf[:0], ws[0]), ws[k+1:]...)
		return e.isRequest(wish)
	}
	return false
}
