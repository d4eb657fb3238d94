using System.Reflection;
using System.Text.RegularExpressions;
using Gongkai.Core.Layout;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Labels;

/// <summary>
/// What must never be shown to a person, as patterns: rule ids, cell paths and row keys, audit action codes, English
/// enum names, GUIDs, "UTC" and decimals that keep a database's scale ("26.0"). The browser suite applies them to
/// the visible text of every page it walks; machine identifiers shown on purpose (JSON keys documented on the open
/// data page) are inside &lt;code&gt;, which it leaves out.
/// </summary>
public static class InternalNames
{
    /// <summary>One kind of internal name and its pattern.</summary>
    public sealed record Pattern(string What, Regex Regex);

    public static IReadOnlyList<Pattern> Patterns { get; } = Build();

    /// <summary>Every internal name found in <paramref name="text"/>, with what it is ("规则编号 identity.balance").</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var found = new List<string>();
        foreach (var p in Patterns)
            foreach (Match m in p.Regex.Matches(text))
                found.Add($"{p.What}: {m.Value}");
        return found;
    }

    private static List<Pattern> Build()
    {
        static Regex Words(IEnumerable<string> words) =>
            new(@"(?<![A-Za-z0-9_.])(?:" + string.Join("|", words.Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")(?![A-Za-z0-9_])",
                RegexOptions.Compiled | RegexOptions.CultureInvariant);

        var ruleIds = RuleCatalogue.All.Select(r => r.Id).Append("rollup.").Append("crossyear.");
        // Row and field keys of every template ("withheld.stateSecret", "naturalPerson", "newReceived"…), and the sections.
        var keys = TemplateCatalog.All.SelectMany(l => l.Sections)
            .SelectMany(s => s.Rows.Select(r => r.Key).Concat(s.Rows.SelectMany(r => r.Fields).Select(f => f.Key)).Append(s.Key))
            .Where(k => k.Length > 4 && k.Any(char.IsUpper) || k.Contains('.'));
        var enumNames = typeof(Chinese).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && !Chinese.UnshownEnums.Contains(t.Name))
            .SelectMany(Enum.GetNames).Where(n => n.Length > 4 && n.Skip(1).Any(char.IsUpper));
        return
        [
            new("规则编号", Words(ruleIds)),
            new("单元格路径", new Regex(@"(?<![A-Za-z])(?:proactive|applications|reviewLitigation)\.[A-Za-z*]", RegexOptions.Compiled)),
            new("行列标识", Words(keys)),
            new("审计操作代码", new Regex(@"(?<![A-Za-z])(?:Case|CaseNotice|Consultation|Attachment|Challenge|Reopening|Agency|Oversight)\.[A-Z][a-z]+", RegexOptions.Compiled)),
            new("审计字段名", Words(AuditText.KnownFields.Where(f => f.Length > 4 && f.Skip(1).Any(char.IsUpper)))),
            new("英文枚举名", Words(enumNames)),
            new("GUID", new Regex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b", RegexOptions.Compiled)),
            new("UTC", new Regex(@"(?<![A-Za-z])UTC(?![A-Za-z])", RegexOptions.Compiled)),
            new("多余的小数", new Regex(@"(?<![\d.])\d+\.0+(?![\d.])", RegexOptions.Compiled)),
        ];
    }
}
