package triage

// German cues. Phrases are written as word tokens (hyphens as spaces), the
// way the lexicon sees the text.
func init() {
	addLanguage("de", langCues{
		Words: Words{
			// Wonder put as a question ("who would have thought…?"): no ask.
			// Small talk about holidays and weekends (extras1 audit).
			Pleasantries: []string{"wie war der urlaub", "wie war ihr urlaub", "wie war dein urlaub", "wie war euer urlaub", "wie war das wochenende", "wie war ihr wochenende", "wie war dein wochenende", "hatten sie schöne", "hatten sie einen schönen", "hattest du schöne", "hattest du einen schönen",
				"wer hätte das gedacht", "wer hätte gedacht", "wie geht's", "wie gehts",
				// Exasperation: "Warum ist das immer so kompliziert?".
				"warum ist das immer so", "warum ist es immer so"},
			// Statements and offers that look like requests (langs1 audit):
			// "Bitte beachten Sie, dass …", "Bei Fragen melden Sie sich gern."
			NotAsks: []string{"bitte beachten sie", "bitte beachte", "zu ihrer information", "zur info", "anbei finden sie",
				"anbei sende ich", "anbei schicke ich", "im anhang finden sie"},
			// "If you need anything else, …" (extras1 audit).
			Offers: []string{"wenn sie noch etwas brauchen", "wenn du noch etwas brauchst", "falls sie noch etwas brauchen", "falls du noch etwas brauchst", "falls sie noch fragen haben", "wenn sie noch fragen haben",
				"bei fragen stehe", "bei fragen stehen", "bei fragen können sie", "bei fragen melden sie",
				"bei rückfragen", "zögern sie nicht", "melden sie sich gern", "melden sie sich gerne", "stehe ich ihnen gern zur verfügung",
				"stehe ich gern zur verfügung", "stehe ich ihnen gerne zur verfügung"},
			RequestFrames: []string{
				// Verb-second after an opening adverb, as "bitten wir Sie":
				// "Außerdem bitten wir um …".
				"bitten wir um", "bitte ich um",
				// Asking the firm to act, put as a wish to ask: "Ich möchte Sie
				// bitten, …", "Ich schreibe Ihnen, um zu fragen, ob …".
				"möchte sie bitten", "möchten sie bitten", "würde sie bitten", "dürfte ich sie bitten", "darf ich sie bitten",
				"möchte dich bitten", "um zu fragen", "um nachzufragen",
				// The same with the verb before the subject, after an opening
				// adverb: "Zudem möchte ich Sie bitten, …".
				"möchte ich sie bitten", "möchten wir sie bitten", "würde ich sie bitten", "würden wir sie bitten",
				"möchte ich dich bitten", "möchten wir dich bitten", "würde ich dich bitten", "bitte ich sie", "bitten wir sie",
				"könnten sie", "können sie", "würden sie", "könntest du", "kannst du", "würdest du",
				// The same typed on a phone without the umlaut, opening the
				// clause: "Konnten Sie mir …", "konntest du …" ("leider
				// konnten Sie mich nicht erreichen" tells).
				"^ konnten sie", "^ konntest du", "^ konntet ihr",
				"wären sie so nett", "wäre es möglich", "ist es möglich", "ich bitte sie", "wir bitten sie",
				"ich bitte um", "wir bitten um", "wir bräuchten", "wir benötigen", "ich hätte gern", "ich hätte gerne",
				"wir hätten gern", "wir hätten gerne", "es wäre schön wenn", "es wäre hilfreich wenn",
				// The same kindness asked of the reader by name: "Es wäre nett,
				// wenn Sie mir sagen könnten …"; without the person ("es wäre
				// nett, wenn es nicht regnet") it only wishes.
				"es wäre nett wenn sie", "es wäre nett wenn du", "es wäre nett wenn ihr", "es wäre lieb wenn sie",
				"es wäre lieb wenn du", "es wäre lieb wenn ihr", "es wäre toll wenn du",
				"es wäre toll wenn ihr", "es wäre super wenn du", "es wäre super wenn ihr",
				"ich wäre dankbar wenn", "wir wären dankbar wenn", "möchten dass sie", "möchte dass sie",
				// Gratitude with the person thanked between: "Ich wäre Ihnen
				// (sehr) dankbar, wenn …" (langs2); "dankbar gewesen, wenn" is
				// a past regret.
				"ihnen dankbar wenn", "ihnen sehr dankbar wenn", "dir dankbar wenn", "dir sehr dankbar wenn",
				"euch dankbar wenn", "euch sehr dankbar wenn",
				// An adverb or two between: "Ich wäre Ihnen außerdem dankbar,
				// wenn …", "Wir wären dir auch sehr dankbar, wenn …".
				"ihnen ... dankbar wenn", "dir ... dankbar wenn", "euch ... dankbar wenn",
				"ich bräuchte", "möchte ich dass sie", "möchten wir dass sie", "wäre ich dankbar wenn", "wären wir dankbar wenn",
				// Verb-second after an opening adverb: "Zusätzlich benötige ich …".
				"bräuchte ich", "bräuchten wir", "benötige ich", "benötigen wir", "hätte ich gern", "hätte ich gerne",
				"hätten wir gern", "hätten wir gerne",
				// "I wanted to ask / know…": an indirect question.
				"ich wollte fragen", "wir wollten fragen", "ich wollte wissen", "wir wollten wissen",
				// With a softener between: "Ich wollte nur kurz fragen, ob …".
				"ich wollte ... fragen", "wir wollten ... fragen", "ich wollte ... ... fragen", "wir wollten ... ... fragen",
				"ich würde gern wissen", "ich würde gerne wissen",
				// The plural, and verb-second after an opening adverb:
				// "Außerdem würden wir gern wissen, ob …", "Wir möchten
				// wissen, wann …".
				"wir würden gern wissen", "wir würden gerne wissen", "würden wir gern wissen", "würden wir gerne wissen",
				"würde ich gern wissen", "würde ich gerne wissen", "ich möchte wissen", "wir möchten wissen",
				"möchte ich wissen", "möchten wir wissen", "ich möchte gern wissen", "wir möchten gern wissen",
				// A wish or a hope that the firm acts: "Ich würde mich freuen,
				// wenn Sie …", "Ich hoffe, Sie können …".
				"ich würde mich freuen wenn sie", "wir würden uns freuen wenn sie", "es wäre toll wenn sie",
				"es wäre super wenn sie", "ich hoffe sie können", "ich hoffe sie könnten", "wir hoffen sie können",
				"wir hoffen sie könnten",
			},
			RequestVerbs: []string{
				"erstellen", "bestätigen", "korrigieren", "überweisen", "teilen", "geben", "melden", "leiten",
			},
			Accept: []string{
				"ja bitte", "machen sie das", "erledigen sie das", "bitte erledigen", "bitte machen sie",
				// Asking for the quoted piece to be made: "bitte erstellen Sie
				// das Konzept", "erstellen Sie bitte den Bericht".
				"bitte erstellen sie", "erstellen sie bitte", "bitte erstellen",
				"bitte beginnen", "sie können loslegen", "sie können anfangen", "sie können beginnen",
				"auftrag erteilt", "geht in ordnung", "wir nehmen das angebot an", "ich nehme das angebot an",
				// Starting with the work named after "mit", separable or
				// verb-last: "fangen Sie mit dem Gutachten an", "Sie können
				// mit der Prüfung beginnen". "mit" right after the verb keeps
				// "noch nicht" out of the gap ("Sie können noch nicht …").
				"fangen sie mit ... an", "fangen sie bitte mit ... an", "fangen sie gerne mit ... an",
				"beginnen sie mit", "beginnen sie bitte mit", "sie können mit ... anfangen",
				"sie können mit ... beginnen", "sie können gerne mit ... anfangen", "sie können gerne mit ... beginnen",
			},
			Decline: []string{
				"machen wir selbst", "erledigen wir selbst", "kümmern uns selbst", "kümmere mich selbst",
				// The firm need not do the work: "das Gutachten brauchen Sie
				// nicht zu machen" (TestReplyNeedNotDo).
				"brauchen sie ... nicht zu machen", "brauchen sie ... nicht mehr zu machen",
				"müssen sie ... nicht machen", "müssen sie ... nicht mehr machen",
				"verzichten", "im moment nicht", "zurzeit nicht", "derzeit nicht", "kein interesse", "lassen wir",
				// Not wanting to take out or commission the quoted thing:
				// "wir möchten keinen Vertrag abschließen", "ich möchte
				// keine Prüfung beauftragen" (TestReplyGermanNoWish).
				"möchten keinen ... abschließen", "möchte keinen ... abschließen", "möchten keine ... abschließen",
				"möchte keine ... abschließen", "möchten kein ... abschließen", "möchte kein ... abschließen",
				"möchten keinen ... beauftragen", "möchte keinen ... beauftragen", "möchten keine ... beauftragen",
				"möchte keine ... beauftragen", "möchten kein ... beauftragen", "möchte kein ... beauftragen",
				"möchten keinen ... bestellen", "möchte keinen ... bestellen", "möchten keine ... bestellen",
				"möchte keine ... bestellen", "möchten kein ... bestellen", "möchte kein ... bestellen",
				// Over budget, a no as "over our budget" is.
				"über unserem budget", "über meinem budget", "sprengt unser budget", "sprengt mein budget", "außerhalb unseres budgets",
				"übersteigt ... unser budget", "übersteigt ... mein budget", "übersteigt ... unseren rahmen",
				// Dropping the matter: "bitte nicht weiter verfolgen".
				"nicht weiter verfolgen", "nicht weiterverfolgen",
				// Stopping at the answer given, as "we'll leave it there":
				// "wir belassen es dabei", "dabei belassen wir es".
				"belassen es dabei", "belassen wir es dabei", "belasse es dabei", "es dabei belassen", "dabei belassen wir es",
			},
			Hedge: []string{
				"muss ich mir überlegen", "rücksprache", "abstimmen", "noch nicht sicher", "melde mich",
			},
			OutOfOffice: []string{
				"nicht im büro", "außer haus", "nicht erreichbar", "eingeschränkt erreichbar", "im urlaub",
				"wieder im büro", "wieder erreichbar", "in dringenden fällen", "keinen zugriff auf",
				"vielen dank für ihre nachricht", "danke für ihre nachricht", "vielen dank für ihre e mail",
			},
		},
		Signals: []Signal{
			// Work verbs: making, reworking, filling in.
			{Match: "vorbereit*|erstell*|überarbeit*|ausarbeit*|anfertig*|aufstell*|korrigier*|ausfüll*|entwerf*|einricht*|bereiten sie|durchseh*|durchgeh*", Kind: "paid", Weight: 3, Act: "prepare"},
			{Match: "prüf*|überprüf*|nachprüf*|kontrollier*", Kind: "paid", Weight: 2, Act: "check"},
			{Match: "übernehm*|übernimm*|hilfe bei|helfen bei|unterstützen bei|unterstützung bei", Kind: "paid", Weight: 2.5, Act: "work"},
			// Staffing an occasion on site: "mit Aufbau und Betreuung vor
			// Ort", "vor Ort betreuen" (TestOnSiteServiceDe).
			{Match: "betreuung vor ort|vor ort betreu*|aufbau und abbau|aufbau und betreuung", Kind: "paid", Weight: 3, Act: "work"},
			// Information verbs: tell, send, pass on.
			{Match: "mitteil*|bescheid|sagen sie|sag mir|mir sagen|uns sagen|zuschick*|zusend*|weiterleit*|schicken sie mir|senden sie mir", Kind: "quick", Weight: 1.5, Minutes: 2, Act: "send"},
			{Match: "wann ist|wann muss|wann wird|wann kommt|bis wann", Kind: "quick", Weight: 2.7, Minutes: 1, Act: "date"},
			// "Erhalten" as the participle at the clause end or before its
			// auxiliary asks about receipt; the cover formula "Anbei erhalten
			// Sie …" sends a thing (shapes_attached_work.go).
			{Match: "eingegangen|angekommen|erhalten $|erhalten haben|erhalten hat|schon erhalten|bereits erhalten|auch erhalten", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "receipt"},
		},
		RuleWords: []string{"anspruch", "wer ... zahlen muss", "wer muss ... zahlen", "wer ... tragen muss", "umlagefähig", "berechtigt", "zulässig", "absetzbar", "abzugsfähig", "erlaubt", "förderfähig", "steuerfrei", "genehmigungspflichtig", "versicherungsschutz", "gedeckt", "steuerpflichtig", "umsatzsteuerpflichtig", "kleinunternehmerregelung",
			// Whether a rule applies to the client's case: "Gilt die Pflicht
			// auch, wenn …?", "ist die Regel anwendbar?".
			"gilt ... auch wenn", "gilt das auch", "anwendbar"},
		CheckVerbs:   []string{"prüfen", "überprüfen", "nachsehen", "kontrollieren", "sagen"},
		CheckLinks:   []string{"ob", "dass"},
		Happened:     []string{"eingegangen", "angekommen", "überwiesen", "abgeschickt", "verschickt", "gebucht", "erledigt", "erhalten", "erfasst", "eingetragen", "verbucht", "bearbeitet", "registriert"},
		AutoSubjects: []string{"abwesend", "abwesenheit", "nicht im büro", "urlaubsabwesenheit"},
		// A yes/no question opened by the verb and "ihr", "du" or "Sie":
		// "habt ihr am Montag auf", "seid ihr morgen in der Werkstatt".
		// With a noun or "es" as subject too: "ist die Lieferung schon
		// raus", "gibt es am Samstag einen Notdienst".
		VerbFirstOpeners: []string{"gibt es", "ist der", "ist die", "ist das", "sind die", "steht der", "steht die", "steht das",
			"habt ihr", "hast du", "haben sie", "seid ihr", "bist du", "sind sie", "könnt ihr",
			"kannst du", "können sie", "kommt ihr", "kommst du", "kommen sie", "macht ihr", "machst du"},
		QuestionLeads: []string{"kurze frage", "eine frage", "frage", "kleine frage", "noch eine frage"},
	})
}
