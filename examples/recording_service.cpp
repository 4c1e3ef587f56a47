// A cloud recording task controller written in exception style.
//
// The controller enforces the recording service's rules and reports a broken
// rule by throwing the exception of its recording code:
//   create_input_channel  605030020 no parameters, 605030021 already exists
//   remove_input_channel  605030022 no such channel
//   set_output            605030033 while paused, 605030025 canvas without a
//                         layout, 605030026 layout without a canvas,
//                         605030024 a layout naming an unknown channel
//   pause / resume        605030039 only while recording, 605030040 only while paused
// `throw rtcerr::exception_for<E>{}` throws a code known where it is written;
// `rtcerr::throw_error(e)` throws the right type for an error known only at
// run time - here the media server's answer, which may be a code newer than
// this program. The request handler catches at the level it cares about: one
// code, a condition of any domain, the recording domain, or any rtcerr error.
#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <rtcerr/format.hpp>
#include <rtcerr/rtcerr.hpp>

namespace {

using rtcerr::recording::errc;

struct canvas_size {
  int width = 0;
  int height = 0;
};

struct output_params {
  std::optional<canvas_size> canvas;
  std::vector<std::string> layout;  // input channel ids, one per tile
};

// The media server that composes the output, faked: the code it answers
// with to the next request (0: done).
struct media_server {
  std::int32_t next_reply = 0;
  std::int32_t apply(const output_params& /*output*/) { return std::exchange(next_reply, 0); }
};

class recording_task {
 public:
  explicit recording_task(media_server& server) : server_(server) {}

  // `stream_url` is the channel's Parameter; a create without one fails.
  void create_input_channel(const std::string& id, std::optional<std::string> stream_url) {
    if (!stream_url) throw rtcerr::exception_for<errc::input_channel_parameter_missing>{};
    if (!channels_.insert(id).second)
      throw rtcerr::exception_for<errc::input_channel_already_exists>{};
  }

  void remove_input_channel(const std::string& id) {
    if (channels_.erase(id) == 0) throw rtcerr::exception_for<errc::input_channel_not_found>{};
  }

  // A canvas and a layout go together, and every tile must name a channel.
  void set_output(const output_params& output) {
    if (paused_) throw rtcerr::exception_for<errc::output_failed_while_paused>{};
    if (output.canvas && output.layout.empty())
      throw rtcerr::exception_for<errc::output_layout_missing>{};
    if (!output.canvas && !output.layout.empty())
      throw rtcerr::exception_for<errc::output_canvas_size_missing>{};
    const bool all_known =
        std::all_of(output.layout.begin(), output.layout.end(),
                    [&](const std::string& id) { return channels_.contains(id); });
    if (!all_known) throw rtcerr::exception_for<errc::output_input_channel_invalid>{};
    if (const std::int32_t reply = server_.apply(output); reply != 0)
      rtcerr::throw_error(rtcerr::error::from_wire(reply));
  }

  void pause() {
    if (paused_) throw rtcerr::exception_for<errc::pause_requires_recording>{};
    paused_ = true;
  }

  void resume() {
    if (!paused_) throw rtcerr::exception_for<errc::resume_requires_paused>{};
    paused_ = false;
  }

 private:
  media_server& server_;
  std::set<std::string, std::less<>> channels_;
  bool paused_ = false;
};

// Runs one request against the task and reports how it ended. The first
// matching handler wins, so the most specific come first.
template <class Operation>
void handle(std::string_view request, Operation&& operation) {
  try {
    operation();
    fmt::print("{}: ok\n", request);
  } catch (const rtcerr::exception_for<errc::input_channel_already_exists>&) {
    // Clients resend a create after a timeout: the channel is there, as asked.
    fmt::print("{}: ok, already there\n", request);
  } catch (const rtcerr::condition_exception<rtcerr::condition::invalid_argument>& e) {
    fmt::print("{}: bad request: {:en}\n", request, e);
  } catch (const rtcerr::condition_exception<rtcerr::condition::invalid_state>& e) {
    fmt::print("{}: not now: {:en}\n", request, e);
  } catch (const rtcerr::recording::exception& e) {
    fmt::print("{}: failed, retry {}: {:en}\n", request, rtcerr::to_string(e.code().retry()), e);
  } catch (const rtcerr::exception& e) {
    fmt::print("{}: failed: {}\n", request, e.what());
  }
}

}  // namespace

int main() {
  media_server server;
  recording_task task(server);
  const output_params one_tile{canvas_size{1280, 720}, {"cam-1"}};

  handle("create cam-1", [&] { task.create_input_channel("cam-1", "rtmp://edge/cam-1"); });
  handle("create cam-1 again", [&] { task.create_input_channel("cam-1", "rtmp://edge/cam-1"); });
  handle("create cam-2", [&] { task.create_input_channel("cam-2", std::nullopt); });
  handle("remove cam-9", [&] { task.remove_input_channel("cam-9"); });
  handle("canvas only", [&] { task.set_output({canvas_size{1280, 720}, {}}); });
  handle("layout only", [&] { task.set_output({std::nullopt, {"cam-1"}}); });
  handle("layout with cam-3", [&] {
    task.set_output({canvas_size{1280, 720}, {"cam-1", "cam-3"}});
  });
  handle("one tile", [&] { task.set_output(one_tile); });
  handle("resume", [&] { task.resume(); });
  handle("pause", [&] { task.pause(); });
  handle("pause again", [&] { task.pause(); });
  handle("one tile while paused", [&] { task.set_output(one_tile); });
  handle("resume", [&] { task.resume(); });

  // What the media server answers is known only at run time.
  server.next_reply = 605030032;  // media_service_timeout
  handle("one tile, server slow", [&] { task.set_output(one_tile); });
  server.next_reply = 605030099;  // a recording code newer than this program
  handle("one tile, newer server", [&] { task.set_output(one_tile); });
  server.next_reply = 12345678;  // not a code of any domain
  handle("one tile, odd server", [&] { task.set_output(one_tile); });
  return 0;
}
