using System.Collections.Immutable;
using Gongkai.Core.Model;

namespace Gongkai.Ingest;

/// <summary>What reading one input gave: its reports (a JSON Lines file may hold many), or an error naming the cause.</summary>
public sealed record ReadResult(string Source, ImmutableArray<Report> Reports, string? Error)
{
    public bool Ok => Error is null;

    public static ReadResult Fail(string source, string error) => new(source, [], error);
    public static ReadResult Of(string source, params Report[] reports) => new(source, [.. reports], null);
}

/// <summary>Input that is not a readable annual report; the message is Chinese and names the cause.</summary>
public class NotAReportException(string message) : Exception(message);
