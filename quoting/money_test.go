package quoting

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in      string
		want    string // String() of the result
		wantErr string
	}{
		{in: "250", want: "250"},
		{in: "250.00", want: "250.00"},
		{in: "0.001", want: "0.001"},
		{in: "-3.5", want: "-3.5"},
		{in: " 12.50 ", want: "12.50"},
		{in: "007.50", want: "7.50"},
		{in: "999999999999999999", want: "999999999999999999"},
		{in: "0.000000000000000001", want: "0.000000000000000001"},
		{in: "", wantErr: "not a decimal"},
		{in: ".5", wantErr: "not a decimal"},
		{in: "5.", wantErr: "not a decimal"},
		{in: "1,5", wantErr: "not a decimal"},
		{in: "1,250.00", wantErr: "not a decimal"},
		{in: "1e3", wantErr: "not a decimal"},
		{in: "+1", wantErr: "not a decimal"},
		{in: "--1", wantErr: "not a decimal"},
		{in: "1.2.3", wantErr: "not a decimal"},
		{in: "１２", wantErr: "not a decimal"}, // full-width digits
		{in: "NaN", wantErr: "not a decimal"},
		{in: "9223372036854775807", want: "9223372036854775807"},
		{in: "9223372036854775808", wantErr: "too large"},
		{in: "-9223372036854775808", want: "-9223372036854775808"},
		{in: "0.0000000000000000001", wantErr: "decimals"},
	}
	for _, tt := range tests {
		d, err := ParseDecimal(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseDecimal(%q) = %v, %v; want error containing %q", tt.in, d, err, tt.wantErr)
			}
			continue
		}
		if err != nil || d.String() != tt.want {
			t.Errorf("ParseDecimal(%q) = %q, %v; want %q", tt.in, d, err, tt.want)
		}
	}
}

func TestDecimalCmp(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1", "1.00", 0},
		{"1.5", "1.50", 0},
		{"1.05", "1.5", -1},
		{"10", "9.999", 1},
		{"-1", "0", -1},
	}
	for _, tt := range tests {
		a, _ := ParseDecimal(tt.a)
		b, _ := ParseDecimal(tt.b)
		if got := a.Cmp(b); got != tt.want {
			t.Errorf("%s.Cmp(%s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestParseCurrency(t *testing.T) {
	tests := []struct {
		code    string
		want    string
		digits  int
		wantErr string
	}{
		{code: "USD", want: "USD", digits: 2},
		{code: "eur", want: "EUR", digits: 2},
		{code: "JPY", want: "JPY", digits: 0},
		{code: "KWD", want: "KWD", digits: 3},
		{code: "BHD", want: "BHD", digits: 3},
		{code: "GBP", want: "GBP", digits: 2},
		{code: "XXX", wantErr: "not a currency in use"}, // "no currency"
		{code: "XAU", wantErr: "not a currency in use"}, // gold
		{code: "DEM", wantErr: "not a currency in use"}, // Deutsche Mark, gone since 2002
		{code: "US", wantErr: "not an ISO 4217"},
		{code: "", wantErr: "not an ISO 4217"},
		{code: "dollars", wantErr: "not an ISO 4217"},
	}
	for _, tt := range tests {
		c, err := ParseCurrency(tt.code)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseCurrency(%q) = %v, %v; want error containing %q", tt.code, c, err, tt.wantErr)
			}
			continue
		}
		if err != nil || c.Code() != tt.want || c.Digits() != tt.digits {
			t.Errorf("ParseCurrency(%q) = %s (%d digits), %v; want %s (%d)", tt.code, c.Code(), c.Digits(), err, tt.want, tt.digits)
		}
	}
}

func TestCurrencyAmount(t *testing.T) {
	tests := []struct {
		cur, in string
		minor   int64
		wantErr string
	}{
		{cur: "USD", in: "250", minor: 25000},
		{cur: "USD", in: "250.5", minor: 25050},
		{cur: "USD", in: "250.05", minor: 25005},
		{cur: "USD", in: "250.000", minor: 25000}, // trailing zeros are not precision
		{cur: "USD", in: "250.005", wantErr: "more decimals than USD's 2"},
		{cur: "JPY", in: "1250", minor: 1250},
		{cur: "JPY", in: "1250.0", minor: 1250},
		{cur: "JPY", in: "1250.5", wantErr: "more decimals than JPY's 0"},
		{cur: "KWD", in: "1.5", minor: 1500},
		{cur: "KWD", in: "0.125", minor: 125},
		{cur: "KWD", in: "0.1255", wantErr: "more decimals than KWD's 3"},
		{cur: "USD", in: "999999999999999999", wantErr: "too large"},
		{cur: "USD", in: "-12.50", minor: -1250},
	}
	for _, tt := range tests {
		m, err := MustParseCurrency(tt.cur).ParseAmount(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s %s = %v, %v; want error containing %q", tt.cur, tt.in, m, err, tt.wantErr)
			}
			continue
		}
		if err != nil || m.Minor() != tt.minor || m.Currency().Code() != tt.cur {
			t.Errorf("%s %s = %d %s, %v; want %d", tt.cur, tt.in, m.Minor(), m.Currency(), err, tt.minor)
		}
	}
}

