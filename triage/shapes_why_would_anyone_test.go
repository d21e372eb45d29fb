package triage

import "testing"

// TestWhyWouldAnyone: "why would anyone/anybody <verb>…?" wonders at
// people at large and asks the firm nothing; a real party, or the firm
// addressed, still asks.
func TestWhyWouldAnyone(t *testing.T) {
	runAskRows(t, []askRow{
		{"roadworks", "Hi Jan,\n\nWhy would anybody schedule roadworks the week before Christmas? Can you move our delivery to Monday?\n\nKev\n", "Can you move our delivery to Monday?", "Why would anybody schedule roadworks"},
		{"form", "Hello,\n\nThe new council form is twelve pages long. Why would anyone ask for the same address four times? Could you fill in the parts you can?\n\nNell\n", "Could you fill in the parts you can?", "Why would anyone ask for the same address"},
		{"packaging", "Hi,\n\nThe parts arrived in a box the size of a fridge. Why would anyone ship two bolts like that? Is the invoice to follow?\n\nAb\n", "Is the invoice to follow?", "Why would anyone ship two bolts"},
		{"app", "Hi Lena,\n\nWhy would anybody design a booking app with no cancel button? Anyway, can you cancel Friday's lesson for me?\n\nOmar\n", "can you cancel Friday's lesson", "Why would anybody design a booking app"},
		{"fees", "Hi,\n\nWhy would anyone charge a fee to close an account? Please send me the closing statement when you have it.\n\nRi\n", "Please send me the closing statement", "Why would anyone charge a fee"},
		{"guard: someone", "Hi,\n\nWhy would someone change the router password overnight?\n\nIda\n", "Why would someone change the router password", ""},
		{"guard: a real party", "Hi,\n\nWhy would the bank need three months of statements?\n\nIda\n", "Why would the bank need three months", ""},
		{"guard: firm addressed", "Hi,\n\nWhy would anyone in your team need access to our payroll folder?\n\nIda\n", "Why would anyone in your team need access", ""},
	})
}
