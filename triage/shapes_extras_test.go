package triage

import (
	"strings"
	"testing"
)

// TestVentFollowUp: after a question closed by "?!" the wh-questions that
// follow in the same paragraph vent too; a question put to the firm, or
// one in a later paragraph, still asks.
func TestVentFollowUp(t *testing.T) {
	runAskRows(t, []askRow{
		{"form", "Hi,\n\nWho writes these letters?! Why does it want my old address from 2009? Could you fill in the reply slip for me?\n\nNed\n", "Could you fill in the reply slip", "Why does it want my old address"},
		{"portal", "Hi,\n\nWhat is wrong with this portal?! How is anyone supposed to find the upload button? Can you upload the receipts for me?\n\nVi\n", "Can you upload the receipts", "How is anyone supposed"},
		{"council", "Hello,\n\nWhy do they send everything by post?! Where does the money even go? Please check the rates bill for us.\n\nDot\n", "Please check the rates bill", "Where does the money even go"},
		{"bank", "Hi Rae,\n\nWho thought this was a good idea?! What is the point of a card reader that needs a code every time? Can you ring the bank about it?\n\nHal\n", "Can you ring the bank", "What is the point of a card reader"},
		{"supplier", "Hi,\n\nWhy is it always us?! Why does the wholesaler keep losing our orders? Could you send them the statement again?\n\nUma\n", "Could you send them the statement", "Why does the wholesaler keep losing"},
		{"put to the firm stays", "Hi,\n\nWho designs these forms?! What do you need from me to fill it in?\n\nNed\n", "What do you need from me", ""},
		{"next paragraph stays", "Hi,\n\nWho designs these forms?!\n\nWhy does the pension form ask for my first employer?\n\nNed\n", "Why does the pension form ask", ""},
		{"no vent stays", "Hi,\n\nI filled in the form. Why does it ask for my first employer?\n\nNed\n", "Why does it ask for my first employer", ""},
	})
}

// TestWhyCantPeople: "why can't people…", "why won't anyone…" complain
// about people at large; "why can't we…", "why won't the bank…" ask.
func TestWhyCantPeople(t *testing.T) {
	runAskRows(t, []askRow{
		{"people", "Hi,\n\nWhy can't people just pay their invoices on time? Can you chase the three oldest ones?\n\nAl\n", "Can you chase the three oldest", "Why can't people"},
		{"anyone", "Hi,\n\nWhy won't anyone at the council pick up the phone? Could you write to them for us?\n\nBo\n", "Could you write to them", "Why won't anyone"},
		{"everyone", "Hi,\n\nWhy doesn't everyone use the same invoice template? Please send me ours again.\n\nCy\n", "Please send me ours again", "Why doesn't everyone"},
		{"companies", "Hi,\n\nWhy don't companies answer emails any more? Can you call the supplier instead?\n\nDi\n", "Can you call the supplier", "Why don't companies"},
		{"nobody", "Hi,\n\nWhy can't nobody read a delivery note? Could you check the missing pallet?\n\nEd\n", "Could you check the missing pallet", "Why can't nobody"},
		{"we stays", "Hi,\n\nWhy can't we claim the parking fines?\n\nFi\n", "Why can't we claim the parking fines", ""},
		{"bank stays", "Hi,\n\nWhy won't the bank release the funds?\n\nGil\n", "Why won't the bank release", ""},
	})
}

// TestAnyTroubleOffer: "Any problems, give me a shout." offers help; "Any
// problems with the filing?" asks.
func TestAnyTroubleOffer(t *testing.T) {
	runAskRows(t, []askRow{
		{"shout", "Hi,\n\nPlease set up Ola on the payroll.\n\nAny problems, give me a shout.\n\nIb\n", "Please set up Ola", "Any problems"},
		{"call", "Hi,\n\nCan you send the March invoice?\n\nAny issues just call me.\n\nJo\n", "Can you send the March invoice", "Any issues"},
		{"know", "Hi,\n\nCould you renew the domain for us?\n\nAny queries, let me know.\n\nKo\n", "Could you renew the domain", "Any queries"},
		{"ring", "Hi,\n\nPlease file the confirmation statement.\n\nAny trouble, give us a ring.\n\nLu\n", "Please file the confirmation statement", "Any trouble"},
		{"concerns", "Hi,\n\nCan you book the van in for Tuesday?\n\nAny concerns, ring me on the mobile.\n\nMa\n", "Can you book the van in", "Any concerns"},
		{"ask stays", "Hi,\n\nAny problems with the VAT filing this quarter?\n\nNo\n", "Any problems with the VAT filing", ""},
		{"issues stays", "Hi,\n\nAny issues with the backup last night?\n\nOz\n", "Any issues with the backup", ""},
	})
}

