package triage

// A cover line for an attachment that says what is to be done with it asks
// for that work, though it has no request frame: "In allegato il manuale
// da tradurre", "Ci-joint le bail à relire", "Attached is the lease for
// review", "Anbei der Vertrag, den wir bis Freitag übersetzt benötigen".
// Two shapes count, in a sentence that names an attachment:
//   - a purpose word ("da", "à", "para", "zur", "ter", "for") right before a
//     verb or noun of work on a text (translate, review, check, correct);
//   - a need of the client's own ("we need", "den wir … benötigen",
//     verb-final in German), not negated and not "we need to" (an act of
//     the client's own).
// A cover line without either ("Anbei die Rechnung zur Kenntnis",
// "attached for your records") stays a statement.
// Table rows: TestAttachedForWork (shapes_attached_work_test.go).

// attachWords name an attachment, in the languages of the lexicons.
var attachWords = set("attached enclosed attaching anbei beigefügt beigefügte beigefügten anhang " +
	"allegato allegati allegata allegate joint jointe joints jointes adjunto adjunta adjuntos adjuntas " +
	"anexo anexa anexos bijgevoegd bijgevoegde bijlage")

// attachPurposeWords introduce what the attached thing is for.
var attachPurposeWords = set("da à pour para zur zum ter te for per")

// attachReaders are the possessives naming the firm as the one to do the
// work: "for your review and comments", "pour votre relecture".
var attachReaders = set("your votre vos ta tes su sus tu tus vuestra vuestro sua seu vostra vostro tua tuo uw jouw je ihre ihrer deine")

// textWork are the verbs and nouns of work on a text after a purpose word.
var textWork = set("translate translation review proofreading checking correction check proofread edit audit reconcile " +
	"reviewing translating editing auditing reconciling correcting price pricing costing valuation " +
	"tradurre traduzione rivedere revisione correggere controllare " +
	"traduire traduction relire relecture corriger révision réviser " +
	"traducir traducción revisar revisión corregir revise revisen corrija corrijan traduzca traduzcan " +
	"traduzir tradução rever revisão corrigir reveja revejam corrija corrijam traduza traduzam " +
	"übersetzung prüfung durchsicht korrektur überarbeitung übersetzen prüfen " +
	"vertaling vertalen controle nakijken correctie")

// ownNeedSubjects and ownNeedVerbs: the client's own present need.
var (
	ownNeedSubjects = set("we i wir ich")
	ownNeedVerbs    = set("need benötigen benötige brauchen brauche bräuchten bräuchte")
)

// attachedForWork reports a cover line that asks for work on the
// attachment (see above).
func attachedForWork(ws []string) bool {
	at := -1
	for i, w := range ws {
		if attachWords.has(w) {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	subject := false
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		case attachPurposeWords.has(w) && purposeIsWork(ws[i+1:]), w == "so" && soYouCanWork(ws[i+1:]):
			return true
		case negations.has(w) || w == "kein" || w == "keine":
			return false
		case ownNeedSubjects.has(w):
			subject = true
		case subject && ownNeedVerbs.has(w):
			// "the return we need to file": the client's own act.
			return i+1 == len(ws) || ws[i+1] != "to"
		}
	}
	return false
}

// purposeClitics: the object pronouns of a Spanish or Portuguese purpose
// clause, "para que las revisen", "para que o revejam".
var purposeClitics = set("lo la los las le les o a os as")

// soWorkVerbs: after "so you can", verbs of making or costing work beyond
// textWork ("so you can work up a quote", "so you can price the job").
var soWorkVerbs = set("work draft prepare quote price cost value")

// soYouCanWork: "(so) you can check them against…", "(so) that you could
// draft…": a purpose clause that names the firm and its work on the
// attachment; "so you can see the damage" names none.
func soYouCanWork(rest []string) bool {
	if len(rest) > 0 && rest[0] == "that" {
		rest = rest[1:]
	}
	if len(rest) < 3 || !secondPerson.has(rest[0]) || rest[1] != "can" && rest[1] != "could" {
		return false
	}
	return textWork.has(rest[2]) || soWorkVerbs.has(rest[2])
}

// purposeIsWork: the words after a purpose word name work on a text,
// right away ("for review"), after the firm's possessive ("for your
// review", "pour votre relecture", "para su revisión") or after the firm
// named as the doer ("for you to check").
func purposeIsWork(rest []string) bool {
	if len(rest) > 1 && attachReaders.has(rest[0]) {
		rest = rest[1:]
	} else if len(rest) > 2 && secondPerson.has(rest[0]) && rest[1] == "to" {
		rest = rest[2:]
	} else if len(rest) > 1 && rest[0] == "que" {
		// "para que las revisen": the firm is the subject of the verb.
		rest = rest[1:]
		if len(rest) > 1 && purposeClitics.has(rest[0]) {
			rest = rest[1:]
		}
	}
	return len(rest) > 0 && textWork.has(rest[0])
}
