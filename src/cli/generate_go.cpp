// Go: a module. go.mod names the module path (--package); rtcerr_codes.go
// (package --namespace) holds a `Code` type (not an error: `Code.Err()` is
// nil for success); an `Info` struct whose HTTPStatus is nil where there is
// none; `Lookup(int32)`, which accepts any number a peer sends; `FromValue`;
// the `*Error` type to return, made by `NewError` from any number; and
// `DecodeProblem` for problem+json bodies. rtcerr_grpc.go, built with
// -tags rtcerr_grpc, makes *Error a gRPC error (GRPCStatus) and reads one
// back (FromGRPCStatus). The output is gofmt-clean: declarations that gofmt would
// align are separated by blank lines or written one per line without columns.
#include "generate.hpp"
#include "text_file.hpp"

#include <algorithm>
#include <utility>

namespace rtcerr::cli {
namespace {

// rtcerr_grpc.go, built with -tags rtcerr_grpc: GRPCStatus and
// FromGRPCStatus ("@PKG@": the package name).
constexpr std::string_view grpc_go = R"~(//go:build rtcerr_grpc
// +build rtcerr_grpc

// The gRPC side of @PKG@, built with -tags rtcerr_grpc (the module does not
// require gRPC otherwise; a module that builds with the tag requires
// google.golang.org/grpc and google.golang.org/genproto itself).

package @PKG@

import (
	"strconv"
	"strings"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	grpccodes "google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// GRPCStatus makes an *Error a gRPC error (status.FromError and status.Code
// read it), with the details rtcerr's C++ services write (rtcerr/grpc.hpp):
// an ErrorInfo (reason: the name in UPPER_SNAKE; domain; metadata "code",
// "domain", "name", "condition", "retry") and a LocalizedMessage with the
// Chinese text.
func (e *Error) GRPCStatus() *status.Status {
	st := status.New(grpccodes.Code(e.GRPCCode), e.MessageEn)
	detailed, err := st.WithDetails(
		&errdetails.ErrorInfo{Reason: strings.ToUpper(e.Name), Domain: string(e.Domain),
			Metadata: map[string]string{"code": strconv.FormatInt(int64(e.Code), 10),
				"domain": string(e.Domain), "name": e.Name, "condition": string(e.Condition),
				"retry": string(e.Retry)}},
		&errdetails.LocalizedMessage{Locale: "zh-CN", Message: e.MessageZh})
	if err != nil {
		return st
	}
	return detailed
}

// FromGRPCStatus reads the rtcerr error a status carries: the code in its
// ErrorInfo's metadata (a decimal int32, kept as is, known or not). What the
// server sent wins over this package's catalogue, so that a code a newer
// server knows keeps its name (metadata "name", else the reason in lower
// case), domain, condition and retry policy; the status message is the
// English text, a LocalizedMessage the text of its language. False for a
// status without such an ErrorInfo (a server that does not use rtcerr).
func FromGRPCStatus(st *status.Status) (*Error, bool) {
	details := st.Details()
	for _, detail := range details {
		info, ok := detail.(*errdetails.ErrorInfo)
		if !ok {
			continue
		}
		number := info.Metadata["code"]
		code, err := strconv.ParseInt(number, 10, 32)
		if err != nil || strings.HasPrefix(number, "+") {
			continue
		}
		e := &Error{Info: Lookup(int32(code))}
		if name := info.Metadata["name"]; name != "" {
			e.Name = name
		} else if !e.Known && info.Reason != "" && info.Reason != "UNKNOWN" {
			e.Name = strings.ToLower(info.Reason)
		}
		for _, r := range ranges {
			if string(r.domain) == info.Metadata["domain"] {
				e.Domain = r.domain
			}
		}
		for _, c := range conditions {
			if string(c) == info.Metadata["condition"] {
				e.Condition = c
			}
		}
		retried := false
		for _, r := range retries {
			if string(r) == info.Metadata["retry"] {
				e.Retry, retried = r, true
			}
		}
		for _, d := range details {
			switch m := d.(type) {
			case *errdetails.RetryInfo:
				if !retried && !e.Known {
					e.Retry = RetryBackoff
				}
			case *errdetails.LocalizedMessage:
				if m.Message == "" {
					continue
				}
				switch strings.ToLower(strings.SplitN(strings.Replace(m.Locale, "_", "-", -1), "-", 2)[0]) {
@CASES@				}
			}
		}
		if st.Message() != "" {
			e.MessageEn = st.Message()
		}
		if st.Code() != grpccodes.OK {
			e.GRPCCode = int(st.Code())
		}
		return e, true
	}
	return nil, false
}
)~";

constexpr literal_syntax lit{unicode_escape::u_and_big_u, "", "nil", "httpStatus"};

// Lines of a const block "\tNAME TYPE = VALUE", names padded as gofmt
// aligns them.
std::string const_block(const std::vector<std::pair<std::string, std::string>>& specs,
                        std::string_view type) {
  std::size_t width = 0;
  for (const auto& spec : specs) width = std::max(width, spec.first.size());
  std::string out;
  for (const auto& [name, value] : specs)
    out += "\t" + name + std::string(width - name.size() + 1, ' ') + std::string(type) + " = " +
           value + "\n";
  return out;
}

}  // namespace

std::string go_constant(const model_code& code, const generate_options& options) {
  return options.name_space + "." + pascal_case(qualified_name(code));
}

std::vector<generated_file> generate_go(const catalogue_model& model,
                                        const generate_options& options) {
  std::string out = "// Code generated by rtcerr generate; DO NOT EDIT.\n\n";
  out += generated_header(
      model, "// ", "Package " + options.name_space + " holds the RTC platform's error codes.");
  out += R"(//
// Branch on Lookup(code).Condition (shared across domains) or compare with
// the Code constants. Lookup never fails: a number that is not listed here
// (a newer server's code) gives Known == false, the number as received and
// the domain whose range holds it.
package )" +
         options.name_space + R"(

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
)