// TestSmallTalkAndOffers: small talk ("Did you survive the snow?", Dutch
// "Hoe was de vakantie?") and an offer's condition before a bare "let me
// know" ("Mocht je nog iets nodig hebben, laat het maar weten.") ask
// nothing; a question about the firm's work still does.
func TestSmallTalkAndOffers(t *testing.T) {
	runAskRows(t, []askRow{
		{"survive", "Hi,\n\nDid you survive the floods last week! Can you send the payslips?\n\nPo\n", "Can you send the payslips", "Did you survive"},
		{"survive q", "Hi Ros,\n\nDid you all survive the office party? Please send the P60s when ready.\n\nQi\n", "Please send the P60s", "Did you all survive"},
		{"nl holiday", "Hoi Bas,\n\nHoe was je vakantie? Kunnen jullie de btw-aangifte doen?\n\nRik\n", "Kunnen jullie de btw-aangifte doen", "Hoe was je vakantie"},
		{"nl weather", "Hoi,\n\nLekker weer gehad in Spanje? Wanneer is de loonstrook klaar?\n\nSjef\n", "Wanneer is de loonstrook klaar", "Lekker weer gehad"},
		{"nl how", "Beste Tineke,\n\nHoe gaat het met de verbouwing? Kunt u de factuur van oktober nog eens sturen?\n\nUlco\n", "Kunt u de factuur van oktober", "Hoe gaat het"},
		{"nl offer", "Hoi,\n\nKunnen jullie de jaarrekening opstellen?\n\nMocht je nog iets nodig hebben, laat het maar weten.\n\nVera\n", "Kunnen jullie de jaarrekening", "Mocht je nog iets"},
		{"nl offer u", "Geachte heer,\n\nWilt u de aangifte indienen?\n\nMocht u nog vragen hebben, laat het weten.\n\nWim\n", "Wilt u de aangifte indienen", "Mocht u nog vragen"},
		{"did you stays", "Hi,\n\nDid you receive the signed accounts?\n\nXe\n", "Did you receive the signed accounts", ""},
		{"nl how stays", "Hoi,\n\nHoe werkt de nieuwe kilometerregeling?\n\nYp\n", "Hoe werkt de nieuwe kilometerregeling", ""},
	})
}

// TestSubjectEcho: the subject repeated as the first line only names the
// topic ("Quick question about parking?"); when the repeat is the only
// ask, it stays one.
func TestSubjectEcho(t *testing.T) {
	e := New(DefaultConfig())
	for _, tt := range []struct{ name, subject, body, ask, notAsk string }{
		{"quick question", "Quick question about parking?", "Quick question about parking?\n\nCan I claim the station car park on my return?\n\nZed\n", "Can I claim the station car park", "Quick question about parking"},
		{"re prefix", "Re: Payroll query - new starter?", "Payroll query - new starter?\n\nPlease add Tam to the payroll from June.\n\nAb\n", "Please add Tam", "Payroll query"},
		{"topic only", "Van lease?", "Van lease?\nThe dealer sent the papers. Could you check the balloon payment?\n\nBe\n", "Could you check the balloon payment", "Van lease"},
		{"fwd topic", "Fwd: Rent review?", "Rent review?\n\nWhen does the landlord have to give notice of the review?\n\nCe\n", "When does the landlord have to give notice", "Rent review"},
		{"aw topic", "AW: Frage zur Reisekostenabrechnung?", "Frage zur Reisekostenabrechnung?\n\nKönnen Sie mir die Pauschalen für 2026 schicken?\n\nDe\n", "Können Sie mir die Pauschalen", "Frage zur"},
		{"only ask stays", "Can you send the P60?", "Can you send the P60?\n\nThanks\nEm\n", "Can you send the P60", ""},
		{"repeated ask stays", "Can you send the P60?", "Can you send the P60?\nAlso the P11D please.\n\nFo\n", "Can you send the P60", ""},
		{"topic only stays", "Mileage rate?", "Mileage rate?\n\nThanks\nGi\n", "Mileage rate", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: A <a@client.test>\nTo: B <b@firm.example.com>\nSubject: " + tt.subject +
				"\nContent-Type: text/plain; charset=utf-8\n\n" + tt.body
			r := e.AnalyzeBytes([]byte(raw))
			has := func(s string) bool {
				for _, q := range r.Questions {
					if strings.Contains(strings.ToLower(q.Text), strings.ToLower(s)) {
						return true
					}
				}
				return false
			}
			if !has(tt.ask) {
				t.Errorf("ask %q not found in %v", tt.ask, r.Questions)
			}
			if tt.notAsk != "" && has(tt.notAsk) {
				t.Errorf("%q taken as an ask: %v", tt.notAsk, r.Questions)
			}
		})
	}
}

