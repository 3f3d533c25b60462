module github.com/verbatim-go/verbatim

go 1.24.0

require (
	github.com/PuerkitoBio/goquery v1.11.0
	github.com/google/go-cmp v0.7.0
	github.com/nlnwa/gowarc/v3 v3.1.0
	golang.org/x/net v0.50.0
	golang.org/x/text v0.34.0
)

require (
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/bits-and-blooms/bitset v1.24.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/klauspost/compress v1.18.0 // indirect
	github.com/nlnwa/whatwg-url v0.6.2 // indirect
)
