// Package bloom turns away, without hashing them, most words a word set
// does not hold, in front of the map look-ups of triage's lexicons and of
// language detection.
//
// A Filter has one bit per mix of a word's length and its first, middle
// and last bytes. A set of a few hundred words fills a few per cent of the
// bits, so a word outside it is turned away at the price of four byte
// reads; a word it lets through is looked up as before.
package bloom

const bits = 1 << 14

// Filter is a set of bits; the zero value holds no word.
type Filter [bits / 64]uint64

// index works on strings and byte slices alike, so that callers holding
// either need not convert (and allocate).
func index[T ~string | ~[]byte](w T) uint {
	n := len(w)
	return (uint(w[0])*131 ^ uint(w[n-1])*31 ^ uint(w[n/2])*7 ^ uint(n)*1031) & (bits - 1)
}

// Add adds w; the empty word is never added.
func (f *Filter) Add(w string) {
	if w != "" {
		i := index(w)
		f[i/64] |= 1 << (i % 64)
	}
}

// MayHold is false only for words never added ("" never counts).
func (f *Filter) MayHold(w string) bool {
	if w == "" {
		return false
	}
	i := index(w)
	return f[i/64]&(1<<(i%64)) != 0
}

// MayHoldBytes is MayHold of a word held as bytes.
func (f *Filter) MayHoldBytes(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	i := index(w)
	return f[i/64]&(1<<(i%64)) != 0
}

// Of is a filter holding every word of set.
func Of(set map[string]bool) *Filter {
	f := new(Filter)
	for w := range set {
		f.Add(w)
	}
	return f
}
