using System.Text;
using Gongkai.Cli;

// The process entry: real console streams; everything else is in CliApp so tests can run it in-process.
var outIsTerminal = !Console.IsOutputRedirected;
// A redirected stdout is buffered (thousands of JSON lines); a terminal gets each line as it comes.
var stdoutBytes = outIsTerminal ? null : Console.OpenStandardOutput();
var stdout = stdoutBytes is null ? Console.Out : new StreamWriter(stdoutBytes, new UTF8Encoding(false), 1 << 16);
var console = new CliConsole(stdout, Console.Error, outIsTerminal, errIsTerminal: !Console.IsErrorRedirected, outBytes: stdoutBytes);
var code = CliApp.Run(args, console);
try { stdout.Flush(); }
catch (IOException) { code = code == 0 ? 2 : code; }
return code;
