using Gongkai.Ingest;
using Gongkai.Ingest.Ledger;

namespace Gongkai.Fuzz;

public enum Outcome { Ok, CleanError, Crash, Timeout, Memory }

/// <summary>What one input did: the outcome and, for anything but <see cref="Outcome.Ok"/>, why.</summary>
public sealed record Verdict(Outcome Outcome, string Detail, long AllocatedBytes = 0, double Milliseconds = 0)
{
    /// <summary>Findings of one kind are one bug: the outcome and the first words of the cause.</summary>
    public string Signature => $"{Outcome}:{(Detail.Length > 60 ? Detail[..60] : Detail)}";
}

/// <summary>Runs one input through the reader of its format, in the worker process.</summary>
public static class Target
{
    public const string SourceName = "fuzz-input";

    public static Verdict Run(string format, byte[] bytes)
    {
        try
        {
            return format == "xlsx" ? RunXlsx(bytes) : RunReport(bytes);
        }
        catch (OutOfMemoryException e) { return new Verdict(Outcome.Memory, "OutOfMemoryException：" + e.Message); }
        catch (InsufficientExecutionStackException e) { return new Verdict(Outcome.Crash, Describe(e)); }
        catch (Exception e) { return new Verdict(Outcome.Crash, Describe(e)); }
    }

    /// <summary>ReportReader never throws for bad input: an error naming the input is clean unless it is the internal-error one.</summary>
    private static Verdict RunReport(byte[] bytes)
    {
        var r = ReportReader.ReadBytes(bytes, SourceName);
        if (r.Ok) return new Verdict(Outcome.Ok, "");
        if (r.Source != SourceName) return new Verdict(Outcome.Crash, $"错误未指明文件：{r.Source}");
        if (r.Error!.StartsWith(ReportReader.InternalErrorPrefix, StringComparison.Ordinal)) return new Verdict(Outcome.Crash, r.Error);
        return new Verdict(Outcome.CleanError, r.Error);
    }

    /// <summary>The ledger reader and both imports: a <see cref="LedgerException"/> whose message starts with the file name is clean.</summary>
    private static Verdict RunXlsx(byte[] bytes)
    {
        try
        {
            var sheet = XlsxSheetReader.Read(bytes, SourceName);
            foreach (var year in new[] { 2020, 2023 })
            {
                try { LedgerImport.Read(sheet, year); }
                catch (LedgerException e) { Check(e); }
                try { ProactiveImport.Read(sheet, ProactiveImport.LayoutFor(year)); }
                catch (LedgerException e) { Check(e); }
            }
            return new Verdict(Outcome.Ok, "");
        }
        catch (LedgerException e) when (e.Message.StartsWith(SourceName, StringComparison.Ordinal))
        {
            return new Verdict(Outcome.CleanError, e.Message);
        }
    }

    private static void Check(LedgerException e)
    {
        if (!e.Message.StartsWith(SourceName, StringComparison.Ordinal)) throw new InvalidOperationException("错误未指明文件：" + e.Message, e);
    }

    public static string Describe(Exception e)
    {
        var frame = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at ", StringComparison.Ordinal)) ?? "";
        return $"{e.GetType().Name}：{e.Message} {frame}".Replace('\n', ' ').Replace('\r', ' ');
    }
}
