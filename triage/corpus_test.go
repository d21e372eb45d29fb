package triage

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The corpus copy lives in testdata so the tests need nothing outside the
// repository.
const corpusDir = "testdata/corpus"

// TestCorpusFloors holds triage to the quality floors on every labelled
// set: the development corpus, and the sets written independently of the
// rules (holdout, blind, final, measure) that stand in for unseen mail. Failing cases are
// listed to make a regression easy to find.
func TestCorpusFloors(t *testing.T) {
	sets := []struct {
		dir             string
		triage, replies int
		floors          *Scores // nil: the product Floors
	}{
		{corpusDir, 60, 30, nil},
		{"testdata/holdout", 45, 24, nil},
		{"testdata/blind", 50, 30, &blindFloors},
		{"testdata/final", 50, 30, nil},
		{"testdata/measure", 50, 30, nil},
		// The messy real-inbox set starts below the product floors; it is
		// held at least at its first score (its README), never lower.
		{"testdata/messy", 44, 15, &messyFloors},
		// dev2, written apart from the code like the sealed set, is held
		// at least at its first score (its README).
		{"testdata/dev2", 46, 22, &dev2Floors},
		// dev3 and messy2, written apart from the code by helper sets3,
		// are held at the scores they reached after the general rules
		// they prompted (their READMEs give the first scores too).
		{"testdata/dev3", 47, 0, &dev3Floors},
		{"testdata/messy2", 35, 0, &messy2Floors},
		// dev4 and messy3, written apart from the code by helper sets4,
		// held at their scores after the general rules they prompted.
		{"testdata/dev4", 29, 0, &dev4Floors},
		{"testdata/messy3", 30, 0, &messy3Floors},
		// kinds1, written apart from the code by helper kind with the
		// focus on quick vs paid, held at its score after the rules it
		// prompted (its README gives the first score).
		{"testdata/kinds1", 38, 0, &kinds1Floors},
		// dev5 and messy4, written apart from the code by helper sets5,
		// held at their scores after the general rules they prompted.
		{"testdata/dev5", 43, 0, &dev5Floors},
		{"testdata/messy4", 31, 0, &messy4Floors},
		// dev6 and messy5, written apart from the code by helper sets6,
		// held at their scores after the general rules they prompted.
		{"testdata/dev6", 30, 0, &dev6Floors},
		{"testdata/messy5", 25, 0, &messy5Floors},
		// kinds2, written apart from the code by helper kinds2 with the
		// focus on quick-vs-paid traps, held at its score after the rules
		// it prompted (its README gives the first score).
		{"testdata/kinds2", 40, 0, &kinds2Floors},
		// dev7 and messy6, written apart from the code by helper sets7,
		// held at their scores after the general rules they prompted.
		{"testdata/dev7", 35, 0, &dev7Floors},
		{"testdata/messy6", 30, 0, &messy6Floors},
		// dev8 and messy7, written apart from the code by helper sets8,
		// held at their scores after the general rules they prompted.
		{"testdata/dev8", 25, 0, &dev8Floors},
		{"testdata/messy7", 20, 0, &messy7Floors},
		// messy8, written apart from the code by helper messy8, held at
		// its score after the general rules it prompted.
		{"testdata/messy8", 20, 0, &messy8Floors},
		// catalog1, written apart from the kind rules by helper catalog
		// across the firms' service lines, held at its score after the
		// service-catalogue rules (its README gives the first score).
		{"testdata/catalog1", 40, 0, &catalog1Floors},
		// messy9, written apart from the code by helper messy9, held at
		// its score after the general rules it prompted.
		{"testdata/messy9", 30, 0, &messy9Floors},
		// dev9, written apart from the code by helper dev9, held at its
		// score after the general rules it prompted.
		{"testdata/dev9", 30, 0, &dev9Floors},
		// dev10, written apart from the code by helper dev10, held at its
		// score after the general rules it prompted.
		{"testdata/dev10", 30, 0, &dev10Floors},
		// skips1, probes of mail wrongly skipped written apart from the
		// skip code by helper skips, held at its score after the rules it
		// prompted.
		{"testdata/skips1", 40, 0, &skips1Floors},
		// extras1, real asks among sentences that look like asks, written
		// apart from the code by helper extras, held at its score after
		// the rules it prompted.
		{"testdata/extras1", 40, 0, &extras1Floors},
		// skips2, the second probe set of mail wrongly skipped, written
		// apart from the skip code by helper skips2, held at its score
		// after the rules it prompted.
		{"testdata/skips2", 40, 0, &skips2Floors},
		// logistics1, logistics and admin asks beside paid look-alikes,
		// written apart from the kind code by helper logistics, held
		// under its score after the rules it prompted by one case.
		{"testdata/logistics1", 40, 0, &logistics1Floors},
		// skips3, the third probe set of mail wrongly skipped, written
		// apart from the skip code by helper skips3, held at its score
		// after the rules it prompted.
		{"testdata/skips3", 24, 0, &skips3Floors},
		// kinds3 (the set; not the earlier helper of that name), quick-vs-paid
		// probes written apart from the kind code, held at its score after
		// the rules it prompted.
		{"testdata/kinds3", 40, 0, &kinds3Floors},
		// kinds4, quick-vs-paid probes written apart from the kind code
		// by helper kinds4 (the set; not the earlier helper of that
		// name), held at its score after the rules it prompted.
		{"testdata/kinds4", 40, 0, &kinds4Floors},
		// skips4, the fourth probe set of mail wrongly skipped, written
		// apart from the skip code by helper skips4, held at its score
		// after the rules it prompted, rounded down.
		{"testdata/skips4", 40, 0, &skips4Floors},
		// dev11, written apart from the code by helper dev11 (30 triage
		// cases and 20 replies), held at its score after the general rules
		// it prompted, less a small margin.
		{"testdata/dev11", 30, 20, &dev11Floors},
		// messy10, written apart from the code by helper messy10, held at
		// its score after the general rules it prompted.
		{"testdata/messy10", 30, 0, &messy10Floors},
		// messy11, written apart from the code by helper messy11, held at
		// its score after the general rules it prompted.
		{"testdata/messy11", 30, 0, &messy11Floors},
		// messy12, written apart from the code by helper messy12, held
		// just under its score after the general rules it prompted.
		{"testdata/messy12", 30, 20, &messy12Floors},
		// messy14, written apart from the code by helper messy14, held
		// at its score after the general rules it prompted.
		{"testdata/messy14", 30, 20, &messy14Floors},
		// messy16, written apart from the code by helper messy16, held
		// at its score after the general rules it prompted.
		{"testdata/messy16", 30, 20, &messy16Floors},
		// inbox1, two firms' whole inbox written apart from the code by
		// helper inbox1, held at its score after the rules it prompted.
		{"testdata/inbox1", 40, 15, &inbox1Floors},
		// inbox2, two small firms' whole inboxes over two weeks written
		// apart from the code by helper inbox2, held at its score after the
		// shapes it prompted, rounded down (first score in its README).
		{"testdata/inbox2", 40, 15, &inbox2Floors},
		// inbox4, two small firms' whole inboxes over two weeks (a web
		// agency and a relocation consultancy) written apart from the code
		// by helper inbox4, held at its score after the shapes it prompted,
		// rounded down (first score in its README).
		{"testdata/inbox4", 40, 15, &inbox4Floors},
		// inbox5, an insurance broker's and a Spanish tax adviser's whole
		// inboxes over two weeks written apart from the code by helper
		// inbox5, held at its score after the shapes it prompted, rounded
		// down (first score in its README).
		{"testdata/inbox5", 40, 15, &inbox5Floors},
		// inbox6, two small firms' whole inboxes over two weeks (a
		// packaging supplier's sales rep and a fractional CFO) written
		// apart from the code by helper inbox6, held at its score after
		// the shapes it prompted, rounded down (first score in its README).
		{"testdata/inbox6", 40, 15, &inbox6Floors},
		// inbox7, a rural accountancy's and a wedding and conference
		// venue's whole inboxes over two weeks written apart from the code
		// by helper inbox7, held at its score after the shapes it
		// prompted, rounded down (first score in its README).
		{"testdata/inbox7", 40, 15, &inbox7Floors},
		// inbox8, an IT/cyber consultant's and a lettings agent's whole
		// inboxes over two weeks written apart from the code by helper
		// inbox8, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/inbox8", 40, 15, &inbox8Floors},
		// inbox9, a conveyancing solicitor's and an HR consultancy's
		// whole inboxes over two weeks written apart from the code by
		// helper inbox9, held at its score after the rules it prompted,
		// rounded down (first score in its README).
		{"testdata/inbox9", 40, 15, &inbox9Floors},
		// inbox10, a structural engineer's and a translation agency's
		// whole inboxes over two weeks written apart from the code by
		// helper inbox10, held at its score after the rules it prompted,
		// rounded down (first score in its README).
		{"testdata/inbox10", 40, 15, &inbox10Floors},
		// inbox11, an independent financial planner's and a SaaS licence
		// rep's whole inboxes over two weeks written apart from the code
		// by helper inbox11, held at its score after the rules it
		// prompted, rounded down (first score in its README).
		{"testdata/inbox11", 40, 15, &inbox11Floors},
		// dev15, tidy client mail to five small firms (polite requests
		// for work beside one-minute questions, offers, self-answered
		// questions) written apart from the code by helper dev15, held at
		// its score after the rules it prompted, rounded down (first
		// score in its README).
		{"testdata/dev15", 40, 15, &dev15Floors},
		// inbox12, a quantity surveyor's and a charity accountant's whole
		// inboxes over two weeks written apart from the code by helper
		// inbox12, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/inbox12", 40, 15, &inbox12Floors},
		// langs3, a cross-border accounting and VAT practice's inbox with
		// over half its mail in German, French, Spanish, Dutch, Italian
		// and Portuguese, written apart from the code by helper langs3,
		// held at its score after the rules it prompted, rounded down
		// (first score in its README).
		{"testdata/langs3", 40, 15, &langs3Floors},
		// dev16, tidy client mail to five small firms (context-rich
		// paragraphs, asks worded as statements, self-answered and
		// rhetorical questions) written apart from the code by helper
		// dev16, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/dev16", 40, 15, &dev16Floors},
		// inbox13, a wedding photographer/videographer's and a franchise
		// consultant's whole inboxes over two weeks written apart from
		// the code by helper inbox13, held at its score after the rules
		// it prompted, rounded down (first score in its README).
		{"testdata/inbox13", 40, 15, &inbox13Floors},
		// inbox14, a residential architect's and an IT managed-service
		// provider's whole inboxes over four days written apart from the
		// code by helper inbox14, held at its score after the rules it
		// prompted, rounded down (first score in its README).
		{"testdata/inbox14", 40, 15, &inbox14Floors},
		// dev17, tidy client mail to five firms of other trades (a patent
		// attorney, an interior designer, a pension administrator, a
		// cleaning contractor, a caterer), rich in sentences that are not
		// asks, written apart from the code by helper dev17, held at its
		// score after the rules it prompted, rounded down (first score in
		// its README).
		{"testdata/dev17", 40, 15, &dev17Floors},
		// inbox15, an employer-of-record payroll provider's and an
		// export-compliance consultancy's whole inboxes over four days,
		// 40 % in other languages, written apart from the code by helper
		// inbox15, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/inbox15", 40, 15, &inbox15Floors},
		// inbox16, a bookkeeper for tradespeople's and a commercial
		// insurance broker's whole inboxes over four days written apart
		// from the code by helper inbox16, held at its score after the
		// rules it prompted, rounded down (first score in its README).
		{"testdata/inbox16", 40, 15, &inbox16Floors},
		// dev18, tidy client mail to five firms of other trades (an
		// acoustic consultant, a vets' bookkeeper, a translation agency,
		// an immigration adviser, a grant-bid writer), rich in sentences
		// that are not asks, written apart from the code by helper dev18,
		// held at its score after the rules it prompted, rounded down
		// (first score in its README).
		{"testdata/dev18", 40, 15, &dev18Floors},
		// messy17, messy real-inbox mail to five firms of less common
		// trades written apart from the code by helper messy17, held at
		// its score after the rules it prompted, rounded down (first
		// score in its README).
		{"testdata/messy17", 40, 15, &messy17Floors},
		// inbox17, a charity accountant's and a commercial property
		// manager's whole inboxes over four days written apart from the
		// code by helper inbox17, held at its score after the rules it
		// prompted, rounded down (first score in its README).
		{"testdata/inbox17", 40, 15, &inbox17Floors},
		// inbox18, a wealth adviser's and a print & signage rep's whole
		// inboxes over a week written apart from the code by helper
		// inbox18, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/inbox18", 50, 15, &inbox18Floors},
		// messy18, messy real-inbox mail to a locksmith, a salon's
		// bookkeeper, a solar installer, a tutoring agency and a customs
		// broker written apart from the code by helper messy18, held at
		// its score after the rules it prompted, rounded down (first
		// score in its README).
		{"testdata/messy18", 50, 15, &messy18Floors},
		// dev19, tidy like-development mail to five firms with many
		// sentences that look like asks and are not, written apart from
		// the code by helper dev19, held at its score after the rules it
		// prompted, rounded down (first score in its README).
		{"testdata/dev19", 50, 15, &dev19Floors},
		// inbox19, an accountancy practice's and an IT managed-service
		// provider's whole inboxes over a fortnight (alerts, invitations,
		// forwarded letters, three other languages) written apart from
		// the code by helper inbox19, held at its score after the rules
		// it prompted, rounded down (first score in its README).
		{"testdata/inbox19", 55, 10, &inbox19Floors},
		// messy19, messy real-inbox mail to a farm-machinery dealer, a
		// marquee-hire firm, a translation agency, a vending operator and
		// a memorial mason written apart from the code by helper messy19,
		// held at its score after the rules it prompted, rounded down
		// (first score in its README).
		{"testdata/messy19", 55, 15, &messy19Floors},
		// dev20, tidy like-development mail to five firms in unusual
		// trades stressing the quick/paid boundary, written apart from
		// the code by helper dev20, held at its score after the rules it
		// prompted, rounded down (first score in its README).
		{"testdata/dev20", 50, 15, &dev20Floors},
		// inbox20, a café bookkeeper's and a lettings agent's whole
		// inboxes over a fortnight, written apart from the code by helper
		// inbox20, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/inbox20", 50, 10, &inbox20Floors},
		// messy20, messy real-inbox mail to a turret-clock restorer, a
		// falconry bird-control service, a sign-writer, a narrowboat
		// fit-out yard and a costume-hire house written apart from the
		// code by helper messy20, held at its score after the rules it
		// prompted, rounded down (first score in its README).
		{"testdata/messy20", 50, 12, &messy20Floors},
		// dev21, tidy like-development mail to a diving contractor, a
		// stained-glass studio, an interpreting agency, a bird-control
		// firm and a piano workshop written apart from the code by helper
		// dev21, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/dev21", 45, 12, &dev21Floors},
		// inbox21, a skip-hire and waste firm's and a locum staffing
		// agency's mail to their advisers written apart from the code by
		// helper inbox21, held at its score after the rules it prompted,
		// rounded down (first score in its README).
		{"testdata/inbox21", 45, 15, &inbox21Floors},
		// dev22, tidy like-development mail to a dog groomer, a wine
		// merchant with a vineyard, a recording studio, an interpreting
		// agency and a crane-hire firm written apart from the code by
		// helper dev22, held at its score after the rules it prompted,
		// rounded down (first score in its README).
		{"testdata/dev22", 45, 15, &dev22Floors},
		// messy21, messy real-inbox mail to an escape-room venue, an
		// upholsterer, a bicycle workshop, a window-cleaning round and a
		// same-day courier written apart from the code by helper messy21,
		// held at its score after the rules it prompted, rounded down
		// (first score in its README).
		{"testdata/messy21", 50, 15, &messy21Floors},
		// messy22, messy real-inbox mail to a drainage firm, a mobile
		// cycle mechanic, a stained-glass studio, a hot-tub servicer and
		// an aquarium keeper written apart from the code by helper
		// messy22, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/messy22", 40, 10, &messy22Floors},
		// inbox22, a week of one inbox shared by a pool and hot-tub
		// maintenance firm and a records-archiving firm, written apart
		// from the code by helper inbox22, held at its score after the
		// rules it prompted, rounded down (first score in its README).
		{"testdata/inbox22", 60, 20, &inbox22Floors},
		// dev23, tidy like-development mail to a forge, a pottery
		// studio, a workwear embroiderer, a bridal alterations studio and
		// a stairlift installer written apart from the code by helper
		// dev23, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/dev23", 50, 15, &dev23Floors},
		// messy23, messy real-inbox mail to an asbestos surveyor, an
		// equine vet, a recording studio, a crypto-tax adviser and a
		// chauffeur service written apart from the code by helper
		// messy23, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/messy23", 55, 20, &messy23Floors},
		// inbox23, one inbox shared by a manned-guarding firm and a
		// commercial window cleaner, skip-heavy (18 of 60), written apart
		// from the code by helper inbox23, held at its score after the
		// rules it prompted, rounded down (first score in its README).
		{"testdata/inbox23", 60, 15, &inbox23Floors},
		// messy24, messy real-inbox mail to a kitchen fitter, a
		// jewellery maker, a speech therapist, a car-hire firm and a
		// music school, with hard quick/paid kinds, written apart from
		// the code by helper messy24, held at its score after the rules
		// it prompted, rounded down (first score in its README).
		{"testdata/messy24", 55, 15, &messy24Floors},
		// dev24, tidy like-development mail to a bathroom fitter, an
		// enforcement agent, a gym and personal-training studio, an
		// independent pharmacy and a watch-repair workshop written apart
		// from the code by helper dev24, held at its score after the
		// rules it prompted, rounded down (first score in its README).
		{"testdata/dev24", 50, 15, &dev24Floors},
		// inbox3, a payroll bureau's and a property manager's whole
		// inboxes over two weeks written apart from the code by helper
		// inbox3, held at its score after the rules it prompted.
		{"testdata/inbox3", 40, 15, &inbox3Floors},
		// dev13, ordinary client mail to five small firms written apart
		// from the code by helper dev13, held at its score after the
		// shapes it prompted, rounded down (first score in its README).
		{"testdata/dev13", 40, 15, &dev13Floors},
		// dev14, tidy client mail to five small firms written apart from
		// the code by helper dev14, held at its score after the shapes it
		// prompted, rounded down (first score in its README).
		{"testdata/dev14", 50, 20, &dev14Floors},
		// langs1, client mail in de, fr, es, nl, it and pt written apart
		// from the code by helper langs, held at its score after the
		// per-language vocabulary it prompted (first score in its README).
		{"testdata/langs1", 36, 0, &langs1Floors},
		// langs2, client mail in de, fr, es, nl, it and pt and replies
		// over localised quoted history, written apart from the code by
		// helper langs2, held at its score after the general shapes it
		// prompted (first score in its README).
		{"testdata/langs2", 30, 12, &langs2Floors},
		// dev12, ordinary client mail to less common trades written apart
		// from the code by helper dev12, held at its score after the
		// shapes it prompted, rounded down (first score in its README).
		{"testdata/dev12", 35, 20, &dev12Floors},
		// replies3 holds only replies to a quote, written apart from the
		// reply reader; held at its score after the rules it prompted
		// (its README gives the first score, 0.935).
		{"testdata/replies3", 0, 46, &replies3Floors},
		// replies4 likewise (first score 0.750, see its README).
		{"testdata/replies4", 0, 36, &replies4Floors},
		// replies5 likewise (first score 0.667, see its README); its one
		// miss is an out-of-office auto-reply, which has no decision.
		{"testdata/replies5", 0, 45, &replies5Floors},
		// replies6 likewise (first score 0.850, see its README).
		{"testdata/replies6", 0, 60, &replies6Floors},
		// replies7 likewise (first score 0.850, see its README).
		{"testdata/replies7", 0, 60, &replies7Floors},
		// replies8 likewise (first score 0.950, see its README).
		{"testdata/replies8", 0, 40, &replies8Floors},
		// replies9 likewise (first score 0.900, see its README).
		{"testdata/replies9", 0, 40, &replies9Floors},
		// replies10 likewise (first score 0.725, see its README).
		{"testdata/replies10", 0, 40, &replies10Floors},
		// replies11 likewise (first score 0.833, see its README).
		{"testdata/replies11", 0, 30, &replies11Floors},
		// replies12 likewise (first score 0.825, see its README).
		{"testdata/replies12", 0, 40, &replies12Floors},
		// replies13 likewise (first score 0.875, see its README).
		{"testdata/replies13", 0, 40, &replies13Floors},
		// replies14 likewise (first score 0.825, see its README).
		{"testdata/replies14", 0, 40, &replies14Floors},
		// replies15 likewise (first score 0.900, see its README).
		{"testdata/replies15", 0, 40, &replies15Floors},
		// replies16, quote replies (partial, conditional and pending
		// answers among them, 27 % other languages) with ten triage
		// cases, likewise (first score in its README).
		{"testdata/replies16", 10, 45, &replies16Floors},
		// replies17, quote replies (caps, conditional, partial and
		// pending answers, declines that sound positive, 20 % other
		// languages) with ten triage cases, likewise (first score in its
		// README).
		{"testdata/replies17", 10, 45, &replies17Floors},
		// replies18, quote replies to six firms in new trades (partial,
		// pending, conditional and capped answers, declines that sound
		// positive, own plans instead, 20 % other languages) with ten
		// triage cases, likewise (first score in its README).
		{"testdata/replies18", 10, 45, &replies18Floors},
		// replies19, quote replies to six firms in new trades (own and
		// in-house plans, decisions not to, pending and partial answers,
		// go-aheads with a question about access, 22 % other languages)
		// with ten triage cases, likewise (first score in its README).
		{"testdata/replies19", 10, 45, &replies19Floors},
		// replies20, quote replies to six firms in new trades (go-aheads
		// beside the client's own preparation, with a check-in or a cap,
		// won round; polite declines, own ways instead, the quick answer
		// enough; partial and pending answers, 22 % other languages) with
		// ten triage cases, likewise (first score in its README).
		{"testdata/replies20", 10, 50, &replies20Floors},
		// replies21, quote replies to five firms in new trades (yes or no
		// only in the subject, one-word answers, go-aheads with a question,
		// a check-in or a later start, sarcastic declines, delegated and
		// partial answers, 22 % other languages) with ten triage cases,
		// likewise (first score in its README).
		{"testdata/replies21", 10, 50, &replies21Floors},
		// dev25, tidy like-development mail to a tailor, a laundry, a
		// welder, a picture framer and a pilates studio, rich in quick vs
		// paid asks (one paid ask among quick ones, big-sounding errands,
		// small-sounding work, prices vs the work, dates vs booking it),
		// written apart from the code by helper dev25, held at its score
		// after the rules it prompted, rounded down (first score in its
		// README).
		{"testdata/dev25", 50, 0, &dev25Floors},
		// langs4, five firms in new trades (wine merchant, acupuncture and
		// massage, motorbike dealer, tyre fitter, coworking) writing 90 %
		// in de, fr, nl, es, it, pt and pl, likewise (first score in its
		// README).
		{"testdata/langs4", 45, 15, &langs4Floors},
		// messy25, messy real-inbox mail to a childminder, a riding
		// stables, a tennis club, an escape-room venue and a marquee and
		// AV hire firm, on which sentences ask, written apart from the
		// code by helper messy25, held at its score after the rules it
		// prompted, rounded down (first score in its README).
		{"testdata/messy25", 55, 0, &messy25Floors},
		// replies22, quote replies to eleven firms in new trades (informal
		// yeses, a PO number alone, curt and polite noes, counter-offers
		// on hours or rate, caps below a two-part quote, "can it wait",
		// yes to one part only, inline answers, 13 % other languages)
		// with ten same-thread triage follow-ups, written apart from the
		// code by helper replies22, held at its score after the rules it
		// prompted (first score in its README).
		{"testdata/replies22", 10, 45, &replies22Floors},
		// messy26, messy real-inbox mail to a scaffolder, a tree surgeon,
		// a watch repairer, a kennels and cattery and a glazier, on which
		// sentences ask, written apart from the code by helper messy26,
		// held at its score after the rules it prompted, rounded down
		// (first score in its README).
		{"testdata/messy26", 55, 0, &messy26Floors},
		// skips5, skip decisions against real clients (away replies,
		// notices, campaigns and bounces without the usual headers, and
		// near-misses that ask), written apart from the code by helper
		// skips5, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/skips5", 55, 0, &skips5Floors},
		// dev26, like-development mail to a funeral director, a pest
		// controller, a watch and clock repairer, a tree surgeon, a
		// scaffolding firm, kennels, a glazier and a trophy engraver, rich
		// in borderline kinds (offering vs doing, status vs what a paper
		// allows, "quick look" work, "small changes" that redo a document),
		// written apart from the code by helper dev26, held at its score
		// after the rules it prompted, rounded down (first score in its
		// README).
		{"testdata/dev26", 55, 0, &dev26Floors},
		// inbox24, a whole inbox of a process server and a cinema's hire
		// desk over two weeks in a real inbox's proportions (13 % skips,
		// 13 % other languages), written apart from the code by helper
		// inbox24, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/inbox24", 60, 15, &inbox24Floors},
		// langs5, 55 triage and 15 reply cases to seventeen firms in
		// new trades, 85 % in de, fr, es, nl, it, pt, pl, da and sv or mixing
		// them with English, written apart from the code by helper langs5,
		// held at its score after the rules it prompted, rounded down
		// (first score in its README).
		{"testdata/langs5", 55, 15, &langs5Floors},
		// replies23, 45 replies to quotes in messy form (Outlook HTML-only,
		// inline answers, caps on hours and money, forwarded approvals,
		// 8 of 55 in other languages) and 10 follow-ups in the same
		// threads, eleven firms in new trades, written apart from the code
		// by helper replies23, held at its score after the rules it
		// prompted, rounded down (first score in its README).
		{"testdata/replies23", 10, 45, &replies23Floors},
		// dev27, like-development mail to eleven creative, media and
		// design firms on the borderline quick/paid asks (price questions,
		// "set up", "recommend", "have a look", "confirm whether"),
		// written apart from the code by helper dev27, held at its score
		// after the rules it prompted, rounded down (first score in its
		// README).
		{"testdata/dev27", 55, 0, &dev27Floors},
		// langs6, 55 triage and 15 reply cases to nine food, drink and
		// retail firms, about 88 % in de, fr, es, nl, it, pt, pl, da and sv
		// or mixing them with English, written apart from the code by
		// helper langs6, held at its score after the rules it prompted,
		// rounded down (first score in its README).
		{"testdata/langs6", 55, 15, &langs6Floors},
		// inbox25, a whole inbox of two firms (trailer services and
		// paddlesports) over two weeks, 60 triage and 15 reply cases
		// (13 % other languages, 13 % skips), written apart from the
		// code by helper inbox25, held at its score after the rules it
		// prompted, rounded down (first score in its README).
		{"testdata/inbox25", 60, 15, &inbox25Floors},
		// messy27, messy real-inbox mail to thirteen firms in health, care,
		// wellbeing and education whose one paid ask is buried, soft-spoken
		// (a wish or a plan) or added to a quoted job, 15 % in de, fr, es,
		// nl, it, pt, pl and da, written apart from the code by helper
		// messy27, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/messy27", 55, 0, &messy27Floors},
		// messy28, messy real-inbox mail to eleven sports, leisure and
		// hobby firms (quick vs paid on slang, vague nouns, small fixes
		// next to real work, status checks of big jobs, asks whose kind
		// the sentence before sets), about 13 % other languages, written
		// apart from the code by helper messy28, held at its score after
		// the rules it prompted, rounded down (first score in its README).
		{"testdata/messy28", 55, 0, &messy28Floors},
		// dev28, 55 like-development triage cases to ten firms in
		// professional, civic and membership services, probing whether a
		// mail holds any paid ask (soft paid asks among quick ones, work-
		// sounding quick asks, paid second clauses, opinion vs research),
		// 13 % other languages, written apart from the code by helper
		// dev28, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/dev28", 55, 0, &dev28Floors},
		// inbox26, 60 triage and 15 reply cases, the inbox of a garage-door
		// firm and a basement-waterproofing firm over two weeks (12 % skips,
		// 12 % other languages), written apart from the code by helper
		// inbox26, held at its score after the rules it prompted, rounded
		// down (first score in its README).
		{"testdata/inbox26", 60, 15, &inbox26Floors},
		// messy13, the round's carry set: written apart (no code read) at
		// the middle of the round and scored on the code before it and
		// after every merge, never tuned on; held at its end score.
		{"testdata/messy13", 30, 20, &messy13Floors},
		// messy15, the 2630bc3 round's carry set, likewise: written at the
		// round's start without reading or running the code, never tuned on.
		{"testdata/messy15", 30, 20, &messy15Floors},
	}
	e := New(DefaultConfig())
	for _, set := range sets {
		t.Run(set.dir, func(t *testing.T) {
			sc, reports, err := Evaluate(e, set.dir)
			if err != nil {
				t.Fatal(err)
			}
			if sc.TriageCases != set.triage || sc.ReplyCases != set.replies {
				t.Fatalf("set incomplete: %d triage and %d reply cases", sc.TriageCases, sc.ReplyCases)
			}
			for _, r := range reports {
				if len(r.Problems) > 0 {
					t.Logf("%s:\n\t%s", r.Name, strings.Join(r.Problems, "\n\t"))
				}
			}
			t.Logf("scores: %+v", sc)
			floors := Floors
			if set.floors != nil {
				floors = *set.floors
			}
			if below := sc.BelowOwnFloors(floors); len(below) > 0 {
				t.Errorf("below floor: %s", strings.Join(below, ", "))
			}
		})
	}
}

