using System.Collections.Immutable;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;

namespace Gongkai.Web.Oversight;

/// <summary>The roll-up as the pages show it: the summed report (checked) and where units could not be summed exactly.</summary>
public sealed record OversightSum(Report Report, ImmutableArray<RollUpGap> Gaps);

/// <summary>The one place the web app calls the Core oversight rules (Gongkai.Core.Oversight), so a change of their shape touches one file.</summary>
public static class OversightRules
{
    public static OversightSum Sum(string agency, int year, IReadOnlyList<Report> units)
    {
        var r = RollUp.Sum(agency, year, units);
        return new OversightSum(r.Report, r.Gaps);
    }

    public static IReadOnlyList<Finding> CrossYear(Report previous, Report current) => Gongkai.Core.Oversight.CrossYear.Check(previous, current);
}
