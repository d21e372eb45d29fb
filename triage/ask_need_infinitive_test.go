package triage

import "testing"

// TestNeedThenOwnInfinitive: in Spanish and Portuguese a need followed by
// a bare infinitive is the client's own act, as "we need to send…" is in
// English (needThenOwnInfinitive, ask.go); a need for a thing or to learn
// something still asks.
func TestNeedThenOwnInfinitive(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"es send", "Necesitamos enviar tres cajas a Valencia mañana. ¿Cuánto cuesta el envío?",
			[]string{"quick: ¿Cuánto cuesta el envío?"}},
		{"es move", "Necesito cambiar la fecha de la boda. ¿Tenéis libre el 12 de junio?",
			[]string{"quick: ¿Tenéis libre el 12 de junio?"}},
		{"es past", "Necesitábamos terminar la mudanza antes del viernes. ¿Podéis venir el jueves?",
			[]string{"quick: ¿Podéis venir el jueves?"}},
		{"pt deliver", "Preciso de entregar estes contratos hoje. Podem recolher às 15h?",
			[]string{"quick: Podem recolher às 15h?"}},
		{"pt past", "Precisava de enviar estas caixas hoje. Qual é o preço para o Porto?",
			[]string{"quick: Qual é o preço para o Porto?"}},
		{"guard: es to know", "Necesito saber si la factura está pagada.",
			[]string{"quick: Necesito saber si la factura está pagada."}},
		{"guard: pt to know", "Preciso de saber se a fatura já foi paga.",
			[]string{"quick: Preciso de saber se a fatura já foi paga."}},
		{"guard: pt a thing", "Preciso de um parecer sobre o contrato de arrendamento.",
			[]string{"paid: Preciso de um parecer sobre o contrato de arrendamento."}},
	}, askListInLanguage)
}
