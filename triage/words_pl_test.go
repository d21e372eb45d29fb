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
