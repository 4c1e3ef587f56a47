// Exercises the generated npm package, installed from its tarball: prints,
// for run_check.py to compare with the catalogue, every ErrorCode member,
// every code of the codes file as lookup() reports it (texts as hex of their
// UTF-8 bytes), and the count; and an X line for each expectation of the
// typed API that does not hold.
import {
  CONDITIONS, ErrorCode, ErrorInfo, RtcError, allCodes, decodeProblem, domainOf, fromValue, lookup,
} from "@rtcerr/codes";

declare const require: (name: string) => any;
declare const process: { argv: string[]; stdout: { write(s: string): void } };
const fs = require("fs");
const Buffer = require("buffer").Buffer;

const hex = (s: string): string => Buffer.from(s, "utf8").toString("hex");
const lines: string[] = [];
const expect = (ok: boolean, what: string): void => {
  if (!ok) lines.push(`X\t${what}`);
};

for (const key of Object.keys(ErrorCode)) {
  const value = (ErrorCode as unknown as Record<string, unknown>)[key];
  lines.push(`E\t${key}\t${value}`);
}
const codes = fs.readFileSync(process.argv[2], "utf8").split("\n").filter((l: string) => l !== "");
for (const text of codes) {
  const i: ErrorInfo = lookup(Number(text));
  lines.push(["C", i.code, i.known ? 1 : 0, i.domain, i.name, hex(i.messageZh), hex(i.messageEn),
              hex(i.hintZh), hex(i.hintEn), i.condition, i.retry,
              i.httpStatus === null ? "" : i.httpStatus, i.grpcCode].join("\t"));
}
lines.push(`N\t${allCodes().length}`);

// Numbers only: anything else is a TypeError that says what it got.
const refused = (input: unknown): string => {
  try {
    lookup(input as number);
  } catch (e) {
    return e instanceof TypeError ? e.message : `not a TypeError: ${e}`;
  }
  return "accepted";
};
expect(/integer.*"605030099"/.test(refused("605030099")), `lookup("605030099"): ${refused("605030099")}`);
expect(/integer.*3\.7/.test(refused(3.7)), `lookup(3.7): ${refused(3.7)}`);
expect(refused(NaN) !== "accepted", "lookup(NaN) accepted");
expect(domainOf(605030002) === "recording", "domainOf(605030002)");
// Typed values: a condition is one of CONDITIONS, and ErrorCode is frozen.
expect(CONDITIONS.indexOf(lookup(ErrorCode.GatewaySystemBusy).condition) >= 0, "condition listed");
expect(Object.isFrozen(ErrorCode), "ErrorCode is not frozen");

// Issue 29: fromValue, the error type from any number, problem+json bodies.
for (const text of codes) {
  const n = Number(text);
  lines.push(`V\t${n}\t${fromValue(n) === undefined ? 0 : 1}\t${RtcError.fromCode(n).code}`);
}
const bodies = fs.readFileSync(require("path").join(require("path").dirname(process.argv[2]),
                                                    "problems.txt"), "utf8")
  .split("\n").filter((l: string) => l !== "");
for (const body of bodies) {
  const e = decodeProblem(body);
  if (e === undefined) {
    lines.push(`X\tnot decoded: ${body}`);
    continue;
  }
  lines.push(["P", e.code, e.known ? 1 : 0, e.domain, e.codeName, e.condition, e.retry,
              e.httpStatus === null ? "" : e.httpStatus, hex(e.message), hex(e.info.messageZh),
              hex(e.messageFor("zh-CN")), hex(e.messageFor("fr")), e.grpcCode].join("\t"));
}
expect(decodeProblem("not json") === undefined, "a body that is not JSON decoded");
expect(decodeProblem('{"code":"1"}') === undefined, "a string code decoded");
// Thrown and caught by type.
try {
  throw RtcError.fromCode(ErrorCode.GatewaySystemBusy, "42 tasks queued");
} catch (e) {
  expect(e instanceof RtcError && e instanceof Error, "RtcError caught by type");
  if (e instanceof RtcError) {
    expect(e.retry === "backoff" && e.httpStatus === 503 && e.detail === "42 tasks queued",
           `caught: ${e.retry} ${e.httpStatus} ${e.detail}`);
    expect(e.name === "RtcError" && e.message === lookup(606000006).messageEn, "name, message");
  }
}
const unseen = RtcError.fromCode(605039999);
expect(!unseen.known && unseen.domain === "recording", "a code never seen: known false, domain");
process.stdout.write(lines.join("\n") + "\n");
