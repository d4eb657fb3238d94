using System.Text;
using Gongkai.Render.Document;
using SkiaSharp;

namespace Gongkai.Render.Pdf;

/// <summary>
/// The official report as PDF (SkiaSharp): A4 pages, the title centred, headings bold, paragraphs wrapped with a
/// two-character first-line indent, the agency and date right-aligned, tables ruled as the template prints them with
/// their merged cells, and "- n -" page numbers. The Chinese font is AR PL UMing, subset to the document's characters.
/// </summary>
public static class PdfRenderer
{
    /// <exception cref="InvalidOperationException">The Chinese font (fonts-arphic-uming) is not installed.</exception>
    public static void Render(ReportDocument doc, Stream output)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(output);
        using var typeface = CjkFontSubset.Create(Codepoints(doc));
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = doc.Title;
        metadata.Creator = "Gongkai";
        metadata.Producer = "Gongkai (SkiaSharp)";
        using var pdf = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("SkiaSharp 无法创建 PDF 文档");
        using (var writer = new PdfPageWriter(pdf, typeface))
            writer.Write(doc);
        pdf.Close();
    }

    /// <summary>Every character the document draws, the page numbers' digits included.</summary>
    private static SortedSet<int> Codepoints(ReportDocument doc)
    {
        var set = new SortedSet<int>();
        void Add(string s) { foreach (var r in s.EnumerateRunes()) set.Add(r.Value); }
        Add(doc.Title);
        Add("- 0123456789");
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Heading h: Add(h.Text); break;
                case Paragraph p: Add(p.Text); break;
                case MarkedParagraph m: Add(m.Text); break;
                case Table t: foreach (var c in t.Cells) Add(c.Text); break;
            }
        }
        return set;
    }
}
