package triage

// Putting a selection together for the client is making it, as English
// "put together" is (words.go): German "zusammenstellen" and Dutch
// "samenstellen", also split ("stellen Sie … zusammen"). Selecting and
// matching to the client's needs is the work; asking what a stock bundle
// holds names no such verb. Table rows in TestPuttingTogether
// (words_kind_assemble_test.go).
var assembleSignalsByLang = map[string][]Signal{
	"de": {{Match: "zusammenstell*|zusammenzustell*|stellen sie ... zusammen|stellen sie ... ... zusammen|stellst du ... zusammen",
		Kind: "paid", Weight: 3, Act: "prepare"}},
	"nl": {{Match: "samenstel*|samen te stellen|stellen ... samen|stelt u ... samen|stel ... samen",
		Kind: "paid", Weight: 3, Act: "prepare"}},
}

func init() {
	registerSignals(nil, assembleSignalsByLang)
}
