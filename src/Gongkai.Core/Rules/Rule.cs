using System.Globalization;
using System.Text;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>
/// One entry of the rule catalogue: a stable id, its severity, the cells it reads and its Chinese message.
/// The message is a template with {name} placeholders filled by <see cref="Make"/>.
/// </summary>
public sealed record Rule(string Id, Severity Severity, string Reads, string Title, string Template)
{
    [ThreadStatic] private static StringBuilder? t_message;

    public Finding Make(string where, decimal? expected, decimal? actual, params (string Name, object? Value)[] args)
    {
        var values = new string[args.Length];
        var braces = false;
        for (var k = 0; k < args.Length; k++)
        {
            values[k] = Format(args[k].Value);
            braces |= values[k].AsSpan().ContainsAny('{', '}') || args[k].Name.AsSpan().ContainsAny('{', '}');
        }
        var message = braces ? null : Filled(values, args);
        return new Finding(Id, Severity, where, message ?? Replaced(values, args), expected, actual);
    }

    /// <summary>
    /// The template with each {name} replaced, in one pass; null when the result still holds a brace. Replacing each
    /// argument's placeholder in turn (<see cref="Replaced"/>) gives the same text when no value or name holds a brace
    /// and no brace is left over — the replacements in turn could otherwise make a new placeholder, "{{actual}}" with
    /// actual "" — so only then is it used (a property test holds the two together): the replacements in turn made
    /// a string per argument and were 1 % of an extract's CPU with the number formatting.
    /// </summary>
    private string? Filled(string[] values, (string Name, object? Value)[] args)
    {
        var sb = t_message ??= new StringBuilder(256);
        sb.Clear();
        var i = 0;
        while (true)
        {
            var open = Template.IndexOf('{', i);
            var close = open < 0 ? -1 : Template.IndexOf('}', open + 1);
            if (close < 0) { sb.Append(Template, i, Template.Length - i); break; }
            var name = Template.AsSpan(open + 1, close - open - 1);
            var k = 0;
            while (k < args.Length && !name.SequenceEqual(args[k].Name)) k++;
            if (k == args.Length)
            {
                sb.Append(Template, i, open + 1 - i); // not a placeholder of these arguments: its brace stays
                i = open + 1;
                continue;
            }
            sb.Append(Template, i, open - i).Append(values[k]);
            i = close + 1;
        }
        var message = sb.ToString();
        if (sb.Capacity > 4096) t_message = null;
        return message.Contains('{') ? null : message;
    }

    /// <summary>Each argument's {name} replaced in turn, in the arguments' order.</summary>
    private string Replaced(string[] values, (string Name, object? Value)[] args)
    {
        var sb = new StringBuilder(Template);
        for (var k = 0; k < args.Length; k++)
            sb.Replace("{" + args[k].Name + "}", values[k]);
        return sb.ToString();
    }

    public static string Format(object? value) => value switch
    {
        null => "空",
        // A whole number as a long: the same digits as the custom format, which walked a format string per number
        // (a negative zero, which the format may print as "-0", takes the format).
        decimal d when decimal.IsInteger(d) && d is >= long.MinValue and <= long.MaxValue && (d != 0 || !decimal.IsNegative(d)) =>
            ((long)d).ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.############", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
