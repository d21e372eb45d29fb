package web

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The charts are plain SVG written on the server: no script, no external
// library, and every label goes through html.EscapeString because it is
// client or rep text. Colours come from CSS classes (s0…s3 for series,
// tier-a…tier-e for tiers), so the stylesheet owns the palette.

// scale maps a domain [d0, d1] linearly onto a range [r0, r1] (pixels).
type scale struct{ d0, d1, r0, r1 float64 }

// at maps v; a degenerate domain maps everything to r0.
func (s scale) at(v float64) float64 {
	if s.d1 == s.d0 {
		return s.r0
	}
	return s.r0 + (v-s.d0)/(s.d1-s.d0)*(s.r1-s.r0)
}

// niceTicks returns about n evenly spaced round values (steps of 1, 2, 2.5
// or 5 × 10^k) covering [lo, hi]; the first is ≤ lo and the last ≥ hi. With
// integer set the step is at least 1, for counts. An empty or inverted
// range is widened so there is always an axis to draw.
func niceTicks(lo, hi float64, n int, integer bool) []float64 {
	if n < 2 {
		n = 2
	}
	if math.IsNaN(lo) || math.IsInf(lo, 0) {
		lo = 0
	}
	if math.IsNaN(hi) || math.IsInf(hi, 0) || hi <= lo {
		hi = lo + 1
		if lo != 0 {
			hi = lo + math.Abs(lo)
		}
	}
	raw := (hi - lo) / float64(n-1)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * mag
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	if integer && step < 1 {
		step = 1
	}
	first := math.Floor(lo/step) * step
	// Round away float noise (0.30000000000000004) at two digits below
	// the step's magnitude (steps like 0.25 need both).
	p := math.Pow(10, 2-math.Floor(math.Log10(step)))
	var ticks []float64
	for i := 0; ; i++ {
		v := math.Round((first+float64(i)*step)*p) / p
		ticks = append(ticks, v)
		if v >= hi-step*1e-9 || i > 100 {
			break
		}
	}
	return ticks
}

// compact writes a number short for an axis: 950, 1.2k, 12k, 3.4M.
func compact(v float64) string {
	a := math.Abs(v)
	switch {
	case a >= 1e9:
		return trimZero(v/1e9, 2) + "G"
	case a >= 1e6:
		return trimZero(v/1e6, 2) + "M"
	case a >= 1e3:
		return trimZero(v/1e3, 2) + "k"
	case a < 1:
		return trimZero(v, 2)
	}
	return trimZero(v, 1)
}

// trimZero writes v with at most prec decimals and no trailing zeros.
func trimZero(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// percent writes a 0–1 rate as a whole percentage.
func percent(v float64) string { return strconv.FormatFloat(v*100, 'f', 0, 64) + "%" }

// shorten cuts s to at most n runes, ending in an ellipsis when cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// series is one named row of values; NaN marks a missing value (a month
// without concluded quotes has no acceptance rate).
type series struct {
	Name   string
	Values []float64
	Tips   []string // hover text per value; default "label: value"
}

// chart is the data and look of one bar, line or stacked chart.
type chart struct {
	Title  string   // accessible name of the SVG
	Labels []string // one per category
	Series []series
	// Tick formats values on the axis and in default tips; default compact.
	Tick func(float64) string
	// Max fixes the top of the value axis (1 for rates); 0 takes it from
	// the data.
	Max     float64
	Integer bool   // the values are counts: whole ticks only
	Empty   string // shown instead of a chart when there is nothing to draw
	Width   int    // viewBox width; default 640
	Height  int    // viewBox height; default 240 (horizontal bars: from the rows)
}

func (c *chart) defaults() {
	if c.Tick == nil {
		c.Tick = compact
	}
	if c.Width == 0 {
		c.Width = 640
	}
	if c.Height == 0 {
		c.Height = 240
	}
	if c.Empty == "" {
		c.Empty = "No data for this selection."
	}
}

// hasData reports whether any series has a value to draw.
func (c *chart) hasData() bool {
	for _, s := range c.Series {
		for _, v := range s.Values {
			if !math.IsNaN(v) {
				return true
			}
		}
	}
	return false
}

// maxValue is the largest value of any series, at least 0.
func (c *chart) maxValue() float64 {
	m := 0.0
	for _, s := range c.Series {
		for _, v := range s.Values {
			if !math.IsNaN(v) && v > m {
				m = v
			}
		}
	}
	return m
}

func (c *chart) tip(si, i int) string {
	s := c.Series[si]
	if i < len(s.Tips) && s.Tips[i] != "" {
		return s.Tips[i]
	}
	label := ""
	if i < len(c.Labels) {
		label = c.Labels[i] + " · "
	}
	return label + s.Name + ": " + c.Tick(s.Values[i])
}

// svg accumulates markup; every text it is given is escaped.
type svg struct{ b strings.Builder }

func (w *svg) f(format string, args ...any) { fmt.Fprintf(&w.b, format, args...) }

func esc(s string) string { return html.EscapeString(s) }

// num writes a coordinate with at most one decimal.
func num(v float64) string { return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64) }

