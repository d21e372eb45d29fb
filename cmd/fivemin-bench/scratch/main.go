package main

import (
	"crypto/tls"
	"fmt"
	"os"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/fivemin/fivemin/mailbox/mailtest"
)

type tb struct{}

func (tb) Helper()                   {}
func (tb) Fatal(a ...any)            { panic(fmt.Sprint(a...)) }
func (tb) Fatalf(f string, a ...any) { panic(fmt.Sprintf(f, a...)) }
func (tb) Skipf(f string, a ...any)  { panic(fmt.Sprintf(f, a...)) }
func (tb) Cleanup(func())            {}

func main() {
	d := mailtest.StartDovecotWith(tb{}, mailtest.DovecotOptions{NoFsync: true})
	defer os.RemoveAll(d.Dir)
	u := "u@example.com"
	d.AddUser(tb{}, u, "pw")
	c, err := imapclient.DialStartTLS(d.IMAPAddr(), &imapclient.Options{TLSConfig: &tls.Config{RootCAs: d.CertPool}})
	if err != nil {
		panic(err)
	}
	if err := c.Login(u, "pw").Wait(); err != nil {
		panic(err)
	}
	mode := os.Args[1]
	if mode == "selected" {
		c.Select("Drafts", nil).Wait()
	}
	msg := []byte("From: rep@example.com\r\nTo: c@client.test\r\nSubject: Re: hi\r\nMessage-ID: <x@y>\r\nX-Fivemin-Source: 0123456789abcdef\r\n\r\nThanks, I'll look at it.\r\n")
	for k := 0; k < 10; k++ {
		s0, _ := d.TotalCPUTime()
		t0 := time.Now()
		var cmds []*imapclient.AppendCommand
		for i := 0; i < 1000; i++ {
			cmd := c.Append("Drafts", int64(len(msg)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagDraft, imap.FlagSeen}})
			cmd.Write(msg)
			cmd.Close()
			cmds = append(cmds, cmd)
			if len(cmds) == 100 {
				for _, c := range cmds {
					if _, err := c.Wait(); err != nil {
						panic(err)
					}
				}
				cmds = nil
			}
		}
		s1, _ := d.TotalCPUTime()
		fmt.Printf("%s batch %d: %v per append, server %v\n", mode, k, time.Since(t0)/1000, (s1-s0)/1000)
	}
}
