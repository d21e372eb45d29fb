package app

import "time"

// clockSkew is how far ahead of this machine's clock a server's or a
// sender's time may be and still be believed.
const clockSkew = 5 * time.Minute

// arrival is when a client's email arrived, for first response time: the
// server's INTERNALDATE, else the message's Date header. A time in the
// future (a sender's wrong clock, a server's odd INTERNALDATE) is not
// believed, and now is used; a time slightly ahead is taken as now.
func arrival(internal, date, now time.Time) time.Time {
	for _, t := range []time.Time{internal, date} {
		if t.IsZero() || t.After(now.Add(clockSkew)) {
			continue
		}
		if t.After(now) {
			return now
		}
		return t
	}
	return now
}