// TestDashVerdict: a wonder the client settles after a dash with a bare
// subject and verb ("I wondered if it was the bank - it was.") asks
// nothing; a dash followed by more than the verdict, or a question, asks.
func TestDashVerdict(t *testing.T) {
	runAskRows(t, []askRow{
		{"it was", "Hi,\n\nI was wondering if the late fee came from the card provider - it did, I rang them. Can you book it to bank charges?\n\nAb\n", "Can you book it to bank charges", "wondering if the late fee"},
		{"wasn't", "Hi,\n\nI wondered whether the alarm company had billed us twice - they hadn't. Please send the March statement.\n\nBo\n", "Please send the March statement", "wondered whether the alarm company"},
		{"it was not", "Hi,\n\nWe were wondering if the lease needed stamping \u2013 it was not, luckily. Could you file the copy with our deeds?\n\nCa\n", "Could you file the copy", "wondering if the lease"},
		{"italian", "Buongiorno,\n\nMi chiedevo se il ritardo fosse colpa della banca - lo era, hanno rimborsato tutto. Potete mandarmi il bilancino di marzo?\n\nDa\n", "Potete mandarmi il bilancino", "Mi chiedevo se il ritardo"},
		{"german", "Hallo,\n\nIch habe mich gefragt, ob die Mahnung vom Finanzamt kam - war es, leider. Können Sie den Bescheid prüfen?\n\nEd\n", "Können Sie den Bescheid prüfen", "ob die Mahnung"},
		{"more after dash stays", "Hi,\n\nCould you check whether the meter was read - it was showing zero last week.\n\nFe\n", "Could you check whether the meter was read", ""},
		{"question after dash stays", "Hi,\n\nI was wondering if the refund went out - did it?\n\nGi\n", "did it", ""},
	})
}

// TestNewsHeading: "Update on Monday's outage." heads the client's own
// news; "Update on the refund?" and "update on the order please" ask.
func TestNewsHeading(t *testing.T) {
	runAskRows(t, []askRow{
		{"update", "Hi,\n\nUpdate on the office move. The vans come on Friday. Can you switch the phones over on Monday?\n\nHa\n", "Can you switch the phones", "Update on the office move"},
		{"news", "Hi,\n\nNews from the warehouse. We found the missing pallets. Please cancel the insurance claim.\n\nIo\n", "Please cancel the insurance claim", "News from the warehouse"},
		{"progress", "Hi,\n\nProgress on the extension. The roof is on. Could you send the next stage invoice?\n\nJu\n", "Could you send the next stage invoice", "Progress on the extension"},
		{"feedback", "Hi,\n\nFeedback from the board. They liked the draft. Can you finalise the report by Friday?\n\nKa\n", "Can you finalise the report", "Feedback from the board"},
		{"updates", "Hi,\n\nUpdates from our side. Two staff left in May. Please take them off the payroll.\n\nLo\n", "Please take them off the payroll", "Updates from our side"},
		{"question stays", "Hi,\n\nUpdate on the refund?\n\nMe\n", "Update on the refund", ""},
		{"please stays", "Hi,\n\nUpdate on the order please.\n\nNi\n", "Update on the order please", ""},
	})
}

