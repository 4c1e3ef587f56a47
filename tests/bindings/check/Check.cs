// Exercises the generated C# project, compiled into an assembly: prints, for check.py to compare with
// the catalogue, every enum member, every code of the codes file as Lookup
// reports it (texts as hex of their UTF-8 bytes), and the count.
using System;
using System.IO;
using System.Text;
using Rtcerr.Codes;

public static class Check
{
    static string Hex(string s)
    {
        var sb = new StringBuilder();
        foreach (byte b in new UTF8Encoding(false).GetBytes(s)) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }

    static void Expect(StringBuilder sb, bool ok, string what)
    {
        if (!ok) sb.Append("X\t" + what + "\n");
    }

    public static void Main(string[] args)
    {
        var sb = new StringBuilder();
        foreach (RtcErrorCode c in Enum.GetValues(typeof(RtcErrorCode)))
            sb.Append("E\t" + c + "\t" + (int)c + "\n");
        foreach (string line in File.ReadAllLines(args[0], Encoding.UTF8))
        {
            if (line.Length == 0) continue;
            RtcErrorInfo i = RtcErrors.Lookup(int.Parse(line));
            sb.Append(string.Join("\t", "C", i.Code.ToString(), i.Known ? "1" : "0",
                RtcErrors.WireName(i.Domain), i.Name, Hex(i.MessageZh), Hex(i.MessageEn),
                Hex(i.HintZh), Hex(i.HintEn), RtcErrors.WireName(i.Condition),
                RtcErrors.WireName(i.Retry), i.HttpStatus.HasValue ? i.HttpStatus.Value.ToString() : "", i.GrpcCode.ToString()));
            sb.Append("\n");
        }
        sb.Append("N\t" + RtcErrors.All.Count + "\n");

        // Issue 29: TryFromValue, the error type from any number, problem+json bodies.
        foreach (string line in File.ReadAllLines(args[0], Encoding.UTF8))
        {
            if (line.Length == 0) continue;
            int n = int.Parse(line);
            RtcErrorCode member;
            sb.Append("V\t" + n + "\t" + (RtcErrors.TryFromValue(n, out member) ? 1 : 0) + "\t" +
                      RtcException.Of(n).Code + "\n");
        }
        string problems = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[0])), "problems.txt");
        foreach (string body in File.ReadAllLines(problems, Encoding.UTF8))
        {
            if (body.Length == 0) continue;
            RtcException e = RtcException.FromProblemJson(body);
            if (e == null)
            {
                sb.Append("X\tnot decoded: " + body + "\n");
                continue;
            }
            sb.Append(string.Join("\t", "P", e.Code.ToString(), e.Known ? "1" : "0",
                RtcErrors.WireName(e.Domain), e.Name, RtcErrors.WireName(e.Condition),
                RtcErrors.WireName(e.Retry), e.HttpStatus.HasValue ? e.HttpStatus.Value.ToString() : "",
                Hex(e.Message), Hex(e.Info.MessageZh), Hex(e.GetMessage("zh-CN")),
                Hex(e.GetMessage("fr")), e.GrpcCode.ToString()) + "\n");
        }
        Expect(sb, RtcException.FromProblemJson("not json") == null, "not JSON decoded");
        Expect(sb, RtcException.FromProblemJson("{\"code\":\"1\"}") == null, "string code");
        try
        {
            throw RtcException.Of((int)RtcErrorCode.GatewaySystemBusy);
        }
        catch (RtcException e)
        {
            Expect(sb, e.Retry == RtcRetry.Backoff && e.HttpStatus == 503, "caught: " + e.Retry);
        }
        RtcException unseen = RtcException.Of(605039999);
        Expect(sb, !unseen.Known && unseen.Domain == RtcDomain.Recording, "never seen");
        byte[] bytes = new UTF8Encoding(false).GetBytes(sb.ToString());
        using (Stream stdout = Console.OpenStandardOutput()) stdout.Write(bytes, 0, bytes.Length);
    }
}
