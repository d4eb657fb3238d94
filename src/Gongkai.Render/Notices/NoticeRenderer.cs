using Gongkai.Render.Docx;
using Gongkai.Render.Pdf;

namespace Gongkai.Render.Notices;

/// <summary>
/// Notices to applicants as Word or PDF files: A4, the title centred, the body in 仿宋 (DOCX) or the embedded
/// AR PL UMing subset (PDF), drawn by the same writers as the annual reports.
/// </summary>
public static class NoticeRenderer
{
    /// <exception cref="ArgumentException">The notice is incomplete or inconsistent (see <see cref="NoticeText.Build"/>).</exception>
    public static byte[] Docx(NoticeDocument notice)
    {
        var doc = NoticeText.Build(notice);
        using var ms = new MemoryStream();
        DocxRenderer.Render(doc, ms);
        return ms.ToArray();
    }

    /// <exception cref="ArgumentException">The notice is incomplete or inconsistent (see <see cref="NoticeText.Build"/>).</exception>
    /// <exception cref="InvalidOperationException">The Chinese font (fonts-arphic-uming) is not installed.</exception>
    public static byte[] Pdf(NoticeDocument notice)
    {
        var doc = NoticeText.Build(notice);
        using var ms = new MemoryStream();
        PdfRenderer.Render(doc, ms);
        return ms.ToArray();
    }
}
