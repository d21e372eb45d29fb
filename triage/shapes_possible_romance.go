package triage

// Requests for work put as a question of possibility in French, Spanish,
// Italian and Portuguese: "serait-il possible de retoucher la photo ?",
// "¿sería posible montar un vídeo corto?", "sarebbe possibile ritoccare
// le foto?", "seria possível refazer o mapa?". The English "would it be
// possible to <verb>" is read by possibleWork; these put an infinitive
// after the frame. As there, "is it possible" is left out (it as often
// asks what a rule allows), and the client's own acts or a slot
// ("serait-il possible de payer en deux fois ?") ask for leave, not work.
// Table rows in TestRomancePossibleWork.

// romancePossibleFrames ask whether the firm could do a thing.
var romancePossibleFrames = newLexicon([]string{
	"serait il possible de", "serait il possible d", "ce serait possible de", "vous serait il possible de",
	"sería posible", "seria posible", "¿sería posible", "le sería posible", "te sería posible",
	"sarebbe possibile", "le sarebbe possibile", "ti sarebbe possibile",
	"seria possível", "seria possivel", "será que seria possível",
})

// romancePossibleClientVerbs are the client's own acts or a slot asked
// for after a possibility frame: paying, meeting, coming, moving a date.
var romancePossibleClientVerbs = set("payer régler venir passer rencontrer décaler reporter " +
	"pagar abonar reunir reunirnos quedar ir venir cambiar aplazar retrasar " +
	"pagare venire incontrare incontrarci rinviare spostare " +
	"marcar agendar adiar remarcar encontrar")

// romancePossibleWork: the ask opens (after a filler or a clitic) with a
// possibility frame and the verb after it is an infinitive of doing.
func romancePossibleWork(ws []string) bool {
	v := infinitiveAfterFrame(ws, romancePossibleFrames, romanceAnd)
	return v != "" && !romanceInfoVerbs.has(v) && !romanceStateVerbs.has(v) && !romancePossibleClientVerbs.has(v)
}

// romanceAnd are "and" and "also" opening an ask: "et serait-il possible…".
var romanceAnd = set("et y e ainsi aussi además también inoltre também")
