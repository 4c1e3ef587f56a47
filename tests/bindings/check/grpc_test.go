//go:build rtcerr_grpc
// +build rtcerr_grpc

// Run by `go test -tags rtcerr_grpc` against Debian's golang-google-grpc-dev
// (GOPATH mode, see run_check.py): an *Error is a gRPC error with rtcerr's
// details, and a status, from rtcerr or from a newer server, reads back; the
// statuses a real rtcerr C++ service answered (RTCERR_GRPC_STATUSES: hex, one
// a line) decode, a G line each written to RTCERR_GRPC_OUT for run_check.py.
package rtcerr

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/golang/protobuf/proto"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	spb "google.golang.org/genproto/googleapis/rpc/status"
	grpccodes "google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func TestCapturedStatuses(t *testing.T) {
	in, out := os.Getenv("RTCERR_GRPC_STATUSES"), os.Getenv("RTCERR_GRPC_OUT")
	if in == "" || out == "" {
		t.Skip("RTCERR_GRPC_STATUSES and RTCERR_GRPC_OUT not set")
	}
	text, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	hexOf := func(s string) string { return hex.EncodeToString([]byte(s)) }
	var lines []string
	for _, line := range strings.Fields(string(text)) {
		data, err := hex.DecodeString(line)
		if err != nil {
			t.Fatal(err)
		}
		var message spb.Status
		if err := proto.Unmarshal(data, &message); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		var returned error
		if e, ok := FromGRPCStatus(status.FromProto(&message)); ok {
			returned = fmt.Errorf("starting: %w", e)
		}
		var e *Error
		if !errors.As(returned, &e) {
			t.Fatalf("not decoded: %s", line)
		}
		http := ""
		if e.HTTPStatus != nil {
			http = strconv.Itoa(*e.HTTPStatus)
		}
		known := "0"
		if e.Known {
			known = "1"
		}
		lines = append(lines, strings.Join([]string{"G", strconv.Itoa(int(e.Code)), known,
			string(e.Domain), e.Name, string(e.Condition), string(e.Retry), http,
			strconv.Itoa(e.GRPCCode), hexOf(e.MessageEn), hexOf(e.Message("zh-CN")),
			hexOf(e.Message("en"))}, "\t"))
	}
	if err := os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestGRPCStatusRoundTrip(t *testing.T) {
	err := fmt.Errorf("starting: %w", GatewaySystemBusy.Err())
	if status.Code(GatewaySystemBusy.Err()) != grpccodes.Unavailable {
		t.Fatalf("status.Code = %v", status.Code(GatewaySystemBusy.Err()))
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatal("errors.As")
	}
	st := e.GRPCStatus()
	back, ok := FromGRPCStatus(st)
	if !ok || back.Code != GatewaySystemBusy || back.MessageZh != GatewaySystemBusy.Info().MessageZh {
		t.Fatalf("FromGRPCStatus: %#v %v", back, ok)
	}
	var info *errdetails.ErrorInfo
	for _, d := range st.Details() {
		if i, ok := d.(*errdetails.ErrorInfo); ok {
			info = i
		}
	}
	if info == nil || info.Reason != "SYSTEM_BUSY" || info.Domain != "gateway" || info.Metadata["code"] != "606000006" {
		t.Fatalf("ErrorInfo: %v", info)
	}
}

func TestGRPCStatusOfANewerServer(t *testing.T) {
	st, err := status.New(grpccodes.ResourceExhausted, "Composition quota exceeded").WithDetails(
		&errdetails.ErrorInfo{Reason: "COMPOSITION_QUOTA_EXCEEDED", Domain: "recording",
			Metadata: map[string]string{"code": "605039999"}})
	if err != nil {
		t.Fatal(err)
	}
	e, ok := FromGRPCStatus(st)
	if !ok || e.Known || e.Name != "composition_quota_exceeded" || e.Domain != DomainRecording ||
		e.MessageEn != "Composition quota exceeded" || e.GRPCCode != 8 {
		t.Fatalf("FromGRPCStatus: %#v %v", e, ok)
	}
	if _, ok := FromGRPCStatus(status.New(grpccodes.Internal, "not rtcerr")); ok {
		t.Fatal("a status without ErrorInfo read as an rtcerr error")
	}
	for _, bad := range []string{"abc", "", "99999999999", "12 ", "+1"} {
		st, _ := status.New(grpccodes.Unknown, "").WithDetails(
			&errdetails.ErrorInfo{Reason: "X", Metadata: map[string]string{"code": bad}})
		if _, ok := FromGRPCStatus(st); ok {
			t.Fatalf("metadata code %q decoded", bad)
		}
	}
}
