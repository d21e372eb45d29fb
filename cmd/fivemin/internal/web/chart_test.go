package web

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestScale(t *testing.T) {
	for _, tc := range []struct {
		s    scale
		v    float64
		want float64
	}{
		{scale{0, 10, 0, 100}, 5, 50},
		{scale{0, 10, 0, 100}, 0, 0},
		{scale{0, 10, 0, 100}, 10, 100},
		{scale{0, 10, 200, 0}, 2.5, 150},  // inverted range: SVG y grows downwards
		{scale{0, 10, 0, 100}, 12, 120},   // outside the domain extrapolates
		{scale{-5, 5, 0, 100}, 0, 50},     // negative domain
		{scale{3, 3, 40, 90}, 3, 40},      // degenerate domain: no division by zero
		{scale{0, 1, 52, 632}, 0.25, 197}, // a rate axis
	} {
		if got := tc.s.at(tc.v); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%+v.at(%v) = %v, want %v", tc.s, tc.v, got, tc.want)
		}
	}
}

func TestNiceTicks(t *testing.T) {
	for _, tc := range []struct {
		lo, hi  float64
		n       int
		integer bool
		want    []float64
	}{
		{0, 1, 5, false, []float64{0, 0.25, 0.5, 0.75, 1}},
		{0, 3300, 5, false, []float64{0, 1000, 2000, 3000, 4000}},
		{0, 1000, 5, false, []float64{0, 250, 500, 750, 1000}},
		{0, 0, 5, false, []float64{0, 0.25, 0.5, 0.75, 1}}, // empty data still gets an axis
		{0, 3, 5, true, []float64{0, 1, 2, 3}},             // counts: no half quotes
		{0, 0.4, 5, true, []float64{0, 1}},
		{0, 7, 5, true, []float64{0, 2, 4, 6, 8}},
		{0, 1e6, 5, false, []float64{0, 250000, 500000, 750000, 1e6}},
		{-5, 5, 5, false, []float64{-5, -2.5, 0, 2.5, 5}},
		{0, 0.3, 4, false, []float64{0, 0.1, 0.2, 0.3}}, // no 0.30000000000000004
		{0, math.NaN(), 5, false, []float64{0, 0.25, 0.5, 0.75, 1}},
		{5, 2, 5, false, []float64{4, 6, 8, 10}}, // inverted range widened upwards
	} {
		got := niceTicks(tc.lo, tc.hi, tc.n, tc.integer)
		if !slices.Equal(got, tc.want) {
			t.Errorf("niceTicks(%v, %v, %d, %v) = %v, want %v", tc.lo, tc.hi, tc.n, tc.integer, got, tc.want)
		}
	}
}

