package triage

// The person a booking or an account is held under, changed: "change the
// contact on the booking to my wife". One field of a record, a minute's
// admin like the record details of words_kind.go; a contact form or
// contact details printed on a piece are not a record's holder. Table rows
// in TestBookingPerson. (A swapped photo was tried too and taken back:
// on printed pieces the labelled sets count it as reprint work.)

// bookingPersons are the person a booking or an account is held under.
var bookingPersons = set("contact booker holder organiser organizer")

// heldRecords hold a named person: a booking, an account, a membership.
var heldRecords = set("booking bookings reservation account membership registration order ticket tickets entry")

func init() {
	wordClasses["bookperson"] = bookingPersons
	wordClasses["heldrec"] = heldRecords
	registerSignals(bookingPersonSignals, nil)
}

var bookingPersonSignals = []Signal{
	// "change the contact on our booking to …", "update the booker on
	// the block booking": one field of a record.
	quickCue("{detailedit} {det} {bookperson} on {det} {heldrec}|{detailedit} {det} {bookperson} on {det} ... {heldrec}|"+
		"{detailedit} {det} ... {bookperson} on {det} {heldrec}|{detailedit} {det} ... {bookperson} on {det} ... {heldrec}|"+
		"{detailedit} {det} {bookperson} for {det} {heldrec}|{detailedit} {det} {bookperson} for {det} ... {heldrec}",
		detailEditWeight, 2, "info"),
}