// messyFloors are the messy set's first scores (testdata/messy/README.md:
// the code before any change prompted by the set, on its labels as
// corrected); raise them as triage improves on it. Kind is at its score
// after the kind rules kinds3 prompted (0.969 → 0.985).
var messyFloors = Scores{
	QuestionF1: 0.819, KindAccuracy: 0.984, NeedsQuoteAccuracy: 0.705,
	SkipPrecision: 0.583, SkipRecall: 0.875, ReplyAccuracy: 0.667,
}

// dev2Floors are the dev2 set's first scores (testdata/dev2/README.md:
// the code before any change prompted by the set); raise them as triage
// improves on it.
var dev2Floors = Scores{
	QuestionF1: 0.969, KindAccuracy: 0.975, NeedsQuoteAccuracy: 0.913,
	SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.773,
}

// dev3Floors and messy2Floors are the sets' scores after the changes
// they prompted (testdata/dev3/README.md, testdata/messy2/README.md; first
// scores there); they have no reply cases.
var (
	dev3Floors   = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}
	messy2Floors = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}
)

// dev4Floors and messy3Floors are the sets' scores after the changes
// they prompted (first scores in testdata/dev4/README.md and
// testdata/messy3/README.md: 0.922 / 0.894 / 0.862 and 0.868 / 0.957 /
// 0.933), raised to their scores after the kind rules kinds1 prompted;
// they have no reply cases. dev4 is still below the product floors on
// needs_quote, messy3 on question F1. dev4's kind rose (0.940 → 0.960)
// with the kind rules kinds3 prompted.
var (
	dev4Floors   = Scores{QuestionF1: 0.970, KindAccuracy: 0.959, NeedsQuoteAccuracy: 0.930, SkipPrecision: 1, SkipRecall: 1}
	messy3Floors = Scores{QuestionF1: 0.925, KindAccuracy: 0.979, NeedsQuoteAccuracy: 0.999, SkipPrecision: 1, SkipRecall: 1}
)

