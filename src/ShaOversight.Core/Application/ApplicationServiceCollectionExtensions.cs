using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShaOversight.Core.Features.Imports;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// The one place the generated <c>AddMediator</c> is called, so the web app, the CLI and
    /// the tests share one pipeline. Scoped, because behaviours depend on the scoped current user.
    /// </summary>
    public static IServiceCollection AddShaOversightMediator(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(ExceptionLoggingBehaviour<,>),
                typeof(AuthorisationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(TimingBehaviour<,>),
            ];
        });
        AddValidators(services);
        // The web app registers the configured thresholds first; elsewhere the defaults apply.
        services.TryAddSingleton(new DashboardSettings());
        services.AddSingleton<AuditLog>();
        services.AddSingleton<DataChanges>();
        services.AddSingleton<NationalFigures>();
        services.AddSingleton<UserWorkLimiter>();
        services.AddShaOversightImports();
        services.AddSingleton<Features.Edits.EditSteps>();
        services.AddSingleton<UserAccessResolver>();
        services.AddSingleton<UserSessions>();
        services.AddScoped<AccessService>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Registers every validator in Core, each as <c>IValidator&lt;TMessage&gt;</c>.</summary>
    private static void AddValidators(IServiceCollection services)
    {
        var validators = typeof(ApplicationServiceCollectionExtensions).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(type => type.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Service: i, Implementation: type)));
        foreach (var (service, implementation) in validators)
            services.AddScoped(service, implementation);
    }
}
