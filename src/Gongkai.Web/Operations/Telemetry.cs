using System.Diagnostics.Metrics;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Gongkai.Web.Operations;

/// <summary>
/// Traces, metrics and logs over OTLP when an endpoint is configured (<c>Telemetry:OtlpEndpoint</c> or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; <c>Telemetry:OtlpProtocol</c> <c>http</c> — the default, port 4318 — or
/// <c>grpc</c>): requests (ASP.NET Core), database commands (EF Core, Npgsql), the runtime, and the desk's queues
/// (open, overdue, due-soon cases, awaiting a correction). Nothing is collected without an endpoint. Logs carry no
/// personal data (the application never logs it), so they may be shipped as they are.
/// </summary>
public static class Telemetry
{
    // Npgsql's extension methods, called by name: EF Core's AddNpgsql on IServiceCollection hides the tracer's.
    private static TracerProviderBuilder AddNpgsqlTracing(this TracerProviderBuilder t) => Npgsql.TracerProviderBuilderExtensions.AddNpgsql(t);

    private static MeterProviderBuilder AddNpgsqlMetrics(this MeterProviderBuilder m) => Npgsql.MeterProviderBuilderExtensions.AddNpgsqlInstrumentation(m);

    public const string ServiceName = "gongkai-web";

    /// <summary>The application's own instruments.</summary>
    public static readonly Meter Meter = new("Gongkai", "1.0");

    public static void AddGongkaiTelemetry(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var endpoint = config["Telemetry:OtlpEndpoint"] is { Length: > 0 } e ? e : config["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint)) return;
        var grpc = string.Equals(config["Telemetry:OtlpProtocol"], "grpc", StringComparison.OrdinalIgnoreCase);
        var interval = config.GetValue("Telemetry:ExportIntervalMilliseconds", 30_000);
        void Otlp(OtlpExporterOptions o, string signal)
        {
            o.Protocol = grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
            // Over HTTP each signal has its own path under the base address; gRPC takes the base address itself.
            o.Endpoint = new Uri(grpc ? endpoint : endpoint.TrimEnd('/') + "/v1/" + signal);
        }

        builder.Services.AddSingleton<DeskGauges>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeskGauges>());
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsqlTracing()
                .AddOtlpExporter(o => Otlp(o, "traces")))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlMetrics()
                .AddMeter(Meter.Name)
                .AddOtlpExporter((o, reader) =>
                {
                    Otlp(o, "metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = interval;
                }));
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeFormattedMessage = true;
            o.AddOtlpExporter(x => Otlp(x, "logs"));
        });
    }
}

/// <summary>
/// The desk's queues as gauges: every agency's open cases, and those overdue, due soon, or waiting for the applicant's
/// correction, read every <c>Telemetry:DeskRefreshSeconds</c> (60) by a background loop so that an export never
/// queries the database. Each server reports the same figures; a dashboard takes one of them.
/// </summary>
public sealed class DeskGauges : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly TimeSpan _every;
    private readonly ILogger<DeskGauges> _log;
    private volatile Snapshot _last = new(0, 0, 0, 0);

    private sealed record Snapshot(long Open, long Overdue, long DueSoon, long AwaitingCorrection);

    public DeskGauges(IServiceScopeFactory scopes, TimeProvider time, IConfiguration config, ILogger<DeskGauges> log)
    {
        _scopes = scopes;
        _time = time;
        _log = log;
        _every = TimeSpan.FromSeconds(config.GetValue("Telemetry:DeskRefreshSeconds", 60));
        Telemetry.Meter.CreateObservableGauge("gongkai.desk.open_cases", () => _last.Open, "{case}", "办理中的申请");
        Telemetry.Meter.CreateObservableGauge("gongkai.desk.overdue_cases", () => _last.Overdue, "{case}", "已超过答复期限的申请");
        Telemetry.Meter.CreateObservableGauge("gongkai.desk.due_soon_cases", () => _last.DueSoon, "{case}", "即将到期的申请");
        Telemetry.Meter.CreateObservableGauge("gongkai.desk.awaiting_correction_cases", () => _last.AwaitingCorrection, "{case}", "等待申请人补正的申请");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _last = await ReadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _log.LogWarning(e, "desk gauges not read");
            }
            await Task.Delay(_every, _time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<Snapshot> ReadAsync(CancellationToken ct)
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        var reminders = scope.ServiceProvider.GetRequiredService<Reminders>();
        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var agencies = await db.Cases.Where(c => c.ClosedOn == null).Select(c => c.AgencyId).Distinct().ToListAsync(ct);
        long open = 0, overdue = 0, dueSoon = 0, correction = 0;
        foreach (var agency in agencies)
        {
            var lists = await reminders.ListsAsync(agency, today, ct);
            open += lists.Open.Count;
            overdue += lists.Overdue.Count;
            dueSoon += lists.DueSoon.Count;
            correction += lists.Open.Count(i => i.Case.CorrectionRequestedOn is not null && i.Case.CorrectionReceivedOn is null);
        }
        return new Snapshot(open, overdue, dueSoon, correction);
    }
}
