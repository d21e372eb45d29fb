package ledger

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"time"
)

// A fact is the compact, fixed-size form of an email or quote that reports
// read. The full record (JSON) stays the source of truth; the fact is
// rewritten from it on every change.
//
// Key (17 bytes): time as big-endian uint64(unix nanoseconds) with the sign
// bit flipped so that byte order is time order; the kind; an FNV-1a hash of
// the source token or quote ID, which only has to separate records with the
// same nanosecond.
//
// Email value (26 bytes, 30 once the reply was sent):
//
//	0    kind (1)
//	1    flags: 1 skipped, 2 drafted, 4 reply sent
//	2    draft usage: 0 unknown, 1 as-is, 2 lightly edited, 3 rewritten, 4 deleted
//	3    reserved, 0
//	4:8  rep id      8:12 client id      12:16 organisation id
//	16:18 questions  18:22 free minutes  22:26 seconds from received to drafted
//	26:30 seconds from received to the reply sent (only with flag 4)
//
// The sent field is appended rather than placed in the reserved byte so
// that facts written before it existed stay valid as they are.
//
// Quote value (32 bytes):
//
//	0    kind (2)
//	1    status: 1 drafted, 2 sent, 3 accepted, 4 declined, 5 expired, 6 withdrawn
//	2    tier: 0 none, 1–5 = A–E
//	3    flags: 1 flagged unclear
//	4:8  rep id      8:12 client id      12:16 organisation id
//	16:20 billed minutes   20:28 total, minor units (int64, ≥ 0)
//	28:31 currency (ISO 4217 letters)    31 reserved, 0
//	32:40 only with flag 2: the agreed amount, minor units (int64, > 0)
//
// Flag 2 (agreed) marks a quote accepted at an amount a person recorded
// (a counter-offer taken); its fact is then 40 bytes, so facts written
// before the amount existed read unchanged.
//
// All integers are big-endian. Every bit is checked on decoding, so a
// decoded fact re-encodes to the same bytes.
const (
	factKeyLen   = 17
	emailFactLen = 26
	sentFactLen  = 30 // an email fact with flagSent
	quoteFactLen = 32

	kindEmail = 1
	kindQuote = 2

	flagSkipped = 1
	flagDrafted = 2
	flagSent    = 4 // email: the rep's reply was seen sent
	flagUnclear = 1
	flagAgreed  = 2

	quoteAgreedFactLen = quoteFactLen + 8
)

// ErrCorrupt marks stored data the ledger cannot read.
var ErrCorrupt = errors.New("corrupt ledger data")

type fact struct {
	kind             uint8
	at               int64 // unix nanoseconds
	hash             uint64
	flags            uint8
	rep, client, org uint32

	// email
	usage     uint8
	questions uint16
	freeMin   uint32
	delay     uint32 // seconds
	response  uint32 // seconds from received to the reply sent

	// quote
	status uint8
	tier   uint8
	billed uint32
	total  int64
	cur    [3]byte
	agreed int64 // with flagAgreed: the amount agreed, minor units
}

// won is the value an accepted quote brought in: the agreed amount when a
// person recorded one, else the quoted total.
func (f *fact) won() int64 {
	if f.flags&flagAgreed != 0 {
		return f.agreed
	}
	return f.total
}

var statusCodes = []Status{1: Drafted, 2: Sent, 3: Accepted, 4: Declined, 5: Expired, 6: Withdrawn}

func statusCode(s Status) uint8 {
	for i, st := range statusCodes {
		if st == s && i > 0 {
			return uint8(i)
		}
	}
	return 0
}

var usageCodes = []EditClass{0: "", 1: AsIs, 2: LightlyEdited, 3: Rewritten, 4: Deleted}

func usageCode(c EditClass) uint8 {
	for i, u := range usageCodes {
		if u == c {
			return uint8(i)
		}
	}
	return 0
}

func tierCode(t string) uint8 {
	if len(t) == 1 && t[0] >= 'A' && t[0] <= 'E' {
		return t[0] - 'A' + 1
	}
	return 0
}

var tierNames = []string{"", "A", "B", "C", "D", "E"}

func idHash(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()
}

// timeKey is the 8-byte, order-preserving encoding of t.
func timeKey(t time.Time) [8]byte {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], uint64(t.UnixNano())^1<<63)
	return k
}

func (f *fact) key() []byte {
	k := make([]byte, factKeyLen)
	binary.BigEndian.PutUint64(k, uint64(f.at)^1<<63)
	k[8] = f.kind
	binary.BigEndian.PutUint64(k[9:], f.hash)
	return k
}

func (f *fact) value() []byte {
	switch f.kind {
	case kindEmail:
		n := emailFactLen
		if f.flags&flagSent != 0 {
			n = sentFactLen
		}
		v := make([]byte, n)
		v[0], v[1], v[2] = kindEmail, f.flags, f.usage
		f.putNames(v)
		binary.BigEndian.PutUint16(v[16:], f.questions)
		binary.BigEndian.PutUint32(v[18:], f.freeMin)
		binary.BigEndian.PutUint32(v[22:], f.delay)
		if n == sentFactLen {
			binary.BigEndian.PutUint32(v[26:], f.response)
		}
		return v
	case kindQuote:
		n := quoteFactLen
		if f.flags&flagAgreed != 0 {
			n = quoteAgreedFactLen
		}
		v := make([]byte, n)
		v[0], v[1], v[2], v[3] = kindQuote, f.status, f.tier, f.flags
		f.putNames(v)
		binary.BigEndian.PutUint32(v[16:], f.billed)
		binary.BigEndian.PutUint64(v[20:], uint64(f.total))
		copy(v[28:31], f.cur[:])
		if n == quoteAgreedFactLen {
			binary.BigEndian.PutUint64(v[32:], uint64(f.agreed))
		}
		return v
	}
	panic("ledger: fact of unknown kind")
}

