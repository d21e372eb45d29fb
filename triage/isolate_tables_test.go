package triage

import (
	"strings"
	"testing"
)

// isolateSeeds are the shapes of quoted history, signatures and footers
// the tables cover, written for these tests; FuzzIsolate starts from them.
var isolateSeeds = []string{
	"Ja, bitte.\n\nAm 3. März 2026 um 09:12 schrieb Jonas Weber <jonas@example.test>:\n> Soll ich anfangen?",
	"Oui, allez-y.\n\nLe mar. 3 mars 2026 à 09:12, Claire Petit <claire@example.test> a écrit :\n> Je commence ?",
	"Sí, adelante.\n\nEl mar, 3 mar 2026 a las 9:12, Lucía Gómez (<lucia@example.test>) escribió:\n> ¿Empiezo?",
	"Ja, graag.\n\nOp di 3 mrt. 2026 om 09:12 schreef Sanne de Vries <sanne@example.test>:\n> Zal ik beginnen?",
	"Sì, procedi.\n\nIl giorno mar 3 mar 2026 alle ore 09:12 Marco Rossi <marco@example.test> ha scritto:\n> Inizio?",
	"Sim, pode seguir.\n\nEm ter., 3 de mar. de 2026 às 09:12, Ana Souza <ana@example.test> escreveu:\n> Posso começar?",
	"Ja tack.\n\nDen 3 mars 2026 kl. 09:12 skrev Erik Lund <erik@example.test>:\n> Ska jag börja?",
	"Да, начинайте.\n\n3 марта 2026 г., в 9:12, Иван Петров <ivan@example.test> написал(а):\n> Начинать?",
	"Tak, proszę.\n\nW dniu 3.03.2026 o 09:12, Anna Nowak <anna@example.test> napisał(a):\n> Zaczynam?",
	"はい、お願いします。\n\n2026年3月3日(火) 9:12 山田太郎 <taro@example.test>:\n> 始めますか？",
	"Vâng, cảm ơn.\n\nVào 09:12 Th 3, 3 thg 3, 2026 Minh Trần <minh@example.test> đã viết:\n> Bắt đầu nhé?",
	"Sounds good, thanks.\n\nOn Tue, Mar 3, 2026 at 9:12 AM Dana Reyes <dana@example.test>\nwrote:\n> Shall I start?",
	"Sounds good On Tue, Mar 3, 2026 at 9:12 AM, dana@example.test wrote:\n> Shall I start?",
	"Erledigt.\n\nVon: Jonas Weber <jonas@example.test>\nGesendet: Dienstag, 3. März 2026 09:12\nAn: Büro\nBetreff: Belege",
	"C'est fait.\n\nDe : Claire Petit\nEnvoyé : mardi 3 mars 2026 09:12\nÀ : Cabinet\nObjet : Factures",
	"Klaar.\n\nVan: Sanne de Vries\nVerzonden: dinsdag 3 maart 2026 09:12\nAan: Kantoor\nOnderwerp: Facturen",
	"Klart.\n\nFra: Erik Lund\nSendt: 3. marts 2026 09:12\nTil: Kontoret\nEmne: Bilag",
	"Готово.\n\nОт: Иван Петров\nОтправлено: 3 марта 2026 г. 9:12\nКому: Бухгалтерия\nТема: Счета",
	"Gotowe.\n\nOd: Anna Nowak\nWysłano: 3 marca 2026 09:12\nDo: Biuro\nTemat: Faktury",
	"Done.\n\nDate: Tue, 3 Mar 2026 09:12:00 +0000\nTo: office@example.test\n\nOld text",
	"Done.\n\n-----Ursprüngliche Nachricht-----\nVon: Jonas",
	"Done.\n\n-------- Message d'origine --------\nDe : Claire",
	"Done.\n\n-----Oprindelig meddelelse-----\nFra: Erik",
	"Done.\n\n---- Reply Message ----\nOld text",
	"Can you file it by Friday?\n\n-Dana Reyes",
	"Can you file it by Friday?\n\nSent from Mailbox",
	"Can you file it by Friday?\n\n_______________\nbooks-club mailing list\nbooks-club@example.test",
	"Can you file it by Friday?\n\nTo unsubscribe from this group, send an email to group+unsubscribe@example.test.",
	"Here are the receipts.\n\nSame as last year",
}