func (w *svg) open(c *chart, kind string, height int) {
	w.f(`<figure class="chart chart-%s"><svg viewBox="0 0 %d %d" role="img" aria-label="%s" preserveAspectRatio="xMidYMid meet">`,
		kind, c.Width, height, esc(c.Title))
	w.f(`<title>%s</title>`, esc(c.Title))
}

// close ends the SVG and adds an HTML legend when there are several series.
func (w *svg) close(names []string, classes []string) template.HTML {
	w.f(`</svg>`)
	if len(names) > 1 {
		w.f(`<ul class="legend">`)
		for i, n := range names {
			w.f(`<li><span class="swatch %s"></span>%s</li>`, classes[i], esc(n))
		}
		w.f(`</ul>`)
	}
	w.f(`</figure>`)
	return template.HTML(w.b.String())
}

func (w *svg) empty(c *chart, kind string) template.HTML {
	w.open(c, kind, c.Height/2)
	w.f(`<text class="empty" x="%d" y="%d" text-anchor="middle">%s</text>`, c.Width/2, c.Height/4, esc(c.Empty))
	return w.close(nil, nil)
}

func seriesClass(i int) string { return "s" + strconv.Itoa(i%4) }

func (c *chart) names() (names, classes []string) {
	for i, s := range c.Series {
		names = append(names, s.Name)
		classes = append(classes, seriesClass(i))
	}
	return names, classes
}

// plot is the drawing area inside the axes.
type plot struct{ left, top, right, bottom float64 }

// valueAxis draws horizontal grid lines and labels for a vertical value
// axis and returns its scale.
func (w *svg) valueAxis(c *chart, p plot) scale {
	hi := c.Max
	if hi == 0 {
		hi = c.maxValue()
	}
	ticks := niceTicks(0, hi, 5, c.Integer)
	s := scale{d0: 0, d1: ticks[len(ticks)-1], r0: p.bottom, r1: p.top}
	for _, t := range ticks {
		y := s.at(t)
		w.f(`<line class="grid" x1="%s" x2="%s" y1="%s" y2="%s"/>`, num(p.left), num(p.right), num(y), num(y))
		w.f(`<text class="tick" x="%s" y="%s" text-anchor="end" dy="0.32em">%s</text>`, num(p.left-6), num(y), esc(c.Tick(t)))
	}
	return s
}

// labelEvery returns k so that every k-th of n category labels fits in
// width pixels at about 7 px per character.
func labelEvery(labels []string, width float64) int {
	longest := 1
	for _, l := range labels {
		longest = max(longest, utf8.RuneCountInString(l))
	}
	need := float64(longest*7 + 8)
	if len(labels) == 0 || width <= 0 {
		return 1
	}
	per := width / float64(len(labels))
	return max(1, int(math.Ceil(need/per)))
}

