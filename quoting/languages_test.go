package quoting

import "sort"

// Languages lists the languages other than English that kind has
// templates in ("de", "fr" ...).
func (d *Drafter) Languages(kind string) []string {
	seen := map[string]bool{}
	var out []string
	for name := range d.text {
		k, _, l := splitTemplateName(name)
		if k == kind && l != "" && !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}