// TestIsolateTables: the attribution, header, separator, signature,
// sign-off and footer tables, one written message per shape.
func TestIsolateTables(t *testing.T) {
	e := New(DefaultConfig())
	tests := []isolateRow{
		{"de attribution", isolateSeeds[0], "Ja, bitte."},
		{"fr attribution", isolateSeeds[1], "Oui, allez-y."},
		{"es attribution", isolateSeeds[2], "Sí, adelante."},
		{"nl attribution", isolateSeeds[3], "Ja, graag."},
		{"it attribution", isolateSeeds[4], "Sì, procedi."},
		{"pt attribution", isolateSeeds[5], "Sim, pode seguir."},
		{"sv attribution", isolateSeeds[6], "Ja tack."},
		{"ru attribution", isolateSeeds[7], "Да, начинайте."},
		{"pl attribution", isolateSeeds[8], "Tak, proszę."},
		{"ja date and address", isolateSeeds[9], "はい、お願いします。"},
		{"vi attribution", isolateSeeds[10], "Vâng, cảm ơn."},
		{"gmail attribution over two lines", isolateSeeds[11], "Sounds good, thanks."},
		{"reply on the attribution's line", isolateSeeds[12], "Sounds good"},
		{"de header block", isolateSeeds[13], "Erledigt."},
		{"fr header block", isolateSeeds[14], "C'est fait."},
		{"nl header block", isolateSeeds[15], "Klaar."},
		{"da header block", isolateSeeds[16], "Klart."},
		{"ru header block", isolateSeeds[17], "Готово."},
		{"pl header block", isolateSeeds[18], "Gotowe."},
		{"header block that starts with Date", isolateSeeds[19], "Done."},
		{"de separator", isolateSeeds[20], "Done."},
		{"fr separator", isolateSeeds[21], "Done."},
		{"da separator", isolateSeeds[22], "Done."},
		{"reply message separator", isolateSeeds[23], "Done."},
		{"dash name signature", isolateSeeds[24], "Can you file it by Friday?"},
		{"Sent from Mailbox", isolateSeeds[25], "Can you file it by Friday?"},
		{"mailing list footer", isolateSeeds[26], "Can you file it by Friday?"},
		{"group footer", isolateSeeds[27], "Can you file it by Friday?"},
		{"a short last paragraph of sentence words is kept", isolateSeeds[28], "Here are the receipts.\n\nSame as last year"},
		{"sv separator", "Klart.\n\n-----Ursprungligt meddelande-----\nFrån: Erik", "Klart."},
		{"fi separator", "Valmis.\n\n-----Alkuperäinen viesti-----\nLähettäjä: Aino", "Valmis."},
		{"no separator", "Ferdig.\n\n-----Opprinnelig melding-----\nFra: Ola", "Ferdig."},
		{"es separator", "Listo.\n\n-----Mensaje original-----\nDe: Lucía", "Listo."},
		{"ru forward", "Смотрите ниже.\n\n-------- Пересылаемое сообщение --------\nОт кого: Иван", "Смотрите ниже."},
		{"sv forward", "Se nedan.\n\n---------- Vidarebefordrat meddelande ----------\nFrån: Erik", "Se nedan."},
		{"dashed android attribution", "Yes.\n\n---- Dana Reyes wrote ----\n> Start?", "Yes."},
		{"ja attribution verb", "承知しました。\n\n山田太郎さんは書きました:\n> 始めますか？", "承知しました。"},
		{"ru attribution with the user word", "Да.\n\n03.03.2026 9:12 пользователь \"Иван\" <ivan@example.test> написал:\n> Начинать?", "Да."},
		{"header block of From and Date only", "Noted.\n\nFrom: Dana Reyes <dana@example.test>\nDate: Tue, 3 Mar 2026 09:12\n\nOld text", "Noted."},
		{"From and Date on one line", "Noted.\nFrom: dana@example.test Date: Tue, 3 Mar 2026 09:12\nOld text", "Noted."},
		{"Sent from my BlackBerry", "Please call me.\n\nSent from my BlackBerry® wireless device", "Please call me."},
		{"Get Outlook for iOS", "Please call me.\n\nGet Outlook for iOS", "Please call me."},
		{"fr phone signature", "Pouvez-vous m'appeler ?\n\nEnvoyé de mon iPhone", "Pouvez-vous m'appeler ?"},
		{"nl phone signature", "Bel me even.\n\nVerstuurd vanaf mijn iPhone", "Bel me even."},
		{"de sign-off and name", "Bitte rufen Sie mich an.\n\nMit freundlichen Grüßen\nJonas Weber", "Bitte rufen Sie mich an."},
		{"da sign-off and name", "Ring venligst.\n\nMed venlig hilsen\nErik Lund", "Ring venligst."},
		{"pl sign-off and name", "Proszę zadzwonić.\n\nPozdrawiam,\nAnna", "Proszę zadzwonić."},
		{"subscribed footer", "Is the meeting on?\n\nYou received this message because you are subscribed to the Tenants group.", "Is the meeting on?"},
		{"name block after text is dropped", "Please send the form.\n\nDana Reyes\nReyes Bakery", "Please send the form."},
		{"one greeting line is the whole message", "\nHello\n\n> Old text", "Hello"},
		{"quoted link wrapped onto the next line", "Fine.\n\nOn Tue, Mar 3, 2026 at 9:12 AM, Ann wrote:\n> See (http://example.test/a\nb=1)\n>", "Fine."},
		{"a bare marker line that is the client's text", "Original message\n\nPlease look at the attached.", "Original message\n\nPlease look at the attached."},
		{"a list item with a dash is not a signature", "Two things:\n- Payroll\n- Taxes\nCan you do both?", "Two things:\n- Payroll\n- Taxes\nCan you do both?"},
		{"an appointment's Date line is not a header block", "Meeting details:\n\nDate: Tuesday 3 March\nTime: 9:00\nPlace: office", "Meeting details:\n\nDate: Tuesday 3 March\nTime: 9:00\nPlace: office"},
		{"'on' in a sentence ending in a colon is not an attribution", "I will call you on Monday at 10:30, as you wrote:\nbring the forms.", "I will call you on Monday at 10:30, as you wrote:\nbring the forms."},
		{"transfer details are not a header block", "Transfer details:\nFrom: Checking 1234\nTo: Savings 5678\nAmount: $500\n\nDid it go through?", "Transfer details:\nFrom: Checking 1234\nTo: Savings 5678\nAmount: $500\n\nDid it go through?"},
		{"a payment date and payee are not a header block", "Payment:\nDate: March 3\nTo: the landlord\n\nIs that enough notice?", "Payment:\nDate: March 3\nTo: the landlord\n\nIs that enough notice?"},
		{"a name that wrote, over the client's own lines", "Here is what Ann wrote:\n\nThe invoice total is wrong.\n\nCan you check it?", "Here is what Ann wrote:\n\nThe invoice total is wrong.\n\nCan you check it?"},
		{"a German sentence with 'schrieb' is not an attribution", "Am Montag schrieb ich Ihnen Folgendes:\n\nDie Rechnung fehlt noch.", "Am Montag schrieb ich Ihnen Folgendes:\n\nDie Rechnung fehlt noch."},
		{"an attribution with a year and no time", "Fine by me.\n\nOn 3 March 2026, Dana Reyes wrote:\n\nShall I file?", "Fine by me."},
		{"a name that wrote, over a quote", "Agreed.\n\nAnn Lee wrote:\n> Shall we file now?", "Agreed."},
		{"a one-item list is not a signature", "Please add:\n- Payroll", "Please add:\n- Payroll"},
		{"an em dash name is", "Can you call me?\n\n— Dana", "Can you call me?"},
		{"a dash list at the end is not a signature", "Please add:\n\n-Payroll\n-Taxes", "Please add:\n\n-Payroll\n-Taxes"},
		{"ja message-of attribution", "了解です。\n\n2026年3月3日 9:12 山田太郎のメッセージ:\n> 始めますか？", "了解です。"},
		{"forward marker over a quote with text below", "Look at this.\n\nBegin forwarded message:\n\n> From: Ann\n> Old text\n\nWhat do you think?", "Look at this.\n\n\nWhat do you think?"},
	}
	runIsolateRows(t, e, tests)
}

