// Decodes the google.rpc.Status bytes a real rtcerr gRPC service answered
// (grpc_statuses.txt, hex, one a line, beside the codes file) with the
// package's entry "@rtcerr/codes/grpc" (@bufbuild/protobuf's wire reader),
// and prints a G line for each (see run_check.py); X lines for expectations
// that do not hold.
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import { RtcError } from "@rtcerr/codes";
import { decodeGrpcStatus } from "@rtcerr/codes/grpc";

declare const require: (name: string) => any;
declare const process: { argv: string[]; stdout: { write(s: string): void } };
const fs = require("fs");
const path = require("path");
const Buffer = require("buffer").Buffer;

const hex = (s: string): string => Buffer.from(s, "utf8").toString("hex");
const lines: string[] = [];
const expect = (ok: boolean, what: string): void => {
  if (!ok) lines.push(`X\t${what}`);
};

const statuses = path.join(path.dirname(process.argv[2]), "grpc_statuses.txt");
for (const line of fs.readFileSync(statuses, "ascii").split("\n")) {
  if (line === "") continue;
  const e = decodeGrpcStatus(new Uint8Array(Buffer.from(line, "hex")));
  if (e === undefined) {
    lines.push(`X\tnot decoded: ${line}`);
    continue;
  }
  try {
    throw e;
  } catch (caught) {
    expect(caught instanceof RtcError && caught === e, "thrown and caught by type");
  }
  lines.push(["G", e.code, e.known ? 1 : 0, e.domain, e.codeName, e.condition, e.retry,
              e.httpStatus === null ? "" : e.httpStatus, e.grpcCode, hex(e.message),
              hex(e.messageFor("zh-CN")), hex(e.messageFor("en"))].join("\t"));
}

// google.rpc.Status bytes written here with @bufbuild/protobuf's writer.
const any = (type: string, value: Uint8Array): Uint8Array =>
  new BinaryWriter().tag(1, WireType.LengthDelimited).string("type.googleapis.com/" + type)
    .tag(2, WireType.LengthDelimited).bytes(value).finish();
const errorInfo = (reason: string, metadata: { [key: string]: string }): Uint8Array => {
  const w = new BinaryWriter().tag(1, WireType.LengthDelimited).string(reason)
    .tag(2, WireType.LengthDelimited).string("recording.rtc.example.com");
  for (const key of Object.keys(metadata))
    w.tag(3, WireType.LengthDelimited).bytes(new BinaryWriter().tag(1, WireType.LengthDelimited)
      .string(key).tag(2, WireType.LengthDelimited).string(metadata[key]).finish());
  return any("google.rpc.ErrorInfo", w.finish());
};
const status = (code: number, message: string, details: Uint8Array[]): Uint8Array => {
  const w = new BinaryWriter().tag(1, WireType.Varint).int32(code)
    .tag(2, WireType.LengthDelimited).string(message);
  for (const d of details) w.tag(3, WireType.LengthDelimited).bytes(d);
  return w.finish();
};

// Not rtcerr's: nothing, never an exception.
expect(decodeGrpcStatus(status(5, "not found", [errorInfo("NOT_FOUND", {})])) === undefined,
       "a foreign status decoded");
expect(decodeGrpcStatus(new Uint8Array([255, 255, 255, 32])) === undefined, "garbage decoded");
for (const bad of ["abc", "", "99999999999", "12 ", "+1"])
  expect(decodeGrpcStatus(status(2, "", [errorInfo("X", { code: bad })])) === undefined,
         `metadata code '${bad}' decoded`);
// A newer server's code without a name in the metadata: the reason is the name.
const newer = decodeGrpcStatus(status(8, "Composition quota exceeded", [
  errorInfo("COMPOSITION_QUOTA_EXCEEDED", { code: "605039999" }),
  any("google.rpc.RetryInfo", new Uint8Array(0))]));
expect(newer !== undefined && !newer.known && newer.codeName === "composition_quota_exceeded" &&
       newer.domain === "recording" && newer.retry === "backoff" && newer.grpcCode === 8 &&
       newer.messageFor("fr") === "Composition quota exceeded",
       `a newer server's code: ${JSON.stringify(newer && newer.info)}`);
process.stdout.write(lines.map((l) => l + "\n").join(""));
