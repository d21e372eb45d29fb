package triage

import "testing"

// TestRunOnTurns: sentences written for shapes_runon_turns.go (none taken
// from a set), other trades and other words. Guard rows must not split.
func TestRunOnTurns(t *testing.T) {
	t.Run("a noun statement after the ask's time ends the ask", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"chimney sweep, the gate", "hi can you sweep the lounge chimney on friday the side gate will be unlocked all day", []string{"can you sweep the lounge chimney on friday"}},
			{"piano tuner, the piano", "morning could you come and tune the upright next tuesday the keys are sticking badly", []string{"could you come and tune the upright next tuesday"}},
			{"window cleaner, our ladder", "hi could you do the conservatory roof this weekend our neighbours have scaffolding up now", []string{"could you do the conservatory roof this weekend"}},
			{"locksmith, my landlord", "hi can you change the back door lock on thursday my landlord has said its fine", []string{"can you change the back door lock on thursday"}},
			{"tree surgeon, the old oak", "hello can you take the dead branches off the ash in january the old oak is fine though", []string{"can you take the dead branches off the ash in january"}},
		})
	})
	t.Run("guards: a clause frame or no auxiliary keeps the ask whole", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"confirm holds the statement", "hi can you confirm by friday the deposit has cleared on your side", []string{"can you confirm by friday the deposit has cleared on your side"}},
			{"check whether holds the statement", "hi could you check since monday the alarm has been logging faults", []string{"could you check since monday the alarm has been logging faults"}},
			{"no auxiliary after the noun", "hi can you come on friday the morning slot would suit best", []string{"can you come on friday"}},
		})
	})
	t.Run("an inverted how-question after an ask opens its own", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"upholsterer", "hi can you recover the two dining chairs in the green fabric how much would that come to", []string{"can you recover the two dining chairs in the green fabric", "how much would that come to"}},
			{"farrier", "hiya could you shoe both ponies when you are next up this way how long will it take", []string{"could you shoe both ponies when you are next up this way", "how long will it take"}},
			{"carpet fitter", "can you fit the stair carpet we picked out at the showroom how soon could you start", []string{"can you fit the stair carpet we picked out at the showroom", "how soon could you start"}},
			{"knife sharpener", "could you sharpen the six chef knives from the restaurant kitchen how much will it be", []string{"could you sharpen the six chef knives from the restaurant kitchen", "how much will it be"}},
			{"gutter cleaner", "can you clear the gutters on the barn and the cottage how much does that usually cost", []string{"can you clear the gutters on the barn and the cottage", "how much does that usually cost"}},
		})
	})
	t.Run("guards: an embedded how-clause stays with its ask", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"no inversion", "can you reupholster the sofa i have no idea how much it costs these days", []string{"can you reupholster the sofa i have no idea how much it costs these days"}},
			{"let me know frames it", "could you tune the piano and let me know how long it will take", []string{"could you tune the piano and let me know how long it will take"}},
		})
	})
	t.Run("a said-comparison closes before the ask", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"boiler, like you said", "the pressure dropped again i topped it up like you said can someone come and bleed the radiators upstairs", []string{"can someone come and bleed the radiators upstairs"}},
			{"damp, as you told us", "the patch on the wall is back we aired the room as you told us can you send someone round this week", []string{"can you send someone round this week"}},
			{"roof, like they said", "the tiles slipped in the storm we left the bucket out like they said could you come and fix them", []string{"could you come and fix them"}},
			{"lawn, as we asked", "the grass is really long now we cancelled the gardener as we said can you cut it on saturday", []string{"can you cut it on saturday"}},
			{"printer, like you suggested", "the printer still jams every morning i cleaned the rollers like you suggested can you swap the drum unit", []string{"can you swap the drum unit"}},
		})
	})
	t.Run("a price question after ', and' asks its own thing", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"roofer", "Could you replace the flashing round the chimney, and what would that cost?", []string{"Could you replace the flashing round the chimney", "and what would that cost?"}},
			{"plasterer", "Can you skim the back bedroom ceiling, and how much would it be?", []string{"Can you skim the back bedroom ceiling", "and how much would it be?"}},
			{"sign writer", "Would you paint our name on the van doors, and what would it cost roughly?", []string{"Would you paint our name on the van doors", "and what would it cost roughly?"}},
			{"gardener", "Could you lay a new lawn at the front, and what does that usually cost?", []string{"Could you lay a new lawn at the front", "and what does that usually cost?"}},
			{"tiler", "Can you retile the shower wall, and what do you charge for it?", []string{"Can you retile the shower wall", "and what do you charge for it?"}},
		})
	})
	t.Run("guards: a follow-up on the same job without a price stays one", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"does it take long", "Could you replace the flashing round the chimney, and will it take long?", []string{"Could you replace the flashing round the chimney, and will it take long?"}},
		})
	})
}
