//go:build unix

package main

import (
	"fmt"
	"io"
	"os"
	"syscall"
)

// readMessageFile reads a small regular file whole into *buf, or returns any
// other file open, to be streamed. It uses the system calls themselves:
// os.Open offers every file to the runtime's poller (four fcntl calls and
// an epoll_ctl the kernel refuses for a regular file), which in a batch of
// small messages cost more than reading them.
func readMessageFile(name string, buf *[]byte) ([]byte, *os.File, error) {
	var fd int
	err := retryEINTR(func() (err error) {
		fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		return err
	})
	if err != nil {
		return nil, nil, &os.PathError{Op: "open", Path: name, Err: err}
	}
	var st syscall.Stat_t
	if err := retryEINTR(func() error { return syscall.Fstat(fd, &st) }); err != nil {
		_ = syscall.Close(fd)
		return nil, nil, &os.PathError{Op: "stat", Path: name, Err: err}
	}
	switch typ := st.Mode & syscall.S_IFMT; {
	case typ == syscall.S_IFDIR:
		_ = syscall.Close(fd)
		return nil, nil, fmt.Errorf("%s: is a directory", name)
	case typ != syscall.S_IFREG || st.Size > smallMessage:
		return nil, os.NewFile(uintptr(fd), name), nil
	}
	b := sizedBuffer(buf, st.Size)
	err = readFull(fd, name, b)
	_ = syscall.Close(fd) // read-only: nothing to lose
	if err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return b, nil, nil
}

// readFull fills b as io.ReadFull does from an *os.File.
func readFull(fd int, name string, b []byte) error {
	for n := 0; n < len(b); {
		var m int
		err := retryEINTR(func() (err error) {
			m, err = syscall.Read(fd, b[n:])
			return err
		})
		switch {
		case err != nil:
			return &os.PathError{Op: "read", Path: name, Err: err}
		case m == 0 && n == 0:
			return io.EOF
		case m == 0:
			return io.ErrUnexpectedEOF
		}
		n += m
	}
	return nil
}

func retryEINTR(f func() error) error {
	for {
		if err := f(); err != syscall.EINTR {
			return err
		}
	}
}
