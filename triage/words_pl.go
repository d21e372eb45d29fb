package triage

// Polish cues, written as word tokens the way the lexicon sees the text.
// The reply words (accept, decline, hedge) are in words_reply.go; these
// are the lists that find and size asks: Polish mail asks with "Czy
// mogliby Państwo …", "Prosimy o …", "Proszę (też) dać znać, czy …" and
// needs put to the reader ("Potrzebowałbym, żebyście …"), none of which
// the other languages' lists read.
// confirmThatWeight outweighs one work word in the clause that is
// confirmed ("… że montaż zaczyna się …").
const confirmThatWeight = 4

func init() {
	addLanguage("pl", langCues{
		Words: Words{
			Greetings: []string{"dzień dobry", "witam", "witam serdecznie", "cześć", "szanowni państwo", "szanowny panie",
				"szanowna pani"},
			SignOffs: []string{"pozdrawiam", "pozdrawiamy", "serdecznie pozdrawiam", "z poważaniem", "z wyrazami szacunku",
				"łączę pozdrowienia", "pozdrowienia"},
			Pleasantries: []string{"jak minął weekend", "jak minął urlop", "jak się pan miewa", "jak się pani miewa",
				"co słychać", "jak leci"},
			// Cover lines and notes that look like requests: "W załączniku
			// przesyłam …", "Proszę zwrócić uwagę, że …".
			NotAsks: []string{"w załączniku przesyłam", "w załączeniu przesyłam", "przesyłam w załączniku",
				"dla informacji", "do wiadomości", "proszę zwrócić uwagę"},
			// "W razie pytań proszę o kontakt": an offer, though it opens
			// with a request frame's words.
			Offers: []string{"w razie pytań", "w razie jakichkolwiek pytań", "w razie wątpliwości", "w razie potrzeby",
				"proszę o kontakt w razie", "proszę o kontakt jeśli", "proszę o kontakt gdyby", "służę pomocą",
				"pozostaję do dyspozycji", "pozostajemy do dyspozycji", "zapraszam do kontaktu"},
			RequestFrames: []string{
				// The polite conditional, formal and plural: "Czy mogliby
				// Państwo …", "Czy mógłby Pan …", "Czy moglibyście …".
				"czy mogliby państwo", "czy mógłby pan", "czy mogłaby pani", "czy moglibyście", "czy mógłbyś", "czy mogłabyś",
				"czy mogą państwo", "czy może pan", "czy może pani", "czy możecie", "czy możesz",
				// Asking for a thing or an act: "Prosimy o wymianę …", "Uprzejmie
				// proszę o przesłanie …".
				"proszę o", "prosimy o", "prosiłbym o", "prosiłabym o", "prosilibyśmy o",
				// The same with "also" between ("Proszę też o wycenę …").
				"proszę też o", "prosimy też o", "proszę również o", "prosimy również o", "proszę także o", "prosimy także o",
				// "proszę" before an infinitive asks; alone it is "please" or
				// "you're welcome", so the verbs a client asks with are named.
				"proszę dać znać", "proszę ... dać znać", "prosimy dać znać", "proszę przesłać", "proszę ... przesłać",
				"proszę wysłać", "proszę ... wysłać", "proszę sprawdzić", "proszę ... sprawdzić", "proszę potwierdzić",
				"proszę ... potwierdzić", "proszę przygotować", "proszę ... przygotować", "proszę zrobić", "proszę wymienić",
				"proszę naprawić", "proszę poinformować", "proszę ... poinformować", "proszę podać", "proszę wystawić",
				"prosimy przesłać", "prosimy sprawdzić", "prosimy przygotować", "prosimy potwierdzić",
				// A need or wish put to the reader: "Potrzebowałbym też,
				// żebyście …", "Chcielibyśmy, aby Państwo …".
				"potrzebowałbym żebyście", "potrzebowałabym żebyście", "potrzebowalibyśmy żebyście",
				"potrzebowałbym ... żebyście", "potrzebowałabym ... żebyście", "potrzebowalibyśmy ... żebyście",
				"chciałbym żebyście", "chciałabym żebyście", "chcielibyśmy żebyście", "chciałbym aby państwo",
				"chciałabym aby państwo", "chcielibyśmy aby państwo", "chciałbym żeby pan", "chciałabym żeby pan",
				// The same to a woman or after "aby": "Chciałabym, żeby Pani …".
				"chcielibyśmy żeby pan", "chciałbym żeby pani", "chciałabym żeby pani", "chcielibyśmy żeby pani",
				"chciałbym aby pan", "chciałabym aby pan", "chciałbym aby pani", "chciałabym aby pani", "chcielibyśmy aby pani",
				"byłbym wdzięczny gdyby", "byłabym wdzięczna gdyby", "bylibyśmy wdzięczni gdyby",
				"byłbym wdzięczny za", "byłabym wdzięczna za", "bylibyśmy wdzięczni za",
				"czy jest możliwość", "czy byłaby możliwość", "czy istnieje możliwość",
				// "I'd like to ask / find out whether …": an indirect question.
				"chciałbym zapytać", "chciałabym zapytać", "chcielibyśmy zapytać", "chciałbym się dowiedzieć",
				"chciałabym się dowiedzieć", "chcielibyśmy się dowiedzieć",
			},
			// Imperatives a client opens a request with, plural and singular.
			RequestVerbs: []string{"sprawdźcie", "przyślijcie", "prześlijcie", "wyślijcie", "przygotujcie", "zróbcie",
				"potwierdźcie", "dajcie", "wymieńcie", "naprawcie", "sprawdź", "prześlij", "wyślij", "przygotuj",
				"potwierdź", "zadzwońcie", "zadzwoń"},
			OutOfOffice: []string{"poza biurem", "jestem na urlopie", "przebywam na urlopie", "ograniczony dostęp",
				"w pilnych sprawach", "dziękuję za wiadomość", "automatyczna odpowiedź", "wracam do biura"},
		},
		Signals: []Signal{
			// Work: preparing, doing, repairing and fitting ("wymianę opon",
			// "ustawić zbieżność", "przygotowali salę").
			{Match: "przygotow*|opracow*|sporządz*|wykonać|wykonanie|napraw*|wymian*|wymieni*|wymieńcie|ustawić|ustawienie|zamontow*|montaż|wyważ*|przeprowadz*",
				Kind: "paid", Weight: 3, Act: "prepare"},
			{Match: "sprawdz*|sprawdźcie|skontroluj*|zweryfik*", Kind: "paid", Weight: 2, Act: "check"},
			// A visit to measure and price a job ("przyjazd, pomiar i
			// wycenę"), and reading a paper through, as English "come
			// out", "measure up", "price up" and "read through" are
			// (TestPolishVisitAndRules).
			{Match: "przyjazd|przyjechać|pomiar*|zmierzyć|wycen*|kosztorys*|oględzin*|przeczytać|przejrzeć", Kind: "paid", Weight: 2, Act: "review"},
			// Information: telling, sending, confirming.
			{Match: "dać znać|dajcie znać|daj znać|przesłać|prześlij*|wysłać|wyślij*|poinformow*|podać|potwierdz*|potwierdź*",
				Kind: "quick", Weight: 1.5, Minutes: 2, Act: "send"},
			{Match: "kiedy|do kiedy|do której|o której", Kind: "quick", Weight: 2.7, Minutes: 1, Act: "date"},
			// Confirming a fact: "Proszę o potwierdzenie, że montaż zaczyna
			// się w poniedziałek": the work named after "że"/"czy" is what
			// is confirmed, not work asked for.
			{Match: "potwierdzenie że|potwierdzenie czy|potwierdzić że|potwierdzić czy|potwierdźcie że|potwierdź że|potwierdzenia że",
				Kind: "quick", Weight: confirmThatWeight, Minutes: 1, Act: "confirm"},
			{Match: "ile kosztuje|ile kosztują|ile będzie kosztować|ile by kosztowało|jaka jest cena|jaki jest koszt|cennik",
				Kind: "quick", Weight: langPriceWeight, Minutes: 2, Act: "info"},
			{Match: "umówić|spotkanie|rozmowę telefoniczną|zadzwonić", Kind: "quick", Weight: langMeetWeight, Minutes: 1, Act: "schedule"},
			{Match: "dotarł|dotarła|dotarły|doszła|doszło|otrzymali|zapłacon*|opłacon*", Kind: "quick", Weight: 2, Minutes: 1, Act: "status"},
		},
		// Who bears a cost and what an agreement or a guarantee allows:
		// "kto powinien za to zapłacić", "czy to objęte gwarancją".
		RuleWords: []string{"kto powinien", "kto ma zapłacić", "kto musi zapłacić", "kto płaci", "powinien za to zapłacić",
			"powinien ... zapłacić", "zgodnie z umową", "według umowy", "na mocy umowy", "przysługuje", "mam prawo", "mamy prawo",
			"wolno mi", "wolno nam", "dozwolon*", "objęt* gwarancją", "w ramach gwarancji"},
		CheckVerbs:   []string{"sprawdzić", "potwierdzić", "zobaczyć"},
		CheckLinks:   []string{"czy"},
		Happened:     []string{"dotarł", "dotarła", "dotarły", "zapłacone", "zaksięgowane", "wysłane", "wysłana", "wysłany", "otrzymane", "przyszła", "przyszedł"},
		AutoSubjects: []string{"nieobecność", "automatyczna odpowiedź", "poza biurem"},
		// A yes/no question opened by "masz"/"macie" (bare "czy" also
		// opens embedded clauses: "czy to dobrze, nie wiem"):
		// "macie jeszcze wolny termin".
		VerbFirstOpeners: []string{"masz", "macie", "ma pan", "ma pani", "mają państwo"},
		QuestionLeads:    []string{"pytanie", "krótkie pytanie", "szybkie pytanie", "jeszcze jedno pytanie"},
	})
}
