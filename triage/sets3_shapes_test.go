package triage

import "testing"

// TestSets3Shapes: the shapes the dev3 and messy2 sets showed missing,
// each as a general rule with sentences written for it (none is taken
// from a set).
func TestSets3Shapes(t *testing.T) {
	t.Run("run-ons", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"a request to the firm after a statement, no joiner", "hi jo the card reader keeps freezing could you take a look and also order a spare roll of receipt paper",
				[]string{"paid: the card reader keeps freezing could you take a look", "paid: also order a spare roll of receipt paper"}},
			{"a status question then a conditional request", "the gate code changed last week has anyone told the cleaners if not could you send them the new code",
				[]string{"quick: the gate code changed last week has anyone told the cleaners", "quick: if not could you send them the new code"}},
			{"a question about when after a statement", "we moved the review to the small room what time suits you",
				[]string{"quick: we moved the review to the small room what time suits you"}},
			{"a long first ask keeps its statement out", "the new till arrived yesterday can you confirm whether the old one goes back to the supplier or to you",
				[]string{"quick: can you confirm whether the old one goes back to the supplier or to you"}},
			{"or joins alternatives of one ask", "should we post the originals to you or can you work from the scans we sent",
				[]string{"quick: should we post the originals to you or can you work from the scans we sent"}},
			{"please can you is one ask", "whenever you get a minute please can you resend the minutes from monday",
				[]string{"quick: whenever you get a minute please can you resend the minutes from monday"}},
			{"let me know what day stays one ask", "let me know what day you can come round to fit the blinds",
				[]string{"quick: let me know what day you can come round to fit the blinds"}},
			{"a statement with did you inside is not split", "we already told the landlord what you did yesterday", nil},
			{"a reported when is not an ask", "the caterers told us what day works best for the delivery and it is all booked now", nil},
		})
	})
	t.Run("indirect and capacity frames", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"I wonder if you could tell me", "I wonder if you could tell me when the office reopens after the holidays.",
				[]string{"quick: I wonder if you could tell me when the office reopens after the holidays."}},
			{"I wonder whether you got", "I also wonder whether you got my voicemail on Tuesday.",
				[]string{"quick: I also wonder whether you got my voicemail on Tuesday."}},
			{"musing without you is no ask", "I wonder if it will snow before the fair.", nil},
			{"would you have time to: work", "Would you have time to redesign the menu boards before Easter?",
				[]string{"paid: Would you have time to redesign the menu boards before Easter?"}},
			{"do you have capacity to: work", "Do you have capacity to take on the bookkeeping for our second shop?",
				[]string{"paid: Do you have capacity to take on the bookkeeping for our second shop?"}},
			{"would you have capacity to write", "Would you have capacity to write the grant narrative for the new minibus?",
				[]string{"paid: Would you have capacity to write the grant narrative for the new minibus?"}},
			{"could you write a text", "Could you write a short welcome email for our new members?",
				[]string{"paid: Could you write a short welcome email for our new members?"}},
		})
	})
	t.Run("not asks", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"a need measured", "We have far more chairs than we need for the spring term.", nil},
			{"a need asked", "We need the payroll rerun by Friday.", []string{"paid: We need the payroll rerun by Friday."}},
			{"regret about the client's own past", "Why didn't I move my pension sooner?!", nil},
			{"regret, years ago", "Why haven't we switched suppliers years ago?", nil},
			{"a real why-not question", "Why didn't we get the council's letter about the rates?",
				[]string{"quick: Why didn't we get the council's letter about the rates?"}},
		})
	})
	t.Run("plans, rules and status", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"a subscription plan is a fact", "Is there a cheaper plan we could switch to for the website?",
				[]string{"quick: Is there a cheaper plan we could switch to for the website?"}},
			{"a plan to be made is work", "Can you put together a plan for the office move in June?",
				[]string{"paid: Can you put together a plan for the office move in June?"}},
			{"know whether a rule applies", "I'd like to know whether the staff bonus is taxable as a benefit.",
				[]string{"paid: I'd like to know whether the staff bonus is taxable as a benefit."}},
			{"know how a thing should be treated", "Please let me know how the donated van should be treated in our accounts.",
				[]string{"paid: Please let me know how the donated van should be treated in our accounts."}},
			{"whether the rules allow", "It would be helpful to know whether the new rules allow us to claim the laptop.",
				[]string{"paid: It would be helpful to know whether the new rules allow us to claim the laptop."}},
			{"know whether it happened", "I'd like to know whether the March invoice was paid.",
				[]string{"quick: I'd like to know whether the March invoice was paid."}},
			{"check if things are coming through", "Can you check if the card refunds are coming through yet?",
				[]string{"quick: Can you check if the card refunds are coming through yet?"}},
		})
	})
	t.Run("a line ending in a comma goes on", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"comma then so", "We open a second site in March and I would like to hire two cooks,\nso I'd like your help to set up the payroll for them.",
				[]string{"paid: We open a second site in March and I would like to hire two cooks, so I'd like your help to set up the payroll for them."}},
		})
	})
	t.Run("other languages", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"de: möchte ich, dass Sie", "Außerdem möchte ich, dass Sie die Rechnungen des letzten Quartals mit dem Konto abgleichen.",
				[]string{"paid: Außerdem möchte ich, dass Sie die Rechnungen des letzten Quartals mit dem Konto abgleichen."}},
			{"nl: kunt u … maken", "Kunt u een overzicht maken van alle openstaande facturen?",
				[]string{"paid: Kunt u een overzicht maken van alle openstaande facturen?"}},
			{"nl: kun je laten weten", "Kun je me laten weten of de betaling binnen is?",
				[]string{"quick: Kun je me laten weten of de betaling binnen is?"}},
			{"it: potresti preparare", "Potresti preparare il prospetto delle ferie per gennaio?",
				[]string{"paid: Potresti preparare il prospetto delle ferie per gennaio?"}},
		})
	})
}
