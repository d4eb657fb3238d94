using Gongkai.Core.Model;

namespace Gongkai.Web.Features.Oversight;

/// <summary>
/// The one place the web app calls the Core cross-year rules (Gongkai.Core.Oversight), so a change of their shape
/// touches one file. The roll-up goes through <see cref="SubtreeRollUp"/>.
/// </summary>
public static class OversightRules
{
    public static IReadOnlyList<Finding> CrossYear(Report previous, Report current) => Gongkai.Core.Oversight.CrossYear.Check(previous, current);
}
