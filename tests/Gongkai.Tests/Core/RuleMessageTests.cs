using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Tests.Core;

/// <summary>
/// A finding's message is filled in one pass, and a whole number formatted as a long (docs/benchmarks.md, fifth
/// pass): the text must be what replacing each placeholder in turn and the custom number format gave, always.
/// </summary>
public sealed class RuleMessageTests
{
    /// <summary>Rule.Make's message and Rule.Format as they were before the one-pass fill.</summary>
    private static string OriginalMessage(string template, (string Name, object? Value)[] args)
    {
        var sb = new StringBuilder(template);
        foreach (var (name, value) in args)
            sb.Replace("{" + name + "}", OriginalFormat(value));
        return sb.ToString();
    }

    private static string OriginalFormat(object? value) => value switch
    {
        null => "空",
        decimal d => d.ToString("0.############", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static readonly string[] TemplateParts =
        ["{place}", "{actual}", "{expected}", "{diff}", "{", "}", "{place", "actual}", "{{", "}}", "{x}", "文字", "“", "”", "列", " ", "{a}b}", "{{actual}}"];

    private static readonly string[] Names = ["place", "actual", "expected", "diff", "x", "a}b", "{", "", "plac"];

    private static readonly object?[] Values =
    [
        null, 0m, -0m, -0.0m, 5m, 5.000m, -12m, 0.5m, 1.25m, 0.0000000000001m, 123456789012345678901234m, -9223372036854775808m,
        9223372036854775807m, 9223372036854775808m, 3, -1, "文字", "{actual}", "{", "}", "{place}值", "", 2025.5, DateOnly.FromDayNumber(739000),
    ];

    [Fact]
    public void A_message_filled_in_one_pass_is_the_message_the_placeholders_replaced_in_turn_gave()
    {
        var cases = Gen.Sample(
            from template in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(TemplateParts), n)).Select(p => string.Concat(p))
            from args in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(
                from name in Gen.Elements(Names)
                from value in Gen.Elements(Values)
                select (name, value), n))
            select (template, args), 30_000);
        var filled = 0;
        foreach (var (template, args) in cases)
        {
            var expected = OriginalMessage(template, args);
            var actual = new Rule("test", Severity.Error, "", "", template).Make("where", null, null, args).Message;
            Assert.True(expected == actual, $"“{template}” with {string.Join("; ", args.Select(a => $"{a.name}={a.value}"))}: “{actual}”, not “{expected}”");
            if (expected != template) filled++;
        }
        Assert.True(filled > 10_000, $"{filled} messages filled");
    }

    [Fact]
    public void Every_rule_of_the_catalogue_fills_its_message_as_before()
    {
        foreach (var rule in RuleCatalogue.All)
        {
            (string, object?)[] args = [("place", "表三“总计”行"), ("actual", 12m), ("expected", -3.50m), ("diff", 15.5m), ("year", 2021), ("quote", "{x}“受理”")];
            Assert.Equal(OriginalMessage(rule.Template, args), rule.Make("w", null, null, args).Message);
        }
    }

    [Fact]
    public void A_number_is_formatted_as_the_custom_format_formatted_it()
    {
        var numbers = Gen.Sample(
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Elements(0, 0, 1, -1, 7, int.MaxValue)
            from scale in Gen.Choose(0, 28)
            from negative in Gen.Elements(true, false)
            select new decimal(lo, mid, 0, negative, (byte)scale), 50_000)
            .Concat(Values.OfType<decimal>());
        foreach (var d in numbers) Assert.Equal(OriginalFormat(d), Rule.Format(d));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("-7")]
    [InlineData("1099511627776")] // 2^40
    [InlineData("123456789012345678")]
    [InlineData("2.50")]
    [InlineData("-0.5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    public void Whole_numbers_decimals_and_the_extremes_are_formatted_as_the_custom_format_formatted_them(string text)
    {
        var d = decimal.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(OriginalFormat(d), Rule.Format(d));
    }

    [Fact]
    public void A_zero_with_its_sign_bit_set_is_formatted_as_the_custom_format_formatted_it()
    {
        var negativeZero = new decimal(0, 0, 0, true, 0);
        Assert.Equal(OriginalFormat(negativeZero), Rule.Format(negativeZero));
    }
}
