using Gongkai.Core.Labels;
using System.Globalization;
using FsCheck.Xunit;
using Gongkai.Core.Desk;
using Gongkai.Ingest.Ledger;
using static Gongkai.Tests.Ingest.Ledger.XCell;

namespace Gongkai.Tests.Ingest.Ledger;

/// <summary>Random ledgers, written as offices might (any column order, header words, date forms, string kinds), read back equal.</summary>
public class LedgerRoundTripTests
{
    private static readonly Dictionary<LedgerField, string[]> Headers = new()
    {
        [LedgerField.Number] = ["申请编号", "编号", "受理编号"],
        [LedgerField.ApplicantName] = ["申请人", "姓名", "申请人姓名或名称"],
        [LedgerField.ApplicantKind] = ["申请人类型", "类型", "申请人类别"],
        [LedgerField.Channel] = ["申请方式", "渠道", "提交方式"],
        [LedgerField.SubmittedOn] = ["提交日期", "申请日期", "申请时间"],
        [LedgerField.ReceivedOn] = ["收到日期", "受理日期", "收到申请日期"],
        [LedgerField.Request] = ["申请内容", "申请公开的信息", "所需信息描述"],
        [LedgerField.ClosedOn] = ["答复日期", "办结日期", "答复时间"],
        [LedgerField.Outcome] = ["处理结果", "答复类型", "办理结果"],
        [LedgerField.Phone] = ["联系电话", "手机号码"],
        [LedgerField.IdNumber] = ["身份证号码", "证件号码"],
        [LedgerField.Address] = ["地址", "通讯地址", "联系地址"],
    };

    private const string Chars = "张王李赵刘陈某市区县局公司大学研究所律师事务所政府信息公开申请的关于年月日ABCxyz0123456789 -_/()（）“”&<>\"'·、，。";

    private static string Text(Random r, int max)
    {
        var n = r.Next(1, max + 1);
        var s = new string([.. Enumerable.Range(0, n).Select(_ => Chars[r.Next(Chars.Length)])]);
        return r.Next(5) == 0 ? $"  {s} " : s; // stray spaces around are trimmed
    }

    private static string? Trimmed(string s) => s.Trim() is { Length: > 0 } t ? t : null;

    private static XCell DateCell(Random r, DateOnly d) => r.Next(7) switch
    {
        0 => D(d),
        1 => D(d, chineseFormat: true),
        2 => N(d.DayNumber - new DateOnly(1899, 12, 30).DayNumber),
        3 => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        4 => d.ToString("yyyy/M/d", CultureInfo.InvariantCulture),
        5 => I($"{d.Year}年{d.Month}月{d.Day}日"),
        _ => $"{d.Year}.{d.Month}.{d.Day}",
    };

    private static XCell StringCell(Random r, string s) => r.Next(2) == 0 ? S(s) : I(s);

    /// <summary>An outcome as a ledger may write it: the row label, without numbering, or qualified by its group.</summary>
    private static string OutcomeText(Random r, Outcome o)
    {
        var bare = o.Label.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.');
        return r.Next(3) switch
        {
            0 => o.Label,
            1 when o.Group is { } g && !g.StartsWith("三、", StringComparison.Ordinal) => $"{g[3..]}-{bare}",
            _ => o.Label.StartsWith('（') ? o.Label : bare,
        };
    }

