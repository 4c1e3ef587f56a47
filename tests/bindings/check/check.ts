// Exercises the generated rtcerr.ts: prints, for check.py to compare with
// the catalogue, every enum member, every code of the codes file as
// lookup() reports it (texts as hex of their UTF-8 bytes), and the count.
import { ErrorCode, ErrorInfo, allCodes, lookup } from "./rtcerr";

declare const require: (name: string) => any;
declare const process: { argv: string[]; stdout: { write(s: string): void } };
const fs = require("fs");
const Buffer = require("buffer").Buffer;

const hex = (s: string): string => Buffer.from(s, "utf8").toString("hex");
const lines: string[] = [];
for (const key of Object.keys(ErrorCode)) {
  const value = (ErrorCode as unknown as Record<string, string | number>)[key];
  if (typeof value === "number") lines.push(`E\t${key}\t${value}`);
}
const codes = fs.readFileSync(process.argv[2], "utf8").split("\n").filter((l: string) => l !== "");
for (const text of codes) {
  const i: ErrorInfo = lookup(Number(text));
  lines.push(["C", i.code, i.known ? 1 : 0, i.domain, i.name, hex(i.messageZh), hex(i.messageEn),
              hex(i.hintZh), hex(i.hintEn), i.condition, i.retry,
              i.httpStatus === null ? "" : i.httpStatus, i.grpcCode].join("\t"));
}
lines.push(`N\t${allCodes().length}`);
process.stdout.write(lines.join("\n") + "\n");
