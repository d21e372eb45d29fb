package triage

import "testing"

// TestWishFramesEsIt: Spanish and Italian wishes that the firm could act
// ("Sería estupendo que pudierais…", "Sarebbe perfetto se poteste…") and
// the Italian wish to learn something ("Mi piacerebbe sapere se…") ask,
// as "it would be great if you could…" does; a wish for the weather and
// the client's own wish do not. Sentences written for the test (a
// locksmith, a dance school, a boat yard, a piano tuner).
func TestWishFramesEsIt(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"es sería estupendo que pudierais", "Sería estupendo que pudierais cambiar la cerradura del portal antes del lunes.",
			[]string{"Sería estupendo que pudierais cambiar la cerradura del portal antes del lunes."}},
		{"es nos encantaría que nos pudieran", "Nos encantaría que nos pudieran reservar dos plazas en el curso de tango.",
			[]string{"Nos encantaría que nos pudieran reservar dos plazas en el curso de tango."}},
		{"it sarebbe perfetto se poteste", "Sarebbe perfetto se poteste alare la barca entro fine mese.",
			[]string{"Sarebbe perfetto se poteste alare la barca entro fine mese."}},
		{"it mi piacerebbe sapere", "Mi piacerebbe sapere quando potete accordare il pianoforte.",
			[]string{"Mi piacerebbe sapere quando potete accordare il pianoforte."}},
		{"guard: es weather", "Sería estupendo que hiciera sol el día de la boda.", nil},
		{"guard: it weather", "Sarebbe bello se il tempo reggesse fino a sabato.", nil},
		{"guard: it own wish", "Mi piacerebbe andare in barca a vela quest'estate.", nil},
	}, askTextsInLanguage)
}
