package quoting

import (
	"strings"
	"unicode"

	"github.com/fivemin/fivemin/triage/lang"
)

// The forms of answer a quick question's wording asks for (QuickAsk.Answer).
const (
	answerAmount = "amount" // how much, what is the balance
	answerDate   = "date"   // when, by what date
	answerOther  = "answer" // another what/which/who/how question
)

// whWords open a question that wants something other than yes or no, in
// the languages fivemin drafts in. "que", "che" and the like also join
// clauses, so they count only where a question starts (see answerKind).
var whWords = wordSet(`what which who whom whose where why how
	was welche welcher welches welchen wer wen wem wo woher wohin warum wieso weshalb wie wieviel
	quel quelle quels quelles lequel laquelle qui que quoi où pourquoi comment combien qu'est-ce
	qué cuál cuáles quién quiénes dónde por cómo cuánto cuánta cuántos cuántas
	wat welk welke wie waar waarom hoe hoeveel
	cosa che quale quali chi dove perché come quanto quanta quanti quante
	que qual quais quem onde porque como quanto quanta quantos quantas`)

// dateWords ask when: the answer is a date.
var dateWords = wordSet(`when wann quand cuándo wanneer quando`)

// amountWords make a wh-question about money or a count: "how much",
// "what is the balance", "quel est le solde".
var amountWords = wordSet(`much many balance total amount cost costs price fee fees rate owe owed sum
	viel wieviel betrag saldo summe kosten preis gebühr gebühren honorar schulde
	combien montant solde coût coûts prix frais tarif somme
	cuánto cuánta cuántos cuántas importe coste costo precio tarifa suma debo
	hoeveel bedrag kosten prijs tarief som
	quanto quanta quanti quante importo costo costi prezzo tariffa somma devo
	montante valor custo custos preço taxa soma`)

// askFrames introduce a question inside a request: "can you tell me what
// the balance is", "could you let me know when ...".
var askFrames = wordSet(`tell know wondering wonder ask confirm advise
	sagen mitteilen wissen fragen
	dire savoir demander indiquer préciser
	decir saber preguntar indicar
	zeggen weten vragen laten
	dirmi dire sapere chiedere indicare
	dizer saber perguntar informar indicar`)

// leadWords may come before a question word without changing the
// question: conjunctions, connectives and prepositions ("and when ...",
// "also, how much ...", "par ailleurs, combien ...", "by when ...").
var leadWords = wordSet(`and also so but then besides additionally plus one more thing question
	und außerdem zudem aber dann noch eine frage
	et alors mais puis aussi par ailleurs autre chose
	y pero entonces además otra cosa pregunta
	en maar dan daarnaast verder ook nog vraag
	e ma allora poi inoltre anche altra cosa domanda
	mas então além disso já agora outra coisa pergunta
	by bis à a hasta tot entro até on in por per`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// answerKind is the form of answer a quick ask's wording wants. Asks whose
// act already has a fitting stock answer (a date, a meeting, a document)
// keep it; for the rest a what/when/how-much question gets a placeholder
// for that answer instead of "[Yes/No.]".
func answerKind(text, act string) string {
	switch act {
	case "date", "schedule", "send":
		return ""
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '-'
	})
	wh := -1
	for i, w := range words {
		if !whWords[w] && !dateWords[w] {
			continue
		}
		if questionStart(words, i) {
			wh = i
			break
		}
	}
	if wh < 0 {
		return ""
	}
	if dateWords[words[wh]] || (wh+1 < len(words) && (words[wh+1] == "date" || words[wh+1] == "day")) {
		return answerDate
	}
	for _, w := range words[wh:] {
		if amountWords[w] {
			return answerAmount
		}
	}
	return answerOther
}

// questionStart reports whether the wh-word at i opens a question: it
// starts the sentence (after "and", "by" ...), or follows a frame such
// as "tell me" or "let me know" within a few words.
func questionStart(words []string, i int) bool {
	j := 0
	for j < i && leadWords[words[j]] {
		j++
	}
	if j == i {
		return true
	}
	for k := max(0, i-4); k < i; k++ {
		if askFrames[words[k]] {
			return true
		}
	}
	return false
}

// hoursWord is the word for hours to go with a number of minutes shown as
// hours, by the plural rules of the draft's language (CLDR: French and
// Portuguese keep the singular below two).
func hoursWord(lang string, minutes int) string {
	one := minutes == 60
	switch lang {
	case "fr", "pt":
		one = minutes < 120
	}
	forms := map[string][2]string{
		"de": {"Stunde", "Stunden"},
		"fr": {"heure", "heures"},
		"es": {"hora", "horas"},
		"nl": {"uur", "uur"},
		"it": {"ora", "ore"},
		"pt": {"hora", "horas"},
	}
	f, ok := forms[lang]
	if !ok {
		f = [2]string{"hour", "hours"}
	}
	if one {
		return f[0]
	}
	return f[1]
}

// quoteLanguage is the client's language read from a quote's lines, which
// are asks in the client's own words, and the subject.
func quoteLanguage(q *Quote, subject string) string {
	var b strings.Builder
	for _, l := range q.Lines {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	if l := lang.Detect(b.String()); l != "" {
		return l
	}
	return lang.Detect(subject)
}
