package triage

import (
	"fmt"
	"testing"
)

func TestZZDebug(t *testing.T) {
	e := New(DefaultConfig())
	for _, s := range []string{
		"We would now need a maintenance schedule and a costed plan for the next three years to present at the February meeting.",
		"We would need a maintenance schedule for the next three years.",
		"Ideally we'd also get a short written summary of why each one was returned unpaid.",
		"We are a small primary school and would like our staff trained to use adrenaline auto-injectors before the spring term.",
		"We would like our staff trained to use adrenaline auto-injectors before the spring term.",
		"I expect it to be put right at no extra cost.",
		"On another note, I'd like to freeze my membership for February while I'm recovering from my knee operation.",
		"I'd like to freeze my membership for February.",
		"I hope you can still get hold of the Calacatta tiles we chose (the supplier's website now shows them as discontinued).",
		"I hope you can still get hold of the Calacatta tiles we chose.",
		"I have attached photos of three watches I'm considering; any thoughts on whether they are worth restoring would be much appreciated.",
		"Any thoughts on whether they are worth restoring would be much appreciated.",
	} {
		c := e.clause(s)
		fmt.Printf("%v q=%v int=%v req=%v ag=%v ws=%v\n  %q\n", c.ask, c.question, c.interrogative, c.request, c.agent, c.ws, askList(e, s))
	}
}
