// The gateway of examples/remote_traces: a cpp-httplib server in front of
// the recording worker (worker.cpp, gRPC), answering failures with
// problem+json. It has two listeners, which are two edges:
//
//   - public:   what any client reaches; its answers never carry a trace;
//   - internal: for the platform's own services; its answers carry the
//               joined trace (the worker's part, then the gateway's hops),
//               with the request's W3C trace id.
//
//   example_remote_gateway --worker PORT [--max-seconds N]
//
// It prints "listening public http://127.0.0.1:P internal
// http://127.0.0.1:Q" and serves until its standard input ends or N seconds
// have passed (default 60). POST /v1/rooms/{room}/recording starts a
// recording: the `traceparent` and `user-id` headers are passed on to the
// worker as call metadata.
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <thread>

#include <rtcerr/grpc.hpp>
#include <rtcerr/problem_json.hpp>
#include <rtcerr/rtcerr.hpp>

#include "recorder_test.grpc.pb.h"

namespace {

std::unique_ptr<rtcerr_test::Recorder::Stub> worker_stub;

struct worker_request {
  std::string room, traceparent, user;
};

}  // namespace

static rtcerr::result<std::string> call_worker(const worker_request& request) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  if (!request.traceparent.empty()) context.AddMetadata("traceparent", request.traceparent);
  if (!request.user.empty()) context.AddMetadata("user-id", request.user);
  rtcerr_test::StartRequest call;
  call.set_room(request.room);
  rtcerr_test::StartReply reply;
  const grpc::Status status = worker_stub->Start(&context, call, &reply);
  if (status.ok()) return reply.task_id();
  const std::optional<rtcerr::error> e = rtcerr::from_grpc_status(status);
  if (!e) return rtcerr::fail(rtcerr::gateway::errc::system_busy);  // no rtcerr answer
  return rtcerr::remote_failure(*e, rtcerr::grpc_trace(status));
}

static rtcerr::result<std::string> start_recording(const worker_request& request) {
  RTCERR_TRY(auto task, call_worker(request));
  return task;
}

namespace {

// The routes, for one listener; `internal` says whether its edge shares.
void serve(httplib::Server& server, bool internal) {
  server.Post(R"(/v1/rooms/([^/]+)/recording)", [internal](const httplib::Request& req,
                                                           httplib::Response& res) {
    const worker_request request{req.matches[1], req.get_header_value("traceparent"),
                                 req.get_header_value("user-id")};
    const rtcerr::result<std::string> task = start_recording(request);
    if (task) {
      res.set_content("{\"task_id\":\"" + task.value() + "\"}", "application/json");
      return;
    }
    rtcerr::traceparent parent;
    const bool traced = rtcerr::parse_traceparent(request.traceparent, parent);
    const rtcerr::trace_edge edge{.share = internal,
                                  .service = "gateway",
                                  .trace_id = traced ? parent.trace_id_view() : std::string_view(),
                                  .file_names = rtcerr::trace_file_names::last_component};
    const rtcerr::trace_snapshot trace = rtcerr::trace_of(task);
    res.status = rtcerr::response_status(task.error());
    res.set_content(
        rtcerr::problem_json(task.error(), {.instance = req.path, .trace = &trace, .edge = &edge}),
        std::string(rtcerr::problem_json_media_type).c_str());
  });
}

}  // namespace

int main(int argc, char** argv) {
  int max_seconds = 60, worker_port = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view option = argv[i];
    if (option == "--max-seconds") max_seconds = std::atoi(argv[i + 1]);
    if (option == "--worker") worker_port = std::atoi(argv[i + 1]);
  }
  if (max_seconds <= 0 || worker_port <= 0) {
    std::fprintf(stderr, "usage: %s --worker PORT [--max-seconds N]   (N > 0)\n", argv[0]);
    return 2;
  }
  worker_stub = rtcerr_test::Recorder::NewStub(grpc::CreateChannel(
      "127.0.0.1:" + std::to_string(worker_port), grpc::InsecureChannelCredentials()));

  httplib::Server public_server, internal_server;
  serve(public_server, false);
  serve(internal_server, true);
  const int public_port = public_server.bind_to_any_port("127.0.0.1");
  const int internal_port = internal_server.bind_to_any_port("127.0.0.1");
  if (public_port <= 0 || internal_port <= 0) {
    std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
    return 1;
  }
  std::printf("listening public http://127.0.0.1:%d internal http://127.0.0.1:%d\n", public_port,
              internal_port);
  std::fflush(stdout);
  std::thread public_thread([&] { public_server.listen_after_bind(); });
  std::thread internal_thread([&] { internal_server.listen_after_bind(); });
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(max_seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd in{STDIN_FILENO, POLLIN, 0};
    if (::poll(&in, 1, 100) > 0) {
      char buffer[256];
      if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) break;  // end of input
    }
  }
  public_server.stop();
  internal_server.stop();
  public_thread.join();
  internal_thread.join();
  return 0;
}
