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
    public Finding Make(string where, decimal? expected, decimal? actual, params (string Name, object? Value)[] args)
    {
        var sb = new StringBuilder(Template);
        foreach (var (name, value) in args)
            sb.Replace("{" + name + "}", Format(value));
        return new Finding(Id, Severity, where, sb.ToString(), expected, actual);
    }

    public static string Format(object? value) => value switch
    {
        null => "空",
        decimal d => d.ToString("0.############", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
