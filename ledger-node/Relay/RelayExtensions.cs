namespace ProvenanceLedger.Node.Relay;

/// <summary>Registers the anchor relay: options, relayer account, quota, relay and its receipt watcher.</summary>
internal static class RelayExtensions
{
    public static IHostApplicationBuilder AddAnchorRelay(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RelayOptions>()
            .Bind(builder.Configuration.GetSection(RelayOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<RelayerAccount>();
        builder.Services.AddSingleton<RelayQuota>();
        builder.Services.AddSingleton<AnchorRelay>();
        builder.Services.AddHostedService<RelayReceiptWatcher>();
        return builder;
    }
}
