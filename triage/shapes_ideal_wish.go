package triage

// A wish for a thing from the firm, put as what the client would ideally
// have: "Ideally we'd also get a written summary", "preferably I would
// receive the drawings by Friday". The conditional and a thing named
// (a determiner after the verb) make it an ask; "ideally we'd get away
// before Easter" names no thing, and "ideally we'll have moved by then"
// is the client's own plan. Table rows: TestIdealWish
// (shapes_ideal_wish_test.go).

var (
	// idealWords open the wish.
	idealWords = set("ideally preferably")
	// idealSubjects are the client and its conditional: "we'd", "i'd".
	idealSubjects = set("we'd i'd")
	// idealHaveVerbs take the thing wished for.
	idealHaveVerbs = set("get have receive")
)

// idealHave reads the wish from ws[i], the word after the hope word at
// ws[i-1], and returns the verb's index.
func idealHave(ws []string, i int) (int, bool) {
	if i < 1 || !idealWords.has(ws[i-1]) {
		return 0, false
	}
	switch {
	case i < len(ws) && idealSubjects.has(ws[i]):
		i++
	case i+1 < len(ws) && (ws[i] == "we" || ws[i] == "i") && ws[i+1] == "would":
		i += 2
	default:
		return 0, false
	}
	for i < len(ws) && fillers.has(ws[i]) {
		i++
	}
	if i+1 < len(ws) && idealHaveVerbs.has(ws[i]) && detWords.has(ws[i+1]) {
		return i, true
	}
	return 0, false
}
