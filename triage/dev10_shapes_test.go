package triage

import "testing"

// TestDev10Shapes: the shapes the dev10 set showed missing, each as a
// general rule with sentences written for it (none is taken from a set),
// with rows where the rule must not fire.
func TestDev10Shapes(t *testing.T) {
	t.Run("a word two languages spell alike counts once", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"email migration still booked", "Can you confirm the email migration is still booked for Friday night?",
				[]string{"quick: Can you confirm the email migration is still booked for Friday night?"}},
			{"migration still on", "Is the migration to the new mail server still on for Sunday?",
				[]string{"quick: Is the migration to the new mail server still on for Sunday?"}},
			{"did the migration finish", "Did the migration of the shared drive finish over the weekend?",
				[]string{"quick: Did the migration of the shared drive finish over the weekend?"}},
			{"database migration still planned", "Could you confirm whether the database migration is still planned for the 3rd?",
				[]string{"quick: Could you confirm whether the database migration is still planned for the 3rd?"}},
			{"migration date confirmed", "Has anyone confirmed the date for the phone system migration yet?",
				[]string{"quick: Has anyone confirmed the date for the phone system migration yet?"}},
			{"did your engineer configure", "Did your engineer configure the new router yesterday?",
				[]string{"quick: Did your engineer configure the new router yesterday?"}},
			{"a request to configure stays paid", "Could you configure the new firewall for the second office?",
				[]string{"paid: Could you configure the new firewall for the second office?"}},
			{"a request to plan a migration stays paid", "Please plan the migration of our files to SharePoint.",
				[]string{"paid: Please plan the migration of our files to SharePoint."}},
		})
	})
	t.Run("a why-question of what only ever happens vents", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"card reader on a Saturday", "Why does the card reader only ever fail on a Saturday?", nil},
			{"why is it that the VPN", "Why is it that the VPN only ever drops when I'm on a client call?", nil},
			{"boilers in January", "Why do the boilers only ever break down in January?", nil},
			{"letters on holiday", "Why does the tax office only ever write when I'm away on holiday?", nil},
			{"alarm at three", "So why does the alarm only ever go off at three in the morning?", nil},
			{"what only happens is a real question", "Why does the report only show the first ten rows?",
				[]string{"Why does the report only show the first ten rows?"}},
			{"ever without only is a real question", "Why has the bank ever charged us this fee?",
				[]string{"Why has the bank ever charged us this fee?"}},
		})
	})
	t.Run("asking the firm to have a go at a task asks for the work", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"have a go at it before Friday", "Could you have a go at it before Friday?",
				[]string{"paid: Could you have a go at it before Friday?"}},
			{"having a stab at the wording", "Would you mind having a stab at the wording for our late payment letter?",
				[]string{"paid: Would you mind having a stab at the wording for our late payment letter?"}},
			{"take a crack at it", "Can you take a crack at it this week?",
				[]string{"paid: Can you take a crack at it this week?"}},
			{"a first stab at the budget", "Would you take a first stab at next year's budget?",
				[]string{"paid: Would you take a first stab at next year's budget?"}},
			{"have a go at the advert", "Could you have a go at the advert for the new bookkeeper role?",
				[]string{"paid: Could you have a go at the advert for the new bookkeeper role?"}},
			{"have a crack at the rota", "Fancy having a crack at the staff rota for January?",
				[]string{"paid: Fancy having a crack at the staff rota for January?"}},
			{"be able to have a go at it", "Would you be able to have a go at it?",
				[]string{"paid: Would you be able to have a go at it?"}},
			{"a stab at this one", "Could you have a stab at this one?",
				[]string{"paid: Could you have a stab at this one?"}},
			{"having a crack at that", "Would you mind having a crack at that for us?",
				[]string{"paid: Would you mind having a crack at that for us?"}},
			{"give it a go", "Can you give it a go when you're back?",
				[]string{"paid: Can you give it a go when you're back?"}},
			{"the client's own go is news", "I had a go at the expenses sheet myself last night.", nil},
		})
	})
	t.Run("the consequences of a step for the client are research", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"tax consequences of selling", "Could you tell me what the tax consequences would be of selling the van to my son?",
				[]string{"paid: Could you tell me what the tax consequences would be of selling the van to my son?"}},
			{"consequences for my pension", "What would the consequences be for my pension if I stopped paying in for a year?",
				[]string{"paid: What would the consequences be for my pension if I stopped paying in for a year?"}},
			{"VAT consequences of moving", "Can you explain the VAT consequences of moving the shop into my own name?",
				[]string{"paid: Can you explain the VAT consequences of moving the shop into my own name?"}},
			{"set out the tax consequences", "Please set out the tax consequences of paying the bonus in March rather than December.",
				[]string{"paid: Please set out the tax consequences of paying the bonus in March rather than December."}},
			{"whether, then the consequences if not", "Could you let us know whether the old lease has to be registered, and what the consequences are if it isn't?",
				[]string{"paid: Could you let us know whether the old lease has to be registered, and what the consequences are if it isn't?"}},
			{"financial consequences of closing", "What are the financial consequences of closing the second shop early?",
				[]string{"paid: What are the financial consequences of closing the second shop early?"}},
			{"a penalty for lateness is a fact", "Are there any consequences if I file a day late?",
				[]string{"quick: Are there any consequences if I file a day late?"}},
		})
	})
}
