package triage

import "testing"

// TestFeelingNounTag: a tag question closing a judgement made with a
// noun after "a" ("it seems a shame…, doesn't it?", "what a waste…, isn't
// it?") asks nothing, as a tag on a feeling adjective does. Guards: the
// same nouns without "a", and a tag on a fact, still ask.
func TestFeelingNounTag(t *testing.T) {
	runAskRows(t, []askRow{
		{"a shame", "Hi,\n\nIt seems a shame to throw out a sofa that cost so much, doesn't it? Could you collect it on Friday?\n\nPam\n", "Could you collect it on Friday", "It seems a shame"},
		{"a pity", "Hello,\n\nIt was a pity the fair got rained off, wasn't it? When is the next market day?\n\nOwen\n", "When is the next market day", "It was a pity"},
		{"a waste", "Hi Tess,\n\nWhat a waste of good timber that was, wasn't it? Please send the revised cutting list.\n\nRon\n", "Please send the revised cutting list", "What a waste"},
		{"a nightmare", "Hi,\n\nThe ring road is a nightmare these days, isn't it? Can your driver come in by the north gate?\n\nIda\n", "Can your driver come in by the north gate", "The ring road is a nightmare"},
		{"a relief", "Morning,\n\nThat was a relief when the survey came back clear, wasn't it? Could you book the plasterer for March?\n\nNed\n", "Could you book the plasterer", "That was a relief"},
		// Guards: the noun names a thing, or the tag checks a fact.
		{"relief valve stays", "Hi,\n\nThe relief valve is the one on the left, isn't it?\n\nAl\n", "The relief valve is the one on the left, isn't it", ""},
		{"fact tag stays", "Hi,\n\nThe deposit is a tenth of the price, isn't it?\n\nAl\n", "The deposit is a tenth of the price, isn't it", ""},
	})
}
