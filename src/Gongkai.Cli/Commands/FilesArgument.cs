using System.CommandLine;

namespace Gongkai.Cli.Commands;

/// <summary>The FILE... argument every reading command takes.</summary>
internal static class FilesArgument
{
    public static Argument<string[]> Create() => new("FILE")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "报告文件、文件夹（递归读取其中所有文件，跳过隐藏文件）或通配符（*、?、**）；可给多个",
    };
}
