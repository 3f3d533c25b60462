// Command np parses each file named on the command line with
// golang.org/x/net/html and nothing else: the speed baseline.
package main

import (
	"bytes"
	"fmt"
	"os"

	"golang.org/x/net/html"
)

func main() {
	n := 0
	for _, f := range os.Args[1:] {
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			fmt.Fprintln(os.Stderr, f, err)
			continue
		}
		if doc.FirstChild != nil {
			n++
		}
	}
	fmt.Println(n)
}