// kinds1Floors are kinds1's scores after the rules it prompted (first
// score in testdata/kinds1/README.md: 0.982 / 0.890 / 0.842); no reply
// cases.
var kinds1Floors = Scores{QuestionF1: 0.987, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}

// dev5Floors and messy4Floors are the sets' scores after the changes
// they prompted (first scores in testdata/dev5/README.md and
// testdata/messy4/README.md: 0.884 / 0.895 / 0.814 / 0.80–0.80 and 0.847 /
// 0.889 / 0.839 / 0.60–0.75); no reply cases. Their kind and needs_quote
// are still below the product floors. dev5's kind fell from 0.894 / 0.907
// when merged with the kind rules: its labels make "am I allowed to pay…"
// and "how much can I pay … before tax" quick, where issue 11 makes
// checking what a rule allows research. Both were raised to their scores
// after the kind rules kinds2 prompted (dev5 0.864 / 0.884 → 0.939 /
// 0.930, messy4 0.864 / 0.871 → 0.909 / 0.903). messy4's were raised
// again after the kind rules kinds3 prompted (0.909 / 0.903 → 0.977 /
// 0.968).
var (
	dev5Floors   = Scores{QuestionF1: 0.992, KindAccuracy: 0.939, NeedsQuoteAccuracy: 0.929, SkipPrecision: 1, SkipRecall: 1}
	messy4Floors = Scores{QuestionF1: 0.999, KindAccuracy: 0.976, NeedsQuoteAccuracy: 0.967, SkipPrecision: 1, SkipRecall: 1}
)

// dev6Floors and messy5Floors are the sets' scores after the rules they
// prompted (first scores in testdata/dev6/README.md and
// testdata/messy5/README.md: 0.962 / 0.920 / 0.900 / 0.75–1.00 and 0.872 /
// 0.794 / 0.680 / 0.60–1.00 with this morning's rules, 0.951 and 0.831
// without); no reply cases. Kind and needs_quote are below the product
// floors (left to the kind rules). messy5's skip precision went to 1.00
// with the rule for list mail written to the recipients (a client's mail
// through their own Google Group), which also found its ask. Both were
// raised to their scores after the kind rules kinds2 prompted (dev6
// 0.906 / 0.900 → 0.943 / 0.967, messy5 0.816 / 0.800 → 0.868 / 0.880),
// and again after those kinds3 prompted (dev6 kind 0.943 → 0.962, messy5
// 0.868 / 0.880 → 0.921 / 0.960).
var (
	dev6Floors   = Scores{QuestionF1: 0.990, KindAccuracy: 0.961, NeedsQuoteAccuracy: 0.966, SkipPrecision: 1, SkipRecall: 1}
	messy5Floors = Scores{QuestionF1: 0.986, KindAccuracy: 0.920, NeedsQuoteAccuracy: 0.959, SkipPrecision: 1, SkipRecall: 1}
)

// dev7Floors and messy6Floors are the sets' scores after the rules they
// prompted (first scores in testdata/dev7/README.md and
// testdata/messy6/README.md: 0.895 / 0.961 / 0.914 / 1.00–1.00 and 0.814 /
// 0.857 / 0.867 / 1.00–1.00); no reply cases. dev7's kind and needs_quote
// rose with the kind rules kinds2 prompted, written without sight of it
// (0.961 / 0.914 → 0.980 / 0.943); the kind rules kinds3 and the
// joined-asks rules conj2 wrote for these sets' misses took both sets to
// the figures below.
var (
	dev7Floors   = Scores{QuestionF1: 0.990, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}
	messy6Floors = Scores{QuestionF1: 0.977, KindAccuracy: 0.976, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}
)

// dev8Floors and messy7Floors are the sets' scores after the rules they
// prompted (first scores in testdata/dev8/README.md and
// testdata/messy7/README.md: 0.976 / 0.951 / 0.880 / 1.00–1.00 and 0.885 /
// 0.913 / 0.850 / 0.60–1.00); no reply cases. Kind and needs_quote at
// 1 after the kind rules of words_kind_tasks.go (helper kinds4).
var (
	dev8Floors   = Scores{QuestionF1: 0.987, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}
	messy7Floors = Scores{QuestionF1: 0.999, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}
)

// messy8Floors are messy8's scores after the rules it prompted (first
// score in testdata/messy8/README.md: 0.852 / 0.846 / 0.750 / 1.00–1.00);
// no reply cases. Kind and needs_quote are below the product floors where
// the kind rules miss: the kind rules of words_kind_tasks.go, written
// for dev8 and messy7 without sight of messy8, did not move it.
var messy8Floors = Scores{QuestionF1: 0.968, KindAccuracy: 0.870, NeedsQuoteAccuracy: 0.849, SkipPrecision: 1, SkipRecall: 1}

// catalog1Floors are catalog1's scores after the status-question and
// service-catalogue rules (first score in testdata/catalog1/README.md:
// 1.000 / 0.958 / 0.950 / 1.00–1.00); no reply cases. Its one kind miss is
// adding a new starter to the payroll, which the sets label both ways.
var catalog1Floors = Scores{QuestionF1: 1, KindAccuracy: 0.985, NeedsQuoteAccuracy: 0.975, SkipPrecision: 1, SkipRecall: 1}

// messy9Floors are messy9's scores after the rules it prompted (first
// score in testdata/messy9/README.md: 0.920 / 0.865 / 0.800 / 0.75–1.00);
// no reply cases. Kind and needs_quote are below the product floors where
// the kind rules miss (left to them, see the README), and skip precision
// where a discussion-list copy of a question to the firm's accountant is
// skipped as list mail: nothing in the message says which member the
// mailbox belongs to.
var messy9Floors = Scores{QuestionF1: 0.948, KindAccuracy: 0.855, NeedsQuoteAccuracy: 0.833, SkipPrecision: 0.75, SkipRecall: 1}

// dev9Floors are dev9's scores after the rules it prompted (first score
// in testdata/dev9/README.md: 0.965 / 0.982 / 0.900 / 1.00–1.00, the same
// before and after the round's merges); no reply cases. Its one extra ask
// is a statement of the order the questions are about, labelled context.
var dev9Floors = Scores{QuestionF1: 0.991, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}

// dev10Floors are dev10's scores after the rules it prompted (first
// scores in testdata/dev10/README.md: 0.991 / 0.945 / 0.967 / 1.00–1.00
// on the code before the round, 0.991 / 0.927 / 0.967 / 1.00–1.00 after
// it); no reply cases. Its one kind miss is a question whether the client
// must register for VAT past the threshold, labelled a known fact
// (kind 54/55 = 0.9818).
var dev10Floors = Scores{QuestionF1: 1, KindAccuracy: 0.981, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}

// dev11Floors are dev11's scores after the rules it prompted, less a
// margin of about one case (first score in testdata/dev11/README.md:
// 0.991 / 1.000 / 1.000 / 1.00–1.00, reply 0.900 with none decided
// wrongly; after the rules 1.000 everywhere).
var dev11Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.98, NeedsQuoteAccuracy: 0.96, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.95}

