using Gongkai.Core.Model;
using Gongkai.Ingest;

namespace Gongkai.Tests.Ingest;

/// <summary>One input read back: the one report it holds, every cell of every section as expected (blank as blank).</summary>
internal static class SameCells
{
    /// <returns>The report read, for further checks.</returns>
    public static Report Assert(Report expected, ReadResult result, string context = "")
    {
        Xunit.Assert.True(result.Ok, $"{context}{result.Error}");
        var read = Xunit.Assert.Single(result.Reports);
        foreach (var section in expected.Sections)
        {
            var got = read.Section(section.Layout.Key).Cells;
            for (var i = 0; i < section.Cells.Length; i++)
                Xunit.Assert.True(section.Cells[i] == got[i], $"{context}{section.Layout.CellPath(i)}: expected {section.Cells[i]}, read {got[i]}");
        }
        return read;
    }
}
