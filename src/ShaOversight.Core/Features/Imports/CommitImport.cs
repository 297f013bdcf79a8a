using FluentValidation;
using Mediator;
using ShaOversight.Core.Application;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// Loads a file: checks it again from scratch (a preview proves nothing about the bytes sent
/// now), then saves all of it in one transaction, or nothing if any row has a problem.
/// </summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record CommitImport(ImportKind Kind, UploadedFile File) : ICommand<ImportOutcome>;

public sealed class CommitImportValidator : AbstractValidator<CommitImport>
{
    public CommitImportValidator()
    {
        RuleFor(m => m.Kind).IsInEnum();
        RuleFor(m => m.File.FileName).NotEmpty().MaximumLength(255).WithName("File name");
    }
}

public sealed class CommitImportHandler(ImportRunner runner, AccessService access) : ICommandHandler<CommitImport, ImportOutcome>
{
    public async ValueTask<ImportOutcome> Handle(CommitImport command, CancellationToken cancellationToken) =>
        await runner.RunAsync(await access.CurrentAsync(cancellationToken), command.Kind, command.File, commit: true, cancellationToken);
}
