package quoting

import (
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// dateNames are one language's day and month names and how it writes a
// full date and a mail client's attribution line, as CLDR's full date
// format and the usual mail programs of that language write them.
// golang.org/x/text has no date formatting, and the drafts need only these
// two forms in the languages fivemin has templates for.
type dateNames struct {
	days, shortDays     []string // from Sunday
	months, shortMonths []string
	// date and attribution are patterns of {wd} {day} {month} {year} and
	// {time} {who}: date with the long names, attribution with the short
	// ones and the time in clock's layout; wrote is the attribution of a
	// message without a date.
	date, attribution, wrote, clock string
}

// dateRow is a language's dateNames as written in dateRows: the names of
// each kind in one string, separated by spaces; no names means English's.
type dateRow struct {
	days, shortDays, months, shortMonths string
	date, attribution, wrote, clock      string
}

var dateRows = map[string]dateRow{
	"en": {
		"Sunday Monday Tuesday Wednesday Thursday Friday Saturday", "Sun Mon Tue Wed Thu Fri Sat",
		"January February March April May June July August September October November December",
		"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
		"{wd} {day} {month} {year}", "On {wd}, {day} {month} {year} at {time}, {who} wrote:", "{who} wrote:", "15:04",
	},
	// American English writes the month first, and a 12-hour clock; its
	// names are English's.
	"en-US": {
		"", "", "", "",
		"{wd}, {month} {day}, {year}", "On {wd}, {month} {day}, {year} at {time}, {who} wrote:", "{who} wrote:", "3:04 PM",
	},
	"de": {
		"Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag", "So. Mo. Di. Mi. Do. Fr. Sa.",
		"Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
		"Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
		"{wd}, {day}. {month} {year}", "Am {wd}, {day}. {month} {year} um {time} schrieb {who}:", "{who} schrieb:", "15:04",
	},
	"fr": {
		"dimanche lundi mardi mercredi jeudi vendredi samedi", "dim. lun. mar. mer. jeu. ven. sam.",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
		"{wd} {day} {month} {year}", "Le {wd} {day} {month} {year} à {time}, {who} a écrit\u00a0:", "{who} a écrit\u00a0:", "15:04",
	},
	"es": {
		"domingo lunes martes miércoles jueves viernes sábado", "dom lun mar mié jue vie sáb",
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"ene feb mar abr may jun jul ago sept oct nov dic",
		"{wd}, {day} de {month} de {year}", "El {wd}, {day} {month} {year} a las {time}, {who} escribió:", "{who} escribió:", "15:04",
	},
	"nl": {
		"zondag maandag dinsdag woensdag donderdag vrijdag zaterdag", "zo ma di wo do vr za",
		"januari februari maart april mei juni juli augustus september oktober november december",
		"jan feb mrt apr mei jun jul aug sep okt nov dec",
		"{wd} {day} {month} {year}", "Op {wd} {day} {month} {year} om {time} schreef {who}:", "{who} schreef:", "15:04",
	},
	"it": {
		"domenica lunedì martedì mercoledì giovedì venerdì sabato", "dom lun mar mer gio ven sab",
		"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"gen feb mar apr mag giu lug ago set ott nov dic",
		"{wd} {day} {month} {year}", "Il giorno {wd} {day} {month} {year} alle ore {time} {who} ha scritto:", "{who} ha scritto:", "15:04",
	},
	"pt": {
		"domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado", "dom. seg. ter. qua. qui. sex. sáb.",
		"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
		"{wd}, {day} de {month} de {year}", "Em {wd}, {day} de {month} de {year} às {time}, {who} escreveu:", "{who} escreveu:", "15:04",
	},
}

// dateTables are dateRows with the names split.
var dateTables = func() map[string]*dateNames {
	t := make(map[string]*dateNames, len(dateRows))
	for lang, r := range dateRows {
		if r.days == "" {
			en := dateRows["en"]
			r.days, r.shortDays, r.months, r.shortMonths = en.days, en.shortDays, en.months, en.shortMonths
		}
		d := &dateNames{
			days: strings.Fields(r.days), shortDays: strings.Fields(r.shortDays),
			months: strings.Fields(r.months), shortMonths: strings.Fields(r.shortMonths),
			date: r.date, attribution: r.attribution, wrote: r.wrote, clock: r.clock,
		}
		if len(d.days) != 7 || len(d.shortDays) != 7 || len(d.months) != 12 || len(d.shortMonths) != 12 {
			panic("quoting: date names for " + lang + " are not 7 days and 12 months")
		}
		t[lang] = d
	}
	return t
}()

// datesFor is the table for tag's language; English for languages without
// one (their drafts are in English too: see Drafter).
func datesFor(tag language.Tag) *dateNames {
	if monthFirst(tag) {
		return dateTables["en-US"]
	}
	base, _ := tag.Base()
	if d, ok := dateTables[base.String()]; ok {
		return d
	}
	return dateTables["en"]
}

// monthFirst reports whether tag writes the month before the day: English
// in the United States, its territories and the Philippines.
func monthFirst(tag language.Tag) bool {
	base, _ := tag.Base()
	if base.String() != "en" {
		return false
	}
	region, _ := tag.Region() // CLDR's likely region when tag has none: "en" is en-US
	switch region.String() {
	case "US", "PR", "GU", "VI", "AS", "MP", "UM", "PH":
		return true
	}
	return false
}

// Date writes t as a full date with its weekday: "Wednesday, December 23,
// 2026" (en-US), "Wednesday 23 December 2026" (en-GB), "Mittwoch, 23.
// Dezember 2026" (de), "mercredi 23 décembre 2026" (fr), "miércoles, 23 de
// diciembre de 2026" (es), "woensdag 23 december 2026" (nl), "mercoledì 23
// dicembre 2026" (it), "quarta-feira, 23 de dezembro de 2026" (pt).
func (f *Formatter) Date(t time.Time) string {
	d := f.dates
	return fillDate(d.date, t, d.days, d.months, "", "")
}

// Attribution is the line above a quoted message, as that language's mail
// programs write it: "On Thu, Apr 2, 2026 at 10:05 AM, Théo wrote:"
// (en-US), "Am Do., 2. Apr. 2026 um 10:05 schrieb Théo:" (de). A zero t
// leaves the date out.
func (f *Formatter) Attribution(t time.Time, who string) string {
	d := f.dates
	if t.IsZero() {
		return strings.ReplaceAll(d.wrote, "{who}", who)
	}
	return fillDate(d.attribution, t, d.shortDays, d.shortMonths, t.Format(d.clock), who)
}

// fillDate fills pattern's fields with t's weekday, day, month and year
// named from days and months, and with clock and who.
func fillDate(pattern string, t time.Time, days, months []string, clock, who string) string {
	return strings.NewReplacer(
		"{wd}", days[t.Weekday()], "{day}", strconv.Itoa(t.Day()), "{month}", months[t.Month()-1],
		"{year}", strconv.Itoa(t.Year()), "{time}", clock, "{who}", who,
	).Replace(pattern)
}

// spokenIn lists, for the languages fivemin drafts in, the regions whose
// conventions a client writing that language may follow (CLDR territory
// data, the main ones).
var spokenIn = map[string]string{
	"en": "US GB IE AU NZ CA ZA IN SG PH MT",
	"de": "DE AT CH LI LU BE",
	"fr": "FR BE CH CA LU MC SN CI MA TN",
	"es": "ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY PR US",
	"nl": "NL BE SR",
	"it": "IT CH SM",
	"pt": "PT BR AO MZ CV",
}

// ClientLocale is the locale a draft to a client writing lang (ISO 639-1)
// is formatted in. The firm's own locale when lang is "" or the firm's
// language; otherwise lang with the region of the client's address
// (ana@empresa.pt is pt-PT, ana@empresa.com.br pt-BR) or else the firm's
// region when lang is spoken there (a fr-CH client of a de-CH firm), and
// else CLDR's likely region for lang (de-DE, fr-FR, pt-BR).
func ClientLocale(lang, address string, firm language.Tag) language.Tag {
	if lang == "" {
		return firm
	}
	base, err := language.ParseBase(lang)
	if err != nil {
		return firm
	}
	if fb, _ := firm.Base(); fb == base {
		return firm
	}
	regions := spokenIn[base.String()]
	try := func(r string) (language.Tag, bool) {
		if r == "" || !strings.Contains(" "+regions+" ", " "+r+" ") {
			return language.Tag{}, false
		}
		reg, err := language.ParseRegion(r)
		if err != nil {
			return language.Tag{}, false
		}
		t, err := language.Compose(base, reg)
		return t, err == nil
	}
	if t, ok := try(tldRegion(address)); ok {
		return t
	}
	if fr, conf := firm.Region(); conf == language.Exact {
		if t, ok := try(fr.String()); ok {
			return t
		}
	}
	t, _ := language.Compose(base)
	reg, _ := t.Region() // likely subtags: de → DE, pt → BR
	if c, err := language.Compose(base, reg); err == nil {
		return c
	}
	return t
}

// tldRegion is the region of an address's country-code top-level domain
// ("pt" → "PT", "uk" → "GB"), or "".
func tldRegion(address string) string {
	i := strings.LastIndexByte(address, '.')
	if i < 0 || i+3 != len(address) || !strings.Contains(address, "@") {
		return ""
	}
	tld := strings.ToUpper(address[i+1:])
	if tld == "UK" {
		return "GB"
	}
	return tld
}