// skips1Floors are skips1's scores after the skip rules it prompted (first
// score in testdata/skips1/README.md: 0.789 / 0.929 / 0.750 / 0.50–1.00,
// ten of its 30 genuine asks skipped); no reply cases. No genuine ask is
// skipped any more. Its kind misses were four quick asks judged paid
// (moving a review, joining a meeting, bringing a budget, reissuing an
// invoice; 37/41 = 0.902); the logistics rules (words_kind_logistics.go)
// put two right without reading the set (39/41 = 0.951, needs_quote
// 1.000).
var skips1Floors = Scores{QuestionF1: 0.976, KindAccuracy: 0.951, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}

// logistics1Floors are logistics1's scores after the logistics rules
// (words_kind_logistics.go; first score in testdata/logistics1/README.md:
// 0.986 / 0.853 / 0.850; after them 0.986 / 1.000 / 1.000), less one case
// on kind (67/68) and needs_quote (39/40). Its two misses are asks not
// found. It has no skip cases, so skip recall is 0 of 0.
var logistics1Floors = Scores{QuestionF1: 0.985, KindAccuracy: 0.985, NeedsQuoteAccuracy: 0.975, SkipPrecision: 1, SkipRecall: 0}

// skips3Floors are skips3's scores after the skip rules it prompted
// (skip_person.go; first score in testdata/skips3/README.md: 0.857 /
// 0.933 / 0.792 / 0.70-1.00, three of its 17 genuine asks skipped: an
// edited auto-reply and two bare chasers). No genuine ask is skipped any
// more, and an ask only in an HTML part behind a "view in browser" plain
// stub is read (htmlStub). Its one miss is a kind (18/19 = 0.947).
var skips3Floors = Scores{QuestionF1: 1, KindAccuracy: 0.947, NeedsQuoteAccuracy: 0.958, SkipPrecision: 1, SkipRecall: 1}

// skips4Floors are skips4's scores after the skip rules it prompted
// (softAutoMark, greetsRecipient's bare name and title, the null sender
// from a person's mailbox; first score in testdata/skips4/README.md:
// 0.812 / 0.808 / 0.725 / 0.71-1.00, five of its 28 genuine asks
// skipped), rounded down: 0.930 / 0.818 / 0.825 / 1.00-1.00. No genuine
// ask is skipped any more; its misses are kinds and asks found or not
// found in mail that is answered.
var skips4Floors = Scores{QuestionF1: 0.93, KindAccuracy: 0.81, NeedsQuoteAccuracy: 0.82, SkipPrecision: 1, SkipRecall: 1}

// kinds3Floors are kinds3's scores after the rules it prompted
// (words_kind_choice.go, namedVersion; first score in
// testdata/kinds3/README.md: 1.000 / 0.899 / 0.875; after them 1.000 /
// 0.978 / 0.975), rounded down. Its two kind misses are a starter set up
// on payroll and "can you fix it" pointing back at a typo named before.
// It has no skip cases, so skip recall is 0 of 0.
var kinds3Floors = Scores{QuestionF1: 1, KindAccuracy: 0.977, NeedsQuoteAccuracy: 0.975, SkipPrecision: 1, SkipRecall: 0}

// kinds4Floors are kinds4's scores after the rules it prompted
// (words_kind_light.go, the named shared thing; first score in
// testdata/kinds4/README.md: 0.982 / 0.817 / 0.725, the same with and
// without the kinds3 rules; after them 0.982 / 0.963 / 0.950), rounded
// down. Its three kind misses are advice and registration questions
// ("is it worth…", "do I need to register…", "salary or dividends")
// that other sets label quick in near forms. It has no skip cases.
var kinds4Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.963, NeedsQuoteAccuracy: 0.95, SkipPrecision: 1, SkipRecall: 0}

// skips2Floors are skips2's scores after the skip rules it prompted
// (first score in testdata/skips2/README.md: 0.769 / 0.880 / 0.650 /
// 0.50–1.00, ten of its 30 genuine asks skipped); no reply cases. No
// genuine ask is skipped any more (0.909 / 0.857 / 0.875 / 1.00–1.00).
// Its kind misses are five quick asks judged paid, left to the kind rules.
var skips2Floors = Scores{QuestionF1: 0.909, KindAccuracy: 0.857, NeedsQuoteAccuracy: 0.875, SkipPrecision: 1, SkipRecall: 1}

// messy10Floors are messy10's scores after the rules it prompted (first
// score in testdata/messy10/README.md: 0.923 / 0.875 / 0.833 / 1.00–1.00
// on this round's merged code); no reply cases. needs_quote stays below
// the product floor where the kind rules miss (left to them, see the
// README).
var messy10Floors = Scores{QuestionF1: 0.980, KindAccuracy: 0.922, NeedsQuoteAccuracy: 0.932, SkipPrecision: 1, SkipRecall: 1}

// messy11Floors are messy11's scores after the rules it prompted (first
// score in testdata/messy11/README.md: 0.953 / 0.941 / 0.933 / 1.00–1.00
// on this round's merged code, 0.953 / 0.922 / 0.900 before it); no reply
// cases. Its one miss is a texting run-on whose short story before "can u
// have a look at it" the rules quote with the ask (TestRunOnSomeone keeps
// that on purpose). Its kind miss, adding a named person to a shared
// mailbox, went with the shared-thing rule kinds3 prompted
// (words_kind_choice.go): kind and needs_quote 1.000 since.
var messy11Floors = Scores{QuestionF1: 0.981, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}

// extras1Floors are extras1's scores after the rules it prompted (first
// score in testdata/extras1/README.md: F1 0.765, kind 0.932, needs_quote
// 0.850); no reply or skip cases (skip recall reads 0 on none). Its three
// extra asks are a third party's wish relayed ("the broker wants to know
// if we've changed premises"), a French wonder answered in the same
// sentence, and "How is it that …?" venting; its kind misses are left to
// the kind rules.
var extras1Floors = Scores{QuestionF1: 0.967, KindAccuracy: 0.931, NeedsQuoteAccuracy: 0.9, SkipPrecision: 1, SkipRecall: 0}

// langs1Floors are langs1's scores after the per-language vocabulary it
// prompted (first score in testdata/langs1/README.md: 0.919 / 0.895 /
// 0.889 / 0.857–1.00).
var langs1Floors = Scores{QuestionF1: 0.983, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}

