using System.Text.RegularExpressions;

namespace Gongkai.Tests.Web;

/// <summary>
/// Guards of the thin web project (issue 16): what the refactoring removed must not grow back. Each names the files
/// that break it.
/// </summary>
public sealed partial class WebLayoutGuardTests
{
    private static readonly string Web = Path.Combine(SharedFiles.RepoRoot, "src", "Gongkai.Web");

    private static IEnumerable<string> Sources(string under, string pattern = "*.cs") =>
        Directory.Exists(under)
            ? Directory.EnumerateFiles(under, pattern, SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                            && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                            && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            : [];

    private static string[] Offenders(IEnumerable<string> files, Regex what) =>
        [.. files.Where(f => what.IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(Web, f))];

    [Fact]
    public void Pages_live_in_their_feature_folder_under_Features_which_is_the_Razor_root()
    {
        // A page added under the old Pages/ folder would compile and never be routed.
        Assert.Empty(Sources(Path.Combine(Web, "Pages"), "*.cshtml"));
        Assert.NotEmpty(Sources(Path.Combine(Web, "Features"), "*.cshtml"));
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [Fact]
    public void Every_file_declares_the_namespace_of_its_folder_so_a_slice_is_one_namespace()
    {
        // The slices kept the namespaces of the old layout (Pages.Cases, Desk, Api …) after moving: a type's folder and
        // its namespace disagreed in 81 files.
        var wrong = Sources(Web)
            .Select(f => (File: f, Declared: FileNamespace().Match(File.ReadAllText(f)) is { Success: true } m ? m.Groups[1].Value : null))
            .Where(x => x.Declared is not null)
            .Where(x => x.Declared != "Gongkai.Web" + string.Concat(Path.GetRelativePath(Web, Path.GetDirectoryName(x.File)!)
                .Split(Path.DirectorySeparatorChar).Where(p => p != ".").Select(p => "." + p)))
            .Select(x => $"{Path.GetRelativePath(Web, x.File)}: {x.Declared}");
        Assert.Empty(wrong);
        Assert.Contains("@namespace Gongkai.Web.Features", File.ReadAllText(Path.Combine(Web, "Features", "_ViewImports.cshtml")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(ctx|context|httpContext)\.User\b")]
    private static partial Regex UserRead();

    [Fact]
    public void API_handlers_take_the_current_user_as_a_bound_Actor_not_from_HttpContext()
    {
        var apis = Sources(Path.Combine(Web, "Features")).Where(f => f.EndsWith("Api.cs", StringComparison.Ordinal))
            .Concat(Sources(Path.Combine(Web, "Api")));
        Assert.Empty(Offenders(apis, UserRead()));
    }

    [GeneratedRegex(@"Task<object>|static object \w+\(")]
    private static partial Regex ObjectAnswer();

    [Fact]
    public void API_handlers_answer_typed_results_not_object()
    {
        var apis = Sources(Path.Combine(Web, "Features")).Where(f => f.EndsWith("Api.cs", StringComparison.Ordinal))
            .Concat(Sources(Path.Combine(Web, "Api")));
        Assert.Empty(Offenders(apis, ObjectAnswer()));
    }

    [GeneratedRegex(@"\brow\[")]
    private static partial Regex PositionalRead();

    [Fact]
    public void Raw_SQL_rows_are_read_by_column_name_never_by_position()
    {
        Assert.Empty(Offenders(Sources(Web), PositionalRead()));
    }

    [GeneratedRegex(@"==\s*2019\s*\?\s*TemplateId|==\s*TemplateId\.V2019\s*\?\s*2019")]
    private static partial Regex TemplateSwitch();

    [Fact]
    public void The_template_is_converted_in_one_place_not_switched_by_hand()
    {
        Assert.Empty(Offenders(Sources(Web), TemplateSwitch()));
    }

    [GeneratedRegex(@"<\s*20[12]\d\s+or\s*>\s*2100|DateTime\.(Now|Today)\.Year")]
    private static partial Regex HandYearRule();

    [Fact]
    public void The_year_rule_is_ReportYear_in_Core_not_a_range_checked_by_hand()
    {
        Assert.Empty(Offenders(Sources(Web).Concat(Sources(Web, "*.cshtml")), HandYearRule()));
    }

    [GeneratedRegex(@"\bGongkai\.Web\.(?!Data\b)\w+|\busing Gongkai\.Web\b(?!\.Data\b)|(?<!Core\.)\b(Desk|Oversight|Public|Open|Account|Admin|Reports|Cases|Proactive)\.[A-Z]\w*")]
    private static partial Regex FeatureReference();

    [Fact]
    public void The_data_layer_names_no_feature_folder_type_or_namespace()
    {
        // GongkaiDb and the entities are below every feature: a feature may use them, never the reverse.
        var data = Sources(Path.Combine(Web, "Data"));
        Assert.NotEmpty(data);
        Assert.Empty(Offenders(data, FeatureReference()));
    }

    [GeneratedRegex(@"\b(FromSql\w*|ExecuteSql\w*|SqlQuery\w*|CommandText|NpgsqlCommand)\b")]
    private static partial Regex RawSqlExecution();

    [Fact]
    public void A_feature_runs_its_raw_SQL_only_from_its_one_Sql_file()
    {
        var features = Sources(Path.Combine(Web, "Features")).ToList();
        Assert.Empty(Offenders(features.Where(f => !f.EndsWith("Sql.cs", StringComparison.Ordinal)), RawSqlExecution()));
        // …and one such file per feature folder.
        var perFolder = features.Where(f => f.EndsWith("Sql.cs", StringComparison.Ordinal)).GroupBy(Path.GetDirectoryName);
        Assert.All(perFolder, g => Assert.Single(g));
    }
}
