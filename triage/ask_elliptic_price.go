package triage

// ellipticPrice: "how much for a full valet", "how much for the two
// lamps", "how much for 200": a price question with its verb left out,
// a question without its question mark as "how much is a full valet"
// is. Table rows in TestEllipticPrice (ask_elliptic_price_test.go).
func ellipticPrice(ws []string) bool {
	return len(ws) > 3 && ws[0] == "how" && ws[1] == "much" && ws[2] == "for" && (detWords.has(ws[3]) || countedItems(ws, 3))
}
