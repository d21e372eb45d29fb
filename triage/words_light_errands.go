package triage

// Light verbs ("sort out", "arrange", "take care of") hand over work
// when their object is a piece of work ("sort out the payroll"); when it
// is a time to meet or an errand ("sort out a time to meet", "take care
// of forwarding this to Jo") the answer is a line. Table rows:
// TestLightVerbErrands.

// lightTimeMatch: a light verb fixing a time or a date.
const lightTimeMatch = "{lightfix} a time|{lightfix} a date|{lightfix} a slot|{lightfix} a day|" +
	"{lightfix} out a time|{lightfix} out a date|{lightfix} out a slot|{lightfix} out a day"

// lightErrandMatch: a light verb over an errand of passing something on.
const lightErrandMatch = "take care of {errand}|handle {errand}|deal with {errand}|sort out {errand}|look after {errand}"

// lightTimeWeight outweighs "sort out" (2) and a request's form.
const lightTimeWeight = 3

func init() {
	wordClasses["lightfix"] = set("sort arrange organise organize agree fix")
	wordClasses["errand"] = set("forwarding sending resending posting emailing passing returning copying")
	registerSignals([]Signal{
		quickCue(lightTimeMatch, lightTimeWeight, 1, "schedule"),
		quickCue(lightErrandMatch, lightTimeWeight, 1, "send"),
	}, nil)
}