// labelMargin is the room for row labels left of horizontal bars: the
// longest (shortened) label at about 7.4 px a character in the 12 px label
// font (wide fonts such as DejaVu Sans included), at most 40% of the width.
func labelMargin(labels []string, width int) float64 {
	longest := 0
	for _, l := range labels {
		longest = max(longest, utf8.RuneCountInString(shorten(l, 24)))
	}
	return math.Min(14+7.4*float64(longest), 0.4*float64(width))
}

// categoryLabels writes the x-axis labels under a band layout.
func (w *svg) categoryLabels(c *chart, p plot, band float64) {
	every := labelEvery(c.Labels, p.right-p.left)
	for i, l := range c.Labels {
		if i%every != 0 {
			continue
		}
		x := p.left + band*(float64(i)+0.5)
		w.f(`<text class="tick" x="%s" y="%s" text-anchor="middle">%s</text>`, num(x), num(p.bottom+16), esc(shorten(l, 14)))
	}
	w.f(`<line class="axis" x1="%s" x2="%s" y1="%s" y2="%s"/>`, num(p.left), num(p.right), num(p.bottom), num(p.bottom))
}

// Bars draws vertical grouped bars: one group per label, one bar per series.
func (c chart) Bars() template.HTML {
	c.defaults()
	w := &svg{}
	if len(c.Labels) == 0 || !c.hasData() {
		return w.empty(&c, "bars")
	}
	w.open(&c, "bars", c.Height)
	p := plot{left: 52, top: 10, right: float64(c.Width) - 8, bottom: float64(c.Height) - 26}
	y := w.valueAxis(&c, p)
	band := (p.right - p.left) / float64(len(c.Labels))
	inner := band * 0.8
	bw := inner / float64(len(c.Series))
	for i := range c.Labels {
		x0 := p.left + band*float64(i) + (band-inner)/2
		for si, s := range c.Series {
			if i >= len(s.Values) || math.IsNaN(s.Values[i]) {
				continue
			}
			top := y.at(s.Values[i])
			w.f(`<rect class="bar %s" x="%s" y="%s" width="%s" height="%s"><title>%s</title></rect>`,
				seriesClass(si), num(x0+bw*float64(si)), num(top), num(math.Max(bw-1, 1)), num(p.bottom-top), esc(c.tip(si, i)))
		}
	}
	w.categoryLabels(&c, p, band)
	return w.close(c.names())
}

// HBars draws horizontal grouped bars, one row per label: for names (reps,
// clients) that would not fit under vertical bars.
func (c chart) HBars() template.HTML {
	c.defaults()
	w := &svg{}
	if len(c.Labels) == 0 || !c.hasData() {
		return w.empty(&c, "hbars")
	}
	rowH := 10 + 12*float64(len(c.Series))
	height := int(20 + 24 + rowH*float64(len(c.Labels)))
	w.open(&c, "hbars", height)
	p := plot{left: labelMargin(c.Labels, c.Width), top: 8, right: float64(c.Width) - 16, bottom: float64(height) - 24}
	hi := c.Max
	if hi == 0 {
		hi = c.maxValue()
	}
	ticks := niceTicks(0, hi, 5, c.Integer)
	x := scale{d0: 0, d1: ticks[len(ticks)-1], r0: p.left, r1: p.right}
	for _, t := range ticks {
		xt := x.at(t)
		w.f(`<line class="grid" x1="%s" x2="%s" y1="%s" y2="%s"/>`, num(xt), num(xt), num(p.top), num(p.bottom))
		w.f(`<text class="tick" x="%s" y="%s" text-anchor="middle">%s</text>`, num(xt), num(p.bottom+16), esc(c.Tick(t)))
	}
	bh := 11.0
	for i, l := range c.Labels {
		y0 := p.top + rowH*float64(i) + 5
		w.f(`<text class="label" x="%s" y="%s" text-anchor="end" dy="0.32em"><title>%s</title>%s</text>`,
			num(p.left-6), num(y0+bh*float64(len(c.Series))/2), esc(l), esc(shorten(l, 24)))
		for si, s := range c.Series {
			if i >= len(s.Values) || math.IsNaN(s.Values[i]) {
				continue
			}
			w.f(`<rect class="bar %s" x="%s" y="%s" width="%s" height="%s"><title>%s</title></rect>`,
				seriesClass(si), num(p.left), num(y0+bh*float64(si)), num(x.at(s.Values[i])-p.left), num(bh-1), esc(c.tip(si, i)))
		}
	}
	w.f(`<line class="axis" x1="%s" x2="%s" y1="%s" y2="%s"/>`, num(p.left), num(p.left), num(p.top), num(p.bottom))
	return w.close(c.names())
}

