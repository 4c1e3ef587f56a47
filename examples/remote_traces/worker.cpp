// The recording worker of examples/remote_traces: a grpc++ server whose
// Start call fails three calls deep (Start -> record -> write_segment ->
// read_stream) and answers with the failure's trace, for its one caller, the
// gateway, an internal edge.
//
//   example_remote_worker [--max-seconds N]
//
// It listens on a free port of 127.0.0.1, prints "listening on
// 127.0.0.1:PORT", and serves until its standard input ends or N seconds
// have passed (default 60). Rooms starting with "r-" time out reading the
// stream; the call's `user-id` metadata is context marked sensitive, so it
// never leaves this process; its `traceparent` metadata gives the trace id.
#include <grpcpp/grpcpp.h>
#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include <rtcerr/grpc.hpp>
#include <rtcerr/rtcerr.hpp>

#include "recorder_test.grpc.pb.h"

static rtcerr::result<int> read_stream(std::string_view room) {
  if (room.starts_with("r-")) return rtcerr::fail(rtcerr::recording::errc::stream_data_timeout);
  return 30;
}

static rtcerr::result<int> write_segment(std::string_view room, std::string_view user) {
  RTCERR_TRY(auto frames, read_stream(room), "room", room, "user", rtcerr::sensitive(user));
  return frames;
}

static rtcerr::result<std::string> record(std::string_view room, std::string_view user) {
  RTCERR_TRY(auto frames, write_segment(room, user));
  return "rec-" + std::string(room) + "-" + std::to_string(frames);
}

namespace {

// The value of metadata `key` sent with the call, or "".
std::string metadata(const grpc::ServerContext& context, const char* key) {
  const auto found = context.client_metadata().find(key);
  if (found == context.client_metadata().end()) return {};
  return std::string(found->second.data(), found->second.size());
}

class worker final : public rtcerr_test::Recorder::Service {
  grpc::Status Start(grpc::ServerContext* context, const rtcerr_test::StartRequest* request,
                     rtcerr_test::StartReply* reply) override {
    const rtcerr::result<std::string> task = record(request->room(), metadata(*context, "user-id"));
    if (task) {
      reply->set_task_id(task.value());
      return grpc::Status::OK;
    }
    // The only caller is the gateway, of the same platform: this edge shares.
    rtcerr::traceparent parent;
    const bool traced = rtcerr::parse_traceparent(metadata(*context, "traceparent"), parent);
    const rtcerr::trace_edge to_gateway{
        .share = true,
        .service = "recording-worker",
        .trace_id = traced ? parent.trace_id_view() : std::string_view(),
        .file_names = rtcerr::trace_file_names::last_component};
    const rtcerr::trace_snapshot trace = rtcerr::trace_of(task);
    return rtcerr::to_grpc_status(
        task.error(),
        {.service = "recording.rtc.example.com", .trace = &trace, .edge = &to_gateway});
  }
};

}  // namespace

int main(int argc, char** argv) {
  int max_seconds = 60;
  if (argc == 3 && std::string_view(argv[1]) == "--max-seconds") max_seconds = std::atoi(argv[2]);
  if (max_seconds <= 0 || (argc != 1 && argc != 3)) {
    std::fprintf(stderr, "usage: %s [--max-seconds N]   (N > 0)\n", argv[0]);
    return 2;
  }
  worker service;
  int port = 0;
  grpc::ServerBuilder builder;
  builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
  builder.RegisterService(&service);
  const std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port <= 0) {
    std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
    return 1;
  }
  std::printf("listening on 127.0.0.1:%d\n", port);
  std::fflush(stdout);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(max_seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd in{STDIN_FILENO, POLLIN, 0};
    if (::poll(&in, 1, 100) > 0) {
      char buffer[256];
      if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) break;  // end of input
    }
  }
  server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(1));
  return 0;
}
