package triage

// emphaticSelves open the other languages' SelfWork words that hold
// their own subject ("nós mesmos", "nosotros mismos", "noi stessi", "nous
// mêmes", "eu mesmo", "yo mismo", "io stesso", "moi même"): the verb's
// person is in its ending, so no SelfSubjects word comes before them.
var emphaticSelves = set("nós eu nosotros yo noi io nous moi")

// emphaticDoVerbs do or take on the job in Portuguese, Spanish, Italian
// and French: the infinitive ("vamos fazer", "vamos a hacer") and the
// first person, present and future ("faço", "haremos", "faremo",
// "ferons"). Grammatical glue of emphaticPlan.
var emphaticDoVerbs = set("fazer fazê faço fazemos faremos farei tratar trato tratamos " +
	"hacer hacerlo hacerla hago hacemos haremos haré encargar encargamos " +
	"fare farlo farla faccio facciamo faremo farò occupare " +
	"faire fais faisons ferai ferons occuper")

// emphaticPlan reports a plan of the client's to do the job, said with
// the emphatic pronoun of a SelfWork word at ws[start] ("vamos fazer
// isso nós mesmos", "lo haremos nosotros mismos", "nous allons faire les
// travaux nous-mêmes"): a verb of doing the job before it in the clause.
// Negation ("no tenemos tiempo de hacerlo nosotros mismos") is read
// before this.
func (c *clauseReader) emphaticPlan(start int) bool {
	for _, w := range c.ws[:start] {
		if emphaticDoVerbs.has(w) {
			return true
		}
	}
	return false
}