// Line draws each series as a line with a dot per value; a missing value
// breaks the line, and a lone value is just its dot.
func (c chart) Line() template.HTML {
	c.defaults()
	w := &svg{}
	if len(c.Labels) == 0 || !c.hasData() {
		return w.empty(&c, "line")
	}
	w.open(&c, "line", c.Height)
	p := plot{left: 52, top: 10, right: float64(c.Width) - 8, bottom: float64(c.Height) - 26}
	y := w.valueAxis(&c, p)
	band := (p.right - p.left) / float64(len(c.Labels))
	for si, s := range c.Series {
		var d strings.Builder
		pen := false
		for i, v := range s.Values {
			if i >= len(c.Labels) {
				break
			}
			if math.IsNaN(v) {
				pen = false
				continue
			}
			cmd := "L"
			if !pen {
				cmd = "M"
			}
			fmt.Fprintf(&d, "%s%s %s", cmd, num(p.left+band*(float64(i)+0.5)), num(y.at(v)))
			pen = true
		}
		if strings.Count(d.String(), "L") > 0 {
			w.f(`<path class="line %s" d="%s"/>`, seriesClass(si), d.String())
		}
		for i, v := range s.Values {
			if i >= len(c.Labels) || math.IsNaN(v) {
				continue
			}
			w.f(`<circle class="dot %s" cx="%s" cy="%s" r="3.5"><title>%s</title></circle>`,
				seriesClass(si), num(p.left+band*(float64(i)+0.5)), num(y.at(v)), esc(c.tip(si, i)))
		}
	}
	w.categoryLabels(&c, p, band)
	return w.close(c.names())
}

// Stack draws one horizontal bar per label split into the series' shares
// of the row's total (100% stacked): how each rep used the drafts.
func (c chart) Stack() template.HTML {
	c.defaults()
	w := &svg{}
	some := false
	for i := range c.Labels {
		some = some || c.stackTotal(i) > 0
	}
	if !some {
		return w.empty(&c, "stack")
	}
	rowH := 26.0
	height := int(8 + 24 + rowH*float64(len(c.Labels)))
	w.open(&c, "stack", height)
	p := plot{left: labelMargin(c.Labels, c.Width), top: 8, right: float64(c.Width) - 16, bottom: float64(height) - 24}
	x := scale{d0: 0, d1: 1, r0: p.left, r1: p.right}
	for _, t := range []float64{0, 0.25, 0.5, 0.75, 1} {
		xt := x.at(t)
		w.f(`<line class="grid" x1="%s" x2="%s" y1="%s" y2="%s"/>`, num(xt), num(xt), num(p.top), num(p.bottom))
		w.f(`<text class="tick" x="%s" y="%s" text-anchor="middle">%s</text>`, num(xt), num(p.bottom+16), percent(t))
	}
	for i, l := range c.Labels {
		y0 := p.top + rowH*float64(i) + 4
		w.f(`<text class="label" x="%s" y="%s" text-anchor="end" dy="0.32em"><title>%s</title>%s</text>`,
			num(p.left-6), num(y0+(rowH-8)/2), esc(l), esc(shorten(l, 24)))
		w.stackRow(&c, i, x, y0, rowH)
	}
	return w.close(c.names())
}

