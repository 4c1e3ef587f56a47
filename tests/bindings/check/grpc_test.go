//go:build rtcerr_grpc
// +build rtcerr_grpc

// Run by `go test -tags rtcerr_grpc` against Debian's golang-google-grpc-dev
// (GOPATH mode, see run_check.py): an *Error is a gRPC error with rtcerr's
// details, and a status, from rtcerr or from a newer server, reads back.
package rtcerr

import (
	"errors"
	"fmt"
	"testing"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	grpccodes "google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

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
		e.MessageEn != "Composition quota exceeded" {
		t.Fatalf("FromGRPCStatus: %#v %v", e, ok)
	}
	if _, ok := FromGRPCStatus(status.New(grpccodes.Internal, "not rtcerr")); ok {
		t.Fatal("a status without ErrorInfo read as an rtcerr error")
	}
}
