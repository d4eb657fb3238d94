namespace Gongkai.Ingest.Text;

/// <summary>What the producer of a report's text knows about it, beyond the text itself.</summary>
[Flags]
public enum TextTraits
{
    None = 0,
    /// <summary>
    /// Its tab-separated lines are table rows read from the document's own cells (PDF ruling lines, DOCX, HTML): an
    /// empty cell there is a blank cell, not a gap to close.
    /// </summary>
    CellPositions = 1,
    /// <summary>It was recognised from an image: characters may be misread (0/O, 1/l, 沭/沐), digits dropped or doubled.</summary>
    Ocr = 2,
}
