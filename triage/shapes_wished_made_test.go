package triage

import "testing"

// TestWishedMadeThing: the client's own side wishing for a thing made
// (an indefinite thing and a participle of made work: "a … handbook
// written") asks for it whatever its noun, and so does the wish with a
// degree word ("would really like"); a wish for a thing not made, an
// outside party's wish and a wish to act stay no asks. Sentences written
// for the test (a sailing club, a choir, a village hall, a brass band).
func TestWishedMadeThing(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"thing with a made participle", "The trustees would like a proper induction handbook written for new stewards.",
			[]string{"paid: The trustees would like a proper induction handbook written for new stewards."}},
		{"degree word before like", "Looking ahead, the committee would really like a race-day safety procedure drawn up for the volunteers.",
			[]string{"paid: Looking ahead, the committee would really like a race-day safety procedure drawn up for the volunteers."}},
		{"degree word, deliverable noun", "The board would really like a report on hall bookings by month.",
			[]string{"paid: The board would really like a report on hall bookings by month."}},
		{"guard: nothing made", "The committee would really like a quiet rehearsal before the concert.", nil},
		{"guard: outside party", "The council would really like a new bandstand painted by May.", nil},
		{"guard: a wish to act", "The governors would really like to visit in the spring.", nil},
	})
}
