package triage

import "testing"

// TestDanishSwedishAsks: Danish and Swedish requests are found and sized
// by their own lists (words_da.go, words_sv.go): a wish that the firm act
// ("Vi vil gerne have jer til at …", "Vi vill gärna att ni …") asks even
// without a question mark, and work verbs make it paid; sending,
// confirming, dates and prices stay quick; cover lines and offers ask
// nothing.
func TestDanishSwedishAsks(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"da: wish that the firm works", "Vi vil gerne have jer til at udskifte alle radiatorer i kælderen.",
			[]string{"paid: Vi vil gerne have jer til at udskifte alle radiatorer i kælderen."}},
		{"da: asked to prepare", "Jeg vil gerne bede dig om at udarbejde en tegning af den nye carport.",
			[]string{"paid: Jeg vil gerne bede dig om at udarbejde en tegning af den nye carport."}},
		{"da: can you fit", "Kan du montere en ny postkasse ved indkørslen?",
			[]string{"paid: Kan du montere en ny postkasse ved indkørslen?"}},
		{"da: a date", "Hvornår kan montøren komme ud til os?",
			[]string{"quick: Hvornår kan montøren komme ud til os?"}},
		{"da: send a copy", "Vil du sende mig en kopi af kvitteringen?",
			[]string{"quick: Vil du sende mig en kopi af kvitteringen?"}},
		{"sv: wish that the firm works", "Vi vill gärna att ni lagar taket på förrådet innan snön kommer.",
			[]string{"paid: Vi vill gärna att ni lagar taket på förrådet innan snön kommer."}},
		{"sv: could you draw up", "Skulle ni kunna ta fram en ritning för den nya trappan?",
			[]string{"paid: Skulle ni kunna ta fram en ritning för den nya trappan?"}},
		{"sv: care over a stay", "Kan ni ta hand om hans sårvård varje dag under hela vistelsen?",
			[]string{"paid: Kan ni ta hand om hans sårvård varje dag under hela vistelsen?"}},
		{"sv: send an invoice", "Kan ni skicka fakturan en gång till?",
			[]string{"quick: Kan ni skicka fakturan en gång till?"}},
		{"sv: a price", "Vad kostar det att hyra släpkärran över helgen?",
			[]string{"quick: Vad kostar det att hyra släpkärran över helgen?"}},
		{"guard da: a cover line", "Vedhæftet finder du den underskrevne kontrakt.", nil},
		{"guard da: an offer", "Hvis du har spørgsmål, er du velkommen til at ringe.", nil},
		{"guard sv: a cover line", "Bifogat finns protokollet från mötet.", nil},
		{"guard sv: an offer", "Tveka inte att höra av dig om något är oklart.", nil},
	}, askListInLanguage)
}
