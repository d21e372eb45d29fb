package triage

// "Katrin can you confirm the date and also we need the payslips redone":
// a run-on may open on the reader's name with no comma or greeting before
// "can you". One word before a polite auxiliary and "you" is a name or a
// marker, never a statement's subject, so the ask starts after it as it
// does after "hi Katrin".

// vocativeAsk: lw opens with one word and then "can/could/would/will
// you".
func vocativeAsk(lw []string) bool {
	return len(lw) > 3 && runOnPoliteAux.has(lw[1]) && runOnPoliteSubjects.has(lw[2])
}
