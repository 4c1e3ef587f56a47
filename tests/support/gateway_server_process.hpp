// examples/gateway_server.cpp (the program RTCERR_GATEWAY_SERVER names) run
// for a test: started with pipes on its standard input and output, with
// "--max-seconds 30" (so that it stops by itself if the test dies) and the
// options given; it prints the port it chose, and closing its input stops it.
#pragma once

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

class gateway_server_process {
 public:
  explicit gateway_server_process(std::initializer_list<std::string> options = {}) {
    std::vector<std::string> words{RTCERR_GATEWAY_SERVER, "--max-seconds", "30"};
    words.insert(words.end(), options);
    std::vector<char*> argv;
    for (std::string& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);
    int to_child[2], from_child[2];
    REQUIRE(::pipe(to_child) == 0);
    REQUIRE(::pipe(from_child) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, to_child[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, from_child[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, to_child[1]);
    posix_spawn_file_actions_addclose(&actions, from_child[0]);
    const int spawned = ::posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(to_child[0]);
    ::close(from_child[1]);
    input_ = to_child[1];
    output_ = ::fdopen(from_child[0], "r");
    REQUIRE_MESSAGE(spawned == 0, "cannot start " << words[0]);
    REQUIRE(output_ != nullptr);
    char line[128] = {};
    REQUIRE(std::fgets(line, sizeof line, output_) != nullptr);
    REQUIRE(std::sscanf(line, "listening on http://127.0.0.1:%d", &port_) == 1);
  }

  gateway_server_process(const gateway_server_process&) = delete;
  gateway_server_process& operator=(const gateway_server_process&) = delete;

  // Stops the server if stop() did not: it is given a few seconds after its
  // input closes, then terminated.
  ~gateway_server_process() {
    if (pid_ > 0 && exit_status_ < 0 && stop(std::chrono::seconds(5)) < 0) {
      ::kill(pid_, SIGTERM);
      ::waitpid(pid_, nullptr, 0);
    }
    if (input_ >= 0) ::close(input_);
    if (output_ != nullptr) std::fclose(output_);
  }

  int port() const { return port_; }

  // Closes the server's input and waits up to `limit` for it to exit.
  // Returns its exit status, or -1 when it did not stop in time.
  int stop(std::chrono::milliseconds limit) {
    if (input_ >= 0) ::close(input_);
    input_ = -1;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
        return exit_status_;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return -1;
  }

 private:
  pid_t pid_ = -1;
  int input_ = -1;
  std::FILE* output_ = nullptr;
  int port_ = 0;
  int exit_status_ = -1;
};
