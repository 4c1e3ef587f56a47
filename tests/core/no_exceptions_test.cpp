// Built with -fno-exceptions: where an exception would be thrown, the failure
// handler is called with the right error, and by default the process prints
// the error to stderr and aborts. Each case runs in a forked child, since
// the handler must not return; the parent checks how the child ended and
// what it reported.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>

#include "rtcerr/rtcerr.hpp"

static_assert(!RTCERR_HAS_EXCEPTIONS, "this test is built without exceptions");

namespace {

// How a child ended, and everything it wrote to stderr and to the report pipe.
struct child_result {
  bool aborted = false;  // killed by SIGABRT
  int exit_code = -1;    // when it exited normally
  std::string stderr_text;
  std::string report;
};

int report_fd = -1;

// A handler that writes the report as "kind code domain name|message" and exits 42.
[[noreturn]] void recording_handler(const rtcerr::failure_report& r) noexcept {
  char line[512];
  const int n = std::snprintf(line, sizeof line, "%d %ld %.*s %.*s|%.*s", static_cast<int>(r.kind),
                              static_cast<long>(r.code), static_cast<int>(r.domain.size()),
                              r.domain.data(), static_cast<int>(r.name.size()), r.name.data(),
                              static_cast<int>(r.message.size()), r.message.data());
  if (n > 0) (void)!write(report_fd, line, static_cast<std::size_t>(n));
  _exit(42);
}

// A handler that breaks the contract by returning.
void returning_handler(const rtcerr::failure_report&) noexcept {}

std::string drain(int fd) {
  std::string text;
  char buffer[256];
  ssize_t n;
  while ((n = read(fd, buffer, sizeof buffer)) > 0)
    text.append(buffer, static_cast<std::size_t>(n));
  close(fd);
  return text;
}

// Runs `body` in a child with `handler` installed (nullptr: the default).
template <class Body>
child_result run_in_child(rtcerr::failure_handler handler, Body body) {
  int err_pipe[2], report_pipe[2];
  REQUIRE(pipe(err_pipe) == 0);
  REQUIRE(pipe(report_pipe) == 0);
  std::fflush(nullptr);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(err_pipe[1], STDERR_FILENO);
    close(err_pipe[0]);
    close(report_pipe[0]);
    report_fd = report_pipe[1];
    rtcerr::set_failure_handler(handler);
    body();
    _exit(0);  // the body was expected not to return
  }
  close(err_pipe[1]);
  close(report_pipe[1]);
  child_result result;
  result.stderr_text = drain(err_pipe[0]);
  result.report = drain(report_pipe[0]);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  result.aborted = WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  return result;
}

rtcerr::result<int> failing() { return rtcerr::recording::errc::stream_data_timeout; }
rtcerr::result<int> succeeding() { return 7; }

}  // namespace

TEST_CASE("no exceptions: results, queries and error codes work as usual") {
  CHECK(succeeding().value() == 7);
  CHECK(failing().error().value() == 605030046);
  CHECK(failing().error().name() == "stream_data_timeout");
  const std::error_code ec = make_error_code(failing().error());
  CHECK(ec == rtcerr::condition::timeout);
}

TEST_CASE("no exceptions: value() on a failure prints the error and aborts by default") {
  const child_result r = run_in_child(nullptr, [] { (void)failing().value(); });
  CHECK(r.aborted);
  CHECK(r.stderr_text ==
        "rtcerr: value() called on a failed result: recording.stream_data_timeout (605030046): "
        "流数据超时\n");
}

TEST_CASE("no exceptions: the handler gets the error of value()") {
  const child_result r = run_in_child(recording_handler, [] { (void)failing().value(); });
  CHECK(r.exit_code == 42);
  CHECK(r.report == "0 605030046 recording stream_data_timeout|流数据超时");
}

TEST_CASE("no exceptions: the handler gets the error of throw_error, unknown values included") {
  child_result r = run_in_child(recording_handler,
                                [] { rtcerr::throw_error(rtcerr::gateway::errc::system_busy); });
  CHECK(r.exit_code == 42);
  CHECK(r.report == "1 606000006 gateway system_busy|系统繁忙");

  r = run_in_child(recording_handler,
                   [] { rtcerr::throw_error(rtcerr::error::from_wire(605030002)); });
  CHECK(r.exit_code == 42);
  CHECK(r.report.starts_with("1 605030002 recording unknown|"));

  r = run_in_child(recording_handler, [] { rtcerr::throw_error(rtcerr::error::from_wire(-5)); });
  CHECK(r.exit_code == 42);
  CHECK(r.report.starts_with("1 -5 unknown unknown|"));
}

TEST_CASE("no exceptions: error() on a success is reported as such") {
  const child_result r = run_in_child(recording_handler, [] { (void)succeeding().error(); });
  CHECK(r.exit_code == 42);
  CHECK(r.report.starts_with("2 0 "));

  const child_result by_default = run_in_child(nullptr, [] { (void)succeeding().error(); });
  CHECK(by_default.aborted);
  CHECK(by_default.stderr_text == "rtcerr: error() called on a result that holds a value\n");
}

TEST_CASE("no exceptions: a handler that returns is followed by abort") {
  const child_result r = run_in_child(returning_handler, [] { (void)failing().value(); });
  CHECK(r.aborted);
  CHECK(r.stderr_text.empty());
}

TEST_CASE(
    "no exceptions: set_failure_handler returns the previous handler; nullptr is the default") {
  // Function pointers are compared as booleans: doctest cannot print them.
  const rtcerr::failure_handler by_default = &rtcerr::default_failure_handler;
  CHECK(bool(rtcerr::get_failure_handler() == by_default));
  CHECK(bool(rtcerr::set_failure_handler(recording_handler) == by_default));
  CHECK(bool(rtcerr::get_failure_handler() == &recording_handler));
  CHECK(bool(rtcerr::set_failure_handler(nullptr) == &recording_handler));
  CHECK(bool(rtcerr::get_failure_handler() == by_default));
}
