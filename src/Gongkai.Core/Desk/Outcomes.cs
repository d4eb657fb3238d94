using System.Collections.Immutable;
using Gongkai.Core.Layout;

namespace Gongkai.Core.Desk;

/// <summary>One answer type a case can be closed with: a row of section 三 of its year's template.</summary>
public sealed record Outcome(string RowKey, string Label, string? Group)
{
    /// <summary>"（三）不予公开 · 1.属于国家秘密", for pick lists.</summary>
    public string DisplayName => Group is null || Group.StartsWith("三、", StringComparison.Ordinal) ? Label : $"{Group} · {Label}";
}

/// <summary>The outcome catalogue of a year: exactly the outcome rows of section 三 of the template in force.</summary>
public static class Outcomes
{
    public static ImmutableArray<Outcome> ForYear(int year) => For(TemplateCatalog.Get(TemplateIds.ForYear(year)));

    public static ImmutableArray<Outcome> For(ReportLayout layout) =>
        [.. layout.Applications.Rows.Where(r => r.Role == RowRole.Outcome).Select(r => new Outcome(r.Key, r.Label, r.Group))];

    public static Outcome? Find(int year, string rowKey) => ForYear(year).FirstOrDefault(o => o.RowKey == rowKey);

    /// <summary>
    /// The row a closed case is counted in for <paramref name="layout"/>: the 2019 format has one 其他处理 row where 2021
    /// has three, so 2021's other.* count as 2019's "other", and a 2019 "other" as 2021's "other.other".
    /// </summary>
    public static string RowFor(ReportLayout layout, string rowKey) =>
        TryRowFor(layout.Applications, rowKey)
        ?? throw new ArgumentException($"“{rowKey}”不是{layout.Notice}第三部分的处理结果行", nameof(rowKey));

    /// <summary>As <see cref="RowFor"/>, on the applications section alone; null when it has no such outcome row.</summary>
    public static string? TryRowFor(SectionLayout applications, string rowKey)
    {
        if (applications.Row(rowKey) is { Role: RowRole.Outcome }) return rowKey;
        if (rowKey.StartsWith("other.", StringComparison.Ordinal) && applications.Row("other") is { Role: RowRole.Outcome })
            return "other";
        if (rowKey == "other" && applications.Row("other.other") is { Role: RowRole.Outcome }) return "other.other";
        return null;
    }
}
