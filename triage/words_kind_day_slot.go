package triage

// A visit put on a day: "a visita pode ser na sexta?", "¿la visita
// puede ser el jueves?". Asking for a slot is quick whatever the visit is,
// as in English ("can the service be on Thursday?"), but the visit's noun
// reads as work in the other languages' lists. The day must follow "can
// be" straight away, so "pode ser revisto na quinta" (the work done on a
// day) keeps its kind. Table rows in TestDaySlotKinds.

var daySlotSignalsByLang = map[string][]Signal{
	"pt": {daySlot("pode ser na {anyday}|pode ser no {anyday}|podia ser na {anyday}|podia ser no {anyday}|poderia ser na {anyday}|poderia ser no {anyday}")},
	"es": {daySlot("puede ser el {anyday}|podría ser el {anyday}|puede ser este {anyday}|podría ser este {anyday}")},
	"fr": {daySlot("peut être le {anyday}|pourrait être le {anyday}|peut avoir lieu le {anyday}|pourrait avoir lieu le {anyday}")},
	"it": {daySlot("può essere {anyday}|può essere il {anyday}|potrebbe essere {anyday}|potrebbe essere il {anyday}")},
}

func daySlot(m string) Signal {
	return Signal{Match: m, Kind: "quick", Weight: rebookWeight, Minutes: 1, Act: "schedule"}
}

func init() {
	registerSignals(nil, daySlotSignalsByLang)
}
