using System.Globalization;
using MedDevice.Adapters.Refusals;
using MedDevice.Hub.Inbound;
using MedDevice.Hub.Refusals;
using Microsoft.AspNetCore.Http.Timeouts;

namespace MedDevice.Hub.Hardening;

/// <summary>Kestrel limits, request time-outs and the answer to unhandled errors, shared by every endpoint.</summary>
public static class HardeningExtensions
{
    /// <summary>Configures Kestrel's limits and the request time-out policy.</summary>
    public static WebApplicationBuilder AddHubHardening(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limits = new HttpLimitsOptions();
        builder.Configuration.GetSection(HttpLimitsOptions.SectionName).Bind(limits);
        var inbound = new InboundOptions();
        builder.Configuration.GetSection(InboundOptions.SectionName).Bind(inbound);
        builder.Services.AddSingleton(limits);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // The inbound endpoint refuses a larger body itself (413 with quarantine); this is the hard cap for all.
            kestrel.Limits.MaxRequestBodySize = inbound.MaxBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersTotalSize;
            kestrel.Limits.MaxRequestHeaderCount = limits.MaxRequestHeaderCount;
            kestrel.Limits.MaxRequestLineSize = limits.MaxRequestLineSize;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
        });

        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(limits.RequestTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = context => RefusalResponses.WriteAsync(context, new Refusal(RefusalKind.TimedOut,
                StatusCodes.Status504GatewayTimeout, HardeningErrorCodes.RequestTimeout, "Request timed out",
                string.Create(CultureInfo.InvariantCulture, $"The request took longer than {limits.RequestTimeoutSeconds} s."))),
        });
        return builder;
    }

    /// <summary>Applies the request time-outs and the unhandled-error answer to the pipeline.</summary>
    public static WebApplication UseHubHardening(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var maxBodyBytes = app.Services.GetRequiredService<InboundOptions>().MaxBodyBytes;
        app.Use((context, next) =>
        {
            RefusalConnectionClose.Apply(context, maxBodyBytes);
            return next(context);
        });
        app.UseRequestTimeouts();
        // Inside the time-outs, so their cancellation reaches them; the endpoint, once routed, stays on the context here.
        app.UseMiddleware<UnhandledErrorMiddleware>();
        return app;
    }
}
