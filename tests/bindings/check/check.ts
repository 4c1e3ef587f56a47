// Exercises the generated npm package, installed from its tarball: prints,
// for run_check.py to compare with the catalogue, every ErrorCode member,
// every code of the codes file as lookup() reports it (texts as hex of their
// UTF-8 bytes), and the count; and an X line for each expectation of the
// typed API that does not hold.
import { CONDITIONS, ErrorCode, ErrorInfo, allCodes, domainOf, lookup } from "@rtcerr/codes";

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
process.stdout.write(lines.join("\n") + "\n");
