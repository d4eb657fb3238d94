using System.Collections.Immutable;
using System.Text.Json;

namespace Gongkai.Core.Layout;

/// <summary>
/// Loads the template layouts from the data files in Templates/ (embedded). A new national format is a new file,
/// not new code.
/// </summary>
public static class TemplateCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<(TemplateId, bool), ReportLayout>> Layouts = new(LoadAll);

    public static ReportLayout Get(TemplateId template, bool otherCollapsed = false)
    {
        if (template == TemplateId.V2019) otherCollapsed = false;
        return Layouts.Value[(template, otherCollapsed)];
    }

    public static IEnumerable<ReportLayout> All => Layouts.Value.Values;

    private static IReadOnlyDictionary<(TemplateId, bool), ReportLayout> LoadAll()
    {
        var result = new Dictionary<(TemplateId, bool), ReportLayout>();
        foreach (var id in Enum.GetValues<TemplateId>())
        {
            using var doc = Data(id);
            result[(id, false)] = Parse(id, doc.RootElement, collapse: false);
            if (doc.RootElement.GetProperty("applications").TryGetProperty("collapsible", out _))
                result[(id, true)] = Parse(id, doc.RootElement, collapse: true);
        }
        return result;
    }

    /// <summary>The template's data file as embedded (Templates/{code}.json); the caller disposes it.</summary>
    internal static JsonDocument Data(TemplateId id)
    {
        using var stream = typeof(TemplateCatalog).Assembly.GetManifestResourceStream($"Gongkai.Templates.{id.Code()}.json")
            ?? throw new InvalidOperationException($"template data {id.Code()}.json is not embedded");
        return JsonDocument.Parse(stream);
    }

    /// <summary>Parses one template file; public so tests can load a candidate file.</summary>
    public static ReportLayout Parse(TemplateId id, JsonElement root, bool collapse)
    {
        var proactive = ParseProactive(root.GetProperty("proactive"));
        var applications = ParseRectangular("applications", root.GetProperty("applications"), collapse);
        var review = ParseRectangular("reviewLitigation", root.GetProperty("reviewLitigation"), collapse: false);
        var sections = new[] { proactive, applications, review }.ToDictionary(s => s.Key);
        var identities = ImmutableArray.CreateBuilder<Identity>();
        foreach (var e in root.GetProperty("identities").EnumerateArray()) identities.AddRange(Expand(e, sections));
        var lastYear = root.TryGetProperty("lastYear", out var ly) && ly.ValueKind == JsonValueKind.Number ? ly.GetInt32() : (int?)null;
        return new ReportLayout(id, root.GetProperty("notice").GetString()!, root.GetProperty("firstYear").GetInt32(), lastYear,
            Strings(root.GetProperty("signals")), proactive, applications, review, identities.ToImmutable(), collapse);
    }

    private static SectionLayout ParseProactive(JsonElement e)
    {
        var rows = ImmutableArray.CreateBuilder<RowLayout>();
        var groups = ImmutableArray.CreateBuilder<string>();
        var offset = 0;
        foreach (var g in e.GetProperty("groups").EnumerateArray())
        {
            var label = g.GetProperty("label").GetString()!;
            groups.Add(label);
            var fields = ParseFields(g.GetProperty("fields"));
            foreach (var r in g.GetProperty("rows").EnumerateArray())
            {
                rows.Add(ParseRow(r, fields, offset, label));
                offset += fields.Length;
            }
        }
        return new SectionLayout("proactive", e.GetProperty("title").GetString()!, null, rows.ToImmutable(), groups.ToImmutable());
    }

    private static SectionLayout ParseRectangular(string key, JsonElement e, bool collapse)
    {
        var fields = ParseFields(e.GetProperty("fields"));
        var rowElements = e.GetProperty("rows").EnumerateArray().ToList();
        if (collapse)
        {
            // A 2021 report printing 三（六）其他处理 as one row keeps it as `other` (report-json.md).
            var c = e.GetProperty("collapsible");
            var subKeys = c.GetProperty("rows").EnumerateArray().Select(x => x.GetString()).ToHashSet();
            var first = rowElements.FindIndex(r => subKeys.Contains(r.GetProperty("key").GetString()));
            rowElements.RemoveAll(r => subKeys.Contains(r.GetProperty("key").GetString()));
            rowElements.Insert(first, c);
        }
        var rows = ImmutableArray.CreateBuilder<RowLayout>();
        var offset = 0;
        foreach (var r in rowElements)
        {
            rows.Add(ParseRow(r, fields, offset, null));
            offset += fields.Length;
        }
        var note = e.TryGetProperty("note", out var n) ? n.GetString() : null;
        return new SectionLayout(key, e.GetProperty("title").GetString()!, note, rows.ToImmutable(), []);
    }

    // Loops rather than LINQ over JsonElement (a struct): generic code over it is JIT-compiled at every start
    // (docs/benchmarks.md, eighth pass).
    private static ImmutableArray<FieldLayout> ParseFields(JsonElement e)
    {
        var fields = ImmutableArray.CreateBuilder<FieldLayout>(e.GetArrayLength());
        foreach (var f in e.EnumerateArray())
            fields.Add(new FieldLayout(
                f.GetProperty("key").GetString()!,
                f.GetProperty("label").GetString()!,
                f.TryGetProperty("kind", out var k) ? Enum.Parse<FieldKind>(k.GetString()!, ignoreCase: true) : FieldKind.Count,
                f.TryGetProperty("group", out var g) ? g.GetString() : null));
        return fields.MoveToImmutable();
    }

    private static ImmutableArray<string> Strings(JsonElement array)
    {
        var strings = ImmutableArray.CreateBuilder<string>(array.GetArrayLength());
        foreach (var x in array.EnumerateArray()) strings.Add(x.GetString()!);
        return strings.MoveToImmutable();
    }

    private static RowLayout ParseRow(JsonElement r, ImmutableArray<FieldLayout> fields, int offset, string? defaultGroup) =>
        new(r.GetProperty("key").GetString()!,
            r.GetProperty("label").GetString()!,
            r.TryGetProperty("aliases", out var a) ? Strings(a) : [],
            r.TryGetProperty("group", out var g) ? g.GetString() : defaultGroup,
            r.TryGetProperty("role", out var role) ? Enum.Parse<RowRole>(role.GetString()!, ignoreCase: true) : RowRole.None,
            fields, offset);

    private static IEnumerable<Identity> Expand(JsonElement e, IReadOnlyDictionary<string, SectionLayout> sections)
    {
        var rule = e.GetProperty("rule").GetString()!;
        var section = sections[e.GetProperty("section").GetString()!];
        var left = Strings(e.GetProperty("left"));
        var right = Strings(e.GetProperty("right"));
        switch (e.GetProperty("forEach").GetString())
        {
            case "column":
                var rightRows = right.SelectMany(k => k.StartsWith('@')
                    ? section.Rows.Where(r => r.Role == Enum.Parse<RowRole>(k[1..], ignoreCase: true)).Select(r => r.Key)
                    : [k]).ToList();
                foreach (var field in section.Rows[0].Fields)
                    yield return new Identity(rule, section,
                        left.Select(row => Cell(section, row, field.Key)).ToImmutableArray(),
                        rightRows.Select(row => Cell(section, row, field.Key)).ToImmutableArray(), field.Key);
                break;
            case "row":
                foreach (var row in section.Rows)
                    yield return new Identity(rule, section,
                        left.Select(f => Cell(section, row.Key, f)).ToImmutableArray(),
                        right.Select(f => Cell(section, row.Key, f)).ToImmutableArray(), row.Key);
                break;
            default:
                throw new InvalidDataException($"identity {rule}: forEach must be 'column' or 'row'");
        }
    }

    private static int Cell(SectionLayout s, string row, string field)
    {
        var i = s.CellIndex(row, field);
        return i >= 0 ? i : throw new InvalidDataException($"identity names unknown cell {s.Key}.{row}.{field}");
    }
}
