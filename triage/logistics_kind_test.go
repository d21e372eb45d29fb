package triage

import "testing"

// TestLogisticsKinds: logistics and admin asks (quick) beside their
// look-alikes that are production work (paid), one table per rule of
// words_kind_logistics.go. Every sentence was written for this test; none
// is taken from a labelled set. guard rows are look-alikes the rule must
// leave alone.
func TestLogisticsKinds(t *testing.T) {
	type row struct {
		text  string
		want  Kind
		guard bool
	}
	tables := []struct {
		rule string
		rows []row
	}{
		{"a made thing handed on again", []row{
			{"Can you reissue receipt 4410 with the right VAT number on it?", Quick, false},
			{"Please re-send the welcome pack email to our new director.", Quick, false},
			{"Could you forward the planning consent letter to our builder?", Quick, false},
			{"Would you reissue last week's credit note, the PDF won't open.", Quick, false},
			{"please forward the signed lease to my business partner", Quick, false},
			{"Could you resend me the password reset link?", Quick, false},
			{"Can you reissue the certificate in my married name?", Quick, false},
			{"Please forward the quote for the banners to our office manager.", Quick, false},
			{"Could you rerun June's payroll with Amir's overtime and reissue his payslip?", Paid, true},
			{"Please redo the whole invoice run for the autumn with the corrected VAT rate.", Paid, true},
			{"Can you prepare the annual accounts and forward them to the bank?", Paid, true},
			{"Could you shift the back door 30cm on the drawings and reissue them?", Paid, true},
		}},
		{"a person put on the mail", []row{
			{"Please cc my co-director on anything about the audit.", Quick, false},
			{"Could you add our new finance manager to the email thread?", Quick, false},
			{"Can you add Priti from accounts to the distribution list for the weekly figures?", Quick, false},
			{"Please loop our site foreman in on the snagging emails.", Quick, false},
			{"Could you keep my wife in the loop on the house purchase?", Quick, false},
			{"Can you add my assistant to the calendar invite for Monday?", Quick, false},
			{"please copy me in on the replies to the landlord", Quick, false},
			{"Could you add our new bookkeeper to the project channel?", Quick, false},
			{"Can you add the new staff to the calendar system and set up their permissions?", Paid, true},
			{"Could you forward all our emails to the new domain and set up the mailboxes?", Paid, true},
			{"Please add all of last year's receipts to the expenses spreadsheet and reconcile it.", Paid, true},
			{"Can you add the new product range to the website with photos and prices?", Paid, true},
		}},
		{"a meeting moved or cancelled, whatever its name", []row{
			{"Could we move the site visit to Thursday afternoon?", Quick, false},
			{"Can you shift our zoom to half past three?", Quick, false},
			{"Please cancel tomorrow's consultation, I'm unwell.", Quick, false},
			{"Would you push the workshop back a week?", Quick, false},
			{"Can we reschedule the viewing for Saturday morning?", Quick, false},
			{"Could you move the kickoff to the 12th?", Quick, false},
			{"Please change the interview slot to 10am.", Quick, false},
			{"Could you shift our demo to the following Monday?", Quick, false},
			{"Please change the booking form on our website so it takes deposits.", Paid, true},
			{"Can you move our bookings over to the new reservations system?", Paid, true},
			{"Can you reschedule the whole build programme now that the steel is late?", Paid, true},
			{"Please move the rollout timeline back a month and redo the phases.", Paid, true},
			{"Could you rearrange the project plan so the tiling comes before the kitchen fit?", Paid, true},
			{"We need a replan of the refurbishment after the delay.", Paid, true},
		}},
		{"joining, attending or bringing a thing to a meeting", []row{
			{"Can my partner join Friday's call?", Quick, false},
			{"Could you bring the signed engagement letter to the meeting?", Quick, false},
			{"Is it alright if I bring our new marketing lead to the catch-up?", Quick, false},
			{"Would you be able to attend the board meeting on the 3rd?", Quick, false},
			{"Could our operations manager sit in on Tuesday's session?", Quick, false},
			{"Please bring the draft floor plans along on Wednesday.", Quick, false},
			{"Can I dial into the workshop instead of coming in?", Quick, false},
			{"Could you bring last month's figures to the review meeting?", Quick, false},
			{"Could you prepare a cash flow forecast and bring it to the meeting?", Paid, true},
			{"Please bring the books up to date for the lender.", Paid, true},
		}},
		{"a booking's day or a contact on file changed", []row{
			{"Could you change the delivery day for the leaflets to Tuesday?", Quick, false},
			{"Can you update the billing contact on our account to Sam Reyes?", Quick, false},
			{"Please change the phone number on file for our office.", Quick, false},
			{"Could you move the collection day to Friday?", Quick, false},
			// Booking a slot again is one step, as moving it is.
			{"Can you rebook the boiler service for the week after?", Quick, false},
			{"Please rebook the piano tuner for Saturday morning.", Quick, false},
			{"Could you rebook our table for six instead of four?", Quick, false},
			{"The courier missed us - can you rebook the collection?", Quick, false},
			{"Could you rebook the valuation for when the tenant is out?", Quick, false},
			{"Can you change the main contact in your records to my daughter?", Quick, false},
			{"Please change the venue for the training to our Leeds office.", Quick, false},
			{"Could you update the name on our account to the new company?", Quick, false},
			{"Would it be possible to change the pick-up slot to the afternoon?", Quick, false},
			{"Please update the contact page on our website with the new team photos.", Paid, true},
			{"Could you update the fixed asset register for the new vans?", Paid, true},
		}},
		{"a review moved, joined or brought to is a meeting", []row{
			{"Can we move our mid-year review to the Tuesday after?", Quick, false},
			{"Could the annual review be pushed to February?", Quick, false},
			{"Is there any way to postpone the pricing review by a fortnight?", Quick, false},
			{"Can you cancel our review on the 4th? We're short-staffed.", Quick, false},
			{"Could my finance lead attend the review as well?", Quick, false},
			{"Shall I bring the cost sheet to the review?", Quick, false},
			{"We'd like to rearrange Monday's review for later in the week.", Quick, false},
			{"Could I dial in to the quarterly review instead of travelling?", Quick, false},
			{"Could you review our supplier contracts before the move?", Paid, true},
			{"Could you attend to the review of the shareholder agreement this month?", Paid, true},
			{"Can you reissue all the invoices since June with the corrected VAT rate?", Paid, true},
			{"Could you resend it to our new office address?", Quick, false},
		}},
		{"cancelling is one step and re-planning is work, in six languages", []row{
			{"Könnten Sie die Schulung am Mittwoch absagen?", Quick, false},
			{"Pourriez-vous annuler l'entretien de mardi ?", Quick, false},
			{"¿Podrías cancelar la visita a la obra del viernes?", Quick, false},
			{"Kunt u de afspraak van donderdag afzeggen?", Quick, false},
			{"Puoi disdire l'incontro di giovedì?", Quick, false},
			{"Pode desmarcar a visita de quarta-feira?", Quick, false},
			{"Könnten Sie das Abo für die Buchhaltungssoftware stornieren?", Quick, false},
			{"¿Puedes anular la cita del lunes?", Quick, false},
			{"Könnten Sie den Bauablauf nach der Verzögerung komplett umplanen?", Paid, true},
			{"Pourriez-vous replanifier tout le chantier après le retard du fournisseur ?", Paid, true},
			{"Kunnen jullie de verbouwing opnieuw plannen nu de levering drie weken later is?", Paid, true},
			{"Potresti ripianificare i lavori del cantiere dopo il ritardo?", Paid, true},
		}},
		{"handed on again, in six languages", []row{
			{"Könnten Sie mir die Rechnung noch einmal schicken?", Quick, false},
			{"Bitte leiten Sie den Bescheid an unseren Anwalt weiter.", Quick, false},
			{"Pourriez-vous me renvoyer le lien du portail ?", Quick, false},
			{"Merci de mettre mon associé en copie des échanges.", Quick, false},
			{"¿Puedes reenviarme el enlace de la videollamada?", Quick, false},
			{"Kun je de factuur doorsturen naar onze boekhouder?", Quick, false},
			{"Potresti inoltrare la fattura al nostro commercialista?", Quick, false},
			{"Pode reenviar a fatura de março?", Quick, false},
			{"Können Sie den Jahresabschluss erstellen und an die Bank weiterleiten?", Paid, true},
			{"Pourriez-vous préparer la déclaration de TVA et me la renvoyer ?", Paid, true},
			{"¿Podrías preparar las cuentas anuales y reenviarlas al banco?", Paid, true},
		}},
	}
	e := New(DefaultConfig())
	for _, tb := range tables {
		fires, guards := 0, 0
		for _, r := range tb.rows {
			if r.guard {
				guards++
			} else {
				fires++
			}
			qs := e.Questions(r.text)
			if len(qs) != 1 || qs[0].Kind != r.want {
				var got []string
				for _, q := range qs {
					got = append(got, string(q.Kind)+": "+q.Text)
				}
				t.Errorf("%s: %q: got %q, want one %s ask", tb.rule, r.text, got, r.want)
			}
		}
		if fires < 8 || guards < 2 {
			t.Errorf("%s: %d rows and %d guards, want at least 8 and 2", tb.rule, fires, guards)
		}
	}
}