// TestReportedWant: what a third party wanted to know, told as
// background, asks nothing; "I wanted to know…" and a request relayed to
// the firm ("…if you could send…") ask.
func TestReportedWant(t *testing.T) {
	runAskRows(t, []askRow{
		{"auditor", "Hi,\n\nThe auditor wanted to know whether the stock was valued at cost. Can you send me last year's stock sheet?\n\nAb\n", "Can you send me last year's stock sheet", "The auditor wanted to know"},
		{"customer", "Hi,\n\nOur biggest customer wanted to know when the price rise starts. Could you update the price list?\n\nBe\n", "Could you update the price list", "customer wanted to know"},
		{"landlord", "Hi,\n\nThe landlord wanted to know if we planned to stay on. Please draft the renewal notice.\n\nCe\n", "Please draft the renewal notice", "landlord wanted to know"},
		{"my partner", "Hi,\n\nMy business partner wanted to know why the bank fees doubled. When is the next statement due?\n\nDo\n", "When is the next statement due", "partner wanted to know"},
		{"the board", "Hi,\n\nThe board wanted to know how the bonus would be taxed. Can you book a call for Tuesday?\n\nEl\n", "Can you book a call", "board wanted to know"},
		{"i wanted stays", "Hi,\n\nI wanted to know whether the refund went out.\n\nFa\n", "I wanted to know whether the refund", ""},
		{"we wanted stays", "Hi,\n\nWe wanted to know if the filing is done.\n\nGa\n", "We wanted to know if the filing", ""},
		{"relayed stays", "Hi,\n\nThe landlord wanted to know if you could send him a copy of the accounts.\n\nHa\n", "if you could send him a copy", ""},
	})
}

// TestNewsAndJokes: news and reminders put as questions ("Did I tell you
// we won?", "Remember the parking fine?", "What is it with banks?") and a
// question taken back ("…? Only joking, …") ask nothing; "Do you remember
// the reference?" and "Did you tell the bank?" ask.
func TestNewsAndJokes(t *testing.T) {
	runAskRows(t, []askRow{
		{"did i tell you", "Hi,\n\nDid I tell you we won the council contract? Can you raise the first invoice?\n\nIo\n", "Can you raise the first invoice", "Did I tell you"},
		{"have i mentioned", "Hi,\n\nHave I mentioned we're opening on Sundays now? Please add two weekend staff to payroll.\n\nJu\n", "Please add two weekend staff", "Have I mentioned"},
		{"remember me", "Hello,\n\nNot sure if you remember me? We met at the trade fair. Could you quote for our bookkeeping?\n\nKi\n", "Could you quote for our bookkeeping", "Not sure if you remember"},
		{"remember the", "Hi,\n\nRemember the parking fine from March? It's back. Can you write to the council again?\n\nLi\n", "Can you write to the council", "Remember the parking fine"},
		{"what is it with", "Hi,\n\nWhat is it with banks and paperwork? Please send the letter they want.\n\nMo\n", "Please send the letter", "What is it with banks"},
		{"only joking", "Hi,\n\nCan I just do the return myself? Only joking, it's all yours. When do you need the receipts?\n\nNu\n", "When do you need the receipts", "Can I just do the return myself"},
		{"you may remember", "Hi,\n\nYou may remember we moved to the new unit in May. Please update our registered address.\n\nRo\n", "Please update our registered address", "You may remember"},
		{"news run-on stays", "Hi,\n\nDid I tell you the bank closed our account, can you help us open a new one?\n\nSi\n", "can you help us open a new one", ""},
		{"reminder run-on stays", "Hi,\n\nYou may remember we discussed the lease, could you send the draft?\n\nTo\n", "could you send the draft", ""},
		{"do you remember stays", "Hi,\n\nDo you remember the reference number for our appeal?\n\nOl\n", "Do you remember the reference number", ""},
		{"did you tell stays", "Hi,\n\nDid you tell the bank about the new signatory?\n\nPe\n", "Did you tell the bank", ""},
		{"only just stays", "Hi,\n\nDid the parcel arrive? Only just made the post. Can you confirm?\n\nQu\n", "Did the parcel arrive", ""},
	})
}

