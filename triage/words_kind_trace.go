package triage

// Finding a person or a thing that has gone missing: "trace his new
// address", "track down the previous owner", "locate the original
// deeds". It is a search of records and contacts that takes hours, so it
// is research, as "look into" is. A status question about it ("did you
// manage to trace him?") keeps its status reading. Table rows in
// TestTracing (words_kind_trace_test.go).

// traceWeight outweighs a confirmation named beside the search ("trace
// his address and confirm it with a visit"): the confirming is part of
// the search.
const traceWeight = 3

var traceSignals = []Signal{
	{Match: "trace {det}|trace him|trace her|trace them|tracing {det}|tracing him|tracing her|tracing them|" +
		"track down|track ... down|tracking down|locate {det}|locate him|locate her|locate them|locating {det}",
		Kind: "paid", Weight: traceWeight, Act: "research"},
}

func init() {
	registerSignals(traceSignals, nil)
}
