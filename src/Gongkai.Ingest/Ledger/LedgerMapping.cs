using System.Collections.Immutable;
using Gongkai.Core.Text;

namespace Gongkai.Ingest.Ledger;

/// <summary>One ledger column as it was mapped: the field, the column (from 0), its letter and its header text.</summary>
public sealed record LedgerColumn(LedgerField Field, int Column, string? Header)
{
    public string Letter => XlsxSheet.ColumnLetter(Column);
}

/// <summary>A header the import did not map to any field (序号, 备注…), shown so a user can map it by hand.</summary>
public sealed record UnmappedColumn(int Column, string Header)
{
    public string Letter => XlsxSheet.ColumnLetter(Column);
}

/// <summary>Where the ledger's header is and which column holds which field.</summary>
/// <param name="HeaderRow">Excel row of the header; 0 when the sheet has none and data start on row 1.</param>
/// <param name="FirstDataRow">The first row read as data (below the header and its merged cells).</param>
public sealed record LedgerColumns(int HeaderRow, int FirstDataRow, ImmutableArray<LedgerColumn> Mapped, ImmutableArray<UnmappedColumn> Unmapped)
{
    // Looked up for every cell of every row: an array by field, not a search.
    private readonly LedgerColumn?[] _byField = ByField(Mapped);

    public LedgerColumn? this[LedgerField field] => _byField[(int)field];

    private static LedgerColumn?[] ByField(ImmutableArray<LedgerColumn> mapped)
    {
        var result = new LedgerColumn?[LedgerFields.All.Length];
        foreach (var c in mapped) result[(int)c.Field] ??= c;
        return result;
    }
}

/// <summary>
/// How ledger columns map to <see cref="LedgerField"/>s. <see cref="Detect"/> finds the header row (title rows above it
/// and merged header cells are fine) and reads the fields from the header words; <see cref="Map"/> names a column by
/// its letter ("F") or its header text ("答复结论") and wins over detection.
/// </summary>
public sealed class LedgerMapping
{
    /// <summary>Rows searched for the header: title, agency and note rows come before it, never many.</summary>
    public const int HeaderSearchRows = 30;

    private LedgerMapping(int? headerRow, ImmutableArray<(string Key, LedgerField Field)> overrides, bool detectOthers)
    {
        HeaderRow = headerRow;
        Overrides = overrides;
        DetectOthers = detectOthers;
    }

    /// <summary>Everything detected from the header.</summary>
    public static LedgerMapping Detect { get; } = new(null, [], true);

    /// <summary>The header's Excel row; 0 for a sheet without header; null to find it.</summary>
    public int? HeaderRow { get; }

    /// <summary>Column letters or header texts named by the caller, with their fields, in the order given.</summary>
    public ImmutableArray<(string Key, LedgerField Field)> Overrides { get; }

    /// <summary>Whether columns not named in <see cref="Overrides"/> are still detected from their headers.</summary>
    public bool DetectOthers { get; }

    /// <summary>This mapping with <paramref name="columnOrHeader"/> ("F", or a header text) read as <paramref name="field"/>.</summary>
    public LedgerMapping Map(string columnOrHeader, LedgerField field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(columnOrHeader);
        return new(HeaderRow, Overrides.Add((columnOrHeader.Trim(), field)), DetectOthers);
    }

