using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Text;

namespace Gongkai.Ingest.Ledger;

/// <summary>Why a figure of section 二 was not read: "C5“行政许可”行“本年处理决定数量”列：不是数字“十二”", or "缺少“行政强制”行".</summary>
/// <param name="Cell">Excel address, null for a missing row.</param>
public sealed record ProactiveError(string? Cell, string RowLabel, string? FieldLabel, string Message)
{
    public override string ToString()
    {
        var place = Cell is null ? "" : Cell;
        if (Cell is not null) place += $"“{RowLabel}”行";
        if (FieldLabel is not null) place += $"“{FieldLabel}”列";
        return place.Length == 0 ? Message : $"{place}：{Message}";
    }
}

/// <summary>Section 二 as read from a sheet: every cell found and readable has its value, the others are null with an error.</summary>
public sealed record ProactiveImportResult(string FileName, string Sheet, SectionData Data, ImmutableArray<ProactiveError> Errors)
{
    public bool Ok => Errors.IsEmpty;
}

/// <summary>
/// Reads the figures of section 二 (主动公开政府信息情况) from a sheet laid out like the official table: anywhere in
/// the sheet, a row starting with a row label of the year's template (规章, 行政规范性文件, 行政许可…) holds that row's
/// figures — in the columns under the field headers above it (本年制发件数…) when there are such headers, else in the
/// cells to the right of the label in the template's order. The blank sheet <c>ProactiveSheetTemplate</c> writes reads back.
/// </summary>
public static class ProactiveImport
{
    /// <exception cref="LedgerException">Not a readable XLSX, or no such sheet.</exception>
    public static ProactiveImportResult Read(byte[] bytes, string fileName, int year, string? sheetName = null) =>
        Read(XlsxSheetReader.Read(bytes, fileName, sheetName), LayoutFor(year));

    /// <inheritdoc cref="Read(byte[], string, int, string?)"/>
    public static ProactiveImportResult Read(Stream stream, string fileName, int year, string? sheetName = null) =>
        Read(XlsxSheetReader.Read(stream, fileName, sheetName), LayoutFor(year));

    /// <summary>Like <see cref="Read(byte[], string, int, string?)"/>, with the exception's message as <paramref name="error"/>.</summary>
    public static bool TryRead(byte[] bytes, string fileName, int year, out ProactiveImportResult? result, out string? error, string? sheetName = null)
    {
        try
        {
            result = Read(bytes, fileName, year, sheetName);
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

    public static SectionLayout LayoutFor(int year) => TemplateCatalog.Get(TemplateIds.ForYear(year)).Proactive;

    public static ProactiveImportResult Read(XlsxSheet sheet, SectionLayout layout)
    {
        if (layout.Key != "proactive") throw new ArgumentException("not the layout of section 二", nameof(layout));
        var rowLabels = new Dictionary<string, RowLayout>(StringComparer.Ordinal);
        foreach (var r in layout.Rows)
            foreach (var label in r.Aliases.Prepend(r.Label))
                rowLabels.TryAdd(Key(label), r);
        var fieldLabels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in layout.Rows.SelectMany(r => r.Fields))
        {
            fieldLabels.TryAdd(Key(f.Label), f.Key);
            fieldLabels.TryAdd(Key(StripRemark(f.Label)), f.Key);
        }

        var cells = new decimal?[layout.CellCount];
        var errors = ImmutableArray.CreateBuilder<ProactiveError>();
        var seen = new Dictionary<string, int>();
        Dictionary<string, int>? header = null; // field key → column, from the latest header row
        foreach (var row in sheet.Rows)
        {
            var labelCell = row.Cells.FirstOrDefault(c => rowLabels.ContainsKey(Key(c.Text)));
            if (labelCell.Text is null || !rowLabels.TryGetValue(Key(labelCell.Text), out var rowLayout))
            {
                var fields = row.Cells.Where(c => fieldLabels.ContainsKey(Key(c.Text))).ToList();
                if (fields.Count > 0)
                {
                    header = [];
                    foreach (var c in fields) header.TryAdd(fieldLabels[Key(c.Text)], c.Column);
                }
                continue;
            }
            if (seen.TryGetValue(rowLayout.Key, out var first))
            {
                errors.Add(new ProactiveError(XlsxSheet.Address(labelCell.Column, row.Number), rowLayout.Label, null,
                    $"与第{first}行重复，只读第{first}行"));
                continue;
            }
            seen[rowLayout.Key] = row.Number;
            var byHeader = header is not null && rowLayout.Fields.All(f => header.TryGetValue(f.Key, out var col) && col > labelCell.Column);
            for (var i = 0; i < rowLayout.Fields.Length; i++)
            {
                var field = rowLayout.Fields[i];
                var column = byHeader ? header![field.Key] : labelCell.Column + 1 + i;
                var address = XlsxSheet.Address(column, row.Number);
                var cell = row.Cell(column);
                if (Value(cell, field.Kind, out var value, out var error)) cells[rowLayout.Offset + i] = value;
                else errors.Add(new ProactiveError(address, rowLayout.Label, field.Label, error!));
            }
        }
        foreach (var r in layout.Rows.Where(r => !seen.ContainsKey(r.Key)))
            errors.Add(new ProactiveError(null, r.Label, null, $"缺少“{r.Label}”行"));
        return new ProactiveImportResult(sheet.FileName, sheet.Name, new SectionData(layout, [.. cells]), errors.ToImmutable());
    }

    private static bool Value(SheetCell? cell, FieldKind kind, out decimal value, out string? error)
    {
        value = 0;
        error = null;
        var text = cell?.Text.Trim();
        if (string.IsNullOrEmpty(text)) { error = "未填写（没有的请填 0）"; return false; }
        if (cell!.Value.Kind == SheetCellKind.Error) { error = $"单元格是错误值“{text}”"; return false; }
        if (cell.Value.Kind == SheetCellKind.Number)
        {
            // As Excel shows it: 15 significant digits, so 0.1 + 0.2 stored as 0.30000000000000004 reads 0.3.
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || Math.Abs(d) > 1e15)
            { error = $"不是有效的数值“{text}”"; return false; }
            value = (decimal)d;
        }
        else
        {
            var s = Nfkc.Normalize(text).Replace(",", "").Replace(" ", "").Replace('−', '-');
            foreach (var unit in new[] { "万元", "件", "项", "个" })
                if (s.EndsWith(unit, StringComparison.Ordinal)) { s = s[..^unit.Length]; break; }
            if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            { error = $"不是数字“{(text.Length > 20 ? text[..20] + "…" : text)}”"; return false; }
        }
        switch (kind)
        {
            case FieldKind.Count when value < 0 || value != decimal.Truncate(value):
                error = $"应为非负整数，填的是“{text}”";
                return false;
            case FieldKind.Signed when value != decimal.Truncate(value):
                error = $"应为整数（减少填负数），填的是“{text}”";
                return false;
            case FieldKind.Amount when value < 0:
                error = $"金额不能为负数，填的是“{text}”";
                return false;
        }
        return true;
    }

    private static string Key(string? text) => text is null ? "" : LedgerMapping.NormalizeHeader(text);

    private static string StripRemark(string label)
    {
        var i = label.IndexOfAny(['（', '(']);
        return i > 0 ? label[..i] : label;
    }
}
