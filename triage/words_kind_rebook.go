package triage

import "strings"

// Moving a booking from one day to another: "can you move the dog's
// grooming from Thursday to Friday?", "você consegue trocar o banho de
// quinta para sexta?". A note in the diary, not work, whatever is booked
// (a grooming, a fitting, a lesson); the verb of changing alone reads as
// work in several languages ("trocar", "cambiar", "changer"). Both days
// must be named, so re-planning a project ("move the whole build back a
// month") stays paid. Table rows in TestRebookDays.

// rebookWeight outweighs one work verb ("trocar", "verlegen") in the ask.
const rebookWeight = 4

// anyWeekdays are the weekday names in the languages the lists read,
// tokenised as the lexicon sees them (hyphens as spaces).
var anyWeekdays = set("monday tuesday wednesday thursday friday saturday sunday " +
	"montag dienstag mittwoch donnerstag freitag samstag sonntag " +
	"lundi mardi mercredi jeudi vendredi samedi dimanche " +
	"lunes martes miércoles jueves viernes sábado domingo " +
	"lunedì martedì mercoledì giovedì venerdì sabato domenica " +
	"maandag dinsdag woensdag donderdag vrijdag zaterdag zondag " +
	"segunda terça quarta quinta sexta " +
	"poniedziałek wtorek środa czwartek piątek sobota niedziela poniedziałku wtorku środy czwartku piątku soboty niedzieli " +
	"mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag fredag lördag söndag")

var rebookSignals = []Signal{rebook("move|change|switch|swap|shift|moved|changed", "from {anyday} to {anyday}")}

var rebookSignalsByLang = map[string][]Signal{
	"pt": {rebook("trocar|mudar|passar|remarcar|trocava|mudava|passava", "de {anyday} para {anyday}|da {anyday} para {anyday}")},
	"es": {rebook("cambiar|pasar|mover|cambiarme|pasarme|cambiarnos", "del {anyday} al {anyday}|de {anyday} a {anyday}")},
	"fr": {rebook("décaler|déplacer|passer|changer|avancer|reculer", "du {anyday} au {anyday}|de {anyday} à {anyday}")},
	"de": {rebook("verschieben|verlegen|tauschen|umlegen", "von {anyday} auf {anyday}|vom {anyday} auf {anyday}")},
	"it": {rebook("spostare|cambiare|anticipare|posticipare", "da {anyday} a {anyday}|dal {anyday} al {anyday}")},
	"nl": {rebook("verplaatsen|verzetten|omzetten|wisselen", "van {anyday} naar {anyday}")},
}

// rebook is the signal of a move verb followed, within the ask, by both
// days.
func rebook(verbs, days string) Signal {
	var m []string
	for _, v := range strings.Split(verbs, "|") {
		for _, d := range strings.Split(days, "|") {
			m = append(m, v+" ... ... "+d) // up to six words booked between
		}
	}
	return Signal{Match: strings.Join(m, "|"), Kind: "quick", Weight: rebookWeight, Minutes: 1, Act: "schedule"}
}

func init() {
	wordClasses["anyday"] = anyWeekdays
	registerSignals(rebookSignals, rebookSignalsByLang)
}