// TestClosingChecksAndOffers: checking the client's own explanation
// landed ("Does that make sense?"), offers put as "Should you need…,
// please let me know" or "Please let me know if you need…", and
// "Absolutely." answering the client's own question ask nothing; advice
// on whether something makes sense, and a real "please let me know
// whether…", ask.
func TestClosingChecksAndOffers(t *testing.T) {
	runAskRows(t, []askRow{
		{"make sense", "Hi,\n\nWe moved the stock to the new unit in May, so the lease started then. Does that make sense?\n\nCan you update the fixed asset list?\n\nRu\n", "Can you update the fixed asset list", "Does that make sense"},
		{"bare make sense", "Hi,\n\nThe van is half business, half private. Make sense?\n\nPlease send the mileage log template.\n\nSa\n", "Please send the mileage log template", "Make sense"},
		{"should you need", "Hi,\n\nCould you file the VAT return?\n\nShould you need anything further, please let me know.\n\nTi\n", "Could you file the VAT return", "Should you need anything further"},
		{"should you require", "Dear Ms Ode,\n\nPlease prepare the annual accounts.\n\nShould you require any further information, please contact me.\n\nUr\n", "Please prepare the annual accounts", "Should you require"},
		{"please let me know if you need", "Hi,\n\nCan you run the payroll a day early this month?\n\nPlease let me know if you need anything else from me.\n\nVo\n", "Can you run the payroll a day early", "Please let me know if you need"},
		{"please do get in touch", "Hi,\n\nPlease send the renewal invoice.\n\nPlease do get in touch if you need more.\n\nWu\n", "Please send the renewal invoice", "Please do get in touch"},
		{"absolutely", "Hi,\n\nWas the new till worth it? Absolutely, sales are up. Can you add it to the asset register?\n\nXi\n", "Can you add it to the asset register", "Was the new till worth it"},
		{"should you, then ask stays", "Hi,\n\nShould you need the originals, could you tell me by Friday?\n\nUm\n", "could you tell me by Friday", ""},
		{"advice stays", "Hi,\n\nDoes it make sense to register for VAT voluntarily?\n\nYu\n", "Does it make sense to register", ""},
		{"let me know whether stays", "Hi,\n\nPlease let me know whether the refund went out.\n\nZa\n", "Please let me know whether the refund", ""},
		{"get in touch with stays", "Hi,\n\nCould you get in touch with the bank about the charges?\n\nAb\n", "Could you get in touch with the bank", ""},
	})
}

// TestQuestionsForOthers: a list of questions the client will put to
// someone else asks the firm nothing; a list led by questions for the
// firm, or by a past "I asked", keeps its asks.
func TestQuestionsForOthers(t *testing.T) {
	runAskRows(t, []askRow{
		{"going to ask", "Hi,\n\nQuestions I'm going to ask the landlord on Friday:\n1. Can we sublet the back room?\n2. Who pays for the roof?\n\nCan you read the lease before then?\n\nAb\n", "Can you read the lease", "Can we sublet"},
		{"i'll ask", "Hi,\n\nI'll ask the bank manager:\n- whether the overdraft can go up\n- when the loan review is\n\nPlease send me the cash flow figures.\n\nBe\n", "Please send me the cash flow figures", "whether the overdraft"},
		{"we will ask", "Hi,\n\nAt the AGM we will ask the members:\n- Should the fee rise?\n- Who stands as treasurer?\n\nCould you prepare the accounts pack?\n\nCe\n", "Could you prepare the accounts pack", "Should the fee rise"},
		{"plan to ask", "Hi,\n\nWe plan to ask the supplier:\n- Can they deliver on Saturdays?\n- Is there a discount for volume?\n\nCan you check our payment terms with them?\n\nDe\n", "Can you check our payment terms", "Can they deliver on Saturdays"},
		{"going to ask tom", "Hi,\n\nI'm going to ask Tom these at the meeting:\n- Did the van pass its MOT?\n- Where are the fuel receipts?\n\nWhen do you need the mileage log?\n\nEd\n", "When do you need the mileage log", "Did the van pass its MOT"},
		{"questions for you stay", "Hi,\n\nQuestions I wanted to ask you:\n- Can we claim the van?\n- When is the deadline?\n\nFe\n", "Can we claim the van", ""},
		{"going to ask you stays", "Hi,\n\nThings I'm going to ask you on Friday:\n- Can we claim the van?\n- When is the deadline?\n\nGe\n", "When is the deadline", ""},
	})
}

