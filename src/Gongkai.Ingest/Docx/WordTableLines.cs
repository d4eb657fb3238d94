namespace Gongkai.Ingest.Docx;

/// <summary>A Word table's cell as read: its paragraphs' text joined, the paragraphs, and the lines of tables or text boxes in it.</summary>
internal sealed record WordCell(string Text, List<string> Paragraphs, List<string> After);

/// <summary>
/// How a Word table becomes the report's lines, for DOCX and .doc alike: each row one line of its cells joined by tabs
/// (a cell continuing a merge already left out), the lines of tables nested in its cells after it; a table whose rows
/// all have one cell or none is a frame around text, its paragraphs given as lines.
/// </summary>
internal static class WordTableLines
{
    public static void Add(List<string> lines, List<List<WordCell>> rows)
    {
        var frame = rows.Count > 0 && rows.All(r => r.Count <= 1);
        foreach (var row in rows)
        {
            if (frame)
            {
                foreach (var cell in row)
                {
                    lines.AddRange(cell.Paragraphs);
                    lines.AddRange(cell.After);
                }
                continue;
            }
            lines.Add(string.Join('\t', row.Select(c => c.Text)));
            foreach (var cell in row) lines.AddRange(cell.After);
        }
    }
}
