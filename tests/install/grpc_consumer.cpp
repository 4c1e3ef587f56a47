// What a gRPC service using the installed rtcerr::grpc writes: an error
// becomes a grpc::Status and comes back. Built against an installed rtcerr
// (find_package with COMPONENTS grpc); it checks what it prints.
#include <cstdio>
#include <optional>
#include <rtcerr/grpc.hpp>
#include <rtcerr/rtcerr.hpp>
#include <string>

int main() {
  const rtcerr::error e = rtcerr::recording::errc::stream_data_timeout;
  const grpc::Status status = rtcerr::to_grpc_status(e);
  const std::optional<rtcerr::error> back = rtcerr::from_grpc_status(status);
  if (status.ok() || !back || *back != e) {
    std::fprintf(stderr, "grpc_consumer: FAILED: %d %s\n", static_cast<int>(status.error_code()),
                 status.error_message().c_str());
    return 1;
  }
  std::printf("grpc_consumer: %d %s\n", static_cast<int>(status.error_code()),
              std::string(back->name()).c_str());
  return 0;
}