// CatalogueVersion is the version of the catalogue these codes come from.
const CatalogueVersion = )" +
         lit(model.version) + R"(

// CatalogueFingerprint identifies the catalogue's contents.
const CatalogueFingerprint = )" +
         lit(model.fingerprint) + R"(

// Domain is the subsystem whose range holds a code; "unknown" for 0 and
// numbers outside every range.
type Domain string

// Condition is the kind of failure, shared across domains: branch on it.
type Condition string

// Retry says what to do before trying again.
type Retry string

// The domains.
const (
)";
  std::vector<std::pair<std::string, std::string>> specs;
  for (const model_domain& d : model.domains)
    specs.emplace_back("Domain" + pascal_case(d.name), lit(d.name));
  specs.emplace_back("DomainUnknown", "\"unknown\"");
  out += const_block(specs, "Domain") + ")\n\n// The conditions.\nconst (\n";
  specs.clear();
  for (const std::string& c : model.conditions)
    specs.emplace_back("Condition" + pascal_case(c), lit(c));
  out += const_block(specs, "Condition") + ")\n\n// The retry policies.\nconst (\n";
  specs.clear();
  for (const std::string& r : model.retries) specs.emplace_back("Retry" + pascal_case(r), lit(r));
  out += const_block(specs, "Retry");
  out +=
      ")\n\nvar conditions = []Condition{" +
      joined(model.conditions, ", ",
             [](const std::string& c) { return "Condition" + pascal_case(c); }) +
      "}\n\nvar retries = []Retry{" +
      joined(model.retries, ", ", [](const std::string& r) { return "Retry" + pascal_case(r); }) +
      "}";
  out += R"(

// Code is a number of the catalogue. A number from the wire may be none of
// the constants below: use Lookup.
type Code int32

// Every code of the catalogue.
const (
)";
  for (std::size_t i = 0; i < model.codes.size(); ++i) {
    const model_code& c = model.codes[i];
    out += std::string(i == 0 ? "" : "\n") + "\t// " + pascal_case(qualified_name(c)) + ": " +
           comment_text(c.message_en) + "\n\t" + pascal_case(qualified_name(c)) +
           " Code = " + std::to_string(c.value) + "\n";
  }
  out += R"()

// Info is everything the catalogue says about one code.
type Info struct {
	// Code is the number, as received (kept as is when unknown).
	Code Code
	// Known is false for a number this catalogue does not list.
	Known bool
	// Domain is the domain whose range holds the number.
	Domain Domain
	// Name is snake_case, unique within the domain; "unknown" when not known.
	Name string
)" +
         text_fields(model, "",
                     [](const std::string& field, const model_locale& l, bool hint) {
                       const std::string name = pascal_case(field);
                       return "\t// " + name + " is the " + (hint ? "hint" : "message") +
                              " in language \"" + l.tag + "\"" + (hint ? ", often empty" : "") +
                              ".\n\t" + name + " string\n";
                     }) +
         R"(	// Condition is the generic condition.
	Condition Condition
	// Retry is the retry policy.
	Retry Retry
	// HTTPStatus is the HTTP status a service answers with; nil where none.
	HTTPStatus *int
	// GRPCCode is the google.rpc.Code a gRPC service answers with (2:
	// UNKNOWN when not known).
	GRPCCode int
}

type domainRange struct {
	domain  Domain
	first   int64
	last    int64
	unknown []string // the messages of an unlisted code, one per language
}

