package quoting

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	bcurrency "github.com/bojanz/currency"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// maxDigits bounds the decimals of a Decimal.
const maxDigits = 18

// Decimal is an exact decimal number: unscaled × 10^-scale. It carries
// configuration values such as rates and multipliers without ever passing
// through a float.
type Decimal struct {
	unscaled int64
	scale    int
}

// ParseDecimal reads a plain decimal: digits with an optional "." and
// fraction, optionally negative ("250", "250.00", "1.25", "-3.5"). Grouping
// separators, exponents and decimal commas are refused rather than guessed.
func ParseDecimal(s string) (Decimal, error) {
	t := strings.TrimSpace(s)
	neg := strings.HasPrefix(t, "-")
	if neg {
		t = t[1:]
	}
	intPart, frac, hasPoint := strings.Cut(t, ".")
	if intPart == "" || (hasPoint && frac == "") || !allDigits(intPart) || !allDigits(frac) {
		return Decimal{}, fmt.Errorf("%q is not a decimal number: write digits with an optional \".\" fraction, like \"250.00\"", s)
	}
	if len(frac) > maxDigits {
		return Decimal{}, fmt.Errorf("%q has more than %d decimals", s, maxDigits)
	}
	sign := ""
	if neg {
		sign = "-"
	}
	u, err := strconv.ParseInt(sign+intPart+frac, 10, 64)
	if err != nil {
		return Decimal{}, fmt.Errorf("%q is too large", s)
	}
	return Decimal{unscaled: u, scale: len(frac)}, nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// DecimalOf returns the decimal unscaled × 10^-scale; scale must be 0..18.
func DecimalOf(unscaled int64, scale int) Decimal {
	if scale < 0 || scale > maxDigits {
		panic(fmt.Sprintf("quoting: decimal scale %d out of range", scale))
	}
	return Decimal{unscaled: unscaled, scale: scale}
}

// Sign returns -1, 0 or 1.
func (d Decimal) Sign() int {
	switch {
	case d.unscaled < 0:
		return -1
	case d.unscaled > 0:
		return 1
	}
	return 0
}

// Cmp compares d and e: -1 if d < e, 0 if equal, 1 if d > e.
func (d Decimal) Cmp(e Decimal) int {
	return d.rat().Cmp(e.rat())
}

func (d Decimal) rat() *big.Rat {
	return new(big.Rat).SetFrac(big.NewInt(d.unscaled), pow10(d.scale))
}

// String returns the decimal as written, keeping its scale ("1.50").
func (d Decimal) String() string {
	return formatUnscaled(d.unscaled, d.scale)
}

// MarshalText writes String's form.
func (d Decimal) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads what ParseDecimal reads.
func (d *Decimal) UnmarshalText(b []byte) error {
	p, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

func pow10(n int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// formatUnscaled writes u × 10^-scale with exactly scale decimals.
func formatUnscaled(u int64, scale int) string {
	neg := u < 0
	var abs uint64
	if neg {
		abs = uint64(-(u + 1)) + 1 // math.MinInt64 has no positive int64
	} else {
		abs = uint64(u)
	}
	digits := fmt.Sprintf("%0*d", scale+1, abs)
	cut := len(digits) - scale
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	b.WriteString(digits[:cut])
	if scale > 0 {
		b.WriteByte('.')
		b.WriteString(digits[cut:])
	}
	return b.String()
}

// Currency is an ISO 4217 currency in current use, with the number of minor
// digits its amounts carry (JPY 0, USD 2, KWD 3), from CLDR.
type Currency struct {
	unit   currency.Unit
	digits int
}

// ParseCurrency reads an ISO 4217 code ("USD", case-insensitive) and refuses
// codes that are not legal tender anywhere today (XXX, XAU, DEM ...).
func ParseCurrency(code string) (Currency, error) {
	u, err := currency.ParseISO(code)
	if err != nil {
		return Currency{}, fmt.Errorf("%q is not an ISO 4217 currency code", code)
	}
	tender := false
	for it := currency.Query(); it.Next(); {
		if it.Unit() == u {
			tender = true
			break
		}
	}
	if !tender {
		return Currency{}, fmt.Errorf("%q is not a currency in use today", code)
	}
	scale, _ := currency.Standard.Rounding(u)
	return Currency{unit: u, digits: scale}, nil
}

// MustParseCurrency is ParseCurrency for codes known to be good; it panics
// otherwise.
func MustParseCurrency(code string) Currency {
	c, err := ParseCurrency(code)
	if err != nil {
		panic(err)
	}
	return c
}

// Code is the ISO 4217 code, or "" for the zero Currency.
func (c Currency) Code() string {
	if c.unit == (currency.Unit{}) {
		return ""
	}
	return c.unit.String()
}

// Digits is the number of minor digits: 2 for cents.
func (c Currency) Digits() int { return c.digits }

// IsZero reports whether c is the zero Currency (none set).
func (c Currency) IsZero() bool { return c.unit == (currency.Unit{}) }

// String is the ISO code.
func (c Currency) String() string { return c.Code() }

// MarshalText writes the ISO code.
func (c Currency) MarshalText() ([]byte, error) { return []byte(c.Code()), nil }

// UnmarshalText reads an ISO code.
func (c *Currency) UnmarshalText(b []byte) error {
	p, err := ParseCurrency(string(b))
	if err != nil {
		return err
	}
	*c = p
	return nil
}

// Minor returns n minor units (cents) of c.
func (c Currency) Minor(n int64) Money { return Money{minor: n, cur: c} }

// Amount converts d to money in c. It refuses a d with more significant
// decimals than c has ("250.005" USD) instead of rounding a configured price.
func (c Currency) Amount(d Decimal) (Money, error) {
	if c.IsZero() {
		return Money{}, errors.New("no currency")
	}
	u := d.unscaled
	s := d.scale
	for s > c.digits && u%10 == 0 {
		u /= 10
		s--
	}
	if s > c.digits {
		return Money{}, fmt.Errorf("%s has more decimals than %s's %d", d, c.Code(), c.digits)
	}
	v := new(big.Int).Mul(big.NewInt(u), pow10(c.digits-s))
	if !v.IsInt64() {
		return Money{}, fmt.Errorf("%s is too large", d)
	}
	return Money{minor: v.Int64(), cur: c}, nil
}

// ParseAmount is ParseDecimal followed by Amount.
func (c Currency) ParseAmount(s string) (Money, error) {
	d, err := ParseDecimal(s)
	if err != nil {
		return Money{}, err
	}
	return c.Amount(d)
}

// Money is an exact amount: an integer number of a currency's minor units.
// The zero value is zero in no currency. Money values compare with ==.
type Money struct {
	minor int64
	cur   Currency
}

// Minor is the amount in minor units (cents).
func (m Money) Minor() int64 { return m.minor }

// Currency is the amount's currency.
func (m Money) Currency() Currency { return m.cur }

// IsZero reports whether the amount is zero.
func (m Money) IsZero() bool { return m.minor == 0 }

// Sign returns -1, 0 or 1.
func (m Money) Sign() int { return Decimal{unscaled: m.minor}.Sign() }

// Decimal is the plain amount with the currency's decimals ("1250.00"),
// for machines; people get Formatter.Format.
func (m Money) Decimal() string { return formatUnscaled(m.minor, m.cur.digits) }

// String is the code and plain amount ("USD 1250.00").
func (m Money) String() string {
	if m.cur.IsZero() {
		return m.Decimal()
	}
	return m.cur.Code() + " " + m.Decimal()
}

// MarshalText writes String's form, which UnmarshalText reads back.
func (m Money) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText reads "USD 1250.00".
func (m *Money) UnmarshalText(b []byte) error {
	code, amount, ok := strings.Cut(string(b), " ")
	if !ok {
		return fmt.Errorf("money %q: want a currency code and an amount, like \"USD 250.00\"", b)
	}
	c, err := ParseCurrency(code)
	if err != nil {
		return fmt.Errorf("money %q: %w", b, err)
	}
	v, err := c.ParseAmount(amount)
	if err != nil {
		return fmt.Errorf("money %q: %w", b, err)
	}
	*m = v
	return nil
}

// Add returns m + o; both must be in the same currency.
func (m Money) Add(o Money) (Money, error) {
	if m.cur != o.cur {
		return Money{}, fmt.Errorf("cannot add %s to %s", o.cur.Code(), m.cur.Code())
	}
	s := new(big.Int).Add(big.NewInt(m.minor), big.NewInt(o.minor))
	if !s.IsInt64() {
		return Money{}, errors.New("amount too large")
	}
	return Money{minor: s.Int64(), cur: m.cur}, nil
}

// Mul returns m × d, rounded half up (away from zero) to the minor unit.
func (m Money) Mul(d Decimal) (Money, error) {
	v, ok := mulDivRound(m.minor, d.unscaled, pow10(d.scale))
	if !ok {
		return Money{}, errors.New("amount too large")
	}
	return Money{minor: v, cur: m.cur}, nil
}

// mulDivRound returns a×b/c rounded half away from zero, c > 0, and false
// when the result does not fit an int64.
func mulDivRound(a, b int64, c *big.Int) (int64, bool) {
	n := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
	q, r := new(big.Int).QuoRem(n, c, new(big.Int))
	r.Abs(r).Lsh(r, 1)
	if r.Cmp(c) >= 0 {
		if n.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	if !q.IsInt64() {
		return 0, false
	}
	return q.Int64(), true
}

// Formatter shows money, numbers and dates the way a locale writes them.
// Money goes through github.com/bojanz/currency (CLDR's currency patterns,
// symbols, grouping and digits), numbers with the same separators, and
// dates through the tables in locale.go. It is safe
// for concurrent use.
type Formatter struct {
	tag   language.Tag
	money *bcurrency.Formatter
	num   *bcurrency.Formatter // numbers: money's separators, no symbol
	dates *dateNames
}

// NewFormatter returns a Formatter for the locale tag (en-US, de-DE ...).
func NewFormatter(tag language.Tag) *Formatter {
	loc := bcurrency.NewLocale(tag.String())
	num := bcurrency.NewFormatter(loc)
	num.CurrencyDisplay = bcurrency.DisplayNone
	num.MinDigits, num.MaxDigits = 0, 2
	return &Formatter{
		tag:   tag,
		money: bcurrency.NewFormatter(loc),
		num:   num,
		dates: datesFor(tag),
	}
}

// Locale is the formatter's language tag.
func (f *Formatter) Locale() language.Tag { return f.tag }

// Format writes m for people: "$1,250.00" in en-US, "1.250,00 €" in de-DE,
// "€ 1.250,00" in nl-NL, "￥1,250" in ja-JP. The number is built from the
// exact minor units; no float is involved.
func (f *Formatter) Format(m Money) string {
	if m.cur.IsZero() {
		return m.Decimal()
	}
	a, err := bcurrency.NewAmount(m.Decimal(), m.cur.Code())
	if err != nil {
		// A currency CLDR (bojanz/currency) does not know: the code and the
		// plain amount still say exactly what is meant.
		return m.String()
	}
	return f.money.Format(a)
}

// Hours writes minutes as hours with at most two decimals in the locale's
// number format: 90 → "1.5" (en) or "1,5" (de), 20 → "0.33".
func (f *Formatter) Hours(minutes int) string {
	// minutes/60 to two decimals, half up, in exact integer arithmetic.
	hundredths, _ := mulDivRound(int64(minutes), 100, big.NewInt(60))
	return f.number(formatUnscaled(hundredths, 2))
}

// Number writes an integer with the locale's grouping: 12,500 (en),
// 12.500 (de), 12 500 (fr).
func (f *Formatter) Number(n int64) string {
	return f.number(strconv.FormatInt(n, 10))
}

// number formats a plain decimal with CLDR's separators and digits through
// the money formatter with the currency hidden, so amounts and numbers in
// one draft always agree.
func (f *Formatter) number(dec string) string {
	a, err := bcurrency.NewAmount(dec, "USD") // any currency: it is not shown
	if err != nil {
		return dec
	}
	return f.num.Format(a)
}
