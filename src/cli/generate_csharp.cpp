// C#: a .NET project. RtcErrors.cs (namespace --namespace; type names take
// --prefix) holds enums for codes, domains, conditions and retry policies, a
// sealed, immutable `RtcErrorInfo` whose HttpStatus is null where there is
// none, and `RtcErrors.Lookup(int)`, which accepts any number a peer sends.
// Plain C# 6 (no records), so that Unity's and Mono's compilers take it;
// `RtcErrors.TryFromValue`; `RtcException`, the error type, with a
// problem+json reader; <package>.csproj packs it for NuGet (netstandard2.0).
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

constexpr literal_syntax lit{unicode_escape::u_and_big_u, "", "null"};

// The error type and its problem+json reader ("@P@": the type-name prefix).
constexpr std::string_view exception_cs = R"~(
    /// <summary>
    /// A failure with a catalogue code, to throw: <c>catch (@P@Exception e)</c> catches it,
    /// Condition and Retry say what to do. Message is the English text, GetMessage(locale)
    /// the text for a user.
    /// </summary>
    public class @P@Exception : System.Exception
    {
        /// <summary>The error of <paramref name="info"/>, with what a server said about this occurrence (or null).</summary>
        public @P@Exception(@P@ErrorInfo info, string detail = null) : base(info.MessageEn)
        {
            Info = info;
            Detail = detail;
        }

        /// <summary>The error of any number; an unknown code keeps its number and domain. Never throws.</summary>
        public static @P@Exception Of(int code) { return new @P@Exception(@P@Errors.Lookup(code)); }

        public @P@ErrorInfo Info { get; }
        public int Code { get { return Info.Code; } }
        public bool Known { get { return Info.Known; } }
        public @P@Domain Domain { get { return Info.Domain; } }
        public string Name { get { return Info.Name; } }
        public @P@Condition Condition { get { return Info.Condition; } }
        public @P@Retry Retry { get { return Info.Retry; } }
        /// <summary>The HTTP status; null where none.</summary>
        public int? HttpStatus { get { return Info.HttpStatus; } }
        public int GrpcCode { get { return Info.GrpcCode; } }
        /// <summary>What the server said about this occurrence (problem+json "detail"), or null.</summary>
        public string Detail { get; }

        /// <summary>The message for <paramref name="locale"/>, with @P@Errors.Message's fallback.</summary>
        public string GetMessage(string locale) { return @P@Errors.Message(Info, locale); }

        /// <summary>
        /// An application/problem+json body as an exception to throw, or null when the body is
        /// not JSON or has no integer "code". See FromProblem.
        /// </summary>
        public static @P@Exception FromProblemJson(string body)
        {
            object doc;
            try { doc = Json.Parse(body); }
            catch (System.FormatException) { return null; }
            var members = doc as IDictionary<string, object>;
            return members == null ? null : FromProblem(members);
        }

        /// <summary>
        /// A problem+json body already parsed (by System.Text.Json, Json.NET, Unity's JsonUtility
        /// into a dictionary) as an exception, or null without an integer "code". The body's
        /// members win over this package's catalogue, so that a code a newer server knows keeps
        /// the server's name, texts, condition and retry policy; a member missing or of a value
        /// this package does not know comes from Lookup (retry: Backoff when "retryable", for an
        /// unknown code).
        /// </summary>
        public static @P@Exception FromProblem(IDictionary<string, object> body)
        {
            double number;
            if (!TryNumber(Member(body, "code"), out number) || number != System.Math.Floor(number) ||
                number < int.MinValue || number > int.MaxValue)
                return null;
            @P@ErrorInfo b = @P@Errors.Lookup((int)number);
            var domain = b.Domain;
            var condition = b.Condition;
            var retry = b.Known ? b.Retry : true.Equals(Member(body, "retryable")) ? @P@Retry.Backoff : @P@Retry.Never;
            foreach (@P@Domain d in System.Enum.GetValues(typeof(@P@Domain)))
                if (@P@Errors.WireName(d).Equals(Member(body, "domain"))) domain = d;
            foreach (@P@Condition c in System.Enum.GetValues(typeof(@P@Condition)))
                if (@P@Errors.WireName(c).Equals(Member(body, "condition"))) condition = c;
            foreach (@P@Retry r in System.Enum.GetValues(typeof(@P@Retry)))
                if (@P@Errors.WireName(r).Equals(Member(body, "retry"))) retry = r;
            double status;
            var info = new @P@ErrorInfo(b.Code, b.Known, domain, Text(body, "name", b.Name),
                @TEXTS@,
                condition, retry,
                TryNumber(Member(body, "status"), out status) ? (int?)(int)status : b.HttpStatus,
                b.GrpcCode);
            return new @P@Exception(info, Member(body, "detail") as string);
        }

        private static object Member(IDictionary<string, object> body, string key)
        {
            object value;
            return body.TryGetValue(key, out value) ? value : null;
        }

        private static string Text(IDictionary<string, object> body, string key, string fallback)
        {
            return Member(body, key) as string ?? fallback;
        }

        private static bool TryNumber(object value, out double number)
        {
            number = 0;
            if (value is double) { number = (double)value; return true; }
            if (value is long) { number = (long)value; return true; }
            if (value is int) { number = (int)value; return true; }
            return false;
        }

        /// <summary>A small, strict JSON reader: objects, arrays, strings, numbers, literals.</summary>
        private sealed class Json
        {
            private readonly string s;
            private int at;

            private Json(string text) { s = text ?? ""; }

            public static object Parse(string text)
            {
                var json = new Json(text);
                json.Space();
                object value = json.Value(0);
                json.Space();
                if (json.at != json.s.Length) throw new System.FormatException("trailing characters");
                return value;
            }

            private void Space()
            {
                while (at < s.Length && " \t\r\n".IndexOf(s[at]) >= 0) ++at;
            }

            private char Peek()
            {
                if (at >= s.Length) throw new System.FormatException("unexpected end");
                return s[at];
            }

            private void Expect(char c)
            {
                if (Peek() != c) throw new System.FormatException("expected " + c + " at " + at);
                ++at;
            }

            private object Value(int depth)
            {
                if (depth > 64) throw new System.FormatException("nested deeper than 64 levels");
                char c = Peek();
                if (c == '{')
                {
                    ++at;
                    var members = new Dictionary<string, object>();
                    Space();
                    if (Peek() == '}') { ++at; return members; }
                    while (true)
                    {
                        Space();
                        string key = String();
                        Space();
                        Expect(':');
                        Space();
                        members[key] = Value(depth + 1);
                        Space();
                        if (Peek() == ',') { ++at; continue; }
                        Expect('}');
                        return members;
                    }
                }
                if (c == '[')
                {
                    ++at;
                    var items = new List<object>();
                    Space();
                    if (Peek() == ']') { ++at; return items; }
                    while (true)
                    {
                        Space();
                        items.Add(Value(depth + 1));
                        Space();
                        if (Peek() == ',') { ++at; continue; }
                        Expect(']');
                        return items;
                    }
                }
                if (c == '"') return String();
                foreach (string word in new[] { "true", "false", "null" })
                {
                    if (string.CompareOrdinal(s, at, word, 0, word.Length) == 0)
                    {
                        at += word.Length;
                        if (word == "null") return null;
                        return word == "true";
                    }
                }
                int start = at;
                while (at < s.Length && "+-0123456789.eE".IndexOf(s[at]) >= 0) ++at;
                string number = s.Substring(start, at - start);
                long integer;
                if (long.TryParse(number, System.Globalization.NumberStyles.AllowLeadingSign,
                                  System.Globalization.CultureInfo.InvariantCulture, out integer))
                    return integer;
                double real;
                if (number.Length > 0 &&
                    double.TryParse(number, System.Globalization.NumberStyles.Float,
                                    System.Globalization.CultureInfo.InvariantCulture, out real))
                    return real;
                throw new System.FormatException("not a value at " + start);
            }

            private string String()
            {
                Expect('"');
                var out_ = new System.Text.StringBuilder();
                while (true)
                {
                    char c = Peek();
                    ++at;
                    if (c == '"') return out_.ToString();
                    if (c < ' ') throw new System.FormatException("control character in a string");
                    if (c != '\\') { out_.Append(c); continue; }
                    char e = Peek();
                    ++at;
                    switch (e)
                    {
                        case '"': case '\\': case '/': out_.Append(e); break;
                        case 'b': out_.Append('\b'); break;
                        case 'f': out_.Append('\f'); break;
                        case 'n': out_.Append('\n'); break;
                        case 'r': out_.Append('\r'); break;
                        case 't': out_.Append('\t'); break;
                        case 'u':
                            int unit;
                            if (at + 4 > s.Length ||
                                !int.TryParse(s.Substring(at, 4), System.Globalization.NumberStyles.HexNumber,
                                              System.Globalization.CultureInfo.InvariantCulture, out unit))
                                throw new System.FormatException("bad escape at " + at);
                            out_.Append((char)unit);
                            at += 4;
                            break;
                        default: throw new System.FormatException("unknown escape at " + at);
                    }
                }
            }
        }
    }
)~";

