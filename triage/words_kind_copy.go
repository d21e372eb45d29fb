package triage

// One copy of a document the firm already holds, asked for in another
// language: "Ich bräuchte eine Kopie der Rechnung", "une copie du bail",
// "een kopie van het contract". Sending it is a minute's work, as "I need
// a copy of the return" is in English (words_kind_facts.go); without
// these, the frame of need around it ("ich bräuchte", "j'aurais besoin")
// reads as a request for work. Only a copy OF something ("kopie der",
// "copie du") names a paper: a bare "uma cópia restaurada" may be a film
// to be got. Table rows in TestCopyOfDocumentLangs.
var copySignalsByLang = map[string][]Signal{
	"de": copySignal("kopie der|kopie des|kopie von|kopie vom|abschrift der|abschrift des|zweitschrift"),
	"fr": copySignal("copie de|copie du|copie des|un duplicata|duplicata de|duplicata du"),
	"es": copySignal("copia de|copia del|un duplicado|duplicado de|duplicado del"),
	"it": copySignal("copia di|copia del|copia della|un duplicato|duplicato del|duplicato della"),
	"nl": copySignal("kopie van|een afschrift|afschrift van|een duplicaat|duplicaat van"),
	"pt": copySignal("cópia de|cópia da|cópia do|segunda via"),
	"pl": copySignal("kopię|kopii|duplikat|duplikatu"),
	"da": copySignal("kopi af"),
	"sv": copySignal("kopia av|kopia på"),
}

// copySignal is one language's copy-of-a-document signal.
func copySignal(match string) []Signal {
	return []Signal{{Match: match, Kind: "quick", Weight: oneDocumentWeight, Minutes: 2, Act: "send"}}
}

func init() {
	registerSignals(nil, copySignalsByLang)
}