    [Property(MaxTest = 60)]
    public void Random_ledgers_read_back_as_written(int seed)
    {
        var r = new Random(seed);
        var year = r.Next(2) == 0 ? 2020 : 2025;
        var outcomes = Outcomes.ForYear(year);
        var fields = LedgerFields.All.OrderBy(_ => r.Next()).ToList();
        var extra = r.Next(3); // unmapped columns such as 序号 and 备注
        var titleRows = r.Next(3);

        var b = new XlsxBuilder();
        for (var t = 1; t <= titleRows; t++) b.Row(t, $"{year}年政府信息公开申请台账（第{t}页）");
        var headerRow = titleRows + 1;
        b.Row(headerRow, [.. fields.Select(f => (XCell)Headers[f][r.Next(Headers[f].Length)]), .. Enumerable.Range(0, extra).Select(i => (XCell)$"备注{i}")]);

        var expected = new List<LedgerEntry>();
        var count = r.Next(1, 25);
        for (var i = 0; i < count; i++)
        {
            var row = headerRow + 1 + i;
            var kind = DeskVocabulary.ApplicantKinds[r.Next(6)];
            Channel? channel = r.Next(4) == 0 ? null : DeskVocabulary.Channels[r.Next(DeskVocabulary.Channels.Length)];
            var submitted = new DateOnly(year, 1, 1).AddDays(r.Next(300));
            DateOnly? submittedOn = r.Next(4) == 0 ? null : submitted;
            DateOnly? received = r.Next(5) == 0 ? null : submitted.AddDays(r.Next(5));
            DateOnly? closed = r.Next(3) == 0 ? null : (received ?? submitted).AddDays(r.Next(30));
            var outcome = closed is null ? null : outcomes[r.Next(outcomes.Length)];
            var number = r.Next(3) == 0 ? null : $"{year}-{i + 1:000}";
            var name = r.Next(6) == 0 ? null : Text(r, 12);
            var request = r.Next(6) == 0 ? null : Text(r, 60);
            var phone = r.Next(3) == 0 ? null : $"1{r.NextInt64(3_000_000_000, 9_999_999_999)}";
            var id = r.Next(3) == 0 ? null : $"{r.NextInt64(100000_000000_000000, 999999_999999_999999)}"[..17] + (r.Next(11) == 10 ? "X" : r.Next(10).ToString(CultureInfo.InvariantCulture));
            var address = r.Next(3) == 0 ? null : Text(r, 30);

            var cells = new XCell[fields.Count + extra];
            for (var c = 0; c < fields.Count; c++)
            {
                cells[c] = fields[c] switch
                {
                    LedgerField.Number => number is null ? Gap : r.Next(2) == 0 ? S(number) : I(number),
                    LedgerField.ApplicantName => name is null ? Gap : StringCell(r, name),
                    LedgerField.ApplicantKind => StringCell(r, kind.Label()),
                    LedgerField.Channel => channel is { } ch ? StringCell(r, ch.Label()) : Gap,
                    LedgerField.SubmittedOn => submittedOn is { } s ? DateCell(r, s) : Gap,
                    LedgerField.ReceivedOn => received is { } rc ? DateCell(r, rc) : Gap,
                    LedgerField.Request => request is null ? Gap : StringCell(r, request),
                    LedgerField.ClosedOn => closed is { } cl ? DateCell(r, cl) : Gap,
                    LedgerField.Outcome => outcome is null ? Gap : StringCell(r, OutcomeText(r, outcome)),
                    LedgerField.Phone => phone is null ? Gap : r.Next(2) == 0 ? N(double.Parse(phone, CultureInfo.InvariantCulture)) : S(phone),
                    LedgerField.IdNumber => id is null ? Gap : StringCell(r, id),
                    LedgerField.Address => address is null ? Gap : StringCell(r, address),
                    _ => throw new InvalidOperationException(),
                };
            }
            for (var c = 0; c < extra; c++) cells[fields.Count + c] = r.Next(2) == 0 ? Gap : Text(r, 5);
            b.Row(row, cells);
            expected.Add(new LedgerEntry(row, number, name is null ? null : Trimmed(name), kind, channel, submittedOn, received,
                request is null ? null : Trimmed(request), closed, outcome?.RowKey, phone, id, address is null ? null : Trimmed(address)));
        }

        var result = LedgerImport.Read(b.Build(), "随机台账.xlsx", year);

        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.Equal(headerRow, result.Columns.HeaderRow);
        Assert.Equal(0, result.EmptyRowsSkipped);
        Assert.Equal(expected, result.Entries.AsEnumerable());
    }
}
