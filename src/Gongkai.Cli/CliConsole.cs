using Spectre.Console;
using Spectre.Console.Rendering;

namespace Gongkai.Cli;

/// <summary>Where a command writes: stdout for results, stderr for messages and progress, and whether each is a terminal.</summary>
/// <param name="outBytes">
/// The stream under <paramref name="output"/> when that is a buffered UTF-8 writer over it (a redirected stdout): bulk
/// output (extract's JSON Lines) is written there as UTF-8 bytes, after <see cref="Out"/> is flushed, without being
/// built as a string and encoded again. Null: everything goes through <see cref="Out"/>.
/// </param>
public sealed class CliConsole(TextWriter output, TextWriter error, bool outIsTerminal = false, bool errIsTerminal = false, Stream? outBytes = null)
{
    /// <summary>Width for rendering when stdout is not a terminal: wide enough that no row is ever wrapped.</summary>
    private const int PlainWidth = 4000;

    private IAnsiConsole? _terminal;

    public TextWriter Out { get; } = output;
    public TextWriter Err { get; } = error;
    public Stream? OutBytes { get; } = outBytes;
    public bool OutIsTerminal { get; } = outIsTerminal;
    public bool ErrIsTerminal { get; } = errIsTerminal;

    /// <summary>An error message on stderr, prefixed with the program name: "gongkai: foo.txt: 文件为空".</summary>
    public void Error(string message) => Err.WriteLine($"gongkai: {message}");

    /// <summary>
    /// Writes Spectre output to stdout: with colour on a terminal; as plain text when redirected (no ANSI codes, no
    /// wrapping, no trailing blanks or blank filler lines), so it stays aligned in a file or a pipe.
    /// </summary>
    public void Write(IRenderable renderable)
    {
        if (OutIsTerminal)
        {
            _terminal ??= AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Out) });
            _terminal.Write(renderable);
            return;
        }
        var text = new StringWriter();
        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        plain.Profile.Width = PlainWidth;
        plain.Write(renderable);
        foreach (var line in text.ToString().Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length > 0) Out.Write(trimmed + "\n");
        }
    }

    /// <summary>A table: rounded borders on a terminal, Markdown-style columns when redirected.</summary>
    public void Write(Table table)
    {
        table.Border = OutIsTerminal ? TableBorder.Rounded : TableBorder.Markdown;
        Write((IRenderable)table);
    }
}
