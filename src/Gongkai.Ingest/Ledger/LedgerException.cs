namespace Gongkai.Ingest.Ledger;

/// <summary>
/// A spreadsheet that cannot be imported at all (not an XLSX, damaged, too large, no header row). The message is Chinese
/// and starts with the file name, then the sheet and cell where there is one: "台账.xlsx 工作表“Sheet1” C7：…".
/// Problems of single rows are not exceptions: they are <see cref="LedgerRowError"/>s of the result.
/// </summary>
public sealed class LedgerException(string message) : Exception(message)
{
    /// <summary>"台账.xlsx 工作表“Sheet1” C7：cause", leaving out the parts that are null.</summary>
    public static LedgerException At(string fileName, string? sheet, string? cell, string cause)
    {
        var place = fileName;
        if (sheet is not null) place += $" 工作表“{sheet}”";
        if (cell is not null) place += $" {cell}";
        return new LedgerException($"{place}：{cause}");
    }
}