std::string csproj(const generate_options& options) {
  return R"(<Project Sdk="Microsoft.NET.Sdk">
  <!-- Generated by rtcerr generate; do not edit. -->
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>6</LangVersion>
    <RootNamespace>)" +
         options.name_space + "</RootNamespace>\n    <AssemblyName>" + options.package +
         "</AssemblyName>\n    <PackageId>" + options.package + "</PackageId>\n    <Version>" +
         options.version + R"(</Version>
    <Description>The RTC platform's error codes, generated by rtcerr.</Description>
    <PackageLicenseExpression>BSL-1.0</PackageLicenseExpression>
  </PropertyGroup>
</Project>
)";
}

std::string names_array(const std::vector<std::string>& names) { return joined(names, ", ", lit); }

}  // namespace

std::string csharp_constant(const model_code& code, const generate_options& options) {
  return type_name(options, "ErrorCode.") + pascal_case(qualified_name(code));
}

std::vector<generated_file> generate_csharp(const catalogue_model& model,
                                            const generate_options& options) {
  const type_prefixer t{options};
  // The error type, its decoded texts written per language: each message from
  // its problem+json member, the hints from the catalogue.
  std::string exception = t(exception_cs);
  exception.replace(
      exception.find("@TEXTS@"), 7,
      text_fields(model, ", ", [](const std::string& field, const model_locale& l, bool hint) {
        const std::string base = "b." + pascal_case(field);
        return hint ? base : "Text(body, " + lit(problem_member(l)) + ", " + base + ")";
      }));
  std::string out =
      generated_header(model, "// ", t("@P@Errors.cs - the RTC platform's error codes."));
  out += t(R"(//
// Branch on @P@Errors.Lookup(code).Condition (shared across domains) or
// compare with @P@ErrorCode members. Lookup never throws: a number that is not
// listed here (a newer server's code) gives Known == false, the number as
// received and the domain whose range holds it.
// <auto-generated/>
using System.Collections.Generic;

namespace )") +
         options.name_space + t(R"(
{
    /// <summary>The subsystem whose range holds a code; Unknown for 0 and numbers outside every range.</summary>
    public enum @P@Domain
    {
)");
  for (const model_domain& d : model.domains) out += "        " + pascal_case(d.name) + ",\n";
  out +=
      "        Unknown,\n    }\n\n"
      "    /// <summary>The kind of failure, shared across domains: branch on this.</summary>\n" +
      t("    public enum @P@Condition\n    {\n");
  for (const std::string& c : model.conditions) out += "        " + pascal_case(c) + ",\n";
  out += "    }\n\n    /// <summary>What to do before trying again.</summary>\n" +
         t("    public enum @P@Retry\n    {\n");
  for (const std::string& r : model.retries) out += "        " + pascal_case(r) + ",\n";
  out += "    }\n\n    /// <summary>Every code of the catalogue. A number from the wire may be " +
         t("none of these: use @P@Errors.Lookup.</summary>\n    public enum @P@ErrorCode\n    {\n");
  for (const model_code& c : model.codes)
    out += "        /// <summary>" + comment_text(c.message_en) + "</summary>\n        " +
           pascal_case(qualified_name(c)) + " = " + std::to_string(c.value) + ",\n";
  out +=
      t(R"(    }

    /// <summary>Everything the catalogue says about one code. Immutable.</summary>
    public sealed class @P@ErrorInfo
    {
        /// <summary>The number, as received (kept as is when unknown).</summary>
        public int Code { get; }
        /// <summary>False for a number this catalogue does not list.</summary>
        public bool Known { get; }
        public @P@Domain Domain { get; }
        /// <summary>snake_case, unique within the domain; "unknown" when not known.</summary>
        public string Name { get; }
)") +
      text_fields(model, "",
                  [](const std::string& field, const model_locale&, bool) {
                    return "        public string " + pascal_case(field) + " { get; }\n";
                  }) +
      t(R"(        public @P@Condition Condition { get; }
        public @P@Retry Retry { get; }
        /// <summary>The HTTP status a service answers with; null where none.</summary>
        public int? HttpStatus { get; }
        /// <summary>The google.rpc.Code a gRPC service answers with (2: UNKNOWN when not known).</summary>
        public int GrpcCode { get; }

        internal @P@ErrorInfo(int code, bool known, @P@Domain domain, string name,
                              )") +
      text_fields(model, ", ",
                  [](const std::string& field, const model_locale&, bool) {
                    return "string " + camel_case(field);
                  }) +
      t(R"(,
                              @P@Condition condition, @P@Retry retry, int? httpStatus,
                              int grpcCode)
        {
            Code = code;
            Known = known;
            Domain = domain;
            Name = name;
)") +
      text_fields(model, "",
                  [](const std::string& field, const model_locale&, bool) {
                    return "            " + pascal_case(field) + " = " + camel_case(field) + ";\n";
                  }) +
      t(R"(            Condition = condition;
            Retry = retry;
            HttpStatus = httpStatus;
            GrpcCode = grpcCode;
        }

        /// <summary>"domain.name (code): English message".</summary>
        public override string ToString()
        {
            return @P@Errors.WireName(Domain) + "." + Name + " (" + Code + "): " + MessageEn;
        }
    }

    public static class @P@Errors
    {
        public const string CatalogueVersion = )") +
      lit(model.version) +
      ";\n        public const string CatalogueFingerprint = " + lit(model.fingerprint) + ";\n\n";

  const std::vector<std::string> domains = domain_names(model);
  out +=
      "        private static readonly string[] DomainNames = { " + names_array(domains) + " };\n";
  out += "        private static readonly string[] ConditionNames = { " +
         names_array(model.conditions) + " };\n";
  out += "        private static readonly string[] RetryNames = { " + names_array(model.retries) +
         " };\n";
  out += "        private static readonly long[] DomainFirst = { ";
  for (const model_domain& d : model.domains) out += std::to_string(d.first) + ", ";
  out += "};\n        private static readonly long[] DomainLast = { ";
  for (const model_domain& d : model.domains) out += std::to_string(d.last) + ", ";
  out += "};\n";
  // The messages of an unlisted code per language, indexed by domain (the
  // last for a value outside every range).
  for (const model_locale& l : model.locales) {
    out += "        private static readonly string[] " + pascal_case("unknown_message_" + l.tag) +
           " = { ";
    for (const model_domain& d : model.domains) out += lit(d.*l.unknown_message) + ", ";
    out += lit(model.*l.outside_message) + " };\n";
  }
  // What an unlisted number defaults to, one column per array: each domain's
  // parts of its range, then its whole range; the first that holds it applies.
  const std::vector<model_unknown_default> defaults = unknown_default_rows(model);
  const auto column = [&defaults](
                          std::string_view type, std::string_view name,
                          const std::function<std::string(const model_unknown_default&)>& render) {
    return "        private static readonly " + std::string(type) + "[] " + std::string(name) +
           " = { " + joined(defaults, ", ", render) + " };\n";
  };
  out += column("long", "DefaultFirst",
                [](const model_unknown_default& u) { return std::to_string(u.first); });
  out += column("long", "DefaultLast",
                [](const model_unknown_default& u) { return std::to_string(u.last); });
  out += column(t("@P@Condition"), "DefaultCondition", [&t](const model_unknown_default& u) {
    return t("@P@Condition.") + pascal_case(u.condition);
  });
  out += column(t("@P@Retry"), "DefaultRetry", [&t](const model_unknown_default& u) {
    return t("@P@Retry.") + pascal_case(u.retry);
  });
  out += column("int?", "DefaultHttpStatus",
                [](const model_unknown_default& u) { return lit.number_or_none(u.http_status); });
  out += column("int", "DefaultGrpcCode",
                [](const model_unknown_default& u) { return std::to_string(u.grpc_code); });
  out += "        private static readonly string[] Languages = { " +
         joined(model.locales, ", ", [](const model_locale& l) { return lit(l.tag); }) + " };\n\n";

  out += t("        private static readonly @P@ErrorInfo[] Codes =\n        {\n");
  for (const model_code& c : model.codes)
    out += t("            new @P@ErrorInfo(") +
           code_row(model, c,
                    enum_row_spelling(lit, t("@P@Domain"), t("@P@Condition"), t("@P@Retry"),
                                      pascal_case)) +
           "),\n";
  out += t(R"(        };

        private static readonly Dictionary<int, @P@ErrorInfo> ByCode = Index();

        private static Dictionary<int, @P@ErrorInfo> Index()
        {
            var index = new Dictionary<int, @P@ErrorInfo>();
            foreach (var info in Codes) index.Add(info.Code, info);
            return index;
        }

        /// <summary>The name used on the wire and in the catalogue ("engine").</summary>
        public static string WireName(@P@Domain domain) { return DomainNames[(int)domain]; }
        public static string WireName(@P@Condition condition) { return ConditionNames[(int)condition]; }
        public static string WireName(@P@Retry retry) { return RetryNames[(int)retry]; }

        /// <summary>The domain whose range holds code; Unknown outside every range.</summary>
        public static @P@Domain DomainOf(long code)
        {
            for (int i = 0; i < DomainFirst.Length; ++i)
                if (code >= DomainFirst[i] && code <= DomainLast[i]) return (@P@Domain)i;
            return @P@Domain.Unknown;
        }

        /// <summary>
        /// Everything known about code. Never throws and never returns null: a
        /// number not in the catalogue gives Known == false, keeps the number and
        /// names the domain of its range.
        /// </summary>
        public static @P@ErrorInfo Lookup(int code)
        {
            @P@ErrorInfo info;
            if (ByCode.TryGetValue(code, out info)) return info;
            @P@Domain domain = DomainOf(code);
            int u = 0;
            while (u < DefaultFirst.Length && !(code >= DefaultFirst[u] && code <= DefaultLast[u])) ++u;
            bool stated = u < DefaultFirst.Length;
            return new @P@ErrorInfo(code, false, domain, "unknown",
                                    )") +
         text_fields(model, ", ",
                     [](const std::string&, const model_locale& l, bool hint) {
                       return hint ? std::string("\"\"")
                                   : pascal_case("unknown_message_" + l.tag) + "[(int)domain]";
                     }) +
         t(R"(,
                                    stated ? DefaultCondition[u] : @P@Condition.Unknown,
                                    stated ? DefaultRetry[u] : @P@Retry.Never,
                                    stated ? DefaultHttpStatus[u] : null,
                                    stated ? DefaultGrpcCode[u] : @UNKNOWN_GRPC_CODE@);
        }

        /// <summary>Everything the catalogue says about this code.</summary>
        public static @P@ErrorInfo Info(this @P@ErrorCode code) { return Lookup((int)code); }

        /// <summary>Every code of the catalogue, success first.</summary>
        public static IReadOnlyList<@P@ErrorInfo> All { get { return System.Array.AsReadOnly(Codes); } }

        /// <summary>
        /// The safe number-to-enum conversion: true and the member <paramref name="code"/> is,
        /// or false for a number this package does not list (a cast would make an undefined
        /// member, Enum.Parse would throw).
        /// </summary>
        public static bool TryFromValue(int code, out @P@ErrorCode value)
        {
            value = (@P@ErrorCode)code;
            return ByCode.ContainsKey(code);
        }

        /// <summary>
        /// The message of <paramref name="info"/> for <paramref name="locale"/> ("zh", "zh-CN",
        /// "en_US"): the text of the locale's language, else English, else the first text there is.
        /// </summary>
        public static string Message(@P@ErrorInfo info, string locale)
        {
            string language = (locale ?? "").ToLowerInvariant().Split('-', '_')[0];
            string[] texts = { )") +
         joined(model.locales, ", ",
                [](const model_locale& l) { return "info." + pascal_case("message_" + l.tag); }) +
         t(R"( };
            foreach (string wanted in new[] { language, "en", "" })
            {
                for (int i = 0; i < texts.Length; ++i)
                    if ((wanted.Length == 0 || Languages[i] == wanted) && texts[i].Length > 0) return texts[i];
            }
            return info.MessageEn;
        }
    }
)") + exception +
         "}\n";
  return {{t("@P@Errors.cs"), with_unknown_grpc_code(out, model)},
          {options.package + ".csproj", csproj(options)}};
}

}  // namespace rtcerr::cli
