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
	lang                string
	days, shortDays     [7]string // from Sunday
	months, shortMonths [12]string
}

var dateTables = map[string]*dateNames{
	"en": {
		lang:        "en",
		days:        [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		shortDays:   [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
		months:      [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		shortMonths: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	},
	"de": {
		lang:        "de",
		days:        [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
		shortDays:   [7]string{"So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."},
		months:      [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		shortMonths: [12]string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
	},
	"fr": {
		lang:        "fr",
		days:        [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
		shortDays:   [7]string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."},
		months:      [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		shortMonths: [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
	},
	"es": {
		lang:        "es",
		days:        [7]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
		shortDays:   [7]string{"dom", "lun", "mar", "mié", "jue", "vie", "sáb"},
		months:      [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		shortMonths: [12]string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
	},
	"nl": {
		lang:        "nl",
		days:        [7]string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"},
		shortDays:   [7]string{"zo", "ma", "di", "wo", "do", "vr", "za"},
		months:      [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		shortMonths: [12]string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"},
	},
	"it": {
		lang:        "it",
		days:        [7]string{"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"},
		shortDays:   [7]string{"dom", "lun", "mar", "mer", "gio", "ven", "sab"},
		months:      [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		shortMonths: [12]string{"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"},
	},
	"pt": {
		lang:        "pt",
		days:        [7]string{"domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"},
		shortDays:   [7]string{"dom.", "seg.", "ter.", "qua.", "qui.", "sex.", "sáb."},
		months:      [12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		shortMonths: [12]string{"jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."},
	},
}

// datesFor is the table for tag's language; English for languages without
// one (their drafts are in English too: see Drafter).
func datesFor(tag language.Tag) *dateNames {
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
	wd, day, month, year := d.days[t.Weekday()], strconv.Itoa(t.Day()), d.months[t.Month()-1], strconv.Itoa(t.Year())
	switch d.lang {
	case "de":
		return wd + ", " + day + ". " + month + " " + year
	case "es", "pt":
		return wd + ", " + day + " de " + month + " de " + year
	case "fr", "nl", "it":
		return wd + " " + day + " " + month + " " + year
	}
	if f.us {
		return wd + ", " + month + " " + day + ", " + year
	}
	return wd + " " + day + " " + month + " " + year
}

// Attribution is the line above a quoted message, as that language's mail
// programs write it: "On Thu, Apr 2, 2026 at 10:05 AM, Théo wrote:"
// (en-US), "Am Do., 2. Apr. 2026 um 10:05 schrieb Théo:" (de). A zero t
// leaves the date out.
func (f *Formatter) Attribution(t time.Time, who string) string {
	d := f.dates
	if t.IsZero() {
		switch d.lang {
		case "de":
			return who + " schrieb:"
		case "fr":
			return who + " a écrit\u00a0:"
		case "es":
			return who + " escribió:"
		case "nl":
			return who + " schreef:"
		case "it":
			return who + " ha scritto:"
		case "pt":
			return who + " escreveu:"
		}
		return who + " wrote:"
	}
	wd, day, month, year := d.shortDays[t.Weekday()], strconv.Itoa(t.Day()), d.shortMonths[t.Month()-1], strconv.Itoa(t.Year())
	clock := t.Format("15:04")
	switch d.lang {
	case "de":
		return "Am " + wd + ", " + day + ". " + month + " " + year + " um " + clock + " schrieb " + who + ":"
	case "fr":
		return "Le " + wd + " " + day + " " + month + " " + year + " à " + clock + ", " + who + " a écrit\u00a0:"
	case "es":
		return "El " + wd + ", " + day + " " + month + " " + year + " a las " + clock + ", " + who + " escribió:"
	case "nl":
		return "Op " + wd + " " + day + " " + month + " " + year + " om " + clock + " schreef " + who + ":"
	case "it":
		return "Il giorno " + wd + " " + day + " " + month + " " + year + " alle ore " + clock + " " + who + " ha scritto:"
	case "pt":
		return "Em " + wd + ", " + day + " de " + month + " de " + year + " às " + clock + ", " + who + " escreveu:"
	}
	if f.us {
		return "On " + wd + ", " + month + " " + day + ", " + year + " at " + t.Format("3:04 PM") + ", " + who + " wrote:"
	}
	return "On " + wd + ", " + day + " " + month + " " + year + " at " + clock + ", " + who + " wrote:"
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
