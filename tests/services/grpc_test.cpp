// rtcerr/grpc.hpp against the real grpc++ and protobuf types:
//   - every code becomes a grpc::Status with its mapped code, the English
//     message and google.rpc details (ErrorInfo with the service's name as
//     its domain, LocalizedMessage in the caller's language, RetryInfo for
//     backoff codes, Help when the service gives its reference site), read
//     here with the generated google::rpc classes;
//   - from_grpc_status gives the same error back, unknown codes included, and
//     nothing for statuses that carry no rtcerr code;
//   - the same holds over a real in-process gRPC server and client on a
//     loopback port.
#include <doctest/doctest.h>

#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

#include "domains_app.hpp"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "recorder_test.grpc.pb.h"
#include "rtcerr/grpc.hpp"
#include "rtcerr/rtcerr.hpp"

namespace {

using rtcerr::error;

// The details of `status`, unpacked with the generated classes.
struct unpacked {
  google::rpc::Status status;
  google::rpc::ErrorInfo info;
  google::rpc::LocalizedMessage localized;
  google::rpc::RetryInfo retry;
  bool has_info = false, has_localized = false, has_retry = false;
};

unpacked unpack(const grpc::Status& s) {
  unpacked u;
  REQUIRE(u.status.ParseFromString(s.error_details()));
  for (const google::protobuf::Any& any : u.status.details()) {
    if (any.UnpackTo(&u.info)) u.has_info = true;
    if (any.UnpackTo(&u.localized)) u.has_localized = true;
    if (any.UnpackTo(&u.retry)) u.has_retry = true;
  }
  return u;
}

TEST_CASE("grpc: a code's status, message and details") {
  const error e = rtcerr::recording::errc::stream_data_timeout;
  const grpc::Status s = rtcerr::to_grpc_status(e);
  // A server's own wait timed out: UNAVAILABLE, not the caller's deadline.
  CHECK(s.error_code() == grpc::StatusCode::UNAVAILABLE);
  CHECK(s.error_message() == "Timed out waiting for stream data");
  const unpacked u = unpack(s);
  CHECK(u.status.code() == 14);
  CHECK(u.status.message() == "Timed out waiting for stream data");
  REQUIRE(u.status.details_size() == 3);
  CHECK(u.status.details(0).type_url() == "type.googleapis.com/google.rpc.ErrorInfo");
  CHECK(u.status.details(1).type_url() == "type.googleapis.com/google.rpc.LocalizedMessage");
  CHECK(u.status.details(2).type_url() == "type.googleapis.com/google.rpc.RetryInfo");
  CHECK(u.info.reason() == "STREAM_DATA_TIMEOUT");
  CHECK(u.info.domain() == "recording");
  REQUIRE(u.info.metadata().count("code") == 1);
  CHECK(u.info.metadata().at("code") == "605030046");
  CHECK(u.info.metadata().at("domain") == "recording");
  CHECK(u.info.metadata().at("name") == "stream_data_timeout");
  CHECK(u.info.metadata().at("condition") == "timeout");
  CHECK(u.info.metadata().at("retry") == "backoff");
  CHECK(u.localized.locale() == "zh-CN");
  CHECK(u.localized.message() == "流数据超时");
  CHECK(u.retry.retry_delay().seconds() == 2);

  // Not retried: no RetryInfo.
  const unpacked never = unpack(rtcerr::to_grpc_status(rtcerr::gateway::errc::invalid_argument));
  CHECK(never.status.code() == 3);
  CHECK(never.has_info);
  CHECK(never.has_localized);
  CHECK_FALSE(never.has_retry);
  CHECK(rtcerr::to_grpc_status(error{}).ok());
}

TEST_CASE("grpc: the service's name as ErrorInfo's domain, the caller's language") {
  const error e = rtcerr::recording::errc::server_tasks_overloaded;
  const unpacked en = unpack(rtcerr::to_grpc_status(
      e, {.service = "recording.rtc.example.com", .language = rtcerr::lang::en}));
  CHECK(en.info.domain() == "recording.rtc.example.com");
  CHECK(en.info.metadata().at("domain") == "recording");
  CHECK(en.info.reason() == "SERVER_TASKS_OVERLOADED");
  CHECK(en.localized.locale() == "en");
  CHECK(en.localized.message() == "Server task count has reached its load limit");
  const unpacked zh = unpack(rtcerr::to_grpc_status(e, {.language = rtcerr::lang::zh}));
  CHECK(zh.info.domain() == "recording");  // no service given
  CHECK(zh.localized.locale() == "zh-CN");
  CHECK(zh.localized.message() == "服务器任务数已达负载上限");
  // INTERNAL of unknown cause: no RetryInfo; a dependency's failure marked safe: RetryInfo.
  CHECK_FALSE(unpack(rtcerr::to_grpc_status(rtcerr::recording::errc::internal_error)).has_retry);
  CHECK(unpack(rtcerr::to_grpc_status(rtcerr::recording::errc::event_gateway_login_failed))
            .has_retry);
  // An app taken offline is not missing.
  CHECK(rtcerr::to_grpc_status(rtcerr::session::errc::app_offline).error_code() ==
        grpc::StatusCode::PERMISSION_DENIED);
}

TEST_CASE("grpc: an application's code, with its own answers (any registry)") {
  const acme::error busy = acme::media::errc::camera_busy;  // busy, backoff
  const grpc::Status s = rtcerr::to_grpc_status(busy, {.service = "media.acme.example"});
  CHECK(s.error_code() == grpc::StatusCode::UNAVAILABLE);
  CHECK(s.error_message() == "Camera is busy");
  const unpacked u = unpack(s);
  CHECK(u.info.reason() == "CAMERA_BUSY");
  CHECK(u.info.domain() == "media.acme.example");
  CHECK(u.info.metadata().at("domain") == "media");
  CHECK(u.info.metadata().at("code") == "700001");
  CHECK(u.localized.message() == "摄像头被占用");
  CHECK(u.retry.retry_delay().seconds() == 5);
  CHECK(rtcerr::from_grpc_status<acme::error>(s) == busy);
  const grpc::Status codec = rtcerr::to_grpc_status(acme::error{acme::media::errc::codec_missing});
  CHECK(codec.error_code() == grpc::StatusCode::UNIMPLEMENTED);
  CHECK_FALSE(unpack(codec).has_retry);
  CHECK(rtcerr::from_grpc_status<acme::error>(codec)->name() == "codec_missing");
}

TEST_CASE("grpc: with a site's base, a Help detail links to the code's page") {
  const rtcerr::grpc_fields site{.code_page_base = "https://errors.example.com/rtc"};
  const google::rpc::Status with =
      unpack(rtcerr::to_grpc_status(rtcerr::recording::errc::stream_data_timeout, site)).status;
  REQUIRE(with.details_size() == 4);
  CHECK(with.details(3).type_url() == "type.googleapis.com/google.rpc.Help");
  google::rpc::Help help;
  REQUIRE(with.details(3).UnpackTo(&help));
  REQUIRE(help.links_size() == 1);
  CHECK(help.links(0).url() == "https://errors.example.com/rtc/codes/605030046.html");
  CHECK(help.links(0).description() ==
        "rtcerr reference: recording.stream_data_timeout (605030046)");
  // Without a base, or for a value the site has no page for: no Help.
  CHECK(unpack(rtcerr::to_grpc_status(rtcerr::recording::errc::stream_data_timeout))
            .status.details_size() == 3);
  const google::rpc::Status gap =
      unpack(rtcerr::to_grpc_status(error::from_wire(605030002), site)).status;
  for (const google::protobuf::Any& any : gap.details()) CHECK_FALSE(any.Is<google::rpc::Help>());
}

TEST_CASE("grpc: every one of the 80 codes, and unknown ones, round trip") {
  std::size_t walked = 0;
  const auto check_code = [&](const error e) {
    INFO("code " << e.value());
    ++walked;
    const grpc::Status s = rtcerr::to_grpc_status(e);
    CHECK(static_cast<int>(s.error_code()) == static_cast<int>(e.grpc_code()));
    const std::optional<error> back = rtcerr::from_grpc_status(s);
    REQUIRE(back.has_value());
    CHECK(*back == e);
    if (e.value() == 0) return;
    CHECK_FALSE(s.ok());
    const unpacked u = unpack(s);
    CHECK(u.info.reason().size() <= 63);
    CHECK(u.info.reason().find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") ==
          std::string::npos);
    CHECK(u.info.domain() == std::string(e.domain_name()));
    CHECK(u.localized.message() == std::string(e.message(rtcerr::lang::zh)));
    CHECK(u.has_retry == (e.retry() == rtcerr::retry::backoff));
  };
  check_code(error{});
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    for (const rtcerr::code_info& c : d.codes) check_code(error::from_wire(c.value));
  CHECK(walked == 80);
  for (const std::int32_t v : {605030002, 606009999, 123456, -1, INT32_MIN}) {
    check_code(error::from_wire(v));
    CHECK(rtcerr::to_grpc_status(error::from_wire(v)).error_code() == grpc::StatusCode::UNKNOWN);
  }
  CHECK(rtcerr::grpc_error_reason(error::from_wire(605030002)) == "UNKNOWN");
}

TEST_CASE("grpc: statuses without an rtcerr code give nothing") {
  CHECK_FALSE(rtcerr::from_grpc_status(grpc::Status(grpc::StatusCode::UNAVAILABLE, "down")));
  CHECK_FALSE(rtcerr::from_grpc_status(
      grpc::Status(grpc::StatusCode::INTERNAL, "x", std::string("\xff\xff\xff garbage"))));
  google::rpc::Status other;
  other.set_code(5);
  google::rpc::ErrorInfo foreign;
  foreign.set_reason("NOT_FOUND");
  foreign.set_domain("example.com");
  other.add_details()->PackFrom(foreign);
  CHECK_FALSE(rtcerr::from_grpc_status(
      grpc::Status(grpc::StatusCode::NOT_FOUND, "", other.SerializeAsString())));
  // A code that is not a decimal int32, or the success code on a failure: nothing.
  for (const char* bad : {"abc", "", "99999999999", "0", "12 "}) {
    google::rpc::Status s;
    google::rpc::ErrorInfo info;
    (*info.mutable_metadata())["code"] = bad;
    s.add_details()->PackFrom(info);
    INFO("code '" << bad << "'");
    CHECK_FALSE(rtcerr::from_grpc_status(
        grpc::Status(grpc::StatusCode::UNKNOWN, "", s.SerializeAsString())));
  }
}

// The recording service, failing with rtcerr errors.
class recorder final : public rtcerr_test::Recorder::Service {
  grpc::Status Start(grpc::ServerContext* context, const rtcerr_test::StartRequest* request,
                     rtcerr_test::StartReply* reply) override {
    if (request->room() == "busy")
      return rtcerr::to_grpc_status(
          rtcerr::recording::errc::server_tasks_overloaded,
          {.service = "recording.rtc.example.com", .language = rtcerr::caller_language(*context)});
    if (request->room() == "denied")
      return rtcerr::to_grpc_status(rtcerr::session::errc::video_service_not_supported);
    if (request->room() == "new") return rtcerr::to_grpc_status(error::from_wire(605030099));
    if (request->room() == "camera")  // an application's own code
      return rtcerr::to_grpc_status(acme::error{acme::media::errc::camera_busy},
                                    {.language = rtcerr::caller_language(*context)});
    reply->set_task_id("rec-" + request->room());
    return grpc::Status::OK;
  }
};

TEST_CASE("grpc: a real server and client over loopback") {
  recorder service;
  int port = 0;
  grpc::ServerBuilder builder;
  builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
  builder.RegisterService(&service);
  const std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  REQUIRE(server != nullptr);
  REQUIRE(port > 0);
  const auto channel =
      grpc::CreateChannel("127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials());
  const auto stub = rtcerr_test::Recorder::NewStub(channel);

  const auto call = [&](const std::string& room, rtcerr_test::StartReply& reply,
                        const char* language_key = nullptr, const char* language = nullptr) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    if (language_key != nullptr) context.AddMetadata(language_key, language);
    rtcerr_test::StartRequest request;
    request.set_room(room);
    return stub->Start(&context, request, &reply);
  };

  rtcerr_test::StartReply reply;
  const grpc::Status ok = call("42", reply);
  CHECK(ok.ok());
  CHECK(reply.task_id() == "rec-42");
  CHECK(rtcerr::from_grpc_status(ok) == error{});

  const grpc::Status busy = call("busy", reply);
  CHECK(busy.error_code() == grpc::StatusCode::UNAVAILABLE);
  CHECK(busy.error_message() == "Server task count has reached its load limit");
  CHECK(rtcerr::from_grpc_status(busy) == error{rtcerr::recording::errc::server_tasks_overloaded});
  CHECK(unpack(busy).retry.retry_delay().seconds() == 5);
  CHECK(unpack(busy).info.domain() == "recording.rtc.example.com");
  CHECK(unpack(busy).localized.locale() == "zh-CN");  // the caller asked for nothing

  // The caller's language, from its metadata.
  for (const char* key : {"grpc-accept-language", "accept-language"}) {
    INFO("metadata " << key);
    const unpacked en = unpack(call("busy", reply, key, "en-US,en;q=0.9,zh;q=0.5"));
    CHECK(en.localized.locale() == "en");
    CHECK(en.localized.message() == "Server task count has reached its load limit");
    const unpacked zh = unpack(call("busy", reply, key, "zh-CN, en;q=0.1"));
    CHECK(zh.localized.locale() == "zh-CN");
    CHECK(zh.localized.message() == "服务器任务数已达负载上限");
  }

  const grpc::Status denied = call("denied", reply);
  CHECK(denied.error_code() == grpc::StatusCode::PERMISSION_DENIED);
  CHECK(rtcerr::from_grpc_status(denied) ==
        error{rtcerr::session::errc::video_service_not_supported});

  const grpc::Status camera = call("camera", reply, "accept-language", "en");
  CHECK(camera.error_code() == grpc::StatusCode::UNAVAILABLE);
  CHECK(rtcerr::from_grpc_status<acme::error>(camera) ==
        acme::error{acme::media::errc::camera_busy});
  CHECK(unpack(camera).localized.message() == "Camera is busy");
  CHECK(unpack(camera).retry.retry_delay().seconds() == 5);

  const grpc::Status newer = call("new", reply);
  CHECK(newer.error_code() == grpc::StatusCode::UNKNOWN);
  const std::optional<error> kept = rtcerr::from_grpc_status(newer);
  REQUIRE(kept.has_value());
  CHECK(kept->value() == 605030099);
  CHECK(kept->domain() == rtcerr::domain_id::recording);

  server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
}

}  // namespace
