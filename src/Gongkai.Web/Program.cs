using Gongkai.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddGongkai();
var app = builder.Build();
await app.UseGongkaiAsync();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
