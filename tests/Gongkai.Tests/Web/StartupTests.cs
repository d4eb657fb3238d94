using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Tests.Web;

public sealed class StartupTests
{
    [Fact]
    public void The_app_refuses_to_start_on_a_database_it_does_not_support_and_says_which_it_does()
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "mysql",
                ["ConnectionStrings:Gongkai"] = "Server=127.0.0.1;Database=gongkai",
            }));
        });
        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var messages = new List<string>();
        for (Exception? x = e; x is not null; x = x.InnerException) messages.Add(x.Message);
        var all = string.Join(" ← ", messages);
        Assert.Contains("Database:Provider “mysql” 不受支持", all);
        Assert.Contains("请用 sqlite 或 postgres", all);
    }
}