// isolateRow is one message and the new text Isolate must find in it.
type isolateRow = struct{ name, in, want string }

// runIsolateRows checks Isolate on each row.
func runIsolateRows(t *testing.T, e *Engine, rows []isolateRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.Isolate(tt.in); got != tt.want {
				t.Errorf("Isolate(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestIsolateTableWords: every table entry is lower case and no header
// field name repeats: the matchers lower-case the line, not the table.
func TestIsolateTableWords(t *testing.T) {
	for name, list := range map[string][]string{
		"attributionStarts": attributionStarts, "attributionVerbs": attributionVerbs, "historyMarkers": historyMarkers,
		"mobileSignatures": mobileSignatures, "listFooters": listFooters, "signOffLines": signOffLines,
		"inviteStrongMarkers": inviteStrongMarkers, "inviteLines": inviteLines, "inviteFooters": inviteFooters,
		"inviteLinkHosts": inviteLinkHosts,
	} {
		seen := map[string]bool{}
		for _, w := range list {
			if w != strings.ToLower(w) || strings.TrimSpace(w) == "" {
				t.Errorf("%s: %q is not lower case", name, w)
			}
			if seen[w] {
				t.Errorf("%s: %q twice", name, w)
			}
			seen[w] = true
		}
	}
	for f := range headerFieldKinds {
		if f != strings.ToLower(f) {
			t.Errorf("headerFieldKinds: %q is not lower case", f)
		}
	}
}
