package triage

import "testing"

// TestPrefaceAnnouncesQuestions: "vorremmo capire meglio alcune cose",
// "me gustaría hacerle algunas preguntas": a sentence that only says
// questions follow asks nothing; the questions after it ask. A request
// to explain some points, and a wish to understand whether something
// holds, still ask.
func TestPrefaceAnnouncesQuestions(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"it: capire alcune cose", "Prima di firmare vorremmo capire meglio alcune cose. Il deposito è rimborsabile?",
			[]string{"quick: Il deposito è rimborsabile?"}},
		{"it: chiederle alcune cose", "Vorrei chiederle alcune cose sul preventivo. Il sopralluogo è compreso?",
			[]string{"quick: Il sopralluogo è compreso?"}},
		{"es: aclarar algunos puntos", "Antes de firmar, me gustaría aclarar algunos puntos. ¿El depósito es reembolsable?",
			[]string{"quick: ¿El depósito es reembolsable?"}},
		{"es: hacerle algunas preguntas", "Me gustaría hacerle algunas preguntas antes de contratar. ¿Trabajan los sábados?",
			[]string{"quick: ¿Trabajan los sábados?"}},
		{"pt: perceber alguns pontos", "Gostaria de perceber melhor alguns pontos. A garantia cobre a instalação?",
			[]string{"quick: A garantia cobre a instalação?"}},
		{"en: ask a few questions", "We'd like to ask a few questions before we book. Is the deposit refundable?",
			[]string{"quick: Is the deposit refundable?"}},
		// Guards: a request to explain points, a wish to understand
		// whether something holds, a request with "que vous".
		{"guard: could you help us understand", "Could you help us understand a few points in the lease?",
			[]string{"paid: Could you help us understand a few points in the lease?"}},
		{"guard: potreste chiarire", "Potreste chiarire alcuni punti del contratto?",
			[]string{"paid: Potreste chiarire alcuni punti del contratto?"}},
		{"guard: nous aimerions que vous", "Nous aimerions que vous clarifiiez quelques points du bail.",
			[]string{"paid: Nous aimerions que vous clarifiiez quelques points du bail."}},
	})
}
