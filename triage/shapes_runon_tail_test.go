package triage

import "testing"

// TestRunOnTails: in texting-style run-ons, the client's hedged belief
// ("i think its due soon") and news opened by "also" ("also we've moved")
// after an ask are background, and "can he / could she …" after a
// statement opens a question about a third person.
func TestRunOnTails(t *testing.T) {
	t.Run("a hedged belief after the ask", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"think", "hi jo can you send the gas safety cert for flat 2 i think the tenant needs it",
				[]string{"quick: can you send the gas safety cert for flat 2"}},
			{"reckon", "morning can you file the cis return for me i reckon its late already",
				[]string{"paid: can you file the cis return for me"}},
			{"we think", "hey could you book the van in for its mot we think its due next week",
				[]string{"paid: could you book the van in for its mot"}},
			{"guess", "hiya can you sort the payroll for the new starter i guess she starts monday",
				[]string{"paid: can you sort the payroll for the new starter"}},
			{"believe", "hello can you renew the domain for the shop i believe it runs out soon",
				[]string{"quick: can you renew the domain for the shop"}},
			{"guard: the belief is the ask's object", "hi can you check what i think is a double payment on the card",
				[]string{"quick: can you check what i think is a double payment on the card"}},
			{"guard: after why", "hi can you explain why we think the bill is wrong",
				[]string{"quick: can you explain why we think the bill is wrong"}},
		})
	})
	t.Run("news opened by also after the ask", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"we've", "hi did the refund from the council come through also we've moved to the new unit",
				[]string{"quick: did the refund from the council come through"}},
			{"i'm", "morning has the payroll gone out also i'm off from friday",
				[]string{"quick: has the payroll gone out"}},
			{"we're", "hey did you get the signed lease also we're closing early on the 24th",
				[]string{"quick: did you get the signed lease"}},
			{"i've", "hiya did the card machine arrive also i've changed banks",
				[]string{"quick: did the card machine arrive"}},
			{"weve", "has my tax refund come in yet also weve got a new van",
				[]string{"quick: has my tax refund come in yet"}},
			{"guard: also before an ask", "did you get the photos and also can you check the quote for the porch",
				[]string{"quick: did you get the photos", "paid: can you check the quote for the porch"}},
		})
	})
	t.Run("can or could with a third person after a statement", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"can she", "my daughter starts at the salon next month can she be added to the payroll",
				[]string{"quick: can she be added to the payroll"}},
			{"could he", "the new apprentice passed his course last week could he do the site visits on his own",
				[]string{"quick: could he do the site visits on his own"}},
			{"can he", "hello my son is home from uni for christmas can he help out in the shop",
				[]string{"quick: can he help out in the shop"}},
			{"could he start", "hi the new lad turned 17 last week could he start on the payroll in january",
				[]string{"quick: could he start on the payroll in january"}},
			{"can she still", "hello our office manager is off sick till march can she still get her bonus paid",
				[]string{"quick: can she still get her bonus paid"}},
			{"guard: after a wh-word", "hi we asked the fitter yesterday what can he do about the cracked tile", nil},
		})
	})
}