func TestMoneyText(t *testing.T) {
	tests := []struct {
		m    Money
		want string
	}{
		{MustParseCurrency("USD").Minor(125000), "USD 1250.00"},
		{MustParseCurrency("USD").Minor(5), "USD 0.05"},
		{MustParseCurrency("USD").Minor(-5), "USD -0.05"},
		{MustParseCurrency("JPY").Minor(1250), "JPY 1250"},
		{MustParseCurrency("KWD").Minor(1250500), "KWD 1250.500"},
		{MustParseCurrency("KWD").Minor(7), "KWD 0.007"},
		{MustParseCurrency("USD").Minor(math.MinInt64), "USD -92233720368547758.08"},
		{MustParseCurrency("USD").Minor(math.MaxInt64), "USD 92233720368547758.07"},
	}
	for _, tt := range tests {
		if got := tt.m.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
			continue
		}
		var back Money
		if err := back.UnmarshalText([]byte(tt.want)); err != nil || back != tt.m {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", tt.want, back, err, tt.m)
		}
	}
	var m Money
	for _, bad := range []string{"1250.00", "USD", "USD 12.345", "XYZ 1", "USD 1,00"} {
		if err := m.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText(%q) = %v, want error", bad, m)
		}
	}
	// Money in JSON is its text form.
	b, err := json.Marshal(struct{ Total Money }{MustParseCurrency("EUR").Minor(990)})
	if err != nil || string(b) != `{"Total":"EUR 9.90"}` {
		t.Errorf("json = %s, %v", b, err)
	}
}

func TestMoneyMul(t *testing.T) {
	tests := []struct {
		cur      string
		minor    int64
		factor   string
		want     int64
		whatever string
	}{
		{"USD", 25000, "1.25", 31250, "exact"},
		{"USD", 33333, "1.1", 36666, "366.663 rounds down"},
		{"USD", 5, "0.5", 3, "0.025 is a half: up"},
		{"USD", -5, "0.5", -3, "a negative half goes away from zero"},
		{"USD", 15, "0.5", 8, "0.075 → 0.08"},
		{"USD", 25000, "1", 25000, "one"},
		{"JPY", 999, "1.0005", 999, "999.4995 → 999"},
		{"JPY", 1001, "0.5", 501, "500.5 → 501"},
		{"KWD", 1000, "0.3335", 334, "0.3335 KWD → 0.334 (333.5 fils up)"},
	}
	for _, tt := range tests {
		d, err := ParseDecimal(tt.factor)
		if err != nil {
			t.Fatal(err)
		}
		got, err := MustParseCurrency(tt.cur).Minor(tt.minor).Mul(d)
		if err != nil || got.Minor() != tt.want {
			t.Errorf("%d %s × %s = %d, %v; want %d (%s)", tt.minor, tt.cur, tt.factor, got.Minor(), err, tt.want, tt.whatever)
		}
	}
	if _, err := MustParseCurrency("USD").Minor(math.MaxInt64).Mul(DecimalOf(2, 0)); err == nil {
		t.Error("overflow not reported")
	}
}

func TestMoneyAdd(t *testing.T) {
	usd, eur := MustParseCurrency("USD"), MustParseCurrency("EUR")
	if s, err := usd.Minor(150).Add(usd.Minor(275)); err != nil || s != usd.Minor(425) {
		t.Errorf("1.50 + 2.75 = %v, %v", s, err)
	}
	if _, err := usd.Minor(1).Add(eur.Minor(1)); err == nil {
		t.Error("adding EUR to USD was allowed")
	}
	if _, err := usd.Minor(math.MaxInt64).Add(usd.Minor(1)); err == nil {
		t.Error("overflow not reported")
	}
}

