package quoting

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// TestLocaleFormats: money, numbers, hours and dates for each locale a
// draft may be written in (money and numbers are CLDR 49's).
func TestLocaleFormats(t *testing.T) {
	const nb, nnb = "\u00a0", "\u202f" // no-break space, narrow no-break space
	day := time.Date(2026, 12, 23, 14, 5, 0, 0, time.UTC)
	tests := []struct {
		locale           string
		eur, usd         string // 1,250.00 EUR; -1,250.50 USD
		number, hours    string // 1234567; 90 minutes
		date, attributed string
	}{
		{"en-US", "€1,250.00", "-$1,250.50", "1,234,567", "1.5",
			"Wednesday, December 23, 2026", "On Wed, Dec 23, 2026 at 2:05 PM, Ana wrote:"},
		{"en-GB", "€1,250.00", "-US$1,250.50", "1,234,567", "1.5",
			"Wednesday 23 December 2026", "On Wed, 23 Dec 2026 at 14:05, Ana wrote:"},
		{"de-DE", "1.250,00" + nb + "€", "-1.250,50" + nb + "$", "1.234.567", "1,5",
			"Mittwoch, 23. Dezember 2026", "Am Mi., 23. Dez. 2026 um 14:05 schrieb Ana:"},
		{"fr-FR", "1" + nnb + "250,00" + nb + "€", "-1" + nnb + "250,50" + nb + "$US", "1" + nnb + "234" + nnb + "567", "1,5",
			"mercredi 23 décembre 2026", "Le mer. 23 déc. 2026 à 14:05, Ana a écrit" + nb + ":"},
		{"es-ES", "1250,00" + nb + "€", "-1250,50" + nb + "US$", "1.234.567", "1,5",
			"miércoles, 23 de diciembre de 2026", "El mié, 23 dic 2026 a las 14:05, Ana escribió:"},
		{"nl-NL", "€" + nb + "1.250,00", "US$" + nb + "-1.250,50", "1.234.567", "1,5",
			"woensdag 23 december 2026", "Op wo 23 dec 2026 om 14:05 schreef Ana:"},
		{"it-IT", "1250,00" + nb + "€", "-1250,50" + nb + "$", "1.234.567", "1,5",
			"mercoledì 23 dicembre 2026", "Il giorno mer 23 dic 2026 alle ore 14:05 Ana ha scritto:"},
		{"pt-PT", "1250,00" + nb + "€", "-1250,50" + nb + "US$", "1" + nb + "234" + nb + "567", "1,5",
			"quarta-feira, 23 de dezembro de 2026", "Em qua., 23 de dez. de 2026 às 14:05, Ana escreveu:"},
		{"pt-BR", "€" + nb + "1.250,00", "-US$" + nb + "1.250,50", "1.234.567", "1,5",
			"quarta-feira, 23 de dezembro de 2026", "Em qua., 23 de dez. de 2026 às 14:05, Ana escreveu:"},
	}
	eur, usd := MustParseCurrency("EUR"), MustParseCurrency("USD")
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			f := NewFormatter(language.MustParse(tt.locale))
			for _, c := range []struct{ what, got, want string }{
				{"EUR", f.Format(eur.Minor(125000)), tt.eur},
				{"USD", f.Format(usd.Minor(-125050)), tt.usd},
				{"Number", f.Number(1234567), tt.number},
				{"Hours", f.Hours(90), tt.hours},
				{"Date", f.Date(day), tt.date},
				{"Attribution", f.Attribution(day, "Ana"), tt.attributed},
			} {
				if c.got != c.want {
					t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
				}
			}
		})
	}
}

