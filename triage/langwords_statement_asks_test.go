package triage

import "testing"

// TestStatementAsksLangs: asks put as statements without a question mark,
// as phones write them: Spanish and Italian clitic asks to tú/tu ("me
// reservas…", "mi fai sapere…"), Brazilian asks to "você" with or without
// its accent, Danish and Swedish leave asked for the client's own act
// ("kan jeg…", "får jag…", a quick yes/no about the client's act, not
// work), and wanting to hear whether something is so ("jeg vil bare høre,
// om…", "jag ville bara höra om…"), a status when it asks whether a thing
// was sent. Guards: the same words not opening the clause, and a Danish
// and Swedish statement with the subject first.
func TestStatementAsksLangs(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"es: me reservas", "me reservas la cita de las cinco para el martes",
			[]string{"quick: me reservas la cita de las cinco para el martes"}},
		{"es: nos apartáis", "nos apartas las dos sillas de jardín hasta el sábado",
			[]string{"quick: nos apartas las dos sillas de jardín hasta el sábado"}},
		{"it: mi fai sapere", "mi fai sapere quando il meccanico ha finito con la frizione",
			[]string{"quick: mi fai sapere quando il meccanico ha finito con la frizione"}},
		{"it: ci fate sapere", "ci fate sapere se lo studio è aperto il giorno di Santo Stefano",
			[]string{"quick: ci fate sapere se lo studio è aperto il giorno di Santo Stefano"}},
		{"pt-BR: você consegue me", "você consegue me dizer se o dentista atende no sábado",
			[]string{"quick: você consegue me dizer se o dentista atende no sábado"}},
		{"pt-BR: accent lost", "voce consegue me mandar o horario da revisao do carro",
			[]string{"quick: voce consegue me mandar o horario da revisao do carro"}},
		{"pt-BR: pode me confirmar", "pode me confirmar se a vistoria ficou para quinta",
			[]string{"quick: pode me confirmar se a vistoria ficou para quinta"}},
		{"da: kan jeg", "kan jeg flytte min tandlægetid til næste uge",
			[]string{"quick: kan jeg flytte min tandlægetid til næste uge"}},
		{"da: må vi", "må vi parkere traileren i jeres gård i weekenden",
			[]string{"quick: må vi parkere traileren i jeres gård i weekenden"}},
		{"sv: får jag", "får jag hämta cykeln redan på fredag",
			[]string{"quick: får jag hämta cykeln redan på fredag"}},
		{"sv: kan jag, the client's own act", "kan jag byta tid för besiktningen till nästa månad",
			[]string{"quick: kan jag byta tid för besiktningen till nästa månad"}},
		{"da: vil bare høre om, a status", "Jeg vil bare høre, om fakturaen er sendt",
			[]string{"quick: Jeg vil bare høre, om fakturaen er sendt"}},
		{"sv: ville bara höra om", "Jag ville bara höra om ritningarna har skickats till kommunen",
			[]string{"quick: Jag ville bara höra om ritningarna har skickats till kommunen"}},
		{"guard da: subject first", "Jeg kan komme forbi på torsdag efter frokost.", nil},
		{"guard sv: subject first", "Vi kan tyvärr inte komma på onsdag.", nil},
		{"guard it: not opening the clause", "Ieri Marco mi fa sapere che il tetto perde ancora.", nil},
		{"guard es: told, not asked", "Ya me guardó la vecina las llaves del garaje.", nil},
		{"guard sv: heard, not asked", "Vi har hört om den nya avgiften från kommunen.", nil},
	}, askListInLanguage)
}
