using System.Text;
using Gongkai.Render.Document;

namespace Gongkai.Render.Text;

/// <summary>The document as plain text, each table row one line of tab-separated cells: what a careful DOCX-to-text conversion gives.</summary>
public static class PlainTextRenderer
{
    public static string Render(ReportDocument doc)
    {
        var sb = new StringBuilder();
        sb.Append(doc.Title).Append('\n').Append('\n');
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Heading h: sb.Append(h.Text).Append('\n'); break;
                case Paragraph p: sb.Append(p.Text).Append('\n'); break;
                case MarkedParagraph m:
                    // Insertions and deletions marked in the text itself: 〔+新增〕〔-删除〕.
                    foreach (var run in m.Runs)
                        sb.Append(run.Mark switch
                        {
                            RunMark.Inserted => "〔+" + run.Text + "〕",
                            RunMark.Deleted => "〔-" + run.Text + "〕",
                            _ => run.Text,
                        });
                    sb.Append('\n');
                    break;
                case Table t:
                    for (var r = 0; r < t.RowCount; r++)
                        sb.AppendJoin('\t', t.CellsStartingIn(r).Select(c => c.Text)).Append('\n');
                    break;
            }
        }
        return sb.ToString();
    }
}
