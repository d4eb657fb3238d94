using System.Buffers;
using System.Text;
using System.Text.Json;
using Gongkai.Core.Json;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Cli.Output;

/// <summary>
/// `check --format json`: one line per report,
/// {source, format, year, agency, errors, warnings, infos, findings:[{rule, severity, where, expected, actual, message}]}.
/// </summary>
public static class FindingsJson
{
    public static string Line(Report report)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, ReportJson.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("source", report.Source);
            w.WriteString("format", report.Format.Code());
            if (report.Year is int year) w.WriteNumber("year", year); else w.WriteNull("year");
            w.WriteString("agency", report.Agency);
            var counts = FindingCounts.Of(report);
            w.WriteNumber("errors", counts.Errors);
            w.WriteNumber("warnings", counts.Warnings);
            w.WriteNumber("infos", counts.Infos);
            w.WriteStartArray("findings");
            foreach (var f in report.Findings) ReportJson.WriteFinding(w, f, withAmounts: true);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary>How many findings of each severity a report has.</summary>
public readonly record struct FindingCounts(int Errors, int Warnings, int Infos)
{
    public static FindingCounts Of(Report report) => new(
        report.Findings.Count(f => f.Severity == Severity.Error),
        report.Findings.Count(f => f.Severity == Severity.Warning),
        report.Findings.Count(f => f.Severity == Severity.Info));
}
