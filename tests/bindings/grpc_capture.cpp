// bindings_grpc_capture OUT_FILE: the google.rpc.Status bytes a real rtcerr
// gRPC service answers, for the bindings' gRPC decoders.
//
// Starts a recording service that fails its calls with rtcerr::to_grpc_status
// (rtcerr/grpc.hpp) on a loopback port, calls it with a real grpc++ client,
// and writes OUT_FILE, a JSON array with one object per call:
//   "grpc_code", "message"  the status the client received;
//   "details"               its error_details(): the serialised
//                           google.rpc.Status, as hex;
//   "sent"                  what the service answered with, from the C++
//                           error itself (code, domain, name, condition,
//                           retry), and the LocalizedMessage's locale and
//                           text read back with protobuf's generated
//                           classes, for run_check.py's expectations.
// The calls: a catalogue code with RetryInfo in the default language and in
// English, one without RetryInfo, one with a Help link, an unlisted number of
// a domain, and an application's own code that the bindings do not list (a
// newer server's code: its name, condition and retry policy travel in the
// ErrorInfo).
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "domains_app.hpp"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "recorder_test.grpc.pb.h"
#include "rtcerr/grpc.hpp"
#include "rtcerr/rtcerr.hpp"

namespace {

template <class Error>
nlohmann::ordered_json facts(const Error& e) {
  nlohmann::ordered_json j;
  j["code"] = e.value();
  j["domain"] = std::string(e.domain_name());
  j["name"] = std::string(e.name());
  j["condition"] = std::string(rtcerr::to_string(e.condition()));
  j["retry"] = std::string(rtcerr::to_string(e.retry()));
  return j;
}

// The service: each room fails with one error, and remembers what it sent.
class recorder final : public rtcerr_test::Recorder::Service {
 public:
  nlohmann::ordered_json sent;

 private:
  grpc::Status Start(grpc::ServerContext* context, const rtcerr_test::StartRequest* request,
                     rtcerr_test::StartReply*) override {
    const rtcerr::grpc_fields fields{.service = "recording.rtc.example.com",
                                     .language = rtcerr::caller_language(*context)};
    const std::string& room = request->room();
    if (room == "camera") {  // an application's code: not in the bindings' catalogue
      const acme::error e = acme::media::errc::camera_busy;
      sent = facts(e);
      return rtcerr::to_grpc_status(e, fields);
    }
    rtcerr::error e = rtcerr::recording::errc::server_tasks_overloaded;
    rtcerr::grpc_fields with = fields;
    if (room == "denied") e = rtcerr::session::errc::video_service_not_supported;
    if (room == "new") e = rtcerr::error::from_wire(605030099);
    if (room == "slow") {
      e = rtcerr::recording::errc::stream_data_timeout;
      with.code_page_base = "https://errors.example.com/rtc";
    }
    sent = facts(e);
    return rtcerr::to_grpc_status(e, with);
  }
};

std::string hex(const std::string& bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (const unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: bindings_grpc_capture OUT_FILE\n");
    return 2;
  }
  recorder service;
  int port = 0;
  grpc::ServerBuilder builder;
  builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
  builder.RegisterService(&service);
  const std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port <= 0) {
    std::fprintf(stderr, "bindings_grpc_capture: the server did not start\n");
    return 1;
  }
  const auto stub = rtcerr_test::Recorder::NewStub(
      grpc::CreateChannel("127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials()));
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  const struct {
    const char* room;
    const char* language;
  } calls[] = {{"busy", nullptr}, {"busy", "en-US,en;q=0.9"}, {"denied", nullptr},
               {"slow", "zh-CN"}, {"new", nullptr},           {"camera", "en"}};
  for (const auto& call : calls) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    if (call.language != nullptr) context.AddMetadata("accept-language", call.language);
    rtcerr_test::StartRequest request;
    request.set_room(call.room);
    rtcerr_test::StartReply reply;
    const grpc::Status status = stub->Start(&context, request, &reply);
    if (status.ok() || status.error_details().empty()) {
      std::fprintf(stderr, "bindings_grpc_capture: room %s: no status with details (%d %s)\n",
                   call.room, static_cast<int>(status.error_code()),
                   status.error_message().c_str());
      return 1;
    }
    nlohmann::ordered_json j;
    j["grpc_code"] = static_cast<int>(status.error_code());
    j["message"] = status.error_message();
    j["details"] = hex(status.error_details());
    j["sent"] = service.sent;
    google::rpc::Status details;
    if (!details.ParseFromString(status.error_details())) return 1;
    for (const google::protobuf::Any& any : details.details()) {
      google::rpc::LocalizedMessage localized;
      if (any.UnpackTo(&localized)) {
        j["sent"]["locale"] = localized.locale();
        j["sent"]["localized"] = localized.message();
      }
    }
    all.push_back(std::move(j));
  }
  server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
  std::ofstream out(argv[1], std::ios::binary);
  out << all.dump(2) << "\n";
  return out ? 0 : 1;
}
