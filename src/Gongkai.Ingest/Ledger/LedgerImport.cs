using System.Collections.Immutable;
using Gongkai.Core.Desk;

namespace Gongkai.Ingest.Ledger;

/// <summary>
/// Reads an agency's XLSX ledger (台账) of applications for one report year: each data row becomes a
/// <see cref="LedgerEntry"/> or, when any of its cells cannot be read, errors naming row, column and header — never a
/// guess. Rows with nothing in a mapped column are skipped and counted.
/// </summary>
public static class LedgerImport
{
    /// <exception cref="LedgerException">Not a readable XLSX, no such sheet, no header row, no 申请人类型 column.</exception>
    public static LedgerImportResult Read(Stream stream, string fileName, int year, LedgerMapping? mapping = null, string? sheetName = null) =>
        Read(XlsxSheetReader.Read(stream, fileName, sheetName), year, mapping);

    /// <inheritdoc cref="Read(Stream, string, int, LedgerMapping?, string?)"/>
    public static LedgerImportResult Read(byte[] bytes, string fileName, int year, LedgerMapping? mapping = null, string? sheetName = null) =>
        Read(XlsxSheetReader.Read(bytes, fileName, sheetName), year, mapping);

    /// <summary>Like <see cref="Read(byte[], string, int, LedgerMapping?, string?)"/>, with the exception's message as <paramref name="error"/>.</summary>
    public static bool TryRead(byte[] bytes, string fileName, int year, out LedgerImportResult? result, out string? error,
        LedgerMapping? mapping = null, string? sheetName = null)
    {
        try
        {
            result = Read(bytes, fileName, year, mapping, sheetName);
            error = null;
            return true;
        }
        catch (LedgerException e)
        {
            result = null;
            error = e.Message;
            return false;
        }
    }

    public static LedgerImportResult Read(XlsxSheet sheet, int year, LedgerMapping? mapping = null)
    {
        var columns = (mapping ?? LedgerMapping.Detect).Resolve(sheet);
        var outcomes = new OutcomeMatcher(year);
        var entries = ImmutableArray.CreateBuilder<LedgerEntry>();
        var errors = ImmutableArray.CreateBuilder<LedgerRowError>();
        var empty = 0;
        var expected = columns.FirstDataRow;
        foreach (var row in sheet.Rows)
        {
            if (row.Number < columns.FirstDataRow) continue;
            empty += Math.Max(0, row.Number - expected); // rows Excel did not write at all
            expected = Math.Max(expected, row.Number + 1);
            if (columns.Mapped.All(c => string.IsNullOrWhiteSpace(row.Text(c.Column)))) { empty++; continue; }
            var before = errors.Count;
            var entry = new RowReader(row, columns, outcomes, errors).Read();
            if (errors.Count == before) entries.Add(entry!);
        }
        return new LedgerImportResult(sheet.FileName, sheet.Name, year, columns, entries.ToImmutable(), errors.ToImmutable(), empty);
    }

    private sealed class RowReader(SheetRow row, LedgerColumns columns, OutcomeMatcher outcomes, ImmutableArray<LedgerRowError>.Builder errors)
    {
        public LedgerEntry? Read()
        {
            var kind = Kind();
            var channel = Parse(LedgerField.Channel, DeskVocabulary.ParseChannel,
                t => $"无法识别申请方式“{t}”（应为当面提交、邮寄、平常信函、互联网渠道或传真）");
            var submitted = Date(LedgerField.SubmittedOn);
            var received = Date(LedgerField.ReceivedOn);
            var closed = Date(LedgerField.ClosedOn);
            var outcome = Outcome();
            var id = Text(LedgerField.IdNumber);
            if (id is not null && Cell(LedgerField.IdNumber) is { Kind: SheetCellKind.Number } && id.Contains('E', StringComparison.OrdinalIgnoreCase))
                Error(LedgerField.IdNumber, $"身份证号码以数值保存，已丢失末几位（“{id}”）；请把该列设为文本后重新填写");

            if (submitted is { } s && received is { } r && r < s)
                Error(LedgerField.ReceivedOn, $"收到日期{Chinese(r)}早于提交日期{Chinese(s)}");
            if (closed is { } c && (received ?? submitted) is { } from && c < from)
                Error(LedgerField.ClosedOn, $"答复日期{Chinese(c)}早于{(received is null ? "提交" : "收到")}日期{Chinese(from)}");
            if (closed is not null && columns[LedgerField.Outcome] is not null && !Has(LedgerField.Outcome))
                Error(LedgerField.Outcome, "已填答复日期，但处理结果为空");
            if (outcome is not null && closed is null && columns[LedgerField.ClosedOn] is not null && !Has(LedgerField.ClosedOn))
                Error(LedgerField.ClosedOn, "已填处理结果，但答复日期为空");

            if (kind is not { } applicant) return null;
            return new LedgerEntry(row.Number, Text(LedgerField.Number), Text(LedgerField.ApplicantName), applicant, channel,
                submitted, received, Text(LedgerField.Request), closed, outcome,
                Text(LedgerField.Phone), id, Text(LedgerField.Address));
        }

        private ApplicantKind? Kind()
        {
            if (Text(LedgerField.ApplicantKind) is null)
            {
                Error(LedgerField.ApplicantKind, "申请人类型为空");
                return null;
            }
            return Parse(LedgerField.ApplicantKind, DeskVocabulary.ParseApplicantKind,
                t => $"无法识别申请人类型“{t}”（应为自然人、商业企业、科研机构、社会公益组织、法律服务机构或其他组织）");
        }

        private string? Outcome()
        {
            var text = Text(LedgerField.Outcome);
            if (text is null) return null;
            if (CellError(LedgerField.Outcome)) return null;
            if (outcomes.TryMatch(text, out var key, out var error)) return key;
            Error(LedgerField.Outcome, error!);
            return null;
        }

        private T? Parse<T>(LedgerField field, Func<string?, T?> parse, Func<string, string> message) where T : struct
        {
            var text = Text(field);
            if (text is null || CellError(field)) return null;
            if (parse(text) is { } value) return value;
            Error(field, message(Shorten(text)));
            return null;
        }

        private DateOnly? Date(LedgerField field)
        {
            var text = Text(field);
            if (text is null || CellError(field)) return null;
            if (LedgerDates.TryParse(text, out var date)) return date;
            Error(field, $"无法识别日期“{Shorten(text)}”（{LedgerDates.Forms}）");
            return null;
        }

        /// <summary>An Excel error value (#N/A, #VALUE!) where a value should be: reported, and the cell not read further.</summary>
        private bool CellError(LedgerField field)
        {
            if (Cell(field) is not { Kind: SheetCellKind.Error } cell) return false;
            Error(field, $"单元格是错误值“{cell.Text}”");
            return true;
        }

        private SheetCell? Cell(LedgerField field) => columns[field] is { } c ? row.Cell(c.Column) : null;

        private bool Has(LedgerField field) => Text(field) is not null;

        private string? Text(LedgerField field)
        {
            var text = Cell(field)?.Text.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }

        private void Error(LedgerField field, string message)
        {
            var c = columns[field];
            errors.Add(new LedgerRowError(row.Number, c?.Letter, c?.Header ?? field.Label(), message));
        }
    }

    private static string Chinese(DateOnly d) => Gongkai.Core.Labels.Chinese.Date(d);

    private static string Shorten(string s) => s.Length > 30 ? s[..30] + "…" : s;
}
