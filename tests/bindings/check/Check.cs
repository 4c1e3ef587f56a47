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
        byte[] bytes = new UTF8Encoding(false).GetBytes(sb.ToString());
        using (Stream stdout = Console.OpenStandardOutput()) stdout.Write(bytes, 0, bytes.Length);
    }
}
