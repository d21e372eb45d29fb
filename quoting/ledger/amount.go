package ledger

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/fivemin/fivemin/quoting"
)

// ParseAgreedAmount reads an amount a person typed for an agreed price, in
// the quote's currency, as minor units: "300", "300.00", "1,250.50",
// "$300" or "USD 300". A comma is only a thousands separator ("300,50" is
// refused rather than guessed at); the amount must be more than zero.
func ParseAgreedAmount(s, currency string) (int64, error) {
	cur, err := quoting.ParseCurrency(currency)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	v := strings.TrimSpace(s)
	if len(v) >= 3 && strings.EqualFold(v[:3], cur.Code()) {
		v = strings.TrimSpace(v[3:])
	}
	v = strings.TrimSpace(strings.TrimLeft(v, "$£€¥"))
	if strings.Contains(v, ",") {
		if !thousands.MatchString(v) {
			return 0, fmt.Errorf("%w: amount %q: write it with a decimal point, as 300.50", ErrInvalid, s)
		}
		v = strings.ReplaceAll(v, ",", "")
	}
	m, err := cur.ParseAmount(v)
	if err != nil {
		return 0, fmt.Errorf("%w: %q is not an amount in %s: %v", ErrInvalid, s, cur.Code(), err)
	}
	if m.Minor() <= 0 {
		return 0, fmt.Errorf("%w: the agreed amount must be more than zero", ErrInvalid)
	}
	return m.Minor(), nil
}

var thousands = regexp.MustCompile(`^\d{1,3}(,\d{3})+(\.\d+)?$`)