// TestReportedColonQuestion: a question someone else asked, or the
// client asked themselves, quoted after a colon, asks the firm nothing;
// "Quick question: …" and "I wanted to ask: …" ask.
func TestReportedColonQuestion(t *testing.T) {
	runAskRows(t, []askRow{
		{"daughter", "Hi,\n\nMy daughter asked: 'Do I pay tax on my paper round?' I told her no.\n\nCan you send the invoice?\n\nAb\n", "Can you send the invoice", "Do I pay tax on my paper round"},
		{"myself", "Hi,\n\nI've been asking myself: is it time to incorporate? Probably not yet.\n\nCan you send the invoice?\n\nBe\n", "Can you send the invoice", "is it time to incorporate"},
		{"customer", "Hi,\n\nA customer asked: do you take cards? We do now.\n\nCould you set up the card fees account?\n\nCe\n", "Could you set up the card fees account", "do you take cards"},
		{"ourselves", "Hi,\n\nWe keep asking ourselves: why did we wait so long? Anyway.\n\nPlease register us for VAT.\n\nDe\n", "Please register us for VAT", "why did we wait"},
		{"the bank", "Hi,\n\nThe bank wondered: has the business changed hands? It hasn't.\n\nCan you write the letter they want?\n\nEd\n", "Can you write the letter", "has the business changed hands"},
		{"quick question stays", "Hi,\n\nQuick question: is the mileage rate the same this year?\n\nFe\n", "is the mileage rate the same", ""},
		{"i wanted to ask stays", "Hi,\n\nI wanted to ask: can we claim the gym membership?\n\nGe\n", "can we claim the gym membership", ""},
	})
}

// TestForeignSmallTalkAndOffers: holiday and weekend small talk and "if
// you need anything else" offers in de, fr, es, it and pt ask nothing; a
// question about the firm's work in the same words still asks, and a
// self-answered "Non, …" settles the question before it.
func TestForeignSmallTalkAndOffers(t *testing.T) {
	runAskRows(t, []askRow{
		{"de holiday", "Hallo Frau Weber,\n\nWie war Ihr Urlaub? Können Sie mir die Lohnabrechnung für Oktober schicken?\n\nGruß\nUdo\n", "Können Sie mir die Lohnabrechnung", "Wie war Ihr Urlaub"},
		{"de offer", "Hallo,\n\nKönnen Sie die Bilanz erstellen?\n\nWenn Sie noch etwas brauchen, melden Sie sich einfach.\n\nVera\n", "Können Sie die Bilanz erstellen", "Wenn Sie noch etwas brauchen"},
		{"fr holiday", "Bonjour,\n\nVous avez passé de bonnes vacances ? Pouvez-vous m'envoyer la facture d'octobre ?\n\nLéa\n", "Pouvez-vous m'envoyer la facture", "Vous avez passé de bonnes vacances"},
		{"fr offer", "Bonjour,\n\nPouvez-vous préparer la liasse fiscale ?\n\nSi vous avez besoin d'autre chose, dites-le moi.\n\nMarc\n", "Pouvez-vous préparer la liasse", "Si vous avez besoin d'autre chose"},
		{"es holiday", "Hola Ana:\n\n¿Cómo fueron las vacaciones? ¿Me puedes mandar el modelo 303?\n\nPau\n", "Me puedes mandar el modelo 303", "Cómo fueron las vacaciones"},
		{"it holiday", "Buongiorno,\n\nCom'è andata la vacanza? Potete mandarmi il bilancio?\n\nSara\n", "Potete mandarmi il bilancio", "Com'è andata la vacanza"},
		{"pt holiday", "Olá,\n\nComo foram as férias? Podem enviar-me a declaração de IVA?\n\nRui\n", "Podem enviar-me a declaração de IVA", "Como foram as férias"},
		{"fr self answer", "Bonjour,\n\nFaut-il déclarer la prime ? Non, j'ai vérifié. Pouvez-vous m'envoyer le bilan ?\n\nLuc\n", "Pouvez-vous m'envoyer le bilan", "Faut-il déclarer la prime"},
		{"it status stays", "Buongiorno,\n\nCome sta procedendo la pratica del rimborso?\n\nGino\n", "Come sta procedendo la pratica", ""},
		{"it non stays", "Buongiorno,\n\nPotete mandarmi il modello F24? Non lo trovo più.\n\nGino\n", "Potete mandarmi il modello F24", ""},
	})
}
