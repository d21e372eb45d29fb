//go:build !unix

package main

import "os"

// openInput opens a file to read (see the unix version for why it exists).
func openInput(name string) (*os.File, error) { return os.Open(name) }
