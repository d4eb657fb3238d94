using System.Text;

namespace Gongkai.Core.Desk;

/// <summary>
/// How alike two descriptions of the information asked for are (Art. 35, 36 (六)): the Dice coefficient of their
/// character bigrams, after NFKC, without punctuation, spaces and the words every application uses (申请、公开、
/// 获取…). 1 is the same text; unrelated requests about the same district still share a few bigrams, so the desk shows
/// earlier cases from <see cref="Threshold"/> up and leaves the judgement to the clerk.
/// </summary>
public static class RequestSimilarity
{
    public const double Threshold = 0.6;

    private static readonly string[] Filler = ["申请公开", "申请获取", "请求公开", "要求公开", "申请", "公开", "获取", "提供", "关于", "有关", "相关", "政府信息", "信息", "的"];

    public static double Of(string? a, string? b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        var common = 0;
        var pool = new Dictionary<string, int>(y.Count, StringComparer.Ordinal);
        foreach (var g in y) pool[g] = pool.GetValueOrDefault(g) + 1;
        foreach (var g in x)
            if (pool.TryGetValue(g, out var n) && n > 0)
            {
                common++;
                pool[g] = n - 1;
            }
        return 2.0 * common / (x.Count + y.Count);
    }

    public static bool AreSimilar(string? a, string? b) => Of(a, b) >= Threshold;

    private static List<string> Bigrams(string? text)
    {
        var t = Normalise(text);
        var list = new List<string>(Math.Max(0, t.Length - 1));
        for (var i = 0; i + 1 < t.Length; i++) list.Add(t.Substring(i, 2));
        if (t.Length == 1) list.Add(t);
        return list;
    }

    private static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var s = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        foreach (var f in Filler) s = s.Replace(f, " ", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }
}
