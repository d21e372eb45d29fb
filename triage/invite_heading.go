package triage

import (
	"regexp"
	"strings"
)

// A calendar's text rendering opens with the event's title and, on the
// next line, its date and time ("Site visit - Oakes" / "Thu 3 Dec 2026
// 14:00 - 15:00"). The title is a name the sender gave the event; read
// alone it often looks like an order ("Review lease - Patel", "Check
// brakes on van 2") but it asks nothing.

// dropEventHeading removes an invitation's title line and the date line
// under it. A title put as a question is kept: the sender asked it; a
// first line ending in a comma is a greeting ("Hi Sam,"), not a title.
func dropEventHeading(lines []string) []string {
	i := nextFilled(lines, 0)
	if i < 0 {
		return lines
	}
	j := nextFilled(lines, i+1)
	title := strings.TrimSpace(lines[i])
	if j < 0 || strings.HasSuffix(title, "?") || strings.HasSuffix(title, ",") || len(strings.Fields(title)) > maxEventTitleWords || !eventWhenLine(lines[j]) {
		return lines
	}
	return append(keptLines(lines, i), lines[j+1:]...)
}

// nextFilled is the index of the first non-blank line at or after i, or -1.
func nextFilled(lines []string, i int) int {
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return -1
}

// maxEventTitleWords bounds a title: a longer first line is the sender's
// own text.
const maxEventTitleWords = 12

// eventWhenLine: a calendar's date line names a day or month and a time
// or a year ("Tuesday Mar 3, 2026 ⋅ 9am – 10am", "jeu. 3 déc. 2026
// 14:00 – 15:00").
//
// The line is made of date words: at least most of its words are numbers,
// day or month names, am/pm or a time zone. A sentence that names a day
// and a time ("Does Thursday at 10:30 still work?") is the sender's own.
func eventWhenLine(l string) bool {
	t := strings.ToLower(strings.TrimSpace(l))
	if !clockOrYear.MatchString(t) || strings.HasSuffix(t, "?") || strings.HasSuffix(t, ".") {
		return false
	}
	named, dateWords, n := false, 0, 0
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !isWordRune(r) }) {
		n++
		switch {
		case calendarNames.has(w):
			named = true
			dateWords++
		case clockWords.has(w) || strings.Trim(w, "0123456789apmh") == "":
			dateWords++
		}
	}
	return named && dateWords*3 >= n*2
}

// clockWords are the other words of a calendar's date line: am/pm, time
// zones and the "all day" of a day-long event.
var clockWords = set("am pm gmt bst utc cet cest est edt pst pdt time all day zone")

// clockOrYear finds a clock time ("14:00", "9am", "9.30 pm", "14h00") or a
// year.
var clockOrYear = regexp.MustCompile(`\b(\d{1,2}([:.h]\d{2})?\s?(am|pm)|\d{1,2}[:.h]\d{2}|(19|20)\d\d)\b`)

// calendarNames are day and month names and their short forms in the
// languages whose calendars render invitations here.
var calendarNames = set("mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday " +
	"jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december " +
	"lun lundi mardi mer mercredi jeu jeudi ven vendredi sam samedi dim dimanche janv janvier févr février mars avr avril mai juin juil juillet août déc décembre " +
	"montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli okt oktober dez dezember " +
	"lunes martes miércoles jueves viernes sábado domingo ene enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre " +
	"lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio settembre ottobre novembre dicembre")
