using Gongkai.Web;
using Gongkai.Web.Data;

// `backup <file>` and `restore <file>` do their work and exit without starting the web host (see Data/Backup.cs).
if (Backup.IsCommand(args)) return await Backup.RunAsync(args);
// `migrate [--list]` upgrades the database's schema and exits (see Data/MigrateCommand.cs).
if (MigrateCommand.IsCommand(args)) return await MigrateCommand.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddGongkai();
var app = builder.Build();
await app.UseGongkaiAsync();
app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
