package triage

// Asking for patience (helper "inbox17"): "please bear with me while I
// find my feet", "bear with us, we're short-staffed", "please excuse the
// scrappy notes" ask the firm for nothing but understanding, like a
// pleasantry. A request joined after it still asks ("please bear with me
// and send the forms again", "please excuse the typos, but can you post
// the forms today?"). Table rows in TestPatiencePleas
// (words_patience_test.go).

// patiencePleas open such a sentence.
var patiencePleas = newLexicon([]string{
	"please bear with me", "please bear with us", "bear with me", "bear with us",
	"please excuse the", "please excuse my", "please excuse our", "please forgive the", "please forgive my",
	"please forgive our", "please be patient with",
})

// patiencePlea: ws opens with a plea for patience, or a statement joined
// by "so", "and" or "but" ends with one ("…not much else, so please bear
// with me while I find my feet"), and no request is joined after it.
func (e *Engine) patiencePlea(ws []string) bool {
	for i, w := range ws {
		if w != "please" && w != "bear" {
			continue // the cheap test: every plea opens with one of these
		}
		if i > 0 && (!requestConjunctions.has(ws[i-1]) || isInterrogative(ws) || e.isRequest(ws[:i-1])) {
			continue
		}
		if end, ok := patiencePleas.hasAt(ws, i); ok {
			return !e.coordinatedRequest(ws[end:]) && !firmAskedAfter(ws, end)
		}
	}
	return false
}

// firmAskedAfter: a question put to the firm follows the plea ("please
// excuse the typos, but can you post the forms today?").
func firmAskedAfter(ws []string, from int) bool {
	for k := from; k < len(ws); k++ {
		if politeToFirm(ws, k) {
			return true
		}
	}
	return false
}
