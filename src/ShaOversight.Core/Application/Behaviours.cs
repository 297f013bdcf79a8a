using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Logging;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Application;

/// <summary>Outermost: logs anything unexpected with the message's name, then lets it travel on.</summary>
public sealed class ExceptionLoggingBehaviour<TMessage, TResponse>(ILogger<ExceptionLoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not (AccessDeniedException or NotFoundException or ValidationException or OperationCanceledException or TooBusyException))
        {
            logger.LogError(ex, "{Message} failed", typeof(TMessage).Name);
            throw;
        }
    }
}

/// <summary>
/// Resolves the user's access afresh for the operation, checks their role against the message,
/// and audits every refusal exactly once, including those a handler raises when a record is
/// outside the user's scope. An out-of-scope record then answers as a missing one would.
/// </summary>
public sealed class AuthorisationBehaviour<TMessage, TResponse>(AccessService access, AuditLog audit)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<Role>?> AllowedRoles = new();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        access.WithinOperationAsync(async (user, outermost) =>
        {
            try
            {
                Demand(user);
                return await next(message, cancellationToken);
            }
            catch (AccessDeniedException denied)
            {
                if (!denied.Audited)
                {
                    await audit.WriteAsync(user, AuditLog.AccessDenied, denied.Target, $"{typeof(TMessage).Name}: {denied.Reason}", CancellationToken.None);
                    denied.Audited = true;
                }
                if (outermost && denied.ShownAsNotFound is { } missing) throw new NotFoundException(missing);
                throw;
            }
        }, cancellationToken);

    private static void Demand(UserAccess user)
    {
        if (user.SessionEnded)
            throw new AccessDeniedException(typeof(TMessage).Name, "the session has ended: the user signed out") { BecauseSignedOut = true };
        if (user.Role is not { } role)
            throw new AccessDeniedException(typeof(TMessage).Name, "the user has no role in this service");
        if (!user.HasUsableScope)
            throw new AccessDeniedException(typeof(TMessage).Name, $"the {RoleNames.ValueOf(role)} role needs an organisation, and none is set for this user");
        var allowed = AllowedRoles.GetOrAdd(typeof(TMessage), type => type.GetCustomAttribute<AllowedRolesAttribute>()?.Roles);
        if (allowed is not null && !allowed.Contains(role))
            throw new AccessDeniedException(typeof(TMessage).Name, $"the {RoleNames.ValueOf(role)} role may not do this");
    }
}

/// <summary>Runs the message's FluentValidation validators, if it has any, before the handler.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            if (!result.IsValid) throw new ValidationException(result.Errors);
        }
        return await next(message, cancellationToken);
    }
}

/// <summary>Innermost: warns when a message is slow, so slow pages show up in the logs.</summary>
public sealed class TimingBehaviour<TMessage, TResponse>(ILogger<TimingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    private static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(500);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > SlowThreshold)
            logger.LogWarning("{Message} took {Elapsed} ms", typeof(TMessage).Name, (int)elapsed.TotalMilliseconds);
        return response;
    }
}
