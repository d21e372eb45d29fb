package triage

import (
	"math/rand"
	"slices"
	"testing"
)

// TestWordSetHoldsItsWords: a word set finds every word it holds, whatever
// its key bits, and only those: the bitmap turns words away, never the map.
func TestWordSetHoldsItsWords(t *testing.T) {
	sets := map[string]*wordSet{"fillers": fillers, "notKnowing": notKnowing}
	for name, s := range wordClasses {
		sets["class "+name] = s
	}
	for name, s := range sets {
		if s.len() == 0 {
			t.Errorf("%s is empty", name)
		}
		for w := range s.all {
			if !s.has(w) {
				t.Errorf("%s: %q turned away", name, w)
			}
		}
	}
	turned := 0
	for _, w := range []string{"zebra", "quokka", "xylophone", "marmalade", "trombone", "igloo", "the", "also"} {
		k := wordKey(w)
		if fillers.keys[k/64]&(1<<(k%64)) == 0 {
			turned++
		}
		if got, want := fillers.has(w), slices.Contains(slices.Collect(fillers.all), w); got != want {
			t.Errorf("fillers.has(%q) = %v, the set holds %v", w, got, want)
		}
	}
	if turned == 0 {
		t.Error("the key bits turn no word away")
	}
}

// TestWordSetEmpty: the empty word, a nil set and words added later.
func TestWordSetEmpty(t *testing.T) {
	var none *wordSet
	if none.has("a") || none.has("") || none.len() != 0 {
		t.Error("a nil set holds something")
	}
	s := set("")
	if s.has("") || s.len() != 0 {
		t.Error(`set("") holds something`)
	}
	s.add("late")
	s.add("")
	if !s.has("late") || !s.has("") || s.has("lame") {
		t.Errorf("after add: late %v, empty %v, lame %v", s.has("late"), s.has(""), s.has("lame"))
	}
}

// TestWordSetAgreesWithMap: on random words over a small alphabet (so
// that members and strangers share lengths, first and last bytes, the
// key bits), has answers as a map of the members does.
func TestWordSetAgreesWithMap(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	word := func() string {
		b := make([]byte, 1+rng.Intn(6))
		for i := range b {
			b[i] = "abcdé'"[rng.Intn(6)]
		}
		return string(b)
	}
	for range 200 {
		members := map[string]bool{}
		s := &wordSet{}
		for range rng.Intn(300) {
			w := word()
			members[w] = true
			s.add(w)
		}
		for range 200 {
			if w := word(); s.has(w) != members[w] {
				t.Fatalf("has(%q) = %v, a map of the %d members says %v", w, s.has(w), len(members), members[w])
			}
		}
	}
}
