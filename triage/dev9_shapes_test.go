package triage

import "testing"

// TestDev9Shapes: the shapes the dev9 set showed missing, each as a
// general rule with sentences written for it (none is taken from a set),
// with rows where the rule must not fire.
func TestDev9Shapes(t *testing.T) {
	t.Run("a German request to ask with the verb before the subject", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"zudem möchte ich Sie bitten", "Zudem möchte ich Sie bitten, die Reisekostenabrechnung für März zu erstellen.",
				[]string{"paid: Zudem möchte ich Sie bitten, die Reisekostenabrechnung für März zu erstellen."}},
			{"ferner möchten wir Sie bitten", "Ferner möchten wir Sie bitten, den Jahresabschluss unserer GmbH vorzubereiten.",
				[]string{"paid: Ferner möchten wir Sie bitten, den Jahresabschluss unserer GmbH vorzubereiten."}},
			{"darüber hinaus möchte ich dich bitten", "Darüber hinaus möchte ich dich bitten, die Lohnabrechnung für den neuen Azubi zu prüfen.",
				[]string{"paid: Darüber hinaus möchte ich dich bitten, die Lohnabrechnung für den neuen Azubi zu prüfen."}},
			{"gleichzeitig würden wir Sie bitten", "Gleichzeitig würden wir Sie bitten, das Angebot für die Website zu überarbeiten.",
				[]string{"paid: Gleichzeitig würden wir Sie bitten, das Angebot für die Website zu überarbeiten."}},
			{"deshalb würde ich Sie bitten", "Deshalb würde ich Sie bitten, den Mietvertrag für das Lager durchzusehen.",
				[]string{"paid: Deshalb würde ich Sie bitten, den Mietvertrag für das Lager durchzusehen."}},
			{"außerdem bitte ich Sie", "Außerdem bitte ich Sie, die Gehaltsabrechnungen für das zweite Quartal zu erstellen.",
				[]string{"paid: Außerdem bitte ich Sie, die Gehaltsabrechnungen für das zweite Quartal zu erstellen."}},
			{"an account of asking is no ask", "Letztes Jahr wollte ich Sie bitten, aber dann kam Corona dazwischen.", nil},
		})
	})
	t.Run("what a change means for the client is research", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"mean for our staff", "Could you explain what the new pension rules mean for our two part-time staff?",
				[]string{"paid: Could you explain what the new pension rules mean for our two part-time staff?"}},
			{"means for a business our size", "Would you explain what the e-invoicing requirement means for a business our size?",
				[]string{"paid: Would you explain what the e-invoicing requirement means for a business our size?"}},
			{"would mean for us", "Please explain what the landlord's new service charge clause would mean for us.",
				[]string{"paid: Please explain what the landlord's new service charge clause would mean for us."}},
			{"affects what we claim", "Can you explain how the change to mileage rates affects what we claim?",
				[]string{"paid: Can you explain how the change to mileage rates affects what we claim?"}},
			{"implications for my pension", "Can you set out the implications for my pension of taking the lump sum early?",
				[]string{"paid: Can you set out the implications for my pension of taking the lump sum early?"}},
			{"what a line on a bill is stays quick", "Could you explain what the £40 charge on my last bill is for?",
				[]string{"quick: Could you explain what the £40 charge on my last bill is for?"}},
			{"what a word means stays quick", "What does accrual mean?",
				[]string{"quick: What does accrual mean?"}},
			{"how a change affects our costs", "Could you look at how the new minimum wage will affect our staff costs?",
				[]string{"paid: Could you look at how the new minimum wage will affect our staff costs?"}},
			{"whether a change touches a thing is a yes/no", "Will moving offices affect our phone numbers?",
				[]string{"quick: Will moving offices affect our phone numbers?"}},
		})
	})
	t.Run("praise put as a question asks nothing", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"what would the shop do without you", "What would the shop do without you?", nil},
			{"where would we be without you", "Where would we be without you, honestly?", nil},
			{"what would I have done without your help", "What would I have done without your help this year?", nil},
			{"where would our books be without you", "Where would our books be without you!?", nil},
			{"what would the team do without your patience", "Thanks again - what would the team do without your patience?", nil},
			{"doing without a document is a real question", "What would we do without a signed lease from the landlord?",
				[]string{"What would we do without a signed lease from the landlord?"}},
			{"managing without staff is a real question", "Where would we be without a payroll clerk if Jo leaves in May?",
				[]string{"Where would we be without a payroll clerk if Jo leaves in May?"}},
		})
	})
	t.Run("a wish that a thing stays as it is asks nothing", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"opening hours to stay as they are", "We'd like the opening hours on the website to stay as they are.", nil},
			{"font to remain the same", "I'd like the font to remain the same as on our old flyers.", nil},
			{"a colour to stay, with a reason", "We'd like the blue from the van livery to stay, since people recognise it.", nil},
			{"prices to stay where they are", "I would like the prices for regular clients to stay where they are.", nil},
			{"layout to stay roughly the same", "We'd like the menu layout to stay roughly the same.", nil},
			{"a thing to be redone still asks", "We'd like the invoice to be reissued in the company's name.",
				[]string{"We'd like the invoice to be reissued in the company's name."}},
			{"someone named to keep a thing still asks", "I'd like you to keep the old logo files on record.",
				[]string{"I'd like you to keep the old logo files on record."}},
			{"a thing to be ready still asks", "We'd like the accounts to be ready before the bank meeting.",
				[]string{"We'd like the accounts to be ready before the bank meeting."}},
		})
	})
	t.Run("seats or licences on a subscription are account admin", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"add more licences", "Please add three more licences to our subscription from March.",
				[]string{"quick: Please add three more licences to our subscription from March."}},
			{"take seats off", "Could you take two seats off our plan when Mia and Joe leave?",
				[]string{"quick: Could you take two seats off our plan when Mia and Joe leave?"}},
			{"need extra licenses", "I need two extra licenses for the design team.",
				[]string{"quick: I need two extra licenses for the design team."}},
			{"we'd like to add user seats", "We'd like to add four more user seats to our account next month.",
				[]string{"quick: We'd like to add four more user seats to our account next month."}},
			{"another seat", "Please add another seat for our new receptionist.",
				[]string{"quick: Please add another seat for our new receptionist."}},
			{"a seating plan is work", "Could you design a seating plan for the gala dinner?",
				[]string{"paid: Could you design a seating plan for the gala dinner?"}},
			{"installing licences is work", "Can you install the software licences on the six new laptops?",
				[]string{"paid: Can you install the software licences on the six new laptops?"}},
		})
	})
}
