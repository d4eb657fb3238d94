using Gongkai.Core.Model;
using Gongkai.Tests.Core;

namespace Gongkai.Tests.Cli;

/// <summary>Reports for the command-line tests, built from the template data (no text reader involved).</summary>
public static class CliReports
{
    /// <summary>Obeys every identity: `check` finds nothing.</summary>
    public static Report Clean(string agency = "测试区人民政府") => TestReports.Consistent() with { Agency = agency };

    /// <summary>One application received, none handled, none carried forward (as seed 000): identity.balance breaks in two columns.</summary>
    public static Report Unbalanced(string agency = "失衡区人民政府") => Clean(agency)
        .With("applications.newReceived.naturalPerson", 4)
        .With("applications.newReceived.total", 6);
}
