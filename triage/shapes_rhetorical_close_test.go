package triage

import "testing"

// TestRhetoricalCloses: a wonder closed by a shrug ("…, but who
// knows."), a comparison with anything at all ("is there anything worse
// than…?") and a tag on a feeling ("…confusing, isn't it?") ask
// nothing. Guards: "find out who knows", a comparison of two named
// things, and a tag that checks a fact.
func TestRhetoricalCloses(t *testing.T) {
	runAskRows(t, []askRow{
		{"but who knows", "Hi Len,\n\nI suspect the leak is from the flat above, but who knows. Could you send the plumber on Tuesday?\n\nAmy\n", "Could you send the plumber", "I suspect the leak"},
		{"comma who knows", "Hello,\n\nMaybe the bank charged us twice, who knows? Please send me the October statement.\n\nIvo\n", "Please send me the October statement", "Maybe the bank charged"},
		{"wonder who knows", "Hi,\n\nI wonder if the courier lost it, but who knows. Can you reorder the toner?\n\nFay\n", "Can you reorder the toner", "I wonder if the courier"},
		{"anything worse", "Hi Sal,\n\nIs there anything worse than a flat tyre on the motorway? Can you book the van in for new tyres?\n\nDev\n", "Can you book the van in", "Is there anything worse"},
		{"what could be worse", "Hello,\n\nThe printer died mid-tender. What could be worse than that on a deadline day? Please send an engineer tomorrow.\n\nKit\n", "Please send an engineer tomorrow", "What could be worse"},
		{"anyone more annoying", "Hi,\n\nCould anyone be more frustrating than our old landlord? When does the new lease start?\n\nMel\n", "When does the new lease start", "Could anyone be more frustrating"},
		{"confusing tag", "Hi Ros,\n\nThe new pension rules are baffling, aren't they? Could you explain the employer rate in a line?\n\nJim\n", "Could you explain the employer rate", "The new pension rules are baffling"},
		{"lovely tag", "Hi,\n\nThe new office is lovely, isn't it? Can you add the new address to our invoices?\n\nZoe\n", "Can you add the new address", "The new office is lovely"},
		{"find out who knows stays", "Hi,\n\nCan you find out who knows?\n\nAl\n", "Can you find out who knows", ""},
		{"two things compared stays", "Hi,\n\nIs the new tariff worse than the old one?\n\nAl\n", "Is the new tariff worse than the old one", ""},
		{"fact tag stays", "Hi,\n\nThe filing deadline is the 31st, isn't it?\n\nAl\n", "The filing deadline is the 31st, isn't it", ""},
		{"anything cheaper stays", "Hi,\n\nIs there anything cheaper than the annual plan?\n\nAl\n", "Is there anything cheaper than the annual plan", ""},
	})
}