// stackValue is series s's value in row i, when it has a positive one:
// only those take a share of the row.
func stackValue(s series, i int) (float64, bool) {
	if i >= len(s.Values) || math.IsNaN(s.Values[i]) || s.Values[i] <= 0 {
		return 0, false
	}
	return s.Values[i], true
}

// stackTotal is the sum of row i's positive values.
func (c *chart) stackTotal(i int) float64 {
	t := 0.0
	for _, s := range c.Series {
		if v, ok := stackValue(s, i); ok {
			t += v
		}
	}
	return t
}

// stackRow draws row i's bars, each its share of the row's total, at y0.
func (w *svg) stackRow(c *chart, i int, x scale, y0, rowH float64) {
	t := c.stackTotal(i)
	if t == 0 {
		return
	}
	acc := 0.0
	for si, s := range c.Series {
		v, ok := stackValue(s, i)
		if !ok {
			continue
		}
		share := v / t
		tip := c.tip(si, i)
		if i >= len(s.Tips) || s.Tips[i] == "" {
			tip += " (" + percent(share) + ")"
		}
		w.f(`<rect class="bar %s" x="%s" y="%s" width="%s" height="%s"><title>%s</title></rect>`,
			seriesClass(si), num(x.at(acc)), num(y0), num(x.at(acc+share)-x.at(acc)), num(rowH-8), esc(tip))
		acc += share
	}
}

// point is one dot of a scatter chart.
type point struct {
	X, Y  float64
	Class string // CSS class: the tier colour
	Label string // written beside the dot; "" for none
	Tip   string
	Ring  bool // drawn hollow (a tier set by hand)
}

// band is a shaded region of a scatter chart, in data units; a NaN bound
// extends to the edge of the plot.
type band struct {
	X0, X1, Y0, Y1 float64
	Class          string
	Label          string
}

// scatter is a two-axis chart of points with optional threshold lines and
// shaded regions (the client tier matrix).
type scatter struct {
	Title          string
	XLabel, YLabel string
	XTick, YTick   func(float64) string
	Points         []point
	XLines, YLines []float64 // thresholds, drawn dashed
	Bands          []band
	Empty          string
	Width, Height  int
}

// SVG renders the scatter chart.
func (c scatter) SVG() template.HTML {
	ch := chart{Title: c.Title, Empty: c.Empty, Width: c.Width, Height: c.Height}
	if ch.Height == 0 {
		ch.Height = 400
	}
	ch.defaults()
	if c.XTick == nil {
		c.XTick = compact
	}
	if c.YTick == nil {
		c.YTick = compact
	}
	w := &svg{}
	if len(c.Points) == 0 {
		return w.empty(&ch, "scatter")
	}
	w.open(&ch, "scatter", ch.Height)
	p := plot{left: 60, top: 12, right: float64(ch.Width) - 16, bottom: float64(ch.Height) - 44}
	xmax, ymax := c.extent()
	xt, yt := niceTicks(0, xmax, 6, false), niceTicks(0, ymax, 5, false)
	x := scale{d0: 0, d1: xt[len(xt)-1], r0: p.left, r1: p.right}
	y := scale{d0: 0, d1: yt[len(yt)-1], r0: p.bottom, r1: p.top}
	w.scatterBands(c.Bands, p, x, y)
	w.scatterAxes(&c, p, x, y, xt, yt)
	w.scatterPoints(c.Points, p, x, y)
	return w.close(nil, nil)
}

// extent is the largest x and y to show: every point, and the thresholds
// with room to see which side a dot is on.
func (c *scatter) extent() (xmax, ymax float64) {
	for _, pt := range c.Points {
		xmax, ymax = math.Max(xmax, pt.X), math.Max(ymax, pt.Y)
	}
	for _, v := range c.XLines {
		xmax = math.Max(xmax, v*1.25)
	}
	for _, v := range c.YLines {
		ymax = math.Max(ymax, v*1.25)
	}
	return xmax, ymax
}

