// Exercises the generated Go module, required by this consumer module: prints, for check.py to compare
// with the catalogue, a few constants (Go cannot list them), every code of
// the codes file as Lookup reports it (texts as hex of their UTF-8 bytes),
// and the count.
package main

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"rtcerr.io/rtcerr"
)

// columns is how the check prints Known (1 or 0) and HTTPStatus ("" for none).
func columns(i rtcerr.Info) (int, string) {
	known, http := 0, ""
	if i.Known {
		known = 1
	}
	if i.HTTPStatus != nil {
		http = strconv.Itoa(*i.HTTPStatus)
	}
	return known, http
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, c := range []struct {
		name string
		code rtcerr.Code
	}{
		{"Success", rtcerr.Success},
		{"EngineInvalidArgument", rtcerr.EngineInvalidArgument},
		{"RecordingStreamDataTimeout", rtcerr.RecordingStreamDataTimeout},
		{"GatewaySystemBusy", rtcerr.GatewaySystemBusy},
	} {
		fmt.Fprintf(w, "E\t%s\t%d\n", c.name, c.code)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	for _, line := range strings.Fields(string(data)) {
		n, err := strconv.ParseInt(line, 10, 32)
		if err != nil {
			panic(err)
		}
		i := rtcerr.Lookup(int32(n))
		known, http := columns(i)
		fmt.Fprintf(w, "C\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", i.Code, known, i.Domain,
			i.Name, hex.EncodeToString([]byte(i.MessageZh)), hex.EncodeToString([]byte(i.MessageEn)),
			hex.EncodeToString([]byte(i.HintZh)), hex.EncodeToString([]byte(i.HintEn)), i.Condition,
			i.Retry, http, i.GRPCCode)
	}
	fmt.Fprintf(w, "N\t%d\n", len(rtcerr.All()))

	// Issue 29: FromValue, the error type from any number, problem+json bodies.
	for _, line := range strings.Fields(string(data)) {
		n, _ := strconv.ParseInt(line, 10, 32)
		_, ok := rtcerr.FromValue(int32(n))
		known := 0
		if ok {
			known = 1
		}
		code := int64(0)
		var e *rtcerr.Error
		if err := rtcerr.NewError(int32(n)); errors.As(err, &e) {
			code = int64(e.Code)
		} else if err != nil || n != 0 {
			fmt.Fprintf(w, "X\tNewError(%d) = %v\n", n, err)
		}
		fmt.Fprintf(w, "V\t%d\t%d\t%d\n", n, known, code)
	}
	bodies, err := os.ReadFile(filepath.Join(filepath.Dir(os.Args[1]), "problems.txt"))
	if err != nil {
		panic(err)
	}
	for _, body := range strings.Split(strings.TrimSpace(string(bodies)), "\n") {
		e, err := rtcerr.DecodeProblem([]byte(body))
		if err != nil {
			fmt.Fprintf(w, "X\tnot decoded: %v: %s\n", err, body)
			continue
		}
		known, http := columns(e.Info)
		fmt.Fprintf(w, "P\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", e.Code, known,
			e.Domain, e.Name, e.Condition, e.Retry, http, hex.EncodeToString([]byte(e.MessageEn)),
			hex.EncodeToString([]byte(e.MessageZh)), hex.EncodeToString([]byte(e.Message("zh-CN"))),
			hex.EncodeToString([]byte(e.Message("fr"))), e.GRPCCode)
	}
}
