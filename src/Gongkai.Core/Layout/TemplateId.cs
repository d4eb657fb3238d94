namespace Gongkai.Core.Layout;

/// <summary>The national annual-report formats (国办公开办函〔2019〕60号 and 〔2021〕30号).</summary>
public enum TemplateId
{
    V2019,
    V2021,
}

public static class TemplateIds
{
    public static string Code(this TemplateId id) => id switch
    {
        TemplateId.V2019 => "2019",
        TemplateId.V2021 => "2021",
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    public static bool TryParse(string? code, out TemplateId id)
    {
        switch (code)
        {
            case "2019": id = TemplateId.V2019; return true;
            case "2021": id = TemplateId.V2021; return true;
            default: id = default; return false;
        }
    }

    /// <summary>The template as a number (2019, 2021): how a database column or a document states it.</summary>
    public static int Number(this TemplateId id) => id switch
    {
        TemplateId.V2019 => 2019,
        TemplateId.V2021 => 2021,
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    /// <summary>The template a stored number names; any other number is a programming or data error.</summary>
    public static TemplateId FromNumber(int number) => number switch
    {
        2019 => TemplateId.V2019,
        2021 => TemplateId.V2021,
        _ => throw new ArgumentOutOfRangeException(nameof(number), number, $"没有{number}年的格式"),
    };

    /// <summary>The template a report for <paramref name="year"/> should use.</summary>
    public static TemplateId ForYear(int year) => year >= 2021 ? TemplateId.V2021 : TemplateId.V2019;
}