// scatterBands shades the labelled regions, clipped to the plot; an open
// (NaN) edge runs to the plot's edge.
func (w *svg) scatterBands(bands []band, p plot, x, y scale) {
	clampX := func(v float64, def float64) float64 {
		if math.IsNaN(v) {
			return def
		}
		return math.Max(p.left, math.Min(p.right, x.at(v)))
	}
	clampY := func(v float64, def float64) float64 {
		if math.IsNaN(v) {
			return def
		}
		return math.Max(p.top, math.Min(p.bottom, y.at(v)))
	}
	for _, b := range bands {
		x0, x1 := clampX(b.X0, p.left), clampX(b.X1, p.right)
		y0, y1 := clampY(b.Y1, p.top), clampY(b.Y0, p.bottom)
		if x1 <= x0 || y1 <= y0 {
			continue
		}
		w.f(`<rect class="region %s" x="%s" y="%s" width="%s" height="%s"/>`, b.Class, num(x0), num(y0), num(x1-x0), num(y1-y0))
		if b.Label != "" {
			w.f(`<text class="region-label" x="%s" y="%s">%s</text>`, num(x0+6), num(y0+14), esc(b.Label))
		}
	}
}

// scatterAxes draws the grid, ticks, axes, dashed thresholds and axis labels.
func (w *svg) scatterAxes(c *scatter, p plot, x, y scale, xt, yt []float64) {
	for _, t := range yt {
		yy := y.at(t)
		w.f(`<line class="grid" x1="%s" x2="%s" y1="%s" y2="%s"/>`, num(p.left), num(p.right), num(yy), num(yy))
		w.f(`<text class="tick" x="%s" y="%s" text-anchor="end" dy="0.32em">%s</text>`, num(p.left-6), num(yy), esc(c.YTick(t)))
	}
	for _, t := range xt {
		xx := x.at(t)
		w.f(`<text class="tick" x="%s" y="%s" text-anchor="middle">%s</text>`, num(xx), num(p.bottom+16), esc(c.XTick(t)))
	}
	w.f(`<line class="axis" x1="%s" x2="%s" y1="%s" y2="%s"/>`, num(p.left), num(p.right), num(p.bottom), num(p.bottom))
	w.f(`<line class="axis" x1="%s" x2="%s" y1="%s" y2="%s"/>`, num(p.left), num(p.left), num(p.top), num(p.bottom))
	for _, v := range c.XLines {
		xx := x.at(v)
		w.f(`<line class="threshold" x1="%s" x2="%s" y1="%s" y2="%s"/>`, num(xx), num(xx), num(p.top), num(p.bottom))
	}
	for _, v := range c.YLines {
		yy := y.at(v)
		w.f(`<line class="threshold" x1="%s" x2="%s" y1="%s" y2="%s"/>`, num(p.left), num(p.right), num(yy), num(yy))
	}
	w.f(`<text class="axis-label" x="%s" y="%s" text-anchor="middle">%s</text>`, num((p.left+p.right)/2), num(p.bottom+36), esc(c.XLabel))
	w.f(`<text class="axis-label" transform="translate(14 %s) rotate(-90)" text-anchor="middle">%s</text>`, num((p.top+p.bottom)/2), esc(c.YLabel))
}

// scatterPoints draws the dots, labels kept inside the plot's right edge.
func (w *svg) scatterPoints(points []point, p plot, x, y scale) {
	for _, pt := range points {
		cx, cy := x.at(pt.X), y.at(pt.Y)
		cls := "point " + pt.Class
		if pt.Ring {
			cls += " ring"
		}
		w.f(`<circle class="%s" cx="%s" cy="%s" r="6"><title>%s</title></circle>`, cls, num(cx), num(cy), esc(pt.Tip))
		if pt.Label != "" {
			anchor, dx := "start", 9.0
			if cx > p.right-120 {
				anchor, dx = "end", -9
			}
			w.f(`<text class="point-label" x="%s" y="%s" text-anchor="%s" dy="0.32em">%s</text>`, num(cx+dx), num(cy), anchor, esc(shorten(pt.Label, 22)))
		}
	}
}
