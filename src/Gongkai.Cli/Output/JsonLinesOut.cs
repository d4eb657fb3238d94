using System.Buffers;
using System.Text;
using System.Text.Json;
using Gongkai.Core.Json;
using Gongkai.Core.Model;

namespace Gongkai.Cli.Output;

/// <summary>
/// `extract`'s output: one report-json.md record a line, written by one reused <see cref="Utf8JsonWriter"/> into one
/// buffer that goes to stdout as UTF-8 bytes every 64 KB (<see cref="CliConsole.OutBytes"/>). Building each record as
/// a string, concatenating its newline and encoding it back to UTF-8 was a tenth of a batch's allocations
/// (docs/benchmarks.md, third pass). Without a byte stream (tests, a terminal) the buffer is written to
/// <see cref="CliConsole.Out"/> as text; a terminal gets each record as soon as it is written.
/// </summary>
public sealed class JsonLinesOut
{
    private const int FlushAt = 1 << 16;

    private readonly CliConsole _console;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt + (FlushAt >> 1));
    private readonly Utf8JsonWriter _json;

    public JsonLinesOut(CliConsole console)
    {
        _console = console;
        _json = new Utf8JsonWriter(_buffer, ReportJson.WriterOptions);
        // Whatever the text writer holds goes first: the bytes bypass it.
        if (console.OutBytes is not null) console.Out.Flush();
    }

    public void Write(Report report, bool includeNarrative)
    {
        ReportJson.Write(_json, report, includeNarrative);
        _json.Flush();
        _json.Reset();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        if (_buffer.WrittenCount >= FlushAt || _console.OutIsTerminal) Flush();
    }

    /// <summary>Writes out what is buffered (whole records only, so no character is ever cut).</summary>
    public void Flush()
    {
        if (_buffer.WrittenCount == 0) return;
        if (_console.OutBytes is { } stream) stream.Write(_buffer.WrittenSpan);
        else _console.Out.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
