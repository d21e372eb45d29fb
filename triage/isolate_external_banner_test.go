package triage

import "testing"

// TestExternalSenderBanner: the warning a mail system puts on mail from
// outside ("… originated from outside the organisation. Do you know the
// sender? Do not click links …") goes like a legal footer, above or below
// the text, in English, German, Dutch and Spanish; a client's paragraph
// naming one of its phrases stays. Sentences written for the test (a
// bike shop, a bookbinder, a chimney sweep, a dance school).
func TestExternalSenderBanner(t *testing.T) {
	e := New(DefaultConfig())
	ask := "Could you send the invoice for the wheel rebuild again?"
	drops := []string{
		"CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe. Do you know the sender?",
		"[EXTERNAL] This message came from an external sender. Think before you click links or open attachments: is this someone you were expecting to hear from?",
		"ACHTUNG: Diese E-Mail stammt von außerhalb Ihrer Organisation. Klicken Sie nicht auf Links und öffnen Sie keine Anhänge, wenn Sie den Absender nicht kennen. Kennen Sie den Absender?",
		"LET OP: deze e-mail komt van buiten uw organisatie. Klik niet op links en open geen bijlagen tenzij u de afzender vertrouwt. Herkent u de afzender?",
		"PRECAUCIÓN: Este correo procede de fuera de la organización. ¿Conoce al remitente? No haga clic en enlaces ni abra adjuntos si no reconoce al remitente.",
	}
	for _, d := range drops {
		for _, in := range []string{d + "\n\n" + ask, ask + "\n\n" + d} {
			if got := e.Isolate(in); got != ask {
				t.Errorf("banner kept:\n%q\ngot %q", in, got)
			}
		}
	}
	keeps := []string{
		"I can't click links on my work laptop, so could you paste the tracking number for the rebound ledgers into your reply?",
		"Our IT team now flags every email from outside the organisation with a warning, so could you resend the chimney certificate from your own address?",
		"The booking page said the content is safe to share, but could you check whether the Saturday ballet class still has places for two?",
	}
	for _, k := range keeps {
		if got := e.Isolate(k); got != k {
			t.Errorf("paragraph dropped:\n%q\ngot %q", k, got)
		}
	}
}
