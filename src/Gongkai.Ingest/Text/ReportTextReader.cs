using Gongkai.Core.Model;

namespace Gongkai.Ingest.Text;

/// <summary>Reads the text of a published annual report (as PDF/DOCX/HTML extraction leaves it) into the report model.</summary>
public static class ReportTextReader
{
    /// <summary>The report with reading findings ("read.*"); run ReportChecker.Check for the rule catalogue. Throws NotAReportException.</summary>
    public static Report Read(string text, string? source = null) => throw new NotImplementedException();
}
