package triage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// figureRowLabelWords bounds the label of a figures line: "Print sales",
// "Rent received in March". A longer lead before a colon is a sentence
// introducing what follows, not a label.
const figureRowLabelWords = 5

// figureRowsMax bounds the rows read from one sentence: lines without a
// full stop run together ("Repairs: £95 (tap) Postage: £84").
const figureRowsMax = 8

// figureRow reports a line of figures given to the firm, "Print sales:
// £2,140" or "Boiler repair: 3,450 (invoice attached)", or several such
// lines run together: a short label, a colon, then only an amount and an
// optional aside in brackets. It states a figure even when its label
// opens with a work verb ("Print sales", "Service charge"), so it asks
// nothing. Words after the figure ("Print: 200 copies by Friday"), a
// "please" or a question mark leave the sentence to be read as usual.
func figureRow(text string) bool {
	if strings.IndexByte(text, ':') <= 0 || lastPunct(text) == '?' {
		return false
	}
	for n := 0; n < figureRowsMax; n++ {
		i := strings.IndexByte(text, ':')
		if i <= 0 {
			return false
		}
		label := text[:i]
		if k := len(strings.Fields(label)); k == 0 || k > figureRowLabelWords || strings.Contains(strings.ToLower(label), "please") {
			return false
		}
		rest, ok := afterFigure(strings.TrimSpace(text[i+1:]))
		if !ok {
			return false
		}
		if rest == "" || rest == "." {
			return true
		}
		text = rest
	}
	return false
}

// afterFigure reads an amount ("£2,140", "3,450.00", "12%", "€90k",
// "-£310") at the start of v and an aside in brackets after it, and
// returns what follows them.
func afterFigure(v string) (string, bool) {
	r, size := utf8.DecodeRuneInString(v)
	for n := 0; n < 2 && (r == '-' || unicode.Is(unicode.Sc, r)); n++ {
		v = v[size:]
		r, size = utf8.DecodeRuneInString(v)
	}
	if !unicode.IsDigit(r) {
		return "", false
	}
	end := strings.IndexFunc(v, func(r rune) bool {
		return !unicode.IsDigit(r) && !strings.ContainsRune(",.%kKmM", r) && !unicode.Is(unicode.Sc, r)
	})
	if end < 0 {
		return "", true
	}
	rest := strings.TrimSpace(v[end:])
	if strings.HasPrefix(rest, "(") {
		j := strings.IndexByte(rest, ')')
		if j < 0 {
			return "", false
		}
		rest = strings.TrimSpace(rest[j+1:])
	}
	return rest, true
}
