using System.Text.Json;
using Gongkai.Core.Json;
using Gongkai.Core.Layout;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Compare;

/// <summary>
/// A comparison as the one JSON object of `gongkai compare` (spec/cli.md): old, new, cells, unmatched, prose, copied,
/// findings in that order, then keyFigures. Beyond the keys the spec shows, a cell carries oldPath when the old report
/// names it otherwise, an unmatched cell its label, a paragraph its places, similarity, edits and quoted numbers, a
/// copied passage its scope and places.
/// </summary>
public static class CompareJson
{
    public static string Serialize(ReportComparison c, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ReportJson.WriterOptions with { Indented = indented }))
            Write(w, c);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter w, ReportComparison c)
    {
        w.WriteStartObject();
        Side(w, "old", c.Old);
        Side(w, "new", c.New);

        w.WriteStartArray("cells");
        foreach (var cell in c.Cells)
        {
            w.WriteStartObject();
            w.WriteString("path", cell.Path);
            if (cell.OldPath is not null) w.WriteString("oldPath", cell.OldPath);
            w.WriteString("label", cell.Label);
            Number(w, "old", cell.Old);
            Number(w, "new", cell.New);
            Number(w, "change", cell.Change);
            Number(w, "percent", cell.Percent);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("unmatched");
        foreach (var u in c.Unmatched)
        {
            w.WriteStartObject();
            w.WriteString("path", u.Path);
            w.WriteString("side", u.Side.Code());
            w.WriteString("why", u.Why);
            w.WriteString("label", u.Label);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("prose");
        foreach (var p in c.Prose)
        {
            w.WriteStartObject();
            w.WriteString("section", p.Section.Code);
            w.WriteString("kind", p.Kind.Code());
            String(w, "old", p.Old);
            String(w, "new", p.New);
            Int(w, "oldParagraph", p.OldIndex);
            Int(w, "newParagraph", p.NewIndex);
            w.WriteNumber("similarity", Math.Round(p.Similarity, 3));
            if (p.Kind == ProseKind.Changed)
            {
                w.WriteStartArray("edits");
                foreach (var e in p.Edits)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", e.Kind switch { EditKind.Inserted => "inserted", EditKind.Deleted => "deleted", _ => "same" });
                    w.WriteString("text", e.Text);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteStartArray("numbers");
            foreach (var (side, q) in p.OldNumbers.Select(q => ("old", q)).Concat(p.NewNumbers.Select(q => ("new", q))))
            {
                w.WriteStartObject();
                w.WriteString("side", side);
                w.WriteString("quote", q.Quote);
                w.WriteNumber("value", q.Value);
                w.WriteString("cells", string.Join("+", q.Cells));
                Number(w, "table", q.Table);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("copied");
        foreach (var p in c.Copied)
        {
            w.WriteStartObject();
            w.WriteString("section", p.Section.Code);
            w.WriteString("old", p.Old);
            w.WriteString("new", p.New);
            w.WriteNumber("similarity", Math.Round(p.Similarity, 3));
            w.WriteString("scope", p.Scope == CopyScope.Section ? "section" : "paragraph");
            w.WriteString("oldSection", p.OldSection.Code);
            Int(w, "oldParagraph", p.OldIndex);
            Int(w, "newParagraph", p.NewIndex);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("findings");
        foreach (var f in c.Findings) ReportJson.WriteFinding(w, f, withAmounts: false);
        w.WriteEndArray();

        w.WriteStartArray("keyFigures");
        foreach (var k in c.KeyFigures)
        {
            w.WriteStartObject();
            w.WriteString("key", k.Key);
            w.WriteString("label", k.Label);
            w.WriteString("kind", k.Kind switch { FigureKind.Rate => "rate", FigureKind.Amount => "amount", _ => "count" });
            Number(w, "old", k.Old);
            Number(w, "new", k.New);
            Number(w, "change", k.Change);
            Number(w, "percent", k.Percent);
            if (k.Why is not null) w.WriteString("why", k.Why);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Side(Utf8JsonWriter w, string name, ComparedReport r)
    {
        w.WriteStartObject(name);
        String(w, "source", r.Source);
        String(w, "agency", r.Agency);
        Int(w, "year", r.Year);
        w.WriteString("format", r.Format.Code());
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? v)
    {
        if (v is decimal d) w.WriteNumber(name, d); else w.WriteNull(name);
    }

    private static void Int(Utf8JsonWriter w, string name, int? v)
    {
        if (v is int i) w.WriteNumber(name, i); else w.WriteNull(name);
    }

    private static void String(Utf8JsonWriter w, string name, string? v)
    {
        if (v is not null) w.WriteString(name, v); else w.WriteNull(name);
    }
}
