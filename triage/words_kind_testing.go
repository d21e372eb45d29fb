package triage

// Testing a thing before it is used is hands-on work: "een technische
// test doen", "die Anlage testen", "tester la sono". In the other
// languages a "laat ons weten of het werkt" beside the test outweighed it.
// English requests to test lean paid by their form already, and an
// English cue outweighed the day asked about in "are you able to test
// the floors on a Saturday?" (messy17), so it has none. Whether a test
// happened stays a status through the status rules. Table rows in
// TestTestingWork (words_kind_testing_test.go).

// testWeight outweighs a "let us know whether it works" beside the test:
// reporting the result is part of the test.
const testWeight = 3.5

var testSignalsByLang = map[string][]Signal{
	"nl": {{Match: "testen|uittesten|test doen|test uitvoeren|proefdraaien", Kind: "paid", Weight: testWeight, Act: "review"}},
	"de": {{Match: "testen|test durchführen|probelauf", Kind: "paid", Weight: testWeight, Act: "review"}},
	"fr": {{Match: "tester|faire un test|faire des tests|faire un essai", Kind: "paid", Weight: testWeight, Act: "review"}},
	"es": {{Match: "probar|hacer una prueba|hacer pruebas", Kind: "paid", Weight: testWeight, Act: "review"}},
	"it": {{Match: "testare|fare un test|fare una prova|collaudare", Kind: "paid", Weight: testWeight, Act: "review"}},
	"pt": {{Match: "testar|fazer um teste|fazer testes", Kind: "paid", Weight: testWeight, Act: "review"}},
}

func init() {
	registerSignals(nil, testSignalsByLang)
}
