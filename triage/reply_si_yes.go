package triage

// Spanish and Italian mail typed without accents writes the yes "sí" /
// "sì" as "si", the word for "if". Said alone or closed by a comma as the
// sentence's first part ("Si, adelante", "Si, procedi pure") it is the
// yes: a condition's "si" opens a clause ("si el precio es fijo, …").
// Table rows in TestReplyUnaccentedSi.

// unaccentedYes spells such a "si" as "sí" in ws (parts: where the
// sentence's parts start), so the yes cues read it.
func unaccentedYes(ws []string, parts []int) {
	if len(ws) > 0 && ws[0] == "si" && (len(ws) == 1 || len(parts) > 0 && parts[0] == 1) {
		ws[0] = "sí"
	}
}
