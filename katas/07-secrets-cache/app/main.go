// Command inventory serves a stock list priced by the company's private pricing module, which the build fetches
// with a token.
package main

import (
	"fmt"
	"log"
	"net/http"

	"example.com/inventory/internal/pricing"
)

type item struct {
	name  string
	count int
	cents int
}

var stock = []item{
	{"bolts", 120, 15},
	{"nuts", 300, 5},
	{"washers", 75, 3},
}

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		total := 0
		for _, it := range stock {
			total += pricing.Price(it.count, it.cents)
		}
		fmt.Fprintf(w, "inventory: %d lines, worth %s\n", len(stock), pricing.Format(total))
	})
	log.Print("inventory listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
