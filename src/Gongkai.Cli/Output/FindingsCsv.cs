using System.Text;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Cli.Output;

/// <summary>`check --format csv`: one row per finding, RFC 4180 (CRLF line ends, fields quoted when they need it), UTF-8.</summary>
public static class FindingsCsv
{
    public const string Header = "source,rule,severity,where,expected,actual,message\r\n";

    public static string Rows(Report report)
    {
        var sb = new StringBuilder();
        foreach (var f in report.Findings)
        {
            Field(sb, report.Source ?? "").Append(',');
            Field(sb, f.Rule).Append(',');
            Field(sb, f.SeverityCode).Append(',');
            Field(sb, f.Where).Append(',');
            sb.Append(Amount(f.Expected)).Append(',');
            sb.Append(Amount(f.Actual)).Append(',');
            Field(sb, f.Message).Append("\r\n");
        }
        return sb.ToString();
    }

    public static string Amount(decimal? value) => value is decimal v ? Rule.Format(v) : "";

    /// <summary>A text field as RFC 4180 writes it, never a spreadsheet formula (<see cref="Gongkai.Render.Export.Csv"/>).</summary>
    public static StringBuilder Field(StringBuilder sb, string value) => Gongkai.Render.Export.Csv.Text(sb, value);
}