var ranges = []domainRange{
)";
  for (const model_domain& d : model.domains)
    out += "\t{Domain" + pascal_case(d.name) + ", " + std::to_string(d.first) + ", " +
           std::to_string(d.last) + ", []string{" + unknown_messages(model, d, lit) + "}},\n";
  out +=
      "}\n\n// unknownDefault is what an unlisted number of first..last defaults to.\n"
      "type unknownDefault struct {\n\tfirst      int64\n\tlast       int64\n"
      "\tcondition  Condition\n\tretry      Retry\n\thttpStatus *int\n\tgrpcCode   int\n}\n\n"
      "// The defaults of unlisted numbers: each domain's parts of its range, then\n"
      "// its whole range. The first that holds a number applies.\n"
      "var unknownDefaults = []unknownDefault{\n" +
      joined(unknown_default_rows(model), "",
             [](const model_unknown_default& u) {
               return "\t{" + std::to_string(u.first) + ", " + std::to_string(u.last) +
                      ", Condition" + pascal_case(u.condition) + ", Retry" + pascal_case(u.retry) +
                      ", " + lit.number_or_none(u.http_status) + ", " +
                      std::to_string(u.grpc_code) + "},\n";
             }) +
      "}\n\n// The messages of a value outside every range, one per language.\nvar unknownOutside "
      "= []string{" +
      outside_messages(model, lit) +
      "}\n\n// The languages of the texts, in the order of Info's fields.\nvar languages = "
      "[]string{" +
      joined(model.locales, ", ", [](const model_locale& l) { return lit(l.tag); }) +
      "}\n\nvar codes = []Info{\n";
  const row_spelling go_row{lit, [](std::string_view d) { return "Domain" + pascal_case(d); },
                            [](std::string_view c) { return "Condition" + pascal_case(c); },
                            [](std::string_view r) { return "Retry" + pascal_case(r); }};
  for (const model_code& c : model.codes) out += "\t{" + code_row(model, c, go_row) + "},\n";
  out += R"~(}

// httpStatus is a table entry's HTTP status, one variable per entry.
func httpStatus(status int) *int {
	return &status
}

var byCode = func() map[Code]int {
	index := make(map[Code]int, len(codes))
	for i, info := range codes {
		index[info.Code] = i
	}
	return index
}()

// DomainOf returns the domain whose range holds code; DomainUnknown outside
// every range.
func DomainOf(code int64) Domain {
	for _, r := range ranges {
		if code >= r.first && code <= r.last {
			return r.domain
		}
	}
	return DomainUnknown
}

// Lookup returns everything known about code. It never fails: a number not
// in the catalogue gives Known == false, keeps the number and names the
// domain of its range.
func Lookup(code int32) Info {
	if i, ok := byCode[Code(code)]; ok {
		return codes[i]
	}
	domain, unknown := DomainUnknown, unknownOutside
	for _, r := range ranges {
		if int64(code) >= r.first && int64(code) <= r.last {
			domain, unknown = r.domain, r.unknown
		}
	}
	condition, retry, status, grpc := ConditionUnknown, RetryNever, (*int)(nil), @UNKNOWN_GRPC_CODE@
	for _, u := range unknownDefaults {
		if int64(code) >= u.first && int64(code) <= u.last {
			condition, retry, status, grpc = u.condition, u.retry, u.httpStatus, u.grpcCode
			break
		}
	}
	return Info{Code(code), false, domain, "unknown", )~" +
         text_fields(model, ", ",
                     [&model](const std::string&, const model_locale& l, bool hint) {
                       return hint ? std::string("\"\"")
                                   : "unknown[" + std::to_string(&l - model.locales.data()) + "]";
                     }) +
         R"~(,
		condition, retry, status, grpc}
}

// All returns every code of the catalogue, success first, in a new slice.
func All() []Info {
	return append([]Info(nil), codes...)
}

// Info returns everything the catalogue says about c.
func (c Code) Info() Info {
	return Lookup(int32(c))
}

// String is "domain.name (code)": "recording.stream_data_timeout (605030046)".
// A Code is not an error (Success would be a non-nil one): use Err.
func (c Code) String() string {
	info := c.Info()
	return string(info.Domain) + "." + info.Name + " (" + strconv.FormatInt(int64(c), 10) + ")"
}

// Err is the error of c: nil for Success, an *Error otherwise.
func (c Code) Err() error {
	return NewError(int32(c))
}

// FromValue is the safe number-to-Code conversion: the Code and true for a
// number this package lists, false otherwise (never a cast of an unknown
// number).
func FromValue(code int32) (Code, bool) {
	_, ok := byCode[Code(code)]
	return Code(code), ok
}

// Error is a failure with a catalogue code, to return as an error. Take it
// back with errors.As; errors.Is(err, code.Err()) compares codes. Its Info
// fields are promoted: err.Condition, err.Retry, err.HTTPStatus.
type Error struct {
	Info
	// Detail is what the server said about this occurrence (problem+json
	// "detail"); empty when none.
	Detail string
}

