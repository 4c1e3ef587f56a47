#!/usr/bin/env bash
# End to end: traces across two processes over loopback (examples/remote_traces).
#
#   remote_traces_e2e.sh WORKER GATEWAY CLIENT
#
# Starts the recording worker (grpc++) and the gateway (cpp-httplib) with
# pipes on their standard input (closing them stops both), then runs the
# client against each of the gateway's listeners with a W3C traceparent:
#   - internal: the client prints the joined trace, checked line by line
#     against the lines written below (the worker's three calls with their
#     context, the gateway's hop, the client's own), each service with the
#     trace id the client sent; the user id, marked sensitive in the worker,
#     appears nowhere in the body;
#   - public: the same failure, with no trace in the body.
set -euo pipefail
worker=$1 gateway=$2 client=$3
dir=$(mktemp -d)
pids=()
cleanup() {
  exec 3>&- 4>&- 2>/dev/null || true
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$dir"
}
trap cleanup EXIT
mkfifo "$dir/worker_in" "$dir/gateway_in"

# $1: the file a server prints to; prints its first line once it is there.
first_line() {
  for _ in $(seq 200); do
    if [[ -s $1 ]]; then head -n 1 "$1"; return 0; fi
    sleep 0.1
  done
  echo "no output from a server" >&2
  return 1
}

"$worker" --max-seconds 60 <"$dir/worker_in" >"$dir/worker_out" &
pids+=($!)
exec 3>"$dir/worker_in"
worker_port=$(first_line "$dir/worker_out" | sed -n 's/^listening on 127\.0\.0\.1:\([0-9][0-9]*\)$/\1/p')
[[ -n $worker_port ]] || { echo "worker: no port" >&2; exit 1; }

"$gateway" --worker "$worker_port" --max-seconds 60 <"$dir/gateway_in" >"$dir/gateway_out" &
pids+=($!)
exec 4>"$dir/gateway_in"
ports=$(first_line "$dir/gateway_out")
public_port=$(sed -n 's/^listening public http:\/\/127\.0\.0\.1:\([0-9]*\) internal .*$/\1/p' <<<"$ports")
internal_port=$(sed -n 's/^listening public .* internal http:\/\/127\.0\.0\.1:\([0-9]*\)$/\1/p' <<<"$ports")
[[ -n $public_port && -n $internal_port ]] || { echo "gateway: no ports in '$ports'" >&2; exit 1; }

traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
id=4bf92f3577b34da6a3ce929d0e0e4736

# $1: what the client printed; the rest: one extended regex per line, in order.
expect_lines() {
  local got=$1
  shift
  local n=$#
  if [[ $(wc -l <<<"$got") -ne $n ]]; then
    printf 'expected %d lines, got:\n%s\n' "$n" "$got" >&2
    return 1
  fi
  local i=1
  for pattern in "$@"; do
    local line
    line=$(sed -n "${i}p" <<<"$got")
    if ! grep -Eq "^${pattern}\$" <<<"$line"; then
      printf 'line %d: %s\ndoes not match: %s\nwhole output:\n%s\n' "$i" "$line" "$pattern" "$got" >&2
      return 1
    fi
    i=$((i + 1))
  done
}

internal=$("$client" --gateway "$internal_port" --traceparent "$traceparent" --print-body 1 || true)
body=$(sed -n 's/^body: //p' <<<"$internal")
if grep -q 'u-7731' <<<"$body"; then
  echo "the sensitive user id reached the wire: $body" >&2
  exit 1
fi
expect_lines "$(sed '/^body: /d' <<<"$internal")" \
  'status 504 \(with a trace\)' \
  'recording\.stream_data_timeout \(605030046\): 流数据超时' \
  "  in service recording-worker \\(trace $id\\):" \
  '    at worker\.cpp:[0-9]+ read_stream' \
  '    at worker\.cpp:[0-9]+ write_segment: read_stream\(room\)' \
  '    at worker\.cpp:[0-9]+ record: write_segment\(room, user\)' \
  '    context: room="r-1001" user=<redacted>' \
  "  in service gateway \\(trace $id\\):" \
  '    at gateway\.cpp:[0-9]+ start_recording: call_worker\(request\)' \
  '  at client\.cpp:[0-9]+ record_room: ask_gateway\(port, room, traceparent\)' \
  '  context: room="r-1001"'

public=$("$client" --gateway "$public_port" --traceparent "$traceparent" --print-body 1 || true)
if grep -q '"trace"' <<<"$public"; then
  echo "the public answer carried a trace: $public" >&2
  exit 1
fi
expect_lines "$(sed '/^body: /d' <<<"$public")" \
  'status 504 \(without a trace\)' \
  'recording\.stream_data_timeout \(605030046\): 流数据超时' \
  '  \(the service sent no trace\)' \
  '  at client\.cpp:[0-9]+ record_room: ask_gateway\(port, room, traceparent\)' \
  '  context: room="r-1001"'
echo "joined trace and trace id $id: ok"
