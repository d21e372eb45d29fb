package triage

// Taking the client into the diary and handing money back are admin, not
// production work: "please book it for us", "pencil me in for the 9th",
// "could you reserve two for Saturday?", "can you refund the deposit?".
// A request form leans paid, and "book it" carried no signal (only "book
// us in" did), so a plain booking request came out paid. Work named
// beside the booking ("book it in and rebuild the gearbox") still
// outweighs it. Table rows in TestBookingsAndRefunds.
var bookingSignals = []Signal{
	{Match: "book it|book it in|book them in|book her in|book him in|book them|book us|book me|" +
		"pencil us in|pencil me in|pencil it in|pencil them in|pencil in|" +
		"reserve it|reserve them|reserve us|reserve me|reserve one|reserve two",
		Kind: "quick", Weight: slotWeight, Minutes: 1, Act: "schedule"},
	{Match: "refund {det}|refund us|refund me|refund it|refund the|refund my|refund our|a refund|partial refund|full refund",
		Kind: "quick", Weight: slotWeight, Minutes: 2, Act: "confirm"},
}

func init() { registerSignals(bookingSignals, nil) }
