package triage

import "testing"

// TestAdditiveInsideFrames: "also", "still" and their kin slipped into a
// request frame ("gostaríamos ainda que…", "vi vil også gerne have, at
// I…", "vi behöver också att ni…", "necesitamos además que…") leave it a
// request for the firm's work. Guards: the additive word with no frame
// around it, and a Portuguese wish about the weather without one.
func TestAdditiveInsideFrames(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"pt: gostaríamos ainda que", "Gostaríamos ainda que nos desenhasse a planta da cozinha nova com as medidas todas.",
			[]string{"paid: Gostaríamos ainda que nos desenhasse a planta da cozinha nova com as medidas todas."}},
		{"pt: precisamos também que", "Precisamos também que refaça o orçamento da obra com os novos preços do cimento.",
			[]string{"paid: Precisamos também que refaça o orçamento da obra com os novos preços do cimento."}},
		{"da: vil også gerne have, at I", "Vi vil også gerne have, at I udarbejder en plan for udskiftning af tagrenderne.",
			[]string{"paid: Vi vil også gerne have, at I udarbejder en plan for udskiftning af tagrenderne."}},
		{"sv: behöver också att ni", "Vi behöver också att ni tar fram en ritning på altanen med måtten inritade.",
			[]string{"paid: Vi behöver också att ni tar fram en ritning på altanen med måtten inritade."}},
		{"sv: vill även gärna att ni", "Vi vill även gärna att ni sammanställer alla kvitton från bygget i en lista.",
			[]string{"paid: Vi vill även gärna att ni sammanställer alla kvitton från bygget i en lista."}},
		{"es: necesitamos además que", "Necesitamos además que nos redacten el contrato de alquiler del local.",
			[]string{"paid: Necesitamos además que nos redacten el contrato de alquiler del local."}},
		{"guard pt: additive without a frame", "Também já pagámos a fatura de outubro.", nil},
		{"guard sv: additive, the client's own need", "Vi behöver också mer tid för att bestämma oss.", nil},
		{"guard da: statement with også", "Vi har også fået tilbud fra en anden tømrer.", nil},
	}, askListInLanguage)
}
