package triage

// Decide is ReadReply's decision alone, for table tests.
func (e *Engine) Decide(newText string) Decision { return e.ReadReply(newText).Decision }