func TestCompact(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{
		{0, "0"}, {5, "5"}, {0.25, "0.25"}, {12.5, "12.5"}, {950, "950"}, {1000, "1k"}, {1250, "1.25k"}, {1234, "1.23k"},
		{12000, "12k"}, {2500000, "2.5M"}, {3e9, "3G"}, {-1500, "-1.5k"}, {-0.001, "0"},
	} {
		if got := compact(tc.v); got != tc.want {
			t.Errorf("compact(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

var rectRe = regexp.MustCompile(`<rect class="bar (s\d)" x="([\d.-]+)" y="([\d.-]+)" width="([\d.-]+)" height="([\d.-]+)">`)

type rect struct {
	class      string
	x, y, w, h float64
}

func rects(t *testing.T, svg string) []rect {
	t.Helper()
	var out []rect
	for _, m := range rectRe.FindAllStringSubmatch(svg, -1) {
		f := func(s string) float64 {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		out = append(out, rect{m[1], f(m[2]), f(m[3]), f(m[4]), f(m[5])})
	}
	return out
}

func TestBars(t *testing.T) {
	t.Run("heights are proportional from a zero baseline", func(t *testing.T) {
		svg := string(chart{Title: "t", Labels: []string{"Jan", "Feb", "Mar"}, Series: []series{{Name: "Quoted", Values: []float64{10, 5, 0}}}}.Bars())
		rs := rects(t, svg)
		if len(rs) != 3 {
			t.Fatalf("%d bars, want 3:\n%s", len(rs), svg)
		}
		// Plot from y=10 to y=214; ticks 0..10 so the top bar is full height.
		if rs[0].h != 204 || rs[1].h != 102 || rs[2].h != 0 {
			t.Errorf("bar heights %v %v %v, want 204 102 0", rs[0].h, rs[1].h, rs[2].h)
		}
		for _, r := range rs {
			if r.y+r.h != 214 {
				t.Errorf("bar %+v does not stand on the baseline 214", r)
			}
		}
		if !(rs[0].x < rs[1].x && rs[1].x < rs[2].x) {
			t.Error("bars are not in label order")
		}
		if strings.Contains(svg, `class="legend"`) {
			t.Error("a single series needs no legend")
		}
	})
	t.Run("grouped series side by side with a legend", func(t *testing.T) {
		svg := string(chart{Labels: []string{"Jan"}, Series: []series{{Name: "Quoted", Values: []float64{4}}, {Name: "Won", Values: []float64{math.NaN()}}}}.Bars())
		rs := rects(t, svg)
		if len(rs) != 1 || rs[0].class != "s0" {
			t.Fatalf("bars %+v: want one, the missing value skipped", rs)
		}
		if !strings.Contains(svg, `<span class="swatch s1"></span>Won`) {
			t.Error("no legend entry for the second series")
		}
	})
	t.Run("empty", func(t *testing.T) {
		for _, c := range []chart{
			{Empty: "Nothing here"},
			{Empty: "Nothing here", Labels: []string{"Jan"}, Series: []series{{Name: "x", Values: []float64{math.NaN()}}}},
		} {
			svg := string(c.Bars())
			if !strings.Contains(svg, "Nothing here") || strings.Contains(svg, "<rect") {
				t.Errorf("empty chart:\n%s", svg)
			}
		}
	})
}

func TestHBarsEscapeAndScale(t *testing.T) {
	svg := string(chart{Title: `<b>"by client"</b>`, Labels: []string{`<script>alert(1)</script>`, "b"},
		Series: []series{{Name: "Quoted", Values: []float64{100, 50}}}, Width: 640}.HBars())
	if strings.Contains(svg, "<script>") || strings.Contains(svg, "<b>") {
		t.Fatalf("unescaped text:\n%s", svg)
	}
	if !strings.Contains(svg, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(svg, "&lt;b&gt;&#34;by client&#34;&lt;/b&gt;") {
		t.Errorf("escaped label or title missing:\n%s", svg)
	}
	rs := rects(t, svg)
	if len(rs) != 2 || math.Abs(rs[0].w-2*rs[1].w) > 0.2 {
		t.Errorf("bar widths %+v, want the first twice the second", rs)
	}
}

func TestLine(t *testing.T) {
	t.Run("one point is a dot", func(t *testing.T) {
		svg := string(chart{Labels: []string{"Mar 2025"}, Series: []series{{Name: "rate", Values: []float64{0.5}}}, Max: 1, Tick: percent}.Line())
		if strings.Count(svg, "<circle") != 1 || strings.Contains(svg, "<path") {
			t.Errorf("want one dot and no line:\n%s", svg)
		}
		if !strings.Contains(svg, "Mar 2025 · rate: 50%") {
			t.Errorf("default tip missing:\n%s", svg)
		}
	})
	t.Run("a gap breaks the line", func(t *testing.T) {
		svg := string(chart{Labels: []string{"a", "b", "c", "d", "e"}, Series: []series{{Name: "rate", Values: []float64{0.5, 1, math.NaN(), 0.7, 0.8}}}, Max: 1}.Line())
		path := regexp.MustCompile(`<path class="line s0" d="([^"]+)"`).FindStringSubmatch(svg)
		if path == nil {
			t.Fatalf("no line:\n%s", svg)
		}
		if strings.Count(path[1], "M") != 2 || strings.Count(path[1], "L") != 2 {
			t.Errorf("path %q: want two segments of two points", path[1])
		}
		if strings.Count(svg, "<circle") != 4 {
			t.Errorf("%d dots, want 4", strings.Count(svg, "<circle"))
		}
		// Max 1 fixes the axis: the value 1 sits at the top of the plot.
		if !strings.Contains(svg, `cy="10"`) {
			t.Errorf("the value 1 is not at the top of the plot:\n%s", svg)
		}
	})
	t.Run("empty", func(t *testing.T) {
		svg := string(chart{Labels: []string{"a"}, Series: []series{{Values: []float64{math.NaN()}}}, Empty: "No decisions"}.Line())
		if !strings.Contains(svg, "No decisions") || strings.Contains(svg, "<circle") {
			t.Errorf("empty line chart:\n%s", svg)
		}
	})
}

func TestStack(t *testing.T) {
	svg := string(chart{Labels: []string{"ann", "dan", "nobody"}, Series: []series{
		{Name: "as is", Values: []float64{3, 1, 0}}, {Name: "edited", Values: []float64{1, 0, 0}}, {Name: "deleted", Values: []float64{0, 1, 0}},
	}, Width: 640}.Stack())
	rs := rects(t, svg)
	if len(rs) != 4 {
		t.Fatalf("%d segments, want 4 (zeros drawn as nothing):\n%s", len(rs), svg)
	}
	// Each row fills the same full width, split by share.
	full := rs[0].w + rs[1].w
	if math.Abs(full-(rs[2].w+rs[3].w)) > 0.2 || math.Abs(rs[0].w-3*rs[1].w) > 0.2 {
		t.Errorf("segments %+v: want rows of equal width split 3:1 and 1:1", rs)
	}
	if !strings.Contains(svg, "ann · as is: 3 (75%)") {
		t.Errorf("tip with share missing:\n%s", svg)
	}
	if e := string(chart{Labels: []string{"ann"}, Series: []series{{Name: "x", Values: []float64{0}}}}.Stack()); strings.Contains(e, "<rect") {
		t.Error("all-zero stack drew bars")
	}
}

func TestScatter(t *testing.T) {
	s := scatter{Title: "m", Points: []point{
		{X: 0.5, Y: 100, Class: "tier-a", Label: "<acme>", Tip: "acme"},
		{X: 2, Y: 10, Class: "tier-e", Ring: true},
	}, XLines: []float64{1}, YLines: []float64{50}, Bands: []band{{X0: math.NaN(), X1: 1, Y0: 50, Y1: math.NaN(), Class: "tier-a", Label: "A"}}}
	svg := string(s.SVG())
	if strings.Count(svg, `<circle class="point`) != 2 || !strings.Contains(svg, `class="point tier-e ring"`) {
		t.Errorf("points wrong:\n%s", svg)
	}
	if strings.Count(svg, `class="threshold"`) != 2 {
		t.Errorf("want two threshold lines:\n%s", svg)
	}
	if !strings.Contains(svg, "&lt;acme&gt;") || strings.Contains(svg, "<acme>") {
		t.Error("point label not escaped")
	}
	// The A band runs from the left edge to x=1 and from y=50 to the top.
	m := regexp.MustCompile(`<rect class="region tier-a" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/>`).FindStringSubmatch(svg)
	if m == nil || m[1] != "60" || m[2] != "12" {
		t.Errorf("A region %v: want it anchored at the plot's top-left (60, 12)", m)
	}
	if e := string(scatter{Empty: "No clients"}.SVG()); !strings.Contains(e, "No clients") || strings.Contains(e, "<circle") {
		t.Error("empty scatter")
	}
}

func TestShortenAndLabelEvery(t *testing.T) {
	if got := shorten("abcdefgh", 5); got != "abcd…" {
		t.Errorf("shorten = %q", got)
	}
	if got := shorten("ünïcödé", 7); got != "ünïcödé" {
		t.Errorf("shorten cut a string that fits: %q", got)
	}
	months := make([]string, 36)
	for i := range months {
		months[i] = "Jan 2025"
	}
	if k := labelEvery(months, 580); k < 2 {
		t.Errorf("36 month labels in 580px: every %d, want thinning", k)
	}
	if k := labelEvery(months[:4], 580); k != 1 {
		t.Errorf("4 labels: every %d, want all", k)
	}
}
