package triage

import "testing"

// TestRecapStatesNeed: a statement opened by a recap word that states a
// need, after an earlier ask of the message, sums that ask up; the ask
// stays, the summary is no second ask. A recap with no ask before it, a
// recap put as a question and one that asks for a new thing still ask.
func TestRecapStatesNeed(t *testing.T) {
	runAskRows(t, []askRow{
		{"to recap", "Hi,\n\nCould you redraw the side elevation with the larger window?\n\nSo, to recap, it's the revised elevation I need for the planning officer.\n\nTom\n", "Could you redraw the side elevation", "to recap"},
		{"basically", "Hello,\n\nCan you work out the holiday pay for the two part-timers? Basically I just need the two figures before payroll runs.\n\nAmy\n", "Can you work out the holiday pay", "Basically I just need"},
		{"in short all we're after", "Hi,\n\nPlease quote for repainting the shopfront.\n\nIn short, all we're after is a price we can take to the landlord.\n\nBen\n", "Please quote for repainting the shopfront", "all we're after"},
		{"to sum up", "Hi Jo,\n\nCould you check the delivery notes against the March invoices?\n\nTo sum up, I need to know which pallets we paid for twice.\n\nCal\n", "Could you check the delivery notes", "which pallets we paid for twice"},
		{"all I need", "Hi Sue,\n\nCan you send over the floor plan for unit 4? All I need is the square footage for the insurer.\n\nDee\n", "Can you send over the floor plan", "All I need is the square footage"},
		{"de kurz gesagt", "Hallo,\n\nKönnen Sie die Nebenkostenabrechnung prüfen?\n\nKurz gesagt brauche ich nur die Zahl für den Vermieter.\n\nDirk\n", "Können Sie die Nebenkostenabrechnung prüfen", "brauche ich nur die Zahl"},
		{"fr en bref", "Bonjour,\n\nPourriez-vous refaire le devis pour la cuisine ?\n\nEn bref, j'ai besoin d'un chiffre pour la banque.\n\nElise\n", "Pourriez-vous refaire le devis", "besoin d'un chiffre"},
		{"guard: no ask before", "Hi,\n\nThe van failed its MOT last week and the garage wants to replace the brakes.\n\nBasically I need someone to look at the garage's quote before I agree to it.\n\nFay\n", "need someone to look at the garage's quote", ""},
		{"guard: recap as a question", "Hi,\n\nCan you send the payslips?\n\nIn short, can you also file the P11D?\n\nGil\n", "can you also file the P11D", ""},
		{"guard: no need stated", "Hi,\n\nPlease renew the domain.\n\nIn short, please also move the email to the new host.\n\nHal\n", "please also move the email", ""},
	})
}
