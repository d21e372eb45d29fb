package triage

import "testing"

// TestLoveYouToFrames: "we'd love you to…", "I'd love it if you could…"
// put work to the firm as "we'd like you to" does; "love" of other kinds
// asks nothing. Sentences written for this test.
func TestLoveYouToFrames(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"we'd love you to", "We'd love you to put together a shortlist of venues for the retreat.", []string{"We'd love you to put together a shortlist of venues for the retreat."}},
		{"i'd love you to", "I'd love you to rework the opening paragraph of the brochure.", []string{"I'd love you to rework the opening paragraph of the brochure."}},
		{"we would love you to", "We would love you to price up a second coat for the hallway.", []string{"We would love you to price up a second coat for the hallway."}},
		{"love it if you could", "I'd love it if you could draft a welcome letter for the new tenants.", []string{"I'd love it if you could draft a welcome letter for the new tenants."}},
		{"love it if you would", "We would love it if you would look over the grant application.", []string{"We would love it if you would look over the grant application."}},
		// Guards: love that asks the firm nothing.
		{"guard: loved the work", "We loved the new shop signs, thank you.", nil},
		{"guard: love to bits", "The children love you to bits after the workshop.", nil},
	})
}

// TestSubjectlessWantFrames: a want with its subject dropped, as in
// texting ("want a copy of…", "also want an audit…"), asks like "need
// a…"; "want the X to look…" says what a design should do.
func TestSubjectlessWantFrames(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"also want a breakdown", "Also want a breakdown of the mileage claims by driver.", []string{"Also want a breakdown of the mileage claims by driver."}},
		{"want an estimate", "want an estimate for re-pointing the chimney", []string{"want an estimate for re-pointing the chimney"}},
		{"also want an audit", "also want an audit of the stock counts for the two branches", []string{"also want an audit of the stock counts for the two branches"}},
		{"want a summary", "want a summary of the survey results before the board meets", []string{"want a summary of the survey results before the board meets"}},
		{"want a letter", "Want a letter to the landlord about the damp in the flat.", []string{"Want a letter to the landlord about the damp in the flat."}},
		// Guards: a design intent with "the"; the word inside a sentence.
		{"guard: want the look", "The labels are the hero here. want the colours to feel warm and local.", nil},
		{"guard: they want", "The council want a site notice up for three weeks.", nil},
	})
}

// TestOverToYouFrames: "Over to you for…", "over to you to…" hand the
// firm a job in a cover line; "over to you" alone, or a handover
// reported, asks nothing of its own.
func TestOverToYouFrames(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"for the wording", "Over to you for the wording of the tenancy notice.", []string{"Over to you for the wording of the tenancy notice."}},
		{"to pick", "Over to you to pick the grout colour for the bathroom.", []string{"Over to you to pick the grout colour for the bathroom."}},
		{"for options", "Over to you for two or three options on the stand layout.", []string{"Over to you for two or three options on the stand layout."}},
		{"to draft", "Over to you to draft the objection to the planning application.", []string{"Over to you to draft the objection to the planning application."}},
		{"for the numbers", "Over to you for the cash flow forecast for the new site.", []string{"Over to you for the cash flow forecast for the new site."}},
		// Guards: nothing handed over; a handover reported.
		{"guard: bare", "Over to you.", nil},
		{"guard: reported", "The agent handed it over to you for signing last week, I believe.", nil},
	})
}
