package triage

import "testing"

// TestSurfaceKindAsked: "can you <work> on <a kind of thing>?" asks whether
// the firm works on such things, a yes or no (shapes_ablework.go
// surfaceKindAsked); a determiner, an object before "on", a number or a
// day makes it a job or a time.
func TestSurfaceKindAsked(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"embroider on a kind of garment", "Can you embroider on fleece jackets?",
			[]string{"quick: Can you embroider on fleece jackets?"}},
		{"paint on a material", "Are you able to paint on glass?",
			[]string{"quick: Are you able to paint on glass?"}},
		{"stitch onto a material", "Could you stitch onto waxed canvas?",
			[]string{"quick: Could you stitch onto waxed canvas?"}},
		// Guards: a job on the client's thing, an object named, a number.
		{"on the sleeve", "Can you embroider on the left sleeve?",
			[]string{"paid: Can you embroider on the left sleeve?"}},
		{"an object before on", "Can you embroider our logo on fleece jackets?",
			[]string{"paid: Can you embroider our logo on fleece jackets?"}},
		{"on the back", "Could you paint on the back wall of the shop?",
			[]string{"paid: Could you paint on the back wall of the shop?"}},
		{"a number of things", "Can you embroider on 40 polo shirts?",
			[]string{"paid: Can you embroider on 40 polo shirts?"}},
	})
}
