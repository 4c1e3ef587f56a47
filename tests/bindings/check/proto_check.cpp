// Exercises the generated error_codes.proto, compiled by protoc to C++ and
// linked against libprotobuf: prints, for check.py to compare with the
// catalogue, every ErrorCode value, every code of the codes file as a client
// reads it through the descriptors (an unlisted number: the Domain whose
// range holds it), texts as hex of their bytes, and the count.
#include <cstdio>
#include <fstream>
#include <string>

#include "rtcerr/v1/error_codes.pb.h"

namespace v1 = rtcerr::v1;

static std::string hex(const std::string& text) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : text) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const google::protobuf::EnumDescriptor* codes = v1::ErrorCode_descriptor();
  const google::protobuf::EnumDescriptor* domains = v1::Domain_descriptor();
  for (int i = 0; i < codes->value_count(); ++i)
    std::printf("E\t%s\t%d\n", codes->value(i)->name().c_str(), codes->value(i)->number());
  std::ifstream in(argv[1]);
  long long number = 0;
  while (in >> number) {
    const auto* value = codes->FindValueByNumber(static_cast<int>(number));
    std::string line = "C\t" + std::to_string(number);
    if (value != nullptr) {
      const auto& o = value->options();
      const std::string domain = o.GetExtension(v1::domain);
      line += "\t1\t" + domain + "\t" + o.GetExtension(v1::code_name) + "\t" +
              hex(o.GetExtension(v1::message_zh)) + "\t" + hex(o.GetExtension(v1::message_en)) +
              "\t" + hex(o.GetExtension(v1::hint_zh)) + "\t" + hex(o.GetExtension(v1::hint_en)) +
              "\t" + o.GetExtension(v1::condition) + "\t" + o.GetExtension(v1::retry) + "\t" +
              (o.HasExtension(v1::http_status) ? std::to_string(o.GetExtension(v1::http_status))
                                               : std::string()) +
              "\t" + std::to_string(o.GetExtension(v1::grpc_code));
    } else {
      // Not listed: the domain whose range holds it, else DOMAIN_UNSPECIFIED.
      const google::protobuf::EnumValueDescriptor* owner = domains->FindValueByNumber(0);
      std::string name = "unknown";
      for (int i = 1; i < domains->value_count(); ++i) {
        const auto& o = domains->value(i)->options();
        if (number >= o.GetExtension(v1::range_first) && number <= o.GetExtension(v1::range_last)) {
          owner = domains->value(i);
          name = owner->name().substr(7);  // DOMAIN_
          for (char& c : name) c = static_cast<char>(c - 'A' + 'a');
        }
      }
      const auto& o = owner->options();
      // Its domain's default: the first of its unknown_default options that
      // holds the number; none outside every domain (UNKNOWN).
      std::string defaults = "unknown\tnever\t\t2";
      for (int k = 0; k < o.ExtensionSize(v1::unknown_default); ++k) {
        const v1::UnknownDefault& u = o.GetExtension(v1::unknown_default, k);
        if (number >= u.first() && number <= u.last()) {
          defaults = u.condition() + "\t" + u.retry() + "\t" +
                     (u.http_status() != 0 ? std::to_string(u.http_status()) : std::string()) +
                     "\t" + std::to_string(u.grpc_code());
          break;
        }
      }
      line += "\t0\t" + name + "\tunknown\t" + hex(o.GetExtension(v1::unknown_message_zh)) + "\t" +
              hex(o.GetExtension(v1::unknown_message_en)) + "\t\t\t" + defaults;
    }
    std::printf("%s\n", line.c_str());
  }
  std::printf("N\t%d\n", codes->value_count());
  return 0;
}