// langs2Floors are langs2's scores after the shapes it prompted
// (langs2_shapes_test.go; first score in testdata/langs2/README.md: 0.902
// / 0.935 / 0.700 / 0.750–1.00 / reply 0.833).
var langs2Floors = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// dev12Floors are dev12's scores after the shapes it prompted
// (dev12_shapes_test.go), rounded down (first score in
// testdata/dev12/README.md: 0.984 / 0.968 / 0.943 / 1.00–1.00 / reply
// 1.000; its one kind miss left is a capacity question, "can you do N
// copies by <date>").
var dev12Floors = Scores{QuestionF1: 1, KindAccuracy: 0.98, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// kinds2Floors are kinds2's scores after the rules it prompted (first
// score in testdata/kinds2/README.md: 0.988 / 0.963 / 0.950 / 1.00–1.00);
// no reply cases. Its two extra asks are statements of purpose after a
// question ("I need it for a form."), left to the ask finder.
var kinds2Floors = Scores{QuestionF1: 0.987, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}

// replies3Floors: only the reply score applies to a set of replies.
var replies3Floors = Scores{ReplyAccuracy: 1}

// replies4Floors: like replies3Floors.
var replies4Floors = Scores{ReplyAccuracy: 1}

// replies5Floors: like replies3Floors, at the set's score (44 of 45).
var replies5Floors = Scores{ReplyAccuracy: 0.978}

// blindFloors are the product Floors, with the reply score held at the
// set's 30 of 30 (reached with the replies6 rules).
var blindFloors = func() Scores { f := Floors; f.ReplyAccuracy = 1; return f }()

// replies6Floors: like replies3Floors, at the set's score (60 of 60).
var replies6Floors = Scores{ReplyAccuracy: 1}

// replies7Floors: like replies3Floors, at the set's score (59 of 60; the
// miss is "OK." with a new ask, left unclear as "ok" alone is).
var replies7Floors = Scores{ReplyAccuracy: 0.983}

// messy12Floors are messy12's scores after the rules it prompted, less
// a small margin (first score in testdata/messy12/README.md: 0.951 /
// 0.980 / 0.967 / 1.00–1.00 / reply 0.850 on the code at the start of the
// round; after them 0.971 / 1.000 / 1.000 / 1.00–1.00 / 0.950). Its
// misses left: a third party's "wants to know" taken as an ask, the
// second of two joined asks spanned with a background clause, and "k"
// alone, read as an acknowledgement.
var messy12Floors = Scores{QuestionF1: 0.965, KindAccuracy: 0.98, NeedsQuoteAccuracy: 0.96, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.90}

// messy14Floors are messy14's scores after the rules it prompted,
// rounded down to 0.01 (first score in testdata/messy14/README.md: 0.959 /
// 0.957 / 0.933 / 1.00–1.00 / reply 0.950 on main 2630bc3; after them
// 0.980 / 0.958 / 0.933 / 1.00–1.00 / 1.000). Its misses left: a draft
// brought to a meeting and a certificate renewal read as quick, and an
// ask whose dash of context the label keeps and the code drops.
var messy14Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.95, NeedsQuoteAccuracy: 0.93, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// messy16Floors are messy16's scores after the rules it prompted
// (shapes_reported.go, withCapitalAnswers), rounded down to 0.01 (first
// score in testdata/messy16/README.md: 0.923 / 0.929 / 0.867 / 0.80–1.00 /
// reply 1.000 on integ). Its three kind rules (a deadline stated after an
// ask, adding one record field, an order for a number of made things)
// took it to 0.957 / 1.000 / 1.000 but cost one ask's kind on each of two
// sets nobody tunes on, so they were taken out: 0.957 / 0.932 / 0.900.
// Its misses left: two asks after a clause of context spanned differently
// from the label, and the three kinds those rules fixed.
var messy16Floors = Scores{QuestionF1: 0.95, KindAccuracy: 0.93, NeedsQuoteAccuracy: 0.9, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// inbox1Floors are inbox1's scores after the rules it prompted
// (shapes_series.go, "necesitamos", waiting as a deferral in fr/es/pt/de),
// rounded down to 0.01 (first score in testdata/inbox1/README.md: 0.918 /
// 0.889 / 0.900 / 1.00–1.00 / reply 0.867 on main 3bcf536; after them
// 0.980 / 0.898 / 0.950 / 1.00–1.00 / 0.933). Its misses left: a second
// embedded question after ", and what", a reason clause read as an ask,
// five kinds and one reply.
var inbox1Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.89, NeedsQuoteAccuracy: 0.95, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// inbox2Floors are inbox2's scores after the rules it prompted
// (inbox2_shapes_test.go), rounded down to 0.01 (first score in
// testdata/inbox2/README.md: 0.830 / 0.846 / 0.825 / 0.88–1.00 / reply
// 0.867 on main 3bcf536; after them 0.887 / 0.860 / 0.850 / 1.00–1.00 /
// 0.867). Its misses left are listed in its README.
var inbox2Floors = Scores{QuestionF1: 0.88, KindAccuracy: 0.86, NeedsQuoteAccuracy: 0.85, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.86}

// inbox4Floors are inbox4's scores after the rules it prompted
// (shapes_politework.go, shapes_quoted.go, words_reply_self.go, the
// pronoun-variant frames and chasing one party), rounded down to 0.01
// (first score in testdata/inbox4/README.md: 0.982 / 0.891 / 0.875 /
// 1.00–1.00 / reply 0.800 on main c3ed6ad; after them 0.991 / 0.982 /
// 0.975 / 1.00–1.00 / 0.867). Its misses left are listed in its README.
var inbox4Floors = Scores{QuestionF1: 0.99, KindAccuracy: 0.98, NeedsQuoteAccuracy: 0.97, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.86}

// inbox5Floors are inbox5's scores after the rules it prompted
// (shapes_rulespan_test.go, reply_formal_no_test.go,
// reply_access_offer_test.go, words_kind_provider_test.go), rounded down
// to 0.01 (first score in testdata/inbox5/README.md: 0.966 / 0.762 /
// 0.800 / 0.93–1.00 / reply 0.733 on integ 6c82b58; after them 0.966 /
// 0.833 / 0.875 / 0.93–1.00 / 0.933). Its misses left are listed in its
// README.
var inbox5Floors = Scores{QuestionF1: 0.96, KindAccuracy: 0.83, NeedsQuoteAccuracy: 0.87, SkipPrecision: 0.92, SkipRecall: 1, ReplyAccuracy: 0.93}

// inbox6Floors are inbox6's scores after the rules it prompted
// (isolate_headered_inline.go, shapes_runon_close.go, the over-budget
// declines in six languages, words_kind_goods.go, the covenant rule
// words, shapes_incredulity.go), rounded down to 0.01 (first score in
// testdata/inbox6/README.md: 0.875 / 0.786 / 0.825 / 0.92–1.00 / reply
// 0.867 on integ 6c82b58; after them 0.948 / 0.891 / 0.900 / 1.00–1.00 /
// 0.933). Its misses left are listed in its README.
var inbox6Floors = Scores{QuestionF1: 0.94, KindAccuracy: 0.89, NeedsQuoteAccuracy: 0.9, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// inbox7Floors are inbox7's scores after the rules it prompted
// (reply_leave_to_you_test.go's accept words, split_ack.go), rounded
// down to 0.01 (first score in testdata/inbox7/README.md: 0.897 / 0.833
// / 0.825 / 0.92–1.00 / reply 0.867 on integ 510e3ad; after them 0.907 /
// 0.816 / 0.825 / 1.00–1.00 / 1.000). Its misses left are listed in its
// README.
var inbox7Floors = Scores{QuestionF1: 0.9, KindAccuracy: 0.81, NeedsQuoteAccuracy: 0.82, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// inbox8Floors are inbox8's scores after the rules it prompted
// (words_lang_status_test.go, words_compiled_record_test.go,
// shapes_ownintent.go), rounded down to 0.01 (first score in
// testdata/inbox8/README.md: 0.970 / 0.898 / 0.875 / 1.00–0.91 / reply
// 1.000 on integ 510e3ad; after them 0.980 / 0.959 / 0.900 / 1.00–0.91 /
// 1.000). Its misses left are listed in its README.
var inbox8Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.95, NeedsQuoteAccuracy: 0.9, SkipPrecision: 1, SkipRecall: 0.9, ReplyAccuracy: 1}

// inbox9Floors are inbox9's scores after the rules it prompted
// (shapes_findings.go, shapes_restated.go, the apology lead, "why does
// nothing … ever", and two reply cues), rounded down to 0.01 (first score
// in testdata/inbox9/README.md: 0.953 / 0.951 / 0.925 / 1.00–1.00 / reply
// 0.800 on main 9152ebc; after them 0.976 / 0.984 / 0.975 / 1.00–1.00 /
// 0.933). Its misses left are listed in its README.
var inbox9Floors = Scores{QuestionF1: 0.97, KindAccuracy: 0.98, NeedsQuoteAccuracy: 0.97, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// inbox10Floors are inbox10's scores after the rules it prompted
// (words_kind_translation.go, shapes_thanks_frame.go,
// shapes_attached_work.go, shapes_wellwish.go, the French "pas suite"
// decline), rounded down to 0.01 (first score in
// testdata/inbox10/README.md: 0.887 / 0.949 / 0.800 / 1.00–1.00 / reply
// 0.933 on main 9152ebc; after them 0.934 / 0.969 / 0.950 / 1.00–1.00 /
// 1.000). Its misses left are listed in its README.
var inbox10Floors = Scores{QuestionF1: 0.93, KindAccuracy: 0.96, NeedsQuoteAccuracy: 0.95, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// inbox11Floors are inbox11's scores after the rules it prompted
// (invite_heading.go, shapes_recap.go, shapes_anylist.go,
// shapes_existing.go, the send signal's filler frames, shapes_wishask.go,
// words_kind_crosscheck.go), rounded down to 0.01 (first score in
// testdata/inbox11/README.md: 0.952 / 0.881 / 0.850 / 1.00–1.00 / reply
// 1.000 on main 9152ebc). Its misses left are listed in its README.
var inbox11Floors = Scores{QuestionF1: 1, KindAccuracy: 0.96, NeedsQuoteAccuracy: 0.95, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// dev15Floors are dev15's scores after the rules it prompted
// (words_value_wish.go, shapes_offer_clause.go, shapes_selfsettled.go,
// shapes_reassurance.go, anyoneShrug, the German separable starts and
// "take it up with" declines), rounded down to 0.01 (first score in
// testdata/dev15/README.md: 0.903 / 1.000 / 0.875 / 1.00–0.80 / reply
// 0.867 on 8a49acd with main 9152ebc's binary; after them 0.979 / 1.000 /
// 1.000 / 1.00–1.00 / 1.000). Its three extra asks left are labelling
// judgement calls, listed in its README.
var dev15Floors = Scores{QuestionF1: 0.97, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// inbox12Floors are inbox12's scores after the rules it prompted
// (shapes_nounitem.go, newDeliverable's whole noun phrase,
// shapes_standing.go), rounded down to 0.01 (first score in
// testdata/inbox12/README.md: 0.926 / 1.000 / 0.925 / 1.00–1.00 / reply
// 1.000 on integ 558a2e6). Its misses left are listed in its README.
var inbox12Floors = Scores{QuestionF1: 0.97, KindAccuracy: 1, NeedsQuoteAccuracy: 0.97, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// langs3Floors are langs3's scores after the rules it prompted (Dutch
// verb-second request frames and needs with the object before "nodig",
// Italian "avrei … bisogno di", Portuguese subjunctive work verbs, Dutch
// "zien hiervan af" declines, shapes_duration_vent.go, price words of a
// question back in six languages), rounded down to
// 0.01 (first score in testdata/langs3/README.md: 0.944 / 0.961 / 0.900 /
// 1.00–1.00 / reply 0.867 on integ 558a2e6). Its misses left are listed in
// its README.
var langs3Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.98, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// dev16Floors are dev16's scores after the rules it prompted
// (shapes_withdrawn.go, shapes_helpnoun.go, shapes_overcost.go,
// shapes_checking_softened.go, the settled wondering that only talks
// about the firm in shapes_selfsettled.go, and out-of-office cues of
// occasional reading and topic redirects), rounded down to 0.01 (first score in
// testdata/dev16/README.md: 0.914 / 0.942 / 0.800 / 1.00–0.80 / reply
// 0.867 on c5f13d2 with the wave-2 binary of 558a2e6; after them 0.952 /
// 0.957 / 0.900 / 1.00–1.00 / 0.867). Its misses left are listed in its
// README.
var dev16Floors = Scores{QuestionF1: 0.95, KindAccuracy: 0.95, NeedsQuoteAccuracy: 0.9, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.86}

// inbox13Floors are inbox13's scores after the rules it prompted
// (shapes_ablework.go, shapes_possible_romance.go, the Brazilian
// out-of-office words, attachReaders in shapes_attached_work.go, the
// requirement frames, reply_before.go), rounded down to 0.01 (first score
// in testdata/inbox13/README.md: 0.909 / 0.891 / 0.775 / 1.00–0.88 /
// reply 0.867 on integ 558a2e6; after them 0.934 / 0.947 / 0.900 /
// 1.00–1.00 / 0.933). Its misses left are listed in its README.
var inbox13Floors = Scores{QuestionF1: 0.93, KindAccuracy: 0.94, NeedsQuoteAccuracy: 0.9, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// inbox14Floors are inbox14's scores after the rules it prompted
// (shapes_offer_contraction_test.go, shapes_existing_participle_test.go,
// shapes_recommend_provider.go, shapes_attached_for_you_test.go,
// shapes_who_degree.go, shapes_wanted_deliverable.go), rounded down to
// 0.01 (first score in testdata/inbox14/README.md: 0.929 / 0.913 / 0.900 /
// 0.92–0.92 / reply 1.000 on main 249f62e; after them 0.970 / 0.958 /
// 0.950 / 1.00–1.00 / 1.000). Its misses left are listed in its README.
var inbox14Floors = Scores{QuestionF1: 0.97, KindAccuracy: 0.95, NeedsQuoteAccuracy: 0.95, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// dev17Floors are dev17's scores after the rules it prompted
// (shapes_incredulity.go whyTheyEven, shapes_linked_notask.go, the
// "love you to" / subject-dropped want / "over to you" frames,
// workPhrasal, secondPersonContracted, the search and "find out when"
// signals, the requirements rule words, billingAside in reply.go,
// ownDelayWonder), rounded down to 0.01 (first score in
// testdata/dev17/README.md: 0.935 / 0.948 / 0.875 / 0.83–1.00 / reply
// 0.933 on main 249f62e; after them 1.000 / 1.000 / 1.000 / 1.00–1.00 /
// 1.000).
var dev17Floors = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// inbox15Floors are inbox15's scores after the rules it prompted
// (shapes_made_deliverable, shapes_preface.go, shapes_vent_recurring.go,
// the invitation subject, the German gratitude and no-longer-needed
// words, the rule-applies words, shapes_ownwish.go, shapes_vocative.go,
// shapes_wh_after_when.go, the memo and overview made nouns), rounded
// down to 0.01 (first score in testdata/inbox15/README.md: 0.898 / 0.925
// / 0.825 / 1.00–0.92 / 0.867 on 249f62e; after them 0.966 / 0.982
// / 0.950 / 1.00–1.00 / 0.933 on its last rule commit with the weights
// retrained). Its misses left are listed in its README.
var inbox15Floors = Scores{QuestionF1: 0.96, KindAccuracy: 0.98, NeedsQuoteAccuracy: 0.95, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// inbox16Floors are inbox16's scores after the rules it prompted
// (TestCoverReach, TestRunOnTails, TestInlineAnswerThenAsk,
// TestRunOnDoYou, TestCheckLeadIn, TestSubjectlessNews,
// TestConjunctionTimeLead, TestVocativeRunOn), rounded down to 0.01
// (first score in testdata/inbox16/README.md: 0.924 / 0.787 / 0.625 /
// 0.88–1.00 / reply 0.933 on main 249f62e; after them 0.985 / 0.848 /
// 0.800 / 1.00–1.00 / 0.933). Its misses left are listed in its README.
var inbox16Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.84, NeedsQuoteAccuracy: 0.8, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// dev18Floors are dev18's scores after the rules it prompted
// (TestSentencesPronounI, TestWhyAllTakesLong, TestOwnPlightWonder,
// TestReplySelfFiling), rounded down to 0.01 (first score in
// testdata/dev18/README.md: 0.986 / 1.000 / 1.000 / 1.00–1.00 / reply
// 0.933 on d6cef1c; after them 1.000 / 1.000 / 1.000 / 1.00–1.00 /
// 1.000).
var dev18Floors = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// messy17Floors are messy17's scores after the rules it prompted
// (TestSlotAsks, TestRunOnObjectFilled, TestSituationLead,
// TestReplyClippedSoftener, TestRunOnRelayedAsk, TestRunOnThanksTail),
// rounded down to 0.01 (first score in testdata/messy17/README.md:
// 0.885 / 0.815 / 0.900 / 1.00–1.00 / reply 0.933 on d6cef1c; after them
// 0.937 / 0.864 / 0.925 / 1.00–1.00 / 1.000). Its misses
// left are listed in its README.
var messy17Floors = Scores{QuestionF1: 0.93, KindAccuracy: 0.86, NeedsQuoteAccuracy: 0.92, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// inbox17Floors are inbox17's scores after the rules it prompted
// (TestDispatchKinds, TestOthersWillingness, TestHoldOffRefrains,
// TestQuestionAfterBackground, TestFranklyRhetorical, TestPatiencePleas,
// TestGermanWishToKnow, TestReportedOffers, TestReplyEchoes), rounded
// down to 0.01 (first score in testdata/inbox17/README.md: 0.898 / 0.807
// / 0.825 / 0.82–1.00 / reply 0.867 on integ d6cef1c; after them 0.953 /
// 0.902 / 0.875 / 0.90–1.00 / 0.933). Its misses left are listed in its
// README.
var inbox17Floors = Scores{QuestionF1: 0.95, KindAccuracy: 0.9, NeedsQuoteAccuracy: 0.87, SkipPrecision: 0.9, SkipRecall: 1, ReplyAccuracy: 0.93}

// inbox18Floors are inbox18's scores after the rules it prompted
// (TestPriceAndBilling, TestGermanOrdinalSentences,
// TestWhyKeepsHappeningVents, TestSoNeedAfterBackground,
// TestReplySeeByDate, TestReplyOwnPeopleDoLangs), rounded down to 0.01
// (first score in testdata/inbox18/README.md: 0.938 / 0.885 / 0.880 /
// 1.00–1.00 / reply 0.867 on main 2b9db96; after them 0.969 / 0.935 /
// 0.940 / 1.00–1.00 / 1.000). Its misses left are listed in its README.
var inbox18Floors = Scores{QuestionF1: 0.96, KindAccuracy: 0.93, NeedsQuoteAccuracy: 0.94, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// messy18Floors are messy18's scores after the rules it prompted
// (TestElidedAreYou, TestNeedAgentOpen, TestHandsOnWork,
// TestStartQuestionWorker, TestAnsweringNo, TestOwnProviderDecline,
// TestUnreadWhileAway), rounded down to 0.01 (first score in
// testdata/messy18/README.md: 0.857 / 0.879 / 0.780 / 0.67–0.89 / reply
// 0.733 on 2b9db96; after them 0.885 / 0.899 / 0.860 / 0.82–1.00 /
// 0.933). Its misses left are listed in its README.
var messy18Floors = Scores{QuestionF1: 0.88, KindAccuracy: 0.89, NeedsQuoteAccuracy: 0.86, SkipPrecision: 0.81, SkipRecall: 1, ReplyAccuracy: 0.93}

// dev19Floors are dev19's scores after the rules it prompted
// (TestHedgedVerdictAnswers, TestWithdrawnQuestionShapes,
// TestRhetoricalCloses, TestPassedOnTaskKind, TestRecordAddKind,
// TestGoAheadInEmbeddedQuestion, TestDutchOfferLetMeKnow,
// TestItalianFormalCouldYou, TestPaymentAccountChangeKind), rounded
// down to 0.01 (first score in testdata/dev19/README.md: 0.894 / 0.855 /
// 0.800 / 1.00–1.00 / reply 0.933 on 2b9db96; after them 0.945 / 0.948
// / 0.920 / 1.00–1.00 / 0.933). Its misses left are listed in its
// README.
var dev19Floors = Scores{QuestionF1: 0.94, KindAccuracy: 0.94, NeedsQuoteAccuracy: 0.92, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// inbox19Floors are inbox19's scores after the rules it prompted
// (TestFigureRows, TestSharedObjectPair, TestReplyLetOthersDo), rounded
// down to 0.01 (first score in testdata/inbox19/README.md: 0.960 / 0.958
// / 0.964 / 1.00–1.00 / reply 0.900 on c267377; after them 0.973 / 0.958
// / 0.982 / 1.00–1.00 / 1.000). Its misses left are listed in its README.
var inbox19Floors = Scores{QuestionF1: 0.97, KindAccuracy: 0.95, NeedsQuoteAccuracy: 0.98, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// messy19Floors are messy19's scores after the rules it prompted
// (TestEditAdjective, TestDrawingsPlural, TestRomanceQuestionLead,
// TestRuleMakersAllow, TestAbleCapability, TestLangOffers,
// TestSoonestDate, TestLeaveKindsAndMessageRedirect, TestSeeBelowPointer,
// TestBillingAsidePayee, TestEndorsedDeliverable, TestWillYouNeed),
// rounded down to 0.01 (first score in testdata/messy19/README.md: 0.931
// / 0.884 / 0.891 / 1.00–0.88 / reply 0.867 on c267377; after them 0.941
// / 0.989 / 1.000 / 1.00–1.00 / 0.933). Its misses left are listed in its
// README.
var messy19Floors = Scores{QuestionF1: 0.94, KindAccuracy: 0.98, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// dev20Floors are dev20's scores after the rules it prompted
// (TestStandardRequiresCheck, TestTurnIntoWork, TestMeetingWordAsModifier,
// TestBuildingAsNoun, TestReplyOtherPartyTakesJob, TestSizedLook,
// TestNounItemClosingClause), rounded down to 0.01 (first score in
// testdata/dev20/README.md: 0.994 / 0.940 / 0.920 / 1.00–1.00 / reply
// 0.867 on c267377; after them 1.000 / 1.000 / 1.000 / 1.00–1.00
// / 1.000, with retrained weights).
var dev20Floors = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// inbox20Floors are inbox20's scores after the rules it prompted
// (TestOtherDoerAlternative, TestBringUpMatter, TestOwnStepWish,
// TestReplyRefusesCharge), rounded down to 0.01 (first score in
// testdata/inbox20/README.md: 0.943 / 0.939 / 0.900 / 1.00–1.00 / reply
// 0.900 on 8ef830e; after them 0.950 (132/139) / 0.970 (64/66) / 0.960 /
// 1.00–1.00 / 1.000, with retrained weights). Its misses left are listed
// in its README.
var inbox20Floors = Scores{QuestionF1: 0.94, KindAccuracy: 0.96, NeedsQuoteAccuracy: 0.96, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// messy20Floors are messy20's scores after the rules it prompted
// (TestReplyMoreThanBudgetAllows, TestReplyDutchAfzienObject,
// TestRelayedWantYouTo, TestHeadlineNews), rounded down to 0.01 (first
// score in testdata/messy20/README.md: 0.937 / 0.927 / 0.900 / 1.00–0.86
// / reply 0.667 on 8ef830e; after them 0.949 / 0.928 / 0.940 / 1.00–1.00
// / 0.833, with retrained weights). Its misses left are listed in its
// README.
var messy20Floors = Scores{QuestionF1: 0.94, KindAccuracy: 0.92, NeedsQuoteAccuracy: 0.94, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.83}

// dev21Floors are dev21's scores after the rules it prompted
// (TestStatusLookupWordedAsResearch, TestWorkVerbIngForms,
// TestLookupLeadInJoinsOneAsk, TestWithListJoinsItems,
// TestReplyGermanMakeItAccepts), rounded
// down to 0.01 (first score in testdata/dev21/README.md: 0.976 / 0.850 /
// 0.778 / 1.00–0.83 / reply 0.917 on 8ef830e; after them 0.988 / 0.938 /
// 0.911 / 1.00–0.83 / 1.000, with retrained weights). Its misses left are
// listed in its README.
var dev21Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.93, NeedsQuoteAccuracy: 0.91, SkipPrecision: 1, SkipRecall: 0.83, ReplyAccuracy: 1}

// inbox21Floors are inbox21's scores after the rules it prompted
// (TestPronounReschedule, TestWorkMode, TestDeadlineForAgreedWork,
// TestWaitOrAct, TestAroundToMeet, TestPastOwnAct, TestHelpDegreeWish,
// TestRunOnAside, TestWhoThenVents), rounded down to 0.01 (first score in
// testdata/inbox21/README.md: 0.955 / 0.905 / 0.933 / 1.00–1.00 / reply
// 1.000 on a130090; after them 0.987 / 0.961 / 0.956 / 1.00–1.00 /
// 1.000, with retrained weights). Its misses left are listed in its
// README.
var inbox21Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.96, NeedsQuoteAccuracy: 0.95, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// dev22Floors are dev22's scores after the rules it prompted
// (TestPeopleForAnOccasion, TestRequestAfterSemicolon,
// TestOrganisingAnOccasion, TestPuttingTogether, TestSendNewPlan,
// TestAppositiveAfterPartOfGroup, TestModalBeGoesOn,
// TestReplyMoreThanMoneyAllows), rounded down to 0.01 (first score in
// testdata/dev22/README.md: 0.938 / 0.921 / 0.800 / 0.71–1.00 / reply
// 0.933 on a130090; after them 0.963 / 0.987 / 0.933 / 0.83–1.00 / 1.000,
// with retrained weights). Its misses left are listed in its README.
var dev22Floors = Scores{QuestionF1: 0.96, KindAccuracy: 0.98, NeedsQuoteAccuracy: 0.93, SkipPrecision: 0.83, SkipRecall: 1, ReplyAccuracy: 1}

// messy21Floors are messy21's scores after the rules it prompted
// (TestVisitArrangements, TestReplyDeclineIdioms, TestParentheticalQuery,
// TestRoughPrice), rounded down to 0.01 (first score in
// testdata/messy21/README.md: 0.874 / 0.828 / 0.740 / 1.00–1.00 / reply
// 0.733 on a130090; after them 0.879 / 0.943 / 0.840 / 1.00–1.00 / 1.000,
// with retrained weights; a fifth rule, on Spanish and Portuguese "need +
// infinitive", was taken back at merge because it cost a held-out set).
// Its misses left are listed in its README.
var messy21Floors = Scores{QuestionF1: 0.87, KindAccuracy: 0.94, NeedsQuoteAccuracy: 0.84, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// messy22Floors are messy22's scores after the rules it prompted
// (TestRunOnTurns, TestTradeVisitKinds, TestRhetoricalQuestions), rounded
// down to 0.01 (first score in testdata/messy22/README.md: 0.891 / 0.925
// / 0.850 / 0.83–1.00 / reply 0.900 on bf51df6; after them 0.983 / 1.000
// / 0.975 / 1.00–1.00 / 0.900, with retrained weights). Its misses left
// are listed in its README.
var messy22Floors = Scores{QuestionF1: 0.98, KindAccuracy: 1, NeedsQuoteAccuracy: 0.97, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.9}

// inbox22Floors are inbox22's scores after the rules it prompted
// (TestRelayedAskedQuestion, TestCheckedPastPassive,
// TestPoliteOnlyListIntro, TestLeaveReturnWording, TestCheckVerbWhObject),
// rounded down to 0.01 (first score in testdata/inbox22/README.md: 0.922 /
// 0.922 / 0.850 / 0.78–0.88 / reply 0.950 on dd6e85a; after them 0.982 /
// 0.929 / 0.933 / 1.00–1.00 / 0.950, with retrained weights). Its misses
// left are listed in its README.
var inbox22Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.92, NeedsQuoteAccuracy: 0.93, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.95}

// dev23Floors are dev23's scores after the rules it prompted
// (TestRelayedAsk, TestPleasedWork, TestGoAheadCondition, TestWhInversion,
// TestFeelingNounTag, TestPurposeClauseQuick, TestExpectedWork), rounded
// down to 0.01 (first score in testdata/dev23/README.md: 0.908 / 0.905 /
// 0.860 / 1.00–1.00 / reply 0.933 on dd6e85a; after them 0.940 / 0.974 /
// 0.960 / 1.00–1.00 / 0.933, with retrained weights). Its misses left are
// listed in its README.
var dev23Floors = Scores{QuestionF1: 0.94, KindAccuracy: 0.97, NeedsQuoteAccuracy: 0.96, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// messy23Floors are messy23's scores after the rules it prompted
// (TestRelayedAskedFrames, TestWantSomeoneFrames, TestWantedToKnowKind,
// TestNumberMarksRunOn, TestRunOnWhYou, TestRunOnTimedNeed,
// TestNeedsRedoing, TestWhyCantAllBeSo, TestLeftPartOut), rounded down to 0.01 (first
// score in testdata/messy23/README.md: 0.789 / 0.930 / 0.782 / 0.82–0.90 /
// reply 0.950 on dd6e85a, 0.822 / 0.947 / 0.836 / 1.00–0.90 / 0.950 once
// stray markers were removed; after them 0.885 / 0.965 / 0.945 /
// 1.00–1.00 / 1.000, with retrained weights). Its misses left are listed
// in its README.
var messy23Floors = Scores{QuestionF1: 0.88, KindAccuracy: 0.96, NeedsQuoteAccuracy: 0.94, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// inbox23Floors are inbox23's scores after the rules it prompted
// (TestDisclaimerLangs, TestUnmonitoredNotice), rounded down to 0.01
// (first score in testdata/inbox23/README.md: 0.897 / 0.900 / 0.867 /
// 1.00–0.94 / 1.000 on 211f9ab9; after them 0.934 / 0.901 / 0.883 /
// 1.00–0.94 / 1.000, with retrained weights). Its misses left are listed
// in its README.
var inbox23Floors = Scores{QuestionF1: 0.93, KindAccuracy: 0.90, NeedsQuoteAccuracy: 0.88, SkipPrecision: 1, SkipRecall: 0.94, ReplyAccuracy: 1}

// messy24Floors are messy24's scores after the rules it prompted
// (TestRuleCriteriaTerms, TestBookingModeChange,
// TestGermanicWorkBeforeRelative, TestAddedPersonOnRecord), rounded down
// to 0.01 (first score in testdata/messy24/README.md: 0.977 / 0.915 /
// 0.909 / 1.00–1.00 / 0.933 on 211f9ab9; after them 0.977 / 0.991 /
// 1.000 / 1.00–1.00 / 0.933, with retrained weights). Its misses left are
// listed in its README.
var messy24Floors = Scores{QuestionF1: 0.97, KindAccuracy: 0.99, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// dev24Floors are dev24's scores after the rules it prompted
// (TestAttachedPurposeClause, TestSelfEvidentVent, TestIdealWish,
// TestSideFactSplit, TestWelcomedAfterSemicolon, TestIntroThenWish),
// rounded down to 0.01 (first score in testdata/dev24/README.md: 0.859 /
// 0.781 / 0.700 / 1.00–1.00 / reply 0.867 on 211f9ab9; after them 0.968 /
// 0.789 / 0.780 / 1.00–1.00 / 0.867, with retrained weights). Its misses
// left are listed in its README.
var dev24Floors = Scores{QuestionF1: 0.96, KindAccuracy: 0.78, NeedsQuoteAccuracy: 0.78, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.86}

// inbox3Floors are inbox3's scores after the rules it prompted
// (shapes_subject_test.go, words_know_test.go, words_kind_made_test.go,
// words_liability_test.go), rounded down to 0.01 (first score in
// testdata/inbox3/README.md: 0.939 / 0.806 / 0.750 / 1.00–0.90 / reply
// 0.933 on main c3ed6ad; after them 0.977 / 0.937 / 0.925 / 1.00–1.00 /
// 0.933). Its misses left are listed in its README.
var inbox3Floors = Scores{QuestionF1: 0.97, KindAccuracy: 0.93, NeedsQuoteAccuracy: 0.92, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// dev13Floors are dev13's scores after the shapes it prompted
// (shapes_reason.go, shapes_pointback.go, shapes_foreseen.go,
// words_kind_timing.go, words_kind_modifier.go, words_kind_forms.go,
// words_kind_figures.go, reply_paperwork.go), rounded down to 0.01 (first
// score in testdata/dev13/README.md: 0.934 / 0.938 / 0.850 / 1.00–1.00 /
// reply 0.800 on main c3ed6ad; after them 0.993 / 1.000 / 0.975 /
// 1.00–1.00 / 1.000). Its one miss left is a labelling judgement call.
var dev13Floors = Scores{QuestionF1: 0.99, KindAccuracy: 1, NeedsQuoteAccuracy: 0.97, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// dev14Floors are dev14's scores after the shapes it prompted
// (shapes_window_test.go, shapes_offer_us_test.go, words_know_glad_test.go,
// words_firm_takes_on_test.go, shapes_ownoffer.go, shapes_appositive.go,
// shapes_passon_test.go, words_filler_likewise_test.go, shapes_recap.go),
// rounded down to 0.01 (first score in testdata/dev14/README.md: 0.953 /
// 0.951 / 0.960 / 1.00–1.00 / reply 1.000 on main 9152ebc; after them
// 0.994 / 1.000 / 1.000 / 1.00–1.00 / 1.000). Its one miss left is an
// Italian background sentence, left as it is.
var dev14Floors = Scores{QuestionF1: 0.99, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// replies8Floors: like replies3Floors, at the set's score (40 of 40).
var replies8Floors = Scores{ReplyAccuracy: 1}

// replies9Floors: one case under the set's score after the rules it
// prompted (40 of 40), so that one unrelated change may move one answer
// to unclear without hiding a drop of two.
var replies9Floors = Scores{ReplyAccuracy: 0.975}

// replies10Floors: the set's score after the rules it prompted (0.950, 38
// of 40; its two misses are safe, read unclear), held exactly: the set is
// a measure, not a target.
var replies10Floors = Scores{ReplyAccuracy: 0.95}

// replies11Floors: the set's score after the rules it prompted (0.933, 28
// of 30; its two misses are safe, read unclear), held exactly.
var replies11Floors = Scores{ReplyAccuracy: 0.93}

// replies12Floors: the set's score after the rules it prompted (0.950, 38
// of 40; its two misses are safe, read unclear), held exactly.
var replies12Floors = Scores{ReplyAccuracy: 0.95}

// replies13Floors: the set's score after the rules it prompted (1.000, 40
// of 40, none decided wrongly), held exactly.
var replies13Floors = Scores{ReplyAccuracy: 1.00}

// replies14Floors: the set's score after the rules it prompted (1.000, 40
// of 40, none decided wrongly), held exactly.
var replies14Floors = Scores{ReplyAccuracy: 1.00}

// replies15Floors: the set's score after the rules it prompted (0.975, 39
// of 40, none decided wrongly; its miss, a go-ahead capped below the
// quoted hours read unclear, is a judgement call), rounded down.
var replies15Floors = Scores{ReplyAccuracy: 0.97}

// replies16Floors: the set's scores after the rules it prompted
// (TestReplyNoThenFine, TestReplyPartitiveNarrative, TestReplyPresumedGo,
// TestReplyHiredOtherLangs, TestWorkerPronounRequest), rounded down to
// 0.01 (first score in testdata/replies16/README.md: 1.000 / 0.938 /
// 0.900 / 1.00–1.00 / reply 0.911 on 2b9db96; after them 1.000 / 1.000 /
// 1.000 / 1.00–1.00 / 1.000).
var replies16Floors = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// replies17Floors: the set's scores after the rules it prompted
// (TestReplyLeaveItThereSplitNl, TestReplyTimeInstead,
// TestReplyReceiptQuestion, TestReplyCapAsCondition,
// TestReplyPartCanWaitLangs, TestAskApproxWh), rounded down to 0.01 (first
// score in testdata/replies17/README.md: 1.000 / 0.933 / 0.900 /
// 1.00–1.00 / reply 0.867 on c267377; after them 1.000 / 1.000 / 1.000 /
// 1.00–1.00 / 0.978).
var replies17Floors = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.97}

// replies18Floors: the set's scores after the rules it prompted
// (TestReplyFormalCommission, TestReplyTrailingNegator,
// TestReplyHearGladly, TestReplyOwnInstead, TestReplyLeftPart,
// TestReplyPromisedCondition, TestApproxWhObject,
// TestMeetsWhatTheyRequire), rounded down to 0.01 (first score in
// testdata/replies18/README.md: 0.933 / 0.929 / 0.900 / 1.00–1.00 / reply
// 0.867 on a130090; after them 0.966 / 1.000 / 1.000 / 1.00–1.00 / 1.000).
var replies18Floors = Scores{QuestionF1: 0.96, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// replies19Floors: the set's scores after the rules it prompted
// (TestReplyTradeJobOurselves, TestReplyReflexiveDoer,
// TestReplyThanksAllTheSame, TestReplyEmphaticSelfPlan,
// TestReplyDecidedNotLangs, TestReplyPartNounModifier), rounded down to
// 0.01 (first score in testdata/replies19/README.md: 1.000 / 1.000 /
// 1.000 / 1.00–1.00 / reply 0.889 on dd6e85a; after them 1.000 / 1.000 /
// 1.000 / 1.00–1.00 / 1.000).
var replies19Floors = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// replies20Floors: the set's scores after the rules it prompted
// (TestReplyPreparesForWorker, TestReplyCheckInFirst,
// TestReplyBilledAddressee, TestReplyTurnedOwnPlan,
// TestReplyOverrunThenNotice, TestReplyFallsVerb, TestReplyPersuaded,
// TestReplyMakeAStart, TestReplyAnswerSufficedAfter,
// TestReplyItalianNothingComes, TestReplyOtherPlannedDoer,
// TestReplyChoiceItIs, TestReplyPartitiveReported, TestReplyRestDeclined),
// rounded down to 0.01 (first score in testdata/replies20/README.md:
// 1.000 / 0.933 / 0.900 / 1.00–1.00 / reply 0.720 on 211f9ab9; after them
// 1.000 / 0.933 / 0.900 / 1.00–1.00 / 0.980).
var replies20Floors = Scores{QuestionF1: 1, KindAccuracy: 0.93, NeedsQuoteAccuracy: 0.9, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.98}

// replies21Floors: the set's scores after the rules it prompted
// (TestReplySubjectAnswerBesideAside, TestReplyScheduleSoftener,
// TestReplyYesToWhole, TestReplyFigureEcho, TestReplyTakeChances), rounded
// down to 0.01 (first score in testdata/replies21/README.md: 1.000 / 1.000
// / 1.000 / 1.00–1.00 / reply 0.840 on 090c4951; after them 1.000 / 1.000
// / 1.000 / 1.00–1.00 / 0.960).
var replies21Floors = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.96}

// dev25Floors are dev25's scores after the rules it prompted
// (TestTeachingAClass, TestConditionalBooking), rounded down to 0.01
// (first score in testdata/dev25/README.md: 0.978 / 0.989 / 0.900 /
// 1.00–1.00 on 090c4951; after them 0.978 / 1.000 / 0.920 / 1.00–1.00,
// with retrained weights). No reply cases. Its misses left, four asks
// not found, are listed in its README.
var dev25Floors = Scores{QuestionF1: 0.97, KindAccuracy: 1, NeedsQuoteAccuracy: 0.92, SkipPrecision: 1, SkipRecall: 1}

// langs4Floors: the set's scores after the rules it prompted
// (TestPolishAsks, TestCliticImperatives, TestMerciDeWithPronoun,
// TestLangHandsOnWork, TestReplyPortugueseConditions,
// TestReplyFrenchBeyondBudget), rounded down to 0.01 (first score in
// testdata/langs4/README.md: 0.942 / 0.932 / 0.778 / 1.00–1.00 / reply
// 0.800 on 090c4951; after them 0.994 / 0.988 / 0.978 / 1.00–1.00 /
// 0.933).
var langs4Floors = Scores{QuestionF1: 0.99, KindAccuracy: 0.98, NeedsQuoteAccuracy: 0.97, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.93}

// messy25Floors are messy25's scores after the rules it prompted
// (TestCommaSplicedRunOn, TestSignatureTagline, TestToldAsQuestion,
// TestRelayedAnswered, TestConditionalNeedCleft, TestReaderAsksTag),
// rounded down to 0.01 (first score in testdata/messy25/README.md: 0.781
// / 0.841 / 0.691 / 0.75–0.86 on 090c4951; after them 0.875 / 0.857 /
// 0.764 / 1.00–1.00, with retrained weights). Its misses left are listed
// in its README.
var messy25Floors = Scores{QuestionF1: 0.87, KindAccuracy: 0.85, NeedsQuoteAccuracy: 0.76, SkipPrecision: 1, SkipRecall: 1}

// replies22Floors: the set's scores after the rules it prompted
// (TestQuoteMinutesAddsParts, TestReplyCapAgainstTwoPartQuote,
// TestReplyOrderReferenceOnly, TestReplyDecidedInstead,
// TestReplyGetItBooked, TestThingWouldHelp,
// TestGermanicPoliteWorkPrepRelative), rounded down to 0.01 (first score
// in testdata/replies22/README.md: 0.968 / 0.933 / 0.900 / 1.00–1.00 /
// reply 0.911 on 1b0faaf4; after them 1.000 / 1.000 / 1.000 / 1.00–1.00 /
// 1.000).
var replies22Floors = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// messy26Floors are messy26's scores after the rules it prompted
// (TestWishedSiteDocuments, TestExternalSenderBanner,
// TestInitialsAnswersNoted, TestNoNeedToAnswer, TestTrailingParenAside,
// TestHopeRoomFor, TestRoomForKind, TestCoverNoteNotAsk, TestChoiceOnly,
// TestWishFramesEsIt, TestSomeoneAfterBackground), rounded down to 0.01 (first score in
// testdata/messy26/README.md: 0.782 / 0.838 / 0.655 / 0.71–1.00 on
// 1b0faaf4; after them 0.864 / 0.803 / 0.691 / 0.83–1.00, with retrained
// weights). Its misses left are listed in its README.
var messy26Floors = Scores{QuestionF1: 0.86, KindAccuracy: 0.80, NeedsQuoteAccuracy: 0.69, SkipPrecision: 0.83, SkipRecall: 1}

// skips5Floors are skips5's scores after the rules it prompted
// (TestAbsenceWordingLangs, TestAwayReachWording, TestUnreadNotice,
// TestSubscriberMail, TestSystemNotice, TestColonLeadAsk), rounded down
// to 0.01 (first score in testdata/skips5/README.md: 0.778 / 0.914 /
// 0.855 / 1.00–0.75 on 1b0faaf4; after them 0.889 / 0.917 / 0.945 /
// 1.00–0.929, with retrained weights). Its misses left are listed in its
// README.
var skips5Floors = Scores{QuestionF1: 0.88, KindAccuracy: 0.91, NeedsQuoteAccuracy: 0.94, SkipPrecision: 1, SkipRecall: 0.92}

// dev26Floors are dev26's scores after the rules it prompted
// (TestPapersTermsAllow, TestMeetsRatingOrAssessment,
// TestPaidWhSeriesWhole, TestComparesInflected, TestSurfaceKindAsked,
// TestGivenLook, TestHelpToSee, TestFutureNeedAfterJob,
// TestPolishVisitAndRules, TestSoNeedsDoing), rounded down to 0.01 (first
// score in testdata/dev26/README.md: 0.950 / 0.921 / 0.855 / 1.00–1.00 on
// 1b0faaf4; after them 0.975 / 0.983 / 1.000 / 1.00–1.00, with retrained
// weights). No reply cases. Its misses left are listed in its README.
var dev26Floors = Scores{QuestionF1: 0.97, KindAccuracy: 0.98, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1}

// inbox24Floors are inbox24's scores after the rules it prompted
// (TestOwnPurpose, TestHelpingThing, TestHoldDay, TestForHire,
// TestTracing, TestReplyNeedNotDo, TestReplyWentWell,
// TestCheckingQuestionOrder, TestAddressInRunOn, TestBackAtDesk,
// TestRelativeWho, TestClientFramesLangs, TestDueManner,
// TestTestingWork, TestSourcing), rounded down to 0.01 (first score in
// testdata/inbox24/README.md: 0.935 / 0.900 / 0.917 / 1.00–1.00 / 0.933
// on 1b0faaf4; after them 0.953 / 0.990 / 1.000 / 1.00–1.00 / 1.000,
// with retrained weights). Its misses left are listed in its README.
var inbox24Floors = Scores{QuestionF1: 0.95, KindAccuracy: 0.99, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// langs5Floors are langs5's scores after the rules it prompted
// (TestDanishSwedishAsks, TestForeignQuestionOpeners,
// TestWonderWithThinkingVerb, TestLangAbsentForDates,
// TestWishToOrderAndProceed, TestCopyOfDocumentLangs, TestPolishAsks,
// TestRebookDays), rounded down to 0.01 (first score in
// testdata/langs5/README.md: 0.887 / 0.896 / 0.745 / 0.83–0.91 / reply
// 1.000 on 1b0faaf4; after them 0.956 / 0.961 / 0.927 / 1.00–1.00 /
// 1.000, with retrained weights). Its misses left are listed in its
// README.
var langs5Floors = Scores{QuestionF1: 0.95, KindAccuracy: 0.96, NeedsQuoteAccuracy: 0.92, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// replies23Floors are replies23's scores after the rules it prompted
// (TestReplyWrappedOffer, TestReplyCappedAck, TestReplyFormalRequire,
// TestReplyLaterAsk, TestReplyMoneyCap, TestSentencesAfterForeignThanks),
// rounded down to 0.01 (first score in testdata/replies23/README.md:
// 0.968 / 1.000 / 1.000 / 1.00–1.00 / reply 0.800 on 736544fc; after them
// 1.000 / 1.000 / 1.000 / 1.00–1.00 / 0.978). Its miss left is listed in
// its README.
var replies23Floors = Scores{QuestionF1: 1, KindAccuracy: 1, NeedsQuoteAccuracy: 1, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.97}

// dev27Floors are dev27's scores after the rules it prompted
// (TestVersionCheck, TestAccessSetting, TestPickOneOf, TestJobPrice,
// TestRunOnStrandedNeed, TestEllipticPrice, TestCelticSignOffs,
// TestReportedNeed), rounded down to 0.01 (first score in
// testdata/dev27/README.md: 0.963 / 0.848 / 0.855 / 1.00–1.00 on
// 736544fc; after them 0.982 / 0.944 / 0.909 / 1.00–1.00). No reply
// cases. Its misses left are listed in its README.
var dev27Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.94, NeedsQuoteAccuracy: 0.9, SkipPrecision: 1, SkipRecall: 1}

// langs6Floors are langs6's scores after the rules it prompted
// (TestStatementAsksLangs, TestAdditiveInsideFrames,
// TestVentingQuestionsLangs, TestKindnessWishFrames,
// TestReplyBudgetApprovedElsewhereLangs, TestLostUmlautFrames,
// TestInvertedModalNoRelative, TestGreetingNameOpener,
// TestOnSiteServiceDe), rounded down to 0.01 (first score in
// testdata/langs6/README.md: 0.841 / 0.951 / 0.727 / 0.69–0.92 / reply
// 0.800 on 736544fc; after them 0.973 / 0.986 / 0.982 / 1.00–1.00 /
// 1.000, with retrained weights). Its misses left are listed in its
// README.
var langs6Floors = Scores{QuestionF1: 0.97, KindAccuracy: 0.98, NeedsQuoteAccuracy: 0.98, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// inbox25Floors are inbox25's scores after the rules it prompted
// (TestDanishSwedishPlanning, TestReplyDroppedOnDay,
// TestPriceCovers, TestReportedNeedTruthCheck,
// TestReplySoftenedPrice, TestReplyWontTroubleYou, TestHelpLeadIn),
// rounded down to 0.01 (first score in testdata/inbox25/README.md:
// 0.965 / 0.938 / 0.933 / 1.00–1.00 / reply 0.800 on 736544fc; after
// them, with the booking rule taken back at the merge, 0.975 / 0.958 /
// 0.950 / 1.00–1.00 / 1.000, with retrained weights). Its misses left are listed in its README.
var inbox25Floors = Scores{QuestionF1: 0.97, KindAccuracy: 0.95, NeedsQuoteAccuracy: 0.95, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// messy27Floors are messy27's scores after the rules it prompted
// (TestTrailingFutureNeed, TestBenefitAfterLead, TestProposedWorkGotDone,
// TestWishedMadeThing, TestDanishPluralYouWork, TestStillGoingAhead,
// TestGreetingSelfIntroAsk; TestKnowUrgencyOnly was taken back at the
// merge), rounded down. First score on 736544fc, in
// testdata/messy27/README.md: 0.943 / 0.940 / 0.782 / 1.00–1.00.
var messy27Floors = Scores{QuestionF1: 0.96, KindAccuracy: 0.95, NeedsQuoteAccuracy: 0.90, SkipPrecision: 1, SkipRecall: 1}

// dev28Floors are dev28's scores after the rules it prompted
// (TestRewriting, TestScandinavianResearch, TestNeedNewMadeThing,
// TestApologiesAsThing, TestOpinionBetween, TestValueEcho,
// TestStartDate), rounded down to 0.01 (first score in
// testdata/dev28/README.md: 0.966 / 0.938 / 0.909 / 1.00–1.00 on
// 736544fc; after them 0.974 / 0.982 / 0.982 / 1.00–1.00, with
// retrained weights). Its misses left are listed in its README.
var dev28Floors = Scores{QuestionF1: 0.97, KindAccuracy: 0.98, NeedsQuoteAccuracy: 0.98, SkipPrecision: 1, SkipRecall: 1}

// inbox26Floors are inbox26's scores after the rules it prompted
// (TestTextedMeantToAsk, TestReplyGermanNoWish, TestBookInSlot,
// TestAppraisalNotImperative, TestHowMuchToFix, TestDaySlotKinds,
// TestRelativeWish), rounded down to 0.01 (first score in
// testdata/inbox26/README.md: 0.955 / 0.917 / 0.867 / 0.875–1.00 / reply
// 0.933 on 736544fc; after them 0.971 / 0.953 / 0.950 / 1.00–1.00 /
// 1.000, with retrained weights). Its misses left are listed in its
// README.
var inbox26Floors = Scores{QuestionF1: 0.97, KindAccuracy: 0.95, NeedsQuoteAccuracy: 0.95, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 1}

// messy13Floors: messy13's score at the end of the round it measured
// (first score on c05830b 0.940 / 0.982 / 0.967 / 1.00–1.00 / 0.850; at
// the end 0.940 / 1.000 / 1.000 / 1.00–1.00 / 0.900), less one case on
// kind and needs_quote. Not in the train list: no rule or weight was fitted
// on it.
var messy13Floors = Scores{QuestionF1: 0.94, KindAccuracy: 0.98, NeedsQuoteAccuracy: 0.96, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.90}

// messy15Floors: messy15's score at the end of the round it measured, the
// same as its first score on 2630bc3 (0.981 / 0.902 / 0.900 / 1.00–1.00 /
// 0.950), rounded down. Not in the train list: no rule or weight was
// fitted on it.
var messy15Floors = Scores{QuestionF1: 0.98, KindAccuracy: 0.90, NeedsQuoteAccuracy: 0.90, SkipPrecision: 1, SkipRecall: 1, ReplyAccuracy: 0.95}

// TestScorePyAgrees checks Evaluate against the corpus's reference scorer,
// score.py, on every labelled set: the same predictions must give the same
// figures to the third decimal.
func TestScorePyAgrees(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed: cannot run the reference scorer")
	}
	e := New(DefaultConfig())
	for _, dir := range []string{corpusDir, "testdata/holdout", "testdata/blind", "testdata/final", "testdata/measure",
		"testdata/messy", "testdata/dev2", "testdata/dev3", "testdata/messy2", "testdata/dev4", "testdata/messy3", "testdata/kinds1", "testdata/dev5", "testdata/messy4", "testdata/dev6", "testdata/messy5", "testdata/kinds2", "testdata/dev7", "testdata/messy6", "testdata/dev8", "testdata/messy7", "testdata/messy8", "testdata/langs1", "testdata/messy9", "testdata/catalog1", "testdata/messy10", "testdata/dev9", "testdata/messy11", "testdata/dev10", "testdata/dev11", "testdata/messy12", "testdata/skips1", "testdata/extras1", "testdata/skips2", "testdata/logistics1", "testdata/skips3", "testdata/messy14", "testdata/langs2", "testdata/kinds3", "testdata/skips4", "testdata/dev12", "testdata/kinds4", "testdata/messy16", "testdata/inbox1", "testdata/inbox2", "testdata/inbox3", "testdata/inbox4", "testdata/dev13", "testdata/inbox5", "testdata/inbox6", "testdata/inbox7", "testdata/inbox8", "testdata/inbox9", "testdata/dev14", "testdata/inbox10", "testdata/inbox11", "testdata/dev15", "testdata/inbox12", "testdata/langs3", "testdata/dev16", "testdata/inbox13", "testdata/inbox14", "testdata/dev17", "testdata/inbox15", "testdata/inbox16", "testdata/dev18", "testdata/messy17", "testdata/inbox17", "testdata/replies16", "testdata/inbox18", "testdata/messy18", "testdata/dev19", "testdata/inbox19", "testdata/replies17", "testdata/messy19", "testdata/dev20", "testdata/inbox20", "testdata/messy20", "testdata/dev21", "testdata/inbox21", "testdata/replies18", "testdata/dev22", "testdata/messy21", "testdata/messy22", "testdata/inbox22", "testdata/replies19", "testdata/dev23", "testdata/messy23", "testdata/inbox23", "testdata/messy24", "testdata/dev24", "testdata/replies20", "testdata/replies21", "testdata/dev25", "testdata/langs4", "testdata/messy25", "testdata/replies22", "testdata/messy26", "testdata/skips5", "testdata/dev26", "testdata/inbox24", "testdata/langs5", "testdata/replies23", "testdata/dev27", "testdata/langs6", "testdata/inbox25", "testdata/messy27", "testdata/messy28", "testdata/dev28", "testdata/inbox26", "testdata/messy13", "testdata/messy15", "testdata/sealed", "testdata/sealed2", "testdata/sealed3", "testdata/sealed4", "testdata/sealed5", "testdata/sealed6", "testdata/sealed7", "testdata/sealed8", "testdata/sealed9", "testdata/sealed10", "testdata/sealed11", "testdata/sealed12", "testdata/sealed13", "testdata/sealed14", "testdata/sealed15", "testdata/sealed16", "testdata/sealed17", "testdata/sealed18", "testdata/sealed19", "testdata/sealed20", "testdata/sealed21", "testdata/sealed22", "testdata/sealed23", "testdata/sealed24", "testdata/sealed25", "testdata/sealed26", "testdata/sealed27", "testdata/sealed28", "testdata/sealed29"} {
		t.Run(dir, func(t *testing.T) {
			var preds bytes.Buffer
			enc := json.NewEncoder(&preds)
			for _, sub := range []string{"triage", "replies"} {
				files, _ := filepath.Glob(filepath.Join(dir, sub, "*.eml"))
				for _, f := range files {
					res, err := e.analyzeFile(f)
					if err != nil {
						t.Fatal(err)
					}
					name := filepath.Base(f)
					if sub == "replies" {
						name = "r" + name // score.py's convention for reply cases
					}
					if err := enc.Encode(NewReport(name, res)); err != nil {
						t.Fatal(err)
					}
				}
			}
			pf := filepath.Join(t.TempDir(), "preds.jsonl")
			if err := os.WriteFile(pf, preds.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(py, filepath.Join(corpusDir, "score.py"), dir, pf).Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			var ref Scores
			if err := json.Unmarshal(out, &ref); err != nil {
				t.Fatalf("score.py output %q: %v", out, err)
			}
			got, _, err := Evaluate(e, dir)
			if err != nil {
				t.Fatal(err)
			}
			got.TruePositives, got.FalsePositives, got.FalseNegatives, got.TriageCases, got.ReplyCases, got.ReplyWrong = 0, 0, 0, 0, 0, 0
			if got != ref {
				t.Errorf("fivemin eval %+v\nscore.py     %+v", got, ref)
			}
		})
	}
}

// TestEvalIgnoresAllowance: kind and needs_quote say what the asks are, as
// the corpus labels them; the free minutes and the billing of quick asks
// change what is billed, never those scores.
func TestEvalIgnoresAllowance(t *testing.T) {
	base, _, err := Evaluate(New(DefaultConfig()), corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.FreeMinutes, cfg.OverflowMinutes = 0, 0
	stingy, _, err := Evaluate(New(cfg), corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	if stingy.KindAccuracy != base.KindAccuracy || stingy.NeedsQuoteAccuracy != base.NeedsQuoteAccuracy {
		t.Errorf("with no free minutes: kind %.3f needs_quote %.3f; with 5: %.3f %.3f",
			stingy.KindAccuracy, stingy.NeedsQuoteAccuracy, base.KindAccuracy, base.NeedsQuoteAccuracy)
	}
}

// messy28Floors are messy28's scores after the rules it prompted
// (TestProgressQuestions, TestBookingPerson, TestHandedIn,
// TestConcessionLead, TestNeedsThingDone, TestExistentialRunOn), rounded
// down to 0.01 (first score in testdata/messy28/README.md: 0.934 / 0.913 /
// 0.855 / 1.00–1.00 on 736544fc; after them 0.955 / 0.948 / 0.909 /
// 1.00–1.00, with retrained weights). No reply cases. Its misses left are
// listed in its README.
var messy28Floors = Scores{QuestionF1: 0.95, KindAccuracy: 0.94, NeedsQuoteAccuracy: 0.90, SkipPrecision: 1, SkipRecall: 1}
