using System.Diagnostics;

namespace Gongkai.Cli.Inputs;

/// <summary>
/// "已处理 120/4000" on stderr, redrawn in place at most ten times a second; only when stderr is a terminal and there
/// are enough inputs to be worth it. Cleared before anything else is written, so it never mixes with output.
/// </summary>
public sealed class ProgressLine(CliConsole console, int total)
{
    public const int MinInputs = 20;

    private readonly bool _enabled = console.ErrIsTerminal && total > MinInputs;
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private int _done;
    private int _width;

    public void Advance()
    {
        _done++;
        if (!_enabled || _sinceDraw.ElapsedMilliseconds < 100) return;
        var text = $"\r已处理 {_done}/{total}";
        _width = Math.Max(_width, text.Length);
        console.Err.Write(text);
        console.Err.Flush();
        _sinceDraw.Restart();
    }

    public void Clear()
    {
        if (_width == 0) return;
        console.Err.Write("\r" + new string(' ', _width * 2) + "\r");
        _width = 0;
    }
}
