using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Gongkai.Tests.Web;

/// <summary>
/// Where the PostgreSQL tests find their server: GONGKAI_TEST_POSTGRES, a connection string for a role that may
/// create databases (each test class instance makes its own and drops it). Without it the PostgreSQL tests fail,
/// saying so, unless GONGKAI_SKIP_POSTGRES=1 says to skip them.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "GONGKAI_TEST_POSTGRES";
    public const string SkipVariable = "GONGKAI_SKIP_POSTGRES";

    public static bool Skipped => Environment.GetEnvironmentVariable(SkipVariable) == "1";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } c ? c : throw new InvalidOperationException(
            $"The PostgreSQL tests need a server: set {Variable}, e.g. " +
            $"export {Variable}=\"Host=127.0.0.1;Username=gongkai;Password=gongkai\" (a role with CREATEDB; .ci/run sets one up " +
            $"with Debian's postgresql package), or set {SkipVariable}=1 to skip them.");
}

/// <summary>Test classes that run on PostgreSQL; their <see cref="DbFactAttribute"/> tests are skipped under GONGKAI_SKIP_POSTGRES=1.</summary>
public interface IOnPostgres;

/// <summary>
/// A fact declared once in an abstract test class and run by each database subclass; skipped for an
/// <see cref="IOnPostgres"/> class when GONGKAI_SKIP_POSTGRES=1 (xunit 2 has no skipping at run time).
/// </summary>
[XunitTestCaseDiscoverer("Gongkai.Tests.Web.DbFactDiscoverer", "Gongkai.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbFactAttribute : FactAttribute;

public sealed class DbFactDiscoverer(IMessageSink diagnostics) : FactDiscoverer(diagnostics)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        new DbTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
}

public sealed class DbTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public DbTestCase() { }

    public DbTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        TestPostgres.Skipped && typeof(IOnPostgres).IsAssignableFrom(TestMethod.TestClass.Class.ToRuntimeType())
            ? $"{TestPostgres.SkipVariable}=1"
            : base.GetSkipReason(factAttribute);
}
