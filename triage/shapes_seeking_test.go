package triage

import "testing"

// TestSeekingSomeoneFrames: "looking for someone to…" asks the firm to
// take the work on, in English and the other languages; someone else's
// search, or looking for a thing, asks nothing.
func TestSeekingSomeoneFrames(t *testing.T) {
	runAskRows(t, []askRow{
		{"fr cherchons", "Bonjour,\n\nNous cherchons quelqu'un pour refaire les plans de la cuisine.\n\nCordialement,\nLuc\n", "Nous cherchons quelqu'un pour refaire les plans", ""},
		{"es buscamos", "Hola:\n\nBuscamos a alguien que revise las nóminas de los últimos tres meses.\n\nUn saludo,\nRosa\n", "Buscamos a alguien que revise las nóminas", ""},
		{"de suchen", "Hallo Frau Berg,\n\nwir suchen jemanden, der unsere Lohnabrechnung ab März übernimmt.\n\nGrüße\nJan\n", "wir suchen jemanden, der unsere Lohnabrechnung", ""},
		{"nl op zoek", "Hoi Sanne,\n\nWe zijn op zoek naar iemand die onze jaarrekening kan opstellen.\n\nGroet,\nPim\n", "We zijn op zoek naar iemand die onze jaarrekening", ""},
		{"it cerchiamo", "Buongiorno,\n\nCerchiamo qualcuno che aggiorni il sito del ristorante.\n\nSaluti,\nGino\n", "Cerchiamo qualcuno che aggiorni il sito", ""},
		{"pt procuramos", "Olá,\n\nProcuramos alguém para preparar as declarações de IVA da empresa.\n\nCumprimentos,\nRui\n", "Procuramos alguém para preparar as declarações", ""},
		{"en we are", "Hi,\n\nWe are looking for someone to survey the barn before we bid.\n\nNed\n", "We are looking for someone to survey the barn", ""},
		{"guard: another's search", "Hi,\n\nMy neighbour is looking for someone to prune his hedge. Can you send the gutter quote?\n\nNed\n", "Can you send the gutter quote?", "My neighbour is looking for someone to prune his hedge."},
		{"guard: de a thing", "Hallo,\n\nIch suche noch die Belege vom Januar. Wann ist die Frist für die Umsatzsteuer?\n\nJan\n", "Wann ist die Frist für die Umsatzsteuer?", "Ich suche noch die Belege vom Januar."},
		{"guard: they are looking", "Hi,\n\nThe agents are looking for someone to rent it by May. Is the gas certificate valid?\n\nNed\n", "Is the gas certificate valid?", "The agents are looking for someone to rent it by May."},
	})
}