func (f *fact) putNames(v []byte) {
	binary.BigEndian.PutUint32(v[4:], f.rep)
	binary.BigEndian.PutUint32(v[8:], f.client)
	binary.BigEndian.PutUint32(v[12:], f.org)
}

// decodeFact parses a fact into f, rejecting anything the encoder could not
// have written. It does not allocate.
func decodeFact(k, v []byte, f *fact) error {
	if len(k) != factKeyLen {
		return fmt.Errorf("%w: fact key of %d bytes, want %d", ErrCorrupt, len(k), factKeyLen)
	}
	if len(v) == 0 || v[0] != k[8] {
		return fmt.Errorf("%w: fact %x: kind in key and value differ", ErrCorrupt, k)
	}
	f.kind = k[8]
	f.at = int64(binary.BigEndian.Uint64(k) ^ 1<<63)
	f.hash = binary.BigEndian.Uint64(k[9:])
	var err error
	switch f.kind {
	case kindEmail:
		err = decodeEmailFact(k, v, f)
	case kindQuote:
		err = decodeQuoteFact(k, v, f)
	default:
		err = fmt.Errorf("%w: fact %x of unknown kind %d", ErrCorrupt, k, f.kind)
	}
	if err != nil {
		return err
	}
	f.rep = binary.BigEndian.Uint32(v[4:])
	f.client = binary.BigEndian.Uint32(v[8:])
	f.org = binary.BigEndian.Uint32(v[12:])
	if f.rep == 0 || f.client == 0 || f.org == 0 {
		return fmt.Errorf("%w: fact %x: missing name id", ErrCorrupt, k)
	}
	return nil
}

// decodeEmailFact reads the email-only fields of v (kind, time and hash are
// already set) and zeroes the quote-only ones, so a reused f carries
// nothing over from the previous fact.
func decodeEmailFact(k, v []byte, f *fact) error {
	if len(v) != emailFactLen && len(v) != sentFactLen {
		return fmt.Errorf("%w: email fact %x: %d bytes, want %d or %d", ErrCorrupt, k, len(v), emailFactLen, sentFactLen)
	}
	f.flags, f.usage = v[1], v[2]
	if (f.flags&flagSent != 0) != (len(v) == sentFactLen) {
		return fmt.Errorf("%w: email fact %x: sent flag and length (%d) disagree", ErrCorrupt, k, len(v))
	}
	if f.flags&^(flagSkipped|flagDrafted|flagSent) != 0 || int(f.usage) >= len(usageCodes) || v[3] != 0 {
		return fmt.Errorf("%w: email fact %x: bad flags, usage or reserved byte", ErrCorrupt, k)
	}
	f.questions = binary.BigEndian.Uint16(v[16:])
	f.freeMin = binary.BigEndian.Uint32(v[18:])
	f.delay = binary.BigEndian.Uint32(v[22:])
	f.response = 0
	if len(v) == sentFactLen {
		f.response = binary.BigEndian.Uint32(v[26:])
	}
	if f.flags&flagDrafted == 0 && f.delay != 0 {
		return fmt.Errorf("%w: email fact %x: draft delay without a draft", ErrCorrupt, k)
	}
	f.status, f.tier, f.billed, f.total, f.cur, f.agreed = 0, 0, 0, 0, [3]byte{}, 0
	return nil
}

// decodeQuoteFact is decodeEmailFact for quote facts.
func decodeQuoteFact(k, v []byte, f *fact) error {
	if len(v) != quoteFactLen && len(v) != quoteAgreedFactLen {
		return fmt.Errorf("%w: quote fact %x: %d bytes, want %d or %d", ErrCorrupt, k, len(v), quoteFactLen, quoteAgreedFactLen)
	}
	f.status, f.tier, f.flags = v[1], v[2], v[3]
	if f.status == 0 || int(f.status) >= len(statusCodes) || int(f.tier) >= len(tierNames) || f.flags&^(flagUnclear|flagAgreed) != 0 || v[31] != 0 {
		return fmt.Errorf("%w: quote fact %x: bad status, tier, flags or reserved byte", ErrCorrupt, k)
	}
	f.billed = binary.BigEndian.Uint32(v[16:])
	f.total = int64(binary.BigEndian.Uint64(v[20:]))
	copy(f.cur[:], v[28:31])
	if f.total < 0 || !upperLetters(f.cur) {
		return fmt.Errorf("%w: quote fact %x: negative total or bad currency", ErrCorrupt, k)
	}
	f.agreed = 0
	if (f.flags&flagAgreed != 0) != (len(v) == quoteAgreedFactLen) {
		return fmt.Errorf("%w: quote fact %x: agreed flag and length disagree", ErrCorrupt, k)
	}
	if len(v) == quoteAgreedFactLen {
		f.agreed = int64(binary.BigEndian.Uint64(v[32:]))
		if f.agreed <= 0 {
			return fmt.Errorf("%w: quote fact %x: agreed amount not positive", ErrCorrupt, k)
		}
	}
	f.usage, f.questions, f.freeMin, f.delay, f.response = 0, 0, 0, 0, 0
	return nil
}

func upperLetters(c [3]byte) bool {
	return c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' && c[2] >= 'A' && c[2] <= 'Z'
}

// Name kinds in the names bucket. The same text can be a rep and a client.
const (
	nameRep    = 'r'
	nameClient = 'c'
	nameOrg    = 'o'
)
