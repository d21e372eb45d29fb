//go:build unix

package main

import (
	"os"
	"syscall"
)

// openInput opens a file to read as os.Open does, without offering it to
// the runtime's poller: os.Open does that for every file, four fcntl calls
// and an epoll_ctl the kernel refuses for a regular file, which in a batch
// of small messages cost more than reading them.
func openInput(name string) (*os.File, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: name, Err: err}
		}
		return os.NewFile(uintptr(fd), name), nil
	}
}