// NewError is the error of any number: nil for 0 (success), an *Error that
// keeps the number and names its domain otherwise. It never panics.
func NewError(code int32) error {
	if code == 0 {
		return nil
	}
	return &Error{Info: Lookup(code)}
}

// Error is "domain.name (code): English message".
func (e *Error) Error() string {
	return string(e.Domain) + "." + e.Name + " (" + strconv.FormatInt(int64(e.Code), 10) + "): " +
		e.MessageEn
}

// Is reports whether target is an *Error of the same code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// Message is the text for locale, with MessageOf's fallback.
func (e *Error) Message(locale string) string {
	return MessageOf(e.Info, locale)
}

// MessageOf is the message of info for locale ("zh", "zh-CN", "en_US"):
// the text of the locale's language, else English, else the first text
// there is.
func MessageOf(info Info, locale string) string {
	language := strings.ToLower(strings.SplitN(strings.ReplaceAll(locale, "_", "-"), "-", 2)[0])
	texts := map[string]string{)~" +
         joined(model.locales, ", ",
                [](const model_locale& l) {
                  return lit(l.tag) + ": info." + pascal_case("message_" + l.tag);
                }) +
         R"~(}
	for _, l := range append([]string{language, "en"}, languages...) {
		if text := texts[l]; text != "" {
			return text
		}
	}
	return info.MessageEn
}

// DecodeProblem reads an application/problem+json body into an *Error. It
// fails only for a body that is not JSON or has no integer "code". The
// body's members win over this package's catalogue, so that a code a newer
// server knows keeps the server's name, texts, condition and retry policy;
// a member missing or of a value this package does not know comes from
// Lookup (retry: backoff when "retryable", for an unknown code).
func DecodeProblem(body []byte) (*Error, error) {
	var doc struct {
		Code      json.RawMessage `json:"code"`
		Status    *int            `json:"status"`
		Detail    string          `json:"detail"`
		Domain    string          `json:"domain"`
		Name      *string         `json:"name"`
		Condition string          `json:"condition"`
		Retry     string          `json:"retry"`
		Retryable bool            `json:"retryable"`
	}
	var members map[string]interface{}
	if err := json.Unmarshal(body, &doc); err != nil {
		return nil, errors.New("rtcerr: not a problem document: " + err.Error())
	}
	_ = json.Unmarshal(body, &members) // parsed above: cannot fail
	// A number, not a string holding one: json.RawMessage keeps the quotes.
	code, err := strconv.ParseInt(string(doc.Code), 10, 32)
	if err != nil {
		return nil, errors.New("rtcerr: not a problem document: code " + string(doc.Code))
	}
	info := Lookup(int32(code))
	for _, r := range ranges {
		if string(r.domain) == doc.Domain {
			info.Domain = r.domain
		}
	}
	if doc.Name != nil {
		info.Name = *doc.Name
	}
	// The message in each language: "title" is English, "message_<language>" the others.
)~" +
         joined(model.locales, "",
                [](const model_locale& l) {
                  return "\tif text, ok := members[" + lit(problem_member(l)) +
                         "].(string); ok {\n\t\tinfo." + pascal_case("message_" + l.tag) +
                         " = text\n\t}\n";
                }) +
         R"~(	for _, c := range conditions {
		if string(c) == doc.Condition {
			info.Condition = c
		}
	}
	for _, r := range retries {
		if string(r) == doc.Retry {
			info.Retry = r
		}
	}
	if doc.Retry == "" && !info.Known && doc.Retryable {
		info.Retry = RetryBackoff
	}
	if doc.Status != nil {
		status := *doc.Status
		info.HTTPStatus = &status
	}
	return &Error{Info: info, Detail: doc.Detail}, nil
}
)~";
  const std::string go_mod = "// Generated by rtcerr generate; do not edit. Version " +
                             options.version + ".\nmodule " + options.package + "\n\ngo 1.18\n";
  std::string grpc =
      "// Code generated by rtcerr generate; DO NOT EDIT.\n\n" + std::string(grpc_go);
  for (std::size_t at = grpc.find("@PKG@"); at != std::string::npos; at = grpc.find("@PKG@", at))
    grpc.replace(at, 5, options.name_space);
  std::string cases;  // a LocalizedMessage's text, by its language
  for (const model_locale& l : model.locales)
    cases += "\t\t\t\tcase " + lit(l.tag) + ":\n\t\t\t\t\te." + pascal_case("message_" + l.tag) +
             " = m.Message\n";
  grpc.replace(grpc.find("@CASES@"), 7, cases);
  return {{"rtcerr_codes.go", with_unknown_grpc_code(out, model)},
          {"go.mod", go_mod},
          {"rtcerr_grpc.go", grpc}};
}

}  // namespace rtcerr::cli