func TestFormat(t *testing.T) {
	// The expected strings are CLDR 49's, as github.com/bojanz/currency
	// carries it.
	const nb = "\u00a0" // CLDR joins symbol and number with a no-break space
	tests := []struct {
		locale, cur string
		minor       int64
		want        string
	}{
		{"en-US", "USD", 125000, "$1,250.00"},
		{"en-US", "USD", 0, "$0.00"},
		{"en-US", "USD", 5, "$0.05"},
		{"en-US", "USD", -1250, "-$12.50"},
		{"en-US", "USD", 123456789012, "$1,234,567,890.12"},
		{"en-US", "EUR", 125000, "€1,250.00"},
		{"en-US", "JPY", 1250, "¥1,250"},
		{"en-US", "KWD", 1250500, "KWD" + nb + "1,250.500"}, // letters next to digits get a space
		{"en-US", "CAD", 125000, "CA$1,250.00"},
		{"en-GB", "GBP", 125000, "£1,250.00"},
		{"en-IN", "INR", 12345678, "₹1,23,456.78"}, // Indian grouping
		{"de-DE", "EUR", 125000, "1.250,00" + nb + "€"},
		{"de-DE", "USD", 125000, "1.250,00" + nb + "$"},
		{"de-DE", "KWD", 5, "0,005" + nb + "KWD"},
		{"de-DE", "JPY", 1250, "1.250" + nb + "¥"},
		{"de-CH", "CHF", 125000, "CHF" + nb + "1'250.00"},
		{"fr-FR", "EUR", 125000, "1\u202f250,00" + nb + "€"}, // narrow no-break space groups,
		{"nl-NL", "EUR", 125000, "€" + nb + "1.250,00"},
		{"pt-PT", "EUR", 125000, "1250,00" + nb + "€"}, // groups only from five digits
		{"pt-PT", "EUR", 12500000, "125" + nb + "000,00" + nb + "€"},
		{"ja-JP", "JPY", 1250, "￥1,250"},
		{"ar-KW", "KWD", 1250500, "\u200f١٬٢٥٠٫٥٠٠" + nb + "د.ك.\u200f"},
		{"bn", "USD", 125000, "১,২৫০.০০" + nb + "US$"}, // native digits throughout
	}
	for _, tt := range tests {
		f := NewFormatter(language.MustParse(tt.locale))
		if got := f.Format(MustParseCurrency(tt.cur).Minor(tt.minor)); got != tt.want {
			t.Errorf("%s %s %d = %q, want %q", tt.locale, tt.cur, tt.minor, got, tt.want)
		}
	}
}

func TestHours(t *testing.T) {
	tests := []struct {
		locale  string
		minutes int
		want    string
	}{
		{"en-US", 120, "2"},
		{"en-US", 90, "1.5"},
		{"en-US", 15, "0.25"},
		{"en-US", 20, "0.33"},
		{"en-US", 0, "0"},
		{"en-US", 6000, "100"},
		{"de-DE", 90, "1,5"},
		{"de-DE", 45, "0,75"},
	}
	for _, tt := range tests {
		if got := NewFormatter(language.MustParse(tt.locale)).Hours(tt.minutes); got != tt.want {
			t.Errorf("%s Hours(%d) = %q, want %q", tt.locale, tt.minutes, got, tt.want)
		}
	}
}

func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"250.00", "0", "-1.5", "1e3", ".5", "999999999999999999", "１", "0.000000000000000001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDecimal(s)
		if err != nil {
			return
		}
		// What parses prints back to an equal value that parses again.
		back, err := ParseDecimal(d.String())
		if err != nil || back.Cmp(d) != 0 || back.String() != d.String() {
			t.Fatalf("%q → %q → %q, %v", s, d, back, err)
		}
	})
}

// One Formatter serves every draft of a running service.
func TestFormatterConcurrent(t *testing.T) {
	f := NewFormatter(language.MustParse("de-DE"))
	usd := MustParseCurrency("EUR")
	done := make(chan string)
	for i := range 8 {
		go func() {
			var s string
			for j := range 200 {
				s = f.Format(usd.Minor(int64(i*1000 + j)))
				_ = f.Hours(j)
			}
			done <- s
		}()
	}
	seen := map[string]bool{}
	for range 8 {
		seen[<-done] = true
	}
	for i := range 8 {
		want := f.Format(usd.Minor(int64(i*1000 + 199)))
		if !seen[want] {
			t.Errorf("missing %q in %v", want, seen)
		}
	}
}

func BenchmarkFormat(b *testing.B) {
	f := NewFormatter(language.MustParse("de-DE"))
	m := MustParseCurrency("EUR").Minor(123456789)
	for b.Loop() {
		_ = f.Format(m)
	}
}
