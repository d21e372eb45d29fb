//go:build !unix

package main

import (
	"fmt"
	"io"
	"os"
)

// readMessageFile reads a small regular file whole into *buf, or returns any
// other file open, to be streamed.
func readMessageFile(name string, buf *[]byte) ([]byte, *os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err // *PathError names the file
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if st.IsDir() {
		f.Close()
		return nil, nil, fmt.Errorf("%s: is a directory", name)
	}
	if !st.Mode().IsRegular() || st.Size() > smallMessage {
		return nil, f, nil
	}
	defer f.Close()
	b := sizedBuffer(buf, st.Size())
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return b, nil, nil
}
