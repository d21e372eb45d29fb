package triage

import "strings"

// maxFieldLabel bounds the label of a "Label: value" form field: web forms
// ask short questions ("How did you hear about us:"), a client's sentence
// with a colon in it runs longer.
const maxFieldLabel = 8

// formField reports a web form's field answered on its line ("Email: …",
// "How did you find us: a friend"): its label may be a verb or a question,
// but the visitor filled it in, so it asks nothing. The label must not be
// a request of its own ("Could you send me: the P60…") and the value must
// not ask ("Quick question: when is…").
func (e *Engine) formField(text string) bool {
	if strings.ContainsRune(text, '?') {
		return false
	}
	// ": " and not "10:30": a time is no field.
	colon := strings.Index(text, ": ")
	if colon <= 0 {
		return false
	}
	label, value := words(text[:colon]), text[colon+1:]
	if len(label) == 0 || len(label) > maxFieldLabel || len(words(value)) == 0 {
		return false
	}
	if !e.fieldLabel(label) {
		return false
	}
	return !e.clause(strings.TrimSpace(value)).ask
}

// fieldLabel: one word ("Email", "Contact"), a short name that is not a
// request ("Best time to call"), or a question in the third person of a
// form ("How did you hear about us") rather than a polite request.
func (e *Engine) fieldLabel(label []string) bool {
	if len(label) == 1 {
		return true
	}
	if _, polite := politeFrames.hasAt(label, 0); polite {
		return false
	}
	if whWords.has(label[0]) {
		return whQuestion(label)
	}
	return len(label) <= 4 && !e.isRequest(label)
}
