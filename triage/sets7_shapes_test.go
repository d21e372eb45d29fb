package triage

import "testing"

// TestSets7Shapes: the shapes the dev7 and messy6 sets showed missing,
// each as a general rule with sentences written for it (none is taken
// from a set). The rows are about which asks are found and how they are
// quoted, not their kinds.
func TestSets7Shapes(t *testing.T) {
	t.Run("the firm's question quoted back", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"you asked, straight quotes", "You asked \"do we still rent the unit?\" - we do, until June.", nil},
			{"your email asked, single quotes", "Your email asked 'has the van been sold?' The answer is yes.", nil},
			{"curly quotes", "Re your question \u201cdid the grant arrive?\u201d \u2013 it did.", nil},
			{"the client's own question quoted still asks", "My question is \"can we claim the mileage?\"",
				[]string{"My question is \"can we claim the mileage?\""}},
			{"a question about the quote still asks", "What did you mean by \"is the lease assigned?\"",
				[]string{"What did you mean by \"is the lease assigned?\""}},
		})
	})
	t.Run("an apology before a question", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"sorry then did", "sorry did you want the bank letters as well?",
				[]string{"sorry did you want the bank letters as well?"}},
			{"apologies then is", "apologies is the meeting still at ten?",
				[]string{"apologies is the meeting still at ten?"}},
			{"sorry then a wh-question", "sorry which address should the parcel go to?",
				[]string{"sorry which address should the parcel go to?"}},
			{"an apology without a question mark", "sorry was stuck in traffic all morning", nil},
			{"an apology for a delay", "Sorry for the delay in sending these.", nil},
		})
	})
	t.Run("a phone signature's plea", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"excuse any typos", "Can you check the rota?\n\nSent from my tablet\nPlease excuse any typos",
				[]string{"Can you check the rota?"}},
			{"excuse my brevity", "Excuse my brevity", nil},
			{"pardon the typos", "pardon the typos", nil},
			{"after a sent-from note", "Could you chase the deposit?\n\nSent on the move - please excuse my typos and brevity",
				[]string{"Could you chase the deposit?"}},
			{"a plea with a question still asks", "Please excuse the typos, but can you post the forms today?",
				[]string{"Please excuse the typos, but can you post the forms today?"}},
		})
	})
	t.Run("a complaint about how hard something is", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"so hard to", "Why is it so hard to get through to the tax office?", nil},
			{"this difficult to", "Why is it this difficult to open a bank account?", nil},
			{"a why-question about a thing still asks", "Why is our rent so high this year?",
				[]string{"Why is our rent so high this year?"}},
		})
	})
	t.Run("how many does anybody need", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"one person", "How many passwords does one person need?", nil},
			{"anybody", "How much paperwork does anybody need?", nil},
			{"need to and a verb still asks", "How many hours does a person need to work to get holiday pay?",
				[]string{"How many hours does a person need to work to get holiday pay?"}},
			{"you as the subject still asks", "How many copies do you need?",
				[]string{"How many copies do you need?"}},
		})
	})
	t.Run("an offer to talk after a condition", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"if it's simpler", "If it's simpler, call me this afternoon.", nil},
			{"if you have questions", "If you have any questions, ring us on the office number.", nil},
			{"give us a shout", "If you'd rather talk it through, give us a shout.", nil},
			{"if you can still asks", "If you can, call me tomorrow about the lease.",
				[]string{"If you can, call me tomorrow about the lease."}},
			{"email me the forms still asks", "If you prefer, email me the forms instead.",
				[]string{"If you prefer, email me the forms instead."}},
		})
	})
	t.Run("reassurance", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"please don't worry", "Please don't worry about the late invoice, it's been paid.", nil},
			{"do not worry", "Do not worry about the parking permit.", nil},
			{"an ask after the reassurance still asks", "Don't worry about the letter, can you just send the statement?",
				[]string{"Don't worry about the letter, can you just send the statement?"}},
		})
	})
	t.Run("a wish that names the thing wanted", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"we'd appreciate a", "We'd really appreciate a breakdown of the service charge.",
				[]string{"We'd really appreciate a breakdown of the service charge."}},
			{"would appreciate an", "Would appreciate an update on the planning application.",
				[]string{"Would appreciate an update on the planning application."}},
			{"what I'd like is", "What I'd like is a one-page summary for the board.",
				[]string{"What I'd like is a one-page summary for the board."}},
			{"keen to know whether", "Keen to know whether the grant covers the new van.",
				[]string{"Keen to know whether the grant covers the new van."}},
			{"keen to hear your thoughts", "We're keen to hear your thoughts on the draft budget.",
				[]string{"We're keen to hear your thoughts on the draft budget."}},
			{"appreciating what was done asks nothing", "I appreciate all the work you put into the accounts.", nil},
		})
	})
	t.Run("wonder shared, not asked", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"do you ever wonder", "Do you ever wonder why parking costs so much here?", nil},
			{"ever wonder how", "Ever wonder how anyone keeps up with these forms?", nil},
			{"a real do-you-ever question still asks", "Do you ever work on Saturdays?",
				[]string{"Do you ever work on Saturdays?"}},
		})
	})
	t.Run("complaints and weather talk put as questions", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"weather", "Isn't the weather dreadful this week?", nil},
			{"what's the point", "What's the point of a portal that never loads?", nil},
			{"too much to ask", "Is it too much to ask for invoices that add up?", nil},
			{"a sweep as the object", "Why do insurers make everything so slow?", nil},
			{"a why-question about one thing still asks", "Why does the new invoice show a higher rate?",
				[]string{"Why does the new invoice show a higher rate?"}},
			{"a question about the weather's effect still asks", "Will the weather delay the roof work?",
				[]string{"Will the weather delay the roof work?"}},
		})
	})
	t.Run("run-on: can we do that after a statement", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"can we do that", "the bank wants the statements in one file can we do that",
				[]string{"the bank wants the statements in one file can we do that"}},
			{"can we do and an object", "the auditors want the ledger in a spreadsheet can we do a quick export for them",
				[]string{"the auditors want the ledger in a spreadsheet can we do a quick export for them"}},
			{"can we do alone asks nothing new", "we will see what we can do", nil},
		})
	})
	t.Run("an ask cut from a parenthesis", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"bracket and full stop dropped", "We have moved the board meeting to Monday (could you tell the auditors?).",
				[]string{"could you tell the auditors?"}},
		})
	})
	t.Run("hopes and wishes in other languages", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"de wish", "Wir würden uns freuen, wenn Sie die Inventur im Januar begleiten.",
				[]string{"Wir würden uns freuen, wenn Sie die Inventur im Januar begleiten."}},
			{"de hope with a modal", "Ich hoffe, Sie können den Mietvertrag noch diese Woche ansehen.",
				[]string{"Ich hoffe, Sie können den Mietvertrag noch diese Woche ansehen."}},
			{"de hope as a pleasantry", "Ich hoffe, Sie sind gut ins neue Jahr gekommen.", nil},
			{"fr hope with a modal", "J'espère que vous pourrez relire les statuts avant lundi.",
				[]string{"J'espère que vous pourrez relire les statuts avant lundi."}},
			{"fr hope as a pleasantry", "J'espère que vous avez passé de bonnes fêtes.", nil},
			{"es hope with a modal", "Espero que pueda enviarme el modelo 303 mañana.",
				[]string{"Espero que pueda enviarme el modelo 303 mañana."}},
			{"es ojalá", "Ojalá puedas mirar las nóminas antes del viernes.",
				[]string{"Ojalá puedas mirar las nóminas antes del viernes."}},
			{"es hope as a pleasantry", "Espero que todo vaya bien por allí.", nil},
			{"it hope with a modal", "Spero che possa sistemare la fattura entro lunedì.",
				[]string{"Spero che possa sistemare la fattura entro lunedì."}},
			{"pt hope with a modal", "Esperamos que possa rever o contrato até sexta.",
				[]string{"Esperamos que possa rever o contrato até sexta."}},
		})
	})
	t.Run("pleasantries and exasperation in other languages", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"de how are you", "Wie geht's? Wann ist die nächste Frist?", []string{"Wann ist die nächste Frist?"}},
			{"de always so", "Warum ist das immer so umständlich mit dem Finanzamt?", nil},
			{"fr always so", "Pourquoi c'est toujours si lent avec la mairie ?", nil},
		})
	})
	t.Run("a status check put as what the client wanted", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"wanted to check and a finished act", "Just wanted to check the rent went out on Monday.",
				[]string{"Just wanted to check the rent went out on Monday."}},
			{"wanted to check whether", "I wanted to check whether the grant claim went in.",
				[]string{"I wanted to check whether the grant claim went in."}},
			{"make sure you", "Wanted to make sure you received the signed lease.",
				[]string{"Wanted to make sure you received the signed lease."}},
			{"just checking", "Just checking the new starter form arrived.",
				[]string{"Just checking the new starter form arrived."}},
			{"the client's own check asks nothing", "I wanted to check the totals myself before sending them.", nil},
			{"checking in is a greeting", "Just wanted to check in and see how the move went.", nil},
			{"we are checking is a report", "We are checking that the till roll matches.", nil},
		})
	})
	t.Run("work asked for by its result", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"get the lease signed off", "It would be good to get the lease signed off before the holidays.",
				[]string{"It would be good to get the lease signed off before the holidays."}},
			{"get the boiler fixed", "It'd be great to get the boiler fixed this week.",
				[]string{"It'd be great to get the boiler fixed this week."}},
			{"no work done to it", "It would be lovely to get the team together in spring.", nil},
		})
	})
	t.Run("an emphatic do before an offer", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"do let me know if you need", "Do let me know if you need anything else from us.", nil},
			{"do let me know when still asks", "Do let me know when the refund lands.",
				[]string{"Do let me know when the refund lands."}},
		})
	})
	t.Run("what about, without a question mark", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"what about", "what about the storage unit rent", []string{"what about the storage unit rent"}},
			{"how about", "how about thursday after lunch", []string{"how about thursday after lunch"}},
			{"inside a statement asks nothing", "I can't see what about the quote puts them off.", nil},
		})
	})
	t.Run("a heading over a list", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"update on", "Update on the office move:\n\n1. The movers came on Tuesday.\n2. Please forward the new lease to the bank.\n3. Is the insurance transferred?",
				[]string{"Please forward the new lease to the bank.", "Is the insurance transferred?"}},
			{"news from", "News from the shop:\n\n- The new till arrived this week.\n- Could you add it to the asset list?",
				[]string{"Could you add it to the asset list?"}},
			{"a list of wanted things still asks", "Could you send me these:\n\n1. the signed lease\n2. last year's accounts",
				[]string{"the signed lease", "last year's accounts"}},
		})
	})
	t.Run("a list numbered without punctuation", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"three bare numbers", "hi pat couple of things\n1 when does the lease end\n2 can you send me the insurance papers\n3 is the alarm fixed\ncheers lou",
				[]string{"when does the lease end", "can you send me the insurance papers", "is the alarm fixed"}},
			{"one numbered line is no list", "1 box of paper came today\nthanks", nil},
		})
	})
	t.Run("a run-on with how much and an apology", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"how much after and, sorry for after", "morning jo can you book the hall for the party and how much will the deposit be sorry for all the questions",
				[]string{"can you book the hall for the party", "how much will the deposit be"}},
			{"how long after also", "hi can you send the forms also how long does the refund take",
				[]string{"can you send the forms", "how long does the refund take"}},
			{"apologies as the object stay in the ask", "can you send our apologies to the landlord for the late rent",
				[]string{"can you send our apologies to the landlord for the late rent"}},
		})
	})
}

// statusCheck: the words are a status check put as a wish, which asks for
// an answer rather than work.
func statusCheck(s string) bool {
	p := scratchWords(s)
	defer dropWords(p)
	_, ok := checkingAsk(*p)
	return ok && indirectInfo(*p)
}

// TestSets7Helpers: the word tests behind TestSets7Shapes, on their own.
func TestSets7Helpers(t *testing.T) {
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"bare list of two", bareNumbered([]string{"intro", "1 when is it", "2 can you do it"}), true},
		{"bare list out of order", bareNumbered([]string{"2 vans", "1 driver"}), false},
		{"dotted list is not bare", bareNumbered([]string{"1. when is it", "2. can you do it"}), false},
		{"quoted firm question", quotedFirmQuestion("You said \"is it due?\""), true},
		{"quoted question of a third party", quotedFirmQuestion("The bank asked \"is it due?\""), false},
		{"no quote", quotedFirmQuestion("Is it due?"), false},
		{"a status check", statusCheck("wanted to check the rent went out"), true},
		{"a rule check is no status", statusCheck("wanted to check whether we are allowed to claim it"), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}
