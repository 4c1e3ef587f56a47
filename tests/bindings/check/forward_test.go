// Run by `go test` inside the generated module (copied in by run_check.py):
// the error type with errors.Is and errors.As, success never a non-nil
// error, and a code this package has never seen through FromValue, NewError
// and DecodeProblem without a panic.
package rtcerr

import (
	"errors"
	"fmt"
	"testing"
)

func TestSuccessIsNoError(t *testing.T) {
	if err := Success.Err(); err != nil {
		t.Fatalf("Success.Err() = %v, want nil", err)
	}
	if err := NewError(0); err != nil {
		t.Fatalf("NewError(0) = %v, want nil", err)
	}
}

func TestErrorsIsAndAs(t *testing.T) {
	err := fmt.Errorf("starting the recording: %w", GatewaySystemBusy.Err())
	if !errors.Is(err, GatewaySystemBusy.Err()) {
		t.Fatal("errors.Is does not find the code through a wrap")
	}
	if errors.Is(err, GatewayRequestTimeout.Err()) {
		t.Fatal("errors.Is matches another code")
	}
	var e *Error
	if !errors.As(err, &e) || e.Retry != RetryBackoff || e.HTTPStatus == nil || *e.HTTPStatus != 503 {
		t.Fatalf("errors.As: %#v", e)
	}
}

func TestForwardCompatible(t *testing.T) {
	if _, ok := FromValue(605039999); ok {
		t.Fatal("FromValue accepted a number the package does not list")
	}
	var e *Error
	if !errors.As(NewError(605039999), &e) || e.Known || e.Domain != DomainRecording {
		t.Fatalf("NewError(605039999) = %#v", e)
	}
	d, err := DecodeProblem([]byte(`{"code":605039999,"status":503,"title":"New","name":"new_code","retryable":true}`))
	if err != nil || d.Known || d.Name != "new_code" || d.Retry != RetryBackoff || d.Message("fr") != "New" {
		t.Fatalf("DecodeProblem: %#v, %v", d, err)
	}
	if _, err := DecodeProblem([]byte(`{"code":"1"}`)); err == nil {
		t.Fatal("a string code decoded")
	}
}
