using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Model;

namespace Gongkai.Tests.Generation;

/// <summary>
/// What text recognition does to a report's text (<see cref="Damage.Ocr"/>): in the tables 0 read as O, o or D and 1 as
/// l or I (at least once, as in any real scan), a label's "1." as "l." or "1。"; in 三 and 四 one or two numbers with a
/// digit dropped or doubled; in the prose 。 as "." now and then, and 沭 as 沐.
/// </summary>
internal static partial class OcrText
{
    [GeneratedRegex(@"(?<=^|[\s|])(\d+)(?=$|[\s|])")]
    private static partial Regex CellRx();

    [GeneratedRegex(@"(?<![\d.])1[.．](?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex NumberingRx();

    public static string Damage(string text, Report report, Random rng)
    {
        var lines = text.Split('\n');
        int Find(string title, int from = 0)
        {
            for (var i = from; i < lines.Length; i++)
                if (Compact(lines[i]).Contains(Compact(title), StringComparison.Ordinal)) return i;
            return -1;
        }
        var two = Find(report.Layout.Proactive.Title);
        var three = Find(report.Layout.Applications.Title, Math.Max(0, two));
        var five = Find("五、存在的主要问题", Math.Max(0, three));
        if (two < 0 || three < 0 || five < 0) return text;

        // Cells of 三 and 四 (lines three..five): a digit dropped or doubled in one or two of them.
        var cells = new List<(int Line, int Index, int Length)>();
        for (var l = three; l < five; l++)
            foreach (Match m in CellRx().Matches(lines[l])) cells.Add((l, m.Index, m.Length));
        var edits = new Dictionary<int, List<(int Index, int Length, string With)>>();
        for (var n = rng.Next(0, 3); n > 0 && cells.Count > 0; n--)
        {
            var (line, index, length) = cells[rng.Next(cells.Count)];
            var digits = lines[line].Substring(index, length);
            var at = rng.Next(digits.Length);
            var changed = rng.Next(2) == 0 && digits.Length > 1 ? digits.Remove(at, 1) : digits.Insert(at, digits[at].ToString());
            if (!edits.TryGetValue(line, out var list)) edits[line] = list = [];
            if (list.Exists(e => e.Index == index)) continue;
            list.Add((index, length, changed));
        }
        foreach (var (line, list) in edits)
            foreach (var (index, length, with) in list.OrderByDescending(e => e.Index))
                lines[line] = lines[line].Remove(index, length).Insert(index, with);

        // Letters for digits in the tables' numbers; labels' "1." misread.
        var confused = 0;
        for (var l = two; l < five; l++)
        {
            lines[l] = CellRx().Replace(lines[l], m =>
            {
                var sb = new StringBuilder(m.Value);
                for (var i = 0; i < sb.Length; i++)
                {
                    if (sb[i] is '0' or '０' && rng.NextDouble() < 0.2) { sb[i] = "OoD"[rng.Next(3)]; confused++; }
                    else if (sb[i] is '1' or '１' && rng.NextDouble() < 0.2) { sb[i] = "lI"[rng.Next(2)]; confused++; }
                }
                return sb.ToString();
            });
            lines[l] = NumberingRx().Replace(lines[l], m => rng.Next(3) switch { 0 => "l.", 1 => "1。", _ => m.Value });
        }
        if (confused == 0)
        {
            // Every real scan shows some: misread the first 0 or 1 of the tables.
            for (var l = two; l < five && confused == 0; l++)
            {
                var m = CellRx().Matches(lines[l]).FirstOrDefault(x => x.Value.IndexOfAny(['0', '1', '０', '１']) >= 0);
                if (m is null) continue;
                var i = m.Index + m.Value.IndexOfAny(['0', '1', '０', '１']);
                lines[l] = lines[l].Remove(i, 1).Insert(i, lines[l][i] is '0' or '０' ? "O" : "l");
                confused++;
            }
        }
        for (var l = 0; l < lines.Length; l++)
        {
            if (l >= two && l < five) continue;
            if (rng.NextDouble() < 0.3) lines[l] = lines[l].Replace('。', '.');
            lines[l] = lines[l].Replace('沭', '沐');
        }
        return string.Join('\n', lines);
    }

    private static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