    public LedgerMapping WithHeaderRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        return new(row, Overrides, DetectOthers);
    }

    /// <summary>Only the columns named with <see cref="Map"/>; other headers are left unmapped.</summary>
    public LedgerMapping OnlyMapped() => new(HeaderRow, Overrides, false);

    /// <summary>The field a header names ("申请人类型", "答复日期（年月日）", "联系电话"…), or null.</summary>
    public static LedgerField? FieldOfHeader(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        var h = NormalizeHeader(header);
        if (h.Length == 0 || h.Length > 40) return null;
        bool Has(params string[] words) => words.Any(w => h.Contains(w, StringComparison.Ordinal));
        // Order matters: "身份证号码" before 编号, "答复类型" before 申请人类型, dates before 申请人.
        if (Has("身份证", "证件号", "身份号码")) return LedgerField.IdNumber;
        if (Has("电话", "手机", "联系方式")) return LedgerField.Phone;
        if (Has("地址", "住址", "住所")) return LedgerField.Address;
        if (Has("处理结果", "答复类型", "答复结果", "办理结果", "答复情况", "处理情况", "办理情况", "处理决定", "答复结论")) return LedgerField.Outcome;
        if (Has("类型", "类别", "性质")) return LedgerField.ApplicantKind;
        if (Has("方式", "渠道", "途径")) return LedgerField.Channel;
        var date = Has("日期", "时间", "日");
        if (date && Has("答复", "办结", "告知", "回复", "办理完成")) return LedgerField.ClosedOn;
        if (date && Has("收到", "受理", "签收", "收件", "登记")) return LedgerField.ReceivedOn;
        if (date && Has("提交", "申请")) return LedgerField.SubmittedOn;
        if (Has("申请内容", "申请公开", "所需信息", "所需政府信息", "信息名称", "信息内容", "内容描述", "申请事项", "公开内容", "申请信息")) return LedgerField.Request;
        if (Has("编号", "受理号", "申请号", "流水号", "登记号")) return LedgerField.Number;
        if (Has("申请人", "姓名", "名称", "申请单位")) return LedgerField.ApplicantName;
        return null;
    }

    /// <summary>Header text as compared: NFKC, no white space or required-field stars, no trailing colon.</summary>
    internal static string NormalizeHeader(string header)
    {
        var s = Nfkc.Normalize(header);
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
            if (!char.IsWhiteSpace(c) && c is not ('*' or '※')) buffer[n++] = c;
        return new string(buffer[..n]).TrimEnd(':');
    }

    /// <summary>Finds the header row and the columns of the fields; throws when the ledger cannot be read at all.</summary>
    public LedgerColumns Resolve(XlsxSheet sheet)
    {
        var explicitHeaders = Overrides.Where(o => !IsLetter(o.Key)).Select(o => NormalizeHeader(o.Key)).ToList();
        int headerRow;
        if (HeaderRow is { } given) headerRow = given;
        else
        {
            var best = 0;
            var bestScore = 0;
            foreach (var row in sheet.Rows.TakeWhile(r => r.Number <= HeaderSearchRows))
            {
                var headers = HeaderTexts(sheet, row.Number);
                var score = headers.Values.Select(FieldOfHeader).Where(f => f is not null).Distinct().Count()
                    + explicitHeaders.Count(e => headers.Values.Any(h => NormalizeHeader(h) == e));
                if (score > bestScore) { best = row.Number; bestScore = score; }
            }
            if (bestScore >= 3 || (bestScore >= 1 && explicitHeaders.Count > 0)) headerRow = best;
            else if (Overrides.Length > 0 && explicitHeaders.Count == 0) headerRow = 0;
            else throw sheet.Error(null, "未找到表头行：前 30 行中没有“申请人类型”“收到日期”“处理结果”等列名；请指定表头所在行或各列对应的字段");
        }

        var header = headerRow > 0 ? HeaderTexts(sheet, headerRow) : [];
        var columns = new Dictionary<LedgerField, int>();
        var taken = new HashSet<int>();
        foreach (var (key, field) in Overrides)
        {
            int column;
            if (IsLetter(key)) column = XlsxSheet.ParseColumn(key);
            else
            {
                var want = NormalizeHeader(key);
                var found = header.Where(h => NormalizeHeader(h.Value) == want).Select(h => h.Key).DefaultIfEmpty(-1).First();
                if (found < 0)
                    throw sheet.Error(null, headerRow > 0 ? $"第{headerRow}行表头中没有“{key}”列" : $"找不到表头“{key}”：未找到表头行");
                column = found;
            }
            // A later override of the same field or column replaces the earlier one.
            foreach (var f in columns.Where(c => c.Value == column).Select(c => c.Key).ToList()) columns.Remove(f);
            if (columns.TryGetValue(field, out var old)) taken.Remove(old);
            columns[field] = column;
            taken.Add(column);
        }
        var unmapped = ImmutableArray.CreateBuilder<UnmappedColumn>();
        foreach (var (column, text) in header.OrderBy(h => h.Key))
        {
            if (taken.Contains(column)) continue;
            if (DetectOthers && FieldOfHeader(text) is { } field && !columns.ContainsKey(field))
            {
                columns[field] = column;
                taken.Add(column);
            }
            else unmapped.Add(new UnmappedColumn(column, text.Trim()));
        }
        if (!columns.ContainsKey(LedgerField.ApplicantKind))
            throw sheet.Error(null, headerRow > 0
                ? $"第{headerRow}行表头中没有“申请人类型”列（年度报告按申请人类型统计，台账须有此列）"
                : "未指定“申请人类型”列");

        // Data start below the header, and below any header cell merged down over several rows.
        var firstData = headerRow + 1;
        foreach (var m in sheet.Merges)
            if (headerRow > 0 && m.FirstRow <= headerRow && m.LastRow >= headerRow && m.LastRow + 1 > firstData && m.LastRow - headerRow < 5)
                firstData = m.LastRow + 1;

        var mapped = columns.OrderBy(c => c.Value)
            .Select(c => new LedgerColumn(c.Key, c.Value, header.TryGetValue(c.Value, out var h) ? h.Trim() : null))
            .ToImmutableArray();
        return new LedgerColumns(headerRow, firstData, mapped, unmapped.ToImmutable());
    }

    private static bool IsLetter(string key) => key.Length <= 3 && XlsxSheet.ParseColumn(key) >= 0;

    /// <summary>A row's header texts by column, with the text of merged cells spread over every column and row they cover.</summary>
    private static Dictionary<int, string> HeaderTexts(XlsxSheet sheet, int rowNumber)
    {
        var result = new Dictionary<int, string>();
        var row = sheet.Rows.FirstOrDefault(r => r.Number == rowNumber);
        if (row is not null)
            foreach (var c in row.Cells)
                if (!string.IsNullOrWhiteSpace(c.Text)) result[c.Column] = c.Text;
        foreach (var m in sheet.Merges)
        {
            if (rowNumber < m.FirstRow || rowNumber > m.LastRow || m.LastColumn - m.FirstColumn > 64) continue;
            var text = sheet.Rows.FirstOrDefault(r => r.Number == m.FirstRow)?.Text(m.FirstColumn);
            if (string.IsNullOrWhiteSpace(text)) continue;
            for (var c = m.FirstColumn; c <= m.LastColumn; c++) result.TryAdd(c, text);
        }
        return result;
    }
}
