using System.Collections.Immutable;

namespace Gongkai.Core.Desk;

/// <summary>
/// A provision of 《中华人民共和国政府信息公开条例》 (国务院令第711号): an article, optionally one paragraph (款) or one
/// numbered item (项) of it, printed the way legal documents cite them: 第十六条第二款, 第三十六条第（二）项.
/// </summary>
public readonly record struct Citation
{
    public const string Regulation = "《中华人民共和国政府信息公开条例》";

    public Citation(int article, int? paragraph = null, int? item = null)
    {
        // The regulation has 56 articles; no article of it has more than three paragraphs or seven items.
        ArgumentOutOfRangeException.ThrowIfLessThan(article, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(article, 56);
        if (paragraph is not null && item is not null) throw new ArgumentException("引用条文时款和项只取其一");
        if (paragraph is < 1 or > 3) throw new ArgumentOutOfRangeException(nameof(paragraph));
        if (item is < 1 or > 9) throw new ArgumentOutOfRangeException(nameof(item));
        Article = article;
        Paragraph = paragraph;
        Item = item;
    }

    public int Article { get; }

    /// <summary>款 (a paragraph of the article), 1-based.</summary>
    public int? Paragraph { get; }

    /// <summary>项 (a numbered item （一）（二）… of the article), 1-based.</summary>
    public int? Item { get; }

    /// <summary>"第三十六条"</summary>
    public string ArticleText => $"第{Numeral(Article)}条";

    /// <summary>"第三十六条第（二）项", "第十六条第一款", "第三十八条".</summary>
    public override string ToString() =>
        ArticleText + (Paragraph is int p ? $"第{Numeral(p)}款" : "") + (Item is int i ? $"第（{Numeral(i)}）项" : "");

    /// <summary>"第十四条、第三十六条第（三）项", as a list of provisions is written.</summary>
    public static string Join(ImmutableArray<Citation> citations) => string.Join("、", citations);

    /// <summary>Chinese numerals 1–99 as article numbers are written: 十, 十六, 二十, 三十六.</summary>
    public static string Numeral(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        const string digits = "〇一二三四五六七八九";
        if (n < 10) return digits[n].ToString();
        var tens = n / 10 == 1 ? "" : digits[n / 10].ToString();
        return tens + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
    }
}
