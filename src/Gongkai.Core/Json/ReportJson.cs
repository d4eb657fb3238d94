using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Core.Json;

/// <summary>
/// The canonical JSON of report-json.md: the public contract of `gongkai extract`. Writing keeps the spec's key
/// order; reading is strict and names the path of any wrong field.
/// </summary>
public static class ReportJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Serialize(Report report, bool includeNarrative = false, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions with { Indented = indented }))
            Write(w, report, includeNarrative);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter w, Report report, bool includeNarrative = false)
    {
        w.WriteStartObject();
        if (report.Source is not null) w.WriteString("source", report.Source);
        w.WriteString("format", report.Format.Code());
        if (report.Year is int y) w.WriteNumber("year", y); else w.WriteNull("year");
        if (report.Agency is not null) w.WriteString("agency", report.Agency); else w.WriteNull("agency");
        if (report.Published is DateOnly d) w.WriteString("published", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull("published");
        foreach (var section in report.Sections)
        {
            w.WritePropertyName(section.Layout.Key);
            WriteSection(w, section);
        }
        w.WriteStartArray("findings");
        foreach (var f in report.Findings) WriteFinding(w, f, withAmounts: false);
        w.WriteEndArray();
        if (includeNarrative && report.Narrative != Narrative.None)
        {
            w.WriteStartObject("narrative");
            foreach (var (key, text) in report.Narrative.Parts()) w.WriteString(key, text);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>One finding: {rule, severity, where, message}; with amounts (check's JSON) also expected and actual before message.</summary>
    public static void WriteFinding(Utf8JsonWriter w, Finding f, bool withAmounts)
    {
        w.WriteStartObject();
        w.WriteString(RuleName, f.Rule);
        w.WriteString(SeverityName, f.SeverityCode);
        w.WriteString(WhereName, f.Where);
        if (withAmounts)
        {
            if (f.Expected is decimal e) w.WriteNumber("expected", e); else w.WriteNull("expected");
            if (f.Actual is decimal a) w.WriteNumber("actual", a); else w.WriteNull("actual");
        }
        w.WriteString(MessageName, f.Message);
        w.WriteEndObject();
    }

    private static readonly JsonEncodedText RuleName = JsonEncodedText.Encode("rule"), SeverityName = JsonEncodedText.Encode("severity"),
        WhereName = JsonEncodedText.Encode("where"), MessageName = JsonEncodedText.Encode("message");

    private static void WriteSection(Utf8JsonWriter w, SectionData data)
    {
        var names = s_names.GetValue(data.Layout, static l => new SectionNames(l));
        w.WriteStartObject();
        var rows = data.Layout.Rows;
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            var fields = names.Fields[r];
            w.WriteStartObject(names.Rows[r]);
            for (var f = 0; f < fields.Length; f++)
            {
                if (data.Cells[row.Offset + f] is not decimal v) w.WriteNull(fields[f]);
                // A whole number written with no decimal point as a long: the same bytes as the decimal's own
                // format (which keeps a scale: 5.0 stays 5.0, so only scale 0), which divided by ten per digit.
                // A negative zero keeps the decimal's way.
                else if (v.Scale == 0 && v is >= long.MinValue and <= long.MaxValue && (v != 0 || !decimal.IsNegative(v)))
                    w.WriteNumber(fields[f], (long)v);
                else w.WriteNumber(fields[f], v);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>
    /// A section's row and field names encoded once for the writer (the same bytes as a string name, which the
    /// writer checked for escaping and transcoded for every cell of every report).
    /// </summary>
    private sealed class SectionNames
    {
        public readonly JsonEncodedText[] Rows;
        public readonly JsonEncodedText[][] Fields;

        public SectionNames(SectionLayout layout)
        {
            Rows = [.. layout.Rows.Select(r => JsonEncodedText.Encode(r.Key, WriterOptions.Encoder))];
            Fields = [.. layout.Rows.Select(r => r.Fields.Select(f => JsonEncodedText.Encode(f.Key, WriterOptions.Encoder)).ToArray())];
        }
    }

    private static readonly ConditionalWeakTable<SectionLayout, SectionNames> s_names = [];

    /// <summary>Reads one report object; throws <see cref="ReportJsonException"/> naming the JSON path of a bad field.</summary>
    public static Report Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new ReportJsonException("$", "应为 JSON 对象");
        var formatCode = root.TryGetProperty("format", out var fe) && fe.ValueKind == JsonValueKind.String ? fe.GetString() : null;
        if (!TemplateIds.TryParse(formatCode, out var template))
            throw new ReportJsonException("$.format", "应为 \"2019\" 或 \"2021\"");
        var applications = root.TryGetProperty("applications", out var ae) && ae.ValueKind == JsonValueKind.Object ? ae : default;
        var collapsed = template == TemplateId.V2021 && applications.ValueKind == JsonValueKind.Object && applications.TryGetProperty("other", out _);
        var layout = TemplateCatalog.Get(template, collapsed);

        var known = new HashSet<string> { "source", "format", "year", "agency", "published", "proactive", "applications", "reviewLitigation", "findings", "narrative" };
        foreach (var p in root.EnumerateObject())
            if (!known.Contains(p.Name)) throw new ReportJsonException("$." + p.Name, "未知字段");

        int? year = null;
        if (root.TryGetProperty("year", out var ye) && ye.ValueKind != JsonValueKind.Null)
        {
            if (ye.ValueKind != JsonValueKind.Number || !ye.TryGetInt32(out var yv) || yv is < 1990 or > 2100)
                throw new ReportJsonException("$.year", "应为 1990–2100 之间的整数年份");
            year = yv;
        }
        DateOnly? published = null;
        if (root.TryGetProperty("published", out var pe) && pe.ValueKind != JsonValueKind.Null)
        {
            if (pe.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(pe.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var pd))
                throw new ReportJsonException("$.published", "应为 yyyy-MM-dd 格式的日期");
            published = pd;
        }

        var report = new Report
        {
            Source = OptionalString(root, "source"),
            Layout = layout,
            Year = year,
            Agency = OptionalString(root, "agency"),
            Published = published,
            Proactive = ReadSection(root, layout.Proactive),
            Applications = ReadSection(root, layout.Applications),
            ReviewLitigation = ReadSection(root, layout.ReviewLitigation),
            Findings = ReadFindings(root),
            Narrative = ReadNarrative(root),
        };
        return report;
    }

    public static Report Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            return Read(doc.RootElement);
        }
        catch (JsonException e)
        {
            throw new ReportJsonException("$", $"不是有效的 JSON：{e.Message}");
        }
    }

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
        return e.ValueKind == JsonValueKind.String ? e.GetString() : throw new ReportJsonException("$." + name, "应为字符串");
    }

    private static SectionData ReadSection(JsonElement root, SectionLayout layout)
    {
        var cells = new decimal?[layout.CellCount];
        if (!root.TryGetProperty(layout.Key, out var se) || se.ValueKind == JsonValueKind.Null)
            return new SectionData(layout, cells.ToImmutableArray());
        if (se.ValueKind != JsonValueKind.Object) throw new ReportJsonException($"$.{layout.Key}", "应为对象");
        foreach (var rowProp in se.EnumerateObject())
        {
            var row = layout.Row(rowProp.Name) ?? throw new ReportJsonException($"$.{layout.Key}[\"{rowProp.Name}\"]", "该格式没有这一行");
            if (rowProp.Value.ValueKind != JsonValueKind.Object) throw new ReportJsonException($"$.{layout.Key}[\"{row.Key}\"]", "应为对象");
            foreach (var cellProp in rowProp.Value.EnumerateObject())
            {
                var path = $"$.{layout.Key}[\"{row.Key}\"].{cellProp.Name}";
                var f = row.FieldIndex(cellProp.Name);
                if (f < 0) throw new ReportJsonException(path, "该行没有这一列");
                cells[row.Offset + f] = cellProp.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.Number when cellProp.Value.TryGetDecimal(out var v) => v,
                    _ => throw new ReportJsonException(path, "应为数字或 null"),
                };
            }
        }
        return new SectionData(layout, cells.ToImmutableArray());
    }

    /// <summary>Only the findings of a report in the public JSON format (what the open-data XLSX lists beside the cells).</summary>
    public static ImmutableArray<Finding> Findings(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return ReadFindings(doc.RootElement);
    }

    private static ImmutableArray<Finding> ReadFindings(JsonElement root)
    {
        if (!root.TryGetProperty("findings", out var fe) || fe.ValueKind == JsonValueKind.Null) return [];
        if (fe.ValueKind != JsonValueKind.Array) throw new ReportJsonException("$.findings", "应为数组");
        var list = ImmutableArray.CreateBuilder<Finding>();
        var i = 0;
        foreach (var e in fe.EnumerateArray())
        {
            var path = $"$.findings[{i++}]";
            string Str(string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()! : throw new ReportJsonException($"{path}.{name}", "应为字符串");
            if (!Finding.TryParseSeverity(Str("severity"), out var sev)) throw new ReportJsonException($"{path}.severity", "应为 error、warning 或 info");
            list.Add(new Finding(Str("rule"), sev, Str("where"), Str("message")));
        }
        return list.ToImmutable();
    }

    private static Narrative ReadNarrative(JsonElement root)
    {
        if (!root.TryGetProperty("narrative", out var ne) || ne.ValueKind == JsonValueKind.Null) return Narrative.None;
        if (ne.ValueKind != JsonValueKind.Object) throw new ReportJsonException("$.narrative", "应为对象");
        string? Part(string name) => ne.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new Narrative(Part("preamble"), Part("overview"), Part("problems"), Part("other"));
    }
}

/// <summary>A JSON report with a wrong field; <see cref="Path"/> names it.</summary>
public sealed class ReportJsonException(string path, string problem) : Exception($"{path}：{problem}")
{
    public string Path { get; } = path;
    public string Problem { get; } = problem;
}
