package triage

import "testing"

// TestPolishAsks: Polish requests are found and sized by the Polish lists
// (words_pl.go): the polite conditional "Czy mogliby Państwo …", "Prosimy
// o …", "proszę" before an infinitive, a need put to the reader
// ("Potrzebowałabym, żebyście …"); offers, cover lines and thanks ask
// nothing.
func TestPolishAsks(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"polite conditional, work", "Czy mogliby Państwo przygotować zestawienie faktur za trzeci kwartał?",
			[]string{"paid: Czy mogliby Państwo przygotować zestawienie faktur za trzeci kwartał?"}},
		{"prosimy o, work", "Prosimy o przygotowanie projektu ulotki w dwóch wersjach kolorystycznych.",
			[]string{"paid: Prosimy o przygotowanie projektu ulotki w dwóch wersjach kolorystycznych."}},
		{"prosimy o, repair", "Prosimy o naprawę drukarki w biurze na drugim piętrze.",
			[]string{"paid: Prosimy o naprawę drukarki w biurze na drugim piętrze."}},
		{"proszę dać znać, a date", "Proszę też dać znać, kiedy przyjdzie hydraulik.",
			[]string{"quick: Proszę też dać znać, kiedy przyjdzie hydraulik."}},
		{"proszę przesłać, a copy", "Proszę przesłać mi kopię ostatniej faktury.",
			[]string{"quick: Proszę przesłać mi kopię ostatniej faktury."}},
		{"a need put to the reader", "Potrzebowałabym, żebyście sprawdzili umowę najmu przed podpisaniem.",
			[]string{"paid: Potrzebowałabym, żebyście sprawdzili umowę najmu przed podpisaniem."}},
		{"polite conditional, a confirmation", "Czy mógłby Pan potwierdzić termin spotkania w środę?",
			[]string{"quick: Czy mógłby Pan potwierdzić termin spotkania w środę?"}},
		{"confirming that work starts", "Proszę o potwierdzenie, że wymiana okien zaczyna się w środę.",
			[]string{"quick: Proszę o potwierdzenie, że wymiana okien zaczyna się w środę."}},
		{"confirming whether a fitting is on", "Proszę potwierdzić, czy montaż rolet jest nadal w piątek.",
			[]string{"quick: Proszę potwierdzić, czy montaż rolet jest nadal w piątek."}},
		{"guard: the work itself asked for", "Prosimy o montaż rolet w sypialni i w kuchni.",
			[]string{"paid: Prosimy o montaż rolet w sypialni i w kuchni."}},
		{"guard: an offer", "W razie pytań proszę o kontakt.", nil},
		{"guard: a cover line", "W załączniku przesyłam podpisaną umowę.", nil},
		{"guard: thanks", "Dziękuję za szybką odpowiedź.", nil},
		{"guard: whether it can be done is quick", "Czy da się to zrobić do piątku?",
			[]string{"quick: Czy da się to zrobić do piątku?"}},
	}, askListInLanguage)
}

// TestPolishVisitAndRules: "Proszę też o …" asks as "Proszę o …" does; a
// visit to measure and price is work; who must pay and what an agreement
// or guarantee allows are read from its terms (words_pl.go). A price, a
// status and a date stay quick.
func TestPolishVisitAndRules(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"proszę też o, a visit and a quote", "Proszę też o przyjazd i wycenę naprawy ogrodzenia.",
			[]string{"paid: Proszę też o przyjazd i wycenę naprawy ogrodzenia."}},
		{"prosimy również o pomiar", "Prosimy również o pomiar kuchni przed zamówieniem blatów.",
			[]string{"paid: Prosimy również o pomiar kuchni przed zamówieniem blatów."}},
		{"who should pay", "Czy może Pan sprawdzić w umowie, kto powinien zapłacić za naprawę dachu?",
			[]string{"paid: Czy może Pan sprawdzić w umowie, kto powinien zapłacić za naprawę dachu?"}},
		{"covered by a guarantee", "Czy ta usterka jest objęta gwarancją producenta?",
			[]string{"paid: Czy ta usterka jest objęta gwarancją producenta?"}},
		{"read the agreement", "Czy mógłby Pan przeczytać naszą umowę serwisową i powiedzieć, co w niej jest?",
			[]string{"paid: Czy mógłby Pan przeczytać naszą umowę serwisową i powiedzieć, co w niej jest?"}},
		// Guards: a price, a status, a date.
		{"guard: a price", "Ile kosztuje wymiana zamka w drzwiach?",
			[]string{"quick: Ile kosztuje wymiana zamka w drzwiach?"}},
		{"guard: a status", "Czy faktura już do Pana dotarła?",
			[]string{"quick: Czy faktura już do Pana dotarła?"}},
		{"guard: proszę też dać znać", "Proszę też dać znać, kiedy przyjdzie monter.",
			[]string{"quick: Proszę też dać znać, kiedy przyjdzie monter."}},
	}, askListInLanguage)
}