func TestAttributionWithoutDate(t *testing.T) {
	for _, tt := range []struct{ locale, want string }{
		{"en-US", "Ana wrote:"},
		{"de-DE", "Ana schrieb:"},
		{"fr-FR", "Ana a écrit\u00a0:"},
		{"es-ES", "Ana escribió:"},
		{"nl-NL", "Ana schreef:"},
		{"it-IT", "Ana ha scritto:"},
		{"pt-BR", "Ana escreveu:"},
		{"sv-SE", "Ana wrote:"}, // no table: English, like the draft
	} {
		if got := NewFormatter(language.MustParse(tt.locale)).Attribution(time.Time{}, "Ana"); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.locale, got, tt.want)
		}
	}
}

// TestAttributionNameVerbatim: a sender's name that looks like a pattern
// field is written as it is, never filled in.
func TestAttributionNameVerbatim(t *testing.T) {
	day := time.Date(2026, 12, 23, 14, 5, 0, 0, time.UTC)
	for _, tt := range []struct {
		t    time.Time
		want string
	}{
		{day, "Am Mi., 23. Dez. 2026 um 14:05 schrieb {wd} {year}:"},
		{time.Time{}, "{wd} {year} schrieb:"},
	} {
		if got := NewFormatter(language.MustParse("de-DE")).Attribution(tt.t, "{wd} {year}"); got != tt.want {
			t.Errorf("Attribution(%v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

func TestMonthFirst(t *testing.T) {
	for _, tt := range []struct {
		locale string
		want   bool
	}{
		{"en-US", true}, {"en", true}, {"en-PH", true},
		{"en-GB", false}, {"en-AU", false}, {"en-IE", false}, {"es-US", false}, {"de-DE", false},
	} {
		if got := monthFirst(language.MustParse(tt.locale)); got != tt.want {
			t.Errorf("monthFirst(%s) = %v, want %v", tt.locale, got, tt.want)
		}
	}
}

func TestClientLocale(t *testing.T) {
	for _, tt := range []struct {
		lang, address, firm, want string
	}{
		{"", "ana@client.test", "en-US", "en-US"},      // language unknown: the firm's
		{"xx", "who@where.test", "en-US", "en-US"},     // not a language: the firm's
		{"en", "sam@client.test", "en-GB", "en-GB"},    // the firm's language: its locale
		{"de", "jonas@weber.ch", "de-AT", "de-AT"},     // ... whatever the address
		{"de", "jonas@weber.test", "en-US", "de-DE"},   // CLDR's likely region
		{"pt", "ana@empresa.test", "en-GB", "pt-BR"},   // CLDR's likely region for pt
		{"de", "jonas@weber.at", "en-US", "de-AT"},     // the address's country
		{"pt", "ana@empresa.pt", "en-US", "pt-PT"},     //
		{"pt", "ana@empresa.com.br", "en-US", "pt-BR"}, //
		{"en", "sam@firm.co.uk", "de-DE", "en-GB"},     // .uk is GB
		{"fr", "luc@ATELIER.BE", "en-US", "fr-BE"},     // case does not matter
		{"de", "jonas@weber.fr", "en-US", "de-DE"},     // a country that does not speak it
		{"fr", "luc@atelier.com", "en-US", "fr-FR"},    // a generic domain
		{"it", "no-at-sign.it", "en-US", "it-IT"},      // not an address: no country
		{"fr", "luc@atelier.test", "de-CH", "fr-CH"},   // the firm's country speaks it
		{"es", "lucia@estudio.test", "en-US", "es-US"}, //
		{"fr", "luc@atelier.ca", "de-CH", "fr-CA"},     // the address wins over the firm
		{"nl", "joost@bureau.test", "de-DE", "nl-NL"},  // the firm's country does not
		{"fr", "luc@atelier.test", "en", "fr-FR"},      // a firm without a region
		{"ja", "taro@example.test", "en-US", "ja-JP"},  // no templates, but a locale
	} {
		firm := language.MustParse(tt.firm)
		if got := ClientLocale(tt.lang, tt.address, firm).String(); got != tt.want {
			t.Errorf("ClientLocale(%q, %q, %s) = %s, want %s", tt.lang, tt.address, tt.firm, got, tt.want)
		}
	}
}
